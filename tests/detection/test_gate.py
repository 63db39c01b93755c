"""The literal pre-check never skips a search that would have found something."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.frustration import lexicon
from bot.frustration.gate import (
    GatedPattern,
    GatedSequence,
    alternatives,
    required_literals,
    top_level_branches,
)
from tests.detection.conftest import labelled_rows


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bnever arrived\b", {"never arrived"}),
        (r"\b(late|lost) parcel", {" parcel"}),  # the longest required literal
        (r"\b(late|missing)\b", {"late", "missing"}),  # one of the branches
        (r"(?:still )?waiting", {"waiting"}),  # an optional part requires nothing
        (r"🙄|😒", {"🙄", "😒"}),  # a class of single characters
        (r"(refund)+ please|no (reply|answer)", {" please", "reply", "answer"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)late",  # case folding: a long s or the Kelvin sign would slip past
        r"[a-z]+\d",  # classes only
        r"(late)?(lost)?",  # nothing required
        r"(late|\d+)",  # a branch with no literal
    ],
)
def test_no_precheck_when_a_literal_is_not_certain(pattern: str) -> None:
    assert required_literals(pattern) is None
    assert GatedPattern(pattern).possible("anything at all")


def lexicon_patterns() -> list[str]:
    """Every regular expression the detector compiles from the lexicon."""
    patterns = [p for p, _ in lexicon.FAILURE_PATTERNS]
    patterns += [*lexicon.HUMAN_REQUEST_PATTERNS, *lexicon.SARCASM_PATTERNS]
    patterns += [lexicon.RESOLVED, lexicon.NOT_OUR_FAULT, lexicon.ROUTINE_QUESTION]
    patterns += [lexicon.RESOLVED_CLOSING]
    patterns += [lexicon.SELF_BLAME, lexicon.NOT_A_FAILURE, lexicon.STILL_A_PROBLEM]
    patterns += [lexicon.UPSET_WORDS_SET_ASIDE]  # branches of branches (round 40)
    return patterns


@pytest.fixture(scope="module")
def labelled_texts() -> list[str]:
    """Every labelled text, normalised as the detector does."""
    return [" ".join(row["text"].lower().split()) for row in labelled_rows()]


@pytest.fixture(scope="module")
def searched_texts(labelled_texts: list[str]) -> list[str]:
    """Every labelled text and each pair of them joined."""
    pairs = itertools.pairwise(labelled_texts)
    return labelled_texts + [f"{a} {b}" for a, b in pairs]


# The longest alternations scan slowly in one piece (the plain `RESOLVED` about 6 ms a
# text, most of this module's time): a split pattern is checked on every text and on
# every third pair (round 41), the others on every pair.
PAIRS_STEP = 3


@pytest.fixture(scope="module")
def split_searched_texts(labelled_texts: list[str]) -> list[str]:
    """Every labelled text and every third pair of them joined."""
    pairs = list(itertools.pairwise(labelled_texts))[::PAIRS_STEP]
    return labelled_texts + [f"{a} {b}" for a, b in pairs]


SHARDS = 8  # a pattern searched branch by branch is checked on an eighth at a time


def pattern_shards() -> list[tuple[str, int]]:
    """Each lexicon pattern with the shards of the texts it is checked on."""
    return [
        (pattern, shard)
        for pattern in lexicon_patterns()
        for shard in range(SHARDS if GatedPattern(pattern).branches is not None else 1)
    ]


# one test per pattern (and per shard for the split ones): the texts grow with every
# batch, and the whole check in one test came near the per-test timeout in CI
# (round 33: over 5 of its 10 minutes, `RESOLVED` about half of it)
@pytest.mark.parametrize(
    ("pattern", "shard"), pattern_shards(), ids=lambda p: str(p)[:40]
)
def test_gated_search_finds_what_the_plain_search_finds(
    pattern: str, shard: int, searched_texts: list[str], split_searched_texts: list[str]
) -> None:
    gated, plain = GatedPattern(pattern), re.compile(pattern)
    assert gated.literals is not None, pattern  # each lexicon pattern is gated
    if gated.branches is None:
        for text in searched_texts:
            found, got = plain.search(text), gated.search(text)
            assert (found and found.span()) == (got and got.span()), (pattern, text)
        return
    # searched branch by branch (round 16): the plain pattern scans each text once
    # (round 41: its search and substitution follow from its matches, and three scans
    # of the longest alternations were most of the suite's time)
    for text in split_searched_texts[shard::SHARDS]:
        spans = [m.span() for m in plain.finditer(text)]
        got = gated.search(text)
        assert (spans[0] if spans else None) == (got and got.span()), (pattern, text)
        assert [m.span() for m in gated.finditer(text)] == spans, (pattern, text)
        assert gated.sub(" ", text) == substituted(text, spans), (pattern, text)


def substituted(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by a space, as ``re.sub(..., " ", text)``."""
    kept, start = [], 0
    for begin, end in spans:
        kept += [text[start:begin], " "]
        start = end
    return "".join([*kept, text[start:]])


