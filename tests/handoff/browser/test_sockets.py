"""The websockets without a browser: Origin, auth, isolation, shutdown, event views."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from aiohttp import WSCloseCode, WSMsgType, web
from aiohttp.test_utils import TestClient, TestServer

from handoff.web.fanout import chat_view, normalise
from tests.handoff.browser.backend import BACKEND, PASSWORD, create_app

ClientFactory = Callable[[web.Application], Awaitable[TestClient]]


@pytest.fixture()
async def client(aiohttp_client: Any, redis_socket: str) -> TestClient:
    """A test client of the hub's web side with the test backend."""
    test_client: TestClient = await aiohttp_client(create_app(redis_socket))
    return test_client


def own_origin(client: TestClient) -> dict[str, str]:
    """The hub's own ``Origin`` header."""
    return {"Origin": f"http://{client.server.host}:{client.server.port}"}


async def token(client: TestClient) -> str:
    """Signs ``ana`` in and returns her token."""
    response = await client.post(
        "/api/login", json={"username": "ana", "password": PASSWORD}
    )
    return str((await response.json())["token"])


@pytest.mark.parametrize("path", ["/ws/agent", "/ws/chat?sender=origin01"])
@pytest.mark.parametrize("origin", ["http://evil.example", None])
async def test_foreign_or_missing_origin_is_refused(
    client: TestClient, path: str, origin: str | None
) -> None:
    headers = {"Origin": origin} if origin else {}
    with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
        await client.ws_connect(path, headers=headers)
    assert caught.value.status == 403


async def test_agent_socket_without_a_valid_token_is_closed(client: TestClient) -> None:
    ws = await client.ws_connect("/ws/agent", headers=own_origin(client))
    await ws.send_json({"type": "auth", "token": "forged"})
    error = await ws.receive_json()
    assert error == {"type": "error", "error": "Not authenticated."}
    closing = await ws.receive()
    assert closing.type == WSMsgType.CLOSE
    assert closing.data == WSCloseCode.POLICY_VIOLATION


async def test_agent_socket_gets_events_and_chat_gets_only_its_own(
    client: TestClient,
) -> None:
    agent = await client.ws_connect("/ws/agent", headers=own_origin(client))
    await agent.send_json({"type": "auth", "token": await token(client)})
    assert (await agent.receive_json())["type"] == "hello"
    chat = await client.ws_connect(
        "/ws/chat?sender=sock01&name=Ines", headers=own_origin(client)
    )
    await chat.send_json({"type": "message", "text": "agent please"})
    # Routing replies and fanned-out events race; the set of frames is what counts.
    frames = [await chat.receive_json() for _ in range(4)]
    kinds = sorted(f["type"] for f in frames)
    assert kinds == ["ack", "message", "queue_position", "queued"]
    bot = next(f for f in frames if f["type"] == "message")
    assert bot["message"]["role"] == "bot"
    position = next(f for f in frames if f["type"] == "queue_position")
    assert position["position"] == 1 and position["eta_seconds"] == 120

    seen = [await agent.receive_json() for _ in range(3)]
    assert [e["type"] for e in seen] == ["message", "queued", "queue_position"]
    assert seen[0]["message"]["text"] == "agent please"
    # The customer's own echo and the handoff internals stay with the agents.
    assert all("reason" not in f for f in frames)
    assert client.app is not None
    assert client.app[BACKEND].conversations["webchat:sock01"].first_name == "Ines"
    await agent.close()
    await chat.close()


async def test_bad_chat_frames_get_a_clear_error_and_the_socket_stays_open(
    client: TestClient,
) -> None:
    chat = await client.ws_connect("/ws/chat?sender=bad01", headers=own_origin(client))
    await chat.send_str("not json")
    assert (await chat.receive_json())["type"] == "error"
    await chat.send_json({"type": "message", "text": "x" * 5000})
    assert "4000 characters" in (await chat.receive_json())["error"]
    await chat.send_json({"type": "message", "text": "hello"})
    assert (await chat.receive_json()) == {"type": "ack"}
    await chat.close()


async def test_chat_socket_needs_a_well_formed_sender(client: TestClient) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
        await client.ws_connect("/ws/chat?sender=a:b", headers=own_origin(client))
    assert caught.value.status == 400


async def test_shutdown_closes_open_sockets_with_going_away(
    aiohttp_client: Any, redis_socket: str
) -> None:
    server = TestServer(create_app(redis_socket))
    test_client = TestClient(server)
    await test_client.start_server()
    headers = {"Origin": f"http://{server.host}:{server.port}"}
    chat = await test_client.ws_connect("/ws/chat?sender=bye01", headers=headers)
    assert server.runner is not None
    await server.runner.shutdown()  # runs on_shutdown
    closing = await chat.receive()
    assert closing.type == WSMsgType.CLOSE
    assert closing.data == WSCloseCode.GOING_AWAY
    await test_client.close()


def test_chat_view_hides_notes_customer_echoes_and_handoff_internals() -> None:
    note = {
        "type": "message",
        "conversation_id": "webchat:x",
        "message": {"role": "note", "text": "upset"},
    }
    echo = {
        "type": "message",
        "conversation_id": "webchat:x",
        "message": {"role": "customer", "text": "hi"},
    }
    queued = {
        "type": "queued",
        "conversation_id": "webchat:x",
        "reason": "abuse",
        "signals": [{"name": "insult"}],
        "position": 2,
    }
    bot = {
        "type": "message",
        "conversation_id": "webchat:x",
        "message": {"role": "bot", "text": "hello again"},
    }
    assert chat_view(note) is None
    assert chat_view(echo) is None
    assert chat_view(bot) is None
    assert chat_view(queued) == {"type": "queued", "position": 2}
    agent = {
        "type": "message",
        "message": {
            "role": "agent",
            "text": "hello",
            "agent_name": "ana",
            "private": False,
        },
    }
    assert chat_view(agent) == {
        "type": "message",
        "message": {"role": "agent", "text": "hello", "agent_name": "ana"},
    }
    assert json.dumps(chat_view(agent))


@dataclass(frozen=True)
class BusEvent:
    """The bus's event form (``kind``, ``conversation_id``, ``data``)."""

    kind: str
    conversation_id: str
    data: dict[str, Any]


def test_bus_events_in_kind_form_are_normalised_for_the_web_side() -> None:
    agent_msg = normalise(
        BusEvent("agent_message", "rest:a", {"agent": "ana", "text": "hi"})
    )
    assert agent_msg == {
        "type": "message",
        "conversation_id": "rest:a",
        "message": {"role": "agent", "text": "hi", "agent_name": "ana"},
    }
    note = normalise(
        {"kind": "note", "conversation_id": "rest:a", "data": {"text": "x"}}
    )
    assert note is not None and note["message"]["role"] == "note"
    assert chat_view(note) is None
    queued = normalise(
        BusEvent("queued", "rest:a", {"handoff": {"reason": "complaint", "score": 0.7}})
    )
    assert queued is not None
    assert queued["type"] == "queued" and queued["reason"] == "complaint"
    assert normalise({"nothing": 1}) is None
