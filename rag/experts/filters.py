"""Which claims match a question's conditions: "which claims involve water damage", "open claims
with a reserve over $20,000", "losses after January 1, 2026", "claims involving Westside".

Read from what ingest stored for every claim (the loss type and narrative points, the dated
events, the labelled amounts), never from phrases of our samples: a condition is the question's
words, matched against each claim's own. Each claim listed is cited to the line that makes it
match; no match is answered "none", never with every claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rag.experts.facts import facts_of
from rag.experts.result import Sources
from rag.experts.text import STOPWORDS, content_terms, terms
from rag.metadata import find_dates, parse_money
from rag.records import ClaimRecord, DocumentInfo, FactLine, Passage
from rag.tools.dates import long_date
from rag.tools.money import money_text

_PHRASING = frozenset(content_terms(
    "which what who list show all any claims claim files file losses loss matters cases involve involves involved "
    "involving have has had with about mention mentions mentioned concern concerning related relate there do we "
    "our are is were was on file open opened closed close still pending active settled reserve reserves reserved "
    "over under above below more less than greater exceeding exceeds after before between since from to until and "
    "during in of the a an type kind date dated happened occurred reported greater amount"))
"""The words of asking which claims, and of the conditions below: not a topic."""
_MONTHS = ("january february march april may june july august september october november december".split())
_GENERIC = frozenset(content_terms("damage loss claim type cause incident"))

_STATUS = re.compile(r"\b(?P<open>open|active|pending|still open)\b|\b(?P<closed>closed|settled)\b", re.I)
_RESERVE = re.compile(
    r"\breserves?\b[^$?]*?\b(?P<op>over|above|more than|greater than|exceeding|at least|under|below|less than|"
    r"at most)\s+(?P<amount>\$\s?[\d,]+(?:\.\d{1,2})?(?:\s?[kK]\b)?)", re.I)
_AFTER = re.compile(r"\b(?:after|since|from)\b", re.I)
_BEFORE = re.compile(r"\b(?:before|prior to|until)\b", re.I)
_CLAIM_CLOSED = re.compile(
    r"\b(?:claim|file|case|status)\b[^.;]{0,25}\bclosed\b|\bclosed\b[^.;]{0,10}\b(?:claim|file)\b", re.I)
_REOPENED = re.compile(r"\breopen", re.I)


@dataclass
class Conditions:
    """What a "which claims" question asks of each claim; empty when it asks for all of them."""

    topic: list[str] = field(default_factory=list)
    """The question's topic words (stems), e.g. ``["water", "damag"]``."""
    phrase: str = ""
    """The topic as written, for a name the files use ("Westside Collision")."""
    status: str = ""
    """``open`` or ``closed``."""
    reserve: tuple[str, Decimal] | None = None
    """``(">" or "<", amount)`` on the open reserve."""
    after: date | None = None
    before: date | None = None

    def __bool__(self) -> bool:
        return bool(self.topic or self.status or self.reserve or self.after or self.before)

    def describe(self) -> str:
        parts = []
        if self.phrase:
            parts.append(f"involving {self.phrase}")
        if self.status:
            parts.append(self.status)
        if self.reserve:
            parts.append(f"open reserve {'over' if self.reserve[0] == '>' else 'under'} {money_text(self.reserve[1])}")
        if self.after:
            parts.append(f"loss after {long_date(self.after)}")
        if self.before:
            parts.append(f"loss before {long_date(self.before)}")
        return ", ".join(parts)


