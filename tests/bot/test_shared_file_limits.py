"""Shared files as Slack users really name and send them: long and emoji names, a second
``invoice.txt`` for the same or another claim, long files whose reply says how far the ingest is,
and thread follow-ups about a claim that is not on file."""

from __future__ import annotations

from conftest import OTHER_TOWING_INVOICE, TOWING_INVOICE, Bot, start_bot, text_of
from docfactory import pdf_bytes

from bot.listeners import files


async def report_in(bot: Bot, shared, claim_id: str):  # type: ignore[no-untyped-def]
    """The file's reply once it is the report (it may say how far the ingest is before)."""
    found = await bot.ws.wait_for(
        lambda: [m for m in bot.bot_replies(shared.channel, shared.ts) if claim_id in text_of(m)], 60
    )
    return found[0]


async def test_a_thousand_character_name_keeps_its_extension_and_is_shown_as_given(bot: Bot) -> None:
    name = "towing invoice " + "x" * 985 + ".txt"
    _, report = await bot.share(bot.auto, name, TOWING_INVOICE)
    shown = text_of(report)
    assert "CLM-1042" in shown and "Could not" not in shown
    assert name[:200] in shown and ".txt" in shown
    question, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert "$385.00" in text_of(answer)


async def test_a_name_of_a_hundred_emoji_is_stored_and_shown(bot: Bot) -> None:
    name = "\U0001f697" * 100 + ".txt"  # 400 bytes: longer than any file system's name limit
    _, report = await bot.share(bot.auto, name, TOWING_INVOICE)
    shown = text_of(report)
    assert "CLM-1042" in shown and "Could not" not in shown and "File name too long" not in shown
    assert name in shown


async def test_a_second_invoice_for_the_same_claim_replaces_the_first_and_says_so(bot: Bot) -> None:
    await bot.share(bot.auto, "invoice.txt", TOWING_INVOICE)
    _, report = await bot.share(bot.auto, "invoice.txt", TOWING_INVOICE.replace("$385.00", "$410.00"))
    assert "This replaces the earlier version of invoice.txt for CLM-1042." in text_of(report)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    assert "$410.00" in text_of(answer) and "$385.00" not in text_of(answer)


async def test_an_invoice_of_the_same_name_for_another_claim_is_kept_beside_it(bot: Bot) -> None:
    await bot.share(bot.auto, "invoice.txt", TOWING_INVOICE)
    _, report = await bot.share(bot.auto, "invoice.txt", OTHER_TOWING_INVOICE)
    assert "CLM-2077" in text_of(report) and "replaces" not in text_of(report)
    _, first = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-1042?")
    _, second = await bot.ask(bot.auto, f"{bot.mention} what was the towing cost on CLM-2077?")
    assert "$385.00" in text_of(first) and "$240.00" in text_of(second)


async def test_a_long_file_reply_says_how_far_the_ingest_is_then_becomes_the_report(bot: Bot, monkeypatch) -> None:
    monkeypatch.setattr(files, "PROGRESS_AFTER_S", 0.0)
    monkeypatch.setattr(files, "PROGRESS_EVERY_S", 0.05)
    pages = [[f"Claim Number: CLM-5150, page {n}"] + [f"Line {i} of page {n}." for i in range(30)] for n in range(30)]
    shared = await bot.slack.share_file(bot.auto, "alice", pdf_bytes(pages), "long-report.pdf")
    report = await report_in(bot, shared, "CLM-5150")
    progress = [c.params.get("text", "") for c in bot.slack.calls
                if c.method in ("chat.postMessage", "chat.update") and "Reading long-report.pdf: " in c.params.get("text", "")]
    assert progress and any(" of 30 pages" in t or " passages" in t for t in progress)
    assert len(bot.bot_replies(bot.auto, shared.ts)) == 1  # the progress message became the report
    assert "CLM-5150" in text_of(report) and "Reading" not in text_of(report)


async def test_a_follow_up_about_a_claim_not_on_file_says_it_is_unknown(bot: Bot) -> None:
    question, first = await bot.ask(bot.prop, f"{bot.mention} what was the towing cost on CLM-9999?")
    assert "No documents for claim CLM-9999 here" in text_of(first)
    _, second = await bot.ask(bot.prop, "summarize it", thread_ts=question.ts)
    assert "No documents for claim CLM-9999 here. Claims on file: none yet." in text_of(second)
    assert "something went wrong" not in text_of(second).lower()


async def test_the_progress_of_an_ingest_in_the_engine_process_is_shown(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """As ``claimbot serve`` runs it: the engine in its own process reports through a file."""
    from bot.engine_process import EngineProcess
    from rag.config import Settings

    monkeypatch.setattr(files, "PROGRESS_AFTER_S", 0.0)
    monkeypatch.setattr(files, "PROGRESS_EVERY_S", 0.05)
    engine = EngineProcess.open(Settings(home=tmp_path / "engine"))
    bot = await start_bot(engine, tmp_path / "home")  # type: ignore[arg-type]
    try:
        pages = [[f"Claim Number: CLM-5151, page {n}"] + [f"Line {i} of page {n}." for i in range(30)] for n in range(30)]
        shared = await bot.slack.share_file(bot.auto, "alice", pdf_bytes(pages), "long-report.pdf")
        report = await report_in(bot, shared, "CLM-5151")
        progress = [c.params.get("text", "") for c in bot.slack.calls
                    if c.method in ("chat.postMessage", "chat.update") and "Reading long-report.pdf: " in c.params.get("text", "")]
        assert progress and any(" of 30 pages" in t or " passages" in t for t in progress)
        assert len(bot.bot_replies(bot.auto, shared.ts)) == 1
        assert "CLM-5151" in text_of(report)
    finally:
        await bot.running.stop()
        await bot.slack.stop()
        engine.close()
