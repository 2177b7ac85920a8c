"""Turn a claim file (PDF, DOCX, TXT, Markdown, EML) into a :class:`ParsedDocument`.

Every parser keeps the text as close to verbatim as it can, because answers quote it: only
whitespace runs, control characters, ligatures and trivial line-end hyphenation are touched.
Each section carries its location (page, heading, attachment) so a citation can point at it.

Anything that cannot be read raises :class:`~rag.errors.IngestError` with a stable reason and
a short detail that names no document text (error messages and logs end up in Slack and in
log files, where claim contents must not leak).
"""

from __future__ import annotations

import io
import logging
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path, PurePath

from rag.config import DEFAULT_MAX_FILE_BYTES
from rag.documents import ParsedDocument, Section
from rag.errors import IngestError, too_large

log = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".pdf", ".docx", ".txt", ".md", ".markdown", ".eml")

_KIND_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".eml": "eml",
}

_MAX_EMAIL_DEPTH = 3
"""Forwarded emails inside emails are parsed this deep; deeper ones are skipped."""


# -- public API ---------------------------------------------------------------------------


def parse_file(
    path: Path,
    *,
    display_name: str | None = None,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> ParsedDocument:
    """Parse the file at ``path``; ``display_name`` is the name users know it by.

    The type is taken from the display name's extension (uploads are often saved under a
    temporary name), falling back to the path's. The size limit is checked on the file's
    size before anything is read, so a huge upload costs nothing.
    """
    name = display_name or path.name
    if not PurePath(name).suffix and path.suffix:
        name_for_type = path.name
    else:
        name_for_type = name
    _check_extension(name, name_for_type)
    size = path.stat().st_size
    _check_size(name, size, max_bytes)
    data = path.read_bytes()
    return _parse(data, name, name_for_type, max_bytes=max_bytes, depth=0)


def parse_bytes(
    data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> ParsedDocument:
    """Parse a file already in memory (a Slack download, an email attachment)."""
    _check_extension(filename, filename)
    _check_size(filename, len(data), max_bytes)
    return _parse(data, filename, filename, max_bytes=max_bytes, depth=0)


# -- type, size and content checks --------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a bitmap image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)


def _sniff(data: bytes) -> str | None:
    """What the bytes are by their signature, in words, or None when unknown."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    return None


def _extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def _check_extension(display: str, name_for_type: str) -> None:
    """Refuse names we cannot parse; files without an extension are sniffed later."""
    ext = _extension(name_for_type)
    if ext and ext not in _KIND_BY_EXTENSION:
        raise IngestError(display, "unsupported_type", f"{ext} files are not supported")


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise too_large(name, size, max_bytes)
    if size == 0:
        raise IngestError(name, "empty", "the file is empty (0 bytes)")


def _kind_of(data: bytes, display: str, name_for_type: str) -> str:
    """The parser to use: by extension, confirmed (or, without extension, decided) by content."""
    ext = _extension(name_for_type)
    sniffed = _sniff(data)
    if not ext:
        if sniffed == "a PDF":
            return "pdf"
        if sniffed == "a ZIP archive" and b"word/document.xml" in data:
            return "docx"
        raise IngestError(display, "unsupported_type", "the file type could not be recognised")
    kind = _KIND_BY_EXTENSION[ext]
    if kind == "pdf":
        if b"%PDF-" in data[:1024]:
            return kind
        if sniffed:
            raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
        raise IngestError(display, "corrupt", "the file is not a valid PDF (no PDF header)")
    if kind == "docx":
        if sniffed == "a ZIP archive":
            return kind
        if sniffed == "a legacy Office file":
            if "EncryptedPackage".encode("utf-16-le") in data:
                raise IngestError(display, "encrypted", "the document is password-protected")
            raise IngestError(
                display, "unsupported_type", "it is an old-format Word file (.doc), not .docx"
            )
        if sniffed:
            raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
        raise IngestError(display, "corrupt", "the file is not a valid Word document")
    # Text kinds: refuse binaries dressed up as text.
    if sniffed and sniffed not in ("a Windows program", "a bitmap image"):
        raise IngestError(display, "unsupported_type", f"the file is named {ext} but is {sniffed}")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(display, "unsupported_type", "the file contains binary data, not text")
    return kind


def _parse(data: bytes, display: str, name_for_type: str, *, max_bytes: int, depth: int) -> ParsedDocument:
    if not data.strip():
        raise IngestError(display, "empty", "the file contains only blank space")
    kind = _kind_of(data, display, name_for_type)
    if kind == "pdf":
        doc = _parse_pdf(data, display)
    elif kind == "docx":
        doc = _parse_docx(data, display)
    elif kind == "eml":
        doc = _parse_eml(data, display, max_bytes=max_bytes, depth=depth)
    else:
        text = _decode_text(data, display)
        doc = _parse_markdown(text, display) if kind == "md" else _parse_plain(text, display)
    doc.sections = [s for s in doc.sections if s.text.strip()]
    if not doc.sections:
        raise IngestError(display, "empty", "the file has no text")
    return doc


# -- text normalisation -------------------------------------------------------------------

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Clean extracted text without changing its words, so quotes match the source.

    Keeps line breaks (they separate labelled fields), collapses runs of spaces, removes
    control and zero-width characters, undoes ligatures, and rejoins a word hyphenated across
    a line end when both halves are lowercase letters (the only case that is unambiguous
    enough to fix).
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text).translate(_LIGATURES)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _HYPHEN_BREAK.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _decode_text(data: bytes, display: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (old exports)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError(display, "corrupt", "the text is not in a readable encoding")


# -- heading detection (plain text and PDF pages) -----------------------------------------

_PAGE_LINE = re.compile(r"\bpage\s+\d+(\s*(of|/)\s*\d+)?\b|^\s*[-\u2013]?\s*\d+\s*[-\u2013]?\s*$", re.I)
_LABEL_VALUE = re.compile(r":\s*\S")
_LEADER_OR_MONEY = re.compile(r"\.{3,}|\$\s?\d")
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or per the to vs via with de la van von".split()
)


def _is_caps_heading(line: str) -> bool:
    """``DAMAGE DESCRIPTION``: upper case, short, not a labelled field or an id."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and len(line) <= 70
        and not any(c.islower() for c in letters)
        and len(letters) >= len(line.replace(" ", "")) / 2
        and not _LABEL_VALUE.search(line)
        and not _LEADER_OR_MONEY.search(line)
    )


def _is_title_case_heading(line: str) -> bool:
    """``Scope of Repairs`` / ``2. Coverage Analysis``: a short line of capitalised words."""
    if len(line) > 60 or line[-1] in ".,;" or _LABEL_VALUE.search(line) or _LEADER_OR_MONEY.search(line):
        return False
    words = line.rstrip(":").split()
    if not 1 <= len(words) <= 10:
        return False
    if re.fullmatch(r"\d+(\.\d+)*\.?", words[0]):
        words = words[1:]
    if not words or sum(c.isalpha() for c in line) < 3:
        return False
    for i, word in enumerate(words):
        if (i and word.lower() in _SMALL_WORDS) or not any(c.isalnum() for c in word):
            continue
        if not (word[0].isupper() or word[0].isdigit() or word[0] in "(&"):
            return False
    return True


def _is_label_heading(line: str) -> bool:
    """``Damage Description:`` alone on its line introduces what follows."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9 /&'()-]{1,50}:", line)) and len(line.split()) <= 6


def _is_pdf_heading(line: str) -> bool:
    """Text-only guess, for PDFs whose fonts say nothing (one size, no bold)."""
    if _PAGE_LINE.search(line):
        return False
    return _is_caps_heading(line) or _is_title_case_heading(line)


# -- PDF ----------------------------------------------------------------------------------


@dataclass
class _StyledLine:
    """One visual line of a PDF page with its font facts, as the text visitor reports them."""

    y: float
    size: float
    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    chars: int = 0

    @property
    def key(self) -> str:
        return _line_key("".join(self.parts))


def _line_key(text: str) -> str:
    """Lines from the visitor and from ``extract_text`` differ in spacing only."""
    return re.sub(r"\s+", "", text)


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
        if not 3 <= len(text) <= 120 or sum(c.isalpha() for c in text) < 3 or _PAGE_LINE.search(text):
            continue
        larger = line.size >= body * 1.15
        bold = line.bold_chars == line.chars and line.size >= body - 0.1
        if larger or bold:
            keys.add(line.key)
    return keys


def _parse_pdf(data: bytes, display: str) -> ParsedDocument:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        page_count = len(reader.pages) if not encrypted else 0
    except Exception as exc:  # pypdf raises many types for damaged files
        raise _corrupt(display, "the PDF could not be read; it may be damaged or incomplete", exc)
    if encrypted:
        raise IngestError(display, "encrypted", "the PDF is password-protected")
    if page_count == 0:
        raise IngestError(display, "empty", "the PDF has no pages")

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
        page_texts.append(normalize_text(text))
        styled.append(lines)
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
            headings = [(i, line) for i, line in enumerate(lines) if _is_pdf_heading(line)]
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
        if line and line not in repeated and not _PAGE_LINE.search(line)
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


def _corrupt(display: str, detail: str, exc: BaseException) -> IngestError:
    """Log only the exception type: parser messages can quote document bytes."""
    log.info("refused %s as corrupt (%s)", display, type(exc).__name__)
    return IngestError(display, "corrupt", detail)


# -- DOCX ---------------------------------------------------------------------------------

_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
}


def _parse_docx(data: bytes, display: str) -> ParsedDocument:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception as exc:
        raise _corrupt(display, "the Word document could not be read; it may be damaged", exc)
    if "word/document.xml" not in names:
        for marker, what in _OTHER_OFFICE.items():
            if marker in names:
                raise IngestError(display, "unsupported_type", f"the file is named .docx but is {what}")
        raise IngestError(display, "corrupt", "the file is not a valid Word document")

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document))
        core_title = (document.core_properties.title or "").strip()
    except IngestError:
        raise
    except Exception as exc:
        raise _corrupt(display, "the Word document could not be read; it may be damaged", exc)

    doc = _document_from_blocks(blocks, display, "docx")
    first_heading = next((heading for heading, _ in blocks if heading), None)
    doc.title = normalize_text(core_title) if core_title else first_heading
    return doc


def _docx_blocks(document: object) -> Iterator[tuple[str | None, str]]:
    """(heading or None, text) for every paragraph and table row, in document order."""
    from docx.table import Table

    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            yield from ((None, row) for row in _table_rows(block))
        elif _is_docx_heading(block) and block.text.strip():
            yield " ".join(block.text.split()), block.text
        else:
            yield None, block.text


def _is_docx_heading(paragraph: object) -> bool:
    try:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""  # type: ignore[attr-defined]
    except Exception:
        return False
    return style == "Title" or style.startswith("Heading")


def _table_rows(table: object) -> Iterator[str]:
    """Rows as ``cell | cell``; merged cells (returned once per grid column) appear once."""
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            yield " | ".join(cells)


def _flush(sections: list[Section], lines: list[str], heading: str | None) -> None:
    text = normalize_text("\n".join(lines))
    if text:
        sections.append(Section(text=text, heading=heading))


# -- plain text and Markdown --------------------------------------------------------------

_UNDERLINE = re.compile(r"[=\-]{3,}")
_ATX = re.compile(r" {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def _parse_plain(text: str, display: str) -> ParsedDocument:
    """Split at underlined lines, ALL-CAPS lines and ``Label:`` lines that stand alone."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[tuple[str | None, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        before = lines[i - 1].strip() if i > 0 else ""
        if line and _UNDERLINE.fullmatch(after) and len(line) <= 80:
            blocks.append((line, line))
            i += 2
            continue
        if line and not before and (_is_caps_heading(line) or _is_label_heading(line)):
            blocks.append((line, line))
        else:
            blocks.append((None, lines[i]))
        i += 1
    return _document_from_blocks(blocks, display, "txt")


def _parse_markdown(text: str, display: str) -> ParsedDocument:
    """Split at ``#`` headings (and ``===`` underlines), never inside fenced code."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[tuple[str | None, str]] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        atx = None if in_fence else _ATX.fullmatch(line)
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if atx and atx.group(2).strip():
            title = _strip_emphasis(atx.group(2))
            blocks.append((title, title))
        elif not in_fence and line.strip() and re.fullmatch(r"=+|-+", after) and len(after) >= 3 \
                and not line.lstrip().startswith(("-", "*", "|")):
            title = _strip_emphasis(line)
            blocks.append((title, title))
            i += 1
        else:
            blocks.append((None, line))
        i += 1
    return _document_from_blocks(blocks, display, "md")


def _strip_emphasis(text: str) -> str:
    return text.strip().strip("*_`").strip()


def _document_from_blocks(
    blocks: list[tuple[str | None, str]], display: str, kind: str
) -> ParsedDocument:
    """Group (heading-or-None, line) pairs into sections; a heading line starts its section."""
    sections: list[Section] = []
    heading: str | None = None
    lines: list[str] = []
    first_heading_at: int | None = None
    for index, (new_heading, line) in enumerate(blocks):
        if new_heading is not None:
            _flush(sections, lines, heading)
            heading = normalize_text(new_heading)
            lines = [new_heading]
            if first_heading_at is None:
                first_heading_at = index
        else:
            lines.append(line)
    _flush(sections, lines, heading)
    title = None
    if first_heading_at is not None:
        preceding = [line for _, line in blocks[:first_heading_at] if line.strip()]
        if len(preceding) <= 2:  # a heading at the top is the document's title
            title = normalize_text(blocks[first_heading_at][0] or "")
    return ParsedDocument(filename=display, kind=kind, sections=sections, title=title)


# -- email --------------------------------------------------------------------------------

_HEADER_FIELDS = ("From", "To", "Date", "Subject")


def _parse_eml(data: bytes, display: str, *, max_bytes: int, depth: int) -> ParsedDocument:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        headers = {name: _header(message, name) for name in _HEADER_FIELDS}
    except Exception as exc:
        raise _corrupt(display, "the email could not be read", exc)
    if not any(headers.values()):
        raise IngestError(display, "corrupt", "the file does not look like an email (no headers)")
    assert isinstance(message, EmailMessage)
    subject = normalize_text(headers["Subject"]) or None

    body_part = _body_part(message)
    body = _part_text(body_part) if body_part is not None else ""
    header_lines = [f"{name}: {value}" for name, value in headers.items() if value]
    sections = [
        Section(text=normalize_text("\n".join(header_lines) + "\n\n" + body), heading=subject)
    ]
    warnings: list[str] = []
    for name, payload in _attachments(message, body_part):
        sections.extend(_attachment_sections(name, payload, max_bytes, depth, warnings))
    return ParsedDocument(
        filename=display, kind="eml", sections=sections, title=subject, warnings=warnings
    )


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return " ".join(str(value).split()) if value is not None else ""


def _body_part(message: EmailMessage) -> EmailMessage | None:
    try:
        return message.get_body(preferencelist=("plain", "html"))  # type: ignore[return-value]
    except Exception:
        return None


def _part_text(part: Message) -> str:
    """The part as text; HTML is converted with the standard library's parser."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except Exception:  # unknown charset, broken transfer encoding
        raw = part.get_payload(decode=True) or b""
        content = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
    if not isinstance(content, str):
        content = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else ""
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return content


def _attachments(message: EmailMessage, body_part: Message | None) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of every named part other than the body, in order; a forwarded
    email (``message/rfc822``) comes whole, as an ``.eml``, not as its loose parts."""
    for part in _leaf_parts(message):
        if part is body_part:
            continue
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            subject = _header(inner, "Subject") if isinstance(inner, Message) else ""
            name = part.get_filename() or f"{subject or 'forwarded message'}.eml"
            data = inner.as_bytes() if isinstance(inner, Message) else b""
            yield _safe_name(name if name.lower().endswith(".eml") else f"{name}.eml"), data
            continue
        name = part.get_filename()
        if not name:
            continue
        if part.get("Content-Disposition", "").startswith("inline") and part.get_content_maintype() == "image":
            continue  # signature logos and pasted screenshots
        yield _safe_name(name), part.get_payload(decode=True) or b""


def _leaf_parts(part: Message) -> Iterator[Message]:
    """Non-multipart parts in document order, not descending into forwarded emails."""
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for child in part.get_payload():  # type: ignore[union-attr]
            yield from _leaf_parts(child)
    else:
        yield part


def _safe_name(name: str) -> str:
    """The base name only: attachment names can carry paths."""
    return PurePath(name.replace("\\", "/")).name.strip() or "attachment"


def _attachment_sections(
    name: str, payload: bytes, max_bytes: int, depth: int, warnings: list[str]
) -> list[Section]:
    """Sections of one attachment, labelled with its name; a bad attachment becomes a warning."""
    if depth >= _MAX_EMAIL_DEPTH and _extension(name) == ".eml":
        warnings.append(f"skipped attachment {name}: emails nested too deeply")
        return []
    try:
        _check_extension(name, name)
        _check_size(name, len(payload), max_bytes)
        inner = _parse(payload, name, name, max_bytes=max_bytes, depth=depth + 1)
    except IngestError as err:
        # Unsupported types (photos, spreadsheets) are expected; still say they were not read.
        warnings.append(f"skipped attachment {name}: {err.detail}")
        return []
    warnings.extend(f"{name}: {w}" for w in inner.warnings)
    return [
        Section(
            text=s.text,
            page=s.page,
            heading=s.heading,
            attachment=f"{name} / {s.attachment}" if s.attachment else name,
        )
        for s in inner.sections
    ]


class _HTMLText(HTMLParser):
    """Collects visible text, turning block elements into line breaks and cells into ``|``."""

    _BLOCKS = frozenset(
        "p div br tr li h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr section article header footer".split()
    )
    _HIDDEN = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "tr":
            self._cells_in_row = 0
            self.parts.append("\n")
        elif tag in ("td", "th"):
            if self._cells_in_row:
                self.parts.append(" | ")
            self._cells_in_row += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """Visible text of an HTML email body, one block element per line."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    return normalize_text("".join(parser.parts))
