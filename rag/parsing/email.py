"""Emails (``.eml``): the headers and body as one section, then each attachment's sections.

Attachments are parsed like files of their own, with the same limits; their decoded bytes
(after base64 or quoted-printable) count against the email's unpacked budget, so an email of
many attachments cannot unpack past what one file may. A CSV attachment (a ticket list, a
schedule, a payments export: what claim systems attach) is read as a table, its rows in the
``cell | cell`` shape of a Markdown table.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import PurePath

from rag.documents import ParsedDocument, Section
from rag.errors import IngestError
from rag.parsing.detect import check_extension, extension
from rag.parsing.limits import ParseBudget, check_size
from rag.parsing.text import corrupt, decode_text, normalize_text, parse_markdown

log = logging.getLogger("rag.parsing")

MAX_EMAIL_DEPTH = 3
"""Forwarded emails inside emails are parsed this deep; deeper ones are skipped."""


_HEADER_FIELDS = ("From", "To", "Date", "Subject")


def parse_eml(data: bytes, display: str, *, budget: ParseBudget, depth: int) -> ParsedDocument:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        headers = {name: _header(message, name) for name in _HEADER_FIELDS}
    except Exception as exc:
        raise corrupt(display, "the email could not be read", exc)
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
        sections.extend(_attachment_sections(display, name, payload, budget, depth, warnings))
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
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) else payload
            subject = _header(inner, "Subject") if isinstance(inner, Message) else ""
            forwarded = part.get_filename() or f"{subject or 'forwarded message'}.eml"
            data = inner.as_bytes() if isinstance(inner, Message) else b""
            yield _safe_name(forwarded if forwarded.lower().endswith(".eml") else f"{forwarded}.eml"), data
            continue
        name = part.get_filename()
        if not name:
            continue
        if part.get("Content-Disposition", "").startswith("inline") and part.get_content_maintype() == "image":
            continue  # signature logos and pasted screenshots
        decoded = part.get_payload(decode=True)
        yield _safe_name(name), decoded if isinstance(decoded, bytes) else b""


def _leaf_parts(part: Message) -> Iterator[Message]:
    """Non-multipart parts in document order, not descending into forwarded emails."""
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for child in part.get_payload():  # type: ignore[union-attr]
            yield from _leaf_parts(child)  # type: ignore[arg-type]
    else:
        yield part


def _safe_name(name: str) -> str:
    """The base name only: attachment names can carry paths."""
    return PurePath(name.replace("\\", "/")).name.strip() or "attachment"


def _attachment_sections(
    display: str, name: str, payload: bytes, budget: ParseBudget, depth: int, warnings: list[str]
) -> list[Section]:
    """Sections of one attachment, labelled with its name; a bad attachment becomes a warning,
    but one that takes the email past its unpacked budget refuses the whole email."""
    budget.spend(display, len(payload), "attachments")
    if depth >= MAX_EMAIL_DEPTH and extension(name) == ".eml":
        warnings.append(f"skipped attachment {name}: emails nested too deeply")
        return []
    from rag.parsing import parse_data  # the dispatcher, which imports this module

    try:
        check_size(name, len(payload), budget.limits.max_bytes)
        if extension(name) == ".csv":
            try:
                table = csv_as_table(decode_text(payload, name))
            except csv.Error as exc:  # a field past the csv module's limit, a broken quote
                raise corrupt(name, "it is not a CSV table that can be read", exc) from exc
            inner = parse_markdown(table, name)
        else:
            check_extension(name, name)
            inner = parse_data(payload, name, name, budget=budget, depth=depth + 1)
    except IngestError as err:
        if budget.exhausted:
            raise IngestError(display, err.reason, f"its attachment {name} is too large: {err.detail}") from err
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


def csv_as_table(text: str) -> str:
    """CSV text as a Markdown table: its first row the header, each row ``| cell | cell |`` (a ``|``
    inside a cell written ``/``), blank rows left out."""
    rows = [[cell.strip().replace("|", "/") for cell in row] for row in csv.reader(io.StringIO(text))]
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


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
