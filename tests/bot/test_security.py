"""Hostile requests and hostile content, at the protocol level: forged and malformed requests
to the bot's real endpoint, file links to other hosts, markup in documents, buttons carrying
another channel's answer. Each test says what the user sees and what did not happen."""

from __future__ import annotations

import json
import logging
import sqlite3
import urllib.parse
from pathlib import Path

import pytest
from conftest import TOWING_INVOICE, Bot, start_bot, text_of

from bot.blocks import ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_SHARE
from bot.listeners.files import token_may_go_to
from bot.standin.foreign import ForeignHost
from bot.standin.workspace import interactive_elements
from rag.engine import Engine

QUESTION = "what was the towing cost on CLM-1042?"


def journal_rows(bot: Bot) -> int:
    with sqlite3.connect(bot.store.path) as db:
        return db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]


def everything_shown(message) -> str:  # type: ignore[no-untyped-def]
    """The fallback text and every block, raw: what Slack would parse for markup."""
    return message.text + "\n" + json.dumps(message.blocks, ensure_ascii=False)


def answer_id(message) -> str:  # type: ignore[no-untyped-def]
    return next(e["value"] for e in interactive_elements(message.blocks) if e["action_id"] == ACTION_HELPFUL)


# -- item 1: unverified requests ---------------------------------------------------------------
async def test_an_unverifiable_request_gets_401_and_nothing_happens(bot: Bot) -> None:
    async with ForeignHost() as elsewhere:
        question = bot.ws.post(bot.auto, bot.alice, f"{bot.mention} {QUESTION}")
        in_dm = bot.ws.post(bot.dm, bot.alice, QUESTION)
        bodies = [
            ("application/json", json.dumps(bot.slack.event_callback(bot.slack.mention_event(question))).encode()),
            ("application/json", json.dumps(bot.slack.event_callback(bot.slack.message_event(in_dm))).encode()),
            ("application/x-www-form-urlencoded", urllib.parse.urlencode({
                "command": "/claim", "text": "list", "channel_id": bot.auto, "user_id": bot.alice,
                "response_url": elsewhere.url("/hook"), "trigger_id": "t1"}).encode()),
            ("application/x-www-form-urlencoded", urllib.parse.urlencode({"payload": json.dumps({
                "type": "block_actions", "user": {"id": bot.alice}, "channel": {"id": bot.auto},
                "container": {"channel_id": bot.auto, "is_ephemeral": True}, "response_url": elsewhere.url("/hook"),
                "actions": [{"action_id": ACTION_SHARE, "value": "x", "action_ts": "1.0"}]})}).encode()),
        ]  # fmt: skip
        secret = bot.slack.http
        statuses = []
        for content_type, body in bodies:
            forged = [
                {},  # no signature headers at all
                secret.signed_raw_headers(body, timestamp="not-a-number"),  # signed, but the timestamp is no number
                secret.signed_raw_headers(body, timestamp="1e9"),
                secret.signed_raw_headers(body, timestamp=""),
                {**secret.signed_raw_headers(body), "X-Slack-Signature": "v0=" + "0" * 64},
                {**secret.signed_raw_headers(body), "X-Slack-Signature": "v1=whatever"},
            ]
            for headers in forged:
                statuses.append((await bot.slack.send_raw(body, content_type, headers=headers)).status)
        await bot.settle(0.5)

        assert set(statuses) == {401}, statuses
        posts = ("chat.postMessage", "chat.postEphemeral", "response_url")
        assert [c for c in bot.slack.calls if c.method in posts] == []
        assert bot.bot_replies(bot.auto, question.ts) == [] and bot.ws.ephemerals_for(bot.alice) == []
        assert elsewhere.requests == []  # the response_url the forged body named was never called
        assert journal_rows(bot) == 0

        # the same mention, signed as Slack signs it: answered
        assert (await bot.slack.send_raw(bodies[0][1])).status == 200
        assert "Reference" not in text_of(await bot.reply_to(question))


