"""Questions asked in words that are not the file's words: the trade's shorthand ("AWW", "atty",
"mgr"), an abbreviation the file defines for itself, and "who is <name>" / "who's the <role>",
answered with the title written beside a name.

The files are written for these tests, in styles none of our samples uses (a vineyard's frost
survey in Markdown, a comp carrier's e-mail with a signature block, a PDF crew log); the questions
go through ``Engine.ask`` with the real parsers, Chroma and MiniLM, and each test checks what the
adjuster reads: the value in a short answer with its ``[n]``, and the excerpt that holds it.
"""

from __future__ import annotations

import re

import pytest
from docfactory import ask_checked, eml_bytes, engine_with_files, pdf_bytes

from rag.answer import Answer
from rag.engine import Engine
from rag.glossary import defined_abbreviations, expand
from rag.selection.selector import role_beside

FROST_MD = """# Spring frost survey, Quillan Ridge Vineyard

Claim reference AG-2026-3318. Prepared for Lodestar Farm Mutual.

Our Crop Loss Surveyor (CLS) walked the seven blocks on 14 April 2026, two days after the freeze.

| Item | Detail |
|---|---|
| Crop loss surveyor | Tobiah Venkataraman |
| Attorney for the grower | Eulalia Brannigan, Brannigan Vine Law |
| Orchard thermometer minimum | 24 F at 05:10 |

## Findings

Primary buds on the Syrah blocks were browned through; secondary buds mostly survived.
The wind machines in blocks 3 and 4 started late because a fuel line had cracked.
"""

COMP_EML_BODY = """Dashiell,

The pruning crew lead, Ignatius Farquharson, fell from the orchard ladder on 3 March.
His average weekly wage works out to $1,152.40 over the thirteen weeks before the fall.
Temporary total disability started on 5 March at the statutory two-thirds rate.
The clinic's nurse case manager for him is Philippa Oduya; she calls him on Tuesdays.
Transitional duty at the packing shed pays $27.85 an hour, 32 hours a week.

Perpetua Okonkwo-Reyes | Workers' Comp Claims Specialist | Lodestar Farm Mutual
Direct 555-0147
"""

CREW_PDF = [[
    "# Harvest crew log, Quillan Ridge",
    "Shift lead on the night of the freeze: Bartholomew Esquivel.",
    "Frost fans were started at 02:40 by the irrigation tech, Wilhelmina Strand.",
    "The crew ate breakfast at the packing shed at 06:30.",
]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("vocab")
    comp = eml_bytes(subject="Farquharson ladder fall - comp claim WC-26-77015", body=COMP_EML_BODY,
                     sender="Perpetua Okonkwo-Reyes <preyes@lodestar.example>", to="Dashiell Marchbanks")
    engine = engine_with_files(root, (("frost-survey.md", FROST_MD), ("farquharson-comp.eml", comp),
                                      ("crew-log.pdf", pdf_bytes(CREW_PDF))))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


def cites(answer: Answer, text: str) -> bool:
    return any(text in c.excerpt for c in answer.citations)


@pytest.mark.parametrize(("question", "value"), [
    ("AWW for farquharson", "$1,152.40"),  # the trade's shorthand; the file writes the words out
    ("grower's atty on the frost claim", "Eulalia Brannigan"),  # "atty": a table's label spelled out
    ("who's the nurse case mgr for farquharson", "Philippa Oduya"),
    ("who's the CLS on AG-2026-3318", "Tobiah Venkataraman"),  # an abbreviation only this file defines
])
def test_shorthand_finds_the_words_the_file_writes(engine: Engine, question: str, value: str) -> None:
    answer = ask(engine, question)
    assert answer.found, answer.text
    assert value in answer.text
    assert cites(answer, value)
    assert re.search(r"\[\d\]", answer.text)


@pytest.mark.parametrize(("question", "role"), [
    ("who is perpetua okonkwo-reyes", "Claims Specialist"),  # a signature block: Name | Title
    ("who is Wilhelmina Strand", "irrigation tech"),  # an appositive before the name
])
def test_who_is_a_person_is_answered_with_the_role_beside_the_name(engine: Engine, question: str, role: str) -> None:
    answer = ask(engine, question)
    assert answer.found, answer.text
    assert role in answer.text
    assert cites(answer, role)


def test_a_shorthand_the_files_do_not_answer_is_still_not_found(engine: Engine) -> None:
    answer = ask(engine, "what's the UIM limit on the frost claim")
    assert not answer.found or "$" not in answer.text, answer.text


# -- the pieces ------------------------------------------------------------------------------

def test_a_file_defines_an_abbreviation_when_its_initials_spell_it() -> None:
    text = ('Our Loss Control Consultant ("LCC") visited. The date of loss (DOL) was 4 May. '
            "Renata Szabo (RN) called. SIU (Special Investigations Unit) was told.")
    assert defined_abbreviations(text) == {"lcc": "loss control consultant", "dol": "date of loss",
                                           "siu": "special investigations unit"}


def test_expansion_keeps_the_shorthand_and_leaves_claim_numbers_and_words_alone() -> None:
    assert expand("AWW for ortega").text == "AWW (average weekly wage) for ortega"
    assert expand("restrictions on WC 24 551902").meanings == {}  # a claim number's letters
    assert expand("was ale served at the party").meanings == {}  # a word, not "additional living expense"
    assert expand("the ALE paid").meanings == {"ale": "additional living expense"}
    expanded = expand("AWW for ortega").text
    assert expand(expanded).text == expanded  # expanding twice changes nothing
    # "ER" is the employer in a comp file that never mentions an emergency room
    assert expand("ER contact", uses=lambda ws: {w for w in ws if w == "employer"}).meanings == {"er": "employer"}
    assert expand("ER bill", uses=lambda ws: {"emergency", "room"}).meanings == {"er": "emergency room"}
    assert expand("the LCC's report", defined={"lcc": "loss control consultant"}).meanings == {
        "lcc": "loss control consultant"}


@pytest.mark.parametrize(("line", "name", "role"), [
    ("Odalys Brennan-Kiley | Senior Field Examiner | Harrow Mutual", "odalys brennan kiley", "Senior Field Examiner"),
    ("Lazlo Petrakis, DPT (Hand Therapy) - Eastgate Rehab", "lazlo petrakis", "Hand Therapy"),
    ("Prepared by Renzo Tagliaferri, CCM - Field Case Manager", "renzo tagliaferri", "Field Case Manager"),
    ("Signed: Marguerite Aubin Title: Night Auditor Emp #: 5512", "marguerite aubin", "Night Auditor"),
    ("Appraiser | Cosimo Valderrama", "cosimo valderrama", "Appraiser"),
    ("Cc: Cosimo Valderrama", "cosimo valderrama", None),  # a mail header names no role
    ("Cosimo Valderrama, 52, of Ardmore", "cosimo valderrama", None),
])
def test_the_role_beside_a_name(line: str, name: str, role: str | None) -> None:
    assert role_beside(line, name.split()) == role
