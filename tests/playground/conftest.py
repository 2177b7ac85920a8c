"""Browser tests of ``claimbot playground``: the real command in a subprocess (tmp home, one
claim folder of ``data/`` to keep ingest short), driven through Debian's Chromium by Playwright.

No browser is downloaded: ``browser_type_launch_args`` points pytest-playwright at
``/usr/bin/chromium`` (``make browser`` installs it), and Chromium's own DNS lookups are mapped
away so the page can only reach 127.0.0.1. Screenshots go to ``test-results/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
CHROMIUM = os.environ.get("CLAIMBOT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
START_TIMEOUT_S = 240


def _browser_or_skip() -> None:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (install it with `make browser`: Debian's chromium package)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests run last. pytest-playwright's sync API keeps its event loop running on the
    main thread for the rest of the session, and any asyncio test after it would fail with
    "cannot be called from a running event loop"."""
    browser = [item for item in items if "page" in getattr(item, "fixturenames", ())]
    if browser:
        chosen = set(map(id, browser))
        items[:] = [item for item in items if id(item) not in chosen] + browser


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict:
    _browser_or_skip()
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def browser_context_args() -> dict:
    return {"viewport": {"width": 1400, "height": 900}, "locale": "en-US", "timezone_id": "UTC"}


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PlaygroundProcess:
    """``claimbot playground --home TMP --port N --no-browser --data SUBSET`` as a subprocess."""

    def __init__(self, home: Path, data: Path, log: Path) -> None:
        self.home, self.data, self.log_path = home, data, log
        self.port = free_port()
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        self.lines: list[str] = []
        self._found = threading.Event()

    def start(self) -> "PlaygroundProcess":
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "PYTHONUNBUFFERED": "1"}
        env.pop("CLAIMBOT_HOME", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "playground", "--home", str(self.home), "--port", str(self.port),
             "--no-browser", "--data", str(self.data)],  # fmt: skip
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        if not self._found.wait(START_TIMEOUT_S) or not self.url:
            self.stop()
            raise RuntimeError("the playground did not start:\n" + "".join(self.lines[-40:]))
        return self

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("w") as log:
            for line in self.proc.stdout:
                self.lines.append(line)
                log.write(line)
                log.flush()
                if line.startswith("claimbot playground: http://"):
                    self.url = line.split(": ", 1)[1].strip()
                    self._found.set()
        self._found.set()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def small_data(target: Path) -> Path:
    """One claim folder and the workspace guidelines: enough to ask about, quick to ingest."""
    (target / "claims").mkdir(parents=True)
    shutil.copytree(DATA / "claims" / "CLM-1042", target / "claims" / "CLM-1042")
    shutil.copytree(DATA / "workspace", target / "workspace")
    return target


@pytest.fixture(scope="session")
def playground(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlaygroundProcess]:
    _browser_or_skip()
    base = tmp_path_factory.mktemp("playground")
    running = PlaygroundProcess(base / "home", small_data(base / "data"), ROOT / "test-results" / "playground.log")
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture()
def open_page(page, playground):  # type: ignore[no-untyped-def]
    """Open the playground on a channel (id or name) and wait for its first snapshot."""

    def open_channel(channel: str = "auto-claims"):  # type: ignore[no-untyped-def]
        page.goto(f"{playground.url}/#{channel}")
        page.wait_for_selector("#app[data-ready=true]", timeout=20_000)
        return page

    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield open_channel
    assert not errors, f"JavaScript errors in the page: {errors}"


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.1):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError("condition still false")
