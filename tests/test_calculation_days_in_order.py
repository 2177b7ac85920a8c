""""Days between A and B" reads its two ends in order: when the best reading of the start dates
it after the end (a later hearing's line read for "the collision"), the start is read again among
the dates before the end, so the answer counts from the collision itself, not from the hearing.
And an end named by its order ("the first cardiology visit") is the line that names the whole
event, not one sharing only the ordinal and the head noun ("First rehab visit"). A "how long"
whose start's best time is dated after its end (a witness's call under the date of her
interview), or whose times pair in no order, is no count of days. On the real engine, over a
marina, a pet, a bakery and a cargo claim written here."""

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

PET_DIARY = """Harbourline Pet Insurance - Claim Diary
Claim Number: PET-55208-R
Policyholder: Marisol Andrade
Pet: Juniper, 6-year-old border collie

Date | Entry
01/05/2026 | Juniper struck by a car outside the home; owner drove her to the emergency clinic.
01/06/2026 | X-ray taken at Maple Animal Hospital: fractured left femur, pinned the same day.
01/09/2026 | Owner called to ask about rehab cover; told rehab is covered with a referral.
01/14/2026 | accompanied owner to cardio visit (Dr. Imogen Hale) - murmur found on pre-op exam, cleared.
01/20/2026 | Referral for rehab received from Dr. Hale.
02/02/2026 | First rehab visit sched 02/02/2026 (their first opening).
02/16/2026 | Rehab recheck: walking on the leg, no lameness.
"""

BAKERY_REPORT = """Corbin Mutual - Commercial Property First Report
Claim Number: CP-71120-B
Insured: Ostrander Family Bakery LLC
Date of loss: 03/02/2026
Reported to carrier: 03/04/2026

Timeline
03/02/2026 05:21 | Harlow Creek FD on scene; power cut at the main panel
03/02/2026 05:40 | Fire knocked down

Interviews
Night baker Tessa Quinlan, interviewed 03/06/2026: she heard the oven flash over, left the building and called 911 at 05:12.
"""

THEFT_NOTICE = """Brookfield Cargo Underwriters - Theft Notice
Claim Number: CG-88213-W
Insured: Ardent Freight Lines

| Field | Entry |
| Date of loss | 04/02/2026 (theft discovered 05:40) |
| Reported to us | 04/02/2026 at 07:15 |

Telematics download (trailer 5521)
| Date | Time | Event |
| 04/01/2026 | 23:12:10 | Ignition on, unit moving |
| 04/02/2026 | 05:40:00 | Driver finds the trailer gone from the lot |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("days_in_order"), [("marina_notes.txt", MARINA_NOTES),
                                                                                ("pet_diary.txt", PET_DIARY),
                                                                                ("bakery_report.txt", BAKERY_REPORT),
                                                                                ("theft_notice.txt", THEFT_NOTICE)])


def test_a_start_read_after_the_end_is_read_again_before_it(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "days between the boat collision and the insured reporting it, MR-40917-K")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("3 days"), answer.text


def test_an_end_named_by_its_order_is_the_line_naming_the_whole_event(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "days from the x-ray to the first cardiology visit on PET-55208-R")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("8 days"), answer.text
    assert any("cardio visit" in c.excerpt for c in answer.citations), answer.citations


def test_times_read_in_the_wrong_order_are_no_count_of_days(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long from the flash-over to FD arrival at the bakery")
    assert "day" not in answer.text, answer.text
    assert answer.route != "calculation" or answer.text.startswith("9 minutes"), answer.text


def test_times_that_pair_in_no_order_are_no_count_of_days(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long after the thieves started the rig did the driver find the trailer gone")
    assert "day" not in answer.text, answer.text
    assert answer.route != "calculation" or answer.text.startswith("6 hours 27 minutes"), answer.text
