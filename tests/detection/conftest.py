"""Detection fixtures: the newest trained model, run over the team's labelled rows.

The rows live in two files: the learned model's training rows (``tune``, ``dev``) in
``data/detection/complaint_examples.csv``, the held-out batches in ``labelled.csv``
here (both written by ``build_labelled.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.evaluate import Outcome, newest_model, run_with_action_server
from scripts.detection.rows import HELD_OUT as LABELLED
from scripts.detection.rows import POSITIVE, ROOT, TRAINING, labelled_rows, load
from scripts.detection.rows import read_csv as read_rows

__all__ = ["LABELLED", "POSITIVE", "ROOT", "TRAINING", "labelled_rows", "read_rows"]


# A measurement stored by ``python -m scripts.detection.measure`` (of this model, on
# these rows) stands in for the ten-minute run when this names it: a round's quick
# check of every labelled-set assertion. Never set in CI.
STORED_OUTCOMES = "UNCANNED_STORED_OUTCOMES"


def stored_outcomes(path: Path) -> list[tuple[dict[str, str], Outcome]]:
    """The stored outcome of every labelled row; fails if a row is missing."""
    by_text = {row["text"]: (row, o) for row, o in load(path)}
    rows = labelled_rows()
    missing = [
        r["text"]
        for r in rows
        if r["text"] not in by_text or by_text[r["text"]][0]["label"] != r["label"]
    ]
    if missing:
        pytest.fail(
            f"{len(missing)} rows are not in {path} as labelled: {missing[0]!r}"
        )
    return [(row, by_text[row["text"]][1]) for row in rows]


@pytest.fixture(scope="session")
def labelled_outcomes() -> list[tuple[dict[str, str], Outcome]]:
    """Every labelled row run through the newest model (one load, one action server)."""
    if os.environ.get(STORED_OUTCOMES):
        return stored_outcomes(Path(os.environ[STORED_OUTCOMES]))
    try:
        model = newest_model(ROOT / "models")
    except FileNotFoundError as error:
        pytest.fail(str(error))
    rows = labelled_rows()
    outcomes = run_with_action_server(
        model,
        [(r["text"], r["label"], r["label"] in POSITIVE) for r in rows],
        progress=False,
    )
    return list(zip(rows, outcomes, strict=True))
