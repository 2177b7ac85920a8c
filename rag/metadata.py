"""Read claim facts out of a parsed document with regular expressions, deterministically.

Claim files label their facts ("Claim Number: CLM-1042", "Deductible: $500.00"), so labelled
lines carry almost everything; no model is needed and the same file always yields the same
metadata. The helpers (:func:`find_claim_ids`, :func:`parse_money`, :func:`format_money`,
:func:`find_dates`) are public because the answer engine reads questions with them too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import PurePath

from rag.documents import ClaimFact, ClaimMetadata, DatedEvent, LabelledAmount, ParsedDocument
from rag.experts.text import paragraphs, sentences

# -- claim ids ----------------------------------------------------------------------------

_SEGMENTS = r"(?:-(?:[0-9]+[A-Z]{0,2}|[A-Z]{1,4})\b)*"
"""More parts of a number after hyphens: ``-0847-2931``, ``-PD``, ``-0094M`` (case-sensitive: ``-Towing``
is no part)."""
_CLM_ID = re.compile(rf"\b(?i:CLM)(?P<sep>[-\s]?)(?P<clm>\d{{3,10}}{_SEGMENTS})(?![-/.]?\d)")
"""``CLM-1042``, ``clm 1042``, ``CLM-2024-0847-2931``, ``CLM-44217-PD``; after a space, a number with
parts of its own is the number and "CLM" its label (``(CLM 0588-213-PA)`` is claim ``0588-213-PA``)."""
_CLAIM_MARKER = r"(?i:number|no\.?|#|id|ref(?:erence)?\.?(?:\s+(?:number|no\.?))?)"
"""What may follow "claim" before its number: ``No.``, ``#``, ``ID``, ``Ref``, ``Reference number``."""
_LABELLED_ID = re.compile(
    rf"\b(?i:claim|clm(?=\s*#))(?:\s*/\s*(?i:[a-z]{{3,20}}))?\s*(?P<marker>{_CLAIM_MARKER}"
    r"(?:\s+(?i:assigned|issued))?)?\s*[:#|]?\s*"
    rf"(?P<num>[A-Z]{{1,6}}/\d{{2,}}(?:[/-](?:[0-9]+|[A-Z]{{1,4}})\b)*|\d{{2,4}}/[A-Z]{{1,4}}/\d{{3,}}(?:-[A-Z0-9]+)?"
    r"|[A-Z]{1,6}[\s-]\d{2,4}/\d{4,}(?:-[A-Z0-9]+)?"
    rf"|(?:[A-Z]{{1,6}}-)?(?:[A-Z]{{1,6}}[-\s]?)?\d[0-9A-Z]*{_SEGMENTS}(?:(?<=[A-Z0-9])\s\d{{2,}}(?![-/.,:]?\d))*)"
    r"(?![-/.]\d)"
)
"""A number the words call a claim's, whatever its shape: ``Claim Number: HO-2024-8892``,
``Claim No. WC 2025 00123``, ``claim #1042``, ``Claim ID 04-7781-PC``, ``Claim Ref IM/24/00781-C``,
``Our claim no.: PL-EO-26-4417``, ``Claim / Predetermination No.: DN-5520193``, ``claim PJ 2026/118204``
(a year and a sequence; slashes only after a prefix of letters: ``claim 10/21/2024`` is a date). Digits separated by
spaces join only after a prefix of letters (``WC 2025 00123``); a bare four-digit number that
reads as a year (``claim 2026``) only counts with an explicit ``No.``/``#``."""


_AFTER_CLAIM_LABEL = re.compile(
    rf"(?:\b(?i:claim|clm)(?:\s*/\s*(?i:[a-z]{{3,20}}))?\s*(?P<marker>{_CLAIM_MARKER})?"
    r"|\b(?i:ins(?:urer|urance)?\.?|carrier)\s+(?P<ref>(?i:ref(?:erence)?\.?)))"
    r"\s*[:#|]?\s*(?P<raw>[A-Z0-9][A-Z0-9./-]*(?: [A-Z0-9][A-Z0-9./-]*){0,4})")
"""Where a claim's label (``Claim reference |``, ``Clm#``, ``WC claim |``, an insurer's reference ``ins. ref``)
is followed by words in capitals and digits: :func:`_whole_number` reads the number they write, whatever
its separators (``EPL.2026.0412-C``, ``HO/SK/26-01184``, ``W/C 4471-0926``, ``2026/55817``, ``FA 0058 221 T``)."""
_NUMBER_PART = re.compile(r"[A-Z0-9]+(?:[./-][A-Z0-9]+)*")
_SHORT_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?")


def _whole_number(raw: str, after: str) -> str | None:
    """The claim number ``raw`` begins with (the capitals and digits after a claim's label; ``after``,
    the text that follows them), or None when it is none: up to two prefixes of letters (``FA``,
    ``W/C``), the groups that hold digits, and a last group of one or two letters only where the number
    ends (``FA 0058 221 T |``; in ``Claim 4471 MA was`` ``MA`` is no part). Four digits at least, and
    no date (``claim 10/21/2024``, ``paid claim 09/02 visit``)."""
    words = raw.split(" ")
    taken: list[str] = []
    for k, word in enumerate(words):
        bare = word.rstrip(".,")
        if not _NUMBER_PART.fullmatch(bare):
            break
        follows = after if k == len(words) - 1 else " " + words[k + 1]
        closes = bare != word or not follows.lstrip(" ")[:1].isalnum()
        if not any(c.isdigit() for c in bare):
            size = len(re.sub(r"[./-]", "", bare))
            if any(c.isdigit() for c in "".join(taken)):
                if size > 2 or not closes:
                    break  # a word after the number, not its suffix
            elif size > 6 or len(taken) >= 2:
                break  # a word in capitals ("MANAGEMENT"), not a prefix
        taken.append(bare)
        if bare != word:
            break  # "W/C 4471-0926." ends the number
    number = " ".join(taken)
    if sum(c.isdigit() for c in number) < 4 or _SHORT_DATE.fullmatch(number):
        return None
    return number


_FILE_ID = re.compile(
    r"\b(?i:file)(?:\s*(?:(?i:number|no\.?|#|ref(?:erence)?)\s*)?[:#]?|\s+[A-Za-z]+\s*(?:--?|[\u2013\u2014]))\s*"
    r"(?P<num>[A-Z]{1,6}(?:[/-]\d{2,})+(?:[/-](?:[0-9]+|[A-Z]{1,4})\b)*)(?![-/.]?\d)")
"""A number the words call a file's, when it is shaped like a claim's (letters, then groups of
digits): ``file AU/2025/7731``, ``File No. PD-4471-22``, a notes file's title ``FILE NOTES -- RV-55120-K --
PETTIBONE`` (email subjects and notes name the claim so). A bare number after "file" (``police file
25-00188``) is not read: it is anyone's; nor one after a word and a colon (``File photo: IMG-2231``)."""


def claim_shape(separators: str = "-/") -> str:
    """How claim numbers are written across carriers, as a pattern: letters, then one to three groups of digits
    each after one of ``separators``, a trailing group of letters allowed (``FL-2026-30977``, ``CR-88341-B``,
    ``GL-24-330871-B``, ``PJ/2026/118204``; with a space, a tag's ``[WC 2025 00123]``)."""
    return rf"[A-Z]{{1,6}}(?:-[A-Z]{{1,4}})?(?:[{re.escape(separators)}]\d{{2,}}){{1,3}}(?:-[A-Z]{{1,4}})?"


CLAIM_SHAPE = claim_shape()
"""A claim number's shape, its digit groups after hyphens or slashes (:func:`claim_shape`)."""


_TAGGED_ID = re.compile(rf"(?:\[|\(|\b(?i:our ref(?:erence)?)\.?:?)\s*(?P<num>{claim_shape('-/ ')})"
                        r"(?:\s*[\])]|(?![\w/-]))")
"""A reference in brackets in a title (an e-mail's subject, as claim systems and counsel tag their
mail: ``[GL-2026-000781]``, ``(POL-8812-26)``) or after "our ref" (``-- our ref CA-HZ-0093317 --``),
shaped like a claim number: letters, then groups of digits. Read only when nothing in the text is
called a claim's number."""


_BOLD = re.compile(r"\*\*|`")
_CODE = re.compile(rf"(?<![A-Za-z0-9])(?P<num>{CLAIM_SHAPE}|[A-Z]{{1,6}}\d{{5,}})(?![A-Za-z0-9]|-\d)")
"""A reference in a file name shaped like a claim's (:data:`CLAIM_SHAPE`, or ``CR88341``)."""
_OTHER_NUMBER = re.compile(
    r"\b(?:(?:invoice|inv|receipt|po|purchase order|contract|vin|serial|tracking|ticket|quote|estimate|est|"
    r"transaction)\b\W{0,6}"
    r"(?:(?:no|number|#|id)\b\W{0,4})?|(?:policy|pol|report|case|incident|badge|unit|account|acct|item|check|model|"
    r"wire|ref(?:erence)?|order)\W{0,3}(?:no|number|#|id)\b\W{0,4})$", re.I)
"""The label of a number that is something else's: ``INVOICE | RX-77120``, ``Police report no. MPD-26-031877`` (a
report's title before its number, ``Field Adjuster Report - FL-2026-30977``, is no such label)."""


