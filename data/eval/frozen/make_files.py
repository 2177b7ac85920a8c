"""Generate the frozen evaluation claim files under ``files/``.

Everything here is invented: people, companies, addresses, policies, amounts. The files are written in
deliberately untidy, varied styles (long narrative PDF, police report, typewriter "scan", Markdown tables,
email threads, DOCX with tables) so the set does not resemble a tidy sample corpus.

Run: python make_files.py   (needs fpdf2 and python-docx). Output is deterministic except PDF/DOCX
creation timestamps, which are pinned where the libraries allow it.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"
FIXED = dt.datetime(2026, 11, 30, 3, 0, 0, tzinfo=dt.timezone.utc)


def money(x: float) -> str:
    return f"${x:,.2f}"


# --------------------------------------------------------------------------------------------------
# Claim A: commercial auto fleet, Ironwood Casualty Group, CLM-2024-0847-2931
# --------------------------------------------------------------------------------------------------


class ReportPDF(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_creation_date(FIXED)

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")


def h(pdf: FPDF, text: str, size: int = 12) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)


def para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.4, " ".join(text.split()), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def table(pdf: FPDF, rows: list[list[str]], widths: list[float]) -> None:
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def fleet_investigation() -> None:
    pdf = ReportPDF(
        "Kestrel Loss Investigations, Inc. -- CONFIDENTIAL -- prepared at the request of Ironwood Casualty Group",
        "Kestrel file K-24-3317 / Carrier claim CLM-2024-0847-2931",
    )
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(
        0,
        8,
        "FIELD INVESTIGATION REPORT\nCommercial Auto - Tractor-Trailer / Passenger Car Collision",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for a, b in [
        ("To:", "Desmond Kaur-Whitley, Senior Commercial Auto Adjuster, Ironwood Casualty Group"),
        ("From:", "Renata Solberg-Ames, Senior Field Investigator, Kestrel Loss Investigations, Inc."),
        ("Carrier claim:", "CLM-2024-0847-2931"),
        ("Policy:", "ICG-CA-4410927 (Business Auto, CSL $1,000,000)"),
        ("Named insured:", "Pell & Dorsey Freight Lines LLC, 2200 Tannery Row, Millbrook, OH 43112"),
        ("Date of loss:", "October 14, 2024 (Monday), approx. 11:42 PM"),
        ("Report date:", "November 4, 2024"),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(32, 5.5, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    h(pdf, "1. Assignment")
    para(
        pdf,
        """We received this assignment by telephone and e-mail from Mr. Kaur-Whitley on October 16, 2024. The
    first notice of loss had been phoned in to Ironwood by the insured's safety director, Ms. Pauline Gruber-Matz,
    at 6:10 AM on October 15, 2024, roughly six and a half hours after the crash. We were asked to document the
    scene, obtain the driver's recorded statement, collect the telematics and dash camera data, identify
    witnesses, and give an opinion on liability and on the reserves posted by the carrier. This report covers the
    work done between October 16 and November 1, 2024.""",
    )

    h(pdf, "2. Summary of the loss")
    para(
        pdf,
        """On the night of Monday, October 14, 2024, the insured's tractor unit 118, a 2021 Freightliner Cascadia
    pulling an empty 53-foot dry van, was leaving the Coulter Mill Road cross-dock and turned left onto State
    Route 31 in Brackett County. The unit was driven by Marcus Okafor-Reyes, a company driver with nine years on
    the job. A westbound 2018 Honda Accord driven by Linnea Sauve struck the left side of the tractor between the
    steer axle and the fuel tank. Ms. Sauve's younger brother, Teodor Sauve (17), was the front-seat passenger.
    Both occupants were taken by Brackett County EMS (Medic 7) to St. Aldric Regional Medical Center. Ms. Sauve
    sustained a fracture of the left wrist (distal radius) and a cervical strain; Teodor was treated for facial
    lacerations and released from the emergency department the same night.""",
    )
    para(
        pdf,
        """The Brackett County Sheriff's Office investigated; the crash report number is BCSO-24-118305. The
    reporting deputy cited our driver for failure to yield the right of way when entering a highway
    (citation BC-771204). The Honda was declared a total loss. A section of county guardrail on the south
    shoulder was also damaged when the Honda rotated after the impact.""",
    )

    h(pdf, "3. Vehicles and equipment")
    table(
        pdf,
        [
            ["Unit", "Description", "VIN / Serial", "Owner", "Disposition"],
            [
                "Insured tractor (unit 118)",
                "2021 Freightliner Cascadia 126",
                "1FUJHHDR7MLKR4821",
                "Pell & Dorsey Freight Lines LLC",
                "Towed; repairable, est. $18,312.75",
            ],
            [
                "Insured trailer",
                "2019 Wabash 53' dry van (empty)",
                "1JJV532D4KL118044",
                "Pell & Dorsey Freight Lines LLC",
                "Driven from scene",
            ],
            [
                "Claimant vehicle",
                "2018 Honda Accord EX",
                "1HGCV1F31JA902716",
                "Linnea Sauve",
                "Total loss; ACV $24,650.00",
            ],
            ["Dash camera", "VantaCam DC-400 dual-facing", "VC4-0093318", "Pell & Dorsey", "Footage preserved"],
        ],
        [30, 38, 38, 40, 44],
    )
    para(
        pdf,
        """Both insured units were towed or driven to Gaskell's Towing & Recovery at 915 Quarry Spur Road,
    Millbrook. We inspected the tractor there on October 18, 2024. Damage is confined to the left front: bumper
    end cap, left fender and hood hinge area, left steps and the left-hand fuel tank strap, which was bent but did
    not rupture. No fuel was lost. The repair estimate prepared by Tri-State Truck Body (estimate TSTB-20931) is
    $18,312.75 gross; the insured carries a $2,500 collision deductible on power units.""",
    )

    h(pdf, "4. Scene inspection")
    para(
        pdf,
        """The scene was inspected on Friday, October 18, 2024, in daylight and again after dark at about 11:30 PM
    to judge lighting. State Route 31 is a two-lane rural highway with a posted speed limit of 55 mph west of
    the intersection, reduced to 45 mph for the 600 feet before Coulter Mill Road. Coulter Mill Road is stop-controlled;
    the stop sign and stop bar were in place and visible. There is a single overhead sodium light on the
    northeast corner; the cross-dock yard lights face inward and do not light the roadway. Sight distance to the
    east for a driver stopped at the stop bar is approximately 780 feet, which we measured with a laser wheel.
    The weather on the night of the loss, per the sheriff's report and the county airport record, was light rain
    at 52 degrees F with wet pavement.""",
    )
    para(
        pdf,
        """Gouge marks and the debris field are consistent with the point of impact being in the westbound lane,
    about 14 feet west of the stop bar, meaning the tractor had crossed the eastbound lane and was partly into
    the westbound lane when struck. No skid marks from the Honda were visible on the wet pavement; the deputy's
    diagram shows 41 feet of yaw marks after the impact.""",
    )

    h(pdf, "5. Statements")
    para(
        pdf,
        """Driver. We took the recorded statement of Marcus Okafor-Reyes at the insured's terminal on
    October 17, 2024. He stated that he stopped at the stop bar, looked left and right, saw headlights "a long way
    off" to his right, and began his turn. He estimated he was moving about 8 to 10 mph. He felt the impact before
    completing the turn. He denied using his phone; the insured's phone records and the cab-facing camera
    support this. He holds a Class A CDL (Ohio), has no prior at-fault crashes in the insured's records, and was
    within his hours-of-service limits (he had come on duty at 3:15 PM).""",
    )
    para(
        pdf,
        """Claimant. Ms. Sauve is represented. We received a letter of representation from Ferris & Halloway
    LLP (attorney Jonah Ferris) dated October 28, 2024, and made no direct contact with her after that date. Her
    account to the deputy at the scene was that the truck "pulled right out" and that she "had nowhere to go".""",
    )
    para(
        pdf,
        """Independent witness. Mr. Augustin Pell-Varnado (no relation to the insured's owners), a night-shift
    forklift operator at the cross-dock, was on a smoking break by the gate. He told us that the Honda "was going
    pretty quick, but the truck should have waited". We could not obtain a recorded statement; he gave an oral
    account only and asked not to be contacted at work again.""",
    )

    h(pdf, "6. Telematics and video")
    para(
        pdf,
        """The insured's ELD and engine module recorded a hard-brake event at 23:41:58 and the impact at
    23:42:01. The tractor's speed at impact was 9 mph. The VantaCam DC-400 (serial VC4-0093318) road-facing
    footage shows the Honda's headlights entering frame roughly 3.1 seconds before impact. Using the frame rate
    and known distances, our reconstruction consultant estimates the Honda's speed at 58 to 63 mph in the 45 mph
    zone. The cab-facing footage shows the driver looking right for about one second and then left before moving
    off. We have preserved the original files with hash values and delivered copies to Ironwood on a USB drive
    (evidence tag KLI-0448).""",
    )

    h(pdf, "7. Liability analysis")
    para(
        pdf,
        """Our driver entered a through highway from a stop sign and was cited. Under these facts a jury is likely to
    find the insured driver primarily at fault. However, the Honda's speed, if proven, supports a comparative
    negligence argument. We estimate liability at 70% insured / 30% claimant, subject to the reconstruction being
    accepted. We do not recommend an SIU referral; there are no indicators of fraud or staging.""",
    )

    h(pdf, "8. Reserves and payments (as reported by carrier, reviewed by Kestrel)")
    table(
        pdf,
        [
            ["Exposure", "Claimant / payee", "Reserve", "Paid to date", "Comment"],
            ["Bodily injury", "Linnea Sauve", "$150,000.00", "$0.00", "Represented; wrist ORIF surgery 10/22/2024"],
            ["Bodily injury", "Teodor Sauve (minor)", "$35,000.00", "$2,180.40", "ER bill paid (med pay)"],
            [
                "Property damage",
                "Linnea Sauve - 2018 Accord",
                "$24,650.00",
                "$24,650.00",
                "ACV total loss paid 11/1/2024",
            ],
            ["Property damage", "Brackett County DOT - guardrail", "$7,850.00", "$0.00", "Invoice requested"],
            [
                "Collision (1st party)",
                "Pell & Dorsey - unit 118",
                "$16,000.00",
                "$0.00",
                "Est. $18,312.75 less $2,500 ded.",
            ],
            ["TOTAL", "", "$233,500.00", "$26,830.40", ""],
        ],
        [30, 46, 28, 28, 58],
    )
    para(
        pdf,
        """We consider the bodily injury reserve for Ms. Sauve adequate for now given the surgery and the comparative
    negligence argument, but it should be revisited once the demand package arrives. The collision reserve of
    $16,000 slightly exceeds the net repair figure of $15,812.75.""",
    )

    h(pdf, "9. Recommendations and status")
    para(
        pdf,
        """1) Keep the file open; no suit has been filed as of this report, but a demand from Ferris & Halloway is
    expected after Ms. Sauve's treatment ends. 2) Obtain the guardrail invoice from Brackett County DOT.
    3) Retain the reconstruction consultant, Mr. Hollis Tenbrook, P.E., for a formal report (estimated fee
    $4,800). 4) Send a preservation letter to the claimant's counsel for the Honda's airbag control module, which
    is held at Copper Fork Salvage Auction, lot 22-8817.""",
    )
    para(
        pdf,
        """Respectfully submitted, Renata Solberg-Ames, Senior Field Investigator (Ohio adjuster license 1178204),
    Kestrel Loss Investigations, Inc., 47 Larchmont Commons, Suite 210, Columbus, OH 43215.""",
    )
    pdf.output(str(OUT / "kestrel_field_investigation_pell_dorsey.pdf"))


def sheriff_report() -> None:
    pdf = ReportPDF(
        "RCVD BY FAX  10/21/2024 09:14  IRONWOOD CASUALTY CLAIMS  re: CLM-2024-0847-2931", "BCSO Form TR-1 (rev. 2019)"
    )
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "BRACKETT COUNTY SHERIFF'S OFFICE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Traffic Division - 1400 Courthouse Square, Brackett Center, OH 43140",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "TRAFFIC CRASH REPORT - INJURY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(
        pdf,
        [
            ["Report No.", "BCSO-24-118305", "Date of crash", "10/14/2024"],
            ["Time of crash", "approx. 2342 hrs", "Day", "MON"],
            ["Location", "SR 31 at Coulter Mill Rd, Harlan Twp.", "Mile marker", "SR 31 MM 17.4"],
            ["Call received (dispatch)", "2344 hrs", "Deputy on scene", "2356 hrs"],
            ["EMS on scene", "2359 hrs (Medic 7)", "Scene cleared", "0217 hrs 10/15/2024"],
            ["Weather / road", "Rain, light / wet", "Light condition", "Dark - lighted"],
        ],
        [38, 57, 38, 57],
    )

    h(pdf, "PERSONNEL", 11)
    table(
        pdf,
        [
            ["Role", "Name", "Badge"],
            ["Reporting deputy", "Deputy Ilse Varga", "4471"],
            ["Assisting deputy (traffic control)", "Deputy Corwin Hale", "3986"],
            ["Shift supervisor (on scene 0012 hrs)", "Sgt. Tomas Prieto", "2208"],
            ["Crash reconstruction (photos / measurements)", "Cpl. Yvette Amundsen", "1759"],
        ],
        [80, 70, 40],
    )

    h(pdf, "UNIT 1", 11)
    table(
        pdf,
        [
            ["Driver", "OKAFOR-REYES, MARCUS J.", "DOB", "06/02/1986"],
            ["Address", "318 Delphine St Apt 4, Millbrook OH 43112", "License", "OH CDL-A  TK559031"],
            ["Vehicle", "2021 FRHT CASCADIA TR  white", "VIN", "1FUJHHDR7MLKR4821"],
            ["Plate", "OH  PDF 1180", "Owner", "PELL & DORSEY FREIGHT LINES LLC"],
            [
                "Insurance",
                "IRONWOOD CASUALTY GRP  ICG-CA-4410927",
                "Direction",
                "Turning L from Coulter Mill onto SR 31",
            ],
            ["Towed by", "Gaskell's Towing & Recovery", "Injury", "None (N)"],
        ],
        [25, 70, 25, 70],
    )
    h(pdf, "UNIT 2", 11)
    table(
        pdf,
        [
            ["Driver", "SAUVE, LINNEA M.", "DOB", "03/19/1999"],
            ["Address", "77 Bellwether Ln, Harlan OH 43141", "License", "OH  SR482217"],
            ["Vehicle", "2018 HOND ACCORD 4D  grey", "VIN", "1HGCV1F31JA902716"],
            ["Plate", "OH  JLK 4402", "Insurance", "Cardinal Prairie Auto Ins. (policy not verified)"],
            ["Passenger", "SAUVE, TEODOR A. (17) front right", "Direction", "Westbound SR 31"],
            ["Towed by", "Gaskell's Towing & Recovery", "Injury", "Driver: B (suspected minor); Pass: C"],
        ],
        [25, 70, 25, 70],
    )

    h(pdf, "NARRATIVE (Deputy I. Varga #4471)", 11)
    para(
        pdf,
        """On 10/14/2024 at approximately 2344 hrs I was dispatched to a two-vehicle injury crash at SR 31 and
    Coulter Mill Rd. I arrived at 2356 hrs. Unit 1, a tractor-trailer, was stopped across the eastbound lane and
    partially in the westbound lane of SR 31, facing north-west. Unit 2 was on the south shoulder against the
    guardrail, facing east, with heavy front-end damage and airbags deployed.""",
    )
    para(
        pdf,
        """Driver of Unit 1 (Okafor-Reyes) stated he stopped at the stop sign on Coulter Mill Rd, checked traffic,
    and began a left turn onto westbound SR 31 when Unit 2 struck his left front. Driver of Unit 2 (Sauve) stated
    she was westbound at "about the speed limit" when the truck pulled out in front of her. Witness Augustin
    Pell-Varnado, 2290 Coulter Mill Rd (employee at the cross-dock), stated Unit 1 pulled out while Unit 2 was
    approaching and that Unit 2 "was moving fast". Based on the statements and the point of impact in the
    westbound lane, Unit 1 failed to yield to traffic on the through highway.""",
    )
    para(
        pdf,
        """Driver of Unit 1 was issued citation BC-771204 (failure to yield, entering highway from stop sign).
    No impairment was observed in either driver. Brackett County EMS Medic 7 transported Driver 2 and Passenger 2
    to St. Aldric Regional Medical Center at 0021 hrs. Cpl. Amundsen #1759 arrived at 0034 hrs and photographed and
    measured the scene (41 ft of post-impact yaw marks from Unit 2). Approx. 60 ft of guardrail damaged on the
    south side; Brackett County DOT notified at 0105 hrs. Both vehicles were towed by Gaskell's Towing &
    Recovery. Roadway reopened and scene cleared at 0217 hrs.""",
    )
    para(pdf, "Reviewed and approved: Sgt. T. Prieto #2208, 10/16/2024.")
    pdf.output(str(OUT / "bcso_crash_report_BCSO-24-118305.pdf"))


# --------------------------------------------------------------------------------------------------
# Claim B: homeowners wind/hail, Bluestem Mutual Insurance Company, HO-2024-8892
# --------------------------------------------------------------------------------------------------

HAIL_ITEMS = [
    # description, qty, unit, rcv, depreciation
    ("Tear off & replace laminated comp. shingles (incl. felt)", "34", "SQ", 14280.00, 4284.00),
    ("Ice & water shield at eaves and valleys", "6", "SQ", 1062.00, 318.60),
    ("Drip edge, aluminum", "240", "LF", 792.00, 237.60),
    ('Seamless aluminum gutter 5" and downspouts', "168", "LF", 1848.00, 554.40),
    ("Rescreen window screens (hail tears)", "6", "EA", 414.00, 124.20),
    ("Skylight flashing kit, R&R", "1", "EA", 386.50, 115.95),
    ("Bedroom 2 ceiling: drywall patch, texture, paint (water stain)", "144", "SF", 1296.00, 129.60),
    ("Vinyl siding, north elevation, R&R", "4.5", "SQ", 2565.00, 769.50),
]
HAIL_COV_A = 412000.00
HAIL_DED = 0.02 * HAIL_COV_A  # 8,240.00
HAIL_SUPPLEMENT = 1134.00


def hail_markdown() -> dict[str, float]:
    rcv = round(sum(i[3] for i in HAIL_ITEMS), 2)
    dep = round(sum(i[4] for i in HAIL_ITEMS), 2)
    acv = round(rcv - dep, 2)
    first = round(acv - HAIL_DED, 2)
    lines = [
        "# Bluestem Mutual Insurance Company -- Property Claim Worksheet",
        "",
        "_Homeowners (HO-3) -- wind/hail. Prepared by the field adjuster from the 6/3 inspection; "
        "ledger updated at closing._",
        "",
        "| | |",
        "|---|---|",
        "| **Claim #** | HO-2024-8892 |",
        "| **Policy** | BMH-0621-77354 (HO-3, eff. 2024-02-01 to 2025-02-01) |",
        "| **Insureds** | Gwendolyn Pessoa & Arturo Pessoa |",
        "| **Risk address** | 1187 Larkspur Bend, Alder Falls, KS 67455 |",
        "| **Mailing address** | same |",
        "| **DOL** | 2024-05-22 |",
        "| **Cause** | Hail (1.75 in. stones per NWS spotter report) with wind gusts to 68 mph |",
        "| **FNOL received** | 2024-05-24, by phone from G. Pessoa |",
        "| **Inspection** | 2024-06-03 |",
        "| **Field adjuster** | Priya Landgrave, Field Property Adjuster (KS lic. 0094412) |",
        "| **Mortgagee** | Tallgrass Home Lending, loan # 5530-19928 |",
        f"| **Coverage A (Dwelling)** | {money(HAIL_COV_A)} |",
        f"| **Wind/Hail deductible** | 2% of Cov. A = {money(HAIL_DED)} |",
        "| **Contractor** | Summit Crest Roofing & Exteriors (estimator: Dale Whitcombe) |",
        "| **Reserve (at closing)** | $34,000.00 |",
        "| **Status** | CLOSED 2024-09-30 |",
        "",
        "## Inspection notes",
        "",
        "Roof is a 2-story gable with one skylight, laminated architectural shingles approx. 9 years old. Test",
        "squares on all four slopes show 11-16 hail hits per 10x10 (threshold 8), fractured mats, and several",
        "shingles lifted/creased on the west slope. Water came in at the lifted shingles and stained the ceiling",
        "of bedroom 2 (upstairs, NW corner); moisture meter reading at the stain 22% at inspection, drywall",
        "sound. Gutters dented on every run; north-side siding cracked (vinyl, brittle). Six window screens torn.",
        "Detached shed (Cov. B) shows no damage. No prior hail claim on this policy. Insured Arturo Pessoa is a",
        "high-school chemistry teacher; Gwendolyn Pessoa was present at the inspection.",
        "",
        "## Schedule of loss (estimate)",
        "",
        "| # | Item | Qty | Unit | RCV | Depreciation | ACV |",
        "|---:|---|---:|---|---:|---:|---:|",
    ]
    for n, (d, q, u, r, dp) in enumerate(HAIL_ITEMS, 1):
        lines.append(f"| {n} | {d} | {q} | {u} | {money(r)} | {money(dp)} | {money(r - dp)} |")
    lines += [
        f"| | **Totals** | | | **{money(rcv)}** | **{money(dep)}** | **{money(acv)}** |",
        "",
        f"Net ACV claim = ACV {money(acv)} less deductible {money(HAIL_DED)} = **{money(first)}**. Depreciation of "
        f"{money(dep)} is recoverable once the work is completed and a certificate of completion is received.",
        "",
        "## Payment ledger",
        "",
        "| Date | Payee | Description | Check / EFT | Amount |",
        "|---|---|---|---|---:|",
        f"| 06/11/2024 | Gwendolyn & Arturo Pessoa and Tallgrass Home Lending | ACV, less deductible "
        f"| CHK 0048817 | {money(first)} |",
        f"| 08/02/2024 | Gwendolyn & Arturo Pessoa and Tallgrass Home Lending "
        f"| Supplement: roof decking, 12 sheets OSB | EFT 77-31204 | {money(HAIL_SUPPLEMENT)} |",
        f"| 09/19/2024 | Gwendolyn & Arturo Pessoa "
        f"| Recoverable depreciation released (completion cert. dated 09/12/2024) | CHK 0051290 | {money(dep)} |",
        f"| | | **Total paid** | | **{money(first + HAIL_SUPPLEMENT + dep)}** |",
        "",
        "## Closing note",
        "",
        "All payments issued; insureds confirmed receipt 9/27. No subrogation potential (weather event). File closed",
        "2024-09-30 by P. Landgrave.",
        "",
    ]
    (OUT / "HO-2024-8892_claim_worksheet.md").write_text("\n".join(lines), encoding="utf-8")
    return {"rcv": rcv, "dep": dep, "acv": acv, "first": first, "total": first + HAIL_SUPPLEMENT + dep}


def hail_email() -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    m1 = dt.datetime(2024, 7, 15, 8, 47, tzinfo=tz)
    m2 = dt.datetime(2024, 7, 17, 14, 5, tzinfo=tz)
    m3 = dt.datetime(2024, 7, 18, 19, 31, tzinfo=tz)
    m4 = dt.datetime(2024, 7, 22, 10, 12, tzinfo=tz)

    body1 = """Priya,

