"""Find a calculation's operands: the claim's labelled facts (events and amounts located at
ingest) and the fact selector's units scored by meaning against the phrase that names an
operand, restricted to the kind of value asked (:func:`select_values`). Each is an
:class:`Input` that knows how to cite itself."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rag.experts.calculation.amounts import AMOUNT_IN_LINE, amount_clause
from rag.experts.calculation.dates import (
    RANGE_JOIN,
    clause_terms,
    date_by_clause,
    dated_relatively,
    unwrapped,
    value_by_clause,
)
from rag.experts.calculation.question import COST, ORDINAL, phrase_words, shared
from rag.experts.result import Sources
from rag.experts.text import content_terms, terms
from rag.metadata import find_dates
from rag.records import DocumentInfo, FactLine, Passage
from rag.selection.values import find_values
from rag.tools.money import to_decimal

Embed = Callable[[list[str]], Any]
"""Texts to unit vectors: the engine's embedder."""


Search = Callable[[str, str], list[tuple[Passage, str, str]]]
"""``search(phrase, kind)`` with kind ``money`` or ``date``: lines of the claim that state such a
value for the phrase, best first, as ``(passage, line, value as written)``."""


_EVENT_NAMES = {
    "date_of_loss": "the loss",
    "reported": "the report",
    "payment": "the payment",
    "inspection": "the inspection",
    "estimate": "the estimate",
    "closed": "the closing",
}


EVENT_WORDS: dict[str, frozenset[str]] = {
    label: frozenset(t for w in words.split() for t in content_terms(w))
    for label, words in {
        "date_of_loss": "loss accident incident injury injured hurt happened occurred crash collision fire "
                        "storm burglary theft break-in fall fell slip flood leak burst",
        "reported": "report reported notice notified fnol called first-notice filed filing submitted lodged",
        "payment": "payment paid pay check issued",
        "inspection": "inspection inspected inspect appraisal visit",
        "estimate": "estimate",
        "closed": "closed closing close",
    }.items()
}


EVENT_SYNONYMS = {
    stem_of: canon
    for canon, forms in {
        "returned": "back",  # "the car was back with the insured": returned to the insured
        "completed": "done finished ready",  # "the car was done": repairs completed
        "released": "cleared",  # "cleared for full duty"
    }.items()
    for w in forms.split()
    for stem_of in content_terms(w)
    for canon in content_terms(canon)
}
"""Words people use in chat for a claim's milestones, as the files write them (event matching only)."""


DATE_WORDS = frozenset(content_terms("date day when"))


LOSS_COMPOUND = re.compile(r"\b(?:proof|notice|notification|report|statement|cause|description|location)\s+"
                            r"of\s+loss\b|"
                            r"\bloss\s+(?:of\s+use|of\s+income|payee|runs?|adjust\w*|notice|control|ratio|history)\b",
                            re.I)
"""Insurance terms in which "loss" names another thing than the loss itself: a line dated by one
(a proof of loss signed, a loss run pulled) does not date the loss."""


LOSS_TOLD = EVENT_WORDS["date_of_loss"] | frozenset(terms(
    "accident incident collapse explosion hail windstorm lightning vandalism wreck struck sinkhole froze freeze"))
"""Words a line uses to tell the loss itself happening (the date of loss when no line labels it)."""


LOSS_ITSELF = re.compile(r"\b(?:date|day|time) of (?:loss|the loss|incident|accident)\b|\bloss date\b|\bDOL\b", re.I)


PAID = frozenset(t for w in "paid pay payment payments".split() for t in content_terms(w))
"""What was paid is written "paid", "payment", "pay": one word for matching a line to the question."""


TOTAL = re.compile(r"\btotal\b", re.I)


START_WORDS = frozenset(t for w in "start started began begin from opened picked assigned".split()
                         for t in content_terms(w))


END_WORDS = frozenset(t for w in "end ended return returned completed finished closed released dropped".split()
                       for t in content_terms(w))


@dataclass(frozen=True)
class Input:
    """One number the calculation uses: its value, the line that states it, and how to cite it."""

    value: str
    """ISO date or decimal string."""
    text: str
    label: str
    clause: frozenset[str]
    """Terms of the clause around the value (a line can hold several dates or amounts)."""
    doc_id: str
    claim_id: str | None
    cite: Callable[[Sources], str]
    doc_words: frozenset[str] = frozenset()
    """Terms of the document's name: "the mitigation invoice" is the DryRight invoice's total."""
    section: str | None = None
    """The section heading of the line, when the file has one (a group's lines and its total share it)."""
    passage: Passage | None = None
    """The retrieved passage the line was read from, when the search found it."""

    @property
    def amount(self) -> Decimal:
        return Decimal(self.value)


