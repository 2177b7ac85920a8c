"""The debug panel's facts: what the manager did for each answer, from the answer object.

The bot only sends Block Kit to Slack, and ``bot/`` must not know about the playground. So the
playground hands the bot an engine that is the real engine plus a recorder: :class:`RecordingEngine`
keeps every :class:`rag.answer.Answer` it returns (``trace_json()``: route, route reason, retrieved
passages with scores, timings). A posted answer carries its answer id in its buttons' ``value``;
the bot's store (the same :class:`bot.store.BotStore` object the playground gave the app) maps
the id to the stored answer, and the stored answer's JSON identifies the recorded one exactly.

Where the facts come from, best first (the panel says which):

1. ``message metadata``: an ``event_type: claimbot_answer`` payload, if the bot ever attaches one
   to its messages (real Slack stores it; see the playground's notes for the bot).
2. ``answer object``: the recorded answer (full trace).
3. ``bot store``: the stored answer (route, latency, citations; no trace), e.g. after a restart.
4. ``message blocks``: what the message itself shows (what was searched, the quoted sources).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rag.answer import Answer
from rag.records import WORKSPACE

ANSWER_EVENT_TYPE = "claimbot_answer"
ANSWER_ACTIONS = ("feedback_helpful", "feedback_not_helpful", "share_answer")
KEEP = 1000


@dataclass(frozen=True)
class Recorded:
    answer: Answer
    question: str
    scope: str
    kind: str
    """``ask`` or ``summary``."""
    at: float


def answer_key(data: dict[str, Any]) -> str:
    """A stable key for an answer's ``to_json()`` (a stored answer round-trips to the same key)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


class RecordingEngine:
    """The engine, unchanged, except that it keeps the answers it gives (the last ``KEEP``)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._recent: deque[Recorded] = deque(maxlen=KEEP)
        self._by_key: dict[str, Recorded] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    @property
    def engine(self) -> Any:
        return self._engine

    def ask(self, question: str, *, scope: str = WORKSPACE, history: Sequence[str] = ()) -> Answer:
        answer = self._engine.ask(question, scope=scope, history=history)
        self._record(answer, question, scope, "ask")
        return answer

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer:
        answer = self._engine.summarize_claim(claim_id, scope=scope)
        self._record(answer, f"Summary of {claim_id}", scope, "summary")
        return answer

    def _record(self, answer: Answer, question: str, scope: str, kind: str) -> None:
        recorded = Recorded(answer, question, scope, kind, time.time())
        with self._lock:
            if len(self._recent) == self._recent.maxlen:
                old = self._recent[0]
                self._by_key.pop(answer_key(old.answer.to_json()), None)
            self._recent.append(recorded)
            self._by_key[answer_key(answer.to_json())] = recorded

    def find(self, answer: Answer) -> Recorded | None:
        """The recorded answer that ``answer`` (e.g. read back from the bot's store) is."""
        with self._lock:
            return self._by_key.get(answer_key(answer.to_json()))

    def recent(self) -> list[Recorded]:
        with self._lock:
            return list(self._recent)


def answer_id_of(blocks: Sequence[dict[str, Any]]) -> str | None:
    """The answer id an answer message's buttons carry."""
    for block in blocks or ():
        for element in block.get("elements", []) or []:
            if element.get("action_id") in ANSWER_ACTIONS and element.get("value"):
                return str(element["value"])
    return None


def is_answer_message(message: dict[str, Any]) -> bool:
    metadata = message.get("metadata") or {}
    return metadata.get("event_type") == ANSWER_EVENT_TYPE or answer_id_of(message.get("blocks", [])) is not None


def _citations_json(answer_json: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for c in answer_json.get("citations", []):
        where = ", ".join(
            p for p in (f"p. {c['page']}" if c.get("page") is not None else "", f"§ {c['section']}" if c.get("section") else "") if p
        )
        out.append({**c, "location": where})
    return out


def from_answer_json(data: dict[str, Any], source: str, *, question: str | None = None) -> dict[str, Any]:
    """The panel's shape, from ``trace_json()`` (or ``to_json()``, with no trace)."""
    trace = data.get("trace") or {}
    return {
        "source": source,
        "question": question,
        "route": data.get("route") or trace.get("route"),
        "route_reason": trace.get("route_reason"),
        "claims": trace.get("claims"),
        "claim_ids": data.get("claim_ids", []),
        "searched": data.get("searched", ""),
        "latency_ms": data.get("latency_ms"),
        "timings": trace.get("timings") or {},
        "retrieved": trace.get("retrieved") or [],
        "expert": trace.get("expert") or {},
        "citations": _citations_json(data),
        "answer": data.get("answer"),
    }


_SEARCHED = re.compile(r"^Searched (.+)$")


def from_blocks(blocks: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What an answer message shows about itself, when nothing better is known."""
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
