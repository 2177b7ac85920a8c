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

import dataclasses
import logging
import tempfile
import urllib.parse
from pathlib import Path, PurePath
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk, where
from rag.errors import IngestError, too_large

log = logging.getLogger("claimbot.bot")

DOWNLOAD_TIMEOUT_S = 60
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
        try:
            data = await download(
                file, client.token or "", assistant.engine.settings.max_file_bytes, api_url=assistant.settings.api_url
            )
            report = await _ingest_bytes(assistant, data, name=name, channel=channel, file=file)
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
        await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)


async def _ingest_bytes(assistant: ClaimsDesk, data: bytes, *, name: str, channel: str, file: dict[str, Any]):
    with tempfile.TemporaryDirectory(prefix="claimbot-slack-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return await assistant.ingest(path, scope=channel, display_name=name, source_url=file.get("permalink"))


def safe_name(name: str) -> str:
    """The file's own name, without any directory part (names come from users)."""
    base = PurePath(name.replace("\\", "/")).name.strip() or "file"
    return base[:200]


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
