"""How the experts read text: lines and sentences with their exact wording, and word matching.

Claim documents mix prose (a loss narrative) with records (``Deductible: $500.00``, invoice
lines with dot leaders, timeline entries). An answer quotes the smallest unit that holds the
fact, so records stay one unit each and prose is split into sentences. PDF paragraphs arrive
wrapped at the page width; their lines are joined back before splitting into sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TERMINAL = re.compile(r"[.!?:;)\]\"']\s*$")
_KV_LINE = re.compile(r"^\s*(?:[-*\u2022]\s+)?[A-Z][A-Za-z0-9 /&()#'.,-]{0,48}:\s+\S")
_LEADER = re.compile(r"\s*\.{3,}\s*")
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")
_DATED_START = re.compile(
    r"^\s*(?:[-*\u2022]\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})"
)
_WRAP_MIN = 60
"""A PDF line this long that does not end a sentence was wrapped at the page width."""

_ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "st", "no", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "approx",
    "e.g", "i.e", "a.m", "p.m", "u.s", "ave", "rd", "blvd", "hwy", "est", "dept", "ref", "etc",
    "fig", "mt", "ft", "lb", "lbs", "sq", "yr", "yrs", "min", "hr", "hrs", "oz", "pg",
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(\[$])")

CLAUSES = re.compile(r"[;.!?]\s+|,\s+(?=[a-z])|\s+-\s+")
"""Where a clause of a unit ends, to split it: a sentence, a semicolon, a comma before a lower-case word, a
spaced dash. A value's own clause says what the value is ("paid $2,150, the rest on appeal")."""

CLAUSE_END = re.compile(r"[.!?](?=\s+[A-Z(])|[;|]|\n")
"""Where a clause ends, to find the one around a figure: a sentence's end, a semicolon, a table or form cell,
a line. (Decimal points and "approx." end none.)"""


def is_record_line(line: str) -> bool:
    """A line that stands alone: ``Label: value``, a dot-leader amount, a bullet, a dated entry."""
    return bool(
        _KV_LINE.match(line) or _LEADER.search(line) or _BULLET.match(line) or _DATED_START.match(line)
    )


def paragraphs(text: str) -> list[str]:
    """Lines of ``text``, with lines that a PDF wrapped mid-sentence joined back together.

    A line joins the one before when that one ran to the page width without ending a sentence,
    or when it plainly continues it (it starts in lower case or with a parenthesis).
    """
    out: list[str] = []
    joinable = False
    long_previous = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            joinable = long_previous = False
            continue
        continues = long_previous and (line[0].islower() or line[0] == "(")
        if out and (continues or (joinable and not is_record_line(line))):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        long_previous = len(line) >= _WRAP_MIN and not _LEADER.search(out[-1])
        joinable = long_previous and not _TERMINAL.search(line)
    return out


