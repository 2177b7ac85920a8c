"""A calculation whose operands all stand in the one unit the fact selector chose.

Files state a figure and the one it is weighed against side by side: "replacement quote $19,850.00,
scheduled amount $18,400.00", "Indemnity reserve $59,901.66 (set 05/12/2025, previously $40,000.00
set 02/21/2025)", a table row with "Medical billed" and "Lost wages claimed". When the calculation
expert's own search for each operand finds nothing (its phrases are not the file's words), the
needle expert's answer still lands on that line, asked the whole question. This module reads the
operands back from that one unit, each by the words around it, and computes with the same tools:

- a sum of named items ("A plus B", "(indemnity + expense)"): each item the amount whose words it
  shares most, a different amount each;
- a check of one figure against another ("is A within B", "does A exceed B"): the two amounts the
  two phrases name;
- two figures the question names apart ("the difference between A and B", "A is what % of B",
  "what's left of A after B"): each the amount its phrase names;
- a change ("how much did the reserve go up", "by how much was it raised"): a unit that gives one
  figure's history, each amount dated (the pair around the date the question names, if any).

An amount is read only where the cited excerpt writes it, and the result is cited as its own
source (the tool, its inputs, its result), as every calculation is.

Anything less clear (an item no amount's words name, a third amount nobody asked about, a change
in a unit whose amounts are not a history) is no answer: the needle's line stands as it was.
Only the question's wording and the unit's text are read; no phrase of any claim file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import permutations

from rag.answer import Citation
from rag.experts.calculation.question import (
    CHANGE,
    GIVEN_MONEY,
    calculation_asked,
    difference_phrases,
    left_after,
    phrase_words,
    share_phrases,
    shared,
)
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import content_terms
from rag.metadata import find_dates, parse_money
from rag.tools import check_limit, difference, share_of, sum_amounts
from rag.tools.money import less, money_text

_CLAUSE_END = re.compile(r"[;|()\[\]\n]|\s/\s|,\s|\s[-\u2013\u2014]\s|\.\s")
"""What ends the clause that labels an amount: "Medical billed: $14,077.60; #: 5", "$350,000.00 indemnity /"."""

_CHECK = re.compile(r"^\W*(?:is|are|was|were|does|do|did|would|will)\s+(?P<a>.+?)\s+(?P<verb>within|inside|under|"
                    r"below|over|above|exceed(?:s|ed|ing)?|(?:go|goes|went) (?:over|above|past))\s+(?P<b>.+?)"
                    r"(?:[?,;]|$)", re.I)
"""A yes/no check of one figure against another: "is the quote within the scheduled amount?"."""

_ITEMS_IN_BRACKETS = re.compile(r"\((?P<items>[^()]+?(?:\s\+\s?|\s(?:plus|and)\s)[^()]+?)\)", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?:\+|\bplus\b|\band\b|&)\s*", re.I)
_SUM_OPENING = re.compile(r"^\W*(?:(?:what(?:'s| is| was| are| were)|how much (?:is|was|are|were))\s+)?"
                          r"(?:the\s+)?(?:total|sum|combined)(?:\s+of)?\s+", re.I)
_ASKS_LEFT = re.compile(r"\b(?:left|remaining|remains|unused|available)\b", re.I)
"""A question asking what is left of a figure ("how much retention is left")."""

_PART_OF_WHOLE = re.compile(r"(?P<part>\$\s?\d[\d,]*(?:\.\d{1,2})?)\s+(?:used\s+|paid\s+|spent\s+)?(?:out\s+)?of\s+"
                            r"(?:the\s+|its\s+|an?\s+)?(?P<whole>\$\s?\d[\d,]*(?:\.\d{1,2})?)")
"""A figure written as part of its whole: "$3,420.00 of $10,000.00", "$1,500 used of $2,000"."""

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ASKED_DAY = re.compile(r"\b(?:on|dated|of)\s+(?P<m>\d{1,2})/(?P<d>\d{1,2})\b")
_ASKED_MONTH = re.compile(r"\bin\s+(?P<month>" + "|".join(_MONTHS) + r")\b", re.I)


@dataclass(frozen=True)
class Figure:
    """One amount of the unit, with the words of the clause around it and the date that clause gives."""

    value: Decimal
    written: str
    words: frozenset[str]
    day: date | None


def figures(text: str) -> list[Figure]:
    """The amounts ``text`` states, in order, each with the content words of its own clause (up to
    the nearest delimiter or the next amount on either side) and the date between it and its
    neighbours. An amount alone in brackets ("ACV ($11,450.00)") takes the words just before them."""
    found = [(m.start(), m.end(), m.group(0), parse_money(m.group(0))) for m in GIVEN_MONEY.finditer(text)]
    out: list[Figure] = []
    for i, (start, end, written, value) in enumerate(found):
        if value is None:
            continue
        low = found[i - 1][1] if i else 0
        high = found[i + 1][0] if i + 1 < len(found) else len(text)
        before, after = text[low:start], text[end:high]
        ends = list(_CLAUSE_END.finditer(before))
        left = before[ends[-1].end():] if ends else before
        if not content_terms(left) and ends and ends[-1].group(0) in "([":
            left = " ".join(re.findall(r"[\w'-]+", before[:ends[-1].start()])[-3:])
        stop = _CLAUSE_END.search(after)
        right = after[:stop.start()] if stop else after
        own = find_dates(f"{left} {right}")  # "05/06/2025 $20,000.00": the date of its own clause
        near = find_dates(before[-40:]) + find_dates(after[:40])
        day = own[0][0] if own else (near[-1][0] if len(near) == 1 else None)
        out.append(Figure(value, written, frozenset(content_terms(f"{left} {right}")), day))
    return out


def _score(phrase: str, figure: Figure) -> int:
    return shared(phrase_words(phrase), set(figure.words))


def _assign(phrases: Sequence[str], found: Sequence[Figure], *, one_unnamed: bool = False) -> list[Figure] | None:
    """A different figure for each phrase, the one whose words it shares most; ``None`` unless
    every phrase shares a word with its own and one assignment is clearly best. ``one_unnamed``
    (a check of one figure against another): with exactly two distinct figures in the unit, one
    phrase may go unnamed ("its ACV" beside "repair estimate of $12,900.00 exceeds ACV ($11,450.00)")."""
    if len(found) < len(phrases) or not phrases:
        return None
    best: tuple[int, list[Figure]] | None = None
    second = -1
    for chosen in permutations(range(len(found)), len(phrases)):
        scores = [_score(p, found[j]) for p, j in zip(phrases, chosen)]
        exact = one_unnamed and len({f.value for f in found}) == len(phrases)
        if min(scores) == 0 and not (exact and sum(1 for s in scores if s == 0) == 1 and max(scores) > 0):
            continue
        total = sum(scores)
        picked = [found[j] for j in chosen]
        if best is None or total > best[0]:
            second = best[0] if best else -1
            best = (total, picked)
        elif total > second:
            second = total
    if best is None or best[0] == second:
        return None
    if len({f.value for f in best[1]}) < len(best[1]):
        return None
    return best[1]


def sum_items(question: str) -> list[str]:
    """The items a sum names: in brackets ("total reserve (indemnity + expense)"), else around
    "plus" / "+" ("medical billed plus her lost wages"); none when it names no two."""
    m = _ITEMS_IN_BRACKETS.search(question)
    body = m.group("items") if m else _SUM_OPENING.sub("", question.strip().rstrip("?. "))
    if not m and not re.search(r"\s\+\s?|\bplus\b", body, re.I):
        return []
    items = [p.strip(" ,.?") for p in _ITEM_SPLIT.split(body) if phrase_words(p)]
    return items if len(items) >= 2 else []


def _asked_when(question: str) -> tuple[int, int | None] | None:
    """``(month, day)`` of "on 7/20", ``(month, None)`` of "in june": the moment a change is asked at."""
    m = _ASKED_DAY.search(question)
    if m and 1 <= int(m.group("m")) <= 12:
        return int(m.group("m")), int(m.group("d"))
    m = _ASKED_MONTH.search(question)
    return (_MONTHS.index(m.group("month").lower()) + 1, None) if m else None


def history_pair(question: str, found: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """The figure before and after a change, from a unit that dates each amount it gives; the pair
    at the date the question names, else the only pair there is."""
    if len(found) < 2 or any(f.day is None for f in found):
        return None
    ordered = sorted(found, key=lambda f: f.day or date.min)
    if len({f.day for f in ordered}) < len(ordered):
        return None
    when = _asked_when(question)
    if when is not None:
        month, day = when
        at = [i for i, f in enumerate(ordered) if f.day and f.day.month == month and day in (None, f.day.day)]
        if len(at) != 1 or at[0] == 0:
            return None
        return ordered[at[0] - 1], ordered[at[0]]
    return (ordered[0], ordered[1]) if len(ordered) == 2 else None


def computed_from_unit(question: str, found: ExpertResult) -> ExpertResult | None:
    """The calculation ``question`` asks, with every operand read from the unit the needle expert
    answered with (its first citation), cited there and computed by the money tools; ``None`` when
    the unit does not clearly hold them (see the module docstring)."""
    if found.route != "needle" or not found.citations:
        return None
    source = found.citations[0]
    unit = re.sub(r"\s*\[\d+\]", "", found.text)  # the unit as the answer gives it: a row as "Label: value" pairs
    in_excerpt = {v for m in GIVEN_MONEY.finditer(source.excerpt) if (v := parse_money(m.group(0))) is not None}
    values = [f for f in figures(unit) if f.value in in_excerpt]
    if len(values) < 2:
        return None
    asked = calculation_asked(question)
    if asked is None and _ASKS_LEFT.search(question) and not GIVEN_MONEY.search(question):
        return _left_of_whole(source, unit, values)
    check = _CHECK.search(question)
    if check is not None and not GIVEN_MONEY.search(question):
        named = _assign([check.group("a"), check.group("b")], values, one_unnamed=True)
        return _limit_result(source, named[0], named[1], asks_over=bool(re.match(r"over|above|exceed|go|went",
                                                                                  check.group("verb"), re.I))) \
            if named else None
    if asked == "total":
        items = sum_items(question)
        chosen = _assign(items, values) if items else None
        if chosen is None:
            return None
        result = sum_amounts([f.value for f in chosen])
        return _result(source, f"{result.text} in total: " + " + ".join(money_text(f.value) for f in chosen),
                       "sum_amounts", result.working)
    two = {"difference": difference_phrases, "share": share_phrases, "left_after": left_after}.get(asked or "")
    phrases = two(question) if two is not None else None
    if phrases is not None and not GIVEN_MONEY.search(question):  # two figures the question names apart
        named = _assign(list(phrases), values)
        if named is not None:
            return _two_named(source, asked or "", named[0], named[1])
    if asked in ("change", "difference") and (asked == "change" or CHANGE.search(question) or
                                              re.search(r"\bby how much\b", question, re.I)):
        pair = history_pair(question, values)
        if pair is None:
            return None
        was, now = pair
        result = difference(max(was.value, now.value), min(was.value, now.value))
        text = f"{result.text}: from {money_text(was.value)} to {money_text(now.value)}"
        return _result(source, text, "difference", result.working)
    return None


def _left_of_whole(source: Citation, unit: str, values: Sequence[Figure]) -> ExpertResult | None:
    """What is left of a figure the unit gives as used "of" its whole ("Retention eroded to date: $3,420.00 of
    $10,000.00"): the whole less the part; ``None`` unless the unit writes exactly one such pair."""
    pairs = [(parse_money(m.group("part")), parse_money(m.group("whole"))) for m in _PART_OF_WHOLE.finditer(unit)]
    held = {f.value for f in values}
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None and {a, b} <= held and 0 < a < b]
    if len(pairs) != 1:
        return None
    part, whole = pairs[0]
    assert part is not None and whole is not None
    rest = less(whole, [part])
    return _result(source, f"{rest.text} left: {money_text(whole)} - {money_text(part)}", "less", rest.working)


