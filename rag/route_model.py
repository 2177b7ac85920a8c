"""A learned second opinion for routing: does a question ask for arithmetic over amounts or dates?

The router's rules (:mod:`rag.router`) name the wordings of a calculation they know ("total of",
"net of", "how many days"); people ask the same in words no rule lists ("what % of the reserve
is medical", "how much was the prior reserve over the final payment", "the total rental bill").
This model reads the question by meaning instead: the MiniLM vector of the question (the
engine's own embedder, so nothing new is loaded) into a logistic regression fitted on the
labelled questions of ``data/eval/questions.jsonl``, ``holdout.jsonl``, ``train/`` and
``train2/`` (their ``route``), never on ``holdout2`` or ``frozen/``.

It is asked only when no rule fired (the question would default to the needle expert), so a
rule's lookup or summary is never taken from it; and a question it sends to the calculation
expert that asks no calculation the expert can parse falls back to the needle expert, so a
false positive costs a little time, not the answer.

Refit with ``python -m rag.route_model`` (writes ``route_weights.json`` beside this file).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from rag.logistic import fit_logistic

WEIGHTS = Path(__file__).with_name("route_weights.json")

Embed = Callable[[list[str]], Any]
"""Texts to unit vectors: the engine's embedder."""

THRESHOLD = 0.5
"""The probability from which a question no rule routed goes to the calculation expert."""

L2 = 0.1
STEPS = 5000
RATE = 0.5

TRAINING_SETS = ("questions.jsonl", "holdout.jsonl", "train/questions.jsonl", "train2/questions.jsonl")
"""The labelled questions it is fitted on (under ``data/eval/``)."""


@dataclass(frozen=True)
class CalculationModel:
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, vector: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-(float(vector @ self.weights) + self.bias))))


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> CalculationModel | None:
    """The fitted model, or ``None`` when no weights are on disk (the rules alone route)."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return CalculationModel(np.asarray(data["weights"], dtype=np.float32), float(data["bias"]),
                            float(data.get("threshold", THRESHOLD)))


def calculation_probability(question: str, embed: Embed) -> float | None:
    """How likely ``question`` asks for a calculation, by its meaning; ``None`` without a model
    or when the embedder fails (the rules' answer stands)."""
    model = load_model()
    if model is None:
        return None
    try:
        vector = np.asarray(embed([question]), dtype=np.float32)[0]
    except Exception:  # noqa: BLE001 - routing must not fail on the embedder: the rules' route stands
        return None
    if vector.shape != model.weights.shape:
        return None  # another embedding model than the one it was fitted with
    return model.probability(vector)


def reads_as_calculation(question: str, embed: Embed) -> float | None:
    """The model's probability that ``question`` asks for a calculation, when it reaches the
    fitted threshold; else ``None``."""
    p = calculation_probability(question, embed)
    model = load_model()
    return p if p is not None and model is not None and p >= model.threshold else None


def labelled_questions(root: Path, sets: Sequence[str] = TRAINING_SETS) -> list[tuple[str, bool]]:
    """``(question as routed, asks a calculation)`` for every question of ``sets``."""
    from rag.evaluation import expected_route
    from rag.router import normalize_question

    rows: list[tuple[str, bool]] = []
    for name in sets:
        for line in (root / name).read_text().splitlines():
            if line.strip():
                q = json.loads(line)
                rows.append((normalize_question(q["question"]), expected_route(q) == "calculation"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-root", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "eval")
    parser.add_argument("--check", type=Path, help="a questions.jsonl to report the model on (not fitted on)")
    parser.add_argument("-o", "--output", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)

    from rag.experts.needle import default_embed

    rows = labelled_questions(args.eval_root)
    x = np.asarray(default_embed([q for q, _ in rows]), dtype=np.float64)
    y = np.asarray([label for _, label in rows], dtype=np.float64)
    w, b = fit_logistic(x, y, l2=L2, steps=STEPS, rate=RATE)
    args.output.write_text(json.dumps({
        "trained_on": {name: sum(1 for _ in (args.eval_root / name).read_text().splitlines() if _.strip())
                       for name in TRAINING_SETS},
        "l2": L2, "threshold": THRESHOLD, "bias": b, "weights": [round(float(v), 6) for v in w],
    }) + "\n")
    print(f"fitted on {len(rows)} questions ({int(y.sum())} calculations) -> {args.output}")
    if args.check is not None:
        from rag.router import decide_route

        load_model.cache_clear()
        model = load_model(args.output)
        assert model is not None
        checked = labelled_questions(args.check.parent, [args.check.name])
        vectors = np.asarray(default_embed([q for q, _ in checked]), dtype=np.float32)
        counts = {"rules": [0, 0, 0], "rules+model": [0, 0, 0]}  # true positives, false positives, misses
        for (q, label), v in zip(checked, vectors):
            by_rule = decide_route(q).route == "calculation"
            by_model = by_rule or (decide_route(q).reason == "precise fact (default)"
                                   and model.probability(v) >= model.threshold)
            for name, routed in (("rules", by_rule), ("rules+model", by_model)):
                if routed or label:
                    counts[name][0 if routed and label else 1 if routed else 2] += 1
        for name, (tp, fp, fn) in counts.items():
            print(f"{args.check}: {name}: {tp} calculations routed, {fp} others routed there, {fn} missed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
