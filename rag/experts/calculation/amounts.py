"""Read an amount from a line or a table row: which of a line's figures a phrase names, and
which are no reading of it (a rate, a unit price, a figure of another kind than asked, a former
value beside the one in force). A table row is read by its columns' headers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from decimal import Decimal
from functools import lru_cache

from rag.experts.calculation.question import LIMIT_KIND, shared
from rag.experts.text import content_terms, terms
from rag.metadata import find_dates, parse_money
from rag.records import Passage
from rag.selection.units import Unit

ALREADY_NET = re.compile(r"\b(?:less|net of|after|minus)\s+(?:the\s+|a\s+)?(?:\$[\d,.]+\s+)?(?:\w+\s+)?"
                          r"(?:deductible|retention|ded)\b", re.I)
"""A line whose amount has the deductible taken off already: it is no gross to take it off again."""


AMOUNT_IN_LINE = re.compile(r"(?:\$|\bUS\$|\bUSD)\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?[kK]\b)?|"
                             r"(?<![\w$.,/:-])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d%])")
"""An amount as a line writes it: "$1,250.00", "USD 480,000", or a figure with thousands and cents
("18,500.00" in a table whose currency its header or the file states once)."""


_UNITS = r"(?:day|night|week|wk|month|mo|year|yr|hour|hr|mile|mi|visit|unit|person|item|sf|sq\.? ?ft)s?"


_LIMIT_UNITS = r"(?:occurrence|occ\b|accident|claim\b|loss\b|offen[cs]e|wrongful|location|policy)"
_PER_LIMIT_UNIT = re.compile(rf"^\s*(?:per|each)[\s-]*{_LIMIT_UNITS}", re.I)
RATE_AFTER = re.compile(
    rf"^(?:\s?/\s?{_UNITS}\b|\s*(?:per\b(?![\s-]*{_LIMIT_UNITS})|an?\s+{_UNITS}\b|each\b(?![\s-]*{_LIMIT_UNITS})|"
    r"daily\b|weekly\b|monthly\b|hourly\b))", re.I)
"""After an amount: it is a rate ("$45.00 per day", "$80.00/day"), not an amount paid or owed; but
"$1,000,000 each occurrence", "$500,000 per accident" is a limit's amount."""


_UNIT_PRICE_BEFORE = re.compile(r"(?:\d\s*[x\u00d7*@]|\bx|@)\s*$", re.I)


_KIND_WORDS = {
    "reserve": ("reserve", "reserves", "rsv"),
    "limit": ("limit", "limits", "sublimit", "aggregate", "agg", "authority"),
    "deductible": ("deductible", "retention", "ded", "excess"),
    "premium": ("premium",),
}
"""Words that make an amount a kind of its own: a reserve, a limit, a deductible, a premium."""


_CAP_BEFORE = re.compile(r"\b(?:up to|not to exceed|capped at|no more than)\s*$", re.I)
"""Words that make the amount after them a cap ("up to $1,000 per occurrence"): a limit, not a cost."""


def capped(line: str, amount: Decimal) -> bool:
    """Whether ``line`` writes ``amount`` as a cap ("up to $1,000 per occurrence"), not as what a thing cost."""
    return any(_CAP_BEFORE.search(line[:m.start()]) for m in AMOUNT_IN_LINE.finditer(line)
               if parse_money(m.group(0)) == amount)


