"""The selector's answer: the value in a short sentence, with how sure it is.

- One fact when the best unit is clearly best; the two best when the second is within the
  model's margin (a user then sees both, each cited, instead of a coin toss); "couldn't find"
  when no unit reaches the threshold calibrated on questions the files cannot answer.
- The fact is the unit cut down to what states the value: the ``Column: value`` pair of a table
  row (with the row's first cell, which names the row), a ``Label: value`` line, a sentence, or,
  of a long sentence, the part (up to a semicolon) that holds the value. The excerpt itself goes
  in the citation.
- A unit that is the asked field left blank ("Marital status: ____", ``blank_value``) never answers:
  the file says it does not know, which is "couldn't find", not a fact.
- An answer never writes a number its cited unit does not hold (:func:`states_only_cited_numbers`);
  a cut-down fact that would is replaced by the unit's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag.experts.result import ExpertResult, Sources
from rag.experts.text import with_marker
from rag.selection.decide import Decider, decision_row, load_decider
from rag.selection.selector import Model, Scored, Selection, load_model
from rag.selection.values import numbers_in

BY_CLAIM = 0.8
"""When no claim was named, another claim's best unit at this share of the best's probability is
listed as that claim's answer."""
MAX_FACT_CHARS = 200
"""One fact's length in an answer; two facts side by side get ~130 characters each."""


def compose(
    selection: Selection, *, claim_named: bool, model: Model | None = None, threshold: float | None = None,
    decider: Decider | None = None,
) -> ExpertResult | None:
    """The answer for a scored selection, or None when the best unit is no answer (the caller says
    what was searched): by ``decider`` (default: the shipped second stage, :mod:`rag.selection.decide`,
    when neither ``model`` nor ``threshold`` is given), else by the model's threshold (or ``threshold``)."""
    if model is None and threshold is None:
        decider = decider or load_decider()
    model = model or load_model()
    if threshold is not None:
        model = replace(model, threshold=threshold)
    trace = {"selector": [_trace(s) for s in selection.scored[:6]], "kind": selection.kind,
             "absent": selection.absent, "threshold": model.threshold}
    if selection.vetoed:  # a rule, not a probability: see ``selector.qualifier_veto``
        return None
    # "Marital status: ____" is the file saying it does not know: no answer, however like the question
    ranked = [s for s in selection.scored if not s.blank]
    if not ranked:
        return None
    if decider is not None:
        decided = decider.probability(decision_row(replace(selection, scored=ranked)))
        trace["decider"] = round(decided, 4)
        if decided < decider.threshold:
            return None
    elif not model.answers(ranked[0].probability, second_best(ranked)):
        return None
    best = ranked[0]
    close = [s for s in ranked[1:] if s.probability >= best.probability - model.margin
             and s.probability >= model.threshold and fact_of(s) != fact_of(best)]
    sources = Sources()
    if not claim_named and best.unit.passage.claim_id:
        # no claim named: another claim's best unit nearly as likely is that claim's fact, not a rival
        seen = {best.unit.passage.claim_id}
        others = []
        for s in ranked[1:]:
            claim = s.unit.passage.claim_id
            if claim and claim not in seen and s.probability >= max(model.threshold, BY_CLAIM * best.probability):
                seen.add(claim)
                others.append(s)
        if others:
            parts = [f"{s.unit.passage.claim_id}: {_cited(s, sources, 110)}" for s in [best, *others[:2]]]
            text = f"This differs by claim: {'; '.join(parts)}. Name a claim to narrow it down."
            return ExpertResult(text, "needle", sources.citations, [], {**trace, "by_claim": True})
    claims = [best.unit.passage.claim_id] if best.unit.passage.claim_id else []
    if close:
        second = close[0]
        text = f"Most likely {_cited(best, sources, 130)}; or {_cited(second, sources, 130)}."
        return ExpertResult(text, "needle", sources.citations, claims, {**trace, "close": True})
    return ExpertResult(_cited(best, sources, MAX_FACT_CHARS, sentence=True), "needle", sources.citations, claims,
                        trace)


def second_best(ranked: Sequence[Scored]) -> float:
    """The probability of the second unit of ``ranked`` (0 when there is none), as the lead rule was
    calibrated on (``rag.selection.fit.calibrate_lead``): a unit stating the same value in other words
    counts as a rival too, which makes the rule answer less, not more."""
    return ranked[1].probability if len(ranked) > 1 else 0.0


def _cited(scored: Scored, sources: Sources, limit: int, *, sentence: bool = False) -> str:
    """The fact of ``scored`` with its marker; the unit's own words when the cut-down fact would
    state a number the unit does not hold."""
    marker = sources.cite_passage(scored.unit.passage, scored.unit.excerpt)
    fact = _shorten(fact_of(scored, limit), limit, scored.value)
    if not states_only_cited_numbers(fact, [scored.unit.excerpt, scored.unit.text]):
        fact = _shorten(scored.unit.text, limit, scored.value)
    if sentence:
        return with_marker(fact, marker)
    return f"{fact.rstrip('.')} {marker}"


