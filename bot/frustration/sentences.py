"""Sentences, clauses and questions of a message, for the detector and the policy.

Split out of ``detector`` in round 35: the sentence and clause helpers had grown
among the detector's pattern constants.
"""

from __future__ import annotations

import re

from bot.frustration import lexicon

SENTENCE_END_RE = re.compile(r"(?<=[.?!])\s+")
SENTENCE_OR_COLON_END_RE = re.compile(r"(?<=[.?!:])\s+")
ASK_AFTER_COMMA_RE = re.compile(
    r",\s+(?=(would|could|can|is it|any chance)\b[^.?!,]*\?)"
)
CONDITIONAL_WORD_RE = re.compile(
    r"\b(if|say|suppose|supposing|imagine|in case|should|in the event|hypothetically"
    r"|were to|what would|what happens|when|whether|before)\b"
)
# A short aside in brackets ("the guy in your Brighton shop (Tom?) spent 40 minutes"):
# its question mark asks nothing of us (round 23); nor does a hedge in a longer one,
# its question mark inside (round 36, batch 110: "Your customer service chap (Tom, I
# think? young, very patient) sorted my granddaughter's exchange").
ASIDE_RE = re.compile(r"\([^()\n]{1,30}\)|\([^()\n?]{1,20}\?[^()\n?]{2,40}\)")
RHETORICAL_PRAISE_QUESTION_RE = re.compile(lexicon.RHETORICAL_PRAISE_QUESTION)
# A sign-off on a line of its own ("Kind regards,", "Thanks ever so much,") opens the
# signature under it: a name, a job title, phone numbers, a confidentiality notice
# ("If received in error please notify the sender"), none of it said to us (round 36,
# batch 112). The sign-off is the customer's manners, and a postscript after the
# signature is the customer's again.
SIGN_OFF_RE = re.compile(
    r"\n[ \t]*(((kind|best|warm|warmest|many)|with (best|kind|warm))\s+)?"
    r"(regards|wishes|thanks|thank you|cheers|sincerely|yours (sincerely|faithfully"
    r"|truly)|thanks (ever so much|again|in advance)|all the best|take care)"
    r"[ \t]*[,.!]?[ \t]*\n"
    # a name or a title under it, not more of the message ("Thanks\nfor nothing")
    r"(?=[ \t]*(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
POSTSCRIPT_RE = re.compile(r"\n[ \t]*p\.?[ \t]?s\b", re.IGNORECASE)


def clauses(lowered: str) -> list[str]:
    """Sentences (a colon ends one too), and a failure told before a question.

    A question asked after a comma is its own clause when what comes before is no
    condition (round 34, batch 96: "the boots i got have a hole in the stitching
    already, would it be possible to swap them?"; not "if the sole came loose, would
    you repair it?").
    """
    parts = []
    for sentence in SENTENCE_OR_COLON_END_RE.split(lowered):
        ask = ASK_AFTER_COMMA_RE.search(sentence)
        if ask and CONDITIONAL_WORD_RE.search(sentence[: ask.start()]) is None:
            parts += [sentence[: ask.start()], sentence[ask.end() :]]
        else:
            parts.append(sentence)
    return parts


def without_rhetorical_praise(text: str) -> str:
    """``text`` without its questions that are praise ("Can I just say...?")."""
    if "?" not in text:
        return text
    return " ".join(
        s
        for s in SENTENCE_END_RE.split(text.strip())
        if not (
            s.endswith("?") and RHETORICAL_PRAISE_QUESTION_RE.match(s.lower().lstrip())
        )
    )


def asks_a_question(text: str) -> bool:
    """Whether ``text`` asks something.

    A question mark in a short aside in brackets or in a question that is praise
    (round 33) asks nothing.
    """
    if "?" not in text:
        return False
    return "?" in ASIDE_RE.sub(" ", without_rhetorical_praise(text))


def without_signature(text: str) -> str:
    """``text`` without the signature under a sign-off line (a postscript kept)."""
    if "\n" not in text:
        return text
    sign_off = SIGN_OFF_RE.search(text)
    if sign_off is None:
        return text
    postscript = POSTSCRIPT_RE.search(text, sign_off.end() - 1)
    # the kept text ends with the sign-off's line break; the postscript's is dropped
    return text[: sign_off.end()] + (
        text[postscript.start() + 1 :] if postscript else ""
    )
