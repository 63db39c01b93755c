"""Shared form validation: order numbers, give-ups and store failures.

Every order form shares the order-number checks: the number is found in free text
("#104233", "order no. 104 233"), must have 6 digits and exist in the store. A bad
value gets a specific, polite reason and the form asks again; after three bad
answers to one question the form stops and the form's action explains what to do.
Concrete validators live in `actions.forms`.
"""

from __future__ import annotations

import logging
import sqlite3
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions.base import StoreMixin
from actions.clients.models import Order
from actions.order_numbers import describe_problem, parse_order_number

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # bad answers to one question before the form gives up

Slots = dict[str, Any]


def rejected_attempts(tracker: Tracker, form: str, slot: str) -> int:
    """Counts the values of `slot` rejected since `form` was last activated."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name") == form:
            break
        if (
            event.get("event") == "slot"
            and event.get("name") == slot
            and event.get("value") is None
        ):
            count += 1
    return count


def previous_value(tracker: Tracker, slot: str) -> Any:
    """The value `slot` had before the latest user message set candidates."""
    events = list(reversed(tracker.events))
    start = next(
        (i for i, event in enumerate(events) if event.get("event") == "user"),
        len(events),
    )
    for event in events[start:]:
        if event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


class StoreFormValidator(StoreMixin, FormValidationAction, ABC):
    """Base of form validators that read the store.

    When the store fails, the form ends quietly; the form's action (which also
    needs the store) then tells the customer.
    """

    @abstractmethod
    def name(self) -> str:
        """The validator's name in domain.yml."""

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Validates as usual; ends the form when the store fails."""
        try:
            return await super().run(dispatcher, tracker, domain)
        except (sqlite3.Error, OSError):
            logger.exception("%s: the order store failed", self.name())
            return [SlotSet(REQUESTED_SLOT, None)]


class OrderFormValidator(StoreFormValidator, ABC):
    """Base of the validators of forms that start with an order number."""

    def extract_order_number(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Slots
    ) -> Slots:
        """Takes the number from the text when asked for it and NLU found none."""
        if tracker.get_slot(REQUESTED_SLOT) != "order_number":
            return {}
        if tracker.get_slot("order_number") is not None:
            return {}
        text = str((tracker.latest_message or {}).get("text") or "")
        if not any(ch.isdigit() for ch in text):
            return {}
        # Validation turns this into the number, or a specific re-ask.
        return {"order_number": parse_order_number(text) or text}

    def check_order(self, order: Order, dispatcher: CollectingDispatcher) -> Slots:
        """Form-specific check of a found order; `requested_slot: None` ends the form.

        Args:
            order: The order the customer named.
            dispatcher: To explain, when needed.

        Returns:
            Slots to set; by default the order number.
        """
        return {"order_number": order.number}

    def validate_order_number(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Slots,
    ) -> Slots:
        """Accepts a 6-digit number of an order in the store."""
        text = (tracker.latest_message or {}).get("text")
        # NLU may tag a fragment ("104" of "104 233"): fall back to the whole text.
        number = parse_order_number(slot_value) or parse_order_number(text)
        order = self.store.get_order(number) if number else None
        asked_for_other_slot = tracker.get_slot(REQUESTED_SLOT) not in (
            None,
            "order_number",
        )
        if asked_for_other_slot and order is None:
            # A number picked up while answering another question ("12 Elm Road")
            # must not replace the order we're working on.
            return {"order_number": previous_value(tracker, "order_number")}
        if order is not None:
            return self.check_order(order, dispatcher)
        attempts = rejected_attempts(tracker, self.form_name(), "order_number") + 1
        logger.info("order number rejected (attempt %d)", attempts)
        if attempts >= MAX_ATTEMPTS:
            # The form's action explains how to find the number, or to ask a person.
            return {"order_number": None, REQUESTED_SLOT: None}
        if number is None:
            dispatcher.utter_message(text=describe_problem(slot_value))
        else:
            # The form asks for the number again right after this.
            dispatcher.utter_message(
                text=f"I can't find an order with the number {number}. "
                "Please check it against your order confirmation email."
            )
        return {"order_number": None}
