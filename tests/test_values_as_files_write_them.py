"""Values written the way files written elsewhere write them: money without a dollar sign
(``12,400.00``, ``USD 12,400``, ``12.400 EUR``, ``1.2 million``), a log's time right after its date
(``05/07/2025 0412: ...``), a reference of letters and spaced digit groups known by a ``#`` label.
A unit holding such a value holds the kind of value asked for; before, it counted as one that
holds none, the model's heaviest weight against a unit.

End to end on a file worded unlike our samples (a greenhouse glazier's quote in a Markdown table,
in euros with European separators, and a site diary), and piece by piece.
"""

from __future__ import annotations

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.selection.values import amount_value, find_values, question_kind

GLAZING_MD = """# Glasshouse storm repair - contractor quotation

Prepared for the Vandermeer Orchid Nursery after the hail of 3 August.
Quotation reference: VGQ-2291. All prices in EUR, exclusive of VAT.

| Pos. | Work | Qty | Unit rate | Line total |
|---|---|---|---|---|
| 1 | Replace toughened roof panes, 4 mm | 86 | 37,50 | 3.225,00 |
| 2 | Reseal ridge vent gaskets | 14 | 22,00 | 308,00 |
| 3 | Scaffold tower hire, per week | 2 | 410,00 | 820,00 |

Quotation total: 4.353,00 EUR. The nursery's policy excess is EUR 750.
For comparison, the roof panes fitted in 2019 cost the nursery $41 each, with the ridge vents resealed free.

## Site diary
03/08/2025 1742: Hail front crossed the nursery; roof panes shattered over bays C and D.
04/08/2025 0815: Glazier on site, temporary polythene sheeting fitted.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = engine_with_files(tmp_path_factory.mktemp("unmarked"), (("glasshouse-quote.md", GLAZING_MD),))
    yield engine
    engine.close()


@pytest.mark.parametrize(("question", "value", "excerpt"), [
    ("what's the quotation total for the glasshouse repair", "4.353,00 EUR", "Quotation total"),
    ("unit rate for resealing the ridge vent gaskets", "22,00", "Reseal ridge vent gaskets"),
    ("what's the unit rate for the toughened roof panes", "37,50", "Replace toughened roof panes"),
    ("how much is the nursery's policy excess", "EUR 750", "policy excess"),
    ("what's the line total for scaffold tower hire", "820,00", "Scaffold tower hire"),
    ("at what time did the hail front cross the nursery", "1742", "Hail front crossed"),
])
def test_a_value_written_without_its_usual_mark_is_the_answer(engine: Engine, question: str, value: str,
                                                               excerpt: str) -> None:
    answer: Answer = ask_checked(engine, question)
    assert answer.found, answer.text
    assert value in answer.text, answer.text
    assert any(value in c.excerpt and excerpt in c.excerpt for c in answer.citations), answer.citations


@pytest.mark.parametrize(("text", "values"), [
    ("Cov A 385,000 / Cov C 192,500 / ALE 77,000", ["385,000", "192,500", "77,000"]),  # commas: thousands
    ("the survey fee (invoice 7731, 3,420.00) is billed apart", ["3,420.00"]),
    ("agreed hull value USD 1,850,000 and 12.400 EUR for the tender", ["USD 1,850,000", "12.400 EUR"]),
    ("reserve raised to $1.2 million, then another 2.5 million", ["$1.2 million", "2.5 million"]),
    ("Unit Price: 142.75; Total: 571.00", ["142.75", "571.00"]),
    ("billed at 85 cents a mile", ["85 cents"]),
])
def test_money_is_found_whatever_marks_it(text: str, values: list[str]) -> None:
    assert find_values("amount", text) == values


@pytest.mark.parametrize("text", [
    "Letters went to 1,412 individuals in three states.",  # a count: a plural noun follows
    "the yard is 1,200 sq ft and 4.25 mi from the depot",  # measures
    "Policy HO-2024-8892, claim CLM-2024-0847, call 555-123-4567, year 2025, on 12.05.2025",  # ids, dates
    "the meeting is at 10.30 a.m.",  # a time of day
])
def test_a_count_a_measure_or_a_reference_is_no_money(text: str) -> None:
    assert find_values("amount", text) == []


@pytest.mark.parametrize(("written", "value"), [
    ("12.400,50 EUR", 12400.5), ("USD 1,850,000", 1850000.0), ("$1.2 million", 1200000.0), ("3,420.00", 3420.0),
    ("85 cents", 0.85), ("37,50", 37.5), ("EUR 750", 750.0), ("$25k", 25000.0),
])
def test_an_amount_is_read_as_the_number_it_stands_for(written: str, value: float) -> None:
    assert amount_value(written) == pytest.approx(value)


def test_a_log_entry_s_time_after_its_date_is_a_time() -> None:
    assert find_values("time", "05/07/2025 0412: Vessel strikes a submerged object") == ["0412"]
    assert find_values("time", "2025-01-22 1031 spoke with the insured") == ["1031"]
    assert find_values("time", "inspected 03/05/2025 and paid 2,025.00") == []  # no time after the date


def test_a_reference_of_letters_and_digit_groups_is_read_by_its_label() -> None:
    assert "WC 7 41 908 223" in find_values("id", "Policy #: WC 7 41 908 223")


@pytest.mark.parametrize(("question", "kind"), [
    ("boatyard foreman name", "person"),  # a trailing "name" asks for a person
    ("site foreman's name?", "person"),
])
def test_a_question_ending_in_name_asks_for_a_person(question: str, kind: str) -> None:
    assert question_kind(question) == kind


@pytest.mark.parametrize(("question", "kind"), [
    ("the print shop's job # for the salvage labels", "id"),  # a job number is a reference, not an occupation
    ("job no. on the crane hire ticket", "id"),
    ("what was the crane driver's job", "role"),
])
def test_a_job_number_is_a_reference(question: str, kind: str) -> None:
    assert question_kind(question) == kind
