"""SQLite files in ``CLAIMBOT_HOME`` that hold only what can be made again from the store: the
registry's index (:mod:`rag.index_file`), the lexical index (:mod:`rag.lexical`) and the vector
cache (:mod:`rag.embedding.cache`).

They are opened the same way, here: write-ahead logging (readers never wait for the writer, and
``claimbot serve`` and the CLI share a home), ``synchronous=NORMAL`` (a power cut may lose the
last transactions, never the file's consistency: they are made again from the store), and a file
that cannot be used as it is is made again rather than repaired:

- written by another schema version (``PRAGMA user_version``): its tables are dropped and created
  empty, in one script, so a process sharing the home sees the old tables or the new;
- not a database at all, or a damaged one (a torn copy, another program's file): it is deleted
  with its ``-wal`` and ``-shm`` files, and created again.

Their owners fill an empty file from the store (the registry index is read whole, the lexical
index catches up with the registry, the cache misses).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

_CREATES = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?TABLE\s+IF\s+NOT\s+EXISTS\s+(\w+)", re.IGNORECASE)
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
"""SQLite's result codes for a file that is not a usable database (as opposed to a busy one)."""


def is_damaged(error: sqlite3.Error) -> bool:
    """Whether ``error`` says the file itself is unusable (not a database, or a damaged one), not
    that it is busy or the disk is full."""
    return getattr(error, "sqlite_errorcode", None) in _DAMAGED


class RebuildableFile:
    """One such file, opened at the first :meth:`connect`. ``schema``: its ``CREATE ... IF NOT
    EXISTS`` statements; ``version``: the schema's version (raise it when the schema changes).
    Not locked: its owner serializes the use of the connection."""

    def __init__(self, path: Path | str, schema: str, version: int, *, timeout: float) -> None:
        self.path = Path(path)
        self._schema = schema
        self._version = version
        self._timeout = timeout
        self._tables = _CREATES.findall(schema)
        """Dropped at a version change, last created first (a table that reads another goes first)."""
        self._db: sqlite3.Connection | None = None

    def connect(self) -> sqlite3.Connection:
        """The connection (autocommit: the owner opens its transactions), made on first use; a
        file that is damaged is deleted and made again. :class:`sqlite3.Error` when the home
        cannot hold it (read-only, full) or it stays busy for ``timeout`` seconds."""
        if self._db is None:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as err:
                if not is_damaged(err):
                    raise
                log.warning("%s is not a usable database (%s); making it again", self.path, err)
                self.discard()
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=self._timeout)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            if db.execute("PRAGMA user_version").fetchone()[0] != self._version:
                drops = "".join(f"DROP TABLE IF EXISTS {table};" for table in reversed(self._tables))
                db.executescript(f"BEGIN IMMEDIATE;{drops}{self._schema};PRAGMA user_version = {self._version};COMMIT;")
        except BaseException:
            db.close()
            raise
        return db

    def discard(self) -> None:
        """Close the file and delete it (the next :meth:`connect` makes it again, empty)."""
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
