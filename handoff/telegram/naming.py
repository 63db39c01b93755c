"""Topic names and icon colours for handed-off conversations."""

from __future__ import annotations

from typing import Any

from telegram.constants import ForumIconColor

MAX_TOPIC_NAME = 128

_BANDS = {
    1: ("🔴", ForumIconColor.RED),
    2: ("🟡", ForumIconColor.YELLOW),
    3: ("🔵", ForumIconColor.BLUE),
}


def priority_band(handoff: dict[str, Any]) -> int:
    """Priority 1 (most urgent) to 3 from a handoff payload.

    An explicit ``priority`` from the hub's queue wins (1-3); otherwise level and
    score decide: angry/abusive or score >= 0.75 is 1, annoyed, a complaint or
    score >= 0.5 is 2, the rest 3.
    """
    explicit = handoff.get("priority")
    if isinstance(explicit, int) and 1 <= explicit <= 3:
        return explicit
    level = str(handoff.get("level") or "calm")
    score = float(handoff.get("score") or 0.0)
    if level in {"angry", "abusive"} or score >= 0.75:
        return 1
    if level == "annoyed" or handoff.get("complaint") or score >= 0.5:
        return 2
    return 3


def icon_colour(band: int) -> int:
    """The forum icon colour of a priority band (Telegram sets it only at creation)."""
    return int(_BANDS.get(band, _BANDS[3])[1])


def topic_name(band: int, customer: str, reason: str, state: str) -> str:
    """``🔴 P1 · Ana · complaint · queued``, cut to Telegram's 128 characters."""
    mark = _BANDS.get(band, _BANDS[3])[0]
    clean = " ".join(customer.split()) or "customer"
    name = f"{mark} P{band} · {clean[:40]} · {reason.replace('_', ' ')} · {state}"
    return name[:MAX_TOPIC_NAME]


def customer_label(first_name: str | None, conversation_id: str) -> str:
    """The customer's first name, else their conversation id."""
    return (first_name or "").strip() or conversation_id
