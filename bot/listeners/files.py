"""Shared files: download with the bot token, ingest into the channel's scope, report in the
file's thread.

A ``message`` event with subtype ``file_share`` carries the file objects (``url_private_download``
and all); when Slack sends only an id (``"file_access": "check_file_info"``), ``files.info``
fills it in. The ``file_shared`` event carries ids only and adds nothing: it is acked and left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import Assistant, where
from rag.errors import IngestError
from rag.records import IngestProgress, IngestReport, ProgressFile

log = logging.getLogger("claimbot.bot")

DOWNLOAD_TIMEOUT_S = 60
PROGRESS_AFTER_S = 3.0
"""An ingest shows its progress once it has taken this long."""
PROGRESS_EVERY_S = 2.0
"""The progress message is edited at most this often (Slack's chat.update limit is ~1/s)."""


class DownloadError(Exception):
    """The file could not be fetched from Slack; the message is for the user."""


def register(app: AsyncApp, assistant: Assistant) -> None:
    @app.event("file_shared")
    async def ignore_file_shared() -> None:
        """The ``message``/``file_share`` event of the same share does the work."""


async def ingest_shared_files(
    assistant: Assistant,
    client: AsyncWebClient,
    *,
    channel: str,
    thread_ts: str,
    files: list[dict[str, Any]],
) -> None:
    """Ingest each file into ``channel``'s scope; one reply per file in ``thread_ts``."""
    for file in files:
        if file.get("file_access") == "check_file_info" or not file.get("url_private_download"):
            file = (await client.files_info(file=file["id"]))["file"]
        name = safe_name(file.get("name") or file.get("title") or file["id"])
        reply = ProgressReply(client, channel=channel, thread_ts=thread_ts, name=name)
        try:
            data = await download(file, client.token or "", assistant.engine.settings.max_file_bytes)
            report = await _ingest_bytes(assistant, data, name=name, channel=channel, file=file, reply=reply)
            message = blocks.ingest_report_message(report, where(channel))
            log.info("ingested %s status=%s kind=%s", file["id"], report.status, report.kind)
        except IngestError as err:
            log.info("refused %s: %s", file["id"], err.reason)
            message = blocks.ingest_error_message(err)
        except DownloadError as err:
            log.warning("could not download %s: %s", file["id"], err)
            message = blocks.download_error_message(name, str(err))
        await reply.finish(message)


async def _ingest_bytes(
    assistant: Assistant, data: bytes, *, name: str, channel: str, file: dict[str, Any], reply: "ProgressReply"
) -> IngestReport:
    with tempfile.TemporaryDirectory(prefix="claimbot-slack-") as tmp:
        path = Path(tmp) / stored_name(name)
        path.write_bytes(data)
        if getattr(assistant.engine, "call", None) is None:  # an engine in this process calls back
            progress: Callable[[IngestProgress], None] = reply.update
        else:  # the engine's process writes a file the reply polls
            progress = reply.follow(ProgressFile(str(Path(tmp) / "progress")))
        reply.start()
        return await assistant.ingest(
            path, scope=channel, display_name=name, source_url=file.get("permalink"), progress=progress
        )


MAX_NAME_CHARS = 255
"""File names are shown as users gave them, up to this many characters (extension kept)."""
MAX_STORED_NAME_BYTES = 120
"""The name a download is saved under, in UTF-8 bytes: file systems count bytes (255 on ext4),
so 100 emoji (400 bytes) would not fit."""


def safe_name(name: str) -> str:
    """The file's own name as users see it: no directory part (names come from users), at most
    :data:`MAX_NAME_CHARS` characters with the extension kept (the type is read from it)."""
    base = PurePath(name.replace("\\", "/")).name.strip() or "file"
    return _bounded(base, lambda text: len(text) <= MAX_NAME_CHARS)


def stored_name(name: str) -> str:
    """A name to save ``name``'s bytes under: bounded in bytes, extension kept, no path."""
    return _bounded(safe_name(name), lambda text: len(text.encode()) <= MAX_STORED_NAME_BYTES)


def _bounded(name: str, fits: Callable[[str], bool]) -> str:
    """``name`` cut from the end of its stem until it fits, keeping a short extension."""
    if fits(name):
        return name
    suffix = PurePath(name).suffix
    if not suffix or len(suffix) > 16:
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    while stem and not fits(stem + "\u2026" + suffix):
        stem = stem[:-1]
    return stem + "\u2026" + suffix


class ProgressReply:
    """The file's reply in its thread: for a long ingest, first how far it is ("Reading
    claim.pdf: read 40 of 120 pages"), updated as it goes, then the report in its place.

    The engine calls :meth:`update` from its thread; a task on the loop posts and edits the
    message, at most every :data:`PROGRESS_EVERY_S`, and only once the ingest has taken
    :data:`PROGRESS_AFTER_S` (a quick ingest gets its report and nothing else).
    """

    def __init__(self, client: AsyncWebClient, *, channel: str, thread_ts: str, name: str) -> None:
        self._client, self._channel, self._thread_ts, self._name = client, channel, thread_ts, name
        self._latest: IngestProgress | None = None
        self._source: ProgressFile | None = None
        self._ts: str | None = None
        self._task: asyncio.Task[None] | None = None

    def update(self, progress: IngestProgress) -> None:
        self._latest = progress  # one reference assignment: safe from the engine's thread

    def follow(self, source: ProgressFile) -> ProgressFile:
        """Read the progress from ``source`` (written by the engine's process) as it goes."""
        self._source = source
        return source

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._show())

    async def _show(self) -> None:
        await asyncio.sleep(PROGRESS_AFTER_S)
        shown: IngestProgress | None = None
        while True:
            latest = self._source.read() if self._source is not None else self._latest
            if latest is not None and latest != shown:
                text = f"Reading {self._name}: {latest}"
                if self._ts is None:
                    posted = await self._client.chat_postMessage(
                        channel=self._channel, thread_ts=self._thread_ts, text=text
                    )
                    self._ts = posted["ts"]
                else:
                    await self._client.chat_update(channel=self._channel, ts=self._ts, text=text)
                shown = latest
            await asyncio.sleep(PROGRESS_EVERY_S)

    async def finish(self, message: dict[str, Any]) -> None:
        """Post the report (or the refusal), in place of the progress message if there is one."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._ts is not None:
            await self._client.chat_update(channel=self._channel, ts=self._ts, **message)
        else:
            await self._client.chat_postMessage(channel=self._channel, thread_ts=self._thread_ts, **message)


async def download(file: dict[str, Any], token: str, max_bytes: int) -> bytes:
    """The file's bytes, fetched with ``Authorization: Bearer <bot token>``.

    Refuses files over ``max_bytes`` before and while downloading. Slack answers a request it
    will not serve with an HTML sign-in page and status 200: that is a permission problem.
    """
    name = file.get("name", file.get("id", "file"))
    size = file.get("size")
    if isinstance(size, int) and size > max_bytes:
        raise IngestError(name, "too_large", f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    url = file.get("url_private_download") or file.get("url_private")
    if not url:
        raise DownloadError("Slack did not give a download link for it.")
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.get(url, headers={"Authorization": f"Bearer {token}"}) as response:
                if response.status in (401, 403, 404) or response.content_type == "text/html":
                    raise DownloadError(
                        "claimbot may not download it (the app needs the files:read scope and must be "
                        "in the channel)."
                    )
                if response.status != 200:
                    raise DownloadError(f"Slack answered {response.status} to the download.")
                chunks, total = [], 0
                async for chunk in response.content.iter_chunked(1 << 16):
                    total += len(chunk)
                    if total > max_bytes:
                        raise IngestError(name, "too_large", f"it is over the {max_bytes / 1e6:.0f} MB limit")
                    chunks.append(chunk)
                return b"".join(chunks)
        except aiohttp.ClientError as err:
            raise DownloadError(f"the download failed ({type(err).__name__}).") from err
