"""Product availability from the sample catalogue (product, size, colour)."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import StoreAction
from actions.clients.models import Product
from actions.formatting import format_money, join_words
from actions.matching import match_products, normalise_colour, normalise_size

logger = logging.getLogger(__name__)

LOW_STOCK = 2  # say "only N left" at or below this
MAX_PRODUCTS_PER_REPLY = 3


def _size_word(product: Product, size: str) -> str:
    return size if size == "one size" else f"size {size}"


def _sizes_in_stock(product: Product, colour: str) -> list[str]:
    return [v.size for v in product.variants if v.colour == colour and v.stock > 0]


def _colours_in_stock(product: Product, size: str) -> list[str]:
    return [v.colour for v in product.variants if v.size == size and v.stock > 0]


def _in_stock_summary(product: Product) -> str:
    in_stock = {c: _sizes_in_stock(product, c) for c in product.colours}
    in_stock = {colour: sizes for colour, sizes in in_stock.items() if sizes}
    if not in_stock:
        return f"The {product.name} is sold out in every size and colour right now."
    if product.sizes == ["one size"]:
        where = join_words(list(in_stock))
    else:
        where = "; ".join(f"{c} in {join_words(s)}" for c, s in in_stock.items())
    return f"The {product.name} ({format_money(product.price)}) is in stock in {where}."


def availability_text(product: Product, size: str | None, colour: str | None) -> str:
    """Answers whether a product is in stock, and what is when the ask is not.

    Args:
        product: The catalogue product.
        size: The size asked for, normalised (or None).
        colour: The colour asked for, normalised (or None).

    Returns:
        A specific reply: yes with price (and low stock), or no with what is in stock.
    """
    name = product.name
    if size and size not in product.sizes:
        return (
            f"The {name} doesn't come in {_size_word(product, size)}; it's made in "
            f"sizes {join_words(product.sizes)}. {_in_stock_summary(product)}"
        )
    if colour and colour not in product.colours:
        return (
            f"The {name} doesn't come in {colour}; it's made in "
            f"{join_words(product.colours)}. {_in_stock_summary(product)}"
        )
    if size and colour:
        stock = next(
            v.stock for v in product.variants if v.size == size and v.colour == colour
        )
        asked = f"the {name} in {_size_word(product, size)}, {colour}"
        if stock > 0:
            low = f" (only {stock} left)" if stock <= LOW_STOCK else ""
            return f"Yes, {asked} is in stock{low}, at {format_money(product.price)}."
        other_colours = _colours_in_stock(product, size)
        other_sizes = _sizes_in_stock(product, colour)
        options = []
        if other_colours:
            options.append(
                f"in {_size_word(product, size)} we have {join_words(other_colours)}"
            )
        if other_sizes:
            options.append(f"in {colour} we have sizes {join_words(other_sizes)}")
        if not options:
            return f"Sorry, {asked} is out of stock. {_in_stock_summary(product)}"
        return f"Sorry, {asked} is out of stock right now, but {' and '.join(options)}."
    if size:
        colours = _colours_in_stock(product, size)
        if colours:
            return (
                f"Yes, the {name} in {_size_word(product, size)} is in stock in "
                f"{join_words(colours)}, at {format_money(product.price)}."
            )
        return (
            f"Sorry, the {name} is out of stock in {_size_word(product, size)} in "
            f"every colour. {_in_stock_summary(product)}"
        )
    if colour:
        sizes = _sizes_in_stock(product, colour)
        if sizes:
            return (
                f"Yes, the {name} in {colour} is in stock in sizes "
                f"{join_words(sizes)}, at {format_money(product.price)}."
            )
        return (
            f"Sorry, the {name} in {colour} is sold out in every size. "
            f"{_in_stock_summary(product)}"
        )
    return _in_stock_summary(product)


class ActionCheckAvailability(StoreAction):
    """Checks stock of a product, optionally in a size and colour."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_check_availability"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Matches the product fuzzily and says what is (and isn't) in stock."""
        # Size and colour belong to this question only; the product may be "it" next.
        reset: list[EventType] = [SlotSet("size", None), SlotSet("colour", None)]
        asked = tracker.get_slot("product")
        catalogue = self.store.products()
        products = match_products(asked, catalogue)
        if not products:
            categories = join_words(sorted({p.category for p in catalogue}))
            printable = "".join(ch for ch in str(asked or "") if ch.isprintable())
            named = " ".join(printable.split())[:60]
            opening = (
                f"We don't sell anything I'd call \"{named}\"."
                if named
                else "Which product should I check?"
            )
            dispatcher.utter_message(text=f"{opening} Our range covers {categories}.")
            return [SlotSet("product", None), *reset]
        size = normalise_size(tracker.get_slot("size"))
        colour = normalise_colour(tracker.get_slot("colour"))
        logger.info(
            "availability %s size=%s colour=%s",
            [p.sku for p in products],
            size,
            colour,
        )
        shown = products[:MAX_PRODUCTS_PER_REPLY]
        texts = [availability_text(product, size, colour) for product in shown]
        if len(products) > len(shown):
            others = join_words([p.name for p in products[len(shown) :]])
            texts.append(f"We also have the {others}.")
        dispatcher.utter_message(text=" ".join(texts))
        return [
            SlotSet("product", products[0].name if len(products) == 1 else asked),
            *reset,
        ]
