"""A literal pre-check in front of a regular expression, for speed only.

Most of the detector's ~470 patterns match none of a message, and Python's ``re``
scans the whole message to say so. ``GatedPattern`` first asks whether any of a few
literal strings that every match must contain is in the text (``str.__contains__``,
a fast C scan); only then does it run the expression. The literals come from the
pattern's own parse tree (``sre_parse``), so the pre-check can only skip searches
that would find nothing: behaviour is the plain pattern's, minus the wasted scans.
"""

from __future__ import annotations

import re
import sre_constants as sc  # Python 3.10; ``re._constants`` from 3.11
import sre_parse  # ``re._parser`` from 3.11
from collections.abc import Iterator
from typing import Any

# A required set: every match contains at least one of these strings.
Required = frozenset[str]

_REPEATS = {sc.MAX_REPEAT, sc.MIN_REPEAT}


def required_literals(pattern: str) -> Required | None:
    """Literals one of which every match of ``pattern`` contains, or None if unknown.

    None (no pre-check) whenever the pattern ignores case or a part is not
    understood; an empty result would mean "never matches" and is never returned.
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed.data))


def _required(items: list[tuple[Any, Any]]) -> Required | None:
    """The most selective required set of one sequence of parse items."""
    candidates: list[Required] = []
    run: list[str] = []
    for op, arg in items:
        if op == sc.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _required_of_item(op, arg)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # the set whose shortest literal is longest (fewest chance hits), then smallest
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _required_of_item(op: Any, arg: Any) -> Required | None:
    """The required set of one non-literal item, if every match needs one."""
    if op == sc.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        if add_flags & re.IGNORECASE:
            return None
        return _required(list(sub))
    if op == sc.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            needed = _required(list(branch))
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op == sc.IN and all(kind == sc.LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg)  # "[🙄😒]": one of them
    if op in _REPEATS:
        low, _high, sub = arg
        return _required(list(sub)) if low >= 1 else None
    return None  # ranges, anchors, lookarounds, back-references: no literal


class GatedPattern:
    """A compiled pattern that skips its scan when a required literal is absent."""

    __slots__ = ("literals", "pattern", "regex")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)
        needed = required_literals(pattern)
        self.literals: tuple[str, ...] | None = (
            tuple(sorted(needed, key=len, reverse=True)) if needed else None
        )

    def possible(self, text: str) -> bool:
        """False only when no match can exist in ``text``."""
        return self.literals is None or any(map(text.__contains__, self.literals))

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search``, skipped when no match can exist."""
        return self.regex.search(text) if self.possible(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.match``, skipped when no match can exist."""
        return self.regex.match(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, empty when no match can exist."""
        return self.regex.finditer(text) if self.possible(text) else iter(())

    def sub(self, replacement: str, text: str) -> str:
        """``re.Pattern.sub``, the text itself when no match can exist."""
        return self.regex.sub(replacement, text) if self.possible(text) else text
