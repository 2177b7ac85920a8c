"""claimbot as a Slack AI app, over Slack's protocol (signed events to the bot's real endpoint,
the stand-in's Web API): the assistant panel, status lines, App Home, Show all sources, the Not
helpful form and its feedback, and the answers to greetings and help on every surface."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import OTHER_TOWING_INVOICE, ROOF_ESTIMATE, TOWING_INVOICE, Bot, text_of

from bot import blocks
from bot.cli import main as claimbot
from bot.journal import RESUME_WITHIN_S, resume_unfinished
from bot.standin import Message
from bot.store import SCHEMA_VERSION, BotStore

GONE = "4194399:gone"
QUESTION = "What was the towing cost on CLM-1042?"
NOTES = """\
ADJUSTER NOTES
Claim Number: CLM-1042

Day 1: Spoke with the insured. The vehicle was towed from the highway to the body shop.
Day 2: The tow yard released the vehicle after the storage fee was paid.
Day 3: Rental car authorised for ten days while repairs are made.
"""


async def panel_answer(bot: Bot, thread_ts: str, count: int = 2, timeout: float = 20) -> Message:
    """The bot's ``count``-th message in the panel thread (the greeting is the first)."""
    found = await bot.ws.wait_for(lambda: bot.bot_replies(bot.dm, thread_ts)[count - 1:], timeout)
    return found[0]


