"""The benchmark report keeps the sections a run did not measure."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.__main__ as report


def test_a_fresh_checkout_keeps_the_sections_it_did_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "benchmarks.md"
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setattr(report, "OUTPUT", output)
    monkeypatch.setattr(report, "section_path", lambda name: cache / f"{name}.md")
    for name in report.SECTIONS:
        (cache / f"{name}.md").write_text(f"## {name}\n\nfirst run\n", encoding="utf-8")
    report.write_report()
    # a new checkout: no cache, one section measured again
    for path in cache.iterdir():
        path.unlink()
    (cache / "bench.detector.md").write_text(
        "## bench.detector\n\nsecond run\n", encoding="utf-8"
    )
    report.write_report()
    sections = report.sections_in(output.read_text(encoding="utf-8"))
    assert list(sections) == report.SECTIONS
    assert "second run" in sections["bench.detector"]
    for name in set(report.SECTIONS) - {"bench.detector"}:
        assert sections[name] == f"## {name}\n\nfirst run\n"
