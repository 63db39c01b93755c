"""FAQ questions get Rasa's selector's answer; other messages get none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa.core.agent import load_agent
from rasa.nlu.selectors.response_selector import ResponseSelector

from bot.faq_selector import FaqResponseSelector

pytestmark = pytest.mark.model

FAQS = ["do you ship to canada", "can I pay with paypal", "how do I reset my password"]
OTHERS = ["hi there", "where is my order 104233", "do you have boots in size 9"]


async def test_faq_questions_get_rasas_answer_and_others_none(
    trained_model: Path,
) -> None:
    agent = await load_agent(model_path=str(trained_model))
    assert agent.processor is not None
    nodes = [
        node
        for node in agent.processor.graph_runner._instantiated_nodes.values()
        if isinstance(node._component, FaqResponseSelector)
    ]
    assert len(nodes) == 1

    async def selected(texts: list[str]) -> list[Any]:
        parsed = [await agent.parse_message(text) for text in texts]
        return [(p["intent"]["name"], p.get("response_selector")) for p in parsed]

    ours_faqs, ours_others = await selected(FAQS), await selected(OTHERS)
    nodes[0]._fn = ResponseSelector.process  # what Rasa's selector would add
    rasas_faqs, rasas_others = await selected(FAQS), await selected(OTHERS)

    assert ours_faqs == rasas_faqs
    assert all(intent == "faq" and answer for intent, answer in ours_faqs)
    keys = [
        answer["default"]["response"]["intent_response_key"] for _, answer in ours_faqs
    ]
    assert keys == [
        "faq/shipping_countries",
        "faq/payment_methods",
        "faq/password_reset",
    ]
    assert [intent for intent, _ in ours_others] == [i for i, _ in rasas_others]
    assert all(answer is None for _, answer in ours_others)
    assert all(answer is not None for _, answer in rasas_others)
