"""A remainder: one figure less another the question names ("what's still owed on the contents
settlement after the advance", "the indemnity reserve remaining after the interim payment"), both
found as their phrases name them and cited, with the working; nothing when the figure taken off is
not in the file (no guess). On the real engine, over a household contents file written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.question import calculation_asked, left_after
from rag.router import decide_route
from tests.docfactory import ask_checked, engine_with_files

CONTENTS = """HOUSEHOLD CONTENTS - SETTLEMENT NOTE
Claim Number: HX-20577-B
Insured: Perpetua Langhorne-Diaz
Cause: kitchen fire, smoke through the ground floor

Contents settlement (ACV, agreed 04/28/2026): $14,380.00
Advance paid to the insured 05/02/2026: $4,000.00
Indemnity reserve: $25,000.00
Interim payment to the contractor 05/20/2026: $7,500.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("contents")
    return engine_with_files(root, [("hx-20577-settlement-note.txt", CONTENTS)])


def test_a_remainder_is_read_from_the_question() -> None:
    question = "what's still owed on the contents settlement after the advance, HX-20577-B?"
    assert decide_route(question).route == "calculation"
    assert calculation_asked(question) == "left_after"
    assert left_after("indemnity reserve remaining after the interim payment") == (
        "indemnity reserve", "the interim payment")


def test_what_is_still_owed_after_an_advance(engine: Any) -> None:
    answer = ask_checked(engine, "what's still owed on the contents settlement after the advance, HX-20577-B?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$10,380.00 left: $14,380.00 [1] - $4,000.00 [2]"), answer.text
    assert any(c.document == "calculation" and "$14,380.00 - $4,000.00 = $10,380.00" in c.excerpt
               for c in answer.citations), answer.citations


def test_a_reserve_remaining_after_a_payment(engine: Any) -> None:
    answer = ask_checked(engine, "indemnity reserve remaining after the interim payment on HX-20577-B")
    assert answer.text.startswith("$17,500.00 left: $25,000.00 [1] - $7,500.00 [2]"), answer.text


def test_nothing_is_taken_off_that_the_file_does_not_hold(engine: Any) -> None:
    answer = ask_checked(engine, "what's still owed on the contents settlement after the salvage credit, HX-20577-B?")
    assert "left:" not in answer.text and "$10,380.00" not in answer.text, answer.text
