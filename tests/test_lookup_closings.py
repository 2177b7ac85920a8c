"""Where a claim stands when no "Status:" field says it: a note that is a closing ("Closed
11/04/2025."), a dated request to close the claim, and not a business that closed and reopened
or a settlement that may happen. Asked as a user would, on files written here."""

from __future__ import annotations

import pytest
from docfactory import eml_bytes, engine_with_files

from rag.engine import Engine

FILES = {
    "marina_notes.txt": """Claim Number: MAR-5501
Insured: Okonjo Boatworks Ltd.
Date of Loss: 09/14/2025
Cause of Loss: Hull punctured at the fuel dock by a drifting barge
Adjuster notes
10/02/2025 - Surveyor confirmed the hull breach; repair estimate $8,900.00 accepted.
10/29/2025 - Repair invoice paid, $8,900.00 less deductible.
Salvage none. Closed 11/04/2025.
""",
    "kiln.eml": eml_bytes(
        subject="PR-5502 ceramics kiln",
        body="""Records team,

Claim no. PR-5502, Halloran Clay Studio: kiln shelf collapse.
The final check for $4,310.00 was deposited by the studio on 10/27/2025. Nothing further is owed.
Please close PR-5502 as of today, 10/30/2025.

Ilse Marchbank
Property desk
""",
        date="Thu, 30 Oct 2025 14:00:00 -0500"),
    "bakery.txt": """Claim Number: BI-5503
Insured: Fennimore Street Bakery
Date of Loss: 02/26/2025
Cause of Loss: Oven flue fire in the kitchen
The bakery closed on 03/02/2025 and reopened on 04/10/2025 after the flue was relined.
Business income worksheet pending from the insured's accountant.
""",
    "fence.txt": """Claim Number: GL-5504
Insured: Tamsin Oyelowo
Date of Loss: 07/07/2025
Cause of Loss: Neighbour's fence damaged by a falling oak limb
The neighbour says he will withdraw his demand if the matter is settled by 12/31/2025.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("closings")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


CLAIMS = ("MAR-5501", "PR-5502", "BI-5503", "GL-5504")


@pytest.mark.parametrize("question, expected", [
    ("which claims are closed", ["MAR-5501", "PR-5502"]),
    ("list the open claims", ["BI-5503", "GL-5504"]),
])
def test_a_closing_note_or_a_dated_request_to_close_closes_the_claim(engine: Engine, question: str,
                                                                     expected: list[str]) -> None:
    answer = engine.ask(question)
    listed = sorted(c for c in CLAIMS if c in answer.text)
    assert listed == sorted(expected), answer.text
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_no_claim_is_reopened_because_the_insured_s_shop_reopened(engine: Engine) -> None:
    answer = engine.ask("which claims were reopened")
    assert "BI-5503" not in answer.text, answer.text


def test_the_card_says_closed_with_the_closing_date(engine: Engine) -> None:
    answer = engine.ask("summarize PR-5502")
    status = next(line for line in answer.text.splitlines() if line.startswith("Status"))
    assert "closed October 30, 2025" in status, answer.text


@pytest.mark.parametrize("question, expected", [
    ("which claims were closed in october or november 2025", ["MAR-5501", "PR-5502"]),
    ("which claims were closed in november 2025", ["MAR-5501"]),
    ("claims with a loss in september or october 2025", ["MAR-5501"]),
])
def test_a_span_of_two_months_and_a_closing_date_bound_the_claims(engine: Engine, question: str,
                                                                  expected: list[str]) -> None:
    answer = engine.ask(question)
    listed = sorted(c for c in CLAIMS if c in answer.text)
    assert listed == sorted(expected), answer.text
