"""Quick loading of Rasa's TensorFlow models (DIET, ResponseSelector, TED).

To rebuild a trained model, Rasa 3.6 (``RasaModel.load``) first runs one training
step on an example batch, only to create the weights, then overwrites them from the
checkpoint. That step traces the whole training graph (losses, gradients, optimizer)
and was most of the server's start-up: DIET 37 s, TED 20 s, ResponseSelector 5 s on 2
cores. Here the checkpoint is opened first, and the one prediction Rasa runs anyway
creates the weights; TensorFlow restores each one from the checkpoint as it is
created. Training-only state in the checkpoint (optimizer slots) is left unread.

A model whose weights do not all match the checkpoint falls back to Rasa's own load,
with a warning; fine-tuning (``rasa train --finetune``) always uses Rasa's own load.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import tensorflow as tf
from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel

logger = logging.getLogger(__name__)

_rasa_load = RasaModel.__dict__["load"].__func__


def quick_load(
    cls: type[RasaModel],
    model_file_name: str,
    model_data_example: RasaModelData,
    predict_data_example: RasaModelData | None = None,
    finetune_mode: bool = False,
    *args: Any,
    **kwargs: Any,
) -> RasaModel:
    """``RasaModel.load`` without the training step; same arguments, same model."""

    def rasa_load() -> RasaModel:
        return _rasa_load(
            cls,
            model_file_name,
            model_data_example,
            predict_data_example,
            finetune_mode,
            *args,
            **kwargs,
        )

    if finetune_mode or not predict_data_example:
        return rasa_load()
    started = time.perf_counter()
    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    model.compile(
        optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
        run_eagerly=config.get(RUN_EAGERLY),
    )
    # Restoration is deferred: each weight takes its value when it is created.
    status = model.load_weights(model_file_name)
    model.run_inference(predict_data_example)
    try:
        status.assert_existing_objects_matched()
    except AssertionError:
        logger.warning(
            "%s: not every weight was in %s; loading it the slow way",
            cls.__name__,
            model_file_name,
            exc_info=True,
        )
        return rasa_load()
    status.expect_partial()  # optimizer slots are for training only
    logger.info(
        "%s loaded in %.1f s (%d weights, prediction graph only)",
        cls.__name__,
        time.perf_counter() - started,
        len(model.weights),
    )
    return model


def install() -> None:
    """Makes every ``RasaModel.load`` in this process a quick load (idempotent)."""
    if RasaModel.__dict__["load"].__func__ is not quick_load:
        RasaModel.load = classmethod(quick_load)
        logger.debug("quick loading of Rasa's TensorFlow models installed")


def uninstall() -> None:
    """Gives ``RasaModel.load`` back to Rasa."""
    RasaModel.load = classmethod(_rasa_load)
