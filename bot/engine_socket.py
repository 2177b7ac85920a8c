"""The engine of a running ``claimbot serve``, reached by the CLI over a Unix socket.

Why: an embedded store is open in one process at a time (:mod:`rag.lock`), and while ``claimbot
serve`` runs, its engine process holds it. Rather than refuse ``claimbot ask``/``ingest``/``claims``
then, the engine process listens on ``engine.sock`` in ``CLAIMBOT_HOME`` and runs them itself. It
also makes a cold ``claimbot ask`` fast: the client side of this module imports the standard
library only (no engine, no embedder, no Chroma), so the CLI answers in the time of one question.

The socket is a file of mode 0600 in the store's directory, and the server also checks that the
connecting process runs as the same user (``SO_PEERCRED``): only the store's owner reaches it.

Protocol: one request per connection; every message is a *frame*, a 4-byte big-endian length then
that many bytes of UTF-8 JSON (an object).

- request: ``{"method": "ping" | "ask" | "claims" | "ingest", "params": {...}}``; and for
  ``claimbot mcp`` (:class:`RemoteEngine`), the engine's own calls ``engine.ask``, ``engine.claims``,
  ``engine.summarize_claim`` and ``engine.retrieve``, whose results are the answers, claim records
  and passages themselves (every field, the citations' scopes included).
- replies: zero or more ``{"event": KIND, "data": ...}`` (ingest progress), then exactly one of
  ``{"result": ...}`` or ``{"error": {"kind": ..., "message": ...}}``.

A socket file with no process behind it (``claimbot serve`` killed with SIGKILL) refuses the
connection: :func:`connect` returns None and the CLI opens the store itself. The engine process
replaces any old file when it starts (it holds the store's lock then, so the old one is stale).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import socketserver
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

SOCKET_FILE = "engine.sock"
"""In CLAIMBOT_HOME, beside ``engine.lock``."""
MAX_FRAME = 64 * 1024 * 1024
"""The largest message either side accepts (a claims list of a large store is a few MB)."""
_HEADER = struct.Struct(">I")

log = logging.getLogger("claimbot.engine_socket")

Emit = Callable[[str, Any], None]
"""Send one ``(kind, data)`` event to the caller (ingest progress)."""


class EngineUnavailable(RuntimeError):
    """``claimbot serve``'s engine went away during the call (serve stopped or restarted)."""


class RemoteEngineError(RuntimeError):
    """The engine raised an unexpected error in ``claimbot serve``'s process."""


# -- frames ---------------------------------------------------------------------------------
def send_frame(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, ensure_ascii=False).encode()
    sock.sendall(_HEADER.pack(len(data)) + data)


