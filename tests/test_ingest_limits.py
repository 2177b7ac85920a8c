"""Hostile and huge files, as the engine meets them: zip bombs, files that take too long or too
much memory to parse, too many pages or chunks; each refused with the file's name, the reason and
what to do, with nothing stored, and questions answered meanwhile. Real parsers, real Chroma."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from docfactory import docx_bomb_bytes, eml_bytes, pdf_bytes, put_file, slow_docx_bytes
from llama_index.core.schema import TextNode

from rag.config import Settings
from rag.engine import Engine
from rag.errors import IngestError
from rag.ingest import Ingestor, document_id
from rag.parsing import parse_bytes
from rag.records import IngestProgress
from rag.store import DocumentRecord

NOTES = """Claim Number: CLM-1042
Insured: Daniel Okafor
Date of Loss: March 3, 2026

TOWING INVOICE
The insured vehicle was towed from Highway 9 to Westside Collision on March 3, 2026.
Towing: $385.00
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")



# -- zip bombs and unpacked sizes (the parsers, in process) ------------------------------------


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_it_is_inflated() -> None:
    bomb = docx_bomb_bytes(200)  # ~240 KB that unpacks to 200 MB
    with pytest.raises(IngestError) as refused:
        parse_bytes(bomb, "estimate.docx")
    assert refused.value.reason == "too_large"
    message = str(refused.value)
    assert message.startswith("Could not ingest estimate.docx:")
    assert "unpacks to 200.0 MB; the limit is 100 MB" in message
    assert "Split the file or share a smaller export." in message


def test_a_docx_compressed_like_a_bomb_is_refused_for_its_ratio() -> None:
    with pytest.raises(IngestError) as refused:
        parse_bytes(docx_bomb_bytes(20), "estimate.docx")  # 20 MB from ~25 KB
    assert refused.value.reason == "too_large"
    assert "to 1; more than 100 to 1 is refused as a zip bomb" in str(refused.value)


def test_a_docx_bomb_attached_to_an_email_refuses_the_email() -> None:
    attachments = [(f"estimate-{n}.docx", docx_bomb_bytes(6), "application/octet-stream") for n in range(2)]
    email = eml_bytes(subject="Estimates for CLM-1042", body="Two estimates attached.", attachments=attachments)
    limits = replace(parse_bytes_limits(), max_ratio=1e9, max_unpacked_bytes=10 * 1024 * 1024)
    with pytest.raises(IngestError) as refused:
        parse_bytes(email, "estimates.eml", limits=limits)
    assert refused.value.filename == "estimates.eml" and refused.value.reason == "too_large"
    assert "estimate-1.docx" in str(refused.value) and "once unpacked" in str(refused.value)


def test_an_email_whose_decoded_attachments_pass_the_limit_is_refused() -> None:
    big = NOTES.encode() * 20_000  # ~5 MB of text each, base64 in the email
    attachments = [(f"notes-{n}.txt", big, "text/plain") for n in range(3)]
    email = eml_bytes(subject="Notes", body="Notes attached.", attachments=attachments)
    with pytest.raises(IngestError) as refused:
        parse_bytes(email, "notes.eml", limits=replace(parse_bytes_limits(), max_unpacked_bytes=8 * 1024 * 1024))
    assert refused.value.reason == "too_large" and "attachments come to more than 8 MB" in str(refused.value)


def test_a_pdf_over_the_page_limit_is_refused_before_its_pages_are_read() -> None:
    data = pdf_bytes([[f"Claim CLM-1042, page {n}"] for n in range(6)])
    with pytest.raises(IngestError) as refused:
        parse_bytes(data, "long.pdf", limits=replace(parse_bytes_limits(), max_pages=5))
    assert "it has 6 pages; the limit is 5 (CLAIMBOT_MAX_PAGES)" in str(refused.value)


def test_a_pdf_whose_text_unpacks_past_the_limit_is_refused() -> None:
    data = pdf_bytes([[f"Claim CLM-1042 line {i} " + "x" * 80 for i in range(40)] for _ in range(10)])
    with pytest.raises(IngestError) as refused:
        parse_bytes(data, "wordy.pdf", limits=replace(parse_bytes_limits(), max_unpacked_bytes=10_000))
    assert "pages' text come to more than" in str(refused.value)


def parse_bytes_limits():  # noqa: ANN201 - the defaults the engine parses with
    from rag.config import parse_limits

    return parse_limits(Settings())


# -- time and memory (the engine's parsing process) --------------------------------------------


def test_a_file_that_takes_too_long_to_parse_is_refused_and_the_next_file_is_read(
    tmp_path: Path, settings: Settings
) -> None:
    engine = Engine.open(settings.model_copy(update={"parse_timeout_s": 1.0}))
    slow = put_file(tmp_path, "slow.docx", slow_docx_bytes(40_000))  # ~150 KB; python-docx needs minutes
    with pytest.raises(IngestError) as refused:
        engine.ingest_file(slow)
    assert refused.value.reason == "too_complex"
    assert str(refused.value) == (
        "Could not ingest slow.docx: reading it took longer than 1 seconds, the limit (CLAIMBOT_PARSE_TIMEOUT_S). "
        "Save it again as a PDF or plain text (or split it) and share it again."
    )
    assert engine.stats()["documents"] == 0
    report = engine.ingest_file(put_file(tmp_path, "notes.txt", NOTES.encode()))  # a new parser takes over
    assert report.status == "added" and report.claim_id == "CLM-1042"
    engine.close()


