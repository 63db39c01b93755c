"""A watchdog that reports where a test is stuck: every thread and every asyncio task.

pytest-timeout (signal method) fails a stuck test, but its report shows only the
threads, not the asyncio task that waits, and it cannot fire while a loop that ignores
Python signal handlers (uvloop) waits for I/O. When a test (setup, call and teardown)
still runs ``HANG_REPORT_S`` after it started, this plugin writes the stack of every
thread and of every pending asyncio task to the terminal; if it still runs
``HANG_STOP_S`` after it started, it sends the main thread a real SIGINT, so a hang
becomes a short red run with a diagnosis.
"""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import io
import os
import signal
import tempfile
import threading
from collections.abc import Iterator

import pytest

# Before pytest-timeout (600 s in pyproject.toml) fails the test: where it waits.
HANG_REPORT_S = float(os.environ.get("TEST_HANG_REPORT_S", "300"))
# After pytest-timeout had its chance.
HANG_STOP_S = float(os.environ.get("TEST_HANG_STOP_S", "660"))


def _pending_tasks() -> list[asyncio.Task[object]]:
    loops = [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, asyncio.AbstractEventLoop) and obj.is_running()
    ]
    return [task for loop in loops for task in asyncio.all_tasks(loop)]


def report_hang(item: pytest.Item, after_s: float) -> None:
    """Writes every thread's and pending task's stack to the terminal."""
    report = io.StringIO()
    report.write(f"\n=== {item.nodeid} still running after {after_s:.0f} s ===\n")
    with tempfile.TemporaryFile("w+") as threads:  # faulthandler needs a real file
        faulthandler.dump_traceback(file=threads, all_threads=True)
        threads.seek(0)
        report.write(threads.read())
    for task in _pending_tasks():
        report.write(f"--- {task!r}\n")
        task.print_stack(limit=12, file=report)
    capture = item.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        item.config.get_terminal_writer().write(report.getvalue(), flush=True)


def stop_hang(item: pytest.Item, after_s: float = HANG_STOP_S) -> None:
    """Reports again, then stops pytest."""
    report_hang(item, after_s)
    # A real signal: it interrupts the main thread's wait for I/O.
    main = threading.main_thread().ident
    if main is not None:
        signal.pthread_kill(main, signal.SIGINT)


def limits(item: pytest.Item) -> tuple[float, float]:
    """When to report and when to stop ``item``: the defaults, or scaled to its own
    ``timeout`` marker (half of it, and a minute after it, as for the default 600 s).
    """
    marker = item.get_closest_marker("timeout")
    if marker is None or not marker.args:
        return HANG_REPORT_S, HANG_STOP_S
    timeout = float(marker.args[0])
    return timeout / 2, timeout + 60


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    """Arms the watchdog for one test's setup, call and teardown."""
    report_after, stop_after = limits(item)
    timers = [
        threading.Timer(report_after, report_hang, args=(item, report_after)),
        threading.Timer(stop_after, stop_hang, args=(item, stop_after)),
    ]
    for timer in timers:
        timer.daemon = True
        timer.start()
    try:
        yield
    finally:
        for timer in timers:
            timer.cancel()