def value_in(line: str, value: str, words: set[str], taken: Set[str] = frozenset(),
              weak: Set[str] = frozenset(), pairs: Sequence[tuple[str, str]] = (),
              line_kinds: Set[str] = frozenset()) -> str | None:
    """Of the amounts of ``line``, the one a phrase's words name: the amounts that are no rate
    ("$45.00 per day", "$80.00/day"), no unit price ("14 days x $45.00") and of no kind the phrase
    does not ask for (the words right before it say "reserve", "limit", "deductible") and not
    ``taken`` by another item of the same calculation (decimal strings); of those,
    the one whose words (between the amount before it and it) the phrase holds most (``weak``
    words, a list's head noun shared by all its items, count half), else the
    search's own ``value`` if it is one of them, else the last (a line's running total: "storage
    at $45.00 per day for 14 days, or $630.00"). ``None`` when the line holds no such amount.
    A table row (``pairs``: its ``(column, cell)`` pairs) is read by its columns: see
    :func:`_amounts_in_row`."""
    if not AMOUNT_IN_LINE.search(line):
        return value
    kept = amounts_in(line, words, taken, weak, pairs, line_kinds)
    if not kept:
        return None
    best = max(score for score, _ in kept)
    tied = [v for score, v in kept if score == best]
    if len(tied) == 1:
        return tied[0]
    own = next((v for v in tied if parse_money(v) == parse_money(value)), None)
    return own or tied[-1]


TABLE_ROW = re.compile(r"\|[^|\n]*\|[^|\n]*\|")
"""A line that is a table row: which of its amounts is which, only its columns' headers say, and
the search reads them (:func:`row_pairs`); a row located at ingest has lost them."""


_FORMER = re.compile(r"^\s*(?:to|->|\u2192|=>)\s*\$", re.I)
"""After an amount: another follows it as what it became ("increased from $12,000 *to $31,000*",
"$8,500 -> $22,750"): the first is a former value, never the one in force."""


_OLDER_COLUMN = re.compile(r"\b(?:previous|prior|old|original|was|from|before|initial)\b", re.I)
"""A column of a history table that holds what a value was (``Previous | New``, ``From | To``)."""


def kind_words(kind: str) -> set[str]:
    return {t for n in _KIND_WORDS[kind] for t in content_terms(n)}


def _asked_kinds(words: Set[str]) -> set[str]:
    return {kind for kind in _KIND_WORDS if words & kind_words(kind)}


def amounts_in(line: str, words: Set[str], taken: Set[str] = frozenset(),
                weak: Set[str] = frozenset(), pairs: Sequence[tuple[str, str]] = (),
                line_kinds: Set[str] = frozenset()) -> list[tuple[float, str]]:
    """The amounts of ``line`` that may be what a phrase names (see :func:`value_in`), each with
    how many of the phrase's words stand right before it. ``line_kinds``: the kinds the line's
    label names for all its amounts ("Limits: $1,000,000 agg | BI $500,000"), unless an amount's
    own words name another."""
    if len(pairs) > 1:
        return _amounts_in_row(pairs, words, taken, weak)
    asked = _asked_kinds(set(words))
    kept: list[tuple[float, str]] = []
    start = 0
    for m in AMOUNT_IN_LINE.finditer(line):
        before, after = line[start:m.start()], line[m.end():]
        start = m.end()
        if RATE_AFTER.match(after) or _UNIT_PRICE_BEFORE.search(line[:m.start()]) or _FORMER.match(after):
            continue
        if taken and parse_money(m.group(0)) in {Decimal(t) for t in taken}:
            continue  # another item of the same sum already stands for it
        # "$80,449.10. Retention ...": another clause; "$10,000 per occurrence deductible": the kind after the unit
        clause_after = re.split(r"[.;|,(]\s|[;|(]", _PER_LIMIT_UNIT.sub("", after, count=1))[0]
        near = set(terms(" ".join([*before.split()[-4:], *clause_after.split()[:2]])))
        own = {kind for kind in _KIND_WORDS if near & kind_words(kind)}
        if _CAP_BEFORE.search(before):
            own.add("limit")  # "up to $1,000 per occurrence": a cap, not what a thing cost
        if own - asked or (not own and line_kinds - asked):
            continue
        held = terms(before)
        # of a line stating two amounts ("the demand of $1.2M against the $1M each-occurrence limit"),
        # the one the asked kind's own word stands beside is the kind asked
        kept.append((shared(words, held) + 0.5 * shared(weak, held) + len(own & asked), m.group(0)))
    return kept


