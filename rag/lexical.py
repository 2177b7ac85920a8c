"""Lexical search over the stored leaves: BM25 beside the vectors, and the words the documents in
reach use, kept on disk in SQLite's full-text index (FTS5).

Dense MiniLM similarity misses what only the exact words find: a serial or policy number, a
business's name, a rare term of the trade. BM25 over the same leaves finds those, and the
retriever fuses both rankings (:mod:`rag.retrieval`). The same per-leaf words answer
:meth:`LexicalIndex.vocabulary_has` (a question word no document uses is phrasing, not a topic)
and :meth:`LexicalIndex.claims_mentioning` (which claims' files name "Harbor Lock").

Why SQLite and not an index in memory: at 100k leaves an in-memory BM25 index (``bm25s``) with
its texts cost ~520 MB and was built again from every leaf (~60 s) after any ingest. FTS5 keeps
the index in a file beside the store (``<home>/lexical-<model>.sqlite3``), read through the page
cache, and is changed one document version at a time: a new version's leaves are read from
Chroma and added, a replaced version's rows deleted. Each process keeps its own file (bot
replicas on other hosts too) and follows the registry: the engine passes the registry view it
read, and a new view (after an ingest here, or another replica's write changing the registry's
stamp) means comparing the versions the file holds with the registry's and applying the
difference. A fresh home reads every leaf once.

Scoring: a question searched across its whole reach is ranked by FTS5's own ``bm25()``; one
filtered to a few claims is ranked here over those claims' leaves with the index's document
frequencies (FTS5 would score every leaf the words match before filtering). The two scales
differ, which the retriever's fusion does not mind: it reads each score relative to the best.
Every method is thread-safe (one connection, one lock); several processes share the file under
SQLite's own locking (WAL).
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rag.experts.text import _ACRONYMS as ACRONYMS
from rag.experts.text import STOPWORDS, stem
from rag.rebuildable import RebuildableFile
from rag.store import leaf_text

log = logging.getLogger(__name__)

_WORD = re.compile(r"[a-z0-9]+")
_PAGE = 5000
"""Leaves read from Chroma per get (one get of more than ~32k records fails in embedded Chroma)."""
_VERSIONS_PER_READ = 50
SCHEMA_VERSION = 3
K1, B = 1.5, 0.75
"""BM25's term-saturation and length-normalisation constants (those of bm25s, used before)."""
BACKGROUND_ABOVE = 200
"""A file this many document versions behind the registry (a replica's first start on a store it
never served: 67-134 s at 100k leaves; a bulk ingest by another replica) is caught up in a
background thread, and questions are answered from the vectors alone until it is ready; fewer are
added at the question, as before (a version is ~10-30 ms)."""


class LexicalIndexBuilding(RuntimeError):
    """The index is being caught up in the background: answer from the vectors alone meanwhile."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the lexical index {path.name} is being built in the background")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    version_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, scope TEXT NOT NULL, claim_id TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS leaves (
    id INTEGER PRIMARY KEY, leaf_id TEXT NOT NULL, version_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    scope TEXT NOT NULL, length INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS leaves_by_version ON leaves (version_id);
CREATE INDEX IF NOT EXISTS leaves_by_claim ON leaves (claim_id);
CREATE INDEX IF NOT EXISTS leaves_by_scope ON leaves (scope);
CREATE VIRTUAL TABLE IF NOT EXISTS leaf_text USING fts5 (tokens, words, vocab, named, lowered);
CREATE VIRTUAL TABLE IF NOT EXISTS leaf_terms USING fts5vocab (leaf_text, 'col');
"""
"""``leaf_text`` rows share their rowid with ``leaves.id``. Columns: ``tokens`` what BM25 matches
(:func:`bm25_tokens`), ``words`` the leaf's words in order (phrases), ``vocab`` its words and their
stems (:meth:`LexicalIndex.vocabulary_has`), ``named``/``lowered`` the words it writes capitalised
/ in lower case inside a sentence (names)."""


