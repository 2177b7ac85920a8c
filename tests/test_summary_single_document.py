"""A request that names a claim's only document and nothing in it ("summarize the pier notice",
"brief me on the notice - who, what, where it stands") is answered by the claim's card, which
states the parties, amounts and status, not by a digest of a few of the notice's lines. Files
written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "pier_collapse_notice.txt": """NOTICE OF LOSS - MARINA OPERATORS LIABILITY
Claim no.: MO-4410
Named insured: Gullhaven Marina Partners
Adjuster: Isadora Quenneville
Date of loss: 01/09/2026

On 01/09/2026 a section of the fuel pier gave way under ice load and two moored sailboats were holed.
The boat owners, Mr. Anselm Broadhurst and Ms. Perpetua Lyle, have each presented a claim.

Reserve: $85,000.00 indemnity
Status: open - awaiting marine surveyor's report.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("single")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question", [
    "summarize the gullhaven pier collapse notice",
    "brief me on the gullhaven notice - who, what, where it stands",
])
def test_the_only_document_named_gets_the_claim_card(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith("MO-4410"), answer.text
    assert "$85,000.00" in answer.text and "open" in answer.text.lower(), answer.text
