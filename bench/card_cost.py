"""What a claim card's field selection costs: one selector call per field (how the card asked
before) against one batched pass (``select_many``: every field's texts embedded in one call),
with 12 and with the card's units per field, on the same retrieved passages in the same run.

Ingests the outside-style training files (data/eval/train/files) into a temporary store; for each
claim, retrieves every field question of the card as the manager does, then times the selection
with the vector cache emptied before each run (the first summary of a claim: every unit embedded).
Process CPU time, so other work on the machine inflates it less than the wall clock.

    .venv/bin/python bench/card_cost.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="runs per claim and way; the fastest counts")
    args = parser.parse_args()

    from _common import CpuWatch, load_note, machine_line, ratio, table  # type: ignore[import-not-found]

    from rag.config import Settings
    from rag.engine import Engine
    from rag.experts.card import CARD_EMBEDDED_UNITS, FIELDS
    from rag.experts.needle import rule_view
    from rag.selection import Ask, candidate_units, select, select_many
    from rag.selection import selector as selector_module

    print(machine_line())
    watch = CpuWatch()
    with tempfile.TemporaryDirectory(prefix="claimbot-bench-") as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([ROOT / "data" / "eval" / "train" / "files"])
        engine.embed(["warm up the model"])
        ways = {
            "one call per field, 12 units": lambda asks: [select(a.question, a.candidates, engine.embed, kind=a.kind,
                                                                 rules=a.rules) for a in asks],
            "batched, 12 units": lambda asks: select_many(asks, engine.embed, embedded_units=12),
            f"batched, {CARD_EMBEDDED_UNITS} units (the card)":
                lambda asks: select_many(asks, engine.embed, embedded_units=CARD_EMBEDDED_UNITS),
        }
        totals = dict.fromkeys(ways, 0.0)
        rows = []
        for claim in engine.claims():
            asks = []
            for question, kind in FIELDS.values():
                passages = engine.retrieve(question, scope="workspace", claim_ids=[claim.claim_id], merge=False)
                contexts = {p.node_id: engine.expand(p) for p in passages}
                asks.append(Ask(question, candidate_units(passages, contexts), kind,
                                rule_view(question, passages, contexts=contexts)))
            row: list[object] = [claim.claim_id]
            for name, way in ways.items():
                best = float("inf")
                for _ in range(args.rounds):
                    selector_module._VECTORS.clear()
                    started = time.process_time()
                    way(asks)
                    best = min(best, (time.process_time() - started) * 1000)
                totals[name] += best
                row.append(round(best))
            rows.append(row)
        names = list(ways)
        rows.append(["all claims", *(round(totals[n]) for n in names)])
        print(table(["claim", *(f"{n} (CPU ms)" for n in names)], rows,
                    title=f"A card's {len(FIELDS)} field selections, cold vector cache"))
        base = totals[names[0]]
        print("ratios to one call per field: " + ", ".join(f"{n} {ratio(totals[n], base)}" for n in names[1:]))
    print(load_note(watch.stop()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
