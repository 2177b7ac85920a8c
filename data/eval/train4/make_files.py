"""Deterministic generator for the train4 claim files (all people, companies, policies invented).

Run:  /work/main/.venv/bin/python make_files.py      (writes into ./files/)
"""
import os
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)


# ----------------------------------------------------------------- PDF helpers
class Report(FPDF):
    def __init__(self, header_text="", footer_text=""):
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}  Page {self.page_no()}", align="C")


def h1(pdf, text):
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h2(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(pdf, text, size=10, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf, rows, widths, size=9, bold_first=True):
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=widths, first_row_as_headings=bold_first, line_height=5) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(str(c))
    pdf.ln(2)


# ----------------------------------------------------------------- DOCX helpers
def docx_table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = str(c)
    doc.add_paragraph()
    return t


def save_docx(doc, path):
    """Save with fixed zip timestamps so the output is byte-for-byte deterministic."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def fixed_docx_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "claims"
    cp.created = datetime(2026, 1, 1)
    cp.modified = datetime(2026, 1, 1)
    cp.last_modified_by = "claims"


# =====================================================================
# 1. Homeowners wind/hail roof inspection report (PDF, photo captions)
# =====================================================================
def roof_report():
    pdf = Report("Crestline Field Services, Inc.  |  Report CFS-R-26-11408",
                 "CONFIDENTIAL - prepared for Ridgecrest Indemnity Company.")
    pdf.add_page()
    h1(pdf, "ROOF INSPECTION AND DAMAGE REPORT - WIND / HAIL")
    para(pdf, "Crestline Field Services, Inc. - Independent Adjusting & Roof Inspection\n"
              "1675 Tamarack Road, Suite 210, Larkspur Hills, CO 80925  |  (719) 555-0148")
    table(pdf, [
        ("Field", "Detail"),
        ("Carrier", "Ridgecrest Indemnity Company"),
        ("Claim Number", "HW-2026-40917"),
        ("Policy Number", "HOP 5580 21734 (HO-3, term 09/01/2025 - 09/01/2026)"),
        ("Insured(s)", "Dennis and Marguerite Okafor-Lund"),
        ("Risk address", "2214 Quillfeather Lane, Brandvale, CO 80817"),
        ("Mailing address", "P.O. Box 3391, Brandvale, CO 80817"),
        ("Date of loss", "April 18, 2026"),
        ("Date reported", "April 21, 2026"),
        ("Date assigned to IA", "April 23, 2026"),
        ("Date of inspection", "April 29, 2026 (on site 10:15 AM to 12:50 PM)"),
        ("Field inspector", "Tobias Renwick, Senior Field Adjuster (CO IA lic. 300917)"),
        ("Carrier desk adjuster", "Priya Santhanam, Property Claims"),
        ("Type of loss", "Hail and wind - roof, gutters, exterior fixtures"),
    ], (45, 130))

    h2(pdf, "1. Assignment and persons present")
    para(pdf, "We were assigned this loss by Ridgecrest Indemnity Company desk adjuster Priya Santhanam on "
              "April 23, 2026, with instructions to inspect the roof and exterior of the dwelling and the detached "
              "garden shed, to verify the storm date, and to prepare a line-item estimate. The first notice of loss "
              "was made by telephone by the named insured Marguerite Okafor-Lund on April 21, 2026. She reported that "
              "hail 'the size of golf balls' fell at about 7:40 PM on the evening of April 18 and that a neighbor's "
              "roofer had told her the roof was 'totaled'.")
    para(pdf, "Present at the inspection were the insured Dennis Okafor-Lund, and Jarrod Pelletier, estimator for "
              "Summit Peak Roofing & Exteriors, the contractor retained by the insureds. Mr. Pelletier had "
              "already prepared an estimate dated April 24, 2026 in the amount of $44,310.00, which he provided to us at "
              "the inspection (copy in file). The insured Marguerite Okafor-Lund was not present. The undersigned "
              "arrived at 10:15 AM and left the risk at 12:50 PM. Weather at the time of inspection was clear and dry, "
              "roof surfaces were dry and safe to walk.")

    h2(pdf, "2. Weather verification")
    para(pdf, "A third-party storm report (Stormtrace Analytics, report no. ST-0418-77231) places hail of 1.75 inch "
              "diameter within 0.8 miles of the risk at 7:32 PM MDT on April 18, 2026, with estimated wind gusts of "
              "61 mph from the west-northwest. The same report shows an earlier event on May 30, 2024 with 1.00 inch "
              "hail within 2.1 miles of the risk. A search of the carrier's records shows no prior claim at this address "
              "for the 2024 event. The reported date of loss is consistent with the weather data.")

    h2(pdf, "3. Description of the risk")
    para(pdf, "The dwelling is a two-story wood-frame single family residence built in 2004, approximately 2,860 "
              "square feet of living area, with an attached two-car garage. The main roof is a combination hip and gable "
              "design, 6/12 pitch, covered with one layer of architectural laminated asphalt shingles (Tarrow Ridge "
              "Legacy series, color Weathered Slate), installed in 2013 according to the insured, which makes the "
              "roofing approximately 13 years old. The roof measures approximately 34 squares. There are two fixed "
              "skylights over the upstairs hallway, a continuous ridge vent, four turtle vents on the rear slope, and "
              "aluminum 5-inch K-style gutters with 3x4 downspouts. The detached garden shed (10 x 12 ft) has a "
              "3-tab shingle roof of approximately 1.6 squares and is rated under Coverage B - Other Structures.")

    h2(pdf, "4. Roof inspection findings")
    para(pdf, "Ten-foot by ten-foot test squares were marked on each directional slope of the main roof. Hail "
              "impacts counted were: north (front) slope 11 hits, south (rear) slope 6 hits, east slope 14 hits and "
              "west slope 9 hits. The carrier's guideline threshold for replacement is 8 functional hits per test "
              "square. Hits displayed fractured mat and granule displacement with exposed substrate, soft to the touch, "
              "consistent with fresh hail. The south slope count is below the threshold; however, as the slopes are "
              "continuous and the shingle is discontinued (no match available), the whole main roof was scoped for "
              "replacement subject to carrier review of the matching position.")
    para(pdf, "Wind: seven (7) shingles on the west slope near the ridge were creased and two were missing. The "
              "creasing pattern is consistent with the west-northwest gusts on the storm date.")
    para(pdf, "Collateral damage: dents to gutters on the north and west elevations, spatter marks on the deck "
              "stain, torn window screens (6) on the north elevation, and flattened fins on the condensing unit of the "
              "A/C. Both skylight domes are cracked. The shed roof shows 9 hits in a 5 x 5 ft area.")
    para(pdf, "Interior: a water stain of approx. 14 inches diameter is present on the ceiling of the upstairs "
              "front bedroom. The stain is dark-ringed with multiple tide lines and the drywall is dry to the meter "
              "(moisture reading 9%). The insured stated the stain has been there 'a couple of years'. In our opinion "
              "the stain pre-dates this loss and is not related to the April 18, 2026 storm; it was not included.")

    h2(pdf, "5. Photograph log (selected captions)")
    captions = [
        "Photo 1 - Front (north) elevation of risk, 2214 Quillfeather Lane, house number visible.",
        "Photo 2 - Address verification, mailbox.",
        "Photo 3 - North slope test square, 11 hits chalked.",
        "Photo 4 - Close-up, fractured mat at hit, 1 1/2 in. scale.",
        "Photo 5 - East slope test square, 14 hits chalked.",
        "Photo 6 - South (rear) slope test square, 6 hits chalked - below threshold.",
        "Photo 7 - West slope test square, 9 hits chalked.",
        "Photo 8 - West slope near ridge, creased shingles (wind).",
        "Photo 9 - Two missing shingles, west slope, exposed felt.",
        "Photo 10 - Cracked skylight dome, hallway skylight #1.",
        "Photo 11 - Cracked skylight dome, skylight #2.",
        "Photo 12 - Dented gutter, north elevation, approx 40 LF affected.",
        "Photo 13 - Torn window screens, north elevation (6 screens).",
        "Photo 14 - A/C condenser, flattened fins, unit operational.",
        "Photo 15 - Detached shed roof, 9 hits in 5 x 5 area.",
        "Photo 16 - Shingle label in attic: Tarrow Ridge Legacy, lot 13-0627.",
        "Photo 17 - Upstairs front bedroom ceiling stain, old, tide lines.",
        "Photo 18 - Moisture meter reading 9% at stain (dry).",
    ]
    pdf.set_font("Helvetica", "", 9)
    for c in captions:
        pdf.multi_cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    h2(pdf, "6. Coverage information")
    para(pdf, "Coverage A - Dwelling: $412,000. Coverage B - Other Structures: $41,200. Coverage C - Personal "
              "Property: $206,000. The policy carries a separate wind/hail deductible of 2% of Coverage A, which "
              "equals $8,240.00, and an all other perils deductible of $1,000. The roof surfaces are covered on a "
              "replacement cost basis; depreciation is recoverable upon completion of repairs within 180 days.")

    h2(pdf, "7. Estimate summary")
    table(pdf, [
        ("Line item", "Coverage", "RCV"),
        ("Main roof - tear off and replace, 34 SQ + 10% waste (37.4 SQ)", "A", "$27,486.30"),
        ("Gutters and downspouts - north and west elevations", "A", "$3,912.00"),
        ("Window screens - re-screen (6)", "A", "$588.00"),
        ("A/C condenser - fin comb and straighten", "A", "$445.00"),
        ("Skylights - replace domes (2)", "A", "$2,730.00"),
        ("Detached shed roof - remove and replace 3-tab", "B", "$1,864.50"),
        ("Total replacement cost value (RCV)", "", "$37,025.80"),
        ("Less depreciation (recoverable)", "", "$9,118.44"),
        ("Actual cash value (ACV)", "", "$27,907.36"),
        ("Less wind/hail deductible (2% of Cov A)", "", "$8,240.00"),
        ("Net ACV claim", "", "$19,667.36"),
    ], (115, 20, 40))
    para(pdf, "The contractor's estimate ($44,310.00) includes ice and water shield on all eaves and valleys, a code "
              "upgrade for drip edge, and replacement of the deck stain. The drip edge item may be payable under the "
              "ordinance or law provision once the contractor documents that the local jurisdiction requires it; "
              "deck staining is not storm-related. The difference between the two estimates has been reviewed with "
              "Mr. Pelletier, who will submit a supplement request with the permit documentation.")

    h2(pdf, "8. Reserves, subrogation and salvage")
    para(pdf, "The initial indemnity reserve set by the carrier on April 23, 2026 was $15,000. Based on our findings "
              "we recommend the indemnity reserve be increased to $30,000. No subrogation potential was identified "
              "(natural peril). No salvage. The file remains open pending the contractor's supplement and carrier "
              "review of the matching issue on the south slope.")

    h2(pdf, "9. Remarks")
    para(pdf, "The insureds' mortgagee is Frontrange Home Lending, loan no. 70-448213; the mortgagee should be named "
              "on any payment exceeding $10,000. The insureds were advised of the recoverable depreciation and of "
              "the 180-day completion period. No mold, no interior storm damage, no contents damage were observed.")
    para(pdf, "Respectfully submitted,\n\nTobias Renwick\nSenior Field Adjuster, Crestline Field Services, Inc.\n"
              "Report date: May 1, 2026")
    pdf.add_page()
    h2(pdf, "Appendix A - Main roof line-item detail (Coverage A)")
    table(pdf, [
        ("#", "Description", "Qty", "Unit price", "RCV"),
        ("1", "Remove laminated comp. shingle roofing (incl. haul-off)", "34.00 SQ", "$71.40", "$2,427.60"),
        ("2", "Laminated comp. shingle roofing - w/ felt, incl. 10% waste", "37.40 SQ", "$398.65", "$14,909.51"),
        ("3", "Roofing felt - synthetic underlayment (replace)", "34.00 SQ", "$41.20", "$1,400.80"),
        ("4", "Hip / ridge cap - high profile composition", "212.00 LF", "$9.85", "$2,088.20"),
        ("5", "Continuous ridge vent - shingle-over style", "58.00 LF", "$12.30", "$713.40"),
        ("6", "Turtle vents - R&R (4)", "4.00 EA", "$96.50", "$386.00"),
        ("7", "Flashing - pipe jack (3) and step flashing", "1.00 LS", "$1,118.75", "$1,118.75"),
        ("8", "Steep charge - 6/12 not applicable; two-story charge", "37.40 SQ", "$31.90", "$1,193.06"),
        ("9", "Skylight - detach & reset flashing kits (2)", "2.00 EA", "$412.00", "$824.00"),
        ("10", "Dumpster load - 30 yd", "2.00 EA", "$612.49", "$1,224.98"),
        ("11", "General contractor overhead & profit - not applied (single trade)", "", "", "$0.00"),
        ("12", "Permit and inspection fee (Brandvale)", "1.00 LS", "$1,200.00", "$1,200.00"),
        ("", "Main roof subtotal", "", "", "$27,486.30"),
    ], (8, 92, 25, 25, 25))
    para(pdf, "Depreciation on the main roof was taken at 13 years of a 30-year life (43.33%) on materials "
              "and labor of items 2-6 only, equal to $8,417.09; the remaining $701.35 of depreciation is on the "
              "shed roof (3-tab, age 13 years of 20). Gutters, screens, skylight domes and condenser work were not "
              "depreciated. Total depreciation: $9,118.44.")
    h2(pdf, "Appendix B - Documents in file")
    for d in ["B-1 Summit Peak Roofing & Exteriors estimate no. SPR-2026-0419, dated April 24, 2026 ($44,310.00)",
              "B-2 Stormtrace Analytics report ST-0418-77231",
              "B-3 Declarations page, policy HOP 5580 21734",
              "B-4 Diagram of roof with slope measurements (EagleSketch export, 34.02 SQ)",
              "B-5 Photograph sheets, 18 photographs taken April 29, 2026 by T. Renwick"]:
        para(pdf, d, size=9)
    pdf.output(os.path.join(OUT, "okafor-lund_roof_inspection_CFS-R-26-11408.pdf"))


# =====================================================================
# 2. Condominium association water loss (DOCX, header + tables)
# =====================================================================
def condo_docx():
    doc = Document()
    fixed_docx_props(doc, "Bellmoor Terrace - status report")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = ("Ridgecrest Indemnity Company - Commercial Property Claims  |  "
                                     "Claim CA 26 558120  |  Status Report No. 3")
    sec.footer.paragraphs[0].text = ("Prepared by P. Santhanam, Property Claims, (612) 555-0193 ext. 4417 - "
                                     "internal use; do not forward to unit owners")
    doc.add_heading("Bellmoor Terrace Condominium Association - Water Loss", level=1)
    doc.add_paragraph("Status report no. 3 - dated April 2, 2026")

    doc.add_heading("Claim information", level=2)
    docx_table(doc, [
        ("Item", "Detail"),
        ("Claim No.", "CA 26 558120"),
        ("Policy", "CPP 44 0917 552 (commercial package, condominium association form)"),
        ("Named insured", "Bellmoor Terrace Condominium Association"),
        ("Location", "1180 Weatherby Court, Ashcombe, MN 55381 (4 stories, 32 units, built 1998)"),
        ("Date of loss", "02/07/2026"),
        ("Reported", "02/09/2026 by the management company"),
        ("Cause", "Frozen and burst fire-sprinkler branch line in unit 4C ceiling"),
        ("Building limit", "$18,400,000"),
        ("Deductible", "$25,000 per occurrence"),
        ("Adjuster", "Priya Santhanam"),
        ("Status", "Open - repairs in progress"),
    ])

    doc.add_heading("Loss description", level=2)
    doc.add_paragraph(
        "During the cold snap of early February, the owners of unit 4C, Lucien and Fay Marchetti, were away "
        "for the winter and had turned the unit thermostat off. A sprinkler branch line in the soffit above "
        "the 4C kitchen froze and burst. The building alarm panel logged a water-flow alarm at 06:20 on February "
        "7, 2026; the fire department (Ashcombe FD Engine 2) shut the riser at 06:58. Water ran down through "
        "the C stack (units 3C, 2C and 1C) and laterally into the party wall of unit 4D, and into the 3rd and "
        "4th floor corridors and the elevator pit.")
    doc.add_paragraph(
        "The loss was reported on February 9, 2026 by Celeste Vandermolen, community manager at Northgate "
        "Community Management, on behalf of the association board (president Howard Pruitt). DryLine "
        "Restoration began water extraction the morning of the loss and set drying equipment in five units "
        "and the common corridors. Keystone Fire Protection repaired the branch line and restored the system "
        "the same afternoon.")
    doc.add_paragraph(
        "Under the association's declarations the master policy covers the units' original fixtures, drywall, "
        "cabinetry and flooring as built; improvements and betterments made by unit owners, and unit owners' "
        "personal property, are the responsibility of each owner's own HO-6 policy. The association's "
        "deductible of $25,000 may be assessed by the board to the owner of the unit where the loss "
        "originated (declarations, Art. 9.4).")

    doc.add_heading("Unit owner schedule", level=2)
    docx_table(doc, [
        ("Unit", "Owner / occupant", "Occupancy", "Areas affected", "Building damage (est.)", "Owner's HO-6 carrier"),
        ("4C", "Lucien and Fay Marchetti", "Owner, absent (wintering)", "Kitchen, living room ceiling, hall",
         "$48,260.00", "Brightwater Mutual"),
        ("3C", "Odalys Brennan-Ruiz", "Owner occupied", "Bathroom, bedroom, living room", "$31,775.40",
         "Pinecrest Home Insurance"),
        ("2C", "Tenant Kwame Asante (owner Samuel Ekwueme)", "Rented", "Living room, closet", "$17,908.15",
         "None reported"),
        ("1C", "Garrison Holt", "Owner occupied", "Entry ceiling only", "$4,412.90", "Pinecrest Home Insurance"),
        ("4D", "Whitney Saarinen", "Owner occupied", "Shared wall drywall", "$3,096.00", "Unknown - requested"),
        ("Common", "Association", "-", "3rd/4th floor corridors, elevator pit", "$22,640.00", "-"),
        ("Total", "", "", "", "$128,092.45", ""),
    ])

    doc.add_heading("Vendors and invoices", level=2)
    docx_table(doc, [
        ("Vendor", "Service", "Invoice", "Amount", "Status"),
        ("DryLine Restoration", "Emergency extraction and drying, 5 units + common", "INV-DL-20931",
         "$26,318.72", "Paid 03/18/2026"),
        ("Keystone Fire Protection", "Branch line repair, system restore", "KFP-7720", "$2,145.00",
         "Approved, unpaid"),
        ("Tri-Lakes Elevator Co.", "Elevator pit pump-out and controller check", "TLE-26-0311", "$1,980.00",
         "Under review"),
    ])

    doc.add_heading("Payments", level=2)
    docx_table(doc, [
        ("Date", "Payee", "Description", "Amount"),
        ("02/20/2026", "Bellmoor Terrace Condominium Association", "Advance on building repairs", "$20,000.00"),
        ("03/18/2026", "DryLine Restoration", "Mitigation invoice INV-DL-20931", "$26,318.72"),
    ])

    doc.add_heading("Reserve history", level=2)
    docx_table(doc, [
        ("Date", "Reserve (indemnity)", "Reason"),
        ("02/09/2026", "$150,000", "Initial - multi-unit water loss"),
        ("02/24/2026", "$185,000", "Mitigation larger than expected; elevator pit"),
        ("03/30/2026", "$212,000", "Contractor's repair estimates received for all units"),
    ])

    doc.add_heading("Subrogation / recovery", level=2)
    doc.add_paragraph(
        "Referred to subrogation on 03/05/2026. The thermostat in 4C was found in the OFF position by the "
        "fire department. Recovery potential against the Marchettis and their HO-6 carrier (Brightwater "
        "Mutual, policy BWM-HO6-3318047) is being evaluated. Brightwater's adjuster is Corinne Abernathy, "
        "(651) 555-0126.")

    doc.add_heading("Open items / next steps", level=2)
    for t in [
        "Obtain Whitney Saarinen's HO-6 carrier information (requested twice).",
        "Tenant Kwame Asante's contents in 2C are not covered by the master policy; tenant advised to contact "
        "his renters carrier, if any.",
        "Elevator invoice TLE-26-0311 under review - controller replacement may be wear, not water.",
        "Next status report due 05/01/2026.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    save_docx(doc, os.path.join(OUT, "bellmoor_terrace_status_report_3.docx"))


# =====================================================================
# 3. Commercial auto fleet loss run (Markdown)
# =====================================================================
FLEET_MD = """# Loss Run - Commercial Auto

