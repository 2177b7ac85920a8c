"""A claim number printed only in a Word document's page header or footer, in a table cell
under a "Claim No." column, or tagged in square brackets in an e-mail's subject, is the document's claim number: the document is filed under that
claim, and a question naming the claim is answered from it, on the real engine."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from rag.config import Settings
from rag.engine import Engine
from rag.metadata import find_claim_ids
from tests.docfactory import eml_bytes, put_file


def _docx(body: list[str], *, header: str = "", footer: str = "", table: list[list[str]] | None = None) -> bytes:
    document = Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    for line in body:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SURVEY = _docx(
    ["Field survey of the grain bin collapse",
     "The north bin's ring wall buckled under a wet load of soybeans; the auger housing was crushed.",
     "Salvage bid from Prairie Steel Recyclers: $3,940.00"],
    header="Tallgrass Farm Mutual   |   Claim No. FM-7731-02   |   Confidential",
)

CLINIC = _docx(
    ["Independent medical review",
     "The examinee reports numbness in two fingers since lifting a pallet jack at the loading dock.",
     "Reviewer's fee: $1,275.00"],
    footer="Reviewed file: Claim Number QX 88 4410 - page 1",
)

STORM = _docx(
    ["Roofing contractor's damage statement",
     "Wind lifted twelve courses of shingles on the west slope; the ridge cap is missing."],
    table=[["Owner", "Claim No.", "Date of Loss"],
           ["Mirela Stanescu", "2025-PR-00918", "06/14/2025"]],
)


CARGO = """Marine cargo surveyor's notes
Claim Ref: IM/24/00781-C
Forty cartons of frozen shrimp thawed when the reefer's compressor failed at the Gulfport yard.
Survey fee: $2,210.00
"""


SURVEYOR = _docx(
    ["Survey report - water ingress in a container of paper rolls",
     "Twelve rolls of newsprint were wetted through a corroded roof panel of the container.",
     "Salvage sale proceeds: $4,410.00"],
    header="Northsea Cargo Underwriters  |  Our ref: NS/25/00412-B  |  Surveyor ref: SV-7781",
)


COUNSEL = eml_bytes(
    subject="RE: Abernethy v. Quarry Lane Storage - answer filed; budget through mediation [LP-2025-004417]",
    body=("Defense answer was filed on the 14th; plaintiff's deposition is set for early spring.\n"
          "Our budget through mediation is $38,500.00, of which the retention absorbs the first $25,000.00.\n"),
    sender="Odile Fenwick <ofenwick@fenwickgrady.example>",
)

NEWSLETTER = eml_bytes(
    subject="Quarterly safety bulletin [Q3-25]",
    body="Ladders must be inspected before each use. No claim is discussed in this bulletin.\n",
)


PREDETERMINATION = """ORTHODONTIC BENEFIT PLAN - ESTIMATE OF BENEFITS
1. Claim / Predetermination No.: OB-7716023
2. Planned treatment: comprehensive braces, 24 months
Plan pays: $1,950.00 of the $5,400.00 fee
"""

COUNSEL_LETTER = """Re: Ostrava Tile v. Bramley & Finch LLP
Our claim no.: LP-AC-25-0917
Our insured's file shows the engagement letter was signed in March; the filing deadline was missed by nine days.
Defense budget approved: $42,000.00
"""

TOW_RECEIPT = """CITY IMPOUND RELEASE - RECEIPT
Vehicle released to Carlow Auto Recovery, requested by Fenwick Mutual (CLM 0931-448-PA)
Storage fee: $315.00
"""

LEDGER = """# Recovery ledger

Claim **QX-3318-07** - Fenwick Mutual

