"""Lexical search over the stored leaves: BM25 (``bm25s``) beside the vectors, and the words
the documents in reach use.

Dense MiniLM similarity misses what only the exact words find: a serial or policy number, a
business's name, a rare term of the trade. BM25 over the same leaves finds those, and the
retriever fuses both rankings (:mod:`rag.retrieval`). The same per-leaf words answer
:meth:`LexicalIndex.vocabulary_has` (a question word no document uses is phrasing, not a topic)
and :meth:`LexicalIndex.claims_mentioning` (which claims' files name "Harbor Lock").

Kept per document version: after an ingest only the new version's leaves are read from Chroma
(a page at a time: one get of more than ~32k records fails in embedded Chroma); the BM25 index of
a reach (the scopes a question may read) is built again from the versions' tokens, which costs
no read, when the set of current versions changes. A replica learns of another's ingest through
the registry's stamp (the engine passes the registry view it read; a new view means look again).
Every method is thread-safe: building is under one lock, searching reads an immutable view.
"""

from __future__ import annotations

import logging
import re
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rag.experts.text import STOPWORDS, stem

_WORD = re.compile(r"[a-z0-9]+")
_PAGE = 5000
"""Leaves read from Chroma per get."""


def bm25_tokens(text: str) -> list[str]:
    """What BM25 matches on: lower-case words less stopwords, lightly stemmed with the experts'
    stemmer (so "invoices"/"invoice" and the trade's synonyms cost/amount/charge meet)."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


@dataclass
class _Part:
    """What one document version's leaves contribute."""

    claim_id: str
    ids: list[str] = field(default_factory=list)
    tokens: list[array] = field(default_factory=list)
    """Each leaf's BM25 tokens as ids into the index's vocabulary: 4 bytes a token, where a list
    of strings costs ~60 (the memory budget is 1 GB at 100k leaves)."""
    words: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)
    """Each leaf's words joined by single spaces (for whole-phrase matching); joined into one
    string per version once read (:meth:`LexicalIndex._read_versions`)."""
    named: set[str] = field(default_factory=set)
    """Words written capitalised inside a sentence (names)."""
    lowered: set[str] = field(default_factory=set)
    """Words written in lower case inside a sentence."""


@dataclass(frozen=True)
class _View:
    """The index of one reach at one set of document versions; never mutated once built."""

    versions: frozenset[tuple[str, str]]
    ids: np.ndarray
    claims: np.ndarray
    bm25: Any
    vocabulary: frozenset[str]
    texts: dict[str, list[str]]
    """claim -> its versions' texts (`` word word ... ``), shared with the parts, not copied."""
    names: dict[str, set[str]]
    lower: frozenset[str]


@dataclass(frozen=True)
class LexicalHit:
    leaf_id: str
    score: float


