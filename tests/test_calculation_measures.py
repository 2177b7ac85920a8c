"""Quantities that are not money (gallons, bags, hours) are added, subtracted and shared in the unit the
question names, each read from the line that states it in that unit (a table's bare cell under the column
the phrase names), never a dollar amount of the same lines. On the real engine, over a spill report and a
recall's count table written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rag.experts.calculation.measures import measure_asked, quantity_for, sum_items, unit_asked
from rag.experts.calculation.question import phrase_words
from tests.docfactory import ask_checked, engine_with_files

SPILL_REPORT = """Oakhurst Mutual - Pollution Incident Report
Claim Number: PL-30417-N
Insured: Barrow Creek Haulage Co.

Field | Entry
Date of spill | 06/02/2026
Product | Diesel fuel, tank truck 44
Estimated volume released | 2,300 gallons; 1,640 gallons recovered by vacuum truck
Cleanup invoice | $28,415.00
Soil removed | 38 tons
"""

RECALL_COUNT = """Marlow Foods - Recall Status
Claim Number: RC-77120-Q
Insured: Marlow Foods Inc.

Units of product, as of 05/30/2026

| Distributor | Shipped | Retrieved |
| --- | --- | --- |
| North Coast Grocers | 12,000 | 9,100 |
| Valley Wholesale | 8,000 | 2,900 |
| TOTAL | 20,000 | 12,000 |

Recall expense to date: $41,200.00.
"""

HAIL_NOTE = """Harlan Auto Group - Dealer Open Lot Hail
Claim Number: DL-20931-H
Insured: Harlan Auto Group

The hail fell from 16:50 to 17:12. The lot held 120 units at the time; 96 were parked on the open display lot
and 24 were inside the service building. Batch 2 (58 units) will be appraised next week.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("measures"), [("spill_report.txt", SPILL_REPORT),
                                                                    ("recall_status.md", RECALL_COUNT),
                                                                    ("hail_note.txt", HAIL_NOTE)])


def test_the_unit_a_question_asks_in() -> None:
    assert unit_asked("how many gallons were released minus recovered").name == "gal"  # type: ignore[union-attr]
    assert unit_asked("how many recalled units are still out (shipped minus retrieved)").name == "units"  # type: ignore[union-attr]
    assert unit_asked("how many days from the loss to the report") is None  # a duration, not a quantity
    assert measure_asked("how much did the 38 hours of labor cost") is None  # money, whatever unit it names
    assert sum_items("how many trusses in all (replaced plus reinforced)") == ["replaced", "reinforced"]


def test_a_quantity_is_read_from_the_clause_that_names_it() -> None:
    gallons = unit_asked("how many gallons")
    assert gallons is not None
    line = "Estimated volume released | 2,300 gallons; 1,640 gallons recovered by vacuum truck"
    assert quantity_for(line, gallons, phrase_words("recovered")).value == Decimal("1640")  # type: ignore[union-attr]
    assert quantity_for(line, gallons, phrase_words("released")).value == Decimal("2300")  # type: ignore[union-attr]
    assert quantity_for("Cleanup invoice | $28,415.00", gallons, phrase_words("cleanup")) is None
    trusses = unit_asked("how many trusses in all")
    assert trusses is not None
    replaced = "(4) Trusses T-4 and T-14 must be replaced, for a total of eleven trusses."
    assert quantity_for(replaced, trusses, phrase_words("replaced")).value == Decimal("11")  # type: ignore[union-attr]


def test_a_difference_of_gallons(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many gallons on PL-30417-N: released minus recovered?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("660 gal: 2,300 gal [1] - 1,640 gal [1]"), answer.text
    assert "2,300 gal - 1,640 gal = 660 gal" in answer.citations[-1].excerpt


def test_a_count_read_from_a_tables_columns(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many recalled units are still out there on RC-77120-Q (shipped minus retrieved)")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("8,000 units: 20,000 units [1] - 12,000 units [1]"), answer.text
    assert "TOTAL" in answer.citations[0].excerpt


def test_a_count_of_the_row_the_question_names(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many units does north coast grocers still hold on RC-77120-Q (shipped minus retrieved)")
    assert answer.text.startswith("2,900 units: 12,000 units [1] - 9,100 units [1]"), answer.text
    assert "North Coast Grocers" in answer.citations[0].excerpt


def test_a_share_of_a_count_whose_part_leaves_its_noun_out(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "what share of the dealer's 120 units were out on the open lot on DL-20931-H")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("80.0%: 96 units [1] of 120 units [1]"), answer.text


def test_a_share_asked_as_the_things_and_what_became_of_them() -> None:
    from rag.experts.calculation.question import share_phrases
    from rag.router import decide_route

    assert share_phrases("recall status - % of shipped cartons retrieved so far") == ("retrieved", "shipped cartons")
    assert decide_route("recall status - % of shipped cartons retrieved so far").route == "calculation"


def test_a_share_of_a_tables_two_columns(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "RC-77120-Q - % of shipped units retrieved so far")
    assert answer.text.startswith("60.0%: 12,000 units [1] of 20,000 units [1]"), answer.text


CROP_NOTE = """# Crop hail adjustment - Tellwright Farms, claim CH-88210-T

| Field | Crop | Planted | Loss |
| --- | --- | --- | --- |
| Field 3 (north bottom) | Soybeans | 42.5 acres | 60% |
| Field 7 (river bend) | Corn | 18 acres | 35% |

Hail swath crossed both fields on 07/14/2026. Replant payment estimate $6,150.00.
"""


def test_a_sum_in_a_unit_the_selector_also_knows(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One table of units for the kind of value asked and for arithmetic: acres, asked without "how many",
    are added as acres (the calculation knew eleven units, the selector thirty)."""
    engine = engine_with_files(tmp_path_factory.mktemp("acres"), [("crop_note.md", CROP_NOTE)])
    answer = ask_checked(engine, "total acres on field 3 and field 7 for CH-88210-T")
    assert answer.text.startswith("60.5 acres in total: 42.5 acres [1] + 18 acres [2]"), answer.text
    engine.close()


def test_a_unit_name_joined_to_a_number_is_a_label() -> None:
    assert unit_asked("benzene in MW-4 against the standard") is None  # a monitoring well, not megawatts
    assert unit_asked("total MW of the two inverters").name == "MW"  # type: ignore[union-attr]
