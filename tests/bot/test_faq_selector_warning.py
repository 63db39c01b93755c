"""Rasa's false warning about a missing ResponseSelector is silenced, and only it."""

from __future__ import annotations

import warnings

from rasa.shared.utils.io import raise_warning

from bot.faq_selector import silence_subclass_warning

RASAS_WARNING = (
    "You have defined training data with examples for training a response "
    "selector, but your NLU configuration does not include a response selector "
    "component. To train a model on your response selector data, add a "
    "'ResponseSelector' to your configuration."
)


def test_the_subclass_warning_is_silenced_and_others_are_not() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # pytest's own filters ignore Rasa's
        silence_subclass_warning()
        raise_warning(RASAS_WARNING)
        raise_warning("Another warning about the training data.")
    assert [str(w.message) for w in caught] == [
        "Another warning about the training data."
    ]
