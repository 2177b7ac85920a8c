"""A "where" question asks a place, and a file names places three ways: a street address, two
roads that cross, or the facility by its name.

"Where were the occupants taken" is answered by "transported by county EMS to Harrow Valley
Regional Medical Center", "where did they stay" by "lodged at the Birchwood Inn", "where was the
crash" by "intersection of County Road 9 and Fennimore Road". None of them is a street address, the
only place the selector read before: the line that answers held "no value of the kind asked" and
lost to lines that did. Real parsing, retrieval and MiniLM through ``Engine.ask``; each test checks
what the adjuster reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.selection.values import find_values, question_kind

AUTO_NOTES = """# Auto claim notes - claim PA-26-70412, insured Odalys Fennimore

03/02/2026 FNOL: insured's sedan struck broadside at the intersection of County Road 9 and Quill Hollow Road
at about 18:10; other driver ran the stop sign.
03/02/2026 Insured and passenger transported by Dunmore County EMS to Harrow Valley Regional Medical Center;
released the same night.
03/03/2026 Vehicle towed to Keel's Body Shop; estimate requested.
03/05/2026 Insured's home unlivable after the tree fall of 03/04 (separate HO claim): family lodged at the
Birchwood Inn for four nights, receipts to follow.
03/09/2026 Recorded statement of the other driver, Wendell Pryce, taken by phone.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("places")
    engine = engine_with_files(root, (("auto-claim-notes-PA-26-70412.md", AUTO_NOTES),))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize(("question", "place"), [
    ("where were the insured and passenger taken after the crash", "Harrow Valley Regional Medical Center"),
    ("where was the insured's sedan struck", "County Road 9 and Quill Hollow Road"),
])
def test_a_where_question_is_answered_by_the_place_named(engine: Engine, question: str, place: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert place in answer.text
    assert any(place in c.excerpt for c in answer.citations)


@pytest.mark.parametrize(("text", "place"), [
    ("transported by EMS to Platte Ridge Medical Center, Kearney", "Platte Ridge Medical Center"),
    ("LOCATION: N ORCHARD AVE AT W FELL ST, MILLBROOK | INTERSECTION: Y", "N ORCHARD AVE AT W FELL ST"),
    ("struck at State Route 4 and Calloway Road", "State Route 4 and Calloway Road"),
    ("Initial treatment: Wexley Urgent Care - East, 02/09/2026", "Wexley Urgent Care - East"),
    ("Insured: Priya Dunmore, 14 Halden Court, Brookmere NJ 07418", "14 Halden Court"),
])
def test_the_place_reader_sees_a_facility_a_crossing_and_an_address(text: str, place: str) -> None:
    assert any(place in found for found in find_values("place", text))


@pytest.mark.parametrize(("question", "kind"), [
    ("where did they stay after the fire", "place"),
    ("insured's mailing address", "address"),  # an address is asked by name: a facility's name is no answer
    ("where does the claimant live", "address"),
])
def test_where_asks_a_place_and_address_asks_an_address(question: str, kind: str) -> None:
    assert question_kind(question) == kind
