"""Where each metadata fact stands in its document: located once at ingest, cited ever after.

:class:`~rag.documents.ClaimMetadata` says *what* a document states (the adjuster is Priya
Raman, the deductible is $500.00); lookups, calculations and the summary header must also say
*where*, with the verbatim line and its page. :func:`locate_facts` finds that line for every
fact while the parsed document is at hand; :func:`facts_of` reads them back per claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from rag.documents import ClaimMetadata, ParsedDocument
from rag.experts.loss_runs import locate_run_rows
from rag.experts.result import Sources
from rag.experts.text import paragraphs
from rag.records import ClaimRecord, DocumentInfo, FactLine
from rag.tools.dates import long_date

_LABEL_HINTS: dict[str, tuple[str, ...]] = {
    "claim_id": ("claim",),
    "policy_number": ("policy",),
    "insured": ("insured", "policyholder", "named insured", "customer", "owner"),
    "claimant": ("claimant", "third party", "injured"),
    "adjuster": ("adjuster", "adjustor", "handler", "handled by", "assigned", "examiner"),
    "date_of_loss": ("date of loss", "loss date", "date of incident", "incident date", "dol"),
}


def locate_facts(doc: ParsedDocument, meta: ClaimMetadata) -> list[FactLine]:
    """The line (with page and section) that states each fact of ``meta``, where one is found."""
    lines = list(_lines(doc))
    facts: list[FactLine] = []

    def add(kind: str, value: str, line: tuple[str, int | None, str | None] | None, label: str = "") -> None:
        if line is not None:
            facts.append(FactLine(kind=kind, value=value, text=line[0], page=line[1], section=line[2], label=label))

    for claim_id in meta.claim_ids:
        add("claim_id", claim_id, _best_line(lines, claim_id, _LABEL_HINTS["claim_id"]))
    for number in meta.policy_numbers:
        add("policy_number", number, _best_line(lines, number, _LABEL_HINTS["policy_number"]))
    for kind, names in (("insured", meta.insured), ("claimant", meta.claimants), ("adjuster", meta.adjusters)):
        for name in names:
            add(kind, name, _best_line(lines, name, _LABEL_HINTS[kind]))
    loss_events = [e for e in meta.events if e.label == "date_of_loss" and e.date == meta.date_of_loss]
    if meta.date_of_loss:
        line = _find_text(lines, loss_events[0].text) if loss_events else None
        add("date_of_loss", meta.date_of_loss, line, "date_of_loss")
    for event in meta.events:
        add("event", event.date, _find_text(lines, event.text), event.label)
    for amount in meta.amounts:
        add("amount", amount.value, _find_text(lines, amount.text), amount.label)
    for fact in meta.facts:  # status, reserve, party, reported: the label is a party's role, else the line's date
        add(fact.kind, fact.value, _find_text(lines, fact.text), fact.role or fact.date)
    facts.extend(locate_run_rows(doc))  # a loss run's rows: each a claim record the lookups read
    return facts


def facts_of(documents: Sequence[DocumentInfo], kind: str) -> Iterator[tuple[DocumentInfo, FactLine]]:
    """Every located fact of one kind across documents, with the document it came from (from the
    registry's index, for the kinds it holds, when the document's details were not read)."""
    for doc in documents:
        at_hand = doc.facts_at_hand(kind)
        for fact in at_hand if at_hand is not None else (doc.fact_lines or _unlocated(doc.metadata)):
            if fact.kind == kind:
                yield doc, fact


def _unlocated(meta: ClaimMetadata) -> list[FactLine]:
    """Amounts and events of a document stored without located facts: the metadata keeps
    their verbatim lines, only the page is unknown. (Names keep no line, so they cannot be cited.)"""
    return [FactLine("event", e.date, e.text, label=e.label) for e in meta.events] + [
        FactLine("amount", a.value, a.text, label=a.label) for a in meta.amounts
    ] + [FactLine(f.kind, f.value, f.text, label=f.role or f.date) for f in meta.facts]


def fact_for(documents: Sequence[DocumentInfo], kind: str, value: str) -> tuple[DocumentInfo, FactLine] | None:
    """The best line stating ``value`` as a ``kind`` fact: a labelled line first (``Adjuster:
    Priya Raman`` rather than an e-mail signature), then the first mention."""
    matches = [(d, f) for d, f in facts_of(documents, kind) if f.value.lower() == value.lower()]
    hints = _LABEL_HINTS.get(kind, ())
    matches.sort(key=lambda df: 0 if _labelled(df[1].text, hints) else 1)
    return matches[0] if matches else None


# -- finding lines --------------------------------------------------------------------------

Line = tuple[str, int | None, str | None]


def _lines(doc: ParsedDocument) -> Iterable[Line]:
    for section in doc.sections:
        heading = section.heading
        if section.attachment:
            heading = f"{section.attachment}: {heading}" if heading else section.attachment
        for para in paragraphs(section.text):
            yield para, section.page, heading


@lru_cache(maxsize=8192)
def _squash(text: str) -> str:
    """Whitespace runs as one space, lower case. Remembered: :func:`locate_facts` looks up every
    fact of a document in the same lines (a line squashed hundreds of times at ingest)."""
    return re.sub(r"\s+", " ", text).strip().lower()


def _find_text(lines: list[Line], text: str) -> Line | None:
    """The line that holds ``text`` (whitespace-insensitive); the text itself when it spans lines."""
    target = _squash(text)
    if not target:
        return None
    for line, page, section in lines:
        if target in _squash(line):
            return (text.strip() if len(line) > len(text) * 3 else line), page, section
    return None


def _best_line(lines: list[Line], value: str, hints: Sequence[str]) -> Line | None:
    needle = _squash(value)
    found = [line for line in lines if needle in _squash(line[0])]
    if not found:
        return None
    found.sort(key=lambda line: (0 if _labelled(line[0], hints) else 1, len(line[0]) > 200))
    return found[0]


def labelled_for(kind: str, text: str) -> bool:
    """Whether ``text`` states a ``kind`` fact under a label of its own (``Adjuster: ...``): the
    line :func:`fact_for` prefers."""
    return _labelled(text, _LABEL_HINTS.get(kind, ()))


def _labelled(text: str, hints: Sequence[str]) -> bool:
    head = text.split(":", 1)[0].lower() if ":" in text else ""
    return bool(head) and len(head) <= 40 and any(h in head for h in hints)


def describe_claim(
    claim: ClaimRecord, documents: Sequence[DocumentInfo], sources: Sources, *, with_loss_type: bool = True
) -> str:
    """``CLM-1042 - Auto - collision [1], insured Daniel Okafor [2], date of loss March 3, 2026
    [2], adjuster Priya Raman [3]``: the registry's facts about a claim, each cited to a line
    that states it. A fact no line could be found for is left out rather than stated uncited."""
    head = claim.claim_id
    if with_loss_type:
        for doc in documents:
            point = next(iter(doc.loss_type_points()), None)  # from the registry's index: no details read
            if point is not None:
                head = f"{claim.claim_id} - {point.text.split(':', 1)[1].strip()} {sources.cite_line(doc, point)}"
                break
    parts = [head]
    for kind, label, values in (
        ("insured", "insured", claim.insured[:1]),
        ("claimant", "claimant", claim.claimants[:1] if not claim.insured else []),
        ("date_of_loss", "date of loss", [claim.date_of_loss] if claim.date_of_loss else []),
        ("adjuster", "adjuster", claim.adjusters[:1]),
    ):
        for value in values:
            found = fact_for(documents, kind, value)
            if found is not None:
                shown = long_date(value) if kind == "date_of_loss" else value
                parts.append(f"{label} {shown} {sources.cite_line(*found)}")
    if "[" not in ", ".join(parts):  # nothing else stated: the line that names the claim is the source
        found_id = fact_for(documents, "claim_id", claim.claim_id)
        if found_id is not None:
            parts[0] = f"{claim.claim_id} {sources.cite_line(*found_id)}"
    return ", ".join(parts)
