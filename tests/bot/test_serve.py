"""``claimbot serve`` as users run it, and the engine process it answers from."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import OTHER_TOWING_INVOICE, ROOF_ESTIMATE, ROOT, TOWING_INVOICE, text_of, wait_healthy
from ports import free_port

from bot.engine_process import EngineCrashed, EngineProcess
from bot.standin import SlackStandIn, Workspace
from rag.config import Settings
from rag.errors import IngestError, UnknownClaimError


def serve(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMBOT_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", *args],
        cwd=ROOT, env={**clean, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def test_serve_says_which_settings_are_missing(tmp_path: Path) -> None:
    proc = serve({"CLAIMBOT_HOME": str(tmp_path)})
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "SLACK_BOT_TOKEN" in out and "SLACK_SIGNING_SECRET" in out and "SLACK_APP_TOKEN" in out


async def test_serve_refuses_a_token_slack_refuses(tmp_path: Path) -> None:
    async with SlackStandIn(Workspace.default()) as slack:
        env = {"SLACK_BOT_TOKEN": "xoxb-revoked", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": slack.api_url,
               "CLAIMBOT_HOME": str(tmp_path)}  # fmt: skip
        proc = serve(env)
        out, _ = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 2 and "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in out
    assert "xoxb-revoked" not in out


async def test_claimbot_serve_answers_over_http_from_its_engine_process(tmp_path: Path) -> None:
    async with SlackStandIn(Workspace.default()) as slack:
        port = free_port()
        proc = serve(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": slack.signing_secret,
                "SLACK_API_URL": slack.api_url,
                "CLAIMBOT_HOME": str(tmp_path / "home"),
            },
            "--host", "127.0.0.1", "--port", str(port),
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            await wait_healthy(port, proc)
            slack.request_url = f"{base}/slack/events"
            ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id

            shared = await slack.share_file(channel, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt")
            report = (await ws.wait_for(lambda: ws.replies(channel, shared.ts, by=slack.bot_id), 30))[0]
            assert "CLM-1042" in text_of(report)
            broken = await slack.share_file(channel, "alice", b"%PDF-1.7\n\x00garbage", "broken.pdf")
            refusal = (await ws.wait_for(lambda: ws.replies(channel, broken.ts, by=slack.bot_id), 30))[0]
            assert "Could not ingest broken.pdf" in text_of(refusal)

            question = await slack.post_user_message(channel, "alice", f"<@{slack.bot_id}> what was the towing cost on CLM-1042?")
            answer = (await ws.wait_for(lambda: ws.replies(channel, question.ts, by=slack.bot_id), 30))[0]
            assert "$385.00" in text_of(answer) and "[1]" in text_of(answer)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    assert "shutting down" in out and slack.bot_token not in out and "Towing: $385.00" not in out


@pytest.fixture(scope="module")
def engine_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    engine = EngineProcess.open(Settings(home=tmp_path_factory.mktemp("engine-process")))
    yield engine
    engine.close()


def test_engine_process_keeps_the_engine_api_and_its_errors(engine_process: EngineProcess, tmp_path: Path) -> None:
    invoice = tmp_path / "towing-invoice.txt"
    invoice.write_text(TOWING_INVOICE)
    report = engine_process.ingest_file(invoice, scope="C1", display_name="towing-invoice.txt")
    assert report.claim_id == "CLM-1042" and report.metadata.amounts

    answer = engine_process.ask("what was the towing cost on CLM-1042?", scope="C1")
    assert "$385.00" in answer.text and answer.citations[0].document == "towing-invoice.txt"
    assert [c.claim_id for c in engine_process.claims(scope="C1")] == ["CLM-1042"]

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError) as refused:
        engine_process.ingest_file(empty, scope="C1")
    assert refused.value.reason == "empty" and str(refused.value).startswith("Could not ingest empty.txt")
    with pytest.raises(UnknownClaimError) as unknown:
        engine_process.summarize_claim("CLM-9999", scope="C1")
    assert unknown.value.known == ["CLM-1042"]


def test_engine_process_comes_back_after_a_crash(engine_process: EngineProcess) -> None:
    pid = engine_process.pid()
    assert pid
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EngineCrashed):
        engine_process.ask("what was the towing cost on CLM-1042?", scope="C1")
    answer = engine_process.ask("what was the towing cost on CLM-1042?", scope="C1")  # a new child, same store
    assert "$385.00" in answer.text and engine_process.pid() != pid


async def test_engine_process_calls_are_awaited_with_the_engine_errors(engine_process: EngineProcess) -> None:
    """What the bot's event loop uses: no thread waits for the child."""
    answer = await engine_process.call("ask", "what was the towing cost on CLM-1042?", scope="C1")
    assert "$385.00" in answer.text
    with pytest.raises(UnknownClaimError):
        await engine_process.call("summarize_claim", "CLM-9999", scope="C1")
    pid = engine_process.pid()
    os.kill(pid, signal.SIGKILL)  # type: ignore[arg-type]
    with pytest.raises(EngineCrashed):
        await engine_process.call("stats")
    assert (await engine_process.call("stats"))["documents"] >= 1 and engine_process.pid() != pid


