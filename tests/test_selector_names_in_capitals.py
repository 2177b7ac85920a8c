"""Names written in capitals, as police reports and agency forms write them.

A sheriff's report or a fire marshal's form writes its people in capitals: a rank before the name
("APPROVED BY: LT D. HARROWGATE"), the surname first in a field ("COMPLAINANT: OYELOWO, BENEDICT A"),
initials before a surname ("Entered by T. Vashti"). The selector reads a line as holding a person
only when it sees a name there, so "who approved the report" or "who was the complainant" must find
these names, while the report's headings and the organisations in capitals ("SHERIFF'S OFFICE",
"KESTREL PAVING LLC") stay what they are. Real parsing, retrieval and MiniLM through ``Engine.ask``;
each test checks what the adjuster reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.selection.values import find_values

SHERIFF_REPORT = """DUNMORE COUNTY SHERIFF'S OFFICE
BURGLARY INCIDENT REPORT   CASE 26-S-07713

DATE/TIME REPORTED: 02/14/2026 0815 HRS
LOCATION: 1180 QUARRY BEND RD, TALLIS FERRY
VICTIM BUSINESS: KESTREL PAVING LLC
LIENHOLDER: Tallis Ferry Savings Bank, loan 88-20417
COMPLAINANT: OYELOWO, BENEDICT A   PH (555) 201-4471   (YARD MANAGER)
WITNESS: ABERNETHY, CORINNE M   ADDR 1192 QUARRY BEND RD

NARRATIVE
ON ARRIVAL FOUND THE EAST GATE CHAIN CUT. TWO PLATE COMPACTORS AND A GENERATOR REPORTED TAKEN FROM
THE TOOL CONEX. NO SUSPECTS AT THIS TIME. SCENE PHOTOGRAPHED, PHOTOS 1-9.

REPORTING DEPUTY: DEP. M. SOLVEIG #3318
APPROVED BY: LT D. HARROWGATE #1024   02/15/2026
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("capitals")
    engine = engine_with_files(root, (("sheriff-burglary-report-26-S-07713.txt", SHERIFF_REPORT),))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize(("question", "name", "line"), [
    ("who approved the burglary report", "LT D. HARROWGATE", "APPROVED BY"),
    ("who was the witness to the burglary", "ABERNETHY, CORINNE M", "WITNESS"),
    ("who was the complainant on the kestrel paving burglary", "OYELOWO, BENEDICT A", "COMPLAINANT"),
    ("who was the reporting deputy", "M. SOLVEIG", "REPORTING DEPUTY"),
    # a bank is who, too: the words that rule out a name in capitals do not rule out an organisation
    ("who is the lienholder on the paving equipment", "Tallis Ferry Savings Bank", "LIENHOLDER"),
])
def test_a_name_in_capitals_answers_who(engine: Engine, question: str, name: str, line: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert name in answer.text
    assert any(name in c.excerpt and line in c.excerpt for c in answer.citations)
    assert re.search(r"\[\d\]", answer.text)


@pytest.mark.parametrize(("text", "name"), [
    ("APPROVED BY: LT D. HARROWGATE #1024   02/15/2026", "LT D. HARROWGATE"),
    ("WITNESS: ABERNETHY, CORINNE M   ADDR 1192 QUARRY BEND RD", "ABERNETHY, CORINNE M"),
    ("Reviewed by:  INSP. NADIA KOVAC   03/02/2026", "NADIA KOVAC"),
    ("Entered by T. Vashti on 03/02/2026", "T. Vashti"),
    ("Parent/guardian:  ROSALIND ACHTERBERG (mother)", "ROSALIND ACHTERBERG"),
    ("Named insured:  GWENDOLYN A. FAIRBROOK", "GWENDOLYN A. FAIRBROOK"),  # whole, not "A. FAIRBROOK"
])
def test_the_person_reader_sees_a_name_in_capitals(text: str, name: str) -> None:
    assert any(name in found for found in find_values("person", text))


@pytest.mark.parametrize("text", [
    "DUNMORE COUNTY SHERIFF'S OFFICE",
    "BURGLARY INCIDENT REPORT   CASE 26-S-07713",
    "VICTIM BUSINESS: KESTREL PAVING LLC",
    "LOCATION: TALLIS FERRY, OH 43001",
    "ROAD SURFACE: DRY ASPHALT   WEATHER: CLEAR",
    "Paid by wire to U.S. Bank; mail to P. O. Box 4410",
    "Inspected the roof at 4410 E. Harlow Rd, Dunmore, on 03/02/2026",  # initials of a street, not of a person
    "LOCATION: S. QUARRY BEND RD AT MILL ST",
])
def test_headings_places_and_organisations_in_capitals_are_no_person(text: str) -> None:
    assert find_values("person", text) == []
