"""Returns and refunds: starting a return for an order item, and refund status."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import StoreAction
from actions.clients.models import Order, OrderStatus, Refund, RefundStatus
from actions.clients.store import StoreError
from actions.formatting import format_day, format_money
from actions.matching import match_order_line
from actions.order_numbers import parse_order_number
from actions.orders import items_text

logger = logging.getLogger(__name__)

RETURN_POST_DAYS = 14  # days the customer has to post a booked return
MAX_REASON_LENGTH = 300


def return_deadline(order: Order, window_days: int) -> date | None:
    """The last day a return can be started, or None when not delivered."""
    if order.delivered_on is None:
        return None
    return order.delivered_on + timedelta(days=window_days)


def return_blocker(order: Order, today: date, window_days: int) -> str | None:
    """Why the order can't be returned now, or None when a return can start.

    Args:
        order: The order.
        today: Today's date.
        window_days: Days after delivery during which returns are accepted.

    Returns:
        A reply explaining why not, and what to do instead; None when returnable.
    """
    number = order.number
    if order.status is OrderStatus.CANCELLED:
        return f"Order {number} was cancelled, so there's nothing to send back."
    if not order.has_shipped:
        return (
            f"Order {number} hasn't left our warehouse yet, so there's nothing to "
            "return. If you don't want it any more I can cancel it instead."
        )
    if order.status is not OrderStatus.DELIVERED:
        return (
            f"Order {number} is still on its way. Once it's delivered you'll have "
            f"{window_days} days to start a return."
        )
    deadline = return_deadline(order, window_days)
    assert deadline is not None and order.delivered_on is not None
    if today > deadline:
        return (
            f"Order {number} was delivered {format_day(order.delivered_on, today)}, "
            f"and our {window_days}-day return window closed on "
            f"{format_day(deadline, today)}, so I can't start a return for it. If an "
            "item is faulty, ask for a person and they'll look at it with you."
        )
    return None


class ActionStartReturn(StoreAction):
    """Records a return for one item of a delivered order and gives a reference."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_start_return"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Checks the order, the item and the window, then records the return."""
        reset: list[EventType] = [
            SlotSet("return_item", None),
            SlotSet("return_reason", None),
        ]
        found = self.order_in_slot(dispatcher, tracker)
        if found is None:
            return [SlotSet("order_number", None), *reset]
        number, order = found
        today = self.store.today()
        window = self.store.return_window_days
        blocker = return_blocker(order, today, window)
        if blocker:
            logger.info("return refused for %s (%s)", number, order.status.value)
            dispatcher.utter_message(text=blocker)
            return [SlotSet("order_number", number), *reset]
        line = match_order_line(
            tracker.get_slot("return_item"), order.lines, self.store.products()
        )
        if line is None:
            dispatcher.utter_message(
                text=(
                    f"I couldn't tell which item from order {number} you'd like to "
                    f"return, so I haven't booked anything. The order has "
                    f"{items_text(order)}. Start a return again and name one of "
                    "them, or ask for a person."
                )
            )
            return [SlotSet("order_number", number), *reset]
        reason = " ".join(str(tracker.get_slot("return_reason") or "").split())
        reason = reason[:MAX_REASON_LENGTH] or "not given"
        existing = {r.line_no: r for r in self.store.returns_for_order(number)}
        if line.line_no in existing:
            dispatcher.utter_message(
                text=(
                    f"There's already a return for the {line.describe()} from order "
                    f"{number}: reference {existing[line.line_no].reference}."
                )
            )
            return [SlotSet("order_number", number), *reset]
        try:
            record = self.store.record_return(number, line.line_no, reason)
        except StoreError:
            logger.exception("recording a return for %s failed", number)
            dispatcher.utter_message(
                text="Something went wrong on our side and the return isn't booked "
                "yet. Please ask for a person and they'll finish it for you."
            )
            return [SlotSet("order_number", number), *reset]
        logger.info("return %s recorded", record.reference)
        post_by = format_day(today + timedelta(days=RETURN_POST_DAYS), today)
        amount = format_money(line.price * line.quantity)
        dispatcher.utter_message(
            text=(
                f"Your return for the {line.describe()} from order {number} is "
                f"booked. Your return reference is {record.reference}. We've emailed "
                f"you a returns label; please post the item by {post_by}. Once "
                f"we've checked it, {amount} goes back to your original payment "
                "method."
            )
        )
        return [SlotSet("order_number", number), *reset]


def refund_text(refund: Refund, today: date) -> str:
    """Describes one refund: what it's for, its status and dates."""
    what = (
        f"return {refund.return_reference}"
        if refund.return_reference
        else "the cancelled order"
    )
    amount = format_money(refund.amount)
    if refund.status is RefundStatus.ISSUED:
        assert refund.issued_on is not None
        return (
            f"The refund of {amount} for {what} was sent "
            f"{format_day(refund.issued_on, today)}. Banks usually take 3 to 5 "
            "working days to show it."
        )
    if refund.status is RefundStatus.APPROVED:
        return (
            f"The refund of {amount} for {what} is approved and will be sent to your "
            "original payment method within 2 working days."
        )
    return (
        f"The refund of {amount} for {what} is pending: we haven't received and "
        "checked the item yet. It's approved once it arrives, usually within 5 "
        "working days of you posting it."
    )


class ActionRefundStatus(StoreAction):
    """Says where the refunds of an order are (returns and cancellations)."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_refund_status"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Looks up the refunds of the order in the slot."""
        found = self.order_in_slot(dispatcher, tracker)
        if found is None:
            return [SlotSet("order_number", None)]
        number, order = found
        refunds = self.store.refunds_for_order(number)
        today = self.store.today()
        if refunds:
            text = " ".join(refund_text(refund, today) for refund in refunds)
        elif order.status is OrderStatus.CANCELLED:
            text = (
                f"Order {number} was cancelled before any payment was taken "
                f"({order.cancel_reason}), so there's nothing to refund."
            )
        else:
            text = (
                f"There's no return or refund on order {number} yet. If you'd like "
                "to send something back, I can start a return for you."
            )
        dispatcher.utter_message(text=text)
        return [SlotSet("order_number", number)]


class ActionAskReturnItem(StoreAction):
    """Asks which item to return, listing what is on the order (`return_form`)."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_ask_return_item"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """Lists the order's items and asks which one goes back."""
        number = parse_order_number(tracker.get_slot("order_number"))
        order = self.store.get_order(number) if number else None
        if order is None:
            dispatcher.utter_message(text="Which item would you like to return?")
            return []
        returned = {r.line_no for r in self.store.returns_for_order(order.number)}
        open_lines = tuple(line for line in order.lines if line.line_no not in returned)
        listed = items_text(replace(order, lines=open_lines or order.lines))
        dispatcher.utter_message(
            text=f"Which item from order {order.number} would you like to return? "
            f"It has {listed}."
        )
        return []
