"""The reserves a claim carries now: each reserve line (indemnity, medical, expense; bodily injury, property
damage; building, contents, business income) at the figure it was last set to, as a file writes them in a
note ("medical reserve raised from $18,500 to $22,750. Indemnity rsv stays $6,200"), a sentence ("reserves
as of this report: property damage $110,000.00 (reduced from $120,000.00), business income $75,000.00") or a
history table ("Date | Indemnity | Expense" rows, "Reserve | Amount | Set on" rows).

What "the total reserve after the latest change" is: the sum of each line's latest figure, never a figure
it was changed *from*, nor a payment."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rag.experts.calculation.amounts import AMOUNT_IN_LINE
from rag.experts.text import CLAUSE_END
from rag.tools.money import to_decimal

_LINES = (
    # the longer names first: "business income and extra expense" is no "expense" reserve
    ("business income", r"business income(?:\s*(?:and|&|/|\+)\s*extra expense)?|BI\s*/\s*EE|BI\s*&\s*EE"),
    ("bodily injury", r"bodily injury|BI"),
    ("property damage", r"property damage|PD"),
    ("indemnity", r"indemnity|indem"),
    ("medical", r"medical|med"),
    ("expense", r"(?:defen[cs]e\s+)?expense|ALAE|defen[cs]e|legal"),
    ("building", r"building|dwelling"),
    ("contents", r"contents"),
)
"""Reserve lines by the names claim files give them (a closed list of the trade's own terms)."""

_LINE = re.compile("|".join(rf"(?P<k{i}>\b(?:{names})\b)" for i, (_, names) in enumerate(_LINES)), re.I)

RESERVE_NAMED = re.compile(r"\breserves?\b|\brsvs?\b|\breserved\b", re.I)

_FROM = re.compile(r"\b(?:from|was|previously|prior|formerly)\s*$", re.I)
"""Words before a figure a reserve was changed *from*: "raised from $18,500 (to $22,750)"."""

_PAID = re.compile(r"\b(?:paid|payments?|advances?|issued|check|billed|invoices?|demand)\b", re.I)

_CUT = re.compile(CLAUSE_END.pattern + r"|\.|\s/\s|,\s(?=[a-z])")
"""Where a clause naming a reserve line ends: where any clause does, at a figure's cents ("BI $150,000.00, PD
$18,000": PD's clause is not BI's), and "BI $150,000 / PD $18,000"."""


ORDER = 100_000
"""A unit's index in :attr:`ReserveFigure.order` is ``order // ORDER``."""


@dataclass(frozen=True)
class ReserveFigure:
    """A reserve line's figure as one line of a file states it, and when."""

    line: str
    amount: Decimal
    when: date | None
    order: int
    """Where it stands among the figures read: the unit's index times :data:`ORDER`, plus its place in the
    unit (a later figure of one note is the later setting)."""


def line_named(text: str) -> str | None:
    """The reserve line ``text`` names ("BI rsv increased to" -> "bodily injury"), the first it names."""
    m = _LINE.search(text)
    if m is None:
        return None
    return next(name for (name, _), group in zip(_LINES, m.groups()) if group)


def lines_named(text: str) -> set[str]:
    """Every reserve line ``text`` names: "(PD + BI/EE)" -> property damage and business income."""
    return {name for m in _LINE.finditer(text) for (name, _), group in zip(_LINES, m.groups()) if group}


def reserve_figures(text: str, when: date | None, order: int, *, about: bool = False,
                    row: bool = False) -> list[ReserveFigure]:
    """The reserve figures of one unit of text (a note, a sentence, a table ``row`` as ``Column: value``
    pairs), each with the reserve line its own clause names (for a row holding one figure, the row's other
    cells: "Reserve: Indemnity; Amount: $75,000"); a figure it was changed from, a payment, or a figure no
    reserve line names is none. The unit must be about reserves: say so, or be ``about`` them (a row of a
    table headed "Reserve history")."""
    if not (about or RESERVE_NAMED.search(text)):
        return []
    amounts = list(AMOUNT_IN_LINE.finditer(text))
    found: list[ReserveFigure] = []
    start = 0
    for m in amounts:
        cut = max((c.end() for c in _CUT.finditer(text, start, m.start())), default=start)
        clause = text[cut:m.start()]
        if _FROM.search(clause):
            continue  # an old figure: the clause of the next one still runs from before it ("from $X to $Y")
        start = m.end()
        name = line_named(clause)
        if name is None and row and len(amounts) == 1:
            name = line_named(AMOUNT_IN_LINE.sub(" ", text))
        if name is None or _PAID.search(clause):
            continue
        try:
            amount = to_decimal(m.group(0))
        except ValueError:
            continue
        found.append(ReserveFigure(name, amount, when, order * ORDER + m.start()))
    return found


def in_force(figures: Sequence[ReserveFigure]) -> dict[str, ReserveFigure]:
    """Each reserve line's latest figure: the latest dated, then the latest written."""
    latest: dict[str, ReserveFigure] = {}
    for f in sorted(figures, key=lambda f: (f.when or date.min, f.order)):
        latest[f.line] = f
    return latest