**Account:** Halvorsen Produce Distributors, LLC
**Prepared by:** Ridgecrest Indemnity Company - Commercial Auto Unit, for renewal underwriting
**Valued as of:** 06/30/2026
**Agent:** Tilbury & Crane Insurance Agency (producer code 4471-TC)

| Term | Carrier | Policy |
|---|---|---|
| 07/01/2024 - 07/01/2025 | Westgate Casualty (prior carrier) | WCA-118822 |
| 07/01/2025 - 07/01/2026 | Ridgecrest Indemnity Company | BA 20 661407 |

Claims under the prior carrier are shown as reported to us by Westgate Casualty on the insured's
currently valued loss run (valued 05/31/2026) and are **not Ridgecrest claims**; we do not handle them.

## Ridgecrest claims (policy BA 20 661407)

| Claim No. | DOL | Unit | Driver | Description | Status | Paid | Outstanding rsv | Incurred | Adjuster |
|---|---|---|---|---|---|---|---|---|---|
| RC-AU-25-07712 | 08/14/2025 | Unit 31 - 2021 Freightliner M2 box | D. Okonkwo | Insured rear-ended third party at signal, Route 9 | Closed | $8,942.17 | $0.00 | $8,942.17 | K. Oyelaran |
| RC-AU-25-08530 | 09/02/2025 | Unit 12 - 2019 Isuzu NPR | S. Varga | Backed into loading dock pillar at insured's own dock | Closed | $2,310.00 | $0.00 | $2,310.00 | B. Stenholm |
| RC-AU-25-09977 | 10/21/2025 | Unit 44 - 2022 Volvo VNL reefer tractor | L. Thibodeaux | Jackknife on icy off-ramp, I-35 exit 112; BI claim by motorist | Open | $41,600.00 | $118,400.00 | $160,000.00 | K. Oyelaran |
| RC-AU-25-10112 | 11/05/2025 | Unit 7 - 2020 Ford Transit | P. Ahlgren | Windshield - rock chip, glass only | Closed | $486.25 | $0.00 | $486.25 | Glass program (Clearpane Auto Glass) |
| RC-AU-26-00418 | 01/13/2026 | Unit 31 - 2021 Freightliner M2 box | D. Okonkwo | Catalytic converter theft at insured's yard | Open | $0.00 | $3,250.00 | $3,250.00 | B. Stenholm |
| RC-AU-26-01290 | 02/26/2026 | Unit 19 - 2023 Hino L6 | R. Mbeki-Stroud | Sideswipe during lane change, PD only | Open | $5,115.80 | $1,900.00 | $7,015.80 | B. Stenholm |
| RC-AU-26-02047 | 04/03/2026 | Unit 44 - 2022 Volvo VNL reefer tractor | L. Thibodeaux | Struck deer, front-end damage | Closed | $6,788.40 | $0.00 | $6,788.40 | B. Stenholm |
| RC-AU-26-03361 | 05/19/2026 | Unit 22 - 2018 Isuzu NPR | T. Nakashima | Pedestrian struck in customer parking lot, minor injury | Open | $1,250.00 | $24,750.00 | $26,000.00 | K. Oyelaran |
| **Total (8 claims)** | | | | | 4 open | **$66,492.62** | **$148,300.00** | **$214,792.62** | |

