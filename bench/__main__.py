"""`make bench`: runs every benchmark and writes docs/benchmarks.md.

The report is rewritten after each section, so a section that fails (its error is
written in its place) never costs the figures of the others. `python -m bench
bench.hub` runs only the named sections and keeps the others' last figures: from
``results/bench/`` when this checkout ran them, else from the report itself (each
section follows a marker naming it), so a fresh clone keeps them too.
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "benchmarks.md"
# Sections in order; a module that is missing is reported, not hidden.
SECTIONS = ["bench.machine", "bench.rasa_rest", "bench.detector", "bench.hub"]
MARKER = "<!-- bench section: {name} -->"
MARKER_RE = re.compile(r"<!-- bench section: ([\w.]+) -->\n")

logger = logging.getLogger("bench")


def section_path(name: str) -> Path:
    """Where a section's latest Markdown is kept between runs."""
    return ROOT / "results" / "bench" / f"{name}.md"


def run_section(name: str) -> str:
    """Runs one section; a failure becomes its text, not the end of the run."""
    try:
        return str(importlib.import_module(name).run())
    except Exception as exc:
        logger.exception("%s failed", name)
        return f"## {name}\n\n**Failed**: `{type(exc).__name__}: {exc}`\n"


def sections_in(report: str) -> dict[str, str]:
    """The sections of a written report, by the marker before each."""
    pieces = MARKER_RE.split(report)
    return {
        name: text.strip("\n") + "\n"
        for name, text in zip(pieces[1::2], pieces[2::2], strict=True)
    }


def write_report() -> None:
    """Joins the kept sections into docs/benchmarks.md."""
    earlier = sections_in(OUTPUT.read_text(encoding="utf-8")) if OUTPUT.exists() else {}
    parts = ["# Benchmarks", "", "Written by `make bench`.", ""]
    for name in SECTIONS:
        path = section_path(name)
        text = path.read_text(encoding="utf-8") if path.exists() else earlier.get(name)
        if text:
            parts += [MARKER.format(name=name), text]
    OUTPUT.write_text("\n".join(parts), encoding="utf-8")


def main(argv: list[str]) -> None:
    """Runs the named sections (all by default), writing the report after each."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    wanted = argv or SECTIONS
    unknown = sorted(set(wanted) - set(SECTIONS))
    if unknown:
        raise SystemExit(f"unknown sections {unknown}; choose from {SECTIONS}")
    section_path(SECTIONS[0]).parent.mkdir(parents=True, exist_ok=True)
    for name in wanted:
        logger.info("running %s", name)
        section_path(name).write_text(run_section(name), encoding="utf-8")
        write_report()
    logger.info("wrote %s", OUTPUT)


if __name__ == "__main__":
    main(sys.argv[1:])
