"""The sample store: seeding, dates relative to today, updates."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from actions.clients.models import OrderStatus, Product, RefundStatus
from actions.clients.store import Store, StoreError
from actions.settings import DEFAULT_SEED_PATH, Settings

from .conftest import ROOT, TODAY, Clock


def test_nothing_is_written_until_the_first_query(settings: Settings) -> None:
    Store(settings)
    assert not settings.store_path.exists()


def test_first_query_builds_the_database_from_the_seed(store: Store) -> None:
    order = store.get_order("104233")
    assert store.settings.store_path.exists()
    assert order is not None
    assert order.status is OrderStatus.PROCESSING
    assert order.first_name == "Ana"
    assert [line.describe() for line in order.lines] == [
        "Trailblazer Runner (size 8, black)",
        "Everyday Crew Tee (size M, white)",
    ]
    assert order.lines[1].quantity == 2
    assert order.total == 8900 + 2 * 1800


def test_seed_covers_every_state_and_the_catalogue(store: Store) -> None:
    seed = json.loads(DEFAULT_SEED_PATH.read_text(encoding="utf-8"))
    orders = [store.get_order(o["number"]) for o in seed["orders"]]
    assert all(order is not None for order in orders)
    states = Counter(order.status for order in orders if order)
    assert set(states) == set(OrderStatus)
    assert 15 <= sum(states.values()) <= 25
    products = store.products()
    assert 15 <= len(products) <= 20
    assert all(p.variants for p in products)


def test_shipped_order_has_carrier_tracking_and_expected_date(store: Store) -> None:
    order = store.get_order("104102")
    assert order is not None
    assert order.carrier == "Royal Mail"
    assert order.tracking_number == "RM482193664GB"
    assert order.shipped_on == TODAY - timedelta(days=2)
    assert order.expected_on == TODAY + timedelta(days=1)


def test_delayed_order_has_reason_and_new_date(store: Store) -> None:
    order = store.get_order("104195")
    assert order is not None
    assert order.status is OrderStatus.DELAYED
    assert order.delay_reason and "warehouse" in order.delay_reason
    assert order.expected_on == TODAY + timedelta(days=3)
    assert not order.has_shipped


def test_unknown_order_is_none(store: Store) -> None:
    assert store.get_order("999999") is None


def test_dates_move_with_the_clock_and_keep_recorded_returns(
    store: Store, clock: Clock
) -> None:
    record = store.record_return("103870", 1, "too big")
    clock.today = TODAY + timedelta(days=40)
    order = store.get_order("104102")
    assert order is not None
    assert order.expected_on == clock.today + timedelta(days=1)
    (moved,) = store.returns_for_order("103870")
    assert moved.reference == record.reference
    assert moved.created_on == clock.today


def test_a_changed_seed_rebuilds_the_database(tmp_path: Path, clock: Clock) -> None:
    seed = json.loads(DEFAULT_SEED_PATH.read_text(encoding="utf-8"))
    seed_path = tmp_path / "seed.json"
    seed_path.write_text(json.dumps(seed), encoding="utf-8")
    settings = Settings(store_path=tmp_path / "s.db", seed_path=seed_path)
    assert Store(settings, clock).get_order("104233") is not None
    seed["orders"] = [o for o in seed["orders"] if o["number"] != "104233"]
    seed_path.write_text(json.dumps(seed), encoding="utf-8")
    assert Store(settings, clock).get_order("104233") is None


def test_cancel_records_the_cancellation_and_a_refund(store: Store) -> None:
    cancelled = store.cancel_order("104251", "cancelled at your request")
    assert cancelled.status is OrderStatus.CANCELLED
    assert cancelled.cancelled_on == TODAY
    (refund,) = store.refunds_for_order("104251")
    assert refund.status is RefundStatus.APPROVED
    assert refund.amount == cancelled.total
    with pytest.raises(StoreError):
        store.cancel_order("104251", "again")


@pytest.mark.parametrize("number", ["104102", "103870", "104188", "103990", "999999"])
def test_cancel_refuses_shipped_cancelled_and_unknown(
    store: Store, number: str
) -> None:
    before = store.get_order(number)
    with pytest.raises(StoreError):
        store.cancel_order(number, "no")
    assert store.get_order(number) == before


def test_change_address_only_before_shipping(store: Store) -> None:
    changed = store.change_address("104268", "1 New Road, Leeds LS1 1AA")
    assert changed.address == "1 New Road, Leeds LS1 1AA"
    with pytest.raises(StoreError):
        store.change_address("104117", "1 New Road, Leeds LS1 1AA")
    order = store.get_order("104117")
    assert order is not None and order.address.startswith("52 Cowley Road")


def test_record_return_gives_references_and_pending_refunds(store: Store) -> None:
    first = store.record_return("103884", 2, "too small")
    second = store.record_return("103884", 3, "colour")
    assert (first.reference, second.reference) == ("RT-103884-1", "RT-103884-2")
    assert first.product == "Everyday Crew Tee"
    refunds = store.refunds_for_order("103884")
    assert [(r.status, r.amount) for r in refunds] == [
        (RefundStatus.PENDING, 1800),
        (RefundStatus.PENDING, 4800),
    ]
    with pytest.raises(StoreError):
        store.record_return("103884", 2, "twice")
    with pytest.raises(StoreError):
        store.record_return("103884", 9, "no such line")


def test_database_file_is_plain_sqlite(store: Store) -> None:
    store.get_order("104233")
    with sqlite3.connect(store.settings.store_path) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM orders").fetchone()
    assert count == 20


def test_settings_from_env_reads_and_checks_values(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {"STORE_PATH": str(tmp_path / "x.db"), "RETURN_WINDOW_DAYS": "14"}
    )
    assert settings.store_path == tmp_path / "x.db"
    assert settings.return_window_days == 14
    assert Settings.from_env({}).store_path == ROOT / "var" / "store.sqlite3"
    with pytest.raises(ValueError, match="RETURN_WINDOW_DAYS"):
        Settings.from_env({"RETURN_WINDOW_DAYS": "soon"})


def test_sample_data_doc_matches_the_store(store: Store) -> None:
    doc = (ROOT / "docs" / "sample-data.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\w+) \| \*\*(\d{6})\*\* \|", doc, flags=re.MULTILINE)
    assert len(rows) == 20
    for state, number in rows:
        order = store.get_order(number)
        assert order is not None, number
        assert order.status.value == state, number


def test_the_catalogue_is_read_again_only_after_the_database_changes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = 0
    read_products = store._read_products

    def counted() -> list[Product]:
        nonlocal reads
        reads += 1
        return read_products()

    monkeypatch.setattr(store, "_read_products", counted)
    first = store.products()
    assert store.products() == first and reads == 1
    store.products().clear()  # a caller's list is its own
    assert store.products() == first
    sku = first[0].sku
    with sqlite3.connect(store.settings.store_path) as conn:
        conn.execute("UPDATE variants SET stock = stock + 5 WHERE sku = ?", (sku,))
    changed = store.products()
    assert reads == 2
    before = sum(v.stock for v in first[0].variants)
    assert sum(v.stock for v in changed[0].variants) == before + 5 * len(
        first[0].variants
    )
