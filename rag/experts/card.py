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
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, Protocol

import numpy as np

from rag.experts.calculation import INPUT_THRESHOLD
from rag.experts.digest import is_boilerplate
from rag.experts.facts import fact_for, facts_of
from rag.experts.filters import checked_only, claim_status, open_reserve, status_events
from rag.experts.result import ExpertResult, Sources
from rag.experts.summary import loss_type_value, pick_points
from rag.experts.text import content_terms, display_line, terms
from rag.metadata import claim_key, find_dates
from rag.records import ClaimRecord, DocumentInfo, FactLine, Passage, SummaryPoint
from rag.selection import Scored
from rag.selection.values import find_values
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
    """``find(asks)``: for each ``(question, kind)``, the claim's candidate units in the fact
    selector's order, best first, each with its probability and its value of ``kind`` (see
    :mod:`rag.selection`). One call for all of a card's fields: the selector embeds their texts in
    one batched pass (:func:`rag.selection.select_many`)."""

    def __call__(self, asks: Sequence[tuple[str, str | None]]) -> list[list[Scored]]: ...


CARD_EMBEDDED_UNITS = 6
"""Units each field embeds and scores (of the best by the selector's cheap features): a card's
field needs its best unit, and the card asks some 18 questions (the open questions' selector
embeds 12: :data:`rag.selection.selector.EMBEDDED_UNITS`)."""
FIELD_THRESHOLD = INPUT_THRESHOLD
"""A field's unit must reach a calculation input's bar, not the open questions' "couldn't find"
threshold: a card line states a field under the file's own label and cites it."""
TOPIC_THRESHOLD = 0.25
"""A unit put first for a topical request: a line that merely shares its words is no answer to it."""
SURE = 0.5
"""A selector's field this sure wins over the registry's labelled amount (a deductible the rules
read from a storage fee, a rate)."""

FIELDS: dict[str, tuple[str, str | None]] = {
    "insured": ("Who is the insured policyholder?", "person"),
    "insured_org": ("Who is the insured policyholder?", "organisation"),  # a business holds many policies
    "claimant": ("Who is the claimant or injured party?", "person"),
    "adjuster": ("Who is the adjuster handling the claim?", "person"),
    "others": ("Who else is involved: a driver, witness, employer, contractor, doctor or other party?", "person"),
    "policy": ("What is the policy number?", "id"),
    "loss_type": ("What was the type of loss or cause of loss?", None),
    "lob": ("What line of business, type of policy or coverage part is the claim under?", None),
    "loss": ("What is the date of loss?", "date"),
    "reported": ("When was the loss reported, the first notice of loss?", "date"),
    "estimate": ("What is the repair estimate or damage amount?", "amount"),
    "claimed": ("What is the total amount of the loss, claimed, demanded or settled?", "amount"),
    "reserve": ("What is the current reserve?", "amount"),
    "paid": ("How much has been paid to date?", "amount"),
    "deductible": ("What is the deductible?", "amount"),
    "status": ("What is the claim status, and what is still open or pending?", None),
    "next": ("What are the next steps, open items or actions still to do?", None),
    "happened": ("What happened? How did the loss occur and what caused it?", None),
    "found": ("What was found or decided: the cause, the conclusion, the coverage decision or recommendation?", None),
}
"""The card's fields as questions to the fact selector: one small wording per field, read by
meaning (similarity, BM25, the kind of value) in whatever words a file uses. All are asked in
one batched call; the registry's located facts come first where it holds them."""

HAPPENED = "What happened: how the loss occurred, what was damaged or who was hurt, and why."
FOUND = "What was found, decided or recommended: the cause, liability, coverage and payment."
NARRATIVE_FIELDS = ("happened", "found", "status", "next")
POOL_POINTS = 10
"""Ingest's best narrative and decision points taken into the pool (each is embedded: a claim of
many documents has dozens)."""
CENTRALITY = 1.0
"""How much a sentence's similarity to the claim's centroid counts beside its similarity to what
a part of the card asks."""
LOSS_DAY = 0.1
"""What a log line dated on the day of loss adds to its similarity for "what happened"."""
HEADED_BONUS = 0.1
OCCURRED = "The accident, injury, illness or damage happened when"
"""A second wording of "what happened", as a file's sentence starts it: the two together rank the
account of the loss above a note about records or a diary date."""
HAPPENED_CENTRALITY = 0.3
"""For "what happened", how much a sentence's typicality of the claim counts: a notes export's
routine lines are its most typical, and say least about the loss."""
ENGAGEMENT = ("We were retained, engaged or asked to investigate, examine, evaluate or appraise and to report our "
              "findings; this report, valuation or evaluation was prepared for the insurance company.")
"""What a report's first sentences say of the report itself (who retained whom, to do what): no
account of the loss, however many of its words it repeats."""
UNLIKE_WEIGHT = 0.5
"""What a sentence under the file's own narrative heading adds to its similarity for "what happened"."""
UNDER_NARRATIVE_HEADING = 1.3
"""An ingest narrative point scoring this much stands under a heading that names the narrative
("Description of Loss", "How the Injury Happened"; :func:`rag.experts.summary._judge`)."""
"""The fields whose best units are sentences to choose among by meaning, not values."""


CACHED_CARDS = 1024
"""Cards kept in memory (~5 KB each): a claim's card is asked again and again (the list's
"summarize", the assistant panel's suggested prompt, a thread's follow-up), and costs a score of
selector fields; a long-lived engine makes them ahead while idle, for this many claims at most
(:mod:`rag.experts.card_ahead`)."""
_CARDS: OrderedDict[tuple[Any, ...], ExpertResult] = OrderedDict()
_CARDS_LOCK = threading.Lock()


def card_key(claim: ClaimRecord, documents: Sequence[DocumentInfo]) -> tuple[Any, ...]:
    """What a card is made of: the claim's record and each document's version as ingest read it
    (its version id where the registry gives one, its located lines and summary points), so a new
    version of any file makes a new card."""
    versions = tuple(sorted((d.doc_id, getattr(d, "version_id", ""), d.scope, d.name,
                             hash(tuple((f.kind, f.value, f.text) for f in d.fact_lines)),
                             hash(tuple((p.kind, p.text) for p in d.summary_points))) for d in documents))
    return (claim.claim_id, tuple(claim.insured), tuple(claim.claimants), tuple(claim.adjusters),
            tuple(claim.policy_numbers), claim.date_of_loss, versions)


