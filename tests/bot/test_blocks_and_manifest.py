"""Slack's limits on what the bot posts, and the app manifest."""

from __future__ import annotations

import json
import re

from conftest import EVENTS, MANIFEST, ROOT, SCOPES

from bot import blocks
from bot.conversation import is_addressed, strip_mention
from bot.standin.webapi import METHOD_SCOPES, block_errors
from rag.answer import Answer, Citation
from rag.documents import ClaimMetadata, DatedEvent, LabelledAmount
from rag.errors import IngestError
from rag.records import ClaimRecord, IngestReport


def long_answer(words: int, citations: int) -> Answer:
    text = " ".join(f"fact{i} [{i % citations + 1}]" for i in range(words))
    return Answer(
        text=text,
        route="summary",
        citations=[
            Citation(n=i + 1, document=f"doc-{i}.pdf", excerpt="Towing: $385.00 " * 80, page=i + 1,
                     section="Timeline", claim_id="CLM-1042", source_url=f"https://slack.example/files/U1/F{i}/doc.pdf")
            for i in range(citations)
        ],  # fmt: skip
        searched="3 documents of CLM-1042",
    )


def test_long_answers_stay_within_slack_limits() -> None:
    for words, citations in [(10, 1), (2000, 5), (9000, 60)]:
        message = blocks.answer_message(long_answer(words, citations), answer_id="a1", ephemeral=True, question="q" * 5000)
        assert block_errors(message["blocks"]) == [], (words, citations)
        assert len(message["blocks"]) <= 50
        assert 0 < len(message["text"]) <= blocks.TEXT_MAX
        assert all(len(json.dumps(b)) < 4000 for b in message["blocks"])
    many = json.dumps(blocks.answer_message(long_answer(50, 60), answer_id="a1")["blocks"], ensure_ascii=False)
    assert all(f"[{n}]" in many for n in range(1, 61)) or "more sources" in many  # none dropped silently


def test_answer_text_is_escaped_and_citations_show_document_location_excerpt_link() -> None:
    answer = Answer(
        text="Total <b> & more [1]",
        route="needle",
        citations=[Citation(n=1, document="fnol|report.pdf", excerpt="Total Due:\n$505.00", page=2, section="Charges",
                            claim_id="CLM-1042", source_url="https://claims.slack.com/files/U1/F1/fnol.pdf")],  # fmt: skip
    )
    message = blocks.answer_message(answer, answer_id="a1")
    body = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
    assert body[0] == "Total &lt;b&gt; &amp; more [1]"
    assert body[-1] == (
        "*[1]* <https://claims.slack.com/files/U1/F1/fnol.pdf|fnol¦report.pdf> · p. 2, § Charges — _“Total Due: $505.00”_"
    )
    # the fallback is escaped too: Slack parses <...> in `text` and shows it in notifications
    assert message["text"].startswith("Total &lt;b&gt; &amp; more [1]") and "[1] fnol|report.pdf, p. 2, § Charges" in message["text"]


