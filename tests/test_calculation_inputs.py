"""A calculation finds each of its inputs in files nobody here wrote, on the real engine: an item's
amount and not its rate, two items from one sentence, the earliest row of a ledger for "the first
payment", a report dated by its own date line, the gross a deductible comes off, a share of a
limit. Every result is cited as its own source beside the excerpts of its inputs, and an input
that cannot be found is named, not guessed."""

from __future__ import annotations

import pytest

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine

MARINA = """Watercraft claim - adjuster notes
Claim Number: WX-7731-Q
Insured: Brenner Marina Charters
Date of Loss: 08/04/2025

The sloop was hauled out by Tidewater Recovery, billed at $1,150.00, and kept in dry storage at $40.00 per day
for 12 days, or $480.00.
The marine surveyor's fee is $725.00 and the diver's invoice is $390.00.
"""

GREENHOUSE = """# Hail loss file - HL-50921

| Field | Value |
|---|---|
| Claim number | HL-50921 |
| Insured | Oduya Greenhouses LLC |
| Date of loss | 05/02/2025 |
| Proof of loss signed | 06/02/2025 |

## Disbursements

| Date | Payee | Purpose | Amount |
|---|---|---|---|
| 06/20/2025 | Oduya Greenhouses LLC | Glazing replacement | $18,400.00 |
| 05/19/2025 | Prairie Glass Co. | Emergency tarping | $2,250.00 |
| 07/08/2025 | Oduya Greenhouses LLC | Heater repair | $3,100.00 |
"""

ENGINEER = """Structural engineer's findings
Report date: June 30, 2025
Claim: HL-50921

Site visited on 06/11/2025. Hail impact fractured 212 glazing panels on the east range; the steel frame is sound.
"""

DUTY = """Workers compensation - nurse case manager log
Claim Number: WC-31-7780
Employee: Marisol Ventura
Date of injury: 02/03/2025

02/05/2025 - 03/14/2025: restricted duty in the dispatch office, no lifting over 15 lb.
03/17/2025: placed off work by Dr. Lindqvist after a flare-up of the shoulder.
"""

SHIPMENT = """Transit loss settlement worksheet
Claim Number: IM-4410-T
Insured: Caldera Coffee Importers

Invoice value of shipment: $92,500.00
Less salvage recovered: $7,500.00
Net loss: $85,000.00
Less deductible: $5,000.00
Amount payable to the assured: $80,000.00
"""

FLOATER = """Contractor's equipment floater - desk notes
Claim Number: BX-2218
Insured: Halloran Paving Co.
Equipment floater limit: $60,000.00
Repair estimate from Midstate Hydraulics: $15,000.00
First payment issued to the insured: $9,000.00
Our settlement authority on this file is $25,000.00.
"""

STATUS_MAIL = """From: Dana Whitlock <dwhitlock@ridgeline-ins.example>
To: Auto PD Team <autopd@ridgeline-ins.example>
Subject: AC-77120 - Petrakis rear-end - status
Date: Tue, 14 Oct 2025 10:12:00 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Team,

Claim AC-77120 (insured Helena Petrakis). The collision happened on September 22, 2025 on Route 9.
Ms. Petrakis reported it to us on September 24, 2025. Our appraiser inspected the Tacoma on October 1, 2025.

We issued a first repair payment of $3,000.00 on October 9, 2025, a supplement payment of $1,250.00 on 10/13/2025.

Dana
"""

KEY_DATES = """Roof collapse - key dates
Claim number: CP-88-4410
Insured: Kestrel Storage Co.

- Collapse under snow load: 01/29/2025
- Notice to carrier: 02/03/2025
- Proof of loss signed: 03/21/2025
- Emergency shoring paid: 02/14/2025
"""

