"""Vectors of short texts, remembered: the answer selector embeds a dozen candidate lines per
question with MiniLM (6 ms of CPU a line on 2 cores, up to 0.8 s an ask on a busy machine), and
an adjuster's next question, the claim card's next field or another replica reads the same lines.

:class:`VectorCache` keeps them by a hash of the model's name and the text:

- in memory, the most recently used :data:`MEMORY_ENTRIES` (~30 MB);
- with a ``path``, also in a SQLite file in ``CLAIMBOT_HOME`` (``vectors-<model>.sqlite3``),
  so a restart, a ``claimbot ask`` process and every replica on the same home find them again;
  at most :data:`FILE_ENTRIES` rows, the oldest written dropped first.

A cached vector is the very array the model returned (float32, stored as its bytes), so an
answer is the same whether its lines were embedded now or before. Vectors of every line
embedded at ingest were measured too and not chosen: embedding every candidate line and label of
a document costs 0.88x the CPU of embedding its leaves (12 documents of the 1k bench corpus), i.e.
ingest would embed almost twice as much; they are embedded after ingest instead, while the engine
is idle (:mod:`rag.embedding.ahead`, with :meth:`VectorCache.fill` and :meth:`VectorCache.mark_done`).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rag.rebuildable import RebuildableFile

log = logging.getLogger(__name__)

MEMORY_ENTRIES = 20_000
"""Vectors kept in memory (384 float32 each: ~30 MB)."""
FILE_ENTRIES = 400_000
"""Rows kept in the SQLite file (~600 MB at most); above it the oldest written are deleted, a tenth
at a time. Sized for the lines embedded ahead (:mod:`rag.embedding.ahead`): ~3.9 per leaf on the
bench corpus, ~390k at 100k leaves of distinct files. A version whose vectors were deleted stays
marked done: its questions embed what they need, as before."""

Embed = Callable[[list[str]], Any]
"""Texts to an ``(n, d)`` array of unit vectors."""

_SCHEMA = ("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL);"
           "CREATE TABLE IF NOT EXISTS ahead (version_id TEXT PRIMARY KEY)")
"""``ahead``: the document versions whose texts were embedded ahead (:mod:`rag.embedding.ahead`)."""
SCHEMA_VERSION = 2


class MemoryVectors:
    """Vectors by key in memory, the least recently used dropped past ``entries``; thread-safe.
    The vector cache's memory part, and the retriever's leaf vectors (:class:`rag.retrieval.LeafVectors`)."""

    def __init__(self, entries: int) -> None:
        self._entries = entries
        self._vectors: OrderedDict[Any, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Sequence[Any]) -> dict[Any, np.ndarray]:
        """Those of ``keys`` held, each marked as just used."""
        out: dict[Any, np.ndarray] = {}
        with self._lock:
            for k in keys:
                v = self._vectors.get(k)
                if v is not None:
                    self._vectors.move_to_end(k)
                    out[k] = v
        return out

    def put(self, vectors: dict[Any, np.ndarray]) -> None:
        """Keep ``vectors`` as the most recently used, dropping the least recently used past the bound."""
        with self._lock:
            for k, v in vectors.items():
                self._vectors[k] = v
                self._vectors.move_to_end(k)
            while len(self._vectors) > self._entries:
                self._vectors.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def holds(self, key: Any) -> bool:
        with self._lock:
            return key in self._vectors

    def __len__(self) -> int:
        with self._lock:
            return len(self._vectors)


def _rows_where_in(db: sqlite3.Connection, sql: str, values: Sequence[Any]) -> Iterator[Any]:
    """The rows of ``sql`` (its ``{marks}`` the ``?`` of an ``IN`` list) for ``values``, 500 at a
    time: SQLite bounds the parameters of one statement."""
    for start in range(0, len(values), 500):
        part = list(values[start:start + 500])
        yield from db.execute(sql.format(marks=",".join("?" * len(part))), part)


class VectorCache:
    """Text -> vector for one embedding model, bounded in memory and (with ``path``) on disk."""

    def __init__(self, model: str, path: Path | None = None, *, memory_entries: int = MEMORY_ENTRIES,
                 file_entries: int = FILE_ENTRIES) -> None:
        self._model = model.encode()
        self._memory = MemoryVectors(memory_entries)
        self._file_entries = file_entries
        self._lock = threading.Lock()
        self._file = RebuildableFile(path, _SCHEMA, SCHEMA_VERSION, timeout=10) if path is not None else None
        self._rows: int | None = None
        """Rows in the file as this process last counted them, plus what it wrote since."""
        self._done: set[str] = set()
        """Versions embedded ahead, without a file (see :meth:`mark_done`)."""
        self.hits = 0
        """Texts found (in memory or in the file) since open."""
        self.misses = 0
        """Texts embedded since open."""

    def embed(self, texts: Sequence[str], compute: Embed, *, kind: str = "text") -> np.ndarray:
        """The vectors of ``texts`` in order, ``compute`` called once for those not cached.
        ``kind`` keeps apart vectors of one text made differently (a model's query embedding)."""
        texts = list(texts)
        keys = [self._kind_key(t, kind) for t in texts]
        found: dict[bytes, np.ndarray] = self._memory.get(keys)
        wanted = [k for k in dict.fromkeys(keys) if k not in found]
        if wanted:
            found.update(self._read(wanted))
        missing = {k: t for k, t in zip(keys, texts) if k not in found}
        self.hits += len(keys) - sum(1 for k in keys if k in missing)
        self.misses += len(missing)
        fresh: dict[bytes, np.ndarray] = {}
        if missing:
            vectors = np.asarray(compute(list(missing.values())), dtype=np.float32)
            fresh = dict(zip(missing, vectors))
            found.update(fresh)
            self._write(fresh)
        self._memory.put({k: found[k] for k in wanted if k in found})
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def missing(self, texts: Sequence[str], *, kind: str = "text") -> list[str]:
        """Of ``texts``, those with no vector in memory nor in the file (each once, in order)."""
        keys = {self._kind_key(t, kind): t for t in texts}
        wanted = [k for k in keys if not self._memory.holds(k)]
        found = self._present(wanted)
        return [keys[k] for k in wanted if k not in found]

    def fill(self, texts: Sequence[str], compute: Embed, *, kind: str = "text") -> int:
        """Embed the ``texts`` not held yet (``compute`` called once) and keep them in the file,
        not in memory (with no file, in memory): vectors made ahead of the questions
        (:mod:`rag.embedding.ahead`) do not push out the ones questions use now. How many it
        embedded."""
        missing = self.missing(texts, kind=kind)
        if not missing:
            return 0
        vectors = np.asarray(compute(list(missing)), dtype=np.float32)
        fresh = {self._kind_key(t, kind): v for t, v in zip(missing, vectors)}
        if self._connect() is None:
            self._memory.put(fresh)
        else:
            self._write(fresh)
        return len(fresh)

    def versions_done(self, version_ids: Sequence[str]) -> set[str]:
        """Of ``version_ids``, those marked by :meth:`mark_done`."""
        db = self._connect()
        ids = list(dict.fromkeys(version_ids))
        if db is None:
            return {v for v in ids if v in self._done}
        out: set[str] = set()
        try:
            with self._lock:
                sql = "SELECT version_id FROM ahead WHERE version_id IN ({marks})"
                out.update(r[0] for r in _rows_where_in(db, sql, ids))
        except sqlite3.Error:  # a cache: unknown means not done
            log.exception("vector cache read failed")
        return out

    def mark_done(self, version_ids: Sequence[str]) -> None:
        """Remember that these versions' texts were embedded ahead (in the file, for every
        process on the home)."""
        db = self._connect()
        if db is None:
            self._done.update(version_ids)
            return
        try:
            with self._lock:
                db.executemany("INSERT OR IGNORE INTO ahead (version_id) VALUES (?)", [(v,) for v in version_ids])
        except sqlite3.Error:
            log.exception("vector cache write failed")

    def __len__(self) -> int:
        """Vectors held: in the file when there is one, else in memory."""
        db = self._connect()
        if db is None:
            return len(self._memory)
        with self._lock:
            return int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()

    # -- parts ----------------------------------------------------------------------------

    def _kind_key(self, text: str, kind: str) -> bytes:
        return self._key(text if kind == "text" else f"\0{kind}\0{text}")

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode(), key=self._model[:64], digest_size=16).digest()

    def _connect(self) -> sqlite3.Connection | None:
        with self._lock:
            if self._file is None:
                return None
            try:
                return self._file.connect()
            except (sqlite3.Error, OSError):  # a read-only or full home: the memory alone, said once
                log.exception("vector cache %s unusable; keeping vectors in memory only", self._file.path)
                self._file = None
                return None

    def _present(self, keys: list[bytes]) -> set[bytes]:
        """Of ``keys``, those the file holds (no vectors read)."""
        db = self._connect()
        if db is None or not keys:
            return set()
        out: set[bytes] = set()
        try:
            with self._lock:
                sql = "SELECT key FROM vectors WHERE key IN ({marks})"
                out.update(bytes(r[0]) for r in _rows_where_in(db, sql, keys))
        except sqlite3.Error:  # a cache: a failed read is a miss
            log.exception("vector cache read failed")
        return out

    def _read(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        db = self._connect()
        if db is None:
            return {}
        out: dict[bytes, np.ndarray] = {}
        try:
            with self._lock:
                rows = list(_rows_where_in(db, "SELECT key, vector FROM vectors WHERE key IN ({marks})", keys))
            out.update((bytes(k), np.frombuffer(v, dtype=np.float32).copy()) for k, v in rows)
        except sqlite3.Error:  # a cache: a failed read is a miss
            log.exception("vector cache read failed")
        return out

    def _write(self, vectors: dict[bytes, np.ndarray]) -> None:
        db = self._connect()
        if db is None or not vectors:
            return
        try:
            with self._lock:
                db.execute("BEGIN")
                db.executemany("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                               [(k, np.ascontiguousarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])
                if self._rows is None:
                    self._rows = int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])
                else:  # an estimate (other processes write too), counted again before anything is dropped
                    self._rows += len(vectors)
                if self._rows > self._file_entries:  # the oldest written first (rowid order), a tenth at a time
                    count = int(db.execute("SELECT count(*) FROM vectors").fetchone()[0])
                    drop = 0
                    if count > self._file_entries:
                        drop = count - self._file_entries + max(1, self._file_entries // 10)
                        db.execute("DELETE FROM vectors WHERE rowid IN "
                                   "(SELECT rowid FROM vectors ORDER BY rowid LIMIT ?)", (drop,))
                    self._rows = count - drop
                db.execute("COMMIT")
        except sqlite3.Error:  # a cache: a failed write loses nothing but time
            log.exception("vector cache write failed")
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass


_SHARED: dict[str, VectorCache] = {}
_SHARED_LOCK = threading.Lock()


def embed_cached(embed: Embed, texts: Sequence[str]) -> np.ndarray:
    """``embed(texts)``, through a cache: the embedder's own when it keeps one (the engine's, in
    its home: :attr:`caches_vectors`), else one in memory per embedder for this process."""
    owner = getattr(embed, "__self__", None)  # a bound method is a new object at every access
    if getattr(owner, "caches_vectors", False):
        return np.asarray(embed(list(texts)), dtype=np.float32)
    model_name = getattr(getattr(owner, "settings", None), "embed_model", None)
    key = str(model_name or id(owner if owner is not None else embed))
    with _SHARED_LOCK:
        cache = _SHARED.get(key)
        if cache is None:
            cache = _SHARED[key] = VectorCache(key)
    return cache.embed(texts, embed)
