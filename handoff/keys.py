"""Every Redis key and channel the hub uses, its statuses, and its atomic transitions.

Usage::

    keys = Keys("uncanned")
    await redis.hgetall(keys.conversation("rest:alice"))

A conversation's owner lives in the hash ``<prefix>:conv:<id>`` (field ``status``)
and changes only through the Lua scripts below, so two hub processes (or fifty
agents) can never both win a transition.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Status(str, Enum):
    """Who owns a conversation; ``resolved`` is kept in its history only."""

    BOT = "bot"
    QUEUED = "queued"
    AGENT = "agent"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Role(str, Enum):
    """Agent roles."""

    AGENT = "agent"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Keys:
    """Builds key names under one prefix.

    Attributes:
        prefix: Prepended to every key and channel (``HUB_KEY_PREFIX``).
    """

    prefix: str = "uncanned"

    def conversation(self, cid: str) -> str:
        """Hash: status, assignee, channel, first_name, visibility, handoff..."""
        return f"{self.prefix}:conv:{cid}"

    def transcript(self, cid: str) -> str:
        """Stream: every message of the conversation, in order."""
        return f"{self.prefix}:transcript:{cid}"

    def history(self, cid: str) -> str:
        """List: ownership changes, ``<status>|<agent>|<ts>``."""
        return f"{self.prefix}:history:{cid}"

    def outbox(self, cid: str) -> str:
        """List: JSON messages waiting for a REST customer to fetch them."""
        return f"{self.prefix}:outbox:{cid}"

    def queue(self) -> str:
        """Sorted set: queued conversation ids, lowest score served first."""
        return f"{self.prefix}:queue"

    def agent(self, username: str) -> str:
        """Hash: role, salt, password hash of one agent."""
        return f"{self.prefix}:agent:{username}"

    def agents(self) -> str:
        """Set: every agent's username."""
        return f"{self.prefix}:agents"

    def session(self, token: str) -> str:
        """String with TTL: the username a session token belongs to."""
        return f"{self.prefix}:session:{token}"

    def online(self) -> str:
        """Sorted set: username -> last time the agent was seen (epoch seconds)."""
        return f"{self.prefix}:online"

    def rate(self, sender: str, window: int) -> str:
        """Counter with TTL: a sender's messages in one rate-limit window."""
        return f"{self.prefix}:rate:{sender}:{window}"

    def conversations(self) -> str:
        """Set: every conversation id the hub has seen."""
        return f"{self.prefix}:conversations"

    def ticker_lock(self) -> str:
        """String with TTL: the hub process that sends queue updates this round."""
        return f"{self.prefix}:lock:ticker"

    def events(self) -> str:
        """Pub/sub channel of hub events (see :mod:`handoff.events`)."""
        return f"{self.prefix}:events"


# KEYS[1] conversation hash, KEYS[2] conversations set, KEYS[3] transcript stream,
# KEYS[4] events channel
# ARGV[1] conversation id, ARGV[2] channel, ARGV[3] first_name ("" = keep),
# ARGV[4] visibility, ARGV[5] text, ARGV[6] now, ARGV[7] the customer_message
# event (JSON) to publish when a human owns the conversation, ARGV[8] optional
# transcript "extra" JSON ("" = none, e.g. media)
# Stores the message in the transcript first (store, then route), creates the
# conversation bot-owned when new, reopens a closed one for the bot, records the
# last message, publishes the event unless the bot owns it; returns the status.
RECEIVE = """
if ARGV[8] ~= nil and ARGV[8] ~= '' then
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', '10000', '*',
             'role', 'customer', 'text', ARGV[5], 'ts', ARGV[6], 'extra', ARGV[8])
else
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', '10000', '*',
             'role', 'customer', 'text', ARGV[5], 'ts', ARGV[6])
end
local status = redis.call('HGET', KEYS[1], 'status')
if (not status) or status == 'closed' then
  status = 'bot'
  redis.call('HSET', KEYS[1], 'status', 'bot', 'created', ARGV[6])
  redis.call('HDEL', KEYS[1], 'assignee', 'handoff', 'reason', 'level', 'score')
end
redis.call('HSET', KEYS[1], 'channel', ARGV[2], 'visibility', ARGV[4],
           'last_message', string.sub(ARGV[5], 1, 200), 'last_ts', ARGV[6])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'first_name', ARGV[3]) end
redis.call('SADD', KEYS[2], ARGV[1])
if status ~= 'bot' then redis.call('PUBLISH', KEYS[4], ARGV[7]) end
return status
"""