def _named_by_file_and_text(filename: str, text: str) -> list[str]:
    """A document none of whose numbers is called a claim's is filed under a reference its file name
    and its text both write (``Livestock_Field_Report_FL-2026-30977.docx`` whose page header repeats
    ``FL-2026-30977``; a forwarded notice of loss whose subject ends ``- CR-88341-B``), unless the text
    labels that reference as another kind of number (an invoice's or a police report's)."""
    text = _BOLD.sub("", text)
    for m in _CODE.finditer(PurePath(filename).stem.replace("_", " ")):
        number = m.group("num")
        if sum(c.isdigit() for c in number) < 5:
            continue
        places = [t.start() for t in re.finditer(rf"(?<![A-Za-z0-9-]){re.escape(number)}(?![A-Za-z0-9]|-\w)", text)]
        if places and not any(_OTHER_NUMBER.search(text[max(0, p - 40):p]) for p in places):
            return [number]
    return []


_CLAIM_GROUP = re.compile(r"[A-Za-z]+|\d+")


def claim_groups(claim_id: str) -> list[str]:
    """The runs of letters and of digits a claim number is written with, whatever joins them
    (``W/C 4471-0926`` -> ``W``, ``C``, ``4471``, ``0926``): what every spelling of it shares."""
    return _CLAIM_GROUP.findall(claim_id)


def claim_key(claim_id: str) -> str:
    """A claim number with case and separators dropped: how two spellings of one number meet
    (``HO 2024 8892`` and ``ho-2024-8892``; ``CLM 1042`` and ``CLM-1042``)."""
    return re.sub(r"[^A-Z0-9]", "", claim_id.upper())


def _canonical(number: str) -> str:
    """A claim number as claimbot writes it: as the file writes it, spaces collapsed and letters
    upper case; a bare number is a ``CLM-`` number (``claim 1042`` -> ``CLM-1042``)."""
    number = " ".join(number.split()).upper()
    return f"CLM-{number}" if number.isdigit() else number


def find_claim_ids(text: str, *, known: Iterable[str] = ()) -> list[str]:
    """Claim numbers in ``text``, most frequent first, ties by first mention.

    Read whole, whatever their shape: ``CLM-1042`` (also ``CLM 1042``, ``clm1042``),
    ``CLM-2024-0847-2931``, ``CLM-44217-PD``, and any number the words say is a claim's
    (``Claim Number: HO-2024-8892``, ``Claim No. WC 2025 00123``, ``claim #1042`` -> ``CLM-1042``).
    ``known`` claim numbers (those on file) are found wherever they stand, in any spelling
    (``ho 2024 8892``), and reported in their known spelling.
    """
    text = _BOLD.sub("", text)  # "Claim **0588-213-PA**": Markdown's bold is no part of the words (a form's
    # blank "Claim No.: ____" keeps its underscores: the next line's number is not its value)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    known_parts, by_key = _known(tuple(known))
    for claim_id, raw in known_parts:
        if not all(p.lower() in lowered for p in raw):
            continue  # a part missing from the text: no pattern to build (thousands overflow re's cache)
        parts = [re.escape(p) for p in raw]
        pattern = r"[-\s/.]?".join(parts)
        for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w]|-\w)", text, re.I):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), claim_id))
    for m in _CLM_ID.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            number = m.group("clm").upper()
            found.append((m.start(), number if m.group("sep").isspace() and "-" in number else f"CLM-{number}"))
    for m in _LABELLED_ID.finditer(text):
        number = m.group("num")
        start = m.start("num")
        if any(a < m.end() and start < b for a, b in taken):
            continue
        if _too_bare(number, marked=bool(m.group("marker"))):
            continue
        taken.append((start, m.end()))
        found.append((start, _canonical(number)))
    for m in _AFTER_CLAIM_LABEL.finditer(text):
        start = m.start("raw")
        number = _whole_number(m.group("raw"), text[m.end("raw"):m.end("raw") + 3])
        if number is None or _too_bare(number, marked=bool(m.group("marker"))):
            continue
        over = [k for k, (a, b) in enumerate(taken) if a < start + len(number) and start < b]
        if not over:
            if m.group("ref") and not re.search(r"[A-Z]", number):
                continue  # "carrier ref 4471": a bare number after a reference's label is anyone's
            taken.append((start, start + len(number)))
            found.append((start, _canonical(number)))
            continue
        # a number the rules above read shorter ("FA 0058 221" of "FA 0058 221 T") is read whole
        # (``taken`` and ``found`` grow together: the k-th span is the k-th number's)
        k = over[0]
        if len(over) == 1 and taken[k][0] == start and start + len(number) > taken[k][1] \
                and claim_key(number).startswith(claim_key(found[k][1])):
            taken[k] = (start, start + len(number))
            found[k] = (start, _canonical(number))
    if not found:  # "file AU/2025/7731" only when no number is called a claim's ("Our file: HMS-25-1187" of a
        for m in _FILE_ID.finditer(text):  # surveyor, beside "claim reference: 25/HM/00913", is the surveyor's)
            start = m.start("num")
            if sum(c.isdigit() for c in m.group("num")) >= 4 and not any(a < m.end() and start < b for a, b in taken):
                taken.append((start, m.end()))
                found.append((start, _canonical(m.group("num"))))
    return _by_frequency(by_key.get(claim_key(c), c) for _, c in sorted(found))


def _too_bare(number: str, *, marked: bool) -> bool:
    """Whether a number after "claim" is too bare to be a claim's: fewer than four digits; and, without
    ``No.``/``#`` after the label (``marked``), a year ("claim 2026") or a short prefixed number set off by
    a space ("the claim FNOL 2026"; "Claim CP 26 118204" in a page header is read: eight digits in groups
    are no year)."""
    digits = sum(c.isdigit() for c in number)
    if digits < 4:
        return True
    return not marked and (looks_like_year(number) or (re.match(r"[A-Z]+\s", number) is not None and digits < 6))


@lru_cache(maxsize=8)
def _known(known: tuple[str, ...]) -> tuple[list[tuple[str, list[str]]], dict[str, str]]:
    """The claims on file as :func:`find_claim_ids` reads them: each one's parts (longest claim
    first; only those with a number), and each by its :func:`claim_key`. Remembered per list of
    claims: ~5,000 regex calls an ask at 2,600 claims (~50-100 ms) otherwise."""
    parts = []
    for claim_id in sorted(set(known), key=len, reverse=True):
        raw = claim_groups(claim_id)
        if raw and any(p[0].isdigit() for p in raw):
            parts.append((claim_id, raw))
    return parts, {claim_key(k): k for k in known}


def read_claim_number(text: str) -> str | None:
    """``text`` read as one whole claim number, as claimbot writes it (``wc 2025 00123`` ->
    ``WC 2025 00123``, ``1042`` -> ``CLM-1042``), or None when it is not exactly one claim number
    (``/claim summary WC 2025 00123``: the argument is the number, spaces and all). Read by
    :func:`find_claim_ids`, as if a file had labelled it ``Claim No.``."""
    ids = find_claim_ids(f"Claim No. {text.strip().upper()}")
    if len(ids) != 1 or claim_key(ids[0]) not in (claim_key(text), "CLM" + claim_key(text)):
        return None  # another number beside it, or words left over ("WC 2025 00123 please")
    return ids[0]


_YEAR = re.compile(r"(?:19|20)\d\d")


def looks_like_year(digits: str) -> bool:
    """A group of digits that reads as a year (1900-2099): in a number, not the part that tells
    one claim from another (``HO-2025-3310``'s ``2025``); alone after "claim", no claim number."""
    return bool(_YEAR.fullmatch(digits))


def _by_frequency(items: Iterable[str]) -> list[str]:
    """Distinct items, most frequent first; ties keep the order of first appearance."""
    items = list(items)
    counts = Counter(items)
    first = {item: i for i, item in reversed(list(enumerate(items)))}
    return sorted(counts, key=lambda item: (-counts[item], first[item]))


# -- money --------------------------------------------------------------------------------

_MONEY = re.compile(
    r"(?P<paren>\()?(?P<sign>[-\u2212])?\s*(?:\$|USD\s?)\s*(?P<sign2>[-\u2212])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<cents>\.\d{1,2})?"
    r"(?:\s?(?P<mult>k|K|million|mm|MM|M)\b)?",
)
_BARE_NUMBER = re.compile(r"\s*(?P<sign>-)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<cents>\.\d{1,2})?\s*(?:USD)?\s*")
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "million": 1_000_000}
_CENT = Decimal("0.01")


def parse_money(text: str) -> Decimal | None:
    """The first dollar amount in ``text`` (``$4,312.60``, ``-$500.00``, ``($500.00)``,
    ``USD 1,200``, ``$25k``), or ``text`` itself when it is just a number; else None."""
    match = _MONEY.search(text) or _BARE_NUMBER.fullmatch(text)
    if not match:
        return None
    groups = match.groupdict()
    try:
        value = Decimal(groups["num"].replace(",", "") + (groups["cents"] or ""))
    except InvalidOperation:
        return None
    mult = groups.get("mult")
    if mult:
        value *= _MULTIPLIERS[mult.lower()]
    negative = groups.get("sign") or groups.get("sign2") or (
        groups.get("paren") and text[match.end():].lstrip().startswith(")")
    )
    return -value if negative else value


