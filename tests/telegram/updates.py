"""Telegram updates as Telegram would post them, for the tests."""

from __future__ import annotations

import itertools
import time
from typing import Any

AGENT_CHAT = -1001234567890
_update_ids = itertools.count(10_000)
_message_ids = itertools.count(1)


def _user(user_id: int, first_name: str) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": first_name}


def _private(chat_id: int, first_name: str, **content: Any) -> dict[str, Any]:
    return {
        "update_id": next(_update_ids),
        "message": {
            "message_id": next(_message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": first_name},
            "from": _user(chat_id, first_name),
            **content,
        },
    }


def text(chat_id: int, body: str, first_name: str = "Ana") -> dict[str, Any]:
    """A customer's text message in their private chat with the bot."""
    content: dict[str, Any] = {"text": body}
    if body.startswith("/"):
        length = len(body.split()[0])
        content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return _private(chat_id, first_name, **content)


def photo(chat_id: int, caption: str = "", first_name: str = "Ana") -> dict[str, Any]:
    """A customer's photo."""
    sizes = [
        {"file_id": "AgAD-photo", "file_unique_id": "u1", "width": 90, "height": 90}
    ]
    content: dict[str, Any] = {"photo": sizes}
    if caption:
        content["caption"] = caption
    return _private(chat_id, first_name, **content)


def voice(chat_id: int, first_name: str = "Ana") -> dict[str, Any]:
    """A customer's voice note."""
    return _private(
        chat_id,
        first_name,
        voice={"file_id": "AwAD-voice", "file_unique_id": "u2", "duration": 3},
    )


def button(chat_id: int, data: str, first_name: str = "Ana") -> dict[str, Any]:
    """A customer pressing an inline button under one of the bot's messages."""
    return {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": f"cb{next(_message_ids)}",
            "from": _user(chat_id, first_name),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": next(_message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": first_name},
                "text": "What can I do?",
            },
        },
    }


def in_topic(
    thread_id: int, body: str = "", agent_id: int = 424242, **content: Any
) -> dict[str, Any]:
    """An agent's message in a forum topic of the agents' group."""
    if body:
        content["text"] = body
        if body.startswith("/"):
            length = len(body.split()[0])
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": length}
            ]
    return {
        "update_id": next(_update_ids),
        "message": {
            "message_id": next(_message_ids),
            "date": int(time.time()),
            "chat": {
                "id": AGENT_CHAT,
                "type": "supergroup",
                "title": "Agents",
                "is_forum": True,
            },
            "from": _user(agent_id, "Bea"),
            "message_thread_id": thread_id,
            "is_topic_message": True,
            **content,
        },
    }