def sentences(paragraph: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations (``Hwy.``, ``a.m.``, ``Inc.``) inside."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip("\"')]")
        word = re.search(r"([A-Za-z.]+)\.$", before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        pieces.append(paragraph[start : match.start()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


def units(text: str, *, max_record_chars: int = 240) -> list[str]:
    """The quotable units of a text: record lines whole, prose split into sentences."""
    return list(_units(text, max_record_chars))


@lru_cache(maxsize=512)
def _units(text: str, max_record_chars: int) -> tuple[str, ...]:
    """:func:`units`, remembered for the last pages split (~8 MB at most): a claim card's ~18
    questions each split the same few pages of one claim, the rules' view and the answer
    selector each once (~1,100 splits for 6 cards at 10k leaves, ~0.4 s of CPU a card)."""
    out: list[str] = []
    for para in paragraphs(text):
        if is_record_line(para) and len(para) <= max_record_chars:
            out.append(para)
        else:
            out.extend(sentences(para))
    return tuple(out)


def display_line(unit: str) -> str:
    """How a quoted unit reads in an answer: dot leaders become a colon, bullets are dropped.

    ``Towing (Hwy 9) ....... $385.00`` -> ``Towing (Hwy 9): $385.00``. Only layout changes; the
    citation keeps the line verbatim.
    """
    text = _BULLET.sub("", unit, count=1) if not _DATED_START.match(unit) else unit.lstrip("-*\u2022 ")
    return _LEADER.sub(": ", text).strip()


def with_marker(text: str, marker: str) -> str:
    """Put ``[n]`` after the fact and before a closing period: ``... $385.00 [1].``"""
    text = text.rstrip()
    last = re.search(r"([A-Za-z.]+)\.$", text)
    abbreviation = last is not None and (last.group(1).lower() in _ABBREVIATIONS or len(last.group(1)) == 1)
    if text.endswith(".") and not abbreviation and not re.search(r"\b(?:[a-z]\.){2,3}$", text):
        return f"{text[:-1]} {marker}."
    return f"{text} {marker}"


# -- words ----------------------------------------------------------------------------------

STOPWORDS = frozenset(
    """a an the of on in at to for from by with and or but is are was were be been being do does
    did what which who whom whose when where why how this that these those it its it's there
    their they them he she his her him we our us you your i me my any some all each per as
    about into over under than then so if not no yes can could would should will shall may might
    must has have had tell show give find please much many me list claim claims file files
    say says said state stated according document documents put get got make made take took go
    went come came actually really just basically someone anyone somebody anybody please pls us
    we our i'm whats whos wheres hows thats what's who's where's how's that's""".split()
)

_SYNONYMS: dict[str, str] = {}
for _canon, _words in {
    "cost": "cost costs amount amounts price priced charge charges charged fee fees total totals "
    "totaled totalled bill billed",
    "adjuster": "adjuster adjusters adjustor adjustors adjusting adjusted adjust adjusts handler handlers handling "
    "handles handled handle assigned",
    "recovery": "recovery recoveries recover recovers recovered recovering",
    "settlement": "settlement settlements settle settles settled settling",
    "injury": "injury injuries injure injures injured injuring",
    "date": "date dates day when dated",
    "name": "name named who",
    "pay": "pay paid payment payments payout payable disbursed disbursement issued",
    "insured": "insured policyholder policyholders insd",
    "claimant": "claimant claimants clmt",
    "vehicle": "vehicle vehicles car cars auto automobile truck",
    "tow": "tow towing towed",
    "report": "report reported reporting notified notice fnol",
    "estimate": "estimate estimates estimated appraisal appraised",
    "rental": "rental rent rented loaner",
    "repair": "repair repairs repaired fix fixed",
    "phone": "phone telephone tel mobile cell",
    "loss": "loss losses incident accident",
    "damage": "damage damages damaged",
    "doctor": "doctor doctors doc docs physician physicians dr md provider",
    "treat": "treat treats treated treating treatment",
}.items():
    for _w in _words.split():
        _SYNONYMS[_w] = _canon

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough that ``invoices``/``invoice`` and ``towed``/``tow`` meet,
    conservative enough that claim vocabulary keeps its meaning. Synonyms that matter in claim
    files map to one word first (cost/amount/price/charge/total; adjuster/handler; ...).
    Remembered: an ask stems the same few thousand words ~7,000 times (~80 ms of an ask at 10k leaves)."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    for suffix, repl, min_len in (("ies", "y", 5), ("sses", "ss", 6), ("ing", "", 6), ("ed", "", 5),
                                  ("es", "", 6), ("s", "", 4), ("ator", "at", 8), ("ctor", "ct", 8)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith(("ss", "us", "is")):
            word = word[: len(word) - len(suffix)] + repl
            break
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) > 4 and word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]  # lapse/lapsed, release/released meet at "laps", "releas"
    return word


def words(text: str) -> list[str]:
    """Lower-cased word tokens, in order (numbers kept: a VIN or a street number can matter)."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))


_ACRONYMS = {
    "bpp": "business personal property",
    "ttd": "temporary total disability",
    "tpd": "temporary partial disability",
    "acv": "actual cash value",
    "rcv": "replacement cost value",
    "ale": "additional living expense",
    "mmi": "maximum medical improvement",
    "ppi": "permanent partial impairment",
    "cgl": "commercial general liability",
    "gl": "general liability",
    "siu": "special investigations unit",
    "er": "emergency room",
    "dol": "date of loss",
    "fnol": "first notice of loss",
}
"""Claim-file abbreviations: a line that spells one out also holds the abbreviation, and the
reverse, so "the BPP limit" finds "Business Personal Property Limit"."""


def terms(text: str) -> set[str]:
    """The stems of the words in ``text``, stopwords included (lines are matched on everything),
    with claim-file abbreviations and their spelled-out words standing for each other."""
    return set(_terms(text))


@lru_cache(maxsize=8192)
def _terms(text: str) -> frozenset[str]:
    """:func:`terms`, remembered for the last lines (~10 MB at most): the same units of one
    claim's pages are matched by each of a claim card's questions."""
    found = {stem(w) for w in words(text)}
    lowered = " ".join(words(text))
    for short, long in _ACRONYMS.items():
        if short in found:
            found |= {stem(w) for w in long.split()}
        elif long in lowered:
            found.add(short)
    return frozenset(found)


NEGATIONS = frozenset(
    f"{w}{a}t" for w in "didn doesn don isn wasn weren aren hasn haven hadn won can couldn wouldn shouldn".split()
    for a in ("'", "")
) | {"never", "not"}
"""Negated verbs as chat writes them (with or without the apostrophe): a question word, "not"."""

_CONTRACTION = re.compile(r"'(?:re|ve|ll|d|m)$")


def content_terms(text: str) -> list[str]:
    """The stems of the content words of a question, in order, without stopwords or duplicates."""
    seen: dict[str, None] = {}
    for w in words(text):
        if w in NEGATIONS:  # "why didn't we pay": the negation is what is asked about
            seen.setdefault("not", None)
            continue
        w = _CONTRACTION.sub("", w)  # "who're", "we've", "it'll": the word before the apostrophe
        bare = w[:-2] if w.endswith("'s") else w
        if bare in STOPWORDS and _SYNONYMS.get(bare) not in ("date", "name"):
            continue
        seen.setdefault(stem(w), None)
    return list(seen)
