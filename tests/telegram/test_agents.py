"""Agents on Telegram: topics, the brief, replies both ways, commands, console sync."""

from __future__ import annotations

from handoff.telegram.agents import HELD, NOT_DELIVERED
from handoff.telegram.mirror import fit
from handoff.telegram.naming import icon_colour
from tests.telegram import updates
from tests.telegram.conftest import Telegram
from tests.telegram.hub_double import HANDOFF_NOTICE
from tests.telegram.updates import AGENT_CHAT

ANA = 555002
BEA = 424242  # the agent's Telegram user id


async def hand_off(telegram: Telegram, chat_id: int = ANA) -> int:
    """Makes the customer complain; returns the new topic's thread id."""
    await telegram.post(updates.text(chat_id, "I have a complaint, it never arrived"))
    created = await telegram.api.wait_for("createForumTopic")
    brief = await telegram.api.wait_for(
        "sendMessage", lambda p: "Reason: complaint" in str(p.get("text"))
    )
    thread = int(brief["message_thread_id"])
    assert created["chat_id"] == AGENT_CHAT
    return thread


async def test_complaint_to_topic_to_customer_and_back_to_the_bot(
    telegram: Telegram,
) -> None:
    api = telegram.api
    thread = await hand_off(telegram)
    notice = await api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    assert notice["text"] == HANDOFF_NOTICE

    created = api.of("createForumTopic")[0]
    assert created["name"] == "🔴 P1 · Ana · complaint · queued"
    assert created["icon_color"] == icon_colour(1)
    brief = (
        api.of("sendMessage")[-1]
        if False
        else next(
            p for p in api.of("sendMessage") if p.get("message_thread_id") == thread
        )
    )
    assert brief["chat_id"] == AGENT_CHAT
    assert "Order 104233 never arrived" in brief["text"]
    assert "0.10 → 0.45 → 0.82" in brief["text"]
    assert "complaint (0.60: never arrived)" in brief["text"]

    await telegram.post(updates.in_topic(thread, "Hi Ana, I'm Bea. Checking now."))
    reply = await api.wait_for(
        "sendMessage", lambda p: p["chat_id"] == ANA and "Bea" in p["text"]
    )
    assert reply["text"] == "Hi Ana, I'm Bea. Checking now."
    renamed = await api.wait_for("editForumTopic")
    assert renamed["name"] == f"🔴 P1 · Ana · complaint · with telegram:{BEA}"

    # While a human owns it, the customer's text goes to the topic, not to the bot.
    await telegram.post(updates.text(ANA, "thanks, it's order 104233"))
    await api.wait_for(
        "sendMessage",
        lambda p: p.get("message_thread_id") == thread and "104233" in p["text"],
    )
    assert not any("Bot:" in str(p.get("text")) for p in api.of("sendMessage"))

    await telegram.post(updates.in_topic(thread, "/resolve"))
    await api.wait_for("closeForumTopic", lambda p: p["message_thread_id"] == thread)
    await telegram.post(updates.text(ANA, "one more question"))
    again = await api.wait_for(
        "sendMessage", lambda p: p["chat_id"] == ANA and p["text"].startswith("Bot:")
    )
    assert again["text"] == "Bot: one more question"


async def test_customer_photo_during_handoff_is_copied_to_the_topic(
    telegram: Telegram,
) -> None:
    thread = await hand_off(telegram)
    photo = updates.photo(ANA, caption="the box arrived like this")
    await telegram.post(photo)
    copied = await telegram.api.wait_for("copyMessage")
    assert copied["chat_id"] == AGENT_CHAT
    assert copied["from_chat_id"] == ANA
    assert copied["message_id"] == photo["message"]["message_id"]
    assert copied["message_thread_id"] == thread


