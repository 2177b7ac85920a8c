"""The default embedder in a child process, for ingest: the embedder never waits on the engine's GIL.

Why: an ingest runs the embedder beside Chroma's writes, and an embedded Chroma write holds the
GIL for its whole duration (tens of milliseconds, more on a busy machine). In one process the
embedder's thread cannot come back from onnxruntime meanwhile, so both cores idle while Chroma
commits. In a child, onnxruntime has its own interpreter: the engine sends the texts of the next
files ahead (:meth:`EmbedProcess.submit`), a reader thread in the child queues them, and the
vectors come back in order while the engine parses, chunks and writes.

The child is a fresh interpreter (``python -m rag.embedding.process IN OUT THREADS``, as the
parsing child is: no fork of a process holding onnxruntime sessions and Chroma handles) that
imports only numpy, onnxruntime and tokenizers (:mod:`rag.embedding.minilm_onnx`), started by
each ingest of several files (:meth:`rag.ingest.Ingestor.ingest_many`), so it loads while the
first file is parsed, and stopped when that ingest ends (its onnxruntime buffers peak at ~400 MB).
Requests and replies are pickled over two pipes: ``(id, texts)`` in, ``(id, vectors | error
text)`` out.

A child that dies fails the requests in hand with :class:`EmbedProcessError`; the caller embeds
those texts in-process (:class:`rag.ingest.Ingestor` does), and a later request starts a new child.
"""

from __future__ import annotations

import logging
import os
import queue
import subprocess
import sys
import threading
from concurrent.futures import Future
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)


class EmbedProcessError(RuntimeError):
    """The embedding child could not embed (it died, or onnxruntime failed)."""


class EmbedProcess:
    """A MiniLM embedding child process; thread-safe. :meth:`submit` returns at once."""

    def __init__(self, threads: int | None = None) -> None:
        self._threads = threads or os.cpu_count() or 1
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Connection | None = None
        self._pending: dict[int, Future[np.ndarray]] = {}
        self._next_id = 0
        self._timings: Future[dict[str, Any]] | None = None

    def start(self) -> None:
        """Start the child now (it loads the model while the caller does other work)."""
        with self._lock:
            self._ensure()

    def submit(self, texts: list[str]) -> Future[np.ndarray]:
        """The ``(n, 384)`` unit vectors of ``texts``, computed in the child after the requests
        submitted before."""
        future: Future[np.ndarray] = Future()
        with self._lock:
            try:
                send = self._ensure()
                self._next_id += 1
                self._pending[self._next_id] = future
                send.send((self._next_id, texts))
            except (OSError, ValueError) as exc:
                self._pending.pop(self._next_id, None)
                future.set_exception(EmbedProcessError(f"the embedding process is not reachable ({exc})"))
        return future

    def timings(self) -> dict[str, Any]:
        """The child's :class:`~rag.embedding.minilm_onnx.EmbedTimings` (for the bench), or ``{}``."""
        with self._lock:
            if self._process is None or self._send is None:
                return {}
            self._timings = Future()
            self._send.send((0, None))
            waiting = self._timings
        try:
            return waiting.result(30)
        except Exception:  # noqa: BLE001 - a figure for the bench only
            return {}

    def stats(self) -> dict[str, Any]:
        """The child's timings, CPU seconds and peak RSS so far (Linux; ``{}`` when not running):
        what ``bench/ingest_speed.py`` prints."""
        pid = self.pid
        if pid is None:
            return {}
        out: dict[str, Any] = {"timings": self.timings()}
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            out["cpu_s"] = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out["peak_rss_mb"] = int(line.split()[1]) / 1024
        except (OSError, IndexError, ValueError):
            pass
        return out

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def close(self, *, wait: bool = True) -> None:
        """Stop the child (it ends when its input pipe closes) and wait for it; with
        ``wait=False`` a daemon thread waits instead (an ingest's caller need not wait while the
        child tears onnxruntime down: ~0.1-0.3 s)."""
        with self._lock:
            process, send = self._process, self._send
            self._process = self._send = None
        if send is not None:
            send.close()
        if process is None:
            return
        if wait:
            _reap(process)
        else:
            threading.Thread(target=_reap, args=(process,), name="claimbot-embed-reap", daemon=True).start()

    # -- the parent's side of the pipes ----------------------------------------------------------
    def _ensure(self) -> Connection:
        if self._process is not None and self._process.poll() is None and self._send is not None:
            return self._send
        to_child_r, to_child_w = Pipe(duplex=False)
        from_child_r, from_child_w = Pipe(duplex=False)
        package_root = str(Path(__file__).resolve().parents[2])  # where `rag` is importable from
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "rag.embedding.process", str(to_child_r.fileno()), str(from_child_w.fileno()),
             str(self._threads)],
            pass_fds=[to_child_r.fileno(), from_child_w.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
        to_child_r.close()
        from_child_w.close()
        self._send = to_child_w
        threading.Thread(target=self._read, args=(from_child_r, self._process), name="claimbot-embed-reader",
                         daemon=True).start()
        return self._send

    def _read(self, conn: Connection, process: subprocess.Popen[bytes]) -> None:
        """Replies, as they come, onto their futures; when the child ends, what it did not answer
        fails (and the next :meth:`submit` starts another)."""
        try:
            while True:
                request_id, ok, value = conn.recv()
                if request_id == 0:
                    if self._timings is not None:
                        self._timings.set_result(value)
                    continue
                with self._lock:
                    future = self._pending.pop(request_id, None)
                if future is None:
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(EmbedProcessError(value))
        except (EOFError, OSError):
            pass
        finally:
            conn.close()
            with self._lock:
                if self._process is process:
                    self._process = None
                    if self._send is not None:
                        self._send.close()
                    self._send = None
                orphans = list(self._pending.items())
                self._pending.clear()
            for _, future in orphans:
                future.set_exception(EmbedProcessError("the embedding process ended"))


def _reap(process: subprocess.Popen[bytes]) -> None:
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


# -- the child -----------------------------------------------------------------------------------
def _serve(receive: Connection, reply: Connection, threads: int) -> None:
    """Embed requests in order; a reader thread keeps taking requests off the pipe, so the parent's
    sends never wait on an embedding in progress."""
    from rag.embedding.minilm_onnx import MiniLMOnnx

    requests: queue.Queue[Any] = queue.Queue()

    def read() -> None:
        try:
            while True:
                requests.put(receive.recv())
        except (EOFError, OSError):
            requests.put(None)

    threading.Thread(target=read, daemon=True).start()
    model = MiniLMOnnx(threads)
    while (request := requests.get()) is not None:
        request_id, texts = request
        if request_id == 0:
            reply.send((0, True, dict(vars(model.timings))))
            continue
        try:
            reply.send((request_id, True, model.embed(texts)))
        except Exception as exc:  # noqa: BLE001 - reported to the caller, who embeds in-process
            reply.send((request_id, False, f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False),
           int(sys.argv[3]))
