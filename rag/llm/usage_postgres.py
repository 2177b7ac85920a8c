"""Token usage in Postgres (``CLAIMBOT_DATABASE_URL``): one ledger for replicas on many hosts.

The same rows as ``usage.sqlite3`` (:class:`rag.llm.usage.UsageLedger`), in ``llm_usage``. The
engine owns this table (the bot's tables are :mod:`bot.pgstore`'s): it creates it on first use,
under an advisory lock, and records the table's version in ``claimbot_usage_schema``.

Recording is one short transaction per answer, from the engine's threads, on a connection of its
own (psycopg 3, synchronous: the engine is synchronous, and a language-model answer takes seconds,
so one round trip is noise). A database that cannot be reached raises
:class:`UsageUnavailable`; the answer is given all the same (the LLM manager logs the failure).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg

from rag.llm.usage import UsageRow, day_of

SCHEMA_LOCK = 0x7573616765
"""The advisory lock key that serializes creating the table (``usage`` in hex)."""
CONNECT_TIMEOUT_S = 5

_MIGRATIONS: tuple[str, ...] = (
    # 1: one row per answer and model, as usage.sqlite3
    """
    CREATE TABLE IF NOT EXISTS llm_usage (
        at DOUBLE PRECISION NOT NULL,
        day TEXT NOT NULL,
        model TEXT NOT NULL,
        calls INTEGER NOT NULL,
        prompt_tokens BIGINT NOT NULL,
        completion_tokens BIGINT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS llm_usage_day ON llm_usage (day, model);
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


class UsageUnavailable(RuntimeError):
    """Postgres could not be reached to record or read token usage."""


class PostgresUsage:
    """:class:`rag.llm.usage.UsageStore` in Postgres; safe from several threads and hosts."""

    def __init__(self, database_url: str) -> None:
        self._url = database_url
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self._migrated = False

    def _connection(self) -> psycopg.Connection[Any]:
        """The connection, opened (and the table made) on first use, and again after it broke."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            try:
                self._conn = psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            except psycopg.OperationalError as err:
                raise UsageUnavailable(f"cannot reach the database for token usage: {err}") from None
        if not self._migrated:
            migrate(self._conn)
            self._migrated = True
        return self._conn

    def _run(self, work: Any) -> Any:
        """``work(connection)``, retried once on a connection that broke (a database restart)."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    return work(self._connection())
                except psycopg.OperationalError as err:
                    if self._conn is not None:
                        self._conn.close()
                    self._conn = None
                    if attempt == 2:
                        raise UsageUnavailable(f"token usage: the database failed: {err}") from None
        raise AssertionError("unreachable")

    def record(self, by_model: dict[str, dict[str, int]], *, at: float | None = None) -> None:
        if not by_model:
            return
        at = time.time() if at is None else at
        rows = [(at, day_of(at), m, r["calls"], r["prompt_tokens"], r["completion_tokens"])
                for m, r in by_model.items()]

        def insert(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO llm_usage VALUES (%s, %s, %s, %s, %s, %s)", rows)

        self._run(insert)

    def summary(self) -> list[UsageRow]:
        def select(conn: psycopg.Connection[Any]) -> list[UsageRow]:
            rows = conn.execute(
                "SELECT day, model, COUNT(*), SUM(calls), SUM(prompt_tokens), SUM(completion_tokens)"
                " FROM llm_usage GROUP BY day, model ORDER BY day, model"
            ).fetchall()
            return [UsageRow(day, model, int(n), int(c), int(p), int(q)) for day, model, n, c, p, q in rows]

        return list(self._run(select))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def migrate(conn: psycopg.Connection[Any]) -> None:
    """Create or upgrade ``llm_usage`` to :data:`SCHEMA_VERSION`, one host at a time."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS claimbot_usage_schema (version INTEGER NOT NULL)")
        row = conn.execute("SELECT version FROM claimbot_usage_schema").fetchone()
        version = int(row[0]) if row else 0
        for step in _MIGRATIONS[version:]:
            conn.execute(step)
        if row is None:
            conn.execute("INSERT INTO claimbot_usage_schema VALUES (%s)", (SCHEMA_VERSION,))
        elif version < SCHEMA_VERSION:
            conn.execute("UPDATE claimbot_usage_schema SET version = %s", (SCHEMA_VERSION,))
