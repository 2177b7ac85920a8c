"""A word between the article and an amount says what kind of amount it is ("a flat $750
deductible", "an annual $10k limit"), not what the claims are about: the lookup lists every claim
with that amount, whether or not its files also say the word elsewhere ("the flat roof"). Asked
in words unlike our question sets, on files written here."""

from __future__ import annotations

import pytest

from rag.engine import Engine
from rag.experts.filters import read_conditions
from tests.docfactory import engine_with_files

FILES = [
    ("garage_roof.txt", """Claim Number: PR-61204
Insured: Ottoline Marsh
Date of Loss: 03/08/2026
Snow load split the membrane of the flat roof over the garage.
Deductible: $750.00
"""),
    ("boathouse.txt", """Claim Number: PR-61251
Insured: Caddick Rowing Club
Date of Loss: 03/19/2026
Ice shifted the boathouse doors off their track.
Deductible: $750.00
"""),
    ("kiosk.txt", """Claim Number: PR-61277
Insured: Penhallow Kiosks Ltd
Date of Loss: 04/02/2026
A delivery van reversed into the kiosk shutter.
Deductible: $2,000.00
"""),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_files(tmp_path_factory.mktemp("modifiers"), FILES)


def test_a_word_before_the_amount_is_no_topic() -> None:
    asked = read_conditions("which files carry a straight $750 deductible?")
    assert asked.amount is not None and asked.amount[0] == "deductible"
    assert "straight" not in asked.phrase


def test_claims_with_a_flat_deductible_are_all_those_with_that_deductible(engine: Engine) -> None:
    answer = engine.ask("which claims have a flat $750 deductible")
    assert answer.route == "lookup"
    head = answer.text.splitlines()[0]
    assert {c for c in ("PR-61204", "PR-61251", "PR-61277") if c in head} == {"PR-61204", "PR-61251"}, answer.text