def recv_frame(sock: socket.socket) -> dict[str, Any] | None:
    """The next message, or None when the other side closed the connection between messages."""
    header = _recv_exactly(sock, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    if size > MAX_FRAME:
        raise ValueError(f"a message of {size} bytes is over the limit of {MAX_FRAME}")
    data = _recv_exactly(sock, size)
    if data is None:
        raise EOFError("the connection closed inside a message")
    message = json.loads(data)
    if not isinstance(message, dict):
        raise ValueError("a message must be a JSON object")
    return message


def _recv_exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks, got = [], 0
    while got < size:
        chunk = sock.recv(min(size - got, 1 << 20))
        if not chunk:
            if got:
                raise EOFError("the connection closed inside a message")
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


# -- what the CLI asks for, run on an engine (in serve's engine process, or in the CLI's own) ----
def ask_reply(
    engine: Any, question: str, *, scope: str, history: list[list[str]] | None = None, offline: bool = False
) -> dict[str, Any]:
    """``{"answer": the ask --json object, "found": bool, "unknown_claim": bool}``; ``history`` is
    ``[[text, role], ...]``, oldest first."""
    from rag.llm.history import Turn
    from rag.metadata import find_claim_ids

    turns = [Turn(text, role) for text, role in (history or [])]  # type: ignore[arg-type]
    answer = engine.ask(question, scope=scope, history=turns, offline=offline)
    unknown = False
    if not answer.found:
        known = {c.claim_id for c in engine.claims(scope=scope)}
        unknown = any(c not in known for c in find_claim_ids(question))
    return {"answer": answer.to_json(), "found": answer.found, "unknown_claim": unknown}


def answer_of(reply: dict[str, Any]) -> Any:
    """The :class:`rag.answer.Answer` of an ``ask`` reply (for ``claimbot eval``, which scores
    answer objects): everything ``ask --json`` prints, which is all the engine's answer but its
    debugging trace."""
    from rag.answer import Answer, citation_from_dict

    data = reply["answer"]
    return Answer(text=data["answer"], route=data["route"],
                  citations=[citation_from_dict(c) for c in data.get("citations", [])],
                  latency_ms=float(data.get("latency_ms", 0.0)), claim_ids=list(data.get("claim_ids", [])),
                  searched=data.get("searched", ""), mode=data.get("mode", "offline"),
                  fallback_reason=data.get("fallback_reason"), models=dict(data.get("models", {})),
                  tool_calls=list(data.get("tool_calls", [])), usage=dict(data.get("usage", {})))


def claims_reply(engine: Any, *, scope: str) -> list[dict[str, Any]]:
    """Every claim in reach of ``scope`` as the ``claims --json`` objects."""
    return [asdict(c) for c in engine.claims(scope=scope)]


def ingest_reply(engine: Any, paths: list[str], *, scope: str, emit: Emit) -> dict[str, Any]:
    """Ingest ``paths`` (files and folders); emits ``skipped`` for each file left out for its
    type, and ``file`` after each file (``done``, ``total``, and its ``report`` or ``refused``
    reason). The result counts what happened."""
    from rag.errors import IngestError

    present = [Path(p) for p in paths]
    skipped = engine.skipped_in_folders(present)
    for path, reason in skipped:
        emit("skipped", {"path": str(path), "reason": reason})
    counts = {"ingested": 0, "unchanged": 0, "refused": 0, "skipped": len(skipped)}

    def on_file(done: int, total: int, result: Any) -> None:
        data: dict[str, Any] = {"done": done, "total": total}
        if isinstance(result, IngestError):
            counts["refused"] += 1
            data["refused"] = str(result)
        else:
            counts["unchanged" if result.status == "unchanged" else "ingested"] += 1
            data["report"] = {"filename": result.filename, "status": result.status, "kind": result.kind,
                              "claim_id": result.claim_id, "leaf_chunks": result.leaf_chunks}
        emit("file", data)

    engine.ingest_paths(present, scope=scope, on_file=on_file)
    return counts


def run_call(engine: Any, method: str, params: dict[str, Any], emit: Emit) -> Any:
    """One request's result: the same code whether the engine is serve's or the CLI's own."""
    scope = str(params.get("scope") or "workspace")
    if method == "ping":
        return {"pid": os.getpid()}
    if method == "ask":
        return ask_reply(engine, str(params["question"]), scope=scope, history=params.get("history"),
                         offline=bool(params.get("offline")))
    if method == "claims":
        return claims_reply(engine, scope=scope)
    if method == "ingest":
        return ingest_reply(engine, [str(p) for p in params["paths"]], scope=scope, emit=emit)
    if method.startswith("engine."):
        return _engine_call(engine, method.removeprefix("engine."), params, scope)
    raise ValueError(f"unknown method {method!r}")


def _engine_call(engine: Any, name: str, params: dict[str, Any], scope: str) -> Any:
    """One of the engine calls a scoped view makes (:class:`rag.scoped.EngineLike`), its result as
    plain data that :class:`RemoteEngine` makes into the same objects again."""
    scopes = [str(s) for s in params.get("scopes") or ()]
    if name == "ask":
        return _answer_data(engine.ask(str(params["question"]), scope=scope, scopes=scopes,
                                       history=list(params.get("history") or ())))
    if name == "claims":
        return [asdict(c) for c in engine.claims(scope=scope, scopes=scopes)]
    if name == "summarize_claim":
        return _answer_data(engine.summarize_claim(str(params["claim_id"]), scope=scope))
    if name == "retrieve":
        top_k, claim_ids = params.get("top_k"), [str(c) for c in params.get("claim_ids") or ()]
        return [asdict(p) for p in engine.retrieve(
            str(params["question"]), scope=scope, scopes=scopes, claim_ids=claim_ids,
            top_k=None if top_k is None else int(top_k), merge=bool(params.get("merge", True)))]
    raise ValueError(f"unknown method 'engine.{name}'")


def _answer_data(answer: Any) -> dict[str, Any]:
    data = asdict(answer)
    data.pop("trace", None)  # a debugging panel's, in-process only
    return data


class LocalEngine:
    """:class:`EngineClient`'s calls on an engine opened in this process (no ``claimbot serve``
    on the store): the CLI's commands read the same replies either way."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def call(self, method: str, params: dict[str, Any] | None = None, on_event: Emit | None = None) -> Any:
        return run_call(self.engine, method, params or {}, on_event or (lambda kind, data: None))


class RemoteEngine:
    """The engine of ``claimbot serve``, seen through its socket as the engine itself
    (:class:`rag.scoped.EngineLike`): what ``claimbot mcp`` serves while ``serve`` holds the store.
    A call while serve is gone raises :class:`EngineUnavailable`."""

    def __init__(self, client: "EngineClient") -> None:
        self.client = client

    def ask(self, question: str, *, scope: str = "workspace", scopes: Sequence[str] = (),
            history: Sequence[str] = ()) -> Any:
        return _answer(self.client.call("engine.ask", {"question": question, "scope": scope, "scopes": list(scopes),
                                                       "history": list(history)}))

    def claims(self, *, scope: str = "workspace", scopes: Sequence[str] = ()) -> list[Any]:
        from rag.documents import LabelledAmount
        from rag.records import ClaimRecord

        return [ClaimRecord(**{**c, "amounts": [LabelledAmount(**a) for a in c["amounts"]]})
                for c in self.client.call("engine.claims", {"scope": scope, "scopes": list(scopes)})]

    def summarize_claim(self, claim_id: str, *, scope: str = "workspace") -> Any:
        return _answer(self.client.call("engine.summarize_claim", {"claim_id": claim_id, "scope": scope}))

    def retrieve(self, question: str, *, scope: str, scopes: Sequence[str] = (), claim_ids: Sequence[str] = (),
                 top_k: int | None = None, merge: bool = True) -> list[Any]:
        from rag.records import Passage

        return [Passage(**p) for p in self.client.call("engine.retrieve", {
            "question": question, "scope": scope, "scopes": list(scopes), "claim_ids": list(claim_ids),
            "top_k": top_k, "merge": merge})]


def _answer(data: dict[str, Any]) -> Any:
    from rag.answer import Answer, Citation

    return Answer(**{**data, "citations": [Citation(**c) for c in data["citations"]]})


# -- the socket's address ------------------------------------------------------------------
SUN_PATH_MAX = 107
"""The longest path an AF_UNIX address holds on Linux (``sun_path`` is 108 bytes with its NUL)."""


@contextmanager
def socket_address(path: Path) -> Iterator[str]:
    """The address to bind or connect ``path`` by. A ``CLAIMBOT_HOME`` deep in the tree makes a
    path longer than an AF_UNIX address holds; then the socket is reached through the directory
    opened as a file descriptor (``/proc/self/fd/N/engine.sock``: Linux resolves it to the same
    file, with the same permissions), for the time of the bind or connect."""
    if len(os.fsencode(path)) <= SUN_PATH_MAX or not Path("/proc/self/fd").is_dir():
        yield str(path)
        return
    fd = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        yield f"/proc/self/fd/{fd}/{path.name}"
    finally:
        os.close(fd)


# -- the server, in serve's engine process ------------------------------------------------------
class EngineSocketServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """Answers the CLI's calls on ``engine`` (one thread per connection; the engine is
    thread-safe, and its own lock keeps ingests one at a time). ``busy`` is a context manager
    factory that marks a call in flight (the engine process waits for those before it exits)."""

    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, path: Path, engine: Any, busy: Callable[[], AbstractContextManager[None]]) -> None:
        self.path = path
        self.engine = engine
        self.busy = busy
        path.unlink(missing_ok=True)  # a stale file: the caller holds the store, no one else serves it
        mask = os.umask(0o177)  # the file is created 0600: no window where another user could connect
        try:
            with socket_address(path) as address:
                super().__init__(address, _Handler)
        finally:
            os.umask(mask)
        self._inode = path.stat().st_ino

    def start(self) -> "EngineSocketServer":
        threading.Thread(target=self.serve_forever, name="claimbot-engine-socket", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop listening and remove the file (if it is still ours: a newer engine may have replaced it)."""
        self.shutdown()
        self.server_close()
        try:
            if self.path.stat().st_ino == self._inode:
                self.path.unlink()
        except FileNotFoundError:
            pass



