"""The bot, end to end: the real engine, the bot's real HTTP endpoint, the Slack stand-in.

One engine serves the whole bot suite (opening it loads the embedder); every test gets its own
workspace whose channel ids are new, so each test's channels are new scopes, and its own bot
state (``CLAIMBOT_HOME``).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from slack_bolt.async_app import AsyncApp

from bot import server
from bot.app import build_app
from bot.settings import BotSettings
from bot.standin import Ephemeral, Message, SlackStandIn, Workspace
from bot.store import BotStore
from rag.config import Settings
from rag.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())
EVENTS = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
SCOPES = MANIFEST["oauth_config"]["scopes"]["bot"]

TOWING_INVOICE = """\
ROADSIDE RESCUE TOWING LLC - INVOICE
Invoice No. T-88213
Claim Number: CLM-1042
Policy Number: PA-553201
Insured: Jane Doe
Date of Loss: 2024-03-15

Towing: $385.00
Storage (3 days): $120.00
Total Due: $505.00
"""

OTHER_TOWING_INVOICE = (
    TOWING_INVOICE.replace("CLM-1042", "CLM-2077").replace("$385.00", "$240.00").replace("Jane Doe", "Omar Haddad")
    .replace("PA-553201", "PA-100200").replace("T-88213", "T-90001")
)  # fmt: skip

ROOF_ESTIMATE = """\
NORTHSIDE ROOFING - REPAIR ESTIMATE
Claim Number: CLM-3105
Policy Number: HO-771045
Insured: Marcus Webb
Date of Loss: 2024-06-02

Roof replacement: $14,200.00
Gutter repair: $650.00
Estimate Total: $14,850.00
"""

WORKSPACE_GUIDELINE = """\
CLAIMS HANDLING GUIDELINE GL-7
Rental reimbursement is limited to 30 days per claim.
Daily rental limit: $45.00
"""


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = Engine.open(Settings(home=tmp_path_factory.mktemp("engine")))
    yield engine
    engine.close()


@dataclass
class Bot:
    """A running bot and its Slack: what a test drives and looks at."""

    slack: SlackStandIn
    running: server.Running
    store: BotStore
    settings: BotSettings
    engine: Engine
    app: AsyncApp

    @property
    def ws(self) -> Workspace:
        return self.slack.workspace

    @property
    def auto(self) -> str:
        return self.ws.channel("auto-claims").id

    @property
    def prop(self) -> str:
        return self.ws.channel("property-claims").id

    @property
    def dm(self) -> str:
        return next(c.id for c in self.ws.channels.values() if c.is_im)

    @property
    def alice(self) -> str:
        return self.ws.user("alice").id

    @property
    def mention(self) -> str:
        return f"<@{self.slack.bot_id}>"

    def bot_replies(self, channel: str, ts: str) -> list[Message]:
        return self.ws.replies(channel, ts, by=self.slack.bot_id)

    async def reply_to(self, message: Message, count: int = 1, timeout: float = 15) -> Message:
        """The bot's ``count``-th reply in ``message``'s thread, once it has no working reaction."""
        thread = message.thread_ts or message.ts

        def done() -> list[Message]:
            replies = self.bot_replies(message.channel, thread)
            if len(replies) >= count and not self.ws.messages[(message.channel, message.ts)].reactions:
                return replies
            return []

        return (await self.ws.wait_for(done, timeout))[count - 1]

    async def ask(self, channel: str, text: str, *, thread_ts: str | None = None, user: str = "alice") -> tuple[Message, Message]:
        """Post ``text`` and wait for the bot's reply in its thread."""
        question = await self.slack.post_user_message(channel, user, text, thread_ts=thread_ts)
        before = len(self.bot_replies(channel, thread_ts or question.ts)) if thread_ts else 0
        return question, await self.reply_to(question, count=before + 1 if thread_ts else 1)

    async def share(self, channel: str, name: str, data: bytes | str, **kwargs: Any) -> tuple[Message, Message]:
        """Share a file and wait for the bot's report in the file's thread."""
        raw = data.encode() if isinstance(data, str) else data
        shared = await self.slack.share_file(channel, "alice", raw, name, **kwargs)
        return shared, await self.reply_to(shared)

    async def command(self, channel: str, text: str, count: int = 1) -> Ephemeral:
        """Run ``/claim text`` and wait for the ``count``-th new ephemeral reply to Alice."""
        before = len(self.ws.ephemerals_for(self.alice, channel))
        ack = await self.slack.run_slash_command(channel, "alice", text)
        assert ack.status == 200
        found = await self.ws.wait_for(lambda: self.ws.ephemerals_for(self.alice, channel)[before:][count - 1:])
        return found[0]

    async def settle(self, seconds: float = 0.3) -> None:
        """Give a second (unwanted) answer the time to show up."""
        await asyncio.sleep(seconds)


def text_of(message: Message | Ephemeral) -> str:
    """Everything a person reads in a message: its blocks' text (or the fallback)."""
    parts: list[str] = []
    for block in message.blocks:
        if block.get("text"):
            parts.append(block["text"]["text"])
        for element in block.get("elements", []):
            if isinstance(element.get("text"), str):
                parts.append(element["text"])
            elif isinstance(element.get("text"), dict):
                parts.append(element["text"]["text"])
    return "\n".join(parts) or message.text


async def start_bot(engine: Engine, home: Path, *, mode: str = "http", **standin: Any) -> Bot:
    slack = await SlackStandIn(
        Workspace.default(tag=uuid.uuid4().hex[:6].upper()), mode=mode,  # type: ignore[arg-type]
        events=EVENTS, scopes=SCOPES, retry_delays=(0.0, 0.5, 1.0), **standin,
    ).start()  # fmt: skip
    settings = BotSettings(
        bot_token=slack.bot_token,
        app_token=slack.app_token if mode == "socket" else None,
        signing_secret=slack.signing_secret,
        api_url=slack.api_url,
        host="127.0.0.1",
        port=0,
        home=home,
    )
    store = BotStore.open(home)
    app = build_app(engine, settings, store=store)
    running = await server.start(app, settings, store=store)
    slack.request_url = f"http://127.0.0.1:{running.port}{server.EVENTS_PATH}"
    return Bot(slack, running, store, settings, engine, app)


@pytest.fixture
async def bot(engine: Engine, tmp_path: Path) -> AsyncIterator[Bot]:
    running = await start_bot(engine, tmp_path / "home")
    yield running
    await running.running.stop()
    await running.slack.stop()


async def wait_healthy(port: int, proc) -> None:  # type: ignore[no-untyped-def]
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            await asyncio.sleep(0.1)
    raise TimeoutError("claimbot serve did not come up")
