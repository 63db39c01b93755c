"""A ResponseSelector that picks an FAQ answer only for FAQ questions.

Rasa's ResponseSelector runs its model on every message, though its answer is only
ever used when the message's intent is one of its retrieval intents (``faq``): the
rules answer ``faq`` with ``utter_faq``, which reads the selector's choice. For every
other message (an order look-up, a stock check, a greeting) that run was wasted: an
eighth of such a turn. This one runs the same trained model, with the same config and
training, on FAQ questions only; other messages carry no ``response_selector`` in
their parse data (Rasa's ``utter_faq`` and ``rasa test nlu`` both handle that).
"""

from __future__ import annotations

import warnings

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message


def silence_subclass_warning() -> None:
    """Silences Rasa's warning that the configuration has no ResponseSelector.

    Rasa's recipe validator looks for the ResponseSelector class itself, not a
    subclass, and would tell trainers their FAQ examples train nothing: they train
    this one. Only that warning is silenced, and only when this module is in use.
    """
    warnings.filterwarnings(
        "ignore",
        message="You have defined training data with examples for training a "
        "response selector, but your NLU configuration does not include a response "
        "selector",
        category=UserWarning,
    )


silence_subclass_warning()


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class FaqResponseSelector(ResponseSelector):
    """Selects a response for messages whose intent is a retrieval intent."""

    def _answers(self, message: Message) -> bool:
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if self.retrieval_intent:
            return bool(intent == self.retrieval_intent)
        return intent in self.all_retrieval_intents

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the selected response to each FAQ question; others pass unchanged."""
        super().process([m for m in messages if self._answers(m)])
        return messages
