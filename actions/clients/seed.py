"""Builds the sample store's SQLite database from the JSON seed.

The seed gives dates as day offsets from today. The database remembers the day it was
anchored to; `prepare_database` shifts every date when the store is opened on a later
day, so "expected tomorrow" stays true, and rebuilds the database when the seed file
changes (returns recorded at run time are then dropped: this is sample data).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE products (
    sku TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
    price INTEGER NOT NULL, aliases TEXT NOT NULL
);
CREATE TABLE variants (
    sku TEXT NOT NULL REFERENCES products(sku), size TEXT NOT NULL,
    colour TEXT NOT NULL, stock INTEGER NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (sku, size, colour)
);
CREATE TABLE orders (
    number TEXT PRIMARY KEY, first_name TEXT NOT NULL, status TEXT NOT NULL,
    placed_on TEXT NOT NULL, address TEXT NOT NULL, carrier TEXT, tracking TEXT,
    shipped_on TEXT, expected_on TEXT, delivered_on TEXT, delay_reason TEXT,
    cancelled_on TEXT, cancel_reason TEXT
);
CREATE TABLE order_lines (
    order_number TEXT NOT NULL REFERENCES orders(number), line_no INTEGER NOT NULL,
    sku TEXT NOT NULL REFERENCES products(sku), size TEXT NOT NULL,
    colour TEXT NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,
    PRIMARY KEY (order_number, line_no)
);
CREATE TABLE returns (
    reference TEXT PRIMARY KEY, order_number TEXT NOT NULL REFERENCES orders(number),
    line_no INTEGER NOT NULL, reason TEXT NOT NULL, created_on TEXT NOT NULL
);
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_number TEXT NOT NULL REFERENCES orders(number),
    return_reference TEXT REFERENCES returns(reference), status TEXT NOT NULL,
    amount INTEGER NOT NULL, approved_on TEXT, issued_on TEXT
);
"""

# Every date column, by table: shifted together when the anchor day moves.
DATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "orders": (
        "placed_on",
        "shipped_on",
        "expected_on",
        "delivered_on",
        "cancelled_on",
    ),
    "returns": ("created_on",),
    "refunds": ("approved_on", "issued_on"),
}


def prepare_database(db_path: Path, seed_path: Path, today: date) -> None:
    """Makes sure the database exists, matches the seed and is anchored to today.

    Args:
        db_path: SQLite file to create or update; its folder is created if needed.
        seed_path: The JSON seed.
        today: The current day (injectable for tests).
    """
    seed_text = seed_path.read_text(encoding="utf-8")
    digest = hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db_path, timeout=10)) as conn, conn:
        conn.execute("BEGIN IMMEDIATE")
        meta = _read_meta(conn)
        if meta.get("seed_sha256") != digest:
            logger.info("Building the sample store at %s from %s", db_path, seed_path)
            _rebuild(conn, json.loads(seed_text), digest, today)
            return
        anchor = date.fromisoformat(meta["anchor"])
        delta = (today - anchor).days
        if delta:
            logger.info("Moving the sample store's dates on by %d days", delta)
            _shift_dates(conn, delta)
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'anchor'", (today.isoformat(),)
            )


def _read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return {}
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def _shift_dates(conn: sqlite3.Connection, delta: int) -> None:
    modifier = f"{delta:+d} days"
    for table, columns in DATE_COLUMNS.items():
        for column in columns:
            # Table and column names come from DATE_COLUMNS above, never from input.
            conn.execute(
                f"UPDATE {table} SET {column} = date({column}, ?) "
                f"WHERE {column} IS NOT NULL",
                (modifier,),
            )


def _day(today: date, offset: Any) -> str | None:
    if offset is None:
        return None
    return (today + timedelta(days=int(offset))).isoformat()


def _rebuild(
    conn: sqlite3.Connection, seed: dict[str, Any], digest: str, today: date
) -> None:
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        conn.execute(f'DROP TABLE "{table}"')
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("seed_sha256", digest), ("anchor", today.isoformat())],
    )
    prices: dict[str, int] = {}
    for product in seed["products"]:
        prices[product["sku"]] = product["price"]
        conn.execute(
            "INSERT INTO products VALUES (?, ?, ?, ?, ?)",
            (
                product["sku"],
                product["name"],
                product["category"],
                product["price"],
                json.dumps(product["aliases"]),
            ),
        )
        position = 0
        for colour, counts in product["stock"].items():
            for size, count in zip(product["sizes"], counts, strict=True):
                conn.execute(
                    "INSERT INTO variants VALUES (?, ?, ?, ?, ?)",
                    (product["sku"], size, colour, count, position),
                )
                position += 1
    for order in seed["orders"]:
        conn.execute(
            "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order["number"],
                order["first_name"],
                order["status"],
                _day(today, order["placed_day"]),
                order["address"],
                order.get("carrier"),
                order.get("tracking"),
                _day(today, order.get("shipped_day")),
                _day(today, order.get("expected_day")),
                _day(today, order.get("delivered_day")),
                order.get("delay_reason"),
                _day(today, order.get("cancelled_day")),
                order.get("cancel_reason"),
            ),
        )
        for line_no, (sku, size, colour, quantity) in enumerate(order["lines"], 1):
            conn.execute(
                "INSERT INTO order_lines VALUES (?, ?, ?, ?, ?, ?, ?)",
                (order["number"], line_no, sku, size, colour, quantity, prices[sku]),
            )
    for record in seed["returns"]:
        conn.execute(
            "INSERT INTO returns VALUES (?, ?, ?, ?, ?)",
            (
                record["reference"],
                record["order_number"],
                record["line_no"],
                record["reason"],
                _day(today, record["created_day"]),
            ),
        )
    for refund in seed["refunds"]:
        conn.execute(
            "INSERT INTO refunds (order_number, return_reference, status, amount, "
            "approved_on, issued_on) VALUES (?, ?, ?, ?, ?, ?)",
            (
                refund["order_number"],
                refund["return_reference"],
                refund["status"],
                refund["amount"],
                _day(today, refund.get("approved_day")),
                _day(today, refund.get("issued_day")),
            ),
        )
