"""The global error handler: whatever failed, the user gets a short message with a reference id
where they asked (the thread, the DM, or privately for /claim and buttons); the details go to
the log under the same id; the bot keeps serving."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import Assistant
from bot.middleware import REQUEST_ID, new_request_id

log = logging.getLogger("claimbot.bot")


def register(app: AsyncApp, assistant: Assistant) -> None:
    @app.error
    async def report_error(
        error: Exception, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        reference = REQUEST_ID.get()
        if reference == "-":
            reference = new_request_id()
            REQUEST_ID.set(reference)
        log.error("failed (reference %s): %s", reference, type(error).__name__, exc_info=error)
        message = blocks.error_message(reference)
        try:
            event = body.get("event") if body.get("type") == "event_callback" else None
            if event and event.get("channel"):
                thread_ts = event.get("thread_ts") or (None if event["channel"].startswith("D") else event.get("ts"))
                await client.chat_postMessage(channel=event["channel"], thread_ts=thread_ts, **message)
            elif body.get("response_url"):
                await respond(response_type="ephemeral", replace_original=False, **message)
        except Exception as err:  # the report itself failed (Slack down, token revoked): log only
            log.error("could not tell the user about reference %s: %s", reference, type(err).__name__)
