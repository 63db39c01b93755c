"""A literal pre-check in front of a regular expression, for speed only.

Most of the detector's ~470 patterns match none of a message, and Python's ``re``
scans the whole message to say so. ``GatedPattern`` first asks whether any of a few
literal strings that every match must contain is in the text (``str.__contains__``,
a fast C scan); only then does it run the expression. The literals come from the
pattern's own parse tree (``sre_parse``), so the pre-check can only skip searches
that would find nothing: behaviour is the plain pattern's, minus the wasted scans.

A long alternation at the top ("a|b|c|..." of many branches) has a weak pre-check:
one of its many literals is in almost any message, and ``re`` then tries every branch
at every position. Such a pattern is split into its branches (round 16), each gated
by its own literals; a search runs only the branches that can match and keeps the
leftmost match (the earliest branch at equal starts), which is the match the whole
alternation finds.

Round 20: the pre-check itself cost a third of the detector's time (~240 checks per
message, each a scan of the message per literal). Every gated pattern's literals now
go into one Aho-Corasick automaton (``pyahocorasick``): one C pass over a text finds
all the literals it holds, and each check is a set intersection. The answer is the
same; only its cost changed.

Round 35: the detector tries long lists of patterns in turn (~190 failures, ~65
sarcasm cues); asking each pattern's pre-check in Python cost more than the few
searches that run. ``GatedSequence`` looks up, from the literals a text holds, which
patterns of a list can match, and only those are tried; a long alternation wrapped in
one group (a word boundary, then "(a|b|...)") is split like a top-level one.

Round 40: a branch of a split pattern that is itself such a group is searched branch
by branch as well (it was searched whole, at every position), and alternations of
four or more branches are split (eight before).
"""

from __future__ import annotations

import re
import sre_constants as sc  # Python 3.10; ``re._constants`` from 3.11
import sre_parse  # ``re._parser`` from 3.11
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

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


# Top-level alternations with at least this many branches are searched branch by
# branch (fewer: one scan of the whole pattern is as cheap).
SPLIT_BRANCHES = 4


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """Each "(", ")" and "|" of ``pattern`` that is syntax (not escaped, not in [])."""
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a literal member
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char in "()|":
            yield index, char
        index += 1


