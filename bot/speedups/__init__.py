"""Speed-ups of Rasa 3.6 internals that change how fast, never what, it answers.

Each module replaces one Rasa function with one that returns the same result (each
has a test comparing the two) and keeps Rasa's own for ``uninstall``:

- ``model_load``: DIET, ResponseSelector and TED restore their weights by tracing the
  prediction graph only (start-up 59 s -> 16 s for the three models);
- ``action_results``: action server responses are validated by validators built
  once (half of a turn that runs a custom action), each event by its own type's;
- ``event_types``: event classes are found in a table while reading a tracker;
- ``predict_calls``: the models call their traced prediction graph directly instead
  of having TensorFlow dispatch it again on every call;
- ``graph_runs``: the graph runs in a plain loop instead of through dask, and TED
  only runs when its prediction could win (a certain rule or story outranks it);
- ``sparse_features``: a message's sparse features are joined in one step;
- ``tracker_states``: a conversation's dialogue states are worked out once per
  prediction instead of once per policy, and the next prediction of the turn
  resumes the replay behind them instead of replaying the whole conversation;
- ``endpoint_sessions``: calls to the action server reuse their HTTP connection, and
  their bodies are written by ``ujson``.

``RasaSpeedups``, first in the pipeline, installs them all when Rasa reads the model
(Rasa imports every component before it loads any), so ``rasa run``, ``rasa shell``
and ``rasa test`` all get them; removing it from ``config.yml`` restores Rasa's own::

    - name: bot.speedups.RasaSpeedups
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.speedups import (
    action_results,
    endpoint_sessions,
    event_types,
    graph_runs,
    model_load,
    predict_calls,
    sparse_features,
    tracker_states,
)

# Each module replaces Rasa functions in its ``install`` and restores them in
# ``uninstall``.
SPEEDUPS = (
    model_load,
    action_results,
    event_types,
    predict_calls,
    graph_runs,
    sparse_features,
    tracker_states,
    endpoint_sessions,
)


def install() -> None:
    """Installs every speed-up in this process (idempotent)."""
    for speedup in SPEEDUPS:
        speedup.install()


def uninstall() -> None:
    """Gives every replaced function back to Rasa."""
    for speedup in SPEEDUPS:
        speedup.uninstall()


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=False,
)
class RasaSpeedups(GraphComponent):
    """Installs the speed-ups; passes messages through unchanged."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RasaSpeedups:
        """Creates the component (nothing to configure, train or persist)."""
        install()
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Returns the messages unchanged."""
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Returns the training data unchanged."""
        return training_data


install()