MEMO = """LIABILITY EVALUATION MEMO
Claim Number: GL-2025-30981
Insured: Marlow Street Bakery LLC
Claimant: Yvonne Achebe

On the morning of April 3, 2025, Ms. Achebe slipped on a freshly mopped floor near the counter and
fractured her left ankle. Ms. Achebe retained counsel; the letter of representation from Quint & Abara LLP is
dated April 28, 2025.

Medical specials submitted with the demand:
  St. Luke's Emergency Department ........ $2,480.00
  Riverside Orthopedics (ORIF surgery) ... $18,650.00
  Physical therapy, 16 visits ............ $2,240.00
  Total medical specials ................. $23,370.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in (("marina-notes.txt", MARINA), ("hail-file.md", GREENHOUSE),
                       ("engineer-report-hl50921.txt", ENGINEER), ("ventura-ncm-log.txt", DUTY),
                       ("caldera-worksheet.txt", SHIPMENT), ("halloran-floater.txt", FLOATER),
                       ("petrakis-status.eml", STATUS_MAIL), ("kestrel-dates.md", KEY_DATES),
                       ("achebe-memo.txt", MEMO)):
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


def worked(answer: Answer, tool: str) -> str:
    """The calculation's own source: one, with the tool's name, cited in the answer."""
    cited = [c for c in answer.citations if c.document == "calculation"]
    assert len(cited) == 1 and cited[0].section == tool, answer.citations
    assert f"[{cited[0].n}]" in answer.text
    return cited[0].excerpt


def excerpts(answer: Answer) -> list[str]:
    return [c.excerpt for c in answer.citations if c.document != "calculation"]


def test_a_sum_takes_each_items_amount_not_its_daily_rate(engine: Engine) -> None:
    answer = engine.ask("haul-out plus dry storage on WX-7731-Q, combined?")
    assert answer.text.startswith("$1,630.00 in total"), answer.text
    assert "$40.00" not in answer.text
    assert "$1,150.00 + $480.00 = $1,630.00" in worked(answer, "sum_amounts")


def test_a_sum_takes_two_items_from_one_sentence(engine: Engine) -> None:
    answer = engine.ask("total of the surveyor fee and the diver invoice for WX-7731-Q")
    assert answer.text.startswith("$1,115.00 in total"), answer.text
    assert "$725.00 + $390.00" in worked(answer, "sum_amounts")
    assert any("diver's invoice is $390.00" in e for e in excerpts(answer))


def test_a_sum_with_an_item_the_file_does_not_hold_names_it(engine: Engine) -> None:
    answer = engine.ask("add up the diver and the harbourmaster's mooring penalty on WX-7731-Q")
    assert answer.route == "none", answer.text
    assert "$390.00" in answer.text and "mooring penalty" in answer.text, answer.text
    assert "in total" not in answer.text
    assert any("$390.00" in e for e in excerpts(answer))


def test_the_first_payment_is_the_ledgers_earliest_row(engine: Engine) -> None:
    answer = engine.ask("how many days from the loss until the first disbursement on HL-50921?")
    assert answer.text.startswith("17 days"), answer.text
    assert any("05/19/2025" in e and "Emergency tarping" in e for e in excerpts(answer))
    assert "= 17 days" in worked(answer, "days_between")


def test_the_last_payment_is_the_ledgers_latest_row(engine: Engine) -> None:
    answer = engine.ask("days between the date of loss and the last disbursement, HL-50921")
    assert answer.text.startswith("67 days"), answer.text


def test_a_report_is_dated_by_its_own_date_line(engine: Engine) -> None:
    answer = engine.ask("how many days from the loss to the engineer's report on HL-50921")
    assert answer.text.startswith("59 days"), answer.text
    assert "Report date: June 30, 2025" in excerpts(answer)


def test_a_state_dated_by_a_range_counts_from_its_start(engine: Engine) -> None:
    answer = engine.ask("how many days was Ventura on restricted duty before the doctor placed her off work?")
    assert answer.text.startswith("40 days"), answer.text
    assert "February 5, 2025 to March 17, 2025 = 40 days" in worked(answer, "days_between")


def test_the_deductible_comes_off_the_figure_the_worksheet_took_it_from(engine: Engine) -> None:
    answer = engine.ask("net payable on IM-4410-T after the deductible?")
    assert answer.text.startswith("$80,000.00"), answer.text
    assert "$85,000.00 - $5,000.00" in worked(answer, "net_of_deductible")
    assert "Net loss: $85,000.00" in excerpts(answer)


def test_a_share_of_a_limit(engine: Engine) -> None:
    answer = engine.ask("what percentage of the equipment floater limit is the repair estimate on BX-2218?")
    assert answer.text.startswith("25.0%"), answer.text
    assert "Equipment floater limit: $60,000.00" in excerpts(answer)
    assert "25.0%" in worked(answer, "check_limit")


def test_a_share_of_another_amount(engine: Engine) -> None:
    answer = engine.ask("what percentage of the repair estimate is the first payment on BX-2218?")
    assert answer.text.startswith("60.0%"), answer.text
    assert "$9,000.00 / $15,000.00 = 60.0%" in worked(answer, "share_of")


def test_a_difference_between_two_amounts(engine: Engine) -> None:
    answer = engine.ask("how much more is the repair estimate than the first payment on BX-2218?")
    assert answer.text.startswith("$6,000.00"), answer.text
    assert "$15,000.00 - $9,000.00 = $6,000.00" in worked(answer, "difference")


def test_a_settlement_authority_is_a_limit(engine: Engine) -> None:
    answer = engine.ask("is a $21,300 offer within my settlement authority on BX-2218?")
    assert answer.route == "calculation"
    assert answer.text.startswith("Yes, within the limit"), answer.text
    assert "85.2%" in answer.text
    assert any("settlement authority on this file is $25,000.00" in e for e in excerpts(answer))


def test_what_was_paid_in_total_adds_the_payments_a_line_lists(engine: Engine) -> None:
    answer = engine.ask("how much has been paid in total on AC-77120?")
    assert answer.text.startswith("$4,250.00 in total"), answer.text
    assert "$3,000.00 + $1,250.00 = $4,250.00" in worked(answer, "sum_amounts")


def test_the_loss_no_line_labels_is_the_day_it_happened(engine: Engine) -> None:
    answer = engine.ask("how many days from the loss to the last payment on AC-77120")
    assert answer.text.startswith("21 days"), answer.text
    assert any("collision happened on September 22, 2025" in e for e in excerpts(answer))


def test_an_event_told_with_a_verb_is_no_document(engine: Engine) -> None:
    answer = engine.ask("days from when Ms. Petrakis reported it to the first repair payment, AC-77120")
    assert answer.text.startswith("15 days"), answer.text
    assert "14 Oct 2025" not in " ".join(excerpts(answer))


def test_the_loss_no_line_labels_is_the_earliest_line_telling_it_not_a_proof_of_loss(engine: Engine) -> None:
    answer = engine.ask("how many days after the loss was the shoring paid on CP-88-4410?")
    assert answer.text.startswith("16 days"), answer.text
    assert "- Collapse under snow load: 01/29/2025" in excerpts(answer)
    assert "03/21/2025" not in " ".join(excerpts(answer))


def test_the_date_of_a_fall_told_in_a_sentence(engine: Engine) -> None:
    answer = engine.ask("how many days between the fall and the letter of representation on GL-2025-30981")
    assert answer.text.startswith("25 days"), answer.text


def test_a_list_total_is_not_an_items_group_total(engine: Engine) -> None:
    answer = engine.ask("total of the ER, ortho and PT bills on GL-2025-30981")
    assert answer.text.startswith("$23,370.00 in total: $2,480.00"), answer.text
    assert "$2,480.00 + $18,650.00 + $2,240.00" in worked(answer, "sum_amounts")
