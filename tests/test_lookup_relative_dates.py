"""Which claims were reported or lost in a span counted back from today ("opened last month", "in
the last 60 days", "this year"): on the real engine, over files whose dates are set relative to
the day the test runs, so the spans hold whenever it does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rag.config import Settings
from rag.engine import Engine

TODAY = date.today()
RECENT = TODAY - timedelta(days=20)
OLD = TODAY - timedelta(days=400)


def _file(number: str, insured: str, reported: date) -> str:
    return (f"NEW LOSS NOTICE\nClaim No.: {number}\nInsured: {insured}\n"
            f"Date of loss: {reported - timedelta(days=2):%m/%d/%Y}\nDate reported: {reported:%m/%d/%Y}\n"
            "A tree limb fell through the garage roof during a storm.\n")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in {"recent.txt": _file("PR-90211", "Lorcan Fitzwilliam", RECENT),
                       "old.txt": _file("PR-90212", "Ottilie Marchetti", OLD)}.items():
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


def test_claims_opened_in_the_last_days_are_counted_back_from_today(engine: Engine) -> None:
    answer = engine.ask("which claims were opened in the last 60 days?")
    assert "PR-90211" in answer.text and "PR-90212" not in answer.text, answer.text


def test_a_claim_reported_long_ago_is_not_one_of_this_years_unless_it_was(engine: Engine) -> None:
    answer = engine.ask("list the claims reported last year")
    last_year = {RECENT.year: "PR-90211", OLD.year: "PR-90212"}.get(TODAY.year - 1)
    named = {c for c in ("PR-90211", "PR-90212") if c in answer.text}
    assert named == ({last_year} if last_year else set()), answer.text
