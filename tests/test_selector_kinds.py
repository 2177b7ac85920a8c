"""The selector answers fact questions first, for every kind of value, on files worded unlike
our samples: a boiler inspection in Markdown with a label/value table, a DOCX crew roster with
no header row, a PDF dispatch log whose times stand alone. Real parsing, chunking, Chroma and
MiniLM through ``Engine.ask``; each test checks what the adjuster would read: the value in a
short answer with its ``[n]``, the excerpt that holds it, or "couldn't find".

The pieces are tested alone too (units of a two-column table, the kinds of value a question
asks for and a line holds), with wordings no sample file uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docfactory import ask_checked, docx_bytes, engine_with_files, pdf_bytes

from rag.answer import Answer
from rag.engine import Engine
from rag.experts.needle import rule_view
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.values import find_values, question_kind

BOILER_MD = """# Boiler breakdown inspection

Requested by Fenwick Mill Lofts Condominium Association after the plant room flooded.

| Field | Value |
|---|---|
| Inspector of record | Halvard Ostby |
| Jurisdiction certificate | NB-77310-Q |
| Boiler make | Lochinvar Knight XL |
| Site | 4 Tannery Wharf, Fenwick |

## What was found

The low-water cutoff probe was scaled solid and never tripped the burner.
Halvard Ostby, the association's contracted boiler inspector, found the sight glass cracked.
The heat exchanger showed two pinhole leaks on the return side.
"""

ROSTER_DOCX = [
    ("h1", "Crew roster, roof tear-off"),
    ("table", [["Gus Peralta", "crew chief"],
               ["Noor Haddad", "safety monitor"],
               ["Levi Brandt", "laborer"]]),
    ("p", "The tear-off started on the east slope and the weather tarp was secured by noon."),
]

DISPATCH_PDF = [[
    "# Dispatch log, engine company 12",
    "Alarm received from the monitoring centre at 02:47.",
    "Engine 12 cleared the station and was on scene at 02:58.",
    "Fire under control; the last unit left the scene shortly after sunrise.",
]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("kinds")
    engine = engine_with_files(root, (("boiler-inspection.md", BOILER_MD), ("crew-roster.docx", docx_bytes(ROSTER_DOCX)),
                                      ("dispatch-log.pdf", pdf_bytes(DISPATCH_PDF))))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize(("question", "value"), [
    ("which certificate number does the jurisdiction have on file for the boiler", "NB-77310-Q"),  # label cell
    ("who was the inspector of record", "Halvard Ostby"),
    ("what's the site address on the boiler inspection", "4 Tannery Wharf"),  # an address in a table
    ("when was the engine company on scene", "02:58"),  # "when" answered by a time of day alone
    ("what time did the monitoring centre raise the alarm", "02:47"),
    ("what was Noor Haddad's role on the crew", "safety monitor"),  # a DOCX table with no header row
])
def test_the_value_is_stated_with_the_excerpt_that_holds_it(engine: Engine, question: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert value in answer.text
    assert any(value in c.excerpt for c in answer.citations)
    assert re.search(r"\[\d\]", answer.text)


def test_a_role_written_as_an_appositive_is_found(engine: Engine) -> None:
    answer = ask(engine, "What is Halvard Ostby's occupation?")
    assert "boiler inspector" in answer.text or "Inspector of record" in answer.text, answer.text


def test_a_question_the_files_do_not_answer_is_not_answered(engine: Engine) -> None:
    answer = ask(engine, "What was the insured's flood insurance policy number?")
    assert answer.route == "none", answer.text
    assert answer.citations == []


# -- the pieces alone -------------------------------------------------------------------------

def _passage(text: str, name: str = "form.md") -> Passage:
    return Passage(node_id="n1", text=text, score=0.8, document=name, doc_id="d1", scope="workspace")


def test_a_two_column_table_is_read_as_labels_and_values() -> None:
    units = candidate_units([_passage("| Item | Cost |\n|---|---|\n| Crane hire | $2,400.00 |\n"
                                      "| Scaffold | $610.00 |\n")])
    texts = {u.text: u for u in units}
    assert "Crane hire: $2,400.00" in texts
    assert texts["Crane hire: $2,400.00"].label == "Crane hire Cost"  # the value column's header names it
    assert texts["Crane hire: $2,400.00"].excerpt == "| Crane hire | $2,400.00 |"  # quoted as the file has it
    assert "Item: Cost" not in texts  # a marked header row is no fact


def test_a_table_without_a_header_row_keeps_its_first_row() -> None:
    units = candidate_units([_passage("Policyholder | Marguerite Osei\nForm | DP-3 dwelling fire\n")])
    assert {u.text for u in units} >= {"Policyholder: Marguerite Osei", "Form: DP-3 dwelling fire"}


@pytest.mark.parametrize(("question", "kind"), [
    ("what's the welder's job title", "role"),
    ("in what capacity was the second signer acting", "role"),
    ("where did the trailer jackknife", "place"),  # a crossing, a yard, a street address: any place
    ("which intersection was the bus stopped at", "place"),
    ("mailing address of the lienholder", "address"),
    ("time of the first 911 call?", "time"),
    ("what rate does the crane company charge", "rate"),
])
def test_the_kind_a_question_asks_for(question: str, kind: str) -> None:
    assert question_kind(question) == kind


@pytest.mark.parametrize(("kind", "text", "value"), [
    ("role", "Witness: Ilse Marchetti (night porter) heard the glass break.", "night porter"),
    ("role", "Name: Ilse Marchetti; Position: night porter; Shift: B", "night porter"),
    ("date", "Crew cleared the scene at 06:10.", "06:10"),  # a "when" answered by a time alone
    ("time", "DISPATCH TIME: 2214  ARRIVAL TIME: 2231", "2231"),  # a 24-hour time labelled as one
    ("time", "UNIT ON SCENE 2231 HRS", "2231 HRS"),
    ("rate", "Standby is billed at 85 cents a minute after the first hour.", "85 cents"),  # money per unit
    ("rate", "Late payments accrue interest at 1.5% a month.", "1.5%"),
    ("reason", "The claim was denied because the policy had lapsed.", "because"),
])
def test_the_values_a_line_holds(kind: str, text: str, value: str) -> None:
    assert value in find_values(kind, text)


def test_the_rules_are_a_feature_not_a_gate() -> None:
    """The rules' pick is what they would answer with; the selector weighs it with the rest."""
    passages = [_passage("Adjuster: Wen Kowalczyk\nReserve: $12,000.00\nThe roof was replaced in 2019.\n")]
    view = rule_view("What is the reserve?", passages)
    assert view.pick == "Reserve: $12,000.00"
    assert view.scores[view.pick] == max(view.scores.values())
    assert rule_view("What is the hail deductible?", passages, vocabulary=lambda w: set(w)).pick is None


def test_the_shipped_weights_say_what_they_were_fitted_on() -> None:
    import json

    from rag.selection.selector import FEATURES, WEIGHTS_PATH

    data = json.loads(Path(WEIGHTS_PATH).read_text())
    assert "rules" in FEATURES and "rules_pick" in FEATURES
    assert set(data["fitted_on"]) >= {"questions.jsonl", "holdout.jsonl"}
    assert not any("holdout2" in name or "frozen" in name for name in data["fitted_on"])
