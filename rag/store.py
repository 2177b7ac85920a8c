"""Where everything is kept: three Chroma collections per embedding model.

- ``claimbot-<model>-leaves``: the leaf chunks with their vectors (what similarity search sees).
- ``claimbot-<model>-nodes``: the levels of the chunk hierarchy above the leaves, as
  llama-index's docstore (``KVDocumentStore`` over :class:`ChromaKVStore`), for
  ``AutoMergingRetriever``. Leaves are not written twice: :class:`CachingDocstore` reads them
  from the leaves collection (stores written before this keep leaves here too; both are read).
- ``claimbot-<model>-documents``: the registry: one record per ingested file (scope, name,
  sha256, current version, claim metadata, summary points).

Keeping the docstore and the registry in Chroma, not in JSON files beside it, means one
mechanism serves the embedded store and ``chroma run``: bot replicas pointed at one Chroma
server share the same docstore and registry.

Leaves and docstore nodes keep their text in the record's metadata, not as Chroma's
*document*: Chroma indexes every document for its full-text search (a trigram FTS5 table, in
process or in ``chroma run``), which claimbot never queries (its word index is its own,
:mod:`rag.lexical`). That index was ~60% of Chroma's CPU at ingest (1.2 s of 1.9 s for 1k leaves
and their parents, measured) and most of the store's bytes. Stores written before keep their
documents; every reader takes the document when a record has one (:func:`leaf_text`,
:func:`_kv_value`).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from llama_index.core.schema import BaseNode
from llama_index.core.storage.docstore.keyval_docstore import KVDocumentStore
from llama_index.core.storage.docstore.utils import doc_to_json, json_to_doc
from llama_index.core.storage.kvstore.types import DEFAULT_COLLECTION, BaseKVStore
from llama_index.core.vector_stores.utils import metadata_dict_to_node, node_to_metadata_dict

from rag.config import Settings
from rag.records import CARD_FACT_KINDS

log = logging.getLogger(__name__)

_PLACEHOLDER_VECTOR = [0.0]
"""Chroma requires a vector per record; records that are not searched by similarity get this."""
_PAGE = 5000
_STAMP_ID = "__registry_stamp__"
"""A record of the documents collection that is no document: see :meth:`Registry.stamp`."""
CARD_FIELDS = frozenset({"claim_ids", "policy_numbers", "insured", "claimants", "adjusters", "date_of_loss",
                         "document_type"})
"""The claim metadata a registry record's ``card`` holds: what picks and lists claims. Amounts and
dated events (~95% of the metadata's bytes) stay in the payload, read with the claim's details."""
_WARM_ID = "__claimbot_warm_up__"
"""An id no record has: reading it loads a collection's segments and returns nothing."""
NODE_COLLECTION = "docstore/data"
"""The llama-index collection name ``KVDocumentStore`` reads nodes from."""
KV_VALUE = "value"
"""The metadata key of a docstore record's JSON (older stores: the record's Chroma document)."""


def leaf_text(metadata: dict[str, Any] | None, document: str | None) -> str:
    """A stored leaf's text: its Chroma document in stores written before text moved into the
    node JSON of its metadata (``_node_content``), else from that JSON."""
    if document:
        return document
    content = (metadata or {}).get("_node_content")
    if not content:
        return ""
    return str(json.loads(content).get("text") or "")


def leaf_records(leaves: Sequence[BaseNode]) -> tuple[list[str], list[Any], list[dict[str, Any]]]:
    """``(ids, embeddings, metadatas)`` for a Chroma write of leaves that have their vectors:
    what llama-index's ``ChromaVectorStore.add`` writes, with the text inside the node JSON
    instead of a Chroma document (see the module's docstring)."""
    metadatas = []
    for leaf in leaves:
        metadata = node_to_metadata_dict(leaf, remove_text=False, flat_metadata=True)
        metadatas.append({k: ("" if v is None else v) for k, v in metadata.items()})  # Chroma refuses None
    return [leaf.node_id for leaf in leaves], [leaf.get_embedding() for leaf in leaves], metadatas


def _kv_value(metadata: dict[str, Any] | None, document: str | None) -> dict:
    """A docstore record's value: its JSON in the metadata, or (older stores) its document."""
    data = document or (metadata or {}).get(KV_VALUE)
    return json.loads(data) if data else {}


def connect(settings: Settings) -> Any:
    """A Chroma client: ``HttpClient`` when ``CHROMA_HOST`` is set, else on-disk under home."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    path = settings.home / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class ChromaKVStore(BaseKVStore):
    """llama-index's key-value store interface on one Chroma collection.

    Each value is JSON in the record's metadata (:data:`KV_VALUE`; a Chroma document in older
    stores); ``collection`` (llama-index's namespace) is kept beside it so one Chroma collection
    holds all of them.
    """

    def __init__(self, collection: Any) -> None:
        self._col = collection

    @staticmethod
    def _id(key: str, collection: str) -> str:
        return f"{collection}/{key}"

    def put(self, key: str, val: dict, collection: str = DEFAULT_COLLECTION) -> None:
        self.put_all([(key, val)], collection=collection)

    def put_all(
        self,
        kv_pairs: list[tuple[str, dict]],
        collection: str = DEFAULT_COLLECTION,
        batch_size: int = _PAGE,
        tags: dict[str, str] | None = None,
    ) -> None:
        """Store values; ``tags`` are kept with each record so a group can be deleted at once."""
        self.put_tagged([(k, v, tags or {}) for k, v in kv_pairs], collection=collection, batch_size=batch_size)

    def put_tagged(
        self, records: list[tuple[str, dict, dict[str, str]]], collection: str = DEFAULT_COLLECTION,
        batch_size: int = _PAGE,
    ) -> None:
        """Store ``(key, value, tags)`` records, each with its own tags, ``batch_size`` per write."""
        for start in range(0, len(records), batch_size):
            batch = records[start : start + batch_size]
            self._col.upsert(
                ids=[self._id(k, collection) for k, _, _ in batch],
                metadatas=[{"kv": collection, "key": k, KV_VALUE: json.dumps(v), **tags} for k, v, tags in batch],
                embeddings=[_PLACEHOLDER_VECTOR] * len(batch),
            )

    def get(self, key: str, collection: str = DEFAULT_COLLECTION) -> dict | None:
        got = self._col.get(ids=[self._id(key, collection)], include=["metadatas", "documents"])
        return _kv_value(got["metadatas"][0], got["documents"][0]) if got["ids"] else None

    def get_many(self, keys: list[str], collection: str = DEFAULT_COLLECTION) -> dict[str, dict]:
        got = self._col.get(ids=[self._id(k, collection) for k in keys], include=["metadatas", "documents"])
        prefix = len(collection) + 1
        return {i[prefix:]: _kv_value(m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])}

    def get_all(self, collection: str = DEFAULT_COLLECTION) -> dict[str, dict]:
        got = self._col.get(where={"kv": collection}, include=["documents", "metadatas"])
        return {m["key"]: _kv_value(m, d) for m, d in zip(got["metadatas"], got["documents"])}

    def values_where(self, where: dict[str, Any], keep: Callable[[dict[str, Any]], bool] = lambda meta: True,
                     ) -> list[tuple[dict[str, Any], dict]]:
        """``(metadata, value)`` of the records matching a Chroma ``where`` filter whose metadata
        ``keep`` accepts (checked before the value's JSON is decoded)."""
        got = self._col.get(where=where, include=["metadatas", "documents"])
        return [(m, _kv_value(m, d)) for m, d in zip(got["metadatas"], got["documents"]) if keep(m)]

    def delete(self, key: str, collection: str = DEFAULT_COLLECTION) -> bool:
        self.delete_many([key], collection)
        return True

    def delete_many(self, keys: Iterable[str], collection: str = DEFAULT_COLLECTION) -> None:
        ids = [self._id(k, collection) for k in keys]
        for start in range(0, len(ids), _PAGE):
            self._col.delete(ids=ids[start : start + _PAGE])

    def delete_tagged(self, **tags: str) -> None:
        """Delete every record carrying these tags (see :meth:`put_all`)."""
        where = [{k: v} for k, v in tags.items()]
        self._col.delete(where=where[0] if len(where) == 1 else {"$and": where})

    def delete_tagged_any(self, tag: str, values: list[str]) -> None:
        """Delete every record whose ``tag`` is one of ``values``, in one write."""
        if values:
            self._col.delete(where={tag: {"$in": values}})

    def count(self) -> int:
        return int(self._col.count())

    async def aput(self, key: str, val: dict, collection: str = DEFAULT_COLLECTION) -> None:
        self.put(key, val, collection)

    async def aget(self, key: str, collection: str = DEFAULT_COLLECTION) -> dict | None:
        return self.get(key, collection)

    async def aget_all(self, collection: str = DEFAULT_COLLECTION) -> dict[str, dict]:
        return self.get_all(collection)

    async def adelete(self, key: str, collection: str = DEFAULT_COLLECTION) -> bool:
        return self.delete(key, collection)


@dataclass
class DocumentRecord:
    """One ingested file, as the registry keeps it."""

    doc_id: str
    """Stable per (scope, file name): a new version of the file keeps its doc_id."""
    version_id: str
    """Changes with the content: the chunks of a version carry it."""
    scope: str
    name: str
    sha256: str
    kind: str
    pages: int | None
    leaf_chunks: int
    claim_id: str | None
    ingested_at: float
    source_url: str | None
    payload: dict[str, Any]
    """Claim metadata, summary points and node ids (JSON)."""

    def to_chroma(self) -> tuple[str, dict[str, Any], str]:
        meta: dict[str, Any] = {
            "version_id": self.version_id,
            "scope": self.scope,
            "name": self.name,
            "sha256": self.sha256,
            "kind": self.kind,
            "pages": self.pages or 0,
            "leaf_chunks": self.leaf_chunks,
            "claim_id": self.claim_id or "",
            "ingested_at": self.ingested_at,
            "source_url": self.source_url or "",
            "card": json.dumps({k: v for k, v in self.payload.get("metadata", {}).items() if k in CARD_FIELDS},
                               separators=(",", ":")),
            "loss_types": json.dumps([p for p in self.payload.get("summary", []) if p.get("kind") == "loss_type"],
                                     separators=(",", ":")),
            "card_facts": json.dumps(card_facts(self.payload.get("facts", [])), separators=(",", ":")),
        }
        return self.doc_id, meta, json.dumps(self.payload)

    @classmethod
    def from_chroma(cls, doc_id: str, meta: dict[str, Any], document: str | None) -> "DocumentRecord":
        """``document`` None (an index read, :meth:`Registry.index`): the payload holds only the
        claim metadata (the record's ``card``) and the summary points that name the type of loss
        (``loss_types``: claims are picked by them, "the water damage claim")."""
        payload = json.loads(document) if document else {}
        if document is None and meta.get("card") and "loss_types" in meta:
            payload = {"metadata": json.loads(meta["card"]), "loss_types": json.loads(meta["loss_types"])}
            if "card_facts" in meta:  # parsed when first needed (rag.catalog): most documents never are
                payload["card_facts_json"] = meta["card_facts"]
        return cls(
            doc_id=doc_id,
            version_id=meta["version_id"],
            scope=meta["scope"],
            name=meta["name"],
            sha256=meta["sha256"],
            kind=meta["kind"],
            pages=meta.get("pages") or None,
            leaf_chunks=int(meta.get("leaf_chunks", 0)),
            claim_id=meta.get("claim_id") or None,
            ingested_at=float(meta.get("ingested_at", 0.0)),
            source_url=meta.get("source_url") or None,
            payload=payload,
        )

    @property
    def has_card(self) -> bool:
        """Whether the claim metadata and type of loss are known without the payload (records
        written before cards existed have them only in the payload)."""
        return "metadata" in self.payload and ("loss_types" in self.payload or "summary" in self.payload)


def card_facts(facts: list[dict[str, Any]]) -> dict[str, Any]:
    """The fact lines of :data:`CARD_FACT_KINDS` a record's index row keeps: per fact (kind and
    value) the one a lookup cites (:func:`rag.experts.facts.fact_for`: a labelled line first,
    then the first), as rows ``[kind, value, text, page, section number(, label)]`` with each
    section written once (:func:`rag.records.card_fact_lines` reads them): 38% smaller than
    the fact lines' own JSON, which would make the index read at open ~80% bigger."""
    from rag.experts.facts import labelled_for

    best: dict[tuple[str, str], dict[str, Any]] = {}
    for fact in facts:
        if fact.get("kind") not in CARD_FACT_KINDS:
            continue
        key = (fact["kind"], str(fact.get("value", "")).lower())
        held = best.get(key)
        if held is None or (labelled_for(fact["kind"], fact.get("text", ""))
                            and not labelled_for(held["kind"], held.get("text", ""))):
            best[key] = fact
    sections: list[str | None] = list(dict.fromkeys(f.get("section") for f in best.values()))
    rows = []
    for f in best.values():
        row = [f["kind"], f.get("value", ""), f.get("text", ""), f.get("page"), sections.index(f.get("section"))]
        rows.append(row + [f["label"]] if f.get("label") else row)
    return {"sections": sections, "facts": rows}


class Registry:
    """The documents collection: which files are in, their current version and metadata."""

    def __init__(self, collection: Any) -> None:
        self._col = collection

    def get(self, doc_id: str) -> DocumentRecord | None:
        got = self._col.get(ids=[doc_id], include=["metadatas", "documents"])
        if not got["ids"]:
            return None
        return DocumentRecord.from_chroma(got["ids"][0], got["metadatas"][0], got["documents"][0])

    def index(self, *, ids: Iterable[str] | None = None, since: float | None = None) -> list[DocumentRecord]:
        """Every record without its payload: ids, scope, name, version and the claim metadata
        card (insured, adjusters, amounts, ...), a few hundred bytes a document where the payload
        (summary points, fact lines) is kilobytes. What a question needs of every document;
        :meth:`get_many` reads the payloads of the few it is about. ``ids`` and ``since``: see
        :meth:`index_rows`."""
        return [DocumentRecord.from_chroma(i, m, None) for i, m in self.index_rows(ids=ids, since=since)]

    def index_rows(self, *, ids: Iterable[str] | None = None,
                   since: float | None = None) -> list[tuple[str, dict[str, Any]]]:
        """:meth:`index` as ``(doc_id, metadata)`` rows, in the collection's order, what
        :meth:`DocumentRecord.from_chroma` reads (a reader keeps them: :mod:`rag.index_file`).
        Records from before cards existed are read whole, once, to fill theirs in.

        ``ids``: only these records; ``since``: only those ingested at or after this time (the
        writer's clock): what a reader that kept the index reads again when the stamp moved."""
        if ids is not None:
            wanted = sorted(set(ids))
            got: dict[str, list[Any]] = {"ids": [], "metadatas": []}
            for start in range(0, len(wanted), _PAGE):
                page = self._col.get(ids=wanted[start:start + _PAGE], include=["metadatas"])
                got["ids"] += page["ids"]
                got["metadatas"] += page["metadatas"]
        elif since is not None:
            got = self._col.get(where={"ingested_at": {"$gte": since}}, include=["metadatas"])
        else:
            got = self._col.get(include=["metadatas"])
        rows = [(i, dict(m)) for i, m in zip(got["ids"], got["metadatas"]) if i != _STAMP_ID]
        old = [i for i, m in rows if not DocumentRecord.from_chroma(i, m, None).has_card]
        if old:
            whole = {r.doc_id: r.to_chroma()[1] for r in self.get_many(old)}
            rows = [(i, whole.get(i, m)) for i, m in rows]
        return rows

    def get_many(self, doc_ids: Iterable[str]) -> list[DocumentRecord]:
        """These records with their payloads (those that exist), in one round trip per page."""
        ids = list(dict.fromkeys(doc_ids))
        out: list[DocumentRecord] = []
        for start in range(0, len(ids), _PAGE):
            got = self._col.get(ids=ids[start:start + _PAGE], include=["metadatas", "documents"])
            out += [DocumentRecord.from_chroma(i, m, d or "")
                    for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])]
        return out

    def versions(self) -> list[Any]:
        """Every current document version (:class:`rag.lexical.VersionEntry`), metadata only."""
        from rag.lexical import VersionEntry

        got = self._col.get(include=["metadatas"])
        return [VersionEntry(m["version_id"], i, m["scope"], m.get("claim_id") or "", m["name"])
                for i, m in zip(got["ids"], got["metadatas"]) if i != _STAMP_ID]

    def current_versions(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """``doc_id -> version_id`` for the given documents (one round trip, no payloads)."""
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        got = self._col.get(ids=ids, include=["metadatas"])
        return {i: m["version_id"] for i, m in zip(got["ids"], got["metadatas"])}

    def put(self, record: DocumentRecord) -> None:
        """The record and a new stamp, in one write (a Chroma call costs ~10-30 ms whatever it
        carries, with the GIL held in embedded mode: ingest makes one per file here)."""
        self.put_many([record])

    def put_many(self, records: list[DocumentRecord]) -> None:
        """These records (of distinct documents) and a new stamp, in one write: the versions an
        ingest publishes together become current together."""
        rows = [record.to_chroma() for record in records]
        self._col.upsert(
            ids=[doc_id for doc_id, _, _ in rows] + [_STAMP_ID],
            metadatas=[meta for _, meta, _ in rows] + [{"stamp": uuid.uuid4().hex, "changed_at": time.time()}],
            documents=[document for _, _, document in rows] + [""],
            embeddings=[_PLACEHOLDER_VECTOR] * (len(rows) + 1),
        )

    @property
    def collection_id(self) -> str:
        """The documents collection's id: a new one whenever the store is made afresh."""
        return str(self._col.id)

    def ids(self) -> list[str]:
        """Every document's id, in the collection's order (no metadata: a fraction of an index read)."""
        return [i for i in self._col.get(include=[])["ids"] if i != _STAMP_ID]

    def stamp_record(self) -> tuple[str | None, float]:
        """:meth:`stamp` and the time it was written (the writer's clock; 0 without a stamp)."""
        got = self._col.get(ids=[_STAMP_ID], include=["metadatas"])
        if not got["ids"]:
            return None, 0.0
        meta = got["metadatas"][0]
        return meta["stamp"], float(meta.get("changed_at") or 0.0)

    def stamp(self) -> str | None:
        """Changes whenever a record is written, by any process: readers that cache the registry
        (every replica does) read it again only when this changed - one small read, where the
        whole registry is seconds at thousands of documents."""
        got = self._col.get(ids=[_STAMP_ID], include=["metadatas"])
        return got["metadatas"][0]["stamp"] if got["ids"] else None

    def delete(self, doc_id: str) -> None:
        """The record gone, and a new stamp: readers that keep the index (in memory, and in a file
        across restarts: :mod:`rag.index_file`) see the removal at their next stamp check."""
        self._col.delete(ids=[doc_id])
        self._col.upsert(ids=[_STAMP_ID], metadatas=[{"stamp": uuid.uuid4().hex, "changed_at": time.time()}],
                         documents=[""], embeddings=[_PLACEHOLDER_VECTOR])

    def with_content(self, scope: str, sha256: str) -> list[DocumentRecord]:
        """The records of ``scope`` whose current version has these bytes."""
        got = self._col.get(where={"$and": [{"scope": scope}, {"sha256": sha256}]}, include=["metadatas", "documents"])
        return [DocumentRecord.from_chroma(i, m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])]

    def in_scopes(self, scopes: Iterable[str], *, with_payload: bool = True) -> list[DocumentRecord]:
        include = ["metadatas", "documents"] if with_payload else ["metadatas"]
        got = self._col.get(where={"scope": {"$in": sorted(set(scopes))}}, include=include)
        documents = got.get("documents") or [None] * len(got["ids"])
        return [
            DocumentRecord.from_chroma(i, m, d)
            for i, m, d in zip(got["ids"], got["metadatas"], documents)
        ]

    def all(self) -> list[DocumentRecord]:
        got = self._col.get(include=["metadatas", "documents"])
        return [
            DocumentRecord.from_chroma(i, m, d)
            for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])
            if i != _STAMP_ID
        ]

    def count(self) -> int:
        return int(self._col.count()) - (1 if self.stamp() is not None else 0)


