"""Which claims match a question's conditions: "which claims involve water damage", "open claims
with a reserve over $20,000", "losses after January 1, 2026", "claims involving Westside".

Read from what ingest stored for every claim (the loss type and narrative points, the dated
events, the labelled amounts, and the claim facts of :class:`rag.documents.ClaimFact`: status
lines, reserves set, parties by role, report dates), never from phrases of our samples: a
condition is the question's words, matched against each claim's own. Each claim listed is cited
to the line that makes it match; a line that says the opposite ("there is no subrogation
potential") does not; no match is answered "none", never with every claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rag.experts.facts import facts_of
from rag.experts.loss_runs import RUN_ROW
from rag.experts.result import Sources
from rag.experts.text import STOPWORDS, content_terms, sentences, terms
from rag.metadata import find_dates, parse_money
from rag.records import ClaimRecord, DocumentInfo, FactLine, Passage
from rag.router import SHORTHAND_FORMS, normalize_question
from rag.tools.dates import long_date
from rag.tools.money import money_text

_PHRASING = frozenset(content_terms(
    "which what who list show all any claims claim files file losses loss matters cases involve involves involved "
    "involving have has had with about mention mentions mentioned concern concerning related relate there do we "
    "our are is were was on file open opened closed close still pending active settled reserve reserves reserved "
    "over under above below more less than greater exceeding exceeds after before between since from to until and "
    "during in of the a an type kind date dated happened occurred reported greater amount "
    "handling handled handles handle them it they us where whose got get potential possible possibly likely "
    "chance currently reopened denied declined litigation suit find pull give me pay paid payment most least "
    "caused going ongoing underway anything something outstanding rsv pursuing pursue pursued "
    "highest lowest largest smallest biggest use used uses using hired retained engaged assigned "
    "queue desk caseload batch dol dols filed out"))
"""The words of asking which claims, and of the conditions below: not a topic. (Hedges such as
"potential" ask whether the topic is there at all: "files with subro potential"; "filed" is said of a
claim or a suit, "claims filed in May", "a suit filed"; "out" of a place, "claims out of Ohio".)"""
ASKING_WORDS = _PHRASING
_MONTHS = ("january february march april may june july august september october november december".split())
_GENERIC = frozenset(content_terms("damage loss claim type cause incident"))
_KINDS_OF_LOSS = frozenset(content_terms(
    "fire fires smoke wildfire explosion water flood flooding leak burst pipe sewer backup mold freeze frozen wind "
    "windstorm hail storm hurricane tornado earthquake quake lightning collapse sinkhole theft burglary robbery "
    "vandalism collision crash vehicle vehicles auto car truck motorcycle travel trip cyber injury injuries bodily "
    "ransomware breach cargo marine property homeowners dwelling liability workers compensation total"))
"""Words that name a kind of loss or a line of business: a claim of that kind says so in words (its
type of loss, its narrative, its forms, its line of business), or a line of it is very like it
(:data:`KIND_SIMILAR_MIN`); one that only resembles it is not of that kind (measured:
"windstorm" is as like a fire report's weather line ("light rain"), 0.28, as "water damage" is like a burst
supply line, 0.32). Animals are left out: files name them by breed ("German shepherd" for a dog)."""


_LINE_WORDS = {name: frozenset(content_terms(words)) for name, words in {
    "Auto": "auto automobile vehicle vehicles car cars truck motor collision crash",
    "Homeowners": "homeowners home house dwelling residence",
    "Commercial property": "commercial property building business",
    "General liability": "general liability premises",
    "Workers' compensation": "workers compensation comp work injury",
    "Inland marine": "inland marine",
    "Cyber": "cyber ransomware breach hack hacker",
    "Crime": "crime theft burglary stolen",
    "Travel": "travel trip",
    "Pet": "pet pets dog dogs cat cats animal veterinary",
}.items()}
"""The kinds of loss each line of business is: "vehicle claims" are the auto claims. (Not the other way:
inland marine covers contractors' equipment and builders' risk as well as cargo, so a cargo claim is one
whose files say cargo.)"""
_LINES_WORDS = frozenset(w for words in _LINE_WORDS.values() for w in words)


def _line_of_business_says(topic: Sequence[str], claim: ClaimRecord, docs: Sequence[DocumentInfo]) -> Reason | None:
    """The line that states the claim's line of business (:func:`rag.experts.card.line_of_business_line`),
    when the topic is a kind of loss that line of business is ("vehicle" for an auto claim)."""
    from rag.experts.card import stated_line_of_business  # the card reads these filters

    specific = set(topic) - _GENERIC
    stated = stated_line_of_business(claim, docs) if specific else None  # stated, not guessed from words
    if stated is None or not specific <= _LINE_WORDS.get(stated[0], frozenset()):
        return None
    _, doc, text, page, section = stated
    return doc, FactLine("summary", "", text, page=page, section=section), "topic"


_LINE_NAMES = {name: frozenset(content_terms(words)) for name, words in {
    "Auto": "auto automobile", "Homeowners": "homeowners", "Commercial property": "commercial property",
    "General liability": "general liability", "Workers' compensation": "workers compensation comp",
    "Inland marine": "inland marine", "Cyber": "cyber", "Crime": "crime", "Travel": "travel", "Pet": "pet",
}.items()}
"""The lines of business by their names ("workers comp claims", "inland marine claims"): a question
that names a line asks for the claims of that line, not for every file that mentions it."""
_TOO_WIDE = frozenset(content_terms("property liability commercial general"))


def line_asked(topic: Sequence[str]) -> str:
    """The line of business a topic names by its name ("workers comp"), or ``""``."""
    specific = set(topic) - _GENERIC
    if not specific or specific <= _TOO_WIDE:
        return ""
    return next((name for name, words in _LINE_NAMES.items() if specific <= words), "")


def of_another_line(asked: str, claim: ClaimRecord, docs: Sequence[DocumentInfo]) -> bool:
    """Whether the claim's files state another line of business than ``asked`` more often than
    ``asked`` (a property report's one line on "the insured's workers' compensation carrier" makes no
    workers' compensation claim); a claim whose files state none, or both as often, is not."""
    from rag.experts.card import stated_lines  # the card reads these filters

    votes = stated_lines(claim, docs)
    return bool(votes) and votes.get(asked, 0) < max(votes.values())


KIND_SIMILAR_MIN = 0.36
"""The cosine a claim's best unit needs to be of a kind of loss its files do not name: "thieves cut
the fence and took copper wire" is a theft (0.40); a fire report's "light rain" is no windstorm
(0.28), nor is a refrigeration repair line (0.31)."""


def names_a_kind_of_loss(topic: Sequence[str]) -> bool:
    """Whether a topic is a kind of loss ("fire", "water damage", "earthquake", "vehicle"): then a claim
    matches by its files' words or its line of business, or by a line very like the topic, never by
    one that merely resembles it (the light rain of a fire report's weather line is no windstorm)."""
    specific = set(topic) - _GENERIC
    return bool(specific) and specific <= _KINDS_OF_LOSS

_LITIGATION = r"in litigation|litigated|in suit|(?:law)?suits?|litigation"
_STATUS = re.compile(
    rf"\b(?P<reopened>re-?opened)\b|\b(?P<litigation>{_LITIGATION})\b"
    r"|\b(?P<denied>denied|declined|denials?)\b|\b(?P<open>open|active|pending|still open)\b"
    r"|\b(?P<closed>closed|settled)\b", re.I)
_AMOUNT = (r"(?:\$\s?[\d,]+(?:\.\d{1,2})?(?:\s?(?:[kKmM]|million|thousand)\b)?"
           r"|[\d,]+(?:\.\d+)?\s?(?:[kKmM]|million|thousand)\b)")
_COMPARE = (r"(?:over|above|more than|greater than|exceeding|exceeds?|in excess of|at least|north of|>=?|"
            r"under|below|less than|at most|no more than|<=?)")
_RESERVE = re.compile(
    rf"\b(?:reserve[sd]?|rsvs?|rsrvs?)\b[^$?]*?(?P<op>{_COMPARE})\s*(?P<amount>{_AMOUNT})"
    rf"|(?P<op2>{_COMPARE})\s*(?P<amount2>{_AMOUNT})\s+(?:(?:in|of|open|outstanding)\s+)*(?:reserves?|rsvs?|rsrvs?)\b",
    re.I)
"""An open reserve compared with an amount: "reserves over $100k", "rsv under 50k", "open reserve under 5,000k",
"more than $50,000 in reserves"."""
_AMOUNT_KINDS: dict[str, tuple[str, ...]] = {
    "paid": ("payout", "paid", "payment", "settlement"), "payment": ("payout", "paid", "payment", "settlement"),
    "settlement": ("settlement", "payout"), "deductible": ("deductible",), "limit": ("limit",),
    "estimate": ("estimate",), "invoice": ("invoice", "invoice_total"), "bill": ("bill", "billed", "invoice_total"),
    "incurred": ("incurred",), "demand": ("demand",), "retention": ("retention", "sir"),
}
"""The amounts a question can compare, by its word (singular), and the words of the labels that
state them (``Total Paid`` is a ``payout``): "claims with a deductible over $1,000"."""
_MAGNITUDES = frozenset({"deductible", "limit", "retention"})
"""Kinds of amount that are never below nothing: a settlement's "Less deductible -$1,000.00" is the
subtraction of a $1,000 deductible."""
_KIND_WORD = (r"paid|payments?|settle(?:d|ments?)?|deductibles?|retentions?|limits?|estimates?|invoices?|bills?|billed|"
              r"incurred|demands?")
_OP_AFTER = (r"(?:or|and)\s+(?:more|greater|higher|above|up|over)|\+|(?:or|and)\s+(?:less|lower|under|below)")
_AMOUNT_ASKED = re.compile(
    rf"\b(?P<what>{_KIND_WORD})\b[^$?]{{0,30}}?(?:(?P<op>{_COMPARE})\s*)?(?P<amount>{_AMOUNT})(?:\s*(?P<after>{_OP_AFTER}))?"
    rf"|(?:(?P<op2>{_COMPARE})\s*)?(?P<amount2>{_AMOUNT})(?:\s*(?P<after2>{_OP_AFTER}))?\s+(?:in\s+|of\s+)?"
    rf"(?P<what2>{_KIND_WORD})\b",
    re.I)
"""A labelled amount compared with an amount: "deductible over $1,000", "more than $5k in payments",
"a retention of 50k or more", "a $25k deductible" (no comparison: that amount)."""


_AMOUNT_MODIFIER = re.compile(r"\b(?:a|an|the)\s+(?P<word>[A-Za-z][\w-]*)\s+$", re.I)
"""The one word between an article and an amount the question asks about: "a *flat* $1,000 deductible",
"an *annual* $10k limit" say what kind of amount it is, not what the claim is about."""


def _op(before: str, after: str) -> str:
    """``>``, ``<``, ``>=``, ``<=`` or ``=`` from the words before the amount ("over") or after it
    ("or more"); none is the amount itself ("claims with a $2,500 deductible")."""
    if after:
        return "<=" if re.search(r"less|lower|under|below", after, re.I) else ">="
    if not before:
        return "="
    if re.match(r"at most|no more", before, re.I):
        return "<="
    if re.match(r"at least", before, re.I):
        return ">="
    return "<" if re.match(r"under|below|less|<", before, re.I) else ">"


def meets(value: Decimal, op: str, limit: Decimal) -> bool:
    """Whether ``value`` meets ``op limit``."""
    return {">": value > limit, "<": value < limit, ">=": value >= limit, "<=": value <= limit,
            "=": value == limit}[op]


_OP_WORDS = {">": "over", "<": "under", ">=": "at least", "<=": "at most", "=": "of"}
_ANY_PAYMENT = re.compile(r"\b(?:been|were|was|got)\s+paid\b|\bpayments?\s+(?:made|issued|sent)\b"
                          r"|\bwith\s+(?:a\s+|any\s+)?payments?\b|\bpaid\s+(?:claims|files)\b", re.I)
"""A question about claims with any payment at all: "which claims have been paid"."""
_NO_PAYMENT = re.compile(r"\b(?:without|no|zero|nil)\s+(?:any\s+)?(?:payments?|indemnity|pay(?:out)?)\b|\bunpaid\b"
                         r"|\bnothing\s+(?:was\s+)?paid\b|\bnot\s+(?:been\s+)?paid\b|\bno\s+money\s+paid\b", re.I)
"""A question about claims with no payment: "closed without payment", "claims where nothing was paid"."""
_AFTER = re.compile(r"\b(?:after|since|from)\b", re.I)
_BEFORE = re.compile(r"\b(?:before|prior to|until)\b", re.I)
_REPORTED = re.compile(r"\b(?:reported|filed|notified|opened|received|fnol|first notice)\b", re.I)
_CLOSED_WHEN = re.compile(r"\bclosed\s+(?:out\s+)?(?:in|during|between|from|on|before|after|since|by)\b", re.I)
"""A date span said of the closing: "closed in June 2025", "closed between May and July"."""
_CLAIM_CLOSED = re.compile(
    r"\b(?:claim|file|case|status)\b[^.;]{0,25}\bclosed\b|\bclosed\b[^.;]{0,10}\b(?:claim|file)\b", re.I)
_REOPENED = re.compile(r"\breopen", re.I)
_ANOTHER_FILE_CLOSED = re.compile(
    r"\b(?!(?:the|this|that|our|my|your|its|his|her|their|claim|claims|insurance|whole|entire)\b)[a-z][\w'-]*\s+"
    r"(?:file|account|case|ticket|referral)\s+(?:is|was|has been|had been|got|now|being)?\s*closed\b")
"""A status line about something else's file ("our *recall* file is closed", "the bank's fraud case was
closed"): a file the claim's own is not, whose closing is not the claim's."""
_ROLES_ASKED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attorney", re.compile(r"\b(?:attorneys?|lawyers?|counsel|represented|representation|lawyered)\b", re.I)),
    ("vendor", re.compile(r"\b(?:vendors?|contractors?)\b", re.I)),
)
"""Parties a question asks about by role ("claims where the claimant has a lawyer"): read from the
parties ingest found by role (:class:`rag.documents.ClaimFact`), not from any line that says
"counsel" ("she is not represented by counsel")."""
_PARTY_NOUNS = frozenset(content_terms("claimant claimants insured plaintiff injured party person someone"))
_PARTY_ROLES = frozenset(content_terms("claimant claimants insured insureds plaintiff plaintiffs policyholder "
                                       "policyholders"))
