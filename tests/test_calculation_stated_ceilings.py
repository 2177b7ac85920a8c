"""A limit check whose ceiling the question states by its name ("how far over the $10,000
investigation sublimit are the accountant's fees"): the stated figure is the ceiling, the figure
checked is the file's; a phrase counting several figures ("the two demands together") is checked as
their sum, each found, never as one of them. On the real engine, over files written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, engine_with_files

ACCOUNTANT_LETTER = """Brackwater Forensic Accountants - Engagement Letter Update
Claim Number: FC-88120-T
Insured: Millbrook Grain Cooperative

We were engaged on 03/03/2025 under the policy's claim-preparation expense provision. Our fees to date
are $18,750.00 (invoice BFA-0188-02). The cooperative's proven shortfall stands at $61,903.10.
"""

DEMANDS = """# Liability claim log - Quarry Street Bistro
Claim Number: GL-30418-B
Insured: Quarry Street Bistro LLC

## Demands

- Pellow & Hart LLP (attorney Dana Pellow) for Ames and Birch: letter dated 04/28/2025, combined demand $96,000.00,
  time-limited 30 days.
- Ostrander PC (attorney Lydia Ostrander) for Crane: demand dated 05/02/2025 of $42,500.00.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("stated_ceilings"), [("engagement_update.txt", ACCOUNTANT_LETTER),
                                                                                ("claim_log.md", DEMANDS)])


def test_a_ceiling_the_question_states_by_name_checks_the_files_figure(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how far over the $10,000 investigation sublimit are the forensic accountant's fees "
                                 "on FC-88120-T")
    assert answer.route == "calculation", answer.text
    assert "over by $8,750.00" in answer.text, answer.text
    assert any("$18,750.00" in c.excerpt for c in answer.citations), answer.citations



def test_a_ceiling_named_before_the_figure_checked(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "are the forensic accountant's fees under the $20,000 investigation sublimit "
                                 "on FC-88120-T?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("Yes, within"), answer.text
    assert "$1,250.00 left" in answer.text, answer.text


def test_several_figures_are_each_found_and_added(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "are the two attorney demands together within the $1,000,000 per occurrence limit "
                                 "on GL-30418-B")
    assert answer.text.startswith("Yes, within: $138,500.00 ("), answer.text
    assert "$42,500.00" in answer.text and "$96,000.00" in answer.text, answer.text


def test_several_figures_are_never_checked_as_one_of_them(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "are the three attorney demands together within the $1,000,000 per occurrence "
                                 "limit on GL-30418-B")
    assert not answer.text.startswith(("Yes, within: $42,500.00", "Yes, within: $96,000.00")), answer.text
