"""The package as users install it: a wheel built from the sources, installed with
``pip install --no-deps --target DIR``, runs ``claimbot ingest`` and ``ask`` from DIR, outside the
checkout (the test venv provides the dependencies)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_the_built_wheel_installs_and_answers_outside_the_checkout(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: building writes build/ and egg-info beside the sources
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("rag", "bot"):
        shutil.copytree(ROOT / part, source / part, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), ".",
        cwd=source)
    (wheel,) = wheels.glob("claimbot-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"rag/embedding/minilm-vocab.txt", "bot/playground/static/favicon.svg"} <= names

    target = tmp_path / "installed"
    run(sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel), cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "towing-invoice.txt").write_text(
        "Claim Number: CLM-1042\nInsured: Daniel Okafor\n\nTOWING INVOICE\nTowing: $385.00\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "CLAIMBOT_HOME": str(tmp_path / "home")}
    env.pop("CHROMA_HOST", None)
    where = run(sys.executable, "-c", "import rag, bot; print(rag.__file__); print(bot.__file__)", cwd=elsewhere, env=env)
    assert all(line.startswith(str(target)) for line in where.stdout.split()), where.stdout  # not the checkout
    claimbot = str(target / "bin" / "claimbot")
    ingested = run(claimbot, "ingest", "towing-invoice.txt", cwd=elsewhere, env=env)
    assert "towing-invoice.txt" in ingested.stdout and "CLM-1042" in ingested.stdout
    answer = run(claimbot, "ask", "What was the towing cost on CLM-1042?", cwd=elsewhere, env=env)
    assert "$385.00" in answer.stdout and "towing-invoice.txt" in answer.stdout