def top_level_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as source text ("a|(b|c)" -> a, (b|c))."""
    branches, start, depth = [], 0, 0
    for index, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    branches.append(pattern[start:])
    return branches


# a whole pattern that is one group, maybe between word boundaries: "\b(a|b|c)\b"
_WRAPPED_RE = re.compile(r"(?P<before>(?:\\b)?)\((?:\?:)?(?!\?)")


def alternatives(pattern: str) -> list[str]:
    """Patterns whose matches, together, start where the pattern's matches can start.

    The top-level branches; for a pattern that is one group of branches (round 35:
    ``SELF_BLAME`` is a word boundary and "(a|b|...)"), the group's branches, each
    with the word boundaries around the group.
    """
    branches = top_level_branches(pattern)
    wrapped = _WRAPPED_RE.match(pattern)
    if len(branches) > 1 or wrapped is None:
        return branches
    depth = 0
    for index, char in _structure(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char == ")":
            after = pattern[index + 1 :]
            if after not in ("", "\\b"):
                return branches
            inner = pattern[wrapped.end() : index]
            before = wrapped["before"]
            return [before + branch + after for branch in top_level_branches(inner)]
    return branches


class LiteralIndex:
    """Which of many literals a text contains, found in one pass and remembered.

    The detector asks about the same message (and a few parts of it) for every
    pattern, so the last texts' answers are kept (at most ``cache_size`` of them).
    """

    def __init__(self, cache_size: int = 64) -> None:
        self._words: set[str] = set()
        self._automaton: Any = None
        self._cache: dict[str, frozenset[str]] = {}
        self._cache_size = cache_size

    def add(self, literals: frozenset[str]) -> None:
        """Indexes ``literals`` too (the automaton is rebuilt on the next lookup)."""
        if not literals <= self._words:
            self._words |= literals
            self._automaton = None
            self._cache.clear()

    def present(self, text: str) -> frozenset[str]:
        """The indexed literals that occur in ``text``."""
        if not self._words:
            return frozenset()
        found = self._cache.get(text)
        if found is None:
            if self._automaton is None:
                self._automaton = ahocorasick.Automaton()
                for word in self._words:
                    self._automaton.add_word(word, word)
                self._automaton.make_automaton()
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            found = frozenset(word for _end, word in self._automaton.iter(text))
            self._cache[text] = found
        return found


# every GatedPattern's literals, shared
LITERALS = LiteralIndex()


class GatedPattern:
    """A compiled pattern that skips its scan when a required literal is absent."""

    __slots__ = (
        "branch_literals",
        "branches",
        "by_literal",
        "literals",
        "pattern",
        "regex",
    )

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.literals: Required | None = required_literals(pattern) or None
        if self.literals is not None:
            LITERALS.add(self.literals)
        # a long alternation whose branches are all gated: branch by branch
        parts = alternatives(pattern)
        branches = (
            [GatedPattern(part) for part in parts]
            if len(parts) >= SPLIT_BRANCHES
            else []
        )
        self.branches: tuple[GatedPattern, ...] | None = (
            tuple(branches)
            if branches and all(b.literals is not None for b in branches)
            else None
        )
        # which branches each literal can let through (round 35: asking every branch
        # in turn cost more than the searches on the longest alternations)
        self.by_literal: dict[str, tuple[GatedPattern, ...]] = {}
        for branch in self.branches or ():
            for literal in branch.literals or ():
                self.by_literal[literal] = (*self.by_literal.get(literal, ()), branch)
        self.branch_literals = frozenset(self.by_literal)

    def possible(self, text: str) -> bool:
        """False only when no match can exist in ``text``."""
        return self.literals is None or self._possible_with(LITERALS.present(text))

    def _possible_with(self, present: frozenset[str]) -> bool:
        """``possible``, given the literals the text holds."""
        return self.literals is None or not self.literals.isdisjoint(present)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``re.Pattern.search``, skipped when no match can exist."""
        present = LITERALS.present(text)
        if not self._possible_with(present):
            return None
        if self.branches is None:
            return self.regex.search(text, pos)
        candidates = {
            branch
            for literal in present & self.branch_literals
            for branch in self.by_literal[literal]
        }
        best: int | None = None
        for branch in candidates:
            # a branch that is itself a long alternation in one group is searched
            # branch by branch too (round 40)
            found = (
                branch.regex.search(text, pos)
                if branch.branches is None
                else branch.search(text, pos)
            )
            if found is not None and (best is None or found.start() < best):
                best = found.start()
        if best is None:
            return None
        # at the leftmost start, the whole pattern takes its first branch that
        # matches there, which may not be the one found above
        return self.regex.match(text, best)

    def match(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.match``, skipped when no match can exist."""
        return self.regex.match(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, empty when no match can exist."""
        if not self.possible(text):
            return iter(())
        if self.branches is None:
            return self.regex.finditer(text)
        return self._finditer(text)

    def _finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, leftmost first, from the branches' searches.

        Every branch needs a literal, so no match is empty: the next search starts
        where the last match ended, as ``re`` does.
        """
        pos = 0
        while (found := self.search(text, pos)) is not None:
            yield found
            pos = found.end()

    def sub(self, replacement: str, text: str) -> str:
        """``re.Pattern.sub``; the text itself when no match can exist."""
        if not self.possible(text):
            return text
        if self.branches is None or "\\" in replacement:
            return self.regex.sub(replacement, text)
        pieces, last = [], 0
        for found in self._finditer(text):
            pieces += [text[last : found.start()], replacement]
            last = found.end()
        return "".join(pieces) + text[last:] if pieces else text


class GatedSequence:
    """Patterns tried in their order, those that cannot match skipped all at once."""

    __slots__ = ("_by_literal", "_literals", "_ungated", "patterns")

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(GatedPattern(pattern) for pattern in patterns)
        by_literal: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            for literal in pattern.literals or ():
                by_literal.setdefault(literal, set()).add(index)
        self._by_literal = {literal: frozenset(i) for literal, i in by_literal.items()}
        self._literals = frozenset(by_literal)
        self._ungated = frozenset(
            index for index, gated in enumerate(self.patterns) if gated.literals is None
        )

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(index, first match) of each pattern that matches ``text``, in order."""
        indices = set(self._ungated)
        for literal in LITERALS.present(text) & self._literals:
            indices |= self._by_literal[literal]
        for index in sorted(indices):
            found = self.patterns[index].search(text)
            if found is not None:
                yield index, found
