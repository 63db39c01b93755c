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
        return f"{self.conversation_prefix()}{cid}"

    def conversation_prefix(self) -> str:
        """What every conversation hash's name starts with (for Lua scripts)."""
        return f"{self.prefix}:conv:"

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
        return f"{self.agent_prefix()}{username}"

    def agent_prefix(self) -> str:
        """What every agent hash's name starts with (for Lua scripts)."""
        return f"{self.prefix}:agent:"

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
# KEYS[4] events channel, KEYS[5] the sender's rate-limit counter (this window),
# KEYS[6] the conversation's outbox list
# ARGV[1] conversation id, ARGV[2] channel, ARGV[3] first_name ("" = keep),
# ARGV[4] visibility, ARGV[5] text, ARGV[6] now, ARGV[7] the customer_message
# event (JSON) to publish when a human owns the conversation, ARGV[8] optional
# transcript "extra" JSON ("" = none, e.g. media), ARGV[9] rate limit ("" = no
# check), ARGV[10] the counter's TTL in seconds, ARGV[11] the transcript "extra"
# JSON of a held message, ARGV[12] "1" to take the outbox, ARGV[13] the text as
# the console's "last message" (clipped by the caller, on a character boundary)
# One round trip per customer message. Over the rate limit, the message is stored
# held (ARGV[11]) and nothing else changes: returns {'held'}. Otherwise it stores
# the message in the transcript first (store, then route), creates the
# conversation bot-owned when new, reopens a closed one for the bot, records the
# last message, publishes the event unless the bot owns it, and takes the outbox
# when asked: returns {status, csat, outbox message JSON...}.
RECEIVE = """
if ARGV[9] ~= '' then
  local count = redis.call('INCR', KEYS[5])
  redis.call('EXPIRE', KEYS[5], ARGV[10])
  if count > tonumber(ARGV[9]) then
    redis.call('XADD', KEYS[3], 'MAXLEN', '~', '10000', '*',
               'role', 'customer', 'text', ARGV[5], 'ts', ARGV[6], 'extra', ARGV[11])
    return {'held'}
  end
end
if ARGV[8] ~= '' then
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', '10000', '*',
             'role', 'customer', 'text', ARGV[5], 'ts', ARGV[6], 'extra', ARGV[8])
else
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', '10000', '*',
             'role', 'customer', 'text', ARGV[5], 'ts', ARGV[6])
end
local state = redis.call('HMGET', KEYS[1], 'status', 'csat')
local status = state[1]
if (not status) or status == 'closed' then
  status = 'bot'
  redis.call('HSET', KEYS[1], 'status', 'bot', 'created', ARGV[6])
  redis.call('HDEL', KEYS[1], 'assignee', 'handoff', 'reason', 'level', 'score')
end
redis.call('HSET', KEYS[1], 'channel', ARGV[2], 'visibility', ARGV[4],
           'last_message', ARGV[13], 'last_ts', ARGV[6])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'first_name', ARGV[3]) end
redis.call('SADD', KEYS[2], ARGV[1])
if status ~= 'bot' then redis.call('PUBLISH', KEYS[4], ARGV[7]) end
local out = {status, state[2] or ''}
if ARGV[12] == '1' then
  local waiting = redis.call('LRANGE', KEYS[6], 0, -1)
  if #waiting > 0 then
    redis.call('DEL', KEYS[6])
    for i = 1, #waiting do out[#out + 1] = waiting[i] end
  end
end
return out
"""

# KEYS[1] queue zset
# ARGV[1] conversation hash key prefix (``<prefix>:conv:``), ARGV[2] how many,
# ARGV[3] now (epoch seconds)
# The head of the queue with everything the console shows, in one round trip and
# encoded once (cjson): returns {length, JSON array of items}. The hashes' names
# are built from the ids, so this needs one Redis (not a cluster), like the rest.
QUEUE_PAGE = """
local ids = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
local length = redis.call('ZCARD', KEYS[1])
if #ids == 0 then return {length, '[]'} end
local now = tonumber(ARGV[3])
local null = cjson.null
local items = {}
for place, cid in ipairs(ids) do
  local f = redis.call('HMGET', ARGV[1] .. cid, 'first_name', 'channel',
                      'visibility', 'reason', 'level', 'score', 'topic',
                      'queued_at', 'last_message')
  local queued_at = tonumber(f[8]) or now
  local name, topic = f[1], f[7]
  if name == false or name == '' then name = null end
  if topic == false or topic == '' then topic = null end
  local channel = f[2]
  if channel == false or channel == '' then channel = string.match(cid, '^[^:]*') end
  local visibility = f[3]
  if visibility == false or visibility == '' then visibility = 'private' end
  items[place] = {
    conversation_id = cid,
    position = place,
    first_name = name,
    channel = channel,
    visibility = visibility,
    reason = f[4] or null,
    level = f[5] or null,
    score = tonumber(f[6]) or 0,
    topic = topic,
    wait_seconds = math.floor((now - queued_at) * 10 + 0.5) / 10,
    last_message = f[9] or '',
  }
end
return {length, cjson.encode(items)}
"""

# KEYS[1] session string, KEYS[2] online zset
# ARGV[1] agent hash key prefix (``<prefix>:agent:``), ARGV[2] now
# A request's session check in one round trip: returns {username, role} of a live
# session (and marks the agent online), or {} (unknown token or deleted agent).
VERIFY = """
local username = redis.call('GET', KEYS[1])
if not username then return {} end
local role = redis.call('HGET', ARGV[1] .. username, 'role')
if not role then return {} end
redis.call('ZADD', KEYS[2], ARGV[2], username)
return {username, role}
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
