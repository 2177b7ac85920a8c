"""The grounding check: nothing a model wrote is shown unless its sources hold it.

Two rules, checked a sentence at a time (so a streamed answer is checked as it is shown, and
a whole answer gets the same verdict):

1. Every ``[n]`` names a source of this answer: an excerpt retrieved for it, or a tool's result.
2. Every value in a sentence (amounts, numbers, dates, times, ids) appears in a source cited so
   far in the answer, or in the question. Values are compared normalised: ``$1,000.00`` =
   ``1,000`` = ``1000``; ``March 3, 2026`` = ``03/03/2026`` = ``2026-03-03``; ``CLM-1042`` in
   any case. A date without its year matches a source date on that month and day.

A tool's result is a source like an excerpt (its text names the tool, its inputs and its
result), so "23 days" is traceable to ``days_between(2026-03-03, 2026-03-26) = 23 days``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
"""``[1]``, ``[1, 2]``: the citation markers of an answer."""

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[,:]?\s*\d)", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b", re.I),
]
_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?(?:\s*(?P<ap>[ap])\.?\s*m\.?)?"
                   r"|\b(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d)\s*(?:hrs|hours|h)\b", re.I)
_ID = re.compile(r"\b(?:[A-Za-z]{1,8}-)+\d[\dA-Za-z-]*\b|\b[A-Z]{2,8}\d[\dA-Z]*\b")
_NUMBER = re.compile(r"(?<![\w.])-?\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def markers(text: str) -> list[int]:
    """The citation numbers in ``text``, in order, repeats included."""
    return [int(n) for group in MARKER.findall(text) for n in re.split(r"\s*[,;]\s*", group)]


def values(text: str, *, source: bool = False) -> set[str]:
    """The checkable values in ``text``, normalised (``num:1000``, ``date:2026-03-03``,
    ``md:03-03``, ``time:14:30``, ``id:CLM-1042``). ``source=True`` also lists the parts a
    source's values vouch for (a date's month and day, an id's number)."""
    text = MARKER.sub(" ", text)
    found: set[str] = set()

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    for pattern in _DATE_PATTERNS:
        def take(match: re.Match[str]) -> str:
            parts = match.groupdict()
            month = _MONTHS.get((parts.get("month") or "").lower().rstrip(".")) or int(parts.get("mon") or 0)
            day, year = int(parts.get("day") or 0), parts.get("year")
            if year and len(year) == 2:
                year = "20" + year
            if not 1 <= month <= 12 or (parts.get("day") and not 1 <= day <= 31):
                return match.group(0)
            if year and day:
                try:
                    iso = date(int(year), month, day).isoformat()
                except ValueError:
                    return match.group(0)
                found.add(f"date:{iso}")
                if source:
                    found.update({f"md:{month:02d}-{day:02d}", f"ym:{year}-{month:02d}", f"num:{year}", f"num:{day}"})
            elif day:
                found.add(f"md:{month:02d}-{day:02d}")
            else:
                found.add(f"ym:{year}-{month:02d}")
                if source:
                    found.add(f"num:{year}")
            return blank(match)

        text = pattern.sub(take, text)

    def take_time(match: re.Match[str]) -> str:
        if match.group("h24"):  # police and fire reports: "2342 hrs"
            hour, minute = int(match.group("h24")), int(match.group("m24"))
        else:
            hour, minute = int(match.group("h")), int(match.group("m"))
        ap = (match.group("ap") or "").lower()
        if ap == "p" and hour < 12:
            hour += 12
        if ap == "a" and hour == 12:
            hour = 0
        found.add(f"time:{hour:02d}:{minute:02d}")
        return blank(match)

    text = _TIME.sub(take_time, text)

    def take_id(match: re.Match[str]) -> str:
        ident = match.group(0).upper()
        found.add(f"id:{ident}")
        if source:
            found.update(f"num:{_canonical(n)}" for n in re.findall(r"\d+", ident))
        return blank(match)

    text = _ID.sub(take_id, text)
    for match in _NUMBER.finditer(text):
        number = _canonical(match.group(0))
        if number is not None:
            found.add(f"num:{number}")
    return found


