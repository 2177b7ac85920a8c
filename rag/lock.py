"""One process at a time on an embedded store.

Embedded Chroma (``PersistentClient``) is not safe to open from two processes: each loads the
vector index from disk once and keeps writing its own view back, so a ``claimbot ingest`` run
beside ``claimbot serve`` broke the running bot for a minute or more (``Error finding id``). A
reader is not safe either: it can read an index mid-write, and opening the client may itself
write. So every process that opens an embedded store holds an exclusive ``flock`` on
``engine.lock`` in ``CLAIMBOT_HOME`` (the file ``claimbot serve``'s engine process already holds
while it runs); a command that finds it taken is refused at once with what to do instead. With
a Chroma server (``CHROMA_HOST``) the server serializes writes and no lock is taken.

A long-running reader (``claimbot mcp``) takes the same lock *shared*, around each call only
(:class:`StoreLock`): it never runs beside a writer, and does not lock ``claimbot ingest`` out
between calls.

The operating system drops the lock when the process ends, however it ends: no stale locks.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

LOCK_FILE = "engine.lock"
"""In CLAIMBOT_HOME; the same file :mod:`bot.engine_process` holds for ``claimbot serve``."""

log = logging.getLogger(__name__)

WAIT_LOG_EVERY_S = 10.0
"""How often a process waiting for the store says so in the log."""

_held: dict[Path, IO[str]] = {}
"""The locks this process holds, by home: a process never conflicts with itself."""


class StoreBusyError(RuntimeError):
    """Another process has the embedded store open; the message says what to do instead."""

    def __init__(self, message: str, holder: str | None = None) -> None:
        super().__init__(message)
        self.holder = holder
        """The command holding the store (``serve``, ``ingest``...), as its lock file names it."""


def lock_store(home: Path, command: str, *, wait: bool = False) -> None:
    """Hold the store at ``home`` for this process (``command`` names it to others: ``ingest``,
    ``ask``...), or raise :class:`StoreBusyError` at once if another process holds it. With
    ``wait``, wait for it instead (``claimbot serve``'s engine process: the child of a restarted
    bot waits for the killed bot's engine to finish its call and let go)."""
    home = home.expanduser().resolve()
    if home in _held:
        return
    home.mkdir(parents=True, exist_ok=True)
    handle = open(home / LOCK_FILE, "a+")
    waited = 0.0
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if not wait:
                handle.seek(0)
                holder = handle.read().split()
                handle.close()
                raise StoreBusyError(_busy_message(holder, command), _holder_command(holder)) from None
            if waited % WAIT_LOG_EVERY_S == 0:
                log.warning("another engine process has the store at %s; waiting for it to finish", home)
            time.sleep(0.5)
            waited += 0.5
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()} {command}\n")
    handle.flush()
    _held[home] = handle


def unlock_store(home: Path) -> None:
    handle = _held.pop(home.expanduser().resolve(), None)
    if handle is not None:
        handle.close()  # closing the file releases the flock


def unlock_all() -> None:
    """Let go of every store this process holds: a command run in-process (``bot.cli.main`` from a
    test or a notebook) must not keep the store locked after it returns, or the next ``claimbot``
    process on it is refused as busy."""
    for home in list(_held):
        unlock_store(home)


class StoreLock:
    """The store's lock taken *shared* around each call of a long-running reader (``command``,
    e.g. ``mcp``), so a Claude Desktop that keeps ``claimbot mcp`` running does not lock out
    ``claimbot ingest``. ``enabled`` is False with a Chroma server: nothing to lock."""

    def __init__(self, home: Path, command: str, *, enabled: bool = True) -> None:
        self.home = home.expanduser().resolve()
        self.command = command
        self.enabled = enabled

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """Hold the lock shared for the block, or raise :class:`StoreBusyError` at once if a
        writer holds it."""
        if not self.enabled or self.home in _held:  # this process holds it already (exclusive)
            yield
            return
        self.home.mkdir(parents=True, exist_ok=True)
        with open(self.home / LOCK_FILE, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().split()
                raise StoreBusyError(_busy_message(holder, self.command), _holder_command(holder)) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _holder_command(holder: list[str]) -> str:
    """The command in the lock file's ``PID [COMMAND]`` (an older ``claimbot serve`` wrote the pid only)."""
    return holder[1] if len(holder) > 1 else "serve"


def _busy_message(holder: list[str], command: str) -> str:
    """``holder`` is the lock file's ``PID [COMMAND]``; ``claimbot serve`` writes the pid only."""
    other = _holder_command(holder)
    if command == "mcp":  # a reader, called by an agent: try again later, or share a server
        pid = f" (pid {holder[0]})" if holder else ""
        return (f"claimbot {other}{pid} has this store open, and an embedded store cannot be shared: try again "
                "when it is done, or run a Chroma server (`chroma run`) and set CHROMA_HOST/CHROMA_PORT for both")
    if other == "serve":  # the CLI reaches serve's engine over engine.sock once it listens (bot/engine_socket.py)
        pid = f" (pid {holder[0]})" if holder else ""
        return (f"claimbot serve{pid} has this store, and its engine is not answering on engine.sock: "
                "check serve's log and try again, or use a Chroma server")
    pid = f" (pid {holder[0]})" if holder else ""
    return (f"claimbot {other}{pid} is using this store: wait for it to finish, "
            "or use a Chroma server (CHROMA_HOST) for several at once")
