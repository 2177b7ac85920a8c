"""A duration's two ends are read in order: when the line the fact selector ranks first for the end
event times the start event instead (a form's "Time of incident" ranked first for "the report
completed"), the end's next line is taken, so the answer is the span from the start to the end,
not a count of days from dates. On the real engine, over a warehouse incident form written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

INCIDENT_FORM = """Harrowgate Logistics - Warehouse Incident Report
Claim Number: WH-61408-D
Insured: Harrowgate Logistics LLC

Field | Entry
Site | Cold store 2, Pellam Road
Date of incident | Tuesday, March 3, 2026
Time of incident (approx.) | 2:10 PM
Exact location | Dock 4, racking bay C
This report completed | March 3, 2026 at 3:45 PM
Completed by | Shona Varga, shift supervisor
Reported to insurer | 03/09/2026 by the operations manager

Camera notes (dock 4 camera)
14:09:51 | Forklift reverses into the racking upright; two pallets fall.
14:12:30 | Shift supervisor arrives and cordons off bay C.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("duration_ends"), [("incident_form.txt", INCIDENT_FORM)])


def test_an_end_whose_best_line_times_the_start_takes_its_next_line(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long from the pallets falling to the incident form being finished, WH-61408-D")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("1 hour 35 minutes"), answer.text
    assert any("report completed" in c.excerpt for c in answer.citations), answer.citations
