"""The engine's view of the registry: a small index of every document, each claim's payloads read
when a question first needs them.

Every question needs to know every document in reach: which claims are on file, their parties
(a name in the question picks a claim), scopes and file names. Few need a document's summary
points and fact lines, and those only for the claim they are about. At 100k leaves (~6,400
documents) the registry read whole was ~88 MB of JSON and 4 s before the first answer, so the
catalog reads the index (:meth:`rag.store.Registry.index`: ids, names, scopes, versions and the
claim metadata card) and an :class:`IndexedDocument` reads its summary points and fact lines on
first use, with those of every document of the same claim, in one round trip.

Replicas follow each other through the registry's stamp (:meth:`rag.store.Registry.stamp`, one
small read at most every ``recheck_s``): a changed stamp means reading what changed (every id,
and the records ingested since the last stamp); documents whose version did not change keep what
they had loaded. The index is kept in a file in the home (:mod:`rag.index_file`), so a replica
that opens a store it has served reads no index from Chroma while the stamp is the same.
"""

from __future__ import annotations

import gc
import json
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from rag.documents import ClaimFact, ClaimMetadata, DatedEvent, LabelledAmount
from rag.index_file import IndexFile, IndexState
from rag.records import CARD_FACT_KINDS, DocumentInfo, FactLine, SummaryPoint, card_fact_lines

_CARD_KEYS = ("claim_ids", "policy_numbers", "insured", "claimants", "adjusters", "date_of_loss", "document_type")

FREEZE_ABOVE = 2000
"""An index of at least this many documents is frozen out of the cyclic GC's sight once read
(``gc.freeze``); smaller ones cost a collection little."""
RECHECK_S = 1.0
"""How long the catalog trusts its index before checking the registry's stamp."""
MAX_LOADED = 1024
"""Documents whose details (summary points, fact lines, amounts and events) are kept in memory as
objects at most; the first read are dropped first, kept compressed (``_packed``) and unpacked
again if asked for, without a registry read. At 100k leaves listing every claim read all 6,394
documents' details: ~290 MB of objects kept for the life of the process (~25 MB packed)."""
MARGIN_S = 3600.0
"""When the stamp moved, the records ingested since this long before the last stamp are read again:
a record's ``ingested_at`` is taken when its file is read, before it is embedded and published
(minutes for a big file on a busy host), on the writer's clock (another host's)."""


class CardMetadata(ClaimMetadata):
    """A document's claim metadata from the registry's index: ids, names, policy numbers, date of
    loss. Its ``amounts``, ``events`` and ``facts`` are read with the document's details on first use."""

    def __init__(self, card: dict[str, Any], document: "IndexedDocument") -> None:
        self._document = document
        super().__init__(**{k: v for k, v in card.items() if k not in ("amounts", "events", "facts")})

    @property  # type: ignore[override]
    def amounts(self) -> list[LabelledAmount]:
        return self._document.full_metadata().amounts

    @amounts.setter
    def amounts(self, value: list[LabelledAmount]) -> None:  # the dataclass's own default: not the real ones
        pass

    @property  # type: ignore[override]
    def events(self) -> list[DatedEvent]:
        return self._document.full_metadata().events

    @events.setter
    def events(self, value: list[DatedEvent]) -> None:
        pass

    @property  # type: ignore[override]
    def facts(self) -> list[ClaimFact]:
        return self._document.full_metadata().facts

    @facts.setter
    def facts(self, value: list[ClaimFact]) -> None:
        pass


