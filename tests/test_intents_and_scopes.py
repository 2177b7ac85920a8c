"""Messages that are not claim questions get help or the claims list before any search; one
question can read several scopes at once (the assistant panel: a DM and the channel beside it),
never a scope it was not given."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.intents import classify

TOWING = """Claim Number: CLM-1042
Policy Number: PAP-884120
Insured: Daniel Okafor
Date of Loss: March 3, 2026

TOWING INVOICE
The insured vehicle was towed from Highway 9 to Westside Collision on March 3, 2026.
Towing: $385.00
"""

WATER = """Claim Number: CLM-2077
Policy Number: HO3-551902
Insured: Helen Park
Date of Loss: 2026-01-14

LOSS DESCRIPTION
A supply line under the kitchen sink burst. The plumber's towing of debris cost $77.00.
Deductible: $1,000.00
"""


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("hi", "greeting"),
        ("Hello there!", "greeting"),
        ("good morning", "greeting"),
        ("thanks!", "thanks"),
        ("thank you, that's perfect", "thanks"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("hey, how do I use this?", "help"),
        ("what claims do you know", "claims"),
        ("Which claims do we have?", "claims"),
        ("list the files you have", "claims"),
        ("many thanks", "thanks"),
        ("what sort of questions can I ask you?", "help"),
        ("what are your capabilities", "help"),
        ("what is this bot for?", "help"),
    ],
)
def test_social_and_help_messages_are_recognised(message: str, intent: str) -> None:
    assert classify(message) == intent


@pytest.mark.parametrize(
    "message",
    [
        "What was the towing cost on CLM-1042?",
        "which claims involve Westside Collision?",
        "thanks, and what was the deductible?",
        "what is still open on the fire claim",
        "who is the adjuster",
        "help me find the rental invoice",
        "Summarize 2077",
    ],
)
def test_claim_questions_are_left_to_the_experts(message: str) -> None:
    assert classify(message) is None


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    for name, text, scope in (("towing.txt", TOWING, "C_AUTO"), ("water.txt", WATER, "D_ALICE")):
        path = tmp_path / name
        path.write_text(text)
        engine.ingest_file(path, scope=scope)
    return engine


def test_greetings_and_help_are_answered_without_a_claim_line(engine: Engine) -> None:
    for message in ("hi", "help", "what can you do?"):
        answer = engine.ask(message, scope="C_AUTO")
        assert answer.route == "help"
        assert not answer.citations
        assert "$385.00" not in answer.text and "CLM-1042" in answer.text  # an example from the claims here


def test_what_claims_do_you_know_lists_the_claims_in_reach(engine: Engine) -> None:
    answer = engine.ask("what claims do you know?", scope="C_AUTO")
    assert answer.route == "lookup"  # an answer from the files: every line cited
    assert answer.claim_ids == ["CLM-1042"]
    assert "CLM-1042" in answer.text and "CLM-2077" not in answer.text
    assert answer.text.startswith("1 claim on file [1]:") and "insured Daniel Okafor [2]" in answer.text
    assert answer.citations[0].document == "Claims lookup"  # the count's source: what was searched
    assert "Searched 1 claim in reach" in answer.citations[0].excerpt
    assert answer.citations[1].excerpt == "Insured: Daniel Okafor" and answer.citations[1].document == "towing.txt"
    both = engine.ask("what claims do you know?", scopes=["C_AUTO", "D_ALICE"])
    assert both.claim_ids == ["CLM-1042", "CLM-2077"]


def test_one_question_reads_every_scope_it_is_given_and_no_other(engine: Engine) -> None:
    panel = engine.ask("What is the deductible on CLM-2077?", scopes=["D_ALICE", "C_AUTO"])
    assert "$1,000.00" in panel.text
    assert {c.scope for c in panel.citations} == {"D_ALICE"}
    towing = engine.ask("What was the towing cost on CLM-1042?", scopes=["D_ALICE", "C_AUTO"])
    assert "$385.00" in towing.text
    assert [c.claim_id for c in engine.claims(scopes=["D_ALICE", "C_AUTO"])] == ["CLM-1042", "CLM-2077"]

    # The same question beside a channel that holds no such file: nothing from C_AUTO.
    elsewhere = engine.ask("What was the towing cost on CLM-1042?", scopes=["D_ALICE", "C_PROPERTY"])
    assert "$385.00" not in elsewhere.text
    assert all(c.scope in ("D_ALICE", "workspace") for c in elsewhere.citations)
    passages = engine.retrieve("towing cost", scope="workspace", scopes=["D_ALICE", "C_PROPERTY"])
    assert passages and {p.scope for p in passages} == {"D_ALICE"}
