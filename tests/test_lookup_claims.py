"""Lookups over claim files written unlike our samples, on the real engine: the document's own claim
number (not another carrier's), where each claim stands (status, open reserve, an attorney, who
handles it) read at ingest, and "which claims ..." answered with only the claims that match, each
on its own line with the fact that matched and its citation, or "none of the claims in reach"."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document

from rag.config import Settings
from rag.engine import Engine
from tests.docfactory import put_file


def _docx_with_header(paragraphs: list[str], header: str) -> bytes:
    document = Document()
    document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

# A surveyor's letter: its own number is in the page header; the other carrier's number is
# mentioned more often, in the body, as theirs.
RECOVERY_LETTER = _docx_with_header(
    [
        "Recovery status - hail damage to the packing shed roof at 14 Orchard Way",
        "The shed's polycarbonate roof panels were holed by hail on 05/18/2025; 46 panels need replacing.",
        "The tenant's insurer, Grayline Casualty, has opened their claim GT-40017 for the tenant's stock.",
        "We sent a demand to Grayline on their claim GT-40017 for the roof; Grayline asked for photos "
        "before it answers on claim GT-40017.",
        "Panel replacement quote: $18,240.00",
    ],
    header="Kestrel Property Insurance  |  Claim Ref: KX/25/00311  |  Surveyor file: SV-2207",
)

# Forklift injury: a TPA's diary, several fields on a line, reserves raised in notes.
FORKLIFT_DIARY = """WORKERS COMP DIARY - export
Claim: WC-88-1204 Empl: Bergen Cold Storage Inc. Injd: Felipe Arce
Handler: Tomasz Nowicki (TN) Supv: Greta Holm (GH) Injury: crushed left foot, forklift
03/04/2025 09:12 TN Three-point contact made. Felipe Arce's foot was run over by a reach truck in aisle 9.
03/06/2025 14:40 TN Rsv set $60,000 (medical 35k, indemnity 25k).
04/22/2025 10:05 GH Surgery done 04/20; rsv raised to $140,000.
04/30/2025 16:20 TN Subrogation against the reach truck's lessor, Northway Lift Rentals, is being pursued.
05/02/2025 08:30 TN Status: OPEN - TTD continuing.
"""

# An orchard frost loss: a colon-less key-value block (as PDF text comes out), closed at the end.
FROST_REPORT = """Field report - frost damage to the apple crop
Claim no. PR-5530-K
Insured Lakeview Orchards LLC
Date of loss March 2, 2025
Adjuster Ruth Okonkwo, Crop Field Adjuster
The frost of March 2, 2025 killed most king blossoms in blocks 3 to 7.
A reserve of $22,500 was set when the loss was reported.
No one was injured; the picking crew had left the blocks for the season.
There is no subrogation opportunity on a weather loss.
The claim was closed on 06/30/2025 after the final payment.
Total paid to date: $21,980.00
"""

# A slip-and-fall with counsel, now in suit.
SIDEWALK_LETTER = """Liability claim status letter
Claim Number: GL-7781-M
Insured: Copperleaf Bistro LLC
Claimant: Harold Vance
Date of Loss: 11/14/2024
Mr. Vance slipped on ice on the sidewalk outside the bistro's side door and broke his wrist.
On 01/09/2025 we received a letter of representation from Whitlock & Pruitt, attorney Dana Whitlock.
Suit was filed on 09/02/2025 in Marion County; the claim is in litigation.
Reserves as of 09/10/2025: indemnity $45,000 and expense $12,000.
Medical payments paid: $3,150.00
"""


# A coverage position: denied.
SLAB_LEAK = """Coverage position - leak under the slab
Claim No.: HO-3318-Z
Insured: Wen Okonjo
Date of Loss: 01/20/2025
The plumber found a slow leak that had run for months beneath the slab.
Coverage was denied on 02/14/2025: continuous seepage over 14 days is excluded.
"""

# An auto diary: closed, then reopened.
LIEN_DIARY = """Auto claim diary
Claim #: AU-66120
Insured: Marguerite Tellier
01/05/2025 Total loss paid; file closed.
03/18/2025 File reopened: the lienholder disputes the payoff amount.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("lookup-claims")
    engine = Engine.open(Settings(home=root / "home"))
    for name, data in (("shed-recovery.docx", RECOVERY_LETTER), ("diary-export.txt", FORKLIFT_DIARY),
                       ("frost-field-report.txt", FROST_REPORT), ("status-letter.txt", SIDEWALK_LETTER),
                       ("coverage-position.txt", SLAB_LEAK), ("auto-diary.txt", LIEN_DIARY)):
        result = engine.ingest_file(put_file(root, name, data))
        assert not isinstance(result, Exception), result
    # a claim filed in another channel: never in this channel's lookups
    other = engine.ingest_file(put_file(root, "elsewhere.txt", "Claim Number: HX-9001\nInsured: Quill Print Shop\n"
                                        "Rsv set $500,000 after the press fire.\nStatus: OPEN\n"), scope="C-OTHER")
    assert not isinstance(other, Exception), other
    return engine


