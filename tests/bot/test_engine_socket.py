"""``claimbot ask``/``ingest``/``claims`` while ``claimbot serve`` runs on the same home: they reach
serve's engine over ``engine.sock`` (bot/engine_socket.py) instead of being refused. Real
processes throughout: ``claimbot serve`` in HTTP mode against the Slack stand-in, the CLI as
subprocesses."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from conftest import ROOT, TOWING_INVOICE, text_of, wait_healthy
from ports import free_port

from bot.engine_socket import MAX_FRAME
from bot.standin import SlackStandIn, Workspace

QUESTION = "What was the towing cost on CLM-1042?"
NOTES = "Claim Number: CLM-2077\nInsured: Maria Lopez\nDeductible: $1,000.00\nTowing: $150.00\n"


def clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMBOT_", "CHROMA_", "OPENAI_"))}
    return {**env, "CLAIMBOT_HOME": str(home)}


def claimbot(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=clean_env(home),
                          capture_output=True, text=True, timeout=300)


def start_serve(home: Path, slack: SlackStandIn, port: int) -> subprocess.Popen[str]:
    env = {**clean_env(home), "SLACK_BOT_TOKEN": slack.bot_token, "SLACK_SIGNING_SECRET": slack.signing_secret,
           "SLACK_API_URL": slack.api_url}
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


async def wait_for_socket(home: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not (home / "engine.sock").exists():
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert time.monotonic() < deadline, "serve's engine never listened on engine.sock"
        await asyncio.sleep(0.2)


def connect_as_nobody(path: Path) -> str:
    """Connect to ``path`` from a child process running as ``nobody``: what happened, by name."""
    import pwd

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, try, report, exit without running any test code
        outcome = "connected"
        try:
            os.setgid(pwd.getpwnam("nobody").pw_gid)
            os.setuid(pwd.getpwnam("nobody").pw_uid)
            with socket.socket(socket.AF_UNIX) as sock:
                sock.connect(str(path))
        except Exception as err:  # noqa: BLE001 - reported to the parent by name
            outcome = type(err).__name__
        os.write(write, outcome.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return pipe.read()


def without_latency(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "latency_ms"}


async def test_cli_commands_run_on_the_engine_of_a_running_serve(tmp_path: Path) -> None:
    home = tmp_path / "home"
    invoice = tmp_path / "towing-invoice.txt"
    invoice.write_text(TOWING_INVOICE)
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "notes.txt").write_text(NOTES)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.heic").write_bytes(b"\x00" * 64)
    async with SlackStandIn(Workspace.default()) as slack:
        port = free_port()
        proc = start_serve(home, slack, port)
        try:
            await wait_healthy(port, proc)
            await wait_for_socket(home, proc)
            mode = (home / "engine.sock").stat()
            assert stat.S_ISSOCK(mode.st_mode) and stat.S_IMODE(mode.st_mode) == 0o600
            assert mode.st_uid == os.getuid()
            if os.geteuid() == 0:  # another user's process (nobody) cannot reach serve's engine
                assert connect_as_nobody(home / "engine.sock") == "PermissionError"
            with socket.socket(socket.AF_UNIX) as raw:  # a message over the limit: dropped, serve unharmed
                raw.connect(str(home / "engine.sock"))
                raw.sendall((MAX_FRAME + 1).to_bytes(4, "big"))
                assert await asyncio.to_thread(raw.recv, 10) == b""

            ingest = await asyncio.to_thread(claimbot, home, "ingest", "--progress", str(invoice), str(folder),
                                             cwd=tmp_path)
            ask = await asyncio.to_thread(claimbot, home, "ask", "--json", QUESTION, cwd=tmp_path)
            text = await asyncio.to_thread(claimbot, home, "ask", QUESTION, cwd=tmp_path)
            unknown = await asyncio.to_thread(claimbot, home, "ask", "What is the deductible on CLM-9999?",
                                              cwd=tmp_path)
            claims = await asyncio.to_thread(claimbot, home, "claims", cwd=tmp_path)
            questions = tmp_path / "questions.jsonl"
            questions.write_text(json.dumps({"question": QUESTION, "expected_answer": "$385.00"}) + "\n")
            scored = await asyncio.to_thread(claimbot, home, "eval", str(questions), "--json", cwd=tmp_path)

            # the bot answers from what the CLI ingested: one engine, one store
            channel = slack.workspace.channel("auto-claims").id
            slack.request_url = f"http://127.0.0.1:{port}/slack/events"
            question = await slack.post_user_message(channel, "alice", f"<@{slack.bot_id}> what is the deductible on CLM-2077?")
            reply = (await slack.workspace.wait_for(
                lambda: slack.workspace.replies(channel, question.ts, by=slack.bot_id), 60))[0]
            assert "$1,000.00" in text_of(reply)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, _ = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 0, out

    assert ingest.returncode == 1, ingest.stderr  # one file refused: the others are in
    assert "  added     towing-invoice.txt (txt, CLM-1042," in ingest.stdout
    assert "  added     notes.txt (txt, CLM-2077," in ingest.stdout
    assert "  refused   Could not ingest empty.txt" in ingest.stderr
    assert "  skipped   " in ingest.stderr and "photo.heic" in ingest.stderr
    assert ingest.stdout.strip().splitlines()[-1] == "2 ingested, 1 refused, 1 skipped, scope workspace"
    assert ask.returncode == 0 and text.returncode == 0, ask.stderr + text.stderr
    served = json.loads(ask.stdout)
    assert "$385.00" in served["answer"] and served["citations"][0]["document"] == "towing-invoice.txt"
    assert "$385.00" in text.stdout and "Sources" in text.stdout and "[1] towing-invoice.txt" in text.stdout
    assert unknown.returncode == 5 and "CLM-9999" in unknown.stdout
    assert "CLM-1042" in claims.stdout and "CLM-2077" in claims.stdout and claims.returncode == 0
    assert "Ingesting: 100%" in ingest.stderr and "3/3" in ingest.stderr  # the progress bar, fed by serve
    assert scored.returncode == 0, scored.stderr
    row, summary = (json.loads(line) for line in scored.stdout.strip().splitlines())
    assert row["outcome"] == "correct" and "$385.00" in row["answer"] and summary["correct"] == 1
    assert not (home / "engine.sock").exists()  # serve stopped: it took its socket with it

    alone = claimbot(home, "ask", "--json", QUESTION, cwd=tmp_path)  # the CLI opens the store itself now
    assert alone.returncode == 0, alone.stderr
    assert without_latency(json.loads(alone.stdout)) == without_latency(served)


async def test_a_stale_socket_of_a_killed_serve_is_detected_and_the_cli_opens_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    invoice = tmp_path / "towing-invoice.txt"
    invoice.write_text(TOWING_INVOICE)
    async with SlackStandIn(Workspace.default()) as slack:
        port = free_port()
        proc = start_serve(home, slack, port)
        try:
            await wait_healthy(port, proc)
            await wait_for_socket(home, proc)
            ingest = await asyncio.to_thread(claimbot, home, "ingest", str(invoice), cwd=tmp_path)
            assert ingest.returncode == 0, ingest.stderr
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # serve and its engine process, no clean-up
            proc.communicate(timeout=60)
    assert (home / "engine.sock").exists()  # left behind

    ask = claimbot(home, "ask", QUESTION, cwd=tmp_path)
    assert ask.returncode == 0, ask.stderr
    assert "$385.00" in ask.stdout and ask.stderr == ""
    assert not (home / "engine.sock").exists()  # the CLI held the store and removed it


def test_a_home_deeper_than_a_socket_address_holds_still_gets_its_socket(tmp_path: Path) -> None:
    from contextlib import nullcontext

    from bot.engine_socket import SOCKET_FILE, EngineSocketServer, connect

    home = tmp_path / ("a-claims-team-home-folder-" * 6)  # with tmp_path, well over AF_UNIX's 107 bytes
    home.mkdir()
    assert len(str(home / SOCKET_FILE)) > 107
    server = EngineSocketServer(home / SOCKET_FILE, engine=None, busy=nullcontext).start()
    try:
        assert stat.S_IMODE((home / SOCKET_FILE).stat().st_mode) == 0o600
        client = connect(home)
        assert client is not None and client.ping() == os.getpid()
    finally:
        server.stop()
    assert not (home / SOCKET_FILE).exists() and connect(home) is None


def mcp_over_stdio(home: Path, *args: str) -> Any:
    from mcp import StdioServerParameters

    return StdioServerParameters(command=sys.executable, args=["-m", "bot.cli", "mcp", *args], env=clean_env(home),
                                 cwd=ROOT)


def tool_data(result: Any) -> Any:
    assert not result.is_error, " ".join(getattr(c, "text", "") for c in result.content)
    content = result.structured_content
    return content["result"] if isinstance(content, dict) and set(content) == {"result"} else content


async def test_claimbot_mcp_serves_the_engine_of_a_running_serve_within_its_scopes(tmp_path: Path) -> None:
    """While claimbot serve holds the store, ``claimbot mcp`` answers from serve's engine over
    engine.sock (it used to exit: serve has this store open), reading only the scopes it was
    started with."""
    from mcp import Client

    home = tmp_path / "home"
    invoice = tmp_path / "towing-invoice.txt"
    invoice.write_text(TOWING_INVOICE)
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    async with SlackStandIn(Workspace.default()) as slack:
        port = free_port()
        proc = start_serve(home, slack, port)
        try:
            await wait_healthy(port, proc)
            await wait_for_socket(home, proc)
            in_c1 = await asyncio.to_thread(claimbot, home, "ingest", "--scope", "C1", str(invoice), cwd=tmp_path)
            shared = await asyncio.to_thread(claimbot, home, "ingest", str(notes), cwd=tmp_path)
            assert in_c1.returncode == 0 and shared.returncode == 0, in_c1.stderr + shared.stderr

            async with Client(mcp_over_stdio(home, "--scope", "C1")) as client:
                answer = tool_data(await client.call_tool("ask", {"question": QUESTION}))
                claims = tool_data(await client.call_tool("list_claims", {}))
                card = tool_data(await client.call_tool("get_claim", {"claim_id": "clm-2077"}))
                hits = tool_data(await client.call_tool("search_claim_files",
                                                        {"query": "towing cost", "claim_id": "CLM-1042"}))
                unknown = await client.call_tool("get_claim", {"claim_id": "CLM-0000"})
            async with Client(mcp_over_stdio(home, "--scope", "C2")) as client:
                elsewhere = tool_data(await client.call_tool("ask", {"question": QUESTION}))
                claims_c2 = tool_data(await client.call_tool("list_claims", {}))
                named_c1 = await client.call_tool("list_claims", {"scope": "C1"})
        finally:
            proc.send_signal(signal.SIGTERM)
            out, _ = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 0, out

    assert "$385.00" in answer["answer"] and answer["citations"][0]["document"] == "towing-invoice.txt"
    assert "$385.00" in answer["citations"][0]["excerpt"]
    assert [(c["claim_id"], c["scopes"]) for c in claims] == [("CLM-1042", ["C1"]), ("CLM-2077", ["workspace"])]
    assert card["insured"] == ["Maria Lopez"] and ("deductible", "1000.00") in [(a["label"], a["value"])
                                                                                 for a in card["amounts"]]
    assert hits and hits[0]["document"] == "towing-invoice.txt" and hits[0]["scope"] == "C1"
    assert unknown.is_error and "Unknown claim CLM-0000" in " ".join(getattr(c, "text", "") for c in unknown.content)
    assert "$385.00" not in json.dumps(elsewhere)  # C1's file, never read by a server for C2
    assert [c["claim_id"] for c in claims_c2] == ["CLM-2077"]
    assert named_c1.is_error
