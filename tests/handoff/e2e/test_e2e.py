"""The whole path with real processes: Redis, action server, Rasa (real model), hubs."""

from __future__ import annotations

import json
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from scripts.processes import kill, stop
from tests.handoff.e2e.conftest import PASSWORD
from tests.support.fixtures import HubStarter, start_rasa

pytestmark = [pytest.mark.e2e, pytest.mark.model]

HANDOFF_REASONS = {
    "explicit_request",
    "complaint",
    "frustration",
    "rising_frustration",
    "repeated_fallback",
    "loop",
    "abuse",
}


async def say(s: aiohttp.ClientSession, hub: str, sender: str, text: str) -> list[Any]:
    async with s.post(
        f"{hub}/webhooks/rest/webhook", json={"sender": sender, "message": text}
    ) as r:
        assert r.status == 200, await r.text()
        return list(await r.json())


async def bearer(s: aiohttp.ClientSession, hub: str, name: str) -> dict[str, str]:
    async with s.post(
        f"{hub}/api/login", json={"username": name, "password": PASSWORD}
    ) as r:
        assert r.status == 200
        return {"Authorization": f"Bearer {(await r.json())['token']}"}


async def detail(
    s: aiohttp.ClientSession, hub: str, cid: str, h: dict[str, str]
) -> dict[str, Any]:
    async with s.get(f"{hub}/api/conversations/{cid}", headers=h) as r:
        assert r.status == 200
        return dict(await r.json())


def tracker_texts(rasa: str, cid: str) -> list[str]:
    with urllib.request.urlopen(f"{rasa}/conversations/{cid}/tracker") as r:
        tracker = json.load(r)
    return [e.get("text") for e in tracker["events"] if e.get("event") == "user"]


async def test_complaint_to_agent_and_back_to_the_bot(
    hub_url: str, rasa_server: str
) -> None:
    sender = f"e2e{uuid.uuid4().hex[:8]}"
    cid = f"rest:{sender}"
    async with aiohttp.ClientSession() as s:
        ana = await bearer(s, hub_url, "ana")
        first = await say(s, hub_url, sender, "hello")
        assert first and first[0]["text"]
        replies = await say(s, hub_url, sender, "my order is late again, useless")
        convo = await detail(s, hub_url, cid, ana)
        if convo["status"] == "bot":  # not handed off on the complaint alone
            replies += await say(s, hub_url, sender, "I want to talk to a real person")
        assert all("custom" not in r for r in replies)
        convo = await detail(s, hub_url, cid, ana)
        assert convo["status"] == "queued", replies
        assert convo["handoff"]["reason"] in HANDOFF_REASONS
        assert 0.0 <= convo["handoff"]["score"] <= 1.0

        async with s.post(f"{hub_url}/api/conversations/{cid}/claim", headers=ana) as r:
            assert r.status == 200
        async with s.post(
            f"{hub_url}/api/conversations/{cid}/messages",
            headers=ana,
            json={"text": "Hi, I'm Ana from the team. Let me look.", "private": False},
        ) as r:
            assert r.status == 200
        # A REST customer gets the agent's waiting reply with their next message.
        answer = await say(s, hub_url, sender, "it is order 104233")
        assert [m["text"] for m in answer] == [
            "Hi, I'm Ana from the team. Let me look."
        ]
        assert "it is order 104233" not in tracker_texts(rasa_server, cid)
        async with s.get(f"{hub_url}/webhooks/rest/messages?sender={sender}") as r:
            assert await r.json() == []
        convo = await detail(s, hub_url, cid, ana)
        assert convo["transcript"][-1]["text"] == "it is order 104233"

        async with s.post(
            f"{hub_url}/api/conversations/{cid}/resolve",
            headers=ana,
            json={"resume_bot": True},
        ) as r:
            assert r.status == 200
        again = await say(s, hub_url, sender, "what is your returns policy")
        assert any(r.get("text") for r in again)
        texts = tracker_texts(rasa_server, cid)
        assert texts[-1] == "what is your returns policy"
        assert "it is order 104233" not in texts  # nothing replayed


async def test_killing_rasa_mid_chat_queues_and_loses_nothing(
    start_hub: HubStarter, action_server: str, logs_dir: Path, e2e_agents: list[str]
) -> None:
    rasa_url, rasa = start_rasa(action_server, logs_dir, name="rasa-doomed")
    try:
        hub, _ = start_hub(rasa_url=rasa_url)
        sender = f"kill{uuid.uuid4().hex[:8]}"
        async with aiohttp.ClientSession() as s:
            ana = await bearer(s, hub, "ana")
            assert (await say(s, hub, sender, "hi there"))[0]["text"]
            kill(rasa)
            replies = await say(s, hub, sender, "where is order 104233")
            assert "can't answer right now" in replies[0]["text"]
            convo = await detail(s, hub, f"rest:{sender}", ana)
            assert convo["status"] == "queued"
            assert convo["handoff"]["reason"] == "bot_unavailable"
            said = [m["text"] for m in convo["transcript"] if m["role"] == "customer"]
            assert said == ["hi there", "where is order 104233"]
    finally:
        stop(rasa)


async def test_two_hubs_serve_the_same_conversations(
    start_hub: HubStarter, e2e_agents: list[str]
) -> None:
    one, _ = start_hub(rasa_url="http://127.0.0.1:9")  # bot down: everything queues
    two, _ = start_hub(rasa_url="http://127.0.0.1:9")
    sender = f"two{uuid.uuid4().hex[:8]}"
    cid = f"rest:{sender}"
    async with aiohttp.ClientSession() as s:
        ana = await bearer(s, two, "ana")
        async with s.ws_connect(f"{two}/ws/agent", headers={"Origin": two}) as ws:
            await ws.send_json({"type": "auth", "token": ana["Authorization"][7:]})
            assert (await ws.receive_json(timeout=10))["type"] == "hello"
            await say(s, one, sender, "hello")  # queued by hub one
            while (event := await ws.receive_json(timeout=10))["type"] != "queued":
                pass
            assert event["conversation_id"] == cid
            async with s.post(f"{two}/api/conversations/{cid}/claim", headers=ana) as r:
                assert r.status == 200
            await say(s, one, sender, "are you there?")
            while (event := await ws.receive_json(timeout=10))["type"] != "message":
                pass
            assert event["message"]["text"] == "are you there?"
        async with s.post(
            f"{two}/api/conversations/{cid}/messages",
            headers=ana,
            json={"text": "Yes!"},
        ) as r:
            assert r.status == 200
        async with s.get(f"{one}/webhooks/rest/messages?sender={sender}") as r:
            assert [m["text"] for m in await r.json()] == ["Yes!"]
