"""The debug panel's facts, read from the answer message itself, as any Slack app could.

The bot attaches message metadata to every answer (:mod:`bot.metadata`: ``event_type``
``claimbot_answer``, with the route and its reason, the citations' places, timings and the
passages retrieved). Slack keeps it with the message and returns it to apps that read the
conversation with ``include_all_metadata=true``; the stand-in does the same. So the panel needs
nothing from the bot's process or store: only the message.

- :func:`from_message`: the panel from the metadata, each citation's excerpt taken from the
  message's own blocks (the Sources quote it; the metadata does not repeat it).
- :func:`from_blocks`: what the message shows about itself, for a message without metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.metadata import ANSWER_EVENT_TYPE

ANSWER_ACTIONS = ("feedback_helpful", "feedback_not_helpful", "share_answer")


def answer_id_of(blocks: Sequence[dict[str, Any]]) -> str | None:
    """The answer id an answer message's buttons carry."""
    for block in blocks or ():
        for element in block.get("elements", []) or []:
            if element.get("action_id") in ANSWER_ACTIONS and element.get("value"):
                return str(element["value"])
    return None


def answer_payload(metadata: dict[str, Any] | None) -> dict[str, Any] | None:
    """The ``claimbot_answer`` payload of a message's metadata, if it has one."""
    if isinstance(metadata, dict) and metadata.get("event_type") == ANSWER_EVENT_TYPE:
        payload = metadata.get("event_payload")
        return payload if isinstance(payload, dict) else None
    return None


def is_answer_message(message: dict[str, Any]) -> bool:
    return answer_payload(message.get("metadata")) is not None or answer_id_of(message.get("blocks", [])) is not None


def _location(page: Any, section: Any) -> str:
    parts = [f"p. {page}" if page is not None else "", f"§ {section}" if section else ""]
    return ", ".join(p for p in parts if p)


def from_message(blocks: Sequence[dict[str, Any]], metadata: dict[str, Any] | None) -> dict[str, Any]:
    """The panel's shape for one answer message: from its metadata when it has the bot's,
    else from what its blocks show."""
    payload = answer_payload(metadata)
    shown = from_blocks(blocks)
    if payload is None:
        return shown
    excerpts = {c["n"]: c["excerpt"] for c in shown["citations"]}
    citations = [
        {**c, "location": _location(c.get("page"), c.get("section")), "excerpt": excerpts.get(c.get("n"), "")}
        for c in payload.get("citations", [])
        if isinstance(c, dict)
    ]
    return {
        "source": "message metadata",
        "answer_id": payload.get("answer_id"),
        "route": payload.get("route"),
        "route_reason": payload.get("route_reason"),
        "claim_ids": payload.get("claim_ids", []),
        "searched": payload.get("searched", ""),
        "latency_ms": payload.get("latency_ms"),
        "timings": payload.get("timings") or {},
        "retrieved": payload.get("retrieved") or [],
        "left_out": payload.get("left_out") or {},
        "citations": citations,
    }


_SEARCHED = re.compile(r"^Searched (.+)$")


def from_blocks(blocks: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What an answer message shows about itself: what was searched, the quoted sources."""
    searched, citations = "", []
    for block in blocks or ():
        if block.get("type") == "context":
            for element in block.get("elements", []):
                match = _SEARCHED.match(element.get("text", ""))
                if match:
                    searched = _unescape(match.group(1))
        if block.get("type") == "section":
            text = (block.get("text") or {}).get("text", "")
            head, _, quote = text.partition("\n> ")
            match = re.match(r"^\*\[(\d+)\]\* (?:<[^|>]*\|([^>]*)>|([^·]+))(.*)$", head)
            if match and quote:
                where = [p.strip() for p in (match.group(4) or "").split("·") if p.strip()]
                citations.append({
                    "n": int(match.group(1)),
                    "document": _unescape((match.group(2) or match.group(3) or "").strip()),
                    "location": _unescape(where[0]) if where else "",
                    "excerpt": _unescape(quote.strip()),
                })  # fmt: skip
    return {
        "source": "message blocks",
        "route": None,
        "searched": searched,
        "timings": {},
        "retrieved": [],
        "citations": citations,
    }


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
