"""End-to-end fixtures: real Redis, action server, Rasa (newest model) and hubs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from redis.asyncio import Redis

from handoff.auth import Auth
from handoff.keys import Keys
from handoff.settings import Settings
from tests.support.fixtures import (  # noqa: F401 (fixtures)
    HubStarter,
    action_server,
    logs_dir,
    rasa_server,
    redis_url,
    start_hub,
)

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def e2e_agents(redis_url: str) -> list[str]:  # noqa: F811
    """Agents ana and ben on the session's Redis."""

    async def add() -> None:
        client = Redis.from_url(redis_url, decode_responses=True)
        auth = Auth(client, Keys(), Settings())
        for name in ("ana", "ben"):
            await auth.add_agent(name, "agent", PASSWORD)
        await client.close()

    asyncio.run(add())
    return ["ana", "ben"]


@pytest.fixture(scope="session")
def hub_url(
    start_hub: HubStarter,  # noqa: F811
    rasa_server: str,  # noqa: F811
    e2e_agents: list[str],
) -> Iterator[str]:
    """One hub process fronting the real Rasa server."""
    url, _ = start_hub(rasa_url=rasa_server)
    yield url
