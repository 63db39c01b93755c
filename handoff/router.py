"""The router: store, then route every customer message; agents' actions.

Bot-owned messages go to Rasa; a ``custom.handoff`` payload in Rasa's answer, or a
Rasa failure, queues the conversation. Human-owned messages never reach Rasa: they
are published on the event bus for the console (and Telegram's agent side).

Usage::

    router = Router(store, bus, rasa, auth, settings)
    replies = await router.inbound("rest:alice", "hello", {"channel": "rest"})
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from handoff import notices
from handoff.auth import Auth
from handoff.events import EventBus, make_event
from handoff.keys import Status
from handoff.queue import estimated_wait, within_business_hours
from handoff.rasa_client import BotUnavailableError, RasaClient
from handoff.settings import Settings
from handoff.state import Store
from handoff.telegram.ports import (
    ConversationHeldError,
    CustomerChannel,
    EventKind,
    HubEvent,
    InboundMessage,
    MediaRef,
    Owner,
    RouteResult,
)

logger = logging.getLogger(__name__)

CALM_ENOUGH = -0.05  # VADER compound of the last customer message to ask for a rating
MEDIA_LABELS = {"voice": "voice message", "video_note": "video message"}


class TransitionError(Exception):
    """An agent action that the conversation's state does not allow.

    Attributes:
        status: The HTTP status that fits (403, 404 or 409).
        message: A clear message for the agent.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class RateLimitedError(Exception):
    """A customer is past the per-sender rate limit.

    The message is already stored (held, marked ``rate_limited``), so nothing is
    lost; the channel tells the customer :attr:`notice` (REST answers 429).

    Attributes:
        notice: The polite slow-down text for the customer.
    """

    def __init__(self, notice: str = notices.RATE_LIMITED) -> None:
        super().__init__(notice)
        self.notice = notice


def media_text(media: MediaRef, caption: str = "") -> str:
    """A readable stand-in for media in transcripts and the console.

    Args:
        media: The media reference.
        caption: The caption sent with it ("" for none).

    Returns:
        E.g. ``[photo] my broken heel`` or ``[document: receipt.pdf]``.
    """
    kind = MEDIA_LABELS.get(media.kind, media.kind.replace("_", " "))
    label = f"[{kind}: {media.file_name}]" if media.file_name else f"[{kind}]"
    return f"{label} {caption.strip()}" if caption.strip() else label


