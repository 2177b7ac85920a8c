"""A summary of one document ("rundown of the patrol report") or one topic ("what has been paid")
is that document's or topic's own most central lines, cited, not the whole claim's card; and the
card itself reads its fields right on a form unlike our samples (a check box is no type of loss, a
line of business is the one the file states, a letterhead is no account of the loss). On the real
engine over files written here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine
from tests.docfactory import eml_bytes

PATROL = """KELBROOK HIGHWAY PATROL                          COLLISION RECORD
TROOP C - NORTH POST
----------------------------------------------------------------------
RECORD NO: KHP-26-33019        CLAIM REF: TR-5521-Q
DATE OF COLLISION: 05/02/2026   TIME: 2215
TROOPER: SGT. H. NAKAMURA      ID 6120
----------------------------------------------------------------------
LOCATION: ROUTE 9 SOUTHBOUND AT MILEPOST 41, NEAR ASHGROVE
WEATHER: HEAVY RAIN            SURFACE: FLOODED
UNIT A DRIVER: QUIGLEY, MORWENNA P
UNIT B DRIVER: FAIRWEATHER, OSWIN L
CHARGED: UNIT A, SPEED TOO FAST FOR CONDITIONS, TICKET T-7781045
NARRATIVE:
UNIT A LOST TRACTION IN STANDING WATER AND CROSSED INTO THE PATH OF UNIT B.
UNIT B STRUCK UNIT A BROADSIDE ON THE PASSENGER DOOR.
UNIT A DRIVER WAS TAKEN TO ASHGROVE GENERAL WITH A FRACTURED COLLARBONE.
"""

FILE_NOTES = """# Adjuster file notes

Claim number: TR-5521-Q
Insured: Morwenna Quigley
Adjuster: Leopold Varga
Policy: PA-6650143 (personal auto policy)
Date of loss: 05/02/2026

## What we know
Our insured's hatchback hydroplaned on a flooded stretch of Route 9 and was struck broadside by a pickup.
The highway patrol responded and charged our insured with driving too fast for the conditions.
Liability is accepted at 100% against our insured.

## Payment ledger

| Date | Payee | For | Amount |
|---|---|---|---|
| 05/12/2026 | Ashgrove Collision Works | Hatchback repairs | $9,480.15 |
| 05/20/2026 | Oswin Fairweather | Pickup property damage | $6,215.00 |
| 05/28/2026 | Ashgrove General Hospital | Medical payments | $3,050.75 |

Total paid to date: $18,745.90

## Reserve
Bodily injury reserve held at $40,000.00 pending the claimant's demand.
"""

FORM = """ORCHARD LANE HARDWARE CO-OP                     VISITOR MISHAP FORM
Commercial General Liability - notice to carrier
----------------------------------------------------------------------
Claim No.: GLX-3090-TT
Visitor: Benedikt Sorensen
Date of mishap: 08/19/2026
Workers' compensation: [X] no [ ] yes
INJURY: [X] yes [ ] no     Body part: left ankle
----------------------------------------------------------------------
WHAT HAPPENED
The visitor tripped over a pallet jack left in the garden centre aisle and twisted his left ankle.
A clerk brought a chair and an ice pack; the visitor drove himself to an urgent care clinic.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    files = {
        "khp_collision_record_33019.txt": PATROL,
        "tr-5521-q-file-notes.md": FILE_NOTES,
        "orchard-lane-visitor-form.txt": FORM,
    }
    for name, text in files.items():
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    thread = eml_bytes(subject="TR-5521-Q - rental car", body=(
        "Claim TR-5521-Q: the insured asked whether her policy pays for a rental car while the hatchback is "
        "repaired. Her policy has no rental reimbursement, so we will not pay for one.\n\nLeopold Varga"),
        date="Fri, 15 May 2026 10:02:00 -0400")
    (root / "rental-question.eml").write_bytes(thread)
    engine.ingest_file(root / "rental-question.eml")
    return engine


def documents_cited(answer: Answer) -> set[str]:
    return {c.document for c in answer.citations}


def test_a_rundown_of_one_document_quotes_that_document(engine: Engine) -> None:
    answer = engine.ask("quick rundown of the highway patrol record on TR-5521-Q")
    assert answer.route == "summary" and len(answer.text) <= 1500
    assert documents_cited(answer) == {"khp_collision_record_33019.txt"}, answer.text
    assert answer.text.startswith("khp_collision_record_33019.txt")
    assert "Parties:" not in answer.text  # the document's own lines, not the claim's card
    for fact in ("KHP-26-33019", "T-7781045"):
        assert fact in answer.text, answer.text


