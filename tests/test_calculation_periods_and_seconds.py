"""Two kinds of time arithmetic, on the real engine over files written here (a security company's
camera log stamped to the second, a water authority's notice letter, a contractor's quote, a flood
claim's email), in styles unlike our samples:

- a duration between two log rows stamped to the second is counted and said to the second ("2 minutes
  31 seconds"), and a duration asked by its two ends alone ("gate alarm to guard on site, how long",
  "time from A to B") is read as one;
- the date a period runs out ("when does the 45 days run out", "when does the quote expire") is its
  start plus its length: the length from the question or from the line that states it, the start from
  what that line says it runs from (its own document's date for "of this notice", the moment for a
  period in hours), computed by the ``date_after`` tool and cited as its own source."""

from __future__ import annotations

import pytest

from rag.experts.calculation.question import calculation_asked, period_anchor, period_in, two_phrases
from rag.router import asks_span, decide_route
from rag.tools import date_after, minutes_between
from tests.docfactory import ask_checked, engine_with_files, pdf_bytes

CAMERA_LOG = """Brightwater Security Patrol - Camera Event Log
Claim Number: CRG-60418-T
Insured: Pellham Cold Storage Co.
Site: Dock 2, 410 Ferrous Way
Log date: 11/22/2025

| Stamp | Camera | Event |
|---|---|---|
| 02:14:07 | DOCK-2 | Perimeter gate alarm triggers at the north fence |
| 02:15:49 | DOCK-2 | Two figures cut the padlock on roller door B |
| 02:18:20 | YARD-1 | Box truck reverses to roller door B |
| 02:31:02 | DOCK-2 | Patrol guard on site, truck pulls away |
| 02:47:55 | YARD-1 | Police unit arrives at the main gate |
"""

NOTICE = [[
    "COUNTY WATER AUTHORITY - NOTICE OF CLAIM DETERMINATION",
    "Claim Number: WTR-2291-E",
    "Claimant: Ines Valderrama",
    "Date: July 21, 2026",
    "Your claim for the flooded basement at 17 Marsh Hollow Road is denied under section 4.2.",
    "You may appeal in writing within forty-five (45) days of the date of this notice.",
    "Appeals received after that are not considered.",
]]

QUOTE = [[
    "HOLLOWAY ROOFING & GUTTERS - REPAIR QUOTE",
    "Claim Number: RF-77304-S",
    "Customer: Benedikt Sorensen",
    "Quote issued: 03/02/2026",
    "Tear off and replace 14 squares of architectural shingle, new drip edge: $11,480.00",
    "This quote is valid for 60 days from the date issued; prices may change after that.",
]]