## Prior carrier claims - Westgate Casualty (policy WCA-118822) - NOT OURS

| Carrier claim no. | DOL | Unit | Description | Status (per Westgate) | Paid | Outstanding | Incurred |
|---|---|---|---|---|---|---|---|
| WG-24-331907 | 07/30/2024 | Unit 12 | Rear-ended by third party; subrogation recovered in full | Closed | $0.00 | $0.00 | $0.00 |
| WG-24-340266 | 11/11/2024 | Units 7, 19, 31 | Hail damage to parked fleet at yard (3 units) | Closed | $14,220.00 | $0.00 | $14,220.00 |
| WG-25-002815 | 02/18/2025 | Unit 44 | Rollover on rural highway, cargo loss | Closed | $87,930.55 | $0.00 | $87,930.55 |
| WG-25-004471 | 05/09/2025 | Unit 7 | Mirror strike with parked car | Closed | $730.00 | $0.00 | $730.00 |
| WG-25-005102 | 06/22/2025 | Unit 19 | Intersection collision, BI to other driver | Open | $12,000.00 | $45,000.00 | $57,000.00 |

## Large-loss and open-claim notes (Ridgecrest claims only)

- **RC-AU-25-09977** - BI claimant Maribel Foust (driver of the other vehicle), represented by Kellerman & Loy,
  demand letter received 05/02/2026 for $175,000. Reserve raised from $90,000 to $160,000 total incurred on
  05/12/2026. No suit filed. Our driver cited for speed too fast for conditions. Cargo (lettuce) loss paid
  under the insured's own motor truck cargo policy, not here.
- **RC-AU-26-03361** - pedestrian Oren Blackwood, 67, knee contusion; treated and released same day at
  Lakemont Urgent Care. Medical specials to date $3,912.00. Not represented.
- **RC-AU-26-01290** - liability disputed by the other driver (Fenella Quist); dashcam reviewed, supports our
  driver's version only in part. Reserve of $1,900 held for the other vehicle's rental.
- **RC-AU-26-00418** - awaiting the police report (Kellsburg PD case 26-000871) and repair invoice. Physical
  damage deductible $1,000 applies.

## Frequency summary (Ridgecrest term only)

| Measure | Value |
|---|---|
| Power units on schedule | 23 |
| Claims this term | 8 |
| Claims per power unit | 0.35 |
| Loss ratio (incurred / earned premium of $187,400) | 114.6% |