def format_money(value: Decimal) -> str:
    """``Decimal("4312.6")`` -> ``$4,312.60``; negatives as ``-$500.00``."""
    amount = value.quantize(_CENT)
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def _money_string(value: Decimal) -> str:
    return str(value.quantize(_CENT))


# -- dates --------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE = re.compile(
    rf"\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}})\b"
    rf"|\b(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>\d{{4}})\b"
    r"|(?<![\d/.-])(?P<us_m>\d{1,2})/(?P<us_d>\d{1,2})/(?P<us_y>\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d)",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[tuple[date, str]]:
    """Every full date in ``text``, in order, with the exact string matched.

    Formats: ``March 3, 2026``, ``Mar 3, 2026``, ``3 March 2026``, ``03/03/2026`` (US
    month/day; also ``3/3/26``), ``2026-03-03``. A date without a year (``March 3``) is
    ignored: guessing the year would put facts on the wrong timeline. Impossible dates
    (``02/30/2026``) are skipped.
    """
    found: list[tuple[date, str]] = []
    for match in _DATE.finditer(text):
        parsed = _to_date(match)
        if parsed is not None:
            found.append((parsed, match.group(0)))
    return found


def _to_date(match: re.Match[str]) -> date | None:
    g = match.groupdict()
    try:
        if g["mdy_m"]:
            return date(int(g["mdy_y"]), _month(g["mdy_m"]), int(g["mdy_d"]))
        if g["dmy_m"]:
            return date(int(g["dmy_y"]), _month(g["dmy_m"]), int(g["dmy_d"]))
        if g["us_m"]:
            year = int(g["us_y"]) + (2000 if len(g["us_y"]) == 2 else 0)
            return date(year, int(g["us_m"]), int(g["us_d"]))
        return date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".")[:3].lower()]


# -- labelled fields ----------------------------------------------------------------------

_CLAIM_LABELS = frozenset(("claim number", "claim no", "claim #", "claim", "claim id", "related claim number",
                           "claim ref", "claim reference", "our ref", "our reference", "your ref", "your reference",
                           "clm", "clm no", "clm #"))  # claim systems' exports shorten "claim" to "CLM"
"""("Our ref" is how an insurer's letters and its surveyors' reports head the claim's number; "Your
ref" how a vendor's or counsel's letter to the insurer does. When a letter has both, the number it
mentions more, or in its first lines, is the document's: see :func:`rank_claim_ids`.)"""
_POLICY_LABELS = frozenset(("policy number", "policy no", "policy #", "policy", "pol", "pol no", "pol #"))
_INSURED_LABELS = frozenset(
    ("insured", "named insured", "policyholder", "policy holder", "insured name", "our insured",
     "employer",  # in workers' compensation the employer holds the policy
     "assured", "named assured",  # marine policies insure an "assured"
     "insd", "ph")  # notes shorten "insured" and "policyholder"
)
_OWNER_LABELS = frozenset(("owner", "vehicle owner", "registered owner", "property owner"))
"""How an appraisal, a valuation or an estimate names the insured, read when no field says "Insured"
and the document is a claim's (a handbook's "Owner: Vice President, Claims" is no party)."""
_CLAIMANT_LABELS = frozenset(
    ("claimant", "injured worker", "employee", "claimant name", "injured party", "employee name",
     "injured employee", "clmt", "injd", "iw")  # notes' shorthand: claimant, injured, injured worker
)
_DOL_LABELS = frozenset(("date of loss", "loss date", "date of injury", "dol", "injury date"))
_DOL_EVENTS = (r"(?:loss|injury|incident|accident|crash|collision|fire|theft|occurrence|event|breach|casualty|storm|"
               r"hail|flood|burglary|robbery|collapse|explosion)")
_DOL_ALSO = r"(?:\s*(?:and|&|/)\s*(?:time|hour|cause|place|location))?"
_DOL_LABEL = re.compile(rf"date{_DOL_ALSO} of (?:the )?{_DOL_EVENTS}|{_DOL_EVENTS} date{_DOL_ALSO}")
"""A date of loss under the name of the event: "Date of fire", "DATE OF CRASH", "Incident date", and
with what the same field also gives: "Date / cause of loss", "Date & time of loss", "Loss date/time"."""
def _names_date_of_loss(names: set[str]) -> bool:
    """A label that says its value is the date of loss ("Date of loss", "Date / cause of loss")."""
    return bool(names & _DOL_LABELS) or any(_DOL_LABEL.fullmatch(n) for n in names)


_DOL_BARE = frozenset(("loss", "incident", "accident", "occurrence"))
"""A label that names only the event ("Loss: 10/06/2026, unit 318 ..."): its date of loss when its value
opens with a date."""
_ADJUSTER_LABEL = re.compile(r"(?:[a-z]+\s+){0,2}(?:adjuster|adjustor|adj|handler|examiner)"
                             r"(?:\s+(?:assigned|of record|name))?|"
                             r"handled by|assigned to|"
                             r"(?:[a-z]+\s+)?claims? (?:specialist|representative|rep|professional)|"
                             r"(?:[a-z]+\s+)?(?:claims?|benefits?) analyst")
"""The person handling the claim, as carriers and TPAs call them: "Desk adjuster", "Claims examiner", "Handler"."""
_REPORTED_LABEL = re.compile(r"(?:date )?reported(?: to (?:carrier|insurer|us|tpa|company))?|date of report|"
                             r"report(?:ed)? date|fnol date|date of (?:first )?notice|notice date|date notified")
_STATUS_LABEL = re.compile(r"(?:claim |file )?status")
_ROLE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attorney", re.compile(r"(?:[a-z']+\s+){0,2}(?:attorney|counsel|lawyer|solicitor)(?: for [a-z' ]+)?|"
                            r"represented by|legal representative")),
    ("tpa", re.compile(r"tpa|third[- ]party administrator|claims administrator|administrator")),
    ("vendor", re.compile(r"(?:[a-z]+\s+){0,2}(?:vendor|contractor|restorer|restoration(?: company)?|"
                          r"mitigation(?: company)?|body shop|repair shop|repairer|tow(?:ing)?(?: company)?|"
                          r"plumber|appraiser|surveyor|investigator|engineer)")),
)
"""Parties by role besides the insured, claimant and adjuster: "Attorney: ...", a "Vendor" column."""

_FIELD = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z0-9 .#/&'()-]{0,48}?)\s*(?::|\s\|)\s*(?P<value>\S.*)$"
)
_TIMELINE = re.compile(rf"(?:{_DATE.pattern})\s*[-\u2013\u2014:|]", re.IGNORECASE)
"""A line that starts with a date and a separator: ``March 3, 2026 - Loss.``"""
_BULLET = re.compile(r"^(?:[-*+\u2022\u25aa>]\s+|\d+[.)]\s+|\|\s*)")
_EMPHASIS = re.compile(r"\*\*|__|`")


@dataclass(frozen=True)
class _Line:
    """A line of the document: as written (for quotes) and cleaned of markup (for matching)."""

    text: str
    clean: str


def _lines(doc: ParsedDocument) -> Iterator[_Line]:
    for section in doc.sections:
        for raw in section.text.split("\n"):
            raw = raw.strip()
            if raw:
                clean = _BULLET.sub("", _EMPHASIS.sub("", raw)).strip().rstrip("|").strip()
                yield _Line(raw, clean)


def _norm_label(label: str) -> str:
    """``Policy No.`` -> ``policy no``: lower case, no parentheticals, no dots."""
    label = re.sub(r"\([^)]*\)", " ", label.lower())
    return " ".join(label.replace(".", " ").split()).strip(" -")


def _fields(lines: Iterable[_Line]) -> Iterator[tuple[set[str], str, _Line]]:
    """(label names, value, line) for every ``Label: value`` / ``Label | value`` line.

    The names are the normalised label and what its parentheses say, so ``Employer
    (Insured): Riverside Distribution Company`` counts as an insured.
    """
    header: list[str] | None = None
    lines = list(lines)
    bare = [None if ":" in line.clean or " | " in line.clean else _bare_field(line.clean) for line in lines]
    for at, line in enumerate(lines):
        cells = _row_cells(line.clean)
        if cells is None or _TABLE_RULE.fullmatch(line.clean):
            header = None if cells is None else header
        elif header is not None and len(cells) == len(header):
            # a row under a header row: each cell is the value of its column ("Claim No." over "PX-4471")
            for label, value in zip(header, cells):
                if value and len(label.split()) <= 6:
                    yield _label_names(label), value, line
            continue
        elif _is_pairs_row(cells):
            # a form laid out as a table: "Insurer | Kestrel Mutual | Claim no. | 0063-418-PA"
            header = None
            for label, value in zip(cells[0::2], cells[1::2]):
                if value:
                    yield _label_names(label), value, line
            continue
        elif _is_header_row(cells):
            header = cells
            continue
        else:
            header = None
            # a row of "Label: value" cells (a page header: "Insurer | Our ref: X | Surveyor ref: Y")
            for cell in cells[1:] if len(cells) > 1 else ():
                m = _FIELD.match(cell)
                if m and ":" in cell and len(m.group("label").split()) <= 6:
                    yield _label_names(m.group("label")), m.group("value").strip(), line
        match = _FIELD.match(line.clean)
        if match and len(match.group("label").split()) <= 6:
            value = match.group("value").strip()
            if ":" in line.clean[:match.start("value")] and " | " in value:
                value = value.split(" | ")[0]  # a line of form fields: the first field's value ends at its cell
            inner = _FIELD.match(value) if match.group("label").strip().lower() in _ABOUT_LABELS else None
            if inner and len(inner.group("label").split()) <= 6:  # "Re: Insured: Bright Tide Laundromat LLC"
                match, value = inner, inner.group("value").strip()
            segments = _segments(value)
            yield _label_names(match.group("label")), segments[0][1], line
            for label, value in segments[1:]:
                yield _label_names(label), value, line
        elif bare[at] is not None:
            yield _label_names(bare[at][0]), bare[at][1], line  # type: ignore[index]


