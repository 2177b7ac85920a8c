"""Slack's protocol rules: signatures, the 3-second ack, retries and duplicates, rate limits,
failures, Socket Mode, and files the engine refuses."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time

import aiohttp
import pytest
from conftest import TOWING_INVOICE, Bot, start_bot, text_of
from docfactory import encrypted_pdf_bytes, scanned_pdf_bytes

from bot import server
from rag.engine import Engine


def answers_in(bot: Bot, channel: str) -> list:
    return [m for m in bot.ws.messages.values() if m.channel == channel and m.user == bot.slack.bot_id]


async def test_forged_signature_and_stale_timestamp_get_401_and_nothing_is_posted(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    posted_before = len(answers_in(bot, bot.auto))
    question = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} what was the towing cost on CLM-1042?")
    payload = bot.slack.event_callback(bot.slack.mention_event(question))

    forged = await bot.slack.send("events_api", payload, secret="not-the-signing-secret")
    stale = await bot.slack.send("events_api", payload, timestamp=int(time.time()) - 10 * 60)
    unsigned = await bot.slack.send("events_api", payload, signature="")
    command = await bot.slack.send(
        "slash_commands", {"command": "/claim", "text": "list", "channel_id": bot.auto, "user_id": bot.alice},
        secret="not-the-signing-secret",
    )  # fmt: skip

    assert [forged.status, stale.status, unsigned.status, command.status] == [401, 401, 401, 401]
    await bot.settle()
    assert bot.bot_replies(bot.auto, question.ts) == [] and len(answers_in(bot, bot.auto)) == posted_before
    assert bot.ws.ephemerals_for(bot.alice) == []

    genuine = await bot.slack.send("events_api", payload)  # the same request, signed: answered
    assert genuine.status == 200
    assert "$385.00" in text_of(await bot.reply_to(question))


async def test_slack_retries_and_redelivered_events_get_one_answer(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} what was the towing cost on CLM-1042?")
    payload = bot.slack.event_callback(bot.slack.mention_event(question))

    acks = await asyncio.gather(
        bot.slack.send("events_api", payload),
        bot.slack.send("events_api", payload),  # a redelivery, at the same moment
        bot.slack.send("events_api", payload, retry_num=1, retry_reason="http_timeout"),
    )
    late_retry = await bot.slack.send("events_api", payload, retry_num=2, retry_reason="http_timeout")
    # and the same message as a `message` event, with its own event id
    as_message = await bot.slack.send("events_api", bot.slack.event_callback(bot.slack.message_event(question)))

    assert all(a.status == 200 for a in [*acks, late_retry, as_message])
    await bot.reply_to(question)
    await bot.settle(0.5)
    replies = bot.bot_replies(bot.auto, question.ts)
    assert len(replies) == 1 and "$385.00" in text_of(replies[0])
    assert len([c for c in bot.slack.calls if c.method == "chat.postMessage" and c.params.get("thread_ts") == question.ts]) == 1


async def test_every_event_and_command_is_acked_at_once(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy engine never delays the ack (Slack's 3-second rule): the acks come back while the
    engine is still held on its first question, so no clock is needed to tell."""
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    real_ask = bot.engine.ask
    gate, answered = threading.Event(), threading.Event()

    def held_ask(*args, **kwargs):
        gate.wait(60)  # busy until the test has its acks
        try:
            return real_ask(*args, **kwargs)
        finally:
            answered.set()

    monkeypatch.setattr(bot.engine, "ask", held_ask)
    question = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} what was the towing cost on CLM-1042?")
    command = await bot.slack.run_slash_command(bot.auto, "alice", "what was the towing cost on CLM-1042?")
    acks = [a for a in bot.slack.acks if a.label in ("message", "app_mention", "/claim")]
    assert not answered.is_set()  # every ack below came back while no question had been answered
    assert acks and all(a.status == 200 for a in acks), [(a.label, a.status) for a in acks]
    assert command.status == 200
    gate.set()
    assert "$385.00" in text_of(await bot.reply_to(question))


