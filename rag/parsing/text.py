"""Text normalisation, heading detection, and the plain-text and Markdown parsers.

Shared by every format: PDF pages and email bodies are normalised here too, and a PDF without
font hints finds its headings with the same rules as plain text.
"""

from __future__ import annotations

import logging
import re

from rag.documents import ParsedDocument, Section
from rag.errors import IngestError
from rag.parsing.columns import mark_columns

log = logging.getLogger("rag.parsing")


# -- text normalisation -------------------------------------------------------------------

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Clean extracted text without changing its words, so quotes match the source.

    Keeps line breaks (they separate labelled fields), marks the columns of tables and form
    lines laid out with spaces as `` | `` (:mod:`rag.parsing.columns`), collapses runs of spaces, removes
    control and zero-width characters, undoes ligatures, and rejoins a word hyphenated across
    a line end when both halves are lowercase letters (the only case that is unambiguous
    enough to fix).
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = mark_columns(_INVISIBLE.sub("", text).translate(_LIGATURES))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _HYPHEN_BREAK.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def decode_text(data: bytes, display: str) -> str:
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

PAGE_LINE = re.compile(r"\bpage\s+\d+(\s*(of|/)\s*\d+)?\b|^\s*[-\u2013]?\s*\d+\s*[-\u2013]?\s*$", re.I)
_LABEL_VALUE = re.compile(r":\s*\S")
_LEADER_OR_MONEY = re.compile(r"\.{3,}|\$\s?\d")
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or per the to vs via with de la van von".split()
)


def is_caps_heading(line: str) -> bool:
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


def is_label_heading(line: str) -> bool:
    """``Damage Description:`` alone on its line introduces what follows."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9 /&'()-]{1,50}:", line)) and len(line.split()) <= 6


def is_pdf_heading(line: str) -> bool:
    """Text-only guess, for PDFs whose fonts say nothing (one size, no bold)."""
    if PAGE_LINE.search(line):
        return False
    return is_caps_heading(line) or _is_title_case_heading(line)



def _flush(sections: list[Section], lines: list[str], heading: str | None) -> None:
    text = normalize_text("\n".join(lines))
    if text:
        sections.append(Section(text=text, heading=heading))


# -- plain text and Markdown --------------------------------------------------------------

_UNDERLINE = re.compile(r"[=\-]{3,}")
_ATX = re.compile(r" {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_FENCE = re.compile(r" {0,3}(```|~~~)")


def parse_plain(text: str, display: str) -> ParsedDocument:
    """Split at underlined lines, ALL-CAPS lines and ``Label:`` lines that stand alone (a table
    row or a line of form fields above a rule is not a heading: its columns are marked first)."""
    lines = mark_columns(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    blocks: list[tuple[str | None, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        before = lines[i - 1].strip() if i > 0 else ""
        if line and _UNDERLINE.fullmatch(after) and len(line) <= 80 and " | " not in line:
            blocks.append((line, line))
            i += 2
            continue
        if line and not before and " | " not in line and (is_caps_heading(line) or is_label_heading(line)):
            blocks.append((line, line))
        else:
            blocks.append((None, lines[i]))
        i += 1
    return document_from_blocks(blocks, display, "txt")


def parse_markdown(text: str, display: str) -> ParsedDocument:
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
    return document_from_blocks(blocks, display, "md")


def _strip_emphasis(text: str) -> str:
    return text.strip().strip("*_`").strip()


def document_from_blocks(
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




def corrupt(display: str, detail: str, exc: BaseException) -> IngestError:
    """Log only the exception type: parser messages can quote document bytes."""
    log.info("refused %s as corrupt (%s)", display, type(exc).__name__)
    return IngestError(display, "corrupt", detail)
