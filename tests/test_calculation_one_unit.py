"""A calculation whose operands all stand in the one line the fact selector chose for the whole question:
a repair quote beside the agreed value it is checked against, a reserve with the figure it replaced, a
salvage award split into its parts. The calculation expert's search per operand phrase misses them when
the question's words are not the file's; the needle's line holds them, each named by its own clause.

Tested on the real engine over a marine survey written here (unlike our samples and the dev sets), and on
the reader itself, which must refuse what the line does not clearly hold."""

from __future__ import annotations

import pytest

from rag.answer import Citation
from rag.experts.calculation import computed_from_unit
from rag.experts.result import ExpertResult
from rag.router import decide_route
from tests.docfactory import ask_checked, engine_with_files

SURVEY = """Marine Hull Survey - M/Y Corvina Bay

Claim Number: MH-66120-Q
Insured: Tidewright Charters LLC
Surveyor: Ottilie Brandvold, AMS

The vessel grounded on a sandbar off Pelican Spit on 04/03/2026 and was refloated on the next tide.

Port shaft and strut: repair quote of $8,420.00 from Gannet Boatworks, agreed value $7,900.00 under the
hull schedule; the strut is treated as a constructive loss.

Loss-of-hire reserve $12,000.00 (opened 04/21/2026, previously $9,500.00 opened 04/06/2026).

Salvor's invoice: $4,100.00 towage / $1,350.00 pumping (settled 04/09/2026).

The owner's captain, Rasmus Ekdahl, logged the grounding at 05:40 and the refloat at 11:15.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("one-unit"), [("corvina-bay-survey.txt", SURVEY)])
    yield engine
    engine.close()


def test_a_figure_checked_against_the_one_beside_it_is_answered_yes_or_no(engine) -> None:  # type: ignore[no-untyped-def]
    question = "is the Gannet shaft quote within the strut's agreed value on MH-66120-Q?"
    assert decide_route(question).route == "calculation"
    answer = ask_checked(engine, question)
    assert answer.route == "calculation"
    assert answer.text == "No, over by $520.00: $8,420.00 against $7,900.00 [1] [2].", answer.text
    assert "repair quote of $8,420.00" in answer.citations[0].excerpt
    assert answer.citations[1].document == "calculation"
    assert answer.citations[1].excerpt == "check_limit: $8,420.00 / $7,900.00 = 106.6% of the limit (over by $520.00)"


def test_a_reserve_raised_is_read_from_the_line_that_dates_both_figures(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "by how much was the loss-of-hire reserve raised on MH-66120-Q")
    assert answer.route == "calculation"
    assert answer.text.startswith("$2,500.00: from $9,500.00 to $12,000.00 [1]"), answer.text
    assert "previously $9,500.00" in answer.citations[0].excerpt
    assert answer.citations[-1].excerpt == "difference: $12,000.00 - $9,500.00 = $2,500.00"


def test_the_items_of_a_sum_are_each_the_amount_their_own_clause_names(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "salvor's bill for MH-66120-Q in all (towage + pumping)")
    assert answer.route == "calculation"
    assert answer.text.startswith("$5,450.00 in total: $4,100.00 "), answer.text
    assert "$4,100.00 towage / $1,350.00 pumping" in answer.citations[0].excerpt
    assert answer.citations[-1].excerpt == "sum_amounts: $4,100.00 + $1,350.00 = $5,450.00"


def _found(text: str, excerpt: str | None = None) -> ExpertResult:
    """The needle's answer as the manager gets it: the unit, cited once."""
    return ExpertResult(f"{text} [1]", "needle", [Citation(n=1, document="f.txt", excerpt=excerpt or text)])


def test_a_history_is_read_at_the_month_the_question_names() -> None:
    line = "Rent reserve: 02/02/2026 $6,000.00; 03/10/2026 $4,750.00; closed 04/30/2026 at $4,610.00 paid"
    result = computed_from_unit("how much did the rent reserve come down in march", _found(line))
    assert result is not None and result.text.startswith("$1,250.00: from $6,000.00 to $4,750.00 [1] [2]")
    # no month named and three figures: which change is meant is not clear
    assert computed_from_unit("how much did the rent reserve come down", _found(line)) is None


