"""JSON errors for every failure of the hub's HTTP API (400, 401, 403, 404, 413...).

Usage::

    app = web.Application(middlewares=[json_errors])
    raise json_error(400, "Send a JSON object.")
"""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Handler

logger = logging.getLogger(__name__)


def json_error(status: int, message: str) -> web.HTTPException:
    """An HTTP error whose body is ``{"error": message}``.

    Args:
        status: An HTTP error status.
        message: A clear message for the client.

    Returns:
        The exception to raise.
    """
    exc_class: type[web.HTTPException] = web.HTTPException
    for cls in (
        web.HTTPBadRequest,
        web.HTTPUnauthorized,
        web.HTTPForbidden,
        web.HTTPNotFound,
        web.HTTPConflict,
        web.HTTPRequestEntityTooLarge,
        web.HTTPTooManyRequests,
        web.HTTPServiceUnavailable,
    ):
        if cls.status_code == status:
            exc_class = cls
            break
    body = json.dumps({"error": message})
    if exc_class is web.HTTPRequestEntityTooLarge:
        return web.HTTPRequestEntityTooLarge(
            max_size=0, actual_size=0, text=body, content_type="application/json"
        )
    return exc_class(text=body, content_type="application/json")


async def read_json(request: web.Request) -> dict[str, Any]:
    """Reads a JSON object body; 400 (or 413) with a clear message otherwise."""
    try:
        body = await request.json()
    except web.HTTPRequestEntityTooLarge:
        raise json_error(
            413, f"The request is larger than {request.client_max_size} bytes."
        ) from None
    except ValueError:
        raise json_error(400, "The body must be valid JSON.") from None
    if not isinstance(body, dict):
        raise json_error(400, "The body must be a JSON object.")
    return body


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turns aiohttp's plain-text errors on ``/api`` and ``/webhooks`` into JSON."""
    try:
        return await handler(request)
    except web.HTTPRequestEntityTooLarge as exc:
        if exc.content_type == "application/json":
            raise
        raise json_error(
            413, f"The request is larger than {request.client_max_size} bytes."
        ) from None
    except web.HTTPException as exc:
        api = request.path.startswith(("/api/", "/webhooks/"))
        if api and exc.status >= 400 and exc.content_type != "application/json":
            raise json_error(exc.status, exc.reason) from None
        raise
