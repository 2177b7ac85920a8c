"""Amount calculations asked the way adjusters type them, over small files written here (a
homeowner's water loss worksheet in Markdown, a marine cargo note in plain text): the learned
router sends them to the calculation expert, the operands are read from the lines and table
rows that name them, and the answer states the result with every operand cited and the tool
cited as its own source."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.answer import Answer
from tests.docfactory import ask_checked, engine_with_files

WORKSHEET = """# Water loss worksheet

Claim Number: HB-2025-7781
Insured: Odalys Ferreira-Kent
Loss: supply line burst under the upstairs vanity, 01/06/2025

## Reserve movements

| Date | Dwelling | Contents | Reason |
|---|---:|---:|---|
| 01/08/2025 | $30,000 | $6,000 | Opening reserve |
| 02/14/2025 | $42,500 | $6,000 | Mitigation invoice received |
| 03/21/2025 | $42,500 | $13,750 | Contents inventory reviewed |

Living-expense reserve history: 01/08/2025 $4,000 -> 02/14/2025 $7,500 -> 03/21/2025 $9,800.

## Temporary housing

| Dates | Provider | Amount |
|---|---|---:|
| 01/06-01/19/2025 | Larkspur Suites | $2,380.00 |
| 01/20-02/28/2025 | Corbel Furnished Rentals | $5,460.00 |
| 03/01-03/31/2025 | Corbel Furnished Rentals | $4,185.00 |

Costs booked to date: dwelling $18,240.00 | adjusting $2,915.50 (drone survey $640.00, moisture mapping $1,180.00, courier $95.50, translation $1,000.00)

Contractor's first bid: $61,300.00. Agreed repair price after the walk-through: $54,875.00.
"""

STORE = """# Storefront flood - business owners worksheet

Claim Number: BOP-3318-204
Insured: Quillfeather Stationers

## Stock damaged

| Item | Amount |
|---|---:|
| Paper goods | $14,260.00 |
| Fountain pens | $6,875.00 |

## Reserves as of 05/02/2025

| Coverage | Reserve |
|---|---:|
| Business personal property | $40,000 |
| Business income | $12,500 |

Lost income less saved expenses: $9,412.80
Cleanup contractor invoice (Ferncastle Restoration): $3,960.00
The per-occurrence deductible on the BOP policy is $1,000.00.
Business personal property limit: $60,000.00
"""

MEMO = """Liability mediation report
Claim Number: GL-5120-883
Claimant: Bertrand Ouellette-Sand
Attending: defense counsel, the insured's owner, and the adjuster with a settlement authority of $90,000.
After nine hours the parties agreed and the matter settled for $71,250.00 inclusive of fees.
The insured's $5,000 deductible will be billed to the insured after the release is signed.
"""

AUTO = """Auto physical damage - payment log
Claim Number: APD-66120
Insured: Wren Kolbeck
Paid so far: tow to the yard $300.00, yard storage $150.00, total paid to date $1,450.00
Loaner vehicle reimbursement issued 06/11: $1,000.00
"""

CARGO = """Marine cargo note - claim MC-4410-27
Consignee: Tidewater Ceramics Ltd.
Invoice value of the broken tiles: $48,600.00
Salvage proceeds (seconds sold to a builder): $7,900.00
Policy deductible: $1,500.00
Prior reserve: $45,000.00
Final settlement paid: $39,200.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root: Path = tmp_path_factory.mktemp("amounts")
    return engine_with_files(root, [("HB-2025-7781_water_worksheet.md", WORKSHEET), ("mc-4410-27.txt", CARGO),
                                    ("bop-3318-204.md", STORE), ("gl-5120-883.txt", MEMO),
                                    ("apd-66120.txt", AUTO)])


def tool_excerpt(answer: Answer, tool: str) -> str:
    worked = [c for c in answer.citations if c.document == "calculation"]
    assert len(worked) == 1 and worked[0].section == tool, answer.citations
    assert f"[{worked[0].n}]" in answer.text
    return worked[0].excerpt


def test_a_change_since_a_figure_was_first_set_runs_from_the_first_value_to_the_last(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "by now how much has the living-expense reserve risen since it was first set on HB-2025-7781")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$5,800.00"), answer.text
    assert "$9,800.00 - $4,000.00" in tool_excerpt(answer, "difference")


