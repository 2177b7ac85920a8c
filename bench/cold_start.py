"""Cold start of ``claimbot ask``: a new process answering one question, against bare Python.

    .venv/bin/python bench/cold_start.py [--runs 5] [--question "..."]

On a scratch copy of the cached 1k-leaf store (real ingest, see bench/_store.py), each command
is run once unmeasured (so the OS page cache holds the files, as on any machine that has run it
before), then ``--runs`` times; the median wall time is printed, with ratios against the two
baselines measured in the same run: ``python -c pass`` (the interpreter alone) and
``python -c "import llama_index.core"`` (the framework claimbot is built on).

Then, where the time goes:

- phases, in one fresh process: imports of the CLI, of the engine and its dependencies,
  ``Engine.open`` (embedding model + Chroma), the first ask, a second ask;
- ``python -X importtime`` of the whole ``claimbot ask`` run: import time summed per top-level
  package (self time, so nested imports are not counted twice), and the slowest imports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, CpuWatch, load_note, machine_line, save_result, table  # noqa: E402

TARGET_S = 1.5
"""Issue 12: cold `claimbot ask` <= 1.5 s (it was < 3 s before)."""
QUESTION = "What was the towing cost on CLM-1000?"

_PHASES = r"""
import json, sys, time
t0 = time.perf_counter()
import bot.cli
t1 = time.perf_counter()
from rag.config import Settings
from rag.engine import Engine
import rag.manager, rag.retrieval, rag.ingest, rag.store, chromadb, llama_index.core
t2 = time.perf_counter()
engine = Engine.open(Settings(home=__import__("pathlib").Path(sys.argv[1])))
t3 = time.perf_counter()
engine.ask(sys.argv[2])
t4 = time.perf_counter()
engine.ask(sys.argv[2])
t5 = time.perf_counter()
print(json.dumps({"import bot.cli": t1 - t0, "import engine + deps": t2 - t1, "Engine.open": t3 - t2,
                  "first ask": t4 - t3, "second ask": t5 - t4}))
