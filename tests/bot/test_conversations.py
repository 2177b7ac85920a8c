"""What adjusters see in channels and DMs: mentions, threads, follow-ups, file sharing, scopes."""

from __future__ import annotations

import time

from conftest import OTHER_TOWING_INVOICE, ROOF_ESTIMATE, TOWING_INVOICE, WORKSPACE_GUIDELINE, Bot, text_of

from bot import assistant
from bot.blocks import ACTION_HELPFUL, ACTION_NOT_HELPFUL
from rag.records import WORKSPACE


async def test_mention_is_answered_in_its_thread_with_citations(bot: Bot) -> None:
    shared, _ = await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")

    assert answer.thread_ts == question.ts  # in the question's thread, not the channel
    assert question.thread_ts == question.ts and not [m for m in bot.ws.history(bot.auto) if m.user == bot.slack.bot_id]
    shown = text_of(answer)
    assert "$385.00" in shown and "[1]" in shown
    assert "*Sources*" in shown
    file = bot.ws.files[shared.files[0]]
    permalink = file.to_api(bot.ws.base_url, bot.ws.team_id)["permalink"]
    assert f"<{permalink}|towing-invoice.txt>" in shown  # the Slack file, linked
    sources = shown.split("*Sources*")[1]
    assert "*[1]*" in sources  # the source, compactly...
    assert "Towing: $385.00" not in sources  # ...and no quote that repeats the answer
    assert "$385.00" in answer.text and "[1] towing-invoice.txt" in answer.text  # plain-text fallback
    buttons = [e["action_id"] for b in answer.blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == [ACTION_HELPFUL, ACTION_NOT_HELPFUL]


async def test_the_user_sees_the_bot_working_then_the_reaction_goes(bot: Bot, monkeypatch) -> None:
    bot.slack.api.status_everywhere = False  # where Slack refuses a status line, the reaction says it
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    real_ask = bot.engine.ask

    def slow_ask(*args, **kwargs):
        time.sleep(1.0)
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(bot.engine, "ask", slow_ask)
    question = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} what was the towing cost on CLM-1042?")
    reactions = await bot.ws.wait_for(lambda: bot.ws.messages[(question.channel, question.ts)].reactions)
    assert reactions == {"eyes": [bot.slack.bot_id]} and bot.bot_replies(bot.auto, question.ts) == []
    answer = await bot.reply_to(question)  # the answer, and the reaction gone
    assert "$385.00" in text_of(answer) and bot.ws.messages[(question.channel, question.ts)].reactions == {}


async def test_a_quick_answer_needs_no_working_sign(bot: Bot, monkeypatch) -> None:
    monkeypatch.setattr(assistant, "WORKING_DELAY_S", 30.0)  # "quick" whatever the machine's load
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    calls_before = len(bot.slack.calls)
    await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert not [c for c in bot.slack.calls[calls_before:] if c.method.startswith("reactions.")]


async def test_in_a_burst_the_working_sign_stays_within_slacks_rate_limit(bot: Bot, monkeypatch) -> None:
    per_minute = assistant.Budget(2)
    assert [per_minute.take() for _ in range(3)] == [True, True, False]
    bot.slack.api.status_everywhere = False  # where Slack refuses a status line, the reaction says it
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)  # (its ingest may show the sign too)
    monkeypatch.setattr(assistant.Budget, "take", budget_of(2))  # the bot's: 2 reactions, then none
    real_ask = bot.engine.ask

    def slow_ask(*args, **kwargs):
        time.sleep(0.5)
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(bot.engine, "ask", slow_ask)
    calls_before = len(bot.slack.calls)
    questions = [await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} what was the towing cost on CLM-1042?")
                 for _ in range(4)]  # fmt: skip
    answers = [await bot.reply_to(q, timeout=30) for q in questions]
    assert all("$385.00" in text_of(a) for a in answers)  # every question answered...
    adds = [c for c in bot.slack.calls[calls_before:] if c.method == "reactions.add"]
    removes = [c for c in bot.slack.calls[calls_before:] if c.method == "reactions.remove"]
    assert len(adds) == 2 and len(removes) == 2  # ...the sign only as far as the budget goes
    assert all(not bot.ws.messages[(q.channel, q.ts)].reactions for q in questions)


def budget_of(n: int):
    """A :meth:`bot.assistant.Budget.take` that allows ``n`` uses in all."""
    used = []

    def take(self) -> bool:
        used.append(1)
        return len(used) <= n

    return take


