"""What a value stands under, and the question's own identifiers, on a file worded unlike our
samples: a farm package's barn-collapse memo in Markdown, with a schedule of coverages, an
equipment register keyed by asset tags and a short narrative.

- A reference labelled by what it is ("Policy: FRM 81 2290 457") is read whole, and a question
  asking for "the policy no" gets it, not the claim's own reference ("Claim reference").
- The claim's own number in a question is no identifier the files lack.
- Of two amounts, the one whose label holds the question's words ("Cap on labour reimbursement")
  answers, not one under another label.
- A firm named by its partners ("Marrow & Keene") is an organisation a "who" question can be
  answered with; the kind of value asked is read from the meaning of the asker's shorthand
  ("addr") when their own words name none.

Real parsing, chunking, Chroma and MiniLM through ``Engine.ask`` where a user would see the
answer; the selector's features where the test is about one of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.engine import Engine
from rag.experts.needle import default_embed
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.selector import FEATURES, Selection, featurize, score
from rag.selection.values import find_values, question_kind

BARN_MD = """# Farm property loss memo: barn roof collapse

Claim reference: FM-7731-B
Insured: Halberd Creek Dairy Cooperative
Loss site: 2250 Quarry Hill Road, Lindenfeld, WI 54421

## Schedule of coverages

Policy: FRM 81 2290 457 (farm package, blanket form)
Coverage E - Barns and outbuildings: $612,000
Snow load deductible: $10,000

## Equipment register

| Asset tag | Item | Condition | Disposition |
|---|---|---|---|
| TAG-5518 | Milking parlour pump | crushed under the trusses | written off |
| TAG-5521 | Bulk milk tank | dented shell, gauges broken | sent for repair |
| TAG-5530 | Feed mixer wagon | no visible harm | returned to service |

## Labour

Labour reimbursement, gross hourly: $41.00
Cap on labour reimbursement: $9,000

## Narrative

The roof trusses of the free-stall barn failed before dawn under drifted snow. Herd manager
Ottilie Brask moved the cattle to the heifer shed within the hour. The cooperative has retained
Marrow & Keene to answer the feed supplier's lien. Two cows with leg injuries went to the
county veterinary surgery at Oster Mills.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("labels")
    engine = engine_with_files(root, (("barn-collapse-memo.md", BARN_MD),))
    yield engine
    engine.close()


def test_the_policy_number_asked_as_no_is_the_labelled_policy_reference(engine: Engine) -> None:
    answer = ask_checked(engine, "the farm policy no")
    assert "FRM 81 2290 457" in answer.text, answer.text
    assert "[1]" in answer.text
    assert "FRM 81 2290 457" in answer.citations[0].excerpt


def test_a_firm_named_by_its_partners_answers_who(engine: Engine) -> None:
    answer = ask_checked(engine, "who did the cooperative retain to answer the lien")
    assert "Marrow & Keene" in answer.text, answer.text


def test_the_kind_asked_is_read_from_the_shorthand_meaning() -> None:
    assert question_kind("loss site addr (address) for halberd creek") == "address"
    assert question_kind("halberd creek lease no") == "id"
    assert question_kind("the dairy's umbrella insurer") == "organisation"
    assert question_kind("is there a no?") == "yesno"
    assert question_kind("which law firm is acting for the dairy") == "organisation"


def test_a_reference_is_read_whole_by_its_label() -> None:
    assert "FRM 81 2290 457" in find_values("id", "Policy: FRM 81 2290 457 (farm package, blanket form)")
    assert find_values("id", "Claim: FM-7731-B; Policy #: FRM 81 2290 457") == ["FM-7731-B", "FRM 81 2290 457"]
    assert find_values("organisation", "The cooperative has retained Marrow & Keene to answer the lien.") == [
        "Marrow & Keene"]


def _selection(question: str, claim_id: str | None = "FM-7731-B") -> Selection:
    passage = Passage("n1", BARN_MD, 1.0, "barn-collapse-memo.md", "d1", "workspace", 1, None, claim_id)
    return featurize(question, candidate_units([passage], None), default_embed, embed_all=True)


