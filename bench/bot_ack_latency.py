"""How fast the bot acks Slack, and how long an answer takes, under concurrent @mentions.

    .venv/bin/python bench/bot_ack_latency.py [--levels 1,10,50] [--rounds 20,4,2] [--json]

Runs ``claimbot serve`` (HTTP mode, the real engine, a fresh store) in its own process, points
it at the Slack stand-in, shares one claim file through Slack, then posts rounds of N @mentions
at once. Each mention is delivered as Slack delivers it: a ``message`` and an ``app_mention``
event, signed, to ``POST /slack/events``. It prints, per level:

- ack latency p50/p95/p99 of the events (what Slack measures against its 3-second limit), next
  to ``GET /healthz`` latency at the same concurrency in the same run (the baseline: the same
  server doing no work), and their ratio;
- time from the question to the answer posted in its thread (p50/p95);
- answers lost (no reply within the timeout) and duplicated (more than one reply).

Targets: ack p95 under 100 ms at 50 concurrent mentions; no answer lost or duplicated.
Figures depend on the machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.standin import SlackStandIn, Workspace  # noqa: E402

CLAIM_FILE = """\
ROADSIDE RESCUE TOWING LLC - INVOICE
Claim Number: CLM-1042
Policy Number: PA-553201
Insured: Jane Doe
Date of Loss: 2024-03-15
Towing: $385.00
Storage (3 days): $120.00
Total Due: $505.00
"""
QUESTIONS = [
    "what was the towing cost on CLM-1042?",
    "what is the policy number on CLM-1042?",
    "what is the date of loss on CLM-1042?",
    "what was the storage charge on CLM-1042?",
]
ANSWER_TIMEOUT_S = 120.0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def process_cpu(pid: int) -> float:
    """CPU seconds of the process alone (utime + stime)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_pids(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"claimbot serve exited with {proc.returncode}")
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("claimbot serve did not become healthy")