class LexicalIndex:
    """BM25 and the vocabulary over the leaves of a :class:`~rag.store.Store`."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._parts: dict[str, _Part] = {}
        self._views: dict[tuple[str, ...], tuple[object, _View]] = {}
        self._stems: dict[str, tuple[str, ...]] = {}
        """word -> its other terms (stems, spelled-out abbreviations), only where it has any."""
        self._stemmed: set[str] = set()
        self._vocab: dict[str, int] = {}
        """Every BM25 token ever read -> its id (ids of tokens only old versions used stay unused)."""

    # -- queries ----------------------------------------------------------------------------
    def search(self, query: str, *, reach: Sequence[str], claim_ids: Sequence[str] = (), k: int = 12,
               registry_view: object = None) -> list[LexicalHit]:
        """The leaves in ``reach`` (of ``claim_ids`` only, when given) that BM25 ranks best for
        ``query``, best first; leaves sharing no word with it are left out."""
        view = self.view(reach, registry_view)
        if view.bm25 is None:
            return []
        vocab = view.bm25.vocab_dict
        named = {t for c in claim_ids for t in bm25_tokens(c)}  # the filter already says which claim
        tokens = [t for t in dict.fromkeys(bm25_tokens(query)) if t in vocab and t not in named]
        if not tokens:
            return []
        mask = None
        if claim_ids:
            mask = np.isin(view.claims, list(claim_ids)).astype(np.float32)
            if not mask.any():
                return []
        k = min(k, len(view.ids))
        docs, scores = view.bm25.retrieve([tokens], k=k, weight_mask=mask, show_progress=False, n_threads=0)
        return [LexicalHit(str(view.ids[i]), float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]

    def vocabulary_has(self, words: Iterable[str], *, reach: Sequence[str], registry_view: object = None) -> set[str]:
        """Of ``words``, those some document in reach uses (in a leaf or its name), as written or
        under the experts' stemming."""
        vocabulary = self.view(reach, registry_view).vocabulary
        return {w for w in words if w.lower() in vocabulary or stem(w) in vocabulary}

    def claims_mentioning(self, phrase: str, *, reach: Sequence[str], names_only: bool = False,
                          anywhere: bool = False, registry_view: object = None) -> list[str]:
        """The claims whose leaves say ``phrase`` (whole words, any case, any spacing); see
        :meth:`rag.engine.Engine.claims_mentioning`."""
        found = _WORD.findall(phrase.lower())
        wanted = " ".join(found)
        if not wanted:
            return []
        view = self.view(reach, registry_view)
        if names_only and any(w in view.lower for w in found):
            return []
        return sorted(c for c, texts in view.texts.items()
                      if (c or anywhere) and any(f" {wanted} " in text for text in texts)
                      and (not names_only or found[0] in view.names.get(c, ())))

    # -- building ---------------------------------------------------------------------------
    def view(self, reach: Sequence[str], registry_view: object = None) -> _View:
        """The index of ``reach`` as of the registry's current versions. ``registry_view`` (the
        engine's cached registry read): while it is the same object, nothing was written since
        and the view is reused without reading the registry."""
        key = tuple(sorted(reach))
        seen = self._views.get(key)
        if seen is not None and registry_view is not None and seen[0] is registry_view:
            return seen[1]
        with self._lock:
            records = self._store.registry.in_scopes(key, with_payload=False)
            versions = frozenset((r.doc_id, r.version_id) for r in records)
            seen = self._views.get(key)
            if seen is not None and seen[1].versions == versions:
                self._views[key] = (registry_view, seen[1])
                return seen[1]
            self._read_versions(sorted({v for _, v in versions} - self._parts.keys()))
            built = self._build(versions, [r.name for r in records])
            self._views[key] = (registry_view, built)
            live = {v for _, view in self._views.values() for _, v in view.versions}
            for version_id in [v for v in self._parts if v not in live]:
                del self._parts[version_id]  # a version replaced or deleted
            return built

    def _read_versions(self, new: list[str]) -> None:
        for start in range(0, len(new), 50):
            chunk = new[start:start + 50]
            offset = 0
            while True:
                got = self._store.leaves.get(where={"version_id": {"$in": chunk}}, include=["documents", "metadatas"],
                                             limit=_PAGE, offset=offset)
                for leaf_id, text, meta in zip(got["ids"], got.get("documents") or [], got.get("metadatas") or []):
                    meta = meta or {}
                    part = self._parts.setdefault(meta.get("version_id", ""), _Part(meta.get("claim_id") or ""))
                    text = text or ""
                    lower = text.lower()
                    part.ids.append(leaf_id)
                    part.tokens.append(array("i", (self._vocab.setdefault(t, len(self._vocab))
                                                   for t in bm25_tokens(text))))
                    part.words.update(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", lower))
                    part.texts.append(" ".join(_WORD.findall(lower)))
                    part.named.update(w.lower() for w in re.findall(r"(?<=[A-Za-z0-9,] )[A-Z][A-Za-z0-9]*", text))
                    part.lowered.update(re.findall(r"(?<=[a-z0-9,] )[a-z][a-z0-9]*", text))
                for version_id in chunk:  # a version without leaves still counts as read
                    self._parts.setdefault(version_id, _Part(""))
                if len(got["ids"]) < _PAGE:
                    break
                offset += _PAGE
            for version_id in chunk:  # one string per version, as the phrase search reads it
                part = self._parts[version_id]
                part.texts = [" " + " ".join(part.texts) + " "]

    def _build(self, versions: frozenset[tuple[str, str]], names: list[str]) -> _View:
        import bm25s

        # bm25s sets its own logger to DEBUG: its progress lines would reach the CLI's terminal
        # and the bot's log through the root handler.
        logging.getLogger("bm25s").setLevel(logging.WARNING)

        from rag.experts.text import _ACRONYMS as ACRONYMS
        from rag.experts.text import terms

        ids: list[str] = []
        claims: list[str] = []
        tokens: list[array] = []
        found: set[str] = set()
        by_claim: dict[str, list[str]] = {}
        named: dict[str, set[str]] = {}
        lower: set[str] = set()
        for version_id in sorted({v for _, v in versions}):
            part = self._parts.get(version_id)
            if part is None:
                continue
            ids.extend(part.ids)
            claims.extend([part.claim_id] * len(part.ids))
            tokens.extend(part.tokens)
            found |= part.words
            by_claim.setdefault(part.claim_id, []).extend(part.texts)  # one string per version
            named.setdefault(part.claim_id, set()).update(part.named)
            lower |= part.lowered
        for name in names:
            found.update(_WORD.findall(name.lower()))
        texts = by_claim
        for w in found - self._stemmed:
            self._stemmed.add(w)
            other = terms(w) - {w}
            if other:  # most words (names, numbers, ids) are their own stem: nothing to keep
                self._stems[w] = tuple(other)
        stems = {t for w in found if w in self._stems for t in self._stems[w]}
        stems.update(short for short, spelled in ACRONYMS.items()
                     if short not in found and any(f" {spelled} " in t for ts in texts.values() for t in ts))
        bm25 = None
        if any(tokens):
            bm25 = bm25s.BM25()
            bm25.index((tokens, dict(self._vocab)), show_progress=False)
        return _View(versions, np.array(ids, dtype=object), np.array(claims, dtype=object), bm25,
                     frozenset(found | stems), texts, named, frozenset(lower))
