"""Facts in tables and values of a kind, on files laid out the way other people's tools lay them
out: a marine surveyor's PDF whose exhibit register is drawn in columns (no ruling, no pipes), a
harbour-master's fixed-width TXT log with several fields on a line and times in 24-hour form, a
DOCX parts quote, and a Markdown rental schedule. Real parsing, chunking, Chroma and MiniLM
through ``Engine.ask``; each test checks what the adjuster reads: the value asked for, the cells
that say which row it is, a short answer with its ``[n]``, and no neighbouring row.

The pieces are tested alone too: the columns a layout of spaces makes, the units of a table row
and of a line of form fields, and the values of a kind (a bare 24-hour time, a reference known by
its label, an address in capitals).
"""

from __future__ import annotations

import re

import pytest
from docfactory import ask_checked, docx_bytes, engine_with_files
from fpdf import FPDF

from rag.answer import Answer
from rag.engine import Engine
from rag.parsing.columns import mark_columns
from rag.records import Passage
from rag.selection import candidate_units
from rag.selection.answer import fact_of
from rag.selection.selector import Scored
from rag.selection.values import find_values, question_kind


def surveyor_pdf() -> bytes:
    """A two-page survey report whose exhibit register is set in columns at fixed x positions,
    the way a report writer lays out a table: the text layer has the cells, not the columns."""
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Hull and Machinery Survey - MV Saltmarsh Wren", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in ("The vessel grounded on the Pellow shoal during an ebb tide and was refloated by two tugs.",
                 "Our attending surveyor boarded at the repair berth and retained the parts listed below.",
                 "", "Exhibit register"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    rows = [("Exhibit", "Article retained", "Taken", "Held at"),
            ("SW-X1", "Port propeller blade fragment", "14/05/2024", "Quayside store 3"),
            ("SW-X2", "Gearbox oil sample (2 bottles)", "14/05/2024", "Sent to Thornbury Labs"),
            ("SW-X3", "Frayed shore-power extension cord", "15/05/2024", "Quayside store 3"),
            ("SW-X4", "Echo sounder logbook", "16/05/2024", "Surveyor's office")]
    y = pdf.get_y() + 2
    for row in rows:
        for x, cell in zip((15, 45, 120, 155), row):
            pdf.set_xy(x, y)
            pdf.cell(0, 6, cell)
        y += 6
    pdf.set_xy(15, y + 4)
    pdf.multi_cell(180, 6, "The oil samples were tested by Thornbury Labs under certificate TL-5530-R and showed "
                           "no water ingress. The cord was found wrapped around the port shaft.")
    return bytes(pdf.output())


HARBOUR_LOG = """\
PORT OF KESTLE HARBOUR MASTER            VESSEL MOVEMENT RECORD
=======================================================================
Claim: MAR-5512-K     Examiner: Oona Trelawney (OT)     Surveyor: Piran Jory
RECORD NO: HM-2291-B          BERTH: NORTH MOLE 4
ALONGSIDE: 0615   PILOT OFF: 0640   DEPARTED: 2358   TUG RELEASED: 0012
DUTY OFFICER: J. PENHALLOW         PASS 5521      RADIO CH 14
-----------------------------------------------------------------------
CARGO DISCHARGED TO: 42 WHARF RD, KESTLE (BONDED SHED)
LAID UP ASHORE:
  HULL      BOATYARD NORTH      TO 7 SLIPWAY RD, KESTLE
  MAST      RIGGING LOFT        TO 19 CHANDLERS LANE, TREVOSE
REMARKS: VESSEL SHIFTED TWICE FOR DREDGER. NO DAMAGE TO FENDERS OBSERVED.
"""

