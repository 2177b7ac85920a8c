"""Lookups and cards read from each claim's own classification and staff, on files unlike our
samples: a kind of loss is what the claim's form ticks or its files state (an unticked box, a
resembling line, a word used in passing are no match); "rsv" is a reserve; a person's claims
are every claim whose files name them on the claim's staff; "where are we on X" is the card."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "vessel_survey.txt": """MARINE HULL CLAIM - FIRST REPORT
Claim Number: MH-5512
Insured: Orla Finnegan
Adjuster: Kwame Ostrowski
Date of Loss: 06/14/2026
Type of loss: [ ] sinking [X] lightning strike [ ] fire [ ] theft [ ] other
Reserve: $18,000.00
Status: OPEN - awaiting the electronics invoice

Survey Findings
Brightwater Marine Surveys was engaged by the carrier to inspect the sailing yacht and report its findings.
Lightning struck the masthead during a squall at the mooring, destroying the navigation electronics and the VHF radio.
The masthead light and the wind instruments were melted; the hull showed no damage.
Notes appended by Tobias Renner on 06/20/2026: the electronics invoice is still awaited.
""",
    "roof_file.txt": """Claim Number: HO-8820
Insured: Beatriz Salgado
Adjuster: Tobias Renner
Date of Loss: 03/02/2026
Cause of Loss: Windstorm damage to the roof and the gutters
Reserve: $45,000.00
Reviewed by Ingrid Solvang, Property Claims Supervisor, on 03/20/2026.
The contractor found 14 missing shingles and a bent gutter run.
""",
    "cafe_letter.txt": """Claim Number: GL-3307
Insured: Harbourside Cafe Ltd
Examiner: I. Solvang
Date of Loss: 01/11/2026
Cause of Loss: Customer slipped on a spilled drink at the counter
Reserve: $60,000.00
The customer fractured her wrist; her attorney sent a demand letter on 02/20/2026.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("staff")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def _listed(text: str) -> list[str]:
    return sorted(c for c in ("MH-5512", "HO-8820", "GL-3307") if c in text)


