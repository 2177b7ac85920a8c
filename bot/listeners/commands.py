"""``/claim``: private (ephemeral) answers, with a button to share them in the channel.

    /claim <question>          /claim summary CLM-1042
    /claim list                /claim help

The command is journaled and acked at once; the reply goes through the command's ``response_url``
(valid 30 minutes: a restart within them still answers, :mod:`bot.journal`).
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk, where
from bot.journal import finishing
from bot.listeners.errors import reported
from bot.middleware import journaled
from rag.errors import UnknownClaimError
from rag.metadata import read_claim_number

log = logging.getLogger("claimbot.bot")

COMMAND = "/claim"
SUBCOMMANDS = ("summary", "list", "help")


@dataclass(frozen=True)
class Parsed:
    action: str
    """``ask``, ``summary``, ``list`` or ``help``."""
    argument: str = ""
    note: str | None = None
    """Why the help text is shown instead (an unknown subcommand, a missing claim id)."""


def parse(text: str) -> Parsed:
    """What ``/claim <text>`` asks for. A single unknown word, or a near-miss of a subcommand
    (``/claim sumary CLM-1``), gets the help text; a claim number alone, spaces and all
    (``/claim WC 2025 00123``), is a summary. The claim number
    after ``summary`` is read whole, as the engine reads them (``/claim summary WC 2025 00123``)."""
    text = (text or "").strip()
    if not text:
        return Parsed("help")
    first, _, rest = text.partition(" ")
    word, rest = first.lower(), rest.strip()
    if word == "summary":
        if claim_id := read_claim_number(rest):
            return Parsed("summary", claim_id)
        return Parsed("help", note="Which claim? For example: /claim summary CLM-1042")
    if word in ("list", "help") and not rest:
        return Parsed(word)
    if claim_id := read_claim_number(text):
        return Parsed("summary", claim_id)
    if not rest:
        return Parsed("help", note=f"I don't know the subcommand “{first}”.")
    near = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.75)
    if near and len(rest.split()) <= 1:
        return Parsed("help", note=f"I don't know the subcommand “{first}”. Did you mean /claim {near[0]}?")
    return Parsed("ask", text)


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.command(COMMAND, middleware=[journaled(assistant.store)])
    async def claim_command(
        ack: AsyncAck,
        command: dict[str, Any],
        body: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: AsyncBoltContext,
    ) -> None:
        await ack()
        parsed = parse(command.get("text", ""))
        log.info("/claim %s", parsed.action)
        async with finishing(assistant.store, context), reported(body, client, respond):
            await respond(response_type="ephemeral", **await reply(assistant, parsed, command))


async def reply(assistant: ClaimsDesk, parsed: Parsed, command: dict[str, Any]) -> blocks.Message:
    """The private reply to one ``/claim``."""
    channel, user = command["channel_id"], command["user_id"]
    if parsed.action == "help":
        return blocks.help_message(parsed.note)
    if parsed.action == "list":
        return blocks.claims_message(await assistant.claims(scope=channel), where(channel))
    try:
        if parsed.action == "summary":
            answer = await assistant.summarize(parsed.argument, scope=channel)
        else:
            answer = await assistant.ask(parsed.argument, scope=channel)
    except UnknownClaimError as err:
        return blocks.notice_message(str(err))
    question = parsed.argument if parsed.action == "ask" else f"Summary of {parsed.argument}"
    answer_id = await assistant.store.record_answer(
        channel=channel, thread_ts=None, user=user, question=question, answer=answer
    )
    return blocks.answer_message(answer, answer_id=answer_id, ephemeral=True)
