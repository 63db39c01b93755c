"""The learned part of the detector: how likely a message is a complaint.

A small linear model (logistic regression on TF-IDF word 1-2-grams and character
2-6-grams, 2-5 until round 7) trained at ``rasa train`` time on team-written messages
only: the NLU examples (``complaint``, ``insult`` and ``request_human`` against every
other intent) and the ``tune`` and ``dev`` rows of
``data/detection/complaint_examples.csv``. It learns the many plain ways of saying "it
didn't work" that hand-written patterns miss, and that a routine question with a
negative word is still routine. Fitting takes a second or two on ~2,500 messages.
scikit-learn fits it; predictions do not go through scikit-learn (its per-call checks
cost ~5-10 ms for one message): the fitted weights are kept as one table per n-gram
kind (n-gram -> idf and coefficient), stored as JSON in the Rasa model, and scored
with numpy in a fraction of a millisecond with the same analyzers, so the
probabilities equal scikit-learn's.

Since round 8 the same regression can also weigh a sentence embedding of the message
(``encoder.SentenceEncoder``, MiniLM-L6 in int8 ONNX), which carries the meaning of
words the team's examples never used; its weights are stored with the tables and the
encoder's graph beside them in the model.

The detector combines it with the lexicon signals (``detector.FrustrationDetector``):
a high probability adds the ``learned_complaint`` signal; a low one keeps weak
lexicon evidence from handing off alone.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.frustration.encoder import SentenceEncoder

logger = logging.getLogger(__name__)

MODEL_FILE = "learned_complaint.json"
# round 14: the praise reader, the same kind of model trained for "praise"; it shares
# the complaint model's encoder
PRAISE_MODEL_FILE = "learned_praise.json"
# round 44: the second opinion, the complaint model trained on every message the
# complaint model and the praise reader read (the read batches too)
SECOND_OPINION_FILE = "learned_second_opinion.json"
POSITIVE_LABELS = frozenset({"complaint", "request_human"})

# The two n-gram kinds; their parameters are stored with the weights.
VECTORIZERS: dict[str, dict[str, Any]] = {
    "words": {
        "analyzer": "word",
        "ngram_range": (1, 2),
        "token_pattern": r"(?u)\b\w+\b|[!?]+|[^\w\s]",
        "min_df": 1,
    },
    # round 7: up to 6 characters (2-5 before); better on batches 3, 4 and 6
    "chars": {"analyzer": "char_wb", "ngram_range": (2, 6), "min_df": 2},
}


@cache
def char_wb_analyzer(min_n: int, max_n: int) -> Callable[[str], list[str]]:
    """scikit-learn's ``char_wb`` analyzer (lower-cased), each word's n-grams cached.

    One analyzer (and one cache) per n-gram range, shared by every table that has it
    (the complaint model's and the praise reader's).

    The same n-grams in the same order as ``TfidfVectorizer(analyzer="char_wb")``'s
    analyzer (``tests/detection/test_learned.py`` compares them): every word of the
    lower-cased text, padded with a space each side, gives its n-grams of each length
    (a word shorter than ``min_n`` once). Round 43: cutting them character by
    character in Python cost ~0.2 ms a long message; a message's words are mostly
    words seen before, so each word's n-grams are kept (a bounded cache).
    """

    @lru_cache(maxsize=16384)
    def word_grams(word: str) -> tuple[str, ...]:
        padded = f" {word} "
        grams: list[str] = []
        for n in range(min_n, max_n + 1):
            grams += (padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
            if len(padded) <= n:  # a short word counts once
                break
        return tuple(grams)

    def analyze(text: str) -> list[str]:
        return list(chain.from_iterable(map(word_grams, text.lower().split())))

    return analyze


def make_analyzer(params: dict[str, Any]) -> Callable[[str], list[str]]:
    """The analyzer of a vectorizer with these parameters (the cached ``char_wb``)."""
    if params.get("analyzer") == "char_wb" and set(params) <= {
        "analyzer",
        "ngram_range",
        "min_df",
    }:
        low, high = params["ngram_range"]
        return char_wb_analyzer(int(low), int(high))
    analyzer: Callable[[str], list[str]] = make_vectorizer(params).build_analyzer()
    return analyzer


def make_vectorizer(params: dict[str, Any]) -> TfidfVectorizer:
    """A TF-IDF vectorizer (sublinear tf, l2 norm) with the given parameters."""
    return TfidfVectorizer(
        sublinear_tf=True, **{**params, "ngram_range": tuple(params["ngram_range"])}
    )


def build_pipeline(c: float = 4.0) -> Pipeline:
    """Returns the unfitted model: word and character n-grams, logistic regression."""
    features = FeatureUnion(
        [(name, make_vectorizer(params)) for name, params in VECTORIZERS.items()]
    )
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    return Pipeline([("features", features), ("classifier", classifier)])


def read_labelled_splits(path: Path) -> list[tuple[str, str, str]]:
    """(text, label, split) of every row of a labelled CSV (text,label,...,split)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            (row["text"], row["label"], row.get("split") or "")
            for row in csv.DictReader(handle)
            if row.get("text")
        ]


