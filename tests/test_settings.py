"""The settings models: a new setting is one field, and a malformed secret is never echoed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field

from bot.settings import BotSettings
from rag.config import Settings, SettingsError, env


class WithASecret(Settings):
    token: Annotated[str, Field(min_length=32, repr=False)] = env("CLAIMBOT_TEST_SECRET", "x" * 32)


def test_a_malformed_secret_is_named_but_its_value_is_never_shown() -> None:
    with pytest.raises(SettingsError) as refused:
        WithASecret.from_env({"CLAIMBOT_TEST_SECRET": "hunter2-too-short"})
    assert "CLAIMBOT_TEST_SECRET" in str(refused.value) and "hunter2" not in str(refused.value)


def test_the_bot_settings_extend_the_engines_and_give_the_engine_no_tokens() -> None:
    bot = BotSettings.from_env({"SLACK_BOT_TOKEN": " xoxb-1\n", "CHROMA_HOST": "chroma", "CHROMA_PORT": "8001"})
    assert (bot.bot_token, bot.chroma_host, bot.chroma_port) == ("xoxb-1", "chroma", 8001)
    engine = bot.engine_settings()
    assert type(engine) is Settings and engine.chroma_port == 8001
    assert "xoxb" not in repr(bot) and not hasattr(engine, "bot_token")


def test_only_the_named_variables_are_read_so_home_never_comes_from_HOME() -> None:
    settings = BotSettings.from_env({"HOME": "/elsewhere", "HOST": "example.com", "TOP_K": "1"})
    assert (settings.home, settings.host, settings.top_k) != (Path("/elsewhere"), "example.com", 1)
    assert settings.home != Path("/elsewhere") and settings.host == "0.0.0.0" and settings.top_k == 12
