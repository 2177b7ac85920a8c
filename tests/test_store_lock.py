"""One process at a time on an embedded store: while ``claimbot serve``'s engine process has it,
the CLI's commands are refused at once with what to do; real processes, real flock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rag.config import Settings
from rag.lock import lock_store, unlock_store

NOTES = "Claim Number: CLM-1042\nInsured: Daniel Okafor\nTowing: $385.00\n"


def claimbot(home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIMBOT_HOME": str(home)}
    env.pop("CHROMA_HOST", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_cli_commands_are_refused_while_claimbot_serve_has_the_store(tmp_path: Path) -> None:
    from bot.engine_process import EngineProcess

    home = tmp_path / "home"
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES)
    serving = EngineProcess.open(Settings(home=home))  # what `claimbot serve` runs: its engine holds the store
    try:
        ingest = claimbot(home, "ingest", str(notes), cwd=tmp_path)
        ask = claimbot(home, "ask", "What was the towing cost on CLM-1042?", cwd=tmp_path)
    finally:
        serving.close()
    assert ingest.returncode == 3
    assert ingest.stderr.strip() == (
        "claimbot serve is running on this store: share the file in Slack, or use a Chroma server"
    )
    assert ask.returncode == 3
    assert ask.stderr.strip() == "claimbot serve is running on this store: ask in Slack, or use a Chroma server"

    done = claimbot(home, "ingest", str(notes), cwd=tmp_path)  # serve has stopped: the store is free
    assert done.returncode == 0, done.stderr
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