"""Parties by role, which beside a topic are no part of it ("claims where the claimant had surgery")."""


@dataclass
class Conditions:
    """What a "which claims" question asks of each claim; empty when it asks for all of them."""

    topic: list[str] = field(default_factory=list)
    """The question's topic words (stems), e.g. ``["water", "damag"]``."""
    phrase: str = ""
    """The topic as written, for a name the files use ("Westside Collision")."""
    status: str = ""
    """``open``, ``closed``, ``reopened``, ``denied`` or ``litigation``."""
    reserve: tuple[str, Decimal] | None = None
    """``(">" or "<", amount)`` on the open reserve."""
    after: date | None = None
    before: date | None = None
    dated: str = "loss"
    """Which date ``after``/``before`` bound: ``loss``, ``reported`` or ``closed`` (the closing's)."""
    role: str = ""
    """A party the claim must have, by role: ``attorney`` or ``vendor``."""
    role_words: str = ""
    """How the question named the role ("lawyer"): the topic, when no claim's files name a party in it."""
    rank: tuple[str, str] | None = None
    """``(measure, "max" or "min")``: the one claim at an end of a measure ("the highest reserve":
    ``("reserve", "max")``; "the oldest loss": ``("loss", "min")``); the measure is ``reserve``,
    ``loss`` or an amount kind of :data:`_AMOUNT_KINDS`."""
    amount: tuple[str, str, Decimal] | None = None
    """``(kind, ">" or "<", amount)`` on a labelled amount of the claim: ``("deductible", ">", 1000)``."""
    any_of: list[tuple[list[str], str]] = field(default_factory=list)
    """The topic's alternatives, ``(topic, phrase)`` each, when the question joins them by "or"
    ("wind or hail"): a claim about either matches."""
    unpaid: bool = False
    """No payment on the claim: no paid amount its files state (or only one of nothing)."""

    def __bool__(self) -> bool:
        return bool(self.topic or self.status or self.reserve or self.after or self.before or self.role
                    or self.amount or self.rank or self.unpaid)

    def describe(self) -> str:
        parts = []
        if self.any_of:
            parts.append(f"involving {' or '.join(phrase for _, phrase in self.any_of)}")
        elif self.phrase:
            parts.append(f"involving {self.phrase}")
        if self.role:
            parts.append(f"with an {self.role}" if self.role[0] in "aeiou" else f"with a {self.role}")
        if self.status:
            parts.append("in litigation" if self.status == "litigation" else self.status)
        if self.reserve == (">", Decimal(0)):
            parts.append("with an open reserve")
        elif self.reserve:
            parts.append(f"open reserve {'over' if self.reserve[0] == '>' else 'under'} {money_text(self.reserve[1])}")
        if self.unpaid:
            parts.append("without payment")
        if self.amount == ("paid", ">", Decimal(0)):
            parts.append("with a payment")
        elif self.amount:
            kind, op, value = self.amount
            parts.append(f"{kind} {_OP_WORDS[op]} {money_text(value)}")
        what = {"reported": "reported", "closed": "closed"}.get(self.dated, "loss")
        if self.after and self.before and self.after == self.before:
            parts.append(f"{what} on {long_date(self.after)}")
        elif self.after and self.before:
            parts.append(f"{what} between {long_date(self.after)} and {long_date(self.before)}")
        else:
            if self.after:
                parts.append(f"{what} on or after {long_date(self.after)}")
            if self.before:
                parts.append(f"{what} on or before {long_date(self.before)}")
        return ", ".join(parts)


_OURS = re.compile(
    r"\(?\s*\b(?:ours|mine)\b\s*,?\s*(?:(?:and\s+)?not\s+(?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+)?)?\s*\)?"
    r"|\b(?:on|from)\s+our\s+(?:side|end|books|desk)\b|\b(?:with|w/)\s*us\b|\bin\s+here\b|\bwe(?:'re|\s+are)\s+"
    r"(?:handling|working|adjusting|managing|carrying)\b|\bwe\s+(?:handle|carry|manage|adjust)\b"
    r"|\(?\bnot\s+(?:the\s+)?[\w&-]+'s\b\)?", re.I)
"""Words that say whose claims are asked for ("ours, not Westgate's", "on our side", "we're handling",
"with us", "in here"): the claims in reach are ours, so these name no topic (another carrier's rows
of a loss run are left out unless named: :mod:`rag.experts.loss_runs`)."""
_EXAMPLES = re.compile(r"\(([^()]*?(?:,|\bor\b)[^()]*)\)")
"""A parenthesised list of what a kind of loss covers: "water losses (pipes, flood, sinking)"."""
_YEAR_OF = re.compile(r"\b(?P<year>(?:19|20)\d{2})\s+(?P<what>DOLs?|dates?\s+of\s+loss|loss(?:es)?|reported|"
                      r"accidents?|incidents?)\b|\b(?:DOL|date\s+of\s+loss|loss\s+date)\s+(?:in\s+|of\s+)?"
                      r"(?P<year2>(?:19|20)\d{2})\b(?![/-])", re.I)
"""A year that bounds the date of loss without "in": "claims with a 2025 DOL", "DOL 2024", "2025 losses"."""


