"""Calculations on claim files written in styles unlike our samples: a reserve history kept as a
table of changes (``Previous | New``) and as an e-mail thread that moves the reserves, a check
ledger whose rows are aligned with spaces, invoices in a table beside a table of sublimits, and a
hard-wrapped narrative that dates two events in one sentence, and a statement that dates events
relative to the one before ("the next morning", "on the 19th", "two weeks later"). Each test asks as an adjuster would,
on the real engine, and checks the figure, the inputs' excerpts and the calculation's own source;
an input that is not there is named, never guessed."""

from __future__ import annotations

import pytest

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine
from rag.selection.values import numbers_in

RESERVES = """# Reserve worksheet - WC-88-40213

| Field | Value |
|---|---|
| Claim number | WC-88-40213 |
| Employer | Tillman Grain Cooperative |
| Injured worker | Rosalind Achterberg |
| Date of injury | 01/09/2025 |

## Reserve history

| Changed on | Reserve type | Previous | New | Reason |
|---|---|---|---|---|
| 01/14/2025 | Medical | $0.00 | $12,000.00 | Initial set |
| 01/14/2025 | Indemnity | $0.00 | $8,500.00 | Initial set |
| 03/02/2025 | Medical | $12,000.00 | $31,000.00 | Surgery scheduled |
| 05/20/2025 | Indemnity | $8,500.00 | $22,750.00 | TTD extended |
| 07/11/2025 | Medical | $31,000.00 | $26,400.00 | PT completed early |
| 07/11/2025 | Expense | $0.00 | $4,000.00 | Nurse case manager |

Paid to date (all types): $29,880.15
"""

LEDGER = """HOMEOWNERS CLAIM - PAYMENT LEDGER
Claim No. HO-7731-0520
Insured: Bartholomew & Ines Quaye
Loss location: 88 Larkspur Bend, Osage Falls
Kitchen fire, date of loss 02/16/2025

Coverage summary
  Coverage A Dwelling limit ............. $410,000.00
  Coverage C Personal Property limit .... $205,000.00
  Coverage D Loss of Use limit .......... $82,000.00
  All-peril deductible .................. $2,500.00

Date        Check#   Payee                       Memo                               Amount
02/21/2025  40118    Quaye, B & I                Cov D - hotel, first 2 weeks       $3,360.00
03/04/2025  40177    Bluestem Restoration        Cov A - board-up and soot cleaning $6,842.75
03/19/2025  40251    Quaye, B & I                Cov C - contents advance           $7,500.00
04/02/2025  40309    Quaye, B & I                Cov D - furnished rental, April    $2,950.00
04/30/2025  40388    Quaye, B & I                Cov A - dwelling ACV payment       $61,214.40

Running total paid ..................................................... $81,867.15
"""

INVOICES = """# Breach response cost review - CY-2025-0417

Insured: Marchetti Dental Partners. Policy: CYB-5518820. Claim: CY-2025-0417.

## Policy sublimits

| Cost category | Sublimit | Retention |
|---|---|---|
| Forensic investigation | $150,000 | $15,000 (shared) |
| Breach counsel | $100,000 | (shared) |
| Notification & call center | $250,000 | (shared) |

## Vendor invoices received

| Vendor | Service | Invoice no. | Billed |
|---|---|---|---|
| Ironclad Forensics LLC | Forensic investigation | IF-22817 | $41,380.00 |
| Pemberton Voss LLP | Breach counsel | PV-5531 | $18,912.50 |
| MailSure Inc. | Notification letters and call center | MS-90412 | $9,604.25 |

Total billed to date: $69,896.75
"""

NARRATIVE = """Field adjuster's narrative - Claim CP-2025-11907
Insured: Ostrowski Tool & Die, 4100 Quarry Road, Lisle

The insured's plant manager, Mr. Feliks Ostrowski, told me the roof drain backed up during the
storm of March 3, 2025 and water came through the ceiling of the finishing room. He called the
agent the next morning. I was assigned the file on March 6, 2025 and inspected the plant on
March 11, 2025, when the dehumidifiers were still running.

Remediation by Northcoast Drying ran from March 5, 2025 through March 19, 2025. The insured's
contractor, Bellwether Roofing, submitted its repair proposal on April 2, 2025 for $48,300.00,
and our building consultant's review came back on April 22, 2025 recommending $41,750.00.
The insured accepted the recommended figure. The policy deductible is $5,000.00.
The building limit at this location is $1,200,000.00.
"""

