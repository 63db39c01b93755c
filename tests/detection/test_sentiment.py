"""The VADER gate: skipped only where VADER's compound cannot be negative."""

from __future__ import annotations

from itertools import pairwise

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.frustration.sentiment import Sentiment, WindowedVader
from tests.detection.build_labelled import all_rows


@pytest.fixture(scope="module")
def sentiment() -> Sentiment:
    return Sentiment()


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("what time does the Leeds shop open on Sunday?", False),
        ("love my new boots, thanks!", False),
        ("the boots are terrible", True),  # a negative word
        ("not good enough", True),  # a positive word negated
        ("they don't fit well", True),  # a negation in "n't"
        ("it was kind of nice", True),  # a dampener phrase
        ("yeah right, great service", True),  # a negative idiom
        ("the parcel 😡", True),  # emoji are read as words
        ("Awful.", True),  # punctuation around a word
    ],
)
def test_what_might_be_negative(
    sentiment: Sentiment, text: str, negative: bool
) -> None:
    assert sentiment.might_be_negative(text) == negative


def test_the_gate_never_changes_a_negative_score(sentiment: Sentiment) -> None:
    """On every team-written message, the gated score is VADER's negative part."""
    vader = SentimentIntensityAnalyzer()
    texts = [row[0] for row in all_rows()]
    skipped = [text for text in texts if not sentiment.might_be_negative(text)]
    assert len(skipped) > len(texts) // 5  # the gate skips a real share
    for text in texts:
        expected = min(0.0, vader.polarity_scores(text)["compound"])
        assert sentiment.negative_compound(text) == expected, text


def test_windowed_vader_scores_exactly_as_vader() -> None:
    """Round 43: the negation and idiom checks read a window, with the same scores."""
    vader, windowed = SentimentIntensityAnalyzer(), WindowedVader()
    texts = [row[0] for row in all_rows()][::7]
    # long messages (two joined), and the checks' edge cases at the start and end
    texts += [f"{a} {b}" for a, b in pairwise(texts)]
    texts += [
        "not good",
        "never so happy, the parcel was not bad at all",
        "without doubt the worst, kind of nice but the sole is NOT great",
        "yeah right. cut the mustard? the bomb. not the least bit good",
    ]
    for text in texts:
        assert windowed.polarity_scores(text) == vader.polarity_scores(text), text
