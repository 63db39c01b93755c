"""A small closed-loop load generator for HTTP JSON endpoints."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp


@dataclass(frozen=True)
class LoadResult:
    """Latencies (ms) of one load run and its throughput."""

    latencies_ms: list[float]
    seconds: float
    errors: int

    @property
    def p50(self) -> float:
        """Median latency in ms."""
        return statistics.median(self.latencies_ms)

    @property
    def p95(self) -> float:
        """95th percentile latency in ms."""
        return percentile(self.latencies_ms, 95)

    @property
    def p99(self) -> float:
        """99th percentile latency in ms."""
        return percentile(self.latencies_ms, 99)

    @property
    def per_second(self) -> float:
        """Completed requests per second."""
        return len(self.latencies_ms) / self.seconds


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct` percentile of `values` (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


async def closed_loop(
    url: str,
    body_for: Callable[[int, int], dict[str, Any]],
    concurrency: int,
    per_worker: int,
    accept: Callable[[bytes], bool] | None = None,
    *,
    connection_per_request: bool = False,
) -> LoadResult:
    """Runs `concurrency` workers that each POST `per_worker` bodies back to back.

    Args:
        url: the endpoint to POST to.
        body_for: builds the JSON body for (worker index, request index).
        concurrency: how many workers run at once.
        per_worker: how many requests each worker sends.
        accept: tells a good 200 body from a bad one (counted as an error).
        connection_per_request: open a new connection for each request, as
            customers do whose messages are further apart than a server's
            keep-alive (instead of a pool of connections kept open).
    """
    latencies: list[float] = []
    errors = 0

    async def worker(session: aiohttp.ClientSession, index: int) -> None:
        nonlocal errors
        for n in range(per_worker):
            started = time.perf_counter()
            async with session.post(url, json=body_for(index, n)) as response:
                body = await response.read()
                if response.status != 200 or (accept is not None and not accept(body)):
                    errors += 1
                    continue
            latencies.append((time.perf_counter() - started) * 1000)

    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(force_close=connection_per_request)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session, i) for i in range(concurrency)))
        seconds = time.perf_counter() - started
    return LoadResult(latencies_ms=latencies, seconds=seconds, errors=errors)
