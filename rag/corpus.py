"""What the manager reads the claim files through: the :class:`Corpus` protocol.

The engine implements it (:class:`rag.engine.Engine`); tests implement it over documents in
memory. The manager calls only these methods, every one of them required: nothing is looked up
with ``getattr`` or ``inspect``, so a corpus that lacks one fails type checking, not a question.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from rag.records import ClaimRecord, DocumentInfo, Passage


@runtime_checkable
class Corpus(Protocol):
    """Search, the claims registry and the documents, all limited to what ``scope`` may read."""

    def retrieve(
        self,
        question: str,
        *,
        scope: str,
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
    ) -> list[Passage]:
        """Passages for ``question`` in reach of ``scope`` (only those claims' when ``claim_ids``
        is given), best first. ``merge=False``: the leaves themselves, each scored by its own
        similarity (the needle expert scores lines by them); else merged parents."""
        ...

    def retrieve_many(
        self,
        questions: Sequence[str],
        *,
        scope: str,
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
    ) -> list[list[Passage]]:
        """:meth:`retrieve` for each of ``questions`` (a claim card's fields over one claim): the
        same passages as one call each, with what they share read once."""
        ...

    def claims(self, *, scope: str) -> list[ClaimRecord]:
        """The claims in reach of ``scope``."""
        ...

    def documents(self, *, scope: str) -> list[DocumentInfo]:
        """Every document in reach of ``scope``, with its metadata, summary points and facts."""
        ...

    def expand(self, passage: Passage) -> Passage:
        """The largest stored chunk around ``passage`` (a page or section), with the passage's
        score and location: leaves are cut mid-sentence, experts quote whole sentences."""
        ...

    def embed(self, texts: list[str]) -> Any:
        """Unit vectors of ``texts`` (an ``(n, d)`` array) from the corpus's embedding model, in
        one call: the needle expert's answer selector compares candidate units with the question."""
        ...

    def vocabulary_has(self, words: Iterable[str], *, scope: str) -> set[str]:
        """Of ``words``, those some document in reach of ``scope`` uses (the experts' stemming)."""
        ...

    def claims_mentioning(
        self, phrase: str, *, scope: str, names_only: bool = False, anywhere: bool = False,
        most: int | None = None, claim_ids: Sequence[str] = (),
    ) -> list[str]:
        """The claims in reach whose documents say ``phrase`` (whole words); see the engine."""
        ...

    def spelled_like(self, word: str, *, scope: str) -> list[str]:
        """Words the documents in reach write within two edits of ``word``, closest first: what a
        name typed with a typo may be (:mod:`rag.resolve`)."""
        ...

    @property
    def last_retrieval_timings(self) -> dict[str, float]:
        """Timings of the calling thread's last retrieval, for the trace (may be empty)."""
        ...