def _feature(selection: Selection, needle: str, name: str) -> float:
    scored = next(s for s in selection.scored if needle in s.unit.text)
    return scored.features[FEATURES.index(name)]


def test_the_claims_own_number_is_no_identifier_the_files_lack() -> None:
    # FM-7731-B says which claim is asked about, not which of its lines; TAG-5599 is on no line
    assert _feature(_selection("snow load deductible on FM-7731-B"), "Snow load", "id_absent") == 0.0
    assert _feature(_selection("what happened to TAG-5599"), "Snow load", "id_absent") == 1.0


@pytest.mark.parametrize(("question", "value", "not_value"), [
    ("what's the cap on labour reimbursement", "$9,000", "$41.00"),
    ("farm policy number", "FRM 81 2290 457", "FM-7731-B"),
])
def test_the_value_under_the_asked_label_answers(engine: Engine, question: str, value: str, not_value: str) -> None:
    answer = ask_checked(engine, question)
    assert value in answer.text and not_value not in answer.text, answer.text


def test_weights_fitted_before_a_feature_weigh_it_nothing(tmp_path: Path) -> None:
    import json

    from rag.selection.selector import WEIGHTS_PATH, load_model

    data = json.loads(WEIGHTS_PATH.read_text())
    keep = [k for k, f in enumerate(data["features"]) if f != "head_noun"]
    for key in ("features", "weights", "mean", "scale"):
        data[key] = [data[key][k] for k in keep]
    older = tmp_path / "weights.json"
    older.write_text(json.dumps(data))
    model = load_model(older)
    assert model.weights[FEATURES.index("head_noun")] == 0.0
    data["features"][0] = "a feature no longer computed"
    stale = tmp_path / "stale-weights.json"
    stale.write_text(json.dumps(data))
    with pytest.raises(RuntimeError, match="rerun"):
        load_model(stale)


def test_a_word_of_the_same_root_or_a_compounds_head_is_not_missing_from_the_file() -> None:
    # "surgeon" and "surgery", "farmsite" and "site": the file talks about the thing asked, in other words
    assert "surgeon" not in _selection("which surgeon saw the injured cows").absent
    assert not [t for t in _selection("halberd creek farmsite address").absent if t.startswith("farmsit")]
    # a word the file never uses in any shape stays missing
    assert [t for t in _selection("which chiropractor saw the herd manager").absent if t.startswith("chiropract")]


def test_a_grid_of_fields_and_values_side_by_side_pairs_each_label_with_its_value() -> None:
    grid = """Intake sheet, grain bin collapse

| Field | Value | Field | Value |
|---|---|---|---|
| File ref. | GB-2207 | Policy no. | AGR 55 1093 8 |
| Reported by | Wendell Ostrava | Reported on | 03/02/2026 |
"""
    units = candidate_units([Passage("n", grid, 1.0, "intake.md", "d", "workspace", 1, None, None)], None)
    row = next(u for u in units if "GB-2207" in u.text)
    assert row.pairs == (("File ref.", "GB-2207"), ("Policy no.", "AGR 55 1093 8"))
    assert row.text == "File ref.: GB-2207; Policy no.: AGR 55 1093 8"


def test_a_figure_with_a_period_before_a_unit_of_measure_is_no_time_of_day() -> None:
    line = "Radar shows 2.25 inch hail over the farm at 4:18 PM, and again 1.50 in. an hour later at 17.20."
    assert find_values("time", line) == ["4:18 PM", "17.20"]


def test_a_time_after_a_log_entrys_date_loses_to_the_time_the_question_asks() -> None:
    log = """Barn watch log

03/14/2026 0515: Night herdsman reports the west trusses sagging.
The roof came down at about 0540 hours, per the herdsman.
"""
    passage = Passage("n", log, 1.0, "barn-watch-log.txt", "d", "workspace", 1, None, None)
    selection = featurize("what time did the roof come down", candidate_units([passage], None), default_embed,
                          embed_all=True)
    assert selection.kind == "time"
    best = score(selection).scored[0]
    assert best.value is not None and "0540" in best.value, (best.unit.text, best.value)