def read_conditions(question: str, *, ignore: Sequence[str] = ()) -> Conditions:
    """The conditions of a "which claims ..." question."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    question = _OURS.sub(" ", question)
    examples = _EXAMPLES.search(question)
    year_of = _YEAR_OF.search(question)
    if year_of and not re.search(r"\b(?:in|during|before|prior to|after|since|from)\s+(?:the\s+)?" +
                                 (year_of.group("year") or year_of.group("year2")), question, re.I):
        question = question.replace(year_of.group(0), f" in {year_of.group('year') or year_of.group('year2')} ")
    found = Conditions()
    reserve = _RESERVE.search(question)
    if reserve:
        value = parse_money(_dollars(reserve.group("amount") or reserve.group("amount2")))
        if value is not None:
            said = reserve.group("op") or reserve.group("op2") or ""
            op = "<" if re.match(r"under|below|less|at most|no more|<", said, re.I) else ">"
            found.reserve = (op, value)
        question = question.replace(reserve.group(0), " reserve ")
    found.rank = _rank(question)
    if found.rank:
        question = _SUPERLATIVE.sub(" ", question)
    elif not found.reserve and re.search(r"\b(?:open|outstanding)\s+reserves?\b|\bhave\s+(?:an?\s+|any\s+)?reserves?\b",
                                         question, re.I):
        found.reserve = (">", Decimal(0))  # "which claims have an open reserve": any above zero
    asked_amount = None if reserve else _AMOUNT_ASKED.search(question)
    if asked_amount:
        value = parse_money(_dollars(asked_amount.group("amount") or asked_amount.group("amount2")))
        said = asked_amount.group("op") or asked_amount.group("op2") or ""
        word = (asked_amount.group("what") or asked_amount.group("what2")).lower()
        kind = next(k for k in _AMOUNT_KINDS if word.startswith(k[:5]) or (k == "paid" and word.startswith("pay")))
        if value is not None:
            found.amount = (kind, _op(said, asked_amount.group("after") or asked_amount.group("after2") or ""), value)
        said_by = _AMOUNT_MODIFIER.search(question, 0, asked_amount.start()) if asked_amount.group("amount2") else None
        question = question.replace(asked_amount.group(0), " ")
        if said_by is not None:  # "a flat $1,000 deductible": "flat" says what the amount is, no topic
            question = question[:said_by.start("word")] + " " + question[said_by.end("word"):]
    unpaid = None if found.amount or found.rank else _NO_PAYMENT.search(question)
    if unpaid:
        found.unpaid = True  # "closed without payment": no payment stated, or one of nothing
        question = question.replace(unpaid.group(0), " ")
    elif not found.amount and not found.rank and _ANY_PAYMENT.search(question):
        found.amount = ("paid", ">", Decimal(0))  # "which claims have been paid": any payment stated
    for role, pattern in _ROLES_ASKED:
        asked = pattern.search(question)
        if asked:
            found.role, found.role_words = role, asked.group(0)
            question = pattern.sub(" ", question)
            break
    status = _STATUS.search(re.sub(r"\b(?:open|outstanding)\s+reserves?\b", " reserve ", question, flags=re.I))
    if status:
        found.status = next(name for name, value in status.groupdict().items() if value)
    if found.status == "litigation":  # "in litigation / have a lawsuit filed": every word of it is the status
        question = re.sub(rf"\b(?:{_LITIGATION})\b", " ", question, flags=re.I)
    dates = find_dates(question)
    months = (_month_range(question) or _month_span(question) or _relative_span(question, date.today())) \
        if not dates else None
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
    if (found.after or found.before) and _REPORTED.search(question):
        found.dated = "reported"
    elif (found.after or found.before) and _CLOSED_WHEN.search(question):
        found.dated = "closed"  # "closed in June or July 2025": the closing's date, not the loss's
    rest = re.sub(r"\$\s?[\d,]+(?:\.\d{1,2})?|\b\d+\b|\b[qh][1-4]\b|\b(?:first|second|third|fourth|1st|2nd)\s+"
                  r"(?:quarter|half)\b", " ",
                  question, flags=re.I)
    for _, text in find_dates(question):
        rest = rest.replace(text, " ")
    rest = _RELATIVE.sub(" ", rest)
    def topic_words(text: str) -> list[str]:
        return [w for w in re.findall(r"[A-Za-z][\w&'-]*", text)
                if w.lower() not in STOPWORDS and w.lower().rstrip(".") not in _MONTH_WORD.split("|")
                and not set(content_terms(w)) <= _PHRASING
                and not (found.role and set(content_terms(w)) <= _PARTY_NOUNS)]

    words = topic_words(rest)
    if any(not set(content_terms(w)) <= _PARTY_ROLES for w in words):  # "where the claimant had surgery": surgery
        words = [w for w in words if not set(content_terms(w)) <= _PARTY_ROLES]
    found.topic = [t for w in words for t in _word_terms(w) if t not in _PHRASING]
    found.phrase = " ".join(words)
    parts = [topic_words(part) for part in re.split(r"\bor\b|/", rest, flags=re.I)]
    if examples is not None:  # "water losses (pipes, flood, sinking)": the kind, or any of its examples
        the_kind = topic_words(rest.replace(examples.group(0), " ").replace(examples.group(1), " "))
        parts = [the_kind, *(topic_words(item) for item in re.split(r",|\bor\b|\band\b", examples.group(1)))]
    if len([p for p in parts if p]) >= 2:  # "wind or hail", "theft or extortion": either one
        found.any_of = [([t for w in p for t in _word_terms(w) if t not in _PHRASING], " ".join(p))
                        for p in parts if p]
    return found


_AMPERSAND_SHORT = re.compile(r"[A-Za-z]{1,3}&[A-Za-z]{1,3}")


def _word_terms(word: str) -> list[str]:
    """A topic word's terms; "E&O", "D&O", "P&C" whole: their letters alone would match any line with an
    "E" and an "O" in it."""
    return [word.lower()] if _AMPERSAND_SHORT.fullmatch(word) else content_terms(word)


_SUPERLATIVE = re.compile(
    r"\b(?P<dir>highest|largest|biggest|greatest|most|top|lowest|smallest|least|oldest|earliest|newest|latest|"
    r"most recent)\b(?:\s+(?:open|outstanding|current|total|amount|dollar|of|in))*"
    r"(?:\s+(?P<what>reserves?|paid|payments?|settle(?:d|ments?)?|deductibles?|limits?|estimates?|invoices?|bills?|"
    r"incurred|demands?|loss(?:es)?|date of loss|claims?|files?))?", re.I)


def _rank(question: str) -> tuple[str, str] | None:
    """``("reserve", "max")`` for "which claim has the highest open reserve"; the measure may stand
    elsewhere in the question ("which claim did we pay the most on"); None when no measure is named."""
    m = _SUPERLATIVE.search(question)
    if not m:
        return None
    word = m.group("dir").lower()
    what = (m.group("what") or "").lower()
    if not what or what.startswith(("claim", "file")):
        other = re.search(r"\b(reserve|paid|pay|deductible|limit|estimate|invoice|bill|incurred|demand|loss)", question,
                          re.I)
        what = other.group(1).lower() if other else ""
    if what.startswith("reserve"):
        measure = "reserve"
    elif what.startswith("loss") or what == "date of loss":
        measure = "loss"
    else:
        measure = next((k for k in _AMOUNT_KINDS if what.startswith(k[:5]) or (k == "paid" and what.startswith("pa"))),
                       "")
    if not measure:
        if word in ("oldest", "earliest", "newest", "latest", "most recent"):
            measure = "loss"
        else:
            return None
    low = word in ("lowest", "smallest", "least", "oldest", "earliest")
    return measure, "min" if low else "max"


def _dollars(amount: str) -> str:
    """``100k`` -> ``$100k``: :func:`parse_money` reads multipliers after a dollar sign."""
    amount = re.sub(r"\s?thousand\b", "k", amount.strip(), flags=re.I)
    return amount if amount.startswith("$") else f"${amount}"


_MONTH_WORD = "|".join([*_MONTHS, *"jan feb mar apr jun jul aug sept sep oct nov dec".split()])
_SPAN = re.compile(
    r"\b(?:(?P<word>in|during|before|prior to|after|since|from)\s+(?:the\s+)?"
    r"|(?=(?:" + _MONTH_WORD + r")\.?\s+(?:19|20)\d{2}\b|q[1-4]\s+(?:19|20)\d{2}\b))"  # "feb 2025 losses": no "in"
    r"(?:(?P<month>" + _MONTH_WORD + r")\.?\s+|q(?P<quarter>[1-4])\s+(?:of\s+)?|h(?P<h>[12])\s+(?:of\s+)?"
    r"|(?P<half>first|second|1st|2nd)\s+half\s+(?:of\s+)?"
    r"|(?P<nth>first|second|third|fourth)\s+quarter\s+(?:of\s+)?)?"
    r"(?P<year>(?:19|20)\d{2})\b(?![\d,.$])", re.I)


_RELATIVE = re.compile(
    r"\b(?P<which>last|this|past|previous|current)\s+(?:(?P<n>\d{1,3})\s+)?(?P<unit>days?|weeks?|months?|quarters?|years?)\b"
    r"|\b(?P<ytd>year to date|ytd)\b", re.I)


def _relative_span(question: str, today: date) -> tuple[date | None, date | None] | None:
    """A span counted back from today: "opened last month" -> that calendar month; "this year" ->
    January 1 to today; "in the last 30 days", "past 2 weeks" -> that many days back to today;
    "last year" -> the previous calendar year."""
    m = _RELATIVE.search(question)
    if not m:
        return None
    if m.group("ytd"):
        return date(today.year, 1, 1), today
    which, unit = m.group("which").lower(), m.group("unit").lower().rstrip("s")
    n = int(m.group("n") or 0)
    if n or which == "past":  # "the last 30 days", "past week": a count of units back
        days = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}[unit] * max(n, 1)
        return date.fromordinal(today.toordinal() - days), today
    back = 0 if which in ("this", "current") else 1
    if unit == "day":
        day = date.fromordinal(today.toordinal() - back)
        return day, day
    if unit == "week":
        start = date.fromordinal(today.toordinal() - today.weekday() - 7 * back)
        return start, min(today, date.fromordinal(start.toordinal() + 6))
    if unit == "year":
        return date(today.year - back, 1, 1), (today if not back else date(today.year - 1, 12, 31))
    months = 3 if unit == "quarter" else 1
    first_month = ((today.month - 1) // months) * months + 1  # this month's (or quarter's) first month
    index = today.year * 12 + first_month - 1 - months * back
    start = date(index // 12, index % 12 + 1, 1)
    end_index = index + months
    following = date(end_index // 12, end_index % 12 + 1, 1)
    return start, min(today, date.fromordinal(following.toordinal() - 1))


_MONTH_RANGE = re.compile(
    r"\b(?:between\s+|from\s+)?(?P<m1>" + _MONTH_WORD + r")\.?(?:\s+(?P<y1>(?:19|20)\d{2}))?\s*"
    r"(?P<conn>and|to|through|thru|until|till|or|-|\u2013)\s*(?:the\s+end\s+of\s+)?(?P<m2>" + _MONTH_WORD + r")\.?,?\s+"
    r"(?P<y2>(?:19|20)\d{2})\b"
    r"|\bq(?P<q1>[1-4])\s*(?:-|\u2013|to|through|and)\s*q(?P<q2>[1-4])\s+(?:of\s+)?(?P<qy>(?:19|20)\d{2})\b", re.I)
"""A span of months or quarters: "between june and august 2026", "from Nov 2025 to Feb 2026", "Q1-Q2 2026";
two months next to each other either way ("in july or august 2026")."""


def _month_range(question: str) -> tuple[date, date] | None:
    """The first day of a range's first month (or quarter) to the last day of its last one; a first
    month without a year takes the last one's year, or the year before when it comes later in the
    year ("from November to February 2026": November 2025)."""
    m = _MONTH_RANGE.search(question)
    if m is None:
        return None

    def month_of(word: str) -> int:
        return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(word.lower()[:3]))

    if m.group("q1"):
        year = int(m.group("qy"))
        first_month, last_month, first_year, last_year = (3 * int(m.group("q1")) - 2, 3 * int(m.group("q2")), year,
                                                          year)
    else:
        first_month, last_month = month_of(m.group("m1")), month_of(m.group("m2"))
        last_year = int(m.group("y2"))
        first_year = int(m.group("y1")) if m.group("y1") else last_year - (first_month > last_month)
    if (first_year, first_month) > (last_year, last_month):
        return None
    if (m.group("conn") or "").lower() == "or" and (last_year * 12 + last_month) - (first_year * 12 + first_month) > 1:
        return None  # "in March or September": two months, not the span between them
    following = date(last_year + (last_month == 12), last_month % 12 + 1, 1)
    return date(first_year, first_month, 1), date.fromordinal(following.toordinal() - 1)


def _month_span(question: str) -> tuple[date | None, date | None] | None:
    """A month or a year the question bounds the date by: "in January 2026" and "during 2025" ->
    its first and last day; "before 2025" -> up to December 31, 2024; "after March 2025" -> from
    April 1, 2025; "since 2024" -> from January 1, 2024."""
    m = _SPAN.search(question)
    if not m:
        return None
    year = int(m.group("year"))
    quarter = int(m.group("quarter")) if m.group("quarter") else (
        ("first", "second", "third", "fourth").index(m.group("nth").lower()) + 1 if m.group("nth") else 0)
    half = int(m.group("h")) if m.group("h") else (1 + m.group("half").lower().startswith(("second", "2")) if
                                                      m.group("half") else 0)
    if half:  # "in the first half of 2025", "during H2 2024"
        first, following = date(year, 6 * half - 5, 1), date(year + (half == 2), (6 * half) % 12 + 1, 1)
    elif quarter:  # "in Q1 2024", "during the third quarter of 2025"
        first = date(year, 3 * quarter - 2, 1)
        following = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    elif m.group("month"):
        month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m.group("month").lower()[:3]))
        first, following = date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1)
    else:
        first, following = date(year, 1, 1), date(year + 1, 1, 1)
    last = date.fromordinal(following.toordinal() - 1)
    word = (m.group("word") or "in").lower()
    if word in ("before", "prior to"):
        return None, date.fromordinal(first.toordinal() - 1)
    if word == "after":
        return following, None
    if word in ("since", "from"):
        return first, None
    return first, last


@dataclass(frozen=True)
class Match:
    claim: ClaimRecord
    reasons: list[tuple[DocumentInfo, FactLine | None, str]]
    """``(document, the line that shows it, what it shows)`` per condition."""


Mentions = Callable[[str], list[str]]
"""``mentions(phrase)``: the claims whose documents say the phrase (the lexical index)."""


Similar = Callable[[str, Sequence[str]], "dict[str, list[tuple[Passage, str, float]]]"]
"""``similar(phrase, claim_ids)``: per claim, the units of its files most like ``phrase`` (by the
embedder's cosine) as ``(passage, excerpt, cosine)``, best first, from one search across all the
claims; a claim whose files are too unlike the phrase to come back is left out."""

SIMILAR_MIN = 0.3
"""The cosine the best claim's unit needs for any claim to be "about" a topic no line words."""
SIMILAR_GAP = 0.06
"""The claims that match are those above the widest drop in similarity (sorted best first), when
that drop is at least this wide: the claims about the topic stand apart from the rest."""
EVIDENCE_MARGIN = 0.05
"""How much less like the topic a claim's best line that describes something may be than its best
unit of all, and still be the line shown for it (see :func:`_evidence`)."""


def _stands_apart(best: float, drop: float) -> bool:
    """Whether the claims above the widest drop are about the topic: a close enough best unit,
    and a gap that sets them apart from the claims that are not (the "cut at the widest gap")."""
    return best >= SIMILAR_MIN and drop >= SIMILAR_GAP


def _evidence(found: Sequence[tuple[Passage, str, float]]) -> tuple[Passage, str, float]:
    """The unit shown for a claim that matches a topic by meaning: its best unit, or a line that
    describes what happened (:func:`describes`) nearly as like the topic ("Thieves cut the fence
    ..." before "Insured: Brightfield Solar Farms LLC"). The claim's score stays its best unit's."""
    top = found[0]
    described = next((f for f in found if describes(f[1])), None)
    if described is not None and described is not top and described[2] >= top[2] - EVIDENCE_MARGIN:
        return described[0], described[1], top[2]
    return top


_LABEL_HEAD = re.compile(r"^\W*[A-Za-z][\w .#/&'()-]{0,40}?\s*(?::|\|)\s*")


def as_topic_text(text: str) -> str:
    """What a unit says about a topic, for the similarity of a topic to it: a label whose value is
    a name, a date, an id or an amount says its label ("Date of Injury: 02/03/2026" is about an
    injury, "Mortgagee | Columbia Basin Savings Bank" about a mortgagee: the name's letters say
    nothing); any other unit says its whole text."""
    head = _LABEL_HEAD.match(text.strip())
    if head is None or describes(text):
        return text
    return head.group(0).strip(" :|*#-\t") or text


def names_only(text: str) -> bool:
    """A label whose value is a name or an id ("Insured: Marguerite Oyelowo", "Adjuster: Keeley
    Obuya"): every claim has such lines, so by meaning alone one shows no topic; a line that
    says the topic's words may still ("Mortgagee | Columbia Basin Savings Bank")."""
    head = _LABEL_HEAD.match(text.strip())
    if head is None or describes(text):
        return False
    value = text.strip()[head.end():]
    return not (re.search(r"\$\s?\d", value) or find_dates(value))


def describes(text: str) -> bool:
    """Whether a unit says what happened or what is so (a sentence, a described cause or injury),
    the only kind of line that shows a claim is about a topic: not a label with a name, a date, an
    id or an amount ("Insured: Kwabena Osei", "Adjuster assigned: ..."), nor a heading
    ("Mechanism of injury"), which are like any topic by their label's words alone."""
    value = _LABEL_HEAD.sub("", text.strip(), count=1)
    words = re.findall(r"[A-Za-z]{3,}", value)
    if value.isupper():  # a form in capitals: "COMPLAINT OF NECK/UPPER BACK PAIN"
        return len(words) >= 3
    return sum(1 for w in words if w.islower()) >= 2
MAX_CHECKED = 12
"""Claims whose files say the topic's words are read for the line that says it (one search each)
up to this many; past it, a mention is enough (as before the lines were read)."""
_NEGATION = re.compile(r"\b(?:no|not|none|never|without|nor|neither|cannot|nothing|n't|isn't|wasn't|aren't|doesn't|"
                       r"didn't|don't|unrepresented|ruled out|eliminated)\b", re.I)

_NONE_VALUE = re.compile(r"\W*(?:none|no|n/?a|nil|not\s+applicable|not\s+identified|unknown)\b", re.I)
"""A field's value that says there is none: "Subrogation: None identified", "Attorney | N/A"."""
_SAYS_NONE = re.compile(
    r"^\W*(?:there\s+(?:was|were|is|are)\s+)?(?:no|none|nobody|no\s+one|neither|never|nothing|not)\b", re.I)
"""A line that says the topic is not there ("No one was injured", "There were no witnesses"): the
claim whose line most like the topic says so is not about it."""

Reason = tuple[DocumentInfo, "FactLine | None", str]


_US_STATES = dict(pair.split("=") for pair in (
    "alabama=AL alaska=AK arizona=AZ arkansas=AR california=CA colorado=CO connecticut=CT delaware=DE florida=FL "
    "georgia=GA hawaii=HI idaho=ID illinois=IL indiana=IN iowa=IA kansas=KS kentucky=KY louisiana=LA maine=ME "
    "maryland=MD massachusetts=MA michigan=MI minnesota=MN mississippi=MS missouri=MO montana=MT nebraska=NE "
    "nevada=NV new_hampshire=NH new_jersey=NJ new_mexico=NM new_york=NY north_carolina=NC north_dakota=ND ohio=OH "
    "oklahoma=OK oregon=OR pennsylvania=PA rhode_island=RI south_carolina=SC south_dakota=SD tennessee=TN texas=TX "
    "utah=UT vermont=VT virginia=VA washington=WA west_virginia=WV wisconsin=WI wyoming=WY").split())
"""US states by name and postal code: addresses write the code ("Lenexa, KS 66215"), people the name."""


def _state_in(phrase: str) -> tuple[str, str] | None:
    """``("kansas", "KS")`` when the topic is a US state by name ("anything in Kansas")."""
    words = phrase.lower().split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            code = _US_STATES.get("_".join(words[i:i + n]))
            if code:
                return " ".join(words[i:i + n]), code
    return None


_BOX = (r"(?:\[\s*(?P<{0}>[xX\u2713\u2714*]?)\s*\]|\(\s*(?P<{1}>[xX\u2713\u2714]?)\s*\)(?=\s*[A-Za-z])"
        r"|(?P<{2}>[\u2610\u2611\u2612]))")
_BOXED_ITEM = re.compile(_BOX.format("a", "b", "c") + r"\s*(?P<item>[^\[\]\u2610\u2611\u2612\n]*?)(?=\s*" +
                         _BOX.format("d", "e", "f") + r"|\s*$|\n)", re.M)
"""A form's check box and the words it ticks ("[X] lightning", "[ ] fire", "\u2612 Theft")."""


def checked_only(text: str) -> str:
    """``text`` without the items of its unticked boxes: "Type of loss: [ ] theft [X] engine seizure
    [ ] fire" says engine seizure, not fire. A line with no box is returned as it is."""
    if not _BOXED_ITEM.search(text):
        return text

    def keep(m: re.Match[str]) -> str:
        mark = m.group("a") or m.group("b") or (m.group("c") if (m.group("c") or "") in ("\u2611", "\u2612") else "")
        return f" {m.group('item')}" if mark else " "

    return " ".join(_BOXED_ITEM.sub(keep, text).split())


_NUMBER_ABBREVIATION = re.compile(r"\b[Nn]o\.?\s*(?=[#:]?\s*[A-Z]{0,6}[-\s]?\d)|\b[Nn]o\.(?=\s*[A-Z0-9#])")
""""No." for number ("plan no. TP-4410", "Claim No: 4471"): no negation."""


_CLAIM_SHORTHANDS = {"BI": "bodily injury", "PIP": "personal injury protection", "UM": "uninsured motorist",
                     "UIM": "underinsured motorist", "WC": "workers compensation", "TPD": "third party damage"}
"""Claim files' abbreviations of the kinds of loss, upper case only ("BI claim by motorist" is a bodily
injury claim); the router's shorthand table spells out chat's own (:data:`rag.router.SHORTHAND_FORMS`)."""
_CLAIM_SHORTHAND = re.compile(rf"\b(?:{'|'.join(_CLAIM_SHORTHANDS)})\b(?![-\d])")


def _says(topic: Sequence[str], text: str) -> bool | None:
    """Whether ``text`` says the topic (all its specific words), ``False`` when it says it is not
    so ("there is no subrogation potential", "she is not represented"), None when it does not say it."""
    wanted = set(topic) - _GENERIC or set(topic)
    text = _CLAIM_SHORTHAND.sub(lambda m: _CLAIM_SHORTHANDS[m.group(0)],
                                normalize_question(checked_only(text)))  # "SUBRO POTENTIAL vs mfr." says subrogation
    if not wanted <= terms(text):
        return None
    label = _LABEL_HEAD.match(text.strip())
    if label and terms(label.group(0)) & wanted and _NONE_VALUE.match(text.strip()[label.end():]):
        return False  # "| Subrogation | None identified |", "Attorney: N/A"
    tokens = re.findall(r"[A-Za-z][\w'-]*", _NUMBER_ABBREVIATION.sub("number ", text))  # "plan no. TP-4" says no "no"
    spots = [i for i, w in enumerate(tokens) if terms(w) & wanted]
    if not spots:
        return True
    # it says so when any of its uses is not negated: "this is not Funds Transfer Fraud - the employee sent the wire"
    return any(not _NEGATION.search(" ".join(tokens[max(0, at - 4):at])) for at in spots)


def reason_for(claim_id: str, docs_of: Mapping[str, Sequence[DocumentInfo]], passage: Passage,
                excerpt: str) -> Reason | None:
    doc = next((d for d in docs_of.get(claim_id, []) if d.doc_id == passage.doc_id), None)
    if doc is None:
        return None
    return doc, FactLine("summary", "", excerpt, page=passage.page, section=passage.section), "topic"


def _a_heading(passage: Passage, excerpt: str) -> bool:
    """Whether a unit is its section's heading ("Facts and damage"): it names what the section is
    about, not what happened, and by its words alone it is like many topics ("a fatality"); only a
    heading that says the topic's own words shows it ("ANALYTICAL LABS, INC." for "lab results")."""
    heading = " ".join((passage.section or "").split()).strip(" #*:").lower()
    return bool(heading) and " ".join(excerpt.split()).strip(" #*:").lower() == heading


def similar_topic_hits(phrase: str, claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                       similar: Similar, topic: Sequence[str] = (), *, least: float = 0.0,
                       foreign: Mapping[str, set[str]] | None = None) -> dict[str, Reason]:
    """The claims whose files are about ``phrase`` by meaning ("someone hurt", "a theft or
    extortion"): the best unit of each claim by similarity, kept when it is alike enough and
    near the best claim's; each with the unit that shows it. A claim whose best unit says the
    topic is not so ("no one was hurt") is not about it."""
    best: dict[str, tuple[Passage, str, float]] = {}
    found_of = similar(phrase, [claim.claim_id for claim in claims])  # one search, not one per claim
    for claim in claims:
        found = [f for f in found_of.get(claim.claim_id, []) if not names_only(f[1])
                 and f[0].doc_id not in (foreign or {}).get(claim.claim_id, ())
                 and not (_a_heading(*f[:2]) and not terms(f[1]) & terms(phrase))]
        if found and not (topic and _says(topic, found[0][1]) is False) and not _SAYS_NONE.search(found[0][1]):
            best[claim.claim_id] = _evidence(found)
    if not best:
        return {}
    ranked = sorted(best.items(), key=lambda item: -item[1][2])
    scores = [score for _, (_, _, score) in ranked] + [0.0]
    drops = [scores[i] - scores[i + 1] for i in range(max(1, (len(ranked) + 1) // 2))]
    cut = max(range(len(drops)), key=lambda i: drops[i])
    if not _stands_apart(scores[0], drops[cut]) or scores[0] < least:
        return {}
    hits: dict[str, Reason] = {}
    for claim_id, (passage, excerpt, _) in ranked[: cut + 1]:
        reason = reason_for(claim_id, docs_of, passage, excerpt)
        if reason is not None:
            hits[claim_id] = reason
    return hits


def _topic_hits(conditions: Conditions, claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                mentions: Mentions | None, similar: Similar | None) -> dict[str, Reason]:
    """The claims about the question's topic, each with the line that shows it: the claim's type
    of loss (else its narrative) in the topic's words; else the files that say the words, on a
    line that does not say the opposite; else, when no file words it, by meaning."""
    if conditions.any_of:
        either: dict[str, Reason] = {}
        for topic_of, phrase in conditions.any_of:
            one = Conditions(topic=topic_of, phrase=phrase)
            for claim_id, shown in _topic_hits(one, claims, docs_of, mentions, similar).items():
                either.setdefault(claim_id, shown)
        return either
    topic = conditions.topic
    hits: dict[str, Reason] = {}
    kind = names_a_kind_of_loss(topic)
    lines_of_business = bool(set(topic) - _GENERIC) and set(topic) - _GENERIC <= _LINES_WORDS
    known = {c.claim_id for c in claims}
    named = known | _run_row_numbers(claims, docs_of)  # another row's line of a loss run is that row's
    foreign = {c.claim_id: _topic_of_another(topic, c.claim_id, docs_of.get(c.claim_id, []), known) for c in claims}
    for claim in claims:
        own = [d for d in docs_of.get(claim.claim_id, []) if d.doc_id not in foreign[claim.claim_id]]
        line = _topic_line(topic, own)
        if line is None and lines_of_business:  # "any vehicle claims": an auto claim, whatever its crash report says
            line = _line_of_business_says(topic, claim, docs_of.get(claim.claim_id, []))
        if line is not None and line[1] is not None and _names_another(line[1].text, claim.claim_id, named, topic):
            line = None  # the line speaks of another claim's loss
        if line is not None:
            hits[claim.claim_id] = line
    mentioned: set[str] = set()
    if conditions.phrase and mentions is not None:
        mentioned = set(mentions(conditions.phrase))
        for full, short in SHORTHAND_FORMS:
            if re.search(rf"\b{re.escape(full)}\b", conditions.phrase, re.I):  # files write "subro" too
                mentioned |= set(mentions(re.sub(rf"\b{re.escape(full)}\b", short, conditions.phrase, flags=re.I)))
    spread: dict[str, Reason] = {}
    if mentions is not None and similar is not None:
        # "subro referred to gault recovery": the claims whose files say every word, apart (beside those
        # found by meaning when no file says the words together: "lab results" said "PRV results")
        spread = _words_said_apart(conditions, claims, docs_of, mentions, similar, foreign,
                                   least=2 if not mentioned and not hits else WORDS_APART_ALWAYS)
        if mentioned or hits:
            hits.update({c: r for c, r in spread.items() if c not in hits and c not in mentioned})
            mentioned |= set(spread)
    unread = sorted(mentioned - set(hits))
    for claim_id in unread:
        docs = docs_of.get(claim_id, [])
        if not docs:
            continue
        if kind and not lines_of_business and _described(docs) and similar is not None:  # a weather line's wind:
            units = [u for u in similar(conditions.phrase, [claim_id]).get(claim_id, [])
                     if u[0].doc_id not in foreign.get(claim_id, ())]  # only a line that classifies it
            classifying = next(((p, ln.strip()) for p, x, _ in units for ln in [x, *p.text.splitlines()]
                                if _classifies(ln, topic) and not _names_another(ln, claim_id, named, topic)), None)
            classified = reason_for(claim_id, docs_of, *classifying) if classifying else None
            if classified is not None:
                hits[claim_id] = classified
            continue
        if similar is None or len(unread) > MAX_CHECKED:
            hits[claim_id] = (docs[0], None, f"mentions {conditions.phrase}")
            continue
        alike = [f for f in similar(conditions.phrase, [claim_id]).get(claim_id, [])
                 if not _names_another(f[1], claim_id, named, topic)  # "apart from the theft claim X": X's theft
                 and f[0].doc_id not in foreign.get(claim_id, ())]
        if kind:  # "MILLBROOK FIRE AMB 32 ON SCENE", "Named perils incl. wind, hail, fire": no fire
            alike = [f for f in alike if not in_passing(topic, f[1])]
        said = [(p, x, _says(topic, x)) for p, x, _ in alike]
        said = [(p, x, yes) for p, x, yes in said if yes is not None and len(x.split()) >= 5]
        if said and not any(yes for _, _, yes in said):
            continue  # every line that says the words says it is not so
        def about_another(text: str, c: str = claim_id) -> bool:
            return _names_another(text, c, named, topic) or bool(kind and in_passing(topic, text))

        saying = next(((p, x) for p, x, yes in said if yes), None) or _line_saying(topic, alike, skip=about_another)
        reason = reason_for(claim_id, docs_of, *saying) if saying else None
        if reason is not None:  # no line found that says it: no evidence to show, so no match
            hits[claim_id] = reason
    place = _state_in(conditions.phrase)
    if place is not None and mentions is not None and similar is not None:  # "anything in Kansas": "Lenexa, KS 66215"
        name, code = place
        at = re.compile(rf"\b{code}\.?,?\s+\d{{5}}(?:-\d{{4}})?\b"  # "Lenexa, KS 66215"; "Asheford, CO" (no ZIP)
                        rf"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+{code}\b(?![-&'])(?=\s*(?:$|[|;.)\n]|,\s|\s+[a-z(]))")
        for claim_id in sorted(set(mentions(code)) - set(hits)):
            address = next(((p, x) for p, x, _ in similar(f"{name.title()} {code} address", [claim_id]).get(
                claim_id, []) if at.search(x)), None)
            found = reason_for(claim_id, docs_of, *address) if address else None
            if found is not None:
                hits[claim_id] = found
                mentioned.add(claim_id)
    if not hits and not mentioned and similar is not None and not _abbreviations_only(conditions.phrase or " ".join(
            topic)):  # a kind of loss in other words: only a close one (an abbreviation alone is like anything)
        phrase = conditions.phrase or " ".join(topic)
        if kind:  # "water damage": "water" is the kind; every claim's files say "damage"
            phrase = " ".join(w for w in phrase.split() if not set(content_terms(w)) <= _GENERIC) or phrase
        hits = similar_topic_hits(phrase, claims, docs_of, similar, topic, least=KIND_SIMILAR_MIN if kind else 0.0,
                                  foreign=foreign)
    hits.update({c: r for c, r in spread.items() if c not in hits})
    asked = line_asked(topic)
    if asked:
        by_id = {c.claim_id: c for c in claims}
        hits = {c: hit for c, hit in hits.items()
                if c not in by_id or not of_another_line(asked, by_id[c], docs_of.get(c, []))}
    return hits


_SERVICE_AFTER = re.compile(
    r"\s+(?:dept|department|marshal|marshals|service|services|district|station|engine|eng|ladder|lad|amb|ambulance|"
    r"rescue|crew|company|co|chief|brigade|authority|inspector|inspection|code|hydrant|lane|exit|door|escape|"
    r"extinguishers?|suppression|protection|alarm\s+(?:panel|company|contractor)|watch|patrol|response|responders?|"
    r"units?|truck|utility|board)\b", re.I)
"""What a kind of loss's word names when these follow it: a service or a piece of safety equipment ("Millbrook
Fire Dept", "FIRE AMB 32", "Coastal Fire Protection", "the fire exit", "City Water Board"), no loss of that kind."""
_WEATHER_AFTER = re.compile(r"s?\s*(?:[:=]\s*)?(?:(?:from\s+(?:the\s+)?)?"
                            r"(?:N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|"
                            r"north|south|east|west|northeast|northwest|southeast|southwest|calm|light|gusty)\b"
                            r"|(?:at\s+|of\s+)?\d+(?:\s*-\s*\d+)?\s*(?:mph|kts?|knots|km/h|kph|m/s)?\b)", re.I)
"""A weather observation: a wind's direction or speed after the word ("WX: clear, wind SW 5-10", "WIND: 10 MPH",
"winds from the northwest"): the day's weather, no loss of that kind."""
_WEATHER_LINE = re.compile(r"\b(?:wx|weather|conditions|temp\w*|sky|skies|clear|cloudy|overcast|sunny|fog\w*|"
                           r"visibility|\d+\s*(?:-\s*\d+\s*)?\u00b0?\s*F)\b", re.I)
"""A line that reports the day's weather (its other fields: "WX: clear, 71-88F"), where a wind is an observation."""
KINDS_IN_A_LIST = 3
"""A line naming this many kinds of loss lists perils (a policy's "Named perils incl. lightning, windstorm,
fire"), it says no loss of any of them."""


def _listed_kinds(text: str) -> int:
    """How many items of a list in ``text`` name a kind of loss: the short items between commas,
    semicolons, slashes, "and" and "or" ("windstorm, hail, fire, theft and sudden water discharge"
    has five; "A pipe burst and caused water damage in the kitchen" has one)."""
    items = re.split(r"[,;/|:]|\b(?:and|or|incl\.?|including)\b", text)
    return sum(1 for item in items if len(item.split()) <= 4 and terms(item) & _KINDS_OF_LOSS)


def in_passing(topic: Sequence[str], text: str) -> bool:
    """Whether a line names a kind of loss only in passing: in a list of perils, or every time as a
    service's or equipment's name ("FIRE AMB 32 ON SCENE", "Coastal Fire Protection", "a fire
    extinguisher"), or as a capitalised name's first word ("Windstorm Mutual Agency")."""
    wanted = set(topic) - _GENERIC or set(topic)
    words = list(re.finditer(r"[A-Za-z][\w'-]*", text))
    if _listed_kinds(text) >= KINDS_IN_A_LIST:
        return True
    uses = [w for w in words if terms(w.group(0)) & wanted]
    if not uses:
        return False
    caps = text.isupper()

    def a_name(w: re.Match[str]) -> bool:
        if _SERVICE_AFTER.match(text, w.end()) or (_WEATHER_AFTER.match(text, w.end()) and _WEATHER_LINE.search(text)):
            return True
        following = re.match(r"\s+([A-Z][a-z][\w'-]*)", text[w.end():])
        return not caps and w.group(0)[0].isupper() and following is not None and w.start() > 0

    return all(a_name(w) for w in uses)


def _abbreviations_only(phrase: str) -> bool:
    """Whether a topic is only abbreviations ("E&O", "DUI"): by meaning, such letters are like any line."""
    words = re.findall(r"[\w&]+", phrase)
    return bool(words) and all("&" in w or (w.isupper() and len(w) <= 4) for w in words)


def _described(docs: Sequence[DocumentInfo]) -> bool:
    """Whether ingest found the claim's type of loss (a line that classifies it): then a kind of loss
    is matched by that or another classifying line, not by a word anywhere in its files. (Narrative
    lines alone are no classification: "a strong gust of wind lifted the tent" is how a wind claim
    says it, so a claim without a type of loss is still matched by its words.)"""
    return any(p.kind == "loss_type" for d in docs for p in d.summary_points)


_KIND_LABEL = re.compile(r"^\W*(?:[\w ]{0,20}\b)?(?:type|cause|kind|nature|peril|incident|loss|event|claim)\b"
                         r"[\w ()/]{0,25}(?::|\||-|\u2013)\s*(?P<value>.+)$", re.I)
"""A line that labels the kind of loss: "Type of loss: Theft", "Cause | Wind", "INCIDENT - THEFT"."""


def _classifies(line: str, topic: Sequence[str]) -> bool:
    """Whether a line states the kind of loss as a classification: under a label of kind ("Type of
    loss: Theft", "Cause | Wind", "INCIDENT - THEFT") or as a heading in capitals, not in passing
    ("WX: clear, wind SW 5-10" is a weather line)."""
    text = checked_only(line.strip().strip("*# ").strip())  # "[ ] fire [X] lightning" says lightning
    if not text or len(text) > 120:
        return False
    wanted = set(topic) - _GENERIC or set(topic)
    if in_passing(topic, text):
        return False
    if text.isupper() and len(text.split()) <= 8:
        return bool(terms(text) & wanted)
    m = _KIND_LABEL.match(text)
    return m is not None and bool(terms(m.group("value")) & wanted) and _says(topic, m.group("value")) is not False


WORDS_APART_MAX = 6
"""A topic of more words than this is a sentence, not a topic its words together name."""
WORDS_APART_ALWAYS = 3
"""A topic of this many words is looked for apart even when a file says it together (a file that says
"subrogation referred to Gault Recovery" does not make "referred to Gault for subrogation" no match);
one of two words only when no file says them together (two common words meet by chance)."""


def _words_said_apart(conditions: Conditions, claims: Sequence[ClaimRecord],
                      docs_of: Mapping[str, Sequence[DocumentInfo]], mentions: Mentions, similar: Similar,
                      foreign: Mapping[str, set[str]], *, least: int = 2) -> dict[str, Reason]:
    """The claims whose files say every word of a topic of several words, when no file says them
    together ("subrogation referred to Gault Recovery": "referred to Gault Recovery Services for
    subrogation"), each with its line most like the topic among those that say the most of its
    words, not one that says it is not so. Nothing when the topic is one word or a long sentence,
    or when no claim's files say all of its words (then it is read by meaning)."""
    words = [w for w in conditions.phrase.split() if set(content_terms(w)) - _GENERIC]
    if not max(2, least) <= len(words) <= WORDS_APART_MAX:
        return {}
    known = {c.claim_id for c in claims}
    saying: set[str] = set(known)
    for word in words:
        other = other_number(word)
        saying &= set(mentions(word)) | (set(mentions(other)) if other else set())
        if not saying:
            return {}
    wanted = set(conditions.topic) - _GENERIC or set(conditions.topic)
    found_of = similar(conditions.phrase, sorted(saying))
    hits: dict[str, Reason] = {}
    for claim_id in sorted(saying):
        units = [(p, x) for p, x, _ in found_of.get(claim_id, []) if p.doc_id not in foreign.get(claim_id, ())
                 and not _names_another(x, claim_id, known, conditions.topic)]
        best = max((len(terms(x) & wanted) for _, x in units), default=0)
        line = next(((p, x) for p, x in units if best and len(terms(x) & wanted) == best
                     and _says(sorted(terms(x) & wanted), x) is not False), None)
        reason = reason_for(claim_id, docs_of, *line) if line else None
        if reason is not None:
            hits[claim_id] = reason
    return hits


def other_number(phrase: str) -> str:
    """The phrase with its last word in the other number ("injury" -> "injuries", "burglaries" ->
    "burglary", "auction" -> "auctions"), or ``""``: the files' words are found whole, and a file
    writes the plural where the question says the singular as often as not."""
    head, _, last = phrase.rpartition(" ")
    word = last.lower()
    if len(word) < 4 or not word.isalpha():
        return ""
    if word.endswith("ies"):
        other = last[:-3] + "y"
    elif word.endswith(("ches", "shes", "sses", "xes")):
        other = last[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        other = last[:-1]
    elif word.endswith("y") and word[-2] not in "aeiou":
        other = last[:-1] + "ies"
    elif word.endswith(("ch", "sh", "ss", "x")):
        other = last + "es"
    else:
        other = last + "s"
    return f"{head} {other}".strip()


def _run_row_numbers(claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]]) -> set[str]:
    """The claim numbers of the loss runs' rows in the claims' files (a row claim's files are its run:
    :func:`rag.experts.loss_runs.as_claims`): a row is its own claim's record, so a run's line that
    names another row's number ("| WG-24-340266 | ... | Hail damage to parked fleet |", another
    carrier's) speaks of that row, not of the claim whose files hold the run."""
    return {f.value for claim in claims for _, f in facts_of(docs_of.get(claim.claim_id, []), RUN_ROW)}


def _topic_of_another(topic: Sequence[str], claim_id: str, docs: Sequence[DocumentInfo], known: set[str]) -> set[str]:
    """The claim's documents that give the topic to another claim on file and never to this one: a
    file that names several claims says which one a kind of loss is ("assigned claim B for the wind
    loss", "separate from the theft claim B"), on the lines that name each claim; its other lines about
    that topic ("*** INCIDENT - WIND ***", "On the theft claim: the reserve is ...") are then the other
    claim's, not this one's. Read only for documents that name another claim on file."""
    wanted = set(topic) - _GENERIC or set(topic)
    out: set[str] = set()
    for doc in docs:
        if not set(doc.metadata.claim_ids) & (known - {claim_id}):
            continue
        whose = {_nearest_claim(f.text, wanted, known) for _, f in facts_of([doc], "claim_id")} - {None}
        if whose and claim_id not in whose:
            out.add(doc.doc_id)
    return out


def _nearest_claim(text: str, wanted: set[str], known: set[str]) -> str | None:
    """The claim on file named nearest to a word of the topic in ``text``; None when it names no
    claim or no word of the topic."""
    at = {c: text.find(c) for c in known if len(c) >= 5 and c in text}
    spots = [m.start() for m in re.finditer(r"[A-Za-z][\w'-]*", text) if terms(m.group(0)) & wanted]
    if not at or not spots:
        return None
    return min(at, key=lambda c: min(abs(at[c] - s) for s in spots))


def _names_another(text: str, claim_id: str, known: set[str], topic: Sequence[str]) -> bool:
    """Whether the topic's word in a line is about another claim on file: the claim number nearest
    to it is another's ("set up as claim BR-2 (separate from the theft claim BR-1)" speaks of
    BR-1's theft in BR-2's file)."""
    at = {c: text.find(c) for c in known if len(c) >= 5 and c in text}
    if not at or set(at) == {claim_id}:
        return False
    wanted = set(topic)
    spots = [m.start() for m in re.finditer(r"[A-Za-z][\w'-]*", text) if terms(m.group(0)) & wanted]
    if not spots:
        return claim_id not in at
    nearest = min(at, key=lambda c: min(abs(at[c] - s) for s in spots))
    return nearest != claim_id


def _line_saying(topic: Sequence[str], found: Sequence[tuple[Passage, str, float]], *,
                 skip: Callable[[str], bool] = lambda line: False) -> tuple[Passage, str] | None:
    """A line of the passages a search found that says the topic, when none of the units it ranked
    does (a rare name is no closer by meaning to the unit that holds it: "underwritten by Calloway
    Indemnity", wrapped in an e-mail's paragraph)."""
    for passage in dict.fromkeys(p for p, _, _ in found):
        for line in passage.text.splitlines():
            if len(line.split()) >= 5 and _says(topic, line) and not skip(line):
                return passage, line.strip()
    return None


def without_unsaid_topic(conditions: Conditions, mentions: Mentions | None) -> Conditions:
    """The conditions without their topic when no file in reach says any of its words and another
    condition was read: "files that *carry* a reserve under $10k" asks for the reserve; "carry" is
    the asking's word. (A topic alone is matched by meaning instead: "claims involving a hacker".)"""
    if not conditions.topic or mentions is None:
        return conditions
    bare = Conditions(**{**conditions.__dict__, "topic": [], "phrase": "", "any_of": []})
    said = [word for word in conditions.phrase.split() if mentions(word)]
    if bare and not said:
        return bare
    if said and set(content_terms(" ".join(said))) <= _GENERIC and set(conditions.topic) - _GENERIC:
        return conditions  # "water damage" where no file says "water": not every claim with damage
    if said and len(said) < len(conditions.phrase.split()) and not conditions.any_of:
        # "files that have subro *going*": the words no file says are the asking's; the rest is the topic
        return Conditions(**{**conditions.__dict__, "phrase": " ".join(said),
                             "topic": [t for w in said for t in content_terms(w) if t not in _PHRASING]})
    return conditions


def matching_claims(conditions: Conditions, claims: Sequence[ClaimRecord],
                    docs_of: Mapping[str, Sequence[DocumentInfo]], *, mentions: Mentions | None = None,
                    similar: Similar | None = None) -> list[Match]:
    """The claims that meet every condition, each with the lines that show it. A topic no claim's
    loss type or narrative words is matched by meaning (``similar``)."""
    if conditions.role and not (conditions.role == "attorney" and similar is not None) and not any(
            _party(docs_of.get(c.claim_id, []), conditions.role) for c in claims):
        # no file names a party in that role by a label: the role's words are the topic ("a contractor")
        conditions = Conditions(**{**conditions.__dict__, "role": "", "topic": [*conditions.topic, *content_terms(
            conditions.role_words)], "phrase": " ".join(filter(None, [conditions.phrase, conditions.role_words]))})
    conditions = without_unsaid_topic(conditions, mentions)
    by_topic = _topic_hits(conditions, claims, docs_of, mentions, similar) if conditions.topic else {}
    in_text: dict[str, tuple[Decimal, Reason]] = {}
    if conditions.amount and conditions.amount != ("paid", ">", Decimal(0)) and similar is not None:
        unlabelled = [c for c in claims if _amount_of(docs_of.get(c.claim_id, []), conditions.amount[0]) is None]
        if unlabelled:
            in_text = _amounts_in_text(conditions.amount, unlabelled, docs_of, similar)
    reserve_in_text: dict[str, tuple[Decimal, Reason]] = {}
    if conditions.reserve and similar is not None:
        unset = [c for c in claims if _open_reserve(docs_of.get(c.claim_id, []))[0] is None
                 or _one_head_only(_open_reserve(docs_of.get(c.claim_id, []))[1])]
        if unset:
            reserve_in_text = reserves_in_text(unset, docs_of, similar)
    in_suit = suits_in_text(claims, docs_of, similar) if conditions.status == "litigation" and similar else {}
    counsel = (counsel_in_text([c for c in claims if _party(docs_of.get(c.claim_id, []), "attorney") is None],
                               docs_of, similar) if conditions.role == "attorney" and similar else {})
    said_closed: set[str] = set()
    if (conditions.status or conditions.reserve) and mentions is not None:
        # an undated "Status: Closed" is no event: the files' words say it
        said_closed = {c for phrase in ("status closed", "claim closed", "file closed", "claim is closed",
                                        "closed without payment", "closed with no payment")
                       for c in mentions(phrase)}
    out = []
    for claim in claims:
        docs = docs_of.get(claim.claim_id, [])
        reasons: list[Reason] = []
        if conditions.topic:
            hit = by_topic.get(claim.claim_id)
            if hit is None:
                continue
            reasons.append(hit)
        if conditions.role:
            party = _party(docs, conditions.role)
            if party is None and claim.claim_id in counsel:  # "Plaintiffs' counsel: Quill & Sandoval"
                reasons.append(counsel[claim.claim_id])
            elif party is None:
                continue
            else:
                reasons.append((party[0], party[1], f"{conditions.role} {party[1].value}"
                                if party[1].value != "counsel" else f"represented by {conditions.role}"))
        if conditions.status or conditions.reserve:
            status, line = claim_status(docs, said_closed=claim.claim_id in said_closed)
            if conditions.status:
                shown = _status_shown(conditions.status, status, line, docs)
                if shown is None and conditions.status == "litigation" and claim.claim_id in in_suit:
                    shown = (in_suit[claim.claim_id][0], in_suit[claim.claim_id][1], "litigation")
                if shown is None:
                    continue
                if shown[1] is not None:
                    reasons.append((shown[0], shown[1], f"status {_STATUS_NAMES.get(shown[2], shown[2])}"))
            if conditions.reserve:
                amount, where = (None, None) if status in ("closed", "denied") else _open_reserve(docs)
                said = reserve_in_text.get(claim.claim_id)
                if status not in ("closed", "denied") and said is not None and (amount is None or (
                        _one_head_only(where) and said[0] > amount)):
                    amount, reason = said  # a reserve note, a reserve table's last row
                    where = (reason[0], reason[1]) if reason[1] is not None else None
                op, limit = conditions.reserve
                if amount is None or not (amount > limit if op == ">" else amount < limit):
                    continue
                if where is not None:
                    reasons.append((*where, f"open reserve {money_text(amount)}"))
        if conditions.amount:
            kind, op, limit = conditions.amount
            stated = _amount_of(docs, kind, equal_to=limit if op == "=" else None)
            if (stated is None or not meets(stated[0], op, limit)) and conditions.amount == ("paid", ">", Decimal(0)):
                paid = _payment_line(docs)  # "which claims have had payments": a dated line that says one
                if paid is None:
                    continue
                reasons.append((*paid, "topic"))  # shown as the line that says it
            elif stated is None and claim.claim_id in in_text:  # "a deductible of $2,500 per claim", in a letter
                value, reason = in_text[claim.claim_id]
                reasons.append((reason[0], reason[1], "topic"))
            elif stated is None or not meets(stated[0], op, limit):
                continue
            else:
                reasons.append((stated[1], stated[2], f"{kind} {money_text(stated[0])}"))
        if conditions.unpaid and _paid_something(docs):
            continue
        if conditions.after or conditions.before:
            when, where = _date_of(claim, docs, conditions.dated)
            if when is None or (conditions.after and when < conditions.after) or (
                    conditions.before and when > conditions.before):
                continue
            if where is not None:
                label = {"reported": "reported", "closed": "closed"}.get(conditions.dated, "date of loss")
                reasons.append((*where, f"{label} {long_date(when)}"))
        out.append(Match(claim, reasons))
    return out


_STATUS_NAMES = {"litigation": "in litigation"}


def _topic_line(topic: list[str], docs: Sequence[DocumentInfo]) -> Reason | None:
    """The loss-type line (else a narrative line) of a claim that holds the topic's words; the
    loss type speaks first: a fire claim whose narrative mentions the hose water is no water claim."""
    for kinds in (("loss_type",), ("narrative", "decision", "total", "lead")):
        points = [(d, p) for d in docs for p in (d.loss_type_points() if kinds == ("loss_type",) else d.summary_points)
                  if p.kind in kinds]  # a loss type from the registry's index: no claim's details read
        for doc, point in points:
            if _says(topic, point.text) and not (names_a_kind_of_loss(topic) and in_passing(topic, point.text)):
                return doc, FactLine("summary", "", point.text, page=point.page, section=point.section), "topic"
        if points and kinds == ("loss_type",):
            return None
    return None


def _ordered(docs: Sequence[DocumentInfo], kind: str) -> list[tuple[str, int, int, DocumentInfo, FactLine]]:
    """A claim's facts of one kind in time order: by the date their line gives (undated first),
    then in the order of the documents and of their lines."""
    return sorted(((f.label if re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.label) else "", i, j, d, f)
                   for i, d in enumerate(docs) for j, (_, f) in enumerate(facts_of([d], kind))),
                  key=lambda e: e[:3])


_HYPOTHETICAL = re.compile(r"\b(?:if|unless|once|provided|should|would|could)\b[^.;]{0,60}?"
                           r"\b(?:closed|settled|denied|re-?opened|resolved)\b", re.I)
"""A status said of what may happen ("if the matter is settled by November 30"): no status yet."""
_CLOSED_ON = re.compile(r"^\W*(?:(?:claim|file|case)\s+)?closed\W{0,3}(?:on|as of|effective)?\s*(?=\d|[A-Z][a-z]{2})",
                        re.I)
"""A note that is a closing: "Closed 09/02/2025." (its date follows)."""
_REOPENED_BY = (r"\b(?:claim|file|case|{id})\b[^.;]{{0,25}}\bre-?open(?:ed|ing|s)?\b"
                r"|\bre-?open(?:ed|ing|s)?\s+(?:the\s+|this\s+|our\s+)?(?:claim|file|case|{id})\b")
"""A reopening of the claim itself: the shop or road that reopened is not the claim."""
_CLOSE_ASKED = (r"\bclose\s+(?:out\s+)?(?:the\s+|this\s+|our\s+)?(?:claim|file|{id})\b"
                r"(?![^.;]*\b(?:once|when|if|after|unless|until)\b)")
"""A request that closes the claim on a date ("Please close <claim> as of today, 06/19/2025"), not one
that waits for something ("close the file once payment clears")."""


def status_events(docs: Sequence[DocumentInfo]) -> list[tuple[str, str, DocumentInfo, FactLine]]:
    """The dated closings and reopenings of the claim: an event line saying the claim, file or case
    closed; a sentence that is a closing ("Closed 09/02/2025."); a dated request to close the claim;
    a line that reopens the claim (not the insured's shop). Each ``(ISO date, status, doc, line)``."""
    out: list[tuple[str, str, DocumentInfo, FactLine]] = []
    for d, f in facts_of(docs, "event"):
        ident = "|".join(re.escape(c) for c in d.metadata.claim_ids if c) or "(?!x)x"
        reopened = re.compile(_REOPENED_BY.format(id=ident), re.I)
        asked = re.compile(_CLOSE_ASKED.format(id=ident), re.I)
        if reopened.search(f.text):
            out.append((f.value, "reopened", d, f))
            continue
        if _CLAIM_CLOSED.search(f.text) and not _ANOTHER_FILE_CLOSED.search(f.text) and not _HYPOTHETICAL.search(
                f.text):
            out.append((f.value, "closed", d, f))
            continue
        for sentence in sentences(f.text):
            dates = find_dates(sentence)
            if dates and (_CLOSED_ON.search(sentence) or asked.search(sentence)):
                out.append((dates[-1][0].isoformat(), "closed", d, f))
                break
    return out


def claim_status(docs: Sequence[DocumentInfo], *, said_closed: bool = False
                 ) -> tuple[str, tuple[DocumentInfo, FactLine] | None]:
    """Where the claim stands (``open``, ``closed``, ``reopened``, ``denied``, ``litigation``; ``open``
    when no file says), with the line that says it: the latest status line ("Status: CLOSED", "the
    claim remains open") or dated closing/reopening event, by date. A status said only of what may
    happen ("if the matter is settled by ...") is none."""
    found = [(when, i, j, f.value, d, f) for when, i, j, d, f in _ordered(docs, "status")
             if not _ANOTHER_FILE_CLOSED.search(f.text) and not _HYPOTHETICAL.search(f.text)]
    for when, status, d, f in status_events(docs):
        found.append((when, 10**6, 0, status, d, f))
    if not found:
        return ("closed" if said_closed else "open"), None
    *_, status, doc, fact = max(found, key=lambda e: e[:3])
    return status, (doc, fact)


def _status_shown(wanted: str, status: str, line: tuple[DocumentInfo, FactLine] | None,
                  docs: Sequence[DocumentInfo]) -> tuple[DocumentInfo, FactLine | None, str] | None:
    """The line that shows the claim's status is ``wanted``, or None when it is not. Open is any
    status but closed or denied; denied, litigation and reopened are also met by an earlier line
    (a denied claim that was then closed was still denied)."""
    if wanted == "open":
        ok = status not in ("closed", "denied")
    elif wanted == "closed":
        ok = status == "closed"
    else:
        ok = status == wanted
        if not ok and wanted != "reopened":
            earlier = [(d, f) for *_, d, f in _ordered(docs, "status") if f.value == wanted]
            if earlier:
                return earlier[-1][0], earlier[-1][1], wanted
    if not ok:
        return None
    return (line[0], line[1], status) if line is not None else (docs[0] if docs else None, None, status)  # type: ignore[return-value]


def _open_reserve(docs: Sequence[DocumentInfo]) -> tuple[Decimal | None, tuple[DocumentInfo, FactLine] | None]:
    """The reserve still open: the latest reserve a line sets (by its date, else its place), or the
    last labelled reserve amount (one the file calls open first)."""
    set_lines = _ordered(docs, "reserve")
    if set_lines:
        *_, doc, fact = set_lines[-1]
        return Decimal(fact.value), (doc, fact)
    reserves = [(d, f) for d, f in facts_of(docs, "amount") if f.label == "reserve"]
    if not reserves:
        return _reserve_by_heading(docs)
    opened = [r for r in reserves if re.search(r"\bopen\b", r[1].text, re.I)]
    doc, fact = (opened or reserves)[-1]
    return Decimal(fact.value), (doc, fact)


open_reserve = _open_reserve  # the card states the reserve as lookups read it

_ONE_HEAD = re.compile(r"^\W*(?:medical|indemnity|expense|legal|alae|defen[cs]e|property|contents|building|"
                       r"bodily injury|bi|pd)\s+(?:reserve|rsv)\b", re.I)


def _one_head_only(line: tuple[DocumentInfo, FactLine] | None) -> bool:
    """Whether the reserve line read is one head of the reserve ("Expense reserve: $12,500.00 (set
    04/09/2025)"): a reserve table's latest row of another head may be larger ("| 05/06/2025 |
    increase | $135,000.00 |" under "Reserve history (bodily injury, indemnity)"), and is then the
    claim's open reserve as lookups compare it."""
    return line is not None and _ONE_HEAD.match(line[1].text) is not None

_RESERVE_HEADING = re.compile(r"\breserves?\b", re.I)


def _reserve_by_heading(docs: Sequence[DocumentInfo]) -> tuple[Decimal | None, tuple[DocumentInfo, FactLine] | None]:
    """The reserve of a claim whose file sets it in a table under a "Reserves" heading, by heads of
    claim ("| Building | $38,000.00 |", "| Contents | $6,500.00 |"): the sum of that section's
    amounts (of the last document that has one), with its first line. None when no such section."""
    for doc in reversed(list(docs)):
        parts = [f for d, f in facts_of([doc], "amount") if f.section and _RESERVE_HEADING.search(f.section)]
        if parts:
            return sum((Decimal(f.value) for f in parts), Decimal(0)), (doc, parts[0])
    return None, None


def measure(claim: ClaimRecord, docs: Sequence[DocumentInfo], what: str
            ) -> tuple[Decimal | date, DocumentInfo, FactLine, str] | None:
    """A claim's value of a measure, with its line and how to say it: its open reserve, date of
    loss, or largest amount of a kind (paid, deductible, ...); None when its files state none."""
    if what == "reserve":
        status, _ = claim_status(docs)
        amount, where = (None, None) if status in ("closed", "denied") else _open_reserve(docs)
        return (amount, *where, f"open reserve {money_text(amount)}") if amount is not None and where else None
    if what == "loss":
        when, line = _date_of(claim, docs, "loss")
        return (when, *line, f"date of loss {long_date(when)}") if when is not None and line else None
    stated = _amount_of(docs, what)
    return (*stated, f"{what} {money_text(stated[0])}") if stated else None


def _amount_of(docs: Sequence[DocumentInfo], kind: str, *, equal_to: Decimal | None = None
               ) -> tuple[Decimal, DocumentInfo, FactLine] | None:
    """The claim's largest amount of a kind (its label, normalised or as written, says the kind:
    ``Total Paid`` for paid), with its line; None when no line states one."""
    words = _AMOUNT_KINDS[kind]
    found = []
    for doc, fact in facts_of(docs, "amount"):
        said = terms(fact.label.replace("_", " ")) | terms(fact.text.split("$")[0])
        if fact.label in words or said & {w for word in words for w in terms(word)}:
            value = Decimal(fact.value)
            found.append((abs(value) if kind in _MAGNITUDES else value, doc, fact))
    if equal_to is not None:  # "a $25k deductible": the one of that amount, among several (per-peril deductibles)
        found = [f for f in found if f[0] == equal_to] or found
    return max(found, key=lambda f: f[0]) if found else None


_PAID_LINE = re.compile(r"\b(?:paid|payment(?:\s+(?:issued|made|of))?|pmt|settled\s+for)\b[^.;]{0,25}?"
                        r"(?:\$\s?0*[1-9]|\b0*[1-9][\d,]*\.\d{2}\b)"
                        r"|\$\s?0*[1-9][\d,]*(?:\.\d{1,2})?\s+(?:was\s+|were\s+|has\s+been\s+)?paid\b", re.I)


_KIND_SHORT = {"deductible": ("ded",), "retention": ("sir", "self-insured retention")}
"""Shorter names files write amounts of a kind under ("AOP ded 2,500", "SIR $50,000")."""
_TEXT_AMOUNT = re.compile(r"(?:\$|\bUSD\s?)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?[kK]\b)?|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b")


def _amounts_in_text(asked: tuple[str, str, Decimal], claims: Sequence[ClaimRecord],
                     docs_of: Mapping[str, Sequence[DocumentInfo]],
                     similar: Similar) -> dict[str, tuple[Decimal, Reason]]:
    """The claims whose files state an amount of the asked kind in running text, not under a label
    ("The policy carries a deductible of $2,500 per claim", "AOP ded 2,500", "retention $50,000",
    "deductible USD 25,000 each") that meets the comparison, each with the line that states it: the
    lines most like the kind's name (one search across the claims), an amount within a few words
    of the kind's word, in the same clause. A line that states several (a $10,000 deductible in
    place of the $2,500 one) meets it if any of them does."""
    kind, op, limit = asked
    words = [*_AMOUNT_KINDS[kind], *_KIND_SHORT.get(kind, ())]
    near = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})s?\b", re.I)
    found: dict[str, tuple[Decimal, Reason]] = {}
    said = f"{limit:,.2f}".removesuffix(".00")
    lines_of = similar(f"{kind} {said}", [c.claim_id for c in claims])  # "deductible 2,500": the number helps
    for claim in claims:
        for passage, excerpt, _ in lines_of.get(claim.claim_id, []):
            for word in near.finditer(excerpt):
                values = [parse_money(_dollars(a.group(0).replace("USD", "").strip()))
                          for a in _TEXT_AMOUNT.finditer(excerpt)
                          if (a.end() <= word.start() and ";" not in excerpt[a.end():word.start()]
                              and len(excerpt[a.end():word.start()]) <= 30)
                          or (a.start() >= word.end() and ";" not in excerpt[word.end():a.start()]
                              and len(excerpt[word.end():a.start()]) <= 30)]
                meeting = [v for v in values if v is not None and meets(v, op, limit)]
                reason = reason_for(claim.claim_id, docs_of, passage, excerpt) if meeting else None
                if reason is not None and claim.claim_id not in found:
                    found[claim.claim_id] = (meeting[0], reason)
    return found


