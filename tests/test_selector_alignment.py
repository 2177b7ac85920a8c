"""What a unit holds, read right: where the selector's units and the rules' lines are cut
differently, where the file clips a word the asker writes in full, and a date that says when
something is due rather than when it happened.

Units and questions here are written for these tests (a surveyor's e-mail to a boatyard, a
pension fund's claim note, a harbourmaster's notice), worded unlike our samples; the embedder is
the real MiniLM.
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


def test_a_date_something_is_due_by_is_not_when_it_happened() -> None:
    units = candidate_units([_passage("Harbourmaster's notice, 2 February 2026\n"
                                      "The slipway must be cleared of the wreck by 20 March 2026.")])
    cleared = "The slipway must be cleared of the wreck by 20 March 2026."

    def kind_miss(question: str) -> float:
        scored = featurize(question, units, default_embed, embed_all=True).scored
        return next(dict(zip(FEATURES, s.features))["kind_miss"] for s in scored if s.unit.text == cleared)

    assert kind_miss("when was the harbourmaster's notice about the slipway") == 1.0  # "by 20 March": a deadline
    assert kind_miss("by when must the slipway be cleared") == 0.0  # asked for the deadline itself
