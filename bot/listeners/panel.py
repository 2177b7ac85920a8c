"""The assistant panel: claimbot in Slack's AI-app split view, beside any channel (Bolt's
``AsyncAssistant`` middleware).

- ``assistant_thread_started``: a short greeting and suggested prompts built from the claims in
  reach (the user's DM with the bot, the channel beside the panel, ``workspace``).
- ``assistant_thread_context_changed``: the user moved to another channel; the thread now
  searches that one. Contexts are kept in the bot's store (:class:`StoredThreadContexts`), not
  in message metadata: replicas and a restarted bot read the same.
- A question in the thread: a status line saying what the bot reads, a title from the first
  question, and the answer in the thread, with its Sources, searched in one query over the DM,
  the channel the thread context names, and ``workspace``; never any other channel. Questions
  are journaled like DMs (answered once, resumed after a crash: :mod:`bot.journal`).

The channel beside the panel is only read for a user Slack lists among its members
(:mod:`bot.membership`): a thread opened beside a private channel the user has since left, or a
context naming a channel they were never in, reads the DM and ``workspace`` only.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.async_store import AsyncAssistantThreadContextStore
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.middleware.assistant.async_assistant import AsyncAssistant
from slack_bolt.middleware.async_custom_middleware import AsyncCustomMiddleware
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk
from bot.conversation import strip_mention
from bot.journal import finishing
from bot.listeners.messages import handle_user_message
from bot.membership import ChannelMembers
from bot.middleware import journaled
from bot.state import SharedState
from rag.metadata import find_claim_ids
from rag.records import ClaimRecord

log = logging.getLogger("claimbot.bot")

MAX_PROMPTS = 4
"""Slack shows up to four suggested prompts."""
TITLE_MAX = 80
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")


class StoredThreadContexts(AsyncAssistantThreadContextStore):
    """Bolt's thread-context store, in the bot's sqlite file."""

    def __init__(self, store: SharedState) -> None:
        self.store = store

    async def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        await self.store.save_thread_context(channel_id, thread_ts, dict(context))

    async def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        found = await self.store.thread_context(channel_id, thread_ts)
        return AssistantThreadContext(found) if found and found.get("channel_id") else None


def panel_scopes(dm: str, context: dict[str, Any] | None) -> list[str]:
    """What a question in the panel searches: the DM it is asked in, and the channel the thread
    context names when it is a channel (a public or private one: not another DM); the engine
    adds ``workspace``."""
    beside = (context or {}).get("channel_id")
    scopes = [dm]
    if isinstance(beside, str) and _CHANNEL_ID.match(beside) and beside != dm:
        scopes.append(beside)
    return scopes


async def panel_reach(
    members: ChannelMembers, client: AsyncWebClient, user: str | None, dm: str, context: dict[str, Any] | None
) -> list[str]:
    """:func:`panel_scopes`, less the channel beside when ``user`` is not one of its members."""
    scopes = panel_scopes(dm, context)
    if len(scopes) > 1 and not await members.includes(client, scopes[1], user):
        log.info("assistant panel beside a channel the user is not in: that channel is left out")
        return scopes[:1]
    return scopes


def suggested_prompts(claims: list[ClaimRecord]) -> list[dict[str, str]]:
    """Prompts built from the claims in reach: a summary and an open-items question about the
    most recent claims, and the list of claims; general ones when none is in reach."""
    prompts: list[dict[str, str]] = []
    recent = sorted(claims, key=lambda c: c.date_of_loss or "", reverse=True)
    for claim in recent[:2]:
        prompts.append({"title": f"Summarize {claim.claim_id}", "message": f"Summarize {claim.claim_id}"})
    if recent:
        first = recent[0].claim_id
        prompts.append({"title": f"What's still open on {first}?", "message": f"What is still open on {first}?"})
    prompts.append({"title": "Which claims do you know?", "message": "Which claims do you know?"})
    if not claims:
        prompts.insert(0, {"title": "What can you do?", "message": "What can you do?"})
    return prompts[:MAX_PROMPTS]


def status_for(question: str, claims: list[ClaimRecord]) -> str:
    """What the status line says while the bot works: ``is reading CLM-1042's 5 files...``."""
    named = [c for c in claims if c.claim_id in set(find_claim_ids(question))]
    if len(named) == 1:
        n = len(named[0].documents)
        return f"is reading {named[0].claim_id}'s {n} file{'s' if n != 1 else ''}..."
    files = sum(len(c.documents) for c in claims)
    return f"is searching {files} file{'s' if files != 1 else ''}..." if files else "is looking..."


