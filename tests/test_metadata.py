"""Claim facts read from documents: the claim number a file is filed under, who is involved,
the date of loss, the labelled amounts and the dated events an adjuster would look for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docfactory import eml_bytes, pdf_bytes

from rag.documents import ClaimMetadata, ParsedDocument
from rag.metadata import (
    clean_person_name,
    extract_metadata,
    find_claim_ids,
    find_dates,
    format_money,
    normalize_amount_label,
    parse_money,
)
from rag.parsing import parse_bytes, parse_file

DATA = Path(__file__).resolve().parents[1] / "data"


def meta_of(text: str, filename: str = "notes.txt") -> ClaimMetadata:
    return extract_metadata(parse_bytes(text.encode(), filename))


# -- helpers the answer engine reuses -----------------------------------------------------


def test_claim_ids_are_normalised_and_ordered_by_frequency() -> None:
    text = "Re clm 2077. Claim CLM-1042 and CLM1042; see also Claim No. 3105 and clm-2077, CLM-1042."
    assert find_claim_ids(text) == ["CLM-1042", "CLM-2077", "CLM-3105"]


def test_bare_numbers_count_as_claims_only_when_the_words_say_so() -> None:
    assert find_claim_ids("What is the deductible on claim 1042?") == ["CLM-1042"]
    assert find_claim_ids("Claim #5238 and claim number: 6120") == ["CLM-5238", "CLM-6120"]
    assert find_claim_ids("the 2026 claim 2026 review, 1042 items, claims 1042") == []
    assert find_claim_ids("Claim No. 2026") == ["CLM-2026"]


def test_claim_numbers_in_form_tables_notes_and_page_headers_are_read_whole() -> None:
    # a form's header block drawn as a table: label and value cells side by side
    valuation = meta_of(
        "APPRAISAL OF DAMAGED VEHICLE\n"
        "Report no. | AP-5521-0098 | Appraised on | 11/02/2025\n"
        "Carrier | Bluewater Mutual | Claim no. | 0091-207-AU\n"
        "Owner | Ines Castellanos | Policy no. | BWA-4410-7781\n"
        "Appraiser | Kofi Mensah | Adjuster | Ruth Adeyemi\n\n"
        "The other vehicle's carrier opened their claim HX-77-0042231 the same day.\n")
    assert valuation.claim_ids[0] == "0091-207-AU"
    assert valuation.policy_numbers == ["BWA-4410-7781"]
    assert valuation.insured == ["Ines Castellanos"]  # an appraisal's "Owner", when no field says "Insured"
    assert valuation.adjusters == ["Ruth Adeyemi"]
    # a claim system's export: "CLM:" and "POL:" on one line, "PH" for the policyholder
    notes = meta_of("CLAIM DIARY\nCLM: EQ 4471-20 | POL: HBX-20031 (Equine mortality)\nPH: Maren Solberg, Bend OR\n"
                    "10/02/2025 RK called vet re necropsy.\n")
    assert notes.claim_ids == ["EQ 4471-20"]
    assert notes.policy_numbers == ["HBX-20031"]
    assert notes.insured == ["Maren Solberg"]
    # letters and spaces, named in a page header without "No."
    assert find_claim_ids("Harborline Assurance - Claim MR 25 604418") == ["MR 25 604418"]
    assert find_claim_ids("the claim FNOL 2026 was opened") == []  # a short word and a year are no number
    # a handbook's owner is no insured
    assert meta_of("Document owner: Vice President, Claims\nReview yearly.").insured == []



@pytest.mark.parametrize("text, expected", [
    ("Claim reference | TRV.2025.0988-B\nClaimant | Odile Brack", "TRV.2025.0988-B"),  # groups after dots
    ("Retained by Pinecrest Mutual - claim AU/MV/25-04471 for the site survey", "AU/MV/25-04471"),
    ("Claim D/O 8832-0415. Employer: Halvard Bakeries", "D/O 8832-0415"),  # letters with a slash, then digits
    ("Clm#2025/70312 PROPERTY - CLAIM MEMO", "2025/70312"),  # a year, a slash and a sequence
    ("Claim | MR 0071 845 K | Adjuster | Ines Lowe", "MR 0071 845 K"),  # a lone letter ends a spaced number
])
def test_claim_numbers_written_with_dots_slashes_or_a_final_letter_are_read_whole(text: str, expected: str) -> None:
    assert find_claim_ids(text) == [expected]


def test_an_insurers_own_reference_in_a_subject_names_the_claim_and_a_banks_in_the_body_does_not() -> None:
    subject = "RE: tank overfill at Dock 4 -- our ref EN-QX-0051288 -- contractor invoice"
    mail = extract_metadata(parse_bytes(eml_bytes(subject=subject, body="Invoice attached, total $8,410.00."),
                                        "RE_overfill.eml"))
    assert mail.claim_ids == ["EN-QX-0051288"]
    bank = extract_metadata(parse_bytes(eml_bytes(
        subject="FW: wire recall - Marlow Fittings - KT-55102-A",
        body="Recall sent through Fedwire at 2:40 PM, our reference FW-REC-26-0311-0420. No funds returned yet."),
        "FW_wire_recall_KT-55102-A.eml"))
    assert bank.claim_ids == ["KT-55102-A"]  # the file's name and subject say the claim; the bank's number is its own


def test_a_spaced_number_keeps_no_word_after_it_and_a_date_is_no_number() -> None:
    assert find_claim_ids("Claim No. WC 2025 00123 A claimant called") == ["WC 2025 00123"]
    assert find_claim_ids("claim 10/21/2024 was late") == []
    assert find_claim_ids("the claim rose 12.5 percent") == []

def test_parse_and_format_money() -> None:
    assert parse_money("Invoice Total: $4,312.60") == Decimal("4312.60")
    assert parse_money("Less deductible -$500.00") == Decimal("-500.00")
    assert parse_money("($1,000.00)") == Decimal("-1000.00")
    assert parse_money("USD 1,200") == Decimal("1200")
    assert parse_money("a $25k limit") == Decimal("25000")
    assert parse_money("1,234.5") == Decimal("1234.5")
    assert parse_money("no money here, 42 items") is None
    assert format_money(Decimal("4312.6")) == "$4,312.60"
    assert format_money(Decimal("-500")) == "-$500.00"
    assert format_money(Decimal("1200000")) == "$1,200,000.00"


def test_find_dates_in_every_format_with_the_exact_text() -> None:
    text = ("Loss March 3, 2026; reported Mar. 4, 2026, inspected 9 March 2026, paid 03/26/2026, "
            "closed 2026-04-14, note 4/8/26. Rental from March 5 (no year) and 02/30/2026 (no such day).")
    assert find_dates(text) == [
        (date(2026, 3, 3), "March 3, 2026"),
        (date(2026, 3, 4), "Mar. 4, 2026"),
        (date(2026, 3, 9), "9 March 2026"),
        (date(2026, 3, 26), "03/26/2026"),
        (date(2026, 4, 14), "2026-04-14"),
        (date(2026, 4, 8), "4/8/26"),
    ]


def test_person_names_lose_titles_roles_and_companies() -> None:
    assert clean_person_name("Marcus Bell, Property Field Adjuster") == "Marcus Bell"
    assert clean_person_name("Ms. Elena Vasquez") == "Elena Vasquez"
    assert clean_person_name("Priya Raman (ext. 4410)") == "Priya Raman"
    assert clean_person_name("DANIEL OKAFOR") == "Daniel Okafor"
    assert clean_person_name("Mary-Kate O'Brien - Harborline") == "Mary-Kate O'Brien"
    assert clean_person_name("pending assignment") is None
    assert clean_person_name("Harbor View Bakery LLC", allow_company=True) == "Harbor View Bakery LLC"


def test_amount_labels_are_normalised() -> None:
    cases = {
        "Collision Deductible": "deductible",
        "Coverage A - Dwelling Limit": "limit",
        "General Aggregate": "limit",
        "Invoice Total": "invoice_total",
        "Grand Total": "invoice_total",
        "Total Due": "invoice_total",
        "Estimate Total (NCC-5561)": "invoice_total",
        "Amount Paid": "payout",
        "Net Repair Payment": "payout",
        "Settlement Amount": "payout",
        "Total Payable on Claim CLM-2077": "payout",
        "Medical payments": "medical_payments",  # a coverage, not a payout
        "Less Advance Payment of February 6, 2026": "less_advance_payment",
        "Reserve (open, Business Income)": "reserve",
        "Subtotal": "subtotal",
        "Sales tax, 7.5% on parts and paint materials": "tax",
        "Towing": "towing",
        "Rental Car": "rental_car",
        "Body labor, 16.5 hrs at $62.00": "body_labor",
        "TTD paid 12/02/2025, 2 weeks at $613.33": "payout",
    }
    assert {raw: normalize_amount_label(raw) for raw in cases} == cases


# -- whole documents ----------------------------------------------------------------------

NOTES = """CLAIM FILE NOTES - CLM-1042
===========================

