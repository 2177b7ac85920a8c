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
from rag.store import leaf_text

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
    leaves = store.leaves.get(include=["documents", "metadatas"])
    assert len(leaves["ids"]) == report.leaf_chunks
    # the text rides in the node JSON, not as Chroma's document (which Chroma would index for a
    # full-text search claimbot never runs)
    assert leaves["documents"] == [None] * report.leaf_chunks
    texts = [leaf_text(meta, None) for meta in leaves["metadatas"]]
    parents = store.kv.count()
    assert parents > 0 and engine.stats()["nodes"] == parents + report.leaf_chunks
    assert not set(leaves["ids"]) & {key.split("/", 2)[-1] for key in store.kv.get_all("docstore/data")}

    # a leaf asked of the docstore (AutoMergingRetriever fills gaps, BM25-only hits) comes from the
    # leaves collection with its text and what a citation shows
    engine2 = Engine.open(Settings(home=tmp_path / "home"))  # nothing cached
    leaf_id = next(i for i, text in zip(leaves["ids"], texts) if "Estimate Total" in text)
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


def test_a_store_written_with_chroma_documents_is_still_read_and_answered_from(tmp_path: Path) -> None:
    """Stores written before the text moved into the node JSON keep it as each leaf's and each
    docstore node's Chroma document: rewritten that way, the store still answers with its citation,
    and its word index (rebuilt from the leaves) finds the words."""
    import json

    from llama_index.core.schema import MetadataMode
    from llama_index.vector_stores.chroma import ChromaVectorStore

    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_file(put_file(tmp_path, "c-estimate.pdf", pdf_bytes(ESTIMATE_PAGES)))
    store = engine._store
    got = store.leaves.get(include=["metadatas", "embeddings"])
    leaves = [store.docstore.get_document(i) for i in got["ids"]]
    for leaf, vector in zip(leaves, got["embeddings"]):
        leaf.embedding = [float(x) for x in vector]
    store.leaves.delete(ids=got["ids"])
    ChromaVectorStore(chroma_collection=store.leaves).add(leaves)  # the old way: text as the document
    nodes = store.kv._col.get(include=["metadatas"])
    store.kv._col.upsert(ids=nodes["ids"], embeddings=[[0.0]] * len(nodes["ids"]),
                         documents=[m.pop("value") for m in nodes["metadatas"]], metadatas=nodes["metadatas"])
    assert all(store.leaves.get(include=["documents"])["documents"])
    old_meta = store.leaves.get(include=["metadatas"])["metadatas"]
    assert not any(json.loads(m["_node_content"]).get("text") for m in old_meta)
    engine.close()
    store.lexical_path.unlink()  # rebuilt from the leaves at open

    reopened = Engine.open(Settings(home=tmp_path / "home"))
    answer = reopened.ask("What is the estimate total on CLM-3090?")
    assert "$12,480.00" in answer.text and answer.citations[0].document == "c-estimate.pdf"
    assert reopened._lexical.wait_built(60)
    assert reopened._lexical.search("estimate total", reach=["workspace"])  # words read from the documents
    leaf = reopened._store.docstore.get_document(got["ids"][0])
    assert leaf is not None and leaf.get_content(metadata_mode=MetadataMode.NONE)
    reopened.close()


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


# -- many files published together (issue #12: ingest at the embedder's speed) ------------------


def _towing_notes(count: int) -> list[tuple[str, str, str]]:
    """``count`` one-claim towing invoices: (file name, claim id, towing amount)."""
    out = []
    for i in range(count):
        claim, amount = f"CLM-{5100 + i}", f"${310 + 7 * i}.00"
        text = TOWING.replace("CLM-1042", claim).replace("$385.00", amount).replace("PAP-884120", f"PAP-{700100 + i}")
        out.append((f"towing-{i:02d}.txt", claim, text.replace("Daniel Okafor", f"Insured Number{i}")))
    return out


