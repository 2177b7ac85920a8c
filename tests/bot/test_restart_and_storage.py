"""What survives a restart and a full disk: a restarted ``claimbot serve`` listens and journals
at once (its engine opens behind it), resumed file reports read as new, a journal that cannot be
written asks Slack to retry (503), and work that hits a full disk is reported and kept."""

from __future__ import annotations

import asyncio
import fcntl
import random
import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

from conftest import TOWING_INVOICE, Bot, text_of, wait_healthy
from ports import free_port
from test_journal import GONE
from test_serve import serve

from bot.blocks import DELAYED_TEXT
from bot.journal import RESUME_WITHIN_S, resume_unfinished
from bot.standin import SlackStandIn, Workspace
from bot.store import BotStore

QUESTION = "what was the towing cost on CLM-1042?"


@contextmanager
def files_limited_to(max_bytes: int) -> Iterator[None]:
    """No file of this process may grow past ``max_bytes`` (RLIMIT_FSIZE): writes beyond fail with
    EFBIG, as they fail with ENOSPC on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


# -- item 10 ----------------------------------------------------------------------------------
async def test_a_restarted_bot_listens_and_journals_while_the_old_engine_holds_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    old_engine = (home / "engine.lock").open("a+")  # the killed bot's engine, finishing its call
    fcntl.flock(old_engine, fcntl.LOCK_EX)
    async with SlackStandIn(Workspace.default()) as slack:
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        port = free_port()
        env = {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_SIGNING_SECRET": slack.signing_secret,
               "SLACK_API_URL": slack.api_url, "CLAIMBOT_HOME": str(home)}  # fmt: skip
        proc = serve(env, "--host", "127.0.0.1", "--port", str(port))
        try:
            await wait_healthy(port, proc)  # listening, though its engine cannot open yet
            slack.request_url = f"http://127.0.0.1:{port}/slack/events"
            question = await slack.post_user_message(channel, "alice", f"<@{slack.bot_id}> {QUESTION}")
            acks = [a for a in slack.acks if a.label in ("message", "app_mention")]
            assert [a.status for a in acks] == [200, 200]
            journal = BotStore.open(home)
            assert [w.key for w in journal.unfinished()] == [f"message:{channel}:{question.ts}"]  # journaled
            await asyncio.sleep(1.0)
            assert ws.replies(channel, question.ts, by=slack.bot_id) == []  # waits for the engine

            fcntl.flock(old_engine, fcntl.LOCK_UN)  # the old engine is gone: the question is answered
            answer = await ws.wait_for(lambda: ws.replies(channel, question.ts, by=slack.bot_id), 120)
            assert answer[0].metadata and "Reference" not in text_of(answer[0])
            await ws.wait_for(lambda: not journal.unfinished(), 10)
            journal.close()
        finally:
            old_engine.close()
            proc.send_signal(signal.SIGTERM)
            out, _ = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 0, out


async def test_a_resumed_file_share_is_reported_as_read_not_as_already_had(bot: Bot, tmp_path: Path) -> None:
    """The killed run stored the file, then died before its report: the resumed report says it
    was read, not "Already had this exact version"."""
    ws = bot.ws
    file = ws.add_file(bot.alice, "towing-invoice.txt", TOWING_INVOICE.encode())
    file.channels.append(bot.auto)
    shared = ws.post(bot.auto, bot.alice, "", subtype="file_share", files=[file.id])
    stored = tmp_path / "towing-invoice.txt"
    stored.write_text(TOWING_INVOICE)
    bot.engine.ingest_file(stored, scope=bot.auto, display_name="towing-invoice.txt")  # what the dead run did
    dead = BotStore.open(bot.settings.home)
    dead.owner = GONE
    body = bot.slack.event_callback(bot.slack.message_event(shared))
    assert dead.accept(f"message:{bot.auto}:{shared.ts}", "message", body, expires_in=RESUME_WITHIN_S)

    assert len((await resume_unfinished(bot.app, bot.store)).resumed) == 1
    report = await bot.reply_to(shared, count=2)

    assert DELAYED_TEXT in text_of(bot.bot_replies(bot.auto, shared.ts)[0])
    assert "Read *towing-invoice.txt*" in text_of(report) and "CLM-1042" in text_of(report)
    assert "Already had" not in text_of(report)


def email_with_photos() -> bytes:
    """A 1.5 MB email: the invoice as its text, and photos (skipped by the parser, cheap to ingest)."""
    message = EmailMessage()
    message["Subject"], message["From"] = "Towing invoice, CLM-1042", "tow@example.com"
    message["To"] = "claims@example.com"
    message.set_content(TOWING_INVOICE)
    message.add_attachment(random.Random(3).randbytes(1_500_000), maintype="image", subtype="png", filename="photo.png")
    return message.as_bytes()


# -- item 12 ----------------------------------------------------------------------------------
async def test_when_the_journal_cannot_be_written_slack_is_asked_to_retry(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} {QUESTION}")
    payload = bot.slack.event_callback(bot.slack.mention_event(question))
    command = bot.slack.slash_command_payload(bot.auto, "alice", QUESTION)

    with files_limited_to(0):  # the disk is full
        event_ack = await bot.slack.send("events_api", payload)
        command_ack = await bot.slack.send("slash_commands", command)
    await bot.settle()

    for ack in (event_ack, command_ack):
        assert ack.status == 503 and "X-Slack-No-Retry" not in ack.headers  # Slack will retry
    assert bot.bot_replies(bot.auto, question.ts) == [] and bot.ws.ephemerals_for(bot.alice, bot.auto) == []

    # the disk has room again: Slack's retries are answered, once each
    assert (await bot.slack.send("events_api", payload, retry_num=1, retry_reason="http_error")).status == 200
    assert (await bot.slack.send("slash_commands", command, retry_num=1)).status == 200
    assert "$385.00" in text_of(await bot.reply_to(question))
    private = await bot.ws.wait_for(lambda: [e for e in bot.ws.ephemerals_for(bot.alice, bot.auto) if e.metadata])
    assert "$385.00" in text_of(private[0])


async def test_a_file_that_meets_a_full_disk_is_reported_and_kept_to_resume(bot: Bot) -> None:
    with files_limited_to(1_000_000):  # room for the journal, not for the file
        shared = await bot.slack.share_file(bot.auto, "alice", email_with_photos(), "claim-email.eml")
        reply = await bot.reply_to(shared)

    shown = text_of(reply)
    assert "storage is full" in shown and "Your request is kept" in shown
    assert "Sorry, something went wrong" not in shown
    assert [w.key for w in bot.store.unfinished()] == [f"message:{bot.auto}:{shared.ts}"]

    # the next start (with room to write) takes it up
    restarted = BotStore.open(bot.settings.home)
    assert len((await resume_unfinished(bot.app, restarted)).resumed) == 1
    report = await bot.reply_to(shared, count=3)
    assert "claim-email.eml" in text_of(report) and "CLM-1042" in text_of(report)
    assert bot.store.unfinished() == []
