"""Background tasks stop at shutdown, even one that loses its cancellation."""

from __future__ import annotations

import asyncio
import logging

import pytest

from handoff.background import stop_tasks


async def test_stops_plain_tasks() -> None:
    tasks = [asyncio.create_task(asyncio.sleep(3600)) for _ in range(3)]
    assert await stop_tasks(tasks) == set()
    assert all(task.cancelled() for task in tasks)


async def test_cancels_again_a_task_that_swallowed_its_cancellation(
    caplog: pytest.LogCaptureFixture,
) -> None:
    swallowed = asyncio.Event()

    async def swallows_once() -> None:
        # What a library that catches the cancellation inside a call does.
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            swallowed.set()
        await asyncio.sleep(3600)

    task = asyncio.create_task(swallows_once(), name="stubborn")
    await asyncio.sleep(0)
    assert await stop_tasks([task], patience_s=0.05) == set()
    assert swallowed.is_set()
    assert task.cancelled()
    assert "stubborn lost its cancellation" in caplog.text


async def test_gives_up_on_a_task_that_never_stops(
    caplog: pytest.LogCaptureFixture,
) -> None:
    release = asyncio.Event()

    async def never_stops() -> None:
        while not release.is_set():
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                continue

    task = asyncio.create_task(never_stops(), name="immortal")
    await asyncio.sleep(0)
    caplog.set_level(logging.ERROR)
    assert await stop_tasks([task], attempts=2, patience_s=0.05) == {task}
    assert "immortal did not stop" in caplog.text
    release.set()
    task.cancel()  # it now ends on its next wake-up
    await asyncio.wait([task], timeout=1)
    assert task.done()


async def test_reports_a_task_that_had_failed(caplog: pytest.LogCaptureFixture) -> None:
    async def fails() -> None:
        raise RuntimeError("boom")

    task = asyncio.create_task(fails(), name="broken")
    await asyncio.sleep(0)
    assert await stop_tasks([task]) == set()
    assert "task broken failed" in caplog.text
