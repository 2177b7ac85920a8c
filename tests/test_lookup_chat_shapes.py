"""Lookups asked as chat asks them: "any claim with ...?" (one claim, singular), a list of kinds in
brackets after "claims", "any church / school insureds", "files reserved over 50k", "claims out of
Ohio", "in litigation / have a suit filed": each is a lookup over the claims in reach, whose asking
words are no topic; "none" when no claim matches (a heading like the topic is no match)."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "bakery_spoilage.txt": """Claim No.: BK-2026-3301
Insured: Loaves & Fishes Bakery LLC, 212 Market St, Dayton, OH 45402
Date of Loss: 06/14/2026
Cause of Loss: Spoilage - the walk-in cooler failed overnight and 40 trays of cream pastries and dough spoiled.
The power was out for nine hours across the block.
Status: OPEN
Reserve: $6,800.00
""",
    "chapel_roof.txt": """Claim No.: CH-2026-5512
Insured: Grace Fellowship Chapel, a nonprofit corporation
Date of Loss: 03/02/2026
Cause of Loss: Snow load collapsed part of the fellowship hall roof.
Status: OPEN
Reserve: $145,000.00
""",
    "warehouse_suit.txt": """Claim No.: GL-2026-7720
Insured: Brennan Cold Storage Inc.
Date of Loss: 01/20/2026
Cause of Loss: A delivery driver slipped on the icy loading dock and broke his ankle.
Status: OPEN - in litigation
The driver filed suit in Kent County Circuit Court on 05/04/2026.
Reserve: $90,000.00
""",
    "kline_wind_report.md": """# Manufactured home wind loss - final report

**Claim:** MH-2026-4410 | **Insured:** Odessa Kline

## Facts and damage

The wind lifted the roof membrane over the rear bedroom and pulled two tie-down anchors.

## Coverage

Dwelling limit $52,000; wind deductible 2% of the dwelling limit.
""",
    "tank_release.md": """# Heating oil release - Claim EN-2026-0907

Insured: Willowmere Apartments LLC

## NORTHGATE ANALYTICAL LABS, INC.

| Sample | TPH (mg/kg) |
|---|---|
| S-1 under the tank | 3,410 |
| S-2 drain line | 640 |
""",
}
CLAIMS = ("BK-2026-3301", "CH-2026-5512", "GL-2026-7720", "MH-2026-4410", "EN-2026-0907")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


@pytest.mark.parametrize("question, expected", [
    ("any claim with snow damage?", ["CH-2026-5512"]),
    ("food-related claims (spoiled pastries or dough)", ["BK-2026-3301"]),
    ("any nonprofit / church insureds", ["CH-2026-5512"]),
    ("open files reserved over 100k", ["CH-2026-5512"]),
    ("which of our claims are in litigation / have a suit filed?", ["GL-2026-7720"]),
    ("any claims out of ohio?", ["BK-2026-3301"]),
    ("claims with lab results in the file", ["EN-2026-0907"]),  # a heading that says the topic's word shows it
])
def test_a_lookup_asked_as_chat_asks_it_lists_the_claims_that_match(
        engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup", answer.text
    assert sorted(c for c in CLAIMS if c in answer.text) == expected, answer.text


@pytest.mark.parametrize("question", ["any claims out of texas?", "any claim with a fatality?",
                                      "which claims involve a death"])
def test_a_lookup_no_claim_matches_says_none(engine: Engine, question: str) -> None:
    """A section's heading ("Facts and damage") is no evidence of a topic it merely resembles."""
    answer = engine.ask(question)
    assert answer.route == "lookup", answer.text
    assert answer.text.startswith("None of the 5 claims"), answer.text
