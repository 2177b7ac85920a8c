"""Answer metadata: every answer message carries ``claimbot_answer`` metadata that any Slack app
can read back (``include_all_metadata=true``), and the stand-in keeps and checks it as Slack does."""

from __future__ import annotations

import json

import pytest
from conftest import TOWING_INVOICE, Bot, text_of
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.metadata import ANSWER_EVENT_TYPE, PAYLOAD_MAX_BYTES, answer_metadata, size_of
from rag.answer import Answer, Citation


def reader(bot: Bot) -> AsyncWebClient:
    """Another app in the workspace, reading conversations through the Web API."""
    return AsyncWebClient(token=bot.slack.bot_token, base_url=bot.slack.api_url)


def button_value(message) -> str:  # type: ignore[no-untyped-def]
    return next(e["value"] for b in message.blocks if b["type"] == "actions" for e in b["elements"])


async def test_an_answer_carries_its_metadata_for_other_apps(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert "$385.00" in text_of(answer)

    read = await reader(bot).conversations_replies(channel=bot.auto, ts=question.ts, include_all_metadata=True)
    (posted,) = [m for m in read["messages"] if m["ts"] == answer.ts]
    assert posted["metadata"]["event_type"] == ANSWER_EVENT_TYPE
    payload = posted["metadata"]["event_payload"]
    assert payload["answer_id"] == button_value(answer)  # the id the Helpful buttons carry
    assert payload["route"] == "needle" and payload["route_reason"]
    assert payload["claim_ids"] == ["CLM-1042"] and "CLM-1042" in payload["searched"]
    first = {"n": 1, "document": "towing-invoice.txt", "section": "ROADSIDE RESCUE TOWING LLC - INVOICE",
             "claim_id": "CLM-1042"}  # fmt: skip
    assert {k: payload["citations"][0].get(k) for k in first} == first
    assert "$385.00" in payload["citations"][0]["excerpt"]  # the exact excerpt, for other apps
    assert "[1]" in text_of(answer) and "|towing-invoice.txt> · § ROADSIDE RESCUE" in text_of(answer)  # as shown
    assert payload["latency_ms"] > 0 and payload["timings"]["retrieve_ms"] >= 0
    assert payload["retrieved"] and payload["retrieved"][0]["document"] == "towing-invoice.txt"
    assert size_of(posted["metadata"]) < PAYLOAD_MAX_BYTES

    # Without include_all_metadata Slack leaves it out; people never see it.
    plain = await reader(bot).conversations_replies(channel=bot.auto, ts=question.ts)
    assert all("metadata" not in m for m in plain["messages"])
    assert "claimbot_answer" not in text_of(answer) and "retrieve_ms" not in json.dumps(answer.blocks)


async def test_a_direct_message_answer_has_it_in_the_history(bot: Bot) -> None:
    await bot.share(bot.dm, "towing-invoice.txt", TOWING_INVOICE)
    await bot.slack.post_user_message(bot.dm, "alice", "what was the storage charge on CLM-1042?")
    await bot.ws.wait_for(lambda: any("$120.00" in text_of(m) for m in bot.ws.history(bot.dm) if m.user == bot.slack.bot_id))

    history = await reader(bot).conversations_history(channel=bot.dm, include_all_metadata="true", limit=1)
    (latest,) = history["messages"]
    assert latest["metadata"]["event_payload"]["citations"][0]["document"] == "towing-invoice.txt"


async def test_a_vote_keeps_the_metadata_and_a_shared_answer_brings_it(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, answer = await bot.ask(bot.auto, f"{bot.mention} who is the insured on CLM-1042?")
    before = bot.ws.messages[(bot.auto, answer.ts)].metadata

    await bot.slack.click_button(answer, blocks.ACTION_HELPFUL)
    await bot.ws.wait_for(lambda: bot.ws.messages[(bot.auto, answer.ts)].edited)
    read = await reader(bot).conversations_replies(channel=bot.auto, ts=question.ts, include_all_metadata=True)
    voted = next(m for m in read["messages"] if m["ts"] == answer.ts)
    assert ":thumbsup: 1" in json.dumps(voted["blocks"]) and voted["metadata"] == before  # chat.update kept it

    private = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")
    assert private.metadata["event_payload"]["answer_id"] == button_value(private)  # as Alice's client got it
    await bot.slack.click_button(private, blocks.ACTION_SHARE)
    shared = await bot.ws.wait_for(
        lambda: [m for m in bot.ws.history(bot.auto) if m.user == bot.slack.bot_id and "$385.00" in text_of(m)]
    )
    history = await reader(bot).conversations_history(channel=bot.auto, include_all_metadata=True)
    public = next(m for m in history["messages"] if m["ts"] == shared[0].ts)
    assert public["metadata"]["event_payload"]["answer_id"] == private.metadata["event_payload"]["answer_id"]
    assert public["metadata"]["event_payload"]["citations"][0]["document"] == "towing-invoice.txt"


def huge_answer() -> Answer:
    return Answer(
        text=" ".join(f"fact [{i + 1}]" for i in range(60)),
        route="summary",
        citations=[Citation(i + 1, f"{'very-long-document-name-' * 8}{i}.pdf", "x" * 500, page=i, section="S" * 300,
                            claim_id="CLM-1042") for i in range(60)],  # fmt: skip
        latency_ms=12.3,
        claim_ids=[f"CLM-{1000 + i}" for i in range(40)],
        searched="every document " * 100,
        trace={"route_reason": "why " * 200, "timings": {f"step_{i}_ms": i / 3 for i in range(50)},
               "retrieved": [{"id": f"node-{i}" * 10, "score": 0.5, "document": "d" * 300, "page": None}
                             for i in range(300)]},  # fmt: skip
    )


async def test_metadata_stays_small_and_says_what_it_left_out(bot: Bot) -> None:
    metadata = answer_metadata(huge_answer(), answer_id="a1")
    payload = metadata["event_payload"]
    assert size_of(metadata) <= PAYLOAD_MAX_BYTES
    assert payload["left_out"]["retrieved"] == 300 - len(payload["retrieved"])
    assert len(payload["citations"]) + payload["left_out"].get("citations", 0) == 60
    assert "null" not in json.dumps(metadata)  # absent keys, not nulls
    posted = await reader(bot).chat_postMessage(channel=bot.auto, text="x", metadata=metadata)  # Slack takes it
    assert bot.ws.messages[(bot.auto, posted["ts"])].metadata == metadata


@pytest.mark.parametrize(
    "metadata, error",
    [
        ({"event_payload": {"a": 1}}, "invalid_metadata_schema"),
        ({"event_type": "claimbot.answer", "event_payload": {}}, "invalid_metadata_schema"),
        ({"event_type": 7, "event_payload": {}}, "invalid_metadata_schema"),
        ({"event_type": "claimbot_answer", "event_payload": ["a"]}, "invalid_metadata_schema"),
        ("{not json", "invalid_metadata_format"),
        ({"event_type": "claimbot_answer", "event_payload": {"x": "y" * 9000}}, "metadata_too_large"),
    ],
    ids=["no-type", "dotted-type", "number-type", "list-payload", "not-json", "too-large"],
)
async def test_the_stand_in_checks_metadata_like_slack(bot: Bot, metadata: object, error: str) -> None:
    with pytest.raises(SlackApiError) as refused:
        await reader(bot).chat_postMessage(channel=bot.auto, text="hello", metadata=metadata)  # type: ignore[arg-type]
    assert refused.value.response["error"] == error
    assert not bot.ws.bot_messages(bot.auto)