def answer_claim_card(claim: ClaimRecord, documents: Sequence[DocumentInfo], *, find: Find | None = None,
                      embed: Callable[[list[str]], Any] | None = None, question: str = "",
                      focus: Sequence[tuple[Passage, str]] = (), topic: Sequence[str] = ()) -> ExpertResult:
    """The card of one claim. A topical request ("what's been paid on ...", "recap the e-mail
    chain") keeps the card and puts first what the ``question`` asks: the best points of the
    documents whose name the ``topic`` names, the ``focus`` lines and the selector's best units for
    the question itself, its table rows included. A plain card is kept per claim and document
    versions (:func:`card_key`): asked again, it costs no selector call."""
    if question or focus or topic or find is None:
        return _card(claim, documents, find=find, embed=embed, question=question, focus=focus, topic=topic)
    key = card_key(claim, documents)
    with _CARDS_LOCK:
        kept = _CARDS.get(key)
        if kept is not None:
            _CARDS.move_to_end(key)
    if kept is not None:
        return replace(kept, citations=list(kept.citations), trace={**kept.trace, "cached": True})
    card = _card(claim, documents, find=find, embed=embed)
    with _CARDS_LOCK:
        _CARDS[key] = card
        while len(_CARDS) > CACHED_CARDS:
            _CARDS.popitem(last=False)
    return replace(card, citations=list(card.citations))


