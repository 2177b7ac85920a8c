"""The folders are the architecture: these tests keep them honest.

- ``rag/`` never imports Slack or MCP (or anything of ``bot/``): those are surfaces.
- ``bot/`` never touches Chroma or llama-index: it talks to ``rag.engine.Engine``.
- ``bot/``'s app code does not know about the playground or the Slack stand-in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    for call in ast.walk(tree):  # importlib.import_module("x") and _lazy("x", ...)
        if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
            name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
            if name in {"import_module", "_lazy"} and isinstance(call.args[0].value, str):
                found.add(call.args[0].value)
    return found


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", sources("rag"), ids=lambda p: str(p.relative_to(ROOT)))
def test_engine_never_imports_slack_or_the_bot(path: Path) -> None:
    bad = {m for m in imports_of(path) if m.split(".")[0] in {"slack_bolt", "slack_sdk", "bot", "aiohttp", "mcp"}}
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", sources("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_bot_never_touches_chroma_or_llama_index(path: Path) -> None:
    bad = {m for m in imports_of(path) if m.split(".")[0] in {"chromadb", "llama_index"}}
    bad |= {m for m in imports_of(path) if m.startswith("rag.") and m.split(".")[1] in {"store", "retrieval", "ingest", "chunking", "embedding"}}
    assert not bad, f"{path.relative_to(ROOT)} reaches into the engine: {sorted(bad)}"


APP_CODE = [p for p in sources("bot") if not {"standin", "playground"} & set(p.relative_to(ROOT / "bot").parts) and p.name != "cli.py"]


@pytest.mark.parametrize("path", APP_CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_bot_app_does_not_know_about_the_playground(path: Path) -> None:
    bad = {m for m in imports_of(path) if m.startswith(("bot.standin", "bot.playground"))}
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"
