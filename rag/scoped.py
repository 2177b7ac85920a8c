"""The engine seen from a surface that may read several scopes at once (an MCP server started
for some channels, later a cross-channel assistant panel).

``Engine`` answers for one scope at a time (that scope plus ``workspace``). A :class:`ScopedEngine`
is opened on a fixed set of scopes, always including ``workspace``; every call either names one
of them or reads them all, and a call naming any other scope raises :class:`ScopeNotAllowed`
before the engine is asked anything. Claims outside the set do not exist for it: asking for one
raises :class:`~rag.errors.UnknownClaimError` listing only the claims in reach.

Reading "all of them" is one engine call over all of them (the engine's ``scopes=``: one search,
one answer), as the assistant panel reads a DM and the channel beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from rag.answer import Answer
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

    def ask(
        self, question: str, *, scope: str = WORKSPACE, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Answer: ...

    def claims(self, *, scope: str = WORKSPACE, scopes: Sequence[str] = ()) -> list[ClaimRecord]: ...

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer: ...

    def retrieve(
        self, question: str, *, scope: str, scopes: Sequence[str] = (), claim_ids: Sequence[str] = (),
        top_k: int | None = None, merge: bool = True,
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

    def where(self, scope: str | None = None) -> dict[str, Any]:
        """The engine's arguments for reading what a call naming ``scope`` reads, in one call:
        ``scope=`` for one scope (the common case), ``scopes=`` for several."""
        reads = self.reads(scope)
        return {"scope": reads[0]} if len(reads) == 1 else {"scope": reads[0], "scopes": reads}

    # -- questions -----------------------------------------------------------------------------
    def ask(self, question: str, *, scope: str | None = None) -> Answer:
        """The engine's answer from everything in reach (one search over all the scopes read)."""
        return _only_in_reach(self.engine.ask(question, **self.where(scope)), self.in_reach(scope))

    def search(
        self, query: str, *, claim_id: str | None = None, scope: str | None = None, top_k: int = 5
    ) -> list[Passage]:
        """The passages most similar to ``query`` (of one claim, when given), best first."""
        claim_ids: list[str] = []
        if claim_id:
            claim_ids = [self.claim(claim_id, scope=scope).claim_id]
        reach = self.in_reach(scope)
        passages = self.engine.retrieve(query, **self.where(scope), claim_ids=claim_ids, top_k=top_k)
        return [p for p in passages if p.scope in reach][:top_k]

    # -- claims --------------------------------------------------------------------------------
    def claims(self, *, scope: str | None = None) -> list[ClaimRecord]:
        """The claims in reach, one record per claim id (the engine merges their documents)."""
        reach = self.in_reach(scope)
        return sorted(
            (replace(r, scopes=[s for s in r.scopes if s in reach])
             for r in self.engine.claims(**self.where(scope)) if set(r.scopes) & reach),
            key=lambda r: r.claim_id,
        )

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


def _only_in_reach(answer: Answer, reach: set[str]) -> Answer:
    """A last check: an answer citing a document outside the reach is never handed out (the
    engine filters by scope already; this keeps a bug there from becoming a leak here)."""
    leaked = [c for c in answer.citations if c.scope is not None and c.scope not in reach]
    if leaked:
        raise RuntimeError("the engine cited a document outside the scopes in reach; nothing was returned")
    return answer
