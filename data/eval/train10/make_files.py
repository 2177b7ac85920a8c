"""Build the invented claim files of the train10 eval set into files/ (deterministic content).

    /work/main/.venv/bin/python data/eval/train10/make_files.py

All people, companies, addresses, policies, amounts and reference numbers are made up.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
STAMP = datetime(2026, 11, 20, 12, 0, 0, tzinfo=timezone.utc)


def new_pdf(font: str = "Helvetica") -> FPDF:
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(STAMP)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_font(font, size=10)
    return pdf


def para(pdf: FPDF, text: str, size: int = 10, style: str = "", h: float = 5.2) -> None:
    pdf.set_font(pdf.font_family, style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...], size: int = 9) -> None:
    pdf.set_font(pdf.font_family, "", size)
    with pdf.table(col_widths=widths, line_height=5.4, first_row_as_headings=True) as t:
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)


# ---------------------------------------------------------------------------------------------
# A. Marine cargo survey report (multi-page narrative PDF with two tables)
# ---------------------------------------------------------------------------------------------
class SurveyPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "HALVARD & QUIST MARINE SURVEYORS LTD.", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Cargo Survey Report  -  Our Ref: MCS/26/04417  -  Your Ref: Cert. 0447", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"Page {self.page_no()} of 3 - issued without prejudice to the rights of whom it may concern", align="C")


def marine() -> None:
    pdf = SurveyPDF(format="Letter")
    pdf.set_creation_date(STAMP)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    para(pdf, "SURVEY REPORT - WET DAMAGE TO GREEN COFFEE IN CONTAINER", 12, "B")
    para(pdf, "Report date: 19 June 2026\n"
              "Prepared for: Tidewater Mutual Marine Insurance Co., Cargo Claims Department, "
              "attention Ms. Jocelyn Pradhan, Cargo Claims Manager\n"
              "Assured / consignee: Bellhaven Roasting Company, 2250 Ferro Street, Oakland, CA 94607\n"
              "Open Policy No.: OC-55102-TM, Certificate No. 0447, Institute Cargo Clauses (A)\n"
              "Deductible: USD 1,000 each shipment")
    para(pdf, "1. INSTRUCTIONS", 11, "B")
    para(pdf, "On 5 June 2026 at 16:30 hrs we received an e-mail from Ms. Imani Fairweather, logistics "
              "coordinator of the assured, asking us to attend at the assured's warehouse on behalf of "
              "underwriters to survey a container of green coffee found wet on unstuffing. The survey was "
              "attended on 8 June 2026 at 09:00 hrs, jointly with Mr. Pieter Van Aalst of Van Aalst Cargo "
              "Consultants, appointed by the carrier's P&I club. The assured was represented by the warehouse "
              "manager, Mr. Desmond Okafor.")
    para(pdf, "2. PARTICULARS OF SHIPMENT", 11, "B")
    para(pdf, "Shipper: Cafetera del Valle Alto S.A.S., Cali, Colombia\n"
              "Carrier: Corvina Line S.A.\n"
              "Vessel / voyage: MV Corvina Star, voyage 226E\n"
              "Bill of lading: CSLB-BUN-2604418, shipped on board at Buenaventura on 14 May 2026, clean\n"
              "Port of discharge: Oakland, California\n"
              "Container: MSKU 448213-7, 20 ft dry van, carrier's seal HQ 0917734\n"
              "Cargo: 320 bags green coffee, Colombia Excelso, 60 kg net per bag, 19,200 kg net in total\n"
              "Invoice: CVA-EX-2026-118, USD 4.85 per kg, USD 291.00 per bag, invoice total USD 93,120.00 CFR Oakland")
    para(pdf, "3. CHRONOLOGY", 11, "B")
    para(pdf, "The vessel arrived at Oakland on 2 June 2026 and the container was discharged on 3 June 2026. "
              "It was gated out of the terminal on 4 June 2026 by Baylink Drayage under gate ticket "
              "GT-7781-0604; the gate interchange shows no remarks on the roof. The container was delivered "
              "to the assured's warehouse on 5 June 2026 at 10:20 hrs and unstuffing began the same day at "
              "13:45 hrs. The seal was found intact and its number agreed with the bill of lading. On opening "
              "the doors the warehouse staff saw wet stains on the bags of the top tier at the door end and "
              "stopped unstuffing. Mr. Okafor photographed the stow before any bag was moved.")
    pdf.add_page()
    para(pdf, "4. SURVEY FINDINGS", 11, "B")
    para(pdf, "The container was examined inside and out. In the roof panel near the door end, about 0.6 m from "
              "the rear header, we found a hole of approximately 14 mm diameter with rusted, flaking edges; "
              "daylight was visible through it from inside with the doors closed. The corrosion around the hole "
              "is old and in our opinion the hole existed before the container was stuffed. Rain-water run "
              "marks led from the hole down the door-end bags. Light condensation streaks were also present on "
              "the roof lining, but they were minor.")
    para(pdf, "All 320 bags were discharged and tallied in our presence: 273 bags were sound and 47 bags were "
              "wet-stained. Of the wet bags, 19 bags in the top tier directly under the hole were caked, "
              "smelled musty and showed mould; the other 28 bags, mainly in the middle of the top tier, were "
              "wet on the outside but the beans were sound after drying.")
    para(pdf, "Moisture content was measured with a calibrated grain meter (Sinar AgriPro 6070, serial "
              "SA-60-33190) on samples from each group:")
    table(pdf, [
        ["Sample group", "Bags", "Moisture content", "Remarks"],
        ["Sound cargo (control)", "273", "11.2%", "within contract limit"],
        ["Top tier, door end", "19", "22.4%", "caked, mould, musty odour"],
        ["Top tier, middle", "28", "16.8%", "outer wetting only"],
        ["Contract maximum", "-", "12.5%", "per sales contract"],
    ], (50, 20, 35, 65))
    para(pdf, "5. CAUSE OF DAMAGE", 11, "B")
    para(pdf, "The damage was caused by rain-water entering through the pre-existing corrosion hole in the "
              "container roof during the voyage or while stacked at the terminals. A container with a roof "
              "hole is not fit to carry coffee, and in our opinion the carrier is responsible. A letter holding "
              "Corvina Line S.A. responsible was sent by the assured on 9 June 2026 on our advice.")
    para(pdf, "6. MITIGATION AND DISPOSAL", 11, "B")
    para(pdf, "The 28 wet-stained bags were dried and re-bagged by Eastbay Commodity Services at USD 70.00 per "
              "bag (invoice ECS-4471, USD 1,960.00); after re-conditioning the buyer accepted them at a 15% "
              "allowance. The 19 mouldy bags are unfit for roasting and were sold on 15 June 2026 to Sorrel "
              "Valley Feed & Compost for USD 684.00, the best of three offers received.")
    pdf.add_page()
    para(pdf, "7. ADJUSTMENT OF CLAIM (invoice basis)", 11, "B")
    table(pdf, [
        ["Item", "Basis", "Amount"],
        ["Total loss, 19 bags", "19 x USD 291.00", "$5,529.00"],
        ["Re-conditioning, 28 bags", "invoice ECS-4471", "$1,960.00"],
        ["Allowance on re-conditioned bags", "15% of 28 x USD 291.00", "$1,222.20"],
        ["Less salvage proceeds, 19 bags", "Sorrel Valley sale", "($684.00)"],
        ["Claim before deductible", "", "$8,027.20"],
        ["Less policy deductible", "each shipment", "($1,000.00)"],
        ["Net claim recommended", "", "$7,027.20"],
    ], (70, 60, 40))
    para(pdf, "Our survey fee of USD 1,450.00 (invoice HQ-INV-26-0612) is payable by underwriters in addition "
              "to the claim and is not subject to the deductible.")
    para(pdf, "8. RECOVERY", 11, "B")
    para(pdf, "The bill of lading incorporates the Hague-Visby Rules; suit against the carrier must be brought "
              "within one year of delivery. Mr. Van Aalst did not dispute the hole but reserved the carrier's "
              "position on the quantum of the allowance.")
    para(pdf, "Anneliese Brodeur, Master Mariner\nSenior Cargo Surveyor, Halvard & Quist Marine Surveyors Ltd.\n"
              "Pier 9 Annex, Suite 14, San Francisco, CA 94111")
    pdf.ln(4)
    para(pdf, "UNDERWRITERS' NOTE (Tidewater Mutual): approved for payment 07/02/2026, net $7,027.20 to the "
              "assured; survey fee paid separately. Claim file closed 07/06/2026. Recovery against Corvina "
              "Line referred to subrogation under ref. SUB-26-0419.", 9, "I")
    pdf.output(str(OUT / "MCS_cargo_survey_report.pdf"))


# ---------------------------------------------------------------------------------------------
# B. Cyber / ransomware e-mail thread (claim number only in the subject), text attachment
# ---------------------------------------------------------------------------------------------
def cyber() -> None:
    body = """Gwen,