Tear-off on the Pessoa job (1187 Larkspur Bend) started this morning. Once the shingles came off
the west slope we found soft, delaminated OSB decking under the area where the shingles had lifted,
same spot that leaked into the upstairs bedroom. I count 14 sheets that need to come out.

Requesting a supplement for 14 sheets of 7/16" OSB at $99.00/sheet installed = $1,386.00.
Photos and a marked-up roof diagram attached (decking_supplement.txt has the line items).

Thanks,
Dale Whitcombe
Estimator / Project Manager
Summit Crest Roofing & Exteriors
"""
    body2 = """Dale,

Thanks for the quick heads-up. I looked at your photos with our desk reviewer. Twelve of the sheets
show clear water damage next to the lifted shingles; the two sheets at the ridge look like old
ventilation staining, not storm-related. I can approve 12 sheets at $94.50/sheet (our price list for
Alder Falls, July 2024), so $1,134.00. Please keep the removed sheets until Friday in case we need to
re-inspect.

Priya Landgrave
Field Property Adjuster, Bluestem Mutual Insurance Company
Claim HO-2024-8892
"""
    body3 = """Hi Priya,

Dale copied us on this. We're fine with 12 sheets, whatever gets the roof done. Two questions:
when do we get the rest of the money that was held back (the depreciation?) and does the mortgage
company have to sign the next check too? The roofers say they'll finish by the end of next week.