def _card(claim: ClaimRecord, documents: Sequence[DocumentInfo], *, find: Find | None = None,
          embed: Callable[[list[str]], Any] | None = None, question: str = "",
          focus: Sequence[tuple[Passage, str]] = (), topic: Sequence[str] = ()) -> ExpertResult:
    sources = Sources()
    cited = _Citer(documents, sources)
    parts: list[tuple[int, str]] = []  # (priority: lower is kept longer, line)
    taken: set[str] = {claim.claim_id.lower()}  # the claim's own number is no policy number, no party
    used: set[str] = set()  # excerpts a line already stands on
    ranked: dict[str, list[Scored]] = {}
    if find is not None:
        held = _held(claim, documents, cited)
        asks = {name: ask for name, ask in FIELDS.items() if name not in held}
        if question:
            asks["topic"] = (question, None)
        ranked = dict(zip(asks, find(list(asks.values()))))

    def cite(scored: Scored) -> str:
        used.add(scored.unit.excerpt)
        used.add(_sentence_of(scored.unit.text).lower())  # the same sentence, as another unit quotes it
        return sources.cite_passage(scored.unit.passage, scored.unit.excerpt)

    def found(field: str, name: str, *, records_only: bool = False, shared: bool = False) -> str:
        """``name value [n]`` for a field the registry lacks, from the selector's best unit
        (``shared``: one line may state it beside another field's, as a line lists amounts)."""
        for scored in ranked.get(field, []):
            if scored.probability < FIELD_THRESHOLD or not scored.value or not _names_field(field, scored):
                continue
            value = scored.value
            if records_only:  # a party only where a field names the role ("Claimant: ..."), not one a sentence mentions
                if not (any(value in v for _, v in scored.unit.pairs) or _is_field_line(scored.unit.text)):
                    continue
                if not _labelled_as(field, scored, value):  # "Notes: ... PT at Cedar Row PT" names no claimant
                    continue
                value = _without_label(value, FIELDS[field][0])
                if field in _PERSON_ROLES and _an_organisation(value):
                    continue  # "Adjuster | Ridgecrest Indemnity Company": the carrier, no adjuster
                if not is_party(value, scored.unit.text):
                    continue  # "Claimant: ..., 88 Sorrel Hill Rd": the address, no party
            if value.lower() in taken or (scored.unit.excerpt in used and not shared):
                continue  # a line another field stands on says nothing new (the loss date is no report date)
            if claim_key(value) and claim_key(value) in claim_key(claim.claim_id):
                continue  # "88-40217" of claim BC 88-40217: the claim's own number is no policy number
            if field in ("insured", "insured_org") and _INSURER.search(value):
                continue  # "Sorensen Insurance Group" writes the e-mail as the agent: it insures no one here
            taken.add(value.lower())
            return f"{name + ' ' if name else ''}{value} {cite(scored)}"
        return ""

    def sure(field: str) -> Scored | None:
        best = next((s for s in ranked.get(field, []) if s.value and _names_field(field, s)), None)
        sure_enough = best is not None and best.probability >= SURE and (best.value or "").lower() not in taken
        return best if sure_enough else None

    pool = _Pool(documents, ranked, sources, embed, claim.date_of_loss) if embed is not None else None
    loss_type = max(((d, p) for d in documents for p in d.summary_points if p.kind == "loss_type"),
                    key=lambda dp: dp[1].score, default=None)
    head = claim.claim_id
    lob = _line_of_business(claim, documents, pool, ranked)
    if lob:
        head += f" - {lob}"
    if loss_type:
        head += f": {_short(checked_only(loss_type_value(loss_type[1].text)), 120)} {sources.cite_line(*loss_type)}"
        used.add(loss_type[1].text)
    else:
        kind_of_loss = _labelled_answer(ranked.get("loss_type", [])[:3], FIELDS["loss_type"][0])
        if kind_of_loss is not None:
            head += f": {_short(checked_only(kind_of_loss[1]), 120)} {cite(kind_of_loss[0])}"
    parts.append((0, head))

    on_topic = []
    for d, p in pick_points([d for d in documents if set(topic) & terms(re.sub(r"[-_.]", " ", d.name))],
                             max_points=3, topic=topic) if topic else []:  # "the coverage decision" letter's
        on_topic.append(f"{_short(display_line(p.text), 240)} {sources.cite_line(d, p)}")
        used.add(p.text)
    for passage, line in focus[:2]:
        on_topic.append(f"{display_line(line)} {sources.cite_passage(passage, line)}")
        used.add(line)
    for scored in ranked.get("topic", [])[:8]:
        if len(on_topic) >= 5:
            break
        if (scored.probability >= TOPIC_THRESHOLD and scored.unit.excerpt not in used
                and len(scored.unit.text.split()) >= 4 and not _letterhead(scored.unit.text)):
            on_topic.append(f"{_short(scored.unit.text, 200)} {cite(scored)}")
    if on_topic:
        parts.append((1, "Asked: " + " ".join(on_topic)))

    people = []
    for role, names in (("insured", claim.insured[:2]), ("claimant", claim.claimants[:2]),
                        ("adjuster", [a for a in claim.adjusters if not _an_organisation(a)][:1])):
        taken.update(n.lower() for n in names)
        names = [n for n in names if _stated_in_role(role, n, fact_for(documents, role, n))]
        stated = [f for f in (cited.fact(role, name, role) for name in names) if f]
        if not stated:
            stated = [found(role, role, records_only=True)]
            if not stated[0] and role == "insured":
                stated = [found("insured_org", role, records_only=True)]
        people.extend(stated)
    people.extend(_others(ranked, taken, cite))
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
    reported = sorted((f for _, f in cited.facts["event"] if f.label == "reported"), key=lambda f: f.value)
    first_report = reported[0].value if reported else None
    report_unit: Scored | None = None
    loss: Scored | None = None
    paired = False
    loss_line = fact_for(documents, "date_of_loss", claim.date_of_loss) if claim.date_of_loss else None
    if loss_line is not None and not _dated_heading(loss_line[1].text) and not (
            first_report and first_report < loss_line[1].value):
        shown = _as_written(loss_line[1].text, loss_line[1].value) or long_date(loss_line[1].value)
        dates.append(f"loss {shown} {sources.cite_line(*loss_line)}")  # its line may still tell what happened
        taken.add(shown.lower())
    else:  # none on file, a letter's date, or a loss after its own report: the selector's, if it fits
        if reported:
            loss = _loss_date(ranked.get("loss", []), first_report, taken)
            report_unit = None
        else:  # both from the selector: the pair that fits best, loss on or before the report
            loss, report_unit = _date_pair(ranked.get("loss", []), ranked.get("reported", []), taken)
            paired = True
        if loss is not None:
            shown = loss.value or ""
            taken.add(shown.lower())
            dates.append(f"loss {shown} {cite(loss)}")
    if reported and (not dates or _iso_of(dates[0]) is None or (_iso_of(dates[0]) or "") <= reported[0].value):
        shown = _as_written(reported[0].text, reported[0].value) or long_date(reported[0].value)
        dates.append(f"reported {shown} {cited.line(reported[0])}")
    elif report_unit is not None and report_unit.value:
        taken.add(report_unit.value.lower())
        dates.append(f"reported {report_unit.value} {cite(report_unit)}")
    elif not reported and not paired:
        dates.extend(d for d in [found("reported", "reported")] if d)
    if dates:
        parts.append((2, "Dates: " + "; ".join(dates)))
    dated = {t for unit in (loss, report_unit) if unit is not None
             for t in (unit.unit.excerpt, _sentence_of(unit.unit.text).lower())} if not loss_line else set()
    """The lines the dates only cite: "what happened" may still quote one ("... KT Loss reported by phone.
    The ring was stolen ..."), though no other field may stand on it."""

    status = _status(cited)
    if status.startswith("Status: open (no closing on file)") or not status:
        closing = max(status_events(documents), key=lambda e: e[0], default=None)  # "Closed 09/02/2025."
        if closing is not None and closing[1] == "closed":
            status = f"Status: closed {long_date(closing[0])} {sources.cite_line(closing[2], closing[3])}"
    status_line = claim_status(documents)[1]
    if status_line is not None and status_line[1].kind != "status":
        status_line = None  # the file's own status line only, not a dated closing
    open_or_none = not status or status.startswith("Status: open (no closing on file)")
    if status_line is not None and open_or_none:
        used.update((status_line[1].text, _sentence_of(status_line[1].text).lower()))  # kept for the status
    said = pool.pick_field("status", used) if pool is not None and open_or_none and not status_line else ""
    if pool is not None:
        story = _narrative(documents)  # ingest's picks: under a narrative heading, or the most loss words
        headed = [(d, p) for d, p in story if p.score >= UNDER_NARRATIVE_HEADING][:2] or story[:1]
        # by meaning: the sentences most like the claim's own loss (what happened, its line and type of
        # loss), a sentence under the file's "Description of Loss" heading a head start only: a report's
        # first sentence under "Origin and Cause" says who was retained, not what happened
        kind = checked_only(loss_type_value(loss_type[1].text)) if loss_type else ""
        quotable = used - dated
        happened = pool.pick([HAPPENED, f"{OCCURRED} {kind}".strip()], 2, quotable, loss_day=LOSS_DAY,
                             unlike=ENGAGEMENT, bonus={pool.index_of(p.text): HEADED_BONUS for _, p in headed},
                             centrality=HAPPENED_CENTRALITY)
        used |= quotable
        if happened:
            parts.append((1, "What happened: " + happened))
        decided = pool.pick(FOUND, 2, used)
        if decided:
            parts.append((2, "Findings: " + decided))
    else:
        story = _narrative(documents)
        if story:
            parts.append((1, "What happened: " + " ".join(f"{display_line(p.text)} {sources.cite_line(d, p)}"
                                                          for d, p in story)))

    amounts = []
    set_reserve, set_where = open_reserve(documents)
    # "Indemnity reserve $59,901.66 (set 05/12/2025, ...)"; not a sum of parts that no line states
    reserve_set = ((set_reserve, set_where) if set_reserve is not None and set_where is not None
                   and set_where[1].kind == "reserve" and _holds(set_where[1].text, set_reserve) else None)
    for name, field, picked in (("estimate", "estimate", _pick(cited, lambda f: "estimate" in f.label)),
                                ("invoiced", "", _pick(cited, lambda f: f.label == "invoice_total")),
                                ("reserve", "reserve", _last(_amounts(cited, "reserve"))),
                                ("paid to date", "paid", _paid(cited)),
                                ("deductible", "deductible", next(iter(_amounts(cited, "deductible")), None)),
                                ("net", "", _pick(cited, lambda f: f.label.startswith("net")
                                                  or " net " in f" {f.text.lower()}")),
                                ("loss/settlement", "claimed", None)):
        if name == "reserve" and reserve_set is not None:  # the reserve a line last set, as lookups read it
            shown = money_text(reserve_set[0])
            amounts.append(f"reserve {shown} {sources.cite_line(*reserve_set[1])}")
            used.add(reserve_set[1][1].text)
            taken.add(shown.lower())
            continue
        better = sure(field) if field else None
        if better is not None and better.value and (picked is None or _money(better.value) != Decimal(picked.value)):
            taken.add(better.value.lower())
            amounts.append(f"{name} {better.value} {cite(better)}")
        elif picked is not None:
            shown = money_text(Decimal(picked.value))
            if shown.lower() in taken:
                continue
            amounts.append(f"{name} {shown} {cited.line(picked)}")
            used.add(picked.text)
            taken.add(shown.lower())
        elif field:
            amounts.extend(a for a in [found(field, name, shared=True)] if a)
    if amounts:
        parts.append((1, "Amounts: " + "; ".join(amounts)))

    if status and not status.startswith("Status: open (no closing on file)"):
        parts.append((2, status))
    elif status_line is not None:  # the file's own status line ("STATUS: OPEN - awaiting the invoice")
        said_status = _short(display_line(status_line[1].text), 200)
        said_status = said_status if said_status.lower().startswith("status") else f"Status: {said_status}"
        parts.append((2, f"{said_status} {sources.cite_line(*status_line)}"))
    elif said:
        parts.append((2, "Status: " + said))
    elif status:
        parts.append((2, status))
    following = pool.pick_field("next", used) if pool is not None else ""
    if following:
        parts.append((3, "Next: " + following))

    text = _fit(parts, MAX_CHARS)
    if pool is not None:  # what room is left: the claim's most telling sentences not yet on the card
        room = MAX_CHARS - len(text) - len("\nAlso: ")
        more = pool.fill(room, used)
        if more:
            text += "\nAlso: " + more
    return ExpertResult(text, "summary", sources.citations, [claim.claim_id], {"kind": "claim_card"})


