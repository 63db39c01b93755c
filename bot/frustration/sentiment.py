"""VADER's compound score, not worked out when nothing in the text can make it negative.

The detector reads VADER only for the ``negative_sentiment`` signal (compound at or
below a negative threshold). VADER's score is a sum of word valences: a word can only
add a negative one when it is a negative word of VADER's lexicon, or a positive word
turned round by a negation ("not", "no", "never", "...n't", "least") or a dampener
("barely", "kind of"), or one of its negative idioms ("yeah right"); emoji are read
as their descriptions. A message with none of these (most calm questions) scores 0 or
more, so ``negative_compound`` returns 0.0 for it without running VADER's
word-by-word scan, which costs the most on long messages (round 24; docs/detection.md,
"Speed").
"""

from __future__ import annotations

import string

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

# phrases of more than one word that can make a positive word count less than 0
NEGATIVE_PHRASES = tuple(
    phrase
    for phrase, value in {**BOOSTER_DICT, **SPECIAL_CASES}.items()
    if value <= 0 and " " in phrase
)


class WindowedVader(SentimentIntensityAnalyzer):
    """VADER whose per-word checks lower-case a few words around the word, not all.

    VADER's negation and idiom checks lower-case every word of the message for each
    sentiment word (quadratic in the message's length), though they read at most three
    words before it and two after. They are given that window instead, so the scores
    are exactly VADER's (round 43; ``tests/detection/test_sentiment.py``).
    """

    @staticmethod
    def _negation_check(
        valence: float, words_and_emoticons: list[str], start_i: int, i: int
    ) -> float:
        start = max(0, i - 3)
        return float(
            SentimentIntensityAnalyzer._negation_check(
                valence, words_and_emoticons[start : i + 1], start_i, i - start
            )
        )

    @staticmethod
    def _special_idioms_check(
        valence: float, words_and_emoticons: list[str], i: int
    ) -> float:
        start = max(0, i - 3)
        return float(
            SentimentIntensityAnalyzer._special_idioms_check(
                valence, words_and_emoticons[start : i + 3], i - start
            )
        )


class Sentiment:
    """The negative part of VADER's compound score, skipped when it cannot be < 0."""

    def __init__(self) -> None:
        self._vader = WindowedVader()
        negative_words = {
            word for word, value in self._vader.lexicon.items() if value < 0
        }
        dampeners = {word for word, value in BOOSTER_DICT.items() if value < 0}
        self._turning_words = frozenset(
            negative_words | dampeners | set(NEGATE) | {"no", "least"}
        )

    def might_be_negative(self, text: str) -> bool:
        """Whether any word of ``text`` could give VADER a negative valence."""
        if not text.isascii():
            return True  # emoji become words VADER scores
        lowered = text.lower()
        if "n't" in lowered or any(phrase in lowered for phrase in NEGATIVE_PHRASES):
            return True
        turning = self._turning_words
        for token in lowered.split():
            if token in turning:
                return True
            stripped = token.strip(string.punctuation)
            if stripped in turning:
                return True
        return False

    def negative_compound(self, text: str) -> float:
        """VADER's compound score of ``text`` when below 0, else 0.0 (in [-1, 0])."""
        if not self.might_be_negative(text):
            return 0.0
        return min(0.0, float(self._vader.polarity_scores(text)["compound"]))