async def test_rate_limited_web_api_calls_are_retried(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    bot.slack.fail_next("chat.postMessage", 1, retry_after=0)
    bot.slack.fail_next("conversations.replies", 1, retry_after=0)

    question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert "$385.00" in text_of(answer)
    posts = [c.status for c in bot.slack.calls if c.method == "chat.postMessage" and c.params.get("thread_ts") == question.ts]
    assert posts == [429, 200]

    _, follow_up = await bot.ask(bot.auto, "and the storage?", thread_ts=question.ts)
    assert "$120.00" in text_of(follow_up)
    assert [c.status for c in bot.slack.calls if c.method == "conversations.replies"] == [429, 200]


async def test_an_engine_failure_gives_a_reference_and_the_bot_keeps_serving(
    bot: Bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)

    def broken_ask(*args, **kwargs):
        raise RuntimeError("index exploded")

    with monkeypatch.context() as patch, caplog.at_level(logging.ERROR, logger="claimbot"):
        patch.setattr(bot.engine, "ask", broken_ask)
        question, reply = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
        private = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")

    for shown in (text_of(reply), text_of(private)):
        assert "Sorry, something went wrong" in shown
        reference = re.search(r"Reference: `([0-9a-f]{8})`", shown)
        assert reference, shown
        assert f"reference {reference.group(1)}" in caplog.text  # the details are in the log, under the same id
    assert reply.thread_ts == question.ts
    assert "RuntimeError" in caplog.text and "index exploded" not in text_of(reply)

    _, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert "$385.00" in text_of(answer)


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, "Could not ingest broken.pdf"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "Share a PDF, DOCX, TXT, MD or EML file"),
        ("locked.pdf", encrypted_pdf_bytes(), "password"),
        ("scan.pdf", scanned_pdf_bytes(), "OCR"),
        ("empty.txt", b"", "empty"),
    ],
    ids=["corrupt", "unsupported", "encrypted", "scan", "empty"],
)
async def test_a_file_the_engine_refuses_gets_a_clear_reply(bot: Bot, name: str, data: bytes, expected: str) -> None:
    shared, reply = await bot.share(bot.auto, name, data)
    assert reply.thread_ts == shared.ts
    assert name in text_of(reply) and expected in text_of(reply)
    assert "Reference" not in text_of(reply)  # a refusal, not a failure


async def test_a_file_the_bot_may_not_download_gets_a_clear_reply(bot: Bot) -> None:
    bot.slack.api.scopes.discard("files:read")  # installed without files:read: Slack serves its sign-in page
    shared, reply = await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    assert "Could not read towing-invoice.txt" in text_of(reply) and "files:read" in text_of(reply)
    assert bot.slack.api.calls_to("files.download")[-1].error == "not_authed"


async def test_a_file_over_the_size_limit_is_refused_before_download(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.engine, "settings", bot.engine.settings.model_copy(update={"max_file_mb": 100 / 2**20}))
    shared, reply = await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    assert "Could not ingest towing-invoice.txt" in text_of(reply) and "the limit is 100 bytes" in text_of(reply)
    assert "Split the file" in text_of(reply)
    assert not bot.slack.api.calls_to("files.download")


async def test_socket_mode_over_a_real_websocket(engine: Engine, tmp_path) -> None:
    bot = await start_bot(engine, tmp_path / "home", mode="socket")
    try:
        await bot.slack.wait_connected()
        assert bot.slack.api.calls_to("apps.connections.open")
        await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
        question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
        assert answer.thread_ts == question.ts and "$385.00" in text_of(answer) and "[1]" in text_of(answer)
        reply = await bot.command(bot.auto, "list")
        assert "CLM-1042" in text_of(reply)
        envelopes = {a.kind for a in bot.slack.acks}
        assert {"events_api", "slash_commands"} <= envelopes and all(a.status == 200 for a in bot.slack.acks)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{bot.running.port}/healthz") as response:
                assert response.status == 200 and (await response.json())["socket_connected"] is True
    finally:
        await bot.running.stop()
        await bot.slack.stop()


async def test_request_url_verification(bot: Bot) -> None:
    """What Slack sends when the Request URL is saved in the app's settings (HTTP mode)."""
    ack = await bot.slack.send("events_api", {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV", "type": "url_verification"})
    assert ack.status == 200 and ack.body == {"challenge": "3eZbrw1aBm2rZgRNFdxV"}


async def test_healthz(bot: Bot) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{bot.running.port}/healthz") as response:
            assert response.status == 200
            assert (await response.json())["mode"] == "http"


async def test_tokens_and_document_text_are_never_logged(bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    server.configure_logging()
    with caplog.at_level(logging.DEBUG):
        await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
        await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
        await bot.command(bot.auto, "summary CLM-1042")
    logged = caplog.text
    assert "received event app_mention" in logged  # the log is there...
    for secret in (bot.slack.bot_token, bot.slack.signing_secret, "Towing: $385.00", "Jane Doe", "towing cost"):
        assert secret not in logged  # ...without tokens, document text or questions


async def test_each_request_is_logged_once_and_its_answer_under_the_same_id(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    """The operator's view: one line per delivery (what came, how fast it was acked), and the
    answer's line under the same request id (the reference a user would be given)."""
    server.configure_logging()
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.settle()  # the echo of the bot's report, delivered in the background
    with caplog.at_level(logging.INFO, logger="claimbot"):
        acks_before, records_before = len(bot.slack.acks), len(caplog.records)
        await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
        await bot.settle()
    records = caplog.records[records_before:]
    received = [r for r in records if r.getMessage().startswith("received ")]
    assert len(received) == len(bot.slack.acks) - acks_before  # the question's two events, the answer's echo
    assert all(re.search(r", acked 200 in [0-9.]+ ms", r.getMessage()) for r in received)
    (journaled,) = [r for r in received if r.getMessage().endswith("(journaled)")]
    assert [r.getMessage() for r in received if r.getMessage().endswith("(already handled)")]  # its twin
    (answered,) = [r for r in records if r.getMessage().startswith("answered ")]
    assert answered.request_id == journaled.request_id != "-"  # type: ignore[attr-defined]
