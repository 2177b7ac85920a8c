"""What the answer selector costs a fact question, against the rule-based line choice on the same
passages in the same run.

Ingests data/ into a temporary store, retrieves each needle question of data/eval/questions.jsonl
as the manager does, then times, on those passages: the rules (``rank_lines``), the selector with
its vector cache emptied before every question (cold: every unit embedded), and the selector
again (warm: the units of pages asked about before come from the cache).

    .venv/bin/python bench/selector_cost.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=40, help="questions to time (default 40)")
    args = parser.parse_args()

    from _common import percentile  # type: ignore[import-not-found]

    from rag.config import Settings
    from rag.engine import Engine
    from rag.experts.needle import head_phrase, rank_lines
    from rag.selection import candidate_units, compose, select
    from rag.selection import selector as selector_module

    rows = [json.loads(line) for line in (ROOT / "data" / "eval" / "questions.jsonl").read_text().splitlines()
            if line.strip()]
    questions = [q for q in rows if (q.get("route") or "needle") == "needle"][: args.limit]
    timings: dict[str, list[float]] = {"rules": [], "selector cold": [], "selector warm": []}
    units_per_question: list[int] = []
    with tempfile.TemporaryDirectory(prefix="claimbot-bench-") as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([ROOT / "data" / "claims", ROOT / "data" / "workspace"])
        engine.embed(["warm up the model"])
        for q in questions:
            claim_ids = [q["claim_id"]] if q.get("claim_id") else []
            best: dict = {}
            for query in dict.fromkeys(x for x in (q["question"], head_phrase(q["question"])) if x):
                for p in engine.retrieve(query, scope="workspace", claim_ids=claim_ids, merge=False):
                    if p.node_id not in best or p.score > best[p.node_id].score:
                        best[p.node_id] = p
            passages = sorted(best.values(), key=lambda p: -p.score)
            contexts = {p.node_id: engine.expand(p) for p in passages}

            t = time.perf_counter()
            rank_lines(q["question"], passages, contexts=contexts)
            timings["rules"].append((time.perf_counter() - t) * 1000)

            for label in ("selector cold", "selector warm"):
                if label == "selector cold":
                    selector_module._VECTORS.clear()
                t = time.perf_counter()
                units = candidate_units(passages, contexts)
                compose(select(q["question"], units, engine.embed), claim_named=True)
                timings[label].append((time.perf_counter() - t) * 1000)
            units_per_question.append(len(units))
        engine.close()

    base = percentile(timings["rules"], 50)
    print(f"{len(questions)} needle questions of data/eval/questions.jsonl; candidate units per question: "
          f"median {percentile(units_per_question, 50):.0f}, max {max(units_per_question)}")
    print(f"{'':15} {'p50 ms':>8} {'p95 ms':>8} {'p50 / rules':>12}")
    for label, values in timings.items():
        p50 = percentile(values, 50)
        print(f"{label:15} {p50:8.1f} {percentile(values, 95):8.1f} {p50 / base:12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
