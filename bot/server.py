"""Running the app: HTTP mode (``POST /slack/events``) or Socket Mode, plus ``GET /healthz``.

HTTP mode: Slack (or the stand-in) posts signed Events API, slash command and interactivity
requests to ``/slack/events``. Every request is verified and parsed first (:mod:`bot.inbound`:
401 for a bad signature or timestamp, 400 for a malformed body; nothing else happens). Events
are then acked as soon as their work is journaled, and handled by Bolt after
(:mod:`bot.ack_first`); Bolt acks the rest and runs the listener after the response is sent.

Socket Mode (``SLACK_APP_TOKEN`` set): the bot opens a websocket (``apps.connections.open``) and
acks each envelope on it; no public URL is needed. ``/healthz`` is served in both modes.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot import inbound
from bot.ack_first import AckFirst
from bot.middleware import REQUEST_ID, RequestIdFilter, new_request_id, received
from bot.settings import BotSettings
from bot.state import SharedState, as_state
from bot.store import BotStore

log = logging.getLogger("claimbot.server")

EVENTS_PATH = "/slack/events"
SOCKET_CONNECT_TIMEOUT_S = 30


@dataclass
class Health:
    mode: str
    started: float = field(default_factory=time.time)
    socket: AsyncSocketModeHandler | None = None
    state: SharedState | None = None
    """With Postgres: ``database`` says whether it answers. Not part of ``ok``: a replica whose
    database is down answers 503 to Slack, which retries; taking every replica out of the
    balancer would not make the database come back sooner."""

    async def report(self) -> dict:
        report: dict = {"ok": True, "mode": self.mode, "uptime_s": round(time.time() - self.started, 1)}
        report.update(_answer_mode())
        if self.state is not None and self.state.leases:
            report["database"] = "ok" if await self.state.ping() else "unavailable"
        if self.socket is not None:
            connected = await self.socket.client.is_connected()
            report.update(ok=connected, socket_connected=connected)
        return report


def _answer_mode() -> dict:
    """How questions are answered (``llm`` or ``offline``) and, with a model, which ones: the
    engine's process reads the same environment."""
    from rag.llm.client import LLMConfig

    try:
        config = LLMConfig.from_env()
    except ValueError as err:
        return {"answer_mode": "offline", "answer_mode_error": str(err)}
    if not config.enabled:
        return {"answer_mode": "offline"}
    return {"answer_mode": "llm", "models": config.models}


def web_app(
    app: AsyncApp | None, health: Health, ack_first: AckFirst | None = None, signing_secret: str = ""
) -> web.Application:
    """``GET /healthz``, and ``POST /slack/events`` when ``app`` is given (HTTP mode): every
    request verified with ``signing_secret`` (:mod:`bot.inbound`), events acked first when
    ``ack_first`` is given."""
    routes = web.Application()

    async def healthz(_: web.Request) -> web.Response:
        report = await health.report()
        return web.json_response(report, status=200 if report["ok"] else 503)

    routes.router.add_get("/healthz", healthz)
    if app is not None:

        async def slack_events(request: web.Request) -> web.Response:
            """Verified and parsed first (:mod:`bot.inbound`: 401 or 400, and nothing else
            happens); then acked first (events) or handed to Bolt. One log line per request,
            after the ack is decided: what came, and how fast."""
            started = time.perf_counter()
            REQUEST_ID.set(new_request_id())  # per request: a kept-alive connection serves many
            checked = inbound.check(signing_secret, await request.read(), request.headers)
            if isinstance(checked, inbound.Refused):
                log.warning("refused a request with %d: %s", checked.status, checked.reason)
                return web.Response(status=checked.status, headers=checked.headers)
            fast = await ack_first.ack(checked.body) if ack_first is not None else None
            if fast is not None:
                (status, note), body = fast, checked.body
                response = web.Response(status=status)
            else:
                bolt_request = await to_bolt_request(request)
                bolt_response = await app.async_dispatch(bolt_request)
                body, note, response = bolt_request.body, "", await to_aiohttp_response(bolt_response)
            ms = (time.perf_counter() - started) * 1000
            retry = request.headers.get("X-Slack-Retry-Num")
            note = f" ({note})" if note else ""
            log.info("%s, acked %d in %.1f ms%s", received(body, retry), response.status, ms, note)
            return response

        routes.router.add_post(EVENTS_PATH, slack_events)
    return routes


