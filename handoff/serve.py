"""Runs the hub: one process, or several worker processes on one port.

Usage::

    serve(Settings.from_env())        # python -m handoff serve

With ``HUB_WORKERS=N`` (N > 1), N worker processes listen on the same address
(``SO_REUSEPORT``: the kernel spreads connections between them). They share one
Redis, as any two hub processes do (state, queue and console events all live
there), so a worker is just another hub process. Without ``REDIS_URL`` this
process starts the embedded Redis itself and hands its socket to the workers.
SIGTERM or SIGINT stops every worker; a worker that dies stops the others, so a
supervisor sees the hub exit.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import multiprocessing
import signal
from multiprocessing.connection import wait
from types import FrameType

from aiohttp import web

from handoff.app import create_app, start_embedded_redis
from handoff.settings import Settings

logger = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
STOP_SECONDS = 20.0


def run_one(settings: Settings, reuse_port: bool = False) -> None:
    """Runs one hub process until SIGINT or SIGTERM.

    Args:
        settings: The hub's settings (address, access log, event loop).
        reuse_port: Share the port with the other workers (``SO_REUSEPORT``).
    """
    if settings.uvloop:
        try:
            import uvloop
        except ImportError:
            logger.info("uvloop is not installed; serving on asyncio's own loop")
        else:
            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    web.run_app(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        print=None,
        reuse_port=reuse_port or None,
        access_log=logging.getLogger("aiohttp.access") if settings.access_log else None,
    )


def _worker(settings: Settings) -> None:
    """Entry point of a worker process (spawned, so logging is set up again)."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    run_one(settings, reuse_port=True)


def serve(settings: Settings) -> None:
    """Runs the hub with ``settings.workers`` processes until stopped.

    Args:
        settings: The hub's settings.

    Raises:
        SystemExit: A worker died on its own (exit status 1).
    """
    if settings.workers <= 1:
        run_one(settings)
        return
    server = None
    if not settings.redis_url:
        server = start_embedded_redis(settings.redis_dir)
        settings = dataclasses.replace(
            settings, redis_url=f"unix://{server.socket_file}"
        )
        logger.info("embedded Redis at %s for the workers", settings.redis_url)
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_worker, args=(settings,), name=f"hub-worker-{n}")
        for n in range(settings.workers)
    ]
    stopping = crashed = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for process in workers:
            if process.is_alive():
                process.terminate()

    previous = {
        sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        for process in workers:
            process.start()
        logger.info(
            "hub on %s:%d with %d workers",
            settings.host,
            settings.port,
            settings.workers,
        )
        wait([process.sentinel for process in workers])
        crashed = not stopping
        if crashed:
            logger.error("a hub worker exited; stopping the others")
        stop(signal.SIGTERM, None)
        for process in workers:
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if server is not None:
            server.shutdown()
    if crashed:
        raise SystemExit(1)
