"""Parsing claim files: what a user sees is the page of a fact, the section it sits under,
and, when a file is refused, a message that names the file and says why."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from docfactory import (
    PNG_BYTES,
    docx_bytes,
    eml_bytes,
    encrypted_pdf_bytes,
    pdf_bytes,
    scanned_pdf_bytes,
)

from rag.documents import ParsedDocument, Section
from rag.errors import IngestError
from rag.parsing import SUPPORTED_EXTENSIONS, normalize_text, parse_bytes, parse_file

DATA = Path(__file__).resolve().parents[1] / "data"


def section_with(doc: ParsedDocument, needle: str) -> Section:
    hits = [s for s in doc.sections if needle in s.text]
    assert hits, f"{needle!r} not found in {doc.filename}"
    return hits[0]


def refused(data: bytes, filename: str, **kwargs: int) -> IngestError:
    with pytest.raises(IngestError) as info:
        parse_bytes(data, filename, **kwargs)
    return info.value


# -- PDF ----------------------------------------------------------------------------------

FNOL_PAGES = [
    ["# First Notice of Loss", "Claim Number: CLM-1042", "Insured: Daniel Okafor"],
    ["# Vehicle Damage", "Towing: $385.00", "Front bumper and right headlamp."],
    ["Rental: $1,200.00", "The rental ended April 8, 2026."],
]


def test_pdf_gives_one_section_per_page_with_the_page_number_of_each_fact() -> None:
    doc = parse_bytes(pdf_bytes(FNOL_PAGES, title="FNOL CLM-1042"), "fnol.pdf")

    assert doc.kind == "pdf" and doc.pages == 3
    assert [s.page for s in doc.sections] == [1, 2, 3]
    assert section_with(doc, "Towing: $385.00").page == 2
    assert section_with(doc, "CLM-1042").page == 1
    assert doc.title == "FNOL CLM-1042"


def test_pdf_page_heading_is_its_top_heading_or_the_one_carried_over() -> None:
    doc = parse_bytes(pdf_bytes(FNOL_PAGES), "fnol.pdf")

    assert [s.heading for s in doc.sections] == [
        "First Notice of Loss",
        "Vehicle Damage",
        "Vehicle Damage",  # page 3 has no heading of its own
    ]
    assert doc.title == "First Notice of Loss"  # no metadata title: the first line


def test_parse_file_uses_the_display_name_for_messages_and_type(tmp_path: Path) -> None:
    upload = tmp_path / "F0123ABC"  # Slack downloads land under an opaque name
    upload.write_bytes(pdf_bytes(FNOL_PAGES))

    doc = parse_file(upload, display_name="fnol.pdf")

    assert doc.filename == "fnol.pdf" and doc.kind == "pdf"


def test_password_protected_pdf_is_refused_even_with_an_empty_user_password() -> None:
    for password in ("", "s3cret"):
        err = refused(encrypted_pdf_bytes(password), "locked.pdf")
        assert err.reason == "encrypted"
        assert "locked.pdf" in str(err) and "password-protected" in str(err)


def test_pdf_without_text_layer_is_refused_as_a_scan() -> None:
    err = refused(scanned_pdf_bytes(pages=2), "scan.pdf")

    assert err.reason == "no_text_layer"
    assert "scan.pdf" in str(err) and "2 pages" in str(err) and "scanned" in str(err)


def test_truncated_pdf_is_corrupt_and_the_message_quotes_no_content() -> None:
    data = pdf_bytes([["Claim Number: CLM-1042", "Secret settlement note"]])

    err = refused(data[: len(data) // 2], "half.pdf")

    assert err.reason == "corrupt"
    assert "half.pdf" in str(err)
    assert "Secret" not in str(err) and "CLM-1042" not in str(err)


def test_file_named_pdf_is_checked_by_content() -> None:
    assert refused(b"Claim notes, not a PDF at all", "notes.pdf").reason == "corrupt"
    err = refused(PNG_BYTES, "photo.pdf")
    assert err.reason == "unsupported_type" and "PNG image" in str(err)


def test_twenty_page_pdf_keeps_every_page_and_its_heading() -> None:
    """(Parsing speed is measured in bench/ingest_speed.py, not asserted here.)"""
    pages = [[f"# Section {n}"] + [f"Line {i} of page {n}, Claim CLM-1042." for i in range(40)]
             for n in range(1, 21)]
    doc = parse_bytes(pdf_bytes(pages), "long.pdf")
    assert doc.pages == 20 and [s.page for s in doc.sections] == list(range(1, 21))
    assert doc.sections[19].heading == "Section 20" and "Line 39 of page 20" in doc.sections[19].text


# -- DOCX ---------------------------------------------------------------------------------


def claim_docx() -> bytes:
    return docx_bytes(
        [
            ("h1", "First Notice of Loss"),
            ("p", "Claim Number: CLM-2077"),
            ("h2", "Damage"),
            ("p", "Water through the kitchen ceiling."),
            ("table", [["Item", "Amount"], ["Drywall", "$765.00"], ["Paint", "$198.00"]]),
            ("p", "Deductible: $1,000.00"),
            ("h2", "Contacts"),
            ("p", "Adjuster: Marcus Bell"),
        ],
        title="FNOL CLM-2077",
    )


def test_docx_sections_split_at_headings_and_tables_read_in_order() -> None:
    doc = parse_bytes(claim_docx(), "fnol.docx")

    assert doc.kind == "docx" and doc.title == "FNOL CLM-2077"
    assert [s.heading for s in doc.sections] == ["First Notice of Loss", "Damage", "Contacts"]
    damage = section_with(doc, "Drywall")
    assert damage.text.split("\n") == [
        "Damage",
        "Water through the kitchen ceiling.",
        "Item | Amount",
        "Drywall | $765.00",
        "Paint | $198.00",
        "Deductible: $1,000.00",
    ]


def test_broken_docx_is_corrupt_and_legacy_doc_is_unsupported() -> None:
    data = claim_docx()
    assert refused(data[:200], "fnol.docx").reason == "corrupt"
    assert refused(b"plain words", "fnol.docx").reason == "corrupt"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    err = refused(ole, "old.docx")
    assert err.reason == "unsupported_type" and ".doc" in str(err)


# -- text and Markdown --------------------------------------------------------------------


def test_txt_splits_at_underlined_and_all_caps_headings() -> None:
    text = (
        "CLAIM FILE NOTES - CLM-1042\n===========================\n\n"
        "Claim #: CLM-1042\n\n"
        "TIMELINE\n--------\n\n"
        "March 3, 2026 - Loss.\n\n"
        "PAYMENTS\n\n"
        "Total Paid: $6,887.96\n"
    )
    doc = parse_bytes(text.encode(), "notes.txt")

    assert [s.heading for s in doc.sections] == [
        "CLAIM FILE NOTES - CLM-1042", "TIMELINE", "PAYMENTS",
    ]
    assert section_with(doc, "Total Paid").text == "PAYMENTS\n\nTotal Paid: $6,887.96"
    assert doc.title == "CLAIM FILE NOTES - CLM-1042"


def test_markdown_splits_at_hash_headings_but_not_inside_code() -> None:
    text = "# Claim CLM-2077\n\nIntro.\n\n## **Payments**\n\n```\n# not a heading\n```\n\n- Paid: $8,155.00\n"
    doc = parse_bytes(text.encode(), "notes.md")

    assert [s.heading for s in doc.sections] == ["Claim CLM-2077", "Payments"]
    assert "# not a heading" in doc.sections[1].text
    assert doc.sections[1].text.startswith("Payments\n")


def test_text_is_kept_verbatim_apart_from_whitespace_and_control_characters() -> None:
    raw = "Deductible:\t  $500.00\x00\r\nThe adjust-\nment was made.\x07\r\n\r\n\r\n\r\nEnd \n"

    assert normalize_text(raw) == "Deductible: $500.00\nThe adjustment was made.\n\nEnd"
    assert normalize_text("self-\nInsured") == "self-\nInsured"  # only trivial joins


def test_text_in_windows_1252_is_read() -> None:
    doc = parse_bytes("Insured: Zoë Müller – owner\n".encode("cp1252"), "legacy.txt")
    assert doc.sections[0].text == "Insured: Zoë Müller – owner"


# -- email --------------------------------------------------------------------------------


def claim_email() -> bytes:
    return eml_bytes(
        subject="Claim CLM-1042 - towing invoice",
        body="Hello Priya,\n\nAttached is invoice BTR-20931.\n\nThanks,\nRenee",
        attachments=[
            ("towing-invoice.pdf", pdf_bytes(FNOL_PAGES[:2]), "application/pdf"),
            ("notes.docx", claim_docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "application/pdf"),
            ("photo.png", PNG_BYTES, "image/png"),
        ],
    )


def test_email_body_carries_its_headers_and_subject() -> None:
    doc = parse_bytes(claim_email(), "towing.eml")

    body = doc.sections[0]
    assert doc.kind == "eml" and doc.title == "Claim CLM-1042 - towing invoice"
    assert body.heading == "Claim CLM-1042 - towing invoice" and body.attachment is None
    assert body.text.split("\n")[:4] == [
        "From: Dana Whitfield <dana.whitfield@harborline.example>",
        "To: claims@harborline.example",
        "Date: Tue, 10 Mar 2026 09:15:00 -0500",
        "Subject: Claim CLM-1042 - towing invoice",
    ]
    assert "Attached is invoice BTR-20931." in body.text


def test_email_attachments_are_parsed_with_their_name_and_pages() -> None:
    doc = parse_bytes(claim_email(), "towing.eml")

    towing = section_with(doc, "Towing: $385.00")
    assert towing.attachment == "towing-invoice.pdf" and towing.page == 2
    assert section_with(doc, "Drywall | $765.00").attachment == "notes.docx"


def test_corrupt_attachment_is_skipped_with_a_warning_and_the_email_kept() -> None:
    doc = parse_bytes(claim_email(), "towing.eml")

    assert not any(s.attachment == "broken.pdf" for s in doc.sections)
    assert any(w.startswith("skipped attachment broken.pdf") for w in doc.warnings)
    assert not any(s.attachment == "photo.png" for s in doc.sections)


def test_forwarded_email_is_parsed_whole_with_its_own_attachments() -> None:
    original = EmailMessage()
    original["From"] = "renee@buckeyetowing.example"
    original["Subject"] = "Towing invoice"
    original.set_content("Invoice attached for Claim CLM-1042.")
    original.add_attachment(pdf_bytes([["Towing: $385.00"]]), maintype="application",
                            subtype="pdf", filename="tow.pdf")
    forward = EmailMessage()
    forward["From"] = "priya.raman@harborline.example"
    forward["Subject"] = "Fwd: Towing invoice"
    forward.set_content("See below.")
    forward.add_attachment(original)

    doc = parse_bytes(forward.as_bytes(), "fwd.eml")

    assert section_with(doc, "Invoice attached for Claim CLM-1042.").attachment == "Towing invoice.eml"
    towing = section_with(doc, "Towing: $385.00")
    assert towing.attachment == "Towing invoice.eml / tow.pdf" and towing.page == 1


def test_html_only_email_is_read_as_text() -> None:
    html = "<html><head><style>p{}</style></head><body><p>Claim <b>CLM-2077</b></p>" \
           "<table><tr><td>Paid</td><td>$8,155.00</td></tr></table></body></html>"
    doc = parse_bytes(eml_bytes(subject="Payment", body="", html=html), "pay.eml")

    assert doc.sections[0].text.endswith("Claim CLM-2077\n\nPaid | $8,155.00")
    assert "p{}" not in doc.text


# -- refusals -----------------------------------------------------------------------------


def test_empty_and_blank_files_are_refused_as_empty(tmp_path: Path) -> None:
    for name, data in [("empty.txt", b""), ("blank.md", b"  \n\t\n"), ("empty.pdf", b"")]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError) as info:
            parse_file(path)
        assert info.value.reason == "empty" and name in str(info.value)


def test_unsupported_types_are_refused_by_extension() -> None:
    err = refused(PNG_BYTES, "scan.png")
    assert err.reason == "unsupported_type"
    assert "scan.png" in str(err) and ".png files are not supported" in str(err)
    assert refused(b"MZ\x90\x00", "setup.exe").reason == "unsupported_type"
    assert refused(PNG_BYTES, "notes.txt").reason == "unsupported_type"


def test_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Claim CLM-1042\n" * 400)  # 6,000 bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))

    with pytest.raises(IngestError) as info:
        parse_file(path, max_bytes=2048)

    assert info.value.reason == "too_large"
    assert str(info.value).startswith("Could not ingest big.txt: the file is 5.9 KB; the limit is 2 KB.")


def test_megabyte_sizes_read_naturally() -> None:
    err = refused(b"x" * (3 * 1024 * 1024 + 300_000), "big.txt", max_bytes=2 * 1024 * 1024)
    assert err.detail == "the file is 3.3 MB; the limit is 2 MB"


def test_supported_extensions() -> None:
    assert set(SUPPORTED_EXTENSIONS) == {".pdf", ".docx", ".txt", ".md", ".markdown", ".eml"}


# -- the sample data ----------------------------------------------------------------------


def sample_files() -> list[Path]:
    return sorted(
        p for p in (DATA / "claims").rglob("*") if p.suffix in SUPPORTED_EXTENSIONS
    ) + sorted((DATA / "workspace").rglob("*.md"))


@pytest.mark.skipif(not (DATA / "claims").is_dir(), reason="sample data not generated")
def test_every_sample_file_parses_with_located_sections() -> None:
    files = sample_files()
    assert len(files) >= 20
    for path in files:
        doc = parse_file(path)
        assert doc.sections and doc.text.strip(), path
        assert not doc.warnings, (path, doc.warnings)
        if doc.kind == "pdf":
            assert all(s.page for s in doc.sections), path
            assert doc.sections[0].heading, path
        if doc.kind in ("docx", "md", "eml"):
            assert doc.sections[0].heading, path
