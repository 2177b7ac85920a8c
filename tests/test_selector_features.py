"""The selector's features one by one, and an ask end to end on a file none of our samples
resembles: a kennel's boarding-incident memo written in its own words, so the questions must be
answered by what they mean, not by the words they share with the file.

The features are computed with the real MiniLM embedder (no stand-in): what is tested is that a
feature tells the unit that answers from its neighbours, not a number.
"""

from __future__ import annotations

import re

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.experts.needle import default_embed
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.selector import FEATURES, INPUTS, Inputs, featurize, select
from rag.selection.values import find_values, question_kind

MEMO_MD = """# Boarding incident memo, Larchmont Kennels

Prepared for the pet liability carrier by the kennel's operations lead, Wendeline Aasgaard.

## The guest

A nine-year-old greyhound named Pickwick was boarded from 2 August 2026 for a fortnight.

| Item | Charge |
|---|---|
| Nightly boarding rate | $61.00 |
| Emergency veterinary visit | $1,284.50 |
| Courier to owner's home | $45.00 |

## What happened

Pickwick slipped his collar in the exercise yard and cut a foreleg on the perimeter mesh.
Dr. Ysolde Marchetti of Fernbank Animal Hospital stitched the wound that evening.
The kennel's own vet bill reimbursement cap is written as $1,500.00 in the boarding contract.
"""


def _passage(text: str, section: str = "Notes") -> Passage:
    return Passage(node_id="n1", text=text, score=0.8, document="survey-notes.md", doc_id="d1", scope="s",
                   section=section)


def _features(question: str, text: str) -> dict[str, dict[str, float]]:
    """Every unit's features by its text."""
    units = candidate_units([_passage(text)])
    selection = featurize(question, units, default_embed, embed_all=True)
    return {s.unit.text: dict(zip(FEATURES, s.features)) for s in selection.scored}


@pytest.mark.parametrize(("question", "kind"), [
    ("what was the hull's draught at the time of grounding", None),  # "at the time of" says when, asks no time
    ("who signed for the pallet at dock #4", "person"),  # "#4" names a dock, asks for no id
    ("what was the salvor's demand", "amount"),
    ("how fast was the barge drifting", "count"),
    ("how cold was the reefer hold", "count"),
    ("what's the pilot's name", "person"),
    ("what did the crane hire set them back", "amount"),
    ("at what time did the crane arrive", "time"),
])
def test_the_kind_a_question_asks_for_in_other_words(question: str, kind: str | None) -> None:
    assert question_kind(question) == kind


def test_a_word_held_in_another_shape_is_not_absent() -> None:
    units = candidate_units([_passage("The deckhand Aurelio Castellanos cut a foreleg of the ship's dog.\n"
                                      "A veterinary surgeon at the port closed the wound.")])
    assert featurize("which vet closed the wound on castelanos's leg", units, default_embed).absent == []  # vet-, -leg, a typo
    assert featurize("which vet closed the wound on the cat's paw", units, default_embed).absent == ["cat", "paw"]


@pytest.mark.parametrize(("line", "roles"), [
    ("Loss surveyor: Matthias Quenneville", ["Loss surveyor"]),
    ("Witness: Harriet Oyelowo", ["Witness"]),
    ("Attn: Matthias Quenneville", []),  # a letter's heading names no role
    ("Enquiries: Harriet Oyelowo, 0161 496 0000", []),
])
def test_a_label_before_a_name_is_a_role_only_when_it_names_one(line: str, roles: list[str]) -> None:
    assert find_values("role", line) == roles


def test_a_who_question_is_answered_by_a_company_too() -> None:
    features = _features("who re-rigged the crane after the collapse",
                         "Notes on the lift.\nThe crane was re-rigged by Halberd Lifting Services in June.\n"
                         "The jib had buckled at its third section.")
    answering = features["The crane was re-rigged by Halberd Lifting Services in June."]
    assert answering["kind_match"] == 1.0
    assert features["The jib had buckled at its third section."]["kind_match"] == 0.0


