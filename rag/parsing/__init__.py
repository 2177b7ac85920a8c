"""Turn a claim file (PDF, DOCX, TXT, Markdown, EML) into a :class:`ParsedDocument`.

Every parser keeps the text as close to verbatim as it can, because answers quote it: only
whitespace runs, control characters, ligatures and trivial line-end hyphenation are touched.
Each section carries its location (page, heading, attachment) so a citation can point at it.

Anything that cannot be read raises :class:`~rag.errors.IngestError` with a stable reason and
a short detail that names no document text (error messages and logs end up in Slack and in
log files, where claim contents must not leak).

One module per format (:mod:`.pdf`, :mod:`.docx`, :mod:`.text`, :mod:`.email`); what a file is
(:mod:`.detect`); how much it may cost (:mod:`.limits`), and the child process that enforces
time and memory (:mod:`.isolation`).
"""

from __future__ import annotations

from pathlib import Path, PurePath

from rag.documents import ParsedDocument
from rag.errors import IngestError
from rag.parsing.detect import SUPPORTED_EXTENSIONS, check_extension, kind_of
from rag.parsing.limits import ParseBudget, ParseLimits, check_size
from rag.parsing.text import decode_text, normalize_text, parse_markdown, parse_plain

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ParseBudget",
    "ParseLimits",
    "html_to_text",
    "normalize_text",
    "parse_bytes",
    "parse_file",
]


def parse_file(
    path: Path,
    *,
    display_name: str | None = None,
    max_bytes: int | None = None,
    limits: ParseLimits | None = None,
    budget: ParseBudget | None = None,
) -> ParsedDocument:
    """Parse the file at ``path``; ``display_name`` is the name users know it by.

    The type is taken from the display name's extension (uploads are often saved under a
    temporary name), falling back to the path's. The size limit is checked on the file's
    size before anything is read, so a huge upload costs nothing. This runs in the calling
    process: :func:`rag.parsing.isolation.parse_isolated` adds the time and memory bounds.
    """
    budget = budget or ParseBudget(_limits(limits, max_bytes))
    name = display_name or path.name
    if not PurePath(name).suffix and path.suffix:
        name_for_type = path.name
    else:
        name_for_type = name
    check_extension(name, name_for_type)
    check_size(name, path.stat().st_size, budget.limits.max_bytes)
    data = path.read_bytes()
    return parse_data(data, name, name_for_type, budget=budget, depth=0)


def parse_bytes(
    data: bytes, filename: str, *, max_bytes: int | None = None, limits: ParseLimits | None = None
) -> ParsedDocument:
    """Parse a file already in memory (a Slack download, an email attachment)."""
    budget = ParseBudget(_limits(limits, max_bytes))
    check_extension(filename, filename)
    check_size(filename, len(data), budget.limits.max_bytes)
    return parse_data(data, filename, filename, budget=budget, depth=0)


def _limits(limits: ParseLimits | None, max_bytes: int | None) -> ParseLimits:
    limits = limits or ParseLimits()
    if max_bytes is not None:
        from dataclasses import replace

        limits = replace(limits, max_bytes=max_bytes)
    return limits


def parse_data(data: bytes, display: str, name_for_type: str, *, budget: ParseBudget, depth: int) -> ParsedDocument:
    """Parse bytes whose type and size were checked; email attachments come back through here."""
    from rag.parsing.docx import parse_docx
    from rag.parsing.email import parse_eml
    from rag.parsing.pdf import parse_pdf

    if not data.strip():
        raise IngestError(display, "empty", "the file contains only blank space")
    kind = kind_of(data, display, name_for_type)
    if kind == "pdf":
        doc = parse_pdf(data, display, budget)
    elif kind == "docx":
        doc = parse_docx(data, display, budget)
    elif kind == "eml":
        doc = parse_eml(data, display, budget=budget, depth=depth)
    else:
        text = decode_text(data, display)
        doc = parse_markdown(text, display) if kind == "md" else parse_plain(text, display)
    doc.sections = [s for s in doc.sections if s.text.strip()]
    if not doc.sections:
        raise IngestError(display, "empty", "the file has no text")
    return doc


def html_to_text(html: str) -> str:
    """Visible text of an HTML email body, one block element per line."""
    from rag.parsing.email import html_to_text as convert

    return convert(html)
