"""The Telegram side inside the hub's aiohttp app: webhook route and lifecycle.

``setup_telegram(app, settings, hub=..., redis=...)`` adds ``POST /telegram/webhook``
and a ``cleanup_ctx`` that builds the Application, registers the Telegram customer
channel with the router, starts the webhook (``TELEGRAM_WEBHOOK_URL`` set) or long
polling (token only), mirrors hub events into topics and replays parked calls.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import AsyncIterator, Callable

from aiohttp import web
from redis.asyncio import Redis
from telegram import Update
from telegram.ext import Application

from handoff.background import stop_tasks
from handoff.telegram.application import app_deps, build_application
from handoff.telegram.customer import CHANNEL, TelegramCustomerChannel
from handoff.telegram.mirror import TopicMirror
from handoff.telegram.ports import HubPort
from handoff.telegram.settings import Mode, TelegramSettings

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
OUTBOX_REPLAY_S = 30.0
STOP_TIMEOUT_S = 10.0

TELEGRAM_APP = web.AppKey("telegram_application", Application)
TELEGRAM_SETTINGS = web.AppKey("telegram_settings", TelegramSettings)


async def webhook(request: web.Request) -> web.Response:
    """Takes an update from Telegram: 403 without the secret, 400 when malformed."""
    settings = request.app[TELEGRAM_SETTINGS]
    given = request.headers.get(SECRET_HEADER, "")
    expected = settings.webhook_secret or ""
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        logger.warning("webhook call without a valid secret token refused")
        return web.json_response({"error": "forbidden"}, status=403)
    application = request.app.get(TELEGRAM_APP)
    if application is None:
        return web.json_response({"error": "telegram is not running"}, status=503)
    try:
        data = await request.json()
        update = Update.de_json(data, application.bot)
    except (json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError, ValueError):
        return web.json_response({"error": "body is not a Telegram update"}, status=400)
    if update is None:
        return web.json_response({"error": "body is not a Telegram update"}, status=400)
    await application.update_queue.put(update)
    return web.json_response({"ok": True})


def setup_telegram(
    app: web.Application,
    settings: TelegramSettings,
    *,
    hub: Callable[[web.Application], HubPort],
    redis: Callable[[web.Application], Redis],
) -> None:
    """Adds Telegram to the hub (nothing when ``TELEGRAM_TOKEN`` is unset).

    Args:
        app: The hub's app; call after the context that creates hub and Redis.
        settings: Telegram settings.
        hub: Returns the router once the app has started.
        redis: Returns the Redis client (``decode_responses=True``) once started.
    """
    if settings.mode == Mode.OFF:
        logger.info("TELEGRAM_TOKEN not set: Telegram is off")
        return
    app[TELEGRAM_SETTINGS] = settings
    if settings.mode == Mode.WEBHOOK:
        app.router.add_post(WEBHOOK_PATH, webhook)

    async def telegram_ctx(app: web.Application) -> AsyncIterator[None]:
        application = build_application(settings, hub(app), redis(app))
        d = app_deps(application)
        d.hub.register_channel(CHANNEL, TelegramCustomerChannel(d.sender, d.buttons))
        await application.initialize()
        if settings.mode == Mode.WEBHOOK:
            await application.bot.set_webhook(
                url=str(settings.webhook_url),
                secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            await application.bot.delete_webhook()
            assert application.updater is not None
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await application.start()
        app[TELEGRAM_APP] = application
        tasks = [asyncio.create_task(_replay_outbox(application))]
        if d.topics is not None and settings.agent_chat_id is not None:
            mirror = TopicMirror(
                d.hub, d.sender, d.topics, d.seen, settings.agent_chat_id
            )
            tasks.append(asyncio.create_task(mirror.run()))
        logger.info("Telegram started: %r", settings)
        try:
            yield
        finally:
            await stop_tasks(tasks)
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            try:
                # PTB waits for updates in flight; a stuck one must not hang the hub.
                await asyncio.wait_for(application.stop(), STOP_TIMEOUT_S)
            except asyncio.TimeoutError:
                logger.error(
                    "Telegram did not stop in %ss; shutting down", STOP_TIMEOUT_S
                )
            await application.shutdown()

    app.cleanup_ctx.append(telegram_ctx)


async def _replay_outbox(application: Application) -> None:
    """Replays parked Bot API calls now and then."""
    sender = app_deps(application).sender
    while True:
        await asyncio.sleep(OUTBOX_REPLAY_S)
        try:
            if done := await sender.replay():
                logger.info("replayed %d parked Telegram calls", done)
        except Exception:
            logger.error("replaying the outbox failed", exc_info=True)