Thanks for the BI worksheet and the forensic findings. Where things stand on our side:

- Reserve: raised to $425,000 today (was $150,000 at first notice).
- Retention: $50,000 applies once across all first-party costs, including BI.
- BI: your worksheet claims $286,400.00 for the outage. Dunleavy & Roe (Harriet Soong) will review it
  for us; the 8-hour waiting period is clearly met.
- Extortion: noted that Kettleby did not pay the ransom and restored from backups, so nothing is
  claimed under the $750,000 extortion sublimit.
- Notification: we agree with breach counsel that all 2,614 affected employees (current and former)
  are to be notified; Notifyr's quote is in the attached list.

Correction to my note of Sept. 15: I typed the Cinderline invoice as $47,850.00 - the correct figure is
$48,750.00 (invoice CF-2026-0917), and that is the amount we have approved.

The attached list shows every vendor cost we have so far. Restorix is still under review because it
includes two weekend call-out charges we have asked them to explain.

Regards,
Marcus Tellefsen
Senior Cyber Claims Specialist | Northlane Specialty Insurance
direct 412-555-0187

-----Original Message-----
From: Gwen Harrowgate <gharrowgate@kettlebycastings.example>
Sent: Friday, October 2, 2026 11:08 AM
To: Marcus Tellefsen <mtellefsen@northlane-specialty.example>
Cc: Devika Raman <draman@stillwater-risk.example>
Subject: RE: CYB-2026-118842 / Kettleby Precision Castings - ransomware event

