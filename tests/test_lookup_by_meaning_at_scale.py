"""A lookup by meaning over many claims ("which claims involve a person being hurt?" when no file
says the words) lists the claims about it, out of sixty mostly unrelated ones, from ONE search
across them all: one search per claim took seconds at a few dozen claims and minutes at 2,600.
The real engine, the real embedder; the searches are counted in the answer's own timings."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine

INJURIES = {
    "IN-7001": "A forklift struck the order picker in aisle nine; he was taken to the emergency room with a "
               "broken ankle and a badly injured knee.",
    "IN-7002": "The cashier slipped on a wet floor and was injured: a fractured wrist, treated at the hospital, "
               "and six weeks off work.",
    "IN-7003": "Hot oil from the fryer splashed the line cook, who suffered burns to both forearms and was "
               "treated at the emergency room.",
}

PERILS = [
    "Hail dented the {thing} and cracked two skylights.",
    "A burst pipe in the {place} soaked the {thing}; the plaster was stripped and dried out.",
    "Wind lifted part of the {place} roof and rain ruined the {thing}.",
    "A power surge during the storm burned out the {thing}.",
    "Frost split the {thing} overnight; the {place} was closed for repairs.",
    "Smoke from a neighbour's chimney fire stained the {thing} in the {place}.",
]
THINGS = ["gutters", "walk-in freezer", "server rack", "carpets", "shop sign", "greenhouse panels", "boiler",
          "stock of paper", "kitchen cabinets", "solar inverter"]
PLACES = ["warehouse", "bakery", "office", "garage", "greenhouse", "school annex"]


def _unrelated(n: int) -> str:
    peril = PERILS[n % len(PERILS)].format(thing=THINGS[n % len(THINGS)], place=PLACES[(n // 3) % len(PLACES)])
    return f"{peril} The contractor's estimate is ${1200 + 37 * n:,}.00 and the deductible applies."


def _file(claim_id: str, narrative: str) -> str:
    return f"Claim Number: {claim_id}\nDate of Loss: 03/{1 + int(claim_id[-2:]) % 27:02d}/2026\n{narrative}\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    files: dict[str, str] = {f"{c.lower()}.txt": _file(c, text) for c, text in INJURIES.items()}
    files.update({f"pr-71{n:02d}.txt": _file(f"PR-71{n:02d}", _unrelated(n)) for n in range(57)})
    for name, text in files.items():
        path: Path = root / name
        path.write_text(text)
        engine.ingest_file(path)
    return engine


@pytest.mark.parametrize("question", ["which claims involve a person being hurt?",
                                      "which claims involve bodily harm to a person?"])
def test_a_lookup_by_meaning_over_sixty_claims_lists_the_injuries_from_one_search(engine: Engine,
                                                                                   question: str) -> None:
    answer = engine.ask(question)

    assert answer.route == "lookup"
    listed = {c for c in [*INJURIES, *(f"PR-71{n:02d}" for n in range(57))] if c in answer.text}
    assert listed == set(INJURIES), answer.text
    assert {c.document for c in answer.citations} == {f"{c.lower()}.txt" for c in INJURIES} | {"Claims lookup"}, \
        answer.citations
    timings = answer.trace["timings"]
    assert timings["by_meaning_searches"] == 1, timings  # not one per claim (60)
    assert timings["by_meaning_embedded"] < 200, timings  # the best claims' units, not every claim's


def test_a_list_longer_than_a_reader_can_use_shows_the_first_fifty_and_how_to_narrow_it(engine: Engine) -> None:
    answer = engine.ask("list all claims")
    assert answer.text.startswith("60 claims on file [1] (the first 50):"), answer.text[:200]
    listed = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert len(listed) == 50 and listed[0].startswith("- IN-7001")
    assert "...and 10 more. Ask for fewer: by adjuster" in answer.text.splitlines()[-1]
