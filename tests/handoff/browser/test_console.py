"""The agent console in real headless Chromium against the hub's web side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Dialog, Page, expect

from tests.handoff.browser.backend import PASSWORD

pytestmark = pytest.mark.browser


def customer_says(
    hub_url: str, sender: str, text: str, name: str = "Maya"
) -> list[dict[str, object]]:
    """Sends one message on the REST channel, as a customer's client would."""
    response = requests.post(
        f"{hub_url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text, "metadata": {"first_name": name}},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def sign_in(page: Page, hub_url: str, username: str = "ana") -> None:
    """Opens the console and signs in; waits for the live connection."""
    page.goto(f"{hub_url}/console")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#conn")).to_have_text("Live")


def test_wrong_password_is_refused_with_a_clear_message(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    page = new_page()
    page.goto(f"{hub_url}/console")
    page.get_by_label("Username").fill("ana")
    page.get_by_label("Password").fill("not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#login-error")).to_have_text("Wrong username or password.")
    expect(page.locator("#app-view")).to_be_hidden()


def test_agent_claims_replies_and_sees_the_customer_live(
    hub_url: str, new_page: Callable[[], Page], artifacts_dir: Path
) -> None:
    page = new_page()
    sign_in(page, hub_url)

    customer_says(hub_url, "maya", "where is my order 104233, I want an agent")
    expect(page.locator("#alert")).to_have_text(
        "New handoff: rest:maya is waiting (explicit request)."
    )
    row = page.locator("#queue .queue-item", has_text="Maya")
    expect(row).to_contain_text("explicit request")
    expect(row).to_contain_text("annoyed")
    expect(page.locator("#queue-count")).to_have_text("1")

    row.click()
    expect(page.locator("#brief")).to_contain_text("Customer asked for a person")
    expect(page.locator("#brief svg.spark circle")).to_have_count(3)
    page.get_by_role("button", name="Claim").click()
    expect(page.locator("#convo-status")).to_have_text("agent · ana")

    page.get_by_label("Insert a snippet").select_option(label="Checking")
    expect(page.locator("#reply")).to_have_value(
        "Give me a moment while I check your order details."
    )
    page.locator("#reply").fill("Hi Maya, I'm looking at order 104233 now.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#transcript .msg-agent")).to_contain_text("looking at order")

    replies = customer_says(hub_url, "maya", "thanks, it was due on Friday")
    assert replies == []  # human-owned: the bot stays quiet
    expect(page.locator("#transcript .msg-customer .msg-text").last).to_have_text(
        "thanks, it was due on Friday"
    )
    page.screenshot(path=str(artifacts_dir / "console-claimed.png"), full_page=True)

    page.get_by_role("button", name="Resolve · bot resumes").click()
    expect(page.locator("#convo-status")).to_have_text("bot")
    expect(page.locator("#mine li")).to_have_count(0)


def test_private_note_is_marked_and_never_reaches_the_web_chat(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    chat = new_page()
    chat.goto(f"{hub_url}/chat?sender=notetest1&name=Lea")
    expect(chat.locator("body[data-live=true]")).to_have_count(1)
    chat.get_by_label("Your message").fill("I need an agent please")
    chat.get_by_role("button", name="Send").click()
    expect(chat.locator("#status")).to_contain_text("number 1 in line")

    page = new_page()
    sign_in(page, hub_url)
    page.locator("#queue .queue-item", has_text="Lea").click()
    page.get_by_role("button", name="Claim").click()
    page.get_by_label("Private note (never sent)").check()
    page.locator("#reply").fill("Customer sounds upset; check courier.")
    page.get_by_role("button", name="Add note").click()
    note = page.locator("#transcript .msg-note")
    expect(note).to_contain_text("Private note")
    expect(note).to_contain_text("check courier")
    page.locator("#reply").fill("Hello Lea, I'm here.")
    page.get_by_role("button", name="Send").click()
    expect(chat.locator(".bubble-agent")).to_contain_text("Hello Lea")
    expect(chat.get_by_text("check courier")).to_have_count(0)


def test_markup_in_a_customer_message_is_shown_as_text_and_never_runs(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    page = new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    sign_in(page, hub_url)
    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script> agent now'
    customer_says(hub_url, "mallory", attack, name="Mallory")
    row = page.locator("#queue .queue-item", has_text="Mallory")
    expect(row.locator(".last")).to_have_text(attack)
    row.click()
    expect(page.locator("#transcript .msg-customer .msg-text").first).to_have_text(
        attack
    )
    expect(page.locator("#brief q")).to_contain_text("<img src=x")
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert (
        page.locator(
            "#transcript img, #queue img, #brief img, script:not([src])"
        ).count()
        == 0
    )


def test_second_claim_is_refused_and_transfer_hands_it_over(
    hub_url: str, new_page: Callable[[], Page]
) -> None:
    customer_says(hub_url, "omar", "agent please, my parcel is lost", name="Omar")
    ana, ben = new_page(), new_page()
    sign_in(ana, hub_url, "ana")
    sign_in(ben, hub_url, "ben")
    ana.locator("#queue .queue-item", has_text="Omar").click()
    ben.locator("#queue .queue-item", has_text="Omar").click()
    ana.get_by_role("button", name="Claim").click()
    expect(ana.locator("#convo-status")).to_have_text("agent · ana")
    expect(ben.locator("#convo-status")).to_have_text("agent · ana")  # pushed live
    ben.get_by_role("button", name="Claim").click()
    expect(ben.locator("#action-error")).to_contain_text("Someone else already holds")
    expect(ben.locator("#reply")).to_be_disabled()

    ana.get_by_label("Transfer to agent").fill("ben")
    ana.get_by_role("button", name="Transfer", exact=True).click()
    expect(ben.locator("#alert")).to_have_text("rest:omar was transferred to you.")
    expect(ben.locator("#convo-status")).to_have_text("agent · ben")
    expect(ben.locator("#reply")).to_be_enabled()
    expect(ana.locator("#reply")).to_be_disabled()

    ben.get_by_role("button", name="Back to queue").click()
    expect(ana.locator("#queue .queue-item", has_text="Omar")).to_have_count(1)
