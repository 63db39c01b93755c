"""Bad input and auth: clear errors, nothing lost."""

from __future__ import annotations

from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from handoff.keys import Keys
from tests.handoff.conftest import FakeRasa, HubFactory, login

WEBHOOK = "/webhooks/rest/webhook"


async def test_agent_api_needs_a_session(hub: TestClient, agents: list[str]) -> None:
    for path in ("/api/queue", "/api/conversations/rest:x", "/api/me"):
        r = await hub.get(path)
        assert r.status == 401
        assert (await r.json())["error"] == "Sign in first."
    r = await hub.get("/api/queue", headers={"Authorization": "Bearer nope"})
    assert r.status == 401


async def test_login_rejects_a_wrong_password_and_accepts_the_cookie(
    hub: TestClient, agents: list[str]
) -> None:
    r = await hub.post("/api/login", json={"username": "ana", "password": "wrong-one"})
    assert r.status == 401
    r = await hub.post(
        "/api/login", json={"username": "ana", "password": "correct horse battery"}
    )
    assert r.status == 200 and "uncanned_session" in r.cookies
    me = await hub.get("/api/me")  # the client keeps the cookie
    assert (await me.json()) == {"username": "ana", "role": "agent"}


async def test_malformed_json_is_400(hub: TestClient) -> None:
    r = await hub.post(
        WEBHOOK, data=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert r.status == 400
    assert "valid JSON" in (await r.json())["error"]
    r = await hub.post(WEBHOOK, json=["a list"])
    assert r.status == 400
    r = await hub.post(WEBHOOK, json={"sender": "a b/c", "message": "hi"})
    assert r.status == 400 and "sender" in (await r.json())["error"]


async def test_oversized_body_is_413_with_a_message(hub: TestClient) -> None:
    r = await hub.post(WEBHOOK, json={"sender": "kim", "message": "x" * 100_000})
    assert r.status == 413
    assert "larger than" in (await r.json())["error"]
    r = await hub.post(WEBHOOK, json={"sender": "kim", "message": "x" * 5000})
    assert r.status == 413 and "4000 characters" in (await r.json())["error"]


async def test_rate_limit_is_429_and_keeps_the_message(
    make_hub: HubFactory, fake_rasa: FakeRasa, redis: Redis
) -> None:
    hub = await make_hub(rate_limit=3, rate_window=60)
    statuses = []
    for i in range(5):
        r = await hub.post(WEBHOOK, json={"sender": "lou", "message": f"m{i}"})
        statuses.append(r.status)
    assert statuses == [200, 200, 200, 429, 429]
    assert "faster than we can take" in (await r.json())["error"]
    texts = [e[1]["text"] for e in await redis.xrange(Keys().transcript("rest:lou"))]
    assert [t for t in texts if t.startswith("m")] == ["m0", "m1", "m2", "m3", "m4"]
    assert fake_rasa.texts() == ["m0", "m1", "m2"]


async def test_agent_reply_needs_the_conversation(
    hub: TestClient, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    ana, ben, sam = [await login(hub, n) for n in ("ana", "ben", "sam")]
    r = await hub.post("/api/conversations/rest:nobody/claim", headers=ana)
    assert r.status == 404
    await hub.post(WEBHOOK, json={"sender": "max", "message": "hello"})
    r = await hub.post(
        "/api/conversations/rest:max/messages", headers=ana, json={"text": "hi"}
    )
    assert r.status == 409  # the bot has it
    await hub.post(WEBHOOK, json={"sender": "max", "message": "a person please"})
    await hub.post("/api/conversations/rest:max/claim", headers=ana)
    r = await hub.post(
        "/api/conversations/rest:max/messages", headers=ben, json={"text": "hi"}
    )
    assert r.status == 409
    r = await hub.post(
        "/api/conversations/rest:max/messages", headers=ben, json={"text": " "}
    )
    assert r.status == 400
    r = await hub.post("/api/conversations/rest:max/resolve", headers=sam, json={})
    assert r.status == 200  # a supervisor may end anyone's conversation


async def test_secrets_stay_out_of_replies(hub: TestClient, agents: list[str]) -> None:
    r = await hub.post(
        "/api/login", json={"username": "ana", "password": "correct horse battery"}
    )
    body = await r.json()
    assert set(body) == {"token", "username", "role"}
    assert "correct horse battery" not in await r.text()
