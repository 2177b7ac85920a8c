"""Documents that name no claim, filed with the claim whose documents share their references.

A vendor's invoice, a store's CCTV timeline or a contractor's log often carry no claim number:
only the references the claim's own documents also write (the invoice number the adjuster's
e-mail quotes, the incident number on the incident report). Without a claim, a question that
names the claim never searches them ("walk me through the CCTV timeline on GL-7730-0412" searched
the incident report alone).

This module decides such links from the text alone: :func:`references_in` lists the identifiers a
document writes, :func:`claims_sharing` the claims whose documents write any of them, and
:func:`claims_of_parties_named` the claims whose insured or claimant it names in full ("Bill to:
Redfern Excavation LLC"). A document is linked only when all of that points at one claim (a guess
between two would cite one claim's file for another). The engine applies
the links when it lists documents (:attr:`rag.records.DocumentInfo.linked_claim`) and when it
searches one claim's passages; the stored document keeps no claim, so a link follows the files in
reach as they change (another replica computes the same links from the same store).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

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


def claims_sharing(references: Sequence[str], claims_saying: Callable[[str], Sequence[str]]) -> set[str]:
    """The claims whose documents write any of ``references`` (``claims_saying`` lists the claims
    whose documents write one); it stops at two: then no claim is the one."""
    shared: set[str] = set()
    for reference in references:
        shared.update(c for c in claims_saying(reference) if c)
        if len(shared) > 1:
            break
    return shared


MIN_PARTY_NAME = 8
"""A party's name counts in full only: two words or more, this many characters at least ("Ann Le"
could be anyone's)."""


def claims_of_parties_named(text: str, parties: Mapping[str, set[str]]) -> set[str]:
    """The claims whose party (``parties``: a name, lower case, -> its claims) ``text`` writes in
    full, as whole words in any case and spacing."""
    written = " ".join(text.lower().split())
    found: set[str] = set()
    for name, claims in parties.items():
        if name in written and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", written):
            found |= claims
    return found


def party_names(insured: Sequence[str], claimants: Sequence[str]) -> list[str]:
    """The names of a claim's parties that are specific enough to tie a document to it."""
    names = (" ".join(n.lower().split()) for n in (*insured, *claimants))
    return [n for n in names if len(n) >= MIN_PARTY_NAME and " " in n]