def test_a_unit_that_only_repeats_the_question_says_nothing_new() -> None:
    features = _features("who is Ottilie Brandvold",
                         "cc: Ottilie Brandvold\nOttilie Brandvold is the fleet's marine superintendent in Bergen.")
    assert features["cc: Ottilie Brandvold"]["novel"] <= 0.25  # one word ("cc") beyond the name
    assert features["Ottilie Brandvold is the fleet's marine superintendent in Bergen."]["novel"] == 1.0


def test_the_best_unit_leads_and_the_others_trail() -> None:
    features = _features("what cargo was lost overboard",
                         "Forty bales of cotton were lost overboard in the squall.\n"
                         "The master logged the wind at force nine.\nThe agent's office is closed on Sundays.")
    leads = {text: f["dense_lead"] for text, f in features.items()}
    best = max(features, key=lambda t: features[t]["dense"])
    assert best.startswith("Forty bales")
    assert leads[best] > 0 and all(lead < 0 for text, lead in leads.items() if text != best)


def test_what_is_asked_is_compared_without_where_to_look() -> None:
    # the question's context ("on the Narvik voyage") shares words with the wrong unit only
    features = _features("what was the demurrage on the Narvik voyage",
                         "The Narvik voyage sailed from Rotterdam with a full load of steel coils.\n"
                         "Demurrage ran to $14,300.00 after nine days waiting for a berth.")
    right = features["Demurrage ran to $14,300.00 after nine days waiting for a berth."]
    other = features["The Narvik voyage sailed from Rotterdam with a full load of steel coils."]
    assert right["head_dense"] > other["head_dense"]


def test_the_label_of_the_value_answering_is_compared_with_what_is_asked() -> None:
    table = ("| Item | Amount |\n|---|---|\n| Sound value of cargo | $88,000.00 |\n"
             "| Salvage sale proceeds | $9,150.00 |\n| Survey fee | $1,200.00 |\n")
    features = _features("how much did the damaged goods fetch when they were sold off", table)
    assert set(features) == {"Sound value of cargo: $88,000.00", "Salvage sale proceeds: $9,150.00",
                             "Survey fee: $1,200.00"}  # the separator line is no unit
    salvage = features["Salvage sale proceeds: $9,150.00"]["pair_label"]
    assert salvage > features["Sound value of cargo: $88,000.00"]["pair_label"]
    assert salvage > features["Survey fee: $1,200.00"]["pair_label"]


def test_what_the_selector_was_asked_can_be_replayed_with_the_current_features() -> None:
    units = candidate_units([_passage("The tug Morwenna towed the barge to Ostend.\nThe barge's hull was dented.")])
    recorded: list[Inputs] = []
    token = INPUTS.set(recorded)
    try:
        first = select("which tug towed the barge", units, default_embed)
    finally:
        INPUTS.reset(token)
    (inputs,) = recorded
    again = inputs.replay(default_embed)
    assert inputs.question == "which tug towed the barge" and inputs.candidates == units
    assert sorted((s.unit.text, s.features) for s in again.scored) == sorted((s.unit.text, s.features)
                                                                             for s in first.scored)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("memo")
    engine = Engine.open(Settings(home=root / "home"))
    (root / "boarding-incident.md").write_text(MEMO_MD)
    engine.ingest_file(root / "boarding-incident.md")
    yield engine
    engine.close()


@pytest.mark.parametrize(("question", "value"), [
    ("how much per night was boarding?", "$61.00"),  # the memo says "Nightly boarding rate"
    ("who stitched the greyhound's leg?", "Ysolde Marchetti"),  # the memo: "stitched the wound", "a foreleg"
])
def test_a_paraphrased_question_gets_the_value_and_its_citation(engine: Engine, question: str, value: str) -> None:
    answer = engine.ask(question, scope="workspace")
    assert answer.route == "needle", answer.text
    assert value in answer.text and len(answer.text) <= 300
    marker = re.search(r"\[(\d)\]", answer.text)
    assert marker, answer.text
    cited = answer.citations[int(marker.group(1)) - 1]
    assert value in cited.excerpt and cited.document == "boarding-incident.md"


def test_a_fact_the_memo_does_not_hold_is_not_found(engine: Engine) -> None:
    answer = engine.ask("what was the dog's microchip number?", scope="workspace")
    assert answer.route == "none", answer.text
    assert answer.text.startswith("I couldn't find anything")
    assert not answer.citations
