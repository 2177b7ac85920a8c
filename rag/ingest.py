"""Ingest: one file in, its chunks, vectors, metadata and summary stored, or nothing at all.

The order of work is what makes ingest safe to repeat and safe to fail:

1. Read the bytes and hash them. Same scope, same name, same hash: nothing to do.
2. Parse, extract claim metadata, chunk and embed, all in memory. A bad file fails here,
   before anything is written.
3. Write the new version's nodes and leaves, tagged with a new ``version_id``.
4. Point the registry at the new version (the one write that makes it visible: retrieval
   drops chunks whose version is not the registry's current one).
5. Delete the old version's chunks.

A failure in 3 removes what 3 wrote; a crash between 3 and 4 leaves invisible chunks that the
next ingest of that file overwrites (node ids are deterministic).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import MetadataMode
from llama_index.vector_stores.chroma import ChromaVectorStore

from rag.chunking import chunk, make_parser, section_documents
from rag.config import Settings
from rag.documents import ClaimMetadata
from rag.errors import IngestError, too_large
from rag.experts.facts import locate_facts
from rag.experts.summary import summarize_document
from rag.metadata import extract_metadata
from rag.parsing import SUPPORTED_EXTENSIONS, parse_file
from rag.records import IngestReport
from rag.store import DocumentRecord, Store

log = logging.getLogger(__name__)


class StoreWriteError(RuntimeError):
    """The store refused a write; the file's previous version (if any) is still in place."""


def document_id(scope: str, name: str) -> str:
    """One id per file name within a scope: a new version of the file keeps it."""
    return hashlib.sha1(f"{scope}\0{name}".encode()).hexdigest()[:20]


class Ingestor:
    def __init__(self, store: Store, embed_model: BaseEmbedding, settings: Settings) -> None:
        self._store = store
        self._embed_model = embed_model
        self._settings = settings
        self._parser = make_parser(settings.chunk_sizes)
        self._vectors = ChromaVectorStore(chroma_collection=store.leaves)

    def ingest_file(
        self,
        path: Path,
        *,
        scope: str,
        display_name: str | None = None,
        source_url: str | None = None,
    ) -> IngestReport:
        name = display_name or path.name
        if path.exists() and path.stat().st_size > self._settings.max_file_bytes:
            # Refuse before reading: a huge upload must not cost memory.
            raise too_large(name, path.stat().st_size, self._settings.max_file_bytes)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(name, "corrupt", f"the file could not be read ({exc.strerror})") from exc
        sha = hashlib.sha256(data).hexdigest()
        doc_id = document_id(scope, name)
        try:
            previous = self._store.registry.get(doc_id)
        except Exception as exc:
            raise StoreWriteError(
                f"Could not store {name}: the index is not reachable ({type(exc).__name__}). "
                "Nothing was changed; try again."
            ) from exc
        if previous is not None and previous.sha256 == sha:
            return _report(previous, status="unchanged")

        started = time.perf_counter()
        parsed = parse_file(path, display_name=name, max_bytes=self._settings.max_file_bytes)
        metadata = extract_metadata(parsed)
        version_id = f"{doc_id}-{sha[:12]}"
        base = {
            "document": name,
            "doc_id": doc_id,
            "version_id": version_id,
            "scope": scope,
            "claim_id": metadata.claim_id,
            "kind": parsed.kind,
            "source_url": source_url,
        }
        nodes, leaves = chunk(self._parser, section_documents(parsed, version_id=version_id, base_metadata=base))
        if not leaves:
            raise IngestError(name, "empty", "no text was found in it")
        texts = [leaf.get_content(metadata_mode=MetadataMode.EMBED) for leaf in leaves]
        for leaf, vector in zip(leaves, self._embed_model.get_text_embedding_batch(texts)):
            leaf.embedding = vector
        summary = [asdict(point) for point in summarize_document(parsed, metadata)]
        facts = [asdict(fact) for fact in locate_facts(parsed, metadata)]

        record = DocumentRecord(
            doc_id=doc_id,
            version_id=version_id,
            scope=scope,
            name=name,
            sha256=sha,
            kind=parsed.kind,
            pages=parsed.pages,
            leaf_chunks=len(leaves),
            claim_id=metadata.claim_id,
            ingested_at=time.time(),
            source_url=source_url,
            payload={
                "metadata": metadata.to_dict(),
                "summary": summary,
                "facts": facts,
                "title": parsed.title,
                "warnings": list(getattr(parsed, "warnings", []) or []),
            },
        )
        self._write(record, nodes, leaves)
        if previous is not None and previous.version_id != version_id:
            self._store.delete_version(previous.version_id)
        log.info(
            "ingested doc_id=%s scope=%s kind=%s leaves=%d in %.0f ms",
            doc_id, scope, parsed.kind, len(leaves), (time.perf_counter() - started) * 1000,
        )
        return _report(record, status="replaced" if previous else "added")

    def _write(self, record: DocumentRecord, nodes: list[Any], leaves: list[Any]) -> None:
        try:
            self._store.put_nodes(nodes, record.version_id)
            self._vectors.add(leaves)
            self._store.registry.put(record)
        except Exception as exc:
            log.exception("store write failed for doc_id=%s; rolling back", record.doc_id)
            try:
                self._store.delete_version(record.version_id)
            except Exception:
                log.exception("rollback of version %s failed; it stays invisible", record.version_id)
            raise StoreWriteError(
                f"Could not store {record.name}: the index did not accept the write "
                f"({type(exc).__name__}). Nothing was changed; try again."
            ) from exc


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given paths, folders walked recursively in name order; hidden files and
    files of unsupported types inside folders are skipped (a file named directly is kept, so it
    gets its own clear refusal)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    if child.suffix.lower() in SUPPORTED_EXTENSIONS:
                        yield child
        else:
            yield path


def skipped_in_folders(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """The files :func:`expand_paths` leaves out of the given folders for their type, with the
    reason, so the CLI can say what it skipped (hidden files are left out without a word)."""
    supported = ", ".join(ext.lstrip(".").upper() for ext in SUPPORTED_EXTENSIONS if ext != ".markdown")
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    if child.suffix.lower() not in SUPPORTED_EXTENSIONS:
                        what = f"{child.suffix} files are" if child.suffix else "a file without an extension is"
                        yield child, f"{what} not supported; claimbot reads {supported}"


def _report(record: DocumentRecord, *, status: str) -> IngestReport:
    return IngestReport(
        filename=record.name,
        doc_id=record.doc_id,
        scope=record.scope,
        status=status,  # type: ignore[arg-type]
        kind=record.kind,
        pages=record.pages,
        leaf_chunks=record.leaf_chunks,
        metadata=ClaimMetadata.from_dict(record.payload.get("metadata", {})),
        source_url=record.source_url,
    )
