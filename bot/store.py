"""The bot's own state, in one sqlite file under ``CLAIMBOT_HOME`` (``slack.sqlite3``).

- ``journal``: every unit of work the bot accepted (a question, a file share, a ``/claim``),
  written before Slack gets the ack, with the request body it came in, and marked when its reply
  is posted. Its key (``message:C123:1700000000.000100``, ``command:<trigger_id>``) names the
  work, so the ``app_mention`` and ``message`` events of one @mention, Slack's retries and
  redeliveries are handled once, also across HTTP replicas on one machine. After a crash,
  ``claimbot serve`` resumes what is unfinished (:mod:`bot.journal`).
- ``answers``: every answer the bot posted (question, answer, citations, where), so buttons can
  refer to one by id and follow-ups know which threads the bot answered in.
- ``votes``: Helpful / Not helpful, one per user per answer, with what was wrong (a reason and
  a comment from the Not helpful form).
- ``assistant_threads``: the channel each assistant-panel thread was opened beside (the thread
  context Slack sends), so a question there searches that channel too.

The file carries a schema version (``PRAGMA user_version``); a file from an earlier version is
upgraded in place when opened (:data:`_MIGRATIONS`).

Calls are short single-row statements (well under a millisecond); they run on the event loop.
A committed write survives the process being killed (WAL; ``synchronous=NORMAL`` gives up only
the last writes on a power loss, not on a crash).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.answer import Answer, citation_from_dict

FILENAME = "slack.sqlite3"
DONE_TTL_S = 24 * 3600
"""Finished work is kept a day (Slack retries for minutes at most), then pruned."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY,
    created_at REAL NOT NULL,
    channel TEXT NOT NULL,
    thread_ts TEXT,
    user TEXT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_thread ON answers (channel, thread_ts);
CREATE TABLE IF NOT EXISTS journal (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    accepted_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    owner TEXT NOT NULL,
    done_at REAL,
    outcome TEXT
);
CREATE INDEX IF NOT EXISTS journal_open ON journal (done_at, accepted_at);
CREATE TABLE IF NOT EXISTS votes (
    answer_id TEXT NOT NULL REFERENCES answers (id),
    user TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at REAL NOT NULL,
    PRIMARY KEY (answer_id, user)
);
"""


_MIGRATIONS: tuple[str, ...] = (
    # 1: the assistant panel, and feedback that says what was wrong
    """
    ALTER TABLE answers ADD COLUMN passages TEXT;
    ALTER TABLE votes ADD COLUMN reason TEXT;
    ALTER TABLE votes ADD COLUMN comment TEXT;
    CREATE TABLE IF NOT EXISTS assistant_threads (
        channel TEXT NOT NULL,
        thread_ts TEXT NOT NULL,
        context TEXT NOT NULL,
        updated_at REAL NOT NULL,
        PRIMARY KEY (channel, thread_ts)
    );
    CREATE INDEX IF NOT EXISTS answers_user ON answers (user, created_at);
    """,
)
"""Schema changes after the first version, in order; ``PRAGMA user_version`` counts those applied."""
SCHEMA_VERSION = len(_MIGRATIONS)

FEEDBACK_REASONS = {
    "wrong_fact": "Wrong fact",
    "wrong_claim": "Wrong claim",
    "missing": "Something missing",
    "other": "Other",
}
"""What the Not helpful form asks: its option values and labels."""


@dataclass(frozen=True)
class StoredAnswer:
    id: str
    channel: str
    thread_ts: str | None
    user: str | None
    question: str
    answer: Answer
    created_at: float


@dataclass(frozen=True)
class WorkItem:
    """A unit of work in the journal, not yet finished."""

    key: str
    kind: str
    """``message`` (a question, DM, follow-up or file share) or ``command`` (``/claim``)."""
    body: dict[str, Any]
    """The request as Slack sent it (the event envelope, the command's fields)."""
    accepted_at: float
    expires_at: float
    """No longer worth doing after this (a ``response_url`` lasts 30 minutes)."""
    owner: str
    """``pid:token`` of the process that accepted it (or took it over)."""


@dataclass(frozen=True)
class Vote:
    answer_id: str
    user: str
    helpful: bool
    voted_at: float
    channel: str
    question: str
    answer: Answer
    reason: str | None = None
    """Why it was not helpful: a key of :data:`FEEDBACK_REASONS` (None: not said)."""
    comment: str | None = None


@dataclass(frozen=True)
class AskedQuestion:
    """A question a user asked, and where its answer is (App Home lists the last few)."""

    answer_id: str
    channel: str
    thread_ts: str | None
    question: str
    asked_at: float


def answer_to_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)


