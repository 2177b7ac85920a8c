"""A kind of loss belongs to the claim a file gives it to: a file that names two claims ("opened as
claim B for the flood loss, apart from the burglary claim A") and a loss run filed under one of its
rows (another carrier's row "lightning strike on barn") speak of the other claim's loss in the
lines that follow. A lookup by kind lists the claim whose loss it is, not the one whose file says
it in passing; asked in words unlike our question sets, on files written here."""

from __future__ import annotations

import pytest

from rag.engine import Engine
from tests.docfactory import engine_with_files

SITE_DIARY = """GREYWATER CIVIL LTD - FOREMAN'S SITE DIARY
Job: Orchard Quay pumping station
Insured: Orchard Quay Water Board

Mon 03/02/2026
*** INCIDENT - BURGLARY ***
Container padlock ground off overnight; two plate compactors and a laser level gone.
Police attended at 08:10. Reported to Fenwick Mutual, claim OQ-55017 opened for us.

Thu 03/05/2026
*** INCIDENT - FLOOD ***
River overtopped the cofferdam at 02:00; the wet well filled with silt and the pumps were submerged.
Fenwick Mutual opened claim OQ-55031 for the flood loss.
"""

ADJUSTER_LETTER = """From: Marisol Quennell <mquennell@fenwick.example>
To: Orchard Quay Water Board
Subject: Orchard Quay - cofferdam overtopping - claim OQ-55031
Date: Fri, 06 Mar 2026 10:00:00 +0000

This flooding of the wet well is now set up as claim OQ-55031, apart from the burglary claim OQ-55017.
I have reserved $85,000 for the cofferdam loss.

On the burglary claim: I still need the serial numbers of the compactors before I can pay.

Marisol Quennell
Property Claims Adjuster, Fenwick Mutual
"""

LOSS_RUN = """# Loss history - Tamberly Orchards Co-op

**Account:** Tamberly Orchards Co-op
**Valued as of:** 05/31/2026

## Our claims

| Claim No. | DOL | Description | Status | Paid | Outstanding rsv |
|---|---|---|---|---|---|
| TO-26-1101 | 01/09/2026 | Frozen irrigation main split in packing shed | Open | $4,100.00 | $9,000.00 |
| TO-26-1188 | 02/20/2026 | Forklift tipped over at loading bay | Closed | $2,950.00 | $0.00 |

## Prior carrier claims - NOT OURS

| Claim No. | DOL | Description | Status | Paid | Outstanding rsv |
|---|---|---|---|---|---|
| PX-24-7702 | 07/14/2024 | Lightning strike on storage barn, roof burned | Closed | $61,000.00 | $0.00 |
| PX-24-7739 | 09/30/2024 | Tractor stolen from orchard gate | Closed | $18,400.00 | $0.00 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_files(tmp_path_factory.mktemp("whose"), [
        ("greywater_site_diary.txt", SITE_DIARY),
        ("RE_cofferdam_OQ-55031.eml", ADJUSTER_LETTER),
        ("tamberly_loss_history.md", LOSS_RUN),
    ])


def _named(text: str) -> set[str]:
    """The claims an answer lists: its first line names them (each later line quotes its evidence)."""
    head = text.splitlines()[0]
    return {c for c in ("OQ-55017", "OQ-55031", "TO-26-1101", "TO-26-1188", "PX-24-7702", "PX-24-7739") if c in head}


def test_a_flood_told_in_the_burglary_claims_diary_is_the_flood_claims(engine: Engine) -> None:
    answer = engine.ask("list our flood losses")
    assert answer.route == "lookup"
    assert _named(answer.text) == {"OQ-55031"}, answer.text


def test_a_burglary_named_in_the_flood_claims_letter_is_the_burglary_claims(engine: Engine) -> None:
    answer = engine.ask("which claims involve a burglary?")
    assert answer.route == "lookup"
    assert _named(answer.text) == {"OQ-55017"}, answer.text


def test_another_carriers_row_of_a_loss_run_makes_no_claim_of_ours_that_kind(engine: Engine) -> None:
    answer = engine.ask("any lightning claims on our books?")
    assert answer.route == "lookup"
    assert answer.text.startswith("None"), answer.text
