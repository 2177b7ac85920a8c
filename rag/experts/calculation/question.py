"""Parse a calculation question: which arithmetic it asks (:func:`calculation_asked`), the
phrases that name its operands ("from X to Y", "what share of X is Y", the items of a sum), and
the numbers it states itself (inputs as they stand: "is $9,766.90 within a $100,000 limit?").

Only the question's wording is read here; nothing of any claim file."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from rag.experts.text import content_terms
from rag.metadata import parse_money
from rag.router import (
    ASKS_DEADLINE,
    ASKS_HOW_FAR,
    ASKS_RESERVE_CHECK,
    ASKS_UNDER_STATED,
    ASKS_UNUSED,
    ASKS_WITHOUT,
    asks_span,
)

CHANGE = re.compile(
    r"(?<!\bby )\bhow (?:much|far) (?:did|does|has|have|was|were|is) (?P<who>.+?) (?:get |been )?(?P<verb>drop|go up|"
    r"went up|gone up|gone down|went down|came down|go down|"
    r"increase|decrease|fall|rise|come down|change|cut|reduce|lower|raise|knock(?:ed)? off|take off|took off|"
    r"trim|shave off)\w*\b(?!\s+(?:from|than|compared|over|vs)\b)(?P<rest>.*)$", re.I)
"""How much a figure changed: "how much did the med reserve drop on 08/05", "how much did Julian
knock off the Kittredge Lowe bill": the two figures one line or row gives for it, before and after."""


IN_WEEKS = re.compile(r"\bhow many weeks\b|\bin weeks\b|\bweeks between\b", re.I)


CLOCK_ASKED = re.compile(r"\bhow many (?:hours|minutes|hrs|mins)\b|\bin (?:hours|minutes)\b|"
                         r"\b(?:hours|minutes|hrs|mins)\b[^?]*\b(?:from|between|after|before|since|until|till|til)\b",
                         re.I)
"""A duration asked in hours or minutes: answered from the times of day of its two events."""


DAYS_ASKED = re.compile(r"\b(?:days|weeks|months)\b|\bdwell time\b", re.I)
"""A duration asked in days: counted from the dates alone, whatever times the lines hold."""


SPAN_ONE = re.compile(r"\bhow long (?:was|were|did|does|is|had) (?P<x>.+?)(?:\s+(?:run|last|take|go|go on|open|"
                      r"in session|out|down|closed|off))?\s*(?:\?|$)", re.I)
"""A duration named by one thing: "how long did the mediation run", "how long was the power out"."""


_DAYS = re.compile(r"\bhow many (?:calendar )?(?:days|weeks|hours|hrs|minutes|mins?|seconds|secs?)\b|"
                   r"\b(?:hours|minutes) (?:from|between)\b|\btime between\b|"
                   r"\b(?:gap|difference) between\b(?=[^?]*\b(?:time|when|hours?|minutes?|o'clock)\b)|"
                   r"\b(?:days|weeks) between\b|\bhow long\b|\bhow soon\b|"
                   r"\bhow (?:fast|quickly)\b(?=.*\b(?:after|since)\b)|"
                   r"\belapsed\b|\bin weeks\b|"
                   r"\bnumber of days\b|\bin days\b|\bdays from\b|"
                   r"\bdays\b[^?]*\bfrom\b[^?]+\b(?:to|until|till)\b", re.I)


WHAT_IF = re.compile(r"\bwhat would (?:the )?(?P<base>.+?) (?:have been|be) if (?:the )?(?P<item>.+?) "
                      r"(?:had not|hadn't|were not|was not|weren't|wasn't)\s+(?:been\s+)?(?P<verb>\w+)", re.I)


_NET = re.compile(r"\bafter (?:the |a |an |applying (?:the |a )?)?(?:\$[\d,.]+k? )?(?:self-insured )?"
                  r"(?:deductible|retention|excess|SIR)\b|"
                  r"\bnet of\b|\bless the deductible\b|\bless\b(?!\s+than\b)|"
                  r"\bminus the deductible\b|\bnet\b|"
                  r"\b(?:minus|subtract\w*|tak(?:e|ing) off|deduct(?!ible)\w*)\b.*\b(?:deductible|retention|excess)\b|"
                  r"\b(?:deductible|retention|excess)\b.*\b(?:comes? off|taken off|subtracted|deducted)\b", re.I)


