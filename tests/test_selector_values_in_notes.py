"""Values as claim notes write them, bare: a reference with no "No." before it, a role with no comma
or label between it and the name, a "when" question about a party.

Claim files of any line write references without "No." or "#": "paid by check 2046618", "BADGE 4417",
"sent certified mail (7019 0140 0000 5521 8830)". Asked for "the check number", the selector reads
the digits right after the question's own word as the reference, so the line that states it holds
the kind of value asked for. Notes write a person's role as the name's title ("with the yard
foreman and terminal supervisor Odile Farrant"): asked "who is Odile Farrant", that line states her
role. And a question that opens with "when" asks a date, even when it ends on a word that names a
party ("... reported to the carrier"). Real parsing, retrieval and MiniLM through ``Engine.ask``;
each test checks what the adjuster reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.selection.values import question_kind

CARGO_NOTES = """# Inland marine claim notes - Harbor Reach Logistics, claim IM-26-40917

Insured: Harbor Reach Logistics LLC, 77 Pier Road, Dunmore Bay
Date of loss: 04/11/2026
Reported to the carrier: 04/13/2026 by the insured's dispatcher, Odile Farrant.

04/14/2026 - Field visit at the Dunmore Bay yard with terminal supervisor Wendell Okoro; trailer seal cut,
14 pallets of copper wire missing. Wendell Okoro showed us the gate camera and the cut seal.
04/15/2026 - Police report obtained, Officer Marek Lindqvist, BADGE 5531, report 26-004412.
04/29/2026 - Proof of loss received; inventory reconciled at $61,480.00.
05/02/2026 - Payment of $58,980.00 approved by examiner Rhea Castellanos; check 2046618 issued 05/04/2026
payable to Harbor Reach Logistics LLC.
05/06/2026 - Subrogation letter to the terminal operator, sent certified mail (7019 0140 0000 5521 8830).
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("references")
    engine = engine_with_files(root, (("cargo-claim-notes.md", CARGO_NOTES),))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize(("question", "value"), [
    ("check number on the harbor reach payment", "2046618"),  # "check 2046618": no "No." or "#"
    ("certified mail # on the subrogation letter", "7019 0140 0000 5521 8830"),
])
def test_a_reference_written_after_the_asked_word_is_the_answer(engine: Engine, question: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert value in answer.text
    assert any(value in c.excerpt for c in answer.citations)
    assert re.search(r"\[\d\]", answer.text)


def test_when_a_party_was_told_is_answered_with_the_date(engine: Engine) -> None:
    answer = ask(engine, "when was the cargo theft reported to the carrier")
    assert answer.route == "needle", answer.text
    assert "04/13/2026" in answer.text
    assert any("Reported to the carrier" in c.excerpt for c in answer.citations)


def test_a_role_written_as_the_name_s_title_answers_who_the_person_is(engine: Engine) -> None:
    answer = ask(engine, "who is Wendell Okoro")
    assert answer.route == "needle", answer.text
    assert "terminal supervisor" in answer.text
    assert any("terminal supervisor Wendell Okoro" in c.excerpt for c in answer.citations)


@pytest.mark.parametrize("question", [
    "when was the slip reported to the insurer",
    "So when did the loss get reported to the agency?",
    "when was the policy number changed",
    "when was the address corrected",
])
def test_a_question_opening_with_when_asks_a_date(question: str) -> None:
    assert question_kind(question) == "date"
