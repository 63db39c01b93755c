"""Settings, long polling for development, and Telegram switched off."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from handoff.telegram import TelegramSettings, setup_telegram
from handoff.telegram.settings import Mode
from tests.telegram import updates
from tests.telegram.bot_api import BotApi
from tests.telegram.conftest import TOKEN
from tests.telegram.hub_double import HubDouble


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", " 42:abc ")
    monkeypatch.setenv("TELEGRAM_AGENT_CHAT_ID", "-100777")
    monkeypatch.delenv("TELEGRAM_WEBHOOK_URL", raising=False)
    settings = TelegramSettings.from_env()
    assert settings.token == "42:abc"
    assert settings.agent_chat_id == -100777
    assert settings.mode == Mode.POLLING
    assert "42:abc" not in repr(settings)  # the token never reaches the logs


def test_modes() -> None:
    assert TelegramSettings().mode == Mode.OFF
    hooked = TelegramSettings(token="t", webhook_url="https://x/y", webhook_secret="s")
    assert hooked.mode == Mode.WEBHOOK
    with pytest.raises(ValueError, match="TELEGRAM_WEBHOOK_SECRET"):
        TelegramSettings(token="t", webhook_url="https://x/y")


async def test_without_a_token_there_is_no_webhook(redis: Redis) -> None:
    app = web.Application()
    hub = HubDouble(redis)
    setup_telegram(app, TelegramSettings(), hub=lambda _: hub, redis=lambda _: redis)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        response = await client.post("/telegram/webhook", json={})
        assert response.status == 404
        response.release()
    assert hub.channels == {}


@pytest.fixture()
async def polling(
    redis: Redis, bot_api: tuple[BotApi, str]
) -> AsyncIterator[tuple[BotApi, HubDouble]]:
    api, base = bot_api
    hub = HubDouble(redis)
    settings = TelegramSettings(token=TOKEN, api_base_url=f"{base}/bot")
    app = web.Application()
    setup_telegram(app, settings, hub=lambda _: hub, redis=lambda _: redis)
    async with TestClient(TestServer(app, host="127.0.0.1")):
        yield api, hub


async def test_long_polling_answers_customers(
    polling: tuple[BotApi, HubDouble],
) -> None:
    api, hub = polling
    assert api.of("deleteWebhook")
    assert "telegram" in hub.channels
    api.pending_updates.append(updates.text(555004, "polling works?"))
    sent = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 555004)
    assert sent["text"] == "Bot: polling works?"
