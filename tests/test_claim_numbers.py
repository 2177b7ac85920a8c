"""Claim numbers are read whole, whatever their shape, in the files and in questions, on the real
engine: an answer never names a claim cut short (``CLM-2024`` for ``CLM-2024-0847-2931``)."""

from __future__ import annotations

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.metadata import find_claim_ids

MARINE = """MARINE CARGO LOSS ADVICE
Claim Number: CLM-2024-0847-2931
Assured: Coastline Produce Cooperative
Surveyor: Ingrid Halvorsen

Forty-two pallets of citrus arrived at Pier 7 above the carrying temperature. The reefer unit's
data logger shows it shut down for nine hours off Cape Fear.
Survey fee: $1,850.00
"""

LIABILITY = """Premises liability - first report
Claim Ref: CLM-44217-PD
Insured: Ridgeback Storage Partners
Claimant: Oluwaseun Adeyemi

The claimant tripped over a loose threshold plate at unit 114 and broke her wrist.
Ambulance transport: $912.40
"""

HOMEOWNER = """Homeowners field inspection
Claim No.: HO-2024-8892
Insured: Priscilla and Dev Narayan

A lightning strike on the chimney cracked the flue liner; soot was found in the attic.
Chimney mason quote: $6,300.00
"""

COMP = """Employer's First Report of Injury
Claim No. WC 2025 00123
Employer: Gantry Steel Fabricators Inc.
Injured Employee: Rafael Quintero

The welder's helper was burned on the forearm by spatter from an overhead weld.
Burn clinic visit: $740.00
"""

POLICY_STYLE = """Loss notice
Claim Number: 55-310-778
Insured: Theodora Mills

A delivery van backed into the insured's garage door.
Garage door replacement: $2,480.00
"""

CONDO = """Clm#2025/70312 MANAGEMENT LIABILITY - CLAIM MEMO
Insured: Fernhollow Condominium Association

Unit owners sued the board over a special assessment for the roof.
Defense retainer: $15,000.00
"""


@pytest.mark.parametrize("text, expected", [
    (MARINE, "CLM-2024-0847-2931"), (LIABILITY, "CLM-44217-PD"), (HOMEOWNER, "HO-2024-8892"),
    (COMP, "WC 2025 00123"), (POLICY_STYLE, "55-310-778"), (CONDO, "2025/70312"),
])
def test_a_claim_number_of_any_shape_is_read_whole(text: str, expected: str) -> None:
    assert find_claim_ids(text) == [expected]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("claims")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in (("marine.txt", MARINE), ("liability.txt", LIABILITY), ("home.txt", HOMEOWNER),
                       ("comp.txt", COMP), ("van.txt", POLICY_STYLE), ("condo.txt", CONDO)):
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


def test_the_claims_on_file_carry_their_whole_numbers(engine: Engine) -> None:
    assert [c.claim_id for c in engine.claims()] == sorted(
        ["CLM-2024-0847-2931", "CLM-44217-PD", "HO-2024-8892", "WC 2025 00123", "55-310-778", "2025/70312"])


@pytest.mark.parametrize("question, claim, value", [
    ("what was the survey fee on CLM-2024-0847-2931?", "CLM-2024-0847-2931", "$1,850.00"),
    ("ambulance cost for clm-44217-pd", "CLM-44217-PD", "$912.40"),
    ("how much did the mason quote on ho 2024 8892", "HO-2024-8892", "$6,300.00"),
    ("burn clinic bill, WC-2025-00123?", "WC 2025 00123", "$740.00"),
    ("garage door replacement on claim 55-310-778", "55-310-778", "$2,480.00"),
    ("defense retainer on Clm#2025/70312?", "2025/70312", "$15,000.00"),  # a number without a hyphen
])
def test_a_question_naming_a_claim_in_any_spelling_is_answered_from_that_claim(
        engine: Engine, question: str, claim: str, value: str) -> None:
    answer = engine.ask(question)
    assert answer.claim_ids == [claim]
    assert value in answer.text
    assert "CLM-2024 " not in answer.text and "CLM-2024." not in answer.text


def test_a_summary_by_a_number_spelled_differently_finds_the_claim(engine: Engine) -> None:
    answer = engine.summarize_claim("wc 2025 00123")
    assert answer.claim_ids == ["WC 2025 00123"]
    assert "Gantry Steel" in answer.text
