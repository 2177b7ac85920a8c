"""Run every benchmark with modest defaults and print their tables (``make bench``).

    .venv/bin/python bench/run_all.py [--sizes 1000,10000] [--full] [--quick]

- ingest_speed: a ~1k-leaf synthetic corpus into embedded Chroma and into ``chroma run``;
- ask_latency: 1k and 10k leaves (``--full``: also 100k), embedded and server;
- cold_start: ``claimbot ask`` in a new process, 5 runs.

Stores are cached under bench/.cache/: a first run builds the 1k store by real ingest (~30-60 s)
and the 10k store by replication (~35 s); ``--full`` adds the 100k store (~8 min to build,
~5 GB; later runs reuse it until rag/'s ingest code changes). With a warm cache the defaults
take about 5 minutes on 2 cores and ``--full`` about 6-7; building a new store adds to that.
Everything printed is also saved under bench/results/ (gitignored).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, PYTHON, RESULTS, machine_line  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=None, help="ask_latency sizes (default 1000,10000; --full adds 100000)")
    parser.add_argument("--full", action="store_true", help="also 100k leaves")
    parser.add_argument("--quick", action="store_true", help="fewer questions and runs (a smoke test)")
    args = parser.parse_args(argv)
    sizes = args.sizes or ("1000,10000,100000" if args.full else "1000,10000")
    questions, runs = ("15", "2") if args.quick else ("50", "5")
    steps = [
        ("ingest speed", [PYTHON, str(BENCH / "ingest_speed.py"), "--leaves", "300" if args.quick else "1000",
                          "--server"]),
        ("ask latency", [PYTHON, str(BENCH / "ask_latency.py"), "--sizes", sizes, "--modes", "embedded,server",
                         "--questions", questions]),
        ("cold start", [PYTHON, str(BENCH / "cold_start.py"), "--runs", runs]),
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    log_path = RESULTS / f"run_all-{datetime.now().strftime('%Y%m%d-%H%M%S')}.txt"
    failed = []
    with log_path.open("w") as log:
        header = f"claimbot bench  {machine_line()}"
        print(header, flush=True)
        log.write(header + "\n")
        for name, cmd in steps:
            banner = f"\n######## {name}: {' '.join(Path(c).name if c == PYTHON else c for c in cmd)}\n"
            print(banner, flush=True)
            log.write(banner)
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            assert proc.stdout is not None
            for line in proc.stdout:
                print(line, end="", flush=True)
                log.write(line)
            code = proc.wait()
            took = f"({name}: {time.perf_counter() - started:.0f} s, exit {code})"
            print(took, flush=True)
            log.write(took + "\n")
            if code:
                failed.append(name)
    print(f"\nall output: {log_path}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