def question_input(value: str, text: str) -> Input:
    """An input the question states: cited by the calculation's own source, not by a file."""
    return Input(value=value, text=text, label="", clause=frozenset(), doc_id="", claim_id=None,
                 cite=lambda sources: "")


INPUT_THRESHOLD = 0.1
"""The selector's probability under which a unit is no input: a calculation says which input it
could not find rather than compute from a weak guess."""


def select_values(
    phrase: str, passages: Sequence[Passage], contexts: Mapping[str, Passage], kind: str, embed: Embed
) -> list[tuple[Passage, str, str]]:
    """The units of ``passages`` that state a ``kind`` value (``date`` or ``money``) for ``phrase``,
    best first, as ``(passage, excerpt, value as written)``: the fact selector's units (sentences,
    ``Label: value`` lines, table rows as ``Column: value``) scored against the phrase, only those
    holding such a value. No list of event or amount names: the phrase's own words and meaning."""
    from rag.experts.needle import rule_view
    from rag.selection import candidate_units, select
    from rag.selection.selector import Scored

    units = candidate_units([unwrapped(p) for p in passages], {k: unwrapped(c) for k, c in contexts.items()})
    selector_kind = {"money": "amount", "measure": "count"}.get(kind, "date")  # a measure: a figure of any unit
    if kind == "date":
        units = dated_relatively(units)
    units = [u for u in units if find_values(selector_kind, u.text)]
    if not units:
        return []
    rules = rule_view(phrase, passages, contexts=contexts)  # the selector's model was fitted with the rules' view
    scored = select(phrase, units, embed, kind=selector_kind, rules=rules).scored
    order = ORDINAL.search(phrase)
    if kind == "date" and order and scored and scored[0].unit.pairs:
        # "the first payment": the earliest row of the table the best row is in (a ledger, a log)
        top = scored[0].unit
        rows = [(d[0], u) for u in units
                if u.passage.node_id == top.passage.node_id and u.label == top.label and u.pairs
                and (d := find_dates(u.text))]
        if rows:
            when, unit = (min if order.group("first") else max)(rows, key=lambda r: r[0][0])
            # the question asks for one row of the table by its order: the table as a whole is what
            # the selector's probabilities, summed over its rows, say is the answer
            table = sum(s.probability for s in scored if s.unit in {id(u): u for _, u in rows}.values())
            pick = Scored(unit, scored[0].features, min(1.0, max(table, scored[0].probability)), when[1])
            scored = [pick, *(s for s in scored if s.unit is not unit)]
    out = []
    words = phrase_words(phrase)
    for s in scored:
        if s.probability < INPUT_THRESHOLD or not s.value:
            continue
        if kind == "date" and not find_dates(s.value):
            continue  # "March 5" with no year: no day count from it
        value = s.value
        if kind == "date" and s.unit.text != s.unit.excerpt and not find_dates(s.unit.excerpt):
            value = value_by_clause(s.unit.text, value, words)  # a sentence dated relatively, event by event
        out.append((s.unit.passage, s.unit.excerpt, value))
    return out


def range_end(event: Input | None, *, end: bool) -> Input | None:
    """An event dated by a range ("04/09/2024 - 05/08/2024: modified duty") stands for its start
    when it opens a duration and for its end when it closes one."""
    if event is None or not event.text:
        return event
    dates = find_dates(event.text)
    for (d1, t1), (d2, t2) in zip(dates, dates[1:]):
        between = event.text[event.text.find(t1) + len(t1): event.text.find(t2, event.text.find(t1) + len(t1))]
        if RANGE_JOIN.match(between) and d1 < d2:
            value = (d2 if end else d1).isoformat()
            if value != event.value:
                return Input(value, event.text, event.label, event.clause, event.doc_id, event.claim_id, event.cite,
                             event.doc_words, event.section)
            return event
    return event


def fact_input(doc: DocumentInfo, fact: FactLine) -> Input:
    is_date = re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact.value) is not None
    return Input(
        value=fact.value,
        text=fact.text,
        label=fact.label,
        clause=frozenset(clause_terms(fact.text, fact.value) if is_date
                         else amount_clause(fact.text, fact.value, clause_terms)),
        doc_id=doc.doc_id,
        claim_id=doc.claim_id,
        cite=lambda sources, d=doc, f=fact: sources.cite_line(d, f),  # type: ignore[misc]
        doc_words=frozenset(terms(re.sub(r"[-_.]", " ", doc.name))),
        section=fact.section,
    )


