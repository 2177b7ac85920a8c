"""What MCP adds to an answer: the same questions asked of the engine directly (the baseline), through
the MCP server in memory (the SDK's dispatch, schema validation, JSON), and over a real stdio
subprocess of ``claimbot mcp`` (plus the pipe); and how long ``claimbot mcp`` takes from spawn to
its tool list (what a Claude Desktop user waits for at start).

    .venv/bin/python bench/mcp_overhead.py [--questions 30] [--runs 3]

The store is ``data/claims`` ingested into a temporary home, all in one scope.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, machine_line, percentile, ratio, save_result, table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="stdio start-up runs")
    args = parser.parse_args(argv)
    return asyncio.run(run(args.questions, args.runs))


async def run(n_questions: int, runs: int) -> int:
    from mcp import Client, StdioServerParameters

    from bot.mcp_server import build_server
    from rag.config import Settings
    from rag.engine import Engine

    print(machine_line())
    questions = [json.loads(line)["question"] for line in (ROOT / "data/eval/questions.jsonl").read_text().splitlines()
                 if line.strip()][:n_questions]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        engine = Engine.open(Settings(home=home))
        engine.ingest_paths([ROOT / "data/claims"], scope="C1")
        for q in questions[:3]:  # warm caches alike for all three
            engine.ask(q, scope="C1")

        direct = []
        for q in questions:
            t = time.perf_counter()
            engine.ask(q, scope="C1")
            direct.append((time.perf_counter() - t) * 1000)

        memory = []
        async with Client(build_server(engine, ["C1"])) as client:
            for q in questions:
                t = time.perf_counter()
                await client.call_tool("ask", {"question": q})
                memory.append((time.perf_counter() - t) * 1000)

        env = {"ANONYMIZED_TELEMETRY": "False", "CLAIMBOT_HOME": str(home), "PATH": os.environ["PATH"]}
        params = StdioServerParameters(command=str(Path(sys.executable).with_name("claimbot")),
                                       args=["mcp", "--scope", "C1"], env=env)
        starts, stdio = [], []
        for i in range(runs):
            t = time.perf_counter()
            async with Client(params) as client:
                await client.list_tools()
                starts.append((time.perf_counter() - t) * 1000)
                if i == 0:
                    for q in questions[:3]:
                        await client.call_tool("ask", {"question": q})
                    for q in questions:
                        t = time.perf_counter()
                        await client.call_tool("ask", {"question": q})
                        stdio.append((time.perf_counter() - t) * 1000)

    rows = []
    for name, values in (("engine.ask (baseline)", direct), ("MCP in memory", memory), ("MCP over stdio", stdio)):
        rows.append([name, len(values), f"{percentile(values, 50):.1f}", f"{percentile(values, 95):.1f}",
                     ratio(percentile(values, 50), percentile(direct, 50))])
    print(table(["ask", "n", "p50 ms", "p95 ms", "p50 vs baseline"], rows,
                title=f"ask latency, data/claims, {len(questions)} questions"))
    print(table(["claimbot mcp start", "runs", "p50 ms", "max ms"],
                [["spawn -> tool list", len(starts), f"{percentile(starts, 50):.0f}", f"{max(starts):.0f}"]]))
    save_result("mcp_overhead", {"direct_ms": direct, "memory_ms": memory, "stdio_ms": stdio, "start_ms": starts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
