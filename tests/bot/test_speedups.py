"""Each speed-up gives Rasa's own answers: same classes, same verdicts, same errors."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

import bot.speedups
from bot.speedups import action_results, event_types, model_load


def test_install_replaces_and_uninstall_restores_each_function() -> None:
    bot.speedups.uninstall()
    try:
        assert RasaModel.__dict__["load"].__func__ is model_load._rasa_load
        assert RemoteAction._validate_action_result is action_results._rasa_validate
        assert Event.resolve_by_type is event_types._rasa_resolve
    finally:
        bot.speedups.install()
        bot.speedups.install()
    assert RasaModel.__dict__["load"].__func__ is model_load.quick_load
    assert RemoteAction._validate_action_result is action_results.validate_action_result
    assert Event.resolve_by_type is event_types.resolve_by_type


@pytest.mark.parametrize(
    "type_name", sorted({cls.type_name for cls in all_subclasses(Event)})
)
def test_every_event_type_resolves_to_rasas_class(type_name: str) -> None:
    assert event_types.resolve_by_type(type_name) is event_types._rasa_resolve(
        type_name
    )


def test_unknown_event_types_behave_as_in_rasa() -> None:
    assert event_types.resolve_by_type("topic") is None
    fallback = all_subclasses(Event)[0]
    assert event_types.resolve_by_type("no_such_event", fallback) is fallback
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        event_types.resolve_by_type("no_such_event")


def test_events_read_back_the_same_with_the_table() -> None:
    dumped = [
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "action", "name": "action_greet"},
        {"event": "bot", "text": "Hello!"},
        {"event": "slot", "name": "order_number", "value": "104233"},
        {"event": "active_loop", "name": "order_status_form"},
    ]
    event_types.install()
    fast = [Event.from_parameters(d) for d in dumped]
    event_types.uninstall()
    try:
        slow = [Event.from_parameters(d) for d in dumped]
    finally:
        event_types.install()
    assert fast == slow
    assert [type(e).__name__ for e in fast] == [
        "UserUttered",
        "ActionExecuted",
        "BotUttered",
        "SlotSet",
        "ActiveLoop",
    ]


ACTION = RemoteAction("action_check_order_status", EndpointConfig("http://127.0.0.1:1"))


@pytest.mark.parametrize(
    "result",
    [
        {"events": [], "responses": []},
        {
            "events": [{"event": "slot", "name": "order_number", "value": "104233"}],
            "responses": [{"text": "Your order shipped.", "buttons": []}],
        },
    ],
)
def test_a_valid_action_response_passes(result: dict[str, Any]) -> None:
    assert action_results.validate_action_result(ACTION, result) is True
    assert action_results._rasa_validate(ACTION, result) is True


@pytest.mark.parametrize(
    "result",
    [
        {"events": "not a list"},
        {"events": [{"no": "event key"}]},
        {"events": [], "responses": "not a list"},
    ],
)
def test_a_bad_action_response_fails_with_rasas_error(result: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as ours:
        action_results.validate_action_result(ACTION, result)
    with pytest.raises(ValidationError) as rasas:
        action_results._rasa_validate(ACTION, result)
    assert ours.value.message == rasas.value.message
    assert "Failed to validate Action server response" in ours.value.message
