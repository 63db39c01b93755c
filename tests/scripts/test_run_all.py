"""`make run` gives Rasa the benchmark's TensorFlow threads and worker processes."""

from __future__ import annotations

import pytest

from scripts.run_all import Settings, rasa_workers, services, tensorflow_threads

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


@pytest.mark.parametrize(
    ("cores", "workers"), [(1, "1"), (2, "2"), (16, "2"), (None, "1")]
)
def test_rasa_runs_one_worker_per_core_up_to_two(
    monkeypatch: pytest.MonkeyPatch, cores: int | None, workers: str
) -> None:
    monkeypatch.delenv("SANIC_WORKERS", raising=False)
    monkeypatch.setattr("scripts.run_all.os.cpu_count", lambda: cores)
    started = services(Settings.from_env(), "redis://x")
    rasa = next(s for s in started if s.name == "Rasa server")
    assert rasa.env["SANIC_WORKERS"] == workers
    assert all("SANIC_WORKERS" not in s.env for s in started if s is not rasa)


def test_the_environment_sets_the_number_of_rasa_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SANIC_WORKERS", "3")
    assert rasa_workers() == {"SANIC_WORKERS": "3"}
