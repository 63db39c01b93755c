"""Telegram for customers and agents, built with python-telegram-bot 22.

Use it from the hub's app factory::

    from handoff.telegram import TelegramSettings, setup_telegram

    setup_telegram(app, TelegramSettings.from_env(), hub=get_hub, redis=get_redis)

``setup_telegram`` adds ``POST /telegram/webhook`` and a ``cleanup_ctx`` that builds the
PTB ``Application`` once, starts it (webhook or long polling), mirrors hub events into
the agents' forum topics, and stops it on shutdown. The hub is reached only through the
:class:`~handoff.telegram.ports.HubPort` protocol.
"""

from handoff.telegram.ports import HubEvent, HubPort, InboundMessage, RouteResult
from handoff.telegram.settings import TelegramSettings
from handoff.telegram.web import setup_telegram

__all__ = [
    "HubEvent",
    "HubPort",
    "InboundMessage",
    "RouteResult",
    "TelegramSettings",
    "setup_telegram",
]
