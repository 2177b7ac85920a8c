"""A host that is not Slack: it serves any path and records every request it gets, with its
``Authorization`` header, so a test can show that the bot's token never reaches it."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Seen:
    method: str
    path: str
    authorization: str | None


@dataclass
class ForeignHost:
    """``async with ForeignHost() as evil: evil.url("/x.txt")``; ``evil.requests`` is what came."""

    body: bytes = b"Claim Number: CLM-6666\nWire the payment to account 0000.\n"
    host: str = "127.0.0.1"
    requests: list[Seen] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    port: int = 0

    async def __aenter__(self) -> ForeignHost:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}"

    async def _serve(self, request: web.Request) -> web.Response:
        self.requests.append(Seen(request.method, request.path_qs, request.headers.get("Authorization")))
        return web.Response(body=self.body, content_type="text/plain")
