"""Failures: whatever went wrong, the user gets a short message with a reference id where they
asked (the thread, the DM, or privately for /claim and buttons); the details go to the log
under the same id; the bot keeps serving. A full or read-only disk is said as such, and the
work stays in the journal (:func:`bot.journal.finishing`) for the next start to resume.

Only verified requests get here (:mod:`bot.inbound` answers 401 to the rest before Bolt sees
them), so the channel, thread and ``response_url`` a report goes to are Slack's.

Events reach :func:`report` through Bolt's global error handler. Listeners that ack by
themselves (commands, buttons) wrap their work in :func:`reported` instead of raising: Bolt
1.30 polls for their ack every 10 ms, and a listener that raises within that window has its ack
reset by Bolt's error path, so Slack would get no answer at all.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk
from bot.middleware import REQUEST_ID, new_request_id
from bot.work import reply_thread, storage_full

log = logging.getLogger("claimbot.bot")


async def report(error: Exception, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond) -> str:
    """Log ``error`` with a reference id and tell the user; returns the reference."""
    reference = REQUEST_ID.get()
    if reference == "-":
        reference = new_request_id()
        REQUEST_ID.set(reference)
    if storage_full(error):
        log.error("storage full or read-only (reference %s): %s; the work stays journaled", reference, error)
        message = blocks.storage_full_message(reference)
    else:
        log.error("failed (reference %s): %s", reference, type(error).__name__, exc_info=error)
        message = blocks.error_message(reference)
    try:
        event = body.get("event") if body.get("type") == "event_callback" else None
        if event and event.get("channel"):
            await client.chat_postMessage(channel=event["channel"], thread_ts=reply_thread(event), **message)
        elif body.get("response_url"):
            await respond(response_type="ephemeral", replace_original=False, **message)
    except Exception as err:  # the report itself failed (Slack down, token revoked): the log has it
        log.error("could not tell the user about reference %s: %s", reference, type(err).__name__)
    return reference


@asynccontextmanager
async def reported(body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond) -> AsyncIterator[None]:
    """Report a failure inside the block to the user instead of raising it."""
    try:
        yield
    except Exception as error:
        await report(error, body, client, respond)


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.error
    async def report_error(
        error: Exception, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await report(error, body, client, respond)
