"""The grounding check's comparisons: what counts as the same value, and what does not."""

from __future__ import annotations

import pytest

from rag.llm.grounding import Checker, complete_sentences, split_sentences

SOURCES = {
    1: "Towing: $1,000.00. Date of Loss: March 3, 2026. Adjuster call at 2:30 PM. Claim CLM-1042, policy PAP-884120. "
       "Officer on scene at 2342 hrs; alarm at 01:15:09.",
    2: "days_between(start=2026-03-03, end=2026-03-26) = March 3, 2026 to March 26, 2026 = 23 days",
}


@pytest.mark.parametrize("sentence", [
    "The towing cost was $1,000 [1].",
    "The towing cost was $1000.00 [1].",
    "The towing cost was 1,000 dollars [1].",
    "The loss was on 03/03/2026 [1].",
    "The loss was on 2026-03-03 [1].",
    "The loss was on 3 March 2026 [1].",
    "The loss was on March 3rd, 2026 [1].",
    "The loss was on Mar. 3 [1].",
    "The call was at 14:30 [1].",
    "The officer arrived at 11:42 PM [1].",
    "The alarm went off at 1:15 a.m. [1].",
    "The policy is pap-884120 [1].",
    "It took 23 days [2].",
    "The first payment came on March 26, 2026 [2].",
])
def test_the_same_value_written_another_way_passes(sentence: str) -> None:
    assert Checker(SOURCES, "question?").check(sentence) == []


@pytest.mark.parametrize("sentence, problem", [
    ("The towing cost was $1,100.00 [1].", "'1100'"),
    ("The loss was on March 4, 2026 [1].", "'2026-03-04'"),
    ("The policy is PAP-884121 [1].", "'PAP-884121'"),
    ("It took 24 days [2].", "'24'"),
    ("The towing cost was $1,000.00 [3].", "[3]"),
    ("The towing cost was $1,000.00.", "'1000'"),  # cited nowhere
    ("It took 23 days [1].", "'23'"),  # held by a source, but not by the one cited
])
def test_a_value_no_cited_source_holds_fails(sentence: str, problem: str) -> None:
    problems = Checker(SOURCES, "question?").check(sentence)
    assert problems and problem in problems[0]


def test_a_value_from_the_question_needs_no_citation() -> None:
    assert Checker(SOURCES, "What happened on CLM-2077 after $500?").check("CLM-2077 shows nothing for $500.") == []


def test_a_later_sentence_may_rely_on_an_earlier_citation() -> None:
    checker = Checker(SOURCES, "q")
    assert checker.check("The towing cost was $1,000.00 [1]. That was on March 3, 2026.") == []


def test_sentences_keep_their_markers_and_streamed_text_waits_for_the_end_of_a_sentence() -> None:
    assert split_sentences("It was $385.00 [1]. Paid on 3/26 [2].\nNext") == ["It was $385.00 [1].",
                                                                              "Paid on 3/26 [2].", "Next"]
    assert complete_sentences("It was $385.00 [1]. Paid on") == (["It was $385.00 [1]."], "Paid on")
    assert complete_sentences("It was $385.") == ([], "It was $385.")


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. J. Okafor was paid $385.00 at 10:30 a.m. [1]. Dr. Lee signed it [2]."
    assert split_sentences(text) == ["Mr. J. Okafor was paid $385.00 at 10:30 a.m. [1].", "Dr. Lee signed it [2]."]


def test_a_numbered_list_states_nothing_by_its_numbers() -> None:
    text = "Two claims are on file:\n1. CLM-1042, towing $1,000.00 [1].\n2. The loss was on March 3, 2026 [1]."
    assert split_sentences(text)[1] == "1. CLM-1042, towing $1,000.00 [1]."
    assert Checker(SOURCES, "q").check(text) == []