def test_substituted_is_what_re_sub_gives() -> None:
    pattern = re.compile(r"\blate\b|lost")
    for text in ["late and lost, late", "nothing", "lostlost", "late"]:
        spans = [m.span() for m in pattern.finditer(text)]
        assert substituted(text, spans) == pattern.sub(" ", text)


def test_the_long_alternations_are_split() -> None:
    assert GatedPattern(lexicon.RESOLVED).branches is not None
    assert GatedPattern(lexicon.NOT_A_FAILURE).branches is not None
    # one group of branches after a word boundary, split like a top-level alternation
    assert GatedPattern(lexicon.SELF_BLAME).branches is not None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(a|b(c|d)|e)\b", [r"\ba\b", r"\bb(c|d)\b", r"\be\b"]),
        (r"(?:x|y)", ["x", "y"]),
        (r"(a|b)c", ["(a|b)c"]),  # something after the group: not split
        (r"(?=x|y)z", ["(?=x|y)z"]),  # a lookahead is no group of branches
        (r"(?<!q)(a|b)", ["(?<!q)(a|b)"]),
        (r"(a)|(b)", ["(a)", "(b)"]),  # already alternatives at the top
    ],
)
def test_alternatives(pattern: str, expected: list[str]) -> None:
    assert alternatives(pattern) == expected


def test_sequence_finds_what_each_pattern_finds_in_order(
    searched_texts: list[str],
) -> None:
    patterns = [p for p, _topic in lexicon.FAILURE_PATTERNS]
    sequence, plain = GatedSequence(patterns), [re.compile(p) for p in patterns]
    hits = 0
    for text in searched_texts[::7]:
        expected = [
            (index, found.span())
            for index, found in enumerate(r.search(text) for r in plain)
            if found is not None
        ]
        got = [(index, found.span()) for index, found in sequence.matches(text)]
        assert got == expected, text
        hits += bool(got)
    assert hits > 1000  # the texts hold failures: the check compared real matches


def test_sequence_runs_an_ungated_pattern_on_every_text() -> None:
    sequence = GatedSequence([r"\blate\b", r"\d+", r"lost"])  # "\d+": no literal
    assert [i for i, _m in sequence.matches("3 days and lost")] == [1, 2]
    assert [i for i, _m in sequence.matches("late again")] == [0]


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b(c|d)|e", ["a", "b(c|d)", "e"]),
        (r"x[|)]y|z", ["x[|)]y", "z"]),  # "|" and ")" in a class are literals
        (r"[]|]|\||(?:p|q)", ["[]|]", r"\|", "(?:p|q)"]),  # escaped, leading "]"
        (r"only", ["only"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches


def test_split_alternation_keeps_the_leftmost_first_branch() -> None:
    # eight gated branches: searched one by one, the result is the whole pattern's
    words = ["late", "lost", "broken", "torn", "missing", "wrong", "damp", "bent"]
    pattern = r"\blate delivery\b|\blate\b|" + "|".join(rf"\b{w}\b" for w in words[1:])
    gated, plain = GatedPattern(pattern), re.compile(pattern)
    assert gated.branches is not None
    for text in ["a late delivery, torn and bent", "bent, then late", "fine", "lost"]:
        assert [m.group(0) for m in gated.finditer(text)] == [
            m.group(0) for m in plain.finditer(text)
        ]
        assert gated.sub("_", text) == plain.sub("_", text)
    # at the same start the earlier branch wins, as in the whole alternation
    found = gated.search("late delivery again")
    assert found is not None and found.group(0) == "late delivery"


def test_a_branch_that_is_one_group_of_branches_is_searched_branch_by_branch() -> None:
    # round 40: a top-level branch "\b(a|b|...)\b" is split in turn, and the search
    # through both levels finds what the plain pattern finds
    words = ["late", "lost", "broken", "torn", "missing", "wrong", "damp", "bent"]
    pattern = r"\b(" + "|".join(words) + r")\b|\bnever came\b|\bno reply\b|\bsold out\b"
    gated, plain = GatedPattern(pattern), re.compile(pattern)
    assert gated.branches is not None
    nested = [b for b in gated.branches if b.branches is not None]
    assert len(nested) == 1 and len(nested[0].branches or ()) == len(words)
    for text in [
        "no reply, then torn and late",
        "it never came",
        "fine",
        "bent. sold out",
    ]:
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert gated.sub("_", text) == plain.sub("_", text)
