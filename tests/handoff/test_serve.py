"""``python -m handoff serve`` with several workers: one port, one Redis, clean stop.

Real processes on loopback; the embedded Redis is started by the serving process.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import psutil
import pytest

from handoff import notices
from handoff.settings import Settings
from scripts.processes import Process, free_port, start, stop, wait_http

WORKERS = 2


def workers_of(proc: Process) -> list[psutil.Process]:
    """The spawned worker processes of a serving hub."""
    children = psutil.Process(proc.popen.pid).children()
    return [c for c in children if "spawn_main" in " ".join(c.cmdline())]


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Process]]:
    """A hub with two workers and its own embedded Redis (no ``REDIS_URL``)."""
    port = free_port()
    proc = start(
        f"hub-workers-{port}",
        [sys.executable, "-m", "handoff", "serve"],
        {
            "HUB_HOST": "127.0.0.1",
            "HUB_PORT": str(port),
            "HUB_WORKERS": str(WORKERS),
            "HUB_REDIS_DIR": str(tmp_path / "redis"),
            "REDIS_URL": "",
            "RASA_URL": "http://127.0.0.1:9",  # bot down: conversations queue
            "HUB_BOT_TIMEOUT": "1",
            "TELEGRAM_TOKEN": "",
        },
        tmp_path,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/healthz", proc, timeout=60)
        deadline = time.monotonic() + 30
        while len(workers_of(proc)) < WORKERS and time.monotonic() < deadline:
            time.sleep(0.2)
        yield url, proc
    finally:
        stop(proc)


async def test_workers_share_the_port_and_the_redis(
    served: tuple[str, Process],
) -> None:
    url, proc = served
    assert len(workers_of(proc)) == WORKERS, proc.tail()
    answers = []
    for n in range(12):  # a new connection each time, so both workers answer
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": "wanda", "message": f"hello {n}"},
            ) as r,
        ):
            assert r.status == 200, await r.text()
            answers.append([m["text"] for m in await r.json()])
    assert notices.BOT_UNAVAILABLE in answers[0]
    # Whichever worker took them, every later message found the queued state.
    assert all(a == [notices.WAITING_ACK] for a in answers[1:])


def test_sigterm_stops_every_worker(served: tuple[str, Process]) -> None:
    _, proc = served
    workers = workers_of(proc)
    assert len(workers) == WORKERS
    proc.popen.send_signal(signal.SIGTERM)
    assert proc.popen.wait(timeout=30) == 0, proc.tail()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


def test_a_dead_worker_stops_the_hub(served: tuple[str, Process]) -> None:
    _, proc = served
    workers = workers_of(proc)
    workers[0].kill()
    try:
        code = proc.popen.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the hub kept running without a worker:\n{proc.tail()}")
    assert code == 1
    _, alive = psutil.wait_procs(workers[1:], timeout=10)
    assert not alive


def test_serving_settings_from_env() -> None:
    s = Settings.from_env(
        {"HUB_WORKERS": "3", "HUB_ACCESS_LOG": "1", "HUB_UVLOOP": "0"}
    )
    assert (s.workers, s.access_log, s.uvloop) == (3, True, False)
    d = Settings.from_env({})
    assert (d.workers, d.access_log, d.uvloop) == (1, False, True)
    assert Settings.from_env({"HUB_WORKERS": "0"}).workers == 1
