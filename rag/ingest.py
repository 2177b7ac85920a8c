"""Ingest: one file in, its chunks, vectors, metadata and summary stored, or nothing at all.

The order of work is what makes ingest safe to repeat and safe to fail:

1. Read the bytes and hash them. The same document (see :func:`document_key`) with the same
   hash: nothing to do.
2. Parse (in a child process, within :class:`~rag.parsing.limits.ParseLimits`), extract claim
   metadata, chunk, all in memory. A bad file fails here, before anything is written.
3. Embed the leaves, and write the new version's parents and leaves (each leaf once, in the
   leaves collection, with its vector, text and metadata), tagged with a new ``version_id``.
4. Point the registry at the new version (the one write that makes it visible: retrieval
   drops chunks whose version is not the registry's current one).
5. Delete the old version's chunks.

A failure in 3 removes what 3 wrote; a crash between 3 and 4 leaves invisible chunks that the
next ingest of that file overwrites (node ids are deterministic).

The stages overlap, so that ingest runs at the embedder's speed (``bench/ingest_speed.py``).
During an ingest of several files the default model embeds in a child process
(:mod:`rag.embedding.process`, stopped when that ingest ends): an embedded Chroma write holds
this process's GIL for tens of milliseconds, and onnxruntime in this process could not come back
from a run meanwhile. :meth:`Ingestor.ingest_many` (``claimbot ingest DIR``) reads
and chunks up to :data:`PREPARE_AHEAD` files ahead on one thread, sending their texts to the
embedding process as they are chunked; the calling thread collects the vectors file by file;
and the writer thread stores several files' versions together (stages 3-5 once per group of
files: :data:`GROUP_LEAVES`). A crash between groups loses nothing that was reported: a file is
reported once its group is visible. :meth:`Ingestor.ingest_file` (one file, the bot's uploads)
may be called from several threads at once; it embeds in this process (a child would cost ~400 MB
for the life of the bot's engine), one file at a time, and its writes are queued on the same
writer thread batch by batch as the vectors come.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import BaseNode, MetadataMode

from rag.chunking import chunk, make_parser, section_documents
from rag.config import Settings, parse_limits
from rag.documents import ClaimMetadata, ParsedDocument
from rag.embedding import DEFAULT_MODEL
from rag.embedding.process import EmbedProcess, EmbedProcessError
from rag.errors import IngestError
from rag.experts.facts import locate_facts
from rag.experts.summary import summarize_document
from rag.metadata import extract_metadata
from rag.parsing import SUPPORTED_EXTENSIONS
from rag.parsing.isolation import ParseWorker
from rag.parsing.limits import check_size
from rag.records import IngestProgress, IngestReport
from rag.store import DocumentRecord, Store

log = logging.getLogger(__name__)


class StoreWriteError(RuntimeError):
    """The store refused a write; the file's previous version (if any) is still in place."""


ProgressCallback = Callable[[IngestProgress], None]

EMBED_BATCH = 256
"""Leaves embedded per progress report and per leaves write: small enough to report often and
to hand the writer work while the next batch embeds, large enough to batch."""


GROUP_LEAVES = 1024
"""An ingest of many files (:meth:`Ingestor.ingest_many`) publishes their versions together, in
groups of up to this many leaves (a bigger file is a group of its own): each Chroma write costs
tens of milliseconds whatever it carries, with the GIL held in embedded mode."""
GROUP_FILES = 64
"""... and of up to this many files (the registry records of a group are one write)."""
GROUP_SECONDS = 4.0
"""... and a group is handed to the writer once its first file has waited this long, so the
files of a slow ingest are reported (and answerable) every few seconds."""
FIRST_FILE_IN_PROCESS = 64
"""The first file of an ingest of several files, when it has at most this many leaves, embeds in
the engine's process (its model is loaded when the engine opens) while the embedding child
starts (~0.5 s): the child's start was the ingest's first half second, with nothing embedded."""
PREPARE_AHEAD = 3
"""Files read and chunked ahead of the embedder (in memory, parsed)."""


