"""The playground's page API without a browser or the bot: the stand-in, the page server, and
Web API calls made the way the bot makes them (slack_sdk against the stand-in)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.playground.tracing import RecordingEngine, from_blocks
from bot.playground.web import PlaygroundWeb
from bot.standin import SlackStandIn, Workspace
from bot.store import BotStore
from rag.answer import Answer, Citation

ALICE, BOB = "U0ALICE001", "U0BOB00002"
AUTO = "C0AUTOCLMS"


def make_answer(route: str = "needle") -> Answer:
    return Answer(
        text="Towing Total: $385.00 [1]",
        route=route,  # type: ignore[arg-type]
        citations=[Citation(1, "towing-invoice.eml", "Towing Total ..... $385.00", section="Invoice", claim_id="CLM-1042")],
        latency_ms=42.5,
        claim_ids=["CLM-1042"],
        searched="the 5 documents of CLM-1042",
        trace={"route": route, "route_reason": "a precise fact", "timings": {"retrieve_ms": 30.1},
               "retrieved": [{"id": "n1", "score": 0.61, "document": "towing-invoice.eml", "page": None, "claim_id": "CLM-1042"}]},  # fmt: skip
    )


class FakeEngine:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer

    def ask(self, question: str, *, scope: str = "workspace", history: Any = ()) -> Answer:
        return self.answer


@pytest.fixture()
async def world(tmp_path):  # type: ignore[no-untyped-def]
    slack = await SlackStandIn(Workspace.default(), retry_delays=None).start()
    store = BotStore.open(tmp_path)
    engine = RecordingEngine(FakeEngine(make_answer()))
    web = await PlaygroundWeb(slack, user=ALICE, store=store, engine=engine, port=0).start()
    client = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
    async with aiohttp.ClientSession(base_url=web.url) as http:
        yield {"slack": slack, "web": web, "store": store, "engine": engine, "bot": client, "http": http}
    await web.stop()
    await slack.stop()
    store.close()


async def read_events(response: aiohttp.ClientResponse, count: int, timeout: float = 5.0) -> list[dict]:
    """The next ``count`` events, the protocol log's ``activity`` events left out."""
    events: list[dict] = []

    async def read() -> None:
        async for raw in response.content:
            line = raw.decode().strip()
            if line.startswith("data: ") and json.loads(line[6:])["type"] != "activity":
                events.append(json.loads(line[6:]))
                if len(events) >= count:
                    return

    await asyncio.wait_for(read(), timeout)
    return events


async def test_only_the_page_itself_may_use_the_api(world):  # type: ignore[no-untyped-def]
    http = world["http"]
    async with http.get("/api/state", headers={"Host": "evil.example"}) as r:
        assert r.status == 403
    body = {"channel": AUTO, "text": "hi"}
    async with http.post("/api/messages", json=body, headers={"Origin": "http://evil.example"}) as r:
        assert r.status == 403
    async with http.post("/api/messages", data="channel=C0AUTOCLMS&text=hi") as r:
        assert r.status == 415
    assert not world["slack"].workspace.messages


async def test_the_stream_starts_with_a_snapshot_then_follows_changes(world):  # type: ignore[no-untyped-def]
    http, slack = world["http"], world["slack"]
    async with http.get("/api/stream") as stream:
        (snapshot,) = await read_events(stream, 1)
        assert snapshot["type"] == "snapshot"
        assert snapshot["me"]["id"] == ALICE
        names = [(c["name"], c["is_im"]) for c in snapshot["channels"]]
        assert names == [("auto-claims", False), ("property-claims", False), ("claimbot", True)]
        async with http.post("/api/messages", json={"channel": "auto-claims", "text": "hello"}) as r:
            assert r.status == 200
            ts = (await r.json())["ts"]
        # Someone else's ephemeral is not shown to Alice; hers is.
        slack.workspace.post_ephemeral(AUTO, BOB, "for Bob only")
        slack.workspace.post_ephemeral(AUTO, ALICE, "for Alice only")
        events = await read_events(stream, 2)
    assert events[0]["type"] == "message" and events[0]["message"]["ts"] == ts
    assert events[0]["message"]["user"] == ALICE
    assert events[1]["type"] == "ephemeral" and events[1]["ephemeral"]["text"] == "for Alice only"


async def test_a_reply_also_updates_its_parent(world):  # type: ignore[no-untyped-def]
    http, bot = world["http"], world["bot"]
    async with http.post("/api/messages", json={"channel": AUTO, "text": "question"}) as r:
        ts = (await r.json())["ts"]
    async with http.get("/api/stream") as stream:
        await read_events(stream, 1)
        await bot.chat_postMessage(channel=AUTO, thread_ts=ts, text="answer")
        reply, parent = await read_events(stream, 2)
    assert reply["message"]["thread_ts"] == ts
    assert parent["message"]["ts"] == ts and parent["message"]["reply_count"] == 1


