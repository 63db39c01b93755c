"""Queries and updates on the sample order store (SQLite).

Usage::

    store = Store(Settings.from_env())
    order = store.get_order("104233")   # first query builds var/store.sqlite3
    store.cancel_order("104233", "changed my mind")

Each call opens its own short connection, so one `Store` can serve concurrent actions.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date

from actions.clients.models import (
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Refund,
    RefundStatus,
    ReturnRecord,
    Variant,
)
from actions.clients.seed import prepare_database
from actions.settings import Settings

Clock = Callable[[], date]


class StoreError(Exception):
    """An update the store refuses (e.g. cancelling a shipped order)."""


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Store:
    """The sample order store.

    Nothing is read or written until the first query; then the database is built
    from the seed (first use) or its dates are moved on (first query of a new day).

    Args:
        settings: Where the database and the seed are, and the return window.
        clock: Returns today's date; injectable for tests.
    """

    def __init__(self, settings: Settings, clock: Clock = date.today) -> None:
        self.settings = settings
        self.clock = clock
        self.return_window_days = settings.return_window_days
        self._anchored_on: date | None = None
        # The catalogue as last read, with the database file's version it came from.
        self._catalogue: tuple[tuple[int, int, int], list[Product]] | None = None

    def today(self) -> date:
        """Today's date by the store's clock."""
        return self.clock()

    def _prepare(self) -> None:
        """Builds the database on first use, moves its dates on each new day."""
        today = self.today()
        if self._anchored_on != today:
            prepare_database(self.settings.store_path, self.settings.seed_path, today)
            self._anchored_on = today

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self._prepare()
        path = self.settings.store_path
        with closing(sqlite3.connect(path, timeout=10)) as conn, conn:
            conn.row_factory = sqlite3.Row
            yield conn

    # Orders ---------------------------------------------------------------------

    def get_order(self, number: str) -> Order | None:
        """Returns the order with this number, or None when there is none."""
        with self._connect() as conn:
            return self._get_order(conn, number)

    def _get_order(self, conn: sqlite3.Connection, number: str) -> Order | None:
        row = conn.execute(
            "SELECT * FROM orders WHERE number = ?", (number,)
        ).fetchone()
        if row is None:
            return None
        lines = tuple(
            OrderLine(
                line_no=r["line_no"],
                sku=r["sku"],
                product=r["name"],
                size=r["size"],
                colour=r["colour"],
                quantity=r["quantity"],
                price=r["price"],
            )
            for r in conn.execute(
                "SELECT l.*, p.name FROM order_lines l JOIN products p USING (sku) "
                "WHERE l.order_number = ? ORDER BY l.line_no",
                (number,),
            )
        )
        return Order(
            number=row["number"],
            first_name=row["first_name"],
            status=OrderStatus(row["status"]),
            placed_on=date.fromisoformat(row["placed_on"]),
            address=row["address"],
            carrier=row["carrier"],
            tracking_number=row["tracking"],
            shipped_on=_date(row["shipped_on"]),
            expected_on=_date(row["expected_on"]),
            delivered_on=_date(row["delivered_on"]),
            delay_reason=row["delay_reason"],
            cancelled_on=_date(row["cancelled_on"]),
            cancel_reason=row["cancel_reason"],
            lines=lines,
        )

    def cancel_order(self, number: str, reason: str) -> Order:
        """Cancels an order that has not shipped and records a full refund.

        Args:
            number: The order number.
            reason: Why, in the store's words ("cancelled at your request").

        Returns:
            The cancelled order.

        Raises:
            StoreError: When the order is unknown, shipped or already cancelled.
        """
        with self._connect() as conn:
            order = self._get_order(conn, number)
            if order is None:
                raise StoreError(f"no order {number}")
            if order.status is OrderStatus.CANCELLED or order.has_shipped:
                raise StoreError(f"order {number} is {order.status.value}")
            today = self.today().isoformat()
            conn.execute(
                "UPDATE orders SET status = 'cancelled', cancelled_on = ?, "
                "cancel_reason = ? WHERE number = ?",
                (today, reason, number),
            )
            conn.execute(
                "INSERT INTO refunds (order_number, return_reference, status, amount, "
                "approved_on) VALUES (?, NULL, 'approved', ?, ?)",
                (number, order.total, today),
            )
            cancelled = self._get_order(conn, number)
        assert cancelled is not None
        return cancelled

    def change_address(self, number: str, address: str) -> Order:
        """Changes the delivery address of an order that has not shipped.

        Raises:
            StoreError: When the order is unknown, shipped or cancelled.
        """
        with self._connect() as conn:
            order = self._get_order(conn, number)
            if order is None:
                raise StoreError(f"no order {number}")
            if order.status is OrderStatus.CANCELLED or order.has_shipped:
                raise StoreError(f"order {number} is {order.status.value}")
            conn.execute(
                "UPDATE orders SET address = ? WHERE number = ?", (address, number)
            )
            changed = self._get_order(conn, number)
        assert changed is not None
        return changed

    # Returns and refunds --------------------------------------------------------

    def returns_for_order(self, number: str) -> list[ReturnRecord]:
        """Returns recorded for an order, oldest first."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT r.*, p.name FROM returns r "
                "JOIN order_lines l ON l.order_number = r.order_number "
                "AND l.line_no = r.line_no JOIN products p ON p.sku = l.sku "
                "WHERE r.order_number = ? ORDER BY r.created_on, r.reference",
                (number,),
            ).fetchall()
        return [
            ReturnRecord(
                reference=r["reference"],
                order_number=r["order_number"],
                line_no=r["line_no"],
                product=r["name"],
                reason=r["reason"],
                created_on=date.fromisoformat(r["created_on"]),
            )
            for r in rows
        ]

    def record_return(self, number: str, line_no: int, reason: str) -> ReturnRecord:
        """Records the return of one order line and a pending refund for it.

        Raises:
            StoreError: When the line does not exist or is already being returned.
        """
        with self._connect() as conn:
            line = conn.execute(
                "SELECT l.*, p.name FROM order_lines l JOIN products p USING (sku) "
                "WHERE order_number = ? AND line_no = ?",
                (number, line_no),
            ).fetchone()
            if line is None:
                raise StoreError(f"order {number} has no line {line_no}")
            if conn.execute(
                "SELECT 1 FROM returns WHERE order_number = ? AND line_no = ?",
                (number, line_no),
            ).fetchone():
                raise StoreError(f"line {line_no} of {number} is already returned")
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM returns WHERE order_number = ?", (number,)
            ).fetchone()
            reference = f"RT-{number}-{count + 1}"
            today = self.today()
            conn.execute(
                "INSERT INTO returns VALUES (?, ?, ?, ?, ?)",
                (reference, number, line_no, reason, today.isoformat()),
            )
            conn.execute(
                "INSERT INTO refunds (order_number, return_reference, status, amount) "
                "VALUES (?, ?, 'pending', ?)",
                (number, reference, line["price"] * line["quantity"]),
            )
        return ReturnRecord(reference, number, line_no, line["name"], reason, today)

    def refunds_for_order(self, number: str) -> list[Refund]:
        """Refunds of an order (for returns or a cancellation), oldest first."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT * FROM refunds WHERE order_number = ? ORDER BY id", (number,)
            ).fetchall()
        return [
            Refund(
                order_number=r["order_number"],
                return_reference=r["return_reference"],
                status=RefundStatus(r["status"]),
                amount=r["amount"],
                approved_on=_date(r["approved_on"]),
                issued_on=_date(r["issued_on"]),
            )
            for r in rows
        ]

    # Catalogue ------------------------------------------------------------------

    def products(self) -> list[Product]:
        """The whole catalogue with stock per size and colour.

        Read again only when the database file has changed since the last read (a
        stock check and a form validation both need it on every turn).
        """
        self._prepare()
        info = os.stat(self.settings.store_path)
        version = (info.st_mtime_ns, info.st_size, info.st_ino)
        if self._catalogue is None or self._catalogue[0] != version:
            self._catalogue = (version, self._read_products())
        return list(self._catalogue[1])

    def _read_products(self) -> list[Product]:
        with self._connect() as conn:
            variants: dict[str, list[Variant]] = {}
            for r in conn.execute("SELECT * FROM variants ORDER BY sku, position"):
                variants.setdefault(r["sku"], []).append(
                    Variant(r["size"], r["colour"], r["stock"])
                )
            rows = conn.execute("SELECT * FROM products ORDER BY rowid").fetchall()
        return [
            Product(
                sku=r["sku"],
                name=r["name"],
                category=r["category"],
                price=r["price"],
                aliases=tuple(json.loads(r["aliases"])),
                variants=tuple(variants.get(r["sku"], [])),
            )
            for r in rows
        ]
