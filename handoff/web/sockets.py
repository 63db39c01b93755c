"""Websocket endpoints: ``/ws/agent`` for the console and ``/ws/chat`` for the web chat.

Both check ``Origin`` (the hub's own origin or one listed in
``WebHooks.allowed_origins``; anything else gets 403 before the upgrade), run with a
heartbeat, and are tracked in a ``WeakSet`` so shutdown closes them with
``GOING_AWAY``. Events reach them through :mod:`handoff.web.fanout`.

The console socket authenticates with its first message,
``{"type": "auth", "token": "..."}`` (tokens never travel in URLs, so they never
land in access logs). The chat socket is bound to ``webchat:<sender>`` by the
``sender`` query parameter and sends ``{"type": "message", "text": "..."}``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from handoff.web.hooks import WEB_HOOKS, AgentIdentity

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 20.0
AUTH_TIMEOUT_SECONDS = 10.0
MAX_CHAT_TEXT = 4000
MAX_FRAME_BYTES = 16 * 1024
MAX_MSG_SIZE = 64 * 1024  # larger frames close the socket (aiohttp's limit)
SENDER_RE = re.compile(r"^[A-Za-z0-9_-]{4,64}$")
BAD_SENDER = "A sender id (4-64 letters, digits, - or _) is required."
BAD_FRAME = 'Send {"type": "message", "text": "..."}.'
TOO_LONG = f"Messages are limited to {MAX_CHAT_TEXT} characters."
NOT_TAKEN = "Sorry, we could not take that message. Please try again."


@dataclass(eq=False)
class AgentSocket:
    """One authenticated console connection."""

    ws: web.WebSocketResponse
    agent: AgentIdentity


@dataclass(eq=False)
class ChatSocket:
    """One web chat connection, bound to one conversation."""

    ws: web.WebSocketResponse
    conversation_id: str


@dataclass
class SocketRegistry:
    """Open websockets of this hub process (weakly held, closed on shutdown)."""

    agents: weakref.WeakSet[AgentSocket] = field(default_factory=weakref.WeakSet)
    chats: weakref.WeakSet[ChatSocket] = field(default_factory=weakref.WeakSet)
    all: weakref.WeakSet[web.WebSocketResponse] = field(default_factory=weakref.WeakSet)
    shutting_down: bool = False


SOCKETS = web.AppKey("web_sockets", SocketRegistry)


def origin_allowed(request: web.Request) -> bool:
    """Tells whether the request's ``Origin`` is the hub itself or an allowed site.

    Args:
        request: The websocket upgrade request.

    Returns:
        True for the hub's own origin or a configured one; False otherwise,
        including when the header is missing.
    """
    origin = request.headers.get("Origin")
    if not origin:
        return False
    own = f"{request.scheme}://{request.host}"
    return origin == own or origin in request.app[WEB_HOOKS].allowed_origins


async def _send(ws: web.WebSocketResponse, payload: dict[str, Any]) -> None:
    """Sends one JSON frame, ignoring a socket that is already closing."""
    if ws.closed:
        return
    try:
        await ws.send_json(payload)
    except (ConnectionResetError, RuntimeError):
        logger.debug("socket closed while sending")


def _parse(data: str) -> dict[str, Any] | None:
    """Parses one client frame; None when it is not a JSON object."""
    if len(data) > MAX_FRAME_BYTES:
        return None
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


async def agent_ws(request: web.Request) -> web.StreamResponse:
    """Console socket: authenticate, then receive every hub event live."""
    if not origin_allowed(request):
        logger.warning("agent socket refused: foreign origin")
        raise web.HTTPForbidden(text="Origin not allowed.")
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS, max_msg_size=MAX_MSG_SIZE)
    await ws.prepare(request)
    registry = request.app[SOCKETS]
    registry.all.add(ws)
    try:
        first = await ws.receive(timeout=AUTH_TIMEOUT_SECONDS)
    except asyncio.TimeoutError:
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"auth timeout")
        return ws
    frame = _parse(first.data) if first.type == WSMsgType.TEXT else None
    token = frame.get("token") if frame and frame.get("type") == "auth" else None
    agent = (
        await request.app[WEB_HOOKS].verify_token(token)
        if isinstance(token, str)
        else None
    )
    if agent is None:
        await _send(ws, {"type": "error", "error": "Not authenticated."})
        await ws.close(code=WSCloseCode.POLICY_VIOLATION, message=b"unauthorized")
        return ws
    entry = AgentSocket(ws=ws, agent=agent)
    registry.agents.add(entry)
    await _send(ws, {"type": "hello", "username": agent.username, "role": agent.role})
    logger.info("agent socket open for %s", agent.username)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT and _parse(msg.data) == {"type": "ping"}:
            await _send(ws, {"type": "pong"})
    registry.agents.discard(entry)
    await _going_away_if_shutting_down(request.app, ws)
    return ws


async def chat_ws(request: web.Request) -> web.StreamResponse:
    """Web chat socket: customer messages in, bot and agent messages out."""
    if not origin_allowed(request):
        logger.warning("chat socket refused: foreign origin")
        raise web.HTTPForbidden(text="Origin not allowed.")
    sender = request.query.get("sender", "")
    if not SENDER_RE.match(sender):
        raise web.HTTPBadRequest(text=BAD_SENDER)
    hooks = request.app[WEB_HOOKS]
    conversation_id = f"webchat:{sender}"
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS, max_msg_size=MAX_MSG_SIZE)
    await ws.prepare(request)
    registry = request.app[SOCKETS]
    registry.all.add(ws)
    entry = ChatSocket(ws=ws, conversation_id=conversation_id)
    registry.chats.add(entry)
    first_name = request.query.get("name", "")[:40]
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        frame = _parse(msg.data)
        text = frame.get("text") if frame and frame.get("type") == "message" else None
        if not isinstance(text, str) or not text.strip():
            await _send(ws, {"type": "error", "error": BAD_FRAME})
            continue
        if len(text) > MAX_CHAT_TEXT:
            await _send(ws, {"type": "error", "error": TOO_LONG})
            continue
        metadata: dict[str, Any] = {"channel": "webchat", "visibility": "private"}
        if first_name:
            metadata["first_name"] = first_name
        try:
            replies = await hooks.handle_customer_message(
                conversation_id, text, metadata
            )
        except Exception:
            logger.exception("web chat message could not be routed")
            await _send(ws, {"type": "error", "error": NOT_TAKEN, "text": text})
            continue
        await _send(ws, {"type": "ack"})
        for reply in replies:
            message = _bot_reply(reply)
            if message["text"] or message.get("buttons"):
                await _send(ws, {"type": "message", "message": message})
    registry.chats.discard(entry)
    await _going_away_if_shutting_down(request.app, ws)
    return ws


def _bot_reply(reply: dict[str, Any]) -> dict[str, Any]:
    """Turns one Rasa REST reply into a chat message (text, buttons, custom)."""
    message: dict[str, Any] = {"role": "bot", "text": str(reply.get("text") or "")}
    buttons = reply.get("buttons")
    if isinstance(buttons, list):
        message["buttons"] = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in buttons
            if isinstance(b, dict)
        ]
    return message


async def _going_away_if_shutting_down(
    app: web.Application, ws: web.WebSocketResponse
) -> None:
    """Closes with ``GOING_AWAY`` when the loop ended because the hub stops.

    aiohttp 3.9 wakes a handler blocked in ``receive()`` when another task closes
    its socket; the handler must then close with the right code itself, or
    aiohttp closes with 1000 (OK) when it returns.
    """
    if app[SOCKETS].shutting_down:
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"Server shutdown")


async def close_all(app: web.Application) -> None:
    """``on_shutdown`` hook: closes every open socket with ``GOING_AWAY``."""
    app[SOCKETS].shutting_down = True
    for ws in set(app[SOCKETS].all):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"Server shutdown")