def test_a_file_that_needs_too_much_memory_to_parse_is_refused_and_the_engine_goes_on(
    tmp_path: Path, settings: Settings
) -> None:
    engine = Engine.open(settings.model_copy(update={"parse_memory_bytes": 300 * 1024 * 1024}))
    hungry = put_file(tmp_path, "lines.txt", b"Claim CLM-1042\n" + b"x\n" * 10_000_000)  # 20 MB of 1-char lines
    with pytest.raises(IngestError) as refused:
        engine.ingest_file(hungry)
    assert refused.value.reason == "too_complex"
    assert "reading it needed more than 300 MB of memory" in str(refused.value)
    assert engine.ingest_file(put_file(tmp_path, "notes.txt", NOTES.encode())).status == "added"
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?").text
    engine.close()


def test_questions_are_answered_while_a_slow_file_is_being_ingested(tmp_path: Path, settings: Settings) -> None:
    engine = Engine.open(settings.model_copy(update={"parse_timeout_s": 10.0, "max_chunks": 50}))  # ends either way
    engine.ingest_file(put_file(tmp_path, "notes.txt", NOTES.encode()))
    finished: dict[str, float] = {}

    def ingest_slow() -> None:
        try:
            engine.ingest_file(put_file(tmp_path, "slow.docx", slow_docx_bytes(40_000)))
        except IngestError:
            pass  # refused at the time limit, as expected; what matters is when
        finally:
            finished["ingest"] = time.monotonic()

    worker = threading.Thread(target=ingest_slow)
    worker.start()
    time.sleep(0.5)  # the ingest has the engine's write lock and its parser is busy
    answer = engine.ask("What was the towing cost on CLM-1042?")
    finished["ask"] = time.monotonic()
    worker.join(60)
    assert "$385.00" in answer.text and answer.citations[0].document == "notes.txt"
    assert finished["ask"] < finished["ingest"]  # answered while the file was still being read
    engine.close()


# -- pages, chunks, batches, progress ------------------------------------------------------------


def test_a_document_over_the_chunk_limit_is_refused_with_the_setting_to_change(
    tmp_path: Path, settings: Settings
) -> None:
    engine = Engine.open(settings.model_copy(update={"max_chunks": 5}))
    long_text = NOTES + "\n".join(f"Line {i}: the shop replaced part number {i} on the Accord." for i in range(300))
    with pytest.raises(IngestError) as refused:
        engine.ingest_file(put_file(tmp_path, "long-notes.txt", long_text.encode()))
    message = str(refused.value)
    assert message.startswith("Could not ingest long-notes.txt: it makes ")
    assert "passages to index; the limit is 5 (CLAIMBOT_MAX_CHUNKS)" in message
    assert engine.stats() == {"documents": 0, "leaves": 0, "nodes": 0}
    engine.close()


def test_a_version_larger_than_one_chroma_write_is_stored_in_batches(settings: Settings) -> None:
    engine = Engine.open(settings)
    store = engine._store
    count = store.max_batch + 200  # one add() of this many is refused by Chroma
    version_id = f"{document_id('workspace', 'big')}-v1"
    leaves = [
        TextNode(id_=f"{version_id}-{i}", text=f"line {i}", embedding=[float(i % 7), 1.0, 0.5] + [0.0] * 381,
                 metadata={"version_id": version_id, "scope": "workspace", "doc_id": "big"})
        for i in range(count)
    ]
    record = DocumentRecord(doc_id="big", version_id=version_id, scope="workspace", name="big.txt", sha256="0",
                            kind="txt", pages=None, leaf_chunks=count, claim_id=None, ingested_at=0.0,
                            source_url=None, payload={})
    ingestor = Ingestor(store, engine._embed_model, settings)
    ingestor._write(record, leaves[:10], leaves)
    assert store.leaves.count() == count
    assert store.registry.get("big") is not None
    engine.close()


def test_a_long_ingest_reports_its_progress(tmp_path: Path, settings: Settings) -> None:
    engine = Engine.open(settings)
    pages = [[f"Claim Number: CLM-1042, page {n}"] + [f"Line {i} of page {n}." for i in range(30)] for n in range(12)]
    seen: list[IngestProgress] = []
    engine.ingest_file(put_file(tmp_path, "file.pdf", pdf_bytes(pages)), progress=seen.append)
    said = [str(p) for p in seen]
    assert said[:2] == ["read 1 of 12 pages", "read 2 of 12 pages"] and "read 12 of 12 pages" in said
    embedded = [p for p in seen if p.stage == "embedding"]
    assert embedded and embedded[-1].done == embedded[-1].total
    assert str(embedded[-1]).startswith("indexed ") and str(embedded[-1]).endswith(" passages")
    engine.close()


def test_a_document_of_too_many_sections_is_refused_before_it_is_chunked(tmp_path: Path, settings: Settings) -> None:
    """Tens of thousands of headings would take minutes to chunk before the chunk limit could
    count the passages: the count of sections bounds them first."""
    engine = Engine.open(settings.model_copy(update={"max_chunks": 500}))
    headings = "\n\n".join(f"# Item {i}\n\nDamaged shelving unit {i}, replaced." for i in range(3000))
    with pytest.raises(IngestError) as refused:
        engine.ingest_file(put_file(tmp_path, "schedule.md", headings.encode()))
    assert refused.value.reason == "too_large"
    assert "at least 3,000 passages to index; the limit is 500 (CLAIMBOT_MAX_CHUNKS)" in str(refused.value)
    engine.close()
