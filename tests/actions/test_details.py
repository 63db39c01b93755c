"""A detail given outside any form: an order number, a product, or junk."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.clients.store import Store
from actions.details import ActionBareDetail

from .conftest import make_tracker, slot_events


def entity(name: str, value: str) -> dict[str, Any]:
    return {"entity": name, "value": value, "start": 0, "end": len(value)}


async def test_a_bare_order_number_gets_that_orders_status(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(
        {"order_number": "104102"},
        text="104102",
        entities=[entity("order_number", "104102")],
    )
    events = await ActionBareDetail(store=store).run(dispatcher, tracker, domain)
    [message] = dispatcher.messages
    assert "RM482193664GB" in message["text"]
    assert slot_events(events) == {"order_number": "104102"}


async def test_an_unknown_bare_order_number_is_said_to_be_unknown(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(
        {"order_number": "999999"},
        text="999999",
        entities=[entity("order_number", "999999")],
    )
    await ActionBareDetail(store=store).run(dispatcher, tracker, domain)
    [message] = dispatcher.messages
    assert "999999" in message["text"]
    assert "RM482193664GB" not in message["text"]


async def test_a_product_alone_is_met_with_what_the_bot_can_do(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(text="hoodie", entities=[entity("product", "hoodie")])
    events = await ActionBareDetail(store=store).run(dispatcher, tracker, domain)
    [message] = dispatcher.messages
    assert message["text"].startswith("What would you like to know about the hoodie?")
    assert events == []


async def test_junk_that_looks_like_a_detail_gets_the_rephrase_request(
    store: Store, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(text="\x1b[31m")
    events = await ActionBareDetail(store=store).run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_default"]
    assert events == []
