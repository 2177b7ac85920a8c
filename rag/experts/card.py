"""A claim card: the overview an adjuster reads first, every fact cited.

    CLM-2077 - Homeowners: Water damage - frozen supply line split [1]
    Parties: insured Elena Vasquez [2]; adjuster Marcus Bell [3]
    Policy: HO3-551902 [2]; coverages: Coverage A - Dwelling $350,000.00 [4]
    Dates: loss January 14, 2026 [2]; reported January 15, 2026 [5]
    What happened: A frozen supply line ... [6]
    Amounts: estimate $18,200.00 [7]; reserve $25,000.00 [8]; paid to date ...; deductible $1,000.00 [2]
    Status: closed April 2, 2026 [9]

Built from what ingest stored for each document (registry facts, labelled amounts, dated events,
summary points), so it holds on any claim file whose facts are labelled or dated; a part the
files do not state is left out, never guessed. Under 1500 characters: the lowest parts go first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Protocol

import numpy as np

from rag.experts.facts import fact_for, facts_of
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import display_line, terms
from rag.records import ClaimRecord, DocumentInfo, FactLine, SummaryPoint
from rag.selection import Scored
from rag.selection.answer import fact_of
from rag.tools.dates import long_date
from rag.tools.money import money_text

MAX_CHARS = 1500

_LINES_OF_BUSINESS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (name, frozenset(t for w in words.split() for t in terms(w)))
    for name, words in (
        ("Workers' compensation", "workers compensation employer injured worker employee indemnity ttd"),
        ("Auto", "auto vehicle collision vin tow towing driver rental hydroplaned"),
        ("Homeowners", "homeowners dwelling ho3 house home residence"),
        ("Commercial property", "bpp business personal property income building commercial"),
        ("General liability", "liability premises slip fall bodily claimant attorney"),
        ("Crime", "burglary theft stolen crime"),
    )
)
"""The lines of business, by the words their files use (more hits wins)."""

_OPEN_ITEM = re.compile(r"\b(?:pending|awaiting|outstanding|open item|to do|follow[- ]up|next step|still needs?|"
                        r"not yet|requested|will be)\b", re.I)
_CLAIM_CLOSED = re.compile(r"\b(?:claim|file|case|status)\b[^.;]{0,25}\bclosed\b", re.I)


class Find(Protocol):
    """``find(question, kind)``: the claim's units that answer ``question`` with a ``kind`` value
    (or any, for ``None``), best first, above the selector's threshold (see :mod:`rag.selection`);
    with ``ranked``, every unit in the selector's order."""

    def __call__(self, question: str, kind: str | None, *, ranked: bool = False) -> list[Scored]: ...

FIELDS: dict[str, tuple[str, str | None]] = {
    "insured": ("Who is the insured policyholder?", "person"),
    "claimant": ("Who is the claimant or injured party?", "person"),
    "adjuster": ("Who is the adjuster handling the claim?", "person"),
    "policy": ("What is the policy number?", "id"),
    "loss": ("What is the date of loss?", "date"),
    "reported": ("When was the loss reported, the first notice of loss?", "date"),
    "estimate": ("What is the repair estimate or damage amount?", "amount"),
    "reserve": ("What is the current reserve?", "amount"),
    "paid": ("How much has been paid to date?", "amount"),
    "deductible": ("What is the deductible?", "amount"),
    "status": ("What is the claim status, and what is still open or pending?", None),
    "happened": ("What happened? How did the loss occur and what caused it?", None),
}
"""The card's fields as questions to the fact selector: one small wording per field, read by
meaning (similarity, BM25, the kind of value) in whatever words a file uses, for the fields the
registry does not hold."""


