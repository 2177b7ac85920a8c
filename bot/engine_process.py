""":class:`EngineProcess`: the engine in a child process, behind the engine's own API.

Why: engine calls are CPU-bound Python (parsing, retrieval, ranking). Run in threads of the bot's
process, they hold the GIL, and the event loop that acks Slack waits for it: measured with 50
concurrent @mentions on 2 cores, ack p95 went from ~4 ms to 200-600 ms. In a child process the
loop never competes with them. ``claimbot serve`` uses this; tests may pass an in-process
:class:`rag.engine.Engine` to :func:`bot.app.build_app` instead (same methods).

One child owns the store (the embedded store is not safe to write from two processes); calls
are answered one at a time, in order, except file ingests: the child runs those on a thread of
its own (one ingest at a time) and takes the next call at once, so questions are answered while
a large file is read and embedded. If the child dies, the call fails with
:class:`EngineCrashed` and the next call starts a new child.

The child runs at a lower CPU priority (:data:`NICENESS`). If the bot's process dies (killed,
crashed), its child notices, finishes the call in hand (a half-done ingest is worse than a late
exit), closes the store and exits: no engine is left running without a bot. A child holds
``engine.lock`` in the store's directory while it has the embedded store open, so the child of
a restarted bot waits for the old one to let go.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import AsyncIterator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rag.answer import Answer
from rag.config import Settings
from rag.errors import IngestError, UnknownClaimError
from rag.lock import lock_store
from rag.records import WORKSPACE, ClaimRecord, IngestReport

log = logging.getLogger("claimbot.engine_process")


class EngineCrashed(RuntimeError):
    """The engine's process died during the call (it is restarted for the next one)."""


class EngineFailed(RuntimeError):
    """The engine raised an unexpected error in its process; the child's traceback is attached."""

    def __init__(self, kind: str, message: str, child_traceback: str) -> None:
        super().__init__(f"{kind} in the engine process: {message}")
        self.kind = kind
        self.child_traceback = child_traceback


# -- in the child -------------------------------------------------------------------------------
_engine: Any = None
_calls = threading.Condition()
_in_flight = 0
"""Calls running in the child (the worker's and the ingest thread's): the watchdog waits until
there are none before it closes the engine."""
_ingests: ThreadPoolExecutor | None = None
_socket_server: Any = None
"""The CLI's way in (:class:`bot.engine_socket.EngineSocketServer`), once listening."""
BACKGROUND_METHODS = frozenset({"ingest_file"})
"""Engine methods run on the child's ingest thread (see :meth:`EngineProcess.call`)."""
NICENESS = 10
"""The child runs at a lower CPU priority than the bot: on a busy machine the bot's acks
(milliseconds of work, timed by Slack) come before engine work (seconds, per answer). Measured
with 50 concurrent @mentions on 2 loaded cores: ack p50 about halved; answers a little later."""


def _open(settings: Settings) -> None:
    global _engine
    from multiprocessing.util import Finalize

    from rag.engine import Engine

    os.nice(NICENESS)
    if not settings.chroma_host:
        lock_store(settings.home, "serve", wait=True)  # held for the life of this process
    _engine = Engine.open(settings)
    Finalize(_engine, _engine.close, exitpriority=10)  # runs when the pool lets the child go
    _listen(settings.home)
    threading.Thread(target=_exit_with_the_bot, name="claimbot-engine-watchdog", daemon=True).start()


def _listen(home: Path) -> None:
    """Serve the CLI on ``engine.sock`` in ``home`` (:mod:`bot.engine_socket`): ``claimbot ask``
    and ``ingest`` run here, on this engine, while serve holds the store."""
    global _socket_server
    from multiprocessing.util import Finalize

    from bot.engine_socket import SOCKET_FILE, EngineSocketServer

    try:
        _socket_server = EngineSocketServer(home.expanduser() / SOCKET_FILE, _engine, _busy).start()
    except OSError as err:  # e.g. a read-only home: the CLI is refused, as before
        log.warning("the CLI cannot reach this engine: no socket at %s (%s)", home / SOCKET_FILE, err)
        return
    Finalize(_socket_server, _socket_server.stop, exitpriority=20)  # before the engine closes


