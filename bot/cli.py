"""``claimbot``: the command line, the front door to the engine and the bot.

    claimbot ingest PATH... [--scope ID]     ingest files and folders
    claimbot ask "QUESTION" [--scope ID] [--json]   (no question: an interactive prompt)
    claimbot claims [--scope ID] [--json]     the claims on file, with extracted metadata
    claimbot eval FILE.jsonl [--json]         answer a question set, score it
    claimbot mcp [--scope ID ...] [--http]    the engine as an MCP server (stdio, or HTTP)

Every command takes ``--home DIR`` (default ``$CLAIMBOT_HOME`` or ``~/.claimbot``). The CLI lives
in ``bot/`` because it also starts the Slack surfaces; the engine commands only use ``rag``.
Help texts are plain text with examples (``--help`` is what a new user reads first); the exit
codes are documented in the README's command-line section and in ``claimbot --help``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

Command = Callable[[argparse.Namespace], int]

# Exit codes (the README's command-line section has the same table).
EXIT_OK = 0
EXIT_REFUSED = 1
"""``ingest``: some files were refused, or a path does not exist."""
EXIT_FAILED = 1
"""An unexpected error (in serve's engine too: the message names it)."""
EXIT_USAGE = 2
"""A bad argument or setting (argparse uses 2 for usage errors too)."""
EXIT_BUSY = 3
"""Another process has the embedded store (a long ``claimbot ingest``; ``claimbot serve`` whose
engine did not come up), or serve's engine stopped during the call."""
EXIT_NOT_FOUND = 4
"""``ask``: the documents in reach do not say."""
EXIT_UNKNOWN_CLAIM = 5
"""``ask``: the question names a claim with no documents in reach."""
EXIT_INTERRUPTED = 130
"""Ctrl-C (128 + SIGINT, as shells report it)."""

DESCRIPTION = """\
claimbot answers questions about insurance claim files, citing the excerpts it used.
Ingest files once, then ask; the same store serves the Slack bot (claimbot serve)."""

EPILOG = """\
examples:
  claimbot ingest data/claims                     ingest a folder (PDF, DOCX, TXT, MD, EML)
  claimbot ask "What is the deductible on CLM-2077?"
  claimbot ask                                    an interactive prompt
  claimbot claims                                 the claims on file
  claimbot COMMAND --help                         a command's options and examples

exit codes:
  0    success
  1    ingest: some files were refused, or a path does not exist
  2    bad arguments or settings (the message says what to set)
  3    the store is in use by another command (while claimbot serve runs, ask, ingest,
       claims and eval run on its engine, over engine.sock in the store directory)
  4    ask: not found in the documents
  5    ask: no documents for the claim named
  130  interrupted (Ctrl-C)

settings are read from the environment (CLAIMBOT_HOME, CHROMA_HOST, ...): see the README."""


SERVE_START_WAIT_S = 60.0
"""How long a command waits for ``claimbot serve``'s engine to open the store and listen."""


def _home(args: argparse.Namespace) -> Path:
    """The store directory, as :meth:`rag.config.Settings.from_env` reads it (without importing it)."""
    return Path(args.home or os.environ.get("CLAIMBOT_HOME") or "~/.claimbot").expanduser()


def _open_engine(args: argparse.Namespace) -> Any:
    """The engine in this process; :class:`rag.lock.StoreBusyError` if another has the embedded store."""
    if getattr(args, "offline", False):  # read by the engine at each question (rag.llm.client)
        os.environ["CLAIMBOT_ANSWER_MODE"] = "offline"
    from bot.engine_socket import SOCKET_FILE
    from rag.config import Settings
    from rag.engine import Engine
    from rag.lock import lock_store

    settings = Settings.from_env(home=Path(args.home).expanduser() if args.home else None)
    if not settings.chroma_host:  # one process at a time on an embedded store (rag/lock.py)
        lock_store(settings.home, getattr(args, "command", None) or "claimbot")
        (settings.home / SOCKET_FILE).unlink(missing_ok=True)  # a killed serve's: this process holds the store now
    return Engine.open(settings, warm=False)  # no warm-up: a CLI command asks at once (the warm-up is for serve)


def _engine(args: argparse.Namespace) -> Any:
    """The engine in this process, or exit 3 when another process has the embedded store."""
    from rag.lock import StoreBusyError

    try:
        return _open_engine(args)
    except StoreBusyError as err:
        print(err, file=sys.stderr)
        raise SystemExit(EXIT_BUSY) from None


def _backend(args: argparse.Namespace) -> Any:
    """Where ``ask``, ``ingest``, ``claims`` and ``eval`` run: the engine of the ``claimbot serve`` running on
    this store, over its socket (:mod:`bot.engine_socket`), else an engine opened here. While
    serve's engine is starting (it holds the store, its socket is not up yet) this waits for it."""
    from bot.engine_socket import LocalEngine, connect

    home = _home(args)
    waited_since: float | None = None
    while True:
        client = connect(home)
        if client is not None:
            return client
        from rag.lock import StoreBusyError

        try:
            return LocalEngine(_open_engine(args))
        except StoreBusyError as err:
            import time

            if err.holder != "serve":
                print(err, file=sys.stderr)
                raise SystemExit(EXIT_BUSY) from None
            if waited_since is None:
                waited_since = time.monotonic()
                print("claimbot serve is starting on this store; waiting for its engine...", file=sys.stderr)
            elif time.monotonic() - waited_since > SERVE_START_WAIT_S:
                print(err, file=sys.stderr)
                raise SystemExit(EXIT_BUSY) from None
            time.sleep(0.25)


# -- ingest ---------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"claimbot: no such file or folder: {path}", file=sys.stderr)
    present = [p for p in paths if p.exists()]
    counts = {"ingested": 0, "unchanged": 0, "refused": len(missing), "skipped": 0}
    if present:
        show = _IngestLines(progress=sys.stderr.isatty() or args.progress)
        try:
            done = _backend(args).call(
                "ingest", {"paths": [str(p.resolve()) for p in present], "scope": args.scope}, show.event
            )
        finally:
            show.close()
        for what in counts:
            counts[what] += int(done.get(what, 0))
    summary = [f"{n} {what}" for what, n in counts.items() if n] or ["0 ingested"]
    print(f"{', '.join(summary)}, scope {args.scope}")
    return EXIT_REFUSED if counts["refused"] else EXIT_OK


class _IngestLines:
    """An ingest's events as the terminal shows them: skipped files on stderr, a line per file on
    stdout as it is done, and a progress bar on stderr (when ``progress``)."""

    def __init__(self, *, progress: bool) -> None:
        self.progress = progress
        self.bar: Any = None

    def event(self, kind: str, data: Any) -> None:
        if kind == "skipped":
            self._write(f"  skipped   {data['path']} ({data['reason']})", sys.stderr)
            return
        if kind != "file":
            return
        if self.progress and self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=data["total"], desc="Ingesting", unit="file", file=sys.stderr)
        if "refused" in data:
            self._write(f"  refused   {data['refused']}", sys.stderr)
        else:
            r = data["report"]
            claim = r["claim_id"] or "no claim id"
            self._write(f"  {r['status']:<9} {r['filename']} ({r['kind']}, {claim}, {r['leaf_chunks']} chunks)",
                        sys.stdout)
        if self.bar is not None:
            self.bar.update(1)

    def _write(self, line: str, stream: Any) -> None:
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            print(line, file=stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# -- ask ------------------------------------------------------------------------------------
def cmd_ask(args: argparse.Namespace) -> int:
    params = {"scope": args.scope, "offline": bool(args.offline)}
    if args.question:
        question = " ".join(args.question)
        reply = _backend(args).call("ask", {**params, "question": question})
        print(json.dumps(reply["answer"], indent=2) if args.json else format_answer(reply["answer"]))
        return _ask_exit_code(reply)
    with _ctrl_c_off_other_threads():
        engine = _backend(args)
        history: list[list[str]] = []
        _line_editing(_home(args) / "ask_history")
        print("Ask about your claims (empty line or Ctrl-D to quit).")
        while True:
            try:
                with _ctrl_c_here():
                    question = input("claimbot> ").strip()
            except EOFError:
                print()
                return EXIT_OK
            if not question:
                return EXIT_OK
            reply = engine.call("ask", {**params, "question": question, "history": history})
            print(format_answer(reply["answer"]), end="\n\n")
            history += [[question, "user"], [reply["answer"]["answer"], "assistant"]]


def _ask_exit_code(reply: dict[str, Any]) -> int:
    """0 when answered; else whether the question names a claim with no documents in reach, or
    the documents do not say (:func:`bot.engine_socket.ask_reply` tells which)."""
    if reply["found"]:
        return EXIT_OK
    return EXIT_UNKNOWN_CLAIM if reply["unknown_claim"] else EXIT_NOT_FOUND


@contextlib.contextmanager
def _ctrl_c_off_other_threads() -> Iterator[None]:
    """Block SIGINT (and the prompt's SIGALRM, see :func:`_ctrl_c_here`) in this thread, so that
    every thread started meanwhile (the embedder's, Chroma's, progress bars') blocks them too: a
    Ctrl-C the kernel handed to one of them would never wake the main thread waiting in readline,
    and the prompt would not quit. The mask is put back on the way out: a caller that runs the
    prompt in-process (a test, a notebook) keeps its Ctrl-C, and so do the processes it starts."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _PROMPT_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


PROMPT_WAKE_S = 0.1
"""How often the prompt looks again for a Ctrl-C it has not acted on (see :func:`_ctrl_c_here`)."""

_PROMPT_SIGNALS = {signal.SIGINT, *([signal.SIGALRM] if hasattr(signal, "SIGALRM") else [])}


@contextlib.contextmanager
def _ctrl_c_here() -> Iterator[None]:
    """SIGINT unblocked in the main thread alone while it waits at the prompt: Ctrl-C reaches it
    there (a Ctrl-C during an answer takes effect at the next prompt).

    Python acts on a Ctrl-C when the signal interrupts the prompt's wait for a key (readline's
    ``select``). One that lands after the prompt is written but before that wait begins (the main
    thread is then taking the GIL back from a busy thread, or was simply not scheduled) is only
    marked, and the wait would not end before the next key: the prompt ignored Ctrl-C, under load
    1 time in 5. So while the prompt waits, a timer interrupts the wait every :data:`PROMPT_WAKE_S`
    (SIGALRM, blocked in every other thread like SIGINT), and a Ctrl-C marked is acted on then."""
    if not hasattr(signal, "pthread_sigmask") or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _wake)
    try:
        signal.setitimer(signal.ITIMER_REAL, PROMPT_WAKE_S, PROMPT_WAKE_S)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _PROMPT_SIGNALS)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.pthread_sigmask(signal.SIG_BLOCK, _PROMPT_SIGNALS)
        signal.signal(signal.SIGALRM, previous)


def _wake(signum: int, frame: object) -> None:
    """SIGALRM at the prompt: nothing to do; the signal's only purpose is to interrupt the wait."""


