"""Columns laid out with spaces, made explicit: ``cell | cell | cell``.

A text export, a fixed-width police form or a PDF page lays a table out with runs of spaces
(``OFE-E4        Power strip and plug        03/01/2024``), and a form puts several fields on
one line (``CALL RECEIVED: 0744   DISPATCHED: 0746   CLEARED: 0931``). Once whitespace is
collapsed (:func:`rag.parsing.text.normalize_text`) the columns are gone: a row reads as one run
of words and a table as one long "sentence". Here the gaps that separate columns become
`` | ``, the same shape a DOCX table row and a Markdown table already have, so the answer units
(:mod:`rag.selection.units`) read every format's rows the same way. No word is changed.

Two layouts are recognised, both by position, never by wording:

- a **table**: consecutive lines whose cells start (or, right-aligned, end) at the same columns
  as the first line's: two or more lines of three or more columns, or three or more lines of
  two columns (a label column and a value column);
- a **form line**: one line of two or more fields, the first a ``Label: value``.

A gap is two or more spaces (or a tab) that does not follow a colon or a comma
(``Name:  Odessa Fairley``, ``56 Juniper Hollow Rd,  Wexmoor`` are one cell each).
"""

from __future__ import annotations

import re

_GAP = re.compile(r"(?<![:,\s\u00a0])(?:[ \u00a0]{2,}|\t)[ \t\u00a0]*")
_FIELD_GAP = re.compile(r"(?<![:,\s\u00a0])(?:[ \u00a0]{3,}|\t)[ \t\u00a0]*")
"""Between the fields of a form line: three spaces or more. Two are what a scan's OCR or a
letter-spaced form leaves between words ("Insured:  Verlin  Haugstad"); a table's columns, whose
alignment is checked line against line, may be two apart."""
_LABELLED = re.compile(r"^[A-Za-z#][\w .,/#&()'-]{0,40}(?<!\d):(?!\d)\s*\S")
_SENTENCE_GAP = re.compile(r"[a-z]{2,}[.!?][\"')]?(?:[ \u00a0]{2,}|\t)\s*[A-Z]")
_WORD = re.compile(r"[A-Za-z]+")
_LETTER_SPACED = re.compile(r"(?<![\w:,])[A-Za-z]+ {2}(?=[A-Za-z]+(?:\s|$))")
"""Two words two spaces apart: a letter-spaced or OCR'd line has them all along ("Verlin  Haugstad  dba")."""
_SLACK = 2
"""How far (in characters) a cell may start or end from its column's edge and still be in it."""
_MAX_FORM_CELL = 90
"""A form field is short; a longer run is prose with a double space after a full stop."""


def _spans(line: str, gap: re.Pattern[str] = _GAP) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of ``line`` (positions in the line as written)."""
    body_start = len(line) - len(line.lstrip())
    body = line.rstrip()
    spans: list[tuple[int, int]] = []
    start = body_start
    for found in gap.finditer(body, body_start):
        if found.start() > start:
            spans.append((start, found.start()))
        start = found.end()
    if start < len(body):
        spans.append((start, len(body)))
    return spans


def _fits(columns: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int] | None:
    """The column of each span when every span lines up with a distinct column, in order (the
    first with the first column), else None."""
    if len(spans) < 2 or len(spans) > len(columns):
        return None
    placed: list[int] = []
    k = 0
    for s, e in spans:
        while k < len(columns) and not (abs(columns[k][0] - s) <= _SLACK or abs(columns[k][1] - e) <= _SLACK):
            k += 1
        if k == len(columns) or (not placed and k != 0):
            return None
        placed.append(k)
        k += 1
    return placed


def _under(extents: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int] | None:
    """A header's placement: each of its cells over a distinct column, in order, overlapping the
    column's extent (a header is often centred over its column, or wider than it), else None."""
    if len(spans) < 2 or len(spans) > len(extents):
        return None
    placed: list[int] = []
    k = 0
    for s, e in spans:
        while k < len(extents) and not (s <= extents[k][1] + _SLACK and e >= extents[k][0] - _SLACK):
            k += 1
        if k == len(extents):
            return None
        placed.append(k)
        k += 1
    return placed