# -- item 5: signed but malformed bodies ---------------------------------------------------------
async def test_a_signed_but_malformed_body_gets_400_without_retries_and_one_log_line(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    mention = bot.slack.event_callback({"type": "app_mention", "user": bot.alice, "text": "hi"})  # no channel, no ts
    malformed = [
        ("application/json", b'{"type": "event_callback", "event": '),
        ("application/json", b'{"type": "event_callback", "event": {"type": "app_mention", "text": "\xff\xfe"}}'),
        ("application/json", b'[{"type": "event_callback"}]'),
        ("application/json", json.dumps({**mention, "event": "app_mention"}).encode()),
        ("application/json", json.dumps(mention).encode()),
        ("application/json", json.dumps({"type": "event_callback"}).encode()),
        ("application/x-www-form-urlencoded", b"payload=%7Bnot-json"),
        ("application/x-www-form-urlencoded", b"payload=%5B1%2C2%5D"),
        ("application/x-www-form-urlencoded", b"command=%2Fclaim&text=list"),  # no channel_id, user_id
        ("application/x-www-form-urlencoded", b"command=%2Fclaim&text=%FF&channel_id=C1&user_id=U1"),
        ("text/plain", b"hello"),
    ]
    with caplog.at_level(logging.INFO, logger="claimbot"):
        acks = [await bot.slack.send_raw(body, content_type) for content_type, body in malformed]
    await bot.settle()

    assert [a.status for a in acks] == [400] * len(malformed), [a.status for a in acks]
    assert all(a.headers.get("X-Slack-No-Retry") == "1" for a in acks)
    refusals = [r for r in caplog.records if "refused a request with 400" in r.getMessage()]
    assert len(refusals) == len(malformed)  # one line each
    assert len([r for r in caplog.records if r.name.startswith("claimbot")]) == len(malformed)  # and nothing else
    assert [c for c in bot.slack.calls if c.method == "chat.postMessage"] == [] and journal_rows(bot) == 0

    _, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")  # the bot keeps serving
    assert "Reference" not in text_of(answer)


# -- item 2: the bot token goes to Slack's hosts only ---------------------------------------------
async def test_a_file_link_to_another_host_is_refused_and_gets_no_token(bot: Bot) -> None:
    async with ForeignHost() as elsewhere:
        direct = await bot.slack.share_file(
            bot.auto, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt",
            download_url=elsewhere.url("/files-pri/T0-F1/download/towing-invoice.txt"),
        )  # fmt: skip
        refusal = await bot.reply_to(direct)
        redirected = await bot.slack.share_file(
            bot.auto, "alice", TOWING_INVOICE.encode(), "storage-invoice.txt",
            redirect_to=elsewhere.url("/steal/storage-invoice.txt"),
        )  # fmt: skip
        redirect_refusal = await bot.reply_to(redirected)

        for reply, name in ((refusal, "towing-invoice.txt"), (redirect_refusal, "storage-invoice.txt")):
            shown = text_of(reply)
            assert f"Could not read {name}" in shown
            assert f"claimbot will not send its token to {elsewhere.netloc}" in shown
        assert elsewhere.requests == []  # neither the link nor the redirect was fetched, with or without the token
        assert len(bot.slack.api.calls_to("files.download")) == 1  # the stand-in's link, which answered the redirect

    _, report = await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)  # a link of Slack's own: read
    assert "CLM-1042" in text_of(report) and "will not send" not in text_of(report)


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://files.slack.com/files-pri/T1-F1/download/a.pdf", True),
        ("https://files-origin.slack.com/files-pri/T1-F1/a.pdf", True),
        ("http://files.slack.com/files-pri/T1-F1/a.pdf", False),  # not over https
        ("https://files.slack.com:8443/a.pdf", False),
        ("https://files.slack.com.evil.example/a.pdf", False),
        ("https://evilslack.com/a.pdf", False),
        ("https://user@files.slack.com/a.pdf", False),
        ("http://127.0.0.1:4000/files-pri/T1-F1/a.pdf", True),  # the configured SLACK_API_URL's host and port
        ("http://127.0.0.1:4001/files-pri/T1-F1/a.pdf", False),
        ("file:///etc/passwd", False),
    ],
)
def test_which_hosts_the_bot_token_may_go_to(url: str, allowed: bool) -> None:
    assert token_may_go_to(url, "http://127.0.0.1:4000/api/") is allowed


# -- item 3: document text never becomes live markup ----------------------------------------------
HOSTILE = (
    TOWING_INVOICE.replace("Towing: $385.00", "Towing: $385.00 <!channel> <@U0BOB00002> <https://evil.example|pay here>"
                           " \u202egnp.exe\u202c note\u200b")
)  # fmt: skip


async def test_markup_in_a_document_and_its_name_reaches_slack_escaped(bot: Bot) -> None:
    _, report = await bot.share(bot.auto, "towing <!here> invoice.txt", HOSTILE)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")

    assert "$385.00" in text_of(answer) and "&lt;!channel&gt;" in everything_shown(answer)  # quoted, as text
    assert "&lt;!here&gt;" in report.text and "&lt;!here&gt;" in json.dumps(report.blocks)
    for message in (report, answer):
        shown = everything_shown(message)
        for live in ("<!channel>", "<!here>", "<@U0BOB00002>", "<https://evil.example", "\u202e", "\u202c", "\u200b"):
            assert live not in shown, (live, message.text)


