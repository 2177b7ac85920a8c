"""Quantities that are not money: a measure with its unit ("1,150 gallons", "28 psf", "75.5 hrs") or a count
of things ("31,450 bags", "37 trusses"), read for the sum, the difference or the share a question asks of them.

The unit is the one the question names ("how many gallons", "total footage", "what % of the bags"); a file's
figure is read with that unit as the file writes it ("gal", "gallons"), or, for a count, as a table's bare
cell under a column the phrase names ("shipped: 48,200"). Never a dollar amount, a date, a time of day or a
figure of another unit: a quantity read as money, or money as a quantity, is a wrong answer."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from decimal import Decimal

from rag.experts.calculation.question import NUMBER_WORDS, shared
from rag.experts.text import CLAUSE_END, terms
from rag.selection.values import UNITS_OF_MEASURE

_ASKED_UNITS = [(name, written) for name, (asked, written) in UNITS_OF_MEASURE.items() if asked]
_UNIT_NAMED = re.compile(r"\b(?:" + "|".join(f"(?P<u{i}>{UNITS_OF_MEASURE[name][0]})"
                                              for i, (name, _) in enumerate(_ASKED_UNITS)) + r")\b(?!-\w)", re.I)
"""A unit of measure a question names (:data:`rag.selection.values.UNITS_OF_MEASURE`); a name joined to what
follows is a label ("MW-3", a monitoring well), not a unit."""

_COUNTED = re.compile(r"(?:\bhow many|(?:\bwhat )?(?:%|\bpercent(?:age)?|\bshare|\bportion|\bfraction) of(?: the)?|"
                      r"\bnumber of)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[a-z]{3,}s)\b", re.I)
"""A count asked by its noun: "how many recalled bags", "what % of the shipped cartons"."""

_NOT_COUNTED = frozenset(("days", "weeks", "months", "years", "minutes", "seconds", "times", "dollars", "claims",
                          "files", "percents"))
"""Nouns that count time, money or claims: a duration, an amount or a lookup, not a quantity of things."""

_FIGURE = r"(?<![\w$.,/:#-])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*\.?\d|[/:]\d|%)"

_CLAUSE_CUT = re.compile(CLAUSE_END.pattern + r"|,\s+(?=\D)")
"""A figure's clause ends where any clause does, and at a comma before words ("820 gallons recovered, 330 left")."""


@dataclass(frozen=True)
class Unit:
    """What a question counts or measures: its name as answered ("gal", "bags") and how files write it."""

    name: str
    written: re.Pattern[str]
    counted: bool
    """A count of things ("bags"): a bare figure in a cell its column names counts them too."""


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    start: int
    end: int


def unit_asked(question: str) -> Unit | None:
    """The unit a question asks its arithmetic in: a unit of measure it names ("how many gallons", "total
    footage"), else the thing it counts ("how many recalled bags", "% of the shipped cartons"); ``None`` for
    money, time and anything else."""
    if "$" in question:
        return None
    m = _UNIT_NAMED.search(question)
    if m is not None:
        name, written = next(unit for unit, group in zip(_ASKED_UNITS, m.groups()) if group)
        return Unit(name, re.compile(r"\s?-?(?:" + written + ")", re.I), counted=False)
    m = _COUNTED.search(question)
    if m is None or m.group("noun").lower() in _NOT_COUNTED:
        return None
    noun = m.group("noun").lower()
    stem = noun[:-2] if noun.endswith(("ches", "shes", "sses")) else noun[:-1]
    return Unit(noun, re.compile(rf"\s?(?:[\w-]+\s+)?{re.escape(stem)}(?:e?s)?\b", re.I), counted=True)


def quantities_in(text: str, unit: Unit) -> list[Quantity]:
    """The figures of ``text`` in ``unit``: each followed by the unit as written ("1,150 gallons", "780 gal",
    "31,450 bags"), or, for a count, a cell that is a bare figure ("shipped: 48,200", "| 9,200 |") or a number
    written in words before its noun ("a total of eleven trusses")."""
    found = []
    for m in re.finditer(_FIGURE, text):
        if text[max(0, m.start() - 1):m.start()] == "$":
            continue
        after = text[m.end():]
        if unit.written.match(after) or (unit.counted and _bare_cell(text, m.start(), m.end())):
            found.append(Quantity(Decimal(m.group("n").replace(",", "")), m.start(), m.end()))
    if unit.counted:
        found += [Quantity(Decimal(NUMBER_WORDS[m.group(0).lower()]), m.start(), m.end())
                  for m in _NUMBER_WORD.finditer(text) if unit.written.match(text, m.end())]
        if found:  # "the lot held 86 units; 77 were parked outside": the noun a clause leaves out is the one before
            taken = {q.start for q in found}
            found += [Quantity(Decimal(m.group("n").replace(",", "")), m.start("n"), m.end("n"))
                      for m in _ELIDED.finditer(text) if m.start("n") not in taken and m.start("n") > found[0].start]
    return sorted(found, key=lambda q: q.start)


