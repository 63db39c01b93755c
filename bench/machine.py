"""Describes the machine a benchmark ran on."""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path

import psutil


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or the platform's processor string."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def run() -> str:
    """Returns the machine's details as a Markdown section."""
    memory_gib = psutil.virtual_memory().total / 2**30
    return "\n".join(
        [
            "## Machine",
            "",
            f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
            f"- CPU: {cpu_model()}, {os.cpu_count()} cores (GPU: none)",
            f"- memory: {memory_gib:.1f} GiB",
            f"- OS: {platform.platform()}",
            f"- Python: {platform.python_version()}",
            "",
        ]
    )
