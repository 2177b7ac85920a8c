"""A claim's (or one document's) events in time order: "walk me through the camera log", "the
reserve history", "give me a chronology of the file".

An adjuster asking for a timeline wants the dated or timed lines, oldest first, one short line
each with its source, not the claim's card. What counts as an event holds for any claim file: a
unit (a sentence, a log line, a table row) that states a date or a time of day, or that stands
under an entry headed by a date (a diary's "03/14/2026 called the insured" and the lines below
it). A request with a topic ("the *work status* history", "the *payment* history") keeps the
events most like that topic by meaning; one naming a document ("the video log", "the diary")
keeps that document's events. The lines are ordered by their date, then their time of day, then
where they stand in their file, and kept within the summary's 1500 characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from rag.experts.digest import DOCUMENT_NOUNS, Gather, is_boilerplate, named_document
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import content_terms, display_line, stem, terms
from rag.metadata import find_dates
from rag.records import ClaimRecord, DocumentInfo, Passage
from rag.selection.values import find_values

MAX_CHARS = 1400
"""The timeline's lines without its header (the eval reads a summary's first 1500 characters)."""
LINE_CHARS = 110
"""An event's line is cut at a word boundary past this (its citation quotes the unit whole)."""
LEAD_CHARS = 24
"""A line whose first characters hold its date or time of day shows it as written; another is led by its date."""
QUERIES = ("Dates and times of what happened, in order",
           "Log entries: date, time and what was done")
"""General retrieval questions that find a file's dated lines beside the request itself."""
TOPIC_SPREAD = 0.15
"""A topical timeline keeps the events whose similarity to the topic is within this of the best one."""
_TIMELINE_WORDS = frozenset(stem(w) for w in (
    "timeline timelines chronology chronological chronologically sequence order events event history histories "
    "walk through step blow play by me us give show list tell lay out run take trace recap summary summarize "
    "happened what when please pls quick short brief full entire whole the of on for in file claim"
).split())
"""The words of asking for a timeline: no topic of it."""
_TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ap>[AaPp]\.?\s?[Mm]\.?)?"
                   r"|\b(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d)\b")
_ENTRY_HEAD = re.compile(r"^\W{0,3}(?:\*\*)?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})")
"""A line that opens with a date: a diary's, a log's or a notes file's entry."""


@dataclass(frozen=True)
class Event:
    """A unit of a file that says when something happened."""

    text: str
    when: date | None
    """Its own date, else the date of the entry it stands under, else the file's first date."""
    clock: int | None
    """Its time of day in seconds, when it states one."""
    order: tuple[str, int, int]
    """``(document, page, offset)``: where it stands in its file."""
    cite: Callable[[Sources], str]
    cells: tuple[str, ...] = ()
    """A table row's cells, when it is one."""
    dated: bool = True
    """Its date is written in a line it cites (its own, or its entry's head): the line may lead with it."""


def seconds_of(text: str) -> int | None:
    """The first time of day ``text`` states, in seconds after midnight: ``16:42:19``, ``4:42 PM``,
    ``0752 HRS`` (a bare 24-hour time only as :func:`find_values` reads one: labelled, or a
    form's or table's whole cell)."""
    stated = find_values("time", text)
    if not stated:
        return None
    m = _TIME.search(stated[0])
    if m is None:
        return None
    if m.group("h24"):
        return int(m.group("h24")) * 3600 + int(m.group("m24")) * 60
    hour = int(m.group("h"))
    ap = (m.group("ap") or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    return hour * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)


