"""`make bench`: runs every benchmark and writes docs/benchmarks.md."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "benchmarks.md"
# Sections in order; a module that is missing is reported, not hidden.
SECTIONS = ["bench.machine", "bench.rasa_rest", "bench.detector", "bench.hub"]

logger = logging.getLogger("bench")


def main() -> None:
    """Runs the sections and writes the report."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    (ROOT / "results").mkdir(exist_ok=True)
    parts = ["# Benchmarks", "", "Written by `make bench`; figures from one run.", ""]
    for name in SECTIONS:
        logger.info("running %s", name)
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            parts += [f"## {name}", "", "_Not built yet._", ""]
            continue
        parts.append(module.run())
    OUTPUT.write_text("\n".join(parts), encoding="utf-8")
    logger.info("wrote %s", OUTPUT)


if __name__ == "__main__":
    main()
