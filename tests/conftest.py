"""Fixtures shared by the whole suite: paths and the trained Rasa model."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Real servers (Redis, action server, Rasa, hubs), started once per session and
# shared by every test folder.
pytest_plugins = ["tests.support.fixtures"]

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
