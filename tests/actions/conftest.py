"""Fixtures for action tests: a store built in tmp_path from the real seed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.clients.store import Store
from actions.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# A fixed Tuesday, so dates in replies are predictable.
TODAY = date(2026, 3, 10)

# Gratitude formulas and cheerful emoji that must never start bad news.
_CHEERY = re.compile(
    r"thank|appreciate|glad|happy to|great|awesome"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    re.IGNORECASE,
)


class Clock:
    """A settable clock for the store."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store_path=tmp_path / "var" / "store.sqlite3")


@pytest.fixture
def store(settings: Settings, clock: Clock) -> Store:
    return Store(settings, clock=clock)


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    with (ROOT / "domain.yml").open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    slots: dict[str, Any] | None = None,
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    metadata: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    active_loop: str | None = None,
) -> Tracker:
    """A tracker as the action server receives it from Rasa."""
    latest: dict[str, Any] = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.98},
        "entities": entities or [],
    }
    if metadata is not None:
        latest["metadata"] = metadata
    return Tracker.from_dict(
        {
            "sender_id": "rest:tester",
            "slots": slots or {},
            "latest_message": latest,
            "events": events or [],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": "action_listen",
        }
    )


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    """The texts the action sent."""
    return [str(m.get("text")) for m in dispatcher.messages]


def only_text(dispatcher: CollectingDispatcher) -> str:
    """The single text the action sent (fails when there are none or several)."""
    sent = texts(dispatcher)
    assert len(sent) == 1, sent
    return sent[0]


def slot_events(events: list[Any]) -> dict[str, Any]:
    """Slot name -> value from SlotSet events (last one wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def assert_plain(text: str) -> None:
    """Bad news is told plainly: no gratitude formula, no cheerful emoji."""
    assert not _CHEERY.search(text), text
    assert "!" not in text, text
