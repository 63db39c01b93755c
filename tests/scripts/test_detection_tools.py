"""The detection round's tools: a batch's brief, its insertion checks, the figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import Outcome
from scripts.detection import new_batch, stats


def outcome(label: str, handed_off: bool, reply: str = "Noted.") -> Outcome:
    """An outcome as ``bot.evaluate`` records it."""
    positive = label in {"complaint", "request_human"}
    return Outcome("text", label, positive, handed_off, "", "calm", 0.0, reply)


def test_the_brief_names_the_batch_and_its_voices_only() -> None:
    brief = new_batch.brief(186, ["weavers", "Orcadian English", "one-line messages"])
    assert "<!--" not in brief  # the note for us stays out of the helper's text
    assert "1. weavers\n2. Orcadian English\n3. one-line messages" in brief
    assert "/tmp/fresh186.py" in brief and "FRESH186 = {" in brief
    assert "VOICE" not in brief and "FRESHN" not in brief and "(batch N)" not in brief


def test_a_row_close_to_an_earlier_one_is_too_close() -> None:
    earlier = ["My boots arrived with a split in the left heel, order SS-10001."]
    assert new_batch.too_close(
        "My boots arrived with a split in the left heel, order SS-10002.", earlier
    )
    assert not new_batch.too_close("Do you sell suede protector spray?", earlier)


def test_a_batch_is_read_as_a_literal_never_run(tmp_path: Path) -> None:
    batch = tmp_path / "fresh186.py"
    batch.write_text('FRESH186 = {("routine", "question"): ["Open Sundays?"]}\n')
    assert new_batch.read_batch(batch, "FRESH186") == {
        ("routine", "question"): ["Open Sundays?"]
    }
    batch.write_text('FRESH186 = {("routine", "question"): [open("x").read()]}\n')
    with pytest.raises(SystemExit, match="not a plain literal"):
        new_batch.read_batch(batch, "FRESH186")
    with pytest.raises(SystemExit, match="assigns no FRESH187"):
        new_batch.read_batch(batch, "FRESH187")


def test_the_figures_count_false_handoffs_cheerful_replies_and_warm_praise() -> None:
    measured = [
        ({}, outcome("complaint", True)),
        ({}, outcome("complaint", False, "Thank you, that really made our day!")),
        ({}, outcome("routine", True)),
        ({}, outcome("routine", False)),
        ({}, outcome("praise", False, "Thank you, that really made our day!")),
        ({}, outcome("praise", False, "I'll pass your message on to the team.")),
    ]
    figures = stats.figures(measured)
    assert (figures.confusion.tp, figures.confusion.fn) == (1, 1)
    assert (figures.false_handoffs, figures.negatives) == (1, 4)
    assert figures.cheerful == 1
    assert (figures.praise_warm, figures.praise) == (1, 2)
    assert [o.label for o in stats.wrong(measured)] == ["complaint", "routine"]


def test_splits_are_ordered_by_their_batch_number() -> None:
    splits = ["heldout10", "heldout9", "dev", "heldout176"]
    assert sorted(splits, key=stats.split_key) == [
        "dev",
        "heldout9",
        "heldout10",
        "heldout176",
    ]


def test_hidden_splits_are_counted_but_their_texts_not_shown(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from scripts.detection import readings

    def reading(complaint: bool) -> dict[str, object]:
        return {
            "positive": True,
            "at": {value: [complaint, "calm"] for value in readings.LEARNED_VALUES},
        }

    before = {
        "heldout7\tmy parcel never came": reading(False),
        "heldout9\tthe heel snapped": reading(False),
    }
    after = {key: reading(True) for key in before}
    with caplog.at_level("INFO"):
        readings.compare(before, after, levels=False, hidden=frozenset({"heldout9"}))
    assert "my parcel never came" in caplog.text
    assert "the heel snapped" not in caplog.text
    assert "(unread: text not shown)" in caplog.text
    assert "readings toward the label 8, away 0" in caplog.text
