"""The playground: claimbot in a local Slack-like workspace, with no Slack account.

``claimbot playground`` runs the real bot (HTTP mode) against the Slack stand-in
(:mod:`bot.standin`) and serves a page on 127.0.0.1 that looks and behaves like a small Slack
workspace. Everything the page does goes through Slack's protocol: the stand-in delivers signed
Events API, slash command and interactivity requests to the bot's endpoint, and the bot answers
through the stand-in's Web API. See :mod:`bot.playground.command` and :mod:`bot.playground.web`.
"""

from bot.playground.command import Running, playground_command, start

__all__ = ["Running", "playground_command", "start"]
