"""The learned part of the detector: training, persistence, inference, combination.

Trained here on small team-written sets (not the real model's data), so the tests are
about behaviour (it learns, it is saved and loaded in the Rasa model storage, the
detector combines it with the lexicon as documented), not about accuracy: accuracy is
measured on the labelled set (``test_labelled_set.py``, docs/detection.md).
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.frustration.component import FRUSTRATION_KEY, FrustrationDetectorComponent
from bot.frustration.detector import DEFAULT_THRESHOLDS, FrustrationDetector
from bot.frustration.learned import (
    VECTORIZERS,
    LearnedComplaintModel,
    build_pipeline,
    make_analyzer,
    make_vectorizer,
    read_labelled,
)
from tests.detection.build_labelled import all_rows

COMPLAINTS = [
    "my parcel never came",
    "the parcel still has not come after a fortnight",
    "you took my money and sent nothing",
    "the sole came off on day one",
    "my refund never came through",
    "the zip broke the first time I used it",
    "I was sent the wrong colour",
    "nobody replied to my three emails",
]
CALM = [
    "do you ship to Spain?",
    "what sizes do the boots come in?",
    "how do I start a return?",
    "is the sale still on?",
    "thanks, the boots are lovely",
    "can I pay by card?",
    "what are your opening hours?",
    "do the trainers run small?",
]


def nlu_data() -> TrainingData:
    messages = [Message.build(text=t, intent="complaint") for t in COMPLAINTS]
    messages += [Message.build(text=t, intent="faq") for t in CALM]
    return TrainingData(messages)


def context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), uuid4().hex)


@dataclass(frozen=True)
class Setup:
    """A component ready to train, with what loading it back needs."""

    trainer: FrustrationDetectorComponent
    config: dict[str, Any]
    storage: LocalModelStorage
    resource: Resource

    def load(self) -> FrustrationDetectorComponent:
        """The component as Rasa loads it from the model storage after training."""
        return FrustrationDetectorComponent.load(
            self.config, self.storage, self.resource, context()
        )


def component_setup(
    tmp_path: Path, rows: list[tuple[str, str, str]], **settings: Any
) -> Setup:
    """A component whose labelled CSV (beside ``tmp_path``) holds ``rows``."""
    storage = LocalModelStorage.create(tmp_path)
    resource = Resource("frustration")
    labelled = write_labelled(tmp_path.parent / f"{tmp_path.name}-labelled.csv", rows)
    config = {
        **FrustrationDetectorComponent.get_default_config(),
        "learned_examples": str(labelled),
        **settings,
    }
    trainer = FrustrationDetectorComponent.create(config, storage, resource, context())
    return Setup(trainer, config, storage, resource)


def test_model_learns_and_ranks() -> None:
    model = LearnedComplaintModel.fit(
        COMPLAINTS + CALM, [True] * len(COMPLAINTS) + [False] * len(CALM)
    )
    assert model.trained
    upset = model.probability("my parcel never came and nobody replied")
    calm = model.probability("do you ship to France?")
    assert upset is not None and calm is not None
    assert upset > 0.5 > calm


def test_probabilities_equal_scikit_learns() -> None:
    texts = COMPLAINTS + CALM
    labels = [True] * len(COMPLAINTS) + [False] * len(CALM)
    model = LearnedComplaintModel.fit(texts, labels)
    pipeline = build_pipeline().fit(texts, [int(label) for label in labels])
    for text in ["my parcel never came!!", "do you ship to Spain?", "x", "ok 👍"]:
        expected = pipeline.predict_proba([text])[0][1]
        assert model.probability(text) == pytest.approx(expected, abs=1e-9)


def test_shared_features_give_each_model_its_own_probability() -> None:
    # round 20: a message's known n-grams are looked up once per vocabulary and
    # shared by the models that have it (the complaint model and the praise reader)
    texts = COMPLAINTS + CALM
    complaint = LearnedComplaintModel.fit(texts, [True] * 8 + [False] * 8)
    other_label = LearnedComplaintModel.fit(texts, [True, False] * 8)
    other_texts = LearnedComplaintModel.fit(texts[:12], [True] * 6 + [False] * 6)
    text = "my parcel never came, do you ship to Spain?"
    features = complaint.features(text)
    for model in (complaint, other_label, other_texts):
        alone = model.probability(text)
        assert model.probability(text, features) == pytest.approx(alone, abs=1e-12)
    # same messages: one vocabulary, looked up once; other messages: their own
    assert len(features.known) == 4


def test_shared_lookups_keep_each_models_probability_exactly() -> None:
    # round 43: a model fitted on more messages (the praise reader) shares one index
    # with the complaint model, so a message's n-grams are looked up once for both
    texts = COMPLAINTS + CALM
    complaint = LearnedComplaintModel.fit(texts[:12], [True] * 6 + [False] * 6)
    wider = LearnedComplaintModel.fit(texts, [True, False] * 8)
    shared = LearnedComplaintModel.fit(texts, [True, False] * 8)
    shared.share_lookups(complaint)
    for text in [
        "my parcel never came, do you ship to Spain?",
        "is the sale still on? the zip broke",  # n-grams only the wider model knows
        "zzz",
        "ok 👍",
    ]:
        features = complaint.features(text)
        assert shared.probability(text, features) == wider.probability(text)
        assert complaint.probability(text, features) == complaint.probability(text)
        # one lookup per analyzer, not one per model and analyzer
        assert len(features.known) == 2


def test_a_third_model_on_the_same_messages_shares_the_lookups() -> None:
    # round 44: the second opinion reads the praise reader's messages, so it takes
    # the praise reader's (shared) index as it is: still one lookup per analyzer
    texts = COMPLAINTS + CALM
    complaint = LearnedComplaintModel.fit(texts[:12], [True] * 6 + [False] * 6)
    praise = LearnedComplaintModel.fit(texts, [True, False] * 8)
    second = LearnedComplaintModel.fit(texts, [True] * 8 + [False] * 8)
    alone = LearnedComplaintModel.fit(texts, [True] * 8 + [False] * 8)
    praise.share_lookups(complaint)
    second.share_lookups(praise)
    second.share_lookups(complaint)  # already sharing: no change
    for text in [
        "my parcel never came, do you ship to Spain?",
        "is the sale still on? the zip broke",
        "zzz",
    ]:
        features = complaint.features(text)
        assert complaint.probability(text, features) == complaint.probability(text)
        assert praise.probability(text, features) == praise.probability(text)
        assert second.probability(text, features) == alone.probability(text)
        assert len(features.known) == 2
        # the praise reader's tf-idf values serve the second opinion (same idf):
        # weighed once per analyzer for the complaint model, once for the two others
        assert len(features.weighted) == 4


def test_cached_char_analyzer_equals_scikit_learns() -> None:
    # round 43: the character n-grams are cut per word and cached
    params = VECTORIZERS["chars"]
    theirs = make_vectorizer(params).build_analyzer()
    ours = make_analyzer(params)
    texts = [row[0] for row in all_rows()][::3]
    texts += ["a", "ab", "abcdefgh", "  x\ty\n\nz  ", "", "É CAFÉ", "a b c", "ok 👍"]
    for text in texts + texts[:50]:  # the second time from the cache
        assert ours(text) == theirs(text), text
    words = make_analyzer(VECTORIZERS["words"])
    assert words("Hi there!") == ["hi", "there", "!", "hi there", "there !"]


def test_untrained_model_predicts_nothing() -> None:
    model = LearnedComplaintModel.fit(CALM, [False] * len(CALM))
    assert not model.trained
    assert model.probability("my parcel never came") is None


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = LearnedComplaintModel.fit(
        COMPLAINTS + CALM, [True] * len(COMPLAINTS) + [False] * len(CALM)
    )
    model.save(tmp_path)
    loaded = LearnedComplaintModel.load(tmp_path)
    text = "the zip broke and my refund never came"
    assert loaded.probability(text) == pytest.approx(model.probability(text))
    assert not LearnedComplaintModel.load(tmp_path / "missing").trained


def write_labelled(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """Writes (text, label, split) rows as a labelled CSV; returns its path."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "category", "split"])
        writer.writerows([text, label, "x", split] for text, label, split in rows)
    return path


