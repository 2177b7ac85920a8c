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
    """``end - start`` in minutes."""
    text: str
    """``16 hours 54 minutes``, ``39 minutes``: how the answer says it."""
    working: str
    """One line showing the inputs, e.g. ``2026-05-15 18:20 to 2026-05-16 11:14 = 16 hours 54 minutes``."""


def minutes_between(start: str, end: str) -> MinutesResult:
    """The time from ``start`` to ``end``, each ``YYYY-MM-DD HH:MM`` or ``HH:MM``, the time also as a
    file writes it (``6:40 p.m.``, ``6:40PM``, ``1840 hrs``: see :func:`moment_text`). A time of day
    alone is on the other's day, or both on one day; an end that reads earlier than its start with
    no date to say otherwise is on the next day: a night shift, a fire after midnight."""
    from datetime import datetime, timedelta

    start, end = moment_text(start), moment_text(end)

    def parts(value: str) -> tuple[date | None, int]:
        day, clock = read_moment(value)
        if clock is None:
            raise ValueError(f"no time of day (HH:MM) in {value!r}")
        return day, clock

    (d1, c1), (d2, c2) = parts(start), parts(end)
    if d1 is None or d2 is None:
        d1 = d2 = d1 or d2 or date(2000, 1, 1)
        if c2 < c1:
            d2 = d1 + timedelta(days=1)
    a = datetime(d1.year, d1.month, d1.day) + timedelta(minutes=c1)
    b = datetime(d2.year, d2.month, d2.day) + timedelta(minutes=c2)
    minutes = int((b - a).total_seconds() // 60)
    text = hours_and_minutes(minutes)
    total = f" ({minutes:,} minutes)" if abs(minutes) >= 60 and minutes % 60 else ""
    return MinutesResult(minutes, text + total, f"{start} to {end} = {text}{total}")


_WRITTEN_CLOCK = re.compile(r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::\d{2})?\s*(?:(?P<ap>[ap])\.?\s*m\.?(?!\w))"
                            r"|(?<![\d:])(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?:hrs|hours|h)\b"
                            r"|(?<![\d:])(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?![\d:])", re.I)
"""A time of day as files write it: ``6:40 p.m.``, ``7 PM``, ``1840 hrs``, ``18:40``."""


def moment_text(value: str) -> str:
    """A moment as written (``2026-03-03 6:40 p.m.``, ``6:40PM``, ``1840 hrs``) in the tools' form,
    ``YYYY-MM-DD HH:MM`` or ``HH:MM``: the 12-hour clock read as the 24-hour one (``6:40 p.m.`` is
    ``18:40``, ``12:05 a.m.`` is ``00:05``). A value with no time it can read is returned as it is
    (and refused by the tool that needs one)."""
    value = " ".join(value.split())
    m = _WRITTEN_CLOCK.search(value)
    if m is None:
        return value
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
    clock = f"{hour:02d}:{minute:02d}"
    return f"{day} {clock}" if day else clock


def read_moment(value: str) -> tuple[date | None, int | None]:
    """A moment as the tools take it, ``YYYY-MM-DD HH:MM``, ``YYYY-MM-DD`` or ``HH:MM``: ``(its date,
    its time of day in minutes after midnight)``, either ``None`` when not given."""
    day, clock = None, None
    for part in value.split():
        if ":" in part:
            hours, minutes = part.split(":")
            clock = int(hours) * 60 + int(minutes)
        else:
            day = _as_date(part)
    return day, clock


def hours_and_minutes(minutes: int) -> str:
    """``1014`` -> ``16 hours 54 minutes``; ``39`` -> ``39 minutes``; ``60`` -> ``1 hour``."""
    hours, rest = divmod(abs(minutes), 60)
    out = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if rest or not hours:
        out.append(f"{rest} minute{'' if rest == 1 else 's'}")
    return ("-" if minutes < 0 else "") + " ".join(out)
