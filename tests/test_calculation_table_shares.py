"""Shares and sums read from the cells of one table (rows of one column added: "3F + 5F smoke est
combined, pellworth", the last word naming the claim's file). A share: the part the cell its words name (a column by its
header, a row by its own cells, the Total row when no row is named), the whole the cell its words
name in the same table, or the grand total when it names nothing of it and the part is a column's
total; percentages to two decimals. On the real engine, over a DOCX loss schedule written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rag.experts.calculation.expert import table_cell
from tests.docfactory import ask_checked, docx_bytes, engine_with_files

BLOCKS = [
    ("h1", "Hotel kitchen fire - loss schedule"),
    ("p", "Claim Number: HF-88014-K"),
    ("p", "Insured: Pellworth Harbour Hotel plc"),
    ("h2", "Schedule of loss by area"),
    ("table", [["Area", "Building", "Stock and contents", "Total"],
               ["Main kitchen", "$96,400.00", "$41,250.00", "$137,650.00"],
               ["Cold store", "$12,880.00", "$19,615.00", "$32,495.00"],
               ["Service corridor", "$8,120.00", "$0.00", "$8,120.00"],
               ["Total", "$117,400.00", "$60,865.00", "$178,265.00"]]),
    ("p", "The schedule was agreed with the insured's broker on 05/14/2026."),
    ("h2", "Guest floors affected"),
    ("table", [["Floor", "Rooms", "Smoke damage (est.)", "Closed until"],
               ["3F", "301-318", "$22,410.00", "06/01/2026"],
               ["4F", "401-418", "$15,236.75", "05/25/2026"],
               ["5F", "501-509", "$6,980.20", "05/20/2026"]]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root: Path = tmp_path_factory.mktemp("table-shares")
    return engine_with_files(root, [("pellworth-harbour-loss-schedule.docx", docx_bytes(BLOCKS))])


TABLE = ("Schedule", ["Area", "Building", "Stock", "Total"],
         [("Kitchen | $96.00 | $41.00 | $137.00", ["Kitchen", "$96.00", "$41.00", "$137.00"]),
          ("Total | $117.00 | $60.00 | $177.00", ["Total", "$117.00", "$60.00", "$177.00"])])


def test_a_cell_is_named_by_its_column_and_row() -> None:
    cell = table_cell(TABLE, {"stock"})  # a column named, no row: its Total row
    assert cell is not None and cell[4] == "$60.00" and cell[5:] == (True, False)
    kitchen = table_cell(TABLE, {"kitchen", "build"})
    assert kitchen is not None and kitchen[4] == "$96.00"
    assert table_cell(TABLE, {"theft"}) is None  # names nothing of the table
    grand = table_cell(TABLE, {"theft"}, grand_total=True)
    assert grand is not None and grand[4] == "$177.00"


def test_a_columns_total_as_a_share_of_the_grand_total(engine: Any) -> None:
    answer = ask_checked(engine, "what percentage of the hotel fire loss is stock and contents, HF-88014-K?")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("34.1%: $60,865.00 [1] of $178,265.00 [1]"), answer.text  # both in the Total row


def test_a_row_as_a_share_of_its_columns_total(engine: Any) -> None:
    answer = ask_checked(engine, "what share of the building total is the cold store on HF-88014-K")
    assert answer.text.startswith("11.0%: $12,880.00 [1] of $117,400.00 [2]"), answer.text


def test_rows_of_one_column_added(engine: Any) -> None:
    answer = ask_checked(engine, "3F + 5F smoke est combined, pellworth")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("$29,390.20 in total: $22,410.00 [1] + $6,980.20 [2]"), answer.text