def test_read_labelled_keeps_only_listed_splits(tmp_path: Path) -> None:
    path = write_labelled(
        tmp_path / "set.csv",
        [
            ("parcel lost", "complaint", "tune"),
            ("a person please", "request_human", "dev"),
            ("do you ship?", "routine", "dev"),
            ("never seen", "complaint", "heldout4"),
        ],
    )
    rows = read_labelled(path, ["tune", "dev"])
    assert rows == [
        ("parcel lost", "complaint"),
        ("a person please", "request_human"),
        ("do you ship?", "routine"),
    ]
    assert len(read_labelled(path)) == 4  # no splits listed: every row


def test_component_trains_persists_and_loads(tmp_path: Path) -> None:
    setup = component_setup(
        tmp_path,
        [
            ("the heel snapped straight away", "complaint", "tune"),
            ("do you sell insoles?", "routine", "dev"),
        ],
    )
    trainer = setup.trainer
    examples = trainer.training_examples(nlu_data())
    assert len(examples) == len(COMPLAINTS) + len(CALM) + 2
    # the CSV's labels, not the intents, name its positives
    assert ("the heel snapped straight away", True) in examples
    assert ("do you sell insoles?", False) in examples
    assert trainer.train(nlu_data()) == setup.resource

    loaded = setup.load()
    assert loaded.model.trained
    message = Message.build(text="my parcel never came and the refund never came")
    loaded.process([message])
    info = message.get(FRUSTRATION_KEY)
    assert info["learned"] > 0.5
    calm = Message.build(text="what sizes do the sandals come in?")
    loaded.process([calm])
    assert calm.get(FRUSTRATION_KEY)["learned"] < 0.5


