"""Shared files: download with the bot token, ingest into the channel's scope, report in the
file's thread.

A ``message`` event with subtype ``file_share`` carries the file objects (``url_private_download``
and all); when Slack sends only an id (``"file_access": "check_file_info"``), ``files.info``
fills it in. The ``file_shared`` event carries ids only and adds nothing: it is acked and left.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path, PurePath
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.assistant import ClaimsDesk, where
from rag.errors import IngestError

log = logging.getLogger("claimbot.bot")

DOWNLOAD_TIMEOUT_S = 60


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
) -> None:
    """Ingest each file into ``channel``'s scope; one reply per file in ``thread_ts``."""
    for file in files:
        if file.get("file_access") == "check_file_info" or not file.get("url_private_download"):
            file = (await client.files_info(file=file["id"]))["file"]
        name = safe_name(file.get("name") or file.get("title") or file["id"])
        try:
            data = await download(file, client.token or "", assistant.engine.settings.max_file_bytes)
            report = await _ingest_bytes(assistant, data, name=name, channel=channel, file=file)
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
