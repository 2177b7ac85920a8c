"""End to end on the sample claims: ingest data/ with the real engine and hold the accuracy
floors of the eval set (data/eval/questions.jsonl) by route.

The floors are what a user is promised: precise facts and calculations right at least 85% of
the time, every question the files cannot answer answered "not found", and (almost) no wrong
facts: a wrong answer is worse than none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.evaluation import EvalReport, run_eval

DATA = Path(__file__).resolve().parents[1] / "data"
FLOORS = {"needle": 0.85, "calculation": 0.85, "lookup": 0.85, "summary": 0.8, "none": 1.0}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> EvalReport:
    engine = Engine.open(Settings(home=tmp_path_factory.mktemp("eval-home")))
    results = engine.ingest_paths([DATA / "claims", DATA / "workspace"])
    assert all(not isinstance(r, Exception) for r in results), results
    questions = [json.loads(line) for line in (DATA / "eval" / "questions.jsonl").read_text().splitlines() if line.strip()]
    return run_eval(lambda question, scope: engine.ask(question, scope=scope or "workspace"), questions)


@pytest.mark.parametrize("route", sorted(FLOORS))
def test_accuracy_floor_by_route(report: EvalReport, route: str) -> None:
    row = report.summary["by_route"][route]
    assert row["accuracy"] >= FLOORS[route], report.render()


def test_questions_the_files_cannot_answer_get_no_made_up_facts(report: EvalReport) -> None:
    invented = [r["question"] for r in report.results if r["expected_route"] == "none" and r["route"] != "none"]
    assert not invented, report.render()


def test_wrong_answers_are_rare(report: EvalReport) -> None:
    assert report.summary["wrong"] <= 2, report.render()


def test_every_answer_cites_what_it_states(report: EvalReport) -> None:
    for r in report.results:
        if r["route"] != "none":
            numbers = {c["n"] for c in r["citations"]}
            assert numbers == set(range(1, len(numbers) + 1)), r
            assert all(f"[{n}]" in r["answer"] for n in numbers), r