def test_split_text_cuts_at_paragraphs_and_keeps_everything() -> None:
    text = "\n\n".join("word " * 200 for _ in range(10))
    pieces = blocks.split_text(text)
    assert all(len(p) <= blocks.SECTION_MAX for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


def test_ingest_report_and_refusal_messages() -> None:
    report = IngestReport(
        filename="fnol.pdf", doc_id="d1", scope="C1", status="added", kind="pdf", pages=3, leaf_chunks=9,
        metadata=ClaimMetadata(
            claim_ids=["CLM-1042"], document_type="fnol", date_of_loss="2024-03-15",
            amounts=[LabelledAmount("deductible", "500.00", "Deductible: $500.00", "Deductible")],
            events=[DatedEvent("2024-03-16", "Reported on 2024-03-16", "reported")],
        ),
    )  # fmt: skip
    shown = json.dumps(blocks.ingest_report_message(report, "in <#C1>"), ensure_ascii=False)
    for fact in ("fnol.pdf", "PDF, 3 pages", "CLM-1042", "fnol", "2024-03-15", "2024-03-16 (reported)", "Deductible: $500.00"):
        assert fact in shown
    assert "Questions asked in <#C1> can now cite it." in shown  # a channel link, not escaped text
    refused = blocks.ingest_error_message(IngestError("scan.pdf", "no_text_layer"))
    assert refused["text"].startswith("Could not ingest scan.pdf") and "OCR" in refused["text"]


def test_claims_list_stays_within_limits() -> None:
    claims = [ClaimRecord(f"CLM-{i:04d}", insured=["A Person"], documents=[f"d{i}.pdf"] * 30) for i in range(900)]
    message = blocks.claims_message(claims, "in <#C1>")
    assert block_errors(message["blocks"]) == [] and len(message["text"]) <= blocks.TEXT_MAX
    assert message["blocks"][0]["text"]["text"] == "*900 claims on file in <#C1>*"
    assert len(message["blocks"]) <= 50 and "more; `/claim summary" in json.dumps(message["blocks"][-1])
    assert "No claims on file in <#C1> yet" in blocks.claims_message([], "in <#C1>")["blocks"][0]["text"]["text"]


def test_error_message_carries_the_reference() -> None:
    message = blocks.error_message("ab12cd34")
    assert "ab12cd34" in message["text"] and "`ab12cd34`" in message["blocks"][0]["text"]["text"]


def test_mentions_and_who_a_message_is_for() -> None:
    assert strip_mention("<@UBOT>  what was\nthe towing cost?", "UBOT") == "what was the towing cost?"
    assert strip_mention("<@UBOT|claimbot> hi", "UBOT") == "hi"
    never = lambda channel, ts: False  # noqa: E731
    answered = lambda channel, ts: True  # noqa: E731
    dm = {"type": "message", "channel": "D1", "channel_type": "im", "ts": "2.0", "text": "towing?"}
    assert is_addressed(dm, "UBOT", never)
    top = {"type": "message", "channel": "C1", "channel_type": "channel", "ts": "2.0", "text": "lunch?"}
    assert not is_addressed(top, "UBOT", answered)
    reply = {**top, "thread_ts": "1.0", "text": "and the storage?"}
    assert is_addressed(reply, "UBOT", answered) and not is_addressed(reply, "UBOT", never)
    assert is_addressed({**reply, "parent_user_id": "UBOT"}, "UBOT", never)  # a thread under the bot's own post
    assert not is_addressed({**reply, "text": "<@UBOB> can you call?"}, "UBOT", answered)
    assert not is_addressed({**reply, "subtype": "message_changed"}, "UBOT", answered)
    assert not is_addressed({**reply, "bot_id": "B2"}, "UBOT", answered)


# -- the manifest -----------------------------------------------------------------------------
def test_manifest_is_a_socket_mode_app_with_the_claim_command() -> None:
    info = MANIFEST["display_information"]
    assert info["name"] == "claimbot" and len(info["name"]) <= 35 and len(info["description"]) <= 140
    assert 175 <= len(info["long_description"]) <= 4000
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", info["background_color"])
    features = MANIFEST["features"]
    assert features["bot_user"]["display_name"] == "claimbot"
    assert features["app_home"]["messages_tab_enabled"] and not features["app_home"]["messages_tab_read_only_enabled"]
    [command] = features["slash_commands"]
    assert command["command"] == "/claim" and len(command["description"]) <= 100
    settings = MANIFEST["settings"]
    assert settings["socket_mode_enabled"] is True and settings["interactivity"]["is_enabled"] is True


def web_api_methods_the_bot_calls() -> set[str]:
    """``client.chat_postMessage`` in the app code -> ``chat.postMessage``."""
    app_code = [p for p in (ROOT / "bot").rglob("*.py") if not {"standin", "playground"} & set(p.parts)]
    calls = set()
    for path in app_code:
        calls |= set(re.findall(r"client\.((?:chat|reactions|conversations|files|users|views|assistant_threads)_\w+)",
                                path.read_text()))
    return {name.replace("assistant_threads_", "assistant.threads.").replace("_", ".", 1) for name in calls}


def test_manifest_asks_for_what_the_bot_uses_and_nothing_more() -> None:
    used_methods = web_api_methods_the_bot_calls()
    assert {"chat.postMessage", "reactions.add", "conversations.replies", "files.info"} <= used_methods
    needed = set()
    for method in used_methods:
        scope = METHOD_SCOPES.get(method)
        if scope is None:
            assert method.startswith("views."), method  # views.open / views.publish need no scope
            continue
        if scope == "history":
            needed |= {f"{kind}:{scope}" for kind in ("channels", "groups", "im")}
        elif scope == "read":  # conversations.members, asked only of channels beside the panel, never of DMs
            needed |= {"channels:read", "groups:read"}
        else:
            needed.add(scope)
    needed |= {"app_mentions:read", "commands", "files:read"}  # app_mention events, /claim, downloads
    assert set(SCOPES) == needed
    assert set(EVENTS) == {"app_mention", "message.channels", "message.groups", "message.im",
                           "assistant_thread_started", "assistant_thread_context_changed", "app_home_opened"}
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True and "assistant_view" in MANIFEST["features"]


# -- sources people can skim ----------------------------------------------------------------------
def ten_citation_answer() -> Answer:
    subject = "RE: FW: Rental car extension request for the insured while the vehicle is at Westside Collision.eml"
    citations = [
        Citation(n=i + 1, document=subject if i % 2 else f"estimate-{i // 3}.pdf", page=i + 1,
                 excerpt=(f"CLAIM NUMBER: CLM-1042 POLICY PA-553201\nLine item {i} .................. ${i}00.00\n"
                          f"The shop noted item {i} was approved by the adjuster on day {i}."), claim_id="CLM-1042")
        for i in range(10)
    ]  # fmt: skip
    text = " ".join(f"Line item {i} was ${i}00.00 [{i + 1}]." for i in range(10))
    retrieved = [{"id": f"n{i}", "document": f"other-{i}.pdf", "page": 1, "text": f"Uncited passage {i} ..... text"}
                 for i in range(7)]  # fmt: skip
    return Answer(text=text, route="needle", citations=citations, trace={"retrieved": retrieved})


def test_an_answer_with_ten_citations_renders_in_at_most_15_blocks_and_show_all_lists_every_passage() -> None:
    answer = ten_citation_answer()
    message = blocks.answer_message(answer, answer_id="a1")
    assert len(message["blocks"]) <= 15 and block_errors(message["blocks"]) == []
    shown = json.dumps(message["blocks"], ensure_ascii=False)
    assert all(re.search(rf"\*[^*]*\[{n}\][^*]*\*", shown) for n in range(1, 11))  # every cited source, compactly
    assert "....." not in shown  # no dot leaders
    assert "RE: FW:" not in shown and "Rental car extension" in shown  # the subject, shortened
    assert shown.count("Rental car extension") == 1  # a document named once, not on every line
    assert "CLAIM NUMBER" not in shown  # the header every excerpt repeats
    assert "Line item 3 … $300.00" not in shown  # the quote adds something: not the answer again
    assert "approved by the adjuster on day 3" in shown
    [button] = [e for b in message["blocks"] if b.get("block_id") == blocks.SOURCES_BLOCK_ID for e in b["elements"]]
    assert button["text"]["text"] == "Show all 17 sources" and button["action_id"] == blocks.ACTION_SHOW_SOURCES

    every = blocks.all_sources_message(answer)
    listed = json.dumps(every["blocks"], ensure_ascii=False)
    assert block_errors(every["blocks"]) == []
    assert all(f"*[{n}]*" in listed for n in range(1, 11))
    assert all(f"Uncited passage {i}" in listed for i in range(7))


def test_short_document_keeps_the_extension_and_clean_text_drops_leaders() -> None:
    assert blocks.short_document("Fw: Re: short.eml") == "short.eml"
    long = blocks.short_document("x" * 100 + ".pdf")
    assert len(long) <= blocks.DOCUMENT_MAX and long.endswith(".pdf")
    assert blocks.clean_text("Towing . . . . . . . $385.00") == "Towing … $385.00"


def test_citations_of_one_place_share_a_line_and_a_long_section_is_shortened() -> None:
    notes = "CLAIM FILE NOTES - CLM-1042"
    answer = Answer(
        text="Collision [1], insured Daniel Okafor [2], adjuster Priya Raman [3]; towing $385.00 [4].",
        route="summary",
        citations=[Citation(n=i + 1, document="adjuster-notes.txt", excerpt=f"line {i} of the notes", section=notes)
                   for i in range(3)]
        + [Citation(n=4, document="towing.eml", excerpt="Towing total $385.00", section="RE: FW: Claim CLM-1042 - "
                    "towing invoice BTR-20931 for Daniel Okafor, with the storage charges for the weekend")],
    )  # fmt: skip
    lines = blocks.source_lines(answer)
    assert lines[0].startswith("*[1] [2] [3]* adjuster-notes.txt · § CLAIM FILE NOTES - CLM-1042")
    assert len(lines) == 2 and "RE:" not in lines[1] and len(lines[1]) < 120
