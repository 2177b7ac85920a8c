"""What a parsed file looks like, before it is chunked: text with its page and section.

Parsers (``rag.parsing``) turn bytes into a :class:`ParsedDocument`; the metadata extractor
(``rag.metadata``) reads :class:`ClaimMetadata` out of it. Both are deterministic: no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Section:
    """A run of text that shares one location: a PDF page, a heading's section, an email body."""

    text: str
    page: int | None = None
    """1-based page number (PDF, and PDF attachments of emails)."""
    heading: str | None = None
    """The nearest heading above the text (DOCX/Markdown headings, an email's subject)."""
    attachment: str | None = None
    """For emails: the attachment's file name when the text came from one."""


@dataclass
class ParsedDocument:
    filename: str
    """The file's display name, e.g. ``fnol-report.pdf``."""
    kind: str
    """``pdf``, ``docx``, ``txt``, ``md`` or ``eml``."""
    sections: list[Section]
    pages: int | None = None
    title: str | None = None
    """A human title when the format has one (PDF title, first heading, email subject)."""
    warnings: list[str] = field(default_factory=list)
    """What was skipped but did not stop the file, e.g. a corrupt email attachment or a PDF
    page without a text layer. Names parts and reasons only, never document text."""

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


@dataclass(frozen=True)
class LabelledAmount:
    """A money amount found next to a label, e.g. ``Deductible: $500.00``."""

    label: str
    """Normalised label: ``deductible``, ``limit``, ``invoice_total``, ``payout``, ``reserve``, ... """
    value: str
    """Decimal string, e.g. ``"500.00"`` (a string so JSON and Chroma keep it exact)."""
    text: str
    """The line it was read from, verbatim."""
    raw_label: str = ""
    """The label as written, e.g. ``Coverage A - Dwelling Limit``."""


@dataclass(frozen=True)
class DatedEvent:
    """A date found in the text with the words around it (a timeline line, a labelled date)."""

    date: str
    """ISO ``YYYY-MM-DD``."""
    text: str
    """The line or sentence it was read from, verbatim."""
    label: str = ""
    """Normalised label when there is one: ``date_of_loss``, ``reported``, ``payment``, ..."""


@dataclass(frozen=True)
class ClaimFact:
    """A fact about where a claim stands, read from one line at ingest: what lookups filter on
    ("open claims", "reserves over $100k", "claims with an attorney")."""

    kind: str
    """``status`` (value ``open``, ``closed``, ``reopened``, ``denied`` or ``litigation``),
    ``reserve`` (value: the reserve the line sets, a decimal string; its parts summed),
    ``party`` (value: a name; ``role``: ``attorney``, ``vendor``, ``tpa``, ...) or ``reported``
    (value: the ISO date the loss was reported)."""
    value: str
    text: str
    """The line or sentence it was read from, verbatim."""
    role: str = ""
    date: str = ""
    """The ISO date the line gives the fact (a dated note), else ``""``: the latest status wins."""


@dataclass
class ClaimMetadata:
    """Claim facts read from a document at ingest, deterministically."""

    claim_ids: list[str] = field(default_factory=list)
    """Every claim number the document mentions, most frequent first."""
    policy_numbers: list[str] = field(default_factory=list)
    insured: list[str] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)
    adjusters: list[str] = field(default_factory=list)
    date_of_loss: str | None = None
    """ISO ``YYYY-MM-DD``."""
    amounts: list[LabelledAmount] = field(default_factory=list)
    events: list[DatedEvent] = field(default_factory=list)
    document_type: str | None = None
    """A guess from the title and words: ``invoice``, ``estimate``, ``fnol``, ``adjuster_notes``,
    ``correspondence``, ``policy``, ``report``, ..."""
    facts: list[ClaimFact] = field(default_factory=list)
    """Status, reserves, parties by role and report date, each with its line (see :class:`ClaimFact`)."""
    mentioned_amounts: list[LabelledAmount] = field(default_factory=list)
    """Amounts said in running text ("Estimate $12,400.00.", "a deductible of $1,000"), with the
    words before them as their label: what a file-share reply lists when no line labels an amount.
    The experts read :attr:`amounts` (labelled lines), not these."""

    @property
    def claim_id(self) -> str | None:
        """The claim this document belongs to: the one it names most."""
        return self.claim_ids[0] if self.claim_ids else None

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ClaimMetadata":
        data = dict(data)
        data["amounts"] = [LabelledAmount(**a) for a in data.get("amounts", [])]
        data["events"] = [DatedEvent(**e) for e in data.get("events", [])]
        data["facts"] = [ClaimFact(**f) for f in data.get("facts", [])]
        data["mentioned_amounts"] = [LabelledAmount(**a) for a in data.get("mentioned_amounts", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})  # a newer replica's fields are skipped