class _Handler(socketserver.BaseRequestHandler):
    server: EngineSocketServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        if not _same_user(sock):
            log.warning("refused a connection to the engine socket from another user")
            return
        try:
            request = recv_frame(sock)
        except (OSError, ValueError, EOFError) as err:
            log.warning("a bad request on the engine socket: %s", err)
            return
        if request is None:
            return

        def emit(kind: str, data: Any) -> None:
            send_frame(sock, {"event": kind, "data": data})

        try:
            with self.server.busy():
                reply: dict[str, Any] = {"result": run_call(
                    self.server.engine, str(request.get("method")), dict(request.get("params") or {}), emit)}
        except (BrokenPipeError, ConnectionResetError):
            return  # the CLI went away (Ctrl-C): nothing to answer
        except Exception as err:  # noqa: BLE001 - any failure goes back to the caller, in words
            log.exception("the engine failed a CLI call")
            reply = {"error": {"kind": type(err).__name__, "message": str(err)}}
        try:
            send_frame(sock, reply)
        except OSError:
            pass


def _same_user(sock: socket.socket) -> bool:
    """Whether the peer runs as this process's user (Linux ``SO_PEERCRED``; elsewhere the
    socket file's 0600 mode alone keeps others out)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return True
    _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i")))
    return uid == os.getuid()


# -- the client, in the CLI ------------------------------------------------------------------
class EngineClient:
    """The calls of :class:`EngineSocketServer`, made from the CLI: one connection each."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        self.path = path
        self.timeout = timeout

    def call(self, method: str, params: dict[str, Any] | None = None, on_event: Emit | None = None) -> Any:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(self.timeout)
            with socket_address(self.path) as address:
                sock.connect(address)
            send_frame(sock, {"method": method, "params": params or {}})
            for message in _replies(sock):
                if "event" in message:
                    if on_event is not None:
                        on_event(str(message["event"]), message.get("data"))
                    continue
                if "error" in message:
                    error = message["error"]
                    raise RemoteEngineError(f"{error.get('kind')}: {error.get('message')}")
                return message.get("result")
        raise EngineUnavailable("claimbot serve's engine stopped during the call: run the command again")

    def ping(self) -> int:
        return int(self.call("ping")["pid"])


def _replies(sock: socket.socket) -> Iterator[dict[str, Any]]:
    while True:
        try:
            message = recv_frame(sock)
        except (EOFError, ConnectionResetError):
            return
        if message is None:
            return
        yield message


def connect(home: Path) -> EngineClient | None:
    """A client of the engine serving ``home``, or None when none does: no socket file, or a
    stale one (its process is gone: the connection is refused)."""
    client = EngineClient(home / SOCKET_FILE)
    try:
        client.ping()
    except (FileNotFoundError, ConnectionRefusedError, EngineUnavailable):
        return None
    except OSError as err:  # the CLI opens the store itself, as before
        log.info("cannot reach the engine socket at %s: %s", client.path, err)
        return None
    return client
