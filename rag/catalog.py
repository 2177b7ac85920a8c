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
small read at most every ``recheck_s``): a changed stamp means reading the index again; documents
whose version did not change keep what they had loaded.
"""

from __future__ import annotations

import gc
import json
import threading
import time
from collections.abc import Sequence
from typing import Any

from rag.documents import ClaimMetadata, DatedEvent, LabelledAmount
from rag.records import CARD_FACT_KINDS, DocumentInfo, FactLine, SummaryPoint, card_fact_lines

_CARD_KEYS = ("claim_ids", "policy_numbers", "insured", "claimants", "adjusters", "date_of_loss", "document_type")

FREEZE_ABOVE = 2000
"""An index of at least this many documents is frozen out of the cyclic GC's sight once read
(``gc.freeze``); smaller ones cost a collection little."""
RECHECK_S = 1.0
"""How long the catalog trusts its index before checking the registry's stamp."""


class CardMetadata(ClaimMetadata):
    """A document's claim metadata from the registry's index: ids, names, policy numbers, date of
    loss. Its ``amounts`` and ``events`` are read with the document's details on first use."""

    def __init__(self, card: dict[str, Any], document: "IndexedDocument") -> None:
        self._document = document
        super().__init__(**{k: v for k, v in card.items() if k not in ("amounts", "events")})

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
        payload = record.payload
        if "summary" in payload:  # read whole (a record from before the index had cards)
            self._summary = [SummaryPoint(**p) for p in payload.get("summary", [])]
            self._facts = [FactLine(**f) for f in payload.get("facts", [])]
        self._loss_types = [SummaryPoint(**p) for p in payload.get("loss_types", [])]
        self._card_facts: list[FactLine] | None = None
        self._card_facts_json: str | None = payload.get("card_facts_json")  # None: a row from before rows had them

    def full_metadata(self) -> ClaimMetadata:
        """The claim metadata with its amounts and dated events (read on first use)."""
        if self._full is None:
            self._catalog.load(self)
        return self._full or ClaimMetadata()

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
        if self._summary is None:
            self._catalog.load(self)
        return self._summary or []

    @summary_points.setter
    def summary_points(self, value: list[SummaryPoint]) -> None:
        self._summary = list(value)

    @property  # type: ignore[override]
    def fact_lines(self) -> list[FactLine]:
        if self._facts is None:
            self._catalog.load(self)
        return self._facts or []

    @fact_lines.setter
    def fact_lines(self, value: list[FactLine]) -> None:
        self._facts = list(value)

    @property
    def loaded(self) -> bool:
        return self._summary is not None


class Catalog:
    """Every document's :class:`IndexedDocument`, as of the registry's current stamp."""

    def __init__(self, registry: Any, *, recheck_s: float = RECHECK_S) -> None:
        self._registry = registry
        self._recheck_s = recheck_s
        self._lock = threading.RLock()
        self._checked = 0.0
        self._stamp: str | None = None
        self._documents: list[IndexedDocument] | None = None
        self._by_claim: dict[str, list[IndexedDocument]] = {}
        self.payload_reads = 0
        """Registry reads of payloads since open (a test checks the first ask reads few)."""

    def documents(self) -> list[IndexedDocument]:
        """Every document: the same list object while the registry did not change, so caches
        keyed on it (claims, the lexical index) stay valid."""
        now = time.monotonic()
        current = self._documents
        if current is not None and now - self._checked < self._recheck_s:
            return current
        with self._lock:
            stamp = self._registry.stamp()
            if self._documents is not None and stamp == self._stamp:  # None: no write since stores had stamps
                self._checked = now
                return self._documents
            known = {(d.doc_id, d.version_id): d for d in self._documents or []}
            documents = []
            for record in self._registry.index():
                doc = known.get((record.doc_id, record.version_id))
                documents.append(doc if doc is not None else IndexedDocument(record, self))
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

    def load_claims(self, claim_ids: Sequence[str]) -> None:
        """Read the payloads of these claims' documents (one round trip for all of them)."""
        with self._lock:
            self._fill([d for c in claim_ids for d in self._by_claim.get(c, []) if not d.loaded])

    def _fill(self, group: list[IndexedDocument]) -> None:
        if not group:
            return
        self.payload_reads += 1
        records = {r.doc_id: r for r in self._registry.get_many(d.doc_id for d in group)}
        for doc in group:
            record = records.get(doc.doc_id)
            payload = record.payload if record is not None and record.version_id == doc.version_id else {}
            doc._summary = [SummaryPoint(**p) for p in payload.get("summary", [])]
            doc._facts = [FactLine(**f) for f in payload.get("facts", [])]
            doc._full = ClaimMetadata.from_dict(payload["metadata"]) if "metadata" in payload else ClaimMetadata(
                **{k: v for k, v in doc.metadata.__dict__.items() if k in _CARD_KEYS})


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