def _line_editing(history_file: Path) -> None:
    """Arrow keys, Ctrl-R and a history kept between sessions, where :mod:`readline` exists
    (not on Windows: there the prompt still works, without them)."""
    try:
        import readline
    except ImportError:
        return
    import atexit

    readline.set_history_length(1000)
    try:
        readline.read_history_file(history_file)
    except OSError:
        pass  # first session, or an unreadable file: start a new history

    def save() -> None:
        try:
            readline.write_history_file(history_file)
        except OSError:
            pass  # a read-only home loses the history, not the session

    atexit.register(save)


def format_answer(answer: dict[str, Any]) -> str:
    """An answer (its ``ask --json`` object) for a terminal: the text, then one line per source
    with its excerpt."""
    lines = [answer["answer"]]
    if answer["citations"]:
        lines += ["", "Sources"]
        for c in answer["citations"]:
            location = ", ".join(p for p in (f"p. {c['page']}" if c.get("page") is not None else "",
                                             f"§ {c['section']}" if c.get("section") else "") if p)
            where = ", ".join(p for p in (c["document"], location, c.get("claim_id")) if p)
            lines.append(f"  [{c['n']}] {where}")
            lines.append(f'      "{_one_line(c["excerpt"], 240)}"')
    mode = "" if answer.get("mode", "offline") == "offline" else f"{answer['mode']}, "
    lines.append(f"({mode}{answer['route']}, {answer['latency_ms']:.0f} ms)")
    return "\n".join(lines)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- claims ---------------------------------------------------------------------------------
