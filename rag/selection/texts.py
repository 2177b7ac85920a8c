"""The texts of one document version that the answer selector and the claim card embed.

A question's candidate units come from the top-level chunks (a page or a section) around its
retrieved passages (:func:`rag.selection.candidate_units` with the engine's ``expand``), so every
unit a question about this document can score is a unit of one of its top-level chunks. The
selector embeds, besides the question, the units it keeps, their section headings (or the
document's name) and their labels and column headers; the claim card's sentence pool embeds
units, narrative and decision points and dated log lines as one-line sentences. All of them are
fixed by the document's text: :func:`version_texts` lists them, so they can be embedded once per
document version (:mod:`rag.embedding.ahead`) instead of once per question. A text listed here
that no question asks for costs only its embedding; a text a question asks for that is not
listed is embedded by the question as before: the answer is the same either way (the vector
cache keys a vector by its text, :mod:`rag.embedding.cache`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rag.records import DocumentInfo, Passage
from rag.selection.selector import _heading
from rag.selection.units import candidate_units


def version_texts(roots: Sequence[Passage], document: DocumentInfo | None = None) -> list[str]:
    """The texts the selector and the card may embed for the document whose top-level chunks are
    ``roots`` (each with its own section and the document's name), and whose ingest-time summary
    points and fact lines ``document`` holds; each once, in document order."""
    from rag.experts.card import _sentence_of  # the card's sentence pool embeds units as one line

    out: dict[str, None] = {}

    def add(texts: Iterable[str]) -> None:
        for text in texts:
            if text and text.strip():
                out.setdefault(text)

    for root in roots:
        for unit in candidate_units([root]):
            add([unit.text, _heading(unit), unit.label, *(h for h, _ in unit.pairs), _sentence_of(unit.text)])
    if document is not None:
        add(_sentence_of(p.text) for p in document.summary_points if p.kind in ("narrative", "decision"))
        add(_sentence_of(f.text) for f in document.fact_lines if f.kind == "event")
    return list(out)


def fixed_texts() -> tuple[list[str], list[str]]:
    """``(texts, queries)`` every claim card embeds whatever the claim: its fields' questions as
    the selector embeds them (with what each asks) and as searches, and the sentence pool's
    questions; embedded once when idle, so a replica's first card does not pay for them."""
    from rag.experts.card import _LINE_MEANINGS, FIELDS, FOUND, HAPPENED
    from rag.selection.selector import _asked_phrase, strip_ids

    questions = list(dict.fromkeys(q for q, _ in FIELDS.values()))
    texts = [*questions, *(_asked_phrase(strip_ids(q)) or q for q in questions), HAPPENED, FOUND,
             *_LINE_MEANINGS.values()]
    return list(dict.fromkeys(texts)), questions
