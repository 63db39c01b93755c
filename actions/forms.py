"""Validators of the forms declared in domain.yml (`validate_<form>` actions).

The order-number checks they share are in `actions.form_validation`.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions.clients.models import Order, OrderStatus
from actions.form_validation import (
    MAX_ATTEMPTS,
    OrderFormValidator,
    Slots,
    StoreFormValidator,
    rejected_attempts,
)
from actions.formatting import join_words
from actions.matching import match_order_line, match_products
from actions.order_numbers import parse_order_number
from actions.returns import MAX_REASON_LENGTH, return_blocker

logger = logging.getLogger(__name__)

MIN_ADDRESS_LENGTH = 10
MAX_ADDRESS_LENGTH = 200


class ValidateOrderStatusForm(OrderFormValidator):
    """Validates `order_status_form`."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_order_status_form"


class ValidateCancelOrderForm(OrderFormValidator):
    """Validates `cancel_order_form` (the action says when it's too late)."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_cancel_order_form"


class ValidateRefundStatusForm(OrderFormValidator):
    """Validates `refund_status_form`."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_refund_status_form"


class ValidateChangeAddressForm(OrderFormValidator):
    """Validates `change_address_form`; shipped orders skip asking for an address."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_change_address_form"

    def check_order(self, order: Order, dispatcher: CollectingDispatcher) -> Slots:
        """Ends the form early when the order can't be redirected any more."""
        if order.status is OrderStatus.CANCELLED or order.has_shipped:
            return {"order_number": order.number, REQUESTED_SLOT: None}
        return {"order_number": order.number}

    def validate_new_address(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Slots,
    ) -> Slots:
        """Accepts a full address: long enough, with a house number or postcode."""
        address = " ".join(str(slot_value or "").split())
        if len(address) > MAX_ADDRESS_LENGTH:
            dispatcher.utter_message(
                text="That's longer than any address I can save. Could you send just "
                "the street, town and postcode?"
            )
            return {"new_address": None}
        if len(address) < MIN_ADDRESS_LENGTH or not any(c.isdigit() for c in address):
            dispatcher.utter_message(
                text="I need the full address, with the house number or name, "
                "street, town and postcode."
            )
            return {"new_address": None}
        return {"new_address": address}


class ValidateReturnForm(OrderFormValidator):
    """Validates `return_form`: a returnable order, an item on it, a reason."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_return_form"

    def check_order(self, order: Order, dispatcher: CollectingDispatcher) -> Slots:
        """Ends the form early when the order can't be returned (action says why)."""
        if return_blocker(order, self.store.today(), self.store.return_window_days):
            return {"order_number": order.number, REQUESTED_SLOT: None}
        if len(order.lines) == 1:
            # Nothing to choose: don't ask which item.
            return {
                "order_number": order.number,
                "return_item": order.lines[0].describe(),
            }
        return {"order_number": order.number}

    def validate_return_item(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Slots,
    ) -> Slots:
        """Accepts an item that is on the order and not already being returned."""
        number = parse_order_number(tracker.get_slot("order_number"))
        order = self.store.get_order(number) if number else None
        if order is None:
            return {"return_item": None}
        line = match_order_line(slot_value, order.lines, self.store.products())
        returned = {r.line_no: r for r in self.store.returns_for_order(order.number)}
        if line is not None and line.line_no not in returned:
            return {"return_item": line.describe()}
        attempts = rejected_attempts(tracker, self.form_name(), "return_item") + 1
        if attempts >= MAX_ATTEMPTS:
            # action_start_return explains what it couldn't match and what to do.
            return {"return_item": None, REQUESTED_SLOT: None}
        # action_ask_return_item lists the items right after this.
        if line is None:
            dispatcher.utter_message(
                text=f"I couldn't match that to an item on order {order.number}."
            )
        else:
            dispatcher.utter_message(
                text=f"The {line.describe()} is already being returned (reference "
                f"{returned[line.line_no].reference})."
            )
        return {"return_item": None}

    def validate_return_reason(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Slots,
    ) -> Slots:
        """Accepts any non-empty reason, trimmed to a sensible length."""
        reason = " ".join(str(slot_value or "").split())[:MAX_REASON_LENGTH]
        if len(reason) < 2:
            dispatcher.utter_message(
                text="Could you tell me in a few words why it's going back? For "
                "example: too small, faulty, or not as pictured."
            )
            return {"return_reason": None}
        return {"return_reason": reason}


class ValidateAvailabilityForm(StoreFormValidator):
    """Validates `availability_form`: a product we sell, matched fuzzily."""

    def name(self) -> str:
        """The validator's name in domain.yml."""
        return "validate_availability_form"

    def extract_product(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Slots
    ) -> Slots:
        """Takes the whole reply as the product name when asked for it."""
        if tracker.get_slot(REQUESTED_SLOT) != "product":
            return {}
        if tracker.get_slot("product") is not None:
            return {}
        text = str((tracker.latest_message or {}).get("text") or "").strip()
        return {"product": text} if text else {}

    def validate_product(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Slots,
    ) -> Slots:
        """Accepts a name that matches at least one catalogue product."""
        catalogue = self.store.products()
        matches = match_products(slot_value, catalogue)
        if not matches:
            categories = join_words(sorted({p.category for p in catalogue}))
            dispatcher.utter_message(
                text=f"I couldn't find that in our range. We sell {categories}."
            )
            return {"product": None}
        if len(matches) == 1:
            return {"product": matches[0].name}
        return {"product": str(slot_value)}
