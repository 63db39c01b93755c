"""Talks to the Rasa server over HTTP: the REST channel and the tracker API.

Usage::

    rasa = RasaClient(session, "http://localhost:5005", timeout=5.0)
    replies = await rasa.send("rest:alice", "hi", {"channel": "rest"})
    await rasa.resume("rest:alice")
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import quote

import aiohttp

logger = logging.getLogger(__name__)


class BotUnavailableError(Exception):
    """Rasa (or its action server) failed or did not answer in time."""


class RasaClient:
    """A thin client of Rasa's REST channel and HTTP API.

    Args:
        session: A shared aiohttp client session.
        base_url: The Rasa server, e.g. ``http://localhost:5005``.
        timeout: Seconds before a call counts as failed.
    """

    def __init__(
        self, session: aiohttp.ClientSession, base_url: str, timeout: float
    ) -> None:
        self._session = session
        self._base = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def send(
        self, conversation_id: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """Sends a customer message to Rasa's REST channel.

        Args:
            conversation_id: The Rasa sender id.
            text: The message.
            metadata: Channel metadata (channel, first_name, visibility).

        Returns:
            Rasa's replies (``text``, ``buttons``, ``custom``...).

        Raises:
            BotUnavailableError: Rasa failed, answered badly or too slowly.
        """
        body = {"sender": conversation_id, "message": text, "metadata": metadata}
        url = f"{self._base}/webhooks/rest/webhook"
        try:
            async with self._session.post(url, json=body, timeout=self._timeout) as r:
                if r.status != 200:
                    raise BotUnavailableError(f"Rasa answered HTTP {r.status}")
                replies = await r.json()
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            raise BotUnavailableError(
                f"Rasa unavailable: {type(exc).__name__}"
            ) from exc
        if not isinstance(replies, list):
            raise BotUnavailableError("Rasa answered something other than a list")
        return [r for r in replies if isinstance(r, dict)]

    async def resume(self, conversation_id: str) -> bool:
        """Appends a ``resume`` event to the conversation's tracker.

        Args:
            conversation_id: The Rasa sender id.

        Returns:
            True when Rasa accepted it.
        """
        sender = quote(conversation_id, safe="")
        url = f"{self._base}/conversations/{sender}/tracker/events"
        try:
            async with self._session.post(
                url, json={"event": "resume"}, timeout=self._timeout
            ) as r:
                if r.status == 200:
                    return True
                logger.warning(
                    "Rasa refused resume for %s: HTTP %d", conversation_id, r.status
                )
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            logger.warning(
                "resume of %s failed: %s", conversation_id, type(exc).__name__
            )
        return False