def cmd_claims(args: argparse.Namespace) -> int:
    claims = _backend(args).call("claims", {"scope": args.scope})
    if args.json:
        print(json.dumps(claims, indent=2))
        return 0
    if not claims:
        print(f"No claims on file in scope {args.scope}. Ingest files with `claimbot ingest PATH`.")
        return 0
    print(f"{'claim':<10} {'insured / claimant':<28} {'adjuster':<18} {'date of loss':<12} docs")
    for c in claims:
        people = shorten(", ".join(c["insured"] or c["claimants"]), 27)
        adjuster = shorten(", ".join(c["adjusters"]), 17)
        print(f"{c['claim_id']:<10} {people:<28} {adjuster:<18} {c['date_of_loss'] or '-':<12} {len(c['documents'])}")
    return 0


def shorten(text: str, width: int) -> str:
    """``text`` in ``width`` characters, cut at a word boundary with an ellipsis (a single word
    longer than ``width`` is cut inside it: there is no boundary to cut at)."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    boundary = max(cut.rfind(" "), cut.rfind("-"))
    if boundary > 0 and text[width - 1] not in " -":
        cut = cut[:boundary]
    return cut.rstrip(" ,-") + "…"


# -- eval -----------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    """One JSON line per question (the ``ask --json`` object plus the question and verdict) to
    stdout or ``--output``, then the summary: accuracy by route, latency."""
    from rag.evaluation import run_eval

    if not Path(args.file).is_file():
        print(f"claimbot eval: no such file: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    from bot.engine_socket import answer_of

    engine = _backend(args)  # serve's engine when it runs on this store
    with open(args.file) as handle:
        questions = [json.loads(line) for line in handle if line.strip()]
    report = run_eval(lambda q, scope: answer_of(engine.call("ask", {
        "question": q, "scope": scope or args.scope, "offline": bool(getattr(args, "offline", False))})), questions)
    out = open(args.output, "w") if args.output else sys.stdout
    with out if args.output else _nullcontext(out) as sink:
        for row in report.results:
            print(json.dumps(row), file=sink)
    if args.json:
        print(json.dumps(report.summary))
    else:
        print(report.render(), file=sys.stderr if not args.output else sys.stdout)
    return 0


# -- usage ----------------------------------------------------------------------------------
def cmd_usage(args: argparse.Namespace) -> int:
    """Language-model tokens and estimated cost by day (UTC) and model, from the engine's ledger."""
    from rag.config import Settings
    from rag.llm.usage import open_usage_store

    settings = Settings.from_env(home=Path(args.home).expanduser() if args.home else None)
    try:
        rows = open_usage_store(settings.home, settings.database_url).summary()
    except RuntimeError as err:  # rag.llm.usage_postgres.UsageUnavailable: the message says what failed
        print(f"claimbot usage: {err}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps([{**r.__dict__, "estimated_cost_usd": r.cost} for r in rows], indent=2))
        return 0
    if not rows:
        print("No language-model usage recorded (answers were offline).")
        return 0
    print(f"{'day':<11} {'model':<24} {'answers':>7} {'calls':>6} {'prompt':>10} {'completion':>10} {'est. cost':>10}")
    total = 0.0
    for r in rows:
        cost = "-" if r.cost is None else f"${r.cost:,.4f}"
        total += r.cost or 0.0
        print(f"{r.day:<11} {r.model[:24]:<24} {r.answers:>7} {r.calls:>6} {r.prompt_tokens:>10} "
              f"{r.completion_tokens:>10} {cost:>10}")
    print(f"estimated total: ${total:,.4f} (list prices; '-': a model without a known price)")
    return 0


def _nullcontext(value: Any) -> Any:
    from contextlib import nullcontext

    return nullcontext(value)


# -- the parser -----------------------------------------------------------------------------
SCOPE_HELP = "a Slack channel id (C0123...), or 'workspace' for documents shared workspace-wide (default)"

EXAMPLES = {
    "ingest": """\
examples:
  claimbot ingest data/claims                  every PDF, DOCX, TXT, MD and EML file in the folder
  claimbot ingest claim.pdf notes.txt          single files
  claimbot ingest --scope C0123ABCD invoices/  only for questions asked in that Slack channel

Files already stored are replaced when they changed and reported "unchanged" when not.
Exit code 1 when a file was refused or a path does not exist (the others are still ingested).""",
    "ask": """\
examples:
  claimbot ask "What is the deductible on CLM-2077?"
  claimbot ask --json "Who is the adjuster on CLM-1042?"
  claimbot ask                                 an interactive prompt with history (Ctrl-D to quit)
  claimbot ask --offline "..."                 without the language model (when one is configured)

Exit code 4 when the documents do not say, 5 when the question names a claim with no documents.""",
    "claims": """\
examples:
  claimbot claims
  claimbot claims --json                       everything extracted, with full names""",
    "eval": """\
examples:
  claimbot eval data/eval/questions.jsonl -o results.jsonl
  claimbot eval data/eval/questions.jsonl --json
  claimbot eval data/eval/questions.jsonl --offline   without the language model

Each line of FILE is a JSON object: "question", and "expected_answer" or "expected_regex"
(or "expect_not_found": true); optional "route", "claim_id", "scope".""",
    "serve": """\
examples:
  SLACK_BOT_TOKEN=xoxb-... SLACK_APP_TOKEN=xapp-... claimbot serve      Socket Mode
  SLACK_BOT_TOKEN=xoxb-... SLACK_SIGNING_SECRET=... claimbot serve --port 3000   HTTP mode

The README's "Slack setup" section says how to create the app and get the tokens.""",
    "playground": """\
examples:
  claimbot playground                          ingest data/ if the store is empty, open the page
  claimbot playground --port 8800 --no-browser""",
    "mcp": """\
examples:
  claimbot mcp --scope C0123ABCD               stdio: the MCP client starts it
  claimbot mcp --http --port 8765              streamable HTTP on http://127.0.0.1:8765/mcp

The README's "claimbot over MCP" section has the client configuration.""",
    "feedback": """\
examples:
  claimbot feedback
  claimbot feedback --json""",
    "usage": """\
examples:
  claimbot usage                               tokens and estimated cost by day (UTC) and model
  claimbot usage --json

Read from usage.sqlite3 in the store directory, or from Postgres when CLAIMBOT_DATABASE_URL
is set (one ledger for every host); answers given offline use no tokens.""",
}


def _command(sub: Any, name: str, common: argparse.ArgumentParser, help: str) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` is plain text: its one-line help, options, then examples."""
    return sub.add_parser(
        name, parents=[common], help=help, description=help[0].upper() + help[1:] + ".",
        epilog=EXAMPLES.get(name), formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip


class _VersionAction(argparse.Action):
    """``--version``, read from the package metadata only when asked (importlib.metadata costs a
    cold ``claimbot ask`` ~20 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(_version())
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"claimbot {version('claimbot')}"
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "claimbot (not installed)"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", metavar="DIR", help="store directory (default: $CLAIMBOT_HOME or ~/.claimbot)")
    common.add_argument("-v", "--verbose", action="store_true", help="log what happens")

    parser = argparse.ArgumentParser(
        prog="claimbot", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "ingest", common, "ingest claim files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, or a folder to ingest recursively")
    p.add_argument("--scope", default="workspace", metavar="ID", help=SCOPE_HELP)
    p.add_argument("--progress", action="store_true", help="show a progress bar even when not a terminal")
    p.set_defaults(func=cmd_ingest)

    p = _command(sub, "ask", common, "answer a question (no question: a prompt)")
    p.add_argument("question", nargs="*", help="the question, quoted or not (none: an interactive prompt)")
    p.add_argument("--scope", default="workspace", metavar="ID", help=SCOPE_HELP)
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--offline", action="store_true", help="answer without the language model")
    p.set_defaults(func=cmd_ask)

    p = _command(sub, "claims", common, "list the claims on file")
    p.add_argument("--scope", default="workspace", metavar="ID", help=SCOPE_HELP)
    p.add_argument("--json", action="store_true", help="print every claim and what was extracted as JSON")
    p.set_defaults(func=cmd_claims)

    p = _command(sub, "eval", common, "answer a JSONL question set and score it")
    p.add_argument("file", metavar="FILE.jsonl", help="one JSON question per line")
    p.add_argument("--scope", default="workspace", metavar="ID", help=SCOPE_HELP)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--output", "-o", metavar="OUT", help="write the per-question JSON lines here")
    p.add_argument("--offline", action="store_true", help="answer without the language model")
    p.set_defaults(func=cmd_eval)

    p = _command(sub, "serve", common, "run the Slack bot (Socket Mode or HTTP)")
    p.add_argument("--host", default="0.0.0.0", help="HTTP mode: interface to listen on (default 0.0.0.0)")
    # No default here: $PORT is read (and checked) by `serve` alone, so PORT=abc breaks no other command.
    p.add_argument("--port", type=int, default=None, metavar="N", help="HTTP mode: port (default: $PORT, else 3000)")
    p.set_defaults(func=_lazy("bot.server", "serve_command"))

    p = _command(sub, "playground", common, "try claimbot in a local Slack-like workspace (no Slack account)")
    p.add_argument("--port", type=int, default=8700, metavar="N", help="the playground page's port (127.0.0.1 only)")
    p.add_argument(
        "--data", default=None, metavar="DIR", help="folder to ingest when the store is empty (default: data/)"
    )
    p.add_argument("--no-browser", action="store_true", help="do not try to open a browser")
    p.set_defaults(func=_lazy("bot.playground", "playground_command"))

    p = _command(sub, "mcp", common, "serve the engine over MCP (stdio, or streamable HTTP)")
    p.add_argument("--scope", action="append", metavar="ID",
                   help="a scope to read (repeatable); workspace is always read")
    p.add_argument("--http", action="store_true", help="serve streamable HTTP at /mcp instead of stdio")
    p.add_argument("--host", default="127.0.0.1", help="HTTP: interface (other than loopback needs CLAIMBOT_MCP_TOKEN)")
    p.add_argument("--port", type=int, default=8765, help="HTTP: port")
    p.add_argument("--allow-host", action="append", metavar="NAME[:PORT]",
                   help="HTTP: another Host header value clients send (behind a proxy), exactly; repeatable")
    p.set_defaults(func=_lazy("bot.mcp_server", "mcp_command"))

    p = _command(sub, "feedback", common, "list the Helpful / Not helpful votes")
    p.add_argument("--json", action="store_true", help="print the votes as JSON")
    p.set_defaults(func=_lazy("bot.feedback", "feedback_command"))

    p = _command(sub, "usage", common, "language-model tokens and estimated cost by day and model")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.set_defaults(func=cmd_usage)
    return parser


def _lazy(module: str, function: str) -> Command:
    """A command implemented elsewhere, imported only when run: ``claimbot ask`` starts faster
    without loading Slack and aiohttp."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), function)(args) or 0)

    return run


EXIT_WITHOUT_COLLECTING = frozenset({"ask", "claims"})
"""Commands that only read the store: their process ends without Python's final collection of
the whole heap (:func:`_leave_the_heap_to_the_os`)."""


def _leave_the_heap_to_the_os() -> None:
    """At exit, after the command: the objects alive now are left out of the interpreter's final
    garbage collections, which walk the whole heap (the embedder, Chroma, llama-index): 2-4 s of
    CPU on a loaded machine before the shell got its prompt back after an answer or a Ctrl-C, 0.2 s
    without. Nothing these commands write waits on a finalizer: the store's writes are committed
    transactions, the history file is written by its own exit handler."""
    import gc

    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    if args.command in EXIT_WITHOUT_COLLECTING:
        import atexit

        atexit.register(_leave_the_heap_to_the_os)
    from bot.engine_socket import EngineUnavailable, RemoteEngineError

    try:
        return int(args.func(args) or 0)
    except EngineUnavailable as err:
        print(f"claimbot {args.command}: {err}", file=sys.stderr)
        return EXIT_BUSY
    except RemoteEngineError as err:
        print(f"claimbot {args.command}: claimbot serve's engine failed: {err}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `claimbot ask ... | head`: the reader has what it wanted, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's flush at exit would fail again
        return EXIT_FAILED
    except Exception as err:
        config = sys.modules.get("rag.config")  # not imported by a command served over the socket
        if config is not None and isinstance(err, config.SettingsError):  # what to set, no traceback
            print(f"claimbot {args.command}: {err}", file=sys.stderr)
            return EXIT_USAGE
        raise
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        lock = sys.modules.get("rag.lock")  # imported only by a command that opened an embedded store
        if lock is not None:
            lock.unlock_all()


if __name__ == "__main__":
    sys.exit(main())