def answer_claim_card(claim: ClaimRecord, documents: Sequence[DocumentInfo], *, find: Find | None = None,
                      embed: Callable[[list[str]], Any] | None = None) -> ExpertResult:
    sources = Sources()
    cited = _Citer(documents, sources)
    parts: list[tuple[int, str]] = []  # (priority: lower is kept longer, line)
    taken: set[str] = set()

    def found(field: str, name: str) -> str:
        """``name value [n]`` for a field the registry lacks, from the selector's best unit."""
        if find is None:
            return ""
        question, kind = FIELDS[field]
        kinds = [kind, "organisation"] if field == "insured" else [kind]  # a business holds many policies
        for asked in kinds:
            for scored in find(question, asked):
                if asked in ("person", "organisation") and not scored.unit.is_record:
                    continue  # a party only where a field names the role ("Claimant: ..."), not one a sentence mentions
                value = scored.value if asked else _short(fact_of(scored))
                if not value or value.lower() in taken or any(
                        c.excerpt == scored.unit.excerpt for c in sources.citations):
                    continue  # a line another field stands on says nothing new (the loss date is no report date)
                taken.add(value.lower())
                return f"{name} {value} {sources.cite_passage(scored.unit.passage, scored.unit.excerpt)}"
        return ""

    loss_type = next(((d, p) for d in documents for p in d.summary_points if p.kind == "loss_type"), None)
    head = claim.claim_id
    lob = _line_of_business(claim, documents)
    if lob:
        head += f" - {lob}"
    if loss_type:
        head += f": {_after_label(loss_type[1].text)} {sources.cite_line(*loss_type)}"
    parts.append((0, head))

    people = []
    for role, names in (("insured", claim.insured[:2]), ("claimant", claim.claimants[:2]),
                        ("adjuster", claim.adjusters[:1])):
        stated = [f for f in (cited.fact(role, name, role) for name in names) if f]
        taken.update(n.lower() for n in names)
        people.extend(stated or [found(role, role)])
    if any(people):
        parts.append((1, "Parties: " + "; ".join(p for p in people if p)))

    policy = [p for p in (cited.fact("policy_number", n, "") for n in claim.policy_numbers[:1]) if p]
    if not policy:
        policy = [p for p in [found("policy", "")] if p]
    limits = [cited.amount(f) for f in _amounts(cited, "limit")[:3]]
    if policy or limits:
        text = "Policy: " + "; ".join(policy) if policy else "Policy"
        if limits:
            text += ("; coverages: " if policy else ": coverages: ") + ", ".join(limits)
        parts.append((3, text))

    dates = []
    if claim.date_of_loss:
        loss = cited.fact("date_of_loss", claim.date_of_loss, "loss", shown=long_date(claim.date_of_loss))
        if loss:
            dates.append(loss)
    reported = sorted((f for _, f in cited.facts["event"] if f.label == "reported"), key=lambda f: f.value)
    if not dates:
        dates = [d for d in [found("loss", "loss")] if d]
    if reported:
        dates.append(f"reported {long_date(reported[0].value)} {cited.line(reported[0])}")
    else:
        dates.extend(d for d in [found("reported", "reported")] if d)
    if dates:
        parts.append((2, "Dates: " + "; ".join(dates)))

    story = _narrative(documents)
    happened = ""
    if not story and find is not None and embed is not None:  # no narrative found at ingest: by similarity
        happened = _happened(find, sources, documents, embed)
    if happened:
        parts.append((1, "What happened: " + happened))
    elif story:
        parts.append((1, "What happened: " + " ".join(f"{display_line(p.text)} {sources.cite_line(d, p)}"
                                                      for d, p in story)))

    amounts = []
    for name, picked in (("estimate", _pick(cited, lambda f: "estimate" in f.label)),
                         ("invoiced", _pick(cited, lambda f: f.label == "invoice_total")),
                         ("reserve", _last(_amounts(cited, "reserve"))),
                         ("paid to date", _paid(cited)),
                         ("deductible", next(iter(_amounts(cited, "deductible")), None)),
                         ("net", _pick(cited, lambda f: f.label.startswith("net") or " net " in f" {f.text.lower()}"))):
        if picked is not None:
            amounts.append(f"{name} {money_text(Decimal(picked.value))} {cited.line(picked)}")
            taken.add(money_text(Decimal(picked.value)).lower())
        elif name in ("estimate", "reserve", "paid to date", "deductible"):
            amounts.extend(a for a in [found({"paid to date": "paid"}.get(name, name), name)] if a)
    if amounts:
        parts.append((1, "Amounts: " + "; ".join(amounts)))

    status = _status(cited)
    if status and not status.startswith("Status: open (no closing on file)"):
        parts.append((2, status))
    else:
        said = found("status", "") if find is not None else ""
        if said:
            parts.append((2, "Status: " + said.strip()))
        elif status:
            parts.append((2, status))

    text = _fit([p for p in parts], MAX_CHARS)
    return ExpertResult(text, "summary", sources.citations, [claim.claim_id], {"kind": "claim_card"})


