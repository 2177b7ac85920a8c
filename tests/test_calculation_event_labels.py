"""A duration's end is the date a line *labels* with the event's words ("Date of appraisal | 02/27/2026",
"Employer notified: 01/19/2026"), not a date a sentence mentions near those words (the appraiser
"asked to inspect" on the day the file was assigned) nor the first date of the passage; a possessor says
whose event it is, not which ("the worker's injury", "Dr. Abara's report being received"). On the
real engine, over a workers' compensation file written here (a form and a narrative)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.dates import date_label, label_score
from rag.experts.calculation.question import phrase_words
from rag.experts.text import terms
from tests.docfactory import ask_checked, engine_with_files

WC_FILE = """WORKERS' COMPENSATION - FIRST REPORT AND CASE SUMMARY
Claim Number: WC-7731-TR
Employer: Fenwright Cold Storage LLC
Employee: Teodor Blaszczyk, forklift operator

Date of loss | 01/16/2026
Employer notified | 01/19/2026
Claim assigned to examiner | 01/21/2026
Date of appraisal | 02/27/2026 (appraisers at the yard 09:10 AM to 11:40 AM, umpire present)
IME report received | 03/10/2026
Proof of claim signed | 03/30/2026

Case narrative: the examiner took the file on January 21, 2026 and asked the carrier's appraiser to inspect the
damaged racking. Dr. Oyelaran Abara's office confirmed the IME booking for Mr. Blaszczyk on February 3, 2026.
The employee returned to modified duty on February 9, 2026.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("wc-labels")
    return engine_with_files(root, [("wc-7731-first-report.txt", WC_FILE)])


def test_a_date_is_labelled_by_the_words_just_before_it_in_its_cell() -> None:
    assert terms("appraisal") <= date_label("Date of appraisal | 02/27/2026 (09:10 AM)", "2026-02-27")
    assert date_label("the examiner took the file on January 21, 2026 and asked", "2026-01-21") == set()
    assert label_score("Employer notified | 01/19/2026", "2026-01-19", phrase_words("the employer being notified")) == 1
    # most of the label is another thing: a proof of claim is no date of the claim
    assert label_score("Proof of claim signed | 03/30/2026", "2026-03-30", phrase_words("the claim")) == 0


def test_the_event_is_the_date_its_label_names_not_a_sentence_mentioning_it(engine: Any) -> None:
    answer = ask_checked(engine, "how many days from the injury to the appraisal on WC-7731-TR")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("42 days"), answer.text
    assert any("Date of appraisal | 02/27/2026" in c.excerpt for c in answer.citations), answer.citations


def test_a_possessor_says_whose_event_not_which(engine: Any) -> None:
    answer = ask_checked(engine, "days between the employer being notified and Dr. Abara's report being received, "
                                 "WC-7731-TR")
    assert answer.text.startswith("50 days"), answer.text
    assert any("IME report received | 03/10/2026" in c.excerpt for c in answer.citations), answer.citations


def test_a_notice_of_loss_is_not_the_loss(engine: Any) -> None:
    answer = ask_checked(engine, "days between the first notice of loss and the claim being assigned to the examiner, "
                                 "WC-7731-TR")
    assert answer.text.startswith("2 days"), answer.text
    assert not any("Date of loss" in c.excerpt for c in answer.citations), answer.citations
