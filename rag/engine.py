"""The engine facade: the one object surfaces (CLI, Slack bot, MCP) talk to.

    engine = Engine.open(Settings.from_env())
    engine.ingest_file(Path("fnol.pdf"), scope="C0123")      # -> IngestReport, or IngestError
    engine.ask("What was the towing cost on CLM-1042?", scope="C0123")   # -> Answer
    engine.claims(scope="C0123")                               # -> list[ClaimRecord]
    engine.summarize_claim("CLM-1042", scope="C0123")          # -> Answer, or UnknownClaimError

``scope`` is where the question is asked (a Slack channel id, or ``workspace``): the engine
reads documents of that scope plus workspace-wide ones, never another channel's.
Every method is synchronous and thread-safe; async callers run it in a worker thread.
"""

from __future__ import annotations

import atexit
import functools
import logging
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.answer import Answer
from rag.config import Settings
from rag.errors import IngestError, UnknownClaimError
from rag.records import (
    WORKSPACE,
    ClaimRecord,
    DocumentInfo,
    IngestProgress,
    IngestReport,
    Passage,
    reach_key,
)

if TYPE_CHECKING:
    import numpy as np

    from rag.ingest import Ingestor

log = logging.getLogger(__name__)

_LINK_TEXT = 20_000
"""The first characters of a document that names no claim, kept to find the parties it names (a
vendor's "Bill to", a log's "Re:" line: its top, not page 40 of a manual)."""
_SCORED_HERE = 2000
"""A filtered search over at most this many leaves is scored by the engine (their vectors read
by id), not by Chroma's filter (see :meth:`rag.retrieval.Retriever.retrieve`)."""


def _working(method: Callable[..., Any]) -> Callable[..., Any]:
    """A caller's work: nothing is embedded ahead meanwhile (:mod:`rag.embedding.ahead`)."""

    @functools.wraps(method)
    def run(self: Engine, *args: Any, **kwargs: Any) -> Any:
        if self._ahead.in_background():  # a card made ahead reads the claims: no caller's work
            return method(self, *args, **kwargs)
        with self._ahead.working():
            return method(self, *args, **kwargs)

    return run


