"""A form's field left blank is no answer: "Marital status: ____" says the file does not know.

An intake form or a first report writes every field it has, filled or not: "Marital status: ____",
"Hearing outcome: N/A", "Return to work date: unknown". Asked for that field, the blank line is the
closest line in the file by every measure (its label is the question's words), and the adjuster was
shown the blank as the answer. The selector marks such a unit (``blank_value``) and the answer
skips it: the reply says the file does not state it, while a filled field of the same form still
answers. Real parsing, retrieval and MiniLM through ``Engine.ask``; each test checks what the
adjuster reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine

INTAKE_FORM = """EMPLOYER'S FIRST REPORT OF INJURY - claim WC-26-55120

Employee name: Tobias Wenderoth
Date of birth: 07/22/1979; Sex: M; Marital status: ____
Occupation: forklift operator
Date of injury: 03/04/2026
Body part: left knee
Treating clinic: Harlow Occupational Health
Return to work date: unknown
Supervisor notified: Renata Dobrev, 03/04/2026
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("blanks")
    engine = engine_with_files(root, (("first-report-WC-26-55120.txt", INTAKE_FORM),))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize("question", [
    "wenderoth's marital status?",
    "return to work date for wenderoth",
])
def test_a_blank_field_is_not_stated_as_the_answer(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert "couldn't find" in answer.text, answer.text
    assert "____" not in answer.text and "unknown" not in answer.text
    assert not answer.citations


@pytest.mark.parametrize(("question", "value"), [
    ("wenderoth's date of birth", "07/22/1979"),  # the same line's filled field
    ("what was wenderoth's occupation", "forklift operator"),
])
def test_a_filled_field_of_the_same_form_still_answers(engine: Engine, question: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert value in answer.text
    assert any(value in c.excerpt for c in answer.citations)
