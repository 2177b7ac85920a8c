"""Points in time as a claim file writes them: a date, a time of day, or both ("05/15/2026
18:20", "at 02:47", "11:14 on 05/16", "April 2, 2026 at 21:47", "4:52 p.m."), each with the words
of its own clause, so a duration can take the moment an event phrase names out of a sentence or a
timeline row that states several.

A time of day written without a date takes the date its row or sentence gives (before it, or
right after it: "at 11:14 on 05/16"), else the last date written before it in its passage (a
timeline's day header, the date a narrative opens with); a date without a year ("05/16",
"June 11") takes the year of that anchor. Nothing here names an event: the clause words are
matched against the question's phrase by the caller."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from rag.experts.calculation.dates import (
    DATE_ALONE,
    DOCUMENT_DATE,
    DOCUMENT_NOUN,
    RANGE_JOIN,
    dated_relatively,
    unwrapped,
)
from rag.experts.calculation.question import phrase_words, shared
from rag.experts.text import CLAUSE_END, terms
from rag.metadata import find_dates
from rag.records import Passage
from rag.tools.dates import TIME_OF_DAY, clock_of, read_moment

if TYPE_CHECKING:
    from rag.experts.calculation.inputs import Input
    from rag.selection.units import Unit

Embed = Callable[[list[str]], Any]

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}

_BARE_24H = re.compile(r"(?<=\d{4}[ T])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\b(?![/.,-]\d)|"
                       r"(?<=\d/\d\d[ T])(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\b(?![/.,-]\d)")
"""A bare 24-hour time right after a date, as a log stamps its entries: ``05/07/2025 0412``."""

_BARE_CLOCK = re.compile(r"(?<![\w:/.,$#-])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                         r"(?![\w/:%$]|[.,]\d|-\D|\s?(?:hrs?|hours)\b)|"
                         r"(?<=\d\d[-\u2013])(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)(?![\w/:%$-]|[.,]\d)")
"""A 24-hour time written as four bare digits, as a police or dispatch report writes them when its own stamps say
so ("DISPATCHED 0754 ARRIVED 0759", "ON SCENE 0801-0819"): read only in a text that writes ``0752 HRS`` elsewhere,
and only after a word that is no number's label (``BADGE 4417``, ``ROOM 1118`` are no times)."""

_HRS_STAMP = re.compile(r"(?<![\d:/.-])(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|hours)\b", re.I)
"""A 24-hour stamp with its unit, ``0752 HRS``: the text writes times as bare digits."""

_NUMBER_LABEL = re.compile(r"(?:\b(?:no|nos|number|num|badge|unit|units|room|rm|apt|suite|ste|box|ext|policy|claim|"
                           r"case|id|pin|code|serial|zip|mm|mile|marker|route|rte|hwy|highway|exit|lot|page|pg|item|line|"
                           r"invoice|check|ticket|report|file|ref|year|years|yr|model|flight|gate|lane|street|st|ave|"
                           r"rd|floor)\.?|[#$%&/=+*x])\s*[:#]?\s*$", re.I)
"""The words before a number that make it a number, not a time of day."""


def writes_bare_clock(text: str) -> bool:
    """Whether a passage writes 24-hour times as bare digits (``0752 HRS``), so its ``0754`` is a time too."""
    return _HRS_STAMP.search(text) is not None


_NO_YEAR = re.compile(r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s(?P<d>\d{1,2})"
                      r"(?:st|nd|rd|th)?\b(?!,?\s\d{4})(?![:\d])|"
                      r"(?<![\d/.$,-])(?P<mo>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])(?![\d/%])", re.I)
"""A date written without its year: ``05/16``, ``June 11``."""

_ROW_END = re.compile(r"[.!?](?=\s+[A-Z(])|\n")
"""Where what a stamp dates ends: its sentence, or its row (a row's cells all tell its entry)."""

_JOIN = re.compile(r"^[\s,]*(?:at|@|,|-|T|on|\|?\s*time\s*:?|from)?[\s,]*$", re.I)
"""What may stand between a date and its time of day ("05/15/2026 18:20", "April 2, 2026 at 21:47",
"05/16/2026 | Time: 11:14", "03:12 on April 19, 2026")."""


