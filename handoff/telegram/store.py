"""Redis state of the Telegram side: topic mapping, duplicates, button payloads.

The conversation <-> topic mapping lives in Redis, so it survives restarts and is
shared by every hub process. Parallel messages never create two topics: one process
takes a short lock and creates the topic; the others wait for its mapping.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from redis.asyncio import Redis

from handoff.telegram import keys

logger = logging.getLogger(__name__)

# Stores a new mapping only if the conversation has none yet.
# KEYS[1] topic hash of the conversation, KEYS[2] reverse thread key.
# ARGV[1] thread id, ARGV[2] name, ARGV[3] colour, ARGV[4] conversation id.
# Returns the thread id now stored (the existing one if another process won).
_SAVE_TOPIC = """
local existing = redis.call('HGET', KEYS[1], 'thread_id')
if existing then return existing end
redis.call('HSET', KEYS[1], 'thread_id', ARGV[1], 'name', ARGV[2], 'colour', ARGV[3])
redis.call('SET', KEYS[2], ARGV[4])
return ARGV[1]
"""

# Deletes a lock only if this process still holds it. KEYS[1] lock, ARGV[1] token.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True)
class Topic:
    """A conversation's forum topic."""

    thread_id: int
    name: str
    colour: int


class TopicStore:
    """The conversation <-> forum topic mapping.

    Args:
        redis: A client with ``decode_responses=True``.
        chat_id: The agents' supergroup.
        lock_ttl_s: How long a creator may hold the lock.
    """

    def __init__(self, redis: Redis, chat_id: int, lock_ttl_s: float = 30.0) -> None:
        self._redis = redis
        self._chat_id = chat_id
        self._lock_ttl_ms = int(lock_ttl_s * 1000)
        self._save = redis.register_script(_SAVE_TOPIC)
        self._release = redis.register_script(_RELEASE)

    async def get(self, conversation_id: str) -> Topic | None:
        """The conversation's topic, or None."""
        data = await self._redis.hgetall(keys.topic(conversation_id))
        if not data or "thread_id" not in data:
            return None
        return Topic(
            int(data["thread_id"]), data.get("name", ""), int(data.get("colour", 0))
        )

    async def wait(self, conversation_id: str, timeout_s: float) -> Topic | None:
        """The conversation's topic, waiting a little for one being created."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while (topic := await self.get(conversation_id)) is None:
            if loop.time() > deadline:
                return None
            await asyncio.sleep(0.05)
        return topic

    async def conversation_of(self, thread_id: int) -> str | None:
        """The conversation a topic of the agents' group belongs to."""
        value = await self._redis.get(keys.thread(self._chat_id, thread_id))
        return str(value) if value is not None else None

    async def rename(self, conversation_id: str, name: str) -> None:
        """Records a new topic name."""
        await self._redis.hset(keys.topic(conversation_id), "name", name)

    async def save_meta(
        self, conversation_id: str, band: int, customer: str, reason: str
    ) -> None:
        """Records what the topic's name is made of."""
        await self._redis.hset(
            keys.topic(conversation_id),
            mapping={"band": band, "customer": customer, "reason": reason},
        )

    async def set_closed(self, conversation_id: str, closed: bool) -> bool:
        """Records whether the topic is closed; returns the previous value."""
        key = keys.topic(conversation_id)
        before = await self._redis.hget(key, "closed")
        await self._redis.hset(key, "closed", "1" if closed else "0")
        return before == "1"

    async def meta(self, conversation_id: str) -> tuple[int, str, str] | None:
        """Priority band, customer and reason of a topic, or None."""
        data = await self._redis.hgetall(keys.topic(conversation_id))
        if "band" not in data:
            return None
        return int(data["band"]), data.get("customer", ""), data.get("reason", "")

    async def ensure(
        self,
        conversation_id: str,
        name: str,
        colour: int,
        create: Callable[[str, int], Awaitable[int]],
        wait_s: float = 30.0,
    ) -> tuple[Topic, bool]:
        """The conversation's topic, created exactly once across processes.

        Args:
            conversation_id: Whose topic.
            name: Name for a new topic.
            colour: Icon colour for a new topic.
            create: Creates the topic in Telegram and returns its thread id.
            wait_s: How long a loser waits for the winner's mapping.

        Returns:
            The topic and whether this call created it.

        Raises:
            TimeoutError: The creator neither finished nor released its lock in time.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        lock = keys.topic_lock(conversation_id)
        token = secrets.token_hex(8)
        delay = 0.02
        while True:
            found = await self.get(conversation_id)
            if found is not None:
                return found, False
            if await self._redis.set(lock, token, nx=True, px=self._lock_ttl_ms):
                try:
                    found = await self.get(conversation_id)
                    if found is not None:
                        return found, False
                    thread_id = await create(name, colour)
                    stored = await self._save(
                        keys=[
                            keys.topic(conversation_id),
                            keys.thread(self._chat_id, thread_id),
                        ],
                        args=[thread_id, name, colour, conversation_id],
                    )
                    logger.info("topic %s created for %s", thread_id, conversation_id)
                    return Topic(int(stored), name, colour), True
                finally:
                    await self._release(keys=[lock], args=[token])
            if loop.time() > deadline:
                raise TimeoutError(f"topic for {conversation_id} not created in time")
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)


class SeenOnce:
    """Remembers ids for a while with SET NX, so each is processed once.

    Args:
        redis: A Redis client.
        ttl_s: How long an id is remembered.
    """

    def __init__(self, redis: Redis, ttl_s: int) -> None:
        self._redis = redis
        self._ttl_s = ttl_s

    async def first_update(self, update_id: int) -> bool:
        """True the first time this ``update_id`` is seen."""
        return bool(
            await self._redis.set(
                keys.seen_update(update_id), 1, nx=True, ex=self._ttl_s
            )
        )

    async def first_event(self, event_id: str) -> bool:
        """True for the one hub process that mirrors this event first."""
        return bool(
            await self._redis.set(keys.seen_event(event_id), 1, nx=True, ex=self._ttl_s)
        )


class ButtonStore:
    """Rasa button payloads behind short callback tokens.

    Telegram limits callback data to 64 bytes and a modified client can send any
    callback data; so buttons carry a random token and only payloads the bot
    issued are ever routed.
    """

    def __init__(self, redis: Redis, ttl_s: int = 7 * 24 * 3600) -> None:
        self._redis = redis
        self._ttl_s = ttl_s

    async def issue(self, payload: str) -> str:
        """A callback token for a payload."""
        token = secrets.token_urlsafe(12)
        await self._redis.set(keys.button(token), payload, ex=self._ttl_s)
        return token

    async def payload(self, token: str) -> str | None:
        """The payload behind a token, or None for an unknown or expired one."""
        value = await self._redis.get(keys.button(token))
        return str(value) if value is not None else None
