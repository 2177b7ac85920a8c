"""Word documents (python-docx): headings by paragraph style, tables as ``cell | cell`` rows, and
the page headers and footers (where a claim form often prints its claim number) as sections of
their own at the end.

A DOCX is a zip: its members' sizes and compression ratios are checked before python-docx
inflates any of them (see :func:`rag.parsing.limits.check_zip`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from rag.documents import ParsedDocument
from rag.errors import IngestError
from rag.parsing.limits import ParseBudget, check_zip
from rag.parsing.text import corrupt, document_from_blocks, normalize_text

_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
}


def parse_docx(data: bytes, display: str, budget: ParseBudget) -> ParsedDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except Exception as exc:
        raise corrupt(display, "the Word document could not be read; it may be damaged", exc)
    if "word/document.xml" not in names:
        for marker, what in _OTHER_OFFICE.items():
            if marker in names:
                raise IngestError(display, "unsupported_type", f"the file is named .docx but is {what}")
        raise IngestError(display, "corrupt", "the file is not a valid Word document")
    check_zip(archive, display, budget)

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        body = list(_docx_blocks(document))
        blocks = body + list(_margin_blocks(document))
        core_title = (document.core_properties.title or "").strip()
    except IngestError:
        raise
    except Exception as exc:
        raise corrupt(display, "the Word document could not be read; it may be damaged", exc)

    doc = document_from_blocks(blocks, display, "docx")
    first_heading = next((heading for heading, _ in body if heading), None)
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


_MARGINS = (("header", "Page header"), ("first_page_header", "Page header"), ("even_page_header", "Page header"),
            ("footer", "Page footer"), ("first_page_footer", "Page footer"), ("even_page_footer", "Page footer"))


def _margin_blocks(document: object) -> Iterator[tuple[str | None, str]]:
    """The page headers and footers, each distinct text once (a header linked to the previous
    section's repeats it; Word prints it on every page, the document needs it once), under a
    heading that says where it stood: the claim number a form prints only there is the
    document's claim number too."""
    from docx.table import Table

    seen: set[str] = set()
    for section in document.sections:  # type: ignore[attr-defined]
        for attribute, heading in _MARGINS:
            try:
                margin = getattr(section, attribute)
                if margin.is_linked_to_previous and attribute not in ("header", "footer"):
                    continue  # no first-page/even-page part of its own: Word shows the default one
                lines: list[str] = []
                for block in margin.iter_inner_content():
                    rows = _table_rows(block) if isinstance(block, Table) else [block.text]
                    lines.extend(r for r in rows if r.strip())
            except Exception:  # noqa: BLE001 - a damaged header must not lose the body
                continue
            text = "\n".join(lines)
            if not text.strip() or text in seen:
                continue
            seen.add(text)
            yield heading, heading
            yield from ((None, line) for line in lines)


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

