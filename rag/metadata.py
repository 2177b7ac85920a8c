"""Read claim facts out of a parsed document with regular expressions, deterministically.

Claim files label their facts ("Claim Number: CLM-1042", "Deductible: $500.00"), so labelled
lines carry almost everything; no model is needed and the same file always yields the same
metadata. The helpers (:func:`find_claim_ids`, :func:`parse_money`, :func:`format_money`,
:func:`find_dates`) are public because the answer engine reads questions with them too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import PurePath

from rag.documents import ClaimMetadata, DatedEvent, LabelledAmount, ParsedDocument

# -- claim ids ----------------------------------------------------------------------------

_SEGMENTS = r"(?:-(?:[0-9]+|[A-Z]{1,4})\b)*"
"""More parts of a number after hyphens: ``-0847-2931``, ``-PD`` (case-sensitive: ``-Towing`` is no part)."""
_CLM_ID = re.compile(rf"\b(?i:CLM)[-\s]?(?P<clm>\d{{3,10}}{_SEGMENTS})(?![-/.]?\d)")
"""``CLM-1042``, ``clm 1042``, ``CLM-2024-0847-2931``, ``CLM-44217-PD``."""
_LABELLED_ID = re.compile(
    r"\b(?i:claim)\s*(?P<marker>(?i:number|no\.?|#|id|ref(?:erence)?(?:\s+(?:number|no\.?))?))?\s*[:#]?\s*"
    rf"(?P<num>[A-Z]{{1,6}}/\d{{2,}}(?:[/-](?:[0-9]+|[A-Z]{{1,4}})\b)*"
    rf"|(?:[A-Z]{{1,6}}[-\s]?)?\d[0-9A-Z]*{_SEGMENTS}(?:(?<=[A-Z0-9])\s\d{{2,}}(?![-/.,:]?\d))*)"
    r"(?![-/.]\d)"
)
"""A number the words call a claim's, whatever its shape: ``Claim Number: HO-2024-8892``,
``Claim No. WC 2025 00123``, ``claim #1042``, ``Claim ID 04-7781-PC``, ``Claim Ref IM/24/00781-C`` (slashes
only after a prefix of letters: ``claim 10/21/2024`` is a date). Digits separated by
spaces join only after a prefix of letters (``WC 2025 00123``); a bare four-digit number that
reads as a year (``claim 2026``) only counts with an explicit ``No.``/``#``."""


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
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    known_parts, by_key = _known(tuple(known))
    for claim_id, raw in known_parts:
        if not all(p.lower() in lowered for p in raw):
            continue  # a part missing from the text: no pattern to build (thousands overflow re's cache)
        parts = [re.escape(p) for p in raw]
        pattern = r"[-\s/]?".join(parts)
        for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w]|-\w)", text, re.I):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), claim_id))
    for m in _CLM_ID.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            found.append((m.start(), f"CLM-{m.group('clm').upper()}"))
    for m in _LABELLED_ID.finditer(text):
        number = m.group("num")
        start = m.start("num")
        if any(a < m.end() and start < b for a, b in taken):
            continue
        if sum(c.isdigit() for c in number) < 4 or (not m.group("marker") and _looks_like_year(number)):
            continue
        if not m.group("marker") and re.match(r"[A-Z]+\s", number):
            continue  # "the claim FNOL 2026": a prefix set off by a space needs "Claim No."
        taken.append((start, m.end()))
        found.append((start, _canonical(number)))
    return _by_frequency(by_key.get(claim_key(c), c) for _, c in sorted(found))


@lru_cache(maxsize=8)
def _known(known: tuple[str, ...]) -> tuple[list[tuple[str, list[str]]], dict[str, str]]:
    """The claims on file as :func:`find_claim_ids` reads them: each one's parts (longest claim
    first; only those with a number), and each by its :func:`claim_key`. Remembered per list of
    claims: ~5,000 regex calls an ask at 2,600 claims (~50-100 ms) otherwise."""
    parts = []
    for claim_id in sorted(set(known), key=len, reverse=True):
        raw = re.findall(r"[A-Za-z]+|\d+", claim_id)
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


def _looks_like_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2099


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
                           "claim ref", "claim reference", "our ref", "our reference"))