def test_many_small_files_stored_in_groups_are_each_answered_and_cited_by_their_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rag.ingest

    monkeypatch.setattr(rag.ingest, "GROUP_FILES", 4)  # several groups of several files each
    notes = _towing_notes(10)
    for name, _, text in notes:
        put_file(tmp_path, name, text)
    engine = Engine.open(Settings(home=tmp_path / "home"))
    told: list[tuple[int, str, str]] = []
    results = engine.ingest_paths([tmp_path / "files"],
                                  on_file=lambda done, total, r: told.append((done, r.filename, r.status)))

    assert told == [(i + 1, name, "added") for i, (name, _, _) in enumerate(notes)]  # in order, each once
    assert [r.status for r in results] == ["added"] * 10  # type: ignore[union-attr]
    assert engine.stats()["documents"] == 10
    for name, claim, amount in [(n, c, t.split("Towing: ")[1].split()[0]) for n, c, t in notes]:
        answer = engine.ask(f"What was the towing cost on {claim}?")
        assert amount in answer.text, (claim, answer.text)
        assert (answer.citations[0].document, answer.citations[0].claim_id) == (name, claim)
    # the versions are whole: each file's leaves, nothing else, and its words in the lexical index
    current = {r.version_id for r in engine._store.registry.all()}
    assert {m["version_id"] for m in engine._store.leaves.get(include=["metadatas"])["metadatas"]} == current
    assert engine.claims_mentioning("Number7") == ["CLM-5107"]
    engine.close()


def test_a_new_version_in_a_folder_ingest_replaces_the_old_one_and_unchanged_files_say_so(tmp_path: Path) -> None:
    notes = _towing_notes(3)
    for name, _, text in notes:
        put_file(tmp_path, name, text)
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_paths([tmp_path / "files"])
    put_file(tmp_path, notes[1][0], notes[1][2].replace("$317.00", "$999.00"))
    results = engine.ingest_paths([tmp_path / "files"])

    assert [r.status for r in results] == ["unchanged", "replaced", "unchanged"]  # type: ignore[union-attr]
    answer = engine.ask(f"What was the towing cost on {notes[1][1]}?")
    assert "$999.00" in answer.text and "$317.00" not in answer.text
    assert answer.citations[0].document == notes[1][0]
    current = {r.version_id for r in engine._store.registry.all()}
    assert len(current) == 3
    assert {m["version_id"] for m in engine._store.leaves.get(include=["metadatas"])["metadatas"]} == current
    assert {m["version_id"] for m in engine._store.kv._col.get(include=["metadatas"])["metadatas"]} == current
    engine.close()


def test_an_ingest_killed_between_groups_keeps_every_file_it_reported(tmp_path: Path) -> None:
    """``claimbot ingest DIR`` killed (SIGKILL) once it has reported some files: those are
    answerable and whole; running it again stores the rest and says the reported ones are
    unchanged."""
    import os
    import signal
    import subprocess
    import sys

    notes = _towing_notes(40)
    for name, _, text in notes:
        put_file(tmp_path, name, text)
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMBOT_", "CHROMA_"))}
    env["CLAIMBOT_HOME"] = str(home)
    root = Path(__file__).resolve().parents[1]
    # the real CLI, its groups made of 3 files so that the kill lands between groups on any machine
    small_groups = "import sys, rag.ingest; rag.ingest.GROUP_FILES = 3; from bot.cli import main; sys.exit(main())"
    cli = subprocess.Popen([sys.executable, "-c", small_groups, "ingest", str(tmp_path / "files")], cwd=root, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    reported: list[str] = []
    try:
        assert cli.stdout is not None
        for line in cli.stdout:
            if line.startswith("  added"):
                reported.append(line.split()[1])
                break
    finally:
        os.killpg(cli.pid, signal.SIGKILL)
        cli.wait(30)
    assert reported, "the ingest reported no file before it ended"

    engine = Engine.open(Settings(home=home))
    stored = {r.name: r for r in engine._store.registry.all()}
    assert set(reported) <= set(stored) and len(stored) < len(notes)
    for name, claim, text in notes:
        if name in stored:  # reported or not, a stored version is whole: answered from its own file
            answer = engine.ask(f"What was the towing cost on {claim}?")
            assert text.split("Towing: ")[1].split()[0] in answer.text and answer.citations[0].document == name
    engine.close()

    again = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(tmp_path / "files")], cwd=root, env=env,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    lines = {line.split()[1]: line.split()[0] for line in again.stdout.splitlines() if line.startswith("  ")}
    assert all(lines[name] == "unchanged" for name in stored)
    assert all(lines[name] == "added" for name, _, _ in notes if name not in stored)
    assert again.stdout.splitlines()[-1] == f"{len(notes) - len(stored)} ingested, {len(stored)} unchanged, scope workspace"
    # asked in a new process (this one's embedded Chroma client would not see the other's writes)
    asked = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "What was the towing cost on CLM-5139?"], cwd=root,
                           env=env, capture_output=True, text=True, timeout=600)
    assert "$583.00" in asked.stdout and "towing-39.txt" in asked.stdout, asked.stdout + asked.stderr


