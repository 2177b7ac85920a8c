"""A change of a figure that no one line gives both ends of, as claim notes write it: the reserve set in
one entry ("Rsv BI $60,000 / PD $9,500"), raised in a later one ("BI rsv increased to $175,000"): the
new figure against the one the entry before it gave the same item, each cited; never another item's
figure (the specials of the entry between them). On the real engine, over notes written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

NOTES = """CLAIM NOTES - Marrowfield Mutual
Claim Number: AL-55210-P
Insured: Tovey Brothers Haulage

  04/02/2026  Claim set up. Commercial auto policy CA 7730121, $1,000,000 CSL. Rsv BI $60,000 / PD $9,500.
  04/09/2026  Claimant's chiropractor bills rec'd, BI specials to date $3,140.00.
  04/20/2026  Demand rec'd from counsel for the claimant: lumbar surgery recommended 05/04/2026.
              BI rsv increased to $175,000. Supervisor approved.
  04/28/2026  PD paid to Kessler Body Works $8,212.40; PD file closed.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("change_across_lines"), [("claim_notes.txt", NOTES)])


def test_a_reserve_raised_in_a_later_note_against_the_note_that_set_it(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much did the BI rsv go up on AL-55210-P")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$115,000.00: from $60,000.00"), answer.text
    assert any("increased to $175,000" in c.excerpt for c in answer.citations), answer.citations


def test_a_change_asked_the_other_way_is_not_computed(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how much did the BI rsv come down on AL-55210-P")
    assert "$115,000.00" not in answer.text, answer.text
