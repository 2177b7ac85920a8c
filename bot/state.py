"""The bot's shared state behind one async interface: the journal of accepted work, answers,
votes, the assistant panel's thread contexts and the reaction budget.

Two implementations store it; the logic that uses it (:mod:`bot.work`, :mod:`bot.journal`,
the listeners) is the same for both:

- :class:`SqliteState`, the embedded default: ``slack.sqlite3`` under ``CLAIMBOT_HOME``
  (:class:`bot.store.BotStore`), shared by replicas on one host. Its calls are sub-millisecond
  single-row statements and run on the event loop.
- :class:`bot.pgstore.PostgresState` when ``CLAIMBOT_DATABASE_URL`` is set: replicas on many
  hosts share it. Its calls are awaited over an async connection pool, so a slow or restarting
  database never stalls the event loop (and with it every other request's ack).

A store that cannot be reached raises :class:`StateUnavailable`: the HTTP endpoint then answers
503 so that Slack retries, and nothing acked is lost.
"""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path
from typing import Any, Protocol

from bot.store import AskedQuestion, BotStore, StoredAnswer, Vote, WorkItem
from rag.answer import Answer

DEFAULT_LEASE_S = 30.0
"""How long a replica's claim on its open work lasts without renewal (Postgres): a replica
that dies leaves its work to another this long after its last renewal."""


class StateUnavailable(RuntimeError):
    """The shared state could not be reached (the database is down or restarting)."""


class SharedState(Protocol):
    """What the bot keeps between requests and shares between its replicas."""

    owner: str
    """This process's name on the work it accepts."""
    lease_s: float
    """How long a lease lasts unless renewed (when :attr:`leases`)."""
    leases: bool
    """Whether open work carries a lease that must be renewed (else owners are processes on
    this host, alive or not: :func:`bot.journal.abandoned`)."""

    # the journal
    async def accept(self, key: str, kind: str, body: dict[str, Any], *, expires_in: float) -> bool: ...
    async def finish(self, key: str, outcome: str = "done") -> None: ...
    async def unfinished(self) -> list[WorkItem]: ...
    async def take_over(self, key: str, owner: str, *, now: float) -> bool: ...
    async def renew_leases(self) -> int: ...
    async def holds(self, key: str) -> bool: ...

    # answers, threads, votes
    async def record_answer(
        self, *, channel: str, thread_ts: str | None, user: str | None, question: str, answer: Answer
    ) -> str: ...
    async def answer(self, answer_id: str) -> StoredAnswer | None: ...
    async def questions_of(self, user: str, limit: int = 5) -> list[AskedQuestion]: ...
    async def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None: ...
    async def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None: ...
    async def answered_in_thread(self, channel: str, thread_ts: str) -> bool: ...
    async def vote(self, answer_id: str, user: str, helpful: bool) -> tuple[int, int]: ...
    async def explain_vote(
        self, answer_id: str, user: str, reason: str | None, comment: str | None
    ) -> tuple[int, int]: ...
    async def votes(self, limit: int | None = None) -> list[Vote]: ...

    # rate limits shared by replicas
    async def take_reaction(self, workspace: str, per_minute: int) -> bool: ...

    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


class Budget:
    """At most ``per_minute`` uses in any 60 seconds (in this process)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._used: deque[float] = deque()

    def take(self) -> bool:
        now = time.monotonic()
        while self._used and now - self._used[0] >= 60:
            self._used.popleft()
        if len(self._used) >= self.per_minute:
            return False
        self._used.append(now)
        return True


class SqliteState:
    """:class:`SharedState` in ``slack.sqlite3`` (:class:`bot.store.BotStore`)."""

    leases = False
    lease_s = DEFAULT_LEASE_S

    def __init__(self, store: BotStore) -> None:
        self.store = store
        self.owner = store.owner
        self._budgets: dict[str, Budget] = {}

    async def accept(self, key: str, kind: str, body: dict[str, Any], *, expires_in: float) -> bool:
        return self.store.accept(key, kind, body, expires_in=expires_in)

    async def finish(self, key: str, outcome: str = "done") -> None:
        self.store.finish(key, outcome)

    async def unfinished(self) -> list[WorkItem]:
        return self.store.unfinished()

    async def take_over(self, key: str, owner: str, *, now: float) -> bool:
        return self.store.take_over(key, owner)

    async def renew_leases(self) -> int:
        return 0

    async def holds(self, key: str) -> bool:
        return True  # one host: the owner is a process, which holds its work until it dies

    async def record_answer(
        self, *, channel: str, thread_ts: str | None, user: str | None, question: str, answer: Answer
    ) -> str:
        return self.store.record_answer(
            channel=channel, thread_ts=thread_ts, user=user, question=question, answer=answer
        )

    async def answer(self, answer_id: str) -> StoredAnswer | None:
        return self.store.answer(answer_id)

    async def questions_of(self, user: str, limit: int = 5) -> list[AskedQuestion]:
        return self.store.questions_of(user, limit)

    async def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None:
        self.store.save_thread_context(channel, thread_ts, context)

    async def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        return self.store.thread_context(channel, thread_ts)

    async def answered_in_thread(self, channel: str, thread_ts: str) -> bool:
        return self.store.answered_in_thread(channel, thread_ts)

    async def vote(self, answer_id: str, user: str, helpful: bool) -> tuple[int, int]:
        return self.store.vote(answer_id, user, helpful)

    async def explain_vote(
        self, answer_id: str, user: str, reason: str | None, comment: str | None
    ) -> tuple[int, int]:
        return self.store.explain_vote(answer_id, user, reason, comment)

    async def votes(self, limit: int | None = None) -> list[Vote]:
        return self.store.votes(limit)

    async def take_reaction(self, workspace: str, per_minute: int) -> bool:
        budget = self._budgets.setdefault(workspace, Budget(per_minute))
        return budget.take()

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self.store.close()


def as_state(store: BotStore | SharedState) -> SharedState:
    """The :class:`SharedState` of ``store`` (a :class:`BotStore` is wrapped)."""
    return SqliteState(store) if isinstance(store, BotStore) else store


async def open_state(home: Path, database_url: str | None = None, lease_s: float = DEFAULT_LEASE_S) -> SharedState:
    """Postgres when ``database_url`` is given (``CLAIMBOT_DATABASE_URL``:
    :class:`bot.settings.SharedStateSettings`), else ``slack.sqlite3`` under ``home``. Postgres's
    schema is created or upgraded here; :class:`StateUnavailable` when it cannot be reached."""
    if database_url:
        from bot.pgstore import PostgresState

        return await PostgresState.open(database_url, lease_s=lease_s)
    return SqliteState(BotStore.open(home))