def _amounts_in_row(pairs: Sequence[tuple[str, str]], words: Set[str], taken: Set[str] = frozenset(),
                    weak: Set[str] = frozenset()) -> list[tuple[float, str]]:
    """The amounts of a table row, read by their columns: every cell's amount is named by the
    row's own words (its cells that hold no amount: "Medical", "Breach counsel") and by its column
    header, which counts double ("Paid" of "| Estimate | Paid |"); a column of a kind the phrase
    does not ask for ("Sublimit", "Retention", "Reserve") is no reading of it, nor a column of what
    a value was ("Previous" beside "New") while the row holds another amount."""
    asked = _asked_kinds(set(words))
    row_terms: set[str] = set()
    cells: list[tuple[str, str, set[str]]] = []
    for header, cell in pairs:
        found = list(AMOUNT_IN_LINE.finditer(cell))
        if not found:
            row_terms |= terms(cell)
        start = 0
        for m in found:
            # a field of several figures ("expense $4,226.50 (IME $2,160.00, interpreter $185.00)"):
            # each named by its own words, the ones after the figure before it
            own = terms(cell[start:m.start()]) if len(found) > 1 else set()
            start = m.end()
            if not RATE_AFTER.match(cell[m.end():]) and not _UNIT_PRICE_BEFORE.search(cell[:m.start()]):
                capped = bool(_CAP_BEFORE.search(cell[:m.start()]))  # "up to $500 per occurrence": a limit
                cells.append((f"{header} limit" if capped else header, m.group(0), own))
            if len(found) == 1:
                break
    taken_values = {Decimal(t) for t in taken}
    kept: list[tuple[float, str]] = []
    for header, value, own in cells:
        head = set(terms(header))
        if any(head & kind_words(kind) for kind in _KIND_WORDS if kind not in asked):
            continue
        if len(cells) > 1 and _OLDER_COLUMN.search(header):
            continue
        if taken_values and parse_money(value) in taken_values:
            continue
        score = (2 * shared(words, head) + shared(words, row_terms) + shared(words, own)
                 + 0.5 * shared(weak, head | row_terms | own))
        kept.append((score, value))
    return kept


def shorthand(phrase: str) -> str:
    """The phrase in the chat shorthand the question was read from ("emergency room" -> "ER"):
    claim files write the short forms too ("ER $1,306.00 / ortho $6,915.40")."""
    from rag.router import SHORTHAND_FORMS

    for full, short in SHORTHAND_FORMS:
        phrase = re.sub(rf"\b{re.escape(full)}\b", short, phrase, flags=re.I)
    return phrase


@lru_cache(maxsize=256)
def passage_rows(passage: Passage) -> tuple[Unit, ...]:
    """The table rows of a passage as the fact selector reads them (``Column: value`` pairs)."""
    from rag.selection import candidate_units

    return tuple(u for u in candidate_units([passage]) if len(u.pairs) > 1)


CHANGED_TO = re.compile(r"\b(?:now|currently|current|revised|updated|increased|raised|reduced|lowered|moved|"
                         r"adjusted|changed|bumped|dropped|incr|decr)\b", re.I)
"""Words of a line that tells a figure's change to what it is now ("bodily injury is now
$140,000.00", "Rsv incr to $310,000"): the figure in force, over one first set."""


def clause_of(line: str, amount: Decimal) -> str:
    """The clause of ``line`` that states ``amount`` (up to the amount, from the previous one)."""
    start = 0
    for m in AMOUNT_IN_LINE.finditer(line):
        if parse_money(m.group(0)) == amount:
            clause = line[start:m.end()]
            return re.split(r"[.;]\s", clause)[-1]
        start = m.end()
    return line


def names_limit(passage: Passage, line: str) -> bool:
    """The line states a limit: its words, its table's column headers or its section say so."""
    pairs = row_pairs(passage, line)
    said = terms(line) | {t for h, _ in pairs for t in terms(h)} | terms(passage.section or "")
    return bool(said & LIMIT_KIND)