_REMAINING = re.compile(r"\bremaining\b|\bleft\b|\bremains?\b", re.I)


_DIFFERENCE = re.compile(r"\bhow (?:much|far) (?:more|less|higher|lower|greater|smaller|over|under|above|below)\b|"
                         + ASKS_HOW_FAR + "|"
                         r"\bdifference between\b|"
                         r"\bby how much\b|\b(?:gap|spread) between\b|\bhow far apart\b", re.I)


_SUM = re.compile(r"\btotal of\b|^\W*(?:(?:what(?:'s| is| was)|how much is) (?:the )?)?total\b|"
                  r"\bsum\b|\badd(?:ed)? up\b|\bin total\b|\bcombined\b|\baltogether\b|\bplus\b|"
                  r"\bcomes? to\b|"
                  r"\btogether\b|\s\+\s?|\w\+\w", re.I)


_CALC_WORDS = frozenset(
    "how many days long soon number between sum add added up combined altogether together net after "
    "less minus remaining left remain remains much more higher lower difference calendar take took "
    "it until till since pass passed elapsed went by first last final initial latest".split()
)


CALC_STEMS = frozenset(t for w in _CALC_WORDS for t in content_terms(w))


Calculation = Literal["deadline", "share", "limit_check", "compare", "days", "what_if", "change", "difference",
                      "remaining", "left_after", "net", "total"]


_NOT_COMPUTED = re.compile(r"\bbusiness days\b|\b(?:must|should|required|supposed to)\b", re.I)
"""Business days (the tools count calendar days), or a rule ("how soon must ..."): quoted by the
needle expert, not computed."""

_ALLOWED = re.compile(r"\ballowed\b", re.I)
_MONEY_WORDS = re.compile(r"[$%]|\b(?:sum|total|billed|paid|percent(?:age)?|amounts?|amt|charges?|fees?)\b", re.I)
""""How many days are allowed" is a rule, quoted; "allowed" beside money words is a bill's allowed amount
("the sum of allowed on the therapy lines"), computed."""


_LIMIT_NAMED = re.compile(r"\b(?:sub)?limit\b|\bcoverage\b|\baggregate\b", re.I)


def calculation_asked(question: str) -> Calculation | None:
    """Which calculation a question asks, read from its wording alone (the first that fits, in
    this order); ``None`` when it asks none this expert does."""
    if _NOT_COMPUTED.search(question) or (_ALLOWED.search(question) and not _MONEY_WORDS.search(question)):
        return None
    if share_phrases(question) is not None:
        return "share"
    if asks_span(question) is not None:
        return "days"
    if DEADLINE.search(question):
        return "deadline"
    for kind, pattern in (("limit_check", _LIMIT_CHECK), ("compare", COMPARE), ("days", _DAYS), ("what_if", WHAT_IF),
                          ("change", CHANGE), ("difference", _DIFFERENCE)):
        if pattern.search(question):
            return kind  # type: ignore[return-value]
    if _LIMIT_NAMED.search(question) and _REMAINING.search(question):
        return "remaining"
    if left_after(question) is not None:
        return "left_after"
    if _NET.search(question):
        return "net"
    if _SUM.search(question) or rates_for(question):
        return "total"
    return None


_LIMIT_CHECK = re.compile(
    r"\b(?:within|under|over|exceed(?:s|ed|ing)?|above|below|inside|fit|fits|beyond|more than|less than)\b.*"
    r"\b(?:limit|limits|cap|maximum|max|sublimit|authority)\b|"
    + ASKS_UNDER_STATED + "|"
    + ASKS_RESERVE_CHECK + "|"
    r"\bwhat (?:percent(?:age)?|share)\b.*\b(?:limit|cap|maximum|authority)\b", re.I)
"""A limit check: "is $9,766.90 within a $100,000 limit?", "does the estimate exceed the limit?"."""