class CachingDocstore(KVDocumentStore):
    """The docstore, remembered, readable a batch at a time, and with the leaves in it.

    ``AutoMergingRetriever`` reads parents one ``get_document`` at a time: 10-25 round trips to
    Chroma per question. :meth:`prefetch` reads many in one ``get``. Nodes are kept (LRU) and
    never go stale: a node id starts with its version id, which hashes the file's bytes.

    Only parents are in the docstore's collection; a leaf (asked for when the retriever fills in
    a gap between two hits, or a BM25 hit the vectors missed) is read from the leaves
    collection, where ingest stored it with its text and metadata. ``leaf_depth`` (the number of
    chunk levels) only says which collection to try first: an id is looked up in the other when
    the first does not have it.
    """

    def __init__(self, kv: ChromaKVStore, leaves: Any = None, *, leaf_depth: int = 0, size: int = 4096) -> None:
        super().__init__(kv)
        self._kv_store = kv
        self._leaves = leaves
        self._leaf_depth = leaf_depth
        self._size = size
        self._nodes: OrderedDict[str, BaseNode] = OrderedDict()
        self._lock = threading.Lock()

    def prefetch(self, node_ids: Iterable[str]) -> list[BaseNode]:
        """These nodes (those that exist), in one round trip per collection for the ones not in
        memory."""
        ids = list(dict.fromkeys(node_ids))
        missing = [i for i in ids if self._cached(i) is None]
        if missing:
            leaves_first = [i for i in missing if self._looks_like_leaf(i)]
            parents_first = [i for i in missing if not self._looks_like_leaf(i)]
            found = self._read_leaves(leaves_first) if leaves_first else {}
            missing_parents = parents_first + [i for i in leaves_first if i not in found]
            if missing_parents:
                found.update(self._read_parents(missing_parents))
            missing_leaves = [i for i in parents_first if i not in found]
            if missing_leaves:
                found.update(self._read_leaves(missing_leaves))
            for node_id, node in found.items():
                self._remember(node_id, node)
        return [n for n in map(self._cached, ids) if n is not None]

    def get_document(self, doc_id: str, raise_error: bool = True) -> BaseNode | None:  # type: ignore[override]
        node = self._cached(doc_id) or next(iter(self.prefetch([doc_id])), None)
        if node is None and raise_error:
            raise ValueError(f"doc_id {doc_id} not found.")
        return node

    def _looks_like_leaf(self, node_id: str) -> bool:
        """Ids are ``<version>.s<section>`` plus one ``.<index>`` per level (see
        :func:`rag.chunking.root_id`): a leaf's has ``leaf_depth + 1`` dots."""
        return self._leaf_depth > 0 and node_id.count(".") == self._leaf_depth + 1

    def _read_parents(self, node_ids: list[str]) -> dict[str, BaseNode]:
        got = self._kv_store.get_many(node_ids, collection=NODE_COLLECTION)
        return {node_id: json_to_doc(data) for node_id, data in got.items()}

    def _read_leaves(self, node_ids: list[str]) -> dict[str, BaseNode]:
        """Leaves as ingest stored them in the leaves collection (llama-index's node JSON in the
        metadata, with the text; older stores: the text as the record's document), without their vectors."""
        if self._leaves is None:
            return {}
        got = self._leaves.get(ids=node_ids, include=["metadatas", "documents"])
        return {
            node_id: metadata_dict_to_node(meta, text=text or None)
            for node_id, meta, text in zip(got["ids"], got["metadatas"], got["documents"])
        }

    def _cached(self, node_id: str) -> BaseNode | None:
        with self._lock:
            node = self._nodes.get(node_id)
            if node is not None:
                self._nodes.move_to_end(node_id)
            return node

    def _remember(self, node_id: str, node: BaseNode) -> None:
        with self._lock:
            self._nodes[node_id] = node
            self._nodes.move_to_end(node_id)
            while len(self._nodes) > self._size:
                self._nodes.popitem(last=False)


