"""The calculation expert: arithmetic over a claim file, done by the deterministic tools.

The answer states the result and cites every input, e.g. ``23 days: from the loss on March 3,
2026 [1] to the payment on March 26, 2026 [2] [3].``, where the last source is the calculation
itself (the tool, its inputs, its result). Inputs come first from the claim's metadata (dated
events, labelled amounts, each located at ingest with its verbatim line and page), then from the
fact selector's units (sentences, ``Label: value`` lines, table rows as ``Column: value``) through
the ``search`` callback, scored by meaning against the phrase the question names the input by.

How an input is read, for any claim file:

- an amount is the one its words stand before in its line, never a rate ("$45.00 per day"), a
  unit price ("14 x $45.00") or a figure of another kind than asked (a reserve, a limit, a
  deductible); a line that shares no word with the phrase is no reading of it;
- a list's items ("the ER, ortho and PT specials", "reserves (med + indemnity)") are each found,
  a group's own total is taken for a group ("the ER bills"), and an item the files do not hold is
  named with the ones found, or the total the file states for the list is given;
- an event is the labelled one the phrase names (the loss, the report), a document named by its
  kind ("the OFE report") is dated by its own date line, "first/last" is the earliest/latest row
  of the table the best row is in, and a range ("04/09 - 05/08: modified duty") stands for its
  start when it opens a duration and its end when it closes one;
- a deductible (or retention) comes off a gross amount only: never off a line already net of it,
  and preferably off the figure that, less the deductible, gives an amount the file states.

When an input cannot be found the answer names it ("I found the estimate [1] but no amount for
the payment") or the expert returns ``None`` and the manager falls back to the needle expert: it
never computes from a guess, nor from two claims' figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from rag.experts.facts import facts_of
from rag.experts.needle import strip_ids
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import content_terms, terms
from rag.metadata import find_dates, parse_money
from rag.records import DocumentInfo, FactLine, Passage
from rag.selection.units import Unit
from rag.selection.values import find_values
from rag.tools import check_limit, days_between, difference, net_of_deductible, remaining_limit, share_of, sum_amounts
from rag.tools.dates import long_date
from rag.tools.money import less, money_text, to_decimal

Embed = Callable[[list[str]], Any]
"""Texts to unit vectors: the engine's embedder."""
Search = Callable[[str, str], list[tuple[Passage, str, str]]]
"""``search(phrase, kind)`` with kind ``money`` or ``date``: lines of the claim that state such a
value for the phrase, best first, as ``(passage, line, value as written)``."""

_CHANGE = re.compile(
    r"(?<!\bby )\bhow much (?:did|does|has|have|was|were|is) (?P<who>.+?) (?:get |been )?(?P<verb>drop|go up|went up|"
    r"go down|increase|decrease|fall|rise|come down|change|cut|reduce|lower|raise|knock(?:ed)? off|take off|took off|"
    r"trim|shave off)\w*\b(?!\s+(?:from|than|compared|over|vs)\b)(?P<rest>.*)$", re.I)
"""How much a figure changed: "how much did the med reserve drop on 08/05", "how much did Julian
knock off the Kittredge Lowe bill": the two figures one line or row gives for it, before and after."""
_IN_WEEKS = re.compile(r"\bhow many weeks\b|\bin weeks\b|\bweeks between\b", re.I)
_DAYS = re.compile(r"\bhow many (?:calendar )?(?:days|weeks)\b|\b(?:days|weeks) between\b|\bhow long\b|\bhow soon\b|"
                   r"\belapsed\b|\bin weeks\b|"
                   r"\bnumber of days\b|\bin days\b|\bdays from\b|"
                   r"\bdays\b[^?]*\bfrom\b[^?]+\b(?:to|until|till)\b", re.I)
_WHAT_IF = re.compile(r"\bwhat would (?:the )?(?P<base>.+?) (?:have been|be) if (?:the )?(?P<item>.+?) "
                      r"(?:had not|hadn't|were not|was not|weren't|wasn't)\s+(?:been\s+)?(?P<verb>\w+)", re.I)
_NET = re.compile(r"\bafter (?:the |a |an |applying (?:the |a )?)?(?:\$[\d,.]+k? )?(?:self-insured )?"
                  r"(?:deductible|retention|excess|SIR)\b|"
                  r"\bnet of\b|\bless the deductible\b|"
                  r"\bminus the deductible\b|\bnet\b|"
                  r"\b(?:minus|subtract\w*|tak(?:e|ing) off|deduct(?!ible)\w*)\b.*\b(?:deductible|retention|excess)\b|"
                  r"\b(?:deductible|retention|excess)\b.*\b(?:comes? off|taken off|subtracted|deducted)\b", re.I)
_REMAINING = re.compile(r"\bremaining\b|\bleft\b|\bremains?\b", re.I)
_DIFFERENCE = re.compile(r"\bhow (?:much|far) (?:more|less|higher|lower|greater|smaller|over|under|above|below)\b|"
                         r"\bdifference between\b|"
                         r"\bby how much\b|\b(?:gap|spread) between\b|\bhow far apart\b", re.I)
_SUM = re.compile(r"\btotal of\b|\bsum\b|\badd(?:ed)? up\b|\bin total\b|\bcombined\b|\baltogether\b|\bplus\b|"
                  r"\bcomes? to\b|"
                  r"\btogether\b|\s\+\s?|\w\+\w", re.I)

_CALC_WORDS = frozenset(
    "how many days long soon number between sum add added up combined altogether together net after "
    "less minus remaining left remain remains much more higher lower difference calendar take took "
    "it until till since pass passed elapsed went by first last final initial latest".split()
)
_CALC_STEMS = frozenset(t for w in _CALC_WORDS for t in content_terms(w))

