"""The vectors of the answer selector's lines are remembered (rag/embedding/cache.py): the same
vectors as the model's, the same answers, found again by a new process on the same home, and
never more of them kept than the bounds say. Real MiniLM, real SQLite."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from docfactory import put_file

from rag.config import Settings
from rag.embedding.cache import VectorCache
from rag.embedding.minilm import MiniLMEmbedding
from rag.engine import Engine

LINES = [f"Towing: ${100 + i}.00 paid to Harbor Lock Towing on day {i}" for i in range(30)]


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedding:
    return MiniLMEmbedding()


class Counting:
    """The real embedder, counting the texts it was asked to embed."""

    def __init__(self, model: MiniLMEmbedding) -> None:
        self.model = model
        self.texts: list[str] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.texts += texts
        return self.model.embed(texts)


def test_cached_vectors_are_the_models_own_and_outlive_the_process(tmp_path: Path, minilm: MiniLMEmbedding) -> None:
    path = tmp_path / "vectors.sqlite3"
    direct = minilm.embed(LINES[:5])
    first = Counting(minilm)
    cache = VectorCache("minilm-int8", path)
    assert np.array_equal(cache.embed(LINES[:5], first), direct)
    assert np.array_equal(cache.embed([LINES[3], LINES[0]], first), direct[[3, 0]])  # from memory
    assert len(first.texts) == 5
    cache.close()

    again = Counting(minilm)
    reopened = VectorCache("minilm-int8", path)  # another process on the same home
    assert np.array_equal(reopened.embed(LINES[:6], again), minilm.embed(LINES[:6]))
    assert again.texts == [LINES[5]]  # only the line never seen was embedded
    other_model = VectorCache("another-model", path)
    other = Counting(minilm)
    other_model.embed(LINES[:2], other)
    assert other.texts == LINES[:2]  # vectors of one model are never another's


def test_the_cache_is_bounded_in_memory_and_on_disk(tmp_path: Path, minilm: MiniLMEmbedding) -> None:
    counting = Counting(minilm)
    cache = VectorCache("minilm-int8", tmp_path / "vectors.sqlite3", memory_entries=4, file_entries=10)
    for line in LINES:
        cache.embed([line], counting)
    assert len(cache._memory) == 4
    assert len(cache) <= 10
    counting.texts.clear()
    cache.embed(LINES[-4:], counting)  # the latest are kept
    assert counting.texts == []
    cache.embed(LINES[:1], counting)  # the oldest were dropped: embedded again
    assert counting.texts == LINES[:1]

    memory_only = VectorCache("minilm-int8", memory_entries=2)
    for line in LINES[:5]:
        memory_only.embed([line], counting)
    assert len(memory_only) == 2


def test_an_answer_is_the_same_with_its_lines_embedded_now_or_remembered(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    engine = Engine.open(settings)
    engine.ingest_file(put_file(tmp_path, "towing.txt", """Claim Number: CLM-1042
Insured: Daniel Okafor

TOWING INVOICE
The insured vehicle was towed by Harbor Lock Towing to the body shop on March 3.
Towing: $385.00
Storage: $120.00 for four days at the yard.
"""))
    question = "What was the towing cost on CLM-1042?"
    fresh = engine.ask(question)
    assert "$385.00" in fresh.text
    engine.close()

    reopened = Engine.open(settings)  # a new process: the lines' vectors come from the home's file
    reopened.wait_warm()  # its warm-up searches with a word of its own ("claim"), not counted below
    hits, misses = reopened._vectors.hits, reopened._vectors.misses
    remembered = reopened.ask(question)
    assert remembered.text == fresh.text
    assert [c.excerpt for c in remembered.citations] == [c.excerpt for c in fresh.citations]
    assert reopened._vectors.hits > hits and reopened._vectors.misses == misses
    assert list((tmp_path / "home").glob("vectors-*.sqlite3"))