def test_a_change_needs_a_history_not_two_figures_side_by_side() -> None:
    line = "Excess layer: $200,000.00 indemnity / $15,000.00 expense (set 01/05/2026)"
    assert computed_from_unit("how much did the indemnity reserve go up", _found(line)) is None


def test_an_item_no_clause_names_is_no_sum() -> None:
    line = "Invoice GB-118: hauling $2,200.00; cradle hire $640.00"
    assert computed_from_unit("total of the hauling plus the survey fee", _found(line)) is None
    result = computed_from_unit("total of the hauling plus the cradle hire", _found(line))
    assert result is not None and result.text.startswith("$2,840.00 in total: $2,200.00 + $640.00 [1] [2]")


def test_an_amount_the_excerpt_does_not_hold_is_never_an_operand() -> None:
    shown = "Quote: $3,300.00; Cap: $3,000.00"
    assert computed_from_unit("is the quote within the cap?", _found(shown, excerpt="| Quote | $3,300.00 |")) is None


def test_only_a_needle_answer_is_read() -> None:
    refused = ExpertResult("I couldn't find it.", "none", [])
    assert computed_from_unit("is the quote within the cap?", refused) is None


GARAGE = """Glasshouse Motors - repair authority
Claim Number: GM-20417-T
Insured: Philomena Achebe-Ward

Panel shop invoice PSI-3381: $9,615.40 in all, for the bonnet, both wings and the windscreen.
Of that, the windscreen replacement came to $1,180.00, billed through to the glass supplier.
Recovery truck from the motorway verge: $385.00, paid by the insured and claimed back.
Hire car reserve set 05/02/2026 at $3,600.00; cut 05/19/2026 to $2,250.00 when the courtesy car came back early.
"""


@pytest.fixture(scope="module")
def garage(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("without"), [("glasshouse-authority.txt", GARAGE)])
    yield engine
    engine.close()


def test_a_figure_less_one_of_its_parts_is_a_remainder(garage) -> None:  # type: ignore[no-untyped-def]
    question = "panel shop invoice on GM-20417-T without the windscreen"
    assert decide_route(question).route == "calculation"
    answer = ask_checked(garage, question)
    assert answer.route == "calculation"
    assert answer.text.startswith("$8,435.40 left: $9,615.40 [1] - $1,180.00 [2]"), answer.text
    assert answer.citations[-1].excerpt == "less: $9,615.40 - $1,180.00 = $8,435.40"


def test_without_is_a_remainder_only_after_an_amount() -> None:
    assert decide_route("who drove the car without the owner's consent on GM-20417-T").route != "calculation"
    assert decide_route("what was the invoice total excluding the recovery truck?").route == "calculation"


FESTIVAL = """# Riverside Lantern Festival - abandonment worksheet

Claim Number: EF-71180-L
Insured: Lanternfolk Events CIC

| Supplier | What was booked | Deposit paid | Returned by supplier | Still lost |
|---|---|---|---|---|
| Marlow Staging | stage and rigging | $18,000.00 | $4,500.00 | $13,500.00 |
| Quayside Sound | PA and lighting | $7,250.00 | $0.00 | $7,250.00 |
| Harbour Catering | food concessions | $5,400.00 | $2,700.00 | $2,700.00 |

The festival was called off on 06/14/2026 after the river authority closed the quay.
"""


GATE = """# Riverside Lantern Festival - gate count before the closure

Claim Number: EF-71180-L

| Gate | Wristbands issued | Staff passes | Total |
|---|---|---|---|
| North quay | 2,140 | 85 | 2,225 |
| Boathouse | 1,770 | 75 | 1,845 |
"""


