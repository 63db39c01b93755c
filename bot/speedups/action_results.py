"""Validating action server responses with validators built once.

Rasa 3.6 checks each custom action's response with ``jsonschema.validate``, which
first validates the schema itself against the JSON Schema metaschema (draft 2020-12,
slow with its dynamic references), every call: half the time of a turn that runs one
custom action (py-spy, 2 cores). Here the schema is checked once and its validator
kept; responses are validated exactly as before, and a bad one raises the same
``ValidationError`` with the same message.

Even kept, the validator tries each event against every one of the 23 event types of
the schema's ``oneOf``: 0.3 ms for one ``SlotSet``, 0.9 ms for a stock answer's three
slots and a message. The types are told apart by their ``event`` constant, so an
event of type X is valid exactly when it passes the common part of the event schema
and the branch of X (every other branch fails on its constant): 0.05 and 0.17 ms. A
response that passes this check is valid; any other goes through the full validator,
which gives the verdict and Rasa's error.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

logger = logging.getLogger(__name__)

_rasa_validate = RemoteAction._validate_action_result


@functools.lru_cache(maxsize=1)
def response_validator() -> Validator:
    """The validator of Rasa's action response format, its schema checked once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def typed_validators() -> tuple[Validator, dict[str, Validator]] | None:
    """A validator of the response but its events' items, and one per event type.

    An event type's validator checks the common part of the event schema and that
    type's branch of its ``oneOf``. None when the schema is not made that way (each
    branch naming its type by a constant of its own), so only the full validator is
    used.
    """
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    try:
        events = schema["properties"]["events"]
        item = events["items"]
        branches = item["oneOf"]
        names = [branch["properties"]["event"]["const"] for branch in branches]
        typed = "event" in item["required"] and item["properties"]["event"] == {
            "type": "string"
        }
    except (KeyError, TypeError):
        return None
    if (
        not typed
        or events.get("type") != "array"
        or not all(isinstance(name, str) for name in names)
        or len(set(names)) != len(names)
    ):
        return None
    common = {key: value for key, value in item.items() if key != "oneOf"}
    outer = {
        **schema,
        "properties": {**schema["properties"], "events": {"type": "array"}},
    }
    per_type = {
        name: cls({**common, "allOf": [branch]})
        for name, branch in zip(names, branches, strict=True)
    }
    return cls(outer), per_type


def surely_valid(result: Any) -> bool:
    """Whether the response passes the per-type check (then it is valid)."""
    validators = typed_validators()
    if validators is None:
        return False
    outer, per_type = validators
    if not outer.is_valid(result):
        return False
    for event in result.get("events", []):
        name = event.get("event") if isinstance(event, dict) else None
        validator = per_type.get(name) if isinstance(name, str) else None
        if validator is None or not validator.is_valid(event):
            return False
    return True


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with validators built once."""
    if surely_valid(result):
        return True
    error: ValidationError | None = best_match(response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, "
        "make sure your response from the Action endpoint is valid. "
        "For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Makes Rasa validate action responses with the kept validator (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result
    logger.debug("action response validation with a kept validator installed")


def uninstall() -> None:
    """Gives the validation back to Rasa."""
    RemoteAction._validate_action_result = _rasa_validate
