"""A claim number that begins like chat shorthand is read as a claim number, not spelled out: in
"W/C 3318-2207" the "W/" is no "with" (the question searched "with C 3318-2207" and found nothing).
Written unlike our samples: a plain-text snapshot of a workers' compensation file."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

SNAPSHOT = """TPA CLAIM SNAPSHOT
Claim W/C 3318-2207
Employer: Orchard Row Bakery Co., 51 Mill Race Rd, Eastbrook
Employee: Tobias Wren, route driver
Injury: left ankle sprain stepping down from the delivery van at about 06:45.
Claims adjuster: Marisol Quaid, (555) 010-4471
Average weekly wage: $1,020.00
Status: OPEN
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("shorthand")
    engine: Engine = engine_with_files(root, [("wc_snapshot.txt", SNAPSHOT)])
    return engine


def test_a_question_naming_a_w_slash_c_claim_number_is_answered_from_that_claim(engine: Engine) -> None:
    for question, fact in (("average weekly wage on W/C 3318-2207?", "$1,020.00"),
                           ("time of injury on W/C 3318-2207", "06:45"),
                           ("who is the adjuster on W/C 3318-2207", "Marisol Quaid")):
        answer = engine.ask(question)
        assert fact in answer.text, (question, answer.text)
        assert "with C" not in answer.text


def test_with_is_still_spelled_out_in_chat_shorthand() -> None:
    from rag.router import normalize_question

    assert normalize_question("met w/insured at the plant") == "met with insured at the plant"
    assert normalize_question("call W/C 3318-2207 back") == "call W/C 3318-2207 back"


@pytest.mark.parametrize("question", ["what's the employee's shoe size on W/C 3318-2207",
                                      "w/c 3318-2207: shoe size of the employee?"])
def test_couldnt_find_names_the_topic_without_the_claim_numbers_pieces(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith("I couldn't find"), answer.text
    topic = answer.text.split('"')[1]
    assert "shoe size" in topic and "3318" not in topic and "w c" not in topic.lower(), answer.text