async def healthz_latencies(url: str, concurrency: int, total: int) -> list[float]:
    out: list[float] = []
    async with aiohttp.ClientSession() as http:

        async def one() -> None:
            started = time.perf_counter()
            async with http.get(url) as response:
                await response.read()
            out.append((time.perf_counter() - started) * 1000)

        for _ in range(max(1, total // concurrency)):
            await asyncio.gather(*(one() for _ in range(concurrency)))
    return out


async def mention_round(
    slack: SlackStandIn, channel: str, n: int, answered: dict[str, float], healthz: str, http: aiohttp.ClientSession
) -> tuple[list[float], list[float], list[tuple[str, float]]]:
    """Post ``n`` mentions at once, with ``n`` ``GET /healthz`` among them; returns the events'
    ack times, the healthz times and (question ts, posted at) per mention."""
    first_ack = len(slack.acks)
    ws = slack.workspace

    async def ask(i: int) -> tuple[str, float]:
        started = time.perf_counter()
        question = await slack.post_user_message(channel, "alice", f"<@{slack.bot_id}> {QUESTIONS[i % len(QUESTIONS)]}")
        return question.ts, started

    async def health() -> float:
        started = time.perf_counter()
        async with http.get(healthz) as response:
            await response.read()
        return (time.perf_counter() - started) * 1000

    asked, health_ms = await asyncio.gather(
        asyncio.gather(*(ask(i) for i in range(n))), asyncio.gather(*(health() for _ in range(n)))
    )
    acks = [a for a in slack.acks[first_ack:] if a.label in ("message", "app_mention")]  # not the bot's own posts
    bad = [a for a in acks if not a.ok]
    if bad:
        print(f"  {len(bad)} failed acks: {[(a.label, a.status, a.error) for a in bad[:5]]}", file=sys.stderr)
    try:
        await ws.wait_for(lambda: all(ts in answered for ts, _ in asked), ANSWER_TIMEOUT_S)
    except TimeoutError:
        pass
    return [a.ms for a in acks], list(health_ms), list(asked)


async def run(levels: list[int], rounds: list[int]) -> dict:
    load_average = round(os.getloadavg()[0], 2)
    home = Path(tempfile.mkdtemp(prefix="claimbot-bench-"))
    port = free_port()
    async with SlackStandIn(Workspace.default(), mode="http") as slack:
        env = {
            **os.environ,
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": slack.signing_secret,
            "SLACK_API_URL": slack.api_url,
            "CLAIMBOT_HOME": str(home),
            "ANONYMIZED_TELEMETRY": "False",
        }
        env.pop("SLACK_APP_TOKEN", None)
        log = open(home / "serve.log", "w")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            await wait_healthy(f"{base}/healthz", proc)
            slack.request_url = f"{base}/slack/events"
            ws = slack.workspace
            channel = ws.channel("auto-claims").id

            # Bot replies, by the question they answer, as they are posted.
            answered: dict[str, float] = {}
            replies: dict[str, int] = {}
            changes = ws.subscribe()

            async def watch() -> None:
                while True:
                    change = await changes.get()
                    message = change.get("message") if change["kind"] == "message" else None
                    if message and message["user"] == slack.bot_id and message.get("thread_ts"):
                        replies[message["thread_ts"]] = replies.get(message["thread_ts"], 0) + 1
                        answered.setdefault(message["thread_ts"], time.perf_counter())

            watcher = asyncio.ensure_future(watch())
            shared = await slack.share_file(channel, "alice", CLAIM_FILE.encode(), "towing-invoice.txt")
            await ws.wait_for(lambda: shared.ts in answered, 60)
            http = aiohttp.ClientSession()
            await mention_round(slack, channel, 2, answered, f"{base}/healthz", http)  # warm up

            results = []
            for level, n_rounds in zip(levels, rounds):
                ack_ms: list[float] = []
                answer_ms: list[float] = []
                asked_all: list[str] = []
                idle = await healthz_latencies(f"{base}/healthz", level, max(200, level * 4))
                health: list[float] = []
                engine_pids = child_pids(proc.pid)
                cpu_before = process_cpu(proc.pid), sum(process_cpu(p) for p in engine_pids), process_cpu(os.getpid())
                for _ in range(n_rounds):
                    acks, health_ms, asked = await mention_round(
                        slack, channel, level, answered, f"{base}/healthz", http
                    )
                    ack_ms += acks
                    health += health_ms
                    asked_all += [ts for ts, _ in asked]
                    answer_ms += [(answered[ts] - started) * 1000 for ts, started in asked if ts in answered]
                bot_cpu = process_cpu(proc.pid) - cpu_before[0]
                engine_cpu = sum(process_cpu(p) for p in engine_pids) - cpu_before[1]
                standin_cpu = process_cpu(os.getpid()) - cpu_before[2]
                await asyncio.sleep(1.0)  # time for a duplicate to show up
                lost = sum(1 for ts in asked_all if ts not in answered)
                duplicated = sum(1 for ts in asked_all if replies.get(ts, 0) > 1)
                results.append(
                    {
                        "concurrent": level,
                        "mentions": len(asked_all),
                        "events": len(ack_ms),
                        "ack_ms": {p: round(pct(ack_ms, p), 1) for p in (50, 95, 99)},
                        "healthz_idle_ms": {p: round(pct(idle, p), 1) for p in (50, 95, 99)},
                        "healthz_ms": {p: round(pct(health, p), 1) for p in (50, 95, 99)},
                        "ack_p95_over_healthz_p95": round(pct(ack_ms, 95) / pct(health, 95), 2),
                        "answer_ms": {p: round(pct(answer_ms, p), 1) for p in (50, 95)},
                        "answer_mean_ms": round(statistics.fmean(answer_ms), 1) if answer_ms else None,
                        "bot_cpu_ms_per_mention": round(bot_cpu * 1000 / len(asked_all), 2),
                        "engine_cpu_ms_per_mention": round(engine_cpu * 1000 / len(asked_all), 2),
                        "standin_cpu_ms_per_mention": round(standin_cpu * 1000 / len(asked_all), 2),
                        "lost": lost,
                        "duplicated": duplicated,
                    }
                )
            watcher.cancel()
            ws.unsubscribe(changes)
            await http.close()
            return {
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                "load_average": load_average,
                "results": results,
                "retries_sent": sum(1 for a in slack.acks if a.retry_num),
                "web_api_calls": len(slack.calls),
            }
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def report(data: dict) -> str:
    lines = [
        "claimbot bot: HTTP endpoint acks and answers (claimbot serve, real engine, Slack stand-in)",
        f"machine: {data['machine']}; load average at start {data['load_average']} (other work shares the cores)",
        "healthz: GET /healthz at the same concurrency, idle and during the same bursts (the floor of the server)",
        "",
        f"{'concurrent':>10} {'mentions':>8} {'events':>6} | {'ack p50':>8} {'p95':>7} {'p99':>7} | "
        f"{'healthz idle p95':>16} | {'in burst p50':>12} {'p95':>7} | {'ack/healthz p95':>15} | "
        f"{'answer p50':>10} {'p95':>8} | {'CPU/mention bot':>15} {'engine':>7} {'stand-in':>8} | "
        f"{'lost':>4} {'dup':>4}",
    ]
    for r in data["results"]:
        a, i, h, t = r["ack_ms"], r["healthz_idle_ms"], r["healthz_ms"], r["answer_ms"]
        lines.append(
            f"{r['concurrent']:>10} {r['mentions']:>8} {r['events']:>6} | "
            f"{a[50]:>6.1f}ms {a[95]:>5.1f}ms {a[99]:>5.1f}ms | "
            f"{i[95]:>14.1f}ms | {h[50]:>10.1f}ms {h[95]:>5.1f}ms | {r['ack_p95_over_healthz_p95']:>14.2f}x | "
            f"{t[50]:>8.0f}ms {t[95]:>6.0f}ms | {r['bot_cpu_ms_per_mention']:>13.1f}ms "
            f"{r['engine_cpu_ms_per_mention']:>5.1f}ms {r['standin_cpu_ms_per_mention']:>6.1f}ms | "
            f"{r['lost']:>4} {r['duplicated']:>4}"
        )
    top = data["results"][-1]
    ok = top["ack_ms"][95] < 100 and all(r["lost"] == 0 and r["duplicated"] == 0 for r in data["results"])
    lines += [
        "",
        f"Slack retries sent (acks over 3 s or failed): {data['retries_sent']}; Web API calls: {data['web_api_calls']}",
        f"target (ack p95 < 100 ms at {top['concurrent']} concurrent, none lost or duplicated): "
        f"{'met' if ok else 'MISSED'}",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,10,50", help="concurrent mentions per round")
    parser.add_argument("--rounds", default="20,4,2", help="rounds per level")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    rounds = [int(x) for x in args.rounds.split(",")]
    data = asyncio.run(run(levels, rounds))
    print(json.dumps(data, indent=2) if args.json else report(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
