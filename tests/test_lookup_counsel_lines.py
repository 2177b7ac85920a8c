"""Claims whose claimant has a lawyer, when no field labels one: a dated note ("Atty ltr rec'd
(...) for Rosalind V."), a demand made "through its counsel"; not a field that says none was
retained, nor the insured's own defense counsel or a co-defendant's. Files written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "scaffold_log.txt": """Claim no.: BI-7201
Insured: Quillfeather Masonry Inc.
Date of loss: 03/18/2025
A pedestrian was struck by a falling brick from the insured's scaffold.

Handling notes
03/20/2025 | Recorded statement of the site foreman taken.
04/11/2025 | Atty ltr rec'd (Pruitt & Oyama, Fresno) for Rosalind V.; treatment ongoing.
""",
    "partnership_demand.txt": """Claim no.: FD-7202
Insured: Coldharbour Mills Ltd.
Notice date: 02/03/2025
The claim is a demand from Lindqvist Partners LP, a 9% member, made through its counsel Harrow Beale
LLP on 01/29/2025, alleging the managers diverted a supply contract.
""",
    "slip_report.txt": """Claim no.: GL-7203
Insured: Orchard Row Bakery
Date of loss: 04/30/2025
A customer slipped on a wet floor near the counter.
Claimant attorney | none retained as of 05/02/2025
""",
    "defense_letter.txt": """Claim no.: GL-7204
Insured: Orchard Row Bakery
Date of loss: 05/14/2025
A delivery driver cut her hand on a broken display case.
05/20/2025 | Defense counsel for Orchard Row Bakery appointed: Tate & Moss LLP.
""",
    "cooler_failure.txt": """Claim no.: PR-7205
Insured: Birchmont Foods
Date of loss: 06/02/2025
The walk-in cooler failed overnight and the stock spoiled.
06/19/2025 | Joint inspection: counsel Ysolde Marr attended for Hollin Refrigeration, Inc., the installer.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("counsel")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def test_claimants_with_counsel_are_found_from_notes_and_letters(engine: Engine) -> None:
    answer = engine.ask("which claims have a claimant represented by an attorney")
    listed = sorted(c for c in ("BI-7201", "FD-7202", "GL-7203", "GL-7204", "PR-7205") if c in answer.text)
    assert listed == ["BI-7201", "FD-7202"], answer.text
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)
