"""A duration named by one thing ("how long was the surveyor on site", "how long was the cold room
without power") is read from the times the best lines give it: a range in one line joined by "to"
("on site 9:05 AM to 11:20 AM"), or two lines each dated with its time when the span runs over
midnight; a "gap between" two times is a duration; a quantity in an estimate's table ("1.00 LS", "2.00 EA") is no time of day. On the real
engine, over a cold-storage spoilage file written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.moments import moments_in
from rag.experts.calculation.question import calculation_asked
from tests.docfactory import ask_checked, engine_with_files

SPOILAGE = """COLD STORAGE SPOILAGE - SURVEYOR'S FIELD SHEET
Claim Number: SP-40918-C
Insured: Marrowfield Seafood Wholesale Ltd

Site attendance | March 17, 2026 (surveyor on site 9:05 AM to 11:20 AM, with the plant engineer)
Compressor power lost | 03/14/2026 approx. 22:50
Compressor power restored | 03/16/2026 approx. 07:20

| Line | Item | Qty | Unit price | Total |
| 1 | Haul-away of spoiled stock | 2.00 EA | $740.00 | $1,480.00 |
| 2 | Sanitising of cold room 3 | 1.00 LS | $2,115.00 | $2,115.00 |
"""

ALARM = """NIGHT INCIDENT NOTE - CHILLED WAREHOUSE
Claim Number: SP-40955-C
Insured: Marrowfield Seafood Wholesale Ltd

The refrigeration monitor logged the high-temperature alarm at 23:05 on 03/14/2026.
The night porter says he heard the alarm sounding at about 11:20 PM and called the duty manager.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("spoilage")
    return engine_with_files(root, [("sp-40918-field-sheet.md", SPOILAGE), ("sp-40955-night-note.txt", ALARM)])


def test_a_quantity_is_no_time_of_day() -> None:
    assert moments_in("| 2 | Sanitising of cold room 3 | 1.00 LS | $2,115.00 |") == []
    assert [m.value for m in moments_in("the crew left at 6.40 p.m.")] == ["18:40"]


def test_a_range_of_two_times_in_one_line(engine: Any) -> None:
    answer = ask_checked(engine, "how long was the surveyor on site at marrowfield")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("2 hours 15 minutes"), answer.text
    assert any("9:05 AM to 11:20 AM" in c.excerpt for c in answer.citations)


def test_a_span_over_midnight_from_two_dated_lines(engine: Any) -> None:
    answer = ask_checked(engine, "how long was the compressor without power on SP-40918-C")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("32 hours 30 minutes"), answer.text
    assert any(c.document == "calculation" and "2026-03-14 22:50 to 2026-03-16 07:20" in c.excerpt
               for c in answer.citations), answer.citations


def test_a_gap_between_two_times_of_the_same_thing(engine: Any) -> None:
    question = "gap between the alarm time on the refrigeration monitor and when the night porter says he heard it"
    assert calculation_asked(question) == "days"  # a duration, not a difference of amounts
    answer = ask_checked(engine, f"{question}, SP-40955-C?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("15 minutes"), answer.text
