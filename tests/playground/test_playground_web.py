"""The playground's page API without a browser or the bot: the stand-in, the page server, and
Web API calls made the way the bot makes them (slack_sdk against the stand-in)."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.playground.tracing import from_blocks
from bot.playground.web import PlaygroundWeb
from bot.standin import SlackStandIn, Workspace
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


@pytest.fixture()
async def world():  # type: ignore[no-untyped-def]
    slack = await SlackStandIn(Workspace.default(), retry_delays=None).start()
    web = await PlaygroundWeb(slack, user=ALICE, port=0).start()
    client = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
    async with aiohttp.ClientSession(base_url=web.url) as http:
        yield {"slack": slack, "web": web, "bot": client, "http": http}
    await web.stop()
    await slack.stop()


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


async def test_debug_panel_reads_the_answer_from_its_metadata(world):  # type: ignore[no-untyped-def]
    """The panel shows what any app reading the conversation gets: the message's metadata,
    and the excerpts its blocks quote; nothing from the bot's process."""
    http, bot = world["http"], world["bot"]
    answer = make_answer("lookup")
    posted = await bot.chat_postMessage(channel=AUTO, **blocks.answer_message(answer, answer_id="a1b2c3"))
    async with http.get("/api/debug", params={"channel": AUTO, "ts": posted["ts"]}) as r:
        info = await r.json()
    assert info["source"] == "message metadata" and info["answer_id"] == "a1b2c3"
    assert info["route"] == "lookup" and info["route_reason"] == "a precise fact"
    assert info["timings"] == {"retrieve_ms": 30.1} and info["latency_ms"] == 42.5
    assert info["retrieved"] == [{"id": "n1", "score": 0.61, "document": "towing-invoice.eml"}]
    (citation,) = info["citations"]
    assert citation["excerpt"] == "Towing Total ..... $385.00"  # the exact excerpt, from the metadata
    assert citation["location"] == "§ Invoice" and citation["claim_id"] == "CLM-1042"

    # The same facts any app gets from Slack with include_all_metadata.
    read = await bot.conversations_history(channel=AUTO, include_all_metadata=True, limit=1)
    payload = read["messages"][0]["metadata"]["event_payload"]
    assert payload["route_reason"] == info["route_reason"] and payload["retrieved"] == info["retrieved"]


async def test_debug_panel_of_a_private_answer_and_of_a_message_without_metadata(world):  # type: ignore[no-untyped-def]
    http, slack, bot = world["http"], world["slack"], world["bot"]
    message = blocks.answer_message(make_answer("summary"), answer_id="p1", ephemeral=True)
    ephemeral = slack.workspace.post_ephemeral(AUTO, ALICE, **message)  # as Alice's client received it
    async with http.get("/api/debug", params={"channel": AUTO, "ephemeral_id": ephemeral.id}) as r:
        info = await r.json()
    assert info["source"] == "message metadata" and info["route"] == "summary"

    shown = {k: v for k, v in blocks.answer_message(make_answer(), answer_id="x").items() if k != "metadata"}
    posted = await bot.chat_postMessage(channel=AUTO, **shown)
    async with http.get("/api/debug", params={"channel": AUTO, "ts": posted["ts"]}) as r:
        info = await r.json()
    assert info["source"] == "message blocks" and info["route"] is None
    assert info["citations"][0]["document"] == "towing-invoice.eml" and info["citations"][0]["location"] == "§ Invoice"
    assert info["citations"][0]["excerpt"] == ""  # the Sources line quotes nothing the answer already says


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
    http, bot = world["http"], world["bot"]
    async with http.post("/api/messages", json={"channel": AUTO, "text": "<@U0CLAIMBOT> towing?"}) as r:
        ts = (await r.json())["ts"]
    await bot.chat_postMessage(channel=AUTO, thread_ts=ts, text="on it")  # not an answer: not timed
    posted = await bot.chat_postMessage(channel=AUTO, thread_ts=ts, **blocks.answer_message(make_answer(), answer_id="a1"))
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