def register(app: AsyncApp, desk: ClaimsDesk) -> None:
    panel = AsyncAssistant(thread_context_store=StoredThreadContexts(desk.store))
    members = ChannelMembers()

    @panel.thread_started
    async def greet(payload: dict[str, Any], client: AsyncWebClient) -> None:
        thread = payload["assistant_thread"]
        dm, thread_ts = thread["channel_id"], thread["thread_ts"]
        context = thread.get("context") or {}
        await desk.store.save_thread_context(dm, thread_ts, context)
        reach = await panel_reach(members, client, thread.get("user_id"), dm, context)
        claims = await desk.claims(scope=dm, scopes=reach)
        await client.chat_postMessage(channel=dm, thread_ts=thread_ts, **blocks.panel_greeting_message(len(claims)))
        await client.assistant_threads_setSuggestedPrompts(
            channel_id=dm, thread_ts=thread_ts, title="Try asking", prompts=suggested_prompts(claims)
        )
        log.info("assistant thread started: %d claims in reach, %s", len(claims), "beside a channel" if
                 len(reach) > 1 else "no channel")  # fmt: skip

    @panel.thread_context_changed
    async def context_changed(payload: dict[str, Any]) -> None:
        thread = payload["assistant_thread"]
        await desk.store.save_thread_context(thread["channel_id"], thread["thread_ts"], thread.get("context") or {})

    once = [AsyncCustomMiddleware(app_name=app.name, func=journaled(desk.store))]

    @panel.user_message(middleware=once)  # type: ignore[arg-type]  # a list, as Bolt's code takes it
    async def answer_in_panel(
        payload: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        async with finishing(desk.store, context):
            await answer_panel_question(desk, client, payload, context.bot_user_id, members)

    app.assistant(panel)


async def answer_panel_question(
    desk: ClaimsDesk,
    client: AsyncWebClient,
    event: dict[str, Any],
    bot_user_id: str | None,
    members: ChannelMembers,
) -> None:
    """A message in an assistant thread (or any thread of the user's DM with the bot): status,
    title (first question), answer."""
    dm, thread_ts = event["channel"], event["thread_ts"]
    scopes = await panel_reach(members, client, event.get("user"), dm, await desk.store.thread_context(dm, thread_ts))
    question = strip_mention(event.get("text", ""), bot_user_id)
    status = None
    if question:
        claims = await desk.claims(scope=dm, scopes=scopes)
        status = status_for(question, claims)
        await desk.set_status(client, dm, thread_ts, status)
        if not await desk.store.answered_in_thread(dm, thread_ts):
            await _set_title(client, dm, thread_ts, question)
    await handle_user_message(desk, client, event, bot_user_id, answer=True, scopes=scopes, status=status)


async def _set_title(client: AsyncWebClient, dm: str, thread_ts: str, question: str) -> None:
    title = question if len(question) <= TITLE_MAX else question[: TITLE_MAX - 1].rstrip() + "…"
    try:
        await client.assistant_threads_setTitle(channel_id=dm, thread_ts=thread_ts, title=title)
    except SlackApiError as err:  # a plain DM thread is no assistant thread: no title there
        log.info("assistant.threads.setTitle refused: %s", err.response.get("error"))
