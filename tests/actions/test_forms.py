"""Form validators: order numbers, return items and reasons, addresses, products."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.clients.store import Store
from actions.forms import (
    ValidateAvailabilityForm,
    ValidateCancelOrderForm,
    ValidateChangeAddressForm,
    ValidateOrderStatusForm,
    ValidateRefundStatusForm,
    ValidateReturnForm,
)
from actions.settings import Settings

from .conftest import assert_plain, make_tracker, slot_events, texts


def form_tracker(
    form: str,
    candidates: dict[str, Any],
    slots: dict[str, Any] | None = None,
    requested: str = "order_number",
    text: str = "",
    rejected_before: int = 0,
) -> Tracker:
    """A tracker as Rasa sends it to `validate_<form>`: candidates at the end."""
    events: list[dict[str, Any]] = [
        {"event": "active_loop", "name": form},
        *({"event": "slot", "name": k, "value": v} for k, v in (slots or {}).items()),
        {"event": "slot", "name": "requested_slot", "value": requested},
    ]
    for _ in range(rejected_before):
        events += [
            {"event": "user", "text": "123"},
            {"event": "slot", "name": requested, "value": None},
            {"event": "bot", "text": "try again"},
        ]
    # As Rasa logs them: the user message, the slots its entities set, then the
    # same values again as candidates for the validator.
    candidate_events = [
        {"event": "slot", "name": k, "value": v} for k, v in candidates.items()
    ]
    events += [
        {"event": "user", "text": text},
        *candidate_events,
        {"event": "user_featurization", "use_text_for_featurization": False},
        {"event": "action", "name": form},
        *candidate_events,
    ]
    return make_tracker(
        {**(slots or {}), **candidates, "requested_slot": requested},
        text=text,
        events=events,
        active_loop=form,
    )


@pytest.mark.parametrize(
    "value", ["104233", "#104233", "order no. 104233", "104 233", " 104-233 "]
)
async def test_order_number_formats_are_accepted(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any], value: str
) -> None:
    tracker = form_tracker("order_status_form", {"order_number": value})
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": "104233"}
    assert dispatcher.messages == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("12345", "That number has 5 digits, but order numbers have 6."),
        ("1042331", "That number has 7 digits, but order numbers have 6."),
        ("104233 and 104251", "more than one order number"),
    ],
)
async def test_bad_format_is_rejected_with_a_reason(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    value: str,
    reason: str,
) -> None:
    tracker = form_tracker("cancel_order_form", {"order_number": value})
    events = await ValidateCancelOrderForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": None}
    (text,) = texts(dispatcher)
    assert reason in text


async def test_unknown_order_is_rejected_plainly(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("refund_status_form", {"order_number": "999999"})
    events = await ValidateRefundStatusForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"order_number": None}
    (text,) = texts(dispatcher)
    assert "can't find an order with the number 999999" in text
    assert_plain(text)


async def test_third_bad_number_stops_the_form(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "order_status_form", {"order_number": "999999"}, rejected_before=2
    )
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": None, "requested_slot": None}
    # The form's action explains; the validator stays quiet.
    assert dispatcher.messages == []


async def test_second_bad_number_still_re_asks(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "order_status_form", {"order_number": "999999"}, rejected_before=1
    )
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": None}
    assert len(dispatcher.messages) == 1


async def test_number_is_taken_from_free_text_when_nlu_missed_it(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("order_status_form", {}, text="it's order no. 104 117 ok")
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": "104117"}


async def test_fragment_tagged_by_nlu_falls_back_to_the_text(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "order_status_form", {"order_number": "104"}, text="order no. 104 233"
    )
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": "104233"}
    assert dispatcher.messages == []


async def test_number_inside_an_address_keeps_the_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # NLU tags "12" as an order number while the form asks for the address.
    tracker = form_tracker(
        "change_address_form",
        {"order_number": "12", "new_address": "12 Elm Road, Hull HU1 2AB"},
        slots={"order_number": "104251"},
        requested="new_address",
        text="12 Elm Road, Hull HU1 2AB",
    )
    events = await ValidateChangeAddressForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {
        "order_number": "104251",
        "new_address": "12 Elm Road, Hull HU1 2AB",
    }
    assert dispatcher.messages == []


async def test_free_text_without_digits_is_left_alone(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("order_status_form", {}, text="no idea, sorry")
    events = await ValidateOrderStatusForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {}
    assert dispatcher.messages == []


async def test_change_address_form_ends_early_for_a_shipped_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("change_address_form", {"order_number": "104140"})
    events = await ValidateChangeAddressForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"order_number": "104140", "requested_slot": None}


async def test_change_address_form_continues_for_a_processing_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("change_address_form", {"order_number": "104251"})
    events = await ValidateChangeAddressForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"order_number": "104251"}


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("12 Elm Road,   Hull HU1 2AB", "12 Elm Road, Hull HU1 2AB"),
        ("my house", None),
        ("Elm Road, Hull", None),
        ("1 " + "x" * 300, None),
    ],
)
async def test_new_address_validation(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    value: str,
    accepted: str | None,
) -> None:
    tracker = form_tracker(
        "change_address_form",
        {"new_address": value},
        slots={"order_number": "104251"},
        requested="new_address",
    )
    events = await ValidateChangeAddressForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"new_address": accepted}
    assert len(dispatcher.messages) == (0 if accepted else 1)


@pytest.mark.parametrize("number", ["103702", "104233", "104102", "103990"])
async def test_return_form_ends_early_when_not_returnable(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any], number: str
) -> None:
    tracker = form_tracker("return_form", {"order_number": number})
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": number, "requested_slot": None}


async def test_return_form_fills_the_item_of_a_one_item_order(
    tmp_path: Any, clock: Any, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    # 103702 has one item, delivered 45 days ago: returnable with a 60-day window.
    long_window = Store(
        Settings(store_path=tmp_path / "s.db", return_window_days=60), clock
    )
    tracker = form_tracker("return_form", {"order_number": "103702"})
    events = await ValidateReturnForm(store=long_window).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {
        "order_number": "103702",
        "return_item": "Camden Chelsea Boot (size 8, tan)",
    }


async def test_return_form_asks_for_the_item_of_a_bigger_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker("return_form", {"order_number": "103884"})
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"order_number": "103884"}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the chinos", "Tidewater Chino (size 32, tan)"),
        ("black tee", "Everyday Crew Tee (size L, black)"),
        ("hoody", "Highline Hoodie (size L, black)"),
        ("3", "Highline Hoodie (size L, black)"),
    ],
)
async def test_return_item_must_be_on_the_order(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    item: str,
    expected: str,
) -> None:
    tracker = form_tracker(
        "return_form",
        {"return_item": item},
        slots={"order_number": "103884"},
        requested="return_item",
    )
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"return_item": expected}


async def test_return_item_not_on_the_order_is_re_asked(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "return_form",
        {"return_item": "sandals"},
        slots={"order_number": "103884"},
        requested="return_item",
    )
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"return_item": None}
    # action_ask_return_item lists the items next; no list here too.
    assert texts(dispatcher) == ["I couldn't match that to an item on order 103884."]


async def test_third_unmatched_item_ends_the_return_form(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "return_form",
        {"return_item": "wrong colour"},
        slots={"order_number": "103884"},
        requested="return_item",
        rejected_before=2,
    )
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"return_item": None, "requested_slot": None}
    assert dispatcher.messages == []


async def test_return_item_already_returned_is_re_asked(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "return_form",
        {"return_item": "jacket"},
        slots={"order_number": "103822"},
        requested="return_item",
    )
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"return_item": None}
    assert texts(dispatcher) == [
        "The Ridge Waterproof Jacket (size S, olive) is already being returned "
        "(reference RT-103822-1)."
    ]


@pytest.mark.parametrize(
    ("reason", "accepted"),
    [("  too   small ", "too small"), ("", None), ("x", None)],
)
async def test_return_reason(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    reason: str,
    accepted: str | None,
) -> None:
    tracker = form_tracker(
        "return_form",
        {"return_reason": reason},
        slots={"order_number": "103884", "return_item": "chinos"},
        requested="return_reason",
    )
    events = await ValidateReturnForm(store=store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"return_reason": accepted}


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("hoodie", "Highline Hoodie"),
        ("chelsae boots", "Camden Chelsea Boot"),
        ("boots", "boots"),
        ("surfboard", None),
    ],
)
async def test_product_validation(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    value: str,
    accepted: str | None,
) -> None:
    tracker = form_tracker("availability_form", {"product": value}, requested="product")
    events = await ValidateAvailabilityForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"product": accepted}
    if accepted is None:
        assert "couldn't find that in our range" in texts(dispatcher)[0]


async def test_product_taken_from_free_text_when_asked(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = form_tracker(
        "availability_form", {}, requested="product", text="the slippers"
    )
    events = await ValidateAvailabilityForm(store=store).run(
        dispatcher, tracker, domain
    )
    assert slot_events(events) == {"product": "Cloudstep Slipper"}