ALL = ("KX/25/00311", "WC-88-1204", "PR-5530-K", "GL-7781-M", "HX-9001", "GT-40017", "HO-3318-Z", "AU-66120")


def _listed(text: str) -> list[str]:
    return sorted(c for c in ALL if c in text)


def test_the_documents_own_number_beats_another_carriers_mentioned_more_often(engine: Engine) -> None:
    claims = {c.claim_id for c in engine.claims()}
    assert "KX/25/00311" in claims
    assert "GT-40017" not in claims
    answer = engine.ask("What is the panel replacement quote on KX/25/00311?")
    assert "$18,240.00" in answer.text, answer.text


@pytest.mark.parametrize("question, expected, shown", [
    ("do we have any claims with reserves above $100k?", ["WC-88-1204"], r"\$140,000"),
    ("list claims where the open reserve is under $60,000", ["GL-7781-M"], r"\$57,000"),
    ("which of our claims are closed", ["PR-5530-K"], r"closed"),
    ("any files where the claimant is represented by a lawyer", ["GL-7781-M"], r"Dana Whitlock"),
    ("which claims are in litigation", ["GL-7781-M"], r"litigation"),
    ("which claims were denied?", ["HO-3318-Z"], r"Coverage was denied"),
    ("which files have been reopened", ["AU-66120"], r"lienholder"),
    ("claims handled by Tomasz Nowicki?", ["WC-88-1204"], r"Nowicki"),
    ("what does nowicki have open", ["WC-88-1204"], r"Nowicki"),  # a surname, as chat says it
    ("what's on Tomasz Nowicki's desk?", ["WC-88-1204"], r"Nowicki"),
    ("claims tomasz nowicki has", ["WC-88-1204"], r"Nowicki"),
    ("which files have subro potential", ["WC-88-1204"], r"Northway Lift Rentals"),
    ("any frost claims?", ["PR-5530-K"], r"(?i)frost"),
    ("which claims have been paid?", ["GL-7781-M", "PR-5530-K"], r"\$3,150\.00.*\n.*\$21,980\.00"),
    ("show me the claims with a loss before 12/31/2024", ["GL-7781-M"], r"November 14, 2024"),
    ("which claims had a loss in 2025?", ["HO-3318-Z", "KX/25/00311", "PR-5530-K"],  # KX: "holed by hail on 05/18/2025"
     r"January 20, 2025.*\n.*May 18, 2025.*\n.*March 2, 2025"),
    ("any claims where we paid more than $20k", ["PR-5530-K"], r"\$21,980\.00"),
    ("which files had a loss during the fourth quarter of 2024", ["GL-7781-M"], r"November 14, 2024"),
    ("which closed files is Ruth Okonkwo handling?", ["PR-5530-K"], r"Ruth Okonkwo.*closed"),
])
def test_only_the_claims_that_match_are_listed_each_with_its_fact_cited(
        engine: Engine, question: str, expected: list[str], shown: str) -> None:
    answer = engine.ask(question)
    assert answer.route == "lookup", (answer.route, answer.text)
    assert _listed(answer.text) == expected, answer.text
    assert re.search(shown, answer.text), answer.text
    line = next(line for line in answer.text.splitlines() if expected[0] in line)
    assert re.search(r"\[\d+\]", line), answer.text  # the claim's line cites where the fact stands
    assert answer.citations


