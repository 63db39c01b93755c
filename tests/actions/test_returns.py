"""Returns and refunds actions."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.clients.store import Store
from actions.returns import ActionAskReturnItem, ActionRefundStatus, ActionStartReturn

from .conftest import TODAY, assert_plain, make_tracker, only_text, slot_events


def return_tracker(number: str | None, item: str | None, reason: str | None) -> Any:
    return make_tracker(
        {"order_number": number, "return_item": item, "return_reason": reason}
    )


async def test_start_return_records_it_and_gives_a_reference(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionStartReturn(store=store).run(
        dispatcher, return_tracker("103870", "the shorts", "too big"), domain
    )
    text = only_text(dispatcher)
    assert "Stride Running Short (size L, navy) from order 103870" in text
    assert "return reference is RT-103870-1" in text
    assert "post the item by Tuesday 24 March" in text
    assert "£28.00" in text
    (record,) = store.returns_for_order("103870")
    assert (record.reference, record.line_no, record.reason) == (
        "RT-103870-1",
        2,
        "too big",
    )
    assert record.created_on == TODAY
    assert slot_events(events) == {
        "order_number": "103870",
        "return_item": None,
        "return_reason": None,
    }


async def test_item_not_on_the_order_lists_what_is(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ActionStartReturn(store=store).run(
        dispatcher, return_tracker("103884", "sandals", "too small"), domain
    )
    text = only_text(dispatcher)
    assert "couldn't tell which item from order 103884" in text
    assert "so I haven't booked anything" in text
    assert "Tidewater Chino (size 32, tan)" in text
    assert store.returns_for_order("103884") == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("103702", "30-day return window closed on Monday 23 February"),
        ("104233", "hasn't left our warehouse yet"),
        ("104102", "is still on its way"),
        ("104188", "is still on its way"),
        ("103990", "was cancelled, so there's nothing to send back"),
    ],
)
async def test_return_refused_when_not_returnable(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    number: str,
    expected: str,
) -> None:
    events = await ActionStartReturn(store=store).run(
        dispatcher, return_tracker(number, "1", "changed my mind"), domain
    )
    text = only_text(dispatcher)
    assert expected in text
    assert_plain(text)
    assert store.returns_for_order(number) == []
    assert slot_events(events)["return_item"] is None


async def test_return_window_follows_settings(
    tmp_path: Any, dispatcher: CollectingDispatcher, domain: dict[str, Any], clock: Any
) -> None:
    from actions.settings import Settings

    short = Store(Settings(store_path=tmp_path / "s.db", return_window_days=3), clock)
    await ActionStartReturn(store=short).run(
        dispatcher, return_tracker("103870", "runners", "too big"), domain
    )
    assert "3-day return window closed" in only_text(dispatcher)


async def test_second_return_of_the_same_item_gives_the_existing_reference(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ActionStartReturn(store=store).run(
        dispatcher, return_tracker("103822", "the raincoat", "leaks"), domain
    )
    assert "already a return" in only_text(dispatcher)
    assert "RT-103822-1" in only_text(dispatcher)
    assert len(store.returns_for_order("103822")) == 1


async def test_unknown_order_for_a_return(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionStartReturn(store=store).run(
        dispatcher, return_tracker("111111", "shoes", "x"), domain
    )
    assert "can't find an order with the number 111111" in only_text(dispatcher)
    assert slot_events(events)["order_number"] is None


async def test_ask_return_item_leaves_out_items_already_returned(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ActionAskReturnItem(store=store).run(
        dispatcher, make_tracker({"order_number": "103822"}), domain
    )
    assert only_text(dispatcher) == (
        "Which item from order 103822 would you like to return? "
        "It has Cloudstep Slipper (size 6, grey)."
    )


async def test_ask_return_item_lists_the_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionAskReturnItem(store=store).run(
        dispatcher, make_tracker({"order_number": "103884"}), domain
    )
    text = only_text(dispatcher)
    assert text.startswith("Which item from order 103884 would you like to return?")
    assert "Highline Hoodie (size L, black)" in text
    assert events == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("103650", "£135.00 for return RT-103650-1 was sent Tuesday 10 February"),
        ("103801", "£75.00 for return RT-103801-1 is approved"),
        ("103822", "£120.00 for return RT-103822-1 is pending"),
        ("103990", "£65.00 for the cancelled order was sent Monday 2 March"),
        ("104011", "cancelled before any payment was taken"),
        ("103884", "no return or refund on order 103884 yet"),
    ],
)
async def test_refund_status_per_state(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    number: str,
    expected: str,
) -> None:
    events = await ActionRefundStatus(store=store).run(
        dispatcher, make_tracker({"order_number": number}), domain
    )
    assert expected in only_text(dispatcher)
    assert slot_events(events) == {"order_number": number}


async def test_refund_status_after_a_new_return_is_pending(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    store.record_return("103915", 1, "too warm")
    await ActionRefundStatus(store=store).run(
        dispatcher, make_tracker({"order_number": "103915"}), domain
    )
    assert "£32.00 for return RT-103915-1 is pending" in only_text(dispatcher)


async def test_refund_status_unknown_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionRefundStatus(store=store).run(
        dispatcher, make_tracker({"order_number": "555555"}), domain
    )
    text = only_text(dispatcher)
    assert "can't find an order with the number 555555" in text
    assert_plain(text)
    assert slot_events(events) == {"order_number": None}
