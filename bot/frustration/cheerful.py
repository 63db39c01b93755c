"""The cheerful/grateful reply family that must never answer a frustrated message.

Pure (no Rasa import), shared by the handoff action, the evaluation CLI and the tests.
"""

from __future__ import annotations

import re

CHEERFUL_RE = re.compile(
    r"thanks? (you )?for (your|the) "
    r"(support|feedback|kind|lovely|message|patience|understanding)"
    r"|\bthank you\b|\bthanks\b|\bglad\b|\bhappy to\b|\bso happy\b|\bgreat\b"
    r"|\bawesome\b|\blove\b|\blovely\b|\bhave a (nice|great|lovely|good) day\b"
    r"|\bwonderful\b|\bdelighted\b|\benjoy\b|\bmade our day\b"
    r"|😊|😀|😃|😄|😁|🙂|🎉|🥳|❤️|💕|👍|✨",
    re.IGNORECASE,
)


def is_cheerful(text: str | None) -> bool:
    """Returns whether ``text`` contains a cheerful or grateful formula.

    Args:
        text: a bot reply (None counts as not cheerful).

    Returns:
        True when the reply would read as canned cheer to an upset customer.
    """
    return bool(text) and bool(CHEERFUL_RE.search(text or ""))
