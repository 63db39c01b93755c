"""Runs an aiohttp app on a free loopback port in a background thread.

The browser tests drive Playwright's sync API from the test's own thread, so the
hub gets its own event loop in a thread; :class:`RunningApp` runs coroutines in it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

T = TypeVar("T")


@dataclass(frozen=True)
class RunningApp:
    """A started app: its URL, the app itself and its loop."""

    url: str
    app: web.Application
    loop: asyncio.AbstractEventLoop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Runs a coroutine in the app's loop and returns its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


@contextmanager
def run_app_in_thread(app: web.Application) -> Iterator[RunningApp]:
    """Starts ``app`` on ``127.0.0.1:<free port>``; stops it (cleanly) afterwards."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def start() -> str:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        # Works whatever loop is in use (Rasa's imports install uvloop's policy).
        port = runner.addresses[0][1]
        return f"http://127.0.0.1:{port}"

    try:
        url = asyncio.run_coroutine_threadsafe(start(), loop).result(timeout=60)
        yield RunningApp(url=url, app=app, loop=loop)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
