"""Detection fixtures: the newest trained model, run over the labelled set."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest

from bot.evaluate import Outcome, free_port, newest_model, run_rows, start_action_server

ROOT = Path(__file__).resolve().parents[2]
LABELLED = Path(__file__).with_name("labelled.csv")
POSITIVE = {"complaint", "request_human"}


def labelled_rows() -> list[dict[str, str]]:
    """Rows of the team-written labelled set."""
    with LABELLED.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def labelled_outcomes() -> list[tuple[dict[str, str], Outcome]]:
    """Every labelled row run through the newest model (one load, one action server)."""
    try:
        model = newest_model(ROOT / "models")
    except FileNotFoundError as error:
        pytest.fail(str(error))
    rows = labelled_rows()
    port = free_port()
    server = start_action_server(port)
    try:
        outcomes = asyncio.run(
            run_rows(
                model,
                f"http://127.0.0.1:{port}/webhook",
                [(r["text"], r["label"], r["label"] in POSITIVE) for r in rows],
                progress=False,
            )
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return list(zip(rows, outcomes, strict=True))
