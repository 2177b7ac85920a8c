"""A claim diary closes a file in its last note, without naming the claim or the file and often
without a year ("11/30  nothing outstanding. CLOSED."): that claim is closed, and a lookup for open
files with a reserve leaves it out. A loss run's row whose status column says closed closes no
other claim. Asked as a user would, on files written here."""

from __future__ import annotations

import pytest

from rag.engine import Engine
from tests.docfactory import engine_with_files

ORCHARD = """HOLLOWAY MUTUAL -- FROST / CROP SHED WORKSHEET
clm   FR 27 610442          pol  AGR-5512093         desk adj  V. Okoro-Lind
insd  Brennan Hill Cideries
DOL   10/11/2026       rptd  10/12/2026

ADJ NOTES
  10/12  ack'd, asked for the cold-store temperature logs.
  10/20  logs rec'd; compressor tripped overnight, 212 bins of apples lost.  rsv $14,200.
  11/18  pd $13,450.00 (claimed less $750 ded).
  11/30  nothing outstanding. CLOSED.
"""

DAIRY = """HOLLOWAY MUTUAL -- SPOILAGE WORKSHEET
clm   SP 27 610477          pol  BOP-5518830         desk adj  V. Okoro-Lind
insd  Tallis Creamery Co-op
DOL   11/02/2026       rptd  11/03/2026

ADJ NOTES
  11/03  ack'd, asked for invoices for the discarded milk.
  11/09  invoices rec'd.  rsv $6,300.
  11/16  waiting on the utility's outage letter.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_files(tmp_path_factory.mktemp("diary"), [
        ("brennan_hill_frost_worksheet.txt", ORCHARD),
        ("tallis_spoilage_worksheet.txt", DAIRY),
    ])


def _listed(text: str) -> set[str]:
    head = text.splitlines()[0]
    return {c for c in ("FR 27 610442", "SP 27 610477") if c in head}


def test_a_diary_that_ends_closed_closes_the_claim(engine: Engine) -> None:
    answer = engine.ask("which of our files are closed now?")
    assert answer.route == "lookup"
    assert _listed(answer.text) == {"FR 27 610442"}, answer.text
    assert "nothing outstanding. CLOSED" in answer.text, answer.text


def test_a_closed_file_is_no_open_file_with_a_reserve(engine: Engine) -> None:
    answer = engine.ask("open claims with a reserve under $20k")
    assert answer.route == "lookup"
    assert _listed(answer.text) == {"SP 27 610477"}, answer.text
