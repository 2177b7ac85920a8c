"""What keeps a big store fast, seen from outside: the first question after opening reads only the
registry's index and the records of the claim it is about; scoped searches (filters scored by the
engine, not Chroma) never return another scope's chunks; replicas sharing a Chroma server follow
each other's ingests, lexical index included. Real embedded Chroma and ``chroma run``, real MiniLM."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docfactory import put_file, towing_claim

from rag.catalog import RECHECK_S
from rag.config import Settings
from rag.engine import Engine

CLAIMS = [
    (1042, "Daniel Okafor", "Harbor Lock Towing", "$385.00"),
    (2077, "Helen Park", "Bayfront Recovery", "$212.00"),
    (3105, "Ines Moreau", "Ridgeline Wreckers", "$640.00"),
    (4410, "Tomasz Wierzbicki", "Quayside Haulage", "$158.00"),
]


def test_the_first_ask_reads_the_index_and_only_the_claim_it_is_about(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    writer = Engine.open(settings)
    for number, insured, vendor, amount in CLAIMS:
        writer.ingest_file(put_file(tmp_path, f"towing-{number}.txt", towing_claim(number, insured, vendor, amount)))
    writer.close()

    engine = Engine.open(settings)  # a new process's view: nothing read yet
    answer = engine.ask("What was the towing cost on CLM-3105?")
    assert "$640.00" in answer.text
    loaded = {d.claim_id for d in engine._catalog.documents() if d.loaded}
    assert loaded <= {"CLM-3105"}  # the other claims' summaries and fact lines were never read
    assert [c.claim_id for c in engine.claims()] == ["CLM-1042", "CLM-2077", "CLM-3105", "CLM-4410"]
    assert engine.claims()[0].insured == ["Daniel Okafor"]  # the claims list comes from the index alone
    assert {d.claim_id for d in engine._catalog.documents() if d.loaded} == loaded
    # a claim's amounts (not in the index) are read with its details when something asks for them
    assert [a.value for a in engine.claims()[1].amounts] == ["212.00"]
    assert {d.claim_id for d in engine._catalog.documents() if d.loaded} == loaded | {"CLM-2077"}


def test_a_question_across_three_scopes_reads_those_and_no_other(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    for (number, insured, vendor, amount), scope in zip(CLAIMS, ["C1", "C2", "C3", "C4"]):
        engine.ingest_file(put_file(tmp_path, f"towing-{number}.txt", towing_claim(number, insured, vendor, amount)),
                           scope=scope)

    passages = engine.retrieve("towing invoice body shop", scope="workspace", scopes=["C1", "C2", "C3"], top_k=12,
                               merge=False)
    assert {p.scope for p in passages} == {"C1", "C2", "C3"}
    assert all(p.claim_id != "CLM-4410" for p in passages)
    # a claim filter inside the reach, and one outside it (C4's claim): nothing from C4
    inside = engine.retrieve("towing cost", scope="workspace", scopes=["C1", "C2", "C3"], claim_ids=["CLM-2077"])
    assert inside and {p.claim_id for p in inside} == {"CLM-2077"}
    assert engine.retrieve("towing cost", scope="workspace", scopes=["C1", "C2", "C3"], claim_ids=["CLM-4410"]) == []
    answer = engine.ask("What was the towing cost on CLM-4410?", scopes=["C1", "C2", "C3"])
    assert "$158.00" not in answer.text
    assert all(c.scope in ("C1", "C2", "C3") for c in answer.citations)
    # a reach that holds most of the store is searched unfiltered, over-fetched, and kept to the reach
    wide = engine._retriever.retrieve("towing invoice body shop", scopes=["C1", "C2", "C3"], top_k=2, merge=False,
                                      stored_scopes={"C1", "C2", "C3", "C4"}, reach_share=0.75)
    assert wide and {p.scope for p in wide} <= {"C1", "C2", "C3"}
    assert engine.claims_mentioning("quayside haulage", scope="C1") == []
    assert engine.claims_mentioning("quayside haulage", scope="C4") == ["CLM-4410"]


def test_a_replica_follows_another_replicas_new_documents(chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def replica(home: str) -> Engine:
        return Engine.open(Settings(home=tmp_path / home, chroma_host="127.0.0.1", chroma_port=chroma_server.port))

    first, second = replica("home-a"), replica("home-b")
    number, insured, vendor, amount = CLAIMS[0]
    first.ingest_file(put_file(tmp_path, "towing.txt", towing_claim(number, insured, vendor, amount)), scope="C1")
    assert "$385.00" in second.ask("What was the towing cost on CLM-1042?", scope="C1").text
    assert second.claims_mentioning("harbor lock", scope="C1") == ["CLM-1042"]

    # a new version written by the first replica: the second sees it once the registry's stamp is read again
    first.ingest_file(put_file(tmp_path, "towing.txt", towing_claim(number, insured, "Quayside Haulage", "$410.00")),
                      scope="C1")
    time.sleep(RECHECK_S + 0.2)
    assert "$410.00" in second.ask("What was the towing cost on CLM-1042?", scope="C1").text
    assert second.claims_mentioning("harbor lock", scope="C1") == []
    assert second.claims_mentioning("quayside haulage", scope="C1") == ["CLM-1042"]
    assert any((tmp_path / "home-b").glob("lexical-*.sqlite3"))  # each replica keeps its own lexical index


@pytest.mark.parametrize("reopen", [False, True])
def test_the_lexical_index_survives_a_restart_and_drops_replaced_words(tmp_path: Path, reopen: bool) -> None:
    settings = Settings(home=tmp_path / "home")
    engine = Engine.open(settings)
    number, insured, vendor, amount = CLAIMS[1]
    engine.ingest_file(put_file(tmp_path, "towing.txt", towing_claim(number, insured, vendor, amount)))
    assert engine.claims_mentioning("bayfront recovery") == ["CLM-2077"]
    engine.ingest_file(put_file(tmp_path, "towing.txt", towing_claim(number, insured, "Ridgeline Wreckers", amount)))
    if reopen:
        engine.close()
        engine = Engine.open(settings)
    assert engine.claims_mentioning("bayfront recovery") == []
    assert engine.claims_mentioning("ridgeline wreckers") == ["CLM-2077"]
    assert engine.vocabulary_has(["wreckers", "bayfront"]) == {"wreckers"}
