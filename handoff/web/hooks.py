"""The contract between the hub's backend and its web side (console, web chat).

The app factory fills one :class:`WebHooks` and stores it under :data:`WEB_HOOKS`
before calling :func:`handoff.web.setup`::

    app[WEB_HOOKS] = WebHooks(
        verify_token=auth.verify_token,          # token -> AgentIdentity | None
        handle_customer_message=router.inbound,  # store, then route; Rasa REST list
        subscribe=events.subscribe,              # async iterator of hub events
        allowed_origins=settings.allowed_origins,
    )
    handoff.web.setup(app)

Events the web side understands (dicts with a ``type`` and a ``conversation_id``):

* ``queued``: a new handoff or a conversation sent back to the queue; the console
  raises an alert and reloads its queue.
* ``message``: ``{"message": {"role": "customer"|"bot"|"agent"|"note",
  "text": str, "buttons": [...]}}``; notes reach agents only, never the web chat.
* ``claimed`` / ``transferred`` / ``resolved`` / ``closed``: ownership changes.
* ``queue_position``: ``{"position": int, "eta_seconds": float}`` for a waiting
  customer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Event = dict[str, Any]


@dataclass(frozen=True)
class AgentIdentity:
    """Who an authenticated console socket belongs to.

    Attributes:
        username: The agent's login name.
        role: ``agent`` or ``supervisor``.
    """

    username: str
    role: str = "agent"


@dataclass(frozen=True)
class WebHooks:
    """What the web side needs from the backend; filled by the app factory.

    Attributes:
        verify_token: Returns the agent a session token belongs to, or None.
        handle_customer_message: Stores and routes one web chat message
            (``conversation_id``, ``text``, ``metadata``) and returns the bot's
            replies in Rasa's REST shape (an empty list when a human owns it).
        subscribe: Returns an async iterator over the hub's events (Redis
            pub/sub, so every hub process sees every event): dicts in the shape
            above, or ``HubEvent``-like ``kind``/``conversation_id``/``data``
            (see :func:`handoff.web.fanout.normalise`).
        allowed_origins: Extra origins allowed on the websockets besides the
            hub's own (e.g. a brand's site embedding the web chat).

    The per-sender rate limit is the router's (one check for every channel):
    over it, ``handle_customer_message`` stores the message held and returns the
    slow-down notice as its reply.
    """

    verify_token: Callable[[str], Awaitable[AgentIdentity | None]]
    handle_customer_message: Callable[
        [str, str, dict[str, Any]], Awaitable[list[dict[str, Any]]]
    ]
    subscribe: Callable[[], AsyncIterator[Any]]
    allowed_origins: frozenset[str] = field(default_factory=frozenset)


WEB_HOOKS = web.AppKey("web_hooks", WebHooks)
