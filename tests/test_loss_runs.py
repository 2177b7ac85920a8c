"""A loss run (one table, one row per claim) is read as a claim record per row: a lookup lists and
filters its rows by status, open reserve, handler, date of loss, a numbered vehicle, and a note that
says the claimant has a lawyer; the rows of another carrier's table are left out unless the
question names that carrier. Also: a person's claims in any role ("which files is X on"), a kind of
loss with its examples in parentheses, and a suit or a plaintiff's counsel read from a letter.
Files worded unlike our samples: a Word claims-history report, a plain-text claim, a letter."""

from __future__ import annotations

import re

import pytest
from docfactory import docx_bytes, engine_with_files

from rag.engine import Engine
from rag.experts.summary import answer_summary
from rag.records import ClaimRecord

HISTORY = docx_bytes([
    ("h1", "Claims History Report - Brannock Cold Storage Co."),
    ("p", "Named insured: Brannock Cold Storage Co. Run date 09/15/2026, issued by Tallis Mutual Insurance."),
    ("h2", "Tallis Mutual files (policy CA-77120)"),
    ("table", [
        ["File #", "Loss Date", "Vehicle", "Cause", "Open/Closed", "Indemnity Paid", "Reserve", "Handler"],
        ["TM-4410-01", "03/04/2025", "Truck 9 - 2020 Kenworth", "Rear-ended a sedan at a toll plaza", "Closed",
         "$12,400.00", "$0.00", "Odile Ferrante"],
        ["TM-4410-02", "07/19/2025", "Truck 14 - 2022 Peterbilt", "Forklift operator crushed foot while unloading",
         "Open", "$9,800.00", "$41,500.00", "Odile Ferrante"],
        ["TM-4410-03", "01/08/2026", "Truck 9 - 2020 Kenworth", "Trailer stolen from the fuel stop overnight",
         "Open", "$0.00", "$6,200.00", "Caspar Lindqvist"],
        ["TM-4410-04", "05/27/2026", "Van 3 - 2021 Transit", "Backed into a bollard, minor scrape", "Closed",
         "$1,150.00", "$0.00", "Caspar Lindqvist"],
    ]),
    ("h2", "Losses with the previous insurer (Corvane Mutual) - shown for information"),
    ("table", [
        ["File #", "Loss Date", "Vehicle", "Cause", "Open/Closed", "Indemnity Paid", "Reserve"],
        ["CV-881-220", "11/02/2024", "Truck 14", "Cargo shifted, rollover on a ramp", "Open", "$40,000.00",
         "$25,000.00"],
        ["CV-881-305", "02/14/2025", "Truck 9", "Hit a deer", "Closed", "$3,300.00", "$0.00"],
    ]),
    ("h2", "Handler notes"),
    ("p", "TM-4410-02: the injured dock worker is represented by Marchetti & Oyelowo, who sent a demand on 08/30/2026."),
    ("p", "TM-4410-03: police report filed; no one hurt. The driver is not represented."),
])

KITCHEN = """PROPERTY LOSS NOTICE
Claim Number: HB-20931
Insured: Wendeline Achterhof
Adjuster: Odile Ferrante
Date of Loss: 04/02/2026
Cause of Loss: A supply hose behind the dishwasher split and soaked the kitchen subfloor.
Reserve: $18,500.00
Status: Open
"""

LETTER = """Re: Pruett v. Galloway Hardware LLC, Superior Court of Kent County, Case No. 26-CV-00417
Claim Number: GH-55810
Insured: Galloway Hardware LLC
Date of Loss: 10/03/2025
Dear Ms. Ferrante,
The complaint was filed on 06/01/2026 and served on the insured on 06/09/2026. Counsel for the plaintiff is
Whitcombe Dray LLP. The plaintiff alleges a ladder collapsed under her in the store aisle.
Cc: Caspar Lindqvist, claims manager
"""


SHED = """Claim Number: HB-31077
Insured: Wendeline Achterhof
Date of Loss: 07/21/2026
Cause of Loss: Burglary - the garden shed was forced open and two mowers were taken.
Status: Open
"""

FENCE = """Claim Number: HB-31102
Insured: Wendeline Achterhof
Date of Loss: 07/22/2026
Cause of Loss: A fallen oak crushed the side fence.
This file was opened as HB-31102, separate from the burglary claim HB-31077 reported the day before.
Status: Open
"""