def in_splits(split: str, splits: Iterable[str] | None) -> bool:
    """Whether ``split`` is listed (``None`` lists every split)."""
    return splits is None or split in splits


def read_labelled(
    path: Path, splits: Iterable[str] | None = None
) -> list[tuple[str, str]]:
    """(text, label) rows of a labelled CSV (``text,label,...,split``).

    Only rows whose ``split`` is listed are read (``None``: every row; the training
    file holds no held-out batch).
    """
    wanted = None if splits is None else set(splits)
    return [
        (text, label)
        for text, label, split in read_labelled_splits(path)
        if in_splits(split, wanted)
    ]


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("" when it does not exist)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


@dataclass
class MessageFeatures:
    """What the learned models read of one message, computed once and shared.

    The complaint model and the praise reader use the same analyzers and encoder, so
    one message's n-gram counts (per analyzer) and embedding serve both (round 16:
    the praise reader no longer counts the n-grams again).
    """

    embedding: np.ndarray | None = None
    grams: dict[str, Counter[str]] = field(default_factory=dict)
    # per index (a vocabulary, or two shared): the message's known n-grams (their
    # ids in it) and their counts
    known: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    # per index and idf (round 44: the praise reader's and the second opinion's are
    # the same): the columns, tf-idf values and their norm, for any coefficients
    weighted: dict[str, tuple[np.ndarray, np.ndarray, float]] = field(
        default_factory=dict
    )


