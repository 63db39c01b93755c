"""Rasa NLU graph component: writes a ``frustration`` dict to every message.

It reuses the tokens made by ``SpacyTokenizer`` on the spaCy doc from
``bot.spacy_nlp.PackagedSpacyNLP`` (no second spaCy load). The dict is set with
``add_to_output=True`` so Rasa copies it into the parse data, and from there into
``tracker.latest_message["frustration"]`` for the handoff policy and the actions.

It is trainable: at ``rasa train`` time it fits the learned part of the detector
(``learned.LearnedComplaintModel``) on team-written messages, the NLU examples
(``learned_positive_intents`` against the other intents) and the listed splits of
``learned_examples`` (the team's labelled set; held-out splits are never read), and
persists it in the model like any Rasa component. Without a trained model (e.g. a
component made with ``create`` and never trained) the detector runs on its lexicon
alone.

Since round 14 it also fits a praise reader, the same kind of model trained for
praise (``learned_praise_intents`` and ``learned_praise_labels``) on the same
messages (since round 42 also on the CSV's splits ``praise_example_splits`` lists:
the batches read in earlier rounds) and sharing the encoder; its probability is the
dict's ``praise``, which the handoff policy reads to answer praise warmly when the NLU
misread it.

Since round 44 it also fits a second opinion: the complaint model trained on every
message either model reads (the NLU examples and the CSV's rows of both lists of
splits: the read batches too, which the complaint model itself leaves out, as they
cost it real tweets in round 42). Where it is sure there is no complaint
(``second_opinion_veto``) it vetoes a complaint as a low learned score does
(``FrustrationDetector.detect``).
"""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.frustration import encoder as encoder_module
from bot.frustration import learned as learned_module
from bot.frustration.detector import DEFAULT_THRESHOLDS, FrustrationDetector
from bot.frustration.encoder import SentenceEncoder
from bot.frustration.learned import (
    PRAISE_MODEL_FILE,
    SECOND_OPINION_FILE,
    LearnedComplaintModel,
    file_digest,
    in_splits,
    read_labelled_splits,
)
from bot.frustration.sentences import without_signature

logger = logging.getLogger(__name__)

FRUSTRATION_KEY = "frustration"


