"""A Word table is read into text as rows of ``a | b | c`` with no Markdown separator: its amount
column is still a column, summed when a total is asked of the table its heading names and the file
states none. On the real engine, over a DOCX written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.expert import pipe_tables
from tests.docfactory import ask_checked, docx_bytes, engine_with_files

BLOCKS = [
    ("h1", "Grain elevator dust explosion - adjuster's report 2"),
    ("p", "Claim Number: GE-51893-W"),
    ("p", "Insured: Tollemache Grain Cooperative"),
    ("h2", "Emergency services invoices"),
    ("table", [["Vendor", "Service", "Amount"],
               ["Carrow Industrial Cleaning", "Dust removal, silos 2-3", "$18,420.00"],
               ["Aldine Fire Watch", "Hot-work fire watch, 6 shifts", "$3,960.00"],
               ["Mercer Crane Hire", "Crane for bucket elevator head", "$7,215.50"]]),
    ("h2", "Next steps"),
    ("p", "The structural engineer's report on the headhouse is expected next month."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("docx-tables")
    return engine_with_files(root, [("ge-51893-report-2.docx", docx_bytes(BLOCKS))])


def test_a_table_without_a_separator_is_read_by_its_columns() -> None:
    text = "Payments\nDate | Payee | Amount\n02/20 | Owner | $20,000.00\n03/18 | Drying firm | $26,318.72\nNext"
    [(caption, header, rows)] = pipe_tables(text)
    assert caption == "Payments" and header == ["Date", "Payee", "Amount"]
    assert [cells[2] for _, cells in rows] == ["$20,000.00", "$26,318.72"]
    assert pipe_tables("Total | $5.00\nDeductible | $1.00") == []  # two label/value lines: no table


def test_the_amount_column_of_a_word_table_is_summed(engine: Any) -> None:
    answer = ask_checked(engine, "total of the emergency services invoices on GE-51893-W")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$29,595.50 in total: $18,420.00 [1] + $3,960.00 [2] + $7,215.50 [3]"), answer.text
