"""Fixtures for the web side: a real Redis, the hub's web side, headless Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from handoff.embedded_redis import EmbeddedRedis
from tests.handoff.browser.backend import serve_in_thread

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="module")
def redis_socket(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real embedded Redis server; yields its unix socket path."""
    server = EmbeddedRedis(str(tmp_path_factory.mktemp("redis") / "web.db"))
    try:
        yield server.socket_file
    finally:
        server.shutdown()


@pytest.fixture()
def hub_url(redis_socket: str) -> Iterator[str]:
    """The hub's web side (with the test backend) on a free loopback port."""
    with serve_in_thread(redis_socket) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; a clear failure when it is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` first.")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def new_page(browser: Browser) -> Iterator[Callable[[], Page]]:
    """Opens fresh pages (own context each) and closes them after the test."""
    contexts: list[BrowserContext] = []

    def make() -> Page:
        context = browser.new_context(viewport={"width": 1360, "height": 820})
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """``tests/artifacts/`` (git-ignored), where screenshots are kept."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
