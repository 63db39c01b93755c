"""Faster graph runs, states and action-server calls answer exactly as Rasa's.

Same replies and events, with the speed-ups and with Rasa's own functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa.core.agent import Agent, load_agent
from rasa.core.channels import UserMessage
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.core.utils import AvailableEndpoints
from rasa.utils.endpoints import EndpointConfig

from bot.speedups import (
    action_results,
    endpoint_sessions,
    graph_runs,
    sparse_features,
    tracker_states,
)

pytestmark = pytest.mark.model

SPEEDUPS = (
    graph_runs,
    sparse_features,
    tracker_states,
    action_results,
    endpoint_sessions,
)
# Routine paths, forms (with digressions: the form rejects, TED finds the way back),
# custom actions, fallbacks, handoffs, chit-chat and messages no rule or story
# covers (TED decides); none changes the order store.
CONVERSATIONS = [
    ["hi there", "where is my order 104233", "thanks", "bye"],
    ["where is my order", "do you ship to canada", "104233"],
    ["I want to return something", "thanks", "what's your return policy"],
    ["do you have the trail runner in size 9", "what colours", "how much is shipping?"],
    ["where is my order", "it's 999999", "hmm", "asdkjh", "qwe"],
    ["cancel my order", "no", "104233", "no"],
    ["what's your return policy", "can I pay with paypal", "do you ship to canada"],
    ["thanks", "yes", "no", "are you a bot", "what's the weather"],
    ["change my delivery address", "no", "actually where is my order 104240"],
    ["ok", "yes", "no"],
    ["I want to talk to a person"],
    ["this is the worst service ever, my boots are 3 weeks late"],
    # A longer one: each turn's states resume the replay of the turn before.
    [
        "hi",
        "where is my order",
        "are you a bot",
        "104233",
        "do you ship to canada",
        "what's your return policy",
        "where is my order 104240",
        "thanks",
        "bye",
    ],
]


def _comparable(event: dict[str, Any]) -> dict[str, Any]:
    """An event without what differs on every run (ids and clocks)."""
    kept = {k: v for k, v in event.items() if k != "timestamp"}
    if "parse_data" in kept:
        kept["parse_data"] = {
            k: v for k, v in kept["parse_data"].items() if k != "message_id"
        }
    kept.pop("message_id", None)
    return kept


async def _conversations(agent: Agent, tag: str) -> list[Any]:
    assert agent.processor is not None
    seen: list[Any] = []
    for n, texts in enumerate(CONVERSATIONS):
        sender = f"{tag}-{n}"
        for text in texts:
            replies = await agent.handle_message(UserMessage(text, sender_id=sender))
            seen.append([r.get("text") or r.get("custom") for r in replies or []])
        tracker = await agent.processor.fetch_tracker_with_initial_session(sender)
        seen.append([_comparable(e.as_dict()) for e in tracker.events])
    return seen


async def test_conversations_run_exactly_as_with_rasas_runner(
    trained_model: Path, action_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ted_runs = 0
    ted_predict = TEDPolicy.predict_action_probabilities

    def counted(self: TEDPolicy, *args: Any, **kwargs: Any) -> Any:
        nonlocal ted_runs
        ted_runs += 1
        return ted_predict(self, *args, **kwargs)

    # Before loading: the graph keeps the method it finds at load time.
    monkeypatch.setattr(TEDPolicy, "predict_action_probabilities", counted)
    agent = await load_agent(
        model_path=str(trained_model),
        endpoints=AvailableEndpoints(action=EndpointConfig(action_server)),
    )
    await _conversations(agent, "warm")  # the first call of each model traces it
    ted_runs = 0
    fast = await _conversations(agent, "fast")
    ted_runs_fast = ted_runs
    for speedup in SPEEDUPS:
        speedup.uninstall()
    try:
        ted_runs = 0
        rasas = await _conversations(agent, "rasa")
        ted_runs_rasa = ted_runs
    finally:
        for speedup in SPEEDUPS:
            speedup.install()
    assert fast == rasas
    # TED is left out where a certain rule or story outranks it, not everywhere.
    assert 0 < ted_runs_fast < ted_runs_rasa / 2
