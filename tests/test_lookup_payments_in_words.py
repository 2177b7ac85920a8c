"""A claim has had a payment when a dated note says one went out, though it names no amount
("Payment issued 09/03/2025 by EFT to ..."); a date a benefit became payable is no payment.
Files written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "respite_care.txt": """Claim no.: HC-9401
Insured: Cordelia Ashworth
Status: open - benefits in payment
Diary
08/28/2025 - Care plan approved for 20 hours a week.
Payment issued 09/03/2025 by EFT to Alder Home Nursing (assignment on file).
""",
    "day_program.txt": """Claim no.: HC-9402
Insured: Bartholomew Fenn
Status: open - elimination period running
Diary
- First date of paid care: 08/01/2025
- Elimination period ends: 10/30/2025
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("payments")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def test_a_payment_said_in_words_counts_as_one(engine: Engine) -> None:
    answer = engine.ask("which open claims have had a payment issued")
    listed = sorted(c for c in ("HC-9401", "HC-9402") if c in answer.text)
    assert listed == ["HC-9401"], answer.text
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)
