"""Who is in a channel, as Slack says (``conversations.members``), kept for a minute.

The assistant panel searches the channel the user has open beside it. Slack names that channel
in the thread's context, but the context is saved when the thread starts or moves and the user
may have left a private channel since; and a channel's documents are only for its members. So
before the panel reads a channel's documents, the asker's membership is checked with Slack, and
anything but a clear "yes" (an API error, a channel the bot cannot see) counts as "no".
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger("claimbot.bot")

MEMBERS_TTL_S = 60.0
"""How long a channel's member list is trusted: someone removed from a channel stops reading its
documents in the panel within a minute."""
PAGE = 1000
"""Members per ``conversations.members`` call (Slack's maximum is 1,000)."""


class ChannelMembers:
    """A short-lived cache of channel member lists, one per bot process."""

    def __init__(self, ttl_s: float = MEMBERS_TTL_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.clock = clock
        self._lists: dict[str, tuple[float, frozenset[str]]] = {}

    async def includes(self, client: AsyncWebClient, channel: str, user: str | None) -> bool:
        """True only when Slack lists ``user`` among ``channel``'s members."""
        if not user:
            return False
        kept = self._lists.get(channel)
        if kept is None or self.clock() - kept[0] > self.ttl_s:
            members = await self._fetch(client, channel)
            if members is None:
                return False
            kept = (self.clock(), members)
            self._lists[channel] = kept
        return user in kept[1]

    async def _fetch(self, client: AsyncWebClient, channel: str) -> frozenset[str] | None:
        members: set[str] = set()
        cursor: str | None = None
        try:
            while True:
                page = await client.conversations_members(channel=channel, limit=PAGE, cursor=cursor)
                members.update(page.get("members") or [])
                cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
                if not cursor:
                    return frozenset(members)
        except SlackApiError as err:
            log.warning("conversations.members refused for a panel's channel (%s): the panel leaves that "
                        "channel out; check the app has channels:read and groups:read",
                        err.response.get("error"))  # fmt: skip
            return None
