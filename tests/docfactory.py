"""Builds real claim files in memory for the parsing and metadata tests.

Every builder returns bytes made with the same libraries users' tools produce files with
(fpdf2 for PDFs, python-docx for Word, the stdlib for email), so the tests exercise the real
parsers rather than hand-written fixtures.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from docx import Document
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def engine_with_files(root: Path, files: Iterable[tuple[str, str | bytes]]) -> Any:
    """A fresh engine (its home in ``root/home``) that has ingested ``files`` (name, content),
    written into ``root``: the usual module fixture of a behaviour test."""
    from rag.config import Settings
    from rag.engine import Engine

    engine = Engine.open(Settings(home=root / "home"))
    for name, data in files:
        engine.ingest_file(put_file(root, name, data))
    return engine


def ask_checked(engine: Any, question: str) -> Any:
    """``engine.ask`` as a user sees it, with what every offline answer must hold: at most 400
    characters, and no number that its citations do not hold."""
    from rag.selection import states_only_cited_numbers

    answer = engine.ask(question)
    assert len(answer.text) <= 400, answer.text
    if answer.found:
        assert states_only_cited_numbers(answer.text, [c.excerpt for c in answer.citations]), answer.text
    return answer


def put_file(tmp_path: Path, name: str, data: str | bytes) -> Path:
    """``data`` written as ``tmp_path/files/name``: a file a user would ingest."""
    path = tmp_path / "files" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    return path


def towing_claim(number: int, insured: str, vendor: str, amount: str) -> str:
    """A one-claim towing invoice (claim CLM-``number``): what the store tests ingest by the dozen."""
    return f"""Claim Number: CLM-{number}
Policy Number: PAP-{number}00
Insured: {insured}
Date of Loss: 2026-02-{number % 28 + 1:02d}

TOWING INVOICE
The insured vehicle was towed by {vendor} to the body shop.
Towing: {amount}
"""


def pdf_bytes(pages: Sequence[Sequence[str]], *, title: str | None = None) -> bytes:
    """A PDF with one page per entry, each line written as its own text line.

    Lines starting with ``# `` are set large and bold, like a heading.
    """
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(auto=False)
    if title:
        pdf.set_title(title)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            if line.startswith("# "):
                pdf.set_font("Helvetica", "B", 14)
                pdf.cell(0, 8, line[2:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf_bytes(user_password: str = "") -> bytes:
    """A PDF encrypted with pypdf; an empty user password still counts as protected."""
    reader = PdfReader(io.BytesIO(pdf_bytes([["Claim Number: CLM-7001"]])))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF that only draws shapes, like a scan: pages but no text layer."""
    pdf = FPDF(format="Letter")
    for _ in range(pages):
        pdf.add_page()
        pdf.set_fill_color(40, 40, 40)
        pdf.rect(20, 20, 170, 40, style="F")
        pdf.ellipse(60, 100, 80, 50, style="D")
        pdf.line(20, 200, 190, 250)
    return bytes(pdf.output())


def docx_bytes(
    blocks: Sequence[tuple[str, object]], *, title: str | None = None
) -> bytes:
    """A Word document from (kind, value) blocks.

    Kinds: ``h1``/``h2`` (Heading 1/2), ``p`` (paragraph), ``table`` (list of rows).
    """
    doc = Document()
    if title:
        doc.core_properties.title = title
    for kind, value in blocks:
        if kind in ("h1", "h2"):
            doc.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(str(value))
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            raise ValueError(kind)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def eml_bytes(
    *,
    subject: str,
    body: str,
    html: str | None = None,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    sender: str = "Dana Whitfield <dana.whitfield@harborline.example>",
    to: str = "claims@harborline.example",
    date: str = "Tue, 10 Mar 2026 09:15:00 -0500",
) -> bytes:
    """An email with a text body (or an HTML one when ``body`` is empty) and attachments.

    attachments: (file name, bytes, MIME type).
    """
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = date
    msg["Subject"] = subject
    if body:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    for name, payload, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
"""A real 1x1 PNG."""


def _docx_with_body(body_xml: bytes) -> bytes:
    """A real python-docx document whose ``word/document.xml`` body is ``body_xml`` (raw
    ``<w:p>`` elements): how hostile files are made, written by zipfile like any zip tool."""
    template = zipfile.ZipFile(io.BytesIO(docx_bytes([("p", "placeholder")])))
    document = template.read("word/document.xml")
    start = document.index(b"<w:body>") + len(b"<w:body>")
    end = document.index(b"<w:sectPr")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as new:
        for item in template.infolist():
            data = template.read(item.filename)
            if item.filename == "word/document.xml":
                data = document[:start] + body_xml + document[end:]
            new.writestr(item.filename, data)
    return out.getvalue()


def docx_bomb_bytes(unpacked_mb: int) -> bytes:
    """A DOCX whose text unpacks to ``unpacked_mb`` MB of XML from a few KB (ratio ~1000:1)."""
    run = b"<w:p><w:r><w:t>" + b"A" * (1024 * 1024) + b"</w:t></w:r></w:p>"
    return _docx_with_body(run * unpacked_mb)


def slow_docx_bytes(paragraphs: int) -> bytes:
    """A small DOCX (~10 bytes a paragraph compressed) of many styled paragraphs: python-docx
    takes seconds per few thousand, so a few tens of thousands keep a parser busy for minutes."""
    para = (b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Section %d of claim CLM-1042'
            b"</w:t></w:r></w:p>")
    return _docx_with_body(b"".join(para % i for i in range(paragraphs)))


# A towing invoice as a claims system exports it: the text two engine tests ingest and re-version.
TOWING_INVOICE_TEXT = """Claim Number: CLM-1042
Policy Number: PAP-884120
Insured: Daniel Okafor
Date of Loss: March 3, 2026
Adjuster: Priya Raman

TOWING INVOICE
The insured vehicle was towed from Highway 9 to Westside Collision on March 3, 2026.
Towing: $385.00
Storage (2 days): $90.00
Invoice Total: $475.00
"""

# A homeowners water loss notice: the second claim of those two tests.
WATER_LOSS_TEXT = """Claim Number: CLM-2077
Policy Number: HO3-551902
Insured: Helen Park
Date of Loss: 2026-01-14
Adjuster: Marcus Lee

LOSS DESCRIPTION
A supply line under the kitchen sink burst and water soaked the hardwood floor.
Deductible: $1,000.00
"""
