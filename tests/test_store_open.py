"""Opening a store a replica has served is quick and never stale: the registry's index comes from
the home's file while the registry's stamp is the same, and only what another replica changed is
read again. Real embedded Chroma and ``chroma run``, real MiniLM."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from docfactory import put_file, towing_claim

from rag import lexical
from rag.config import Settings
from rag.engine import Engine
from rag.lexical import LexicalIndex


def test_a_reopened_store_reads_its_index_from_the_home_not_the_registry(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    engine = Engine.open(settings)
    engine.ingest_file(put_file(tmp_path, "towing-1042.txt", towing_claim(1042, "Daniel Okafor", "Harbor Lock", "$385.00")))
    engine.ingest_file(put_file(tmp_path, "towing-2077.txt", towing_claim(2077, "Helen Park", "Bayfront", "$212.00")))
    assert [c.claim_id for c in engine.claims()] == ["CLM-1042", "CLM-2077"]
    engine.close()

    reopened = Engine.open(settings)
    answer = reopened.ask("What was the towing cost on CLM-2077?")
    assert "$212.00" in answer.text and answer.citations
    assert [c.claim_id for c in reopened.claims()] == ["CLM-1042", "CLM-2077"]
    assert reopened.claims()[0].insured == ["Daniel Okafor"]
    assert reopened._catalog.index_reads == {"file": 1, "changes": 0, "whole": 0}


def test_a_second_replica_with_a_stale_index_file_sees_the_other_replicas_new_document(
        chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def replica(home: str) -> Engine:
        return Engine.open(Settings(home=tmp_path / home, chroma_host="127.0.0.1", chroma_port=chroma_server.port))

    first = replica("home-a")
    first.ingest_file(put_file(tmp_path, "a/towing.txt", towing_claim(1042, "Daniel Okafor", "Harbor Lock", "$385.00")),
                      scope="C1")
    second = replica("home-b")
    assert [c.claim_id for c in second.claims(scope="C1")] == ["CLM-1042"]  # its index file: CLM-1042 only
    second.close()

    # while the second replica is down, the first adds a claim and a new version of the other's file
    first.ingest_file(put_file(tmp_path, "a/towing-2077.txt", towing_claim(2077, "Helen Park", "Bayfront", "$212.00")),
                      scope="C1")
    first.ingest_file(put_file(tmp_path, "a/towing.txt", towing_claim(1042, "Daniel Okafor", "Quayside", "$410.00")),
                      scope="C1")

    second = replica("home-b")
    assert [c.claim_id for c in second.claims(scope="C1")] == ["CLM-1042", "CLM-2077"]
    assert "$212.00" in second.ask("What was the towing cost on CLM-2077?", scope="C1").text
    assert "$410.00" in second.ask("What was the towing cost on CLM-1042?", scope="C1").text
    assert second._catalog.index_reads == {"file": 1, "changes": 1, "whole": 0}  # only the difference was read
    second.close()

    third = replica("home-b")  # the file now holds the new stamp: nothing is read from the registry
    assert [c.claim_id for c in third.claims(scope="C1")] == ["CLM-1042", "CLM-2077"]
    assert third._catalog.index_reads == {"file": 1, "changes": 0, "whole": 0}


def test_an_unreadable_index_file_is_read_again_from_the_registry(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    engine = Engine.open(settings)
    engine.ingest_file(put_file(tmp_path, "towing-1042.txt", towing_claim(1042, "Daniel Okafor", "Harbor Lock", "$385.00")))
    assert [c.claim_id for c in engine.claims()] == ["CLM-1042"]
    engine.close()
    (index,) = (tmp_path / "home").glob("registry-*.sqlite3")
    index.write_bytes(b"not a database" * 100)

    reopened = Engine.open(settings)
    assert [c.claim_id for c in reopened.claims()] == ["CLM-1042"]
    assert reopened._catalog.index_reads == {"file": 0, "changes": 0, "whole": 1}
    reopened.close()
    again = Engine.open(settings)
    assert [c.claim_id for c in again.claims()] == ["CLM-1042"]
    assert again._catalog.index_reads == {"file": 1, "changes": 0, "whole": 0}


def test_a_question_while_the_lexical_index_is_built_in_the_background_is_answered_with_citations(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A replica's first start on a store it never served builds its lexical index in the
    background (minutes at 100k leaves); questions meanwhile are answered from the vectors."""
    settings = Settings(home=tmp_path / "home")
    writer = Engine.open(settings)
    claims = [(1042, "Daniel Okafor", "Harbor Lock Towing", "$385.00"), (3105, "Ines Moreau", "Ridgeline Wreckers",
                                                                          "$640.00")]
    for number, insured, vendor, amount in claims:
        writer.ingest_file(put_file(tmp_path, f"towing-{number}.txt", towing_claim(number, insured, vendor, amount)))
    writer.close()
    (path,) = (tmp_path / "home").glob("lexical-*.sqlite3")
    for old in (tmp_path / "home").glob("lexical-*"):  # a replica that never served this store
        old.unlink()
    LexicalIndex(None, path, versions=list).sync([])  # an empty index file ...
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # ... that another process is writing: the build waits for it
    monkeypatch.setattr(lexical, "BACKGROUND_ABOVE", 1)  # two documents count as many

    engine = Engine.open(settings)
    answer = engine.ask("What was the towing cost on CLM-3105?")
    assert "$640.00" in answer.text
    assert answer.citations and answer.citations[0].document == "towing-3105.txt"
    assert engine._lexical.building  # answered while the index was being built
    assert engine.claims_mentioning("ridgeline wreckers") == []  # nothing is known by its words yet

    other.execute("ROLLBACK")
    other.close()
    assert engine._lexical.wait_built(60)
    assert engine.claims_mentioning("ridgeline wreckers") == ["CLM-3105"]
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?").text
    engine.close()


