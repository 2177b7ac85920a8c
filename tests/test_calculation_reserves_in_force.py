""""The total reserve after the latest change" is each reserve line at the figure it was last set to, summed:
never a figure it was changed from, nor a payment. Read from adjuster's notes that abbreviate ("Rsv BI
$150,000 / PD $18,000", "BI rsv increased to ..."), from a report's sentence and from a history table. On
the real engine, over files written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rag.experts.calculation.reserves import in_force, lines_named, reserve_figures
from tests.docfactory import ask_checked, engine_with_files

NOTES = """Ridgeway Mutual - Auto Liability - Claim Notes
Claim Number: AL-60231-T
Insured: Corvel Transport LLC

CLAIM NOTES
  03/02/2026  Claim set up. Policy CAL 7712044, $1,000,000 CSL. Rsv BI $80,000 / PD $12,500.
  03/09/2026  Claimant PD: sedan repairable, estimate $9,870.00 paid to Lakeview Collision.
  04/01/2026  Atty letter received for claimant: lumbar surgery scheduled.
              BI rsv increased to $210,000. Excess carrier notified same day.
  04/20/2026  Recorded statement of our driver taken.
"""

REPORT = """Marston Adjusting - Property Loss Report
Claim Number: PR-44817-B
Insured: Hollin Street Bakery

Reserves and payments
Advance payment issued: $30,000.00 on 02/10/2026 on the building.
Recommended reserves as of this report: building $95,000.00 (reduced from $120,000.00), business income
$42,000.00 (increased from $25,000.00 set on 01/29/2026).
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("reserves"), [("claim_notes.txt", NOTES),
                                                                    ("loss_report.txt", REPORT)])


def test_a_reserve_changed_from_one_figure_to_another_is_the_second() -> None:
    figures = reserve_figures("Adj note: medical reserve raised from $18,500 to $22,750. Indemnity rsv stays $6,200.",
                              None, 0)
    assert [(f.line, f.amount) for f in figures] == [("medical", Decimal("22750")), ("indemnity", Decimal("6200"))]
    assert reserve_figures("Advance payments issued: $40,000.00 on property damage", None, 0, about=True) == []
    row = reserve_figures("Reserve: Indemnity; Amount: $75,000; Set on: 09/12/2026", None, 1, about=True, row=True)
    assert [(f.line, f.amount) for f in in_force([*figures, *row]).values()] == [
        ("medical", Decimal("22750")), ("indemnity", Decimal("75000"))]
    assert lines_named("total reserve (PD + BI/EE)") == {"property damage", "business income"}


def test_the_total_reserve_from_notes_after_the_latest_change(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total reserves on AL-60231-T after the latest change")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$222,500.00 in total: bodily injury $210,000.00 [1] + property damage "
                                  "$12,500.00 [2]"), answer.text


def test_the_total_reserve_a_report_recommends(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total reserve on PR-44817-B after the latest change (building + business income)")
    assert answer.text.startswith("$137,000.00 in total: building $95,000.00 [1] + business income $42,000.00 [1]"), \
        answer.text
