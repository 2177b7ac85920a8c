"""What the listeners share: the engine (run off the event loop), the bot's store and settings,
and the one way an answer is made and posted.

Engine calls can take seconds. An engine in its own process (:class:`bot.engine_process.
EngineProcess`, as ``claimbot serve`` runs it) is awaited directly. An engine in this process
(tests) is synchronous: its calls run in a thread pool of their own (not the loop's default
executor, which aiohttp also uses for DNS), so acks never wait behind them.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.journal import HOLDING
from bot.settings import BotSettings
from bot.state import Budget, SharedState
from rag.answer import Answer
from rag.engine import Engine
from rag.llm.client import LLMConfig
from rag.records import ClaimRecord, IngestProgress, IngestReport

log = logging.getLogger("claimbot.bot")

WORKING_REACTION = "eyes"
WORKING_STATUS = "is reading the claim files..."
WORKING_DELAY_S = 0.4
REACTIONS_PER_MINUTE = 50
"""``reactions.add`` is a Tier 3 method: Slack allows about 50 calls a minute per workspace
(``reactions.remove`` as many) and answers more with 429 and a wait. Counted across replicas
when they share Postgres."""
BUDGET_SCOPE = "workspace"
"""The reaction budget's name: a bot token serves one workspace, so one budget per deployment."""

__all__ = ["Budget", "ClaimsDesk"]


def where(channel: str) -> str:
    """How a reply names the scope: ``in <#C123>`` or ``in this conversation`` (a DM)."""
    return "in this conversation" if channel.startswith("D") else f"in <#{channel}>"