def fact_of(scored: Scored, limit: int = MAX_FACT_CHARS) -> str:
    """The part of a unit that states its value (see the module doc)."""
    unit, value = scored.unit, scored.value
    if len(unit.pairs) > 1:
        chosen = next(((h, c) for h, c in unit.pairs if value and value in c), None)
        if chosen is None:
            return unit.text
        return _row_fact(chosen, [p for p in unit.pairs if p != chosen], limit)
    if unit.pairs or not value or len(unit.text) <= SHORT_FACT_CHARS:
        return unit.text  # a sentence short enough is the fact as the file states it
    return clause_holding(unit.text, value, SHORT_FACT_CHARS)


SHORT_FACT_CHARS = 150
"""A sentence longer than this is stated by the clauses around its value, not whole: asked how many
head of cattle died, the adjuster reads the clause with the count, not the 300 characters of the
sentence it stands in (the excerpt in the citation keeps the whole sentence)."""

_CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'\u201c])|(?<=;)\s+|(?<=,)\s+|\s+(?=[-\u2013\u2014]\s)|"
                           r"(?<=[-\u2013\u2014])\s+|\s+(?=\()|(?<=\))\s+")
"""Where a sentence may be cut: after a sentence's end, a semicolon or a comma, around a dash, around
parentheses."""


def _open_aside(fact: str) -> bool:
    return fact.count("(") > fact.count(")")


def clause_holding(text: str, value: str, limit: int = SHORT_FACT_CHARS) -> str:
    """The run of whole clauses of ``text`` around the first ``value`` it writes, as long as fits
    ``limit`` (the value's own clause first, then the clauses before and after it in turn; the
    clauses before first, which name what the value is: "check 1180447 issued 07/21/2026 payable to
    ..."); ``text`` when it is short enough, or when the value is not in it."""
    text = " ".join(text.split())
    at = text.find(value)
    if len(text) <= limit or at < 0:
        return text
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text) if 0 < m.end() < len(text)), len(text)]
    cuts = sorted(set(cuts))
    first = max(k for k, c in enumerate(cuts[:-1]) if c <= at)
    last = min(k for k, c in enumerate(cuts[1:], start=1) if c >= at + len(value))
    start, end = first, last
    while True:
        grown = False
        for lo, hi in ((start - 1, end), (start, end + 1)):
            if lo >= 0 and hi < len(cuts) and len(text[cuts[lo]:cuts[hi]].strip()) <= limit:
                start, end, grown = lo, hi, True
                break
        if not grown:
            break
    if start < first and text[cuts[start]] == "(":  # an aside does not begin a fact: "(report 88) shows ..."
        start += 1
    while _open_aside(text[cuts[start]:cuts[end]]) and end > last:  # nor is one left open at its end
        end -= 1
    while (_open_aside(text[cuts[start]:cuts[end]]) and end + 1 < len(cuts)
           and cuts[end + 1] - cuts[start] <= limit + 40):
        end += 1
    fact = text[cuts[start]:cuts[end]].strip().rstrip(",;-\u2013\u2014 ")
    if len(fact.split()) < 4:
        return text
    return fact if start == 0 or fact[0].isupper() else f"\u2026{fact}"


def _row_fact(chosen: tuple[str, str], rest: Sequence[tuple[str, str]], limit: int) -> str:
    """A table row or a line of form fields, the asked cell first and the row's other cells
    after it, in the row's order (the first names the row), as many whole cells as ``limit``
    allows: ``Code: 64483; Date: 05/29/2024; Provider: Felix Brandt, MD; ...``."""
    fact = _pair_text(chosen)
    shown: list[str] = []
    for pair in rest:
        cell = _pair_text(pair)
        if len(fact) + len("; ".join([*shown, cell])) + 4 > limit:  # "; " before them, "; \u2026" after
            shown.append("\u2026")
            break
        shown.append(cell)
    return "; ".join([fact, *shown])


def _pair_text(pair: tuple[str, str]) -> str:
    header, cell = pair
    return f"{header}: {cell}" if header else cell


def states_only_cited_numbers(text: str, excerpts: Sequence[str]) -> bool:
    """Every number ``text`` writes is one some of ``excerpts`` holds (``$1,200`` = ``1200.00``)."""
    held: set[float] = set()
    for e in excerpts:
        held |= numbers_in(e)
    return numbers_in(text) <= held


def _shorten(text: str, limit: int, value: str | None) -> str:
    """``text`` within ``limit`` characters, cut at word boundaries around ``value``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    at = text.find(value) if value else -1
    start = 0 if at < 0 else max(0, at - limit // 2)
    if start:
        start = text.find(" ", start) + 1
    end = start + limit - 2
    if end < len(text):
        end = text.rfind(" ", start, end)
    cut = text[start:end].strip(" ,;")
    return ("\u2026" if start else "") + cut + "\u2026"


def _trace(s: Scored) -> dict:
    return {"unit": s.unit.text[:160], "p": round(s.probability, 4), "value": s.value,
            "document": s.unit.passage.document, "page": s.unit.passage.page,
            "features": [round(f, 3) for f in s.features]}
