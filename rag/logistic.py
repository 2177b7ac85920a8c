"""Logistic regression by gradient descent with an L2 penalty, numpy only: the model behind the
answer selector (:mod:`rag.selection.fit`) and the learned routing opinion (:mod:`rag.route_model`).
Their training sets are a few hundred questions: no solver library is worth its install."""

from __future__ import annotations

import numpy as np


def fit_logistic(x: np.ndarray, y: np.ndarray, *, l2: float, steps: int, rate: float) -> tuple[np.ndarray, float]:
    """``(weights, bias)`` of ``P(y=1) = sigmoid(x @ weights + bias)``, from zeros, by ``steps`` of
    full-batch gradient descent of the mean log loss plus ``l2 * |weights|^2 / (2 * len(y))``."""
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * float(np.mean(p - y))
    return w, b
