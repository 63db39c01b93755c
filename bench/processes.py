"""Starts a server process for a benchmark and waits until it answers."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import psutil
import requests

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """Returns a TCP port on loopback that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def venv_bin(name: str) -> str:
    """Returns the path of a console script installed beside the running Python."""
    return str(Path(sys.executable).parent / name)


def wait_until_ready(url: str, proc: subprocess.Popen[bytes], timeout: float) -> float:
    """Polls `url` until it answers 200; returns the seconds it took.

    Raises:
        RuntimeError: the process exited or the timeout passed first.
    """
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {proc.returncode}")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return time.perf_counter() - started
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} was not ready after {timeout} s")


def resident_mib(proc: subprocess.Popen[bytes]) -> float:
    """Resident memory of a process and its children, in MiB."""
    parent = psutil.Process(proc.pid)
    total = parent.memory_info().rss
    for child in parent.children(recursive=True):
        total += child.memory_info().rss
    return total / 2**20


@contextmanager
def server(
    command: Sequence[str],
    ready_url: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """Runs `command` until the block ends; yields the process and its start time."""
    log_path = ROOT / "results" / f"bench-{Path(command[0]).name}-{free_port()}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield proc, wait_until_ready(ready_url, proc, timeout)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
