"""Records the engine keeps and hands out: ingest reports, claims on file, retrieved passages."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rag.documents import ClaimMetadata, LabelledAmount

WORKSPACE = "workspace"
"""The scope of shared material (policy wordings, guidelines): visible from every channel."""


def reach_key(scope: str, scopes: Sequence[str] = ()) -> str | tuple[str, ...]:
    """Where a question may read: ``scope`` alone, or, when ``scopes`` is given, all of them at
    once (a sorted tuple: one cache key and one search for, e.g., a DM and the channel beside it).
    :func:`rag.retrieval.scopes_in_reach` turns either into the scopes searched."""
    return tuple(sorted(set(scopes))) if scopes else scope


@dataclass
class IngestReport:
    """What ingesting one file did, and what the engine read from it."""

    filename: str
    doc_id: str
    scope: str
    status: Literal["added", "replaced", "unchanged"]
    kind: str
    pages: int | None
    leaf_chunks: int
    metadata: ClaimMetadata
    source_url: str | None = None
    replaces: str | None = None
    """When this file replaced an earlier version: ``replaces the earlier version of invoice.txt
    for CLM-1042`` (what the reply says)."""
    linked_claim: str | None = None
    """The claim a file that names none is searched with: the one whose files write its references
    (:mod:`rag.links`)."""

    @property
    def claim_id(self) -> str | None:
        return self.metadata.claim_id


@dataclass(frozen=True)
class IngestProgress:
    """How far a long ingest is: ``str()`` is what a surface can show ("read 40 of 120 pages")."""

    stage: Literal["reading", "embedding", "storing"]
    done: int
    total: int

    def __str__(self) -> str:
        if self.stage == "reading":
            return f"read {self.done:,} of {self.total:,} pages"
        if self.stage == "embedding":
            return f"indexed {self.done:,} of {self.total:,} passages"
        return f"saving {self.total:,} passage{'' if self.total == 1 else 's'}"


@dataclass(frozen=True)
class ProgressFile:
    """A progress callback that can be handed to another process (it pickles): each call writes
    the latest :class:`IngestProgress` to ``path``; the other side polls :meth:`read`. How the
    bot follows an ingest that runs in its engine process."""

    path: str

    def __call__(self, progress: IngestProgress) -> None:
        partial = f"{self.path}.partial"
        with open(partial, "w") as out:
            out.write(f"{progress.stage} {progress.done} {progress.total}")
        os.replace(partial, self.path)  # readers see the old line or the new one, never half

    def read(self) -> IngestProgress | None:
        try:
            with open(self.path) as source:
                stage, done, total = source.read().split()
            return IngestProgress(stage, int(done), int(total))  # type: ignore[arg-type]
        except (OSError, ValueError):
            return None


@dataclass
class ClaimRecord:
    """A claim as the registry knows it: the merge of what its documents say."""

    claim_id: str
    policy_numbers: list[str] = field(default_factory=list)
    insured: list[str] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)
    adjusters: list[str] = field(default_factory=list)
    date_of_loss: str | None = None
    documents: list[str] = field(default_factory=list)
    """Display names of the documents filed under this claim."""
    amounts: list[LabelledAmount] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)

    def card_facts(self) -> list[str]:
        """The few facts every list of claims shows: insured, date of loss, number of documents."""
        facts = []
        if self.insured:
            facts.append("insured " + ", ".join(self.insured[:2]))
        if self.date_of_loss:
            facts.append(f"loss {self.date_of_loss}")
        n = len(self.documents)
        facts.append(f"{n} document{'s' if n != 1 else ''}")
        return facts


@dataclass(frozen=True)
class Passage:
    """A retrieved piece of a document (a leaf or a merged parent) with its location."""

    node_id: str
    text: str
    score: float
    document: str
    doc_id: str
    scope: str
    page: int | None = None
    section: str | None = None
    claim_id: str | None = None
    source_url: str | None = None


CARD_FACT_KINDS = frozenset({"claim_id", "insured", "claimant", "adjuster", "date_of_loss", "run_row"})
"""The located fact lines a registry record's index row keeps (``card_facts``, :mod:`rag.store`):
the lines that state the card's facts, so an answer about people over many claims ("which claims
is Fatima Bell handling") or the list of claims cites them from the index, without reading each
claim's payload (~100 claims a question at 100k leaves). (Policy numbers are asked of one claim,
whose details are read anyway.) ``run_row``: a loss run's rows (:mod:`rag.experts.loss_runs`), so a
lookup finds the runs in reach without reading every document's details."""


