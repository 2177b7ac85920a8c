"""Date arithmetic for claims: how many days passed between two dated events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DaysResult:
    days: int
    """``end - start`` in calendar days; negative when ``end`` is before ``start``."""
    working: str
    """One line showing the inputs, e.g. ``March 3, 2026 to March 26, 2026 = 23 days``."""


def days_between(start: str | date, end: str | date) -> DaysResult:
    """Count the calendar days from ``start`` to ``end`` (ISO ``YYYY-MM-DD`` strings or dates).

    Calendar days, not business days: that is what "how many days after the loss" means in a
    claim file (and what deadlines in policy wordings count). Leap days are counted.
    """
    a, b = _as_date(start), _as_date(end)
    days = (b - a).days
    unit = "day" if abs(days) == 1 else "days"
    return DaysResult(days, f"{long_date(a)} to {long_date(b)} = {days} {unit}")


def long_date(value: str | date) -> str:
    """``2026-03-03`` -> ``March 3, 2026``: how adjusters write dates in answers."""
    d = _as_date(value)
    return f"{d:%B} {d.day}, {d.year}"


def _as_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from err


@dataclass(frozen=True)
class MinutesResult:
    minutes: int
    """``end - start`` in whole minutes."""
    text: str
    """``16 hours 54 minutes``, ``39 minutes``, ``2 minutes 31 seconds``: how the answer says it."""
    working: str
    """One line showing the inputs, e.g. ``2026-05-15 18:20 to 2026-05-16 11:14 = 16 hours 54 minutes``."""
    seconds: int | None = None
    """``end - start`` in seconds when either moment was given to the second (a CCTV or dispatch log's
    ``16:31:08``), else ``None``: the duration is then said to the second."""


def minutes_between(start: str, end: str) -> MinutesResult:
    """The time from ``start`` to ``end``, each ``YYYY-MM-DD HH:MM[:SS]`` or ``HH:MM[:SS]``, the time also as a
    file writes it (``6:40 p.m.``, ``6:40PM``, ``1840 hrs``, ``16:31:08``: see :func:`moment_text`). A time of day
    alone is on the other's day, or both on one day; an end that reads earlier than its start with
    no date to say otherwise is on the next day: a night shift, a fire after midnight. When both ends
    are given to the second (a video or dispatch log), the duration is counted and said to the second;
    when only one is, it is said to the nearest minute, as precise as the less precise end."""
    from datetime import datetime, timedelta

    start, end = moment_text(start), moment_text(end)

    def parts(value: str) -> tuple[date | None, int, bool]:
        day, clock, to_second = _read(value)
        if clock is None:
            raise ValueError(f"no time of day (HH:MM) in {value!r}")
        return day, clock, to_second

    (d1, c1, s1), (d2, c2, s2) = parts(start), parts(end)
    if d1 is None or d2 is None:
        d1 = d2 = d1 or d2 or date(2000, 1, 1)
        if c2 < c1:
            d2 = d1 + timedelta(days=1)
    a = datetime(d1.year, d1.month, d1.day) + timedelta(seconds=c1)
    b = datetime(d2.year, d2.month, d2.day) + timedelta(seconds=c2)
    seconds = int((b - a).total_seconds())
    if s1 and s2:
        minutes = int(seconds // 60) if seconds >= 0 else -int(-seconds // 60)
        text = duration_text(seconds)
        return MinutesResult(minutes, text, f"{start} to {end} = {text}", seconds)
    # one end to the second, the other to the minute: the span is known to the minute ("16:42:19" to
    # "4:55 p.m." is 13 minutes), and to the second if the minute's stamp is read as its :00 (12 minutes
    # 41 seconds): both are said, the reading named, as a log's reader may count either way
    minutes = round(seconds / 60) if s1 or s2 else seconds // 60
    text = hours_and_minutes(minutes)
    said = [f"{minutes:,} minutes"] if abs(minutes) >= 60 and minutes % 60 else []
    if s1 != s2 and seconds % 60:
        minute_end = (c2 if s1 else c1) // 60
        stamp = f"{minute_end // 60:02d}:{minute_end % 60:02d}"
        said.append(f"{duration_text(seconds)} reading {stamp} as {stamp}:00")
    total = f" ({'; '.join(said)})" if said else ""
    return MinutesResult(minutes, text + total, f"{start} to {end} = {text}{total}")


_WRITTEN_CLOCK = re.compile(r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>[0-5]\d))?\s*"
                            r"(?:(?P<ap>[ap])\.?\s*m\.?(?!\w))"
                            r"|(?<![\d:])(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?:hrs|hours|h)\b"
                            r"|(?<![\d:])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>[0-5]\d))?(?![\d:])", re.I)
"""A time of day as files write it: ``6:40 p.m.``, ``7 PM``, ``1840 hrs``, ``18:40``, ``16:31:08``."""


def moment_text(value: str) -> str:
    """A moment as written (``2026-03-03 6:40 p.m.``, ``6:40PM``, ``1840 hrs``, ``16:31:08``) in the tools' form,
    ``YYYY-MM-DD HH:MM[:SS]`` or ``HH:MM[:SS]``: the 12-hour clock read as the 24-hour one (``6:40 p.m.`` is
    ``18:40``, ``12:05 a.m.`` is ``00:05``), seconds kept when written. A value with no time it can read is
    returned as it is (and refused by the tool that needs one)."""
    value = " ".join(value.split())
    m = _WRITTEN_CLOCK.search(value)
    if m is None:
        return value
    second = m.group("s") or m.group("ss")
    if m.group("h24"):
        hour, minute = int(m.group("h24")), int(m.group("m24"))
    elif m.group("hh"):
        hour, minute = int(m.group("hh")), int(m.group("mm"))
    else:
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        ap = m.group("ap").lower()
        if not 1 <= hour <= 12:
            raise ValueError(f"not a time of day: {m.group(0)!r}")
        hour = hour % 12 + (12 if ap == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"not a time of day: {m.group(0)!r}")
    day = (value[: m.start()] + value[m.end():]).strip(" ,T")
    clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    return f"{day} {clock}" if day else clock


TIME_OF_DAY = re.compile(
    r"(?<![\d:/.-])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d/]|\.\d)"
    r"(?:\s?o'clock)?(?:\s?(?P<ap>[ap])\.?\s?m\b\.?)?|"
    r"(?<![\d:/.-])(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)\s?(?:hrs?|hours)\b|"  # 24-hour clock as logs write it: 0744 hrs
    r"(?<![\d:/.-])(?P<h3>1[0-2]|0?[1-9])\s?(?P<ap3>[ap])\.?\s?m\b\.?|"  # "6 pm", "9 a.m."
    r"\b(?P<noon>noon|midnight)\b", re.I)
"""A time of day as a file writes it: ``02:47``, ``6:40 p.m.``, ``2:40 o'clock a.m.``, ``0744 hrs``, ``9 am``,
noon; to the second as a video or dispatch log stamps it: ``16:31:08``. Read by :func:`clock_of`."""


def clock_of(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a time of day :data:`TIME_OF_DAY` found (or a pattern naming its groups
    ``h``/``m``, ``h2``/``m2``...); None when the match is no time of day after all: ``2.00 EA`` or ``$1.00``
    is a quantity or an amount (``6.40 pm`` is a time), ``14 p.m.`` is no hour."""
    if m.groupdict().get("noon"):
        return 12 * 60 if m.group("noon").lower() == "noon" else 0
    h = m.group("h") or m.groupdict().get("h2") or m.groupdict().get("h3")
    minutes = m.group("m") or m.groupdict().get("m2") or "0"
    ap = (m.groupdict().get("ap") or m.groupdict().get("ap3") or "").lower()
    if h is None:
        return None
    if not ap and re.match(r"\s*\d{1,2}\.\d", m.group(0)):
        return None
    hour = int(h)
    if ap and hour > 12:
        return None
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return hour * 60 + int(minutes)


