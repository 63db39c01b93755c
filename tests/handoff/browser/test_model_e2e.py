"""The console in headless Chromium against real processes and the trained model.

Redis, the action server, Rasa (newest model) and a hub process (``python -m
handoff serve``) all run for real; the customer writes on the REST channel until
the bot hands off, and an agent takes it from the console.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Page, expect

from tests.support.fixtures import HubStarter, add_agent

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.model]

PASSWORD = "console e2e password"


@pytest.fixture(scope="module")
def model_hub(start_hub: HubStarter, rasa_server: str, live_redis_url: str) -> str:
    """A hub process fronting the real Rasa, with agent ``cora``."""

    add_agent(live_redis_url, "cora", PASSWORD)
    url, _ = start_hub(rasa_url=rasa_server)
    return url


def say(hub: str, sender: str, text: str) -> list[dict[str, object]]:
    """One customer message on the REST channel."""
    response = requests.post(
        f"{hub}/webhooks/rest/webhook",
        json={"sender": sender, "message": text, "metadata": {"first_name": "Nora"}},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return list(response.json())


def test_agent_takes_a_real_handoff_and_sees_the_customer_live(
    model_hub: str, new_page: Callable[[], Page], artifacts_dir: Path
) -> None:
    page = new_page()
    page.goto(f"{model_hub}/console")
    page.get_by_label("Username").fill("cora")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#conn")).to_have_text("Live")

    sender = f"nora{uuid.uuid4().hex[:6]}"
    assert say(model_hub, sender, "hello")  # the bot answers a greeting
    say(
        model_hub,
        sender,
        "This is the third time my order is late, I want to talk to a real person",
    )
    row = page.locator("#queue .queue-item", has_text="Nora")
    expect(row).to_have_count(1, timeout=15_000)
    row.click()
    expect(page.locator("#brief .facts")).to_contain_text("Reason")
    expect(page.locator("#brief")).to_contain_text("Before the handoff")
    page.get_by_role("button", name="Claim").click()
    expect(page.locator("#convo-status")).to_have_text("agent · cora")

    page.locator("#reply").fill("Hi Nora, I'm Cora. I'm sorry about the delays.")
    page.get_by_role("button", name="Send").click()
    # Stored once the hub echoes it to the console; the customer's next REST call
    # then carries it (a reply stored after that call waits for the following one).
    expect(page.locator("#transcript .msg-agent .msg-text").last).to_have_text(
        "Hi Nora, I'm Cora. I'm sorry about the delays."
    )
    answer = say(model_hub, sender, "ok, order 104233")
    assert [m["text"] for m in answer] == [
        "Hi Nora, I'm Cora. I'm sorry about the delays."
    ]
    expect(page.locator("#transcript .msg-customer .msg-text").last).to_have_text(
        "ok, order 104233"
    )
    page.screenshot(path=str(artifacts_dir / "console-model-e2e.png"), full_page=True)

    page.get_by_role("button", name="Resolve · bot resumes").click()
    expect(page.locator("#mine li")).to_have_count(0)
    assert say(model_hub, sender, "hello")  # the bot answers again