_RESERVE_WORD = re.compile(r"\b(?:reserves?|rsv|rsrv)\b", re.I)
_DATED_ROW = re.compile(r"^\W*(?:[A-Za-z][\w /.-]{0,15}:\s*)?(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})")


_TOTAL_ROW = re.compile(r"^\W*(?:grand\s+)?totals?\b", re.I)
RESERVE_TABLE_LINES = 8
"""How far below a "Reserves" heading a table's total row may stand (its rows by head of claim between)."""


def _under_reserve_heading(text: str, excerpt: str) -> bool:
    """Whether a line stands in a table headed by a short line that names reserves ("Reserves (as of
    09/28/2026)", "RESERVE SUMMARY") within :data:`RESERVE_TABLE_LINES` lines above it."""
    at = text.find(excerpt)
    if at < 0:
        return False
    above = text[:at].splitlines()[-RESERVE_TABLE_LINES:]
    return any(_RESERVE_WORD.search(line) and len(line.split()) <= 6 and "$" not in line for line in above)


def reserves_in_text(claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                     similar: Similar) -> dict[str, tuple[Decimal, Reason]]:
    """The open reserve of claims whose files state none under a reserve label ingest read, from
    their lines most like a reserve (one search across the claims): a reserve table's latest dated
    row, its heads of reserve summed ("| 05/30/2026 | $22,000 | $41,000 | $4,000 |" under "Reserves
    by head": $67,000.00), else the total row of a table headed by reserves, its last column (the
    latest: "Total $190,000 $315,000" under "Reserves (as of 09/28/2026)"), else the last amount a line
    says after the word reserve ("Reserve note: $1,250.00 set 04/02/2026", "02/01 $40,000 -> 05/12
    $65,000"), each with its line."""
    found: dict[str, tuple[Decimal, Reason]] = {}
    lines_of = similar("reserve history: current open reserve amount", [c.claim_id for c in claims])
    for claim in claims:
        rows: list[tuple[date, Decimal, Passage, str]] = []
        noted: tuple[Decimal, Passage, str] | None = None
        totalled: tuple[Decimal, Passage, str] | None = None
        for passage, excerpt, _ in lines_of.get(claim.claim_id, []):
            if _NEGATION.search(excerpt.split("$")[0][-40:]):
                continue
            amounts = [v for a in _TEXT_AMOUNT.finditer(excerpt)
                       if (v := parse_money(_dollars(a.group(0).replace("USD", "").strip()))) is not None]
            if not amounts:
                continue
            if totalled is None and _TOTAL_ROW.match(excerpt) and _under_reserve_heading(passage.text, excerpt):
                totalled = (amounts[-1], passage, excerpt)  # "Total $190,000 $315,000" under "Reserves (as of ...)"
            row = _DATED_ROW.match(excerpt)
            under_reserve = _RESERVE_WORD.search(passage.section or "") is not None
            dated = find_dates(row.group(1)) if row else []
            if under_reserve and dated and not _RESERVE_WORD.search(excerpt):
                rows.append((dated[0][0], sum(amounts, Decimal(0)), passage, excerpt))
            elif noted is None and (word := _RESERVE_WORD.search(excerpt)) is not None:
                after = [v for a in _TEXT_AMOUNT.finditer(excerpt, word.end())
                         if (v := parse_money(_dollars(a.group(0).replace("USD", "").strip()))) is not None]
                if after:
                    noted = (after[-1], passage, excerpt)
        picked = (max(rows, key=lambda r: r[0])[1:] if rows else totalled or noted)
        if picked is not None:
            reason = reason_for(claim.claim_id, docs_of, picked[1], picked[2])
            if reason is not None:
                found[claim.claim_id] = (picked[0], reason)
    return found


