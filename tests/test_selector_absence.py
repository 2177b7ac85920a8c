"""What tells "the file does not state it" from "the file states it in other words", and how long a
stated fact is, on files worded unlike our samples (a marine cargo survey, a pet-boarding incident
form, a locksmith's call-out log). Real parsing, chunking, Chroma and MiniLM through ``Engine.ask``
where the adjuster's answer is checked; the features on units cut from the same files.

- A form field left blank or marked unknown (``Next of kin: ____``) is the file saying it does not
  know: ``blank_value``.
- An identifier the question names ("invoice LK-5520") that no candidate holds: ``id_absent``.
- A long sentence is stated by the clauses around its value, with the sentence whole in the citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from docfactory import ask_checked, engine_with_files

from rag.engine import Engine
from rag.experts.needle import default_embed
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.answer import SHORT_FACT_CHARS, clause_holding
from rag.selection.selector import FEATURES, featurize

SURVEY_TXT = """Cargo survey - reefer container MSKU 771042-3

The surveyor attended the container at the Halvorsen cold store on 12 June 2025, where she counted 46 cartons of frozen
langoustine crushed beyond salvage by a collapsed pallet stack, a further 12 cartons wet but saleable at a discount,
and noted that the reefer unit's download showed a temperature excursion of nine degrees lasting about six hours.
The consignee, Brakvik Seafoods AS, has asked for the salvage proceeds to be held until the loss is agreed.
A second survey will be arranged if the cargo is re-exported.
"""

BOARDING_TXT = """Pet boarding incident form

Animal: Biscuit (beagle, 6 yrs)
Owner: Perpetua Onyango-Welsh
Next of kin: ____
Emergency vet: Larchmont Animal Clinic
Injury: laceration to the left ear from a kennel latch
"""

LOCKSMITH_TXT = """Locksmith call-out log

Invoice LK-5519: rear door lock replaced after the break-in, $284.00, paid by card.
Invoice LK-5521: padlock cut and replaced on the side gate, $96.50, unpaid.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("absence")
    engine = engine_with_files(root, (("cargo-survey.txt", SURVEY_TXT), ("boarding-incident.txt", BOARDING_TXT),
                                      ("locksmith-log.txt", LOCKSMITH_TXT)))
    yield engine
    engine.close()


def _features(text: str, question: str, document: str = "f.txt") -> dict[str, dict[str, float]]:
    """Every candidate unit of ``text``'s features for ``question``, by the unit's text."""
    passage = Passage(node_id="n", text=text, score=1.0, document=document, doc_id="d", scope="w")
    selection = featurize(question, candidate_units([passage]), default_embed, embed_all=True)
    return {s.unit.text: dict(zip(FEATURES, s.features)) for s in selection.scored}


def test_a_blank_field_under_the_label_asked_says_the_file_does_not_know() -> None:
    by_unit = _features(BOARDING_TXT, "who is the dog's next of kin")
    blank = next(f for t, f in by_unit.items() if t.startswith("Next of kin"))
    filled = next(f for t, f in by_unit.items() if t.startswith("Owner"))
    assert blank["blank_value"] == 1.0
    assert filled["blank_value"] == 0.0


def test_an_identifier_no_unit_holds_is_absent() -> None:
    asked_missing = _features(LOCKSMITH_TXT, "what did invoice LK-5520 charge")
    asked_held = _features(LOCKSMITH_TXT, "what did invoice LK-5521 charge")
    assert {f["id_absent"] for f in asked_missing.values()} == {1.0}
    assert {f["id_absent"] for f in asked_held.values()} == {0.0}


def test_a_long_sentence_is_cut_to_the_clauses_around_its_value() -> None:
    sentence = " ".join(SURVEY_TXT.split("\n\n")[1].split("\n")[:3])
    fact = clause_holding(sentence, "46 cartons")
    assert "46 cartons of frozen langoustine crushed beyond salvage" in fact
    assert len(fact) <= SHORT_FACT_CHARS and "temperature excursion" not in fact
    # an aside is not left open: the clause ends before it, or the aside is stated whole
    held = ("The crushed cartons are stored at the Halvorsen cold store pending the joint inspection agreed for 30 June "
            "by all parties on notice (consignee, carrier, stevedore, pallet supplier).")
    assert clause_holding(held, "30 June").endswith("by all parties on notice")
    assert clause_holding(held, "stevedore").endswith("pallet supplier).")
    # a value the sentence does not write, or a short sentence, leaves it whole
    assert clause_holding(sentence, "47 cartons") == " ".join(sentence.split())
    assert clause_holding("Owner: Perpetua Onyango-Welsh", "Perpetua Onyango-Welsh") == "Owner: Perpetua Onyango-Welsh"


def test_the_adjuster_reads_the_clause_and_the_citation_quotes_the_sentence(engine: Engine) -> None:
    answer = ask_checked(engine, "how many cartons of langoustine were crushed in MSKU 771042-3")
    assert answer.found and "46 cartons" in answer.text, answer.text
    assert re.search(r"\[\d\]", answer.text), answer.text
    stated = answer.text.split("[")[0]
    assert len(stated) <= SHORT_FACT_CHARS + 2 and "temperature" not in stated, answer.text
    assert any("temperature excursion" in c.excerpt for c in answer.citations), answer.citations
