"""Telegram settings, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_FILE_BASE_URL = "https://api.telegram.org/file/bot"


class Mode(str, Enum):
    """How updates reach the hub."""

    OFF = "off"
    WEBHOOK = "webhook"
    POLLING = "polling"


@dataclass(frozen=True)
class TelegramSettings:
    """Everything the Telegram side needs.

    Attributes:
        token: The bot token from BotFather (``TELEGRAM_TOKEN``); empty: off.
        agent_chat_id: The agents' forum supergroup (``TELEGRAM_AGENT_CHAT_ID``).
        webhook_url: Public URL of ``/telegram/webhook`` (``TELEGRAM_WEBHOOK_URL``);
            without it the hub long-polls (development).
        webhook_secret: Value Telegram echoes in ``X-Telegram-Bot-Api-Secret-Token``
            (``TELEGRAM_WEBHOOK_SECRET``); required with a webhook.
        api_base_url: Bot API base (``TELEGRAM_API_BASE_URL``), a stand-in in tests.
        file_base_url: Bot API file base (``TELEGRAM_FILE_BASE_URL``).
        dedup_ttl_s: How long an ``update_id`` is remembered to drop duplicates.
        max_attempts: Attempts per Bot API call before it is parked in the outbox.
        backoff_s: First back-off delay; doubles each attempt.
    """

    token: str = ""
    agent_chat_id: int | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    api_base_url: str = DEFAULT_API_BASE_URL
    file_base_url: str = DEFAULT_FILE_BASE_URL
    dedup_ttl_s: int = 24 * 3600
    max_attempts: int = 5
    backoff_s: float = 0.5

    def __post_init__(self) -> None:
        if self.webhook_url and not self.webhook_secret:
            raise ValueError(
                "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL"
            )

    @property
    def mode(self) -> Mode:
        """Webhook with a public URL, polling with only a token, else off."""
        if not self.token:
            return Mode.OFF
        return Mode.WEBHOOK if self.webhook_url else Mode.POLLING

    @classmethod
    def from_env(cls) -> TelegramSettings:
        """Reads the ``TELEGRAM_*`` variables (see ``docs/telegram.md``)."""
        chat = os.environ.get("TELEGRAM_AGENT_CHAT_ID", "").strip()
        return cls(
            token=os.environ.get("TELEGRAM_TOKEN", "").strip(),
            agent_chat_id=int(chat) if chat else None,
            webhook_url=os.environ.get("TELEGRAM_WEBHOOK_URL") or None,
            webhook_secret=os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
            api_base_url=os.environ.get("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL),
            file_base_url=os.environ.get(
                "TELEGRAM_FILE_BASE_URL", DEFAULT_FILE_BASE_URL
            ),
        )

    def __repr__(self) -> str:
        return (
            f"TelegramSettings(mode={self.mode.value},"
            f" agent_chat_id={self.agent_chat_id},"
            f" webhook_url={self.webhook_url!r}, api_base_url={self.api_base_url!r})"
        )
