"""Starting and stopping the system's processes on free loopback ports.

Usage::

    port = free_port()
    proc = start("hub", [python, "-m", "handoff", "serve"], env, log_dir)
    wait_http(f"http://127.0.0.1:{port}/healthz", proc, timeout=30)
    ...
    stop(proc)
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def venv_bin(name: str) -> str:
    """A console script beside the running Python (``rasa``...)."""
    return str(Path(sys.executable).parent / name)


def newest_model() -> Path | None:
    """The canonical model: the newest ``models/*.tar.gz`` (None when none)."""
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


@dataclass
class Process:
    """A started process and where its output goes."""

    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    def tail(self, chars: int = 3000) -> str:
        """The end of its log, for failure messages."""
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")[-chars:]
        return ""


def start(name: str, argv: list[str], env: dict[str, str], log_dir: Path) -> Process:
    """Starts a process in its own session, output to ``<log_dir>/<name>.log``."""
    log = log_dir / f"{name}.log"
    with log.open("wb") as out:
        popen = subprocess.Popen(
            argv,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Process(name, popen, log)


def wait_http(url: str, proc: Process, timeout: float) -> None:
    """Waits until ``url`` answers 200; raises with the log when it does not."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.popen.poll() is not None:
            raise RuntimeError(f"{proc.name} exited:\n{proc.tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{proc.name} not ready at {url} in {timeout}s:\n{proc.tail()}")


def stop(proc: Process, timeout: float = 20.0) -> None:
    """Stops a process (SIGTERM, then SIGKILL) and reaps it."""
    if proc.popen.poll() is None:
        proc.popen.terminate()
        try:
            proc.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.popen.kill()
            proc.popen.wait(timeout=timeout)


def kill(proc: Process) -> None:
    """Kills a process at once (SIGKILL), as a crash would."""
    if proc.popen.poll() is None:
        proc.popen.kill()
        proc.popen.wait(timeout=20)
