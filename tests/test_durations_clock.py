"""Durations asked in hours and minutes ("how long from the alarm to the guard's arrival") are
computed from the times of day the file states for each event: in a sentence, a log row or a form
field, with the date its line gives (or none: both on one day), each end the moment the fact
selector finds for its phrase, cited beside the calculation. On the real engine, over files
written here in styles unlike our samples (an alarm company's log, a hospital narrative, a water
leak report with a day-by-day timeline)."""

from __future__ import annotations

import pytest

from rag.experts.calculation.moments import anchor_of, moments_in
from rag.experts.calculation.question import CLOCK_ASKED, SPAN_ONE, calculation_asked, two_phrases
from rag.tools import minutes_between
from tests.docfactory import ask_checked, engine_with_files, pdf_bytes

ALARM_LOG = """Northgate Monitoring Services - Burglary Alarm Incident Log
Subscriber account: NMS-20417
Claim Number: BRG-7730-K
Insured: Halvorsen Optical Supply
Premises: 88 Quarry Lane, Unit 4

Incident date: 10/03/2025
10/03/2025 01:12 | Rear door contact opened (zone 2) | Panel event
10/03/2025 01:13 | Motion detected in stockroom (zone 5) | Panel event
10/03/2025 01:15 | Operator called keyholder, no answer | Operator note
10/03/2025 01:31 | Patrol guard arrived on site, rear door forced | Guard report
10/03/2025 02:04 | Police cleared the building | Guard report
10/03/2025 06:45 | Glazier boarded the rear door | Vendor ticket
"""

HOSPITAL = """ST. ODILE REGIONAL HOSPITAL - DISCHARGE NARRATIVE
Claim Number: AH-55302-M
Patient: Marguerite Okonjo

The patient was brought in by ambulance on 02/14/2026 after a fall at home. Triage was completed at
7:05 p.m. and she was taken to theatre at 10:40 p.m. for a hip pinning. Surgery ended at 12:25 a.m.
on 02/15/2026. She was moved to the orthopaedic ward the same morning and discharged to a
rehabilitation unit on 02/19/2026.
"""

LEAK = [[
    "# Escape of Water - Loss Adjuster's Timeline",
    "Claim Number: WL-90211-H",
    "Insured: Ridgeback Terrace Management Ltd",
    "Thursday, 6 March 2026",
    "21:40 Tenant in flat 3 reports water through the kitchen ceiling.",
    "22:15 Plumber on site; stopcock for the building closed.",
    "Friday, 7 March 2026",
    "08:30 Drying contractor starts extraction in flats 1 and 3.",
    "16:50 Extraction finished; dehumidifiers left running.",
]]

SURVEY = """Marine cargo survey - file summary
Claim Number: MC-31877-Q
Insured: Tallis & Brandt Importers
Date of loss: 01/09/2026
Reported: 01/12/2026

The vessel docked at Port Alvarado on January 14, 2026 and the containers were opened for survey on January 20, 2026.
Salvage bids were invited after the survey. Castellanos boarded the vessel again on January 27, 2026.
Storage of the damaged cartons: 01/20/2026 - 02/10/2026 (moved to the salvage buyer's yard 02/13/2026).

SURVEY REPORT
Report date: February 2, 2026
Surveyor: Imre Castellanos, master mariner
"""

