"""The README is part of the product: these tests keep it true to the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def subcommands() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return set(action.choices)  # type: ignore[arg-type]


def test_readme_opens_with_the_two_fresh_machine_commands() -> None:
    first_lines = [line.strip() for line in README.splitlines()[:6] if line.startswith("    ")]
    commands = [line.split("#")[0].strip() for line in first_lines]
    assert commands == ["make playground", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^playground:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)


def test_every_cli_command_is_documented_and_every_documented_one_exists() -> None:
    section = README.split("## Using it from the command line", 1)[1]
    usage = section.split("```", 2)[1]
    documented = set(re.findall(r"^claimbot (\w+)", usage, re.M))
    assert documented == subcommands()


def test_every_environment_variable_the_code_reads_is_documented() -> None:
    code = "\n".join(p.read_text() for folder in ("rag", "bot") for p in (ROOT / folder).rglob("*.py"))
    read = set(re.findall(r"""["']((?:CLAIMBOT|SLACK|CHROMA)_[A-Z_]+)["']""", code))
    documented = set(re.findall(r"`((?:CLAIMBOT|SLACK|CHROMA)_[A-Z_]+)`", README))
    assert read - documented == set(), f"undocumented: {sorted(read - documented)}"
    assert documented - read == set(), f"documented but never read: {sorted(documented - read)}"


def test_the_readme_states_the_file_size_limit_the_code_enforces() -> None:
    from rag.config import MAX_FILE_MB

    stated = set(re.findall(r"up to (\d+) MB", README)) | set(
        re.findall(r"\| `CLAIMBOT_MAX_FILE_MB` \|[^|]*\| `(\d+)` \|", README)
    )
    assert stated == {str(MAX_FILE_MB)}
