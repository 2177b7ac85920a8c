"""Read dates from text: the date each clause of a sentence gives its event, dates told relative
to the one before ("two weeks later"), hard-wrapped sentences joined, a document's own date
line, a range's two ends."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace
from datetime import date, timedelta

from rag.experts.calculation.question import NUMBER_WORDS, shared
from rag.experts.text import content_terms, terms
from rag.metadata import find_dates
from rag.records import Passage
from rag.selection.units import Unit
from rag.tools.dates import long_date

_WRAPPED = re.compile(r"(?<=[^\s.!?:;|])[ \t]*\n[ \t]*(?=[a-z])|"
                      r"\b(?:on|of|dated|since|from|until|through|to|by|and|at|in|was|were)[ \t]*\n[ \t]*"
                      r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{1,2}/\d{1,2}/\d)")
"""A line break inside a sentence of hard-wrapped text ("... inspected the plant on\nMarch 11,
2025, when ..."): the next line goes on in lower case or with the date the line left open."""


def unwrapped(passage: Passage) -> Passage:
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


_RELATIVE = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>day|week)s?\s+(?:later|afterwards?)\b|"
    r"\b(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"\b(?P<same>same|that)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"\b(?:on|by)\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\b", re.I)
"""A date told relative to the one before it: "two weeks later", "the next morning", "on the 14th"."""


def dated_relatively(units: Sequence[Unit]) -> list[Unit]:
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
            elif anchor is not None and (told := _told_without_year(u.text, anchor)):
                last[u.passage.node_id] = told  # "On June 11 my sister called": the year of the date before
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


_MONTH_DAY = re.compile(r"\b(?:on|by|from|since)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![,/]?\s?\d)", re.I)
"""A date a sentence gives its event without the year: "On June 11 my sister called"."""


def _told_without_year(text: str, anchor: date) -> date | None:
    """The last date ``text`` tells its event on without a year, in the anchor's year."""
    found = None
    for m in _MONTH_DAY.finditer(text):
        month = "jan feb mar apr may jun jul aug sep oct nov dec".split().index(m.group("mon")[:3].lower()) + 1
        try:
            found = date(anchor.year, month, int(m.group("d")))
        except ValueError:
            continue
    return found


def _resolve_relative(m: re.Match[str], anchor: date) -> date | None:
    if m.group("n"):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        return anchor + timedelta(days=count * (7 if m.group("unit").lower() == "week" else 1))
    if m.group("next"):
        return anchor + timedelta(days=1)
    if m.group("same"):
        return anchor
    day = int(m.group("dom"))
    try:
        if day >= anchor.day:
            return anchor.replace(day=day)
        year, month = (anchor.year + 1, 1) if anchor.month == 12 else (anchor.year, anchor.month + 1)
        return date(year, month, day)
    except ValueError:
        return None


DOCUMENT_KINDS = frozenset(t for w in "report letter memo memorandum".split() for t in content_terms(w))
"""Nouns that name a document by its kind: "the OFE report" is dated by the report's own date."""


DOCUMENT_DATE = re.compile(r"^\W*(?:(?:report|letter|memo|memorandum|issue)\s+)?(?:date[d]?|issued)\s*[:|]?\s*"
                            r"(?=\d|[A-Z][a-z]{2,8}\.? \d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))", re.I)
"""A document's own date line: "Report date April 9, 2024", "Date: July 12, 2024", "Dated 3/4/2025"."""


DATE_ALONE = re.compile(r"^\W*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
                         r"\d{1,2}/\d{1,2}/\d{4})\W*$", re.I)
"""A line that is a date alone: a letter's or a report's own date, at its top."""


DOCUMENT_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|\w+'s)\s+(?:[\w'-]+\s+){0,3}?"
                            r"(?:report|letter|memo|memorandum)s?\b", re.I)
"""A document named as a thing ("the surveyor's letter on HM-2025-0088", "the IA report"), not the
verb of an event ("when she reported it", "report it to the carrier")."""


RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*$", re.I)


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(]|\s*$)")


_OPEN_END = re.compile(r"\b(?:on|of|dated|since|from|until|through|to|by|and|at|in|was|were)\s*$", re.I)
"""A line that ends on a word the next line's date completes ("... inspected the plant on")."""


def date_by_clause(passage: Passage, line: str, value: str, words: set[str]) -> tuple[str, str]:
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
    text = value_by_clause(span, value, words)
    if text == value:
        return line, value
    return (span if text not in line else line), text


def value_by_clause(text: str, value: str, words: Set[str]) -> str:
    """Of the dates of ``text``, the one whose clause (the words from the date before it) the
    phrase names most; ``value`` when no other names it more."""
    scored = []
    prev = 0
    for at, stop_at, written in _date_spans(text):
        clause = _SENTENCE_END.split(text[prev:at])[-1]
        scored.append((shared(set(words), terms(clause)), written))
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


def dated_elsewhere(text: str, iso: str, words: Set[str]) -> bool:
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
    if shared(set(words), terms(clauses[i][0])):
        return False
    later = [c for c, _ in clauses[i + 1:]] + [text[prev:]]
    return any(shared(set(words), terms(c)) for c in later)


_CLAUSE = re.compile(r";\s+|\.\s+(?=[A-Z])|\s+-\s+(?=[A-Z])")


def clause_terms(text: str, value: str) -> set[str]:
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


_LABEL_SEPARATOR = re.compile(r"\s*[|;\n\t]\s*|\s{2,}|(?<=[a-z]{3})\.\s+|^\s*(?:\[[ xX]\]|[-*\u2022#]|\d+[.)])\s*")
_LABEL_WORDS = 6
_LABEL_END = re.compile(r"(?:[:|=\t\u2013\u2014-]|\S\s{2,})\s*$")
"""What stands between a label and its value: a colon, a cell's edge, a dash, a tab, a gap."""
"""A label is short ("Date of inspection", "Received in claims"): a longer run of words before a
date is a sentence, whose clause :func:`value_by_clause` reads instead."""


def date_label(text: str, value: str) -> set[str]:
    """The terms of the label a line gives the date ``value`` (ISO, a time after it allowed): the
    words just before it in its own cell or ``Label: value`` pair ("Date of inspection | April 29,
    2026", "Date of death: 03/22/2026", "Received in claims: 04/09/2026 | Examiner: ..."), up to
    the cell's or the item's start; nothing when the date has no short label of its own."""
    iso = value[:10]
    at = 0
    for day, written in find_dates(text):
        start = text.find(written, at)
        if start < 0:
            continue
        at = start + len(written)
        if day.isoformat() != iso:
            continue
        if not _LABEL_END.search(text[:start]):
            return set()  # "the examiner took the file on January 21": a clause, not a label
        before = re.sub(r"[\s:|\-\u2013\u2014,=(]+$", "", text[:start])
        label = _LABEL_SEPARATOR.split(before)[-1] if before else ""
        label = re.sub(r"\b(?:on|dated|of|at)$", "", label.strip(), flags=re.I).strip()
        if label and len(label.split()) <= _LABEL_WORDS and not find_dates(label):
            return terms(label)
        return set()
    return set()


_DATE_NOUNS = frozenset(content_terms("date dated day time"))


def label_score(text: str, value: str, words: Set[str]) -> float:
    """How much of an event phrase's ``words`` the date's own label holds (0 to 1, clipped words
    standing for their word: "assigned" is "assignment"); 0 when the label holds none of them, or
    when most of the label is about something else ("Proof of loss signed" is no date of the loss)."""
    if not words:
        return 0.0
    label = {t for t in content_terms(" ".join(sorted(date_label(text, value)))) if t not in _DATE_NOUNS}
    if not label or shared(label, set(words)) < len(label) / 2:
        return 0.0
    return shared(set(words), label) / len(words)
