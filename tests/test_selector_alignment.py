"""Where the selector's units and the rules' lines are cut differently, and where the file clips a
word the asker writes in full: the features must still say what the file holds.

Units and questions here are written for these tests (a surveyor's e-mail to a boatyard, a
pension fund's claim note), worded unlike our samples; the embedder is the real MiniLM.
"""

from __future__ import annotations

from rag.experts.needle import default_embed
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.selector import FEATURES, RecordedRules, featurize

SURVEY_EMAIL = """Gentlemen,

The slipway winch cable parted while the yacht Corriemoor was being hauled, and she fell back onto the cradle.
The hull survey is booked for Thursday; please keep the cradle blocked until then.

Ottoline Vasquez-Hardy | Marine Loss Surveyor | Fathom & Keel Surveys
Direct 555-0183
"""


def _passage(text: str) -> Passage:
    return Passage(node_id="n1", text=text, score=0.8, document="survey-email.eml", doc_id="d1", scope="s")


def test_a_line_the_rules_scored_as_part_of_a_longer_one_keeps_their_score() -> None:
    units = candidate_units([_passage(SURVEY_EMAIL)])
    signature = next(u for u in units if u.excerpt.startswith("Ottoline Vasquez-Hardy |"))
    # the rules read the signature and the phone line under it as one line
    joined = "Ottoline Vasquez-Hardy | Marine Loss Surveyor | Fathom & Keel Surveys\nDirect 555-0183"
    rules = RecordedRules({joined: 0.9, "The hull survey is booked for Thursday; please keep the cradle blocked "
                                        "until then.": 0.3}, joined)
    selection = featurize("who is ottoline vasquez-hardy", units, default_embed, rules=rules, embed_all=True)
    by_unit = {s.unit.excerpt: dict(zip(FEATURES, s.features)) for s in selection.scored}
    assert by_unit[signature.excerpt]["rules"] == 1.0 and by_unit[signature.excerpt]["rules_pick"] == 1.0
    # a longer unit holding a scored line does not take its score: it says more than the line
    parted = next(u for u in units if u.excerpt.startswith("The slipway winch"))
    assert by_unit[parted.excerpt]["rules"] == 0.0


def test_a_word_the_file_clips_is_not_absent() -> None:
    units = candidate_units([_passage("Pens. Adj. Rate: 2.25%\nMed. Cert. received from the fund's doctor on 4 May.")])
    # the asker (or the engine, spelling out shorthand) writes the words whole; the file clips them
    assert featurize("the pension adjustment rate", units, default_embed).absent == []
    assert featurize("when was the medical certificate received", units, default_embed).absent == []
    assert featurize("the pension indexation rate", units, default_embed).absent == ["indexation"]