*Loss runs are provided for underwriting purposes. Figures subject to change as claims develop.*
"""


def fleet_md():
    with open(os.path.join(OUT, "halvorsen_fleet_loss_run_2026-06-30.md"), "w") as f:
        f.write(FLEET_MD)


# =====================================================================
# 4. Equipment breakdown - chiller engineer's report (long PDF)
# =====================================================================
def chiller_report():
    pdf = Report("Kestrel Engineering Group  -  Project KEG-26-0457",
                 "Kestrel Engineering Group, 88 Canal Street, Fenwick, OH 45810.")
    pdf.add_page()
    h1(pdf, "ENGINEERING EVALUATION - CENTRIFUGAL CHILLER MOTOR FAILURE")
    table(pdf, [
        ("Item", "Detail"),
        ("Kestrel project no.", "KEG-26-0457"),
        ("Client", "Ridgecrest Indemnity Company, Equipment Breakdown Claims"),
        ("Attention", "Marcus Delacroix-Hill, Senior Technical Claims Specialist"),
        ("Claim no.", "EB-0093-551-K"),
        ("Insured", "Saint Anselm Medical Arts Building LLC"),
        ("Location", "4400 Orchard Vale Parkway, Fenwick, OH 45812"),
        ("Date of incident", "July 14, 2026"),
        ("Date of site visit", "July 17, 2026"),
        ("Report date", "July 24, 2026"),
        ("Engineer", "Helena Marsh-Oduya, P.E. (Ohio PE-84412)"),
    ], (45, 130))

    h2(pdf, "1. Scope")
    para(pdf, "Kestrel Engineering Group was retained by Ridgecrest Indemnity Company to determine the cause of the "
              "failure of Chiller No. 2 at the insured's four-story medical office building, to comment on whether the "
              "failure is consistent with a sudden and accidental breakdown, and to evaluate the repair options and "
              "their costs. This report is based on our site visit of July 17, 2026, the building automation system "
              "(BAS) trend logs, the maintenance records provided by the insured, interviews, and electrical test data "
              "collected by the service contractor.")

    h2(pdf, "2. Equipment")
    para(pdf, "The building is cooled by two water-cooled centrifugal chillers in the basement mechanical room. "
              "Both are Thermacore model TCX-350, nominal 350 tons, manufactured in 2009 and installed when the building "
              "was renovated in 2010. Chiller No. 1 carries serial number TC09-77398-B; Chiller No. 2, the failed unit, "
              "carries serial number TC09-77412-B. Each is driven by a hermetic 480 V, 3-phase compressor motor rated "
              "262 kW. The chillers operate in lead/lag; in July Chiller No. 2 was the lead machine. Chiller No. 1 had "
              "been out of service since July 6, 2026 for a scheduled tube cleaning and was not available on the night of "
              "the failure, which left the building with no mechanical cooling.")

    h2(pdf, "3. Sequence of events")
    para(pdf, "The BAS trend logs and the alarm history show the following (all times local, July 14, 2026):")
    table(pdf, [
        ("Time", "Event"),
        ("02:44", "Utility voltage sag recorded on the main switchboard meter (dip to 86% of nominal, 0.4 s)"),
        ("02:47", "Chiller No. 2 alarm: HIGH MOTOR WINDING TEMPERATURE (phase B RTD 141 C)"),
        ("02:51", "Chiller No. 2 tripped offline on motor ground fault protection"),
        ("03:05", "BAS paged the on-call building engineer"),
        ("03:35", "Building engineer Raymond Szabo arrived on site; reported burnt odor at chiller No. 2"),
        ("06:10", "Brightline Mechanical Services technician Leon Farrugia arrived"),
        ("11:00", "Space temperature on the 3rd floor reached 84 F; surgical suite postponed cases"),
    ], (25, 150))
    para(pdf, "Mr. Szabo locked out the chiller and the associated starter. Mr. Farrugia performed an insulation "
              "resistance (megger) test at 1000 V DC at 07:20, which measured 0.4 megohm phase B to ground; phases A and "
              "C measured above 200 megohm. Winding resistance was unbalanced by 6.8% between phases. Refrigerant samples "
              "taken at 08:15 showed acid and a burnt odor, consistent with a motor burnout in a hermetic machine.")

    h2(pdf, "4. Maintenance history")
    para(pdf, "Brightline Mechanical Services has held the preventive maintenance contract since 2018. The last annual "
              "inspection of Chiller No. 2 took place on October 22, 2025; the motor insulation resistance was recorded as "
              "480 megohm on all three phases, oil analysis was normal, and vibration was within the manufacturer's "
              "limits. The quarterly inspection of April 9, 2026 noted no issues. We found the maintenance program to be "
              "appropriate for this equipment and the records to be complete. There was no history of motor "
              "problems on this chiller.")

    h2(pdf, "5. Analysis")
    para(pdf, "The electrical test results show a localized insulation failure in the phase B winding. The unit was "
              "opened by Brightline on July 16, 2026 in our presence via video, and the stator showed a burned section "
              "of approximately 12 cm in the phase B end turns, with carbon tracking to the stator core. This pattern is "
              "typical of a turn-to-turn short that progressed to a ground fault. The voltage sag recorded three minutes "
              "before the alarm was brief and within the motor's ride-through capability; in our opinion it was not "
              "the cause of the failure, although the transient may have stressed an already weakened turn insulation.")
    para(pdf, "Motor insulation ages with thermal cycling, and at 17 years this motor is within, though towards the "
              "end of, its typical service life. However, the insulation readings taken nine months before the "
              "failure were excellent, and no gradual decline was documented. The failure occurred suddenly and "
              "was not preceded by any warning signs that a reasonable maintenance program would have detected. In "
              "our opinion, to a reasonable degree of engineering certainty, the failure of the Chiller No. 2 compressor "
              "motor was a sudden and accidental electrical breakdown of the stator winding insulation.")
    para(pdf, "We found no evidence of water intrusion, refrigerant starvation, overload due to operating conditions, or "
              "improper starting. The starter and the motor protection relay operated as designed.")

    h2(pdf, "6. Temporary cooling")
    para(pdf, "To restore cooling, the insured's facilities director, Gwendolyn Achebe, arranged a 300-ton "
              "air-cooled rental chiller from Polar Span Rentals. The unit was delivered and connected, and began "
              "cooling on July 19, 2026 at 16:30. Polar Span's rate is $2,850.00 per day, plus a one-time mobilization "
              "and demobilization charge of $6,400.00. The rental chiller will remain until Chiller No. 2 is returned "
              "to service. Temporary cooling is an expediting / extra expense item; its duration depends on the "
              "repair option chosen.")

    h2(pdf, "7. Repair options")
    table(pdf, [
        ("Option", "Description", "Cost", "Lead time"),
        ("A", "Remove motor, rewind stator at motor shop, clean refrigerant circuit, reinstall",
         "$96,500.00", "9 weeks"),
        ("B", "Replace with new OEM compressor motor, clean circuit, replace filter driers and oil",
         "$128,740.00", "5 weeks"),
        ("C", "Replace entire chiller with a new 350-ton unit", "$412,000.00", "16 weeks"),
    ], (15, 105, 30, 25))
    para(pdf, "Option B can be shortened by about one week by air freight of the new motor, at an additional $7,980.00. "
              "When the temporary cooling is included (rental days at $2,850.00 per day for the lead time, plus the "
              "mobilization charge), option B is the lowest total cost and restores the building fastest. Option C "
              "is not warranted: the remainder of the chiller (compressor impeller, heat exchangers, controls) was "
              "found in serviceable condition, and replacement would be an improvement rather than a repair.")

    h2(pdf, "8. Other matters noted")
    para(pdf, "The ground-floor tenant, Orchard Vale Pharmacy, reported that refrigerated stock was lost when the "
              "building temperature rose; the pharmacy's own refrigerators were on the normal power circuit and "
              "continued to operate, but a walk-in cold room served by the chilled water loop warmed above 46 F. The "
              "pharmacy estimates its loss at $18,260.00. Whether this is covered under the spoilage provision of the "
              "insured's policy, or is the tenant's own loss, is outside our scope and is referred to the adjuster.")
    para(pdf, "The surgical suite on the 3rd floor (tenant: Fenwick Ambulatory Surgery Partners) postponed "
              "eleven procedures on July 14 and July 15. Any business income or extra expense claim by the insured is "
              "also outside our scope.")

    h2(pdf, "9. Conclusions")
    for c in [
        "1. Chiller No. 2 (serial TC09-77412-B) failed on July 14, 2026 due to a breakdown of the phase B stator "
        "winding insulation in the hermetic compressor motor.",
        "2. The failure was sudden and accidental. It was not caused by the utility voltage sag at 02:44, by "
        "lack of maintenance, or by operating conditions.",
        "3. Option B (new OEM motor) is the recommended repair.",
        "4. The chiller is otherwise serviceable; replacement of the whole chiller is not necessary.",
    ]:
        para(pdf, c)
    para(pdf, "Helena Marsh-Oduya, P.E.\nPrincipal Engineer, Kestrel Engineering Group\n(937) 555-0172  |  "
              "hmarsh-oduya@kestrel-eng.example")
    pdf.add_page()
    h2(pdf, "Appendix 1 - Electrical test data, Chiller No. 2 compressor motor")
    table(pdf, [
        ("Test", "Date", "Phase A", "Phase B", "Phase C", "By"),
        ("Insulation resistance, 1000 V DC", "10/22/2025", "480 megohm", "480 megohm", "480 megohm", "Brightline"),
        ("Insulation resistance, 1000 V DC", "07/14/2026 07:20", "212 megohm", "0.4 megohm", "236 megohm", "L. Farrugia"),
        ("Winding resistance (ohm)", "07/14/2026", "0.0412", "0.0384", "0.0409", "L. Farrugia"),
        ("Polarization index", "10/22/2025", "3.1", "3.0", "3.1", "Brightline"),
    ], (50, 28, 25, 25, 25, 22))
    h2(pdf, "Appendix 2 - Documents reviewed")
    for d in ["BAS alarm history and trend logs, July 13-15, 2026 (exported by R. Szabo)",
              "Brightline Mechanical Services service tickets BMS-55120 (07/14/2026) and BMS-55187 (07/16/2026)",
              "Preventive maintenance records 2018-2026, including annual inspection of 10/22/2025",
              "Utility power quality event log, Fenwick Municipal Light & Power, meter 7004-3318",
              "Polar Span Rentals quotation PSR-Q-8841 and delivery ticket",
              "Repair proposals from Brightline Mechanical Services (options A-C), dated 07/21/2026",
              "Policy declarations, equipment breakdown form (provided by Ridgecrest Indemnity)"]:
        para(pdf, "- " + d, size=9)
    h2(pdf, "Appendix 3 - Limitations")
    para(pdf, "This report was prepared for Ridgecrest Indemnity Company for the purpose of evaluating the claim "
              "identified above. Our opinions are based on the information available at the time of writing and "
              "may be revised if additional information becomes available, including the motor shop's teardown "
              "findings. Kestrel Engineering Group did not perform destructive testing. Coverage determinations, "
              "including the application of any deductible, waiting period, or sublimit, are the responsibility of "
              "the carrier. Costs are the contractor's proposals and have not been audited.", size=9)
    pdf.output(os.path.join(OUT, "KEG-26-0457_chiller2_engineering_report.pdf"))


# =====================================================================
# 5. Employee theft / fidelity audit letter (DOCX)
# =====================================================================
def fidelity_docx():
    doc = Document()
    fixed_docx_props(doc, "Ashgrove letter")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "ASHGROVE FORENSIC ACCOUNTING LLP  |  Privileged & Confidential"
    sec.footer.paragraphs[0].text = ("Ashgrove Forensic Accounting LLP, 300 Mercer Street, 14th Floor, "
                                     "Calder Falls, PA 19406  |  (610) 555-0137")
    for line in ["June 11, 2026", "",
                 "Marcus Delacroix-Hill",
                 "Senior Technical Claims Specialist - Fidelity & Crime",
                 "Ridgecrest Indemnity Company",
                 "2 Foundry Plaza, Calder Falls, PA 19403", ""]:
        doc.add_paragraph(line)
    p = doc.add_paragraph()
    p.add_run("Re:\tInsured: Pemberton & Vail Hardware Supply Co.\n"
              "\tYour claim no.: FID/2026/00318\n"
              "\tPolicy: Commercial Crime CRM 7710 0462 (discovery form), period 06/01/2025 - 06/01/2026\n"
              "\tEmployee: Renata Castellano\n"
              "\tOur engagement: AFA-2611").bold = True
    doc.add_paragraph("Dear Mr. Delacroix-Hill:")
    doc.add_paragraph(
        "As you requested in your engagement letter of April 2, 2026, we have completed our forensic review of "
        "the accounts payable records of Pemberton & Vail Hardware Supply Co. (the 'Company') relating to the "
        "employee dishonesty loss reported under the above claim. This letter summarizes our procedures, our "
        "findings, and the amount of the loss we were able to quantify. Our working papers are available for "
        "your review.")
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Renata Castellano was employed by the Company as an accounts payable clerk from March 6, 2017; from "
        "2021 she also acted as bookkeeper for the Company's two branch stores. On March 9, 2026 the Company's "
        "controller, Abel Fairweather, found during the February bank reconciliation that a check payable to "
        "a vendor had been altered. Ms. Castellano was suspended on March 10, 2026 and her employment was "
        "terminated on March 13, 2026. On March 12, 2026, she repaid $9,500.00 to the Company by cashier's "
        "check. The Company gave notice of the loss to Ridgecrest Indemnity on March 16, 2026. A police report "
        "was filed with the Calder Falls Police Department (incident 2026-004417) on March 17, 2026.")
    doc.add_heading("Procedures", level=2)
    for t in [
        "Extracted the vendor master file and all disbursements for January 1, 2022 through March 13, 2026 "
        "(18,406 disbursements).",
        "Compared payees on cleared check images to the payees recorded in the accounting system.",
        "Tested the vendor master for vendors added by Ms. Castellano's user ID without a purchase order history.",
        "Traced deposits of the identified items to the receiving bank accounts by subpoenaed records obtained by "
        "the Company's counsel, Drummond Ashby LLC.",
        "Interviewed Abel Fairweather (controller), Harold Pemberton (president), and Gordon Lusk (warehouse "
        "manager). Ms. Castellano declined to be interviewed on advice of her attorney.",
    ]:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("Findings", level=2)
    doc.add_paragraph(
        "We identified two schemes. First, a fictitious vendor, 'Castle Ridge Supply', was added to the vendor "
        "master on January 17, 2023 by Ms. Castellano's user ID. Invoices from that vendor were paid by check "
        "and deposited to an account at Keystone Valley Credit Union held by Ms. Castellano's sister-in-law. "
        "Second, checks to genuine vendors were altered after printing (payee changed) and deposited to the "
        "same account. The first fraudulent item is dated January 24, 2023 and the last is dated February 27, "
        "2026. We found no evidence of involvement of any other employee.")
    docx_table(doc, [
        ("Year", "Items", "Fictitious vendor", "Altered checks", "Total"),
        ("2023", "41", "$30,118.00", "$8,294.50", "$38,412.50"),
        ("2024", "58", "$44,870.33", "$17,037.00", "$61,907.33"),
        ("2025", "49", "$31,260.06", "$15,920.00", "$47,180.06"),
        ("2026 (Jan-Feb)", "6", "$4,980.30", "$1,296.00", "$6,276.30"),
        ("Total", "154", "$111,228.69", "$42,547.50", "$153,776.19"),
    ])
    doc.add_heading("Recoveries", level=2)
    docx_table(doc, [
        ("Date", "Source", "Amount"),
        ("03/12/2026", "Repayment by employee (cashier's check)", "$9,500.00"),
        ("04/28/2026", "Bank reversal of one altered check (Keystone Valley CU)", "$2,115.00"),
        ("", "Total recoveries to date", "$11,615.00"),
    ])
    doc.add_paragraph(
        "After deducting the recoveries to date, the net quantified loss is $142,161.19, before application "
        "of the policy's limit and deductible. We understand the Employee Theft limit is $100,000 per "
        "occurrence with a $2,500 deductible, and that the policy provides $10,000 for claim expense (our fees). "
        "Our fees for this engagement are $18,650.00; our invoice AFA-2611-01 is enclosed.")
    doc.add_heading("Matter for your attention", level=2)
    doc.add_paragraph(
        "In his interview, Gordon Lusk stated that in 2019 he became aware that Ms. Castellano had taken "
        "approximately $640 from the branch petty cash, which she repaid; he did not report it to management. "
        "Whether Mr. Lusk's knowledge is relevant to the policy's provision terminating coverage for an "
        "employee upon knowledge of a prior dishonest act depends on his position and the policy wording; it is "
        "a coverage matter on which we express no opinion.")
    doc.add_paragraph(
        "Please contact me if you have any questions. We will update our figures if the Company's counsel "
        "obtains further bank records.")
    doc.add_paragraph("Sincerely,")
    doc.add_paragraph("Miriam Tollefsen, CPA, CFE\nPartner, Ashgrove Forensic Accounting LLP\n"
                      "mtollefsen@ashgrove-fa.example  |  direct (610) 555-0162")
    doc.add_paragraph("Enclosure: Invoice AFA-2611-01\ncc: Harold Pemberton, President, Pemberton & Vail Hardware "
                      "Supply Co.")
    save_docx(doc, os.path.join(OUT, "ashgrove_audit_letter_pemberton_vail.docx"))


# =====================================================================
# 6. Life / AD&D claim with beneficiary statement (scanned-style PDF)
# =====================================================================
class Scan(FPDF):
    def __init__(self, seed):
        super().__init__(format="Letter")
        self.rng = random.Random(seed)
        self.set_auto_page_break(True, margin=15)
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))

    def line(self, text, size=9.5, style="", jitter=True):
        self.set_font("Courier", style, size)
        if jitter:
            self.set_x(self.l_margin + self.rng.uniform(-1.5, 4.0))
        self.multi_cell(0, 4.6 + self.rng.uniform(0, 0.8), text, new_x="LMARGIN", new_y="NEXT")


def scan_lines(pdf, block):
    for ln in block.strip("\n").split("\n"):
        if ln.startswith("##"):
            pdf.line(ln[2:].strip(), size=11, style="B")
        else:
            pdf.line(ln)


ADD_PAGES = [
"""
## HARWICK VALLEY SCHOOL DISTRICT - GROUP LIFE / AD&D
##   CLAIMANT'S STATEMENT  (Form GL-7  rev. 08/2021)
Underwritten by Ridgecrest Indemnity Company  - Group Benefits Claims
                        Claim No.:  LA-118204-D
