"""How long a person waits in the playground: Enter pressed -> the answer rendered in the page.

    .venv/bin/python bench/playground_latency.py [--data DIR] [--home DIR] [--questions N]

Starts ``claimbot playground`` (a subprocess, a temporary home unless ``--home``; it ingests
``data/`` when the store is empty), opens the page in headless Chromium (Debian's
``/usr/bin/chromium`` through Playwright; no browser download) and asks N questions (default 20)
in #auto-claims with an @mention, one after another. For each question it records, from the
same run:

- ``page``: Enter pressed -> the answer's element in the page (``window.claimbotTimings``, taken
  in the page after the render that shows it);
- ``bot``: the stand-in's clock, event delivered -> the bot's ``chat.postMessage`` of the answer
  (the baseline: the bot's own event-to-posted-answer time, no browser in it);
- ``engine``: ``Answer.latency_ms`` from the answer object (the debug panel's source).

Prints p50 and p95 of each and writes ``bench/results/playground_latency.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CLAIMBOT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]  # fmt: skip

QUESTIONS = [
    "What was the towing cost on CLM-1042?",
    "What is the date of loss on CLM-1042?",
    "Who is the insured on CLM-1042?",
    "What is the policy number on CLM-1042?",
    "What is the deductible on CLM-2077?",
    "Who is the adjuster on CLM-2077?",
    "What is the date of loss on CLM-2077?",
    "What was the mitigation invoice total on CLM-2077?",
    "What was stolen in the burglary on CLM-3105?",
    "What is the policy number on CLM-3105?",
    "When did the employee return to work on CLM-4410?",
    "What is the date of injury on CLM-4410?",
    "What was the settlement amount on CLM-5238?",
    "Who is the claimant on CLM-5238?",
    "What was the advance payment on CLM-6120?",
    "What caused the fire on CLM-6120?",
    "Summarize CLM-1042",
    "How many days between the date of loss and the date reported on CLM-2077?",
    "Which claims involve water damage?",
    "What do the claims handling guidelines say about contacting the insured?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_playground(home: Path, data: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "playground", "--home", str(home), "--port", str(free_port()),
         "--no-browser", "--data", str(data)],  # fmt: skip
        cwd=ROOT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False", "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    found: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not found:
                print("  | " + line, end="", file=sys.stderr)
            if line.startswith("claimbot playground: http://"):
                found.append(line.split(": ", 1)[1].strip())
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(600) or not found:
        proc.kill()
        raise SystemExit("the playground did not start")
    return proc, found[0]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def run(url: str, questions: list[str], timeout_s: float) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{url}/#auto-claims")
        page.wait_for_selector("#app[data-ready=true]")
        box = page.get_by_role("textbox", name="Message #auto-claims")
        for i, question in enumerate(questions, start=1):
            before = page.evaluate("window.claimbotTimings.length")
            box.click()
            box.fill(f"@claimbot {question}")
            box.press("Enter")
            page.wait_for_function(f"window.claimbotTimings.length > {before}", timeout=timeout_s * 1000)
            timing = page.evaluate("window.claimbotTimings[window.claimbotTimings.length - 1]")
            rows.append({"question": question, "page_ms": timing["ms"], "channel": timing["channel"],
                         "ts": timing["ts"], "answer_ts": timing["answer_ts"]})  # fmt: skip
            print(f"  [{i:>2}/{len(questions)}] {timing['ms']:7.0f} ms  {question}", file=sys.stderr)
        browser.close()
    asked = {a["ts"]: a for a in get_json(f"{url}/api/timings")["asked"]}
    for row in rows:
        row["bot_ms"] = (asked.get(row["ts"]) or {}).get("answer_ms")
        query = urllib.parse.urlencode({"channel": row["channel"], "ts": row["answer_ts"]})
        debug = get_json(f"{url}/api/debug?{query}")
        row["engine_ms"] = debug.get("latency_ms")
        row["route"] = debug.get("route")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT / "data"), help="folder to ingest (default: data/)")
    parser.add_argument("--home", help="store directory (default: a temporary one, ingested fresh)")
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for one answer")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "playground_latency.json"))
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium")

    tmp = None if args.home else Path(tempfile.mkdtemp(prefix="claimbot-bench-"))
    home = Path(args.home) if args.home else tmp / "home"  # type: ignore[operator]
    questions = (QUESTIONS * (args.questions // len(QUESTIONS) + 1))[: args.questions]
    print(f"Starting the playground (home {home})…", file=sys.stderr)
    proc, url = start_playground(home, Path(args.data))
    try:
        rows = run(url, questions, args.timeout)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    summary = {}
    print(f"\nclaimbot playground latency over {len(rows)} questions (ms)")
    print(f"{'':<44} {'p50':>8} {'p95':>8} {'mean':>8}")
    for key, label in (
        ("page_ms", "page: Enter pressed -> answer rendered"),
        ("bot_ms", "bot: event delivered -> answer posted"),
        ("engine_ms", "engine: Answer.latency_ms"),
    ):
        values = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
        stats = {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95),
                 "mean": statistics.fmean(values) if values else float("nan"), "n": len(values)}  # fmt: skip
        summary[key] = stats
        print(f"{label:<44} {stats['p50']:>8.0f} {stats['p95']:>8.0f} {stats['mean']:>8.0f}")
    overhead = summary["page_ms"]["p50"] - summary["bot_ms"]["p50"]
    print(f"{'page minus bot (p50): browser, SSE, render':<44} {overhead:>8.0f}")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"summary": summary, "rows": rows, "cpu_count": os.cpu_count()}, indent=2))
    print(f"\nPer question: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