Gwen Pessoa
"""
    body4 = """Hello Gwen (and Dale),

1) The supplement of $1,134.00 for the decking will be issued by 8/2 and, like the first check,
   will be payable to you and Tallgrass Home Lending.
2) The recoverable depreciation ($6,533.85) is released once Summit Crest sends a signed
   certificate of completion and the final invoice. That payment can go to you alone because the
   mortgagee has already endorsed the main repair funds.

Best regards,
Priya Landgrave
Field Property Adjuster | Bluestem Mutual Insurance Company
"""

    def quote(text: str) -> str:
        return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())

    full = (
        body4
        + "\n\nOn Thu, Jul 18, 2024 at 7:31 PM Gwen Pessoa <gwen.pessoa@prairiemail.example> wrote:\n"
        + quote(
            body3
            + "\n\nOn Wed, Jul 17, 2024 at 2:05 PM Priya Landgrave <plandgrave@bluestem-mutual.example> wrote:\n"
            + quote(
                body2
                + "\n\nOn Mon, Jul 15, 2024 at 8:47 AM Dale Whitcombe <dale@summitcrest-roofing.example> wrote:\n"
                + quote(body1)
            )
        )
    )
    msg = EmailMessage()
    msg["From"] = "Priya Landgrave <plandgrave@bluestem-mutual.example>"
    msg["To"] = "Gwen Pessoa <gwen.pessoa@prairiemail.example>"
    msg["Cc"] = "Dale Whitcombe <dale@summitcrest-roofing.example>"
    msg["Subject"] = "RE: RE: RE: HO-2024-8892 Pessoa - decking supplement"
    msg["Date"] = format_datetime(m4)
    msg["Message-ID"] = "<20240722101200.HO88924@bluestem-mutual.example>"
    msg["In-Reply-To"] = "<CAGp7731@prairiemail.example>"
    msg["References"] = (
        "<20240715084700.sc1@summitcrest-roofing.example> <20240717140500.HO88922@bluestem-mutual.example> "
        "<CAGp7731@prairiemail.example>"
    )
    msg.set_content(full)
    attachment = (
        "Summit Crest Roofing & Exteriors - supplement request (Pessoa, 1187 Larkspur Bend)\n"
        "line,item,qty,unit,unit_price,total\n"
        "1,R&R 7/16in OSB roof decking (west slope),14,SH,99.00,1386.00\n"
        "requested_total,,,,,1386.00\n"
    )
    msg.add_attachment(attachment.encode(), maintype="text", subtype="plain", filename="decking_supplement.txt")
    _ = (m1, m2, m3)
    (OUT / "HO-2024-8892_decking_supplement_thread.eml").write_bytes(bytes(msg))


# --------------------------------------------------------------------------------------------------
# Claim C: workers' compensation, Granite Ridge Employers Insurance, WC 2025 00123
# --------------------------------------------------------------------------------------------------

WC_BILLS = [
    # DOS, provider, role, CPT, description, billed, paid
    (
        "01/09/2025",
        "Kettle Junction Urgent Care - Anneliese Moravec, DO",
        "Occupational medicine physician",
        "99204",
        "New patient E/M, shoulder exam",
        412.00,
        268.40,
    ),
    (
        "01/09/2025",
        "Kettle Junction Urgent Care",
        "Radiology tech / read by Dr. Moravec",
        "73030",
        "X-ray shoulder, 2+ views",
        186.00,
        97.15,
    ),
    (
        "01/21/2025",
        "Tri-County Imaging - Kwabena Ashworth-Lee, MD",
        "Radiologist",
        "73221",
        "MRI right shoulder w/o contrast",
        2340.00,
        811.62,
    ),
    (
        "02/04/2025",
        "Felipe Granvold, MD",
        "Orthopedic surgeon (treating)",
        "99203",
        "Consult, new patient",
        325.00,
        201.88,
    ),
    (
        "02/27/2025",
        "Kettle Junction Surgical Center - Felipe Granvold, MD",
        "Orthopedic surgeon (treating)",
        "29827",
        "Arthroscopic rotator cuff repair, right",
        14850.00,
        6904.33,
    ),
    (
        "03/10/2025 - 04/25/2025",
        "Brightwater Physical Therapy - Noor Hadley-Castellanos, PT, DPT",
        "Physical therapist",
        "97110",
        "Therapeutic exercise, 14 visits",
        3164.00,
        1722.70,
    ),
    (
        "05/15/2025",
        "Hollis Banerjee, MD",
        "Independent medical examiner (IME), orthopedic surgeon",
        "99456",
        "Independent medical examination",
        1800.00,
        1800.00,
    ),
]


def wc_docx() -> dict[str, float]:
    doc = Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[
        0
    ].text = "Granite Ridge Employers Insurance  |  WC 2025 00123  |  Medical summary - privileged"
    doc.add_heading("Medical Summary - Workers' Compensation", level=1)
    p = doc.add_paragraph()
    p.add_run("Prepared by: ").bold = True
    p.add_run("Beatrix Oyelaran, Claims Examiner (lost-time unit), 3 June 2025")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [
        ("Employee", "Rosalind Achterberg"),
        ("Occupation", "CNC machine operator (second shift)"),
        ("Employer", "Vantreece Tool & Die, Inc., 88 Foundry Spur, Kettle Junction, PA 17322"),
        ("Policy", "GRE-WC-310557"),
        ("Date of injury", "9 Jan 2025, approx. 9:20 PM"),
        ("Body part / diagnosis", "Right shoulder - full-thickness supraspinatus (rotator cuff) tear, ICD-10 S46.011A"),
        ("Mechanism", "Lifting a 62 lb fixture plate from a cart to the machine table, felt a pop"),
        ("Average weekly wage (AWW)", "$1,140.00"),
        ("TTD rate", "$760.00 per week (66 2/3% of AWW)"),
        ("TTD start", "17 Jan 2025 (off work per Dr. Moravec; returned to light duty not yet offered)"),
        ("Reserves", "Indemnity $26,000.00; Medical $18,000.00 (total $44,000.00)"),
        ("Status", "Open - claimant remains on TTD"),
    ]:
        row = info.add_row().cells
        row[0].text = a
        row[1].text = b
    doc.add_heading("History", level=2)
    doc.add_paragraph(
        "The employee reported the injury to her shift lead, Caspar Whitlow, the same night and finished her shift "
        "on restricted tasks. The employer's first report of injury reached Granite Ridge on 13 Jan 2025. She was "
        "seen at Kettle Junction Urgent Care on the night of injury by Dr. Anneliese Moravec, an occupational "
        "medicine physician, who ordered X-rays (negative for fracture) and later an MRI. The MRI on 21 Jan 2025, "
        "read by radiologist Dr. Kwabena Ashworth-Lee, showed a full-thickness tear of the supraspinatus tendon with "
        "1.4 cm retraction. Orthopedic surgeon Dr. Felipe Granvold performed an arthroscopic repair on 27 Feb 2025. "
        "Post-operative physical therapy with Noor Hadley-Castellanos, PT, DPT ran from 10 Mar 2025 to 25 Apr 2025 "
        "(14 visits). Compensability was accepted on 24 Jan 2025; no prior shoulder claims were found in the index "
        "search."
    )
    doc.add_heading("Bills received (through 31 May 2025)", level=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, txt in zip(
        t.rows[0].cells,
        ["Date of service", "Provider", "Role / specialty", "CPT", "Description", "Billed", "Paid (fee schedule)"],
    ):
        c.text = txt
    for dos, prov, role, cpt, desc, billed, paid in WC_BILLS:
        cells = t.add_row().cells
        for c, txt in zip(cells, [dos, prov, role, cpt, desc, money(billed), money(paid)]):
            c.text = txt
    tb = round(sum(b[5] for b in WC_BILLS), 2)
    tp = round(sum(b[6] for b in WC_BILLS), 2)
    cells = t.add_row().cells
    cells[0].text = "TOTAL"
    cells[5].text = money(tb)
    cells[6].text = money(tp)
    doc.add_heading("IME (15 May 2025)", level=2)
    doc.add_paragraph(
        "Dr. Hollis Banerjee, orthopedic surgeon, examined the employee at the request of Granite Ridge. Opinion: the "
        "tear is causally related to the 9 Jan 2025 lifting incident; the employee is not yet at maximum medical "
        "improvement (MMI), expected around mid-July 2025; she may return to light duty with no lifting over 15 lb "
        "with the right arm and no overhead work. Permanent impairment to be rated at MMI."
    )
    doc.add_heading("Plan", level=2)
    doc.add_paragraph(
        "Send the IME restrictions to the employer and ask whether a light-duty position is available; if offered "
        "and refused, review TTD. Diary 1 July 2025. Nurse case manager: Ottilie Fransen, RN."
    )
    doc.save(str(OUT / "WC_2025_00123_medical_summary.docx"))
    return {"billed": tb, "paid": tp}


# --------------------------------------------------------------------------------------------------
# Claim D: ocean cargo, Cormorant Marine & Cargo Underwriters, CLM-44217-PD
# --------------------------------------------------------------------------------------------------


def cargo_scan_pdf() -> None:
    """Typewriter-look claim form with a text layer: Courier, uneven spacing, [X] checkboxes, a slight tilt."""
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.set_fill_color(246, 243, 232)
    pdf.rect(0, 0, 216, 280, style="F")
    pdf.set_text_color(35, 35, 40)
    lines = [
        "CORMORANT MARINE & CARGO UNDERWRITERS",
        "   Cargo Claims Dept. - 12 Pilot House Lane - Port Elspeth, NJ 08731",
        "",
        "            N O T I C E   O F   L O S S  /  C L A I M   F O R M",
        "",
        "Claim No.:  CLM-44217-PD            Open Policy No.:   CMC-OC-20931",
        "Certificate No.:   C-20931-0388          Date rec'd:  03/04/2025",
        "",
        "Assured:    Halvorsen Cold Chain Logistics Inc.",
        "            410 Wharfside Ave.,   Port Elspeth,  NJ  08730",
        "Contact:    Mireille Abernathy-Kotz   (Risk Manager)",
        "",
        "Conveyance:  MV SOLENNE BAY    Voy. 0417N      B/L No.:  SLBL-0417-88321",
        "Container:   CMCU 552190-3  (40' reefer, set point -18 C)",
        "From:  Puerto Lindero, Ecuador        To:  Port Elspeth Terminal, NJ",
        "Sailed:  02/19/2025           Arrived:   03/03/2025",
        "",
        "Goods:  1,840 cartons frozen white shrimp, 20,240 kg net",
        "Commercial invoice No.  PL-INV-55810    Value (CIF):  USD 198400.00",
        "Insured value (CIF + 10%):   USD 218240.00",
        "",
        "Date of loss:    02/26/2025  (start of temperature excursion)",
        "",
        "NATURE OF LOSS  (check one or more)",
        "   [X] Refrigeration / reefer breakdown        [ ] Theft / pilferage",
        "   [ ] Fire                                    [ ] Water damage / wetting",
        "   [ ] Collision / overturn                    [X] Temperature deviation",
        "   [ ] General average                         [ ] Shortage",
        "",
        "Survey requested?   [X] Yes   [ ] No        Surveyor:  Fathom Point Surveys Ltd.",
        "Carrier notified?   [X] Yes   date: 03/04/2025   Ref.: SFL-CL-2291",
        "Goods held?         [X] Yes - Port Elspeth cold store bay 14",
        "",
        "Remarks:  Genset on deck failed about 2 days out of Puerto Lindero. Temp log",
        "shows rise from -18 C to peak -2.4 C; restored 03/01/2025.  Cartons soft,",
        "drip loss & odour on arrival. Consignee (Marisqueria Costa Fina Distributors)",
        "rejected the lot.",
        "",
        "Amount claimed (est.):  USD 218,240.00          Deductible:  USD 2,500.00",
        "",
        "Signed:  M. Abernathy-Kotz                    Date:  3/4/25",
        "",
        "----------------------------------------------------------------------",
        "FOR UNDERWRITERS' USE          Handler:  Lars Ekwueme, Marine Claims Mgr.",
        "Reserve:  USD 198,400.00         [X] Survey appointed   [ ] Declined",
    ]
    y = 16.0
    for i, ln in enumerate(lines):
        pdf.set_font("Courier", "B" if i in (0, 3) else "", 10.5 if i else 12)
        x = 14 + (i * 7 % 5) * 0.35  # uneven left margin, like a paper fed slightly crooked
        with pdf.rotation(angle=0.4, x=108, y=140):
            pdf.text(x, y, ln)
        y += 5.6 if ln else 3.6
    pdf.output(str(OUT / "CLM-44217-PD_notice_of_loss_scan.pdf"))


def cargo_survey_md() -> dict[str, float]:
    insured_value = 218240.00
    salvage = 11260.00
    ded = 2500.00
    net = insured_value - salvage - ded
    text = f"""FATHOM POINT SURVEYS LTD. -- survey notes (typed up from field book)
