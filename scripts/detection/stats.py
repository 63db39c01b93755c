"""Figures of a stored measurement: F1, false handoffs and cheerful replies per split.

python -m scripts.detection.stats M.json [SPLIT ...]      per split and overall
python -m scripts.detection.stats M.json SPLIT --wrong    the misses of a split
python -m scripts.detection.stats M.json --diff OTHER.json rows that moved
"""

from __future__ import annotations

import argparse
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.evaluate import Outcome
from bot.frustration.cheerful import is_cheerful
from bot.frustration.metrics import Confusion
from scripts.detection.rows import Measured, held_out_splits, load

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Figures:
    """What a round reports of a set of measured rows."""

    rows: int
    confusion: Confusion
    negatives: int
    false_handoffs: int
    cheerful: int
    praise: int
    praise_warm: int

    def line(self, name: str) -> str:
        """One line of the report."""
        c = self.confusion
        rate = self.false_handoffs / max(self.negatives, 1)
        warm = f"{self.praise_warm}/{self.praise}" if self.praise else "-"
        return (
            f"{name:<14} {self.rows:>6}  F1 {c.f1:.3f} P {c.precision:.3f} "
            f"R {c.recall:.3f}  false {self.false_handoffs}/{self.negatives} "
            f"({rate:.1%})  cheerful {self.cheerful}  praise warm {warm}"
        )


def figures(measured: Measured) -> Figures:
    """The figures of the given rows."""
    outcomes = [o for _row, o in measured]
    praise = [o for o in outcomes if o.label == "praise"]
    return Figures(
        rows=len(outcomes),
        confusion=Confusion.of(
            [o.positive for o in outcomes], [o.handed_off for o in outcomes]
        ),
        negatives=sum(not o.positive for o in outcomes),
        false_handoffs=sum(not o.positive and o.handed_off for o in outcomes),
        cheerful=sum(o.positive and is_cheerful(o.reply) for o in outcomes),
        praise=len(praise),
        praise_warm=sum(is_cheerful(o.reply) and not o.handed_off for o in praise),
    )


def split_key(split: str) -> tuple[int, str]:
    """Orders splits by their batch number (``heldout9`` before ``heldout10``)."""
    number = re.search(r"\d+$", split)
    return (int(number.group(0)) if number else 0, split)


def wrong(measured: Measured) -> list[Outcome]:
    """Rows whose handoff does not match their label."""
    return [o for _row, o in measured if o.positive != o.handed_off]


def describe(outcome: Outcome) -> str:
    """One row's label, reading and text."""
    verdict = f"HANDOFF {outcome.reason}" if outcome.handed_off else "bot"
    return (
        f"[{outcome.label} -> {verdict}"
        f" {outcome.level} {outcome.score:.2f}] {outcome.text}\n    reply: "
        f"{outcome.reply[:120]}"
    )


def main() -> None:
    """Prints the chosen report."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("measurement", type=Path)
    parser.add_argument("splits", nargs="*")
    parser.add_argument("--wrong", action="store_true", help="list the misses")
    parser.add_argument("--diff", type=Path, help="rows that read otherwise there")
    args = parser.parse_args()
    measured = load(args.measurement)
    if args.splits:
        chosen = set(args.splits)
        measured = [(r, o) for r, o in measured if r["split"] in chosen]
    if args.diff:
        other = {o.text: o for _r, o in load(args.diff)}
        for row, outcome in measured:
            then = other.get(outcome.text)
            if then is not None and then.handed_off != outcome.handed_off:
                toward = outcome.handed_off == outcome.positive
                logger.info(
                    "%s %s\n  %s",
                    "TOWARD" if toward else "AWAY",
                    row["split"],
                    describe(outcome),
                )
        return
    if args.wrong:
        for outcome in wrong(measured):
            logger.info("%s", describe(outcome))
        return
    by_split: dict[str, Measured] = defaultdict(list)
    for row, outcome in measured:
        by_split[row["split"]].append((row, outcome))
    for split in sorted(by_split, key=split_key):
        logger.info("%s", figures(by_split[split]).line(split))
    held_out = held_out_splits()
    held = [(r, o) for r, o in measured if r["split"] in held_out]
    if held:
        logger.info("%s", figures(held).line("held-out"))
    logger.info("%s", figures(measured).line("all"))


if __name__ == "__main__":
    main()