def test_no_match_says_none_of_the_claims_in_reach(engine: Engine) -> None:
    answer = engine.ask("which claims involve a dog bite?")
    assert answer.text.startswith("None of the 6 claims in reach"), answer.text
    assert _listed(answer.text) == []


def test_an_adjusters_claims_are_filtered_too(engine: Engine) -> None:
    answer = engine.ask("which open files is Ruth Okonkwo handling?")
    assert answer.text.startswith("The one claim handled by Ruth Okonkwo does not match"), answer.text


def test_a_claim_out_of_reach_is_never_listed(engine: Engine) -> None:
    inside = engine.ask("which claims have reserves over $300,000")
    assert "HX-9001" not in inside.text and inside.text.startswith("None"), inside.text
    there = engine.ask("which claims have reserves over $300,000", scope="C-OTHER")
    assert _listed(there.text) == ["HX-9001"], there.text


def test_a_file_name_picks_the_documents_number_among_two_in_its_body(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    notes = "\n".join(["Inspection notes", "Roof inspected with the contractor present.", "", "", "", "", "", "",
                       "Cross-reference: claim TR-8830 (the neighbour's fence) is a separate matter.",
                       "Photos for claim MB-5512 uploaded; estimate to follow.",
                       "Estimate for the ridge repair: $2,760.00"])
    engine.ingest_file(put_file(tmp_path, "mb-5512-inspection.txt", notes))
    assert [c.claim_id for c in engine.claims()] == ["MB-5512"]


@pytest.mark.parametrize("question, expected", [
    ("which claim has the highest open reserve?", r"^WC-88-1204 has the highest open reserve: \$140,000\.00 \[1\]"),
    ("what file has the oldest loss", r"^GL-7781-M has the oldest date of loss: November 14, 2024 \[1\]"),
])
def test_the_claim_at_an_end_of_a_measure_is_named_with_its_value_cited(
        engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert re.search(expected, answer.text), answer.text
    assert answer.citations[0].claim_id == expected.split()[0].lstrip("^")


def test_a_file_whose_text_names_no_claim_is_filed_under_the_number_its_name_gives(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_file(put_file(tmp_path, "claim_88123_photo-log.txt",
                                "Photo 1: north elevation, siding buckled.\nPhoto 2: meter base pulled from the wall.\n"))
    assert [c.claim_id for c in engine.claims()] == ["CLM-88123"]
    answer = engine.ask("what does photo 2 show on CLM-88123?")
    assert "meter base" in answer.text, answer.text


def test_a_letter_to_the_insurer_is_filed_under_your_ref_not_the_senders_own_ref(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    letter = ("Marlow & Treadwell LLP\nYour ref: PX-7714-B\nOur ref: LG-0342\n"
              "Re: Ines Dubrovna - rear-end collision, your claim PX-7714-B\n"
              "We represent Ms. Dubrovna. Please direct all contact on claim PX-7714-B to this office.\n")
    engine.ingest_file(put_file(tmp_path, "representation-letter.txt", letter))
    assert [c.claim_id for c in engine.claims()] == ["PX-7714-B"]


def test_a_capital_letter_in_a_question_is_no_claim_whose_number_ends_in_that_letter(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    engine.ingest_file(put_file(tmp_path, "reefer.txt", "Claim Ref: MR/25/00412-C\nForty pallets of berries spoiled "
                                "when the reefer unit failed.\n"))
    engine.ingest_file(put_file(tmp_path, "roof.txt", "Claim Number: HO-5120\nInsured: Tobiah Lindqvist\n"
                                "Cedar Hollow Roofing replaced the hail-damaged roof for $14,300.00.\n"))
    answer = engine.ask("Which claims involve Cedar Hollow Roofing?")
    assert "HO-5120" in answer.text and "MR/25/00412-C" not in answer.text, answer.text


def test_a_claim_whose_files_say_no_one_was_hurt_is_not_listed_as_one_where_someone_was(engine: Engine) -> None:
    answer = engine.ask("which claims have someone hurt?")
    assert "WC-88-1204" in answer.text, answer.text
    assert "PR-5530-K" not in answer.text, answer.text  # "No one was injured; ..."
