"""``build_application``: the PTB Application of the hub, built once.

Customers write to the bot in private chats; agents work in the forum topics of the
supergroup ``TELEGRAM_AGENT_CHAT_ID``. Updates are processed concurrently across
chats and in order within a chat; an ``update_id`` seen before is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable
from typing import Any

from redis.asyncio import Redis
from telegram import Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from handoff.telegram import agents, customer
from handoff.telegram.deps import BOT_DATA_KEY, Deps, deps
from handoff.telegram.ports import HubPort
from handoff.telegram.sender import Sender
from handoff.telegram.settings import Mode, TelegramSettings
from handoff.telegram.store import ButtonStore, SeenOnce, TopicStore

logger = logging.getLogger(__name__)

CONCURRENT_CHATS = 64
RATE_LIMIT_RETRIES = 3

_CUSTOMER_MEDIA = (
    filters.PHOTO
    | filters.Document.ALL
    | filters.VOICE
    | filters.Sticker.ALL
    | filters.VIDEO
    | filters.AUDIO
    | filters.VIDEO_NOTE
)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Processes updates of different chats concurrently, one chat's in order."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    async def do_process_update(
        self, update: object, coroutine: Awaitable[Any]
    ) -> None:
        """Runs the update's handlers under its chat's lock."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.get(chat.id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat.id] = lock
        async with lock:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


async def drop_duplicates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stops an update whose ``update_id`` was processed before."""
    if not await deps(context).seen.first_update(update.update_id):
        logger.info("duplicate update %s dropped", update.update_id)
        raise ApplicationHandlerStop


async def on_other_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the id of a group that is not the agents' group (to help set it up)."""
    chat = update.effective_chat
    if chat is not None:
        logger.info(
            "message in group %s, which is not TELEGRAM_AGENT_CHAT_ID; ignored", chat.id
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs a handler failure with its traceback, never the user's data."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("handling update %s failed", update_id, exc_info=context.error)


def build_application(
    settings: TelegramSettings, hub: HubPort, redis: Redis
) -> Application:
    """Builds the Application: handlers, rate limiter, and the hub in ``bot_data``.

    Args:
        settings: Token, agents' group, webhook or polling, API base URL.
        hub: The router.
        redis: A client with ``decode_responses=True``.

    Returns:
        An Application, not yet initialized; with an updater only for polling.
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.file_base_url)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_CHATS))
    )
    if settings.mode != Mode.POLLING:
        builder = builder.updater(None)
    application = builder.build()
    sender = Sender(application.bot, redis, settings.max_attempts, settings.backoff_s)
    topics = (
        TopicStore(redis, settings.agent_chat_id)
        if settings.agent_chat_id is not None
        else None
    )
    application.bot_data[BOT_DATA_KEY] = Deps(
        settings=settings,
        hub=hub,
        sender=sender,
        seen=SeenOnce(redis, settings.dedup_ttl_s),
        buttons=ButtonStore(redis),
        topics=topics,
    )
    application.add_handler(TypeHandler(Update, drop_duplicates), group=-1)

    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.TEXT, customer.on_text))
    application.add_handler(
        MessageHandler(private & _CUSTOMER_MEDIA, customer.on_media)
    )
    application.add_handler(
        CallbackQueryHandler(customer.on_button, pattern=f"^{customer.CALLBACK_PREFIX}")
    )

    if settings.agent_chat_id is not None:
        topic = filters.Chat(chat_id=settings.agent_chat_id) & filters.IS_TOPIC_MESSAGE
        for name, callback in (
            ("claim", agents.on_claim),
            ("note", agents.on_note),
            ("transfer", agents.on_transfer),
            ("resolve", agents.on_resolve),
            ("close", agents.on_close),
        ):
            application.add_handler(CommandHandler(name, callback, filters=topic))
        agent_content = (filters.TEXT & ~filters.COMMAND) | _CUSTOMER_MEDIA
        application.add_handler(
            MessageHandler(topic & agent_content, agents.on_agent_message)
        )
    groups: filters.BaseFilter = filters.ChatType.GROUPS
    if settings.agent_chat_id is not None:
        groups = groups & ~filters.Chat(chat_id=settings.agent_chat_id)
    application.add_handler(MessageHandler(groups, on_other_group))
    application.add_error_handler(on_error)
    return application


def app_deps(application: Application) -> Deps:
    """The Deps of an Application built by :func:`build_application`."""
    found = application.bot_data[BOT_DATA_KEY]
    assert isinstance(found, Deps)
    return found
