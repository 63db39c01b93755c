"""Matches what customers call things to the catalogue: products, sizes, colours.

Product names match by alias, by name words, then fuzzily (typos such as "hoddie").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable

from actions.clients.models import OrderLine, Product

COLOUR_SYNONYMS: dict[str, str] = {
    "gray": "grey",
    "charcoal": "grey",
    "beige": "tan",
    "camel": "tan",
    "sand": "tan",
    "khaki": "olive",
    "dark blue": "navy",
    "navy blue": "navy",
    "blue": "navy",
    "burgundy": "red",
    "chocolate": "brown",
}

SIZE_WORDS: dict[str, str] = {
    "extra small": "XS",
    "xsmall": "XS",
    "x small": "XS",
    "small": "S",
    "medium": "M",
    "med": "M",
    "large": "L",
    "extra large": "XL",
    "xlarge": "XL",
    "x large": "XL",
    "xxlarge": "XXL",
    "2xl": "XXL",
    "onesize": "one size",
    "one size": "one size",
}

_FUZZY_CUTOFF = 0.8


def _clean(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower()).strip()


# Pure and called for every catalogue name on every look-up: kept once worked out.
@functools.lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", _clean(text))


# Words that carry no product meaning in "the black pair of boots please".
_FILLER = frozenset(
    {"the", "a", "an", "my", "our", "some", "pair", "pairs", "of", "those", "these"}
    | {"that", "this", "one", "ones", "please", "want", "wanted", "to", "return"}
    | {"send", "back", "do", "you", "have", "got", "any", "in", "stock"}
)


def _strip_filler(text: str) -> str:
    return " ".join(w for w in text.split() if w not in _FILLER)


def normalise_colour(value: object) -> str | None:
    """Maps a colour word to the catalogue's word ("gray" -> "grey")."""
    if value is None:
        return None
    text = _squash(str(value))
    if not text:
        return None
    return COLOUR_SYNONYMS.get(text, text)


def normalise_size(value: object) -> str | None:
    """Maps "uk 9", "size 9", "Medium", "xl" to the catalogue's "9", "M", "XL"."""
    if value is None:
        return None
    text = _squash(str(value).replace(".0", ""))
    if text in SIZE_WORDS:
        return SIZE_WORDS[text]
    eu = re.fullmatch(r"(?:size )?eu ?(\d{2})", text)
    if eu and 35 <= int(eu.group(1)) <= 48:
        # Rough EU -> UK shoe size conversion (EU 42 is about UK 8).
        return str(int(eu.group(1)) - 34)
    text = re.sub(r"^(size|sz|uk)\s*", "", text).strip()
    text = re.sub(r"\s*(size|uk)$", "", text).strip()
    if not text:
        return None
    if text in SIZE_WORDS:
        return SIZE_WORDS[text]
    if re.fullmatch(r"x{0,2}[sml]|x{1,2}l", text):
        return text.upper()
    return text


def _names(product: Product) -> tuple[str, ...]:
    return (_squash(product.name), *(_squash(a) for a in product.aliases))


def match_products(query: object, products: Iterable[Product]) -> list[Product]:
    """Returns the products the customer most likely means, best first.

    An exact name or alias wins outright; then products whose name or alias
    appears in the query (or the query in them); then close spellings.

    Args:
        query: What the customer called it ("hoodie", "chelsea boots", "trainrs").
        products: The catalogue.

    Returns:
        Matching products (possibly several, e.g. "boots"); empty when none match.
    """
    text = _strip_filler(_squash(str(query or "")))
    if not text:
        return []
    catalogue = list(products)
    exact = [p for p in catalogue if text in _names(p)]
    if exact:
        return exact
    padded = f" {text} "
    contained = [
        p
        for p in catalogue
        if any(f" {name} " in padded for name in _names(p))
        or any(f" {text} " in f" {name} " for name in _names(p))
    ]
    if contained:
        return contained
    by_name: dict[str, Product] = {}
    for product in catalogue:
        for name in _names(product):
            by_name.setdefault(name, product)
    close = difflib.get_close_matches(text, list(by_name), n=3, cutoff=_FUZZY_CUTOFF)
    return list(dict.fromkeys(by_name[name] for name in close))


def match_order_line(
    query: object, lines: Iterable[OrderLine], products: Iterable[Product]
) -> OrderLine | None:
    """Finds the order line a customer means by "the hoodie", "the black boots", "2".

    Args:
        query: The customer's words for the item, or its position on the order.
        lines: The order's lines.
        products: The catalogue, for the other names of each product.

    Returns:
        The single matching line, or None when nothing or several lines match.
    """
    candidates = list(lines)
    text = _squash(str(query or ""))
    if not text:
        return None
    if text.isdigit():
        by_no = [line for line in candidates if line.line_no == int(text)]
        return by_no[0] if len(by_no) == 1 else None
    if len(candidates) == 1 and text in {"it", "everything", "all", "the order"}:
        return candidates[0]
    skus = {line.sku for line in candidates}
    on_order = [p for p in products if p.sku in skus]
    matched_skus = {p.sku for p in match_products(text, on_order)}
    matched = [line for line in candidates if line.sku in matched_skus]
    if len(matched) > 1:
        words = set(text.split())
        matched = [
            line
            for line in matched
            if normalise_colour(line.colour) in {normalise_colour(w) for w in words}
            or line.size.lower() in words
        ] or matched
    return matched[0] if len(matched) == 1 else None
