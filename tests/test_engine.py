"""The engine as a user of ``rag`` sees it: files in, answers with citations out, on the real
embedded Chroma (and ``chroma run``), the real MiniLM embedder and the real parsers."""

from __future__ import annotations

from pathlib import Path

import pytest
from docfactory import TOWING_INVOICE_TEXT, WATER_LOSS_TEXT, put_file

from rag.config import Settings
from rag.engine import Engine
from rag.errors import IngestError, UnknownClaimError
from rag.ingest import StoreWriteError

TOWING_V1 = TOWING_INVOICE_TEXT

TOWING_V2 = TOWING_V1.replace("$385.00", "$410.00").replace("$475.00", "$500.00")

WATER = WATER_LOSS_TEXT



@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return Engine.open(Settings(home=tmp_path / "home"))


def test_answer_cites_the_document_and_excerpt_that_hold_the_fact(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    answer = engine.ask("What was the towing cost on CLM-1042?")
    assert "$385.00" in answer.text
    assert "[1]" in answer.text
    cited = answer.citations[0]
    assert cited.document == "towing-invoice.txt"
    assert cited.claim_id == "CLM-1042"
    assert "$385.00" in cited.excerpt


def test_same_file_again_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    path = put_file(tmp_path, "towing-invoice.txt", TOWING_V1)
    first = engine.ingest_file(path)
    before = engine.stats()
    again = engine.ingest_file(path)
    assert (first.status, again.status) == ("added", "unchanged")
    assert engine.stats() == before


def test_new_version_of_a_file_replaces_its_old_chunks(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    before = engine.stats()
    report = engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V2))
    assert report.status == "replaced"
    assert engine.stats() == before  # same shape of file: same number of chunks, none left over
    answer = engine.ask("What was the towing cost on CLM-1042?")
    assert "$410.00" in answer.text
    assert all("$385.00" not in c.excerpt for c in answer.citations)


def test_store_survives_a_restart(tmp_path: Path) -> None:
    home = tmp_path / "home"
    Engine.open(Settings(home=home)).ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    reopened = Engine.open(Settings(home=home))
    assert [c.claim_id for c in reopened.claims()] == ["CLM-1042"]
    assert "$385.00" in reopened.ask("What was the towing cost on CLM-1042?").text


def test_channel_documents_stay_in_their_channel(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1), scope="C_AUTO")
    engine.ingest_file(put_file(tmp_path, "water-loss.txt", WATER), scope="workspace")

    in_channel = engine.ask("What was the towing cost on CLM-1042?", scope="C_AUTO")
    assert "$385.00" in in_channel.text
    elsewhere = engine.ask("What was the towing cost on CLM-1042?", scope="C_PROPERTY")
    assert "$385.00" not in elsewhere.text
    assert all(c.document != "towing-invoice.txt" for c in elsewhere.citations)
    assert [c.claim_id for c in engine.claims(scope="C_PROPERTY")] == ["CLM-2077"]
    # workspace material is in reach everywhere
    assert "$1,000.00" in engine.ask("What is the deductible on CLM-2077?", scope="C_AUTO").text


def test_claim_metadata_is_extracted_at_ingest(engine: Engine, tmp_path: Path) -> None:
    report = engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    meta = report.metadata
    assert meta.claim_ids == ["CLM-1042"]
    assert meta.policy_numbers == ["PAP-884120"]
    assert meta.insured == ["Daniel Okafor"]
    assert meta.adjusters == ["Priya Raman"]
    assert meta.date_of_loss == "2026-03-03"
    totals = {a.label: a.value for a in meta.amounts}
    assert totals["invoice_total"] == "475.00"


def test_bad_file_is_refused_and_loses_nothing(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    before = engine.stats()
    bad = tmp_path / "files" / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(IngestError) as refused:
        engine.ingest_file(bad)
    assert "scan.pdf" in str(refused.value)
    assert engine.stats() == before
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?").text


def test_folder_ingest_goes_on_past_a_bad_file(engine: Engine, tmp_path: Path) -> None:
    put_file(tmp_path, "a-towing.txt", TOWING_V1)
    (tmp_path / "files" / "b-broken.docx").write_bytes(b"not a zip")
    put_file(tmp_path, "c-water.txt", WATER)
    results = engine.ingest_paths([tmp_path / "files"])
    refused = [r for r in results if isinstance(r, IngestError)]
    assert [r.filename for r in refused] == ["b-broken.docx"]
    assert [c.claim_id for c in engine.claims()] == ["CLM-1042", "CLM-2077"]


def test_unknown_claim_summary_names_the_claims_on_file(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    with pytest.raises(UnknownClaimError) as unknown:
        engine.summarize_claim("CLM-9999")
    assert "CLM-9999" in str(unknown.value) and "CLM-1042" in str(unknown.value)


def test_chroma_server_mode_serves_the_same_answers(chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(home=tmp_path / "home", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    Engine.open(settings).ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1), scope="C_AUTO")
    # a second replica, sharing the server (docstore and registry included)
    replica = Engine.open(Settings(home=tmp_path / "other-home", chroma_host="127.0.0.1", chroma_port=chroma_server.port))
    answer = replica.ask("What was the towing cost on CLM-1042?", scope="C_AUTO")
    assert "$385.00" in answer.text
    assert answer.citations[0].document == "towing-invoice.txt"


def test_failed_write_keeps_the_previous_version(chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(home=tmp_path / "home", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    engine = Engine.open(settings)
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1))
    chroma_server.stop()  # the index goes away in the middle of the next ingest
    with pytest.raises(StoreWriteError) as failed:
        engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V2))
    assert "Nothing was changed" in str(failed.value)
    chroma_server.start()
    answer = Engine.open(settings).ask("What was the towing cost on CLM-1042?")
    assert "$385.00" in answer.text


def test_engine_errors_cross_process_boundaries_intact() -> None:
    import pickle

    refused = pickle.loads(pickle.dumps(IngestError("scan.pdf", "no_text_layer", "it looks scanned")))
    assert (refused.filename, refused.reason, str(refused)) == (
        "scan.pdf", "no_text_layer", str(IngestError("scan.pdf", "no_text_layer", "it looks scanned"))
    )
    unknown = pickle.loads(pickle.dumps(UnknownClaimError("CLM-9999", ["CLM-1042"])))
    assert unknown.claim_id == "CLM-9999" and "CLM-1042" in str(unknown)


def test_the_files_vocabulary_and_mentions_follow_ingests_and_new_versions(engine: Engine, tmp_path: Path) -> None:
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V1 + "\nTowed by Buckeye Towing for the insured.\n"))
    assert engine.vocabulary_has(["tow", "towing", "buckeye", "ballpark"]) == {"tow", "towing", "buckeye"}
    assert engine.claims_mentioning("buckeye towing") == ["CLM-1042"]
    engine.ingest_file(put_file(tmp_path, "towing-invoice.txt", TOWING_V2 + "\nTowed by Harbor Lock for the insured.\n"))
    engine._catalog.invalidate()  # as after the registry cache's second
    assert "buckeye" not in engine.vocabulary_has(["buckeye", "harbor"])
    assert engine.claims_mentioning("harbor lock") == ["CLM-1042"] and engine.claims_mentioning("buckeye") == []
