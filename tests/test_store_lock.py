"""One process at a time on an embedded store: while another CLI command has it, the CLI's commands
are refused at once with what to do (while ``claimbot serve`` has it, they run on its engine:
tests/bot/test_engine_socket.py); real processes, real flock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rag.lock import lock_store, unlock_store

NOTES = "Claim Number: CLM-1042\nInsured: Daniel Okafor\nTowing: $385.00\n"


def claimbot(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIMBOT_HOME": str(home)}
    env.pop("CHROMA_HOST", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_cli_commands_wait_while_serve_opens_the_store_then_open_it_when_serve_is_gone(tmp_path: Path) -> None:
    """serve's engine holds the store before its socket is up (bot/engine_socket.py): the CLI waits
    instead of being refused; here that "serve" lets go without ever listening, and the CLI opens
    the store itself (tests/bot/test_engine_socket.py has the CLI on a running serve's engine)."""
    import time

    home = tmp_path / "home"
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    lock_store(home, "serve")  # this test process plays serve's engine, opening the store
    try:
        env = {**os.environ, "CLAIMBOT_HOME": str(home)}
        env.pop("CHROMA_HOST", None)
        ingest = subprocess.Popen([sys.executable, "-m", "bot.cli", "ingest", str(notes)], cwd=tmp_path, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert ingest.poll() is None  # still waiting
    finally:
        unlock_store(home)
    out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert "claimbot serve is starting on this store; waiting for its engine..." in err
    assert "1 ingested" in out
    assert "$385.00" in claimbot(home, "ask", "What was the towing cost on CLM-1042?", cwd=tmp_path).stdout


def test_a_second_cli_process_is_told_which_command_has_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    lock_store(home, "ingest")  # this test process plays a long `claimbot ingest`
    try:
        claims = claimbot(home, "claims", cwd=tmp_path)
    finally:
        unlock_store(home)
    assert claims.returncode == 3
    assert claims.stderr.strip() == (
        f"claimbot ingest (pid {os.getpid()}) is using this store: wait for it to finish, "
        "or use a Chroma server (CHROMA_HOST) for several at once"
    )
    assert claimbot(home, "claims", cwd=tmp_path).returncode == 0


def test_claimbot_mcp_is_told_which_command_has_the_store(tmp_path: Path) -> None:
    """claimbot mcp reads under the same lock, shared (rag.lock.StoreLock): a writer holding it is named."""
    home = tmp_path / "home"
    lock_store(home, "ingest")
    try:
        env = {**os.environ, "CLAIMBOT_HOME": str(home)}
        env.pop("CHROMA_HOST", None)
        mcp = subprocess.run([sys.executable, "-m", "bot.cli", "mcp"], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=300, stdin=subprocess.DEVNULL)
    finally:
        unlock_store(home)
    assert mcp.returncode == 1 and mcp.stdout == ""
    assert f"claimbot ingest (pid {os.getpid()}) has this store open" in mcp.stderr
    assert "CHROMA_HOST" in mcp.stderr
