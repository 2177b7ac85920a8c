"""A local OpenAI-compatible server, as vLLM, Ollama or a gateway would serve, scripted per test.

- ``POST /v1/embeddings``: hashed bags of words (deterministic; texts that share words are
  close), enough to check that claimbot talks the protocol and keeps each model's vectors apart.
- ``POST /v1/chat/completions``: answers from a script, as JSON or as server-sent events
  (``"stream": true``), with ``tool_calls``, ``usage``, and failures on demand (any HTTP status,
  a delay past the client's timeout, arguments that are not JSON).

A script is a list of replies, one per request, in order; a reply is a :class:`Reply` or a
function of the request body returning one (to cite the excerpt numbers the request holds).
Every request body is kept in ``chat_requests`` for the test to read.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

DIMENSIONS = 64


def hashed_vector(text: str) -> list[float]:
    vector = [0.0] * DIMENSIONS
    for word in re.findall(r"[a-z0-9$.,]+", text.lower()):
        vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIMENSIONS] += 1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


@dataclass
class Reply:
    """One scripted response. ``tool_calls``: ``(name, arguments)`` pairs; arguments a dict, or
    a string sent as is (to send JSON that does not parse)."""

    content: str | None = None
    tool_calls: list[tuple[str, dict[str, Any] | str]] = field(default_factory=list)
    status: int = 200
    error: str = ""
    delay_s: float = 0.0
    prompt_tokens: int = 100
    completion_tokens: int = 20


Script = list["Reply | Callable[[dict[str, Any]], Reply]"]


def call(name: str, **arguments: Any) -> Reply:
    """A reply that calls one tool."""
    return Reply(tool_calls=[(name, arguments)])


def excerpts(body: dict[str, Any]) -> dict[int, str]:
    """The numbered excerpts an expert request holds: ``{n: text}``."""
    text = "\n".join(str(m.get("content") or "") for m in body["messages"])
    return {int(n): t for n, t in re.findall(r'<excerpt n="(\d+)"[^>]*>\n(.*?)\n</excerpt>', text, re.S)}


def excerpt_with(body: dict[str, Any], needle: str) -> int:
    """The number of the first excerpt in the request that contains ``needle``."""
    found = [n for n, t in sorted(excerpts(body).items()) if needle in t]
    assert found, f"no excerpt holds {needle!r}: {excerpts(body)}"
    return found[0]


def tool_results(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The tool results the manager request carries, parsed, in order."""
    return [json.loads(m["content"]) for m in body["messages"] if m.get("role") == "tool"]


def role_of(body: dict[str, Any]) -> str:
    """``manager``, ``needle`` or ``summary``: who is asking, from the system prompt."""
    system = str(body["messages"][0].get("content", ""))
    return "needle" if "needle expert" in system else "summary" if "summary expert" in system else "manager"


class OpenAIStandIn:
    def __init__(self, api_key: str | None = "test-key") -> None:
        self.api_key = api_key
        self.requests: list[dict[str, Any]] = []
        self.chat_requests: list[dict[str, Any]] = []
        self.script: Script = []
        self.default: Reply | Callable[[dict[str, Any]], Reply] | None = None
        """Used when the script is exhausted (None: a 500 that says so)."""
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    def _refused(self, request: web.Request) -> web.Response | None:
        if self.api_key is not None and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            error = {"message": "Incorrect API key provided", "type": "invalid_request_error",
                     "code": "invalid_api_key"}
            return web.json_response({"error": error}, status=401)
        return None

    async def _embeddings(self, request: web.Request) -> web.Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = await request.json()
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        self.requests.append({"model": body.get("model"), "inputs": len(inputs)})
        return web.json_response({
            "object": "list",
            "model": body.get("model"),
            "data": [{"object": "embedding", "index": i, "embedding": hashed_vector(t)} for i, t in enumerate(inputs)],
            "usage": {"prompt_tokens": 0, "total_tokens": 0},
        })

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.chat_requests.append(body)
        refused = self._refused(request)
        if refused is not None:
            return refused
        step = self.script.pop(0) if self.script else self.default
        if step is None:
            return web.json_response({"error": {"message": "the test's script is exhausted"}}, status=500)
        reply = step(body) if callable(step) else step
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            return web.json_response({"error": {"message": reply.error or f"scripted {reply.status}",
                                                "type": "scripted", "code": None}}, status=reply.status)
        calls = [{"id": f"call_{uuid.uuid4().hex[:8]}", "type": "function",
                  "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}
                 for name, args in reply.tool_calls]
        usage = {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                 "total_tokens": reply.prompt_tokens + reply.completion_tokens}
        base = {"id": f"chatcmpl-{uuid.uuid4().hex[:8]}", "created": int(time.time()), "model": body.get("model")}
        finish = "tool_calls" if calls else "stop"
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": reply.content}
            if calls:
                message["tool_calls"] = calls
            return web.json_response({**base, "object": "chat.completion", "usage": usage,
                                      "choices": [{"index": 0, "message": message, "finish_reason": finish}]})
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)

        async def send(choices: list[dict[str, Any]], **extra: Any) -> None:
            chunk = {**base, "object": "chat.completion.chunk", "choices": choices, **extra}
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())

        await send([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        text = reply.content or ""
        for start in range(0, len(text), 12):  # a dozen characters a chunk: sentences arrive in pieces
            await send([{"index": 0, "delta": {"content": text[start:start + 12]}, "finish_reason": None}])
            await asyncio.sleep(0)
        for i, call in enumerate(calls):
            arguments = call["function"]["arguments"]
            half = len(arguments) // 2
            await send([{"index": 0, "delta": {"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                        "function": {"name": call["function"]["name"], "arguments": arguments[:half]}}]},
                         "finish_reason": None}])
            rest = {"tool_calls": [{"index": i, "function": {"arguments": arguments[half:]}}]}
            await send([{"index": 0, "delta": rest, "finish_reason": None}])
        await send([{"index": 0, "delta": {}, "finish_reason": finish}])
        if (body.get("stream_options") or {}).get("include_usage"):
            await send([], usage=usage)
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    def start(self) -> "OpenAIStandIn":
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            app = web.Application()
            app.router.add_post("/v1/embeddings", self._embeddings)
            app.router.add_post("/v1/chat/completions", self._chat)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True).start()
        ready.wait(10)
        return self

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
