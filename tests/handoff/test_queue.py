"""Queue order (priority, visibility, aging), waits, business hours, settings, CLI."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys

import pytest
from redis.asyncio import Redis

from handoff.auth import Auth
from handoff.keys import Keys
from handoff.queue import estimated_wait, head_start, within_business_hours
from handoff.settings import Settings
from handoff.state import Store
from scripts.processes import ROOT


def payload(level: str, score: float, reason: str = "frustration") -> dict:
    return {"level": level, "score": score, "reason": reason}


async def test_angrier_first_public_before_private_and_aging(redis: Redis) -> None:
    store = Store(redis, Keys())
    for cid in ("rest:calm", "rest:angry", "rest:priv", "rest:pub"):
        await store.touch(cid, "rest", "", "private", "x")
    await store.enqueue("rest:calm", payload("calm", 0.1), "private")
    await store.enqueue("rest:angry", payload("angry", 0.9), "private")
    await store.enqueue("rest:priv", payload("annoyed", 0.5), "private")
    await store.enqueue("rest:pub", payload("annoyed", 0.5), "public")
    assert await store.queue_ids() == [
        "rest:angry",
        "rest:pub",
        "rest:priv",
        "rest:calm",
    ]
    # Aging: a calm customer who has waited 30 minutes outranks a new angry one.
    await redis.zadd(Keys().queue(), {"rest:calm": 0.0}, xx=True)
    old = payload("calm", 0.1)
    assert head_start(payload("angry", 1.0, "complaint"), "public") < 30 * 60
    assert head_start(old, "private") >= 0
    assert (await store.queue_ids())[0] == "rest:calm"


async def test_enqueue_is_refused_while_a_human_owns_it(redis: Redis) -> None:
    store = Store(redis, Keys())
    await store.touch("rest:a", "rest", "", "private", "x")
    assert await store.enqueue("rest:a", payload("calm", 0.2), "private")
    assert await store.claim("rest:a", "ana") == (1, "ana")
    assert not await store.enqueue("rest:a", payload("angry", 0.9), "private")
    assert await store.claim("rest:a", "ben") == (0, "ana")
    assert await store.position("rest:a") is None


def test_estimated_wait_and_business_hours() -> None:
    assert estimated_wait(3, 2, 240.0) == 360.0
    assert estimated_wait(1, 0, 240.0) == 240.0  # no division by zero
    s = Settings(business_hours=(9, 18), business_days=frozenset(range(5)))
    monday_10 = dt.datetime(2026, 11, 23, 10, tzinfo=dt.timezone.utc)
    assert within_business_hours(s, monday_10)
    assert not within_business_hours(s, monday_10.replace(hour=19))
    assert not within_business_hours(s, monday_10 + dt.timedelta(days=5))


def test_settings_from_env() -> None:
    s = Settings.from_env(
        {
            "HUB_PORT": "9000",
            "REDIS_URL": "",
            "HUB_BUSINESS_HOURS": "08-17",
            "HUB_BUSINESS_DAYS": "0-4",
            "HUB_ALLOWED_ORIGINS": "https://a.example, ",
        }
    )
    assert (s.port, s.redis_url, s.business_hours) == (9000, None, (8, 17))
    assert s.business_days == frozenset(range(5))
    assert s.allowed_origins == frozenset({"https://a.example"})
    assert Settings.from_env({}).rasa_url == "http://localhost:5005"
    with pytest.raises(ValueError, match="HUB_BUSINESS_HOURS"):
        Settings.from_env({"HUB_BUSINESS_HOURS": "18-09"})


async def test_cli_adds_an_agent_with_the_password_from_stdin(
    redis_url: str, redis: Redis
) -> None:
    env = {"REDIS_URL": redis_url, "PATH": "/usr/bin:/bin"}
    done = await asyncio.to_thread(
        subprocess.run,
        [
            sys.executable,
            "-m",
            "handoff",
            "agents",
            "add",
            "zoe",
            "--role",
            "supervisor",
        ],
        input="a long enough secret\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "a long enough secret" not in done.stdout + done.stderr
    auth = Auth(redis, Keys(), Settings())
    token = await auth.login("zoe", "a long enough secret")
    assert token is not None
    agent = await auth.verify(token)
    assert agent is not None and agent.role == "supervisor"
    assert await auth.login("zoe", "wrong password") is None
    short = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "handoff", "agents", "add", "yan"],
        input="short\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert short.returncode == 2 and "at least 8" in short.stderr
