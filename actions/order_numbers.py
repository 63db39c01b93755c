"""Finds a 6-digit order number in what a customer typed.

Tolerates "#104233", "order no. 104233", "104 233", "104-233" and surrounding words.
"""

from __future__ import annotations

import re

ORDER_NUMBER_LENGTH = 6
# Shorter runs are ages, sizes and counts ("my 8-year-old boots"), not a try at one.
SHORTEST_ATTEMPT = 3

# A run of digits possibly broken by single spaces, dashes or dots ("104 233").
_DIGIT_RUN = re.compile(r"\d(?:[\s\-.]?\d)*")


def parse_order_number(text: object) -> str | None:
    """Returns the 6-digit order number in `text`, or None when there is none.

    Args:
        text: What the customer typed or an extracted entity value (any type).

    Returns:
        The six digits as a string, or None when no run of exactly six digits is
        present, or when two different candidates make it ambiguous.
    """
    if text is None:
        return None
    candidates = {
        digits
        for run in _DIGIT_RUN.findall(str(text))
        if len(digits := re.sub(r"\D", "", run)) == ORDER_NUMBER_LENGTH
    }
    if len(candidates) != 1:
        return None
    return candidates.pop()


# A reference the customer gave in their own words ("SS-55102") is named back to them
# at a handoff when it has a run of at least this many digits; a shorter run is a size
# or a count the NLU took for an order ("is the tan still available in a 7?").
SHORTEST_REFERENCE = 5


def order_reference(value: object) -> str | None:
    """Returns the order to name back to the customer, or None.

    Args:
        value: the ``order_number`` slot (an extracted entity or what was typed).

    Returns:
        The 6-digit number when there is one, else the value as given when it holds a
        run of at least ``SHORTEST_REFERENCE`` digits; None otherwise.
    """
    number = parse_order_number(value)
    if number is not None:
        return number
    text = str(value or "").strip()
    runs = (re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(text))
    return text if any(len(run) >= SHORTEST_REFERENCE for run in runs) else None


def describe_problem(text: object) -> str:
    """Explains in one sentence why `text` is not a usable order number."""
    runs = [re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(str(text or ""))]
    six = {run for run in runs if len(run) == ORDER_NUMBER_LENGTH}
    if len(six) > 1:
        return "I can see more than one order number there, so I'm not sure which one."
    runs = [run for run in runs if len(run) >= SHORTEST_ATTEMPT]
    if not runs:
        return "I couldn't find an order number in that."
    longest = max(runs, key=len)
    return (
        f"That number has {len(longest)} digits, but order numbers have "
        f"{ORDER_NUMBER_LENGTH}."
    )
