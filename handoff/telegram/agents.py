"""Agents on Telegram: commands and messages in the forum topics of their group.

In a conversation's topic: any message goes to the customer; ``/claim``,
``/note <text>`` (private), ``/transfer [agent]`` (no name: back to the queue),
``/resolve`` (back to the bot) and ``/close``. Agents are known to the hub as
``telegram:<user id>``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from telegram import Update
from telegram.ext import ContextTypes

from handoff.telegram.customer import media_of
from handoff.telegram.deps import Deps, deps
from handoff.telegram.ports import ConversationHeldError

logger = logging.getLogger(__name__)

HELD = (
    "Another agent holds this conversation; /claim works once it is back in the queue."
)
NOT_A_CONVERSATION = "This topic is not linked to a customer conversation."
NOT_DELIVERED = "Not delivered: the hub failed. Please send it again."
FAILED = "That did not work (the hub refused it); see the console for details."
NOTE_USAGE = "Usage: /note <text> (kept private, never sent to the customer)."


def agent_id(update: Update) -> str:
    """The hub's name for the Telegram user who sent the update."""
    user = update.effective_user
    return f"telegram:{user.id}" if user is not None else "telegram:unknown"


async def _conversation(update: Update, d: Deps) -> str | None:
    """The conversation of the topic the update was sent in, or None."""
    message = update.effective_message
    if d.topics is None or message is None or message.message_thread_id is None:
        return None
    return await d.topics.conversation_of(message.message_thread_id)


async def _say(update: Update, d: Deps, text: str) -> None:
    """Replies in the topic the update came from."""
    message = update.effective_message
    if message is None:
        return
    await d.sender.call(
        "send_message",
        chat_id=message.chat_id,
        text=text,
        message_thread_id=message.message_thread_id,
    )


def refusal(exc: Exception) -> str:
    """What to tell the agent when the hub refused or failed an action.

    The hub's refusals carry a message written for agents (``.message``); other
    failures get a generic line (details stay in the log).
    """
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    return NOT_DELIVERED if isinstance(exc, ConnectionError) else FAILED


async def _attempt(update: Update, d: Deps, action: Awaitable[object]) -> object:
    """Runs a hub action; tells the agent in the topic when it did not happen."""
    try:
        return await action
    except ConversationHeldError:
        await _say(update, d, HELD)
    except Exception as exc:
        logger.warning("agent action refused: %s", type(exc).__name__, exc_info=True)
        await _say(update, d, refusal(exc))
    return None


async def on_claim(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/claim: take the conversation."""
    d = deps(context)
    conversation = await _conversation(update, d)
    if conversation is None:
        await _say(update, d, NOT_A_CONVERSATION)
    elif (
        await _attempt(update, d, d.hub.claim(conversation, agent_id(update))) is False
    ):
        await _say(update, d, HELD)


async def on_note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/note <text>: a private note on the conversation."""
    d = deps(context)
    conversation = await _conversation(update, d)
    text = " ".join(context.args or []).strip()
    if conversation is None:
        await _say(update, d, NOT_A_CONVERSATION)
    elif not text:
        await _say(update, d, NOTE_USAGE)
    else:
        await _attempt(update, d, d.hub.note(conversation, agent_id(update), text))


async def on_transfer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/transfer [agent]: to another agent, or back to the queue."""
    d = deps(context)
    conversation = await _conversation(update, d)
    if conversation is None:
        await _say(update, d, NOT_A_CONVERSATION)
        return
    target = context.args[0] if context.args else None
    await _attempt(update, d, d.hub.transfer(conversation, agent_id(update), target))


async def on_resolve(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/resolve: give the conversation back to the bot."""
    d = deps(context)
    conversation = await _conversation(update, d)
    if conversation is None:
        await _say(update, d, NOT_A_CONVERSATION)
    else:
        await _attempt(update, d, d.hub.resolve(conversation, agent_id(update)))


async def on_close(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/close: close the conversation."""
    d = deps(context)
    conversation = await _conversation(update, d)
    if conversation is None:
        await _say(update, d, NOT_A_CONVERSATION)
    else:
        await _attempt(update, d, d.hub.close(conversation, agent_id(update)))


async def on_agent_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other message in a topic (text or media) goes to the customer."""
    d = deps(context)
    message = update.effective_message
    conversation = await _conversation(update, d)
    if message is None or conversation is None:
        return
    text = message.text or message.caption or ""
    await _attempt(
        update,
        d,
        d.hub.agent_message(conversation, agent_id(update), text, media_of(message)),
    )