class IndexedDocument(DocumentInfo):
    """A :class:`DocumentInfo` from the registry's index: its claim metadata is there from the
    start; ``summary_points`` and ``fact_lines`` are read from the registry on first use."""

    def __init__(self, record: Any, catalog: "Catalog") -> None:
        self._catalog = catalog
        self.version_id: str = record.version_id
        card = record.payload.get("metadata", {})
        self._full: ClaimMetadata | None = None
        if "amounts" in card:  # a whole record, or a card from before cards were slim
            self._full = ClaimMetadata.from_dict(card)
        super().__init__(
            name=record.name,
            doc_id=record.doc_id,
            scope=record.scope,
            metadata=self._full or CardMetadata(card, self),
            pages=record.pages,
            kind=record.kind,
            source_url=record.source_url,
        )
        self._summary: list[SummaryPoint] | None = None
        self._facts: list[FactLine] | None = None
        self._packed: dict[str, bytes] | None = None
        """The details as read from the registry, each part (summary, facts, metadata) compressed
        JSON (~3 KB a document where the objects are ~32 KB): made into objects when first asked
        for, and again after the catalog dropped them (:data:`MAX_LOADED`)."""
        payload = record.payload
        if "summary" in payload:  # read whole (a record from before the index had cards)
            self._summary = [SummaryPoint(**p) for p in payload.get("summary", [])]
            self._facts = [FactLine(**f) for f in payload.get("facts", [])]
            self._packed = _pack(payload)
        self._loss_types = [SummaryPoint(**p) for p in payload.get("loss_types", [])]
        self._card_facts: list[FactLine] | None = None
        self._card_facts_json: str | None = payload.get("card_facts_json")  # None: a row from before rows had them

    def full_metadata(self) -> ClaimMetadata:
        """The claim metadata with its amounts and dated events (read on first use)."""
        full = self._full
        if full is None:
            full = self._catalog.read(self, "_full")
        return full or ClaimMetadata()

    def loss_type_points(self) -> list[SummaryPoint]:
        if self._summary is not None:
            return super().loss_type_points()
        return list(self._loss_types)

    def facts_at_hand(self, kind: str) -> list[FactLine] | None:
        """The index row's fact lines of ``kind`` (names, ids, dates of loss: see
        :data:`rag.store.CARD_FACT_KINDS`) until the details are read; then those, as always."""
        if self._facts is not None or self._card_facts_json is None or kind not in CARD_FACT_KINDS:
            return None
        if self._card_facts is None:
            self._card_facts = card_fact_lines(json.loads(self._card_facts_json))
        return [f for f in self._card_facts if f.kind == kind]

    @property  # type: ignore[override]
    def summary_points(self) -> list[SummaryPoint]:
        summary = self._summary
        if summary is None:
            summary = self._catalog.read(self, "_summary")
        return summary or []

    @summary_points.setter
    def summary_points(self, value: list[SummaryPoint]) -> None:
        self._summary = list(value)

    @property  # type: ignore[override]
    def fact_lines(self) -> list[FactLine]:
        facts = self._facts
        if facts is None:
            facts = self._catalog.read(self, "_facts")
        return facts or []

    @fact_lines.setter
    def fact_lines(self, value: list[FactLine]) -> None:
        self._facts = list(value)

    @property
    def loaded(self) -> bool:
        """Whether the details were read from the registry (they are in memory, packed at least)."""
        return self._packed is not None


