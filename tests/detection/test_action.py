"""action_handoff with a CollectingDispatcher: texts, payload contract, pause."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import TOPIC_PHRASES, ActionHandoff, customer_text
from bot.frustration import lexicon
from bot.frustration.cheerful import is_cheerful
from bot.frustration.detector import FrustrationDetector

DETECTOR = FrustrationDetector()
REASONS = [
    "explicit_request",
    "complaint",
    "frustration",
    "rising_frustration",
    "repeated_fallback",
    "loop",
    "abuse",
]


def tracker(
    texts: list[str], slots: dict[str, Any] | None = None, intent: str = "complaint"
) -> Tracker:
    events = []
    for text in texts:
        events.append(
            {
                "event": "user",
                "text": text,
                "parse_data": {
                    "text": text,
                    "intent": {"name": intent, "confidence": 0.9},
                    "frustration": DETECTOR.detect(text).as_dict(),
                },
            }
        )
        events.append({"event": "action", "name": "action_listen"})
    latest = events[-2]["parse_data"]  # type: ignore[index]
    return Tracker(
        "rest:ana", slots or {}, latest, events, False, None, {}, "action_listen"
    )


async def run(t: Tracker) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = await ActionHandoff().run(dispatcher, t, {})
    return dispatcher.messages, events


async def test_sends_text_then_payload_and_pauses() -> None:
    t = tracker(
        ["where is my order", "it's been 3 weeks and my parcel hasn't arrived!!"],
        {"handoff_reason": "complaint", "order_number": "104233"},
    )
    messages, events = await run(t)
    assert events == [ConversationPaused()]
    assert len(messages) == 2
    text = messages[0]["text"]
    assert "order still hasn't reached you (order 104233)" in text
    assert "person" in text
    assert not is_cheerful(text)
    handoff = messages[1]["custom"]["handoff"]
    assert set(handoff) == {
        "reason",
        "score",
        "level",
        "complaint",
        "signals",
        "topic",
        "brief",
        "score_history",
    }
    assert handoff["reason"] == "complaint"
    assert handoff["topic"] == "late delivery"
    assert handoff["complaint"] is True
    assert 0.0 < handoff["score"] <= 1.0
    assert handoff["level"] in {"calm", "annoyed", "angry", "abusive"}
    assert len(handoff["score_history"]) == 2
    assert handoff["score_history"][-1] == handoff["score"]
    assert all(set(s) == {"name", "weight", "evidence"} for s in handoff["signals"])
    assert "order 104233" in handoff["brief"]


async def test_reason_recomputed_when_the_slot_is_empty() -> None:
    messages, _ = await run(
        tracker(["I want to talk to a human"], intent="request_human")
    )
    assert messages[1]["custom"]["handoff"]["reason"] == "explicit_request"
    assert messages[0]["text"].startswith("Of course.")


async def test_abuse_gets_the_neutral_text() -> None:
    messages, _ = await run(tracker(["you useless idiots"], intent="insult"))
    assert messages[1]["custom"]["handoff"]["reason"] == "abuse"
    assert messages[1]["custom"]["handoff"]["level"] == "abusive"
    assert "person" in messages[0]["text"]


@pytest.mark.parametrize("reason", REASONS)
@pytest.mark.parametrize(
    "topic",
    [
        None,
        "late delivery",
        "refund",
        "double charge",
        "damaged item",
        "rude or unhelpful service",
        "wrong address",
    ],
)
def test_no_text_is_cheerful(reason: str, topic: str | None) -> None:
    text = customer_text(reason, topic, "104233")
    assert not is_cheerful(text), text
    assert "person" in text


@pytest.mark.parametrize("topic", sorted({t for _, t in lexicon.FAILURE_PATTERNS}))
def test_every_topic_is_named_in_the_customers_terms(topic: str) -> None:
    text = customer_text("complaint", topic, None)
    assert text.startswith(f"I'm sorry {TOPIC_PHRASES[topic]}."), text
    assert not is_cheerful(text), text


async def test_a_size_taken_for_an_order_is_not_named() -> None:
    # round 33 (batch 89): the NLU took "in a 7" for an order number
    text = "My boots were left in the rain and are stained. Is the tan in a 7?"
    for slot, named in (("7", None), ("SS-55102", "SS-55102"), ("104 233", "104233")):
        messages, _ = await run(
            tracker([text], {"handoff_reason": "complaint", "order_number": slot})
        )
        brief = messages[1]["custom"]["handoff"]["brief"]
        if named is None:
            assert "(order" not in messages[0]["text"]
            assert "order 7" not in brief
        else:
            assert f"(order {named})" in messages[0]["text"]
            assert f"order {named}" in brief
