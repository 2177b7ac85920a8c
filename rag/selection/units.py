"""Candidate answer units: the pieces of the top merged passages one fact can stand in.

A claim file writes facts as sentences, list items, ``Label: value`` lines and table rows. A
table row alone (``| 2 | Rear bumper | $1,150.00 |``) does not say what its cells are, so a row
becomes ``Column: value`` pairs with the table's header (``Line: 2; Part: Rear bumper; Cost:
$1,150.00``): the same shape as a ``Label: value`` line, whatever the file format wrote it as
(Markdown pipes, a DOCX table as the parser emits it, ``cell | cell``, or a PDF row whose
columns are aligned with runs of spaces).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag.experts.text import display_line, is_record_line, units
from rag.records import Passage


@dataclass(frozen=True)
class Unit:
    """One candidate answer and where it stands."""

    text: str
    """What is scored and shown: the line, the sentence, or a table row as ``Column: value`` pairs."""
    excerpt: str
    """The exact text of the document it came from (the citation quotes this)."""
    passage: Passage
    rank: int
    """The retrieval rank of the passage it came from (0 = best)."""
    retrieval: float
    """The retrieval score of the best retrieved leaf holding it (less when only its page was)."""
    label: str = ""
    """The label of a ``Label: value`` line, or the column header(s) of a table row."""
    pairs: tuple[tuple[str, str], ...] = ()
    """A table row's ``(column, value)`` pairs; a ``Label: value`` line's one pair; a form line's
    fields (a field without a label is ``("", text)``)."""
    layout: str = ""
    """``"row"``: a table row (its first pair names the row); ``"form"``: a line of separate
    fields (``CALL RECEIVED: 0744 | CLEARED: 0931``); ``""``: a line, sentence or label line."""

    @property
    def is_record(self) -> bool:
        return bool(self.pairs)


_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ALIGNED = re.compile(r"\S(?: ?\S)*")
_LABEL_LINE = re.compile(r"^\s*(?:[-*\u2022]\s+)?([A-Za-z][^:]{0,60}?)\s*(?::|\.{3,})\s+(\S.*)$")


def _cells(line: str) -> list[str] | None:
    """A table row's cells: ``a | b | c`` (Markdown or a DOCX row), else None."""
    if line.count("|") < 1:
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


def _aligned_cells(line: str) -> list[str] | None:
    """A PDF row whose columns are aligned with runs of two or more spaces, else None."""
    if "  " not in line.strip():
        return None
    cells = [c.strip() for c in re.split(r"\s{2,}|\t", line.strip()) if c.strip()]
    return cells if len(cells) >= 3 else None  # two cells are a ``Label   value`` line, not a table


_GENERIC_HEADER = frozenset(
    "field value values detail details item information info entry data description particulars label".split())
"""Header cells that name no column of their own ("| Field | Value |"): a label/value table."""


_FIELD = re.compile(r"^([A-Za-z#][\w .,/#&()'-]{0,40}?)\s*(?<!\d):(?!\d)\s*(\S.*)$")


def _form_fields(cells: list[str]) -> tuple[tuple[str, str], ...] | None:
    """A form line's ``(label, value)`` fields (``("", text)`` for a field without a label) when
    its first cell, or two of its cells, are ``Label: value`` (see
    :func:`rag.parsing.columns.mark_columns`), else None: a table row."""
    fields = [(m.group(1).strip(), m.group(2).strip()) if m else ("", c)
              for c, m in ((c, _FIELD.match(c)) for c in cells)]
    labelled = sum(1 for label, _ in fields if label)
    if labelled >= 2 or (fields and fields[0][0] and labelled >= 1):
        return tuple((label, value) for label, value in fields if value)
    return None


Row = tuple[str, str, str, tuple[tuple[str, str], ...], str]
"""``(text, excerpt, label, pairs, layout)`` of one table row, form line or lone row (the excerpt of a row
under a header holding numbers is both lines)."""