def by_rows(search: Search) -> Search:
    """``search`` whose hits are single table rows: a hit that runs several rows together
    ("| 01/14 | Indemnity | ... | | 03/02 | Medical | ... |") stands for the row the phrase names
    best (the first of equals), so its amount is read with that row's columns and cited alone."""

    def rows_search(phrase: str, kind: str) -> list[tuple[Passage, str, str]]:
        words = set(content_terms(phrase))
        out = []
        for p, line, value in search(phrase, kind):
            rows = [r.strip() for r in re.split(r"(?<=\|)\s+(?=\|)", line) if r.strip()]
            if len(rows) > 1:
                wanted = [r for r in rows if (value in r if kind == "date" else AMOUNT_IN_LINE.search(r))] or rows
                line = max(wanted, key=lambda r: shared(words, terms(r)))
                if kind == "date" and value not in line:
                    value = next((t for _, t in find_dates(line)), value)
                elif kind == "money" and value not in line:
                    value = m.group(0) if (m := AMOUNT_IN_LINE.search(line)) else value
            elif kind == "date":
                line, value = date_by_clause(p, line, value, words)
            out.append((p, line, value))
        return out

    return rows_search


def search_input(passage: Passage, line: str, value: str, kind: str) -> Input | None:
    """An input found by searching the text: the value as the tools take it (ISO date, decimal)."""
    try:
        iso = find_dates(value)[0][0].isoformat() if kind == "date" else str(to_decimal(value))
    except (IndexError, ValueError):
        return None
    return Input(
        value=iso,
        text=line,
        label="",
        clause=frozenset(terms(line)),
        doc_id=passage.doc_id,
        claim_id=passage.claim_id,
        cite=lambda sources, p=passage, u=line: sources.cite_passage(p, u),  # type: ignore[misc]
        passage=passage,
    )


def label_words(i: Input) -> frozenset[str]:
    return EVENT_WORDS.get(i.label, frozenset()) | frozenset(terms(i.label.replace("_", " ")))


def matches(
    words: set[str], inputs: Sequence[Input], *, keep_all: bool = False, every_word: bool = True
) -> list[Input]:
    """The inputs a phrase's words name best. An amount must hold every word of the phrase (in
    its label, the clause of its value or its document's name: "the rental payment" is not the
    rental premium); an event (``every_word=False``), more than half of the phrase's weight
    ("the rental car" is the rental). Else nothing matches and the caller may search the text
    instead. Each word
    weighs by how rare it is among the inputs (``plumbing`` says more than ``invoice``); a word
    in the label counts double, one only in the document's name half. ``keep_all`` returns every
    input that holds the words, not only the best."""
    if not words or not inputs:
        return []
    fields = [(i, label_words(i), i.clause, i.doc_words) for i in inputs]
    weight = {
        w: math.log(1 + len(fields) / (1 + sum(1 for _, lab, cl, dw in fields if w in lab | cl | dw)))
        for w in words
    }
    scored: list[tuple[float, Input]] = []
    for i, label, clause, doc_words in fields:
        held = label | clause | doc_words
        if every_word and not (words - COST or words) <= held:
            continue
        if not every_word and sum(weight[w] for w in words if w in held) <= 0.5 * sum(weight.values()):
            continue
        score = sum(weight[w] * (2.0 if w in label else 1.0 if w in clause else 0.5 if w in doc_words else 0.0)
                    for w in words)
        scored.append((score, i))
    if not scored:
        return []
    if keep_all:
        return [i for _, i in scored]
    top = max(sc for sc, _ in scored)
    # Of equal matches, a total stands for its item ("the towing" is the towing total), then the shorter line.
    return sorted((i for sc, i in scored if sc >= top - 1e-9),
                  key=lambda i: (i.value.startswith("-"), "total" not in f"{i.label} {i.text}".lower(), len(i.text)))


def distinct(inputs: list[Input]) -> list[Input]:
    seen: set[tuple[str, str]] = set()
    out: list[Input] = []
    for i in inputs:
        key = (i.doc_id, i.text)
        if key not in seen and (i.value, i.text) not in {(o.value, o.text) for o in out}:
            seen.add(key)
            out.append(i)
    return out


def event_name(event: Input) -> str:
    """``the loss on `` for a labelled event; nothing for others (the cited line says what it is)."""
    if event.label in _EVENT_NAMES:
        return f"{_EVENT_NAMES[event.label]} on "
    return f"the {event.label.replace('_', ' ')} on " if event.label else ""
