"""A quantity that is not money: "how much data did they take" asks "212 GB", not a dollar figure.

"How much" mostly asks money, and the selector read it as an amount: a line stating "820 gallons"
or "6.4 BTC" held no value of the kind asked and lost to a line with a dollar figure. A question
that asks how much of a thing ("how much fuel was recovered") or names a unit ("gallons pumped
out") asks a quantity: a number and its unit, or money, which is a quantity too. Real parsing,
retrieval and MiniLM through ``Engine.ask``; each test checks what the adjuster reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docfactory import ask_checked, engine_with_files

from rag.answer import Answer
from rag.engine import Engine
from rag.selection.values import find_values, question_kind

SPILL_NOTES = """# Pollution claim notes - Ferncastle Fuel Depot, claim ENV-26-33018

04/02/2026 Release from the day tank discovered at 06:10 by the yard foreman; fire department on scene.
04/02/2026 Cleanup contractor invoice estimate $48,600.00 for excavation and disposal.
04/03/2026 Vac truck pumped out approx. 1,140 gallons of diesel and water from the containment sump.
04/05/2026 Reserve set at $95,000.00 pending the soil results.
04/09/2026 Contaminated soil hauled off site: 62.5 tons to the Brackwater landfill, manifest 26-1187.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("measures")
    engine = engine_with_files(root, (("spill-claim-notes-ENV-26-33018.md", SPILL_NOTES),))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


@pytest.mark.parametrize(("question", "quantity"), [
    ("how much diesel was pumped out of the sump", "1,140 gallons"),
    ("tons of soil hauled off on the ferncastle spill", "62.5 tons"),
])
def test_a_quantity_asked_is_answered_in_its_unit(engine: Engine, question: str, quantity: str) -> None:
    answer = ask(engine, question)
    assert answer.route == "needle", answer.text
    assert quantity in answer.text
    assert "$" not in answer.text
    assert any(quantity in c.excerpt for c in answer.citations)


@pytest.mark.parametrize(("question", "kind"), [
    ("how much data did the attackers take", "measure"),
    ("gallons recovered by the vac truck", "measure"),
    ("how much did the tow cost", "amount"),  # money, asked as money
    ("how much rent was lost", "amount"),
])
def test_how_much_of_a_thing_asks_a_quantity(question: str, kind: str) -> None:
    assert question_kind(question) == kind


@pytest.mark.parametrize(("text", "quantity"), [
    ("The threat actor claims 212 GB of client files.", "212 GB"),
    ("Paid 6.4172 BTC to the wallet on 08/09/2026.", "6.4172 BTC"),
    ("peak drift load 58 psf at the north truss", "58 psf"),
    ("Settled at $385,000.00 after two rounds.", "$385,000.00"),  # money is a quantity too
])
def test_the_quantity_reader_sees_a_number_and_its_unit(text: str, quantity: str) -> None:
    assert quantity in find_values("measure", text)


def test_a_unit_the_question_only_mentions_asks_no_quantity() -> None:
    assert question_kind("what's the tx hash for the btc payment") != "measure"


@pytest.mark.parametrize(("text", "quantity"), [
    ("Replaced 86 lf of copper supply line under the slab.", "86 lf"),
    ("Tear-off and re-deck of 1,920 sf over the garage.", "1,920 sf"),
])
def test_a_quantity_in_a_trade_abbreviation_is_read(text: str, quantity: str) -> None:
    """The selector and the calculation read units from one table: the trade's "lf" and "sf" too."""
    assert quantity in find_values("measure", text)


def test_a_question_opening_with_a_length_asks_a_quantity() -> None:
    assert question_kind("footage of trench dug along the east wall") == "measure"
    assert question_kind("hours from the alarm until the crew arrived") != "measure"  # a duration