Group Policy No.:  GL-55031        Certificate No.:  0044719
-----------------------------------------------------------------------
PART A  -  DECEASED EMPLOYEE
Name of insured:   KETTERIDGE,  Warren  J.
Date of birth:  09/14/1971         Sex:  M
SSN (last 4):  ____
Job title:  Facilities maintenance supervisor
Date of hire:  08/02/2004     Date last worked:  03/20/2026
Annual basic earnings:  $  75,000.00
Date of death:  03/22/2026      Time of death:  approx  16:45
Place of death:  Residence,  61 Corliss Hollow Rd,  Harwick,  VT 05734
Cause of death (as on death cert.):  Blunt force head injury  -  fall
   from roof of residence while clearing gutters
Manner of death:  [X] Accident  [ ] Natural  [ ] Suicide  [ ] Pending
Autopsy performed?   [ ] Yes   [ ] No
Police / incident report no.:  ______________
Attending physician:  ______________________
Hospital:  Harwick Valley Medical Center (DOA)
Funeral home:  Teasdale & Mott Funeral Home,  Harwick VT
-----------------------------------------------------------------------
PART B  -  COVERAGES IN FORCE (completed by employer)
   Basic life (2 x earnings) ...............  $ 150,000.00
   Basic AD&D principal sum ...............  $ 150,000.00
   Supplemental employee life (elected) ....  $ 100,000.00
   Dependent life (spouse) .................  $  20,000.00
Premiums paid through:  03/31/2026
Employer contact:  Patrice Dunleavy,  HR/Benefits Specialist
   (802) 555-0118   pdunleavy@hvsd.example
Employer signature:  P. Dunleavy        Date:  03/30/2026
""",
"""
##   BENEFICIARY STATEMENT  (Form GL-7B)
                      Claim No.:  LA-118204-D
Beneficiary designation on file (dated 11/03/2016):
   Primary:   Lorna A. Ketteridge  (spouse) ........  60 %
   Primary:   Callum R. Ketteridge (son) ...........  40 %
   Contingent:  _____________________________________
-----------------------------------------------------------------------
STATEMENT OF BENEFICIARY  (completed by Lorna A. Ketteridge)
Address:  61 Corliss Hollow Rd,  Harwick,  VT 05734
Phone:   (802) 555-0164
Relationship to insured:  Spouse
Were you living with the insured at death?   [X] Yes  [ ] No
Describe how the death occurred (in your own words):
 "Warren went up the extension ladder onto the garage roof around
  4:15 to clear the gutters before the rain. I was inside. Our
  neighbor Pete Vasquez-Lyle heard him fall and called 911. The
  ambulance came but he had already passed. He had not been
  drinking. He did this every spring."
Had the insured consumed alcohol or drugs in the 24 h before?  [ ] Yes [X] No
Payment election:   [X] Lump sum check   [ ] Retained asset account
Signature:  Lorna A. Ketteridge          Date signed:  04/06/2026
-----------------------------------------------------------------------
  Callum R. Ketteridge (age 19) - separate statement to follow
  Received in claims:  04/09/2026   Examiner:  D. Farrow-Ames
""",
"""
##   CLAIM EXAMINER WORKSHEET  (internal)       LA-118204-D
Examiner:  Denise Farrow-Ames,  Group Life Claims   ext. 6025
Docs received:
   [X] Claimant stmt (employer part)   03/30/2026
   [X] Beneficiary stmt - L. Ketteridge  04/09/2026
   [ ] Beneficiary stmt - C. Ketteridge  (outstanding)
   [X] Certified death certificate     04/09/2026
   [ ] Toxicology report               (requested 04/10/2026 from OCME)
   [ ] Police / EMS report             (requested 04/10/2026)
Contestability:  coverage in force > 2 yrs - not contestable
Supplemental life evidence of insurability:  approved 01/2019
Benefits payable (pending AD&D review):
   Basic life ............ $150,000.00   -> approve
   Supplemental life ..... $100,000.00   -> approve
   AD&D principal sum .... $150,000.00   -> pending tox / police report
Interest: payable from date of death at 1.5% per annum (VT)
Life benefits released 04/17/2026 (Lorna 60% / Callum 40% - Callum's
   share held pending his statement)
Reserve:  $400,000.00   Status:  OPEN - AD&D under review
""",
]


def add_pdf():
    pdf = Scan(seed=118204)
    for blk in ADD_PAGES:
        pdf.add_page()
        scan_lines(pdf, blk)
    pdf.output(os.path.join(OUT, "ketteridge_GL7_claim_and_beneficiary_stmt_scan.pdf"))

# =====================================================================
# 7. Builder's risk - contractor's daily log (TXT) + GC e-mail (EML)
# =====================================================================
DAILY_LOG = """STONEBRIDGE BUILDERS, INC. -- SUPERINTENDENT DAILY LOG (export)
Project: LINDEN ROW TOWNHOMES - PHASE 2 (BLDGS E-H)      Job #: SB-2419
Site: 5100 Sorrel Mill Rd, Merriton, NC 28390
Owner: Linden Row Partners LLC          Supt: Dale Whitcombe     PM: Anjali Redford
Builder's risk: Ridgecrest Indemnity, policy BRP-3307-1145 (completed value $14,750,000)
Export range: 06/01/2026 - 06/19/2026            Printed 06/19/2026 17:05
===========================================================================================

DATE: Mon 06/01/2026   WX: clear, 71-88F, wind SW 5-10   Hours on site: 06:30-17:30
MANPOWER: Stonebridge 3 | Pinewright Framing 14 | Corbel Electric 6 | Tidewell Plumbing 4
WORK: Bldg E drywall hang 2nd flr. Bldg F rough electrical cont'd (Corbel). Bldg G 2nd flr wall framing
  started (Pinewright). Bldg H slab cure.
DELIVERIES: 11:20 - lumber package #3 Bldg G (Carolina Timber Supply, ticket CTS-55812)
INSPECTIONS: none
NOTES: toolbox talk - ladder safety. Gate code changed to 4417 per PM.

DATE: Tue 06/02/2026   WX: pt cloudy 70-86F   Hours: 06:30-17:00
MANPOWER: SB 3 | Pinewright 15 | Corbel 6 | Tidewell 4
WORK: Bldg G 2nd flr walls, units 1-2. Bldg F electrical rough 80%.
DELIVERIES: 08:05 - copper THHN wire reels, Bldg F (Volta Supply, ticket VS-20466) - 14 reels staged in
  Bldg F unit 2 garage, locked conex not available (full).
NOTES: none

DATE: Wed 06/03/2026   WX: clear 72-90F   Hours: 06:30-17:30
MANPOWER: SB 3 | Pinewright 15 | Corbel 7 | Tidewell 4
INSPECTIONS: 10:30 - Bldg E framing inspection - PASSED (inspector R. Galloway, Merriton Co. Bldg Dept)
WORK: Bldg G 2nd flr walls units 3-4 stood, temp bracing installed per Pinewright.