def read_conditions(question: str, *, ignore: Sequence[str] = ()) -> Conditions:
    """The conditions of a "which claims ..." question."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    found = Conditions()
    reserve = _RESERVE.search(question)
    if reserve:
        value = parse_money(reserve.group("amount"))
        if value is not None:
            op = "<" if reserve.group("op").lower() in ("under", "below", "less than", "at most") else ">"
            found.reserve = (op, value)
        question = question.replace(reserve.group(0), " reserve ")
    status = _STATUS.search(re.sub(r"\b(?:open|outstanding)\s+reserves?\b", " reserve ", question, flags=re.I))
    if status:
        found.status = "closed" if status.group("closed") else "open"
    dates = find_dates(question)
    months = _month_span(question) if not dates else None
    if len(dates) >= 2:
        found.after, found.before = sorted((dates[0][0], dates[1][0]))
    elif dates:
        at = question.find(dates[0][1])
        ahead = question[max(0, at - 25):at]
        if _BEFORE.search(ahead):
            found.before = dates[0][0]
        elif _AFTER.search(ahead):
            found.after = dates[0][0]
        else:
            found.after = found.before = dates[0][0]
    elif months:
        found.after, found.before = months
    rest = re.sub(r"\$\s?[\d,]+(?:\.\d{1,2})?|\b\d+\b", " ", question)
    for _, text in find_dates(question):
        rest = rest.replace(text, " ")
    words = [w for w in re.findall(r"[A-Za-z][\w&'-]*", rest)
             if w.lower() not in STOPWORDS and w.lower() not in _MONTHS
             and not set(content_terms(w)) <= _PHRASING]
    found.topic = [t for w in words for t in content_terms(w) if t not in _PHRASING]
    found.phrase = " ".join(words)
    return found


def _month_span(question: str) -> tuple[date, date] | None:
    """"in January 2026" -> the first and last day of that month."""
    m = re.search(r"\b(?:in|during)\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", question, re.I)
    if not m:
        return None
    month, year = _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))
    end = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(end.toordinal() - 1)


@dataclass(frozen=True)
class Match:
    claim: ClaimRecord
    reasons: list[tuple[DocumentInfo, FactLine | None, str]]
    """``(document, the line that shows it, what it shows)`` per condition."""


Mentions = Callable[[str], list[str]]
"""``mentions(phrase)``: the claims whose documents say the phrase (the lexical index)."""


Similar = Callable[[str, str], "tuple[Passage, str, float] | None"]
"""``similar(phrase, claim_id)``: the unit of the claim's files most like ``phrase`` (by the
embedder's cosine) as ``(passage, excerpt, cosine)``, or None."""

SIMILAR_MIN = 0.3
"""The cosine the best claim's unit needs for any claim to be "about" a topic no line words."""
SIMILAR_GAP = 0.06
"""The claims that match are those above the widest drop in similarity (sorted best first), when
that drop is at least this wide: the claims about the topic stand apart from the rest."""


