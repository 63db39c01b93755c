"""Availability: product, size and colour against the sample catalogue."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.catalogue import ActionCheckAvailability
from actions.clients.store import Store

from .conftest import assert_plain, make_tracker, only_text, slot_events


async def ask(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    product: str | None,
    size: str | None = None,
    colour: str | None = None,
) -> tuple[str, dict[str, Any]]:
    tracker = make_tracker({"product": product, "size": size, "colour": colour})
    events = await ActionCheckAvailability(store=store).run(dispatcher, tracker, domain)
    return only_text(dispatcher), slot_events(events)


async def test_in_stock_with_low_stock_and_price(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await ask(store, dispatcher, domain, "running shoes", "UK 9", "black")
    assert text == (
        "Yes, the Trailblazer Runner in size 9, black is in stock (only 2 left), "
        "at £89.00."
    )
    assert slots == {"product": "Trailblazer Runner", "size": None, "colour": None}


async def test_out_of_stock_says_what_is_available(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "trailblazer", "8", "black")
    assert text == (
        "Sorry, the Trailblazer Runner in size 8, black is out of stock right now, "
        "but in size 8 we have grey and red and in black we have sizes 6, 7, 9, 10 "
        "and 11."
    )
    assert_plain(text.replace("Sorry, ", ""))


async def test_size_not_made(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "hiking boots", "13")
    assert "The Fellside Hiking Boot doesn't come in size 13" in text
    assert "sizes 6, 7, 8, 9, 10, 11 and 12" in text


async def test_colour_not_made(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "loafers", colour="pink")
    assert "doesn't come in pink; it's made in brown and black" in text


async def test_colour_sold_out_everywhere_points_to_other_colours(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "gilet", colour="navy")
    assert "Alder Quilted Gilet in navy is sold out in every size" in text
    assert "in stock in olive in S, M and L" in text


async def test_typo_and_colour_synonym(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await ask(store, dispatcher, domain, "hoddie", colour="Gray")
    assert text == (
        "Yes, the Highline Hoodie in grey is in stock in sizes XS, S, M, XL and XXL, "
        "at £48.00."
    )
    assert slots["product"] == "Highline Hoodie"


async def test_size_word_and_other_colours(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "t-shirt", "medium", "black")
    assert "Everyday Crew Tee in size M, black is out of stock" in text
    assert "in size M we have white and grey" in text


async def test_size_only(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "chelsea boots", "size 9")
    assert text == (
        "Yes, the Camden Chelsea Boot in size 9 is in stock in tan, at £119.00."
    )


async def test_product_only_lists_sizes_in_stock_per_colour(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "socks")
    assert text == (
        "The Merino Crew Socks (3 pack) (£15.00) is in stock in grey in S, M and L; "
        "navy in S and L; black in S, M and L."
    )


async def test_one_size_product_lists_colours_in_stock(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await ask(store, dispatcher, domain, "beanie")
    assert text == "The Bramble Knit Beanie (£20.00) is in stock in grey and navy."


async def test_generic_word_answers_for_each_match(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await ask(store, dispatcher, domain, "boots", "9")
    assert "Fellside Hiking Boot in size 9 is in stock in black" in text
    assert "Camden Chelsea Boot in size 9 is in stock in tan" in text
    assert slots["product"] == "boots"


@pytest.mark.parametrize(
    ("product", "opening"),
    [
        ("surfboard", "We don't sell anything I'd call \"surfboard\"."),
        ("", "Which product should I check?"),
        (None, "Which product should I check?"),
    ],
)
async def test_unknown_product_lists_the_range(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    product: str | None,
    opening: str,
) -> None:
    text, slots = await ask(store, dispatcher, domain, product)
    assert text.startswith(opening)
    assert "boots" in text and "hoodies" in text
    assert slots == {"product": None, "size": None, "colour": None}


async def test_huge_or_junk_product_text_gets_a_short_reply(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    junk = "\x00\x01 zq" * 5000
    text, slots = await ask(store, dispatcher, domain, junk)
    assert text.startswith("We don't sell anything I'd call")
    assert len(text) < 400
    assert "\x00" not in text
    assert slots["product"] is None
