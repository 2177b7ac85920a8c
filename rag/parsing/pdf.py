"""PDF pages (pypdf), with headings from the fonts when the PDF uses them, else from the words.

Bounded: the page count is checked before any page is read, every page's extracted text counts
against the file's unpacked budget, and pypdf itself caps each decompressed stream (75 MB).
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rag.documents import ParsedDocument, Section
from rag.errors import IngestError
from rag.parsing.columns import mark_columns, squashed
from rag.parsing.limits import ParseBudget, check_pages
from rag.parsing.text import PAGE_LINE, corrupt, is_pdf_heading, normalize_text

log = logging.getLogger("rag.parsing")


@dataclass
class _StyledLine:
    """One visual line of a PDF page with its font facts, as the text visitor reports them."""

    y: float
    size: float
    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    chars: int = 0
    runs: int = 0
    """How many separately placed pieces of text the line is made of (a table row: one a cell)."""

    @property
    def key(self) -> str:
        return _line_key("".join(self.parts))


def _line_key(text: str) -> str:
    """Lines from the visitor and from ``extract_text`` differ in spacing (and column marks) only."""
    return squashed(text)


def _may_have_columns(lines: list[_StyledLine]) -> bool:
    """Whether some lines of the page are set in pieces, as table rows and form lines are (one
    piece a cell), so the layout pass is worth its time: a line of three pieces, or three lines
    of two (a label in bold and its value are two pieces too). Prose set a line at a time is not."""
    pieced = [line.runs for line in lines if line.runs >= 2]
    return any(n >= 3 for n in pieced) or len(pieced) >= 3


def _with_columns(page: object, text: str) -> str:
    """The page's text with the rows of its tables (and its form lines) as ``cell | cell``.

    ``extract_text`` joins a row's cells with single spaces, so a table reads as a run of words;
    pypdf's layout mode keeps their positions as runs of spaces, where
    :func:`~rag.parsing.columns.mark_columns` finds the columns. Each line the layout marks
    replaces the same line (the same characters) of the plain text, which stays the page's text
    everywhere else (layout mode also spaces out headings and prose)."""
    if not text.strip():
        return text
    try:
        layout = page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the plain text is still the page's text
        return text
    marked = {squashed(line): line for line in mark_columns(layout).split("\n") if " | " in line and "|" not in
              line.replace(" | ", "")}
    if not marked:
        return text
    return "\n".join(marked.get(squashed(line), line) if "|" not in line else line for line in text.split("\n"))


def _multiply(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _extract_page(page: object) -> tuple[str, list[_StyledLine]]:
    """The page's text plus its lines with font size and boldness, in one extraction pass."""
    lines: list[_StyledLine] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        matrix = _multiply(list(tm), list(cm))
        y = matrix[5]
        height = abs(size * math.hypot(matrix[2], matrix[3])) or abs(size)
        name = str(font.get("/BaseFont", "")) if font else ""
        bold = bool(re.search(r"bold|black|heavy|semibold", name, re.I))
        if not lines or abs(lines[-1].y - y) > max(height, lines[-1].size) * 0.5:
            lines.append(_StyledLine(y=y, size=height))
        line = lines[-1]
        count = len(text.strip())
        line.parts.append(text)
        line.runs += 1
        line.size = max(line.size, height) if line.chars else height
        line.chars += count
        line.bold_chars += count if bold else 0

    text = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    return text, lines


def _body_size(styled: list[list[_StyledLine]]) -> float:
    """The size most characters are set in: the body text."""
    weights: Counter[float] = Counter()
    for lines in styled:
        for line in lines:
            weights[round(line.size, 1)] += line.chars
    return weights.most_common(1)[0][0] if weights else 0.0


def _styled_heading_keys(lines: list[_StyledLine], body: float) -> set[str]:
    """Lines set larger than the body, or wholly bold at body size or above."""
    keys: set[str] = set()
    for line in lines:
        text = " ".join("".join(line.parts).split())
        if not 3 <= len(text) <= 120 or sum(c.isalpha() for c in text) < 3 or PAGE_LINE.search(text):
            continue
        larger = line.size >= body * 1.15
        bold = line.bold_chars == line.chars and line.size >= body - 0.1
        if larger or bold:
            keys.add(line.key)
    return keys


