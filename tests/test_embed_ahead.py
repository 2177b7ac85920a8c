"""A document version's selector lines are embedded once, in the background while the engine is
idle (rag/embedding/ahead.py), not again by each question: the answer is the same, a question
then embeds only its own words, the work waits while a question or an ingest runs, and a new
process on the home does not do it again. Real MiniLM, real Chroma, real SQLite."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
from docfactory import put_file

from rag.config import Settings
from rag.embedding.ahead import AheadEmbedder
from rag.embedding.cache import VectorCache
from rag.embedding.minilm import MiniLMEmbedding
from rag.engine import Engine

SURVEY = """Marine Cargo Survey
Claim Number: MC-2291-KX
Consignee: Lindqvist Fresh Imports AB
Surveyor: Okonkwo Adebayo, Master Mariner

Findings
Twelve reefer pallets of blueberries arrived at 9 degrees instead of the contracted 1 degree.
The reefer unit's power cable was found unplugged at the transshipment yard in Gdansk.

| Item | Quantity | Value |
| --- | --- | --- |
| Blueberries, 2 kg trays | 4,800 | $31,200.00 |
| Pallet wrap and labels | 12 | $240.00 |

Salvage sold to a juice processor for $4,100.00 on the third day.
Recommendation: settle the cargo claim at the invoice value less the salvage.
"""


class Counting:
    """The real embedder, remembering which texts it was asked to embed and when."""

    def __init__(self, model: MiniLMEmbedding) -> None:
        self.model = model
        self.calls: list[tuple[float, list[str]]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append((time.monotonic(), list(texts)))
        return self.model.embed(texts)


def test_a_claims_lines_are_embedded_once_ahead_and_the_answers_stay_the_same(tmp_path: Path) -> None:
    questions = ["What was the salvage sold for on MC-2291-KX?", "Summarize claim MC-2291-KX",
                 "Who surveyed the cargo on MC-2291-KX?"]
    plain = Settings(home=tmp_path / "plain")  # a one-shot engine: nothing embedded ahead
    engine = Engine.open(plain, warm=False)
    engine.ingest_file(put_file(tmp_path, "survey.md", SURVEY))
    before = [engine.ask(q) for q in questions]
    assert not engine._ahead.pending and not engine._ahead.embedded
    engine.close()
    assert "$4,100.00" in before[0].text

    settings = Settings(home=tmp_path / "served")
    engine = Engine.open(settings)  # as `claimbot serve` opens it
    engine.ingest_file(put_file(tmp_path, "survey.md", SURVEY))
    assert engine._ahead.wait_done(timeout=300)  # once idle for a second
    assert engine._ahead.embedded >= 10 and engine._ahead.versions_done == 1
    engine.close()

    reopened = Engine.open(settings)  # a new process on the home: nothing to embed again
    reopened.wait_warm()
    assert reopened._ahead.wait_done(timeout=60) and reopened._ahead.embedded == 0
    embedded: list[str] = []
    compute = reopened._embed_now
    reopened._embed_now = lambda texts: (embedded.extend(texts), compute(texts))[1]  # type: ignore[method-assign]
    after = [reopened.ask(q) for q in questions]
    reopened.close()
    assert [a.text for a in after] == [b.text for b in before]
    assert [[c.excerpt for c in a.citations] for a in after] == [[c.excerpt for c in b.citations] for b in before]
    # what was embedded for the questions: their own words and the card's fixed questions, no line of the file
    file_lines = {line.strip() for line in SURVEY.splitlines() if line.strip()}
    assert not [t for t in embedded if t.strip() in file_lines], embedded


def test_nothing_is_embedded_ahead_while_a_question_runs_nor_just_after(tmp_path: Path) -> None:
    model = MiniLMEmbedding()
    compute = Counting(model)
    texts = [f"Line {i}: the reefer held {i} degrees at the yard in Gdansk." for i in range(40)]
    ahead = AheadEmbedder(VectorCache("minilm-int8", tmp_path / "vectors.sqlite3"), compute,
                          lambda versions: {v: texts for v in versions}, idle_s=0.5, batch=8)
    released = threading.Event()

    def question() -> None:
        with ahead.working():
            released.wait(5)

    asker = threading.Thread(target=question)
    asker.start()
    time.sleep(0.2)
    ahead.follow(["v1"])
    time.sleep(1.0)
    assert compute.calls == []  # the question is still running
    done_at = time.monotonic()
    released.set()
    asker.join()
    assert ahead.wait_done(timeout=120)
    assert compute.calls and compute.calls[0][0] >= done_at + 0.5  # idle for IDLE_S first
    assert all(len(batch) <= 8 for _, batch in compute.calls)
    assert sorted(t for _, batch in compute.calls for t in batch) == sorted(texts)
    ahead.stop()

    again = AheadEmbedder(VectorCache("minilm-int8", tmp_path / "vectors.sqlite3"), compute,
                          lambda versions: {v: texts for v in versions}, idle_s=0.0)
    calls = len(compute.calls)
    again.follow(["v1"])  # done by the other process on the home
    assert again.wait_done(timeout=10) and again.versions_done == 1 and len(compute.calls) == calls
    again.stop()


def test_closing_stops_the_background_embedding_after_its_batch(tmp_path: Path) -> None:
    compute = Counting(MiniLMEmbedding())
    texts = [f"Entry {i}: pallet {i} of blueberries was surveyed and photographed." for i in range(400)]
    cache = VectorCache("minilm-int8", tmp_path / "vectors.sqlite3")
    ahead = AheadEmbedder(cache, compute, lambda versions: {v: texts for v in versions}, idle_s=0.0, batch=8)
    ahead.follow(["v1"])
    deadline = time.monotonic() + 60
    while not compute.calls and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    ahead.stop()
    assert time.monotonic() - started < 10
    assert len(compute.calls) < 400 // 8
    assert cache.versions_done(["v1"]) == set()  # unfinished: the next process follows it again


def test_a_replica_embeds_ahead_the_versions_another_replica_published(chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def settings(home: str) -> Settings:
        return Settings(home=tmp_path / home, chroma_host="127.0.0.1", chroma_port=chroma_server.port)

    replica = Engine.open(settings("replica"))  # up before the file comes, on its own home
    replica.wait_warm()
    writer = Engine.open(settings("writer"), warm=False)  # a one-shot `claimbot ingest` elsewhere
    writer.ingest_file(put_file(tmp_path, "survey.md", SURVEY))
    writer.close()

    answer = replica.ask("What was the salvage sold for on MC-2291-KX?")  # the replica sees the new version
    assert "$4,100.00" in answer.text
    assert replica._ahead.wait_done(timeout=300)
    assert replica._ahead.versions_done == 1 and replica._ahead.embedded >= 1  # the lines its ask did not embed
    replica.close()
    assert not writer._ahead.embedded  # the one-shot process embedded nothing ahead
