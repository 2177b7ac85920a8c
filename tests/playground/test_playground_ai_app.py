"""The playground's AI-app surfaces in a browser: the assistant panel beside a channel (suggested
prompts, status, the cited answer), App Home, and the Not helpful form whose reason and comment
reach ``claimbot feedback --json``. Same playground process as the other browser tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]

ANSWER_TIMEOUT_MS = 60_000


def test_click_a_suggested_prompt_and_see_the_cited_answer_in_the_panel(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("auto-claims")
    page.get_by_role("button", name="✦ Ask claimbot").click()
    panel = page.get_by_test_id("assistant-pane")
    expect(panel).to_be_visible()
    expect(page.get_by_test_id("assistant-context")).to_have_text("Beside #auto-claims")
    prompt = panel.get_by_test_id("prompt").filter(has_text="Summarize CLM-1042")
    expect(prompt).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(page.get_by_test_id("channel-messages")).to_be_visible()  # a side view: the channel stays open
    prompt.click()
    answer = panel.locator('[data-testid="message"][data-answer="true"]').last
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(answer).to_contain_text("CLM-1042")
    expect(answer).to_contain_text("[1]")
    expect(answer).to_contain_text("Sources")
    expect(page.get_by_role("heading", name="Summarize CLM-1042", level=2)).to_be_visible()  # the thread's title
    expect(panel.get_by_test_id("prompt")).to_have_count(0)  # the prompts go once the user asked
    page.screenshot(path=screenshots / "20-assistant-panel-answer.png")


def test_open_app_home_and_see_the_claims(open_page, screenshots):  # type: ignore[no-untyped-def]
    page = open_page("auto-claims")
    page.get_by_role("link", name="claimbot Home").click()
    home = page.get_by_test_id("home-pane")
    expect(home).to_be_visible()
    expect(home).to_contain_text("Claims in reach here", timeout=ANSWER_TIMEOUT_MS)
    expect(home).to_contain_text("CLM-1042")
    expect(home).to_contain_text("How to ask")
    page.screenshot(path=screenshots / "21-app-home.png")


def test_not_helpful_with_a_reason_and_comment_reaches_claimbot_feedback(open_page, screenshots, playground):  # type: ignore[no-untyped-def]
    page = open_page("claimbot")
    box = page.get_by_role("textbox", name="Message claimbot")
    box.click()
    box.type("What was the towing cost on CLM-1042?")
    box.press("Enter")
    answer = page.locator('#messages [data-testid="message"][data-answer="true"]').last
    expect(answer).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    answer.get_by_role("button", name="Not helpful").click()
    dialog = page.get_by_role("dialog", name="What was wrong?")
    expect(dialog).to_be_visible(timeout=20_000)
    dialog.get_by_label("Wrong fact").check()
    dialog.get_by_label("Anything to add?").fill("The tow was billed twice")
    page.screenshot(path=screenshots / "22-not-helpful-form.png")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_be_hidden(timeout=20_000)
    expect(page.locator("#messages [data-ephemeral-id]", has_text="noted")).to_be_visible(timeout=20_000)

    out = subprocess.run([sys.executable, "-m", "bot.cli", "feedback", "--json", "--home", str(playground.home)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120, check=True).stdout  # fmt: skip
    rows = json.loads(out)
    said = [(r["reason"], r["comment"]) for r in rows if not r["helpful"]]
    assert ("wrong_fact", "The tow was billed twice") in said