class Labelled(NamedTuple):
    """A training message and which learned models it trains."""

    text: str
    # the NLU intent, or the labelled CSV's label
    label: str
    # from the CSV, whose labels name positives differently
    from_csv: bool
    # round 42: some CSV rows train one model only (the read batches: the praise
    # reader)
    complaint_model: bool
    praise_model: bool


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
    is_trainable=True,
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
            # the score and learned-probability thresholds, as tuned (what each
            # means: FrustrationDetector's arguments; config.yml sets them too)
            **DEFAULT_THRESHOLDS,
            # NLU intents that are complaints for the learned model (others are calm)
            "learned_positive_intents": ["complaint", "insult", "request_human"],
            # round 14, the praise reader: the NLU intents and the labelled CSV's
            # labels that are praise (empty: no praise reader)
            "learned_praise_intents": ["praise"],
            "learned_praise_labels": ["praise"],
            # team-written CSV (text,label,...,split) also trained on (the training
            # rows in data/detection/), and which of its splits train the complaint
            # model and which the praise reader (None: every row; the held-out batches
            # are in another file); None for NLU data only
            "learned_examples": None,
            "learned_example_splits": ["tune", "dev"],
            "praise_example_splits": ["tune", "dev"],
            # inverse regularisation strength of the logistic regression
            "learned_c": 4.0,
            # the learned model also weighs a sentence embedding (MiniLM, int8;
            # encoder.py), scaled by this against the n-grams; 0 for n-grams only
            "learned_encoder_scale": 0.0,
            # word pieces of a message the encoder reads ([CLS], [SEP] included)
            "learned_encoder_max_tokens": 32,
            # how many of MiniLM-L6's layers the encoder runs (the first ones)
            "learned_encoder_layers": 2,
        }

    @staticmethod
    def required_packages() -> list[str]:
        """scikit-learn fits the learned part; onnxruntime runs the encoder."""
        return ["sklearn", "onnxruntime", "tokenizers"]

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Retrains when the labelled CSV or the learned model's code changes."""
        examples = config.get("learned_examples")
        digest = file_digest(Path(examples)) if examples else ""
        return (
            digest
            + inspect.getsource(learned_module)
            + inspect.getsource(encoder_module)
        )

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        model: LearnedComplaintModel | None = None,
        praise_model: LearnedComplaintModel | None = None,
        second_opinion: LearnedComplaintModel | None = None,
    ) -> None:
        """Builds the detector from the component config."""
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model or LearnedComplaintModel(None)
        self.praise_model = praise_model or LearnedComplaintModel(None)
        self.praise_model.share_lookups(self.model)
        self.second_opinion = second_opinion or LearnedComplaintModel(None)
        self._share_second_opinions_lookups()
        self.detector = FrustrationDetector(
            weights=dict(self._config["weights"] or {}),
            annoyed_threshold=float(self._config["annoyed_threshold"]),
            angry_threshold=float(self._config["angry_threshold"]),
            complaint_threshold=float(self._config["complaint_threshold"]),
            vader_threshold=float(self._config["vader_threshold"]),
            learned_threshold=float(self._config["learned_threshold"]),
            learned_veto=float(self._config["learned_veto"]),
            learned_praise_threshold=float(self._config["learned_praise_threshold"]),
            learned_settled_threshold=float(self._config["learned_settled_threshold"]),
            learned_alone_threshold=float(self._config["learned_alone_threshold"]),
            second_opinion_veto=float(self._config["second_opinion_veto"]),
        )

    def _share_second_opinions_lookups(self) -> None:
        """The second opinion shares the praise reader's n-gram index, else the model's.

        The praise reader reads the same messages, so the same vocabulary.
        """
        self.second_opinion.share_lookups(self.praise_model)
        self.second_opinion.share_lookups(self.model)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FrustrationDetectorComponent:
        """Creates an untrained component (lexicon only until ``train``)."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FrustrationDetectorComponent:
        """Loads the trained learned model (lexicon only when there is none)."""
        try:
            with model_storage.read_from(resource) as directory:
                model = LearnedComplaintModel.load(directory)
                praise_model = LearnedComplaintModel.load(
                    directory, PRAISE_MODEL_FILE, model.encoder
                )
                second_opinion = LearnedComplaintModel.load(
                    directory, SECOND_OPINION_FILE, model.encoder
                )
        except ValueError:
            logger.warning("No learned complaint model stored: lexicon only.")
            model = praise_model = second_opinion = LearnedComplaintModel(None)
        return cls(config, model_storage, resource, model, praise_model, second_opinion)

    def labelled_examples(self, training_data: TrainingData) -> list[Labelled]:
        """The NLU examples and the labelled CSV's training rows, read once.

        The CSV's rows are those of either model's splits, the complaint model's
        first (round 42: the praise reader reads more of them).
        """
        examples = [
            Labelled(
                str(m.get(TEXT)), str(m.get(INTENT)).split("/")[0], False, True, True
            )
            for m in training_data.intent_examples
            if m.get(TEXT)
        ]
        path = self._config["learned_examples"]
        if path:
            if Path(path).exists():
                complaint_splits = self._config["learned_example_splits"]
                praise_splits = self._config["praise_example_splits"]
                rows = [
                    Labelled(
                        text,
                        label,
                        True,
                        in_splits(split, complaint_splits),
                        in_splits(split, praise_splits),
                    )
                    for text, label, split in read_labelled_splits(Path(path))
                ]
                examples += [row for row in rows if row.complaint_model]
                examples += [
                    row for row in rows if row.praise_model and not row.complaint_model
                ]
            else:
                logger.warning("learned_examples %s not found: NLU data only.", path)
        return examples

    def training_examples(
        self,
        training_data: TrainingData,
        praise: bool = False,
        labelled: list[Labelled] | None = None,
        every_row: bool = False,
    ) -> list[tuple[str, bool]]:
        """(text, is_positive) pairs: NLU examples and the labelled CSV's splits.

        Positive is a complaint, or with ``praise`` praise (the praise reader);
        ``labelled`` is ``labelled_examples``' result when already read. The
        pairs of each model leave out the rows only the other one reads, unless
        ``every_row`` (the second opinion's pairs).
        """
        if labelled is None:
            labelled = self.labelled_examples(training_data)
        intents = "learned_praise_intents" if praise else "learned_positive_intents"
        positive_intents = set(self._config[intents])
        positive_labels = (
            set(self._config["learned_praise_labels"])
            if praise
            else learned_module.POSITIVE_LABELS
        )
        return [
            (
                row.text,
                row.label in (positive_labels if row.from_csv else positive_intents),
            )
            for row in labelled
            if every_row or (row.praise_model if praise else row.complaint_model)
        ]

    def train(self, training_data: TrainingData) -> Resource:
        """Fits the learned models on team-written messages and persists them."""
        labelled = self.labelled_examples(training_data)
        scale = float(self._config["learned_encoder_scale"])
        encoder = None
        if scale > 0:
            encoder = SentenceEncoder.build(
                int(self._config["learned_encoder_max_tokens"]),
                int(self._config["learned_encoder_layers"]),
            )
        # every labelled message embedded once; each model reads its rows of them
        texts = [row.text for row in labelled]
        embeddings = encoder.embed_all(texts) if encoder is not None else None

        def fit(
            pairs: list[tuple[str, bool]], rows: np.ndarray, what: str
        ) -> LearnedComplaintModel:
            model = LearnedComplaintModel.fit(
                [text for text, _ in pairs],
                [label for _, label in pairs],
                c=float(self._config["learned_c"]),
                encoder=encoder,
                encoder_scale=scale,
                embeddings=None if embeddings is None else embeddings[rows],
            )
            logger.info(
                "%s trained on %d messages (%d positive)",
                what,
                len(pairs),
                sum(label for _, label in pairs),
            )
            return model

        self.model = fit(
            self.training_examples(training_data, labelled=labelled),
            np.array([row.complaint_model for row in labelled], dtype=bool),
            "learned complaint model",
        )
        self.praise_model = LearnedComplaintModel(None)
        if (
            self._config["learned_praise_intents"]
            or self._config["learned_praise_labels"]
        ):
            self.praise_model = fit(
                self.training_examples(training_data, True, labelled),
                np.array([row.praise_model for row in labelled], dtype=bool),
                "praise reader",
            )
            self.praise_model.share_lookups(self.model)
        self.second_opinion = LearnedComplaintModel(None)
        if float(self._config["second_opinion_veto"]) > 0:
            self.second_opinion = fit(
                self.training_examples(
                    training_data, labelled=labelled, every_row=True
                ),
                np.ones(len(labelled), dtype=bool),
                "second opinion",
            )
            self._share_second_opinions_lookups()
        if self._model_storage is not None and self._resource is not None:
            with self._model_storage.write_to(self._resource) as directory:
                self.model.save(directory)
                self.praise_model.save(directory, PRAISE_MODEL_FILE, with_encoder=False)
                self.second_opinion.save(
                    directory, SECOND_OPINION_FILE, with_encoder=False
                )
        assert self._resource is not None
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds ``frustration`` to each message (and to its output properties).

        Args:
            messages: parsed messages, already tokenised.

        Returns:
            The same messages.
        """
        for message in messages:
            full_text = message.get(TEXT) or ""
            # the customer's words, not the signature under a sign-off (round 36)
            text = without_signature(full_text)
            tokens = message.get(TOKENS_NAMES[TEXT]) or []
            if text != full_text:
                tokens = []
            features = self.model.features(text)
            result = self.detector.detect(
                text,
                [t.text for t in tokens] or None,
                self.model.probability(text, features),
                self.second_opinion.probability(text, features),
            )
            info = result.as_dict()
            praise = self.praise_model.probability(text, features)
            if praise is not None:
                info["praise"] = round(praise, 4)
            message.set(FRUSTRATION_KEY, info, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left alone: the score is not a feature for DIET."""
        return training_data
