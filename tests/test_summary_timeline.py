"""A request for a timeline ("walk me through the gate camera log", "pull the reserve history",
"chronology of the file") gets the dated or timed lines in time order, one short cited line each,
within the summary's 1500 characters; a question after one fact of a timeline ("what time did the
forklift tip over per the camera log") is still a precise fact. On the real engine over files
written here: a warehouse's camera log that names no claim (only the yard's event number, as its
incident report does), a marine surveyor's diary, and an e-mail thread written newest first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag.answer import Answer
from rag.engine import Engine
from rag.router import asks_for_timeline, decide_route
from tests.docfactory import eml_bytes, engine_with_files

EVENT_REPORT = """NORTHQUAY LOGISTICS - YARD EVENT REPORT

Carrier claim number: WH-6620-KR
Yard event number: YE-2026-0415
Insured: Northquay Logistics Ltd
Site: Berth 7 cold store, Northquay
Date of event: 04/15/2026
Description: A reach truck tipped over while lifting a pallet of frozen fish onto the top rack.
The operator, Ilse Vantongeren, climbed out with a bruised knee. Racking bay 12 was bent.
Adjuster: Corwin Ashdown
"""

CAMERA_LOG = """# Gate camera review - event YE-2026-0415

**Site:** Berth 7 cold store, 04/15/2026
**Reviewer:** Odile Fennimore, site security

| Entry | Clock | Camera | Seen on the footage |
|---|---|---|---|
| 1 | 05:58:10 | CAM-3 | Reach truck leaves the charging bay with forks lowered. |
| 2 | 06:02:44 | CAM-3 | Operator lifts a fish pallet toward the top rack of bay 12. |
| 3 | 06:03:19 | CAM-3 | Mast sways; the truck tips over to its left side. |
| 4 | 06:04:02 | CAM-5 | Shift lead runs over and helps the operator climb out. |
| 5 | 06:21:37 | CAM-5 | Bay 12 taped off with a barrier and a warning cone. |
"""

DIARY = """MARINE CARGO SURVEY - SURVEYOR'S DIARY
Claim: MC-3318-FJ    Vessel: MV Hallgrimur    Surveyor: Petra Lindqvist-Obi
Date of loss: 02/26/2026
Vessel built: 04/11/2009 at the Sandvik yard, last drydocked 2024.

03/02/2026  Attended the quay on instruction from the carrier.
 Six reefer containers showed temperature alarms during the voyage.
 RESERVE: opened at $85,000 on survey instruction.

03/05/2026  Downloaded the reefer logs from all six units.
 Unit 4 ran at -8 C for 31 hours against a set point of -25 C.

03/11/2026  Meeting with the consignee's surveyor at the cold store.
 RESERVE: raised to $142,000 after the consignee's claim arrived.

03/19/2026  Salvage buyer found for the thawed cargo of unit 4.
 RESERVE: reduced to $118,500 with salvage credit expected.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("timeline")
    newest_first = eml_bytes(subject="MC-3318-FJ salvage sale", body=(
        "Claim MC-3318-FJ: the salvage sale of unit 4's cargo closed on 03/27/2026 for $21,400.00.\n\n"
        "> On 03/20/2026 the buyer's deposit of $5,000.00 was received.\n"
        "> Petra Lindqvist-Obi"), date="Fri, 27 Mar 2026 16:40:00 +0000")
    return engine_with_files(root, [
        ("yard-event-report-YE-2026-0415.txt", EVENT_REPORT),
        ("gate_camera_review_bay12.md", CAMERA_LOG),
        ("surveyor-diary-hallgrimur.txt", DIARY),
        ("salvage-sale.eml", newest_first),
    ])


def times_in(text: str) -> list[str]:
    return re.findall(r"\b\d{2}:\d{2}:\d{2}\b", text)


def dates_in(text: str) -> list[str]:
    return re.findall(r"\b\d{2}/\d{2}/\d{4}\b", text)