THREAD = """From: Corinne Adebayo <cadebayo@lakeshore-tpa.example>
To: Desmond Farrow <dfarrow@lakeshore-tpa.example>
Subject: RE: Pruitt - GL-7719-204 - reserve review
Date: Fri, 19 Sep 2025 15:02:00 -0500
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Desmond,

Claim number: GL-7719-204 (insured Fenwick Property Group, claimant Harlan Pruitt)

Following the mediation I moved the reserves on GL-7719-204: bodily injury is now $140,000.00
and the expense reserve is now $22,500.00. The claimant's attorney's demand stays at $210,000.00.
Our per-occurrence limit is $1,000,000.00 and the SIR is $25,000.00.

Corinne

-----Original Message-----
From: Desmond Farrow <dfarrow@lakeshore-tpa.example>
Sent: Monday, June 2, 2025 9:14 AM
To: Corinne Adebayo <cadebayo@lakeshore-tpa.example>
Subject: Pruitt - GL-7719-204 - reserve review

Corinne - Harlan Pruitt tripped on a torn mat in the lobby of the insured's building (Fenwick
Property Group) on April 14, 2025 and broke his wrist. Counsel's letter of representation came in
on May 9, 2025. I set the bodily injury reserve at $60,000.00 and the expense reserve at $10,000.00.
Medical bills so far: ER $3,912.00, hand surgeon $14,480.00, therapy $2,175.50.

Desmond
"""

STATEMENT = """Recorded statement summary - Claim AU-5530-17
Insured driver: Tomasz Reyes-Lund

On Saturday, June 7, 2025 his parked van was struck by a delivery truck outside 212 Fenner Street.
He phoned the claim in the next morning. Our appraiser looked at the van three days later at Kessler Auto Body.
Kessler started the repairs on the 19th, and the van went back to him two weeks later.
"""