DATE: Thu 06/04/2026   WX: t-storms PM, 70-84F   Hours: 06:30-15:45 (weather)
MANPOWER: SB 3 | Pinewright 12 | Corbel 6
WORK: Bldg G floor trusses unit 3 set. Rain 14:30-16:10. Crews off at 15:45.

DATE: Fri 06/05/2026   WX: clear 69-85F   Hours: 06:30-17:30
MANPOWER: SB 3 | Pinewright 14 | Corbel 6 | Tidewell 4
WORK: Bldg G roof trusses unit 3 set, not yet sheathed. Bldg F electrical rough 95%.
NOTES: Site secured 17:30 by D. Whitcombe. Main gate chained + locked. (NOTE: side gate on Sorrel Mill
  side - chain found cut on Mon, see 06/08.)

DATE: Mon 06/08/2026   WX: clear 68-87F   Hours: 06:30-17:30
*** INCIDENT - THEFT ***
06:45 - Supt found side gate chain cut, Bldg F unit 2 garage door pried. Copper wire reels staged in
  unit 2 missing (11 of 14 reels). Also pulled wire stripped from Bldg F units 1-3 (home runs cut at
  panels).
07:10 - called Merriton PD. Officer J. Pruett (badge 2291) on site 07:55. Case MPD-26-118830.
08:30 - called PM (A. Redford). PM reported to Ridgecrest 09:40 - claim BR-26-07702 assigned.
WORK: Corbel Electric stood down Bldg F pending inventory; moved crew to Bldg E.
MANPOWER: SB 3 | Pinewright 14 | Corbel 6 | Tidewell 4

DATE: Tue 06/09/2026   WX: clear   Hours: 06:30-17:30
WORK: Corbel inventory of stolen / damaged wire for Bldg F (T. Mance, Corbel foreman).
NOTES: Rented 2nd conex for wire storage (Mobile Mini-Box, $185/mo). Security camera trailer ordered
  (Watchtower Site Security), install 06/11.

DATE: Wed 06/10/2026   WX: pt cloudy   Hours: 06:30-17:30
WORK: Bldg G 2nd flr walls unit 4, roof trusses unit 4. Bldg H plumbing rough-in (Tidewell).
VISITORS: 13:00 - Priya Santhanam (Ridgecrest) + IA? NO - desk adjuster only by phone. Photos sent by PM.

DATE: Thu 06/11/2026   WX: clear   Hours: 06:30-17:30
NOTES: 09:15 - Watchtower camera trailer installed at Bldg F/G. Gate code changed to 8830.

DATE: Fri 06/12/2026   WX: clear 70-91F   Hours: 06:30-17:30
WORK: Bldg F re-pull of wire started (Corbel) w/ replacement reels from Volta Supply (ticket VS-20701).
NOTES: site secured 17:40.

DATE: Mon 06/15/2026   WX: hot 74-94F   Hours: 06:00-16:00 (heat plan)
WORK: Bldg G roof trusses units 1-2 set; units 1-4 trusses set, sheathing units 1-2 only.
INSPECTIONS: 14:00 - Bldg F electrical rough re-inspection - N/A (re-pull not complete)

DATE: Tue 06/16/2026   WX: hot AM, severe t-storm PM 73-93F   Hours: 06:00-15:02
MANPOWER: SB 3 | Pinewright 16 | Corbel 7 | Tidewell 4
WORK: Bldg G sheathing units 3-4 in progress.
*** INCIDENT - WIND ***
14:48 - lightning within 5 mi (WeatherBug alert). 15:02 - all crews cleared from structures to trailers.
15:10 (approx) - downburst / severe gust hit site from the NW. Bldg G: unit 3 and unit 4 roof trusses
  (unsheathed) racked and collapsed onto 2nd flr; unit 4 2nd flr east wall blown down. Temp bracing on
  unit 4 failed. Porta-john blown over. No injuries.
15:40 - storm passed. Supt walked site. Photos taken (64).
16:05 - PM notified. 19:42 - PM e-mailed notice to Ridgecrest (P. Santhanam).
NOTES: Merriton airport ASOS peak gust 71 mph at 15:08.

DATE: Wed 06/17/2026   WX: clear 70-86F   Hours: 06:30-17:30
WORK: Pinewright began debris removal Bldg G (hand + skid steer). Bldg G units 1-2 undamaged.
VISITORS: 10:00 - Marlon Stiles, P.E., Stiles Structural (engineer of record) - walked Bldg G, issued
  field memo SSE-FM-12: remove & replace units 3-4 trusses and unit 4 east wall; no damage to slab or
  1st flr framing.
NOTES: 09:20 - Ridgecrest assigned claim BR-26-07715 for the wind loss (per PM). 13:30 - crane (Tarheel
  Crane Rental) booked for 06/22.

DATE: Thu 06/18/2026   WX: clear   Hours: 06:30-17:30
WORK: debris removal Bldg G complete (2 dumpsters). Truss re-order placed with Carolina Timber Supply -
  lead time 12 business days.
NOTES: PM sent cost breakdown to Ridgecrest.

DATE: Fri 06/19/2026   WX: clear   Hours: 06:30-17:00
WORK: Bldg F re-pull 60%. Bldg G idle pending trusses. Bldg H plumbing rough-in cont'd.
NOTES: schedule impact Bldg G est. 3 weeks; overall substantial completion still targeted 11/20/2026
  (PM to confirm).
===========================================================================================
END OF EXPORT  (19 entries)
"""


def builders_risk_files():
    with open(os.path.join(OUT, "linden_row_ph2_daily_log_0601-0619.txt"), "w") as f:
        f.write(DAILY_LOG)

    msg = EmailMessage()
    msg["From"] = "Anjali Redford <aredford@stonebridgebuilders.example>"
    msg["To"] = "Priya Santhanam <psanthanam@ridgecrest-indemnity.example>"
    msg["Cc"] = "Dale Whitcombe <dwhitcombe@stonebridgebuilders.example>"
    msg["Subject"] = "RE: Linden Row Ph 2 - wind damage Bldg G - BR-26-07715"
    msg["Date"] = format_datetime(datetime(2026, 6, 18, 16, 22, tzinfo=timezone(timedelta(hours=-4))))
    msg["Message-ID"] = "<sb-2419-0618-1622@stonebridgebuilders.example>"
    msg.set_content("""Priya,

Answers below, and the cost breakdown for Bldg G you asked for. Our structural engineer's field memo
(SSE-FM-12) is attached to the next e-mail (too large).

1) Cost breakdown - Bldg G wind collapse (BR-26-07715), from our subs' pricing:

   Framing labor & materials, units 3-4 (Pinewright Framing)    $41,300.00
   Replacement roof trusses, units 3-4 (Carolina Timber)        $12,640.00
   Crane rental, 1 day incl. operator (Tarheel Crane)           $3,850.00
   Debris removal, 2 dumpsters + labor                          $2,275.00
   Temporary bracing/engineering (Stiles Structural)            $1,450.00
                                                                -----------
   Total                                                        $61,515.00

2) Yes, temp bracing was installed per Pinewright's bracing plan on units 3-4 (walls) - the roof trusses
   on units 3-4 were set but not yet sheathed, which is normal sequencing.

3) Schedule: we lose about 3 weeks on Bldg G. We do not expect to miss the 11/20/2026 substantial
   completion date; if that changes I'll let you know right away.

4) On the copper theft (BR-26-07702): I understand the side gate lock question. For the record the side
   gate was chained and padlocked when Dale left on Friday 06/05 - the chain was cut, not left open.
   Corbel's final number for the copper is $18,420.00 material and $9,860.00 labor to re-pull.

Thanks,

Anjali Redford
Project Manager | Stonebridge Builders, Inc.
410 Commerce Loop, Merriton, NC 28390
o (910) 555-0177 | m (910) 555-0195

-----Original Message-----
From: Priya Santhanam <psanthanam@ridgecrest-indemnity.example>
Sent: Wednesday, June 17, 2026 9:12 AM
To: Anjali Redford
Subject: RE: Linden Row Ph 2 - wind damage Bldg G

Anjali,

Thank you for the notice. This has been set up as claim BR-26-07715 (separate from the theft claim
BR-26-07702). I have set an initial reserve of $60,000 on the wind claim. Please send:
  1) a cost breakdown,
  2) confirmation that temporary bracing was in place per the framing sub's plan,
  3) the expected schedule impact.

Please note the builder's risk policy carries a $10,000 deductible per occurrence (all perils), and
delay-in-completion (soft costs) is subject to a 30-day waiting period and a $250,000 sublimit.

On the theft claim: the reserve is $28,280, and I am reviewing the protective safeguards condition
because the police report notes the side gate. I will follow up separately.

Priya Santhanam
Senior Property Claims Adjuster | Ridgecrest Indemnity Company
(612) 555-0193 ext. 4417

-----Original Message-----
From: Anjali Redford
Sent: Tuesday, June 16, 2026 7:42 PM
To: Priya Santhanam
Subject: Linden Row Ph 2 - wind damage Bldg G