@dataclass(frozen=True)
class Moment:
    """A point in time a text states, where it stands, and the words of its clause."""

    day: date | None
    clock: int | None
    """Minutes after midnight; ``None`` for a date alone."""
    start: int
    end: int
    written: str
    clause: str = ""
    second: int | None = None
    """The seconds of the minute when the text gives them (``16:31:08``): a duration is then counted to the second."""
    """The words that say what happened then: the clause before it (since the moment before it),
    or after it when it opens its row or clause ("2026-04-19 03:12 | Encryption starts")."""

    @property
    def value(self) -> str:
        """``2026-05-16 11:14``, ``2026-05-16`` or ``11:14``: how a search passes it on (read back by
        :func:`rag.tools.dates.read_moment`, the form the ``minutes_between`` tool takes)."""
        day = self.day.isoformat() if self.day else ""
        clock = f"{self.clock // 60:02d}:{self.clock % 60:02d}" if self.clock is not None else ""
        if clock and self.second is not None:
            clock += f":{self.second:02d}"
        return f"{day} {clock}".strip()


def _dates(text: str, anchor: date | None) -> list[tuple[int, int, date, str]]:
    """``(start, end, date, as written)`` of the dates of ``text``; a date without a year takes
    the anchor's (the year before when that would put it months after the anchor)."""
    found: list[tuple[int, int, date, str]] = []
    at = 0
    for d, written in find_dates(text):
        start = text.find(written, at)
        if start < 0:
            continue
        found.append((start, start + len(written), d, written))
        at = start + len(written)
    if anchor is not None:
        for m in _NO_YEAR.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in found):
                continue
            month = _MONTHS.get(m.group("mon")[:3].lower()) if m.group("mon") else int(m.group("mo"))
            day = int(m.group("d") or m.group("d2"))
            try:
                d = date(anchor.year, month or 0, day)
            except ValueError:
                continue
            if (d - anchor).days > 180:
                d = d.replace(year=anchor.year - 1)
            found.append((m.start(), m.end(), d, m.group(0)))
    return sorted(found)


def _times(text: str, taken: list[tuple[int, int]], *, bare: bool = False) -> list[tuple[int, int, int, str]]:
    """``(start, end, minutes after midnight, as written)`` of the times of day of ``text``; with ``bare``,
    four bare digits after an event's word too (:data:`_BARE_CLOCK`)."""
    found: list[tuple[int, int, int, str]] = []
    for pattern in (TIME_OF_DAY, _BARE_24H, *((_BARE_CLOCK,) if bare else ())):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or any(s <= m.start() < e for s, e, _, _ in found):
                continue
            if pattern is _BARE_CLOCK and (
                    (not m.group("h") and not any(e == m.start() - 1 for _, e, _, _ in found)) or  # a range's end
                    (m.group("h") and (_NUMBER_LABEL.search(text[:m.start()])
                                       or not re.search(r"[A-Za-z]{2,}\W{0,3}$", text[:m.start()])))):
                continue
            minutes = clock_of(m)
            if minutes is not None:
                found.append((m.start(), m.end(), minutes, m.group(0).strip()))
    return sorted(found)


