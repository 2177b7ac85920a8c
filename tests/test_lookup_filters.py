"""Which claims match a condition (type of loss, status, open reserve, dates, a party the files
name), on the real engine over claim files unlike our samples: only the claims that match, each
cited, and "none" when none does."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "mold.txt": """Claim Number: HO-7001
Insured: Agnieszka Brandt
Date of Loss: 08/02/2025
Cause of Loss: Mold growth behind a leaking dishwasher
Reserve: $12,000.00
08/30/2025 - Claim closed after payment.
""",
    "hail.txt": """Claim Number: HO-7002
Insured: Desmond Achebe
Date of Loss: 04/19/2026
Cause of Loss: Hail damage to the roof and skylights
Reserve (open): $38,500.00
The roofer, Summit Ridge Roofing, measured 31 squares of damaged shingles.
""",
    "dog.txt": """Claim Number: GL-7003
Insured: Pinecrest Kennels LLC
Date of Loss: 05/07/2026
Cause of Loss: Dog bite to a visitor at the boarding facility
Reserve: $4,200.00
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question, expected", [
    ("which claims involve hail?", ["HO-7002"]),
    ("any claims about a dog bite", ["GL-7003"]),
    ("show me the closed claims", ["HO-7001"]),
    ("which claims are still open", ["GL-7003", "HO-7002"]),
    ("list claims with an open reserve over $10,000", ["HO-7002"]),
    ("which claims have an open reserve under $5,000", ["GL-7003"]),
    ("what claims had a loss after 1/1/2026", ["GL-7003", "HO-7002"]),
    ("which claims had a loss in August 2025", ["HO-7001"]),
    ("which claims mention Summit Ridge Roofing", ["HO-7002"]),
])
def test_only_the_matching_claims_are_listed_each_cited(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    listed = sorted(c for c in ("HO-7001", "HO-7002", "GL-7003") if c in answer.text)
    assert listed == expected, answer.text
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_none_when_no_claim_matches(engine: Engine) -> None:
    answer = engine.ask("which claims involve a lightning strike?")
    assert answer.text.startswith("None")
    assert not any(c in answer.text for c in ("HO-7001", "HO-7002", "GL-7003"))