Priya - reporting a new loss at Linden Row Ph 2 (policy BRP-3307-1145). This afternoon around 3:10 PM a
severe downburst hit the site. Bldg G units 3-4 roof trusses collapsed and the unit 4 east wall came down.
Nobody hurt. Photos to follow. - Anjali
""")
    with open(os.path.join(OUT, "RE_Linden_Row_Ph2_wind_damage_BR-26-07715.eml"), "wb") as f:
        f.write(bytes(msg))


# =====================================================================
# 8. Flood claim worksheet (PDF with tables)
# =====================================================================
def flood_pdf():
    pdf = Report("Ridgecrest Indemnity Company - Residential Flood - Adjuster Worksheet",
                 "Claim 0884213-FL.")
    pdf.add_page()
    h1(pdf, "FLOOD CLAIM WORKSHEET - BUILDING AND CONTENTS")
    table(pdf, [
        ("Field", "Value", "Field", "Value"),
        ("Claim no.", "0884213-FL", "Policy no.", "FP 7719 4410"),
        ("Insured", "Ramona Esquivel-Trent", "Co-insured", "-"),
        ("Property", "318 Heron Bend Drive, Port Calvert, TX 77983", "Occupancy", "Primary residence, 1 story"),
        ("Date of loss", "09/03/2026", "Reported", "09/05/2026"),
        ("Inspected", "09/09/2026", "Adjuster", "Gareth Ibsen-Poole"),
        ("Cause", "Storm surge / tidal overflow", "Status", "Open - partial payment"),
    ], (28, 62, 28, 62), size=8.5)

    h2(pdf, "Coverage")
    table(pdf, [
        ("Coverage", "Limit", "Deductible", "Settlement basis"),
        ("A - Building Property", "$250,000", "$2,000", "Replacement cost (primary residence, insured to 80%+ of RC)"),
        ("B - Personal Property (contents)", "$100,000", "$2,000", "Actual cash value"),
        ("Increased Cost of Compliance", "$30,000", "none", "Only if substantial damage is declared"),
    ], (55, 25, 25, 75))

    h2(pdf, "Elevation and flood data")
    table(pdf, [
        ("Item", "Value"),
        ("Flood zone", "AE"),
        ("Base flood elevation (BFE)", "11.0 ft"),
        ("Lowest floor elevation (EC dated 03/14/2017)", "9.4 ft"),
        ("Lowest floor relative to BFE", "1.6 ft below BFE"),
        ("Exterior high-water mark (above grade)", "31 inches"),
        ("Interior water depth above finished floor", "19 inches"),
        ("Water entered structure (per insured)", "09/03/2026 approx. 04:30"),
        ("Water receded from structure (per insured)", "09/04/2026 approx. 13:00"),
        ("Building pre-flood market value (county appraisal)", "$214,000"),
    ], (110, 70))
    para(pdf, "Water entered the dwelling through the front and rear doors and the garage. The insured evacuated "
              "on 09/02/2026 and returned on 09/05/2026, when she reported the loss through her agent, Bayline "
              "Insurance Services (agent Curtis Oyelowo). The detached workshop (12 x 16) is not covered under "
              "this policy form (detached structure used as a workshop) and was not scoped. The insured's 2019 "
              "Honda sedan was flooded in the garage; vehicles are not covered property under this policy - "
              "insured was referred to her auto carrier.")

    h2(pdf, "Building (Coverage A) - scope summary")
    table(pdf, [
        ("Item", "RCV", "Depreciation", "ACV"),
        ("Flood cut drywall to 4 ft, all rooms; insulation; texture and paint", "$21,884.60", "$2,736.10", "$19,148.50"),
        ("Flooring - LVP, 1,520 SF, remove and replace", "$11,347.20", "$1,702.08", "$9,645.12"),
        ("Base cabinets (kitchen, 2 baths) and countertops", "$13,915.00", "$2,087.25", "$11,827.75"),
        ("Interior doors (9), trim and baseboard", "$6,218.40", "$932.76", "$5,285.64"),
        ("Water heater (40 gal) and HVAC air handler (closet)", "$6,912.00", "$1,382.40", "$5,529.60"),
        ("Electrical - outlets, switches, panel inspection", "$2,486.70", "$0.00", "$2,486.70"),
        ("Cleaning, antimicrobial treatment, drying equipment", "$5,649.00", "$363.76", "$5,285.24"),
        ("Total building", "$68,412.90", "$9,204.35", "$59,208.55"),
    ], (92, 30, 30, 28))

    h2(pdf, "Contents (Coverage B) - summary by room")
    table(pdf, [
        ("Room", "RCV", "Depreciation", "ACV"),
        ("Living room", "$8,940.00", "$3,576.00", "$5,364.00"),
        ("Kitchen (appliances: refrigerator, range, dishwasher)", "$7,815.00", "$2,344.50", "$5,470.50"),
        ("Bedrooms (2)", "$9,405.00", "$3,949.90", "$5,455.10"),
        ("Laundry / garage (washer, dryer, freezer)", "$5,600.00", "$2,248.00", "$3,352.00"),
        ("Total contents", "$31,760.00", "$12,118.40", "$19,641.60"),
    ], (92, 30, 30, 28))

    h2(pdf, "Settlement")
    table(pdf, [
        ("", "Building", "Contents"),
        ("Loss (RCV for building / ACV for contents)", "$68,412.90", "$19,641.60"),
        ("Less deductible", "$2,000.00", "$2,000.00"),
        ("Claim payable", "$66,412.90", "$17,641.60"),
        ("Advance payment 09/12/2026", "-", "$5,000.00"),
    ], (90, 45, 45))
    para(pdf, "Payments: an advance payment of $5,000.00 on contents was issued on 09/12/2026. The building "
              "payment will be issued with the mortgagee (Gulfway Federal Savings, loan 0031-7742-9) named as "
              "co-payee. Contents receipts for the kitchen appliances are outstanding.")

    h2(pdf, "Substantial damage / ICC")
    para(pdf, "Building RCV of $68,412.90 against the pre-flood market value of $214,000 is a damage ratio of "
              "about 32%, under the 50% threshold. The Port Calvert floodplain administrator has not yet issued a "
              "substantial damage determination; ICC is not payable unless one is issued. No ICC reserve set.")

    h2(pdf, "Reserves and adjuster remarks")
    table(pdf, [
        ("Date", "Building reserve", "Contents reserve", "Note"),
        ("09/05/2026", "$60,000", "$25,000", "Initial, from FNOL"),
        ("09/10/2026", "$66,500", "$18,000", "After inspection 09/09/2026"),
    ], (30, 40, 40, 70))
    para(pdf, "Remarks: no prior flood losses at this address in our records. Insured was cooperative. Mold "
              "observed behind the kitchen base cabinets on 09/09/2026 (six days after the water entered); "
              "antimicrobial treatment included in the building scope. No salvage. No subrogation. "
              "- G. Ibsen-Poole, certified flood adjuster, (409) 555-0152")
    pdf.output(os.path.join(OUT, "esquivel-trent_flood_worksheet_0884213-FL.pdf"))


# =====================================================================
# 9. Short-term disability claim form (scanned-style PDF)
# =====================================================================
STD_PAGES = [
"""
##  CORVANE LOGISTICS INC.  -  SHORT TERM DISABILITY CLAIM
##  Ridgecrest Indemnity Co.  Group Benefits            Form STD-100
Claim No.:  STD-4471902            Group policy:  STD-G-20418
-----------------------------------------------------------------------
SECTION 1  -  EMPLOYEE STATEMENT
Name:  ACHTERBERG,  Tamsin  L.         DOB:  02/27/1984
Address:  1907 Kessler Ave,  Apt 3B,  Dunmore Falls,  OR 97389
Phone:  (541) 555-0139       Employee ID:  CV-08817
Occupation:  Dispatch supervisor
Is your condition related to your work?    [ ] Yes   [X] No
If yes, workers' comp claim no.:  ______________
Date symptoms first appeared:  04/20/2026
Last day worked:  05/08/2026     Date disability began:  05/11/2026
Describe:  "Lower back pain with pain down left leg, numbness in
   foot, could not sit for a full shift. Surgery scheduled."
Other income (SSDI, state plan, other group):   ______________
Signature:  Tamsin L. Achterberg            Date:  05/12/2026
-----------------------------------------------------------------------
SECTION 2  -  EMPLOYER STATEMENT
Date of hire:  06/15/2015      Scheduled hours/week:  40
Weekly earnings (basic):  $ 1,450.00
Last day worked:  05/08/2026   (left at 3:30 PM)
Is a modified/light-duty job available?   [X] Yes   [ ] No
Employer contact:  Graham Lindqvist,  HR Generalist  (541) 555-0110
Signature:  G. Lindqvist                    Date:  05/13/2026
""",
"""
SECTION 3  -  ATTENDING PHYSICIAN STATEMENT
Claim No.:  STD-4471902       Patient:  Tamsin L. Achterberg
Physician:  Imogen Rask, MD  -  orthopaedic spine surgery
Facility:  Northbay Spine Institute,  210 Alder St,  Dunmore Falls OR
Phone:  (541) 555-0150        NPI:  _______________
Diagnosis:  Lumbar disc herniation L4-L5 with radiculopathy  ICD-10 M51.16
Procedure:  L4-L5 microdiscectomy   CPT 63030   Date:  05/14/2026
First visit for this condition:  04/27/2026
Hospitalized?  [X] Yes   Admitted  05/14/2026   Discharged  05/15/2026
Restrictions:  no lifting > 10 lb, no bending/twisting, sit/stand
   alternate every 30 min, no driving 2 wks post-op
Expected return to work:   light duty  07/06/2026
                           full duty   08/03/2026
Physician signature:  I. Rask, MD              Date:  05/20/2026
""",
"""
##  CLAIM DETERMINATION WORKSHEET  (internal)        STD-4471902
Examiner:  Denise Farrow-Ames   Group Benefits   ext. 6025
Plan:  60% of weekly earnings,  max weekly benefit $1,500.00
       Elimination period:  7 calendar days (sickness and accident)
       Maximum benefit period:  26 weeks
Weekly earnings   $1,450.00  x 60%  =  weekly benefit  $870.00
Benefits begin:  05/18/2026
Status:  APPROVED through 07/05/2026  (light duty RTW 07/06/2026)
Payments issued:
   05/29/2026   05/18 - 05/31/2026   2 wks   $1,740.00
   06/12/2026   06/01 - 06/14/2026   2 wks   $1,740.00
   06/26/2026   06/15 - 06/28/2026   2 wks   $1,740.00
Next payment due:  07/10/2026   (06/29 - 07/05/2026,  1 wk)
FICA / taxes:  employer-paid premium - benefits taxable, W-2 by insurer
Reserve:  $6,090.00        Offsets:  none reported
Notes:  06/30 - spoke w/ claimant; PT 2x week at Cedar Row PT;
   employer (Lindqvist) confirms light duty desk role available 07/06.
""",
]


def std_pdf():
    pdf = Scan(seed=4471902)
    for blk in STD_PAGES:
        pdf.add_page()
        scan_lines(pdf, blk)
    pdf.output(os.path.join(OUT, "achterberg_STD100_scan.pdf"))


# =====================================================================
# 10. Product liability - defense counsel's complaint summary (EML thread)
# =====================================================================
def product_liability_eml():
    msg = EmailMessage()
    msg["From"] = "Simone Okerlund-Hayes <sokerlund@hollisbrandt.example>"
    msg["To"] = "Marcus Delacroix-Hill <mdelacroix-hill@ridgecrest-indemnity.example>"
    msg["Cc"] = "Devin Ashcroft <dashcroft@hollisbrandt.example>"
    msg["Subject"] = "RE: Solheim v. Vexmoor Appliances - complaint summary / initial evaluation [PL-2026-000781]"
    msg["Date"] = format_datetime(datetime(2026, 5, 22, 15, 48, tzinfo=timezone(timedelta(hours=-5))))
    msg["Message-ID"] = "<hb-solheim-0522-1548@hollisbrandt.example>"
    msg.set_content("""Marcus,

