"""Buttons under answers: Helpful / Not helpful votes (Not helpful opens a small form asking what
was wrong), Show all sources, and Share in channel for /claim answers.

The buttons that read or change an answer on file go through :func:`answer_for_click`: an answer
id clicked in one channel that belongs to another channel's answer is refused (a forged button
value must not reveal another channel's sources)."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk
from bot.listeners.errors import reported
from bot.store import StoredAnswer

log = logging.getLogger("claimbot.bot")

GONE = "That answer is no longer on file; ask again to get a fresh one."
NOT_YOURS = "That answer belongs to another conversation."
THANKS_UP = "Thanks, glad it helped."
THANKS_DOWN = "Thanks for telling me; it is noted for the team."


def click_channel(body: dict[str, Any]) -> str | None:
    """The channel a click came from (the message's, or the modal's private metadata)."""
    return (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")


def answer_for_click(assistant: ClaimsDesk, answer_id: str, channel: str | None) -> tuple[StoredAnswer | None, str]:
    """The answer a button refers to, when it may be used from ``channel``: only by the members
    of the answer's own channel (Slack only shows, and sends clicks on, a message to those who
    can see it), so an id of another channel's answer is refused. Returns ``(answer, "")`` or
    ``(None, why)``."""
    stored = assistant.store.answer(answer_id)
    if stored is None:
        return None, GONE
    if not channel or stored.channel != channel:
        log.warning("refused a click on answer %s from another channel", stored.id)
        return None, NOT_YOURS
    return stored, ""


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.action(blocks.ACTION_HELPFUL)
    @app.action(blocks.ACTION_NOT_HELPFUL)
    async def record_vote(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        async with reported(body, client, respond):
            await vote(assistant, body, action, client, respond)

    @app.action(blocks.ACTION_SHOW_SOURCES)
    async def show_sources(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        async with reported(body, client, respond):
            stored, why = answer_for_click(assistant, action["value"], click_channel(body))
            message = blocks.all_sources_message(stored.answer) if stored else blocks.notice_message(why)
            await respond(response_type="ephemeral", replace_original=False, **message)

    @app.view(blocks.FEEDBACK_CALLBACK_ID)
    async def feedback_submitted(
        ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        await explain_vote(assistant, body, view, client)

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
    """Record the vote and bring the counts under the answer up to date; Not helpful also opens
    the form that asks what was wrong. Each vote gets a quiet (ephemeral) thank-you."""
    stored, why = answer_for_click(assistant, action["value"], click_channel(body))
    if stored is None:
        await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(why))
        return
    helpful = action["action_id"] == blocks.ACTION_HELPFUL
    up, down = assistant.store.vote(stored.id, body["user"]["id"], helpful)
    log.info("vote %s on %s: %d up, %d down", "up" if helpful else "down", stored.id, up, down)
    if not helpful and body.get("trigger_id"):  # first: a trigger id lasts 3 seconds
        container = body.get("container", {})
        where_ = {"answer_id": stored.id, "channel": container.get("channel_id")}
        await client.views_open(trigger_id=body["trigger_id"], view=blocks.feedback_modal(json.dumps(where_)))
    await _show_votes(assistant, stored, body, client, respond, up, down)
    if helpful:
        await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(THANKS_UP, ":pray:"))


async def _show_votes(
    assistant: ClaimsDesk, stored: StoredAnswer, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond,
    up: int, down: int,
) -> None:  # fmt: skip
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


async def explain_vote(
    assistant: ClaimsDesk, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
) -> None:
    """The Not helpful form, submitted: the reason and comment go with the user's vote, the user
    gets a quiet thank-you. The answer is checked again against the channel the form was
    opened from (its private metadata is ours, but the submission is a new request)."""
    try:
        where_ = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        where_ = {}
    stored, _ = answer_for_click(assistant, str(where_.get("answer_id") or ""), where_.get("channel"))
    if stored is None:
        return
    reason, comment = blocks.feedback_values(view)
    user = body["user"]["id"]
    assistant.store.explain_vote(stored.id, user, reason, comment)
    log.info("feedback on %s: reason=%s comment=%s", stored.id, reason, "yes" if comment else "no")
    try:
        thanks = blocks.notice_message(THANKS_DOWN, ":pray:")
        await client.chat_postEphemeral(channel=stored.channel, user=user, **thanks)
    except Exception as err:  # noqa: BLE001 - the thank-you is a nicety; the feedback is stored
        log.info("no thank-you for the feedback: %s", type(err).__name__)


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
