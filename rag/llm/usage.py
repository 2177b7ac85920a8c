"""Token accounting: what each answer used, by model, and a ledger of it.

Each model call's ``usage`` (prompt and completion tokens, as the server reports them) is added
to a :class:`Meter`; after the answer, its rows go to a :class:`UsageStore` (one row per answer
and model): ``usage.sqlite3`` under ``CLAIMBOT_HOME`` by default (:class:`UsageLedger`), or
Postgres when ``CLAIMBOT_DATABASE_URL`` is set, so that replicas on several hosts keep one ledger
(:mod:`rag.llm.usage_postgres`). ``claimbot usage`` sums them by day and model, with an
estimated cost from :data:`PRICES_PER_MILLION` (list prices; a model not in the table is
counted in tokens and shown without a cost).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

USAGE_FILE = "usage.sqlite3"

PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    # model: (US$ per million prompt tokens, per million completion tokens), OpenAI list prices
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}


def estimated_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """US dollars at list price, or None for a model without a known price (a local one)."""
    price = PRICES_PER_MILLION.get(model) or next(
        (p for name, p in sorted(PRICES_PER_MILLION.items(), key=lambda kv: -len(kv[0]))
         if model.startswith(name + "-")), None)  # dated snapshots: gpt-4o-2024-08-06
    if price is None:
        return None
    return (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000


class Meter:
    """Tokens used by one answer, by model (thread-safe: experts may run in threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.by_model: dict[str, dict[str, int]] = {}

    def add(self, model: str, usage: Any) -> None:
        """Add one response's ``usage`` (an SDK object, a dict, or None when the server sent none)."""
        prompt = _field(usage, "prompt_tokens")
        completion = _field(usage, "completion_tokens")
        with self._lock:
            row = self.by_model.setdefault(model, {"prompt_tokens": 0, "completion_tokens": 0, "calls": 0})
            row["prompt_tokens"] += prompt
            row["completion_tokens"] += completion
            row["calls"] += 1

    def snapshot(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {m: dict(r) for m, r in self.by_model.items()}


def _field(usage: Any, name: str) -> int:
    if usage is None:
        return 0
    value = usage.get(name) if isinstance(usage, dict) else getattr(usage, name, 0)
    return int(value or 0)


@dataclass(frozen=True)
class UsageRow:
    day: str
    model: str
    answers: int
    calls: int
    prompt_tokens: int
    completion_tokens: int

    @property
    def cost(self) -> float | None:
        return estimated_cost(self.model, self.prompt_tokens, self.completion_tokens)


class UsageStore(Protocol):
    """Where answers' token usage is kept: the engine records, ``claimbot usage`` sums."""

    def record(self, by_model: dict[str, dict[str, int]], *, at: float | None = None) -> None:
        """Add one answer's usage (a :meth:`Meter.snapshot`)."""

    def summary(self) -> list[UsageRow]:
        """Totals by day (UTC) and model, oldest day first."""


def open_usage_store(home: Path, database_url: str | None = None) -> UsageStore:
    """Postgres when ``database_url`` (``CLAIMBOT_DATABASE_URL``) is given, else ``usage.sqlite3``
    under ``home``."""
    if database_url:
        from rag.llm.usage_postgres import PostgresUsage

        return PostgresUsage(database_url)
    return UsageLedger(home)


def day_of(at: float) -> str:
    """The UTC day of a timestamp, as the ledgers group by it."""
    return time.strftime("%Y-%m-%d", time.gmtime(at))


class UsageLedger:
    """``usage.sqlite3``: one row per answer and model. Safe for several processes (SQLite WAL)."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / USAGE_FILE
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS usage (at REAL NOT NULL, day TEXT NOT NULL, model TEXT NOT NULL, "
            "calls INTEGER NOT NULL, prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL)"
        )
        return db

    def record(self, by_model: dict[str, dict[str, int]], *, at: float | None = None) -> None:
        """Add one answer's usage (a :meth:`Meter.snapshot`)."""
        if not by_model:
            return
        at = time.time() if at is None else at
        day = day_of(at)
        with self._lock:
            db = self._connect()
            try:
                db.executemany(
                    "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?)",
                    [(at, day, m, r["calls"], r["prompt_tokens"], r["completion_tokens"]) for m, r in by_model.items()],
                )
            finally:
                db.close()

    def summary(self) -> list[UsageRow]:
        """Totals by day (UTC) and model, oldest day first."""
        if not self.path.exists():
            return []
        db = self._connect()
        try:
            rows = db.execute(
                "SELECT day, model, COUNT(*), SUM(calls), SUM(prompt_tokens), SUM(completion_tokens) "
                "FROM usage GROUP BY day, model ORDER BY day, model"
            ).fetchall()
        finally:
            db.close()
        return [UsageRow(*row) for row in rows]