STORAGE = """From: Moira Castellane <mcastellane@delphi-mutual.example>
Subject: Claim SF-40862-W - flood loss at Ashgrove Storage
Claim Number: SF-40862-W
Insured: Ashgrove Self Storage LLC

The site manager found water in units 11 to 19 on 09/14/2026 at 5:30 AM when she opened the office.
Business income cover under the policy starts after a 48-hour waiting period from the time the damage
is found. Drying crews were on site by 09/14/2026 at 9:10 AM.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("periods"), [
        ("camera-log-CRG-60418-T.md", CAMERA_LOG),
        ("water-authority-notice.pdf", pdf_bytes(NOTICE)),
        ("roofing-quote.pdf", pdf_bytes(QUOTE)),
        ("storage-flood-email.txt", STORAGE),
    ])
    yield engine
    engine.close()


# -- the tools --------------------------------------------------------------------------------

def test_a_span_between_stamps_to_the_second_is_said_to_the_second() -> None:
    assert minutes_between("02:14:07", "02:31:02").text == "16 minutes 55 seconds"
    assert minutes_between("02:14:07", "02:14:53").text == "46 seconds"
    assert minutes_between("2026-03-06 21:05:10", "2026-03-06 23:29:20").text == "2 hours 24 minutes 10 seconds"
    assert minutes_between("11:59:30 p.m.", "00:00:16").seconds == 46  # past midnight, no date given
    assert minutes_between("6:40 p.m.", "7:31 PM").text == "51 minutes"  # to the minute as before
    # one end to the second, the other to the minute: to the minute, and to the second on the reading named
    mixed = minutes_between("16:42:19", "4:55 p.m.")
    assert (mixed.text, mixed.seconds) == ("13 minutes (12 minutes 41 seconds reading 16:55 as 16:55:00)", None)


def test_date_after_counts_calendar_days_or_hours_from_a_moment() -> None:
    assert date_after("2026-07-21", days=45).text == "September 4, 2026"
    in_hours = date_after("2026-09-14 5:30 AM", hours=48)
    assert in_hours.end == "2026-09-16 05:30" and in_hours.text == "September 16, 2026 at 05:30"
    assert in_hours.working == "September 14, 2026 at 05:30 + 48 hours = September 16, 2026 at 05:30"
    with pytest.raises(ValueError, match="greater than nought"):
        date_after("2026-07-21")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        date_after("teatime", days=3)


# -- reading the question ------------------------------------------------------------------------

def test_a_duration_asked_by_its_two_ends_alone_is_routed_and_split() -> None:
    assert asks_span("gate alarm to guard on site, how long") == ("gate alarm", "guard on site")
    assert asks_span("time from the gate alarm to the police arriving") == ("the gate alarm", "the police arriving")
    assert asks_span("alarm to arrival time for the police unit") == ("alarm the police unit",
                                                                        "arrival the police unit")
    assert two_phrases("padlock cut to truck leaving - total time?") == ("padlock cut", "truck leaving")
    assert decide_route("gate alarm to guard on site, how long").route == "calculation"
    assert asks_span("claimant to insured relationship") is None  # no duration asked
    assert asks_span("how much was paid to the roofer, how long ago") is None


def test_a_period_and_what_it_runs_from_are_read_from_its_line() -> None:
    assert calculation_asked("when does the 45 days on the appeal run out") == "deadline"
    assert calculation_asked("when does the roofing quote expire") == "deadline"
    assert decide_route("when does the roofing quote expire").route == "calculation"
    line = "You may appeal in writing within forty-five (45) days of the date of this notice."
    assert period_in(line) == (45, 0, "forty-five (45) days")
    assert period_anchor(line, "forty-five (45) days") == "this notice"
    assert period_in("a 48-hour waiting period") == (0, 48, "48-hour")
    assert period_in("within 10 business days") is None  # the tools count calendar days


# -- on the engine -------------------------------------------------------------------------------

def test_a_camera_log_duration_is_counted_to_the_second(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "gate alarm to patrol guard on site for CRG-60418-T, how long?")
    assert answer.route == "calculation"
    assert answer.text.startswith("16 minutes 55 seconds: from 02:14:07 [1] to 02:31:02 [2]"), answer.text
    assert "Perimeter gate alarm" in answer.citations[0].excerpt
    assert answer.citations[-1].excerpt == "minutes_between: 02:14:07 to 02:31:02 = 16 minutes 55 seconds"


def test_time_from_one_log_row_to_another(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "time from the padlock being cut to the police unit arriving on CRG-60418-T")
    assert answer.text.startswith("32 minutes 6 seconds: from 02:15:49 [1] to 02:47:55 [2]"), answer.text


def test_a_period_of_days_runs_from_its_own_letters_date(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "what date does the appeal window on WTR-2291-E run out")
    assert answer.route == "calculation"
    assert answer.text.startswith("September 4, 2026: 45 days [1] from July 21, 2026 [2]"), answer.text
    assert "forty-five (45) days of the date of this notice" in answer.citations[0].excerpt
    assert "July 21, 2026" in answer.citations[1].excerpt
    assert answer.citations[2].excerpt == "date_after: July 21, 2026 + 45 days = September 4, 2026"


def test_a_quote_expires_its_stated_days_after_the_date_it_was_issued(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "when does the Holloway roofing quote on RF-77304-S expire?")
    assert answer.text.startswith("May 1, 2026: 60 days [1] from March 2, 2026 [2]"), answer.text
    assert "Quote issued: 03/02/2026" in answer.citations[1].excerpt


def test_a_period_in_hours_runs_from_the_moment_the_files_give(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "when does the 48 hr waiting period end on SF-40862-W")
    assert answer.text.startswith("September 16, 2026 at 05:30: 48 hours [1] from 05:30 on September 14, 2026 [2]"), \
        answer.text
    assert "5:30 AM" in answer.citations[1].excerpt


def test_a_period_whose_start_the_files_do_not_give_is_not_computed(engine) -> None:  # type: ignore[no-untyped-def]
    answer = engine.ask("when does the 90 day salvage hold on RF-77304-S run out")
    assert "2026" not in answer.text or answer.route != "calculation", answer.text


def test_an_end_earlier_in_the_day_than_its_start_is_no_day_long_span(engine) -> None:  # type: ignore[no-untyped-def]
    # the police arrived after the alarm: asked the wrong way round, the two stamps are no 23-hour span
    answer = engine.ask("time from the police unit arriving to the perimeter gate alarm on CRG-60418-T")
    assert "23 hours" not in answer.text and "hours" not in answer.text, answer.text


def test_how_fast_after_and_days_until_after_are_durations() -> None:
    assert two_phrases("how many days until the roof was dried in after the storm") == ("the storm",
                                                                                       "the roof was dried in")
    assert calculation_asked("how quickly did the patrol guard arrive after the gate alarm") == "days"
    assert decide_route("how quickly did the patrol guard arrive after the gate alarm").route == "calculation"
    assert decide_route("how fast was the truck going").route != "calculation"  # a speed, not a duration


def test_how_quickly_one_log_row_followed_another(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how quickly did the patrol guard get on site after the gate alarm on CRG-60418-T")
    assert answer.text.startswith("16 minutes 55 seconds: from 02:14:07 [1] to 02:31:02 [2]"), answer.text