COMPARE = re.compile(r"^\W*(?:is|are|was|were|does|do|did)\s+(?P<a>.+?)\s+"
                     r"(?:by itself\s+|alone\s+|on (?:its|their) own\s+)?"
                     r"(?:(?P<more>more|higher|greater|bigger|larger)|(?P<less>less|lower|smaller))\s+than\s+"
                     r"(?P<b>.+?)\s*(?:\?|$)", re.I)
"""Two amounts compared by a yes/no question: "is the contents claim more than the deductible?", "was the
second bid lower than the first?". Only asked as a question (it opens with its verb), so "how much more than"
stays a difference."""


_RATE_UNIT = r"(?P<unit>day|week|wk|hour|hr)s?\b"
_COUNT = (r"(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)"
          r"[\s-]*(?P<per>days?|weeks?|wks?|hours?|hrs?)\b")
RATE_FOR = (
    # "rental at $2,850 per day for the 5 wk lead time", "storage at $85/day for 3 weeks"
    re.compile(r"(?P<rate>\$\s?\d[\d,]*(?:\.\d{1,2})?)\s*(?:per\s+|an?\s+|/\s*|each\s+)" + _RATE_UNIT
               + r"[^$?]*?\bfor\s+(?:the\s+|a\s+period\s+of\s+)?" + _COUNT, re.I),
    # "12 days of storage at $85 a day", "3 weeks at $2,850/day"
    re.compile(_COUNT + r"(?:\s+of\s+[\w' -]+?)?\s+at\s+(?P<rate>\$\s?\d[\d,]*(?:\.\d{1,2})?)\s*"
               r"(?:per\s+|an?\s+|/\s*|each\s+)" + _RATE_UNIT, re.I),
)
"""A rate the question states times a duration it states: its product is an input of the sum."""

_DAYS_IN = {"day": 1, "week": 7, "wk": 7, "hour": 1, "hr": 1}
_KIND_OF = {"day": "day", "week": "day", "wk": "day", "hour": "hour", "hr": "hour"}


@dataclass(frozen=True)
class RateFor:
    """``$2,850.00 per day for 5 weeks``: the rate, how many of its unit, and where it stands."""

    rate: Decimal
    count: Decimal
    unit: str
    start: int
    end: int