async def test_a_new_assistant_thread_gets_a_greeting_and_prompts_from_the_claims_beside_it(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    thread = await bot.slack.open_assistant("alice", beside="auto-claims")
    greeting = await panel_answer(bot, thread.thread_ts, count=1)
    assert "1 claim" in text_of(greeting)
    await bot.ws.wait_for(lambda: thread.prompts)
    titles = [p["title"] for p in thread.prompts]
    assert "Summarize CLM-1042" in titles and "Which claims do you know?" in titles and len(titles) <= 4
    assert bot.store.thread_context(bot.dm, thread.thread_ts)["channel_id"] == bot.auto


async def test_a_panel_question_gets_a_status_then_the_cited_answer_from_the_channel_beside(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(bot.prop, "towing-invoice.txt", OTHER_TOWING_INVOICE.replace("CLM-2077", "CLM-1042"))
    thread = await bot.slack.open_assistant("alice", beside="auto-claims")
    await panel_answer(bot, thread.thread_ts, count=1)
    question = await bot.slack.post_user_message(bot.dm, "alice", QUESTION, thread_ts=thread.thread_ts)
    answer = await panel_answer(bot, thread.thread_ts)

    shown = text_of(answer)
    assert "$385.00" in shown and "$240.00" not in shown and "[1]" in shown and "towing-invoice.txt" in shown
    assert answer.thread_ts == thread.thread_ts
    statuses = [s for c, t, s in bot.ws.status_log if (c, t) == (bot.dm, thread.thread_ts)]
    assert statuses and statuses[0] == "is reading CLM-1042's 1 file..."  # a status, before the answer...
    status_call = next(i for i, c in enumerate(bot.slack.calls) if c.method == "assistant.threads.setStatus")
    answer_call = max(i for i, c in enumerate(bot.slack.calls) if c.method == "chat.postMessage"
                      and c.params.get("thread_ts") == thread.thread_ts)  # fmt: skip
    assert status_call < answer_call
    assert (bot.dm, thread.thread_ts) not in bot.ws.statuses  # ...cleared by the answer
    assert thread.title == QUESTION  # the thread's title: its first question
    assert bot.store.unfinished() == [] and question.ts  # journaled, and done

    # The user moves to #property-claims: the same question now reads that channel's invoice only.
    await bot.slack.change_assistant_context(thread, "property-claims")
    await bot.ws.wait_for(lambda: bot.store.thread_context(bot.dm, thread.thread_ts)["channel_id"] == bot.prop)
    await bot.slack.post_user_message(bot.dm, "alice", QUESTION, thread_ts=thread.thread_ts)
    moved = await panel_answer(bot, thread.thread_ts, count=3)
    assert "$240.00" in text_of(moved) and "$385.00" not in text_of(moved)


async def test_beside_a_channel_without_the_file_nothing_comes_from_the_other_channel(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    thread = await bot.slack.open_assistant("alice", beside="property-claims")
    await panel_answer(bot, thread.thread_ts, count=1)
    await bot.slack.post_user_message(bot.dm, "alice", QUESTION, thread_ts=thread.thread_ts)
    answer = await panel_answer(bot, thread.thread_ts)
    assert "$385.00" not in text_of(answer) and "towing-invoice.txt" not in text_of(answer)
    payload = (bot.ws.message_to_api(answer, include_metadata=True).get("metadata") or {}).get("event_payload", {})
    assert payload.get("citations", []) == []


async def test_beside_a_private_channel_only_its_members_read_its_files(bot: Bot) -> None:
    tag = bot.auto.removeprefix("C0AUTOCLMS")
    members = [bot.alice, bot.ws.user("bob").id, bot.ws.bot.id]
    legal = bot.ws.add_channel(f"G0LEGAL{tag}", "claims-legal", members=members, is_private=True)
    siu = bot.ws.add_channel(f"G0SIUINV{tag}", "claims-siu", members=members, is_private=True)
    await bot.share(legal.id, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(siu.id, "roof-estimate.txt", ROOF_ESTIMATE)
    siu.members.discard(bot.alice)  # Alice left #claims-siu after sharing there

    member = await bot.slack.open_assistant("alice", beside="claims-legal")
    assert "1 claim" in text_of(await panel_answer(bot, member.thread_ts, count=1))
    await bot.slack.post_user_message(bot.dm, "alice", QUESTION, thread_ts=member.thread_ts)
    assert "$385.00" in text_of(await panel_answer(bot, member.thread_ts))

    former = await bot.slack.open_assistant("alice", beside="claims-siu")
    greeting = await panel_answer(bot, former.thread_ts, count=1)
    await bot.ws.wait_for(lambda: former.prompts)
    assert "CLM-3105" not in json.dumps([p["title"] for p in former.prompts]) and "1 claim" not in text_of(greeting)
    await bot.slack.post_user_message(bot.dm, "alice", "Summarize CLM-3105", thread_ts=former.thread_ts)
    answer = await panel_answer(bot, former.thread_ts)
    assert "roof-estimate.txt" not in text_of(answer) and "Sources" not in text_of(answer)
    assert bot.slack.api.calls_to("conversations.members")  # asked of Slack, not assumed


async def test_a_panel_question_accepted_before_a_crash_is_answered_once_after_the_restart(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    thread = await bot.slack.open_assistant("alice", beside="auto-claims")
    await panel_answer(bot, thread.thread_ts, count=1)
    asked = bot.ws.post(bot.dm, bot.alice, QUESTION, thread_ts=thread.thread_ts)  # in Slack; the bot died on it
    body = bot.slack.event_callback(bot.slack.message_event(asked))
    dead = BotStore.open(bot.settings.home)
    dead.owner = GONE
    assert dead.accept(f"message:{bot.dm}:{asked.ts}", "message", body, expires_in=RESUME_WITHIN_S)

    done = await resume_unfinished(bot.app, bot.store)
    assert done.resumed == [f"message:{bot.dm}:{asked.ts}"]
    answer = await panel_answer(bot, thread.thread_ts, count=3)  # greeting, "sorry for the delay", answer
    assert "$385.00" in text_of(answer)
    await bot.slack.send("events_api", body, retry_num=1, retry_reason="http_timeout")
    await bot.settle(1.0)
    assert len(bot.bot_replies(bot.dm, thread.thread_ts)) == 3


async def test_in_channels_the_status_line_shows_and_the_reaction_is_the_fallback(bot: Bot, monkeypatch) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    real_ask = bot.engine.ask

    def slow_ask(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(bot.engine, "ask", slow_ask)
    question = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} {QUESTION}")
    await bot.ws.wait_for(lambda: bot.ws.statuses.get((bot.auto, question.ts)))
    assert bot.bot_replies(bot.auto, question.ts) == [] and not bot.ws.messages[(bot.auto, question.ts)].reactions
    await bot.reply_to(question)
    assert (bot.auto, question.ts) not in bot.ws.statuses  # cleared by the answer in the thread

    bot.slack.api.status_everywhere = False  # Slack before March 2026: assistant threads only
    second = await bot.slack.post_user_message(bot.auto, "alice", f"{bot.mention} {QUESTION}")
    reactions = await bot.ws.wait_for(lambda: bot.ws.messages[(bot.auto, second.ts)].reactions)
    assert reactions == {"eyes": [bot.slack.bot_id]}
    await bot.reply_to(second)


async def test_show_all_sources_opens_every_passage_privately_and_only_in_its_channel(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(bot.auto, "adjuster-notes.txt", NOTES)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    assert blocks.ACTION_SHOW_SOURCES in json.dumps(answer.blocks)
    await bot.slack.click_button(answer, blocks.ACTION_SHOW_SOURCES, user="alice")
    [shown] = await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bot.alice, bot.auto))
    assert "towing-invoice.txt" in text_of(shown) and "adjuster-notes.txt" in text_of(shown)
    assert "Also found, not cited" in text_of(shown) and "$385.00" in text_of(shown)

    # The same answer id clicked from another channel: refused, nothing of its sources shown.
    _, other = await bot.ask(bot.prop, f"{bot.mention} hello")
    forged = Message(bot.prop, other.ts, other.user, blocks=answer.blocks)
    bot.ws.messages[(bot.prop, other.ts)] = forged
    await bot.slack.click_button(forged, blocks.ACTION_SHOW_SOURCES, user="alice")
    [refused] = await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bot.alice, bot.prop))
    assert "another conversation" in text_of(refused) and "$385.00" not in text_of(refused)


async def test_not_helpful_asks_what_was_wrong_and_feedback_shows_it(
    bot: Bot, capsys: pytest.CaptureFixture[str]
) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    await bot.slack.click_button(answer, blocks.ACTION_NOT_HELPFUL, user="alice")
    [modal] = await bot.ws.wait_for(lambda: [v for v in bot.ws.views.values() if v.user == bot.alice])
    assert modal.view["callback_id"] == blocks.FEEDBACK_CALLBACK_ID
    assert "Wrong fact" in json.dumps(modal.view)
    reason = {"type": "radio_buttons", "selected_option": {"value": "wrong_fact"}}
    comment = {"type": "plain_text_input", "value": "The tow was $410, see the revised invoice"}
    ack = await bot.slack.submit_view(modal.id, {
        blocks.FEEDBACK_REASON_BLOCK: {blocks.FEEDBACK_REASON_ACTION: reason},
        blocks.FEEDBACK_COMMENT_BLOCK: {blocks.FEEDBACK_COMMENT_ACTION: comment},
    })  # fmt: skip
    assert ack.status == 200 and modal.closed
    thanks = await bot.ws.wait_for(lambda: [e for e in bot.ws.ephemerals_for(bot.alice, bot.auto) if "noted" in e.text])
    assert thanks
    await bot.ws.wait_for(lambda: ":thumbsdown: 1" in text_of(bot.ws.messages[(answer.channel, answer.ts)]))

    assert claimbot(["feedback", "--json", "--home", str(bot.settings.home)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["helpful"] is False and row["reason"] == "wrong_fact"
    assert row["comment"] == "The tow was $410, see the revised invoice"
    assert claimbot(["feedback", "--home", str(bot.settings.home)]) == 0
    assert "Why: Wrong fact: The tow was $410, see the revised invoice" in capsys.readouterr().out


async def test_helpful_gets_a_quiet_thank_you(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    await bot.slack.click_button(answer, blocks.ACTION_HELPFUL, user="alice")
    [thanks] = await bot.ws.wait_for(lambda: bot.ws.ephemerals_for(bot.alice, bot.auto))
    assert "glad it helped" in thanks.text


async def test_app_home_shows_the_claims_in_reach_and_the_last_questions(bot: Bot) -> None:
    await bot.share(bot.dm, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(bot.prop, "roof-estimate.txt", ROOF_ESTIMATE)  # another channel's: not in reach of the DM
    await bot.ask(bot.auto, f"{bot.mention} {QUESTION}")
    await bot.slack.open_home("alice")
    home = await bot.ws.wait_for(lambda: bot.ws.home_views.get(bot.alice))
    shown = json.dumps(home.view, ensure_ascii=False)
    assert "CLM-1042" in shown and "CLM-3105" not in shown
    assert "How to ask" in shown and QUESTION in shown
    assert f"/archives/{bot.auto}/p" in shown  # a link to the question's thread


@pytest.mark.parametrize("text", ["hi", "what can you do?", "thanks!"])
async def test_greetings_and_help_get_help_not_a_claim_line_on_every_surface(bot: Bot, text: str) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, mention = await bot.ask(bot.auto, f"{bot.mention} {text}")
    private = await bot.command(bot.auto, text)
    dm = await bot.slack.post_user_message(bot.dm, "alice", text)
    [in_dm] = await bot.ws.wait_for(lambda: [m for m in bot.ws.history(bot.dm) if m.user == bot.slack.bot_id])
    for reply in (mention, private, in_dm):
        assert "$385.00" not in text_of(reply) and "Sources" not in text_of(reply)
        assert blocks.ACTION_NOT_HELPFUL not in json.dumps(reply.blocks)
    assert dm.ts


async def test_what_claims_do_you_know_lists_them_in_the_panel(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    await bot.share(bot.dm, "roof-estimate.txt", ROOF_ESTIMATE)
    thread = await bot.slack.open_assistant("alice", beside="auto-claims")
    await panel_answer(bot, thread.thread_ts, count=1)
    await bot.slack.post_user_message(bot.dm, "alice", "What claims do you know?", thread_ts=thread.thread_ts)
    answer = await panel_answer(bot, thread.thread_ts)
    assert "CLM-1042" in text_of(answer) and "CLM-3105" in text_of(answer)


def test_a_store_from_the_earlier_version_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "slack.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE answers (id TEXT PRIMARY KEY, created_at REAL NOT NULL, channel TEXT NOT NULL, thread_ts TEXT,
                              user TEXT, question TEXT NOT NULL, answer TEXT NOT NULL);
        CREATE TABLE votes (answer_id TEXT NOT NULL REFERENCES answers (id), user TEXT NOT NULL,
                            helpful INTEGER NOT NULL, voted_at REAL NOT NULL, PRIMARY KEY (answer_id, user));
        INSERT INTO answers VALUES ('a1', 1700000000, 'C1', '1700000000.000100', 'U1', 'towing?',
                                    '{"answer": "$385.00 [1]", "route": "needle", "citations": []}');
        INSERT INTO votes VALUES ('a1', 'U2', 0, 1700000100);
        """
    )
    old.commit()
    old.close()

    store = BotStore(path)
    assert store.schema_version == SCHEMA_VERSION
    [vote] = store.votes()
    assert vote.question == "towing?" and vote.helpful is False and vote.reason is None  # kept
    store.explain_vote("a1", "U2", "missing", "no storage fee")
    assert [(v.reason, v.comment) for v in store.votes()] == [("missing", "no storage fee")]
    store.close()
    assert BotStore(path).schema_version == SCHEMA_VERSION  # opened again: nothing to do
