"""Ingest as a pipeline (the next file read while this one embeds, the writes behind the
embedder) and each leaf stored once: what a user sees must not change. Real parsers, the real
embedder, real embedded Chroma."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docfactory import TOWING_INVOICE_TEXT as TOWING
from docfactory import WATER_LOSS_TEXT as WATER
from docfactory import pdf_bytes, put_file

from rag.config import Settings
from rag.engine import Engine
from rag.errors import IngestError
from rag.ingest import StoreWriteError
from rag.records import IngestProgress

ESTIMATE_PAGES = [
    ["Claim Number: CLM-3090", "Insured: Rosa Lindqvist", "REPAIR ESTIMATE"]
    + [f"Line {i}: replaced drywall panel {i} in the basement, labour and materials." for i in range(25)],
    ["Claim Number: CLM-3090", "ESTIMATE SUMMARY", "Contractor: Brightline Restoration",
     "Estimate Total: $12,480.00", "Depreciation: $1,150.00"],
]

QUESTIONS = [
    "What was the towing cost on CLM-1042?",
    "What is the deductible on CLM-2077?",
    "What is the estimate total on CLM-3090?",
    "Who is the contractor on CLM-3090?",
    "Summarize claim CLM-3090",
]


def _files(tmp_path: Path) -> Path:
    put_file(tmp_path, "a-towing.txt", TOWING)
    put_file(tmp_path, "b-water.md", WATER)
    put_file(tmp_path, "c-estimate.pdf", pdf_bytes(ESTIMATE_PAGES))
    (tmp_path / "files" / "d-broken.docx").write_bytes(b"not a zip")
    return tmp_path / "files"


def _seen(engine: Engine) -> list[tuple[str, list[tuple[str, str | None, int | None, str]]]]:
    """What a user reads for each question: the answer and, per citation, the document,
    claim, page and excerpt."""
    out = []
    for question in QUESTIONS:
        answer = engine.ask(question)
        out.append((answer.text, [(c.document, c.claim_id, c.page, c.excerpt) for c in answer.citations]))
    return out


def test_a_folder_ingested_as_a_pipeline_answers_and_cites_as_files_ingested_one_by_one(tmp_path: Path) -> None:
    folder = _files(tmp_path)
    one_by_one = Engine.open(Settings(home=tmp_path / "one-by-one"))
    for path in sorted(folder.iterdir()):
        try:
            one_by_one.ingest_file(path)
        except IngestError:
            pass
    piped = Engine.open(Settings(home=tmp_path / "piped"))
    results = piped.ingest_paths([folder])

    assert [getattr(r, "filename") for r in results] == ["a-towing.txt", "b-water.md", "c-estimate.pdf",
                                                         "d-broken.docx"]
    assert isinstance(results[3], IngestError) and results[3].reason == "corrupt"
    assert [r.status for r in results[:3]] == ["added", "added", "added"]  # type: ignore[union-attr]
    assert piped.stats() == one_by_one.stats()
    seen = _seen(piped)
    assert seen == _seen(one_by_one)
    assert "$385.00" in seen[0][0] and seen[0][1][0][:2] == ("a-towing.txt", "CLM-1042")
    assert "$12,480.00" in seen[2][0] and seen[2][1][0][:3] == ("c-estimate.pdf", "CLM-3090", 2)
    assert [r.status for r in piped.ingest_paths([folder])[:3]] == ["unchanged"] * 3  # type: ignore[union-attr]
    one_by_one.close()
    piped.close()


def test_each_leaf_is_stored_once_and_read_back_whole_with_its_citation(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    report = engine.ingest_file(put_file(tmp_path, "c-estimate.pdf", pdf_bytes(ESTIMATE_PAGES)))
    store = engine._store
    leaves = store.leaves.get(include=["documents"])
    assert len(leaves["ids"]) == report.leaf_chunks
    parents = store.kv.count()
    assert parents > 0 and engine.stats()["nodes"] == parents + report.leaf_chunks
    assert not set(leaves["ids"]) & {key.split("/", 2)[-1] for key in store.kv.get_all("docstore/data")}

    # a leaf asked of the docstore (AutoMergingRetriever fills gaps, BM25-only hits) comes from the
    # leaves collection with its text and what a citation shows
    engine2 = Engine.open(Settings(home=tmp_path / "home"))  # nothing cached
    leaf_id = next(i for i, text in zip(leaves["ids"], leaves["documents"]) if "Estimate Total" in text)
    leaf = engine2._store.docstore.get_document(leaf_id)
    assert leaf is not None and "Estimate Total: $12,480.00" in leaf.get_content()
    assert (leaf.metadata["document"], leaf.metadata["page"], leaf.metadata["claim_id"]) == (
        "c-estimate.pdf", 2, "CLM-3090")
    assert leaf.parent_node is not None and engine2._store.docstore.get_document(leaf.parent_node.node_id)
    with pytest.raises(ValueError):
        engine2._store.docstore.get_document(leaf_id + "9")
    answer = engine2.ask("What is the estimate total on CLM-3090?")
    assert "$12,480.00" in answer.text and answer.citations[0].document == "c-estimate.pdf"
    engine.close()
    engine2.close()


def test_a_new_version_ingested_while_another_file_embeds_replaces_the_old_one_whole(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_file(put_file(tmp_path, "towing.txt", TOWING), display_name="towing.txt", scope="C1")
    v2 = TOWING.replace("$385.00", "$410.00").replace("$475.00", "$500.00")
    reports: dict[str, object] = {}

    def ingest(name: str, text: str) -> None:
        reports[name] = engine.ingest_file(put_file(tmp_path / name, "towing.txt" if name == "v2" else name, text),
                                           display_name="towing.txt" if name == "v2" else name, scope="C1")

    threads = [threading.Thread(target=ingest, args=args)
               for args in [("estimate.txt", "\n".join(ESTIMATE_PAGES[0] + ESTIMATE_PAGES[1])), ("v2", v2),
                            ("water.txt", WATER)]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert getattr(reports["v2"], "status") == "replaced"
    answer = engine.ask("What was the towing cost on CLM-1042?", scope="C1")
    assert "$410.00" in answer.text and "$385.00" not in answer.text
    assert all("$385.00" not in c.excerpt for c in answer.citations)
    # the old version's chunks are gone from both collections: only current versions remain
    current = {r.version_id for r in engine._store.registry.all()}
    leaf_versions = {m["version_id"] for m in engine._store.leaves.get(include=["metadatas"])["metadatas"]}
    node_versions = {m["version_id"] for m in engine._store.kv._col.get(include=["metadatas"])["metadatas"]}
    assert leaf_versions == current and node_versions == current
    assert engine.stats()["documents"] == 3
    engine.close()


def test_the_same_file_ingested_twice_at_once_is_stored_once(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    path = put_file(tmp_path, "towing.txt", TOWING)
    statuses: list[str] = []
    threads = [threading.Thread(target=lambda: statuses.append(engine.ingest_file(path).status)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(statuses) == ["added", "unchanged"]
    stats = engine.stats()
    assert stats["documents"] == 1 and stats["leaves"] > 0
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?").text
    engine.close()


def test_a_store_that_goes_away_while_a_new_version_is_written_keeps_the_old_one(  # type: ignore[no-untyped-def]
    chroma_server, tmp_path: Path
) -> None:
    settings = Settings(home=tmp_path / "home", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    engine = Engine.open(settings)
    engine.ingest_file(put_file(tmp_path, "towing.txt", TOWING))
    v2 = TOWING.replace("$385.00", "$410.00")

    def stop_the_server_once_embedding(progress: IngestProgress) -> None:
        if progress.stage == "embedding":  # the parents' write is queued, the leaves' follows
            chroma_server.stop()

    with pytest.raises(StoreWriteError) as failed:
        engine.ingest_file(put_file(tmp_path, "towing.txt", v2), progress=stop_the_server_once_embedding)
    assert "Nothing was changed" in str(failed.value)
    chroma_server.start()
    replica = Engine.open(settings)
    answer = replica.ask("What was the towing cost on CLM-1042?")
    assert "$385.00" in answer.text and "$410.00" not in answer.text

    # with the store back, the new version goes in whole, and nothing of the failed attempt is left
    assert replica.ingest_file(put_file(tmp_path, "towing.txt", v2)).status == "replaced"
    assert "$410.00" in replica.ask("What was the towing cost on CLM-1042?").text
    current = {r.version_id for r in replica._store.registry.all()}
    assert {m["version_id"] for m in replica._store.leaves.get(include=["metadatas"])["metadatas"]} == current
    assert {m["version_id"] for m in replica._store.kv._col.get(include=["metadatas"])["metadatas"]} == current
    replica.close()
