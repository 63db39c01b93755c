"""The reply guard's static half: cheerful responses only follow guarded intents.

The policy hands off every complaint and every message scoring at or above the
frustration threshold; below it, only intents in ``guarded_intents`` are handed off
when not calm. So every cheerful response in the domain must be reachable only after
one of those intents, or an annoyed customer could be answered cheerfully.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.frustration.cheerful import is_cheerful
from bot.handoff_policy import HandoffPolicy

ROOT = Path(__file__).resolve().parents[2]


def cheerful_responses() -> set[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return {
        name
        for name, variants in domain["responses"].items()
        if any(is_cheerful(v.get("text")) for v in variants)
    }


def steps_of(folder: str) -> list[list[dict[str, Any]]]:
    flows = []
    for path in sorted((ROOT / "data" / folder).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("rules", []) + data.get("stories", []):
            flows.append(block.get("steps", []))
    return flows


def test_cheerful_family_is_detected_in_the_domain() -> None:
    assert "utter_praise" in cheerful_responses()


def test_cheerful_responses_only_follow_guarded_intents() -> None:
    guarded = set(HandoffPolicy.get_default_config()["guarded_intents"])
    cheerful = cheerful_responses()
    for flow in steps_of("rules") + steps_of("stories"):
        last_intent = None
        for step in flow:
            if "intent" in step:
                last_intent = step["intent"]
            if step.get("action") in cheerful:
                assert last_intent in guarded, (step["action"], last_intent, flow)


def test_is_cheerful_examples() -> None:
    assert is_cheerful("Thanks for your support! 😊")
    assert is_cheerful("Glad to hear it, have a nice day")
    assert not is_cheerful("I'm sorry your refund still hasn't come through.")
    assert not is_cheerful(None)
