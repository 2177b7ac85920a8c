"""The stand-in's state: a small Slack workspace (users, channels, a DM, messages, threads,
reactions, ephemeral messages, files), with a stream of changes to subscribe to.

Every mutation goes through a method here and emits one change (a dict with ``kind``), so a UI
can mirror the workspace by applying the stream; tests wait on it with :meth:`Workspace.wait_for`.
Nothing here does I/O.
"""

from __future__ import annotations

import asyncio
import itertools
import mimetypes
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, TypeVar

T = TypeVar("T")

FILETYPES = {
    "pdf": "pdf", "docx": "docx", "doc": "doc", "txt": "text", "md": "markdown", "eml": "email",
    "png": "png", "jpg": "jpg", "jpeg": "jpg", "csv": "csv", "zip": "zip", "html": "html",
}  # fmt: skip


@dataclass
class User:
    id: str
    name: str
    real_name: str
    is_bot: bool = False
    bot_id: str | None = None

    def to_api(self, team_id: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "team_id": team_id,
            "name": self.name,
            "real_name": self.real_name,
            "is_bot": self.is_bot,
            "profile": {
                "real_name": self.real_name,
                "display_name": self.name,
                **({"bot_id": self.bot_id} if self.bot_id else {}),
            },
        }


@dataclass
class Channel:
    id: str
    name: str
    members: set[str] = field(default_factory=set)
    is_im: bool = False
    is_private: bool = False
    im_user: str | None = None
    """For a DM: the person the bot talks with."""

    @property
    def channel_type(self) -> str:
        return "im" if self.is_im else "group" if self.is_private else "channel"

    def to_api(self) -> dict[str, Any]:
        if self.is_im:
            return {"id": self.id, "is_im": True, "user": self.im_user, "is_open": True}
        return {
            "id": self.id,
            "name": self.name,
            "is_channel": not self.is_private,
            "is_group": self.is_private,
            "is_private": self.is_private,
            "is_im": False,
            "num_members": len(self.members),
        }


@dataclass
class File:
    id: str
    name: str
    user: str
    data: bytes = field(repr=False)
    mimetype: str
    filetype: str
    created: int
    channels: list[str] = field(default_factory=list)
    shares: dict[str, list[str]] = field(default_factory=dict)
    """Channel id -> timestamps of the messages that shared the file."""
    download_url: str | None = None
    """Given in place of the file's own ``url_private*`` links (a link to another host)."""
    redirect_to: str | None = None
    """Where a download of the file is redirected (302), if anywhere."""

    @property
    def size(self) -> int:
        return len(self.data)

    def to_api(self, base_url: str, team_id: str) -> dict[str, Any]:
        private = f"{base_url}/files-pri/{team_id}-{self.id}"
        return {
            "id": self.id,
            "created": self.created,
            "timestamp": self.created,
            "name": self.name,
            "title": self.name,
            "mimetype": self.mimetype,
            "filetype": self.filetype,
            "pretty_type": self.filetype.upper(),
            "user": self.user,
            "mode": "hosted",
            "editable": False,
            "is_external": False,
            "is_public": True,
            "size": self.size,
            "url_private": self.download_url or f"{private}/{self.name}",
            "url_private_download": self.download_url or f"{private}/download/{self.name}",
            "permalink": f"{base_url}/files/{self.user}/{self.id}/{self.name}",
            "channels": list(self.channels),
            "shares": {
                "public": {
                    ch: [{"ts": ts, "channel_name": ch, "reply_count": 0} for ts in tss]
                    for ch, tss in self.shares.items()
                }
            },
        }


@dataclass
class Message:
    channel: str
    ts: str
    user: str
    text: str = ""
    blocks: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    subtype: str | None = None
    bot_id: str | None = None
    app_id: str | None = None
    files: list[str] = field(default_factory=list)
    reactions: dict[str, list[str]] = field(default_factory=dict)
    edited: dict[str, str] | None = None
    parent_user_id: str | None = None
    metadata: dict[str, Any] | None = None
    """The app's message metadata (``event_type``, ``event_payload``); people never see it."""
    streaming: str | None = None
    """``in_progress`` while an app streams into it (``chat.startStream``), then ``completed``."""
    chunks: list[str] = field(default_factory=list)
    """What each streaming call added, in order (the tests read how the text arrived)."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.channel, self.ts)


@dataclass
class Ephemeral:
    """A message only ``user`` sees; it lives until deleted or replaced, never in history."""

    id: str
    channel: str
    user: str
    ts: str
    text: str = ""
    blocks: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    response_url: str | None = None
    """The response URL of the command or action that produced it (to replace or delete it)."""
    metadata: dict[str, Any] | None = None
    """Message metadata the app sent with it. No API returns an ephemeral message; only the
    person's own client has it (the playground page reads it from here)."""


