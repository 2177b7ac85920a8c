"""The bot's shared state in Postgres (``CLAIMBOT_DATABASE_URL``): replicas on many hosts.

Same tables as ``slack.sqlite3`` (:mod:`bot.store`), plus what several hosts need:

- Each open row of the ``journal`` carries a **lease**: its owner (``pid:token@host``) and
  ``lease_until``. A replica renews the leases of all its open work every third of
  :data:`bot.state.DEFAULT_LEASE_S` (one statement, :meth:`PostgresState.renew_leases`); a
  replica that dies stops renewing, and once its leases have expired another replica takes the
  work over (:meth:`PostgresState.take_over`: the row is locked with ``FOR UPDATE SKIP LOCKED``,
  so two replicas scanning together never both get it) and redoes it (:mod:`bot.journal`).
- ``reaction_budget``: Slack's ~50 ``reactions.add`` a minute per workspace, counted across
  replicas, one row per workspace and minute.
- ``claimbot_schema``: the schema's version. Each replica upgrades it when it starts, under an
  advisory lock (two replicas starting together: the second waits, then finds it done).

All calls go through psycopg 3's async pool: nothing waits on the event loop. A call that
fails to reach the database (a connection broken by a restart: the pool drops it) is retried
until its deadline, then raises :class:`bot.state.StateUnavailable` (the accept path's deadline
is short: Slack wants its ack within 3 s, and a 503 makes it retry). Connections are not
checked with an extra round trip when taken from the pool: the retry covers a broken one, and
the ack path is one statement.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from bot.state import DEFAULT_LEASE_S, StateUnavailable
from bot.store import (
    DONE_TTL_S,
    AskedQuestion,
    StoredAnswer,
    Vote,
    WorkItem,
    answer_from_json,
    answer_to_json,
)
from rag.answer import Answer

log = logging.getLogger("claimbot.bot")

T = TypeVar("T")

ACK_DEADLINE_S = 1.5
"""How long accepting work may wait for the database: the 503 must reach Slack within its 3 s."""
WORK_DEADLINE_S = 15.0
"""How long other calls (after the ack) wait for a database that restarts."""
RECENT_KEYS = 10_000
"""How many accepted keys a process remembers (:meth:`PostgresState.accept`)."""
SCHEMA_LOCK = 0x636C61696D
"""The advisory lock key that serializes schema upgrades (``claim`` in hex)."""

_MIGRATIONS: tuple[str, ...] = (
    # 1: everything slack.sqlite3 has at its version 1, with leases on the journal
    """
    CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY,
        created_at DOUBLE PRECISION NOT NULL,
        channel TEXT NOT NULL,
        thread_ts TEXT,
        user_id TEXT,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        passages TEXT
    );
    CREATE INDEX IF NOT EXISTS answers_thread ON answers (channel, thread_ts);
    CREATE INDEX IF NOT EXISTS answers_user ON answers (user_id, created_at);
    CREATE TABLE IF NOT EXISTS journal (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        accepted_at DOUBLE PRECISION NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL,
        owner TEXT NOT NULL,
        lease_until DOUBLE PRECISION NOT NULL,
        attempt TEXT NOT NULL,
        done_at DOUBLE PRECISION,
        outcome TEXT
    );
    CREATE INDEX IF NOT EXISTS journal_open ON journal (accepted_at) WHERE done_at IS NULL;
    CREATE INDEX IF NOT EXISTS journal_done ON journal (done_at);
    CREATE TABLE IF NOT EXISTS votes (
        answer_id TEXT NOT NULL REFERENCES answers (id),
        user_id TEXT NOT NULL,
        helpful BOOLEAN NOT NULL,
        voted_at DOUBLE PRECISION NOT NULL,
        reason TEXT,
        comment TEXT,
        PRIMARY KEY (answer_id, user_id)
    );
    CREATE TABLE IF NOT EXISTS assistant_threads (
        channel TEXT NOT NULL,
        thread_ts TEXT NOT NULL,
        context TEXT NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (channel, thread_ts)
    );
    CREATE TABLE IF NOT EXISTS reaction_budget (
        workspace TEXT NOT NULL,
        minute BIGINT NOT NULL,
        used INTEGER NOT NULL,
        PRIMARY KEY (workspace, minute)
    );
    """,
)
"""Schema changes in order; ``claimbot_schema.version`` counts those applied."""
SCHEMA_VERSION = len(_MIGRATIONS)


_ACCEPT_MANY = (
    "INSERT INTO journal (key, kind, body, accepted_at, expires_at, owner, lease_until, attempt)"
    " SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::float8[], %s::float8[], %s::text[],"
    " %s::float8[], %s::text[])"
    " ON CONFLICT (key) DO UPDATE SET attempt = journal.attempt WHERE journal.attempt = excluded.attempt"
    " RETURNING key"
)
"""Accept a batch of work: the keys returned are this batch's (new, or written by this very
batch before its reply was lost); any other key was accepted before."""


class PostgresState:
    """:class:`bot.state.SharedState` in Postgres; open one per process with :meth:`open`."""

    leases = True

    def __init__(self, pool: AsyncConnectionPool, *, lease_s: float = DEFAULT_LEASE_S) -> None:
        self.pool = pool
        self.lease_s = lease_s
        self.owner = f"{os.getpid()}:{uuid.uuid4().hex[:8]}@{socket.gethostname()}"
        self._accepted_since_prune = 0
        self._accepted: OrderedDict[str, None] = OrderedDict()
        """Keys this process accepted lately: the other event of an @mention (Slack sends two)
        is refused without a round trip."""
        self._pending: list[tuple[tuple[Any, ...], asyncio.Future[bool]]] = []
        self._writer: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, url: str, *, lease_s: float = DEFAULT_LEASE_S, max_size: int = 10) -> "PostgresState":
        """Connect (waiting up to :data:`WORK_DEADLINE_S` for the database) and upgrade the schema."""
        pool = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            open=False,
            kwargs={"autocommit": True, "connect_timeout": 3},
            name="claimbot",
        )
        try:
            await pool.open(wait=True, timeout=WORK_DEADLINE_S)
        except PoolTimeout as err:
            await pool.close()
            raise StateUnavailable(f"cannot connect to the database at CLAIMBOT_DATABASE_URL ({err})") from err
        state = cls(pool, lease_s=lease_s)
        await state._upgrade()
        return state

    async def close(self) -> None:
        await self.pool.close()

    async def ping(self) -> bool:
        """Whether the database answers now (``/healthz``); never waits long."""
        try:
            return await self._one("SELECT 1", (), 1.0) is not None
        except StateUnavailable:
            return False

    async def _upgrade(self) -> None:
        async with self.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            await conn.execute("CREATE TABLE IF NOT EXISTS claimbot_schema (version INTEGER NOT NULL)")
            row = await (await conn.execute("SELECT version FROM claimbot_schema")).fetchone()
            if row is None:
                await conn.execute("INSERT INTO claimbot_schema (version) VALUES (0)")
            version = row[0] if row else 0
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                for statement in (part.strip() for part in script.split(";")):
                    if statement:
                        await conn.execute(statement)  # type: ignore[arg-type]
                await conn.execute("UPDATE claimbot_schema SET version = %s", (number,))
                log.info("database schema upgraded to version %d", number)

    @property
    async def schema_version(self) -> int:
        row = await self._one("SELECT version FROM claimbot_schema", ())
        return int(row[0]) if row else 0

    # -- calls, within a deadline --------------------------------------------------------
    async def _call(self, work: Callable[[psycopg.AsyncConnection[Any]], Awaitable[T]], deadline_s: float) -> T:
        """Run ``work`` on a pooled connection; a database that is down or restarting is
        retried until ``deadline_s``, then :class:`StateUnavailable`."""
        give_up = time.monotonic() + deadline_s
        while True:
            left = give_up - time.monotonic()
            try:
                async with self.pool.connection(timeout=max(0.05, left)) as conn:
                    return await work(conn)
            except (psycopg.OperationalError, PoolTimeout) as err:
                if time.monotonic() + 0.2 >= give_up:
                    raise StateUnavailable(f"the database is unavailable ({type(err).__name__}: {err})") from err
                await asyncio.sleep(0.2)

    async def _one(self, sql: str, params: tuple, deadline_s: float = WORK_DEADLINE_S) -> tuple | None:
        async def run(conn: psycopg.AsyncConnection[Any]) -> tuple | None:
            return await (await conn.execute(sql, params)).fetchone()  # type: ignore[arg-type]

        return await self._call(run, deadline_s)

    async def _all(self, sql: str, params: tuple, deadline_s: float = WORK_DEADLINE_S) -> list[tuple]:
        async def run(conn: psycopg.AsyncConnection[Any]) -> list[tuple]:
            return await (await conn.execute(sql, params)).fetchall()  # type: ignore[arg-type]

        return await self._call(run, deadline_s)

    async def _count(self, sql: str, params: tuple, deadline_s: float = WORK_DEADLINE_S) -> int:
        async def run(conn: psycopg.AsyncConnection[Any]) -> int:
            return (await conn.execute(sql, params)).rowcount  # type: ignore[arg-type]

        return await self._call(run, deadline_s)

    # -- the journal ----------------------------------------------------------------------
    async def accept(self, key: str, kind: str, body: dict[str, Any], *, expires_in: float) -> bool:
        """Record the work as this process's, leased; False when it was accepted before (by
        any replica, this one too).

        Requests that arrive together are written together: one multi-row insert per round trip
        (:meth:`_write_accepted`) rather than a pooled connection and a round trip each, which
        under a burst of @mentions cost the event loop (and with it every ack) most of its time.
        A batch is retried when the database's reply is lost: the rows it may have written carry
        each call's ``attempt``, and count as accepted here."""
        if key in self._accepted:
            return False  # the other event of an @mention, a retry: this process has it already
        self._accepted[key] = None
        if len(self._accepted) > RECENT_KEYS:
            self._accepted.popitem(last=False)
        now = time.time()
        row = (key, kind, json.dumps(body, ensure_ascii=False), now, now + expires_in, self.owner,
               now + self.lease_s, uuid.uuid4().hex)  # fmt: skip
        accepted: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append((row, accepted))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_accepted())
        try:
            result = await accepted
        except BaseException:
            self._accepted.pop(key, None)  # not written: Slack's retry must be accepted then
            raise
        self._accepted_since_prune += 1
        if self._accepted_since_prune >= 1000:
            self._accepted_since_prune = 0
            await self._count("DELETE FROM journal WHERE done_at < %s", (now - DONE_TTL_S,))
        return result

    async def _write_accepted(self) -> None:
        """Write the pending accepts, a batch per round trip, until none is left. A batch that
        cannot be written fails the ones waiting behind it too: the database is down, and each
        must get its 503 within Slack's 3 s rather than after another full deadline."""
        while self._pending:
            await asyncio.sleep(0)  # let the requests that arrived together join the batch
            batch, self._pending = self._pending, []
            columns = list(zip(*(row for row, _ in batch)))

            async def insert(conn: psycopg.AsyncConnection[Any]) -> set[str]:
                cursor = await conn.execute(_ACCEPT_MANY, [list(column) for column in columns])
                return {row[0] for row in await cursor.fetchall()}

            try:
                written = await self._call(insert, ACK_DEADLINE_S)
            except Exception as err:  # noqa: BLE001 - handed to each waiting accept
                batch, self._pending = batch + self._pending, []
                for _, waiting in batch:
                    if not waiting.done():
                        waiting.set_exception(err)
                return
            for row, waiting in batch:
                if not waiting.done():
                    waiting.set_result(row[0] in written)

    async def finish(self, key: str, outcome: str = "done") -> None:
        """Only by the lease holder: a replica whose work was taken over leaves it to the new one."""
        await self._count(
            "UPDATE journal SET done_at = %s, outcome = %s WHERE key = %s AND owner = %s AND done_at IS NULL",
            (time.time(), outcome, key, self.owner),
        )

    async def unfinished(self) -> list[WorkItem]:
        rows = await self._all(
            "SELECT key, kind, body, accepted_at, expires_at, owner, lease_until FROM journal"
            " WHERE done_at IS NULL ORDER BY accepted_at",
            (),
        )
        return [WorkItem(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    async def take_over(self, key: str, owner: str, *, now: float) -> bool:
        """Make ``owner``'s open work ours, if its lease has expired and no other replica is
        taking it over right now (its row locked: skipped, not waited for)."""
        taken = await self._one(
            "UPDATE journal SET owner = %s, lease_until = %s WHERE key = ("
            " SELECT key FROM journal WHERE key = %s AND owner = %s AND done_at IS NULL AND lease_until <= %s"
            " FOR UPDATE SKIP LOCKED) RETURNING key",
            (self.owner, now + self.lease_s, key, owner, now),
        )
        return taken is not None

    async def renew_leases(self) -> int:
        """Extend the lease of all this process's open work; the number of rows renewed."""
        return await self._count(
            "UPDATE journal SET lease_until = %s WHERE owner = %s AND done_at IS NULL",
            (time.time() + self.lease_s, self.owner),
        )

    async def holds(self, key: str) -> bool:
        """Whether this process still holds ``key`` (it was not taken over while we worked)."""
        row = await self._one("SELECT owner FROM journal WHERE key = %s", (key,))
        return row is not None and row[0] == self.owner

    # -- answers --------------------------------------------------------------------------
    async def record_answer(
        self, *, channel: str, thread_ts: str | None, user: str | None, question: str, answer: Answer
    ) -> str:
        answer_id = uuid.uuid4().hex[:12]
        retrieved = (answer.trace or {}).get("retrieved") or []
        passages = json.dumps(retrieved, ensure_ascii=False) if retrieved else None
        await self._count(
            "INSERT INTO answers (id, created_at, channel, thread_ts, user_id, question, answer, passages)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (answer_id, time.time(), channel, thread_ts, user, question, answer_to_json(answer), passages),
        )
        return answer_id

    async def answer(self, answer_id: str) -> StoredAnswer | None:
        row = await self._one(
            "SELECT id, channel, thread_ts, user_id, question, answer, created_at, passages FROM answers WHERE id = %s",
            (answer_id,),
        )
        if row is None:
            return None
        answer = answer_from_json(row[5])
        if row[7]:
            answer.trace = {"retrieved": json.loads(row[7])}
        return StoredAnswer(row[0], row[1], row[2], row[3], row[4], answer, row[6])

    async def questions_of(self, user: str, limit: int = 5) -> list[AskedQuestion]:
        rows = await self._all(
            "SELECT id, channel, thread_ts, question, created_at FROM answers WHERE user_id = %s"
            " ORDER BY created_at DESC LIMIT %s",
            (user, limit),
        )
        return [AskedQuestion(*row) for row in rows]

    # -- assistant threads ------------------------------------------------------------------
    async def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None:
        await self._count(
            "INSERT INTO assistant_threads (channel, thread_ts, context, updated_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (channel, thread_ts) DO UPDATE SET context = excluded.context,"
            " updated_at = excluded.updated_at",
            (channel, thread_ts, json.dumps(context, ensure_ascii=False), time.time()),
        )

    async def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        row = await self._one(
            "SELECT context FROM assistant_threads WHERE channel = %s AND thread_ts = %s", (channel, thread_ts)
        )
        return json.loads(row[0]) if row else None

    async def answered_in_thread(self, channel: str, thread_ts: str) -> bool:
        row = await self._one(
            "SELECT 1 FROM answers WHERE channel = %s AND thread_ts = %s LIMIT 1", (channel, thread_ts), ACK_DEADLINE_S
        )
        return row is not None

    # -- votes ----------------------------------------------------------------------------
    async def vote(self, answer_id: str, user: str, helpful: bool) -> tuple[int, int]:
        row = await self._one(
            "WITH cast_vote AS (INSERT INTO votes (answer_id, user_id, helpful, voted_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at"
            " RETURNING answer_id, user_id, helpful)"
            " SELECT COUNT(*) FILTER (WHERE helpful), COUNT(*) FILTER (WHERE NOT helpful) FROM ("
            " SELECT helpful FROM votes WHERE answer_id = %s AND user_id <> %s"
            " UNION ALL SELECT helpful FROM cast_vote) AS counted",
            (answer_id, user, helpful, time.time(), answer_id, user),
        )
        assert row is not None
        return int(row[0]), int(row[1])

    async def explain_vote(
        self, answer_id: str, user: str, reason: str | None, comment: str | None
    ) -> tuple[int, int]:
        await self._count(
            "INSERT INTO votes (answer_id, user_id, helpful, voted_at, reason, comment)"
            " VALUES (%s, %s, false, %s, %s, %s)"
            " ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = false, voted_at = excluded.voted_at,"
            " reason = excluded.reason, comment = excluded.comment",
            (answer_id, user, time.time(), reason, comment),
        )
        row = await self._one(
            "SELECT COUNT(*) FILTER (WHERE helpful), COUNT(*) FILTER (WHERE NOT helpful)"
            " FROM votes WHERE answer_id = %s",
            (answer_id,),
        )
        assert row is not None
        return int(row[0]), int(row[1])

    async def votes(self, limit: int | None = None) -> list[Vote]:
        sql = (
            "SELECT v.answer_id, v.user_id, v.helpful, v.voted_at, a.channel, a.question, a.answer, v.reason,"
            " v.comment FROM votes v JOIN answers a ON a.id = v.answer_id ORDER BY v.voted_at DESC"
        )
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT %s"
            params = (limit,)
        rows = await self._all(sql, params)
        return [Vote(r[0], r[1], bool(r[2]), r[3], r[4], r[5], answer_from_json(r[6]), r[7], r[8]) for r in rows]

    # -- rate limits ------------------------------------------------------------------------
    async def take_reaction(self, workspace: str, per_minute: int) -> bool:
        """One of ``per_minute`` reactions in this calendar minute for ``workspace``, counted
        across replicas; False when they are used up (or the database is not there)."""
        minute = int(time.time() // 60)
        try:
            row = await self._one(
                "INSERT INTO reaction_budget (workspace, minute, used) VALUES (%s, %s, 1)"
                " ON CONFLICT (workspace, minute) DO UPDATE SET used = reaction_budget.used + 1"
                " WHERE reaction_budget.used < %s RETURNING used",
                (workspace, minute, per_minute),
                ACK_DEADLINE_S,
            )
        except StateUnavailable:
            return False  # a sign of work is not worth waiting for
        if row is not None and minute % 10 == 0 and row[0] == 1:
            await self._count("DELETE FROM reaction_budget WHERE minute < %s", (minute - 10,))
        return row is not None
