"""Retrieval: similarity search over leaves, merged up to parents by ``AutoMergingRetriever``.

Scope is enforced here and nowhere else: a question asked in a channel searches that
channel's documents and workspace-wide ones (``scope IN (channel, workspace)``), as a filter
inside Chroma, so another channel's chunks are never even candidates. Results whose version is
no longer the registry's current one (a file being replaced, or a write that died half-way)
are dropped.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np
from llama_index.core import StorageContext, VectorStoreIndex
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.retrievers import AutoMergingRetriever
from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle
from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters
from llama_index.vector_stores.chroma import ChromaVectorStore

from rag.embedding.cache import MemoryVectors
from rag.lexical import LexicalHit
from rag.records import WORKSPACE, Passage
from rag.store import CachingDocstore, Store

LEXICAL_WEIGHT = 0.22
"""How much a leaf's BM25 score (relative to the best BM25 hit of the question) adds to its
cosine similarity in the fused ranking: a relative-score fusion that keeps scores on the cosine
scale the experts read. Chosen on ``data/eval/questions.jsonl`` + ``holdout.jsonl`` recall@5
(``bench/recall.py``)."""


OVER_FETCH = 4
OVER_FETCH_SHARE = 0.5
"""A reach holding at least this share of the stored leaves is searched without Chroma's scope
filter, ``OVER_FETCH`` times as many results kept to the reach (``bench/scope_filter.py``)."""


def scopes_in_reach(scope: str | Sequence[str]) -> list[str]:
    """The scopes a question asked in ``scope`` may read; ``scope`` may be several scopes (a
    tuple, :func:`rag.records.reach_key`): a question that reads all of them at once."""
    scopes = {scope} if isinstance(scope, str) else set(scope)
    return sorted(scopes | {WORKSPACE})


class Retriever:
    def __init__(self, store: Store, embed_model: BaseEmbedding, *, top_k: int = 12,
                 embed_query: Callable[[str], list[float]] | None = None) -> None:
        self._store = store
        self._embed_model = embed_model
        self._embed_query = embed_query or embed_model.get_query_embedding
        """A question's vector: the engine's remembers them (an ask searches with the same
        question several times: the needle's, the card's fields', the follow-up check)."""
        self._top_k = top_k
        vector_store = ChromaVectorStore(chroma_collection=store.leaves)
        self._index = VectorStoreIndex.from_vector_store(vector_store, embed_model=embed_model)
        self._storage = StorageContext.from_defaults(docstore=store.docstore, vector_store=vector_store)
        self._local = threading.local()
        self._local_lock = threading.Lock()
        self._leaf_vectors = LeafVectors(store)
        self._searched: OrderedDict[int, None] = OrderedDict()
        """The sets of leaves searched lately (see :data:`PREFETCH_FEW`)."""

    def _again(self, leaf_ids: Sequence[str]) -> bool:
        """Whether these few leaves were searched lately (a claim asked about again)."""
        if len(leaf_ids) > PREFETCH_FEW:
            return False
        key = hash(tuple(sorted(leaf_ids)))
        with self._local_lock:
            again = key in self._searched
            self._searched[key] = None
            self._searched.move_to_end(key)
            while len(self._searched) > 64:
                self._searched.popitem(last=False)
        return again

    @property
    def last_timings(self) -> dict[str, float]:
        """The calling thread's last retrieval's timings (asks run in worker threads)."""
        return getattr(self._local, "timings", {})

    def retrieve(
        self,
        question: str,
        *,
        scope: str | Sequence[str] = WORKSPACE,
        scopes: Sequence[str] = (),
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
        stored_scopes: Collection[str] | None = None,
        lexical: Sequence[LexicalHit] = (),
        candidates: Sequence[str] | None = None,
        reach_share: float = 0.0,
    ) -> list[Passage]:
        """The passages most similar to ``question`` in reach of ``scope`` (or of every scope in
        ``scopes``, in one search: ``scope IN [...]``; each result's scope is checked again), and,
        when given, of those claims only, best first.

        ``stored_scopes`` (the scopes the registry holds documents of) lets the search skip the
        scope filter when every stored scope is in reach: Chroma evaluates a filter that
        matches every record by reading every record's metadata (a 2.7 ms search becomes
        60 ms at 10k leaves, 530 ms at 100k). Results are checked against the reach here
        either way, so a document stored since in another scope is still never returned.

        ``candidates`` (the ids of every leaf the filters allow, when they are few: the lexical
        index knows each leaf's scope and claim) replaces the filtered search: those leaves'
        vectors are read by id and scored here, exactly. A filter on a claim (~40 leaves of
        100k) cost Chroma 40 ms where the unfiltered search takes 3.

        ``reach_share`` (the part of the stored leaves in reach) at or above ``OVER_FETCH_SHARE``:
        a question from a channel over a big workspace searches without the scope filter for
        ``OVER_FETCH`` times as many leaves and keeps those in reach, which is the same top ``k``
        whenever at least ``k`` of them are in reach; else it searches again with the filter.
        """
        return self.retrieve_many(
            [question], scope=scope, scopes=scopes, claim_ids=claim_ids, top_k=top_k, merge=merge,
            stored_scopes=stored_scopes, lexical=[lexical], candidates=candidates, reach_share=reach_share,
        )[0]

    def retrieve_many(
        self,
        questions: Sequence[str],
        *,
        scope: str | Sequence[str] = WORKSPACE,
        scopes: Sequence[str] = (),
        claim_ids: Sequence[str] = (),
        top_k: int | None = None,
        merge: bool = True,
        stored_scopes: Collection[str] | None = None,
        lexical: Sequence[Sequence[LexicalHit]] = (),
        candidates: Sequence[str] | None = None,
        reach_share: float = 0.0,
    ) -> list[list[Passage]]:
        """:meth:`retrieve` for several questions over the same reach and claims (a claim card's
        fields), each with its own BM25 hits (``lexical``, one list per question): the same
        passages each would get alone, with the registry's current versions read once for all of
        them rather than once per question (a Chroma read each, ~1-5 ms, more over HTTP)."""
        started = time.perf_counter()
        found = [self._search(q, scope=scope, scopes=scopes, claim_ids=claim_ids, top_k=top_k, merge=merge,
                              stored_scopes=stored_scopes, lexical=lexical[i] if i < len(lexical) else (),
                              candidates=candidates, reach_share=reach_share) for i, q in enumerate(questions)]
        embedded = started + sum(e for _, e in found)
        searched = time.perf_counter()
        reach = scopes_in_reach(tuple(scopes) if scopes else scope)
        current = self._store.registry.current_versions(
            r.node.metadata.get("doc_id", "") for results, _ in found for r in results
        )
        out = [[
            _passage(r)
            for r in results
            if current.get(r.node.metadata.get("doc_id", "")) == r.node.metadata.get("version_id")
            and r.node.metadata.get("scope") in reach
        ] for results, _ in found]
        self._local.timings = {
            "embed_ms": (embedded - started) * 1000,
            "search_ms": (searched - embedded) * 1000,
            "total_ms": (time.perf_counter() - started) * 1000,
        }
        return out

    def _search(
        self,
        question: str,
        *,
        scope: str | Sequence[str],
        scopes: Sequence[str],
        claim_ids: Sequence[str],
        top_k: int | None,
        merge: bool,
        stored_scopes: Collection[str] | None,
        lexical: Sequence[LexicalHit],
        candidates: Sequence[str] | None,
        reach_share: float,
    ) -> tuple[list[NodeWithScore], float]:
        """One question's results before the version check, and the seconds its embedding took."""
        started = time.perf_counter()
        k = top_k or self._top_k
        reach = scopes_in_reach(tuple(scopes) if scopes else scope)
        scope_filter = stored_scopes is None or not set(stored_scopes) <= set(reach)
        over_fetch = scope_filter and not claim_ids and candidates is None and reach_share >= OVER_FETCH_SHARE
        claim_filter = [MetadataFilter(key="claim_id", value=sorted(set(claim_ids)), operator=FilterOperator.IN)
                        ] if claim_ids else []
        scoped: list[MetadataFilter | MetadataFilters] = (
            [MetadataFilter(key="scope", value=reach, operator=FilterOperator.IN)] if scope_filter else [])
        filters: list[MetadataFilter | MetadataFilters] = [*claim_filter, *([] if over_fetch else scoped)]
        vector_retriever: BaseRetriever = self._index.as_retriever(
            similarity_top_k=k * OVER_FETCH if over_fetch else k,
            filters=MetadataFilters(filters=filters) if filters else None,
        )
        if over_fetch:
            filtered = self._index.as_retriever(similarity_top_k=k, filters=MetadataFilters(filters=scoped))
            vector_retriever = _InReach(vector_retriever, filtered, reach, k)
        query = QueryBundle(question, embedding=self._embed_query(question))
        embedded = time.perf_counter()
        leaves: BaseRetriever = vector_retriever
        if candidates is not None:
            leaves = _Scored(candidates, self._store, k, self._leaf_vectors, prefetch=self._again(candidates))
        if lexical:
            leaves = _Fused(leaves, lexical, self._store, k, self._leaf_vectors)
        if merge:
            retriever: BaseRetriever = AutoMergingRetriever(
                _ParentsPrefetched(leaves, self._store.docstore), self._storage  # type: ignore[arg-type]
            )
        else:
            retriever = leaves
        return retriever.retrieve(query), embedded - started


PREFETCH_FEW = 256
"""The second search over the same few leaves (one claim's, ~40) reads all of them and their
parents into the docstore's cache at once, in two round trips: a claim card's ~18 questions each
read a few more of them otherwise (~24 small Chroma reads a card). The first reads only its hits:
a single question about a claim needs a dozen leaves, and making a node costs ~0.15 ms."""


def _ancestors(leaf_ids: Sequence[str]) -> list[str]:
    """The ids of the chunks above these leaves (``<version>.s3.0.2.1`` -> ``<version>.s3.0.2``,
    ``<version>.s3.0``: :func:`rag.chunking.root_id`)."""
    out: dict[str, None] = {}
    for leaf_id in leaf_ids:
        parts = leaf_id.split(".")
        for end in range(len(parts) - 1, 2, -1):
            out.setdefault(".".join(parts[:end]))
    return list(out)


class LeafVectors:
    """Leaves' stored vectors by id (as stored), the most recently read kept in memory: a claim
    card asks ~18 questions of one claim, and each scored the claim's ~40 leaves from their
    vectors read again (a Chroma ``get`` each, ~5 ms). A leaf's id begins with its version's id,
    which hashes the file's bytes: a vector read once never goes stale."""

    ENTRIES = 8192
    """Vectors kept (384 float32 each: ~12 MB)."""

    def __init__(self, store: Store, entries: int = ENTRIES) -> None:
        self._store = store
        self._vectors = MemoryVectors(entries)

    def get(self, leaf_ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those of ``leaf_ids`` the store holds (one Chroma read for the
        ones not in memory)."""
        out: dict[str, np.ndarray] = self._vectors.get(leaf_ids)
        missing = [i for i in dict.fromkeys(leaf_ids) if i not in out]
        if missing:
            got = self._store.leaves.get(ids=missing, include=["embeddings"])
            if len(got["ids"]):
                read = dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
                out.update(read)
                self._vectors.put(read)
        return out


class _InReach(BaseRetriever):
    """An unfiltered search for more leaves than wanted, kept to the reach; the filtered search
    when too few of them were in reach (see ``reach_share`` in :meth:`Retriever.retrieve`)."""

    def __init__(self, wide: BaseRetriever, filtered: BaseRetriever, reach: Sequence[str], k: int) -> None:
        super().__init__()
        self._wide = wide
        self._filtered = filtered
        self._reach = set(reach)
        self._k = k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        found = self._wide.retrieve(query_bundle)
        kept = [r for r in found if r.node.metadata.get("scope") in self._reach]
        if len(kept) >= self._k or len(found) < self._k * OVER_FETCH:  # enough, or everything there is
            return kept[: self._k]
        return self._filtered.retrieve(query_bundle)


class _Scored(BaseRetriever):
    """Similarity search over a known, small set of leaves: their vectors read by id, scored by
    cosine here (exact), the best ``top_k`` returned as the docstore's nodes."""

    def __init__(self, leaf_ids: Sequence[str], store: Store, top_k: int, vectors: LeafVectors, *,
                 prefetch: bool = False) -> None:
        super().__init__()
        self._prefetch = prefetch
        self._ids = list(leaf_ids)
        self._store = store
        self._top_k = top_k
        self._vectors = vectors

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        if not self._ids:
            return []
        if self._prefetch:  # one claim's leaves, asked about again: its other questions read the same pages
            self._store.docstore.prefetch([*self._ids, *_ancestors(self._ids)])
        found = self._vectors.get(self._ids)
        ids = [i for i in dict.fromkeys(self._ids) if i in found]  # the order Chroma gave them: by id
        if not ids:
            return []
        vectors = np.stack([found[i] for i in ids])
        vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        query = np.asarray(query_bundle.embedding, dtype=np.float32)
        query /= np.linalg.norm(query) or 1.0
        scores = vectors @ query
        best = np.argsort(-scores, kind="stable")[: self._top_k]
        score_of = {ids[i]: float(scores[i]) for i in best}
        nodes = self._store.docstore.prefetch(score_of)
        return sorted((NodeWithScore(node=n, score=score_of[n.node_id]) for n in nodes),
                      key=lambda r: -(r.score or 0.0))


class _Fused(BaseRetriever):
    """The vector hits and the BM25 hits as one ranking: each leaf scored by its cosine
    similarity plus ``LEXICAL_WEIGHT`` times its BM25 score relative to the best BM25 hit. A BM25
    hit the vectors missed gets its cosine from its stored vector (one Chroma get), so every
    score stays a similarity the experts can compare."""

    def __init__(self, inner: BaseRetriever, hits: Sequence[LexicalHit], store: Store, top_k: int,
                 vectors: LeafVectors) -> None:
        super().__init__()
        self._inner = inner
        self._hits = hits
        self._store = store
        self._top_k = top_k
        self._vectors = vectors

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        dense = self._inner.retrieve(query_bundle)
        by_id = {r.node.node_id: r for r in dense}
        cosine = {r.node.node_id: float(r.score or 0.0) for r in dense}
        missing = [h.leaf_id for h in self._hits if h.leaf_id not in by_id]
        if missing:
            query = np.asarray(query_bundle.embedding, dtype=np.float32)
            query /= np.linalg.norm(query) or 1.0
            for leaf_id, v in self._vectors.get(missing).items():
                cosine[leaf_id] = float(query @ v / (np.linalg.norm(v) or 1.0))
            for node in self._store.docstore.prefetch(i for i in missing if i in cosine):
                by_id[node.node_id] = NodeWithScore(node=node, score=0.0)
        best = max(h.score for h in self._hits)
        relative = {h.leaf_id: h.score / best for h in self._hits}
        fused = [NodeWithScore(node=r.node, score=cosine.get(i, 0.0) + LEXICAL_WEIGHT * relative.get(i, 0.0))
                 for i, r in by_id.items()]
        fused.sort(key=lambda r: -(r.score or 0.0))
        return fused[: self._top_k]


class _ParentsPrefetched(BaseRetriever):
    """Hands over the vector retriever's leaves after reading all their ancestors into the
    docstore's cache, one round trip per level, so the merging that follows reads memory."""

    def __init__(self, inner: BaseRetriever, docstore: CachingDocstore) -> None:
        super().__init__()
        self._inner = inner
        self._docstore = docstore

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        results = self._inner.retrieve(query_bundle)
        level = [r.node for r in results]
        while level:
            parents = {n.parent_node.node_id for n in level if n.parent_node is not None}
            level = self._docstore.prefetch(parents) if parents else []
        return results


def _passage(result: NodeWithScore) -> Passage:
    node: Any = result.node
    meta = node.metadata
    return Passage(
        node_id=node.node_id,
        text=node.get_content(metadata_mode=MetadataMode.NONE),
        score=float(result.score or 0.0),
        document=meta.get("document", ""),
        doc_id=meta.get("doc_id", ""),
        scope=meta.get("scope", ""),
        page=meta.get("page"),
        section=meta.get("section"),
        claim_id=meta.get("claim_id"),
        source_url=meta.get("source_url"),
    )