def rates_for(text: str) -> list[RateFor]:
    """The rates times durations a text states, each as a count of the rate's own unit (5 weeks of a
    daily rate are 35 days); none where the units do not convert (a monthly count of a daily rate)."""
    found: list[RateFor] = []
    for pattern in RATE_FOR:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            rate = parse_money(m.group("rate"))
            unit = m.group("unit").lower().rstrip("s")
            per = re.sub(r"s$", "", m.group("per").lower())
            raw = m.group("n").lower()
            n = Decimal(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else Decimal(raw)
            if rate is None or _KIND_OF.get(unit) != _KIND_OF.get(per) or n <= 0:
                continue
            count = n * _DAYS_IN[per] / _DAYS_IN[unit] if _KIND_OF[unit] == "day" else n
            if count != count.to_integral_value() and _KIND_OF[unit] == "day":
                continue  # 5 weeks of a weekly rate is 5; 10 days of a weekly rate is no whole count: not guessed
            found.append(RateFor(rate, count, {"day": "days", "week": "weeks", "wk": "weeks", "hour": "hours",
                                               "hr": "hours"}[unit], m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


GIVEN_MONEY = re.compile(r"(?:\$|\bUSD\s?)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|K|million|M)\b)?")


LIMIT_WORD = re.compile(r"\b(?:limit|limits|cap|maximum|max|sublimit|authority)\b", re.I)
"""Words for a ceiling an amount is checked against; an adjuster's settlement *authority* is one."""


CHECK_WORD = re.compile(r"\b(?:within|under|over|exceed(?:s|ed|ing)?|above|below|inside|fit|fits|beyond|more than|"
                         r"less than)\b", re.I)


LIMIT_TERMS = frozenset(t for w in ("limit", "limits", "coverage", "cap", "maximum", "max", "sublimit", "policy",
                                    "authority")
                         for t in content_terms(w))


@dataclass(frozen=True)
class Given:
    """A number stated in the question: an input as it stands, cited by the calculation itself."""

    value: Decimal
    start: int
    end: int


def money_given(question: str) -> list[Given]:
    found = []
    for m in GIVEN_MONEY.finditer(question):
        value = parse_money(m.group(0))
        if value is not None:
            found.append(Given(value, m.start(), m.end()))
    return found


DEDUCTION_NAMED = re.compile(r"\s*(?:self-insured\s+)?(?:deductible|retention|excess|ded|SIR)\b", re.I)


DEDUCTION_BEFORE = re.compile(r"\b(?:deductible|retention|excess|SIR)\s+(?:of\s+|is\s+|at\s+)?$", re.I)


DEDUCT_FROM = re.compile(r"\b(?:subtract\w*|deduct(?!ible)\w*|tak(?:e|ing) off|remov\w+)\s+(?P<off>.+?)\s+"
                          r"(?:from|off)\s+(?P<base>.+?)(?:\?|$)", re.I)


COMES_OFF = re.compile(r"(?P<off>\b(?:the\s+|a\s+|an\s+)?(?:\$[\d,.]+k?\s+)?(?:deductible|retention|excess|SIR)\b)\s+"
                        r"(?:comes?|is taken|was taken|gets taken|is subtracted|is deducted)\s+off\s+(?:of\s+)?"
                        r"(?P<base>.+?)(?:\?|$)", re.I)


DEDUCTION_WORDS = re.compile(r"\b(?:deductible|retention|excess|SIR|subtract\w*|deduct\w*|comes? off|taken off|"
                              r"payable|once|owe|what's|what is)\b", re.I)


TRAILING_CLAIM = re.compile(r"\s+(?:on|for|in|under|to|from)(?:\s+(?:the\s+|this\s+|that\s+)?[\w'/ -]+)?\W*$")
"""The words after an item that pick the claim ("the medical bills *for Pruitt*")."""
LETTERED_COVERAGE = re.compile(r"\b(?:cov(?:erage)?|part)\.?\s+([A-F])\b", re.I)
"""A coverage named by the letter its form gives it ("Coverage A", "cov. D", "Part C")."""
ENDS_PLURAL = re.compile(r"\b\w+s\s*\W*$")
"""A phrase ending on a plural noun ("the invoices"): a list of lines, not one."""


PLURAL_END = re.compile(r"\b(?:invoices|bills|payments|charges|costs|expenses|specials|fees|items|amounts)\W*$",
                         re.I)
"""A base named as a list of lines ("the invoices"): their total, not one of them."""


ORDINAL = re.compile(r"\b(?:(?P<first>first|earliest|initial)|last|latest|final|most recent)\b", re.I)


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30}


def item_name(phrase: str) -> str:
    """An item of a question as the answer names it: "the DFIR" -> "the DFIR"; "legal" -> "legal"."""
    name = re.sub(r"\s+(?:on|for|in|of|at|to|from|under)\s*$", "", " ".join(phrase.split()).strip(" ,.?"), flags=re.I)
    return name or phrase


def joined_names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def expanded(words: Set[str]) -> set[str]:
    """Terms with their short forms, so that a file's "ortho" meets a question's "orthopedic":
    each term's first five letters."""
    return set(words) | {w[:5] for w in words if len(w) > 5 and w.isalpha()}


def shared(words: Set[str], other: Set[str]) -> int:
    """How many of ``words`` ``other`` holds, a clipped word standing for the word it begins
    ("med" for "medical", "ortho" for "orthopedic", either way round; three letters at least)."""
    full = expanded(other)
    return sum(1 for w in words if w in full or (len(w) >= 3 and w.isalpha() and any(
        o.startswith(w) or (len(o) >= 3 and w.startswith(o)) for o in other if o.isalpha())))


IN_FORCE = re.compile(r"\b(?:now|current(?:ly)?|latest|most recent|as (?:it|they) stands?|to ?day|presently|"
                       r"revised|updated|outstanding|after the (?:last|latest) change)\b", re.I)


FIRST_SET = re.compile(r"\b(?:initial(?:ly)?|original(?:ly)?|first set|at first|opening)\b", re.I)


ITS_OWN = re.compile(r"\b(?:its|their|the applicable|that|the relevant|the corresponding|own)\b", re.I)
"""A limit named by the item it caps: "within *its* sublimit", "under *the applicable* limit"."""


LIMIT_KIND = frozenset(t for w in ("limit", "limits", "sublimit", "aggregate", "cap", "maximum", "max", "authority",
                                    "coverage")
                        for t in content_terms(w))


COST = frozenset(content_terms("cost"))
"""cost/amount/price/charge/fee/total: implied by asking for an amount, so not required in its line."""


_BETWEEN = (
    # "how long was the truck out of service (DOL to back in service)": the two ends in parentheses
    re.compile(r"\((?:from )?(?P<a>[^()]+?) (?:to|until|till|through|->|-) (?P<b>[^()]+?)\)", re.I),
    # "dwell time on the incident - initial access to encryption": the two ends after a dash or colon
    re.compile(r"\s[-\u2013\u2014:]\s(?P<a>[^-\u2013\u2014:]+?) (?:to|until|till|til|thru|through) "
               r"(?P<b>[^-\u2013\u2014:]+?)(?:,\s*in (?:days|hours|minutes))?(?:\?|$)", re.I),
    re.compile(r"\bbetween (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", re.I),
    # "how many days was he on modified duty before the doctor took him off work": a state from its
    # start to the event that ended it
    re.compile(r"\b(?:days|long) (?:was|were|did|had) (?P<a>.+?) (?:before|until|till|prior to) (?P<b>.+?)(?:\?|$)",
               re.I),
    re.compile(r"\bfrom (?P<a>.+?) (?:to|until|till|til) (?P<b>.+?)(?:\?|$)", re.I),
    # "how many days until the money came back after the wire went out": the end first, then what it follows
    re.compile(r"\b(?:days|weeks|hours|minutes|long)\s+(?:until|till|til|before)\s+(?P<b>.+?)\s+"
               r"(?:after|following|since)\s+(?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"\bafter (?P<a>.+?) (?:was|were|did|is|does|had) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bbefore (?P<b>.+?) (?:was|were|did|is|does|had) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"\bsince (?P<a>.+?) (?:was|were|did|is|does|had|until) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?:was|were|did|is) (?P<b>.+?) (?:after|following) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"^\W*(?P<a>.+?) (?:to|until|till|through) (?P<b>.+?) in days\b", re.I),  # "loss to returned in days"
    # "how many days into the trip did she fly home": from the start of the one to the other
    re.compile(r"\b(?:days|hours|long) into (?P<a>.+?) (?:did|was|were|had|is) (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?:days|long|hours|minutes) (?P<a>.+?) (?:to|until|till|til) (?P<b>.+?)(?:\?|$)", re.I),
)


_SHARE = (
    re.compile(r"\bwhat (?:percent(?:age)?|pct|share|portion|fraction|proportion|%) of (?P<whole>.+?) "
               r"(?:is|was|are|were|has|have|had|did|does|do)\s+(?:been\s+)?(?P<part>.+?)(?:\?|$)", re.I),
    re.compile(r"^\W*(?:is|was|are|were)?\s*(?P<part>.+?) (?:is|was|are|were|represents?|makes? up) "
               r"what (?:percent(?:age)?|pct|share|portion|fraction|proportion|%) of (?P<whole>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?P<part>[^,]+?) as an? (?:percent(?:age)?|share|%) of (?P<whole>.+?)(?:\?|$)", re.I),
    # "% of shipped bags retrieved so far", "% of the invoices paid": the whole's things, then what became of them
    re.compile(r"(?:^|\s)(?:%|pct|percent(?:age)?) of (?P<whole>(?:the )?(?:[\w'-]+ ){0,3}?[a-z]+s) "
               r"(?P<part>[a-z]+ed\b[^?]*?)(?: so far| to date)?\s*(?:\?|$)", re.I),
)


_LEFT_AFTER = (
    # "what's still owed on the contents after the advance", "how much is left of the reserve after the payments"
    re.compile(r"\b(?:still\s+)?(?:owed|owing|due|left|remaining|outstanding|unpaid)\s+(?:on|of|for|in|under)\s+"
               r"(?P<base>.+?)\s+(?:after|once|net of)\s+(?P<off>.+?)\s*(?:[,;?]|$)", re.I),
    # "the STD reserve left after what's been paid", "reserve remaining after the two payments"
    re.compile(r"^\W*(?:(?:what(?:'s| is| was)|how much(?: is| was)?)\s+)?(?:the\s+)?(?P<base>.+?)\s+(?:still\s+)?"
               r"(?:left|remaining|outstanding|unpaid|owed)\s+(?:after|once|net of)\s+(?P<off>.+?)\s*(?:[,;?]|$)",
               re.I),
)
"""What remains of one figure after another is taken from it: ``(base, off)``."""


def left_after(question: str) -> tuple[str, str] | None:
    """``(base, off)`` of "what's still owed on contents after the advance", "the reserve left after
    what's been paid", "the invoice without the towing": a remainder, one figure less the other; of
    "how much of the reserve wasn't needed", the figure less what was paid."""
    for pattern in (*_LEFT_AFTER, ASKS_WITHOUT):
        m = pattern.search(question)
        if m and phrase_words(m.group("base")) and m.group("off").strip():
            return m.group("base").strip(), m.group("off").strip()
    m = ASKS_UNUSED.search(question)
    if m and phrase_words(m.group("base")):
        return m.group("base").strip(), _WHAT_WAS_PAID
    return None


_WHAT_WAS_PAID = "what was paid"
"""What comes off a figure whose unused part is asked: what was paid of it."""


_DIFFERENCE_PHRASES = (
    re.compile(r"\b(?:difference|gap|spread) between (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bhow far apart (?:are|were) (?P<a>.+?) and (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\b(?:more|less|higher|lower|greater|smaller) (?:was|is|were|did)? ?(?P<a>.+?) than "
               r"(?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bhow (?:much|far) (?:over|under|more than|less than|above|below) (?P<b>.+?) "
               r"(?:was|is|were|are|did) (?P<a>.+?)(?:\?|$)", re.I),
    re.compile(r"\bhow (?:much|far) (?:is|was|are|were) (?P<a>.+?) (?:over|above|under|below|more than|"
               r"less than) (?P<b>.+?)(?:\?|$)", re.I),
    # "how far did the demand come down from the first offer to the settlement": its two ends
    re.compile(r"\bhow (?:much|far) .+? (?:come|came|gone|go|went|drop\w*|fall|fell|rise|rose|move\w*)"
               r"(?: down| up)? from (?P<a>.+?) to (?P<b>.+?)(?:\?|$)", re.I),
    re.compile(r"\bby how much (?:did|does|do|would|will|is|was) (?P<a>.+?) "
               r"(?:come down|go up|drop|fall|rise|increase|decrease|"
               r"exceed|differ|change)\w* (?:from|than|over)? ?(?P<b>.+?)(?:\?|$)", re.I),
    # "how many bags are still out (shipped minus retrieved)", "kitchen total minus the outdoor total"
    re.compile(r"\((?P<a>[^()]+?)\s+minus\s+(?P<b>[^()]+?)\)", re.I),
    re.compile(r"^\W*(?:what(?:'s| is| was)\s+)?(?P<a>[^()]+?)\s+minus\s+(?P<b>[^()]+?)(?:\?|$)", re.I),
)


def difference_phrases(question: str) -> tuple[str, str] | None:
    """``(a, b)`` of "the difference between A and B", "how much more is A than B", "how far over B was A"."""
    for pattern in _DIFFERENCE_PHRASES:
        m = pattern.search(question)
        if m:
            return m.group("a"), m.group("b")
    return None


def share_phrases(question: str) -> tuple[str, str] | None:
    """``(part, whole)`` of "what percentage of the limit is the estimate", "the paid amount is what
    share of the reserve", "the payment as a percentage of the estimate"."""
    for pattern in _SHARE:
        m = pattern.search(question)
        if m and phrase_words(m.group("part")) and phrase_words(m.group("whole")):
            return m.group("part").strip(), m.group("whole").strip()
    return None


_CLAIM_TAIL = re.compile(r"\s+(?:on|for|in|of|under)\s+(?:the|this|that|our)?\s*[\w' -]*?"
                         r"\b(?:claim|file|loss|matter|case)\s*\W*$", re.I)
"""``... on the accord collision claim``: the words that picked the claim, not the event's."""


_TOOK = re.compile(r"\bhow (?:long|many (?:days|weeks|hours|minutes))\s+(?:did|does|do|will|would|had)\s+"
                   r"(?:it\s+take\s+(?P<who>.+?)|(?P<who2>.+?)\s+take)\s+to\s+(?P<act>.+?)"
                   r"(?:\s+(?:after|following|from|since)\s+(?P<a>.+?))?\s*(?:\?|$)", re.I)
"""How long someone took to act: "how long did the bank take to acknowledge the recall", "how long did it take
the officer to get there after dispatch". The time runs from what the act answers (the recall: what it
acts on, or what follows "after") to the act itself, not from "did the bank take"."""

_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
"""A trailing aside: "(vance crash)" names the claim, "(days)" the unit; no words of an event."""


def took_phrases(question: str) -> tuple[str, str] | None:
    """``(start, end)`` of "how long did X take to <act> [after Y]": from Y, else from the thing the act is
    done to (its words after the verb), to X's act. ``None`` when the act names nothing it answers ("how long
    did the carrier take to pay"): the question's other readings decide."""
    m = _TOOK.search(_ASIDE.sub("", question))
    if m is None:
        return None
    who, act = (m.group("who") or m.group("who2")).strip(), m.group("act").strip()
    start = m.group("a") or act.partition(" ")[2]
    end = f"{who} {act}"
    if not phrase_words(start) or not phrase_words(end):
        return None
    return start.strip(), end


def two_phrases(question: str) -> tuple[str, str] | None:
    """The two events a duration runs between, as the question names them."""
    span = asks_span(question) or took_phrases(question)
    if span is not None:
        return span
    for pattern in _BETWEEN:
        m = pattern.search(question)
        if m and phrase_words(m.group("a")) and phrase_words(m.group("b")):
            a, b = m.group("a").strip(" ,;:"), m.group("b").strip(" ,;:")
            b = _CLAIM_TAIL.sub("", b) if phrase_words(_CLAIM_TAIL.sub("", b)) else b
            return a, b
    return None


def phrase_words(phrase: str) -> set[str]:
    return {t for t in content_terms(phrase) if t not in CALC_STEMS}


DEADLINE = ASKS_DEADLINE

_NUMBER_NAMES = {"one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90}

PERIOD = re.compile(r"\b(?P<n>\d{1,4}|" + "|".join(_NUMBER_NAMES) + r")(?:\s*\((?P<n2>\d{1,4})\))?[\s-]*"
                    r"(?:calendar[\s-]+)?(?P<unit>days?|hours?|hrs?|hr|h|weeks?|wks?)\b", re.I)
"""A period as written: "30 days", "thirty (30) days", "72-hour", "72 hr", "2 weeks" (not "business days")."""


def period_in(text: str) -> tuple[int, int, str] | None:
    """``(days, hours, as written)`` of the first period ``text`` states, else ``None``."""
    for m in PERIOD.finditer(text):
        if re.match(r"\s*(?:business|working)\b", text[m.end("n"):], re.I):
            continue
        n = int(m.group("n2") or (m.group("n") if m.group("n").isdigit() else _NUMBER_NAMES[m.group("n").lower()]))
        unit = m.group("unit").lower()
        if n <= 0:
            continue
        if unit.startswith("h"):
            return 0, n, m.group(0)
        return (n * 7 if unit.startswith("w") else n), 0, m.group(0)
    return None


_ANCHOR = re.compile(r"\b(?:from|of|after|following|since|starting)\s+(?:the\s+)?(?:(?:date|time|day)\s+(?:of\s+)?)?"
                     r"(?P<x>[^.;,()\n]{2,60})", re.I)
"""What a period runs from, as its line says: "30 days *of the date of this letter*", "valid 180 days *from
the date issued*", "a 72-hour waiting period *from the time the loss is discovered*"."""


def period_anchor(line: str, written: str) -> str | None:
    """The event the period ``written`` in ``line`` runs from, as the line names it, else ``None``."""
    at = line.find(written)
    if at < 0:
        return None
    m = _ANCHOR.search(line, at + len(written))
    if m is None or m.start() - (at + len(written)) > 40:
        return None
    return m.group("x").strip()
