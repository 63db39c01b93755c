"""Settings of the action server, read once from the environment.

Usage::

    settings = Settings.from_env()
    store = Store.open(settings)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORE_PATH = PROJECT_ROOT / "var" / "store.sqlite3"
DEFAULT_SEED_PATH = Path(__file__).resolve().parent / "clients" / "store_seed.json"
DEFAULT_RETURN_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Settings:
    """Typed settings of the action server.

    Attributes:
        store_path: SQLite file of the sample store; built from the seed on first use.
        seed_path: JSON seed of the sample store (committed, invented data).
        return_window_days: Days after delivery during which a return is accepted.
    """

    store_path: Path = DEFAULT_STORE_PATH
    seed_path: Path = DEFAULT_SEED_PATH
    return_window_days: int = DEFAULT_RETURN_WINDOW_DAYS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Builds settings from `STORE_PATH`, `STORE_SEED_PATH`, `RETURN_WINDOW_DAYS`.

        Args:
            environ: Variables to read; `os.environ` when omitted.

        Returns:
            The settings, with defaults for variables that are unset or empty.

        Raises:
            ValueError: When `RETURN_WINDOW_DAYS` is not a positive whole number.
        """
        env = os.environ if environ is None else environ
        window_text = env.get("RETURN_WINDOW_DAYS", "").strip()
        window = DEFAULT_RETURN_WINDOW_DAYS
        if window_text:
            if not window_text.isdigit() or int(window_text) <= 0:
                raise ValueError(
                    f"RETURN_WINDOW_DAYS must be a positive whole number, "
                    f"got {window_text!r}"
                )
            window = int(window_text)
        return cls(
            store_path=Path(env.get("STORE_PATH") or DEFAULT_STORE_PATH),
            seed_path=Path(env.get("STORE_SEED_PATH") or DEFAULT_SEED_PATH),
            return_window_days=window,
        )