def test_details_dropped_past_the_memory_bound_are_read_again_when_asked_for(tmp_path: Path) -> None:
    """At 100k leaves, questions over every claim read every document's details (~290 MB kept); the
    catalog keeps a bounded number, and a claim asked about again reads its details again."""
    engine = Engine.open(Settings(home=tmp_path / "home"))
    claims = [(1042, "Daniel Okafor", "Harbor Lock Towing", "$385.00"), (2077, "Helen Park", "Bayfront", "$212.00"),
              (3105, "Ines Moreau", "Ridgeline Wreckers", "$640.00")]
    for number, insured, vendor, amount in claims:
        engine.ingest_file(put_file(tmp_path, f"towing-{number}.txt", towing_claim(number, insured, vendor, amount)))
    engine._catalog.max_loaded = 1
    for number, *_ in claims:  # each claim's details read in turn
        assert f"CLM-{number}" in engine.ask(f"Summarize CLM-{number}").text
    assert len(engine._catalog._loaded) == 1  # the others' details are only kept packed
    reads = engine._catalog.payload_reads
    for number, _, _, amount in claims:
        answer = engine.ask(f"What was the towing cost on CLM-{number}?")
        assert amount in answer.text and answer.citations
    assert engine._catalog.payload_reads == reads  # unpacked from memory, not read from the registry again
    assert [a.value for a in engine.claims()[0].amounts] == ["385.00"]
    engine.close()


def test_the_warm_up_reads_what_the_first_question_needs_before_it_comes(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    writer = Engine.open(settings)
    writer.ingest_file(put_file(tmp_path, "towing-2077.txt", towing_claim(2077, "Helen Park", "Bayfront", "$212.00")))
    assert writer.claims()
    writer.close()

    engine = Engine.open(settings)
    assert engine.wait_warm(120)
    assert engine._catalog.index_reads == {"file": 1, "changes": 0, "whole": 0}  # read by the warm-up
    assert engine.claims_mentioning("bayfront") == ["CLM-2077"]  # the lexical index is ready
    answer = engine.ask("What was the towing cost on CLM-2077?")
    assert "$212.00" in answer.text and answer.citations
    assert engine._catalog.index_reads == {"file": 1, "changes": 0, "whole": 0}  # nothing read again
    engine.close()


def test_a_document_removed_by_another_replica_leaves_this_replicas_index(
        chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def replica(home: str) -> Engine:
        return Engine.open(Settings(home=tmp_path / home, chroma_host="127.0.0.1", chroma_port=chroma_server.port))

    first, second = replica("home-a"), replica("home-b")
    for number, insured in ((1042, "Daniel Okafor"), (2077, "Helen Park")):
        first.ingest_file(put_file(tmp_path, f"towing-{number}.txt", towing_claim(number, insured, "Bayfront", "$212.00")))
    assert [c.claim_id for c in second.claims()] == ["CLM-1042", "CLM-2077"]
    second.close()

    (gone,) = [d.doc_id for d in first.documents() if d.claim_id == "CLM-2077"]
    first._store.registry.delete(gone)  # what ingest does to a document a new version replaced under another id
    reopened = replica("home-b")
    assert [c.claim_id for c in reopened.claims()] == ["CLM-1042"]
    assert reopened._catalog.index_reads == {"file": 1, "changes": 1, "whole": 0}