_ABOUT_LABELS = frozenset({"re", "regarding", "subject", "subj", "attn", "fw", "fwd"})
"""Labels of what a letter or a mail is about, whose value can be a field itself (``Re: Insured: X``)."""

_NAME_JOINERS = frozenset("of and the for at de van von der la du".split())


_NEXT_LABEL = re.compile(r"\s(?=[A-Z][A-Za-z#/&'.]{1,15}(?:\s[A-Za-z#.]{1,12}){0,2}:\s)")
"""Where another ``Label:`` starts inside a value: notes and forms put several fields on a line
(``Claim: NC-1 Insd: Acme Co. Pol: CP-9``, ``Handler: Dwayne Hollis (DH) Supv: Pamela Greer``)."""


def _segments(value: str) -> list[tuple[str, str]]:
    """The value up to the next ``Label:`` on the line, then each further ``(label, value)``."""
    if ": " not in value:
        return [("", value)]
    pieces = _NEXT_LABEL.split(value)
    out = [("", pieces[0].strip())]
    for piece in pieces[1:]:
        label, _, rest = piece.partition(":")
        if rest.strip():
            out.append((label, rest.strip()))
        else:
            out[-1] = (out[-1][0], f"{out[-1][1]} {piece}".strip())
    return out


_KNOWN_LABEL_WORD = re.compile(r"claim|polic|insur|assur|insd|holder|employ|injur|worker|party|date|loss|\bdol\b|"
                               r"adjust|handl|examin|special|\brep|profession|assign", re.I)
"""A word of some label :func:`_bare_field` knows: lines without one are not read further (most lines)."""


def _bare_field(clean: str) -> tuple[str, str] | None:
    """``Insured Ridgeback Freight Lines LLC``, ``Date of fire February 27, 2024``: a short line that
    starts with a known label and no colon (a PDF's key-value block, where a column stands for the
    colon). Only labels claimbot knows: a sentence that starts with "Insured" is no field."""
    if ":" in clean or len(clean) > 90 or not _KNOWN_LABEL_WORD.search(clean[:60]):
        return None
    words = clean.split()
    if any(w.islower() and len(w) >= 3 and w not in _NAME_JOINERS for w in words[4:]):
        return None  # "Employee Dale Kinsey was lifting ...": a sentence, not a field
    for n in range(min(4, len(words) - 1), 0, -1):
        label = _norm_label(" ".join(words[:n]))
        value = " ".join(words[n:])
        if not value[:1].isupper() and not value[:1].isdigit():
            continue
        if label != "claim" and _is_known_label(label):
            return " ".join(words[:n]), value
    return None


def _is_known_label(label: str) -> bool:
    """A normalised label claimbot reads a claim's facts from (claim or policy number, insured,
    claimant, adjuster, date of loss)."""
    return bool({label} & (_CLAIM_LABELS | _POLICY_LABELS | _INSURED_LABELS | _CLAIMANT_LABELS | _DOL_LABELS)
                or _DOL_LABEL.fullmatch(label) or _ADJUSTER_LABEL.fullmatch(label) or _CLAIM_LABEL.fullmatch(label))


def _is_pairs_row(cells: list[str]) -> bool:
    """A table row of ``label | value`` pairs side by side (a form's header block drawn as a table:
    ``Owner | R. Diaz | Policy no. | KPA-1``): an even number of cells, every other cell a short
    label, one of them a label claimbot knows, and no value cell itself such a label (which a
    header row of column names would have)."""
    if len(cells) < 4 or len(cells) % 2:
        return False
    labels, values = cells[0::2], cells[1::2]
    if not all(c[:1].isalpha() and len(c.split()) <= 5 and not re.search(r"\d", c) for c in labels):
        return False
    return (any(_is_known_label(_norm_label(c)) for c in labels)
            and not any(_is_known_label(_norm_label(c)) for c in values))


_TABLE_RULE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")
"""A Markdown table's rule line (``---|---``): neither header nor values."""


def _row_cells(clean: str) -> list[str] | None:
    """A table row's cells (``a | b | c``, as the DOCX parser and Markdown write rows), else None."""
    if " | " not in clean and not _TABLE_RULE.fullmatch(clean):
        return None
    return [c.strip() for c in clean.strip().strip("|").split("|")]


def _is_header_row(cells: list[str]) -> bool:
    """A table's header row: three or more cells, each a short label without digits (a two-cell
    row is read as ``Label | value``), none a ``Label: value`` field of a form line."""
    return len(cells) >= 3 and all(c and not re.search(r"\d|:\s*\S", c) and len(c.split()) <= 5 for c in cells)


def _label_names(raw: str) -> set[str]:
    """The normalised label and what its parentheses say."""
    return {_norm_label(raw)} | {_norm_label(x) for x in re.findall(r"\(([^)]*)\)", raw)}


# -- names --------------------------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][a-z]{0,2}\.|(?:Mc|Mac|O')?[A-Z][a-zA-Z'\u2019]+(?:-[A-Z][a-zA-Z'\u2019]+)?)"
_PARTICLE = r"(?:de|del|della|da|di|van|von|der|la|le|du|bin|al)"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+")
_NAME_STOP = re.compile(r"\s*(?:,|\(|;|\||\s[-\u2013\u2014/]\s|\s(?:of|at|from|for|with|by|via|on)\s"
                        r"|\s(?:DOB|D\.O\.B\.|SSN|Age|Phone|Tel|Ph|Email|Cell|Mobile)\b).*$")
_COMPANY = re.compile(
    r"\b(?:LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|Ltd|LLP|LP|PLLC|Group|Bank|Trust|"
    r"Services|Insurance|Mutual|Associates|Partners|Holdings|Indemnity|Assurance|Casualty|Underwriters|Agency)\b\.?$"
)


_SUFFIX_AFTER_COMMA = re.compile(r"^([^,;(|]+,\s*(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|LLP|LP|PLLC)\.?)(?=[,\s]|$)")


def clean_person_name(value: str, *, allow_company: bool = False) -> str | None:
    """The person named at the start of a field value, or None.

    ``Marcus Bell, Property Field Adjuster`` -> ``Marcus Bell``; ``Ms. Elena Vasquez`` ->
    ``Elena Vasquez``. A name is 2-4 capitalised words (initials, particles such as ``van``
    and suffixes such as ``Jr.`` allowed). With ``allow_company`` (insureds can be
    businesses) a value like ``Harbor View Bakery LLC`` is kept whole.
    """
    value = " ".join(value.split())
    if allow_company:
        suffixed = _SUFFIX_AFTER_COMMA.match(value)  # "Tillman & Rusk Fabrication, Inc., 900 Quarry Bend Rd"
        company = suffixed.group(1) if suffixed else _NAME_STOP.sub("", value)
        if _COMPANY.search(company) and len(company.split()) <= 8:
            return company
    head = _HONORIFIC.sub("", _NAME_STOP.sub("", value))
    if head.isupper():
        head = head.title()
    match = _PERSON.fullmatch(head) or _PERSON.match(head)
    if not match:
        return None
    name = match.group(0).strip()
    words = name.split()
    if any(w.lower() in _NOT_NAME_WORDS for w in words):
        return None
    if _COMPANY.search(name):  # "North Star Farm & Ranch Insurance - Field Adjuster Report": a carrier, no person
        return None
    return name


_NOT_NAME_WORDS = frozenset(
    "unknown none n/a tbd pending see the and same insured claimant adjuster policy claim "
    "number date loss file notes note report summary log diary record activity form "
    "specialist examiner manager supervisor coordinator representative analyst officer director assistant "
    "clerk technician administrator rd road street ave avenue blvd boulevard hwy highway pkwy parkway suite".split()
)
"""Words no person's name holds: a form's own words, a job title ("Subrogation Specialist" is a role
left in a name's place), a street ("Sorrel Hill Rd")."""


_TRADE_NAME = re.compile(r"\s+(?:d/?b/?a|doing business as|t/a|trading as|a/?k/?a)\b\.?\s*", re.I)
"""Where a business's legal name ends and the name it trades under begins: the insured is the legal entity."""


def _names(value: str, *, allow_company: bool = False) -> list[str]:
    """People in a field value; ``Robert and Linda Chen`` gives both, with the shared surname,
    and ``Elena Vasquez and Lakes Federal Savings Bank`` gives the person only."""
    if allow_company:
        value = _TRADE_NAME.split(value, maxsplit=1)[0]  # "Bright Tide Laundromat LLC dba Bright Tide Wash & Fold"
        company = clean_person_name(value, allow_company=True)
        if company and _COMPANY.search(company):
            return [company]
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", _NAME_STOP.sub("", value)) if p.strip()]
    if len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) >= 2:
        parts[0] = f"{parts[0]} {parts[1].split()[-1]}"
    return [name for name in map(clean_person_name, parts) if name]


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


