"""Customers on Telegram: handlers for their private chats, and delivery to them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from handoff.telegram.deps import Deps, deps
from handoff.telegram.ports import InboundMessage, MediaRef, Owner
from handoff.telegram.sender import Sender
from handoff.telegram.store import ButtonStore

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
CALLBACK_PREFIX = "b:"
TYPING_EVERY_S = 4.0
TOPIC_WAIT_S = 10.0  # a handoff's topic may still be being created
MEDIA_KINDS = ("photo", "document", "voice", "sticker", "video", "audio", "video_note")

MEDIA_WHILE_BOT = (
    "I can only read text, so I can't look at this {kind}. Please tell me in words "
    'what you need; if a person should see it, write "I want to talk to a person" '
    "and you can send it to them."
)
START_TEXT = "hello"
HUB_FAILED = (
    "Sorry, something went wrong on our side and I couldn't take that message. "
    "Please send it again in a minute."
)


def conversation_id(chat_id: int) -> str:
    """``telegram:<chat_id>``: the hub's conversation id and Rasa's sender id."""
    return f"{CHANNEL}:{chat_id}"


def chat_of(conversation: str) -> int:
    """The chat id in a ``telegram:`` conversation id.

    Raises:
        ValueError: Not a Telegram conversation id.
    """
    channel, _, chat = conversation.partition(":")
    if channel != CHANNEL or not chat.lstrip("-").isdigit():
        raise ValueError(f"not a Telegram conversation: {conversation!r}")
    return int(chat)


def typed_text(text: str) -> str:
    """Customer-typed text, made safe for Rasa.

    Rasa reads ``/intent{...}`` as a forced intent; a customer typing that must not
    steer the bot, so leading slashes are dropped (``/start`` becomes a greeting).
    """
    stripped = text.strip()
    if stripped.split(maxsplit=1)[:1] == ["/start"]:
        return START_TEXT
    return stripped.lstrip("/").strip()


def media_of(message: Message) -> MediaRef | None:
    """The media a message carries, as a reference for copying."""
    for kind in MEDIA_KINDS:
        item = getattr(message, kind, None)
        if item:
            name = getattr(item, "file_name", None) if kind == "document" else None
            return MediaRef(kind, message.chat_id, message.message_id, name or None)
    return None


def metadata(update: Update) -> dict[str, Any]:
    """The message metadata the hub passes to Rasa."""
    user = update.effective_user
    data: dict[str, Any] = {"channel": CHANNEL, "visibility": "private"}
    if user is not None and user.first_name:
        data["first_name"] = user.first_name
    return data


@contextlib.asynccontextmanager
async def typing(sender: Sender, chat_id: int) -> AsyncIterator[None]:
    """Shows "typing..." in the chat until the block ends."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(Exception):
                await sender.call(
                    "send_chat_action", chat_id=chat_id, action=ChatAction.TYPING
                )
            await asyncio.sleep(TYPING_EVERY_S)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def route(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Sends a customer message to the hub and the replies back to the chat."""
    d = deps(context)
    chat = update.effective_chat
    message = update.effective_message
    if chat is None:
        return
    media = media_of(message) if message is not None else None
    inbound = InboundMessage(conversation_id(chat.id), text, metadata(update), media)
    try:
        async with typing(d.sender, chat.id):
            result = await d.hub.customer_message(inbound)
    except Exception:
        logger.error(
            "routing a message of %s failed", inbound.conversation_id, exc_info=True
        )
        await d.sender.call("send_message", chat_id=chat.id, text=HUB_FAILED)
        return
    channel = TelegramCustomerChannel(d.sender, d.buttons)
    for reply in result.replies:
        await channel.deliver(inbound.conversation_id, reply)
    if media is not None and result.owner in (Owner.QUEUED, Owner.AGENT):
        await copy_to_topic(d, inbound.conversation_id, media)
    if media is not None and result.owner == Owner.BOT and not result.replies:
        await d.sender.call(
            "send_message",
            chat_id=chat.id,
            text=MEDIA_WHILE_BOT.format(kind=media.kind.replace("_", " ")),
        )


async def copy_to_topic(d: Deps, conversation: str, media: MediaRef) -> None:
    """Copies a customer's media into their topic in the agents' group.

    The handler that received the media does it (once, in one hub process); the
    hub's event for the message carries only its text.
    """
    if d.topics is None or d.settings.agent_chat_id is None:
        return
    topic = await d.topics.wait(conversation, TOPIC_WAIT_S)
    if topic is None:
        logger.warning("no topic for %s; media stays in the transcript", conversation)
        return
    await d.sender.call(
        "copy_message",
        chat_id=d.settings.agent_chat_id,
        from_chat_id=media.chat_id,
        message_id=media.message_id,
        message_thread_id=topic.thread_id,
    )


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A customer's text goes to the hub; its replies come back."""
    message = update.effective_message
    if message is None or not message.text:
        return
    text = typed_text(message.text)
    if text:
        await route(update, context, text)


async def on_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A customer's photo, document, voice note or sticker goes to the hub."""
    message = update.effective_message
    if message is None:
        return
    await route(update, context, typed_text(message.caption or ""))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A pressed inline button sends the payload the bot issued for it."""
    query = update.callback_query
    if query is None:
        return
    d = deps(context)
    data = query.data or ""
    payload = None
    if data.startswith(CALLBACK_PREFIX):
        payload = await d.buttons.payload(data[len(CALLBACK_PREFIX) :])
    if payload is None:
        await query.answer("This button has expired; please type your answer.")
        return
    await query.answer()
    await route(update, context, payload)


class TelegramCustomerChannel:
    """Delivers hub messages (bot or agent) to a Telegram customer.

    The router calls :meth:`deliver` for conversations whose id starts with
    ``telegram:``.

    Args:
        sender: Bot API calls with retries.
        buttons: Where button payloads are kept.
    """

    def __init__(self, sender: Sender, buttons: ButtonStore) -> None:
        self._sender = sender
        self._buttons = buttons

    async def keyboard(
        self, buttons: list[dict[str, Any]]
    ) -> InlineKeyboardMarkup | None:
        """Rasa buttons as an inline keyboard, one button a row."""
        rows = []
        for button in buttons:
            title = str(button.get("title") or button.get("payload") or "")
            payload = str(button.get("payload") or title)
            if not title:
                continue
            token = await self._buttons.issue(payload)
            rows.append(
                [InlineKeyboardButton(title, callback_data=CALLBACK_PREFIX + token)]
            )
        return InlineKeyboardMarkup(rows) if rows else None

    async def deliver(self, conversation: str, message: dict[str, Any]) -> None:
        """Sends one message in Rasa's REST shape (plus optional ``media``).

        Handoff payloads (``custom``) are for the hub and are not shown.
        """
        chat_id = chat_of(conversation)
        media = MediaRef.from_dict(message.get("media"))
        if media is not None:
            await self._sender.call(
                "copy_message",
                chat_id=chat_id,
                from_chat_id=media.chat_id,
                message_id=media.message_id,
            )
            return
        text = message.get("text")
        if message.get("image"):
            text = f"{text}\n{message['image']}" if text else str(message["image"])
        if not text:
            return
        markup = await self.keyboard(list(message.get("buttons") or []))
        kwargs: dict[str, Any] = {"chat_id": chat_id, "text": str(text)}
        if markup is not None:
            kwargs["reply_markup"] = markup
        await self._sender.call("send_message", **kwargs)