_CAPTION = re.compile(r"\b[A-Z][\w'&.-]*(?:\s+[A-Z&][\w'&.,-]*){0,4}\s+vs?\.?\s+[A-Z][\w'&.-]*")
"""A case caption: "Marchbank-Haas v. Brightmoor Storage, LLC", "Doe vs. Acme"."""
_IN_COURT = re.compile(r"\b(?:court|case\s+(?:no|number)|file\s+no|docket|civil\s+action|index\s+no|cause\s+no|"
                       r"complaint\s+(?:was\s+)?filed|summons|lawsuit\s+(?:was\s+)?filed|suit\s+(?:was\s+)?filed)\b",
                       re.I)
"""What sets a caption in a filed suit: a court, a case or docket number, a complaint filed."""


def suits_in_text(claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                  similar: Similar) -> dict[str, Reason]:
    """The claims whose files show a filed suit (a status line need not say "litigation"): a case
    caption beside a court or a case number in the same passage ("RE: Doe v. Acme Stores, Inc. /
    Hennepin County District Court, File No. 27-CV-..."), none that says no suit was filed; each
    with the caption's line. One search across the claims."""
    found: dict[str, Reason] = {}
    lines_of = similar("lawsuit filed in court: plaintiff v. defendant, case number", [c.claim_id for c in claims])
    for claim in claims:
        for passage, excerpt, _ in lines_of.get(claim.claim_id, []):
            caption = _CAPTION.search(excerpt) or _CAPTION.search(passage.text)
            court = _IN_COURT.search(passage.text)
            if caption is None or court is None:
                continue
            if _NEGATION.search(passage.text[max(0, court.start() - 30):court.start()]):
                continue  # "no complaint was filed"
            line = next((ln.strip() for ln in passage.text.splitlines() if caption.group(0) in ln), excerpt)
            reason = reason_for(claim.claim_id, docs_of, passage, line)
            if reason is not None:
                found[claim.claim_id] = reason
                break
    return found


