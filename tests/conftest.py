"""Fixtures shared by the whole suite: paths and the trained Rasa model."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

# Real servers (Redis, action server, Rasa, hubs), started once per session and
# shared by every test folder; a watchdog that reports (and stops) a stuck test.
pytest_plugins = ["tests.support.fixtures", "tests.support.watchdog"]


def pytest_collection_finish(session: pytest.Session) -> None:
    """Gives the async tests the standard asyncio loop, as the hub has in production.

    Importing ``rasa.core`` (the handoff policy's tests do) installs uvloop's policy
    for the whole process. Under uvloop, an idle loop ignores Python signal handlers,
    so pytest-timeout could never stop a stuck test.
    """
    asyncio.set_event_loop_policy(None)


ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "models" / "stitch-and-sole.tar.gz"


def venv_bin(name: str) -> str:
    """Returns the path of a console script installed beside the running Python."""
    return str(Path(sys.executable).parent / name)


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The model `make train` builds; a clear failure (not a skip) when missing."""
    if not MODEL_PATH.exists():
        pytest.fail(f"No trained model at {MODEL_PATH}: run `make train` first.")
    return MODEL_PATH
