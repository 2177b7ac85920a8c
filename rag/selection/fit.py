"""Fit the selector's weights: ``python -m rag.selection.fit`` (writes ``weights.json``).

Trains only on ``data/eval/questions.jsonl`` and ``data/eval/holdout.jsonl`` (on our sample
claims) and ``data/eval/train{,2,3,4,5,6,7,9}/questions.jsonl`` (each on its own outside-style files,
``data/eval/train*/files``, written by someone who had not seen the engine): their ``needle``
questions, and their ``none`` questions for the "couldn't find" threshold. Never on
``holdout2.jsonl``, ``data/eval/frozen/`` or ``train8``, which measure how it holds on questions
it never saw.
The outside-style set is what keeps the ``rules`` features honest: on our samples, which the
rules were written for, they are nearly always right; on files we did not write, about half.

1. Ingest each set's files into a temporary store with the real engine and ask every training
   question through ``Engine.ask``, as a user would; :data:`~rag.selection.selector.INPUTS`
   keeps what the selector was asked to score (the engine's own retrieval, claim resolution and
   rules), so the weights are fitted on what they will score. ``--cache`` keeps those inputs:
   a model with a new feature is refitted without retrieving again. The features are computed
   for every unit for a first fit, then for the :data:`~rag.selection.selector.EMBEDDED_UNITS`
   units that model keeps, as at run time, for the final one.
2. A unit is a positive when it holds the expected answer (the eval's own ``contains``).
3. A logistic regression (numpy, L2) over the standardised features of all units, or a softmax over
   each question's units (``listwise``: the answer against its own rivals), then a logistic regression
   over each question's winning unit (its score, the question-level features and whether it
   holds what is asked) against "the winner holds the answer".
4. The threshold: the probability under which the best unit is no answer, chosen on each
   question's probabilities under a model fitted without its set (:func:`out_of_fold`), to
   answer the answerable questions and refuse the ``none`` ones (refusing a wrong best unit counts as much
   as a right answer, :data:`WRONG_COST`: a wrong fact is worse than none). The margin: how close a second
   unit must be to be shown beside the best one, chosen on the same questions with a penalty for
   every two-fact answer. The lead rule: under the threshold, a best unit far enough ahead of the
   second still answers (:func:`calibrate_lead`, on the same questions and terms).

How it is fitted is chosen by leaving each set out (:func:`leave_one_set_out`): every choice of the
first stage's objective, the L2 penalty, the feature groups left out (:data:`GROUPS`) and what a
refused wrong answer is worth when the threshold is calibrated (:data:`WRONG_COSTS`) is fitted and
calibrated without one set and measured on it, for each set in turn; the choice with the most right
answers and ``none`` questions refused on the sets left out, less a quarter per wrong answer
(:data:`CHOOSING_WRONG`), among those
that keep the test suite's floors on our own questions left out (:data:`FLOOR_WRONG`), is fitted on
all of them. (Chosen on the sets fitted, session 8's refits gained there and lost on every fresh
set.) The training sets are ours and the outside-style ``train`` to ``train7`` and ``train9``; never
``train8``, ``frozen`` or ``holdout2``, which measure the result. ``--choice`` measures and fits one
choice beside session 6's recipe (the full grid takes an hour on a busy machine).

Prints every choice's left-out figures, the chosen one's per set (beside session 6's recipe's), then
fits on all of them; ``weights.json`` records which sets, how many questions of each, the choice and
its left-out figures. ``--misses SET`` prints what the shipped weights get wrong on a set, classed
(:func:`print_misses`): what to look at before writing a feature. ``--decider`` keeps the shipped
weights and fits the second stage that decides answer or "couldn't find" (:mod:`rag.selection.decide`,
:func:`decider_main`).

Run it with ``OPENBLAS_NUM_THREADS=1`` on a shared machine: numpy's threads, spinning against the other
processes, made one fit 100 times slower (300 s against 3 s on session 10's nine sets).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from rag.logistic import fit_listwise, fit_logistic
from rag.selection.decide import INPUTS as DECISION_INPUTS
from rag.selection.decide import Decider, decision_row
from rag.selection.selector import (
    DENSE,
    FEATURES,
    INPUTS,
    QUESTION_LEVEL,
    WEIGHTS_PATH,
    Embed,
    Inputs,
    Model,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = (ROOT / "data" / "claims", ROOT / "data" / "workspace")
TRAINING_SETS: dict[str, tuple[Path, ...]] = {
    "questions.jsonl": SAMPLES,
    "holdout.jsonl": SAMPLES,
    "train/questions.jsonl": (ROOT / "data" / "eval" / "train" / "files",),
    "train2/questions.jsonl": (ROOT / "data" / "eval" / "train2" / "files",),
    "train3/questions.jsonl": (ROOT / "data" / "eval" / "train3" / "files",),
    "train4/questions.jsonl": (ROOT / "data" / "eval" / "train4" / "files",),
    "train5/questions.jsonl": (ROOT / "data" / "eval" / "train5" / "files",),
    "train6/questions.jsonl": (ROOT / "data" / "eval" / "train6" / "files",),
    "train7/questions.jsonl": (ROOT / "data" / "eval" / "train7" / "files",),
    "train9/questions.jsonl": (ROOT / "data" / "eval" / "train9" / "files",),
}
"""Each training set and the files its questions are about (a set whose files are not there is skipped)."""


def question_rows(engine: Any, q: dict[str, Any]) -> Inputs | None:
    """What the selector was asked to score when the engine was asked ``q`` (None when its
    question went to no fact answer): asked as a user would, through ``Engine.ask``."""
    recorded: list[Inputs] = []
    token = INPUTS.set(recorded)
    try:
        engine.ask(q["question"], scope=q.get("scope") or "workspace")
    finally:
        INPUTS.reset(token)
    return recorded[-1] if recorded else None


Labelled = tuple[np.ndarray, np.ndarray, bool]
"""One question's ``(features, labels, answerable)``: a unit's label is whether it holds the answer."""


def labelled(inputs: Inputs | None, q: dict[str, Any], embed: Embed, model: Model | None = None, *,
             embed_all: bool = False) -> Labelled:
    """The features of ``inputs`` replayed with the current features (the units ``model`` would
    embed, or all of them), and whether each unit holds the expected answer (the eval's own
    ``contains``). A question a rule vetoes (:func:`~rag.selection.selector.qualifier_veto`) has no
    units: the model is not fitted on what it never decides, and it counts as refused."""
    from rag.evaluation import contains

    answerable = not q.get("expect_not_found")
    selection = inputs.replay(embed, model, embed_all=embed_all) if inputs is not None else None
    if selection is None or selection.vetoed:  # no fact answer, or a rule refuses whatever the weights say
        return np.zeros((0, len(FEATURES))), np.zeros(0), answerable
    scored = selection.scored
    x = np.asarray([s.features for s in scored], dtype=np.float64).reshape(-1, len(FEATURES))
    y = np.asarray([answerable and (contains(s.unit.excerpt, q) or contains(s.unit.text, q)) for s in scored],
                   dtype=np.float64)
    return x, y, answerable


WINNER_LEVEL = QUESTION_LEVEL | {"head_held", "dense_lead", "kind_miss", "role_beside", "head_noun"}
"""Features of the winning unit the second stage weighs again: whether the best unit holds what
is asked tells a right answer from a guess better than it ranks units."""


L2 = 400.0
"""The first stage's L2 penalty (over ~2,000 units of ~190 questions). Fitted without one set and
measured on it, the number of right answers at a given number of wrong ones grew from 1 to
100-400 and fell beyond 1,000: the outside-style questions are few, and weights free to follow
them fit the questions more than the files."""


AGAINST = frozenset({"absent", "absent_used", "absent_qualifier", "id_absent", "blank_value", "kind_miss"})
"""Features that can only count against a unit: a question word or identifier the files lack, a blank
field, no value of the kind asked. Fitted freely, correlated ones trade signs (on
session 9's seven sets ``absent_qualifier`` came out positive beside a larger negative ``absent``, and
the "earthquake deductible" our files never state was answered with the policy's deductible): one whose
weight comes out positive is left out and the model fitted again (:func:`fit_model`, ``signed``)."""


POINTWISE, LISTWISE = "pointwise", "listwise"
"""The first stage's objective: a logistic regression over all units (pointwise), or a softmax over each
question's units, the answer against its own rivals (listwise, :func:`rag.logistic.fit_listwise`)."""


def fit_model(questions: list[Labelled], *, l2: float = L2, steps: int = 3000,
              dropped: frozenset[str] = frozenset(), signed: bool = True, objective: str = POINTWISE) -> Model:
    """:func:`_fit_model`, and with ``signed`` again without each :data:`AGAINST` feature whose weight
    came out positive, until none does."""
    model = _fit_model(questions, l2=l2, steps=steps, dropped=dropped, objective=objective)
    while signed:
        wrong_way = {f for f, w in zip(FEATURES, model.weights) if f in AGAINST and w > 0}
        if not wrong_way:
            break
        dropped = dropped | wrong_way
        model = _fit_model(questions, l2=l2, steps=steps, dropped=dropped, objective=objective)
    return model


def _fit_model(questions: list[Labelled], *, l2: float = L2, steps: int = 3000,
               dropped: frozenset[str] = frozenset(), objective: str = POINTWISE) -> Model:
    """Two stages: (1) the weights that rank a question's units: a logistic regression over all units, a
    unit holding the answer against the others (``pointwise``), or a softmax over each answerable
    question's units, the one holding the answer against its own rivals (``listwise``: the question-level
    features weigh nothing in it, being the same for every rival); (2) over the questions, the winning unit's score
    and the question-level features against "the winner holds the answer" (a ``none``
    question's winner never does): the probability the threshold is set on. A ``dropped``
    feature weighs 0 in both (its column is left out of the fit)."""
    xs = [x for x, _, _ in questions if len(x)]
    everything = np.vstack(xs)
    mean = everything.mean(axis=0)
    scale = everything.std(axis=0)
    scale[scale < 1e-6] = 1.0
    off = [k for k, f in enumerate(FEATURES) if f in dropped]
    mean[off], scale[off] = 0.0, 1.0
    z = _masked((everything - mean) / scale, off)
    y = np.concatenate([y for x, y, _ in questions if len(x)])
    if objective == LISTWISE:
        ranked = [(x, y) for x, y, _ in questions if len(x) > 1 and y.any()]
        starts = np.cumsum([0] + [len(y) for _, y in ranked[:-1]])
        z_ranked = _masked((np.vstack([x for x, _ in ranked]) - mean) / scale, off)
        w = fit_listwise(z_ranked, np.concatenate([y for _, y in ranked]), starts, l2=l2, steps=steps, rate=0.5)
    else:
        w, _ = fit_logistic(z, y, l2=l2, steps=steps, rate=0.5)
    # stage 2: the winner's score and the question-level features -> P(the winner answers)
    level = [k for k, f in enumerate(FEATURES) if f in WINNER_LEVEL and f not in dropped]
    rows, hits = [], []
    for x, y, answerable in questions:
        if not len(x):
            continue
        z = _masked((x - mean) / scale, off)
        i = int(np.argmax(z @ w))
        rows.append([float(z[i] @ w), *(float(z[i, k]) for k in level)])
        hits.append(float(answerable and bool(y[i])))
    t, h = np.asarray(rows), np.asarray(hits)
    coef, c = fit_logistic(t, h, l2=0.01 * len(h), steps=5000, rate=0.1)  # a penalty of 0.01 * coef per step
    if coef[0] <= 0:  # the winner's score says nothing of whether it answers: keep stage 1's order, not its mirror
        coef, c = fit_logistic(t[:, 1:], h, l2=0.01 * len(h), steps=5000, rate=0.1)
        coef = np.concatenate([[MIN_SCORE_WEIGHT], coef])
    final = coef[0] * w
    for j, k in enumerate(level):
        final[k] += coef[j + 1]
    return Model(tuple(float(v) for v in final), float(c), tuple(float(v) for v in mean),
                 tuple(float(v) for v in scale))


MIN_SCORE_WEIGHT = 1e-3
"""Stage 2's weight on the winner's stage-1 score when a fit would make it 0 or negative: a negative one
would turn the ranking upside down (the best unit becoming the worst), which no objective asked for."""


def _masked(z: np.ndarray, off: Sequence[int]) -> np.ndarray:
    """``z`` with the columns ``off`` zeroed: a feature left out of a fit moves nothing."""
    if off:
        z = z.copy()
        z[:, list(off)] = 0.0
    return z


WRONG_COST = 1.0
"""What refusing an answerable question whose best unit is wrong is worth, against a right answer's 1:
a wrong fact misleads an adjuster, so it weighs as much as a right one (it was 0.25, and wrong
answers on the outside-style sets grew with the selector answering every fact)."""


Top = tuple[float, bool, bool, list[tuple[float, bool]]]
"""A question as the threshold sees it: its best unit's probability, whether it is answerable,
whether that unit holds the answer, and the three best units' ``(probability, holds it)``."""


def tops_of(model: Model, questions: list[Labelled]) -> list[Top]:
    tops: list[Top] = []
    for x, y, answerable in questions:
        if len(y) == 0:
            tops.append((0.0, answerable, False, []))
            continue
        p = model.probabilities(x)
        order = np.argsort(-p)
        tops.append((float(p[order[0]]), answerable, bool(y[order[0]]), [(float(p[i]), bool(y[i])) for i in order[:3]]))
    return tops


FOLDS = 5

PLATEAU = 0.01
"""Cuts whose gain is within this share of the questions of the best one are as good as it: the
threshold is their middle one (see :func:`calibrate`)."""


def out_of_fold(questions: list[Labelled], folds: int = FOLDS, *, l2: float = L2,
                dropped: frozenset[str] = frozenset(), objective: str = POINTWISE) -> list[Top]:
    """Every question's :data:`Top` under a model fitted on the other folds (every ``folds``-th
    question, so each fold mixes the sets): the probabilities a question the model never saw
    gets. (A model's probabilities on its own training questions are surer than on new ones; a
    threshold set on them answers too much, or, the objective being flat, jumps between two
    plateaus from one fit to the next. Folds by set would leave the outside-style questions to a
    model fitted on our samples alone.)"""
    tops: list[Top] = []
    for k in range(folds):
        held = [q for i, q in enumerate(questions) if i % folds == k]
        rest = [q for i, q in enumerate(questions) if i % folds != k]
        tops += tops_of(fit_model(rest, l2=l2, dropped=dropped, objective=objective), held)
    return tops


def calibrate(model: Model, questions: list[Labelled], tops: list[Top] | None = None, *,
              wrong_cost: float = WRONG_COST) -> Model:
    """Choose the threshold and the margin (see the module doc) on ``(features, labels,
    answerable)``, or on ``tops`` when given (:func:`out_of_fold`)."""
    tops = tops if tops is not None else tops_of(model, questions)
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
                gain += wrong_cost * (not right)
        return gain

    # the gain is flat over a wide range (a few questions either way between ~0.35 and ~0.55): the
    # best cut alone jumps from one fit to the next, and so does the plateau's lowest cut (0.48 and
    # 0.35 for two fits a feature apart; at 0.35 the four training sets had 9 more wrong answers than
    # before the glossary, at the middle 12 fewer). The threshold is the middle of the cuts within
    # PLATEAU of the questions of the best.
    gains = [(t, threshold_gain(t)) for t in cuts]
    best = max(g for _, g in gains)
    near = [t for t, g in gains if g >= best - PLATEAU * len(tops)]
    threshold = near[len(near) // 2]

    def margin_gain(m: float) -> float:
        gain = 0.0
        for top, answerable, right, best3 in tops:
            if not answerable or top < threshold:
                continue
            shown = [r for p, r in best3[:2] if p >= top - m and p >= threshold] if m else [best3[0][1]]
            gain += any(shown) - 0.25 * (len(shown) > 1)
        return gain

    margin = max((0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3), key=lambda m: (margin_gain(m), -m))
    lead_threshold, lead = calibrate_lead(tops, threshold, wrong_cost=wrong_cost)
    return Model(model.weights, model.bias, model.mean, model.scale, round(threshold, 4), margin,
                 lead_threshold=lead_threshold, lead=lead)


LEAD_FLOORS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
LEADS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def calibrate_lead(tops: list[Top], threshold: float, *, wrong_cost: float = WRONG_COST
                   ) -> tuple[float | None, float]:
    """The lead rule (:attr:`~rag.selection.selector.Model.lead_threshold`): of the questions whose
    best unit is under ``threshold``, answer those whose best is at least a floor and that far
    ahead of the second, when it gains on the same terms as the threshold (a right answer +1, an
    answered ``none`` question -1, a wrong answer -:data:`WRONG_COST`). The pair is the one of the
    most gain; the least answering of the pairs within :data:`PLATEAU` of it (a rule that answers
    more for no gain on these questions will answer more wrongly on others). None when no pair gains
    more than :data:`PLATEAU` of the questions."""
    under = [(top, answerable, right, best3[1][0] if len(best3) > 1 else 0.0)
             for top, answerable, right, best3 in tops if top < threshold]

    def gain(floor: float, lead: float) -> float:
        g = 0.0
        for top, answerable, right, second in under:
            if top >= floor and top - second >= lead:
                g += (1.0 if right else -wrong_cost) if answerable else -1.0
        return g

    pairs = [(gain(f, m), f, m) for f in LEAD_FLOORS for m in LEADS if f < threshold]
    if not pairs:
        return None, 1.0
    best = max(g for g, _, _ in pairs)
    if best <= PLATEAU * len(tops):
        return None, 1.0
    near = [(f, m) for g, f, m in pairs if g >= best - PLATEAU * len(tops)]
    floor, lead = max(near, key=lambda fm: (fm[0] + fm[1], fm[1]))  # the least answering of the near-best
    return floor, lead


def top1(model: Model, questions: list[tuple[np.ndarray, np.ndarray, bool]], embedded: int | None = None
         ) -> tuple[int, int]:
    """Answerable questions whose best unit holds the answer, of those with a candidate that does;
    with ``embedded``, the best unit among only that many kept by the features that need no
    embedding (as the selector does at run time; see ``selector._prefilter``)."""
    cheap = [k for k, f in enumerate(FEATURES) if f not in DENSE and f not in QUESTION_LEVEL]
    w, mean, scale = np.asarray(model.weights), np.asarray(model.mean), np.asarray(model.scale)
    right = n = 0
    for x, y, answerable in questions:
        if not answerable or not y.any():
            continue
        n += 1
        keep = np.arange(len(x))
        if embedded is not None and len(x) > embedded:
            z = (x - mean) / scale
            keep = np.argsort(-(z[:, cheap] @ w[cheap]), kind="stable")[:embedded]
        right += bool(y[keep[int(np.argmax(model.probabilities(x[keep])))]])
    return right, n


Recorded = list[tuple[dict[str, Any], "Inputs | None"]]
"""A set's questions and what the selector was asked to score for each."""


def _record_sets(names: list[str]) -> dict[str, Recorded]:
    """Every training question's selector inputs, asked through a real engine, by set."""
    from rag.config import Settings
    from rag.engine import Engine

    by_set: dict[str, Recorded] = {}
    for name in names:
        paths = TRAINING_SETS[name]
        questions = ROOT / "data" / "eval" / name
        if not questions.is_file() or not all(p.exists() for p in paths):
            print(f"skipped {name}: not here")
            continue
        rows = [json.loads(line) for line in questions.read_text().splitlines() if line.strip()]
        with tempfile.TemporaryDirectory(prefix="claimbot-fit-") as scratch:
            engine = Engine.open(Settings(home=Path(scratch)))
            failed = [r for r in engine.ingest_paths(list(paths)) if isinstance(r, Exception)]
            if failed:
                raise SystemExit(f"ingest failed: {failed}")
            by_set[name] = [(q, question_rows(engine, q)) for q in rows
                            if q.get("expect_not_found") or (q.get("route") or "needle") == "needle"]
            engine.close()
    return by_set


def outcomes(model: Model, questions: list[Labelled]) -> dict[str, int]:
    """What a user would get from ``model``'s best unit at its threshold: ``right`` and ``wrong``
    answers, ``refused`` answerable questions, and ``none`` questions rightly refused
    (``none_ok``) or answered (``none_wrong``)."""
    counts = dict.fromkeys(("right", "wrong", "refused", "none_ok", "none_wrong"), 0)
    for x, y, answerable in questions:
        p = model.probabilities(x) if len(x) else np.zeros(0)
        ranked = np.sort(p)[::-1]
        answered = bool(len(p)) and model.answers(float(ranked[0]), float(ranked[1]) if len(p) > 1 else 0.0)
        if not answerable:
            counts["none_wrong" if answered else "none_ok"] += 1
        elif not answered:
            counts["refused"] += 1
        else:
            counts["right" if y[int(np.argmax(p))] else "wrong"] += 1
    return counts


def _featurize_sets(recorded: dict[str, Recorded], embed: Embed, model: Model | None
                    ) -> dict[str, list[Labelled]]:
    """Every recorded question's ``(features, labels, answerable)`` by set: the units ``model``
    would embed, or all of them when no model is given yet."""
    return {name: [labelled(inputs, q, embed, model, embed_all=model is None) for q, inputs in rows]
            for name, rows in recorded.items()}


def _engine_version() -> str:
    """The commit the training questions were asked on (``git describe``), or "unknown"."""
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


# -- choosing a fit by leaving each set out -------------------------------------------------

GROUPS: dict[str, frozenset[str]] = {
    "rules": frozenset({"rules", "rules_pick"}),
    "absence": frozenset({"blank_value", "id_absent"}),
}
"""Features that may be left out together: each group is one question ("do the rules' opinions
help on files we did not write?"), asked by leaving it out of the fit and measuring the sets left out."""
L2S = (100.0, 400.0, 1600.0)
LISTWISE_L2S = (10.0, 40.0, 160.0)
"""The listwise fit's penalties: its loss is a mean over ~700 questions, not over ~8,000 units, so the same
pull on the weights takes a tenth of the pointwise penalty."""
WRONG_COSTS = (0.5, 1.0, 2.0)


@dataclass(frozen=True)
class Choice:
    """One way to fit: the first stage's L2 penalty, the features left out, and what refusing a wrong
    best unit is worth when the threshold is calibrated (which sets the threshold)."""

    l2: float = L2
    dropped: frozenset[str] = frozenset()
    wrong_cost: float = WRONG_COST
    objective: str = POINTWISE

    def describe(self) -> str:
        left = "+".join(g for g, fs in GROUPS.items() if fs <= self.dropped) or "-"
        return f"{self.objective} l2 {self.l2:g}, without {left}, wrong cost {self.wrong_cost:g}"

    @property
    def fit(self) -> tuple[float, frozenset[str], str]:
        """What the model depends on (the cost only moves the threshold)."""
        return self.l2, self.dropped, self.objective


DEFAULT_CHOICE = Choice(L2, GROUPS["absence"], WRONG_COST)
"""Session 6's recipe (its features, L2 400, a refused wrong answer worth a right one): the reference
every other choice is measured against."""


def _grid(quick: bool = False) -> list[Choice]:
    """The choices measured: every L2, every threshold cost, and the feature groups left out one at a
    time (``quick``: all features but none of the new ones)."""
    drops = [frozenset(), *GROUPS.values()]
    if quick:
        drops = [GROUPS["absence"]]
    return [Choice(l2, d, c, objective) for objective, l2s in ((POINTWISE, L2S), (LISTWISE, LISTWISE_L2S))
            for l2 in l2s for d in drops for c in WRONG_COSTS]


def parse_choice(text: str) -> Choice:
    """``OBJECTIVE:L2:GROUPS:COST`` (``listwise:40:absence:1``; GROUPS left out, ``-`` for none) as a
    :class:`Choice`: what ``--choice`` measures and fits, the choice a full run made, without the full run."""
    objective, l2, groups, cost = text.split(":")
    if objective not in (POINTWISE, LISTWISE):
        raise argparse.ArgumentTypeError(f"objective {objective!r}: {POINTWISE} or {LISTWISE}")
    named = [g for g in groups.split("+") if g and g != "-"]
    unknown = [g for g in named if g not in GROUPS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown groups {unknown}: {sorted(GROUPS)}")
    return Choice(float(l2), frozenset().union(*(GROUPS[g] for g in named)), float(cost), objective)


def leave_one_set_out(by_set: dict[str, list[Labelled]], grid: Sequence[Choice], folds: int = 3
                      ) -> dict[Choice, dict[str, dict[str, int]]]:
    """Each choice's :func:`outcomes` on each set, from a model fitted and calibrated without that set
    (its threshold from ``folds``-fold out-of-fold probabilities over the other sets): what the choice
    would do on files it was never fitted on. A model and its tops are shared by the choices that
    differ only in their cost."""
    results: dict[Choice, dict[str, dict[str, int]]] = {c: {} for c in grid}
    fits = sorted({c.fit for c in grid}, key=lambda f: (f[2], f[0], sorted(f[1])))
    for l2, dropped, objective in fits:
        for test, held in by_set.items():
            rest = [q for name, rows in by_set.items() if name != test for q in rows]
            if not rest or not held:
                continue
            model = fit_model(rest, l2=l2, dropped=dropped, objective=objective)
            tops = out_of_fold(rest, folds, l2=l2, dropped=dropped, objective=objective)
            for choice in grid:
                if choice.fit == (l2, dropped, objective):
                    calibrated = calibrate(model, rest, tops, wrong_cost=choice.wrong_cost)
                    results[choice][test] = outcomes(calibrated, held)
    return results


CHOOSING_WRONG = 0.25
"""What a wrong answer (a wrong fact, or a ``none`` question answered) costs against a right one when
a choice is scored on the sets left out. Not 0: a choice that answers more buys each extra right answer
with several wrong ones (on session 9's seven sets, the most right answers, 618, came with 215 wrong;
8 fewer right came with 46 fewer wrong). Not 1: the threshold's own cost (:data:`WRONG_COSTS`) is one
of the things chosen, and the eval counts right answers."""


def _total(per_set: dict[str, dict[str, int]]) -> tuple[int, int]:
    """``(right + none_ok, wrong + none_wrong)`` over the sets left out: what a user counts right,
    and what misleads."""
    return (sum(o["right"] + o["none_ok"] for o in per_set.values()),
            sum(o["wrong"] + o["none_wrong"] for o in per_set.values()))


FLOOR_SET = "questions.jsonl"
FLOOR_WRONG = 2
"""The test suite's floors on our own questions (``tests/test_eval_accuracy.py``: at most two wrong
answers, no ``none`` question answered): a choice that breaks them on that set *left out* is chosen only
when no choice keeps them (on session 9's sets, every choice whose threshold cost was 0.5 did)."""


def _within_floors(per_set: dict[str, dict[str, int]]) -> bool:
    o = per_set.get(FLOOR_SET)
    return o is None or o["wrong"] + o["none_wrong"] <= FLOOR_WRONG


def _merit(per_set: dict[str, dict[str, int]]) -> float:
    """A choice's score on the sets left out: right answers less :data:`CHOOSING_WRONG` per wrong one."""
    right, wrong = _total(per_set)
    return right - CHOOSING_WRONG * wrong


def print_misses(rows: Recorded, embed: Embed, model: Model) -> dict[str, int]:
    """Each question of a set the shipped ``model`` gets wrong, classed, with its three best units
    (probability, value, text): ``none answered`` (the files lack the fact, a unit was stated),
    ``refused, answer on top`` (the best unit holds it, under the threshold), ``refused, answer
    below`` (a lower unit holds it), ``refused, no candidate`` (no unit holds it: retrieval's miss),
    ``wrong``. Returns the count of each class: what to work on before a feature is written."""
    from rag.evaluation import contains
    from rag.selection.selector import score

    counts: dict[str, int] = {}
    for q, inputs in rows:
        answerable = not q.get("expect_not_found")
        replayed = inputs.replay(embed, model) if inputs is not None else None
        ranked = score(replayed, model).scored if replayed is not None and not replayed.vetoed else []
        holds = [answerable and (contains(s.unit.excerpt, q) or contains(s.unit.text, q)) for s in ranked]
        answered = bool(ranked) and model.answers(ranked[0].probability,
                                                  ranked[1].probability if len(ranked) > 1 else 0.0)
        if not answerable:
            kind = "none answered" if answered else ""
        elif answered:
            kind = "" if holds[0] else "wrong"
        else:
            kind = ("refused, answer on top" if holds and holds[0] else "refused, answer below" if any(holds)
                    else "refused, no candidate")
        if not kind:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        print(f"[{kind}] {q['question']}")
        for s, held in list(zip(ranked, holds))[:3]:
            print(f"    {s.probability:.3f}{' *' if held else '  '} [{s.value}] {s.unit.text[:150]}")
    return counts


# -- the second stage: answer or "couldn't find" (rag.selection.decide) ------------------------

Case = tuple[np.ndarray | None, bool, bool, bool]
"""A question as the second stage sees it: its :data:`~rag.selection.decide.INPUTS` (None: vetoed, or
no unit), whether it is answerable, whether its best unit holds the answer, and whether the first
stage's threshold rule answered it (what the second stage is measured against)."""

DECIDER_L2 = 1.0
"""The second stage's L2 penalty over ~1,700 questions: a dozen inputs, barely held back."""


def decision_cases(rows: Recorded, embed: Embed, model: Model) -> list[Case]:
    """Each recorded question scored by ``model`` (the shipped first stage) as a :data:`Case`."""
    from rag.evaluation import contains
    from rag.selection.selector import score

    cases: list[Case] = []
    for q, inputs in rows:
        answerable = not q.get("expect_not_found")
        selection = score(inputs.replay(embed, model), model) if inputs is not None else None
        if selection is None or selection.vetoed or not selection.scored:
            cases.append((None, answerable, False, False))
            continue
        best = selection.scored[0]
        second = selection.scored[1].probability if len(selection.scored) > 1 else 0.0
        right = answerable and (contains(best.unit.excerpt, q) or contains(best.unit.text, q))
        cases.append((decision_row(selection), answerable, right, model.answers(best.probability, second)))
    return cases


def decision_outcomes(answered: Sequence[bool], cases: Sequence[Case]) -> dict[str, int]:
    """:func:`outcomes` of answering the questions ``answered`` says."""
    counts = dict.fromkeys(("right", "wrong", "refused", "none_ok", "none_wrong"), 0)
    for said, (_, answerable, right, _) in zip(answered, cases):
        if not answerable:
            counts["none_wrong" if said else "none_ok"] += 1
        else:
            counts["refused" if not said else "right" if right else "wrong"] += 1
    return counts


def _misleading(counts: dict[str, int]) -> int:
    return counts["wrong"] + counts["none_wrong"]


def fit_decider(cases: Sequence[Case], *, l2: float = DECIDER_L2, threshold: float = 0.5) -> Decider:
    """A logistic regression over the cases' inputs against "the best unit answers"."""
    kept = [c for c in cases if c[0] is not None]
    x = np.vstack([c[0] for c in kept if c[0] is not None])
    y = np.asarray([float(answerable and right) for _, answerable, right, _ in kept])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    w, b = fit_logistic((x - mean) / scale, y, l2=l2, steps=3000, rate=0.5)
    return Decider(tuple(float(v) for v in w), float(b), tuple(float(v) for v in mean),
                   tuple(float(v) for v in scale), threshold)


def decider_probabilities(decider: Decider, cases: Sequence[Case]) -> list[float]:
    """The second stage's probability for each case (-1 for a case with no unit: never answered)."""
    return [decider.probability(row) if row is not None else -1.0 for row, *_ in cases]


def calibrate_decider(probabilities: Sequence[float], cases: Sequence[Case]) -> float:
    """The threshold that answers the most questions right (and refuses the most ``none`` ones) without
    misleading more often than the first stage's threshold rule did on the same questions: the second
    stage is to answer better, not more."""
    budget = _misleading(decision_outcomes([c[3] for c in cases], cases))
    best: tuple[int, float] | None = None
    for t in sorted({round(p, 4) for p in probabilities if p >= 0}) + [1.0]:
        counts = decision_outcomes([p >= t for p in probabilities], cases)
        if _misleading(counts) <= budget and (best is None or counts["right"] + counts["none_ok"] > best[0]):
            best = (counts["right"] + counts["none_ok"], t)
    return best[1] if best else 1.0


def out_of_fold_decider(cases: Sequence[Case], folds: int = FOLDS) -> list[float]:
    """Each case's probability under a second stage fitted on the other folds (as :func:`out_of_fold`)."""
    probabilities = [0.0] * len(cases)
    for k in range(folds):
        rest = [c for i, c in enumerate(cases) if i % folds != k]
        decider = fit_decider(rest)
        for i, c in enumerate(cases):
            if i % folds == k:
                probabilities[i] = decider.probability(c[0]) if c[0] is not None else -1.0
    return probabilities


def fitted_decider(cases: Sequence[Case]) -> Decider:
    """The second stage fitted on ``cases``, its threshold calibrated on their out-of-fold probabilities."""
    return replace(fit_decider(cases), threshold=calibrate_decider(out_of_fold_decider(cases), cases))


def leave_one_set_out_decider(by_set: dict[str, list[Case]]) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """Each set's outcomes under the threshold rule and under a second stage fitted and calibrated
    without it: whether the second stage answers better on questions it never saw."""
    results = {}
    for test, held in by_set.items():
        rest = [c for name, cases in by_set.items() if name != test for c in cases]
        decider = fitted_decider(rest)
        answered = [p >= decider.threshold for p in decider_probabilities(decider, held)]
        results[test] = (decision_outcomes([c[3] for c in held], held), decision_outcomes(answered, held))
    return results


def decider_main(recorded: dict[str, Recorded], embed: Embed, output: Path) -> int:
    """``--decider``: the shipped first stage kept, the second stage measured set by set and fitted
    on every set; the shipped weights with it written to ``output``."""
    from rag.selection.selector import load_model

    model = load_model()
    by_set = {name: decision_cases(rows, embed, model) for name, rows in recorded.items()}
    left_out = leave_one_set_out_decider(by_set)
    for name, (before, after) in left_out.items():
        print(f"  left out {name}: threshold rule {before} -> second stage {after}")
    for label, k in (("threshold rule", 0), ("second stage", 1)):
        total = {key: sum(pair[k][key] for pair in left_out.values()) for key in left_out[next(iter(left_out))][k]}
        print(f"  all left out, {label}: {total}")
    decider = fitted_decider([c for cases in by_set.values() for c in cases])
    print(f"second stage threshold {decider.threshold}")
    for name, w in zip(DECISION_INPUTS, decider.weights):
        print(f"  {name:14} {w:+.3f}")
    shipped = json.loads(WEIGHTS_PATH.read_text())
    shipped["decider"] = decider.to_json()
    shipped["how"]["decider"] = {
        "engine": _engine_version(), "fitted_on": {name: len(cases) for name, cases in by_set.items()},
        "l2": DECIDER_L2, "threshold": f"{FOLDS}-fold out-of-fold, no more wrong answers than the threshold rule",
        "left_out": {name: {"threshold rule": b, "second stage": a} for name, (b, a) in left_out.items()}}
    output.write_text(json.dumps(shipped, indent=2) + "\n")
    print(f"wrote {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--cache", type=Path,
                        help="keep what the selector was asked for each question here, by set (refit with new "
                             "features without retrieving; a set the cache lacks is asked and added)")
    parser.add_argument("--quick", action="store_true",
                        help="a small grid of choices (the regularisation and the threshold's cost only)")
    parser.add_argument("--choice", type=parse_choice, metavar="OBJECTIVE:L2:GROUPS:COST",
                        help="measure only this choice beside session 6's recipe, and fit it (e.g. "
                             "listwise:40:absence:1; GROUPS are those left out, - for none)")
    parser.add_argument("--misses", metavar="SET",
                        help="print the questions of SET (e.g. train5/questions.jsonl) the shipped weights get wrong, "
                             "classed, with their best units; fit nothing")
    parser.add_argument("--decider", action="store_true",
                        help="keep the shipped first stage; fit the second stage (answer or \"couldn't find\", "
                             "rag.selection.decide) by leaving each set out, and write it with the shipped weights")
    args = parser.parse_args(argv)
    import pickle

    from rag.experts.needle import default_embed

    recorded: dict[str, Recorded] = {}
    if args.cache and args.cache.exists():
        recorded = {k: v for k, v in pickle.loads(args.cache.read_bytes()).items() if k in TRAINING_SETS}
    if set(recorded) != set(TRAINING_SETS):
        recorded.update(_record_sets([n for n in TRAINING_SETS if n not in recorded]))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(recorded))
    if args.misses:
        from rag.selection.selector import load_model

        print(print_misses(recorded.get(args.misses, []), default_embed, load_model()))
        return 0
    if args.decider:
        return decider_main(recorded, default_embed, args.output)
    # every unit embedded for a first model; then the units that model keeps, as at run time
    first = fit_model([q for rows in _featurize_sets(recorded, default_embed, None).values() for q in rows],
                      dropped=DEFAULT_CHOICE.dropped, signed=False)  # which units to embed: session 6's recipe
    by_set = _featurize_sets(recorded, default_embed, first)

    grid = [args.choice, DEFAULT_CHOICE] if args.choice else _grid(args.quick)
    print(f"leave-one-set-out over {list(by_set)}: {len(grid)} fits of each set")
    scored = []
    for choice, per_set in leave_one_set_out(by_set, grid).items():
        total = _total(per_set)
        scored.append((total, choice, per_set))
        print(f"  {choice.describe():52} left-out right+none_ok {total[0]}, wrong {total[1]}, score {_merit(per_set)}")
    scored.sort(key=lambda t: (not _within_floors(t[2]), -_merit(t[2]), t[0][1], t[1] != DEFAULT_CHOICE))
    (best_total, chosen, per_set) = scored[0]
    default = next((p for _, c, p in scored if c == DEFAULT_CHOICE), None)
    print(f"chosen: {chosen.describe()}")
    for name in by_set:
        was = f" (session 6's recipe: {default[name]})" if default else ""
        print(f"  left out {name}: {per_set[name]}{was}")
    everything = [q for rows in by_set.values() for q in rows]
    model = calibrate(fit_model(everything, l2=chosen.l2, dropped=chosen.dropped, objective=chosen.objective),
                      everything, out_of_fold(everything, l2=chosen.l2, dropped=chosen.dropped,
                                              objective=chosen.objective), wrong_cost=chosen.wrong_cost)
    right, n = top1(model, everything)
    reachable = sum(1 for _, y, ans in everything if ans and y.any())
    answerable = sum(1 for _, _, ans in everything if ans)
    print(f"all sets: top-1 {right}/{n}; answer among the candidates for {reachable}/{answerable}")
    print(f"threshold {model.threshold}, margin {model.margin}, lead rule: {model.lead_threshold} and {model.lead} "
          f"ahead")
    for name, rows in by_set.items():
        print(f"  {name} (fitted on it): {outcomes(model, rows)}")
    for name, w in sorted(zip(FEATURES, model.weights), key=lambda p: -abs(p[1])):
        print(f"  {name:12} {w:+.3f}")
    fitted_on = {name: len(rows) for name, rows in by_set.items()}
    how = {"engine": _engine_version(), "objective": chosen.objective, "l2": chosen.l2,
           "dropped": sorted(chosen.dropped),
           "threshold": f"{FOLDS}-fold out-of-fold, a refused wrong answer worth {chosen.wrong_cost} of a right one",
           "chosen_by": f"leave-one-set-out over {len(by_set)} sets, {len(grid)} choices",
           "left_out": {name: per_set[name] for name in by_set},
           "never": ["holdout2.jsonl", "frozen/", "train8/"],
           "outcomes": {name: outcomes(model, rows) for name, rows in by_set.items()}}
    args.output.write_text(json.dumps({"fitted_on": fitted_on, "how": how, **model.to_json()}, indent=2) + "\n")
    print(f"wrote {args.output} (fitted on {fitted_on})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