def moments_in(text: str, anchor: date | None = None, *, header: date | None = None,
               bare: bool = False) -> list[Moment]:
    """The moments ``text`` states, in order: a date and the time of day written beside it are one
    moment; a time alone takes the date written before it in the text, else ``header`` (the day
    header of its timeline section), else none (a time of day alone: the caller puts it on the
    other end's day). ``anchor`` gives a date without a year its year; ``bare``: the text's passage writes
    24-hour times as bare digits (:func:`writes_bare_clock`)."""
    own = find_dates(text)
    dates = _dates(text, anchor or header or (own[0][0] if own else None))  # "from August 4 to August 18, 2025"
    times = _times(text, [(s, e) for s, e, _, _ in dates], bare=bare)
    used: set[int] = set()
    raw: list[tuple[int, int, date | None, int | None, str]] = []
    for ts, te, minutes, written in times:
        paired = None
        for k, (ds, de, d, dw) in enumerate(dates):
            if k in used:
                continue
            if (de <= ts and _JOIN.match(text[de:ts]) and ts - de <= 16) or (
                    te <= ds and _JOIN.match(text[te:ds]) and ds - te <= 6):
                paired = k
                break
        if paired is not None:
            used.add(paired)
            ds, de, d, dw = dates[paired]
            start, end = min(ds, ts), max(de, te)
            raw.append((start, end, d, minutes, text[start:end]))
        else:
            raw.append((ts, te, None, minutes, written))
    raw += [(ds, de, d, None, dw) for k, (ds, de, d, dw) in enumerate(dates) if k not in used]
    raw.sort()
    out: list[Moment] = []
    last_day = header
    for i, (start, end, stated, clock, written) in enumerate(raw):
        if stated is None:  # a time alone: the date written before it (in its text, else its passage's)
            day = last_day
        else:
            day = last_day = stated
        second = _second(written) if clock is not None else None
        out.append(Moment(day, clock, start, end, written, _clause(text, raw, i), second))
    return out


def _second(written: str) -> int | None:
    """The seconds a written time of day gives (``16:31:08`` -> 8), else ``None``."""
    m = TIME_OF_DAY.search(written)
    return int(m.group("s")) if m is not None and m.group("s") else None


def _clause(text: str, raw: list[tuple[int, int, date | None, int | None, str]], i: int) -> str:
    """The words of the ``i``-th moment's clause: from the moment before it (or the clause's
    start) to it; when nothing stands there (a stamp opening a row), the words after it, to the
    next moment or the clause's end."""
    start, end = raw[i][0], raw[i][1]
    prev_end = raw[i - 1][1] if i else 0
    cut = max((m.end() for m in CLAUSE_END.finditer(text, prev_end, start)), default=prev_end)
    before = text[cut:start]
    if i and RANGE_JOIN.match(before):  # "02/27/2026 - 07/15/2026": a range's end is of the range's own clause
        return _clause(text, raw, i - 1)
    next_start = raw[i + 1][0] if i + 1 < len(raw) else len(text)
    if len(re.findall(r"[A-Za-z]{2,}", before)) < 2:  # a stamp: its row or its sentence says what happened
        stop = _ROW_END.search(text, end, next_start)
        return f"{before} {text[end: stop.start() if stop else next_start]}".strip(" |;-\u2013")
    after = text[end:next_start]
    paren = re.match(r"\s*\(([^()]{1,40})\)", after)  # "11:14 (reefer alarm)": what the time is of
    return f"{before} {paren.group(1)}".strip() if paren else before.strip()


def anchor_of(passage_text: str, excerpt: str) -> tuple[date | None, date | None]:
    """``(anchor, header)`` of ``excerpt`` in its passage: the last date the passage wrote before
    it (whose year a date without one takes: "... ALARM AT 11:14 ON 05/16"), and the date of the
    last line before it that is a short heading holding a date (a timeline's day header, "Tuesday,
    March 3, 2026", "Day 2 - 03/04/2026"), on which a time of day alone falls."""
    lines = passage_text.splitlines()
    squashed = " ".join(excerpt.split())
    at = next((i for i, line in enumerate(lines) if squashed[:40] in " ".join(line.split())), None)
    if at is None:
        flat = " ".join(passage_text.split())
        cut = flat.find(squashed)
        before = flat[:cut] if cut > 0 else ""
        heads: list[str] = []
    else:
        before = " ".join(lines[:at])
        heads = [line for line in lines[:at] if _DAY_HEADER.match(line) and find_dates(line)]
    full = find_dates(before)
    anchor = None
    if full:
        found = _dates(before, full[-1][0])
        anchor = found[-1][2] if found else full[-1][0]
    return anchor, (find_dates(heads[-1])[0][0] if heads else None)


_DAY_HEADER = re.compile(r"^[\W_]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+|Day\s+\d+\s*[-\u2013\u2014]?\s*)?"
                         r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
                         r"\d{1,2} [A-Z][a-z]+ \d{4})[\W_]*$")
