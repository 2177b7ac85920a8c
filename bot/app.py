"""``build_app(engine, settings) -> AsyncApp``: the Bolt app with its listeners and middleware."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.assistant import ClaimsDesk
from bot.listeners import actions, commands, errors, files, home, mentions, messages, panel
from bot.middleware import log_request
from bot.settings import BotSettings
from bot.store import BotStore
from rag.engine import Engine

RATE_LIMIT_RETRIES = 3


def web_client(settings: BotSettings) -> AsyncWebClient:
    """The Web API client: ``SLACK_API_URL``, and retries for 429 (after ``Retry-After``) and
    for connections that fail. Not for 500s: Slack may have posted the message anyway, and a
    retried ``chat.postMessage`` would answer twice."""
    return AsyncWebClient(
        token=settings.bot_token,
        base_url=settings.api_url,
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=1),
            AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
        ],
    )


def build_app(engine: Engine, settings: BotSettings, *, store: BotStore | None = None) -> AsyncApp:
    """The app, answering from ``engine``; its state (journal, answers, votes) is ``store``,
    by default ``slack.sqlite3`` under ``settings.home``."""
    store = store or BotStore.open(settings.home)
    assistant = ClaimsDesk(engine, store, settings)
    app = AsyncApp(
        client=web_client(settings),
        signing_secret=settings.signing_secret or "",
        name="claimbot-bolt",  # Bolt sets the level of the logger named after the app: not ours
    )
    app.middleware(log_request)
    # Order matters within "message": the specific listener first, the catch-all last. The panel
    # is middleware (Bolt's AsyncAssistant): it takes the messages of DM threads before them.
    for module in (panel, home, mentions, messages, files, commands, actions, errors):
        module.register(app, assistant)
    return app
