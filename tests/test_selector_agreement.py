"""The second stage (``rag.selection.decide``): whether the best unit is stated or the reply is
"couldn't find" is decided from the candidates side by side. Units of a roofing claim written two
ways (an estimate and a payment log, by different hands), scored by hand: what is tested is what
the units say together, and the reply a user reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.records import Passage
from rag.selection import Scored, Selection, compose
from rag.selection.decide import INPUTS, Decider, decision_inputs, load_decider, value_groups
from rag.selection.selector import FEATURES, WEIGHTS_PATH
from rag.selection.units import Unit
from rag.selection.values import normalised


def _passage(document: str, text: str) -> Passage:
    return Passage(node_id=document, text=text, score=0.8, document=document, doc_id=document, scope="workspace",
                   claim_id="RF-55102")


def _scored(document: str, text: str, value: str | None, probability: float) -> Scored:
    return Scored(Unit(text, text, _passage(document, text), 0, 0.8), (0.0,) * len(FEATURES), probability, value)


def _selection(*units: Scored, spread: int = 0) -> Selection:
    """A selection of ``units``, best first; ``spread`` more documents each writing the best value
    once more (a header every page repeats)."""
    selection = Selection("what was the roof replacement payment", "amount", list(units))
    written = [(s.unit.passage.document, (s.value,) if s.value else ()) for s in units]
    written += [(f"page-{k}.txt", (units[0].value or "",)) for k in range(spread)]
    selection.candidate_values = written
    return selection


ESTIMATE = ("roof-estimate.txt", "Roof replacement, approved total: $12,400.00", "$12,400.00", 0.40)
PAYMENT_LOG = ("payment-log.txt", "06/02 paid 12400 USD to Crestline Roofing", "12400 USD", 0.35)
OTHER_FIGURE = ("payment-log.txt", "06/09 paid 9,800.00 to Crestline Roofing for gutters", "9,800.00", 0.35)
TECHNICIAN = ("roof-estimate.txt", "Estimator: Lise Marchetti", None, 0.05)

AGREEMENT = Decider(
    weights=tuple({"pooled": 1.0, "rival": -2.0}.get(name, 0.0) for name in INPUTS),
    bias=-2.0, mean=(0.0,) * len(INPUTS), scale=(1.0,) * len(INPUTS), threshold=0.5)
"""A second stage that trusts a value several units state and distrusts a close rival value."""


@pytest.mark.parametrize(("kind", "one", "other"), [
    ("amount", "$12,400.00", "12400 USD"),
    ("amount", "12.400,00 EUR", "12,400"),
    ("date", "March 3, 2026", "03/03/2026"),
    ("time", "2:15 p.m.", "1415 hrs"),
    ("time", "0958", "9:58 a.m."),  # a log's bare 24-hour time, found as a time of day
    ("time", "9.58", "09:58"),
    ("id", "WC-7 41908", "wc741908"),
])
def test_one_value_written_two_ways_is_one_value(kind: str, one: str, other: str) -> None:
    assert normalised(kind, one) == normalised(kind, other)


def test_a_day_without_its_year_is_no_time_of_day() -> None:
    """The selector's values and the calculation's moments read times of day with one reader: "11/19" is
    a day, "31 pm" no hour (each was read as a time, 11:00 and 19:00)."""
    assert normalised("date", "11/19") != "11:00"
    assert normalised("time", "31 pm") != "19:00"
    assert normalised("time", "noon") == normalised("time", "12:00 p.m.") == "12:00"


def test_units_stating_one_value_agree_and_a_repeated_line_is_no_second_witness() -> None:
    selection = _selection(_scored(*ESTIMATE), _scored(*PAYMENT_LOG), _scored(*ESTIMATE), _scored(*TECHNICIAN))
    assert value_groups(selection) == {"12400.00": [0, 1], "#unit 3": [3]}
    inputs = decision_inputs(selection)
    assert inputs["agreeing"] == 2 and inputs["documents"] == 2
    assert inputs["pooled"] > inputs["best"]  # 1 - 0.6 * 0.65 = 0.61 against 0.40


def test_a_value_every_page_writes_counts_its_documents() -> None:
    inputs = decision_inputs(_selection(_scored(*ESTIMATE), _scored(*TECHNICIAN), spread=5))
    assert inputs["documents"] == 4  # capped: a header on every page says no more than four documents
    assert inputs["everywhere"] == pytest.approx(6 / 7)


def test_two_documents_agreeing_are_stated_with_the_best_ones_words() -> None:
    selection = _selection(_scored(*ESTIMATE), _scored(*PAYMENT_LOG), _scored(*TECHNICIAN))
    answer = compose(selection, claim_named=True, decider=AGREEMENT)
    assert answer is not None and answer.text == "Roof replacement, approved total: $12,400.00 [1]", answer
    assert answer.citations[0].excerpt == ESTIMATE[1]


def test_a_rival_value_as_likely_is_couldnt_find() -> None:
    selection = _selection(_scored(*ESTIMATE), _scored(*OTHER_FIGURE), _scored(*TECHNICIAN))
    assert compose(selection, claim_named=True, decider=AGREEMENT) is None


def test_a_veto_refuses_whatever_the_second_stage_says() -> None:
    selection = _selection(_scored(*ESTIMATE), _scored(*PAYMENT_LOG))
    selection.vetoed = ["hail"]
    assert compose(selection, claim_named=True, decider=AGREEMENT) is None


def test_no_second_stage_ships_so_the_threshold_rule_decides(tmp_path: Path) -> None:
    """Session 12 measured the fitted second stage and did not ship it (frozen +2 right +4 wrong, train8
    -6 right +4 wrong): the shipped weights carry none, and a stage fitted on other inputs is ignored
    rather than scoring nonsense. Shipping one means changing this test."""
    assert "decider" not in json.loads(WEIGHTS_PATH.read_text())
    assert load_decider() is None
    stale = json.loads(WEIGHTS_PATH.read_text())
    stale["decider"] = {"inputs": ["best"], "weights": [1.0], "bias": 0.0, "mean": [0.0], "scale": [1.0],
                        "threshold": 0.5}
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(stale))
    assert load_decider(path) is None
    selection = _selection(_scored(*ESTIMATE), _scored(*PAYMENT_LOG), _scored(*TECHNICIAN))
    assert compose(selection, claim_named=True) is None  # 0.40 is under the shipped threshold (0.4754)
    assert compose(selection, claim_named=True, decider=AGREEMENT) is not None
