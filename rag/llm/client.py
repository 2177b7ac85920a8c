"""Configuration of the language-model mode, the ``openai`` client, and what its errors mean.

Why the ``openai`` SDK's Chat Completions and not an agent framework: every OpenAI-compatible
server (vLLM, Ollama, llama.cpp server, gateways) speaks Chat Completions with ``tools``; model
names are free strings (LlamaIndex's ``OpenAI`` class refuses names it does not know); and the
tool loop is a few dozen lines we can read, test at the protocol level and bound.

Retries: the SDK retries 408/409/429/5xx and connection errors itself, with exponential
backoff that honours ``Retry-After`` (``max_retries``). What is left when it gives up is mapped
to a short reason (:class:`LLMUnavailable`) that the answer carries as ``fallback_reason``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rag.config import DEFAULT_EXPERT_MODEL, DEFAULT_LLM_RETRIES, DEFAULT_LLM_TIMEOUT_S, DEFAULT_MANAGER_MODEL

if TYPE_CHECKING:
    from rag.config import Settings


class LLMUnavailable(RuntimeError):
    """The language model could not give an answer; ``reason`` is short and safe to show and log
    (never the key, never claim text)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class LLMConfig:
    """What the LLM mode needs: the settings (``CLAIMBOT_ANSWER_MODE``, the models, the timeout
    and retries: fields of :class:`rag.config.Settings`, validated there) and, read here where
    the ``openai`` client is made, ``OPENAI_API_KEY`` (a local server may need none) and
    ``OPENAI_BASE_URL`` (the server)."""

    mode: str = "auto"
    manager_model: str = DEFAULT_MANAGER_MODEL
    expert_model: str = DEFAULT_EXPERT_MODEL
    timeout_s: float = DEFAULT_LLM_TIMEOUT_S
    max_retries: int = DEFAULT_LLM_RETRIES
    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "LLMConfig":
        """The configuration in ``environ`` (default ``os.environ``), read again at each question
        so a changed setting applies; a malformed one raises :class:`rag.config.SettingsError`
        (a ``ValueError``) saying what to set."""
        from rag.config import Settings

        env = os.environ if environ is None else environ
        return cls.from_settings(Settings.from_env(env), env)

    @classmethod
    def from_settings(cls, settings: Settings, environ: Mapping[str, str] | None = None) -> "LLMConfig":
        env = os.environ if environ is None else environ
        return cls(
            mode=settings.answer_mode,
            manager_model=settings.manager_model,
            expert_model=settings.expert_model,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_retries,
            api_key=env.get("OPENAI_API_KEY") or None,
            base_url=env.get("OPENAI_BASE_URL") or None,
        )

    @property
    def enabled(self) -> bool:
        """Whether questions go to the language model first."""
        if self.mode == "offline":
            return False
        if self.mode == "llm":
            return True
        return bool(self.api_key or self.base_url)

    @property
    def models(self) -> dict[str, str]:
        return {"manager": self.manager_model, "expert": self.expert_model}

    def client(self) -> Any:
        """An ``openai.OpenAI`` client for this configuration (imported here: offline never
        loads the SDK)."""
        import openai

        return openai.OpenAI(
            # a local server may need no key, but the SDK refuses to start without one
            api_key=self.api_key or "no-key",
            base_url=self.base_url,
            timeout=self.timeout_s,
            max_retries=self.max_retries,
        )


def reason_for(err: BaseException) -> str:
    """A short, loggable reason for a failed model call: what the fallback note and
    ``fallback_reason`` say."""
    import openai

    if isinstance(err, LLMUnavailable):
        return err.reason
    if isinstance(err, openai.APITimeoutError):
        return "timeout"
    if isinstance(err, openai.AuthenticationError):
        return "key refused (401)"
    if isinstance(err, openai.PermissionDeniedError):
        return "access refused (403)"
    if isinstance(err, openai.RateLimitError):
        return "rate limited (429)"
    if isinstance(err, openai.BadRequestError):
        text = str(err).lower()
        if "context" in text and ("length" in text or "too long" in text or "maximum" in text):
            return "context too long"
        return "request refused (400)"
    if isinstance(err, openai.NotFoundError):
        return "model or endpoint not found (404)"
    if isinstance(err, openai.APIStatusError):  # 5xx and any other status
        return f"server error ({err.status_code})"
    if isinstance(err, openai.APIConnectionError):
        return "server unreachable"
    import httpx  # a streamed response that stalls or drops mid-way raises httpx's own errors

    if isinstance(err, httpx.TimeoutException):
        return "timeout"
    if isinstance(err, httpx.HTTPError):
        return "connection lost"
    return f"unexpected error ({type(err).__name__})"


def chat(client: Any, model: str, messages: list[dict[str, Any]], meter: Any, **options: Any) -> Any:
    """One non-streamed Chat Completions call; its tokens go to ``meter``. Returns the message."""
    response = client.chat.completions.create(model=model, messages=messages, **options)
    meter.add(model, getattr(response, "usage", None))
    if not getattr(response, "choices", None):
        raise LLMUnavailable("empty response")
    return response.choices[0].message
