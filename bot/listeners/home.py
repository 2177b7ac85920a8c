"""App Home: ``app_home_opened`` -> ``views.publish`` of the user's Home tab: the claims in reach of
their DM with claimbot and ``workspace``, how to ask, and their last questions with links to
the threads where the answers are."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk

log = logging.getLogger("claimbot.bot")

RECENT_QUESTIONS = 5


def register(app: AsyncApp, desk: ClaimsDesk) -> None:
    @app.event("app_home_opened")
    async def publish_home(event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        if event.get("tab") != "home":
            return  # the Messages tab: nothing to draw
        user, dm = event["user"], event.get("channel") or ""
        claims = await desk.claims(scope=dm) if dm.startswith("D") else await desk.claims(scope="workspace")
        asked = desk.store.questions_of(user, RECENT_QUESTIONS)
        team_url = ""
        try:
            team_url = (await client.auth_test()).get("url", "")
        except Exception:  # noqa: BLE001 - the links are a nicety: the tab is drawn without them
            log.info("auth.test failed: Home drawn without links")
        view = blocks.home_view(claims, asked, team_url=team_url)
        await client.views_publish(user_id=user, view=view)
        log.info("home published: %d claims, %d questions", len(claims), len(asked))
