"""Reading a Slack conversation: who a message is addressed to, and the turns before it.

The engine takes ``history`` as plain strings, oldest first (earlier questions and answers);
a follow-up that names no claim is read as being about the claim the history was about.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from rag.llm.history import Turn

MAX_TURNS = 10
"""Earlier messages passed to the engine: enough for a follow-up, short enough to stay on topic."""

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_ANSWERED_SUBTYPES = {None, "file_share", "thread_broadcast"}


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The message text without the bot's ``<@U...>`` mention(s), whitespace collapsed."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text or "")
    return re.sub(r"\s+", " ", text or "").strip()


def mentioned_users(text: str) -> set[str]:
    return set(_MENTION.findall(text or ""))


def is_user_message(event: dict[str, Any]) -> bool:
    """A message a person wrote (or a file they shared), not an edit, a join or a bot's post."""
    return event.get("subtype") in _ANSWERED_SUBTYPES and not event.get("bot_id")


def is_addressed(
    event: dict[str, Any],
    bot_user_id: str | None,
    answered_in_thread: Callable[[str, str], bool],
) -> bool:
    """Whether the bot should answer ``event`` (a ``message`` event) without an ``app_mention``.

    Yes in a DM, when the bot is mentioned, and in a thread the bot has answered in (or started)
    unless the message is meant for someone else (it mentions other people, not the bot).
    """
    decided = addressed_unless_thread(event, bot_user_id)
    return answered_in_thread(event["channel"], event["thread_ts"]) if decided is None else decided


async def is_addressed_async(
    event: dict[str, Any],
    bot_user_id: str | None,
    answered_in_thread: Callable[[str, str], Awaitable[bool]],
) -> bool:
    """:func:`is_addressed` with the shared state's (async) ``answered_in_thread``."""
    decided = addressed_unless_thread(event, bot_user_id)
    return await answered_in_thread(event["channel"], event["thread_ts"]) if decided is None else decided


def addressed_unless_thread(event: dict[str, Any], bot_user_id: str | None) -> bool | None:
    """:func:`is_addressed`, or None when that depends on whether the bot answered in the thread."""
    if not is_user_message(event):
        return False
    if event.get("channel_type") == "im":
        return True
    mentions = mentioned_users(event.get("text", ""))
    if bot_user_id and bot_user_id in mentions:
        return True
    thread_ts = event.get("thread_ts")
    if not thread_ts or thread_ts == event.get("ts") or mentions:
        return False
    if bot_user_id and event.get("parent_user_id") == bot_user_id:
        return True
    return None


def _turn(message: dict[str, Any], bot_user_id: str | None) -> str:
    """The message's text, as a :class:`~rag.llm.history.Turn` that says who wrote it (the
    language-model manager reads the thread as conversation turns)."""
    if message.get("bot_id") or (bot_user_id and message.get("user") == bot_user_id):
        return Turn((message.get("text") or "").strip(), "assistant")
    return Turn(strip_mention(message.get("text", ""), bot_user_id), "user")


async def thread_history(
    client: AsyncWebClient,
    *,
    channel: str,
    thread_ts: str,
    before_ts: str,
    bot_user_id: str | None,
) -> list[str]:
    """The thread's turns before ``before_ts`` (``conversations.replies``), oldest first."""
    response = await client.conversations_replies(channel=channel, ts=thread_ts, limit=200)
    replies: list[dict[str, Any]] = response.get("messages", [])
    messages = [m for m in replies if float(m["ts"]) < float(before_ts)]
    turns = [_turn(m, bot_user_id) for m in messages]
    return [t for t in turns if t][-MAX_TURNS:]


async def dm_history(
    client: AsyncWebClient, *, channel: str, before_ts: str, bot_user_id: str | None
) -> list[str]:
    """The last turns of a direct message before ``before_ts`` (``conversations.history``)."""
    response = await client.conversations_history(
        channel=channel, latest=before_ts, inclusive=False, limit=MAX_TURNS
    )
    history: list[dict[str, Any]] = response.get("messages", [])
    messages = [m for m in history if not m.get("thread_ts") or m.get("thread_ts") == m.get("ts")]
    turns = [_turn(m, bot_user_id) for m in reversed(messages)]
    return [t for t in turns if t]
