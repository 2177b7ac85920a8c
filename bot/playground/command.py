"""``claimbot playground``: the bot, a local Slack stand-in and a web page, in one process.

1. Open the engine (``--home``); when the store is empty, ingest ``data/claims`` and
   ``data/workspace`` (or ``--data``) into the ``workspace`` scope, printing progress.
2. Start the stand-in (:class:`bot.standin.SlackStandIn`, HTTP mode) with a generated signing
   secret and bot token, and the real bot (``bot.app.build_app`` served by ``bot.server.start``)
   on a free loopback port with ``SLACK_API_URL`` pointing at the stand-in.
3. Serve the page on 127.0.0.1 (``--port``, default 8700), print its URL, serve until Ctrl-C.

The bot is the one ``claimbot serve`` runs: signed Events API requests in, Web API calls out.
The page learns how an answer was made from the answer message's metadata, as stored by the
stand-in (see :mod:`bot.playground.tracing`), not from the bot's process.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import os
import secrets
import sys
import time
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from bot.playground.web import PlaygroundWeb
from bot.server import until_signalled

ROOT = Path(__file__).resolve().parents[2]
PLAYGROUND_USER = "U0ALICE001"
"""The person at the keyboard: Alice, in both channels and in the DM with claimbot."""


def default_data_dir() -> Path:
    for candidate in (Path.cwd() / "data", ROOT / "data"):
        if candidate.is_dir():
            return candidate
    return ROOT / "data"


def data_folders(data: Path) -> list[Path]:
    """``data/claims`` and ``data/workspace`` when present, else the folder itself."""
    parts = [data / name for name in ("claims", "workspace") if (data / name).is_dir()]
    return parts or [data]


def claim_files(folders: list[Path]) -> list[Path]:
    """The files the engine reads under ``folders`` (name order, hidden ones skipped)."""
    from rag.parsing import SUPPORTED_EXTENSIONS

    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
            if path.is_file() and not hidden and path.suffix.lower() in SUPPORTED_EXTENSIONS:
                found.append(path)
    return found


def ingest_if_empty(engine: Any, data: Path, out: TextIO = sys.stdout) -> int:
    """Ingest ``data`` into the workspace scope when the store holds no documents; returns the
    number of files ingested (0 when the store already had documents)."""
    from rag.errors import IngestError

    documents = engine.stats()["documents"]
    if documents:
        print(
            f"{documents} documents on file (share files in the page, or `claimbot ingest PATH`).", file=out, flush=True
        )
        return 0
    if not data.is_dir():
        print(f"No documents on file and no data folder at {data}: share files in the page.", file=out)
        return 0
    files = claim_files(data_folders(data))
    print(
        f"The store is empty: ingesting {len(files)} files from {data} into the workspace scope…", file=out, flush=True
    )
    started, done = time.perf_counter(), 0
    for i, path in enumerate(files, start=1):
        try:
            report = engine.ingest_file(path, scope="workspace")
            done += 1
            note = f"{report.claim_id or 'no claim id'}, {report.leaf_chunks} chunks"
        except IngestError as err:
            note = f"refused: {err.reason}"
        print(f"  [{i:>2}/{len(files)}] {path.name} ({note})", file=out, flush=True)
    print(f"Ingested {done} files in {time.perf_counter() - started:.0f} s.", file=out, flush=True)
    return done


def suggestions(engine: Any) -> list[str]:
    """Example messages for the page's empty channels, built on the claims on file."""
    try:
        claims = engine.claims(scope="workspace")
    except Exception:  # noqa: BLE001 - suggestions are a nicety
        claims = []
    first = claims[0].claim_id if claims else "CLM-1042"
    return [
        f"@claimbot What is the date of loss on {first}?",
        f"@claimbot Summarize {first}",
        "/claim list",
        f"/claim summary {first}",
    ]


@dataclass
class Running:
    """A started playground: the stand-in, the bot and the page; :meth:`stop` them."""

    web: PlaygroundWeb
    slack: Any
    bot: Any
    store: Any

    @property
    def url(self) -> str:
        return self.web.url

    async def stop(self) -> None:
        await self.web.stop()
        await self.bot.stop()
        await self.slack.stop()
        self.store.close()


async def start(engine: Any, home: Path, *, port: int = 8700, fallback_port: bool = True) -> Running:
    """Start the stand-in, the bot (HTTP mode, real server) and the page around ``engine``."""
    from bot import server
    from bot.app import build_app
    from bot.settings import BotSettings
    from bot.standin import SlackStandIn, Workspace
    from bot.store import BotStore

    signing_secret = secrets.token_hex(32)
    bot_token = "xoxb-playground-" + secrets.token_hex(16)
    slack = SlackStandIn(
        Workspace.default(),
        mode="http",
        signing_secret=signing_secret,
        bot_token=bot_token,
        app_token="xapp-1-playground-" + secrets.token_hex(8),
    )
    await slack.start()
    store = BotStore.open(home)
    settings = BotSettings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        api_url=slack.api_url,
        host="127.0.0.1",
        port=0,
        home=home,
    )
    settings.check()
    bot = await server.start(build_app(engine, settings, store=store), settings, store=store)
    slack.request_url = f"http://127.0.0.1:{bot.port}{server.EVENTS_PATH}"
    web = PlaygroundWeb(slack, user=PLAYGROUND_USER, suggestions=suggestions(engine), port=port)
    try:
        await web.start()
    except OSError as err:
        if not (fallback_port and err.errno == errno.EADDRINUSE and port):
            await bot.stop()
            await slack.stop()
            store.close()
            raise
        print(f"Port {port} is in use; using a free port instead (pass --port to choose).", flush=True)
        web.port = 0
        await web.start()
    return Running(web, slack, bot, store)


def can_open_browser() -> bool:
    """A graphical browser can open: macOS, Windows, or a Linux/BSD desktop session. (Without a
    display, :mod:`webbrowser` would start a console browser such as lynx in this terminal.)"""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


async def serve(engine: Any, home: Path, *, port: int, open_browser: bool) -> None:
    running = await start(engine, home, port=port)
    print(f"claimbot playground: {running.url}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    if open_browser and can_open_browser():
        try:
            webbrowser.open(running.url)
        except Exception:  # noqa: BLE001 - no browser is fine: the URL is printed
            pass
    try:
        await until_signalled()
    finally:
        print("Stopping the playground.", flush=True)
        await running.stop()


def open_engine(settings: Any) -> Any:
    """The engine as ``claimbot serve`` runs it: in a child process when the bot has
    :mod:`bot.engine_process` (the event loop that acks never waits for engine work), else in
    this process. Either has the same methods."""
    try:
        from bot.engine_process import EngineProcess
    except ImportError:
        from rag.engine import Engine

        return Engine.open(settings)
    return EngineProcess.open(settings)


def playground_command(args: argparse.Namespace) -> int:
    from rag.config import Settings

    settings = Settings.from_env(home=Path(args.home).expanduser() if args.home else None)
    data = Path(args.data).expanduser() if getattr(args, "data", None) else default_data_dir()
    print(f"claimbot playground: store in {settings.home}", flush=True)
    engine = open_engine(settings)
    try:
        ingest_if_empty(engine, data)
        asyncio.run(serve(engine, settings.home, port=args.port, open_browser=not args.no_browser))
    except KeyboardInterrupt:
        pass
    finally:
        engine.close()
    return 0
