"""The playground in a browser: what a person sees and does, end to end through the stand-in
and the real bot (signed Events API requests in, Web API calls out).

Each test opens its own page; they share one playground process (tmp home, CLM-1042 and the
workspace guidelines ingested). Screenshots: ``test-results/screenshots/``.
"""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

from playwright.sync_api import expect

DATA = Path(__file__).resolve().parents[2] / "data"

ANSWER_TIMEOUT_MS = 60_000


def thread_pane(page):  # type: ignore[no-untyped-def]
    return page.get_by_test_id("thread-pane")


def answers_in(locator):  # type: ignore[no-untyped-def]
    return locator.locator('[data-testid="message"][data-answer="true"]')


def ask(page, box_name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    box = page.get_by_role("textbox", name=box_name)
    box.click()
    box.type(text)
    box.press("Enter")
    expect(box).to_have_value("")


def test_page_looks_like_a_workspace(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("auto-claims")
    nav = page.get_by_role("navigation", name="Workspace")
    expect(nav.get_by_role("link", name="Channel auto-claims")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("link", name="Channel property-claims")).to_be_visible()
    expect(nav.get_by_role("link", name="Direct message with claimbot")).to_be_visible()
    expect(page.get_by_role("heading", name="#auto-claims", level=1)).to_be_visible()
    box = page.get_by_role("textbox", name="Message #auto-claims")
    box.click()
    box.type("/")
    hints = page.get_by_role("listbox", name="Suggestions")
    expect(hints).to_be_visible()
    expect(hints.get_by_role("option")).to_have_count(4)
    expect(hints).to_contain_text("/claim list")
    page.screenshot(path=screenshots / "00-workspace-and-claim-hint.png")
    box.press("Escape")


def test_mention_gets_a_threaded_answer_with_sources(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("auto-claims")
    ask(page, "Message #auto-claims", "@claimbot What was the towing cost on CLM-1042?")
    question = page.locator("#messages [data-testid=message]", has_text="What was the towing cost").last
    expect(question.locator(".mention")).to_have_text("@claimbot")
    pane = thread_pane(page)
    answer = answers_in(pane).last
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(answer).to_have_attribute("data-author", "claimbot")
    expect(answer).to_contain_text("385")
    expect(answer.get_by_text("Sources", exact=True)).to_be_visible()
    expect(answer).to_contain_text(re.compile(r"Sources\s*\[1\][^\n]*towing", re.I))  # the cited document, compactly
    expect(answer.locator('[data-action-id="feedback_helpful"]')).to_be_visible()
    # The parent shows the reply count, as in Slack.
    expect(question.get_by_test_id("replies-link")).to_contain_text("1 reply")
    page.screenshot(path=screenshots / "01-mention-threaded-answer.png")


def test_claim_list_is_an_ephemeral_list(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("property-claims")
    ask(page, "Message #property-claims", "/claim list")
    ephemeral = page.locator("#messages [data-testid=message][data-ephemeral-id]").last
    expect(ephemeral).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(ephemeral).to_contain_text("Only visible to you")
    expect(ephemeral).to_contain_text("claim on file")
    expect(ephemeral).to_contain_text("CLM-1042")
    page.screenshot(path=screenshots / "02-claim-list-ephemeral.png")


def test_claim_question_is_private_until_shared(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("property-claims")
    ask(page, "Message #property-claims", "/claim What is the policy number on CLM-1042?")
    ephemeral = page.locator("#messages [data-testid=message][data-ephemeral-id][data-answer=true]").last
    expect(ephemeral).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(ephemeral).to_contain_text("Only visible to you")
    share = ephemeral.locator('[data-action-id="share_answer"]')
    expect(share).to_have_class(re.compile(r"btn-primary"))
    panel = ephemeral.get_by_test_id("debug-panel")  # a private answer has its metadata too
    panel.get_by_text("How claimbot answered").click()
    expect(panel.get_by_test_id("debug-route")).to_have_text(re.compile(r"needle|lookup|summary|calculation"))
    expect(panel.get_by_test_id("debug-excerpts").locator("blockquote").first).to_contain_text("PAP-884120")
    page.screenshot(path=screenshots / "03-claim-answer-private.png")
    share.click()
    shared = page.locator("#messages [data-testid=message][data-answer=true]:not([data-ephemeral-id])").last
    expect(shared).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(shared).to_contain_text("asked")
    expect(shared).to_contain_text("PAP-884120")
    expect(page.locator("#messages [data-ephemeral-id][data-answer=true]")).to_have_count(0)
    page.screenshot(path=screenshots / "04-claim-answer-shared.png")


def test_upload_a_file_then_ask_about_it_in_its_thread(open_page, screenshots, playground):  # type: ignore[no-untyped-def]
    page = open_page("property-claims")
    path = DATA / "claims" / "CLM-2077" / "first-notice-and-policy-summary.md"
    page.get_by_label("Choose a file to share", exact=True).set_input_files(str(path))
    expect(page.get_by_test_id("channel-composer").get_by_test_id("attachment")).to_contain_text(path.name)
    page.get_by_role("textbox", name="Message #property-claims").press("Enter")
    shared = page.locator("#messages [data-testid=message][data-subtype=file_share]").last
    expect(shared.get_by_test_id("file-card")).to_contain_text(path.name)
    pane = thread_pane(page)
    report = pane.locator("[data-testid=message][data-author=claimbot]", has_text=path.name).first
    expect(report).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(report).to_contain_text("CLM-2077")
    page.screenshot(path=screenshots / "05-file-ingested-in-thread.png")

    ask(page, "Reply in thread", "@claimbot What is the deductible on CLM-2077?")
    answer = answers_in(pane).last
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(answer).to_contain_text("1,000")
    expect(answer.get_by_text("Sources", exact=True)).to_be_visible()
    expect(answer.locator(".bk-section", has_text=path.name).first).to_contain_text("[1]")
    page.screenshot(path=screenshots / "06-answer-from-uploaded-file.png")


def test_drop_a_file_to_share_it(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("claimbot")
    path = DATA / "claims" / "CLM-6120" / "policy-and-coverage-summary.md"
    drop = """([name, content, types]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, {type: "text/markdown"}));
        const pane = document.querySelector("#channel-pane");
        for (const type of types) {
            pane.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
        }
    }"""
    page.evaluate(drop, [path.name, path.read_text(), ["dragenter", "dragover"]])
    expect(page.get_by_text("Drop to share in claimbot")).to_be_visible()
    page.screenshot(path=screenshots / "07-drag-and-drop.png")
    page.evaluate(drop, [path.name, path.read_text(), ["drop"]])
    expect(page.get_by_text("Drop to share in claimbot")).to_be_hidden()
    expect(page.get_by_test_id("channel-composer").get_by_test_id("attachment")).to_contain_text(path.name)
    page.get_by_role("textbox", name="Message claimbot").press("Enter")
    report = thread_pane(page).locator("[data-testid=message][data-author=claimbot]", has_text=path.name).first
    expect(report).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(report).to_contain_text("CLM-6120")


def test_helpful_button_updates_the_answer(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("auto-claims")
    ask(page, "Message #auto-claims", "@claimbot Who is the insured on CLM-1042?")
    answer = answers_in(thread_pane(page)).last
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    meta = answer.locator('[data-block-id="answer_meta"]')
    expect(meta).to_contain_text("Was this helpful?")
    answer.locator('[data-action-id="feedback_helpful"]').click()
    # chat.update replaces the message in place: the votes show instead of the question.
    expect(meta).not_to_contain_text("Was this helpful?", timeout=ANSWER_TIMEOUT_MS)
    expect(meta.locator('[aria-label="thumbsup"]')).to_be_visible()
    expect(meta).to_contain_text("1")
    expect(answer).to_have_attribute("data-edited", "true")
    page.screenshot(path=screenshots / "08-feedback-acknowledged.png")


def test_debug_panel_shows_route_excerpts_and_timings(open_page, screenshots, playground):  # type: ignore[no-untyped-def]
    page = open_page("claimbot")
    expect(page.get_by_role("heading", name="claimbot", level=1)).to_be_visible()
    ask(page, "Message claimbot", "What is the date of loss on CLM-1042?")
    answer = answers_in(page.locator("#messages")).last  # a DM is answered at the top level
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    panel = answer.get_by_test_id("debug-panel")
    panel.get_by_text("How claimbot answered").click()
    expect(panel.get_by_test_id("debug-route")).to_have_text(re.compile(r"needle|lookup|summary|calculation"))
    expect(panel.get_by_test_id("debug-route-reason")).not_to_be_empty()
    expect(panel.get_by_test_id("debug-excerpts").locator("blockquote").first).not_to_be_empty()
    expect(panel.get_by_test_id("debug-timings")).to_contain_text("engine, total")
    expect(panel.get_by_test_id("debug-timings")).to_contain_text("event delivered")
    expect(panel.get_by_test_id("debug-source")).to_contain_text("metadata")
    panel.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "09-debug-panel.png")

    # The page's timing of the same answer: Enter pressed -> answer rendered.
    timings = page.evaluate("window.claimbotTimings")
    assert timings and timings[-1]["ms"] > 0
    with urllib.request.urlopen(f"{playground.url}/api/timings") as response:
        asked = json.load(response)["asked"]
    assert any(a["answer_ms"] for a in asked)
