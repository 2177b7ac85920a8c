"""The answer selector on claim files unlike our samples: a marine cargo survey in Markdown with
a table, a DOCX equipment schedule, a PDF police report. Real parsing, chunking, Chroma and
MiniLM (one engine for the module); each test asks what an adjuster would and checks what they
would see: the value in a short answer, its citation, or a plain "couldn't find".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docfactory import docx_bytes, pdf_bytes

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine
from rag.selection import states_only_cited_numbers
from rag.selection.values import numbers_in, question_kind

SURVEY_MD = """# Marine cargo survey

Prepared for Tidewater Cargo Underwriters by Orla Fennimore, consulting marine surveyor.

## Consignment

Two reefer containers of frozen shrimp were discharged at Port Elson and moved to a bonded store.

| Container | Seal | Cartons damaged | Sound value |
|---|---|---|---|
| TGHU 4471023 | SL-99812 | 42 | $18,900.00 |
| MSKU 2203187 | SL-99813 | 7 | $3,150.00 |

## Attendance

The surveyor attended the bonded store at 1180 Harbor Gate Road, Port Elson, at 07:40 on 14 May 2026.
Tomas Ilves, the consignee's night warehouse supervisor, was present throughout the inspection.
The temperature logger, serial number TLX-300-58812, recorded an excursion to minus 4 degrees for six hours.

## Findings

Thawing damage is consistent with the reefer unit failing while the container stood on the quay.
"""

EQUIPMENT_DOCX = [
    ("h1", "Contractor's equipment schedule"),
    ("p", "Equipment listed on the inland marine floater of Quarry Ridge Aggregates."),
    ("table", [["Item", "Make and model", "Serial", "Insured value"],
               ["Wheel loader", "Volvo L120H", "VCEL120HK00291", "$212,000.00"],
               ["Mobile crusher", "Kleemann MC 110", "KLM110-55821", "$498,500.00"],
               ["Light tower", "Generac MLT6S", "GEN6S-770142", "$11,800.00"]]),
    ("h2", "Theft"),
    ("p", "The light tower was taken from the north pit overnight; the gate padlock was cut."),
]

POLICE_PDF = [[
    "# Incident report 26-31877",
    "Reporting officer: Cpl. Ines Vartanian, badge 4418",
    "Time of call: 23:15",
    "The caller reported a generator being loaded onto a flatbed trailer near the north pit gate.",
    "Units arrived at 23:31 and found the gate open and the padlock cut.",
]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("selector")
    engine = Engine.open(Settings(home=root / "home"))
    files = {
        "cargo-survey.md": SURVEY_MD.encode(),
        "equipment-schedule.docx": docx_bytes(EQUIPMENT_DOCX),
        "police-report.pdf": pdf_bytes(POLICE_PDF),
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
        engine.ingest_file(root / name)
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer = engine.ask(question)
    assert len(answer.text) <= 400, answer.text
    return answer


def cites(answer: Answer, value: str) -> bool:
    return any(value in c.excerpt for c in answer.citations)


@pytest.mark.parametrize(("question", "value"), [
    ("What was the sound value of container MSKU 2203187?", "$3,150.00"),  # a Markdown table row
    ("How many cartons were damaged in TGHU 4471023?", "42"),
    ("What time did the surveyor get to the bonded store?", "07:40"),  # a time of day
    ("What's the address of the bonded store?", "1180 Harbor Gate Road"),  # an address
    ("What is the serial number of the temperature logger?", "TLX-300-58812"),  # a serial number
    ("What is the serial of the mobile crusher?", "KLM110-55821"),  # a DOCX table cell
    ("What badge number does the reporting officer have?", "4418"),  # a PDF label line
])
def test_the_answer_states_the_value_and_cites_where_it_stands(engine: Engine, question: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert value in answer.text
    assert cites(answer, value)
    assert re.search(r"\[\d\]", answer.text)


def test_a_role_is_answered_with_the_sentence_that_names_it(engine: Engine) -> None:
    answer = ask(engine, "What is Tomas Ilves's job?")
    assert "warehouse supervisor" in answer.text
    assert cites(answer, "night warehouse supervisor")


def test_the_answer_is_the_fact_not_the_pasted_excerpt(engine: Engine) -> None:
    answer = ask(engine, "What was the insured value of the light tower?")
    assert "$11,800.00" in answer.text
    assert "$212,000.00" not in answer.text  # the other rows of the table stay in the file
    assert len(answer.text) < 120


@pytest.mark.parametrize("question", [
    "What did the salvage buyer pay for the thawed cartons?",
    "Who was the ship's master on the voyage?",
])
def test_a_fact_not_in_the_files_gets_a_plain_not_found(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "none", answer.text
    assert answer.text.startswith("I couldn't find anything")
    assert answer.citations == []


def test_no_answer_states_a_number_its_citations_do_not_hold(engine: Engine) -> None:
    for question in ("When did units arrive at the pit?", "What was the seal on the second container?",
                     "How long did the temperature excursion last?", "Who prepared the cargo survey?"):
        answer = ask(engine, question)
        if answer.found:
            assert states_only_cited_numbers(answer.text, [c.excerpt for c in answer.citations]), answer.text


def test_the_number_check_catches_a_number_the_source_lacks() -> None:
    assert states_only_cited_numbers("Towing: $1,200 [1].", ["Towing ..... $1,200.00"])
    assert not states_only_cited_numbers("Towing: $1,250.00 [1].", ["Towing ..... $1,200.00"])
    assert numbers_in("paid 3 times [2]") == {3.0}  # a citation marker is no number the answer states


@pytest.mark.parametrize(("question", "kind"), [
    ("at what time did the crew leave the site", "time"),
    ("what's the insured's mailing address", "address"),
    ("what is the hull number", "id"),
    ("how much did the surveyor bill", "amount"),
    ("which firm did the salvage", "organisation"),
    ("who signed the proof of loss", "person"),
    ("how long was the vessel off hire", "duration"),
    ("was the cargo refrigerated", "yesno"),
])
def test_the_kind_of_value_asked_for(question: str, kind: str) -> None:
    assert question_kind(question) == kind


def test_the_shipped_weights_match_the_features() -> None:
    from rag.selection.selector import WEIGHTS_PATH, load_model

    assert Path(WEIGHTS_PATH).exists()
    model = load_model()
    assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize("question", [
    "Clm#2031/40917 which towing yard holds the trailer",
    "clm7731 which towing yard holds the trailer",
    "claim no. 7731 which towing yard holds the trailer",
    "for Claim Number MR-2029-5521, which towing yard holds the trailer",
    "which towing yard holds the trailer on CLM-7731?",
])
def test_a_claim_number_in_any_shape_is_no_word_of_the_question(question: str) -> None:
    """The selector, the rules and the calculations read a question without its claim number (one
    function): "Clm#" left behind was a word no unit holds, counted as absent."""
    from rag.selection.selector import strip_ids

    left = re.sub(r"[^\w\s]", " ", strip_ids(question)).split()
    assert "towing" in left and "trailer" in left
    assert not any(re.search(r"\d|^clm$", w, re.I) for w in left), left


def test_phrases_to_ignore_are_left_out_with_the_claim_number() -> None:
    from rag.selection.selector import strip_ids

    stripped = strip_ids("does Brennick Haulage owe on clm7731", ignore=("Brennick Haulage",))
    assert stripped.split() == ["does", "owe", "on"]
