"""Yes/no checks between two amounts: a figure against a limit a line states beside another
amount ("a demand of $850,000 against the $500,000 each-accident limit": the limit is the amount
its own word stands beside, never the demand read as both sides), "is A more than B" between two
named figures, and an amount against a reserve whose name has an ampersand. On the real engine,
over a commercial trucking file written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.amounts import value_in
from rag.experts.calculation.question import calculation_asked
from rag.router import decide_route
from tests.docfactory import ask_checked, engine_with_files

TRUCKING = """COMMERCIAL AUTO - LIABILITY AND PHYSICAL DAMAGE WORKSHEET
Claim Number: TRK-66120-J
Insured: Brackenholt Freight Lines Inc.
Adjuster: Ysolde Marchbank

Physical damage
Trailer repair (Kessler Body Works): $7,940.00
Tractor repair (Dunmore Truck Centre): $12,310.00
Physical damage deductible: $2,500.00
Tow bill (Orrin's Heavy Recovery): $1,850.00
Storage & tow reserve: $3,000.00

Liability
We received the claimant's demand of $850,000 against the $500,000 each-accident limit and have asked the
insured whether it wishes to contribute above the policy.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("trucking")
    return engine_with_files(root, [("trk-66120-worksheet.txt", TRUCKING)])


def test_a_comparison_asked_as_a_question_is_routed_and_read() -> None:
    question = "is the trailer repair by itself more than the deductible on TRK-66120-J?"
    assert decide_route(question).route == "calculation"
    assert calculation_asked(question) == "compare"
    assert calculation_asked("how much more than the deductible was the trailer repair") == "difference"


def test_is_one_amount_more_than_another(engine: Any) -> None:
    answer = ask_checked(engine, "is the trailer repair by itself more than the deductible on TRK-66120-J?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("Yes: $7,940.00 [1] is more than $2,500.00 [2], by $5,440.00"), answer.text


def test_a_no_says_which_way_it_goes(engine: Any) -> None:
    answer = ask_checked(engine, "was the tractor repair less than the trailer repair, TRK-66120-J?")
    assert answer.text.startswith("No: $12,310.00 [1] is more than $7,940.00 [2], by $4,370.00"), answer.text


def test_the_limit_is_the_amount_its_word_stands_beside(engine: Any) -> None:
    answer = ask_checked(engine, "is the claimant's demand within the each-accident limit on TRK-66120-J?")
    assert answer.text.startswith("No, over the limit by $350,000.00"), answer.text
    assert "of the $500,000.00 limit" in answer.text


def test_a_reserve_named_with_an_ampersand(engine: Any) -> None:
    question = "is the tow bill within the storage & tow reserve on TRK-66120-J?"
    assert decide_route(question).route == "calculation"
    answer = ask_checked(engine, question)
    assert answer.text.startswith("Yes, within the reserve: $1,850.00 [1] is 61.7% of the $3,000.00 reserve"), answer.text


def test_a_limit_unit_is_no_rate_and_the_kind_after_it_names_the_amount() -> None:
    line = "Policy: GL-20417 (CGL, $1,000,000 per occurrence, $10,000 per occurrence deductible)"
    assert value_in(line, "$1,000,000", {"deductibl"}) == "$10,000"
    assert value_in(line, "$10,000", {"limit"}) == "$1,000,000"
    assert value_in("storage at $85.00 per day, 14 days", "$85.00", {"storag"}) is None  # a rate is no amount
