"""What the hub itself tells customers: honest, plain, never a canned thanks.

Usage::

    text = queue_notice(position=2, eta_seconds=300.0)
"""

from __future__ import annotations

from handoff.queue import wait_phrase

BOT_UNAVAILABLE = (
    "Sorry, our assistant can't answer right now, so I've passed your message "
    "to our customer team. Nothing you wrote is lost."
)
RATE_LIMITED = (
    "You're sending messages faster than we can take them. Please wait a few "
    "seconds and send that again."
)
WAITING_ACK = "Thanks, I've added that to your conversation for our team."
CSAT_QUESTION = (
    "Before you go: how did our team do? "
    "Reply with a number from 1 (poor) to 5 (great)."
)
CSAT_THANKS = "Thank you for rating us. I'm here if you need anything else."


def queue_notice(position: int, eta_seconds: float) -> str:
    """Tells a waiting customer their place and an estimated wait."""
    return (
        f"You're number {position} in the queue for a member of our team "
        f"(wait: {wait_phrase(eta_seconds)}). I'll keep you posted here."
    )


def offline_notice(hours: tuple[int, int] | None, outside_hours: bool) -> str:
    """Tells a customer nobody can answer now, and offers a follow-up."""
    if outside_hours and hours is not None:
        why = (
            f"Our team works {hours[0]:02d}:00-{hours[1]:02d}:00 UTC and is not "
            "available right now."
        )
    else:
        why = "Nobody from our team is available right now."
    return (
        f"{why} Your conversation is saved and stays in our queue, and a person "
        "will reply here as soon as they are back. If you'd like us to follow up "
        "another way, leave an email address or phone number in this chat."
    )
