"""Measure the offline engine on question sets, each on a fresh store of its own files.

    .venv/bin/python data/eval/measure.py questions holdout holdout2 train5 frozen --label before

A set is ``questions``, ``holdout`` or ``holdout2`` (asked of ``data/claims`` and
``data/workspace``), or a folder of ``data/eval/`` with ``files/`` and ``questions.jsonl``
(``train5``, ``frozen``...). Prints one line per set (right/total, wrong answers, ungrounded
numbers, right by route, summary points covered, latency) and writes every answer, judged, to
``/tmp/evals/LABEL-SET.json`` (``{"summary": ..., "results": [...]}``, as ``claimbot eval --json``
judges them) for comparing two runs question by question.

Why not ``claimbot eval``: that asks the store of ``CLAIMBOT_HOME``; a set's score depends on which
other files are in reach, so each set is measured on a store holding its files and nothing else.
``PYTHONPATH=TREE`` measures another checkout (a branch's worktree) with this one's environment.
Read data/README.md before running the sets that are measured only, never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.pop("OPENAI_API_KEY", None)  # the offline engine, whatever the shell has set

import rag  # noqa: E402 - after the environment is settled
from rag.config import Settings  # noqa: E402
from rag.engine import Engine  # noqa: E402
from rag.evaluation import EvalReport, run_eval  # noqa: E402

OUR_SETS = ("questions", "holdout", "holdout2")
"""Asked of our own sample claims; every other set is a folder of data/eval/."""


def set_paths(data: Path, name: str) -> tuple[list[Path], Path]:
    """The files a set is asked of, and its questions."""
    if name in OUR_SETS:
        return [data / "claims", data / "workspace"], data / "eval" / f"{name}.jsonl"
    return [data / "eval" / name / "files"], data / "eval" / name / "questions.jsonl"


def fresh_engine(paths: list[Path]) -> Engine:
    engine = Engine.open(Settings(home=Path(tempfile.mkdtemp(prefix="measure-home-"))))
    refused = [r for r in engine.ingest_paths(paths) if isinstance(r, Exception)]
    if refused:
        print(f"refused at ingest: {refused}", file=sys.stderr)
    return engine


def one_line(label: str, name: str, report: EvalReport, seconds: float) -> str:
    s = report.summary
    routes = " ".join(f"{route}={row['correct']}/{row['n']}" for route, row in s["by_route"].items())
    points = s.get("summary_point_coverage")
    covered = "" if points is None else f" points={points:.2f}"
    return (f"{label} {name}: {s['correct']}/{s['n']} wrong={s['wrong']} ungrounded={s.get('ungrounded', 0)} "
            f"{routes}{covered} p50={s['latency_p50_ms']:.0f}ms ({seconds:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="questions, holdout, holdout2, or a folder of data/eval/")
    parser.add_argument("--label", default="run", help="names the output files /tmp/evals/LABEL-SET.json")
    args = parser.parse_args()
    data = Path(rag.__file__).resolve().parents[1] / "data"  # the checkout being measured
    out = Path("/tmp/evals")
    out.mkdir(exist_ok=True)
    engines: dict[tuple[Path, ...], Engine] = {}
    for name in args.sets:
        paths, questions_file = set_paths(data, name)
        if tuple(paths) not in engines:  # the three sets of our own claims share one store
            engines[tuple(paths)] = fresh_engine(paths)
        ask = engines[tuple(paths)].ask
        questions = [json.loads(line) for line in questions_file.read_text().splitlines() if line.strip()]
        started = time.monotonic()
        report = run_eval(lambda q, scope: ask(q, scope=scope or "workspace"), questions)
        print(one_line(args.label, name, report, time.monotonic() - started), flush=True)
        (out / f"{args.label}-{name}.json").write_text(json.dumps(report.to_json(), default=str))


if __name__ == "__main__":
    main()
