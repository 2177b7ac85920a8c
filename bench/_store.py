"""Benchmark stores at a given number of leaf chunks, built once and cached under bench/.cache/.

Two ways to build, and every table says which one a store came from:

- ``ingest``: a synthetic corpus (bench/synthetic.py) ingested file by file through
  ``Engine.ingest_file``: the real parser, chunker, embedder and store writes.
- ``replicated``: real ingest at 40-50 leaf chunks/s would take ~40 minutes for 100k leaves on
  2 cores, so larger stores start from a real ``ingest`` base store (``BASE_LEAVES`` leaves)
  and copy its stored records into the same three Chroma collections until the target is
  reached. Each copy gets new claim ids (``CLM-1042`` -> ``CLM-31042`` in copy 3), new policy
  numbers, new file names, and so new ``doc_id`` / ``version_id`` / node ids computed the way
  ``rag.ingest`` computes them; leaf vectors are the base vectors plus a little Gaussian noise
  (sigma ``NOISE`` per dimension, renormalised: cosine ~0.98 to the original). The texts are
  otherwise the base texts, so a replicated store has many near-duplicate passages: similarity
  search sees realistic vector counts and filters, not realistic diversity.

A store is a directory ``<cache>/stores/<key>/`` holding ``home/`` (a claimbot home: ``chroma/``
inside) and ``store.json`` (how it was built, leaf/node/document counts, its claims). The key
covers everything that changes the bytes (generator version, seed, chunk sizes, chromadb
version, and a hash of the rag/ modules that decide what ingest stores: ``STORE_CODE``), so a
stale cache is never reused; ``--prune`` deletes stores whose key is no longer current. Benchmarks copy
``home/`` to a scratch directory before opening it, so a run never changes the cache.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from _common import CACHE, ROOT, proc_status_mb, stub_manager_if_missing
from synthetic import GENERATOR_VERSION, POLICY_PREFIXES, generate

BASE_LEAVES = 1000
"""Leaves of the real-ingest base that larger stores are replicated from."""
REPLICATE_ABOVE = 5000
"""Stores up to this many leaves are built by real ingest; larger ones by replication."""
NOISE = 0.01
SCOPE = "workspace"


STORE_CODE = (
    "rag/ingest.py", "rag/store.py", "rag/chunking.py", "rag/metadata.py",
    "rag/parsing/__init__.py", "rag/parsing/detect.py", "rag/parsing/text.py", "rag/parsing/pdf.py",
    "rag/parsing/docx.py", "rag/parsing/email.py", "rag/parsing/limits.py",
    "rag/documents.py", "rag/records.py", "rag/experts/summary.py", "rag/experts/facts.py", "rag/embedding/__init__.py",
    "rag/embedding/minilm.py", "rag/embedding/minilm_onnx.py",
)
"""The code that decides what ingest stores: a change to any of it means a new store."""


def code_fingerprint() -> str:
    digest = hashlib.sha1()
    for rel in STORE_CODE:
        path = ROOT / rel
        digest.update(rel.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:8]


def _key(kind: str, leaves: int, seed: int, extra: str = "") -> str:
    from rag.config import DEFAULT_CHUNK_SIZES

    chroma = importlib.metadata.version("chromadb")
    chunks = "-".join(str(s) for s in DEFAULT_CHUNK_SIZES)
    return (f"{kind}-{leaves}{extra}-seed{seed}-gen{GENERATOR_VERSION}-chunks{chunks}-chroma{chroma}"
            f"-code{code_fingerprint()}")


def collection_names() -> dict[str, str]:
    from rag.embedding import DEFAULT_MODEL, collection_slug

    prefix = f"claimbot-{collection_slug(DEFAULT_MODEL)}"
    return {"leaves": f"{prefix}-leaves", "nodes": f"{prefix}-nodes", "documents": f"{prefix}-documents"}


def _drop_older(final: Path) -> None:
    """Delete stores of the same kind, size and seed built from older code (a 100k store is ~5 GB)."""
    prefix = final.name.rsplit("-code", 1)[0] + "-code"
    for path in final.parent.glob(prefix + "*"):
        if path != final and path.is_dir() and (path / "store.json").exists():
            shutil.rmtree(path, ignore_errors=True)


def load_info(store: Path) -> dict[str, Any]:
    return json.loads((store / "store.json").read_text())


def store_for(leaves: int, *, seed: int = 7, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The cached store with about ``leaves`` leaf chunks, building it if needed, with its
    lexical index (see :func:`lexical_file`)."""
    if leaves <= REPLICATE_ABOVE:
        store = ingested_store(leaves, seed=seed, log=log)
    else:
        store = replicated_store(leaves, seed=seed, log=log)
    lexical_file(store, log=log)
    index_file(store, log=log)
    vectors_file(store, log=log)
    return store


