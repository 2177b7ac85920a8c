"""The debug panel's facts, read from the answer message itself, as any Slack app could.

The bot attaches message metadata to every answer (:mod:`bot.metadata`: ``event_type``
``claimbot_answer``, with the route and its reason, the citations' places, timings and the
passages retrieved). Slack keeps it with the message and returns it to apps that read the
conversation with ``include_all_metadata=true``; the stand-in does the same. So the panel needs
nothing from the bot's process or store: only the message.

- :func:`from_message`: the panel from the metadata (each citation with the start of its
  excerpt; from the message's Sources quote when the metadata left it out).
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
        {**c, "location": _location(c.get("page"), c.get("section")),
         "excerpt": c.get("excerpt") or excerpts.get(c.get("n"), "")}  # fmt: skip
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
            for line in (block.get("text") or {}).get("text", "").split("\n"):
                citations += _source_line(line)
    return {
        "source": "message blocks",
        "route": None,
        "searched": searched,
        "timings": {},
        "retrieved": [],
        "citations": citations,
    }


_SOURCE_LINE = re.compile(r"^\*((?:\[\d+\] ?)+)\* (↳ )?(.*?)(?: — (.*))?$")
_QUOTE = re.compile(r"(?:\[(\d+)\] )?_“(.*?)”_")


def _source_line(line: str) -> list[dict[str, Any]]:
    """The citations of one Sources line (``*[1] [2]* <url|doc> · p. 2 — _“quote”_``), each with
    the quote shown for it (if any). A line that starts with ``↳`` names the document above."""
    match = _SOURCE_LINE.match(line)
    if not match:
        return []
    numbers = [int(n) for n in re.findall(r"\d+", match.group(1))]
    parts = [p.strip() for p in match.group(3).split(" · ") if p.strip()]
    document = ""
    if not match.group(2) and parts:
        head = parts.pop(0)
        link = re.match(r"^<[^|>]*\|([^>]*)>$", head)
        document = _unescape(link.group(1) if link else head)
    quotes = {int(n) if n else numbers[0]: _unescape(q) for n, q in _QUOTE.findall(match.group(4) or "")}
    location = _unescape(parts[0]) if parts else ""
    return [{"n": n, "document": document, "location": location, "excerpt": quotes.get(n, "")} for n in numbers]


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
