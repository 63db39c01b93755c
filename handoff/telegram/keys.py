"""Redis key names of the Telegram side, behind builders and one prefix.

Kept here until ``handoff/keys.py`` lands; move them there with the same names.
"""

from __future__ import annotations

PREFIX = "uncanned:tg:"


def topic(conversation_id: str) -> str:
    """Hash: the forum topic of a conversation (``thread_id``, ``name``, ``colour``)."""
    return f"{PREFIX}topic:{conversation_id}"


def thread(chat_id: int, thread_id: int) -> str:
    """String: the conversation id a forum topic belongs to."""
    return f"{PREFIX}thread:{chat_id}:{thread_id}"


def topic_lock(conversation_id: str) -> str:
    """String: held by the one process creating a conversation's topic."""
    return f"{PREFIX}lock:topic:{conversation_id}"


def seen_update(update_id: int) -> str:
    """String: set once per processed ``update_id`` (duplicates are dropped)."""
    return f"{PREFIX}seen:update:{update_id}"


def seen_event(event_id: str) -> str:
    """String: set once per hub event mirrored into Telegram (one hub process wins)."""
    return f"{PREFIX}seen:event:{event_id}"


def button(token: str) -> str:
    """String: the Rasa payload behind an inline button's callback token."""
    return f"{PREFIX}button:{token}"


def outbox() -> str:
    """List: Bot API calls that failed every retry, replayed later (never dropped)."""
    return f"{PREFIX}outbox"
