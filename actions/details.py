"""A detail given out of the blue: a bare order number, product or size.

Inside a form a detail fills the slot that was asked for. Outside one, a customer who
types just "104233" wants that order's status; a product alone is met with what the
bot can do for it; anything else (including junk that looks like a detail) gets the
request to rephrase, so there is always a reply.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.order_numbers import parse_order_number
from actions.orders import ActionCheckOrderStatus


def product_prompt(product: str) -> str:
    """What the bot offers for a product named on its own."""
    return (
        f"What would you like to know about the {product}? I can check whether it's "
        "in stock in your size and colour, or help with a return."
    )


class ActionBareDetail(ActionCheckOrderStatus):
    """Uses a detail given outside any form, or asks the customer to rephrase."""

    def name(self) -> str:
        """The action's name in domain.yml."""
        return "action_bare_detail"

    async def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        """An order number is looked up; a product is met with an offer."""
        numbers = tracker.get_latest_entity_values("order_number")
        if any(parse_order_number(value) for value in numbers):
            return await super().answer(dispatcher, tracker, domain)
        product = next(tracker.get_latest_entity_values("product"), None)
        if product:
            dispatcher.utter_message(text=product_prompt(str(product)))
            return []
        dispatcher.utter_message(response="utter_default")
        return []