_FIELD_WORDS = {field: frozenset(t for w in words.split() for t in terms(w)) for field, words in {
    "estimate": "estimate estimated quote quotation appraisal appraised repair repairs bid",
    "reserve": "reserve reserves reserved",
    "paid": "paid payment payments pay issued disbursed",
    "deductible": "deductible excess retention sir ded",
    "claimed": "loss claimed demand demanded settlement settled settle invoice inv invoiced billed",
}.items()}
"""The words a line must use to state a card's amount: a payment row is no deductible, however
sure the selector is that it holds an amount."""


_ROLE_LABELS = {field: frozenset(content_terms(words)) for field, words in {
    "insured": "insured policyholder ph insd owner account member applicant",
    "insured_org": "insured policyholder ph insd owner account company business employer",
    "claimant": "claimant clmt injured employee worker patient plaintiff beneficiary member applicant deceased "
                "decedent third party",
    "adjuster": "adjuster adjustor adj ia examiner handler handled assigned representative rep specialist",
}.items()}
"""The words of a field's label that say it names the party ("Claimant", "Injured worker", "Examiner")."""
_PERSON_ROLES = frozenset({"claimant", "adjuster"})
_ORGANISATION = re.compile(
    r"\b(?:company|co|inc|llc|l\.l\.c|ltd|corp|corporation|indemnity|insurance|insurer|mutual|casualty|assurance|"
    r"underwriters?|group|services|program|builders|agency|associates|partners|bank|clinic|hospital|glass|"
    r"holdings|trust|association)\b\.?", re.I)
"""Words that make a name an organisation's: no adjuster, no injured claimant (a person's role)."""


_INSURER = re.compile(r"\b(?:Insurance|Assurance|Indemnity|Casualty|Underwriters|Agency|Brokers?|Brokerage)\b")
"""An organisation that sells or carries insurance: the carrier, an agent or a broker, not the insured."""


def _an_organisation(name: str) -> bool:
    return _ORGANISATION.search(name) is not None


_STREET = (r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pkwy|Parkway|Ct|Court|Hwy|"
           r"Highway|Pl|Place|Ter|Terrace|Cir|Circle|Trl|Trail|Suite|Ste|Route|Rte)")
_ENDS_AS_STREET = re.compile(rf"\b{_STREET}\.?$", re.I)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
_TIME_OR_CONTACT = frozenset(content_terms(
    "date dated time visit notice statement report phone tel telephone fax email mail address street city "
    "zip dob born received sent policy claim file number loss coverage entry"))
"""Words of a label that says when or where or what, not who someone is to the claim ("Date of claim
notice: Ms. ...", "Assessment visit: ...", "Policy: Hangarkeepers Liability")."""


_JOB_TITLES = frozenset("specialist adjuster examiner manager supervisor coordinator representative analyst officer "
                        "director assistant clerk technician administrator".split())


def is_party(name: str, context: str = "") -> bool:
    """Whether ``name`` can be a party to the claim, a person or an organisation: not a street ("88
    Sorrel Hill Rd"), the town of an address ("..., 19 Elm Lane, Marbury Heights, CT 06478"), a
    phone number or a date. ``context``: the line the name was read from."""
    name = name.strip()
    if not name or not name[0].isupper() and not name[0].isdigit():
        return False
    if re.search(r"\d", name) and not _an_organisation(name):
        return False
    if _ENDS_AS_STREET.search(name) or _MONTH_NAME.search(name) or find_dates(name):
        return False
    if name.split()[-1].lower() in _JOB_TITLES and not _an_organisation(name):
        return False  # "Subrogation Specialist": a job, not who holds it
    if context:
        at = re.escape(name)
        if re.search(rf"\d+\s+[^,\n]{{0,40}}\b{_STREET}\.?,?\s+{at}\b|\b{at},?\s+[A-Z]{{2}}\.?\s+\d{{5}}\b", context):
            return False  # the town of an address
    return True


def _a_role(label: str) -> bool:
    """Whether a field's label can be a party's role: no digits or clause marks, not a name
    ("Lionel Haverstock: ..." is who spoke), not a date's or a contact's label, and not the start of
    a sentence ("We considered and ruled out other causes: ..." is what the writer did)."""
    if re.search(r"\d|[,.;()]", label) or find_values("person", label):
        return False
    if label.split()[:1] and label.split()[0].lower() in _SUBJECT_PRONOUNS:
        return False
    return not terms(label) & _TIME_OR_CONTACT


_SUBJECT_PRONOUNS = frozenset("i we he she they it you".split())
"""Words a sentence opens with and a role never does."""


def _stated_in_role(role: str, name: str, found: tuple[DocumentInfo, FactLine] | None) -> bool:
    """Whether the line a registry party was read from states them in the role: a role word before
    the name in the same clause, a few words off ("Claimant: ...", "claimant Dana Ruiz", "| Injured
    worker | ..."), or right after it ("Dana Ruiz, claimant"), or the line is a bare field; not "spoke
    w/ claimant; PT 2x week at Cedar Row PT", where the role word and the name are in different clauses."""
    if found is None or role not in _ROLE_LABELS:
        return True
    text = found[1].text
    at = text.lower().find(name.lower())
    if at < 0 or _is_field_line(text) and not re.search(r"[;.]\s", text):
        return True
    if not terms(text) & _ROLE_LABELS[role]:
        return True  # no role word on the line ("PH: Gideon Farrant-Mbeki"): as ingest read it
    before = re.split(r"[;.!?]\s", text[:at])[-1]
    after = re.split(r"[;.!?]\s", text[at + len(name):])[0]
    return bool(terms(" ".join(before.split()[-5:])) & _ROLE_LABELS[role]
                or terms(" ".join(after.split()[:5])) & _ROLE_LABELS[role])


def _labelled_as(field: str, scored: Scored, value: str) -> bool:
    """Whether the field that holds ``value`` is labelled with the party's role ("Claimant | ...",
    "Examiner: ..."), or the unit's label, or the field line's first word, says it; a name under any
    other label ("Notes: ... PT at Cedar Row PT") is not that party."""
    wanted = _ROLE_LABELS.get(field)
    if wanted is None:
        return True
    pairs = list(scored.unit.pairs)
    labels = [label for label, v in pairs if value in v]
    labels += [pairs[i - 1][1] for i, (_, v) in enumerate(pairs) if i and value in v]  # "| Field | Value |" rows
    labels.append(scored.unit.label or "")
    head = scored.unit.text.split(value, 1)[0] if value in scored.unit.text else ""
    labels.append(" ".join(re.split(r"[;.!?]\s", head)[-1].split()[-5:]))  # the role word in the name's clause
    return any(terms(label) & wanted for label in labels)


