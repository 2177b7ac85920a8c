"""The claim card's parties are people and firms in the role a field labels: a carrier named in the
adjuster's field is no adjuster, a clinic in a line of notes is no claimant, and a log's lists
("Visitors:", "Deliveries:") or a form's "Value" column name no one's role in the claim. Written
unlike our samples: a workers' compensation first report in plain text."""

from __future__ import annotations

import re

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

REPORT = """EMPLOYER'S FIRST REPORT OF INJURY
Claim Number: WC-66120
Employer: Fenwick Pallet Works LLC
Injured employee: Rosalind Achebe
Adjuster: Harrow Bay Mutual Insurance Company
Date of Injury: 02/11/2026
Date reported: 02/13/2026
Description: The employee caught her left hand in the nailing press while clearing a jammed board.
Notes: follow-up booked at Juniper Court Physical Therapy; employer confirms modified duty from 03/02/2026.
Deliveries: Quarry Lane Timber
We considered and ruled out other causes: the guard was fitted, the board was dry, and no one had
bypassed the interlock near the Brightline Safety Consultants, LLC - Report BSC-2026-11 Page 2
Reserve: $22,000.00
Status: Open - awaiting the surgeon's report

| Field | Value |
|---|---|
| Plant | Lakeport Harbor |
| Supervisor | Desmond Okoro |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("roles")
    engine: Engine = engine_with_files(root, [("first_report.txt", REPORT)])
    return engine


def _parties(text: str) -> str:
    line = next((ln for ln in text.splitlines() if ln.startswith("Parties")), "")
    return re.sub(r"\s*\[\d+\]", "", line)


def test_the_cards_parties_are_in_the_roles_their_fields_label(engine: Engine) -> None:
    answer = engine.ask("summarize WC-66120")
    parties = _parties(answer.text)
    assert "Rosalind Achebe" in parties, answer.text
    assert "adjuster Harrow Bay" not in parties, answer.text  # the carrier, in the adjuster's field
    assert "Juniper Court" not in parties, answer.text  # a clinic in a line of notes
    assert "deliveries" not in parties.lower() and "value" not in parties.lower(), answer.text
    assert "considered" not in parties and "Brightline" not in parties, answer.text  # a sentence's words, no role
