"""The hub's event bus: JSON events on one Redis pub/sub channel.

Every hub process publishes state changes and messages here and every process
listens, so a console connected to any process sees everything (scale-out).

Wire format (one JSON object per event)::

    {"id": "<hex>", "kind": "<kind>", "conversation_id": "rest:alice",
     "ts": 1700000000.0, "data": {...}}

Kinds and their ``data``:

* ``queued``: ``reason``, ``level``, ``score``, ``handoff`` (the payload),
  ``first_name``, ``channel``: a new handoff or a conversation sent back.
* ``queue_position``: ``position`` (1-based), ``eta_seconds``, ``notice`` (the
  text the customer was told).
* ``customer_message``: ``text`` (only while a human owns the conversation).
* ``bot_message``: ``text`` (what the bot said while it owned it).
* ``agent_message``: ``agent``, ``text``.
* ``note``: ``agent``, ``text`` (private, agents only).
* ``claimed``: ``agent``. ``transferred``: ``agent``, ``to`` (None = queue).
* ``resolved`` / ``closed``: ``agent``.

Usage::

    bus = EventBus(redis, keys.events())
    await bus.publish("claimed", "rest:alice", agent="ana")
    async for event in bus.subscribe():
        ...
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from redis.asyncio import Redis

logger = logging.getLogger(__name__)

KINDS = frozenset(
    {
        "queued",
        "queue_position",
        "customer_message",
        "bot_message",
        "agent_message",
        "note",
        "claimed",
        "transferred",
        "resolved",
        "closed",
    }
)


def make_event(kind: str, conversation_id: str, data: dict[str, Any]) -> dict[str, Any]:
    """Builds one event in the wire format.

    Args:
        kind: One of :data:`KINDS`.
        conversation_id: ``<channel>:<sender>``.
        data: Kind-specific fields.

    Returns:
        The event dict.

    Raises:
        ValueError: Unknown kind.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    return {
        "id": uuid.uuid4().hex,
        "kind": kind,
        "conversation_id": conversation_id,
        "ts": time.time(),
        "data": data,
    }


class EventBus:
    """Publishes and follows hub events on a Redis pub/sub channel.

    Args:
        redis: The hub's Redis client.
        channel: The pub/sub channel (``Keys.events()``).
    """

    def __init__(self, redis: Redis, channel: str) -> None:
        self._redis = redis
        self.channel = channel

    async def publish(self, kind: str, conversation_id: str, **data: Any) -> None:
        """Publishes one event to every hub process.

        Args:
            kind: One of :data:`KINDS`.
            conversation_id: Whose conversation.
            **data: Kind-specific fields (JSON-serialisable).
        """
        event = make_event(kind, conversation_id, data)
        await self._redis.publish(self.channel, json.dumps(event))

    async def subscribe(self) -> AsyncIterator[dict[str, Any]]:
        """Yields every event published from now on (until cancelled).

        Yields:
            Events in the wire format.
        """
        pubsub = self._redis.pubsub()
        await pubsub.subscribe(self.channel)
        try:
            async for message in pubsub.listen():
                if message.get("type") != "message":
                    continue
                try:
                    yield json.loads(message["data"])
                except ValueError:
                    logger.warning("ignored a malformed event on %s", self.channel)
        finally:
            await pubsub.unsubscribe(self.channel)
            await pubsub.close()
