"""Routing: realistic adjuster questions go to the expert that can answer them."""

from __future__ import annotations

import pytest

from rag.router import decide_route

ROUTES = [
    # precise facts
    ("What was the towing cost on CLM-1042?", "needle"),
    ("What is the deductible?", "needle"),
    ("When was the vehicle inspected on CLM-1042?", "needle"),
    ("What is the invoice total on the DryRight invoice for CLM-2077?", "needle"),
    ("How many physical therapy sessions did the claimant on CLM-5238 have?", "needle"),
    ("What is the VIN of the vehicle in CLM-1042?", "needle"),
    # overviews
    ("Summarize CLM-1042", "summary"),
    ("Give me an overview of the fire at Alder Creek Woodworks", "summary"),
    ("What happened in Grace Okafor's workers' comp claim?", "summary"),
    ("Tell me about CLM-6120", "summary"),
    # arithmetic
    ("How many days passed between the date of loss and the first payment on CLM-1042?", "calculation"),
    ("How long after the loss was the claim reported?", "calculation"),
    ("What is the total of the mitigation invoice and the rebuild estimate on CLM-2077?", "calculation"),
    ("What is the payout on CLM-1042 after the deductible?", "calculation"),
    ("How much is left of the rental limit?", "calculation"),
    ("How much lower was the total paid on CLM-4410 than the total reserve?", "calculation"),
    ("By how much did the CLM-5238 settlement come down from the attorney's demand?", "calculation"),
    ("What would the CLM-3105 settlement have been if the laptops had not been recovered?", "calculation"),
    # registry lookups
    ("Which claims do we have?", "lookup"),
    ("List claims", "lookup"),
    ("Who is the adjuster on CLM-4410?", "lookup"),
    ("Which claims is Priya Raman handling?", "lookup"),
    ("What is the policy number on CLM-5238?", "lookup"),
    ("What is the date of loss for CLM-2077?", "lookup"),
    ("Who is the insured on CLM-6120?", "lookup"),
    # lookups as people ask them: verbs of handling, parties by role, which claim a party is in
    ("who's adjusting the alder creek fire?", "lookup"),
    ("who is working the brightline burglary", "lookup"),
    ("who owns the vasquez file", "lookup"),
    ("which claim is harbor lock involved in?", "lookup"),
    ("what file is dryright on", "lookup"),
    ("harbor lock door involved which claim", "lookup"),
    ("besides the okafor collision, what other file is priya raman handling?", "lookup"),
    ("what else is Marcus Bell working on", "lookup"),
    ("who's the insured on grace okafor's comp claim?", "lookup"),
    ("who was the locksmith on the brightline burglary", "lookup"),
    ("who's the policyholder on 2077", "lookup"),
    # calculations as people ask them
    ("towing + rental on 1042", "calculation"),
    ("the rebuild estimate and the mitigation invoice together on 2077", "calculation"),
    ("loss to vehicle returned in days on 1042", "calculation"),
    ("how much under the demand was the settlement on 5238", "calculation"),
    ("how much over the reserve was the final payment", "calculation"),
    # ... and what stays with the other experts
    ("which claim is in the worst shape", "needle"),
    ("besides the towing, what other charges are on the invoice", "needle"),
]


@pytest.mark.parametrize(("question", "route"), ROUTES)
def test_questions_go_to_the_expert_that_answers_them(question: str, route: str) -> None:
    assert decide_route(question).route == route


def test_the_decision_says_why_in_words() -> None:
    decision = decide_route("How many days between the loss and the payment on CLM-1042?")
    assert decision.route == "calculation"
    assert "How many days" in decision.reason
    assert decide_route("What was the towing cost?").reason == "precise fact (default)"


def test_claims_named_in_the_question_are_read_in_every_spelling() -> None:
    assert decide_route("Summarize CLM-1042").claim_ids == ["CLM-1042"]
    assert decide_route("Compare clm 2077 with CLM-1042").claim_ids == ["CLM-2077", "CLM-1042"]
    assert decide_route("What is the deductible on claim no. 5238?").claim_ids == ["CLM-5238"]


def test_a_question_naming_no_claim_after_one_that_did_is_a_follow_up() -> None:
    follow = decide_route("and what was the towing cost?", history_claim_ids=["CLM-1042"])
    assert follow.follow_up and follow.claim_ids == []
    assert not decide_route("What was the towing cost on CLM-2077?", history_claim_ids=["CLM-1042"]).follow_up
    assert not decide_route("What was the towing cost?").follow_up


@pytest.mark.parametrize(("typed", "read"), [
    ("how many days from DOL to closing", "how many days from date of loss to closing"),
    ("days between the vasquez FNOL and the payment", "days between the vasquez first notice of loss and the payment"),
    ("tl;dr on the harvest lane slip and fall pls", "summary on the harvest lane slip and fall"),
    ("what does the O&C say", "what does the origin and cause say"),
    ("sq ft of oak in the living room", "SF of oak in the living room"),
])
def test_chat_shorthand_is_spelled_out_as_claim_files_write_it(typed: str, read: str) -> None:
    from rag.router import normalize_question

    assert normalize_question(typed) == read


def test_casual_requests_for_an_overview_are_summaries() -> None:
    from rag.router import normalize_question

    for question in ("can someone catch me up on the grace okafor comp claim", "tl;dr on the harvest lane slip and fall",
                     "where does CLM-1042 stand, give me the short version"):
        assert decide_route(normalize_question(question)).route == "summary"
