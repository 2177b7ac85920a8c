"""Message metadata on answers: ``{"event_type": "claimbot_answer", "event_payload": {...}}``.

Slack keeps an app's message metadata with the message, out of sight of people, and returns it
to any app reading the conversation with ``include_all_metadata=true``. So the facts behind an
answer (route, citations' places, timings, the passages retrieved) travel with the answer
itself: a dashboard, another app or the playground's debug panel reads them from Slack, with
no access to the bot's process or store.

The payload is trimmed to stay small (under :data:`PAYLOAD_MAX_BYTES` of JSON), far below what
Slack accepts: long lists are cut and say how many were left out, long strings are clipped.
Values are strings, numbers, flat objects and lists of them; no ``null`` (absent keys instead).
Each citation carries the start of its exact excerpt (the message's Sources show only a short
quote that adds to the answer); excerpts are the first thing dropped when the payload is too big.
"""

from __future__ import annotations

import json
from typing import Any

from rag.answer import Answer

ANSWER_EVENT_TYPE = "claimbot_answer"
PAYLOAD_MAX_BYTES = 4000
MAX_CITATIONS = 20
MAX_RETRIEVED = 10
MAX_CLAIM_IDS = 10
MAX_TIMINGS = 24
TEXT_MAX = 200
EXCERPT_MAX = 280

Metadata = dict[str, Any]


def answer_metadata(answer: Answer, *, answer_id: str) -> Metadata:
    """The metadata of an answer message (see the module's docstring)."""
    trace = answer.trace or {}
    payload: dict[str, Any] = {
        "answer_id": answer_id,
        "route": answer.route,
        "latency_ms": round(float(answer.latency_ms), 1),
        "claim_ids": [_clip(c) for c in answer.claim_ids[:MAX_CLAIM_IDS]],
        "searched": _clip(answer.searched, 300),
        "citations": [_citation(c) for c in answer.citations[:MAX_CITATIONS]],
        "timings": _timings(trace.get("timings")),
        "retrieved": [_passage(p) for p in (trace.get("retrieved") or [])[:MAX_RETRIEVED] if isinstance(p, dict)],
    }
    if isinstance(trace.get("route_reason"), str):
        payload["route_reason"] = _clip(trace["route_reason"])
    mode = getattr(answer, "mode", "offline")
    payload["mode"] = mode
    if getattr(answer, "fallback_reason", None):
        payload["fallback_reason"] = _clip(answer.fallback_reason)
    if getattr(answer, "models", None):
        payload["models"] = {k: _clip(v, 100) for k, v in answer.models.items()}
        payload["tool_calls"] = [_clip(c.get("tool"), 40) for c in answer.tool_calls[:10]]
        payload["tokens"] = sum(r.get("prompt_tokens", 0) + r.get("completion_tokens", 0)
                                for r in answer.usage.values())
    left_out = {
        "citations": len(answer.citations) - len(payload["citations"]),
        "retrieved": len(trace.get("retrieved") or []) - len(payload["retrieved"]),
    }
    _fit(payload, left_out)
    if any(left_out.values()):
        payload["left_out"] = {k: v for k, v in left_out.items() if v}
    return {"event_type": ANSWER_EVENT_TYPE, "event_payload": payload}


def size_of(metadata: Metadata) -> int:
    """Bytes of the metadata as JSON, as it goes over the wire."""
    return len(json.dumps(metadata, ensure_ascii=False, separators=(",", ":")).encode())


def _fit(payload: dict[str, Any], left_out: dict[str, int]) -> None:
    """Drop retrieved passages, then the citations' excerpts, then citations, from the end until
    the payload fits."""
    while payload["retrieved"] and size_of(payload) > PAYLOAD_MAX_BYTES - 100:
        payload["retrieved"].pop()
        left_out["retrieved"] += 1
    for citation in reversed(payload["citations"]):
        if size_of(payload) <= PAYLOAD_MAX_BYTES - 100:
            break
        if citation.pop("excerpt", None) is not None:
            left_out["excerpts"] = left_out.get("excerpts", 0) + 1
    for key in ("citations",):
        while payload[key] and size_of(payload) > PAYLOAD_MAX_BYTES - 100:  # room for "left_out"
            payload[key].pop()
            left_out[key] += 1


def _clip(text: Any, limit: int = TEXT_MAX) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v != ""}


def _citation(c: Any) -> dict[str, Any]:
    return _without_none(
        {
            "n": c.n,
            "document": _clip(c.document, 120),
            "page": c.page,
            "section": _clip(c.section, 120) if c.section else None,
            "claim_id": c.claim_id,
            "excerpt": _clip(c.excerpt, EXCERPT_MAX) if c.excerpt else None,
        }
    )


def _passage(p: dict[str, Any]) -> dict[str, Any]:
    score = p.get("score")
    return _without_none(
        {
            "id": _clip(p.get("id"), 80),
            "score": round(float(score), 4) if isinstance(score, (int, float)) else None,
            "document": _clip(p.get("document"), 120) if p.get("document") else None,
            "page": p.get("page") if isinstance(p.get("page"), int) else None,
        }
    )


def _timings(timings: Any) -> dict[str, float]:
    if not isinstance(timings, dict):
        return {}
    numbers = [(str(k)[:60], round(float(v), 2)) for k, v in timings.items() if isinstance(v, (int, float))]
    return dict(numbers[:MAX_TIMINGS])
