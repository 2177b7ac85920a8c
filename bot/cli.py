"""``claimbot``: the command line, the front door to the engine and the bot.

    claimbot ingest PATH... [--scope ID]     ingest files and folders
    claimbot ask "QUESTION" [--scope ID] [--json]   (no question: an interactive prompt)
    claimbot claims [--scope ID] [--json]     the claims on file, with extracted metadata
    claimbot eval FILE.jsonl [--json]         answer a question set, score it

Every command takes ``--home DIR`` (default ``$CLAIMBOT_HOME`` or ``~/.claimbot``). The CLI lives
in ``bot/`` because it also starts the Slack surfaces; the engine commands only use ``rag``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Command = Callable[[argparse.Namespace], int]


def _engine(args: argparse.Namespace) -> Any:
    from rag.config import Settings
    from rag.engine import Engine
    from rag.lock import StoreBusyError, lock_store

    settings = Settings.from_env(home=Path(args.home).expanduser() if args.home else None)
    if not settings.chroma_host:  # one process at a time on an embedded store (rag/lock.py)
        try:
            lock_store(settings.home, getattr(args, "command", None) or "claimbot")
        except StoreBusyError as err:
            print(err, file=sys.stderr)
            raise SystemExit(3) from None
    return Engine.open(settings)


# -- ingest ---------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from rag.errors import IngestError

    engine = _engine(args)
    results = engine.ingest_paths(
        [Path(p) for p in args.paths], scope=args.scope, progress=sys.stderr.isatty() or args.progress
    )
    refused = 0
    for result in results:
        if isinstance(result, IngestError):
            refused += 1
            print(f"  refused   {result}", file=sys.stderr)
        else:
            claim = result.claim_id or "no claim id"
            print(f"  {result.status:<9} {result.filename} ({result.kind}, {claim}, {result.leaf_chunks} chunks)")
    print(f"{len(results) - refused} ingested, {refused} refused, scope {args.scope}")
    return 1 if refused and refused == len(results) else 0


# -- ask ------------------------------------------------------------------------------------
def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.question:
        answer = engine.ask(" ".join(args.question), scope=args.scope)
        print(json.dumps(answer.to_json(), indent=2) if args.json else format_answer(answer))
        return 0
    history: list[str] = []
    print("Ask about your claims (empty line or Ctrl-D to quit).")
    while True:
        try:
            question = input("claimbot> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        answer = engine.ask(question, scope=args.scope, history=history)
        print(format_answer(answer), end="\n\n")
        history += [question, answer.text]


def format_answer(answer: Any) -> str:
    """An answer for a terminal: the text, then one line per source with its excerpt."""
    lines = [answer.text]
    if answer.citations:
        lines += ["", "Sources"]
        for c in answer.citations:
            where = ", ".join(p for p in (c.document, c.location(), c.claim_id) if p)
            lines.append(f"  [{c.n}] {where}")
            lines.append(f'      "{_one_line(c.excerpt, 240)}"')
    lines.append(f"({answer.route}, {answer.latency_ms:.0f} ms)")
    return "\n".join(lines)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- claims ---------------------------------------------------------------------------------
def cmd_claims(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    claims = _engine(args).claims(scope=args.scope)
    if args.json:
        print(json.dumps([asdict(c) for c in claims], indent=2))
        return 0
    if not claims:
        print(f"No claims on file in scope {args.scope}. Ingest files with `claimbot ingest PATH`.")
        return 0
    print(f"{'claim':<10} {'insured / claimant':<28} {'adjuster':<18} {'date of loss':<12} docs")
    for c in claims:
        people = ", ".join(c.insured or c.claimants)[:27]
        adjuster = ", ".join(c.adjusters)[:17]
        print(f"{c.claim_id:<10} {people:<28} {adjuster:<18} {c.date_of_loss or '-':<12} {len(c.documents)}")
    return 0


# -- eval -----------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    """One JSON line per question (the ``ask --json`` object plus the question and verdict) to
    stdout or ``--output``, then the summary: accuracy by route, latency."""
    from rag.evaluation import run_eval

    engine = _engine(args)
    with open(args.file) as handle:
        questions = [json.loads(line) for line in handle if line.strip()]
    report = run_eval(lambda q, scope: engine.ask(q, scope=scope or args.scope), questions)
    out = open(args.output, "w") if args.output else sys.stdout
    with out if args.output else _nullcontext(out) as sink:
        for row in report.results:
            print(json.dumps(row), file=sink)
    if args.json:
        print(json.dumps(report.summary))
    else:
        print(report.render(), file=sys.stderr if not args.output else sys.stdout)
    return 0


def _nullcontext(value: Any) -> Any:
    from contextlib import nullcontext

    return nullcontext(value)


# -- the parser -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", help="store directory (default: $CLAIMBOT_HOME or ~/.claimbot)")
    common.add_argument("-v", "--verbose", action="store_true", help="log what happens")

    parser = argparse.ArgumentParser(prog="claimbot", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="ingest claim files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--scope", default="workspace", help="channel id, or 'workspace' (default)")
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not a terminal")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", parents=[common], help="answer a question (no question: a prompt)")
    p.add_argument("question", nargs="*")
    p.add_argument("--scope", default="workspace")
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("claims", parents=[common], help="list the claims on file")
    p.add_argument("--scope", default="workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("eval", parents=[common], help="answer a JSONL question set and score it")
    p.add_argument("file")
    p.add_argument("--scope", default="workspace")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--output", "-o", help="write the per-question JSON lines here")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", parents=[common], help="run the Slack bot (Socket Mode or HTTP)")
    p.add_argument("--host", default="0.0.0.0", help="HTTP mode: interface to listen on")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", 3000)), help="HTTP mode: port")
    p.set_defaults(func=_lazy("bot.server", "serve_command"))

    p = sub.add_parser(
        "playground", parents=[common], help="try claimbot in a local Slack-like workspace (no Slack account)"
    )
    p.add_argument("--port", type=int, default=8700, help="the playground page's port (127.0.0.1 only)")
    p.add_argument("--data", default=None, help="folder to ingest when the store is empty (default: data/)")
    p.add_argument("--no-browser", action="store_true", help="do not try to open a browser")
    p.set_defaults(func=_lazy("bot.playground", "playground_command"))

    p = sub.add_parser("feedback", parents=[common], help="list the Helpful / Not helpful votes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_lazy("bot.feedback", "feedback_command"))
    return parser


def _lazy(module: str, function: str) -> Command:
    """A command implemented elsewhere, imported only when run: ``claimbot ask`` starts faster
    without loading Slack and aiohttp."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), function)(args) or 0)

    return run


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
