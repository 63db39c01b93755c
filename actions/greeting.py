"""Greeting, by the customer's first name when the channel passes one."""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import metadata

logger = logging.getLogger(__name__)

MAX_NAME_LENGTH = 40
MARKUP = set("<>{}[]`\\")  # never echo what could be read as markup


def clean_first_name(value: object) -> str | None:
    """Returns a first name safe to show, or None when unusable.

    Line breaks become spaces, other control and formatting characters are
    dropped, whitespace is collapsed; names with markup characters, without a
    letter, or longer than 40 characters are refused.

    Args:
        value: The `first_name` from the message metadata (any type).

    Returns:
        The cleaned name, or None.
    """
    if not isinstance(value, str):
        return None
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in value
        if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )
    name = " ".join(kept.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        return None
    if any(ch in MARKUP for ch in name) or not any(ch.isalpha() for ch in name):
        return None
    return name


class ActionGreet(Action):
    """Says hello (by first name when known) and what the assistant can do."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_greet"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Greets the customer."""
        name = clean_first_name(metadata(tracker).get("first_name"))
        hello = f"Hi {name}!" if name else "Hi!"
        dispatcher.utter_message(
            text=(
                f"{hello} I'm the Stitch & Sole assistant. I can check an order, "
                "cancel it or change its address, start a return, look up a refund, "
                "or check sizes and stock. What can I do for you?"
            )
        )
        return []
