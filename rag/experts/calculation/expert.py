"""Compute what the question asks from its operands with the deterministic tools
(:mod:`rag.tools`), and say it with every input cited and the calculation as its own source.
One method of :class:`_Calc` per kind of calculation that :func:`calculation_asked` names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence, Set
from datetime import date
from decimal import Decimal

from rag.experts.calculation.amounts import (
    ALREADY_NET,
    AMOUNT_IN_LINE,
    CHANGED_TO,
    KIND_LABELS,
    RATE_AFTER,
    TABLE_ROW,
    amounts_in,
    capped,
    clause_of,
    history_row,
    kind_words,
    kinds_named,
    kinds_of_line,
    money_cell,
    names_limit,
    other_compound,
    passage_rows,
    row_pairs,
    same_day,
    shorthand,
    spelled_out,
    value_in,
)
from rag.experts.calculation.dates import (
    DATE_ALONE,
    DOCUMENT_DATE,
    DOCUMENT_KINDS,
    DOCUMENT_NOUN,
    dated_elsewhere,
    label_score,
)
from rag.experts.calculation.inputs import (
    DATE_WORDS,
    END_WORDS,
    EVENT_SYNONYMS,
    EVENT_WORDS,
    LOSS_COMPOUND,
    LOSS_ITSELF,
    LOSS_TOLD,
    PAID,
    START_WORDS,
    TOTAL,
    Input,
    Search,
    by_rows,
    distinct,
    event_name,
    fact_input,
    label_words,
    matches,
    question_input,
    range_end,
    search_input,
)
from rag.experts.calculation.measures import (
    Unit,
    measure_asked,
    quantity_difference,
    quantity_for,
    quantity_sum,
    quantity_text,
    sum_items,
)
from rag.experts.calculation.moments import anchor_of, moment_day, moment_input, moments_in, writes_bare_clock
from rag.experts.calculation.one_unit import figures, history_pair
from rag.experts.calculation.question import (
    CALC_STEMS,
    CHANGE,
    CHECK_WORD,
    CLOCK_ASKED,
    COMES_OFF,
    COMPARE,
    COST,
    DAYS_ASKED,
    DEDUCT_FROM,
    DEDUCTION_BEFORE,
    DEDUCTION_NAMED,
    DEDUCTION_WORDS,
    ENDS_PLURAL,
    FIRST_SET,
    GIVEN_MONEY,
    IN_FORCE,
    IN_WEEKS,
    ITS_OWN,
    LETTERED_COVERAGE,
    LIMIT_KIND,
    LIMIT_TERMS,
    LIMIT_WORD,
    NUMBER_WORDS,
    PERIOD,
    PLURAL_END,
    SPAN_ONE,
    TRAILING_CLAIM,
    WHAT_IF,
    Calculation,
    Given,
    calculation_asked,
    difference_phrases,
    expanded,
    item_name,
    joined_names,
    left_after,
    money_given,
    period_anchor,
    period_in,
    phrase_words,
    rates_for,
    share_phrases,
    shared,
    two_phrases,
)
from rag.experts.calculation.reserves import ORDER as _ORDER
from rag.experts.calculation.reserves import RESERVE_NAMED, lines_named, reserve_figures
from rag.experts.calculation.reserves import in_force as reserves_in_force
from rag.experts.facts import facts_of
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import content_terms, terms
from rag.metadata import find_dates, parse_money
from rag.records import DocumentInfo, Passage
from rag.selection.selector import strip_ids
from rag.tools import (
    check_limit,
    date_after,
    days_between,
    difference,
    minutes_between,
    net_of_deductible,
    remaining_limit,
    share_of,
    sum_amounts,
    times,
)
from rag.tools.dates import long_date, read_moment
from rag.tools.money import LimitCheck, less, money_text


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
    for phrase in ignore:  # "marrow & vine" named by "marrow": the rest of the name goes with it
        question = re.sub(rf"(?<!\w){re.escape(phrase)}(?:\s*&\s*[\w'-]+)?", " ", question, flags=re.I)
    question = " ".join(strip_ids(question, ignore).split())
    if calculation_asked(question) not in (None, "days"):  # an event may be named by the trade ("the bakery fire")
        question = " ".join(_without_party_names(question, documents).split())
    asked = calculation_asked(question)
    calc = _Calc(question, documents, search)
    unit = measure_asked(question)
    if unit is not None and asked in _MEASURED:
        measured = calc.measured(unit)
        if measured is not None or not unit.counted:
            return measured  # a quantity asked in its unit is never answered in dollars
    if asked is None:
        return None
    compute: dict[Calculation, Callable[[], ExpertResult | None]] = {
        "deadline": calc.deadline,
        "share": calc.share, "limit_check": calc.limit_check, "compare": calc.compare, "days": calc.days,
        "what_if": calc.what_if, "change": calc.change, "difference": calc.difference, "remaining": calc.remaining,
        "left_after": calc.left_after, "net": calc.net, "total": calc.total,
    }
    return compute[asked]()


def answer_from_question(question: str) -> ExpertResult | None:
    """A calculation whose inputs are all stated in the question ("days between 3/1/2025 and
    4/15/2025", "is $9,766.90 within a $100,000 limit?"): answered once, whatever claims are in
    reach; ``None`` when it needs a figure from the files."""
    return answer_calculation(question, [], search=None)


class _Calc:
    """One question's calculation: the claim's events and amounts as inputs, and the sources
    cited so far (numbered in the order the answer text cites them)."""

    def __init__(self, question: str, documents: Sequence[DocumentInfo], search: Search | None) -> None:
        self.question = question
        self.search = by_rows(search) if search is not None else None
        self.sources = Sources()
        self.events = [fact_input(d, f) for d, f in facts_of(documents, "event")]
        self.amounts = [fact_input(d, f) for d, f in facts_of(documents, "amount")]

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

    def listed(self, inputs: Sequence[Input]) -> str:
        """``$a [1] + $b [2]``: the figures of a sum, each cited."""
        return " + ".join(f"{money_text(i.amount)} {i.cite(self.sources)}" for i in inputs)

    def summed(self, inputs: Sequence[Input]) -> ExpertResult | None:
        """The sum of ``inputs`` as the answer: ``$X in total: $a [1] + $b [2] [3]``."""
        result = sum_amounts([i.amount for i in inputs])
        return self.result(f"{result.text} in total: {self.listed(inputs)}.", "sum_amounts", result.working, *inputs)

    def items_found(self, parts: Sequence[str], *, exclude: tuple[str, ...],
                    taken: Set[tuple[str, str]] = frozenset()) -> list[Input] | None:
        """Each item of "A + B + C" found as an amount (a different line's or figure for each, none
        of ``taken``); None when one is not found or is no positive figure."""
        taken = set(taken)
        found: list[Input] = []
        for part in parts:
            item = self.amount(part, exclude=exclude, taken=taken)
            if not item or item[0].amount <= 0:
                return None
            taken.add((item[0].value, item[0].text))
            found.append(item[0])
        return found

    def counted_items(self, phrase: str) -> list[Input]:
        """The figures a phrase counts ("the *two* attorney demands", "both estimates"): as many lines' figures
        as it counts, best first, each one its head noun ("demands") names in the figure's own clause; none
        when the search finds fewer or the phrase gives no count."""
        count = _COUNTED.search(phrase)
        nouns = [w for w in re.findall(r"[a-z]+", phrase.lower()) if phrase_words(w)]
        if self.search is None or count is None or not nouns:
            return []
        wanted = {"two": 2, "both": 2, "three": 3, "four": 4}[count.group(0).lower()]
        head, words = set(content_terms(nouns[-1])), phrase_words(phrase)
        found: list[Input] = []
        for p, line, value in self.search(phrase, "money")[:_COUNTED_LINES]:
            picked = value_in(line, value, words)
            item = search_input(p, line, picked, "money") if picked is not None else None
            if item is None or item.amount <= 0 or any((i.value, i.text) == (item.value, item.text) for i in found):
                continue
            if shared(head, terms(clause_of(line, item.amount))):
                found.append(item)
            if len(found) == wanted:
                return found
        return []

    # -- numbers stated in the question --------------------------------------------------

    @property
    def given_money(self) -> list[Given]:
        return money_given(self.question)

    def limit_check(self) -> ExpertResult | None:
        """"Is $9,766.90 within a $100,000 limit?": the amount against the limit, both from the
        question, or the limit from the file when the question states only the amount."""
        given = self.given_money
        limit_at = [m.start() for m in LIMIT_WORD.finditer(self.question)]
        if _COUNT_ASKED.match(self.question) and not given:
            return None  # "how many rental days are left under the 30 day max": a count, not an amount
        if any(_ON_TOP.match(self.question, g.end) for g in given):
            return None  # "$4,200 more": on top of what is paid already, which the question does not state
        if not given:
            return self.limit_check_files()
        said = CHECK_WORD.search(self.question)
        if len(given) == 1 and said is not None and said.end() <= given[0].start and (
                not limit_at or _NAMES_CEILING.match(self.question, given[0].end)):
            return self.under_stated(given[0], said)
        if len(given) >= 2:
            def distance(g: Given) -> int:
                return min(abs(g.start - at) for at in limit_at) if limit_at else 0
            limit_given = min(given, key=distance)
            amount_given = next(g for g in given if g is not limit_given)
            limit = question_input(str(limit_given.value), self.question)
            limit_text = ""
        else:
            amount_given = given[0]
            found = self.limit(self.question[amount_given.end:])
            if found is None:
                return None
            limit = found
            limit_text = f" {limit.cite(self.sources)}"
        amount = question_input(str(amount_given.value), self.question)
        check = check_limit(amount.amount, limit.amount)
        verdict = "Yes, within the limit" if check.within else f"No, over the limit by {money_text(check.over_by)}"
        text = (f"{verdict}: {money_text(amount.amount)} is {check.share}% of the "
                f"{money_text(limit.amount)} limit{limit_text}{_left(check)}.")
        return self.result(text, "check_limit", check.working, amount, limit)

    def under_stated(self, ceiling: Given, check: re.Match[str]) -> ExpertResult | None:
        """"Is the roof estimate under $15,000?", "would the tow + storage stay within $2,000?": the figure (or the
        items of "A + B", added) from the file, the ceiling as the question states it. Nothing when a figure is not
        found: the needle expert quotes the line."""
        head = re.sub(r"^\W*(?:is|was|are|were|does|did|do|would|will|can|how (?:much|far))\s*", "",
                      self.question[: check.start()], flags=re.I)
        if not phrase_words(head):  # "how far over the $10k sublimit are the fees": the figure is named after it
            named = _NAMES_CEILING.match(self.question, ceiling.end)
            head = re.sub(r"^\W*(?:is|was|are|were|does|did|do)\s+", "", self.question[named.end() if named else
                                                                                      ceiling.end:], flags=re.I)
            head = head.strip(" ?.")
        head = re.sub(r"\s+(?:stay|stays|come in|comes in|fall|falls|be|go|goes|run|runs)\s*$", "", head, flags=re.I)
        parts = plus_parts(head)
        found = (self.items_found(parts, exclude=("limit", "reserve", "premium")) if len(parts) > 1
                 else self.amount(head, exclude=("limit", "reserve", "premium"))[:1])
        if found is not None and len(found) == 1 and _SEVERAL.search(head):
            found = self.counted_items(head)  # "the two demands together": each of them, else no check
        if not found or any(a.amount <= 0 for a in found):
            return None
        total = sum_amounts([a.amount for a in found]) if len(found) > 1 else None
        amount_value = total.value if total is not None else found[0].amount
        limit = question_input(str(ceiling.value), self.question)
        result = check_limit(amount_value, limit.amount)
        verdict = _verdict(check.group(0), result)
        shown = self.listed(found)
        stated = f"{money_text(amount_value)} ({shown})" if total is not None else shown
        text = f"{verdict}: {stated} is {result.share}% of {money_text(limit.amount)}{_left(result)}."
        working = f"{total.working}; {result.working}" if total is not None else result.working
        return self.result(text, "check_limit", working, *found, limit)

    def limit(self, phrase: str, item: Input | None = None) -> Input | None:
        """The limit a phrase names ("within the *building* limit", "the cov A limit"): the words
        up to the limit word, matched against the limits the file labels, else the one limit it
        states, else the line the fact selector finds for the phrase. "Its sublimit", "the
        applicable limit": the limit of the ``item`` checked, named by the item's own words."""
        m = CHECK_WORD.search(phrase)
        phrase = phrase[m.end():] if m else phrase
        while (m := CHECK_WORD.match(phrase.lstrip())) is not None:  # "fit inside its sublimit"
            phrase = phrase.lstrip()[m.end():]
        end = LIMIT_WORD.search(phrase)
        named = phrase[: end.end()] if end else phrase
        words = phrase_words(named) - LIMIT_TERMS
        lettered_coverage = LETTERED_COVERAGE.search(named)
        one_limit = len({a.value for a in self.amounts if a.label == "limit"}) == 1
        if item is not None and not lettered_coverage and (ITS_OWN.search(named) or not (words or one_limit)):
            words = _item_words(item)
            word = LIMIT_WORD.search(named)
            named = f"{' '.join(sorted(words))} {word.group(0) if word else 'limit'}"
        limits = [a for a in self.amounts if a.label == "limit"]
        letter = LETTERED_COVERAGE.search(named)
        if letter:  # "the cov A limit": the coverage the form letters A (dwelling), B, C ...
            lettered = [a for a in self.amounts if a.amount > 0 and re.match(
                rf"^\W*(?:coverage\s+)?{letter.group(1)}\b\s*(?:[-\u2013.:)|]|\s-)", a.text.strip(" |"), re.I)]
            if lettered:
                return max(lettered, key=lambda a: a.amount)  # a coverage row's limit is its largest figure
        picked = matches(words, limits, every_word=False) if words else []
        # the one limit the file labels, unless the phrase names another ("my settlement authority")
        lone = limits if len({a.value for a in limits}) == 1 else []
        if not picked and lone and not words:
            picked = lone
        if not picked and self.search is not None:
            asked = words | {t for t in content_terms(named) if t in LIMIT_TERMS}
            for p, line, value in self.search(named, "money")[:3]:
                if words and not expanded(words) & expanded(terms(line)):
                    continue  # a line that says nothing of the limit named
                if not names_limit(p, line):
                    continue  # the item's own line, or another amount of it: no limit
                value = value_in(line, value, asked, pairs=row_pairs(p, line)) or value
                if (found := search_input(p, line, value, "money")) is not None:
                    picked = [found]
                    break
        return picked[0] if picked else (lone[0] if lone else None)

    def limit_check_files(self) -> ExpertResult | None:
        """"Is the RCV estimate within the Coverage A limit?": both figures from the file, the
        amount named before the check word, the limit after it. The amount may be a sum ("kitchen
        equipment + FF&E under the BPP limit?": each item found, then added), and the ceiling a
        reserve ("is incurred under the reserve?", "is the reserve enough to cover X?"). A figure
        not found hands the question to the needle expert, which quotes the line that states it."""
        enough = ENOUGH.search(self.question)
        m = CHECK_WORD.search(self.question)
        if enough:
            head, ceiling = enough.group("amount"), enough.group("ceiling")
        elif m is not None:
            head, ceiling = self.question[: m.start()], self.question[m.start():]
        else:
            return None
        head = re.sub(r"^\W*(?:is|was|are|were|does|did|do|would|will|can)\s+", "", head, flags=re.I)
        parts = plus_parts(head)
        if len(parts) > 1:  # "kitchen equip + FF&E RCV": the items, each found, added
            items = self.items_found(parts, exclude=("limit", "reserve", "premium"))
            if items is None:
                return None
            found = items
        else:
            found = self.amount(head, exclude=("limit", "reserve", "premium"))[:1]
        is_reserve = bool(set(phrase_words(ceiling)) & kind_words("reserve")) and not LIMIT_WORD.search(ceiling)
        if is_reserve:  # a reserve is found as amounts are, its own kind named
            named = re.sub(r"^\W*(?:within|under|over|inside|below|above|exceed\w*)\s+", "", ceiling, flags=re.I)
            reserve = self.amount(named, taken={(a.value, a.text) for a in found})
            limit = reserve[0] if reserve else None
        else:
            limit = self.limit(ceiling, item=found[0] if len(found) == 1 else None)
        if not found or limit is None or limit.amount <= 0 or any(a.amount <= 0 for a in found) or any(
                (a.value, a.text) == (limit.value, limit.text) for a in found):  # one figure read as both: no check
            return None  # the needle expert quotes the line that states it (often with its own verdict: "below max")
        total = sum_amounts([a.amount for a in found]) if len(found) > 1 else None
        amount_value = total.value if total is not None else found[0].amount
        check = check_limit(amount_value, limit.amount)
        kind = "reserve" if is_reserve else "limit"
        verdict = (f"Yes, within the {kind}" if check.within
                   else f"No, over the {kind} by {money_text(check.over_by)}")
        shown = self.listed(found)
        stated = f"{money_text(amount_value)} ({shown})" if total is not None else shown
        text = (f"{verdict}: {stated} is {check.share}% of the "
                f"{money_text(limit.amount)} {kind} {limit.cite(self.sources)}{_left(check)}.")
        working = f"{total.working}; {check.working}" if total is not None else check.working
        return self.result(text, "check_limit", working, *found, limit)

    # -- a period's end ---------------------------------------------------------------------

    def deadline(self) -> ExpertResult | None:
        """When a period runs out: its length as the question states it ("the 30 days", "the 72 hr waiting
        period") or as the line the fact selector finds for the thing states it ("valid for 180 days from the
        date issued"), and its start as that line names it ("of the date of this letter": the letter's own
        date; "from the time the loss is discovered": the moment the files say it was), else the event the
        question names. A period in hours runs from a moment with its date and time. ``None`` (the needle
        expert answers) when the length or the start is not found: never a date from a guess."""
        if self.search is None:
            return None
        stated = period_in(self.question)
        thing = " ".join(_DEADLINE_WORDS.sub(" ", PERIOD.sub(" ", self.question)).split())
        if not phrase_words(thing):
            return None
        period: tuple[int, int] | None = (stated[0], stated[1]) if stated else None
        stating: tuple[Passage, str, str] | None = None  # the line that states the period, and the period as written
        for p, line, _ in self.search(thing, "stated")[:_PERIOD_LINES]:
            for m in PERIOD.finditer(line):
                found = period_in(m.group(0))
                if found is None or (period is not None and found[:2] != period):
                    continue
                if period is None and not shared(phrase_words(thing), terms(line)):
                    continue
                stating, period = (p, line, m.group(0)), found[:2]
                break
            if stating is not None:
                break
        if period is None:
            return None
        days, hours = period
        anchor = period_anchor(stating[1], stating[2]) if stating is not None else None
        start: Input | None = None
        if stating is not None and anchor and _ITSELF.match(anchor):  # "of the date of this letter": its own date
            start = self.own_date(stating[0].doc_id)
        phrase = anchor or _question_anchor(thing)
        if phrase is None:
            return None  # no line states the period, and the question names nothing it runs from
        if start is None and hours:
            start = self.moment(phrase)
            if start is not None and read_moment(start.value)[0] is None:
                start = None  # a time of day with no date: no deadline can be dated from it
        elif start is None:
            start = _range_end(self.event(phrase), end=False)
        if start is None:
            return None
        result = date_after(start.value, days=days, hours=hours)
        length = " and ".join(f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in ((days, "day"), (hours, "hour"))
                              if n)
        said_start = _moment_text(start.value)
        if stating is not None:
            text = (f"{result.text}: {length} {self.sources.cite_passage(stating[0], stating[1])} "
                    f"from {event_name(start)}{said_start} {start.cite(self.sources)}.")
        else:
            text = f"{result.text}: {length} from {event_name(start)}{said_start} {start.cite(self.sources)}."
        return self.result(text, "date_after", result.working, start)

    def own_date(self, doc_id: str) -> Input | None:
        """A document's own date: the first line of it that is a date line ("Date: May 4, 2026", a date
        alone at a letter's top)."""
        for e in self.events:
            if e.doc_id == doc_id and (DOCUMENT_DATE.match(e.text) or DATE_ALONE.match(e.text)):
                return e
        return None

    # -- days -------------------------------------------------------------------------------

    def days(self) -> ExpertResult | None:
        phrases = two_phrases(self.question)
        stated = find_dates(self.question)
        if self.search is not None and not stated and not DAYS_ASKED.search(self.question):
            timed = self.elapsed(phrases)  # "how long from the alarm to the tech's arrival": times of day
            if timed is not None or CLOCK_ASKED.search(self.question) or self.moments_unpaired(phrases):
                return timed  # times that make no span are no count of days either: no answer
        if phrases is not None:
            first, second = self.ends_in_order(phrases)
        elif len(stated) == 2:  # "how many days from 3/1/2025 to 4/15/2025"
            first, second = (question_input(d.isoformat(), text) for d, text in stated)
        else:
            first, second = self.span(phrase_words(self.question))
        if phrases is not None and (first is None) != (second is None):
            known, (asked, _) = (first, phrases[::-1]) if first is not None else (second, phrases)
            assert known is not None
            label = event_name(known) or f"{item_name(phrases[0] if first is not None else phrases[1])} on "
            text = (f"I found {label}{long_date(known.value)} {known.cite(self.sources)} but no date for "
                    f"{item_name(asked)} in the files, so I can't count the days.")
            return ExpertResult(text, "none", self.sources.citations, [known.claim_id] if known.claim_id else [])
        if first is None or second is None or (first.value, first.text) == (second.value, second.text):
            return None
        start, end = sorted((first, second), key=lambda e: e.value)
        result = days_between(start.value, end.value)
        unit = "day" if result.days == 1 else "days"
        working = result.working
        if IN_WEEKS.search(self.question):  # "how many weeks": the days, and what they make in weeks
            weeks = f"{result.days // 7}" if result.days % 7 == 0 else f"{result.days / 7:.1f}"
            unit = f"{unit} ({weeks} week{'' if weeks == '1' else 's'})"
            working = f"{working} = {weeks} weeks"
        if start.text == end.text:  # one line gives both ends: "Rental ran from March 5 to April 8"
            text = (f"{result.days} {unit}: {long_date(start.value)} to {long_date(end.value)} "
                    f"{start.cite(self.sources)}.")
        else:
            text = (f"{result.days} {unit}: from {event_name(start)}{long_date(start.value)} "
                    f"{start.cite(self.sources)} "
                    f"to {event_name(end)}{long_date(end.value)} {end.cite(self.sources)}.")
        return self.result(text, "days_between", working, start, end)

    def ends_in_order(self, phrases: tuple[str, str]) -> tuple[Input | None, Input | None]:
        """The dated events a duration runs from and to, the start before the end. When the best
        reading of each phrase puts the start on or after the end (a later hearing's date read for
        "the collision", after the report of it), one of the two was picked wrong: each end is read again
        among the dates on the right side of the other, and the pair nearer in time is taken (the
        wrong reading was the far one). No such pair, or a start that is the question's own clause
        ("did the carrier take" of "how long did the carrier take to pay"): the first readings stand."""
        first = _range_end(self.event(phrases[0]), end=False)
        second = _range_end(self.event(phrases[1], avoid=first), end=True)
        if first is None or second is None or first.value[:10] < second.value[:10] or _ASKED_CLAUSE.match(phrases[0]):
            return first, second
        start, end = first, second  # bound the names for the closures below
        earlier = _range_end(self.event(phrases[0], keep=lambda e: e.value[:10] < end.value[:10]), end=False)
        later = _range_end(self.event(phrases[1], keep=lambda e: e.value[:10] > start.value[:10]), end=True)
        in_order = [(a, b) for a, b in ((earlier, second), (first, later))
                    if a is not None and b is not None and a.value[:10] < b.value[:10]]
        if not in_order:
            return first, second
        return min(in_order, key=lambda ab: days_between(ab[0].value, ab[1].value).days)

    def elapsed(self, phrases: tuple[str, str] | None) -> ExpertResult | None:
        """A duration in hours and minutes: each end the moment (a time of day, with its date when
        the line or its passage gives one) that the fact selector finds for its phrase; a duration
        named by one thing ("how long did the hearing run") from the times its best lines state.
        An end not found is named; a span of two days or more is counted in days."""
        if phrases is None:
            return self.elapsed_one()
        starts, ends = self.moments(phrases[0]), self.moments(phrases[1])
        if not starts or not ends:
            if not CLOCK_ASKED.search(self.question) or not (starts or ends):
                return None
            known, asked = (starts[0], phrases[1]) if starts else (ends[0], phrases[0])
            text = (f"I found {_moment_text(known.value)} {known.cite(self.sources)} but no time for "
                    f"{item_name(asked)} in the files, so I can't count the hours.")
            return ExpertResult(text, "none", self.sources.citations, [known.claim_id] if known.claim_id else [])
        for first, second in _in_rank_order(starts, ends):
            if first.value != second.value and not _dated_after(first, second) and \
                    (timed := self.timed(first, second)) is not None:
                return timed
        return None

    def moments_unpaired(self, phrases: tuple[str, str] | None) -> bool:
        """Whether both ends of a duration have times of day (that :meth:`elapsed` could pair in no
        order): times read with another day's date (a witness's "called 911 at 06:54" under the date
        of her interview), or one time read for both ends, which no count of days between the
        events' dates can mend."""
        return phrases is not None and bool(self.moments(phrases[0]) and self.moments(phrases[1]))

    def elapsed_one(self) -> ExpertResult | None:
        """"How long did the inspection run": the times the best lines for the thing state, on
        one day and in one passage: a range in one line ("from 09:30 to 16:10"), else the
        earliest and the latest of the best lines' times."""
        m = SPAN_ONE.search(self.question)
        if m is None or self.search is None or not phrase_words(m.group("x")):
            return None
        hits = self.search(m.group("x"), "clock")
        if not hits:
            return None
        named = phrase_words(m.group("x"))
        stated = [line for _, line, _ in self.search(m.group("x"), "stated")[:2]
                  if shared(named, terms(line)) >= len(named)]
        if stated:  # "Recorded statement taken by phone, 18 minutes": the file says how long; quoted, not computed
            return None
        best_lines = list(dict.fromkeys(line for _, line, _ in hits))[:_SPAN_LINES]
        top_p, top_line, _ = hits[0]
        anchor, header = anchor_of(top_p.text, top_line)
        bare = any(writes_bare_clock(p.text) for p, _, _ in hits if p.doc_id == top_p.doc_id)
        inside = [moment for moment in moments_in(top_line, anchor, header=header, bare=bare)
                  if moment.clock is not None]
        # one line gives both ends: "from 09:30 to 16:10"; of a line that also times something else ("called at
        # 11:02 ... inspected from 08:30 to 12:15"), the two times its one range joins
        ranges = [(a, b) for a, b in zip(inside, inside[1:]) if a.clock != b.clock
                  and _CLOCK_RANGE.match(top_line[a.end:b.start])]
        if len(ranges) == 1 and len(inside) > 2:
            first, last = ranges[0]
            return self.timed(moment_input(top_p, top_line, first.value), moment_input(top_p, top_line, last.value))
        if len({x.clock for x in inside}) >= 2 and (re.search(r"\b(?:from|between)\b", top_line, re.I)
                                                    or _CLOCK_RANGE.match(top_line[inside[0].end:inside[1].start])):
            start = moment_input(top_p, top_line, inside[0].value)
            return self.timed(start, moment_input(top_p, top_line, inside[-1].value))
        days = [d for _, _, v in hits if (d := read_moment(v)[0]) is not None]
        day = max(set(days), key=days.count) if days else None
        same = [(p, line, value) for p, line, value in hits
                if line in best_lines and p.doc_id == top_p.doc_id and read_moment(value)[0] in (day, None)]
        if len({read_moment(v)[1] for _, _, v in same}) < 2:
            # over midnight: the two best lines, each dated with its time ("water entered 09/03 04:30",
            # "receded 09/04 13:00"), in one document and a few days apart at most
            dated = [(p, line, value) for p, line, value in hits if line in best_lines[:2] and p.doc_id == top_p.doc_id
                     and None not in read_moment(value)]
            ends = sorted({value: (p, line, value) for p, line, value in dated}.values(), key=lambda h: h[2])
            if len(ends) != 2 or ends[0][1] == ends[1][1]:
                return None
            first_day, last_day = read_moment(ends[0][2])[0], read_moment(ends[1][2])[0]
            if first_day is None or last_day is None or (last_day - first_day).days > _SPAN_DAYS:
                return None
            return self.timed(moment_input(*ends[0]), moment_input(*ends[1]))
        ordered = sorted(same, key=lambda h: read_moment(h[2])[1] or 0)
        return self.timed(moment_input(*ordered[0]), moment_input(*ordered[-1]))

    def moment(self, phrase: str) -> Input | None:
        """The moment with a time of day the fact selector finds first for an event phrase."""
        found = self.moments(phrase)
        return found[0] if found else None

    def moments(self, phrase: str) -> list[Input]:
        """The best moments with a time of day the fact selector finds for an event phrase, best
        first (``_END_CHOICES`` of them, each a different moment)."""
        if self.search is None or not phrase_words(phrase):
            return []
        found: dict[str, Input] = {}
        for p, line, value in self.search(phrase, "clock"):
            found.setdefault(value, moment_input(p, line, value))
            if len(found) == _END_CHOICES:
                break
        return list(found.values())

    def timed(self, first: Input, second: Input) -> ExpertResult | None:
        """The duration from one moment to the other, in hours and minutes (in days when they are
        two days apart or more), both cited."""
        (d1, c1), (d2, c2) = read_moment(first.value), read_moment(second.value)
        start, end = (second, first) if d1 and d2 and d2 < d1 else (first, second)
        if first.text == second.text and d1 == d2 and c1 is not None and c2 is not None and c2 < c1:
            # the two times one line gives ("the alarm at 03:17 and the water off at 03:52"): a span
            # between them, whichever phrase read which, not a wrap past midnight
            start, end = second, first
        result = minutes_between(start.value, end.value)
        if (result.seconds if result.seconds is not None else result.minutes) <= 0:
            return None
        if (d1 is None or d2 is None) and result.minutes > _WRAP_MINUTES and \
                (read_moment(end.value)[1] or 0) <= (read_moment(start.value)[1] or 0):
            return None  # an end that reads before its start with no date to say it is the next day: a wrong pick

        if result.minutes >= 48 * 60 and d1 and d2 and not CLOCK_ASKED.search(self.question):
            return self.counted(moment_day(start), moment_day(end))
        if start.text == end.text:
            text = (f"{result.text}: from {_moment_text(start.value)} to {_moment_text(end.value)} "
                    f"{start.cite(self.sources)}.")
        else:
            text = (f"{result.text}: from {_moment_text(start.value)} {start.cite(self.sources)} "
                    f"to {_moment_text(end.value)} {end.cite(self.sources)}.")
        return self.result(text, "minutes_between", result.working, start, end)

    def counted(self, start: Input, end: Input) -> ExpertResult | None:
        """Days from one dated input to the other, both cited."""
        result = days_between(start.value, end.value)
        if result.days <= 0:
            return None
        unit = "day" if result.days == 1 else "days"
        if start.text == end.text:
            text = (f"{result.days} {unit}: {long_date(start.value)} to {long_date(end.value)} "
                    f"{start.cite(self.sources)}.")
        else:
            text = (f"{result.days} {unit}: from {event_name(start)}{long_date(start.value)} "
                    f"{start.cite(self.sources)} to {event_name(end)}{long_date(end.value)} {end.cite(self.sources)}.")
        return self.result(text, "days_between", result.working, start, end)

    def event(self, phrase: str, avoid: Input | None = None,
              keep: Callable[[Input], bool] = lambda _: True) -> Input | None:
        """The event a phrase names: its label's words count double, then the words of the clause
        around its date; "first" picks the earliest of equal matches, "last"/"final" the latest.
        ``keep``: the dates it may be (those on the right side of a duration's other end).

        Words are read as the files write events ("back" is "returned"), and a word no event of
        the claim holds ("the *Accord* was back") says nothing about which event: it is left out."""
        stated = find_dates(phrase)
        if stated:  # a date the question states: an input as it stands
            return question_input(stated[0][0].isoformat(), stated[0][1])
        words = {EVENT_SYNONYMS.get(w, w) for w in phrase_words(phrase)}
        asked = set(words)
        # "the owner's death", "Lorna's statement being received": whose event, not which (but "the
        # surveyor's report" is a document of someone's: dated by its own date line, below)
        own = _POSSESSOR.sub(" ", phrase)
        own = own if phrase_words(own) else phrase
        own_words = {EVENT_SYNONYMS.get(w, w) for w in phrase_words(own)} - DATE_WORDS or asked - DATE_WORDS
        if LOSS_COMPOUND.search(own) and not LOSS_ITSELF.search(own):  # "first notice of loss": a notice, not the loss
            own_words = own_words - EVENT_WORDS["date_of_loss"] or own_words
        someones_document = bool(_SOMEONES.search(phrase) and DOCUMENT_NOUN.search(phrase))
        events = [e for e in self.events if keep(e)]
        if not someones_document and (named := self.labelled_date(own, own_words, events, avoid)) is not None:
            return named
        known = set().union(*(label_words(e) | e.clause | e.doc_words for e in self.events)) if self.events else set()
        if words & known:
            words &= known
        best = [e for e in matches(words, self.events, every_word=False) if keep(e)]
        # An event the phrase names by the kind ingest labelled it with (the loss, the report, the
        # closing) is the file's own; any other phrase ("the letter of rep", "the scene cleared")
        # is read by meaning: the fact selector scores the claim's dated units against it.
        # a line dating several events dates this one only by the date its own clause holds
        # ("assigned the file on March 6, 2025 and inspected the plant on [March 11]")
        best = [e for e in best if not dated_elsewhere(e.text, e.value, asked)]
        labelled = [e for e in best if asked and asked <= label_words(e)]
        if labelled and _SOMEONES.search(phrase) and DOCUMENT_NOUN.search(phrase):
            labelled = []  # "his report", "the surveyor's report": a document of someone's, not the claim's report
        the_loss = bool(asked) and asked <= EVENT_WORDS["date_of_loss"] | DATE_WORDS
        if the_loss and not labelled:  # "proof of loss", "loss of use": another thing than the loss
            best = [e for e in best if not LOSS_COMPOUND.search(e.text) or LOSS_ITSELF.search(e.text)]
        if not labelled and (dated := self.document_date(phrase)) is not None and keep(dated):
            return dated
        if the_loss and not labelled:
            # the loss no line labels: the earliest line that tells it (an accident, a fall, a fire)
            told = [e for e in events if shared(LOSS_TOLD, terms(e.text))
                    and not (LOSS_COMPOUND.search(e.text) and not LOSS_ITSELF.search(e.text))
                    and (avoid is None or e.value != avoid.value)]
            if told:
                return min(told, key=lambda e: e.value)
        if not labelled and self.search is not None:
            query = phrase
            if the_loss:
                # "the loss", "the accident" the file labels no date of: the line that says it happened
                query = re.sub(r"\b(?:the\s+)?dates?\s+of\s+", "", phrase, flags=re.I) + " happened"
            if the_loss or _ROW_ORDER.search(phrase):  # "the last disbursement": a ledger's latest row (select_values)
                hits = [i for hit in self.search(query, "date") if (i := search_input(*hit, "date"))]
                hits = hits if the_loss else _naming_every_word_first(hits, own_words)
            else:  # the moment whose own clause names the event, of the units the selector finds for it
                searched = self.search(query if someones_document else own, "moment")
                hits = [i for hit in searched if keep(i := moment_day(moment_input(*hit)))]
                named = None if someones_document else self.labelled_date(own, own_words, hits[:_LABEL_HITS], avoid,
                                                                          ranked=True)
                hits = [named, *hits] if named is not None else _naming_every_word_first(hits, own_words)
            found = [i for i in hits if keep(i) and (avoid is None or i.value != avoid.value)
                     and not (the_loss and LOSS_COMPOUND.search(i.text) and not LOSS_ITSELF.search(i.text))]
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

    @staticmethod
    def labelled_date(phrase: str, words: set[str], events: Sequence[Input], avoid: Input | None,
                      *, ranked: bool = False) -> Input | None:
        """The date a line labels with the event's own words ("Date of inspection | April 29, 2026",
        "Received in claims: 04/09/2026"), before any date a sentence mentions near those words (an
        assignment "to inspect", a cover letter's own date). The label must hold at least half of
        the phrase's words; of equal labels, "first"/"last" pick the earliest/latest, ``ranked``
        (the fact selector's order) the first, else they must agree on the date. ``None``: no
        such label, or labels that disagree (the manager's other readings decide)."""
        if not words:
            return None
        scored = [(label_score(e.text, e.value, words), e) for e in events
                  if avoid is None or (e.value[:10] != avoid.value[:10])]
        top = max((sc for sc, _ in scored), default=0.0)
        if top < 0.5:
            return None
        tops = [e for sc, e in scored if sc >= top - 1e-9]
        if re.search(r"\b(?:last|final|latest|most recent)\b", phrase, re.I):
            return max(tops, key=lambda e: e.value)
        if re.search(r"\b(?:first|initial|earliest)\b", phrase, re.I):
            return min(tops, key=lambda e: e.value)
        if ranked or len({e.value[:10] for e in tops}) == 1:
            return tops[0]
        return None

    def document_date(self, phrase: str) -> Input | None:
        """"The OFE report", "the surveyor's report": a document the phrase names by its kind,
        dated by its own date line ("Report date April 9, 2024", "Date: July 12, 2024"). The
        document is the one whose name shares the phrase's other words, else the only one of
        the claim named by that kind; none when that is not clear."""
        words = phrase_words(phrase)
        kinds = words & DOCUMENT_KINDS
        if not kinds or not DOCUMENT_NOUN.search(phrase):
            # "the IA report on ...", "the Copperline ROR": a document named by the words of its file's name
            named_docs = {e.doc_id for e in self.events if words and words <= e.doc_words
                          and e.doc_words & DOCUMENT_KINDS}
            if len(named_docs) != 1:
                return None  # "when she reported it": a verb, an event, not a document
            kinds = set(next(e.doc_words & DOCUMENT_KINDS for e in self.events if e.doc_id in named_docs))
        dated = [e for e in self.events if DOCUMENT_DATE.match(e.text) or DATE_ALONE.match(e.text)]
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
        matching = matches(words, self.events, keep_all=True, every_word=False)
        by_line: dict[str, list[Input]] = {}
        for e in matching:
            by_line.setdefault(e.text, []).append(e)
        for line_events in sorted(by_line.values(), key=lambda es: -len(words & terms(es[0].text))):
            dates = sorted({e.value for e in line_events})
            if len(dates) == 2 and re.search(r"\bfrom\b.*\b(?:to|until|through)\b", line_events[0].text):
                ends = sorted(line_events, key=lambda e: e.value)
                return ends[0], ends[-1]
        starts = [e for e in matching if e.clause & START_WORDS]
        ends = [e for e in matching if e.clause & END_WORDS]
        if starts and ends:
            return min(starts, key=lambda e: e.value), max(ends, key=lambda e: e.value)
        return None, None

    # -- money ------------------------------------------------------------------------------

    def amount(self, phrase: str, *, exclude: tuple[str, ...] = (), every: bool = False,
               taken: set[tuple[str, str]] | None = None, qualifier: str = "",
               common: Set[str] = frozenset()) -> list[Input]:
        """Amounts a phrase names, best first: the label's words count double. ``every`` keeps all
        equally good matches ("the invoices"); otherwise one. Falls back to ``search``. ``common``:
        the words every item of the same sum uses ("invoice" of "the forensics invoice and the PR
        firm's invoice"), which say what kind of line, not which."""
        words = phrase_words(phrase)
        # "the demand" is no reserve that mentions the demand: a labelled kind of amount the
        # phrase does not name is not what it asks for, nor an amount under a section of that kind
        # ("Policy sublimits") when an item is asked
        named_kinds = kinds_named(words | set(content_terms(qualifier)))
        kinds = {a.label for a in self.amounts if a.label in KIND_LABELS} - named_kinds
        capped_off = "limit" not in named_kinds  # "up to $1,000 per occurrence" is a limit, asked as one only
        best = distinct(matches(words, [a for a in self.amounts if a.label not in exclude and a.label not in kinds
                                          and not (self.search is not None and TABLE_ROW.search(a.text))
                                          and not (capped_off and capped(a.text, a.amount))]))
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
        short = shorthand(phrase)
        named = words | {t for t in content_terms(short) if t not in CALC_STEMS}
        weak = set(content_terms(qualifier)) - named
        when = self.in_force(named | weak)
        read: list[Input] = []
        for query in dict.fromkeys(f"{q} {qualifier}".strip() for q in (phrase, short)):
            for p, line, value in self.search(query, "money")[:3]:
                spelled = spelled_out(phrase, line)  # "BI" of "bodily injury is now $140,000.00"
                where = f"{line} {p.section or ''}" if TABLE_ROW.search(line) else line  # a row's table heading
                if named and not shared((named - common or named) | spelled, terms(where)):
                    continue  # a line that shares no word with the item is no reading of it, only a guess
                pairs = row_pairs(p, line)
                if pairs and when is not None:
                    line, pairs = history_row(p, line, pairs, named | spelled, latest=when)
                picked = value_in(line, value, named | spelled, {v for v, t in taken if t == line}, weak=weak,
                                   pairs=pairs, line_kinds=kinds_of_line(p, line))
                if picked is not None and not other_compound(line, picked, words):
                    found = search_input(p, line, picked, "money")
                    if found is not None:
                        if not when:
                            return [found]
                        read.append(found)
        # a figure as it stands now: the line that says it was changed to it ("is now", "revised
        # to") before one that says what it was set at first
        changed = [i for i in read if CHANGED_TO.search(clause_of(i.text, i.amount))]
        return (changed or read)[:1]

    def in_force(self, words: Set[str]) -> bool | None:
        """Which row of a history the question asks for: ``True`` the latest ("now", "current",
        "after the latest change", and a reserve, which is what it was last set to), ``False``
        the first ("the initial reserve"), ``None`` no history (each row its own item)."""
        if FIRST_SET.search(self.question):
            return False
        if IN_FORCE.search(self.question) or words & kind_words("reserve"):
            return True
        return None

    def rated_total(self) -> ExpertResult | None:
        """"Rental at $2,850 a day for the 5 wk lead time (+ the mob charge)": each rate the question
        states times its duration (the ``times`` tool, 5 weeks of a daily rate being 35 days), plus
        the other items of the sum, each found in the file; nothing when one is not found."""
        rated = rates_for(self.question)
        if not rated:
            return None
        products = [times(r.rate, r.count, r.unit) for r in rated]
        # the items of "A at $X a day for N days + B": each part of the sum that holds no rate ("crane
        # hire at ..." is the rate's own part, named by it)
        cuts = [0, *(x for m in _PLUS.finditer(self.question) for x in (m.start(), m.end())), len(self.question)]
        spans = list(zip(cuts[::2], cuts[1::2]))
        parts = [self.question[a:b] for a, b in spans
                 if not any(a < r.end and r.start < b for r in rated) and phrase_words(self.question[a:b]) - _SUM_WORDS]
        parts = parts if len(spans) > 1 else []
        found = self.items_found(parts, exclude=("limit", "reserve", "premium")) if parts else []
        if found is None or any((named := phrase_words(part) - COST) and not shared(named, terms(a.text))
                                for part, a in zip(parts, found)):
            return None  # an item not found, or found only as a line of another cost ("the demurrage fee")
        stated = [question_input(str(p.value), self.question) for p in products]
        shown = [f"{money_text(r.rate)} a {r.unit.rstrip('s')} for {r.count.normalize():f} {r.unit} ({p.text})"
                 for r, p in zip(rated, products)]
        working = "; ".join(p.working for p in products)
        if not found and len(products) == 1:
            return self.result(f"{products[0].text}: {shown[0]}.", "times", working, *stated)
        total = sum_amounts([*(p.value for p in products), *(a.amount for a in found)])
        text = f"{total.text} in total: {' + '.join(shown)}" + (f" + {self.listed(found)}" if found else "") + "."
        return self.result(text, "sum_amounts", f"{working}; {total.working}", *stated, *found)

    def total(self) -> ExpertResult | None:
        if _QUANTITY_ASKED.search(self.question):
            return None  # "how many trusses in all", "total hours billed": a count or a time, never a sum of dollars
        if RESERVE_NAMED.search(self.question) and not _PAID_ASKED.search(self.question) and \
                (now := self.reserves_now()) is not None:
            return now  # "total reserves after the latest change", "total reserve (PD + BI/EE)"
        if (rated := self.rated_total()) is not None or rates_for(self.question):
            return rated
        given = self.given_money
        if len(given) >= 2:  # "what is $385 plus $90": the amounts the question states
            stated = [question_input(str(g.value), self.question) for g in given]
            added = sum_amounts([a.amount for a in stated])
            listed = " + ".join(money_text(a.amount) for a in stated)
            return self.result(f"{added.text} in total: {listed}.", "sum_amounts", added.working, *stated)
        question = re.sub(r"\s*\+\s*", " plus ", self.question)
        m = re.search(r"\b(?:total of|sum of|add up|added up|combined|altogether|together|in total|total|comes? to)\b"
                      r"(?P<rest>.*)",
                      question, re.I)
        rest = re.sub(r"^\W*(?:(?:on|for|in|at|of) (?:the )?\w+(?: \w+)?)?\W*$", "", m.group("rest")) if m else ""
        came_to = m is not None and m.group(0).lower().startswith("come")  # "what do the invoices come to (so far)"
        if phrase_words(rest) and phrase_words(rest) <= self.claim_name_words():
            rest = ""  # "A + B combined, bellmoor": the words after name the claim (its files' name), no item
        body = rest if phrase_words(rest) and not came_to else (question[: m.start()] if m else question)
        body = re.sub(r"^\s*(?:what|how much)\s+(?:is|was|were|are|did|does|do)?\s*(?:the\s+)?", "", body, flags=re.I)
        # "what did DryRight charge for A, B and C": the items follow the verb of charging
        body = re.sub(r"^(?:\S+\s+){0,3}?(?:charge[sd]?|billed|invoiced)\s+for\s+", "", body, flags=re.I)
        # ", all three buckets", "(all coverages)", "so far": how many parts, or when, not a part
        body = QUANTIFIER.sub(" ", body).strip(" ,")
        group = ""
        inner = re.search(r"(?P<head>\w+)\s*\((?P<list>[^)]*\b(?:and|plus)\b[^)]*)\)", body)
        if inner:  # "total reserves (med + indemnity)": the items of the parentheses, each a reserve
            body, group = inner.group("list"), inner.group("head")
        # (a comma inside a figure, "$30,000", splits nothing)
        items = [p.strip() for p in re.split(r",(?!\d)|\band\b|\bplus\b|&", body) if phrase_words(p)]
        if len(items) > 1:
            # "the ER, ortho and PT specials on the Fairley claim": the claim words go, and a plural
            # noun closing the list is the head of every item, not a word of the last one alone
            items[-1] = TRAILING_CLAIM.sub("", items[-1]) or items[-1]
            noun = re.search(r"\s+(\w+s)$", items[-1])
            if noun and not group and not any(re.search(rf"\b{noun.group(1)}\b", i, re.I) for i in items[:-1]) and \
                    phrase_words(items[-1][: noun.start()]):
                items[-1] = items[-1][: noun.start()]
                group = noun.group(1)  # "the ER and ortho bills": each item may be a group of lines with its total
        if len(items) > 1 and (cells := self.table_sum(items)) is not None:
            return cells
        if len(items) == 1 and not group and (rows := self.rows_total(items[0])) is not None:
            return rows
        if len(items) == 1 and (whole := self.single_total(items[0])) is not None:
            return whole
        in_time = self.in_force(set().union(*(phrase_words(i) for i in items)) | set(content_terms(group)))
        if len(items) > 1 and in_time is None and (together := self.items_in_one_line(items, group)) is not None:
            # (a figure asked as it stands now or as first set is read from its history, item by item)
            return together
        picked: list[Input] = []
        found_for: list[tuple[str, Input]] = []
        missing: list[str] = []
        common = set.intersection(*(phrase_words(i) for i in items)) if len(items) > 1 else set()
        for item in items:
            # "the ER and ortho bills": the head noun is plural, each item is one ("forensics" is no plural)
            plural = bool(re.search(r"\b(?:all|every|each)\b", item, re.I) or (
                not group and ENDS_PLURAL.search(item.strip())))
            taken = {(a.value, a.text) for a in picked}
            found = [a for a in self.amount(item, every=plural, taken=taken, qualifier=group, common=common)
                     if (a.value, a.text) not in taken]
            if not found:
                missing.append(item_name(item))
                continue
            if plural and (len({a.label for a in found}) > 1 or any("total" in a.text.lower() for a in found)):
                return None  # "all payments" mixes kinds of lines, or the file states the total itself
            picked.extend(found)
            found_for.extend((item_name(item), a) for a in found)
        if group and not missing:  # each item's group total, none that counts another item too
            others = {(a.value, a.text) for a in picked}
            picked = [self.following_total(a, others - {(a.value, a.text)}) or a for a in picked]
            found_for = [(name, self.following_total(a, others - {(a.value, a.text)}) or a) for name, a in found_for]
        if missing:
            return self.stated_total(body, found_for, missing)
        if len(picked) < 2:
            return None
        return self.summed(picked)

    def reserves_now(self) -> ExpertResult | None:
        """"Total reserves (after the latest change)": each reserve line (the ones the question names, else
        every one the file sets, two at least) at the figure it was last set to, read from the notes,
        sentences and history rows the fact selector finds for reserves, and their sum, each cited; nothing
        when a line asked is not found."""
        if self.search is None:
            return None
        hits = {(p.node_id, line): (p, line) for query in (self.question, "reserves", "rsv")
                for p, line, _ in self.search(query, "money")[:_RESERVE_LINES]}
        sources = list(hits.values())
        figures = []
        for k, (p, line) in enumerate(sources):
            pairs = row_pairs(p, line)
            dates = find_dates(line)
            when = dates[0][0] if dates else anchor_of(p.text, line)[0]
            about = bool(RESERVE_NAMED.search(" ".join([p.section or "", *(c for c, _ in pairs)])))
            text = "; ".join(f"{c}: {v}" for c, v in pairs) if pairs else line
            figures += reserve_figures(text, when, k, about=about, row=bool(pairs))
        latest = reserves_in_force(figures)
        asked = lines_named(self.question)
        if asked and not asked <= latest.keys() or len(asked or latest) < 2:
            return None
        picked = [latest[name] for name in sorted(asked or latest, key=lambda n: latest[n].order)]
        inputs = [search_input(*sources[f.order // _ORDER], str(f.amount), "money") for f in picked]
        if any(i is None for i in inputs):
            return None
        result = sum_amounts([f.amount for f in picked])
        listed = " + ".join(f"{f.line} {money_text(f.amount)} {i.cite(self.sources)}"
                            for f, i in zip(picked, inputs) if i is not None)
        return self.result(f"{result.text} in total: {listed}.", "sum_amounts", result.working,
                           *(i for i in inputs if i is not None))

    def items_in_one_line(self, items: Sequence[str], group: str = "") -> ExpertResult | None:
        """The items of a sum as one line lists them together ("expense $4,226.50 (IME $2,160.00,
        interpreter $185.00, records $301.50)"): a figure each, named by the item's own words right
        before it, all different; a line that names them all is their breakdown, read before any
        other line that names one of them."""
        if self.search is None:
            return None
        names = [phrase_words(item) - phrase_words(group) or phrase_words(item) for item in items]
        common = set.intersection(*names) if names else set()
        # the words that tell the items apart ("rental" of "rental paid"): each must stand before its figure
        names = [words - common - PAID - COST - {"total"} or words for words in names]
        for p, line, _ in self.search(" ".join(items), "money")[:3]:
            pairs = row_pairs(p, line)
            picked: list[str] = []
            for words in names:
                taken = {str(v) for x in picked if (v := parse_money(x)) is not None}
                kept = [(score, v) for score, v in amounts_in(line, words, taken, pairs=pairs) if score >= len(words)]
                if not kept:
                    break
                picked.append(max(kept, key=lambda k: k[0])[1])
            if len(picked) != len(items):
                continue
            inputs = [i for v in picked if (i := search_input(p, line, v, "money")) is not None]
            if len(inputs) != len(items) or len({i.amount for i in inputs}) != len(inputs):
                continue
            return self.summed(inputs)
        return None

    def single_total(self, item: str) -> ExpertResult | None:
        """"How much has been paid in total?": the total the file states for it ("Total paid to
        date: $48,190.40" beats a sum of its own), else the sum of the amounts one line gives for
        it ("the first repair payment of $3,000.00 ... a supplement payment of $1,250.00")."""
        words = phrase_words(TRAILING_CLAIM.sub("", item) or item)
        if words & PAID:
            words |= PAID
        if not words:
            return None

        def stated(found: Input) -> ExpertResult | None:
            text = f"{money_text(found.amount)} in total, as the file states it {found.cite(self.sources)}."
            return self.result(text, "stated_total", f"stated total {money_text(found.amount)}", found)

        totals = [a for a in self.amounts if a.amount > 0 and TOTAL.search(f"{a.label.replace('_', ' ')} {a.text}")
                  and shared(words, terms(a.text) | label_words(a))]
        if len({a.value for a in totals}) == 1:
            return stated(totals[0])
        if self.search is None:
            return None
        if not ENDS_PLURAL.search(item) or words & PAID:
            # "the invoices": one invoice's total is not theirs; the items are added instead
            for p, line, value in self.search(f"total {item}", "money")[:3]:
                if TOTAL.search(line) and shared(words, terms(line)):
                    picked = value_in(line, value, words | {"total"}, pairs=row_pairs(p, line))
                    if picked is not None and (found := search_input(p, line, picked, "money")) is not None:
                        return stated(found)
        # a ledger's amount column, of the table the phrase names ("paid to date": the payments table)
        ledger_query = [item, *(["payments"] if words & PAID else [])]
        # a ledger's rows are dated: its passage is found by the dates the search reads too (a ledger row
        # names no payment: "02/20/2026 | <payee> | Advance on building repairs | $20,000.00")
        kinds = ("money", "date") if words & PAID else ("money",)
        for p in dict.fromkeys(p for query in ledger_query for kind in kinds
                               for p, _, _ in self.search(query, kind)[:3]):
            if (column := self.column_total(p, words)) is not None:
                return column
        for p, line, _ in self.search(item, "money")[:1]:
            if HISTORY_STEP.search(line) or _is_table_row(p, line):
                continue  # one figure over time ("$120,000 -> $250,000"), or a row's columns: never parts of a sum
            first = AMOUNT_IN_LINE.search(line)
            # the figures a line lists after a label naming them ("Medical bills so far: ER $3,912.00, ..."),
            # else those the phrase's words stand before
            listed = (first is not None and shared(words, terms(line[:first.start()])) > 0
                      and shared(words, terms(f"{line[:first.start()]} {p.section or ''} {p.document}")) == len(words))
            parts = [v for score, v in amounts_in(line, set() if listed else words, pairs=row_pairs(p, line),
                                                   line_kinds=kinds_of_line(p, line)) if listed or score > 0]
            outer = outside_brackets(line)
            if any(v in outer for v in parts):  # "expense $4,226.50 (IME $2,160.00, ...)": a breakdown, not a part
                parts = [v for v in parts if v in outer]
            inputs = [i for v in parts if (i := search_input(p, line, v, "money")) is not None]
            if len(inputs) >= 2:
                return self.summed(inputs)
        return None

    def column_total(self, passage: Passage, words: Set[str]) -> ExpertResult | None:
        """"The total extra expense" of a table that lists it without a total row: the sum of its one
        amount column (of several, the one whose header alone the phrase names: "the unrecovered
        deposits" of a table with paid, refunded and unrecovered columns), for the table of ``passage``
        the phrase names best (its caption, the line above it, and that column's header, which counts
        double), when it has no total row of its own (a stated total is read as such)."""
        scored = []
        named = set(words) - COST or set(words)  # "cost", "amount": every money column's word, naming none
        for caption, header_cells, rows in pipe_tables(passage.text):
            columns = {i for _, cells in rows for i, c in enumerate(cells) if money_cell(c)}
            if not columns or not 2 <= len(rows) <= MAX_SUMMED_ROWS or any(TOTAL.search(r) for r, _ in rows):
                continue
            by_header = {i: shared(named, terms(header_cells[i] if i < len(header_cells) else "") - COST)
                         for i in columns}
            best = max(by_header.values())
            if len(columns) > 1:  # several money columns ("Paid", "Refunded", "Unrecovered"): the one its header
                # names, when the question asks a column's total ("total unrecovered"), not an item of a sum
                top = [i for i, v in by_header.items() if v == best]
                if best == 0 or len(top) != 1 or not _ASKS_COLUMN.search(self.question) or _ITEM_OF_SUM.search(
                        self.question):
                    continue
                column = top[0]
            else:
                column = next(iter(columns))
            score = 2 * by_header[column] + shared(named, terms(caption) - COST)
            if score > 0:
                scored.append((score, column, rows))
        if not scored:
            return None
        scored.sort(key=lambda t: -t[0])
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None  # two tables named as well: which one is not clear
        _, column, rows = scored[0]
        cells = [(raw, money_cell(cells[column]) if column < len(cells) else None) for raw, cells in rows]
        inputs = [i for raw, v in cells if v and (i := search_input(passage, raw, v, "money")) is not None]
        if len(inputs) != len(rows):
            return None  # a row without an amount in that column: not a plain list of figures
        return self.summed(inputs)

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
            return bool(TOTAL.search(f"{a.label.replace('_', ' ')} {a.text}"))

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
                picked = value_in(line, value, {"total"}, pairs=row_pairs(p, line))
                stated = search_input(p, line, picked, "money") if picked is not None else None
                if stated is not None and stated.amount > least:
                    parts = ", ".join(f"{name} {money_text(a.amount)} {a.cite(self.sources)}" for name, a in found)
                    text = (f"{money_text(stated.amount)} in total, as the file states it {stated.cite(self.sources)} "
                            f"(of which {parts}; no amount of its own for {joined_names(missing)}).")
                    return self.result(text, "stated_total", f"stated total {money_text(stated.amount)}", stated,
                                       *(a for _, a in found))
        parts = ", ".join(f"{name} {money_text(a.amount)} {a.cite(self.sources)}" for name, a in found)
        text = f"I found {parts}, but no amount for {joined_names(missing)} in the files, so I can't give the total."
        return ExpertResult(text, "none", self.sources.citations, sorted({a.claim_id for _, a in found if a.claim_id}))

    def net(self) -> ExpertResult | None:
        """"The payout after the deductible", "the final payment after the deductible and the
        advance": the base figure less each deduction named after "after"."""
        m = re.search(r"\b(?:after|net of|less|minus)\b", self.question, re.I)
        head, tail = (self.question[: m.start()], self.question[m.end():]) if m else (self.question, "")
        turned = DEDUCT_FROM.search(self.question) or COMES_OFF.search(self.question)
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
            elif phrase_words(part):
                found_list = self.amount(part, exclude=("deductible",))
                if found_list:
                    deductions.append((" ".join(w for w in re.findall(r"[a-z]+", part.lower())
                                                if w not in ("the", "a", "an", "and")), found_list[0]))
        if not deductions:
            found = self.deductible()
            if found is None:
                return None
            deductions.append(("deductible", found))
        if not phrase_words(head):  # "net of the retention, what do we owe on the response bills"
            head = re.sub(r"\b(?:after|net of|less|minus)\b|\b(?:the |a |an )?(?:deductible|retention|excess)\b", " ",
                          self.question, flags=re.I)
        only = deductions[0][1] if len(deductions) == 1 else None
        parts = plus_parts(head)
        if len(parts) > 1:  # "BI plus EE less the advance": the items added, then the deductions taken off
            return self.sum_less(parts, deductions)
        base = self.base_amount(head, exclude={d.value for _, d in deductions}, deduction=only)
        if base is None:
            return None
        values = [abs(d.amount) for _, d in deductions]
        if len(deductions) == 1 and deductions[0][0] in ("deductible", "retention", "excess"):
            result = net_of_deductible(base.amount, values[0])
        else:
            result = less(base.amount, values)
        if result.value <= 0:
            return None  # deductions as large as what they come off: the figure they come off was misread
        first = f"{money_text(base.amount)} {base.cite(self.sources)}"
        shown = " ".join(f"- {money_text(v)} {name} {d.cite(self.sources)}" for v, (name, d) in zip(values, deductions))
        text = f"{result.text}: {first} {shown}."
        return self.result(text, "net_of_deductible", result.working, base, *(d for _, d in deductions))

    def sum_less(self, parts: Sequence[str], deductions: Sequence[tuple[str, Input]]) -> ExpertResult | None:
        """"A plus B less C": each item found as a sum's items are, added, then each deduction
        taken off; nothing when an item is not found."""
        found = self.items_found(parts, exclude=("limit", "reserve", "premium", "deductible"),
                                 taken={(d.value, d.text) for _, d in deductions})
        if found is None:
            return None
        added = sum_amounts([a.amount for a in found])
        values = [abs(d.amount) for _, d in deductions]
        result = less(added.value, values)
        shown = self.listed(found)
        if result.value <= 0:
            return None  # deductions larger than what they come off: an item was misread
        off = " ".join(f"- {money_text(v)} {name} {d.cite(self.sources)}" for v, (name, d) in zip(values, deductions))
        text = f"{result.text}: {shown} {off}."
        return self.result(text, "net_of_deductible", f"{added.working}; {result.working}", *found,
                           *(d for _, d in deductions))

    def net_given(self, given: list[Given], cut: int) -> ExpertResult | None:
        """A net amount with figures the question states ("$4,000 after a $500 deductible"): the
        amount before "after" is the gross, the one after it the deductible; the file gives the
        one the question leaves out. The deductible comes off the gross once, never off a figure
        the file already states net."""
        # "$4,000 after a $500 deductible", "once the $2,500 deductible comes off the estimate":
        # the amount the deductible's own word stands beside is the deduction, wherever it is
        named = [g for g in given if DEDUCTION_NAMED.match(self.question[g.end:])
                 or DEDUCTION_BEFORE.search(self.question[:g.start])]
        if len(given) == 1 and not named and given[0].start >= cut and \
                (own := _OWN_NAME.match(self.question, given[0].end)) is not None and \
                re.search(r"\b(?:deductible|retention)\b", self.question[own.end():], re.I):
            return self.stated_and_deductible(given[0], own.group("name"), cut)
        before = [g for g in given if g.start < cut and g not in named]
        after = named or [g for g in given if g.start >= cut]
        base = question_input(str(before[0].value), self.question) if before else None
        deduction = question_input(str(after[0].value), self.question) if after else None
        if deduction is None:
            if not re.search(r"\bdeductible\b", self.question[cut:], re.I):
                return None
            deduction = self.deductible()
        if base is None and deduction is not None:
            # the figure the deductible comes off, named by the question's other words
            turned = DEDUCT_FROM.search(self.question) or COMES_OFF.search(self.question)
            phrase = turned.group("base") if turned else self.question[:cut]
            phrase = GIVEN_MONEY.sub(" ", DEDUCTION_WORDS.sub(" ", phrase))
            base = self.base_amount(phrase, exclude={deduction.value, str(deduction.amount)})
        if base is None or deduction is None:
            return None
        result = net_of_deductible(base.amount, abs(deduction.amount))
        if result.value <= 0 and not before:
            return None  # a deductible as large as the file's figure it comes off: that figure was misread
        text = (f"{result.text}: {money_text(base.amount)} {base.cite(self.sources)} - "
                f"{money_text(abs(deduction.amount))} deductible {deduction.cite(self.sources)}.")
        return self.result(text, "net_of_deductible", result.working, base, deduction)

    def stated_and_deductible(self, off: Given, name: str, cut: int) -> ExpertResult | None:
        """"The proven loss net of the $4,200 recovery and the deductible": the file's figure less the
        deduction the question states (named by its own word, "recovery") and the file's deductible."""
        deduction = self.deductible()
        if deduction is None:
            return None
        phrase = GIVEN_MONEY.sub(" ", DEDUCTION_WORDS.sub(" ", self.question[:cut]))
        base = self.base_amount(phrase, exclude={deduction.value, str(deduction.amount), str(off.value)})
        if base is None:
            return None
        stated = question_input(str(off.value), self.question)
        result = less(base.amount, [off.value, abs(deduction.amount)])
        if result.value <= 0:
            return None  # deductions as large as what they come off: the figure they come off was misread
        text = (f"{result.text}: {money_text(base.amount)} {base.cite(self.sources)} - {money_text(off.value)} "
                f"{name} - {money_text(abs(deduction.amount))} deductible {deduction.cite(self.sources)}.")
        return self.result(text, "net_of_deductible", result.working, base, stated, deduction)

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
            pairs = row_pairs(p, line)
            said = terms(line) | {t for h, _ in pairs for t in terms(h)}
            if not said & (kind_words("deductible") | words):
                continue  # a line that names no deductible ("Net BI loss $318,772.05"): no reading of it
            picked = value_in(line, value, words, pairs=pairs)
            if picked is not None and (found := search_input(p, line, picked, "money")) is not None:
                return found
        return None

    def base_amount(self, phrase: str, *, exclude: set[str], deduction: Input | None = None) -> Input | None:
        """The amount a deductible comes off: the approved, agreed or settled figure, preferring
        the words of the question; never a figure that is already net, a limit or a reserve.
        Besides the labelled amounts, the lines the search finds for the phrase are candidates;
        a figure that, less the deduction, gives an amount the file states (the file shows the
        arithmetic: "Net loss $195,003.60 ... Less: deductible $10,000.00 ... $185,003.60") is
        the gross the file itself took it from."""
        words = phrase_words(phrase)
        candidates: list[tuple[float, Input]] = []
        for a in self.amounts:
            line = terms(a.text)
            if a.value in exclude or a.amount <= 0:
                continue
            score = 2.0 * len(words & (line | label_words(a)))
            score += 3 * bool(line & {"approv", "settlement", "agre", "gross"}) + 1 * ("total" in a.text.lower())
            score -= 6 * bool(line & {"net", "less", "final", "paid", "deductible", "reserve", "limit", "premium",
                                      "subtotal", "balance"})
            candidates.append((score, a))
        stated = {a.amount for a in self.amounts}
        if words and self.search is not None:
            for rank, (p, text, value) in enumerate(self.search(phrase, "money")[:3]):
                stated |= {v for m in AMOUNT_IN_LINE.finditer(text) if (v := parse_money(m.group(0))) is not None}
                if ALREADY_NET.search(text):
                    continue  # "ACV less deductible $32,698.25": the deductible is off already
                picked = value_in(text, value, words, exclude, pairs=row_pairs(p, text))
                found = search_input(p, text, picked, "money") if picked is not None else None
                if found is not None and found.value not in exclude and found.amount > 0:
                    candidates.append((2.0 * len(words & terms(text)) + 2.0 - rank, found))
        plural = PLURAL_END.search(phrase)
        if words and self.search is not None and plural:
            # "what we owe on the invoices": their total as the file states it, not one of them
            hits = self.search(f"total {plural.group(0).strip()}", "money")[:3]
            for p, text, value in hits:
                if TOTAL.search(text) and not ALREADY_NET.search(text):
                    picked = value_in(text, value, words | {"total"}, exclude, pairs=row_pairs(p, text))
                    found = search_input(p, text, picked, "money") if picked is not None else None
                    if found is not None and found.value not in exclude and found.amount > 0:
                        candidates.append((8.0, found))
                        break
            else:  # the total line of the document the lines listed stand in ("Total billed to date: ...")
                docs = {p.doc_id for p, _, _ in hits}
                totals = [a for a in self.amounts if a.doc_id in docs and a.amount > 0 and TOTAL.search(a.text)
                          and not TABLE_ROW.search(a.text) and not ALREADY_NET.search(a.text)
                          and a.value not in exclude]
                if len({a.value for a in totals}) == 1:
                    candidates.append((8.0, totals[0]))
        if deduction is not None:
            # (when the phrase's words name some figure, only such a figure: a row of another thing whose net
            # merely happens to be stated, "$65,000 - $2,500" beside "contents $62,500", is no reading of "the
            # structure estimate")
            off = abs(deduction.amount)
            grosses = {a.amount for _, a in candidates}
            # (a figure that is itself another candidate less the deduction is a net: "payable $80,000" of
            # "net loss $85,000 ... less deductible $5,000" names what is asked, not what it comes off)
            # (named: two of the phrase's words at least, "the contents ACV" is no reading of "the dwelling ACV")
            # (the words of the result asked, "net payable", name no gross)
            naming = words - PAID
            named = [bool(naming) and shared(naming, terms(a.text) | label_words(a)) >= min(2, len(naming))
                     and a.amount + off not in grosses for _, a in candidates]
            candidates = [(score + 8 * (a.amount - off in stated and (named[k] or not any(named))), a)
                          for k, (score, a) in enumerate(candidates)]
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
        m = LIMIT_WORD.search(self.question)
        if m is None:
            return None
        head = re.sub(r"^.*?\b(?:of|on|under|in)\s+(?=(?:the|our|my|its|their)\b)", "", self.question[: m.end()],
                      flags=re.I)
        limit = self.limit(head)
        if limit is None or limit.passage is None and not limit.text:
            return None
        letter = LETTERED_COVERAGE.search(f"{head} {limit.text}")
        key = {t for t in _item_words(limit) if not t.isdigit()} - LIMIT_KIND - CALC_STEMS
        rest = self.question[m.end():]
        count = next((NUMBER_WORDS[w.lower()] for w in re.findall(r"[a-z]+", rest, re.I)
                      if w.lower() in NUMBER_WORDS and w.lower() not in ("a", "an")), None)
        query = f"{' '.join(sorted(key))} payments" if not letter else f"coverage {letter.group(1)} payments"

        def books(line: str) -> bool:
            if letter:
                return bool(re.search(rf"\b(?:cov(?:erage)?\.?\s+)?{letter.group(1)}\s*(?:-|\u2013|:)\s", line)
                            or re.search(rf"\bcov(?:erage)?\.?\s+{letter.group(1)}\b", line, re.I))
            return shared(key, terms(line)) > 0

        for p, line, _ in self.search(query, "money")[:3]:
            lines = p.text.splitlines()
            at = next((i for i, raw in enumerate(lines) if raw.strip() == line.strip()), None)
            if at is None:
                continue
            start, end = at, at
            while start > 0 and AMOUNT_IN_LINE.search(lines[start - 1]):
                start -= 1
            while end + 1 < len(lines) and AMOUNT_IN_LINE.search(lines[end + 1]):
                end += 1
            rows = [raw.strip() for raw in lines[start:end + 1]
                    if books(raw) and not TOTAL.search(raw) and raw.strip() != limit.text.strip()
                    and not names_limit(p, raw)]
            paid = [i for row in rows if (v := value_in(row, "", set(), pairs=row_pairs(p, row)))
                    and (i := search_input(p, row, v, "money")) is not None]
            if paid and (count is None or len(paid) == count):
                result = remaining_limit(limit.amount, [i.amount for i in paid])
                shown = " - ".join(f"{money_text(i.amount)} {i.cite(self.sources)}" for i in paid)
                text = (f"{result.text} remaining: {money_text(limit.amount)} limit {limit.cite(self.sources)} - "
                        f"{shown} paid.")
                return self.result(text, "remaining_limit", result.working, limit, *paid)
        return None

    def left_after(self) -> ExpertResult | None:
        """"What's still owed on the contents after the advance", "the reserve left after what's been
        paid": the base figure less the one taken off, each found as its phrase names it (what has
        been paid: the payments the file states in total, else the amount its words name), two
        different figures, the one taken off no larger than the base. Nothing else: no guess."""
        phrases = left_after(self.question)
        if phrases is None:
            return None
        base_phrase, off_phrase = phrases
        off_phrase = re.sub(r"^\s*what(?:'s| has| have)?\s+(?:been\s+)?", "", off_phrase, flags=re.I)
        off_words = phrase_words(off_phrase)
        # the base is no line that names what is taken off ("an advance of $5,000 on contents" is the advance)
        base = [a for a in self.amount(base_phrase, every=True)
                if not shared(off_words, terms(clause_of(a.text, a.amount)))][:1]
        if not base:
            return None
        given = money_given(off_phrase)
        taken = {(base[0].value, base[0].text)}
        off = ([question_input(str(given[0].value), self.question)] if len(given) == 1
               else self.amount(off_phrase, taken=taken))
        if not off or (off[0].value, off[0].text) in taken or not 0 < off[0].amount < base[0].amount:
            return None  # one figure read twice, or more taken off than there is: no remainder
        if not any(_in_currency(i) for i in (base[0], off[0])):
            return None  # spore counts, gallons: no amounts of money, and no remainder stated in dollars
        result = less(base[0].amount, [off[0].amount])
        text = (f"{result.text} left: {money_text(base[0].amount)} {base[0].cite(self.sources)} - "
                f"{money_text(off[0].amount)} {off[0].cite(self.sources)}.")
        return self.result(text, "less", result.working, base[0], off[0])

    def change(self) -> ExpertResult | None:
        """By how much a figure changed: the line the phrase names (on the date the question gives,
        "on 08/05", "at the 2/12 review", when it gives one) that states it before and after (a
        history row's ``Previous``/``New``, "billed $12,960.00: approved $12,240.00", "from $X to
        $Y"): the difference of its two figures. None when no such line is found."""
        m = CHANGE.search(self.question)
        if self.search is None or m is None:
            return None
        phrase = f"{m.group('who')} {m.group('rest')}"
        when = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", phrase)
        phrase_plain = re.sub(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", phrase)
        words = phrase_words(phrase_plain)
        month = re.search(r"\bin (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", phrase, re.I)

        def on_the_day(text: str) -> bool:
            if when:
                return same_day(text, int(when.group(1)), int(when.group(2)))
            if month:
                return any(f"{d:%b}".lower() == month.group(1).lower() for d, _ in find_dates(text))
            return True

        for p, line, _ in self.search(phrase_plain, "money")[:5]:
            pairs = row_pairs(p, line)
            if pairs:  # a history row: the one of the day asked, else the latest change of the item
                row = next((u for u in passage_rows(p) if u.excerpt == line.strip()), None)
                key = {c.strip().lower() for _, c in pairs if not money_cell(c) and not find_dates(c)
                       and shared(words, terms(c))}
                same = [u for u in passage_rows(p) if row is not None and u.label == row.label
                        and {c.strip().lower() for _, c in u.pairs} & key]
                if when or month:
                    same = [u for u in same if on_the_day(u.excerpt)]
                    if not same:
                        continue
                    line, pairs = same[0].excerpt, same[0].pairs
                elif key:
                    line, pairs = history_row(p, line, pairs, words, latest=True)
            elif not on_the_day(line):
                continue
            if not shared(words, terms(line)):
                continue
            since_first = bool(SINCE_FIRST.search(self.question))
            if pairs and since_first and key:  # "since it was first set": the item's first row to its latest
                first_line, first_pairs = history_row(p, line, pairs, words, latest=False)
                last_line, last_pairs = history_row(p, line, pairs, words, latest=True)
                ends = [value_in(first_line, "", words, pairs=first_pairs), value_in(last_line, "", words,
                                                                                     pairs=last_pairs)]
                if first_line != last_line and all(ends):
                    firsts, lasts = search_input(p, first_line, ends[0] or "", "money"), search_input(
                        p, last_line, ends[1] or "", "money")
                    if firsts is not None and lasts is not None and firsts.amount != lasts.amount:
                        high, low = sorted((firsts, lasts), key=lambda i: -i.amount)
                        result = difference(high.amount, low.amount)
                        text = (f"{result.text}: from {money_text(firsts.amount)} {firsts.cite(self.sources)} "
                                f"to {money_text(lasts.amount)} {lasts.cite(self.sources)}.")
                        return self.result(text, "difference", result.working, high, low)
            if pairs and (by_column := self.column_change(p, line, pairs, words, m.group("verb"))):
                return by_column
            if pairs:
                values = [v for h, c in pairs if (v := money_cell(c))]
            else:  # the sentence of the line that names it and states two figures or more (a history)
                sentences = [c for c in re.split(r"(?<=[.;!?])\s+", line) if len(AMOUNT_IN_LINE.findall(c)) >= 2]
                said = max(sentences, key=lambda c: (shared(words, terms(c)), -len(AMOUNT_IN_LINE.findall(c))),
                           default="")
                values = [x.group(0) for x in AMOUNT_IN_LINE.finditer(said) if not RATE_AFTER.match(said[x.end():])]
                if len(values) > 2 and HISTORY_STEP.search(said):
                    # "$120,000 -> $250,000 -> $340,000": since it was first set, the first to the last;
                    # else the latest change
                    values = [values[0], values[-1]] if since_first else values[-2:]
                if not values and (dated := history_pair(self.question, figures(line))) is not None:
                    # "set 09/11 at $200,000.00; reduced 09/25 to $170,000.00": a history over two
                    # sentences, each figure dated (the pair at the date asked, if any)
                    values = [dated[0].written, dated[1].written]
            if len(values) != 2:
                continue
            inputs = [i for v in values if (i := search_input(p, line, v, "money")) is not None]
            if len(inputs) != 2 or inputs[0].amount == inputs[1].amount:
                continue
            if not _same_direction(m.group("verb"), inputs[0].amount, inputs[1].amount):
                continue  # "went up" read from two figures that went down: not the figure asked
            high, low = sorted(inputs, key=lambda i: -i.amount)
            result = difference(high.amount, low.amount)
            text = (f"{result.text}: from {money_text(inputs[0].amount)} to {money_text(inputs[1].amount)} "
                    f"{inputs[0].cite(self.sources)}.")
            return self.result(text, "difference", result.working, high, low)
        asked_day = (int(when.group(1)), int(when.group(2))) if when else None
        return self.change_across_lines(phrase_plain, words, m.group("verb"), asked_day)

    def change_across_lines(self, phrase: str, words: set[str], verb: str,
                            asked_day: tuple[int, int] | None) -> ExpertResult | None:
        """A change no one line gives both ends of, as claim notes write it: "02/13 ... Rsv BI $150,000 / PD
        $18,000", then "03/02 ... BI rsv increased to $400,000". The line that tells the item's new figure
        ("increased to", "adj to $150,000": of the day asked, else the latest) against the figure the latest
        line dated before it gave the same item (the amount its words stand before). Each line is dated by
        its own date, else the last date written before it in its passage (a note's date)."""
        assert self.search is not None
        readings: list[tuple[date, bool, Input, int]] = []
        for p, line, value in self.search(phrase, "money")[:_CHANGE_LINES]:
            if TABLE_ROW.search(line):
                continue
            picked = value_in(line, value, words)
            day = _line_day(p, line)
            found = search_input(p, line, picked, "money") if picked is not None and day is not None else None
            named = shared(words, terms(clause_of(line, found.amount))) if found is not None else 0
            if found is None or day is None or any(r[2].text == line for r in readings) or not named:
                continue  # the figure of another item of the line ("specials to date $2,870.00")
            at = line.find(picked or "")
            readings.append((day, bool(CHANGED_TO.search(clause_of(line, found.amount)) or
                                       _NEW_FIGURE.search(line[:max(at, 0)])), found, named))
        told = [r for r in readings if r[1] and (asked_day is None or (r[0].month, r[0].day) == asked_day)]
        if not told:
            return None
        day, _, now, named = max(told, key=lambda r: r[0])
        # the item's figure before: named by as many of the phrase's words ("Rsv BI", not "BI specials")
        earlier = [r for r in readings if r[0] < day and r[2].amount != now.amount and r[3] >= named]
        if not earlier:
            return None
        return self.change_result(verb, max(earlier, key=lambda r: r[0])[2], now)

    def column_change(self, passage: Passage, line: str, pairs: Sequence[tuple[str, str]], words: Set[str],
                      verb: str) -> ExpertResult | None:
        """A change in a wide history table, whose item is a column ("| Date | Medical | Indemnity |
        ... | Reason |"): the row the phrase names (its other words: "the post-IME review") against
        the dated row before it, under the column the phrase names."""
        headers = [h for h, c in pairs if money_cell(c) and shared(set(words), terms(h))]
        row = next((u for u in passage_rows(passage) if u.excerpt == line.strip()), None)
        if len(headers) != 1 or row is None or not find_dates(line):
            return None
        column = headers[0]
        dated = sorted(((find_dates(u.excerpt)[0][0], u) for u in passage_rows(passage)
                        if u.label == row.label and find_dates(u.excerpt)), key=lambda d: d[0])
        at = next((i for i, (_, u) in enumerate(dated) if u.excerpt == row.excerpt), None)
        if not at:
            return None
        before = dated[at - 1][1]
        cells = [next((money_cell(c) for h, c in u.pairs if h == column), None) for u in (before, row)]
        inputs = [search_input(passage, u.excerpt, v, "money") for u, v in zip((before, row), cells) if v]
        if len(inputs) != 2 or inputs[0] is None or inputs[1] is None or inputs[0].amount == inputs[1].amount:
            return None
        return self.change_result(verb, inputs[0], inputs[1], item=column.strip())

    def change_result(self, verb: str, was: Input, now: Input, *, item: str = "") -> ExpertResult | None:
        """A figure's change from ``was`` to ``now`` ("$30,000.00: from $200,000.00 [1] to $170,000.00 [2]"),
        or None when it went the other way than the question's verb says ("how much did it drop")."""
        if not _same_direction(verb, was.amount, now.amount):
            return None
        result = difference(max(was.amount, now.amount), min(was.amount, now.amount))
        named = f"{item} " if item else ""
        text = (f"{result.text}: {named}from {money_text(was.amount)} {was.cite(self.sources)} to "
                f"{money_text(now.amount)} {now.cite(self.sources)}.")
        return self.result(text, "difference", result.working, was, now)

    def difference(self) -> ExpertResult | None:
        phrases = difference_phrases(self.question)
        if phrases is None:
            return None
        first, second = phrases

        def named(phrase: str) -> list[Input]:  # a limit is found as limits are ("the per-occurrence limit")
            if LIMIT_WORD.search(phrase):
                limit = self.limit(phrase)
                return [limit] if limit is not None else []
            return self.amount(phrase)

        a, b = named(first), named(second)
        if bool(a) != bool(b):  # one figure found: say which, and which one is not
            known, missing = (a[0], second) if a else (b[0], first)
            text = (f"I found {money_text(known.amount)} {known.cite(self.sources)} but no amount for "
                    f"{item_name(missing)} in the files, so I can't compare them.")
            return ExpertResult(text, "none", self.sources.citations, [known.claim_id] if known.claim_id else [])
        if not a or not b or a[0] == b[0] or a[0].amount == b[0].amount:
            return None  # one figure read for both (a "$0.00" difference between two things named apart): no answer
        high, low = sorted((a[0], b[0]), key=lambda i: -i.amount)
        result = difference(high.amount, low.amount)
        text = (f"{result.text}: {money_text(high.amount)} {high.cite(self.sources)} - "
                f"{money_text(low.amount)} {low.cite(self.sources)}.")
        return self.result(text, "difference", result.working, high, low)

    def compare(self) -> ExpertResult | None:
        """"Is A more than B?" between two amounts the question names (or states): yes or no, both
        figures cited, and by how much (the difference tool). Two different figures, each found as
        its own phrase names it, or nothing: one figure read as both sides answers nothing."""
        m = COMPARE.search(self.question)
        if m is None:
            return None

        def side(phrase: str, taken: set[tuple[str, str]]) -> Input | None:
            given = money_given(phrase)
            if len(given) == 1:
                return question_input(str(given[0].value), self.question)
            found = self.amount(phrase, taken=taken)
            return found[0] if found else None

        a = side(m.group("a"), set())
        b = side(m.group("b"), {(a.value, a.text)} if a is not None else set())
        if a is None or b is None or (a.value, a.text) == (b.value, b.text) or a.amount <= 0 or b.amount <= 0:
            return None
        asked_more = m.group("more") is not None
        high, low = (a, b) if a.amount >= b.amount else (b, a)
        result = difference(high.amount, low.amount)
        yes = (a.amount > b.amount) if asked_more else (a.amount < b.amount)
        relation = "more" if a.amount > b.amount else "less" if a.amount < b.amount else "the same as"
        than = "than " if relation != "the same as" else ""
        by = f", by {result.text}" if result.value else ""
        text = (f"{'Yes' if yes else 'No'}: {money_text(a.amount)} {a.cite(self.sources)} is {relation} {than}"
                f"{money_text(b.amount)} {b.cite(self.sources)}{by}.")
        return self.result(text, "difference", result.working, high, low)

    def claim_name_words(self) -> set[str]:
        """The words every file of the claim is named with ("bellmoor" of bellmoor_terrace_status_report_3.docx):
        a question's words that pick the claim, not an item of it."""
        names = [i.doc_words for i in (*self.amounts, *self.events) if i.doc_words]
        return set(frozenset.intersection(*names)) if names else set()

    def table_sum(self, items: Sequence[str]) -> ExpertResult | None:
        """"4C + 3C + 2C building est", "vendor amounts 2023 + 2024": rows of one table, each named by
        its own cells, in the one column the items' words name (the only money column, or the one a
        header shares a word with: a column named by one item is every item's). Nothing unless every
        item names its own row of the same table."""
        words = [phrase_words(i) - COST for i in items]
        for p, table in self.tables_found([" ".join(items), *items]):
            header = table[1]
            column_words = {w for ws in words for w in ws if any(shared({w}, terms(h)) for h in header)}
            cells = [table_cell(table, ws | column_words) for ws in words]
            if any(c is None or not c[6] for c in cells):
                continue
            if any(c is not None and capped(c[3], c[2]) for c in cells) and not kinds_named(set().union(*words)):
                continue  # "up to $1,000 per occurrence": a coverage's cap, not what the item cost
            picked = [c for c in cells if c is not None]
            if len({c[1] for c in picked}) != 1 or len({c[0] for c in picked}) != len(picked):
                continue
            inputs = [search_input(p, c[3], c[4], "money") for c in picked]
            if any(i is None for i in inputs):
                continue
            return self.summed([i for i in inputs if i is not None])
        return None

    def rows_total(self, phrase: str) -> ExpertResult | None:
        """"The total paid on the <vendor> lines", "allowed for the <category> rows": the sum of one column
        (the money column the phrase names by its header, or the table's only one) over the rows of one table
        whose own cells (those that hold no amount) the phrase's other words name: a provider, a vendor, a
        category. Nothing unless two rows or more are named, not all of them (a whole column is its total),
        and the words name one set of rows best."""
        words = phrase_words(phrase) - COST - _ROW_NOUNS
        if not words:
            return None
        for p, table in self.tables_found([phrase]):
            _, header, rows = table
            money_cols = [i for i in range(len(header)) if any(i < len(c) and money_cell(c[i]) for _, c in rows)]
            col_scores = {i: shared(words, terms(header[i]) - COST) for i in money_cols}
            top_col = max(col_scores.values(), default=0)
            named_cols = [i for i, v in col_scores.items() if v == top_col]
            if top_col == 0 and len(money_cols) == 1:
                named_cols = money_cols
            if len(named_cols) != 1:
                continue
            column = named_cols[0]
            group = {w for w in words if not shared({w}, terms(header[column]))}
            labels = {r: " ".join(c for j, c in enumerate(cells) if j not in money_cols)
                      for r, (_, cells) in enumerate(rows)}
            counted = [r for r, label in labels.items() if not TOTAL.search(label)]
            scores = {r: shared(group, terms(labels[r])) for r in counted}
            top = max(scores.values(), default=0)
            if not group or top == 0 or 2 * top < len(group):
                continue
            picked = [r for r in counted if scores[r] == top]
            if not 2 <= len(picked) < len(counted):
                continue
            inputs = [search_input(p, rows[r][0], cell, "money") for r in picked
                      if column < len(rows[r][1]) and (cell := money_cell(rows[r][1][column]))]
            if len(inputs) != len(picked) or any(i is None for i in inputs):
                continue
            return self.summed([i for i in inputs if i is not None])
        return None

    def tables_found(self, queries: Sequence[str]) -> Iterator[tuple[Passage, PipeTable]]:
        """The pipe tables of the passages each query finds for an amount (its first ``_TABLE_HITS``), each
        passage once, in the order found: where a sum or a share of a table's cells looks."""
        if self.search is None:
            return
        seen: set[str] = set()
        for query in queries:
            for p, _, _ in self.search(query, "money")[:_TABLE_HITS]:
                if p.node_id not in seen:
                    seen.add(p.node_id)
                    yield from ((p, table) for table in pipe_tables(p.text))

    def table_share(self, part: str, whole: str) -> ExpertResult | None:
        """A share read from one table: the part the cell its phrase names (its column by the header,
        its row by the row's own words, the Total row when it names none: "what % of the theft was
        altered checks" is the Total row's "Altered checks"), the whole the cell of the same table its
        phrase names, or the table's grand total when it names no column or row of it ("of the
        theft"). Nothing unless both are cells of one table, distinct, the part no larger."""
        for p, table in self.tables_found([part, whole]):
            a = table_cell(table, phrase_words(part) - COST)
            b = table_cell(table, phrase_words(whole) - COST, grand_total=True)
            if a is not None and a[5] and a[6] and (b is None or (b[5] and not b[6])):
                # "what % of billed was allowed on the <item>": the whole is the same row's cell in its own column
                same = _same_row_cell(table, a[0], whole)
                b = same if same is not None and same[1] != a[1] else b
            if a is not None and b is not None and not a[5] and b[5]:
                # "the cold store" of "the building total": the row, in the whole's column
                a = table_cell(table, (phrase_words(part) - COST) | (terms(table[1][b[1]]) - COST))
            if a is None or b is None or a[:2] == b[:2] or not 0 < a[2] < b[2]:
                continue
            if not any(b[5:]) and not (a[5] and not a[6]):
                continue  # a grand total is the whole of a column's total ("altered checks" of all)
            pa, pb = (search_input(p, a[3], a[4], "money"), search_input(p, b[3], b[4], "money"))
            if pa is None or pb is None:
                continue
            result = share_of(pa.amount, pb.amount)
            text = (f"{result.text}: {money_text(pa.amount)} {pa.cite(self.sources)} of "
                    f"{money_text(pb.amount)} {pb.cite(self.sources)}.")
            return self.result(text, "share_of", result.working, pa, pb)
        return None

    def share(self) -> ExpertResult | None:
        """"What percentage of the estimate has been paid?": one figure as a share of another,
        both found like any amount (first as cells of one table); a figure not found is named."""
        phrases = share_phrases(self.question)
        if phrases is None:
            return None
        part, whole = phrases
        if not LIMIT_WORD.search(whole) and (from_table := self.table_share(part, whole)) is not None:
            return from_table
        if not self.given_money and (counted := self.count_share(part, whole)) is not None:
            return counted
        a = self.amount(part)
        if LIMIT_WORD.search(whole):  # "what percentage of the building limit is the estimate"
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
            if abs(a[0].amount) > abs(b[0].amount):
                return None  # a part larger than its whole: one of the two figures is not the one named
            result = share_of(a[0].amount, b[0].amount)
            text = (f"{result.text}: {money_text(a[0].amount)} {a[0].cite(self.sources)} of "
                    f"{money_text(b[0].amount)} {b[0].cite(self.sources)}.")
            return self.result(text, "share_of", result.working, a[0], b[0])
        known = a or b
        if not known:
            return None
        name, other = (item_name(part), item_name(whole)) if a else (item_name(whole), item_name(part))
        text = (f"I found {name} {money_text(known[0].amount)} {known[0].cite(self.sources)} but no amount for "
                f"{other} in the files, so I can't give the share.")
        return ExpertResult(text, "none", self.sources.citations, [known[0].claim_id] if known[0].claim_id else [])

    def measured(self, unit: Unit) -> ExpertResult | None:
        """A share, a difference or a sum of quantities that are not money ("what % of the shipped bags came
        back", "released minus recovered, in gallons", "trusses replaced plus reinforced"), each read in the
        unit the question names from the line the fact selector finds for its phrase, each line cited."""
        if (shares := share_phrases(self.question)) is not None:
            # the part read first from its whole's line ("the lot held 86 units; 77 were parked outside")
            whole, part = self.quantities(shares[::-1], unit)
            if part is not None and whole is not None and part.amount == whole.amount:
                # a part as large as its whole is no share anyone asks: the whole was read from a line of the part
                text = (f"I found {quantity_text(part.amount, unit)} {item_name(shares[0])} {part.cite(self.sources)} "
                        f"but no count of {item_name(shares[1])} in all, so I can't give the share.")
                return ExpertResult(text, "none", self.sources.citations, [part.claim_id] if part.claim_id else [])
            if part is None or whole is None or part.amount > whole.amount or whole.amount <= 0:
                return None
            share = share_of(part.amount, whole.amount).share
            text = (f"{share}%: {quantity_text(part.amount, unit)} {part.cite(self.sources)} of "
                    f"{quantity_text(whole.amount, unit)} {whole.cite(self.sources)}.")
            working = f"{quantity_text(part.amount, unit)} / {quantity_text(whole.amount, unit)} = {share}%"
            return self.result(text, "share_of", working, part, whole)
        if (two := difference_phrases(self.question)) is not None:
            a, b = self.quantities(two, unit)
            if a is None or b is None or a.amount == b.amount:
                return None
            high, low = sorted((a, b), key=lambda i: -i.amount)
            worked = quantity_difference(high.amount, low.amount, unit)
            text = (f"{quantity_text(worked.value, unit)}: {quantity_text(high.amount, unit)} "
                    f"{high.cite(self.sources)} - {quantity_text(low.amount, unit)} {low.cite(self.sources)}.")
            return self.result(text, "difference", worked.working, high, low)
        items = sum_items(self.question)
        found = self.quantities(items, unit) if len(items) > 1 else []
        if not found or any(i is None for i in found):
            return None
        inputs = [i for i in found if i is not None]
        worked = quantity_sum([i.amount for i in inputs], unit)
        listed = " + ".join(f"{quantity_text(i.amount, unit)} {i.cite(self.sources)}" for i in inputs)
        return self.result(f"{quantity_text(worked.value, unit)} in total: {listed}.", "sum", worked.working, *inputs)

    def quantities(self, phrases: Sequence[str], unit: Unit) -> list[Input | None]:
        """Each phrase's quantity in ``unit``, a different figure for each: read first from the line the
        previous phrase's was (the columns of one table row: "shipped minus retrieved"), else from the best
        lines the fact selector finds for the phrase, the first that states one its clause names; ``None`` for
        a phrase none of them does. Of several rows of a table, the one the question's other words name,
        else its total row: "how many units are still out" asks of all of them."""
        rest = phrase_words(self.question) - set().union(*(phrase_words(p) for p in phrases)) - set(terms(unit.name))
        taken: set[tuple[str, str]] = set()
        out: list[Input | None] = []
        for phrase in phrases:
            words = phrase_words(phrase)
            hits = self.search(phrase, "measure")[:_MEASURE_LINES] if self.search and words else []
            hits = sorted(hits, key=lambda h: (-shared(rest, terms(h[1])), not _TOTAL_ROW.search(h[1])))
            previous = [(i.passage, i.text) for i in out[-1:] if i is not None and i.passage is not None]
            found = None
            for p, line in [*previous, *((p, line) for p, line, _ in hits)]:
                pairs = row_pairs(p, line)  # a table row's figures under their columns ("shipped: 48,200")
                q = quantity_for("; ".join(f"{c}: {v}" for c, v in pairs) if pairs else line, unit, words)
                item = search_input(p, line, str(q.value), "measure") if q is not None else None
                if item is not None and (item.value, item.text) not in taken:
                    found = item
                    break
            if found is not None:
                taken.add((found.value, found.text))
            out.append(found)
        return out

    def count_share(self, part: str, whole: str) -> ExpertResult | None:
        """"What % of the rooms were occupied": a share of counts one sentence states as "N of M" ("occupied
        that night in 22 of the 31 rooms", "14 out of 40 units flooded"), in the passages found for the
        question: the sentence that names the whole's thing and most of the part's words, N no larger than M.
        Nothing when no such sentence is found: a count is never read from two lines that may count different
        things."""
        if self.search is None:
            return None
        whole_words, part_words = phrase_words(whole) - COST, phrase_words(part) - COST
        if not whole_words or not part_words:
            return None
        passages = {p.node_id: p for query in (f"{whole} {part}", part)
                    for p, _, _ in self.search(query, "count")[:_COUNT_LINES]}
        best: tuple[int, Passage, str, int, int] | None = None
        for p in passages.values():
            for sentence in _SENTENCES.split(" ".join(p.text.split())):
                said = terms(sentence)
                if not shared(whole_words, said) or not shared(part_words, said):
                    continue
                for m in _N_OF_M.finditer(sentence):
                    n, total = int(m.group("n").replace(",", "")), int(m.group("m").replace(",", ""))
                    noun = terms(m.group("noun") or "") | terms(sentence[:m.start()])
                    if not 0 < n <= total or not shared(whole_words, noun):
                        continue
                    score = shared(part_words, said) + shared(whole_words, said)
                    if best is None or score > best[0]:
                        best = (score, p, sentence, n, total)
        if best is None:
            return None
        _, p, sentence, n, total = best
        result = share_of(n, total)
        cited = moment_input(p, sentence, str(n))  # cited by its sentence, as a moment is
        text = f"{result.share}%: {n} of {total} {cited.cite(self.sources)}."
        return self.result(text, "share_of", f"{n} / {total} = {result.share}%", cited)

    def what_if(self) -> ExpertResult | None:
        """"What would the settlement have been if the laptops had not been recovered?": the
        figure plus the amount taken off for the thing that did not happen."""
        m = WHAT_IF.search(self.question)
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


def _range_end(event: Input | None, *, end: bool) -> Input | None:
    """:func:`range_end` when the event's own date is an end of the range its line gives
    ("Period of restoration: 02/27/2026 - 07/15/2026"), not when the line dates it apart ("...
    (reopened to the public 07/16/2026)")."""
    found = range_end(event, end=end)
    if found is None or event is None or found is event:
        return found
    dates = [d.isoformat() for d, _ in find_dates(event.text)]
    at = dates.index(found.value) if found.value in dates else -1
    ends = dates[max(0, at - 1): at + 1] if end else dates[at: at + 2]
    return found if at >= 0 and event.value in ends else event


def _verdict(word: str, check: LimitCheck) -> str:
    """The answer to the question as asked: "is it under $X?" is answered yes when within, "is it over $X?" /
    "does it exceed $X?" yes when over."""
    if re.match(r"over|above|exceed|beyond|more", word, re.I):
        return f"Yes, over by {money_text(check.over_by)}" if not check.within else "No, within"
    return "Yes, within" if check.within else f"No, over by {money_text(check.over_by)}"


def _left(check: LimitCheck) -> str:
    """", $115,000.00 left" of a check within its limit: what the adjuster asks next ("and what's left of it")."""
    return f", {money_text(check.left)} left" if check.within and check.left > 0 else ""


_COUNTED = re.compile(r"\b(?:two|three|four|both)\b", re.I)
"""A count of figures a phrase names ("the two demands")."""

_COUNTED_LINES = 6
"""How many of the fact selector's lines the figures a phrase counts are read from."""

_OWN_NAME = re.compile(r"\s+(?P<name>(?!(?:and|plus|less|minus|or|deductible|retention|excess|ded|SIR)\b)[a-z][\w-]*)",
                       re.I)
"""The word right after a figure the question states that names what it is ("the $4,200 *recovery*")."""

_SEVERAL = re.compile(r"\b(?:two|three|four|both|together|combined|all)\b", re.I)
"""Words of an amount's phrase that name several figures ("the two attorney demands together"): one figure
found for it is not the amount asked."""

_NAMES_CEILING = re.compile(r"\s*(?:[\w'&/-]+\s+){0,3}?(?:limit|limits|cap|maximum|max|sublimit|authority)\b",
                            re.I)
"""The words right after a figure the question states that make it a ceiling ("the *$10k investigation
sublimit*", "a $2,500 cap"): the figure checked against it is the file's."""

_COUNT_ASKED = re.compile(r"^\W*how many\b(?!\s+(?:dollars|bucks)\b)", re.I)
"""A limit check that asks a count ("how many days are left under the 30-day max"): no amount to check."""

_ON_TOP = re.compile(r"\s*(?:more|additional|extra|on top|further|again)\b", re.I)
"""An amount the question states as on top of what is paid ("$4,200 more"): checked alone it says nothing."""

_COUNT_LINES = 6
"""How many of the fact selector's lines for a share of counts its "N of M" line may be among."""

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\s*\|\s*")
"""Where a sentence (or a table cell) ends, in a passage's text with its line breaks joined."""

_N_OF_M = re.compile(r"(?<![\d/.$,-])(?P<n>\d{1,3}(?:,\d{3})*)\s+(?:of|out of)\s+(?:the\s+|all\s+|its\s+|their\s+)?"
                     r"(?P<m>\d{1,3}(?:,\d{3})*)(?![\d/.,]\d)(?:\s+(?P<noun>[A-Za-z][\w-]*))?")
"""A share of counts as a line writes it: "22 of the 31 rooms", "14 out of 40 units"."""

_WRAP_MINUTES = 12 * 60
"""An end earlier in the day than its start is taken as the next day (a night shift, a fire after midnight) only
over a span shorter than this, when no date says so: over a longer one the two moments are the wrong ones."""

_ROW_NOUNS = frozenset(t for w in "line lines row rows item items entry entries".split() for t in content_terms(w))
"""How a question names a set of a table's rows ("the <vendor> lines"): no word of a row's own cells."""

_PERIOD_LINES = 6
"""How many of the fact selector's lines for a period's thing the line stating its length may be among."""

_DEADLINE_WORDS = re.compile(r"^\W*(?:when|what (?:date|day|time))\s+(?:(?:does|do|will|is|did|would)\s+)?|"
                             r"\b(?:end|ends|expire|expires|run out|runs out|lapse|lapses|elapse|elapses|be up|is up|"
                             r"come due|fall due)\b|\?", re.I)
"""The words that ask when a period runs out, not what it is of."""


_END_CHOICES = 2
"""How many moments each end of a duration is read from: the best pair in order (the start before
the end) is taken, so an end whose best line times the other event ("Time of incident 4:42 PM" for
"the report finished") gives way to its next one ("Report completed ... 6:05 PM")."""


_ASKED_CLAUSE = re.compile(r"^\W*(?:did|does|do|was|were|is|are|had|has|have)\b", re.I)
"""A phrase read for a duration's start that begins the question's own clause ("did the carrier take"
of "how long did the carrier take to pay"): who took the time, not an event, so no order to hold."""


def _dated_after(start: Input, end: Input) -> bool:
    """Whether a duration's start is dated on a later day than its end (both moments with dates):
    a pair read in the wrong order, not a span."""
    (start_day, _), (end_day, _) = read_moment(start.value), read_moment(end.value)
    return start_day is not None and end_day is not None and start_day > end_day


def _in_rank_order(starts: Sequence[Input], ends: Sequence[Input]) -> Iterator[tuple[Input, Input]]:
    """The pairs of a start and an end, the best-ranked first (by the sum of their ranks, then the
    start's rank)."""
    pairs = sorted(((i, j) for i in range(len(starts)) for j in range(len(ends))), key=lambda ij: (sum(ij), ij[0]))
    for i, j in pairs:
        yield starts[i], ends[j]


_ITSELF = re.compile(r"^(?:this|the present|these)\b|^(?:issued|dated|written|signed|hereof|issue)\b", re.I)
"""A period's start named as its own document's date: "30 days of *this letter*", "valid 180 days from *the date
issued*"."""


def _question_anchor(thing: str) -> str | None:
    """What the question says a period runs from: "the 30 days *in the demand letter*", "90 days *from the
    notice*", "the waiting period *on the theft*"."""
    m = re.search(r"\b(?:in|of|from|after|on|since|following)\s+(?P<x>.+)$", thing, re.I)
    return m.group("x").strip(" ?") if m and phrase_words(m.group("x")) else None


def _naming_every_word_first(hits: Sequence[Input], words: Set[str]) -> list[Input]:
    """The fact selector's lines for an event, those of its first few that name every word of the
    event (a clipped word standing for its word) put first: "the first ortho visit" is the line of
    an "ortho visit", not a "First PT visit" that shares only the ordinal and the head noun. An
    event of one word is left to the selector's order (any line naming it names all of it)."""
    if len(words) < 2:
        return list(hits)
    whole = [n for n, i in enumerate(hits[:_LABEL_HITS]) if shared(words, terms(i.text)) == len(words)]
    return [hits[n] for n in whole] + [i for n, i in enumerate(hits) if n not in whole]


_ROW_ORDER = re.compile(r"\b(?:first|earliest|last|latest|final|most recent)\b", re.I)
"""A row of a ledger or a log named by its order ("the last disbursement"); not "initial access", an event."""


_SOMEONES = re.compile(r"\b(?:his|her|their|its|[\w-]+'s)\s", re.I)
"""A possessive: "*caldera's* report" is a document of someone's, dated by its own date line."""


_SPAN_LINES = 2
"""How many of the best lines a duration named by one thing is read from when no line gives both ends ("left at
02:05", "back at 02:31"): the two best; a third line of the same day (another event's time) is no end of it."""

_SPAN_DAYS = 3
"""A duration named by one thing ("how long was the water in") read from two dated lines spans a few days at most."""

_CLOCK_RANGE = re.compile(r"\s*(?:to|until|till|through|thru|-|\u2013|\u2014)\s*$", re.I)
"""What joins a range's two times in one line: "on site 10:15 AM to 12:50 PM", "09:30-16:10"."""

_POSSESSOR = re.compile(r"\b[\w-]+'s\b", re.I)
"""A possessor before an event ("the owner's death"): it says whose event, not which."""

_LABEL_HITS = 5
"""How far down the fact selector's units for an event a line labelling its date may stand."""
"""How many of the best lines for a thing a duration of it ("how long did X run") reads its times from."""


def _moment_text(value: str) -> str:
    """``2026-05-16 11:14`` -> ``11:14 on May 16, 2026``; ``11:14`` (or ``16:31:08``) as it is."""
    day, clock = read_moment(value)
    said = next((part for part in value.split() if ":" in part), "") if clock is not None else ""
    if day is None:
        return said
    return f"{said} on {long_date(day)}" if said else long_date(day)


_PLUS = re.compile(r"\s*\+\s*|\s+plus\s+")


def plus_parts(text: str) -> list[str]:
    """The items of "A + B plus C" that name something (one item when there is no "+")."""
    return [p for p in _PLUS.split(text) if phrase_words(p)]


_SUM_WORDS = frozenset(content_terms("what's that come to total all in altogether combined in total sum"))
"""Words that ask for the sum, not name an item of it ("what's that come to")."""

MAX_SUMMED_ROWS = 8
"""The most rows a table's column is summed over in an answer (each cited: under 400 characters)."""


QUANTIFIER = re.compile(r"(?:^|,|\()\s*(?:all|both|each|every)(?:\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|six|"
                        r"\d+))?(?:\s+[a-z]+)?\s*(?:\)|$)|\bso far\b|\bto date\b(?=\W*$)", re.I)
"""Words of a sum that say how many parts it has or when, not what a part is: "all three
buckets", "(all coverages)", "so far"."""


PipeTable = tuple[str, list[str], list[tuple[str, list[str]]]]
"""A table as :func:`pipe_tables` reads it: (caption, header cells, [(row line, cells)])."""


def pipe_tables(text: str) -> list[PipeTable]:
    """The pipe tables of a text, each as ``(caption, header cells, [(row line, cells)])``: Markdown
    tables (a header row over a ``---`` separator), and the tables a DOCX or PDF is read into, rows
    of ``a | b | c`` with no separator, at least two rows under a header holding no amount, every
    row with as many cells. The caption is the line above the table (its heading: "## Schedule 3 -
    Extra expense", "Payments", "Reserve summary as of 08/10:")."""
    tables: list[PipeTable] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if not _PIPE_ROW.search(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and _PIPE_ROW.search(lines[i]):
            i += 1
        block = [raw.strip() for raw in lines[start:i]]
        # "| a | b |" (Markdown) drops its edge pipes; "Total |  | $5.00 | " keeps its empty last cell
        cells = [[c.strip() for c in (raw[1:-1] if raw.startswith("|") and raw.endswith("|") else raw).split("|")]
                 for raw in block]
        separator = [n for n, row in enumerate(cells) if row and all(re.fullmatch(r":?-{2,}:?", c) for c in row)]
        caption = next((raw.strip() for raw in reversed(lines[:start]) if raw.strip()), "").lstrip("#").strip()
        if separator == [1]:
            tables.append((caption, cells[0], list(zip(block[2:], cells[2:]))))
        elif (not separator and len(block) >= 3 and len({len(row) for row in cells}) == 1 and len(cells[0]) >= 2
              and not any(money_cell(c) for c in cells[0])):
            tables.append((caption, cells[0], list(zip(block[1:], cells[1:]))))
    return tables


def table_cell(table: PipeTable, words: Set[str], *,
               grand_total: bool = False) -> tuple[int, int, Decimal, str, str, bool, bool] | None:
    """The amount cell of a pipe table a phrase's words name: ``(row, column, amount, row line, cell
    as written, whether a column was named, whether a row was)``. The column is the money column
    whose header the words name best (the only one, or the Total column, when they name none); the row
    the one whose own cells (those that hold no amount) they name best, or the Total row when they
    name none. ``grand_total``: a phrase naming nothing of the table is its grand total (the Total
    row's Total column); otherwise the phrase must name a column or a row. ``None``: nothing named,
    or two rows or columns named as well.
    """
    caption, header, rows = table
    money_cols = [i for i in range(len(header)) if any(i < len(cells) and money_cell(cells[i]) for _, cells in rows)]
    if not money_cols or not rows:
        return None

    def best(scores: dict[int, int]) -> int | None:
        top = max(scores.values(), default=0)
        picked = [k for k, v in scores.items() if v == top]
        return picked[0] if top > 0 and len(picked) == 1 else None

    col_scores = {i: shared(words, terms(header[i]) - COST) for i in money_cols}
    labels = {r: " ".join(c for j, c in enumerate(cells) if j not in money_cols) for r, (_, cells) in enumerate(rows)}
    row_scores = {r: shared(words, terms(label)) for r, label in labels.items()}
    column, row = best(col_scores), best(row_scores)
    named = (column is not None, row is not None)
    if max(col_scores.values()) > 0 and column is None or max(row_scores.values()) > 0 and row is None:
        return None  # two columns (or rows) named as well: which is not clear
    if column is None and row is None and not grand_total:
        return None
    totals = [r for r, label in labels.items() if TOTAL.search(label)]
    total_cols = [i for i in money_cols if TOTAL.search(header[i])]
    if column is None:
        column = money_cols[0] if len(money_cols) == 1 else (total_cols[0] if len(total_cols) == 1 else None)
    if row is None:
        row = totals[0] if len(totals) == 1 else None
    if column is None or row is None:
        return None
    raw, cells = rows[row]
    cell = money_cell(cells[column]) if column < len(cells) else None
    amount = parse_money(cell) if cell else None
    return (row, column, amount, raw, cell, *named) if cell and amount is not None else None


def _same_row_cell(table: PipeTable, row: int, phrase: str) -> tuple[int, int, Decimal, str, str, bool, bool] | None:
    """The cell of ``row`` in the one money column whose header the phrase writes ("of *billed*"), read by the
    header's own words (a header like "Billed" or "Charged" is a word for any amount to :func:`terms`)."""
    _, header, rows = table
    said = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", phrase)}
    raw, cells = rows[row]
    columns = [i for i, h in enumerate(header) if i < len(cells) and money_cell(cells[i])
               and said & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", h)}]
    if len(columns) != 1:
        return None
    cell = money_cell(cells[columns[0]])
    amount = parse_money(cell) if cell else None
    return (row, columns[0], amount, raw, cell, True, True) if cell and amount is not None else None


_TABLE_HITS = 6
"""How many of the search's units for a share's phrase are read for the table they stand in."""

_PIPE_ROW = re.compile(r"^\s*\||\S\s\|\s\S")
"""A table row as a file is read into text: a Markdown row, or cells joined by `` | ``."""


def outside_brackets(line: str) -> str:
    """``line`` without its parenthesised asides (a figure's breakdown: "$4,226.50 (IME $2,160.00, ...)")."""
    return re.sub(r"\([^()]*\)", " ", line)


def _is_table_row(passage: Passage, line: str) -> bool:
    """A row of a table (not a line of form fields): its figures are its columns, of different kinds."""
    row = next((u for u in passage_rows(passage) if u.excerpt == line.strip()), None)
    run_together = line.count("|") >= 6  # a table's rows run into one line (a PDF's text layer)
    return run_together or line.strip().startswith("|") or (row is not None and row.layout == "row")


_FIRM_WORDS = frozenset("llc inc incorporated corp corporation company ltd limited group the and".split())


def _without_party_names(question: str, documents: Sequence[DocumentInfo]) -> str:
    """The question without the words of the claim's parties' names ("did castellano-pryce settle
    within authority"): they pick the claim, they name no amount; read as an operand's words they
    lead the search to the line that names the party instead of the figure."""
    if len({d.claim_id for d in documents}) != 1:
        return question
    names = {n for d in documents for n in (*d.metadata.insured, *d.metadata.claimants)
             if not set(re.findall(r"[a-z]+", n.lower())) & _FIRM_WORDS and len(n.split()) <= 3}  # persons, not firms
    tokens = {t.lower() for n in names for t in re.findall(r"[A-Za-z][\w'-]{3,}", n)}
    if not tokens:
        return question
    return re.sub(r"[A-Za-z][\w-]*(?:'s)?", lambda m: " " if re.sub(r"'s$", "", m.group(0).lower()) in tokens
                  else m.group(0), question)


ENOUGH = re.compile(r"\b(?:is|are|was|were|will)\s+(?P<ceiling>.+?)\s+(?:enough|sufficient|adequate)\s+"
                    r"(?:to cover\s+|for\s+|to pay\s+)(?P<amount>.+?)(?:\?|$)", re.I)
"""A reserve (or limit) checked against an amount: "is the BI reserve enough to cover BI + EE claimed"."""


_UP = re.compile(r"\b(?:go|went|gone|goes) up\b|\bincrease|\brise|\brose\b|\braise|\bbumped\b", re.I)
_DOWN = re.compile(r"\b(?:go|went|gone|goes|come|came) down\b|\bdrop|\bdecrease|\bfall|\bfell\b|\bcut\b|\breduc|"
                   r"\blower|\bknock|\btak\w* off|\btook off|\btrim|\bshave", re.I)


def _same_direction(verb: str, was: Decimal, now: Decimal) -> bool:
    """A change asked as going up is read from figures that rose, one asked as going down from
    figures that fell; a verb of either way ("change") takes both."""
    if _UP.search(verb):
        return now > was
    if _DOWN.search(verb):
        return now < was
    return True


_CHANGE_LINES = 8
"""How many of the fact selector's lines for a changed figure its history is read from."""

_NEW_FIGURE = re.compile(r"\bto\s*$", re.I)
"""A figure written as what something was changed *to* ("Rsv adj to $150,000"): the new one."""


def _line_day(passage: Passage, line: str) -> date | None:
    """The date a line opens with, else the date the last line opening with a date before it in its passage
    opens with (a note's, not a date the note tells), else the first date of the line."""
    lines = passage.text.splitlines()
    squashed = " ".join(line.split())[:40]
    at = next((i for i, text in enumerate(lines) if squashed in " ".join(text.split())), len(lines))
    for text in [line, *reversed(lines[:at])]:
        if (opening := _OPENING_DATE.match(text)) and (told := find_dates(opening.group(0))):
            return told[0][0]
    own = find_dates(line)
    return own[0][0] if own else None


_OPENING_DATE = re.compile(r"^[\W_]*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4})")
"""A date opening a line: a note's or a log entry's own date."""


SINCE_FIRST = re.compile(r"\bsince (?:it was |they were |we )?(?:first|initially|originally|opened|set)\b|"
                         r"\bsince (?:the )?(?:first|initial|original|opening)\b", re.I)
"""A change asked over the whole history ("how much has the reserve gone up since it was first set")."""


HISTORY_STEP = re.compile(r"(?:->|\u2192|=>|\bto\b|\bthen\b).*(?:->|\u2192|=>|\bto\b|\bthen\b)", re.I)
"""A line that tells a figure's successive values ("$120,000 -> $250,000 -> $340,000")."""


_MEASURED = (None, "share", "difference", "left_after", "remaining", "net", "total", "change")
"""The calculations a question asking a quantity that is not money may be read as ("how many bags are still
out (shipped minus retrieved)" asks none the money shapes know): read as a share, a difference or a sum of
quantities."""

_MEASURE_LINES = 4

_RESERVE_LINES = 8
"""How many of the fact selector's best lines for reserves are read for the reserves a claim carries."""

_PAID_ASKED = re.compile(r"\b(?:paid|payments?|spent|billed|incurred)\b", re.I)

_TOTAL_ROW = re.compile(r"^\W*(?:grand\s+)?totals?\b", re.I)
"""A table's total row ("| TOTAL | 20,000 | 12,000 |")."""
"""How many of the fact selector's best lines a quantity is looked for in."""

_QUANTITY_ASKED = re.compile(r"\bhow many\b(?![^?]*\$)|\b(?:total|sum of|add up|combined)\s+(?:\w+\s+){0,2}?"
                          r"(?:hours|hrs|minutes|mins|days|gallons|miles|inches|feet|pounds|lbs|units|people|guests)\b",
                          re.I)
"""A sum asked as a count or a quantity ("how many trusses in all", "total caregiver hours"), not an amount of money."""

_ASKS_COLUMN = re.compile(r"\b(?:total|sum|altogether|in all|combined)\b", re.I)
_ITEM_OF_SUM = re.compile(r"\bplus\b|\+|\band\b", re.I)

_CURRENCY = re.compile(r"\$|\bUSD\b|\bdollars?\b|[\u20ac\u00a3]")


def _in_currency(item: Input) -> bool:
    """Whether an amount read as money is written as money: a currency sign in its line, or in its passage before
    it (a table's header: "Amount (USD)")."""
    if _CURRENCY.search(item.text):
        return True
    text = item.passage.text if item.passage is not None else ""
    at = text.find(item.text[:40])
    return bool(_CURRENCY.search(text[:at] if at >= 0 else ""))


def _item_words(item: Input) -> set[str]:
    """The words that name what an amount is: a table row's cells without a figure ("Forensic
    investigation", the vendor), else the clause of the line before the amount."""
    if TABLE_ROW.search(item.text):
        cells = [c for c in item.text.strip().strip("|").split("|")
                 if c.strip() and not AMOUNT_IN_LINE.search(c) and not find_dates(c)]
        return {t for c in cells for t in terms(c) if not t.isdigit()}
    return {t for t in terms(clause_of(item.text, item.amount)) if not t.isdigit()} - CALC_STEMS


