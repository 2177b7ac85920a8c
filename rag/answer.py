"""The answer object: the one contract every surface (CLI, Slack, MCP) renders.

An answer is the fact in a sentence or two, with ``[n]`` markers; each marker points at a
:class:`Citation` that names the document, the page or section, and the exact excerpt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Route = Literal["needle", "summary", "calculation", "lookup", "none", "help", "claims"]
"""Which expert answered: a precise fact, an overview, arithmetic, a registry lookup, or nothing found;
``help`` and ``claims`` are the messages that are not questions (:mod:`rag.intents`): a greeting,
thanks or a request for help, and "which claims do you know"."""


@dataclass(frozen=True)
class Citation:
    """One numbered source of an answer: where the quoted excerpt stands."""

    n: int
    document: str
    """The file name as the user knows it (e.g. ``fnol-report.pdf``)."""
    excerpt: str
    """The exact text quoted from the document; never rewritten."""
    page: int | None = None
    section: str | None = None
    claim_id: str | None = None
    scope: str | None = None
    source_url: str | None = None
    """Where the original lives (e.g. a Slack file permalink), when known."""

    def location(self) -> str:
        """``p. 2``, ``§ Timeline`` or both: the human form of page and section."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(f"§ {self.section}")
        return ", ".join(parts)


@dataclass
class Answer:
    """What the engine returns for one question."""

    text: str
    route: Route
    citations: list[Citation] = field(default_factory=list)
    latency_ms: float = 0.0
    claim_ids: list[str] = field(default_factory=list)
    """The claims the answer is about (empty when it spans none or many)."""
    searched: str = ""
    """What was searched, in words, e.g. ``3 documents of CLM-1042 in #auto-claims``."""
    trace: dict[str, Any] = field(default_factory=dict)
    """How the answer was made (route reason, retrieved passages, timings): for debugging panels."""
    mode: Literal["llm", "offline"] = "offline"
    """Who wrote the answer: the language model (checked against its sources) or the offline rules."""
    fallback_reason: str | None = None
    """Why a language-model answer fell back to the offline one (``timeout``, ``grounding: ...``)."""
    models: dict[str, str] = field(default_factory=dict)
    """The models used, by role (``manager``, ``expert``): empty offline."""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    """The manager's tool calls, in order: ``{"tool", "arguments", "source"}`` (``source``: the
    citation number the call's result got, if any)."""
    usage: dict[str, dict[str, int]] = field(default_factory=dict)
    """Tokens by model: ``{"gpt-4o": {"prompt_tokens": .., "completion_tokens": .., "calls": ..}}``."""

    @property
    def found(self) -> bool:
        return self.route != "none"

    def to_json(self) -> dict[str, Any]:
        """The ``claimbot ask --json`` object."""
        return {
            "answer": self.text,
            "route": self.route,
            "citations": [
                {
                    "n": c.n,
                    "document": c.document,
                    "page": c.page,
                    "section": c.section,
                    "claim_id": c.claim_id,
                    "excerpt": c.excerpt,
                    **({"source_url": c.source_url} if c.source_url else {}),
                }
                for c in self.citations
            ],
            "latency_ms": round(self.latency_ms, 1),
            "claim_ids": self.claim_ids,
            "searched": self.searched,
            "mode": self.mode,
            **({"fallback_reason": self.fallback_reason} if self.fallback_reason else {}),
            "models": self.models,
            "tool_calls": self.tool_calls,
            "usage": self.usage,
        }

    def trace_json(self) -> dict[str, Any]:
        return {**self.to_json(), "trace": self.trace}


def citation_from_dict(data: dict[str, Any]) -> Citation:
    fields: dict[str, Any] = {k: data.get(k) for k in Citation.__dataclass_fields__ if k in data}
    return Citation(**fields)


__all__ = ["Answer", "Citation", "Route", "citation_from_dict", "asdict"]