Short answers to your two questions:

(1) SIR. Yes - the $50,000 self-insured retention applies per occurrence and includes defense costs,
so Vexmoor funds our fees until the retention is exhausted. At our budget pace we expect the SIR to be
eroded by about September. Vexmoor's risk manager, Colette Marchbanks, is aware.

(2) Excess notice. Given the pre-suit demand of $1,200,000 against the $1,000,000 each-occurrence limit,
I recommend Vexmoor (through its broker) put Northmark Excess & Surplus on notice under the umbrella now.
Colette says the broker, Auden Pike Risk Partners, will do so this week.

The answer deadline extension to June 22, 2026 was agreed by plaintiffs' counsel this morning.

Simone

Simone Okerlund-Hayes | Partner
HOLLIS BRANDT LLP
1200 Lakeview Tower, 77 Harbor Street, Port Emery, WI 53201
T (414) 555-0181 | sokerlund@hollisbrandt.example

-----Original Message-----
From: Marcus Delacroix-Hill
Sent: Friday, May 22, 2026 10:05 AM
To: Simone Okerlund-Hayes
Subject: RE: Solheim v. Vexmoor Appliances - complaint summary / initial evaluation [PL-2026-000781]

Simone - thanks, very helpful. Two questions: does the SIR erode with defense costs, and should we be
putting the umbrella on notice now? - Marcus

Marcus Delacroix-Hill
Senior Technical Claims Specialist | Ridgecrest Indemnity Company
(215) 555-0124

-----Original Message-----
From: Simone Okerlund-Hayes
Sent: Thursday, May 21, 2026 5:31 PM
To: Marcus Delacroix-Hill
Cc: Devin Ashcroft
Subject: Solheim v. Vexmoor Appliances - complaint summary / initial evaluation [PL-2026-000781]

Marcus,

As requested, here is our summary of the complaint and our initial evaluation. Privileged and
confidential - attorney-client communication / attorney work product.

CAPTION: Ingrid Solheim and Per Solheim v. Vexmoor Appliances, Inc. and Tennant Home Centers, LLC,
  Wexford County Circuit Court, Case No. 2026-CV-001187. Filed May 4, 2026. Served on Vexmoor's
  registered agent May 11, 2026. Plaintiffs' counsel: Rafferty Quill & Sandoval (Theo Sandoval).

YOUR INSURED: Vexmoor Appliances, Inc. (manufacturer). Co-defendant Tennant Home Centers (retailer)
  has tendered its defense to Vexmoor under the vendor agreement; tender under review.

ALLEGATIONS: On December 28, 2025, at about 11:40 PM, a Vexmoor "HearthGlow 1500" portable space
  heater (model VX-HG1500, serial HG15-2210-88341, purchased at Tennant Home Centers in October 2022)
  tipped over in the plaintiffs' family room at 44 Larchmont Ridge, Eastvale, WI and ignited the carpet
  and a sofa. Plaintiffs allege the tip-over switch failed to cut power. Ingrid Solheim suffered
  second-degree burns to her right hand and forearm (about 8% TBSA) putting out the fire; the house
  sustained heavy smoke and fire damage.

COUNTS: (1) strict liability - design defect; (2) strict liability - failure to warn; (3) negligence;
  (4) breach of implied warranty of merchantability; (5) loss of consortium (Per Solheim).

DAMAGES CLAIMED (per complaint and pre-suit demand of March 2, 2026):
  - Property damage to the dwelling and contents: $286,400.00 (paid by the homeowners carrier,
    Lakeshore Mutual, which has a subrogation interest and has intervened through its counsel)
  - Medical expenses to date: $74,915.22
  - Lost wages (Ingrid, dental hygienist): $12,600.00
  - Pain and suffering, scarring, consortium: unliquidated
  - Pre-suit demand: $1,200,000.00 (policy-limits style, open 30 days, expired)

COVERAGE (for reference, per your acknowledgment letter): CGL with products-completed operations,
  policy CGL-PX 5561 0093; $1,000,000 each occurrence / $2,000,000 products-completed operations
  aggregate; $50,000 SIR. Umbrella with Northmark Excess & Surplus ($5,000,000).

INITIAL EVALUATION: Liability is contested. The heater's tip-over switch design has passed the listing
  standard, and Vexmoor has received two prior tip-over complaints on this model line (2023, 2024), neither
  resulting in a fire. We have retained Beatrix Nwosu, CFEI, of Calloway Fire Science as our cause and
  origin expert; a joint scene and artifact examination is scheduled for June 9, 2026. Plaintiffs' expert
  has the heater in storage and has agreed to a non-destructive protocol. Eastvale Fire Department's
  report (incident 25-11962) lists the heater as the probable ignition source but does not address the
  switch. If the switch is found to have failed, the exposure is significant given the burn injuries.

RECOMMENDED RESERVES: indemnity $350,000; expense $120,000 through expert discovery.

NEXT STEPS: answer or responsive pleading due June 1, 2026 (we are seeking an extension to June 22);
  litigation hold letter sent to Vexmoor May 19, 2026; tender response to Tennant within 30 days.

Simone Okerlund-Hayes
HOLLIS BRANDT LLP
""")
    with open(os.path.join(OUT, "RE_Solheim_v_Vexmoor_complaint_summary_PL-2026-000781.eml"), "wb") as f:
        f.write(bytes(msg))


# =====================================================================
# 11. Watercraft loss notice (DOCX form, header)
# =====================================================================
def watercraft_docx():
    doc = Document()
    fixed_docx_props(doc, "Watercraft notice of loss")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "RIDGECREST INDEMNITY COMPANY  -  NOTICE OF LOSS: WATERCRAFT / YACHT  -  Claim WC-55102-M"
    sec.footer.paragraphs[0].text = "Form RIC-MAR-2 (04/2024)   Submitted via agency portal by Seabright Insurance Group"
    doc.add_heading("Notice of Loss - Watercraft", level=1)
    doc.add_paragraph("Date of notice: 08/10/2026 09:26       Agency: Seabright Insurance Group (agent Fiona Maddox, "
                      "(239) 555-0107)")
    doc.add_heading("Policy and insured", level=2)
    docx_table(doc, [
        ("Field", "Entry"),
        ("Policy number", "YB-8821-3306"),
        ("Policy period", "03/15/2026 - 03/15/2027"),
        ("Named insured", "Bartholomew Quince"),
        ("Mailing address", "27 Pilings Way, Osprey Cove, FL 34102"),
        ("Phone / e-mail", "(239) 555-0171 / bquince@mailbox.example"),
        ("Hull - agreed value", "$68,000"),
        ("Hull deductible", "2% of agreed value ($1,360)"),
        ("Named storm deductible", "5% of agreed value ($3,400)"),
        ("Protection & indemnity limit", "$300,000"),
        ("Medical payments", "$5,000"),
        ("Lienholder", "Coastline Marine Finance, acct 44-20917"),
    ])
    doc.add_heading("Vessel", level=2)
    docx_table(doc, [
        ("Field", "Entry"),
        ("Year / make / model", "2019 Tidewright 246 CC (center console)"),
        ("Length", "24 ft 6 in"),
        ("Hull ID (HIN)", "TWR24619C919"),
        ("FL registration", "FL 7730 RK"),
        ("Engine(s)", "Twin Corsair Marine F150 outboards, 2019"),
        ("Engine serials", "port CMF150-6A1-118842 / stbd CMF150-6A1-118857"),
        ("Mooring", "Pelican Reach Marina, wet slip B-14, 900 Marina Blvd, Osprey Cove, FL 34102"),
    ])
    doc.add_heading("Loss", level=2)
    docx_table(doc, [
        ("Field", "Entry"),
        ("Date of loss", "08/09/2026"),
        ("Time discovered", "06:10"),
        ("Discovered by", "Lyle Brannock, dockmaster, Pelican Reach Marina"),
        ("Type of loss", "Sinking at dock"),
        ("Weather", "Heavy rain overnight (6.2 in. at marina gauge), gusts to 45 mph; not a named storm"),
        ("Injuries", "None"),
        ("Police / USCG report", ""),
        ("Other vessels involved", "None"),
    ])
    doc.add_paragraph(
        "Description (agent's notes from insured's call): Insured last checked the boat on 08/07/2026 in the "
        "evening; the boat was uncovered. Heavy rain overnight 08/08-08/09. Dockmaster found the boat sitting on "
        "the bottom of slip B-14 at 06:10 with only the bow and console above water. Insured believes the bilge "
        "pump did not run; the house battery may have been flat. TowPro Salvage & Recovery raised and dewatered "
        "the boat; the boat was afloat at 13:40 and towed to Quince's trailer at the marina ramp. Both outboards "
        "were submerged. Marina reports a fuel sheen in the slip; marina's spill contractor deployed boom.")
    doc.add_heading("Expenses reported so far", level=2)
    docx_table(doc, [
        ("Vendor", "Description", "Amount", "Invoice"),
        ("TowPro Salvage & Recovery", "Raise, dewater, tow to ramp", "$4,750.00", "TP-26-3319"),
        ("Pelican Reach Marina", "Spill boom and absorbents (fuel sheen)", "$1,180.00", "PRM-0809-2"),
        ("Gulfside Outboard Service", "Engine pickling (both outboards) to stop corrosion", "$860.00", "GOS-7741"),
    ])
    doc.add_heading("Claim handling (carrier use)", level=2)
    docx_table(doc, [
        ("Field", "Entry"),
        ("Assigned to", "Gareth Ibsen-Poole, Marine Claims"),
        ("Date assigned", "08/10/2026"),
        ("Surveyor assigned", "Capt. Hal Everly, Everly Marine Consultants - inspection set 08/12/2026"),
        ("Initial reserve", "$71,500 (hull $64,000 / P&I pollution $2,500 / salvage & sue $5,000)"),
        ("Status", "Open - coverage under review (bilge pump / maintenance)"),
        ("Prior losses", "None in 5 years"),
    ])
    save_docx(doc, os.path.join(OUT, "quince_watercraft_notice_WC-55102-M.docx"))


PART1 = [roof_report, condo_docx, fleet_md, chiller_report, fidelity_docx, add_pdf]
PART2 = [builders_risk_files, flood_pdf, std_pdf, product_liability_eml, watercraft_docx]

if __name__ == "__main__":
    for fn in PART1 + PART2:
        fn()
    print("wrote", sorted(os.listdir(OUT)))