LETTER = """September 12, 2025

Mr. Tomasz Reyes-Lund
44 Alder Court, Fenner Heights

Re: Claim AU-5530-17 - reservation of rights

Dear Mr. Reyes-Lund,

We continue to handle your claim under a reservation of rights while we confirm that the van was used for
business deliveries, which the personal auto policy excludes. A decision will follow by October 10, 2025.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in (("achterberg-reserves.md", RESERVES), ("quaye-ledger.txt", LEDGER),
                       ("marchetti-breach-costs.md", INVOICES), ("ostrowski-field-narrative.txt", NARRATIVE),
                       ("pruitt-reserve-thread.eml", THREAD), ("reyes-lund-statement.txt", STATEMENT),
                       ("reyes-lund-ror-letter.txt", LETTER)):
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


def worked(answer: Answer, tool: str) -> str:
    """The calculation's own source: one, with the tool's name, cited in the answer."""
    cited = [c for c in answer.citations if c.document == "calculation"]
    assert len(cited) == 1 and cited[0].section == tool, (answer.text, answer.citations)
    assert f"[{cited[0].n}]" in answer.text
    return cited[0].excerpt


def excerpts(answer: Answer) -> list[str]:
    return [c.excerpt for c in answer.citations if c.document != "calculation"]


def assert_grounded(answer: Answer, question: str) -> None:
    """Every number the answer writes is in its citations (the calculation's working among them)
    or in the question."""
    held = set().union(numbers_in(question), *(numbers_in(c.excerpt) for c in answer.citations))
    assert numbers_in(answer.text) <= held, (answer.text, numbers_in(answer.text) - held)


def ask(engine: Engine, question: str) -> Answer:
    answer = engine.ask(question)
    assert_grounded(answer, question)
    return answer


def test_current_reserves_are_the_latest_rows_of_the_history_and_their_new_column(engine: Engine) -> None:
    answer = ask(engine, "what are the combined medical and indemnity reserves on WC-88-40213 right now")
    assert answer.text.startswith("$49,150.00 in total"), answer.text
    assert "$26,400.00 + $22,750.00 = $49,150.00" in worked(answer, "sum_amounts")
    assert "| 07/11/2025 | Medical | $31,000.00 | $26,400.00 | PT completed early |" in excerpts(answer)


def test_initial_reserves_are_the_first_rows_of_the_history(engine: Engine) -> None:
    answer = ask(engine, "initial medical reserve plus initial indemnity reserve on WC-88-40213")
    assert answer.text.startswith("$20,500.00 in total"), answer.text
    assert "$12,000.00 + $8,500.00" in worked(answer, "sum_amounts")


def test_a_reserve_moved_in_a_later_mail_is_the_one_in_force(engine: Engine) -> None:
    answer = ask(engine, "what's the BI reserve plus the expense reserve on GL-7719-204 now")
    assert answer.text.startswith("$162,500.00 in total"), answer.text
    assert "$140,000.00 + $22,500.00" in worked(answer, "sum_amounts")
    assert not any("$60,000.00" in e for e in excerpts(answer))


def test_invoice_items_are_not_read_from_the_sublimit_table(engine: Engine) -> None:
    answer = ask(engine, "total of the breach counsel and notification invoices on CY-2025-0417")
    assert answer.text.startswith("$28,516.75 in total"), answer.text
    assert "$18,912.50 + $9,604.25 = $28,516.75" in worked(answer, "sum_amounts")
    assert "$250,000" not in answer.text


def test_three_invoices_added_together_each_from_its_own_row(engine: Engine) -> None:
    answer = ask(engine, "add the forensics, counsel and mailing invoices together for CY-2025-0417")
    assert "$41,380.00 + $18,912.50 + $9,604.25 = $69,896.75" in worked(answer, "sum_amounts")
    assert "| MailSure Inc. | Notification letters and call center | MS-90412 | $9,604.25 |" in excerpts(answer)


def test_an_item_the_files_do_not_hold_is_named_not_guessed(engine: Engine) -> None:
    answer = ask(engine, "add up the forensics invoice and the crisis PR firm's invoice on CY-2025-0417")
    assert answer.route == "none", answer.text
    assert "$41,380.00" in answer.text and "PR firm" in answer.text, answer.text
    assert "in total" not in answer.text


def test_an_items_own_sublimit(engine: Engine) -> None:
    answer = ask(engine, "would the forensics bill fit inside its sublimit on CY-2025-0417?")
    assert answer.text.startswith("Yes, within the limit: $41,380.00"), answer.text
    assert "27.6%" in answer.text
    assert "| Forensic investigation | $150,000 | $15,000 (shared) |" in excerpts(answer)


def test_the_retention_comes_off_the_invoices_total(engine: Engine) -> None:
    answer = ask(engine, "what do we owe on the Marchetti invoices after the retention")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$54,896.75"), answer.text
    assert "$69,896.75 - $15,000.00" in worked(answer, "net_of_deductible")


def test_ledger_rows_aligned_with_spaces(engine: Engine) -> None:
    answer = ask(engine, "hotel plus furnished rental paid to the Quayes, HO-7731-0520")
    assert answer.text.startswith("$6,310.00 in total"), answer.text
    answer = ask(engine, "how many days between the fire and the dwelling ACV payment on HO-7731-0520")
    assert answer.text.startswith("73 days"), answer.text


def test_a_ledger_payment_against_a_coverage_limit(engine: Engine) -> None:
    answer = ask(engine, "does the contents advance exceed the Coverage C limit on HO-7731-0520")
    assert answer.text.startswith("Yes, within the limit: $7,500.00"), answer.text
    assert "3.7% of the $205,000.00 limit" in answer.text


@pytest.mark.parametrize("question", [
    "recommended building figure after the deductible on CP-2025-11907",
    "subtract the deductible from the recommended building figure, CP-2025-11907",
    "what's payable once the $5,000 deductible comes off the recommended figure on CP-2025-11907",
])
def test_the_deductible_comes_off_the_recommended_figure_however_it_is_asked(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$36,750.00"), answer.text
    assert "$41,750.00 - $5,000.00 deductible = $36,750.00" in worked(answer, "net_of_deductible")


@pytest.mark.parametrize(("question", "days", "working"), [
    ("how many days from the accident to when he phoned the claim in, AU-5530-17", "1 day",
     "June 7, 2025 to June 8, 2025 = 1 day"),
    ("days between the accident and the appraiser's look at the van on AU-5530-17", "4 days",
     "June 7, 2025 to June 11, 2025 = 4 days"),
    ("how many days from the start of the repairs until the van went back to Reyes-Lund", "14 days",
     "June 19, 2025 to July 3, 2025 = 14 days"),
])
def test_dates_told_relative_to_the_one_before(engine: Engine, question: str, days: str, working: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith(days + ":"), answer.text
    assert working in worked(answer, "days_between")


def test_a_duration_asked_in_weeks_says_the_weeks_too(engine: Engine) -> None:
    answer = ask(engine, "how many weeks from the start of the repairs until the van went back to Reyes-Lund")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("14 days (2 weeks)"), answer.text
    assert "= 14 days = 2 weeks" in worked(answer, "days_between")


def test_time_elapsed_between_two_events(engine: Engine) -> None:
    answer = ask(engine, "time elapsed between the storm and the consultant's review, CP-2025-11907")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("50 days"), answer.text


@pytest.mark.parametrize("question", ["add up the medical bills for Pruitt",
                                      "what do Pruitt's medical bills come to so far"])
def test_bills_one_line_lists_after_its_label_are_added(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("$20,567.50 in total"), answer.text
    assert "$3,912.00 + $14,480.00 + $2,175.50 = $20,567.50" in worked(answer, "sum_amounts")


def test_bills_of_a_kind_the_files_do_not_hold_are_not_added_from_other_lines(engine: Engine) -> None:
    answer = engine.ask("what did Pruitt's chiropractor bills come to")
    assert "in total" not in answer.text, answer.text
    assert "$20,567.50" not in answer.text


def test_a_gap_to_a_limit_finds_the_limit_as_limits_are_found(engine: Engine) -> None:
    answer = ask(engine, "gap between the demand and the per-occurrence limit, GL-7719-204")
    assert answer.text.startswith("$790,000.00"), answer.text
    assert "$1,000,000.00 - $210,000.00 = $790,000.00" in worked(answer, "difference")


def test_by_how_much_one_figure_exceeds_another(engine: Engine) -> None:
    answer = ask(engine, "by how much does the roofer's proposal exceed the consultant's figure, CP-2025-11907")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$6,550.00"), answer.text


def test_a_stated_amount_named_before_the_check_is_checked_against_the_limit_after_it(engine: Engine) -> None:
    answer = ask(engine, "is the roofer's $48,300 proposal within the building limit at Ostrowski")
    assert answer.text.startswith("Yes, within the limit: $48,300.00 is 4.0% of the $1,200,000.00 limit"), answer.text
    assert any("building limit at this location is $1,200,000.00" in e for e in excerpts(answer))


def test_what_is_left_of_a_lettered_coverage_after_the_ledgers_payments_under_it(engine: Engine) -> None:
    answer = ask(engine, "how much of the Coverage D limit is left after the two loss of use payments, HO-7731-0520")
    assert answer.text.startswith("$75,690.00 remaining"), answer.text
    assert "$82,000.00 - $3,360.00 - $2,950.00 paid = $75,690.00 remaining" in worked(answer, "remaining_limit")


def test_what_remains_of_an_items_sublimit_after_its_invoice(engine: Engine) -> None:
    answer = ask(engine, "what remains of the forensic sublimit after the forensics invoice on CY-2025-0417")
    assert answer.text.startswith("$108,620.00 remaining"), answer.text
    assert "$150,000.00 - $41,380.00 paid" in worked(answer, "remaining_limit")


@pytest.mark.parametrize(("question", "expected", "row"), [
    ("how much did the medical reserve drop on 07/11/2025 on WC-88-40213", "$4,600.00",
     "| 07/11/2025 | Medical | $31,000.00 | $26,400.00 | PT completed early |"),
    ("how much did the medical reserve go up on WC-88-40213 on 03/02", "$19,000.00",
     "| 03/02/2025 | Medical | $12,000.00 | $31,000.00 | Surgery scheduled |"),
    ("how much did the indemnity reserve go up on WC-88-40213 in May", "$14,250.00",
     "| 05/20/2025 | Indemnity | $8,500.00 | $22,750.00 | TTD extended |"),
])
def test_how_much_a_reserve_changed_is_its_rows_previous_and_new(engine: Engine, question: str, expected: str,
                                                                 row: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith(expected), answer.text
    assert row in excerpts(answer)


@pytest.mark.parametrize("question", [
    "how many days from the accident to the coverage letter on AU-5530-17",
    "days from the accident to the ROR, AU-5530-17"])
def test_a_letter_is_dated_by_the_date_at_its_top(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("97 days"), answer.text
    assert "September 12, 2025" in excerpts(answer)


def test_a_letter_of_representation_is_dated_by_the_line_that_tells_it(engine: Engine) -> None:
    answer = ask(engine, "how many days from Pruitt's trip to the letter of representation")
    assert answer.text.startswith("25 days"), answer.text
    assert "April 14, 2025 to May 9, 2025 = 25 days" in worked(answer, "days_between")
