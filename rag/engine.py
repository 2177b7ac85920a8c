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

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rag.answer import Answer
from rag.config import Settings
from rag.documents import ClaimMetadata
from rag.errors import IngestError, UnknownClaimError
from rag.records import (
    WORKSPACE,
    ClaimRecord,
    DocumentInfo,
    FactLine,
    IngestProgress,
    IngestReport,
    Passage,
    SummaryPoint,
    reach_key,
)

if TYPE_CHECKING:
    from rag.ingest import Ingestor

log = logging.getLogger(__name__)

_REGISTRY_RECHECK_S = 1.0
"""How long a replica trusts its cached view of the registry before checking its stamp."""


class Engine:
    """Open with :meth:`open`; see the module docstring for the whole API."""

    def __init__(self, settings: Settings) -> None:
        from rag.embedding import collection_slug, load_embedding
        from rag.manager import Manager
        from rag.retrieval import Retriever
        from rag.store import Store

        self.settings = settings
        self._lock = threading.RLock()
        self._embed_model = load_embedding(settings.embed_model)
        self._store = Store(settings, collection_slug(settings.embed_model))
        self._ingestor: Ingestor | None = None  # made on first ingest: `ask` never loads the parsers
        self._retriever = Retriever(self._store, self._embed_model, top_k=settings.top_k)
        self._manager = Manager(self)
        self._registry_cache: tuple[float, str | None, list[DocumentInfo]] | None = None
        self._claims_cache: dict[str, tuple[list, list[ClaimRecord]]] = {}
        """scope -> (the registry read they were merged from, the claims); merged again only
        when the registry is read again (after an ingest, or past the TTL)."""

    @classmethod
    def open(cls, settings: Settings | None = None) -> "Engine":
        return cls(settings or Settings.from_env())

    # -- ingest ---------------------------------------------------------------------------
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
        indexed). Parsing runs in a child process, so questions are answered meanwhile."""
        with self._lock:
            try:
                return self._get_ingestor().ingest_file(
                    Path(path), scope=scope, display_name=display_name, source_url=source_url, progress=progress
                )
            finally:
                self._registry_cache = None

    def _get_ingestor(self) -> "Ingestor":
        if self._ingestor is None:
            from rag.ingest import Ingestor

            self._ingestor = Ingestor(self._store, self._embed_model, self.settings)
        return self._ingestor

    def ingest_paths(
        self, paths: Iterable[Path], *, scope: str = WORKSPACE, progress: bool = False
    ) -> list[IngestReport | IngestError]:
        """Ingest files and folders (recursively); one bad file never stops the others."""
        from rag.ingest import expand_paths

        files = list(expand_paths(Path(p) for p in paths))
        results: list[IngestReport | IngestError] = []
        iterator: Iterable[Path] = files
        if progress:
            from tqdm import tqdm

            iterator = tqdm(files, desc="Ingesting", unit="file")
        for path in iterator:
            try:
                results.append(self.ingest_file(path, scope=scope))
            except IngestError as err:
                log.warning("refused %s: %s", path.name, err.reason)
                results.append(err)
        return results

    @staticmethod
    def skipped_in_folders(paths: Iterable[Path]) -> list[tuple[Path, str]]:
        """The files in the given folders that :meth:`ingest_paths` leaves out for their type,
        each with the reason, for surfaces that say what they skipped."""
        from rag.ingest import skipped_in_folders

        return list(skipped_in_folders(Path(p) for p in paths))

    # -- questions ------------------------------------------------------------------------
    def ask(
        self, question: str, *, scope: str = WORKSPACE, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Answer:
        """Answer one question from the documents in reach of ``scope``, or of every scope in
        ``scopes`` (one search over all of them: the assistant panel reads the user's DM with the
        bot and the channel beside it).

        ``history`` is the conversation so far (earlier questions and answers, oldest first);
        a follow-up that names no claim is read as being about the claim the history was about.
        """
        return self._manager.answer(question, scope=scope, scopes=list(scopes), history=list(history))

    def claims(self, *, scope: str = WORKSPACE, scopes: Sequence[str] = ()) -> list[ClaimRecord]:
        """The claims on file in reach of ``scope`` (or of every scope in ``scopes``), with what
        their documents say."""
        scope = reach_key(scope, scopes)  # type: ignore[assignment]  # a tuple: several scopes
        snapshot = self._all_documents()
        cached = self._claims_cache.get(scope)
        if cached is not None and cached[0] is snapshot:  # the same registry read: the same claims
            return list(cached[1])
        by_claim: dict[str, ClaimRecord] = {}
        for info in self.documents(scope=scope):
            claim_id = info.claim_id
            if not claim_id:
                continue
            record = by_claim.setdefault(claim_id, ClaimRecord(claim_id=claim_id))
            _merge_claim(record, info)
        claims = sorted(by_claim.values(), key=lambda r: r.claim_id)
        self._claims_cache[scope] = (snapshot, claims)
        return list(claims)

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer:
        """An overview of one claim; raises :class:`UnknownClaimError` if none is in reach."""
        claim_id = claim_id.strip().upper()
        known = [c.claim_id for c in self.claims(scope=scope)]
        if claim_id not in known:
            raise UnknownClaimError(claim_id, known)
        return self._manager.answer(f"Summarize claim {claim_id}", scope=scope, history=[])

    def stats(self) -> dict[str, int]:
        """How much is stored: documents, leaf chunks (searched), nodes (every level)."""
        return {
            "documents": self._store.registry.count(),
            "leaves": int(self._store.leaves.count()),
            "nodes": int(self._store.kv.count()),
        }

    def close(self) -> None:
        """Release the store (file handles, server connections) and the parsing process."""
        self._registry_cache = None
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
        stored = {info.scope for info in self._all_documents()}
        return self._retriever.retrieve(
            question, scope=scope, scopes=scopes, claim_ids=claim_ids, top_k=top_k, merge=merge, stored_scopes=stored
        )

    def expand(self, passage: Passage) -> Passage:
        """The top-level chunk (up to ~2048 tokens of one page or section) around ``passage``,
        keeping its score and location: leaves are cut mid-sentence, experts quote whole ones."""
        from rag.chunking import root_id

        root = root_id(passage.node_id)
        if root == passage.node_id:
            return passage
        text = self._node_text(root)
        return replace(passage, node_id=root, text=text) if text is not None else passage

    def _node_text(self, node_id: str) -> str | None:
        from llama_index.core.schema import MetadataMode

        node = self._store.docstore.get_document(node_id, raise_error=False)
        return node.get_content(metadata_mode=MetadataMode.NONE) if node is not None else None

    def vocabulary_has(self, words: Iterable[str], *, scope: str = WORKSPACE) -> set[str]:
        """Of ``words`` (question words or their stems), those some document in reach of
        ``scope`` uses: in its text (a leaf), under the same light stemming the experts match
        with, or in its name. A word no document in reach contains is phrasing ("tl;dr",
        "involved"), not a topic the files lack.

        The vocabulary is built once per set of document versions in reach (one read of the
        leaves, ~35 ms for 400 leaves) and cached; an ask then pays nothing while the registry
        cache holds, else one registry read without payloads (~2 ms). Chroma's full-text
        ``$contains`` was measured too: 5-10 ms per word, case-sensitive substrings, so the
        several words of a question cost more than the 10 ms budget.
        """
        from rag.experts.text import stem

        vocabulary = self._text_index(scope)[0]
        return {w for w in words if w.lower() in vocabulary or stem(w) in vocabulary}

    def claims_mentioning(
        self, phrase: str, *, scope: str = WORKSPACE, names_only: bool = False, anywhere: bool = False
    ) -> list[str]:
        """The claims in reach of ``scope`` whose documents say ``phrase`` (whole words, any case,
        any spacing): how a business or third party named in a question ("Harbor Lock") finds
        its claim when the registry does not list it as a party. ``names_only``: only where the
        files write the phrase as a name (capitalised inside a sentence, never in lower case
        anywhere in reach: "Accord", not "rental"). ``anywhere``: documents outside any claim count
        too, listed as ``""``. Same cache as :meth:`vocabulary_has`."""
        found = re.findall(r"[a-z0-9]+", phrase.lower())
        wanted = " ".join(found)
        if not wanted:
            return []
        _, texts, names, lower = self._text_index(scope)
        if names_only and any(w in lower for w in found):
            return []
        return sorted(c for c, text in texts.items()
                      if (c or anywhere) and f" {wanted} " in text and (not names_only or found[0] in names.get(c, ())))

    def _text_index(self, scope: str) -> tuple[frozenset[str], dict[str, str], dict[str, set[str]], set[str]]:
        """``(the stems and words the documents in reach use, each claim's words as one string,
        each claim's words written as names, the words written in lower case)``; claim ``""``
        holds the documents outside any claim.

        Kept per document version: after an ingest only the new version's leaves are read (a
        page at a time: one get of more than ~32k records fails in embedded Chroma), and the
        index of the scope is put together again from the versions' parts."""
        from rag.experts.text import _ACRONYMS as ACRONYMS
        from rag.experts.text import terms
        from rag.retrieval import scopes_in_reach

        reach = tuple(scopes_in_reach(scope))
        cache: dict = self.__dict__.setdefault("_text_index_cache", {})
        parts: dict = self.__dict__.setdefault("_text_index_parts", {})
        stems_of: dict = self.__dict__.setdefault("_text_index_stems", {})
        seen = cache.get(reach)
        registry_view = self._registry_cache[2] if self._registry_cache else None
        if seen is not None and registry_view is not None and seen[0] is registry_view:
            return seen[2]  # the registry was not read again since: nothing changed here
        records = self._store.registry.in_scopes(reach, with_payload=False)
        versions = frozenset((r.doc_id, r.version_id) for r in records)
        if seen is not None and seen[1] == versions:
            cache[reach] = (registry_view, versions, seen[2])
            return seen[2]
        new = sorted({r.version_id for r in records} - parts.keys())
        for start in range(0, len(new), 50):
            chunk = new[start:start + 50]
            page = 5000
            offset = 0
            while True:
                got = self._store.leaves.get(where={"version_id": {"$in": chunk}}, include=["documents", "metadatas"],
                                             limit=page, offset=offset)
                for text, meta in zip(got.get("documents") or [], got.get("metadatas") or []):
                    meta = meta or {}
                    empty: tuple[str, set[str], list[str], set[str], set[str]] = (
                        meta.get("claim_id") or "", set(), [], set(), set())
                    part = parts.setdefault(meta.get("version_id", ""), empty)
                    if text:
                        part[1].update(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower()))
                        part[2].append(" ".join(re.findall(r"[a-z0-9]+", text.lower())))
                        part[3].update(w.lower() for w in re.findall(r"(?<=[A-Za-z0-9,] )[A-Z][A-Za-z0-9]*", text))
                        part[4].update(re.findall(r"(?<=[a-z0-9,] )[a-z][a-z0-9]*", text))
                if len(got["ids"]) < page:
                    break
                offset += page
        current = {r.version_id for r in records}
        found: set[str] = set()
        by_claim: dict[str, list[str]] = {}
        names: dict[str, set[str]] = {}
        lower: set[str] = set()
        for version_id in current:
            if version_id not in parts:
                continue
            claim_id, words, texts_of, named, lowered = parts[version_id]
            found |= words
            by_claim.setdefault(claim_id, []).extend(texts_of)
            names.setdefault(claim_id, set()).update(named)
            lower |= lowered
        for r in records:
            found.update(re.findall(r"[a-z0-9]+", r.name.lower()))
        texts = {c: f" {' '.join(t)} " for c, t in by_claim.items()}
        # each distinct word stemmed once, ever: the experts' terms() per word, and an
        # abbreviation wherever its words are spelled out
        for w in found - stems_of.keys():
            stems_of[w] = terms(w)
        stems = set().union(*(stems_of[w] for w in found))
        stems.update(short for short, spelled in ACRONYMS.items()
                     if short not in found and any(f" {spelled} " in t for t in texts.values()))
        index = (frozenset(found | stems), texts, names, lower)
        cache[reach] = (registry_view, versions, index)
        live = set().union(*({v for _, v in c[1]} for c in cache.values()))
        for version_id in [v for v in parts if v not in live]:
            del parts[version_id]  # a version replaced or deleted
        return index

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
        """Every document's info, read again only when the registry's stamp changed (checked at
        most every ``_REGISTRY_RECHECK_S``): the same list object while nothing changed, so the
        caches keyed on it (claims, the text index) stay valid."""
        cached = self._registry_cache
        now = time.monotonic()
        if cached and now - cached[0] < _REGISTRY_RECHECK_S:
            return cached[2]
        stamp = self._store.registry.stamp()
        if cached and stamp == cached[1]:  # None: no write since stores had stamps
            self._registry_cache = (now, stamp, cached[2])
            return cached[2]
        infos = [_document_info(r) for r in self._store.registry.all()]
        self._registry_cache = (now, stamp, infos)
        return infos


def _document_info(record) -> DocumentInfo:  # type: ignore[no-untyped-def]
    payload = record.payload
    return DocumentInfo(
        name=record.name,
        doc_id=record.doc_id,
        scope=record.scope,
        metadata=ClaimMetadata.from_dict(payload.get("metadata", {})),
        summary_points=[SummaryPoint(**p) for p in payload.get("summary", [])],
        fact_lines=[FactLine(**f) for f in payload.get("facts", [])],
        pages=record.pages,
        kind=record.kind,
        source_url=record.source_url,
    )


def _merge_claim(record: ClaimRecord, info: DocumentInfo) -> None:
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
    record.amounts.extend(meta.amounts)
