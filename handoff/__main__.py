"""Command line of the hub.

Usage::

    python -m handoff serve                                  # HUB_HOST:HUB_PORT
    python -m handoff agents add NAME --role agent|supervisor  # password on stdin
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys

from handoff.auth import Auth
from handoff.keys import Keys
from handoff.serve import LOG_FORMAT, serve
from handoff.settings import Settings


async def _add_agent(settings: Settings, name: str, role: str, password: str) -> None:
    from redis.asyncio import Redis

    from handoff.app import start_embedded_redis

    server = None
    if settings.redis_url:
        client = Redis.from_url(settings.redis_url, decode_responses=True)
    else:
        server = await asyncio.to_thread(start_embedded_redis, settings.redis_dir)
        client = Redis(unix_socket_path=server.socket_file, decode_responses=True)
    try:
        await Auth(client, Keys(settings.key_prefix), settings).add_agent(
            name, role, password
        )
    finally:
        await client.close()
        if server is not None:
            server.shutdown()


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\n")


def main(argv: list[str] | None = None) -> int:
    """Runs the CLI; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m handoff")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("serve", help="run the hub")
    agents = sub.add_parser("agents", help="manage agents")
    agents_sub = agents.add_subparsers(dest="agents_command", required=True)
    add = agents_sub.add_parser("add", help="create or update an agent")
    add.add_argument("name")
    add.add_argument("--role", choices=["agent", "supervisor"], default="agent")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    settings = Settings.from_env()
    if args.command == "serve":
        serve(settings)
        return 0
    try:
        asyncio.run(_add_agent(settings, args.name, args.role, _read_password()))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"agent {args.name} ({args.role}) saved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
