"""Cross-cutting concerns, as Bolt middleware: request ids in the logs, and handling each piece
of work once.

- :func:`log_request` (global) gives every request a short id (the HTTP endpoint gives it one
  before Bolt sees the request), kept in a context variable so every log line of the request
  (also from the listener task Bolt starts after the ack) carries it; the same id is the
  reference an error message shows the user.
- :func:`journaled` (listener middleware) records the unit of work in the journal before the
  ack (:mod:`bot.work`, :mod:`bot.journal`). Its key names the work, not the delivery, so it also lets only the
  first through of the ``app_mention`` and ``message`` events Slack sends for one @mention, of
  Slack's retries (``X-Slack-Retry-Num``) after a slow ack, and of redeliveries. Events that
  carry no work (the bot's own posts, chatter) are acked without a write.

The journal lives in :class:`bot.store.BotStore`, a sqlite file, so replicas on one machine
share it. Logs never carry tokens, message text or document text: ids, types and timings only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot import blocks, work
from bot.journal import ACCEPTED, ACKED, RESUMING, WORK
from bot.store import BotStore

log = logging.getLogger("claimbot.bot")

REQUEST_ID: ContextVar[str] = ContextVar("claimbot_request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Adds ``%(request_id)s`` to every record (``-`` outside a request), where the record is
    made: a record that went through a queue keeps the id it got there."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = REQUEST_ID.get()
        return True


def new_request_id() -> str:
    return uuid.uuid4().hex[:8]


def describe(body: dict[str, Any]) -> str:
    """``event app_mention C123 U456``, ``command /claim C123 U456``: ids only, never text."""
    if body.get("type") == "event_callback":
        event = body.get("event", {})
        kind = event.get("type", "?") + (f"/{event['subtype']}" if event.get("subtype") else "")
        return f"event {kind} {event.get('channel') or event.get('channel_id', '-')} {event.get('user', '-')}"
    if "command" in body:
        return f"command {body['command']} {body.get('channel_id', '-')} {body.get('user_id', '-')}"
    if body.get("type") == "block_actions":
        actions = ",".join(a.get("action_id", "?") for a in body.get("actions", []))
        return f"action {actions} {body.get('channel', {}).get('id', '-')} {body.get('user', {}).get('id', '-')}"
    return f"request {body.get('type', '?')}"


def received(body: dict[str, Any], retry: str | None) -> str:
    return f"received {describe(body)}" + (f" retry={retry}" if retry else "")


async def log_request(
    req: AsyncBoltRequest, body: dict[str, Any], context: dict[str, Any], next: Callable[[], Awaitable[None]]
):
    """Socket Mode envelopes (and resumed work) get their request id and log line here. Over
    HTTP the endpoint (:mod:`bot.server`) did both, in one line with the ack time (also for the
    events it acked before Bolt saw them): Bolt middleware runs before the listener, not
    around it."""
    if req.mode == "socket_mode" and not context.get(ACKED):
        REQUEST_ID.set(new_request_id())
        log.info("%s", received(body, req.headers.get("x-slack-retry-num", [None])[0]))
    return await next()


def journaled(store: BotStore):
    """Listener middleware: record the work in the journal before the ack (:func:`bot.work.accept`),
    or stop here when it is already there (the other event of an @mention, a replayed click).
    Work the HTTP endpoint journaled before its ack goes on; a resumed request carries on the
    work it took over, after telling the user why the reply comes late. A journal that cannot
    be written answers 503 (Slack retries; over Socket Mode the envelope is not acked)."""

    async def journaled(body: dict[str, Any], context: dict[str, Any], client, respond, next):
        kind, key = work.work_key(body)
        if context.get(RESUMING) == key:
            await tell_delayed(kind, body, client, respond)
        elif context.get(ACCEPTED) != key:
            try:
                accepted = work.accept(store, body)
            except work.JournalUnavailable:
                return BoltResponse(status=503, body="")
            if accepted is None:
                log.info("%s already handled by another delivery", key)
                return BoltResponse(status=200, body="")
        context[WORK] = key
        return await next()

    return journaled


async def tell_delayed(kind: str, body: dict[str, Any], client, respond) -> None:
    """The note before a reply that a restart delayed: in the thread (or DM) the reply goes to,
    or privately for ``/claim``. A button click needs none."""
    note = blocks.delayed_note_message()
    try:
        if kind == work.COMMAND:
            await respond(response_type="ephemeral", replace_original=False, **note)
        elif kind == work.MESSAGE:
            event = body["event"]
            await client.chat_postMessage(channel=event["channel"], thread_ts=work.reply_thread(event), **note)
    except Exception as err:  # the reply matters more than the note
        log.warning("could not post the delay note: %s", type(err).__name__)
