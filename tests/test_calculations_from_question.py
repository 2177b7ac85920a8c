"""Calculations whose inputs the question states, or that find their inputs in files nobody here
wrote, on the real engine. The result is cited as its own source (the tool, its inputs, its
result) beside the excerpts that hold the inputs."""

from __future__ import annotations

import pytest

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine

CARGO = """Inland marine loss report
Claim Number: IM-2025-0419
Insured: Lakeshore Audio Rentals
Date of Loss: 02/11/2025

A rented line-array speaker system was dropped from a lift gate at the Civic Arena loading dock.
The claim was filed with the carrier on 02/19/2025 by the insured's office manager.

Scheduled equipment limit: $250,000.00
Gross repair estimate: $6,200.00
Deductible: $1,000.00
Net payable after deductible: $5,200.00
"""

TRUCK = """Commercial auto notice
Claim Number: CA-88120
Insured: Fenwick Produce Haulers
Date of Loss: 05/02/2025
Tow from the weigh station: $640.00
Trailer storage: $210.00
"""


CYBER = """Cyber incident - adjuster's worksheet
Claim Number: CY-30417
Insured: Marlowe Dental Group
Forensic and legal costs approved: $80,449.10
Self-insured retention: $25,000.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in (("speaker-drop.txt", CARGO), ("truck.txt", TRUCK), ("cyber.txt", CYBER)):
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


def tool_citation(answer: Answer, tool: str) -> str:
    worked = [c for c in answer.citations if c.document == "calculation"]
    assert len(worked) == 1 and worked[0].section == tool, answer.citations
    assert f"[{worked[0].n}]" in answer.text
    return worked[0].excerpt


def test_a_limit_check_with_both_figures_in_the_question(engine: Engine) -> None:
    answer = engine.ask("Would a $9,766.90 bill fit within a $100,000 limit?")
    assert answer.route == "calculation"
    assert answer.text.startswith("Yes, within the limit")
    assert "9.8%" in answer.text
    assert "9.8%" in tool_citation(answer, "check_limit")


def test_a_limit_check_reads_the_limit_from_the_file(engine: Engine) -> None:
    answer = engine.ask("Does $262,500 go over the scheduled equipment limit on IM-2025-0419?")
    assert answer.text.startswith("No, over the limit by $12,500.00")
    assert any("Scheduled equipment limit: $250,000.00" == c.excerpt for c in answer.citations)
    tool_citation(answer, "check_limit")


def test_days_between_two_dates_the_question_states(engine: Engine) -> None:
    answer = engine.ask("how many days between 3/1/2025 and 4/15/2025")
    assert answer.text.startswith("45 days")
    assert "= 45 days" in tool_citation(answer, "days_between")


def test_days_between_two_events_found_in_the_text(engine: Engine) -> None:
    answer = engine.ask("How many days passed between the loss and the filing on IM-2025-0419?")
    assert answer.text.startswith("8 days"), answer.text
    excerpts = " ".join(c.excerpt for c in answer.citations)
    assert "02/11/2025" in excerpts and "02/19/2025" in excerpts


def test_a_deductible_comes_off_the_gross_amount_once(engine: Engine) -> None:
    answer = engine.ask("What is the repair payout on IM-2025-0419 after the deductible?")
    assert answer.text.startswith("$5,200.00"), answer.text
    assert "$4,200.00" not in answer.text
    tool_citation(answer, "net_of_deductible")


def test_a_sum_takes_the_labelled_amounts(engine: Engine) -> None:
    answer = engine.ask("tow plus trailer storage on CA-88120, combined?")
    assert answer.text.startswith("$850.00 in total"), answer.text
    tool_citation(answer, "sum_amounts")


def test_a_limit_check_with_both_figures_from_the_file(engine: Engine) -> None:
    answer = engine.ask("Is the gross repair estimate within the scheduled equipment limit on IM-2025-0419?")
    assert answer.route == "calculation"
    assert answer.text.startswith("Yes, within the limit: $6,200.00"), answer.text
    excerpts = [c.excerpt for c in answer.citations]
    assert "Gross repair estimate: $6,200.00" in excerpts and "Scheduled equipment limit: $250,000.00" in excerpts
    assert "$250,000.00" in tool_citation(answer, "check_limit")


def test_a_retention_is_taken_off_like_a_deductible(engine: Engine) -> None:
    answer = engine.ask("what do we owe on CY-30417 net of the retention?")
    assert answer.text.startswith("$55,449.10"), answer.text
    assert "Self-insured retention: $25,000.00" in [c.excerpt for c in answer.citations]
    tool_citation(answer, "net_of_deductible")
