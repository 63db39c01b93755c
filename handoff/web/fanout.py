"""Fan-out: hub events (Redis pub/sub via ``WebHooks.subscribe``) to open websockets.

Every hub process runs one listener (a ``cleanup_ctx`` task), so an event published
by any process reaches the sockets connected to every process.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from handoff.background import stop_tasks
from handoff.web.hooks import WEB_HOOKS, Event
from handoff.web.sockets import SOCKETS

logger = logging.getLogger(__name__)

CHAT_EVENT_TYPES = frozenset(
    {"queued", "claimed", "transferred", "resolved", "closed", "queue_position"}
)
RETRY_SECONDS = 1.0


KIND_TO_ROLE = {
    "customer_message": "customer",
    "agent_message": "agent",
    "note": "note",
}


def normalise(raw: Any) -> Event | None:
    """Brings a hub event to the web side's shape (see :mod:`handoff.web.hooks`).

    Accepts the web side's own dicts (``type``), and the bus's ``kind``/``data``
    form, as an object (``HubEvent``: ``kind``, ``conversation_id``, ``data``) or
    as a dict: ``customer_message``, ``agent_message`` and ``note`` become
    ``message`` events with a role; other kinds keep their name, data flattened.

    Args:
        raw: One event from ``WebHooks.subscribe``.

    Returns:
        The event as a dict with ``type`` and ``conversation_id``; None when it
        has neither a type nor a kind.
    """
    if isinstance(raw, dict) and "type" in raw:
        return raw
    if isinstance(raw, dict):
        kind, cid, data = raw.get("kind"), raw.get("conversation_id"), raw.get("data")
    else:
        kind = getattr(raw, "kind", None)
        cid = getattr(raw, "conversation_id", None)
        data = getattr(raw, "data", None)
    if kind is None:
        return None
    kind = str(getattr(kind, "value", kind))
    data = dict(data or {})
    if kind in KIND_TO_ROLE:
        message: dict[str, Any] = {
            "role": KIND_TO_ROLE[kind],
            "text": data.get("text", ""),
        }
        if data.get("agent"):
            message["agent_name"] = data["agent"]
        ts = raw.get("ts") if isinstance(raw, dict) else getattr(raw, "ts", None)
        if ts is not None:
            message["ts"] = ts
        return {"type": "message", "conversation_id": cid, "message": message}
    event: Event = {**data, "type": kind, "conversation_id": cid}
    handoff = data.get("handoff")
    if isinstance(handoff, dict) and "reason" not in event:
        event["reason"] = handoff.get("reason")
    return event


def chat_view(event: Event) -> dict[str, Any] | None:
    """What a customer's web chat may see of an event; None when nothing.

    Agent messages pass (with the agent's name); private notes never do, nor do
    customer and bot messages (the web chat shows the customer's own words and
    gets the bot's replies straight from routing, so events would repeat them);
    status events pass without internals (signals, scores and briefs stay with
    the agents).

    Args:
        event: One hub event.

    Returns:
        The frame to send to the customer's socket, or None.
    """
    kind = event.get("type")
    if kind == "message":
        message = event.get("message") or {}
        role = message.get("role")
        if role != "agent":
            return None
        out: dict[str, Any] = {"role": role, "text": str(message.get("text") or "")}
        if role == "agent" and message.get("agent_name"):
            out["agent_name"] = str(message["agent_name"])
        return {"type": "message", "message": out}
    if kind in CHAT_EVENT_TYPES:
        view: dict[str, Any] = {"type": kind}
        for key in ("position", "eta_seconds", "notice"):
            if key in event:
                view[key] = event[key]
        return view
    return None


async def dispatch(app: web.Application, event: Event) -> None:
    """Sends one event to the console sockets and to the matching chat sockets.

    Args:
        app: The hub application (holds the socket registry).
        event: One hub event with a ``type`` and a ``conversation_id``.
    """
    registry = app[SOCKETS]
    sends = [entry.ws.send_json(event) for entry in list(registry.agents)]
    conversation_id = event.get("conversation_id")
    customer_view = chat_view(event)
    if customer_view is not None:
        sends += [
            entry.ws.send_json(customer_view)
            for entry in list(registry.chats)
            if entry.conversation_id == conversation_id
        ]
    results = await asyncio.gather(*sends, return_exceptions=True)
    failures = sum(isinstance(r, Exception) for r in results)
    if failures:
        logger.debug("%d socket(s) closed during fan-out", failures)


async def _listen(app: web.Application) -> None:
    """Follows the event stream for the life of the app, resubscribing on errors."""
    hooks = app[WEB_HOOKS]
    while True:
        try:
            async for raw in hooks.subscribe():
                event = normalise(raw)
                if event is not None:
                    await dispatch(app, event)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("event stream failed; resubscribing")
        await asyncio.sleep(RETRY_SECONDS)


async def fanout_ctx(app: web.Application) -> AsyncIterator[None]:
    """``cleanup_ctx``: runs the event listener while the app runs."""
    if WEB_HOOKS not in app:
        raise RuntimeError(
            "handoff.web needs app[WEB_HOOKS] (see handoff.web.hooks) before startup."
        )
    task = asyncio.create_task(_listen(app), name="web-fanout")
    yield
    await stop_tasks([task])
