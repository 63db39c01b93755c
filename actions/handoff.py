"""``action_handoff``: tells the customer a person is coming and hands over.

It sends two messages: the customer-facing text (specific to the problem when the
topic is known; no gratitude formula, no cheerful emoji) and the handoff payload as a
custom JSON message (contract in ``docs/detection.md``), then pauses the conversation.
The reason comes from the ``handoff_reason`` slot that ``bot.handoff_policy`` sets;
when it is missing (e.g. a rule predicted the action) it is worked out from the
tracker here.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.order_numbers import order_reference
from bot.frustration.cheerful import is_cheerful

logger = logging.getLogger(__name__)

REASON_SLOT = "handoff_reason"
BRINGING_IN = (
    "I'm bringing in a person from our customer care team now. They can see this "
    "conversation, so you won't need to repeat yourself."
)
NEUTRAL_TEXT = (
    "I'm passing this conversation to a person from our customer care team now."
)
# What went wrong, in the customer's terms, by detector topic.
TOPIC_PHRASES: dict[str, str] = {
    "late delivery": "your order still hasn't reached you",
    "parcel marked delivered but not received": (
        "your parcel shows as delivered but never reached you"
    ),
    "missing item": "something is missing from your order",
    "damaged item": "what you received is damaged or faulty",
    "wrong item": "you were sent the wrong item",
    "refund": "your refund still hasn't come through",
    "double charge": "you were charged twice",
    "refused claim": "your claim or return was turned down",
    "unexpected charge": "you were charged when you shouldn't have been",
    "rude or unhelpful service": "you were treated that way",
    "something not working": "something on our side isn't working for you",
    "cancelled order": "your order was cancelled",
    "wrong address": "your parcel went to the wrong place",
    "long wait": "you've been kept waiting so long",
    "broken promise": "what we promised you didn't happen",
    "cancelled booking": "your booking was cancelled or changed",
    "complaint": "you've had reason to complain",
}
REASON_OPENERS: dict[str, str] = {
    "explicit_request": "Of course.",
    "repeated_fallback": (
        "I'm not understanding you well enough, and I don't want to waste your time."
    ),
    "loop": "We're going round in circles, and I don't want to waste your time.",
}


def latest_frustration(tracker: Tracker) -> dict[str, Any]:
    """Returns the detector's dict for the latest message (empty when missing)."""
    value = (tracker.latest_message or {}).get("frustration")
    return value if isinstance(value, dict) else {}


def score_history(tracker: Tracker) -> list[float]:
    """Returns the frustration score of every user turn, oldest first."""
    scores: list[float] = []
    for event in tracker.events:
        if event.get("event") != "user":
            continue
        info = (event.get("parse_data") or {}).get("frustration") or {}
        scores.append(round(float(info.get("score", 0.0)), 4))
    return scores


def infer_reason(tracker: Tracker, info: dict[str, Any]) -> str:
    """Works the reason out from the tracker when the policy did not set it."""
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    if info.get("level") == "abusive" or intent == "insult":
        return "abuse"
    if info.get("human_request") or intent == "request_human":
        return "explicit_request"
    if info.get("complaint") or intent == "complaint":
        return "complaint"
    return "frustration"


def customer_text(reason: str, topic: str | None, order_number: str | None) -> str:
    """Returns what the customer reads: the problem in their terms, then a person.

    Args:
        reason: the handoff reason code.
        topic: the detector's topic, or None.
        order_number: the order in question, when known.

    Returns:
        One short paragraph; never cheerful (checked by ``is_cheerful``).
    """
    if reason == "abuse":
        return NEUTRAL_TEXT
    order = f" (order {order_number})" if order_number else ""
    phrase = TOPIC_PHRASES.get(topic or "")
    if reason in REASON_OPENERS:
        opener = REASON_OPENERS[reason]
    elif phrase:
        opener = f"I'm sorry {phrase}{order}."
    else:
        opener = "I'm sorry this has been so frustrating."
    text = f"{opener} {BRINGING_IN}"
    if is_cheerful(text):  # the reply guard, in action code too
        logger.error("Handoff text failed the reply guard; sending the neutral text.")
        return NEUTRAL_TEXT
    return text


def make_brief(
    reason: str, info: dict[str, Any], text: str, order_number: str | None
) -> str:
    """Returns a one-line brief for the agent who picks the conversation up."""
    parts = [reason.replace("_", " ")]
    if info.get("topic"):
        parts.append(f"topic: {info['topic']}")
    if order_number:
        parts.append(f"order {order_number}")
    parts.append(
        f"level {info.get('level', 'calm')}, score {float(info.get('score', 0.0)):.2f}"
    )
    snippet = " ".join(text.split())
    snippet = snippet if len(snippet) <= 160 else snippet[:157] + "..."
    parts.append(f'last message: "{snippet}"')
    return "; ".join(parts)


class ActionHandoff(Action):
    """Hands the conversation to a person with a structured payload."""

    def name(self) -> str:
        """The action's name in ``domain.yml``."""
        return "action_handoff"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Sends the customer text and the handoff payload, then pauses."""
        info = latest_frustration(tracker)
        slot_reason = tracker.get_slot(REASON_SLOT)
        reason = str(slot_reason) if slot_reason else infer_reason(tracker, info)
        # round 33: not a size the NLU took for an order ("in a 7")
        order = order_reference(tracker.get_slot("order_number"))
        topic = info.get("topic")
        message_text = str((tracker.latest_message or {}).get("text") or "")
        dispatcher.utter_message(text=customer_text(reason, topic, order))
        payload = {
            "reason": reason,
            "score": round(float(info.get("score", 0.0)), 4),
            "level": str(info.get("level", "calm")),
            "complaint": bool(info.get("complaint", False)),
            "signals": [
                {
                    "name": str(s.get("name")),
                    "weight": float(s.get("weight", 0.0)),
                    "evidence": str(s.get("evidence", "")),
                }
                for s in info.get("signals", [])
                if isinstance(s, dict)
            ],
            "topic": topic,
            "brief": make_brief(reason, info, message_text, order),
            "score_history": score_history(tracker),
        }
        dispatcher.utter_message(json_message={"handoff": payload})
        logger.info("Handoff of %s: %s", tracker.sender_id, reason)
        return [ConversationPaused()]