PARTS_DOCX = [
    ("h1", "Parts quotation for the tender repair"),
    ("p", "Prices are ex-works and valid for thirty days from the date of this quotation."),
    ("table", [["Item", "Part no.", "Description", "Price"],
               ["1", "OB-7731", "Lower unit skeg, cast", "$412.00"],
               ["2", "OB-2290", "Trim tab anode", "$38.50"],
               ["3", "OB-5168", "Propeller, 13 x 19 stainless", "$689.00"]]),
    ("p", "Freight is charged at cost on delivery."),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("tables")
    engine = engine_with_files(root, (("saltmarsh-wren-survey.pdf", surveyor_pdf()), ("harbour-log.txt", HARBOUR_LOG),
                                      ("tender-parts-quote.docx", docx_bytes(PARTS_DOCX))))
    yield engine
    engine.close()


def ask(engine: Engine, question: str) -> Answer:
    answer: Answer = ask_checked(engine, question)
    return answer


def test_a_row_of_a_table_drawn_in_columns_is_its_own_answer(engine: Engine) -> None:
    answer = ask(engine, "which exhibit was the extension cord from the shore power?")
    assert "SW-X3" in answer.text, answer.text
    assert "SW-X1" not in answer.text and "SW-X4" not in answer.text, answer.text  # one row, not the table
    assert re.search(r"\[\d\]", answer.text)
    assert any("SW-X3" in c.excerpt and "SW-X2" not in c.excerpt for c in answer.citations)


def test_the_sentence_after_a_table_is_not_swallowed_by_it(engine: Engine) -> None:
    answer = ask(engine, "certificate no. for the gearbox oil test")
    assert "TL-5530-R" in answer.text, answer.text
    assert "SW-X1" not in answer.text, answer.text


def test_the_asked_cell_comes_first_with_the_cells_that_name_its_row(engine: Engine) -> None:
    answer = ask(engine, "part number of the trim tab anode on the tender quote")
    assert answer.text.startswith("Part no.: OB-2290"), answer.text
    assert "Trim tab anode" in answer.text  # which row it is
    assert "OB-7731" not in answer.text and "OB-5168" not in answer.text, answer.text


def test_a_field_among_several_on_one_form_line(engine: Engine) -> None:
    answer = ask(engine, "when did the vessel depart from the mole")
    assert answer.text.startswith("DEPARTED: 2358"), answer.text
    assert any("DEPARTED: 2358" in c.excerpt for c in answer.citations)


def test_an_address_written_in_capitals(engine: Engine) -> None:
    answer = ask(engine, "where was the cargo discharged to")
    assert "42 WHARF RD, KESTLE" in answer.text, answer.text


def test_rows_with_no_header_are_named_by_the_line_that_introduces_them(engine: Engine) -> None:
    answer = ask(engine, "where was the mast laid up ashore")
    assert "19 CHANDLERS LANE, TREVOSE" in answer.text, answer.text
    assert "SLIPWAY" not in answer.text, answer.text


def test_a_reference_known_only_by_its_label(engine: Engine) -> None:
    answer = ask(engine, "duty officer's pass number at the harbour")
    assert "5521" in answer.text, answer.text


def test_a_field_on_a_line_of_fields_is_read_into_the_claim(engine: Engine) -> None:
    claim = next(c for c in engine.claims() if c.claim_id == "MAR-5512-K")
    assert claim.adjusters == ["Oona Trelawney"], claim  # not "Oona Trelawney (OT) | Surveyor: ..."


# -- the pieces alone -------------------------------------------------------------------------

def test_columns_laid_out_with_spaces_become_cells() -> None:
    text = ("Exhibit   Article                 Taken\n"
            "K-1       Rudder pintle           02/03/2024\n"
            "K-2       Bilge pump float        02/03/2024\n"
            "\n"
            "ETA:  0915     ETD:  1740\n"
            "The master said so.  Then he left the bridge and the mate took the watch for the night.\n"
            "Address:  12 Quay Lane,  Kestle\n")
    lines = mark_columns(text).split("\n")
    assert lines[:3] == ["Exhibit | Article | Taken", "K-1 | Rudder pintle | 02/03/2024",
                         "K-2 | Bilge pump float | 02/03/2024"]
    assert lines[4] == "ETA:  0915 | ETD:  1740"  # a form line: each field whole
    assert "|" not in lines[5]  # prose with two spaces after a full stop
    assert "|" not in lines[6]  # a gap after a label's colon or a comma separates no fields


def test_a_centred_header_and_shaded_rows_stay_one_table() -> None:
    text = ("          Part                     Qty      Price\n"
            "\n"
            "  Impeller, bronze                  2     410.00\n"
            "  Shaft seal kit                    1      86.50\n"
            "\n"
            "  Cutless bearing                   1     129.00\n")
    lines = [line for line in mark_columns(text).split("\n") if line.strip()]
    assert lines == ["Part | Qty | Price", "Impeller, bronze | 2 | 410.00", "Shaft seal kit | 1 | 86.50",
                     "Cutless bearing | 1 | 129.00"]


def test_a_letter_spaced_line_is_not_split_into_fields() -> None:
    text = ("Owner:   Tamsin  Rowe   dba  Rowe  Moorings\n"
            "Berth:  C-14            Fee paid:  $1,140.00\n")
    lines = mark_columns(text).split("\n")
    assert "|" not in lines[0]  # an OCR'd line: words two spaces apart, no fields
    assert lines[1] == "Berth:  C-14 | Fee paid:  $1,140.00"


def test_a_form_line_is_one_unit_of_separate_fields() -> None:
    passage = Passage(node_id="n1", text="ETA: 0915 | ETD: 1740 | TUGS: 2\nK-1 | Rudder pintle | 02/03/2024",
                      score=0.8, document="log.txt", doc_id="d1", scope="workspace")
    units = {u.text: u for u in candidate_units([passage])}
    form = units["ETA: 0915; ETD: 1740; TUGS: 2"]
    assert form.layout == "form" and form.pairs == (("ETA", "0915"), ("ETD", "1740"), ("TUGS", "2"))
    assert "K-1; Rudder pintle; 02/03/2024" in units  # a row with no header is a line of its own


def test_a_title_line_above_a_table_names_its_rows() -> None:
    passage = Passage(node_id="n1", text=("The lines were doubled before the gale.\nMooring plan\n"
                                          "Line | Bollard | Size\nBow spring | 12 | 64 mm\nStern line | 15 | 64 mm"),
                      score=0.8, document="plan.md", doc_id="d1", scope="workspace")
    rows = [u for u in candidate_units([passage]) if u.layout == "row"]
    assert [u.label for u in rows] == ["Mooring plan Line Bollard Size"] * 2
    assert rows[1].text == "Line: Stern line; Bollard: 15; Size: 64 mm"


def test_the_fact_of_a_long_row_puts_the_asked_cell_first_within_the_limit() -> None:
    passage = Passage(node_id="n1", text=(
        "Date | Vendor | Work | Code | Amount\n"
        "03/04/2024 | Harrow Marine Electrics | Rewire shore-power inlet and replace the corroded isolation "
        "transformer, test under load for two hours | E-44 | $1,920.00\n"), score=0.8, document="q.md", doc_id="d1",
        scope="workspace")
    unit = next(u for u in candidate_units([passage]) if u.layout == "row")
    fact = fact_of(Scored(unit, (), 0.9, "E-44"), 130)
    assert fact.startswith("Code: E-44; Date: 03/04/2024; Vendor: Harrow Marine Electrics"), fact
    assert len(fact) <= 130 and fact.endswith("; \u2026"), fact


@pytest.mark.parametrize(("kind", "text", "value"), [
    ("time", "ALONGSIDE: 0615; DEPARTED: 2358", "2358"),  # a 24-hour time, the whole value of a field
    ("id", "Seal no.: 0073321", "0073321"),  # a number known by its label
    ("id", "Item: 2; Part no.: OB-2290; Price: $38.50", "OB-2290"),
    ("id", "sent by registered post, tracking 7731 2208 4410 95, on Monday", "7731 2208 4410 95"),
    ("address", "CARGO DISCHARGED TO: 42 WHARF RD, KESTLE (BONDED SHED)", "42 WHARF RD, KESTLE"),
    ("address", "Send the salvage proceeds to P.O. Box 318, Kestle, ME 04011 by Friday", "P.O. Box 318, Kestle, ME 04011"),
])
def test_values_of_a_kind(kind: str, text: str, value: str) -> None:
    assert value in find_values(kind, text)


def test_a_year_is_not_a_time_unless_it_stands_as_a_field() -> None:
    assert find_values("time", "The hull was built in 2019 at Appledore.") == []


@pytest.mark.parametrize(("question", "kind"), [
    ("exhibit tag on the propeller fragment", "id"),
    ("which billing code was used for the haul-out", "id"),
    ("what's the seal on the container", "id"),
    ("what is the zip code of the marina", "address"),
])
def test_reference_words_ask_for_a_reference(question: str, kind: str) -> None:
    assert question_kind(question) == kind
