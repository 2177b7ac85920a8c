"""What a lookup by meaning ("which claims involve someone getting hurt?" when no file says the
words) costs: one search across every claim in reach (``Manager._most_like`` given all of them),
against one search per claim (what it did before: ``_most_like`` given each claim alone), in the
same run, on the same store, with the selector's vector cache emptied before each (cold).

Prints, per topic phrase: wall and CPU seconds of both, their ratio, the units embedded, and the
claims ``similar_topic_hits`` lists from each (the answers should agree: the one search reads
only the claims whose leaves come back, the best first).

    .venv/bin/python bench/lookup_by_meaning.py [--leaves 1000] [--phrases "someone hurt,theft"]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

PHRASES = "someone getting hurt,stolen property,water damage,a fire,a lawsuit"


def _cold(engine, selector) -> None:  # type: ignore[no-untyped-def]
    """Forget every vector embedded so far: the selector's cache, and the engine's own when it keeps one."""
    vectors = getattr(selector, "_VECTORS", None)
    if vectors is not None:
        vectors.clear()
    cache = getattr(engine, "_vectors", None)
    if cache is not None:  # the engine's vector cache (memory and a file in its home): an empty one, in memory
        engine._vectors = type(cache)(engine.settings.embed_model)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaves", type=int, default=1000, help="store size in leaf chunks (default 1000)")
    parser.add_argument("--phrases", default=PHRASES, help="topic phrases, comma-separated")
    args = parser.parse_args()

    from _common import CpuWatch, load_note, machine_line, open_engine, table  # type: ignore[import-not-found]
    from _store import SCOPE, ingested_store, replicated_store, scratch_copy  # type: ignore[import-not-found]

    from rag.experts.filters import similar_topic_hits
    from rag.selection import selector

    store = ingested_store(args.leaves) if args.leaves <= 5000 else replicated_store(args.leaves)
    rows = []
    with tempfile.TemporaryDirectory(prefix="claimbot-bench-") as scratch:
        engine = open_engine(scratch_copy(store, Path(scratch)))
        engine.wait_warm()
        manager = engine._manager
        claims = engine.claims(scope=SCOPE)
        ids = [c.claim_id for c in claims]
        docs_of: dict[str, list] = {}
        for doc in engine.documents(scope=SCOPE):
            docs_of.setdefault(doc.claim_id or "", []).append(doc)
        engine.embed(["warm up the model"])
        watch = CpuWatch()
        for phrase in [p.strip() for p in args.phrases.split(",") if p.strip()]:
            measured = {}
            for how in ("one search", "per claim"):
                _cold(engine, selector)
                timings: dict[str, float] = {}
                wall, cpu = time.perf_counter(), time.process_time()
                if how == "one search":
                    found = manager._most_like(phrase, SCOPE, ids, claims, timings)
                else:
                    found = {}
                    for claim_id in ids:
                        found.update(manager._most_like(phrase, SCOPE, [claim_id], claims, timings))
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                hits = similar_topic_hits(phrase, claims, docs_of, lambda _p, wanted, f=found: {
                    c: f[c] for c in wanted if c in f})
                measured[how] = (wall, cpu, int(timings.get("by_meaning_embedded", 0)),
                                 int(timings.get("by_meaning_searches", 0)), sorted(hits))
            one, each = measured["one search"], measured["per claim"]
            rows.append([phrase, f"{each[0]:.2f}", f"{one[0]:.2f}", f"{each[0] / one[0]:.1f}x",
                         f"{each[1]:.2f}", f"{one[1]:.2f}", f"{each[1] / max(one[1], 1e-3):.1f}x",
                         f"{each[3]}/{one[3]}", f"{each[2]}/{one[2]}",
                         " ".join(each[4]) or "-", " ".join(one[4]) or "-"])
        info = engine.stats()
        engine.close()
    print(machine_line())
    print(table(["phrase", "per-claim s", "one-search s", "wall ratio", "per-claim CPU s", "one-search CPU s",
                 "CPU ratio", "searches", "units embedded", "listed (per claim)", "listed (one search)"], rows,
                title=f"lookup by meaning over {len(ids)} claims, {info.get('leaves')} leaves (cold vector cache)"))
    print(load_note(watch.stop()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