class Catalog:
    """Every document's :class:`IndexedDocument`, as of the registry's current stamp.

    ``index_file``: where the index is kept between runs (:mod:`rag.index_file`); without it the
    first read is a whole index read from the registry."""

    def __init__(self, registry: Any, *, recheck_s: float = RECHECK_S, index_file: IndexFile | None = None) -> None:
        self._registry = registry
        self._recheck_s = recheck_s
        self._file = index_file
        self._lock = threading.RLock()
        self._checked = 0.0
        self._stamp: str | None = None
        self._state: IndexState | None = None
        """What ``_documents`` is current for (None before the first read)."""
        self._documents: list[IndexedDocument] | None = None
        self._by_claim: dict[str, list[IndexedDocument]] = {}
        self.payload_reads = 0
        """Registry reads of payloads since open (a test checks the first ask reads few)."""
        self.max_loaded = MAX_LOADED
        self._loaded: OrderedDict[int, IndexedDocument] = OrderedDict()
        """The documents whose details are in memory, first read first (by identity)."""
        self.index_reads: dict[str, int] = {"file": 0, "changes": 0, "whole": 0}
        """How the index was read since open: from the file, the changes since a stamp, whole."""

    def documents(self) -> list[IndexedDocument]:
        """Every document: the same list object while the registry did not change, so caches
        keyed on it (claims, the lexical index) stay valid."""
        now = time.monotonic()
        current = self._documents
        if current is not None and now - self._checked < self._recheck_s:
            return current
        with self._lock:
            stamp, changed_at = self._registry.stamp_record()
            if self._documents is not None and stamp == self._stamp:  # None: no write since stores had stamps
                self._checked = now
                return self._documents
            documents = self._read(stamp, changed_at)
            by_claim: dict[str, list[IndexedDocument]] = {}
            for doc in documents:
                by_claim.setdefault(doc.claim_id or "", []).append(doc)
            self._documents, self._by_claim, self._stamp, self._checked = documents, by_claim, stamp, now
            if len(documents) >= FREEZE_ABOVE:
                # The index is long-lived (~360k objects at 100k leaves): out of the cyclic GC's sight,
                # a full collection during an ask costs 0.2 s instead of 0.85 s (measured under load).
                # A row it replaces later (a file ingested again) stays, frozen: a few objects a version.
                gc.freeze()
            return documents

    def _read(self, stamp: str | None, changed_at: float) -> list[IndexedDocument]:
        """The documents as of ``stamp``: from the file when it is current; the changes since what
        is known (in memory, or the file's rows) when the stamp moved; else the whole index."""
        collection = self._registry.collection_id
        state = IndexState(collection, stamp, changed_at)
        known: dict[str, IndexedDocument] = {d.doc_id: d for d in self._documents or []}
        base = self._state
        if self._documents is None and self._file is not None:
            held = self._file.state()
            if held is not None and held.collection == collection:
                known = {doc_id: IndexedDocument(_record(doc_id, meta), self) for doc_id, meta in self._file.rows()}
                base = held
                self.index_reads["file"] += 1
                if held.stamp == stamp:
                    self._state = state
                    return list(known.values())
        if base is None or base.collection != collection:  # nothing known of this collection
            rows = self._registry.index_rows()
            self.index_reads["whole"] += 1
            documents = [_reuse(known.get(doc_id), _record(doc_id, meta), self) for doc_id, meta in rows]
            if self._file is not None:
                self._file.write(state, rows=rows)
            self._state = state
            return documents
        # the stamp moved: every id (new and removed documents), and the records written since
        ids = self._registry.ids()
        changed = dict(self._registry.index_rows(since=base.changed_at - MARGIN_S))
        new = [i for i in ids if i not in known and i not in changed]
        if new:
            changed.update(self._registry.index_rows(ids=new))
        self.index_reads["changes"] += 1
        documents = []
        for doc_id in ids:
            meta = changed.get(doc_id)
            if meta is not None:
                documents.append(_reuse(known.get(doc_id), _record(doc_id, meta), self))
            elif doc_id in known:
                documents.append(known[doc_id])
        if self._file is not None:
            present = set(ids)
            self._file.write(state, rows=[(i, changed[i]) for i in ids if i in changed],
                             removed=[d for d in known if d not in present], base=base)
        self._state = state
        return documents

    def invalidate(self) -> None:
        """Check the stamp at the next read (after a write here: it changed it)."""
        self._checked = 0.0

    def load(self, document: IndexedDocument) -> None:
        """Read the payloads of ``document`` and of every document of its claim not yet read."""
        with self._lock:
            if document.loaded:
                return
            group = [d for d in self._by_claim.get(document.claim_id or "", []) if not d.loaded]
            if not any(d is document for d in group):  # by identity: == would compare the payloads
                group.append(document)
            self._fill(group)

    def read(self, document: IndexedDocument, attribute: str) -> Any:
        """One of ``document``'s details (``_summary``, ``_facts``, ``_full``), read first if it is
        not in memory, made from its packed part if it is not an object yet: under the lock, so
        another thread cannot drop it in between (the caller keeps what it got)."""
        with self._lock:
            if not document.loaded:
                self.load(document)
            value = getattr(document, attribute)
            if value is not None:
                return value
            part = (document._packed or {}).get(_PARTS[attribute])
            data = json.loads(zlib.decompress(part)) if part is not None else None
            if attribute == "_summary":
                document._summary = [SummaryPoint(**p) for p in data or []]
            elif attribute == "_facts":
                document._facts = [FactLine(**f) for f in data or []]
            else:
                document._full = ClaimMetadata.from_dict(data) if data is not None else ClaimMetadata(
                    **{k: v for k, v in document.metadata.__dict__.items() if k in _CARD_KEYS})
            self._loaded[id(document)] = document
            self._loaded.move_to_end(id(document))
            while len(self._loaded) > self.max_loaded:  # the oldest first; never this one
                _, oldest = self._loaded.popitem(last=False)
                oldest._summary = oldest._facts = oldest._full = None
            return getattr(document, attribute)

    def load_claims(self, claim_ids: Sequence[str]) -> None:
        """Read the payloads of these claims' documents (one round trip for all of them)."""
        with self._lock:
            self._fill([d for c in claim_ids for d in self._by_claim.get(c, []) if not d.loaded])

    def _fill(self, group: list[IndexedDocument]) -> None:
        """Read the details of ``group`` from the registry in one round trip, packed (see
        ``IndexedDocument._packed``): each part is made into objects when first asked for."""
        unread = [d for d in group if d._packed is None]
        if not unread:
            return
        self.payload_reads += 1
        records = {r.doc_id: r for r in self._registry.get_many(d.doc_id for d in unread)}
        for doc in unread:
            record = records.get(doc.doc_id)
            payload = record.payload if record is not None and record.version_id == doc.version_id else {}
            doc._packed = _pack(payload)
            if "metadata" in payload:  # else the card's, if it had amounts (a record from before slim cards)
                doc._full = None


