"""Durations read from timelines as files write them, on the real engine over files written here (a
parking operator's recorder log whose time column has a two-word header, a county sheriff's report
that writes 24-hour times as bare digits), in styles unlike our samples:

- a table row's stamp is told by the row's words ("Bay door forced with a pry bar"), not by the name of
  the column it stands in ("Recorder time");
- a span from a stamp given to the second to a time given to the minute is said both ways: to the
  minute, and to the second reading the minute's stamp as its :00;
- a report that writes ``2240 HRS`` writes its other times as bare digits too ("DISPATCHED 2251 ON
  SCENE 2304"): those are times of day, while a badge or a case number is not;
- "time between A and B" and "A to B, how many mins?" ask the duration from A to B."""

from __future__ import annotations

import pytest

from rag.experts.calculation.moments import moments_in, writes_bare_clock
from rag.experts.calculation.question import calculation_asked, two_phrases
from rag.router import decide_route
from rag.tools import minutes_between
from tests.docfactory import ask_checked, engine_with_files

RECORDER_LOG = """Quayside Parking Ltd - Recorder Extract
Claim Number: QP-88120-V
Insured: Quayside Parking Ltd
Site: Level 1 loading bay, 9 Tannery Row
Extract date: 02/09/2026

| Entry | Recorder time | Cam | What the recording shows |
|---|---|---|---|
| 1 | 03:02:11 | LOT-3 | Night porter checks the loading bay door and locks it |
| 2 | 03:40:27 | LOT-3 | Van with no plates stops beside the bay |
| 3 | 03:41:55 | LOT-3 | Bay door forced with a pry bar |
| 4 | 03:58:09 | LOT-1 | Van leaves by the east exit ramp |
| 5 | 04:20:41 | LOT-3 | Porter finds the bay door open and rings the duty manager |

The duty manager, Odile Brenner, reached the site at 04:52 by her own account.
- The pry bar that forced the bay door was found in a skip at 06:15 by the morning cleaner.
- A van matching the one that left was seen on the ring road at 04:05 by a taxi driver.
"""

SHERIFF_REPORT = """HARLAN COUNTY SHERIFF'S OFFICE - INCIDENT REPORT
CASE NO: HC-26-5521     REPORT DATE: 10/04/2026     TIME: 2240 HRS
Claim Number: FRM-30917-D
LOCATION: 4410 OLD MILL RD (MCALLISTER ORCHARD PACKING SHED)
NATURE: THEFT OF TOOLS AND A GENERATOR FROM A FARM OUTBUILDING
REPORTING DEPUTY: J. OKONJO   BADGE 3317   UNIT 14   DISPATCHED 2251 ON SCENE 2304
OWNER MET DEPUTY AT GATE. PADLOCK CUT, GENERATOR AND TWO CHAINSAWS MISSING.
DEPUTY CLEARED 2352 HRS. NO SUSPECTS.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("timelines"), [
        ("quayside-recorder-extract.md", RECORDER_LOG),
        ("harlan-sheriff-report.txt", SHERIFF_REPORT),
    ])
    yield engine
    engine.close()


# -- the readers ---------------------------------------------------------------------------------

def test_a_span_from_a_stamp_to_the_second_to_one_to_the_minute_is_said_both_ways() -> None:
    mixed = minutes_between("04:20:41", "04:52")
    assert mixed.text == "31 minutes (31 minutes 19 seconds reading 04:52 as 04:52:00)"
    assert mixed.seconds is None  # known to the second only on that reading
    assert minutes_between("04:20", "04:52:00").text == "32 minutes"  # nothing left over: said once
    assert minutes_between("03:41:55", "03:58:09").text == "16 minutes 14 seconds"


def test_bare_digits_are_times_only_where_the_report_writes_them_so() -> None:
    line = "REPORTING DEPUTY: J. OKONJO   BADGE 3317   UNIT 14   DISPATCHED 2251 ON SCENE 2304"
    assert writes_bare_clock(SHERIFF_REPORT) and not writes_bare_clock(RECORDER_LOG)
    assert [m.value for m in moments_in(line, bare=True)] == ["22:51", "23:04"]  # not the badge
    assert moments_in(line) == []  # a text that writes no "HRS" stamp: four digits are no time
    assert [m.value for m in moments_in("ON SCENE 0915-0940.", bare=True)] == ["09:15", "09:40"]
    assert [m.value for m in moments_in("ROOM 1118, PAID $1200 FOR 2 NIGHTS", bare=True)] == []


# -- on the engine -------------------------------------------------------------------------------

def test_a_row_stamp_is_read_by_what_its_row_says(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long between the bay door being forced and the van leaving, QP-88120-V")
    assert answer.route == "calculation"
    assert answer.text.startswith("16 minutes 14 seconds: from 03:41:55 [1] to 03:58:09 [2]"), answer.text
    assert "pry bar" in answer.citations[0].excerpt and "east exit" in answer.citations[1].excerpt


def test_a_time_given_to_the_minute_is_counted_both_ways(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long after the porter found the door open did the duty manager reach the "
                                 "site on QP-88120-V")
    assert answer.text.startswith("31 minutes (31 minutes 19 seconds reading 04:52 as 04:52:00): from 04:20:41"), \
        answer.text


def test_bare_report_times_make_a_duration(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "minutes from dispatch to on scene, FRM-30917-D")
    assert answer.route == "calculation"
    assert answer.text.startswith("13 minutes"), answer.text
    assert "DISPATCHED 2251 ON SCENE 2304" in answer.citations[0].excerpt


def test_time_between_and_how_many_mins_ask_a_duration() -> None:
    for asked in ("time between the porter's round and the van stopping", "van stops to van leaves, how many mins?",
                  "bay forced to porter's call - how many secs"):
        assert decide_route(asked).route == "calculation", asked
        assert calculation_asked(asked) == "days", asked
    assert two_phrases("time between the porter's round and the van stopping") == ("the porter's round",
                                                                                  "the van stopping")
    assert calculation_asked("difference between the ACV and the payoff") == "difference"  # money, not time


def test_time_between_two_rows_is_counted(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "time between the night porter locking the bay door and the van stopping, QP-88120-V")
    assert answer.text.startswith("38 minutes 16 seconds: from 03:02:11 [1] to 03:40:27 [2]"), answer.text
    answer = ask_checked(engine, "van stops beside the bay to van leaves by the exit ramp on QP-88120-V, how many mins?")
    assert answer.text.startswith("17 minutes 42 seconds: from 03:40:27 [1] to 03:58:09 [2]"), answer.text
