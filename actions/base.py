"""Shared plumbing for actions: the store they use, and facts about the chat.

Actions build the store lazily from `Settings.from_env()`; tests pass their own::

    action = ActionCheckOrderStatus(store=Store(Settings(store_path=tmp_path / "s.db")))
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.clients.models import Order
from actions.clients.store import Store
from actions.order_numbers import parse_order_number
from actions.settings import Settings

logger = logging.getLogger(__name__)

STORE_DOWN_TEXT = (
    "I can't reach our order system right now, so I can't check or change that. "
    "Please try again in a few minutes, or ask for a person."
)


@functools.lru_cache(maxsize=1)
def default_store() -> Store:
    """The action server's store, configured from the environment (opened lazily)."""
    return Store(Settings.from_env())


class StoreMixin:
    """Gives an action or validator a store: the injected one, or the default.

    Args:
        store: The store to use; the process-wide default store when omitted.
    """

    def __init__(self, store: Store | None = None) -> None:
        self._store = store

    @property
    def store(self) -> Store:
        """The store this action reads and writes."""
        return self._store if self._store is not None else default_store()


class StoreAction(StoreMixin, Action, ABC):
    """Base of the actions that answer from the sample store.

    Subclasses implement `answer`; when the store fails, the customer is told so
    plainly instead of getting silence, and the error is logged.
    """

    @abstractmethod
    def name(self) -> str:
        """The action's name in domain.yml."""

    @abstractmethod
    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Does the action's work (see `rasa_sdk.Action.run`)."""

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Runs `answer`, turning a store failure into a plain reply."""
        try:
            return await self.answer(dispatcher, tracker, domain)
        except (sqlite3.Error, OSError):
            logger.exception("%s: the order store failed", self.name())
            dispatcher.utter_message(text=STORE_DOWN_TEXT)
            return []

    def order_in_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> tuple[str, Order] | None:
        """The order the ``order_number`` slot names, or None (the customer is told).

        Args:
            dispatcher: where to say that the number is missing or unknown.
            tracker: the conversation, whose ``order_number`` slot is read.
        """
        number = parse_order_number(tracker.get_slot("order_number"))
        if number is None:
            dispatcher.utter_message(text=NO_ORDER_NUMBER_TEXT)
            return None
        order = self.store.get_order(number)
        if order is None:
            dispatcher.utter_message(text=unknown_order_text(number))
            return None
        return number, order


def metadata(tracker: Tracker) -> dict[str, Any]:
    """The metadata of the latest user message (empty when absent or malformed)."""
    value = (tracker.latest_message or {}).get("metadata")
    return value if isinstance(value, dict) else {}


def is_public(tracker: Tracker) -> bool:
    """Whether the conversation is visible to others (then no personal details)."""
    return metadata(tracker).get("visibility") == "public"


def unknown_order_text(number: str) -> str:
    """The reply when no order has this number."""
    return (
        f"I can't find an order with the number {number}. Could you check it "
        "against your order confirmation email? It's the 6-digit number near the top."
    )


NO_ORDER_NUMBER_TEXT = (
    "I couldn't look that up without a valid order number. It's the 6-digit number "
    "in your order confirmation email; send it whenever you're ready, or ask for a "
    "person if you can't find it."
)
