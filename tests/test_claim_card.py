"""A summary is a claim card (claim, line of business, parties, policy and coverages, dates, what
happened, amounts, status), each fact cited, under 1500 characters; on the real engine over a
claim file unlike our samples."""

from __future__ import annotations

import re

import pytest

from rag.config import Settings
from rag.engine import Engine

REPORT = """# Boiler explosion - adjuster's first report

- Claim Number: BM-2026-0311
- Policy Number: EQB-4410925
- Named Insured: Copperline Brewing Company
- Adjuster: Tomasina Oyelaran
- Date of Loss: February 22, 2026

## Coverages
- Equipment Breakdown Limit: $2,000,000.00
- Spoilage Limit: $100,000.00

## Description of Loss
A low-water condition in the brewhouse steam boiler caused the firetubes to overheat and rupture, releasing steam that destroyed the brew kettle controls. Production stopped for eleven days while the boiler was replaced.

## Timeline
- February 23, 2026 - Loss reported by the insured's plant manager.
- March 2, 2026 - Inspection by the boiler inspector completed.
- April 20, 2026 - Claim closed after final payment.

## Financials
- Repair Estimate: $186,400.00
- Reserve: $210,000.00
- Total Paid to Date: $181,400.00
- Deductible: $5,000.00
"""


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    (root / "boiler-first-report.md").write_text(REPORT)
    engine.ingest_file(root / "boiler-first-report.md")
    answer = engine.ask("give me the rundown on BM-2026-0311")
    assert answer.route == "summary"
    excerpts = " ".join(c.excerpt for c in answer.citations)
    for amount in re.findall(r"\$[\d,]+\.\d\d", answer.text):
        assert amount in excerpts, f"{amount} is stated but no citation holds it"
    assert all(f"[{c.n}]" in answer.text for c in answer.citations)
    return answer.text


def test_the_card_names_the_claim_its_line_and_parties(card: str) -> None:
    assert card.startswith("BM-2026-0311")
    assert "Copperline Brewing Company [" in card and "Tomasina Oyelaran [" in card
    assert "EQB-4410925 [" in card and "$2,000,000.00 [" in card


def test_the_card_dates_what_happened_and_amounts(card: str) -> None:
    assert "loss February 22, 2026 [" in card and "reported February 23, 2026 [" in card
    assert "low-water condition" in card
    for shown in ("estimate $186,400.00", "reserve $210,000.00", "paid to date $181,400.00", "deductible $5,000.00"):
        assert shown in card, card


def test_the_card_says_the_status_and_stays_short(card: str) -> None:
    assert "Status: closed April 20, 2026 [" in card
    assert len(card) < 1500
