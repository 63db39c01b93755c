"""Order-number parsing and catalogue matching."""

from __future__ import annotations

import pytest

from actions.clients.store import Store
from actions.matching import (
    match_order_line,
    match_products,
    normalise_colour,
    normalise_size,
)
from actions.order_numbers import describe_problem, parse_order_number

from .conftest import assert_plain


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("104233", "104233"),
        ("#104233", "104233"),
        ("Order No. 104233", "104233"),
        ("order no.104233", "104233"),
        ("104 233", "104233"),
        ("it's 104-233 thanks", "104233"),
        (104233, "104233"),
        ("12345", None),
        ("1042335", None),
        ("104233 or 104251", None),
        ("", None),
        (None, None),
        ("no idea", None),
    ],
)
def test_parse_order_number(text: object, number: str | None) -> None:
    assert parse_order_number(text) == number


def test_describe_problem_names_the_digit_count() -> None:
    assert describe_problem("1234") == (
        "That number has 4 digits, but order numbers have 6."
    )
    assert describe_problem("hmm") == "I couldn't find an order number in that."
    # an age or a size is no try at an order number ("That number has 1 digits")
    assert describe_problem("my 8-year-old boots, size 7") == (
        "I couldn't find an order number in that."
    )


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Highline Hoodie", ["Highline Hoodie"]),
        ("hoodies", ["Highline Hoodie"]),
        ("hoddie", ["Highline Hoodie"]),
        ("a pair of chelsea boots please", ["Camden Chelsea Boot"]),
        ("raincoat", ["Ridge Waterproof Jacket"]),
        ("tshirt", ["Everyday Crew Tee"]),
        ("sneakrs", ["Harbour Canvas Sneaker"]),
        ("boots", ["Fellside Hiking Boot", "Camden Chelsea Boot"]),
        ("surfboard", []),
        ("", []),
    ],
)
def test_match_products(store: Store, query: str, names: list[str]) -> None:
    assert [p.name for p in match_products(query, store.products())] == names


@pytest.mark.parametrize(
    ("raw", "size"),
    [
        ("UK 9", "9"),
        ("size 9", "9"),
        ("9.0", "9"),
        ("Medium", "M"),
        ("xl", "XL"),
        ("extra large", "XL"),
        ("one size", "one size"),
        ("EU 42", "8"),
        ("32", "32"),
        (None, None),
    ],
)
def test_normalise_size(raw: object, size: str | None) -> None:
    assert normalise_size(raw) == size


@pytest.mark.parametrize(
    ("raw", "colour"),
    [("Gray", "grey"), ("beige", "tan"), ("khaki", "olive"), ("BLACK", "black")],
)
def test_normalise_colour(raw: str, colour: str) -> None:
    assert normalise_colour(raw) == colour


def test_match_order_line_by_name_colour_and_number(store: Store) -> None:
    order = store.get_order("103884")
    assert order is not None
    products = store.products()
    found = match_order_line("the trousers", order.lines, products)
    assert found is not None and found.product == "Tidewater Chino"
    found = match_order_line("2", order.lines, products)
    assert found is not None and found.product == "Everyday Crew Tee"
    assert match_order_line("9", order.lines, products) is None
    assert match_order_line("sandals", order.lines, products) is None


def test_assert_plain_catches_cheer() -> None:
    for text in ["Thanks for waiting", "Great news", "On its way 🎉"]:
        with pytest.raises(AssertionError):
            assert_plain(text)
    assert_plain("Order 104188 is delayed.")
