"""Session-scoped pytest fixtures: real Redis, action server, Rasa server, hubs.

They are registered for the whole suite by ``pytest_plugins`` in
``tests/conftest.py``; import only the helpers (``HubStarter``, ``add_agent``).

Each starts once per test session on free loopback ports and is torn down at the
end. Rasa loads the newest ``models/*.tar.gz`` (a clear failure when none:
run ``make train``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from handoff.embedded_redis import EmbeddedRedis
from scripts.processes import (
    Process,
    free_port,
    newest_model,
    start,
    stop,
    venv_bin,
    wait_http,
)

HubStarter = Callable[..., tuple[str, Process]]


@pytest.fixture(scope="session")
def logs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the started processes write their logs."""
    return tmp_path_factory.mktemp("process-logs")


@pytest.fixture(scope="session")
def live_redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real embedded Redis server for the session, as a ``redis://`` URL."""
    port = free_port()
    server = EmbeddedRedis(
        str(tmp_path_factory.mktemp("e2e-redis") / "e2e.rdb"),
        serverconfig={"port": str(port), "bind": "127.0.0.1"},
    )
    yield f"redis://127.0.0.1:{port}/0"
    server.shutdown()


@pytest.fixture(scope="session")
def action_server(logs_dir: Path) -> Iterator[str]:
    """The real action server; yields its webhook URL."""
    port = free_port()
    proc = start(
        "actions",
        [
            venv_bin("rasa"),
            "run",
            "actions",
            "--actions",
            "actions",
            "--port",
            str(port),
        ],
        {},
        logs_dir,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, timeout=120)
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        stop(proc)


def _endpoints(path: Path, action_url: str) -> Path:
    path.write_text(f'action_endpoint:\n  url: "{action_url}"\n')
    return path


def start_rasa(
    action_url: str, logs_dir: Path, name: str = "rasa"
) -> tuple[str, Process]:
    """Starts the real Rasa server with the newest model; returns (url, process)."""
    model = newest_model()
    if model is None:
        pytest.fail("No trained model in models/: run `make train` first.")
    port = free_port()
    endpoints = _endpoints(logs_dir / f"{name}-endpoints.yml", action_url)
    proc = start(
        name,
        [
            venv_bin("rasa"),
            "run",
            "--enable-api",
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
        ],
        {},
        logs_dir,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/status", proc, timeout=600)
    except RuntimeError:
        stop(proc)
        raise
    return url, proc


@pytest.fixture(scope="session")
def rasa_server(action_server: str, logs_dir: Path) -> Iterator[str]:
    """The real Rasa server (newest model, API enabled); yields its URL."""
    url, proc = start_rasa(action_server, logs_dir)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def start_hub(live_redis_url: str, logs_dir: Path) -> Iterator[HubStarter]:
    """Starts hub processes (``python -m handoff serve``) on the session's Redis.

    Call ``start_hub(rasa_url=..., **env)``; returns ``(url, process)``. Every hub
    started is stopped at the end of the session.
    """
    started: list[Process] = []

    def start_one(rasa_url: str, **env: str) -> tuple[str, Process]:
        port = free_port()
        proc = start(
            f"hub-{port}",
            [sys.executable, "-m", "handoff", "serve"],
            {
                "HUB_HOST": "127.0.0.1",
                "HUB_PORT": str(port),
                "REDIS_URL": live_redis_url,
                "RASA_URL": rasa_url,
                "TELEGRAM_TOKEN": "",
                **env,
            },
            logs_dir,
        )
        started.append(proc)
        url = f"http://127.0.0.1:{port}"
        wait_http(f"{url}/healthz", proc, timeout=60)
        return url, proc

    yield start_one
    for proc in started:
        stop(proc)


def add_agent(redis_url: str, name: str, password: str, role: str = "agent") -> None:
    """Creates an agent with the operator's own command, ``python -m handoff``."""
    added = subprocess.run(
        [sys.executable, "-m", "handoff", "agents", "add", name, "--role", role],
        input=f"{password}\n",
        capture_output=True,
        text=True,
        env={**os.environ, "REDIS_URL": redis_url},
        timeout=60,
        check=False,
    )
    if added.returncode != 0:
        pytest.fail(f"agents add {name} failed: {added.stderr}")
