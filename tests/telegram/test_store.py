"""The Redis side: one topic per conversation under races, restarts, duplicates."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from handoff.telegram.store import ButtonStore, SeenOnce, TopicStore
from tests.telegram.updates import AGENT_CHAT


async def test_parallel_ensure_creates_one_topic(redis: Redis) -> None:
    created: list[str] = []

    async def create(name: str, colour: int) -> int:
        created.append(name)
        await asyncio.sleep(0.05)  # Telegram takes a while; others race meanwhile
        return 77

    # Separate stores stand for separate hub processes sharing one Redis.
    stores = [TopicStore(redis, AGENT_CHAT) for _ in range(20)]
    results = await asyncio.gather(
        *(s.ensure("telegram:1", "n", 1, create) for s in stores)
    )
    assert created == ["n"]
    assert {topic.thread_id for topic, _ in results} == {77}
    assert [was_created for _, was_created in results].count(True) == 1


async def test_failed_creation_releases_the_lock_for_a_retry(redis: Redis) -> None:
    store = TopicStore(redis, AGENT_CHAT)

    async def broken(name: str, colour: int) -> int:
        raise RuntimeError("Telegram down")

    async def working(name: str, colour: int) -> int:
        return 5

    try:
        await store.ensure("telegram:2", "n", 1, broken)
    except RuntimeError:
        pass
    else:
        raise AssertionError("the creator's error must propagate")
    topic, created = await store.ensure("telegram:2", "n", 1, working, wait_s=1)
    assert (topic.thread_id, created) == (5, True)


async def test_mapping_survives_a_restart(redis: Redis, redis_socket: str) -> None:
    async def create(name: str, colour: int) -> int:
        return 31

    await TopicStore(redis, AGENT_CHAT).ensure("telegram:3", "Ana", 2, create)
    fresh_client = Redis(unix_socket_path=redis_socket, decode_responses=True)
    try:
        again = TopicStore(fresh_client, AGENT_CHAT)
        topic = await again.get("telegram:3")
        assert topic is not None and (topic.thread_id, topic.name) == (31, "Ana")
        assert await again.conversation_of(31) == "telegram:3"
        assert await again.conversation_of(32) is None
    finally:
        await fresh_client.close()


async def test_update_ids_and_events_are_seen_once(redis: Redis) -> None:
    seen = SeenOnce(redis, ttl_s=60)
    assert await seen.first_update(1)
    assert not await seen.first_update(1)
    assert await seen.first_update(2)
    assert await seen.first_event("e1")
    assert not await seen.first_event("e1")
    assert 0 < await redis.ttl("uncanned:tg:seen:update:1") <= 60


async def test_button_tokens_map_back_to_issued_payloads(redis: Redis) -> None:
    buttons = ButtonStore(redis)
    long_payload = '/inform{"product":"' + "x" * 200 + '"}'
    token = await buttons.issue(long_payload)
    assert len(token.encode()) < 62
    assert await buttons.payload(token) == long_payload
    assert await buttons.payload("unknown") is None
