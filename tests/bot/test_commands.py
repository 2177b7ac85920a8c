"""/claim and the buttons: private answers, sharing them, summaries, lists, help, feedback."""

from __future__ import annotations

import json

import pytest
from conftest import TOWING_INVOICE, Bot, text_of

from bot.blocks import ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_SHARE
from bot.cli import main as claimbot
from bot.listeners.commands import parse

WC_FIRST_REPORT = """\
EMPLOYER'S FIRST REPORT OF INJURY
Claim No. WC 2025 00123
Employee: Rosa Delgado
Date of Injury: 2025-02-11
Medical bills to date: $2,340.00
"""


async def test_claim_question_is_private_with_a_share_button(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    before = len(bot.ws.history(bot.auto))

    reply = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")

    assert reply.user == bot.alice  # ephemeral: only Alice sees it
    assert "$385.00" in text_of(reply) and "[1]" in text_of(reply) and "towing-invoice.txt" in text_of(reply)
    assert len(bot.ws.history(bot.auto)) == before  # nothing posted in the channel
    buttons = [e["action_id"] for b in reply.blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == [ACTION_SHARE, ACTION_HELPFUL, ACTION_NOT_HELPFUL]


async def test_share_posts_the_answer_in_the_channel_and_removes_the_private_one(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    reply = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")

    ack = await bot.slack.click_button(reply, ACTION_SHARE)

    assert ack.status == 200
    shared = await bot.ws.wait_for(
        lambda: [m for m in bot.ws.history(bot.auto) if m.user == bot.slack.bot_id and "$385.00" in text_of(m)]
    )
    shown = text_of(shared[0])
    assert f"<@{bot.alice}> asked: _what was the towing cost on CLM-1042?_" in shown
    assert "[1]" in shown and "towing-invoice.txt" in shown
    assert ACTION_SHARE not in json.dumps(shared[0].blocks)  # the public copy has no share button
    await bot.ws.wait_for(lambda: reply.id not in bot.ws.ephemerals)


async def test_follow_up_in_the_thread_of_a_shared_answer_is_answered(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    reply = await bot.command(bot.auto, "what is the policy number on CLM-1042?")
    await bot.slack.click_button(reply, ACTION_SHARE)
    shared = (await bot.ws.wait_for(lambda: [m for m in bot.ws.history(bot.auto) if m.user == bot.slack.bot_id]))[0]

    _, answer = await bot.ask(bot.auto, "and what was the towing cost?", thread_ts=shared.ts)
    assert "$385.00" in text_of(answer)


async def test_claim_summary(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    reply = await bot.command(bot.auto, "summary CLM-1042")
    shown = text_of(reply)
    assert "CLM-1042" in shown and "[1]" in shown and "towing-invoice.txt" in shown


async def test_claim_summary_of_a_claim_number_written_with_spaces(bot: Bot) -> None:
    await bot.share(bot.auto, "wc-first-report.txt", WC_FIRST_REPORT)
    reply = await bot.command(bot.auto, "summary WC 2025 00123")
    shown = text_of(reply)
    assert "WC 2025 00123" in shown and "[1]" in shown and "wc-first-report.txt" in shown
    assert "Which claim?" not in shown
    assert parse("summary wc-2025-00123").argument == "WC-2025-00123"  # the engine matches it to the file's spelling


async def test_a_claim_number_with_spaces_alone_is_its_summary(bot: Bot) -> None:
    await bot.share(bot.auto, "wc-first-report.txt", WC_FIRST_REPORT)
    reply = await bot.command(bot.auto, "WC 2025 00123")
    shown = text_of(reply)
    assert "WC 2025 00123" in shown and "[1]" in shown and "wc-first-report.txt" in shown
    assert parse("wc 2025 00123 towing cost?").action == "ask"  # words beside the number: a question


async def test_claim_summary_of_a_claim_not_on_file_here(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    reply = await bot.command(bot.prop, "summary CLM-1042")  # filed in #auto-claims only
    assert "No documents for claim CLM-1042 here" in text_of(reply)


async def test_claim_list(bot: Bot) -> None:
    empty = await bot.command(bot.auto, "list")
    assert "No claims on file" in text_of(empty)
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    listed = await bot.command(bot.auto, "list")
    assert "*CLM-1042*" in text_of(listed) and "Jane Doe" in text_of(listed) and "towing-invoice.txt" in text_of(listed)
    elsewhere = await bot.command(bot.prop, "list")
    assert "CLM-1042" not in text_of(elsewhere)


@pytest.mark.parametrize("text", ["help", "", "frobnicate", "sumary CLM-1042"])
async def test_help_unknown_subcommands_and_empty_text_get_the_help(bot: Bot, text: str) -> None:
    reply = await bot.command(bot.auto, text)
    shown = text_of(reply)
    assert "/claim summary CLM-1042" in shown and "/claim list" in shown
    if text == "sumary CLM-1042":
        assert "Did you mean /claim summary?" in shown


def test_parse_tells_questions_from_subcommands() -> None:
    assert parse("what was the towing cost?").action == "ask"
    assert parse("summary clm-1042") == parse("summary CLM-1042") == parse("CLM-1042")
    assert parse("summary CLM-1042").argument == "CLM-1042"
    assert parse("summary").action == "help" and "Which claim" in (parse("summary").note or "")
    assert parse("list").action == "list" and parse("  HELP ").action == "help"
    assert parse("help me find the towing invoice").action == "ask"


async def test_feedback_votes_are_stored_counted_and_listed(bot: Bot, capsys: pytest.CaptureFixture[str]) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")

    await bot.slack.click_button(answer, ACTION_HELPFUL, user="alice")
    await bot.ws.wait_for(lambda: ":thumbsup: 1" in text_of(bot.ws.messages[(answer.channel, answer.ts)]))
    await bot.slack.click_button(bot.ws.messages[(answer.channel, answer.ts)], ACTION_NOT_HELPFUL, user="bob")
    updated = await bot.ws.wait_for(
        lambda: ":thumbsdown: 1" in text_of(bot.ws.messages[(answer.channel, answer.ts)])
        and bot.ws.messages[(answer.channel, answer.ts)]
    )
    assert ":thumbsup: 1  :thumbsdown: 1" in text_of(updated)
    assert "$385.00" in text_of(updated)  # still the answer, buttons and all
    assert bot.slack.api.calls_to("chat.update")

    votes = bot.store.votes()
    assert {(v.user, v.helpful) for v in votes} == {(bot.alice, True), (bot.ws.user("bob").id, False)}
    assert votes[0].question == "what was the towing cost on CLM-1042?"
    assert votes[0].answer.citations[0].document == "towing-invoice.txt"

    assert claimbot(["feedback", "--home", str(bot.settings.home)]) == 0
    listed = capsys.readouterr().out
    assert "2 votes: 1 helpful, 1 not helpful" in listed
    assert "Q: what was the towing cost on CLM-1042?" in listed and "[1] towing-invoice.txt" in listed
    assert claimbot(["feedback", "--json", "--home", str(bot.settings.home)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["helpful"] for r in rows} == {True, False} and rows[0]["citations"][0]["excerpt"]


async def test_feedback_on_a_private_answer_updates_it_in_place(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    reply = await bot.command(bot.auto, "what was the towing cost on CLM-1042?")
    await bot.slack.click_button(reply, ACTION_HELPFUL)
    await bot.ws.wait_for(lambda: ":thumbsup: 1" in text_of(bot.ws.ephemerals[reply.id]))
    assert ACTION_SHARE in json.dumps(bot.ws.ephemerals[reply.id].blocks)  # still shareable
    assert [(v.user, v.helpful) for v in bot.store.votes()] == [(bot.alice, True)]