"""A line that is a date, perhaps after its weekday or a day number ("Tuesday, March 3, 2026", "Day 2 - 03/04/2026",
"**6 March 2026**"); not a labelled line ("Date of Injury: 03/09/2026" dates one thing, not what follows)."""


def select_moments(phrase: str, passages: Sequence[Passage], contexts: Mapping[str, Passage], embed: Embed, *,
                   clock: bool) -> list[tuple[Passage, str, str]]:
    """The moments the units of ``passages`` state for the event ``phrase`` names, best first, as
    ``(passage, excerpt, moment value)`` (see :attr:`Moment.value`): the fact selector's units
    (sentences, timeline rows, ``Label: value`` lines) that hold a date, or with ``clock`` a time of
    day, scored against the phrase by meaning, BM25 and the value's kind; of a unit stating several
    moments, the one whose clause names the event (its words, then its meaning). No list of event
    names: the phrase's own words and meaning."""
    from rag.experts.needle import rule_view
    from rag.selection import candidate_units, select

    units = dated_relatively(candidate_units([unwrapped(p) for p in passages],
                                             {k: unwrapped(c) for k, c in contexts.items()}))
    held: dict[int, list[Moment]] = {}
    bare = {u.passage.doc_id for u in units if writes_bare_clock(u.passage.text)}  # a report's own convention
    for u in units:
        anchor, header = anchor_of(u.passage.text, u.excerpt)
        found = moments_in(u.text, anchor, header=header, bare=u.passage.doc_id in bare)
        found = [m for m in found if m.clock is not None] if clock else [m for m in found if m.day is not None]
        if found:
            held[id(u)] = [_row_clause(u, m) for m in found] if u.layout == "row" else found
    if not _MESSAGE_NAMED.search(phrase):  # when a message was written dates the message, not what it tells
        held = {k: v for k, v in held.items() if not any(_MESSAGE_STAMP.search(u.excerpt) for u in units
                                                         if id(u) == k)}
    else:  # a message's stamp is read with who sent it and what about ("halvorsen's recall e-mail")
        units = [_with_sender(u, held) for u in units]
    eligible = [u for u in units if id(u) in held]
    if not eligible:
        return []
    rules = rule_view(phrase, passages, contexts=contexts)
    scored = select(phrase, eligible, embed, kind="time" if clock else "date", rules=rules).scored[:_KEPT]
    scored = [s for s in scored if s.probability >= _MOMENT_THRESHOLD]
    if not scored:
        return []  # lines with a date or time, none of them about the phrase
    # each moment of the best units, ranked by how much of the phrase its own clause says (its words
    # weighed by how rare they are among these clauses, a number as written: "the 911 call") and by
    # the selector's probability of its unit
    pairs = [(s, m) for s in scored for m in held[id(s.unit)]]
    words = _phrase_tokens(phrase)
    said = [_tokens(m.clause or s.unit.text) for s, m in pairs]
    weight = {w: (_NUMBER_WEIGHT if re.search(r"\d", w) else 1.0)
              * math.log(1 + len(said) / (1 + sum(1 for t in said if _holds(t, w)))) for w in words}
    total = sum(weight.values()) or 1.0
    top = scored[0].probability
    meaning = _meanings(phrase, [(m.clause or s.unit.text, _row_cells(s.unit)) for s, m in pairs], embed)
    # a document named as a thing ("the surveyor's report") is dated by a line that dates a document
    # ("Report date: April 24, 2026"), not by the events its text tells
    dates_document = [bool(DOCUMENT_NOUN.search(phrase) and s.unit.layout != "row" and (
        DOCUMENT_DATE.match(s.unit.excerpt) or DATE_ALONE.match(s.unit.excerpt))) for s, _ in pairs]
    ranked = sorted(range(len(pairs)), key=lambda k: -(
        _CLAUSE_WEIGHT * sum(weight[w] for w in words if _holds(said[k], w)) / total
        + pairs[k][0].probability / top + _MEANING_WEIGHT * meaning[k] + float(dates_document[k])))
    out, seen = [], set()
    for k in ranked:
        s, m = pairs[k]
        if (s.unit.excerpt, m.value) not in seen:
            seen.add((s.unit.excerpt, m.value))
            out.append((s.unit.passage, s.unit.excerpt, m.value))
    return out