def document_id(scope: str, key: str) -> str:
    """One id per document key within a scope (see :func:`document_key`); a new version of the
    document keeps it."""
    return hashlib.sha1(f"{scope}\0{key}".encode()).hexdigest()[:20]


def document_key(name: str, claim_id: str | None, path: Path | None) -> str:
    """What makes two files the same document.

    A file given by its path (the CLI) is its resolved path: ``a/invoice.txt`` and
    ``b/invoice.txt`` are two documents. An upload (Slack) has no meaningful path: it is its
    file name and the claim it is about, so a second ``invoice.txt`` for the same claim is a
    new version, and one for another claim is another document.
    """
    if path is not None:
        return f"path:{path.resolve()}"
    return f"upload:{name}\0{claim_id or ''}"


class IngestTimings:
    """CPU seconds (of the thread doing it) and wall seconds per stage, summed over files: where
    ingest's time goes besides the embedder (``bench/ingest_speed.py`` prints it). Two clock
    reads per stage and file: kept always on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stages: dict[str, list[float]] = {}

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.thread_time() - cpu, time.perf_counter() - wall)

    def add(self, stage: str, cpu_s: float, wall_s: float) -> None:
        with self._lock:
            row = self._stages.setdefault(stage, [0.0, 0.0, 0])
            row[0] += cpu_s
            row[1] += wall_s
            row[2] += 1

    def as_dict(self) -> dict[str, dict[str, float]]:
        """``stage -> {"cpu_s", "wall_s", "calls"}``."""
        with self._lock:
            return {k: {"cpu_s": v[0], "wall_s": v[1], "calls": v[2]} for k, v in self._stages.items()}


@dataclass
class PreparedVersion:
    """A file read, parsed and chunked (stages 1-2), in memory: what the embedder and the writer
    need. A step added to ingest (e.g. more vectors per version) reads it here."""

    record: DocumentRecord
    """The registry record the version will be published with."""
    parents: list[BaseNode]
    """Every level above the leaves (the docstore's nodes)."""
    leaves: list[BaseNode]
    texts: list[str]
    """What is embedded for each leaf: its text with the embedded metadata keys."""
    parsed: ParsedDocument
    """The file as the parser read it (sections with pages and headings)."""
    started: float
    progress: ProgressCallback | None = None
    vectors: list[Future[Any]] | None = None
    """The embedding process's answers for the leaves, one per :data:`EMBED_BATCH`, once asked
    (ahead of the embedder's turn: see :meth:`Ingestor._ask_for_vectors`)."""


@dataclass
class _VersionWrite:
    """One version's writes, queued in order on the writer thread: the first failure is kept
    and the steps after it are skipped, so :meth:`Ingestor._publish` rolls back and reports it."""

    version_id: str
    error: BaseException | None = None

    def step(self, write: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            if self.error is None:
                try:
                    write()
                except Exception as exc:  # noqa: BLE001 - reported by _publish, after the rollback
                    log.exception("store write failed for version %s", self.version_id)
                    self.error = exc

        return run


class _Group:
    """Versions embedded and waiting to be written together (see :data:`GROUP_LEAVES`)."""

    def __init__(self, on_published: Callable[[list[DocumentRecord]], None] | None) -> None:
        self.on_published = on_published
        self.members: list[tuple[PreparedVersion, Future[IngestReport]]] = []
        self.leaves = 0
        self.started = 0.0

    def fits(self, prepared: PreparedVersion) -> bool:
        """Whether ``prepared`` may join: within the size, and no other version of its document
        (the registry write holds one record per document)."""
        return (self.leaves + len(prepared.leaves) <= GROUP_LEAVES
                and all(p.record.doc_id != prepared.record.doc_id for p, _ in self.members))

    def add(self, prepared: PreparedVersion, future: Future[IngestReport]) -> None:
        if not self.members:
            self.started = time.perf_counter()
        self.members.append((prepared, future))
        self.leaves += len(prepared.leaves)

    def wait_s(self) -> float | None:
        """How long the embedder may wait for the next file before this group is written."""
        if not self.members:
            return None
        return max(0.05, GROUP_SECONDS - (time.perf_counter() - self.started))

    def full(self) -> bool:
        return (self.leaves >= GROUP_LEAVES or len(self.members) >= GROUP_FILES
                or (bool(self.members) and time.perf_counter() - self.started >= GROUP_SECONDS))

    def take(self) -> list[tuple[PreparedVersion, Future[IngestReport]]]:
        members, self.members, self.leaves = self.members, [], 0
        return members


class Ingestor:
    """Files into the store. Thread-safe; see the module docstring for how the stages overlap.

    To add a step (say, vectors for the answer selector's candidate units): compute what it needs
    from the parsed file in :meth:`_prepare` (a field of :class:`PreparedVersion`), embed it in
    :meth:`_embed_and_write`, and queue its write there with ``write.step(...)`` before the
    publication, tagged with the ``version_id``; :meth:`Store.delete_version` must then delete it
    too, so a replaced or rolled-back version leaves nothing behind.
    """

    def __init__(self, store: Store, embed_model: BaseEmbedding, settings: Settings) -> None:
        self._store = store
        self._embed_model = embed_model
        self._embeds_in_a_child = settings.embed_model == DEFAULT_MODEL
        """An ingest of several files embeds the default model in a child process of its own
        (:mod:`rag.embedding.process`), stopped when that ingest ends (its onnxruntime buffers
        are ~400 MB); one file (an upload) and other models embed in this process."""
        self.embed_process: EmbedProcess | None = None
        """The embedding child of the ingest of several files running now, if any."""
        self.embed_process_stats: dict[str, Any] = {}
        """The last embedding child's :meth:`~rag.embedding.process.EmbedProcess.stats` (the bench)."""
        self._settings = settings
        self._parser = make_parser(settings.chunk_sizes)
        self._worker = ParseWorker()
        self._preparing = threading.Lock()
        """One file read and chunked at a time (the parser process takes one anyway)."""
        self._embedding = threading.Lock()
        """One file embedded at a time: the embedder uses every core by itself."""
        self._writer_lock = threading.Lock()
        self._writer: ThreadPoolExecutor | None = None
        self._in_flight: dict[str, Future[IngestReport]] = {}
        """version_id -> its publication, while it is being embedded or written."""
        self._flight_lock = threading.Lock()
        self.timings = IngestTimings()

    def close(self) -> None:
        """Wait for the writes in hand, then stop the writer thread and the parsing process."""
        with self._writer_lock:
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=True)
        self._worker.close()
        if self.embed_process is not None:
            self.embed_process.close()

    def ingest_file(
        self,
        path: Path,
        *,
        scope: str,
        display_name: str | None = None,
        source_url: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Ingest one file; ``display_name`` marks an upload (identified by name and claim, see
        :func:`document_key`), else the file is identified by its path. Returns once the new
        version is visible (or raises, and nothing changed)."""
        with self._preparing:
            prepared = self._prepare(path, scope=scope, display_name=display_name, source_url=source_url,
                                     progress=progress)
        if isinstance(prepared, IngestReport):
            return prepared
        version_id = prepared.record.version_id
        mine, same = self._claim(version_id)
        if same is not None:  # the same bytes of the same document, being stored by another thread
            same.result()
            return _report(prepared.record, status="unchanged")
        try:
            with self._embedding:
                published = self._embed_and_write(prepared)
            report = published.result()
            mine.set_result(report)
            return report
        except BaseException as exc:
            mine.set_exception(exc)
            raise
        finally:
            self._release(version_id)

    def ingest_many(
        self,
        paths: Iterable[Path],
        *,
        scope: str,
        on_file: Callable[[int, IngestReport | IngestError], None] | None = None,
        on_published: Callable[[list[DocumentRecord]], None] | None = None,
    ) -> list[IngestReport | IngestError]:
        """Ingest files identified by their paths (``claimbot ingest DIR``), the versions of
        several files published together; a refused file is its :class:`IngestError` in the
        result, in order, and never stops the others.

        Three stages run at once: a thread reads and chunks up to :data:`PREPARE_AHEAD` files
        ahead, this thread embeds one file after another, and the writer thread stores them a
        group at a time (:data:`GROUP_LEAVES`, :data:`GROUP_FILES`, :data:`GROUP_SECONDS`): one
        Chroma write per collection for the group, the registry records of all its versions in
        one write (an embedded Chroma write holds the GIL for tens of milliseconds, whatever it
        carries, and the embedder's thread waits meanwhile). ``on_file(index, result)`` is
        called on this thread in order, once a file's version is visible; ``on_published`` on
        the writer thread with each group's records, as they become visible. A write the store
        refuses raises :class:`StoreWriteError` once the files before it are reported: those
        are stored, and nothing of the refused group is."""
        paths = list(paths)
        ahead: queue.Queue[tuple[int, PreparedVersion | IngestReport | BaseException] | None] = queue.Queue(
            PREPARE_AHEAD)
        stop = threading.Event()
        child: EmbedProcess | None = None
        if self._embeds_in_a_child and len(paths) > 1:
            child = EmbedProcess()
            child.start()  # it loads the model while the first file is read
            self.embed_process = child

        def prepare_all() -> None:
            first = True
            try:
                for index, path in enumerate(paths):
                    if stop.is_set():
                        return
                    item: PreparedVersion | IngestReport | BaseException
                    try:
                        with self._preparing:
                            item = self._prepare(path, scope=scope, display_name=None, source_url=None, progress=None)
                        if isinstance(item, PreparedVersion) and child is not None:
                            if not (first and len(item.texts) <= FIRST_FILE_IN_PROCESS):
                                self._ask_for_vectors(item, child)
                            first = False
                    except BaseException as exc:  # noqa: BLE001 - that file's result, in order
                        item = exc
                    ahead.put((index, item))
            finally:
                ahead.put(None)

        results: list[Any] = [None] * len(paths)
        """Per file: its report or error, or the future of its publication."""
        delivered = 0

        def deliver(*, wait: bool) -> None:
            nonlocal delivered
            while delivered < len(results):
                result = results[delivered]
                if result is None or (isinstance(result, Future) and not (wait or result.done())):
                    return
                if isinstance(result, Future):
                    result = results[delivered] = result.result()  # StoreWriteError: raised here, in order
                if isinstance(result, BaseException) and not isinstance(result, IngestError):
                    raise result
                delivered += 1
                if on_file is not None:
                    on_file(delivered - 1, result)

        preparer = threading.Thread(target=prepare_all, name="claimbot-ingest-prepare", daemon=True)
        preparer.start()
        group = _Group(on_published)
        try:
            while True:
                try:
                    got = ahead.get(timeout=group.wait_s())
                except queue.Empty:  # the next file is slow to read: what is embedded is written meanwhile
                    self._submit_group(group)
                    deliver(wait=False)
                    continue
                if got is None:
                    break
                index, item = got
                if not isinstance(item, PreparedVersion):
                    results[index] = item
                else:
                    results[index] = self._embed_into(group, item)
                    if group.full():
                        self._submit_group(group)
                deliver(wait=False)
            self._submit_group(group)
            deliver(wait=True)
        finally:
            stop.set()
            while preparer.is_alive() and ahead.get() is not None:  # unblock it, let it end
                pass
            if child is not None:
                self.embed_process_stats = child.stats()
                child.close(wait=False)
                if self.embed_process is child:
                    self.embed_process = None
            if group.members:  # an error before the group was handed over: nothing of it is written
                for prepared, future in group.members:
                    self._release(prepared.record.version_id)
                    future.cancel()
        return results  # type: ignore[return-value]

    def _embed_into(self, group: _Group, prepared: PreparedVersion) -> Future[IngestReport]:
        """Embed one version for ``group`` (handing the group to the writer first when this
        version cannot join it); returns the future of its report."""
        record = prepared.record
        mine, same = self._claim(record.version_id)
        if same is not None:  # the same bytes of the same document, stored by another call or file
            unchanged: Future[IngestReport] = Future()

            def settle(done: Future[IngestReport]) -> None:
                error = None if done.cancelled() else done.exception()
                if done.cancelled() or error is not None:
                    unchanged.set_exception(error or StoreWriteError(f"Could not store {record.name}; try again."))
                else:
                    unchanged.set_result(_report(record, status="unchanged"))

            same.add_done_callback(settle)
            return unchanged
        try:
            if group.members and not group.fits(prepared):
                self._submit_group(group)
            with self._embedding:
                self._embed(prepared)
        except BaseException:
            self._release(record.version_id)
            raise
        group.add(prepared, mine)
        return mine

    def _embed(self, prepared: PreparedVersion) -> None:
        """Put their vectors on the version's leaves, a batch at a time (progress per batch)."""
        leaves, texts, progress = prepared.leaves, prepared.texts, prepared.progress
        for start in range(0, len(texts), EMBED_BATCH):
            for leaf, vector in zip(leaves[start : start + EMBED_BATCH], self._vectors_of(prepared, start)):
                leaf.embedding = vector
            if progress is not None:
                progress(IngestProgress("embedding", min(start + EMBED_BATCH, len(texts)), len(texts)))

    @staticmethod
    def _ask_for_vectors(prepared: PreparedVersion, child: EmbedProcess) -> None:
        """Send the version's texts to the embedding process now, a batch per request: it
        embeds them after the files already sent, while this process goes on reading and
        writing."""
        if prepared.vectors is None:
            texts = prepared.texts
            prepared.vectors = [child.submit(texts[start : start + EMBED_BATCH])
                                for start in range(0, len(texts), EMBED_BATCH)]

    def _vectors_of(self, prepared: PreparedVersion, start: int) -> list[list[float]]:
        """The vectors of the leaves ``start : start + EMBED_BATCH``: from the embedding process
        when they were asked of it, else (one file, other models, a failed embedding process)
        from the model in this process."""
        texts = prepared.texts[start : start + EMBED_BATCH]
        if prepared.vectors is not None:
            with self.timings.measure("embed (waiting on the embedding process)"):
                try:
                    return prepared.vectors[start // EMBED_BATCH].result().tolist()  # type: ignore[no-any-return]
                except EmbedProcessError:
                    log.warning("the embedding process failed; embedding in this process", exc_info=True)
        with self.timings.measure("embed (the calling thread)"):
            return self._embed_model.get_text_embedding_batch(texts)

    def _claim(self, version_id: str) -> tuple[Future[IngestReport], Future[IngestReport] | None]:
        """A new future for this version's publication, or the one of the same version already
        being stored (then the first is unused)."""
        mine: Future[IngestReport] = Future()
        with self._flight_lock:
            same = self._in_flight.get(version_id)
            if same is None:
                self._in_flight[version_id] = mine
        return mine, same

    def _release(self, version_id: str) -> None:
        with self._flight_lock:
            self._in_flight.pop(version_id, None)

    def _submit_group(self, group: _Group) -> None:
        """Hand the group's versions to the writer; the group goes on empty."""
        members = group.take()
        if members:
            self._submit(lambda: self._write_group(members, group.on_published))

    # -- stages 1-2: read, parse, chunk ---------------------------------------------------
    def _prepare(
        self,
        path: Path,
        *,
        scope: str,
        display_name: str | None,
        source_url: str | None,
        progress: ProgressCallback | None,
    ) -> PreparedVersion | IngestReport:
        with self.timings.measure("read, hash, same-bytes check"):
            found = self._read(path, scope=scope, display_name=display_name)
        if isinstance(found, IngestReport):
            return found
        name, sha = found
        by_path = display_name is None
        limits = parse_limits(self._settings)
        started = time.perf_counter()

        def pages_read(done: int, total: int) -> None:
            if progress is not None:
                progress(IngestProgress("reading", done, total))

        with self.timings.measure("parse (in the child)"):
            parsed = self._worker.parse(path, display_name=name, limits=limits, progress=pages_read)
        self._refuse_past_the_chunk_limit(name, fewest_leaves(parsed, self._settings.chunk_sizes[-1]))
        with self.timings.measure("claim metadata"):
            metadata = extract_metadata(parsed)
        doc_id = document_id(scope, document_key(name, metadata.claim_id, path if by_path else None))
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
        with self.timings.measure("chunk"):
            nodes, leaves = chunk(self._parser, section_documents(parsed, version_id=version_id, base_metadata=base))
        if not leaves:
            raise IngestError(name, "empty", "no text was found in it")
        self._refuse_past_the_chunk_limit(name, len(leaves))
        leaf_ids = {leaf.node_id for leaf in leaves}
        with self.timings.measure("summary points, facts"):
            payload = {
                "metadata": metadata.to_dict(),
                "summary": [asdict(point) for point in summarize_document(parsed, metadata)],
                "facts": [asdict(fact) for fact in locate_facts(parsed, metadata)],
                "title": parsed.title,
                "warnings": list(getattr(parsed, "warnings", []) or []),
            }
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
            payload=payload,
        )
        with self.timings.measure("chunk"):
            texts = [leaf.get_content(metadata_mode=MetadataMode.EMBED) for leaf in leaves]
        return PreparedVersion(
            record=record,
            parents=[node for node in nodes if node.node_id not in leaf_ids],
            leaves=leaves,
            texts=texts,
            parsed=parsed,
            started=started,
            progress=progress,
        )

    def _read(self, path: Path, *, scope: str, display_name: str | None) -> tuple[str, str] | IngestReport:
        """The file's name and sha256, or the report of the version already stored with these
        bytes."""
        name = display_name or path.name
        by_path = display_name is None
        limits = parse_limits(self._settings)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise IngestError(name, "corrupt", f"the file could not be read ({exc.strerror})") from exc
        check_size(name, size, limits.max_bytes)  # before reading: a huge upload must not cost memory
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(name, "corrupt", f"the file could not be read ({exc.strerror})") from exc
        sha = hashlib.sha256(data).hexdigest()
        del data
        try:
            same = self._store.registry.with_content(scope, sha)
        except Exception as exc:
            raise StoreWriteError(
                f"Could not store {name}: the index is not reachable ({type(exc).__name__}). "
                "Nothing was changed; try again."
            ) from exc
        path_id = document_id(scope, document_key(name, None, path)) if by_path else None
        for record in same:
            if record.doc_id == path_id or (not by_path and record.name == name) \
                    or record.doc_id == document_id(scope, name):  # an id from before document keys
                return _report(record, status="unchanged")
        return name, sha

    def _refuse_past_the_chunk_limit(self, name: str, leaves: int) -> None:
        if leaves > self._settings.max_chunks:
            raise IngestError(
                name,
                "too_large",
                f"it makes at least {leaves:,} passages to index; the limit is {self._settings.max_chunks:,} "
                "(CLAIMBOT_MAX_CHUNKS)",
            )

    # -- stage 3: embed, with the writes queued behind ---------------------------------------
    def _embed_and_write(self, prepared: PreparedVersion) -> Future[IngestReport]:
        """Embed the leaves a batch at a time; each batch's write is queued as soon as it has its
        vectors (the parents' at once), and the publication after them. Returns the
        publication's future: the writer finishes while this thread embeds the next file."""
        record, leaves, texts, progress = prepared.record, prepared.leaves, prepared.texts, prepared.progress
        write = _VersionWrite(record.version_id)
        try:
            self._submit(write.step(self._timed("write: docstore parents",
                                                lambda: self._store.put_nodes(prepared.parents, record.version_id))))
            for start in range(0, len(texts), EMBED_BATCH):
                batch = leaves[start : start + EMBED_BATCH]
                vectors = self._vectors_of(prepared, start)
                for leaf, vector in zip(batch, vectors):
                    leaf.embedding = vector
                self._submit(write.step(self._timed("write: leaves", _adding(self._store, batch))))
                if progress is not None:
                    progress(IngestProgress("embedding", min(start + EMBED_BATCH, len(texts)), len(texts)))
        except BaseException:
            self._submit(lambda: self._roll_back(record))  # what was queued is written, then removed
            raise
        if progress is not None:
            progress(IngestProgress("storing", 0, len(leaves)))
        return self._submit(lambda: self._publish(prepared, write))

    def _timed(self, stage: str, work: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with self.timings.measure(stage):
                return work()

        return run

    def _submit(self, work: Callable[[], Any]) -> Future[Any]:
        with self._writer_lock:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimbot-store-writer")
            return self._writer.submit(work)

    # -- stages 4-5: publish, drop the old version (on the writer thread) ------------------------
    def _publish(self, prepared: PreparedVersion, write: _VersionWrite) -> IngestReport:
        record = prepared.record
        previous: DocumentRecord | None = None
        if write.error is None:
            try:
                with self.timings.measure("write: registry record (publish)"):
                    previous = self._previous(record.doc_id, record.scope, record.name, record.claim_id)
                    self._store.registry.put(record)
            except Exception as exc:  # noqa: BLE001 - rolled back and reported below
                log.exception("registry write failed for doc_id=%s", record.doc_id)
                write.error = exc
        if write.error is not None:
            self._roll_back(record)
            raise StoreWriteError(
                f"Could not store {record.name}: the index did not accept the write "
                f"({type(write.error).__name__}). Nothing was changed; try again."
            ) from write.error
        if previous is not None and previous.version_id != record.version_id:
            try:
                with self.timings.measure("write: delete the replaced version"):
                    self._store.delete_version(previous.version_id)
                if previous.doc_id != record.doc_id:
                    self._store.registry.delete(previous.doc_id)
            except Exception:  # noqa: BLE001 - the new version is in; the old one's chunks are invisible
                log.exception("could not delete the replaced version %s; it stays invisible", previous.version_id)
        log.info(
            "ingested doc_id=%s scope=%s kind=%s leaves=%d in %.0f ms",
            record.doc_id, record.scope, record.kind, record.leaf_chunks,
            (time.perf_counter() - prepared.started) * 1000,
        )
        return _published_report(record, previous)

    def _write_group(self, members: list[tuple[PreparedVersion, Future[IngestReport]]],
                     on_published: Callable[[list[DocumentRecord]], None] | None) -> None:
        """Store and publish several versions (on the writer thread): their parents in one
        write, their leaves in one (each within Chroma's batch size), then their registry
        records and a new stamp in one, the write that makes them visible. A refused write
        removes what the group wrote; each member's future gets its report or the error."""
        records = [prepared.record for prepared, _ in members]
        try:
            with self.timings.measure("write: docstore parents"):
                self._store.put_parents([(p.record.version_id, p.parents) for p, _ in members])
            leaves = [leaf for prepared, _ in members for leaf in prepared.leaves]
            with self.timings.measure("write: leaves"):
                self._store.add_leaves(leaves)
            with self.timings.measure("write: registry records (publish)"):
                previous = self._previous_many(records)
                self._store.registry.put_many(records)
        except Exception as exc:  # noqa: BLE001 - rolled back and reported to each file's caller
            log.exception("store write failed for %d versions", len(records))
            for record in records:
                self._roll_back(record)
            for prepared, future in members:
                self._release(prepared.record.version_id)
                future.set_exception(StoreWriteError(
                    f"Could not store {prepared.record.name}: the index did not accept the write "
                    f"({type(exc).__name__}). Nothing was changed; try again."))
            return
        replaced = [(old, new) for new in records if (old := previous.get(new.doc_id)) is not None
                    and old.version_id != new.version_id]
        if replaced:
            try:
                with self.timings.measure("write: delete the replaced versions"):
                    self._store.delete_versions([old.version_id for old, _ in replaced])
                    for old, new in replaced:
                        if old.doc_id != new.doc_id:
                            self._store.registry.delete(old.doc_id)
            except Exception:  # noqa: BLE001 - the new versions are in; the old ones' chunks are invisible
                log.exception("could not delete %d replaced versions; they stay invisible", len(replaced))
        if on_published is not None:
            try:
                with self.timings.measure("after publication (engine: lexical index rows)"):
                    on_published(records)
            except Exception:  # noqa: BLE001 - the versions are stored; what follows them catches up
                log.exception("after publishing %d versions", len(records))
        for prepared, future in members:
            record = prepared.record
            log.info("ingested doc_id=%s scope=%s kind=%s leaves=%d in %.0f ms", record.doc_id, record.scope,
                     record.kind, record.leaf_chunks, (time.perf_counter() - prepared.started) * 1000)
            self._release(record.version_id)
            future.set_result(_published_report(record, previous.get(record.doc_id)))

    def _previous_many(self, records: list[DocumentRecord]) -> dict[str, DocumentRecord]:
        """:meth:`_previous` for several records, in one registry read (two with records from
        before document keys)."""
        found = {r.doc_id: r for r in self._store.registry.get_many([r.doc_id for r in records])}
        missing = [r for r in records if r.doc_id not in found]
        if missing:
            legacy = {r.doc_id: r for r in self._store.registry.get_many(
                [document_id(r.scope, r.name) for r in missing])}
            for record in missing:
                old = legacy.get(document_id(record.scope, record.name))
                if old is not None and old.claim_id == record.claim_id:
                    found[record.doc_id] = old
        return found

    def _roll_back(self, record: DocumentRecord) -> None:
        """Remove what this version wrote, unless the registry already points at it (the same
        bytes stored before: its chunks are the live ones)."""
        try:
            current = self._store.registry.current_versions([record.doc_id]).get(record.doc_id)
            if current != record.version_id:
                self._store.delete_version(record.version_id)
        except Exception:
            log.exception("rollback of version %s failed; it stays invisible", record.version_id)

    def _previous(self, doc_id: str, scope: str, name: str, claim_id: str | None) -> DocumentRecord | None:
        """The version this file replaces: the same document key, or a record stored before
        document keys (keyed by scope and name only) that is about the same claim."""
        previous = self._store.registry.get(doc_id)
        if previous is None:
            legacy = self._store.registry.get(document_id(scope, name))
            if legacy is not None and legacy.claim_id == claim_id:
                previous = legacy
        return previous

    def _write(self, record: DocumentRecord, nodes: list[Any], leaves: list[Any]) -> None:
        """Store one version whose leaves have their vectors, and publish it: the writer's
        steps without the embedder (``nodes`` are its parents)."""
        write = _VersionWrite(record.version_id)
        self._submit(write.step(lambda: self._store.put_nodes(nodes, record.version_id)))
        self._submit(write.step(_adding(self._store, leaves)))
        prepared = PreparedVersion(record=record, parents=nodes, leaves=leaves, texts=[],
                                   parsed=ParsedDocument(record.name, record.kind, []), started=time.perf_counter())
        self._submit(lambda: self._publish(prepared, write)).result()


def _adding(store: Store, leaves: list[BaseNode]) -> Callable[[], Any]:
    return lambda: store.add_leaves(leaves)


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


def fewest_leaves(parsed: ParsedDocument, leaf_tokens: int) -> int:
    """A lower bound of the leaves ``parsed`` will make, known before it is chunked (chunking a
    document of tens of thousands of sections takes minutes): every section with text makes at
    least one, and no leaf holds more than ``leaf_tokens`` tokens of at least ~8 characters."""
    sections = [s for s in parsed.sections if s.text.strip()]
    chars = sum(len(s.text) for s in sections)
    return max(len(sections), chars // (8 * leaf_tokens))


def _published_report(record: DocumentRecord, previous: DocumentRecord | None) -> IngestReport:
    """What a user is told of a version just published, given the one it replaced."""
    if previous is not None and previous.version_id == record.version_id:
        return _report(record, status="unchanged")
    report = _report(record, status="replaced" if previous else "added")
    if previous is not None:
        claim = f" for {previous.claim_id}" if previous.claim_id else ""
        report.replaces = f"replaces the earlier version of {previous.name}{claim}"
    return report


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
