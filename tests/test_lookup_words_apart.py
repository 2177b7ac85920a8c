"""A topic of several words that one file says together and another says apart, in lines of its
own ("salvage sold to Brackley Auctions" / "Brackley Auctions collected the wreck." ... "The salvage
was sold for ..."): the claims whose files say every word are listed, each with its line that says
the most of them (a word in either number: "auction" for "Auctions"); a claim whose files miss one of
the words is not. Asked in words unlike our
question sets, on files written here."""

from __future__ import annotations

import pytest

from rag.engine import Engine
from rag.experts.filters import other_number
from tests.docfactory import engine_with_files

FILES = [
    ("marina.txt", """Claim Number: MR-88410
Insured: Lowther Quay Marine Sales Ltd.
Date of Loss: 05/04/2026
Dealer principal: Agnes Pellow. The yard sells new and used boats from the quay.
A gust tore two boats from their cradles; both hulls were holed.
Salvage sold to Brackley Auctions on 06/10/2026 for $4,200.00.
"""),
    ("van.txt", """Claim Number: AU-88433
Insured: Felling Bros. Couriers
Date of Loss: 05/20/2026
The van rolled on the A68 verge and was written off.
Brackley Auctions collected the wreck from the verge on 06/02/2026.

Settlement: the insurer paid the agreed value less the excess.
The salvage was sold for $1,150.00.
"""),
    ("shop.txt", """Claim Number: PR-88457
Insured: Inchbald Stationers
Date of Loss: 05/28/2026
A burst cistern soaked the stockroom; the damaged paper was sold for pulp by the insured.
The insured's own salvage contractor, not Brackley, cleared the stockroom.
"""),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with_files(tmp_path_factory.mktemp("apart"), FILES)


def _listed(text: str) -> set[str]:
    head = text.splitlines()[0]
    return {c for c in ("MR-88410", "AU-88433", "PR-88457") if c in head}


@pytest.mark.parametrize("question, expected", [
    ("which claims had salvage sold to brackley auctions", {"MR-88410", "AU-88433"}),
])
def test_a_topic_said_apart_lists_the_claims_that_say_every_word(engine: Engine, question: str,
                                                                 expected: set[str]) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup"
    assert _listed(answer.text) == expected, answer.text


@pytest.mark.parametrize("phrase, other", [
    ("injury", "injuries"), ("burglaries", "burglary"), ("water leaks", "water leak"), ("E&O", ""),
])
def test_the_other_number_of_a_topics_last_word(phrase: str, other: str) -> None:
    assert other_number(phrase) == other
