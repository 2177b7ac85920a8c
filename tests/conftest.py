"""Shared fixtures: a real engine (real Chroma, real embedder) in a temporary home."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_standin import OpenAIStandIn
from ports import free_port

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Offline answers unless a test turns the language model on (with its own local server): a
# developer's OPENAI_API_KEY must not send the suite's questions to OpenAI.
os.environ["CLAIMBOT_ANSWER_MODE"] = "offline"


@pytest.fixture(scope="session")
def chroma_exe() -> str:
    exe = Path(sys.executable).with_name("chroma")
    assert exe.exists(), "the chromadb package installs a `chroma` command"
    return str(exe)


class ChromaServer:
    """``chroma run`` on a loopback port, as users run it when they outgrow one machine."""

    def __init__(self, exe: str, path: Path) -> None:
        self.exe, self.path, self.port = exe, path, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> "ChromaServer":
        self.proc = subprocess.Popen(
            [self.exe, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("chroma run did not start in 30 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def chroma_server(chroma_exe: str, tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(chroma_exe, tmp_path / "chroma-server").start()
    yield server
    server.stop()


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIStandIn]:
    """The OpenAI stand-in, and the environment that turns the language-model mode on (auto: a base
    URL is set)."""
    server = OpenAIStandIn(api_key="test-key").start()
    for name, value in {"CLAIMBOT_ANSWER_MODE": "auto", "OPENAI_BASE_URL": server.base_url,
                        "OPENAI_API_KEY": "test-key", "CLAIMBOT_MANAGER_MODEL": "test-manager",
                        "CLAIMBOT_EXPERT_MODEL": "test-expert", "CLAIMBOT_LLM_RETRIES": "0"}.items():
        monkeypatch.setenv(name, value)
    yield server
    server.stop()
