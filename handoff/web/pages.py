"""Page routes: the console and web chat HTML, and the static JS/CSS.

Pages are plain HTML files (no templating: all data arrives over the JSON API and
websockets and is rendered with ``textContent``). Every page is served with a strict
Content-Security-Policy: scripts and styles from the hub only, nothing inline.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TEMPLATES = PACKAGE_DIR / "templates"
STATIC = PACKAGE_DIR / "static"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
)


def _page(
    name: str, *, embeddable: bool
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Builds a handler serving one HTML page with security headers."""
    path = TEMPLATES / name

    async def handler(request: web.Request) -> web.StreamResponse:
        headers = {
            "Content-Security-Policy": CSP
            + ("" if embeddable else "; frame-ancestors 'none'"),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-cache",
        }
        return web.FileResponse(path, headers=headers)

    return handler


def setup_page_routes(app: web.Application) -> None:
    """Registers ``/console``, ``/chat`` and ``/static/``.

    Args:
        app: The hub application.
    """
    console = _page("console.html", embeddable=False)
    app.router.add_get("/console", console, name="console")
    app.router.add_get("/chat", _page("chat.html", embeddable=True), name="chat")
    app.router.add_static("/static/", STATIC, name="static", append_version=False)
