"""Bot API calls with retries and back-off; a call that keeps failing is parked.

PTB's ``AIORateLimiter`` already keeps to Telegram's limits and waits out
``RetryAfter``; this adds back-off for network errors and server failures and, when
every attempt failed, parks the call in a Redis outbox that is replayed later, so an
agent's message is never lost.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from redis.asyncio import Redis
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from handoff.telegram import keys

logger = logging.getLogger(__name__)

# Bot methods that may be parked and replayed (plain JSON arguments only).
REPLAYABLE = frozenset(
    {
        "send_message",
        "copy_message",
        "edit_forum_topic",
        "close_forum_topic",
        "reopen_forum_topic",
    }
)


class Sender:
    """Calls Bot API methods by name with retries.

    Args:
        bot: The application's bot.
        redis: Where failed calls are parked.
        max_attempts: Attempts before parking.
        backoff_s: First delay; doubles each attempt.
    """

    def __init__(
        self, bot: Bot, redis: Redis, max_attempts: int, backoff_s: float
    ) -> None:
        self._bot = bot
        self._redis = redis
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s

    async def call(self, method: str, **kwargs: Any) -> Any:
        """Calls ``bot.<method>(**kwargs)``; parks it if every attempt fails.

        Returns:
            The method's result, or None when the call was parked.

        Raises:
            BadRequest: Telegram refused the call itself (retrying cannot help).
            Forbidden: The bot was blocked or removed.
        """
        delay = self._backoff_s
        for attempt in range(1, self._max_attempts + 1):
            try:
                return await getattr(self._bot, method)(**kwargs)
            except (BadRequest, Forbidden):
                raise
            except (RetryAfter, TimedOut, NetworkError) as exc:
                logger.warning(
                    "%s failed (attempt %d/%d): %s",
                    method,
                    attempt,
                    self._max_attempts,
                    type(exc).__name__,
                )
                if attempt < self._max_attempts:
                    await asyncio.sleep(delay)
                    delay *= 2
        await self.park(method, kwargs)
        return None

    async def park(self, method: str, kwargs: dict[str, Any]) -> None:
        """Keeps a failed call for :meth:`replay`."""
        if method not in REPLAYABLE:
            logger.error("%s failed every attempt and cannot be replayed", method)
            return
        markup = kwargs.get("reply_markup")
        if isinstance(markup, InlineKeyboardMarkup):
            kwargs = {**kwargs, "reply_markup": markup.to_dict()}
        await self._redis.rpush(
            keys.outbox(), json.dumps({"method": method, "kwargs": kwargs})
        )
        logger.error("%s failed every attempt; parked in the outbox", method)

    async def replay(self) -> int:
        """Retries parked calls in order, once each; returns how many went through."""
        done = 0
        for _ in range(await self._redis.llen(keys.outbox())):
            raw = await self._redis.lpop(keys.outbox())
            if raw is None:
                break
            item = json.loads(raw)
            if isinstance(item["kwargs"].get("reply_markup"), dict):
                item["kwargs"]["reply_markup"] = InlineKeyboardMarkup.de_json(
                    item["kwargs"]["reply_markup"], self._bot
                )
            try:
                await getattr(self._bot, item["method"])(**item["kwargs"])
                done += 1
            except (BadRequest, Forbidden):
                logger.error("parked %s refused by Telegram; dropped", item["method"])
            except (RetryAfter, TimedOut, NetworkError):
                await self._redis.rpush(keys.outbox(), raw)
                break
        return done