def card_fact_lines(data: dict[str, Any]) -> list[FactLine]:
    """The fact lines of a registry record's ``card_facts`` (written by :func:`rag.store.card_facts`)."""
    sections = data.get("sections", [])
    return [FactLine(kind, value, text, page, sections[section], *label)
            for kind, value, text, page, section, *label in data.get("facts", [])]


@dataclass(frozen=True)
class SummaryPoint:
    """A sentence picked at ingest to describe a document's loss (the summary expert's index).

    Kept verbatim, with where it stands, so the overview can quote and cite it without reading
    the document again.
    """

    text: str
    page: int | None = None
    section: str | None = None
    kind: str = ""
    """Why it was picked: ``loss_type``, ``narrative``, ``decision``, ``total`` (or ``lead``: the
    first sentence of a section of a document that names no claim)."""
    score: float = 0.0
    """How well it describes the loss, comparable across the documents of a claim."""


@dataclass(frozen=True)
class FactLine:
    """Where one metadata fact (a name, a date, an amount) stands in its document, found at ingest.

    :class:`~rag.documents.ClaimMetadata` holds values; calculations and lookups must cite the
    line each value was read from, with its page, so the line is located once when the file is read.
    """

    kind: str
    """``claim_id``, ``policy_number``, ``insured``, ``claimant``, ``adjuster``, ``date_of_loss``,
    ``event`` or ``amount``."""
    value: str
    """The fact itself: a name, an id, an ISO date, or a decimal string."""
    text: str
    """The document line that states it, verbatim."""
    page: int | None = None
    section: str | None = None
    label: str = ""
    """For events and amounts: the metadata's normalised label (``payment``, ``deductible``, ...)."""


@dataclass
class DocumentInfo:
    """One stored document as the experts see it: what it is, where it lives, and its ingest index."""

    name: str
    """The display name, e.g. ``repair-invoice.pdf``."""
    doc_id: str
    scope: str
    metadata: ClaimMetadata
    summary_points: list[SummaryPoint] = field(default_factory=list)
    fact_lines: list[FactLine] = field(default_factory=list)
    pages: int | None = None
    kind: str = ""
    """``pdf``, ``docx``, ``txt``, ``md`` or ``eml``."""
    source_url: str | None = None
    linked_claim: str | None = None
    """The claim a document that names none is filed with, by the references it shares with that
    claim's documents (:mod:`rag.links`); set by the engine as it lists documents."""

    @property
    def claim_id(self) -> str | None:
        return self.metadata.claim_id or self.linked_claim

    def loss_type_points(self) -> list[SummaryPoint]:
        """The summary points that name the type of loss (how a description picks a claim);
        :class:`rag.catalog.IndexedDocument` has them without reading the rest."""
        return [p for p in self.summary_points if p.kind == "loss_type"]

    def facts_at_hand(self, kind: str) -> list[FactLine] | None:
        """The located facts of one kind when they are known without reading the document's
        details (:class:`rag.catalog.IndexedDocument`: the registry index's names, ids and dates
        of loss); None: read :attr:`fact_lines`."""
        return None


def documents_by_claim(
    documents: "Sequence[DocumentInfo]", claim_ids: "Sequence[str]"
) -> dict[str, list[DocumentInfo]]:
    """Each claim's documents, in one pass over the documents (a comprehension per claim is
    claims x documents: millions of comparisons per question at thousands of claims)."""
    grouped: dict[str, list[DocumentInfo]] = {c: [] for c in claim_ids}
    for doc in documents:
        group = grouped.get(doc.claim_id or "")
        if group is not None:
            group.append(doc)
    return grouped
