"""The REST channel: Rasa's ``/webhooks/rest/webhook`` shape, fronted by the hub.

``POST /webhooks/rest/webhook`` ``{"sender", "message", "metadata"}`` answers a JSON
list of ``{"recipient_id", "text"}`` (plus ``buttons``/``custom``/``image``).
Conversation id: ``rest:<sender>``.

REST is request/response, so agent replies (and queue updates) wait in the
conversation's outbox: they are returned first in the answer to the customer's
next message, or fetched with ``GET /webhooks/rest/messages?sender=<sender>``.
"""

from __future__ import annotations

import logging
import re

from aiohttp import web

from handoff.app_keys import ROUTER, SETTINGS
from handoff.http_errors import json_error, read_json
from handoff.router import RateLimitedError

logger = logging.getLogger(__name__)

SENDER_RE = re.compile(r"^[A-Za-z0-9_.@+-]{1,64}$")
BAD_SENDER = "sender must be 1-64 letters, digits or _ . @ + -"


def _sender(value: object) -> str:
    if not isinstance(value, str) or not SENDER_RE.match(value):
        raise json_error(400, BAD_SENDER)
    return value


async def rest_webhook(request: web.Request) -> web.Response:
    """Takes one customer message; answers the bot's replies and pending ones."""
    settings = request.app[SETTINGS]
    router = request.app[ROUTER]
    body = await read_json(request)
    sender = _sender(body.get("sender"))
    text = body.get("message")
    if not isinstance(text, str) or not text.strip():
        raise json_error(400, 'Send {"sender": "...", "message": "..."}.')
    if len(text) > settings.max_text_chars:
        raise json_error(
            413, f"Messages are limited to {settings.max_text_chars} characters."
        )
    raw_meta = body.get("metadata") or {}
    if not isinstance(raw_meta, dict):
        raise json_error(400, "metadata must be a JSON object.")
    cid = f"rest:{sender}"
    metadata = {
        "channel": "rest",
        "visibility": "public" if raw_meta.get("visibility") == "public" else "private",
    }
    if isinstance(raw_meta.get("first_name"), str):
        metadata["first_name"] = raw_meta["first_name"][:40]
    try:  # waiting agent replies first, taken in the same round trip to Redis
        replies = await router.inbound(cid, text, metadata, take_outbox=True)
    except RateLimitedError as exc:  # stored, held: nothing lost
        raise json_error(429, exc.notice) from None
    return web.json_response(replies)


async def rest_messages(request: web.Request) -> web.Response:
    """``GET ?sender=``: agent replies and notices waiting for a REST customer."""
    sender = _sender(request.query.get("sender"))
    return web.json_response(await request.app[ROUTER].pending(f"rest:{sender}"))


def setup_channel_routes(app: web.Application) -> None:
    """Registers the REST channel."""
    app.router.add_post("/webhooks/rest/webhook", rest_webhook)
    app.router.add_get("/webhooks/rest/messages", rest_messages)
