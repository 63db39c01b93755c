"""A local stand-in of the Telegram Bot API, on loopback, that records every call.

PTB reaches it through ``base_url``/``base_file_url``. It answers like Telegram
for the methods the hub uses, can be told to fail a method a number of times, and
lets tests wait for a call matching a predicate.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000001
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Stitch & Sole",
    "username": "stitch_and_sole_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": True,
    "supports_inline_queries": False,
}


@dataclass
class Call:
    """One recorded Bot API call."""

    method: str
    params: dict[str, Any]


@dataclass
class BotApi:
    """State of the stand-in: recorded calls, failures to inject, counters."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[int]] = field(default_factory=dict)
    pending_updates: list[dict[str, Any]] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(5000))
    _threads: itertools.count[int] = field(default_factory=lambda: itertools.count(90))

    def fail(self, method: str, times: int, status: int = 502) -> None:
        """Makes the next ``times`` calls of ``method`` fail with HTTP ``status``."""
        self.failures.setdefault(method, []).extend([status] * times)

    def of(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every recorded call of ``method``."""
        return [c.params for c in self.calls if c.method == method]

    async def wait_for(
        self,
        method: str,
        where: Callable[[dict[str, Any]], bool] = lambda p: True,
        timeout: float = 15.0,
    ) -> dict[str, Any]:
        """Waits until a call of ``method`` matching ``where`` was recorded."""

        def found() -> dict[str, Any] | None:
            return next((p for p in self.of(method) if where(p)), None)

        async with self.changed:
            await asyncio.wait_for(
                self.changed.wait_for(lambda: found() is not None), timeout
            )
        result = found()
        assert result is not None
        return result

    def answer(self, method: str, p: dict[str, Any]) -> Any:
        """What Telegram would answer (the ``result`` field)."""
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            return self._message(p, {"text": p.get("text", "")})
        if method == "copyMessage":
            return {"message_id": next(self._ids)}
        if method == "createForumTopic":
            return {
                "message_thread_id": next(self._threads),
                "name": p["name"],
                "icon_color": int(p.get("icon_color", 0x6FB9F0)),
            }
        return True  # sendChatAction, answerCallbackQuery, setWebhook, topic edits...

    def _message(self, p: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(p["chat_id"])
        chat: dict[str, Any] = (
            {"id": chat_id, "type": "supergroup", "title": "Agents", "is_forum": True}
            if chat_id < 0
            else {"id": chat_id, "type": "private", "first_name": "Customer"}
        )
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            **extra,
        }
        if p.get("message_thread_id") is not None:
            message["message_thread_id"] = int(p["message_thread_id"])
            message["is_topic_message"] = True
        return message


def _params(raw: dict[str, str]) -> dict[str, Any]:
    """Form values as PTB sends them: JSON-encoded unless plain strings."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            out[key] = json.loads(value)
        except (json.JSONDecodeError, TypeError):
            out[key] = value
    return out


def create_app(api: BotApi) -> web.Application:
    """The stand-in's aiohttp app: ``POST /bot<token>/<method>``."""

    async def handle(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = _params({k: str(v) for k, v in (await request.post()).items()})
        if method == "getUpdates":
            return await get_updates(params)
        pending = api.failures.get(method)
        if pending:
            status = pending.pop(0)
            return web.json_response(
                {"ok": False, "error_code": status, "description": "Bad Gateway"},
                status=status,
            )
        async with api.changed:
            api.calls.append(Call(method, params))
            api.changed.notify_all()
        return web.json_response({"ok": True, "result": api.answer(method, params)})

    async def get_updates(params: dict[str, Any]) -> web.Response:
        """Long polling, shortened: pending updates from ``offset`` on, or [] soon."""
        offset = int(params.get("offset") or 0)
        api.pending_updates[:] = [
            u for u in api.pending_updates if u["update_id"] >= offset
        ]
        if not api.pending_updates:
            await asyncio.sleep(0.05)
        return web.json_response({"ok": True, "result": list(api.pending_updates)})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", handle)
    return app
