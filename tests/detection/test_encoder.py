"""The sentence encoder: its graph computes MiniLM, int8 stays close, long text is cut.

The graph written by ``encoder.minilm_graph`` is checked against a second, plain numpy
implementation of the same BERT forward pass (written here from the architecture, not
from the graph builder), so a wrong wire in the graph (a transposed kernel, a head
split the wrong way, a missing residual) fails.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file
from scipy.special import erf

from bot.frustration.encoder import DIMENSIONS, SentenceEncoder, weights_folder
from bot.frustration.learned import LearnedComplaintModel, build_pipeline
from tests.detection.build_labelled import all_rows

TEXTS = [
    "my order hasn't arrived and it's been three weeks",
    "still waiting for my parcel, three weeks now",
    "love my new boots, thanks!",
    "do you ship to Spain?",
    "the gift card says it has already been used",
]


def layer_norm(x: np.ndarray, scale: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * scale + bias


def reference_embedding(
    w: dict[str, np.ndarray], ids: list[int], layers: int = 6
) -> np.ndarray:
    """BERT forward pass in numpy (the first ``layers``), head by head; mean; L2."""
    n = len(ids)
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:n]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = layer_norm(
        x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]
    ).astype(np.float64)

    def linear(v: np.ndarray, name: str) -> np.ndarray:
        return v @ w[name + ".weight"].T + w[name + ".bias"]

    for layer in range(layers):
        p = f"encoder.layer.{layer}."
        q = linear(x, p + "attention.self.query")
        k = linear(x, p + "attention.self.key")
        v = linear(x, p + "attention.self.value")
        heads = []
        for h in range(12):
            cols = slice(32 * h, 32 * (h + 1))
            scores = q[:, cols] @ k[:, cols].T / np.sqrt(32)
            weights = np.exp(scores - scores.max(1, keepdims=True))
            weights /= weights.sum(1, keepdims=True)
            heads.append(weights @ v[:, cols])
        attended = linear(np.concatenate(heads, 1), p + "attention.output.dense")
        x = layer_norm(
            attended + x,
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
        )
        hidden = linear(x, p + "intermediate.dense")
        hidden = 0.5 * hidden * (1 + erf(hidden / np.sqrt(2)))
        x = layer_norm(
            linear(hidden, p + "output.dense") + x,
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
        )
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


# what config.yml runs since round 12: the first 2 of the 6 layers
LAYERS = 2


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.build(max_tokens=32, layers=LAYERS)


@pytest.fixture(scope="module")
def plain_encoder() -> SentenceEncoder:
    return SentenceEncoder.build(max_tokens=32, layers=LAYERS, quantize=False)


@pytest.mark.parametrize("layers", [6, LAYERS])
def test_graph_computes_minilm(layers: int) -> None:
    plain = SentenceEncoder.build(max_tokens=32, layers=layers, quantize=False)
    weights = load_file(str(weights_folder() / "model.safetensors"))
    for text in TEXTS:
        expected = reference_embedding(
            weights, plain._tokenizer.encode(text).ids, layers
        )
        got = plain.embed(text)
        assert got.shape == (DIMENSIONS,)
        assert np.abs(got - expected).max() < 1e-4, text


def test_fewer_layers_give_another_embedding(plain_encoder: SentenceEncoder) -> None:
    full = SentenceEncoder.build(max_tokens=32, quantize=False)
    assert float(full.embed(TEXTS[0]) @ plain_encoder.embed(TEXTS[0])) < 0.9


@pytest.mark.parametrize("layers", [0, 7])
def test_layers_outside_minilm_are_refused(layers: int) -> None:
    with pytest.raises(ValueError, match="layers 1 to 6"):
        SentenceEncoder.build(layers=layers)


def test_int8_stays_close_and_keeps_meaning(
    encoder: SentenceEncoder, plain_encoder: SentenceEncoder
) -> None:
    for text in TEXTS:
        assert float(encoder.embed(text) @ plain_encoder.embed(text)) > 0.98, text
    late, still_waiting, praise, question, _ = encoder.embed_all(TEXTS)
    # two layers' vectors all lie closer together than six layers' (0.53-0.78 here
    # against 0.17-0.70), but the two late parcels are still nearest each other
    assert float(late @ still_waiting) > 0.5
    assert float(late @ still_waiting) > float(late @ praise) + 0.15
    assert float(late @ still_waiting) > float(late @ question) + 0.15
    assert abs(float(np.linalg.norm(praise)) - 1.0) < 1e-5


def test_long_messages_are_cut_to_max_tokens(encoder: SentenceEncoder) -> None:
    long = "the parcel " * 80 + "never came"
    assert len(encoder._tokenizer.encode(long).ids) == 32
    assert len(encoder._tokenizer.encode("hi").ids) == 3  # [CLS] hi [SEP]
    assert encoder.embed(long).shape == (DIMENSIONS,)
    assert encoder.embed("").shape == (DIMENSIONS,)


def test_word_pieces_of_a_cut_message_are_the_whole_messages(
    encoder: SentenceEncoder,
) -> None:
    # round 43: a long message is cut after 64 words before the tokenizer reads it
    texts = [row[0] for row in all_rows()][::5]
    texts += [f"{a} {b} {a}" for a, b in pairwise(texts)]
    texts += [
        "\u200b " * 70 + "the parcel never came",  # words the tokenizer drops
        "word " * 64,
        "word " * 65,
        "a-b-c " * 40,  # many pieces a word
        "   " + "x " * 100,
    ]
    for text in texts:
        assert encoder.word_pieces(text) == encoder._tokenizer.encode(text).ids, text


def test_save_and_load_round_trip(encoder: SentenceEncoder, tmp_path: Path) -> None:
    encoder.save(tmp_path)
    loaded = SentenceEncoder.load(tmp_path, max_tokens=32)
    assert loaded is not None
    assert np.array_equal(loaded.embed(TEXTS[0]), encoder.embed(TEXTS[0]))
    assert SentenceEncoder.load(tmp_path / "missing", max_tokens=32) is None
    # a loaded encoder does not keep a second copy of its graph
    assert loaded.graph is None
    with pytest.raises(ValueError, match="not to be saved"):
        loaded.save(tmp_path)


COMPLAINTS = [
    "my parcel never came",
    "you took my money and sent nothing",
    "the sole came off on day one",
    "my refund never came through",
    "nobody replied to my three emails",
    "the code was accepted but I was charged full price",
]
CALM = [
    "do you ship to Spain?",
    "what sizes do the boots come in?",
    "how do I start a return?",
    "thanks, the boots are lovely",
    "can I pay by card?",
    "do the trainers run small?",
]


def test_learned_model_with_encoder_equals_scikit_learn(
    encoder: SentenceEncoder, tmp_path: Path
) -> None:
    from scipy.sparse import csr_matrix, hstack

    texts = COMPLAINTS + CALM
    labels = [True] * len(COMPLAINTS) + [False] * len(CALM)
    model = LearnedComplaintModel.fit(
        texts, labels, c=2.0, encoder=encoder, encoder_scale=0.5
    )
    assert model.data is not None and len(model.data["encoder"]["coef"]) == DIMENSIONS
    pipeline = build_pipeline(2.0)
    features = pipeline.named_steps["features"]
    classifier = pipeline.named_steps["classifier"]

    def matrix(batch: list[str]) -> object:
        embedded = csr_matrix(encoder.embed_all(batch) * 0.5)
        return hstack([features.transform(batch), embedded]).tocsr()

    features.fit(texts)
    classifier.fit(matrix(texts), [int(label) for label in labels])
    for text in ["my parcel never came!!", "do you ship to Spain?", "x", "ok 👍"]:
        expected = classifier.predict_proba(matrix([text]))[0][1]
        assert model.probability(text) == pytest.approx(expected, abs=1e-5)
    # the embedding carries weight: the same n-grams without it score differently
    ngrams_only = LearnedComplaintModel.fit(texts, labels, c=2.0)
    assert model.probability("the box was empty") != pytest.approx(
        ngrams_only.probability("the box was empty"), abs=5e-3
    )
    model.save(tmp_path)
    loaded = LearnedComplaintModel.load(tmp_path)
    assert loaded.encoder is not None
    assert loaded.probability(TEXTS[4]) == pytest.approx(model.probability(TEXTS[4]))
    (tmp_path / "sentence_encoder.onnx").unlink()
    with pytest.raises(ValueError, match="sentence encoder"):
        LearnedComplaintModel.load(tmp_path)


def test_praise_reader_shares_the_encoder(
    encoder: SentenceEncoder, tmp_path: Path
) -> None:
    # round 14: a second model on the same embeddings, saved without a second encoder
    texts = COMPLAINTS + CALM
    praise = [text == "thanks, the boots are lovely" for text in texts]
    embeddings = encoder.embed_all(texts)
    given = LearnedComplaintModel.fit(
        texts, praise, c=2.0, encoder=encoder, embeddings=embeddings
    )
    computed = LearnedComplaintModel.fit(texts, praise, c=2.0, encoder=encoder)
    text = "lovely boots, thanks so much"
    assert given.probability(text) == pytest.approx(computed.probability(text))
    features = given.features(text)
    assert features.embedding is not None
    assert given.probability(text, features) == given.probability(text)
    # round 16: one message's features serve a second model (the praise reader reads
    # the complaint model's n-gram counts and embedding), with the same result
    other = LearnedComplaintModel.fit(
        texts, [not p for p in praise], c=2.0, encoder=encoder, embeddings=embeddings
    )
    assert other.probability(text, features) == pytest.approx(other.probability(text))
    assert len(features.grams) == 2  # word and character n-grams, counted once
    given.save(tmp_path, "praise.json", with_encoder=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["praise.json"]
    loaded = LearnedComplaintModel.load(tmp_path, "praise.json", encoder)
    assert loaded.encoder is encoder
    assert loaded.probability(text) == pytest.approx(given.probability(text))
    warm, cold = given.probability(text), given.probability("my parcel never came")
    assert warm is not None and cold is not None and warm > cold
