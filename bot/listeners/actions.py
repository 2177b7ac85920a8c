"""Buttons under answers: Helpful / Not helpful votes (Not helpful opens a small form asking what
was wrong), Show all sources, and Share in channel for /claim answers.

A click's payload is signed, but its ``value`` (the answer id) is only what the button carried:
nothing about it is trusted.

- The answer must belong to the channel the click came from (:func:`answer_for_click`): an id
  from another channel is refused with a private note (no vote counted, nothing posted, no
  sources shown).
- **Share**: only by the person who asked, and so only into the answer's own channel.
- **Votes**: by anyone in the answer's channel, one per person (a second click changes that
  person's vote), on the answer's own message.
- A click is journaled under its user and ``action_ts`` (:func:`bot.work.work_key`): a replayed
  click changes nothing.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk
from bot.journal import finishing
from bot.listeners.errors import reported
from bot.middleware import journaled
from bot.store import StoredAnswer

log = logging.getLogger("claimbot.bot")

GONE = "That answer is no longer on file; ask again to get a fresh one."
ELSEWHERE = "That button belongs to an answer in another conversation; claimbot only acts on it there."
NOT_THIS_MESSAGE = "That button does not belong to this answer; nothing was recorded."
NOT_THE_ASKER = "Only the person who asked can share this answer in the channel."
THANKS_UP = "Thanks, glad it helped."
THANKS_DOWN = "Thanks for telling me; it is noted for the team."


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    middleware = [journaled(assistant.store)]

    @app.action(blocks.ACTION_HELPFUL, middleware=middleware)
    @app.action(blocks.ACTION_NOT_HELPFUL, middleware=middleware)
    async def record_vote(
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: AsyncBoltContext,
    ) -> None:
        await ack()
        async with finishing(assistant.store, context), reported(body, client, respond):
            await vote(assistant, body, action, client, respond)

    @app.action(blocks.ACTION_SHOW_SOURCES)
    async def show_sources(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        async with reported(body, client, respond):
            stored = await _answer_here(assistant, body, action, respond)
            if stored is not None:
                message = blocks.all_sources_message(stored.answer)
                await respond(response_type="ephemeral", replace_original=False, **message)

    @app.view(blocks.FEEDBACK_CALLBACK_ID)
    async def feedback_submitted(
        ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        await explain_vote(assistant, body, view, client)

    @app.action(blocks.ACTION_SHARE, middleware=middleware)
    async def share_answer(
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: AsyncBoltContext,
    ) -> None:
        await ack()
        async with finishing(assistant.store, context), reported(body, client, respond):
            await share(assistant, body, action, respond)


def clicked_in(body: dict[str, Any]) -> str | None:
    """The channel the click came from (Slack's, in the signed payload)."""
    return (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")


def answer_for_click(assistant: ClaimsDesk, answer_id: str, channel: str | None) -> tuple[StoredAnswer | None, str]:
    """The answer a button (or the form it opened) refers to, when it may be used from
    ``channel``: only from the answer's own channel (Slack only shows, and sends clicks on, a
    message to those who can see it), so an id of another channel's answer is refused.
    Returns ``(answer, "")`` or ``(None, why)``."""
    stored = assistant.store.answer(answer_id)
    if stored is None:
        return None, GONE
    if not channel or stored.channel != channel:
        log.warning("refused a click on answer %s from another channel", stored.id)
        return None, ELSEWHERE
    return stored, ""


async def _refuse(respond: AsyncRespond, text: str) -> None:
    await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(text))


async def _answer_here(
    assistant: ClaimsDesk, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
) -> StoredAnswer | None:
    """The clicked answer, when it is on file and belongs to the click's channel; else the user
    is told why not and None is returned."""
    stored, why = answer_for_click(assistant, str(action.get("value") or ""), clicked_in(body))
    if stored is None:
        await _refuse(respond, why)
    return stored


def _carries(message: dict[str, Any], stored: StoredAnswer) -> bool:
    """Whether ``message`` (the clicked one) is ``stored``'s: its buttons carry its id."""
    for block in message.get("blocks") or ():
        for element in block.get("elements") or () if isinstance(block, dict) else ():
            if isinstance(element, dict) and element.get("value") == stored.id:
                return True
    return False


async def vote(
    assistant: ClaimsDesk, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
) -> None:
    """Record the vote and bring the counts under the answer up to date; Not helpful also opens
    the form that asks what was wrong. Each vote gets a quiet (ephemeral) thank-you."""
    stored = await _answer_here(assistant, body, action, respond)
    if stored is None:
        return
    container = body.get("container") or {}
    original = body.get("message") or {}
    if not container.get("is_ephemeral") and not _carries(original, stored):
        log.warning("refused a vote on answer %s: clicked on another message", stored.id)
        await _refuse(respond, NOT_THIS_MESSAGE)
        return
    helpful = action["action_id"] == blocks.ACTION_HELPFUL
    up, down = assistant.store.vote(stored.id, body["user"]["id"], helpful)
    log.info("vote %s on %s: %d up, %d down", "up" if helpful else "down", stored.id, up, down)
    if not helpful and body.get("trigger_id"):  # first: a trigger id lasts 3 seconds
        where_ = {"answer_id": stored.id, "channel": container.get("channel_id")}
        await client.views_open(trigger_id=body["trigger_id"], view=blocks.feedback_modal(json.dumps(where_)))
    if container.get("is_ephemeral"):
        message = blocks.answer_message(stored.answer, answer_id=stored.id, ephemeral=True, votes=(up, down))
        await respond(replace_original=True, **message)
    else:
        await client.chat_update(
            channel=container["channel_id"],
            ts=container["message_ts"],
            text=original.get("text", ""),
            blocks=blocks.with_votes(original.get("blocks", []), up, down),
        )
    if helpful:
        await respond(response_type="ephemeral", replace_original=False, **blocks.notice_message(THANKS_UP, ":pray:"))


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
    """Post a private /claim answer in its channel, and remove the private copy: only by the
    person who asked."""
    stored = await _answer_here(assistant, body, action, respond)
    if stored is None:
        return
    user = body["user"]["id"]
    if stored.user != user:
        log.warning("refused sharing answer %s: not the asker", stored.id)
        await _refuse(respond, NOT_THE_ASKER)
        return
    message = blocks.answer_message(
        stored.answer, answer_id=stored.id, question=stored.question, asked_by=stored.user, shared_by=user
    )
    await respond(response_type="in_channel", replace_original=False, **message)
    await respond(delete_original=True)
    log.info("shared answer %s", stored.id)
