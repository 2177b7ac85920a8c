"""Buttons under answers: Helpful / Not helpful votes, and Share in channel for /claim answers."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk
from bot.listeners.errors import reported

log = logging.getLogger("claimbot.bot")

GONE = "That answer is no longer on file; ask again to get a fresh one."


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.action(blocks.ACTION_HELPFUL)
    @app.action(blocks.ACTION_NOT_HELPFUL)
    async def record_vote(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        async with reported(body, client, respond):
            await vote(assistant, body, action, client, respond)

    @app.action(blocks.ACTION_SHARE)
    async def share_answer(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        async with reported(body, client, respond):
            await share(assistant, body, action, respond)


async def vote(
    assistant: ClaimsDesk, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
) -> None:
    """Record the vote and bring the counts under the answer up to date."""
    stored = assistant.store.answer(action["value"])
    if stored is None:
        await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(GONE))
        return
    helpful = action["action_id"] == blocks.ACTION_HELPFUL
    up, down = assistant.store.vote(stored.id, body["user"]["id"], helpful)
    log.info("vote %s on %s: %d up, %d down", "up" if helpful else "down", stored.id, up, down)
    container = body.get("container", {})
    if container.get("is_ephemeral"):
        message = blocks.answer_message(stored.answer, answer_id=stored.id, ephemeral=True, votes=(up, down))
        await respond(replace_original=True, **message)
    else:
        original = body["message"]
        await client.chat_update(
            channel=container["channel_id"],
            ts=container["message_ts"],
            text=original.get("text", ""),
            blocks=blocks.with_votes(original.get("blocks", []), up, down),
        )


async def share(assistant: ClaimsDesk, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond) -> None:
    """Post a private /claim answer in the channel, and remove the private copy."""
    stored = assistant.store.answer(action["value"])
    if stored is None:
        await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(GONE))
        return
    user = body["user"]["id"]
    message = blocks.answer_message(
        stored.answer, answer_id=stored.id, question=stored.question, asked_by=stored.user, shared_by=user
    )
    await respond(response_type="in_channel", replace_original=False, **message)
    await respond(delete_original=True)
    log.info("shared answer %s", stored.id)