def parse_pdf(data: bytes, display: str, budget: ParseBudget) -> ParsedDocument:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        page_count = len(reader.pages) if not encrypted else 0
    except Exception as exc:  # pypdf raises many types for damaged files
        raise corrupt(display, "the PDF could not be read; it may be damaged or incomplete", exc)
    if encrypted:
        raise IngestError(display, "encrypted", "the PDF is password-protected")
    if page_count == 0:
        raise IngestError(display, "empty", "the PDF has no pages")
    check_pages(display, page_count, budget.limits)

    page_texts: list[str] = []
    styled: list[list[_StyledLine]] = []
    unreadable: list[int] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            text, lines = _extract_page(page)
        except Exception as exc:
            log.warning("page %d of a PDF could not be read (%s)", number, type(exc).__name__)
            unreadable.append(number)
            text, lines = "", []
        budget.spend(display, len(text), "pages' text")
        page_texts.append(normalize_text(_with_columns(page, text) if _may_have_columns(lines) else text))
        styled.append(lines)
        if budget.progress is not None:
            budget.progress(number, page_count)
    if len(unreadable) == page_count:
        raise IngestError(display, "corrupt", "the PDF's pages could not be read; it may be damaged")
    if not any(page_texts):
        pages = "1 page" if page_count == 1 else f"{page_count} pages"
        raise IngestError(
            display, "no_text_layer", f"the PDF has {pages} but no text layer; it looks scanned"
        )
    return ParsedDocument(
        filename=display,
        kind="pdf",
        sections=_pdf_sections(page_texts, styled),
        pages=page_count,
        title=_pdf_title(reader, page_texts, _running_lines(page_texts)),
        warnings=_pdf_warnings(page_texts, unreadable),
    )


def _pdf_sections(page_texts: list[str], styled: list[list[_StyledLine]]) -> list[Section]:
    """One section per page, labelled with the heading in force at the top of the page.

    Headings come from the fonts when the PDF uses them (larger or bold lines), else from the
    words (ALL CAPS or short Title Case lines). Letterheads and footers repeated on most
    pages never count as headings.
    """
    repeated = _running_lines(page_texts)
    body = _body_size(styled)
    keys_by_page = [_styled_heading_keys(lines, body) for lines in styled]
    use_fonts = any(keys - {_line_key(x) for x in repeated} for keys in keys_by_page)
    sections: list[Section] = []
    previous_heading: str | None = None
    for number, (text, keys) in enumerate(zip(page_texts, keys_by_page), start=1):
        lines = _content_lines(text, repeated)
        if use_fonts:
            headings = [(i, line) for i, line in enumerate(lines) if _line_key(line) in keys]
        else:
            headings = [(i, line) for i, line in enumerate(lines) if is_pdf_heading(line)]
        heading = _page_heading(headings, previous_heading)
        if headings:
            previous_heading = headings[-1][1]
        if text:
            sections.append(Section(text=text, page=number, heading=heading))
    return sections


def _pdf_warnings(page_texts: list[str], unreadable: list[int]) -> list[str]:
    warnings: list[str] = []
    if unreadable:
        warnings.append(f"could not read {_page_list(unreadable)}")
    blank = [n for n, t in enumerate(page_texts, start=1) if not t and n not in unreadable]
    if blank:
        verb = "has" if len(blank) == 1 else "have"
        warnings.append(f"{_page_list(blank)} {verb} no text layer (scanned?)")
    return warnings


def _page_list(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(str(n) for n in numbers)


def _running_lines(page_texts: list[str]) -> set[str]:
    """Letterheads and footers: lines that recur on most pages of a multi-page PDF."""
    pages_with_text = [t for t in page_texts if t]
    if len(pages_with_text) < 2:
        return set()
    counts = Counter(line for t in pages_with_text for line in set(t.split("\n")) if line)
    need = max(2, (len(pages_with_text) + 1) // 2)
    return {line for line, n in counts.items() if n >= need}


def _content_lines(text: str, repeated: set[str]) -> list[str]:
    """The page's lines without letterhead, footer and page-number lines."""
    return [
        line for line in text.split("\n")
        if line and line not in repeated and not PAGE_LINE.search(line)
    ]


def _page_heading(headings: list[tuple[int, str]], previous: str | None) -> str | None:
    """The heading at the top of the page; else the one carried over from earlier pages; else
    the first one on the page (text above it then has no better label)."""
    if headings and headings[0][0] < 3:
        return headings[0][1]
    if previous:
        return previous
    return headings[0][1] if headings else None


def _pdf_title(reader: object, page_texts: list[str], repeated: set[str]) -> str | None:
    try:
        meta = reader.metadata  # type: ignore[attr-defined]
        title = str(meta.title).strip() if meta and meta.title else ""
    except Exception:
        title = ""
    if title and title.lower() not in ("untitled", "none"):
        return normalize_text(title)
    for text in page_texts:
        lines = _content_lines(text, repeated)
        if lines:
            return lines[0][:200]
    return None
