"""Order actions: status, cancelling and changing the delivery address."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import (
    StoreAction,
    is_public,
)
from actions.clients.models import Order, OrderStatus
from actions.clients.store import StoreError
from actions.formatting import format_day, format_money, join_words

logger = logging.getLogger(__name__)

CANCEL_REASON = "cancelled at your request"


def items_text(order: Order) -> str:
    """Lists an order's items: "Trailblazer Runner (size 8, black) and 2 x ..."."""
    return join_words(
        [
            line.describe()
            if line.quantity == 1
            else f"{line.quantity} x {line.describe()}"
            for line in order.lines
        ]
    )


def tracking_text(order: Order) -> str:
    """Carrier and tracking number, e.g. "with DPD (tracking number 1550...)"."""
    if not order.carrier:
        return ""
    return f"with {order.carrier} (tracking number {order.tracking_number})"


def status_text(order: Order, today: date, public: bool) -> str:
    """Describes where an order is, specifically for its state.

    Args:
        order: The order.
        today: Today's date.
        public: Leave out personal details (the address) in public channels.

    Returns:
        One short paragraph.
    """
    number = order.number
    if order.status is OrderStatus.PROCESSING:
        return (
            f"Order {number} ({items_text(order)}) was placed "
            f"{format_day(order.placed_on, today)} and is being packed in our "
            "warehouse. It hasn't shipped yet; you'll get an email with tracking "
            "as soon as it leaves."
        )
    if order.status is OrderStatus.SHIPPED:
        assert order.expected_on is not None
        if order.expected_on < today:
            return (
                f"Order {number} shipped {tracking_text(order)} and was due "
                f"{format_day(order.expected_on, today)}, so it's running late. "
                "The carrier's tracking page has the latest scan."
            )
        return (
            f"Order {number} is on its way {tracking_text(order)}. It's expected "
            f"{format_day(order.expected_on, today)}."
        )
    if order.status is OrderStatus.DELIVERED:
        assert order.delivered_on is not None
        where = "" if public else f" to {order.address}"
        return (
            f"Order {number} was delivered {format_day(order.delivered_on, today)}"
            f"{where} {tracking_text(order)}. If you can't find it, check with "
            "neighbours or a safe place first, then tell me and I'll have it "
            "looked into."
        )
    if order.status is OrderStatus.DELAYED:
        assert order.expected_on is not None
        where = (
            f"It left us {format_day(order.shipped_on, today)} {tracking_text(order)}"
            if order.shipped_on
            else "It hasn't left our warehouse yet"
        )
        return (
            f"Order {number} is delayed: {order.delay_reason}. {where}, and the new "
            f"expected delivery date is {format_day(order.expected_on, today)}. "
            "I'm sorry it's late."
        )
    assert order.cancelled_on is not None
    return (
        f"Order {number} was cancelled {format_day(order.cancelled_on, today)}: "
        f"{order.cancel_reason}."
    )


class ActionCheckOrderStatus(StoreAction):
    """Answers "where is my order?" from the store, specifically for each state."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_check_order_status"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Looks the order up and describes where it is."""
        found = self.order_in_slot(dispatcher, tracker)
        if found is None:
            return [SlotSet("order_number", None)]
        number, order = found
        logger.info("order %s status %s", number, order.status.value)
        text = status_text(order, self.store.today(), is_public(tracker))
        if order.status is OrderStatus.CANCELLED:
            refunds = self.store.refunds_for_order(number)
            if refunds and refunds[-1].issued_on:
                text += (
                    f" The refund of {format_money(refunds[-1].amount)} was sent "
                    f"{format_day(refunds[-1].issued_on, self.store.today())}."
                )
            elif refunds:
                text += (
                    f" The refund of {format_money(refunds[-1].amount)} is being "
                    "processed."
                )
        dispatcher.utter_message(text=text)
        return [SlotSet("order_number", number)]


