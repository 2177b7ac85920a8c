"""How the stand-in delivers events, commands and button clicks to the app, as Slack does.

- :class:`HttpDelivery`: a signed POST to the app's Request URL (``v0`` signature of
  ``v0:<timestamp>:<body>`` with the signing secret, as ``slack_sdk.signature`` checks it).
  Events are JSON, slash commands are form fields, interactions a form field ``payload``.
- :class:`SocketModeServer`: ``apps.connections.open`` hands out a ``ws://`` URL; on connect it
  sends ``hello``, then envelopes (``events_api``, ``slash_commands``, ``interactive``) and waits
  for each ``{"envelope_id": ...}`` ack.

Both return an :class:`Ack`: status, body and how long the app took to acknowledge. Events whose
ack fails or takes over 3 s are retried up to 3 times with ``X-Slack-Retry-Num`` /
``retry_attempt``, like Slack (when ``retries`` is on).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("claimbot.standin")

ACK_TIMEOUT_S = 3.0
MAX_RETRIES = 3


@dataclass
class Ack:
    """What the app answered to one delivery."""

    kind: str
    """``events_api``, ``slash_commands`` or ``interactive``."""
    status: int
    """HTTP status (200 for a socket ack; 0 when nothing came back in time)."""
    body: Any = None
    """The JSON (or text) the app answered with, if any."""
    ms: float = 0.0
    retry_num: int = 0
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    label: str = ""
    at: float = field(default_factory=time.time)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def encode(kind: str, payload: dict[str, Any]) -> tuple[str, str]:
    """The HTTP body and content type Slack uses for each kind of request."""
    if kind == "events_api":
        return json.dumps(payload), "application/json"
    if kind == "slash_commands":
        return urllib.parse.urlencode(payload), "application/x-www-form-urlencoded"
    return urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"


class HttpDelivery:
    """Signed requests to the app's Request URL (``http://host:port/slack/events``)."""

    def __init__(self, url: str | None, signing_secret: str) -> None:
        self.url = url
        self.secret = signing_secret
        self.verifier = SignatureVerifier(signing_secret)
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def signed_headers(self, body: str, *, timestamp: int | None = None, secret: str | None = None) -> dict[str, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        verifier = self.verifier if secret is None else SignatureVerifier(secret)
        return {
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body) or "",
        }

    async def send_raw(self, body: bytes, content_type: str, headers: dict[str, str]) -> Ack:
        """POST ``body`` as it is, with exactly ``headers`` (plus the content type): a request
        no Slack would send (forged or malformed), to see what the app makes of it."""
        if not self.url:
            return Ack("raw", 0, error="no Request URL set")
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=ACK_TIMEOUT_S))
        started = time.perf_counter()
        try:
            headers = {"Content-Type": content_type, **headers}
            async with self._session.post(self.url, data=body, headers=headers) as response:
                raw = await response.text()
                return Ack("raw", response.status, raw, (time.perf_counter() - started) * 1000,
                           headers=dict(response.headers))  # fmt: skip
        except TimeoutError:
            return Ack("raw", 0, None, (time.perf_counter() - started) * 1000, error="http_timeout")

    def signed_raw_headers(self, body: bytes, *, timestamp: str | None = None) -> dict[str, str]:
        """The signature headers of a raw ``body`` (any bytes), as Slack would sign it."""
        ts = str(int(time.time())) if timestamp is None else timestamp
        digest = hmac.new(self.secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}

    async def send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry_num: int = 0,
        retry_reason: str | None = None,
        timestamp: int | None = None,
        secret: str | None = None,
        signature: str | None = None,
    ) -> Ack:
        """One POST; ``timestamp``, ``secret`` and ``signature`` forge the signing for tests."""
        if not self.url:
            return Ack(kind, 0, error="no Request URL set")
        body, content_type = encode(kind, payload)
        headers = {"Content-Type": content_type, **self.signed_headers(body, timestamp=timestamp, secret=secret)}
        if signature is not None:
            headers["X-Slack-Signature"] = signature
        if retry_num:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=ACK_TIMEOUT_S))
        started = time.perf_counter()
        try:
            async with self._session.post(self.url, data=body.encode(), headers=headers) as response:
                raw = await response.text()
                ms = (time.perf_counter() - started) * 1000
                try:
                    parsed: Any = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    parsed = raw
                return Ack(kind, response.status, parsed, ms, retry_num, headers=dict(response.headers))
        except asyncio.TimeoutError:
            return Ack(kind, 0, None, (time.perf_counter() - started) * 1000, retry_num, error="http_timeout")
        except aiohttp.ClientError as err:
            return Ack(kind, 0, None, (time.perf_counter() - started) * 1000, retry_num, error=type(err).__name__)


class SocketModeServer:
    """The Socket Mode side of Slack: connection URLs, the websocket, envelopes and acks."""

    def __init__(self, base_ws_url: str = "") -> None:
        self.base_ws_url = base_ws_url
        self.connections: list[web.WebSocketResponse] = []
        self._tickets: set[str] = set()
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._next = 0
        self._connected = asyncio.Event()

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/link/", self.websocket)

    def open_connection(self) -> str:
        """``apps.connections.open``: a one-use URL."""
        ticket = uuid.uuid4().hex
        self._tickets.add(ticket)
        return f"{self.base_ws_url}/link/?ticket={ticket}&app_id=standin"

    async def wait_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._connected.wait(), timeout)

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        if ticket not in self._tickets:
            return web.Response(status=401, text="invalid ticket")
        self._tickets.discard(ticket)
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self.connections) + 1,
                "debug_info": {"host": "claimbot-standin", "approximate_connection_time": 3600},
                "connection_info": {"app_id": "standin"},
            }
        )
        self.connections.append(ws)
        self._connected.set()
        try:
            async for message in ws:
                if message.type != aiohttp.WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(message.data)
                except json.JSONDecodeError:
                    continue
                future = self._pending.pop(data.get("envelope_id", ""), None)
                if future is not None and not future.done():
                    future.set_result(data)
        finally:
            self.connections.remove(ws)
            if not self.connections:
                self._connected.clear()
        return ws

    async def close(self) -> None:
        for ws in list(self.connections):
            await ws.close()

    async def send(
        self, kind: str, payload: dict[str, Any], *, retry_num: int = 0, retry_reason: str | None = None
    ) -> Ack:
        live = [ws for ws in self.connections if not ws.closed]
        if not live:
            return Ack(kind, 0, error="no Socket Mode connection")
        ws = live[self._next % len(live)]
        self._next += 1
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind == "slash_commands",
        }
        if kind == "events_api":
            envelope["retry_attempt"] = retry_num
            envelope["retry_reason"] = retry_reason or ""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[envelope_id] = future
        started = time.perf_counter()
        await ws.send_json(envelope)
        try:
            ack = await asyncio.wait_for(future, ACK_TIMEOUT_S)
        except asyncio.TimeoutError:
            self._pending.pop(envelope_id, None)
            return Ack(kind, 0, None, (time.perf_counter() - started) * 1000, retry_num, error="timeout")
        return Ack(kind, 200, ack.get("payload"), (time.perf_counter() - started) * 1000, retry_num)