class Store:
    """The three collections for one embedding model, opened together."""

    def __init__(self, settings: Settings, model_slug: str) -> None:
        self.client = connect(settings)
        prefix = f"claimbot-{model_slug}"
        self.lexical_path = settings.home / f"lexical-{model_slug}.sqlite3"
        """This process's full-text index of the leaves (:mod:`rag.lexical`): local to each home,
        also when the collections are on a Chroma server."""
        self.index_path = settings.home / f"registry-{model_slug}.sqlite3"
        """This process's copy of the registry's index (:mod:`rag.index_file`), beside the lexical index."""
        self.leaves = self.client.get_or_create_collection(
            f"{prefix}-leaves", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        nodes = self.client.get_or_create_collection(f"{prefix}-nodes", embedding_function=None)
        documents = self.client.get_or_create_collection(
            f"{prefix}-documents", embedding_function=None
        )
        self.max_batch = int(self.client.get_max_batch_size())
        """The most records one Chroma write may carry (5,461 embedded): larger writes are split."""
        self.kv = ChromaKVStore(nodes)
        self.docstore = CachingDocstore(self.kv, self.leaves, leaf_depth=len(settings.chunk_sizes))
        self.registry = Registry(documents)

    def add_leaves(self, leaves: Sequence[BaseNode]) -> None:
        """Leaves that have their vectors into the leaves collection, in writes of at most
        :attr:`max_batch` records (text in the node JSON: :func:`leaf_records`)."""
        for start in range(0, len(leaves), self.max_batch):
            ids, embeddings, metadatas = leaf_records(leaves[start : start + self.max_batch])
            self.leaves.add(ids=ids, embeddings=embeddings, metadatas=metadatas)

    def put_parents(self, versions: list[tuple[str, list[BaseNode]]]) -> None:
        """:meth:`put_nodes` for several versions (``(version_id, parents)``) in as few writes
        as Chroma's batch size allows: what an ingest of many files publishes together."""
        self.kv.put_tagged(
            [(node.node_id, _without_embedding(doc_to_json(node)), {"version_id": version_id})
             for version_id, nodes in versions for node in nodes],
            collection=NODE_COLLECTION,
            batch_size=min(_PAGE, self.max_batch),
        )

    def load_segments(self) -> None:
        """Have Chroma load the leaves' and the docstore's segments now, both at once: the first
        read of a collection loads its segments (at 100k leaves the vector index, ~1.5 s and
        ~200 MB, and ~0.5 s for the docstore), with the GIL released, so a question's own Python
        work goes on meanwhile. For the warm-up at open (:meth:`rag.engine.Engine.open`)."""
        nodes = self.kv._col

        def load(collection: Any) -> None:
            try:
                collection.get(ids=[_WARM_ID], include=["embeddings"])
            except Exception:  # noqa: BLE001 - the question's own read reports what is wrong
                log.debug("segment load of %s failed", collection.name, exc_info=True)

        other = threading.Thread(target=load, args=(nodes,), name="claimbot-warm-nodes", daemon=True)
        other.start()
        load(self.leaves)
        other.join()

    def put_nodes(self, nodes: list[BaseNode], version_id: str) -> None:
        """The levels of a version's hierarchy above the leaves into the docstore, tagged with
        the version (the leaves go to the leaves collection only: :class:`CachingDocstore`
        reads them there).

        Written straight to the docstore's node collection (what ``get_document`` reads) in
        batches: ``KVDocumentStore.add_documents`` makes a round trip per node for ref-doc
        bookkeeping that claimbot does not use. Vectors are left out: they live in the leaves
        collection, and as JSON text they were ~65% of the docstore's bytes.
        """
        self.kv.put_all(
            [(node.node_id, _without_embedding(doc_to_json(node))) for node in nodes],
            collection=NODE_COLLECTION,
            batch_size=min(_PAGE, self.max_batch),
            tags={"version_id": version_id},
        )

    def delete_version(self, version_id: str) -> None:
        """Remove one version's chunks: its leaves' vectors and every level in the docstore."""
        self.leaves.delete(where={"version_id": version_id})
        self.kv.delete_tagged(version_id=version_id)

    def delete_versions(self, version_ids: list[str]) -> None:
        """:meth:`delete_version` for several, one write per collection."""
        if version_ids:
            self.leaves.delete(where={"version_id": {"$in": version_ids}})
            self.kv.delete_tagged_any("version_id", version_ids)


def _without_embedding(data: dict[str, Any]) -> dict[str, Any]:
    """A docstore record without the node's vector (``doc_to_json`` keeps it)."""
    node = data.get("__data__")
    if isinstance(node, dict) and node.get("embedding") is not None:
        data = {**data, "__data__": {**node, "embedding": None}}
    return data
