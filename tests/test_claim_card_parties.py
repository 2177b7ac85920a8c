"""The claim card on a file written unlike our samples (a marine surveyor's memo: a label/value
table, a money table, a status line): it names the parties with their roles, the amounts and
the status, each with a citation, within 1500 characters; and the card's batched selector pass
chooses as the one-question-at-a-time selector does."""

from __future__ import annotations

import re

import numpy as np
import pytest

from rag.config import Settings
from rag.engine import Engine
from rag.records import Passage
from rag.selection import Ask, candidate_units, select, select_many

MEMO = """# Surveyor's memo - berthing incident at Gullhaven Marina

| Field | Value |
|---|---|
| Claim ref | YC-77-5120 |
| Vessel owner (insured) | Harriet Quennell |
| Surveyor | Obadiah Finch |
| Marina manager | Celestine Ambrose |
| Date of incident | 06/02/2026 |

## Narrative
While berthing in gusty crosswinds, the sloop Kestrel swung across the fairway and struck the moored cruiser Bluebell, cracking her bow rail and gelcoat.
The skipper had reduced throttle too early and the bow thruster failed to hold the turn.

## Money
| Item | Amount |
|---|---|
| Hull repair quotation | $23,480.00 |
| Reserve set | $30,000.00 |
| Paid so far | $12,000.00 |
| Excess | $1,500.00 |

## Where it stands
Status: open - awaiting the Bluebell owner's final repair invoice before the last payment.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    (root / "gullhaven-survey-memo.md").write_text(MEMO)
    engine.ingest_file(root / "gullhaven-survey-memo.md")
    return engine


def _cited(answer, fact: str) -> str:  # noqa: ANN001 - an Answer
    """The excerpt the marker right after ``fact`` in the card points at."""
    m = re.search(re.escape(fact) + r" \[(\d+)\]", answer.text)
    assert m, f"{fact!r} is not stated with a citation in:\n{answer.text}"
    return next(c.excerpt for c in answer.citations if c.n == int(m.group(1)))


def test_the_card_names_the_parties_with_their_roles_and_cites_each(engine: Engine) -> None:
    answer = engine.ask("summarize YC-77-5120", offline=True)
    assert answer.route == "summary" and len(answer.text) <= 1500, answer.text
    assert answer.text.startswith("YC-77-5120")
    assert "Harriet Quennell" in _cited(answer, "Harriet Quennell")
    assert "Celestine Ambrose" in _cited(answer, "marina manager Celestine Ambrose")


def test_the_card_states_the_amounts_and_status_each_cited(engine: Engine) -> None:
    answer = engine.ask("give me the rundown on the Quennell claim", offline=True)
    assert answer.route == "summary" and len(answer.text) <= 1500, answer.text
    for amount in ("$23,480.00", "$30,000.00", "$12,000.00"):
        assert amount in _cited(answer, amount)
    status = next(line for line in answer.text.splitlines() if line.startswith("Status:"))
    assert "awaiting" in status and re.search(r"\[\d+\]", status), answer.text
    excerpts = " ".join(c.excerpt for c in answer.citations)
    for number in re.findall(r"\$[\d,]+(?:\.\d\d)?", answer.text):
        assert number in excerpts, f"{number} is on the card but no citation holds it"


def test_what_happened_is_the_narrative_not_the_title(engine: Engine) -> None:
    answer = engine.ask("summarize YC-77-5120", offline=True)
    happened = next(line for line in answer.text.splitlines() if line.startswith("What happened:"))
    assert "struck the moored cruiser" in happened and "Surveyor's memo" not in happened


def test_the_batched_pass_ranks_every_field_as_one_question_at_a_time_does() -> None:
    engine_embed = _Embedder()
    memo = Passage(node_id="n1", text=MEMO, score=0.8, document="gullhaven-survey-memo.md", doc_id="d1",
                   scope="workspace", claim_id="YC-77-5120")
    units = candidate_units([memo])
    asks = [Ask("Who is the surveyor?", units, "person"), Ask("What is the reserve?", units, "amount"),
            Ask("What happened to the boat?", units, None)]
    batched = select_many(asks, engine_embed)
    assert engine_embed.calls == 1
    for ask, selection in zip(asks, batched):
        alone = select(ask.question, ask.candidates, engine_embed, kind=ask.kind)
        assert [s.unit.text for s in selection.scored] == [s.unit.text for s in alone.scored]
        assert [round(s.probability, 6) for s in selection.scored] == [round(s.probability, 6) for s in alone.scored]


class _Embedder:
    """The real embedding model, counting its calls."""

    def __init__(self) -> None:
        from rag.embedding import load_embedding

        self.model = load_embedding(Settings().embed_model)
        self.calls = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return np.asarray(self.model.embed(texts), dtype=np.float32)