class _Table:
    """One n-gram kind: its analyzer, and the idf and coefficient of each n-gram."""

    def __init__(
        self, params: dict[str, Any], idf: dict[str, float], coef: dict[str, float]
    ) -> None:
        self.params = params
        # tables with the same parameters count the same n-grams
        self.key = json.dumps(params, sort_keys=True)
        # n-gram -> column; the complaint model and the praise reader are fitted on
        # the same messages, so their vocabularies are the same and a message's
        # columns are looked up once for both (round 20)
        grams = sorted(idf)
        self._index = {g: i for i, g in enumerate(grams)}
        self.vocabulary = hashlib.sha256(
            "\n".join([self.key, *grams]).encode("utf-8")
        ).hexdigest()
        # with share_index: the index is shared with another table's (the union of
        # both vocabularies), and _own maps its ids to this table's columns
        self._lookup = self.vocabulary
        self._own: np.ndarray | None = None
        self._idf = np.array([idf[g] for g in grams], dtype=np.float64)
        self._coef = np.array([coef[g] for g in grams], dtype=np.float64)
        self.analyze = make_analyzer(params)
        # tables with this index and these idf weigh a message's n-grams alike
        self._idf_digest = hashlib.sha256(self._idf.tobytes()).hexdigest()
        self._weighting = f"{self._lookup}|{self._idf_digest}"

    def share_index(self, other: _Table) -> None:
        """Looks a message's n-grams up once for this table and ``other``.

        Round 43: the praise reader reads more messages than the complaint model, so
        their vocabularies differ and each looked every n-gram up in its own index
        (~1,000 character n-grams in a long message). Both now use one index over
        the union of the vocabularies; each keeps its own columns, in the same order,
        so the scores are exactly as before.
        """
        if self.key != other.key or self._own is not None:
            return
        if self.vocabulary == other.vocabulary:
            # round 44: the same n-grams in the same columns (the second opinion and
            # the praise reader read the same messages): whatever index ``other``
            # uses, this table uses too, and so the same looked-up n-grams
            self._index, self._own, self._lookup = (
                other._index,
                other._own,
                other._lookup,
            )
            self._weighting = f"{self._lookup}|{self._idf_digest}"
            return
        if other._own is not None:
            return
        union = dict(other._index)
        for gram in self._index:
            union.setdefault(gram, len(union))
        for table in (other, self):
            own = np.full(len(union), -1, dtype=np.intp)
            own[np.fromiter(map(union.__getitem__, table._index), np.intp)] = (
                np.fromiter(table._index.values(), np.intp)
            )
            table._index, table._own = union, own
            table._lookup = f"{other.vocabulary}+{self.vocabulary}"
            table._weighting = f"{table._lookup}|{table._idf_digest}"

    def grams(self, text: str, features: MessageFeatures) -> Counter[str]:
        """The message's n-gram counts for this analyzer, counted once per message."""
        counts = features.grams.get(self.key)
        if counts is None:
            counts = features.grams[self.key] = Counter(self.analyze(text))
        return counts

    def score(self, grams: Counter[str], features: MessageFeatures) -> float:
        """This kind's share of the decision value (tf-idf, l2-normalised, dot)."""
        weighted = features.weighted.get(self._weighting)
        if weighted is None:
            weighted = features.weighted[self._weighting] = self._weigh(grams, features)
        columns, values, norm = weighted
        if not len(columns):
            return 0.0
        return float(values @ self._coef[columns]) / norm if norm else 0.0

    def _weigh(
        self, grams: Counter[str], features: MessageFeatures
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """The message's known columns, their tf-idf values and the values' norm."""
        known = features.known.get(self._lookup)
        if known is None:
            # looked up in C (map, fromiter) rather than a Python loop: long messages
            # have ~1,000 character n-grams (round 35, docs/detection.md "Speed")
            size = len(grams)
            every = np.fromiter(
                map(self._index.get, grams, repeat(-1, size)), np.intp, size
            )
            kept = every >= 0
            counts = np.fromiter(grams.values(), np.float64, size)[kept]
            known = features.known[self._lookup] = (every[kept], counts)
        columns, counts = known
        if self._own is not None:
            own = self._own[columns]
            mine = own >= 0
            columns, counts = own[mine], counts[mine]
        if not len(columns):
            return columns, counts, 0.0
        # sublinear tf (1 + log count) times idf, as TfidfVectorizer(sublinear_tf)
        values = (1.0 + np.log(counts)) * self._idf[columns]
        squares = float(values @ values)
        return columns, values, math.sqrt(squares)


class LearnedComplaintModel:
    """Probability that a message is a complaint, abuse or a request for a person.

    The same model read for another class is the praise reader (round 14: trained for
    praise, saved as ``PRAISE_MODEL_FILE`` and sharing this model's encoder).

    With a sentence encoder (round 8) the same logistic regression also weighs the
    message's embedding (``encoder.SentenceEncoder``), scaled by ``encoder_scale``
    against the n-gram features; the weights are stored with the tables and the
    encoder's graph beside them.
    """

    def __init__(
        self, data: dict[str, Any] | None = None, encoder: SentenceEncoder | None = None
    ) -> None:
        self.data = data
        self.encoder = encoder
        self._tables = [
            _Table(t["params"], t["idf"], t["coef"])
            for t in (data or {}).get("tables", [])
        ]
        self._intercept = float((data or {}).get("intercept", 0.0))
        encoder_part = (data or {}).get("encoder")
        self._encoder_coef = (
            np.asarray(encoder_part["coef"], dtype=np.float32) if encoder_part else None
        )
        if self._encoder_coef is not None and encoder is None:
            raise ValueError("this learned model needs its sentence encoder")

    @property
    def trained(self) -> bool:
        """Whether the model was fitted (an untrained model predicts nothing)."""
        return self.data is not None

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[bool],
        c: float = 4.0,
        encoder: SentenceEncoder | None = None,
        encoder_scale: float = 0.5,
        embeddings: np.ndarray | None = None,
    ) -> LearnedComplaintModel:
        """Fits a model; returns an untrained one when a class has no examples.

        Args:
            texts: the messages.
            labels: whether each is a complaint (or abuse, or a request for a person).
            c: the logistic regression's inverse regularisation strength.
            encoder: when given, the embeddings are features beside the n-grams.
            encoder_scale: the embeddings' scale against the l2-normed n-gram parts.
            embeddings: the texts' embeddings when already computed (one row each).
        """
        if len(set(labels)) < 2:
            logger.warning(
                "learned model not trained: need positive and negative examples"
            )
            return cls(None)
        pipeline = build_pipeline(c)
        targets = [int(label) for label in labels]
        if encoder is None:
            pipeline.fit(list(texts), targets)
            return cls(cls._tables_of(pipeline))
        ngrams = pipeline.named_steps["features"].fit_transform(list(texts))
        if embeddings is None:
            embeddings = encoder.embed_all(list(texts))
        embeddings = embeddings * encoder_scale
        classifier: LogisticRegression = pipeline.named_steps["classifier"]
        classifier.fit(hstack([ngrams, csr_matrix(embeddings)]).tocsr(), targets)
        data = cls._tables_of(pipeline)
        weights = classifier.coef_[0][ngrams.shape[1] :] * encoder_scale
        data["encoder"] = {
            "max_tokens": encoder.max_tokens,
            "scale": encoder_scale,
            "coef": [float(w) for w in weights],
        }
        return cls(data, encoder)

    @staticmethod
    def _tables_of(pipeline: Pipeline) -> dict[str, Any]:
        """The fitted pipeline as plain tables (n-gram -> idf and coefficient)."""
        classifier: LogisticRegression = pipeline.named_steps["classifier"]
        coefficients = classifier.coef_[0]
        tables, offset = [], 0
        for name, vectorizer in pipeline.named_steps["features"].transformer_list:
            vocabulary: dict[str, int] = vectorizer.vocabulary_
            tables.append(
                {
                    "name": name,
                    "params": {**VECTORIZERS[name]},
                    "idf": {
                        g: float(vectorizer.idf_[i]) for g, i in vocabulary.items()
                    },
                    "coef": {
                        g: float(coefficients[offset + i])
                        for g, i in vocabulary.items()
                    },
                }
            )
            offset += len(vocabulary)
        return {"tables": tables, "intercept": float(classifier.intercept_[0])}

    def share_lookups(self, other: LearnedComplaintModel) -> None:
        """Looks each message's n-grams up once for this model and ``other``.

        For a model that reads messages with ``other``'s features (the praise reader
        with the complaint model's): tables of the same analyzer share one index. A
        table already sharing one keeps it; one whose vocabulary is ``other``'s takes
        ``other``'s index as it is (the second opinion the praise reader's).
        """
        for table in self._tables:
            for theirs in other._tables:
                table.share_index(theirs)

    def features(self, text: str) -> MessageFeatures:
        """The message's features for this model: its embedding and n-gram counts.

        Computed once per message and passed to ``probability`` of every model that
        shares the encoder and analyzers (the praise reader).
        """
        features = MessageFeatures()
        if self._encoder_coef is not None and self.encoder is not None and text.strip():
            features.embedding = self.encoder.embed(text)
        for table in self._tables:
            table.grams(text, features)
        return features

    def probability(
        self, text: str, features: MessageFeatures | None = None
    ) -> float | None:
        """P(positive) for one message, or None when the model is untrained.

        Args:
            text: the message.
            features: its features (``features``) when already computed; what they
                lack is computed and added.
        """
        if self.data is None or not text.strip():
            return None
        if features is None:
            features = MessageFeatures()
        value = self._intercept + sum(
            t.score(t.grams(text, features), features) for t in self._tables
        )
        if self._encoder_coef is not None and self.encoder is not None:
            if features.embedding is None:
                features.embedding = self.encoder.embed(text)
            value += float(features.embedding @ self._encoder_coef)
        return 1.0 / (1.0 + math.exp(-value))

    def save(
        self, folder: Path, name: str = MODEL_FILE, with_encoder: bool = True
    ) -> None:
        """Writes the fitted tables (JSON, as ``name``) and the encoder to ``folder``.

        Nothing is written for an untrained model; the encoder not when
        ``with_encoder`` is false (a model that shares another's).
        """
        if self.data is not None:
            with (folder / name).open("w", encoding="utf-8") as handle:
                json.dump(self.data, handle)
            if self.encoder is not None and with_encoder:
                self.encoder.save(folder)

    @classmethod
    def load(
        cls,
        folder: Path,
        name: str = MODEL_FILE,
        encoder: SentenceEncoder | None = None,
    ) -> LearnedComplaintModel:
        """Reads a model written by ``save`` (untrained when there is none).

        Args:
            folder: where it was saved.
            name: its file name.
            encoder: an encoder already loaded to share (else read from ``folder``).
        """
        path = folder / name
        if not path.exists():
            return cls(None)
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        if "encoder" in data and encoder is None:
            encoder = SentenceEncoder.load(folder, int(data["encoder"]["max_tokens"]))
        return cls(data, encoder if "encoder" in data else None)
