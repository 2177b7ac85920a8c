"""A figure less a deductible is never answered as nothing or less than nothing when the figure was read
from the file: a deductible as large as the figure it comes off says the figure was misread (an emergency
expense limit of $750 taken for a motorhome's ACV). The needle expert answers instead. A deduction the question
states by its own name ("the $4,000 restitution") comes off with the file's deductible. On the real engine,
over claim notes written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

RV_NOTES = """RV claim notes - Harbor Plains Mutual
Claim Number: RV-88031-M
Insured: Lena and Otto Brightwater

07/05/26 09:12 Pol RVP 4410932 (motorhome, ACV basis); Comp ded $1,000; Personal effects lmt $10,000; Emerg. exp lmt $750.
07/06/26 14:30 IA assigned. Coach burned at the campground, total loss per the IA.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("net_guard"), [("rv_notes.txt", RV_NOTES)])


def test_a_deductible_is_never_taken_off_a_smaller_figure_read_for_the_amount(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "ACV less the comp ded on RV-88031-M")
    assert not answer.text.startswith(("$0.00", "-$")), answer.text


THEFT_SCHEDULE = """Employee theft - adjuster's summary
Claim Number: CR-61120-E
Insured: Ostvale Grain Cooperative

Policy CR 5520190, employee theft limit $250,000, deductible $2,500 each loss.
Proven loss: $48,310.00 (cash shortfalls, Schedule A).
"""


@pytest.fixture(scope="module")
def theft(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("stated_deduction"), [("theft_summary.txt", THEFT_SCHEDULE)])


def test_a_deduction_the_question_states_by_name_and_the_files_deductible(theft) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(theft, "proven loss net of the $4,000 restitution and the deductible on CR-61120-E")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$41,810.00: $48,310.00"), answer.text
    assert "- $4,000.00 restitution - $2,500.00 deductible" in answer.text, answer.text
