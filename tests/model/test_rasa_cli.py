"""The trained model passes Rasa's own checks: data validation, test stories, NLU.

These run the standard `rasa` commands a trainer uses, so a mistake in `data/`,
`domain.yml` or `config.yml` fails the suite the same way it fails `make validate`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, venv_bin

pytestmark = pytest.mark.model

MIN_INTENT_ACCURACY = 0.90
MIN_ORDER_NUMBER_F1 = 0.95
MIN_TEST_STORIES = 30
# The latest reports are kept (git-ignored); `make nlu-report` refreshes docs/nlu.
REPORTS = ROOT / "tests" / "artifacts" / "nlu"


def run_rasa(*args: str) -> subprocess.CompletedProcess[str]:
    """Runs a `rasa` command from the repo root and returns its completed process."""
    return subprocess.run(
        [venv_bin("rasa"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_training_data_is_valid() -> None:
    result = run_rasa("data", "validate", "--fail-on-warnings")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def count_test_stories(folder: Path) -> int:
    """Counts `- story:` entries in the Rasa test story files of a folder."""
    return sum(
        line.lstrip().startswith("- story:")
        for path in folder.glob("*.yml")
        for line in path.read_text(encoding="utf-8").splitlines()
    )


def test_there_are_enough_test_stories() -> None:
    assert count_test_stories(ROOT / "tests" / "stories") >= MIN_TEST_STORIES


def test_test_stories_pass(trained_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "core"
    result = run_rasa(
        "test",
        "core",
        "--stories",
        "tests/stories",
        "--model",
        str(trained_model),
        "--out",
        str(out),
        "--fail-on-prediction-errors",
    )
    failed = out / "failed_test_stories.yml"
    details = failed.read_text(encoding="utf-8") if failed.exists() else ""
    assert result.returncode == 0, details[-6000:] + result.stderr[-3000:]


def test_nlu_holdout_meets_targets(trained_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "nlu"
    result = run_rasa(
        "test",
        "nlu",
        "--nlu",
        "tests/nlu/holdout.yml",
        "--model",
        str(trained_model),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr[-4000:]
    intent_report = json.loads((out / "intent_report.json").read_text())
    entity_report = json.loads((out / "DIETClassifier_report.json").read_text())

    REPORTS.mkdir(parents=True, exist_ok=True)
    for name in (
        "intent_report.json",
        "intent_confusion_matrix.png",
        "DIETClassifier_report.json",
        "response_selection_report.json",
    ):
        if (out / name).exists():
            shutil.copy(out / name, REPORTS / name)

    assert intent_report["accuracy"] >= MIN_INTENT_ACCURACY, {
        name: round(row["f1-score"], 2)
        for name, row in intent_report.items()
        if isinstance(row, dict) and row.get("f1-score", 1.0) < 0.9
    }
    assert entity_report["order_number"]["f1-score"] >= MIN_ORDER_NUMBER_F1
