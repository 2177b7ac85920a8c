"""``app_mention``: a question to the bot in a channel, answered in the question's thread."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import ClaimsDesk
from bot.journal import RESUMING, finishing
from bot.listeners.messages import handle_user_message
from bot.middleware import journaled


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.event("app_mention", middleware=[journaled(assistant.store)])
    async def answer_mention(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        async with finishing(assistant.store, context):
            await handle_user_message(
                assistant, client, event, context.bot_user_id, answer=True, resumed=RESUMING in context
            )
