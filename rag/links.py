"""Documents that name no claim, filed with the claim whose documents share their references.

A vendor's invoice, a store's CCTV timeline or a contractor's log often carry no claim number:
only the references the claim's own documents also write (the invoice number the adjuster's
e-mail quotes, the incident number on the incident report). Without a claim, a question that
names the claim never searches them ("walk me through the CCTV timeline on GL-7730-0412" searched
the incident report alone).

This module decides such links from the text alone: :func:`references_in` lists the identifiers a
document writes, :func:`claims_sharing` the claims whose documents write any of them, and
:meth:`PartyNames.claims_named_in` the claims whose insured or claimant it names in full ("Bill to:
Redfern Excavation LLC"). A claim's own number written apart (in two boxes of a scanned form,
"Claim No. box A: [ FEQ ] box B: [ 2026-40318 ]", or across a table's cells) is found by
:class:`ClaimNumbers`. A document is linked only when all of that points at one claim (a guess
between two would cite one claim's file for another). The engine applies
the links when it lists documents (:attr:`rag.records.DocumentInfo.linked_claim`) and when it
searches one claim's passages; the stored document keeps no claim, so a link follows the files in
reach as they change (another replica computes the same links from the same store).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from rag.metadata import claim_groups

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


class PartyNames:
    """The parties in a channel's reach (``parties``: a name, lower case, -> its claims), indexed by
    their first word: :meth:`claims_named_in` reads a document's words once, whatever the number of
    parties (matching every name against every unfiled document cost ~100 ms a document at 10,000
    claims, on every registry read)."""

    def __init__(self, parties: Mapping[str, set[str]]) -> None:
        self._by_first: dict[str, list[tuple[list[str], set[str]]]] = {}
        for name, claims in parties.items():
            words = name.split()
            if words:
                self._by_first.setdefault(words[0], []).append((words, claims))

    def claims_named_in(self, text: str) -> set[str]:
        """The claims whose party ``text`` writes in full, as whole words in any case and spacing
        (after a bracket or a quote, before a comma or a full stop: "Bill to: Corliss Timber Products,")."""
        if not self._by_first:
            return set()
        tokens = text.lower().split()
        found: set[str] = set()
        for i, token in enumerate(tokens):
            first = _LEADING.sub("", token)
            for words, claims in self._by_first.get(first, ()):
                end = i + len(words)
                if end <= len(tokens) and tokens[i + 1:end - 1] == words[1:-1] and (
                        len(words) == 1 or _ends_with_word(tokens[end - 1], words[-1])):
                    found |= claims
        return found


_LEADING = re.compile(r"^[^\w-]+")


def _ends_with_word(token: str, word: str) -> bool:
    """``token`` is ``word``, or ``word`` then punctuation (``products,``), not a longer word."""
    return token.startswith(word) and not re.match(r"[\w-]", token[len(word):len(word) + 1])


_INITIAL = re.compile(r"^[a-z]\.?$")


def name_forms(name: str) -> list[str]:
    """The ways a form or a report writes a person's name, lower case: as given, without middle
    initials, and surname first (``Gwendolyn A. Fairbrook`` is also ``gwendolyn fairbrook``,
    ``fairbrook, gwendolyn a.`` and ``fairbrook, gwendolyn``, as police and animal-control reports
    write an owner or a driver). A name with a comma, an ampersand or a digit (a firm's) is only itself."""
    words = " ".join(name.lower().split()).split(" ")
    forms = [" ".join(words)]
    if len(words) < 2 or len(words) > 4 or any(c in w for w in words for c in ",&0123456789"):
        return forms
    first, middle, last = words[0], words[1:-1], words[-1]
    plain = [w for w in middle if not _INITIAL.match(w)]
    for form in (" ".join([first, *plain, last]), f"{last}, {' '.join([first, *middle])}", f"{last}, {first}"):
        if form not in forms:
            forms.append(form)
    return forms


def party_names(insured: Sequence[str], claimants: Sequence[str]) -> list[str]:
    """The names of a claim's parties that are specific enough to tie a document to it, in each
    way they are written (:func:`name_forms`)."""
    names = (form for n in (*insured, *claimants) for form in name_forms(n))
    return list(dict.fromkeys(n for n in names if len(n) >= MIN_PARTY_NAME and " " in n))


WRITTEN_APART = 40
"""How far apart (in characters) the groups of a claim number may stand and still be that number:
two boxes of a form with their labels between them, not two lines of a page."""
_LONG_NUMBER = re.compile(r"(?<![A-Za-z0-9])\d{5,}(?![A-Za-z0-9])")


class ClaimNumbers:
    """The claim numbers in a document's reach, indexed by their longest run of digits (five or more:
    a year or a short count is no claim's sign): :meth:`written_apart_in` finds the claims whose
    number a document writes with its groups apart, in order, looking up only the long numbers it
    writes (a pattern per claim over every unfiled document would grow with the claims on file)."""

    def __init__(self, claim_ids: Sequence[str]) -> None:
        self._by_number: dict[str, list[tuple[str, list[str]]]] = {}
        for claim_id in claim_ids:
            groups = claim_groups(claim_id)
            key = max((g for g in groups if g.isdigit()), key=len, default="")
            if len(key) >= 5 and len(groups) > 1:
                self._by_number.setdefault(key, []).append((claim_id, groups))

    def written_apart_in(self, text: str) -> set[str]:
        """The claims whose number's groups ``text`` writes in order, each within
        :data:`WRITTEN_APART` characters of the one before, as whole tokens in any case (a claim's
        pattern is built only when the text writes its long number)."""
        found: set[str] = set()
        gap = rf"[\s\S]{{0,{WRITTEN_APART}}}?"
        for m in _LONG_NUMBER.finditer(text):
            for claim_id, groups in self._by_number.get(m.group(0), ()):
                pattern = gap.join(rf"(?<![A-Za-z0-9]){re.escape(g)}(?![A-Za-z0-9])" for g in groups)
                reach = WRITTEN_APART * len(groups)
                if re.search(pattern, text[max(0, m.start() - reach):m.end() + reach], re.I):
                    found.add(claim_id)
        return found
