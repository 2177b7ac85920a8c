"""LLM mode in Slack: the answer streams into the thread a sentence at a time, each sentence
only once it passed the grounding check, and ends as the whole answer with its Sources. Slack is
the stand-in (``chat.startStream`` / ``appendStream`` / ``stopStream``), the model a scripted
local OpenAI-compatible server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import TOWING_INVOICE, Bot, text_of
from openai_standin import OpenAIStandIn, Reply, excerpt_with, tool_results


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIStandIn]:
    server = OpenAIStandIn(api_key=None).start()  # a local server that needs no key
    monkeypatch.setenv("CLAIMBOT_ANSWER_MODE", "auto")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("CLAIMBOT_LLM_RETRIES", "0")
    yield server
    server.stop()


def first_source(body: dict[str, Any]) -> int:
    return tool_results(body)[0]["sources"][0]["n"]


def script(llm: OpenAIStandIn, *finals: Any) -> None:
    llm.script = [
        Reply(tool_calls=[("needle_expert", {"question": "towing invoice", "claim_id": "CLM-1042"})]),
        lambda body: Reply(f"The towing cost was $385.00 [{excerpt_with(body, '$385.00')}]."),
        *finals,
    ]


async def answered(bot: Bot, question_ts: str) -> Any:
    """The bot's reply once it is final (the answer's metadata is on it)."""
    return await bot.ws.wait_for(lambda: next(
        (m for m in bot.bot_replies(bot.auto, question_ts) if m.metadata and m.streaming != "in_progress"), None),
        timeout=20)


async def test_a_mention_streams_checked_sentences_then_shows_the_answer_with_sources(
    bot: Bot, llm: OpenAIStandIn
) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    script(llm, lambda body: Reply(f"The towing cost on CLM-1042 was $385.00 [{first_source(body)}]. "
                                   f"Storage for 3 days came to $120.00 [{first_source(body)}]."))
    before = len(bot.slack.calls)
    question = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} what does the towing invoice say?")
    reply = await answered(bot, question.ts)

    assert reply.thread_ts == question.ts and reply.streaming == "completed"
    assert reply.chunks == ["The towing cost on CLM-1042 was $385.00 [1]. ", "Storage for 3 days came to $120.00 [1]. "]
    methods = [c.method for c in bot.slack.calls[before:] if c.method.startswith("chat.")]
    assert methods == ["chat.startStream", "chat.appendStream", "chat.stopStream", "chat.update"]
    shown = text_of(reply)
    assert "The towing cost on CLM-1042 was $385.00 [1]." in shown and "*Sources*" in shown
    cited = reply.metadata["event_payload"]["citations"][0]
    assert cited["document"] == "towing-invoice.txt"
    assert "Towing: $385.00 … Storage (3 days): $120.00" in cited["excerpt"]  # the lines that back it
    assert reply.metadata["event_payload"]["mode"] == "llm"
    assert len(bot.bot_replies(bot.auto, question.ts)) == 1


async def test_a_sentence_that_fails_the_check_stops_the_stream_and_the_offline_answer_replaces_it(
    bot: Bot, llm: OpenAIStandIn
) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    invented = lambda body: Reply(f"The towing cost on CLM-1042 was $385.00 [{first_source(body)}]. "  # noqa: E731
                                  f"The insurer also paid $2,400.00 for a rental [{first_source(body)}].")
    script(llm, invented, invented)
    before = len(bot.slack.calls)
    question = await bot.slack.post_user_message(bot.auto, "alice",
                                                 f"{bot.mention} what was the towing cost on CLM-1042?")
    reply = await answered(bot, question.ts)

    assert reply.chunks == ["The towing cost on CLM-1042 was $385.00 [1]. "]  # the bad sentence never appeared
    methods = [c.method for c in bot.slack.calls[before:] if c.method.startswith("chat.")]
    assert methods == ["chat.startStream", "chat.stopStream", "chat.update"]
    shown = text_of(reply)
    assert "2,400" not in shown and "$385.00" in shown and "Offline answer" in shown and "*Sources*" in shown
    assert reply.metadata["event_payload"]["mode"] == "offline"
    assert reply.metadata["event_payload"]["fallback_reason"].startswith("grounding:")


async def test_claim_command_replies_are_not_streamed(bot: Bot, llm: OpenAIStandIn) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    script(llm, lambda body: Reply(f"The towing cost was $385.00 [{first_source(body)}]."))
    before = len(bot.slack.calls)
    reply = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")

    assert "$385.00" in text_of(reply)
    assert not [c for c in bot.slack.calls[before:] if "Stream" in c.method]


async def test_the_thread_reaches_the_model_as_conversation_turns(bot: Bot, llm: OpenAIStandIn,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    monkeypatch.setenv("CLAIMBOT_ANSWER_MODE", "offline")
    question, first = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    monkeypatch.setenv("CLAIMBOT_ANSWER_MODE", "auto")
    llm.script = [Reply("Do you mean the storage charge on CLM-1042?")]
    follow_up = await bot.slack.post_user_message(bot.auto, "alice", "and the storage?", thread_ts=question.ts)
    await bot.ws.wait_for(lambda: len(bot.bot_replies(bot.auto, question.ts)) == 2 or None, timeout=20)

    messages = llm.chat_requests[0]["messages"]
    turns = [(m["role"], m["content"]) for m in messages if m["role"] in ("user", "assistant")]
    assert turns[0] == ("user", "what was the towing cost on CLM-1042?")
    assert turns[1][0] == "assistant" and "$385.00" in turns[1][1]
    assert turns[-1] == ("user", "and the storage?") and follow_up.thread_ts == question.ts


async def test_healthz_reports_the_answer_mode_and_models(bot: Bot, llm: OpenAIStandIn,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import aiohttp

    monkeypatch.setenv("CLAIMBOT_MANAGER_MODEL", "qwen2.5-72b-instruct")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{bot.running.port}/healthz") as response:
            report = await response.json()
        assert report["answer_mode"] == "llm" and report["models"]["manager"] == "qwen2.5-72b-instruct"
        monkeypatch.setenv("CLAIMBOT_ANSWER_MODE", "offline")
        async with http.get(f"http://127.0.0.1:{bot.running.port}/healthz") as response:
            assert (await response.json())["answer_mode"] == "offline"


async def test_the_engine_process_streams_checked_sentences_as_they_come(
    llm: OpenAIStandIn, tmp_path: Path
) -> None:
    """``claimbot serve`` runs the engine in a child process: its events cross over as they come."""
    from bot.engine_process import EngineProcess
    from rag.config import Settings

    engine = EngineProcess.open(Settings(home=tmp_path / "home"))  # the child reads this environment
    try:
        doc = tmp_path / "towing-invoice.txt"
        doc.write_text(TOWING_INVOICE)
        engine.ingest_file(doc, scope="C0STREAM")
        script(llm, lambda body: Reply(f"The towing cost on CLM-1042 was $385.00 [{first_source(body)}]. "
                                       f"Storage came to $120.00 [{first_source(body)}]."))
        events = [e async for e in engine.call_stream("ask_stream", "What does the towing invoice on CLM-1042 say?",
                                                      scope="C0STREAM", history=[])]
    finally:
        engine.close()
    assert [k for k, _ in events] == ["sentence", "sentence", "answer"]
    assert events[0][1] == "The towing cost on CLM-1042 was $385.00 [1]."
    assert events[-1][1].mode == "llm" and events[-1][1].citations[0].document == "towing-invoice.txt"


async def test_a_workspace_that_refuses_streaming_gets_the_answer_posted_whole(bot: Bot, llm: OpenAIStandIn) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    script(llm, lambda body: Reply(f"The towing cost on CLM-1042 was $385.00 [{first_source(body)}]. "
                                   f"Storage for 3 days came to $120.00 [{first_source(body)}]."))
    bot.slack.api.fail_next("chat.startStream", times=5, status=500)
    question = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} what does the towing invoice say?")
    reply = await answered(bot, question.ts)

    assert reply.streaming is None and "The towing cost on CLM-1042 was $385.00 [1]." in text_of(reply)
    assert "*Sources*" in text_of(reply) and len(bot.bot_replies(bot.auto, question.ts)) == 1
