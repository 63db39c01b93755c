"""What the Telegram side needs from the hub, and what the hub gets back.

The hub's router implements :class:`HubPort`; the Telegram side never touches the
hub's Redis state directly, so the console and Telegram always see the same state.
State changes made anywhere (console, API, Telegram) come back as :class:`HubEvent` s
from :meth:`HubPort.events`, which the Telegram side mirrors into forum topics.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol


class Owner(str, Enum):
    """Who owns a conversation (the hub's state machine)."""

    BOT = "bot"
    QUEUED = "queued"
    AGENT = "agent"
    RESOLVED = "resolved"
    CLOSED = "closed"


class EventKind(str, Enum):
    """Hub events the Telegram side mirrors."""

    QUEUED = "queued"  # data: handoff payload, customer name, priority
    CLAIMED = "claimed"  # data: agent
    CUSTOMER_MESSAGE = "customer_message"  # data: text, media (while human-owned)
    AGENT_MESSAGE = "agent_message"  # data: agent, text, media, source
    NOTE = "note"  # data: agent, text, source
    TRANSFERRED = "transferred"  # data: agent, to (None = back to the queue)
    RESOLVED = "resolved"  # data: agent
    CLOSED = "closed"  # data: agent


@dataclass(frozen=True)
class MediaRef:
    """A Telegram message holding media, copied (not downloaded) between chats.

    Attributes:
        kind: ``photo``, ``document``, ``voice``, ``sticker``, ``video``, ``audio``...
        chat_id: The chat the message lives in.
        message_id: Its id in that chat.
        file_name: A document's file name, when Telegram gives one.
    """

    kind: str
    chat_id: int
    message_id: int
    file_name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form, for transcripts and events."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
        }
        if self.file_name:
            out["file_name"] = self.file_name
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> MediaRef | None:
        """The inverse of :meth:`as_dict`; None for None or a foreign shape."""
        if not data or not {"kind", "chat_id", "message_id"} <= data.keys():
            return None
        name = data.get("file_name")
        return cls(
            str(data["kind"]),
            int(data["chat_id"]),
            int(data["message_id"]),
            str(name) if name else None,
        )


@dataclass(frozen=True)
class InboundMessage:
    """A customer message for the router.

    Attributes:
        conversation_id: ``telegram:<chat_id>``.
        text: The text or caption ("" for bare media); button payloads pass verbatim.
        metadata: ``{"channel": "telegram", "visibility": "private"}`` plus
            ``first_name`` when Telegram gives one.
        media: The media, if any.
    """

    conversation_id: str
    text: str
    metadata: dict[str, Any]
    media: MediaRef | None = None


@dataclass(frozen=True)
class RouteResult:
    """What the router did with an inbound message.

    Attributes:
        owner: The owner after routing (``bot`` when Rasa answered).
        replies: Messages for the customer in Rasa's REST shape (``text``,
            ``buttons``, ``image``, ``custom``); the hub's own notices included.
    """

    owner: Owner
    replies: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class HubEvent:
    """A state change or message the hub publishes on its event bus.

    Attributes:
        id: Unique per event (the same in every hub process that receives it).
        kind: What happened.
        conversation_id: Whose conversation.
        data: Kind-specific fields (see :class:`EventKind`).
    """

    id: str
    kind: EventKind
    conversation_id: str
    data: dict[str, Any] = field(default_factory=dict)


def event_from_wire(event: dict[str, Any]) -> HubEvent | None:
    """A hub event from the event bus's wire format (``handoff/events.py``).

    ``{"id", "kind", "conversation_id", "ts", "data"}``; kinds the Telegram side
    does not mirror (``queue_position``, ``bot_message``...) and malformed events
    give None.
    """
    try:
        kind = EventKind(event["kind"])
        return HubEvent(
            id=str(event["id"]),
            kind=kind,
            conversation_id=str(event["conversation_id"]),
            data=dict(event.get("data") or {}),
        )
    except (KeyError, ValueError, TypeError):
        return None


async def events_from_wire(
    wire: AsyncIterator[dict[str, Any]],
) -> AsyncIterator[HubEvent]:
    """Adapts ``EventBus.subscribe()`` to :meth:`HubPort.events`."""
    async for raw in wire:
        event = event_from_wire(raw)
        if event is not None:
            yield event


class ConversationHeldError(Exception):
    """Another agent holds the conversation."""


class HubPort(Protocol):
    """The router and state machine, as the Telegram side uses them."""

    async def customer_message(self, message: InboundMessage) -> RouteResult:
        """Stores, then routes a customer message (to Rasa when bot-owned).

        Bare media while the bot owns the chat is stored but not sent to Rasa; the
        result's owner tells the caller to answer honestly.
        """
        ...

    async def claim(self, conversation_id: str, agent: str) -> bool:
        """Assigns the conversation; False when another agent holds it."""
        ...

    async def agent_message(
        self, conversation_id: str, agent: str, text: str, media: MediaRef | None = None
    ) -> None:
        """Sends an agent's message to the customer (claims it when queued).

        Raises:
            ConversationHeldError: Another agent holds it.
        """
        ...

    async def note(self, conversation_id: str, agent: str, text: str) -> None:
        """Adds a private note (never sent to the customer)."""
        ...

    async def transfer(self, conversation_id: str, agent: str, to: str | None) -> None:
        """Hands the conversation to another agent, or back to the queue (None)."""
        ...

    async def resolve(self, conversation_id: str, agent: str) -> None:
        """Gives the conversation back to the bot (Rasa's tracker is resumed)."""
        ...

    async def close(self, conversation_id: str, agent: str) -> None:
        """Closes the conversation."""
        ...

    def register_channel(self, channel: str, adapter: CustomerChannel) -> None:
        """Makes the router deliver agent messages of ``<channel>:...`` via adapter."""
        ...

    def events(self) -> AsyncIterator[HubEvent]:
        """Every hub event from now on, until the hub stops."""
        ...


class CustomerChannel(Protocol):
    """What the router calls to deliver an agent's message to a customer."""

    async def deliver(self, conversation_id: str, message: dict[str, Any]) -> None:
        """Sends one message (Rasa REST shape, plus ``media``) to a customer."""
        ...
