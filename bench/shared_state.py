"""What the shared state costs on the ack path: Postgres (``CLAIMBOT_DATABASE_URL``) vs sqlite.

    .venv/bin/python bench/shared_state.py [--levels 1,50,100] [--rounds 5]
    .venv/bin/python bench/bot_ack_latency.py   # with CLAIMBOT_DATABASE_URL set: the whole endpoint

Starts a throwaway Postgres cluster on a free loopback port (Debian's ``postgresql``, as the
tests do: ``make postgres``), and times :meth:`accept` of the journal (the one statement
between a verified request and its ack) at N concurrent requests, for Postgres over its async
pool and for ``slack.sqlite3`` in the same run (the baseline). Prints per level the latency
p50/p95 of one accept, and the wall time of the burst: sqlite's calls are sub-millisecond but
hold the event loop; Postgres's wait on the network and leave it free.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "bot")]

from postgres_cluster import PostgresCluster, why_not_runnable  # noqa: E402

from bot.pgstore import PostgresState  # noqa: E402
from bot.state import SharedState, SqliteState  # noqa: E402
from bot.store import BotStore  # noqa: E402

BODY = {"type": "event_callback", "event": {"type": "app_mention", "text": "what was the towing cost? " * 12}}


async def burst(state: SharedState, n: int, tag: str) -> tuple[list[float], float]:
    latencies: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await state.accept(f"message:C1:{tag}.{i}", "message", BODY, expires_in=1800)
        latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    return latencies, (time.perf_counter() - started) * 1000


async def run(levels: list[int], rounds: int) -> None:
    cluster = PostgresCluster().start()
    try:
        postgres = await PostgresState.open(cluster.url)
        sqlite = SqliteState(BotStore.open(Path(tempfile.mkdtemp(prefix="claimbot-bench-"))))
        print(f"journal accept at N concurrent requests; load average {os.getloadavg()[0]:.2f} on "
              f"{os.cpu_count()} cores; {rounds} rounds per level")  # fmt: skip
        print("    N | sqlite p50    p95   burst | postgres p50    p95   burst | burst ratio")
        for n in levels:
            figures = {}
            for name, state in (("sqlite", sqlite), ("postgres", postgres)):
                latencies, walls = [], []
                for r in range(rounds):
                    lat, wall = await burst(state, n, f"{name}-{n}-{r}")
                    latencies += lat
                    walls.append(wall)
                p95 = statistics.quantiles(latencies, n=20)[18] if len(latencies) > 1 else latencies[0]
                figures[name] = (statistics.median(latencies), p95, statistics.median(walls))
            s, p = figures["sqlite"], figures["postgres"]
            print(f"{n:5} | {s[0]:8.2f}ms {s[1]:6.2f}ms {s[2]:6.1f}ms | {p[0]:10.2f}ms {p[1]:6.2f}ms {p[2]:6.1f}ms |"
                  f" {p[2] / s[2]:8.1f}x")  # fmt: skip
        await postgres.close()
        await sqlite.close()
    finally:
        cluster.destroy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--levels", default="1,50,100")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if why_not_runnable():
        print(f"shared_state: {why_not_runnable()}", file=sys.stderr)
        return 2
    asyncio.run(run([int(x) for x in args.levels.split(",")], args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
