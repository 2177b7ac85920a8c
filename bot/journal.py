"""No acked work is lost: the journal of accepted work, and resuming it after a restart.

Slack gets its ack within milliseconds; the answer comes seconds later. A process that dies in
between (a crash, the OOM killer, a deploy that does not wait) would leave the question
unanswered, and Slack will not send it again: it was acked. So:

1. Each unit of work (a question, DM, follow-up or file share; a ``/claim``) is recorded in the
   bot's store before the ack, with the request body it came in: by the HTTP endpoint for
   Events API deliveries (:mod:`bot.ack_first`), else by :func:`bot.middleware.journaled`.
   The record's key is also the dedupe key: the second event of one @mention finds it taken.
2. The listener does the work inside :func:`finishing`, which marks the record when the reply is
   posted (or the failure reported). A cancelled listener (shutdown) leaves it open.
3. ``claimbot serve`` calls :func:`resume_unfinished` once it is listening: work left open by a
   process that is gone, and still worth doing (:data:`RESUME_WITHIN_S`, the life of a
   ``response_url``), is taken over and dispatched again through the app, as Slack sent it. The
   user first gets a short note that the reply was delayed by a restart. Older work is marked
   ``expired`` and left.

Each item is taken over with one conditional update, so two replicas starting together never
both resume it; an item whose process still runs (another replica) is left to it.

With Postgres (replicas on several hosts, :mod:`bot.pgstore`) a process on another host cannot
be looked up: open work carries a lease instead, renewed while its replica runs
(:func:`keep_leases`, which also scans for expired leases while serving, not only at start);
only the holder of a lease posts the answer and finishes the work.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.state import SharedState, as_state
from bot.store import BotStore, WorkItem
from bot.work import RESUME_WITHIN_S, finish, storage_full

__all__ = ["RESUME_WITHIN_S", "finishing", "resume_unfinished"]

log = logging.getLogger("claimbot.bot")

RESUMING = "claimbot_resuming"
"""Context key of a resumed request: the journal key it carries on. Only set in-process (a
request from Slack cannot carry it)."""
ACKED = "claimbot_acked"
"""Context key of a request the HTTP endpoint acked before Bolt saw it (:mod:`bot.ack_first`)."""
ACCEPTED = "claimbot_accepted"
"""Context key of the work such a request carries, journaled before the ack."""
WORK = "claimbot_work"
"""Context key of the journal key of the work a listener is doing."""
HOLDING: ContextVar[str | None] = ContextVar("claimbot_holding", default=None)
"""The journal key of the work the current request does (set with :data:`WORK`; a context
variable so that the answer's poster can check it still holds the work's lease)."""


@asynccontextmanager
async def finishing(store: SharedState, context: Mapping[str, Any]) -> AsyncIterator[None]:
    """Mark the listener's work finished when the block ends: ``done``, or ``failed`` when it
    raised (Bolt's error handler then tells the user). Not when cancelled: a shutdown mid-work
    leaves it for the next start; nor when the disk is full or read-only (the user is told,
    and the next start resumes it, :func:`bot.work.storage_full`)."""
    key = context.get(WORK)
    try:
        yield
    except Exception as error:
        if key and not storage_full(error):
            await finish(store, key, "failed")
        raise
    if key:
        await finish(store, key, "done")


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (not a zombie); this process's own pid is not "alive" for an
    earlier owner: it is an earlier run of this program that got the same pid (containers)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def owner_alive(owner: str) -> bool:
    pid = owner.split(":", 1)[0]
    return pid.isdigit() and _alive(int(pid))


def abandoned(item: WorkItem, now: float) -> bool:
    """Whether ``item``'s owner is gone: its lease expired (Postgres: a replica on any host
    renews the leases of its work while it runs), or, without leases (sqlite: one host), its
    process is not running."""
    if item.lease_until is not None:
        return item.lease_until <= now
    return not owner_alive(item.owner)


@dataclass(frozen=True)
class Resumed:
    resumed: list[str]
    expired: list[str]
    left: list[str]
    """Open work of processes that still run (other replicas)."""


async def resume_unfinished(
    app: AsyncApp, store: SharedState | BotStore, *, now: float | None = None
) -> Resumed:
    """Take over and redo the open work of processes that are gone (see the module's docstring).
    Returns once every item is dispatched (the work itself runs on, as after an ack)."""
    now = time.time() if now is None else now
    store = as_state(store)
    resumed, expired, left = [], [], []
    for item in await store.unfinished():
        if item.owner == store.owner:
            continue
        if not abandoned(item, now):
            left.append(item.key)
            continue
        if item.expires_at <= now:
            if not await store.take_over(item.key, item.owner, now=now):
                continue  # another replica took it first
            await store.finish(item.key, "expired")  # as its holder now: only holders finish work
            expired.append(item.key)
            log.warning(
                "not resuming %s: accepted %.0f min ago, too late to answer", item.key, (now - item.accepted_at) / 60
            )
            continue
        if not await store.take_over(item.key, item.owner, now=now):
            continue  # another replica took it first
        log.info("resuming %s (%s, accepted %.0f s ago by %s)", item.key, item.kind, now - item.accepted_at, item.owner)
        request = AsyncBoltRequest(body=item.body, mode="socket_mode", context={RESUMING: item.key})
        await asyncio.create_task(app.async_dispatch(request))  # its own context: its own request id
        if request.context.get(WORK) != item.key:  # no listener took it up this time
            await store.finish(item.key, "skipped")
            log.warning("resuming %s: no listener took it", item.key)
            continue
        resumed.append(item.key)
    if resumed or expired:
        log.info("journal: %d resumed, %d too old, %d left to running processes", len(resumed), len(expired), len(left))
    return Resumed(resumed, expired, left)


async def keep_leases(app: AsyncApp, store: SharedState, lease_s: float) -> None:
    """While serving with leases (Postgres): renew this process's leases every third of
    ``lease_s``, and take over the work of replicas whose leases expired (they died: a kill -9,
    a lost host) once per ``lease_s``. Runs until cancelled; a database that is down is waited
    out (its work is neither lost nor taken twice: the leases in it are what count)."""
    interval = max(0.2, lease_s / 3)
    scans = 0
    while True:
        await asyncio.sleep(interval)
        try:
            await store.renew_leases()
            scans += 1
            if scans % 3 == 0:
                await resume_unfinished(app, store)
        except Exception as err:  # noqa: BLE001 - keep renewing whatever one round met
            log.warning("journal leases: %s", type(err).__name__)
