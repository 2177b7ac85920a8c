"""What is left of a figure a line gives as used "of" its whole ("Retention eroded to date: $2,115.00 of
$25,000.00"): asked "how much of the retention is left", the whole less the part, citing the line. On the real
engine, over a coverage note written here."""

from __future__ import annotations

import pytest

from rag.router import decide_route
from tests.docfactory import ask_checked, engine_with_files

COVERAGE_NOTE = """Coverage position - professional liability
Claim Number: PL-DO-27-1180
Insured: Ferrow & Lisle Architects LLP

Policy PL 4471-22, limit $2,000,000 each claim. Self-insured retention $25,000 each claim.
Retention eroded to date: $2,115.00 of $25,000.00.
Next report due 10/01/2026.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("left_of_whole"), [("coverage_note.txt", COVERAGE_NOTE)])


def test_what_is_left_of_a_figure_used_of_its_whole(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much of the retention is left on PL-DO-27-1180")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$22,885.00 left: $25,000.00 - $2,115.00"), answer.text
    assert any("eroded to date" in c.excerpt for c in answer.citations), answer.citations


def test_how_much_is_left_is_arithmetic() -> None:
    assert decide_route("how much retention is left on PL-DO-27-1180").route == "calculation"
    assert decide_route("how much of the SIR is still remaining").route == "calculation"
