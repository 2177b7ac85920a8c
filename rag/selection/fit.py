"""Fit the selector's weights: ``python -m rag.selection.fit`` (writes ``weights.json``).

Trains only on ``data/eval/questions.jsonl`` and ``data/eval/holdout.jsonl`` (their ``needle``
questions, and their ``none`` questions for the "couldn't find" threshold); never on
``holdout2.jsonl`` or ``data/eval/frozen/``, which measure how it holds on questions it never saw.

1. Ingest ``data/`` into a temporary store with the real engine; for every training question,
   retrieve as the manager does (the question and its head phrase, leaves unmerged, each widened
   to its page or section) and cut the candidate units.
2. A unit is a positive when it holds the expected answer (the eval's own ``contains``).
3. A logistic regression (numpy, L2) over the standardised features of all units.
4. The threshold: the probability under which the best unit is no answer, chosen to answer the
   answerable questions and refuse the ``none`` ones (a refused answerable question counts
   a quarter of a right answer: a wrong fact is worse than none). The margin: how close a second
   unit must be to be shown beside the best one, chosen on the same questions with a penalty for
   every two-fact answer.

Prints the cross-set figures (fit on one set, top-1 on the other) before fitting on both.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from rag.selection.selector import FEATURES, QUESTION_LEVEL, WEIGHTS_PATH, Model, featurize
from rag.selection.units import candidate_units

ROOT = Path(__file__).resolve().parents[2]
TRAINING_SETS = ("questions.jsonl", "holdout.jsonl")
REFUSED_BY_RULES: set[tuple[str, int]] = set()
"""The training questions the rule-based line choice finds nothing for: where the selector answers."""


def question_rows(engine: Any, q: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, bool]:
    """``(features, labels, whether the rule-based line choice finds nothing)`` of one question's
    candidate units."""
    from rag.evaluation import contains
    from rag.experts.needle import _answer_by_rules, head_phrase

    question = q["question"]
    claim_ids = [q["claim_id"]] if q.get("claim_id") else []
    scope = q.get("scope") or "workspace"
    best: dict[str, Any] = {}
    for query in dict.fromkeys(x for x in (question, head_phrase(question)) if x):
        for p in engine.retrieve(query, scope=scope, claim_ids=claim_ids, merge=False):
            if p.node_id not in best or p.score > best[p.node_id].score:
                best[p.node_id] = p
    passages = sorted(best.values(), key=lambda p: -p.score)
    contexts = {p.node_id: engine.expand(p) for p in passages}
    units = candidate_units(passages, contexts)
    vocabulary = lambda words: engine.vocabulary_has(words, scope=scope)  # noqa: E731
    selection = featurize(question, units, engine.embed, vocabulary=vocabulary, embed_all=True)
    x = np.asarray([s.features for s in selection.scored], dtype=np.float64).reshape(-1, len(FEATURES))
    positive = not q.get("expect_not_found")
    y = np.asarray([positive and (contains(s.unit.excerpt, q) or contains(s.unit.text, q))
                    for s in selection.scored], dtype=np.float64)
    rules = _answer_by_rules(question, passages, searched="", claim_named=bool(claim_ids), names=(),
                             contexts=contexts, ignore=(), vocabulary=vocabulary, trace={},
                             supported={u.excerpt for u in units})
    return x, y, rules.route == "none"


def fit_model(questions: list[tuple[np.ndarray, np.ndarray, bool]], *, l2: float = 1.0, steps: int = 3000) -> Model:
    """Two stages, both logistic regressions: (1) over all units, a unit holding the answer
    against the others: the weights that rank a question's units (a softmax over each question's
    units ranked no better across our two sets); (2) over the questions, the winning unit's score
    and the question-level features against "the winner holds the answer" (a ``none``
    question's winner never does): the probability the threshold is set on."""
    xs = [x for x, _, _ in questions if len(x)]
    everything = np.vstack(xs)
    mean = everything.mean(axis=0)
    scale = everything.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (everything - mean) / scale
    y = np.concatenate([y for x, y, _ in questions if len(x)])
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= 0.5 * float(np.mean(p - y))
    # stage 2: the winner's score and the question-level features -> P(the winner answers)
    level = [k for k, f in enumerate(FEATURES) if f in QUESTION_LEVEL]
    rows, hits = [], []
    for x, y, answerable in questions:
        if not len(x):
            continue
        z = (x - mean) / scale
        i = int(np.argmax(z @ w))
        rows.append([float(z[i] @ w), *(float(z[i, k]) for k in level)])
        hits.append(float(answerable and bool(y[i])))
    t, h = np.asarray(rows), np.asarray(hits)
    coef, c = np.zeros(t.shape[1]), 0.0
    for _ in range(5000):
        p = 1.0 / (1.0 + np.exp(-(t @ coef + c)))
        coef -= 0.1 * (t.T @ (p - h) / len(h) + 0.01 * coef)
        c -= 0.1 * float(np.mean(p - h))
    final = coef[0] * w
    for j, k in enumerate(level):
        final[k] += coef[j + 1]
    return Model(tuple(float(v) for v in final), float(c), tuple(float(v) for v in mean),
                 tuple(float(v) for v in scale))


def calibrate(model: Model, questions: list[tuple[np.ndarray, np.ndarray, bool]]) -> Model:
    """Choose the threshold and the margin (see the module doc) on ``(features, labels, answerable)``."""
    tops: list[tuple[float, bool, bool, list[tuple[float, bool]]]] = []
    for x, y, answerable in questions:
        if len(y) == 0:
            tops.append((0.0, answerable, False, []))
            continue
        p = model.probabilities(x)
        order = np.argsort(-p)
        tops.append((float(p[order[0]]), answerable, bool(y[order[0]]), [(float(p[i]), bool(y[i])) for i in order[:3]]))
    candidates = sorted({t for t, *_ in tops})
    cuts = [0.0] + [(a + b) / 2 for a, b in zip(candidates, candidates[1:])] + [1.0]

    def threshold_gain(t: float) -> float:
        gain = 0.0
        for top, answerable, right, _ in tops:
            if not answerable:
                gain += top < t
            elif top >= t:
                gain += right
            else:
                gain += 0.25 * (not right)
        return gain

    threshold = max(cuts, key=lambda t: (threshold_gain(t), -abs(t - 0.3)))

    def margin_gain(m: float) -> float:
        gain = 0.0
        for top, answerable, right, best3 in tops:
            if not answerable or top < threshold:
                continue
            shown = [r for p, r in best3[:2] if p >= top - m and p >= threshold] if m else [best3[0][1]]
            gain += any(shown) - 0.25 * (len(shown) > 1)
        return gain

    margin = max((0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3), key=lambda m: (margin_gain(m), -m))
    return Model(model.weights, model.bias, model.mean, model.scale, round(threshold, 4), margin)


def fallback_threshold(model: Model, questions: list[tuple[np.ndarray, np.ndarray, bool]]) -> float:
    """The threshold for the questions the rules find nothing for (the selector's job in the
    needle expert): there a wrong answer replaces a plain "not found". A right answer counts 1, a
    wrong one -0.5 (worse than none, but the issue is the "couldn't find" misses where the fact
    was retrieved); the highest threshold of the best total."""
    tops: list[tuple[float, bool]] = []
    for x, y, answerable in questions:
        if len(y):
            p = model.probabilities(x)
            i = int(np.argmax(p))
            tops.append((float(p[i]), answerable and bool(y[i])))
    cuts = sorted({t for t, _ in tops} | {1.0})
    best = max(cuts, key=lambda t: (sum((1.0 if r else -0.5) for p, r in tops if p >= t), t))
    return round(float(best), 4)


def top1(model: Model, questions: list[tuple[np.ndarray, np.ndarray, bool]]) -> tuple[int, int]:
    """Answerable questions whose best unit holds the answer, of those with a candidate that does."""
    right = n = 0
    for x, y, answerable in questions:
        if not answerable or not y.any():
            continue
        n += 1
        right += bool(y[int(np.argmax(model.probabilities(x)))])
    return right, n


def _featurize_sets(home: Path | None) -> dict[str, list[tuple[np.ndarray, np.ndarray, bool]]]:
    """Every training question's ``(features, labels, answerable)``, by set."""
    from rag.config import Settings
    from rag.engine import Engine

    with tempfile.TemporaryDirectory(prefix="claimbot-fit-") as scratch:
        engine = Engine.open(Settings(home=home or Path(scratch)))
        results = engine.ingest_paths([ROOT / "data" / "claims", ROOT / "data" / "workspace"])  # unchanged: fast
        failed = [r for r in results if isinstance(r, Exception)]
        if failed:
            raise SystemExit(f"ingest failed: {failed}")
        by_set: dict[str, list[tuple[np.ndarray, np.ndarray, bool]]] = {}
        for name in TRAINING_SETS:
            rows = [json.loads(line) for line in (ROOT / "data" / "eval" / name).read_text().splitlines()
                    if line.strip()]
            by_set[name] = []
            for q in rows:
                if q.get("expect_not_found") or (q.get("route") or "needle") == "needle":
                    x, y, refused = question_rows(engine, q)
                    by_set[name].append((x, y, not q.get("expect_not_found")))
                    if refused:
                        REFUSED_BY_RULES.add((name, len(by_set[name]) - 1))
        engine.close()
    return by_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--cache", type=Path, help="keep the questions' features here (refit without retrieving)")
    parser.add_argument("--home", type=Path,
                        help="a store that already holds data/ (default: ingest into a temporary one)")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        import pickle

        by_set, refused_keys = pickle.loads(args.cache.read_bytes())
        REFUSED_BY_RULES.update(refused_keys)
    else:
        by_set = _featurize_sets(args.home)
        if args.cache:
            import pickle

            args.cache.write_bytes(pickle.dumps((by_set, REFUSED_BY_RULES)))

    a, b = TRAINING_SETS
    for train, test in ((a, b), (b, a)):
        model = fit_model(by_set[train])
        right, n = top1(model, by_set[test])
        print(f"fit on {train}, top-1 on {test}: {right}/{n} (answer among the candidates)")
    everything = [q for s in by_set.values() for q in s]
    model = calibrate(fit_model(everything), everything)
    flat = [(name, i) for name in TRAINING_SETS for i in range(len(by_set[name]))]
    refused = [by_set[name][i] for name, i in flat if (name, i) in REFUSED_BY_RULES]
    model = replace(model, fallback=fallback_threshold(model, refused))
    print(f"questions the rules find nothing for: {len(refused)}; fallback threshold {model.fallback}")
    right, n = top1(model, everything)
    reachable = sum(1 for _, y, ans in everything if ans and y.any())
    answerable = sum(1 for _, _, ans in everything if ans)
    print(f"both sets: top-1 {right}/{n}; answer among the candidates for {reachable}/{answerable}")
    print(f"threshold {model.threshold}, margin {model.margin}")
    for name, w in sorted(zip(FEATURES, model.weights), key=lambda p: -abs(p[1])):
        print(f"  {name:12} {w:+.3f}")
    args.output.write_text(json.dumps(model.to_json(), indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
