"""The registry's index kept in a SQLite file in ``CLAIMBOT_HOME``, so opening a big store does not
read it from Chroma.

Every question needs the index of every document (:meth:`rag.store.Registry.index`: ids, names,
scopes, versions, claim cards). At 100k leaves (~6,400 documents) that is one Chroma ``get`` of
every record's metadata: 1-3.5 s before the first answer, each time a replica starts. The rows
Chroma returned are kept here with the registry's stamp they were read at
(:meth:`rag.store.Registry.stamp_record`); while the stamp is the same the file is the index.

When the stamp moved (another replica ingested, or this one did) the catalog reads only what
changed (:meth:`rag.catalog.Catalog.documents`) and writes it here in one transaction with the new
stamp: a crash leaves the file at the old stamp or the new, never between (the next open then
reads the difference again). The file is keyed on the documents collection's id, so a store
replaced under the same home (or another Chroma server) is never answered from a stale file:
it is read whole once. Replicas keep one file each, in their own home; processes sharing a home
(``claimbot serve`` and the CLI) share it under SQLite's locking.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.rebuildable import RebuildableFile

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (doc_id TEXT PRIMARY KEY, meta TEXT NOT NULL, pos INTEGER NOT NULL);
"""
"""``records``: each document's registry metadata as Chroma returned it (JSON), ``pos`` its place
in the collection's order (new documents come last); ``state``: the collection id, the stamp and
its ``changed_at`` that the rows are current for."""


@dataclass(frozen=True)
class IndexState:
    """What the rows of the file are current for."""

    collection: str
    stamp: str | None
    changed_at: float


class IndexFile:
    """The registry index rows of one documents collection, in ``path``."""

    def __init__(self, path: Path | str) -> None:
        self._file = RebuildableFile(path, _SCHEMA, SCHEMA_VERSION, timeout=30)
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._file.path

    def _connect(self) -> sqlite3.Connection:
        return self._file.connect()

    def state(self) -> IndexState | None:
        """What the rows are current for, or None (no file yet, or one from an older schema)."""
        try:
            with self._lock:
                rows = dict(self._connect().execute("SELECT key, value FROM state").fetchall())
        except sqlite3.Error:  # not a database (a torn copy, another program's file): start it again
            log.warning("registry index file %s unreadable; the index is read from the store", self.path,
                        exc_info=True)
            with self._lock:
                self._file.discard()
            return None
        if "collection" not in rows:
            return None
        stamp = json.loads(rows.get("stamp", "null"))
        return IndexState(rows["collection"], stamp, float(rows.get("changed_at", 0.0)))

    def rows(self) -> list[tuple[str, dict[str, Any]]]:
        """Every document's ``(doc_id, metadata)``."""
        with self._lock:
            got = self._connect().execute("SELECT doc_id, meta FROM records ORDER BY pos").fetchall()
        return [(doc_id, json.loads(meta)) for doc_id, meta in got]

    def write(self, state: IndexState, *, rows: Iterable[tuple[str, dict[str, Any]]] = (),
              removed: Iterable[str] = (), base: IndexState | None = None) -> None:
        """Make the file current for ``state``: with ``base`` (the state the changes were read
        against) ``rows`` are written (added or replaced) and ``removed`` deleted, only if the file
        is still at ``base`` (another process sharing the home may have moved it on: it is left as
        it is, consistent with its own state); without, ``rows`` are every document. One
        transaction: readers and a crash see the old state or the new."""
        try:
            with self._lock:
                db = self._connect()
                db.execute("BEGIN IMMEDIATE")
                try:
                    if base is not None:
                        held = dict(db.execute("SELECT key, value FROM state").fetchall())
                        if (held.get("collection"), held.get("stamp")) != (base.collection, json.dumps(base.stamp)):
                            db.execute("ROLLBACK")
                            return
                        db.executemany("DELETE FROM records WHERE doc_id = ?", ((d,) for d in removed))
                        db.executemany(  # a new version keeps its document's place; a new document comes last
                            "INSERT INTO records (doc_id, meta, pos) VALUES (?, ?, "
                            "(SELECT COALESCE(MAX(pos), 0) + 1 FROM records)) "
                            "ON CONFLICT (doc_id) DO UPDATE SET meta = excluded.meta",
                            ((d, _json(m)) for d, m in rows))
                    else:
                        db.execute("DELETE FROM records")
                        db.executemany("INSERT INTO records (doc_id, meta, pos) VALUES (?, ?, ?)",
                                       ((d, _json(m), n) for n, (d, m) in enumerate(rows)))
                    db.executemany("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", [
                        ("collection", state.collection), ("stamp", json.dumps(state.stamp)),
                        ("changed_at", repr(state.changed_at))])
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        except sqlite3.Error:  # a full disk, a read-only home: the next open reads the store instead
            log.warning("could not write the registry index file %s", self.path, exc_info=True)

    def close(self) -> None:
        with self._lock:
            self._file.close()


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
