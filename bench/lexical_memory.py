"""Memory, size and build time of the lexical index (rag/lexical.py, SQLite FTS5) at a given
number of leaves.

    .venv/bin/python bench/lexical_memory.py [--leaves 100000] [--words 90]

Leaves are synthetic claim-file text (an adjuster's vocabulary, random names and amounts) served
by an in-memory stand-in for the store's leaves collection, so only the index is measured: peak
RSS before and after building it, the build time (a new replica reading every leaf once), the
file's size, the query time (whole reach and one claim), and adding one more version (what an
ingest costs it).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rag.lexical import LexicalIndex  # noqa: E402

WORDS = ("insured claimant adjuster vehicle towed storage invoice deductible reserve payment estimate "
         "inspection water damage kitchen ceiling roof hail wind fire smoke theft burglary injury wrist "
         "back strain employer worker policy coverage limit dwelling contents rental collision barrier "
         "ramp rain hydroplaned statement witness report police attorney settlement release medical").split()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class FakeLeaves:
    def __init__(self, n: int, words: int, versions: int) -> None:
        rng = random.Random(7)
        self.rows = []
        for i in range(n):
            text = " ".join(rng.choice(WORDS) if rng.random() < 0.95
                            else f"{rng.choice('ABCDEFGH')}{rng.randint(100, 99999)}" for _ in range(words))
            v = f"v{i % versions}"
            self.rows.append((f"leaf-{i}", text, {"version_id": v, "claim_id": f"CLM-{i % versions}"}))

    def get(self, where, include, limit, offset):  # type: ignore[no-untyped-def]
        wanted = set(where["version_id"]["$in"])
        rows = [r for r in self.rows if r[2]["version_id"] in wanted][offset:offset + limit]
        return {"ids": [r[0] for r in rows], "documents": [r[1] for r in rows], "metadatas": [r[2] for r in rows]}


def main() -> None:
    import tempfile

    from rag.lexical import VersionEntry

    parser = argparse.ArgumentParser()
    parser.add_argument("--leaves", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=90)
    args = parser.parse_args()
    versions = max(1, args.leaves // 50)
    leaves = FakeLeaves(args.leaves, args.words, versions)
    entries = [VersionEntry(f"v{v}", f"d{v}", "workspace", f"CLM-{v}", f"file-{v}.pdf") for v in range(versions)]
    store = SimpleNamespace(leaves=leaves, registry=SimpleNamespace(versions=lambda: entries))
    base = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lexical.sqlite3"
        started = time.perf_counter()
        index = LexicalIndex(store, path)
        index.sync(entries)
        built = time.perf_counter() - started
        peak = rss_mb()
        view = object()
        t = time.perf_counter()
        for q in ("hail damage to the roof", "towing invoice storage", "B4512 serial"):
            index.search(q, reach=["workspace"], k=12, registry_view=view)
        query_ms = (time.perf_counter() - t) / 3 * 1000
        t = time.perf_counter()
        for q in ("hail damage to the roof", "towing invoice storage", "B4512 serial"):
            index.search(q, reach=["workspace"], claim_ids=["CLM-7"], k=12, registry_view=view)
        claim_ms = (time.perf_counter() - t) / 3 * 1000
        t = time.perf_counter()
        index.sync(entries[1:])  # one version replaced: its rows out ...
        index.sync(entries)  # ... and in again
        changed_ms = (time.perf_counter() - t) * 1000
        size = path.stat().st_size / 1e6
        index.close()
    print(f"{args.leaves} leaves x {args.words} words: build {built:.1f} s, file {size:.0f} MB, "
          f"query {query_ms:.1f} ms "
          f"(one claim {claim_ms:.1f} ms), one version out and in {changed_ms:.0f} ms, peak RSS {peak:.0f} MB "
          f"(corpus alone {base:.0f} MB, index +{peak - base:.0f} MB)")


if __name__ == "__main__":
    main()