_ELIDED = re.compile(r"(?:[;,]\s+|\band\s+)(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+"
                     r"(?:were|was|are|is|had|have|remain(?:ed)?)\b", re.I)
"""A count whose noun its clause leaves out ("; 77 were parked on the open lot")."""


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("a", "an")) + r")\b", re.I)


def _bare_cell(text: str, start: int, end: int) -> bool:
    """The figure is a cell of its own: nothing but separators around it ("| 9,200 |", "shipped: 48,200;")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return (not before or before[-1] in "|:;") and (not after or after[0] in "|;")


def quantity_for(text: str, unit: Unit, words: Set[str]) -> Quantity | None:
    """Of the quantities of ``text`` in ``unit``, the one whose own clause (or column) says most of ``words``,
    the first of equals; ``None`` when the text holds none, or holds several and no clause names the phrase."""
    found = quantities_in(text, unit)
    if not found or (words and not shared(set(words), terms(text))):
        return None  # a line that shares no word with the phrase is no reading of it, whatever figure it holds
    if len(found) == 1:
        return found[0]
    scored = [(_clause_score(text, q, words), -i, q) for i, q in enumerate(found)]
    best = max(scored, key=lambda s: s[:2])
    return best[2] if best[0] > 0 else None


def _clause_score(text: str, quantity: Quantity, words: Set[str]) -> float:
    """How much of ``words`` a figure's own clause says ("820 gallons recovered by vacuum truck",
    "retrieved: 31,450"), and, at half weight, the clause before it: a row's label written in the cell
    before its figure ("Estimated volume released | 1,150 gallons")."""
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(text)), len(text) + 1]
    at = max(k for k, c in enumerate(cuts) if c <= quantity.start)
    own = text[cuts[at]:quantity.start] + " " + text[quantity.end:cuts[at + 1]]
    before = text[cuts[at - 1]:cuts[at]] if at else ""
    return shared(set(words), terms(own)) + 0.5 * shared(set(words), terms(before))


def quantity_text(value: Decimal, unit: Unit) -> str:
    """``1150 gal`` -> ``1,150 gal``: a figure as the answer writes it, with its unit."""
    shown = f"{value.normalize():,f}"
    return f"{shown} {unit.name}"


_MONEY_ASKED = re.compile(r"\$|\bhow much\b|\bdollars?\b|\bcosts?\b|\bpaid\b|\bbill(?:ed|s)?\b|\bcharges?\b|\bfees?\b|"
                          r"\bprice\b|\bamounts?\b|\bvalues?\b|\breserves?\b|\brate\b", re.I)
"""A question about money names it: its arithmetic is of amounts, whatever unit it also names ("the cost of
the 38 hours")."""


def measure_asked(question: str) -> Unit | None:
    """The unit of a question asking arithmetic of quantities that are not money (:func:`unit_asked`);
    ``None`` when it names money."""
    return None if _MONEY_ASKED.search(question) else unit_asked(question)


_ITEMS = re.compile(r"\((?P<list>[^()]*?(?:\+|\bplus\b|\band\b)[^()]*)\)", re.I)
_PLUS = re.compile(r"\s*(?:\+|\bplus\b|\band\b|,)\s*", re.I)


def sum_items(question: str) -> list[str]:
    """The items of a sum of quantities: the list in parentheses ("trusses in all (replaced plus
    reinforced)"), else the parts of the question joined by "+", "plus" or "and"; fewer than two: no sum."""
    m = _ITEMS.search(question)
    body = m.group("list") if m else question
    return [part.strip(" ?") for part in _PLUS.split(body) if part.strip(" ?")]


@dataclass(frozen=True)
class Worked:
    """A result of arithmetic on quantities, and how it was worked (cited as the calculation's own source)."""

    value: Decimal
    working: str


def quantity_sum(values: list[Decimal], unit: Unit) -> Worked:
    total = sum(values, Decimal(0))
    shown = " + ".join(quantity_text(v, unit) for v in values)
    return Worked(total, f"{shown} = {quantity_text(total, unit)}")


def quantity_difference(larger: Decimal, smaller: Decimal, unit: Unit) -> Worked:
    diff = larger - smaller
    return Worked(diff, f"{quantity_text(larger, unit)} - {quantity_text(smaller, unit)} = {quantity_text(diff, unit)}")