def _table_units(lines: list[str]) -> Iterator[Row]:
    """``(text, excerpt, label, pairs)`` per data row of each table in ``lines``: a run of rows
    with the same number of cells, the first being the header.

    A two-column table is a list of labels and values (a form, a claim worksheet, a DOCX key
    table) more often than a grid: each row is ``Label: value`` (labelled with the value
    column's header too, when it names one, ``Towing`` + ``Cost``), and its first row is a row
    like the others unless a Markdown separator line marks it as the header."""
    i = 0
    intro = ""  # a "Label:" line alone ("TOWS:", "Witnesses:") names the rows under it
    caption = ""  # a title line right above a table ("7. EVIDENCE", "Treatment chronology") says what it lists
    while i < len(lines):
        split = _cells if _cells(lines[i]) else _aligned_cells
        header = split(lines[i])
        if not header:
            bare = _INTRO.match(lines[i])
            intro = bare.group(1).strip() if bare else ""
            caption = lines[i].strip(" #*:") if _CAPTION.match(lines[i]) else ""
            i += 1
            continue
        fields = _form_fields(header) if split is _cells else None
        if fields:  # fields side by side: one unit, each field a pair
            text = "; ".join(f"{label}: {value}" if label else value for label, value in fields)
            yield text, lines[i], " ".join(label for label, _ in fields if label), fields, "form"
            i += 1
            continue
        # a row holding numbers is data, not a header, unless a Markdown separator line under it says
        # it is one ("| Period | 2025 actual | Projected 2026 |": years name columns)
        numbered = len(header) != 2 and any(re.search(r"\d", h) for h in header) and not (
            split is _cells and i + 1 < len(lines) and "|" in lines[i + 1] and _PIPE_SEPARATOR.match(lines[i + 1]))
        # (a rule of dashes alone under a row is a page's rule, not a Markdown separator)
        if split is _cells and not _PIPE_SEPARATOR.match(lines[i]) and numbered:
            yield _lone_row(lines[i], header, intro)  # a row with no header: a line
            i += 1
            continue
        if numbered:
            i += 1  # a grid's header names columns, holds no values
            continue
        intro = ""
        j = i + 1
        marked = False  # a Markdown separator under the first row: that row is a header
        rows: list[tuple[str, list[str]]] = []
        while j < len(lines):
            if _PIPE_SEPARATOR.match(lines[j]):
                marked = marked or j == i + 1
                j += 1
                continue
            cells = split(lines[j])
            if not cells or len(cells) != len(header) or len(cells) < 2 or (
                    split is _cells and _form_fields(cells) and not _form_fields(header)):
                break
            rows.append((lines[j], cells))
            j += 1
        if not rows:
            if split is _cells and not _PIPE_SEPARATOR.match(lines[i]):
                yield _lone_row(lines[i], header, "")
            i += 1
            continue
        if len(header) == 2:
            named = header[1] if marked and header[1].strip().lower() not in _GENERIC_HEADER else ""
            body = rows if marked else [(lines[i], header), *rows]
            if marked:
                yield "", lines[i], "", (), ""  # the header row: no unit of its own
            for raw, (key, value) in body:
                if key and value:
                    label = f"{key} {named}".strip()
                    yield f"{key}: {value}", raw, label, ((key, value),), ""
                elif key or value:
                    yield "", raw, "", (), ""  # a half-empty row: a heading inside the table
        elif len(header) % 2 == 0 and all(h.strip().lower() in _GENERIC_HEADER for h in header):
            # "| Field | Value | Field | Value |": labels and values side by side, two or more per row
            yield "", lines[i], "", (), ""  # the header row: no unit of its own
            for raw, cells in rows:
                pairs = tuple((k, v) for k, v in zip(cells[::2], cells[1::2]) if k and v)
                if pairs:
                    yield "; ".join(f"{k}: {v}" for k, v in pairs), raw, " ".join(k for k, _ in pairs), pairs, "form"
        else:
            yield "", lines[i], "", (), ""  # the header row: no unit of its own
            # a header holding numbers ("Insured 2024") is quoted with the row: the answer writes the
            # row's "Column: value" pairs, and its citation must hold every number they state
            above = f"{lines[i].strip()}\n" if any(re.search(r"\d", h) for h in header) else ""
            for raw, cells in rows:
                pairs = tuple((h, c) for h, c in zip(header, cells) if c and h)
                text = "; ".join(f"{h}: {c}" for h, c in pairs)
                yield text, above + raw, " ".join([caption, *header]).strip(), pairs, "row"
        caption = ""
        i = j


_CAPTION = re.compile(r"^\s*#*\s*(?:\d{1,2}[.)]?\s+|[A-Z]\.\s+)?[A-Za-z][^.!?|]{1,58}:?\s*$")
"""A short line that ends no sentence: a heading or caption."""
_INTRO = re.compile(r"^\s*([A-Z][A-Za-z0-9/&'()-]*(?: [A-Za-z0-9/&'()-]+){0,4}):\s*$")
"""A label alone on its line, capitalised and short ("TOWS:", "Laid up ashore:"): not the end of a
wrapped sentence ("... approval and to the policy deductible:")."""