def _row_clause(unit: Unit, moment: Moment) -> Moment:
    """A table row's stamp with the row's words as its clause: its own column's name ("START", "Time
    out") and the row's worded cells ("Ignition on", "jar breaks"). Read as a sentence, a stamp's clause
    would be the words just before it, which in a row are its column's name alone ("NVR time: 16:31:08"):
    that says when, not what happened. A moment written inside a worded cell ("sign left up until
    17:40:02") keeps its own clause."""
    own = next(((column, value) for column, value in unit.pairs if moment.written in value), None)
    if own is None or _worded(own[1].replace(moment.written, " ")):
        return moment
    return replace(moment, clause=" ; ".join(t for t in (own[0], *_row_cells(unit)) if t))


def _worded(text: str) -> bool:
    """Whether a cell says something in words, not only a figure, a stamp or a code."""
    return re.search(r"[A-Za-z]{3,}", text) is not None


def _row_cells(unit: Unit) -> list[str]:
    """The cells of a table row that say something in words ("Ignition on", "Engine 3 on scene"), not only a
    figure or a stamp: what a row's event is told by. None for any other unit."""
    return [value for _, value in unit.pairs if _worded(value)] if unit.layout == "row" else []


def _meanings(phrase: str, said: Sequence[tuple[str, Sequence[str]]], embed: Embed) -> list[float]:
    """MiniLM cosine of the phrase to what each moment's clause says; of a table row, the best of its whole
    clause and each of its worded cells alone: a row's other cells (coordinates, places, notes) dilute the
    meaning of its event cell ("Ignition on" among a latitude, a speed and a geofence)."""
    from rag.selection import embed_cached

    texts = list(dict.fromkeys([phrase, *(t for clause, cells in said for t in (clause, *cells))]))
    vectors = embed_cached(embed, texts)
    cosine = dict(zip(texts[1:], (vectors[1:] @ vectors[0]).tolist()))
    return [max([cosine[clause], *(cosine[c] for c in cells)]) for clause, cells in said]


def select_stated(phrase: str, passages: Sequence[Passage], contexts: Mapping[str, Passage],
                  embed: Embed) -> list[tuple[Passage, str, str]]:
    """The units of ``passages`` that state a duration ("taken by phone, 18 minutes", "a 3-day
    outage") for ``phrase``, best first, as ``(passage, excerpt, the duration as written)``: what
    the file says of how long a thing lasted is quoted, not recomputed from other lines' times."""
    from rag.experts.calculation.inputs import INPUT_THRESHOLD
    from rag.experts.calculation.question import PERIOD
    from rag.selection import candidate_units, select
    from rag.selection.values import find_values

    units = [u for u in candidate_units(list(passages), dict(contexts))
             if find_values("duration", u.text) or PERIOD.search(u.text)]  # "within thirty (30) days of ..."
    if not units:
        return []
    scored = select(phrase, units, embed, kind="duration").scored
    # a period written in words and figures ("forty-five (45) days") holds no value the selector's model knows
    # as a duration: it is kept from the lower bar moments are kept from, its line's words then decide
    return [(s.unit.passage, s.unit.excerpt, s.value or (m.group(0) if (m := PERIOD.search(s.unit.text)) else ""))
            for s in scored if s.probability >= (INPUT_THRESHOLD if s.value else _MOMENT_THRESHOLD)]


_MESSAGE_STAMP = re.compile(r"^\W*(?:>\s*)*(?:On\s.{6,80}\s(?:wrote|said)\s*:?\s*$|"
                            r"(?:Date|Sent|Received)\s*:\s)", re.I)
"""A message's own stamp: a reply's attribution ("On Mon, Aug 4, 2025 at 10:31 AM <name> wrote:") or a
header ("Date: Thu, 02 Apr 2026 16:21:00 -0400", "Sent: ..."): when it was written, no event's moment."""

_HEADER_LINE = re.compile(r"^\W*(?:From|To|Cc|Date|Sent|Subject)\s*:", re.I)
"""A line of a message's header block."""

