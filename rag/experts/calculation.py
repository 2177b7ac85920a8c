"""The calculation expert: arithmetic over a claim file, done by the deterministic tools.

The inputs come from the claim's metadata (dated events, labelled amounts), each with the
verbatim line it was read from, located at ingest: so the answer states the result and cites
every input, e.g. ``23 days: from the loss on March 3, 2026 [1] to the payment on March 26,
2026 [2].`` Which events or amounts the question means is decided by word overlap between the
question's phrases and each input's label and line. When an input cannot be found the expert
returns ``None`` and the manager falls back to the needle expert.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from rag.experts.facts import facts_of
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import STOPWORDS, content_terms, terms
from rag.records import DocumentInfo, FactLine
from rag.tools import days_between, difference, net_of_deductible, remaining_limit, sum_amounts
from rag.tools.dates import long_date
from rag.tools.money import money_text

_DAYS = re.compile(r"\bhow many (?:calendar |business )?days\b|\bdays between\b|\bhow long\b|"
                   r"\bhow soon\b|\bnumber of days\b", re.I)
_NET = re.compile(r"\bafter (?:the |applying the )?deductible\b|\bnet of\b|\bless the deductible\b|"
                  r"\bminus the deductible\b|\bnet\b", re.I)
_REMAINING = re.compile(r"\bremaining\b|\bleft\b|\bremains?\b", re.I)
_DIFFERENCE = re.compile(r"\bhow much (?:more|less|higher|lower)\b|\bdifference between\b", re.I)
_SUM = re.compile(r"\btotal of\b|\bsum\b|\badd(?:ed)? up\b|\bin total\b|\bcombined\b|\baltogether\b|"
                  r"\btotal\b", re.I)

_CALC_WORDS = frozenset(
    "how many days long soon number between total sum add added up combined altogether net after "
    "less minus remaining left remain remains much more higher lower difference deductible limit "
    "calendar business take took it until till since".split()
)

_EVENT_NAMES = {
    "date_of_loss": "the loss",
    "reported": "the report",
    "payment": "the payment",
    "inspection": "the inspection",
    "estimate": "the estimate",
    "closed": "the closing",
}
_EVENT_WORDS = {
    "date_of_loss": {"loss", "accident", "incident", "happen", "occur", "crash", "collision", "fire", "storm"},
    "reported": {"report", "notice", "notified", "fnol", "call", "called"},
    "payment": {"pay", "cost", "check", "settle", "settlement"},
    "inspection": {"inspection", "inspect", "inspected", "appraisal", "visit"},
    "estimate": {"estimate"},
    "closed": {"close", "closed", "closing"},
}


@dataclass(frozen=True)
class _Input:
    doc: DocumentInfo
    fact: FactLine


def answer_calculation(question: str, documents: Sequence[DocumentInfo]) -> ExpertResult | None:
    """Compute what the question asks over one claim's documents, citing every input; ``None``
    when the question is not arithmetic this expert can do or an input is missing."""
    sources = Sources()
    if _DAYS.search(question):
        return _days(question, documents, sources)
    if _DIFFERENCE.search(question):
        return _difference(question, documents, sources)
    if re.search(r"\blimit\b|\bcoverage\b", question, re.I) and _REMAINING.search(question):
        return _remaining(question, documents, sources)
    if _NET.search(question):
        return _net(question, documents, sources)
    if _SUM.search(question):
        return _sum(question, documents, sources)
    return None


# -- days -----------------------------------------------------------------------------------

_BETWEEN = (
    re.compile(r"\bbetween (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bfrom (?P<a>.+?) (?:to|until|till) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bafter (?P<a>.+?) (?:was|were|did|is|does|had) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bbefore (?P<b>.+?) (?:was|were|did|is|does|had) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"\bsince (?P<a>.+?) (?:was|were|did|is|does|had|until) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?:was|were|did|is) (?P<b>.+?) (?:after|following) (?P<a>.+?)(?:\?|$)", re.I),
)


def _days(question: str, documents: Sequence[DocumentInfo], sources: Sources) -> ExpertResult | None:
    events = [_Input(d, f) for d, f in facts_of(documents, "event")]
    if not events:
        return None
    phrases = _two_phrases(question)
    if phrases is None:
        # "How long did it take to pay the claim?": from the loss to the one event named.
        phrase = _strip_calc_words(question)
        if not phrase:
            return None
        phrases = ("date of loss", phrase)
    first = _pick_event(phrases[0], events)
    second = _pick_event(phrases[1], events, exclude=first)
    if first is None or second is None or first.fact.value == second.fact.value and first.fact.text == second.fact.text:
        return None
    start, end = sorted((first, second), key=lambda e: e.fact.value)
    result = days_between(start.fact.value, end.fact.value)
    unit = "day" if result.days == 1 else "days"
    text = (
        f"{result.days} {unit}: from {_event_name(start, phrases)} on {long_date(start.fact.value)} "
        f"{sources.cite_line(start.doc, start.fact)} to {_event_name(end, phrases)} on "
        f"{long_date(end.fact.value)} {sources.cite_line(end.doc, end.fact)}."
    )
    return ExpertResult(text, "calculation", sources.citations, _claims(start, end),
                        {"tool": "days_between", "working": result.working, "phrases": list(phrases)})


def _two_phrases(question: str) -> tuple[str, str] | None:
    for pattern in _BETWEEN:
        m = pattern.search(question)
        if m and _strip_calc_words(m.group("a")) and _strip_calc_words(m.group("b")):
            return m.group("a").strip(), m.group("b").strip()
    return None


def _pick_event(phrase: str, events: list[_Input], *, exclude: _Input | None = None) -> _Input | None:
    """The event a phrase names: its label's words count most, then the words of its line.
    "first"/"initial" picks the earliest of equal matches, "last"/"final" the latest."""
    words = set(content_terms(phrase)) - _CALC_WORDS
    if not words:
        return None
    scored: list[tuple[float, _Input]] = []
    for ev in events:
        if exclude is not None and ev.fact.text == exclude.fact.text and ev.fact.value == exclude.fact.value:
            continue
        label_words = _EVENT_WORDS.get(ev.fact.label, set()) | terms(ev.fact.label.replace("_", " "))
        line_words = terms(ev.fact.text)
        score = 2.0 * len(words & label_words) + len(words & line_words)
        if score > 0:
            scored.append((score, ev))
    if not scored:
        return None
    best = max(s for s, _ in scored)
    ties = [ev for s, ev in scored if s == best]
    lowered = phrase.lower()
    if re.search(r"\b(?:last|final|latest|most recent)\b", lowered):
        return max(ties, key=lambda e: e.fact.value)
    return min(ties, key=lambda e: e.fact.value)


def _event_name(event: _Input, phrases: tuple[str, str]) -> str:
    return _EVENT_NAMES.get(event.fact.label) or _noun_phrase(event.fact.label.replace("_", " ")) or "the event"


def _noun_phrase(text: str) -> str:
    return f"the {text}" if text else ""


# -- money ----------------------------------------------------------------------------------


def _amounts(documents: Sequence[DocumentInfo]) -> list[_Input]:
    return [_Input(d, f) for d, f in facts_of(documents, "amount")]


def _pick_amounts(phrase: str, amounts: list[_Input], *, exclude_labels: tuple[str, ...] = ()) -> list[_Input]:
    """Amounts a phrase names, best first: the label's words count double. A plural head noun
    ("the invoices", "all payments") keeps every equally good match; a singular one keeps one."""
    words = set(content_terms(phrase)) - _CALC_WORDS
    if not words:
        return []
    scored: list[tuple[float, _Input]] = []
    for a in amounts:
        if a.fact.label in exclude_labels:
            continue
        label_words = terms(a.fact.label.replace("_", " "))
        line_words = terms(a.fact.text)
        doc_words = terms(f"{a.doc.name} {a.doc.metadata.document_type or ''}")
        score = 2.0 * len(words & label_words) + len(words & line_words) + 0.5 * len(words & doc_words)
        if score > 0:
            scored.append((score, a))
    if not scored:
        return []
    scored.sort(key=lambda s: -s[0])
    best = scored[0][0]
    ties = _distinct([a for s, a in scored if s == best])
    plural = re.search(r"\b(?:all|every|each)\b|\b\w+s\b\s*$", phrase.strip(" ?.").lower())
    return ties if plural else ties[:1]


def _distinct(inputs: list[_Input]) -> list[_Input]:
    seen: set[tuple[str, str]] = set()
    out = []
    for i in inputs:
        key = (i.doc.doc_id, i.fact.text)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def _sum(question: str, documents: Sequence[DocumentInfo], sources: Sources) -> ExpertResult | None:
    m = re.search(r"\b(?:total of|sum of|add up|added up|combined|altogether)\b(?P<rest>.*)", question, re.I)
    body = m.group("rest") if m and _strip_calc_words(m.group("rest")) else question
    items = [p for p in re.split(r",|\band\b|\bplus\b|&", _strip_claim_words(body)) if _strip_calc_words(p)]
    amounts = _amounts(documents)
    picked: list[_Input] = []
    for item in items or [body]:
        for a in _pick_amounts(item, amounts):
            if a not in picked:
                picked.append(a)
    if not picked or (len(picked) == 1 and len(items) < 2):
        return None
    result = sum_amounts([Decimal(a.fact.value) for a in picked])
    shown = " + ".join(f"{money_text(Decimal(a.fact.value))} {sources.cite_line(a.doc, a.fact)}" for a in picked)
    text = f"{result.text} in total: {shown}."
    return ExpertResult(text, "calculation", sources.citations, _claims(*picked),
                        {"tool": "sum_amounts", "working": result.working})


def _net(question: str, documents: Sequence[DocumentInfo], sources: Sources) -> ExpertResult | None:
    amounts = _amounts(documents)
    deductibles = [a for a in amounts if a.fact.label == "deductible"]
    if not deductibles:
        return None
    deductible = deductibles[0]
    base_phrase = re.split(r"\bafter\b|\bnet of\b|\bless\b|\bminus\b", question, flags=re.I)[0]
    base = _pick_amounts(base_phrase, amounts, exclude_labels=("deductible",))
    if not base:
        base = [a for a in amounts if a.fact.label in ("invoice_total", "estimate_total", "approved")][:1]
    if not base:
        return None
    amount = base[0]
    result = net_of_deductible(Decimal(amount.fact.value), Decimal(deductible.fact.value))
    text = (
        f"{result.text} after the deductible: {money_text(Decimal(amount.fact.value))} "
        f"{sources.cite_line(amount.doc, amount.fact)} - {money_text(Decimal(deductible.fact.value))} "
        f"deductible {sources.cite_line(deductible.doc, deductible.fact)}."
    )
    return ExpertResult(text, "calculation", sources.citations, _claims(amount, deductible),
                        {"tool": "net_of_deductible", "working": result.working})


def _remaining(question: str, documents: Sequence[DocumentInfo], sources: Sources) -> ExpertResult | None:
    amounts = _amounts(documents)
    limits = [a for a in amounts if a.fact.label == "limit"]
    if not limits:
        return None
    limit = (_pick_amounts(question, limits) or limits)[0]
    paid = _distinct([a for a in amounts if a.fact.label == "payout"])
    if not paid:
        return None
    result = remaining_limit(Decimal(limit.fact.value), [Decimal(p.fact.value) for p in paid])
    shown = " - ".join(f"{money_text(Decimal(p.fact.value))} {sources.cite_line(p.doc, p.fact)}" for p in paid)
    text = (f"{result.text} remaining: {money_text(Decimal(limit.fact.value))} limit "
            f"{sources.cite_line(limit.doc, limit.fact)} - {shown} paid.")
    return ExpertResult(text, "calculation", sources.citations, _claims(limit, *paid),
                        {"tool": "remaining_limit", "working": result.working})


def _difference(question: str, documents: Sequence[DocumentInfo], sources: Sources) -> ExpertResult | None:
    m = (re.search(r"\bdifference between (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", question, re.I)
         or re.search(r"\b(?:more|less|higher|lower) (?:was|is|were|did)? ?(?P<a>.+?) than (?P<b>.+?)(?:\?|$)", question, re.I))
    if not m:
        return None
    amounts = _amounts(documents)
    a = _pick_amounts(m.group("a"), amounts)
    b = _pick_amounts(m.group("b"), amounts)
    if not a or not b or a[0] == b[0]:
        return None
    first, second = a[0], b[0]
    result = difference(Decimal(first.fact.value), Decimal(second.fact.value))
    text = (f"{money_text(abs(result.value))} {'more' if result.value >= 0 else 'less'}: "
            f"{money_text(Decimal(first.fact.value))} {sources.cite_line(first.doc, first.fact)} vs "
            f"{money_text(Decimal(second.fact.value))} {sources.cite_line(second.doc, second.fact)}.")
    return ExpertResult(text, "calculation", sources.citations, _claims(first, second),
                        {"tool": "difference", "working": result.working})


# -- helpers --------------------------------------------------------------------------------


def _strip_calc_words(text: str) -> str:
    return " ".join(w for w in content_terms(_strip_claim_words(text)) if w not in _CALC_WORDS)


def _strip_claim_words(text: str) -> str:
    return re.sub(r"\b(?:on|for|of|in) (?:claim )?CLM[-\s]?\d+\b|\bCLM[-\s]?\d+\b", " ", text, flags=re.I)


def _claims(*inputs: _Input) -> list[str]:
    return sorted({i.doc.claim_id for i in inputs if i.doc.claim_id})