| Date | Item | Amount |
| --- | --- | --- |
| 05/02/2026 | Salvage proceeds | $2,350.00 |
"""

FIELD_REPORT = _docx(
    ["Orchard frost damage - field notes",
     "Blossom kill on the north block was estimated at 70 percent after the April frost.",
     "Estimated crop loss: $18,200.00"],
    header="Cascade Growers Mutual - Field Report - OR-2026-44120",
)

SOIL_LAB = """BRIGHTWATER ENVIRONMENTAL TESTING
Sample set 4 - groundwater, monitoring well MW-3
Insurer file (per client): WX-7204-0311K (Alder Point Assurance)
Benzene: 41 ug/L (limit 5 ug/L)
Lab fee: $1,480.00
"""

ASSIGNED_IN_A_SENTENCE = """Notice of claim - management liability
The board received the shareholder demand letter on March 3, 2026 and tendered it the same week.
Acknowledged by the carrier on March 9, 2026. Claim number assigned: MG-2026-0318. Retention: $250,000.
"""

BOILER_THREAD = eml_bytes(
    subject="RE: Boiler crack at 14 Juniper Ct - claim KT 2025/448120",
    body=("Thanks for the photos. I have opened your claim, KT 2025/448120, under the equipment breakdown form.\n"
          "The plumber's emergency call-out was $640.00; send the invoice when you have it.\n"),
    sender="Imogen Szabo <iszabo@brackenfield.example>",
)

NOTES_TITLE = """CLAIM FILE NOTES -- MB-40713-Q -- OKONJO, ADA -- Lakeshore Marine Assurance
03/02/26 IS - Insd called: hull scraped on a submerged piling leaving the fuel dock. No injuries.
03/04/26 IS - Haul-out and survey set for 03/09. Towing reimbursed: $385.00
"""

DOTTED = """Employment practices claim review
Claim reference | MAR.2025.0077-B
Charging party: former dispatcher; the charge alleges retaliation after a wage complaint.
Outside counsel's budget to the position statement: $12,400.00
"""

TWO_PREFIXES = """Geotechnical review for Tidewater Mutual - claim HX/RT/25-00912
Borings B-1 to B-3 found loose sand under the garage slab; grouting is recommended.
Compaction grouting estimate: $27,150.00
"""

COMP_SLASH = """Therapy re-evaluation
Comp claim | W/C 3390-1150 | Reviewer | Hedda Lindqvist
Range of motion improved to 140 degrees of flexion; return to light duty is expected.
Visits authorised to date: 12. Billed to date: $1,932.00
"""

YEAR_SLASH_SEQUENCE = """Clm#2025/44102 PROFESSIONAL LIABILITY - FILE MEMO
The architect's drawings omitted the lateral bracing the engineer specified.
Defense costs paid through November: $18,775.00
"""

LETTER_SUFFIX = """Cargo survey report
Claim | KP 0071 339 R | Examiner | Bertrand Osei
Four crates of ceramic tile arrived with broken banding and 31 cracked boxes.
Surveyor's fee: $865.00
Paid claim 03/11 survey; second visit pending.
"""

VENDOR_FOR_INSURER = """SERVICE QUOTE | Quote #: RX-Q-25-3310 |
Bill to: Harbor Mutual c/o L. Petrakis (ins. ref GRN 2025-71104)
Replace the hydraulic pump on the baler: parts $3,204.00, labor $1,150.00
"""

SUBJECT_IN_PARENTHESES = eml_bytes(
    subject="RE: Fenwick Rd tank release - soil results (TNK-6604-25)",
    body="The soil samples from the basement came back below the action level; no further digging.\n"
         "Lab charge for the six samples: $1,140.00\n",
    sender="Mireya Santos <msantos@northfork-env.example>",
)

OUR_REF_SUBJECT = eml_bytes(
    subject="RE: reefer trailer spill on Route 9 -- our ref TR-QX-0045512 -- cleanup invoice",
    body="Attached is the cleanup contractor's invoice for the roadside spill; the total is $9,870.00.\n",
    sender="Quinn Abara <qabara@meadowline.example>",
)

REPAIR_ESTIMATE = """REPAIR ESTIMATE | Estimate #: HW-E-25-2207 | Customer: Oakmere Dairy
Replace the vacuum pump and the milk line gaskets.
Estimate total: $4,615.00
"""

RENTAL_INVOICE = """INVOICE | LF-880412
Rented: one 40 kW generator, 9 days
Amount due: $2,160.00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("places")
    engine = Engine.open(Settings(home=root / "home"))
    for name, data in (("bin-survey.docx", SURVEY), ("ime.docx", CLINIC), ("roof.docx", STORM), ("cargo.txt", CARGO), ("paper-rolls.docx", SURVEYOR), ("counsel-update.eml", COUNSEL),
                       ("bulletin.eml", NEWSLETTER), ("estimate.txt", PREDETERMINATION),
                       ("counsel-letter.txt", COUNSEL_LETTER), ("impound.txt", TOW_RECEIPT), ("ledger.md", LEDGER),
                       ("Field_Notes_OR-2026-44120.docx", FIELD_REPORT), ("invoice_LF-880412.txt", RENTAL_INVOICE),
                       ("estimate_HW-E-25-2207.txt", REPAIR_ESTIMATE),
                       ("soil-lab.txt", SOIL_LAB), ("board-notice.txt", ASSIGNED_IN_A_SENTENCE),
                       ("boiler-thread.eml", BOILER_THREAD), ("okonjo-notes.txt", NOTES_TITLE),
                       ("epl-review.txt", DOTTED), ("slab-review.txt", TWO_PREFIXES), ("reeval.txt", COMP_SLASH),
                       ("pl-memo.txt", YEAR_SLASH_SEQUENCE), ("tile-survey.txt", LETTER_SUFFIX),
                       ("baler-quote.txt", VENDOR_FOR_INSURER), ("tank-results.eml", SUBJECT_IN_PARENTHESES),
                       ("spill-invoice.eml", OUR_REF_SUBJECT)):
        result = engine.ingest_file(put_file(root, name, data))
        assert not isinstance(result, Exception), result
    return engine