def test_praise_reader_reads_more_splits_than_the_complaint_model(
    tmp_path: Path,
) -> None:
    # round 42: the read batches train the praise reader, not the complaint model
    trainer = component_setup(
        tmp_path,
        [
            ("the heel snapped straight away", "complaint", "tune"),
            ("the boots are gorgeous, thank you", "praise", "dev"),
            ("my new trainers are a dream", "praise", "heldout9"),
        ],
        praise_example_splits=None,
    ).trainer
    complaint = dict(trainer.training_examples(nlu_data()))
    praise = dict(trainer.training_examples(nlu_data(), praise=True))
    assert "my new trainers are a dream" not in complaint
    assert praise["my new trainers are a dream"] is True
    assert praise["the boots are gorgeous, thank you"] is True
    assert complaint["the heel snapped straight away"] is True
    assert len(praise) == len(complaint) + 1
    trainer.train(nlu_data())
    assert trainer.model.trained and trainer.praise_model.trained
    text = "my new trainers are a dream"
    assert trainer.praise_model.probability(text) > 0.5


def test_second_opinion_reads_every_row_and_is_stored(tmp_path: Path) -> None:
    # round 44: the second opinion trains on every row (the read batches too, which
    # the complaint model leaves out), is stored and loaded, and is in the dict
    setup = component_setup(
        tmp_path,
        [
            ("the heel snapped straight away", "complaint", "tune"),
            ("my old boots split, any sturdier ones?", "routine", "heldout9"),
        ],
        learned_example_splits=["tune", "dev"],
        praise_example_splits=None,
    )
    trainer = setup.trainer
    data = nlu_data()
    complaint = dict(trainer.training_examples(data))
    every = dict(trainer.training_examples(data, every_row=True))
    assert "my old boots split, any sturdier ones?" not in complaint
    assert every["my old boots split, any sturdier ones?"] is False
    assert len(every) == len(complaint) + 1
    trainer.train(data)
    loaded = setup.load()
    assert loaded.second_opinion.trained
    message = Message.build(text="my parcel never came and the refund never came")
    loaded.process([message])
    assert message.get(FRUSTRATION_KEY)["second_opinion"] > 0.5
    # 0 turns it off: nothing trained, nothing in the dict
    off = {**setup.config, "second_opinion_veto": 0.0}
    plain = FrustrationDetectorComponent.create(
        off, setup.storage, setup.resource, context()
    )
    plain.train(data)
    assert not plain.second_opinion.trained
    quiet = Message.build(text="my parcel never came")
    plain.process([quiet])
    assert "second_opinion" not in quiet.get(FRUSTRATION_KEY)


def test_component_without_stored_model_runs_on_the_lexicon(tmp_path: Path) -> None:
    storage = LocalModelStorage.create(tmp_path)
    config = FrustrationDetectorComponent.get_default_config()
    component = FrustrationDetectorComponent.load(
        config, storage, Resource("never_trained"), context()
    )
    message = Message.build(text="my parcel has not arrived")
    component.process([message])
    info = message.get(FRUSTRATION_KEY)
    assert "learned" not in info
    assert info["complaint"] is True


