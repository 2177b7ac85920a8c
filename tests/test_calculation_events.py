"""A duration between two events the file dates in its own words ("letter of representation",
"the scene was cleared") is computed from the lines the fact selector finds for each event, each
cited beside the calculation; on the real engine over a file unlike our samples."""

from __future__ import annotations

import pytest

from rag.config import Settings
from rag.engine import Engine

NOTES = """Premises liability - file diary
Claim Number: PL-55120-R
Insured: Ashcombe Garden Centre Ltd
Date of loss: 03/10/2025

03/12/2025 - First call from the claimant's daughter; photos of the wet ramp requested.
03/18/2025 - Store manager's statement taken by phone.
04/02/2025 - Letter of representation received from Gaffney & Rusk LLP for the claimant.
05/21/2025 - Orthopaedic records arrived from St. Brendan's Hospital.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    (root / "diary.txt").write_text(NOTES)
    engine.ingest_file(root / "diary.txt")
    return engine


def test_days_from_the_loss_to_an_event_named_in_other_words(engine: Engine) -> None:
    answer = engine.ask("how many days between the DOL and the letter of rep on PL-55120-R?")
    assert answer.route == "calculation"
    assert answer.text.startswith("23 days"), answer.text
    excerpts = [c.excerpt for c in answer.citations]
    assert any("Letter of representation received" in e for e in excerpts), excerpts
    assert any(c.document == "calculation" and "= 23 days" in c.excerpt for c in answer.citations)


def test_days_between_two_events_neither_of_them_the_loss(engine: Engine) -> None:
    answer = engine.ask("how long from the store manager's statement to the orthopaedic records arriving, PL-55120-R")
    assert answer.text.startswith("64 days"), answer.text
