"""The word rules the calculation expert keeps after issue 9's prune, each on a file written here in
a style unlike our samples (an equipment-breakdown log, a marine surveyor's letter), asked the way
an adjuster would: the rule is there for a class of documents, not for one file's wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docfactory import ask_checked, engine_with_files

CRANE_LOG = """Equipment breakdown file EQ-7731-TX
Insured: Redfield Crane & Rigging
Date of Loss: 06/03/2025

Activity
06/03/2025 - Boom hydraulic line failed during a lift at the Pier 9 site; load lowered without injury.
06/05/2025 - Unit inspected at the Redfield yard by the field engineer.
06/27/2025 - Repairs finished and the crane returned to the insured's fleet.
07/02/2025 - Operator released to resume lifts by the safety officer.
"""

SURVEY_LETTER = """August 29, 2025

Harbormaster Marine Underwriters
Re: M/V Tessaly Rowe, hull claim HM-2025-0088

Dear Sirs,

We attended the vessel at the Calder Point slipway following the grounding of July 14, 2025 and
found the port propeller and shaft bracket damaged. Our costs of repair are agreed with the yard.

Yours faithfully,
Halden Marine Surveyors
"""

HULL_FILE = """Hull claim HM-2025-0088
Vessel: M/V Tessaly Rowe
Date of Loss: 07/14/2025
Grounding reported to underwriters on 07/16/2025.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root: Path = tmp_path_factory.mktemp("kept")
    return engine_with_files(root, [("eq7731_activity.txt", CRANE_LOG),
                                    ("halden_survey_letter_hm-2025-0088.txt", SURVEY_LETTER),
                                    ("hm-2025-0088_claim.txt", HULL_FILE)])


def test_an_event_asked_in_chat_words_is_the_one_the_log_writes_otherwise(engine) -> None:  # type: ignore[no-untyped-def]
    # "back" is how people say "returned"; the log never says "back"
    answer = ask_checked(engine, "how many days from the loss until the crane was back, EQ-7731-TX")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("24 days"), answer.text
    assert any("returned to the insured's fleet" in c.excerpt for c in answer.citations)


def test_a_letter_is_dated_by_the_date_alone_at_its_top(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "days from the loss to the surveyor's letter on HM-2025-0088")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("46 days"), answer.text
    assert any(c.excerpt.strip() == "August 29, 2025" for c in answer.citations), answer.citations


@pytest.mark.parametrize("question", [
    "how many business days from the loss to the inspection on EQ-7731-TX",
    "how soon must the carrier acknowledge the claim on EQ-7731-TX",
])
def test_business_days_and_rules_are_not_computed(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, question)
    assert answer.route != "calculation", answer.text
    assert " days:" not in answer.text, answer.text
