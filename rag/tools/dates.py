"""Date arithmetic for claims: how many days passed between two dated events."""

from __future__ import annotations

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
