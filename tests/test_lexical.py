"""Hybrid retrieval: BM25 over the stored leaves beside the vectors, on the real engine (embedded
Chroma, MiniLM), with the scope and claim filters and new versions of a file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docfactory import put_file

from rag.config import Settings
from rag.engine import Engine
from rag.retrieval import scopes_in_reach
from rag.store import leaf_text

PUMP = """Claim No.: WC 2025 00123
Employer: Tidewater Marine Services LLC
Injured Worker: Tomasz Wierzbicki

Equipment involved
The hydraulic winch, serial QX-7741-B, slipped its brake while the crew was hauling a mooring line.
The deckhand's left hand was caught between the drum and the line.

Treatment
He was seen at Bayfront Urgent Care and referred for hand therapy twice a week.
"""

KITCHEN = """Claim Number: HO-2024-8892
Insured: Margit Solberg

The dishwasher hose (part DW-5531) came loose overnight and flooded the kitchen subfloor.
A winch was not involved; the crew removed the cabinets and dried the subfloor for four days.
"""



@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_file(put_file(tmp_path, "winch-injury-report.txt", PUMP), scope="C1")
    engine.ingest_file(put_file(tmp_path, "kitchen-flood.txt", KITCHEN), scope="C2")
    return engine


def test_a_serial_number_is_found_by_its_exact_words(engine: Engine) -> None:
    passages = engine.retrieve("QX-7741-B", scope="C1", top_k=3)
    assert passages and "serial QX-7741-B" in passages[0].text


def test_lexical_hits_keep_to_the_scope_and_the_claim(engine: Engine) -> None:
    reach = scopes_in_reach("C2")
    hits = engine._lexical.search("winch serial", reach=reach)
    got = engine._store.leaves.get(ids=[h.leaf_id for h in hits], include=["metadatas", "documents"])
    texts = " ".join(leaf_text(m, d) for m, d in zip(got["metadatas"], got["documents"]))
    assert "QX-7741-B" not in texts  # the winch report is C1's, never C2's
    assert engine._lexical.search("winch", reach=scopes_in_reach("C1"), claim_ids=["HO-2024-8892"]) == []


def test_a_new_version_replaces_the_old_words(engine: Engine, tmp_path: Path) -> None:
    assert engine.vocabulary_has(["solberg"], scope="C2") == {"solberg"}
    engine.ingest_file(put_file(tmp_path, "kitchen-flood.txt", KITCHEN.replace("Solberg", "Lindqvist")), scope="C2")
    assert engine.vocabulary_has(["solberg", "lindqvist"], scope="C2") == {"lindqvist"}
    assert engine.claims_mentioning("Margit Lindqvist", scope="C2") == ["HO-2024-8892"]


def test_concurrent_asks_while_a_file_is_ingested(engine: Engine, tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            for _ in range(3):
                assert engine.ask("what is the serial of the winch?", scope="C1").text
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    engine.ingest_file(put_file(tmp_path, "winch-injury-report.txt", PUMP + "\nFollow-up: therapy ended.\n"), scope="C1")
    for t in threads:
        t.join()
    assert not errors
    assert "followup" not in engine.vocabulary_has(["followup"], scope="C1")
    assert engine.vocabulary_has(["therapy", "ended"], scope="C1") == {"therapy", "ended"}