"""


def timed(cmd: list[str], runs: int, env: dict[str, str]) -> dict[str, Any]:
    subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT, timeout=300)  # unmeasured
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT, timeout=300)
        times.append(time.perf_counter() - started)
        if proc.returncode not in (0, 4, 5):  # 4, 5: `ask` answered "not found" / "unknown claim"
            raise RuntimeError(f"{cmd} failed: {proc.stderr.decode()[-2000:]}")
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "runs": times}


def import_breakdown(
    cmd: list[str], env: dict[str, str]
) -> tuple[list[tuple[str, float]], list[tuple[str, float]], float]:
    """(self time per top-level package, slowest imports by cumulative time, total), seconds."""
    proc = subprocess.run([PYTHON, "-X", "importtime", *cmd], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    by_package: dict[str, float] = defaultdict(float)
    top: list[tuple[str, float]] = []
    pattern = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
    for line in proc.stderr.splitlines():
        m = pattern.match(line)
        if not m:
            continue
        self_us, cumulative_us, indent, name = int(m.group(1)), int(m.group(2)), len(m.group(3)), m.group(4)
        by_package[name.split(".")[0]] += self_us / 1e6
        top.append(("  " * (indent // 2) + name, cumulative_us / 1e6))
    total = sum(by_package.values())
    return (sorted(by_package.items(), key=lambda kv: -kv[1]), sorted(top, key=lambda kv: -kv[1]), total)


def serve_engine(home: Path) -> Any:
    """The engine process of ``claimbot serve`` on ``home``, listening on ``engine.sock``, ready."""
    sys.path.insert(0, str(ROOT))
    from bot.engine_process import EngineProcess
    from rag.config import Settings

    engine = EngineProcess.open(Settings(home=home))
    deadline = time.monotonic() + 60
    while not (home / "engine.sock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return engine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from _store import scratch_copy, store_for

    print(machine_line())
    store = store_for(1000, seed=args.seed, log=lambda m: print(m, flush=True))
    scratch = Path(tempfile.mkdtemp(prefix="claimbot-bench-cold-"))
    try:
        home = scratch_copy(store, scratch)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        env.pop("CLAIMBOT_HOME", None)
        env.pop("CHROMA_HOST", None)
        claimbot = str(Path(PYTHON).with_name("claimbot"))
        commands = {
            "python -c pass": [PYTHON, "-c", "pass"],
            "python -c 'import llama_index.core'": [PYTHON, "-c", "import llama_index.core"],
            "python -c 'import chromadb'": [PYTHON, "-c", "import chromadb"],
            "python -c 'from rag.engine import Engine'": [PYTHON, "-c", "from rag.engine import Engine"],
            "claimbot ask (1k-leaf store)": [claimbot, "ask", args.question, "--home", str(home)],
        }
        watch = CpuWatch()
        results = {name: timed(cmd, args.runs, env) for name, cmd in commands.items()}
        serving = serve_engine(home)  # what `claimbot serve` runs: the CLI now asks its engine over engine.sock
        try:
            results["claimbot ask, serve running (socket)"] = timed(commands["claimbot ask (1k-leaf store)"],
                                                                    args.runs, env)
            socket_imports = import_breakdown(
                ["-c", "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))",
                 "ask", args.question, "--home", str(home)], env)
        finally:
            serving.close()
        load = watch.stop()
        base_py = results["python -c pass"]["median"]
        base_li = results["python -c 'import llama_index.core'"]["median"]
        rows = [[name, f"{r['median']:.2f}", f"{r['min']:.2f}", f"{r['max']:.2f}", f"{r['median'] / base_py:.1f}x",
                 f"{r['median'] / base_li:.2f}x"] for name, r in results.items()]
        print()
        print(table(["command", "median s", "min s", "max s", "vs python -c pass", "vs import llama_index.core"],
                    rows, title=f"cold start ({args.runs} runs each after one unmeasured run)"))
        for name in ("claimbot ask (1k-leaf store)", "claimbot ask, serve running (socket)"):
            ask_s = results[name]["median"]
            print(f"target cold start <= {TARGET_S} s, {name}: {'MET' if ask_s <= TARGET_S else 'NOT MET'} "
                  f"({ask_s:.2f} s)")
        print(f"socket path: {socket_imports[2]:.2f} s of imports; top: "
              + ", ".join(f"{n} {t:.3f}" for n, t in socket_imports[0][:5]))
        print(load_note(load))
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            print("note: PYTHONDONTWRITEBYTECODE is set here, so claimbot's own modules are compiled on every "
                  "start (site-packages ship .pyc files)")

        proc = subprocess.run([PYTHON, "-c", _PHASES, str(home), args.question], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=300)
        phases = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else {}
        if phases:
            total = sum(phases.values())
            print()
            print(table(["phase", "seconds", "share"],
                        [[k, f"{v:.2f}", f"{100 * v / total:.0f}%"] for k, v in phases.items()],
                        title="phases of one `claimbot ask` (in one fresh process, after the interpreter)"))
        else:
            print(f"phases: failed\n{proc.stderr[-2000:]}")

        by_package, top, total = import_breakdown(
            ["-c", "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))",
             "ask", args.question, "--home", str(home)], env)
        print()
        print(table(["package", "import s (self)", "share"],
                    [[name, f"{s:.2f}", f"{100 * s / total:.0f}%"] for name, s in by_package[:15]],
                    title=f"python -X importtime, `claimbot ask`: {total:.2f} s of imports, by top-level package"))
        print()
        print(table(["import (indented by nesting)", "cumulative s"], [[n, f"{s:.2f}"] for n, s in top[:18]],
                    title="slowest imports (cumulative: includes what they import)"))
        path = save_result("cold_start", {"results": results, "phases": phases,
                                          "socket_imports_by_package": socket_imports[0][:30],
                                          "imports_by_package": by_package[:30], "top_imports": top[:30],
                                          "load": load})
        print(f"\n(raw figures: {path})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
