"""``engine.ask`` latency at 1k, 10k and 100k leaf chunks, embedded Chroma and ``chroma run``.

    .venv/bin/python bench/ask_latency.py [--sizes 1000,10000,100000] [--server | --modes embedded,server]
                                          [--questions 50] [--warmup 3]

For each size a store is built once and cached under bench/.cache/ (see bench/_store.py):
up to 5k leaves by real ingest of a synthetic corpus; above that by replicating a real 1k-leaf
ingest with new claim ids, doc ids and version ids and slightly noised copies of its vectors
(the output says which). Each (size, mode) is then measured in a fresh process, on a scratch
copy of the store, so peak RSS belongs to that size alone:

- ``open s``: ``Engine.open`` (model load + Chroma open); ``warm-up s``: from open until its
  background warm-up is over (``Engine.wait_warm``: registry index, lexical index, the leaves'
  vector index and docstore segments, the embedder's first run).
- ``1st ask``: the first ask after open, two ways, each in a fresh process: *at once* (asked the
  moment ``Engine.open`` returns, while the warm-up runs: what a question arriving with the
  replica's start pays) and *warmed* (asked once the warm-up is over: a replica that was started
  a few seconds before its first question). ``--new-replica`` adds a third: at once on a home
  with neither the lexical index nor the registry index file (a replica's first start on the
  store; the lexical index is then built in the background, the question answered from vectors).
- ``RSS``: VmRSS after open, after the warm-up, after the first ask and at the end (what holds
  memory, phase by phase), and ``peak RSS``.
- ``ask CPU p50/p95`` (in the notes): the measuring process's CPU time per ask, all its threads
  (onnxruntime's, Chroma's): what an ask costs, steadier than wall time on a shared machine.
- ``ask p50/p95``: ``engine.ask`` over ``--questions`` varied questions (claim facts, overviews,
  arithmetic, registry lookups, open searches), warm: after ``--warmup`` asks. A slow store stops
  after ``--budget-s`` seconds of asks (at least 10 are timed); the notes say so.
- ``query p50/p95`` (the baseline): the bare Chroma similarity search that ask made, replayed
  with ``collection.query`` (the same precomputed query embedding, ``n_results`` and ``where``
  filter), so ``ask/query`` is what claimbot adds on top of the vector search. An ask that made
  no query (the engine scored a claim's few leaves itself, rag/retrieval.py) is compared with the
  unfiltered query of its question.
- ``retrieve p50``: ``engine.retrieve`` alone (embed + search + auto-merge + version check).
- ``query no filter``: the same replayed search without its ``where`` filter (what filtering costs).
- ``embed p50``: one query embedding.
- ``calls/ask``: Chroma round trips per ask (query + get), and ``chroma ms``: time spent in them.
- ``peak RSS``: VmHWM of the measuring process (open + all asks); for ``server`` also of the
  ``chroma run`` process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    PYTHON,
    ChromaServer,
    CpuWatch,
    load_note,
    machine_line,
    manager_available,
    open_engine,
    percentile,
    proc_status_mb,
    save_result,
    stub_manager_if_missing,
    table,
)

TARGET_P95_MS = 150.0
MIN_ASKS = 10
"""Asks timed even when the time budget runs out (a p95 of fewer is meaningless)."""


# -- the measuring process ---------------------------------------------------------------------


class ChromaCalls:
    """Counts and times every Chroma ``query``/``get`` call, and keeps the similarity queries."""

    def __init__(self) -> None:
        from chromadb.api.models.Collection import Collection

        self.calls: list[tuple[str, str, float]] = []
        self.queries: list[tuple[Any, dict[str, Any]]] = []
        for method in ("query", "get"):
            original = getattr(Collection, method)
            setattr(Collection, method, self._wrap(method, original))

    def _wrap(self, method: str, original: Any) -> Any:
        calls = self

        def wrapper(col: Any, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(col, *args, **kwargs)
            finally:
                calls.calls.append((method, col.name, (time.perf_counter() - started) * 1000))
                if method == "query":
                    calls.queries.append((col, dict(kwargs)))

        return wrapper

    def reset(self) -> None:
        self.calls.clear()
        self.queries.clear()


def worker(args: argparse.Namespace) -> dict[str, Any]:
    from _store import load_info, scratch_copy
    from synthetic import questions

    store = Path(args.store)
    info = load_info(store)
    has_manager = manager_available()
    stub_manager_if_missing()
    scratch = Path(tempfile.mkdtemp(prefix="claimbot-bench-ask-"))
    server: ChromaServer | None = None
    try:
        started = time.perf_counter()
        home = scratch_copy(store, scratch, served=not args.new_replica)
        copy_s = time.perf_counter() - started
        if args.mode == "server":
            server = ChromaServer(home / "chroma").start()
        calls = ChromaCalls()
        rss: dict[str, float | None] = {"before open": proc_status_mb("VmRSS")}
        started = time.perf_counter()
        engine = open_engine(home, server)
        if args.no_cards_ahead:  # a first summary pays its claim's card (see rag/experts/card_ahead.py)
            engine.cards_ahead = False
        open_s = time.perf_counter() - started
        rss["open"] = proc_status_mb("VmRSS")
        qs = questions(info["claims"], args.questions + args.warmup, seed=args.seed)
        warm, timed = qs[: args.warmup], qs[args.warmup :]
        if args.first_only:
            return _first_ask_only(engine, warm[0], started, open_s, rss, has_manager, args, info)
        engine.wait_warm()
        warm_s = time.perf_counter() - started
        rss["warm-up"] = proc_status_mb("VmRSS")
        ahead = getattr(engine, "_ahead", None)  # the selector lines embedded ahead (rag/embedding/ahead.py)
        ahead_s = ahead_cpu_s = None
        if ahead is not None:  # the store's vectors file was copied in: the claims' cards are left
            started_ahead, cpu_ahead = time.perf_counter(), time.process_time()
            ahead.wait_done()
            ahead_s = time.perf_counter() - started_ahead
            ahead_cpu_s = time.process_time() - cpu_ahead

        result: dict[str, Any] = {
            "mode": args.mode,
            "target": info["target_leaves"],
            "method": info["method"],
            "leaves": info["leaves"],
            "nodes": info["nodes"],
            "documents": info["documents"],
            "claims": len(info["claims"]),
            "copy_s": copy_s,
            "open_s": open_s,
            "warm_s": warm_s,
            "manager": has_manager,
            "ahead_s": ahead_s,
            "ahead_cpu_s": ahead_cpu_s,
            "cards_ahead": getattr(getattr(engine, "_cards", None), "made", None),
            "ahead_embedded": getattr(ahead, "embedded", None),
            "ahead_versions": getattr(ahead, "versions_done", None),
        }
        watch = CpuWatch([server.pid] if server else [])

        # ask -----------------------------------------------------------------------------
        ask_ms: list[float] = []
        ask_cpu_ms: list[float] = []  # this process's CPU (all its threads: onnxruntime's, Chroma's) per ask
        cpu_by_route: dict[str, list[float]] = {}
        ms_by_route: dict[str, list[float]] = {}
        per_ask_calls: list[int] = []
        per_ask_chroma_ms: list[float] = []
        per_kind: dict[str, list[tuple[int, float]]] = {}
        replay: list[tuple[Any, dict[str, Any]]] = []
        routes: Counter[str] = Counter()
        errors: Counter[str] = Counter()
        slowest: list[tuple[float, str, str]] = []
        if has_manager:
            for i, q in enumerate(warm):
                started, cpu = time.perf_counter(), time.process_time()
                _ask(engine, q, errors)
                if i == 0:
                    result["first_ask_ms"] = (time.perf_counter() - started) * 1000
                    result["first_ask_cpu_ms"] = (time.process_time() - cpu) * 1000
                    rss["1st ask"] = proc_status_mb("VmRSS")
            profiler = None
            if args.profile:
                import cProfile

                profiler = cProfile.Profile()
            loop_started = time.monotonic()
            for q in timed:
                if len(ask_ms) >= MIN_ASKS and time.monotonic() - loop_started > args.budget_s:
                    result["budget_hit"] = True  # a slow store: fewer asks, still >= MIN_ASKS
                    break
                calls.reset()
                if profiler:
                    profiler.enable()
                started, cpu_started = time.perf_counter(), time.process_time()
                answer = _ask(engine, q, errors)
                if profiler:
                    profiler.disable()
                elapsed = (time.perf_counter() - started) * 1000
                ask_ms.append(elapsed)
                ask_cpu_ms.append((time.process_time() - cpu_started) * 1000)
                cpu_by_route.setdefault(answer.route if answer else "error", []).append(ask_cpu_ms[-1])
                ms_by_route.setdefault(answer.route if answer else "error", []).append(elapsed)
                routes[answer.route if answer else "error"] += 1
                per_ask_calls.append(len(calls.calls))
                per_ask_chroma_ms.append(sum(c[2] for c in calls.calls))
                kinds: dict[str, list[float]] = {}
                for method, name, ms in calls.calls:
                    kinds.setdefault(f"{method} {name.rsplit('-', 1)[-1]}", []).append(ms)
                for kind in set(kinds) | set(per_kind):
                    per_kind.setdefault(kind, []).append((len(kinds.get(kind, [])), sum(kinds.get(kind, []))))
                slowest.append((elapsed, answer.route if answer else "error", q))
                if calls.queries:
                    replay.append(calls.queries[0])
                else:  # the engine scored the claim's leaves itself: the baseline is the plain search
                    replay.append((engine._store.leaves, {
                        "query_embeddings": [engine._embed_model.get_query_embedding(q)],
                        "n_results": engine.settings.top_k}))
                    result["engine_scored"] = result.get("engine_scored", 0) + 1
            vectors = getattr(engine, "_vectors", None)  # the embedding cache (rag/embedding/cache.py), if any
            if vectors is not None:
                result["vector_cache"] = {"hits": vectors.hits, "misses": vectors.misses}
            if profiler:
                import io
                import pstats

                buf = io.StringIO()
                pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(35)
                result["profile"] = buf.getvalue()
        # retrieve alone ----------------------------------------------------------------------
        retrieve_ms: list[float] = []
        for q in warm:
            engine.retrieve(q, scope="workspace")
        for q in timed[: max(len(ask_ms), MIN_ASKS)]:
            calls.reset()
            started = time.perf_counter()
            engine.retrieve(q, scope="workspace")
            retrieve_ms.append((time.perf_counter() - started) * 1000)
            if not has_manager and calls.queries:
                replay.append(calls.queries[0])
        # embed alone -------------------------------------------------------------------------
        embed_model = engine._embed_model  # the engine's own model: the same weights and threads
        embed_ms: list[float] = []
        for q in timed:
            started = time.perf_counter()
            embed_model.get_query_embedding(q)
            embed_ms.append((time.perf_counter() - started) * 1000)
        # the bare Chroma query: replay what ask (or retrieve) searched -----------------------
        query_ms: list[float] = []
        for col, kwargs in replay[:3]:
            col.query(**kwargs)
        for col, kwargs in replay:
            started = time.perf_counter()
            col.query(**kwargs)
            query_ms.append((time.perf_counter() - started) * 1000)
        unfiltered_ms: list[float] = []  # the same search without the where filter: what filtering costs
        for col, kwargs in replay:
            started = time.perf_counter()
            col.query(**{k: v for k, v in kwargs.items() if k != "where"})
            unfiltered_ms.append((time.perf_counter() - started) * 1000)
        load = watch.stop()

        result.update(
            ask_ms=ask_ms,
            ask_p50=percentile(ask_ms, 50),
            ask_p95=percentile(ask_ms, 95),
            ask_cpu_ms=ask_cpu_ms,
            ask_cpu_p50=percentile(ask_cpu_ms, 50),
            ask_cpu_p95=percentile(ask_cpu_ms, 95),
            ask_cpu_by_route={k: percentile(v, 50) for k, v in sorted(cpu_by_route.items())},
            ask_cpu_p95_by_route={k: percentile(v, 95) for k, v in sorted(cpu_by_route.items())},
            ask_by_route={k: {"n": len(v), "p50": percentile(v, 50), "p95": percentile(v, 95)}
                          for k, v in sorted(ms_by_route.items())},
            ask_max=max(ask_ms) if ask_ms else None,
            query_p50=percentile(query_ms, 50),
            query_p95=percentile(query_ms, 95),
            unfiltered_p50=percentile(unfiltered_ms, 50),
            retrieve_p50=percentile(retrieve_ms, 50),
            retrieve_p95=percentile(retrieve_ms, 95),
            embed_p50=percentile(embed_ms, 50),
            calls_per_ask=statistics.median(per_ask_calls) if per_ask_calls else None,
            calls_by_kind={
                k: {"calls_mean": statistics.mean(c for c, _ in v), "ms_mean": statistics.mean(m for _, m in v)}
                for k, v in sorted(per_kind.items())
            },
            chroma_ms_p50=percentile(per_ask_chroma_ms, 50),
            filters=sorted({json.dumps(kw.get("where"), sort_keys=True)[:160] for _, kw in replay})[:5],
            n_results=sorted({kw.get("n_results") for _, kw in replay}),
            routes=dict(routes),
            errors=dict(errors),
            slowest=sorted(slowest, reverse=True)[:5],
            peak_rss_mb=proc_status_mb("VmHWM"),
            rss_mb={**rss, "end": proc_status_mb("VmRSS")},
            server_peak_rss_mb=server.peak_rss_mb() if server else None,
            load=load,
        )
        engine.close()
        return result
    finally:
        if server:
            server.stop()
        import shutil

        shutil.rmtree(scratch, ignore_errors=True)


def _first_ask_only(engine: Any, question: str, opened: float, open_s: float, rss: dict[str, float | None],
                    has_manager: bool, args: argparse.Namespace, info: dict[str, Any]) -> dict[str, Any]:
    """The first ask the moment ``Engine.open`` returns (the warm-up running beside it)."""
    errors: Counter[str] = Counter()
    started, cpu = time.perf_counter(), time.process_time()
    answer = _ask(engine, question, errors) if has_manager else engine.retrieve(question, scope="workspace")
    first_ms = (time.perf_counter() - started) * 1000
    first_cpu_ms = (time.process_time() - cpu) * 1000
    rss["1st ask"] = proc_status_mb("VmRSS")
    building = bool(getattr(engine._lexical, "building", False))  # a new replica's index, built in the background
    engine.wait_warm()
    result = {
        "mode": args.mode, "leaves": info["leaves"], "open_s": open_s, "warm_s": time.perf_counter() - opened,
        "first_ask_ms": first_ms, "first_ask_cpu_ms": first_cpu_ms, "question": question, "errors": dict(errors),
        "answer": getattr(answer, "text", "")[:200], "cited": len(getattr(answer, "citations", []) or []),
        "lexical_building": building, "rss_mb": {**rss, "end": proc_status_mb("VmRSS")},
        "peak_rss_mb": proc_status_mb("VmHWM"),
    }
    engine.close()
    return result


def _ask(engine: Any, question: str, errors: Counter[str]) -> Any:
    try:
        return engine.ask(question, scope="workspace")
    except Exception as exc:  # a bench must finish: count the failure, keep timing
        import traceback

        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                            for f in reversed(traceback.extract_tb(exc.__traceback__)[-6:]))
        errors[f"{type(exc).__name__}: {str(exc)[:160]} | question {question!r} | at {where}"] += 1
        return None


# -- the driver --------------------------------------------------------------------------------


def run(
    sizes: list[int], modes: list[str], n_questions: int, warmup: int, seed: int, profile: bool = False,
    budget_s: float = 240.0, new_replica: bool = False, no_cards_ahead: bool = False,
) -> list[dict[str, Any]]:
    from _store import store_for

    print(machine_line())
    rows: list[dict[str, Any]] = []
    for size in sizes:
        store = store_for(size, seed=seed, log=lambda m: print(m, flush=True))
        for mode in modes:
            cmd = [PYTHON, __file__, "--worker", "--store", str(store), "--mode", mode,
                   "--questions", str(n_questions), "--warmup", str(warmup), "--seed", str(seed),
                   "--budget-s", str(budget_s), *(["--no-cards-ahead"] if no_cards_ahead else [])]
            firsts = {"at_once": _worker(cmd + ["--first-only"], size, mode, "first ask at once")}
            row = _worker(cmd + (["--profile"] if profile else []), size, mode, "asks")
            if row is None:
                continue
            if new_replica:
                firsts["new_replica"] = _worker(cmd + ["--first-only", "--new-replica"], size, mode, "new replica")
            row["first"] = {k: v for k, v in firsts.items() if v is not None}
            rows.append(row)
            print(f"[{size} {mode}] ask p50 {_f(row.get('ask_p50'))} ms p95 {_f(row.get('ask_p95'))} ms, "
                  f"query p50 {_f(row['query_p50'])} ms, 1st ask warmed {_f(row.get('first_ask_ms'))} ms, "
                  f"at once {_f((firsts['at_once'] or {}).get('first_ask_ms'))} ms, "
                  f"peak RSS {row['peak_rss_mb']:.0f} MB", flush=True)
    print()
    print(report(rows))
    return rows


def _worker(cmd: list[str], size: int, mode: str, what: str) -> dict[str, Any] | None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        print(f"[{size} {mode}] {what}: worker failed:\n{proc.stderr[-3000:]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _f(value: Any) -> str:
    return "-" if value is None or value != value else f"{value:.1f}"


def report(rows: list[dict[str, Any]]) -> str:
    headers = ["mode", "leaves", "built by", "ask p50", "ask p95", "query p50", "query p95",
               "ask/query p50", "ask/query p95", "peak RSS MB", "server RSS MB"]
    body = [[
        r["mode"], r["leaves"], r["method"], r.get("ask_p50"), r.get("ask_p95"), r["query_p50"], r["query_p95"],
        _ratio(r.get("ask_p50"), r["query_p50"]), _ratio(r.get("ask_p95"), r["query_p95"]),
        r["peak_rss_mb"], r.get("server_peak_rss_mb"),
    ] for r in rows]
    out = [table(headers, body, title="ask latency (ms, warm; baseline = the bare Chroma query that ask made)")]
    out.append("")
    headers = ["mode", "leaves", "open s", "warm-up s", "1st ask at once ms", "1st ask warmed ms",
               "new replica 1st ask ms", "retrieve p50", "retrieve p95", "embed p50",
               "query no filter p50", "chroma calls/ask", "chroma ms/ask p50", "ask ms outside chroma p50"]
    body = [[
        r["mode"], r["leaves"], r["open_s"], r.get("warm_s"), r.get("first", {}).get("at_once", {}).get("first_ask_ms"),
        r.get("first_ask_ms"), r.get("first", {}).get("new_replica", {}).get("first_ask_ms"),
        r["retrieve_p50"], r["retrieve_p95"],
        r["embed_p50"], r.get("unfiltered_p50"), r.get("calls_per_ask"), r.get("chroma_ms_p50"),
        (r["ask_p50"] - r["chroma_ms_p50"])
        if r.get("ask_p50") is not None and r.get("chroma_ms_p50") == r.get("chroma_ms_p50") else None,
    ] for r in rows]
    out.append(table(headers, body, title="where ask time goes"))
    out.append("")
    phases = ["open", "warm-up", "1st ask", "end"]
    headers = ["mode", "leaves", *[f"RSS {p} MB" for p in phases], "peak RSS MB",
               "at once: RSS 1st ask", "at once: peak RSS"]
    body = [[r["mode"], r["leaves"], *[r.get("rss_mb", {}).get(p) for p in phases], r["peak_rss_mb"],
             r.get("first", {}).get("at_once", {}).get("rss_mb", {}).get("1st ask"),
             r.get("first", {}).get("at_once", {}).get("peak_rss_mb")] for r in rows]
    out.append(table(headers, body, title="memory by phase (VmRSS after each; peak = VmHWM)"))
    out.append("")
    kinds = sorted({k for r in rows for k in r.get("calls_by_kind", {})})
    if kinds:
        headers = ["mode", "leaves"] + [f"{k} n" for k in kinds] + [f"{k} ms" for k in kinds]
        body = [[r["mode"], r["leaves"]]
                + [r["calls_by_kind"].get(k, {}).get("calls_mean") for k in kinds]
                + [r["calls_by_kind"].get(k, {}).get("ms_mean") for k in kinds] for r in rows]
        title = "Chroma calls per ask (mean count and mean ms, by method and collection)"
        out.append(table(headers, body, title=title))
        out.append("")
    for r in rows:
        verdict = ""
        if r.get("ask_p95") is not None and r["leaves"] >= 5000 and r["leaves"] <= 20000:
            ok = r["ask_p95"] <= TARGET_P95_MS
            verdict = f"  target ask p95 <= {TARGET_P95_MS:.0f} ms at 10k: {'MET' if ok else 'NOT MET'}"
        asked = f"{len(r.get('ask_ms') or [])} asks timed" + (
            " (time budget hit)" if r.get("budget_hit") else "")
        notes = [f"{r['mode']} {r['leaves']} leaves ({r['nodes']} nodes, {r['documents']} documents, "
                 f"{r['claims']} claims, {r['method']}); {asked}{verdict}"]
        if not r.get("manager"):
            notes.append("  ask: not measured, rag/manager.py has not landed (retrieve and query only)")
        if r.get("routes"):
            notes.append(f"  routes {r['routes']}" + (f"  errors {r['errors']}" if r.get("errors") else ""))
        if r.get("ask_cpu_p50") is not None:  # steadier than wall time on a shared machine
            notes.append(f"  ask CPU (this process, all threads) p50 {_f(r['ask_cpu_p50'])} ms "
                         f"p95 {_f(r['ask_cpu_p95'])} ms; p50 by route: "
                         + ", ".join(f"{k} {_f(v)}" for k, v in (r.get("ask_cpu_by_route") or {}).items()))
        if r.get("ask_by_route"):
            q50, q95 = r.get("query_p50"), r.get("query_p95")
            notes.append("  ask wall ms by route (n, p50, p95; x = p95 / the raw query's p95 "
                         f"{_f(q95)} ms): " + ", ".join(
                             f"{k} ({v['n']}, {_f(v['p50'])}, {_f(v['p95'])}, {_ratio(v['p95'], q95)})"
                             for k, v in r["ask_by_route"].items()) + (f"; query p50 {_f(q50)}" if q50 else ""))
            notes.append("  ask CPU ms p95 by route: " + ", ".join(
                f"{k} {_f(v)}" for k, v in (r.get("ask_cpu_p95_by_route") or {}).items()))
        if r.get("ahead_versions") is not None:
            notes.append(f"  selector lines embedded ahead (rag/embedding/ahead.py): {r['ahead_versions']} versions "
                         "done, "
                         f"{r['ahead_embedded']} texts embedded by this process after open "
                         f"(waited {_f(r['ahead_s'])} s before the asks)")
        if r.get("cards_ahead") is not None:
            notes.append(f"  claim cards made ahead while idle (rag/experts/card_ahead.py): {r['cards_ahead']} "
                         f"(the wait before the asks used {_f(r.get('ahead_cpu_s'))} s of CPU)" if r["cards_ahead"]
                         else "  claim cards made ahead: none (--no-cards-ahead: each first summary makes its card)")
        if r.get("vector_cache"):
            vc = r["vector_cache"]
            notes.append(f"  embedding cache (warm-up and timed asks): {vc['hits']} lines found, "
                         f"{vc['misses']} embedded")
        if r.get("slowest"):
            for ms, route, q in r["slowest"][:3]:
                notes.append(f"  slow ask {ms:.0f} ms ({route}): {q!r}")
        notes.append(f"  filters seen: {', '.join(r['filters'])}  n_results {r['n_results']}")
        if r.get("engine_scored"):
            notes.append(f"  {r['engine_scored']} asks made no Chroma query (a claim's leaves scored by the engine): "
                         "their baseline is the unfiltered query with the same embedding")
        notes.append("  " + load_note(r["load"]))
        out += notes
        if r.get("profile"):
            out += [f"  cProfile of the timed asks ({r['mode']}, {r['leaves']} leaves):", r["profile"]]
    if any(r["method"] == "replicated" for r in rows):
        out.append("")
        out.append("replicated = a real 1k-leaf ingest copied with new claim/doc/version ids and noised "
                   "vectors (bench/_store.py); vector counts and filters are real, text diversity is not.")
    return "\n".join(out)


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or not b or a != a or b != b:
        return "-"
    return f"{a / b:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--server", action="store_true", help="measure against `chroma run` (same as --modes server)")
    parser.add_argument("--modes", default=None, help="embedded,server (default: embedded)")
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the timed asks")
    parser.add_argument("--budget-s", type=float, default=240.0,
                        help="stop timing asks after this long per (size, mode), once 10 are timed")
    parser.add_argument("--new-replica", action="store_true",
                        help="also time the first ask of a replica that never served the store (no index files)")
    parser.add_argument("--no-cards-ahead", action="store_true",
                        help="no claim card made ahead while idle: each first summary makes its card")
    parser.add_argument("--first-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="embedded", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args), default=str))
        return 0
    modes = (args.modes or ("server" if args.server else "embedded")).split(",")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = run(sizes, modes, args.questions, args.warmup, args.seed, args.profile, args.budget_s, args.new_replica,
               args.no_cards_ahead)
    path = save_result("ask_latency", {"rows": rows})
    print(f"\n(raw figures: {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path})")
    return 0 if rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
