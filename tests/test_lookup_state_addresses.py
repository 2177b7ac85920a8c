"""A claim is in a state when an address of its files names the state's code after a town, with or
without a ZIP ("Hartsel, CO"); a file that only writes another state is not. Files written here,
unlike our samples."""

from __future__ import annotations

import pytest
from docfactory import engine_with_files

from rag.engine import Engine

FILES = {
    "barn_roof.txt": """Claim no.: FR-5120
Insured: Tamsin Wolcott
Site | Mill Pond Barn, 4 Orchard Lane, Hartsel, CO
A wet snow load bowed two rafters of the hay loft.
""",
    "granary.txt": """Claim no.: FR-5121
Insured: Ulrich Pennington
Site | North Granary, 77 Sod House Road, Minden, NE 68959
Wind lifted the granary's ridge cap.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("states")
    engine: Engine = engine_with_files(root, FILES.items())
    return engine


def test_a_town_and_state_code_without_a_zip_places_the_claim(engine: Engine) -> None:
    answer = engine.ask("which claims are in colorado")
    listed = sorted(c for c in ("FR-5120", "FR-5121") if c in answer.text)
    assert listed == ["FR-5120"], answer.text