def _lone_row(raw: str, cells: list[str], intro: str) -> Row:
    """A row in no table (a running header, a cell pair on its own, rows under a ``TOWS:`` line):
    ``key | value`` is a label line; more cells are one line, labelled with the ``Label:`` line
    that introduces it (``TOWS: V1; KESSLER TOWING; TO 1180 MILL RD``), when one does."""
    if len(cells) == 2 and all(cells):
        return f"{cells[0]}: {cells[1]}", raw, cells[0], ((cells[0], cells[1]),), ""
    line = "; ".join(c for c in cells if c)
    if intro:
        return f"{intro}: {line}", raw, intro, ((intro, line),), ""
    return line, raw, "", (), ""


def candidate_units(
    passages: Sequence[Passage], contexts: Mapping[str, Passage] | None = None, *, max_passages: int | None = None
) -> list[Unit]:
    """The distinct units of the passages (the ``max_passages`` best, if given), each widened to
    its context chunk so a sentence cut at a leaf's edge is whole, in passage order. (Only the best
    units by the features that need no embedding are embedded: see the selector.)"""
    contexts = contexts or {}
    groups: dict[str, tuple[Passage, list[Passage]]] = {}
    for p in sorted(passages, key=lambda p: -p.score):
        ctx = contexts.get(p.node_id, p)
        if ctx.node_id not in groups and max_passages is not None and len(groups) >= max_passages:
            continue
        groups.setdefault(ctx.node_id, (ctx, []))[1].append(p)
    out: list[Unit] = []
    seen: set[tuple[str, str]] = set()
    for rank, (ctx, hits) in enumerate(groups.values()):
        hit_texts = [(" ".join(plain(h.text).split()), h.score) for h in hits]
        for key, text, excerpt, squashed, label, pairs, layout in _pieces(ctx.text):
            if (ctx.doc_id, key) in seen:
                continue
            seen.add((ctx.doc_id, key))
            retrieval = max(score * (1.0 if _inside(squashed, hit) else 0.6) for hit, score in hit_texts)
            out.append(Unit(text, excerpt, ctx, rank, retrieval, label, pairs, layout))
    return out


_Piece = tuple[str, str, str, str, str, tuple[tuple[str, str], ...], str]


@lru_cache(maxsize=512)
def _pieces(text: str) -> tuple[_Piece, ...]:
    """A context chunk's units, in order, each as ``(what makes it distinct, its text, its
    excerpt, the excerpt squashed to single spaces, label, pairs, layout)``: the table rows, then
    the other lines' units. Remembered per chunk: a claim card's fields cut the same few pages of
    one claim, each field scoring their units against its own retrieved leaves."""
    out: list[_Piece] = []
    # labels are read without Markdown emphasis ("**Claim #:** WC-417" is a Label: value line); a table's
    # excerpt keeps the file's own lines
    written: dict[str, str] = {}
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(plain(line))
            written.setdefault(lines[-1], line)
    in_table: set[str] = set()
    for unit_text, raw, label, pairs, layout in _table_units(lines):
        in_table.update(raw.splitlines())  # a row quoted under its header: both lines are the table's
        if unit_text:
            row = raw.splitlines()[-1]
            excerpt = "\n".join(written.get(line, line) for line in raw.splitlines()).strip()
            out.append((unit_text, unit_text, excerpt, " ".join(row.split()), label, pairs, layout))
    rest = "\n".join(line if line not in in_table else "" for line in map(plain, text.splitlines()))
    for unit in units(rest):
        if len(unit) < 3 or _is_title(unit) or _PIPE_SEPARATOR.match(unit):
            continue
        label, pairs = "", ()
        m = _LABEL_LINE.match(unit) if is_record_line(unit) else None
        if m and len(m.group(1).split()) <= 8:
            label, pairs = m.group(1).strip(), ((m.group(1).strip(), m.group(2).strip()),)
        out.append((unit, display_line(unit), unit, " ".join(unit.split()), label, pairs, ""))
    return tuple(out)


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def plain(text: str) -> str:
    """``text`` without Markdown's strong emphasis (``**Claim #:**`` -> ``Claim #:``): a file's
    labels and cells are read, and matched against retrieved text, as words."""
    return _EMPHASIS.sub(r"\2", text) if "**" in text or "__" in text else text


_SMALL_WORDS = frozenset("a an and the of on in at to for by with from or / & - vs".split())


def _is_title(line: str) -> bool:
    """A heading or a title line ("How the Injury Happened", "Fire Loss Report / Claim 6120"):
    every word capitalised, no label, no sentence end. It names a section; it states no fact."""
    tokens = line.strip("#*_ ").split()
    if len(tokens) < 3 or len(tokens) > 8 or ":" in line or line.rstrip().endswith((".", "?", "!")):
        return False
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _SMALL_WORDS for t in tokens)


def _inside(unit: str, text: str) -> bool:
    return unit in text or (len(unit) > 80 and (unit[:40] in text or unit[-40:] in text))
