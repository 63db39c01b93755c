"""The hub's event bus wire format, as the Telegram side reads it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from handoff.telegram.ports import (
    EventKind,
    MediaRef,
    event_from_wire,
    events_from_wire,
)

WIRE = {
    "id": "abc123",
    "kind": "claimed",
    "conversation_id": "telegram:5",
    "ts": 1700000000.0,
    "data": {"agent": "ana"},
}


def test_wire_event_becomes_a_hub_event() -> None:
    event = event_from_wire(WIRE)
    assert event is not None
    assert (event.id, event.kind, event.conversation_id) == (
        "abc123",
        EventKind.CLAIMED,
        "telegram:5",
    )
    assert event.data == {"agent": "ana"}


def test_unmirrored_and_malformed_events_are_skipped() -> None:
    assert event_from_wire({**WIRE, "kind": "queue_position"}) is None
    assert event_from_wire({**WIRE, "kind": "bot_message"}) is None
    assert event_from_wire({"kind": "claimed"}) is None


async def test_events_from_wire_filters_a_stream() -> None:
    async def wire() -> AsyncIterator[dict[str, Any]]:
        yield {**WIRE, "kind": "queue_position"}
        yield WIRE
        yield {"nonsense": True}

    kinds = [event.kind async for event in events_from_wire(wire())]
    assert kinds == [EventKind.CLAIMED]


def test_media_ref_round_trip() -> None:
    ref = MediaRef("photo", 5, 77)
    assert MediaRef.from_dict(ref.as_dict()) == ref
    assert MediaRef.from_dict({"kind": "photo"}) is None
    assert MediaRef.from_dict(None) is None
