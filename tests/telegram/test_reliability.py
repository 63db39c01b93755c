"""Retries with back-off, the outbox, and two hub processes mirroring once."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis
from telegram import Bot

from handoff.telegram.mirror import TopicMirror
from handoff.telegram.ports import EventKind
from handoff.telegram.sender import Sender
from handoff.telegram.store import SeenOnce, TopicStore
from tests.telegram import updates
from tests.telegram.bot_api import BotApi
from tests.telegram.conftest import TOKEN, Telegram
from tests.telegram.hub_double import HANDOFF, HubDouble
from tests.telegram.updates import AGENT_CHAT

ANA = 555003


async def test_bot_api_errors_are_retried_and_the_answer_arrives(
    telegram: Telegram,
) -> None:
    telegram.api.fail("sendMessage", times=2, status=502)
    await telegram.post(updates.text(ANA, "still there?"))
    sent = await telegram.api.wait_for("sendMessage", lambda p: p["chat_id"] == ANA)
    assert sent["text"] == "Bot: still there?"
    assert len(telegram.api.of("sendMessage")) == 1


async def test_a_call_failing_every_attempt_is_parked_then_replayed(
    redis: Redis, bot_api: tuple[BotApi, str]
) -> None:
    api, base = bot_api
    async with Bot(TOKEN, base_url=f"{base}/bot") as bot:
        sender = Sender(bot, redis, max_attempts=3, backoff_s=0.01)
        api.fail("sendMessage", times=3, status=500)
        assert (
            await sender.call("send_message", chat_id=ANA, text="agent reply") is None
        )
        assert api.of("sendMessage") == []
        assert await redis.llen("uncanned:tg:outbox") == 1

        assert await sender.replay() == 1
        assert [p["text"] for p in api.of("sendMessage")] == ["agent reply"]
        assert await redis.llen("uncanned:tg:outbox") == 0


async def test_two_hub_processes_mirror_an_event_once(
    redis: Redis, bot_api: tuple[BotApi, str]
) -> None:
    api, base = bot_api
    hub = HubDouble(redis)
    async with Bot(TOKEN, base_url=f"{base}/bot") as bot:
        mirrors = [
            TopicMirror(
                hub,
                Sender(bot, redis, 3, 0.01),
                TopicStore(redis, AGENT_CHAT),
                SeenOnce(redis, 60),
                AGENT_CHAT,
            )
            for _ in range(2)
        ]
        tasks = [asyncio.create_task(m.run()) for m in mirrors]
        await asyncio.sleep(0.05)  # both subscribed
        try:
            await hub.publish(
                EventKind.QUEUED, f"telegram:{ANA}", handoff=HANDOFF, first_name="Ana"
            )
            await api.wait_for("sendMessage", lambda p: "Reason:" in str(p.get("text")))
            await hub.publish(EventKind.CLAIMED, f"telegram:{ANA}", agent="bea")
            await api.wait_for(
                "sendMessage", lambda p: p.get("text") == "Claimed by bea."
            )
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    assert len(api.of("createForumTopic")) == 1
    texts = [p["text"] for p in api.of("sendMessage")]
    assert sum("Reason:" in t for t in texts) == 1
    assert texts.count("Claimed by bea.") == 1
