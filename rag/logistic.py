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


def fit_listwise(x: np.ndarray, y: np.ndarray, starts: np.ndarray, *, l2: float, steps: int, rate: float
                 ) -> np.ndarray:
    """The weights of a softmax over each group's rows (a question's candidate units, the rows
    ``starts[k]`` up to ``starts[k + 1]``): full-batch gradient descent of the mean over groups of
    ``-log`` (the softmax's mass on the group's positive rows) plus ``l2 * |weights|^2 / (2 * groups)``.
    Listwise: a unit is scored against its own question's rivals, not against every unit of every
    question (a pointwise fit also learns which questions are easy, which says nothing of which line
    answers). Every group needs a positive row; a softmax has no bias (adding one to every row moves
    nothing)."""
    groups = len(starts)
    of = np.repeat(np.arange(groups), np.diff(np.append(starts, len(y))))
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[of])
        p = e / np.add.reduceat(e, starts)[of]
        hit = e * y
        q = hit / np.maximum(np.add.reduceat(hit, starts), 1e-300)[of]
        w -= rate * (x.T @ (p - q) / groups + l2 * w / groups)
    return w