_EVENT_NAMES = {
    "date_of_loss": "the loss",
    "reported": "the report",
    "payment": "the payment",
    "inspection": "the inspection",
    "estimate": "the estimate",
    "closed": "the closing",
}
_EVENT_WORDS: dict[str, frozenset[str]] = {
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
_EVENT_SYNONYMS = {
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
_DATE_WORDS = frozenset(content_terms("date day when"))
_LOSS_COMPOUND = re.compile(r"\b(?:proof|notice|notification|report|statement|cause|description|location)\s+"
                            r"of\s+loss\b|"
                            r"\bloss\s+(?:of\s+use|of\s+income|payee|runs?|adjust\w*|notice|control|ratio|history)\b",
                            re.I)
"""Insurance terms in which "loss" names another thing than the loss itself: a line dated by one
(a proof of loss signed, a loss run pulled) does not date the loss."""
_LOSS_TOLD = _EVENT_WORDS["date_of_loss"] | frozenset(terms(
    "accident incident collapse explosion hail windstorm lightning vandalism wreck struck sinkhole froze freeze"))
"""Words a line uses to tell the loss itself happening (the date of loss when no line labels it)."""
_LOSS_ITSELF = re.compile(r"\b(?:date|day|time) of (?:loss|the loss|incident|accident)\b|\bloss date\b|\bDOL\b", re.I)
_PAID = frozenset(t for w in "paid pay payment payments".split() for t in content_terms(w))
"""What was paid is written "paid", "payment", "pay": one word for matching a line to the question."""
_TOTAL = re.compile(r"\btotal\b", re.I)
_START_WORDS = frozenset(t for w in "start started began begin from opened picked assigned".split()
                         for t in content_terms(w))
_END_WORDS = frozenset(t for w in "end ended return returned completed finished closed released dropped".split()
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


def answer_calculation(
    question: str,
    documents: Sequence[DocumentInfo],
    *,
    search: Search | None = None,
    ignore: Sequence[str] = (),
) -> ExpertResult | None:
    """Compute what the question asks over one claim's documents, citing every input; ``None``
    when the question is not arithmetic this expert can do or an input is missing.

    ``ignore`` holds the question's words that named the claim (a person, a business): they
    pick the claim, they do not describe an event or an amount.
    """
    question = " ".join(strip_ids(question, ignore).split())
    asked = calculation_asked(question)
    if asked is None:
        return None
    calc = _Calc(question, documents, search)
    compute: dict[Calculation, Callable[[], ExpertResult | None]] = {
        "share": calc.share, "limit_check": calc.limit_check, "days": calc.days, "what_if": calc.what_if,
        "change": calc.change, "difference": calc.difference, "remaining": calc.remaining, "net": calc.net,
        "total": calc.total,
    }
    return compute[asked]()


def answer_from_question(question: str) -> ExpertResult | None:
    """A calculation whose inputs are all stated in the question ("days between 3/1/2025 and
    4/15/2025", "is $9,766.90 within a $100,000 limit?"): answered once, whatever claims are in
    reach; ``None`` when it needs a figure from the files."""
    return answer_calculation(question, [], search=None)


Calculation = Literal["share", "limit_check", "days", "what_if", "change", "difference", "remaining", "net", "total"]
_NOT_COMPUTED = re.compile(r"\bbusiness days\b|\b(?:must|should|required|supposed to|allowed)\b", re.I)
"""Business days (the tools count calendar days), or a rule ("how soon must ..."): quoted by the
needle expert, not computed."""
_LIMIT_NAMED = re.compile(r"\b(?:sub)?limit\b|\bcoverage\b|\baggregate\b", re.I)


def calculation_asked(question: str) -> Calculation | None:
    """Which calculation a question asks, read from its wording alone (the first that fits, in
    this order); ``None`` when it asks none this expert does."""
    if _NOT_COMPUTED.search(question):
        return None
    if _share_phrases(question) is not None:
        return "share"
    for kind, pattern in (("limit_check", _LIMIT_CHECK), ("days", _DAYS), ("what_if", _WHAT_IF), ("change", _CHANGE),
                          ("difference", _DIFFERENCE)):
        if pattern.search(question):
            return kind  # type: ignore[return-value]
    if _LIMIT_NAMED.search(question) and _REMAINING.search(question):
        return "remaining"
    if _NET.search(question):
        return "net"
    if _SUM.search(question):
        return "total"
    return None


_LIMIT_CHECK = re.compile(
    r"\b(?:within|under|over|exceed(?:s|ed|ing)?|above|below|inside|fit|fits|beyond|more than|less than)\b.*"
    r"\b(?:limit|limits|cap|maximum|sublimit|authority)\b|"
    r"\bwhat (?:percent(?:age)?|share)\b.*\b(?:limit|cap|maximum|authority)\b", re.I)
"""A limit check: "is $9,766.90 within a $100,000 limit?", "does the estimate exceed the limit?"."""
_GIVEN_MONEY = re.compile(r"(?:\$|\bUSD\s?)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|K|million|M)\b)?")
_LIMIT_WORD = re.compile(r"\b(?:limit|limits|cap|maximum|sublimit|authority)\b", re.I)
"""Words for a ceiling an amount is checked against; an adjuster's settlement *authority* is one."""
_CHECK_WORD = re.compile(r"\b(?:within|under|over|exceed(?:s|ed|ing)?|above|below|inside|fit|fits|beyond|more than|"
                         r"less than)\b", re.I)
_LIMIT_TERMS = frozenset(t for w in ("limit", "limits", "coverage", "cap", "maximum", "sublimit", "policy", "authority")
                         for t in content_terms(w))


@dataclass(frozen=True)
class Given:
    """A number stated in the question: an input as it stands, cited by the calculation itself."""

    value: Decimal
    start: int
    end: int


def _given_money(question: str) -> list[Given]:
    found = []
    for m in _GIVEN_MONEY.finditer(question):
        value = parse_money(m.group(0))
        if value is not None:
            found.append(Given(value, m.start(), m.end()))
    return found


def _question_input(value: str, text: str) -> Input:
    """An input the question states: cited by the calculation's own source, not by a file."""
    return Input(value=value, text=text, label="", clause=frozenset(), doc_id="", claim_id=None,
                 cite=lambda sources: "")


class _Calc:
    """One question's calculation: the claim's events and amounts as inputs, and the sources
    cited so far (numbered in the order the answer text cites them)."""

    def __init__(self, question: str, documents: Sequence[DocumentInfo], search: Search | None) -> None:
        self.question = question
        self.search = _by_rows(search) if search is not None else None
        self.sources = Sources()
        self.events = [_fact_input(d, f) for d, f in facts_of(documents, "event")]
        self.amounts = [_fact_input(d, f) for d, f in facts_of(documents, "amount")]

    def result(self, text: str, tool: str, working: str, *inputs: Input) -> ExpertResult | None:
        """The answer, with the calculation cited as its own source (the tool, its inputs and its
        result) at the end of the sentence, after the excerpts that hold the inputs (so their
        numbers stay in reading order). ``None`` when the inputs come from several claims (a
        question that named none, read over every file): one claim's figure against another's
        is no answer."""
        claims = sorted({i.claim_id for i in inputs if i.claim_id})
        if len(claims) > 1:
            return None
        marker = self.sources.cite(document="calculation", section=tool, excerpt=f"{tool}: {working}",
                                   claim_id=claims[0] if len(claims) == 1 else None)
        text = re.sub(r"\s+([.,])", r"\1", re.sub(r" {2,}", " ", f"{text.rstrip().rstrip('.')} {marker}."))
        return ExpertResult(text, "calculation", self.sources.citations, claims, {"tool": tool, "working": working})

    # -- numbers stated in the question --------------------------------------------------

    @property
    def given_money(self) -> list[Given]:
        return _given_money(self.question)

    def limit_check(self) -> ExpertResult | None:
        """"Is $9,766.90 within a $100,000 limit?": the amount against the limit, both from the
        question, or the limit from the file when the question states only the amount."""
        given = self.given_money
        limit_at = [m.start() for m in _LIMIT_WORD.finditer(self.question)]
        if not given:
            return self.limit_check_files()
        if len(given) >= 2:
            def distance(g: Given) -> int:
                return min(abs(g.start - at) for at in limit_at) if limit_at else 0
            limit_given = min(given, key=distance)
            amount_given = next(g for g in given if g is not limit_given)
            limit = _question_input(str(limit_given.value), self.question)
            limit_text = ""
        else:
            amount_given = given[0]
            found = self.limit(self.question[amount_given.end:])
            if found is None:
                return None
            limit = found
            limit_text = f" {limit.cite(self.sources)}"
        amount = _question_input(str(amount_given.value), self.question)
        check = check_limit(amount.amount, limit.amount)
        verdict = "Yes, within the limit" if check.within else f"No, over the limit by {money_text(check.over_by)}"
        text = (f"{verdict}: {money_text(amount.amount)} is {check.share}% of the "
                f"{money_text(limit.amount)} limit{limit_text}.")
        return self.result(text, "check_limit", check.working, amount, limit)

    def limit(self, phrase: str, item: Input | None = None) -> Input | None:
        """The limit a phrase names ("within the *building* limit", "the cov A limit"): the words
        up to the limit word, matched against the limits the file labels, else the one limit it
        states, else the line the fact selector finds for the phrase. "Its sublimit", "the
        applicable limit": the limit of the ``item`` checked, named by the item's own words."""
        m = _CHECK_WORD.search(phrase)
        phrase = phrase[m.end():] if m else phrase
        while (m := _CHECK_WORD.match(phrase.lstrip())) is not None:  # "fit inside its sublimit"
            phrase = phrase.lstrip()[m.end():]
        end = _LIMIT_WORD.search(phrase)
        named = phrase[: end.end()] if end else phrase
        words = _phrase_words(named) - _LIMIT_TERMS
        lettered_coverage = re.search(r"\b(?:cov(?:erage)?|part)\.?\s+[A-F]\b", named, re.I)
        one_limit = len({a.value for a in self.amounts if a.label == "limit"}) == 1
        if item is not None and not lettered_coverage and (_ITS_OWN.search(named) or not (words or one_limit)):
            words = _item_words(item)
            word = _LIMIT_WORD.search(named)
            named = f"{' '.join(sorted(words))} {word.group(0) if word else 'limit'}"
        limits = [a for a in self.amounts if a.label == "limit"]
        letter = re.search(r"\b(?:cov(?:erage)?|part)\.?\s+([A-F])\b", named, re.I)
        if letter:  # "the cov A limit": the coverage the form letters A (dwelling), B, C ...
            lettered = [a for a in self.amounts if a.amount > 0 and re.match(
                rf"^\W*(?:coverage\s+)?{letter.group(1)}\b\s*(?:[-\u2013.:)|]|\s-)", a.text.strip(" |"), re.I)]
            if lettered:
                return max(lettered, key=lambda a: a.amount)  # a coverage row's limit is its largest figure
        picked = _matches(words, limits, every_word=False) if words else []
        # the one limit the file labels, unless the phrase names another ("my settlement authority")
        lone = limits if len({a.value for a in limits}) == 1 else []
        if not picked and lone and not words:
            picked = lone
        if not picked and self.search is not None:
            asked = words | {t for t in content_terms(named) if t in _LIMIT_TERMS}
            for p, line, value in self.search(named, "money")[:3]:
                if words and not _expanded(words) & _expanded(terms(line)):
                    continue  # a line that says nothing of the limit named
                if not _names_limit(p, line):
                    continue  # the item's own line, or another amount of it: no limit
                value = _value_in(line, value, asked, pairs=_row_pairs(p, line)) or value
                if (found := _search_input(p, line, value, "money")) is not None:
                    picked = [found]
                    break
        return picked[0] if picked else (lone[0] if lone else None)

    def limit_check_files(self) -> ExpertResult | None:
        """"Is the RCV estimate within the Coverage A limit?": both figures from the file, the
        amount named before the check word, the limit after it; a figure not found is said, not
        guessed."""
        m = _CHECK_WORD.search(self.question)
        if m is None:
            return None
        head = re.sub(r"^\W*(?:is|was|are|were|does|did|do|would|will|can)\s+", "", self.question[: m.start()],
                      flags=re.I)
        found = self.amount(head, exclude=("limit", "reserve", "premium"))
        limit = self.limit(self.question[m.start():], item=found[0] if found else None)
        if not found or limit is None:
            missing = "the amount" if not found else "the limit"
            return ExpertResult(f"I couldn't find {missing} to check in the files, so I can't say whether it is "
                                "within the limit.", "none")
        amount = found[0]
        check = check_limit(amount.amount, limit.amount)
        verdict = "Yes, within the limit" if check.within else f"No, over the limit by {money_text(check.over_by)}"
        text = (f"{verdict}: {money_text(amount.amount)} {amount.cite(self.sources)} is {check.share}% of the "
                f"{money_text(limit.amount)} limit {limit.cite(self.sources)}.")
        return self.result(text, "check_limit", check.working, amount, limit)

    # -- days -------------------------------------------------------------------------------

    def days(self) -> ExpertResult | None:
        phrases = _two_phrases(self.question)
        stated = find_dates(self.question)
        if phrases is not None:
            first = _range_end(self.event(phrases[0]), end=False)
            second = _range_end(self.event(phrases[1], avoid=first), end=True)
        elif len(stated) == 2:  # "how many days from 3/1/2025 to 4/15/2025"
            first, second = (_question_input(d.isoformat(), text) for d, text in stated)
        else:
            first, second = self.span(_phrase_words(self.question))
        if phrases is not None and (first is None) != (second is None):
            known, (asked, _) = (first, phrases[::-1]) if first is not None else (second, phrases)
            assert known is not None
            label = _event_name(known) or f"{_item_name(phrases[0] if first is not None else phrases[1])} on "
            text = (f"I found {label}{long_date(known.value)} {known.cite(self.sources)} but no date for "
                    f"{_item_name(asked)} in the files, so I can't count the days.")
            return ExpertResult(text, "none", self.sources.citations, [known.claim_id] if known.claim_id else [])
        if first is None or second is None or (first.value, first.text) == (second.value, second.text):
            return None
        start, end = sorted((first, second), key=lambda e: e.value)
        result = days_between(start.value, end.value)
        unit = "day" if result.days == 1 else "days"
        working = result.working
        if _IN_WEEKS.search(self.question):  # "how many weeks": the days, and what they make in weeks
            weeks = f"{result.days // 7}" if result.days % 7 == 0 else f"{result.days / 7:.1f}"
            unit = f"{unit} ({weeks} week{'' if weeks == '1' else 's'})"
            working = f"{working} = {weeks} weeks"
        if start.text == end.text:  # one line gives both ends: "Rental ran from March 5 to April 8"
            text = (f"{result.days} {unit}: {long_date(start.value)} to {long_date(end.value)} "
                    f"{start.cite(self.sources)}.")
        else:
            text = (f"{result.days} {unit}: from {_event_name(start)}{long_date(start.value)} "
                    f"{start.cite(self.sources)} "
                    f"to {_event_name(end)}{long_date(end.value)} {end.cite(self.sources)}.")
        return self.result(text, "days_between", working, start, end)

    def event(self, phrase: str, avoid: Input | None = None) -> Input | None:
        """The event a phrase names: its label's words count double, then the words of the clause
        around its date; "first" picks the earliest of equal matches, "last"/"final" the latest.

        Words are read as the files write events ("back" is "returned"), and a word no event of
        the claim holds ("the *Accord* was back") says nothing about which event: it is left out."""
        stated = find_dates(phrase)
        if stated:  # a date the question states: an input as it stands
            return _question_input(stated[0][0].isoformat(), stated[0][1])
        words = {_EVENT_SYNONYMS.get(w, w) for w in _phrase_words(phrase)}
        asked = set(words)
        known = set().union(*(_label_words(e) | e.clause | e.doc_words for e in self.events)) if self.events else set()
        if words & known:
            words &= known
        best = _matches(words, self.events, every_word=False)
        # An event the phrase names by the kind ingest labelled it with (the loss, the report, the
        # closing) is the file's own; any other phrase ("the letter of rep", "the scene cleared")
        # is read by meaning: the fact selector scores the claim's dated units against it.
        # a line dating several events dates this one only by the date its own clause holds
        # ("assigned the file on March 6, 2025 and inspected the plant on [March 11]")
        best = [e for e in best if not _dated_elsewhere(e.text, e.value, asked)]
        labelled = [e for e in best if asked and asked <= _label_words(e)]
        the_loss = bool(asked) and asked <= _EVENT_WORDS["date_of_loss"] | _DATE_WORDS
        if the_loss and not labelled:  # "proof of loss", "loss of use": another thing than the loss
            best = [e for e in best if not _LOSS_COMPOUND.search(e.text) or _LOSS_ITSELF.search(e.text)]
        if not labelled and (dated := self.document_date(phrase)) is not None:
            return dated
        if the_loss and not labelled:
            # the loss no line labels: the earliest line that tells it (an accident, a fall, a fire)
            told = [e for e in self.events if _shared(_LOSS_TOLD, terms(e.text))
                    and not (_LOSS_COMPOUND.search(e.text) and not _LOSS_ITSELF.search(e.text))
                    and (avoid is None or e.value != avoid.value)]
            if told:
                return min(told, key=lambda e: e.value)
        if not labelled and self.search is not None:
            query = phrase
            if the_loss:
                # "the loss", "the accident" the file labels no date of: the line that says it happened
                query = re.sub(r"\b(?:the\s+)?dates?\s+of\s+", "", phrase, flags=re.I) + " happened"
            hits = [i for hit in self.search(query, "date") if (i := _search_input(*hit, "date"))]
            found = [i for i in hits if (avoid is None or i.value != avoid.value)
                     and not (the_loss and _LOSS_COMPOUND.search(i.text) and not _LOSS_ITSELF.search(i.text))]
            if found:
                return found[0]
        if not best:
            return None
        if re.search(r"\b(?:last|final|latest|most recent)\b", phrase, re.I):
            return max(best, key=lambda e: e.value)
        if re.search(r"\b(?:first|initial|earliest)\b", phrase, re.I):
            return min(best, key=lambda e: (e.value, len(e.text)))
        # else the date that stands next to the words ("April 2 - Settlement agreed"), not one a
        # long clause mentions in passing ("... to settle all claims arising from her fall on
        # December 6"); then the earliest
        return min(best, key=lambda e: (len(e.clause) > 12, e.value, len(e.text)))

    def document_date(self, phrase: str) -> Input | None:
        """"The OFE report", "the surveyor's report": a document the phrase names by its kind,
        dated by its own date line ("Report date April 9, 2024", "Date: July 12, 2024"). The
        document is the one whose name shares the phrase's other words, else the only one of
        the claim named by that kind; none when that is not clear."""
        words = _phrase_words(phrase)
        kinds = words & _DOCUMENT_KINDS
        if not kinds or not _DOCUMENT_NOUN.search(phrase):
            # "the IA report on ...", "the Copperline ROR": a document named by the words of its file's name
            named_docs = {e.doc_id for e in self.events if words and words <= e.doc_words
                          and e.doc_words & _DOCUMENT_KINDS}
            if len(named_docs) != 1:
                return None  # "when she reported it": a verb, an event, not a document
            kinds = set(next(e.doc_words & _DOCUMENT_KINDS for e in self.events if e.doc_id in named_docs))
        dated = [e for e in self.events if _DOCUMENT_DATE.match(e.text) or _DATE_ALONE.match(e.text)]
        by_doc: dict[str, Input] = {}
        for e in dated:
            by_doc.setdefault(e.doc_id, e)  # the first date line: the document's own, at its top
        if not by_doc:
            return None
        others = words - kinds
        scored = sorted(((len(others & e.doc_words), bool(kinds & e.doc_words), e) for e in by_doc.values()),
                        key=lambda t: (-t[0], -t[1]))
        best = scored[0]
        if best[0] > 0 and (len(scored) == 1 or scored[1][0] < best[0]):
            return best[2]
        named = [e for n, k, e in scored if k]
        # the one document of that kind ("the surveyor's report"), unless the phrase says which kind of it
        # ("the letter *of rep*": a letter of representation, not the carrier's own letter)
        qualified = re.search(r"\b(?:report|letter|memo|memorandum)s?\s+of\b", phrase, re.I)
        return named[0] if len(named) == 1 and (not others or (best[0] == 0 and not qualified)) else None

    def span(self, words: set[str]) -> tuple[Input | None, Input | None]:
        """A duration named by one phrase ("how many days did he have the rental car"): a line
        that gives both ends ("Rental ran from March 5 to April 8"), else the events of the
        phrase that say it started and ended."""
        if not words:
            return None, None
        matching = _matches(words, self.events, keep_all=True, every_word=False)
        by_line: dict[str, list[Input]] = {}
        for e in matching:
            by_line.setdefault(e.text, []).append(e)
        for line_events in sorted(by_line.values(), key=lambda es: -len(words & terms(es[0].text))):
            dates = sorted({e.value for e in line_events})
            if len(dates) == 2 and re.search(r"\bfrom\b.*\b(?:to|until|through)\b", line_events[0].text):
                ends = sorted(line_events, key=lambda e: e.value)
                return ends[0], ends[-1]
        starts = [e for e in matching if e.clause & _START_WORDS]
        ends = [e for e in matching if e.clause & _END_WORDS]
        if starts and ends:
            return min(starts, key=lambda e: e.value), max(ends, key=lambda e: e.value)
        return self.searched_span(words)

    def searched_span(self, words: set[str]) -> tuple[Input | None, Input | None]:
        """A span one line of the files states as a range ("Remediation ran from March 5, 2025
        through March 19, 2025", "Rental: 04/02/2025 - 04/30/2025"), found by the search for the
        question's own words; the line must name the thing (share a word with the question)."""
        if self.search is None:
            return None, None
        for p, line, _ in self.search(" ".join(sorted(words)), "date")[:3]:
            if not _shared(words, terms(line)):
                continue
            spans = _date_spans(line)
            for (_, end1, t1), (start2, _, t2) in zip(spans, spans[1:]):
                d1, d2 = find_dates(t1)[0][0], find_dates(t2)[0][0]
                if _RANGE_JOIN.match(line[end1:start2]) and d1 < d2:
                    first, second = _search_input(p, line, t1, "date"), _search_input(p, line, t2, "date")
                    return first, second
        return None, None

    # -- money ------------------------------------------------------------------------------

    def amount(self, phrase: str, *, exclude: tuple[str, ...] = (), every: bool = False,
               taken: set[tuple[str, str]] | None = None, qualifier: str = "",
               common: Set[str] = frozenset()) -> list[Input]:
        """Amounts a phrase names, best first: the label's words count double. ``every`` keeps all
        equally good matches ("the invoices"); otherwise one. Falls back to ``search``. ``common``:
        the words every item of the same sum uses ("invoice" of "the forensics invoice and the PR
        firm's invoice"), which say what kind of line, not which."""
        words = _phrase_words(phrase)
        # "the demand" is no reserve that mentions the demand: a labelled kind of amount the
        # phrase does not name is not what it asks for, nor an amount under a section of that kind
        # ("Policy sublimits") when an item is asked
        named_kinds = _named_kinds(words | set(content_terms(qualifier)))
        kinds = {a.label for a in self.amounts if a.label in _KIND_LABELS} - named_kinds
        best = _distinct(_matches(words, [a for a in self.amounts if a.label not in exclude and a.label not in kinds
                                          and not _section_kinds(a) - named_kinds
                                          and not (self.search is not None and _TABLE_ROW.search(a.text))]))
        if taken:
            best = [a for a in best if (a.value, a.text) not in taken]
        if not best and self.search is not None:
            # the list's head noun ("invoices" of "the DFIR, legal and notification invoices") says
            # what kind of line to search for
            best = self.searched_amount(phrase, words, taken or set(), qualifier, common)
        return best if every else best[:1]

    def searched_amount(self, phrase: str, words: set[str], taken: set[tuple[str, str]],
                        qualifier: str = "", common: Set[str] = frozenset()) -> list[Input]:
        """The amount a phrase names, read from the lines the search finds for it (then for its
        shorthand, "orthopedic" as the file may write it, "ortho"): of the best line, the amount
        its words stand before; never a rate ("$45.00 per day"), a unit price ("14 x $45.00") or
        an amount of another kind than asked (a reserve, a limit, a deductible)."""
        assert self.search is not None
        short = _shorthand(phrase)
        named = words | {t for t in content_terms(short) if t not in _CALC_STEMS}
        weak = set(content_terms(qualifier)) - named
        when = self.in_force(named | weak)
        read: list[Input] = []
        for query in dict.fromkeys(f"{q} {qualifier}".strip() for q in (phrase, short)):
            for p, line, value in self.search(query, "money")[:3]:
                spelled = _spelled_out(phrase, line)  # "BI" of "bodily injury is now $140,000.00"
                where = f"{line} {p.section or ''}" if _TABLE_ROW.search(line) else line  # a row's table heading
                if named and not _shared((named - common or named) | spelled, terms(where)):
                    continue  # a line that shares no word with the item is no reading of it, only a guess
                pairs = _row_pairs(p, line)
                if pairs and when is not None:
                    line, pairs = _history_row(p, line, pairs, named | spelled, latest=when)
                picked = _value_in(line, value, named | spelled, {v for v, t in taken if t == line}, weak=weak,
                                   pairs=pairs, line_kinds=_line_kinds(p, line))
                if picked is not None and not _other_compound(line, picked, words):
                    found = _search_input(p, line, picked, "money")
                    if found is not None:
                        if not when:
                            return [found]
                        read.append(found)
        # a figure as it stands now: the line that says it was changed to it ("is now", "revised
        # to") before one that says what it was set at first
        changed = [i for i in read if _CHANGED_TO.search(_clause_of(i.text, i.amount))]
        return (changed or read)[:1]

    def in_force(self, words: Set[str]) -> bool | None:
        """Which row of a history the question asks for: ``True`` the latest ("now", "current",
        "after the latest change", and a reserve, which is what it was last set to), ``False``
        the first ("the initial reserve"), ``None`` no history (each row its own item)."""
        if _FIRST_SET.search(self.question):
            return False
        if _IN_FORCE.search(self.question) or words & _kind_words("reserve"):
            return True
        return None

    def total(self) -> ExpertResult | None:
        given = self.given_money
        if len(given) >= 2:  # "what is $385 plus $90": the amounts the question states
            stated = [_question_input(str(g.value), self.question) for g in given]
            added = sum_amounts([a.amount for a in stated])
            listed = " + ".join(money_text(a.amount) for a in stated)
            return self.result(f"{added.text} in total: {listed}.", "sum_amounts", added.working, *stated)
        question = re.sub(r"\s*\+\s*", " plus ", self.question)
        m = re.search(r"\b(?:total of|sum of|add up|added up|combined|altogether|together|in total|total|comes? to)\b"
                      r"(?P<rest>.*)",
                      question, re.I)
        rest = re.sub(r"^\W*(?:(?:on|for|in|at|of) (?:the )?\w+(?: \w+)?)?\W*$", "", m.group("rest")) if m else ""
        came_to = m is not None and m.group(0).lower().startswith("come")  # "what do the invoices come to (so far)"
        body = rest if _phrase_words(rest) and not came_to else (question[: m.start()] if m else question)
        body = re.sub(r"^\s*(?:what|how much)\s+(?:is|was|were|are|did|does|do)?\s*(?:the\s+)?", "", body, flags=re.I)
        # "what did DryRight charge for A, B and C": the items follow the verb of charging
        body = re.sub(r"^(?:\S+\s+){0,3}?(?:charge[sd]?|billed|invoiced)\s+for\s+", "", body, flags=re.I)
        group = ""
        inner = re.search(r"(?P<head>\w+)\s*\((?P<list>[^)]*\b(?:and|plus)\b[^)]*)\)", body)
        if inner:  # "total reserves (med + indemnity)": the items of the parentheses, each a reserve
            body, group = inner.group("list"), inner.group("head")
        items = [p.strip() for p in re.split(r",|\band\b|\bplus\b|&", body) if _phrase_words(p)]
        if len(items) > 1:
            # "the ER, ortho and PT specials on the Fairley claim": the claim words go, and a plural
            # noun closing the list is the head of every item, not a word of the last one alone
            items[-1] = re.sub(r"\s+(?:on|for|in|under|to|from)(?:\s+(?:the\s+|this\s+|that\s+)?[\w'/ -]+)?\W*$", "",
                               items[-1]) or items[-1]
            noun = re.search(r"\s+(\w+s)$", items[-1])
            if noun and not group and not any(re.search(rf"\b{noun.group(1)}\b", i, re.I) for i in items[:-1]) and \
                    _phrase_words(items[-1][: noun.start()]):
                items[-1] = items[-1][: noun.start()]
                group = noun.group(1)  # "the ER and ortho bills": each item may be a group of lines with its total
        if len(items) == 1 and (whole := self.single_total(items[0])) is not None:
            return whole
        picked: list[Input] = []
        found_for: list[tuple[str, Input]] = []
        missing: list[str] = []
        common = set.intersection(*(_phrase_words(i) for i in items)) if len(items) > 1 else set()
        for item in items:
            # "the ER and ortho bills": the head noun is plural, each item is one ("forensics" is no plural)
            plural = bool(re.search(r"\b(?:all|every|each)\b", item, re.I) or (
                not group and re.search(r"\b\w+s\s*\W*$", item.strip(), re.I)))
            taken = {(a.value, a.text) for a in picked}
            found = [a for a in self.amount(item, every=plural, taken=taken, qualifier=group, common=common)
                     if (a.value, a.text) not in taken]
            if not found:
                missing.append(_item_name(item))
                continue
            if plural and (len({a.label for a in found}) > 1 or any("total" in a.text.lower() for a in found)):
                return None  # "all payments" mixes kinds of lines, or the file states the total itself
            picked.extend(found)
            found_for.extend((_item_name(item), a) for a in found)
        if group and not missing:  # each item's group total, none that counts another item too
            others = {(a.value, a.text) for a in picked}
            picked = [self.following_total(a, others - {(a.value, a.text)}) or a for a in picked]
            found_for = [(name, self.following_total(a, others - {(a.value, a.text)}) or a) for name, a in found_for]
        if missing:
            return self.stated_total(body, found_for, missing)
        if len(picked) < 2:
            return None
        result = sum_amounts([a.amount for a in picked])
        shown = " + ".join(f"{money_text(a.amount)} {a.cite(self.sources)}" for a in picked)
        return self.result(f"{result.text} in total: {shown}.", "sum_amounts", result.working, *picked)

    def single_total(self, item: str) -> ExpertResult | None:
        """"How much has been paid in total?": the total the file states for it ("Total paid to
        date: $48,190.40" beats a sum of its own), else the sum of the amounts one line gives for
        it ("the first repair payment of $3,000.00 ... a supplement payment of $1,250.00")."""
        words = _phrase_words(_TRAILING_CLAIM.sub("", item) or item)
        if words & _PAID:
            words |= _PAID
        if not words:
            return None

        def stated(found: Input) -> ExpertResult | None:
            text = f"{money_text(found.amount)} in total, as the file states it {found.cite(self.sources)}."
            return self.result(text, "stated_total", f"stated total {money_text(found.amount)}", found)

        totals = [a for a in self.amounts if a.amount > 0 and _TOTAL.search(f"{a.label.replace('_', ' ')} {a.text}")
                  and _shared(words, terms(a.text) | _label_words(a))]
        if len({a.value for a in totals}) == 1:
            return stated(totals[0])
        if self.search is None:
            return None
        if not re.search(r"\b\w+s\s*\W*$", item) or words & _PAID:
            # "the invoices": one invoice's total is not theirs; the items are added instead
            for p, line, value in self.search(f"total {item}", "money")[:3]:
                if _TOTAL.search(line) and _shared(words, terms(line)):
                    picked = _value_in(line, value, words | {"total"}, pairs=_row_pairs(p, line))
                    if picked is not None and (found := _search_input(p, line, picked, "money")) is not None:
                        return stated(found)
        for p, line, _ in self.search(item, "money")[:1]:
            first = _AMOUNT_IN_LINE.search(line)
            # the figures a line lists after a label naming them ("Medical bills so far: ER $3,912.00, ..."),
            # else those the phrase's words stand before
            listed = (first is not None and _shared(words, terms(line[:first.start()])) > 0
                      and _shared(words, terms(f"{line[:first.start()]} {p.section or ''} {p.document}")) == len(words))
            parts = [v for score, v in _amounts_in(line, set() if listed else words, pairs=_row_pairs(p, line),
                                                   line_kinds=_line_kinds(p, line)) if listed or score > 0]
            inputs = [i for v in parts if (i := _search_input(p, line, v, "money")) is not None]
            if len(inputs) >= 2:
                result = sum_amounts([i.amount for i in inputs])
                shown = " + ".join(f"{money_text(i.amount)} {i.cite(self.sources)}" for i in inputs)
                return self.result(f"{result.text} in total: {shown}.", "sum_amounts", result.working, *inputs)
        return None

    def following_total(self, item: Input, taken: set[tuple[str, str]]) -> Input | None:
        """The total a group's line counts in ("ER visit ... $2,140.00" -> "Knox Regional Total
        ... $3,860.00"): the first labelled total after it in its document, when it is more than
        the line and no other item of the sum stands before it. The line itself when it is a total."""
        if "total" in f"{item.label} {item.text}".lower():
            return None
        index = next((i for i, a in enumerate(self.amounts) if (a.value, a.text, a.doc_id) ==
                      (item.value, item.text, item.doc_id)), None)
        if index is None:
            return None

        def is_total(a: Input) -> bool:
            return bool(_TOTAL.search(f"{a.label.replace('_', ' ')} {a.text}"))

        before = self.amounts[:index]
        for a in reversed(before):  # the lines of the group before the item: none another item of the sum
            if a.doc_id != item.doc_id or is_total(a):
                break
            if (a.value, a.text) in taken:
                return None  # a list's total would count that item too
        for a in self.amounts[index + 1:]:
            if a.doc_id != item.doc_id or a.section != item.section or (a.value, a.text) in taken:
                return None  # another document, section or item: the group has no total of its own
            if is_total(a):
                return a if a.amount > item.amount else None
        return None

    def stated_total(self, body: str, found: list[tuple[str, Input]], missing: list[str]) -> ExpertResult | None:
        """A sum with an item the files give no amount for: the total the file states for the
        list, when the search finds a total line in the document of the items found, larger than
        they are together (the file's own total of the list); else the items found and the ones
        not found, named, with no sum guessed."""
        if not found:
            return None  # nothing of it found: the needle expert may still quote a line
        if self.search is not None:
            docs = {a.doc_id for _, a in found}
            least = sum((a.amount for _, a in found), Decimal(0))
            for p, line, value in self.search(f"total {body}", "money")[:3]:
                if p.doc_id not in docs or not re.search(r"\btotal\b", line, re.I):
                    continue
                picked = _value_in(line, value, {"total"}, pairs=_row_pairs(p, line))
                stated = _search_input(p, line, picked, "money") if picked is not None else None
                if stated is not None and stated.amount > least:
                    parts = ", ".join(f"{name} {money_text(a.amount)} {a.cite(self.sources)}" for name, a in found)
                    text = (f"{money_text(stated.amount)} in total, as the file states it {stated.cite(self.sources)} "
                            f"(of which {parts}; no amount of its own for {_and(missing)}).")
                    return self.result(text, "stated_total", f"stated total {money_text(stated.amount)}", stated,
                                       *(a for _, a in found))
        parts = ", ".join(f"{name} {money_text(a.amount)} {a.cite(self.sources)}" for name, a in found)
        text = f"I found {parts}, but no amount for {_and(missing)} in the files, so I can't give the total."
        return ExpertResult(text, "none", self.sources.citations, sorted({a.claim_id for _, a in found if a.claim_id}))

    def net(self) -> ExpertResult | None:
        """"The payout after the deductible", "the final payment after the deductible and the
        advance": the base figure less each deduction named after "after"."""
        m = re.search(r"\b(?:after|net of|less|minus)\b", self.question, re.I)
        head, tail = (self.question[: m.start()], self.question[m.end():]) if m else (self.question, "")
        turned = _DEDUCT_FROM.search(self.question) or _COMES_OFF.search(self.question)
        if turned:  # "subtract the deductible from the agreed figure", "the deductible comes off the estimate"
            head, tail = turned.group("base"), turned.group("off")
        given = self.given_money
        if given:
            return self.net_given(given, m.start() if m else len(self.question))
        deductions: list[tuple[str, Input]] = []
        for part in re.split(r",|\band\b", tail):
            named = re.search(r"\b(?:deductible|retention|excess)\b", part, re.I)
            if named:
                found = self.deductible(named.group(0))
                if found is not None:
                    deductions.append((named.group(0).lower(), found))
            elif _phrase_words(part):
                found_list = self.amount(part, exclude=("deductible",))
                if found_list:
                    deductions.append((" ".join(w for w in re.findall(r"[a-z]+", part.lower())
                                                if w not in ("the", "a", "an", "and")), found_list[0]))
        if not deductions:
            found = self.deductible()
            if found is None:
                return None
            deductions.append(("deductible", found))
        if not _phrase_words(head):  # "net of the retention, what do we owe on the response bills"
            head = re.sub(r"\b(?:after|net of|less|minus)\b|\b(?:the |a |an )?(?:deductible|retention|excess)\b", " ",
                          self.question, flags=re.I)
        only = deductions[0][1] if len(deductions) == 1 else None
        base = self.base_amount(head, exclude={d.value for _, d in deductions}, deduction=only)
        if base is None:
            return None
        values = [abs(d.amount) for _, d in deductions]
        if len(deductions) == 1 and deductions[0][0] in ("deductible", "retention", "excess"):
            result = net_of_deductible(base.amount, values[0])
        else:
            result = less(base.amount, values)
        first = f"{money_text(base.amount)} {base.cite(self.sources)}"
        shown = " ".join(f"- {money_text(v)} {name} {d.cite(self.sources)}" for v, (name, d) in zip(values, deductions))
        text = f"{result.text}: {first} {shown}."
        return self.result(text, "net_of_deductible", result.working, base, *(d for _, d in deductions))

    def net_given(self, given: list[Given], cut: int) -> ExpertResult | None:
        """A net amount with figures the question states ("$4,000 after a $500 deductible"): the
        amount before "after" is the gross, the one after it the deductible; the file gives the
        one the question leaves out. The deductible comes off the gross once, never off a figure
        the file already states net."""
        # "$4,000 after a $500 deductible", "once the $2,500 deductible comes off the estimate":
        # the amount the deductible's own word stands beside is the deduction, wherever it is
        named = [g for g in given if _DEDUCTION_NAMED.match(self.question[g.end:])
                 or _DEDUCTION_BEFORE.search(self.question[:g.start])]
        before = [g for g in given if g.start < cut and g not in named]
        after = named or [g for g in given if g.start >= cut]
        base = _question_input(str(before[0].value), self.question) if before else None
        deduction = _question_input(str(after[0].value), self.question) if after else None
        if deduction is None:
            if not re.search(r"\bdeductible\b", self.question[cut:], re.I):
                return None
            deduction = self.deductible()
        if base is None and deduction is not None:
            # the figure the deductible comes off, named by the question's other words
            turned = _DEDUCT_FROM.search(self.question) or _COMES_OFF.search(self.question)
            phrase = turned.group("base") if turned else self.question[:cut]
            phrase = _GIVEN_MONEY.sub(" ", _DEDUCTION_WORDS.sub(" ", phrase))
            base = self.base_amount(phrase, exclude={deduction.value, str(deduction.amount)})
        if base is None or deduction is None:
            return None
        result = net_of_deductible(base.amount, abs(deduction.amount))
        text = (f"{result.text}: {money_text(base.amount)} {base.cite(self.sources)} - "
                f"{money_text(abs(deduction.amount))} deductible {deduction.cite(self.sources)}.")
        return self.result(text, "net_of_deductible", result.working, base, deduction)

    def deductible(self, word: str = "deductible") -> Input | None:
        """The deductible that applies: the policy's as the file labels it (the first stated), else
        the amount the search finds for the word the question uses ("retention", "deductible"),
        read from its line as a deductible (a coverage row's deductible column, not its limit)."""
        deductibles = [a for a in self.amounts if a.label == "deductible"]
        if deductibles:
            return deductibles[0]
        if self.search is None:
            return None
        words = set(content_terms(word)) | set(content_terms("deductible"))
        for p, line, value in self.search(word, "money")[:3]:
            picked = _value_in(line, value, words, pairs=_row_pairs(p, line))
            if picked is not None and (found := _search_input(p, line, picked, "money")) is not None:
                return found
        return None

    def base_amount(self, phrase: str, *, exclude: set[str], deduction: Input | None = None) -> Input | None:
        """The amount a deductible comes off: the approved, agreed or settled figure, preferring
        the words of the question; never a figure that is already net, a limit or a reserve.
        Besides the labelled amounts, the lines the search finds for the phrase are candidates;
        a figure that, less the deduction, gives an amount the file states (the file shows the
        arithmetic: "Net loss $195,003.60 ... Less: deductible $10,000.00 ... $185,003.60") is
        the gross the file itself took it from."""
        words = _phrase_words(phrase)
        candidates: list[tuple[float, Input]] = []
        for a in self.amounts:
            line = terms(a.text)
            if a.value in exclude or a.amount <= 0:
                continue
            score = 2.0 * len(words & (line | _label_words(a)))
            score += 3 * bool(line & {"approv", "settlement", "agre", "gross"}) + 1 * ("total" in a.text.lower())
            score -= 6 * bool(line & {"net", "less", "final", "paid", "deductible", "reserve", "limit", "premium",
                                      "subtotal", "balance"})
            candidates.append((score, a))
        stated = {a.amount for a in self.amounts}
        if words and self.search is not None:
            for rank, (p, text, value) in enumerate(self.search(phrase, "money")[:3]):
                stated |= {v for m in _AMOUNT_IN_LINE.finditer(text) if (v := parse_money(m.group(0))) is not None}
                if _ALREADY_NET.search(text):
                    continue  # "ACV less deductible $32,698.25": the deductible is off already
                picked = _value_in(text, value, words, exclude, pairs=_row_pairs(p, text))
                found = _search_input(p, text, picked, "money") if picked is not None else None
                if found is not None and found.value not in exclude and found.amount > 0:
                    candidates.append((2.0 * len(words & terms(text)) + 2.0 - rank, found))
        plural = _PLURAL_END.search(phrase)
        if words and self.search is not None and plural:
            # "what we owe on the invoices": their total as the file states it, not one of them
            hits = self.search(f"total {plural.group(0).strip()}", "money")[:3]
            for p, text, value in hits:
                if _TOTAL.search(text) and not _ALREADY_NET.search(text):
                    picked = _value_in(text, value, words | {"total"}, exclude, pairs=_row_pairs(p, text))
                    found = _search_input(p, text, picked, "money") if picked is not None else None
                    if found is not None and found.value not in exclude and found.amount > 0:
                        candidates.append((8.0, found))
                        break
            else:  # the total line of the document the lines listed stand in ("Total billed to date: ...")
                docs = {p.doc_id for p, _, _ in hits}
                totals = [a for a in self.amounts if a.doc_id in docs and a.amount > 0 and _TOTAL.search(a.text)
                          and not _TABLE_ROW.search(a.text) and not _ALREADY_NET.search(a.text)
                          and a.value not in exclude and not _section_kinds(a)]
                if len({a.value for a in totals}) == 1:
                    candidates.append((8.0, totals[0]))
        if deduction is not None:
            off = abs(deduction.amount)
            candidates = [(score + 8 * (a.amount - off in stated), a) for score, a in candidates]
        best = max(candidates, key=lambda c: c[0], default=None)
        return best[1] if best and best[0] > 0 else None

    def remaining(self) -> ExpertResult | None:
        """What is left of a limit the search finds ("the Coverage D limit", "the rental
        sublimit"), less the payments a ledger or a list books to that coverage: the lines with an
        amount around the best hit for the payments that name the coverage as the limit's line does
        (its words, or its letter: "Coverage D" is "Cov D" and "D - ALE"). As many as the question
        counts, when it counts them; None when none is found (no guess)."""
        if self.search is None:
            return None
        m = _LIMIT_WORD.search(self.question)
        if m is None:
            return None
        head = re.sub(r"^.*?\b(?:of|on|under|in)\s+(?=(?:the|our|my|its|their)\b)", "", self.question[: m.end()],
                      flags=re.I)
        limit = self.limit(head)
        if limit is None or limit.passage is None and not limit.text:
            return None
        letter = re.search(r"\b(?:cov(?:erage)?|part)\.?\s+([A-F])\b", f"{head} {limit.text}", re.I)
        key = {t for t in _item_words(limit) if not t.isdigit()} - _LIMIT_KIND - _CALC_STEMS
        rest = self.question[m.end():]
        count = next((_NUMBER_WORDS[w.lower()] for w in re.findall(r"[a-z]+", rest, re.I)
                      if w.lower() in _NUMBER_WORDS and w.lower() not in ("a", "an")), None)
        query = f"{' '.join(sorted(key))} payments" if not letter else f"coverage {letter.group(1)} payments"

        def books(line: str) -> bool:
            if letter:
                return bool(re.search(rf"\b(?:cov(?:erage)?\.?\s+)?{letter.group(1)}\s*(?:-|\u2013|:)\s", line)
                            or re.search(rf"\bcov(?:erage)?\.?\s+{letter.group(1)}\b", line, re.I))
            return _shared(key, terms(line)) > 0

        for p, line, _ in self.search(query, "money")[:3]:
            lines = p.text.splitlines()
            at = next((i for i, raw in enumerate(lines) if raw.strip() == line.strip()), None)
            if at is None:
                continue
            start, end = at, at
            while start > 0 and _AMOUNT_IN_LINE.search(lines[start - 1]):
                start -= 1
            while end + 1 < len(lines) and _AMOUNT_IN_LINE.search(lines[end + 1]):
                end += 1
            rows = [raw.strip() for raw in lines[start:end + 1]
                    if books(raw) and not _TOTAL.search(raw) and raw.strip() != limit.text.strip()
                    and not _names_limit(p, raw)]
            paid = [i for row in rows if (v := _value_in(row, "", set(), pairs=_row_pairs(p, row)))
                    and (i := _search_input(p, row, v, "money")) is not None]
            if paid and (count is None or len(paid) == count):
                result = remaining_limit(limit.amount, [i.amount for i in paid])
                shown = " - ".join(f"{money_text(i.amount)} {i.cite(self.sources)}" for i in paid)
                text = (f"{result.text} remaining: {money_text(limit.amount)} limit {limit.cite(self.sources)} - "
                        f"{shown} paid.")
                return self.result(text, "remaining_limit", result.working, limit, *paid)
        return None

    def change(self) -> ExpertResult | None:
        """By how much a figure changed: the line the phrase names (on the date the question gives,
        "on 08/05", "at the 2/12 review", when it gives one) that states it before and after (a
        history row's ``Previous``/``New``, "billed $12,960.00: approved $12,240.00", "from $X to
        $Y"): the difference of its two figures. None when no such line is found."""
        m = _CHANGE.search(self.question)
        if self.search is None or m is None:
            return None
        phrase = f"{m.group('who')} {m.group('rest')}"
        when = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", phrase)
        phrase_plain = re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", phrase)
        words = _phrase_words(phrase_plain)
        month = re.search(r"\bin (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", phrase, re.I)

        def on_the_day(text: str) -> bool:
            if when:
                return _same_day(text, int(when.group(1)), int(when.group(2)))
            if month:
                return any(f"{d:%b}".lower() == month.group(1).lower() for d, _ in find_dates(text))
            return True

        for p, line, _ in self.search(phrase_plain, "money")[:5]:
            pairs = _row_pairs(p, line)
            if pairs:  # a history row: the one of the day asked, else the latest change of the item
                row = next((u for u in _passage_rows(p) if u.excerpt == line.strip()), None)
                key = {c.strip().lower() for _, c in pairs if not _money_cell(c) and not find_dates(c)
                       and _shared(words, terms(c))}
                same = [u for u in _passage_rows(p) if row is not None and u.label == row.label
                        and {c.strip().lower() for _, c in u.pairs} & key]
                if when or month:
                    same = [u for u in same if on_the_day(u.excerpt)]
                    if not same:
                        continue
                    line, pairs = same[0].excerpt, same[0].pairs
                elif key:
                    line, pairs = _history_row(p, line, pairs, words, latest=True)
            elif not on_the_day(line):
                continue
            if not _shared(words, terms(line)):
                continue
            if pairs:
                values = [v for h, c in pairs if (v := _money_cell(c))]
            else:  # the sentence of the line that names it and states two figures
                sentences = [c for c in re.split(r"(?<=[.;!?])\s+", line) if len(_AMOUNT_IN_LINE.findall(c)) == 2]
                said = max(sentences, key=lambda c: _shared(words, terms(c)), default="")
                values = [x.group(0) for x in _AMOUNT_IN_LINE.finditer(said) if not _RATE_AFTER.match(said[x.end():])]
            if len(values) != 2:
                continue
            inputs = [i for v in values if (i := _search_input(p, line, v, "money")) is not None]
            if len(inputs) != 2 or inputs[0].amount == inputs[1].amount:
                continue
            high, low = sorted(inputs, key=lambda i: -i.amount)
            result = difference(high.amount, low.amount)
            text = (f"{result.text}: from {money_text(inputs[0].amount)} to {money_text(inputs[1].amount)} "
                    f"{inputs[0].cite(self.sources)}.")
            return self.result(text, "difference", result.working, high, low)
        return None

    def difference(self) -> ExpertResult | None:
        q = self.question
        m = (re.search(r"\b(?:difference|gap|spread) between (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", q, re.I)
             or re.search(r"\bhow far apart (?:are|were) (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", q, re.I)
             or re.search(r"\b(?:more|less|higher|lower|greater|smaller) (?:was|is|were|did)? ?(?P<a>.+?) than "
                          r"(?P<b>.+?)(?:\?|$)", q, re.I)
             or re.search(r"\bhow (?:much|far) (?:over|under|more than|less than|above|below) (?P<b>.+?) "
                          r"(?:was|is|were|are|did) (?P<a>.+?)(?:\?|$)", q, re.I)
             or re.search(r"\bby how much (?:did|does|do|would|will|is|was) (?P<a>.+?) "
                          r"(?:come down|go up|drop|fall|rise|increase|decrease|"
                          r"exceed|differ|change)\w* (?:from|than|over)? ?(?P<b>.+?)(?:\?|$)", q, re.I))
        if not m:
            return None
        def named(phrase: str) -> list[Input]:  # a limit is found as limits are ("the per-occurrence limit")
            if _LIMIT_WORD.search(phrase):
                limit = self.limit(phrase)
                return [limit] if limit is not None else []
            return self.amount(phrase)

        a, b = named(m.group("a")), named(m.group("b"))
        if bool(a) != bool(b):  # one figure found: say which, and which one is not
            known, missing = (a[0], m.group("b")) if a else (b[0], m.group("a"))
            text = (f"I found {money_text(known.amount)} {known.cite(self.sources)} but no amount for "
                    f"{_item_name(missing)} in the files, so I can't compare them.")
            return ExpertResult(text, "none", self.sources.citations, [known.claim_id] if known.claim_id else [])
        if not a or not b or a[0] == b[0]:
            return None
        high, low = sorted((a[0], b[0]), key=lambda i: -i.amount)
        result = difference(high.amount, low.amount)
        text = (f"{result.text}: {money_text(high.amount)} {high.cite(self.sources)} - "
                f"{money_text(low.amount)} {low.cite(self.sources)}.")
        return self.result(text, "difference", result.working, high, low)

    def share(self) -> ExpertResult | None:
        """"What percentage of the estimate has been paid?": one figure as a share of another,
        both found like any amount; a figure not found is named."""
        phrases = _share_phrases(self.question)
        if phrases is None:
            return None
        part, whole = phrases
        a = self.amount(part)
        if _LIMIT_WORD.search(whole):  # "what percentage of the building limit is the estimate"
            limit = self.limit(whole)
            if a and limit is not None and limit.amount > 0:
                check = check_limit(a[0].amount, limit.amount)
                verdict = "within the limit" if check.within else f"over the limit by {money_text(check.over_by)}"
                text = (f"{check.share}%: {money_text(a[0].amount)} {a[0].cite(self.sources)} of the "
                        f"{money_text(limit.amount)} limit {limit.cite(self.sources)} ({verdict}).")
                return self.result(text, "check_limit", check.working, a[0], limit)
            b = [limit] if limit is not None else []
        else:
            b = self.amount(whole)
        if a and b and (a[0].value, a[0].text) != (b[0].value, b[0].text) and b[0].amount != 0:
            result = share_of(a[0].amount, b[0].amount)
            text = (f"{result.text}: {money_text(a[0].amount)} {a[0].cite(self.sources)} of "
                    f"{money_text(b[0].amount)} {b[0].cite(self.sources)}.")
            return self.result(text, "share_of", result.working, a[0], b[0])
        known = a or b
        if not known:
            return None
        name, other = (_item_name(part), _item_name(whole)) if a else (_item_name(whole), _item_name(part))
        text = (f"I found {name} {money_text(known[0].amount)} {known[0].cite(self.sources)} but no amount for "
                f"{other} in the files, so I can't give the share.")
        return ExpertResult(text, "none", self.sources.citations, [known[0].claim_id] if known[0].claim_id else [])

    def what_if(self) -> ExpertResult | None:
        """"What would the settlement have been if the laptops had not been recovered?": the
        figure plus the amount taken off for the thing that did not happen."""
        m = _WHAT_IF.search(self.question)
        assert m is not None
        base = self.amount(m.group("base"))
        item = self.amount(f"{m.group('item')} {m.group('verb')}")
        if not base or not item or base[0] == item[0]:
            return None
        added = abs(item[0].amount)
        result = sum_amounts([base[0].amount, added])
        text = (f"{result.text}: {money_text(base[0].amount)} {base[0].cite(self.sources)} + "
                f"{money_text(added)} {item[0].cite(self.sources)}.")
        return self.result(text, "sum_amounts", result.working, base[0], item[0])


# -- inputs ---------------------------------------------------------------------------------

_DEDUCTION_NAMED = re.compile(r"\s*(?:self-insured\s+)?(?:deductible|retention|excess|ded|SIR)\b", re.I)
_DEDUCTION_BEFORE = re.compile(r"\b(?:deductible|retention|excess|SIR)\s+(?:of\s+|is\s+|at\s+)?$", re.I)
_DEDUCT_FROM = re.compile(r"\b(?:subtract\w*|deduct(?!ible)\w*|tak(?:e|ing) off|remov\w+)\s+(?P<off>.+?)\s+"
                          r"(?:from|off)\s+(?P<base>.+?)(?:\?|$)", re.I)
_COMES_OFF = re.compile(r"(?P<off>\b(?:the\s+|a\s+|an\s+)?(?:\$[\d,.]+k?\s+)?(?:deductible|retention|excess|SIR)\b)\s+"
                        r"(?:comes?|is taken|was taken|gets taken|is subtracted|is deducted)\s+off\s+(?:of\s+)?"
                        r"(?P<base>.+?)(?:\?|$)", re.I)
_DEDUCTION_WORDS = re.compile(r"\b(?:deductible|retention|excess|SIR|subtract\w*|deduct\w*|comes? off|taken off|"
                              r"payable|once|owe|what's|what is)\b", re.I)
_TRAILING_CLAIM = re.compile(r"\s+(?:on|for|in|under|to|from)(?:\s+(?:the\s+|this\s+|that\s+)?[\w'/ -]+)?\W*$")
"""The words after an item that pick the claim ("the medical bills *for Pruitt*")."""
_PLURAL_END = re.compile(r"\b(?:invoices|bills|payments|charges|costs|expenses|specials|fees|items|amounts)\W*$",
                         re.I)
"""A base named as a list of lines ("the invoices"): their total, not one of them."""
_ALREADY_NET = re.compile(r"\b(?:less|net of|after|minus)\s+(?:the\s+|a\s+)?(?:\$[\d,.]+\s+)?(?:\w+\s+)?"
                          r"(?:deductible|retention|ded)\b", re.I)
"""A line whose amount has the deductible taken off already: it is no gross to take it off again."""
_ORDINAL = re.compile(r"\b(?:(?P<first>first|earliest|initial)|last|latest|final|most recent)\b", re.I)

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

    units = candidate_units([_unwrapped(p) for p in passages], {k: _unwrapped(c) for k, c in contexts.items()})
    selector_kind = "amount" if kind == "money" else "date"
    if kind == "date":
        units = _dated_relatively(units)
    units = [u for u in units if find_values(selector_kind, u.text)]
    if not units:
        return []
    rules = rule_view(phrase, passages, contexts=contexts)  # the selector's model was fitted with the rules' view
    scored = select(phrase, units, embed, kind=selector_kind, rules=rules).scored
    order = _ORDINAL.search(phrase)
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
    words = _phrase_words(phrase)
    for s in scored:
        if s.probability < INPUT_THRESHOLD or not s.value:
            continue
        if kind == "date" and not find_dates(s.value):
            continue  # "March 5" with no year: no day count from it
        value = s.value
        if kind == "date" and s.unit.text != s.unit.excerpt and not find_dates(s.unit.excerpt):
            value = _value_by_clause(s.unit.text, value, words)  # a sentence dated relatively, event by event
        out.append((s.unit.passage, s.unit.excerpt, value))
    if not out and kind == "date":
        out = _dated_clauses(phrase, [s.unit for s in scored])
    return out


def _dated_clauses(phrase: str, units: Sequence[Unit]) -> list[tuple[Passage, str, str]]:
    """The units whose clause before a date holds every word of the phrase, in any of their
    forms ("inspected the plant on March 11, 2025" for "the inspection"), in the selector's order:
    when the selector scores no unit high enough for a short phrase, its words still say which
    event a sentence dates. Nothing when no clause holds them all."""
    words = _phrase_words(phrase)
    if not words:
        return []
    found: list[tuple[int, int, tuple[Passage, str, str]]] = []
    for order, u in enumerate(units):
        spans = _date_spans(u.excerpt)
        if spans and _stamped(u.excerpt):  # a log line's date stamp dates the entry after it
            ends = [s for s, _, _ in spans[1:]] + [len(u.excerpt)]
            clauses = [(u.excerpt[spans[0][1]:ends[0]], spans[0][2])]
        else:
            clauses, prev = [], 0
            for start, end, written in spans:
                clauses.append((_SENTENCE_END.split(u.excerpt[prev:start])[-1], written))
                prev = end
        for clause, written in clauses:
            held = _shared(words, terms(clause))
            if 2 * held >= len(words) and held:
                found.append((-held, order, (u.passage, u.excerpt, written)))
                break
    best = min((h for h, _, _ in found), default=0)
    if best and -best < len(words) and len([f for f in found if f[0] == best]) > 1:
        return []  # a partial match is taken only when one line alone makes it
    return [hit for _, _, hit in sorted(found, key=lambda f: (f[0], f[1]))]


_WRAPPED = re.compile(r"(?<=[^\s.!?:;|])[ \t]*\n[ \t]*(?=[a-z])|"
                      r"\b(?:on|of|dated|since|from|until|through|to|by|and|at|in|was|were)[ \t]*\n[ \t]*"
                      r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{1,2}/\d{1,2}/\d)")
"""A line break inside a sentence of hard-wrapped text ("... inspected the plant on\nMarch 11,
2025, when ..."): the next line goes on in lower case or with the date the line left open."""


def _unwrapped(passage: Passage) -> Passage:
    """The passage with the sentences of hard-wrapped prose joined (the line breaks a text file or
    a PDF puts at its width), so a sentence and the date it states are one unit; table rows, list
    items and ``Label: value`` lines keep their own lines."""
    lines = passage.text.split("\n")
    joined = [lines[0]] if lines else []
    for line in lines[1:]:
        prev = joined[-1]
        if (len(prev) >= 40 and not re.search(r"\||\S {2,}\S|\t", f"{prev}\n{line}")
                and _WRAPPED.search(f"{prev}\n{line}")
                and not re.match(r"\s*(?:[-*\u2022#]|\d+[.)]\s)", line)):
            joined[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            joined.append(line)
    text = "\n".join(joined)
    return passage if text == passage.text else replace(passage, text=text)


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30}
_RELATIVE = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>day|week)s?\s+(?:later|afterwards?)\b|"
    r"\b(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"\b(?:on|by)\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\b", re.I)
"""A date told relative to the one before it: "two weeks later", "the next morning", "on the 14th"."""


def _dated_relatively(units: Sequence[Unit]) -> list[Unit]:
    """The units, those that date their event only relative to the date told before them in their
    passage ("Two weeks later the adjuster re-inspected", "She called the agent the next morning",
    "the roofer came out on the 14th") with that date worked out and written after their text, so the
    selector reads them like any dated unit (their excerpt, what is cited, stays the file's own)."""
    out: list[Unit] = []
    last: dict[str, date] = {}
    for u in units:
        anchor = last.get(u.passage.node_id)
        if find_dates(u.text) or anchor is None or not _RELATIVE.search(u.text):
            if (dates := find_dates(u.text)):
                last[u.passage.node_id] = dates[-1][0]
            out.append(u)
            continue
        text, at = "", 0
        for m in _RELATIVE.finditer(u.text):  # each told after the one before it: "on the 19th ... two weeks later"
            resolved = _resolve_relative(m, anchor)
            if resolved is None:
                continue
            text += f"{u.text[at:m.end()]} ({long_date(resolved)})"
            at, anchor = m.end(), resolved
        last[u.passage.node_id] = anchor
        out.append(replace(u, text=text + u.text[at:]) if text else u)
    return out


def _resolve_relative(m: re.Match[str], anchor: date) -> date | None:
    if m.group("n"):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        return anchor + timedelta(days=count * (7 if m.group("unit").lower() == "week" else 1))
    if m.group("next"):
        return anchor + timedelta(days=1)
    day = int(m.group("dom"))
    try:
        if day >= anchor.day:
            return anchor.replace(day=day)
        year, month = (anchor.year + 1, 1) if anchor.month == 12 else (anchor.year, anchor.month + 1)
        return date(year, month, day)
    except ValueError:
        return None


_DOCUMENT_KINDS = frozenset(t for w in "report letter memo memorandum".split() for t in content_terms(w))
"""Nouns that name a document by its kind: "the OFE report" is dated by the report's own date."""
_DOCUMENT_DATE = re.compile(r"^\W*(?:(?:report|letter|memo|memorandum|issue)\s+)?(?:date[d]?|issued)\s*[:|]?\s*"
                            r"(?=\d|[A-Z][a-z]{2,8}\.? \d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))", re.I)
"""A document's own date line: "Report date April 9, 2024", "Date: July 12, 2024", "Dated 3/4/2025"."""
_DATE_ALONE = re.compile(r"^\W*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
                         r"\d{1,2}/\d{1,2}/\d{4})\W*$", re.I)
"""A line that is a date alone: a letter's or a report's own date, at its top."""
_DOCUMENT_NOUN = re.compile(r"\b(?:report|letter|memo|memorandum)s?\b(?!\s+(?:it|that|this|the|to|on|by)\b)", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*$", re.I)


def _range_end(event: Input | None, *, end: bool) -> Input | None:
    """An event dated by a range ("04/09/2024 - 05/08/2024: modified duty") stands for its start
    when it opens a duration and for its end when it closes one."""
    if event is None or not event.text:
        return event
    dates = find_dates(event.text)
    for (d1, t1), (d2, t2) in zip(dates, dates[1:]):
        between = event.text[event.text.find(t1) + len(t1): event.text.find(t2, event.text.find(t1) + len(t1))]
        if _RANGE_JOIN.match(between) and d1 < d2:
            value = (d2 if end else d1).isoformat()
            if value != event.value:
                return Input(value, event.text, event.label, event.clause, event.doc_id, event.claim_id, event.cite,
                             event.doc_words, event.section)
            return event
    return event


def _item_name(phrase: str) -> str:
    """An item of a question as the answer names it: "the DFIR" -> "the DFIR"; "legal" -> "legal"."""
    name = re.sub(r"\s+(?:on|for|in|of|at|to|from|under)\s*$", "", " ".join(phrase.split()).strip(" ,.?"), flags=re.I)
    return name or phrase


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _fact_input(doc: DocumentInfo, fact: FactLine) -> Input:
    return Input(
        value=fact.value,
        text=fact.text,
        label=fact.label,
        clause=frozenset(_clause_terms(fact.text, fact.value)),
        doc_id=doc.doc_id,
        claim_id=doc.claim_id,
        cite=lambda sources, d=doc, f=fact: sources.cite_line(d, f),  # type: ignore[misc]
        doc_words=frozenset(terms(re.sub(r"[-_.]", " ", doc.name))),
        section=fact.section,
    )


_AMOUNT_IN_LINE = re.compile(r"(?:\$|\bUS\$|\bUSD)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?[kK]\b)?|"
                             r"(?<![\w$.,/:-])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d%])")
"""An amount as a line writes it: "$1,250.00", "USD 480,000", or a figure with thousands and cents
("18,500.00" in a table whose currency its header or the file states once)."""
_UNITS = r"(?:day|night|week|wk|month|mo|year|yr|hour|hr|mile|mi|visit|unit|person|item|sf|sq\.? ?ft)s?"
_RATE_AFTER = re.compile(
    rf"^(?:\s?/\s?{_UNITS}\b|\s*(?:per\b|an?\s+{_UNITS}\b|each\b|daily\b|weekly\b|monthly\b|hourly\b))", re.I)
"""After an amount: it is a rate ("$45.00 per day", "$80.00/day"), not an amount paid or owed."""
_UNIT_PRICE_BEFORE = re.compile(r"(?:\d\s*[x\u00d7*@]|\bx|@)\s*$", re.I)
_KIND_WORDS = {
    "reserve": ("reserve", "reserves", "rsv"),
    "limit": ("limit", "limits", "sublimit", "aggregate", "agg"),
    "deductible": ("deductible", "retention", "ded", "excess"),
    "premium": ("premium",),
}
"""Words that make an amount a kind of its own: a reserve, a limit, a deductible, a premium."""


def _value_in(line: str, value: str, words: set[str], taken: Set[str] = frozenset(),
              weak: Set[str] = frozenset(), pairs: Sequence[tuple[str, str]] = (),
              line_kinds: Set[str] = frozenset()) -> str | None:
    """Of the amounts of ``line``, the one a phrase's words name: the amounts that are no rate
    ("$45.00 per day", "$80.00/day"), no unit price ("14 days x $45.00") and of no kind the phrase
    does not ask for (the words right before it say "reserve", "limit", "deductible") and not
    ``taken`` by another item of the same calculation (decimal strings); of those,
    the one whose words (between the amount before it and it) the phrase holds most (``weak``
    words, a list's head noun shared by all its items, count half), else the
    search's own ``value`` if it is one of them, else the last (a line's running total: "storage
    at $45.00 per day for 14 days, or $630.00"). ``None`` when the line holds no such amount.
    A table row (``pairs``: its ``(column, cell)`` pairs) is read by its columns: see
    :func:`_amounts_in_row`."""
    if not _AMOUNT_IN_LINE.search(line):
        return value
    kept = _amounts_in(line, words, taken, weak, pairs, line_kinds)
    if not kept:
        return None
    best = max(score for score, _ in kept)
    tied = [v for score, v in kept if score == best]
    if len(tied) == 1:
        return tied[0]
    own = next((v for v in tied if parse_money(v) == parse_money(value)), None)
    return own or tied[-1]


_TABLE_ROW = re.compile(r"\|[^|\n]*\|[^|\n]*\|")
"""A line that is a table row: which of its amounts is which, only its columns' headers say, and
the search reads them (:func:`_row_pairs`); a row located at ingest has lost them."""
_FORMER = re.compile(r"^\s*(?:to|->|\u2192|=>)\s*\$", re.I)
"""After an amount: another follows it as what it became ("increased from $12,000 *to $31,000*",
"$8,500 -> $22,750"): the first is a former value, never the one in force."""
_OLDER_COLUMN = re.compile(r"\b(?:previous|prior|old|original|was|from|before|initial)\b", re.I)
"""A column of a history table that holds what a value was (``Previous | New``, ``From | To``)."""


def _kind_words(kind: str) -> set[str]:
    return {t for n in _KIND_WORDS[kind] for t in content_terms(n)}


def _asked_kinds(words: Set[str]) -> set[str]:
    return {kind for kind in _KIND_WORDS if words & _kind_words(kind)}


def _amounts_in(line: str, words: Set[str], taken: Set[str] = frozenset(),
                weak: Set[str] = frozenset(), pairs: Sequence[tuple[str, str]] = (),
                line_kinds: Set[str] = frozenset()) -> list[tuple[float, str]]:
    """The amounts of ``line`` that may be what a phrase names (see :func:`_value_in`), each with
    how many of the phrase's words stand right before it. ``line_kinds``: the kinds the line's
    label names for all its amounts ("Limits: $1,000,000 agg | BI $500,000"), unless an amount's
    own words name another."""
    if len(pairs) > 1:
        return _amounts_in_row(pairs, words, taken, weak)
    asked = _asked_kinds(set(words))
    kept: list[tuple[float, str]] = []
    start = 0
    for m in _AMOUNT_IN_LINE.finditer(line):
        before, after = line[start:m.start()], line[m.end():]
        start = m.end()
        if _RATE_AFTER.match(after) or _UNIT_PRICE_BEFORE.search(line[:m.start()]) or _FORMER.match(after):
            continue
        if taken and parse_money(m.group(0)) in {Decimal(t) for t in taken}:
            continue  # another item of the same sum already stands for it
        clause_after = re.split(r"[.;|,(]\s|[;|(]", after)[0]  # "$80,449.10. Retention ...": another clause
        near = set(terms(" ".join([*before.split()[-4:], *clause_after.split()[:2]])))
        own = {kind for kind in _KIND_WORDS if near & _kind_words(kind)}
        if own - asked or (not own and line_kinds - asked):
            continue
        held = terms(before)
        kept.append((_shared(words, held) + 0.5 * _shared(weak, held), m.group(0)))
    return kept


def _amounts_in_row(pairs: Sequence[tuple[str, str]], words: Set[str], taken: Set[str] = frozenset(),
                    weak: Set[str] = frozenset()) -> list[tuple[float, str]]:
    """The amounts of a table row, read by their columns: every cell's amount is named by the
    row's own words (its cells that hold no amount: "Medical", "Breach counsel") and by its column
    header, which counts double ("Paid" of "| Estimate | Paid |"); a column of a kind the phrase
    does not ask for ("Sublimit", "Retention", "Reserve") is no reading of it, nor a column of what
    a value was ("Previous" beside "New") while the row holds another amount."""
    asked = _asked_kinds(set(words))
    row_terms: set[str] = set()
    cells: list[tuple[str, str]] = []
    for header, cell in pairs:
        m = _AMOUNT_IN_LINE.search(cell)
        if m is None:
            row_terms |= terms(cell)
        elif not _RATE_AFTER.match(cell[m.end():]) and not _UNIT_PRICE_BEFORE.search(cell[:m.start()]):
            cells.append((header, m.group(0)))
    taken_values = {Decimal(t) for t in taken}
    kept: list[tuple[float, str]] = []
    for header, value in cells:
        head = set(terms(header))
        if any(head & _kind_words(kind) for kind in _KIND_WORDS if kind not in asked):
            continue
        if len(cells) > 1 and _OLDER_COLUMN.search(header):
            continue
        if taken_values and parse_money(value) in taken_values:
            continue
        score = 2 * _shared(words, head) + _shared(words, row_terms) + 0.5 * _shared(weak, head | row_terms)
        kept.append((score, value))
    return kept


def _expanded(words: Set[str]) -> set[str]:
    """Terms with their short forms, so that a file's "ortho" meets a question's "orthopedic":
    each term's first five letters."""
    return set(words) | {w[:5] for w in words if len(w) > 5 and w.isalpha()}


def _shared(words: Set[str], other: Set[str]) -> int:
    """How many of ``words`` ``other`` holds, a clipped word standing for the word it begins
    ("med" for "medical", "ortho" for "orthopedic", either way round; three letters at least)."""
    full = _expanded(other)
    return sum(1 for w in words if w in full or (len(w) >= 3 and w.isalpha() and any(
        o.startswith(w) or (len(o) >= 3 and w.startswith(o)) for o in other if o.isalpha())))


def _shorthand(phrase: str) -> str:
    """The phrase in the chat shorthand the question was read from ("emergency room" -> "ER"):
    claim files write the short forms too ("ER $1,306.00 / ortho $6,915.40")."""
    from rag.router import SHORTHAND_FORMS

    for full, short in SHORTHAND_FORMS:
        phrase = re.sub(rf"\b{re.escape(full)}\b", short, phrase, flags=re.I)
    return phrase


@lru_cache(maxsize=256)
def _passage_rows(passage: Passage) -> tuple[Unit, ...]:
    """The table rows of a passage as the fact selector reads them (``Column: value`` pairs)."""
    from rag.selection import candidate_units

    return tuple(u for u in candidate_units([passage]) if len(u.pairs) > 1)


_IN_FORCE = re.compile(r"\b(?:now|current(?:ly)?|latest|most recent|as (?:it|they) stands?|to ?day|presently|"
                       r"revised|updated|outstanding|after the (?:last|latest) change)\b", re.I)
_FIRST_SET = re.compile(r"\b(?:initial(?:ly)?|original(?:ly)?|first set|at first|opening)\b", re.I)


_CHANGED_TO = re.compile(r"\b(?:now|currently|current|revised|updated|increased|raised|reduced|lowered|moved|"
                         r"adjusted|changed|bumped|dropped|incr|decr)\b", re.I)
"""Words of a line that tells a figure's change to what it is now ("bodily injury is now
$140,000.00", "Rsv incr to $310,000"): the figure in force, over one first set."""


def _clause_of(line: str, amount: Decimal) -> str:
    """The clause of ``line`` that states ``amount`` (up to the amount, from the previous one)."""
    start = 0
    for m in _AMOUNT_IN_LINE.finditer(line):
        if parse_money(m.group(0)) == amount:
            clause = line[start:m.end()]
            return re.split(r"[.;]\s", clause)[-1]
        start = m.end()
    return line


_ITS_OWN = re.compile(r"\b(?:its|their|the applicable|that|the relevant|the corresponding|own)\b", re.I)
"""A limit named by the item it caps: "within *its* sublimit", "under *the applicable* limit"."""
_LIMIT_KIND = frozenset(t for w in ("limit", "limits", "sublimit", "aggregate", "cap", "maximum", "authority",
                                    "coverage")
                        for t in content_terms(w))


def _item_words(item: Input) -> set[str]:
    """The words that name what an amount is: a table row's cells without a figure ("Forensic
    investigation", the vendor), else the clause of the line before the amount."""
    if _TABLE_ROW.search(item.text):
        cells = [c for c in item.text.strip().strip("|").split("|")
                 if c.strip() and not _AMOUNT_IN_LINE.search(c) and not find_dates(c)]
        return {t for c in cells for t in terms(c) if not t.isdigit()}
    return {t for t in terms(_clause_of(item.text, item.amount)) if not t.isdigit()} - _CALC_STEMS


def _names_limit(passage: Passage, line: str) -> bool:
    """The line states a limit: its words, its table's column headers or its section say so."""
    pairs = _row_pairs(passage, line)
    said = terms(line) | {t for h, _ in pairs for t in terms(h)} | terms(passage.section or "")
    return bool(said & _LIMIT_KIND)


def _spelled_out(phrase: str, line: str) -> set[str]:
    """The terms of the words of ``line`` that a short capitalised word of ``phrase`` abbreviates
    by their initials ("BI": "bodily injury", "ALE": "additional living expense", "DFIR":
    "digital forensics and incident response", small words skipped)."""
    found: set[str] = set()
    tokens = re.findall(r"[A-Za-z][\w'-]*", line)
    for short in set(re.findall(r"\b[A-Z]{2,5}\b", phrase)):
        letters = short.lower()
        for i in range(len(tokens)):
            words: list[str] = []
            j = 0
            for token in tokens[i:]:
                if j == len(letters):
                    break
                if token.lower() in _SMALL and words:
                    continue
                if token[0].lower() != letters[j]:
                    break
                words.append(token)
                j += 1
            if j == len(letters) and len(words) == len(letters):
                found |= terms(" ".join(words))
                break
    return found


_SMALL = frozenset("and of the for to &".split())


_LINE_LABEL = re.compile(r"^\W*([A-Za-z][A-Za-z /&.-]{1,30}?)\s*:")


def _line_kinds(passage: Passage, line: str) -> set[str]:
    """The kinds of amount a line's label gives all its amounts ("Limits: $1,000,000 agg |
    extortion sublimit $250,000 | BI $500,000"), its own or, for a line that goes on from a
    labelled one (it opens with a separator, "| notification/PR $250,000 | retention ..."), the
    label of the line it continues."""
    def kinds(text: str) -> set[str]:
        m = _LINE_LABEL.match(text)
        label = set(terms(m.group(1))) if m else set()
        return {kind for kind in _KIND_WORDS if label & _kind_words(kind)}

    own = kinds(line)
    segments = [seg for seg in line.split("|") if _AMOUNT_IN_LINE.search(seg)]
    if not own and len(segments) > 1 and any(set(terms(seg)) & (_kind_words("limit") | _kind_words("deductible"))
                                             for seg in segments):
        own = {"limit"}  # a schedule of policy terms ("BI $500,000 | retention $25,000"): its bare figures are limits
    if own or not re.match(r"^\s*[|&+,]", line):
        return own
    lines = passage.text.splitlines()
    at = next((i for i, raw in enumerate(lines) if raw.strip() == line.strip()), None)
    while at is not None and at > 0:
        at -= 1
        above = lines[at]
        if not above.strip():
            return set()
        if not re.match(r"^\s*[|&+,]", above):
            return kinds(above)
    return set()


def _money_cell(cell: str) -> str | None:
    m = _AMOUNT_IN_LINE.search(cell)
    return m.group(0) if m and not _RATE_AFTER.match(cell[m.end():]) else None


def _same_day(line: str, month: int, day: int) -> bool:
    """The line states that day ("08/05" of "08/05/2025", "August 5, 2025")."""
    return any(d.month == month and d.day == day for d, _ in find_dates(line)) or bool(
        re.search(rf"(?<!\d){month:d}/{day:02d}|(?<!\d){month:02d}/{day:02d}|(?<!\d){month:d}/{day:d}(?!\d)", line))


def _history_row(passage: Passage, line: str, pairs: tuple[tuple[str, str], ...], words: Set[str], *,
                 latest: bool) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The row of a dated history table that holds a value as it stands (``latest``) or as it was
    first set: of the rows of ``line``'s table with a date, those of the same item (the cells
    without an amount or a date that the phrase names: "Medical" of "| 03/02 | Medical | ... |";
    every row when the item is a column, "Coverage C" of a wide reserve table), the latest or the
    earliest. ``line`` and its pairs as they are when the table keeps no such history."""
    row = next((u for u in _passage_rows(passage) if u.excerpt == line.strip()), None)
    if row is None:
        return line, pairs

    def keys(cells: Sequence[tuple[str, str]]) -> set[str]:
        return {c.strip().lower() for _, c in cells
                if not _AMOUNT_IN_LINE.search(c) and not find_dates(c) and _shared(set(words), terms(c))}

    key = keys(row.pairs)
    dated = [(dates[0][0], u) for u in _passage_rows(passage)
             if u.label == row.label and (dates := find_dates(u.excerpt)) and (not key or keys(u.pairs) & key)]
    if len(dated) < 2:
        return line, pairs
    _, pick = (max if latest else min)(dated, key=lambda d: d[0])
    return pick.excerpt, pick.pairs


def _by_rows(search: Search) -> Search:
    """``search`` whose hits are single table rows: a hit that runs several rows together
    ("| 01/14 | Indemnity | ... | | 03/02 | Medical | ... |") stands for the row the phrase names
    best (the first of equals), so its amount is read with that row's columns and cited alone."""

    def rows_search(phrase: str, kind: str) -> list[tuple[Passage, str, str]]:
        words = set(content_terms(phrase))
        out = []
        for p, line, value in search(phrase, kind):
            rows = [r.strip() for r in re.split(r"(?<=\|)\s+(?=\|)", line) if r.strip()]
            if len(rows) > 1:
                wanted = [r for r in rows if (value in r if kind == "date" else _AMOUNT_IN_LINE.search(r))] or rows
                line = max(wanted, key=lambda r: _shared(words, terms(r)))
                if kind == "date" and value not in line:
                    value = next((t for _, t in find_dates(line)), value)
                elif kind == "money" and value not in line:
                    value = m.group(0) if (m := _AMOUNT_IN_LINE.search(line)) else value
            elif kind == "date":
                line, value = _date_by_clause(p, line, value, words)
            out.append((p, line, value))
        return out

    return rows_search


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(]|\s*$)")


_OPEN_END = re.compile(r"\b(?:on|of|dated|since|from|until|through|to|by|and|at|in|was|were)\s*$", re.I)
"""A line that ends on a word the next line's date completes ("... inspected the plant on")."""


def _date_by_clause(passage: Passage, line: str, value: str, words: set[str]) -> tuple[str, str]:
    """Of a sentence that dates several events ("I was assigned the file on March 6, 2025 and
    inspected the plant on March 11, 2025"), the date whose clause (the words from the date
    before it) the phrase names most; the sentence is read to its end, past a line break that
    cut it ("... inspected the plant on\nMarch 11, 2025"), and then cited whole. A log line
    opening with its date stamp ("03/26/2026 - payment issued") is read as it is."""
    if not words or _stamped(line):
        return line, value
    flat = " ".join(passage.text.split())
    start = flat.find(" ".join(line.split()))
    if start < 0:
        return line, value
    end = start + len(" ".join(line.split()))
    if _OPEN_END.search(line):  # a sentence the line break cut: read on to its end
        stop = _SENTENCE_END.search(flat, end - 1)
        end = stop.end() if stop and stop.start() - end < 200 else end
    span = flat[start:end]
    text = _value_by_clause(span, value, words)
    if text == value:
        return line, value
    return (span if text not in line else line), text


def _value_by_clause(text: str, value: str, words: Set[str]) -> str:
    """Of the dates of ``text``, the one whose clause (the words from the date before it) the
    phrase names most; ``value`` when no other names it more."""
    scored = []
    prev = 0
    for at, stop_at, written in _date_spans(text):
        clause = _SENTENCE_END.split(text[prev:at])[-1]
        scored.append((_shared(set(words), terms(clause)), written))
        prev = stop_at
    if len(scored) < 2:
        return value
    best = max(score for score, _ in scored)
    current = next((score for score, written in scored if written == value), None)
    if best <= 0 or (current is not None and current >= best):
        return value
    return next(written for score, written in scored if score == best)


def _date_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, as written)`` of every full date of ``text``, in order."""
    spans, at = [], 0
    for _, written in find_dates(text):
        start = text.find(written, at)
        if start < 0:
            continue
        spans.append((start, start + len(written), written))
        at = start + len(written)
    return spans


def _stamped(text: str) -> bool:
    """A line opening with its date ("March 26, 2026 - First payment issued", "09/03/2024 08:02
    DH FNOL ..."): a log entry, dated by that stamp."""
    spans = _date_spans(text.lstrip(" -*|#\u2022"))
    return bool(spans) and spans[0][0] == 0


def _dated_elsewhere(text: str, iso: str, words: Set[str]) -> bool:
    """Whether a line dates another event than the phrase's with ``iso``: the words of the clause
    before that date (from the date before it) hold none of the phrase's, and a later clause of the
    line holds some ("I was assigned the file on *March 6, 2025* and inspected the plant on": not
    the inspection's date). A date stamp opening a log line dates what follows it."""
    if not words or _stamped(text):
        return False
    spans = _date_spans(text)
    prev, clauses = 0, []
    for start, end, written in spans:
        clauses.append((_SENTENCE_END.split(text[prev:start])[-1], written))
        prev = end
    mine = [i for i, (_, written) in enumerate(clauses) if find_dates(written)[0][0].isoformat() == iso]
    if not mine:
        return False
    i = mine[0]
    if _shared(set(words), terms(clauses[i][0])):
        return False
    later = [c for c, _ in clauses[i + 1:]] + [text[prev:]]
    return any(_shared(set(words), terms(c)) for c in later)


def _row_pairs(passage: Passage, line: str) -> tuple[tuple[str, str], ...]:
    """The ``(column, cell)`` pairs of ``line`` when it is a row of a table of ``passage`` (a row
    alone does not say which of its amounts is the "Sublimit" and which the "Billed"), else ()."""
    if line.count("|") < 2 and "  " not in line.strip():
        return ()
    row = next((u for u in _passage_rows(passage) if u.excerpt == line.strip()), None)
    return row.pairs if row is not None else ()


def _search_input(passage: Passage, line: str, value: str, kind: str) -> Input | None:
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


_CLAUSE = re.compile(r";\s+|\.\s+(?=[A-Z])|\s+-\s+(?=[A-Z])")


def _clause_terms(text: str, value: str) -> set[str]:
    """Terms of the clause of ``text`` that states ``value`` (an ISO date or a decimal), or of
    the whole line when the value cannot be placed. A timeline's date stamp ("March 26, 2026 -
    First payment issued") stands for the clause after it."""
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    if len(clauses) < 2:
        return terms(text)
    is_date = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
    for i, clause in enumerate(clauses):
        if is_date:
            holds = any(d.isoformat() == value for d, _ in find_dates(clause))
        else:
            holds = value in clause.replace(",", "")
        if holds:
            if _is_stamp(clause) and i + 1 < len(clauses):
                return terms(clauses[i + 1])
            return terms(clause)
    return terms(text)


def _is_stamp(clause: str) -> bool:
    """``03/26/2026`` or ``March 26, 2026`` alone: a timeline's date before its entry."""
    return bool(find_dates(clause)) and len(clause.split()) <= 4


def _label_words(i: Input) -> frozenset[str]:
    return _EVENT_WORDS.get(i.label, frozenset()) | frozenset(terms(i.label.replace("_", " ")))


_COST = frozenset(content_terms("cost"))
"""cost/amount/price/charge/fee/total: implied by asking for an amount, so not required in its line."""


def _matches(
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
    fields = [(i, _label_words(i), i.clause, i.doc_words) for i in inputs]
    weight = {
        w: math.log(1 + len(fields) / (1 + sum(1 for _, lab, cl, dw in fields if w in lab | cl | dw)))
        for w in words
    }
    scored: list[tuple[float, Input]] = []
    for i, label, clause, doc_words in fields:
        held = label | clause | doc_words
        if every_word and not (words - _COST or words) <= held:
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


def _distinct(inputs: list[Input]) -> list[Input]:
    seen: set[tuple[str, str]] = set()
    out: list[Input] = []
    for i in inputs:
        key = (i.doc_id, i.text)
        if key not in seen and (i.value, i.text) not in {(o.value, o.text) for o in out}:
            seen.add(key)
            out.append(i)
    return out


_BETWEEN = (
    # "how long was the truck out of service (DOL to back in service)": the two ends in parentheses
    re.compile(r"\((?:from )?(?P<a>[^()]+?) (?:to|until|till|through|->|-) (?P<b>[^()]+?)\)", re.I),
    re.compile(r"\bbetween (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", re.I),
    # "how many days was he on modified duty before the doctor took him off work": a state from its
    # start to the event that ended it
    re.compile(r"\b(?:days|long) (?:was|were|did|had) (?P<a>.+?) (?:before|until|till|prior to) (?P<b>.+?)(?:\?|$)",
               re.I),
    re.compile(r"\bfrom (?P<a>.+?) (?:to|until|till) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bafter (?P<a>.+?) (?:was|were|did|is|does|had) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bbefore (?P<b>.+?) (?:was|were|did|is|does|had) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"\bsince (?P<a>.+?) (?:was|were|did|is|does|had|until) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?:was|were|did|is) (?P<b>.+?) (?:after|following) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"^\W*(?P<a>.+?) (?:to|until|till|through) (?P<b>.+?) in days\b", re.I),  # "loss to returned in days"
    re.compile(r"\b(?:days|long) (?P<a>.+?) (?:to|until|till) (?P<b>.+?)(?:\?|$)", re.I),  # "days loss until back"
)


_SHARE = (
    re.compile(r"\bwhat (?:percent(?:age)?|share|portion|fraction|proportion|%) of (?P<whole>.+?) "
               r"(?:is|was|are|were|has|have|had|did|does|do)\s+(?:been\s+)?(?P<part>.+?)(?:\?|$)", re.I),
    re.compile(r"^\W*(?:is|was|are|were)?\s*(?P<part>.+?) (?:is|was|are|were|represents?|makes? up) "
               r"what (?:percent(?:age)?|share|portion|fraction|proportion|%) of (?P<whole>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?P<part>[^,]+?) as a (?:percent(?:age)?|share) of (?P<whole>.+?)(?:\?|$)", re.I),
)


def _share_phrases(question: str) -> tuple[str, str] | None:
    """``(part, whole)`` of "what percentage of the limit is the estimate", "the paid amount is what
    share of the reserve", "the payment as a percentage of the estimate"."""
    for pattern in _SHARE:
        m = pattern.search(question)
        if m and _phrase_words(m.group("part")) and _phrase_words(m.group("whole")):
            return m.group("part").strip(), m.group("whole").strip()
    return None


_CLAIM_TAIL = re.compile(r"\s+(?:on|for|in|of|under)\s+(?:the|this|that|our)?\s*[\w' -]*?"
                         r"\b(?:claim|file|loss|matter|case)\s*\W*$", re.I)
"""``... on the accord collision claim``: the words that picked the claim, not the event's."""


def _two_phrases(question: str) -> tuple[str, str] | None:
    for pattern in _BETWEEN:
        m = pattern.search(question)
        if m and _phrase_words(m.group("a")) and _phrase_words(m.group("b")):
            a, b = m.group("a").strip(" ,;:"), m.group("b").strip(" ,;:")
            b = _CLAIM_TAIL.sub("", b) if _phrase_words(_CLAIM_TAIL.sub("", b)) else b
            return a, b
    return None


_KIND_LABELS = {"reserve": "reserve", "limit": "limit", "deductible": "deductible", "premium": "premium"}
"""Amount labels that are a kind of amount of their own: a reserve, a limit, a deductible, a premium."""


def _other_compound(line: str, value: str, words: set[str]) -> bool:
    """The value is a compound of the amount asked ("*Counter-demand* of $24,000.00" for "the
    demand"): the word before the hyphen, not in the phrase, makes it another kind of amount."""
    clause = next((c for c in re.split(r"[;.]\s+", line) if value in c), line)
    return any(set(content_terms(second)) & words and not set(content_terms(first)) & words
               for first, second in re.findall(r"\b([A-Za-z]+)-([A-Za-z]+)\b", clause))


def _section_kinds(a: Input) -> set[str]:
    """The kinds of amount the section heading of an input's line names ("Policy sublimits",
    "Reserve history"): its amounts are limits, reserves."""
    if not a.section:
        return set()
    heading = set(terms(a.section))
    return {label for kind, label in _KIND_LABELS.items() if heading & _kind_words(kind)}


def _named_kinds(words: set[str]) -> set[str]:
    return {label for label, word in _KIND_LABELS.items() if set(content_terms(word)) & words}


def _phrase_words(phrase: str) -> set[str]:
    return {t for t in content_terms(phrase) if t not in _CALC_STEMS}


def _event_name(event: Input) -> str:
    """``the loss on `` for a labelled event; nothing for others (the cited line says what it is)."""
    if event.label in _EVENT_NAMES:
        return f"{_EVENT_NAMES[event.label]} on "
    return f"the {event.label.replace('_', ' ')} on " if event.label else ""
