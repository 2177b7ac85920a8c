"""Shared files: download with the bot token, ingest into the channel's scope, report in the
file's thread.

The bot token goes only to Slack's file hosts over https (:func:`token_may_go_to`: files.slack.com
and Slack's other ``*.slack.com`` hosts), or to the host of the configured ``SLACK_API_URL`` (a
stand-in). A file object is data: a link in it that names any other host is refused and the user
told so, and redirects are never followed by the HTTP library: :func:`download` follows them
itself, only to hosts the token may go to, and refuses the rest.

A ``message`` event with subtype ``file_share`` carries the file objects (``url_private_download``
and all); when Slack sends only an id (``"file_access": "check_file_info"``), ``files.info``
fills it in. The ``file_shared`` event carries ids only and adds nothing: it is acked and left.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import tempfile
import urllib.parse
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk, where
from rag.errors import IngestError, too_large
from rag.records import IngestProgress, IngestReport, ProgressFile

log = logging.getLogger("claimbot.bot")

DOWNLOAD_TIMEOUT_S = 60
PROGRESS_AFTER_S = 10.0
"""An ingest shows its progress once it has taken this long: long files (minutes) say how far
they are; a short one, even on a busy machine, gets its report as its only reply."""
PROGRESS_EVERY_S = 2.0
"""The progress message is edited at most this often (Slack's chat.update limit is ~1/s)."""
MAX_REDIRECTS = 3
SLACK_FILE_HOSTS = ("slack.com", "slack-files.com")
"""Slack serves files from files.slack.com (and other hosts under these domains), over https."""
REDIRECT_STATUSES = (301, 302, 303, 307, 308)


class DownloadError(Exception):
    """The file could not be fetched from Slack; the message is for the user."""


def register(app: AsyncApp, assistant: ClaimsDesk) -> None:
    @app.event("file_shared")
    async def ignore_file_shared() -> None:
        """The ``message``/``file_share`` event of the same share does the work."""


async def ingest_shared_files(
    assistant: ClaimsDesk,
    client: AsyncWebClient,
    *,
    channel: str,
    thread_ts: str,
    files: list[dict[str, Any]],
    resumed: bool = False,
) -> None:
    """Ingest each file into ``channel``'s scope; one reply per file in ``thread_ts``. ``resumed``:
    the work of a process that died after storing some of them, so "already had it" would be
    wrong: for the user the file is read now."""
    for file in files:
        if file.get("file_access") == "check_file_info" or not file.get("url_private_download"):
            file = (await client.files_info(file=file["id"]))["file"]
        name = safe_name(file.get("name") or file.get("title") or file["id"])
        reply = ProgressReply(client, channel=channel, thread_ts=thread_ts, name=name)
        try:
            data = await download(
                file, client.token or "", assistant.engine.settings.max_file_bytes, api_url=assistant.settings.api_url
            )
            report = await _ingest_bytes(assistant, data, name=name, channel=channel, file=file, reply=reply)
            if resumed and report.status == "unchanged":
                report = dataclasses.replace(report, status="added")
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
    assistant: ClaimsDesk, data: bytes, *, name: str, channel: str, file: dict[str, Any], reply: "ProgressReply"
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


class TokenRefused(DownloadError):
    """A link to a host the bot token may not go to."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"claimbot will not send its token to {host}: Slack serves shared files from files.slack.com "
            "over https, and this link points elsewhere. The file was not downloaded; share it again from Slack."
        )


def token_may_go_to(url: str, api_url: str) -> bool:
    """Whether the bot token may be sent with a request to ``url``: https on a Slack file host
    (:data:`SLACK_FILE_HOSTS` and their subdomains), or the same scheme, host and port as the
    configured Web API (``SLACK_API_URL``: Slack's, or a local stand-in)."""
    try:
        parts, api = urllib.parse.urlsplit(url), urllib.parse.urlsplit(api_url)
        port, api_port = parts.port, api.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or not host:
        return False
    if parts.scheme == "https" and any(host == d or host.endswith("." + d) for d in SLACK_FILE_HOSTS):
        return port in (None, 443)
    return (parts.scheme, host, port) == (api.scheme, (api.hostname or "").lower(), api_port)


def _host(url: str) -> str:
    try:
        return urllib.parse.urlsplit(url).netloc.rsplit("@", 1)[-1] or url[:80]
    except ValueError:
        return url[:80]


async def download(file: dict[str, Any], token: str, max_bytes: int, *, api_url: str) -> bytes:
    """The file's bytes, fetched with ``Authorization: Bearer <bot token>``, only from a host
    :func:`token_may_go_to` allows (redirects too: :class:`TokenRefused` otherwise).

    Refuses files over ``max_bytes`` before and while downloading. Slack answers a request it
    will not serve with an HTML sign-in page and status 200: that is a permission problem.
    """
    name = file.get("name", file.get("id", "file"))
    size = file.get("size")
    if isinstance(size, int) and size > max_bytes:
        raise too_large(name, size, max_bytes)
    url = file.get("url_private_download") or file.get("url_private")
    if not url or not isinstance(url, str):
        raise DownloadError("Slack did not give a download link for it.")
    timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            for _ in range(MAX_REDIRECTS + 1):
                if not token_may_go_to(url, api_url):
                    raise TokenRefused(_host(url))
                headers = {"Authorization": f"Bearer {token}"}
                async with session.get(url, headers=headers, allow_redirects=False) as response:
                    if response.status in REDIRECT_STATUSES and response.headers.get("Location"):
                        url = urllib.parse.urljoin(url, response.headers["Location"])
                        continue
                    return await _read(response, name, max_bytes)
            raise DownloadError(f"Slack redirected the download more than {MAX_REDIRECTS} times.")
        except aiohttp.ClientError as err:
            raise DownloadError(f"the download failed ({type(err).__name__}).") from err


async def _read(response: aiohttp.ClientResponse, name: str, max_bytes: int) -> bytes:
    if response.status in (401, 403, 404) or response.content_type == "text/html":
        raise DownloadError(
            "claimbot may not download it (the app needs the files:read scope and must be in the channel)."
        )
    if response.status != 200:
        raise DownloadError(f"Slack answered {response.status} to the download.")
    chunks, total = [], 0
    async for chunk in response.content.iter_chunked(1 << 16):
        total += len(chunk)
        if total > max_bytes:
            raise too_large(name, None, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)
