"""Vectors of short texts, remembered: the answer selector embeds a dozen candidate lines per
question with MiniLM (6 ms of CPU a line on 2 cores, up to 0.8 s an ask on a busy machine), and
an adjuster's next question, the claim card's next field or another replica reads the same lines.

:class:`VectorCache` keeps them by a hash of the model's name and the text:

- in memory, the most recently used :data:`MEMORY_ENTRIES` (~30 MB);
- with a ``path``, also in a SQLite file in ``CLAIMBOT_HOME`` (``vectors-<model>.sqlite3``),
  so a restart, a ``claimbot ask`` process and every replica on the same home find them again;
  at most :data:`FILE_ENTRIES` rows (~80 MB), the oldest written dropped first.

A cached vector is the very array the model returned (float32, stored as its bytes), so an
answer is the same whether its lines were embedded now or before. Vectors stored at ingest were
measured too and not chosen: embedding every candidate line and label of a document costs 0.88x
the CPU of embedding its leaves (12 documents of the 1k bench corpus), i.e. ingest would embed
almost twice as much for lines most of which are never a candidate.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rag.rebuildable import RebuildableFile

log = logging.getLogger(__name__)

MEMORY_ENTRIES = 20_000
"""Vectors kept in memory (384 float32 each: ~30 MB)."""
FILE_ENTRIES = 50_000
"""Rows kept in the SQLite file (~80 MB); above it the oldest written are deleted, a tenth at a time."""

Embed = Callable[[list[str]], Any]
"""Texts to an ``(n, d)`` array of unit vectors."""

_SCHEMA = "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)"
SCHEMA_VERSION = 1


class VectorCache:
    """Text -> vector for one embedding model, bounded in memory and (with ``path``) on disk."""

    def __init__(self, model: str, path: Path | None = None, *, memory_entries: int = MEMORY_ENTRIES,
                 file_entries: int = FILE_ENTRIES) -> None:
        self._model = model.encode()
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._memory_entries = memory_entries
        self._file_entries = file_entries
        self._lock = threading.Lock()
        self._file = RebuildableFile(path, _SCHEMA, SCHEMA_VERSION, timeout=10) if path is not None else None
        self._rows: int | None = None
        """Rows in the file as this process last counted them, plus what it wrote since."""
        self.hits = 0
        """Texts found (in memory or in the file) since open."""
        self.misses = 0
        """Texts embedded since open."""

    def embed(self, texts: Sequence[str], compute: Embed, *, kind: str = "text") -> np.ndarray:
        """The vectors of ``texts`` in order, ``compute`` called once for those not cached.
        ``kind`` keeps apart vectors of one text made differently (a model's query embedding)."""
        texts = list(texts)
        keys = [self._key(t if kind == "text" else f"\0{kind}\0{t}") for t in texts]
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for k in keys:
                v = self._memory.get(k)
                if v is not None:
                    self._memory.move_to_end(k)
                    found[k] = v
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
        with self._lock:
            for k in wanted:
                if k in found:
                    self._memory[k] = found[k]
                    self._memory.move_to_end(k)
            while len(self._memory) > self._memory_entries:
                self._memory.popitem(last=False)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys])

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

    def _read(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        db = self._connect()
        if db is None:
            return {}
        out: dict[bytes, np.ndarray] = {}
        try:
            with self._lock:
                for start in range(0, len(keys), 500):
                    part = keys[start:start + 500]
                    rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})",
                                      part).fetchall()
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