_SENDER_OR_SUBJECT = re.compile(r"^\W*(?:From|Subject)\s*:\s*(?P<said>.+)$", re.I)


def _header_block(passage_text: str, stamp: str) -> list[str]:
    """The header lines around a message's stamp in its passage (the ``From:``, ``To:``, ``Subject:`` lines
    written next to its ``Sent:`` or ``Date:`` line, no blank line between), the stamp's own line included."""
    lines = passage_text.splitlines()
    squashed = " ".join(stamp.split())
    at = next((i for i, line in enumerate(lines) if squashed and squashed[:40] in " ".join(line.split())), None)
    if at is None:
        return []
    first = last = at
    while first > 0 and _HEADER_LINE.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _HEADER_LINE.match(lines[last + 1]):
        last += 1
    return lines[first:last + 1]


def _with_sender(unit: Unit, held: dict[int, list[Moment]]) -> Unit:
    """A message's stamp (``Sent: Tuesday, August 18, 2026 2:05 PM``) with its sender and subject written
    after it, without their figures, so the selector reads whose message it is and what about; its moments
    (in ``held``) and its excerpt, what is cited, stay the stamp's own. Any other unit as it is."""
    if id(unit) not in held or not _MESSAGE_STAMP.search(unit.excerpt):
        return unit
    said = [m.group("said") for line in _header_block(unit.passage.text, unit.excerpt)
            if (m := _SENDER_OR_SUBJECT.match(line))]
    if not said:
        return unit
    told = re.sub(r"[$\d][\d$,./:-]*", " ", "; ".join(said))
    extended = replace(unit, text=f"{unit.text} (message from {' '.join(told.split())})")
    held[id(extended)] = held[id(unit)]
    return extended


_MESSAGE_NAMED = re.compile(r"\b(?:e-?mails?|e-?mailed|wrote|writes|written|sent|sends|messages?|messaged|"
                            r"repl(?:y|ied|ies)|forward(?:ed)?|letters?|notes?|texts?|texted)\b", re.I)
"""A phrase naming a message ("her e-mail to the agent", "the reply"): its stamp is what is asked."""

_MOMENT_THRESHOLD = 0.02
"""The selector's probability under which a unit is no reading of an event: lower than a fact's,
as only units stating a moment compete and each moment's own clause is weighed too."""

_CLAUSE_WEIGHT = 1.5
"""How much the clause naming the event weighs against the selector's probability of its unit."""

_MEANING_WEIGHT = 0.5
"""How much the clause's meaning (MiniLM cosine to the phrase) weighs: what tells apart the moments of
one sentence when the phrase shares no word with their clauses ("she went down", "plaintiff falls at")."""

_NUMBER_WEIGHT = 3.0
"""A number the phrase names, found as written in a clause ("the 911 call", "unit 7"), says which
moment more surely than a word does."""


def _phrase_tokens(phrase: str) -> set[str]:
    """The words of an event phrase, and the numbers it names ("911", "E14")."""
    return phrase_words(phrase) | {t.lower() for t in re.findall(r"\b\w*\d\w*\b", phrase)}


def _tokens(text: str) -> set[str]:
    return terms(text) | {t.lower() for t in re.findall(r"\b\w*\d\w*\b", text)}


def _holds(tokens: set[str], word: str) -> bool:
    return shared({word}, tokens) > 0


_KEPT = 6
"""How many of the best units a moment is read from (the caller takes the first that fits)."""


def moment_input(passage: Passage, line: str, value: str) -> Input:
    """A moment the search found, as a calculation's input: its value a :attr:`Moment.value`,
    cited by its line."""
    from rag.experts.calculation.inputs import Input

    return Input(value=value, text=line, label="", clause=frozenset(terms(line)), doc_id=passage.doc_id,
                 claim_id=passage.claim_id, cite=lambda sources, p=passage, u=line: sources.cite_passage(p, u),  # type: ignore[misc]
                 passage=passage)


def moment_day(moment: Input) -> Input:
    """The input with its moment's date alone (an ISO date): a span of days."""
    day = read_moment(moment.value)[0]
    return replace(moment, value=day.isoformat()) if day else moment
