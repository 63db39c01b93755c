"""Working out a conversation's dialogue states once per prediction.

To predict the next action, each policy turns the whole conversation into a list of
dialogue states (``Domain.states_for_tracker_history``): Rasa 3.6 replays every
event of the tracker for that, again for each policy and several times inside the
RulePolicy, so a turn's cost grows with the conversation. Within one run of the
prediction graph the tracker does not change, so inside ``one_prediction()`` the
states are worked out once per tracker and set of options, and each caller gets its
own copy (callers edit the states they are given).
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Iterator
from typing import Any

from rasa.shared.core.domain import Domain, State
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

_rasa_states = Domain.states_for_tracker_history
# (tracker, domain, options) -> (what they are made from, number of events, states):
# the objects are kept so that their ids cannot be reused while the scope lasts.
_Cache = dict[
    tuple[int, int, bool, bool, int], tuple[tuple[Any, ...], int, list[State]]
]
_scope: contextvars.ContextVar[_Cache | None] = contextvars.ContextVar(
    "tracker_states", default=None
)


@contextlib.contextmanager
def one_prediction() -> Iterator[None]:
    """A scope in which trackers do not change: their states are worked out once."""
    token = _scope.set({})
    try:
        yield
    finally:
        _scope.reset(token)


def _copy(states: list[State]) -> list[State]:
    # A state maps sub-state names to dicts of strings and tuples: two levels deep.
    return [{name: dict(sub) for name, sub in state.items()} for state in states]


def states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[State]:
    """``Domain.states_for_tracker_history``, once per scope for the same options."""
    cache = _scope.get()
    if cache is None:
        return _rasa_states(
            self, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data
        )
    key = (
        id(tracker),
        id(self),
        omit_unset_slots,
        ignore_rule_only_turns,
        id(rule_only_data),
    )
    found = cache.get(key)
    if found is None or found[1] != len(tracker.events):
        states = _rasa_states(
            self, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data
        )
        found = cache[key] = (
            (tracker, self, rule_only_data),
            len(tracker.events),
            states,
        )
    return _copy(found[2])


def install() -> None:
    """Makes dialogue states be worked out once per prediction scope."""
    Domain.states_for_tracker_history = states_for_tracker_history
    logger.debug("dialogue states once per prediction installed")


def uninstall() -> None:
    """Gives the working-out of states back to Rasa."""
    Domain.states_for_tracker_history = _rasa_states