def test_fingerprint_follows_the_labelled_file(tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    path.write_text("text,label,category,split\n", encoding="utf-8")
    config = {"learned_examples": str(path)}
    before = FrustrationDetectorComponent.fingerprint_addon(config)
    path.write_text("text,label,category,split\nx,complaint,x,tune\n", encoding="utf-8")
    assert FrustrationDetectorComponent.fingerprint_addon(config) != before


@pytest.fixture(scope="module")
def detector() -> FrustrationDetector:
    return FrustrationDetector()


def names(result: object) -> set[str]:
    return {s.name for s in result.signals}  # type: ignore[attr-defined]


def test_high_probability_makes_a_complaint(detector: FrustrationDetector) -> None:
    text = "my parcel was due on Monday and it is Thursday now"
    result = detector.detect(text, learned=0.9)
    assert result.complaint
    assert "learned_complaint" in names(result)
    assert result.score >= 0.7
    assert result.as_dict()["learned"] == pytest.approx(0.9)


def test_low_probability_vetoes_lexicon_evidence(detector: FrustrationDetector) -> None:
    text = "my old boots broke after years, do you repair soles?"
    alone = detector.detect(text)
    vetoed = detector.detect(text, learned=0.1)
    assert vetoed.score < detector.annoyed_threshold
    assert vetoed.level == "calm"
    assert not vetoed.complaint
    # the signals stay (the praise gate and the handoff brief read them)
    assert names(vetoed) == names(alone)


def test_low_probability_does_not_veto_insults_or_requests(
    detector: FrustrationDetector,
) -> None:
    abuse = detector.detect("you absolute 1d10ts", learned=0.05)
    assert abuse.level == "abusive"
    person = detector.detect("let me speak to a real person", learned=0.05)
    assert person.human_request


def test_middle_probability_leaves_the_lexicon_alone(
    detector: FrustrationDetector,
) -> None:
    for text in ("my boots have not arrived after 3 weeks", "do you ship to Spain?"):
        middle, alone = detector.detect(text, learned=0.5), detector.detect(text)
        assert (middle.score, middle.complaint, middle.level) == (
            alone.score,
            alone.complaint,
            alone.level,
        )


def test_inference_is_fast() -> None:
    model = LearnedComplaintModel.fit(
        COMPLAINTS + CALM, [True] * len(COMPLAINTS) + [False] * len(CALM)
    )
    model.probability("warm up")
    start = time.perf_counter()
    for _ in range(50):
        model.probability("the parcel was meant to come on Monday, it's Thursday")
    per_message = (time.perf_counter() - start) / 50
    assert per_message < 0.002  # generous: the shared machine is often loaded


def test_praise_needs_a_higher_probability(detector: FrustrationDetector) -> None:
    text = "wow, these arrived so fast, brilliant"
    unsure = detector.detect(text, learned=0.8)
    assert not unsure.complaint
    assert unsure.level == "calm"
    # the weak signal is still a problem signal: no cheerful praise reply
    assert "learned_complaint" in names(unsure)
    assert detector.detect(text, learned=0.95).complaint
    # a plain statement with the same probability is a complaint, also when polite
    assert detector.detect("the parcel came on the wrong day", learned=0.8).complaint
    polite = "Good morning, I'd appreciate an update, the parcel came on the wrong day"
    assert detector.detect(polite, learned=0.8).complaint


def test_alone_threshold_applies_only_without_lexicon_signals() -> None:
    strict = FrustrationDetector(learned_alone_threshold=0.9)
    plain = "the boots came with a receipt for someone else"
    assert not strict.detect(plain, learned=0.8).complaint
    assert strict.detect(plain, learned=0.95).complaint
    # with a lexicon signal (upset words) learned_threshold is enough
    upset = "so annoyed, the boots came with a receipt for someone else"
    assert not strict.detect(upset).complaint
    assert strict.detect(upset, learned=0.8).complaint


def test_shouted_demand_is_not_vetoed(detector: FrustrationDetector) -> None:
    # the learned model reads lower-cased text: it cannot see the capitals
    demand = detector.detect("I WANT MY £60 BACK NOW", learned=0.1)
    assert "shouting" in names(demand)
    assert demand.level != "calm"
    assert demand.score >= 0.4
    # so is a shouted denial ("I never ordered this")
    denial = detector.detect("I DIDN'T ORDER THESE SANDALS", learned=0.1)
    assert denial.level != "calm" and denial.score >= 0.4
    # a shouted routine question is still vetoed
    question = detector.detect("DO YOU SELL WALKING POLES?", learned=0.1)
    assert question.level == "calm"
    assert question.score < detector.annoyed_threshold


def test_hypothetical_or_other_firms_failure_needs_the_praise_threshold(
    detector: FrustrationDetector,
) -> None:
    for text in (
        "if I'm charged twice by mistake, do you refund it?",
        "a different shop lost my parcel once, do you use tracked delivery?",
    ):
        assert "service_failure" not in names(detector.detect(text))
        unsure = detector.detect(text, learned=0.8)
        assert not unsure.complaint, text
        assert unsure.level == "calm", text
        assert detector.detect(text, learned=0.95).complaint, text
    # a real failure beside a hypothetical question still counts
    told = "what if it never comes? it's 3 weeks late"
    assert detector.detect(told, learned=0.8).complaint


ROOT = Path(__file__).resolve().parents[2]


def detector_config() -> dict[str, Any]:
    """The detector component's settings in ``config.yml``."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    return next(
        c
        for c in config["pipeline"]
        if c["name"].endswith("FrustrationDetectorComponent")
    )


def test_config_trains_on_the_data_file_not_the_heldout_batches() -> None:
    component = detector_config()
    path = Path(component["learned_examples"])
    assert path.parts[0] == "data"
    # the complaint model reads tune and dev; the praise reader (round 42) every row
    # of that file, which holds no held-out batch
    assert set(component["learned_example_splits"]) == {"tune", "dev"}
    assert component["praise_example_splits"] is None
    with (ROOT / path).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 900
    assert {r["split"] for r in rows} > {"tune", "dev"}
    with (ROOT / "tests" / "detection" / "labelled.csv").open(
        newline="", encoding="utf-8"
    ) as handle:
        held_out = {r["text"] for r in csv.DictReader(handle)}
    assert held_out
    assert not held_out & {r["text"] for r in rows}


def test_character_ngrams_reach_six_characters() -> None:
    # round 7: character 2-6-grams (2-5 before); a 6-gram carries weight
    model = LearnedComplaintModel.fit(COMPLAINTS + CALM, [True] * 8 + [False] * 8)
    assert model.data is not None
    chars = next(t for t in model.data["tables"] if t["name"] == "chars")
    assert tuple(chars["params"]["ngram_range"]) == (2, 6)
    assert max(len(g) for g in chars["coef"]) == 6
    assert any(len(g) == 6 and w > 0 for g, w in chars["coef"].items())


def test_config_learned_settings_are_round_twelves() -> None:
    component = detector_config()
    # round 12 (chosen offline on batches 4-12 and twcs, docs/detection.md): veto
    # 0.25, thresholds 0.6 / 0.65, C 4, the encoder's first 2 layers over 32 word
    # pieces; round 11: 0.2, 0.55 / 0.6, C 3, 6 layers over 20; round 7 to 10: 0.25,
    # 0.7 / 0.7, C 2
    assert component["learned_veto"] == 0.25
    assert component["learned_threshold"] == 0.6
    assert component["learned_alone_threshold"] == 0.65
    assert component["learned_c"] == 4.0
    assert component["learned_encoder_layers"] == 2
    assert component["learned_encoder_max_tokens"] == 32


def test_component_trains_a_praise_reader(tmp_path: Path) -> None:
    # round 14: the same messages, trained for praise; its probability is "praise"
    storage = LocalModelStorage.create(tmp_path)
    resource = Resource("frustration")
    praise = [
        "love my new boots, thank you",
        "brilliant service in the Leeds shop, thanks",
        "the slippers are gorgeous, so comfy",
        "huge thanks to Sam for sorting my size",
    ]
    data = TrainingData(
        nlu_data().intent_examples
        + [Message.build(text=t, intent="praise") for t in praise]
    )
    config = FrustrationDetectorComponent.get_default_config()
    trainer = FrustrationDetectorComponent.create(config, storage, resource, context())
    examples = trainer.training_examples(data, praise=True)
    assert sum(label for _, label in examples) == len(praise)
    trainer.train(data)
    loaded = FrustrationDetectorComponent.load(config, storage, resource, context())
    assert loaded.praise_model.trained
    warm = Message.build(text="thank you, the boots are gorgeous")
    cold = Message.build(text="my parcel never came")
    loaded.process([warm, cold])
    assert warm.get(FRUSTRATION_KEY)["praise"] > 0.5
    assert cold.get(FRUSTRATION_KEY)["praise"] < 0.5
    # no praise reader without praise intents or labels
    off = {**config, "learned_praise_intents": [], "learned_praise_labels": []}
    plain = FrustrationDetectorComponent.create(off, storage, resource, context())
    plain.train(data)
    assert not plain.praise_model.trained


def test_default_thresholds_are_the_configured_ones() -> None:
    # round 16: the component's defaults had drifted from config.yml's; they now
    # come from one table, which must keep the tuned values config.yml sets
    component = detector_config()
    defaults = FrustrationDetectorComponent.get_default_config()
    for name, value in DEFAULT_THRESHOLDS.items():
        assert defaults[name] == value, name
        assert component.get(name, value) == value, name
