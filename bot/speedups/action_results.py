"""Validating action server responses with a validator built once.

Rasa 3.6 checks each custom action's response with ``jsonschema.validate``, which
first validates the schema itself against the JSON Schema metaschema (draft 2020-12,
slow with its dynamic references), every call: half the time of a turn that runs one
custom action (py-spy, 2 cores). Here the schema is checked once and its validator
kept; responses are validated exactly as before, and a bad one raises the same
``ValidationError`` with the same message.
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


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once."""
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
