"""Each speed-up gives Rasa's own answers: same classes, same verdicts, same errors."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse
from aiohttp import web
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    Event,
    FollowupAction,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import ClientResponseError, EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

import bot.speedups
from bot.speedups import (
    action_results,
    endpoint_sessions,
    event_types,
    graph_runs,
    model_load,
    sparse_features,
    tracker_states,
)


def test_install_replaces_and_uninstall_restores_each_function() -> None:
    bot.speedups.uninstall()
    try:
        assert RasaModel.__dict__["load"].__func__ is model_load._rasa_load
        assert RemoteAction._validate_action_result is action_results._rasa_validate
        assert Event.resolve_by_type is event_types._rasa_resolve
        assert DaskGraphRunner.run is graph_runs._rasa_run
        assert Domain.states_for_tracker_history is tracker_states._rasa_states
        assert (
            Message.__dict__["_combine_features"].__func__
            is sparse_features._rasa_combine
        )
    finally:
        bot.speedups.install()
        bot.speedups.install()
    assert RasaModel.__dict__["load"].__func__ is model_load.quick_load
    assert RemoteAction._validate_action_result is action_results.validate_action_result
    assert Event.resolve_by_type is event_types.resolve_by_type
    assert DaskGraphRunner.run is graph_runs.run
    assert (
        Domain.states_for_tracker_history is tracker_states.states_for_tracker_history
    )
    assert Message._combine_features is sparse_features.combine_features


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


def _events_of_every_type() -> list[dict[str, Any]]:
    """One event of each type Rasa writes, as an action server sends it back."""
    return [
        UserUttered(
            "do you have the trail runner in size 9",
            {"name": "check_availability", "confidence": 0.94},
            [{"entity": "size", "value": "9", "start": 37, "end": 38}],
            parse_data={"response_selector": {"all_retrieval_intents": []}},
        ).as_dict(),
        ActionExecuted("action_check_availability", "RulePolicy", 1.0).as_dict(),
        SlotSet("product", "Trailblazer Runner").as_dict(),
        SlotSet("size", None).as_dict(),
        ActiveLoop("availability_form").as_dict(),
        ActiveLoop(None).as_dict(),
        FollowupAction("action_listen").as_dict(),
        ActionExecutionRejected("availability_form").as_dict(),
        ActionReverted().as_dict(),
        UserUtteranceReverted().as_dict(),
        *(
            {"event": name}
            for name in ("restart", "pause", "resume", "reset_slots", "export")
        ),
        {"event": "bot", "text": "Yes, in stock.", "data": {}, "metadata": {}},
        {"event": "session_started", "timestamp": 1.5, "metadata": None},
    ]


def _bad_events() -> list[Any]:
    """Events the schema refuses, or that only its full check can pass or refuse."""
    return [
        {"event": "slot", "name": "product"},  # no value
        {"event": "slot", "value": 1},  # no name
        {"event": "slot", "name": 3, "value": 1},
        {"event": "entities"},
        {"event": "no_such_event"},
        {"event": 7},
        {"event": ["slot"]},
        {"name": "product", "value": "x"},
        {"event": "slot", "name": "product", "value": 1, "timestamp": "now"},
        {"event": "active_loop", "metadata": []},
        {"event": "user", "parse_data": {"intent": {"name": 1}}},
        {"event": "user", "parse_data": {"entities": [{"entity": "size"}]}},
        {"event": "action", "hide_rule_turn": "yes"},
        "slot",
        None,
        [],
    ]


def _verdict(validate: Any, result: Any) -> str:
    try:
        return "valid" if validate(ACTION, result) is True else "not true"
    except ValidationError as error:
        return error.message


def test_action_responses_get_rasas_verdict_event_by_event() -> None:
    assert action_results.typed_validators() is not None  # the quick check is used
    good = _events_of_every_type()
    results: list[Any] = [{"events": good, "responses": [{"text": "hi"}]}]
    results += [{"events": [event]} for event in good]
    results += [{"events": [*good, bad]} for bad in _bad_events()]
    results += [{"events": [bad, *good[:2]]} for bad in _bad_events()]
    results += [[], "events", {"events": good, "responses": ["text"]}]
    for result in results:
        assert _verdict(action_results.validate_action_result, result) == _verdict(
            action_results._rasa_validate, result
        ), result
        if action_results.surely_valid(result):
            assert action_results.response_validator().is_valid(result), result
    assert all(action_results.surely_valid({"events": [e]}) for e in good)
    assert not any(action_results.surely_valid({"events": [e]}) for e in _bad_events())


def _sparse(rows: int, columns: int, dtype: type, seed: int) -> Features:
    matrix = scipy.sparse.random(
        rows, columns, density=0.1, format="coo", random_state=seed
    ).astype(dtype)
    return Features(matrix, "sequence", "text", f"featurizer{seed}")


@pytest.mark.parametrize("rows", [1, 5, 40])
def test_sparse_features_join_exactly_as_rasas(rows: int) -> None:
    # The pipeline's four: regex and lexical (floats), two count vectorisers (ints).
    parts = [
        _sparse(rows, 3, np.float64, 1),
        _sparse(rows, 18, np.float64, 2),
        _sparse(rows, 813, np.int64, 3),
        _sparse(rows, 2329, np.int64, 4),
    ]
    ours = sparse_features.combine_features(parts, ["a", "b"])
    rasas = sparse_features._rasa_combine(parts, ["a", "b"])
    assert ours is not None and rasas is not None
    a, b = ours.features, rasas.features
    assert (type(a), a.shape, a.dtype, a.row.dtype) == (
        type(b),
        b.shape,
        b.dtype,
        b.row.dtype,
    )
    # The same entries in the same order, not only the same matrix.
    assert np.array_equal(a.row, b.row) and np.array_equal(a.col, b.col)
    assert np.array_equal(a.data, b.data)
    assert (ours.type, ours.attribute, ours.origin) == ("sequence", "text", ["a", "b"])


def test_sparse_features_leave_other_cases_to_rasa() -> None:
    dense = Features(np.ones((2, 3)), "sequence", "text", "spacy")
    joined = sparse_features.combine_features([dense, dense], ["spacy"])
    assert joined is not None and joined.features.shape == (2, 6)
    mismatched = [_sparse(2, 3, np.float64, 1), _sparse(3, 3, np.float64, 2)]
    with pytest.raises(ValueError, match="sequence dimensions do not match"):
        sparse_features.combine_features(mismatched, ["a"])


@pytest.fixture(scope="module")
def domain(project_root: Path) -> Domain:
    return Domain.load(str(project_root / "domain.yml"))


def _tracker(*events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("speedups", list(events))


GREETED = (
    ActionExecuted("action_listen"),
    UserUttered("hi", {"name": "greet", "confidence": 1.0}),
    ActionExecuted("utter_greet"),
)


def test_states_are_rasas_and_each_caller_gets_its_own_copy(domain: Domain) -> None:
    tracker = _tracker(*GREETED)
    rasas = tracker_states._rasa_states(domain, tracker)
    with tracker_states.one_prediction():
        first = domain.states_for_tracker_history(tracker)
        assert first == rasas
        first[-1]["prev_action"]["action_name"] = "edited by a caller"
        first.pop()
        assert domain.states_for_tracker_history(tracker) == rasas
        # Other options are other states, worked out on their own.
        ignored = domain.states_for_tracker_history(tracker, omit_unset_slots=True)
        assert ignored == tracker_states._rasa_states(domain, tracker, True)


def test_states_follow_a_tracker_that_changes_and_need_a_scope(
    domain: Domain,
) -> None:
    tracker = _tracker(*GREETED)
    with tracker_states.one_prediction():
        before = domain.states_for_tracker_history(tracker)
        tracker.update(ActionExecuted("action_listen"))
        after = domain.states_for_tracker_history(tracker)
    assert len(after) == len(before) + 1
    assert after == tracker_states._rasa_states(domain, tracker)
    assert tracker_states._scope.get() is None


# A form, a digression, rule-only turns (hidden), a follow-up action and the form's
# happy path: what the resumed replay must carry across calls exactly as Rasa does.
LATER = (
    ActionExecuted("action_listen"),
    UserUttered("where is my order", {"name": "check_order_status", "confidence": 1}),
    ActionExecuted("order_status_form"),
    ActiveLoop("order_status_form"),
    SlotSet("requested_slot", "order_number"),
    ActionExecuted("action_listen"),
    UserUttered("are you a bot", {"name": "bot_challenge", "confidence": 1}),
    ActionExecuted("utter_iamabot", hide_rule_turn=True),
    ActionExecuted("order_status_form", hide_rule_turn=True),
    ActionExecuted("action_listen", hide_rule_turn=True),
    UserUttered("104233", {"name": "inform", "confidence": 1}),
    SlotSet("order_number", "104233"),
    ActionExecuted("order_status_form"),
    SlotSet("requested_slot", None),
    ActiveLoop(None),
    FollowupAction("action_check_order_status"),
    ActionExecuted("action_check_order_status"),
    ActionExecuted("action_listen"),
)
RULE_ONLY = {"slots": ["requested_slot"], "active_loops": ["order_status_form"]}
# The form runs again on its happy path: Rasa's applied events then drop the turns
# since its previous run, so the replay cannot be resumed.
LOOP_RUNS_AGAIN = 12


def _slotted_tracker(domain: Domain, *events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("speedups", list(events), domain.slots)


@pytest.mark.parametrize(
    ("omit_unset_slots", "ignore_rule_only_turns", "rule_only_data"),
    [(False, False, None), (True, False, None), (False, True, RULE_ONLY)],
)
def test_resumed_states_equal_rasas_after_every_event(
    domain: Domain,
    omit_unset_slots: bool,
    ignore_rule_only_turns: bool,
    rule_only_data: dict[str, Any] | None,
) -> None:
    options = (omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    tracker = _slotted_tracker(domain, *GREETED)
    first = tracker_states.replayed_states(domain, tracker, *options)
    assert first == tracker_states._rasa_states(domain, tracker, *options)
    (replay,) = tracker.__dict__[tracker_states.REPLAYS]
    for n, event in enumerate(LATER):
        tracker.update(event)
        ours = tracker_states.replayed_states(domain, tracker, *options)
        assert ours == tracker_states._rasa_states(domain, tracker, *options), event
        if n < LOOP_RUNS_AGAIN:
            # Resumed, not started again, until the form runs again.
            assert tracker.__dict__[tracker_states.REPLAYS] == [replay]
            assert replay.events == tracker.applied_events()


def test_a_form_running_again_rewrites_history_and_restarts_the_replay(
    domain: Domain,
) -> None:
    tracker = _slotted_tracker(domain, *GREETED, *LATER[:LOOP_RUNS_AGAIN])
    tracker_states.replayed_states(domain, tracker)
    (replay,) = tracker.__dict__[tracker_states.REPLAYS]
    tracker.update(LATER[LOOP_RUNS_AGAIN])
    assert tracker_states.replayed_states(
        domain, tracker
    ) == tracker_states._rasa_states(domain, tracker)
    (fresh,) = tracker.__dict__[tracker_states.REPLAYS]
    assert fresh is not replay


def test_states_start_again_when_events_are_undone(domain: Domain) -> None:
    tracker = _slotted_tracker(domain, *GREETED, *LATER[:3])
    tracker_states.replayed_states(domain, tracker)
    (replay,) = tracker.__dict__[tracker_states.REPLAYS]
    for undo in (ActionReverted(), UserUtteranceReverted()):
        tracker.update(undo)
        ours = tracker_states.replayed_states(domain, tracker)
        assert ours == tracker_states._rasa_states(domain, tracker)
        (fresh,) = tracker.__dict__[tracker_states.REPLAYS]
        assert fresh is not replay
        replay = fresh


def test_rule_only_data_counts_only_when_rule_only_turns_are_ignored(
    domain: Domain,
) -> None:
    # Policies pass a fresh copy of the rule-only data on every call; Rasa reads it
    # only with ignore_rule_only_turns, so the other calls share one working-out.
    tracker = _slotted_tracker(domain, *GREETED)
    with tracker_states.one_prediction():
        first = domain.states_for_tracker_history(tracker, False, False, {"a": 1})
        again = domain.states_for_tracker_history(tracker, False, False, {"a": 1})
        ignored = domain.states_for_tracker_history(tracker, False, True, RULE_ONLY)
    assert first == again == tracker_states._rasa_states(domain, tracker)
    assert ignored == tracker_states._rasa_states(
        domain, tracker, False, True, RULE_ONLY
    )
    assert len(tracker.__dict__[tracker_states.REPLAYS]) == 2


def test_callers_edits_do_not_reach_the_kept_replay(domain: Domain) -> None:
    # Outside a prediction scope too (training featurizes the same trackers once
    # per policy, and featurizers edit the states they are given).
    tracker = _slotted_tracker(domain, *GREETED, *LATER[:6])
    expected = tracker_states._rasa_states(domain, tracker)
    given = domain.states_for_tracker_history(tracker)
    for state in given:
        state.pop("user", None)
        state.get("prev_action", {})["action_name"] = "edited by a caller"
    assert domain.states_for_tracker_history(tracker) == expected


def test_each_set_of_options_keeps_its_own_replay(domain: Domain) -> None:
    tracker = _tracker(*GREETED)
    plain = tracker_states.replayed_states(domain, tracker)
    omitted = tracker_states.replayed_states(domain, tracker, True)
    assert len(tracker.__dict__[tracker_states.REPLAYS]) == 2
    assert plain == tracker_states._rasa_states(domain, tracker)
    assert omitted == tracker_states._rasa_states(domain, tracker, True)


def _prediction(confidence: float, priority: int) -> PolicyPrediction:
    return PolicyPrediction([confidence, 0.0], "policy", priority)


TED_PRIORITY = 1


@pytest.mark.parametrize(
    ("predictions", "cannot_win"),
    [
        ([_prediction(1.0, 6)], True),  # a rule
        ([_prediction(1.0, 3)], True),  # a memorised story
        ([_prediction(0.3, 6), _prediction(0.0, 7)], False),  # the rules' fallback
        ([_prediction(1.0, TED_PRIORITY)], False),  # a tie TED could win by order
        ([None, "not a prediction"], False),
    ],
)
def test_ted_is_left_out_only_when_it_cannot_win(
    predictions: list[Any], cannot_win: bool
) -> None:
    tracker = _tracker(*GREETED)
    assert graph_runs.ted_cannot_win(TED_PRIORITY, predictions, tracker) is cannot_win


def test_ted_runs_after_a_rejected_action_or_without_a_tracker() -> None:
    certain = [_prediction(1.0, 6)]
    rejected = _tracker(*GREETED, ActionExecutionRejected("order_status_form"))
    assert not graph_runs.ted_cannot_win(TED_PRIORITY, certain, rejected)
    assert not graph_runs.ted_cannot_win(TED_PRIORITY, certain, None)


@contextlib.asynccontextmanager
async def _counting_server() -> AsyncIterator[tuple[str, list[Any]]]:
    """A loopback HTTP server recording the client port of each request."""
    peers: list[Any] = []

    async def webhook(request: web.Request) -> web.Response:
        assert request.transport is not None
        peers.append(request.transport.get_extra_info("peername")[1])
        return web.json_response({"seen": await request.json()})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/webhook", peers
    finally:
        await runner.cleanup()


async def test_endpoint_calls_reuse_one_connection() -> None:
    async with _counting_server() as (url, peers):
        endpoint = EndpointConfig(url, headers={"X-Test": "1"})
        answers = [await endpoint.request(json={"n": n}) for n in range(3)]
        assert answers == [{"seen": {"n": n}} for n in range(3)]
        assert len(peers) == 3 and len(set(peers)) == 1
        endpoint_sessions.uninstall()
        try:
            for n in range(2):
                await EndpointConfig(url).request(json={"n": n})
        finally:
            endpoint_sessions.install()
        assert len(set(peers[3:])) == 2  # Rasa's own: a connection per call


async def test_endpoint_errors_are_rasas_and_the_session_survives() -> None:
    async with _counting_server() as (url, _):
        endpoint = EndpointConfig(url.replace("/webhook", "/missing"))
        with pytest.raises(ClientResponseError):
            await endpoint.request(json={})
        endpoint.url = url
        assert await endpoint.request(json={"n": 1}) == {"seen": {"n": 1}}


BODY = {
    "next_action": "validate_availability_form",
    "tracker": {
        "events": _events_of_every_type(),
        "latest_message": {"text": "size 9/10 caf\u00e9 \U0001f600 \u2028 \x00"},
        "slots": {"product": None, "size": 9.5, "n": 2**70, "deep": [[[{}]]]},
    },
    "domain": {"forms": {"availability_form": {"required_slots": ["product"]}}},
    "floats": [0.1 + 0.2, 1e-7, 1e22, -0.0, 0.940330445766449, float("inf")],
}


@pytest.mark.parametrize(
    "value",
    [BODY, {"odd": "\ud800"}, {"keys": {2: "a", True: "b", None: "c", 1.5: "d"}}],
)
def test_request_bodies_are_written_as_the_same_json(value: Any) -> None:
    assert json.loads(endpoint_sessions.dumps(value)) == json.loads(json.dumps(value))


@pytest.mark.parametrize("value", [object(), {"a": {1, 2}}, b"bytes", float("nan")])
def test_what_json_refuses_fails_the_same_way(value: Any) -> None:
    try:
        expected = json.dumps(value)
    except TypeError as error:
        with pytest.raises(TypeError, match=re.escape(str(error))):
            endpoint_sessions.dumps(value)
    else:
        assert endpoint_sessions.dumps(value) == expected  # NaN, as json writes it


async def test_endpoint_requests_carry_the_body_rasa_would_send() -> None:
    async with _counting_server() as (url, _):
        endpoint = EndpointConfig(url)
        assert await endpoint.request(json=BODY) == {
            "seen": json.loads(json.dumps(BODY))
        }
        async with endpoint.session() as session:
            assert session._json_serialize is endpoint_sessions.dumps


def test_an_endpoint_used_from_a_new_loop_gets_a_new_session() -> None:
    async def sessions_of(endpoint: EndpointConfig) -> Any:
        async with endpoint.session() as session:
            return session

    endpoint = EndpointConfig("http://127.0.0.1:1/webhook")
    first = asyncio.run(sessions_of(endpoint))
    second = asyncio.run(sessions_of(endpoint))
    assert first is not second
    assert first.closed  # the first loop's session was let go, not leaked