@pytest.mark.parametrize("question, expected", [
    ("which claims is solvang working", ["GL-3307", "HO-8820"]),
    ("what files does Ingrid Solvang have?", ["GL-3307", "HO-8820"]),
    ("what does kwame ostrowski handle", ["MH-5512"]),
    ("claims tobias renner has", ["HO-8820", "MH-5512"]),
    ("what's on solvang's desk", ["GL-3307", "HO-8820"]),  # her claims, not the claims "involving solvang's"  # an adjuster of one claim, named in another's notes
])
def test_a_persons_claims_are_every_claim_they_staff(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup", answer.text
    assert _listed(answer.text) == expected, answer.text
    assert any(name in answer.text for name in ("Solvang", "Ostrowski", "ostrowski", "Renner")), answer.text
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_words_of_claim_handling_are_no_persons_name(engine: Engine) -> None:
    answer = engine.ask("what is the claim handling fee on MH-5512?")
    assert " is on " not in answer.text and "claims match" not in answer.text, answer.text


def test_an_unticked_box_is_no_kind_of_loss(engine: Engine) -> None:
    answer = engine.ask("any fire claims?")
    assert _listed(answer.text) == [], answer.text
    assert answer.text.startswith("None"), answer.text
    ticked = engine.ask("which claims are lightning losses")
    assert _listed(ticked.text) == ["MH-5512"], ticked.text


@pytest.mark.parametrize("question", ["any flood damage claims?", "do we have any earthquake losses"])
def test_a_kind_of_loss_no_file_states_matches_none(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert _listed(answer.text) == [], answer.text
    assert answer.text.startswith("None"), answer.text


def test_rsv_under_an_amount_in_k_is_the_open_reserve(engine: Engine) -> None:
    answer = engine.ask("open files with rsv under 20k")
    assert _listed(answer.text) == ["MH-5512"], answer.text
    assert "under $20,000.00" in answer.text, answer.text


def test_where_are_we_on_a_claim_is_its_card(engine: Engine) -> None:
    answer = engine.ask("where are we on the finnegan claim")
    assert answer.route == "summary", answer.text
    assert answer.text.startswith("MH-5512"), answer.text
    head = answer.text.splitlines()[0]
    assert "lightning strike" in head and "sinking" not in head and "[ ]" not in head, head
    assert "Status: OPEN - awaiting the electronics invoice" in answer.text, answer.text
    happened = next(line for line in answer.text.splitlines() if line.startswith("What happened:"))
    assert "Lightning struck the masthead" in happened, happened
    assert "was engaged by" not in happened, happened


LEDGERS = {
    "comp_ledger.md": """# Indemnity ledger

**Claim:** WC-2231-77  |  **Employer:** Ridgeback Cabinetry Inc.  |  **Injured worker:** Sunniva Holt
**Date of injury:** 02/10/2026  |  **Status:** OPEN - temporary disability ongoing

## Reserves by head

| Set on | Medical | Wage loss | Legal | Why |
|---|---:|---:|---:|---|
| 02/14/2026 | $8,000 | $12,000 | $1,500 | Initial |
| 05/30/2026 | $22,000 | $41,000 | $4,000 | Surgery scheduled |
""",
    "trip_mail.txt": """From: claims desk
Subject: Claim TR-6610 - baggage delay

Claim TR-6610 | Reserve note: $1,250.00 set 04/02/2026
The traveller's suitcase arrived four days late in Lisbon; receipts for toiletries and clothing are attached.
Your cover (plan no. TP-4410-2, underwritten by Calloway Indemnity Corp.) pays up to $150.00 a day
for essentials while a bag is delayed.
""",
    "suit_memo.txt": """MEMORANDUM FROM DEFENSE COUNSEL
RE: Marchbank-Haas v. Brightmoor Storage, LLC
Ramsey County District Court, Case No. 62-CV-26-4410
Your Claim No.: GL-9042
Insured: Brightmoor Storage, LLC
Date of loss: 10/02/2025
The parties exchanged written discovery in May; a deposition of the facility manager is set for August.
""",
    "pickup_crash.txt": """Claim Number: PA-5120
Insured: Dmitri Vasquez-Lund
Date of Loss: 04/04/2026
Our insured's pickup was rear-ended at a red light by a delivery van; the tow driver took it to Lakeside Body Works.
The other driver's carrier accepted liability on 04/20/2026.
""",
    "quiet_file.txt": """Claim Number: GL-9043
Insured: Copperfield Bakery
Date of Loss: 11/20/2025
Cause of Loss: A customer tripped on a floor mat.
No suit has been filed; the claimant's attorney has asked for the medical bills to be paid.
""",
    "marina_claimant_log.md": """# Claimant log

**Claim:** GL-7714  |  **Insured:** Harrowgate Marina LLC  |  **Status:** OPEN

## Reserve history (bodily injury)

| Date | Change | New reserve | By |
|---|---|---|---|
| 03/02/2026 | initial | $60,000.00 | T. Ames |
| 05/11/2026 | increase (surgery scheduled) | $95,000.00 | T. Ames |

Expense reserve: $8,000.00 (set 03/02/2026, unchanged).
""",
}


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("ledgers")
    engine: Engine = engine_with_files(root, LEDGERS.items())
    return engine


def test_a_reserve_table_and_a_reserve_note_are_open_reserves(ledgers: Engine) -> None:
    over = ledgers.ask("open claims with reserves over 50k")
    assert "WC-2231-77" in over.text and "TR-6610" not in over.text, over.text
    assert "$67,000.00" in over.text, over.text  # the last row's heads of reserve, summed
    under = ledgers.ask("open files with rsv under 5k")
    assert "TR-6610" in under.text and "WC-2231-77" not in under.text, under.text
    assert "$1,250.00" in under.text, under.text


def test_one_head_of_reserve_is_not_the_open_reserve_when_a_reserve_table_sets_a_larger_one(ledgers: Engine) -> None:
    over = ledgers.ask("open files reserved over 90k")
    assert "GL-7714" in over.text and "$95,000.00" in over.text, over.text  # the table's latest row, not the expense
    under = ledgers.ask("open files with rsv under 10k")
    assert "GL-7714" not in under.text, under.text


def test_a_case_caption_in_court_is_a_claim_in_suit(ledgers: Engine) -> None:
    answer = ledgers.ask("which claims have a lawsuit on file")
    assert "GL-9042" in answer.text and "GL-9043" not in answer.text, answer.text
    assert "Marchbank-Haas v. Brightmoor Storage" in answer.text, answer.text


def test_plan_no_before_a_name_is_no_negation(ledgers: Engine) -> None:
    answer = ledgers.ask("calloway files?")
    assert "TR-6610" in answer.text and "GL-9042" not in answer.text, answer.text


def test_a_kind_of_loss_is_the_claims_line_of_business(ledgers: Engine) -> None:
    answer = ledgers.ask("any vehicle claims?")  # the crash file never says "vehicle"
    assert "PA-5120" in answer.text and "GL-9042" not in answer.text and "TR-6610" not in answer.text, answer.text