Ref. FPS/25/0311  ·  Underwriters' claim CLM-44217-PD  ·  attn. Lars Ekwueme, Cormorant Marine & Cargo Underwriters

## Attendance

Surveyor: **Oskar Brennan-Tuah**, Marine Surveyor (AMS), Fathom Point Surveys Ltd.
Attended 5 Mar 2025 at Port Elspeth cold store, bay 14, together with Mireille Abernathy-Kotz for the
assured (Halvorsen Cold Chain Logistics) and Mr. Dario Quist for the carrier's P&I club (Northgate P&I).

## Findings

Container CMCU 552190-3 delivered 3 Mar 2025. Seal no. EC 0771945 intact and matches the B/L. Downloaded
the controller log: set point -18 C throughout; supply air rose from 26 Feb 2025 at 14:00 ship's time;
genset alarm "GEN FAIL 03" logged 26 Feb 2025 13:48. Crew restarted a spare genset on 1 Mar 2025 about
09:30. Product core temps at survey between -6.1 C and -3.8 C (12 cartons sampled). Strong odour, drip
loss, visible freezer burn. In my opinion the entire lot is unfit for human consumption. Cause: failure of
the clip-on generator set supplied by the carrier (Solenne Feeder Lines), not inherent vice.

| Time (ship's) | Supply air | Return air | Note |
|---|---|---|---|
| 26 Feb 2025 12:00 | -18.2 C | -17.6 C | normal |
| 26 Feb 2025 13:48 | -18.0 C | -17.5 C | GEN FAIL 03 alarm |
| 27 Feb 2025 06:00 | -11.9 C | -10.4 C | |
| 28 Feb 2025 18:00 | -2.4 C | -3.1 C | peak |
| 1 Mar 2025 09:30 | -2.9 C | -3.6 C | spare genset on |
| 2 Mar 2025 06:00 | -17.8 C | -16.9 C | back to set point |

## Salvage

Three bids obtained for the rejected product (animal-feed / rendering only). Best bid: Gullhaven Protein
Recovery, USD 11,260.00, accepted 14 Mar 2025 with underwriters' consent; goods collected 17 Mar 2025.

## Adjustment (recommended)

| | USD |
|---|---:|
| Insured value (CIF + 10%) | {insured_value:,.2f} |
| less salvage proceeds | ({salvage:,.2f}) |
| less policy deductible | ({ded:,.2f}) |
| **Net claim recommended** | **{net:,.2f}** |

Survey fee: invoice FPS-INV-2025-118, USD 3,475.00 (for underwriters' account, outside the claim).

## Later note (L. Ekwueme, 30 Apr 2025)

Paid USD {net:,.2f} to the assured on 18 Apr 2025 (wire ref. CMCU-WT-60417). Subrogation against Solenne
Feeder Lines (carrier ref. SFL-CL-2291) handed to recovery counsel Brandvold Tennant LLP; claim file closed
30 Apr 2025 -- recovery runs on a separate file.
"""
    (OUT / "CLM-44217-PD_survey_notes.md").write_text(text, encoding="utf-8")
    return {"net": net}


# --------------------------------------------------------------------------------------------------
# Claim E: cyber, Tessellate Specialty Insurance Co., "Claim Number: TSP-CY-7730418"
# --------------------------------------------------------------------------------------------------

CYBER_COSTS = [
    ("Ardent Lattice Forensics", "Forensic investigation (DFIR)", "ALF-25-0193", 68420.00, 61900.00),
    ("Whitfield Crane LLP", "Breach counsel", "WC-88412", 24815.50, 24815.50),
    ("Postmark Harbor Mailing", "Notification letters & call center", "PHM-3307", 37254.16, 37254.16),
    ("Cinder Row IT Services", "System restoration from backups", "CR-1142", 19880.00, 19880.00),
]


def cyber_docx() -> dict[str, float]:
    doc = Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.add_heading("TESSELLATE SPECIALTY INSURANCE CO.", level=0)
    doc.add_paragraph("Cyber & Privacy Liability -- Large Loss Report No. 2 (status update)")
    for a, b in [
        ("Claim Number:", "TSP-CY-7730418"),
        ("Policy Number:", "CYP 5510-0932 (claims-made, 01/01/2025 - 01/01/2026)"),
        ("Insured:", "Marlowe-Ortiz Dental Partners PLLC (five offices, Ridgeport metro area)"),
        ("Claims specialist:", "Hana Vlahovic-Reid, Cyber Claims Specialist"),
        ("Report date:", "April 9, 2025"),
    ]:
        p = doc.add_paragraph()
        p.add_run(a + " ").bold = True
        p.add_run(b)
    doc.add_heading("Event", level=1)
    doc.add_paragraph(
        "On Monday, January 27, 2025 at about 7:05 AM the practice's office manager, Colette Ibarra-Nash, found the "
        "front-desk workstations at the Ridgeport Avenue office displaying a ransom note from a group calling itself "
        "BlackVesper. The practice-management server and the imaging server were encrypted. The demand was 18 BTC. "
        "The insured called the Tessellate breach hotline at 8:20 AM the same day; breach counsel Sunniva Prakash of "
        "Whitfield Crane LLP was assigned within the hour, and she retained Ardent Lattice Forensics (lead examiner "
        "Theo Marchetti-Lund). Initial access was traced to a contractor's VPN account without multi-factor "
        "authentication, first used by the attacker on January 19, 2025."
    )
    doc.add_paragraph(
        "No ransom was paid. Systems were restored from offline backups by Cinder Row IT Services; the offices "
        "reopened on January 31, 2025. Forensics could not rule out access to patient records, so notification "
        "letters were mailed to 41,388 patients on March 21, 2025, with 12 months of credit monitoring offered. "
        "The state attorney general and HHS OCR were notified by breach counsel."
    )
    doc.add_heading("Coverage", level=1)
    cov = doc.add_table(rows=1, cols=2)
    cov.style = "Table Grid"
    cov.rows[0].cells[0].text = "Item"
    cov.rows[0].cells[1].text = "Amount / term"
    for a, b in [
        ("Aggregate limit", "$1,000,000"),
        ("Retention (each claim)", "$25,000"),
        ("Business interruption sublimit", "$250,000"),
        ("BI waiting period", "8 hours"),
        ("Cyber extortion sublimit", "$500,000 (not triggered - no payment)"),
    ]:
        c = cov.add_row().cells
        c[0].text = a
        c[1].text = b
    doc.add_heading("Costs submitted", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Vendor", "Service", "Invoice No.", "Invoiced", "Approved"]):
        c.text = txt
    for v, s, inv, a, ap in CYBER_COSTS:
        c = t.add_row().cells
        for cell, txt in zip(c, [v, s, inv, money(a), money(ap)]):
            cell.text = txt
    inv_total = round(sum(x[3] for x in CYBER_COSTS), 2)
    appr_total = round(sum(x[4] for x in CYBER_COSTS), 2)
    c = t.add_row().cells
    c[0].text = "Total"
    c[3].text = money(inv_total)
    c[4].text = money(appr_total)
    doc.add_paragraph(
        "Ardent Lattice's invoice was reduced by $6,520.00 because 41 hours were billed above the panel rate. The "
        "insured has also submitted a business interruption claim of $88,600 for lost income while the offices were "
        "closed (four business days); our forensic accountant, Ignatius Poole, CPA, is reviewing it."
    )
    doc.add_heading("Reserve and status", level=1)
    doc.add_paragraph(
        "Reserve: $240,000 (first-party costs and BI). Status: OPEN. Next steps: finish the BI review; watch for "
        "third-party claims from patients (none received as of this report)."
    )
    doc.save(str(OUT / "tessellate_large_loss_report_marlowe_ortiz.docx"))
    return {"inv": inv_total, "appr": appr_total}


# --------------------------------------------------------------------------------------------------
# Claim F: product liability / subrogation, Ironwood Casualty Group, IC-PL-25-00592
# --------------------------------------------------------------------------------------------------


def product_liability_email() -> None:
    tz = dt.timezone(dt.timedelta(hours=-6))
    d1 = dt.datetime(2025, 7, 2, 9, 15, tzinfo=tz)
    d2 = dt.datetime(2025, 7, 3, 16, 40, tzinfo=tz)
    d3 = dt.datetime(2025, 7, 8, 11, 2, tzinfo=tz)
    b1 = """Desmond,

We have the subrogation demand from Northwind Home Insurance for the Ng-Lindqvist loss. Short version:
their insured, Bartholomew Ng-Lindqvist, 62 Osprey Hollow Ct, Lake Carrow, MN 55379, came home on
June 9th to a flooded finished basement. Their plumber says our QF-HX48 braided washing-machine
supply hose burst at the crimp. The hose was about 14 months old. Northwind paid their insured and
is demanding $73,918.22 from us (their claim no. NW-HO-661204).

The failed hose is held by Northwind's expert. Lot number printed on the ferrule: QFX-2311-B.

Ingrid Solvang
Quality Assurance Manager, Quillfeather Appliance Co.
"""
    b2 = """Ingrid,

Thanks. I've opened IC-PL-25-00592 under Quillfeather's products policy (IC-GL-8830126) and set an
initial reserve of $60,000. Date of loss per Northwind is 06/07/2025 (the family left that morning; the
hose is thought to have failed the same day). Please send me:
  - the production records for lot QFX-2311-B,
  - any other failure reports on that lot,
  - the warranty and installation instructions that shipped with the hose.

I'm retaining Dr. Odalys Fenwick, metallurgist at Crucible Failure Analysis, to attend the joint
exam of the hose.

Desmond Kaur-Whitley
Senior Commercial Claims Adjuster, Ironwood Casualty Group
"""
    b3 = """All,

Joint exam of the hose is set for July 24, 2025 at 10:00 AM at Crucible Failure Analysis,
3150 Anvil Park Dr, St. Brennard, MN 55121. Attendees: Dr. Fenwick (for Ironwood/Quillfeather),
Northwind's expert, and Ingrid for the manufacturer.

For what it's worth, Ingrid tells me the QA records show two other burst reports on lot QFX-2311-B,
both at the crimp. Until the exam we do not accept liability. Defense counsel, if needed, will be
Maren Oduya at Halbrook & Sayre.

Desmond Kaur-Whitley
Ironwood Casualty Group
"""

    def quote(text: str) -> str:
        return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())

    full = (
        b3 + "\n\n-----Original Message-----\nFrom: Desmond Kaur-Whitley\nSent: Thursday, July 3, 2025 4:40 PM\n"
        "To: Ingrid Solvang\nSubject: RE: Northwind subro demand - QF-HX48 hose\n\n"
        + quote(
            b2 + "\n\n-----Original Message-----\nFrom: Ingrid Solvang\nSent: Wednesday, July 2, 2025 9:15 AM\n"
            "To: Desmond Kaur-Whitley\nSubject: Northwind subro demand - QF-HX48 hose\n\n" + quote(b1)
        )
    )
    msg = EmailMessage()
    msg["From"] = "Desmond Kaur-Whitley <dkaurwhitley@ironwood-casualty.example>"
    msg["To"] = "Ingrid Solvang <isolvang@quillfeather.example>"
    msg["Cc"] = "Odalys Fenwick <ofenwick@cruciblefa.example>"
    msg["Subject"] = "RE: RE: Northwind subro demand - QF-HX48 hose [IC-PL-25-00592]"
    msg["Date"] = format_datetime(d3)
    msg["Message-ID"] = "<ICPL2500592.3@ironwood-casualty.example>"
    msg["In-Reply-To"] = "<ICPL2500592.2@ironwood-casualty.example>"
    msg.set_content(full)
    _ = (d1, d2)
    (OUT / "IC-PL-25-00592_subro_demand_thread.eml").write_bytes(bytes(msg))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    fleet_investigation()
    sheriff_report()
    print("hail", hail_markdown())
    hail_email()
    print("wc", wc_docx())
    cargo_scan_pdf()
    print("cargo", cargo_survey_md())
    print("cyber", cyber_docx())
    product_liability_email()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
