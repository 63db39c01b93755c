"""Rasa NLU graph component: writes a ``frustration`` dict to every message.

It reuses the tokens made by ``SpacyTokenizer`` on the spaCy doc from
``bot.spacy_nlp.PackagedSpacyNLP`` (no second spaCy load). The dict is set with
``add_to_output=True`` so Rasa copies it into the parse data, and from there into
``tracker.latest_message["frustration"]`` for the handoff policy and the actions.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.frustration.detector import FrustrationDetector

logger = logging.getLogger(__name__)

FRUSTRATION_KEY = "frustration"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=False,
)
class FrustrationDetectorComponent(GraphComponent):
    """Scores each message for frustration and complaint (see ``detector``)."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Needs a tokenizer earlier in the pipeline (``SpacyTokenizer``)."""
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Returns the defaults; each can be overridden in ``config.yml``."""
        return {
            # per-signal weights in [0, 1]; missing names keep the detector's defaults
            "weights": {},
            # score from which the level is at least "annoyed"
            "annoyed_threshold": 0.35,
            # score from which the level is at least "angry"
            "angry_threshold": 0.7,
            # score from which a message with a problem signal is a complaint
            "complaint_threshold": 0.6,
            # VADER compound at or below which the negative_sentiment signal fires
            "vader_threshold": -0.3,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        """Builds the detector from the component config."""
        self._config = {**self.get_default_config(), **config}
        self.detector = FrustrationDetector(
            weights=dict(self._config["weights"] or {}),
            annoyed_threshold=float(self._config["annoyed_threshold"]),
            angry_threshold=float(self._config["angry_threshold"]),
            complaint_threshold=float(self._config["complaint_threshold"]),
            vader_threshold=float(self._config["vader_threshold"]),
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FrustrationDetectorComponent:
        """Creates the component (nothing to train or persist)."""
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds ``frustration`` to each message (and to its output properties).

        Args:
            messages: parsed messages, already tokenised.

        Returns:
            The same messages.
        """
        for message in messages:
            text = message.get(TEXT) or ""
            tokens = message.get(TOKENS_NAMES[TEXT]) or []
            result = self.detector.detect(text, [t.text for t in tokens] or None)
            message.set(FRUSTRATION_KEY, result.as_dict(), add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left alone: the score is not a feature for DIET."""
        return training_data
