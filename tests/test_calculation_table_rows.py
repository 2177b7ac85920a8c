"""Sums and shares over the rows of one table that a question names by their own cells (a vendor, a
provider, a category), in the column it names by the header: "the total charged on the <vendor> rows",
"what % of the invoiced amount was approved on the <item>". On the real engine over a contents schedule
and a pharmacy bill audit written here, in styles unlike our samples. Nothing is summed when the words
name a single row, or every row (a column's total is the file's own line)."""

from __future__ import annotations

import pytest

from rag.experts.calculation.question import calculation_asked
from tests.docfactory import ask_checked, engine_with_files

CONTENTS = """# Contents Schedule - Kestrel Lane Loft

Claim Number: HC-30557-F
Insured: Philippa Onyango-Hart

| No. | Room | Supplier | Category | Item | Invoiced | Approved | Settled |
|---|---|---|---|---|---|---|---|
| 1 | Kitchen | Brannock Electrical | Appliance | Fridge-freezer | $1,240.00 | $1,100.00 | $1,100.00 |
| 2 | Kitchen | Brannock Electrical | Appliance | Dishwasher | $610.00 | $575.00 | $575.00 |
| 3 | Lounge | Tamsin Home Furnishing | Furniture | Three-seat sofa | $2,300.00 | $1,725.00 | $0.00 |
| 4 | Lounge | Brannock Electrical | Electronics | 55in television | $899.00 | $720.00 | $720.00 |
| 5 | Bedroom | Tamsin Home Furnishing | Furniture | Oak wardrobe | $1,150.00 | $980.00 | $980.00 |
| 6 | Bedroom | Corrigan Textiles | Soft goods | Curtains and bedding | $430.00 | $301.00 | $301.00 |

Schedule prepared by the loss adjuster on 02/11/2026. Temporary housing: $95.00 per day, 30 day rental max;
the insured has used 11 days so far.
"""

MARINA = """Harbourside Marina - storm damage survey
Claim Number: MR-81190-D
Insured: Cobble Point Marina Partners

The surge on 10/09/2025 lifted the floating docks off two pilings. Berths were damaged in 18 of the 64 slips on
the east arm; the west arm was sheltered by the breakwater. Fuel dock pumps were inspected and found working.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("rows"), [("contents-schedule-HC-30557-F.md", CONTENTS),
                                                                         ("marina-survey.txt", MARINA)])
    yield engine
    engine.close()


def test_allowed_beside_money_words_is_an_amount_not_a_rule() -> None:
    assert calculation_asked("sum of allowed on the therapy lines") == "total"
    assert calculation_asked("what % of billed was allowed on the scan") == "share"
    assert calculation_asked("how many days are allowed for the appeal") is None  # a rule: quoted, not computed


def test_the_rows_a_supplier_names_are_summed_in_the_column_named(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "total approved on the Brannock Electrical rows for HC-30557-F")
    assert answer.route == "calculation"
    assert answer.text.startswith("$2,395.00 in total: $1,100.00 [1] + $575.00 [2] + $720.00 [3] [4]"), answer.text
    assert all("Brannock Electrical" in c.excerpt for c in answer.citations[:3])
    assert answer.citations[3].excerpt == "sum_amounts: $1,100.00 + $575.00 + $720.00 = $2,395.00"


def test_a_category_names_its_rows_too_even_a_nought(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "sum of settled for the furniture lines on HC-30557-F")
    assert answer.text.startswith("$980.00 in total: $0.00 [1] + $980.00 [2]"), answer.text


def test_a_share_of_one_column_on_a_named_row_is_read_on_that_row(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "what % of invoiced was approved on the wardrobe (HC-30557-F)")
    assert answer.route == "calculation"
    assert answer.text.startswith("85.2%: $980.00 [1] of $1,150.00 [1]"), answer.text
    assert "Oak wardrobe" in answer.citations[0].excerpt


def test_a_share_of_counts_is_read_from_the_sentence_that_states_both(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "what percentage of the marina's slips had damaged berths on MR-81190-D")
    assert answer.route == "calculation"
    assert answer.text.startswith("28.1%: 18 of 64 [1]"), answer.text
    assert "18 of the 64 slips" in answer.citations[0].excerpt
    assert answer.citations[1].excerpt == "share_of: 18 / 64 = 28.1%"


def test_a_limit_check_that_asks_a_count_or_an_amount_on_top_is_not_a_plain_check(engine) -> None:  # type: ignore[no-untyped-def]
    on_top = engine.ask("if $700 more were approved for the sofa, would it fit under the $2,000 limit on HC-30557-F?")
    assert not on_top.text.startswith("Yes"), on_top.text
    counted = engine.ask("how many rental days are left under the 30 day rental max on HC-30557-F")
    assert "over the limit" not in counted.text and "within the limit" not in counted.text, counted.text


KILN = """Westfold Pottery Studio - fire loss, adjuster's first report
Claim Number: KF-22817-N
Insured: Westfold Pottery Studio LLC

| Coverage | Reserve | Estimated loss |
|---|---|---|
| Building | $60,000 | $90,000 |
| Contents | $5,000 | $12,000 |

Deductible: $1,000 per occurrence.
Estimated loss (contractor's first look): structure $84,300; contents $11,000.
"""


def test_a_deductible_comes_off_the_figure_named_not_one_whose_net_is_stated_elsewhere(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path, [("westfold-first-report.md", KILN)])
    try:
        answer = ask_checked(engine, "contractor structure estimate net of the deductible on KF-22817-N")
    finally:
        engine.close()
    # $12,000 less $1,000 is the $11,000 the file states for the contents: no reading of the structure estimate
    assert answer.text.startswith("$83,300.00: $84,300.00 [1] - $1,000.00 deductible [2]"), answer.text


ORCHARD = """Brackenridge Orchard - windstorm, adjuster's worksheet
Claim Number: OW-73150-J
Insured: Brackenridge Orchard Cooperative

| Additional coverage | Amount |
|---|---|
| Debris removal | up to $2,500 per occurrence |
| Tree replacement | up to $1,000 per tree |

Debris: Halloran Hauling cleared the downed limbs from the packing shed lot, invoice HH-3381, charge $1,180.00.
Tree replacement: Greaves Nursery quoted the two dwarf apple trees at $640.00 delivered and planted.
"""


def test_a_cap_written_up_to_is_no_item_of_a_sum(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path, [("brackenridge-worksheet.md", ORCHARD)])
    try:
        answer = ask_checked(engine, "debris removal plus tree replacement on OW-73150-J")
    finally:
        engine.close()
    assert answer.text.startswith("$1,820.00 in total: $1,180.00 [1] + $640.00 [2]"), answer.text