# -- amounts ------------------------------------------------------------------------------

_AMOUNT = r"(?:-|\u2212)?\(?\$\s?-?\d[\d,]*(?:\.\d{1,2})?\)?"
_LEADER_LINE = re.compile(rf"^(?P<label>.*?[A-Za-z].*?)\s*\.{{3,}}\s*(?P<value>{_AMOUNT})\s*$")
_COLON_LINE = re.compile(rf"^(?P<label>[A-Za-z(][^$:|]{{0,80}}?)\s*(?::|\|)\s*(?P<value>{_AMOUNT})(?!\d)")
_BARE_LINE = re.compile(rf"^(?P<label>[A-Za-z][A-Za-z0-9 ,&/'()#%.-]{{1,60}}?)\s+(?P<value>{_AMOUNT})\s*$")
_NOT_A_LABEL_END = frozenset(
    "is was are were be been of for at to by and or about approximately totaling totals "
    "the a an than under over from with".split()
)

_INVOICE_TOTALS = frozenset(
    ("invoice total", "total due", "total", "grand total", "estimate total", "amount due",
     "total amount due", "invoice amount", "total invoice")
)
_SUBTOTALS = frozenset(("subtotal", "sub total", "sub-total"))
_PAYOUT = re.compile(r"\b(?:payment|paid|paid to date|payout|settlement|settlement amount)$|^total payable\b")
"""A payout label ends in one of these words (``Net Repair Payment``, ``Total Paid``); a
coverage named ``Medical payments`` does not."""


def normalize_amount_label(raw_label: str) -> str:
    """The stable name of an amount's label, so questions can find it across documents.

    ``Collision Deductible`` -> ``deductible``; ``Coverage A - Dwelling Limit`` -> ``limit``;
    ``Invoice Total`` / ``Grand Total`` -> ``invoice_total``; ``Net Repair Payment`` / ``Total
    Paid`` -> ``payout``; ``Sales tax, 7.5% on parts`` -> ``tax``; anything else becomes the
    snake case of its words (``Rental Car`` -> ``rental_car``). Dates, claim numbers and rate
    details after a comma (``Body labor, 16.5 hrs at $62.00`` -> ``body_labor``) are dropped.
    """
    label = _DATE.sub(" ", re.sub(r"\([^)]*\)", " ", raw_label))
    label = re.sub(r"\b(?:on |for )?claim\s+(?:no\.?\s*|#\s*)?CLM[-\s]?\d+[-\w]*", " ", label, flags=re.I)
    label = " ".join(label.lower().replace(":", " ").split()).strip(" -.#,")
    label = re.split(r",(?=.*\d)", label)[0].strip(" -.,")  # drop rates: "Body labor, 16.5 hrs at $62"
    label = re.sub(r"(?:\s+(?:of|on|for|dated|to|at|from))+$", "", label)  # "Advance Payment of <date>"
    if "deductible" in label or re.search(r"\bretention\b", label) or (
            re.search(r"^(?:policy )?excess\b", label) and "limit" not in label):
        return "deductible"  # a retention (SIR) or a policy excess is what a deductible is called there
    if "limit" in label or label.endswith("aggregate"):
        return "limit"
    if "reserve" in label:
        return "reserve"
    if label in _SUBTOTALS:
        return "subtotal"
    if label in _INVOICE_TOTALS:
        return "invoice_total"
    if label.startswith(("tax", "sales tax")) or label in ("tax", "vat", "gst"):
        return "tax"
    if _PAYOUT.search(label) and not label.startswith("less "):
        return "payout"
    snake = re.sub(r"[^a-z0-9]+", "_", label).strip("_")
    if len(snake) > 48:
        snake = snake[:48].rsplit("_", 1)[0]
    return snake or "amount"


def _amount_in(line: _Line) -> tuple[str, str] | None:
    """(raw label, amount text) when the line is a labelled amount."""
    text = line.clean
    if "$" not in text:  # every amount pattern needs one; the patterns backtrack on long lines
        return None
    cells = [c.strip() for c in text.split("|")]
    if len(cells) >= 2 and re.fullmatch(_AMOUNT, cells[-1]) and re.search("[A-Za-z]", cells[0]):
        return cells[0], cells[-1]
    for pattern in (_LEADER_LINE, _COLON_LINE, _BARE_LINE):
        if pattern is _LEADER_LINE and "..." not in text:
            continue
        match = pattern.match(text)
        if match:
            label = _strip_leading_date(match.group("label")).strip(" .:-")
            if pattern is _BARE_LINE and (
                len(label.split()) > 8 or label.split()[-1].lower() in _NOT_A_LABEL_END
            ):
                return None
            if label and len(label) <= 90:
                return label, match.group("value")
    return None


def _strip_leading_date(label: str) -> str:
    """``March 10, 2026 - Reserve`` -> ``Reserve``: the date belongs to the event, not the label."""
    match = _TIMELINE.match(label)
    return label[match.end():].strip() if match else label


def _amounts(lines: Iterable[_Line]) -> list[LabelledAmount]:
    found: list[LabelledAmount] = []
    seen: set[tuple[str, str, str]] = set()
    for line in lines:
        hit = _amount_in(line)
        if hit is None:
            continue
        raw_label, amount_text = hit
        value = parse_money(amount_text)
        if value is None:
            continue
        amount = LabelledAmount(
            label=normalize_amount_label(raw_label),
            value=_money_string(value),
            text=line.text,
            raw_label=raw_label,
        )
        key = (amount.label, amount.value, amount.text)
        if key not in seen:
            seen.add(key)
            found.append(amount)
    return found


_SAID_AMOUNT = re.compile(rf"(?P<label>(?:[A-Za-z][A-Za-z'&/-]*\s+){{1,6}}?)(?P<value>{_AMOUNT})(?!\d)")
_LABEL_STOP = frozenset("a an the of was were is are at for to and or by with about approximately".split())


def _mentioned_amounts(lines: Iterable[_Line], limit: int = 8) -> list[LabelledAmount]:
    """Amounts in running text, labelled by the (up to four) words before them in their sentence:
    ``A kitchen fire. Estimate $12,400.00.`` -> ``Estimate: $12,400.00``. An amount with no word
    before it in its sentence is skipped: a bare figure says nothing."""
    found: list[LabelledAmount] = []
    seen: set[str] = set()
    for line in lines:
        if "$" not in line.clean:
            continue
        for sentence in re.split(r"(?<=[.;:!?])\s+", line.clean):
            for match in _SAID_AMOUNT.finditer(sentence):
                words = match.group("label").split()
                while words and words[-1].lower() in _LABEL_STOP:
                    words.pop()
                words = words[-3:]
                while words and words[0].lower() in _LABEL_STOP:
                    words.pop(0)
                value = parse_money(match.group("value"))
                if not words or value is None:
                    continue
                raw_label = " ".join(words)
                key = f"{raw_label.lower()}|{value}"
                if key in seen:
                    continue
                seen.add(key)
                found.append(LabelledAmount(label=normalize_amount_label(raw_label), value=_money_string(value),
                                            text=line.text, raw_label=raw_label))
                if len(found) >= limit:
                    return found
    return found


# -- events -------------------------------------------------------------------------------

_EVENT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("closed", re.compile(
        r"\b(?:claim|file|case|reserves?)\b.{0,20}\bclosed\b|\bstatus\W+closed\b|[-|:]\s*clos(?:ed|ing)\b"
    )),
    ("payment", re.compile(r"\b(?:paid|payments?|checks? (?:was |were )?issued|check issued)\b")),
    ("reported", re.compile(r"\b(?:fnol|reported|reports the (?:loss|claim)|notice|notified)\b")),
    ("inspection", re.compile(r"\binspect(?:ion|ed|ing)?\b")),
    ("estimate", re.compile(r"\bestimates?\b")),
)
_LOSS_BEFORE = re.compile(r"\b(?:date of (?:loss|injury)|loss date|injury date|dol)\W*$")
_LOSS_AFTER = re.compile(r"^\W*(?:loss|accident|injury|incident)\b(?!\s+(?:was\s+)?(?:reported|notice))")
_LOSS_ANYWHERE = re.compile(r"\b(?:date of (?:loss|injury)|loss date|injury date|dol)\b")
_LONG_PASSAGE = 240
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9(\"'])")
_ABBREVIATIONS = frozenset(
    "no nos a.m p.m mr mrs ms dr det st inc co corp ltd jr sr v vs e.g i.e approx est ext dept".split()
)


def event_label(text: str, matched: str = "") -> str:
    """The kind of event a dated line records: ``date_of_loss``, ``closed``, ``payment``,
    ``reported``, ``inspection``, ``estimate``, or ``""`` when no words say.

    ``date_of_loss`` needs the words right next to the date (``Date of Loss: March 3, 2026``,
    ``March 3, 2026 - Loss.``): a policy period mentioned in a sentence about the date of loss
    is not the date of loss. The other labels read the whole line.
    """
    lower = text.lower()
    at = lower.find(matched.lower()) if matched else -1
    if at >= 0:
        before, after = lower[max(0, at - 30):at], lower[at + len(matched):]
        if _LOSS_BEFORE.search(before) or _LOSS_AFTER.search(after):
            return "date_of_loss"
    elif _LOSS_ANYWHERE.search(lower):
        return "date_of_loss"
    for label, pattern in _EVENT_RULES:
        if pattern.search(lower):
            return label
    return ""