> Marcus - attached is our business interruption worksheet. Production at the Erie plant
> stopped on 09/14/2026 at 03:10 and the first furnace was back on line 09/19/2026 at 14:00.
> Our controller puts the lost gross profit plus extra overtime at $286,400.00.
>
> Cinderline's final report (Tomasz Wierzbicki) says the attackers got in through the VPN
> account of a former contractor whose access was never removed; the first malicious login
> was on 09/02/2026. They copied HR files before encrypting. We filed the notice with the
> Pennsylvania Attorney General on 10/01/2026.
>
> Gwen Harrowgate, CFO
> Kettleby Precision Castings Inc., 4400 Lakeshore Industrial Pkwy, Erie, PA 16511
>
>> -----Original Message-----
>> From: Marcus Tellefsen
>> Sent: Tuesday, September 15, 2026 9:02 AM
>> To: Gwen Harrowgate
>> Cc: Devika Raman
>> Subject: RE: Ransomware - Kettleby Precision Castings - policy NSC-CY-7730418
>>
>> Gwen, confirming coverage is acknowledged under policy NSC-CY-7730418 (aggregate
>> limit $2,000,000; BI sublimit $500,000; retention $50,000), subject to a reservation of
>> rights letter that follows. Please use the claim number in the subject line from now on.
>> Panel vendors engaged last night: breach counsel Rosalind Achebe of Pruett Hale LLP,
>> and Cinderline Forensics (lead investigator Tomasz Wierzbicki). Cinderline's retainer
>> invoice is $47,850.00. Do not contact the threat actor directly.
>>
>>> -----Original Message-----
>>> From: Gwen Harrowgate
>>> Sent: Monday, September 14, 2026 6:12 AM
>>> To: claims@northlane-specialty.example; Devika Raman
>>> Subject: Ransomware - Kettleby Precision Castings - policy NSC-CY-7730418
>>>
>>> We have been hit by ransomware. At 02:47 this morning our night shift supervisor,
>>> Ray Quintero, found every screen in the plant office showing a BlackVeil ransom note.
>>> The ERP, file servers and the furnace scheduling system are encrypted. The note
>>> demands USD 1.2 million in Monero within 72 hours. Our IT manager, Luis Baptiste,
>>> has pulled the internet connection. Please tell us what to do next.
>>>
>>> Gwen Harrowgate, CFO, Kettleby Precision Castings Inc.
"""
    attach = """KETTLEBY PRECISION CASTINGS - INCIDENT RESPONSE COSTS TO DATE (as of 10/05/2026)

Vendor                   | Service                     | Invoice #     | Amount      | Status
-------------------------+-----------------------------+---------------+-------------+--------------
Cinderline Forensics     | forensic investigation      | CF-2026-0917  | $48,750.00  | approved
Pruett Hale LLP          | breach counsel              | PH-88412      | $22,180.00  | approved
Restorix Data Recovery   | data restoration / rebuild  | RDR-5521      | $37,900.00  | under review
Notifyr Mail Services    | notification, 2,614 letters | quote Q-2614  | $9,148.00   | quote only