def _table(lines: list[str], spans: list[list[tuple[int, int]]], i: int) -> tuple[int, dict[int, list[int]]]:
    """``(end, {line index: column of each cell})`` of the table whose first data row is line
    ``i`` (a single blank line may part its rows, as shaded rows come out of a PDF), with the
    header line above it when its cells stand over the columns; ``(i, {})`` when no table starts
    there."""
    columns = spans[i]
    if len(columns) < 2 or "|" in lines[i] or _LABELLED.match(lines[i][columns[0][0]:columns[0][1]]):
        return i, {}
    words = [lines[i][s:e] for s, e in columns if _WORD.fullmatch(lines[i][s:e])]
    if len(words) * 2 > len(columns):
        return i, {}  # a header row or a letter-spaced title ("CROP  HAIL  LOSS"): the rows under it say
    rows = {i: list(range(len(columns)))}
    j = i + 1
    while j < len(lines) and "|" not in lines[j]:
        if not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].strip():
            j += 1  # one blank line between two rows
            continue
        placed = _fits(columns, spans[j])
        if placed is None or _LABELLED.match(lines[j].strip()):
            break
        rows[j] = placed
        j += 1
    if not ((len(columns) >= 3 and len(rows) >= 2) or len(rows) >= 3):
        return i, {}
    extents = [(min(spans[r][p.index(k)][0] for r, p in rows.items() if k in p),
                max(spans[r][p.index(k)][1] for r, p in rows.items() if k in p)) for k in range(len(columns))]
    above = i - 1 if i > 0 and lines[i - 1].strip() else i - 2
    if above >= 0 and "|" not in lines[above] and not _LABELLED.match(lines[above].strip()):
        placed = _under(extents, spans[above])
        if placed is not None:
            rows[above] = placed
    return j if lines[j - 1].strip() else j - 1, rows


def mark_columns(text: str) -> str:
    """``text`` with the columns of its tables and form lines separated by `` | `` (see the module
    doc); every other line as it was. Lines that already hold a ``|`` are left alone."""
    if "  " not in text and "\t" not in text and "\u00a0\u00a0" not in text:
        return text
    lines = text.split("\n")
    spans = [_spans(line) for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        end, rows = _table(lines, spans, i)
        if rows:
            width = len(spans[i])
            for j, placed in rows.items():
                cells = [""] * width
                for (s, e), k in zip(spans[j], placed):
                    cells[k] = lines[j][s:e].strip()
                out[j] = " | ".join(cells)
            i = end
            continue
        fields = _spans(lines[i], _FIELD_GAP)
        if _is_form_line(lines[i], fields):  # fields side by side: each whole, no empty cells
            out[i] = " | ".join(lines[i][s:e].strip() for s, e in fields)
        i += 1
    return "\n".join(out)


def _is_form_line(line: str, spans: list[tuple[int, int]]) -> bool:
    """Two or more short fields, the first (or two of them) ``Label: value``; not prose with two
    spaces after a full stop."""
    cells = [line[s:e].strip() for s, e in spans]
    if len(cells) < 2 or "|" in line or any(len(c) > _MAX_FORM_CELL for c in cells) or _SENTENCE_GAP.search(line):
        return False
    if len(_LETTER_SPACED.findall(line)) >= 2:
        return False
    return bool(_LABELLED.match(cells[0])) or sum(1 for c in cells if _LABELLED.match(c)) >= 2


def squashed(line: str) -> str:
    """A line without its whitespace and column marks: how one line extracted twice (with and
    without layout) is recognised."""
    return re.sub(r"[\s|]+", "", line)
