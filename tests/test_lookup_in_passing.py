"""Which claims match a kind of loss, a status, a lawyer or a span of months, when their files only
name it in passing: a fire rescue unit on a crash report, a policy's list of covered perils, a bank's
own fraud file that was closed, a blank "Plaintiff counsel" field. Each listed claim is one whose loss,
status or party it is; asked in words unlike our question sets, on files written here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag.engine import Engine
from rag.experts.filters import in_passing, read_conditions
from rag.experts.text import content_terms
from rag.router import decide_route
from tests.docfactory import engine_with_files

CRASH = """HARTWELL COUNTY SHERIFF - MOTOR VEHICLE COLLISION
CLAIM: AV-20931-N
DATE OF COLLISION: 04/22/2025
UNIT 1 (INSURED: TOBIAS ENGSTROM) FAILED TO YIELD AND STRUCK UNIT 2 AT THE JUNCTION.
HARTWELL FIRE RESCUE 7 ON SCENE 1412-1440, NO TRANSPORTS.
STATUS: OPEN
"""

BASEMENT = """Homeowners claim note
Claim number: HM-5567-B
Insured: Rosalind Achebe
Date of loss: 06/09/2025
The washing machine supply hose split and water ran across the laundry room into the hallway.
Her son slipped on the wet tiles and needed stitches at the walk-in clinic.
Covered perils on this form: windstorm, hail, fire, theft, vandalism and sudden water discharge.
Claim closed 09/30/2025 after payment of $7,420.00.
"""

KITCHEN = """Commercial property - first report
Claim number: CP-8814-R
Insured: Bellhaven Noodle Bar LLC
Date of loss: 02/14/2025
A grease fire started on the wok range and spread into the hood duct before staff put it out.
Plaintiff counsel: ____
Status: open
"""

FRAUD = """Crime claim diary
Claim number: CR-3302-W
Insured: Oakmere Freight Co.
Date of loss: 05/03/2025
Our accounts clerk paid a fake invoice by ACH after an e-mail that looked like the vendor's.
The bank's fraud file is closed with nothing recovered; our claim stays open pending proof of loss.
Attorney for the claimant: Kessler & Amos LLP (the vendor's customer, Lianne Ortiz).
"""

TRANSMITTAL = """CLAIM FILE TRANSMITTAL
Claim BQ-1178-D
Insured Marrowby Bakehouse Ltd
Date of loss 11/02/2024
Reserves (as of 01/15/2025)
Coverage Opening Current
Building $40,000 $85,000
Stock and equipment $10,000 $30,000
Total $50,000 $115,000
Adjuster note: ovens replaced; the bakery reopened on 01/10/2025.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("passing")
    return engine_with_files(root, [("hartwell-collision.txt", CRASH), ("achebe-laundry.txt", BASEMENT),
                                    ("bellhaven-first-report.txt", KITCHEN), ("oakmere-crime-diary.txt", FRAUD),
                                    ("marrowby-transmittal.txt", TRANSMITTAL)])


CLAIMS = ("AV-20931-N", "HM-5567-B", "CP-8814-R", "CR-3302-W", "BQ-1178-D")


def listed(text: str) -> list[str]:
    return sorted(c for c in CLAIMS if c in text)


@pytest.mark.parametrize("question, expected", [
    ("do we have any fire losses?", ["CP-8814-R"]),
    ("show me the closed files", ["HM-5567-B"]),
    ("files with a lawyer involved", ["CR-3302-W"]),
    ("claims with a loss between march and may 2025", ["AV-20931-N", "CR-3302-W"]),
    ("losses during Q2 2025", ["AV-20931-N", "CR-3302-W", "HM-5567-B"]),
    ("files carrying more than $100k in reserves", ["BQ-1178-D"]),  # a reserve table's total row, latest column
    ("claims where the claimant needed stitches", ["HM-5567-B"]),  # the topic is the stitches, not the claimant
])
def test_only_the_claims_it_is_about_are_listed(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup", answer.trace.get("route_reason")
    assert listed(answer.text) == expected, answer.text
    for claim in expected:  # each with the line of its own file that shows it, cited
        line = next(ln for ln in answer.text.splitlines() if ln.startswith(f"- {claim}"))
        assert re.search(r"\[\d+\]$", line), answer.text


def test_the_largest_reserve_counts_one_stated_only_in_a_table(engine: Engine) -> None:
    answer = engine.ask("which file carries the largest reserve?")
    assert answer.route == "lookup" and answer.text.startswith("BQ-1178-D"), answer.text
    assert "$115,000" in answer.text and any("$115,000" in c.excerpt for c in answer.citations), answer.text


def test_a_kind_named_in_passing_is_told_from_a_loss_of_that_kind() -> None:
    fire = content_terms("fire")
    assert in_passing(fire, "HARTWELL FIRE RESCUE 7 ON SCENE 1412-1440, NO TRANSPORTS.")
    assert in_passing(fire, "Covered perils on this form: windstorm, hail, fire, theft, vandalism.")
    assert in_passing(fire, "Estimate from Northgate Fire Protection for the sprinkler heads.")
    assert not in_passing(fire, "A grease fire started on the wok range and spread into the hood duct.")
    assert not in_passing(fire, "Fire Department crews found the fire out on arrival.")
    water = content_terms("water damage")
    assert not in_passing(water, "A pipe burst and caused water damage in the kitchen.")  # kinds, but no list
    wind = content_terms("wind")
    assert in_passing(wind, "SITE LOG 07/02 | WX: overcast, 64F, wind NW 10-15 | crew of 6")
    assert not in_passing(wind, "Winds from the northwest at 60 mph peeled the membrane off the roof.")


def test_month_spans_and_wordings_of_claims_asked_by_when_or_kind() -> None:
    asked = read_conditions("claims with a loss from November to February 2026")
    assert (str(asked.after), str(asked.before)) == ("2025-11-01", "2026-02-28")
    asked = read_conditions("files in Q3-Q4 2025")
    assert (str(asked.after), str(asked.before)) == ("2025-07-01", "2025-12-31")
    for question in ("files during Q3 2025", "any D&O / EPL claims?", "which file is Achterberg handling",
                     "claims in oregon or idaho"):
        assert decide_route(question).route == "lookup", question
    assert read_conditions("any D&O / EPL claims?").any_of[0][0] == ["d&o"]


def test_a_role_beside_a_topic_is_dropped_but_an_injury_is_kept() -> None:
    assert read_conditions("claims where the claimant had surgery").topic == ["surgery"]
    assert read_conditions("any bodily injury files?").topic == ["bodily", "injury"]
