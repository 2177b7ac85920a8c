"""Records the engine keeps and hands out: ingest reports, claims on file, retrieved passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rag.documents import ClaimMetadata, LabelledAmount

WORKSPACE = "workspace"
"""The scope of shared material (policy wordings, guidelines): visible from every channel."""


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

    @property
    def claim_id(self) -> str | None:
        return self.metadata.claim_id


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
