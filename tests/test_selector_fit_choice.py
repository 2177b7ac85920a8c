"""The selector's fit is chosen on the sets it was not fitted on (``rag.selection.fit``): a feature
that marks the answer on one set of files only (a rule written for those files) wins on the sets it is
fitted on and loses on the one left out, so leaving each set out in turn leaves that feature out.
Synthetic questions with the selector's real feature columns; the logistic fits are the real ones."""

from __future__ import annotations

import numpy as np

from rag.selection.fit import GROUPS, Choice, Labelled, _total, fit_model, leave_one_set_out, outcomes
from rag.selection.selector import FEATURES

DENSE, RULES = FEATURES.index("dense"), FEATURES.index("rules_pick")


def _set(seed: int, rules_mark_the_answer: bool, n: int = 40) -> list[Labelled]:
    """``n`` questions of 6 units each: the answer's ``dense`` a little above the others' (noisy);
    ``rules_pick`` on the answer in a set whose files the rules were written for, else on a random
    wrong unit."""
    rng = np.random.default_rng(seed)
    questions: list[Labelled] = []
    for _ in range(n):
        x = rng.normal(0.0, 0.05, (6, len(FEATURES)))
        y = np.zeros(6)
        right = int(rng.integers(6))
        y[right] = 1.0
        x[:, DENSE] = rng.normal(0.4, 0.1, 6)
        x[right, DENSE] += 0.25
        x[:, RULES] = 0.0
        x[right if rules_mark_the_answer else (right + 1 + int(rng.integers(5))) % 6, RULES] = 1.0
        questions.append((x, y, True))
    return questions


def test_a_feature_that_holds_on_one_set_only_is_left_out_by_the_sets_left_out() -> None:
    by_set = {"ours": _set(1, True), "outside-a": _set(2, False), "outside-b": _set(3, False)}
    # every question answerable and a wrong answer costing nothing: each choice answers all, its best unit
    with_rules, without = Choice(10.0, frozenset(), 0.0), Choice(10.0, GROUPS["rules"], 0.0)
    results = leave_one_set_out(by_set, [with_rules, without])
    # fitted on every set, the rules look useful (they hold on a third of the questions) ...
    everything = [q for rows in by_set.values() for q in rows]
    assert fit_model(everything, l2=10.0).weights[RULES] > 0
    # ... but each set left out is answered better without them
    assert _total(results[without])[0] > _total(results[with_rules])[0], results
    # the set the rules were written for is the one they mislead most when it is left out: fitted on the
    # others, the model trusts them for it (it answered 25 of 40 with them and 34 without)
    assert results[without]["ours"]["right"] > results[with_rules]["ours"]["right"], results


def test_a_feature_left_out_weighs_nothing() -> None:
    model = fit_model(_set(4, True), l2=10.0, dropped=GROUPS["rules"])
    assert model.weights[RULES] == 0.0 and model.weights[DENSE] > 0.0
    assert outcomes(model, _set(5, True))["right"] > 0


def test_a_feature_that_can_only_count_against_a_unit_never_weighs_for_it() -> None:
    # on these questions a missing qualifier happens to stand on the right unit: fitted freely, it would
    # weigh for the unit; a word the files lack is never evidence for an answer, so it is left out
    qualifier = FEATURES.index("absent_qualifier")
    questions = _set(6, False)
    for x, y, _ in questions:
        x[:, qualifier] = 0.0
        x[int(np.argmax(y)), qualifier] = 1.0
    assert fit_model(questions, l2=10.0, signed=False).weights[qualifier] > 0
    signed = fit_model(questions, l2=10.0)
    assert signed.weights[qualifier] == 0.0 and signed.weights[DENSE] > 0
