"""The targets of issue 3 on the team's labelled set, with the real trained model."""

from __future__ import annotations

from bot.evaluate import Outcome
from bot.frustration.cheerful import is_cheerful
from bot.frustration.metrics import Confusion

Rows = list[tuple[dict[str, str], Outcome]]


def test_set_is_big_enough_and_split() -> None:
    from tests.detection.conftest import labelled_rows

    rows = labelled_rows()
    assert len(rows) >= 400
    assert {r["split"] for r in rows} == {"tune", "dev", "heldout"}
    assert sum(r["split"] == "heldout" for r in rows) >= 100


def test_heldout_f1(labelled_outcomes: Rows) -> None:
    held = [o for row, o in labelled_outcomes if row["split"] == "heldout"]
    confusion = Confusion.of([o.positive for o in held], [o.handed_off for o in held])
    assert confusion.f1 >= 0.92, (
        confusion,
        [o.text for o in held if o.positive != o.handed_off],
    )


def test_heldout_false_handoffs_on_routine_and_praise(labelled_outcomes: Rows) -> None:
    calm = [
        o
        for row, o in labelled_outcomes
        if row["split"] == "heldout" and row["label"] in {"routine", "praise"}
    ]
    false = [o.text for o in calm if o.handed_off]
    assert len(false) / len(calm) <= 0.03, false


def test_praise_gets_a_warm_reply_and_no_handoff(labelled_outcomes: Rows) -> None:
    praise = [o for row, o in labelled_outcomes if row["label"] == "praise"]
    assert praise
    handed = [o.text for o in praise if o.handed_off]
    assert len(handed) / len(praise) <= 0.03, handed
    warm = [o for o in praise if not o.handed_off and is_cheerful(o.reply)]
    assert len(warm) >= 0.8 * len(praise), [(o.text, o.reply) for o in praise]


def test_reply_guard_on_every_negative_row(labelled_outcomes: Rows) -> None:
    cheerful = [
        (o.text, o.reply)
        for _, o in labelled_outcomes
        if o.positive and is_cheerful(o.reply)
    ]
    assert cheerful == []


def test_handed_off_rows_carry_a_reason(labelled_outcomes: Rows) -> None:
    reasons = {
        "explicit_request",
        "complaint",
        "frustration",
        "rising_frustration",
        "repeated_fallback",
        "loop",
        "abuse",
    }
    for _, o in labelled_outcomes:
        if o.handed_off:
            assert o.reason in reasons, o
            assert "person" in o.reply
