"""`make run` gives Rasa the benchmark's TensorFlow thread setting."""

from __future__ import annotations

import pytest

from scripts.run_all import Settings, services, tensorflow_threads

THREADS = ("TF_INTER_OP_PARALLELISM_THREADS", "TF_INTRA_OP_PARALLELISM_THREADS")


def test_rasa_runs_with_one_thread_each_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in THREADS:
        monkeypatch.delenv(name, raising=False)
    started = services(Settings.from_env(), "redis://x")
    rasa = next(s for s in started if s.name == "Rasa server")
    assert {name: rasa.env[name] for name in THREADS} == dict.fromkeys(THREADS, "1")
    assert all(THREADS[0] not in s.env for s in started if s is not rasa)


def test_the_environment_overrides_the_thread_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(THREADS[0], "2")
    monkeypatch.delenv(THREADS[1], raising=False)
    assert tensorflow_threads() == {THREADS[0]: "2", THREADS[1]: "1"}
