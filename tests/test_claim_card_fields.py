"""The claim card's fields that no registry label holds (a "Repair quotation", a "Reserve carried",
"Paid on account", a "Casualty date" in a two-column table) are found by the fact selector, each
cited to its row; on the real engine over a file worded unlike our samples."""

from __future__ import annotations

import re

import pytest

from rag.answer import Answer
from rag.config import Settings
from rag.engine import Engine

SURVEY = """# Hull & machinery survey - summary sheet

Reference: Claim HM-88410-K

| Item | Detail |
|---|---|
| Assured | Tidewater Ferry Cooperative |
| Surveyor | Kwabena Asante |
| Casualty date | 03/14/2026 |
| Repair quotation | $92,750.00 |
| Reserve carried | $110,000.00 |
| Paid on account | $40,000.00 |
| Policy excess | $7,500.00 |

## Casualty
The ferry Marigold struck a submerged piling while docking in fog and holed her port sponson. The crew pumped her out and she was towed to the Kessock Marine yard for repair.

## Position
Repairs are under way; we are awaiting the final invoice from the yard before settling.
"""


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> Answer:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    (root / "ferry-survey.md").write_text(SURVEY)
    engine.ingest_file(root / "ferry-survey.md")
    return engine.ask("give me the short version of HM-88410-K")


def cited(answer: Answer, fact: str) -> str:
    """The excerpt of the citation right after ``fact`` in the answer."""
    m = re.search(re.escape(fact) + r"\s*\[(\d+)\]", answer.text)
    assert m, f"{fact!r} is not stated with a citation in: {answer.text}"
    return next(c.excerpt for c in answer.citations if c.n == int(m.group(1)))


def test_amounts_labelled_in_the_files_own_words_are_on_the_card(answer: Answer) -> None:
    assert answer.route == "summary" and len(answer.text) <= 1500
    assert "Repair quotation | $92,750.00" in cited(answer, "estimate $92,750.00")
    assert "Reserve carried | $110,000.00" in cited(answer, "reserve $110,000.00")
    assert "Paid on account | $40,000.00" in cited(answer, "paid to date $40,000.00")


def test_the_date_and_what_happened_are_on_the_card(answer: Answer) -> None:
    assert "Casualty date | 03/14/2026" in cited(answer, "loss 03/14/2026")
    assert "struck a submerged piling" in answer.text