def cannot_cancel_text(order: Order, today: date, window_days: int) -> str:
    """Why an order can no longer be cancelled, and what the customer can do."""
    number = order.number
    if order.status is OrderStatus.CANCELLED:
        assert order.cancelled_on is not None
        return (
            f"Order {number} was already cancelled "
            f"{format_day(order.cancelled_on, today)}, so there's nothing to cancel."
        )
    if order.status is OrderStatus.DELIVERED:
        assert order.delivered_on is not None
        return (
            f"Order {number} was delivered {format_day(order.delivered_on, today)}, "
            f"so it can't be cancelled. You can return items within {window_days} "
            "days of delivery: just say you'd like to start a return."
        )
    assert order.shipped_on is not None
    return (
        f"I can't cancel order {number}: it left our warehouse "
        f"{format_day(order.shipped_on, today)} {tracking_text(order)}. Once it "
        f"arrives you can send it back within {window_days} days for a refund; just "
        "say you'd like to start a return."
    )


def cannot_redirect_text(order: Order, today: date) -> str:
    """Why an order's delivery address can no longer be changed."""
    number = order.number
    if order.status is OrderStatus.CANCELLED:
        return f"Order {number} was cancelled, so there's no delivery to change."
    if order.status is OrderStatus.DELIVERED:
        assert order.delivered_on is not None
        return (
            f"Order {number} was already delivered "
            f"{format_day(order.delivered_on, today)}, so its address can't be "
            "changed."
        )
    assert order.shipped_on is not None
    return (
        f"I can't change the address for order {number}: it left our warehouse "
        f"{format_day(order.shipped_on, today)} {tracking_text(order)}. The carrier "
        "may let you redirect it from their tracking page."
    )


class ActionCancelOrder(StoreAction):
    """Cancels an order that has not shipped; otherwise explains and offers a return."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_cancel_order"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Cancels the order in the slot when it is still in the warehouse."""
        found = self.order_in_slot(dispatcher, tracker)
        if found is None:
            return [SlotSet("order_number", None)]
        number, order = found
        today = self.store.today()
        if order.status is OrderStatus.CANCELLED or order.has_shipped:
            logger.info("cancel refused for %s (%s)", number, order.status.value)
            dispatcher.utter_message(
                text=cannot_cancel_text(order, today, self.store.return_window_days)
            )
            return [SlotSet("order_number", number)]
        try:
            cancelled = self.store.cancel_order(number, CANCEL_REASON)
        except StoreError:
            logger.exception("cancelling %s failed", number)
            dispatcher.utter_message(
                text=(
                    f"Something went wrong on our side while cancelling order "
                    f"{number}, and it is not cancelled yet. Please ask for a person "
                    "and they'll sort it out."
                )
            )
            return [SlotSet("order_number", number)]
        logger.info("order %s cancelled", number)
        dispatcher.utter_message(
            text=(
                f"Order {number} is cancelled. The full "
                f"{format_money(cancelled.total)} goes back to your original "
                "payment method, and you'll get a confirmation email."
            )
        )
        return [SlotSet("order_number", number)]


class ActionChangeAddress(StoreAction):
    """Changes the delivery address of an order that has not shipped."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_change_address"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Saves the new address when the order is still in the warehouse."""
        reset = [SlotSet("new_address", None)]
        found = self.order_in_slot(dispatcher, tracker)
        if found is None:
            return [SlotSet("order_number", None), *reset]
        number, order = found
        today = self.store.today()
        if order.status is OrderStatus.CANCELLED or order.has_shipped:
            dispatcher.utter_message(text=cannot_redirect_text(order, today))
            return [SlotSet("order_number", number), *reset]
        address = " ".join(str(tracker.get_slot("new_address") or "").split())
        if not address:
            dispatcher.utter_message(
                text=f"I didn't get a new address, so order {number} still goes to "
                "the address on the order."
            )
            return [SlotSet("order_number", number), *reset]
        self.store.change_address(number, address)
        logger.info("order %s address changed", number)
        shown = "the new address" if is_public(tracker) else address
        dispatcher.utter_message(
            text=f"Done: order {number} will now be delivered to {shown}. "
            "You'll get an email confirming the change."
        )
        return [SlotSet("order_number", number), *reset]
