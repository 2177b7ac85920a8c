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
_LABELLED = re.compile(r"^[A-Za-z#][\w .,/#&()'-]{0,40}(?<!\d):(?!\d)\s*\S")
_SENTENCE_GAP = re.compile(r"[a-z]{2,}[.!?][\"')]?(?:[ \u00a0]{2,}|\t)\s*[A-Z]")
_SLACK = 2
"""How far (in characters) a cell may start or end from its column's edge and still be in it."""
_MAX_FORM_CELL = 90
"""A form field is short; a longer run is prose with a double space after a full stop."""


def _spans(line: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of ``line`` (positions in the line as written)."""
    body_start = len(line) - len(line.lstrip())
    body = line.rstrip()
    spans: list[tuple[int, int]] = []
    start = body_start
    for gap in _GAP.finditer(body, body_start):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
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


def _table_end(lines: list[str], spans: list[list[tuple[int, int]]], i: int) -> int:
    """The index after the last line of the table starting at line ``i`` (``i`` when none does)."""
    columns = spans[i]
    if len(columns) < 2 or "|" in lines[i]:
        return i
    j = i + 1
    while j < len(lines) and "|" not in lines[j] and _fits(columns, spans[j]) is not None:
        j += 1
    rows = j - i
    if (len(columns) >= 3 and rows >= 2) or rows >= 3:
        return j
    return i


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
        end = max(_table_end(lines, spans, i), i + 1)
        if end > i + 1 and not _LABELLED.match(lines[i][spans[i][0][0]:spans[i][0][1]]):
            columns = spans[i]
            for j in range(i, end):
                placed = _fits(columns, spans[j]) if j > i else list(range(len(columns)))
                cells = [""] * len(columns)
                for (s, e), k in zip(spans[j], placed or []):
                    cells[k] = lines[j][s:e].strip()
                out[j] = " | ".join(cells)
        else:  # fields laid out in columns are form lines, each with its own fields (no empty cells)
            for j in range(i, end):
                if _is_form_line(lines[j], spans[j]):
                    out[j] = " | ".join(lines[j][s:e].strip() for s, e in spans[j])
        i = end
    return "\n".join(out)


def _is_form_line(line: str, spans: list[tuple[int, int]]) -> bool:
    """Two or more short fields, the first (or two of them) ``Label: value``; not prose with two
    spaces after a full stop."""
    cells = [line[s:e].strip() for s, e in spans]
    if len(cells) < 2 or "|" in line or any(len(c) > _MAX_FORM_CELL for c in cells) or _SENTENCE_GAP.search(line):
        return False
    return bool(_LABELLED.match(cells[0])) or sum(1 for c in cells if _LABELLED.match(c)) >= 2


def squashed(line: str) -> str:
    """A line without its whitespace and column marks: how one line extracted twice (with and
    without layout) is recognised."""
    return re.sub(r"[\s|]+", "", line)
