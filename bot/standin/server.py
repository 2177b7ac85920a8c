""":class:`SlackStandIn`: a local Slack for one app - Web API, Events API and Socket Mode - and
the things people do in Slack, as methods.

    async with SlackStandIn(Workspace.default(), mode="http") as slack:
        slack.request_url = "http://127.0.0.1:3000/slack/events"   # the app's endpoint
        # the app uses SLACK_API_URL=slack.api_url and SLACK_BOT_TOKEN=slack.bot_token
        question = await slack.post_user_message("auto-claims", "alice", f"<@{slack.bot_id}> towing cost?")
        answer = await slack.workspace.wait_for(lambda: slack.workspace.replies(question.channel, question.ts))

User actions store what the person did (a message, a file, a click) and deliver the events Slack
would deliver, as Slack would: signed HTTP requests to the app's Request URL, or envelopes on
its Socket Mode websocket. The app answers through the Web API, which changes the workspace;
subscribe to the workspace's change stream to follow along.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from aiohttp import web

from bot.standin.delivery import MAX_RETRIES, Ack, HttpDelivery, SocketModeServer
from bot.standin.webapi import ApiCall, ResponseTarget, WebAPI
from bot.standin.workspace import AssistantThread, Ephemeral, Message, Workspace, interactive_elements

log = logging.getLogger("claimbot.standin")

Mode = Literal["http", "socket"]

DEFAULT_SIGNING_SECRET = "standin-signing-secret"
DEFAULT_BOT_TOKEN = "xoxb-standin-bot-token"
DEFAULT_APP_TOKEN = "xapp-1-standin-app-token"
VERIFICATION_TOKEN = "standin-verification-token"


class SlackStandIn:
    """One workspace with one app installed. ``mode`` picks how events reach the app.

    ``events`` limits delivery to the app's subscriptions as a manifest names them
    (``app_mention``, ``message.channels``, ``message.im``, ``file_shared``...; None: all), and
    ``scopes`` the Web API to the bot scopes it was installed with (None: any).
    ``retry_delays`` are the pauses before Slack's 3 retries of an event whose ack failed or
    took over 3 s (Slack's own are about 0 s, 1 min and 5 min); ``None`` turns retries off.
    """

    def __init__(
        self,
        workspace: Workspace | None = None,
        *,
        mode: Mode = "http",
        request_url: str | None = None,
        signing_secret: str = DEFAULT_SIGNING_SECRET,
        bot_token: str = DEFAULT_BOT_TOKEN,
        app_token: str = DEFAULT_APP_TOKEN,
        host: str = "127.0.0.1",
        port: int = 0,
        events: Iterable[str] | None = None,
        scopes: Iterable[str] | None = None,
        retry_delays: tuple[float, ...] | None = (0.0, 1.0, 5.0),
        echo_bot_messages: bool = True,
    ) -> None:
        self.workspace = workspace or Workspace.default()
        self.mode = mode
        self.signing_secret = signing_secret
        self.bot_token = bot_token
        self.app_token = app_token
        self.host = host
        self.port = port
        self.events = set(events) if events is not None else None
        self.retry_delays = retry_delays
        self.echo_bot_messages = echo_bot_messages
        self.http = HttpDelivery(request_url, signing_secret)
        self.socket = SocketModeServer()
        self.api = WebAPI(
            self.workspace,
            bot_token=bot_token,
            app_token=app_token,
            on_bot_message=self._echo,
            open_connection=self.socket.open_connection,
            scopes=scopes,
        )
        self.acks: list[Ack] = []
        """Every delivery's outcome, in order: what the app answered and how fast."""
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- lifecycle ------------------------------------------------------------------------------
    async def start(self) -> "SlackStandIn":
        app = web.Application()
        self.api.add_routes(app)
        self.socket.add_routes(app)
        # A short shutdown: aiohttp waits up to 60 s (30 s seen) for connections a client left open,
        # e.g. a Web API call of the bot's still in flight when a test ends; Slack would not wait.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.workspace.base_url = self.url
        self.socket.base_ws_url = f"ws://{self.host}:{self.port}"
        log.info("Slack stand-in on %s (%s mode)", self.url, self.mode)
        return self

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.socket.close()
        await self.http.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "SlackStandIn":
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """What the app's ``SLACK_API_URL`` should be."""
        return f"{self.url}/api/"

    @property
    def request_url(self) -> str | None:
        return self.http.url

    @request_url.setter
    def request_url(self, url: str | None) -> None:
        self.http.url = url

    @property
    def bot_id(self) -> str:
        """The bot's user id, as in ``<@U...>`` mentions."""
        return self.workspace.bot.id

    @property
    def calls(self) -> list[ApiCall]:
        return self.api.calls

    def fail_next(self, method: str, times: int = 1, *, status: int = 429, retry_after: int = 1) -> None:
        self.api.fail_next(method, times, status=status, retry_after=retry_after)

    def hold(self, method: str) -> asyncio.Event:
        """Hold the app's calls of ``method`` until the event is set (:meth:`WebAPI.hold`)."""
        return self.api.hold(method)

    async def wait_connected(self, timeout: float = 10.0) -> None:
        """Socket Mode: until the app has opened its websocket."""
        await self.socket.wait_connected(timeout)

    # -- payloads -------------------------------------------------------------------------------
    def event_callback(self, event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
        """The Events API envelope of ``event``, as Slack posts it."""
        ws = self.workspace
        return {
            "token": VERIFICATION_TOKEN,
            "team_id": ws.team_id,
            "api_app_id": ws.app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or "Ev" + uuid.uuid4().hex[:10].upper(),
            "event_time": int(time.time()),
            "authorizations": [
                {"enterprise_id": None, "team_id": ws.team_id, "user_id": ws.bot.id,
                 "is_bot": True, "is_enterprise_install": False}
            ],  # fmt: skip
            "is_ext_shared_channel": False,
            "event_context": "standin-" + uuid.uuid4().hex[:12],
        }

    def message_event(self, message: Message, *, check_file_info: bool = False) -> dict[str, Any]:
        event = self.workspace.message_to_api(message)
        event["channel_type"] = self.workspace.channels[message.channel].channel_type
        event["event_ts"] = message.ts
        if check_file_info and message.files:
            event["files"] = [{"id": f, "mode": "file_access", "file_access": "check_file_info"} for f in message.files]
        return event

    def mention_event(self, message: Message) -> dict[str, Any]:
        event = {
            "type": "app_mention",
            "user": message.user,
            "text": message.text,
            "ts": message.ts,
            "channel": message.channel,
            "event_ts": message.ts,
            "team": self.workspace.team_id,
        }
        if message.thread_ts:
            event["thread_ts"] = message.thread_ts
        if message.files:
            event["files"] = [self.workspace.file_to_api(f) for f in message.files]
        return event

    def _subscribed(self, event: dict[str, Any]) -> bool:
        ref = event.get("channel") or event.get("channel_id") or (event.get("assistant_thread") or {}).get("channel_id")
        channel = self.workspace.channels.get(ref or "")
        if channel is None or self.workspace.bot.id not in channel.members:
            return False
        if self.events is None:
            return True
        name = event["type"]
        if name == "message":
            name = {"im": "message.im", "group": "message.groups"}.get(channel.channel_type, "message.channels")
        return name in self.events

    # -- delivery -------------------------------------------------------------------------------
    async def send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry_num: int = 0,
        retry_reason: str | None = None,
        label: str = "",
        **forge: Any,
    ) -> Ack:
        """Deliver once, no retries. In HTTP mode ``timestamp=``, ``secret=`` or ``signature=``
        forge the request's signing (a stale timestamp, a wrong secret)."""
        if self.mode == "socket":
            ack = await self.socket.send(kind, payload, retry_num=retry_num, retry_reason=retry_reason)
        else:
            ack = await self.http.send(kind, payload, retry_num=retry_num, retry_reason=retry_reason, **forge)
        ack.label = label or kind
        self.acks.append(ack)
        self.workspace.emit("delivery", envelope=kind, label=ack.label, status=ack.status, ms=round(ack.ms, 1),
                            retry_num=retry_num, error=ack.error)  # fmt: skip
        if not ack.ok:
            log.info("delivery of %s got %s %s", ack.label, ack.status, ack.error or "")
        return ack

    async def send_raw(
        self, body: bytes, content_type: str = "application/json", *, headers: dict[str, str] | None = None
    ) -> Ack:
        """POST raw bytes to the app's Request URL: signed as Slack signs (the default), or with
        exactly ``headers`` (forged: none, a timestamp that is not a number...)."""
        headers = self.http.signed_raw_headers(body) if headers is None else headers
        ack = await self.http.send_raw(body, content_type, headers)
        self.acks.append(ack)
        return ack

    async def deliver_event(self, event: dict[str, Any]) -> Ack | None:
        """Deliver ``event`` if the app is subscribed to it; retry like Slack in the background
        when the ack fails. Returns the first attempt's ack (None when not subscribed)."""
        if not self._subscribed(event):
            return None
        payload = self.event_callback(event)
        label = event["type"] + (f"/{event['subtype']}" if event.get("subtype") else "")
        if event.get("bot_id"):
            label += " (bot)"  # the echo of an app's own post
        ack = await self.send("events_api", payload, label=label)
        if not ack.ok and self.retry_delays is not None and ack.headers.get("X-Slack-No-Retry") != "1":
            self._background(self._retry(payload, ack, label))
        return ack

    async def _retry(self, payload: dict[str, Any], ack: Ack, label: str) -> None:
        for attempt, delay in enumerate(self.retry_delays[:MAX_RETRIES], start=1):  # type: ignore[index]
            await asyncio.sleep(delay)
            reason = "http_timeout" if ack.error in ("http_timeout", "timeout") else "http_error"
            ack = await self.send("events_api", payload, retry_num=attempt, retry_reason=reason, label=label)
            if ack.ok or ack.headers.get("X-Slack-No-Retry") == "1":
                return

    def _background(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _echo(self, message: Message) -> None:
        """Slack sends the app a ``message`` event for its own posts too (apps must skip them)."""
        if self.echo_bot_messages:
            self._background(self.deliver_event(self.message_event(message)))

    # -- what people do -------------------------------------------------------------------------
    async def post_user_message(
        self, channel: str, user: str, text: str, thread_ts: str | None = None
    ) -> Message:
        """``user`` writes ``text`` in ``channel`` (or in a thread): the ``message`` event, and an
        ``app_mention`` too when it mentions the bot outside a DM - both, as Slack sends them."""
        ws = self.workspace
        message = ws.post(ws.channel(channel).id, ws.user(user).id, text, thread_ts=thread_ts)
        await self._deliver_message(message)
        return message

    async def share_file(
        self,
        channel: str,
        user: str,
        content: bytes | str | Path,
        name: str | None = None,
        *,
        text: str = "",
        thread_ts: str | None = None,
        mimetype: str | None = None,
        check_file_info: bool = False,
        download_url: str | None = None,
        redirect_to: str | None = None,
    ) -> Message:
        """``user`` uploads a file to ``channel``: stored, a ``file_share`` message posted, then
        ``file_shared`` and ``message``/``file_share`` events (``check_file_info``: the message
        carries only the file id, as Slack does for some shares, so the app must call files.info).
        A hostile file object: ``download_url`` names another host in its ``url_private*`` links;
        ``redirect_to`` makes the download answer a redirect there."""
        ws = self.workspace
        if isinstance(content, (str, Path)):
            path = Path(content)
            data, name = path.read_bytes(), name or path.name
        else:
            data = content
        if not name:
            raise ValueError("name the file")
        ch, person = ws.channel(channel), ws.user(user)
        file = ws.add_file(person.id, name, data, mimetype=mimetype)
        file.download_url, file.redirect_to = download_url, redirect_to
        file.channels.append(ch.id)
        message = ws.post(ch.id, person.id, text, thread_ts=thread_ts, subtype="file_share", files=[file.id])
        file.shares.setdefault(ch.id, []).append(message.ts)
        shared = {
            "type": "file_shared", "channel_id": ch.id, "file_id": file.id, "user_id": person.id,
            "file": {"id": file.id}, "event_ts": message.ts,
        }  # fmt: skip
        await self._deliver_message(message, extra=[shared], check_file_info=check_file_info)
        return message

    async def _deliver_message(
        self, message: Message, *, extra: list[dict[str, Any]] = (), check_file_info: bool = False  # type: ignore[assignment]
    ) -> None:
        events = [*extra, self.message_event(message, check_file_info=check_file_info)]
        channel = self.workspace.channels[message.channel]
        if f"<@{self.bot_id}" in message.text and not channel.is_im:
            events.append(self.mention_event(message))
        await asyncio.gather(*(self.deliver_event(e) for e in events))

    # -- the assistant panel, App Home, modals --------------------------------------------------
    async def open_assistant(self, user: str, beside: str | None = None) -> AssistantThread:
        """``user`` opens the app's assistant panel next to the channel ``beside`` (a name or id;
        None: not beside any channel): a new thread in their DM, and ``assistant_thread_started``."""
        ws = self.workspace
        context = ws.channel(beside).id if beside else None
        thread = ws.open_assistant_thread(ws.user(user).id, context)
        await self.deliver_event({"type": "assistant_thread_started", "assistant_thread": thread.to_api(ws.team_id),
                                  "event_ts": ws.new_ts()})  # fmt: skip
        return thread

    async def change_assistant_context(self, thread: AssistantThread, beside: str | None) -> None:
        """The user switches channels with the panel open: ``assistant_thread_context_changed``."""
        ws = self.workspace
        thread.context_channel = ws.channel(beside).id if beside else None
        ws.emit("assistant_thread", thread=ws.assistant_thread_to_api(thread))
        await self.deliver_event({"type": "assistant_thread_context_changed",
                                  "assistant_thread": thread.to_api(ws.team_id), "event_ts": ws.new_ts()})  # fmt: skip

    async def open_home(self, user: str) -> Ack | None:
        """``user`` opens the app's Home tab: ``app_home_opened`` (tab ``home``)."""
        ws = self.workspace
        person = ws.user(user)
        dm = ws.open_dm(person.id)
        home = ws.home_views.get(person.id)
        event: dict[str, Any] = {"type": "app_home_opened", "user": person.id, "channel": dm.id, "tab": "home",
                                 "event_ts": ws.new_ts()}  # fmt: skip
        if home is not None:
            event["view"] = {**home.view, "id": home.id}
        return await self.deliver_event(event)

    async def submit_view(self, view_id: str, values: dict[str, dict[str, dict[str, Any]]]) -> Ack:
        """The user submits the modal ``view_id`` with ``values`` (``{block_id: {action_id:
        {"type": ..., "value" | "selected_option": ...}}}``, as Slack's ``view.state.values``).
        The modal closes unless the app answers with ``response_action: errors``."""
        ws = self.workspace
        opened = ws.views[view_id]
        person = ws.users[opened.user]
        payload = {
            "type": "view_submission",
            "team": {"id": ws.team_id, "domain": "claims-team"},
            "user": {"id": person.id, "username": person.name, "name": person.name, "team_id": ws.team_id},
            "api_app_id": ws.app_id,
            "token": VERIFICATION_TOKEN,
            "trigger_id": uuid.uuid4().hex,
            "view": {**opened.view, "id": opened.id, "team_id": ws.team_id, "app_id": ws.app_id,
                     "state": {"values": values}, "hash": uuid.uuid4().hex[:16]},
            "response_urls": [],
            "is_enterprise_install": False,
        }  # fmt: skip
        ack = await self.send("interactive", payload, label="view_submission")
        errors = isinstance(ack.body, dict) and ack.body.get("response_action") == "errors"
        if ack.ok and not errors:
            ws.close_view(view_id)
        return ack

    def slash_command_payload(self, channel: str, user: str, text: str, command: str = "/claim") -> dict[str, Any]:
        """What Slack posts when ``user`` runs ``command text`` in ``channel``, with a new
        response URL (valid for :data:`~bot.standin.webapi.RESPONSE_URL_USES` replies)."""
        ws = self.workspace
        ch, person = ws.channel(channel), ws.user(user)
        response_url = self.api.new_response_url(ResponseTarget(ch.id, person.id))
        trigger_id = uuid.uuid4().hex
        self.api.triggers[trigger_id] = person.id
        return {
            "token": VERIFICATION_TOKEN, "team_id": ws.team_id, "team_domain": "claims-team",
            "channel_id": ch.id, "channel_name": "directmessage" if ch.is_im else ch.name,
            "user_id": person.id, "user_name": person.name, "command": command, "text": text,
            "api_app_id": ws.app_id, "is_enterprise_install": "false", "response_url": response_url,
            "trigger_id": trigger_id,
        }  # fmt: skip

    async def run_slash_command(self, channel: str, user: str, text: str, command: str = "/claim") -> Ack:
        """``user`` types ``/claim text`` in ``channel``. The ack's body, if any, is shown to them
        as an ephemeral message; a failed ack shows Slack's "failed with the error" notice."""
        ws = self.workspace
        ch, person = ws.channel(channel), ws.user(user)
        payload = self.slash_command_payload(channel, user, text, command)
        response_url = payload["response_url"]
        ack = await self.send("slash_commands", payload, label=command)
        if not ack.ok:
            reason = "operation_timeout" if ack.error else f"http_service_error ({ack.status})"
            ws.post_ephemeral(ch.id, person.id, f"{command} failed with the error \"{reason}\"")
        elif isinstance(ack.body, dict) and (ack.body.get("text") or ack.body.get("blocks")):
            if ack.body.get("response_type") == "in_channel":
                ws.post(ch.id, ws.bot.id, ack.body.get("text", ""), blocks=ack.body.get("blocks"))
            else:
                ws.post_ephemeral(ch.id, person.id, ack.body.get("text", ""), blocks=ack.body.get("blocks"),
                                  response_url=response_url)  # fmt: skip
        return ack

    async def click_button(
        self,
        message: Message | Ephemeral,
        action_id: str,
        value: str | None = None,
        *,
        user: str | None = None,
        action_ts: str | None = None,
    ) -> Ack:
        """A click on the button ``action_id`` of ``message`` (a channel message or an ephemeral
        one): a signed ``block_actions`` payload with a fresh response URL for that message.
        ``value`` forges the button's value; ``action_ts`` repeats an earlier click's (a replay)."""
        ws = self.workspace
        element = next((e for e in interactive_elements(message.blocks) if e["action_id"] == action_id), None)
        if element is None:
            raise KeyError(f"no element {action_id!r} in the message")
        is_ephemeral = isinstance(message, Ephemeral)
        if is_ephemeral:
            person = ws.user(user) if user else ws.users[message.user]
        else:
            members = sorted(ws.channels[message.channel].members)
            person = ws.user(user) if user else next(ws.users[u] for u in members if not ws.users[u].is_bot)
        channel = ws.channels[message.channel]
        target = ResponseTarget(
            channel.id, person.id, thread_ts=message.thread_ts,
            message_ts=None if is_ephemeral else message.ts,
            ephemeral_id=message.id if is_ephemeral else None,  # type: ignore[union-attr]
        )  # fmt: skip
        trigger_id = uuid.uuid4().hex
        self.api.triggers[trigger_id] = person.id
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person.id, "username": person.name, "name": person.name, "team_id": ws.team_id},
            "api_app_id": ws.app_id,
            "token": VERIFICATION_TOKEN,
            "container": {
                "type": "message",
                "message_ts": message.ts,
                "channel_id": channel.id,
                "is_ephemeral": is_ephemeral,
            },
            "trigger_id": trigger_id,
            "team": {"id": ws.team_id, "domain": "claims-team"},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": channel.id, "name": "directmessage" if channel.is_im else channel.name},
            "state": {"values": {}},
            "response_url": self.api.new_response_url(target),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": element["block_id"],
                    "text": element.get("text", {}),
                    "value": element.get("value", "") if value is None else value,
                    "type": element.get("type", "button"),
                    "action_ts": action_ts or f"{time.time():.6f}",
                }
            ],
        }
        if not is_ephemeral:
            payload["message"] = ws.message_to_api(message)  # type: ignore[arg-type]
        return await self.send("interactive", payload, label=action_id)
