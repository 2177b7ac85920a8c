"""The part of a figure not used ("how much of the reserve wasn't needed", "how much of the reserve went
unused"): the figure less what was paid, both cited. On the real engine, over a closing note written here;
and the question's wording read as a remainder, not a fact."""

from __future__ import annotations

import pytest

from rag.experts.calculation.question import calculation_asked, left_after
from rag.router import decide_route
from tests.docfactory import ask_checked, engine_with_files

CLOSING_NOTE = """Closing note - Tollgate Dry Cleaners bailee claim
Claim Number: BC 51-70233
Insured: Tollgate Dry Cleaners

All six customer payments issued 08/20/2025 (checks 0051101 through 0051106) totalling $4,120.00.
Subrogation referred against the landlord's sprinkler contractor.
Reserve was $7,500.00. Closed 09/02/2025.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("unused_part"), [("closing_note.txt", CLOSING_NOTE)])


def test_the_unused_part_of_a_reserve_is_the_reserve_less_what_was_paid(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much of the reserve on BC 51-70233 wasn't needed")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$3,380.00 left: $7,500.00"), answer.text
    assert any("totalling $4,120.00" in c.excerpt for c in answer.citations), answer.citations


def test_questions_asking_the_unused_part_are_remainders() -> None:
    for question in ("how much of the solar reserve went unused", "how much of the bill did we not pay",
                     "how much of the advance wasn't spent"):
        assert decide_route(question).route == "calculation", question
        assert calculation_asked(question) == "left_after", question
    assert left_after("how much of the pressworth reserve wasn't needed") == ("the pressworth reserve",
                                                                              "what was paid")
    assert decide_route("how much of the deductible did we pay").route != "calculation"
