"""Runs a server process for the length of a benchmark (see `scripts.processes`)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import psutil

from scripts.processes import ROOT, Process, free_port, start, stop, venv_bin, wait_http

__all__ = ["ROOT", "free_port", "resident_mib", "server", "venv_bin"]

LOGS = ROOT / "results" / "bench-logs"


def resident_mib(proc: Process) -> float:
    """Resident memory of a process and its children, in MiB."""
    parent = psutil.Process(proc.popen.pid)
    total = parent.memory_info().rss
    for child in parent.children(recursive=True):
        total += child.memory_info().rss
    return total / 2**20


@contextmanager
def server(
    command: Sequence[str],
    ready_url: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> Iterator[tuple[Process, float]]:
    """Runs `command` until the block ends; yields it and its seconds to ready."""
    LOGS.mkdir(parents=True, exist_ok=True)
    name = f"{Path(command[0]).name}-{free_port()}"
    started = time.perf_counter()
    proc = start(name, list(command), dict(env or {}), LOGS)
    try:
        wait_http(ready_url, proc, timeout)
        yield proc, time.perf_counter() - started
    finally:
        stop(proc)