def _canonical(raw: str) -> str | None:
    cleaned = raw.replace("$", "").replace(",", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    value = abs(value)  # "-$75.00" and "($75.00)" and "75.00 credit" are one amount
    return format(value.normalize(), "f")


def describe(value: str) -> str:
    """``num:4200`` -> ``4200``: how a problem names a value to the model."""
    return value.split(":", 1)[1]


_BOUNDARY = re.compile(r"(?<=[.!?])(?:\s*(?:\[\d[\d,; ]*\])+[.!?]?)?\s+(?=\S)(?!\[\d)|\n+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos inc co corp ltd llc jr sr vs etc e.g i.e a.m p.m approx est dept ave rd blvd fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _boundaries(text: str) -> list[re.Match[str]]:
    """Sentence ends: not after an abbreviation ("Mr.", "a.m.", "No.") or an initial ("J.")."""
    found = []
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith("\n") or "[" in match.group(0):  # a new line; a marker then a stop
            found.append(match)
            continue
        head = text[: match.start()].rstrip()
        before = re.search(r"(\S+)[.!?]$", head)
        word = before.group(1).lower().lstrip("(\"'") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if re.search(r"(?:^|\n)\s*\d{1,2}\.$", head):  # "1. " numbering a list item
            continue
        found.append(match)
    return found


def split_sentences(text: str) -> list[str]:
    """Sentences, each with its trailing markers (``... $385.00 [1].``)."""
    pieces, start = [], 0
    for match in _boundaries(text):
        end = match.end()
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def complete_sentences(buffer: str) -> tuple[list[str], str]:
    """For streaming: the sentences of ``buffer`` known to be complete, and the rest (a
    sentence is complete once the text after its end has begun)."""
    last = None
    for match in _boundaries(buffer):
        if match.end() < len(buffer):
            last = match
    if last is None:
        return [], buffer
    return split_sentences(buffer[: last.end()]), buffer[last.end():]


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")


class Checker:
    """Checks an answer a sentence at a time against ``sources`` (number -> the text it stands
    for) and the question. Keeps the citations seen so far: a later sentence may rely on a
    source an earlier one cited."""

    def __init__(self, sources: Mapping[int, str], question: str) -> None:
        self._sources = {n: values(text, source=True) for n, text in sources.items()}
        self._question = values(question, source=True)
        self.cited: list[int] = []

    def check_sentence(self, sentence: str) -> list[str]:
        """The problems with one sentence (empty: it may be shown)."""
        sentence = _LIST_ITEM.sub("", sentence)  # "1. ", "- ": a list's numbering states nothing
        problems = []
        for n in markers(sentence):
            if n not in self._sources:
                problems.append(f"it cites [{n}], which is not a source retrieved for this answer")
            elif n not in self.cited:
                self.cited.append(n)
        backed = set(self._question).union(*(self._sources[n] for n in self.cited))
        for value in sorted(values(sentence) - backed):
            problems.append(f"it states {describe(value)!r}, which no cited source holds")
        return problems

    def check(self, text: str) -> list[str]:
        """The problems with a whole answer (sentence by sentence)."""
        problems: list[str] = []
        for sentence in split_sentences(text):
            problems += self.check_sentence(sentence)
        return problems


def renumber(text: str, order: Iterable[int]) -> tuple[str, dict[int, int]]:
    """Markers renumbered 1, 2, ... by first appearance in ``text`` (``order`` lists the numbers
    cited, in that order): citations are numbered once per answer, whatever the tools' numbers."""
    mapping = {old: new for new, old in enumerate(dict.fromkeys(order), 1)}

    def sub(match: re.Match[str]) -> str:
        numbers = [mapping.get(int(n), int(n)) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))

    return MARKER.sub(sub, text), mapping
