"""The team's labelled rows and stored measurements of them."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Any

from bot.evaluate import Outcome

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "data" / "detection" / "complaint_examples.csv"
HELD_OUT = ROOT / "tests" / "detection" / "labelled.csv"
POSITIVE = {"complaint", "request_human"}

Row = dict[str, str]
Measured = list[tuple[Row, Outcome]]


def read_csv(path: Path) -> list[Row]:
    """The rows of one CSV, as dictionaries."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def labelled_rows(splits: set[str] | None = None) -> list[Row]:
    """Every team-written labelled row (training rows first), or those of ``splits``."""
    rows = read_csv(TRAINING) + read_csv(HELD_OUT)
    return [r for r in rows if splits is None or r["split"] in splits]


def held_out_splits() -> set[str]:
    """The batches never trained on (the held-out file's splits; round 42)."""
    return {row["split"] for row in read_csv(HELD_OUT)}


def save(path: Path, measured: Measured) -> None:
    """Writes rows and their outcomes as JSON."""
    data = [{"row": row, "outcome": dataclasses.asdict(o)} for row, o in measured]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def load(path: Path) -> Measured:
    """Reads what ``save`` wrote."""
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [(item["row"], Outcome(**item["outcome"])) for item in data]