_PARTS = {"_summary": "summary", "_facts": "facts", "_full": "metadata"}


def _pack(payload: dict[str, Any]) -> dict[str, bytes]:
    return {part: zlib.compress(json.dumps(payload[part], separators=(",", ":")).encode(), 1)
            for part in _PARTS.values() if part in payload}


def _record(doc_id: str, meta: dict[str, Any]) -> Any:
    """A registry index row as :class:`IndexedDocument` reads it (a :class:`rag.store.DocumentRecord`
    without its payload)."""
    from rag.store import DocumentRecord

    return DocumentRecord.from_chroma(doc_id, meta, None)


def _reuse(known: IndexedDocument | None, row: Any, catalog: "Catalog") -> IndexedDocument:
    """The document already known when its version is the same (it keeps what it loaded)."""
    if known is not None and known.version_id == row.version_id:
        return known
    return IndexedDocument(row, catalog)


def prefetch(documents: Sequence[DocumentInfo]) -> None:
    """Have the summary points and fact lines of ``documents`` at hand, read in one round trip
    per catalog where they are read on demand (the lookup expert reads the facts of every claim an
    adjuster handles: hundreds of claims one by one at 100k leaves). Other documents: nothing to do."""
    pending: dict[int, tuple[Catalog, list[IndexedDocument]]] = {}
    for doc in documents:
        if isinstance(doc, IndexedDocument) and not doc.loaded:
            pending.setdefault(id(doc._catalog), (doc._catalog, []))[1].append(doc)
    for catalog, docs in pending.values():
        with catalog._lock:
            catalog._fill([d for d in docs if not d.loaded])


class LazyList(list):  # type: ignore[type-arg]
    """A list filled by ``load`` when first read: a claim's labelled amounts, merged from its
    documents' details only when something reads them (the claim card, MCP's claim tool), not
    when the claims are listed. Copies (``dataclasses.replace``) share it unread."""

    def __init__(self, items: Any = (), load: Any = None) -> None:
        super().__init__(items)
        self._load = load

    def _fill(self) -> None:
        load, self._load = self._load, None
        if load is not None:
            super().extend(load())

    def __iter__(self) -> Any:
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return super().__getitem__(index)

    def __contains__(self, item: object) -> bool:
        self._fill()
        return super().__contains__(item)

    def __eq__(self, other: object) -> bool:
        self._fill()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        """Pickled (to the bot from the engine's process) and copied as the plain list, read."""
        self._fill()
        return (list, (list(super().__iter__()),))

    def __repr__(self) -> str:
        self._fill()
        return super().__repr__()

    def __reversed__(self) -> Any:
        self._fill()
        return super().__reversed__()

    def __add__(self, other: Any) -> Any:
        self._fill()
        return list(self) + list(other)

    def copy(self) -> list[Any]:
        self._fill()
        return list(super().__iter__())

    def extend(self, items: Any) -> None:
        self._fill()
        super().extend(items)

    def append(self, item: Any) -> None:
        self._fill()
        super().append(item)


def claim_amounts(documents: list[IndexedDocument]) -> LazyList:
    """The labelled amounts of a claim's documents, read when first used (see :class:`LazyList`)."""

    def load() -> list[LabelledAmount]:
        prefetch([d for d in documents if isinstance(d.metadata, CardMetadata)])
        return [a for d in documents for a in d.metadata.amounts]

    return LazyList(load=load)
