"""action_greet: by first name from the message metadata when present."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.greeting import ActionGreet, clean_first_name

from .conftest import make_tracker, only_text


async def test_greets_by_first_name(
    dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = make_tracker(
        text="hi", intent="greet", metadata={"channel": "telegram", "first_name": "Ana"}
    )
    events = await ActionGreet().run(dispatcher, tracker, domain)
    text = only_text(dispatcher)
    assert text.startswith("Hi Ana! I'm the Stitch & Sole assistant.")
    assert "check an order" in text and "start a return" in text
    assert events == []


@pytest.mark.parametrize(
    "metadata",
    [None, {}, {"channel": "rest"}, {"first_name": ""}, {"first_name": 42}],
)
async def test_greets_without_a_name_when_none_is_usable(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], metadata: Any
) -> None:
    tracker = make_tracker(text="hello", intent="greet", metadata=metadata)
    await ActionGreet().run(dispatcher, tracker, domain)
    assert only_text(dispatcher).startswith("Hi! I'm the Stitch & Sole assistant.")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Zoë  ", "Zoë"),
        ("Mary\nJane", "Mary Jane"),
        ("<b>Bob</b>", None),
        ("{name}", None),
        ("@@@", None),
        ("1234", None),
        ("A" * 41, None),
        ("José-María", "José-María"),
        ("\u202eevil", "evil"),
    ],
)
def test_clean_first_name(raw: str, clean: str | None) -> None:
    assert clean_first_name(raw) == clean
