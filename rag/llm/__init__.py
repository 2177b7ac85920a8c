"""The language-model answer mode: a manager model that calls expert models and tools over the
claims store, with every answer checked against its sources before it is shown.

Turned on by ``CLAIMBOT_ANSWER_MODE`` (``auto``: when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL``
is set). The offline manager (:mod:`rag.manager`) stays the default and the fallback: whatever
goes wrong here, the user still gets an answer. Talks to any OpenAI-compatible server through
the ``openai`` SDK's Chat Completions API (see :mod:`rag.llm.client`).
"""

from rag.llm.client import LLMConfig, LLMUnavailable

__all__ = ["LLMConfig", "LLMUnavailable"]
