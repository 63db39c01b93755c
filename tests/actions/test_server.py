"""The real action server starts cleanly and answers from the store over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import venv_bin

from .conftest import ROOT

STARTUP_LIMIT_S = 180  # generous: the machine is shared; this is not a benchmark


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def http(url: str, body: dict[str, Any] | None = None) -> dict[str, Any] | list[Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        loaded: dict[str, Any] | list[Any] = json.loads(response.read())
    return loaded


@pytest.fixture
def action_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log_path = tmp_path / "actions.log"
    env = {**os.environ, "STORE_PATH": str(tmp_path / "store.sqlite3")}
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                venv_bin("rasa"),
                "run",
                "actions",
                "--actions",
                "actions",
                "-p",
                f"{port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + STARTUP_LIMIT_S
            while True:
                if process.poll() is not None:
                    pytest.fail(f"action server exited:\n{log_path.read_text()}")
                try:
                    http(f"{url}/health")
                    break
                except (urllib.error.URLError, ConnectionError):
                    if time.monotonic() > deadline:
                        pytest.fail(f"action server not up:\n{log_path.read_text()}")
                    time.sleep(0.5)
            yield url, log_path
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.mark.e2e
def test_action_server_starts_cleanly_and_answers(
    action_server: tuple[str, Path],
) -> None:
    url, log_path = action_server
    names = {a["name"] for a in http(f"{url}/actions")}  # type: ignore[union-attr]
    assert {"action_check_order_status", "validate_return_form"} <= names
    tracker = {
        "sender_id": "rest:alice",
        "slots": {"order_number": "104102"},
        "latest_message": {"text": "where is 104102", "intent": {}, "entities": []},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": None,
    }
    reply = http(
        f"{url}/webhook",
        {"next_action": "action_check_order_status", "tracker": tracker, "domain": {}},
    )
    assert isinstance(reply, dict)
    (message,) = reply["responses"]
    assert "on its way with Royal Mail" in message["text"]
    assert reply["events"][0]["name"] == "order_number"
    log = log_path.read_text()
    assert "Action endpoint is up and running" in log
    assert "Traceback" not in log and " ERROR " not in log