def test_a_camera_log_that_names_no_claim_is_walked_through_in_time_order(engine: Engine) -> None:
    answer: Answer = engine.ask("take me through the gate camera log on WH-6620-KR step by step")
    assert answer.route == "summary" and len(answer.text) <= 1500, answer.text
    assert {c.document for c in answer.citations} == {"gate_camera_review_bay12.md"}, answer.text
    shown = times_in(answer.text)
    assert shown[:5] == ["05:58:10", "06:02:44", "06:03:19", "06:04:02", "06:21:37"], answer.text
    tipped = next(line for line in answer.text.splitlines() if "06:03:19" in line)
    assert "tips over" in tipped and re.search(r"\[\d+\]$", tipped), answer.text
    assert "Parties:" not in answer.text  # the log's events, not the claim's card


def test_a_topic_history_keeps_that_topics_entries_in_date_order(engine: Engine) -> None:
    answer = engine.ask("what's the reserve history on MC-3318-FJ?")
    assert answer.route == "summary" and len(answer.text) <= 1500, answer.text
    lines = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert ["$85,000" in lines[0], "$142,000" in lines[1], "$118,500" in lines[2]] == [True] * 3, answer.text
    assert dates_in(lines[0])[0] == "03/02/2026" and dates_in(lines[2])[0] == "03/19/2026", answer.text
    assert "reefer logs" not in answer.text  # a diary entry about something else is no reserve change
    assert all(re.search(r"\[\d+\]$", line) for line in lines)
    for line in lines:  # the date a line leads with is written in a line it cites (the diary entry's head)
        cited = " ".join(answer.citations[int(n) - 1].excerpt for n in re.findall(r"\[(\d+)\]", line))
        assert all(d in cited for d in dates_in(line)), (line, cited)


def test_a_chronology_of_the_whole_claim_orders_a_thread_written_newest_first(engine: Engine) -> None:
    answer = engine.ask("chronology of MC-3318-FJ please")
    assert answer.route == "summary" and len(answer.text) <= 1500, answer.text
    firsts = [dates_in(line)[0] for line in answer.text.splitlines() if line.startswith("- ") and dates_in(line)]
    stamps = [(d[6:], d[:2], d[3:5]) for d in firsts]
    assert stamps == sorted(stamps), answer.text
    assert "03/20/2026" in answer.text and "03/27/2026" in answer.text, answer.text
    assert "04/11/2009" not in answer.text  # a date long before the loss is no event of the claim
    assert answer.text.index("03/20/2026") < answer.text.index("03/27/2026")


def test_one_fact_of_a_timeline_is_still_a_precise_fact(engine: Engine) -> None:
    assert not asks_for_timeline("what time did the reach truck tip over per the gate camera log?")
    assert not asks_for_timeline("does the claimant have any medical history of knee trouble?")
    assert decide_route("give me a timeline of the Hallgrimur claim").route == "summary"
    answer = engine.ask("what time did the mast sway per the gate camera log?")
    assert answer.route != "summary" and "in time order" not in answer.text, answer.text


def test_a_claim_called_by_its_event_names_no_topic() -> None:
    from rag.experts.summary import claim_description_terms
    from rag.experts.text import content_terms

    for question, event in (("what happened on the Harrowgate wire fraud? quick version", "Harrowgate wire fraud"),
                            ("summarize the Pellworth payroll embezzlement", "Pellworth payroll embezzlement"),
                            ("recap the Ostend slip and fall", "Ostend slip and fall")):
        assert set(content_terms(event)) <= claim_description_terms(question), question


def test_a_claim_named_by_a_name_in_its_files_gets_its_card_not_a_topic(engine: Engine) -> None:
    answer = engine.ask("quick summary of the hallgrimur reefer survey")
    assert answer.route == "summary" and answer.text.startswith("MC-3318-FJ"), answer.text
    assert "Asked:" not in answer.text and "in time order" not in answer.text, answer.text


def test_a_document_asked_for_beside_a_name_is_still_that_documents_digest(engine: Engine) -> None:
    answer = engine.ask("quick rundown of the Hallgrimur surveyor diary")
    assert answer.route == "summary" and answer.text.startswith("surveyor-diary-hallgrimur.txt"), answer.text