async def test_debug_panel_prefers_message_metadata(world):  # type: ignore[no-untyped-def]
    web, bot = world["web"], world["bot"]
    answer = make_answer("lookup")
    message = blocks.answer_message(answer, answer_id="not-on-file")
    posted = await bot.chat_postMessage(
        channel=AUTO, **message, metadata={"event_type": "claimbot_answer", "event_payload": answer.trace_json()}
    )
    for _ in range(50):
        if (AUTO, posted["ts"]) in web.metadata:
            break
        await asyncio.sleep(0.02)
    async with world["http"].get("/api/debug", params={"channel": AUTO, "ts": posted["ts"]}) as r:
        info = await r.json()
    assert info["source"] == "message metadata"
    assert info["route"] == "lookup" and info["route_reason"] == "a precise fact"
    assert info["retrieved"][0]["document"] == "towing-invoice.eml"


async def test_debug_panel_from_the_answer_object_then_the_store(world):  # type: ignore[no-untyped-def]
    store, engine, bot, http = world["store"], world["engine"], world["bot"], world["http"]
    answer = engine.ask("What was the towing cost?", scope=AUTO)  # recorded, as the bot's call would be
    answer_id = store.record_answer(channel=AUTO, thread_ts=None, user=ALICE, question="What was the towing cost?", answer=answer)
    posted = await bot.chat_postMessage(channel=AUTO, **blocks.answer_message(answer, answer_id=answer_id))
    async with http.get("/api/debug", params={"channel": AUTO, "ts": posted["ts"]}) as r:
        info = await r.json()
    assert info["source"] == "answer object"
    assert info["timings"] == {"retrieve_ms": 30.1}
    assert info["citations"][0]["excerpt"] == "Towing Total ..... $385.00"
    assert info["question"] == "What was the towing cost?"

    # An answer the recorder never saw (another process made it): what the bot's store keeps.
    other = make_answer("summary")
    other_id = store.record_answer(channel=AUTO, thread_ts=None, user=ALICE, question="Summary", answer=other)
    posted = await bot.chat_postMessage(channel=AUTO, **blocks.answer_message(other, answer_id=other_id))
    async with http.get("/api/debug", params={"channel": AUTO, "ts": posted["ts"]}) as r:
        info = await r.json()
    assert info["source"] == "bot store"
    assert info["route"] == "summary" and info["latency_ms"] == 42.5 and info["timings"] == {}


def test_debug_panel_falls_back_to_what_the_message_shows() -> None:
    answer = make_answer()
    answer.citations[0] = Citation(1, "a <b> & c.pdf", "Total > $1 & more", page=2, claim_id="CLM-1042")
    info = from_blocks(blocks.answer_message(answer, answer_id="x")["blocks"])
    assert info["source"] == "message blocks"
    assert info["searched"] == "the 5 documents of CLM-1042"
    assert info["citations"] == [
        {"n": 1, "document": "a <b> & c.pdf", "location": "p. 2", "excerpt": "Total > $1 & more"}
    ]


async def test_answer_timing_at_the_stand_in(world):  # type: ignore[no-untyped-def]
    http, bot, store = world["http"], world["bot"], world["store"]
    async with http.post("/api/messages", json={"channel": AUTO, "text": "<@U0CLAIMBOT> towing?"}) as r:
        ts = (await r.json())["ts"]
    await bot.chat_postMessage(channel=AUTO, thread_ts=ts, text="on it")  # not an answer: not timed
    answer_id = store.record_answer(channel=AUTO, thread_ts=ts, user=ALICE, question="towing?", answer=make_answer())
    posted = await bot.chat_postMessage(channel=AUTO, thread_ts=ts, **blocks.answer_message(make_answer(), answer_id=answer_id))
    async with http.get("/api/timings") as r:
        (asked,) = (await r.json())["asked"]
    assert asked["ts"] == ts and asked["answer_ts"] == posted["ts"]
    assert asked["answer_ms"] is not None and asked["answer_ms"] >= 0


async def test_actions_reach_the_stand_in(world):  # type: ignore[no-untyped-def]
    http, bot, slack = world["http"], world["bot"], world["slack"]
    posted = await bot.chat_postMessage(channel=AUTO, **blocks.answer_message(make_answer(), answer_id="a1"))
    body = {"channel": AUTO, "ts": posted["ts"], "action_id": blocks.ACTION_HELPFUL}
    async with http.post("/api/actions", json=body) as r:
        assert r.status == 200  # delivered (no bot is listening here, so the ack itself failed)
    assert slack.acks[-1].kind == "interactive" and slack.acks[-1].label == blocks.ACTION_HELPFUL
    async with http.post("/api/actions", json={**body, "action_id": "nope"}) as r:
        assert r.status == 400
    async with http.post("/api/commands", json={"channel": AUTO, "command": "/other", "text": ""}) as r:
        assert r.status == 400
    async with http.post("/api/messages", json={"channel": "C0NOTHERE1", "text": "x"}) as r:
        assert r.status == 400
