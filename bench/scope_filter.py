"""Ways to keep a similarity search inside a question's scopes (and claim), at 100k leaves.

    .venv/bin/python bench/scope_filter.py [--leaves 100000] [--channels 40] [--queries 30]

Chroma evaluates a ``where`` filter by reading the metadata of every record that matches a part
of it: ``scope IN [channel, workspace]`` is most of a big store, so a question asked in a channel
about one claim paid for reading all of them (40 ms at 100k where the search alone is 3 ms).
This measures, on one embedded store of random unit vectors laid out like claimbot's (half the
leaves workspace-wide, the rest spread over ``--channels`` channels, ~40 leaves a claim):

- ``unfiltered``: the bare search (the baseline).
- ``scope + claim``: ``$and`` of ``scope IN`` and ``claim_id IN`` (what claimbot did).
- ``combined key``: one ``scope_claim IN ["C7|CLM-1", "workspace|CLM-1"]`` field.
- ``per-scope collections``: one collection per scope, each searched (claim-filtered) and merged.
- ``engine-scored``: the leaf ids of the claim in reach from a local table (rag/lexical.py's
  ``leaves``), their vectors read by id and scored with numpy (what claimbot does now, up to
  2,000 leaves).
- open questions (no claim) from a channel: ``scope IN`` vs per-scope collections vs an unfiltered
  search for 4x as many kept to the reach (what claimbot does when the reach holds at least half
  the store; the filtered search again when fewer than 12 were in reach).

Each figure is the median of ``--queries`` searches (n_results 12), after 3 unmeasured ones.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine_line, proc_status_mb  # noqa: E402

DIM = 384
K = 12


def _timed(fn: Any, n: int) -> float:
    for _ in range(3):
        fn(0)
    times = []
    for i in range(n):
        started = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaves", type=int, default=100_000)
    parser.add_argument("--channels", type=int, default=40)
    parser.add_argument("--queries", type=int, default=30)
    args = parser.parse_args()
    print(machine_line())
    rng = np.random.default_rng(7)
    n = args.leaves
    vectors = rng.normal(size=(n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    claims = np.arange(n) // 40
    scopes = np.where(claims % 2 == 0, "workspace", np.char.add("C", (claims % args.channels).astype(str)))
    ids = [f"leaf-{i}" for i in range(n)]
    metas = [{"scope": str(s), "claim_id": f"CLM-{c}", "scope_claim": f"{s}|CLM-{c}"} for s, c in zip(scopes, claims)]
    scratch = Path(tempfile.mkdtemp(prefix="claimbot-bench-scope-"))
    try:
        client = chromadb.PersistentClient(path=str(scratch), settings=ChromaSettings(anonymized_telemetry=False))
        batch = min(client.get_max_batch_size(), 5000)
        started = time.perf_counter()
        one = client.create_collection("all", embedding_function=None, metadata={"hnsw:space": "cosine"})
        per_scope: dict[str, Any] = {}
        for start in range(0, n, batch):
            one.add(ids=ids[start:start + batch], embeddings=vectors[start:start + batch],
                    metadatas=metas[start:start + batch])
        for scope in sorted(set(scopes.tolist())):
            rows = np.flatnonzero(scopes == scope)
            col = client.create_collection(f"scope-{scope}", embedding_function=None, metadata={"hnsw:space": "cosine"})
            for start in range(0, len(rows), batch):
                part = rows[start:start + batch]
                col.add(ids=[ids[i] for i in part], embeddings=vectors[part], metadatas=[metas[i] for i in part])
            per_scope[scope] = col
        print(f"built {n} leaves ({len(per_scope)} scopes, {claims.max() + 1} claims) in "
              f"{time.perf_counter() - started:.0f} s")

        # a channel claim per query: its scope is the channel (odd claims live in channels)
        picks = [int(c) for c in rng.choice(np.arange(1, claims.max(), 2), size=args.queries + 3)]
        queries = rng.normal(size=(len(picks), DIM)).astype(np.float32)
        by_claim: dict[int, list[str]] = {}
        for i, c in enumerate(claims.tolist()):
            by_claim.setdefault(c, []).append(ids[i])

        def scope_of(i: int) -> str:
            return f"C{picks[i] % args.channels}"

        def claim_of(i: int) -> str:
            return f"CLM-{picks[i]}"

        def unfiltered(i: int) -> Any:
            return one.query(query_embeddings=[queries[i]], n_results=K)

        def scope_and_claim(i: int) -> Any:
            where = {"$and": [{"scope": {"$in": [scope_of(i), "workspace"]}}, {"claim_id": {"$in": [claim_of(i)]}}]}
            return one.query(query_embeddings=[queries[i]], n_results=K, where=where)

        def combined(i: int) -> Any:
            keys = [f"{scope_of(i)}|{claim_of(i)}", f"workspace|{claim_of(i)}"]
            return one.query(query_embeddings=[queries[i]], n_results=K, where={"scope_claim": {"$in": keys}})

        def collections(i: int, claim: bool = True) -> list[tuple[float, str]]:
            found: list[tuple[float, str]] = []
            for scope in (scope_of(i), "workspace"):
                col = per_scope[scope]
                where = {"claim_id": claim_of(i)} if claim else None
                got = col.query(query_embeddings=[queries[i]], n_results=K, where=where)
                found += list(zip(got["distances"][0], got["ids"][0]))
            return sorted(found)[:K]

        def engine_scored(i: int) -> list[str]:
            allowed = by_claim[picks[i]]  # rag/lexical.py reads these from its (scope, claim) table
            got = one.get(ids=allowed, include=["embeddings"])
            vs = np.asarray(got["embeddings"], dtype=np.float32)
            scores = vs @ queries[i] / np.linalg.norm(queries[i])
            return [got["ids"][j] for j in np.argsort(-scores)[:K]]

        def open_scope(i: int) -> Any:
            return one.query(query_embeddings=[queries[i]], n_results=K,
                             where={"scope": {"$in": [scope_of(i), "workspace"]}})

        def over_fetch(i: int) -> list[str]:
            reach = {scope_of(i), "workspace"}
            got = one.query(query_embeddings=[queries[i]], n_results=K * 4, include=["metadatas", "distances"])
            kept = [j for j, m in zip(got["ids"][0], got["metadatas"][0]) if m["scope"] in reach]
            if len(kept) < K:
                return open_scope(i)["ids"][0]
            return kept[:K]

        rows = [
            ("unfiltered (baseline)", _timed(unfiltered, args.queries)),
            ("claim: scope IN + claim_id IN", _timed(scope_and_claim, args.queries)),
            ("claim: combined key scope_claim IN", _timed(combined, args.queries)),
            ("claim: per-scope collections, merged", _timed(collections, args.queries)),
            ("claim: engine-scored (ids from local table)", _timed(engine_scored, args.queries)),
            ("open, from a channel: scope IN", _timed(open_scope, args.queries)),
            ("open, from a channel: per-scope collections", _timed(lambda i: collections(i, claim=False),
                                                                   args.queries)),
            ("open, from a channel: unfiltered x4, kept to reach", _timed(over_fetch, args.queries)),
        ]
        base = rows[0][1]
        print(f"\n{'search':52} {'p50 ms':>8} {'vs unfiltered':>14}")
        for name, ms in rows:
            print(f"{name:52} {ms:8.1f} {ms / base:13.1f}x")
        print(f"\npeak RSS {proc_status_mb('VmHWM'):.0f} MB")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
