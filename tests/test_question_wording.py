"""Questions in the trade's shorthand and without a claim number, on the real engine: the shorthand
the files never write is read as the words they do write ("rsv", "the super", "P&I", "policy #");
a fact question that names no claim searches the one claim whose files alone write its words; a
name two claims share is no question back when the rest of the question picks one of them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from rag.glossary import ENGLISH, GLOSSARY
from rag.wording import in_files_words
from tests.docfactory import ask_checked, engine_with_files

BAKERY = """Claim Number: GL-7731-22
Policy Number: CGL-448120-B
Insured: Fernhollow Bakeries Inc.
Date of Loss: 2026-01-14

LIABILITY CLAIM DIARY
01/15 - A delivery driver caught his hand in the dough mixer at the loading bay; the mixer guard had been
removed for cleaning and not put back.
01/16 - Spoke with the premises superintendent on duty, Osgood Flenner, who confirmed the guard was off.
01/18 - Reserve set at $48,500.00 for bodily injury.
01/20 - The policy carries a self-insured retention of $25,000 per occurrence, defense costs included.
01/22 - Defense counsel assigned: Marisol Quintero-Blake of Hargrove & Pell LLP.
"""

CHARTER = """Claim Number: MR-5520-04
Policy Number: MHP-20931-7
Insured: Tidewrack Charters LLC
Date of Loss: 2026-03-02

MARINE LOSS NOTICE
Vessel: Gull's Errand, a 38 ft sport fisher, moored at Pelican Reach Marina.
The vessel struck a submerged piling leaving the channel; a passenger was thrown against the helm.
Hull value: $210,000
Protection and indemnity limit: $500,000
Reserve: $62,000.00
"""

WAREHOUSE_A = """Claim Number: CP-3340-11
Policy Number: CPP-771-55
Insured: Brackenfield Storage LLC
Location: Hall 7, 40 Cinder Yard Road

PROPERTY LOSS NOTES
A forklift struck a sprinkler main in Hall 7 and flooded the racking.
Racking bay D4 is leased to Quillon Freight, whose pallets took the worst of the water.
Water mitigation invoice: $18,240.00
"""

WAREHOUSE_B = """Claim Number: CP-3340-19
Policy Number: CPP-771-55
Insured: Brackenfield Storage LLC
Location: Hall 7, 40 Cinder Yard Road

PROPERTY LOSS NOTES
Thieves cut the padlock on Hall 7 overnight and took copper busbar from the switch room.
Police report filed; the stolen busbar was valued at $9,730.00.
"""

GUIDE = """CLAIMS DESK HANDBOOK

Reserves are reviewed every 30 days; a reserve above $50,000 needs a supervisor's sign-off.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("wording")
    return engine_with_files(root, [("gl-7731-22-diary.txt", BAKERY), ("mr-5520-04-notice.txt", CHARTER),
                                    ("cp-3340-11-notes.txt", WAREHOUSE_A), ("cp-3340-19-notes.txt", WAREHOUSE_B),
                                    ("desk-handbook.md", GUIDE)])


# -- the shorthand ---------------------------------------------------------------------------

def test_a_reserve_asked_as_rsv_is_the_reserve_line(engine: Any) -> None:
    answer = ask_checked(engine, "rsv on GL-7731-22?")
    assert "$48,500.00" in answer.text
    assert answer.citations[0].document == "gl-7731-22-diary.txt"


def test_the_super_is_the_superintendent_the_file_names(engine: Any) -> None:
    answer = ask_checked(engine, "who was the super on duty, GL-7731-22")
    assert "Osgood Flenner" in answer.text


def test_a_retention_asked_as_sir(engine: Any) -> None:
    answer = ask_checked(engine, "SIR on GL-7731-22")
    assert "$25,000" in answer.text


def test_p_and_i_is_protection_and_indemnity(engine: Any) -> None:
    answer = ask_checked(engine, "P&I limit on MR-5520-04")
    assert "$500,000" in answer.text
    assert "$210,000" not in answer.text


def test_a_number_asked_with_a_hash(engine: Any) -> None:
    answer = engine.ask("policy # for MR-5520-04")
    assert "MHP-20931-7" in answer.text and len(answer.text) <= 400


