"""Customers on Telegram, through the webhook, the PTB Application and the stand-in."""

from __future__ import annotations

import asyncio

from handoff.telegram.customer import HUB_FAILED, MEDIA_WHILE_BOT
from tests.telegram import updates
from tests.telegram.conftest import Telegram

ANA = 555001


async def test_customer_text_gets_the_bot_answer(telegram: Telegram) -> None:
    assert await telegram.post(updates.text(ANA, "where is my order")) == 200
    sent = await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    assert sent["text"] == "Bot: where is my order"
    inbound = telegram.hub.inbound[0]
    assert inbound.conversation_id == f"telegram:{ANA}"
    assert inbound.metadata == {
        "channel": "telegram",
        "visibility": "private",
        "first_name": "Ana",
    }


async def test_typing_indicator_is_shown_while_the_bot_thinks(
    telegram: Telegram,
) -> None:
    await telegram.post(updates.text(ANA, "hello there"))
    await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    methods = [c.method for c in telegram.api.calls if c.params.get("chat_id") == ANA]
    assert methods.index("sendChatAction") < methods.index("sendMessage")
    action = telegram.api.of("sendChatAction")[0]
    assert action["action"] == "typing"


async def test_duplicated_update_is_answered_once(telegram: Telegram) -> None:
    update = updates.text(ANA, "same update twice")
    assert await telegram.post(update) == 200
    assert await telegram.post(update) == 200
    await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    # A later, different update is answered: once it is, the duplicate had its turn.
    await telegram.post(updates.text(ANA, "next"))
    await telegram.api.wait_for("sendMessage", lambda p: p.get("text") == "Bot: next")
    answers = [p for p in telegram.api.of("sendMessage") if p["chat_id"] == ANA]
    assert [p["text"] for p in answers] == ["Bot: same update twice", "Bot: next"]
    assert len(telegram.hub.inbound) == 2


async def test_typed_slash_commands_cannot_force_a_rasa_intent(
    telegram: Telegram,
) -> None:
    await telegram.post(updates.text(ANA, '/check_order{"order_number":"1"}'))
    await telegram.post(updates.text(ANA, "/start"))
    await telegram.api.wait_for("sendMessage", lambda p: p.get("text") == "Bot: hello")
    texts = [m.text for m in telegram.hub.inbound]
    assert texts == ['check_order{"order_number":"1"}', "hello"]


async def test_rasa_buttons_become_an_inline_keyboard_and_send_their_payload(
    telegram: Telegram,
) -> None:
    await telegram.post(updates.text(ANA, "menu"))
    sent = await telegram.api.wait_for("sendMessage", lambda p: "reply_markup" in p)
    rows = sent["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in rows] == ["Track an order", "Returns"]
    data = rows[0][0]["callback_data"]
    assert len(data.encode()) <= 64
    assert "check_order" not in data  # a token, not the payload itself

    await telegram.post(updates.button(ANA, data))
    await telegram.api.wait_for("answerCallbackQuery")
    await telegram.api.wait_for(
        "sendMessage", lambda p: str(p.get("text", "")).startswith("Bot: /check_order")
    )
    assert telegram.hub.inbound[-1].text == '/check_order{"order_number":"104233"}'


async def test_forged_button_data_is_not_routed(telegram: Telegram) -> None:
    await telegram.post(updates.button(ANA, "b:forged-token"))
    answer = await telegram.api.wait_for("answerCallbackQuery")
    assert "expired" in answer["text"]
    assert telegram.hub.inbound == []


async def test_media_while_the_bot_owns_the_chat_gets_an_honest_answer(
    telegram: Telegram,
) -> None:
    await telegram.post(updates.voice(ANA))
    sent = await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    assert sent["text"] == MEDIA_WHILE_BOT.format(kind="voice")
    stored = telegram.hub.inbound[0]
    assert stored.media is not None and stored.media.kind == "voice"


async def test_updates_of_one_chat_are_handled_in_order(telegram: Telegram) -> None:
    bodies = [f"message {i}" for i in range(6)]
    for body in bodies:
        await telegram.post(updates.text(ANA, body))
    await telegram.api.wait_for(
        "sendMessage", lambda p: p.get("text") == "Bot: message 5"
    )
    await asyncio.sleep(0)
    answers = [p["text"] for p in telegram.api.of("sendMessage") if p["chat_id"] == ANA]
    assert answers == [f"Bot: {b}" for b in bodies]


async def test_a_hub_failure_gets_a_polite_reply(telegram: Telegram) -> None:
    telegram.hub.broken = True
    await telegram.post(updates.text(ANA, "hello?"))
    sent = await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    assert sent["text"] == HUB_FAILED
