"""Parse files in a child process, with a time limit and a memory limit.

Why: a hostile file can make a parser run for minutes or allocate gigabytes (a 51 KB DOCX of
5 MB XML took 200 s and 1 GB in the engine, and held up other channels' questions meanwhile).
In a child the engine only waits on a pipe: its threads keep answering questions, a parse
that overruns :attr:`ParseLimits.timeout_s` is killed, and one that wants more than
:attr:`ParseLimits.memory_bytes` of address space (``RLIMIT_AS``) fails with ``MemoryError`` in
the child, not in the engine. Either way the file is refused with an :class:`IngestError`.

One child is kept for the life of the :class:`ParseWorker` (starting one costs ~0.5 s of
imports) and replaced after a kill. The child is a fresh interpreter (``python -m
rag.parsing.isolation FD``), not a fork: the engine holds threads, onnxruntime sessions and
Chroma handles that a fork would copy half-way; and not ``multiprocessing``'s spawn, which runs
the caller's main module again in the child (a script without a ``__main__`` guard would then
ingest in its own parser).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from rag.documents import ParsedDocument
from rag.errors import IngestError, human_size
from rag.parsing.limits import ParseLimits

log = logging.getLogger("rag.parsing")

Progress = Callable[[int, int], None]
"""``(pages read, pages)``."""

STARTUP_TIMEOUT_S = 120.0
"""How long a new parsing child may take to import its parsers (about 0.5 s on an idle machine)."""


class ParseWorker:
    """A parsing child process, started on first use; thread-safe (one parse at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._memory = 0

    def parse(
        self, path: Path, *, display_name: str, limits: ParseLimits, progress: Progress | None = None
    ) -> ParsedDocument:
        """What :func:`rag.parsing.parse_file` returns, computed in the child within ``limits``."""
        with self._lock:
            conn = self._ensure(limits.memory_bytes)
            conn.send((str(path), display_name, limits))
            deadline = time.monotonic() + limits.timeout_s
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._stop()
                    log.warning("parse of a file killed after %.0f s", limits.timeout_s)
                    raise IngestError(
                        display_name,
                        "too_complex",
                        f"reading it took longer than {limits.timeout_s:g} seconds, the limit "
                        "(CLAIMBOT_PARSE_TIMEOUT_S)",
                    )
                if not conn.poll(min(remaining, 0.25)):
                    if self._process.poll() is not None:
                        return self._died(display_name, limits)
                    continue
                try:
                    kind, value = conn.recv()
                except (EOFError, OSError):
                    return self._died(display_name, limits)
                if kind == "progress":
                    if progress is not None:
                        progress(*value)
                    continue
                if kind == "ok":
                    return value  # type: ignore[no-any-return]
                if kind == "refused":
                    raise IngestError(*value)
                if kind == "memory":
                    self._stop()
                    raise _out_of_memory(display_name, limits)
                # An unexpected parser error: the file is what is wrong with it.
                log.info("refused %s as corrupt (%s in the parser)", display_name, value)
                raise IngestError(display_name, "corrupt", "the file could not be read; it may be damaged")

    def close(self) -> None:
        with self._lock:
            self._stop()

    # -- the child's life ------------------------------------------------------------------
    def _ensure(self, memory: int) -> Connection:
        if self._process is not None and (self._process.poll() is not None or memory != self._memory):
            self._stop()
        if self._process is None:
            parent, child = Pipe()
            package_root = str(Path(__file__).resolve().parents[2])  # where `rag` is importable from
            env = {
                **os.environ,
                "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])),
            }
            self._process = subprocess.Popen(
                [sys.executable, "-m", "rag.parsing.isolation", str(child.fileno()), str(memory)],
                pass_fds=[child.fileno()],
                env=env,
                stdin=subprocess.DEVNULL,
            )
            child.close()
            self._conn, self._memory = parent, memory
            self._wait_ready()
        assert self._conn is not None
        return self._conn

    def _wait_ready(self) -> None:
        """Wait for the new child's "ready" (sent once its parsers are imported): a parse's time
        limit is the parse's, not the child's start-up, which takes seconds on a busy machine (a
        1-second limit refused a plain text file read by a freshly started child)."""
        assert self._conn is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._conn.poll(0.25):
                try:
                    kind, _ = self._conn.recv()
                except (EOFError, OSError):
                    break
                if kind == "ready":
                    return
            elif self._process.poll() is not None:
                break
        code = self._process.poll()
        self._stop()
        raise RuntimeError(f"the parser process did not start (exit code {code}); see the log above for its error")

    def _stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def _died(self, display_name: str, limits: ParseLimits) -> ParsedDocument:
        """The child ended mid-parse: the kernel's OOM killer, or a crash in a C extension."""
        code = self._process.returncode if self._process is not None else None
        self._stop()
        log.warning("the parser process died (exit code %s)", code)
        raise _out_of_memory(display_name, limits)


def _out_of_memory(display_name: str, limits: ParseLimits) -> IngestError:
    return IngestError(
        display_name,
        "too_complex",
        f"reading it needed more than {human_size(limits.memory_bytes, exact=True)} of memory, the limit",
    )


def _serve(conn: Connection, memory: int) -> None:
    """The child: limit its own address space, then parse what it is sent until the pipe closes."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    from rag.parsing import parse_file
    from rag.parsing.limits import ParseBudget

    conn.send(("ready", None))
    while True:
        try:
            path, display_name, limits = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return

        def progress(done: int, total: int) -> None:
            conn.send(("progress", (done, total)))

        budget = ParseBudget(limits, progress=progress)
        try:
            conn.send(("ok", parse_file(Path(path), display_name=display_name, budget=budget)))
        except IngestError as err:
            conn.send(("refused", (err.filename, err.reason, err.detail)))
        except MemoryError:
            conn.send(("memory", None))
            return  # the heap may be in a bad state: the next parse gets a fresh child
        except Exception as err:  # noqa: BLE001 - any parser failure refuses the file, never the engine
            conn.send(("error", type(err).__name__))


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
