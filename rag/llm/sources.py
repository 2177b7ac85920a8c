"""The numbered sources of one answer: excerpts handed to the experts and tools' results.

Every excerpt an expert reads and every tool result gets a number here, once per answer; the
model cites those numbers, the grounding check reads the same texts, and the final answer keeps
only the sources it cites (renumbered from 1). Excerpts go to the models as quoted data inside
``<excerpt>`` tags, so an instruction written in a document is content, never an order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag.answer import Citation
from rag.llm.grounding import values
from rag.records import Passage

EXCERPT_CHARS = 2500
"""The most of one retrieved passage a model reads (merged parents can run to pages)."""
SHOWN_EXCERPT_CHARS = 400


@dataclass(frozen=True)
class Source:
    n: int
    citation: Citation
    text: str
    """What the model read and what the check compares against."""
    key: str
    score: float | None = None
    """The retrieval score of an excerpt (None for summary lines and tools)."""


class SourceBook:
    def __init__(self) -> None:
        self.sources: dict[int, Source] = {}
        self._by_key: dict[str, int] = {}

    def _add(self, key: str, citation: Citation, text: str, score: float | None = None) -> int:
        if key in self._by_key:
            return self._by_key[key]
        n = len(self.sources) + 1
        self.sources[n] = Source(n, replace(citation, n=n), text, key, score)
        self._by_key[key] = n
        return n

    def add_passage(self, passage: Passage) -> int:
        text = passage.text.strip()[:EXCERPT_CHARS]
        citation = Citation(n=0, document=passage.document, excerpt=text, page=passage.page,
                            section=passage.section, claim_id=passage.claim_id, scope=passage.scope,
                            source_url=passage.source_url)
        return self._add(f"node:{passage.node_id}", citation, text, passage.score)

    def add_line(self, *, document: str, text: str, page: int | None, section: str | None,
                 claim_id: str | None, scope: str | None, source_url: str | None) -> int:
        citation = Citation(n=0, document=document, excerpt=text, page=page, section=section,
                            claim_id=claim_id, scope=scope, source_url=source_url)
        return self._add(f"line:{document}:{page}:{text}", citation, text)

    def add_tool(self, name: str, inputs: str, result: str) -> int:
        """A tool's result as its own source: ``days_between(start=.., end=..) = 23 days``."""
        text = f"{name}({inputs}) = {result}"
        citation = Citation(n=0, document=f"tool: {name}", excerpt=text, section="calculation")
        return self._add(f"tool:{text}", citation, text)

    def trace(self) -> list[dict[str, object]]:
        """The sources for the debugging panels (the shape of the offline trace's ``retrieved``)."""
        return [{"id": s.key.split(":", 1)[1][:80], "score": round(s.score, 4) if s.score is not None else None,
                 "document": s.citation.document, "page": s.citation.page, "claim_id": s.citation.claim_id,
                 "text": s.text[:200]} for s in self.sources.values()]

    def texts(self) -> dict[int, str]:
        """Number -> what the check reads: the excerpt with its document's name and claim."""
        return {n: f"{s.citation.document} {s.citation.claim_id or ''} {s.text}" for n, s in self.sources.items()}

    def known_values(self) -> set[str]:
        """Every value any source holds (a tool's inputs must be among them)."""
        return set().union(*(values(t, source=True) for t in self.texts().values())) if self.sources else set()

    def quoted(self, numbers: list[int]) -> str:
        """The excerpts as the models read them: numbered, quoted, tags in the text defused."""
        blocks = []
        for n in numbers:
            s = self.sources[n]
            c = s.citation
            where = "".join(f' {k}="{_attr(v)}"' for k, v in (("document", c.document), ("page", c.page),
                                                              ("section", c.section), ("claim", c.claim_id)) if v)
            body = re.sub(r"(?i)</?\s*excerpt", lambda m: m.group(0).replace("<", "&lt;"), s.text)
            blocks.append(f'<excerpt n="{n}"{where}>\n{body}\n</excerpt>')
        return "\n".join(blocks)

    def citation(self, n: int, new_n: int, sentence_text: str) -> Citation:
        """Source ``n`` as the answer's citation ``new_n``, its excerpt cut to the lines that
        back what the answer says (the Sources section quotes, it does not paste pages)."""
        s = self.sources[n]
        return replace(s.citation, n=new_n, excerpt=focus(s.text, sentence_text))


def _attr(value: object) -> str:
    return str(value).replace('"', "'").replace("<", "(").replace(">", ")")[:200]


def focus(text: str, said: str) -> str:
    """The lines of ``text`` that back what the answer ``said`` with it: those holding its values
    (up to three, in document order), else the one sharing most words. The Sources section
    quotes; it does not paste pages."""
    lines = [ln.strip() for ln in re.split(r"\n+|(?<=[.!?])\s+(?=[A-Z])", text) if ln.strip()]
    if not lines:
        return text.strip()[:SHOWN_EXCERPT_CHARS]
    wanted = values(said)
    chosen: list[int] = []
    covered: set[str] = set()
    while len(chosen) < 3:
        gains = [(len((values(line, source=True) & wanted) - covered), i) for i, line in enumerate(lines)
                 if i not in chosen]
        gain, best = max(gains, default=(0, -1))
        if gain == 0:
            break
        chosen.append(best)
        covered |= values(lines[best], source=True) & wanted
    if not chosen:
        words = set(re.findall(r"[a-z]{4,}", said.lower()))
        chosen = [max(range(len(lines)), key=lambda i: len(set(re.findall(r"[a-z]{4,}", lines[i].lower())) & words))]
    return " … ".join(lines[i] for i in sorted(chosen))[:SHOWN_EXCERPT_CHARS]
