"""A rate the question states times the duration it states ("crane hire at $3,150 per day for 2
weeks": 14 days, the ``times`` tool), alone or as one item of a sum whose other items are found in
the file and cited; nothing when another item is not in the file. On the real engine, over a
plant-hire file written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.question import rates_for
from rag.router import decide_route
from rag.tools import times
from tests.docfactory import ask_checked, engine_with_files

HIRE = """PLANT HIRE - BUSINESS INTERRUPTION WORKSHEET
Claim Number: CR-30462-P
Insured: Quenby Precast Concrete Ltd

The gantry crane in bay 2 failed on 06/02/2026; a mobile crane is hired while the gantry is rebuilt.
Mobilisation charge (Thackery Lifting): $4,200.00
Banksman and slinger, whole hire: $6,480.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("hire")
    return engine_with_files(root, [("cr-30462-bi-worksheet.txt", HIRE)])


def test_a_rate_for_a_duration_is_a_count_of_the_rates_unit() -> None:
    [rated] = rates_for("crane hire at $3,150 per day for 2 weeks")
    assert (rated.rate, rated.count, rated.unit) == (Decimal("3150"), Decimal("14"), "days")
    assert rates_for("9 days of storage at $65 a day")[0].count == 9
    assert rates_for("$500 a week for 10 days") == []  # no whole count of weeks: not guessed
    assert times("$3,150.00", 14, "days").working == "$3,150.00 x 14 days = $44,100.00"
    assert decide_route("crane hire at $3,150 per day for 2 weeks on CR-30462-P").route == "calculation"


def test_a_rate_times_a_duration_plus_an_item_of_the_file(engine: Any) -> None:
    answer = ask_checked(engine, "crane hire at $3,150 per day for 2 weeks plus the mobilisation charge on CR-30462-P")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$48,300.00 in total: $3,150.00 a day for 14 days ($44,100.00) + $4,200.00 [1]"), \
        answer.text
    worked = next(c.excerpt for c in answer.citations if c.document == "calculation")
    assert "$3,150.00 x 14 days = $44,100.00" in worked and "$44,100.00 + $4,200.00 = $48,300.00" in worked


def test_a_rate_alone_needs_no_file(engine: Any) -> None:
    answer = ask_checked(engine, "what do 9 days of storage at $65 a day come to?")
    assert answer.text.startswith("$585.00: $65.00 a day for 9 days"), answer.text


def test_an_item_the_file_does_not_hold_is_no_total(engine: Any) -> None:
    answer = ask_checked(engine, "crane hire at $3,150 per day for 2 weeks plus the demurrage fee on CR-30462-P")
    assert "$48,300.00" not in answer.text and "in total" not in answer.text, answer.text
