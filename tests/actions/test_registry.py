"""The action server registers exactly the actions domain.yml names."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import ActionExecutor

# Owned by the detection feature (actions/handoff.py), checked by its own tests.
NOT_OURS = {"action_handoff"}


def test_every_domain_action_is_registered_once(domain: dict[str, Any]) -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    registered = set(executor.actions)
    declared = set(domain["actions"]) - NOT_OURS
    assert declared <= registered, declared - registered
    assert registered - NOT_OURS <= set(domain["actions"]), registered - declared