# -- item 4: buttons trust nothing --------------------------------------------------------------
async def test_votes_count_once_per_person_and_only_on_the_answer_in_its_own_channel(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, in_auto = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    _, in_prop = await bot.ask(bot.prop, f"{bot.mention} {QUESTION}")
    bob = bot.ws.user("bob").id

    # a click in #property-claims carrying #auto-claims' answer id: refused, privately
    ack = await bot.slack.click_button(in_prop, ACTION_HELPFUL, value=answer_id(in_auto), user="bob")
    assert ack.status == 200
    note = (await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bob, bot.prop)))[0]
    assert "another conversation" in text_of(note)
    assert bot.store.votes() == [] and bot.slack.api.calls_to("chat.update") == []

    await bot.slack.click_button(in_auto, ACTION_HELPFUL, user="bob")
    await bot.slack.click_button(in_auto, ACTION_NOT_HELPFUL, user="bob")  # Bob changes his mind
    replayed = "1700000000.000200"
    for _ in range(3):  # Alice's click, and two replays of it
        await bot.slack.click_button(in_auto, ACTION_HELPFUL, user="alice", action_ts=replayed)
    await bot.ws.wait_for(lambda: len(bot.slack.api.calls_to("chat.update")) >= 3)
    await bot.settle(0.5)

    assert len(bot.slack.api.calls_to("chat.update")) == 3  # the replays changed nothing
    assert ":thumbsup: 1  :thumbsdown: 1" in text_of(bot.ws.messages[(in_auto.channel, in_auto.ts)])
    assert sorted((v.user, v.helpful) for v in bot.store.votes()) == sorted([(bob, False), (bot.alice, True)])
    assert "Was this helpful?" in text_of(bot.ws.messages[(in_prop.channel, in_prop.ts)])


async def test_share_is_only_by_the_asker_into_the_answers_channel_and_once(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    bob = bot.ws.user("bob").id
    alices = await bot.command(bot.auto, QUESTION)

    async def bobs_private_answer(channel: str):  # type: ignore[no-untyped-def]
        before = len(bot.ws.ephemerals_for(bob, channel))
        await bot.slack.run_slash_command(channel, "bob", QUESTION)
        return (await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bob, channel)[before:]))[0]

    def posted_in(channel: str) -> list:
        return [m for m in bot.ws.history(channel) if m.user == bot.slack.bot_id and "$385.00" in text_of(m)]

    def notes_to_bob(channel: str) -> list[str]:
        return [text_of(e) for e in bot.ws.ephemerals_for(bob, channel) if not e.metadata]

    # Bob, in #property-claims, shares Alice's #auto-claims answer: refused
    in_prop = await bobs_private_answer(bot.prop)
    await bot.slack.click_button(in_prop, ACTION_SHARE, value=answer_id(alices), user="bob")
    await bot.ws.wait_for(lambda: notes_to_bob(bot.prop))
    assert "another conversation" in notes_to_bob(bot.prop)[0]
    # Bob, in #auto-claims, shares Alice's answer there: only the asker may
    in_auto = await bobs_private_answer(bot.auto)
    await bot.slack.click_button(in_auto, ACTION_SHARE, value=answer_id(alices), user="bob")
    await bot.ws.wait_for(lambda: notes_to_bob(bot.auto))
    assert "Only the person who asked" in notes_to_bob(bot.auto)[0]
    await bot.settle()
    assert posted_in(bot.prop) == [] and posted_in(bot.auto) == []

    # Alice shares hers; the same signed click replayed twice posts nothing more
    for _ in range(3):
        assert (await bot.slack.click_button(alices, ACTION_SHARE, action_ts="1700000000.000300")).status == 200
    await bot.ws.wait_for(lambda: posted_in(bot.auto))
    await bot.settle(0.5)
    assert len(posted_in(bot.auto)) == 1 and posted_in(bot.prop) == []


async def test_socket_mode_accepts_work_and_clicks_by_the_same_rules(engine: Engine, tmp_path: Path) -> None:
    """One place decides what is work and journals it (bot/work.py), over HTTP and Socket Mode
    alike: a redelivered @mention is answered once, a replayed click counts once, and a click
    carrying another channel's answer is refused, over the websocket too."""
    bot = await start_bot(engine, tmp_path / "home", mode="socket")
    try:
        await bot.slack.wait_connected()
        await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
        question, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
        _, elsewhere = await bot.ask(bot.prop, f"{bot.mention} {QUESTION}")
        bob = bot.ws.user("bob").id

        redelivered = bot.slack.event_callback(bot.slack.mention_event(question))
        assert (await bot.slack.send("events_api", redelivered, retry_num=1, retry_reason="timeout")).status == 200
        for _ in range(3):
            await bot.slack.click_button(answer, ACTION_HELPFUL, user="bob", action_ts="1700000000.000400")
        await bot.slack.click_button(elsewhere, ACTION_HELPFUL, value=answer_id(answer), user="bob")
        note = (await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bob, bot.prop)))[0]
        await bot.settle(0.5)

        assert "another conversation" in text_of(note)
        assert len(bot.bot_replies(bot.auto, question.ts)) == 1
        assert [(v.user, v.helpful) for v in bot.store.votes()] == [(bob, True)]
        assert len(bot.slack.api.calls_to("chat.update")) == 1
    finally:
        await bot.running.stop()
        await bot.slack.stop()