def _passages(text: str, *, wrapped: bool) -> Iterator[str]:
    """The section's lines; on PDF pages (``wrapped``), the lines of a paragraph are joined by
    spaces so a date split across a line break is found and quoted with its sentence. Other
    formats keep a paragraph on one line already."""
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    current: list[str] = []
    for line in lines:
        if wrapped and current and line and _wraps_into(current[-1], line, width):
            current.append(line)
            continue
        if current:
            yield " ".join(current)
        current = [line] if line else []
    if current:
        yield " ".join(current)


_ENDS_WITH_AMOUNT = re.compile(r"\$\s?[\d,]+(?:\.\d{1,2})?\)?$")


def _wraps_into(previous: str, line: str, width: int) -> bool:
    """A line nearly as wide as the widest, not ending a sentence or an amount, continues on
    the next one, unless that one starts a field, a bullet or a timeline entry."""
    return (
        width >= 60
        and len(previous) >= 0.7 * width
        and not previous.endswith((".", "!", "?", ":"))
        and not _ENDS_WITH_AMOUNT.search(previous)
        and not _BULLET.match(line)
        and not _TIMELINE.match(line)
        and not (line[0].isupper() and _FIELD.match(line))
        and not (line[0].isupper() and _FIELD.match(previous))
        and not _LEADER_LINE.match(line)
    )


def _events(doc: ParsedDocument) -> list[DatedEvent]:
    events: list[DatedEvent] = []
    seen: set[tuple[str, str]] = set()
    for section in doc.sections:
        for passage in _passages(section.text, wrapped=section.page is not None):
            for when, matched in find_dates(passage):
                text = _sentence_with(passage, matched)
                key = (when.isoformat(), text)
                if key not in seen:
                    seen.add(key)
                    label = event_label(_sentence_with(passage, matched, limit=0), matched)
                    events.append(DatedEvent(date=when.isoformat(), text=text, label=label))
    return events


def _sentence_with(passage: str, matched: str, limit: int = _LONG_PASSAGE) -> str:
    """The sentence holding the date, when the passage is longer than ``limit``."""
    if len(passage) <= limit:
        return passage
    at = passage.find(matched)
    start, end = 0, len(passage)
    for stop in _SENTENCE_END.finditer(passage):
        words = passage[: stop.start()].split()
        last = words[-1].rstrip(".") if words else ""
        if last.lower() in _ABBREVIATIONS or (len(last) == 1 and last.isupper()):
            continue  # "Claim No. CLM-1042", "8:05 p.m. on March 3"
        if stop.start() < at:
            start = stop.end()
        else:
            end = stop.start() + 1
            break
    return passage[start:end].strip()


# -- document type ------------------------------------------------------------------------

_TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fnol", re.compile(r"\bfirst notice\b|\bfnol\b|\bnotice of (?:loss|claim|injury)\b|\bloss notice\b")),
    ("adjuster_notes", re.compile(r"\b(?:adjuster|file|claim|activity)\s+(?:file\s+)?notes?\b"
                                  r"|\bactivity log\b|\bdiary\b")),
    ("invoice", re.compile(r"\binvoice\b|\bbill\b|\breceipt\b")),
    ("estimate", re.compile(r"\bestimate\b|\bappraisal\b|\bquote\b")),
    ("policy", re.compile(r"\bdeclarations?\b|\bdec page\b|\bpolicy (?:wording|form|summary|jacket)\b"
                          r"|\bendorsement\b|\bcoverage summary\b")),
    ("report", re.compile(r"\b(?:police|incident|crash|accident|medical|investigation|inspection|engineer(?:ing)?"
                          r"|expert)\s+report\b|\breport of\b"
                          r"|\bmedical (?:specials|records|summary)\b|\breport\b")),
    ("statement", re.compile(r"\bstatement\b|\bproof of loss\b")),
    ("guidelines", re.compile(r"\bguidelines?\b|\bhandbook\b|\bmanual\b|\bprocedures?\b"
                              r"|\bbest practices\b|\bplaybook\b")),
    ("correspondence", re.compile(r"\bletter\b|\bcorrespondence\b|\bemail\b|\bmemo\b")),
)


def guess_document_type(doc: ParsedDocument) -> str:
    """``invoice``, ``estimate``, ``fnol``, ``adjuster_notes``, ``correspondence``, ``policy``,
    ``report``, ``statement``, ``guidelines`` or ``other``.

    The title speaks first, then the file name, then the first lines; emails are
    correspondence whatever they carry.
    """
    if doc.kind == "eml":
        return "correspondence"
    stem = re.sub(r"[-_.]+", " ", PurePath(doc.filename).stem)
    first_lines = "\n".join(doc.text.split("\n")[:6])
    for source in (doc.title or "", stem, first_lines):
        lower = source.lower()
        for doc_type, pattern in _TYPE_RULES:
            if pattern.search(lower):
                return doc_type
    return "other"


# -- policy numbers -----------------------------------------------------------------------

_POLICY_VALUE = re.compile(r"[A-Z0-9]{2,}(?:-[A-Z0-9]+)+|[A-Z]{1,4}\d{5,}|\d{6,}")
_POLICY_MENTION = re.compile(
    r"\bpolicy\s+(?:number\s+|no\.?\s*|#\s*)?(?P<v>[A-Z]{2,}[A-Z0-9]*-\d{3,}[A-Z0-9-]*)\b", re.I
)


def _policy_number_in(value: str) -> str | None:
    """The number in a policy field's value: at its start (``PAP-884120``), or after the policy's
    name (``Dealers Open Lot DOL-48821-NE, <carrier>, policy period ...``): the first number with five
    digits or more, so neither a form's ``HO-3`` nor a date is taken for it."""
    match = _POLICY_VALUE.match(value)
    if match:
        return match.group(0)
    for m in _POLICY_VALUE.finditer(value):
        if sum(c.isdigit() for c in m.group(0)) >= 5 and not find_dates(m.group(0)):
            prefix = re.search(r"(?<![\w-])[A-Z]{2,4}\s$", value[:m.start()])  # "CGL 7730-2291-04"
            return (prefix.group(0) if prefix else "") + m.group(0)
    return None


def find_policy_numbers(text: str) -> list[str]:
    """Policy numbers mentioned in running text (``policy PAP-884120``), most frequent first."""
    return _by_frequency(m.group("v").upper() for m in _POLICY_MENTION.finditer(text))


# -- the whole document -------------------------------------------------------------------


def extract_metadata(doc: ParsedDocument) -> ClaimMetadata:
    """Everything :class:`ClaimMetadata` holds, read from labelled lines and dates."""
    lines = list(_lines(doc))
    text = doc.text
    meta = ClaimMetadata(document_type=guess_document_type(doc))

    claim_ids: list[str] = []
    policies: list[str] = []
    insured: list[str] = []
    claimants: list[str] = []
    adjusters: list[str] = []
    owners: list[str] = []
    fields = list(_fields(lines))
    for names, value, _line in fields:
        if names & _POLICY_LABELS:
            number = _policy_number_in(value)
            if number:
                policies.append(number)
        elif names & _INSURED_LABELS:
            insured.extend(_names(value, allow_company=True))
        elif names & _OWNER_LABELS:
            owners.extend(_names(value, allow_company=True))
        elif names & _CLAIMANT_LABELS:
            claimants.extend(_names(value))
        elif any(_ADJUSTER_LABEL.fullmatch(name) for name in names):
            adjusters.extend(_names(value))
        elif meta.date_of_loss is None and ((named := _names_date_of_loss(names)) or names & _DOL_BARE):
            opening = _first_of_range(value)
            dates = find_dates(opening)
            if dates and (named or opening.lstrip().startswith(dates[0][1])):  # "Loss: 10/06/2026, ..." opens with it
                meta.date_of_loss = dates[0][0].isoformat()
        elif _is_claim_label(names):
            claim_ids.extend(find_claim_ids(f"claim no. {value}")[:1])

    if not adjusters:  # "Janelle Whitcomb | Senior Claims Examiner": a signature or a contact line says the role
        adjusters.extend(_titled_adjusters(lines))
    # the labelled numbers count wherever the text mentions them again, in any spelling
    found_ids = find_claim_ids(text, known=claim_ids)
    for claim_id in claim_ids:  # labelled but not matched by the running-text rule
        if claim_id not in found_ids:
            found_ids.append(claim_id)
    meta.claim_ids = rank_claim_ids(doc, found_ids, labelled=claim_ids)
    if not meta.claim_ids:  # "claim_88123_photos.pdf": a text that names no claim, a file name that does
        meta.claim_ids = find_claim_ids(re.sub(r"[_.]+", " ", PurePath(doc.filename).stem))[:1]
    if not meta.claim_ids and doc.title:  # "RE: Smith v. Acme - initial evaluation [GL-2026-000781]"
        tagged = [m.group("num") for m in _TAGGED_ID.finditer(doc.title)]
        meta.claim_ids = [_canonical(n) for n in tagged if sum(c.isdigit() for c in n) >= 5][:1]
    if not meta.claim_ids:
        meta.claim_ids = _named_by_file_and_text(doc.filename, text)
    meta.policy_numbers = _dedupe(policies + find_policy_numbers(text))
    meta.insured = _dedupe(insured or (owners if meta.claim_ids else []))
    meta.claimants = _dedupe(claimants)
    meta.adjusters = _dedupe(adjusters)
    meta.amounts = _amounts(lines)
    if not meta.amounts:
        meta.mentioned_amounts = _mentioned_amounts(lines)
    meta.events = _events(doc)
    meta.facts = _claim_facts(doc, fields)
    return meta