Claim Number: CLM-1042
Policy Number: PAP-884120
Named Insured: Daniel Okafor
Claimant: Amara Okafor (passenger)
Date of Loss: March 3, 2026
Handling Adjuster: Priya Raman, Auto Physical Damage
Field Adjuster: Dana Whitfield
Deductible: $500.00
Towing ........................ $385.00
Rental Car $1,200.00
Invoice Total: $4,812.60

TIMELINE
--------

March 3, 2026 - Loss. Vehicle struck the barrier.
March 4, 2026 - First notice of loss reported by phone.
03/09/2026 - Field inspection at the shop.
2026-03-12 - Estimate NCC-5561 approved.
March 26, 2026 - Net repair payment of $5,302.96 issued.
April 14, 2026 - Claim closed.
April 8, 2026 - Vehicle returned to the insured.
The policy period is January 15, 2026 to July 15, 2026, so the date of loss is covered.
"""


def test_labelled_fields_are_extracted() -> None:
    meta = meta_of(NOTES)

    assert meta.claim_id == "CLM-1042"
    assert meta.policy_numbers == ["PAP-884120"]
    assert meta.insured == ["Daniel Okafor"]
    assert meta.claimants == ["Amara Okafor"]
    assert meta.adjusters == ["Priya Raman", "Dana Whitfield"]
    assert meta.date_of_loss == "2026-03-03"
    assert meta.document_type == "adjuster_notes"


def test_amount_lines_keep_the_line_verbatim_and_the_label_as_written() -> None:
    amounts = {a.label: a for a in meta_of(NOTES).amounts}

    assert set(amounts) == {"deductible", "towing", "rental_car", "invoice_total", "payout"} - {"payout"}
    assert amounts["deductible"].value == "500.00"
    assert amounts["towing"].text == "Towing ........................ $385.00"
    assert amounts["rental_car"].value == "1200.00"
    assert amounts["invoice_total"].raw_label == "Invoice Total"
    assert amounts["invoice_total"].value == "4812.60"


def test_dated_events_carry_their_line_and_label() -> None:
    events = [(e.date, e.label) for e in meta_of(NOTES).events]

    assert events[:9] == [
        ("2026-03-03", "date_of_loss"),  # Date of Loss: ...
        ("2026-03-03", "date_of_loss"),  # March 3, 2026 - Loss.
        ("2026-03-04", "reported"),
        ("2026-03-09", "inspection"),
        ("2026-03-12", "estimate"),
        ("2026-03-26", "payment"),
        ("2026-04-14", "closed"),
        ("2026-04-08", ""),
        ("2026-01-15", ""),  # a policy period near the words "date of loss" is not the loss
    ]
    texts = [e.text for e in meta_of(NOTES).events]
    assert "March 4, 2026 - First notice of loss reported by phone." in texts


def test_events_in_a_pdf_quote_the_sentence_even_across_a_line_wrap() -> None:
    pdf = pdf_bytes([[
        "Claim CLM-2077. The adjuster reviewed the photos the same day and approved the supplement on",
        "March 18, 2026. The shop was told.",
    ]])
    meta = extract_metadata(parse_bytes(pdf, "supplement.pdf"))

    [event] = meta.events
    assert event.date == "2026-03-18"
    assert "approved the supplement on March 18, 2026." in event.text


def test_email_metadata_includes_its_attachments() -> None:
    invoice = pdf_bytes([["Towing Invoice", "Claim Number: CLM-1042", "Invoice Total: $385.00"]])
    eml = eml_bytes(
        subject="RE: towing invoice",
        body="Hello,\n\nInsured: Daniel Okafor\nDate of Loss: 03/03/2026\n",
        attachments=[("invoice.pdf", invoice, "application/pdf")],
    )
    meta = extract_metadata(parse_bytes(eml, "towing.eml"))

    assert meta.claim_id == "CLM-1042"
    assert meta.insured == ["Daniel Okafor"] and meta.date_of_loss == "2026-03-03"
    assert [(a.label, a.value) for a in meta.amounts] == [("invoice_total", "385.00")]
    assert meta.document_type == "correspondence"


def test_couples_and_businesses_as_insured() -> None:
    meta = meta_of("Insured: Robert and Linda Chen\nPolicyholder: Harbor View Bakery LLC, Tacoma\n")
    assert meta.insured == ["Robert Chen", "Linda Chen", "Harbor View Bakery LLC"]


@pytest.mark.parametrize(
    ("filename", "title_line", "expected"),
    [
        ("scan.txt", "FIRST NOTICE OF LOSS", "fnol"),
        ("dryright-invoice.txt", "Water mitigation", "invoice"),
        ("repair-estimate.txt", "Northside Collision", "estimate"),
        ("notes.txt", "Adjuster Notes - CLM-1", "adjuster_notes"),
        ("dec-page.txt", "Homeowners Policy Declarations", "policy"),
        ("report.txt", "Police Report", "report"),
        ("statement.txt", "Recorded Statement of the Insured", "statement"),
        ("handbook.txt", "Claims Handling Guidelines", "guidelines"),
        ("misc.txt", "Miscellaneous", "other"),
    ],
)
def test_document_type_is_guessed_from_title_name_and_first_lines(
    filename: str, title_line: str, expected: str
) -> None:
    assert meta_of(f"{title_line}\n\nSome text.\n", filename).document_type == expected


def test_metadata_survives_a_round_trip_through_a_dict() -> None:
    meta = meta_of(NOTES)
    assert ClaimMetadata.from_dict(meta.to_dict()) == meta


# -- the sample data ----------------------------------------------------------------------

# file, policy, first insured, first claimant, first adjuster, date of loss, type
EXPECTED = [
    ("CLM-1042/adjuster-notes.txt", "PAP-884120", "Daniel Okafor", None, "Priya Raman", "2026-03-03", "adjuster_notes"),
    ("CLM-1042/email-buckeye-towing-invoice.eml", "PAP-884120", "Daniel Okafor", None, None, "2026-03-03", "correspondence"),
    ("CLM-1042/first-notice-of-loss.docx", "PAP-884120", "Daniel Okafor", None, "Priya Raman", "2026-03-03", "fnol"),
    ("CLM-1042/policy-declarations-PAP-884120.pdf", "PAP-884120", "Daniel Okafor", None, None, None, "policy"),
    ("CLM-1042/repair-estimate-northside-collision.pdf", "PAP-884120", "Daniel Okafor", None, None, "2026-03-03",
     "estimate"),
    ("CLM-2077/adjuster-file-notes.txt", "HO3-551902", "Elena Vasquez", None, "Marcus Bell", "2026-01-14", "adjuster_notes"),
    ("CLM-2077/email-coverage-decision.eml", "HO3-551902", "Elena Vasquez", None, "Marcus Bell", "2026-01-14", "correspondence"),
    ("CLM-2077/first-notice-and-policy-summary.md", "HO3-551902", "Elena Vasquez", None, "Marcus Bell", "2026-01-14", "fnol"),
    ("CLM-2077/mitigation-invoice-dryright.pdf", "HO3-551902", None, None, None, "2026-01-14", "invoice"),
    ("CLM-2077/rebuild-estimate-northstar.docx", "HO3-551902", None, None, "Marcus Bell", "2026-01-14", "estimate"),
    ("CLM-3105/adjuster-notes-CLM-3105.txt", "CPP-220781", "Brightline Electronics LLC", None, "Hannah Kowalski", "2026-02-07", "adjuster_notes"),
    ("CLM-3105/burglary-incident-report.md", "CPP-220781", "Brightline Electronics LLC", None, "Hannah Kowalski", "2026-02-07", "report"),
    ("CLM-3105/email-door-repair-invoice.eml", "CPP-220781", "Brightline Electronics LLC", None, None, "2026-02-07", "correspondence"),
    ("CLM-3105/inventory-loss-schedule.pdf", "CPP-220781", "Brightline Electronics LLC", None, "Hannah Kowalski", "2026-02-07", "statement"),
    ("CLM-3105/policy-summary-CPP-220781.docx", "CPP-220781", "Brightline Electronics LLC", None, None, None, "policy"),
    ("CLM-4410/claim-notes-CLM-4410.md", "WC-7781203", "Riverside Distribution Company", "Grace Okafor", "Denise Carter", "2025-11-18", "adjuster_notes"),
    ("CLM-4410/email-return-to-work.eml", "WC-7781203", "Riverside Distribution Company", "Grace Okafor", None, "2025-11-18", "correspondence"),
    ("CLM-4410/employer-first-report-of-injury.pdf", "WC-7781203", "Riverside Distribution Company", "Grace Okafor", "Denise Carter", "2025-11-18", "report"),
    ("CLM-4410/medical-and-indemnity-summary.docx", "WC-7781203", "Riverside Distribution Company", "Grace Okafor", "Denise Carter", "2025-11-18", "other"),
    ("CLM-5238/email-settlement-agreement.eml", "CGL-330915", "Harvest Lane Markets Inc.", "Rosalind Pierce", None, "2025-12-06", "correspondence"),
    ("CLM-5238/liability-evaluation-notes.txt", "CGL-330915", "Harvest Lane Markets Inc.", "Rosalind Pierce", "Priya Raman", "2025-12-06", "adjuster_notes"),
    ("CLM-5238/medical-specials-summary.pdf", "CGL-330915", "Harvest Lane Markets Inc.", "Rosalind Pierce", "Priya Raman", "2025-12-06", "report"),
    ("CLM-5238/store-incident-report.docx", "CGL-330915", "Harvest Lane Markets Inc.", "Rosalind Pierce", "Priya Raman", "2025-12-06", "report"),
    ("CLM-6120/building-repair-estimate-cascade.docx", "CPF-610244", "Alder Creek Woodworks Inc.", None,
     "Robert Nakamura", "2026-01-29", "estimate"),
    ("CLM-6120/email-advance-payment-and-bpp.eml", "CPF-610244", "Alder Creek Woodworks Inc.", None, "Robert Nakamura", "2026-01-29", "correspondence"),
    ("CLM-6120/fire-loss-report.pdf", "CPF-610244", "Alder Creek Woodworks Inc.", None, "Robert Nakamura", "2026-01-29", "report"),
    ("CLM-6120/policy-and-coverage-summary.md", "CPF-610244", "Alder Creek Woodworks Inc.", None, "Robert Nakamura", "2026-01-29", "policy"),
]

needs_data = pytest.mark.skipif(not (DATA / "claims").is_dir(), reason="sample data not generated")


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


@needs_data
def test_every_sample_claim_file_yields_its_claim_and_facts() -> None:
    files = sorted(str(p.relative_to(DATA / "claims")) for p in (DATA / "claims").rglob("*.*"))
    assert files == sorted(row[0] for row in EXPECTED), "sample files changed: update EXPECTED"
    for rel, policy, insured, claimant, adjuster, loss_date, doc_type in EXPECTED:
        meta = extract_metadata(parse_file(DATA / "claims" / rel))
        got = (
            meta.claim_ids, _first(meta.policy_numbers), _first(meta.insured),
            _first(meta.claimants), _first(meta.adjusters), meta.date_of_loss, meta.document_type,
        )
        want = ([rel.split("/")[0]], policy, insured, claimant, adjuster, loss_date, doc_type)
        assert got == want, rel


@needs_data
def test_sample_amounts_that_questions_ask_about() -> None:
    def amounts(rel: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for a in extract_metadata(parse_file(DATA / "claims" / rel)).amounts:
            found.setdefault(a.label, []).append(a.value)
        return found

    notes = amounts("CLM-1042/adjuster-notes.txt")
    assert notes["reserve"] == ["7500.00"] and notes["payout"] == ["6887.96"]
    estimate = amounts("CLM-1042/repair-estimate-northside-collision.pdf")
    assert estimate["invoice_total"][0] == "5489.33" and estimate["payout"] == ["5302.96"]
    towing = amounts("CLM-1042/email-buckeye-towing-invoice.eml")
    assert towing["invoice_total"] == ["385.00"] and towing["towing_total"] == ["385.00"]
    policy = amounts("CLM-2077/first-notice-and-policy-summary.md")
    assert policy["deductible"] == ["1000.00"] and "350000.00" in policy["limit"]
    assert amounts("CLM-5238/email-settlement-agreement.eml")["payout"][0] == "18500.00"


@needs_data
def test_workspace_documents_belong_to_no_claim() -> None:
    meta = extract_metadata(parse_file(DATA / "workspace" / "claims-handling-guidelines.md"))
    assert meta.claim_ids == [] and meta.document_type == "guidelines"


def test_plain_document_without_facts_gives_empty_metadata() -> None:
    doc = ParsedDocument(filename="blank.txt", kind="txt", sections=[])
    assert extract_metadata(doc) == ClaimMetadata(document_type="other")


def test_a_carrier_in_a_report_title_is_no_adjuster_and_a_contact_row_names_one() -> None:
    meta = meta_of(
        "Pine Hollow Mutual Casualty - Independent Adjuster Report - CR-2026-11873\n\n"
        "Insured: Halvard Orchards LLC\n"
        "Frost damage to the apple blocks was inspected on 04/18/2026.\n\n"
        "Contacts\n"
        "Tobias Renner | independent adjuster | (608) 555-0133\n"
        "Mira Castell | orchard manager | (608) 555-0190\n")
    assert meta.adjusters == ["Tobias Renner"]
    assert clean_person_name("Ranch Insurance") is None and clean_person_name("Dalia Ferreira") == "Dalia Ferreira"


def test_a_name_ends_at_the_end_of_its_sentence() -> None:
    meta = meta_of("Field adjuster: Ilka Brannigan. This report covers the first inspection only.\n")
    assert meta.adjusters == ["Ilka Brannigan"]
    assert clean_person_name("J. R. Okafor") == "J. R. Okafor" and clean_person_name("Wm. Tatum") == "Wm. Tatum"


def test_a_policy_field_that_names_the_policy_before_its_number_gives_the_number() -> None:
    meta = meta_of("Claim No.: QT-2026-00917\n"
                   "Policy: Contractors Open Yard CY-30418-SW, Bramble Mutual, policy period 03/01/2026 - 03/01/2027\n")
    assert meta.policy_numbers == ["CY-30418-SW"]
    assert meta_of("Policy No.: BOP 5520914-02 | Term: 01/01/2026 - 01/01/2027\n").policy_numbers == ["BOP 5520914-02"]
    assert meta_of("Policy: see the declarations page\n").policy_numbers == []


@pytest.mark.parametrize("text, insured", [
    # the legal entity, not the name it trades under
    ("Claim No.: QT-2026-4410\nInsured: Harrow Gate Kennels LLC dba Harrow Gate Pet Resort & Spa\n",
     ["Harrow Gate Kennels LLC"]),
    ("Claim No.: QT-2026-4410\nNamed insured: Marisol Ortega d/b/a Ortega Tile & Stone\n", ["Marisol Ortega"]),
    # a letter's "Re:" line whose value is a field itself
    ("Claim No.: QT-2026-4410\nRe: Insured: Ferncastle Bowling Lanes, Inc.\n", ["Ferncastle Bowling Lanes, Inc."]),
])
def test_an_insured_written_with_a_trade_name_or_under_re_is_read(text: str, insured: list[str]) -> None:
    assert meta_of(text).insured == insured


@pytest.mark.parametrize(("text", "date_of_loss"), [
    # a form's field that gives the date with the cause or the time
    ("Claim No.: HM-2031-0447\nDate / cause of loss | 11/14/2031 about 2 a.m. - a burst boiler tube\n", "2031-11-14"),
    ("Claim No.: HM-2031-0448\nDate & time of loss: 02/09/2031 16:20\n", "2031-02-09"),
    ("Claim No.: HM-2031-0449\nLoss date/time: March 30, 2031, 07:05\n", "2031-03-30"),
    # a label naming only the event, its value opening with the date
    ("Claim No.: HM-2031-0450\nIncident: 06/18/2031, forklift struck a racking upright in aisle 9.\n", "2031-06-18"),
    # ... and not when the date comes later in a description
    ("Claim No.: HM-2031-0451\nLoss: water from the unit above; reported to us on 07/02/2031.\n", None),
])
def test_a_date_of_loss_is_read_from_the_fields_forms_write_it_in(text: str, date_of_loss: str | None) -> None:
    assert meta_of(text).date_of_loss == date_of_loss