def answer_from_json(raw: str) -> Answer:
    data = json.loads(raw)
    return Answer(
        text=data["answer"],
        route=data["route"],
        citations=[citation_from_dict(c) for c in data.get("citations", [])],
        latency_ms=data.get("latency_ms", 0.0),
        claim_ids=data.get("claim_ids", []),
        searched=data.get("searched", ""),
    )


class BotStore:
    """Thread-safe; open one per process with :meth:`open`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=5.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._upgrade()
        self._accepted_since_prune = 0
        self.owner = f"{os.getpid()}:{uuid.uuid4().hex[:8]}"
        """This process's name on the work it accepts (see :meth:`accept`)."""

    def _upgrade(self) -> None:
        """Apply the migrations a file from an earlier version lacks, each in one transaction
        (two processes opening an old file together: the second waits, then finds it done)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                    for statement in (part.strip() for part in script.split(";")):
                        if statement:
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {number}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @classmethod
    def open(cls, home: Path) -> "BotStore":
        return cls(Path(home) / FILENAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _prune_now_and_then(self, now: float) -> None:
        """Every 1000 accepted pieces of work: forget finished work older than a day."""
        self._accepted_since_prune += 1
        if self._accepted_since_prune >= 1000:
            self._accepted_since_prune = 0
            self._db.execute("DELETE FROM journal WHERE done_at < ?", (now - DONE_TTL_S,))

    # -- the journal ----------------------------------------------------------------------
    def accept(
        self, key: str, kind: str, body: dict[str, Any], *, expires_in: float, now: float | None = None
    ) -> bool:
        """Record a unit of work under ``key`` as this process's (accepted ``now``); False when
        ``key`` was accepted before (by any process sharing the file): someone else has it."""
        now = time.time() if now is None else now
        with self._lock:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO journal (key, kind, body, accepted_at, expires_at, owner)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (key, kind, json.dumps(body, ensure_ascii=False), now, now + expires_in, self.owner),
            )
            self._prune_now_and_then(now)
            return cur.rowcount == 1

    def finish(self, key: str, outcome: str = "done") -> None:
        """The work is over (``done``, ``failed`` after the user was told, ``expired``)."""
        with self._lock:
            self._db.execute(
                "UPDATE journal SET done_at = ?, outcome = ? WHERE key = ? AND done_at IS NULL",
                (time.time(), outcome, key),
            )

    def unfinished(self) -> list[WorkItem]:
        """Work not finished, oldest first, whoever accepted it."""
        with self._lock:
            rows = self._db.execute(
                "SELECT key, kind, body, accepted_at, expires_at, owner FROM journal"
                " WHERE done_at IS NULL ORDER BY accepted_at"
            ).fetchall()
        return [WorkItem(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows]

    def take_over(self, key: str, owner: str) -> bool:
        """Make unfinished work of ``owner`` (a process that died) this process's; False when
        another process took it first, or it is finished."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE journal SET owner = ? WHERE key = ? AND owner = ? AND done_at IS NULL",
                (self.owner, key, owner),
            )
            return cur.rowcount == 1

    # -- answers --------------------------------------------------------------------------
    def record_answer(
        self,
        *,
        channel: str,
        thread_ts: str | None,
        user: str | None,
        question: str,
        answer: Answer,
    ) -> str:
        answer_id = uuid.uuid4().hex[:12]
        retrieved = (answer.trace or {}).get("retrieved") or []
        passages = json.dumps(retrieved, ensure_ascii=False) if retrieved else None
        with self._lock:
            self._db.execute(
                "INSERT INTO answers (id, created_at, channel, thread_ts, user, question, answer, passages)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (answer_id, time.time(), channel, thread_ts, user, question, answer_to_json(answer), passages),
            )
        return answer_id

    def answer(self, answer_id: str) -> StoredAnswer | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, channel, thread_ts, user, question, answer, created_at, passages"
                " FROM answers WHERE id = ?",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        answer = answer_from_json(row[5])
        if row[7]:
            answer.trace = {"retrieved": json.loads(row[7])}  # what "Show all sources" lists
        return StoredAnswer(row[0], row[1], row[2], row[3], row[4], answer, row[6])

    def questions_of(self, user: str, limit: int = 5) -> list[AskedQuestion]:
        """The last questions ``user`` asked (newest first), with where their answers are."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, channel, thread_ts, question, created_at FROM answers WHERE user = ?"
                " ORDER BY created_at DESC LIMIT ?",
                (user, limit),
            ).fetchall()
        return [AskedQuestion(*row) for row in rows]

    # -- assistant threads ------------------------------------------------------------------
    def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None:
        """The context Slack sent for an assistant thread (``channel_id``, ``team_id``...)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO assistant_threads (channel, thread_ts, context, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (channel, thread_ts) DO UPDATE SET context = excluded.context,"
                " updated_at = excluded.updated_at",
                (channel, thread_ts, json.dumps(context, ensure_ascii=False), time.time()),
            )

    def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT context FROM assistant_threads WHERE channel = ? AND thread_ts = ?", (channel, thread_ts)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def answered_in_thread(self, channel: str, thread_ts: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM answers WHERE channel = ? AND thread_ts = ? LIMIT 1",
                (channel, thread_ts),
            ).fetchone()
        return row is not None

    # -- votes ----------------------------------------------------------------------------
    def vote(self, answer_id: str, user: str, helpful: bool) -> tuple[int, int]:
        """Record (or change) ``user``'s vote; returns the answer's (helpful, not helpful) counts."""
        with self._lock:
            self._db.execute(
                "INSERT INTO votes (answer_id, user, helpful, voted_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (answer_id, user) DO UPDATE SET helpful = excluded.helpful,"
                " voted_at = excluded.voted_at",
                (answer_id, user, int(helpful), time.time()),
            )
            up, total = self._db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COUNT(*) FROM votes WHERE answer_id = ?",
                (answer_id,),
            ).fetchone()
        return int(up), int(total - up)

    def explain_vote(self, answer_id: str, user: str, reason: str | None, comment: str | None) -> tuple[int, int]:
        """A Not helpful vote with what was wrong (from the form); returns the vote counts."""
        self.vote(answer_id, user, False)
        with self._lock:
            self._db.execute(
                "UPDATE votes SET reason = ?, comment = ? WHERE answer_id = ? AND user = ?",
                (reason, comment, answer_id, user),
            )
        return self.vote_counts(answer_id)

    def vote_counts(self, answer_id: str) -> tuple[int, int]:
        with self._lock:
            up, total = self._db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COUNT(*) FROM votes WHERE answer_id = ?", (answer_id,)
            ).fetchone()
        return int(up), int(total - up)

    def votes(self, limit: int | None = None) -> list[Vote]:
        """Votes with their question and answer, newest first."""
        sql = (
            "SELECT v.answer_id, v.user, v.helpful, v.voted_at, a.channel, a.question, a.answer, v.reason, v.comment"
            " FROM votes v JOIN answers a ON a.id = v.answer_id ORDER BY v.voted_at DESC"
        )
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [
            Vote(r[0], r[1], bool(r[2]), r[3], r[4], r[5], answer_from_json(r[6]), r[7], r[8]) for r in rows
        ]