async def test_agent_photo_in_the_topic_is_copied_to_the_customer(
    telegram: Telegram,
) -> None:
    thread = await hand_off(telegram)
    sticker = {
        "file_id": "CAAD-sticker",
        "file_unique_id": "u3",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    update = updates.in_topic(thread, sticker=sticker)
    await telegram.post(update)
    copied = await telegram.api.wait_for("copyMessage", lambda p: p["chat_id"] == ANA)
    assert copied["from_chat_id"] == AGENT_CHAT
    assert copied["message_id"] == update["message"]["message_id"]


async def test_note_is_private_and_claim_by_a_second_agent_is_refused(
    telegram: Telegram,
) -> None:
    thread = await hand_off(telegram)
    await telegram.post(updates.in_topic(thread, "/claim"))
    await telegram.api.wait_for(
        "sendMessage", lambda p: str(p.get("text")).startswith("Claimed by")
    )
    await telegram.post(updates.in_topic(thread, "/note refund was approved"))
    await telegram.post(updates.in_topic(thread, "/claim", agent_id=999))
    await telegram.api.wait_for("sendMessage", lambda p: p.get("text") == HELD)
    notes = await telegram.redis.lrange(f"test:notes:telegram:{ANA}", 0, -1)
    assert notes == ["refund was approved"]
    to_customer = [
        p["text"] for p in telegram.api.of("sendMessage") if p["chat_id"] == ANA
    ]
    assert to_customer == [HANDOFF_NOTICE]


async def test_console_claim_and_reply_show_in_the_topic(telegram: Telegram) -> None:
    thread = await hand_off(telegram)
    conversation = f"telegram:{ANA}"
    assert await telegram.hub.claim(conversation, "ana.console")
    await telegram.api.wait_for(
        "editForumTopic", lambda p: p["name"].endswith("with ana.console")
    )
    await telegram.hub.agent_message(conversation, "ana.console", "Sorry about that!")
    await telegram.api.wait_for(
        "sendMessage",
        lambda p: p["chat_id"] == ANA and p["text"] == "Sorry about that!",
    )
    mirrored = await telegram.api.wait_for(
        "sendMessage",
        lambda p: p.get("message_thread_id") == thread and "💬" in p["text"],
    )
    assert mirrored["text"] == "💬 ana.console: Sorry about that!"


async def test_second_handoff_reopens_the_same_topic(telegram: Telegram) -> None:
    thread = await hand_off(telegram)
    await telegram.post(updates.in_topic(thread, "/close"))
    await telegram.api.wait_for("closeForumTopic")
    await telegram.post(updates.text(ANA, "I want a person again"))
    await telegram.api.wait_for(
        "reopenForumTopic", lambda p: p["message_thread_id"] == thread
    )
    assert len(telegram.api.of("createForumTopic")) == 1
    briefs = [
        p for p in telegram.api.of("sendMessage") if "Reason:" in str(p.get("text"))
    ]
    await telegram.api.wait_for(
        "sendMessage",
        lambda p: "Reason:" in str(p.get("text")) and p is not briefs[0],
    )


async def test_agent_is_told_when_a_reply_was_not_delivered(telegram: Telegram) -> None:
    thread = await hand_off(telegram)
    telegram.hub.broken = True
    await telegram.post(updates.in_topic(thread, "are you there?"))
    await telegram.api.wait_for("sendMessage", lambda p: p.get("text") == NOT_DELIVERED)


def test_long_posts_are_cut_to_the_telegram_limit() -> None:
    assert fit("x" * 5000) == "x" * 4095 + "…"
    assert fit("short") == "short"


async def test_transfer_back_to_the_queue_renames_without_a_new_brief(
    telegram: Telegram,
) -> None:
    thread = await hand_off(telegram)
    await telegram.post(updates.in_topic(thread, "/claim"))
    await telegram.api.wait_for(
        "editForumTopic", lambda p: p["name"].endswith(f"with telegram:{BEA}")
    )
    await telegram.post(updates.in_topic(thread, "/transfer"))
    renamed = await telegram.api.wait_for(
        "editForumTopic", lambda p: p["name"].endswith("queued")
    )
    assert renamed["name"] == "🔴 P1 · Ana · complaint · queued"
    await telegram.post(updates.in_topic(thread, "/transfer nobody"))
    await telegram.api.wait_for(
        "sendMessage", lambda p: p.get("text") == "No agent named nobody."
    )
    briefs = [p for p in telegram.api.of("sendMessage") if "Reason:" in p["text"]]
    assert len(briefs) == 1
    assert telegram.api.of("reopenForumTopic") == []
