""""Days between A and B" reads its two ends in order: when the best reading of the start dates
it after the end (a later hearing's line read for "the collision"), the start is read again among
the dates before the end, so the answer counts from the collision itself, not from the hearing.
On the real engine, over a marina claim written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

MARINA_NOTES = """Lakeshore Mutual - Marine Claim Notes
Claim Number: MR-40917-K
Insured: Delia Okafor
Vessel: 24 ft pontoon "Blue Heron"

Loss details
Date of incident | 07/11/2026
Location | Harbor Point Marina, slip C-14
Description | While docking, the insured's pontoon struck the neighbouring boat's swim platform.

Activity log
07/14/2026 | Insured reported it to the agent by phone; claim opened.
07/16/2026 | Surveyor inspected both boats at the marina.
09/22/2026 | Marina board hearing on the boat collision set for this date; insured asked to attend.
"""

@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("days_in_order"), [("marina_notes.txt", MARINA_NOTES)])


def test_a_start_read_after_the_end_is_read_again_before_it(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "days between the boat collision and the insured reporting it, MR-40917-K")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("3 days"), answer.text

