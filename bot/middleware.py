"""Cross-cutting concerns, as Bolt middleware: request ids in the logs, and handling each
delivery once.

- :func:`log_request` (global) gives every request a short id, kept in a context variable so
  every log line of the request (also from the listener task Bolt starts after the ack) carries
  it; the same id is the reference an error message shows the user.
- :func:`skip_redeliveries` (global) acks an Events API delivery whose ``event_id`` was already
  claimed: Slack's retries (``X-Slack-Retry-Num``) after a slow ack, and redeliveries.
- :func:`once_per_message` (listener middleware) lets only the first of the ``app_mention`` and
  ``message`` events Slack sends for one @mention through.

Claims live in :class:`bot.store.BotStore`, a sqlite file, so replicas on one machine share them.
Logs never carry tokens, message text or document text: ids, types and timings only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.store import BotStore

log = logging.getLogger("claimbot.bot")

REQUEST_ID: ContextVar[str] = ContextVar("claimbot_request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Adds ``%(request_id)s`` to every record (``-`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
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


async def log_request(req: AsyncBoltRequest, body: dict[str, Any], next: Callable[[], Awaitable[None]]):
    """Bolt middleware runs in sequence, not around the listener: the ack time is logged by
    the HTTP endpoint (:mod:`bot.server`), under the id set here."""
    REQUEST_ID.set(new_request_id())
    retry = req.headers.get("x-slack-retry-num", [None])[0]
    log.info("received %s%s", describe(body), f" retry={retry}" if retry else "")
    return await next()


def skip_redeliveries(store: BotStore):
    async def skip_redeliveries(req: AsyncBoltRequest, body: dict[str, Any], next):
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not store.claim(f"event:{event_id}"):
            retry = req.headers.get("x-slack-retry-num", ["-"])[0]
            log.info("skipped a redelivery of %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
        return await next()

    return skip_redeliveries


def once_per_message(store: BotStore):
    """Listener middleware: the first listener to claim ``channel:ts`` of a message handles it."""

    async def once_per_message(event: dict[str, Any], next):
        if store.claim(f"message:{event.get('channel')}:{event.get('ts')}"):
            return await next()
        log.info("message %s already handled by another delivery", event.get("ts"))
        return BoltResponse(status=200, body="")

    return once_per_message
