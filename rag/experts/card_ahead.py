"""Claim cards made ahead, one at a time while the engine is idle.

A claim's first summary is the slowest offline answer (its card asks the fact selector some 14
field questions: ~100-200 ms of CPU at 10k leaves, the ask p95), and every later one is a cache
hit (:func:`rag.experts.card.answer_claim_card` keeps cards per claim and document versions). A
long-lived engine therefore makes each claim's card ahead, after its documents' lines are embedded
(:mod:`rag.embedding.ahead` runs :meth:`CardsAhead.step` while idle: a question that comes
meanwhile waits for at most the card in hand). A claim is due again when its documents' versions
change (its own ingest, or another replica's seen through the registry's stamp).

What it costs: the card's CPU once per claim and version, while idle (~36 s for the 259 claims of
the 10k bench store), and the memory of the kept cards (:data:`rag.experts.card.CACHED_CARDS`;
claims beyond it get no card ahead: making them would evict the others).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from rag.records import WORKSPACE

log = logging.getLogger(__name__)


class Stored(Protocol):
    """What a catalog entry says of a document (the engine's registry index)."""

    @property
    def claim_id(self) -> str | None: ...

    @property
    def scope(self) -> str: ...

    @property
    def version_id(self) -> str: ...


def cards_wanted(documents: Sequence[Stored]) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(claim, scope) -> the versions its card is made of`` for each card worth making: per
    claim, one card for each channel its documents are in (that channel's and the workspace's
    documents: what a question from there reads), or the workspace's when all of them are there."""
    by_claim: dict[str, list[Stored]] = {}
    for d in documents:
        if d.claim_id:
            by_claim.setdefault(d.claim_id, []).append(d)
    wanted: dict[tuple[str, str], tuple[str, ...]] = {}
    for claim_id, docs in by_claim.items():
        channels = sorted({d.scope for d in docs if d.scope != WORKSPACE}) or [WORKSPACE]
        for scope in channels:
            wanted[(claim_id, scope)] = tuple(sorted(d.version_id for d in docs if d.scope in (scope, WORKSPACE)))
    return wanted


class CardsAhead:
    """Which claim's card to make next, and making it (``make(claim_id, scope)``)."""

    def __init__(self, documents: Callable[[], Sequence[Stored]], make: Callable[[str, str], object], *,
                 limit: int, enabled: Callable[[], bool] = lambda: True) -> None:
        self._documents = documents
        self._make = make
        self._limit = limit
        self._enabled = enabled
        self._made: dict[tuple[str, str], tuple[str, ...]] = {}
        self._wanted: tuple[Sequence[Stored], dict[tuple[str, str], tuple[str, ...]]] | None = None
        """The cards wanted for the last list of documents seen (the catalog hands out the same list
        object until the registry changes): one pass over the documents per change, not per card."""
        self.made = 0
        """Cards made since open."""

    def step(self) -> bool:
        """Make one due card; False when none is due (or cards are not made ahead: an LLM answers)."""
        if not self._enabled():
            return False
        documents = self._documents()
        if self._wanted is None or self._wanted[0] is not documents:
            self._wanted = (documents, cards_wanted(documents))
        wanted = self._wanted[1]
        for key in [k for k in self._made if k not in wanted]:
            del self._made[key]  # a claim gone from the store
        for key, versions in list(wanted.items())[: self._limit]:
            if self._made.get(key) != versions:
                try:
                    self._make(*key)
                except Exception:  # noqa: BLE001 - that claim's first summary makes its card itself
                    log.warning("making a claim card ahead failed", exc_info=True)
                self._made[key] = versions  # tried once per versions: a failing claim does not stop the rest
                self.made += 1
                return True
        return False
