"""Helpers shared by the bench scripts: tables, percentiles, memory, machine load, Chroma server."""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import socket
import subprocess
import sys
import time
import types
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
CACHE = BENCH / ".cache"
RESULTS = BENCH / "results"
PYTHON = sys.executable

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


# -- numbers -------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100), as numpy's default."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b else "-"


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value != value:  # nan
            return "-"
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


_NUMBER = re.compile(r"^-?[\d,]*\.?\d+\s?[x%]?$|^-$")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str | None = None) -> str:
    """A plain-text table, numbers right-aligned."""
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    numeric = [all(row[i] is None or isinstance(row[i], (int, float)) or bool(_NUMBER.match(str(row[i])))
                   for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric)).rstrip()

    out = []
    if title:
        out += [title, "=" * len(title)]
    out += [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


# -- memory and machine ------------------------------------------------------------------------


def proc_status_mb(field: str = "VmHWM", pid: int | str = "self") -> float | None:
    """A memory figure of a process from /proc (VmHWM: peak RSS; VmRSS: current), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def peak_rss_mb() -> float:
    """This process's peak RSS (ru_maxrss, kB on Linux), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    total = sum(fields[:8])
    return total - idle, total


def _own_cpu_s() -> float:
    usage = os.times()
    return usage.user + usage.system + usage.children_user + usage.children_system


class CpuWatch:
    """How busy the machine was during a measurement, and how much of that was someone else.

    Other engineers' test runs on a 2-core machine slow everything down (onnxruntime
    especially); every table prints this so a figure taken on a busy machine is marked.
    """

    def __init__(self, extra_pids: Sequence[int] = ()) -> None:
        self.extra_pids = list(extra_pids)
        self.start()

    def _extra_cpu_s(self) -> float:
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in self.extra_pids:
            try:
                parts = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(parts[11]) + int(parts[12])) / tick
            except (OSError, IndexError, ValueError):
                pass
        return total

    def start(self) -> None:
        self._busy0, self._total0 = _cpu_jiffies()
        self._own0 = _own_cpu_s() + self._extra_cpu_s()
        self._wall0 = time.monotonic()

    def stop(self) -> dict[str, float]:
        busy1, total1 = _cpu_jiffies()
        own = _own_cpu_s() + self._extra_cpu_s() - self._own0
        tick = os.sysconf("SC_CLK_TCK")
        wall = time.monotonic() - self._wall0
        cores = os.cpu_count() or 1
        busy_s = (busy1 - self._busy0) / tick
        others = max(0.0, busy_s - own)
        return {
            "wall_s": wall,
            "machine_busy_pct": 100 * busy_s / max(wall * cores, 1e-9),
            "others_cores": others / max(wall, 1e-9),
            "own_cpu_s": own,
        }


def load_note(watch: dict[str, float]) -> str:
    others = watch["others_cores"]
    warn = "  <-- the machine was busy with other work: figures are pessimistic" if others > 0.25 else ""
    return f"machine: other processes used {others:.2f} of {os.cpu_count()} cores during this measurement{warn}"


def machine_line() -> str:
    import importlib.metadata as md

    def ver(name: str) -> str:
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return "?"

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{datetime.now().strftime('%Y-%m-%d %H:%M')}  {platform.node() or 'host'}  "
        f"{os.cpu_count()} cores  Python {platform.python_version()}  chromadb {ver('chromadb')}  "
        f"llama-index-core {ver('llama-index-core')}  onnxruntime {ver('onnxruntime')}  load avg {load}"
    )


def save_result(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(payload, indent=1, default=str))
    return path


# -- the engine ------------------------------------------------------------------------------


def manager_available() -> bool:
    try:
        import rag.manager  # noqa: F401
    except ImportError:
        return False
    return True


def stub_manager_if_missing() -> bool:
    """Let ``Engine`` open before ``rag/manager.py`` exists (store building only: no ``ask``).

    Returns True when a stub was installed.
    """
    if manager_available():
        return False
    stub = types.ModuleType("rag.manager")

    class Manager:  # noqa: D401 - a stand-in
        def __init__(self, engine: Any) -> None:
            self.engine = engine

        def answer(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("rag/manager.py has not landed yet: ask cannot be timed")

    stub.Manager = Manager  # type: ignore[attr-defined]
    sys.modules["rag.manager"] = stub
    return True


def settings_for(home: Path, server: "ChromaServer | None" = None) -> Any:
    from rag.config import Settings

    if server is None:
        return Settings(home=home)
    return Settings(home=home, chroma_host="127.0.0.1", chroma_port=server.port)


def open_engine(home: Path, server: "ChromaServer | None" = None) -> Any:
    from rag.engine import Engine

    return Engine.open(settings_for(home, server))


# -- chroma run ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """``chroma run`` on a loopback port (the approach of tests/conftest.py)."""

    def __init__(self, path: Path) -> None:
        self.exe = str(Path(sys.executable).with_name("chroma"))
        self.path, self.port = path, free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> "ChromaServer":
        self.proc = subprocess.Popen(
            [self.exe, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma run did not start in {timeout:.0f} s")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def peak_rss_mb(self) -> float | None:
        return proc_status_mb("VmHWM", self.pid) if self.proc else None

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self) -> "ChromaServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