def test_a_change_in_a_wide_history_table_is_the_named_row_against_the_row_before_it(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much did the contents reserve go up when the inventory was reviewed, HB-2025-7781")
    assert answer.text.startswith("$7,750.00"), answer.text
    excerpts = [c.excerpt for c in answer.citations]
    assert any("03/21/2025" in e for e in excerpts) and any("02/14/2025" in e for e in excerpts)


def test_a_change_asked_the_wrong_way_is_not_computed_from_figures_that_moved_the_other_way(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much did the contents reserve drop when the inventory was reviewed, HB-2025-7781")
    assert "$7,750.00" not in answer.text


def test_a_sum_of_items_one_line_breaks_down_takes_each_item_from_that_line(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "courier + translation + drone survey costs on HB-2025-7781 combined")
    assert answer.text.startswith("$1,735.50 in total"), answer.text
    assert "$95.50 + $1,000.00 + $640.00" in tool_excerpt(answer, "sum_amounts")


def test_a_breakdown_in_parentheses_is_not_added_to_the_total_it_breaks_down(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total costs booked to date on HB-2025-7781, both categories")
    assert answer.text.startswith("$21,155.50 in total"), answer.text


def test_a_table_without_a_total_row_is_summed_over_its_amount_column(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total temporary housing on HB-2025-7781")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$12,025.00 in total"), answer.text
    assert len([c for c in answer.citations if c.document != "calculation"]) == 3


def test_a_history_line_is_never_summed(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total living-expense reserve on HB-2025-7781")
    assert "$21,300.00" not in answer.text  # 4,000 + 7,500 + 9,800: one figure over time, not three


def test_how_far_a_figure_came_down_from_one_to_the_other(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how far did the contractor come down from the first bid to the agreed repair price "
                                 "on HB-2025-7781")
    assert answer.text.startswith("$6,425.00"), answer.text
    assert "$61,300.00 - $54,875.00" in tool_excerpt(answer, "difference")


def test_how_much_one_figure_was_over_another(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much was the prior reserve over the final settlement on MC-4410-27")
    assert answer.text.startswith("$5,800.00"), answer.text
    tool_excerpt(answer, "difference")


def test_an_amount_less_two_deductions(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "invoice value less salvage and the deductible on MC-4410-27")
    assert answer.text.startswith("$39,200.00"), answer.text
    assert "$48,600.00 - $7,900.00 - $1,500.00" in tool_excerpt(answer, "net_of_deductible")


def test_the_learned_router_sends_arithmetic_no_rule_words_to_the_calculation_expert(engine) -> None:  # type: ignore[no-untyped-def]
    from rag.router import decide_route

    asked = decide_route("full tally of what we paid the roofer", embed=engine.embed)
    assert asked.route == "calculation" and "learned" in asked.reason, asked
    assert decide_route("full tally of what we paid the roofer").route == "needle"  # no rule words it
    fact = decide_route("who signed the sworn statement in proof of loss", embed=engine.embed)
    assert fact.route == "needle", fact


def test_a_two_column_table_is_read_by_its_header_a_reserve_is_no_stock_figure(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total stock damaged on BOP-3318-204")
    assert answer.text.startswith("$21,135.00 in total"), answer.text
    reserves = ask_checked(engine, "total reserves on BOP-3318-204")
    assert reserves.text.startswith("$52,500.00 in total"), reserves.text


def test_the_deductible_is_read_from_a_line_that_names_a_deductible(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "cleanup contractor invoice net of the deductible on BOP-3318-204")
    assert answer.text.startswith("$2,960.00"), answer.text
    assert "$9,412.80" not in answer.text  # "less saved expenses": a net figure, not the deductible


def test_a_sum_checked_against_a_limit_adds_its_items_first(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "paper goods + fountain pens on BOP-3318-204 under the business personal property limit?")
    assert answer.text.startswith("Yes, within the limit: $21,135.00"), answer.text
    assert "Business personal property limit: $60,000.00" in [c.excerpt for c in answer.citations]
    assert "$14,260.00 + $6,875.00 = $21,135.00" in tool_excerpt(answer, "check_limit")


def test_a_reserve_is_a_ceiling_an_amount_is_checked_against(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "is the business income reserve enough to cover the lost income on BOP-3318-204")
    assert answer.text.startswith("Yes, within the reserve: $9,412.80"), answer.text
    assert "$12,500" in " ".join(c.excerpt for c in answer.citations)


def test_a_sum_less_a_deduction_adds_the_items_first(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "paper goods plus fountain pens less the deductible on BOP-3318-204")
    assert answer.text.startswith("$20,135.00"), answer.text
    assert "$14,260.00 + $6,875.00 = $21,135.00" in tool_excerpt(answer, "net_of_deductible")


def test_an_authority_is_a_ceiling_not_the_settlement(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "ouellette-sand's settlement net of the deductible on GL-5120-883")
    assert answer.text.startswith("$66,250.00"), answer.text
    assert "$90,000" not in answer.text


def test_items_are_read_from_one_line_only_when_it_names_each_of_them(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "tow plus loaner reimbursement paid on APD-66120, total")
    assert answer.text.startswith("$1,300.00 in total"), answer.text  # not the line's "total paid to date"
