"""Runs labelled rows through the newest trained model and stores every outcome.

    python -m scripts.detection.measure OUT.json [--splits heldout176,heldout177]
    python -m scripts.detection.measure OUT.json --texts TEXTS.json --base BASE.json

With ``--texts`` (a JSON list of texts) only those rows are run again and merged into
the ``--base`` measurement: a quick re-check after a change that moved a few rows.
About ten minutes for every row on two cores.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from bot.evaluate import newest_model, run_with_action_server
from scripts.detection.rows import (
    POSITIVE,
    ROOT,
    Measured,
    Row,
    labelled_rows,
    load,
    save,
)

logger = logging.getLogger(__name__)


def measure(rows: list[Row]) -> Measured:
    """Each row with its outcome from the newest model and a fresh action server."""
    outcomes = run_with_action_server(
        newest_model(ROOT / "models"),
        [(r["text"], r["label"], r["label"] in POSITIVE) for r in rows],
        progress=False,
    )
    return list(zip(rows, outcomes, strict=True))


def main() -> None:
    """Measures the chosen rows and writes them to the output file."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--splits", help="comma-separated splits (default: all)")
    parser.add_argument("--texts", type=Path, help="JSON list of texts to run again")
    parser.add_argument("--base", type=Path, help="measurement the texts merge into")
    args = parser.parse_args()
    splits = set(args.splits.split(",")) if args.splits else None
    rows = labelled_rows(splits)
    if args.texts:
        if not args.base:
            parser.error("--texts needs --base")
        wanted = set(json.loads(args.texts.read_text(encoding="utf-8")))
        fresh = {
            row["text"]: (row, o)
            for row, o in measure([r for r in rows if r["text"] in wanted])
        }
        merged = [fresh.get(row["text"], (row, o)) for row, o in load(args.base)]
        logger.info("%d of %d rows measured again", len(fresh), len(merged))
        save(args.out, merged)
        return
    save(args.out, measure(rows))
    logger.info("wrote %d rows to %s", len(rows), args.out)


if __name__ == "__main__":
    main()