# -- claim resolution -------------------------------------------------------------------------

def test_a_fact_question_naming_no_claim_searches_the_claim_whose_files_write_its_words(engine: Any) -> None:
    answer = ask_checked(engine, "who is defense counsel on the dough mixer injury")
    assert "Quintero-Blake" in answer.text
    assert answer.searched.endswith("GL-7731-22")


def test_a_short_name_of_letters_and_digits_names_the_claim_that_writes_it(engine: Any) -> None:
    answer = ask_checked(engine, "who leases D4")
    assert "Quillon Freight" in answer.text
    assert answer.searched.endswith("CP-3340-11")


def test_words_a_document_outside_any_claim_writes_too_keep_the_question_general(engine: Any) -> None:
    answer = engine.ask("how often are reserves reviewed per the handbook")
    assert "GL-7731-22" not in answer.searched and "MR-5520-04" not in answer.searched
    assert "30 days" in answer.text


def test_a_policy_two_claims_share_is_picked_by_the_rest_of_the_question(engine: Any) -> None:
    answer = ask_checked(engine, "value of the stolen busbar on CPP-771-55")
    assert "Which one do you mean" not in answer.text
    assert "$9,730.00" in answer.text


def test_a_policy_two_claims_share_is_asked_back_when_the_rest_fits_both(engine: Any) -> None:
    answer = engine.ask("who is the insured on CPP-771-55")
    assert "Which one do you mean" in answer.text
    assert "CP-3340-11" in answer.text and "CP-3340-19" in answer.text


# -- the rewording itself ---------------------------------------------------------------------

def _files_writing(text: str):  # type: ignore[no-untyped-def]
    return lambda phrase: re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I) is not None


def test_shorthand_the_files_write_is_left_for_them() -> None:
    worded = in_files_words("ACV of the roof and the rsv", _files_writing("ACV: $9,000. Reserve: $12,000"))
    assert worded.text == "ACV of the roof and the reserve"


def test_an_english_word_is_read_as_shorthand_only_where_the_files_write_its_meaning() -> None:
    assert in_files_words("who is the super", _files_writing("site superintendent")).text == "who is the superintendent"
    assert in_files_words("was it a super cell", _files_writing("a supercell storm")).text == "was it a super cell"


def test_an_ambiguous_abbreviation_takes_the_meaning_the_files_write() -> None:
    worded = in_files_words("PD report no. for the theft", _files_writing("Harbor police department report"))
    assert worded.text == "police department report no. for the theft"
    assert in_files_words("PD report", _files_writing("nothing relevant")).text == "PD report"
    both = _files_writing("police department; property damage liability")
    assert in_files_words("PD report", both).text == "PD report"


def test_reference_numbers_are_not_read_as_shorthand() -> None:
    files = _files_writing("building; reserve")
    assert in_files_words("status of BLDG-2231", files).text == "status of BLDG-2231"
    assert in_files_words("unit #4 owner", files).text == "unit #4 owner"
    assert in_files_words("rsv on 0884213-FL", files).text == "reserve on 0884213-FL"
    assert in_files_words("badge # of the deputy", files).text == "badge # of the deputy"
    assert in_files_words("# of units flooded", files).text == "number of units flooded"


def test_the_lexicon_is_lower_case_and_every_entry_has_a_meaning() -> None:
    assert GLOSSARY and ENGLISH <= set(GLOSSARY)
    for short, meanings in GLOSSARY.items():
        assert short == short.lower() and meanings, short
        assert all(m == m.lower() and m.strip() == m for m in meanings), short


def test_the_lexicon_ships_with_the_package() -> None:
    lexicon = Path(__import__("rag").__file__).with_name("glossary.txt")
    assert lexicon.is_file()


def test_claims_mentioning_can_stop_at_a_few_and_look_among_some_claims(engine: Any) -> None:
    assert engine.claims_mentioning("reserve") == ["GL-7731-22", "MR-5520-04"]
    assert len(engine.claims_mentioning("reserve", most=1)) == 1
    assert engine.claims_mentioning("reserve", claim_ids=["MR-5520-04", "CP-3340-11"]) == ["MR-5520-04"]
    assert engine.claims_mentioning("protection and indemnity", claim_ids=["GL-7731-22"]) == []
