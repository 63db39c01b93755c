"""The webhook endpoint: secret token, bad bodies, registration with Telegram."""

from __future__ import annotations

import logging

import pytest

from tests.telegram import updates
from tests.telegram.conftest import SECRET, Telegram


async def test_webhook_is_registered_with_the_secret(telegram: Telegram) -> None:
    registered = telegram.api.of("setWebhook")
    assert len(registered) == 1
    assert registered[0]["url"] == "https://hub.example.test/telegram/webhook"
    assert registered[0]["secret_token"] == SECRET


async def test_forged_secret_is_refused_and_not_processed(telegram: Telegram) -> None:
    assert await telegram.post(updates.text(1, "hi"), secret="guess") == 403
    assert await telegram.post(updates.text(1, "hi"), secret=None) == 403
    assert await telegram.post(updates.text(1, "hi"), secret=SECRET + "x") == 403
    # The genuine update after them is processed; the forged ones never were.
    assert await telegram.post(updates.text(2, "genuine")) == 200
    await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == 2)
    assert [m.conversation_id for m in telegram.hub.inbound] == ["telegram:2"]


async def test_malformed_body_is_a_clear_400(telegram: Telegram) -> None:
    response = await telegram.client.post(
        "/telegram/webhook",
        data=b"{not json",
        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Connection": "close"},
    )
    assert response.status == 400
    assert "not a Telegram update" in (await response.json())["error"]


async def test_other_groups_are_ignored_and_their_id_logged(
    telegram: Telegram, caplog: pytest.LogCaptureFixture
) -> None:
    update = updates.in_topic(5, "hello")
    update["message"]["chat"]["id"] = -100999
    caplog.set_level(logging.INFO, logger="handoff.telegram.application")
    await telegram.post(update)
    await telegram.post(updates.text(3, "after"))
    await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == 3)
    assert "message in group -100999" in caplog.text
    assert [m.conversation_id for m in telegram.hub.inbound] == ["telegram:3"]
