"""Issue 3's targets on the team's labelled set, with the real trained model.

Two kinds of check. The issue's targets are judged on the newest held-out batch no
round has tuned on (``heldout13``, written blind after the tenth round; batches 14 and
15 were measured blind in round 11 and then read): no cheerful reply to any negative
row is asserted on every row (met blind on batches 11 to 15; on batches 5, 6, 8, 9
and 10 only after fixes made once their blind measurements had shown some, see
docs/detection.md); held-out F1 >= 0.92, false handoffs on routine and praise <= 3%
and warm replies to praise are not met yet (`docs/detection.md` has the figures):
those tests are strict `xfail`, so the report shows them and an XPASS fails the run
until the test is turned into an assertion. Beside them, floors a little under the
latest round's measurement must hold on the fourteen held-out batches, so a change
that makes detection worse fails the suite. (``heldout`` to ``heldout12``, 14 and 15
had their misses read after their blind runs: their figures are reported but no
longer judge the targets. ``tune`` and ``dev`` train the learned complaint model, so
their F1 is not checked here.)
"""

from __future__ import annotations

import pytest
import yaml

from bot.evaluate import Outcome
from bot.frustration.cheerful import is_cheerful
from bot.frustration.metrics import Confusion
from tests.detection.conftest import ROOT

Rows = list[tuple[dict[str, str], Outcome]]


def test_set_is_big_enough_and_split() -> None:
    from tests.detection.conftest import LABELLED, TRAINING, labelled_rows, read_rows

    rows = labelled_rows()
    assert len(rows) >= 400
    assert len({r["text"] for r in rows}) == len(rows)
    # training rows are training data (data/), held-out batches stay with the tests
    assert {r["split"] for r in read_rows(TRAINING)} == {"tune", "dev"}
    assert {r["split"] for r in read_rows(LABELLED)} == {
        "heldout",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
    }
    assert sum(r["split"] == "heldout" for r in rows) >= 100
    assert sum(r["split"] == "heldout3" for r in rows) >= 100
    assert sum(r["split"] == "heldout4" for r in rows) >= 140
    assert sum(r["split"] == "heldout5" for r in rows) >= 140
    assert sum(r["split"] == "heldout6" for r in rows) >= 140
    assert sum(r["split"] == "heldout7" for r in rows) >= 140
    assert sum(r["split"] == "heldout8" for r in rows) >= 150
    assert sum(r["split"] == "heldout9" for r in rows) >= 150
    assert sum(r["split"] == "heldout10" for r in rows) >= 150
    assert sum(r["split"] == "heldout11" for r in rows) >= 150
    assert sum(r["split"] == "heldout12" for r in rows) >= 150
    assert sum(r["split"] == "heldout13" for r in rows) >= 150
    assert sum(r["split"] == "heldout14" for r in rows) >= 150
    assert sum(r["split"] == "heldout15" for r in rows) >= 150
    assert sum(r["split"] == "heldout16" for r in rows) >= 150
    assert sum(r["split"] == "heldout17" for r in rows) >= 150


# Strict: the misses are stable (a deterministic model and a gap of several rows).
NOT_MET = pytest.mark.xfail(
    reason="issue 3 target not met yet: see docs/detection.md", strict=True
)


# Round 11: batches 14 and 15 were measured blind (F1 0.911 and 0.910) and then read
# and tuned on; batch 13 is the newest batch no round has tuned on, so the targets
# are judged on it (docs/detection.md). Round 10 judged them on batch 12.
TARGET_SPLIT = "heldout13"


def heldout_confusion(
    labelled_outcomes: Rows, split: str = TARGET_SPLIT
) -> tuple[Confusion, list[str]]:
    """Handed off vs labelled positive on a held-out split, and the misses."""
    held = [o for row, o in labelled_outcomes if row["split"] == split]
    confusion = Confusion.of([o.positive for o in held], [o.handed_off for o in held])
    return confusion, [o.text for o in held if o.positive != o.handed_off]


