"""Typed ``web.AppKey`` s of the hub application, in one place.

Usage::

    router = request.app[ROUTER]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web
from redis.asyncio import Redis

from handoff.settings import Settings

if TYPE_CHECKING:
    from handoff.auth import Auth
    from handoff.events import EventBus
    from handoff.router import Router

SETTINGS = web.AppKey("settings", Settings)
REDIS = web.AppKey("redis", Redis)
BUS: web.AppKey[EventBus] = web.AppKey("bus")
AUTH: web.AppKey[Auth] = web.AppKey("auth")
ROUTER: web.AppKey[Router] = web.AppKey("router")
