"""Running the prediction graph in a plain loop, and TED only when it can matter.

Rasa 3.6 runs its graph through ``dask.get`` on every message and every action
prediction: dask rebuilds its task graph, orders it and fires each task (about a
tenth of a turn, py-spy), and the runner first recomputes the part of the schema the
targets need with a recursive walk. Here the order of the nodes is worked out once
per set of targets and the nodes are called in that order with the same inputs.

The ensemble then picks, among the policies' predictions, the most confident one,
ties going to the higher priority. A rule, a memorised story or the handoff policy
predicts with confidence 1.0 and outranks TED (priority 1), so when one of them has,
TED's prediction cannot win: TED, the costliest node of a core prediction, is not
run then. This holds only while TED makes intent-based predictions (no end-to-end
text features, which would outrank the others) and no action was just rejected (the
ensemble then zeroes that action in every prediction); otherwise TED always runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.ted_policy import TEDPolicy
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, ActionExecutionRejected
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import TEXT

from bot.speedups import tracker_states

logger = logging.getLogger(__name__)

_rasa_run = DaskGraphRunner.run
_CERTAIN = 1.0


@dataclass(frozen=True)
class _Plan:
    """How to run a graph for one set of targets."""

    # (node, names of the nodes or inputs it needs), dependencies first.
    steps: tuple[tuple[str, tuple[str, ...]], ...]
    # TED nodes whose only use is an ensemble: run when that ensemble needs them.
    deferred: frozenset[str]


def _component(node: GraphNode) -> Any:
    return getattr(node, "_component", None)


def _skippable_ted(node: GraphNode) -> bool:
    """A TED node that only ever makes intent-based, never end-to-end, predictions."""
    policy = _component(node)
    return isinstance(policy, TEDPolicy) and TEXT not in policy.fake_features


def _plan(runner: DaskGraphRunner, targets: tuple[str, ...]) -> _Plan:
    nodes = runner._graph_schema.nodes
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name not in nodes:
            return  # done, or an input placeholder
        if name in visiting:
            raise GraphRunError(f"The graph has a cycle through '{name}'.")
        visiting.add(name)
        for needed in nodes[name].needs.values():
            visit(needed)
        visiting.discard(name)
        order.append(name)

    for target in targets:
        visit(target)
    users: dict[str, set[str]] = {}
    for name in order:
        for needed in nodes[name].needs.values():
            users.setdefault(needed, set()).add(name)
    instantiated = runner._instantiated_nodes
    ensembles = {
        name
        for name in order
        if isinstance(_component(instantiated[name]), DefaultPolicyPredictionEnsemble)
    }
    deferred = frozenset(
        name
        for name in order
        if name not in targets
        and _skippable_ted(instantiated[name])
        and users.get(name)
        and users[name] <= ensembles
    )
    steps = tuple((name, tuple(nodes[name].needs.values())) for name in order)
    return _Plan(steps, deferred)


def ted_cannot_win(ted_priority: int, predictions: list[Any], tracker: Any) -> bool:
    """Whether a computed prediction outranks anything TED could predict."""
    if not isinstance(tracker, DialogueStateTracker):
        return False
    last_action = next(
        (
            event
            for event in reversed(tracker.events)
            if isinstance(event, (ActionExecutionRejected, ActionExecuted))
        ),
        None,
    )
    if isinstance(last_action, ActionExecutionRejected):
        return False
    return any(
        isinstance(p, PolicyPrediction)
        and p.max_confidence >= _CERTAIN
        and p.policy_priority > ted_priority
        for p in predictions
    )


def run(
    self: DaskGraphRunner,
    inputs: dict[str, Any] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    """``DaskGraphRunner.run``: the same nodes with the same inputs, in a loop."""
    run_targets = tuple(targets if targets else self._graph_schema.target_names)
    plans: dict[tuple[str, ...], _Plan] = self.__dict__.setdefault("_plans", {})
    plan = plans.get(run_targets)
    if plan is None:
        plan = plans[run_targets] = _plan(self, run_targets)
    # Each value is what dask would pass on: (name, output) for a node and
    # (name, value) for an input; a name with no value is passed as the name.
    values: dict[str, Any] = {}
    for name, value in (inputs or {}).items():
        if isinstance(value, str) and value in self._graph_schema.nodes:
            raise GraphRunError(
                f"Input value '{value}' clashes with a node name. Make sure that "
                f"none of the input names passed to the `run` method are the same "
                f"as node names in the graph schema."
            )
        values[name] = (name, value)
    try:
        with tracker_states.one_prediction():
            _run_steps(plan, self._instantiated_nodes, values)
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e
    return dict(values[t] for t in run_targets)


def _run_steps(
    plan: _Plan, nodes: dict[str, GraphNode], values: dict[str, Any]
) -> None:
    """Calls each node of the plan in order, adding its output to ``values``."""
    for name, needs in plan.steps:
        if name in plan.deferred:
            continue
        for needed in needs:
            if needed in plan.deferred:
                values[needed] = _deferred_output(nodes[needed], nodes[name], values)
        values[name] = nodes[name](*(values.get(n, n) for n in needs))


def _deferred_output(
    ted: GraphNode, ensemble: GraphNode, values: dict[str, Any]
) -> tuple[str, Any]:
    """TED's output for an ensemble: its prediction, or nothing when it cannot win."""
    ensemble_inputs: dict[str, str] = ensemble._inputs
    computed = [values[n][1] for n in ensemble_inputs.values() if n in values]
    tracker = values.get(ensemble_inputs.get("tracker", ""), (None, None))[1]
    if ted_cannot_win(_component(ted).priority, computed, tracker):
        # The ensemble combines only PolicyPrediction values: None is left out.
        return (ted._node_name, None)
    return ted(*(values.get(n, n) for n in ted._inputs.values()))


def install() -> None:
    """Makes Rasa's graph runner a plain loop that runs TED when needed."""
    DaskGraphRunner.run = run
    logger.debug("graph runs in a loop installed")


def uninstall() -> None:
    """Gives the graph runs back to dask."""
    DaskGraphRunner.run = _rasa_run
