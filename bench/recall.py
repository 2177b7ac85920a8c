"""Retrieval recall@5 and answer accuracy on the sample claims: the figures hybrid retrieval
and the experts are judged by.

    .venv/bin/python bench/recall.py [--sets questions,holdout] [--no-eval]

recall@5: for every question with an expected value and a claim, the expected text (its regex,
or the answer squashed of spaces and case) is inside one of the top 5 merged passages that
``Engine.retrieve`` returns for the question, restricted to the claim it is about (as the
manager restricts it). Eval accuracy is ``rag.evaluation.run_eval`` over the same sets. Never
run this on ``data/eval/frozen/``: that set is kept out of tuning.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rag.config import Settings  # noqa: E402
from rag.engine import Engine  # noqa: E402
from rag.evaluation import contains, run_eval  # noqa: E402

DATA = ROOT / "data"


def recall_at(engine: Engine, questions: list[dict], k: int = 5) -> tuple[int, int]:
    hits = total = 0
    for q in questions:
        if q.get("expect_not_found") or not (q.get("expected_answer") or q.get("expected_regex")):
            continue
        if q.get("route") in ("summary", "lookup", "none") or not q.get("claim_id"):
            continue
        total += 1
        passages = engine.retrieve(q["question"], scope=q.get("scope") or "workspace", claim_ids=[q["claim_id"]])
        if any(contains(p.text, q) for p in passages[:k]):
            hits += 1
    return hits, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="questions,holdout")
    parser.add_argument("--no-eval", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([DATA / "claims", DATA / "workspace"])
        for name in args.sets.split(","):
            if "frozen" in name:
                raise SystemExit("the frozen set is not for tuning runs")
            questions = [json.loads(line) for line in (DATA / "eval" / f"{name}.jsonl").read_text().splitlines()
                         if line.strip()]
            hits, total = recall_at(engine, questions)
            line = f"{name}: recall@5 {hits}/{total} = {hits / max(total, 1):.3f}"
            if not args.no_eval:
                report = run_eval(lambda question, scope: engine.ask(question, scope=scope or "workspace"), questions)
                s = report.summary
                wrong = [r["question"] for r in report.results if r["outcome"] != "correct"]
                line += f"; eval {s['correct']}/{s['n']} (wrong answers {s['wrong']})"
                line += "".join(f"\n    miss: {w}" for w in wrong)
            print(line, flush=True)


if __name__ == "__main__":
    main()