def _exit_with_the_bot() -> None:
    """Wait for the bot's process to end; then finish the call in hand, close, and exit."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()
    if _socket_server is not None:
        _socket_server.stop()  # no new CLI calls; the ones in flight finish below
    with _calls:
        _calls.wait_for(lambda: _in_flight == 0)
        try:
            _engine.close()
        finally:
            os._exit(0)


@contextmanager
def _busy() -> Iterator[None]:
    """Count a call in flight for as long as it runs (see :func:`_exit_with_the_bot`)."""
    global _in_flight
    with _calls:
        _in_flight += 1
    try:
        yield
    finally:
        with _calls:
            _in_flight -= 1
            _calls.notify_all()


def _call(method: str, args: tuple, kwargs: dict) -> tuple[str, Any]:
    """Run one engine method; errors come back as data (these exceptions do not pickle)."""
    with _busy():
        return _guarded(lambda: getattr(_engine, method)(*args, **kwargs))


def _start_call(method: str, args: tuple, kwargs: dict, results: Any) -> None:
    """Start one engine method on one of the child's two ingest threads and return at once, so the worker
    takes the next call (a question) while it runs; its outcome goes on ``results`` (a manager's
    queue the bot waits on). Counted in flight from now: the watchdog waits for it too."""
    global _ingests
    if _ingests is None:  # two: one file is read while another embeds (rag.ingest overlaps them)
        _ingests = ThreadPoolExecutor(max_workers=2, thread_name_prefix="claimbot-ingest")
    started = _busy()
    started.__enter__()

    def run() -> None:
        try:
            results.put(_guarded(lambda: getattr(_engine, method)(*args, **kwargs)))
        finally:
            started.__exit__(None, None, None)

    _ingests.submit(run)


def _call_stream(method: str, args: tuple, kwargs: dict, events: Any) -> tuple[str, Any]:
    """Run an engine method that yields ``(kind, value)`` events: each is put on ``events`` (a
    manager's queue, read by the bot as they come) except the last, ``("answer", ...)``, which
    is the call's result."""

    def run() -> Any:
        final = None
        for kind, value in getattr(_engine, method)(*args, **kwargs):
            if kind == "answer":
                final = value
            else:
                events.put((kind, value))
        return final

    with _busy():
        return _guarded(run)


def _guarded(run: Any) -> tuple[str, Any]:
    try:
        return "ok", run()
    except IngestError as err:
        return "ingest_error", (err.filename, err.reason, err.detail)
    except UnknownClaimError as err:
        return "unknown_claim", (err.claim_id, err.known)
    except Exception as err:
        return "error", (type(err).__name__, str(err), traceback.format_exc())


# -- in the bot -----------------------------------------------------------------------------
def _next_event(events: Any, timeout: float = 0.05) -> tuple[str, Any] | None:
    try:
        return events.get(timeout=timeout) if timeout else events.get_nowait()
    except queue.Empty:
        return None



def _result(kind: str, value: Any) -> Any:
    """A call's value, or the engine's error raised again on this side."""
    if kind == "ok":
        return value
    if kind == "ingest_error":
        raise IngestError(*value)
    if kind == "unknown_claim":
        raise UnknownClaimError(*value)
    raise EngineFailed(*value)


class EngineProcess:
    """The methods of :class:`rag.engine.Engine` the bot uses, run in a child process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._pool = self._start()
        self._queues: Any = None
        """A multiprocessing manager for streamed calls' event queues, started on first use."""
        self._readers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="claimbot-stream")

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_open,
            initargs=(self.settings,),
        )

    @classmethod
    def open(cls, settings: Settings) -> "EngineProcess":
        """Start the child and wait until its engine is open (the embedder loads in seconds)."""
        engine = cls(settings)
        engine.stats()
        return engine

    def _run(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            pool = self._pool
        try:
            kind, value = pool.submit(_call, method, args, kwargs).result()
        except BrokenProcessPool as err:
            raise self._crashed(pool) from err
        return _result(kind, value)

    async def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """``method`` run in the child, awaited on the event loop: no thread waits for it (the
        bot's :class:`~bot.assistant.ClaimsDesk` uses this; a thread per call cost the loop
        time at every hand-over, in bursts). Ingests run beside the other calls
        (:data:`BACKGROUND_METHODS`)."""
        if method in BACKGROUND_METHODS:
            return await self._call_beside(method, *args, **kwargs)
        with self._lock:
            pool = self._pool
        try:
            kind, value = await asyncio.wrap_future(pool.submit(_call, method, args, kwargs))
        except BrokenProcessPool as err:
            raise self._crashed(pool) from err
        return _result(kind, value)

    async def _call_beside(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """``method`` started on the child's ingest thread; its outcome awaited on a manager's
        queue, watching the child: if it dies meanwhile, :class:`EngineCrashed`."""
        with self._lock:
            pool = self._pool
            if self._queues is None:
                self._queues = multiprocessing.get_context("spawn").Manager()
            results = self._queues.Queue()
        try:
            await asyncio.wrap_future(pool.submit(_start_call, method, args, kwargs, results))
        except BrokenProcessPool as err:
            raise self._crashed(pool) from err
        loop = asyncio.get_running_loop()
        while True:
            outcome = await loop.run_in_executor(self._readers, _next_event, results, 0.5)
            if outcome is not None:
                return _result(*outcome)
            processes = getattr(pool, "_processes", None) or {}
            if self._pool is not pool or not any(p.is_alive() for p in processes.values()):
                raise self._crashed(pool)

    async def call_stream(self, method: str, *args: Any, **kwargs: Any) -> AsyncIterator[tuple[str, Any]]:
        """``method`` (a generator of ``(kind, value)`` events) run in the child; its events
        yielded here as they come, then ``("answer", result)``."""
        with self._lock:
            pool = self._pool
            if self._queues is None:
                self._queues = multiprocessing.get_context("spawn").Manager()
            events = self._queues.Queue()
        loop = asyncio.get_running_loop()
        future = asyncio.wrap_future(pool.submit(_call_stream, method, args, kwargs, events))
        while True:
            event = await loop.run_in_executor(self._readers, _next_event, events)
            if event is not None:
                yield event
                continue
            if future.done():
                while (event := _next_event(events, 0)) is not None:
                    yield event
                break
        try:
            kind, value = await future
        except BrokenProcessPool as err:
            raise self._crashed(pool) from err
        yield "answer", _result(kind, value)

    def _crashed(self, pool: ProcessPoolExecutor) -> EngineCrashed:
        """Start a new child in place of ``pool``'s dead one (once, whoever notices first)."""
        with self._lock:
            if self._pool is pool:
                log.error("the engine process died; starting a new one")
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()
        return EngineCrashed("the engine process died during the call")

    def ingest_file(
        self, path: Path, *, scope: str = WORKSPACE, display_name: str | None = None, source_url: str | None = None
    ) -> IngestReport:
        return self._run("ingest_file", path, scope=scope, display_name=display_name, source_url=source_url)

    def ask(
        self, question: str, *, scope: str = WORKSPACE, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Answer:
        return self._run("ask", question, scope=scope, scopes=list(scopes), history=list(history))

    def claims(self, *, scope: str = WORKSPACE, scopes: Sequence[str] = ()) -> list[ClaimRecord]:
        return self._run("claims", scope=scope, scopes=list(scopes))

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer:
        return self._run("summarize_claim", claim_id, scope=scope)

    def stats(self) -> dict[str, int]:
        return self._run("stats")

    def pid(self) -> int | None:
        """The child's process id (for tests and health checks), once it has started."""
        processes = getattr(self._pool, "_processes", None) or {}
        return next(iter(processes), None)

    def close(self) -> None:
        """Drop the calls still queued, let the running one finish, close the engine, stop."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._queues is not None:
            self._queues.shutdown()
        self._readers.shutdown(wait=False)
