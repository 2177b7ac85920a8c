"""A running total ("the total paid to date") is the sum of the claim's payment ledger, even when the
ledger sits in its own section, far from the lines that say "paid" (an invoice table's status column):
its rows are found by their dates as well as by their amounts. On the real engine over a status report
written here, in a style unlike our samples."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

FILLER = ("The adjuster walked the site with the owner's representative and the mitigation lead, noted the "
          "moisture readings room by room, and photographed each affected wall and ceiling before removal. ")

REPORT = f"""# Larkspur Court Townhomes - Status Report No. 2

Claim Number: TH-52016-V
Named insured: Larkspur Court Owners Association
Adjuster: Ottilie Brandvik

## Narrative

{FILLER * 12}

## Invoices received

| Vendor | Work | Invoice | Amount | Status |
|---|---|---|---|---|
| Fenwick Dry-Out | Extraction and drying, buildings 2 and 3 | FD-1188 | $14,730.50 | Paid 05/02/2026 |
| Moorcroft Roofing | Temporary tarp, building 3 | MR-402 | $1,960.00 | Approved, not yet paid |

## Site notes

{FILLER * 12}

## Payments issued

| Date | Payee | Memo | Amount |
|---|---|---|---|
| 04/20/2026 | Larkspur Court Owners Association | Advance on repairs | $10,000.00 |
| 05/02/2026 | Fenwick Dry-Out | Invoice FD-1188 | $14,730.50 |
| 05/27/2026 | Larkspur Court Owners Association | Second advance | $7,500.00 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("ledgers"), [("larkspur-status-2.md", REPORT)])
    yield engine
    engine.close()


def test_the_total_paid_to_date_is_the_payment_ledgers_sum(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total paid to date on TH-52016-V")
    assert answer.route == "calculation"
    assert answer.text.startswith("$32,230.50 in total: $10,000.00 [1] + $14,730.50 [2] + $7,500.00 [3] [4]"), \
        answer.text
    assert "Advance on repairs" in answer.citations[0].excerpt