# KEYS[1] conversation hash, KEYS[2] queue zset, KEYS[3] history list
# ARGV[1] conversation id, ARGV[2] priority (zset score), ARGV[3] now,
# ARGV[4] handoff JSON, ARGV[5] reason, ARGV[6] level, ARGV[7] score, ARGV[8] topic
# bot -> queued; returns 1, or 0 when a human already owns it.
ENQUEUE = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'queued' or status == 'agent' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'queued', 'queued_at', ARGV[3],
           'handoff', ARGV[4], 'reason', ARGV[5], 'level', ARGV[6], 'score', ARGV[7],
           'topic', ARGV[8])
redis.call('HDEL', KEYS[1], 'assignee', 'position')
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('RPUSH', KEYS[3], 'queued|' .. ARGV[5] .. '|' .. ARGV[3])
return 1
"""

# KEYS[1] conversation hash, KEYS[2] queue zset, KEYS[3] history list
# ARGV[1] conversation id, ARGV[2] agent, ARGV[3] now
# queued -> agent. Returns {1, agent} for the winner (again for the holder),
# {0, holder} when another agent holds it, {-1, status} when it is not waiting.
CLAIM = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'agent' then
  local holder = redis.call('HGET', KEYS[1], 'assignee')
  if holder == ARGV[2] then return {1, holder} end
  return {0, holder}
end
if status ~= 'queued' then return {-1, status or 'missing'} end
redis.call('HSET', KEYS[1], 'status', 'agent', 'assignee', ARGV[2],
           'claimed_at', ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[3], 'agent|' .. ARGV[2] .. '|' .. ARGV[3])
return {1, ARGV[2]}
"""

# KEYS[1] conversation hash, KEYS[2] queue zset, KEYS[3] history list
# ARGV[1] conversation id, ARGV[2] acting agent, ARGV[3] target agent ("" = queue),
# ARGV[4] priority when requeued, ARGV[5] now, ARGV[6] "1" when a supervisor acts
# agent -> agent (target) or agent -> queued. Returns {1, target} or {0, holder}.
TRANSFER = """
local status = redis.call('HGET', KEYS[1], 'status')
local holder = redis.call('HGET', KEYS[1], 'assignee')
if status ~= 'agent' then return {0, status or 'missing'} end
if holder ~= ARGV[2] and ARGV[6] ~= '1' then return {0, holder} end
if ARGV[3] == '' then
  redis.call('HSET', KEYS[1], 'status', 'queued')
  redis.call('HDEL', KEYS[1], 'assignee', 'position')
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
  redis.call('RPUSH', KEYS[3], 'queued|' .. ARGV[2] .. '|' .. ARGV[5])
else
  redis.call('HSET', KEYS[1], 'assignee', ARGV[3])
  redis.call('RPUSH', KEYS[3], 'agent|' .. ARGV[3] .. '|' .. ARGV[5])
end
return {1, ARGV[3]}
"""

# KEYS[1] conversation hash, KEYS[2] queue zset, KEYS[3] history list
# ARGV[1] conversation id, ARGV[2] acting agent, ARGV[3] "resolved" | "closed",
# ARGV[4] now, ARGV[5] "1" when a supervisor acts
# agent -> bot (history: resolved) or agent -> closed; a supervisor may also end a
# queued one. Returns {1, new status} or {0, holder or status}.
FINISH = """
local status = redis.call('HGET', KEYS[1], 'status')
local holder = redis.call('HGET', KEYS[1], 'assignee')
local sup = ARGV[5] == '1'
if status == 'agent' then
  if holder ~= ARGV[2] and not sup then return {0, holder} end
elseif not (status == 'queued' and sup) then
  return {0, status or 'missing'}
end
local new = 'closed'
if ARGV[3] == 'resolved' then new = 'bot' end
redis.call('HSET', KEYS[1], 'status', new, 'ended_at', ARGV[4])
redis.call('HDEL', KEYS[1], 'assignee', 'position')
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[3], ARGV[3] .. '|' .. ARGV[2] .. '|' .. ARGV[4])
return {1, new}
"""