# -- people by their title ----------------------------------------------------------------

_TITLE_WORD = r"(?:[A-Z][A-Za-z&'-]*|of|and|&|-)"
_TITLED = re.compile(
    rf"(?P<name>{_PERSON.pattern})\s*(?:,|\||-|\u2013|\u2014)\s*(?P<title>(?:{_TITLE_WORD}\s+){{0,5}}?"
    r"(?:Adjuster|Adjustor|Examiner|Handler|Claims? (?:Specialist|Representative|Rep|Professional)|"
    r"Claims(?: (?:Manager|Supervisor|Analyst|Consultant|Department|Dept|Unit))?))\b"
    r"(?!\s+(?:Report|Notes?|Log|Diary|Summary|Guidelines?|Manual)\b)")
"""A person named with a title that handles claims, as signatures and contact lines write them:
``Janelle Whitcomb | Senior Claims Examiner``, ``Dana Kowalczyk, Large Loss General Adjuster``, a
carrier's claims department (``Ines Varga, Marine Claims, Harbor Mutual``) (Title Case: "the adjuster
for the other carrier" is a sentence about someone else)."""
_NOT_OURS = re.compile(r"\b(?:Public|Opposing|Adverse|Other|Their)\b")
"""A public adjuster works for the insured, not the carrier: not the claim's adjuster."""


_TITLE_LINE = re.compile(rf"(?:{_TITLE_WORD}\s+){{0,5}}?(?:Adjuster|Adjustor|Examiner|Handler|"
                         r"Claims? (?:Specialist|Representative|Rep|Professional)|"
                         r"Claims (?:Manager|Supervisor|Analyst|Consultant))")
"""A line that is only a title that handles claims: a signature's second line under the name."""


def _titled_adjusters(lines: Iterable[_Line]) -> list[str]:
    found: list[str] = []
    previous = ""
    for line in lines:
        above, previous = previous, line.clean
        if not re.search(r"Adjust|Examiner|Handler|Claims? (?:Spec|Rep|Prof)|\bClaims\b", line.clean, re.I):
            continue
        cells = [c.strip() for c in line.clean.split("|")]
        if len(cells) >= 2 and _TITLE_LINE.fullmatch(cells[1].title()) and not _NOT_OURS.search(cells[1].title()):
            # "Ann Lee | field adjuster | (608) 555-0133": a contact row
            name = clean_person_name(cells[0]) if _PERSON.fullmatch(cells[0]) else None
            if name and len(name.split()) >= 2:
                found.append(name)
                continue
        title = cells[0] if len(cells) >= 2 else line.clean  # "Field Adjuster | Harbor Mutual | (316) 555-0109"
        if _TITLE_LINE.fullmatch(title) and not _NOT_OURS.search(title) and _PERSON.fullmatch(above):
            name = clean_person_name(above)  # "Tomasz Wierzbicki" over "Senior Motor Claims Examiner"
            if name and len(name.split()) >= 2:
                found.append(name)
            continue
        for m in _TITLED.finditer(line.clean):
            if _NOT_OURS.search(m.group("title")):
                continue
            name = clean_person_name(m.group("name"))
            if name and len(name.split()) >= 2:
                found.append(name)
    return found


# -- the document's own claim number ------------------------------------------------------

_CLAIM_LABEL = re.compile(r"^(?:[a-z']+ ){0,2}claim(?: (?:no|number|#|id|ref|reference|file(?: no| number)?))?$"
                          r"|^(?:insurer|carrier|insurance company|company)(?:'s)? (?:file|ref|reference)"
                          r"(?: no| number| #)?$")
"""A label that names a claim's number, with up to two words before it (``Carrier claim no.``,
``Client claim number``, ``Insurer claim ref``), or the insurer's file or reference (``Insurer file``,
``Carrier ref``: how a lab's or a vendor's report heads the number of the claim it works for): whose
claim the words say is checked apart."""
_OTHER_PARTY = re.compile(
    r"\b(?:their|theirs|other (?:carrier|insurer|party|side|company)|adverse|opposing|third[- ]party|tp|"
    r"claimant'?s|subrogat\w*|counterparty|defendant'?s)\b")
"""Words that give a claim number to someone else: "their claim", "the other carrier's claim",
"adverse insurer claim #", "subrogation against ... claim"."""
_OTHER_PARTY_BEFORE = re.compile(rf"{_OTHER_PARTY.pattern}[^.;\n]{{0,40}}$", re.I)
"""A mention of a number with another party's words shortly before it in the same clause."""
_NOT_OWN = re.compile(r"\b(?:prior|previous|related|linked|associated|companion|parent|other)\b")
"""Label words for another claim than the file's (``Prior claim no.``)."""
_HEADER_LINES = 8
"""The first lines of a document, where a file names its own claim (a heading, a "Re:" line)."""


def _is_claim_label(names: set[str]) -> bool:
    """A field whose label names a claim number and no other party's (``Our ref``, ``Claim No.``,
    ``Carrier claim no.``; not ``Other carrier's claim no.``)."""
    if names & _CLAIM_LABELS:
        return True
    return any(_CLAIM_LABEL.fullmatch(n) and not _OTHER_PARTY.search(n) and not _NOT_OWN.search(n) for n in names)


def rank_claim_ids(doc: ParsedDocument, claim_ids: Sequence[str], *, labelled: Sequence[str] = ()) -> list[str]:
    """The claim numbers a document mentions, its own first.

    A document names many numbers: its own claim's, and often another's (the other carrier's
    claim in a subrogation letter, a related claim). Its own is the one a field labels as the claim's
    number, that stands in the page header or the first lines, that the file name repeats, and that
    it mentions most; a number every mention of which gives to another party ("their claim X",
    "subrogation against ... claim X") is not the document's, whatever its place. Ties keep the
    order of :func:`find_claim_ids` (most frequent, then first)."""
    if len(claim_ids) <= 1:
        return list(claim_ids)  # (the usual case: nothing to weigh)
    text = doc.text
    head = "\n".join([doc.title or "", *_first_lines(doc, _HEADER_LINES),
                       *(s.text for s in doc.sections if (s.heading or "").lower() in ("page header", "page footer"))])
    stem = claim_key(PurePath(doc.filename).stem)
    own_labels = {claim_key(c) for c in labelled}
    scored = []
    for order, claim_id in enumerate(claim_ids):
        key = claim_key(claim_id)
        spots = _mentions(text, claim_id)
        others = sum(1 for at in spots if _OTHER_PARTY_BEFORE.search(text[max(0, at - 80):at]))
        score = 0.0
        score += 3.0 if key in own_labels else 0.0
        score += 2.0 if _mentions(head, claim_id) else 0.0
        score += 2.0 if len(key) >= 4 and _digits(key) and _digits(key) in _digits(stem) else 0.0
        score += 0.5 * min(len(spots), 3)
        if spots and others == len(spots):
            score -= 8.0
        scored.append((-score, order, claim_id))
    return [claim_id for _, _, claim_id in sorted(scored)]


def _first_lines(doc: ParsedDocument, n: int) -> list[str]:
    lines = [line for line in doc.text.split("\n") if line.strip()]
    return lines[:n]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _mentions(text: str, claim_id: str) -> list[int]:
    """Where ``text`` mentions ``claim_id``, in any spelling (``WC 24 551902``, ``wc-24-551902``)."""
    parts = claim_groups(claim_id)
    if not parts:
        return []
    pattern = r"[-\s/]?".join(re.escape(p) for p in parts)
    return [m.start() for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w]|-\w)", text, re.I)]


# -- where the claim stands: status, reserve, parties by role, report date ------------------

_STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reopened", re.compile(r"\bre-?opened\b", re.I)),
    ("litigation", re.compile(
        r"\b(?:in )?litigation\b|\bin suit\b|\blitigated\b|\b(?:law)?suit (?:was |has been )?filed\b", re.I)),
    ("denied", re.compile(r"\bdenied\b|\bdeclined\b|\bdenial\b", re.I)),
    ("closed", re.compile(r"\bclosed\b|\bsettled\b|\bclosing\b", re.I)),
    ("open", re.compile(r"\bopen\b|\bactive\b|\bpending\b|\bremains open\b", re.I)),
)
"""A status by its words, most specific first ("reopened" holds "open")."""
_STATUS_SENTENCE = re.compile(
    r"\b(?:claim|file|case|matter)\b[^.;:]{0,30}?\b(?:is|was|remains|has been|been|now|being|will be)\s+(?:now\s+)?"
    r"(?:being\s+)?(?:[a-z]+\s+and\s+)?"
    r"(?P<word>re-?opened|closed|open|denied|declined|settled|in litigation|in suit|litigated)\b"
    r"|\b(?P<verb>closed|re-?opened|denied|settled)\s+(?:the\s+)?(?:claim|file)\b"
    r"|^\W*(?:claim|file|case)\s+(?P<bare>closed|re-?opened|denied|settled)\b"
    r"|\b(?:coverage|liability)\s+(?:is|was|has\s+been)\s+(?P<coverage>denied|declined)\b"
    r"|\bstatus\W{1,3}(?P<inline>re-?opened|open|closed|denied|in litigation|litigation|pending|settled)\b"
    r"|\b(?P<suit>(?:law)?suit (?:was |has been )?filed|filed suit|in litigation)\b", re.I)
