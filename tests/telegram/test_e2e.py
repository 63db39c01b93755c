"""End to end: a Telegram customer, the real hub process, Rasa with the trained model.

Real Rasa server and action server (newest model in ``models/``), real Redis, the
hub started as ``python -m handoff serve`` with Telegram in webhook mode; only
Telegram's servers are the local stand-in (in this test's event loop).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from handoff import notices
from handoff.telegram.web import SECRET_HEADER, WEBHOOK_PATH
from scripts.processes import free_port, start, stop, venv_bin, wait_http
from tests.support.fixtures import HubStarter
from tests.telegram import updates
from tests.telegram.bot_api import BotApi
from tests.telegram.conftest import SECRET, TOKEN
from tests.telegram.updates import AGENT_CHAT

pytestmark = [pytest.mark.e2e, pytest.mark.model]

ANA = 557001
BEA = 424242
HUB_NOTICES = {notices.BOT_UNAVAILABLE, notices.CSAT_QUESTION}
# Runs the test against another model than the newest in models/ (e.g. a
# feature branch's), in its own Rasa server.
MODEL_ENV = "UNCANNED_E2E_MODEL"


@pytest.fixture()
def rasa_url(
    request: pytest.FixtureRequest, action_server: str, logs_dir: Path
) -> Iterator[str]:
    """The session's Rasa server, or one with ``$UNCANNED_E2E_MODEL``."""
    model = os.environ.get(MODEL_ENV)
    if not model:
        yield request.getfixturevalue("rasa_server")
        return
    port = free_port()
    endpoints = logs_dir / "tg-endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "{action_server}"\n')
    argv = [venv_bin("rasa"), "run", "--enable-api", "--interface", "127.0.0.1"]
    argv += ["--port", str(port), "--model", model, "--endpoints", str(endpoints)]
    proc = start("tg-rasa", argv, {}, logs_dir)
    try:
        wait_http(f"http://127.0.0.1:{port}/status", proc, timeout=600)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


async def test_person_request_to_topic_to_customer_and_back_to_the_bot(
    rasa_url: str, start_hub: HubStarter, bot_api: tuple[BotApi, str]
) -> None:
    api, base = bot_api
    env = {
        "TELEGRAM_TOKEN": TOKEN,
        "TELEGRAM_AGENT_CHAT_ID": str(AGENT_CHAT),
        "TELEGRAM_WEBHOOK_URL": "https://hub.example.test/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": f"{base}/bot",
        "TELEGRAM_FILE_BASE_URL": f"{base}/file/bot",
        "HUB_KEY_PREFIX": "tge2e",
    }
    # The hub calls the stand-in while it starts, so it must not block this loop.
    hub_url, _ = await asyncio.to_thread(start_hub, rasa_url=rasa_url, **env)
    assert api.of("setWebhook")[0]["secret_token"] == SECRET

    async with aiohttp.ClientSession() as session:

        async def post(update: dict[str, Any]) -> None:
            async with session.post(
                hub_url + WEBHOOK_PATH, json=update, headers={SECRET_HEADER: SECRET}
            ) as response:
                assert response.status == 200

        def to_ana(p: dict[str, Any]) -> bool:
            return p["chat_id"] == ANA

        await post(updates.text(ANA, "hello"))
        hello = await api.wait_for("sendMessage", to_ana, timeout=60)
        assert hello["text"] and hello["text"] not in HUB_NOTICES

        await post(updates.text(ANA, "I want to talk to a person"))
        await api.wait_for("createForumTopic", timeout=60)
        brief = await api.wait_for(
            "sendMessage", lambda p: "Reason:" in str(p.get("text")), timeout=30
        )
        assert "Reason: bot_unavailable" not in brief["text"]
        thread = int(brief["message_thread_id"])

        await post(updates.in_topic(thread, "Hi, Bea here. How can I help?"))
        await api.wait_for(
            "sendMessage", lambda p: to_ana(p) and "Bea here" in p["text"], timeout=30
        )

        await post(updates.photo(ANA))
        await api.wait_for(
            "copyMessage", lambda p: p.get("message_thread_id") == thread, timeout=30
        )

        await post(updates.in_topic(thread, "/resolve", agent_id=BEA))
        await api.wait_for("closeForumTopic", timeout=30)
        answered = len(api.of("sendMessage"))

        await post(updates.text(ANA, "hello again"))
        again = await api.wait_for(
            "sendMessage",
            lambda p: (
                to_ana(p)
                and p["text"] not in HUB_NOTICES
                and p in api.of("sendMessage")[answered:]
            ),
            timeout=60,
        )
        assert again["text"] and again["text"] not in HUB_NOTICES
