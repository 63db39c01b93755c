"""The router and agent API against a real Redis and a Rasa stand-in."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from handoff.keys import Keys
from tests.handoff.conftest import FakeRasa, HubFactory, login

WEBHOOK = "/webhooks/rest/webhook"


async def say(client: TestClient, sender: str, text: str) -> list[dict]:
    r = await client.post(WEBHOOK, json={"sender": sender, "message": text})
    assert r.status == 200, await r.text()
    return await r.json()


async def test_bot_owned_message_goes_to_rasa_and_is_stored(
    hub: TestClient, fake_rasa: FakeRasa, redis: Redis
) -> None:
    replies = await say(hub, "alice", "where is my order")
    assert replies == [
        {"recipient_id": "rest:alice", "text": "bot heard: where is my order"}
    ]
    assert fake_rasa.messages[0]["sender"] == "rest:alice"
    assert fake_rasa.messages[0]["metadata"]["channel"] == "rest"
    entries = await redis.xrange(Keys().transcript("rest:alice"))
    assert [e[1]["role"] for e in entries] == ["customer", "bot"]


async def test_full_handoff_claim_reply_resolve(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana = await login(hub, "ana")
    replies = await say(hub, "bob", "I want a person now")
    texts = [r.get("text", "") for r in replies]
    assert texts[0] == "I'll get you a person."
    assert "number 1 in the queue" in texts[1]
    assert all("custom" not in r for r in replies)  # the payload is for the hub

    queue = await (await hub.get("/api/queue", headers=ana)).json()
    assert [i["conversation_id"] for i in queue["queue"]] == ["rest:bob"]
    assert queue["queue"][0]["reason"] == "explicit_request"

    detail = await (await hub.get("/api/conversations/rest:bob", headers=ana)).json()
    assert detail["status"] == "queued"
    assert detail["handoff"]["signals"][0]["name"] == "explicit_request"
    assert detail["handoff"]["topic"] == "order_status"

    r = await hub.post("/api/conversations/rest:bob/claim", headers=ana)
    assert r.status == 200
    ben = await login(hub, "ben")
    r = await hub.post("/api/conversations/rest:bob/claim", headers=ben)
    assert r.status == 409
    assert "ana" in (await r.json())["error"]

    r = await hub.post(
        "/api/conversations/rest:bob/messages",
        headers=ana,
        json={"text": "Hi Bob, Ana here.", "private": False},
    )
    assert r.status == 200
    r = await hub.post(
        "/api/conversations/rest:bob/messages",
        headers=ana,
        json={"text": "refund approved internally", "private": True},
    )
    assert r.status == 200
    pending = await (await hub.get(f"{WEBHOOK[:-8]}/messages?sender=bob")).json()
    assert [m["text"] for m in pending] == ["Hi Bob, Ana here."]  # no note

    sent_before = len(fake_rasa.messages)
    assert await say(hub, "bob", "thanks, it was order 104233") == []
    assert len(fake_rasa.messages) == sent_before  # never to Rasa
    detail = await (await hub.get("/api/conversations/rest:bob", headers=ana)).json()
    assert detail["transcript"][-1]["text"] == "thanks, it was order 104233"

    r = await hub.post(
        "/api/conversations/rest:bob/resolve", headers=ana, json={"resume_bot": True}
    )
    assert r.status == 200 and (await r.json())["status"] == "bot"
    assert fake_rasa.events == [("rest:bob", {"event": "resume"})]
    csat = await (await hub.get(f"{WEBHOOK[:-8]}/messages?sender=bob")).json()
    assert "1 (poor) to 5 (great)" in csat[0]["text"]
    assert (await say(hub, "bob", "5"))[0]["text"].startswith("Thank you for rating")
    assert len(fake_rasa.messages) == sent_before  # the rating stays with the hub
    replies = await say(hub, "bob", "do you sell boots")
    assert replies[0]["text"] == "bot heard: do you sell boots"
    assert fake_rasa.texts()[-1] == "do you sell boots"  # nothing replayed


async def test_no_rating_question_while_still_angry(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana = await login(hub, "ana")
    await say(hub, "cy", "get me a person")
    await hub.post("/api/conversations/rest:cy/claim", headers=ana)
    await say(hub, "cy", "This is terrible, I am furious and disgusted with you")
    await hub.post("/api/conversations/rest:cy/resolve", headers=ana, json={})
    pending = await (await hub.get("/webhooks/rest/messages?sender=cy")).json()
    assert not any("1 (poor)" in m["text"] for m in pending)


async def test_claim_race_has_exactly_one_winner(
    hub: TestClient, redis: Redis, agents: list[str]
) -> None:
    from handoff.auth import Auth
    from handoff.settings import Settings

    auth = Auth(redis, Keys(), Settings())
    names = [f"agent{i:02d}" for i in range(50)]
    for name in names:
        await auth.add_agent(name, "agent", "correct horse battery")
    headers = [await login(hub, name) for name in names]
    await say(hub, "dee", "a person please")
    results = await asyncio.gather(
        *(hub.post("/api/conversations/rest:dee/claim", headers=h) for h in headers)
    )
    statuses = sorted(r.status for r in results)
    assert statuses.count(200) == 1 and statuses.count(409) == 49
    winner = names[[r.status for r in results].index(200)]
    detail = await (
        await hub.get("/api/conversations/rest:dee", headers=headers[0])
    ).json()
    assert detail["assignee"] == winner


async def test_rasa_down_queues_bot_unavailable_and_keeps_the_message(
    make_hub: HubFactory, agents: list[str], redis: Redis
) -> None:
    hub = await make_hub(rasa_url="http://127.0.0.1:9")  # nothing listens there
    ana = await login(hub, "ana")
    replies = await say(hub, "eve", "my parcel never came")
    assert "can't answer right now" in replies[0]["text"]
    detail = await (await hub.get("/api/conversations/rest:eve", headers=ana)).json()
    assert detail["status"] == "queued"
    assert detail["handoff"]["reason"] == "bot_unavailable"
    assert detail["transcript"][0]["text"] == "my parcel never came"


async def test_slow_rasa_times_out_into_the_queue(
    make_hub: HubFactory, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    fake_rasa.delay = 1.5
    hub = await make_hub(bot_timeout=0.3)
    ana = await login(hub, "ana")
    await say(hub, "fay", "hello?")
    detail = await (await hub.get("/api/conversations/rest:fay", headers=ana)).json()
    assert detail["handoff"]["reason"] == "bot_unavailable"


async def test_nobody_online_gets_an_honest_follow_up_offer(
    hub: TestClient, fake_rasa: FakeRasa
) -> None:
    replies = await say(hub, "gus", "I need a person")
    notice = replies[-1]["text"]
    assert "Nobody from our team is available" in notice
    assert "email address or phone number" in notice


async def test_outside_business_hours(
    make_hub: HubFactory, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    hub = await make_hub(business_days=frozenset())  # closed every day
    await login(hub, "ana")
    replies = await say(hub, "hal", "a person please")
    assert "Nobody from our team" in replies[-1]["text"]


async def test_transfer_and_requeue(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana, ben = await login(hub, "ana"), await login(hub, "ben")
    await say(hub, "ivy", "person please")
    await hub.post("/api/conversations/rest:ivy/claim", headers=ana)
    r = await hub.post(
        "/api/conversations/rest:ivy/transfer", headers=ben, json={"to": "ben"}
    )
    assert r.status == 409  # only the holder (or a supervisor) transfers
    r = await hub.post(
        "/api/conversations/rest:ivy/transfer", headers=ana, json={"to": "ben"}
    )
    assert (await r.json())["assignee"] == "ben"
    r = await hub.post(
        "/api/conversations/rest:ivy/transfer", headers=ben, json={"to": None}
    )
    assert (await r.json())["status"] == "queued"
    r = await hub.post(
        "/api/conversations/rest:ivy/transfer", headers=ana, json={"to": "zed"}
    )
    assert r.status in (404, 409)
    r = await hub.post("/api/conversations/rest:ivy/claim", headers=ana)
    assert r.status == 200
    r = await hub.post("/api/conversations/rest:ivy/close", headers=ana)
    assert (await r.json())["status"] == "closed"
    replies = await say(hub, "ivy", "hello again")  # a closed one reopens with the bot
    assert replies[0]["text"] == "bot heard: hello again"


async def test_events_reach_a_second_hub(
    make_hub: HubFactory, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    one, two = await make_hub(), await make_hub()
    ana = await login(two, "ana")  # a session made on one hub works on the other
    ws = await two.ws_connect(
        "/ws/agent", headers={"Origin": str(two.make_url("")).rstrip("/")}
    )
    await ws.send_json({"type": "auth", "token": ana["Authorization"][7:]})
    assert (await ws.receive_json(timeout=5))["type"] == "hello"
    await say(one, "jo", "a person please")
    event = await ws.receive_json(timeout=5)
    while event.get("type") != "queued":
        event = await ws.receive_json(timeout=5)
    assert event["conversation_id"] == "rest:jo"
    r = await one.post("/api/conversations/rest:jo/claim", headers=ana)
    assert r.status == 200
    await say(one, "jo", "still there?")
    while (event := await ws.receive_json(timeout=5)).get("type") != "message":
        pass
    assert event["message"]["role"] == "customer"
    assert event["message"]["text"] == "still there?"
    await ws.close()