def _names_field(field: str, scored: Scored) -> bool:
    wanted = _FIELD_WORDS.get(field)
    return wanted is None or bool(wanted & terms(f"{scored.unit.label} {scored.unit.text}"))


def _dated_heading(text: str) -> bool:
    """A letter's or an e-mail's own date ("Date: Tue, 9 Apr 2024", "April 9, 2024" alone on its
    line): when it was written, not when the loss happened."""
    bare = re.sub(r"[\s,.]+", " ", text).strip()
    return bool(re.match(r"^(?:>\s*)*(?:date|sent|dated)\s*:", text.strip(), re.I)) or all(
        not re.search(r"[a-z]{4,}", w.lower()) or w.lower().rstrip(".") in _MONTHS for w in bare.split())


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split())


def _iso(text: str) -> str | None:
    found = find_dates(text)
    return found[0][0].isoformat() if found else None


def _holds(text: str, value: Decimal) -> bool:
    """Whether a line states the amount as written ("$59,901.66", "$350,000"): the card never shows a
    number its citation does not hold."""
    return any(form in text for form in (f"{value:,.2f}", f"{value:,.0f}" if value == value.to_integral() else "x"))


def _iso_of(part: str) -> str | None:
    """The date a ``loss <date> [n]`` part states, as ISO."""
    return _iso(part)


def _dates_of(candidates: Sequence[Scored], taken: set[str], limit: int = 3) -> list[tuple[Scored, str]]:
    """The selector's best few dated units for a date field, with each one's date (ISO)."""
    out = []
    for scored in candidates:
        iso = _iso(scored.value or "")
        if (scored.probability >= FIELD_THRESHOLD and scored.value and scored.value.lower() not in taken
                and iso is not None and not _dated_heading(scored.unit.text)):
            out.append((scored, iso))
    return out[:limit]


def _date_pair(loss: Sequence[Scored], reported: Sequence[Scored], taken: set[str]
               ) -> tuple[Scored | None, Scored | None]:
    """The date of loss and of report that together fit best: the most probable pair of two
    different lines with the loss on or before the report ("you reported the loss on March 3"
    is the report's line, though "date of loss" also finds it, when another line dates the loss)."""
    losses, reports = _dates_of(loss, taken), _dates_of(reported, taken)
    best: tuple[float, Scored | None, Scored | None] = (0.0, None, None)
    for lost, lost_on in [*losses, (None, "")]:
        for told, told_on in [*reports, (None, "")]:
            if lost is not None and told is not None and (lost.unit.excerpt == told.unit.excerpt or lost_on > told_on):
                continue
            total = (lost.probability if lost else 0.0) + (told.probability if told else 0.0)
            if total > best[0]:
                best = (total, lost, told)
    return best[1], best[2]


def _loss_date(candidates: Sequence[Scored], reported: str | None, taken: set[str]) -> Scored | None:
    """The selector's date of loss: sure enough, not a letter's date, and not after the report."""
    for scored in candidates:
        if scored.probability < FIELD_THRESHOLD or not scored.value or scored.value.lower() in taken:
            continue
        iso = _iso(scored.value)
        if iso is None or _dated_heading(scored.unit.text) or (reported and iso > reported):
            continue
        return scored
    return None


def _held(claim: ClaimRecord, documents: Sequence[DocumentInfo], cited: _Citer) -> set[str]:
    """The fields the registry states with a located line: the selector is not asked for them (a
    card's time goes into the selector's embeddings)."""
    def located(kind: str, values: Sequence[str]) -> bool:
        return bool(values) and fact_for(documents, kind, values[0]) is not None

    held = {field for field, kind, values in (
        ("insured", "insured", claim.insured), ("claimant", "claimant", claim.claimants),
        ("adjuster", "adjuster", claim.adjusters), ("policy", "policy_number", claim.policy_numbers),
        ) if located(kind, values)}
    if "insured" in held:
        held.add("insured_org")
    if any(f.label == "reported" for _, f in cited.facts["event"]):
        held.add("reported")
    if any(p.kind == "loss_type" for d in documents for p in d.summary_points):
        held.add("loss_type")
    return held


def _others(ranked: dict[str, list[Scored]], taken: set[str], cite: Callable[[Scored], str],
            limit: int = 4) -> list[str]:
    """Other people and businesses with their role, from the lines that label them ("Driver 2:
    ...", "| Witness | ... |"): the label is the role, in the file's own words."""
    out: list[str] = []
    seen_units: set[str] = set()
    for field in ("others", "claimant", "insured", "adjuster", "insured_org"):
        for scored in ranked.get(field, [])[:12]:  # a labelled name anywhere near the top: its label says the role
            unit = scored.unit
            if not unit.is_record or unit.excerpt in seen_units or len(out) >= limit:
                continue
            seen_units.add(unit.excerpt)
            for label, value in unit.pairs[:1] if len(unit.pairs) == 1 else unit.pairs:
                names = find_values("person", value) or find_values("organisation", value)
                role = " ".join(label.split()[:4]).strip(" -*#").lower()
                if (not names or not role or re.search(r"\d", role) and len(role.split()) == 1 or role in _NO_ROLE
                        or role.split()[-1] in _PREPOSITIONS):  # "Customer left store at: 4:48 PM with ..."
                    continue
                if _NOT_A_ROLE.search(role):  # "Notes: Mobile Mini-Box", "Value | Port Calvert": a list or a
                    continue  # form's column, not what someone is to the claim
                name = names[0]
                if not _a_role(" ".join(label.split()[:4])) or not is_party(name, unit.text):
                    continue  # "88 Sorrel Hill Rd", "Date of claim notice": no party, no role
                if _ROLE_LABELS["adjuster"] & terms(role) and _an_organisation(name):
                    continue  # "Adjuster: Clearpane Auto Glass": a firm in a person's role
                if name.lower() in taken or any(name.lower() in t or t in name.lower() for t in taken if len(t) > 3):
                    continue
                taken.add(name.lower())
                out.append(f"{role} {name} {cite(scored)}")
                break
    return out


_NOT_A_ROLE = re.compile(
    r"(?<!s)s$|\b(?:value|values|field|item|description|details?|notes?|comments?|remarks?|"
    r"property|location|manner|cause|status|type|result|outcome|occupancy|premises)\b", re.I)
