"""No acked work is lost: what the bot accepted before a crash is answered after the restart,
once, with a note that it was delayed; work too old to be worth it is dropped."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import time
from pathlib import Path

from conftest import TOWING_INVOICE, Bot, text_of, wait_healthy
from ports import free_port
from test_serve import serve

from bot.blocks import DELAYED_TEXT
from bot.journal import RESUME_WITHIN_S, resume_unfinished
from bot.metadata import ANSWER_EVENT_TYPE
from bot.standin import SlackStandIn, Workspace
from bot.store import BotStore

GONE = "4194399:gone"
"""The owner name of a process that no longer runs (a pid above Linux's largest)."""
QUESTION = "what was the towing cost on CLM-1042?"


def big_claim_notes(kb: int) -> str:
    """A long adjuster's notes file: reading it keeps the engine busy for seconds."""
    rng = random.Random(7)
    words = ("adjuster called insured regarding vehicle storage rental estimate supplement photos inspection tow "
             "yard release payment invoice deductible coverage liability statement recorded medical bills repair "
             "shop parts delay salvage title lienholder").split()  # fmt: skip
    lines = ["ADJUSTER FILE NOTES", "Claim Number: CLM-7310", "Insured: Dana Whitfield", ""]
    while sum(len(line) + 1 for line in lines) < kb * 1024:
        n = len(lines)
        lines.append(f"Note {n}: " + " ".join(rng.choice(words) for _ in range(60)) + ".")
        if n % 12 == 0:
            lines += ["", f"Section {n // 12}", ""]
    return "\n".join(lines)


def bot_replies(slack: SlackStandIn, channel: str, ts: str) -> list:
    return slack.workspace.replies(channel, ts, by=slack.bot_id)


async def test_a_mention_acked_before_a_crash_is_answered_once_after_the_restart(tmp_path: Path) -> None:
    """``claimbot serve`` is killed (SIGKILL) after acking a mention whose answer waits behind a
    long file being read; the restarted bot answers it once, saying why it is late."""
    async with SlackStandIn(Workspace.default()) as slack:
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        port = free_port()
        env = {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_SIGNING_SECRET": slack.signing_secret,
               "SLACK_API_URL": slack.api_url, "CLAIMBOT_HOME": str(tmp_path / "home")}  # fmt: skip
        args = ("--host", "127.0.0.1", "--port", str(port))
        first = serve(env, *args)
        second = None
        try:
            await wait_healthy(port, first)
            slack.request_url = f"http://127.0.0.1:{port}/slack/events"
            invoice = await slack.share_file(channel, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt")
            await ws.wait_for(lambda: bot_replies(slack, channel, invoice.ts), 60)

            # A long file: the engine reads it for seconds, and answers after it, in order.
            notes = await slack.share_file(channel, "alice", big_claim_notes(200).encode(), "claim-notes.txt")
            await ws.wait_for(lambda: ws.statuses.get((channel, notes.ts)), 30)  # "is reading..." - it is at it
            question = await slack.post_user_message(channel, "alice", f"<@{slack.bot_id}> {QUESTION}")
            acks = [a for a in slack.acks if a.label in ("message", "app_mention")][-2:]
            assert [a.status for a in acks] == [200, 200]  # Slack got its acks: it will not send it again
            assert not bot_replies(slack, channel, question.ts) and not bot_replies(slack, channel, notes.ts)

            first.send_signal(signal.SIGKILL)
            await asyncio.to_thread(first.wait, 30)
            await asyncio.sleep(1.0)
            assert not bot_replies(slack, channel, question.ts)  # lost, unless the next run picks it up

            second = serve(env, *args)
            await wait_healthy(port, second)
            answer = await ws.wait_for(
                lambda: [m for m in bot_replies(slack, channel, question.ts) if m.metadata], 120
            )
            report = await ws.wait_for(lambda: [m for m in bot_replies(slack, channel, notes.ts) if m.blocks[1:]], 120)
            await asyncio.sleep(1.5)  # time for a second answer to show up

            replies = bot_replies(slack, channel, question.ts)
            assert [DELAYED_TEXT in text_of(m) for m in replies] == [True, False]  # the note, then the answer
            assert len(answer) == 1 and answer[0] is replies[-1]
            assert "$385.00" in text_of(answer[0]) and answer[0].metadata["event_type"] == ANSWER_EVENT_TYPE
            file_replies = bot_replies(slack, channel, notes.ts)
            assert len(file_replies) == 2 and DELAYED_TEXT in text_of(file_replies[0])
            assert "claim-notes.txt" in text_of(report[0]) and "CLM-7310" in text_of(report[0])
            assert [a for a in slack.acks if a.retry_num] == []  # no Slack retry was needed for any of it
        finally:
            for proc in (first, second):
                if proc is not None and proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
                    await asyncio.to_thread(proc.communicate, timeout=60)
    assert second is not None and second.returncode == 0


async def test_open_work_of_a_dead_process_is_resumed_once_and_old_work_is_dropped(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    # What a process that died had accepted (and acked): the requests as Slack sent them.
    dead = BotStore.open(bot.settings.home)
    dead.owner = GONE
    fresh = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} {QUESTION}")
    fresh_body = bot.slack.event_callback(bot.slack.mention_event(fresh))
    old = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} what is the policy number on CLM-1042?")
    old_body = bot.slack.event_callback(bot.slack.mention_event(old))
    command = bot.slack.slash_command_payload(bot.auto, "alice", QUESTION)
    dm = bot.ws.post(bot.dm, bot.alice, "what was the storage charge on CLM-1042?")
    dm_body = bot.slack.event_callback(bot.slack.message_event(dm))
    long_ago = time.time() - RESUME_WITHIN_S - 60
    assert dead.accept(f"message:{bot.auto}:{fresh.ts}", "message", fresh_body, expires_in=RESUME_WITHIN_S)
    assert dead.accept(f"message:{bot.auto}:{old.ts}", "message", old_body, expires_in=RESUME_WITHIN_S, now=long_ago)
    assert dead.accept(f"command:{command['trigger_id']}", "command", command, expires_in=RESUME_WITHIN_S)
    alive = BotStore.open(bot.settings.home)
    alive.owner = f"{os.getppid()}:replica"  # another replica, still running: its work is its own
    assert alive.accept(f"message:{bot.dm}:{dm.ts}", "message", dm_body, expires_in=RESUME_WITHIN_S)

    done = await resume_unfinished(bot.app, bot.store)

    assert len(done.resumed) == 2 and len(done.expired) == 1 and done.left == [f"message:{bot.dm}:{dm.ts}"]
    answer = await bot.reply_to(fresh, count=2)
    note = bot.bot_replies(bot.auto, fresh.ts)[0]
    assert DELAYED_TEXT in text_of(note) and "$385.00" in text_of(answer)
    private = await bot.ws.wait_for(lambda: [e for e in bot.ws.ephemerals_for(bot.alice, bot.auto) if e.metadata])
    notes = [e for e in bot.ws.ephemerals_for(bot.alice, bot.auto) if DELAYED_TEXT in text_of(e)]
    assert len(notes) == 1 and "$385.00" in text_of(private[0])

    # Slack's own redelivery of the resumed event, and a second start: nothing more is posted.
    retry = await bot.slack.send("events_api", fresh_body, retry_num=1, retry_reason="http_timeout")
    again = await resume_unfinished(bot.app, bot.store)
    await bot.settle(1.0)
    assert retry.status == 200 and again.resumed == [] and again.expired == []
    assert len(bot.bot_replies(bot.auto, fresh.ts)) == 2
    assert bot.bot_replies(bot.auto, old.ts) == []  # half an hour late: dropped, not answered
    assert not [m for m in bot.ws.history(bot.dm) if m.user == bot.slack.bot_id]  # the replica's to answer
    assert [w.key for w in bot.store.unfinished()] == [f"message:{bot.dm}:{dm.ts}"]


async def test_answered_work_is_closed_and_not_resumed(bot: Bot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    await bot.command(bot.auto, "list")

    def broken_ask(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.engine, "ask", broken_ask)
    _, failed = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    assert "Sorry, something went wrong" in text_of(failed)  # the user was told: nothing left to do
    await bot.settle()

    restarted = BotStore.open(bot.settings.home)
    assert restarted.unfinished() == []
    assert (await resume_unfinished(bot.app, restarted)).resumed == []


async def test_a_mention_is_journaled_before_slack_gets_the_ack(bot: Bot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    real_ask = bot.engine.ask

    def slow_ask(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(bot.engine, "ask", slow_ask)
    question = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} {QUESTION}")
    ack = await bot.slack.send("events_api", bot.slack.event_callback(bot.slack.mention_event(question)))
    open_work = [w.key for w in bot.store.unfinished()]  # as Slack gets the ack, before any answer
    twin = await bot.slack.send("events_api", bot.slack.event_callback(bot.slack.message_event(question)))

    assert ack.status == 200 and twin.status == 200
    assert open_work == [f"message:{bot.auto}:{question.ts}"] and not bot.bot_replies(bot.auto, question.ts)
    assert "$385.00" in text_of(await bot.reply_to(question))
    await bot.settle()
    assert len(bot.bot_replies(bot.auto, question.ts)) == 1 and bot.store.unfinished() == []
