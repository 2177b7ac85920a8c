"""The playground page's server: the single-page UI, and a small API the page uses to act as a
person in the stand-in workspace and to follow what happens there.

    GET  /                       the page (static/index.html; everything local, no build step)
    GET  /api/state              a snapshot: team, me, users, channels, messages, my ephemerals
    GET  /api/stream             Server-Sent Events: the snapshot, then every change
    POST /api/messages           {channel, text, thread_ts?}           -> post as me
    POST /api/commands           {channel, command, text}              -> run /claim ...
    POST /api/files              multipart: channel, thread_ts?, text?, file -> share a file
    POST /api/actions            {channel, ts | ephemeral_id, action_id} -> click a button
    POST /api/assistant          {beside}                 -> open the assistant panel beside a channel
    POST /api/assistant/context  {thread_ts, beside}      -> the panel follows me to another channel
    POST /api/assistant/messages {thread_ts, text}        -> ask in the panel (or click a prompt)
    POST /api/home                                        -> open claimbot's App Home tab
    POST /api/views/submit       {view_id, values}        -> submit a modal (view_submission)
    GET  /api/debug?channel=&ts= the debug panel of one answer (route, retrieved, timings), from
                                 the message's metadata (:mod:`bot.playground.tracing`)
    GET  /api/timings            per question: event delivered -> answer posted (at the stand-in)

Every action goes through :class:`bot.standin.SlackStandIn`, which delivers it to the bot as Slack
would (signed HTTP requests); the bot answers through the stand-in's Web API. Listens on
127.0.0.1 only, and refuses requests whose Host or Origin is not the page's own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.playground import tracing
from bot.standin import SlackStandIn
from bot.standin.workspace import Message

log = logging.getLogger("claimbot.playground")

STATIC = Path(__file__).with_name("static")
MAX_UPLOAD_BYTES = 30 * 1024 * 1024
KEEPALIVE_S = 15.0
SLASH_COMMANDS = ("/claim",)


@dataclass
class Asked:
    """A message a person posted, and when the bot answered it (stand-in clock)."""

    channel: str
    ts: str
    text: str
    started: float
    ack_ms: float | None = None
    answered: float | None = None
    answer_ts: str | None = None

    @property
    def answer_ms(self) -> float | None:
        return None if self.answered is None else (self.answered - self.started) * 1000

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "ts": self.ts,
            "text": self.text,
            "ack_ms": None if self.ack_ms is None else round(self.ack_ms, 1),
            "answer_ts": self.answer_ts,
            "answer_ms": None if self.answer_ms is None else round(self.answer_ms, 1),
        }


@dataclass
class PlaygroundWeb:
    """The page and its API, for one person (``user``) in ``slack``'s workspace."""

    slack: SlackStandIn
    user: str
    suggestions: list[str] = field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 8700
    title: str = "claimbot playground"

    def __post_init__(self) -> None:
        self.asked: dict[tuple[str, str], Asked] = {}
        self._runner: web.AppRunner | None = None
        self._streams: set[web.StreamResponse] = set()
        # The bot's posts, timed where Slack would see them: the moment chat.postMessage lands.
        inner = self.slack.api.on_bot_message

        def on_bot_message(message: Message) -> None:
            self._bot_posted(message)
            inner(message)

        self.slack.api.on_bot_message = on_bot_message

    # -- lifecycle ------------------------------------------------------------------------------
    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES, middlewares=[self._guard])
        app.router.add_get("/", self.index)
        app.router.add_static("/static/", STATIC, show_index=False, append_version=False)
        app.router.add_get("/api/state", self.state)
        app.router.add_get("/api/stream", self.stream)
        app.router.add_post("/api/messages", self.post_message)
        app.router.add_post("/api/commands", self.run_command)
        app.router.add_post("/api/files", self.share_file)
        app.router.add_post("/api/actions", self.click)
        app.router.add_post("/api/assistant", self.open_assistant)
        app.router.add_post("/api/assistant/context", self.assistant_context)
        app.router.add_post("/api/assistant/messages", self.assistant_message)
        app.router.add_post("/api/home", self.open_home)
        app.router.add_post("/api/views/submit", self.submit_view)
        app.router.add_get("/api/debug", self.debug)
        app.router.add_get("/api/timings", self.timings)
        app.router.add_get("/healthz", self.healthz)
        return app

    async def start(self) -> "PlaygroundWeb":
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await self.stop()
            raise
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        for stream in list(self._streams):
            task = getattr(stream, "_pg_task", None)
            if task is not None:
                task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Only this page may use the API: a Host of 127.0.0.1/localhost (no DNS rebinding) and,
        when a browser sends one, an Origin of the page itself (no cross-site posts)."""
        host = (request.host or "").rsplit(":", 1)[0].strip("[]")
        if host not in ("127.0.0.1", "localhost", "::1"):
            return web.Response(status=403, text="the playground only answers on 127.0.0.1")
        origin = request.headers.get("Origin")
        if origin and origin not in (f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"):
            return web.Response(status=403, text="cross-origin requests are refused")
        response = await handler(request)
        if request.path.startswith(("/static/", "/api/")) or request.path == "/":
            response.headers.setdefault("Cache-Control", "no-cache")
        return response

    # -- the page -------------------------------------------------------------------------------
    async def index(self, _: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    def snapshot(self) -> dict[str, Any]:
        ws = self.slack.workspace
        me = ws.users[self.user]
        channels = [c for c in ws.channels.values() if self.user in c.members]
        channels.sort(key=lambda c: (c.is_im, c.name))
        ids = {c.id for c in channels}
        messages = sorted((m for m in ws.messages.values() if m.channel in ids), key=lambda m: float(m.ts))
        return {
            "type": "snapshot",
            "version": ws.version,
            "team": {"id": ws.team_id, "name": ws.team_name},
            "me": me.to_api(ws.team_id),
            "bot": {"id": ws.bot.id, "name": ws.bot.name, "bot_id": ws.bot.bot_id},
            "users": [u.to_api(ws.team_id) for u in ws.users.values()],
            "channels": [self._channel_json(c) for c in channels],
            "messages": [self._message_json(m) for m in messages],
            "ephemerals": [ws.ephemeral_to_api(e) for e in ws.ephemerals_for(self.user)],
            "commands": [{"command": "/claim", "usage": u, "hint": h} for u, h in COMMAND_HINTS],
            "suggestions": self.suggestions,
            "standin_url": self.slack.url,
            "assistant_threads": [
                ws.assistant_thread_to_api(t) for t in ws.assistant_threads.values() if t.user == self.user
            ],
            "statuses": [
                {"channel": c, "thread_ts": t, "status": status} for (c, t), status in ws.statuses.items() if c in ids
            ],
            "views": [{"id": v.id, "view": v.view} for v in ws.views.values() if v.user == self.user and not v.closed],
            "home": ws.home_views[self.user].view if self.user in ws.home_views else None,
        }

    def _channel_json(self, channel: Any) -> dict[str, Any]:
        ws = self.slack.workspace
        data = {**channel.to_api(), "name": channel.name, "members": sorted(channel.members)}
        if channel.is_im:
            other = next((u for u in channel.members if u != self.user), ws.bot.id)
            data["name"] = ws.users[other].name
            data["dm_with"] = other
        return data

    def _message_json(self, message: Message | dict[str, Any]) -> dict[str, Any]:
        ws = self.slack.workspace
        data = ws.message_to_api(message) if isinstance(message, Message) else dict(message)
        data["playground"] = {"answer": tracing.is_answer_message(data)}
        if isinstance(message, Message) and message.streaming:
            data["playground"]["streaming"] = message.streaming  # chat.startStream: still being written
        return data

    async def healthz(self, _: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def state(self, _: web.Request) -> web.Response:
        return web.json_response(self.snapshot())

    # -- the change stream ----------------------------------------------------------------------
    async def stream(self, request: web.Request) -> web.StreamResponse:
        """Server-Sent Events: the snapshot, then the changes this person can see."""
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        ws = self.slack.workspace
        queue = ws.subscribe()
        self._streams.add(response)
        response._pg_task = asyncio.current_task()  # type: ignore[attr-defined]
        try:
            await _send(response, self.snapshot())
            while True:
                try:
                    change = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
                except asyncio.TimeoutError:
                    await response.write(b": keepalive\n\n")
                    continue
                for out in self._translate(change):
                    await _send(response, out)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            ws.unsubscribe(queue)
            self._streams.discard(response)
        return response

    def _visible(self, channel_id: str | None) -> bool:
        channel = self.slack.workspace.channels.get(channel_id or "")
        return channel is not None and self.user in channel.members

    def _translate(self, change: dict[str, Any]) -> list[dict[str, Any]]:
        """A workspace change as the page's events (only what this person can see)."""
        ws = self.slack.workspace
        kind = change["kind"]
        if kind in ("message", "message_changed"):
            message = change["message"]
            if not self._visible(message["channel"]):
                return []
            current = ws.messages.get((message["channel"], message["ts"])) or message
            out = [{"type": "message", "message": self._message_json(current)}]
            thread_ts = message.get("thread_ts")
            if thread_ts and thread_ts != message["ts"]:
                parent = ws.messages.get((message["channel"], thread_ts))
                if parent is not None:
                    out.append({"type": "message", "message": self._message_json(parent)})
            return out
        if kind in ("reaction_added", "reaction_removed"):
            message = ws.messages.get((change["channel"], change["ts"]))
            if message is None or not self._visible(message.channel):
                return []
            return [{"type": "message", "message": self._message_json(message)}]
        if kind == "message_deleted":
            if not self._visible(change["channel"]):
                return []
            out = [{"type": "message_deleted", "channel": change["channel"], "ts": change["ts"]}]
            # A deleted reply changes its parent's reply count.
            for parent in ws.history(change["channel"]):
                if parent.thread_ts == parent.ts:
                    out.append({"type": "message", "message": self._message_json(parent)})
            return out
        if kind in ("ephemeral", "ephemeral_changed"):
            ephemeral = change["ephemeral"]
            return [{"type": "ephemeral", "ephemeral": ephemeral}] if ephemeral["user"] == self.user else []
        if kind == "ephemeral_deleted":
            return [{"type": "ephemeral_deleted", "id": change["id"]}] if change["user"] == self.user else []
        if kind in ("channel_added", "user_added"):
            return [self.snapshot()]
        if kind == "status":
            if not self._visible(change["channel"]):
                return []
            return [{"type": "status", **{k: change[k] for k in ("channel", "thread_ts", "status")}}]
        if kind == "assistant_thread":
            mine = change["thread"]["user_id"] == self.user
            return [{"type": "assistant_thread", "thread": change["thread"]}] if mine else []
        if kind == "view_opened":
            mine = change["user"] == self.user
            return [{"type": "view", "id": change["view_id"], "view": change["view"]}] if mine else []
        if kind == "view_closed":
            return [{"type": "view_closed", "id": change["view_id"]}] if change["user"] == self.user else []
        if kind == "home_published":
            return [{"type": "home", "view": change["view"]}] if change["user"] == self.user else []
        if kind == "delivery":
            fields = {k: change.get(k) for k in ("label", "status", "ms", "retry_num", "error")}
            return [
                {
                    "type": "activity",
                    "direction": "to_app",
                    "envelope": change.get("envelope") or change.get("kind"),
                    **fields,
                }
            ]
        if kind == "api_call":
            params = change.get("params") or {}
            return [{"type": "activity", "direction": "from_app", "method": change["method"],
                     "channel": params.get("channel"), "has_metadata": "metadata" in params}]  # fmt: skip
        return []

    def _bot_posted(self, message: Message) -> None:
        """Time the bot's answer against the question it answers (stand-in clock): the oldest
        unanswered question in the answer's thread (or, top level in a DM, at the top level)."""
        if tracing.answer_payload(message.metadata) is None:
            return
        now = time.perf_counter()
        for asked in self.asked.values():
            if asked.channel != message.channel or asked.answered is not None:
                continue
            posted = self.slack.workspace.messages.get((asked.channel, asked.ts))
            if posted is None:
                continue
            is_reply = bool(posted.thread_ts) and posted.thread_ts != posted.ts
            if message.thread_ts:
                matches = (posted.thread_ts if is_reply else posted.ts) == message.thread_ts
            else:
                matches = not is_reply
            if matches:
                asked.answered, asked.answer_ts = now, message.ts
                return

    # -- actions --------------------------------------------------------------------------------
    async def post_message(self, request: web.Request) -> web.Response:
        body = await _json(request)
        channel = self._channel_or_400(body.get("channel"))
        text = str(body.get("text") or "")
        if not text.strip():
            raise web.HTTPBadRequest(text="empty message")
        thread_ts = body.get("thread_ts") or None
        if thread_ts and (channel, thread_ts) not in self.slack.workspace.messages:
            raise web.HTTPBadRequest(text="no such thread")
        started = time.perf_counter()
        acks_before = len(self.slack.acks)
        message = await self.slack.post_user_message(channel, self.user, text, thread_ts=thread_ts)
        asked = Asked(channel, message.ts, text, started)
        acks = [a for a in self.slack.acks[acks_before:] if a.kind == "events_api"]
        if acks:
            asked.ack_ms = max(a.ms for a in acks)
        self.asked[(channel, message.ts)] = asked
        return web.json_response({"ok": True, "ts": message.ts, "channel": channel,
                                  "acks": [_ack_json(a) for a in acks]})  # fmt: skip

    async def run_command(self, request: web.Request) -> web.Response:
        body = await _json(request)
        channel = self._channel_or_400(body.get("channel"))
        command = str(body.get("command") or "")
        if command not in SLASH_COMMANDS:
            raise web.HTTPBadRequest(text=f"{command} is not a valid command")
        ack = await self.slack.run_slash_command(channel, self.user, str(body.get("text") or ""), command)
        return web.json_response({"ok": ack.ok, "ack": _ack_json(ack)})

    async def share_file(self, request: web.Request) -> web.Response:
        fields: dict[str, str] = {}
        upload: tuple[str, bytes, str | None] | None = None
        reader = await request.multipart()
        async for part in reader:
            if part.name == "file":
                data = await part.read(decode=False)
                upload = (part.filename or "file", bytes(data), part.headers.get("Content-Type"))
            elif part.name:
                fields[part.name] = await part.text()
        if upload is None:
            raise web.HTTPBadRequest(text="no file")
        channel = self._channel_or_400(fields.get("channel"))
        thread_ts = fields.get("thread_ts") or None
        if thread_ts and (channel, thread_ts) not in self.slack.workspace.messages:
            raise web.HTTPBadRequest(text="no such thread")
        name, data, mimetype = upload
        if mimetype in ("application/octet-stream", "", None):
            mimetype = None
        started = time.perf_counter()
        text = fields.get("text", "")
        message = await self.slack.share_file(
            channel, self.user, data, name, text=text, thread_ts=thread_ts, mimetype=mimetype
        )
        self.asked[(channel, message.ts)] = Asked(channel, message.ts, text, started)
        return web.json_response({"ok": True, "ts": message.ts, "channel": channel, "file": message.files[0]})

    async def click(self, request: web.Request) -> web.Response:
        body = await _json(request)
        ws = self.slack.workspace
        action_id = str(body.get("action_id") or "")
        target: Any
        if body.get("ephemeral_id"):
            target = ws.ephemerals.get(str(body["ephemeral_id"]))
            if target is None or target.user != self.user:
                raise web.HTTPNotFound(text="that message is gone")
            user = None
        else:
            channel = self._channel_or_400(body.get("channel"))
            target = ws.messages.get((channel, str(body.get("ts") or "")))
            if target is None:
                raise web.HTTPNotFound(text="that message is gone")
            user = self.user
        try:
            ack = await self.slack.click_button(target, action_id, body.get("value"), user=user)
        except KeyError as err:
            raise web.HTTPBadRequest(text=str(err)) from None
        return web.json_response({"ok": ack.ok, "ack": _ack_json(ack)})

    # -- the assistant panel, App Home, modals ----------------------------------------------------
    async def open_assistant(self, request: web.Request) -> web.Response:
        body = await _json(request)
        beside = self._channel_or_400(body["beside"]) if body.get("beside") else None
        thread = await self.slack.open_assistant(self.user, beside)
        return web.json_response({"ok": True, "thread": self.slack.workspace.assistant_thread_to_api(thread)})

    def _my_thread(self, thread_ts: Any) -> Any:
        ws = self.slack.workspace
        for thread in ws.assistant_threads.values():
            if thread.thread_ts == str(thread_ts or "") and thread.user == self.user:
                return thread
        raise web.HTTPNotFound(text="no such assistant thread")

    async def assistant_context(self, request: web.Request) -> web.Response:
        body = await _json(request)
        thread = self._my_thread(body.get("thread_ts"))
        beside = self._channel_or_400(body["beside"]) if body.get("beside") else None
        if beside != thread.context_channel:
            await self.slack.change_assistant_context(thread, beside)
        return web.json_response({"ok": True})

    async def assistant_message(self, request: web.Request) -> web.Response:
        body = await _json(request)
        thread = self._my_thread(body.get("thread_ts"))
        text = str(body.get("text") or "")
        if not text.strip():
            raise web.HTTPBadRequest(text="empty message")
        started = time.perf_counter()
        message = await self.slack.post_user_message(thread.channel, self.user, text, thread_ts=thread.thread_ts)
        self.asked[(thread.channel, message.ts)] = Asked(thread.channel, message.ts, text, started)
        return web.json_response({"ok": True, "ts": message.ts, "channel": thread.channel})

    async def open_home(self, _: web.Request) -> web.Response:
        ack = await self.slack.open_home(self.user)
        return web.json_response({"ok": bool(ack and ack.ok)})

    async def submit_view(self, request: web.Request) -> web.Response:
        body = await _json(request)
        view = self.slack.workspace.views.get(str(body.get("view_id") or ""))
        if view is None or view.user != self.user or view.closed:
            raise web.HTTPNotFound(text="that form is gone")
        values = body.get("values")
        if not isinstance(values, dict):
            raise web.HTTPBadRequest(text="values must be an object")
        ack = await self.slack.submit_view(view.id, values)
        return web.json_response({"ok": ack.ok, "ack": _ack_json(ack), "closed": view.closed})

    def _channel_or_400(self, ref: Any) -> str:
        try:
            channel = self.slack.workspace.channel(str(ref or ""))
        except KeyError:
            raise web.HTTPBadRequest(text="no such channel") from None
        if self.user not in channel.members:
            raise web.HTTPForbidden(text="you are not in that channel")
        return channel.id

    # -- the debug panel ------------------------------------------------------------------------
    async def debug(self, request: web.Request) -> web.Response:
        """The panel of one answer, from the message alone: its metadata as Slack returns it to
        any app (``conversations.replies`` with ``include_all_metadata=true``), its excerpts
        from its blocks. A private (ephemeral) answer is in no history: it is read as this
        person's client received it."""
        channel = self._channel_or_400(request.query.get("channel"))
        ts = request.query.get("ts", "")
        ephemeral_id = request.query.get("ephemeral_id")
        ws = self.slack.workspace
        if ephemeral_id:
            ephemeral = ws.ephemerals.get(ephemeral_id)
            if ephemeral is None or ephemeral.user != self.user:
                raise web.HTTPNotFound(text="no such message")
            return web.json_response(tracing.from_message(ephemeral.blocks, ephemeral.metadata))
        message = ws.messages.get((channel, ts))
        if message is None:
            raise web.HTTPNotFound(text="no such message")
        data = ws.message_to_api(message, include_metadata=True)
        info = tracing.from_message(data.get("blocks", []), data.get("metadata"))
        info["protocol"] = self._protocol((channel, ts))
        return web.json_response(info)

    def _protocol(self, key: tuple[str, str]) -> dict[str, Any] | None:
        for asked in self.asked.values():
            if asked.answer_ts == key[1] and asked.channel == key[0]:
                return {"ack_ms": asked.ack_ms, "answer_ms": asked.answer_ms}
        return None

    async def timings(self, _: web.Request) -> web.Response:
        return web.json_response({"asked": [a.to_json() for a in self.asked.values()]})


COMMAND_HINTS = (
    ("/claim [question]", "A private answer, with a button to share it"),
    ("/claim list", "The claims on file here"),
    ("/claim summary [claim id]", "An overview of one claim"),
    ("/claim help", "What claimbot can do"),
)


def _ack_json(ack: Any) -> dict[str, Any]:
    return {"kind": ack.kind, "status": ack.status, "ms": round(ack.ms, 1), "error": ack.error}


async def _json(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="send JSON")
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="bad JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="send a JSON object")
    return body


async def _send(response: web.StreamResponse, event: dict[str, Any]) -> None:
    data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    await response.write(f"data: {data}\n\n".encode())
