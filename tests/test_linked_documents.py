"""A document that names no claim (a vendor's invoice, a CCTV log) is searched with the claim whose
documents write its references, on the real engine: "what time did the bottle break on PX-2026-11873?"
cites the video log that only writes the incident number of that claim's report. Never across
channels, and never when two claims write the reference."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rag.config import Settings
from rag.engine import Engine

INCIDENT = """Premises Liability - Incident Report
Claim No.: PX-2026-11873
Insured: Copperleaf Market Inc.
Incident no. IR-88-2026-017: a shopper slipped on spilled olive oil near the bakery counter on 03/02/2026.
The store manager, Wen Okafor, called for first aid at 10:12.
"""

VIDEO_LOG = """Video Review - bakery counter camera
Re: incident IR-88-2026-017, Copperleaf Market
Reviewed by: Saoirse Bellamy, loss prevention analyst
10:03:55 bottle of olive oil falls from a display and breaks
10:09:40 shopper enters the aisle and slips
"""

OTHER = """Auto Claim Notes
Claim No.: AU-2026-55410
Insured: Tomasz Kruger
Rear-ended at a light on 02/14/2026. Tow invoice TW-44190 paid.
"""

TOW_INVOICE = """Rapid Hook Towing
Invoice TW-44190
Tow from Elm St to Kruger's body shop: $185.00
Reviewed by: dispatcher Ilse Marwood
"""

SHARED_REFERENCE = """Claims desk memo
Both files below mention warehouse ticket WH-20931.
Reviewed by: Ottilie Brandt
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    root = tmp_path_factory.mktemp("files")
    engine = Engine.open(Settings(home=root / "home"))
    for name, text, scope in (("video-log.md", VIDEO_LOG, "C-liability"), ("incident.txt", INCIDENT, "C-liability"),
                              ("tow.txt", TOW_INVOICE, "C-other"), ("auto.txt", OTHER, "C-auto")):
        (root / name).write_text(text)
        engine.ingest_file(root / name, scope=scope)
    yield engine
    engine.close()


def test_a_log_naming_no_claim_is_searched_with_the_claim_whose_report_writes_its_incident_number(
        engine: Engine) -> None:
    answer = engine.ask("what time did the olive oil bottle break on PX-2026-11873?", scope="C-liability")
    assert "10:03:55" in answer.text and "[1]" in answer.text
    assert [c.document for c in answer.citations] == ["video-log.md"]


def test_the_claim_lists_the_linked_document_among_its_files(engine: Engine) -> None:
    names = {d.name for d in engine.claim_documents("PX-2026-11873", scope="C-liability")}
    assert names == {"incident.txt", "video-log.md"}


def test_a_document_in_another_channel_is_never_linked_across(engine: Engine) -> None:
    answer = engine.ask("who reviewed the tow invoice on AU-2026-55410?", scope="C-auto")
    assert "Ilse Marwood" not in answer.text
    assert all(c.document != "tow.txt" for c in answer.citations)
    assert {d.name for d in engine.claim_documents("AU-2026-55410", scope="C-auto")} == {"auto.txt"}


def test_a_reference_two_claims_write_links_to_neither(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = Engine.open(Settings(home=tmp_path / "home"))
    for name, text in (("a.txt", INCIDENT + "Ticket WH-20931.\n"), ("b.txt", OTHER + "Ticket WH-20931.\n"),
                       ("memo.txt", SHARED_REFERENCE)):
        (tmp_path / name).write_text(text)
        engine.ingest_file(tmp_path / name, scope="C-one")
    for claim_id in ("PX-2026-11873", "AU-2026-55410"):
        assert "memo.txt" not in {d.name for d in engine.claim_documents(claim_id, scope="C-one")}
        answer = engine.ask(f"who reviewed the memo on {claim_id}?", scope="C-one")
        assert "Ottilie Brandt" not in answer.text
    engine.close()


KILN_AND_BAKERY = {
    "kiln.txt": "Claim No.: SM-2026-40117\nInsured: Corliss Timber Products\nA drying kiln fire on 05/02/2026.\n",
    "bakery.txt": "Claim No.: SM-2026-40118\nInsured: Wrenfield Bakery\nA freezer failed on 05/03/2026.\n",
    "crane-bill.txt": "Hartigan Crane Rental\nBill to: Corliss Timber Products, 14 Mill Rd\n"
                      "Crane lift of the burned kiln roof panels: $3,250.00\n"}

PORCH_AND_SKYLIGHTS = {
    "liability.txt": "Claim No.: HB-2026-70311\nInsured: Tobias R. Lindqvist\n"
                     "A guest slipped on the icy porch steps on 01/14/2026.\n",
    "other.txt": "Claim No.: HB-2026-70312\nInsured: Marguerite Osei\nHail dented the skylights.\n",
    "ems-run.txt": "COUNTY EMS PATIENT CARE REPORT\nCall location: residence of LINDQVIST, TOBIAS\n"
                   "Dispatched 0712 hrs, on scene 0721 hrs. Patient transported to St. Ansgar ED.\n"
                   "Ambulance charge: $1,140.00\n"}

POTTERY_AND_DAIRY = {
    "notice.txt": "Claim No.: GX 2026-58214\nInsured: Halden Pottery Works\nHail broke the kiln shed's glass.\n",
    "other.txt": "Claim No.: GX 2026-58290\nInsured: Brackwater Dairy\nA milk tank leaked.\n",
    "scan.txt": "FIRST NOTICE OF LOSS (scanned)\nClaim No. box A: [ GX ]   Claim No. box B: [ 2026-58214 ]\n"
                "Reported by: shop foreman Ilka Varga\nGlazier's quote for the shed: $1,965.00\n"}


@pytest.mark.parametrize("files, question, claim_id, other_claim, document, value", [
    # the insured's name in full, as the claim's notice writes it
    (KILN_AND_BAKERY, "what did the crane lift cost on SM-2026-40117?", "SM-2026-40117", "SM-2026-40118",
     "crane-bill.txt", "$3,250.00"),
    # surname first and without the middle initial, as a run report writes it
    (PORCH_AND_SKYLIGHTS, "what was the ambulance charge on HB-2026-70311?", "HB-2026-70311", "HB-2026-70312",
     "ems-run.txt", "$1,140.00"),
    # the claim's own number written in two boxes of a scanned form
    (POTTERY_AND_DAIRY, "what was the glazier's quote on GX 2026-58214?", "GX 2026-58214", "GX 2026-58290",
     "scan.txt", "$1,965.00"),
])
def test_a_document_naming_one_claims_insured_or_number_is_searched_with_that_claim(  # type: ignore[no-untyped-def]
        tmp_path, files: dict[str, str], question: str, claim_id: str, other_claim: str, document: str,
        value: str) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        engine.ingest_file(tmp_path / name, scope="C-mills")
    answer = engine.ask(question, scope="C-mills")
    assert value in answer.text and answer.citations[0].document == document
    assert document not in {d.name for d in engine.claim_documents(other_claim, scope="C-mills")}
    engine.close()
