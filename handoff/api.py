"""The agent JSON API (see ``docs/hub.md``).

Routes: ``POST /api/login``, ``POST /api/logout``, ``GET /api/me``,
``GET /api/agents``, ``GET /api/queue``, ``GET /api/conversations/{cid}``,
``POST /api/conversations/{cid}/claim|messages|transfer|resolve|close``.
Every route but login needs a session (bearer token or cookie): 401 otherwise.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from handoff.app_keys import AUTH, ROUTER, SETTINGS
from handoff.auth import COOKIE, current_agent, request_token
from handoff.http_errors import json_error, read_json
from handoff.keys import Role
from handoff.router import TransitionError, handoff_of
from handoff.telegram.ports import ConversationHeldError

logger = logging.getLogger(__name__)

MAX_NOTE = 4000


async def login(request: web.Request) -> web.Response:
    """``{"username","password"}`` -> ``{"token"}`` (and the session cookie)."""
    body = await read_json(request)
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        raise json_error(400, "Send username and password as strings.")
    token = await request.app[AUTH].login(username.strip().lower(), password)
    if token is None:
        logger.info("failed login for a username of %d chars", len(username))
        raise json_error(401, "Wrong username or password.")
    settings = request.app[SETTINGS]
    role = (await request.app[AUTH].verify(token)) or None
    response = web.json_response(
        {"token": token, "username": username, "role": role.role if role else None}
    )
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="Strict",
        secure=settings.cookie_secure,
        max_age=settings.session_ttl,
    )
    return response


async def logout(request: web.Request) -> web.Response:
    """Ends the session."""
    await current_agent(request)
    token = request_token(request)
    if token:
        await request.app[AUTH].logout(token)
    response = web.json_response({"ok": True})
    response.del_cookie(COOKIE)
    return response


async def me(request: web.Request) -> web.Response:
    """The signed-in agent."""
    agent = await current_agent(request)
    return web.json_response({"username": agent.username, "role": agent.role})


async def agents(request: web.Request) -> web.Response:
    """Agents online now (for transfers)."""
    await current_agent(request)
    return web.json_response({"online": await request.app[AUTH].online_agents()})


async def queue(request: web.Request) -> web.Response:
    """The queue in serving order (``?limit=``, default 50, at most 500)."""
    await current_agent(request)
    try:
        limit = min(max(int(request.query.get("limit", "50")), 1), 500)
    except ValueError:
        raise json_error(400, "limit must be a number.") from None
    page = await request.app[ROUTER].store.queue_page(limit)  # JSON, from Redis
    return web.Response(text=page, content_type="application/json")


async def conversation(request: web.Request) -> web.Response:
    """Status, assignee, handoff and transcript of one conversation."""
    await current_agent(request)
    cid = request.match_info["cid"]
    store = request.app[ROUTER].store
    convo = await store.get(cid)
    if not convo:
        raise json_error(404, f"No conversation {cid}.")
    return web.json_response(
        {
            "id": cid,
            "status": convo.get("status"),
            "assignee": convo.get("assignee") or None,
            "channel": convo.get("channel"),
            "first_name": convo.get("first_name") or None,
            "visibility": convo.get("visibility"),
            "position": await store.position(cid),
            "handoff": handoff_of(convo),
            "satisfaction": convo.get("csat") or None,
            "transcript": await store.transcript(cid),
            "history": await store.history(cid),
        }
    )


def _text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise json_error(400, 'Send {"text": "...", "private": false}.')
    if len(text) > MAX_NOTE:
        raise json_error(413, f"Messages are limited to {MAX_NOTE} characters.")
    return text


async def act(request: web.Request) -> web.Response:
    """``claim``, ``messages``, ``transfer``, ``resolve`` or ``close``."""
    agent = await current_agent(request)
    router = request.app[ROUTER]
    cid, action = request.match_info["cid"], request.match_info["action"]
    sup = agent.role == Role.SUPERVISOR.value
    body = await read_json(request) if request.body_exists else {}
    try:
        if action == "claim":
            if not await router.claim(cid, agent.username):
                holder = (await router.store.get(cid)).get("assignee")
                raise json_error(409, f"{holder} already has this conversation.")
        elif action == "messages":
            text = _text(body)
            if body.get("private") is True:
                await router.note(cid, agent.username, text)
            else:
                await router.agent_message(cid, agent.username, text, supervisor=sup)
        elif action == "transfer":
            to = body.get("to")
            if to is not None and not isinstance(to, str):
                raise json_error(400, 'Send {"to": "<agent>"} or {"to": null}.')
            await router.transfer(cid, agent.username, to or None, supervisor=sup)
        elif action == "resolve":
            if body.get("resume_bot", True) is False:
                await router.close(cid, agent.username, supervisor=sup)
            else:
                await router.resolve(cid, agent.username, supervisor=sup)
        elif action == "close":
            await router.close(cid, agent.username, supervisor=sup)
        else:
            raise json_error(404, f"Unknown action {action}.")
    except TransitionError as exc:
        raise json_error(exc.status, exc.message) from None
    except ConversationHeldError:
        raise json_error(409, "Another agent has this conversation.") from None
    convo = await router.store.get(cid)
    return web.json_response(
        {"ok": True, "status": convo.get("status"), "assignee": convo.get("assignee")}
    )


def setup_api_routes(app: web.Application) -> None:
    """Registers the agent API."""
    app.router.add_post("/api/login", login)
    app.router.add_post("/api/logout", logout)
    app.router.add_get("/api/me", me)
    app.router.add_get("/api/agents", agents)
    app.router.add_get("/api/queue", queue)
    app.router.add_get("/api/conversations/{cid}", conversation)
    action_re = "{action:claim|messages|transfer|resolve|close}"
    app.router.add_post(f"/api/conversations/{{cid}}/{action_re}", act)