def heldout_false_handoffs(
    labelled_outcomes: Rows, split: str = TARGET_SPLIT
) -> tuple[float, list[str]]:
    """Share of routine and praise rows of a held-out split handed off, and those."""
    calm = [
        o
        for row, o in labelled_outcomes
        if row["split"] == split and row["label"] in {"routine", "praise"}
    ]
    false = [o.text for o in calm if o.handed_off]
    return len(false) / len(calm), false


def cheerful_replies_to_negatives(labelled_outcomes: Rows) -> list[tuple[str, str]]:
    """(message, reply) for every negative row answered from the cheerful family."""
    return [
        (o.text, o.reply)
        for _, o in labelled_outcomes
        if o.positive and is_cheerful(o.reply)
    ]


@NOT_MET
def test_heldout_f1_target(labelled_outcomes: Rows) -> None:
    confusion, misses = heldout_confusion(labelled_outcomes)
    assert confusion.f1 >= 0.92, (confusion, misses)


# Floors a little under the figures measured in round 11 (docs/detection.md): heldout15
# 0.910 blind (round 11's final system before batch 15 was read), 0.957 after;
# heldout14 0.875 blind with round 10's system, 0.911 blind with round 11's, 0.954
# after; heldout13 0.821 (round 10, blind) -> 0.845; heldout12 0.871 (round 10,
# blind) -> 0.902; heldout11 0.951, heldout10 0.889 -> 0.922, heldout9 0.919 -> 0.914,
# heldout8 0.889 -> 0.903, heldout7 0.800 -> 0.859, heldout6 0.901 -> 0.918,
# heldout5 0.945 -> 0.952, heldout4 0.966 -> 0.973, heldout3 0.952 -> 0.977,
# heldout 0.992.
@pytest.mark.parametrize(
    ("split", "floor"),
    [
        ("heldout15", 0.93),
        ("heldout14", 0.93),
        ("heldout13", 0.82),
        ("heldout12", 0.88),
        ("heldout11", 0.93),
        ("heldout10", 0.90),
        ("heldout9", 0.89),
        ("heldout8", 0.88),
        ("heldout7", 0.83),
        ("heldout6", 0.90),
        ("heldout5", 0.93),
        ("heldout4", 0.95),
        ("heldout3", 0.95),
        ("heldout", 0.97),
    ],
)
def test_heldout_f1_floor(labelled_outcomes: Rows, split: str, floor: float) -> None:
    confusion, misses = heldout_confusion(labelled_outcomes, split)
    assert confusion.f1 >= floor, (confusion, misses)


@NOT_MET
def test_heldout_false_handoffs_target(labelled_outcomes: Rows) -> None:
    share, false = heldout_false_handoffs(labelled_outcomes)
    assert share <= 0.03, false


# Round 11: heldout15 12 of 79 (15.2%, blind) -> 6 of 79 (7.6%); heldout14 13 of 79
# (round 10, blind) -> 9 of 79 (11.4%, round 11, blind) -> 3 of 79 (3.8%); heldout13
# 23 -> 18 of 79 (22.8%); heldout12 15 -> 7 of 79 (8.9%); heldout11 7 of 79,
# heldout10 6 -> 4 of 79, heldout9 1 -> 3 of 79, heldout8 1 -> 0 of 79, heldout7 5 of
# 75, heldout6 3 -> 4 of 75, heldout5 1 of 73, heldout4 1 of 75, heldout3 0 of 70,
# heldout 0 of 35.
@pytest.mark.parametrize(
    ("split", "ceiling"),
    [
        ("heldout15", 0.10),
        ("heldout14", 0.06),
        ("heldout13", 0.25),
        ("heldout12", 0.11),
        ("heldout11", 0.11),
        ("heldout10", 0.07),
        ("heldout9", 0.05),
        ("heldout8", 0.03),
        ("heldout7", 0.08),
        ("heldout6", 0.06),
        ("heldout5", 0.03),
        ("heldout4", 0.03),
        ("heldout3", 0.03),
        ("heldout", 0.03),
    ],
)
def test_heldout_false_handoffs_floor(
    labelled_outcomes: Rows, split: str, ceiling: float
) -> None:
    share, false = heldout_false_handoffs(labelled_outcomes, split)
    assert share <= ceiling, false