_COUNSEL = re.compile(
    r"\b(?:plaintiff|claimant|petitioner|employee|injured\s+worker)s?'?s?\s+(?:counsel|attorneys?|lawyers?|"
    r"solicitors?)\b|\brepresented\s+by\b|\b(?:counsel|attorneys?|lawyers?)\s+(?:for|representing)\s+(?:the\s+)?"
    r"(?:plaintiff|claimant|petitioner|employee|injured)|\bletter\s+of\s+representation\b"
    r"|\battorney'?s?\s+(?:demand|lien)\b|\bretained\s+(?:counsel|an?\s+attorney|a\s+lawyer)\b"
    r"|\bthrough\s+(?:its|his|her|their)\s+(?:counsel|attorneys?|lawyers?|solicitors?)\b"
    r"|\b(?:counsel|attorneys?|atty|lawyers?|solicitors?)\b[^.;]{0,40}?\bfor\s+"
    r"(?-i:(?P<client>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'.-]*){0,3}))",
    re.I)
"""A line that says a claimant or plaintiff has a lawyer: "Plaintiffs' counsel: Quill & Sandoval",
"represented by Kellerman & Loy", "attorney for the claimant", "letter of representation received",
a firm "counsel for" a person named, a party acting "through its counsel" (not the insured's: see
:func:`counsel_in_text`)."""