class _Citer:
    """Cites facts located at ingest, by kind and value."""

    def __init__(self, documents: Sequence[DocumentInfo], sources: Sources) -> None:
        self.documents = documents
        self.sources = sources
        self.facts = {kind: list(facts_of(documents, kind)) for kind in ("amount", "event")}
        """Read once: documents stored without located facts give new objects on every read."""
        self.doc_of = {id(f): d for pairs in self.facts.values() for d, f in pairs}

    def fact(self, kind: str, value: str, label: str, *, shown: str | None = None) -> str:
        found = fact_for(self.documents, kind, value)
        if found is None:
            return ""
        return f"{label + ' ' if label else ''}{shown or value} {self.sources.cite_line(*found)}"

    def line(self, fact: FactLine) -> str:
        return self.sources.cite_line(self.doc_of[id(fact)], fact)

    def amount(self, fact: FactLine) -> str:
        label = re.split(r"[:|]|\s\.{2,}", fact.text, maxsplit=1)[0].strip(" -*") or fact.label.replace("_", " ")
        return f"{label} {money_text(Decimal(fact.value))} {self.line(fact)}"


def _short(text: str, limit: int = 160) -> str:
    """A unit cut to ``limit`` characters at a word boundary."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


HAPPENED = "What happened: how the loss occurred, what was damaged or who was hurt, and why."


def _happened(find: Find, sources: Sources, documents: Sequence[DocumentInfo],
              embed: Callable[[list[str]], Any]) -> str:
    """The one or two sentences that best say what happened, chosen by similarity: the candidates
    are the claim's narrative sentences picked at ingest and the sentences the selector ranks
    highest for a "what happened" question; each scores its similarity to that question plus its
    similarity to the centroid of all candidates (what the claim's files keep saying), so a
    sentence that is typical of this claim beats a stray line. Whole sentences only."""
    candidates: list[tuple[str, Callable[[], str]]] = []
    seen: set[str] = set()

    def add(text: str, cite: Callable[[], str]) -> None:
        text = " ".join(text.split())
        key = text.lower()
        if key in seen or len(text.split()) < 7 or not re.search(r"[.!?]$", text) or text.count("|") > 1:
            return
        seen.add(key)
        candidates.append((text, cite))

    for d, p in ((d, p) for d in documents for p in d.summary_points if p.kind == "narrative"):
        add(p.text, lambda d=d, p=p: sources.cite_line(d, p))  # type: ignore[misc]
    for scored in find(HAPPENED, None, ranked=True)[:12]:
        if not scored.unit.is_record:
            add(scored.unit.text, lambda s=scored: sources.cite_passage(s.unit.passage, s.unit.excerpt))  # type: ignore[misc]
    if not candidates:
        return ""
    vectors = np.asarray(embed([HAPPENED, *(t for t, _ in candidates)]))
    question, sentences = vectors[0], vectors[1:]
    centroid = sentences.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    scores = sentences @ question + sentences @ centroid
    picked = []
    for i in np.argsort(-scores)[:2]:
        text, cite = candidates[int(i)]
        picked.append(f"{_short(text, 260)} {cite()}")
    return " ".join(picked)


def _after_label(text: str) -> str:
    return text.split(":", 1)[1].strip() if ":" in text else text.strip(" -")


def _line_of_business(claim: ClaimRecord, documents: Sequence[DocumentInfo]) -> str:
    words: set[str] = set()
    for d in documents:
        words |= terms(re.sub(r"[-_.]", " ", d.name))
        for p in d.summary_points:
            if p.kind in ("loss_type", "narrative"):
                words |= terms(p.text)
    words |= terms(" ".join(claim.policy_numbers))
    scored = sorted(((len(words & w), name) for name, w in _LINES_OF_BUSINESS), reverse=True)
    return scored[0][1] if scored and scored[0][0] > 0 else ""


def _narrative(documents: Sequence[DocumentInfo]) -> list[tuple[DocumentInfo, SummaryPoint]]:
    """The one or two sentences that best say what happened (the points picked at ingest)."""
    points = sorted(((d, p) for d in documents for p in d.summary_points if p.kind == "narrative"),
                    key=lambda dp: -dp[1].score)
    picked: list[tuple[DocumentInfo, SummaryPoint]] = []
    for d, p in points:
        if all(terms(p.text) - terms(q.text) for _, q in picked):  # not the same sentence again
            picked.append((d, p))
        if len(picked) == 2:
            break
    return picked


def _amounts(cited: _Citer, label: str) -> list[FactLine]:
    return [f for _, f in cited.facts["amount"] if f.label == label and Decimal(f.value) > 0]


def _last(facts: list[FactLine]) -> FactLine | None:
    """The latest of several (a reserve set, then changed): the one the file states last, one it
    calls open first."""
    opened = [f for f in facts if re.search(r"\bopen\b", f.text, re.I)]
    return (opened or facts)[-1] if facts else None


def _pick(cited: _Citer, wanted: Callable[[FactLine], bool]) -> FactLine | None:
    found = [f for _, f in cited.facts["amount"] if wanted(f) and Decimal(f.value) > 0]
    totals = [f for f in found if "total" in f.text.lower()]
    return (totals or found)[0] if found else None


def _paid(cited: _Citer) -> FactLine | None:
    """What was paid to date: a line that says so ("Total paid", "paid to date"), else the payout."""
    payouts = [f for _, f in cited.facts["amount"] if f.label == "payout" and Decimal(f.value) > 0]
    stated = [f for f in payouts if re.search(r"\bto date\b|\btotal paid\b|\bpaid to date\b", f.text, re.I)]
    found = stated or payouts
    return found[0] if found else None


def _status(cited: _Citer) -> str:
    events = sorted((f for _, f in cited.facts["event"]), key=lambda f: f.value)
    closed = [f for f in events if _CLAIM_CLOSED.search(f.text)]
    reopened = closed and any("reopen" in f.text.lower() for f in events if f.value >= closed[-1].value)
    status = (f"Status: closed {long_date(closed[-1].value)} {cited.line(closed[-1])}" if closed and not reopened
              else "Status: open (no closing on file)")
    items = [f for f in events if _OPEN_ITEM.search(f.text) and not closed][-2:]
    if items:
        status += "; open items: " + " ".join(f"{display_line(f.text)} {cited.line(f)}" for f in items)
    return status if closed or items or events else ""


def _fit(parts: list[tuple[int, str]], limit: int) -> str:
    """The card's lines in order, dropping the least needed (highest priority number, last first)
    until the card is under ``limit`` characters."""
    kept = list(parts)
    while len("\n".join(p for _, p in kept)) > limit and len(kept) > 1:
        worst = max(range(len(kept)), key=lambda i: (kept[i][0], i))
        kept.pop(worst)
    text = "\n".join(p for _, p in kept)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