def test_an_embedding_process_that_dies_mid_ingest_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest of several files embeds the default model in a child process; killed (the OOM
    killer, a crash in onnxruntime), the files in hand are embedded in the engine's process, and
    the next ingest gets a new child. The child ends with its ingest."""
    import os
    import signal

    import rag.ingest

    monkeypatch.setattr(rag.ingest, "GROUP_FILES", 2)
    notes = _towing_notes(8)
    for name, _, text in notes[:6]:
        put_file(tmp_path, name, text)
    engine = Engine.open(Settings(home=tmp_path / "home"))
    ingestor = engine._get_ingestor()
    killed: list[int] = []

    def kill_the_child_once(done: int, total: int, result: object) -> None:
        child = ingestor.embed_process
        if not killed and child is not None and child.pid is not None:
            killed.append(child.pid)
            os.kill(child.pid, signal.SIGKILL)

    results = engine.ingest_paths([tmp_path / "files"], on_file=kill_the_child_once)
    assert [r.status for r in results] == ["added"] * 6  # type: ignore[union-attr]
    assert killed and ingestor.embed_process is None
    for name, text in [(n, t) for n, _, t in notes[6:]]:
        put_file(tmp_path / "more", name, text)
    started: list[int | None] = []
    more = engine.ingest_paths([tmp_path / "more" / "files"],
                               on_file=lambda *_: started.append(getattr(ingestor.embed_process, "pid", None)))
    assert [r.status for r in more] == ["added"] * 2  # type: ignore[union-attr]
    assert started and started[0] not in (None, killed[0])  # a new child for the next ingest
    for name, claim, text in notes:
        answer = engine.ask(f"What was the towing cost on {claim}?")
        assert text.split("Towing: ")[1].split()[0] in answer.text and answer.citations[0].document == name
    engine.close()


def test_a_store_that_goes_away_between_groups_keeps_every_file_reported_before(  # type: ignore[no-untyped-def]
    chroma_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder ingest into a Chroma server that stops after the first file was reported: the
    ingest says the store refused, what it reported is answerable once the server is back, and
    the same ingest again stores the rest."""
    import rag.ingest

    monkeypatch.setattr(rag.ingest, "GROUP_FILES", 2)
    notes = _towing_notes(8)
    for name, _, text in notes:
        put_file(tmp_path, name, text)
    settings = Settings(home=tmp_path / "home", chroma_host="127.0.0.1", chroma_port=chroma_server.port)
    engine = Engine.open(settings)
    reported: list[str] = []

    def stop_the_server_after_the_first_file(done: int, total: int, result: object) -> None:
        reported.append(getattr(result, "filename"))
        if done == 1:
            chroma_server.stop()

    with pytest.raises(StoreWriteError) as refused:
        engine.ingest_paths([tmp_path / "files"], on_file=stop_the_server_after_the_first_file)
    assert "try again" in str(refused.value)
    assert 1 <= len(reported) < len(notes) and reported == [n for n, _, _ in notes[:len(reported)]]
    engine.close()

    chroma_server.start()
    replica = Engine.open(settings)
    for name, claim, text in notes[:len(reported)]:
        answer = replica.ask(f"What was the towing cost on {claim}?")
        assert text.split("Towing: ")[1].split()[0] in answer.text and answer.citations[0].document == name
    again = replica.ingest_paths([tmp_path / "files"])
    statuses = {getattr(r, "filename"): getattr(r, "status") for r in again}
    assert all(statuses[name] == "unchanged" for name in reported)
    assert replica.stats()["documents"] == len(notes)
    current = {r.version_id for r in replica._store.registry.all()}
    assert {m["version_id"] for m in replica._store.leaves.get(include=["metadatas"])["metadatas"]} == current
    answer = replica.ask(f"What was the towing cost on {notes[-1][1]}?")
    assert "$359.00" in answer.text and answer.citations[0].document == notes[-1][0]
    replica.close()
