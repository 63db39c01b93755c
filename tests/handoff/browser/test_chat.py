"""The web chat in real headless Chromium: bot replies, buttons, live agent replies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests
from playwright.sync_api import Page, expect

from tests.handoff.browser.backend import PASSWORD

pytestmark = pytest.mark.browser


def agent_api(hub_url: str) -> Callable[..., requests.Response]:
    """Signs ``ben`` in over the JSON API; returns a POST helper with his token."""
    token = requests.post(
        f"{hub_url}/api/login",
        json={"username": "ben", "password": PASSWORD},
        timeout=10,
    ).json()["token"]

    def post(path: str, body: dict[str, Any]) -> requests.Response:
        response = requests.post(
            f"{hub_url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        response.raise_for_status()
        return response

    return post


def open_chat(new_page: Callable[[], Page], hub_url: str, sender: str) -> Page:
    """Opens the web chat as a customer and waits for its socket."""
    page = new_page()
    page.goto(f"{hub_url}/chat?sender={sender}")
    expect(page.locator("body[data-live=true]")).to_have_count(1)
    return page


def say(page: Page, text: str) -> None:
    """Types and sends one customer message."""
    page.get_by_label("Your message").fill(text)
    page.get_by_role("button", name="Send").click()


def test_bot_reply_shows_buttons_and_a_button_sends_its_payload(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    page = open_chat(new_page, hub_url, "buttons01")
    say(page, "hello")
    expect(page.locator(".bubble-bot")).to_contain_text("Happy to help")
    page.get_by_role("button", name="Track my order").click()
    expect(page.locator(".bubble-customer").last).to_have_text("Track my order")
    expect(page.locator(".bubble-bot")).to_have_count(2)
    expect(page.get_by_role("button", name="Start a return").first).to_be_disabled()


def test_web_chat_receives_the_agent_reply_live(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    page = open_chat(new_page, hub_url, "livechat01")
    say(page, "can I talk to an agent")
    expect(page.locator(".bubble-bot")).to_contain_text("passing you to a member")
    expect(page.locator("#status")).to_have_text(
        "You're number 1 in line, about 2 minutes to wait."
    )

    post = agent_api(hub_url)
    post("/api/conversations/webchat:livechat01/claim", {})
    expect(page.locator("#status")).to_have_text("A member of our team is with you")
    post(
        "/api/conversations/webchat:livechat01/messages",
        {"text": "Hi, Ben here. <b>Let me look.</b>", "private": False},
    )
    agent_bubble = page.locator(".bubble-agent")
    expect(agent_bubble.locator(".text")).to_have_text(
        "Hi, Ben here. <b>Let me look.</b>"
    )
    expect(agent_bubble.locator("b")).to_have_count(0)

    say(page, "thank you")
    expect(page.locator(".bubble-customer").last).to_have_text("thank you")
    expect(page.locator(".bubble-bot")).to_have_count(1)  # the bot stays quiet


def test_another_customers_agent_reply_never_reaches_this_chat(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    mine = open_chat(new_page, hub_url, "isolated01")
    other = open_chat(new_page, hub_url, "isolated02")
    say(mine, "agent please")
    say(other, "agent please")
    expect(other.locator(".bubble-bot")).to_have_count(1)
    post = agent_api(hub_url)
    post("/api/conversations/webchat:isolated02/claim", {})
    post(
        "/api/conversations/webchat:isolated02/messages",
        {"text": "Only for the second customer", "private": False},
    )
    expect(other.locator(".bubble-agent")).to_have_count(1)
    expect(mine.get_by_text("Only for the second customer")).to_have_count(0)


def test_a_rate_limited_message_is_kept_and_answered_with_a_notice(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    page = open_chat(new_page, hub_url, "ratelimit01")
    for n in range(5):
        say(page, f"message {n}")
        expect(page.locator(".bubble-bot")).to_have_count(n + 1)
    say(page, "the sixth one")
    expect(page.locator(".bubble-bot").last).to_contain_text("faster than we can take")
    expect(page.locator(".bubble-customer").last).to_have_text("the sixth one")