@pytest.fixture(scope="module")
def festival(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = engine_with_files(tmp_path_factory.mktemp("columns"), [("lantern-worksheet.md", FESTIVAL),
                                                                     ("lantern-gate-count.md", GATE)])
    yield engine
    engine.close()


def test_the_column_a_total_names_is_summed_of_several_money_columns(festival) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(festival, "total still lost with the suppliers on EF-71180-L")
    assert answer.route == "calculation"
    assert answer.text.startswith("$23,450.00 in total: $13,500.00 [1] + $7,250.00 [2] + $2,700.00 [3]"), answer.text
    assert answer.citations[-1].excerpt == "sum_amounts: $13,500.00 + $7,250.00 + $2,700.00 = $23,450.00"
    answer = ask_checked(festival, "total of the deposits paid on EF-71180-L")
    assert answer.text.startswith("$30,650.00 in total: $18,000.00 [1]"), answer.text


def test_a_change_over_two_dated_sentences_of_one_line(garage) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(garage, "how much did the hire car reserve come down on GM-20417-T")
    assert answer.route == "calculation"
    assert answer.text.startswith("$1,350.00: from $3,600.00 to $2,250.00 [1]"), answer.text
    assert "cut 05/19/2026 to $2,250.00" in answer.citations[0].excerpt
    assert answer.citations[-1].excerpt == "difference: $3,600.00 - $2,250.00 = $1,350.00"


def test_counts_less_counts_are_never_dollars(festival) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(festival, "north quay total minus the boathouse total on EF-71180-L")
    assert "$" not in answer.text, answer.text


def test_one_figure_read_for_both_sides_of_a_difference_is_no_answer(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "difference between the strut's agreed value and the hull schedule value, MH-66120-Q")
    assert "$0.00" not in answer.text, answer.text


def test_a_count_asked_in_all_is_never_a_sum_of_dollars(festival) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(festival, "how many suppliers were booked in all on EF-71180-L")
    assert "in total" not in answer.text and answer.route != "calculation", answer.text


def test_a_check_within_its_limit_says_what_is_left(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "is $385,000 within a $500,000 sublimit?")
    assert answer.route == "calculation"
    assert answer.text.startswith("Yes, within the limit: $385,000.00 is 77.0% of the $500,000.00 limit, "
                                  "$115,000.00 left"), answer.text
    assert answer.citations[-1].excerpt == ("check_limit: $385,000.00 / $500,000.00 = 77.0% of the limit "
                                            "(within, $115,000.00 left)")


def test_two_figures_named_apart_give_a_difference_a_share_or_a_remainder() -> None:
    line = "Trailer: market value $46,300.00, finance company payoff $31,150.00 (letter of 03/04/2026)"
    result = computed_from_unit("what's the difference between the market value and the payoff", _found(line))
    assert result is not None and result.text.startswith("$15,150.00: $46,300.00 - $31,150.00 [1] [2]"), result
    assert result.citations[1].excerpt == "difference: $46,300.00 - $31,150.00 = $15,150.00"
    result = computed_from_unit("the payoff is what percentage of the market value", _found(line))
    assert result is not None and result.text.startswith("67.3%: $31,150.00 of $46,300.00 [1] [2]"), result
    result = computed_from_unit("what's left of the market value after the payoff", _found(line))
    assert result is not None and result.text.startswith("$15,150.00 left: $46,300.00 - $31,150.00 [1] [2]"), result
    # a phrase no clause names is no operand
    assert computed_from_unit("what's the difference between the salvage bid and the payoff", _found(line)) is None


def test_a_files_figure_against_a_ceiling_the_question_states(garage) -> None:  # type: ignore[no-untyped-def]
    question = "is the panel shop invoice on GM-20417-T under $10,000?"
    assert decide_route(question).route == "calculation"
    answer = ask_checked(garage, question)
    assert answer.text == "Yes, within: $9,615.40 [1] is 96.2% of $10,000.00, $384.60 left [2].", answer.text
    assert "PSI-3381: $9,615.40" in answer.citations[0].excerpt
    assert answer.citations[1].excerpt == "check_limit: $9,615.40 / $10,000.00 = 96.2% of the limit (within, $384.60 left)"
    added = ask_checked(garage, "would the panel shop invoice + the recovery truck on GM-20417-T stay within $9,900?")
    assert added.text.startswith("No, over by $100.40: $10,000.40 ($9,615.40 [1] + $385.00 [2])"), added.text


def test_a_check_asked_as_over_is_answered_yes_when_over(garage) -> None:  # type: ignore[no-untyped-def]
    over = ask_checked(garage, "does the panel shop invoice on GM-20417-T exceed $9,000?")
    assert over.text.startswith("Yes, over by $615.40: $9,615.40 [1]"), over.text
    under = ask_checked(garage, "was the recovery truck on GM-20417-T over $500?")
    assert under.text.startswith("No, within: $385.00 [1]"), under.text
    line = "Bid A $4,100.00; Bid B $3,950.00"
    result = computed_from_unit("does bid A exceed bid B?", _found(line))
    assert result is not None and result.text.startswith("Yes, over by $150.00: $4,100.00 against $3,950.00")
