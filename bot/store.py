"""The bot's own state, in one sqlite file under ``CLAIMBOT_HOME`` (``slack.sqlite3``).

- ``deliveries``: keys of work already claimed (an Events API ``event_id``, a message's
  ``channel:ts``), so a retried or doubly delivered event is handled once, also across HTTP
  replicas on one machine.
- ``answers``: every answer the bot posted (question, answer, citations, where), so buttons can
  refer to one by id and follow-ups know which threads the bot answered in.
- ``votes``: Helpful / Not helpful, one per user per answer.

Calls are short single-row statements (well under a millisecond); they run on the event loop.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from rag.answer import Answer, citation_from_dict

FILENAME = "slack.sqlite3"
DELIVERY_TTL_S = 24 * 3600
"""Slack retries for minutes at most; a day of keys is plenty and keeps the table small."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (key TEXT PRIMARY KEY, seen_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS deliveries_seen ON deliveries (seen_at);
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
CREATE TABLE IF NOT EXISTS votes (
    answer_id TEXT NOT NULL REFERENCES answers (id),
    user TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    voted_at REAL NOT NULL,
    PRIMARY KEY (answer_id, user)
);
"""


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
class Vote:
    answer_id: str
    user: str
    helpful: bool
    voted_at: float
    channel: str
    question: str
    answer: Answer


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
        self._claims_since_prune = 0

    @classmethod
    def open(cls, home: Path) -> "BotStore":
        return cls(Path(home) / FILENAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- deliveries -----------------------------------------------------------------------
    def claim(self, key: str) -> bool:
        """True the first time ``key`` is claimed (by any process sharing the file), else False."""
        now = time.time()
        with self._lock:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO deliveries (key, seen_at) VALUES (?, ?)", (key, now)
            )
            self._claims_since_prune += 1
            if self._claims_since_prune >= 1000:
                self._claims_since_prune = 0
                self._db.execute("DELETE FROM deliveries WHERE seen_at < ?", (now - DELIVERY_TTL_S,))
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
        with self._lock:
            self._db.execute(
                "INSERT INTO answers (id, created_at, channel, thread_ts, user, question, answer)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (answer_id, time.time(), channel, thread_ts, user, question, answer_to_json(answer)),
            )
        return answer_id

    def answer(self, answer_id: str) -> StoredAnswer | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, channel, thread_ts, user, question, answer, created_at"
                " FROM answers WHERE id = ?",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        return StoredAnswer(row[0], row[1], row[2], row[3], row[4], answer_from_json(row[5]), row[6])

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

    def votes(self, limit: int | None = None) -> list[Vote]:
        """Votes with their question and answer, newest first."""
        sql = (
            "SELECT v.answer_id, v.user, v.helpful, v.voted_at, a.channel, a.question, a.answer"
            " FROM votes v JOIN answers a ON a.id = v.answer_id ORDER BY v.voted_at DESC"
        )
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [
            Vote(r[0], r[1], bool(r[2]), r[3], r[4], r[5], answer_from_json(r[6])) for r in rows
        ]
