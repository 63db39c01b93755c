"""Quick loading gives each TensorFlow model exactly the weights it was trained to."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import tensorflow as tf
from rasa.core.agent import load_agent
from rasa.core.channels import UserMessage
from rasa.utils.tensorflow.models import RasaModel

from bot.speedups import model_load as quick_load
from bot.speedups import predict_calls

pytestmark = pytest.mark.model


def restored(value: np.ndarray, saved: np.ndarray, masks: list[np.ndarray]) -> bool:
    """Whether ``value`` is ``saved``, or ``saved`` zeroed by one of the masks."""
    if saved.shape != value.shape:
        return False
    return np.array_equal(saved, value) or any(
        m.shape == value.shape and np.array_equal(saved * m, value) for m in masks
    )


async def test_every_weight_is_restored_from_the_checkpoint(
    trained_model: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    loaded: list[tuple[str, RasaModel, list[np.ndarray]]] = []
    real_quick_load = quick_load.quick_load

    def recording_load(
        cls: type[RasaModel], model_file_name: str, *args: Any, **kwargs: Any
    ) -> RasaModel:
        model = real_quick_load(cls, model_file_name, *args, **kwargs)
        reader = tf.train.load_checkpoint(model_file_name)
        keys = reader.get_variable_to_shape_map()
        tensors = (np.asarray(reader.get_tensor(key)) for key in keys)
        saved = [t for t in tensors if t.dtype.kind in "biuf"]  # not the metadata
        loaded.append((cls.__name__, model, saved))
        return model

    # What the pipeline's QuickModelLoading installs when Rasa reads the model.
    monkeypatch.setattr(quick_load, "quick_load", recording_load)
    caplog.set_level(logging.INFO, logger=quick_load.__name__)

    try:
        agent = await load_agent(model_path=str(trained_model))
    finally:
        monkeypatch.undo()
        quick_load.install()

    assert sorted(name for name, _, _ in loaded) == ["DIET", "DIET2BOW", "TED"]
    quick = [r for r in caplog.records if "prediction graph only" in r.getMessage()]
    assert len(quick) == 3, "a model fell back to Rasa's slow load"
    for name, model, saved in loaded:
        assert model.weights, name
        # A sparse layer zeroes its kernel by its mask on each call (as after Rasa's
        # own load): the kernel then holds the saved kernel times the saved mask.
        masks = [w.numpy() for w in model.weights if "kernel_mask" in w.name]
        for weight in model.weights:
            value = weight.numpy()
            assert any(restored(value, s, masks) for s in saved), (
                f"{name}: {weight.name} does not hold a value from the checkpoint"
            )
    parsed = await agent.parse_message("where is my order 104233")
    assert parsed["intent"]["name"] == "check_order_status"
    assert [e["value"] for e in parsed["entities"]] == ["104233"]


async def test_direct_graph_calls_predict_what_rasa_predicts(
    trained_model: Path,
) -> None:
    texts = [
        "hi there",
        "where is my order 104233",
        "do you ship to canada",
        "do you have the trail runner in size 9",
        "this is the worst service ever",
    ]
    agent = await load_agent(model_path=str(trained_model))
    assert agent.processor is not None
    processor = agent.processor

    async def predictions(tag: str) -> list[tuple[Any, ...]]:
        found = []
        for n, text in enumerate(texts):
            parsed = await agent.parse_message(text)
            sender = f"{tag}-{n}"
            await processor.log_message(UserMessage(text, sender_id=sender))
            next_action = await processor.predict_next_for_sender_id(sender)
            assert next_action is not None
            found.append(
                (
                    parsed["intent_ranking"],
                    parsed["entities"],
                    parsed.get("response_selector"),
                    next_action["policy"],
                    next_action["scores"],
                )
            )
        return found

    await predictions("warm")  # the first call of each model traces its graph
    assert {type(m).__name__ for m in predict_calls._graphs} >= {"DIET", "TED"}
    # Every model's inputs fit its flat signature: the flat call is the one taken.
    assert all(specs is not None for _, specs in predict_calls._graphs.values())
    direct = await predictions("direct")
    predict_calls.uninstall()
    try:
        dispatched = await predictions("dispatched")
    finally:
        predict_calls.install()
    assert direct == dispatched
