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
from collections.abc import Callable
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

    print(machine_line())
    watch = CpuWatch()
    with tempfile.TemporaryDirectory(prefix="claimbot-bench-") as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([ROOT / "data" / "eval" / "train" / "files"])
        engine.embed(["warm up the model"])
        kept: list[object] = []

        def cold() -> Callable[[list[str]], object]:
            """The engine's model with an empty vector cache (a new embedder object: the
            selector's process cache is keyed by it; kept alive so no id is reused)."""
            def embed(texts: list[str]) -> object:
                return engine._embed_now(texts)
            kept.append(embed)
            return embed

        ways = {
            "one call per field, 12 units": lambda asks: [select(a.question, a.candidates, embed, kind=a.kind,
                                                                 rules=a.rules) for embed in [cold()] for a in asks],
            "batched, 12 units": lambda asks: select_many(asks, cold(), embedded_units=12),
            f"batched, {CARD_EMBEDDED_UNITS} units (the card)":
                lambda asks: select_many(asks, cold(), embedded_units=CARD_EMBEDDED_UNITS),
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
        # A summary asked again (the card kept per claim and document versions): the whole ask, twice.
        asked = []
        first_total = again_total = 0.0
        for claim in engine.claims():
            times = []
            for _ in range(2):
                started = time.process_time()
                engine.ask(f"summarize {claim.claim_id}")
                times.append((time.process_time() - started) * 1000)
            first_total, again_total = first_total + times[0], again_total + times[1]
            asked.append([claim.claim_id, round(times[0]), round(times[1])])
        asked.append(["all claims", round(first_total), round(again_total)])
        print(table(["claim", "first summary (CPU ms)", "asked again (CPU ms)"], asked,
                    title="A claim's summary asked twice (the card is kept until a file changes)"))
        print(f"ratio asked again / first: {ratio(again_total, first_total)}")
    print(load_note(watch.stop()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
