"""A claim's leaf vectors are read from Chroma once, not once per question (rag/retrieval.py's
``LeafVectors``): a claim card asks ~18 questions of the same claim, and each scored the
claim's leaves from their vectors read again. The answers are the same. Real Chroma."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docfactory import put_file

from rag.config import Settings
from rag.engine import Engine

REPORT = """Boiler Breakdown Report
Claim Number: BB-7730-Q
Insured: Hallgrimur Bakery Cooperative
Adjuster: Ngozi Eze

The steam boiler's low-water cutoff failed on the night of 14 January and the firebox cracked.
Production stopped for nine days while a rental boiler was craned onto the loading dock.

Rental boiler and crane: $18,450.00
Spoiled dough and cream stock: $6,212.40
Deductible: $2,500.00
"""


def _counting_gets(engine: Engine) -> list[Any]:
    calls: list[Any] = []
    leaves = engine._store.leaves
    original = leaves.get

    def get(*args: Any, **kwargs: Any) -> Any:
        if "embeddings" in (kwargs.get("include") or []):
            calls.append(kwargs.get("ids"))
        return original(*args, **kwargs)

    leaves.get = get  # type: ignore[method-assign]
    return calls


def test_a_claims_leaf_vectors_are_read_once_for_all_its_questions(tmp_path: Path) -> None:
    questions = ["Summarize claim BB-7730-Q", "What did the rental boiler and crane cost on BB-7730-Q?",
                 "What is the deductible on BB-7730-Q?"]
    fresh_home = Settings(home=tmp_path / "a")
    engine = Engine.open(fresh_home, warm=False)
    engine.ingest_file(put_file(tmp_path, "boiler.txt", REPORT))
    engine.close()

    first = Engine.open(fresh_home, warm=False)  # answers with every read made afresh per question
    expected = []
    for q in questions:
        first._retriever._leaf_vectors._vectors.clear()
        expected.append(first.ask(q))
    first.close()
    assert "$18,450.00" in expected[1].text

    engine = Engine.open(fresh_home, warm=False)
    calls = _counting_gets(engine)
    answers = [engine.ask(q) for q in questions]
    engine.close()
    assert [a.text for a in answers] == [e.text for e in expected]
    assert [[c.excerpt for c in a.citations] for a in answers] == [[c.excerpt for c in e.citations] for e in expected]
    read = [i for ids in calls for i in (ids or [])]
    assert read and len(read) == len(set(read))  # each leaf's vector read from Chroma once, for all questions