class ClaimsDesk:
    """The bot's side of every conversation: the engine (off the event loop), the store, the
    settings, and the one way an answer is made and posted. Named for what it is, not
    ``Assistant``: Bolt's own ``AsyncAssistant`` is the assistant panel's middleware."""

    def __init__(self, engine: Engine, store: SharedState, settings: BotSettings) -> None:
        self.engine = engine
        self.store = store
        self.settings = settings
        self._pool = ThreadPoolExecutor(
            max_workers=max(1, settings.engine_workers), thread_name_prefix="claimbot-engine"
        )

    # -- the engine, off the event loop ------------------------------------------------------
    async def _run(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        call = getattr(self.engine, "call", None)
        if call is not None:
            return await call(method, *args, **kwargs)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(getattr(self.engine, method), *args, **kwargs))

    async def ask(
        self, question: str, *, scope: str, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Answer:
        return await self._run("ask", question, scope=scope, scopes=list(scopes), history=list(history))

    async def ask_stream(
        self, question: str, *, scope: str, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> AsyncIterator[tuple[str, Any]]:
        """The engine's :meth:`~rag.engine.Engine.ask_stream` events as they come (checked
        sentences, a reset, then the answer), from its process or from a thread here."""
        kwargs: dict[str, Any] = {"scope": scope, "scopes": list(scopes), "history": list(history)}
        call_stream = getattr(self.engine, "call_stream", None)
        if call_stream is not None:
            async for event in call_stream("ask_stream", question, **kwargs):
                yield event
            return
        stream = getattr(self.engine, "ask_stream", None)
        if stream is None:
            yield ("answer", await self.ask(question, **kwargs))
            return
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        def run() -> None:
            try:
                for event in stream(question, **kwargs):
                    loop.call_soon_threadsafe(queue.put_nowait, event)
            except BaseException as err:  # handed to the loop, raised there
                loop.call_soon_threadsafe(queue.put_nowait, ("error", err))

        done = loop.run_in_executor(self._pool, run)
        while True:
            kind, value = await queue.get()
            if kind == "error":
                raise value
            yield kind, value
            if kind == "answer":
                break
        await done

    async def summarize(self, claim_id: str, *, scope: str) -> Answer:
        return await self._run("summarize_claim", claim_id, scope=scope)

    async def claims(self, *, scope: str, scopes: Sequence[str] = ()) -> list[ClaimRecord]:
        return await self._run("claims", scope=scope, scopes=list(scopes))

    async def ingest(
        self, path: Path, *, scope: str, display_name: str, source_url: str | None,
        progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """``progress`` is called from the engine's thread (only an engine in this process can)."""
        extra = {"progress": progress} if progress is not None else {}
        return await self._run(
            "ingest_file", path, scope=scope, display_name=display_name, source_url=source_url, **extra
        )

    # -- replies ---------------------------------------------------------------------------
    @asynccontextmanager
    async def working(
        self,
        client: AsyncWebClient,
        channel: str,
        ts: str,
        *,
        thread_ts: str | None = None,
        status: str = WORKING_STATUS,
    ) -> AsyncIterator[None]:
        """A sign that the bot works on the user's message, once the work has taken
        :data:`WORKING_DELAY_S` (a quick answer needs no sign): the status line under the
        thread (``assistant.threads.setStatus``, which Slack accepts in any thread with
        ``chat:write`` since March 2026), else, where Slack refuses it, a reaction on the
        message, within Slack's rate limit for reactions (:data:`REACTIONS_PER_MINUTE`: past it,
        in a burst of questions, the answers come without the sign rather than after 429s).
        Slack clears the status when the reply is posted in that thread; a reply posted
        elsewhere (a DM's top level) clears it here."""
        where_ts = thread_ts or ts
        shown: list[str] = []  # "status" or "reaction", once shown

        started = asyncio.Event()

        async def sign_later() -> None:
            await asyncio.sleep(WORKING_DELAY_S)
            started.set()
            if await self.set_status(client, channel, where_ts, status):
                shown.append("status")
                return
            if not await self.store.take_reaction(BUDGET_SCOPE, REACTIONS_PER_MINUTE):
                return
            shown.append("reaction")
            await self._react(client.reactions_add, channel, ts)

        later = asyncio.ensure_future(sign_later())
        try:
            yield
        finally:
            if started.is_set():
                await later
            else:
                later.cancel()
            if "reaction" in shown:
                await self._react(client.reactions_remove, channel, ts)
            elif "status" in shown and thread_ts is None:
                await self.set_status(client, channel, where_ts, "")

    async def set_status(self, client: AsyncWebClient, channel: str, thread_ts: str, status: str) -> bool:
        """The status line of a thread (``""`` clears it); False when Slack refuses it."""
        try:
            await client.assistant_threads_setStatus(channel_id=channel, thread_ts=thread_ts, status=status)
            return True
        except SlackApiError as err:
            log.info("assistant.threads.setStatus refused: %s", err.response.get("error"))
            return False

    async def _react(self, method: Callable[..., Any], channel: str, ts: str) -> None:
        try:
            await method(channel=channel, timestamp=ts, name=WORKING_REACTION)
        except SlackApiError as err:  # already_reacted, no_reaction, missing_scope: not worth failing for
            log.warning("%s failed: %s", method.__name__, err.response.get("error"))

    async def answer_in_thread(
        self,
        client: AsyncWebClient,
        *,
        channel: str,
        ts: str,
        thread_ts: str | None,
        user: str | None,
        question: str,
        history: Sequence[str],
        scopes: Sequence[str] = (),
    ) -> str:
        """Ask the engine, post the answer (in ``thread_ts``, or at the top of a DM when None)
        and keep it on file for the buttons and follow-ups; returns the answer id. ``scopes``:
        search these (the assistant panel: the DM and the channel beside it), not ``channel``.

        In the language-model mode, a threaded answer streams (:meth:`_stream_answer`). Only the
        holder of the work's lease posts (:meth:`_still_ours`)."""
        key = HOLDING.get()
        if thread_ts and LLMConfig.from_env().enabled:
            if not await self._still_ours(key):
                return ""
            answer, stream_ts = await self._stream_answer(client, channel=channel, thread_ts=thread_ts,
                                                          question=question, history=history, scopes=scopes)
        else:
            answer = await self.ask(question, scope=channel, scopes=scopes, history=history)
            stream_ts = None
            if not await self._still_ours(key):
                return ""
        answer_id = await self.store.record_answer(
            channel=channel, thread_ts=thread_ts or ts, user=user, question=question, answer=answer
        )
        message = blocks.answer_message(answer, answer_id=answer_id)
        if stream_ts is None:
            await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)
        else:  # the streamed message becomes the whole answer: text, Sources, buttons, metadata
            try:
                await client.chat_update(channel=channel, ts=stream_ts, **message)
            except SlackApiError as err:  # it cannot be edited: the answer comes as a new message
                log.warning("chat.update of the streamed answer failed (%s)", err.response.get("error"))
                await client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)
        log.info(
            "answered mode=%s route=%s citations=%d engine_ms=%.0f%s", answer.mode, answer.route,
            len(answer.citations), answer.latency_ms,
            f" fallback={answer.fallback_reason.split(':')[0]}" if answer.fallback_reason else "",
        )
        return answer_id

    async def _still_ours(self, key: str | None) -> bool:
        """Whether this process still holds the work ``key`` (Postgres: its lease may have run out
        while the engine worked, and another replica redo it); never post an answer twice."""
        if key and not await self.store.holds(key):
            log.warning("not posting the answer to %s: another replica took the work over", key)
            return False
        return True

    async def _stream_answer(
        self, client: AsyncWebClient, *, channel: str, thread_ts: str, question: str, history: Sequence[str],
        scopes: Sequence[str] = (),
    ) -> tuple[Answer, str | None]:
        """Stream the answer into the thread a sentence at a time, each once it passed the
        grounding check (``chat.startStream`` / ``appendStream`` / ``stopStream``); returns the
        answer and the streamed message's ts (None if nothing was streamed). If the check fails
        after sentences were shown, the stream stops and the caller replaces the message with
        the final answer (the offline one, or a checked retry)."""
        stream_ts: str | None = None
        streaming = False
        answer: Answer | None = None
        async for kind, value in self.ask_stream(question, scope=channel, scopes=scopes, history=history):
            try:
                if kind == "sentence" and (streaming or stream_ts is None):
                    text = blocks.escape(value) + " "
                    if stream_ts is None:
                        started = await client.chat_startStream(channel=channel, thread_ts=thread_ts,
                                                                markdown_text=text)
                        stream_ts, streaming = started["ts"], True
                    else:
                        await client.chat_appendStream(channel=channel, ts=stream_ts, markdown_text=text)
                elif kind == "reset" and streaming:
                    log.info("stream stopped: a sentence failed the grounding check")
                    streaming = False
                    await client.chat_stopStream(channel=channel, ts=stream_ts)  # type: ignore[arg-type]
            except SlackApiError as err:  # no streaming here (an old workspace, a refused call): post it whole
                log.warning("streaming failed (%s); the answer is posted whole", err.response.get("error"))
                if streaming:
                    await self._stop_quietly(client, channel, stream_ts)
                streaming = False
                if stream_ts is None:
                    stream_ts = ""  # never try again for this answer
            if kind == "answer":
                answer = value
        assert answer is not None
        if streaming:
            await self._stop_quietly(client, channel, stream_ts)
        return answer, stream_ts or None

    async def _stop_quietly(self, client: AsyncWebClient, channel: str, ts: str | None) -> None:
        try:
            await client.chat_stopStream(channel=channel, ts=ts)  # type: ignore[arg-type]
        except SlackApiError as err:
            log.warning("chat.stopStream failed (%s)", err.response.get("error"))

