"""Agents, passwords (scrypt) and sessions (Redis, with a TTL).

Usage::

    auth = Auth(redis, keys, settings)
    await auth.add_agent("ana", "agent", password)
    token = await auth.login("ana", password)
    agent = await current_agent(request)   # in a handler: bearer or cookie, else 401

A request authenticates with ``Authorization: Bearer <token>`` or the
``uncanned_session`` cookie that ``POST /api/login`` also sets.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time

from aiohttp import web
from redis.asyncio import Redis

from handoff.app_keys import AUTH
from handoff.keys import VERIFY, Keys, Role
from handoff.settings import Settings
from handoff.web.hooks import AgentIdentity

COOKIE = "uncanned_session"
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,31}$")
MIN_PASSWORD = 8
# scrypt parameters (RFC 7914's interactive-login recommendation).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str, salt: bytes) -> bytes:
    """Derives the stored hash of a password with scrypt.

    Args:
        password: The plain password.
        salt: 16 random bytes, stored beside the hash.

    Returns:
        The 32-byte derived key.
    """
    return hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )


class Auth:
    """Agent accounts and sessions in Redis.

    Args:
        redis: The hub's Redis client (``decode_responses=True``).
        keys: Key builders.
        settings: The hub's settings (session TTL, online window).
    """

    def __init__(self, redis: Redis, keys: Keys, settings: Settings) -> None:
        self._redis = redis
        self._keys = keys
        self._settings = settings
        self._verify = redis.register_script(VERIFY)

    async def add_agent(self, username: str, role: str, password: str) -> None:
        """Creates or updates an agent.

        Args:
            username: Lower-case login name (2-32 of a-z 0-9 _ . -).
            role: ``agent`` or ``supervisor``.
            password: At least 8 characters.

        Raises:
            ValueError: Bad username, role or password.
        """
        if not USERNAME_RE.match(username):
            raise ValueError("Usernames are 2-32 lower-case letters, digits, _ . -")
        Role(role)
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"Passwords need at least {MIN_PASSWORD} characters.")
        salt = secrets.token_bytes(16)
        await self._redis.hset(
            self._keys.agent(username),
            mapping={
                "role": role,
                "salt": salt.hex(),
                "hash": hash_password(password, salt).hex(),
            },
        )
        await self._redis.sadd(self._keys.agents(), username)

    async def exists(self, username: str) -> bool:
        """Tells whether an agent account exists."""
        return bool(await self._redis.sismember(self._keys.agents(), username))

    async def login(self, username: str, password: str) -> str | None:
        """Checks a password and opens a session.

        Args:
            username: The login name.
            password: The plain password.

        Returns:
            A new session token, or None when the name or password is wrong.
        """
        record = await self._redis.hgetall(self._keys.agent(username))
        if not record:
            hash_password(password, b"0" * 16)  # same cost for unknown names
            return None
        given = hash_password(password, bytes.fromhex(record["salt"]))
        if not hmac.compare_digest(given.hex(), record["hash"]):
            return None
        token = secrets.token_urlsafe(32)
        await self._redis.set(
            self._keys.session(token), username, ex=self._settings.session_ttl
        )
        await self.seen(username)
        return token

    async def logout(self, token: str) -> None:
        """Ends a session."""
        await self._redis.delete(self._keys.session(token))

    async def verify(self, token: str) -> AgentIdentity | None:
        """Returns the agent of a live session (and marks them online), or None.

        Every agent request calls this, so it is one round trip (a Lua script).
        """
        if not token or len(token) > 128:
            return None
        found = await self._verify(
            keys=[self._keys.session(token), self._keys.online()],
            args=[self._keys.agent_prefix(), time.time()],
        )
        if not found:
            return None
        username, role = found
        return AgentIdentity(username=str(username), role=str(role))

    async def seen(self, username: str) -> None:
        """Records that an agent is active now."""
        await self._redis.zadd(self._keys.online(), {username: time.time()})

    async def online_agents(self) -> list[str]:
        """Agents active within the online window."""
        since = time.time() - self._settings.online_window
        names = await self._redis.zrangebyscore(self._keys.online(), since, "+inf")
        return [str(name) for name in names]


def request_token(request: web.Request) -> str | None:
    """The session token of a request: bearer header first, then the cookie."""
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[len("Bearer ") :].strip()
    return request.cookies.get(COOKIE)


async def current_agent(request: web.Request) -> AgentIdentity:
    """The authenticated agent of a request.

    Args:
        request: An agent API request.

    Returns:
        The agent.

    Raises:
        web.HTTPUnauthorized: No valid session or token (JSON body).
    """
    token = request_token(request)
    agent = await request.app[AUTH].verify(token) if token else None
    if agent is None:
        raise web.HTTPUnauthorized(
            text='{"error": "Sign in first."}', content_type="application/json"
        )
    return agent


async def require_supervisor(request: web.Request) -> AgentIdentity:
    """Like :func:`current_agent`, but 403 unless the agent is a supervisor."""
    agent = await current_agent(request)
    if agent.role != Role.SUPERVISOR.value:
        raise web.HTTPForbidden(
            text='{"error": "Supervisors only."}', content_type="application/json"
        )
    return agent
