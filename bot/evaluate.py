"""Evaluation CLI: run the trained model on labelled messages, score the handoffs.

Usage::

    python -m bot.evaluate FILE.csv --text-column text --label-column label \
        --positive complaint [--negative routine] [--out results.csv] [--model PATH]

Each row is the first message of a fresh conversation. The model is loaded once
(Rasa ``Agent``); custom actions run on an action server: the one at
``--action-endpoint``, or one started here on a free port for the run. Prints
precision, recall and F1 of "handed off" against the label, the confusion matrix,
the count of canned-cheerful replies to positive rows, and the misses.

Labels: a row is positive when its label is one of ``--positive``; with
``--negative`` only rows whose label is listed there count as negative and the others
are skipped (e.g. ``--positive 3 --positive 4 --negative 0 --negative 1`` for graded
data). Numeric labels are compared as numbers ("3.0" is "3").
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.frustration.cheerful import is_cheerful
from bot.frustration.metrics import Confusion

logger = logging.getLogger(__name__)

OUT_COLUMNS = ["text", "label", "handed_off", "reason", "level", "score", "reply"]


@dataclass
class Outcome:
    """What the bot did with one message."""

    text: str
    label: str
    positive: bool
    handed_off: bool
    reason: str
    level: str
    score: float
    reply: str


def normalise_label(value: str | None) -> str:
    """Returns the label stripped, with numbers in one spelling ("3.0" -> "3")."""
    text = (value or "").strip()
    try:
        number = float(text)
    except ValueError:
        return text.lower()
    return str(int(number)) if number.is_integer() else str(number)


def newest_model(folder: Path = Path("models")) -> Path:
    """Returns the newest ``*.tar.gz`` in ``folder``.

    Raises:
        FileNotFoundError: when there is none.
    """
    models = sorted(folder.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise FileNotFoundError(f"No trained model in {folder}/ (run `make train`).")
    return models[-1]


def read_rows(
    path: Path,
    text_column: str,
    label_column: str,
    positive: set[str],
    negative: set[str],
) -> list[tuple[str, str, bool]]:
    """Reads (text, label, is_positive) rows, skipping empty texts and unlisted labels.

    Raises:
        ValueError: when a column is missing.
    """
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        for column in (text_column, label_column):
            if column not in fields:
                raise ValueError(
                    f"{path}: no column '{column}' (columns: {', '.join(fields)})"
                )
        rows = []
        for row in reader:
            text = (row.get(text_column) or "").strip()
            label = normalise_label(row.get(label_column))
            if not text:
                continue
            if label in positive:
                rows.append((text, label, True))
            elif not negative or label in negative:
                rows.append((text, label, False))
        return rows


def free_port() -> int:
    """Returns a free TCP port on localhost."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_action_server(port: int) -> subprocess.Popen[bytes]:
    """Starts ``rasa_sdk`` with the project's actions and waits until it answers.

    Raises:
        RuntimeError: when it does not come up within 60 s.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1):
                return process
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError("The action server did not start within 60 s.")


def outcome_of(
    text: str,
    label: str,
    positive: bool,
    messages: list[dict[str, Any]],
    tracker_info: dict[str, Any],
) -> Outcome:
    """Builds the outcome from the bot's messages and the detector's dict."""
    handoff = next(
        (
            m["custom"]["handoff"]
            for m in messages
            if isinstance(m.get("custom"), dict) and "handoff" in m["custom"]
        ),
        None,
    )
    reply = " ".join(str(m["text"]) for m in messages if m.get("text"))
    info = handoff if handoff is not None else tracker_info
    return Outcome(
        text=text,
        label=label,
        positive=positive,
        handed_off=handoff is not None,
        reason=str(handoff.get("reason", "")) if handoff else "",
        level=str(info.get("level", "")),
        score=float(info.get("score", 0.0)),
        reply=reply,
    )


async def run_rows(
    model: Path,
    endpoint: str,
    rows: list[tuple[str, str, bool]],
    progress: bool = True,
) -> list[Outcome]:
    """Loads the model once and sends each row as a fresh conversation.

    Args:
        model: the trained model archive.
        endpoint: the action server's webhook URL.
        rows: (text, label, is_positive) triples.
        progress: whether to show a tqdm progress bar.

    Returns:
        One outcome per row, in order.
    """
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog
    from tqdm import tqdm

    configure_structlog(logging.WARNING)  # Rasa's debug events would flood stdout

    agent = Agent.load(str(model), action_endpoint=EndpointConfig(url=endpoint))
    outcomes = []
    for index, (text, label, positive) in enumerate(
        tqdm(rows, desc="messages", unit="msg", disable=not progress)
    ):
        sender = f"eval:{index}"
        messages = await agent.handle_text(text, sender_id=sender) or []
        tracker = await agent.tracker_store.retrieve(sender)
        latest = (
            tracker.latest_message.parse_data
            if tracker and tracker.latest_message
            else {}
        )
        info = latest.get("frustration") or {}
        outcomes.append(outcome_of(text, label, positive, messages, info))
        store = getattr(agent.tracker_store, "store", None)
        if isinstance(store, dict):  # the in-memory store: keep memory flat
            store.pop(sender, None)
    return outcomes


def run_with_action_server(
    model: Path, rows: list[tuple[str, str, bool]], progress: bool = True
) -> list[Outcome]:
    """``run_rows`` with an action server started on a free port for the run."""
    port = free_port()
    server = start_action_server(port)
    try:
        return asyncio.run(
            run_rows(model, f"http://127.0.0.1:{port}/webhook", rows, progress)
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


def report(outcomes: list[Outcome], misses: int) -> str:
    """Returns the printed report: metrics, matrix, cheerful count, misses."""
    confusion = Confusion.of(
        [o.positive for o in outcomes], [o.handed_off for o in outcomes]
    )
    cheerful = [o for o in outcomes if o.positive and is_cheerful(o.reply)]
    lines = [
        f"rows: {len(outcomes)} ({confusion.tp + confusion.fn} positive)",
        f"precision {confusion.precision:.3f}  recall {confusion.recall:.3f}  "
        f"F1 {confusion.f1:.3f}",
        f"false handoff rate on negatives: {confusion.false_positive_rate:.3f}",
        confusion.table(),
        f"canned-cheerful replies to positive rows: {len(cheerful)}",
    ]
    for o in cheerful[:misses]:
        lines.append(f"  CHEERFUL {o.text!r} -> {o.reply!r}")
    missed = [o for o in outcomes if o.positive and not o.handed_off]
    false = [o for o in outcomes if not o.positive and o.handed_off]
    lines.append(f"missed positives: {len(missed)}")
    lines += [f"  MISS [{o.level} {o.score:.2f}] {o.text!r}" for o in missed[:misses]]
    lines.append(f"false handoffs: {len(false)}")
    lines += [f"  FALSE [{o.reason} {o.score:.2f}] {o.text!r}" for o in false[:misses]]
    return "\n".join(lines)


def write_out(path: Path, outcomes: list[Outcome]) -> None:
    """Writes one row per message with ``OUT_COLUMNS``."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(OUT_COLUMNS)
        for o in outcomes:
            writer.writerow(
                [
                    o.text,
                    o.label,
                    "true" if o.handed_off else "false",
                    o.reason,
                    o.level,
                    f"{o.score:.4f}",
                    o.reply,
                ]
            )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parses the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bot.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("csv", type=Path, help="labelled CSV file")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="label")
    parser.add_argument(
        "--positive", action="append", required=True, help="positive label (repeatable)"
    )
    parser.add_argument(
        "--negative",
        action="append",
        default=[],
        help="negative label (repeatable; others skipped)",
    )
    parser.add_argument("--out", type=Path, help="write per-row results here")
    parser.add_argument(
        "--model", type=Path, help="model .tar.gz (default: newest in models/)"
    )
    parser.add_argument("--action-endpoint", help="running action server webhook URL")
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows")
    parser.add_argument(
        "--misses", type=int, default=30, help="how many misses to print"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the evaluation; returns the exit code (2 on bad input)."""
    logging.basicConfig(level=logging.WARNING)
    args = parse_args(argv)
    positive = {normalise_label(v) for v in args.positive}
    negative = {normalise_label(v) for v in args.negative}
    try:
        rows = read_rows(
            args.csv, args.text_column, args.label_column, positive, negative
        )
        model = args.model or newest_model()
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.limit:
        rows = rows[: args.limit]
    if not rows:
        print("error: no rows to evaluate", file=sys.stderr)
        return 2
    if args.action_endpoint:
        outcomes = asyncio.run(run_rows(model, args.action_endpoint, rows))
    else:
        outcomes = run_with_action_server(model, rows)
    print(report(outcomes, args.misses))
    if args.out:
        write_out(args.out, outcomes)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
