"""A claim summarised from a notes export (timestamped entries under a header block) is the
claim card, not the export's raw lines: what happened is the entry that tells the loss, not a
diary line; the status is the file's own status line; the invoice total and the "DED" are the
card's amounts. Files written for the test, worded unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {"JW_7781-220_notes.txt": """HARBORVIEW MUTUAL - FILE NOTES EXPORT            printed 03/04/2026 09:10
=====================================================================
CLM: JW 7781-220          POL: HO5-44120 (Scheduled personal property)
INSD: Marisol Quenneville, 40 Alder Lane, Port Wren ME 04101
ITEM: platinum engagement ring, 1.6 ct, appraised 2023
DED: $500
STATUS: OPEN - awaiting police report
HANDLER: K. Tremblay (property desk)
=====================================================================

02/10/2026 10:15 KT  Loss reported by phone. The ring was stolen from a gym locker on 02/08/2026 after the lock was forced.
  Jeweler invoice J-5531, total $9,450.00 for a like-kind replacement.
02/11/2026 09:00 KT  Requested the incident report from Port Wren PD, records unit.
02/20/2026 14:30 KT  Diary 03/01 for the report.
"""}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("notes")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def test_a_notes_export_is_summarised_by_the_card(engine: Engine) -> None:
    answer = engine.ask("summarize JW 7781-220")
    assert answer.route == "summary", answer.text
    assert answer.text.startswith("JW 7781-220"), answer.text
    lines = answer.text.splitlines()
    happened = next(line for line in lines if line.startswith("What happened:"))
    assert "stolen from a gym locker" in happened and "Diary" not in happened, happened
    status = next(line for line in lines if line.startswith("STATUS") or line.startswith("Status"))
    assert "OPEN - awaiting police report" in status and "Status: STATUS" not in status, status
    amounts = next(line for line in lines if line.startswith("Amounts:"))
    assert "$9,450.00" in amounts and "deductible $500" in amounts, amounts
    assert len(answer.text) <= 1500