def spelled_out(phrase: str, line: str) -> set[str]:
    """The terms of the words of ``line`` that a short capitalised word of ``phrase`` abbreviates
    by their initials ("BI": "bodily injury", "ALE": "additional living expense", "DFIR":
    "digital forensics and incident response", small words skipped)."""
    found: set[str] = set()
    tokens = re.findall(r"[A-Za-z][\w'-]*", line)
    for short in set(re.findall(r"\b[A-Z]{2,5}\b", phrase)):
        letters = short.lower()
        for i in range(len(tokens)):
            words: list[str] = []
            j = 0
            for token in tokens[i:]:
                if j == len(letters):
                    break
                if token.lower() in _SMALL and words:
                    continue
                if token[0].lower() != letters[j]:
                    break
                words.append(token)
                j += 1
            if j == len(letters) and len(words) == len(letters):
                found |= terms(" ".join(words))
                break
    return found


_SMALL = frozenset("and of the for to &".split())


_LINE_LABEL = re.compile(r"^\W*([A-Za-z][A-Za-z /&.-]{1,30}?)\s*:")


def kinds_of_line(passage: Passage, line: str) -> set[str]:
    """The kinds of amount a line's label gives all its amounts ("Limits: $1,000,000 agg |
    extortion sublimit $250,000 | BI $500,000"), its own or, for a line that goes on from a
    labelled one (it opens with a separator, "| notification/PR $250,000 | retention ..."), the
    label of the line it continues."""
    def kinds(text: str) -> set[str]:
        m = _LINE_LABEL.match(text)
        label = set(terms(m.group(1))) if m else set()
        return {kind for kind in _KIND_WORDS if label & kind_words(kind)}

    own = kinds(line)
    segments = [seg for seg in line.split("|") if AMOUNT_IN_LINE.search(seg)]
    if not own and len(segments) > 1 and any(set(terms(seg)) & (kind_words("limit") | kind_words("deductible"))
                                             for seg in segments):
        own = {"limit"}  # a schedule of policy terms ("BI $500,000 | retention $25,000"): its bare figures are limits
    if own or not re.match(r"^\s*[|&+,]", line):
        return own
    lines = passage.text.splitlines()
    at = next((i for i, raw in enumerate(lines) if raw.strip() == line.strip()), None)
    while at is not None and at > 0:
        at -= 1
        above = lines[at]
        if not above.strip():
            return set()
        if not re.match(r"^\s*[|&+,]", above):
            return kinds(above)
    return set()


def money_cell(cell: str) -> str | None:
    m = AMOUNT_IN_LINE.search(cell)
    return m.group(0) if m and not RATE_AFTER.match(cell[m.end():]) else None


def same_day(line: str, month: int, day: int) -> bool:
    """The line states that day ("08/05" of "08/05/2025", "August 5, 2025")."""
    return any(d.month == month and d.day == day for d, _ in find_dates(line)) or bool(
        re.search(rf"(?<!\d){month:d}/{day:02d}|(?<!\d){month:02d}/{day:02d}|(?<!\d){month:d}/{day:d}(?!\d)", line))