async def test_a_mention_delivered_as_app_mention_and_message_is_answered_once(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, _ = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    labels = [a.label for a in bot.slack.acks if a.label in ("message", "app_mention")]
    assert "app_mention" in labels and "message" in labels  # both were delivered
    await bot.settle()
    assert len(bot.bot_replies(bot.auto, question.ts)) == 1


async def test_follow_up_in_the_thread_needs_no_mention_and_uses_the_thread(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(bot.auto, "towing-2077.txt", OTHER_TOWING_INVOICE)  # "the towing cost" is ambiguous here
    question, first = await bot.ask(bot.auto, f"{bot.mention} what is the policy number on CLM-1042?")
    assert "PA-553201" in text_of(first)

    follow_up, second = await bot.ask(bot.auto, "and what was the towing cost?", thread_ts=question.ts)

    assert second.thread_ts == question.ts
    assert "$385.00" in text_of(second) and "[1]" in text_of(second)
    assert "$240.00" not in text_of(second)  # the thread was about CLM-1042
    replies_calls = [c for c in bot.slack.calls if c.method == "conversations.replies"]
    assert replies_calls and replies_calls[-1].params["ts"] == question.ts
    assert bot.ws.messages[(follow_up.channel, follow_up.ts)].reactions == {}


async def test_channel_chatter_and_messages_for_someone_else_are_left_alone(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    question, _ = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    bob = bot.ws.user("bob").id
    chatter = await bot.slack.post_user_message(bot.auto, "alice", "lunch at noon?")
    aside = await bot.slack.post_user_message(bot.auto, "alice", f"<@{bob}> can you call the shop?", thread_ts=question.ts)
    await bot.settle()
    assert bot.bot_replies(bot.auto, chatter.ts) == []
    assert [m.ts for m in bot.bot_replies(bot.auto, question.ts)] < [aside.ts]  # no reply after the aside
    assert len(bot.bot_replies(bot.auto, question.ts)) == 1


async def test_direct_message_is_answered_in_the_dm(bot: Bot) -> None:
    shared, report = await bot.share(bot.dm, "towing-invoice.txt", TOWING_INVOICE)
    assert report.thread_ts == shared.ts and "CLM-1042" in text_of(report)

    question = await bot.slack.post_user_message(bot.dm, "alice", "what was the towing cost on CLM-1042?")
    answer = await bot.ws.wait_for(
        lambda: [m for m in bot.ws.history(bot.dm) if m.user == bot.slack.bot_id and float(m.ts) > float(question.ts)]
    )
    assert "$385.00" in text_of(answer[0]) and "[1]" in text_of(answer[0])
    assert answer[0].thread_ts is None  # a DM conversation, not a thread

    follow_up = await bot.slack.post_user_message(bot.dm, "alice", "and the storage?")
    later = await bot.ws.wait_for(
        lambda: [m for m in bot.ws.history(bot.dm) if m.user == bot.slack.bot_id and float(m.ts) > float(follow_up.ts)]
    )
    assert "$120.00" in text_of(later[0])


async def test_shared_file_is_ingested_reported_and_then_answered_from(bot: Bot) -> None:
    shared, report = await bot.share(bot.auto, "roof-estimate.txt", ROOF_ESTIMATE)

    assert report.thread_ts == shared.ts  # in the file's thread
    shown = text_of(report)
    assert "roof-estimate.txt" in shown and "CLM-3105" in shown
    assert "estimate" in shown.lower() and "$14,850.00" in shown and "2024-06-02" in shown
    downloads = bot.slack.api.calls_to("files.download")
    assert downloads and downloads[-1].error is None  # fetched with the bot token

    question, answer = await bot.ask(bot.auto, f"{bot.mention} what is the estimate total on CLM-3105?")
    assert "$14,850.00" in text_of(answer) and "roof-estimate.txt" in text_of(answer)


async def test_a_shared_narrative_is_reported_with_its_parties_and_the_amounts_it_states(bot: Bot) -> None:
    note = (
        "Loss report - claim HO-2026-5531\n"
        "Insured: Marta Lindqvist\n"
        "Assigned adjuster: Teodor Bramwell\n\n"
        "On October 2, 2026 a pan fire spread to the upper cabinets. The contractor's estimate "
        "came to $12,400.00 and the policy carries a deductible of $1,000.\n"
    )
    _, report = await bot.share(bot.auto, "lindqvist-loss.txt", note.encode())
    shown = text_of(report)
    assert "HO-2026-5531" in shown
    assert "insured Marta Lindqvist" in shown and "adjuster Teodor Bramwell" in shown
    amounts = next(line for line in shown.splitlines() if line.startswith("*Amounts:*"))
    assert "estimate came: $12,400.00" in amounts and "deductible: $1,000.00" in amounts  # said in prose, labelled


async def test_a_file_shared_with_only_its_id_is_looked_up_with_files_info(bot: Bot) -> None:
    _, report = await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE, check_file_info=True)
    assert "CLM-1042" in text_of(report)
    assert bot.slack.api.calls_to("files.info")


async def test_documents_stay_in_their_channel_and_workspace_material_is_everywhere(bot: Bot, engine, tmp_path) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    guideline = tmp_path / "rental-guideline.txt"
    guideline.write_text(WORKSPACE_GUIDELINE)
    engine.ingest_file(guideline, scope=WORKSPACE, display_name=f"rental-guideline-{bot.auto}.txt")

    _, here = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    _, there = await bot.ask(bot.prop, f"{bot.mention} what was the towing cost on CLM-1042?")

    assert "$385.00" in text_of(here)
    assert "$385.00" not in text_of(there) and "towing-invoice.txt" not in text_of(there)
    for channel in (bot.auto, bot.prop):
        _, answer = await bot.ask(channel, f"{bot.mention} what is the daily rental limit in the claims handling guideline?")
        assert "$45.00" in text_of(answer) and "rental-guideline" in text_of(answer)


async def test_a_bare_mention_gets_the_help_text(bot: Bot) -> None:
    _, reply = await bot.ask(bot.auto, bot.mention)
    assert "/claim summary" in text_of(reply)
