"""The hub's Redis state: conversations, transcripts, the queue and outboxes.

Every ownership change goes through a Lua script of :mod:`handoff.keys`.

Usage::

    store = Store(redis, Keys("uncanned"))
    await store.append("rest:alice", "customer", "hello")
    won, holder = await store.claim("rest:alice", "ana")
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from handoff.keys import (
    CLAIM,
    ENQUEUE,
    FINISH,
    QUEUE_PAGE,
    RECEIVE,
    TRANSFER,
    Keys,
    Status,
)
from handoff.queue import priority

TRANSCRIPT_MAX = 10_000  # entries kept per conversation (approximate trim)
LAST_MESSAGE_CHARS = 200  # of the last customer message, shown in the queue


@dataclass(frozen=True)
class Received:
    """What :meth:`Store.receive` did with one customer message.

    Attributes:
        status: The owner after it; None when the message was held.
        held: True when the sender was past the rate limit (stored, not routed).
        csat: The conversation's satisfaction field (``pending`` while a rating
            is asked for; "" when none).
        outbox: Messages taken from the REST outbox, oldest first.
    """

    status: Status | None
    held: bool = False
    csat: str = ""
    outbox: list[dict[str, Any]] = field(default_factory=list)


def _entry(role: str, text: str, extra: dict[str, Any]) -> dict[str, str]:
    """The stream fields of one transcript message (``extra`` is consumed)."""
    fields: dict[str, str] = {
        "role": role,
        "text": text,
        "ts": f"{time.time():.3f}",
    }
    agent = extra.pop("agent", None)
    if agent:
        fields["agent"] = str(agent)
    if extra:
        fields["extra"] = json.dumps(extra)
    return fields


class Store:
    """Conversation state in Redis, with atomic transitions.

    Args:
        redis: A client with ``decode_responses=True``.
        keys: Key builders.
    """

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self._receive = redis.register_script(RECEIVE)
        self._enqueue = redis.register_script(ENQUEUE)
        self._claim = redis.register_script(CLAIM)
        self._transfer = redis.register_script(TRANSFER)
        self._finish = redis.register_script(FINISH)
        self._queue_page = redis.register_script(QUEUE_PAGE)

    def _k3(self, cid: str) -> list[str]:
        return [
            self.keys.conversation(cid),
            self.keys.queue(),
            self.keys.history(cid),
        ]

    async def append(self, cid: str, role: str, text: str, **extra: Any) -> str:
        """Appends one message to the transcript stream (durable before routing).

        Args:
            cid: Conversation id.
            role: ``customer``, ``bot``, ``agent``, ``note`` or ``system``.
            text: The text.
            **extra: ``agent`` (str) and any JSON-serialisable fields.

        Returns:
            The stream entry id.
        """
        entry = await self.redis.xadd(
            self.keys.transcript(cid),
            _entry(role, text, extra),
            maxlen=TRANSCRIPT_MAX,
            approximate=True,
        )
        return str(entry)

    async def append_many(
        self, cid: str, messages: list[tuple[str, str, dict[str, Any]]]
    ) -> None:
        """Appends several messages in order, in one round trip.

        Args:
            cid: Conversation id.
            messages: ``(role, text, extra)`` each, as :meth:`append` takes them.
        """
        if not messages:
            return
        pipe = self.redis.pipeline(transaction=False)
        for role, text, extra in messages:
            pipe.xadd(
                self.keys.transcript(cid),
                _entry(role, text, dict(extra)),
                maxlen=TRANSCRIPT_MAX,
                approximate=True,
            )
        await pipe.execute()

    async def transcript(self, cid: str, count: int = 500) -> list[dict[str, Any]]:
        """The last ``count`` messages, oldest first."""
        entries = await self.redis.xrevrange(self.keys.transcript(cid), count=count)
        out: list[dict[str, Any]] = []
        for entry_id, fields in reversed(entries):
            message: dict[str, Any] = {
                "id": entry_id,
                "role": fields.get("role", "system"),
                "text": fields.get("text", ""),
                "ts": float(fields.get("ts", 0.0)),
            }
            if fields.get("agent"):
                message["agent_name"] = fields["agent"]
            if fields.get("extra"):
                message.update(json.loads(fields["extra"]))
            out.append(message)
        return out

    async def receive(
        self,
        cid: str,
        channel: str,
        first_name: str,
        visibility: str,
        text: str,
        event: str = "{}",
        extra: dict[str, Any] | None = None,
        *,
        rate: tuple[int, int] | None = None,
        take_outbox: bool = False,
    ) -> Received:
        """Stores a customer message, then updates the conversation (one script).

        Args:
            cid: Conversation id.
            channel: Its channel.
            first_name: The customer's first name ("" keeps the stored one).
            visibility: ``public`` or ``private``.
            text: The message.
            event: The ``customer_message`` event (JSON), published when a
                human owns the conversation.
            extra: JSON-serialisable transcript fields (e.g. ``media``).
            rate: ``(limit, window seconds)`` to count the message against the
                sender's rate limit first; over it, the message is stored held
                (``held: rate_limited``) and nothing else happens.
            take_outbox: Also takes the messages waiting in the outbox (REST),
                unless the message is held.

        Returns:
            What happened: the owner after that (a new or closed conversation is
            the bot's), whether the message was held, the pending rating and
            the outbox messages taken.
        """
        now = time.time()
        limit, window = rate if rate is not None else (0, 1)
        held_extra = {"held": "rate_limited", **(extra or {})}
        reply = await self._receive(
            keys=[
                self.keys.conversation(cid),
                self.keys.conversations(),
                self.keys.transcript(cid),
                self.keys.events(),
                self.keys.rate(cid, int(now // window)),
                self.keys.outbox(cid),
            ],
            args=[
                cid,
                channel,
                first_name,
                visibility,
                text,
                f"{now:.3f}",
                event,
                json.dumps(extra) if extra else "",
                "" if rate is None else str(limit),
                str(window * 2),
                json.dumps(held_extra),
                "1" if take_outbox else "0",
                text[:LAST_MESSAGE_CHARS],
            ],
        )
        if reply[0] == "held":
            return Received(status=None, held=True)
        return Received(
            status=Status(reply[0]),
            csat=str(reply[1]),
            outbox=[json.loads(row) for row in reply[2:]],
        )

    async def touch(
        self, cid: str, channel: str, first_name: str, visibility: str, text: str
    ) -> Status:
        """Like :meth:`receive` (the message is stored too); for tests and tools."""
        received = await self.receive(cid, channel, first_name, visibility, text)
        assert received.status is not None  # no rate limit asked, so never held
        return received.status

    async def get(self, cid: str) -> dict[str, str]:
        """The conversation hash (empty when unknown)."""
        return dict(await self.redis.hgetall(self.keys.conversation(cid)))

    async def set_fields(self, cid: str, **fields: str) -> None:
        """Sets plain (non-ownership) fields of the conversation hash."""
        await self.redis.hset(self.keys.conversation(cid), mapping=fields)

    async def enqueue(self, cid: str, handoff: dict[str, Any], visibility: str) -> bool:
        """Bot -> queued with the handoff payload; False when a human owns it."""
        now = time.time()
        done = await self._enqueue(
            keys=self._k3(cid),
            args=[
                cid,
                priority(handoff, visibility, now),
                f"{now:.3f}",
                json.dumps(handoff),
                str(handoff.get("reason") or "explicit_request"),
                str(handoff.get("level") or "calm"),
                str(handoff.get("score") or 0.0),
                str(handoff.get("topic") or ""),
            ],
        )
        return bool(done)

    async def claim(self, cid: str, agent: str) -> tuple[int, str]:
        """Queued -> agent. Returns (1, agent) | (0, holder) | (-1, status)."""
        code, who = await self._claim(
            keys=self._k3(cid), args=[cid, agent, f"{time.time():.3f}"]
        )
        return int(code), str(who)

    async def transfer(
        self, cid: str, agent: str, to: str | None, supervisor: bool
    ) -> tuple[bool, str]:
        """Hands over to ``to`` or back to the queue (None), keeping its priority."""
        convo = await self.get(cid)
        handoff = json.loads(convo.get("handoff") or "{}")
        queued_at = float(convo.get("queued_at") or time.time())
        score = priority(handoff, convo.get("visibility", "private"), queued_at)
        code, who = await self._transfer(
            keys=self._k3(cid),
            args=[
                cid,
                agent,
                to or "",
                score,
                f"{time.time():.3f}",
                "1" if supervisor else "0",
            ],
        )
        return bool(code), str(who)

    async def finish(
        self, cid: str, agent: str, outcome: Status, supervisor: bool
    ) -> tuple[bool, str]:
        """Agent -> bot (``RESOLVED``) or -> closed (``CLOSED``)."""
        code, who = await self._finish(
            keys=self._k3(cid),
            args=[
                cid,
                agent,
                outcome.value,
                f"{time.time():.3f}",
                "1" if supervisor else "0",
            ],
        )
        return bool(code), str(who)

    async def history(self, cid: str) -> list[dict[str, str]]:
        """Ownership changes, oldest first."""
        rows = await self.redis.lrange(self.keys.history(cid), 0, -1)
        out = []
        for row in rows:
            status, who, ts = ([*str(row).split("|"), "", ""])[:3]
            out.append({"status": status, "by": who, "ts": ts})
        return out

    async def position(self, cid: str) -> int | None:
        """1-based place in the queue; None when not queued."""
        rank = await self.redis.zrank(self.keys.queue(), cid)
        return None if rank is None else int(rank) + 1

    async def queue_ids(self, start: int = 0, count: int = 50) -> list[str]:
        """Queued ids in serving order."""
        ids = await self.redis.zrange(self.keys.queue(), start, start + count - 1)
        return [str(i) for i in ids]

    async def queue_page(self, count: int = 50) -> str:
        """The queue's head as the JSON the agent API answers (one round trip).

        Args:
            count: How many conversations, from the head of the queue.

        Returns:
            ``{"queue": [item...], "length": n}`` encoded; items as in
            :meth:`queue_items`.
        """
        length, items = await self._queue_page(
            keys=[self.keys.queue()],
            args=[self.keys.conversation_prefix(), count, f"{time.time():.3f}"],
        )
        return f'{{"queue": {items}, "length": {int(length)}}}'

    async def queue_items(self, count: int = 50) -> list[dict[str, Any]]:
        """The first ``count`` queued conversations with what the console shows.

        Each item: ``conversation_id``, ``position``, ``first_name`` (or None),
        ``channel``, ``visibility``, ``reason``, ``level``, ``score``, ``topic``
        (or None), ``wait_seconds`` and ``last_message``.
        """
        return list(json.loads(await self.queue_page(count))["queue"])

    async def queue_length(self) -> int:
        """How many conversations wait."""
        return int(await self.redis.zcard(self.keys.queue()))

    async def push_outbox(self, cid: str, message: dict[str, Any]) -> None:
        """Keeps a message for a REST customer until they fetch it."""
        await self.redis.rpush(self.keys.outbox(cid), json.dumps(message))

    async def pop_outbox(self, cid: str) -> list[dict[str, Any]]:
        """Takes every waiting message of a REST customer (atomically)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.lrange(self.keys.outbox(cid), 0, -1)
        pipe.delete(self.keys.outbox(cid))
        rows, _ = await pipe.execute()
        return [json.loads(row) for row in rows]

    async def over_rate(self, sender: str, limit: int, window: int) -> bool:
        """Counts one message; True when the sender is past the limit."""
        bucket = int(time.time() // window)
        key = self.keys.rate(sender, bucket)
        pipe = self.redis.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, window * 2)
        count, _ = await pipe.execute()
        return int(count) > limit
