"""What the answer selector costs a fact question, against the rule-based line choice on the same
passages in the same run.

Ingests data/ into a temporary store, retrieves each needle question of data/eval/questions.jsonl
as the manager does, then times, on those passages: the rules alone (``rank_lines``), and the
whole fact answer (the rules as features, the candidate units, the selector, the composed answer)
for each number of units embedded per question (``--embedded``: the others are ranked by the
features that need no embedding and dropped): with the vector cache emptied before every
question (cold: every unit embedded), and with it kept over the run of different questions
(shared: an adjuster's next question often reads pages asked about before).

    .venv/bin/python bench/selector_cost.py [--limit N] [--embedded 12,20,40]
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
    parser.add_argument("--embedded", default="12,20,40", help="units embedded per question, comma-separated")
    args = parser.parse_args()

    from _common import percentile  # type: ignore[import-not-found]

    from rag.config import Settings
    from rag.engine import Engine
    from rag.experts.needle import head_phrase, rank_lines, rule_view
    from rag.selection import candidate_units, compose, select
    from rag.selection import selector as selector_module

    rows = [json.loads(line) for line in (ROOT / "data" / "eval" / "questions.jsonl").read_text().splitlines()
            if line.strip()]
    questions = [q for q in rows if (q.get("route") or "needle") == "needle"][: args.limit]
    sizes = [int(k) for k in args.embedded.split(",")]
    timings: dict[str, list[float]] = {"rules": []}
    for k in sizes:
        timings[f"{k} units cold"] = []
        timings[f"{k} units shared"] = []
    units_per_question: list[int] = []
    with tempfile.TemporaryDirectory(prefix="claimbot-bench-") as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([ROOT / "data" / "claims", ROOT / "data" / "workspace"])
        engine.embed(["warm up the model"])
        asked = []
        for q in questions:
            claim_ids = [q["claim_id"]] if q.get("claim_id") else []
            best: dict = {}
            for query in dict.fromkeys(x for x in (q["question"], head_phrase(q["question"])) if x):
                for p in engine.retrieve(query, scope="workspace", claim_ids=claim_ids, merge=False):
                    if p.node_id not in best or p.score > best[p.node_id].score:
                        best[p.node_id] = p
            passages = sorted(best.values(), key=lambda p: -p.score)
            asked.append((q["question"], passages, {p.node_id: engine.expand(p) for p in passages}))

        def answer(question: str, passages: list, contexts: dict) -> int:
            units = candidate_units(passages, contexts)
            rules = rule_view(question, passages, contexts=contexts)
            compose(select(question, units, engine.embed, rules=rules), claim_named=True)
            return len(units)

        for question, passages, contexts in asked:
            t = time.perf_counter()
            rank_lines(question, passages, contexts=contexts)
            timings["rules"].append((time.perf_counter() - t) * 1000)
        for k in sizes:
            selector_module.EMBEDDED_UNITS = k
            for label in (f"{k} units cold", f"{k} units shared"):
                selector_module._VECTORS.clear()
                for question, passages, contexts in asked:
                    if label.endswith("cold"):
                        selector_module._VECTORS.clear()
                    t = time.perf_counter()
                    n = answer(question, passages, contexts)
                    timings[label].append((time.perf_counter() - t) * 1000)
                    if len(units_per_question) < len(asked):
                        units_per_question.append(n)
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
