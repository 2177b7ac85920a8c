"""The claim's handler when no field labels one as an adjuster: a report "prepared for" someone of the
carrier's claims department, a signature whose title line goes on with the company and a phone
number, a benefits analyst.
Files written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "loading_dock_audit.txt": """Inventory shrinkage review - claim IM-2290
Prepared for: Odile Brandt, Inland Marine Claims, Harbor Mutual Insurance Company
Insured: Pellucid Optics Distribution LLC

Between 02/01/2025 and 04/30/2025 the receiving clerk logged 41 pallets that never reached stock.
""",
    "dock_reply.txt": """Claim no.: IM-2291
Insured: Quayside Lumber Co.

Mr. Ferreira,

Your claim for the crane damage to the rail dock is accepted; payment follows this week.

Regards,
Casimir Osei
Property Field Adjuster | Harbor Mutual Insurance Company | (207) 555-0144
""",
    "home_care_diary.md": """**Claim:** LT-2292
**Insured:** Wilhelmina Starling
**Benefits analyst:** Marguerite Olawale
**Care coordinator (RN):** Tobias Renwick, RN

Home care visits began 03/03/2025; the elimination period ends 05/31/2025.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("titles")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("claim, person", [("IM-2290", "Odile Brandt"), ("IM-2291", "Casimir Osei"),
                                           ("LT-2292", "Marguerite Olawale")])
def test_the_handler_is_read_from_a_department_or_a_signature(engine: Engine, claim: str, person: str) -> None:
    answer = engine.ask(f"who is the adjuster on {claim}?")
    assert person in answer.text, answer.text
    assert answer.citations


def test_a_handler_s_claims_are_listed(engine: Engine) -> None:
    answer = engine.ask("which claims is Casimir Osei handling")
    assert "IM-2291" in answer.text and "IM-2290" not in answer.text, answer.text