def bm25_tokens(text: str) -> list[str]:
    """What BM25 matches on: lower-case words less stopwords, lightly stemmed with the experts'
    stemmer (so "invoices"/"invoice" and the trade's synonyms cost/amount/charge meet)."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


@dataclass(frozen=True)
class LexicalHit:
    leaf_id: str
    score: float


@dataclass(frozen=True)
class VersionEntry:
    """One current document version as the registry lists it (what the index must hold)."""

    version_id: str
    doc_id: str
    scope: str
    claim_id: str
    name: str


def _phrase(words: Sequence[str]) -> str:
    """An FTS5 phrase of already-tokenised words (quoted: no word is read as an operator)."""
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _any_of(column: str, words: Iterable[str]) -> str:
    return f"{column} : (" + " OR ".join(_phrase([w]) for w in dict.fromkeys(words) if w) + ")"


class LexicalIndex:
    """BM25 and the vocabulary over the leaves of a :class:`~rag.store.Store`, in ``path``."""

    def __init__(self, store: Any, path: Path | str, *,
                 versions: Callable[[], Iterable[VersionEntry]] | None = None) -> None:
        self._store = store
        self._path = Path(path)
        self._versions = versions or store.registry.versions
        """Where the current versions come from (the engine's registry index)."""
        self._lock = threading.RLock()
        self._file = RebuildableFile(self._path, _SCHEMA, SCHEMA_VERSION, timeout=60)
        self._synced: object = None
        """The registry view the file was last compared with."""
        self._scopes: set[str] = set()
        self._names: dict[str, set[str]] = {}
        """scope -> the words of its documents' names (a word in a file name is a word in reach)."""
        self._stats: tuple[int, float] = (0, 0.0)
        """(leaves, mean tokens per leaf) for the claim-filtered BM25."""
        self._builder: threading.Thread | None = None
        """The background build, while one runs (:meth:`prepare`)."""
        self._closing = False
        self._terms: tuple[object, list[str] | None] = (None, None)
        """(the registry view they were read for, the distinct words of every leaf): :meth:`spelled_like`."""
        self._terms_reader: threading.Thread | None = None

    # -- queries ----------------------------------------------------------------------------
    def search(self, query: str, *, reach: Sequence[str], claim_ids: Sequence[str] = (), k: int = 12,
               registry_view: object = None) -> list[LexicalHit]:
        """The leaves in ``reach`` (of ``claim_ids`` only, when given) that BM25 ranks best for
        ``query``, best first; leaves sharing no word with it are left out."""
        named = {t for c in claim_ids for t in bm25_tokens(c)}  # the filter already says which claim
        tokens = [t for t in dict.fromkeys(bm25_tokens(query)) if t not in named]
        if not tokens:
            return []
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            if claim_ids:
                return self._search_claims(db, tokens, reach, claim_ids, k)
            scoped, args = self._reach_filter(reach)
            rows = db.execute(
                "SELECT l.leaf_id, bm25(leaf_text, 1.0, 0.0, 0.0, 0.0, 0.0) AS s FROM leaf_text "
                f"JOIN leaves l ON l.id = leaf_text.rowid WHERE leaf_text MATCH ? {scoped} ORDER BY s LIMIT ?",
                (_any_of("tokens", tokens), *args, k),
            ).fetchall()
        return [LexicalHit(leaf_id, -score) for leaf_id, score in rows if score < 0]

    def search_many(self, queries: Sequence[str], *, reach: Sequence[str], claim_ids: Sequence[str] = (), k: int = 12,
                    registry_view: object = None) -> list[list[LexicalHit]]:
        """:meth:`search` for each of ``queries``; over the same claims (a claim card's fields) the
        claims' leaves and the terms' document frequencies are read once for all of them."""
        named = {t for c in claim_ids for t in bm25_tokens(c)}
        asked = [[t for t in dict.fromkeys(bm25_tokens(q)) if t not in named] for q in queries]
        if not claim_ids or not any(asked):
            return [self.search(q, reach=reach, claim_ids=claim_ids, k=k, registry_view=registry_view)
                    for q in queries]
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            rows, df = self._claim_rows(db, [t for tokens in asked for t in tokens], reach, claim_ids)
        return [self._bm25(rows, df, tokens, k) if tokens else [] for tokens in asked]

    def _search_claims(self, db: sqlite3.Connection, tokens: list[str], reach: Sequence[str],
                       claim_ids: Sequence[str], k: int) -> list[LexicalHit]:
        """BM25 over the leaves of a few claims, with the whole index's document frequencies."""
        rows, df = self._claim_rows(db, tokens, reach, claim_ids)
        return self._bm25(rows, df, tokens, k)

    def _claim_rows(self, db: sqlite3.Connection, tokens: list[str], reach: Sequence[str], claim_ids: Sequence[str]
                    ) -> tuple[list[tuple[str, int, str]], dict[str, int]]:
        """The claims' leaves in reach ``(leaf id, length, tokens)`` and the document frequency of
        each of ``tokens`` over the whole index."""
        marks = ",".join("?" * len(claim_ids))
        scope_marks = ",".join("?" * len(reach))
        rows = db.execute(
            f"SELECT l.leaf_id, l.length, t.tokens FROM leaves l JOIN leaf_text t ON t.rowid = l.id "
            f"WHERE l.claim_id IN ({marks}) AND l.scope IN ({scope_marks})",
            (*claim_ids, *reach),
        ).fetchall()
        if not rows:
            return [], {}
        wanted = set(tokens)
        df = dict(db.execute(
            f"SELECT term, doc FROM leaf_terms WHERE col = 'tokens' AND term IN ({','.join('?' * len(wanted))})",
            tuple(wanted),
        ).fetchall())
        return rows, df

    def _bm25(self, rows: Sequence[tuple[str, int, str]], df: dict[str, int], tokens: list[str], k: int
              ) -> list[LexicalHit]:
        n, mean = self._stats
        wanted = set(tokens)
        idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items() if t in wanted}
        scored = []
        for leaf_id, length, text in rows:
            counts: dict[str, int] = {}
            for t in text.split():
                if t in idf:
                    counts[t] = counts.get(t, 0) + 1
            if not counts:
                continue
            norm = K1 * (1 - B + B * length / (mean or 1.0))
            scored.append((sum(idf[t] * c * (K1 + 1) / (c + norm) for t, c in counts.items()), leaf_id))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [LexicalHit(leaf_id, score) for score, leaf_id in scored[:k] if score > 0]

    def vocabulary_has(self, words: Iterable[str], *, reach: Sequence[str], registry_view: object = None) -> set[str]:
        """Of ``words``, those some document in reach uses (in a leaf or its name), as written or
        under the experts' stemming."""
        found: set[str] = set()
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            scoped, args = self._reach_filter(reach)
            in_names = set().union(*(self._names.get(s, set()) for s in reach))
            for word in dict.fromkeys(words):
                forms = [f for f in dict.fromkeys(_vocab_word(w) for w in (word.lower(), stem(word))) if f]
                if not forms:
                    continue
                if any(f in in_names for f in forms) or db.execute(
                    f"SELECT 1 FROM leaf_text JOIN leaves l ON l.id = leaf_text.rowid "
                    f"WHERE leaf_text MATCH ? {scoped} LIMIT 1",
                    (_any_of("vocab", forms), *args),
                ).fetchone():
                    found.add(word)
        return found

    def claims_mentioning(self, phrase: str, *, reach: Sequence[str], names_only: bool = False,
                          anywhere: bool = False, most: int | None = None, claim_ids: Sequence[str] = (),
                          registry_view: object = None) -> list[str]:
        """The claims whose leaves say ``phrase`` (whole words, any case, any spacing); see
        :meth:`rag.engine.Engine.claims_mentioning`.

        ``most``: at most that many of them, whichever come first (not with ``names_only``): enough to
        tell one claim from several, without listing every claim a common word is in (a word in half
        of 100k leaves took ~100 ms to list, 0.3 ms to find two). ``claim_ids``: only among those
        claims, read from their own leaves (a few dozen rows) rather than from every leaf saying it."""
        found = _WORD.findall(phrase.lower())
        if not found:
            return []
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            if claim_ids and not names_only:
                return self._claims_saying(db, found, reach, claim_ids)
            scoped, args = self._reach_filter(reach)
            unclaimed = "" if anywhere else "AND l.claim_id != ''"

            def claims(match: str, limit: int | None = None) -> set[str]:
                return {c for (c,) in db.execute(
                    f"SELECT DISTINCT l.claim_id FROM leaf_text JOIN leaves l ON l.id = leaf_text.rowid "
                    f"WHERE leaf_text MATCH ? {scoped} {unclaimed}" + (" LIMIT ?" if limit else ""),
                    (match, *args, *([limit] if limit else [])))}

            if names_only and db.execute(
                f"SELECT 1 FROM leaf_text JOIN leaves l ON l.id = leaf_text.rowid WHERE leaf_text MATCH ? {scoped} "
                "LIMIT 1", (_any_of("lowered", found), *args),
            ).fetchone():
                return []  # written in lower case somewhere in reach: a word, not a name
            saying = claims(f"words : {_phrase(found)}", None if names_only else most)
            if names_only:  # the first word that can be capitalised: "418 Quillfeather Lane" is a name
                first = next((w for w in found if not w.isdigit()), found[0])
                saying &= claims(f"named : {_phrase([first])}")
        return sorted(c for c in saying if c or anywhere)

    @staticmethod
    def _claims_saying(db: sqlite3.Connection, found: Sequence[str], reach: Sequence[str],
                       claim_ids: Sequence[str]) -> list[str]:
        """Of ``claim_ids``, those whose leaves in reach hold the words ``found`` in a row: their
        leaves read by claim (the ``leaves`` table first, then each one's words by rowid)."""
        wanted = f" {' '.join(found)} "
        rows = db.execute(
            f"SELECT l.claim_id, t.words FROM leaves l CROSS JOIN leaf_text t ON t.rowid = l.id "
            f"WHERE l.claim_id IN ({','.join('?' * len(claim_ids))}) AND l.scope IN ({','.join('?' * len(reach))})",
            (*claim_ids, *reach)).fetchall()
        return sorted({claim_id for claim_id, words in rows if wanted in f" {words} "})

    def spelled_like(self, word: str, *, reach: Sequence[str], registry_view: object = None,
                     limit: int = 5) -> list[str]:
        """Words the documents in ``reach`` write that are within two edits of ``word`` (adjacent
        swaps count as one), closest first: what a name typed with a typo may be. The store's
        words are read from the full-text index's vocabulary once per registry view."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        word = word.lower()
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            if self._terms[1] is None:  # the first time: read now
                self._terms = (registry_view, _stored_words(db))
            elif registry_view is None or self._terms[0] is not registry_view:
                self._refresh_terms(registry_view)  # meanwhile the words as they were: each one found is checked below
            close = [t for t, _, _ in process.extract(word, self._terms[1] or [], scorer=OSA.distance,
                                                      score_cutoff=2, limit=limit * 4) if t != word]
            if not close:
                return []
            scoped, args = self._reach_filter(reach)
            return [t for t in close if db.execute(
                f"SELECT 1 FROM leaf_text JOIN leaves l ON l.id = leaf_text.rowid WHERE leaf_text MATCH ? {scoped} "
                "LIMIT 1", (f"words : {_phrase([t])}", *args)).fetchone()][:limit]

    def _refresh_terms(self, registry_view: object) -> None:
        """Read the stored words again in a thread of its own, on a connection of its own (~0.75 s
        at 100k leaves: no question waits for it, nor for the lock)."""
        if self._terms_reader is not None and self._terms_reader.is_alive():
            return

        def read() -> None:
            try:
                db = sqlite3.connect(self._path, check_same_thread=False, timeout=60)
                try:
                    words = _stored_words(db)
                finally:
                    db.close()
                self._terms = (registry_view, words)
            except sqlite3.Error:  # the old words stay; the next question tries again
                log.warning("reading the stored words failed", exc_info=True)

        self._terms_reader = threading.Thread(target=read, name="claimbot-lexical-words", daemon=True)
        self._terms_reader.start()

    def leaf_ids(self, *, reach: Sequence[str], claim_ids: Sequence[str] = (), limit: int,
                 registry_view: object = None) -> list[str] | None:
        """The ids of the leaves in ``reach`` (of ``claim_ids`` only, when given), or None when there
        are more than ``limit``: the retriever scores a few hundred leaves itself, exactly, where
        Chroma would evaluate its metadata filter by reading every record that matches a part of
        it (``scope IN [..., workspace]`` is most of a big store)."""
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            where, args = [], []
            if claim_ids:
                where.append(f"claim_id IN ({','.join('?' * len(claim_ids))})")
                args += list(claim_ids)
            if not self._scopes <= set(reach):
                where.append(f"scope IN ({','.join('?' * len(reach))})")
                args += list(reach)
            sql = "SELECT leaf_id FROM leaves" + (" WHERE " + " AND ".join(where) if where else "")
            rows = db.execute(sql + " LIMIT ?", (*args, limit + 1)).fetchall()
        return None if len(rows) > limit else [r[0] for r in rows]

    def reach_share(self, reach: Sequence[str], registry_view: object = None) -> float:
        """The part of the stored leaves that are in ``reach`` (0 when none are stored)."""
        self._not_building()
        with self._lock:
            db = self._synced_db(registry_view)
            total = self._stats[0]
            if not total:
                return 0.0
            (n,) = db.execute(f"SELECT COUNT(*) FROM leaves WHERE scope IN ({','.join('?' * len(reach))})",
                              tuple(reach)).fetchone()
        return n / total

    # -- following the registry ---------------------------------------------------------------
    def _reach_filter(self, reach: Sequence[str]) -> tuple[str, tuple[str, ...]]:
        """The SQL condition that keeps rows to ``reach``; none when every scope stored is in it."""
        if self._scopes <= set(reach):
            return "", ()
        return f"AND l.scope IN ({','.join('?' * len(reach))})", tuple(reach)

    def _connect(self) -> sqlite3.Connection:
        return self._file.connect()

    def _not_building(self) -> None:
        """Raise :class:`LexicalIndexBuilding` while a background build runs, before waiting for the
        lock (the builder holds it while it writes a batch, or waits for another process's write)."""
        if self._builder is not None:
            raise LexicalIndexBuilding(self._path)

    def _synced_db(self, registry_view: object) -> sqlite3.Connection:
        """The connection, once the file holds the registry's current versions. ``registry_view``
        (the engine's cached registry read): while it is the same object nothing was written
        since, and the registry is not read at all. Raises :class:`LexicalIndexBuilding` while the
        file is caught up in the background (see ``BACKGROUND_ABOVE``)."""
        db = self._connect()
        if self._builder is not None:
            raise LexicalIndexBuilding(self._path)
        if registry_view is None or registry_view is not self._synced:
            current = list(self._versions())
            gone, new = self._difference(db, current)
            if len(new) > BACKGROUND_ABOVE:
                self._start_build(len(new))
                raise LexicalIndexBuilding(self._path)
            self._apply(db, current, gone, new)
            self._synced = registry_view
        return db

    def prepare(self, registry_view: object = None) -> bool:
        """Bring the file up to the registry now (a few versions), or start building it in the
        background (many: a store this replica never served). True when it is ready."""
        with self._lock:
            try:
                self._synced_db(registry_view)
            except LexicalIndexBuilding:
                return False
        return True

    @property
    def building(self) -> bool:
        """Whether the file is being caught up in the background (the index answers nothing meanwhile)."""
        return self._builder is not None

    def wait_built(self, timeout: float | None = None) -> bool:
        """Wait for a background build to finish; True when none is running."""
        builder = self._builder
        if builder is not None:
            builder.join(timeout)
        return self._builder is None

    def sync(self, current: Iterable[VersionEntry]) -> None:
        """Make the file hold exactly the leaves of ``current`` (the registry's versions): delete
        the versions no longer current, read and add the new ones. Safe against another process
        doing the same: each batch is one write transaction that checks again what is missing."""
        with self._lock:
            db = self._connect()
            current = list(current)
            self._apply(db, current, *self._difference(db, current))

    @staticmethod
    def _difference(db: sqlite3.Connection, current: Sequence[VersionEntry]) -> tuple[list[str], list[str]]:
        """(versions the file holds that are no longer current, current versions it lacks)."""
        wanted = {v.version_id for v in current}
        held = {v for (v,) in db.execute("SELECT version_id FROM versions")}
        return sorted(held - wanted), sorted(wanted - held)

    def _apply(self, db: sqlite3.Connection, current: Sequence[VersionEntry], gone: Sequence[str],
               new: Sequence[str]) -> None:
        wanted = {v.version_id: v for v in current}
        started = time.perf_counter()
        self._delete_versions(db, gone)
        for start in range(0, len(new), _VERSIONS_PER_READ):
            self._add_versions(db, [wanted[v] for v in new[start:start + _VERSIONS_PER_READ]])
        if len(new) > _VERSIONS_PER_READ:
            log.info("lexical index: %d document versions added in %.1f s", len(new), time.perf_counter() - started)
        self._scopes = {v.scope for v in wanted.values()}
        self._names = {}
        for v in wanted.values():
            self._names.setdefault(v.scope, set()).update(_WORD.findall(v.name.lower()))
        n, total = db.execute("SELECT COUNT(*), COALESCE(SUM(length), 0) FROM leaves").fetchone()
        self._stats = (int(n), total / n if n else 0.0)

    def _start_build(self, missing: int) -> None:
        log.warning("lexical index: %d document versions to read (a store this replica has not served); building "
                    "it in the background, questions are answered from the vectors alone until it is ready", missing)
        self._builder = threading.Thread(target=self._build, name="claimbot-lexical-build", daemon=True)
        self._builder.start()

    def _build(self) -> None:
        """Catch the file up with the registry a batch of versions at a time, the lock held only
        while a batch is written (an ingest here adds its version meanwhile), until it holds every
        current version; the next question then syncs as usual (and reads the statistics)."""
        started = time.perf_counter()
        added = 0
        try:
            while not self._closing:
                current = list(self._versions())
                with self._lock:
                    db = self._connect()
                    gone, new = self._difference(db, current)
                    self._delete_versions(db, gone)
                if not new:
                    break
                wanted = {v.version_id: v for v in current}
                for start in range(0, len(new), _VERSIONS_PER_READ):
                    if self._closing:
                        return
                    batch = [wanted[v] for v in new[start:start + _VERSIONS_PER_READ]]
                    rows = self._read_leaves(batch)
                    with self._lock:
                        self._write_versions(self._connect(), batch, rows)
                    added += len(batch)
            log.info("lexical index: built in the background (%d document versions) in %.0f s", added,
                     time.perf_counter() - started)
        except Exception:  # noqa: BLE001 - the next question starts it again; meanwhile the vectors answer
            if not self._closing:
                log.exception("lexical index: the background build failed after %d document versions", added)
        finally:
            with self._lock:
                self._builder = None
                self._synced = None  # the next question syncs what is left, and the statistics

    def add_version(self, entry: VersionEntry) -> None:
        """A version just ingested by this process: its leaves in, the same document's other
        versions out, now (the next question then finds nothing to read)."""
        self.add_versions([entry])

    def add_versions(self, entries: Sequence[VersionEntry]) -> None:
        """:meth:`add_version` for the versions an ingest published together: their leaves read
        from Chroma in one ``get`` per page, not one per version."""
        with self._lock:
            db = self._connect()
            older: list[str] = []
            for entry in entries:
                older += [v for (v,) in db.execute(
                    "SELECT version_id FROM versions WHERE doc_id = ? AND version_id != ?",
                    (entry.doc_id, entry.version_id))]
            self._delete_versions(db, older)
            for start in range(0, len(entries), _VERSIONS_PER_READ):
                self._add_versions(db, list(entries[start:start + _VERSIONS_PER_READ]))

    @staticmethod
    def _delete_versions(db: sqlite3.Connection, versions: Sequence[str]) -> None:
        if not versions:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            for version_id in versions:
                db.execute("DELETE FROM leaf_text WHERE rowid IN (SELECT id FROM leaves WHERE version_id = ?)",
                           (version_id,))
                db.execute("DELETE FROM leaves WHERE version_id = ?", (version_id,))
                db.execute("DELETE FROM versions WHERE version_id = ?", (version_id,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _add_versions(self, db: sqlite3.Connection, versions: list[VersionEntry]) -> None:
        self._write_versions(db, versions, self._read_leaves(versions))

    def _read_leaves(self, versions: list[VersionEntry]) -> dict[str, list[tuple[str, _Columns]]]:
        """``version_id -> [(leaf id, its leaf_text columns)]`` of these versions, read from the
        leaves collection (no lock needed: the words are made before the write)."""
        rows: dict[str, list[tuple[str, _Columns]]] = {v.version_id: [] for v in versions}
        offset = 0
        while True:
            got = self._store.leaves.get(where={"version_id": {"$in": list(rows)}}, include=["documents", "metadatas"],
                                         limit=_PAGE, offset=offset)
            for leaf_id, text, meta in zip(got["ids"], got.get("documents") or [], got.get("metadatas") or []):
                version_id = (meta or {}).get("version_id", "")
                if version_id in rows:
                    rows[version_id].append((leaf_id, _columns(leaf_text(meta, text))))
            if len(got["ids"]) < _PAGE:
                break
            offset += _PAGE
        return rows

    def _write_versions(self, db: sqlite3.Connection, versions: list[VersionEntry],
                        rows: dict[str, list[tuple[str, _Columns]]]) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            held = {v for (v,) in db.execute(
                f"SELECT version_id FROM versions WHERE version_id IN ({','.join('?' * len(rows))})", tuple(rows))}
            for v in versions:
                if v.version_id in held:  # another process added it meanwhile
                    continue
                db.execute("INSERT INTO versions VALUES (?, ?, ?, ?, ?)",
                           (v.version_id, v.doc_id, v.scope, v.claim_id, v.name))
                for leaf_id, columns in rows[v.version_id]:
                    cur = db.execute("INSERT INTO leaves (leaf_id, version_id, claim_id, scope, length) "
                                     "VALUES (?, ?, ?, ?, ?)",
                                     (leaf_id, v.version_id, v.claim_id, v.scope, len(columns[0].split())))
                    db.execute("INSERT INTO leaf_text (rowid, tokens, words, vocab, named, lowered) "
                               "VALUES (?, ?, ?, ?, ?, ?)", (cur.lastrowid, *columns))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def stop_building(self, timeout: float = 30.0) -> None:
        """Stop a background build after the batch in hand, and wait for it (the next question
        starts it again)."""
        builder = self._builder
        if builder is not None:
            self._closing = True
            builder.join(timeout)
            self._closing = False

    def close(self) -> None:
        self.stop_building()
        if self._terms_reader is not None:
            self._terms_reader.join(30)
        with self._lock:
            self._file.close()
            self._synced = None


def _stored_words(db: sqlite3.Connection) -> list[str]:
    """The distinct words (letters only) of every stored leaf, from the full-text index's vocabulary."""
    return [t for (t,) in db.execute("SELECT term FROM leaf_terms WHERE col = 'words'") if t.isalpha()]


_stem = lru_cache(maxsize=1 << 17)(stem)
"""The experts' stemmer, remembered: a leaf's words are mostly words other leaves used."""
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_APOSTROPHE_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
"""A word as the experts read it (rag.experts.text.words): "o'brien", "insured's"."""


def _vocab_word(word: str) -> str:
    """A word as the ``vocab`` column holds it: letters and digits only ("o'brien" -> "obrien"),
    so a word written with an apostrophe is one token, as the vocabulary knew it."""
    return _NOT_ALNUM.sub("", word.lower())


_Columns = tuple[str, str, str, str, str]

_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9]*")
_OPENERS = "\"'\u201c\u2018(["
_INITIAL_OR_TITLE = re.compile(r"(?:\b[A-Z]|\bDr|\bMr|\bMs|\bMrs|\bSt)\.$")


def _named_words(text: str) -> set[str]:
    """The capitalised words written where only a name is, not as a sentence's or a line's first
    word: "Harold M. *Sekibo*", "PET: "*Biscuit*"", "sx @ *Ridgeline* Veterinary", "Investigator |
    *Harlan* Pruitt". The ``named`` column: what a question may name a claim by (unless the word is
    also written in lower case: see ``_LOWERED``)."""
    named: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        at = m.start() - 1
        while at >= 0 and text[at] in _OPENERS:  # "the mare "Juniper"", "(Roz)"
            at -= 1
        if at < 1 or text[at] != " " or text[at - 1] in " \n\t":
            continue  # a line's first word, or a word set apart
        if text[at - 1] in ".!?" and not _INITIAL_OR_TITLE.search(text[max(0, at - 4):at]):
            continue  # a sentence's first word ("... on Monday. The adjuster ..."), unless after "M." or "Dr."
        named.add(m.group().lower())
    return named


_LOWERED = re.compile(r"(?<=[a-z0-9,:;)] )[a-z][a-z0-9]*")
"""A word written in lower case after another word or a field's label ("waiting: accident 2 days"):
a word of the language, which no claim is named by."""


def _columns(text: str) -> _Columns:
    """One leaf's ``leaf_text`` columns (see ``_SCHEMA``), each a space-separated word list. The
    ``vocab`` column holds what :func:`rag.experts.text.terms` makes of the text (each word's
    stem, abbreviations and their spelled-out words standing for each other) and the words."""
    lower = text.lower()
    words = _WORD.findall(lower)
    written = _APOSTROPHE_WORD.findall(lower.replace("\u2019", "'"))
    distinct = set(written)
    found = {_stem(w) for w in distinct}
    joined = " ".join(written)
    for short, spelled in ACRONYMS.items():
        if short in found:
            found |= {_stem(w) for w in spelled.split()}
        elif spelled in joined:
            found.add(short)
    vocab = {_vocab_word(w) for w in found | distinct} | set(words)
    vocab.discard("")
    named = _named_words(text)
    lowered = set(_LOWERED.findall(text))
    tokens = [_stem(w) for w in words if w not in STOPWORDS]
    return (" ".join(tokens), " ".join(words), " ".join(sorted(vocab)), " ".join(sorted(named)),
            " ".join(sorted(lowered)))
