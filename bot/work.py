"""Accepting work: the one place that decides whether a request is work for the bot, names it,
journals it, and says where its reply goes.

Both ways a request reaches the bot use it: the HTTP endpoint's ack-first path
(:mod:`bot.ack_first`, before the 200) and Bolt's listener middleware
(:func:`bot.middleware.journaled`: Socket Mode, slash commands, buttons, resumed work).

- :func:`is_work`: an event the listeners will act on (an @mention; a message addressed to the
  bot or sharing files).
- :func:`work_key`: the work's name in the journal; also its dedupe key, so the two events of
  one @mention, Slack's retries and replayed button clicks (same ``action_ts``) are done once.
- :func:`accept`: journal it before the ack; :class:`JournalUnavailable` when the journal cannot
  be written (disk full, read-only): the caller answers 503 so that Slack retries later.
- :func:`reply_thread`: the thread an event's reply goes to.
- :func:`storage_full`: whether a failure is the disk being full or read-only (the user is told
  so, and the work stays in the journal to be resumed).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from bot.conversation import is_addressed
from bot.store import BotStore

log = logging.getLogger("claimbot.bot")

RESUME_WITHIN_S = 30 * 60
"""Work older than this is not resumed: a ``/claim`` ``response_url`` expires after 30 minutes,
and a reply to a question asked half an hour ago is better asked again."""

MESSAGE, COMMAND, ACTION = "message", "command", "action"

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}
_FULL_WORDS = (
    "database or disk is full",
    "readonly database",
    "read-only file system",
    "no space left on device",
    "file too large",
    "disk quota exceeded",
    "disk i/o error",
)


class JournalUnavailable(RuntimeError):
    """The journal could not be written: the work was not accepted (answer 503: Slack retries)."""


def is_work(event: dict[str, Any], bot_user_id: str | None, answered_in_thread: Callable[[str, str], bool]) -> bool:
    """Whether the listeners will do something with ``event``: an @mention; a message addressed
    to the bot (:func:`bot.conversation.is_addressed`) or sharing files."""
    if event.get("type") == "app_mention":
        return True
    if event.get("type") != "message":
        return False
    return is_addressed(event, bot_user_id, answered_in_thread) or bool(event.get("files"))


def work_key(body: dict[str, Any]) -> tuple[str, str]:
    """``(kind, key)`` of the work a request asks for: one key per message (both events of an
    @mention), one per ``/claim`` run, one per button click (its user and ``action_ts``)."""
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        return MESSAGE, f"message:{event.get('channel')}:{event.get('ts')}"
    if body.get("type") == "block_actions":
        action = (body.get("actions") or [{}])[0]
        user = (body.get("user") or {}).get("id")
        return ACTION, f"action:{user}:{action.get('action_id')}:{action.get('action_ts')}"
    return COMMAND, f"command:{body.get('trigger_id') or body.get('response_url')}"


def accept(store: BotStore, body: dict[str, Any]) -> str | None:
    """Journal the work ``body`` asks for, as this process's; its key, or None when it was
    accepted before (by this or another process): someone else has it. Raises
    :class:`JournalUnavailable` when the journal cannot be written."""
    kind, key = work_key(body)
    try:
        accepted = store.accept(key, kind, body, expires_in=RESUME_WITHIN_S)
    except (sqlite3.Error, OSError) as err:
        log.error("cannot write the journal (%s: %s): answering 503 so Slack retries", type(err).__name__, err)
        raise JournalUnavailable(str(err)) from err
    return key if accepted else None


def finish(store: BotStore, key: str, outcome: str) -> None:
    """Mark journaled work over; a journal that cannot be written leaves it open (to be resumed),
    and never hides the reply or the failure being handled."""
    try:
        store.finish(key, outcome)
    except (sqlite3.Error, OSError) as err:
        log.warning("could not mark %s %s in the journal: %s", key, outcome, type(err).__name__)


def reply_thread(event: dict[str, Any]) -> str | None:
    """Where the reply to ``event`` goes: its thread; in a channel a top-level message starts
    one; in a DM a top-level message is answered top-level (None)."""
    if event.get("thread_ts"):
        return str(event["thread_ts"])
    if str(event.get("channel", "")).startswith("D"):
        return None
    return event.get("ts")


def storage_full(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it, also as the engine process reports it) is the disk
    being full or read-only, rather than a bug: nothing the user did, and worth retrying."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        text = " ".join(str(a) for a in getattr(current, "args", ())).lower()
        if any(word in text for word in _FULL_WORDS):
            return True
        current = current.__cause__ or current.__context__
    return False
