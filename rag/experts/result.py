"""What an expert hands back to the manager, and how experts number the excerpts they quote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rag.answer import Citation, Route
from rag.records import DocumentInfo, FactLine, Passage, SummaryPoint


@dataclass
class ExpertResult:
    """An answer before the manager finishes it: ``text`` uses ``[n]`` markers that point at
    ``citations[n-1]``; the manager renumbers them in order of appearance across the answer."""

    text: str
    route: Route
    citations: list[Citation] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    trace: dict[str, Any] = field(default_factory=dict)
    """Expert-specific detail for the debugging trace (scores of the lines considered, ...)."""


class Sources:
    """The excerpts an expert quotes, numbered as they are first cited; the same excerpt from
    the same place is cited once."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._index: dict[tuple[str, int | None, str], int] = {}

    def cite(
        self,
        *,
        document: str,
        excerpt: str,
        page: int | None = None,
        section: str | None = None,
        claim_id: str | None = None,
        scope: str | None = None,
        source_url: str | None = None,
    ) -> str:
        """Register an excerpt and return its marker, e.g. ``[2]``."""
        key = (document, page, excerpt)
        if key not in self._index:
            n = len(self.citations) + 1
            self.citations.append(
                Citation(n=n, document=document, excerpt=excerpt, page=page, section=section,
                         claim_id=claim_id, scope=scope, source_url=source_url)
            )
            self._index[key] = n
        return f"[{self._index[key]}]"

    def cite_passage(self, passage: Passage, excerpt: str) -> str:
        """Cite a line quoted from a retrieved passage, at the passage's page and section."""
        return self.cite(document=passage.document, excerpt=excerpt, page=passage.page,
                         section=passage.section, claim_id=passage.claim_id, scope=passage.scope,
                         source_url=passage.source_url)

    def cite_line(self, doc: DocumentInfo, line: FactLine | SummaryPoint) -> str:
        """Cite a line found at ingest (a fact line or a summary point) of a stored document."""
        return self.cite(document=doc.name, excerpt=line.text, page=line.page, section=line.section,
                         claim_id=doc.claim_id, scope=doc.scope, source_url=doc.source_url)
