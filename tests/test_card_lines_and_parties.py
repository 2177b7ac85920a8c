"""The claim card's line of business comes from the policy's own words, and its parties are people
or organisations: never a street, the town of an address, a job title or a date's label. Lookups
that name a line of business ("workers comp claims") list the claims of that line, not every file
that mentions it. Files written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "till_shortages.txt": """Claim no.: FD-6101
Named insured: Brackwater Hardware Cooperative
Policy: Commercial Crime FC-44718, limit $100,000 per occurrence
Investigator: Odile Ferrante

Findings
Between March and August 2025 the head cashier kept back part of each day's cash takings and
altered the till tapes to hide it. She booked a family trip with the money. The shortfall proven by
the auditors is $38,410.00.
""",
    "board_demand.txt": """Claim no.: MG-6102
Named insured: Pelham Quarry Holdings, Inc.
Coverage: private company directors and officers liability, policy DX-220931
Date of notice: Ms. Rhiannon Vale
Claims Specialist: Subrogation Specialist

A minority shareholder demands that the board rescind the sale of the east pit to a director's
relative, and alleges the price was below market by $1,200,000.
""",
    "hangar_door.txt": """Claim no.: HK-6103
Named insured: Kestrel Field Services LLC
Aircraft owner (claimant): Priya Ramaswamy, 412 Cobbler Creek Rd, Dunmore, PA 18512
Policy: Hangarkeepers liability HK-55120, deductible $500

The hangar door track struck the left elevator while the aircraft was towed inside. Repairs were
made by the field's repair station.
""",
    "kiln_fire.txt": """Claim no.: CP-6104
Named insured: Larkspur Pottery Works
Policy: Commercial property CPX-99811 (building and business personal property)
Date of loss: 06/11/2025

A kiln overheated and set fire to the drying racks; the commercial property form covers the building
and the stock. One potter inhaled smoke; her care is handled by the employer's workers' compensation
carrier.
""",
    "forklift.txt": """Claim no.: WC-6105
Employer: Larkspur Pottery Works
Injured worker: Tobias Engel
Policy: Workers' compensation WCP-30127
Date of injury: 08/02/2025

The employee's foot was crushed by a pallet jack in the clay store; he is off work on temporary total
disability.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("lines")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def _head(text: str) -> str:
    return text.splitlines()[0]


@pytest.mark.parametrize("claim, line", [
    ("FD-6101", "Crime"),
    ("MG-6102", "Management liability"),
    ("HK-6103", "Aviation"),
    ("CP-6104", "Commercial property"),
])
def test_the_card_names_the_line_of_business_its_policy_states(engine: Engine, claim: str, line: str) -> None:
    answer = engine.ask(f"summarize {claim}")
    assert _head(answer.text).startswith(f"{claim} - {line}"), answer.text


def test_an_address_is_no_party_on_the_card(engine: Engine) -> None:
    answer = engine.ask("summarize HK-6103")
    parties = next((ln for ln in answer.text.splitlines() if ln.startswith("Parties:")), "")
    assert "Cobbler Creek" not in parties and "Dunmore" not in parties, answer.text


def test_a_job_title_or_a_date_label_is_no_party_on_the_card(engine: Engine) -> None:
    answer = engine.ask("summarize MG-6102")
    parties = next((ln for ln in answer.text.splitlines() if ln.startswith("Parties:")), "")
    assert "Subrogation Specialist" not in parties, answer.text
    assert "date of notice" not in parties.lower(), answer.text


def test_a_line_of_business_asked_by_name_lists_only_the_claims_of_that_line(engine: Engine) -> None:
    answer = engine.ask("any workers comp claims on file?")
    assert "WC-6105" in answer.text, answer.text
    assert "CP-6104" not in answer.text, answer.text
