"""The bot's settings, read from the environment (and overridable from ``claimbot serve``).

Validated when read, like the engine's they extend (:mod:`rag.config`): ``PORT=abc`` is refused
by the commands that use the port, with a message that says what to set, and by no other.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from bot.state import DEFAULT_LEASE_S
from rag.config import Expect, Port, Settings, SettingsError, env

__all__ = ["SLACK_API_URL", "BotSettings", "SettingsError", "SharedStateSettings"]

SLACK_API_URL = "https://slack.com/api/"


def _token(raw: object) -> object:
    """Tokens pasted with a newline or spaces still work; an empty one is unset."""
    return (raw.strip() or None) if isinstance(raw, str) else raw


Token = Annotated[str | None, BeforeValidator(_token), Field(repr=False)]
BotToken = Annotated[str, BeforeValidator(lambda raw: raw.strip() if isinstance(raw, str) else raw), Field(repr=False)]
BaseUrl = Annotated[str, AfterValidator(lambda url: url if url.endswith("/") else url + "/")]


Seconds = Annotated[
    float, Field(gt=0), Expect("a duration", f"a number of seconds above 0, e.g. {DEFAULT_LEASE_S:.0f}")
]


class SharedStateSettings(Settings):
    """Where the bot keeps the state its replicas share (:mod:`bot.state`):

    - ``CLAIMBOT_DATABASE_URL``: Postgres, for replicas on several hosts (default: the sqlite
      file ``slack.sqlite3`` under ``CLAIMBOT_HOME``, for one host).
    - ``CLAIMBOT_LEASE_S``: with Postgres, how long a replica's claim on its unfinished work
      lasts without renewal; another replica takes the work over after it.
    """

    # database_url (CLAIMBOT_DATABASE_URL) is the engine's setting too (token usage): rag.config.Settings
    lease_s: Seconds = env("CLAIMBOT_LEASE_S", DEFAULT_LEASE_S)


class BotSettings(SharedStateSettings):
    """The engine's settings (:class:`rag.config.Settings`) plus the bot's. Environment variables:

    - ``SLACK_BOT_TOKEN`` (required): the bot token, ``xoxb-...``.
    - ``SLACK_APP_TOKEN``: an app-level token, ``xapp-...``; when set, the bot runs in Socket Mode.
    - ``SLACK_SIGNING_SECRET``: required in HTTP mode, to verify that requests come from Slack.
    - ``SLACK_API_URL``: the Web API base URL (default Slack's); point it at a local stand-in.
    - ``CLAIMBOT_HOME``: where the bot keeps its own state (dedupe, answers, feedback votes).
    - ``PORT``: the HTTP port (default 3000).
    """

    bot_token: BotToken = env("SLACK_BOT_TOKEN", "")
    app_token: Token = env("SLACK_APP_TOKEN")
    signing_secret: Token = env("SLACK_SIGNING_SECRET")
    api_url: BaseUrl = env("SLACK_API_URL", SLACK_API_URL)
    host: str = "0.0.0.0"
    port: Port = env("PORT", 3000)
    engine_workers: int = 4
    """Threads that run engine calls; acks never wait for them."""

    def engine_settings(self) -> Settings:
        """The engine's part only: the engine process never receives the Slack tokens."""
        return Settings(**{name: getattr(self, name) for name in Settings.model_fields})

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    def check(self) -> None:
        """Raise :class:`SettingsError` naming every missing variable for the chosen mode."""
        missing = []
        if not self.bot_token:
            missing.append("SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...)")
        if self.socket_mode and not self.app_token.startswith("xapp-"):  # type: ignore[union-attr]
            raise SettingsError("SLACK_APP_TOKEN must be an app-level token (xapp-...).")
        if not self.socket_mode and not self.signing_secret:
            missing.append(
                "SLACK_SIGNING_SECRET (Basic Information > Signing Secret) for HTTP mode, "
                "or SLACK_APP_TOKEN (xapp-...) for Socket Mode"
            )
        if missing:
            raise SettingsError("Missing settings: " + "; ".join(missing))