LETTER = """Dear claims team,

Claim Number: HH-40771-B
Policyholder: Rosalind and Piet Vandermeer

Our holiday on the coast ran from August 4 to August 18, 2025. On August 9 a neighbour phoned to say
water was coming under our front door. We drove back the same night and found the upstairs bathroom
supply pipe had split.

Yours, Rosalind Vandermeer
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("durations")
    return engine_with_files(root, [("alarm_log.txt", ALARM_LOG), ("discharge.txt", HOSPITAL),
                                    ("leak_timeline.pdf", pdf_bytes(LEAK)), ("survey_summary.txt", SURVEY),
                                    ("letter.txt", LETTER)])


def test_minutes_between_two_log_rows(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long from the rear door opening to the patrol guard arriving on BRG-7730-K?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("19 minutes"), answer.text
    excerpts = [c.excerpt for c in answer.citations]
    assert any("Rear door contact opened" in e for e in excerpts), excerpts
    assert any("Patrol guard arrived" in e for e in excerpts), excerpts
    assert any(c.document == "calculation" and "= 19 minutes" in c.excerpt for c in answer.citations)


def test_hours_asked_are_answered_in_hours_and_minutes(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many hours between the police clearing the building and the glazier "
                                 "boarding the door, BRG-7730-K")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("4 hours 41 minutes (281 minutes)"), answer.text


def test_times_in_sentences_across_midnight(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long from triage to the end of surgery for AH-55302-M")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("5 hours 20 minutes"), answer.text
    assert "Triage was completed" in " ".join(c.excerpt for c in answer.citations)


def test_a_timeline_row_takes_the_day_of_its_header(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many hours from the tenant's report of water to the end of extraction on "
                                 "WL-90211-H")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("19 hours 10 minutes"), answer.text


def test_days_asked_stay_in_days(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days from the fall to the discharge to rehab on AH-55302-M")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("5 days"), answer.text


def test_two_events_of_one_sentence_each_take_the_date_of_its_own_clause(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days between the ship docking and the containers being opened, MC-31877-Q")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("6 days"), answer.text


def test_someones_report_is_not_the_claims_report_date(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days from the loss to the surveyor's report on MC-31877-Q")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("24 days"), answer.text
    assert "Report date: February 2, 2026" in [c.excerpt for c in answer.citations]


def test_a_document_named_as_a_thing_is_dated_by_its_date_line(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days from the loss to castellanos's report, MC-31877-Q")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("24 days"), answer.text


def test_a_date_told_beside_a_range_is_not_the_range_end(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days from the loss until the cartons were moved to the salvage yard "
                                 "on MC-31877-Q")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("35 days"), answer.text


def test_a_day_told_as_the_same_night_of_a_date_without_its_year(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how many days into the holiday did they drive back, HH-40771-B")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("5 days"), answer.text


def test_moments_read_from_text() -> None:
    said = moments_in("ALARM AT 11:14 ON 05/16. CREW ARRIVED 13:02; UNIT RUNNING 18:30.", date_of(2026, 5, 1))
    assert [m.value for m in said] == ["2026-05-16 11:14", "2026-05-16 13:02", "2026-05-16 18:30"]
    assert "CREW ARRIVED" in said[1].clause
    stamped = moments_in("2026-04-19 03:12 | Pumps stopped | SCADA log")
    assert stamped[0].value == "2026-04-19 03:12" and "Pumps stopped" in stamped[0].clause
    ranged = moments_in("Rental: 03/02/2026 - 03/20/2026 (car returned to the insured 03/21/2026)")
    assert [m.clause for m in ranged][:2] == ["Rental:", "Rental:"] and "returned" in ranged[2].clause
    alone = moments_in("The guard left at 6:40 p.m.")
    assert alone[0].value == "18:40"
    text = "Log\nMonday, 2 June 2025\n09:10 Valve shut\n"
    anchor, header = anchor_of(text, "09:10 Valve shut")
    assert moments_in("09:10 Valve shut", anchor, header=header)[0].value == "2025-06-02 09:10"


def test_the_tool_counts_minutes_and_nights() -> None:
    assert minutes_between("2026-05-15 18:20", "2026-05-16 11:14").text == "16 hours 54 minutes (1,014 minutes)"
    assert minutes_between("23:50", "00:35").text == "45 minutes"
    assert minutes_between("09:00", "10:00").text == "1 hour"


def test_questions_parsed_into_two_events_or_one_span() -> None:
    assert two_phrases("how long was the pump down - alarm til the fitter restarted it") == (
        "alarm", "the fitter restarted it")
    assert two_phrases("how many days into the cruise did he fall ill") == ("the cruise", "he fall ill")
    assert calculation_asked("minutes from the 999 call to the crew arriving") == "days"
    assert CLOCK_ASKED.search("how many minutes from the call to arrival")
    m = SPAN_ONE.search("how long did the arbitration hearing run")
    assert m is not None and m.group("x") == "the arbitration hearing"


def date_of(year: int, month: int, day: int):  # type: ignore[no-untyped-def]
    from datetime import date

    return date(year, month, day)

