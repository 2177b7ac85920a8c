"""The card states the reserve the file last set ("Indemnity reserve $48,200.00 (set 06/02/2025,
previously $30,000.00)"), the same one "which claims are reserved over ..." reads, not a fee
schedule's expense line. A file written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "vault_shortage.md": """# Forensic schedule - claim FX-3307

Prepared for: Oriel Banfield, fidelity claims

Policy: Commercial Crime CPX-55012, limit $150,000

## Where it stands

Status: open. Indemnity reserve $48,200.00 (set 06/02/2025, previously $30,000.00 set 04/15/2025).
The treasurer's cash vault was short $48,200.00 across nine counts between January and April 2025.

## Fees

Reserve (accountants' fees): $7,500.00
Invoice FS-01 paid: $3,900.00
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("reserve")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def test_the_card_states_the_reserve_last_set(engine: Engine) -> None:
    answer = engine.ask("summarize FX-3307")
    amounts = next((ln for ln in answer.text.splitlines() if ln.startswith("Amounts:")), "")
    assert "reserve $48,200.00" in amounts, answer.text