def similar_topic_hits(phrase: str, claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                       similar: Similar) -> dict[str, tuple[DocumentInfo, FactLine | None, str]]:
    """The claims whose files are about ``phrase`` by meaning ("someone hurt", "a theft or
    extortion"): the best unit of each claim by similarity, kept when it is alike enough and
    near the best claim's; each with the unit that shows it."""
    best: dict[str, tuple[Passage, str, float]] = {}
    for claim in claims:
        found = similar(phrase, claim.claim_id)
        if found is not None:
            best[claim.claim_id] = found
    if not best:
        return {}
    ranked = sorted(best.items(), key=lambda item: -item[1][2])
    scores = [score for _, (_, _, score) in ranked] + [0.0]
    if scores[0] < SIMILAR_MIN:
        return {}
    drops = [scores[i] - scores[i + 1] for i in range(max(1, (len(ranked) + 1) // 2))]
    cut = max(range(len(drops)), key=lambda i: drops[i])
    if drops[cut] < SIMILAR_GAP:
        return {}
    hits: dict[str, tuple[DocumentInfo, FactLine | None, str]] = {}
    for claim_id, (passage, excerpt, score) in ranked[: cut + 1]:
        doc = next((d for d in docs_of.get(claim_id, []) if d.doc_id == passage.doc_id), None)
        if doc is not None:
            hits[claim_id] = (doc, FactLine("summary", "", excerpt, page=passage.page, section=passage.section),
                              "topic")
    return hits


def matching_claims(conditions: Conditions, claims: Sequence[ClaimRecord],
                    docs_of: Mapping[str, Sequence[DocumentInfo]], *, mentions: Mentions | None = None,
                    similar: Similar | None = None) -> list[Match]:
    """The claims that meet every condition, each with the lines that show it. A topic no claim's
    loss type or narrative words is matched by meaning (``similar``)."""
    mentioned: set[str] = set()
    if conditions.topic and conditions.phrase and mentions is not None:
        mentioned = set(mentions(conditions.phrase))
    by_meaning: dict[str, tuple[DocumentInfo, FactLine | None, str]] = {}
    if conditions.topic and similar is not None and not mentioned and not any(
            _topic_line(conditions.topic, docs_of.get(c.claim_id, [])) for c in claims):
        by_meaning = similar_topic_hits(conditions.phrase or " ".join(conditions.topic), claims, docs_of, similar)
    said_closed: set[str] = set()
    if (conditions.status or conditions.reserve) and mentions is not None:
        # an undated "Status: Closed" is no event: the files' words say it
        said_closed = {c for phrase in ("status closed", "claim closed", "file closed", "claim is closed")
                       for c in mentions(phrase)}
    out = []
    for claim in claims:
        docs = docs_of.get(claim.claim_id, [])
        reasons: list[tuple[DocumentInfo, FactLine | None, str]] = []
        ok = True
        if conditions.topic:
            hit = _topic_line(conditions.topic, docs) or by_meaning.get(claim.claim_id)
            if hit is None and claim.claim_id in mentioned:
                hit = (docs[0], None, f"mentions {conditions.phrase}") if docs else None
            ok = hit is not None
            if hit:
                reasons.append(hit)
        if ok and (conditions.status or conditions.reserve):
            closed, line = _closed(docs)
            if not closed and claim.claim_id in said_closed and not any(
                    _REOPENED.search(f.text) for _, f in facts_of(docs, "event")):
                closed = True
            if conditions.status:
                ok = (conditions.status == "closed") == closed
                if ok and line is not None:
                    reasons.append((*line, "closed"))
            if ok and conditions.reserve:
                amount, where = (None, None) if closed else _open_reserve(docs)  # a closed claim has none open
                op, limit = conditions.reserve
                ok = amount is not None and (amount > limit if op == ">" else amount < limit)
                if ok and amount is not None and where is not None:
                    reasons.append((*where, f"open reserve {money_text(amount)}"))
        if ok and (conditions.after or conditions.before):
            loss = date.fromisoformat(claim.date_of_loss) if claim.date_of_loss else None
            ok = loss is not None and (conditions.after is None or loss >= conditions.after) and (
                conditions.before is None or loss <= conditions.before)
        if ok:
            out.append(Match(claim, reasons))
    return out


def _topic_line(topic: list[str], docs: Sequence[DocumentInfo]) -> tuple[DocumentInfo, FactLine | None, str] | None:
    """The loss-type line (else a narrative line) of a claim that holds the topic's words; the
    loss type speaks first: a fire claim whose narrative mentions the hose water is no water claim."""
    wanted = set(topic) - _GENERIC or set(topic)
    for kinds in (("loss_type",), ("narrative", "decision", "total", "lead")):
        points = [(d, p) for d in docs for p in (d.loss_type_points() if kinds == ("loss_type",) else d.summary_points)
                  if p.kind in kinds]  # a loss type from the registry's index: no claim's details read
        for doc, point in points:
            if wanted <= terms(point.text):
                return doc, FactLine("summary", "", point.text, page=point.page, section=point.section), "topic"
        if points and kinds == ("loss_type",):
            return None
    return None


def _closed(docs: Sequence[DocumentInfo]) -> tuple[bool, tuple[DocumentInfo, FactLine] | None]:
    """Whether the claim is closed: its latest status event says the claim (not a reserve) closed,
    and no later one reopened it."""
    events = sorted(((f.value, d, f) for d, f in facts_of(docs, "event")
                     if _CLAIM_CLOSED.search(f.text) or _REOPENED.search(f.text)), key=lambda e: e[0])
    if not events:
        return False, None
    _, doc, fact = events[-1]
    return (not _REOPENED.search(fact.text)), (doc, fact)


def _open_reserve(docs: Sequence[DocumentInfo]) -> tuple[Decimal | None, tuple[DocumentInfo, FactLine] | None]:
    """The reserve still open: the last reserve the file states (one it calls open first)."""
    reserves = [(d, f) for d, f in facts_of(docs, "amount") if f.label == "reserve"]
    if not reserves:
        return None, None
    opened = [r for r in reserves if re.search(r"\bopen\b", r[1].text, re.I)]
    doc, fact = (opened or reserves)[-1]
    return Decimal(fact.value), (doc, fact)


def cite_reason(sources: Sources, reason: tuple[DocumentInfo, FactLine | None, str]) -> str:
    doc, line, _ = reason
    return sources.cite_line(doc, line) if line is not None else ""
