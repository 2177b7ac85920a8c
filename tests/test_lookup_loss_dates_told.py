"""A claim whose files label no date of loss is placed in time by the sentence that narrates the
loss ("On 04/06/2025 the walk-in freezer's compressor burst"), a narrative before a table's row and
never by the policy's period or a letter's date. Files written here, unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "freezer_note.txt": """Claim no.: SP-6611
Insured: Marlowe Street Deli
Policy FZ-2210, policy period 01/01/2025 - 01/01/2026.
On 04/06/2025 the walk-in freezer's compressor burst and the stock thawed overnight.
Letter dated 05/12/2025 sent to the insured with the proof of loss form.
""",
    "canopy_log.md": """# Claim SP-6612 - Fernhill Garden Centre

| Date | Rain (in) | Wind | Note |
| --- | --- | --- | --- |
| 03/02/2025 | 0.4 | 30 mph | storm front |
| 03/03/2025 | 0.1 | 10 mph | calm |

The glass canopy over the potting benches collapsed under ice on March 3, 2025.
""",
    "tractor_log.txt": """Driver log export - forwarded to insurer 07/10/2025, claim SP-6613
Exported 07/10/2025 08:02 by the safety director.
CARRIER NOTES
- Accident 07/09/2025 at 06:10 on Route 30 near the quarry entrance, unit 4410.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("told")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question, expected", [
    ("which claims had a loss in april 2025", ["SP-6611"]),
    ("claims with a loss on 03/03/2025", ["SP-6612"]),
    ("losses in january 2025?", []),
    ("which losses happened in july 2025", ["SP-6613"]),  # "Accident 07/09/2025": a note of the loss itself
])
def test_a_loss_told_in_a_sentence_dates_the_claim(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    listed = sorted(c for c in ("SP-6611", "SP-6612", "SP-6613") if c in answer.text)
    assert listed == expected, answer.text