def _two_named(source: Citation, asked: str, first: Figure, second: Figure) -> ExpertResult | None:
    """A difference ("A and B"), a share ("what % of B is A": ``first`` the part) or a remainder ("B without A":
    ``first`` the base) of two figures the question names apart."""
    if asked == "share":
        if second.value <= 0 or first.value > second.value:
            return None  # a part larger than its whole: one of them is not the figure named
        share = share_of(first.value, second.value)
        return _result(source, f"{share.text}: {money_text(first.value)} of {money_text(second.value)}", "share_of",
                       share.working)
    if asked == "left_after":
        if not 0 < second.value < first.value:
            return None
        rest = less(first.value, [second.value])
        return _result(source, f"{rest.text} left: {money_text(first.value)} - {money_text(second.value)}", "less",
                       rest.working)
    high, low = max(first.value, second.value), min(first.value, second.value)
    if high == low:
        return None
    result = difference(high, low)
    return _result(source, f"{result.text}: {money_text(high)} - {money_text(low)}", "difference", result.working)


def _limit_result(source: Citation, amount: Figure, limit: Figure, *, asks_over: bool = False) -> ExpertResult | None:
    """The check answered as asked: "is A within B?" yes when within, "does A exceed B?" yes when over."""
    if limit.value <= 0:
        return None
    check = check_limit(amount.value, limit.value)
    if check.within:
        room = money_text(limit.value - amount.value)
        text = (f"{'No' if asks_over else 'Yes'}, within: {money_text(amount.value)} is {room} under "
                f"{money_text(limit.value)} ({check.share}% of it)")
    else:
        text = (f"{'Yes' if asks_over else 'No'}, over by {money_text(check.over_by)}: {money_text(amount.value)} "
                f"against {money_text(limit.value)}")
    return _result(source, text, "check_limit", check.working)


def _result(source: Citation, text: str, tool: str, working: str) -> ExpertResult:
    """The answer citing the unit, then the calculation as its own source (the tool, its inputs, its result)."""
    sources = Sources()
    unit = sources.cite(document=source.document, excerpt=source.excerpt, page=source.page, section=source.section,
                        claim_id=source.claim_id, scope=source.scope, source_url=source.source_url)
    tool_marker = sources.cite(document="calculation", section=tool, excerpt=f"{tool}: {working}",
                               claim_id=source.claim_id)
    claims = [source.claim_id] if source.claim_id else []
    return ExpertResult(f"{text} {unit} {tool_marker}.", "calculation", sources.citations, claims,
                        {"tool": tool, "working": working, "operands": "one unit"})