_EMPTY_FIELD = re.compile(r"\s*(?:[:|]\s*)?(?:_{2,}|-{2,}|n/?a\b|none\b|nil\b|unknown\b|not\s+known\b)?\s*[|:]?\s*$",
                          re.I)
"""What follows a label whose field is blank: "Claimant counsel | ", "Attorney: ____", "Counsel: N/A"."""


def counsel_in_text(claims: Sequence[ClaimRecord], docs_of: Mapping[str, Sequence[DocumentInfo]],
                    similar: Similar) -> dict[str, Reason]:
    """The claims whose files say a claimant or plaintiff is represented (no party read by role at
    ingest), each with that line: the lines most like representation by counsel (one search across
    the claims), one that says it and not that it is not so ("not represented", "no attorney")."""
    found: dict[str, Reason] = {}
    for claim in claims:  # a dated note or letter line first ("03/02 Atty letter rec'd (...) for Janet K.")
        for doc, fact in facts_of(docs_of.get(claim.claim_id, []), "event"):
            for sentence in sentences(fact.text):
                m = _COUNSEL.search(sentence)
                if (m and not _NEGATION.search(sentence[max(0, m.start() - 20):m.start()])
                        and not _NONE_VALUE.match(sentence, m.end()) and not _the_insured(m, claim)):
                    found[claim.claim_id] = (doc, fact, "topic")
                    break
            if claim.claim_id in found:
                break
    rest = [c.claim_id for c in claims if c.claim_id not in found]
    lines_of = similar("claimant represented by attorney: plaintiff's counsel, law firm", rest) if rest else {}
    for claim in claims:
        if claim.claim_id in found:
            continue
        for passage, excerpt, _ in lines_of.get(claim.claim_id, []):
            lines = [excerpt, *(ln.strip() for ln in passage.text.splitlines())]
            line = next((ln for ln in lines if (m := _COUNSEL.search(ln))
                         and not _NEGATION.search(ln[max(0, m.start() - 20):m.start()])
                         and not _EMPTY_FIELD.match(ln, m.end()) and not _NONE_VALUE.match(ln, m.end())
                         and not _the_insured(m, claim)), None)
            reason = reason_for(claim.claim_id, docs_of, passage, line) if line else None
            if reason is not None:
                found[claim.claim_id] = (reason[0], reason[1], "topic")
                break
    return found


