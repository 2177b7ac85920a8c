"""Events API deliveries over HTTP are acked first and handled after.

Bolt acks an event only once its whole middleware chain and its listener matching have run
(request verification, authorization, our middleware, the journal write). In a burst of
@mentions the acks then queue behind all of that work for the requests before them: measured
with 50 concurrent mentions on 2 cores, the event loop stalled for 130-240 ms at a time, and
acks took as long. Slack only needs the ack to know the event arrived; the rest can follow.

So for an ``event_callback`` the HTTP endpoint (:mod:`bot.server`), once :mod:`bot.inbound` has
verified the request and parsed its body, asks :meth:`AckFirst.ack`:

1. Is it work (a question, a file share), as the listeners will judge it (:func:`bot.work.is_work`)?
   Then it goes in the journal now (:func:`bot.work.accept`), before the ack: no acked work is
   lost. Work already in the journal (the other event of an @mention, a retry, a redelivery) is
   acked and dropped here, without reaching Bolt at all. A journal that cannot be written
   (disk full) answers 503: Slack retries later.
2. Ack (200), and dispatch the event through Bolt in the background, marked as already
   journaled, where the listeners do the work as always.

Anything else (URL verification, slash commands, buttons) goes through Bolt unchanged.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot import work
from bot.journal import ACCEPTED, ACKED, WORK
from bot.store import BotStore

log = logging.getLogger("claimbot.bot")


class AckFirst:
    """The fast path of ``POST /slack/events`` for Events API deliveries."""

    def __init__(self, app: AsyncApp, store: BotStore) -> None:
        self.app = app
        self.store = store
        self._handling: set[asyncio.Task[Any]] = set()

    def ack(self, body: dict[str, Any]) -> tuple[int, str] | None:
        """For a verified event delivery (its parsed ``body``): the status to answer and a word
        for the log, its handling started when the status is 200. None when Bolt should handle
        the request itself (anything but an event callback)."""
        bot_user_id = _bot_user_id(body) if body.get("type") == "event_callback" else None
        if bot_user_id is None:
            return None  # not an event, or no authorizations in it: Bolt's authorization finds the bot
        context: dict[str, Any] = {ACKED: True}
        if work.is_work(body["event"], bot_user_id, self.store.answered_in_thread):
            try:
                key = work.accept(self.store, body)
            except work.JournalUnavailable:
                return 503, "journal unavailable"
            if key is None:
                return 200, "already handled"
            context[ACCEPTED] = key
        task = asyncio.ensure_future(self._handle(body, context))
        self._handling.add(task)
        task.add_done_callback(self._handling.discard)
        return 200, "journaled" if ACCEPTED in context else ""

    async def _handle(self, body: dict[str, Any], context: dict[str, Any]) -> None:
        """Bolt's handling of an acked event (its signature was checked: Socket Mode's path)."""
        request = AsyncBoltRequest(body=body, mode="socket_mode", context=context)
        response = await self.app.async_dispatch(request)
        if response.status >= 500:
            log.error("handling an acked event failed with %d", response.status)
        key = context.get(ACCEPTED)
        if key and request.context.get(WORK) != key:  # judged work here, but no listener took it
            work.finish(self.store, key, "skipped")


def _bot_user_id(body: dict[str, Any]) -> str | None:
    """The bot's user id, from the ``authorizations`` Slack puts in every event payload."""
    for authorization in body.get("authorizations") or ():
        if authorization.get("is_bot") and authorization.get("user_id"):
            return str(authorization["user_id"])
    return None