class Engine:
    """Open with :meth:`open`; see the module docstring for the whole API."""

    def __init__(self, settings: Settings, *, warm: bool = False) -> None:
        """``warm``: Chroma's segment loads and the registry index read start as soon as the store
        is open, in threads of their own, beside the rest of the opening (the embedder's load);
        :meth:`open` then warms up the rest (:meth:`_warm`)."""
        from rag.catalog import Catalog
        from rag.embedding import collection_slug, load_embedding
        from rag.index_file import IndexFile
        from rag.store import Store

        self.settings = settings
        self._lock = threading.RLock()
        self._store = Store(settings, collection_slug(settings.embed_model))
        self._index_file = IndexFile(self._store.index_path)
        self._catalog = Catalog(self._store.registry, index_file=self._index_file)
        self._early = [_started(self._store.load_segments, "claimbot-warm-segments"),
                       _started(self._catalog.documents, "claimbot-warm-registry")] if warm else []
        """The warm-up's first steps, begun at once (see ``warm``)."""

        from rag.lexical import LexicalIndex
        from rag.manager import Manager
        from rag.retrieval import Retriever

        self._embed_model = load_embedding(settings.embed_model)
        self._ingestor: Ingestor | None = None  # made on first ingest: `ask` never loads the parsers
        from rag.embedding.cache import VectorCache

        self._vectors = VectorCache(settings.embed_model,
                                    settings.home / f"vectors-{collection_slug(settings.embed_model)}.sqlite3")
        """The vectors of the lines :meth:`embed` was asked for (the answer selector's) and of the
        questions searched, kept in memory and in the home: see :mod:`rag.embedding.cache`."""
        from rag.embedding.ahead import AheadEmbedder
        from rag.experts.card import CACHED_CARDS
        from rag.experts.card_ahead import CardsAhead

        self._cards = CardsAhead(self._catalog.documents, self._card_ahead, limit=CACHED_CARDS,
                                 enabled=lambda: self.cards_ahead and self._language_model() is None)
        """Each claim's card made once per document versions, while idle (:mod:`rag.experts.card_ahead`)."""
        self.cards_ahead = True
        """Whether claim cards are made ahead (the bench turns it off to measure a first summary)."""
        self._ahead = AheadEmbedder(self._vectors, self._embed_now, self._texts_ahead, first=self._idle_once,
                                    after=self._cards.step)
        """Each document version's selector lines embedded once, while idle (:mod:`rag.embedding.ahead`),
        then the claims' cards made."""
        self._ahead_on = warm and not settings.embed_model.startswith("openai:")
        """Only an engine that stays up (``warm``: serve, a replica) embeds ahead (a one-shot CLI
        process does not start what it would not finish), and only with a local model: a paid
        embedding API is asked for the lines questions need, not for every line of every file."""
        self._retriever = Retriever(self._store, self._embed_model, top_k=settings.top_k,
                                    embed_query=self._query_vector)
        self._lexical = LexicalIndex(self._store, self._store.lexical_path, versions=self._versions)
        self._manager = Manager(self)
        self._llm: Any = None
        """The language-model manager (:mod:`rag.llm`) for the configuration last read."""
        self._warmer: threading.Thread | None = None
        self._busy = False
        """Set by the first question or ingest: the warm-up stops (see :meth:`_warm`)."""
        self._closing = False
        self._links_lock = threading.Lock()
        self._linked_for: object = None
        """The document list whose unfiled documents were last linked (:meth:`_link`)."""
        self._linked: dict[str, list[tuple[str, str]]] = {}
        """claim -> the (doc_id, scope) of the documents linked to it (:mod:`rag.links`)."""
        self._references: dict[str, tuple[list[str], str]] = {}
        """version_id -> the identifiers an unfiled version writes and its first pages' text (read once)."""
        self._claims_cache: dict[str, tuple[list, list[ClaimRecord]]] = {}
        """scope -> (the registry read they were merged from, the claims); merged again only
        when the registry is read again (after an ingest, or past the TTL)."""

    @classmethod
    def open(cls, settings: Settings | None = None, *, warm: bool = True) -> "Engine":
        """The engine on the store of ``settings`` (the environment's by default). ``warm``: what
        the first question needs is read in a background thread from now on (see :meth:`_warm`)."""
        engine = cls(settings or Settings.from_env(), warm=warm)
        atexit.register(_stop_at_exit, weakref.ref(engine))
        if warm:
            engine._warmer = threading.Thread(target=engine._warm, name="claimbot-warm", daemon=True)
            engine._warmer.start()
        return engine

    def wait_warm(self, timeout: float | None = None) -> bool:
        """Wait for the warm-up begun by :meth:`open`; True once it is over (or there was none)."""
        if self._warmer is not None:
            self._warmer.join(timeout)
            return not self._warmer.is_alive()
        return True

    def _warm(self) -> None:
        """Read what the first question needs before it comes: at 100k leaves the first ask paid
        ~1-3.5 s for the registry's index and ~2.3 s for Chroma loading the leaves' vector index
        and the docstore's segments on their first reads, plus the embedder's first run. In the
        order a question needs them, the segments loaded from the start in a thread of their own
        (Chroma releases the GIL while it loads); it stops between steps once work has come in (the question
        then pays what is left itself, so a one-shot ``claimbot ask`` does nothing twice), and a
        store it cannot read is only logged (the question will say what is wrong)."""
        import time

        from rag.records import WORKSPACE as workspace

        started = time.perf_counter()
        segments, registry = self._early  # begun in __init__: Chroma's loads release the GIL
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("registry index", lambda: _joined(registry, self._all_documents)),
            ("lexical index", lambda: self._lexical.prepare(self._registry_view())),
            ("claims", lambda: self.claims(scope=workspace)),
            ("segments", segments.join),
            ("vector search and docstore", lambda: self.retrieve("claim", scope=workspace, top_k=2)),
            ("a claim's vectors", self._warm_claim),
        ]
        try:
            for name, step in steps:
                if self._busy or self._closing:
                    log.info("warm-up: stopped before the %s (work came in)", name)
                    return
                step()
            log.info("warm-up: done in %.1f s", time.perf_counter() - started)
            self._follow_versions(d.version_id for d in self._catalog.documents())
        except Exception:  # noqa: BLE001 - the first question reads it again and reports what fails
            log.warning("warm-up failed; the first question reads the store itself", exc_info=True)
        finally:  # the first question checks the registry's stamp (one small read), not trusting the
            self._catalog.invalidate()  # warm-up's read for RECHECK_S: another replica may have written since

    def _stop_background(self, timeout: float = 30.0) -> None:
        """Stop the warm-up (after the step in hand) and the lexical index's background build
        (after the batch in hand), and wait for them: a daemon thread still inside a Chroma call
        when the interpreter shuts down crashes the process (a one-shot ``claimbot ingest`` exited
        with SIGSEGV). Called by :meth:`close`, and at exit for an engine never closed."""
        self._closing = True
        self._ahead.stop(timeout)
        for thread in [*self._early, *([self._warmer] if self._warmer is not None else [])]:
            thread.join(timeout)
        self._lexical.stop_building(timeout)

    def _work_came_in(self) -> None:
        """A caller's work (not the warm-up's own): the warm-up stops at its next step, and the
        first such work checks the registry's stamp (one small read) rather than trusting the
        warm-up's index read for ``RECHECK_S``: another replica may have written since."""
        if threading.current_thread() is not self._warmer and not self._busy:
            self._busy = True
            self._catalog.invalidate()

    def _warm_claim(self) -> None:
        """The path of a question about one claim: its leaves' vectors read by id and scored here."""
        doc = next((d for d in self._all_documents() if d.claim_id), None)
        if doc is not None and doc.claim_id:
            self.retrieve("claim", scope=doc.scope, claim_ids=[doc.claim_id], top_k=2)

    # -- ingest ---------------------------------------------------------------------------
    @_working
    def ingest_file(
        self,
        path: Path,
        *,
        scope: str = WORKSPACE,
        display_name: str | None = None,
        source_url: str | None = None,
        progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """Parse, chunk, embed and store one file; raises :class:`IngestError` and stores nothing
        when the file is refused. The same bytes again return ``status="unchanged"``; a new
        version of the same document replaces the old one: the same resolved path (a file named
        by path), or the same file name and claim (an upload, given ``display_name``).
        ``progress`` is called from this thread as the work advances (pages read, passages
        indexed). Parsing runs in a child process, so questions are answered meanwhile. Several
        threads may ingest at once: one file is read while another embeds (:mod:`rag.ingest`)."""
        self._work_came_in()
        try:
            report = self._get_ingestor().ingest_file(
                Path(path), scope=scope, display_name=display_name, source_url=source_url, progress=progress
            )
        finally:
            with self._lock:
                self._catalog.invalidate()
        if report.status != "unchanged":
            with self._lock:  # one index update at a time: two files may finish together
                self._index_words(report.doc_id)
        if not report.metadata.claim_id:  # what the reply says: the claim its references tie it to
            report.linked_claim = next((d.linked_claim for d in self._all_documents() if d.doc_id == report.doc_id),
                                       None)
        return report

    def _index_words(self, doc_id: str) -> None:
        """Put a document's new version into the lexical index now (best effort: the index
        catches up with the registry at the next question anyway)."""
        from rag.lexical import VersionEntry

        try:
            record = self._store.registry.get(doc_id)
            if record is not None:
                self._lexical.add_version(VersionEntry(record.version_id, record.doc_id, record.scope,
                                                       record.claim_id or "", record.name))
                self._follow_versions([record.version_id])
        except Exception:  # noqa: BLE001 - the file is stored; only the word index lags
            log.exception("lexical index update failed for doc_id=%s", doc_id)

    def _get_ingestor(self) -> "Ingestor":
        with self._lock:
            if self._ingestor is None:
                from rag.ingest import Ingestor

                self._ingestor = Ingestor(self._store, self._embed_model, self.settings)
            return self._ingestor

    @_working
    def ingest_paths(
        self,
        paths: Iterable[Path],
        *,
        scope: str = WORKSPACE,
        progress: bool = False,
        on_file: Callable[[int, int, IngestReport | IngestError], None] | None = None,
    ) -> list[IngestReport | IngestError]:
        """Ingest files and folders (recursively); one bad file never stops the others. The next
        files are read while one embeds, and their versions are stored a group at a time
        (:meth:`rag.ingest.Ingestor.ingest_many`).
        ``on_file(done, total, result)`` is called after each file, in order (the CLI's progress,
        also when the engine runs in ``claimbot serve`` and the CLI reaches it over its socket)."""
        self._work_came_in()
        from rag.ingest import expand_paths

        files = list(expand_paths(Path(p) for p in paths))
        bar: Any = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(files), desc="Ingesting", unit="file")

        def published(records: list[Any]) -> None:  # on the ingest's writer thread, as each group lands
            from rag.lexical import VersionEntry

            with self._lock:
                self._catalog.invalidate()
                try:
                    self._lexical.add_versions([VersionEntry(r.version_id, r.doc_id, r.scope, r.claim_id or "", r.name)
                                                for r in records])
                    self._follow_versions(r.version_id for r in records)
                except Exception:  # noqa: BLE001 - the files are stored; only the word index lags
                    log.exception("lexical index update failed for %d documents", len(records))

        def done(index: int, result: IngestReport | IngestError) -> None:
            if isinstance(result, IngestError):
                log.warning("refused %s: %s", files[index].name, result.reason)
            if bar is not None:
                bar.update(1)
            if on_file is not None:
                on_file(index + 1, len(files), result)

        try:
            return self._get_ingestor().ingest_many(files, scope=scope, on_file=done, on_published=published)
        finally:
            with self._lock:
                self._catalog.invalidate()
            if bar is not None:
                bar.close()

    @staticmethod
    def skipped_in_folders(paths: Iterable[Path]) -> list[tuple[Path, str]]:
        """The files in the given folders that :meth:`ingest_paths` leaves out for their type,
        each with the reason, for surfaces that say what they skipped."""
        from rag.ingest import skipped_in_folders

        return list(skipped_in_folders(Path(p) for p in paths))

    # -- questions ------------------------------------------------------------------------
    @_working
    def ask(
        self,
        question: str,
        *,
        scope: str = WORKSPACE,
        scopes: Sequence[str] = (),
        history: Sequence[str] = (),
        offline: bool = False,
    ) -> Answer:
        """Answer one question from the documents in reach of ``scope``, or of every scope in
        ``scopes`` (one search over all of them: the assistant panel reads the user's DM with the
        bot and the channel beside it).

        ``history`` is the conversation so far (earlier questions and answers, oldest first);
        a follow-up that names no claim is read as being about the claim the history was about.
        With a language model configured (:mod:`rag.llm`) it writes the answer, checked against
        its sources; the offline manager is the fallback. ``offline`` answers without it (``claimbot
        ask --offline`` sent to a running ``claimbot serve``, whose environment enables it).
        """
        self._work_came_in()
        llm = None if offline else self._language_model()
        if llm is not None and question.strip():
            return llm.answer(question, scope=reach_key(scope, scopes), history=list(history))
        return self._manager.answer(question, scope=scope, scopes=list(scopes), history=list(history))

    def ask_stream(
        self, question: str, *, scope: str = WORKSPACE, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Iterator[tuple]:
        """:meth:`ask`, as it is made: ``("sentence", text)`` for each sentence once it passed the
        grounding check, ``("reset", reason)`` if those are withdrawn, then ``("answer", Answer)``.
        Offline, only the answer."""
        self._work_came_in()
        llm = self._language_model()
        if llm is not None and question.strip():
            yield from llm.events(question, scope=reach_key(scope, scopes), history=list(history))
        else:
            yield ("answer", self._manager.answer(question, scope=scope, scopes=list(scopes), history=list(history)))

    @property
    def answer_mode(self) -> str:
        """``llm`` or ``offline``: how :meth:`ask` answers (``/healthz`` reports it)."""
        return "llm" if self._language_model() is not None else "offline"

    def _language_model(self) -> Any:
        """The LLM manager when ``CLAIMBOT_ANSWER_MODE`` (and a key or server) turns it on, else
        None; the environment is read at each question (cheap), so a changed setting applies."""
        from rag.llm.client import LLMConfig

        config = LLMConfig.from_env()
        if not config.enabled:
            return None
        if self._llm is None or self._llm.config != config:
            self._llm = _llm_manager(self, config)
        return self._llm

    @_working
    def claims(self, *, scope: str = WORKSPACE, scopes: Sequence[str] = ()) -> list[ClaimRecord]:
        """The claims on file in reach of ``scope`` (or of every scope in ``scopes``), with what
        their documents say."""
        self._work_came_in()
        scope = reach_key(scope, scopes)  # type: ignore[assignment]  # a tuple: several scopes
        snapshot = self._all_documents()
        cached = self._claims_cache.get(scope)
        if cached is not None and cached[0] is snapshot:  # the same registry read: the same claims
            return list(cached[1])
        from rag.catalog import IndexedDocument, claim_amounts

        by_claim: dict[str, ClaimRecord] = {}
        indexed: dict[str, list[IndexedDocument]] = {}
        for info in self.documents(scope=scope):
            claim_id = info.claim_id
            if not claim_id:
                continue
            record = by_claim.setdefault(claim_id, ClaimRecord(claim_id=claim_id))
            if isinstance(info, IndexedDocument):  # its amounts: read when asked for, with the claim's details
                indexed.setdefault(claim_id, []).append(info)
                _merge_claim(record, info, amounts=False)
            else:
                _merge_claim(record, info)
        for claim_id, docs in indexed.items():
            by_claim[claim_id].amounts = claim_amounts(docs)
        claims = sorted(by_claim.values(), key=lambda r: r.claim_id)
        self._claims_cache[scope] = (snapshot, claims)
        return list(claims)

    @_working
    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer:
        """An overview of one claim; raises :class:`UnknownClaimError` if none is in reach."""
        from rag.metadata import claim_key

        self._work_came_in()
        known = [c.claim_id for c in self.claims(scope=scope)]
        claim_id = {claim_key(c): c for c in known}.get(claim_key(claim_id), " ".join(claim_id.split()).upper())
        if claim_id not in known:
            raise UnknownClaimError(claim_id, known)
        return self._manager.answer(f"Summarize claim {claim_id}", scope=scope, history=[])

    def stats(self) -> dict[str, int]:
        """How much is stored: documents, leaf chunks (searched), nodes (every level: the
        docstore's parents and the leaves)."""
        leaves = int(self._store.leaves.count())
        return {
            "documents": self._store.registry.count(),
            "leaves": leaves,
            "nodes": int(self._store.kv.count()) + leaves,
        }

    def close(self) -> None:
        """Release the store (file handles, server connections) and the parsing process."""
        self._stop_background()
        self._catalog.invalidate()
        self._lexical.close()
        self._index_file.close()
        self._vectors.close()
        if self._ingestor is not None:
            self._ingestor.close()

    # -- the manager's library ------------------------------------------------------------
    def retrieve(
        self,
        question: str,
        *,
        scope: str,
        scopes: Sequence[str] = (),
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
    ) -> list[Passage]:
        """Passages most similar to ``question`` in reach of ``scope`` (or of all ``scopes``);
        ``merge=False`` returns the leaves themselves, each with its own similarity score (the
        needle expert scores lines by them)."""
        return self.retrieve_many([question], scope=scope, scopes=scopes, claim_ids=claim_ids, top_k=top_k,
                                  merge=merge)[0]

    def retrieve_many(
        self,
        questions: Sequence[str],
        *,
        scope: str,
        scopes: Sequence[str] = (),
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
    ) -> list[list[Passage]]:
        """:meth:`retrieve` for each of ``questions`` over the same reach and claims (a claim
        card's fields): the same passages as one call each, with what they share read once (the
        claims' leaves and BM25 rows, the registry's current versions)."""
        from rag.lexical import LexicalIndexBuilding
        from rag.retrieval import scopes_in_reach

        stored = {info.scope for info in self._all_documents()}
        reach = scopes_in_reach(tuple(scopes) if scopes else scope)
        k = top_k or self.settings.top_k
        linked = {doc_id: c for c in claim_ids for doc_id, where in self._linked.get(c, []) if where in reach}
        if linked:  # the claims' unfiled documents are searched with them, then kept only if linked
            claim_ids, top_k = [*claim_ids, ""], k + k // 2
        candidates: list[str] | None = None
        share = 0.0
        try:
            view = self._registry_view()
            lexical = self._lexical.search_many(questions, reach=reach, claim_ids=claim_ids, k=k, registry_view=view)
            if claim_ids or not stored <= set(reach):  # a filtered search: scored here when it is a few leaves
                candidates = self._lexical.leaf_ids(reach=reach, claim_ids=claim_ids, limit=_SCORED_HERE,
                                                    registry_view=view)
                if candidates is None and not claim_ids:  # many leaves: maybe most of the store
                    share = self._lexical.reach_share(reach, registry_view=view)
        except LexicalIndexBuilding:  # a replica's first start on a big store: the vectors alone (logged once)
            lexical, candidates, share = [], None, 0.0
        except Exception:  # noqa: BLE001 - the vectors still answer when the lexical index cannot
            log.exception("lexical search failed")
            lexical, candidates, share = [], None, 0.0
        found = self._retriever.retrieve_many(
            questions, scope=scope, scopes=scopes, claim_ids=claim_ids, top_k=top_k, merge=merge,
            stored_scopes=stored, lexical=lexical, candidates=candidates, reach_share=share,
        )
        if not linked:
            return found
        return [[replace(p, claim_id=linked[p.doc_id]) if not p.claim_id else p
                 for p in passages if p.claim_id or p.doc_id in linked][:k] for passages in found]

    def expand(self, passage: Passage) -> Passage:
        """The top-level chunk (up to ~2048 tokens of one page or section) around ``passage``,
        keeping its score and location: leaves are cut mid-sentence, experts quote whole ones."""
        from rag.chunking import root_id

        root = root_id(passage.node_id)
        if root == passage.node_id:
            return passage
        text = self._node_text(root)
        return replace(passage, node_id=root, text=text) if text is not None else passage

    caches_vectors = True
    """:meth:`embed` remembers vectors itself (the selector adds no cache of its own)."""

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts`` from the engine's embedding model, in one batched call for
        those not embedded lately (the answer selector compares candidate lines with the question
        by them; an adjuster's next question reads the same lines): :mod:`rag.embedding.cache`."""
        if not self._ahead.in_background():
            self._ahead.touch()
        return self._vectors.embed(texts, self._embed_now)

    def _query_vector(self, question: str) -> list[float]:
        """The search vector of ``question`` (the model's query embedding), remembered: one ask
        searches with the same question up to four times."""
        return [float(x) for x in self._vectors.embed([question], self._query_vectors, kind="query")[0]]

    def _query_vectors(self, texts: list[str]) -> np.ndarray:
        """The model's query embeddings of ``texts`` (the search vectors)."""
        import numpy as np

        return np.asarray([self._embed_model.get_query_embedding(t) for t in texts], dtype=np.float32)

    def _embed_now(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        direct = getattr(self._embed_model, "embed", None)
        if callable(direct):
            return np.asarray(direct(list(texts)), dtype=np.float32)
        vectors = np.asarray(self._embed_model.get_text_embedding_batch(list(texts)), dtype=np.float32)
        return vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)

    def _node_text(self, node_id: str) -> str | None:
        from llama_index.core.schema import MetadataMode

        node = self._store.docstore.get_document(node_id, raise_error=False)
        return node.get_content(metadata_mode=MetadataMode.NONE) if node is not None else None

    def vocabulary_has(self, words: Iterable[str], *, scope: str = WORKSPACE) -> set[str]:
        """Of ``words`` (question words or their stems), those some document in reach of
        ``scope`` uses: in its text (a leaf), under the same light stemming the experts match
        with, or in its name. A word no document in reach contains is phrasing ("tl;dr",
        "involved"), not a topic the files lack. Read from the lexical index
        (:mod:`rag.lexical`), kept per document version."""
        from rag.lexical import LexicalIndexBuilding
        from rag.retrieval import scopes_in_reach

        words = list(words)
        try:
            return self._lexical.vocabulary_has(words, reach=scopes_in_reach(scope),
                                                registry_view=self._registry_view())
        except LexicalIndexBuilding:  # not known yet: every word counts as a topic (as when the store fails)
            return set(words)

    def claims_mentioning(
        self, phrase: str, *, scope: str = WORKSPACE, names_only: bool = False, anywhere: bool = False,
        most: int | None = None, claim_ids: Sequence[str] = (),
    ) -> list[str]:
        """The claims in reach of ``scope`` whose documents say ``phrase`` (whole words, any case,
        any spacing): how a business or third party named in a question ("Harbor Lock") finds
        its claim when the registry does not list it as a party. ``names_only``: only where the
        files write the phrase as a name (capitalised inside a sentence, never in lower case
        anywhere in reach: "Accord", not "rental"). ``anywhere``: documents outside any claim count
        too, listed as ``""``. ``most``: any that many of them at most (one or several?);
        ``claim_ids``: only among those claims (:meth:`rag.lexical.LexicalIndex.claims_mentioning`)."""
        from rag.lexical import LexicalIndexBuilding
        from rag.retrieval import scopes_in_reach

        try:
            return self._lexical.claims_mentioning(phrase, reach=scopes_in_reach(scope), names_only=names_only,
                                                   anywhere=anywhere, most=most, claim_ids=claim_ids,
                                                   registry_view=self._registry_view())
        except LexicalIndexBuilding:  # not known yet: no claim is found by a phrase
            return []

    def spelled_like(self, word: str, *, scope: str = WORKSPACE) -> list[str]:
        """Words the documents in reach of ``scope`` write within two edits of ``word``, closest
        first (:meth:`rag.lexical.LexicalIndex.spelled_like`): how a name typed with a typo
        ("carrawy") finds the claim whose files write it (:mod:`rag.resolve`)."""
        from rag.lexical import LexicalIndexBuilding
        from rag.retrieval import scopes_in_reach

        try:
            return self._lexical.spelled_like(word, reach=scopes_in_reach(scope), registry_view=self._registry_view())
        except LexicalIndexBuilding:  # not known yet: no word is corrected
            return []

    def _registry_view(self) -> object:
        """The registry read the caches are keyed on: a new object after an ingest here, or when
        another replica's write changed the registry's stamp."""
        return self._all_documents()

    @property
    def last_retrieval_timings(self) -> dict[str, float]:
        return dict(self._retriever.last_timings)

    def documents(self, *, scope: str = WORKSPACE) -> list[DocumentInfo]:
        """Every document in reach of ``scope``, with its claim metadata and ingest index."""
        from rag.retrieval import scopes_in_reach

        reach = set(scopes_in_reach(scope))
        return [info for info in self._all_documents() if info.scope in reach]

    def claim_documents(self, claim_id: str, *, scope: str = WORKSPACE) -> list[DocumentInfo]:
        return [d for d in self.documents(scope=scope) if d.claim_id == claim_id]

    def _all_documents(self) -> list[DocumentInfo]:
        """Every document's info from the registry's index (:mod:`rag.catalog`): the same list
        object while nothing changed, so the caches keyed on it (claims, the lexical index) stay
        valid; a document's summary points and fact lines are read when first used. A document
        that names no claim carries the claim it shares references with (:meth:`_link`)."""
        documents = self._catalog.documents()
        if documents is not self._linked_for:
            self._link(documents)
        return documents  # type: ignore[return-value]

    def _link(self, documents: list[Any]) -> None:
        """Link each document that names no claim to the one claim whose documents in its reach
        write its references, or whose insured or claimant it names (:mod:`rag.links`), once per
        registry read. While the lexical index is still being built, nothing is linked yet (and it
        is tried again at the next read)."""
        from rag.lexical import LexicalIndexBuilding
        from rag.links import ClaimNumbers, PartyNames, claims_sharing, party_names, references_in
        from rag.retrieval import scopes_in_reach

        with self._links_lock:
            if documents is self._linked_for:
                return
            linked: dict[str, list[tuple[str, str]]] = {}
            unfiled = [doc for doc in documents if not doc.metadata.claim_id]
            parties: dict[str, dict[str, set[str]]] = {}  # scope -> party name -> its claims
            if unfiled:
                for doc in documents:
                    if doc.metadata.claim_id:
                        for name in party_names(doc.metadata.insured, doc.metadata.claimants):
                            parties.setdefault(doc.scope, {}).setdefault(name, set()).add(doc.metadata.claim_id)
            parties_in_reach: dict[str, PartyNames] = {}  # a scope -> the parties in its reach
            numbers_in_reach: dict[str, ClaimNumbers] = {}  # a scope -> the claim numbers in its reach

            def numbers_seen_from(scope: str) -> ClaimNumbers:
                if scope not in numbers_in_reach:
                    reach = set(scopes_in_reach(scope))
                    numbers_in_reach[scope] = ClaimNumbers(sorted({d.metadata.claim_id for d in documents
                                                                   if d.metadata.claim_id and d.scope in reach}))
                return numbers_in_reach[scope]

            def parties_seen_from(scope: str) -> PartyNames:
                if scope not in parties_in_reach:
                    merged: dict[str, set[str]] = {}
                    for where in scopes_in_reach(scope):
                        for name, ids in parties.get(where, {}).items():
                            merged.setdefault(name, set()).update(ids)
                    parties_in_reach[scope] = PartyNames(merged)
                return parties_in_reach[scope]

            try:
                for doc in unfiled:
                    read = self._references.get(doc.version_id)
                    if read is None:
                        text = self._text_of(doc.version_id)
                        read = self._references[doc.version_id] = (references_in(text), text[:_LINK_TEXT])
                    references, head = read
                    reach = scopes_in_reach(doc.scope)
                    claims = claims_sharing(references, lambda ref: self._lexical.claims_mentioning(
                        ref, reach=reach, most=2, registry_view=documents))
                    claims |= parties_seen_from(doc.scope).claims_named_in(head)
                    claims |= numbers_seen_from(doc.scope).written_apart_in(head)
                    doc.linked_claim = next(iter(claims)) if len(claims) == 1 else None
                    if doc.linked_claim:
                        linked.setdefault(doc.linked_claim, []).append((doc.doc_id, doc.scope))
            except LexicalIndexBuilding:
                return
            except Exception:  # noqa: BLE001 - an unlinked document is still searched with every claim
                log.exception("linking unfiled documents failed")
                return
            self._linked, self._linked_for = linked, documents

    def _text_of(self, version_id: str) -> str:
        """A document version's text, its leaves in order (one Chroma read)."""
        from rag.store import leaf_text

        got = self._store.leaves.get(where={"version_id": version_id}, include=["documents", "metadatas"])
        documents = got["documents"] or [None] * len(got["ids"])
        leaves = sorted(zip(got["ids"], got["metadatas"] or [{}] * len(got["ids"]), documents))
        return "\n".join(leaf_text(meta, document) for _, meta, document in leaves)

    def _versions(self) -> list[Any]:
        """The current document versions, for the lexical index to follow (from the catalog's
        index: no registry read of its own)."""
        from rag.lexical import VersionEntry

        documents = self._catalog.documents()
        self._follow_versions(d.version_id for d in documents)  # another replica's ingest, seen by its stamp
        # the claim a document names: a link (rag.links) is applied at the search, not in the index
        return [VersionEntry(d.version_id, d.doc_id, d.scope, d.metadata.claim_id or "", d.name) for d in documents]

    def _follow_versions(self, version_ids: Iterable[str]) -> None:
        """Have these versions' selector lines embedded while idle (an engine that stays up)."""
        if self._ahead_on and not self._closing:
            self._ahead.follow(version_ids)

    def _idle_once(self) -> None:
        """Once, when first idle: the texts every claim card embeds
        (:func:`rag.selection.texts.fixed_texts`), and, in a store of at most
        :data:`rag.catalog.MAX_LOADED` documents, every document's details read (packed, ~3-14 KB
        a document): a lookup over every claim's facts ("which claims involve water damage")
        read 640 payloads from the registry at 10k leaves, ~0.3 s of CPU."""
        from rag.catalog import MAX_LOADED, prefetch
        from rag.selection.texts import fixed_texts

        texts, queries = fixed_texts()
        self._vectors.fill(texts, self._embed_now)
        self._vectors.fill(queries, self._query_vectors, kind="query")
        documents = self._catalog.documents()
        if len(documents) <= MAX_LOADED:
            prefetch(documents)

    def _card_ahead(self, claim_id: str, scope: str) -> None:
        """One claim's card, as a first summary from ``scope`` would make it, kept for the next
        (:func:`rag.experts.card.answer_claim_card`'s cache)."""
        self._manager.answer(f"Summarize claim {claim_id}", scope=scope, history=[])

    def _texts_ahead(self, version_ids: list[str]) -> dict[str, list[str]]:
        """What the answer selector and the claim card may embed for each of these versions
        (:func:`rag.selection.texts.version_texts`), from its top-level chunks in the docstore."""
        from llama_index.core.schema import MetadataMode
        from llama_index.core.storage.docstore.utils import json_to_doc

        from rag.selection.texts import version_texts
        from rag.store import NODE_COLLECTION

        stored = self._store.kv.values_where(
            {"$and": [{"kv": NODE_COLLECTION}, {"version_id": {"$in": version_ids}}]},
            keep=lambda meta: meta.get("key", "").count(".") == 2)  # a top-level chunk (rag.chunking.root_id)
        roots: dict[str, list[Passage]] = {}
        for meta, value in stored:
            key = meta["key"]
            node: Any = json_to_doc(value)
            m = node.metadata
            roots.setdefault(meta["version_id"], []).append(Passage(
                node_id=key, text=node.get_content(metadata_mode=MetadataMode.NONE), score=0.0,
                document=m.get("document", ""), doc_id=m.get("doc_id", ""), scope=m.get("scope", ""),
                page=m.get("page"), section=m.get("section"), claim_id=m.get("claim_id")))
        documents = {d.version_id: d for d in self._catalog.documents()}
        return {v: version_texts(sorted(ps, key=lambda p: p.node_id), documents.get(v)) for v, ps in roots.items()}


def _stop_at_exit(engine: "weakref.ref[Engine]") -> None:
    """An engine never closed: its background threads stopped before the interpreter shuts down."""
    alive = engine()
    if alive is not None:
        alive._stop_background()


def _joined(thread: threading.Thread, then: Callable[[], Any]) -> Any:
    """``then()``, once ``thread`` is over (a warm-up step begun early)."""
    thread.join()
    return then()


def _started(work: Callable[[], Any], name: str) -> threading.Thread:
    """``work`` begun in a daemon thread; a failure is only logged (the question that needs it
    does it again and reports what is wrong)."""

    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - see above
            log.debug("warm-up step %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def _llm_manager(engine: Engine, config: Any) -> Any:
    """A language-model manager whose fallback is the engine's offline manager."""
    from rag.llm.manager import LLMManager
    from rag.llm.usage import open_usage_store

    def offline(question: str, scope: str, history: Sequence[str]) -> Answer:
        return engine._manager.answer(question, scope=scope, history=list(history))

    ledger = open_usage_store(engine.settings.home, engine.settings.database_url)
    return LLMManager(engine, config, offline, ledger=ledger)


def _merge_claim(record: ClaimRecord, info: DocumentInfo, *, amounts: bool = True) -> None:
    meta = info.metadata

    def extend(target: list[str], values: Iterable[str]) -> None:
        for value in values:
            if value and value not in target:
                target.append(value)

    extend(record.policy_numbers, meta.policy_numbers)
    extend(record.insured, meta.insured)
    extend(record.claimants, meta.claimants)
    extend(record.adjusters, meta.adjusters)
    extend(record.documents, [info.name])
    extend(record.scopes, [info.scope])
    record.date_of_loss = record.date_of_loss or meta.date_of_loss
    if amounts:
        record.amounts.extend(meta.amounts)
