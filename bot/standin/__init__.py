"""A local Slack stand-in: a small stateful workspace that speaks Slack's protocols to an app.

- :class:`~bot.standin.server.SlackStandIn` - the server (Web API under ``/api/``, file
  downloads, response URLs, Socket Mode) and the user actions that deliver events.
- :class:`~bot.standin.workspace.Workspace` - users, channels, messages, threads, reactions,
  ephemeral messages and files, with a change stream (``subscribe()``, ``wait_for()``).

It exists so the bot can be tested over Slack's own protocol with no Slack, and so people can
try claimbot locally (the playground builds on it).
"""

from bot.standin.delivery import Ack
from bot.standin.server import SlackStandIn
from bot.standin.webapi import ApiCall
from bot.standin.workspace import Ephemeral, File, Message, Workspace

__all__ = ["Ack", "ApiCall", "Ephemeral", "File", "Message", "SlackStandIn", "Workspace"]
