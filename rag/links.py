"""Documents that name no claim, filed with the claim whose documents share their references.

A vendor's invoice, a store's CCTV timeline or a contractor's log often carry no claim number:
only the references the claim's own documents also write (the invoice number the adjuster's
e-mail quotes, the incident number on the incident report). Without a claim, a question that
names the claim never searches them ("walk me through the CCTV timeline on GL-7730-0412" searched
the incident report alone).

This module decides such links from the text alone: :func:`references_in` lists the identifiers a
document writes, and :func:`claim_sharing` names the one claim whose documents write any of them
(none when two claims do: a guess would cite one claim's file for another). The engine applies
the links when it lists documents (:attr:`rag.records.DocumentInfo.linked_claim`) and when it
searches one claim's passages; the stored document keeps no claim, so a link follows the files in
reach as they change (another replica computes the same links from the same store).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_IDENTIFIER = re.compile(r"(?<![\w/.-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w/-])")
"""Letters and digits joined by hyphens: ``IR-14-2026-003``, ``RX-77120``, ``C-554019``."""
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
MOST_REFERENCES = 24
"""A document's first identifiers are enough: its own references come first (a header, an
invoice's top lines), and each costs one look-up in the lexical index."""


def references_in(text: str, *, most: int = MOST_REFERENCES) -> list[str]:
    """The identifiers ``text`` writes, first ones first: at least one letter and four digits
    (``IR-14-2026-003``; not ``CAM-09``, a date, a phone number or ``COVID-19``)."""
    found: dict[str, None] = {}
    for m in _IDENTIFIER.finditer(text):
        token = m.group(0)
        digits = sum(c.isdigit() for c in token)
        if digits < 4 or not any(c.isalpha() for c in token) or _DATE_LIKE.fullmatch(token):
            continue
        found.setdefault(token.upper())
        if len(found) >= most:
            break
    return list(found)


def claim_sharing(references: Sequence[str], claims_saying: Callable[[str], Sequence[str]]) -> str | None:
    """The one claim whose documents write any of ``references`` (``claims_saying`` lists the
    claims whose documents write one), or None: none does, or two claims do."""
    shared: set[str] = set()
    for reference in references:
        shared.update(c for c in claims_saying(reference) if c)
        if len(shared) > 1:
            return None
    return next(iter(shared), None)