"""Labels of what a line lists or describes, not a party's role: plurals ("Visitors", "Deliveries",
"Inspections": a log's lists), a form's "Value" column, a place, a manner of death."""
_NO_ROLE = frozenset("re subject to from cc bcc attn date sent address name names location regarding ref".split())
"""Labels that name no one's role in the claim (a letter's "Re:", an e-mail's "To:")."""
_PREPOSITIONS = frozenset("at to by on in for with from of into".split())


class _Pool:
    """The claim's sentences that could say what happened and what was decided: the narrative and
    decision points picked at ingest and the selector's best sentences for the card's narrative
    fields. Chosen by meaning: similarity to what a part asks plus similarity to the centroid of
    all of them (what the claim's files keep saying), so a sentence typical of this claim beats
    a stray line; each pick must add words the card does not hold yet."""

    def __init__(self, documents: Sequence[DocumentInfo], ranked: dict[str, list[Scored]], sources: Sources,
                 embed: Callable[[list[str]], Any], loss_date: str | None = None) -> None:
        self.sources = sources
        self.embed = embed
        self.texts: list[str] = []
        self.excerpts: list[str] = []
        self.cites: list[Callable[[], str]] = []
        self.best_of: dict[str, list[tuple[float, int]]] = {}
        index: dict[str, int] = {}

        def add(text: str, excerpt: str, cite: Callable[[], str]) -> int | None:
            text = _sentence_of(text)
            key = text.lower()
            if key in index:
                return index[key]
            if (len(text.split()) < 6 or not re.search(r"[.!?)]$", text) or text.count("|") > 1
                    or is_boilerplate(text)):
                return None
            index[key] = len(self.texts)
            self.texts.append(text)
            self.excerpts.append(excerpt)
            self.cites.append(cite)
            return index[key]

        points = sorted(((d, p) for d in documents for p in d.summary_points if p.kind in ("narrative", "decision")),
                        key=lambda dp: -dp[1].score)
        for d, p in points[:POOL_POINTS]:
            add(p.text, p.text, lambda d=d, p=p: sources.cite_line(d, p))  # type: ignore[misc]
        self.on_loss_day: set[int] = set()  # a log's line dated on the day of loss says what happened that day
        for d, f in (() if loss_date is None else facts_of(documents, "event")):
            if f.value == loss_date:
                i = add(f.text, f.text, lambda d=d, f=f: sources.cite_line(d, f))  # type: ignore[misc]
                if i is not None:
                    self.on_loss_day.add(i)
        for field in NARRATIVE_FIELDS:
            for scored in ranked.get(field, [])[:10]:
                if scored.unit.is_record and field not in ("status", "next"):  # "Status: open - awaiting ..."
                    continue
                i = add(scored.unit.text, scored.unit.excerpt,
                        lambda s=scored: sources.cite_passage(s.unit.passage, s.unit.excerpt))  # type: ignore[misc]
                if i is not None:
                    self.best_of.setdefault(field, []).append((scored.probability, i))
        self.vectors = np.asarray(embed(self.texts)) if self.texts else np.zeros((0, 1))
        centroid = self.vectors.mean(axis=0) if self.texts else np.zeros(1)
        self.centroid = centroid / (np.linalg.norm(centroid) or 1.0)
        self.picked: list[int] = []

    def _take(self, i: int, used: set[str], limit: int = 260) -> str:
        self.picked.append(i)
        used.add(self.excerpts[i])
        return f"{_short(self.texts[i], limit)} {self.cites[i]()}"

    def _fresh(self, i: int, used: set[str]) -> bool:
        if self.excerpts[i] in used or self.texts[i].lower() in used or i in self.picked:
            return False  # (a line another part only cites, as the one that dates the loss, may still be quoted)
        if not self.picked:
            return True
        if any(self.texts[j][:100].lower() == self.texts[i][:100].lower() for j in self.picked):
            return False  # the same sentence, quoted by a longer unit
        return float(max(self.vectors[j] @ self.vectors[i] for j in self.picked)) < 0.9

    def index_of(self, text: str) -> int:
        """The pool's index of a sentence (-1 when it is not in the pool)."""
        key = _sentence_of(text).lower()
        return next((i for i, t in enumerate(self.texts) if t.lower() == key), -1)

    def pick(self, question: str | Sequence[str], n: int, used: set[str], *, loss_day: float = 0.0,
             bonus: dict[int, float] | None = None, unlike: str = "", centrality: float = CENTRALITY) -> str:
        """The ``n`` sentences that best answer ``question`` (the mean similarity to several
        wordings of it) and are typical of the claim (with ``loss_day`` added for a line dated on
        the day of loss, any ``bonus`` by index, and their similarity to ``unlike`` taken off)."""
        if not self.texts or n <= 0:
            return ""
        wordings = [question] if isinstance(question, str) else list(question)
        asked = np.asarray(self.embed([*wordings, unlike] if unlike else wordings))
        q = asked[:len(wordings)].mean(axis=0)
        scores = self.vectors @ q + centrality * (self.vectors @ self.centroid)
        if unlike:
            scores -= UNLIKE_WEIGHT * (self.vectors @ asked[-1])
        for i in self.on_loss_day:
            scores[i] += loss_day
        for i, extra in (bonus or {}).items():
            if i >= 0:
                scores[i] += extra
        out: list[str] = []
        for i in np.argsort(-scores):
            if len(out) == n:
                break
            if self._fresh(int(i), used):
                out.append(self._take(int(i), used))
        return " ".join(out)

    def pick_field(self, field: str, used: set[str]) -> str:
        """The selector's best sentence for a narrative field, when it is sure enough."""
        for probability, i in self.best_of.get(field, []):
            if probability >= TOPIC_THRESHOLD and self._fresh(i, used):
                return self._take(i, used, 200)
        return ""

    def fill(self, room: int, used: set[str]) -> str:
        """The claim's most typical sentences not on the card yet, as many as fit in ``room``."""
        out: list[str] = []
        for i in np.argsort(-(self.vectors @ self.centroid)) if self.texts else []:
            i = int(i)
            if not self._fresh(i, used):
                continue
            marker_room = 6
            if len(self.texts[i]) + marker_room + sum(len(o) + 1 for o in out) > room:
                continue
            out.append(self._take(i, used, len(self.texts[i])))
        return " ".join(out)


_FIELD_PART = re.compile(r"([A-Z][A-Za-z /()'&-]{1,30}?):\s*(.+?)(?=\s+[A-Z][A-Za-z /()'&-]{1,30}:\s|$)")
LOSS_TYPE_THRESHOLD = 0.05
"""A labelled unit this likely, whose label holds the question's words, says the type of loss."""


