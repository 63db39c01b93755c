"""End-to-end fixtures: real Redis, action server, Rasa (newest model) and hubs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fixtures import HubStarter, add_agent

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def e2e_agents(live_redis_url: str) -> list[str]:
    """Agents ana and ben on the session's Redis."""

    for name in ("ana", "ben"):
        add_agent(live_redis_url, name, PASSWORD)
    return ["ana", "ben"]


@pytest.fixture(scope="session")
def hub_url(
    start_hub: HubStarter,
    rasa_server: str,
    e2e_agents: list[str],
) -> Iterator[str]:
    """One hub process fronting the real Rasa server."""
    url, _ = start_hub(rasa_url=rasa_server)
    yield url
