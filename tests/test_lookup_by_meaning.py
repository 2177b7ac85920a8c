"""Which claims are about a topic their files never name in the asker's words ("somebody got
hurt", "stolen property"): matched by meaning (the embedder's similarity of each claim's units to
the topic), on the real engine over files unlike our samples; each claim listed cites the line
that shows it, and a topic no claim is about still gets "none"."""

from __future__ import annotations

import pytest

from rag.config import Settings
from rag.engine import Engine

FILES = {
    "forklift.txt": """Claim Number: WC-8101
Employer: Ostrava Cold Storage Inc.
Date of Injury: 02/03/2026
A forklift ran over the warehouse picker's left foot; he was taken to the emergency room with two broken toes.
""",
    "copper.txt": """Claim Number: CP-8102
Insured: Brightfield Solar Farms LLC
Date of Loss: 03/11/2026
Thieves cut the fence overnight and took 900 feet of copper grounding wire from the array.
""",
    "hail.txt": """Claim Number: HO-8103
Insured: Marguerite Oyelowo
Date of Loss: 04/19/2026
Hailstones dented the aluminium gutters and cracked two skylights over the sunroom.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text in FILES.items():
        (root / name).write_text(text)
        engine.ingest_file(root / name)
    return engine


@pytest.mark.parametrize("question, expected, document", [
    ("any claims where somebody got hurt?", "WC-8101", "forklift.txt"),
    ("which claims involve stolen property", "CP-8102", "copper.txt"),
    ("which claim involves stolen property?", "CP-8102", "copper.txt"),  # one claim asked for: the same lookup
])
def test_a_topic_in_other_words_finds_the_claim_about_it(engine: Engine, question: str, expected: str,
                                                         document: str) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup"
    named = {c for c in ("WC-8101", "CP-8102", "HO-8103") if c in answer.text}
    assert named == {expected}, answer.text
    assert answer.citations and {c.document for c in answer.citations} == {document, "Claims lookup"}, answer.citations


def test_a_topic_no_claim_is_about_gets_none(engine: Engine) -> None:
    answer = engine.ask("which claims involve a cyber extortion demand?")
    assert answer.text.startswith("None"), answer.text