_BARE_CLOCK = re.compile(r"\s*(?P<h>[01]?\d|2[0-3])\.?(?P<m>[0-5]\d)\s*")


def read_clock(text: str, *, alone: bool = False) -> int | None:
    """Minutes after midnight of the first time of day ``text`` writes (``2:15 p.m.``, ``1415 hrs``, ``noon``),
    None when it writes none: the one reader of the selector's values and the calculation's moments.
    ``alone``: the text is a time of day and nothing else (a value found as one), so a log's bare ``0742``
    or ``3.12`` is read too, which in a sentence is a number."""
    bare = _BARE_CLOCK.fullmatch(text) if alone else None
    if bare is not None:
        return int(bare.group("h")) * 60 + int(bare.group("m"))
    for m in TIME_OF_DAY.finditer(text):
        minutes = clock_of(m)
        if minutes is not None:
            return minutes
    return None


def read_moment(value: str) -> tuple[date | None, int | None]:
    """A moment as the tools take it, ``YYYY-MM-DD HH:MM[:SS]``, ``YYYY-MM-DD`` or ``HH:MM[:SS]``: ``(its date,
    its time of day in minutes after midnight)``, either ``None`` when not given."""
    day, clock, _ = _read(value)
    return day, (clock // 60 if clock is not None else None)


def _read(value: str) -> tuple[date | None, int | None, bool]:
    """``(date, time of day in seconds after midnight, whether the seconds were written)``."""
    day, clock, to_second = None, None, False
    for part in value.split():
        if ":" in part:
            pieces = [int(x) for x in part.split(":")]
            to_second = len(pieces) == 3
            clock = pieces[0] * 3600 + pieces[1] * 60 + (pieces[2] if to_second else 0)
        else:
            day = _as_date(part)
    return day, clock, to_second


def hours_and_minutes(minutes: int) -> str:
    """``1014`` -> ``16 hours 54 minutes``; ``39`` -> ``39 minutes``; ``60`` -> ``1 hour``."""
    hours, rest = divmod(abs(minutes), 60)
    out = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if rest or not hours:
        out.append(f"{rest} minute{'' if rest == 1 else 's'}")
    return ("-" if minutes < 0 else "") + " ".join(out)


def duration_text(seconds: int) -> str:
    """``151`` -> ``2 minutes 31 seconds``; ``46`` -> ``46 seconds``; ``8650`` -> ``2 hours 24 minutes 10 seconds``:
    a duration to the second, as a video or dispatch log is read; units that are nought are left out."""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    out = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
           if n]
    return ("-" if seconds < 0 else "") + (" ".join(out) or "0 seconds")


