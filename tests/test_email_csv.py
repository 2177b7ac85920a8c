"""A CSV attached to an e-mail (a claim system's export: tickets, schedules, payments) is read as a
table: a question about one of its rows is answered from that row, on the real engine."""

from __future__ import annotations

from pathlib import Path

from docfactory import eml_bytes

from rag.config import Settings
from rag.engine import Engine
from rag.parsing import parse_bytes

SCHEDULE = b"""Item,Owner,Description,Replacement cost,Status
A-101,Marisol Quenby,"walnut armoire, 2 doors",$1840.00,water damaged - total
A-102,Marisol Quenby,area rug 8x10,$620.00,cleaned - OK
A-103,Dev Pillai,upright piano,$4100.00,warped soundboard - total
"""

MAIL = eml_bytes(subject="Claim MV-2026-30418 - contents schedule",
                 body="Attached is the contents schedule from the restorer. Claim MV-2026-30418.",
                 attachments=[("contents_schedule.csv", SCHEDULE, "text/csv")])


def test_a_csv_attachment_is_read_as_a_table() -> None:
    doc = parse_bytes(MAIL, "contents.eml")
    assert not doc.warnings
    row = next(s for s in doc.sections if "upright piano" in s.text)
    assert row.attachment == "contents_schedule.csv"
    assert "| A-103 | Dev Pillai | upright piano | $4100.00 | warped soundboard - total |" in row.text


def test_a_question_about_a_row_of_the_attached_csv_is_answered_from_it(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    (tmp_path / "contents.eml").write_bytes(MAIL)
    engine.ingest_file(tmp_path / "contents.eml")
    answer = engine.ask("replacement cost of the piano on MV-2026-30418?")
    assert "$4100.00" in answer.text.replace(",", "") and "[1]" in answer.text
    assert answer.citations[0].document == "contents.eml"
    engine.close()


def test_a_csv_that_cannot_be_read_is_skipped_and_the_email_kept() -> None:
    broken = b'Item,Note\nA-1,"' + b"x" * 200_000 + b'"\n'  # one field past the csv module's limit
    mail = eml_bytes(subject="Claim MV-2026-30418 - schedule", body="Schedule attached. Claim MV-2026-30418.",
                     attachments=[("schedule.csv", broken, "text/csv")])
    doc = parse_bytes(mail, "schedule.eml")
    assert "Schedule attached" in doc.text and not any(s.attachment == "schedule.csv" for s in doc.sections)
    assert any(w.startswith("skipped attachment schedule.csv: it is not a CSV table") for w in doc.warnings)
