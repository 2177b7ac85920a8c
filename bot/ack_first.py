"""Events API deliveries over HTTP are acked first and handled after.

Bolt acks an event only once its whole middleware chain and its listener matching have run
(request verification, authorization, our middleware, the journal write). In a burst of
@mentions the acks then queue behind all of that work for the requests before them: measured
with 50 concurrent mentions on 2 cores, the event loop stalled for 130-240 ms at a time, and
acks took as long. Slack only needs the ack to know the event arrived; the rest can follow.

So for an ``event_callback`` the HTTP endpoint (:mod:`bot.server`) asks :meth:`AckFirst.ack`,
with the raw body (no Bolt request is built before the ack):

1. Is it from Slack? The ``X-Slack-Signature`` over the body and a timestamp within 5 minutes,
   checked as Bolt checks them. If not, Bolt handles the request (and answers 401).
2. Is it work (a question, a file share), as the listeners will judge it? Then it goes in the
   journal now (:meth:`bot.store.BotStore.accept`), before the ack: no acked work is lost. Work
   already in the journal (the other event of an @mention, a retry, a redelivery) is acked and
   dropped here, without reaching Bolt at all.
3. Ack (200), and dispatch the event through Bolt in the background, marked as already
   journaled, where the listeners do the work as always.

Anything else (URL verification, slash commands, buttons) goes through Bolt unchanged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.conversation import is_addressed
from bot.journal import ACCEPTED, ACKED, RESUME_WITHIN_S, WORK
from bot.middleware import work_key
from bot.store import BotStore

log = logging.getLogger("claimbot.bot")


class AckFirst:
    """The fast path of ``POST /slack/events`` for Events API deliveries."""

    def __init__(self, app: AsyncApp, store: BotStore, signing_secret: str) -> None:
        self.app = app
        self.store = store
        self.verifier = SignatureVerifier(signing_secret)
        self._handling: set[asyncio.Task[Any]] = set()

    def ack(self, raw: bytes, headers: Mapping[str, str]) -> tuple[dict[str, Any], str] | None:
        """For an authentic event delivery (``raw`` body, HTTP ``headers``): its body and a word
        for the log, its handling started; the caller acks with 200. None when Bolt should
        handle the request itself (anything else, or a bad signature: Bolt answers 401)."""
        if not headers.get("Content-Type", "").startswith("application/json") or b'"event_callback"' not in raw:
            return None
        if not self._genuine(raw, headers):
            return None
        try:
            body = json.loads(raw)
        except ValueError:
            return None
        bot_user_id = _bot_user_id(body) if isinstance(body, dict) and body.get("type") == "event_callback" else None
        if bot_user_id is None:
            return None  # not an event, or no authorizations in it: Bolt's authorization finds the bot
        context: dict[str, Any] = {ACKED: True}
        if is_work(body.get("event") or {}, bot_user_id, self.store):
            kind, key = work_key(body)
            if not self.store.accept(key, kind, body, expires_in=RESUME_WITHIN_S):
                return body, "already handled"
            context[ACCEPTED] = key
        task = asyncio.ensure_future(self._handle(body, context))
        self._handling.add(task)
        task.add_done_callback(self._handling.discard)
        return body, "journaled" if ACCEPTED in context else ""

    def _genuine(self, raw: bytes, headers: Mapping[str, str]) -> bool:
        """Bolt's check: the ``v0`` signature of the body, and a timestamp within 5 minutes."""
        try:
            return self.verifier.is_valid(
                raw, headers.get("X-Slack-Request-Timestamp"), headers.get("X-Slack-Signature")
            )
        except ValueError:  # a timestamp that is not a number
            return False

    async def _handle(self, body: dict[str, Any], context: dict[str, Any]) -> None:
        """Bolt's handling of an acked event (its signature was checked: Socket Mode's path)."""
        request = AsyncBoltRequest(body=body, mode="socket_mode", context=context)
        response = await self.app.async_dispatch(request)
        if response.status >= 500:
            log.error("handling an acked event failed with %d", response.status)
        key = context.get(ACCEPTED)
        if key and request.context.get(WORK) != key:  # judged work here, but no listener took it
            self.store.finish(key, "skipped")


def _bot_user_id(body: dict[str, Any]) -> str | None:
    """The bot's user id, from the ``authorizations`` Slack puts in every event payload."""
    for authorization in body.get("authorizations") or ():
        if authorization.get("is_bot") and authorization.get("user_id"):
            return str(authorization["user_id"])
    return None


def is_work(event: dict[str, Any], bot_user_id: str, store: BotStore) -> bool:
    """Whether the listeners will do something with ``event``: an @mention; a message for the
    bot, or one sharing files (:func:`bot.listeners.messages.register`'s ``for_the_bot``)."""
    if event.get("type") == "app_mention":
        return True
    if event.get("type") != "message":
        return False
    return is_addressed(event, bot_user_id, store.answered_in_thread) or bool(event.get("files"))