@dataclass(frozen=True)
class DeadlineResult:
    end: str
    """When the period runs out: ``YYYY-MM-DD``, or ``YYYY-MM-DD HH:MM`` for a period in hours from a moment."""
    text: str
    """``June 3, 2026``, ``April 9, 2026 at 06:50``: how the answer says it."""
    working: str
    """One line showing the inputs, e.g. ``May 4, 2026 + 30 days = June 3, 2026``."""


def date_after(start: str, days: int = 0, hours: int = 0) -> DeadlineResult:
    """When a period that starts at ``start`` runs out: ``days`` calendar days (a reply due "within 30 days of
    this letter", an estimate "valid for 180 days from the date issued"), or ``hours`` from a moment (a
    "72-hour waiting period from the time the loss is discovered"). ``start`` is ``YYYY-MM-DD``, or
    ``YYYY-MM-DD HH:MM`` (the time also as a file writes it, ``6:50 a.m.``); a period in hours needs the date.
    Calendar days, as policy wordings and demand letters count them."""
    from datetime import datetime, timedelta

    if days < 0 or hours < 0 or not (days or hours):
        raise ValueError("give a period of days or hours greater than nought")
    day, clock, _ = _read(moment_text(start))
    if day is None:
        raise ValueError(f"no date (YYYY-MM-DD) in {start!r}")
    period = " and ".join(f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in ((days, "day"), (hours, "hour")) if n)
    if clock is None and not hours:
        end_day = day + timedelta(days=days)
        return DeadlineResult(end_day.isoformat(), long_date(end_day),
                              f"{long_date(day)} + {period} = {long_date(end_day)}")
    began = datetime(day.year, day.month, day.day) + timedelta(seconds=clock or 0)
    end = began + timedelta(days=days, hours=hours)
    at = f"{end:%H:%M}"
    said = f"{long_date(end.date())} at {at}"
    was = f"{long_date(day)} at {began:%H:%M}"
    return DeadlineResult(f"{end.date().isoformat()} {at}", said, f"{was} + {period} = {said}")