def _dates_by_line(text: str) -> list[tuple[int, date, str]]:
    """``(offset, date, line)`` of each line of a passage that opens with a date (an entry's head)."""
    out: list[tuple[int, date, str]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        if _ENTRY_HEAD.match(line):
            found = find_dates(line[:40])
            if found:
                out.append((at, found[0][0], line.strip()))
        at += len(line)
    return out


def _entry_date(passage: Passage, offset: int) -> tuple[date | None, str]:
    """The date of the entry a unit at ``offset`` stands under, with the entry's head line (cited
    beside the unit: it holds the date the line is shown with); else the first date of its passage
    (a video log's rows are times of the day its heading names), with no line."""
    heads = [(d, line) for at, d, line in _dates_by_line(passage.text) if at <= offset]
    if heads:
        return heads[-1]
    found = find_dates(passage.text)
    return (found[0][0], "") if found else (None, "")


def events_of(units: Sequence[Any], *, dated_only: bool) -> list[Event]:
    """The gathered units that are events, once each. ``dated_only``: only a unit that states a
    date or a time itself (a timeline of the whole claim); else also one that stands under a
    dated entry (a topic's history: "lift up to 25 lbs" under its visit's date)."""
    out: dict[str, Event] = {}
    for u in units:
        text = " ".join(display_line(u.text).split()).strip()
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in out or len(text.split()) < 3 or is_boilerplate(text) or text.endswith("?"):
            continue
        own = find_dates(text)
        clock = seconds_of(text)
        offset = max(0, u.passage.text.find(u.excerpt))
        inherited, head = _entry_date(u.passage, offset)
        if not own and clock is None and (dated_only or inherited is None or not head):
            continue
        when = own[0][0] if own else inherited
        out[key] = Event(text, when, clock, (u.passage.document, u.passage.page or 0, offset),
                         _citer(u, head if not own and head != u.excerpt.strip() else ""),
                         tuple(v for _, v in u.pairs) if getattr(u, "layout", "") == "row" else (),
                         bool(own or head))
    return list(out.values())


def _citer(unit: Any, head: str) -> Callable[[Sources], str]:
    """How an event is cited: its unit, after the head line of its entry when that is where its date
    is written ("04/14/2026 ortho recheck" above "lift up to 25 lbs")."""

    def cite(sources: Sources) -> str:
        return (sources.cite_passage(unit.passage, head) if head else "") + sources.cite_passage(unit.passage,
                                                                                                 unit.excerpt)

    return cite


def _shown(event: Event) -> str:
    """The event's line: a table row's time and what happened (its longest cell), else its text,
    cut short."""
    text = event.text
    if event.cells:  # a table row: its time, what happened (its longest cell) and its amounts
        timed = next((c for c in event.cells if seconds_of(c) is not None or find_dates(c)), "")
        others = [c for c in event.cells if c and c != timed]
        longest = max(others, key=len, default="")
        rest = [c for c in others if c == longest or "$" in c]  # what happened, and the amounts of the row
        text = f"{timed} - {'; '.join(rest)}" if timed and rest else "; ".join(rest) or text
    lead = text[:LEAD_CHARS]
    if event.when is not None and event.dated and not find_dates(lead) and seconds_of(lead) is None:
        text = f"{event.when:%m/%d/%Y}: {text}"  # every line says when, first, even when its own date is cut
    return text if len(text) <= LINE_CHARS else text[: LINE_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"


def timeline_topic(topic: Sequence[str], claim: ClaimRecord) -> list[str]:
    """The request's words that name what the timeline is of ("work status", "payment"): neither
    the asking's, the claim's parties' and number, nor a kind of document."""
    named = set()
    for name in [*claim.insured, *claim.claimants, *claim.adjusters, claim.claim_id, *claim.policy_numbers]:
        named |= terms(name)
    return [t for t in topic if t not in _TIMELINE_WORDS and t not in named and t not in DOCUMENT_NOUNS]


def answer_timeline(claim: ClaimRecord, documents: Sequence[DocumentInfo], *, question: str, topic: Sequence[str],
                    gather: Gather, embed: Callable[[list[str]], Any], loose: Sequence[DocumentInfo] = (),
                    gather_loose: Gather | None = None) -> ExpertResult | None:
    """The events of the claim, or of the document the request names, in time order, one short
    cited line each; the events of the request's topic only, when it names one. None when no event
    is found (the claim card answers). ``loose``: files in reach that name no claim (a store's video
    log filed by its incident number), read by ``gather_loose`` when the request names one of them
    by the words of its file name and none of the claim's own files."""
    words = [t for t in content_terms(question) if t not in _TIMELINE_WORDS]
    about = timeline_topic(topic or words, claim)
    phrase = " ".join(about)
    queries = [question, *(f"{phrase} {q}" if phrase else q for q in QUERIES)]
    naming = [t for t in (topic or words) if t not in _TIMELINE_WORDS or t in DOCUMENT_NOUNS]
    outside = _named_outside(naming, documents, loose) if gather_loose is not None else None
    found = (gather_loose if outside is not None and gather_loose is not None else gather)(queries)
    retrieved = [p for passages, _ in found for p in passages]
    named = outside or (named_document(naming, documents, retrieved) if len(documents) > 1 else None)
    units = [u for _, batch in found for u in batch]
    if named is not None:
        units = [u for u in units if u.passage.doc_id == named.doc_id]
    subject = [t for t in about if named is None or t not in terms(re.sub(r"[-_.]", " ", named.name))]
    events = [e for e in events_of(units, dated_only=not subject) if _of_the_claim(e, claim)]
    if subject and events:
        events = _about(events, " ".join(subject), embed)
    if not events:
        return None
    events = _within_budget(events, question, embed)
    events.sort(key=lambda e: (e.when or date.min, e.clock if e.clock is not None else -1, e.order))
    sources = Sources()
    lines = [f"- {_shown(e)} {e.cite(sources)}" for e in events]
    said = [w for w in re.findall(r"[\w'-]+", question) if stem(w.lower()) in set(subject)]
    what = f"{' '.join(dict.fromkeys(said)) or ' '.join(subject)}, " if subject else ""
    head = (f"{named.name} ({claim.claim_id}), {what}in time order:" if named is not None
            else f"{claim.claim_id}, {what}in time order:")
    return ExpertResult("\n".join([head, *lines]), "summary", sources.citations, [claim.claim_id],
                        {"kind": "timeline", "document": named.name if named else None, "about": about})


BEFORE_THE_LOSS_DAYS = 400
"""An event dated this long before the date of loss is no event of the claim (a date of birth, a date of
hire, a policy's first inception): a timeline starts near the loss (a policy period's start is within a year)."""


def _of_the_claim(event: Event, claim: ClaimRecord) -> bool:
    """Whether an event belongs on the claim's timeline: not dated long before its loss."""
    if event.when is None or not claim.date_of_loss:
        return True
    try:
        loss = date.fromisoformat(claim.date_of_loss)
    except ValueError:
        return True
    return (loss - event.when).days <= BEFORE_THE_LOSS_DAYS


def _named_outside(naming: Sequence[str], documents: Sequence[DocumentInfo],
                   loose: Sequence[DocumentInfo]) -> DocumentInfo | None:
    """The file outside any claim that the request names by a word of its file name other than a
    kind of document ("the *CCTV* timeline": ``CCTV_timeline_aisle9.md``), when no file of the claim
    holds that word in its name, and only one outside file does."""
    wanted = set(naming) - DOCUMENT_NOUNS
    if not wanted or not loose:
        return None

    def named_by(d: DocumentInfo) -> bool:
        return bool(wanted & terms(re.sub(r"[-_.]", " ", d.name)))

    if any(named_by(d) for d in documents):
        return None
    hits = [d for d in loose if named_by(d)]
    return hits[0] if len(hits) == 1 else None


def _about(events: list[Event], phrase: str, embed: Callable[[list[str]], Any]) -> list[Event]:
    """The events of the topic: those that say all its words ("WORK STATUS CHANGE: ..." for the
    work status history), when at least two do; else those most like it by meaning, within
    :data:`TOPIC_SPREAD` of the best."""
    wanted = terms(phrase)
    saying = [e for e in events if wanted <= terms(e.text)]
    if len(saying) >= 2:
        return saying
    vectors = np.asarray(embed([phrase, *(e.text for e in events)]), dtype=np.float32)
    sims = vectors[1:] @ vectors[0]
    best = float(sims.max())
    return [e for e, s in zip(events, sims.tolist()) if s >= best - TOPIC_SPREAD]


def _within_budget(events: list[Event], question: str, embed: Callable[[list[str]], Any]) -> list[Event]:
    """All the events when their lines fit :data:`MAX_CHARS`; else the most central ones (like the
    request and like the events' centroid: what the file keeps saying) that fit."""
    sizes = [len(_shown(e)) + 8 for e in events]
    if sum(sizes) <= MAX_CHARS:
        return events
    vectors = np.asarray(embed([question, *(e.text for e in events)]), dtype=np.float32)
    unit_v = vectors[1:]
    centroid = unit_v.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    scores = 0.5 * (unit_v @ vectors[0]) + unit_v @ centroid
    kept: list[int] = []
    used = 0
    for i in (int(i) for i in np.argsort(-scores)):
        if used + sizes[i] <= MAX_CHARS:
            kept.append(i)
            used += sizes[i]
    return [events[i] for i in sorted(kept)]