STORAGE = """Claim Number: SV-7781
Insured: Ostrava Storage Partners
Date of Loss: 03/15/2026
Type of Loss: Vandalism
Spray paint covered the roll-up doors and two windows were smashed at unit block C.
The site manager found the damage at opening time and called the police, who took photographs.
Weather that night: overcast, wind NW 10-15 mph, light hail after midnight.
Status: Open
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("runs")
    engine: Engine = engine_with_files(root, [("brannock_claims_history.docx", HISTORY),
                                              ("kitchen_notice.txt", KITCHEN), ("pruett_letter.txt", LETTER),
                                              ("shed.txt", SHED), ("fence.txt", FENCE),
                                              ("storage.txt", STORAGE)])
    return engine


def _listed(text: str) -> list[str]:
    return sorted(set(re.findall(r"\b(?:TM-4410-0\d|CV-881-\d{3}|HB-20931|GH-55810|HB-31077|HB-31102|SV-7781)\b", text)))


@pytest.mark.parametrize("question, expected", [
    ("which brannock files are still open", ["TM-4410-02", "TM-4410-03"]),
    ("list the closed claims", ["TM-4410-01", "TM-4410-04"]),
    ("brannock claims with reserves above 20k", ["TM-4410-02"]),
    ("any claims with a 2025 date of loss", ["GH-55810", "TM-4410-01", "TM-4410-02"]),
    ("brannock truck 9 files", ["TM-4410-01", "TM-4410-03"]),
    ("which claims have a claimant with an attorney", ["GH-55810", "TM-4410-02"]),
])
def test_a_loss_runs_rows_are_claims_a_lookup_filters(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup", answer.text
    assert _listed(answer.text) == expected, answer.text
    assert any(c.document == "brannock_claims_history.docx" for c in answer.citations) or "TM-" not in answer.text


def test_the_previous_insurers_rows_only_when_that_insurer_is_named(engine: Engine) -> None:
    ours = engine.ask("which claims are open")
    assert "CV-881-220" not in ours.text, ours.text
    named = engine.ask("which corvane mutual claims are open")
    assert "CV-881-220" in named.text, named.text
    assert "CV-881-220" not in engine.ask("open brannock claims (ours, not corvane's)").text


def test_a_row_is_cited_to_its_line_of_the_table(engine: Engine) -> None:
    answer = engine.ask("which brannock files are still open")
    excerpts = [c.excerpt for c in answer.citations if c.document == "brannock_claims_history.docx"]
    assert any("TM-4410-03" in e and "Trailer stolen" in e for e in excerpts), excerpts
    assert len(answer.text) <= 400, answer.text


def test_a_handlers_claims_include_the_rows_they_handle(engine: Engine) -> None:
    answer = engine.ask("what's ferrante handling")
    assert answer.route == "lookup", answer.text
    assert _listed(answer.text) == ["HB-20931", "TM-4410-01", "TM-4410-02"], answer.text


def test_which_claims_a_person_is_on_counts_any_role(engine: Engine) -> None:
    answer = engine.ask("which claims is caspar lindqvist on")
    assert {"GH-55810", "TM-4410-03", "TM-4410-04"} <= set(_listed(answer.text)), answer.text


def test_a_kind_of_loss_with_examples_matches_any_of_them(engine: Engine) -> None:
    answer = engine.ask("which of our claims are thefts (stolen trailers, burglary)")
    assert "TM-4410-03" in _listed(answer.text), answer.text
    assert "HB-20931" not in answer.text, answer.text


def test_a_filed_complaint_is_a_claim_in_suit(engine: Engine) -> None:
    answer = engine.ask("anything in litigation?")
    assert _listed(answer.text) == ["GH-55810"], answer.text


def test_a_line_about_another_claims_loss_is_not_this_claims(engine: Engine) -> None:
    answer = engine.ask("any burglary claims?")
    assert _listed(answer.text) == ["HB-31077"], answer.text


def test_a_summary_of_a_claim_a_run_lists_is_its_row(engine: Engine) -> None:
    # a run filed under one claim (ingest may file it under one of its numbers): its summary, asked
    # by the words of one row, is that row and its notes, cited to the table's line
    run = next(d for d in engine.documents() if d.name == "brannock_claims_history.docx")
    answer = answer_summary(ClaimRecord("TM-4410-01"), [run],
                            question="give me a summary of the stolen trailer claim on the brannock account")
    assert answer.text.startswith("TM-4410-03"), answer.text
    assert "$6,200.00" in answer.text and "Caspar Lindqvist" in answer.text, answer.text
    assert "police report filed" in answer.text, answer.text  # its note
    assert any("Trailer stolen" in c.excerpt for c in answer.citations), answer.citations


def test_a_kind_of_loss_said_in_passing_is_not_the_claims_kind(engine: Engine) -> None:
    assert "SV-7781" not in engine.ask("any hail claims?").text  # the night's weather, not its loss
    assert "SV-7781" in _listed(engine.ask("any vandalism claims?").text)