"""A sentence that says where the claim stands: "The claim remains open", "Status: CLOSED",
"closed the file", "suit was filed"."""
_RESERVE_WORD = re.compile(r"\b(?:reserves?|rsv|reserved)\b", re.I)
_RESERVE_SET = re.compile(
    r"\W*(?:(?:is|was|of|at|to|now|set|incr\w*|decr\w*|increased|reduced|raised|lowered|adjusted|total(?:ing)?|"
    r"currently|stands|remaining|outstanding|=)\W*)*(?P<amount>\$\s?[\d,]+(?:\.\d{1,2})?(?:\s?[kKmM]\b)?)", re.I)
"""The amount right after the word reserve: "Rsv incr to $310,000", "reserve of $205,000", "Reserve: $6,028"."""
_RESERVE_PART = re.compile(r"\b(?P<part>medical|indemnity|expense|legal|property|bodily injury|bi|pd|loss|alae|"
                           r"contents|building|dwelling|vehicle|rental|defen[cs]e)\b[^$;.]{0,20}?"
                           r"(?P<amount>\$\s?[\d,]+(?:\.\d{1,2})?(?:\s?[kK]\b)?)", re.I)
_NOT_A_RESERVE = re.compile(r"\breserves? the right\b|\breservation of rights\b|\bwithout reserve\b", re.I)
_ATTORNEY_IN_TEXT = re.compile(
    r"\b(?:represented by|retained|hired|counsel for [a-z ]+ is|attorney|lawyer|counsel)\s+(?:attorney\s+|counsel\s+)?"
    r"(?P<name>(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})")
_NEGATED = re.compile(r"\b(?:not|no|never|without|nor|unrepresented)\b[^,;]{0,30}$", re.I)
_REPRESENTATION = re.compile(r"\bletter of representation\b|\brepresented by counsel\b"
                             r"|\battorney (?:retained|involved)\b|\bretained (?:an? )?(?:attorney|counsel|lawyer)\b"
                             r"|\blawyered up\b", re.I)


_FACT_WORDS = re.compile(r"reserv|\brsv\b|status|claim|\bfile\b|\bcase\b|matter|coverage|liability|suit\b|litigat|"
                         r"represent|attorney|counsel|lawyer", re.I)
"""The words every sentence :func:`_sentence_facts` reads has one of: other passages are skipped."""


def _claim_facts(doc: ParsedDocument, fields: list[tuple[set[str], str, _Line]]) -> list[ClaimFact]:
    """Where the claim stands, line by line: labelled fields first (``Status: OPEN``, ``Attorney:
    Marcus Faraday``, a ``Vendor`` column, ``Date reported: 01/15/2024``), then the sentences of
    notes and reports ("The claim remains open", "Rsv incr to $310,000", "letter of representation")."""
    facts: list[ClaimFact] = []
    seen: set[tuple[str, str, str, str]] = set()

    def add(kind: str, value: str, text: str, role: str = "", when: str = "") -> None:
        key = (kind, value.lower(), role, text)
        if value and key not in seen:
            seen.add(key)
            dates = find_dates(text)
            if kind == "reserve" and dates and re.search(r"->|\u2192", text):
                dates = dates[-1:]  # a history's date is its last
            facts.append(ClaimFact(kind, value, text, role=role, date=dates[0][0].isoformat() if dates else when))

    for names, value, line in fields:
        if any(_STATUS_LABEL.fullmatch(n) for n in names):
            status = _status_word(value.split(" - ")[0].split(";")[0])
            if status:
                add("status", status, line.text)
            if status == "open" and _status_word(value) == "litigation":  # "Status: OPEN - in litigation": both
                add("status", "litigation", line.text)
        elif any(_REPORTED_LABEL.fullmatch(n) for n in names):
            dates = find_dates(_first_of_range(value))
            if dates:
                add("reported", dates[0][0].isoformat(), line.text)
        else:
            for role, pattern in _ROLE_LABELS:
                if any(pattern.fullmatch(n) for n in names):
                    for name in _organisation(value) or _names(value, allow_company=True):
                        add("party", name, line.text, role)
                    break
    for section in doc.sections:
        for raw in section.text.splitlines():  # a diary's notes, one a line (a table's row, the parser may join)
            closing = _NOTE_CLOSING.match(raw)
            if closing:  # "08/24  no further items. CLOSED.": the note that ends the diary
                dated = find_dates(raw)
                add("status", _status_word(closing.group("word")), raw.strip(" |"),
                    when=dated[0][0].isoformat() if dated else "")
        for passage in paragraphs(section.text):  # as the facts' lines are located (rag.experts.facts)
            if " | " in passage or not _FACT_WORDS.search(passage):
                continue  # a table's rows: read as fields above; a passage no fact's words are in
            dated = find_dates(passage)
            for sentence in sentences(passage):
                _sentence_facts(sentence, add, dated[0][0].isoformat() if dated else "")
    return facts


_NOTE_CLOSING = re.compile(r"^\W*\d{1,2}/\d{1,2}(?:/\d{2,4})?\b\s*[|:-]?\s*(?:[^|]*?[.;]\s+)?"
                           r"(?P<word>closed|re-?opened)[.!]?\s*\|?\s*$", re.I)
"""A dated note (with or without its year, as diaries write them) whose last words are the claim's
status alone: "08/24  no further items. CLOSED.", "3/14 - reopened". A note names no claim or
file when it closes the one it is written in."""


def _sentence_facts(sentence: str, add: Callable[..., None], when: str) -> None:
    """The status, reserve and representation a sentence states; ``when``: its passage's date."""
    status = _STATUS_SENTENCE.search(sentence)
    if status and _NEGATED.search(sentence[: status.start(status.lastgroup or 0)]):
        status = None  # "no suit has been filed", "the claim is not closed": not where it stands
    if status:
        word = next(w for w in status.groups() if w)
        value = _status_word(word)
        if value:
            add("status", value, sentence, when=when)
    if _RESERVE_WORD.search(sentence) and "$" in sentence and not _NOT_A_RESERVE.search(sentence):
        total = _reserve_total(sentence[_RESERVE_WORD.search(sentence).start():])  # type: ignore[union-attr]
        if total is not None:
            add("reserve", _money_string(total), sentence, when=when)
    represented = _REPRESENTATION.search(sentence)
    if represented and not _NEGATED.search(sentence[: represented.start()]):
        named = _ATTORNEY_IN_TEXT.search(sentence)
        name = clean_person_name(named.group("name"), allow_company=True) if named else None
        add("party", name or "counsel", sentence, "attorney", when=when)


def _reserve_total(text: str) -> Decimal | None:
    """The reserve a sentence sets, from its word "reserve" on: its parts summed ("medical is now
    $58,000 and indemnity is $61,500" -> $119,500), else the amount it is set to ("Rsv incr to
    $310,000 (DFIR 55k, ...)"), else the first amount ("the current reserve of $205,000")."""
    word = _RESERVE_WORD.match(text)
    after = text[word.end():] if word else text
    if re.search(r"->|\u2192", after):  # a history: "03/11 $10,000 -> 06/16 $35,000": the last one stands
        amounts = list(_MONEY.finditer(after))
        return parse_money(amounts[-1].group(0)) if amounts else None
    direct = _RESERVE_SET.match(after)
    if direct:
        return parse_money(direct.group("amount"))
    parts = {m.group("part").lower(): parse_money(m.group("amount")) for m in _RESERVE_PART.finditer(after[:200])}
    values = [v for v in parts.values() if v is not None]
    if len(values) >= 2:
        return sum(values, Decimal(0))
    first = _MONEY.search(after[:120])
    return parse_money(first.group(0)) if first else None


def _status_word(text: str) -> str:
    for status, pattern in _STATUS_WORDS:
        if pattern.search(text):
            return status
    return ""


def _organisation(value: str) -> list[str]:
    """A business named at the start of a value ("DrySpan Restoration", "Keystone Benefit Administrators")."""
    head = _NAME_STOP.sub("", " ".join(value.split()))
    words = head.split()
    if 1 <= len(words) <= 6 and all(w[:1].isupper() or w in ("&", "and", "of") for w in words):
        return [head]
    return []


_RANGE_DAY = re.compile(r"\b(\d{1,2})\s*[-\u2013]\s*\d{1,2}(?=,?\s+\d{4})")


def _first_of_range(value: str) -> str:
    """``June 21-22, 2024`` -> ``June 21, 2024``: a loss over a night is dated by its first day."""
    return _RANGE_DAY.sub(r"\1", value)
