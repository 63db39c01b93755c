"""When the store can't be opened, customers get a plain answer, not silence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.base import STORE_DOWN_TEXT
from actions.catalogue import ActionCheckAvailability
from actions.clients.store import Store
from actions.forms import ValidateAvailabilityForm, ValidateOrderStatusForm
from actions.orders import ActionCancelOrder, ActionCheckOrderStatus
from actions.returns import ActionRefundStatus, ActionStartReturn
from actions.settings import Settings

from .conftest import Clock, assert_plain, make_tracker, only_text, slot_events


@pytest.fixture
def broken_store(tmp_path: Path, clock: Clock) -> Store:
    # A directory where the database file should be: SQLite can't open it.
    path = tmp_path / "store.sqlite3"
    path.mkdir()
    return Store(Settings(store_path=path), clock)


@pytest.mark.parametrize(
    "action_class",
    [
        ActionCheckOrderStatus,
        ActionCancelOrder,
        ActionStartReturn,
        ActionRefundStatus,
        ActionCheckAvailability,
    ],
)
async def test_actions_say_the_system_is_unavailable(
    broken_store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    action_class: Any,
) -> None:
    tracker = make_tracker({"order_number": "104233", "product": "hoodie"})
    events = await action_class(store=broken_store).run(dispatcher, tracker, domain)
    text = only_text(dispatcher)
    assert text == STORE_DOWN_TEXT
    assert_plain(text)
    assert events == []


@pytest.mark.parametrize(
    ("validator_class", "slot", "form"),
    [
        (ValidateOrderStatusForm, "order_number", "order_status_form"),
        (ValidateAvailabilityForm, "product", "availability_form"),
    ],
)
async def test_validators_end_the_form_quietly(
    broken_store: Store,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    validator_class: Any,
    slot: str,
    form: str,
) -> None:
    tracker = make_tracker(
        {slot: "104233", "requested_slot": slot},
        events=[
            {"event": "active_loop", "name": form},
            {"event": "user", "text": "104233"},
            {"event": "slot", "name": slot, "value": "104233"},
        ],
        active_loop=form,
    )
    events = await validator_class(store=broken_store).run(dispatcher, tracker, domain)
    assert slot_events(events) == {"requested_slot": None}
    assert dispatcher.messages == []
