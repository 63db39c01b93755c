"""A helper's brief for a blind batch, and the batch wired into the labelled set.

    python -m scripts.detection.new_batch brief N "voice one" "voice two" "voice three"
    python -m scripts.detection.new_batch insert N PREVIOUS COMMENT.txt BATCH.py

``brief`` prints docs/detection-batch-brief.md for batch N with the three voices.
``insert`` reads ``FRESHN`` from the helper's file, drops every row close to an
earlier row (difflib ratio over 0.85, unread), writes the block after ``FRESH<PREV>``
in tests/detection/build_labelled.py with COMMENT.txt's lines as its comment, adds it
to the batch list as "heldoutN" and to ``MIN_ROWS`` in test_labelled_set.py. Then run
``python -m tests.detection.build_labelled`` (and ``ruff format``).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import logging
import re
import sys
from pathlib import Path

from scripts.detection.rows import ROOT, labelled_rows

logger = logging.getLogger(__name__)

BRIEF = ROOT / "docs" / "detection-batch-brief.md"
BUILD = ROOT / "tests" / "detection" / "build_labelled.py"
TEST = ROOT / "tests" / "detection" / "test_labelled_set.py"
TOO_CLOSE = 0.85

Batch = dict[tuple[str, str], list[str]]


def read_batch(path: Path, name: str) -> Batch:
    """The dictionary literal a helper's file assigns to ``name`` (never executed)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            try:
                batch: Batch = ast.literal_eval(node.value)
            except ValueError as error:
                # a helper wrote code (a call, a comprehension) where a literal goes
                raise SystemExit(
                    f"{path}: {name} is not a plain literal ({error}); "
                    "ask for the dictionary written out"
                ) from None
            return batch
    raise SystemExit(f"{path} assigns no {name}")


def brief(number: int, voices: list[str]) -> str:
    """The batch brief for batch ``number`` written in the three voices."""
    text = re.sub(r"<!--.*?-->\s*", "", BRIEF.read_text(encoding="utf-8"), flags=re.S)
    lines = [f"{i}. {voice}" for i, voice in enumerate(voices, start=1)]
    text = re.sub(
        r"1\. VOICE ONE.*?\n(?=2\. VOICE TWO)", lines[0] + "\n", text, flags=re.S
    )
    text = text.replace("2. VOICE TWO", lines[1]).replace("3. VOICE THREE", lines[2])
    text = text.replace("(batch N)", f"(batch {number})")
    return text.replace("freshN", f"fresh{number}").replace("FRESHN", f"FRESH{number}")


def too_close(text: str, earlier: list[str]) -> bool:
    """Whether ``text`` is within ``TOO_CLOSE`` of any earlier text."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(text)
    for other in earlier:
        matcher.set_seq1(other)
        if (
            matcher.real_quick_ratio() > TOO_CLOSE
            and matcher.quick_ratio() > TOO_CLOSE
            and matcher.ratio() > TOO_CLOSE
        ):
            return True
    return False


def kept_rows(batch: Batch) -> tuple[Batch, int]:
    """The batch without rows close to an earlier row, and how many were dropped."""
    earlier = [row["text"] for row in labelled_rows()]
    kept: Batch = {}
    dropped = 0
    for key, texts in batch.items():
        kept[key] = []
        for text in texts:
            if too_close(text, earlier):
                dropped += 1
            else:
                kept[key].append(text)
                earlier.append(text)
    return kept, dropped


def block(number: int, batch: Batch, comment: str) -> str:
    """The ``FRESHN`` assignment as build_labelled.py writes it."""
    lines = [f"# {line}".rstrip() for line in comment.strip().splitlines()]
    lines.append(f"FRESH{number}: dict[tuple[str, str], list[str]] = {{")
    for (label, category), texts in batch.items():
        lines.append(f'    ("{label}", "{category}"): [')
        lines += [f"        {json.dumps(t, ensure_ascii=False)}," for t in texts]
        lines.append("    ],")
    lines.append("}")
    return "\n".join(lines) + "\n"


def insert(number: int, previous: int, comment: str, batch: Batch) -> None:
    """Writes the batch into build_labelled.py and its split into MIN_ROWS."""
    source = BUILD.read_text(encoding="utf-8")
    start = source.index(f"\nFRESH{previous}: dict")
    end = source.index("\n}\n", start) + 3
    source = source[:end] + "\n\n" + block(number, batch, comment) + source[end:]
    entry = f'        (FRESH{previous}, "heldout{previous}"),\n'
    source = source.replace(
        entry, entry + f'        (FRESH{number}, "heldout{number}"),\n', 1
    )
    BUILD.write_text(source, encoding="utf-8")
    test = TEST.read_text(encoding="utf-8")
    entry = f'    "heldout{previous}": 100,\n'
    if entry not in test:
        raise SystemExit(f"no MIN_ROWS entry for heldout{previous} in {TEST}")
    TEST.write_text(
        test.replace(entry, entry + f'    "heldout{number}": 100,\n', 1),
        encoding="utf-8",
    )


def main() -> None:
    """Prints a brief or inserts a batch."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("brief")
    write.add_argument("number", type=int)
    write.add_argument("voices", nargs=3)
    add = commands.add_parser("insert")
    add.add_argument("number", type=int)
    add.add_argument("previous", type=int)
    add.add_argument("comment", type=Path)
    add.add_argument("batch", type=Path)
    args = parser.parse_args()
    if args.command == "brief":
        sys.stdout.write(brief(args.number, args.voices))
        return
    batch, dropped = kept_rows(read_batch(args.batch, f"FRESH{args.number}"))
    insert(args.number, args.previous, args.comment.read_text(encoding="utf-8"), batch)
    logger.info(
        "batch %d: %d rows kept, %d dropped as close to an earlier row",
        args.number,
        sum(map(len, batch.values())),
        dropped,
    )


if __name__ == "__main__":
    main()
