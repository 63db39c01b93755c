"""Mirrors hub events into the agents' forum topics.

Runs as one task per hub process. With several hub processes every one receives
each event; :class:`~handoff.telegram.store.SeenOnce` lets exactly one mirror it.
"""

from __future__ import annotations

import logging
from typing import Any

from handoff.telegram import naming
from handoff.telegram.ports import EventKind, HubEvent, HubPort, MediaRef
from handoff.telegram.sender import Sender
from handoff.telegram.store import SeenOnce, TopicStore

logger = logging.getLogger(__name__)

MAX_MESSAGE = 4096
COMMANDS_HELP = (
    "Write here to answer the customer. /claim · /note <text> (private) · "
    "/transfer [agent] · /resolve (back to the bot) · /close"
)


def brief_text(conversation_id: str, customer: str, handoff: dict[str, Any]) -> str:
    """The agent brief, the first post of a topic (plain text, never markup)."""
    signals = ", ".join(
        f"{s.get('name')} ({float(s.get('weight') or 0):.2f}: {s.get('evidence', '')})"
        for s in handoff.get("signals") or []
    )
    history = " → ".join(f"{float(x):.2f}" for x in handoff.get("score_history") or [])
    lines = [
        f"Customer: {customer} ({conversation_id})",
        f"Reason: {handoff.get('reason', 'unknown')}"
        f" · level {handoff.get('level', '?')}"
        f" · score {float(handoff.get('score') or 0):.2f}"
        + (" · complaint" if handoff.get("complaint") else ""),
        f"Topic: {handoff.get('topic') or '-'}",
        f"Signals: {signals or '-'}",
        f"Score across the conversation: {history or '-'}",
        "",
        str(handoff.get("brief") or ""),
        "",
        COMMANDS_HELP,
    ]
    return "\n".join(lines)


def fit(text: str) -> str:
    """Text cut to Telegram's message limit, marked when cut."""
    if len(text) <= MAX_MESSAGE:
        return text
    return text[: MAX_MESSAGE - 1] + "…"


def _is_telegram_agent(data: dict[str, Any]) -> bool:
    """True when the event came from an agent writing in the topic itself."""
    return str(data.get("agent") or "").startswith("telegram:")


