"""The bot's settings, read from the environment (and overridable from ``claimbot serve``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rag.config import DEFAULT_HOME

SLACK_API_URL = "https://slack.com/api/"


class SettingsError(ValueError):
    """A required setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class BotSettings:
    """Environment variables:

    - ``SLACK_BOT_TOKEN`` (required): the bot token, ``xoxb-...``.
    - ``SLACK_APP_TOKEN``: an app-level token, ``xapp-...``; when set, the bot runs in Socket Mode.
    - ``SLACK_SIGNING_SECRET``: required in HTTP mode, to verify that requests come from Slack.
    - ``SLACK_API_URL``: the Web API base URL (default Slack's); point it at a local stand-in.
    - ``CLAIMBOT_HOME``: where the bot keeps its own state (dedupe, answers, feedback votes).
    - ``PORT``: the HTTP port (default 3000).
    """

    bot_token: str = field(default="", repr=False)
    app_token: str | None = field(default=None, repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    api_url: str = SLACK_API_URL
    host: str = "0.0.0.0"
    port: int = 3000
    home: Path = DEFAULT_HOME
    engine_workers: int = 4
    """Threads that run engine calls; acks never wait for them."""

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> "BotSettings":
        env = os.environ if environ is None else environ
        settings = cls(
            bot_token=(env.get("SLACK_BOT_TOKEN") or "").strip(),
            app_token=(env.get("SLACK_APP_TOKEN") or "").strip() or None,
            signing_secret=(env.get("SLACK_SIGNING_SECRET") or "").strip() or None,
            api_url=env.get("SLACK_API_URL") or SLACK_API_URL,
            port=int(env.get("PORT") or 3000),
            home=Path(env.get("CLAIMBOT_HOME") or DEFAULT_HOME).expanduser(),
        )
        clean: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **clean) if clean else settings

    def __post_init__(self) -> None:
        if not self.api_url.endswith("/"):
            object.__setattr__(self, "api_url", self.api_url + "/")

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