def _lexical_key() -> str:
    """What decides the lexical file's bytes: its schema, how a leaf's words are made (``_columns``,
    ``bm25_tokens``) and the experts' stemming and stopwords, not the rest of rag/lexical.py."""
    import inspect

    from rag import lexical

    digest = hashlib.sha1(f"{lexical.SCHEMA_VERSION}\n{lexical._SCHEMA}".encode())
    for part in (lexical._columns, lexical.bm25_tokens, lexical._vocab_word):
        digest.update(inspect.getsource(part).encode())
    digest.update((ROOT / "rag" / "experts" / "text.py").read_bytes())
    return digest.hexdigest()[:8]


def _index_file_name() -> str:
    from rag.index_file import SCHEMA_VERSION

    return f"registry-v{SCHEMA_VERSION}.sqlite3"


def index_file(store: Path, *, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The store's registry index file (rag/index_file.py) as a replica that has served the store
    keeps it in its home, built once per schema beside the store's home (one index read)."""
    from rag.catalog import Catalog
    from rag.index_file import IndexFile
    from rag.store import Registry

    def build(client: Any, work: Path) -> None:
        file = IndexFile(work)
        Catalog(Registry(client.get_collection(collection_names()["documents"])), index_file=file).documents()
        file.close()

    return _built_once(store, _index_file_name(), "registry index file", build, log=log)


def lexical_file(store: Path, *, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The store's lexical index (rag/lexical.py's SQLite file) as a replica that has served the
    store keeps it, built once per version of rag/lexical.py and kept beside the store's home:
    the bench measures opening a store, not a fresh replica reading every leaf once. Replicated
    stores are written straight into Chroma, so their homes have none of their own."""
    from rag.lexical import LexicalIndex
    from rag.store import Registry

    def build(client: Any, work: Path) -> None:
        names = collection_names()
        registry = Registry(client.get_collection(names["documents"]))
        index = LexicalIndex(SimpleNamespace(leaves=client.get_collection(names["leaves"]), registry=registry), work)
        index.sync(registry.versions())
        index.close()

    return _built_once(store, f"lexical-{_lexical_key()}.sqlite3", "lexical index", build, log=log)


def _built_once(store: Path, name: str, what: str, build: Callable[[Any, Path], None], *,
                log=print) -> Path:  # type: ignore[no-untyped-def]
    """``store/name`` (``KIND-VERSION.sqlite3``), made by ``build(chroma_client, path)`` from the
    store's home when missing. The other versions' files of that kind are deleted first, and the
    file is built under a work name, renamed when done: a build cut short is never taken for one."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    final = store / name
    if final.exists():
        return final
    kind = name.split("-", 1)[0]
    for old in store.glob(f"{kind}-*.sqlite3*"):  # the work file's leftovers too
        old.unlink()
    started = time.perf_counter()
    client = chromadb.PersistentClient(path=str(store / "home" / "chroma"),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    work = store / f"{kind}-building.sqlite3"
    build(client, work)
    work.rename(final)
    log(f"[build] {what} of {store.name}: {time.perf_counter() - started:.1f} s")
    return final


def _vectors_key() -> str:
    """What decides the selector lines embedded ahead (rag/embedding/ahead.py): the texts listed
    per document version and the code that cuts them, and the model."""
    digest = hashlib.sha1()
    for rel in ("rag/selection/texts.py", "rag/selection/units.py", "rag/selection/selector.py",
                "rag/experts/text.py", "rag/experts/card.py", "rag/embedding/minilm_onnx.py"):
        digest.update((ROOT / rel).read_bytes())
    return digest.hexdigest()[:8]


def vectors_file(store: Path, *, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The store's vector cache file (rag/embedding/cache.py) once every document version's
    selector lines were embedded ahead (rag/embedding/ahead.py), as a replica that has served the
    store keeps it: built once per version of the code that lists them, beside the store's home
    (from the older file's vectors, keyed by their texts: only the texts that changed are embedded)."""
    import sqlite3

    from _common import open_engine

    from rag.embedding import DEFAULT_MODEL, cache, collection_slug

    final = store / f"vectors-{_vectors_key()}.sqlite3"
    if final.exists():
        return final
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory(prefix="claimbot-vectors-") as tmp:
        home = scratch_copy(store, Path(tmp))
        older = [f for f in store.glob("vectors-*.sqlite3") if f.name != "vectors-building.sqlite3"]
        if older:  # its vectors are still right for the texts that did not change
            path = home / f"vectors-{collection_slug(DEFAULT_MODEL)}.sqlite3"
            shutil.copyfile(older[0], path)
            with sqlite3.connect(path) as db:  # the same vectors table whatever the file's schema version
                db.executescript("CREATE TABLE IF NOT EXISTS ahead (version_id TEXT PRIMARY KEY);"
                                 f"DELETE FROM ahead; PRAGMA user_version = {cache.SCHEMA_VERSION};")
        for old in store.glob("vectors-*.sqlite3*"):
            old.unlink()
        engine = open_engine(home)
        engine.wait_warm()
        engine._ahead._idle_s = 0.0  # nothing else asks here
        engine._follow_versions(d.version_id for d in engine._all_documents())
        engine._ahead.wait_done()
        texts = engine._ahead.embedded
        engine.close()
        shutil.copyfile(home / f"vectors-{collection_slug(DEFAULT_MODEL)}.sqlite3", store / "vectors-building.sqlite3")
    (store / "vectors-building.sqlite3").rename(final)
    log(f"[build] selector lines of {store.name} embedded ahead: {texts} texts, "
        f"{time.perf_counter() - started:.0f} s ({time.process_time() - cpu:.0f} s CPU)")
    return final


def scratch_copy(store: Path, into: Path, *, served: bool = True) -> Path:
    """A throw-away copy of a cached store's home (benchmarks never write to the cache), with
    the store's lexical index and registry index files when they were built (``served``: as a
    replica that has served the store has them; without, a new replica's first start)."""
    from rag.embedding import DEFAULT_MODEL, collection_slug

    home = into / "home"
    shutil.copytree(store / "home", home)
    slug = collection_slug(DEFAULT_MODEL)
    lexical = store / f"lexical-{_lexical_key()}.sqlite3"
    if served and lexical.exists():
        shutil.copyfile(lexical, home / f"lexical-{slug}.sqlite3")
    registry = store / _index_file_name()
    if served and registry.exists():
        shutil.copyfile(registry, home / f"registry-{slug}.sqlite3")
    vectors = store / f"vectors-{_vectors_key()}.sqlite3"
    if served and vectors.exists():
        shutil.copyfile(vectors, home / f"vectors-{slug}.sqlite3")
    return home


# -- real ingest -------------------------------------------------------------------------------


def ingested_store(leaves: int, *, seed: int = 7, log=print) -> Path:  # type: ignore[no-untyped-def]
    from _common import open_engine

    key = _key("ingest", leaves, seed)
    final = CACHE / "stores" / key
    if (final / "store.json").exists():
        return final
    stub_manager_if_missing()
    log(f"[build] {key}: generating a ~{leaves}-leaf corpus and ingesting it (real embedder) ...")
    corpus_dir = CACHE / "corpora" / key
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    corpus = generate(corpus_dir, leaves, seed=seed)
    (CACHE / "stores").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=CACHE / "stores"))
    engine = open_engine(work / "home")
    started = time.perf_counter()
    for path in corpus.paths():
        engine.ingest_file(path, scope=SCOPE)
    seconds = time.perf_counter() - started
    stats = engine.stats()
    engine.close()
    info = {
        "key": key,
        "method": "ingest",
        "target_leaves": leaves,
        **stats,
        "claims": corpus.claims,
        "files": len(corpus.files),
        "pages": corpus.pages,
        "build_s": round(seconds, 1),
        "build_leaves_per_s": round(stats["leaves"] / seconds, 1),
        "build_peak_rss_mb": proc_status_mb(),
    }
    (work / "store.json").write_text(json.dumps(info, indent=1))
    del engine
    work.rename(final)
    _drop_older(final)
    log(f"[build] {key}: {stats['leaves']} leaves in {seconds:.0f} s ({info['build_leaves_per_s']} leaves/s)")
    return final


# -- replication ---------------------------------------------------------------------------------


def _get_all(col: Any, include: list[str], page: int = 2000) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    total = col.count()
    for offset in range(0, total, page):
        got = col.get(include=include, limit=page, offset=offset)
        out["ids"] += got["ids"]
        for field in include:
            values = got[field]
            out[field] += list(values) if values is not None else [None] * len(got["ids"])
    return out


class _Renamer:
    """Rewrites one copy's identifiers in any string: claim ids, policy numbers, doc/version ids."""

    _PATTERN = re.compile(
        r"\bCLM-(?P<clm>\d{4})\b"
        rf"|\b(?P<pol>{'|'.join(POLICY_PREFIXES)})-(?P<pnum>\d{{6}})\b"
        r"|\b(?P<hex>[0-9a-f]{20}(?:-[0-9a-f]{12})?)\b"
    )

    def __init__(self, copy: int) -> None:
        self.copy = copy
        self.ids: dict[str, str] = {}

    def _one(self, m: re.Match[str]) -> str:
        if m.group("clm"):
            return f"CLM-{self.copy * 10000 + int(m.group('clm'))}"
        if m.group("pol"):
            number = (int(m.group("pnum")) + self.copy * 7919) % 900000 + 100000
            return f"{m.group('pol')}-{number}"
        return self.ids.get(m.group("hex"), m.group("hex"))

    def __call__(self, text: str) -> str:
        return self._PATTERN.sub(self._one, text)

    def meta(self, meta: dict[str, Any]) -> dict[str, Any]:
        return {k: self(v) if isinstance(v, str) else v for k, v in meta.items()}


def replicated_store(leaves: int, *, seed: int = 7, log=print) -> Path:  # type: ignore[no-untyped-def]
    import chromadb
    import numpy as np
    from chromadb.config import Settings as ChromaSettings

    from rag.ingest import document_id

    key = _key("replicated", leaves, seed, extra=f"-from{BASE_LEAVES}")
    final = CACHE / "stores" / key
    if (final / "store.json").exists():
        return final
    base = ingested_store(BASE_LEAVES, seed=seed, log=log)
    base_info = load_info(base)
    log(f"[build] {key}: replicating the {base_info['leaves']}-leaf ingested store to ~{leaves} leaves ...")
    started = time.perf_counter()
    (CACHE / "stores").mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=CACHE / "stores"))
    shutil.copytree(base / "home", work / "home")
    client = chromadb.PersistentClient(
        path=str(work / "home" / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    names = collection_names()
    cols = {role: client.get_collection(name) for role, name in names.items()}
    batch = min(client.get_max_batch_size(), 5000)

    src_leaves = _get_all(cols["leaves"], ["embeddings", "metadatas", "documents"])
    src_nodes = _get_all(cols["nodes"], ["metadatas", "documents"])
    src_docs = _get_all(cols["documents"], ["metadatas", "documents"])
    stamp = [i for i, m in enumerate(src_docs["metadatas"]) if "name" not in m]  # the registry's stamp record
    for field in list(src_docs):
        src_docs[field] = [v for i, v in enumerate(src_docs[field]) if i not in stamp]
    leaves_by_version: dict[str, list[int]] = defaultdict(list)
    for i, meta in enumerate(src_leaves["metadatas"]):
        leaves_by_version[meta["version_id"]].append(i)
    nodes_by_version: dict[str, list[int]] = defaultdict(list)
    for i, meta in enumerate(src_nodes["metadatas"]):
        nodes_by_version[meta["version_id"]].append(i)
    vectors = np.asarray(src_leaves["embeddings"], dtype=np.float32)
    doc_order = sorted((i for i in range(len(src_docs["ids"])) if "name" in (src_docs["metadatas"][i] or {})),
                       key=lambda i: src_docs["metadatas"][i]["name"])  # the registry's stamp record is no document

    total = int(cols["leaves"].count())
    claims = list(base_info["claims"])
    pending: dict[str, dict[str, list[Any]]] = {r: defaultdict(list) for r in cols}

    def flush(force: bool = False) -> None:
        for role in ("nodes", "leaves", "documents"):  # the order ingest writes in
            buf = pending[role]
            while buf["ids"] and (force or len(buf["ids"]) >= batch):
                n = min(batch, len(buf["ids"]))
                cols[role].add(**{f: buf[f][:n] for f in buf if len(buf[f]) == len(buf["ids"])})
                for f in buf:
                    del buf[f][:n]

    copy = 0
    while total < leaves:
        copy += 1
        rename = _Renamer(copy)
        rng = np.random.default_rng(seed * 1000 + copy)
        for i in doc_order:
            if total >= leaves:
                break
            doc_id, meta, payload = src_docs["ids"][i], src_docs["metadatas"][i], src_docs["documents"][i]
            new_name = rename(meta["name"])
            new_doc = document_id(meta["scope"], new_name)
            new_sha = hashlib.sha256(f"{meta['sha256']}:{copy}".encode()).hexdigest()
            old_version = meta["version_id"]
            new_version = f"{new_doc}-{new_sha[:12]}"
            rename.ids = {doc_id: new_doc, old_version: new_version}

            for j in nodes_by_version[old_version]:
                pending["nodes"]["ids"].append(rename(src_nodes["ids"][j]))
                pending["nodes"]["metadatas"].append(rename.meta(src_nodes["metadatas"][j]))
                if src_nodes["documents"][j]:  # stores written before text moved into the metadata (rag/store.py)
                    pending["nodes"]["documents"].append(rename(src_nodes["documents"][j]))
                pending["nodes"]["embeddings"].append([0.0])
            idx = leaves_by_version[old_version]
            noisy = vectors[idx] + rng.normal(0.0, NOISE, size=(len(idx), vectors.shape[1])).astype(np.float32)
            noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
            for row, j in enumerate(idx):
                pending["leaves"]["ids"].append(rename(src_leaves["ids"][j]))
                pending["leaves"]["metadatas"].append(rename.meta(src_leaves["metadatas"][j]))
                if src_leaves["documents"][j]:  # stores written before text moved into the metadata (rag/store.py)
                    pending["leaves"]["documents"].append(rename(src_leaves["documents"][j]))
                pending["leaves"]["embeddings"].append(noisy[row])
            new_meta = rename.meta(meta)
            new_meta.update(name=new_name, version_id=new_version, sha256=new_sha)
            pending["documents"]["ids"].append(new_doc)
            pending["documents"]["metadatas"].append(new_meta)
            pending["documents"]["documents"].append(rename(payload))
            pending["documents"]["embeddings"].append([0.0])
            total += len(idx)
            flush()
        seen = {c["claim_id"] for c in claims}
        for fact in base_info["claims"]:
            new = json.loads(rename(json.dumps(fact)))
            if new["claim_id"] not in seen:
                claims.append(new)
        log(f"[build]   copy {copy}: {total} leaves ({time.perf_counter() - started:.0f} s)")
    flush(force=True)
    # Only claims that made it into the store (the last copy may be partial).
    present = {m.get("claim_id") for m in _get_all(cols["documents"], ["metadatas"])["metadatas"]}
    claims = [c for c in claims if c["claim_id"] in present]
    seconds = time.perf_counter() - started
    info = {
        "key": key,
        "method": "replicated",
        "target_leaves": leaves,
        "base": base_info["key"],
        "base_leaves": base_info["leaves"],
        "copies": copy,
        "noise_sigma": NOISE,
        "documents": int(cols["documents"].count()),
        "leaves": int(cols["leaves"].count()),
        "nodes": int(cols["nodes"].count()),
        "claims": claims,
        "build_s": round(seconds, 1),
        "build_peak_rss_mb": proc_status_mb(),
    }
    cols.clear()  # the collections and the client go before the store is moved
    del client
    (work / "store.json").write_text(json.dumps(info, indent=1))
    work.rename(final)
    _drop_older(final)
    log(f"[build] {key}: {info['leaves']} leaves, {info['nodes']} nodes, {info['documents']} documents "
        f"in {seconds:.0f} s")
    return final


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="build (or find) cached benchmark stores")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--prune", action="store_true", help="delete cached stores built from other code")
    args = parser.parse_args()
    if args.prune:
        current = code_fingerprint()
        for path in sorted((CACHE / "stores").glob("*")):
            if not path.name.endswith(f"-code{current}"):
                print(f"deleting {path.name}")
                shutil.rmtree(path)
        for path in sorted((CACHE / "corpora").glob("ingest-*")):
            if "-code" in path.name and not path.name.endswith(f"-code{current}"):
                shutil.rmtree(path)
    for size in (int(s) for s in args.sizes.split(",")):
        store = store_for(size, seed=args.seed)
        info = load_info(store)
        print(f"{size}: {store.name} leaves={info['leaves']} nodes={info['nodes']} "
              f"documents={info['documents']} method={info['method']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