@dataclass
class Running:
    """A started bot; :meth:`stop` it."""

    runner: web.AppRunner
    port: int
    socket: AsyncSocketModeHandler | None = None
    session: aiohttp.ClientSession | None = None

    async def stop(self) -> None:
        if self.socket is not None:
            await self.socket.close_async()
        await self.runner.cleanup()
        if self.session is not None:
            await self.session.close()


async def start(app: AsyncApp, settings: BotSettings, *, store: BotStore | SharedState | None = None) -> Running:
    """Start serving (returns once listening, and connected in Socket Mode). With the app's
    ``store``, HTTP-mode events are acked first (:mod:`bot.ack_first`)."""
    session = None
    if app.client.session is None:
        # One HTTP session for all Web API calls: kept-alive connections rather than slack_sdk's
        # default of a new session and TCP connection per call (measured: a third of the loop's
        # time under a burst of mentions went to connecting).
        session = app.client.session = aiohttp.ClientSession()
    socket = AsyncSocketModeHandler(app, settings.app_token) if settings.socket_mode else None
    state = as_state(store) if store is not None else None
    health = Health(mode="socket" if socket else "http", socket=socket, state=state)
    ack_first = AckFirst(app, state) if state is not None else None
    http_app = web_app(None if socket else app, health, ack_first, settings.signing_secret or "")
    runner = web.AppRunner(http_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    await site.start()
    port = runner.addresses[0][1] if runner.addresses else settings.port
    if socket is not None:
        try:
            await asyncio.wait_for(socket.connect_async(), SOCKET_CONNECT_TIMEOUT_S)
        except BaseException:
            await Running(runner, port, socket, session).stop()
            raise
        log.info("connected to Slack over Socket Mode; /healthz on port %d", port)
    else:
        log.info("listening on http://%s:%d%s (and /healthz)", settings.host, port, EVENTS_PATH)
    return Running(runner, port, socket, session)


async def until_signalled() -> None:
    """Return on SIGINT or SIGTERM (Ctrl-C, ``kill``, a container stop)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except NotImplementedError:  # pragma: no cover - Windows
            pass
    await stop.wait()


async def serve_forever(
    app: AsyncApp,
    settings: BotSettings,
    *,
    store: SharedState | None = None,
    after_start: Callable[[], Awaitable[object]] | None = None,
) -> None:
    """``claimbot serve``: run until SIGINT/SIGTERM; ``after_start`` runs once the bot is
    listening (resuming journaled work: new requests are acked meanwhile)."""
    running = await start(app, settings, store=store)
    try:
        if after_start is not None:
            await after_start()
        await until_signalled()
    finally:
        log.info("shutting down")
        await running.stop()


def configure_logging(verbose: bool = False) -> None:
    """Server logs: ``claimbot.*`` at INFO with the request id; Slack's libraries at WARNING
    (their DEBUG logs print request bodies) unless ``verbose``."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig()
    for handler in root.handlers:
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    logging.getLogger("claimbot").setLevel(logging.INFO)
    for name in ("slack_bolt", "slack_sdk", "claimbot-bolt"):
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)


class BackgroundLog(logging.Handler):
    """Log records are queued where they are made (with their request id) and written by a
    thread every :attr:`interval` seconds, a batch at a time.

    Why: under a burst of 50 @mentions, logging took a tenth of the event loop's time, most of
    it formatting and writing. A thread woken for every record (``QueueHandler``) cost more
    still: each record handed the GIL back and forth. A thread that wakes on a timer does not.
    Records of the last ``interval`` are lost if the process is killed; :meth:`stop` writes
    the rest.
    """

    def __init__(self, handlers: list[logging.Handler], interval: float = 0.1) -> None:
        super().__init__()
        self.handlers = handlers
        self.interval = interval
        self._pending: deque[logging.LogRecord] = deque()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="claimbot-log", daemon=True)

    def emit(self, record: logging.LogRecord) -> None:
        self._pending.append(record)

    def start(self) -> "BackgroundLog":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._write()

    def _run(self) -> None:
        while not self._stopping.wait(self.interval):
            self._write()

    def _write(self) -> None:
        while self._pending:
            record = self._pending.popleft()
            for handler in self.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)


