"""A share of a count ("what % of the panels cracked") whose whole the files never count, on the real engine
over a loss adjuster's e-mail written here (a farm shop's rooftop array), in a style unlike our samples: the
only figure for "the panels" is the number of cracked ones (the quote replaces exactly those), and a part read
as its own whole is no "100%": the answer names the part it found and the count it did not."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

EMAIL = """From: Rhoswen Adair <radair@heathland-mutual.example>
Subject: Claim PV-61207-R - Fenwick Barns rooftop array, storm of 14 May
Claim Number: PV-61207-R
Insured: Fenwick Barns Farm Shop

Tomasz walked the south roof this morning. He says 23 panels are cracked and 9 have scorched junction boxes.
Lead time for panels: 2-3 weeks.

QUOTE FROM SUNWARD ELECTRICAL (replace all 23 cracked panels; model SW-280P still made)
23 replacement panels @ $190.00 $4,370.00
Labour, 2 electricians x 1.5 days $1,440.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("share-of-a-count"), [("fenwick-array-thread.eml", EMAIL)])
    yield engine
    engine.close()


def test_a_part_read_as_its_own_whole_is_no_hundred_percent(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "what percent of the panels on PV-61207-R are cracked")
    assert "100" not in answer.text, answer.text
    assert answer.route == "none"
    assert answer.text.startswith("I found 23 panels cracked [1] but no count of the panels in all"), answer.text
