"""A stand-in of the hub's router for testing the Telegram side on its own.

It implements :class:`handoff.telegram.ports.HubPort` with the owner of each
conversation in a real Redis and an in-process event bus. The "bot" is scripted
(no Rasa): "person" or "complaint" in a message hands off with a complaint payload;
"menu" answers with two buttons; anything else is echoed as ``Bot: <text>``.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

from redis.asyncio import Redis

from handoff.telegram.ports import (
    ConversationHeldError,
    CustomerChannel,
    EventKind,
    HubEvent,
    InboundMessage,
    MediaRef,
    Owner,
    RouteResult,
)

HANDOFF = {
    "reason": "complaint",
    "score": 0.82,
    "level": "angry",
    "complaint": True,
    "signals": [{"name": "complaint", "weight": 0.6, "evidence": "never arrived"}],
    "topic": "orders",
    "brief": "Order 104233 never arrived; customer is angry.",
    "score_history": [0.1, 0.45, 0.82],
}
HANDOFF_NOTICE = "I'm passing you to a person now; they'll answer here."
MENU = [
    {"title": "Track an order", "payload": '/check_order{"order_number":"104233"}'},
    {"title": "Returns", "payload": "/start_return"},
]


class Refused(Exception):
    """A refusal with a message for the agent (like the router's TransitionError)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HubDouble:
    """Owner per conversation in Redis; events to every subscriber."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.inbound: list[InboundMessage] = []
        self.channels: dict[str, CustomerChannel] = {}
        self._subscribers: list[asyncio.Queue[HubEvent]] = []
        self.broken = False  # True: every call fails, as if Redis were down

    def _key(self, conversation_id: str) -> str:
        return f"test:hub:{conversation_id}"

    async def owner(self, conversation_id: str) -> Owner:
        value = await self.redis.hget(self._key(conversation_id), "owner")
        return Owner(value) if value else Owner.BOT

    async def assignee(self, conversation_id: str) -> str | None:
        return await self.redis.hget(self._key(conversation_id), "assignee")

    async def _set(
        self, conversation_id: str, owner: Owner, assignee: str = ""
    ) -> None:
        await self.redis.hset(
            self._key(conversation_id),
            mapping={"owner": owner.value, "assignee": assignee},
        )

    async def publish(self, kind: EventKind, conversation_id: str, **data: Any) -> None:
        event = HubEvent(uuid.uuid4().hex, kind, conversation_id, data)
        for queue in self._subscribers:
            queue.put_nowait(event)

    async def events(self) -> AsyncIterator[HubEvent]:
        queue: asyncio.Queue[HubEvent] = asyncio.Queue()
        self._subscribers.append(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._subscribers.remove(queue)

    def register_channel(self, channel: str, adapter: CustomerChannel) -> None:
        self.channels[channel] = adapter

    async def customer_message(self, message: InboundMessage) -> RouteResult:
        if self.broken:
            raise ConnectionError("hub down")
        self.inbound.append(message)
        cid = message.conversation_id
        owner = await self.owner(cid)
        if owner in (Owner.QUEUED, Owner.AGENT):
            # Like the real router: the event carries the text only.
            await self.publish(EventKind.CUSTOMER_MESSAGE, cid, text=message.text)
            return RouteResult(owner)
        if not message.text:
            return RouteResult(Owner.BOT)
        lowered = message.text.lower()
        if "person" in lowered or "complaint" in lowered:
            await self._set(cid, Owner.QUEUED)
            await self.publish(
                EventKind.QUEUED,
                cid,
                handoff=HANDOFF,
                first_name=message.metadata.get("first_name"),
            )
            return RouteResult(
                Owner.QUEUED, [{"recipient_id": cid, "text": HANDOFF_NOTICE}]
            )
        if lowered == "menu":
            return RouteResult(
                Owner.BOT,
                [{"recipient_id": cid, "text": "What can I do?", "buttons": MENU}],
            )
        return RouteResult(
            Owner.BOT, [{"recipient_id": cid, "text": f"Bot: {message.text}"}]
        )

    async def claim(self, conversation_id: str, agent: str) -> bool:
        owner = await self.owner(conversation_id)
        holder = await self.assignee(conversation_id)
        if owner == Owner.AGENT and holder == agent:
            return True
        if owner != Owner.QUEUED:
            return False
        await self._set(conversation_id, Owner.AGENT, agent)
        await self.publish(EventKind.CLAIMED, conversation_id, agent=agent)
        return True

    async def agent_message(
        self, conversation_id: str, agent: str, text: str, media: MediaRef | None = None
    ) -> None:
        if self.broken:
            raise ConnectionError("hub down")
        if not await self.claim(conversation_id, agent):
            raise ConversationHeldError(conversation_id)
        message: dict[str, Any] = {"recipient_id": conversation_id, "text": text}
        if media is not None:
            message["media"] = media.as_dict()
        channel = self.channels[conversation_id.split(":", 1)[0]]
        await channel.deliver(conversation_id, message)
        await self.publish(
            EventKind.AGENT_MESSAGE,
            conversation_id,
            agent=agent,
            text=text,
            media=message.get("media"),
        )

    async def note(self, conversation_id: str, agent: str, text: str) -> None:
        await self.redis.rpush(f"test:notes:{conversation_id}", text)
        await self.publish(EventKind.NOTE, conversation_id, agent=agent, text=text)

    async def transfer(self, conversation_id: str, agent: str, to: str | None) -> None:
        if to == "nobody":
            raise Refused("No agent named nobody.")
        if to is None:
            await self._set(conversation_id, Owner.QUEUED)
        else:
            await self._set(conversation_id, Owner.AGENT, to)
        await self.publish(EventKind.TRANSFERRED, conversation_id, agent=agent, to=to)
        if to is None:  # like the real router: queued again, without the payload
            await self.publish(
                EventKind.QUEUED, conversation_id, reason="complaint", level="angry"
            )

    async def resolve(self, conversation_id: str, agent: str) -> None:
        await self._set(conversation_id, Owner.BOT)
        await self.publish(EventKind.RESOLVED, conversation_id, agent=agent)

    async def close(self, conversation_id: str, agent: str) -> None:
        await self._set(conversation_id, Owner.BOT)
        await self.publish(EventKind.CLOSED, conversation_id, agent=agent)
