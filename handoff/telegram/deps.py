"""The hub parts every handler needs, kept in PTB's ``bot_data``."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import ContextTypes

from handoff.telegram.ports import HubPort
from handoff.telegram.sender import Sender
from handoff.telegram.settings import TelegramSettings
from handoff.telegram.store import ButtonStore, SeenOnce, TopicStore

BOT_DATA_KEY = "uncanned"


@dataclass
class Deps:
    """Collaborators of the handlers (one per Application)."""

    settings: TelegramSettings
    hub: HubPort
    sender: Sender
    seen: SeenOnce
    buttons: ButtonStore
    topics: TopicStore | None  # None when no agents' group is configured


def deps(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    """The Deps stored by ``build_application``."""
    found = context.bot_data[BOT_DATA_KEY]
    assert isinstance(found, Deps)
    return found