_NOT_A_LOSS_LABEL = frozenset(t for w in "policy coverage form plan contract".split() for t in terms(w))


def _labelled_answer(candidates: Sequence[Scored], question: str) -> tuple[Scored, str] | None:
    """The value of the ``Label: value`` part whose label shares most words with ``question``
    ("CRASH TYPE: REAR END ..." for "what type of loss"), among the selector's best units; none
    when no label holds a word of the question."""
    wanted = set(content_terms(question))
    best: tuple[int, float, Scored, str] | None = None
    for scored in candidates:
        if scored.probability < LOSS_TYPE_THRESHOLD or not scored.unit.is_record:
            continue
        for label, value in _FIELD_PART.findall(scored.unit.text):
            if terms(label) & _NOT_A_LOSS_LABEL:
                continue  # "Policy Type: Commercial General Liability": the kind of policy, not of loss
            shared = len(set(content_terms(label)) & wanted)
            if shared and value.strip() and (best is None or (shared, scored.probability) > best[:2]):
                best = (shared, scored.probability, scored, value.strip(" ;,"))
    return (best[2], best[3]) if best else None


def _letterhead(text: str) -> bool:
    """A page's letterhead or running title ("Hollis Auto Appraisal Group - Vehicle Valuation -
    HAV-1140-2207", "BRANDT & ODUYA LLP Attorneys at Law"): every word capitalised or an id, no
    sentence in it, or the boilerplate every page carries. No answer to what a request asks."""
    if is_boilerplate(text):
        return True
    if "$" in text or find_dates(text) or re.match(r"^\W*[A-Za-z][\w /&'()-]{0,30}:\s*\S", text):
        return False  # "Total Paid: $12,000.00", "Adjuster: Dana Reyes": a field states a value
    words = re.findall(r"[A-Za-z][\w'&.-]*", text)
    lower = [w for w in words if w[0].islower() and w.lower() not in _SMALL_WORDS]
    return bool(words) and not lower and not re.search(r"[a-z]{3,}[.;!?]\s+[A-Z]", text)


_SMALL_WORDS = frozenset("a an and the of for at by in on to or with de la du von van".split())


def _is_field_line(text: str) -> bool:
    """A short line with no sentence in it ("Insured Marrow Creek Bakery Co."): a form's field
    whose label lost its colon, as a PDF's text layer often writes it."""
    return len(text.split()) <= 8 and not re.search(r"[a-z]{3,}[.;!?]\s+\S", text)


def _without_label(value: str, question: str) -> str:
    """A name without the role word a field line put before it ("Insured Marrow Creek ...")."""
    first, _, rest = value.partition(" ")
    return rest if rest and first.lower().rstrip(":") in {w.lower() for w in re.findall(r"\w+", question)} else value


def _sentence_of(text: str) -> str:
    """A unit as the card shows it: one line, without a PDF's running header ("Acme Claims |
    Field Report | CONFIDENTIAL") that the text layer glued before the sentence."""
    text = " ".join(display_line(text).split())
    if text.count("|") > 1:
        text = text.rsplit("|", 1)[1].strip()
    text = _RULE.sub("", text)
    return _LETTERHEAD.sub("", text) or text


_RULE = re.compile(r"^[-=_*~#]{3,}\s*")
_LETTERHEAD = re.compile(r"^(?:[A-Z][A-Z&'/-]{2,}\s+)+(?=[A-Z][a-z])")
"""A running header's capitals glued before a sentence ("CONFIDENTIAL The Sheriff's Office ..."):
a letterhead, not the sentence."""


def _as_written(line: str, iso: str) -> str:
    """The date ``iso`` as ``line`` writes it (``01/14/2024``, ``Jan. 14, 2024``): a card quotes."""
    for value, text in find_dates(line):
        if value.isoformat() == iso:
            return text
    return ""


def _money(text: str) -> Decimal:
    digits = re.sub(r"[^\d.]", "", text)
    try:
        return Decimal(digits) if digits else Decimal(0)
    except ArithmeticError:
        return Decimal(0)


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


def _after_label(text: str) -> str:
    return text.split(":", 1)[1].strip() if ":" in text else text.strip(" -")


_LINE_MEANINGS = {
    "Auto": "auto insurance claim: a car or truck collision, vehicle damage, drivers, towing and a rental car",
    "Homeowners": "homeowners insurance claim: damage to a family's house, its dwelling and personal belongings",
    "Workers' compensation": "workers' compensation claim: an employee injured on the job, medical treatment, "
                             "lost wages, return to work",
    "Commercial property": "commercial property claim: fire or damage to a business's building, equipment, stock "
                           "and business income",
    "General liability": "general liability claim: a customer or member of the public hurt on the insured's "
                         "premises claims damages for bodily injury",
    "Inland marine": "cargo or inland marine claim: goods in transit stolen or damaged, a shipment, carrier and "
                     "trailer",
    "Cyber": "cyber insurance claim: ransomware, a data breach, hacked computer systems, notifying affected people",
    "Crime": "crime claim: burglary, theft of money or property, or employee dishonesty",
    "Travel": "travel insurance claim: a trip cancelled or interrupted, medical care abroad, delayed or lost baggage",
    "Pet": "pet insurance claim: a dog's or cat's accident or illness, veterinary treatment and its invoice",
}
"""What each line of business is about, to compare a claim's sentences with (by meaning)."""
LINE_SIMILARITY = 0.3
"""Below this cosine to the claim's centroid no line fits by meaning (a short file, a marine hull
claim): the words vote, and without them the card names none."""