@dataclass
class AssistantThread:
    """An assistant-panel thread: a thread in the user's DM with the app, opened beside a channel."""

    channel: str
    """The DM the thread lives in."""
    thread_ts: str
    user: str
    context_channel: str | None
    """The channel the user has open beside the panel (what Slack sends as the thread context)."""
    title: str = ""
    prompts: list[dict[str, str]] = field(default_factory=list)
    prompts_title: str = ""

    def to_api(self, team_id: str) -> dict[str, Any]:
        context = {"channel_id": self.context_channel, "team_id": team_id, "enterprise_id": None}
        return {"user_id": self.user, "channel_id": self.channel, "thread_ts": self.thread_ts,
                "context": {k: v for k, v in context.items() if v is not None}}  # fmt: skip


@dataclass
class View:
    """A modal opened with ``views.open`` (or App Home, published with ``views.publish``)."""

    id: str
    user: str
    view: dict[str, Any]
    kind: str = "modal"
    closed: bool = False


class Workspace:
    """Users, channels and everything posted. ``bot`` is the app's bot user."""

    def __init__(self, *, team_id: str = "T0CLAIMS01", team_name: str = "Claims Team") -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.app_id = "A0CLAIMBOT"
        self.base_url = ""
        """The stand-in's URL (file links are built on it); set when the stand-in starts."""
        self.bot = User("U0CLAIMBOT", "claimbot", "claimbot", is_bot=True, bot_id="B0CLAIMBOT")
        self.users: dict[str, User] = {self.bot.id: self.bot}
        self.channels: dict[str, Channel] = {}
        self.messages: dict[tuple[str, str], Message] = {}
        self.ephemerals: dict[str, Ephemeral] = {}
        self.files: dict[str, File] = {}
        self.assistant_threads: dict[tuple[str, str], AssistantThread] = {}
        self.statuses: dict[tuple[str, str], str] = {}
        """The app's status line per thread (``is reading...``), cleared when it posts there."""
        self.status_log: list[tuple[str, str, str]] = []
        """Every status the app set: (channel, thread_ts, status), in order."""
        self.views: dict[str, View] = {}
        self.home_views: dict[str, View] = {}
        """Each user's App Home tab, as last published."""
        self._last_ts = 0.0
        self._ids = itertools.count(1)
        self._subscribers: list[asyncio.Queue[dict[str, Any]]] = []
        self._changed: asyncio.Event | None = None
        self.version = 0

    @classmethod
    def default(cls, tag: str = "") -> "Workspace":
        """#auto-claims, #property-claims and a DM between Alice and claimbot; Bob is in both
        channels. ``tag`` is appended to the channel ids (tests sharing one store use a new one
        each, so each test's channels are new scopes)."""
        ws = cls()
        alice = ws.add_user("U0ALICE001", "alice", "Alice Adjuster")
        bob = ws.add_user("U0BOB00002", "bob", "Bob Examiner")
        ws.add_channel(f"C0AUTOCLMS{tag}", "auto-claims", members=[alice.id, bob.id, ws.bot.id])
        ws.add_channel(f"C0PROPCLMS{tag}", "property-claims", members=[alice.id, bob.id, ws.bot.id])
        ws.open_dm(alice.id, channel_id=f"D0ALICEBOT{tag}")
        return ws

    # -- ids ----------------------------------------------------------------------------------
    def new_ts(self) -> str:
        now = max(time.time(), self._last_ts + 0.000001)
        self._last_ts = now
        return f"{now:.6f}"

    def new_id(self, prefix: str) -> str:
        return f"{prefix}0{next(self._ids):08X}"

    # -- changes --------------------------------------------------------------------------------
    def subscribe(self) -> asyncio.Queue[dict[str, Any]]:
        """A queue that receives every change from now on; :meth:`unsubscribe` it when done."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._subscribers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[dict[str, Any]]) -> None:
        if queue in self._subscribers:
            self._subscribers.remove(queue)

    def emit(self, kind: str, /, **data: Any) -> None:
        self.version += 1
        change = {"kind": kind, "version": self.version, **data}
        for queue in self._subscribers:
            queue.put_nowait(change)
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 10.0) -> T:
        """Wait until ``predicate()`` is truthy (checked after every change) and return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"still false after {timeout} s: {getattr(predicate, '__name__', predicate)}")
            if self._changed is None:
                self._changed = asyncio.Event()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                pass

    # -- users and channels -------------------------------------------------------------------
    def add_user(self, user_id: str, name: str, real_name: str | None = None) -> User:
        user = User(user_id, name, real_name or name)
        self.users[user_id] = user
        self.emit("user_added", user=user.to_api(self.team_id))
        return user

    def add_channel(
        self, channel_id: str, name: str, *, members: list[str] = (), is_private: bool = False  # type: ignore[assignment]
    ) -> Channel:
        channel = Channel(channel_id, name, set(members), is_private=is_private)
        self.channels[channel_id] = channel
        self.emit("channel_added", channel={**channel.to_api(), "members": sorted(channel.members)})
        return channel

    def open_dm(self, user_id: str, *, channel_id: str | None = None) -> Channel:
        for channel in self.channels.values():
            if channel.is_im and channel.im_user == user_id:
                return channel
        channel = Channel(
            channel_id or self.new_id("D"), f"dm-{self.users[user_id].name}",
            {user_id, self.bot.id}, is_im=True, im_user=user_id,
        )  # fmt: skip
        self.channels[channel.id] = channel
        self.emit("channel_added", channel={**channel.to_api(), "members": sorted(channel.members)})
        return channel

    def channel(self, ref: str) -> Channel:
        """By id or name (``auto-claims`` or ``#auto-claims``)."""
        if ref in self.channels:
            return self.channels[ref]
        name = ref.lstrip("#")
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise KeyError(f"no channel {ref!r}")

    def user(self, ref: str) -> User:
        if ref in self.users:
            return self.users[ref]
        for user in self.users.values():
            if user.name == ref.lstrip("@"):
                return user
        raise KeyError(f"no user {ref!r}")

    # -- messages -------------------------------------------------------------------------------
    def post(
        self,
        channel: str,
        user: str,
        text: str = "",
        *,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        subtype: str | None = None,
        files: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        author = self.users[user]
        parent = self.messages.get((channel, thread_ts)) if thread_ts else None
        if thread_ts and parent is None:
            raise KeyError(f"no message {thread_ts} in {channel} to reply to")
        if parent is not None and parent.thread_ts and parent.thread_ts != parent.ts:
            thread_ts = parent.thread_ts  # a reply to a reply goes in the same thread
            parent = self.messages[(channel, thread_ts)]
        message = Message(
            channel=channel,
            ts=self.new_ts(),
            user=user,
            text=text,
            blocks=list(blocks or []),
            thread_ts=thread_ts,
            subtype=subtype,
            bot_id=author.bot_id,
            app_id=self.app_id if author.is_bot else None,
            files=list(files or []),
            parent_user_id=parent.user if parent else None,
            metadata=metadata or None,
        )
        if parent is not None and parent.thread_ts is None:
            parent.thread_ts = parent.ts
        self.messages[message.key] = message
        self.emit("message", message=self.message_to_api(message))
        if author.is_bot and thread_ts and self.statuses.get((channel, thread_ts)):
            self.set_status(channel, thread_ts, "")  # Slack clears the status when the app replies
        return message

    # -- the AI-app surface -------------------------------------------------------------------
    def set_status(self, channel: str, thread_ts: str, status: str) -> None:
        if status:
            self.statuses[(channel, thread_ts)] = status
        else:
            self.statuses.pop((channel, thread_ts), None)
        self.status_log.append((channel, thread_ts, status))
        self.emit("status", channel=channel, thread_ts=thread_ts, status=status)

    def open_assistant_thread(self, user: str, context_channel: str | None) -> AssistantThread:
        """``user`` opens the assistant panel beside ``context_channel``: a new thread in their DM
        with the app, under a parent message Slack posts for the app."""
        dm = self.open_dm(user)
        parent = self.post(dm.id, self.bot.id, "New Assistant Thread", subtype="assistant_app_thread")
        parent.thread_ts = parent.ts
        thread = AssistantThread(dm.id, parent.ts, user, context_channel)
        self.assistant_threads[(dm.id, parent.ts)] = thread
        self.emit("assistant_thread", thread=self.assistant_thread_to_api(thread))
        return thread

    def assistant_thread_to_api(self, thread: AssistantThread) -> dict[str, Any]:
        return {**thread.to_api(self.team_id), "title": thread.title, "prompts": thread.prompts,
                "prompts_title": thread.prompts_title}  # fmt: skip

    def open_view(self, user: str, view: dict[str, Any]) -> View:
        opened = View(self.new_id("V"), user, view)
        self.views[opened.id] = opened
        self.emit("view_opened", view_id=opened.id, user=user, view=view)
        return opened

    def close_view(self, view_id: str) -> None:
        view = self.views[view_id]
        view.closed = True
        self.emit("view_closed", view_id=view_id, user=view.user)

    def publish_home(self, user: str, view: dict[str, Any]) -> View:
        home = View(self.new_id("V"), user, view, kind="home")
        self.home_views[user] = home
        self.emit("home_published", user=user, view_id=home.id, view=view)
        return home

    def update(
        self,
        channel: str,
        ts: str,
        *,
        text: str | None = None,
        blocks: list[dict[str, Any]] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        """Edit a message. ``metadata`` as Slack's ``chat.update`` takes it: None keeps the
        message's metadata, ``{}`` removes it, anything else replaces it."""
        message = self.messages[(channel, ts)]
        if text is not None:
            message.text = text
        if blocks is not None:
            message.blocks = list(blocks)
        if metadata is not None:
            message.metadata = metadata or None
        message.edited = {"user": message.user, "ts": self.new_ts()}
        self.emit("message_changed", message=self.message_to_api(message))
        return message

    def delete(self, channel: str, ts: str) -> None:
        self.messages.pop((channel, ts))
        self.emit("message_deleted", channel=channel, ts=ts)

    def react(self, channel: str, ts: str, name: str, user: str, *, add: bool = True) -> bool:
        """Add (or remove) a reaction; False when it was already there (or not there)."""
        message = self.messages[(channel, ts)]
        users = message.reactions.setdefault(name, [])
        if add == (user in users):
            if not users:
                del message.reactions[name]
            return False
        if add:
            users.append(user)
        else:
            users.remove(user)
            if not users:
                del message.reactions[name]
        self.emit("reaction_added" if add else "reaction_removed", channel=channel, ts=ts, name=name, user=user)
        return True

    def thread(self, channel: str, thread_ts: str) -> list[Message]:
        """The parent and its replies, oldest first."""
        found = [
            m for m in self.messages.values()
            if m.channel == channel and (m.ts == thread_ts or m.thread_ts == thread_ts)
        ]  # fmt: skip
        return sorted(found, key=lambda m: float(m.ts))

    def history(self, channel: str) -> list[Message]:
        """Top-level messages (and thread parents), newest first."""
        found = [
            m for m in self.messages.values()
            if m.channel == channel and (m.thread_ts is None or m.thread_ts == m.ts)
        ]  # fmt: skip
        return sorted(found, key=lambda m: float(m.ts), reverse=True)

    def replies(self, channel: str, thread_ts: str, *, by: str | None = None) -> list[Message]:
        """Replies in a thread (not the parent), oldest first; only ``by`` a user if given."""
        found = [m for m in self.thread(channel, thread_ts) if m.ts != thread_ts]
        return [m for m in found if by is None or m.user == by]

    def bot_messages(self, channel: str) -> list[Message]:
        return sorted(
            (m for m in self.messages.values() if m.channel == channel and m.user == self.bot.id),
            key=lambda m: float(m.ts),
        )

    def message_to_api(self, message: Message, *, include_metadata: bool = False) -> dict[str, Any]:
        """The message as the Web API returns it; its metadata only with ``include_metadata``
        (``include_all_metadata=true`` on ``conversations.history`` / ``conversations.replies``)."""
        data: dict[str, Any] = {
            "type": "message",
            "channel": message.channel,
            "user": message.user,
            "text": message.text,
            "ts": message.ts,
            "team": self.team_id,
        }
        if message.blocks:
            data["blocks"] = message.blocks
        if message.subtype:
            data["subtype"] = message.subtype
        if message.bot_id:
            data["bot_id"] = message.bot_id
            data["app_id"] = message.app_id
        if message.thread_ts:
            data["thread_ts"] = message.thread_ts
            if message.thread_ts == message.ts:
                replies = self.replies(message.channel, message.ts)
                data["reply_count"] = len(replies)
                data["reply_users"] = sorted({m.user for m in replies})
                data["latest_reply"] = replies[-1].ts if replies else message.ts
            elif message.parent_user_id:
                data["parent_user_id"] = message.parent_user_id
        if message.files:
            data["files"] = [self.file_to_api(f) for f in message.files if f in self.files]
            data["upload"] = True
        if message.reactions:
            data["reactions"] = [
                {"name": name, "users": list(users), "count": len(users)}
                for name, users in message.reactions.items()
            ]
        if message.edited:
            data["edited"] = message.edited
        if include_metadata and message.metadata:
            data["metadata"] = message.metadata
        return data

    # -- ephemeral messages ---------------------------------------------------------------------
    def post_ephemeral(
        self,
        channel: str,
        user: str,
        text: str = "",
        *,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        response_url: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Ephemeral:
        ephemeral = Ephemeral(
            id=self.new_id("E"), channel=channel, user=user, ts=self.new_ts(), text=text,
            blocks=list(blocks or []), thread_ts=thread_ts, response_url=response_url, metadata=metadata or None,
        )  # fmt: skip
        self.ephemerals[ephemeral.id] = ephemeral
        self.emit("ephemeral", ephemeral=self.ephemeral_to_api(ephemeral))
        return ephemeral

    def update_ephemeral(
        self,
        ephemeral_id: str,
        *,
        text: str,
        blocks: list[dict[str, Any]] | None,
        metadata: dict[str, Any] | None = None,
    ) -> Ephemeral:
        ephemeral = self.ephemerals[ephemeral_id]
        ephemeral.text, ephemeral.blocks = text, list(blocks or [])
        if metadata is not None:
            ephemeral.metadata = metadata or None
        self.emit("ephemeral_changed", ephemeral=self.ephemeral_to_api(ephemeral))
        return ephemeral

    def delete_ephemeral(self, ephemeral_id: str) -> None:
        ephemeral = self.ephemerals.pop(ephemeral_id)
        self.emit("ephemeral_deleted", id=ephemeral.id, channel=ephemeral.channel, user=ephemeral.user)

    def ephemerals_for(self, user: str, channel: str | None = None) -> list[Ephemeral]:
        found = [e for e in self.ephemerals.values() if e.user == user and channel in (None, e.channel)]
        return sorted(found, key=lambda e: float(e.ts))

    def ephemeral_to_api(self, ephemeral: Ephemeral) -> dict[str, Any]:
        return {
            "id": ephemeral.id,
            "type": "message",
            "channel": ephemeral.channel,
            "user": ephemeral.user,
            "text": ephemeral.text,
            "blocks": ephemeral.blocks,
            "ts": ephemeral.ts,
            "thread_ts": ephemeral.thread_ts,
            "is_ephemeral": True,
        }

    # -- files ------------------------------------------------------------------------------------
    def add_file(self, user: str, name: str, data: bytes, *, mimetype: str | None = None) -> File:
        name = PurePath(name).name
        extension = PurePath(name).suffix.lower().lstrip(".")
        file = File(
            id=self.new_id("F"),
            name=name,
            user=user,
            data=data,
            mimetype=mimetype or mimetypes.guess_type(name)[0] or "application/octet-stream",
            filetype=FILETYPES.get(extension, extension or "binary"),
            created=int(time.time()),
        )
        self.files[file.id] = file
        self.emit("file_created", file={"id": file.id, "name": file.name, "size": file.size, "user": user})
        return file

    def file_to_api(self, file_id: str) -> dict[str, Any]:
        return self.files[file_id].to_api(self.base_url, self.team_id)


def interactive_elements(blocks: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every interactive element in ``blocks`` (in actions blocks and accessories), with its block_id."""
    for block in blocks:
        for element in block.get("elements", []):
            if "action_id" in element:
                yield {**element, "block_id": block.get("block_id", "")}
        accessory = block.get("accessory")
        if accessory and "action_id" in accessory:
            yield {**accessory, "block_id": block.get("block_id", "")}
