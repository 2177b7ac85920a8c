"""The engine seen from a surface that may read several scopes at once (an MCP server started
for some channels, later a cross-channel assistant panel).

``Engine`` answers for one scope at a time (that scope plus ``workspace``). A :class:`ScopedEngine`
is opened on a fixed set of scopes, always including ``workspace``; every call either names one
of them or reads them all, and a call naming any other scope raises :class:`ScopeNotAllowed`
before the engine is asked anything. Claims outside the set do not exist for it: asking for one
raises :class:`~rag.errors.UnknownClaimError` listing only the claims in reach.

Reading "all of them" asks the engine once per channel scope (each call also reads ``workspace``)
and merges: answers are joined with their citations renumbered, passages are merged by score.
With one channel scope (the common case) that is a single engine call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from rag.answer import Answer, Citation
from rag.errors import UnknownClaimError
from rag.records import WORKSPACE, ClaimRecord, Passage


class ScopeNotAllowed(PermissionError):
    """A call named a scope outside the set this view was opened on; nothing was read."""

    def __init__(self, scope: str, allowed: Sequence[str]) -> None:
        self.scope = scope
        self.allowed = list(allowed)
        super().__init__(
            f"Scope {scope!r} is not open here; this server reads {', '.join(self.allowed)}. "
            "Leave scope out to read all of them, or name one of those."
        )


class EngineLike(Protocol):
    """The part of :class:`rag.engine.Engine` a scoped view uses (an engine process has it too)."""

    def ask(self, question: str, *, scope: str = WORKSPACE, history: Sequence[str] = ()) -> Answer: ...

    def claims(self, *, scope: str = WORKSPACE) -> list[ClaimRecord]: ...

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer: ...

    def retrieve(
        self, question: str, *, scope: str, claim_ids: Sequence[str] = (), top_k: int | None = None, merge: bool = True
    ) -> list[Passage]: ...


def normalize_scopes(scopes: Iterable[str]) -> list[str]:
    """The scopes named plus ``workspace``, each once, in the order given (``workspace`` last)."""
    named = [s.strip() for s in scopes if s and s.strip()]
    ordered = list(dict.fromkeys(s for s in named if s != WORKSPACE))
    return [*ordered, WORKSPACE]


def normalize_claim_id(claim_id: str) -> str:
    return claim_id.strip().upper()


class ScopedEngine:
    """An engine limited to ``scopes`` (plus ``workspace``)."""

    def __init__(self, engine: EngineLike, scopes: Iterable[str] = ()) -> None:
        self.engine = engine
        self.scopes = normalize_scopes(scopes)

    # -- which scopes a call reads -------------------------------------------------------------
    def reads(self, scope: str | None = None) -> list[str]:
        """The engine scopes to query for a call naming ``scope`` (None: all of this view's).

        Each engine scope reads itself plus ``workspace``, so ``workspace`` is queried on its own
        only when no channel scope is open, or when it is named."""
        if scope is None or not scope.strip():
            channels = [s for s in self.scopes if s != WORKSPACE]
            return channels or [WORKSPACE]
        scope = scope.strip()
        if scope not in self.scopes:
            raise ScopeNotAllowed(scope, self.scopes)
        return [scope]

    def in_reach(self, scope: str | None = None) -> set[str]:
        """Every stored scope a call naming ``scope`` may see."""
        return {s for read in self.reads(scope) for s in (read, WORKSPACE)}

    # -- questions -----------------------------------------------------------------------------
    def ask(self, question: str, *, scope: str | None = None) -> Answer:
        """The engine's answer; across several channel scopes, the answers that found something,
        joined (each prefixed by its scope, citations renumbered in order)."""
        reads = self.reads(scope)
        answers = [(s, self.engine.ask(question, scope=s)) for s in reads]
        found: list[tuple[str, Answer]] = []
        seen: set[tuple] = set()
        for s, a in answers:  # workspace material is in reach of every scope: the same answer, once
            key = (a.text, tuple((c.document, c.excerpt) for c in a.citations))
            if a.found and key not in seen:
                seen.add(key)
                found.append((s, a))
        if len(found) <= 1:
            answer = (found or answers)[0][1]
            return _only_in_reach(answer, self.in_reach(scope))
        return _only_in_reach(_join(found), self.in_reach(scope))

    def search(
        self, query: str, *, claim_id: str | None = None, scope: str | None = None, top_k: int = 5
    ) -> list[Passage]:
        """The passages most similar to ``query`` (of one claim, when given), best first."""
        reads = self.reads(scope)
        claim_ids: list[str] = []
        if claim_id:
            claim_ids = [self.claim(claim_id, scope=scope).claim_id]
        reach = self.in_reach(scope)
        best: dict[str, Passage] = {}
        for s in reads:
            for p in self.engine.retrieve(query, scope=s, claim_ids=claim_ids, top_k=top_k):
                if p.scope in reach and (p.node_id not in best or best[p.node_id].score < p.score):
                    best[p.node_id] = p
        return sorted(best.values(), key=lambda p: p.score, reverse=True)[:top_k]

    # -- claims --------------------------------------------------------------------------------
    def claims(self, *, scope: str | None = None) -> list[ClaimRecord]:
        """The claims in reach, one record per claim id (merged across scopes)."""
        merged: dict[str, ClaimRecord] = {}
        reach = self.in_reach(scope)
        for s in self.reads(scope):
            for record in self.engine.claims(scope=s):
                if not set(record.scopes) & reach:
                    continue
                if record.claim_id not in merged:
                    merged[record.claim_id] = replace(
                        record,
                        scopes=[x for x in record.scopes if x in reach],
                        documents=list(record.documents),
                        amounts=list(record.amounts),
                    )
                else:
                    _merge(merged[record.claim_id], record, reach)
        return sorted(merged.values(), key=lambda r: r.claim_id)

    def claim(self, claim_id: str, *, scope: str | None = None) -> ClaimRecord:
        """One claim in reach; :class:`UnknownClaimError` (listing only claims in reach) otherwise."""
        wanted = normalize_claim_id(claim_id)
        claims = self.claims(scope=scope)
        for record in claims:
            if record.claim_id == wanted:
                return record
        raise UnknownClaimError(wanted, [c.claim_id for c in claims])

    def summarize_claim(self, claim_id: str, *, scope: str | None = None) -> Answer:
        """The engine's overview of one claim in reach, read from a scope that holds it."""
        record = self.claim(claim_id, scope=scope)
        reads = self.reads(scope)
        where = next((s for s in reads if s in record.scopes), reads[0])
        return _only_in_reach(self.engine.summarize_claim(record.claim_id, scope=where), self.in_reach(scope))


def _merge(target: ClaimRecord, other: ClaimRecord, reach: set[str]) -> None:
    for name in ("policy_numbers", "insured", "claimants", "adjusters", "documents"):
        values: list[str] = getattr(target, name)
        values.extend(v for v in getattr(other, name) if v not in values)
    target.scopes.extend(s for s in other.scopes if s in reach and s not in target.scopes)
    target.amounts.extend(a for a in other.amounts if a not in target.amounts)
    target.date_of_loss = target.date_of_loss or other.date_of_loss


def _join(found: list[tuple[str, Answer]]) -> Answer:
    """One answer from several scopes' answers: ``In C1: ... [1]`` / ``In C2: ... [2]``."""
    texts: list[str] = []
    citations: list[Citation] = []
    claim_ids: list[str] = []
    for scope, answer in found:
        offset = len(citations)
        texts.append(f"In {scope}: " + re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", answer.text))
        citations.extend(replace(c, n=c.n + offset) for c in answer.citations)
        claim_ids.extend(c for c in answer.claim_ids if c not in claim_ids)
    first = found[0][1]
    return Answer(
        text="\n".join(texts),
        route=first.route,
        citations=citations,
        latency_ms=sum(a.latency_ms for _, a in found),
        claim_ids=claim_ids,
        searched="; ".join(a.searched for _, a in found if a.searched),
        trace={"scopes": [s for s, _ in found]},
    )


def _only_in_reach(answer: Answer, reach: set[str]) -> Answer:
    """A last check: an answer citing a document outside the reach is never handed out (the
    engine filters by scope already; this keeps a bug there from becoming a leak here)."""
    leaked = [c for c in answer.citations if c.scope is not None and c.scope not in reach]
    if leaked:
        raise RuntimeError("the engine cited a document outside the scopes in reach; nothing was returned")
    return answer