@NOT_MET
def test_praise_gets_a_warm_reply_and_no_handoff(labelled_outcomes: Rows) -> None:
    praise = [o for row, o in labelled_outcomes if row["label"] == "praise"]
    assert praise
    handed = [o.text for o in praise if o.handed_off]
    assert len(handed) / len(praise) <= 0.03, handed
    warm = [o for o in praise if not o.handed_off and is_cheerful(o.reply)]
    assert len(warm) >= 0.8 * len(praise), [(o.text, o.reply) for o in praise]


def test_reply_guard_on_every_negative_row(labelled_outcomes: Rows) -> None:
    assert cheerful_replies_to_negatives(labelled_outcomes) == []


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


def test_praise_is_mostly_answered_warmly_floor(labelled_outcomes: Rows) -> None:
    # Round 11: 34 of 596 handed off (5.7%), 320 of 596 (53.7%) warm. Of the 387
    # rows round 10 had (batch 13 included), 13 handed off (3.4%) and 222 warm
    # (57.4%); the 185 new training rows (praise stories, some of a problem put
    # right, praise to other firms) are harder: 24 handed off before "put right
    # quickly" joined the settled phrases.
    # Round 10: 19 of 375 handed off (5.1%), 195 of 375 (52.0%) warm: the praise
    # recovery also takes clear praise DIET reads as a complaint (143 -> 183 of the
    # 363 rows before batch 12), and more praise words count.
    # Round 9: 15 of 275 handed off (2 of batch 10's 12), 108 of 275 (39.3%) warm
    # with the policy's praise recovery (clear praise DIET read as an FAQ question,
    # out of scope or a fallback), 92 before it (13 of 263 handed off and 91 of 263
    # warm before batch 10): batch 9's and round 9's praise rows are mostly read by
    # DIET as other intents (FAQ, fallback). 90 new praise examples in the NLU data
    # lifted it to 149 of 263 but cost DIET 3 to 6 points of accuracy on
    # tests/nlu/holdout.yml (story-like praise drew complaints and order questions),
    # so they were left out (docs/detection.md, round 9).
    # Round 8: 10 of 211 handed off, 84 of 211 (39.8%) warm. Batch 8's twelve praise
    # rows are mostly read by the NLU as other intents (2 warm before the round, 1
    # after), and 83 of round 7's 199 are warm (86 before); praise the learned model
    # doubts, or that DIET reads as a calm complaint, gets utter_praise_doubted (45
    # rows): never cheerful, never an apology.
    # Round 7: 7 of 199 handed off, 86 of 199 (43%) warm.
    praise = [o for row, o in labelled_outcomes if row["label"] == "praise"]
    handed = [o.text for o in praise if o.handed_off]
    assert len(handed) / len(praise) <= 0.06, handed
    warm = [o for o in praise if not o.handed_off and is_cheerful(o.reply)]
    assert len(warm) >= 0.50 * len(praise), [(o.text, o.reply) for o in praise]


def test_no_turn_ends_in_the_fallback_after_an_answer(labelled_outcomes: Rows) -> None:
    # A reply the policy imposes (the doubted praise reply, the question about a
    # problem) ends the turn: before round 8's fix the core fallback followed it ("I'll
    # pass your message on... Sorry, I didn't quite get that"), in 151 rows.
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    fallback = domain["responses"]["utter_default"][0]["text"]
    doubled = [
        (o.text, o.reply)
        for _, o in labelled_outcomes
        if fallback in o.reply and not o.reply.startswith(fallback)
    ]
    assert doubled == []