"""("Our ref" is how an insurer's letters and its surveyors' reports head the claim's number.)"""
_POLICY_LABELS = frozenset(("policy number", "policy no", "policy #", "policy"))
_INSURED_LABELS = frozenset(
    ("insured", "named insured", "policyholder", "policy holder", "insured name", "our insured",
     "employer")  # in workers' compensation the employer holds the policy
)
_CLAIMANT_LABELS = frozenset(
    ("claimant", "injured worker", "employee", "claimant name", "injured party", "employee name",
     "injured employee")
)
_DOL_LABELS = frozenset(("date of loss", "loss date", "date of injury", "dol", "injury date"))
_ADJUSTER_LABEL = re.compile(r"(?:[a-z]+\s+){0,2}adjuster")

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
    for line in lines:
        cells = _row_cells(line.clean)
        if cells is None or _TABLE_RULE.fullmatch(line.clean):
            header = None if cells is None else header
        elif header is not None and len(cells) == len(header):
            # a row under a header row: each cell is the value of its column ("Claim No." over "PX-4471")
            for label, value in zip(header, cells):
                if value and len(label.split()) <= 6:
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
            yield _label_names(match.group("label")), match.group("value").strip(), line


_TABLE_RULE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")
"""A Markdown table's rule line (``---|---``): neither header nor values."""


def _row_cells(clean: str) -> list[str] | None:
    """A table row's cells (``a | b | c``, as the DOCX parser and Markdown write rows), else None."""
    if " | " not in clean and not _TABLE_RULE.fullmatch(clean):
        return None
    return [c.strip() for c in clean.strip().strip("|").split("|")]


def _is_header_row(cells: list[str]) -> bool:
    """A table's header row: three or more cells, each a short label without digits (a two-cell
    row is read as ``Label | value``)."""
    return len(cells) >= 3 and all(c and not re.search(r"\d", c) and len(c.split()) <= 5 for c in cells)


def _label_names(raw: str) -> set[str]:
    """The normalised label and what its parentheses say."""
    return {_norm_label(raw)} | {_norm_label(x) for x in re.findall(r"\(([^)]*)\)", raw)}


# -- names --------------------------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][a-z]*\.|(?:Mc|Mac|O')?[A-Z][a-zA-Z'\u2019]+(?:-[A-Z][a-zA-Z'\u2019]+)?)"
_PARTICLE = r"(?:de|del|della|da|di|van|von|der|la|le|du|bin|al)"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}}(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+")
_NAME_STOP = re.compile(r"\s*(?:,|\(|;|\||\s[-\u2013\u2014/]\s|\s(?:of|at|from|for|with|by|via|on)\s).*$")
_COMPANY = re.compile(
    r"\b(?:LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|Ltd|LLP|LP|PLLC|Group|Bank|Trust|"
    r"Services|Insurance|Mutual|Associates|Partners|Holdings)\b\.?$"
)


def clean_person_name(value: str, *, allow_company: bool = False) -> str | None:
    """The person named at the start of a field value, or None.

    ``Marcus Bell, Property Field Adjuster`` -> ``Marcus Bell``; ``Ms. Elena Vasquez`` ->
    ``Elena Vasquez``. A name is 2-4 capitalised words (initials, particles such as ``van``
    and suffixes such as ``Jr.`` allowed). With ``allow_company`` (insureds can be
    businesses) a value like ``Harbor View Bakery LLC`` is kept whole.
    """
    value = " ".join(value.split())
    if allow_company:
        company = _NAME_STOP.sub("", value)
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
    return name


_NOT_NAME_WORDS = frozenset(
    "unknown none n/a tbd pending see the and same insured claimant adjuster policy claim "
    "number date loss".split()
)


def _names(value: str, *, allow_company: bool = False) -> list[str]:
    """People in a field value; ``Robert and Linda Chen`` gives both, with the shared surname,
    and ``Elena Vasquez and Lakes Federal Savings Bank`` gives the person only."""
    if allow_company:
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
    for names, value, _line in _fields(lines):
        if names & _POLICY_LABELS:
            match = _POLICY_VALUE.match(value)
            if match:
                policies.append(match.group(0))
        elif names & _INSURED_LABELS:
            insured.extend(_names(value, allow_company=True))
        elif names & _CLAIMANT_LABELS:
            claimants.extend(_names(value))
        elif any(_ADJUSTER_LABEL.fullmatch(name) for name in names):
            adjusters.extend(_names(value))
        elif names & _DOL_LABELS and meta.date_of_loss is None:
            dates = find_dates(value)
            if dates:
                meta.date_of_loss = dates[0][0].isoformat()
        elif names & _CLAIM_LABELS:
            claim_ids.extend(find_claim_ids(f"claim no. {value}")[:1])

    # the labelled numbers count wherever the text mentions them again, in any spelling
    meta.claim_ids = find_claim_ids(text, known=claim_ids)
    for claim_id in claim_ids:  # labelled but not matched by the running-text rule
        if claim_id not in meta.claim_ids:
            meta.claim_ids.append(claim_id)
    meta.policy_numbers = _dedupe(policies + find_policy_numbers(text))
    meta.insured = _dedupe(insured)
    meta.claimants = _dedupe(claimants)
    meta.adjusters = _dedupe(adjusters)
    meta.amounts = _amounts(lines)
    meta.events = _events(doc)
    return meta
