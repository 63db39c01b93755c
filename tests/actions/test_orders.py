"""Order actions: status per state, cancelling, changing the address."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.clients.models import OrderStatus
from actions.clients.store import Store
from actions.orders import (
    ActionCancelOrder,
    ActionChangeAddress,
    ActionCheckOrderStatus,
)

from .conftest import assert_plain, make_tracker, only_text, slot_events


async def run_status(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any], number: Any
) -> tuple[str, dict[str, Any]]:
    events = await ActionCheckOrderStatus(store=store).run(
        dispatcher, make_tracker({"order_number": number}), domain
    )
    return only_text(dispatcher), slot_events(events)


async def test_processing_order_says_it_has_not_shipped(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await run_status(store, dispatcher, domain, "104233")
    assert "Order 104233" in text
    assert "yesterday (Monday 9 March)" in text
    assert "hasn't shipped yet" in text
    assert "Trailblazer Runner (size 8, black)" in text
    assert "2 x Everyday Crew Tee (size M, white)" in text
    assert slots == {"order_number": "104233"}


async def test_shipped_order_gives_carrier_tracking_and_date(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await run_status(store, dispatcher, domain, "104102")
    assert "on its way with Royal Mail" in text
    assert "RM482193664GB" in text
    assert "tomorrow (Wednesday 11 March)" in text


async def test_delivered_order_gives_day_and_address(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await run_status(store, dispatcher, domain, "103870")
    assert "delivered Thursday 5 March to 40 Bold Street, Liverpool" in text


async def test_public_channel_leaves_the_address_out(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(
        {"order_number": "103870"}, metadata={"channel": "rest", "visibility": "public"}
    )
    await ActionCheckOrderStatus(store=store).run(dispatcher, tracker, domain)
    text = only_text(dispatcher)
    assert "delivered Thursday 5 March" in text
    assert "Bold Street" not in text


async def test_delayed_order_gives_reason_and_new_date_plainly(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await run_status(store, dispatcher, domain, "104188")
    assert "is delayed: storms closed the carrier's Glasgow hub" in text
    assert "left us Friday 6 March with DPD" in text
    assert "new expected delivery date is Thursday 12 March" in text
    assert_plain(text)


async def test_delayed_order_not_yet_shipped_says_so(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await run_status(store, dispatcher, domain, "104195")
    assert "hasn't left our warehouse yet" in text
    assert "Friday 13 March" in text
    assert_plain(text)


async def test_cancelled_order_gives_reason_and_refund(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, _ = await run_status(store, dispatcher, domain, "103990")
    assert "was cancelled Sunday 1 March: cancelled at your request" in text
    assert "refund of £65.00 was sent Monday 2 March" in text
    assert_plain(text)


@pytest.mark.parametrize("value", ["#104117", "order no. 104 117"])
async def test_number_in_free_text_is_understood(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any], value: str
) -> None:
    text, slots = await run_status(store, dispatcher, domain, value)
    assert "DPD" in text and "today (Tuesday 10 March)" in text
    assert slots == {"order_number": "104117"}


async def test_unknown_order_asks_to_check_the_number_and_clears_it(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await run_status(store, dispatcher, domain, "999999")
    assert "can't find an order with the number 999999" in text
    assert "check it against your order confirmation email" in text
    assert_plain(text)
    assert slots == {"order_number": None}


async def test_missing_number_explains_where_to_find_it(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    text, slots = await run_status(store, dispatcher, domain, None)
    assert "6-digit number" in text
    assert slots == {"order_number": None}


async def test_cancel_processing_order_cancels_it_in_the_store(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionCancelOrder(store=store).run(
        dispatcher, make_tracker({"order_number": "104275"}), domain
    )
    text = only_text(dispatcher)
    assert "Order 104275 is cancelled" in text
    assert "£120.00" in text
    order = store.get_order("104275")
    assert order is not None and order.status is OrderStatus.CANCELLED
    assert slot_events(events) == {"order_number": "104275"}


async def test_cancel_delayed_order_still_in_warehouse_works(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    await ActionCancelOrder(store=store).run(
        dispatcher, make_tracker({"order_number": "104195"}), domain
    )
    assert "Order 104195 is cancelled" in only_text(dispatcher)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("104102", "left our warehouse Sunday 8 March with Royal Mail"),
        ("104188", "left our warehouse Friday 6 March with DPD"),
        ("103870", "was delivered Thursday 5 March, so it can't be cancelled"),
        ("103990", "was already cancelled Sunday 1 March"),
    ],
)
async def test_cancel_refused_after_shipping_explains_and_offers_return(
    store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    number: str,
    expected: str,
) -> None:
    before = store.get_order(number)
    await ActionCancelOrder(store=store).run(
        dispatcher, make_tracker({"order_number": number}), domain
    )
    text = only_text(dispatcher)
    assert expected in text
    if number != "103990":
        assert "start a return" in text
    assert_plain(text)
    assert store.get_order(number) == before


async def test_cancel_unknown_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    events = await ActionCancelOrder(store=store).run(
        dispatcher, make_tracker({"order_number": "123456"}), domain
    )
    assert "can't find an order with the number 123456" in only_text(dispatcher)
    assert slot_events(events) == {"order_number": None}


async def test_change_address_saves_it_and_clears_the_slot(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(
        {"order_number": "104268", "new_address": "  9 Oak Avenue,\n Salford M5 4WT "}
    )
    events = await ActionChangeAddress(store=store).run(dispatcher, tracker, domain)
    assert "will now be delivered to 9 Oak Avenue, Salford M5 4WT" in only_text(
        dispatcher
    )
    order = store.get_order("104268")
    assert order is not None and order.address == "9 Oak Avenue, Salford M5 4WT"
    assert slot_events(events) == {"order_number": "104268", "new_address": None}


async def test_change_address_refused_once_shipped(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker({"order_number": "104129", "new_address": "1 A St, X1 1XX"})
    events = await ActionChangeAddress(store=store).run(dispatcher, tracker, domain)
    text = only_text(dispatcher)
    assert "can't change the address for order 104129" in text
    assert "Evri" in text and "redirect" in text
    assert_plain(text)
    order = store.get_order("104129")
    assert order is not None and order.address.startswith("9 Ropewalk")
    assert slot_events(events)["new_address"] is None


async def test_change_address_on_delivered_order(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker({"order_number": "103915", "new_address": "1 A St, X1 1XX"})
    await ActionChangeAddress(store=store).run(dispatcher, tracker, domain)
    assert "already delivered" in only_text(dispatcher)
