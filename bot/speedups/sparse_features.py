"""Joining a message's sparse features side by side in one step.

DIET and the ResponseSelector each join, for every message, the sparse features of
the pipeline's featurizers (regex, lexical-syntactic, two count vectorisers) into one
matrix per attribute and type. Rasa 3.6 deep-copies the first matrix and then calls
``scipy.sparse.hstack`` once per further featurizer, which validates and converts
every block each time: a tenth of a turn (py-spy). The featurizers all produce COO
matrices, so here the joined matrix is built at once from their entries: the same
entries in the same order, the same dtype, index dtype and shape as Rasa's. Anything
else (dense, other formats, mismatched rows) goes to Rasa's own code.
"""

from __future__ import annotations

import logging

import numpy as np
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import coo_matrix
from scipy.sparse._sputils import get_index_dtype, upcast

logger = logging.getLogger(__name__)

_rasa_combine = Message.__dict__["_combine_features"].__func__


def combine_features(
    features: list[Features], featurizers: list[str]
) -> Features | None:
    """``Message._combine_features``: one ``Features`` of all, side by side."""
    if len(features) < 2:
        return _rasa_combine(features, featurizers)
    blocks = [f.features for f in features]
    rows = blocks[0].shape[0]
    if not all(type(b) is coo_matrix and b.shape[0] == rows for b in blocks):
        return _rasa_combine(features, featurizers)
    columns = sum(b.shape[1] for b in blocks)
    index_dtype = get_index_dtype(maxval=max(rows, columns))
    offsets = np.cumsum([0] + [b.shape[1] for b in blocks[:-1]])
    joined = coo_matrix(
        (
            np.concatenate([b.data for b in blocks]).astype(
                upcast(*(b.dtype for b in blocks)), copy=False
            ),
            (
                np.concatenate([b.row for b in blocks]).astype(index_dtype),
                np.concatenate(
                    [b.col + offset for b, offset in zip(blocks, offsets, strict=True)]
                ).astype(index_dtype),
            ),
        ),
        shape=(rows, columns),
    )
    first = features[0]
    return Features(joined, first.type, first.attribute, featurizers)


def install() -> None:
    """Makes messages join their sparse features in one step (idempotent)."""
    Message._combine_features = staticmethod(combine_features)
    logger.debug("one-step joining of sparse features installed")


def uninstall() -> None:
    """Gives the joining back to Rasa."""
    Message._combine_features = staticmethod(_rasa_combine)