def history_row(passage: Passage, line: str, pairs: tuple[tuple[str, str], ...], words: Set[str], *,
                 latest: bool) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The row of a dated history table that holds a value as it stands (``latest``) or as it was
    first set: of the rows of ``line``'s table with a date, those of the same item (the cells
    without an amount or a date that the phrase names: "Medical" of "| 03/02 | Medical | ... |";
    every row when the item is a column, "Coverage C" of a wide reserve table), the latest or the
    earliest. ``line`` and its pairs as they are when the table keeps no such history."""
    row = next((u for u in passage_rows(passage) if u.excerpt == line.strip()), None)
    if row is None:
        return line, pairs

    def keys(cells: Sequence[tuple[str, str]]) -> set[str]:
        return {c.strip().lower() for _, c in cells
                if not AMOUNT_IN_LINE.search(c) and not find_dates(c) and shared(set(words), terms(c))}

    key = keys(row.pairs)
    dated = [(dates[0][0], u) for u in passage_rows(passage)
             if u.label == row.label and (dates := find_dates(u.excerpt)) and (not key or keys(u.pairs) & key)]
    if len(dated) < 2:
        return line, pairs
    _, pick = (max if latest else min)(dated, key=lambda d: d[0])
    return pick.excerpt, pick.pairs


def row_pairs(passage: Passage, line: str) -> tuple[tuple[str, str], ...]:
    """The ``(column, cell)`` pairs of ``line`` when it is a row of a table of ``passage`` (a row
    alone does not say which of its amounts is the "Sublimit" and which the "Billed"), else ()."""
    if line.count("|") < 2 and "  " not in line.strip():
        return ()
    row = next((u for u in passage_rows(passage) if u.excerpt == line.strip()), None)
    if row is not None:
        return row.pairs
    return _pipe_row(passage.text, line.strip())


def _pipe_row(text: str, line: str) -> tuple[tuple[str, str], ...]:
    """A row of a two-column pipe table (``| BI / EE | $340,000 |`` under ``| Coverage | Reserve |``),
    which the fact selector reads as a ``Label: value`` line: its cells under their headers, so
    that the amount's kind is its column's ("Reserve"), as in a wider table."""
    lines = [raw.strip() for raw in text.splitlines()]
    if line not in lines:
        return ()
    at = lines.index(line)
    start = at
    while start > 0 and lines[start - 1].startswith("|"):
        start -= 1
    if at - start < 2 or not re.fullmatch(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?", lines[start + 1]):
        return ()  # no header row over a separator row: not a table read by its columns
    headers = [c.strip() for c in lines[start].strip("|").split("|")]
    cells = [c.strip() for c in line.strip("|").split("|")]
    if len(headers) != len(cells):
        return ()
    return tuple(zip(headers, cells))


KIND_LABELS = {"reserve": "reserve", "limit": "limit", "deductible": "deductible", "premium": "premium"}
"""Amount labels that are a kind of amount of their own: a reserve, a limit, a deductible, a premium."""


def other_compound(line: str, value: str, words: set[str]) -> bool:
    """The value is a compound of the amount asked ("*Counter-demand* of $24,000.00" for "the
    demand"): the word before the hyphen, not in the phrase, makes it another kind of amount."""
    clause = next((c for c in re.split(r"[;.]\s+", line) if value in c), line)
    return any(set(content_terms(second)) & words and not set(content_terms(first)) & words
               for first, second in re.findall(r"\b([A-Za-z]+)-([A-Za-z]+)\b", clause))


def kinds_named(words: set[str]) -> set[str]:
    return {label for label, word in KIND_LABELS.items() if set(content_terms(word)) & words}


_ASIDE = re.compile(r"\(([^()]*)\)")


def amount_clause(text: str, value: str, clause_terms: Callable[[str, str], set[str]]) -> set[str]:
    """Terms of the clause that states the amount ``value`` (a decimal string): a figure inside a
    parenthesised breakdown ("expense $4,226.50 (IME $2,160.00, interpreter $185.00)") is named by
    its own item of the breakdown, and a figure outside it by its clause without the breakdown (the
    items of a total do not name the total)."""
    try:
        wanted = Decimal(value)
    except ArithmeticError:
        return clause_terms(text, value)
    for aside in _ASIDE.finditer(text):
        for part in re.split(r"[,;]", aside.group(1)):
            if any(parse_money(m.group(0)) == wanted for m in AMOUNT_IN_LINE.finditer(part)):
                return terms(part)
    plain = _ASIDE.sub(lambda m: " " if AMOUNT_IN_LINE.search(m.group(1)) else m.group(0), text)
    return clause_terms(plain, value) if plain != text else clause_terms(text, value)