_STATED_LINES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rule, re.I)) for name, rule in (
    ("Workers' compensation", r"\bworkers'?\s*comp(?:ensation)?\b(?!\s*:\s*\[)|\bWC policy\b"),
    ("General liability", r"\b(?:commercial )?general liability\b|\bCGL\b|\bpremises liability\b"),
    ("Auto", r"\b(?:commercial|business|personal|private passenger) auto(?:mobile)?\b|"
             r"\bauto(?:mobile)? (?:policy|liability|physical damage)\b|\bmotor carrier policy\b"),
    ("Homeowners", r"\bhomeowners?(?:'s)? (?:policy|insurance|claim|form)\b|\bHO-?[2-8]\b"),
    ("Commercial property", r"\bcommercial property\b|\bbusiness personal property\b|\bbusiness income\b|"
                            r"\bbuilding and personal property\b"),
    ("Inland marine", r"\binland marine\b|\b(?:motor truck |marine )?cargo (?:policy|insurance|claim|open policy)\b"),
    ("Cyber", r"\bcyber\b"),
    ("Crime", r"\bcrime (?:policy|coverage|insurance)\b|\bcommercial crime\b|\bemployee dishonesty\b|"
              r"\bfidelity (?:bond|policy|coverage|insurance)\b"),
    ("Travel", r"\btravel (?:insurance|assistance|protection|plan|policy|claims?)\b|"
               r"\btrip (?:cancellation|interruption|delay)\b"),
    ("Pet", r"\bpet (?:insurance|health|plan|policy|claims?)\b|\bveterinary (?:insurance|plan|policy)\b"),
    ("Management liability", r"\bmanagement liability\b|\bdirectors(?:'|\s+and)?\s+(?:&\s+)?officers\b|\bD&O\b"),
    ("Professional liability", r"\bprofessional liability\b|\berrors and omissions\b|\bE&O\b|\bmalpractice\b"),
    ("Pollution liability", r"\bpollution (?:legal )?liability\b|\benvironmental impairment\b"),
    ("Aviation", r"\baviation (?:policy|insurance|liability|claims?)\b|\baircraft (?:hull|liability)\b|"
                 r"\bhangarkeepers\b"),
    ("Umbrella", r"\b(?:commercial |personal )?umbrella (?:policy|liability|coverage)\b|\bexcess liability\b"),
))
"""A line of business as files state it ("General Liability - Loss Notice", "Policy No.: CGL ...",
"Claims Examiner, Workers' Compensation"); a form's check box ("Workers' comp: [X]") states none."""


def _stated_line(claim: ClaimRecord, documents: Sequence[DocumentInfo], ranked: dict[str, list[Scored]]) -> str:
    """The line of business the claim's files name (the lines the selector found for "what line
    of business", the lines located at ingest, their headings, the policy numbers and the document
    names), if any: each text
    votes once for each line it names, the selector's better lines more (a demand letter "under
    commercial auto policy ..." that later mentions "her workers' compensation carrier" is auto)."""
    weighted: dict[str, float] = {}
    for text in [*claim.policy_numbers, *(re.sub(r"[-_.]", " ", d.name) for d in documents),
                 *(p.section or "" for d in documents for p in d.summary_points)]:
        weighted[text] = max(weighted.get(text, 0.0), 1.0)
    for rank, scored in enumerate(ranked.get("lob", [])[:10]):
        for text in (scored.unit.text, scored.unit.passage.section or ""):
            weighted[text] = max(weighted.get(text, 0.0), 1.0 / (1.0 + rank))
    for d in documents:  # every line located at ingest that states one ("Policy HOX-..., homeowners HO-3")
        for text in [*(p.text for p in d.summary_points), *(f.text for f in d.fact_lines)]:
            weighted[text] = max(weighted.get(text, 0.0), 1.0)
    votes = {name: sum(w for t, w in weighted.items() if rule.search(t)) for name, rule in _STATED_LINES}
    best = max(votes, key=lambda n: votes[n])
    return best if votes[best] else ""


def stated_line_of_business(claim: ClaimRecord, documents: Sequence[DocumentInfo]
                            ) -> tuple[str, DocumentInfo, str, int | None, str | None] | None:
    """:func:`line_of_business_line` when a line of the files names the line of business ("Policy:
    CGL-..., Commercial General Liability"); None when it is only guessed from the files' words (a
    dental form's "occupational injury?" box is no workers' compensation claim)."""
    found = line_of_business_line(claim, documents)
    if found is None or not any(rule.search(found[2]) for name, rule in _STATED_LINES if name == found[0]):
        return None
    return found


def stated_lines(claim: ClaimRecord, documents: Sequence[DocumentInfo]) -> dict[str, int]:
    """How many of the claim's located lines (ingest's points and fact lines) state each line of
    business in the insurance's own words (:data:`_STATED_LINES`); lines stated by none are left out."""
    texts = {t for d in documents for t in [*(p.text for p in d.summary_points), *(f.text for f in d.fact_lines)]}
    votes = {name: sum(1 for t in texts if rule.search(t)) for name, rule in _STATED_LINES}
    return {name: n for name, n in votes.items() if n}


def line_of_business_line(claim: ClaimRecord, documents: Sequence[DocumentInfo]
                          ) -> tuple[str, DocumentInfo, str, int | None, str | None] | None:
    """The claim's line of business as its files state it, with the line that states it: ``(line of
    business, document, text, page, section)``. The lines located at ingest vote (each for every
    line of business it names: "Policy: CGL-..., Commercial General Liability"); when none names
    one and neither do the file names or headings, the line of business the files' words choose,
    cited to the point that uses most of them. None when there is none, or no line to cite."""
    lines = [(d, text, page, section) for d in documents
             for text, page, section in [*((p.text, p.page, p.section) for p in d.summary_points),
                                         *((f.text, f.page, f.section) for f in d.fact_lines)]]
    votes: dict[str, list[tuple[DocumentInfo, str, int | None, str | None]]] = {}
    for name, rule in _STATED_LINES:
        votes[name] = [line for line in lines if rule.search(line[1])]
    voted = max(votes, key=lambda n: len(votes[n]))
    if votes[voted]:
        return (voted, *votes[voted][0])
    if _stated_line(claim, documents, {}):
        return None  # named only in a heading or a file name: no line to cite
    lob = _line_of_business(claim, documents)
    words = dict(_LINES_OF_BUSINESS).get(lob, frozenset())
    scored = [(len(terms(line[1]) & words), i) for i, line in enumerate(lines)]
    hits, at = max(scored, default=(0, -1))
    return (lob, *lines[at]) if lob and hits else None


def _line_of_business(claim: ClaimRecord, documents: Sequence[DocumentInfo], pool: _Pool | None = None,
                      ranked: dict[str, list[Scored]] | None = None) -> str:
    """The line of business: the one the files name (:func:`_stated_line`); else the description
    most like what the claim's sentences say, when they were embedded; else the line whose words
    its file names and loss type use most."""
    stated = _stated_line(claim, documents, ranked or {})
    if stated:
        return stated
    words: set[str] = set()
    for d in documents:
        words |= terms(re.sub(r"[-_.]", " ", d.name))
        for p in d.summary_points:
            if p.kind in ("loss_type", "narrative"):
                words |= terms(p.text)
    words |= terms(" ".join(claim.policy_numbers))
    if pool is not None and pool.texts:  # by meaning, the words of the file's name and loss type as a tie-break
        hits = {name: len(words & w) for name, w in _LINES_OF_BUSINESS}
        similarity = np.asarray(pool.embed(list(_LINE_MEANINGS.values()))) @ pool.centroid
        name, best = max(zip(_LINE_MEANINGS, similarity.tolist()), key=lambda ns: ns[1] + 0.03 * hits.get(ns[0], 0))
        if best >= LINE_SIMILARITY:
            return name
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
    items = list({f.text: f for f in events if _OPEN_ITEM.search(f.text) and not closed}.values())[-2:]
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