class Router:
    """Routes customer messages and carries out agents' actions.

    Args:
        store: The Redis state.
        bus: The event bus.
        rasa: The Rasa client.
        auth: Agent accounts (to count who is online).
        settings: The hub's settings.
    """

    def __init__(
        self,
        store: Store,
        bus: EventBus,
        rasa: RasaClient,
        auth: Auth,
        settings: Settings,
    ) -> None:
        self.store = store
        self.bus = bus
        self.rasa = rasa
        self.auth = auth
        self.settings = settings
        self._channels: dict[str, CustomerChannel] = {}
        self._vader: SentimentIntensityAnalyzer | None = None

    # ----- customers -----

    def register_channel(self, channel: str, adapter: CustomerChannel) -> None:
        """Delivers agent messages of ``<channel>:...`` conversations via adapter."""
        self._channels[channel] = adapter

    async def inbound(
        self,
        cid: str,
        text: str,
        metadata: dict[str, Any],
        media: MediaRef | None = None,
        *,
        take_outbox: bool = False,
    ) -> list[dict[str, Any]]:
        """Checks the rate limit, stores, then routes one customer message.

        The rate check, the store and the ownership read are one round trip to
        Redis (:meth:`handoff.state.Store.receive`); a human-owned message needs
        no other.

        Args:
            cid: ``<channel>:<sender>``.
            text: The message (a caption, or "" for bare media).
            metadata: ``channel``, ``first_name``, ``visibility``.
            media: Media that came with it, if any.
            take_outbox: Put the messages waiting in the conversation's outbox
                (agent replies and notices for a REST customer) first in the
                answer.

        Returns:
            What to answer now, in Rasa's REST shape (waiting outbox messages
            when asked, then bot replies and the hub's own notices; an
            acknowledgement while a human owns the conversation).

        Raises:
            RateLimitedError: The sender is past the rate limit; the message was
                stored, held, and not routed (the outbox is left as it was).
        """
        return await self._route(
            cid, text, metadata, media, check_rate=True, take_outbox=take_outbox
        )

    async def _check_rate(self, cid: str, text: str, media: MediaRef | None) -> None:
        """Counts one message; over the limit it is stored held and refused."""
        limit, window = self.settings.rate_limit, self.settings.rate_window
        if not await self.store.over_rate(cid, limit, window):
            return
        extra: dict[str, Any] = {"media": media.as_dict()} if media else {}
        stored = media_text(media, text) if media else text
        await self.store.append(cid, "customer", stored, held="rate_limited", **extra)
        logger.info("rate limited %s", cid)
        raise RateLimitedError()

    async def _route(
        self,
        cid: str,
        text: str,
        metadata: dict[str, Any],
        media: MediaRef | None,
        *,
        check_rate: bool = False,
        take_outbox: bool = False,
    ) -> list[dict[str, Any]]:
        """Stores, then routes one message (checking the rate limit when asked)."""
        channel = str(metadata.get("channel") or cid.split(":", 1)[0])
        visibility = "public" if metadata.get("visibility") == "public" else "private"
        first_name = str(metadata.get("first_name") or "")[:40]
        stored = media_text(media, text) if media else text
        data: dict[str, Any] = {"text": stored, "first_name": first_name}
        extra: dict[str, Any] = {}
        if media is not None:
            data["media"] = extra["media"] = media.as_dict()
        event = make_event("customer_message", cid, data)
        rate = (
            (self.settings.rate_limit, self.settings.rate_window)
            if check_rate
            else None
        )
        received = await self.store.receive(
            cid,
            channel,
            first_name,
            visibility,
            stored,
            json.dumps(event),
            extra,
            rate=rate,
            take_outbox=take_outbox,
        )
        if received.held:
            logger.info("rate limited %s", cid)
            raise RateLimitedError()
        replies = received.outbox
        if received.status is Status.BOT:
            return replies + await self._bot_turn(
                cid, text, channel, first_name, visibility, received.csat
            )
        if received.status is Status.QUEUED:
            replies.append(self._reply(cid, notices.WAITING_ACK))
        return replies

    async def customer_message(self, message: InboundMessage) -> RouteResult:
        """:class:`handoff.telegram.ports.HubPort`'s entry point for channels.

        Over the rate limit, the message is stored held and the result carries
        the slow-down notice as its only reply.
        """
        cid, text, media = message.conversation_id, message.text, message.media
        try:
            if media is not None and not text:
                # Bare media counts toward the limit, but the bot cannot read it:
                # while the bot owns the chat it is stored, not sent to Rasa.
                await self._check_rate(cid, text, media)
                convo = await self.store.get(cid)
                if convo.get("status", "bot") in ("bot", "closed"):
                    await self.store.append(
                        cid, "customer", media_text(media), media=media.as_dict()
                    )
                    return RouteResult(owner=Owner.BOT)
                replies = await self._route(cid, text, message.metadata, media)
            else:
                replies = await self._route(
                    cid, text, message.metadata, media, check_rate=True
                )
        except RateLimitedError as exc:
            status = (await self.store.get(cid)).get("status") or "bot"
            return RouteResult(
                owner=Owner(status), replies=[self._reply(cid, exc.notice)]
            )
        status = (await self.store.get(cid)).get("status", "bot")
        return RouteResult(owner=Owner(status), replies=replies)

    async def _bot_turn(
        self,
        cid: str,
        text: str,
        channel: str,
        first_name: str,
        visibility: str,
        csat: str,
    ) -> list[dict[str, Any]]:
        """Sends a bot-owned message to Rasa (or answers a pending rating).

        ``csat`` is the conversation's satisfaction field as the message found it.
        """
        if csat == "pending" and text.strip() in {"1", "2", "3", "4", "5"}:
            await self.store.set_fields(cid, csat=text.strip())
            await self.store.append(cid, "system", f"satisfaction: {text.strip()}")
            await self.store.append(cid, "bot", notices.CSAT_THANKS)
            return [self._reply(cid, notices.CSAT_THANKS)]
        if csat == "pending":
            await self.store.set_fields(cid, csat="skipped")
        metadata: dict[str, Any] = {"channel": channel, "visibility": visibility}
        if first_name:
            metadata["first_name"] = first_name
        try:
            answer = await self.rasa.send(cid, text, metadata)
        except BotUnavailableError as exc:
            logger.warning("bot unavailable for %s: %s", cid, exc)
            await self.store.append(cid, "bot", notices.BOT_UNAVAILABLE)
            fallback = {
                "reason": "bot_unavailable",
                "score": 0.0,
                "level": "calm",
                "complaint": False,
                "signals": [],
                "topic": None,
                "brief": f"The bot could not answer ({exc}).",
                "score_history": [],
            }
            notice = [self._reply(cid, notices.BOT_UNAVAILABLE)]
            return notice + await self.handoff(cid, fallback, visibility)
        replies: list[dict[str, Any]] = []
        said: list[tuple[str, str, dict[str, Any]]] = []
        handoff: dict[str, Any] | None = None
        for item in answer:
            custom = item.get("custom")
            if isinstance(custom, dict) and isinstance(custom.get("handoff"), dict):
                handoff = custom["handoff"]
                continue
            replies.append(item)
            extra: dict[str, Any] = {
                k: item[k] for k in ("buttons", "image", "custom") if k in item
            }
            said.append(("bot", str(item.get("text") or ""), extra))
        await self.store.append_many(cid, said)
        if handoff is not None:
            replies += await self.handoff(cid, handoff, visibility)
        return replies

    async def handoff(
        self, cid: str, payload: dict[str, Any], visibility: str
    ) -> list[dict[str, Any]]:
        """Queues a conversation and tells the customer where they stand.

        Args:
            cid: Conversation id.
            payload: The handoff payload (reason, score, level, signals...).
            visibility: ``public`` or ``private``.

        Returns:
            The hub's notice for the customer (empty when already human-owned).
        """
        if not await self.store.enqueue(cid, payload, visibility):
            return []
        convo = await self.store.get(cid)
        await self.bus.publish(
            "queued",
            cid,
            reason=payload.get("reason"),
            level=payload.get("level"),
            score=payload.get("score"),
            handoff=payload,
            first_name=convo.get("first_name") or None,
            channel=convo.get("channel"),
        )
        logger.info(
            "handoff %s reason=%s level=%s score=%s",
            cid,
            payload.get("reason"),
            payload.get("level"),
            payload.get("score"),
        )
        text = await self._wait_notice(cid)
        await self.store.append(cid, "system", text)
        return [self._reply(cid, text)]

    async def _wait_notice(self, cid: str) -> str:
        """Place and wait, or an honest 'nobody is here' with a follow-up offer."""
        now = dt.datetime.now(dt.timezone.utc)
        open_now = within_business_hours(self.settings, now)
        online = await self.auth.online_agents() if open_now else []
        if not online:
            return notices.offline_notice(self.settings.business_hours, not open_now)
        position = await self.store.position(cid) or 1
        eta = estimated_wait(position, len(online), self.settings.handle_seconds)
        await self.store.set_fields(cid, position=str(position))
        await self.bus.publish(
            "queue_position",
            cid,
            position=position,
            eta_seconds=eta,
            notice=notices.queue_notice(position, eta),
        )
        return notices.queue_notice(position, eta)

    async def update_positions(self) -> int:
        """Tells every waiting customer whose place changed (one hub does it per tick).

        Returns:
            How many customers were updated.
        """
        ids = await self.store.queue_ids(0, 1000)
        online = await self.auth.online_agents()
        updated = 0
        for place, cid in enumerate(ids, start=1):
            convo = await self.store.get(cid)
            if convo.get("position") == str(place) or not online:
                continue
            eta = estimated_wait(place, len(online), self.settings.handle_seconds)
            text = notices.queue_notice(place, eta)
            await self.store.set_fields(cid, position=str(place))
            await self.bus.publish(
                "queue_position", cid, position=place, eta_seconds=eta, notice=text
            )
            await self._deliver_notice(cid, convo.get("channel", ""), text)
            updated += 1
        return updated

    async def _deliver_notice(self, cid: str, channel: str, text: str) -> None:
        """Sends a hub notice on channels that do not follow the event bus."""
        if channel == "rest":
            await self.store.push_outbox(cid, self._reply(cid, text))
        elif channel in self._channels:
            await self._channels[channel].deliver(cid, self._reply(cid, text))

    async def pending(self, cid: str) -> list[dict[str, Any]]:
        """Messages waiting for a REST customer (agent replies, notices)."""
        return await self.store.pop_outbox(cid)

    @staticmethod
    def _reply(cid: str, text: str) -> dict[str, Any]:
        return {"recipient_id": cid, "text": text}

    # ----- agents -----

    async def _convo(self, cid: str) -> dict[str, str]:
        convo = await self.store.get(cid)
        if not convo:
            raise TransitionError(404, f"No conversation {cid}.")
        return convo

    async def claim(self, conversation_id: str, agent: str) -> bool:
        """Assigns a queued conversation; False when another agent holds it.

        Raises:
            TransitionError: Unknown, or not waiting for an agent.
        """
        await self._convo(conversation_id)
        code, who = await self.store.claim(conversation_id, agent)
        if code == -1:
            raise TransitionError(
                409, f"The conversation is not waiting (status: {who})."
            )
        if code == 0:
            return False
        await self.store.set_fields(conversation_id, csat="")
        await self.bus.publish("claimed", conversation_id, agent=agent)
        return True

    async def agent_message(
        self,
        conversation_id: str,
        agent: str,
        text: str,
        media: MediaRef | None = None,
        supervisor: bool = False,
    ) -> None:
        """Sends an agent's reply to the customer (claiming a queued one first).

        Raises:
            ConversationHeldError: Another agent holds it.
            TransitionError: The conversation is not human-owned.
        """
        convo = await self._convo(conversation_id)
        status, holder = convo.get("status"), convo.get("assignee")
        if (
            status == Status.QUEUED.value
            and not await self.claim(conversation_id, agent)
        ) or (status == Status.AGENT.value and holder != agent and not supervisor):
            raise ConversationHeldError(conversation_id)
        elif status not in (Status.QUEUED.value, Status.AGENT.value):
            raise TransitionError(409, "The bot has this conversation; claim it first.")
        extra: dict[str, Any] = {"media": media.as_dict()} if media else {}
        await self.store.append(conversation_id, "agent", text, agent=agent, **extra)
        message: dict[str, Any] = {
            "recipient_id": conversation_id,
            "text": text,
            "agent_name": agent,
        }
        if media:
            message["media"] = media.as_dict()
        await self.bus.publish("agent_message", conversation_id, agent=agent, text=text)
        await self._deliver(conversation_id, message)

    async def _deliver(self, cid: str, message: dict[str, Any]) -> None:
        """Gets an agent message to the customer's channel."""
        channel = cid.split(":", 1)[0]
        if channel in self._channels:
            await self._channels[channel].deliver(cid, message)
        elif channel == "rest":
            await self.store.push_outbox(cid, message)
        # webchat: the agent_message event reaches its websocket (handoff.web).

    async def note(self, conversation_id: str, agent: str, text: str) -> None:
        """Adds a private note (agents only; never sent)."""
        await self._convo(conversation_id)
        await self.store.append(
            conversation_id, "note", text, agent=agent, private=True
        )
        await self.bus.publish("note", conversation_id, agent=agent, text=text)

    async def transfer(
        self, conversation_id: str, agent: str, to: str | None, supervisor: bool = False
    ) -> None:
        """Hands the conversation to another agent, or back to the queue (None)."""
        await self._convo(conversation_id)
        if to is not None and not await self.auth.exists(to):
            raise TransitionError(404, f"No agent named {to}.")
        done, who = await self.store.transfer(conversation_id, agent, to, supervisor)
        if not done:
            raise TransitionError(
                409, f"You don't hold this conversation ({who or 'nobody'} does)."
            )
        await self.bus.publish("transferred", conversation_id, agent=agent, to=to)
        if to is None:
            convo = await self.store.get(conversation_id)
            await self.bus.publish(
                "queued",
                conversation_id,
                reason=convo.get("reason"),
                level=convo.get("level"),
                first_name=convo.get("first_name") or None,
                channel=convo.get("channel"),
            )

    async def resolve(
        self, conversation_id: str, agent: str, supervisor: bool = False
    ) -> None:
        """Gives the conversation back to the bot: Rasa's tracker gets ``resume``.

        Messages written during the handoff are never sent to Rasa, so nothing is
        replayed. The customer is asked for a 1-5 rating unless still upset.
        """
        await self._finish(conversation_id, agent, Status.RESOLVED, supervisor)
        if not await self.rasa.resume(conversation_id):
            logger.warning("Rasa did not take resume for %s", conversation_id)
        if await self._calm(conversation_id):
            await self.store.set_fields(conversation_id, csat="pending")
            await self.store.append(conversation_id, "bot", notices.CSAT_QUESTION)
            await self._deliver(
                conversation_id, self._reply(conversation_id, notices.CSAT_QUESTION)
            )
            await self.bus.publish(
                "agent_message", conversation_id, agent="", text=notices.CSAT_QUESTION
            )

    async def close(
        self, conversation_id: str, agent: str, supervisor: bool = False
    ) -> None:
        """Closes the conversation (the customer's next message starts afresh)."""
        await self._finish(conversation_id, agent, Status.CLOSED, supervisor)

    async def _finish(
        self, cid: str, agent: str, outcome: Status, supervisor: bool
    ) -> None:
        await self._convo(cid)
        done, who = await self.store.finish(cid, agent, outcome, supervisor)
        if not done:
            raise TransitionError(
                409, f"You don't hold this conversation ({who or 'nobody'} does)."
            )
        await self.bus.publish(outcome.value, cid, agent=agent)

    async def _calm(self, cid: str) -> bool:
        """True when the customer's last message does not read as upset."""
        if self._vader is None:
            self._vader = SentimentIntensityAnalyzer()
        last = next(
            (
                m
                for m in reversed(await self.store.transcript(cid, 50))
                if m["role"] == "customer" and m["text"]
            ),
            None,
        )
        if last is None:
            return True
        score = self._vader.polarity_scores(last["text"])["compound"]
        return bool(score >= CALM_ENOUGH)

    async def events(self) -> AsyncIterator[HubEvent]:
        """Hub events as :class:`HubEvent` s (for the Telegram side)."""
        known = {k.value for k in EventKind}
        async for raw in self.bus.subscribe():
            if raw.get("kind") in known:
                yield HubEvent(
                    id=str(raw.get("id")),
                    kind=EventKind(raw["kind"]),
                    conversation_id=str(raw.get("conversation_id")),
                    data=dict(raw.get("data") or {}),
                )


def handoff_of(convo: dict[str, str]) -> dict[str, Any]:
    """The handoff payload stored with a conversation ({} when none)."""
    return dict(json.loads(convo.get("handoff") or "{}"))
