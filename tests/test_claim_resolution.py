"""Which claim a question is about, on the real engine: a claim number not on file gets "did you
mean" with a claim the asker may see (never another channel's), and a new general question in a
conversation does not inherit the last claim."""

from __future__ import annotations

import pytest

from rag.config import Settings
from rag.engine import Engine

BOAT = """Claim Number: CLM-3318
Insured: Wendell Achterberg
Loss: the insured's pontoon boat sank at its mooring during a squall.
Salvage and haul-out: $3,150.00
"""

BAKERY = """Claim Number: CLM-3319
Insured: Rosewood Bakery LLC
Loss: a walk-in freezer failed overnight and the stock spoiled.
Spoiled inventory: $8,420.00
Prior loss RB-2024-00417 (a roof leak in 2024) was closed without payment.
"""

MANUAL = """# Field manual for catastrophe adjusters

## Reinspections
A reinspection is required whenever a supplement exceeds $5,000 or a contractor disputes the scope of repairs.

## Mileage
Mileage is reimbursed at 67 cents a mile for personal vehicles used on catastrophe deployments.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text, scope in (("boat.txt", BOAT, "C-marine"), ("bakery.txt", BAKERY, "C-commercial"),
                              ("cat-manual.md", MANUAL, "workspace")):
        (root / name).write_text(text)
        engine.ingest_file(root / name, scope=scope)
    return engine


def test_a_mistyped_claim_number_gets_did_you_mean(engine: Engine) -> None:
    answer = engine.ask("how much was the haul-out on CLM-3381?", scope="C-marine")
    assert answer.text == "I don't have CLM-3381 on file \u2014 did you mean CLM-3318?"


def test_did_you_mean_only_suggests_claims_in_reach(engine: Engine) -> None:
    answer = engine.ask("spoiled stock total on CLM-3319?", scope="C-marine")
    assert "CLM-3319" in answer.text and "CLM-3318" in answer.text  # the asked number, and the one it may see
    assert "did you mean CLM-3318?" in answer.text
    assert "$8,420.00" not in answer.text


def test_a_number_far_from_every_claim_lists_the_claims_instead(engine: Engine) -> None:
    answer = engine.ask("status of CLM-9001?", scope="C-marine")
    assert "did you mean" not in answer.text
    assert "CLM-3318" in answer.text


HISTORY = ["What did the salvage and haul-out cost on CLM-3318?", "The salvage and haul-out cost $3,150.00 [1]."]


def test_a_new_general_question_does_not_inherit_the_last_claim(engine: Engine) -> None:
    answer = engine.ask("At what rate is mileage reimbursed on deployments?", scope="C-marine", history=HISTORY)
    assert "CLM-3318" not in answer.claim_ids
    assert "67 cents" in answer.text
    assert answer.citations[0].document == "cat-manual.md"


def test_a_follow_up_that_points_back_keeps_the_claim(engine: Engine) -> None:
    answer = engine.ask("and who is the insured on it?", scope="C-marine", history=HISTORY)
    assert answer.claim_ids == ["CLM-3318"]
    assert "Wendell Achterberg" in answer.text


def test_a_claim_number_of_another_shape_that_no_file_here_writes_is_not_on_file(engine: Engine) -> None:
    answer = engine.ask("how many pallets were lost on MR-2026-44107?", scope="C-marine")
    assert answer.text == "No documents for claim MR-2026-44107 here. Claims on file: CLM-3318."
    assert not answer.citations


def test_a_number_some_file_here_writes_is_searched_not_refused(engine: Engine) -> None:
    answer = engine.ask("what was the prior loss RB-2024-00417?", scope="C-commercial")
    assert "No documents for claim" not in answer.text
    assert "RB-2024-00417" in answer.text and answer.citations


def test_the_registry_fact_asked_is_no_word_that_names_a_claim(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = Engine.open(Settings(home=tmp_path / "home"))
    files = {"greenhouse.txt": "Claim Number: CLM-4410\nInsured: Tern Valley Nursery\nPolicy number: FRM-330918\n"
                               "Hail shattered the greenhouse glazing.\n",
             "sawmill.txt": "Claim Number: CLM-4411\nInsured: Corliss Timber\nPolicy: SMP-771204\n"
                            "A conveyor motor burned out; the loss falls under the Kilnguard rider.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        engine.ingest_file(tmp_path / name)
    answer = engine.ask("what's the policy number for the Kilnguard coverage rider?")
    assert answer.claim_ids == ["CLM-4411"] and "SMP-771204" in answer.text
    engine.close()
