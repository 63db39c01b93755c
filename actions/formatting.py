"""Plain-language formatting of dates and money for replies."""

from __future__ import annotations

from datetime import date


def format_money(pence: int) -> str:
    """Formats pence as pounds, e.g. 13500 -> "£135.00"."""
    return f"£{pence // 100}.{pence % 100:02d}"


def format_day(day: date, today: date) -> str:
    """Names a day relative to today when close, e.g. "tomorrow (Tuesday 24 November)".

    Args:
        day: The day to name.
        today: Today's date.

    Returns:
        "today", "tomorrow", "yesterday" with the date, or "Monday 30 November".
    """
    full = f"{day:%A} {day.day} {day:%B}"
    delta = (day - today).days
    if delta == 0:
        return f"today ({full})"
    if delta == 1:
        return f"tomorrow ({full})"
    if delta == -1:
        return f"yesterday ({full})"
    return full


def join_words(items: list[str], conjunction: str = "and") -> str:
    """Joins items as English prose: "a", "a and b", "a, b and c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
