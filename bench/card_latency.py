"""A claim's first summary (its claim card) at 10k leaves: wall and CPU per card, and what the
answers were, so a change meant to make the card cheaper can show it changed no answer.

    .venv/bin/python bench/card_latency.py [--size 10000] [--claims 20] [--mode embedded|server]
                                           [--profile] [--answers out.json] [--topical]

Opens a scratch copy of the cached store (``bench/_store.py``, as ``ask_latency.py`` does: its
selector lines embedded ahead), waits for the warm-up, asks two summaries to warm the process,
then asks "Summarize claim X" of ``--claims`` claims never summarized in the process (each the
first summary of its claim: the card is cached per claim and document versions after it).
``--topical`` asks a topical request per claim instead ("what's been paid on X": the card with
what it asks first, or a digest). ``--answers`` writes every answer's text, route and citations;
two runs' files compared show whether a change moved an answer. CPU is this process's, all its
threads: steadier than the wall clock on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ChromaServer, CpuWatch, load_note, machine_line, open_engine, percentile  # noqa: E402

TOPICS = ("What's been paid on {claim_id} so far?", "Give me a rundown of the estimate on {claim_id}",
          "Summarize the coverage decision on {claim_id}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--claims", type=int, default=20)
    parser.add_argument("--mode", default="embedded", choices=("embedded", "server"))
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the timed cards (by own time)")
    parser.add_argument("--profile-out", type=Path, help="with --profile: also write the pstats file here")
    parser.add_argument("--topical", action="store_true", help="topical requests instead of plain summaries")
    parser.add_argument("--answers", type=Path, help="write the answers (text, route, citations) here")
    args = parser.parse_args(argv)

    import shutil

    from _store import load_info, scratch_copy, store_for

    print(machine_line())
    store = store_for(args.size, log=lambda *a: print("[build]", *a))
    info = load_info(store)
    scratch = Path(tempfile.mkdtemp(prefix="claimbot-bench-card-"))
    server: ChromaServer | None = None
    try:
        home = scratch_copy(store, scratch)
        if args.mode == "server":
            server = ChromaServer(home / "chroma").start()
        engine = open_engine(home, server)
        engine.cards_ahead = False  # what a card costs to make (a served engine makes them ahead while idle)
        engine.wait_warm()
        ahead = getattr(engine, "_ahead", None)
        if ahead is not None:
            ahead.wait_done()
        claims = [str(c["claim_id"]) for c in info["claims"]]
        warm, timed = claims[:2], claims[2:2 + args.claims]
        for claim_id in warm:
            engine.ask(f"Summarize claim {claim_id}")
        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
        watch = CpuWatch([server.pid] if server else [])
        wall: list[float] = []
        cpu: list[float] = []
        answers: list[dict[str, Any]] = []
        for i, claim_id in enumerate(timed):
            question = (TOPICS[i % len(TOPICS)] if args.topical else "Summarize claim {claim_id}").format(
                claim_id=claim_id)
            if profiler:
                profiler.enable()
            started, cpu_started = time.perf_counter(), time.process_time()
            answer = engine.ask(question)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            if profiler:
                profiler.disable()
            answers.append({"question": question, "route": answer.route, "text": answer.text,
                            "citations": [[c.document, c.page, c.section, c.excerpt] for c in answer.citations],
                            "kind": (answer.trace.get("expert") or {}).get("kind")})
        load = watch.stop()
        made_ahead = getattr(getattr(engine, "_cards", None), "made", None)
        engine.close()
    finally:
        if server:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    what = "topical requests" if args.topical else "first summaries"
    print(f"[{args.size} {args.mode}] {len(wall)} {what}: wall p50 {percentile(wall, 50):.0f} ms "
          f"p95 {percentile(wall, 95):.0f} ms; CPU p50 {percentile(cpu, 50):.0f} ms p95 {percentile(cpu, 95):.0f} ms")
    kinds: dict[str, int] = {}
    for a in answers:
        kinds[f"{a['route']}/{a['kind']}"] = kinds.get(f"{a['route']}/{a['kind']}", 0) + 1
    print(f"  answers by route/kind: {kinds}; cards made ahead (should be 0): {made_ahead}")
    print(f"  {load_note(load)}")
    if args.answers:
        args.answers.write_text(json.dumps(answers, indent=1))
        print(f"  answers written to {args.answers}")
    if profiler:
        import io
        import pstats

        if args.profile_out:
            profiler.dump_stats(str(args.profile_out))
        for order in ("tottime", "cumulative"):
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).sort_stats(order).print_stats(45)
            print(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
