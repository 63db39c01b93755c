"""Working out a conversation's dialogue states once, and then only for new events.

To predict the next action, each policy turns the whole conversation into a list of
dialogue states (``Domain.states_for_tracker_history``): Rasa 3.6 replays every
event of the tracker for that, again for each policy, several times inside the
RulePolicy and again for each prediction of a turn, so a turn's cost grows with the
conversation. Two things change here, never the states:

- inside ``one_prediction()`` (one run of the prediction graph, during which the
  tracker does not change) the states are worked out once per tracker and set of
  options, and each caller gets its own copy (callers edit the states they are
  given);
- the replay behind them is kept on the tracker and resumed: the next prediction of
  the turn replays only the events added since (the action just run, its bot
  messages and slots). It is resumed only when the events replayed before are still,
  object for object, the first of the tracker's applied events; otherwise (an undo, a
  restart, a loop that rewrites its history) it starts again from the first event.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import operator
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rasa.shared.core.constants import PREVIOUS_ACTION
from rasa.shared.core.domain import Domain, State, SubState
from rasa.shared.core.events import ActionExecuted, Event
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
# The tracker attribute that keeps its resumable replays (one per set of options).
REPLAYS = "_uncanned_state_replays"


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


@dataclass
class Replay:
    """Rasa's loop over a tracker's prior trackers, stopped after ``events``."""

    domain: Domain
    omit_unset_slots: bool
    ignore_rule_only_turns: bool
    rule_only_data: dict[str, Any] | None
    # the replay of ``events`` (what ``generate_all_prior_trackers`` mutates)
    tracker: DialogueStateTracker
    events: list[Event] = field(default_factory=list)
    # the states of the turns before each action in ``events``
    states: list[State] = field(default_factory=list)
    # Rasa's loop variables for ``ignore_rule_only_turns``
    last_ml_action: SubState | None = None
    turn_was_hidden: bool = False

    def matches(
        self,
        domain: Domain,
        omit_unset_slots: bool,
        ignore_rule_only_turns: bool,
        rule_only_data: dict[str, Any] | None,
    ) -> bool:
        """Whether this replay was made with these options."""
        return (
            self.domain is domain
            and self.omit_unset_slots == omit_unset_slots
            and self.ignore_rule_only_turns == ignore_rule_only_turns
            and self.rule_only_data is rule_only_data
        )

    def continues(self, applied: list[Event]) -> bool:
        """Whether ``applied`` starts with exactly the events replayed so far."""
        return len(applied) >= len(self.events) and all(
            map(operator.is_, applied, self.events)
        )

    def advance(self, applied: list[Event]) -> None:
        """Replays the applied events after those already replayed."""
        for event in applied[len(self.events) :]:
            if isinstance(event, ActionExecuted):
                self.last_ml_action, self.turn_was_hidden = self._add_turn(
                    event.hide_rule_turn,
                    self.states,
                    self.last_ml_action,
                    self.turn_was_hidden,
                )
            self.tracker.update(event)
            self.events.append(event)

    def states_now(self) -> list[State]:
        """The states so far plus the turn in progress (Rasa's last ``yield``).

        They share dicts with the replay (and the last state with the replayed
        tracker): hand out only copies, so that they stay as Rasa made them.
        """
        states = list(self.states)
        self._add_turn(False, states, self.last_ml_action, self.turn_was_hidden)
        return states

    def _add_turn(
        self,
        hide_rule_turn: bool,
        states: list[State],
        last_ml_action: SubState | None,
        turn_was_hidden: bool,
    ) -> tuple[SubState | None, bool]:
        """One pass of ``Domain.states_for_tracker_history``'s loop, as Rasa's."""
        domain, tracker = self.domain, self.tracker
        if self.ignore_rule_only_turns:
            # remember the previous ML action from the last turn not hidden
            if not turn_was_hidden:
                last_ml_action = domain._get_prev_action_sub_state(tracker)
            # a follow-up action or a loop's happy path keeps the turn as it was
            if (
                not tracker.followup_action
                and tracker.latest_action_name != tracker.active_loop_name
            ):
                turn_was_hidden = hide_rule_turn
            if turn_was_hidden:
                return last_ml_action, turn_was_hidden
        state = domain.get_active_state(tracker, omit_unset_slots=self.omit_unset_slots)
        if self.ignore_rule_only_turns:
            domain._remove_rule_only_features(state, self.rule_only_data)
            if states:
                domain._substitute_rule_only_user_input(state, states[-1])
            if last_ml_action:
                state[PREVIOUS_ACTION] = last_ml_action
        states.append(domain._clean_state(state))
        return last_ml_action, turn_was_hidden


def _replay_for(
    domain: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool,
    ignore_rule_only_turns: bool,
    rule_only_data: dict[str, Any] | None,
) -> list[State]:
    """The replay's states for ``tracker`` (shared: see ``Replay.states_now``)."""
    options = (omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    replays: list[Replay] = tracker.__dict__.setdefault(REPLAYS, [])
    applied = tracker.applied_events()
    replay = next((r for r in replays if r.matches(domain, *options)), None)
    if replay is None or not replay.continues(applied):
        if replay is not None:
            replays.remove(replay)
        replay = Replay(domain, *options, tracker=tracker.init_copy())
        replays.append(replay)
    replay.advance(applied)
    return replay.states_now()


def replayed_states(
    domain: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[State]:
    """Rasa's states for ``tracker``, resuming the replay kept on it when it can."""
    return _copy(
        _replay_for(
            domain, tracker, omit_unset_slots, ignore_rule_only_turns, rule_only_data
        )
    )


def states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: dict[str, Any] | None = None,
) -> list[State]:
    """``Domain.states_for_tracker_history``, resumed, and once per scope.

    Every caller gets its own copy (callers edit the states they are given).
    """
    if not ignore_rule_only_turns:
        # Only read with ignore_rule_only_turns; callers pass fresh copies of it.
        rule_only_data = None
    options = (omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    cache = _scope.get()
    if cache is None:
        return _copy(_replay_for(self, tracker, *options))
    key = (
        id(tracker),
        id(self),
        omit_unset_slots,
        ignore_rule_only_turns,
        id(rule_only_data),
    )
    found = cache.get(key)
    if found is None or found[1] != len(tracker.events):
        states = _replay_for(self, tracker, *options)
        found = cache[key] = (
            (tracker, self, rule_only_data),
            len(tracker.events),
            states,
        )
    return _copy(found[2])


def install() -> None:
    """Makes dialogue states be worked out once per scope and resumed per tracker."""
    Domain.states_for_tracker_history = states_for_tracker_history
    logger.debug("dialogue states once per prediction, resumed per tracker, installed")


def uninstall() -> None:
    """Gives the working-out of states back to Rasa."""
    Domain.states_for_tracker_history = _rasa_states