class TopicMirror:
    """Keeps each handed-off conversation's topic in step with the hub.

    Args:
        hub: Where events come from.
        sender: Bot API calls with retries.
        topics: The conversation <-> topic mapping.
        seen: Exactly-once guard across hub processes.
        chat_id: The agents' supergroup.
    """

    def __init__(
        self,
        hub: HubPort,
        sender: Sender,
        topics: TopicStore,
        seen: SeenOnce,
        chat_id: int,
    ) -> None:
        self._hub = hub
        self._sender = sender
        self._topics = topics
        self._seen = seen
        self._chat_id = chat_id

    async def run(self) -> None:
        """Mirrors events until cancelled; one failing event never stops the loop."""
        async for event in self._hub.events():
            try:
                if await self._seen.first_event(event.id):
                    await self.handle(event)
            except Exception:
                logger.error("mirroring %s failed", event.kind.value, exc_info=True)

    async def handle(self, event: HubEvent) -> None:
        """Mirrors one event."""
        if event.kind == EventKind.QUEUED:
            await self._queued(event)
            return
        topic = await self._topics.get(event.conversation_id)
        if topic is None:
            return
        data = event.data
        agent = str(data.get("agent") or "someone")
        if event.kind == EventKind.CLAIMED:
            await self._rename(event.conversation_id, f"with {agent}")
            await self._post(topic.thread_id, f"Claimed by {agent}.")
        elif event.kind == EventKind.CUSTOMER_MESSAGE:
            await self._customer_message(topic.thread_id, data)
        elif event.kind == EventKind.AGENT_MESSAGE and not _is_telegram_agent(data):
            await self._agent_message(topic.thread_id, agent, data)
        elif event.kind == EventKind.NOTE and not _is_telegram_agent(data):
            await self._post(
                topic.thread_id, f"📝 Note by {agent}: {data.get('text', '')}"
            )
        elif event.kind == EventKind.TRANSFERRED:
            to = data.get("to")
            await self._rename(event.conversation_id, f"with {to}" if to else "queued")
            await self._post(
                topic.thread_id, f"{agent} transferred it to {to or 'the queue'}."
            )
        elif event.kind in (EventKind.RESOLVED, EventKind.CLOSED):
            done = "resolved" if event.kind == EventKind.RESOLVED else "closed"
            await self._rename(event.conversation_id, done)
            back = " The bot answers again." if done == "resolved" else ""
            await self._post(topic.thread_id, f"{agent} {done} it.{back}")
            if not await self._topics.set_closed(event.conversation_id, True):
                await self._sender.call(
                    "close_forum_topic",
                    chat_id=self._chat_id,
                    message_thread_id=topic.thread_id,
                )

    async def _queued(self, event: HubEvent) -> None:
        """Creates the topic and posts the brief; a re-queue renames and reopens.

        A new handoff carries its payload (``handoff``); a transfer back to the
        queue may carry only ``reason``/``level``, and then the topic keeps its
        priority and brief.
        """
        data = event.data
        handoff = dict(data.get("handoff") or {})
        for key in ("reason", "level", "score", "priority"):
            if data.get(key) is not None and key not in handoff:
                handoff[key] = data[key]
        band = naming.priority_band(handoff)
        customer = naming.customer_label(data.get("first_name"), event.conversation_id)
        reason = str(handoff.get("reason") or "handoff")
        name = naming.topic_name(band, customer, reason, "queued")

        async def create(topic_name: str, colour: int) -> int:
            created = await self._sender.call(
                "create_forum_topic",
                chat_id=self._chat_id,
                name=topic_name,
                icon_color=colour,
            )
            if created is None:
                raise RuntimeError("createForumTopic failed every attempt")
            return int(created.message_thread_id)

        topic, created = await self._topics.ensure(
            event.conversation_id, name, naming.icon_colour(band), create
        )
        new_handoff = bool(data.get("handoff"))
        if created or new_handoff:
            await self._topics.save_meta(event.conversation_id, band, customer, reason)
        if not created:
            if await self._topics.set_closed(event.conversation_id, False):
                await self._sender.call(
                    "reopen_forum_topic",
                    chat_id=self._chat_id,
                    message_thread_id=topic.thread_id,
                )
            await self._rename(event.conversation_id, "queued")
        if created or new_handoff:
            await self._post(
                topic.thread_id, brief_text(event.conversation_id, customer, handoff)
            )

    async def _customer_message(self, thread_id: int, data: dict[str, Any]) -> None:
        """A customer's text during a handoff, posted in the topic.

        Telegram media is copied into the topic by the handler that received it
        (see :func:`handoff.telegram.customer.route`), not from events.
        """
        if data.get("text"):
            await self._post(thread_id, f"👤 {data['text']}")

    async def _agent_message(
        self, thread_id: int, agent: str, data: dict[str, Any]
    ) -> None:
        """An agent's reply from the console, shown in the topic."""
        media = MediaRef.from_dict(data.get("media"))
        if media is not None:
            await self._sender.call(
                "copy_message",
                chat_id=self._chat_id,
                from_chat_id=media.chat_id,
                message_id=media.message_id,
                message_thread_id=thread_id,
            )
        else:
            who = agent if data.get("agent") else "🤖 hub"
            await self._post(thread_id, f"💬 {who}: {data.get('text', '')}")

    async def _rename(self, conversation_id: str, state: str) -> None:
        """Renames the topic for a new state (priority, customer and reason kept)."""
        topic = await self._topics.get(conversation_id)
        meta = await self._topics.meta(conversation_id)
        if topic is None or meta is None:
            return
        band, customer, reason = meta
        name = naming.topic_name(band, customer, reason, state)
        if name == topic.name:
            return
        await self._sender.call(
            "edit_forum_topic",
            chat_id=self._chat_id,
            message_thread_id=topic.thread_id,
            name=name,
        )
        await self._topics.rename(conversation_id, name)

    async def _post(self, thread_id: int, text: str) -> None:
        """Posts plain text in a topic (cut to Telegram's 4096 characters)."""
        await self._sender.call(
            "send_message",
            chat_id=self._chat_id,
            text=fit(text),
            message_thread_id=thread_id,
        )
