"""Queue priority, position, estimated wait and business hours.

The queue is one sorted set served lowest score first. A conversation's score is
the time it was queued minus a head start in seconds::

    score = queued_at - (LEVEL[level] + SCORE_WEIGHT * score + REASON[reason]
                         + (PUBLIC_BONUS if public))

so an angry customer starts up to ~15 minutes "earlier" than a calm one, a public
post outranks a private message of equal score, and because the head start is
bounded, waiting time always wins in the end (aging: nobody starves).

Usage::

    score = priority(handoff, visibility="public", now=time.time())
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from handoff.settings import Settings

LEVEL = {"calm": 0.0, "annoyed": 120.0, "angry": 360.0, "abusive": 240.0}
REASON = {
    "complaint": 180.0,
    "rising_frustration": 150.0,
    "frustration": 120.0,
    "explicit_request": 90.0,
    "bot_unavailable": 90.0,
    "repeated_fallback": 60.0,
    "loop": 60.0,
    "abuse": 0.0,
}
SCORE_WEIGHT = 300.0
PUBLIC_BONUS = 120.0


def head_start(handoff: dict[str, Any], visibility: str) -> float:
    """Seconds of priority a handoff earns (bounded, so aging still wins).

    Args:
        handoff: The handoff payload (``level``, ``score``, ``reason``).
        visibility: ``public`` or ``private``.

    Returns:
        The head start in seconds.
    """
    try:
        score = min(max(float(handoff.get("score") or 0.0), 0.0), 1.0)
    except (TypeError, ValueError):
        score = 0.0
    return (
        LEVEL.get(str(handoff.get("level")), 0.0)
        + SCORE_WEIGHT * score
        + REASON.get(str(handoff.get("reason")), 0.0)
        + (PUBLIC_BONUS if visibility == "public" else 0.0)
    )


def priority(handoff: dict[str, Any], visibility: str, queued_at: float) -> float:
    """The sorted-set score of a queued conversation (lower is served first)."""
    return queued_at - head_start(handoff, visibility)


def estimated_wait(position: int, agents_online: int, handle_seconds: float) -> float:
    """Seconds a customer at ``position`` (1-based) may wait.

    Args:
        position: Place in the queue.
        agents_online: Agents active now (at least one is assumed).
        handle_seconds: Average time an agent spends per conversation.

    Returns:
        The estimate in seconds.
    """
    return position * handle_seconds / max(agents_online, 1)


def within_business_hours(settings: Settings, now: dt.datetime) -> bool:
    """Tells whether agents work at ``now`` (UTC).

    Args:
        settings: Business hours and days.
        now: An aware UTC datetime.

    Returns:
        True inside business hours (always, when none are configured).
    """
    if now.weekday() not in settings.business_days:
        return False
    if settings.business_hours is None:
        return True
    start, end = settings.business_hours
    return start <= now.hour < end


def wait_phrase(seconds: float) -> str:
    """A human phrase for a wait: ``about 4 minutes``."""
    minutes = max(1, round(seconds / 60))
    return "about 1 minute" if minutes == 1 else f"about {minutes} minutes"
