"""``message`` events: DMs, follow-ups in threads the bot answered in, @mentions, file shares.

Slack sends an @mention twice (``app_mention`` and ``message``); :func:`bot.middleware.journaled`
lets the first through, and both go to :func:`handle_user_message`, so either one does all the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks, work
from bot.assistant import WORKING_STATUS, ClaimsDesk
from bot.conversation import dm_history, is_addressed, strip_mention, thread_history
from bot.journal import RESUMING, finishing
from bot.listeners.files import ingest_shared_files
from bot.middleware import journaled


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    async def for_the_bot(event: dict[str, Any], context: AsyncBoltContext, next) -> None:
        """Through when the message is work (:func:`bot.work.is_work`: addressed to the bot, or
        sharing files); else on to the catch-all listener below."""
        if work.is_work(event, context.bot_user_id, assistant.store.answered_in_thread):
            context["addressed"] = is_addressed(event, context.bot_user_id, assistant.store.answered_in_thread)
            await next()

    @app.event("message", middleware=[for_the_bot, journaled(assistant.store)])
    async def answer_message(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        async with finishing(assistant.store, context):
            await handle_user_message(
                assistant, client, event, context.bot_user_id, answer=context["addressed"], resumed=RESUMING in context
            )

    @app.event("message")
    async def ignore_other_messages() -> None:
        """Edits, joins, bot posts, chatter not meant for the bot: acked, nothing to do."""


async def handle_user_message(
    assistant: ClaimsDesk,
    client: AsyncWebClient,
    event: dict[str, Any],
    bot_user_id: str | None,
    *,
    answer: bool,
    resumed: bool = False,
    scopes: Sequence[str] = (),
    status: str | None = None,
) -> None:
    """Ingest the message's files (if any), then answer its question (if ``answer``).

    In a channel the reply goes in the message's thread; in a DM, top-level messages are answered
    top-level and thread replies in their thread (:func:`bot.work.reply_thread`). ``resumed``:
    the work of a process that died, taken up again (its files may be stored already).
    ``scopes``: what the question searches, when not just the message's channel (the assistant
    panel); ``status``: the status line shown while the bot works (by default a general one).
    """
    channel, ts = event["channel"], event["ts"]
    in_dm = channel.startswith("D")
    thread_ts = work.reply_thread(event)
    question = strip_mention(event.get("text", ""), bot_user_id)
    async with assistant.working(client, channel, ts, thread_ts=thread_ts, status=status or WORKING_STATUS):
        if event.get("files"):
            await ingest_shared_files(
                assistant, client, channel=channel, thread_ts=event.get("thread_ts") or ts, files=event["files"],
                resumed=resumed,
            )
        if not answer:
            return
        if not question:
            if not event.get("files"):
                await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **blocks.help_message())
            return
        if event.get("thread_ts"):
            history = await thread_history(
                client, channel=channel, thread_ts=event["thread_ts"], before_ts=ts, bot_user_id=bot_user_id
            )
        elif in_dm:
            history = await dm_history(client, channel=channel, before_ts=ts, bot_user_id=bot_user_id)
        else:
            history = []
        await assistant.answer_in_thread(
            client,
            channel=channel,
            ts=ts,
            thread_ts=thread_ts,
            user=event.get("user"),
            question=question,
            history=history,
            scopes=scopes,
        )
