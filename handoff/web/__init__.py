"""The hub's web side: agent console, web chat and their websockets.

Usage (in the app factory, after filling :data:`handoff.web.hooks.WEB_HOOKS`)::

    from handoff import web as hub_web
    hub_web.setup(app)

Routes: ``GET /console``, ``GET /chat``, ``GET /ws/agent``, ``GET /ws/chat`` and the
static files under ``/static/``.
"""

from __future__ import annotations

from aiohttp import web

from handoff.web.fanout import fanout_ctx
from handoff.web.hooks import WEB_HOOKS, WebHooks
from handoff.web.pages import setup_page_routes
from handoff.web.sockets import SOCKETS, SocketRegistry, agent_ws, chat_ws, close_all


def setup(app: web.Application, hooks: WebHooks | None = None) -> None:
    """Adds the console, the web chat, their sockets and the event fan-out.

    Args:
        app: The hub application.
        hooks: What the web side needs from the backend; when None,
            ``app[WEB_HOOKS]`` must be set before the app starts.
    """
    if hooks is not None:
        app[WEB_HOOKS] = hooks
    app[SOCKETS] = SocketRegistry()
    setup_page_routes(app)
    app.router.add_get("/ws/agent", agent_ws, name="ws_agent")
    app.router.add_get("/ws/chat", chat_ws, name="ws_chat")
    app.cleanup_ctx.append(fanout_ctx)
    # aiosignal's generic confuses mypy here; close_all has the signal's type.
    app.on_shutdown.append(close_all)  # type: ignore[arg-type]