_FIRM = re.compile(r"&|\b(?:Inc|LLC|LLP|Ltd|Co|Corp|Company|Corporation|LP|PLLC|Group|Services|Partners|Bank)\b\.?")


def _the_insured(said: re.Match[str], claim: ClaimRecord) -> bool:
    """Whether counsel "for" someone is not a claimant's: the client named is the claim's insured
    (by a word of its name), or a business ("breach counsel for Pelham & Routh", "counsel ... for
    Apex Kitchen Service, Inc.": the insured's or a co-defendant's lawyers)."""
    client = said.groupdict().get("client") or ""
    if client and _FIRM.search(said.string[said.start("client"):said.start("client") + len(client) + 30]):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{2,}", client)} - {"mr", "ms", "mrs", "dr"}
    return bool(words) and any(words & {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{2,}", name)}
                               for name in claim.insured)


def _paid_something(docs: Sequence[DocumentInfo]) -> bool:
    """Whether the claim's files state a payment above nothing: a labelled paid amount, or a status
    or dated line that says one ("Status: closed - paid $22,640.00 on 08/15/2025")."""
    stated = _amount_of(docs, "paid")
    if stated is not None and stated[0] > 0:
        return True
    return _payment_line(docs) is not None


_PAYMENT_MADE = re.compile(r"\bpayments?\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
                           r"(?:issued|made|sent|released|remitted)\b", re.I)
"""A dated line that says a payment went out though it names no amount ("Payment issued 05/16/2025 by
direct deposit to ...")."""


def _payment_line(docs: Sequence[DocumentInfo]) -> tuple[DocumentInfo, FactLine] | None:
    """A status or dated line of the claim's files that says a payment was made, with an amount
    ("check no. 3300871 issued ... $4,180.00", "paid $22,640.00 on 08/15/2025") or in so many words
    ("Payment issued 05/16/2025 by direct deposit"); not one that says none was ("No extortion
    payment will be claimed")."""
    for kind in ("status", "event"):
        for doc, fact in facts_of(docs, kind):
            if (_PAID_LINE.search(fact.text) or (kind == "event" and fact.label == "payment" and (
                    "$" in fact.text or _PAYMENT_MADE.search(fact.text)))) \
                    and not _NEGATION.search(fact.text.split("$")[0][-40:]):
                return doc, fact
    return None


def _party(docs: Sequence[DocumentInfo], role: str) -> tuple[DocumentInfo, FactLine] | None:
    """A party of the claim in ``role`` (a named one first), with its line."""
    found = [(d, f) for d, f in facts_of(docs, "party") if f.label == role]
    found.sort(key=lambda df: df[1].value == "counsel")
    return found[0] if found else None


_LOSS_WORDS = frozenset(content_terms(
    "damage damaged burst collapse collapsed struck crash crashed collision fire smoke explosion exploded flood "
    "flooded leak leaking hail storm windstorm tornado hurricane theft stolen burglary robbery break-in vandalism "
    "injured injury bite bitten fell fall slipped ransomware breach outbreak spill release discharge"))
"""Words of a sentence that narrates the loss itself, not its handling (the kinds of loss and what
they do)."""
_ACCIDENT = re.compile(r"\baccidents?\b", re.I)
"""A note of the accident itself ("Accident 02/11/2026 at 14:26 CST, I-80 ..."): the word as written, since
:func:`terms` reads "accident" as "loss", which every "total loss paid" says too."""
_NOT_THE_LOSS = re.compile(r"\b(?:policy|term|period|effective|expir\w*|dob|born|inspection|inspected|visit\w*|"
                           r"reporting|report\s+date|notice|noticed|received|sent|prepared|dated|invoice|letter|"
                           r"forecast|observations?)\b|^\W*(?:date|sent|from|to|subject)\s*:", re.I)
"""A dated sentence about the policy, a person, the handling or the weather record: not the loss."""


def loss_date_in_text(docs: Sequence[DocumentInfo]) -> tuple[date, tuple[DocumentInfo, FactLine]] | None:
    """The date of loss of a claim whose files label none: the earliest date of a dated sentence
    that narrates the loss (a kind of loss or what it does: "a sprinkler branch line burst", "ground
    damage while towed"), a narrative's sentence before a table's row, not the policy's, a person's
    or the handling's dates. None when no sentence does."""
    found: list[tuple[str, DocumentInfo, FactLine]] = []
    for doc, fact in facts_of(docs, "event"):
        if fact.label == "date_of_loss":
            return date.fromisoformat(fact.value), (doc, fact)
        for sentence in sentences(fact.text):
            dates = find_dates(sentence)
            if len(dates) != 1 or dates[0][0].isoformat() != fact.value:
                continue  # one date, this event's: a sentence of two dates is a span or a history
            if (terms(sentence) & _LOSS_WORDS or _ACCIDENT.search(sentence)) and not _NOT_THE_LOSS.search(sentence):
                found.append((fact.value, doc, fact))
    prose = [f for f in found if "|" not in f[2].text]  # a narrative's sentence before a table's row (a weather
    if not (prose or found):                           # record's "storm" the day before the roof gave way)
        return None
    when, doc, fact = min(prose or found, key=lambda f: f[0])
    return date.fromisoformat(when), (doc, fact)


def _date_of(claim: ClaimRecord, docs: Sequence[DocumentInfo], dated: str
             ) -> tuple[date | None, tuple[DocumentInfo, FactLine] | None]:
    """The claim's date of loss (or, for ``reported``, the date it was reported), with its line."""
    if dated == "reported":
        found = next(iter(facts_of(docs, "reported")), None)
        if found is None:
            events = [(d, f) for d, f in facts_of(docs, "event") if f.label == "reported"]
            found = min(events, key=lambda df: df[1].value) if events else None
        return (date.fromisoformat(found[1].value), found) if found else (None, None)
    if dated == "closed":
        status, line = claim_status(docs)
        closings = [(when, d, f) for when, said, d, f in status_events(docs) if said == "closed"]
        if status != "closed":
            return None, None
        if closings:
            when, d, f = max(closings, key=lambda c: c[0])
            return date.fromisoformat(when), (d, f)
        if line is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", line[1].label):  # "STATUS: CLOSED 07/15/2025"
            return date.fromisoformat(line[1].label), line
        return None, None
    if not claim.date_of_loss:
        told = loss_date_in_text(docs)  # no labelled date of loss: the date the files narrate the loss on
        return (told[0], told[1]) if told is not None else (None, None)
    line = next(((d, f) for d, f in facts_of(docs, "date_of_loss") if f.value == claim.date_of_loss), None)
    if line is None:  # a date of loss under another name ("Date of fire"): the dated line that holds it
        line = next(((d, f) for d, f in facts_of(docs, "event") if f.value == claim.date_of_loss), None)
    return date.fromisoformat(claim.date_of_loss), line


def cite_reason(sources: Sources, reason: Reason) -> str:
    doc, line, _ = reason
    return sources.cite_line(doc, line) if line is not None else ""
