"""A claim's card made ahead while a served engine is idle (issue 9's ask p95), and the batched
retrieval the card's fields share: the summary a user gets is the same either way, and a new
version of a file makes a new card, never the old one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.experts.card_ahead import CardsAhead, cards_wanted
from tests.docfactory import put_file

MARINA_LOG = """Harbourline Mutual - Hull & Dock Loss Worksheet
File reference: CLM-73120
Vessel owner (insured): Odalys Brennaman
Desk examiner: Tobiah Quenneville
Policy: MH-440918

Narrative
On the night of 4 February 2026 a winter storm drove the insured's pontoon boat against the
floating dock at Slip 14, cracking two aluminium tubes and tearing the bimini frame loose.

Figures
Marine surveyor's repair quote: $12,480.00
Deductible: $750.00
Reserve posted: $13,000.00

Status: open - awaiting the surveyor's photos of the transom.
"""


def _summary(engine: Engine) -> str:
    return engine.ask("Summarize claim CLM-73120").text


@pytest.fixture()
def served(tmp_path: Path) -> Engine:
    engine = Engine.open(Settings(home=tmp_path / "home"))  # warm: as `claimbot serve` opens it
    engine.ingest_file(put_file(tmp_path, "hull-worksheet.txt", MARINA_LOG))
    yield engine
    engine.close()


def test_a_served_engine_makes_the_card_while_idle_and_the_user_gets_the_same_summary(served: Engine,
                                                                                        tmp_path: Path) -> None:
    assert served._ahead.wait_done(timeout=120)
    assert served._cards.made >= 1
    answer = served.ask("Summarize claim CLM-73120")
    assert answer.trace["expert"].get("cached") is True  # made ahead: the ask paid no selector call
    assert "$12,480.00" in answer.text and "Odalys Brennaman" in answer.text

    cold = Engine.open(Settings(home=tmp_path / "cold"), warm=False)  # a one-shot CLI: nothing made ahead
    try:
        cold.ingest_file(put_file(tmp_path / "again", "hull-worksheet.txt", MARINA_LOG))
        from rag.experts import card

        card._CARDS.clear()  # the same file in another home would share the process's card
        assert cold._cards.made == 0
        assert _summary(cold) == answer.text
    finally:
        cold.close()


def test_a_new_version_of_a_file_gets_a_new_card_made_ahead(served: Engine, tmp_path: Path) -> None:
    assert served._ahead.wait_done(timeout=120)
    made = served._cards.made
    assert "$13,000.00" in _summary(served)
    served.ingest_file(put_file(tmp_path, "hull-worksheet.txt",
                                MARINA_LOG.replace("Reserve posted: $13,000.00", "Reserve posted: $15,250.00")))
    assert served._ahead.wait_done(timeout=120)
    assert served._cards.made == made + 1
    text = _summary(served)
    assert "$15,250.00" in text and "$13,000.00" not in text


def test_no_card_is_made_ahead_when_turned_off(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.cards_ahead = False
    try:
        engine.ingest_file(put_file(tmp_path, "hull-worksheet.txt", MARINA_LOG))
        assert engine._ahead.wait_done(timeout=120)
        assert engine._cards.made == 0
        assert engine.ask("Summarize claim CLM-73120").trace["expert"].get("cached") is None
    finally:
        engine.close()


def test_one_card_per_channel_a_claims_files_are_in() -> None:
    docs = [SimpleNamespace(claim_id="CLM-1", scope="C1", version_id="v1"),
            SimpleNamespace(claim_id="CLM-1", scope="workspace", version_id="v2"),
            SimpleNamespace(claim_id="CLM-1", scope="C2", version_id="v3"),
            SimpleNamespace(claim_id="CLM-2", scope="workspace", version_id="v4"),
            SimpleNamespace(claim_id=None, scope="workspace", version_id="v5")]
    assert cards_wanted(docs) == {("CLM-1", "C1"): ("v1", "v2"), ("CLM-1", "C2"): ("v2", "v3"),
                                  ("CLM-2", "workspace"): ("v4",)}


def test_cards_are_made_one_a_step_up_to_the_limit_and_again_for_a_new_version() -> None:
    docs = [SimpleNamespace(claim_id=f"CLM-{i}", scope="workspace", version_id=f"v{i}") for i in range(3)]
    made: list[str] = []
    ahead = CardsAhead(lambda: docs, lambda claim, scope: made.append(claim), limit=2)
    assert ahead.step() and ahead.step() and not ahead.step()
    assert made == ["CLM-0", "CLM-1"]  # the third would evict a kept card
    # a new version: the catalog hands out a new list (the same list object means nothing changed)
    docs = [docs[0], SimpleNamespace(claim_id="CLM-1", scope="workspace", version_id="v1b"), docs[2]]
    assert ahead.step() and not ahead.step()
    assert made == ["CLM-0", "CLM-1", "CLM-1"]


def test_the_card_fields_batched_retrieval_finds_what_each_question_finds_alone(served: Engine) -> None:
    questions = ["What is the deductible?", "Who is the insured policyholder?", "What happened?",
                 "What is the current reserve?"]
    alone = [served.retrieve(q, scope="workspace", claim_ids=["CLM-73120"], merge=False) for q in questions]
    together = served.retrieve_many(questions, scope="workspace", claim_ids=["CLM-73120"], merge=False)
    assert [[(p.node_id, p.score) for p in ps] for ps in together] == [[(p.node_id, p.score) for p in ps]
                                                                        for ps in alone]
    assert all(alone)


def test_a_card_that_fails_to_be_made_does_not_stop_the_others() -> None:
    docs = [SimpleNamespace(claim_id=f"CLM-{i}", scope="workspace", version_id=f"v{i}") for i in range(3)]
    made: list[str] = []

    def make(claim: str, scope: str) -> None:
        if claim == "CLM-1":
            raise RuntimeError("a registry read failed")
        made.append(claim)

    ahead = CardsAhead(lambda: docs, make, limit=10)
    while ahead.step():
        pass
    assert made == ["CLM-0", "CLM-2"]