def log_in_background() -> BackgroundLog:
    """Put :class:`BackgroundLog` between the loggers and the root logger's handlers."""
    root = logging.getLogger()
    background = BackgroundLog(list(root.handlers))
    background.addFilter(RequestIdFilter())
    root.handlers = [background]
    return background.start()


async def signed_in_as(settings: BotSettings) -> str:
    """``auth.test`` with the bot token: who the bot is, or :class:`SettingsError` saying why not."""
    from slack_sdk.errors import SlackApiError

    from bot.app import web_client
    from bot.settings import SettingsError

    client = web_client(settings)
    try:
        identity = await client.auth_test()
    except SlackApiError as err:
        raise SettingsError(f"Slack refused SLACK_BOT_TOKEN ({err.response.get('error')}).") from err
    except aiohttp.ClientError as err:
        raise SettingsError(f"Cannot reach the Slack Web API at {settings.api_url} ({type(err).__name__}).") from err
    return f"@{identity.get('user')} in {identity.get('team')}"


def serve_command(args) -> int:
    """``claimbot serve [--host H] [--port P] [--home DIR]``: check the settings and the token,
    start the engine (in its own process; it opens in the background), serve at once, resume
    the work a previous run accepted and did not finish (:mod:`bot.journal`: it waits for the
    engine like new work does), and serve until SIGINT/SIGTERM."""
    import sys
    from pathlib import Path

    from bot.app import build_app
    from bot.engine_process import EngineProcess
    from bot.journal import keep_leases, resume_unfinished
    from bot.settings import SettingsError
    from bot.state import StateUnavailable, open_state

    configure_logging(getattr(args, "verbose", False))
    logging_thread = log_in_background()
    home = Path(args.home).expanduser() if args.home else None
    try:
        settings = BotSettings.from_env(host=args.host, port=args.port, home=home)
        settings.check()
        log.info("signed in to Slack as %s", asyncio.run(signed_in_as(settings)))
    except SettingsError as err:
        logging_thread.stop()
        print(f"claimbot serve: {err}", file=sys.stderr)
        return 2
    # The engine opens in its child process while the bot already listens: after a kill -9 the
    # new engine may wait for the old one to let go of the store (engine.lock), and Slack's
    # requests must not be refused meanwhile. They are acked and journaled at once; their
    # engine calls queue until the engine is ready.
    engine = EngineProcess(settings.engine_settings())
    engine_failed: list[str] = []
    state_failed: list[str] = []

    async def engine_ready() -> None:
        started = time.perf_counter()
        try:
            await engine.call("stats")
        except Exception as err:  # noqa: BLE001 - whatever it is, the bot cannot answer: stop
            engine_failed.append(type(err).__name__)
            log.error("the engine could not open (%s): stopping; journaled work waits for the next start", err)
            return
        took = time.perf_counter() - started
        log.info("engine ready in process %s after %.1f s (store %s)", engine.pid(), took, settings.home)

    async def main() -> None:
        try:  # the journal, answers and votes: slack.sqlite3, or Postgres (CLAIMBOT_DATABASE_URL)
            store = await open_state(settings.home, settings.database_url, settings.lease_s)
        except StateUnavailable as err:
            state_failed.append(str(err))
            return
        app = build_app(engine, settings, store=store)  # type: ignore[arg-type] # EngineProcess: the same methods
        serving = asyncio.ensure_future(
            serve_forever(app, settings, store=store, after_start=lambda: resume_unfinished(app, store))
        )
        opening = asyncio.ensure_future(engine_ready())
        # Postgres: leases on open work, renewed while this process runs; others' expired ones taken over.
        leasing = asyncio.ensure_future(keep_leases(app, store, store.lease_s)) if store.leases else None
        try:
            await asyncio.wait({serving, opening}, return_when=asyncio.FIRST_COMPLETED)
            if opening.done() and engine_failed:
                serving.cancel()  # serve_forever stops the server on its way out
                await asyncio.gather(serving, return_exceptions=True)
                return
            try:
                await serving
            finally:
                opening.cancel()
        finally:
            if leasing is not None:
                leasing.cancel()
                await asyncio.gather(leasing, return_exceptions=True)
            await store.close()

    try:
        asyncio.run(main())
    finally:
        engine.close()
        logging_thread.stop()
    if state_failed:
        print(f"claimbot serve: {state_failed[0]}", file=sys.stderr)
        return 2
    return 1 if engine_failed else 0
