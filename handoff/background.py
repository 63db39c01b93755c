"""Stopping background tasks at shutdown without ever hanging on one.

A cancellation can be lost: a library that catches it deep inside a call (an HTTP
request, a Redis command) lets the task go on to its next wait, and ``await task``
then never returns. The hub's shutdown (and a test's teardown) hung that way. Here
each task is cancelled, waited for a moment, cancelled again while it still runs, and
left behind with an error in the log when it will not stop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from typing import Any

logger = logging.getLogger(__name__)

ATTEMPTS = 5
PATIENCE_S = 1.0


async def stop_tasks(
    tasks: Collection[asyncio.Task[Any]],
    attempts: int = ATTEMPTS,
    patience_s: float = PATIENCE_S,
) -> set[asyncio.Task[Any]]:
    """Cancels the tasks until they end; returns those that never did.

    Args:
        tasks: The tasks to stop.
        attempts: How many times a task still running is cancelled.
        patience_s: How long each attempt waits for the tasks to end.
    """
    pending = {task for task in tasks if not task.done()}
    for attempt in range(1, attempts + 1):
        if not pending:
            break
        if attempt > 1:
            for task in pending:
                logger.warning(
                    "task %s lost its cancellation; cancelling it again",
                    task.get_name(),
                )
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=patience_s)
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            logger.error("task %s failed", task.get_name(), exc_info=task.exception())
    for task in pending:
        logger.error("task %s did not stop; left behind", task.get_name())
    return pending