def test_a_number_in_the_page_header_files_the_document_under_its_claim(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert "FM-7731-02" in claims
    answer = engine.ask("What was the salvage bid on FM-7731-02?")
    assert "$3,940.00" in answer.text
    assert answer.citations and all(c.document == "bin-survey.docx" for c in answer.citations)


def test_a_number_in_the_page_footer_is_read_whole(engine: Engine) -> None:
    assert "QX 88 4410" in {c.claim_id for c in engine.claims()}
    answer = engine.ask("reviewer's fee on QX 88 4410?")
    assert "$1,275.00" in answer.text
    assert answer.claim_ids == ["QX 88 4410"]


def test_a_number_under_a_claim_column_of_a_table_is_the_documents(engine: Engine) -> None:
    by_id = {c.claim_id: c for c in engine.claims()}
    assert "2025-PR-00918" in by_id, sorted(by_id)
    assert by_id["2025-PR-00918"].date_of_loss == "2025-06-14"
    answer = engine.ask("what is missing from the roof on 2025-PR-00918?")
    assert "ridge cap" in answer.text and answer.citations[0].document == "roof.docx"


def test_a_number_with_slashes_after_a_prefix_is_read_whole(engine: Engine) -> None:
    assert "IM/24/00781-C" in {c.claim_id for c in engine.claims()}
    answer = engine.ask("survey fee on im/24/00781-c?")
    assert "$2,210.00" in answer.text and answer.claim_ids == ["IM/24/00781-C"]


def test_the_insurers_reference_in_a_header_row_of_labelled_cells_is_the_claim_number(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert "NS/25/00412-B" in claims and "SV-7781" not in claims
    answer = engine.ask("salvage sale proceeds on NS/25/00412-B")
    assert "$4,410.00" in answer.text and answer.citations[0].document == "paper-rolls.docx"


def test_a_number_tagged_in_an_email_subject_files_the_mail_under_its_claim(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert "LP-2025-004417" in claims and "Q3-25" not in claims
    answer = engine.ask("defense budget through mediation on LP-2025-004417?")
    assert "$38,500.00" in answer.text and answer.citations[0].document == "counsel-update.eml"


@pytest.mark.parametrize("claim_id, document", [
    ("OB-7716023", "estimate.txt"),  # "Claim / Predetermination No."
    ("LP-AC-25-0917", "counsel-letter.txt"),  # two groups of letters before the digits
    ("0931-448-PA", "impound.txt"),  # "CLM" before a number with parts of its own is its label
    ("QX-3318-07", "ledger.md"),  # in Markdown bold
    ("OR-2026-44120", "Field_Notes_OR-2026-44120.docx"),  # only in the page header and the file name
    ("WX-7204-0311K", "soil-lab.txt"),  # "Insurer file", and a group of digits ending in a letter
    ("MG-2026-0318", "board-notice.txt"),  # "Claim number assigned:" inside a sentence
    ("KT 2025/448120", "boiler-thread.eml"),  # a year and a sequence after letters and a space
    ("MB-40713-Q", "okonjo-notes.txt"),  # a notes file's title: "FILE NOTES -- number -- name"
    ("MAR.2025.0077-B", "epl-review.txt"),  # groups separated by dots
    ("HX/RT/25-00912", "slab-review.txt"),  # two prefixes of letters, slashes and a hyphen
    ("W/C 3390-1150", "reeval.txt"),  # a prefix with a slash, "Comp claim |" as its label
    ("2025/44102", "pl-memo.txt"),  # "Clm#" before a year and a sequence; the words in capitals after it are none
    ("KP 0071 339 R", "tile-survey.txt"),  # a one-letter suffix where the number ends
    ("GRN 2025-71104", "baler-quote.txt"),  # a vendor's quote heads the insurer's reference ("ins. ref")
    ("TNK-6604-25", "tank-results.eml"),  # in parentheses in an e-mail's subject
    ("TR-QX-0045512", "spill-invoice.eml"),  # after "our ref" in an e-mail's subject
])
def test_a_claim_number_written_in_other_ways_files_the_document(engine: Engine, claim_id: str, document: str) -> None:
    by_id = {c.claim_id: c for c in engine.claims()}
    assert claim_id in by_id, sorted(by_id)
    assert by_id[claim_id].documents == [document]


def test_a_claim_number_with_dots_and_slashes_is_answered_in_any_spelling(engine: Engine) -> None:
    answer = engine.ask("what is counsel's budget on MAR.2025.0077-B?")
    assert "$12,400.00" in answer.text and answer.claim_ids == ["MAR.2025.0077-B"]
    answer = engine.ask("grouting estimate for hx/rt/25-00912")
    assert "$27,150.00" in answer.text and answer.claim_ids == ["HX/RT/25-00912"]
    answer = engine.ask("surveyor's fee on KP 0071 339 R?")
    assert "$865.00" in answer.text and answer.claim_ids == ["KP 0071 339 R"]


def test_words_in_capitals_after_a_claim_number_are_no_part_of_it(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert not any(c.startswith("2025/44102 ") or c.startswith("KP 0071 339 R ") for c in claims), sorted(claims)
    assert "RX-Q-25-3310" not in claims  # the vendor's own quote number
    assert "03/11" not in claims
    assert find_claim_ids(LETTER_SUFFIX) == ["KP 0071 339 R"]  # "Paid claim 03/11": a month and a day, no number
    assert "HW-E-25-2207" not in claims  # an estimate's number, though its file name repeats it


def test_an_invoice_number_in_its_file_name_is_no_claim(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert "LF-880412" not in claims and "CLM-0931-448-PA" not in claims
    answer = engine.ask("storage fee on 0931-448-PA?")
    assert "$315.00" in answer.text and answer.citations[0].document == "impound.txt"


def test_a_question_naming_a_number_that_has_no_hyphen_is_answered(engine: Engine) -> None:
    answer = engine.ask("defense costs through november on Clm#2025/44102?")
    assert "$18,775.00" in answer.text and answer.claim_ids == ["2025/44102"]


def test_a_file_named_with_a_date_and_time_stamp_is_filed_under_no_claim() -> None:
    """A reference in a file name is a claim's number when it has the shape every reader of claim numbers shares
    (letters, then one to three groups of digits): four groups are a date and time (``DSP-2026-05-14-2231``)."""
    from rag.metadata import extract_metadata
    from rag.parsing import parse_bytes

    stamped = "Dispatch log DSP-2026-05-14-2231\nTanker rollover reported on the Route 9 overpass; two units sent.\n"
    assert extract_metadata(parse_bytes(stamped.encode(), "Dispatch_log_DSP-2026-05-14-2231.txt")).claim_ids == []
    filed = "Field notes WX-2026-40871\nHail dented the north greenhouse's roof panels.\n"
    assert extract_metadata(parse_bytes(filed.encode(), "Field_notes_WX-2026-40871.txt")).claim_ids == ["WX-2026-40871"]
