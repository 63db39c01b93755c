"""Topic names and icon colours."""

from __future__ import annotations

from telegram.constants import ForumIconColor

from handoff.telegram.naming import (
    MAX_TOPIC_NAME,
    customer_label,
    icon_colour,
    priority_band,
    topic_name,
)


def test_priority_follows_level_score_and_complaint() -> None:
    assert priority_band({"level": "abusive", "score": 0.1}) == 1
    assert priority_band({"level": "calm", "score": 0.8}) == 1
    assert priority_band({"level": "annoyed", "score": 0.3}) == 2
    assert priority_band({"level": "calm", "score": 0.2, "complaint": True}) == 2
    assert priority_band({"level": "calm", "score": 0.2}) == 3
    assert priority_band({"level": "angry", "priority": 3}) == 3  # the queue decides


def test_colour_follows_priority() -> None:
    assert icon_colour(1) == ForumIconColor.RED
    assert icon_colour(2) == ForumIconColor.YELLOW
    assert icon_colour(3) == ForumIconColor.BLUE


def test_name_shows_priority_customer_reason_and_state() -> None:
    name = topic_name(2, "Ana", "rising_frustration", "with bea")
    assert name == "🟡 P2 · Ana · rising frustration · with bea"


def test_name_is_cut_to_telegram_limit_and_flattened() -> None:
    name = topic_name(1, "A\nvery " + "long " * 60, "explicit_request", "queued")
    assert len(name) <= MAX_TOPIC_NAME
    assert "\n" not in name


def test_customer_label_falls_back_to_the_conversation() -> None:
    assert customer_label("  ", "telegram:9") == "telegram:9"
    assert customer_label("Ana", "telegram:9") == "Ana"
