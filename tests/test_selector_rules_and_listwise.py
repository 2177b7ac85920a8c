"""What holds whatever the fitted weights say, and how the weights are fitted (session 10), on files
worded unlike our samples and the training sets (a greenhouse storm loss, a marina slip log).

- A rule outside the model: a question asking for an amount whose qualifier no candidate writes ("the
  *tornado* deductible" of a file that states one deductible) is "couldn't find", even under a model that
  would state any unit (``selector.qualifier_veto``); a refit cannot lose it.
- A listwise fit scores a unit against its own question's rivals: questions whose answer is absent have
  no rivals to beat, so they cannot teach the ranking what their units look like (``fit.LISTWISE``).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from docfactory import ask_checked, engine_with_files

from rag.engine import Engine
from rag.experts.needle import answer_needle, default_embed
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.answer import compose
from rag.selection.fit import LISTWISE, POINTWISE, fit_model, outcomes
from rag.selection.selector import FEATURES, Model, select

GREENHOUSE_TXT = """Storm loss worksheet - Fennimore Orchids greenhouse, claim GH-30117

Glazing contractor quote: $18,420.00 for 212 panes of tempered glass.
Policy deductible: $2,500.00 per occurrence.
The heating was out for 31 hours; orchid stock written off is valued at $9,860.00.
Debris haul-away invoiced by Tamsin Ruiz Hauling at $1,140.00.
"""


def _passage(text: str = GREENHOUSE_TXT, document: str = "storm-worksheet.txt") -> Passage:
    return Passage(node_id="n", text=text, score=1.0, document=document, doc_id="d", scope="w", claim_id="GH-30117")


def _always_answers() -> Model:
    """A model that would state any unit: every weight 0, a large bias (every probability ~0.98)."""
    n = len(FEATURES)
    return Model((0.0,) * n, 4.0, (0.0,) * n, (1.0,) * n, threshold=0.3, margin=0.0)


@pytest.mark.parametrize("question", [
    "what is the tornado deductible on the orchid greenhouse",
    "how much were the roofing invoices for GH-30117",
])
def test_an_amount_qualified_by_a_word_no_unit_writes_is_not_stated_whatever_the_weights(question: str) -> None:
    units = candidate_units([_passage()])
    permissive = _always_answers()
    selection = select(question, units, default_embed, model=permissive, ignore=("GH-30117",))
    assert selection.vetoed and selection.scored[0].probability > 0.9  # the model would answer; the rule does not
    assert compose(selection, claim_named=True, model=permissive) is None
    shipped = answer_needle(question, [_passage()], searched="the storm worksheet of GH-30117", claim_named=True,
                            ignore=("GH-30117",))
    assert shipped.route == "none" and shipped.text.startswith("I couldn't find anything about"), shipped.text
    assert "the storm worksheet of GH-30117" in shipped.text


def test_a_qualifier_the_file_writes_anywhere_near_the_units_is_no_veto() -> None:
    units = candidate_units([_passage()])
    # "greenhouse" stands only in the heading, "haul" inside "haul-away": both are written by the file
    for question in ("what is the greenhouse deductible", "what did the debris haul cost"):
        selection = select(question, units, default_embed, model=_always_answers())
        assert not selection.vetoed, (question, selection.absent)
    answer = answer_needle("what is the greenhouse deductible", [_passage()], searched="x", claim_named=True)
    assert "$2,500.00" in answer.text, answer.text


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("veto")
    engine = engine_with_files(root, (("storm-worksheet.txt", GREENHOUSE_TXT),))
    yield engine
    engine.close()


def test_the_adjuster_is_told_the_file_has_no_such_amount_and_gets_the_one_it_has(engine: Engine) -> None:
    missing = ask_checked(engine, "what's the hail deductible on the Fennimore Orchids claim?")
    assert not missing.found and missing.text.startswith("I couldn't find anything about"), missing.text
    stated = ask_checked(engine, "what's the deductible on the Fennimore Orchids claim?")
    assert stated.found and "$2,500.00" in stated.text, stated.text


# -- the listwise fit ------------------------------------------------------------------------

DENSE, LENGTH = FEATURES.index("dense"), FEATURES.index("length")


def _questions(seed: int, n: int = 60) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    """Half the questions answerable, 8 units each, the answer a little closer (``dense``) and *shorter* than
    its rivals; the other half unanswerable, with short units all through (a form of one-line fields that
    does not state the fact). Pointwise, the many short wrong units teach "short is wrong"; within a
    question, short is right."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[np.ndarray, np.ndarray, bool]] = []
    for k in range(n):
        x = np.zeros((8, len(FEATURES)))
        y = np.zeros(8)
        x[:, DENSE] = rng.normal(0.4, 0.08, 8)
        if k % 2:
            x[:, LENGTH] = rng.normal(0.2, 0.05, 8)
            rows.append((x, y, False))
            continue
        x[:, LENGTH] = rng.normal(0.8, 0.1, 8)
        right = int(rng.integers(8))
        y[right] = 1.0
        x[right, DENSE] += 0.06
        x[right, LENGTH] -= 0.25
        rows.append((x, y, True))
    return rows


def _top1(model: Model, rows: list[tuple[np.ndarray, np.ndarray, bool]]) -> int:
    return sum(int(y[int(np.argmax(model.probabilities(x)))]) for x, y, answerable in rows if answerable)


def test_a_listwise_fit_ranks_each_answer_over_its_own_rivals() -> None:
    train, test = _questions(1), _questions(2)
    pointwise = fit_model(train, l2=10.0, objective=POINTWISE)
    listwise = fit_model(train, l2=1.0, objective=LISTWISE)
    assert listwise.weights[LENGTH] < 0 < pointwise.weights[LENGTH]  # short answers, learnt only listwise
    assert _top1(listwise, test) >= _top1(pointwise, test) + 5, (_top1(listwise, test), _top1(pointwise, test))
    # its probabilities still come from the second stage: what a threshold can be set on
    assert 0.0 < min(float(listwise.probabilities(x).max()) for x, _, _ in test) < 1.0
    assert sum(outcomes(listwise, test).values()) == len(test)


def test_a_choice_is_named_on_the_command_line_as_the_fit_prints_it() -> None:
    import argparse

    from rag.selection.fit import GROUPS, Choice, parse_choice

    choice = parse_choice("listwise:40:absence+rules:0.5")
    assert choice == Choice(40.0, GROUPS["absence"] | GROUPS["rules"], 0.5, LISTWISE)
    assert choice.describe() == "listwise l2 40, without rules+absence, wrong cost 0.5"
    assert parse_choice("pointwise:400:-:1").dropped == frozenset()
    with pytest.raises(argparse.ArgumentTypeError, match="unknown groups"):
        parse_choice("listwise:40:glossary:1")