def test_a_summary_of_the_payments_lists_the_payments(engine: Engine) -> None:
    answer = engine.ask("summarize what has been paid so far on TR-5521-Q")
    assert answer.route == "summary" and "Parties:" not in answer.text
    for amount in ("$9,480.15", "$6,215.00", "$18,745.90"):
        assert amount in answer.text, answer.text
    payments = [c for c in answer.citations if "$9,480.15" in c.excerpt]
    assert payments and payments[0].document == "tr-5521-q-file-notes.md"


def test_a_summary_of_the_whole_claim_is_still_its_card(engine: Engine) -> None:
    answer = engine.ask("summarize TR-5521-Q")
    assert answer.route == "summary"
    assert "Parties:" in answer.text and "Auto" in answer.text.splitlines()[0]


def test_the_card_reads_a_form_right(engine: Engine) -> None:
    answer = engine.ask("summarize GLX-3090-TT")
    head = answer.text.splitlines()[0]
    assert "General liability" in head, answer.text  # stated by the form, not its check box
    assert "[X]" not in head and "compensation" not in head.lower()
    happened = next(line for line in answer.text.splitlines() if line.startswith("What happened"))
    assert "pallet jack" in happened and "ORCHARD LANE" not in happened


LETTER = """Harrow Mutual Insurance
14 Quay Street, Dunmore

April 9, 2026

Re: Claim FR-2201-B - kitchen fire at 8 Willow Row

Dear Ms. Castellanos,

Thank you for reporting the loss to us by telephone on March 3, 2026.
The fire started on the evening of March 1, 2026 when a pan of oil on the cooktop ignited and spread to the cabinets.
The fire department extinguished it; the kitchen and the hallway ceiling were damaged by fire and smoke.
Our appraiser estimated the repairs at $27,450.00, and your policy deductible is $1,000.00.

Sincerely,
Rosalind Achebe, Claims Adjuster
"""


def test_the_card_dates_the_loss_before_its_report_and_not_by_the_letter(engine: Engine,
                                                                        tmp_path: Path) -> None:
    (tmp_path / "fr-2201-b-letter.txt").write_text(LETTER)
    engine.ingest_file(tmp_path / "fr-2201-b-letter.txt")
    answer = engine.ask("summarize FR-2201-B")
    dates = next(line for line in answer.text.splitlines() if line.startswith("Dates:"))
    assert "loss March 1, 2026" in dates and "reported March 3, 2026" in dates, answer.text
    assert "April 9" not in dates
    assert "Policy: FR-2201-B" not in answer.text  # the claim's own number is no policy number


def test_a_card_asked_again_is_kept_until_a_file_changes(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    notes = tmp_path / "tr-5521-q-file-notes.md"
    notes.write_text(FILE_NOTES)
    engine.ingest_file(notes)
    first = engine.ask("summarize TR-5521-Q")
    again = engine.ask("summarize TR-5521-Q")
    assert again.text == first.text and again.citations == first.citations
    assert "card_select_ms" in first.trace["timings"] and "card_select_ms" not in again.trace["timings"]
    notes.write_text(FILE_NOTES.replace("$40,000.00", "$55,000.00"))
    engine.ingest_file(notes)
    changed = engine.ask("summarize TR-5521-Q")
    assert "reserve $55,000.00" in changed.text and "$40,000.00" not in changed.text, changed.text


STATEMENT = """RECORDED STATEMENT - Claim MX-7710-3
Statement of: Ilse Brandvold (claimant)
Taken by: Osric Pennant, claims examiner

PENNANT: Can you tell me what happened on the ninth?
BRANDVOLD: I was carrying two crates of glass jars down the cellar stairs when the third step gave way under me and I fell onto my right hip.
PENNANT: Did anybody see it?
BRANDVOLD: My neighbour Halvard Ostby heard me shout and came over; he drove me to Lindqvist Clinic that evening.
PENNANT: Had the step been repaired before?
BRANDVOLD: The landlord patched it with a plank in 2021 and said he would replace it, but he never did.
"""

STATEMENT_NOTES = """Claim number: MX-7710-3
Insured: Ostby Rental Properties
Adjuster: Osric Pennant

The claimant reports a fall on a cellar stair at the insured's rental house. Reserve set at $12,500.00.
"""


def test_a_statement_digest_quotes_the_answers_not_the_questions(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    for name, text in (("statement-brandvold.txt", STATEMENT), ("mx-7710-3-notes.md", STATEMENT_NOTES)):
        (tmp_path / name).write_text(text)
        engine.ingest_file(tmp_path / name)
    answer = engine.ask("summarize the recorded statement on MX-7710-3")
    assert {c.document for c in answer.citations} == {"statement-brandvold.txt"}, answer.text
    points = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert points and not any(re.sub(r"\s*\[\d+\]$", "", p).endswith("?") for p in points), answer.text
    assert "third step gave way" in answer.text and "Halvard Ostby" in answer.text
