"""The stand-in's Web API: the methods a Slack app calls, with Slack's own errors, plus file
downloads (bearer token checked) and response URLs.

Requests are read the way Slack reads them: query string, form or JSON body, token in the
``Authorization`` header (or a ``token`` parameter). Every call is recorded (method, params
without the token, time, outcome); tests can make the next N calls of a method answer 429.
Block Kit in posted messages is checked against Slack's limits, so a rendering bug fails here
as ``invalid_blocks`` the way it would in Slack; message metadata is checked for its shape
(``invalid_metadata_format``, ``invalid_metadata_schema``) and size (``metadata_too_large``),
kept with the message, and returned by ``conversations.history`` / ``conversations.replies``
only with ``include_all_metadata=true``, as Slack does.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.standin.workspace import Channel, Message, Workspace

JSON_PARAMS = ("blocks", "attachments", "metadata")

_BY_CHANNEL_TYPE = {
    "history": {"channel": "channels:history", "group": "groups:history", "im": "im:history"},
    "read": {"channel": "channels:read", "group": "groups:read", "im": "im:read"},
}
METHOD_SCOPES: dict[str, str] = {
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.delete": "chat:write",
    "chat.postEphemeral": "chat:write",
    "chat.startStream": "chat:write",
    "chat.appendStream": "chat:write",
    "chat.stopStream": "chat:write",
    "reactions.add": "reactions:write",
    "reactions.remove": "reactions:write",
    "conversations.replies": "history",
    "conversations.history": "history",
    "conversations.info": "read",
    "conversations.members": "read",
    "users.info": "users:read",
    "files.info": "files:read",
    "assistant.threads.setStatus": "chat:write",
    "assistant.threads.setSuggestedPrompts": "assistant:write",
    "assistant.threads.setTitle": "assistant:write",
}
"""The bot scope each method needs (``history``/``read``: the one for the channel's type)."""
RESPONSE_URL_USES = 5
METADATA_MAX_BYTES = 8000
"""The stand-in refuses larger metadata (``metadata_too_large``). Slack's reference gives no
single figure; a small payload stays clear of whatever it is."""
EVENT_TYPE = re.compile(r"^[A-Za-z0-9_-]{1,255}$")
"""Slack: letters, numbers, underscores and hyphens; no periods or other punctuation."""
SIGN_IN_PAGE = "<!DOCTYPE html><html><body>Sign in to Claims Team</body></html>"


class ApiError(Exception):
    """A Slack Web API error: ``{"ok": false, "error": code}``."""

    def __init__(self, code: str, **extra: Any) -> None:
        super().__init__(code)
        self.code = code
        self.extra = extra


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


@dataclass
class ResponseTarget:
    """Where a response URL's messages go: the command's or the clicked message's context."""

    channel: str
    user: str
    message_ts: str | None = None
    """The clicked message, for ``replace_original`` / ``delete_original`` (None: an ephemeral)."""
    ephemeral_id: str | None = None
    """The clicked ephemeral, or the last ephemeral this URL posted (a command's reply)."""
    thread_ts: str | None = None
    uses: int = 0
    created: float = field(default_factory=time.time)


def metadata_error(metadata: Any) -> str | None:
    """Slack's error for a ``metadata`` parameter, or None when it is well formed: an object
    (JSON, or a JSON string) with a string ``event_type`` and an object ``event_payload``."""
    if not isinstance(metadata, dict):
        return "invalid_metadata_format"
    if not metadata:
        return None  # chat.update: {} removes the message's metadata
    event_type, payload = metadata.get("event_type"), metadata.get("event_payload")
    if not isinstance(event_type, str) or not EVENT_TYPE.match(event_type) or not isinstance(payload, dict):
        return "invalid_metadata_schema"
    if len(json.dumps(metadata, ensure_ascii=False, separators=(",", ":")).encode()) > METADATA_MAX_BYTES:
        return "metadata_too_large"
    return None


def block_errors(blocks: list[dict[str, Any]]) -> list[str]:
    """Slack's Block Kit limits that a message breaks (empty when none)."""
    errors = []
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    if len(blocks) > 50:
        errors.append(f"too many blocks: {len(blocks)} (max 50)")
    ids = [b.get("block_id") for b in blocks if b.get("block_id")]
    if len(ids) != len(set(ids)):
        errors.append("duplicate block_id")
    for i, block in enumerate(blocks):
        kind = block.get("type")
        text = block.get("text") or {}
        if kind == "section":
            if not text.get("text") and not block.get("fields"):
                errors.append(f"[{i}] section without text")
            if len(text.get("text", "")) > 3000:
                errors.append(f"[{i}] section text over 3000 characters")
        elif kind == "header" and len(text.get("text", "")) > 150:
            errors.append(f"[{i}] header text over 150 characters")
        elif kind == "context":
            elements = block.get("elements", [])
            if not 1 <= len(elements) <= 10:
                errors.append(f"[{i}] context needs 1 to 10 elements")
        elif kind == "actions":
            elements = block.get("elements", [])
            if not 1 <= len(elements) <= 25:
                errors.append(f"[{i}] actions needs 1 to 25 elements")
            for element in elements:
                if len(element.get("value", "")) > 2000:
                    errors.append(f"[{i}] button value over 2000 characters")
                if len(element.get("action_id", "")) > 255:
                    errors.append(f"[{i}] action_id over 255 characters")
        elif kind not in ("divider", "image", "rich_text", "input", "file", "video", "header"):
            errors.append(f"[{i}] unknown block type {kind!r}")
    return errors


class WebAPI:
    """The ``/api/<method>`` endpoints, file downloads and response URLs of one workspace."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        bot_token: str,
        app_token: str,
        on_bot_message: Callable[[Message], None] = lambda message: None,
        open_connection: Callable[[], str] | None = None,
        scopes: Iterable[str] | None = None,
    ) -> None:
        self.workspace = workspace
        self.bot_token = bot_token
        self.app_token = app_token
        self.scopes: set[str] | None = set(scopes) if scopes is not None else None
        """The bot scopes the app was installed with (None: any); calls beyond them fail with
        ``missing_scope`` and downloads without ``files:read`` get the sign-in page."""
        self.on_bot_message = on_bot_message
        self.open_connection = open_connection
        self.calls: list[ApiCall] = []
        self.response_targets: dict[str, ResponseTarget] = {}
        self._failures: dict[str, list[tuple[int, int]]] = {}
        self._holds: dict[str, asyncio.Event] = {}
        self._methods: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "api.test": lambda p: {"args": p},
            "auth.test": self.auth_test,
            "chat.postMessage": self.chat_post_message,
            "chat.update": self.chat_update,
            "chat.delete": self.chat_delete,
            "chat.postEphemeral": self.chat_post_ephemeral,
            "chat.startStream": self.chat_start_stream,
            "chat.appendStream": self.chat_append_stream,
            "chat.stopStream": self.chat_stop_stream,
            "chat.getPermalink": self.chat_get_permalink,
            "reactions.add": lambda p: self.reactions(p, add=True),
            "reactions.remove": lambda p: self.reactions(p, add=False),
            "conversations.replies": self.conversations_replies,
            "conversations.history": self.conversations_history,
            "conversations.info": self.conversations_info,
            "conversations.members": self.conversations_members,
            "users.info": self.users_info,
            "files.info": self.files_info,
            "assistant.threads.setStatus": self.assistant_set_status,
            "assistant.threads.setSuggestedPrompts": self.assistant_set_prompts,
            "assistant.threads.setTitle": self.assistant_set_title,
            "views.open": self.views_open,
            "views.update": self.views_update,
            "views.publish": self.views_publish,
        }
        self.triggers: dict[str, str] = {}
        """trigger_id -> the user whose click or command made it (``views.open`` needs one)."""
        self.status_everywhere = True
        """Slack's rules since March 2026: ``assistant.threads.setStatus`` works in any thread
        with ``chat:write``. False: the earlier rule, assistant threads only (and
        ``assistant:write``); elsewhere the call fails."""

    # -- wiring -------------------------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/{method}", self.handle)
        app.router.add_get("/files-pri/{team_file}/download/{name}", self.download)
        app.router.add_get("/files-pri/{team_file}/{name}", self.download)
        app.router.add_get("/files/{user}/{file_id}/{name}", self.permalink)
        app.router.add_post("/response/{token}", self.respond)

    def fail_next(self, method: str, times: int = 1, *, status: int = 429, retry_after: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (429: ``Retry-After``)."""
        self._failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def hold(self, method: str) -> asyncio.Event:
        """Hold every call of ``method`` until the returned event is set, as a slow Slack would:
        a test kills a replica while its answer is on the wire. A held call whose caller is gone
        (killed) when it is let go is dropped, as Slack drops a request it never fully received."""
        gate = self._holds[method] = asyncio.Event()
        return gate

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method]

    # -- the /api endpoint --------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, token = await _read_params(request)
        call = ApiCall(method, params, time.time())
        self.calls.append(call)
        self.workspace.emit("api_call", method=method, params=_summary(params))
        gate = self._holds.get(method)
        if gate is not None:
            await gate.wait()
            if request.transport is None or request.transport.is_closing():
                call.error = "caller_gone"
                return web.Response(status=499)
        if self._failures.get(method):
            call.status, retry_after = self._failures[method].pop(0)
            call.error = "ratelimited" if call.status == 429 else "fatal_error"
            headers = {"Retry-After": str(retry_after)} if call.status == 429 else {}
            return web.json_response({"ok": False, "error": call.error}, status=call.status, headers=headers)
        try:
            handler = self._methods.get(method)
            if method == "apps.connections.open":
                if token != self.app_token:
                    raise ApiError("not_allowed_token_type" if token == self.bot_token else "invalid_auth")
                if self.open_connection is None:
                    raise ApiError("socket_mode_not_enabled")
                result = {"url": self.open_connection()}
            elif handler is None:
                raise ApiError("unknown_method")
            else:
                if not token:
                    raise ApiError("not_authed")
                if token != self.bot_token:
                    raise ApiError("invalid_auth")
                self._check_scope(method, params)
                result = handler(params)
        except ApiError as err:
            call.error = err.code
            return web.json_response({"ok": False, "error": err.code, **err.extra})
        headers = {"X-OAuth-Scopes": ",".join(sorted(self.scopes or ()))} if method == "auth.test" else {}
        return web.json_response({"ok": True, **result}, headers=headers)

    def _check_scope(self, method: str, params: dict[str, Any]) -> None:
        needed = METHOD_SCOPES.get(method)
        if self.scopes is None or needed is None:
            return
        if method == "assistant.threads.setStatus" and "assistant:write" in self.scopes:
            return  # accepted with either scope for now (Slack's changelog, 2026-03-05)
        if needed in _BY_CHANNEL_TYPE:
            channel = self.workspace.channels.get(params.get("channel") or "")
            if channel is None:
                return  # the method itself answers channel_not_found
            needed = _BY_CHANNEL_TYPE[needed][channel.channel_type]
        if needed not in self.scopes:
            raise ApiError("missing_scope", needed=needed, provided=",".join(sorted(self.scopes)))

    # -- methods ------------------------------------------------------------------------------
    def auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        ws = self.workspace
        return {
            "url": f"{ws.base_url}/",
            "team": ws.team_name,
            "user": ws.bot.name,
            "team_id": ws.team_id,
            "user_id": ws.bot.id,
            "bot_id": ws.bot.bot_id,
            "is_enterprise_install": False,
        }

    def chat_post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        text, blocks = _content(params)
        metadata = _metadata(params)
        thread_ts = params.get("thread_ts") or None
        if thread_ts and (channel.id, thread_ts) not in self.workspace.messages:
            raise ApiError("thread_not_found")
        message = self.workspace.post(
            channel.id, self.workspace.bot.id, text, blocks=blocks, thread_ts=thread_ts, metadata=metadata
        )
        self.on_bot_message(message)
        return {"channel": channel.id, "ts": message.ts,
                "message": self.workspace.message_to_api(message, include_metadata=True)}  # fmt: skip

    def chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params)
        message = self._message(channel, params.get("ts"))
        if message.user != self.workspace.bot.id:
            raise ApiError("cant_update_message")
        text, blocks = _content(params, required=False)
        metadata = _metadata(params)  # absent: the message keeps its metadata; {}: removed
        message = self.workspace.update(channel.id, message.ts, text=text, blocks=blocks, metadata=metadata)
        return {"channel": channel.id, "ts": message.ts, "text": message.text,
                "message": self.workspace.message_to_api(message, include_metadata=True)}  # fmt: skip

    # Streaming (chat.startStream / appendStream / stopStream): a reply in a thread whose text
    # grows as the app appends markdown; stopStream may add the final blocks and metadata.
    def chat_start_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        thread_ts = params.get("thread_ts") or None
        if not thread_ts:
            missing = {"messages": ["[ERROR] missing required field: thread_ts"]}
            raise ApiError("invalid_arguments", response_metadata=missing)
        if (channel.id, thread_ts) not in self.workspace.messages:
            raise ApiError("thread_not_found")
        text = params.get("markdown_text") or ""
        message = self.workspace.post(channel.id, self.workspace.bot.id, text, thread_ts=thread_ts)
        message.streaming = "in_progress"
        message.chunks = [text] if text else []
        self.on_bot_message(message)
        return {"channel": channel.id, "ts": message.ts}

    def _streaming(self, params: dict[str, Any]) -> Message:
        channel = self._channel(params)
        message = self._message(channel, params.get("ts"))
        if message.user != self.workspace.bot.id:
            raise ApiError("cant_update_message")
        if message.streaming != "in_progress":
            raise ApiError("message_not_in_streaming_state")
        return message

    def chat_append_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._streaming(params)
        text = params.get("markdown_text") or ""
        if not text:
            raise ApiError("invalid_arguments", response_metadata={"messages": ["[ERROR] markdown_text is empty"]})
        message.chunks.append(text)
        self.workspace.update(message.channel, message.ts, text=message.text + text)
        return {"channel": message.channel, "ts": message.ts}

    def chat_stop_stream(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._streaming(params)
        text = params.get("markdown_text") or ""
        if text:
            message.chunks.append(text)
        blocks = params.get("blocks")
        if blocks is not None:
            errors = block_errors(blocks)
            if errors:
                raise ApiError("invalid_blocks", errors=errors)
        metadata = _metadata(params)
        message.streaming = "completed"
        message = self.workspace.update(message.channel, message.ts, text=message.text + text, blocks=blocks,
                                        metadata=metadata)
        return {"channel": message.channel, "ts": message.ts,
                "message": self.workspace.message_to_api(message, include_metadata=True)}  # fmt: skip

    def chat_delete(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params)
        message = self._message(channel, params.get("ts"))
        if message.user != self.workspace.bot.id:
            raise ApiError("cant_delete_message")
        self.workspace.delete(channel.id, message.ts)
        return {"channel": channel.id, "ts": message.ts}

    def chat_post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        user = params.get("user") or ""
        if user not in channel.members:
            raise ApiError("user_not_in_channel")
        text, blocks = _content(params)
        ephemeral = self.workspace.post_ephemeral(
            channel.id, user, text, blocks=blocks, thread_ts=params.get("thread_ts") or None
        )
        return {"message_ts": ephemeral.ts}

    def chat_get_permalink(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params)
        message = self._message(channel, params.get("message_ts"))
        permalink = f"{self.workspace.base_url}/archives/{channel.id}/p{message.ts.replace('.', '')}"
        return {"channel": channel.id, "permalink": permalink}

    def reactions(self, params: dict[str, Any], *, add: bool) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        message = self._message(channel, params.get("timestamp"))
        name = (params.get("name") or "").strip(":")
        if not name:
            raise ApiError("invalid_name")
        if not self.workspace.react(channel.id, message.ts, name, self.workspace.bot.id, add=add):
            raise ApiError("already_reacted" if add else "no_reaction")
        return {}

    def conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        parent = self._message(channel, params.get("ts"), missing="thread_not_found")
        thread_ts = parent.thread_ts or parent.ts
        messages = self.workspace.thread(channel.id, thread_ts)
        messages = _window(messages, params, oldest_first=True)
        return self._page(messages, params, default_limit=1000)

    def conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params, member=True)
        messages = _window(self.workspace.history(channel.id), params, oldest_first=False)
        return self._page(messages, params, default_limit=100)

    def conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"channel": self._channel(params).to_api()}

    def conversations_members(self, params: dict[str, Any]) -> dict[str, Any]:
        """Slack's paging: ``limit`` (default 100) and ``cursor``; a private channel the bot is not
        in is ``channel_not_found`` to it, as on Slack."""
        channel = self._channel(params)
        if channel.is_private and self.workspace.bot.id not in channel.members:
            raise ApiError("channel_not_found")
        members = sorted(channel.members)
        limit = int(params.get("limit") or 100)
        start = int(params.get("cursor") or 0)
        more = start + limit < len(members)
        return {"members": members[start : start + limit],
                "response_metadata": {"next_cursor": str(start + limit) if more else ""}}  # fmt: skip

    def users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self.workspace.users.get(params.get("user") or "")
        if user is None:
            raise ApiError("user_not_found")
        return {"user": user.to_api(self.workspace.team_id)}

    def files_info(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = params.get("file") or ""
        if file_id not in self.workspace.files:
            raise ApiError("file_not_found")
        return {"file": self.workspace.file_to_api(file_id), "comments": [], "response_metadata": {"next_cursor": ""}}

    # -- the AI-app surface ---------------------------------------------------------------------
    def _assistant_thread(self, params: dict[str, Any], *, any_thread: bool = False) -> tuple[str, str]:
        channel = self._channel({"channel": params.get("channel_id")}, member=True)
        thread_ts = str(params.get("thread_ts") or "")
        if (channel.id, thread_ts) not in self.workspace.messages:
            raise ApiError("invalid_thread_ts")
        if not any_thread and (channel.id, thread_ts) not in self.workspace.assistant_threads:
            raise ApiError("invalid_thread_ts")
        return channel.id, thread_ts

    def assistant_set_status(self, params: dict[str, Any]) -> dict[str, Any]:
        if "status" not in params:
            raise ApiError("invalid_arguments")
        channel, thread_ts = self._assistant_thread(params, any_thread=self.status_everywhere)
        self.workspace.set_status(channel, thread_ts, str(params.get("status") or ""))
        return {}

    def assistant_set_prompts(self, params: dict[str, Any]) -> dict[str, Any]:
        thread = self.workspace.assistant_threads[self._assistant_thread(params)]
        prompts = params.get("prompts")
        if isinstance(prompts, str):
            prompts = json.loads(prompts)
        if not isinstance(prompts, list) or not 1 <= len(prompts) <= 4:
            raise ApiError("invalid_arguments")  # Slack: up to 4 prompts
        if any(not p.get("title") or not p.get("message") for p in prompts):
            raise ApiError("invalid_arguments")
        thread.prompts = [{"title": str(p["title"]), "message": str(p["message"])} for p in prompts]
        thread.prompts_title = str(params.get("title") or "")
        self.workspace.emit("assistant_thread", thread=self.workspace.assistant_thread_to_api(thread))
        return {}

    def assistant_set_title(self, params: dict[str, Any]) -> dict[str, Any]:
        thread = self.workspace.assistant_threads[self._assistant_thread(params)]
        thread.title = str(params.get("title") or "")
        self.workspace.emit("assistant_thread", thread=self.workspace.assistant_thread_to_api(thread))
        return {}

    def views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self.triggers.pop(str(params.get("trigger_id") or ""), None)
        if user is None:
            raise ApiError("invalid_trigger_id")  # unknown, or used already (Slack: one use, 3 s)
        view = _view_param(params)
        return {"view": {**view, "id": self.workspace.open_view(user, view).id}}

    def views_update(self, params: dict[str, Any]) -> dict[str, Any]:
        opened = self.workspace.views.get(str(params.get("view_id") or ""))
        if opened is None:
            raise ApiError("not_found")
        opened.view = _view_param(params)
        self.workspace.emit("view_opened", view_id=opened.id, user=opened.user, view=opened.view)
        return {"view": {**opened.view, "id": opened.id}}

    def views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        user = str(params.get("user_id") or "")
        if user not in self.workspace.users:
            raise ApiError("user_not_found")
        view = _view_param(params)
        if view.get("type") != "home":
            raise ApiError("invalid_arguments")
        return {"view": {**view, "id": self.workspace.publish_home(user, view).id}}

    # -- helpers --------------------------------------------------------------------------------
    def _channel(self, params: dict[str, Any], *, member: bool = False) -> Channel:
        ref = params.get("channel") or ""
        try:
            channel = self.workspace.channel(ref)
        except KeyError:
            raise ApiError("channel_not_found") from None
        if member and self.workspace.bot.id not in channel.members:
            raise ApiError("not_in_channel")
        return channel

    def _message(self, channel: Channel, ts: str | None, *, missing: str = "message_not_found") -> Message:
        message = self.workspace.messages.get((channel.id, ts or ""))
        if message is None:
            raise ApiError(missing)
        return message

    def _page(self, messages: list[Message], params: dict[str, Any], *, default_limit: int) -> dict[str, Any]:
        limit = int(params.get("limit") or default_limit)
        start = int(params.get("cursor") or 0)
        page = messages[start : start + limit]
        more = start + limit < len(messages)
        metadata = _flag(params.get("include_all_metadata"))
        return {
            "messages": [self.workspace.message_to_api(m, include_metadata=metadata) for m in page],
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    # -- files ----------------------------------------------------------------------------------
    async def download(self, request: web.Request) -> web.Response:
        """``url_private(_download)``: the bytes with the bot token, Slack's sign-in page without."""
        file_id = request.match_info["team_file"].rsplit("-", 1)[-1]
        file = self.workspace.files.get(file_id)
        auth = request.headers.get("Authorization", "")
        self.calls.append(ApiCall("files.download", {"file": file_id}, time.time()))
        if file is None:
            return web.Response(status=404, text="file not found")
        if file.redirect_to:
            raise web.HTTPFound(file.redirect_to)
        if auth != f"Bearer {self.bot_token}" or (self.scopes is not None and "files:read" not in self.scopes):
            self.calls[-1].error = "not_authed"
            return web.Response(text=SIGN_IN_PAGE, content_type="text/html")
        return web.Response(body=file.data, content_type=file.mimetype,
                            headers={"Content-Disposition": f'attachment; filename="{file.name}"'})  # fmt: skip

    async def permalink(self, request: web.Request) -> web.Response:
        """The file as a person opening the link sees it (the playground is its only user)."""
        file = self.workspace.files.get(request.match_info["file_id"])
        if file is None:
            return web.Response(status=404, text="file not found")
        return web.Response(body=file.data, content_type=file.mimetype)

    # -- response URLs --------------------------------------------------------------------------
    def new_response_url(self, target: ResponseTarget) -> str:
        token = uuid.uuid4().hex
        self.response_targets[token] = target
        return f"{self.workspace.base_url}/response/{token}"

    async def respond(self, request: web.Request) -> web.Response:
        """What Slack does with a POST to a response URL: replace or delete the original, or post
        a new message (``in_channel``) or a new ephemeral one."""
        target = self.response_targets.get(request.match_info["token"])
        body = await request.json() if request.can_read_body else {}
        self.calls.append(ApiCall("response_url", _summary(body), time.time()))
        if target is None:
            return web.json_response({"ok": False, "error": "expired_url"}, status=404)
        if target.uses >= RESPONSE_URL_USES:
            return web.json_response({"ok": False, "error": "used_url"}, status=404)
        target.uses += 1
        ws = self.workspace
        text, blocks, metadata = body.get("text", ""), body.get("blocks"), body.get("metadata")
        if blocks is not None and block_errors(blocks):
            return web.json_response(
                {"ok": False, "error": "invalid_blocks", "errors": block_errors(blocks)}, status=400
            )
        if metadata is not None and metadata_error(metadata):
            return web.json_response({"ok": False, "error": metadata_error(metadata)}, status=400)
        if body.get("delete_original") in (True, "true"):
            if target.message_ts and (target.channel, target.message_ts) in ws.messages:
                ws.delete(target.channel, target.message_ts)
            elif target.ephemeral_id in ws.ephemerals:
                ws.delete_ephemeral(target.ephemeral_id)  # type: ignore[arg-type]
        elif body.get("replace_original") in (True, "true"):
            if target.message_ts and (target.channel, target.message_ts) in ws.messages:
                ws.update(target.channel, target.message_ts, text=text, blocks=blocks or [], metadata=metadata)
            elif target.ephemeral_id in ws.ephemerals:
                ws.update_ephemeral(target.ephemeral_id, text=text, blocks=blocks, metadata=metadata)  # type: ignore[arg-type]
            else:
                return web.json_response({"ok": False, "error": "no_original"}, status=404)
        elif body.get("response_type") == "in_channel":
            thread_ts = body.get("thread_ts") or target.thread_ts
            message = ws.post(target.channel, ws.bot.id, text, blocks=blocks, thread_ts=thread_ts, metadata=metadata)
            self.on_bot_message(message)
        else:
            ephemeral = ws.post_ephemeral(
                target.channel, target.user, text, blocks=blocks,
                thread_ts=body.get("thread_ts") or target.thread_ts, response_url=str(request.url), metadata=metadata,
            )  # fmt: skip
            if target.message_ts is None:
                target.ephemeral_id = ephemeral.id
        return web.json_response({"ok": True})


def _view_param(params: dict[str, Any]) -> dict[str, Any]:
    view = params.get("view")
    if isinstance(view, str):
        try:
            view = json.loads(view)
        except json.JSONDecodeError:
            raise ApiError("invalid_arguments") from None
    if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
        raise ApiError("invalid_arguments")
    errors = block_errors(view.get("blocks", []))
    if len(view.get("blocks", [])) > 100:
        errors.append("too many blocks in a view (max 100)")
    if errors and not (len(errors) == 1 and errors[0].startswith("too many blocks") and len(view["blocks"]) <= 100):
        raise ApiError("invalid_arguments", errors=errors)
    return view


async def _read_params(request: web.Request) -> tuple[dict[str, Any], str | None]:
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            params.update(dict(await request.post()))
    for key in JSON_PARAMS:
        if isinstance(params.get(key), str):
            try:
                params[key] = json.loads(params[key])
            except json.JSONDecodeError:
                pass
    token = params.pop("token", None)
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        token = auth[len("Bearer ") :]
    return params, token


def _content(params: dict[str, Any], *, required: bool = True) -> tuple[str | None, list[dict[str, Any]] | None]:
    text, blocks = params.get("text"), params.get("blocks")
    if required and not text and not blocks:
        raise ApiError("no_text")
    if blocks is not None:
        errors = block_errors(blocks)
        if errors:
            raise ApiError("invalid_blocks", errors=errors)
    if text is not None and len(text) > 40000:
        raise ApiError("msg_too_long")
    return (text or "") if required else text, blocks


def _metadata(params: dict[str, Any]) -> dict[str, Any] | None:
    """The call's ``metadata`` (None when absent), or Slack's error for a malformed one."""
    if "metadata" not in params or params["metadata"] in (None, ""):
        return None
    error = metadata_error(params["metadata"])
    if error:
        raise ApiError(error)
    return params["metadata"]


def _flag(value: Any) -> bool:
    """A boolean argument as Slack reads it: ``true``/``1`` (query, form or JSON)."""
    return value is True or str(value).lower() in ("1", "true")


def _window(messages: list[Message], params: dict[str, Any], *, oldest_first: bool) -> list[Message]:
    """``oldest`` / ``latest`` bounds (exclusive unless ``inclusive``)."""
    inclusive = str(params.get("inclusive", "")).lower() in ("1", "true")
    latest, oldest = params.get("latest"), params.get("oldest")

    def keep(m: Message) -> bool:
        ts = float(m.ts)
        if latest and (ts > float(latest) or (ts == float(latest) and not inclusive)):
            return False
        if oldest and (ts < float(oldest) or (ts == float(oldest) and not inclusive)):
            return False
        return True

    return [m for m in messages if keep(m)]


def _summary(params: dict[str, Any]) -> dict[str, Any]:
    """Params for the change stream: ids and flags, not whole messages."""
    return {k: v for k, v in params.items() if k not in ("blocks", "text", "attachments")}