async def test_a_question_is_answered_while_a_large_file_is_being_ingested(
    engine_process: EngineProcess, tmp_path: Path
) -> None:
    """The engine process reads and embeds a file on a thread of its own: another channel's
    question does not wait for it (issue 7, item 6). Ordered, not timed: the answer comes back
    while the ingest is still running."""
    big = tmp_path / "storm-survey.txt"
    big.write_text("CLAIM NUMBER: CLM-8800\n\n" + "\n\n".join(
        f"Room {i}: the surveyor measured water lines of {i % 40} inches on wall {i % 7} and noted"
        f" drywall, baseboard and insulation loss in bay {i}." for i in range(1500)
    ))
    await engine_process.call("ask", "what was the towing cost on CLM-1042?", scope="C1")  # a warm child
    ingest = asyncio.ensure_future(engine_process.call("ingest_file", big, scope="C2", display_name=big.name))
    await asyncio.sleep(1.0)  # the child has started on the file
    answer = await engine_process.call("ask", "what was the towing cost on CLM-1042?", scope="C1")
    assert "$385.00" in answer.text
    assert not ingest.done(), "the question waited for the ingest"
    report = await ingest
    assert report.claim_id == "CLM-8800"


async def test_an_ingest_in_a_child_that_dies_fails_with_engine_crashed(
    engine_process: EngineProcess, tmp_path: Path
) -> None:
    big = tmp_path / "long-report.txt"
    big.write_text("\n\n".join(f"Paragraph {i} of the long field report, on loss item {i}." for i in range(3000)))
    await engine_process.call("stats")
    ingest = asyncio.ensure_future(engine_process.call("ingest_file", big, scope="C2", display_name=big.name))
    await asyncio.sleep(1.0)
    os.kill(engine_process.pid(), signal.SIGKILL)  # type: ignore[arg-type]
    with pytest.raises(EngineCrashed):
        await ingest
    assert (await engine_process.call("stats"))["documents"] >= 1


async def test_files_shared_in_two_channels_at_once_are_both_stored_and_answered_in_their_own_channel(
    engine_process: EngineProcess, tmp_path: Path
) -> None:
    """The engine process takes two ingests at once (one file read while the other embeds):
    both land whole, each in its own channel only."""
    roof = tmp_path / "roof-estimate.txt"
    roof.write_text(ROOF_ESTIMATE)
    other = tmp_path / "other-towing.txt"
    other.write_text(OTHER_TOWING_INVOICE)
    reports = await asyncio.gather(
        engine_process.call("ingest_file", roof, scope="C7", display_name=roof.name),
        engine_process.call("ingest_file", other, scope="C8", display_name=other.name),
    )
    assert [(r.claim_id, r.status) for r in reports] == [("CLM-3105", "added"), ("CLM-2077", "added")]
    answer = await engine_process.call("ask", "what was the roof replacement cost on CLM-3105?", scope="C7")
    assert "$14,200.00" in answer.text and answer.citations[0].document == "roof-estimate.txt"
    answer = await engine_process.call("ask", "what was the towing cost on CLM-2077?", scope="C8")
    assert "$240.00" in answer.text and answer.citations[0].document == "other-towing.txt"
    assert "CLM-2077" not in {c.claim_id for c in await engine_process.call("claims", scope="C7")}