Business interruption claimed (insured's worksheet): $286,400.00 - under review (Dunleavy & Roe)
"""
    msg = EmailMessage()
    msg["From"] = "Marcus Tellefsen <mtellefsen@northlane-specialty.example>"
    msg["To"] = "Gwen Harrowgate <gharrowgate@kettlebycastings.example>"
    msg["Cc"] = "Devika Raman <draman@stillwater-risk.example>"
    msg["Subject"] = "RE: CYB-2026-118842 / Kettleby Precision Castings - ransomware event - status & cost update"
    msg["Date"] = "Mon, 05 Oct 2026 15:42:10 -0400"
    msg["Message-ID"] = "<20261005154210.77310@northlane-specialty.example>"
    msg.set_content(body)
    msg.add_attachment(attach.encode("utf-8"), maintype="text", subtype="plain", filename="costs_to_date.txt")
    msg.set_boundary("===============kettleby-0917734==")
    (OUT / "kettleby_ransomware_thread.eml").write_bytes(bytes(msg))


# ---------------------------------------------------------------------------------------------
# C. Crop-hail loss adjustment (Markdown with pipe tables)
# ---------------------------------------------------------------------------------------------
CROP = """# Crop-Hail Loss Adjustment Summary

**Prairie Shield Mutual Insurance** - Crop Claims, Ames Service Center

| Field | Value |
|---|---|
| Claim no. | CH 26 0731 5 |
| Policy | PSM-CH-260915 (crop-hail, straight 5% deductible) |
| Insured | Vandermeer Farms - Hollis and Marguerite Vandermeer |
| Mailing address | 2861 330th Street, Nevada, IA 50201 |
| Agent | Craig Ebersole, Ebersole Ag Insurance |
| Date of storm | 07/23/2026, about 5:15 PM |
| Reported | 07/24/2026 by phone to the agent |
| Adjuster | Kendra Lushenko (adjuster ID CA-4471) |
| First inspection | 08/04/2026 |
| Soybean re-check (F-21) | 08/18/2026 |
| Proof of loss signed | 08/19/2026 |

## Storm

The storm came through from the northwest; hail stones up to 1.25 in. were reported by the insured and
confirmed by dents on the machine shed siding. Wind-driven hail stripped leaves on the west edge of every
field. No hail was reported on the neighbouring Brandt farm to the east.

## Field appraisal

Corn was at VT (tasseling) and soybeans at R2 (full bloom) on the storm date. Liability per acre is from the
acreage report filed 06/12/2026.

| Field | FSA farm/tract | Crop | Acres | Stage | Defoliation | Loss % | Payable % (after 5% ded.) | Liability/acre | Indemnity |
|---|---|---|---|---|---|---|---|---|---|
| F-12 North | 4417 / T-902 | corn | 160.0 | VT | 45% | 22% | 17% | $600 | $16,320.00 |
| F-14 East | 4417 / T-903 | corn | 80.0 | VT | 70% | 35% | 30% | $600 | $14,400.00 |
| F-21 Creek | 5108 / T-1150 | soybeans | 118.5 | R2 | 38% | 12% | 7% | $400 | $3,318.00 |
| F-22 Home | 5108 / T-1151 | soybeans | 41.5 | R2 | 8% | 0% | 0% | $400 | $0.00 |
| **Total** | | | **400.0** | | | | | | **$34,038.00** |

Total liability on the four fields: $208,000.00.

## Notes

- On 08/04/2026 the F-21 soybean loss was appraised at 9%. At the insured's request the field was
  re-checked on 08/18/2026 after pod set: stand loss and bruised stems raised the appraisal to 12%. The
  table shows the re-check figure.
- Stand counts in F-14 (ten 1/1000-acre samples): average 31,400 plants/acre before the storm,
  24,900 plants/acre of live plants after.
- F-22 had only light leaf tearing; no payable loss.

## Payment

| Item | Detail |
|---|---|
| Amount paid | $34,038.00 |
| Check no. | 00418832 |
| Issued | 08/26/2026 |
| Payees | Hollis Vandermeer and Farmers State Bank of Nevada (lienholder) |
| Status | closed after payment |
"""


# ---------------------------------------------------------------------------------------------
# D. Employee theft (DOCX with header/footer and label/value tables; claim no. only in header)
# ---------------------------------------------------------------------------------------------
def save_docx(doc: Document, path: Path) -> None:
    """Save with fixed properties and zip timestamps so the bytes do not change between runs."""
    doc.core_properties.modified = STAMP.replace(tzinfo=None)
    doc.core_properties.last_printed = STAMP.replace(tzinfo=None)
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 20, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def label_table(doc: Document, rows: list[tuple[str, str]]) -> None:
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v


def grid(doc: Document, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v


def crime() -> None:
    doc = Document()
    doc.core_properties.created = STAMP.replace(tzinfo=None)
    doc.core_properties.author = "L. Fitzgibbon"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Keystone Fidelity & Surety Co.  |  Claim CR#26-55190  |  CONFIDENTIAL"
    sec.footer.paragraphs[0].text = "Prepared by L. Fitzgibbon, Fidelity Claims Unit - not for distribution to the insured"
    doc.add_heading("Employee Theft Claim - Coverage and Settlement Review", level=1)
    label_table(doc, [
        ("Insured", "Talbot Ridge Veterinary Hospital, P.C."),
        ("Address", "77 Quarry Bend Road, Granville, OH 43023"),
        ("Policy", "KFS-CRM-0091263 (Commercial Crime, discovery form)"),
        ("Policy period", "07/01/2025 - 07/01/2026"),
        ("Employee Theft limit", "$250,000"),
        ("Deductible", "$5,000"),
        ("Investigative expense sublimit", "$25,000"),
        ("Employee", "Sheryl Dunwoody, office manager (employed since 2019)"),
        ("Date of discovery", "03/17/2026"),
        ("Notice to carrier", "03/24/2026"),
        ("Proof of loss received", "05/06/2026"),
        ("Examiner", "Lorraine Fitzgibbon"),
    ])
    doc.add_heading("How the loss was found", level=2)
    doc.add_paragraph(
        "During the year-end review with the hospital's outside CPA, the owner, Dr. Priya Castellano, DVM, saw "
        "several payments to a vendor called MedVet Supply Solutions that she did not recognise. The vendor had "
        "no address other than a UPS Store mailbox in Columbus. She confronted the office manager on 03/17/2026, "
        "who admitted setting up the vendor and depositing the checks to an account she controlled. Ms. Dunwoody "
        "was terminated on 03/19/2026 and the hospital reported the theft to the Granville Police Department "
        "(report no. 26-011963, Det. Shauna Pettigrew) the same day.")
    doc.add_paragraph(
        "The checks were drawn on the hospital's operating account at First Licking Valley Bank (account ending "
        "6028). Ms. Dunwoody prepared the checks and applied Dr. Castellano's signature stamp, which was kept in "
        "an unlocked drawer.")
    doc.add_heading("Forensic accounting", level=2)
    doc.add_paragraph(
        "Brannock CPA Group (Owen Tjaden, CPA, CFE) traced every payment to MedVet Supply Solutions; its report "
        "is dated 04/28/2026. The first fictitious check is dated 01/09/2023 and the last 02/27/2026. All of the "
        "loss was discovered within the policy period, so the discovery form responds to the whole scheme.")
    grid(doc, [
        ["Year", "Checks", "Amount"],
        ["2023", "11", "$31,480.00"],
        ["2024", "16", "$54,906.15"],
        ["2025", "12", "$45,311.25"],
        ["2026", "2", "$6,925.00"],
        ["Total", "41", "$138,622.40"],
    ])
    doc.add_heading("Settlement", level=2)
    doc.add_paragraph(
        "Ms. Dunwoody repaid $20,000.00 from her 401(k) on 05/28/2026 through her criminal defence attorney; the "
        "recovery is applied before the deductible. Brannock's fee is payable under the investigative expense "
        "sublimit.")
    label_table(doc, [
        ("Gross employee theft loss", "$138,622.40"),
        ("Less restitution received 05/28/2026", "($20,000.00)"),
        ("Less deductible", "($5,000.00)"),
        ("Net employee theft payment", "$113,622.40"),
        ("Investigative expense (Brannock invoice BCG-2611)", "$14,850.00"),
        ("Total paid", "$128,472.40"),
        ("Payment date", "06/15/2026"),
        ("File status", "closed 06/30/2026; subrogation rights retained for the unpaid balance"),
    ])
    save_docx(doc, OUT / "talbot_ridge_crime_review.docx")


# ---------------------------------------------------------------------------------------------
# E. Boiler breakdown: adjuster activity log (TXT) + repair contractor invoice (PDF with table)
# ---------------------------------------------------------------------------------------------
BOILER_LOG = """ATLANTIC MERIDIAN INSURANCE CO.  --  EQUIPMENT BREAKDOWN  --  ADJUSTER ACTIVITY LOG
==========================================================================================
Claim ........ EB.2026.3308                 Policy ....... AMI-EB-5120774
Insured ...... St. Aldric Laundry & Linen Services, Inc.
Location ..... 615 Tannery Road, Worcester, MA 01603
Object ....... Harwick-Lowe firetube steam boiler, model HL-350, 350 BHP, MAWP 150 psi
               S/N HW-88231-B     National Board No. 44107
Deductible ... $10,000 property damage;  BI waiting period 24 hours;  expediting sublimit $25,000
Adjuster ..... Farid Nouri (AMI equipment breakdown claims)
------------------------------------------------------------------------------------------
DATE        TIME   BY   ENTRY
10/06/2026  04:55  ins  Night boiler operator Danny Szymanski hears tubes leaking; low-water cutoff
                        did NOT trip, burner kept firing on low water. Boiler shut down at 05:02.
10/06/2026  08:40  ins  FNOL phoned in by plant manager Celeste Ravenhall. Call ref FNOL-661092.
10/06/2026  11:15  FN   Assigned. Initial reserve $60,000 (PD). Asked insured to keep failed parts.
10/07/2026  09:30  FN   Site inspection with Colleen Marsh, Commonwealth of MA boiler inspector
                        (commission NB-7712). 86 of 240 fire tubes warped or leaking at the rear
                        tube sheet; LWCO probe heavily scaled. Photos 1-42 taken.
10/08/2026  14:00  FN   Rental boiler online (Brightline Rentals trailer unit RB-600, $4,200/week).
                        Plant back to partial production.
10/09/2026  --     FN   Mercer Thermal Services repair quote received: $67,480.00
                        (lead tech Jonah Abernathy). Compared with 2nd bid, Cobb Boiler Works $74,900.
10/12/2026  --     FN   Repair by Mercer authorized. Air freight of tubes approved as expediting
                        expense ($2,350.00, inside the Mercer quote).
10/26/2026  16:30  FN   Mercer reports retubing complete.
10/27/2026  10:00  FN   Hydrostatic test passed at 225 psi (1.5 x MAWP), witnessed by C. Marsh.
                        Inspection certificate reissued. Mercer invoice MTS-26-1190 received.
10/29/2026  --     FN   Rental boiler off-hire. Brightline invoice BR-44180: 3 weeks = $12,600.00.
10/30/2026  --     FN   Reserve increased to $115,000 (PD $70,000 / BI $45,000).
11/04/2026  --     FN   BI claim received from controller Nadia Ferreira: $41,275.00 (lost revenue
                        on outsourced linen + overtime). Sent to accountant for review.
11/10/2026  --     FN   Requested LWCO maintenance/blowdown records; last blowdown log entry found
                        is 09/14/2026. No exclusion applied at this time - reviewing.
------------------------------------------------------------------------------------------
STATUS: OPEN        Next diary: 11/24/2026
"""


def boiler_invoice() -> None:
    pdf = new_pdf()
    pdf.add_page()
    para(pdf, "MERCER THERMAL SERVICES, LLC", 14, "B")
    para(pdf, "Industrial Boiler Repair - 48 Foundry Lane, Shrewsbury, MA 01545 - (508) 555-0164", 9)
    para(pdf, "INVOICE MTS-26-1190", 12, "B")
    table(pdf, [
        ["Invoice date", "Bill to", "Customer ref."],
        ["10/27/2026", "St. Aldric Laundry & Linen Services, Inc.", "Atlantic Meridian claim EB.2026.3308"],
    ], (35, 85, 70))
    para(pdf, "Job: emergency retubing of Harwick-Lowe HL-350 boiler, S/N HW-88231-B, after low-water overheating. "
              "Work performed 10/13/2026 - 10/26/2026. Tubes: 2.5 in. OD, 0.105 in. wall, SA-178A, quantity 86.")
    table(pdf, [
        ["Line", "Description", "Amount"],
        ["1", "Remove and replace 86 fire tubes, roll and bead", "$38,700.00"],
        ["2", "Refractory repair, rear door", "$6,240.00"],
        ["3", "Overtime premium, two shifts", "$8,960.00"],
        ["4", "Hydrostatic test and inspection coordination", "$1,850.00"],
        ["5", "Expedited air freight of tubes", "$2,350.00"],
        ["6", "Crane and rigging (rear door removal)", "$9,380.00"],
        ["", "TOTAL DUE (repair services - no sales tax)", "$67,480.00"],
    ], (15, 120, 40))
    para(pdf, "Terms: Net 30 - due 11/26/2026. Warranty: 12 months on workmanship. Lead technician: Jonah Abernathy.", 9)
    pdf.output(str(OUT / "mercer_boiler_invoice.pdf"))


# ---------------------------------------------------------------------------------------------
# F. Travel medical evacuation: scanned-looking claim form (Courier, odd spacing, text layer)
# ---------------------------------------------------------------------------------------------
TRAVEL_LINES = [
    "W A N D E R S A F E   T R A V E L   P R O T E C T I O N",
    "MEDICAL  /  EVACUATION   CLAIM   FORM          (page 1 of 1)",
    "",
    "RECEIVED  05/04/2026        CLAIM NO.  TME 661 204 9",
    "",
    "1. Policy no. :  TS-2026-0338172        Plan :  Premier Adventure",
    "   Plan limits:  medical  $100,000   evacuation  $500,000   deductible  $250",
    "2. Insured    :  Marisol Etxeberria-Lund        DOB :  02/11/1959",
    "   Address    :  19 Wickersham Lane,  Bend,  OR  97701",
    "   Phone      :  (541) 555-0142      Employer :  ____________________",
    "3. Trip dates :  depart 03/28/2026    scheduled return 04/20/2026",
    "   Destination:  Nepal  -  Everest region trek",
    "   Tour operator : Sagarmatha Trails Pvt. Ltd.       Trip cost : $7,840.00",
    "4. Travel companion :  Gunnar Lund  (husband)",
    "5. Date illness began :  04/09/2026     Where :  Namche Bazaar  (3,440 m)",
    "   Describe :  shortness of breath at rest, cough.  Seen at Khumjung clinic",
    "   by Dr. Anil Thapaliya  -  HAPE  (high altitude pulmonary edema).",
    "   Helicopter evacuation 04/10/2026  07:15  Namche  to  Kathmandu.",
    "6. Hospital :  Kathmandu Valley International Hospital",
    "   admitted  04/10/2026      discharged  04/14/2026",
    "7. Return home :  04/16/2026  Kathmandu - Doha - Seattle, business class,",
    "   with nurse escort  Ines Falkenrath  (arranged by assistance co.)",
    "   Assistance case no. :  AC-77120-K    Coordinator :  Yvette Moreau-Blake",
    "8. Other insurance (name / policy no.) :  ____________________",
    "",
    "9. EXPENSES",
    "   #  Provider / item                        Invoice        Amount       Paid by",
    "   1  Himalayan Rotor Air - helicopter       HRA-2604-118   $6,800.00    assistance co. (direct)",
    "   2  KVIH hospital, 4 nights                KV-55302       $4,215.60    insured (credit card)",
    "   3  Khumjung clinic, physician             (receipt)      $180.00      insured (cash)",
    "   4  Repatriation airfare + nurse escort    AC-77120-R     $14,930.00   assistance co. (direct)",
    "   5  Unused trek days (trip interruption)   STP-0411       $1,260.00    insured",
    "      TOTAL                                                 $27,385.60",
    "   Amount claimed by insured for reimbursement :  $5,655.60",
    "",
    "10. Signature :  M. Etxeberria-Lund          Date :  04/30/2026",
    "",
    "----  FOR OFFICE USE  ----------------------------------------------------",
    "   Examiner :  Delphine Okonkwo-Reyes         Reserve :  $30,000",
    "   STATUS :  PENDING  -  itemized hospital bill requested 05/06/2026",
]


def travel() -> None:
    rnd = random.Random(20260504)
    pdf = new_pdf("Courier")
    pdf.add_page()
    pdf.set_fill_color(236, 234, 228)
    pdf.rect(0, 0, 216, 280, style="F")
    pdf.set_fill_color(205, 203, 196)
    for _ in range(140):  # scanner speckle
        pdf.rect(rnd.uniform(5, 210), rnd.uniform(5, 274), 0.4, 0.4, style="F")
    pdf.set_text_color(40, 40, 40)
    y = 18.0
    for line in TRAVEL_LINES:
        size = 11 if line.startswith("W A N") else 9
        pdf.set_font("Courier", "B" if size == 11 else "", size)
        if line:
            pdf.text(9 + rnd.uniform(-0.6, 0.9), y + rnd.uniform(-0.3, 0.3), line)
        y += 5.6 + rnd.uniform(-0.2, 0.4)
    pdf.set_draw_color(150, 40, 40)
    pdf.rect(8, 36, 120, 7)  # received stamp box
    pdf.output(str(OUT / "wandersafe_evac_claim_scan.pdf"))


# ---------------------------------------------------------------------------------------------
# G. Livestock mortality (PDF with tables)
# ---------------------------------------------------------------------------------------------
def livestock() -> None:
    pdf = new_pdf()
    pdf.add_page()
    para(pdf, "HEARTLAND AGRI MUTUAL - LIVESTOCK MORTALITY CLAIM REPORT", 13, "B")
    table(pdf, [
        ["Claim", "Policy", "Report date", "Adjuster"],
        ["LM-26/0982", "LVM-443920", "06/24/2026", "Travis Nwachukwu"],
    ], (40, 45, 40, 60))
    table(pdf, [
        ["Insured", "Location", "Peril", "Date / time of loss"],
        ["Coldbrook Dairy LLC (Abigail Stenquist, owner)", "N7420 County Road K, Marshfield, WI 54449 - south paddock",
         "lightning", "06/21/2026, about 21:30"],
    ], (50, 60, 25, 45))
    para(pdf, "Coverage: named-peril livestock mortality; per-head limit $3,500; deductible $1,000 per occurrence; "
              "carcass disposal sublimit $2,000. Necropsy and veterinary fees are not covered (policy condition 7).")
    para(pdf, "Facts", 11, "B")
    para(pdf, "A thunderstorm crossed the farm on the evening of 06/21/2026. At 05:40 on 06/22/2026 herdsman Luis "
              "Echevarria found seven cows dead beneath a large cottonwood tree along the fence line of the south "
              "paddock; the fence wire was fused in two places. The owner reported the loss at 08:15 the same "
              "morning. Dr. Ruben Kowalczyk of Marshfield Large Animal Clinic performed necropsies at 13:00 on "
              "06/22/2026 and found singe lines and burn marks consistent with lightning (clinic invoice "
              "MLAC-22871, $475.00). The lightning verification report LV-0622-5571 shows a cloud-to-ground strike "
              "at 21:34 CDT within 0.2 miles of the paddock. I inspected the site and the carcasses on 06/23/2026 "
              "before removal.")
    para(pdf, "Animals lost", 11, "B")
    table(pdf, [
        ["Ear tag", "Breed", "Age", "Status", "Scheduled value", "Claim value"],
        ["1142", "Holstein", "4 yr", "lactating", "$2,800", "$2,800"],
        ["1187", "Holstein", "3 yr", "lactating", "$2,650", "$2,650"],
        ["1203", "Holstein", "5 yr", "lactating", "$2,900", "$2,900"],
        ["0968", "Jersey", "6 yr", "dry", "$2,100", "$2,100"],
        ["1250", "Holstein", "2 yr", "bred heifer", "$2,200", "$2,200"],
        ["1019", "Holstein", "7 yr", "lactating", "$1,950", "$1,950"],
        ["1331", "Holstein", "2 yr", "registered heifer", "$4,100", "$3,500 (per-head limit)"],
        ["Total", "", "", "7 head", "$18,700", "$18,100"],
    ], (20, 25, 18, 35, 35, 45))
    para(pdf, "Settlement", 11, "B")
    table(pdf, [
        ["Item", "Amount"],
        ["Allowable value of 7 head", "$18,100.00"],
        ["Less deductible", "($1,000.00)"],
        ["Net animal loss", "$17,100.00"],
        ["Carcass disposal - Renderline Services invoice RL-6614", "$1,260.00"],
        ["Necropsy fee MLAC-22871 (not covered)", "$0.00"],
        ["Total payable", "$18,360.00"],
    ], (120, 50))
    para(pdf, "Paid 07/14/2026 by ACH, payment ref. HAM-PAY-771204. Claim closed 07/20/2026.")
    pdf.output(str(OUT / "coldbrook_livestock_mortality.pdf"))


# ---------------------------------------------------------------------------------------------
# H. Builders' risk freeze-up (DOCX IA report with header/footer and tables)
# ---------------------------------------------------------------------------------------------
def builders() -> None:
    doc = Document()
    doc.core_properties.created = STAMP.replace(tzinfo=None)
    doc.core_properties.author = "H. Gruber-Ostby"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Covecrest Adjusting, LLC  -  Preliminary Report No. 2"
    sec.footer.paragraphs[0].text = "Covecrest Adjusting, LLC - 1 Harbor Plaza, Suite 610, Newark, NJ 07102 - file CVA-3391"
    doc.add_heading("Builders' Risk - Freeze-up Water Damage", level=1)
    label_table(doc, [
        ("Carrier / examiner", "Atlantic Meridian Insurance Co. / Farid Nouri"),
        ("Claim number", "BR-26-7714-NJ"),
        ("Report date", "03/06/2026"),
        ("Named insured", "Linden Quay Partners LLC (owner); Ostrander Build Group (general contractor), additional named insured"),
        ("Project", "Linden Quay Residences, 4-story mixed-use, 210 Ferrand Street, Harborview, NJ 07029"),
        ("Policy", "BRK-NJ-2291047, 09/01/2025 to 03/01/2027"),
        ("Completed value", "$18,600,000"),
        ("Deductibles", "$25,000 all other perils; $50,000 water damage"),
        ("Soft costs", "limit $1,500,000; waiting period 14 days"),
        ("Date of loss", "01/24/2026 (overnight)"),
        ("Reported", "01/26/2026 by Teresa Villasenor, risk manager, Ostrander Build Group"),
        ("IA inspection", "01/28/2026"),
        ("Independent adjuster", "Hannah Gruber-Ostby"),
    ])
    doc.add_heading("Cause and origin", level=2)
    doc.add_paragraph(
        "The building was closed in but not yet permanently heated. A propane temporary heater (ThermaTemp "
        "TT-400) on floor 3 ran out of fuel over the weekend and the outdoor temperature fell to 9 deg F. A 1-inch "
        "temporary domestic water line on floor 3 froze and split. Site superintendent Kwame Delacroix-Hart found "
        "water running through floors 3 and 2 at 06:40 on 01/25/2026 and shut the water off at 06:52. The fuel "
        "delivery log shows the last propane fill on 01/22/2026; the weekend fire watch did not check the heater.")
    doc.add_heading("Damage and agreed scope", level=2)
    grid(doc, [
        ["Item", "Claimed", "IA agreed"],
        ["Mitigation - RapidDry Restoration inv. RD-30177", "$18,920.00", "$18,920.00"],
        ["Drywall and insulation, floors 2-3", "$84,315.00", "$79,860.00"],
        ["Flooring (LVP), floor 2", "$22,640.00", "$22,640.00"],
        ["Electrical re-inspection", "$3,150.00", "$3,150.00"],
        ["Total", "$129,025.00", "$124,570.00"],
    ])
    doc.add_paragraph(
        "The drywall figure was reduced because the claim included 1,150 sq ft of corridor board on floor 4 that "
        "showed no water damage. Agreed hard-cost loss less the $50,000 water damage deductible is $74,570.00. "
        "An advance of $40,000.00 was paid on 02/20/2026.")
    doc.add_heading("Soft costs / delay", level=2)
    doc.add_paragraph(
        "The GC says the loss pushed substantial completion back 21 days and claims $47,250.00 of soft costs "
        "(construction loan interest, extended general conditions). With the 14-day waiting period only the last "
        "7 days could be payable. We are waiting for the revised schedule from the GC's scheduler before "
        "commenting on the delay.")
    doc.add_heading("Reserves and status", level=2)
    label_table(doc, [
        ("Reserve", "$175,000 (hard costs $125,000; soft costs $50,000)"),
        ("Paid to date", "$40,000.00"),
        ("Status", "open - awaiting revised schedule and soft-cost documents"),
        ("Next report", "within 30 days"),
    ])
    save_docx(doc, OUT / "linden_quay_builders_risk.docx")


# ---------------------------------------------------------------------------------------------
# I. Surety performance bond default (plain-text intake / status form)
# ---------------------------------------------------------------------------------------------
SURETY = """CORDOVA BONDING COMPANY                                   SURETY CLAIM INTAKE / STATUS SHEET
--------------------------------------------------------------------------------------------
CLAIM NO.      SB 2026/0415                     OPENED   08/05/2026
ANALYST        Odessa Kruglov                   STATUS   OPEN
BOND           Performance Bond PB-3318-0721    PENAL SUM   $1,480,000.00
RELATED BOND   Payment Bond PB-3318-0722 (claims handled on this file)
PRINCIPAL      Faircloth Paving & Grading Inc., 3900 Quarry Hill Rd, Strasburg, PA 17579
               President: Darnell Faircloth
INDEMNITORS    Darnell Faircloth and Renee Faircloth (GAI dated 02/14/2022)
OBLIGEE        Township of Mill Bexley, 12 Municipal Way, Mill Bexley, PA 17601
               Township engineer: Patrick Oyelowo, P.E.
CONTRACT       2026 Road Resurfacing Program, contract no. MB-26-RR-03
--------------------------------------------------------------------------------------------
CONTRACT STATUS AT TERMINATION
  Original contract price ................ $1,480,000.00
  Approved change orders (CO 1-3) ........    $42,600.00
  Adjusted contract price ................ $1,522,600.00
  Paid to principal (pay apps 1-5) .......   $861,500.00
  Unpaid contract balance ................   $661,100.00
  Percent complete (engineer) ............ 58%
  Liquidated damages ..................... $1,250 per calendar day
  Original substantial completion ........ 10/15/2026
  Projected completion (takeover) ........ 11/30/2026

DEFAULT CHRONOLOGY
  07/20/2026  Principal's crews leave site; milling left unfinished on Orchard Ave and Fell Rd.
  08/03/2026  Obligee's notice of default (10-day cure period) received by surety.
  08/05/2026  Claim opened.
  08/14/2026  Surety meeting with principal; Darnell Faircloth states company cannot finance
              the work after losing its bank line.
  08/31/2026  Obligee declares principal in default and terminates the contract.
  09/18/2026  Takeover bids opened (see below).
  09/25/2026  Takeover agreement signed with Rendel Civil Works; work restarted 10/05/2026.

TAKEOVER BIDS TO COMPLETE
  Rendel Civil Works ................ $774,900.00   <-- selected, lowest responsible
  Keller-Dunn Construction .......... $798,000.00
  Oakmont Asphalt ................... $812,350.00

PAYMENT BOND CLAIMS (PB-3318-0722)
  Hessler Aggregates ........ $98,400.00   stone and asphalt mix       under review
  Dorsey Equipment Rental ... $86,250.00   paver and roller rental      under review
  Tri-County Striping ....... $27,650.00   pavement markings            disputed by principal
  Total filed ............... $212,300.00

RESERVES (as of 10/09/2026)
  Performance ..... $180,000
  Payment ......... $140,000
  Total ........... $320,000

NOTES
  - Surety's completion cost over the unpaid contract balance is the excess of the Rendel
    price over the balance; LD exposure depends on the final completion date.
  - Demand letter to indemnitors sent 09/02/2026; collateral demand $320,000.
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    marine()
    cyber()
    (OUT / "vandermeer_crop_hail.md").write_text(CROP, encoding="utf-8")
    crime()
    (OUT / "st_aldric_boiler_log.txt").write_text(BOILER_LOG, encoding="utf-8")
    boiler_invoice()
    travel()
    livestock()
    builders()
    (OUT / "faircloth_surety_status.txt").write_text(SURETY, encoding="utf-8")


if __name__ == "__main__":
    main()
