"""A deductible taken off in a settlement table ("Less deductible | -$750.00") is a $750 deductible
when a lookup compares deductibles: the minus is the subtraction, not the amount. Files written
here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "greenhouse_settlement.md": """# Settlement - claim GH-8301

Insured: Wrenfield Nursery Co-op

| Item | Amount |
| --- | --- |
| Glazing panels replaced | $14,260.00 |
| Heating repairs | $2,115.00 |
| Less deductible | -$750.00 |
| Net paid | $15,625.00 |
""",
    "boathouse.txt": """Claim no.: BH-8302
Insured: Stillwater Rowing Club
Deductible: $2,000
The boathouse door was torn off its rails by a gust.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("signs")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question, expected", [
    ("which claims have a $750 deductible", ["GH-8301"]),
    ("claims with a deductible under $1,000", ["GH-8301"]),
    ("claims with a deductible over $1,000", ["BH-8302"]),
])
def test_a_deductible_taken_off_in_a_table_is_compared_as_its_amount(engine: Engine, question: str,
                                                                      expected: list[str]) -> None:
    answer = engine.ask(question)
    listed = sorted(c for c in ("GH-8301", "BH-8302") if c in answer.text)
    assert listed == expected, answer.text
