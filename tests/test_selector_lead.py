"""The lead rule: a best unit under the model's threshold still answers when it stands far ahead
of every other unit, and only then; ``rag.selection.fit`` calibrates it on the training
questions, and leaves it off when it gains nothing there. Units of a locksmith's invoice (worded
unlike our samples), scored by hand: what is tested is the decision and the reply a user reads."""

from __future__ import annotations

from dataclasses import replace

from rag.records import Passage
from rag.selection import Scored, Selection, compose, load_model
from rag.selection.fit import calibrate_lead
from rag.selection.units import Unit

INVOICE = Passage(node_id="n1", text="Callout fee: $145.00\nRekey six cylinders: $210.00", score=0.8,
                  document="locksmith-invoice.txt", doc_id="d1", scope="workspace", claim_id="CLM-7781")


def _selection(*probabilities: float) -> Selection:
    lines = ["Callout fee: $145.00", "Rekey six cylinders: $210.00", "Technician: Orla Brannigan"]
    scored = [Scored(Unit(text, text, INVOICE, 0, 0.8), (), p, value) for text, p, value in
              zip(lines, probabilities, ["$145.00", "$210.00", None])]
    return Selection("what was the callout fee", "amount", scored)


def test_a_best_unit_far_ahead_answers_under_the_threshold() -> None:
    model = replace(load_model(), threshold=0.5, margin=0.0, lead_threshold=0.3, lead=0.2)
    answer = compose(_selection(0.38, 0.09, 0.05), claim_named=True, model=model)
    assert answer is not None and answer.text == "Callout fee: $145.00 [1]", answer
    assert answer.citations[0].excerpt == "Callout fee: $145.00"


def test_a_close_rival_or_a_low_best_is_still_couldnt_find() -> None:
    model = replace(load_model(), threshold=0.5, margin=0.0, lead_threshold=0.3, lead=0.2)
    assert compose(_selection(0.38, 0.25, 0.05), claim_named=True, model=model) is None  # a rival 0.13 behind
    assert compose(_selection(0.28, 0.01, 0.01), claim_named=True, model=model) is None  # under the floor
    without = replace(model, lead_threshold=None)
    assert compose(_selection(0.38, 0.09, 0.05), claim_named=True, model=without) is None


def test_the_rule_is_calibrated_only_when_it_gains() -> None:
    # (best probability, answerable, best unit right, three best (probability, right))
    gaining = [(0.4, True, True, [(0.4, True), (0.05, False)])] * 6 + [
        (0.4, False, False, [(0.4, False), (0.35, False)])] * 2 + [(0.8, True, True, [(0.8, True)])] * 20
    floor, lead = calibrate_lead(gaining, 0.5)
    assert floor is not None and floor <= 0.4 and 0.05 < lead <= 0.35
    losing = [(0.4, False, False, [(0.4, False), (0.05, False)])] * 6 + [(0.8, True, True, [(0.8, True)])] * 20
    assert calibrate_lead(losing, 0.5) == (None, 1.0)
