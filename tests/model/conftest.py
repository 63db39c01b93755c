"""A real Rasa server with the trained model and the real action server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.processes import free_port, server, venv_bin


@pytest.fixture(scope="session")
def rasa_url(
    trained_model: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Base URL of a Rasa server (REST + HTTP API) backed by the action server."""
    actions_port, rasa_port = free_port(), free_port()
    store = tmp_path_factory.mktemp("store") / "store.sqlite3"
    endpoints = tmp_path_factory.mktemp("endpoints") / "endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
    )
    actions = [
        venv_bin("rasa"),
        "run",
        "actions",
        "--actions",
        "actions",
        "-p",
        str(actions_port),
    ]
    rasa = [
        venv_bin("rasa"),
        "run",
        "--enable-api",
        "-i",
        "127.0.0.1",
        "-p",
        str(rasa_port),
        "-m",
        str(trained_model),
        "--endpoints",
        str(endpoints),
    ]
    env = {"STORE_PATH": str(store)}
    with (
        server(actions, f"http://127.0.0.1:{actions_port}/health", env),
        server(rasa, f"http://127.0.0.1:{rasa_port}/status", env, timeout=240),
    ):
        yield f"http://127.0.0.1:{rasa_port}"
