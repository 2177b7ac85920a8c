"""Build the invented claim files of the train9 evaluation set (deterministic).

Run with the project's virtualenv python (fpdf2 and python-docx are needed):
    /work/main/.venv/bin/python data/eval/train9/make_files.py
Every person, company, address, policy and amount below is made up.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


# --------------------------------------------------------------------------- helpers
class Pdf(FPDF):
    def __init__(self, footer_text: str = "", font: str = "Helvetica") -> None:
        super().__init__(format="Letter")
        self.footer_text = footer_text
        self.base_font = font
        self.set_auto_page_break(True, margin=18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(self.base_font, "", 7)
        self.cell(0, 5, f"{self.footer_text}   Page {self.page_no()}", align="C")

    def para(self, text: str, size: float = 10, style: str = "", h: float = 5) -> None:
        self.set_font(self.base_font, style, size)
        self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def heading(self, text: str, size: float = 12) -> None:
        self.ln(2)
        self.set_font(self.base_font, "B", size)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, rows: list[list[str]], widths: list[float], size: float = 8.5) -> None:
        self.set_font(self.base_font, "", size)
        for i, row in enumerate(rows):
            self.set_font(self.base_font, "B" if i == 0 else "", size)
            for text, w in zip(row, widths):
                self.cell(w, 6, text, border=1)
            self.ln(6)
        self.ln(2)


def save_pdf(pdf: FPDF, name: str) -> None:
    pdf.set_creation_date(_FIXED_DATE)
    pdf.output(str(OUT / name))


def write_text(name: str, text: str) -> None:
    (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")


def docx_table(doc, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    doc.add_paragraph("")


def save_docx(doc, name: str) -> None:
    cp = doc.core_properties
    cp.author = "claims"
    cp.created = _FIXED_DATE.replace(tzinfo=None)
    cp.modified = _FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "claims"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so the file is byte-for-byte reproducible
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT / name, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 25, 12, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


_FIXED_DATE = _dt.datetime(2026, 11, 25, 12, 0, 0, tzinfo=_dt.timezone.utc)


# --------------------------------------------------------------------------- 1. combine fire
def combine_fire_first_notice() -> None:
    pdf = Pdf(footer_text="PCFM-FN-14 (rev 03/25)  scanned image - text layer by OCR", font="Courier")
    pdf.add_page()
    pdf.para("PRAIRIE  CREST  FARM  MUTUAL   INSURANCE  CO.", 12, "B")
    pdf.para("  Farm Property / Scheduled Equipment  --  FIRST  NOTICE  OF  LOSS", 10)
    pdf.para("  ( office use )   Claim No. box A: [ FEQ ]    Claim No. box B: [ 2026-40318 ]", 9)
    pdf.para("  Policy No.:  FPP-558120-03        Agent code:  SD-0417      Date reported:  09/24/2026", 9)
    pdf.ln(2)
    pdf.para("1. INSURED", 10, "B")
    pdf.para(
        "   Name of Insured:  Dahlgren Brothers Farms LLC\n"
        "   Mailing addr.  :  4410 County Road 19 ,  Wessington ,  SD  57381\n"
        "   Contact        :  Arne Dahlgren (member/partner)    Ph. (605) 555-0143\n"
        "   Lienholder     :  Farm Credit of the Dakotas , Huron branch\n"
        "   Email          :  ____________________________",
        9,
    )
    pdf.para("2. LOSS", 10, "B")
    pdf.para(
        "   Date of loss:  09/22/2026         Time:  approx 16:40          AM / PM (circle)\n"
        "   Location    :  Section 14 field , 1.5 mi north of US Hwy 14 , Jerauld County\n"
        "   Type of loss:  [X] Fire   [ ] Theft   [ ] Collision/upset   [ ] Other ______\n"
        "   Fire dept. responding:  Wessington Volunteer Fire Dept. (Chief Marlon Beck)\n"
        "   Fire dept. report no.:  ____________\n"
        "   Police / sheriff notified:  [ ] yes  [X] no",
        9,
    )
    pdf.para("3. DESCRIBED ITEM (per equipment schedule, item 6)", 10, "B")
    pdf.para(
        "   Year/Make/Model :  2019  Case IH  Axial-Flow 8250  combine\n"
        "   PIN / Serial    :  JJC0384112                 Engine hrs:  2,311\n"
        "   Header attached :  Case IH 3162 draper , 40 ft , serial YFG 207731  (not burned)\n"
        "   Scheduled value :  $412,000.00               Deductible:  $2,500.00\n"
        "   Date of last service:  ___ / ___ / ______",
        9,
    )
    pdf.para("4. DESCRIPTION OF LOSS  (in insured's words)", 10, "B")
    pdf.para(
        "   my son Tyler was running the combine in soybeans on the Section 14 field . about 4:40 in the "
        "afternoon he smelled smoke and saw flames comming up behind the cab near the rotor gearbox / "
        "engine deck . he shut down and got out and used the cab extinguisher , called 911 . the Wessington "
        "VFD got there in maybe 20 min and put it out with the brush truck . the engine compartment , "
        "wiring and the rotor drive are burned , cab glass on the back is cracked . header was unhooked "
        "and ok . we blew the machine off that morning around 7 but it was real dry and windy .",
        9,
    )
    pdf.para("5. OPERATOR", 10, "B")
    pdf.para(
        "   Operator name :  Tyler Dahlgren        Relationship:  son of member / employee\n"
        "   Injuries      :  [X] none   [ ] yes  -  describe ______________\n"
        "   Witnesses     :  ______________________________________",
        9,
    )
    pdf.para("6. FOR COMPANY USE", 10, "B")
    pdf.para(
        "   Assigned to   :  Corinne Vaszary , Field Claim Rep. , ext. 2274\n"
        "   Inspection    :  10/01/2026 at Kessler Implement Co. , Huron SD\n"
        "   Initial reserve:  $52,000        Status:  OPEN\n"
        "   Subro potential:  [ ] yes  [X] unknown  -  check for manufacturer recall on harness\n"
        "   Salvage       :  n/a at this time",
        9,
    )
    pdf.para(
        "   Signature of insured: _A. Dahlgren_________     Date: 09/24/2026\n"
        "   Taken by: K. Mrozek , CSR            Rec'd by claims: 09/25/2026",
        9,
    )
    save_pdf(pdf, "FEQ_first_notice_scan.pdf")


def combine_dealer_estimate() -> None:
    write_text(
        "kessler_implement_estimate_KI-E-26-1187.txt",
        """
KESSLER IMPLEMENT CO.                       Parts * Service * Precision Ag
2250 Dakota Ave S, Huron SD 57350           Ph (605) 555-0190   Fax (605) 555-0191

SERVICE REPAIR ESTIMATE                     Estimate #: KI-E-26-1187
                                            Date:       10/03/2026
                                            Revised:    10/09/2026 (rev 1, see bottom)
Customer:   DAHLGREN BROTHERS FARMS LLC, 4410 CR 19, WESSINGTON SD
Bill to:    Prairie Crest Farm Mutual c/o C. Vaszary  (ins. ref FEQ 2026-40318)
Unit:       2019 CASE IH AF8250 COMBINE   PIN JJC0384112   HRS 2311
Writer:     Dale Ruzicka, Service Manager
Tech:       Brandon Fehr (Master Tech, cert. #CIH-55102)

COMPLAINT:  Fire damage rear engine deck / rotor drive area. Unit hauled in 09/29/2026.
CAUSE:      Heavy chaff/residue accumulation on engine deck near turbo + rotor gearbox.
            Harness section at rotor gearbox shows chafe-through and arcing at clip
            location (harness P/N 87712604 - see CIH service bulletin SB-2024-118).
            Origin of fire consistent with the chafed harness, residue as fuel.
CORRECTION: Replace components listed below, pressure test hydraulics, recalibrate
            rotor speed sensor, road test / field test.

LN  PART NO.       DESCRIPTION                              QTY     UNIT       EXT
--  -------------  ---------------------------------------  ---  ---------  ----------
01  84563220       ROTOR GEARBOX ASSY (reman)                 1   18640.00    18,640.00
02  87712604       ENGINE COMPARTMENT WIRING HARNESS          1    6215.40     6,215.40
03  KIT-HYD-8250   HYDRAULIC HOSE KIT, ROTOR/ENGINE DECK      1    2988.75     2,988.75
04  48137761       FEEDER HOUSE HEAT SHIELD                   1    1412.00     1,412.00
                                                           PARTS TOTAL     $29,256.15

LABOR   96.5 hrs @ $165.00/hr (flat rate per CIH labor guide + 11.0 diag)  $15,922.50
SHOP SUPPLIES (cleaning, solvents, fasteners)                                 $480.00
TRANSPORT - haul in from field, lowboy, 41 mi (09/29/2026)                  $1,150.00
                                                               SUBTOTAL    $46,808.65
SALES TAX 4.5% (parts only)                                                 $1,316.53
                                                          ESTIMATE TOTAL   $48,125.18

NOT INCLUDED: header (undamaged), GPS receiver (customer owned, removed intact),
              yield monitor display (tested OK). Paint/cosmetic touch-up declined.
Est. shop time: 12 working days after parts arrive. Gearbox on backorder,
ETA 10/20/2026 from Racine depot.

---------------------------------------------------------------------------------
REVISION 1 - 10/09/2026 (after teardown w/ adjuster C. Vaszary on site)
  ADD  05  87390012  CAB HVAC BLOWER/EVAP ASSY (heat damage)   1  3340.00  3,340.00
  Labor for line 05 included in flat rate above (no change).
  Tax on line 05 waived per farm exemption form on file for this line only.
                                               REVISED ESTIMATE TOTAL  $51,465.18
---------------------------------------------------------------------------------
Customer authorization: ______________________   Date: ___________
Estimate valid 30 days. Kessler Implement is not responsible for parts price
changes by the manufacturer after this date.
""",
    )


# --------------------------------------------------------------------------- 2. condo D&O
def condo_dno_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Clm#2026/55817    MANAGEMENT LIABILITY - CLAIM MEMO    CONFIDENTIAL / PRIVILEGED"
    sec.footer.paragraphs[0].text = "Tallgrass Specialty Insurance Company  |  Community Association D&O Unit  |  memo v3"

    doc.add_heading("Claim Acknowledgment & Coverage Memo", level=1)
    doc.add_paragraph(
        "To: File / Claims Committee        From: Everett Kwan, Senior Management Liability Examiner\n"
        "Date of memo: 10/16/2026"
    )
    docx_table(
        doc,
        [
            ["Field", "Detail"],
            ["Named insured", "Larkspur Terrace Condominium Association, Inc."],
            ["Insured location", "1200 Larkspur Terrace Blvd, Boise, ID 83706 (80 units, 3 bldgs)"],
            ["Policy", "CAD-7730418  (Community Association D&O, claims-made)"],
            ["Policy period", "01/01/2026 - 01/01/2027"],
            ["Limit of liability", "$1,000,000 each claim / aggregate"],
            ["Retention", "$5,000 each claim"],
            ["Broker", "Jerome Batiste, Sawtooth Risk Partners"],
            ["Date claim first made", "07/15/2026 (complaint filed)"],
            ["Date tendered to us", "07/29/2026"],
            ["Property manager", "Cresthaven Community Management (Tonya Reyes, CMCA)"],
        ],
    )
    doc.add_heading("1. The claim", level=2)
    doc.add_paragraph(
        "A group of unit owners calling themselves Owners for Fair Assessment filed suit in Ada County District "
        "Court (case no. CV01-26-11873) against the Association and its five directors. The lead plaintiffs are "
        "Priya Ramaswamy (Unit 3C) and Gordon Fitch (Unit 7A); 19 other owners are listed on an exhibit. They "
        "allege that the board levied a special assessment of $1,840,000 for balcony and guardrail "
        "replacement without the owner vote that Section 6.4 of the Bylaws requires for any special assessment "
        "above 15% of the annual budget. The assessment works out to $23,000 per unit, payable in two "
        "installments (01/15/2026 was never the due date; the first installment was billed for 05/01/2026). "
        "Plaintiffs seek a declaration that the assessment is void, an injunction against collection, refund of "
        "installments paid, and attorney fees under the declaration."
    )
    doc.add_paragraph(
        "The board's position, per its president, is that the balcony work is an emergency life-safety repair "
        "(the 2025 reserve study by Pinecrest Reserve Consultants flagged 61 of 80 guardrails as failing) and "
        "that the emergency exception in Section 6.6 applies, so no owner vote was needed."
    )
    doc.add_heading("2. Board minutes excerpt (as produced by the property manager)", level=2)
    doc.add_paragraph(
        "LARKSPUR TERRACE CONDOMINIUM ASSOCIATION - MINUTES OF SPECIAL BOARD MEETING - MARCH 11, 2026\n"
        "Location: clubhouse, Building B. Called to order at 7:02 PM by President Harold Whitcombe. "
        "Directors present: Harold Whitcombe (President), Lena Osei (Treasurer), Marcus Bell (Secretary), "
        "Joan Petrakis, Raymond Fujita. Quorum confirmed. Also present: Tonya Reyes (manager), 23 owners.\n"
        "Item 3 - Balcony/guardrail replacement. Engineer's letter from Boise Structural Group dated "
        "02/20/2026 read into the record. Bids: Summit Exterior Restoration $1,712,400; Ridgeview "
        "Contractors $1,905,000. Treasurer Osei reported operating reserve balance of $286,550, insufficient.\n"
        "MOTION by Osei, second by Bell: to levy a special assessment of $1,840,000 ($23,000 per unit) to fund "
        "the Summit Exterior Restoration contract plus a contingency, as an emergency repair under Section 6.6. "
        "Owner comments taken (12 minutes). Vote: 4 in favor, 1 opposed (Petrakis). MOTION CARRIED.\n"
        "Ms. Petrakis asked that her objection be recorded: she believes an owner vote is required.\n"
        "Meeting adjourned at 8:47 PM. Minutes submitted by Marcus Bell, Secretary."
    )
    doc.add_heading("3. Coverage notes", level=2)
    doc.add_paragraph(
        "The complaint is a Claim as defined (a civil proceeding for monetary and non-monetary relief). The "
        "wrongful acts alleged (board vote of 03/11/2026) fall within the policy period and there is no prior "
        "notice. We agree to defend subject to the following: (a) the refund of assessments paid is "
        "restitution and likely not covered Loss; (b) the cost of the balcony work itself is not Loss; "
        "(c) the policy's non-monetary relief defense sublimit of $250,000 applies to defense of the "
        "declaratory and injunctive counts until a damages count is pleaded. Letter to the insured sent 08/05/2026."
    )
    doc.add_paragraph(
        "Defense counsel: Rachel Simmonds, Abernathy & Cole LLP (panel), approved rate $285/hr partner, "
        "$195/hr associate, $110/hr paralegal. Answer filed 08/24/2026. Plaintiffs' motion for preliminary "
        "injunction set for hearing 11/19/2026."
    )
    doc.add_heading("4. Reserve history", level=2)
    docx_table(
        doc,
        [
            ["Date", "Indemnity", "Expense", "Reason"],
            ["08/05/2026", "$100,000", "$60,000", "initial, on tender"],
            ["09/10/2026", "$100,000", "$70,000", "answer + early discovery"],
            ["10/14/2026", "$150,000", "$85,000", "PI hearing set; fee claim exposure"],
        ],
    )
    doc.add_paragraph(
        "Paid to date: expense $21,437.50 (Abernathy & Cole invoices through 09/30/2026); indemnity $0. "
        "Retention satisfied on 09/02/2026. Status: OPEN - in litigation."
    )
    doc.add_heading("5. Next steps", level=2)
    doc.add_paragraph(
        "Obtain the Pinecrest reserve study and the Boise Structural Group letter; ask counsel for a budget "
        "through the PI hearing; diary 11/20/2026 for hearing result. Consider early mediation if the PI is denied."
    )
    save_docx(doc, "larkspur_terrace_DO_memo.docx")


# --------------------------------------------------------------------------- 3. hazmat cargo spill
def hazmat_spill_eml() -> None:
    msg = EmailMessage()
    msg["From"] = "Nadine Okafor <nokafor@keystoneridge-ins.example>"
    msg["To"] = "Brent Laszlo <blaszlo@ironvalefreight.example>"
    msg["Cc"] = "Platte Valley Environmental Response <billing@pver.example>"
    msg["Subject"] = "RE: RE: Unit 318 spill I-80 EB MM 212 -- our ref CA-HZ-0093317 -- PVER invoice + manifest"
    msg["Date"] = "Wed, 14 Oct 2026 09:05:41 -0500"
    msg["Message-ID"] = "<20261014090541.4471@keystoneridge-ins.example>"
    body = """Brent,

Thanks, I have the invoice and the manifest now (manifest is attached again so it stays with the file).
Quick recap of where we are on the spill so you can brief your team:

- Loss: 10/06/2026, Unit 318 (2021 Freightliner Cascadia, tractor VIN 3AKJHHDR5MSNV4417) pulling
  trailer 5312, driver Luis Carranza. Sudden stop for a deer at 05:52 eastbound I-80 near MM 212
  (Buffalo County, NE); load shifted and four totes of sodium hydroxide solution (UN1824) split.
- Driver called your dispatch at 05:58 and the National Response Center at 06:31
  (NRC report #1418877). NSP trooper on scene was Tpr. K. Albrecht, badge 1127.
- PVER crew arrived at 07:48, roadway reopened 13:20, shoulder excavation finished 10/08/2026.
- Estimated release: about 780 gal of the 1,100 gal in the four totes.

Invoice PV-26-4471 (dated 10/13/2026) totals $17,523.50. Nebraska DEE sent its oversight fee
invoice for $1,240.00. Both fall under the Transportation Pollution endorsement (CA 99 48 type
coverage, sublimit $50,000, deductible $1,000). I'm setting the reserve at $22,000 and will
pay PVER directly once I have their W-9. Status: open - payment pending.

I still need the driver's written statement and the ELD data for the 24 hours before the stop.

Nadine Okafor
Environmental Claims Specialist | Keystone Ridge Insurance Co.
Direct (402) 555-0178 | Mobile (402) 555-0112

-----Original Message-----
From: Brent Laszlo <blaszlo@ironvalefreight.example>
Sent: Tuesday, October 13, 2026 4:22 PM
To: Nadine Okafor <nokafor@keystoneridge-ins.example>
Subject: RE: Unit 318 spill I-80 EB MM 212

Nadine - PVER's invoice is pasted below, and the shipper's manifest is attached. Our policy is
BA 7718-2240-16. Shipper is Corvan Chemical Supply, Omaha; consignee is Tri-County Water
Utility, North Platte. The other 2 totes and the class 9 drums were transloaded to our trailer
5407 and delivered 10/07/2026.

> PLATTE VALLEY ENVIRONMENTAL RESPONSE, LLC - 1900 Avenue A, Kearney NE 68847
> INVOICE PV-26-4471      Date 10/13/2026      Job 26-1006-I80      Terms Net 30
> Bill to: Ironvale Freight Lines, Inc., 66 Industrial Pkwy, Council Bluffs IA 51501
> ------------------------------------------------------------------------------
> Emergency response mobilization (after-hours)                         $3,850.00
> Hazmat technicians, 4 x 11.5 hrs @ $118.00                            $5,428.00
> Vacuum truck w/ operator, 9 hrs @ $210.00                             $1,890.00
> Absorbent, neutralizer (citric), PPE, consumables                    $2,764.30
> Waste transport & disposal, 6 drums @ $395.00                         $2,370.00
> Contaminated soil excavation & disposal, 14.2 tons @ $86.00           $1,221.20
> ------------------------------------------------------------------------------
> INVOICE TOTAL                                                        $17,523.50
> Crew lead: Dustin Varga, HAZWOPER sup.   Remit: PVER, PO Box 2210, Kearney NE
>
> Brent Laszlo
> Director of Safety & Compliance | Ironvale Freight Lines, Inc.
> (712) 555-0164

-----Original Message-----
From: Nadine Okafor
Sent: Thursday, October 8, 2026 11:47 AM
To: Brent Laszlo
Subject: Unit 318 spill I-80 EB MM 212

Brent, acknowledging your notice of this morning. Please send the cleanup contractor's invoice
and the bill of lading/manifest when you have them. -- N.O.
"""
    msg.set_content(body)
    manifest = """SHIPPING PAPER / HAZARDOUS MATERIALS MANIFEST
Shipper: Corvan Chemical Supply, 4100 S 60th St, Omaha NE 68117    BOL No. CV-220981
Carrier: Ironvale Freight Lines, Inc. (USDOT 2390714)  Tractor 318 / Trailer 5312
Ship date: 10/05/2026    Emergency contact: CHEMTREC 1-800-424-9300 (acct CCN 771204)

LN | HM | UN/NA  | PROPER SHIPPING NAME                                  | CLASS | PG  | PKG       | QTY | GROSS WT
1  | X  | UN1824 | Sodium hydroxide solution                             | 8     | II  | IBC tote  | 6   | 14,520 lb
2  | X  | UN3082 | Environmentally hazardous substance, liquid, n.o.s.   | 9     | III | 55-gal dr | 10  | 5,180 lb
   |    |        |   (contains copper sulfate)                           |       |     |           |     |
3  |    |        | Cleaning supplies, non-regulated, palletized          | --    | --  | pallet    | 4   | 2,260 lb
TOTAL PIECES: 20                                      TOTAL GROSS WEIGHT: 21,960 lb
Placards provided: CORROSIVE 8, CLASS 9
Each IBC tote: 275 gal nominal.
Shipper certification signed: M. Trevino, 10/05/2026
"""
    msg.add_attachment(manifest.encode("utf-8"), maintype="text", subtype="plain",
                       filename="Corvan_manifest_CV-220981.txt")
    msg.set_boundary("==train9-unit318-boundary==")
    (OUT / "RE_Unit318_spill_PVER_invoice.eml").write_bytes(bytes(msg))


# --------------------------------------------------------------------------- 4. sinkhole geotech report
def sinkhole_geotech_pdf() -> None:
    pdf = Pdf(footer_text="Gulfbrook Geotechnical Services, LLC  -  Report GGS-26-0317  -  Achterberg Residence")
    pdf.add_page()
    pdf.para("GULFBROOK GEOTECHNICAL SERVICES, LLC", 14, "B")
    pdf.para("Geotechnical & Forensic Engineering  |  611 Ponce de Leon Blvd, Suite 210, Brooksville, FL 34601", 9)
    pdf.ln(3)
    pdf.para("SINKHOLE INVESTIGATION REPORT", 13, "B")
    pdf.table(
        [
            ["Item", "Detail"],
            ["Report no.", "GGS-26-0317"],
            ["Date issued", "06/30/2026"],
            ["Property", "2716 Cypress Hollow Dr, Brooksville, FL 34601 (Hernando County)"],
            ["Owners / insureds", "Marisol and Benedict Achterberg"],
            ["Client", "Seabright Coastal Insurance Co. - claim HO/SK/26-01184"],
            ["Policy", "FLH-2290475 (HO-3), Coverage A $385,000"],
            ["Client contact", "Delia Marchetti, Property Claims Specialist"],
            ["Project engineer", "Anil Varghese, P.E. (FL lic. 71842)"],
            ["Field geologist", "Courtney Bale, P.G."],
        ],
        [45, 140],
    )
    pdf.heading("1. Purpose and scope")
    pdf.para(
        "Seabright Coastal Insurance Co. retained Gulfbrook Geotechnical Services, LLC (GGS) to determine whether "
        "the structural damage observed at the Achterberg residence is the result of sinkhole activity as that term "
        "is defined in Section 627.706, Florida Statutes, and, if so, to recommend methods of stabilization and "
        "repair of the land and building. Our scope included a site reconnaissance, a structural damage survey and "
        "floor-level (elevation) survey, a ground-penetrating radar (GPR) survey, four Standard Penetration Test (SPT) "
        "borings, two hand-auger borings, laboratory classification of selected samples, review of published "
        "geologic information, and this report. The scope did not include an evaluation of the roof, the septic "
        "system, or the pool enclosure, which the owners have not reported as damaged."
    )
    pdf.heading("2. Background and chronology")
    pdf.para(
        "The residence is a one-story, slab-on-grade, concrete-block (CMU) house of about 2,140 square feet, built in "
        "2004, with a stucco finish and an attached two-car garage. According to the owners, Mrs. Achterberg first "
        "noticed a new diagonal crack above the master bedroom window and a door that would no longer latch on "
        "04/18/2026. The loss was reported to Seabright on 04/21/2026. Seabright's field adjuster, Travis Oyelaran, "
        "inspected on 04/29/2026 and requested a sinkhole investigation. Our site reconnaissance was performed on "
        "05/12/2026, the GPR survey on 05/14/2026, and the SPT borings were drilled on 05/19/2026 and 05/20/2026 by "
        "Suncoast Drilling, Inc. (driller Roy Castellanos). Follow-up crack monitoring readings were taken on "
        "06/09/2026 and 06/23/2026."
    )
    pdf.para(
        "The owners stated that the lot was cleared and filled in 2003, that no prior cracking had been repaired, "
        "and that a neighbor at 2720 Cypress Hollow Dr had a small depression open in the side yard in 2019. We did "
        "not confirm the neighbor's report. The Florida Geological Survey subsidence incident database lists two "
        "reported incidents within one-half mile of the property, the nearest about 0.3 mile to the northeast (1998)."
    )
    pdf.heading("3. Site and geologic setting")
    pdf.para(
        "The property lies on the Brooksville Ridge, where the Ocala Limestone and the Suwannee Limestone are covered "
        "by a variable thickness of sand, clayey sand, and clay of the Hawthorn Group and undifferentiated surficial "
        "deposits. The limestone in this area is known to be karstic. Published maps place the top of limestone at "
        "about 30 to 60 feet below land surface in this area. The USDA soil survey maps the site as Candler fine sand. "
        "The lot is roughly level; the rear yard slopes gently to the west toward a retention area."
    )
    pdf.heading("4. Structural damage survey")
    pdf.para(
        "We observed and mapped 27 cracks in interior finishes and 9 cracks in the exterior stucco. The widest exterior "
        "crack, at the northwest corner of the master bedroom, measured 3/16 inch. Interior cracks were concentrated "
        "in the northwest quadrant (master bedroom, master bath, and hall). Two interior doors (master bedroom and "
        "hall bath) were out of square. The garage slab had a 1/8-inch crack running east-west that the owners "
        "believe pre-dated the loss. A floor-level survey using a digital manometer found a maximum relative "
        "differential of 1.9 inches, with the low area at the northwest corner of the house, consistent with the "
        "crack pattern. Crack monitors were installed at six locations on 05/12/2026."
    )
    pdf.table(
        [
            ["Monitor", "Location", "05/12/2026", "06/09/2026", "06/23/2026"],
            ["CM-1", "NW bedroom, exterior", "0.0 mm", "0.4 mm", "0.7 mm"],
            ["CM-2", "NW bedroom, interior", "0.0 mm", "0.3 mm", "0.5 mm"],
            ["CM-3", "Hall, interior", "0.0 mm", "0.1 mm", "0.2 mm"],
            ["CM-4", "Master bath", "0.0 mm", "0.2 mm", "0.4 mm"],
            ["CM-5", "Garage slab", "0.0 mm", "0.0 mm", "0.0 mm"],
            ["CM-6", "SE living room", "0.0 mm", "0.0 mm", "0.1 mm"],
        ],
        [20, 50, 35, 35, 35],
    )
    pdf.para(
        "The continued opening of CM-1, CM-2 and CM-4 between the May and June readings indicates that movement is "
        "ongoing. CM-5 (the garage slab crack) showed no movement, supporting the owners' statement that it is old."
    )
    pdf.heading("5. Ground-penetrating radar survey")
    pdf.para(
        "The GPR survey was run on 05/14/2026 with a 200 MHz antenna on a 10-foot grid around and, where access "
        "permitted, inside the residence. Three anomalies were identified: Anomaly A beneath the northwest corner "
        "of the house (down-warping of reflectors at an estimated 18 to 25 feet), Anomaly B in the rear yard about "
        "35 feet west of the house, and Anomaly C near the driveway apron. Anomalies A and B were selected for "
        "borings; Anomaly C was judged to be a buried utility trench."
    )
    pdf.heading("6. Subsurface exploration")
    pdf.para(
        "Four SPT borings (B-1 through B-4) were drilled with a truck-mounted rig using mud-rotary methods and a "
        "safety hammer, in general accordance with ASTM D1586. Two hand-auger borings (HA-1, HA-2) were advanced "
        "beside the foundation to 6 feet to check the fill and the footing. Boring results are summarized below; "
        "'WOR' means the sampler advanced under the weight of the rods alone, and 'LOC' means loss of drilling-fluid "
        "circulation."
    )
    pdf.table(
        [
            ["Boring", "Location", "Depth (ft)", "Groundwater (ft)", "Key findings"],
            ["B-1", "NW corner, 5 ft off wall", "45", "11.5", "WOR 28-32 ft; limestone at 39 ft"],
            ["B-2", "GPR Anomaly B, rear yard", "60", "12.0", "raveled zone 34-41 ft; LOC at 36 ft"],
            ["B-3", "SE corner (control)", "40", "11.0", "no anomalies; limestone at 33 ft"],
            ["B-4", "N wall, mid-span", "55", "11.8", "very loose 30-37 ft; LOC at 38 ft"],
            ["HA-1", "NW footing", "6", "n/e", "fill 0-2.5 ft; footing 16 in. wide"],
            ["HA-2", "SE footing", "6", "n/e", "fill 0-2 ft; footing 16 in. wide"],
        ],
        [16, 48, 22, 30, 74],
    )
    pdf.para(
        "Groundwater was measured in the open boreholes about 24 hours after completion. 'n/e' means not encountered. "
        "Laboratory testing on 14 samples (percent fines, natural moisture, organic content) classified the upper soils "
        "as poorly graded sand (SP) and silty sand (SM) over clayey sand (SC) and fat clay (CH) above the limestone. "
        "No organic soils or buried debris were found in the hand-auger borings."
    )
    pdf.heading("7. Analysis")
    pdf.para(
        "The weight-of-rod conditions in B-1, the raveled zone and loss of circulation in B-2, and the very loose "
        "soils with loss of circulation in B-4 are typical of soil raveling into voids in the underlying limestone. "
        "The control boring B-3, on the side of the house that shows little distress, encountered firm soils and "
        "competent limestone at 33 feet. The distribution of the poor soils matches the GPR down-warping at Anomaly A, "
        "the crack pattern and the floor-level low at the northwest corner. We considered and ruled out other causes: "
        "the fill is thin and well compacted, there is no organic material, the footing is of normal width, the "
        "clay layer is deep and below the zone of seasonal moisture change, and no trees are close to the northwest "
        "corner. Settlement from the weight of the house alone would have been complete within a few years of "
        "construction and would not explain movement that continues in 2026."
    )
    pdf.heading("8. Conclusions")
    pdf.para(
        "Within a reasonable degree of professional engineering probability: (1) sinkhole activity is the cause of "
        "the structural damage to the residence; (2) the activity is concentrated beneath the northwest quadrant "
        "of the house and extends west toward Anomaly B; (3) the movement is ongoing; and (4) the damage meets the "
        "statutory definition of structural damage because the foundation has moved in a way that affects the "
        "load-bearing capacity of the primary structural system."
    )
    pdf.heading("9. Recommendations for stabilization")
    pdf.para(
        "We recommend subsurface compaction grouting to fill voids and densify the raveled soils above the limestone, "
        "followed by underpinning of the northwest and north foundation with helical or resistance piers. We estimate "
        "32 grout injection points to depths of 35 to 45 feet and about 180 cubic yards of grout, and 14 piers. "
        "Grout pressures must be monitored and the structure watched for heave; work should be observed by GGS. "
        "After stabilization, cosmetic repairs to the finishes may proceed. Our opinion of probable cost follows; "
        "it is an engineer's estimate, not a contractor's bid."
    )
    pdf.table(
        [
            ["Line", "Description", "Quantity", "Opinion of cost"],
            ["1", "Compaction grouting (mobilization, injection, grout)", "32 pts / 180 cy", "$96,400"],
            ["2", "Underpinning, resistance piers", "14 piers", "$58,800"],
            ["3", "Engineering observation & post-grout monitoring", "lump sum", "$7,250"],
            ["", "TOTAL - subsurface stabilization", "", "$162,450"],
        ],
        [14, 100, 36, 36],
    )
    pdf.para(
        "Cosmetic and above-ground repairs (crack repair, stucco, drywall, doors, flooring at the northwest rooms) "
        "were estimated separately for Seabright by Coastline Restoration Group at $41,780 (estimate dated "
        "06/12/2026); GGS has not reviewed that estimate. The policy's sinkhole deductible, as reported to us by "
        "Seabright, is 10% of Coverage A, i.e. $38,500."
    )
    pdf.heading("10. Limitations")
    pdf.para(
        "This report is based on the borings and tests described and on conditions observed on the dates stated. "
        "Subsurface conditions between borings may differ. Karst conditions can change over time, and no "
        "investigation can rule out all future sinkhole activity. This report was prepared for Seabright Coastal "
        "Insurance Co. and the named insureds for the claim referenced above and may not be relied on by others "
        "without our written consent. The boring logs, GPR plots, lab data sheets, crack-monitor photographs and "
        "floor-level plan are attached as Appendices A through E (not reproduced in this copy)."
    )
    pdf.para(
        "Claim status noted by client at issue: OPEN - reserve $170,000 (per D. Marchetti, 06/30/2026)."
    )
    pdf.add_page()
    pdf.heading("Appendix A (excerpt) - SPT log, boring B-2 (GPR Anomaly B)")
    pdf.para(
        "Drilled 05/20/2026, Suncoast Drilling rig 4 (CME-55), mud rotary, 140-lb safety hammer. Logged by C. Bale. "
        "N-values are blows per foot for the second and third 6-inch increments. Fluid loss noted by the driller.",
        9,
    )
    pdf.table(
        [
            ["Depth (ft)", "Soil description", "N-value", "Remarks"],
            ["0-5", "Brown fine SAND (SP), fill", "9", ""],
            ["5-10", "Light brown fine SAND (SP)", "12", ""],
            ["10-15", "Gray fine SAND w/ silt (SP-SM)", "10", "water 12.0 ft at 24 hr"],
            ["15-20", "Gray silty SAND (SM)", "8", ""],
            ["20-25", "Orange-gray clayey SAND (SC)", "7", ""],
            ["25-30", "Gray clayey SAND (SC)", "5", ""],
            ["30-34", "Green-gray CLAY (CH)", "4", ""],
            ["34-41", "Very soft clayey SAND, raveled", "WOR / 1", "partial LOC at 36 ft"],
            ["41-45", "Weathered LIMESTONE", "38", "cuttings w/ chert"],
            ["45-50", "LIMESTONE, white, porous", "50/4\"", ""],
            ["50-60", "LIMESTONE, firm", "50/3\"", "boring terminated at 60 ft"],
        ],
        [24, 70, 26, 66],
    )
    pdf.para(
        "Notes: The raveled zone from 34 to 41 feet, directly above the weathered limestone surface, is the zone "
        "targeted by the compaction-grouting program. The boring was grouted closed with neat cement on completion. "
        "Borings B-1 and B-4 (Appendix A, pages A-1 and A-4, not reproduced) show similar loose zones at 28 to 32 "
        "feet and 30 to 37 feet. Control boring B-3 (A-3) has N-values of 11 or more throughout.",
        9,
    )
    pdf.heading("Appendix B (summary) - GPR survey parameters")
    pdf.para(
        "Equipment: GSSI SIR-4000 with 200 MHz antenna; grid spacing 10 ft; 14 transects (T-1 to T-14) outside and 3 "
        "inside the residence; depth of penetration estimated at 25 to 30 ft in the sands, limited by the clay. "
        "Velocity calibrated by hyperbola fitting. Anomaly A: transects T-3 to T-6; Anomaly B: T-9 to T-11; "
        "Anomaly C: T-13 (linear, consistent with a utility trench).",
        9,
    )
    pdf.heading("Appendix C (summary) - laboratory results")
    pdf.table(
        [
            ["Sample", "Boring / depth", "Class.", "% fines", "Moisture %", "Organic %"],
            ["S-1", "B-1, 8 ft", "SP", "3.8", "14.2", "0.6"],
            ["S-4", "B-1, 29 ft", "SC", "31.5", "27.9", "1.1"],
            ["S-7", "B-2, 37 ft", "SC", "28.4", "33.0", "0.9"],
            ["S-9", "B-3, 20 ft", "SM", "17.2", "21.4", "0.7"],
            ["S-12", "B-4, 33 ft", "CH", "64.0", "41.6", "1.4"],
        ],
        [20, 40, 20, 30, 30, 30],
    )
    pdf.para("(Nine further samples were tested; full data sheets are in Appendix C of the original report.)", 9)
    pdf.ln(4)
    pdf.para("Respectfully submitted,\n\nAnil Varghese, P.E., Senior Geotechnical Engineer (FL lic. 71842)\n"
             "Courtney Bale, P.G., Project Geologist", 10)
    save_pdf(pdf, "GGS-26-0317_sinkhole_report_Achterberg.pdf")


# --------------------------------------------------------------------------- 5. ride-share passenger
def rideshare_md() -> None:
    write_text(
        "rideshare_passenger_RSP-77-20419.md",
        """
# Zipwayz TNC Program -- Passenger Injury File Summary

**Carrier:** Greyfeather Casualty Company, TNC Commercial Auto Unit
**Claim:** RSP-77-20419  |  **Handler:** Sabine Ortolani, Sr. Bodily Injury Adjuster (ext. 6152)
**Program policy:** TNC-CA-0020771 (Zipwayz, Inc., Period 3 coverage)  |  **File opened:** 09/21/2026

## Parties

| Role | Name | Notes |
|---|---|---|
| Passenger / claimant | Delphine Araujo | age 34, rear right seat, belted |
| TNC driver (our insured driver) | Omar Khatib | Zipwayz driver ID ZD-448102, 2022 Toyota Camry SE, CA plate 8KLM214 |
| Other driver | Kirk Halvorsen | 2017 Chevrolet Silverado 1500, ran red light on J St |
| Claimant's attorney | Victor Poon, Haskell & Poon LLP | LOR dated 10/02/2026 |
| Investigating agency | Sacramento Police Dept. | report no. 26-318874, Officer D. Whitlock #2291 |

## Coverage (Period 3 -- passenger on board)

| Item | Amount |
|---|---|
| Third-party liability (CSL) | $1,000,000 |
| UM/UIM | $1,000,000 |
| Contingent collision deductible | $2,500 |
| Med-pay | not purchased |

## App trip log (exported from Zipwayz trust & safety console, times PDT)

Trip ID **ZW-TR-5520-8813** -- date 09/19/2026 -- fare quoted $18.46 (Standard)

| Time | Event | Detail |
|---|---|---|
| 22:14:07 | Ride requested | pickup 1418 K St (Cal Grove Hotel), drop-off 3350 Folsom Blvd |
| 22:16:40 | Driver accepted | ETA 7 min |
| 22:23:55 | Driver arrived at pickup | |
| 22:25:12 | Trip started | passenger on board |
| 22:41:38 | Crash detection event | g-force 3.8, speed 27 mph, J St & 19th St |
| 22:42:10 | Driver pressed "safety" button | 911 bridge call opened |
| 22:44:02 | Trip ended by driver | fare later refunded in full |
| 22:51:19 | Passenger safety report submitted in app | "hit on the side, my neck and shoulder hurt" |
| 23:06:45 | Trust & safety agent callback | agent T. Mbeki |

## Facts

Halvorsen's pickup entered the J St & 19th St intersection against a red signal (per two independent
witnesses and the SPD report) and struck the right rear door of the Camry. Ms. Araujo was taken by
Sacramento Metro Fire Medic 14 to Sutter Medical Center ED, treated and released the same night
(cervical strain, right shoulder contusion). Mr. Khatib was not injured. Camry towed to Capitol Tow
(storage lot 3); physical damage handled under the contingent collision claim, not this file.

Liability: adverse driver appears 100% at fault. Tender to Halvorsen's carrier sent 10/05/2026;
carrier and claim number for Halvorsen not yet confirmed.

## Medical specials received to date

| Provider | Dates | Billed |
|---|---|---|
| Sutter Medical Center ED | 09/19/2026 | $6,412.00 |
| Capital Ortho Group (Dr. Lena Hargrove) consult | 09/30/2026 | $585.00 |
| Delta Imaging (MRI cervical spine) | 10/07/2026 | $2,150.00 |
| RiverCity Physical Therapy, 8 visits | 10/09/2026 - 11/04/2026 | $1,360.00 |

Wage loss claimed: not yet documented (claimant is a self-employed event planner).

## Reserve / status

| Date | BI reserve | Note |
|---|---|---|
| 09/21/2026 | $25,000 | opening |
| 10/06/2026 | $45,000 | attorney rep + MRI ordered |

Status: **OPEN**. Next: request prior medical records (5 years), recorded interview of driver done 09/23/2026.
""",
    )


# --------------------------------------------------------------------------- 6. EPLI
def epli_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Tallgrass Specialty Insurance Company - Employment Practices Liability"
    sec.footer.paragraphs[0].text = "Prepared for claim review only. Not for distribution to the insured's employees."
    doc.add_heading("EPLI Claim Review - Charge of Discrimination", level=1)
    docx_table(
        doc,
        [
            ["Claim reference", "EPL.2026.0412-C"],
            ["Insured", "Brightwater Dental Partners, PLLC, 905 Pacific Ave, Tacoma, WA 98402"],
            ["Policy / period", "EPL-4418260 / 03/01/2026 - 03/01/2027"],
            ["Limit / retention", "$1,000,000 aggregate / $25,000 each claim"],
            ["Claimant", "Renata Solvang (former Office Manager, DOB withheld, age 58)"],
            ["Charge", "EEOC charge no. 551-2026-03318, filed 08/17/2026, dual-filed with WSHRC"],
            ["Allegations", "age discrimination (ADEA), retaliation, WLAD age"],
            ["Claims professional", "Everett Kwan, Senior Management Liability Examiner"],
            ["Notice received", "08/26/2026 from broker Jerome Batiste"],
        ],
    )
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Ms. Solvang was hired on 02/03/2020 and managed front-office staff at the Pacific Avenue and Proctor "
        "Street offices. Her base salary at termination was $78,500 per year. She reported to the practice "
        "administrator, Dr. Howard Lindqvist, DDS (managing partner). HR is handled by Gwen Tallis, HR Director, "
        "who joined in 2024. The practice has 41 employees."
    )
    doc.add_paragraph(
        "The claimant says that after she complained that Dr. Lindqvist had said the office needed 'younger energy "
        "at the front desk', she was written up, put on an improvement plan and fired before the plan ended, and "
        "that her replacement is 29. The insured says she was let go for repeated scheduling and billing errors "
        "that cost the practice an estimated $14,200 in write-offs."
    )
    doc.add_heading("HR timeline (from the insured's HR file, reviewed with Ms. Tallis)", level=2)
    docx_table(
        doc,
        [
            ["Date", "Event", "By"],
            ["02/03/2020", "Hired as Office Manager", "Dr. Lindqvist"],
            ["01/15/2026", "Annual review - 'meets expectations'", "Dr. Lindqvist"],
            ["04/14/2026", "Complaint to HR re 'younger energy' remark", "R. Solvang to G. Tallis"],
            ["04/22/2026", "Written warning - double-booked hygiene schedule", "Dr. Lindqvist"],
            ["05/06/2026", "Performance improvement plan, 30 days", "Dr. Lindqvist / G. Tallis"],
            ["05/29/2026", "Termination, effective same day", "Dr. Lindqvist"],
            ["06/05/2026", "Scheduled PIP end date (never reached)", "-"],
            ["06/16/2026", "Replacement hired (Office Manager)", "G. Tallis"],
        ],
    )
    doc.add_heading("Demand, counsel and reserves", level=2)
    doc.add_paragraph(
        "Claimant's counsel, Mireille Aucoin of Aucoin Employment Law PLLC (Seattle), made a pre-mediation demand of "
        "$210,000 by letter dated 09/09/2026 (back pay, front pay, emotional distress, fees). Defense counsel "
        "assigned: Colin Hattersley, Northgate Labor & Employment LLP, rate $310/hr. The EEOC position statement was "
        "due 09/30/2026; an extension to 10/21/2026 was granted and the statement was filed on 10/20/2026."
    )
    docx_table(
        doc,
        [
            ["Reserve", "Amount", "Set on"],
            ["Indemnity", "$75,000", "09/12/2026"],
            ["Defense expense", "$45,000", "09/12/2026"],
        ],
    )
    doc.add_paragraph(
        "Status: OPEN. Retention not yet exhausted (insured has paid $9,870 of defense fees toward the $25,000 "
        "retention). Severance: none was offered. The insured's employee handbook (2023 edition) has an "
        "anti-retaliation policy; the insured has not produced signed acknowledgment forms."
    )
    doc.add_heading("Assessment", level=2)
    doc.add_paragraph(
        "The timing is the main problem: the warning came eight days after the HR complaint and the termination came "
        "a week before the PIP was due to end. The documented errors pre-date the complaint only in part. Recommend "
        "early mediation after the EEOC's response; authority request to follow."
    )
    save_docx(doc, "EPLI_claim_review_Brightwater_Dental.docx")


# --------------------------------------------------------------------------- 7. restaurant spoilage
def spoilage_txt() -> None:
    write_text(
        "casa_nopal_spoilage_worksheet.txt",
        """
DESERT WILLOW INSURANCE GROUP -- SPOILAGE / UTILITY INTERRUPTION WORKSHEET
=========================================================================
clm   SPL 26 508813          pol  CPB-3306417 (BOP)        desk adj  P. Nakamura-Ortiz
insd  Casa Nopal Cocina LLC  dba Casa Nopal                 agent     Saguaro Ins. Svcs (T. Becerra)
risk  2231 N Campbell Ave, Tucson AZ 85719
ctc   Esteban Villarreal (owner) 520-555-0187 / Lucia Ferrer (GM) 520-555-0133
DOL   07/28/2026       rptd  07/29/2026 08:05 (phone, GM)      ack  07/29/2026

COVERAGE
--------
  Spoilage (perishable stock) endt ..... limit $15,000   ded $500
  Utility services - off-premises power  waiting period 12 hrs (must be exceeded)
  Business income ...................... NOT purchased on this policy
  Equipment breakdown .................. yes, but no equipment damage claimed

CAUSE
-----
  Monsoon storm 07/28 pm. Sonoran Basin Power Co-op outage ticket OUT-26-07-44918:
  transformer failure on feeder 12, ~3,400 customers out.
    power OFF   07/28/2026 14:37   (per co-op letter dtd 08/03/2026)
    power ON    07/29/2026 03:12
  Insd had no generator. GM moved some dairy to a neighbor's (Tanaka Market) walk-in
  at 18:30 -- roughly 1/3 of the dairy saved, not claimed.

TEMPERATURE LOG  (handwritten log sheet + WIC data logger; deg F)
-----------------------------------------------------------------
  time        walk-in cooler (WIC-1)   walk-in freezer (WIF-1)   by
  07/28 14:30        37                      -2                  L.F.
  07/28 16:00        41                       3                  L.F.
  07/28 18:00        46                      11                  J.R.
  07/28 20:00        52                      19                  J.R.
  07/28 22:00        57                      26                  J.R.
  07/29 00:00        61                      31                  E.V.
  07/29 02:00        64                      35                  E.V.
  07/29 03:30        63                      34                  E.V.
  07/29 05:00        44                      12                  L.F.
  WIC held above 41F from ~16:00 on 07/28 (>4 hrs) -> TCS food discarded per
  Pima County food code guidance. Freezer product partially thawed; proteins discarded.

INVENTORY CLAIMED (from insd's invoices Sysco/US Foods/Rincon Produce, 7/21-7/27)
-------------------------------------------------------------------------------
  proteins (carne asada, pollo, carnitas, shrimp) ......... $6,842.15
  produce ................................................. $1,318.40
  dairy (crema, queso fresco, cotija) ..................... $1,027.60
  prepared sauces / salsas / mole (made in house, at cost)   $894.00
                                              TOTAL CLAIMED  $10,082.15
  also requested: lost sales 07/29 lunch, $4,200 -- declined, no BI coverage.

ADJ NOTES
---------
  07/29  ack'd, asked for photos of discarded product, log sheet, invoices, co-op letter.
  07/31  photos rec'd (dumpster, 41 pics). Disposal done 07/29 ~07:30 by staff.
  08/04  co-op letter rec'd - confirms 14:37 to 03:12, off-premises transformer.
  08/06  invoices reviewed; pricing ok, qty reasonable vs. 7-day purchases ($13,960.22).
  08/07  waiting period exceeded -> coverage confirmed.  rsv $10,500.
  08/21  pd $9,582.15 (claimed less $500 ded), chk #0044871 to Casa Nopal Cocina LLC.
  08/24  no further items. CLOSED.

  subro vs co-op? -> no; storm/act of nature, co-op tariff limits liability. closed w/o subro.
""",
    )


# --------------------------------------------------------------------------- 8. courier workers' comp + PT notes
def courier_pt_pdf() -> None:
    pdf = Pdf(footer_text="Northside Motion Physical Therapy  |  2140 N Clybourn Ave, Chicago IL 60614  |  fax 312-555-0166")
    pdf.add_page()
    pdf.para("NORTHSIDE MOTION PHYSICAL THERAPY", 13, "B")
    pdf.para("PROGRESS REPORT / RE-EVALUATION - WORKERS' COMPENSATION", 11, "B")
    pdf.table(
        [
            ["Patient", "Jamal Whitford-Ames", "Employer", "SwiftSpoke Courier Co."],
            ["WC claim", "W/C 4471-0926", "Claims adj.", "Theo Brandvold (Harrow Risk Svcs)"],
            ["Date of injury", "08/04/2026", "Referring MD", "Imelda Ferraro, MD (ortho)"],
            ["Diagnosis", "S42.022D, S63.501D", "Therapist", "Kevin Oduya, PT, DPT"],
            ["Initial eval", "09/10/2026", "Re-eval date", "10/12/2026"],
            ["Rx", "PT 2x/wk x 6 wks", "Rx date", "09/08/2026"],
        ],
        [28, 60, 28, 70],
    )
    pdf.heading("History", 11)
    pdf.para(
        "28-year-old right-hand-dominant bicycle courier. On 08/04/2026 at about 11:20 he was riding eastbound on "
        "W Randolph St near N Wells St making a delivery when the driver's door of a parked SUV was opened into his "
        "path ('dooring'). He struck the door and fell onto his right shoulder and outstretched right hand. Taken by "
        "CFD ambulance to Loop Memorial Hospital ED; X-rays showed a non-displaced fracture of the right mid-shaft "
        "clavicle and a right wrist sprain. Sling, no surgery. Followed by Dr. Ferraro at Lakeshore Orthopedic "
        "Associates on 08/11/2026, 08/25/2026 and 09/08/2026 (callus formation, cleared for PT). The SUV driver "
        "was identified in the CPD report as Patricia Lemaire."
    )
    pdf.heading("Objective measures by visit", 11)
    pdf.table(
        [
            ["Visit", "Date", "CPT codes", "R sh. flexion", "R sh. abduction", "R grip (lb)", "Pain /10"],
            ["1", "09/10/2026", "97162, 97110", "95 deg", "80 deg", "48", "6"],
            ["2", "09/14/2026", "97110, 97140", "104 deg", "88 deg", "52", "5"],
            ["3", "09/17/2026", "97110, 97140", "112 deg", "95 deg", "55", "5"],
            ["4", "09/21/2026", "97110, 97530", "121 deg", "104 deg", "61", "4"],
            ["5", "09/24/2026", "97110, 97140, 97530", "128 deg", "110 deg", "64", "4"],
            ["6", "09/28/2026", "97110, 97530", "136 deg", "118 deg", "70", "3"],
            ["7", "10/01/2026", "97110, 97530", "141 deg", "124 deg", "73", "3"],
            ["8", "10/05/2026", "97110, 97530", "147 deg", "131 deg", "78", "2"],
            ["9", "10/08/2026", "97110, 97530", "152 deg", "138 deg", "82", "2"],
            ["10", "10/12/2026", "97164, 97110", "158 deg", "146 deg", "85", "2"],
        ],
        [12, 24, 38, 28, 30, 24, 20],
    )
    pdf.para(
        "Left (uninjured) grip strength 96 lb at initial eval. Normal shoulder flexion reference used for goals: "
        "180 deg; short-term goal 170 deg by visit 14. Visit 2 was rescheduled once (patient late, bus delay). "
        "Attendance: 10 of 10 scheduled visits kept.", 9,
    )
    pdf.heading("Assessment", 11)
    pdf.para(
        "Patient has made good progress: right shoulder flexion improved from 95 deg to 158 deg and grip from 48 lb to "
        "85 lb over 10 visits. Remaining deficits: end-range flexion and abduction, overhead endurance, and pain with "
        "sustained weight bearing through the right hand (plank, handlebar loading). He reports occasional clicking at "
        "the fracture site without pain. He is not yet able to tolerate the 6-8 hour handlebar loading and curb "
        "lifting of bicycle courier work."
    )
    pdf.heading("Plan", 11)
    pdf.para(
        "Continue PT 2x/week for 4 more weeks (8 visits) - therapeutic exercise (97110), therapeutic activities / "
        "work simulation (97530), manual therapy as needed (97140). Add a graded cycling program on a stationary bike "
        "from week 2, progress to outdoor riding with the employer's cargo bike only after Dr. Ferraro's clearance. "
        "Next physician visit 10/20/2026. Request authorization for 8 additional visits."
    )
    pdf.heading("Work status (per Dr. Ferraro, 09/08/2026 and 10/12/2026 notes)", 11)
    pdf.para(
        "- Off work (TTD): 08/04/2026 through 09/14/2026.\n"
        "- Light duty from 09/15/2026: dispatch desk only; no lifting over 10 lb with the right arm; no cycling; no "
        "overhead reaching with the right arm. Employer has accommodated at the dispatch office, 318 W Lake St.\n"
        "- Anticipated full duty (courier, bicycle): 11/02/2026, pending ortho re-check on 10/20/2026."
    )
    pdf.add_page()
    pdf.para("HARROW RISK SERVICES - ADJUSTER'S CLAIM SNAPSHOT (attached to PT report for file)", 11, "B")
    pdf.para(
        "Claim W/C 4471-0926. Employer: SwiftSpoke Courier Co., 318 W Lake St, Chicago IL 60606 (policy "
        "WCI-2290158, Lakefront Comp Mutual). Employee: Jamal Whitford-Ames, bicycle courier, hired 03/2024. "
        "Reported by employer 08/05/2026 (Form 45 filed with the IWCC 08/06/2026). Compensability: accepted "
        "08/12/2026. Adjuster: Theo Brandvold, Claims Adjuster II, (312) 555-0149.", 10,
    )
    pdf.table(
        [
            ["Item", "Amount / detail"],
            ["Average weekly wage (AWW)", "$742.00"],
            ["TTD rate (66 2/3%)", "$494.67 per week"],
            ["TTD period", "08/04/2026 - 09/14/2026"],
            ["TPD (light duty wage diff.)", "paid from 09/15/2026, $118.40 per week"],
            ["Medical paid to date", "$8,914.30"],
            ["Reserve - medical", "$14,000"],
            ["Reserve - indemnity", "$9,500"],
            ["Status", "OPEN"],
            ["Subrogation", "referred 08/20/2026 - third-party driver P. Lemaire; carrier TBD"],
        ],
        [70, 110],
    )
    pdf.para(
        "Notes: Light-duty offer letter signed by employee 09/11/2026. IME not scheduled at this time. PT "
        "authorization for 8 more visits pending utilization review (submitted 10/13/2026).", 10,
    )
    save_pdf(pdf, "PT_progress_Whitford-Ames_WC.pdf")


# --------------------------------------------------------------------------- 9. mobile home wind
def mobile_home_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "GULF LINE ADJUSTING, LLC  -  Independent Adjusters  -  Dothan | Panama City | Mobile"
    sec.footer.paragraphs[0].text = "Magnolia Fidelity Insurance Co. claim MH-26-3310-W  |  final report  |  W. Shores"
    doc.add_heading("Final Report - Manufactured Home Windstorm", level=1)
    doc.add_paragraph(
        "To: Magnolia Fidelity Insurance Co., Personal Lines Claims (attn. Keisha Boudreaux, Claims Supervisor)\n"
        "From: Wendell Shores, Independent Adjuster, Gulf Line Adjusting, LLC\n"
        "Report date: 06/19/2026"
    )
    docx_table(
        doc,
        [
            ["Insured", "Loretta Pickens"],
            ["Risk address", "Lot 42, Sweetgum Acres MHC, 88 Sweetgum Ln, Dothan, AL 36301"],
            ["Policy", "MHP-55720931 (manufactured home, ACV form)"],
            ["Home", "1998 Redman single-wide, 16 x 76, serial RM9811407, HUD label ALA1184402"],
            ["Lienholder", "Pinewood Home Finance, LLC"],
            ["Date / cause of loss", "05/07/2026 about 3:20 a.m. - straight-line wind, severe thunderstorm"],
            ["Inspection", "05/12/2026 with insured and her daughter, Rhonda Pickens-Lyle"],
        ],
    )
    doc.add_heading("Coverage", level=2)
    docx_table(
        doc,
        [
            ["Coverage", "Limit", "Deductible"],
            ["A - Dwelling (ACV)", "$48,000", "wind/hail 2% of A = $960"],
            ["B - Other structures", "$4,800", "included in wind deductible"],
            ["C - Personal property (ACV)", "$24,000", "included in wind deductible"],
            ["D - Additional living expense", "$4,800", "none"],
            ["All other perils", "-", "$500"],
        ],
    )
    doc.add_heading("Facts and damage", level=2)
    doc.add_paragraph(
        "The National Weather Service storm report for 05/07/2026 lists a measured gust of 71 mph at Dothan Regional "
        "Airport at 3:14 a.m. and tree damage across the south side of the county. The community manager, Earl "
        "Tidwell, confirmed three homes in Sweetgum Acres were damaged. At the insured's home the wind lifted the "
        "roof membrane and sheathing over the rear bedroom, pulled two of the eight tie-down anchors on the "
        "windward side, tore 60 LF of vinyl skirting, and collapsed the free-standing metal carport onto the "
        "insured's 2009 Buick (auto claim not part of this file). Rain entered the rear bedroom and hall; the "
        "contents below were water damaged or broken by falling ceiling panels."
    )
    doc.add_paragraph(
        "Dwelling estimate (Xactimate, ACV, price list ALDO8X_MAY26): $11,240.60 after depreciation, including roof "
        "decking and membrane, re-anchoring and re-leveling, skirting, ceiling panels and insulation in two rooms. "
        "Carport (Coverage B): $2,185.00 ACV for replacement of the 12 x 20 carport kit and labor. The insured "
        "stayed at the Dothan Inn Express for 9 nights while the roof was dried in and the electrician cleared the "
        "home; ALE at $89.00 per night."
    )
    doc.add_heading("Contents inventory (Coverage C)", level=2)
    docx_table(
        doc,
        [
            ["#", "Item", "Age", "RCV", "Depr. %", "ACV"],
            ["1", "Sofa, 3-cushion", "6 yrs", "$899.00", "45%", "$494.45"],
            ["2", "Recliner", "4 yrs", "$549.00", "30%", "$384.30"],
            ["3", "50-inch LED television", "3 yrs", "$429.99", "30%", "$300.99"],
            ["4", "Queen mattress & box spring", "2 yrs", "$1,150.00", "20%", "$920.00"],
            ["5", "Clothing (bulk, rear bedroom closet)", "various", "$1,800.00", "50%", "$900.00"],
            ["6", "Window A/C unit, 12,000 BTU", "5 yrs", "$379.00", "50%", "$189.50"],
            ["7", "Dining table & 4 chairs", "10 yrs", "$650.00", "60%", "$260.00"],
            ["8", "Kitchen small appliances (5)", "3 yrs", "$420.00", "30%", "$294.00"],
            ["9", "Bedding & linens", "various", "$310.00", "40%", "$186.00"],
            ["10", "Chest freezer, 7 cu ft", "7 yrs", "$499.00", "55%", "$224.55"],
            ["", "TOTALS", "", "$7,085.99", "", "$4,153.79"],
        ],
    )
    doc.add_heading("Payments and closing", level=2)
    docx_table(
        doc,
        [
            ["Date", "Coverage", "Payee", "Amount"],
            ["05/22/2026", "D - ALE (9 nights)", "Loretta Pickens", "$801.00"],
            ["06/03/2026", "A - Dwelling (ACV less $960 wind ded.)", "L. Pickens & Pinewood Home Finance", "$10,280.60"],
            ["06/03/2026", "B - Carport", "Loretta Pickens", "$2,185.00"],
            ["06/18/2026", "C - Contents (ACV)", "Loretta Pickens", "$4,153.79"],
        ],
    )
    doc.add_paragraph(
        "The reserve of $19,000 set on 05/13/2026 was reduced to zero with the final payment. No supplement is "
        "expected; the insured signed the contents inventory on 06/15/2026. The file was closed by the carrier on "
        "07/02/2026. Salvage: none (contents discarded with the insured's consent). Subrogation: none."
    )
    doc.add_paragraph("Wendell Shores, AL adjuster lic. 3021774  |  (334) 555-0108  |  wshores@gulfline.example")
    save_docx(doc, "MH_wind_final_report_Pickens.docx")


# --------------------------------------------------------------------------- 10. fine arts transit
def fine_arts_pdf() -> None:
    pdf = Pdf(footer_text="Larchmont Fine Art Underwriters  -  claim FA 0058 221 T  -  condition & loss report")
    pdf.add_page()
    pdf.para("LARCHMONT FINE ART UNDERWRITERS", 14, "B")
    pdf.para("Transit Damage - Condition Report Compilation and Adjuster's Loss Report", 11, "B")
    pdf.table(
        [
            ["Claim", "FA 0058 221 T", "Adjuster", "Dorian Pelletier, Fine Art Claims"],
            ["Insured", "Halloran-Vesey Gallery", "Policy", "FAF-330127 (dealer's floater)"],
            ["Address", "612 Canyon Road, Santa Fe, NM 87501", "Transit limit", "$250,000 per conveyance"],
            ["Contact", "Fiona Halloran-Vesey, Director", "Deductible", "$1,000 per occurrence"],
            ["Shipper", "Meridian Fine Art Logistics", "Waybill", "MFAL-26-30981"],
            ["Consignee", "Ridgeline Museum of Contemp. Art", "Notice date", "08/21/2026"],
        ],
        [24, 66, 26, 70],
        size=8,
    )
    pdf.heading("1. Shipment and chronology")
    pdf.para(
        "Three works by Teodora Quintanilla were consigned by the insured to the Ridgeline Museum of Contemporary Art, "
        "1450 Wazee St, Denver, CO 80202, for the exhibition 'High Desert Light' (opening 09/05/2026, closing "
        "01/10/2027). The works were packed at the gallery on 08/17/2026 by the gallery's preparator, Eli Santangelo, "
        "who also completed the outgoing condition reports the same day. Meridian Fine Art Logistics collected the "
        "three crates at 09:30 on 08/18/2026 in a climate-controlled, air-ride truck with a two-person crew (Owen Tate "
        "and Ravi Menon). The truck stopped overnight at Meridian's secured facility in Pueblo, CO, where the crates "
        "were unloaded onto a pallet rack and reloaded the next morning. The shipment was delivered to the museum's "
        "loading dock at 08:40 on 08/20/2026 and the crates were left to acclimatize. The museum's registrar, "
        "Paulette Grange, opened the crates at 10:15 the same day and found the damage described below. She "
        "photographed the crates and works before anything was moved and notified the gallery by phone at 11:02. "
        "The gallery gave notice to Larchmont on 08/21/2026."
    )
    pdf.heading("2. Works in the shipment")
    pdf.table(
        [
            ["Inv. no.", "Title / medium / date", "Size", "Crate", "Agreed value"],
            ["HVG-1187", "Arroyo at Dusk, oil on linen, 2019", "48 x 72 in", "C-2", "$68,000"],
            ["HVG-1203", "Salt Flats II, acrylic on panel, 2021", "36 x 36 in", "C-3", "$22,500"],
            ["HVG-1188", "Study for Arroyo, charcoal/pastel, framed, 2019", "22 x 30 in", "C-1", "$6,400"],
        ],
        [22, 82, 26, 16, 40],
    )
    pdf.heading("3. Outgoing condition (E. Santangelo, 08/17/2026)")
    pdf.para(
        "Arroyo at Dusk: 'Good, stable. Slight stretcher-bar ridge visible at top edge in raking light only. No losses, "
        "no cracking, varnish even. Keys present (8). Hanging hardware removed for transit; D-rings in bag taped inside "
        "crate lid.' Salt Flats II: 'Excellent. Minor frame-edge rub upper right, pre-existing (see 2024 report).' "
        "Study for Arroyo: 'Good. Glazing acrylic, no scratches. Frame gilt intact.' All three crates were the "
        "gallery's own travel crates with 2-inch foam lining, built 2022; crate C-2 had a fresh coat of white paint "
        "on the exterior and 'THIS SIDE UP' and 'FRAGILE' markings on four sides."
    )
    pdf.heading("4. Incoming condition (P. Grange, Ridgeline registrar, 08/20/2026)")
    pdf.para(
        "Crate C-2: bottom-left corner crushed (approx. 10 x 12 cm), plywood split, a rectangular impression about "
        "4 cm wide consistent with a forklift tine or pallet-rack upright; foam lining compressed at the same corner. "
        "Arroyo at Dusk: puncture through the canvas in the lower-left quadrant, approximately 3.5 cm long, located "
        "14 cm from the left edge and 9 cm from the bottom edge, with an L-shaped tear and about 2 sq cm of paint loss "
        "around it; cupping and cracking of the paint layer radiating up to 6 cm from the puncture; one stretcher key "
        "displaced (lower left). No other damage. Crate C-3 and Salt Flats II: no change from outgoing condition. "
        "Crate C-1: one corner block loose. Study for Arroyo: frame corner (lower right) chipped and gilt lost over "
        "about 3 cm; glazing and work intact."
    )
    pdf.para(
        "The museum's temperature and humidity data logger placed inside crate C-2 at packing (Meridian supplies "
        "them on request) recorded a sharp shock event of 11.6 g at 06:47 on 08/19/2026, which coincides with "
        "Meridian's reloading at Pueblo. Temperature stayed between 66 and 71 F and relative humidity between 44% and "
        "51% throughout the trip."
    )
    pdf.heading("5. Shipper's statement")
    pdf.para(
        "Meridian's operations manager, Graham Pocock, wrote on 08/24/2026 that the crates 'were handled by hand truck "
        "only' at Pueblo and that the crew 'noticed no damage' when the crates were reloaded. He confirmed that a "
        "forklift was in use in the same bay that morning for another client's freight. Meridian's terms limit its "
        "liability to $0.60 per pound per crate unless declared-value coverage was bought; the gallery did not buy it "
        "(it relies on its own floater). Crate C-2 weighed 212 lb."
    )
    pdf.heading("6. Conservator's examination and treatment proposal")
    pdf.para(
        "Ingrid Solberg of Solberg Conservation Studio, Denver, examined Arroyo at Dusk at the museum on 08/27/2026 "
        "under normal, raking and UV light. She confirmed the outgoing report's description of the painting's prior "
        "condition and found that the tear and paint loss were fresh. Her proposal: humidify and realign the torn "
        "threads, thread-by-thread tear mending with a fine adhesive, a local inlay where thread is missing, "
        "consolidation of the lifting paint, fill and inpainting of the losses with reversible conservation paints, "
        "a local varnish, and replacement of the displaced key. She advises against a full lining. The painting would "
        "not be ready for the exhibition opening; the museum will substitute another work."
    )
    pdf.table(
        [
            ["Treatment item", "Basis", "Cost"],
            ["Conservation treatment", "38 hrs @ $175/hr", "$6,650"],
            ["Materials", "lump sum", "$420"],
            ["Photo documentation & report", "lump sum", "$780"],
            ["Total treatment estimate", "", "$7,850"],
        ],
        [70, 60, 40],
    )
    pdf.para(
        "Study for Arroyo frame: regilding of the chipped corner by Alameda Framing Studio, quote $340. No treatment "
        "is needed for Salt Flats II."
    )
    pdf.heading("7. Loss of value")
    pdf.para(
        "The insured claims a loss of market value after restoration. Independent appraiser Marcus Delacroix-Webb, "
        "ASA, inspected the work and photographs on 09/02/2026 and concluded that a restored puncture in the image "
        "area of a large painting by an artist at this stage of her career reduces its market value by 15% of the "
        "agreed value, that is $10,200. The artist, Ms. Quintanilla, has told the gallery she will not disown the "
        "work if it is restored by Ms. Solberg. The policy's dealer's floater includes a loss-of-value clause "
        "(form LFAU-LV 04/23) that pays the difference between the agreed value and the value after restoration, "
        "as determined by appraisal, in addition to the cost of restoration."
    )
    pdf.heading("8. Adjuster's analysis")
    pdf.para(
        "Coverage: The loss is direct physical damage to covered property in transit within the policy territory, "
        "caused by an external impact. The insured's packing met the standard in the policy's packing warranty (own "
        "foam-lined travel crates, professional fine-art shipper). No exclusion applies; wear and tear and gradual "
        "deterioration are not at issue. The gallery's agreed values are in the schedule endorsed on 01/14/2026."
    )
    pdf.para(
        "Measure of loss (all three works): conservation treatment $7,850 plus loss of value $10,200 plus frame repair "
        "$340, less the $1,000 deductible. The declared values of the three works are well within the $250,000 "
        "per-conveyance transit limit. The museum's substitution of another work means no exhibition fee dispute is "
        "expected between the gallery and the museum; the gallery has not claimed lost commission, which the floater "
        "does not cover in any case."
    )
    pdf.para(
        "Subrogation: the data-logger shock at 06:47 on 08/19/2026, the tine-shaped impression and Meridian's own "
        "statement that a forklift was in use support a recovery claim against Meridian Fine Art Logistics, although "
        "its limitation of liability ($0.60 per lb, or $127.20 for crate C-2) will cap the recovery unless the "
        "limitation is defeated. A notice of claim was sent to Meridian on 09/03/2026."
    )
    pdf.heading("9. Reserve and status")
    pdf.table(
        [
            ["Date", "Reserve", "Note"],
            ["08/21/2026", "$12,000", "initial - notice"],
            ["09/04/2026", "$18,500", "conservator estimate + appraisal"],
        ],
        [40, 40, 90],
    )
    pdf.para(
        "Status: OPEN. Awaiting the insured's signed proof of the agreed-value schedule page and the conservator's "
        "start date. Recommend payment of the measure of loss above once the gallery signs the release for the "
        "loss-of-value amount. Diary: 10/15/2026."
    )
    pdf.heading("10. Photographs and attachments")
    pdf.para(
        "Attached to the original of this report: 46 photographs (crates at dock, crate C-2 corner, Arroyo at Dusk "
        "overall and details under raking and UV light, Study for Arroyo frame corner); the outgoing condition "
        "reports of 08/17/2026; the museum's incoming reports of 08/20/2026; the data-logger export; Meridian's "
        "waybill MFAL-26-30981 and its letter of 08/24/2026; the Solberg treatment proposal; the Delacroix-Webb "
        "appraisal letter; the framer's quote. These are not reproduced in this copy."
    )
    pdf.para(
        "Prepared by: Dorian Pelletier, Senior Fine Art Claims Adjuster, Larchmont Fine Art Underwriters, "
        "(505) 555-0171. Report date: 09/08/2026."
    )
    pdf.add_page()
    pdf.heading("Appendix - Incoming condition report form (Ridgeline Museum), transcription")
    pdf.table(
        [
            ["Field", "Entry"],
            ["Museum loan no.", "RMCA L2026.41.2"],
            ["Object", "Quintanilla, Arroyo at Dusk (HVG-1187)"],
            ["Crate opened", "08/20/2026 10:15, loading dock B"],
            ["Examiner", "Paulette Grange, Registrar"],
            ["Witness", "________________________"],
            ["Lighting", "normal + raking (LED flashlight)"],
            ["Support", "linen; puncture 3.5 cm, L-shaped tear, lower left"],
            ["Paint layer", "loss approx. 2 sq cm; radiating cracks to 6 cm"],
            ["Varnish", "scuffed around damage; otherwise even"],
            ["Frame", "unframed (exhibited unframed)"],
            ["Stretcher / keys", "1 key displaced, lower left; 7 in place"],
            ["Crate", "C-2 corner crushed, approx. 10 x 12 cm; foam compressed"],
            ["Photos taken", "yes - 22 images, RMCA-IMG-0820-001 to -022"],
            ["Action", "work returned to crate, flat; quarantine room 2"],
        ],
        [50, 130],
    )
    pdf.para(
        "Registrar's note: the museum will not hang a damaged work. The lender (Halloran-Vesey Gallery) was told "
        "by phone at 11:02 and by e-mail at 11:40. The insurer's adjuster may examine the work in quarantine room 2 "
        "by appointment. Courier: none (the lender did not send a courier with the shipment).", 9,
    )
    save_pdf(pdf, "FA_transit_damage_report_Halloran-Vesey.pdf")


# --------------------------------------------------------------------------- 11. heating oil leak
def oil_leak_eml() -> None:
    msg = EmailMessage()
    msg["From"] = "Harlan Quist <hquist@lamoillevalleymutual.example>"
    msg["To"] = "Sasha Lindgren <slindgren@gmes-vt.example>"
    msg["Cc"] = "Wyatt Dunmore <wdunmore@birchhollow.example>"
    msg["Subject"] = "RE: Dunmore oil release - lab results CAL-2610-0442 (POL-8812-26)"
    msg["Date"] = "Fri, 06 Nov 2026 10:12:09 -0500"
    msg["Message-ID"] = "<20261106101209.8812@lamoillevalleymutual.example>"
    msg.set_content("""Sasha,

Thanks for the results and the estimate. Comments:

1. Excavation, disposal, sump/drain cleaning, slab and floor restoration, vapor mitigation and
   post-remediation sampling are approved under the Fuel Oil Release endorsement (sublimit $50,000,
   deductible $1,000). Please schedule; let me know your start date.
2. The tank replacement ($3,975.00) is not covered - the endorsement excludes the cost to repair or
   replace the tank, lines and fittings themselves. Mr. Dunmore can contract with you for it directly.
3. Your emergency response invoice GM-7731 ($2,315.00) was paid on 11/10/2026 - sorry, I mean it is
   approved and will be paid on 11/10/2026 with the check run.
4. The S-5 indoor air result: please re-sample after the SSD system is running; I want a clean number
   before we close.

Reserve is at $45,000. Claim stays open.

Harlan Quist
Environmental Claims Adjuster | Lamoille Valley Mutual Insurance
PO Box 410, Morrisville VT 05661 | (802) 555-0126

On Thu, Nov 5, 2026 at 3:48 PM Sasha Lindgren <slindgren@gmes-vt.example> wrote:
> Harlan,
>
> Catamount Analytical's report CAL-2610-0442 came back (samples collected 10/28/2026,
> reported 11/03/2026). Summary below; full report attached to the portal.
>
>   Sample  Location                                   Analyte      Result        Units
>   S-1     soil beneath tank, 0.5 ft below slab       TPH-DRO      4,820         mg/kg
>   S-1     same                                       naphthalene  2.6           mg/kg
>   S-2     sump water                                 TPH-DRO      3.1           mg/L
>   S-3     soil at floor drain line                   TPH-DRO      612           mg/kg
>   S-4     background soil, side yard                 TPH-DRO      ND (<10)      mg/kg
>   S-5     indoor air, basement, 24-hr canister       naphthalene  4.2           ug/m3
>
> Our project action level for soil is 1,000 mg/kg TPH-DRO, so only the area under the tank needs
> excavation; the drain line soil is below it but we'll clean the drain and sump. DEC spill no.
> 2026-1093 (project manager at DEC: Ruth Amsel).
>
> Estimate (GMES proposal P-26-311):
>   Slab removal & excavation, approx. 9 cu yd ............ $18,400.00
>   Contaminated soil disposal, 13.5 tons @ $145 ........... $1,957.50
>   Sump & floor drain cleaning ............................ $2,240.00
>   Slab & finished floor restoration ...................... $5,880.00
>   Vapor mitigation (sub-slab depressurization) ........... $4,850.00
>   Post-remediation sampling .............................. $1,410.00
>   Tank removal & new 275-gal double-wall tank ............ $3,975.00
>                                                  TOTAL   $38,712.50
>
> Sasha Lindgren, Project Manager
> Green Mountain Environmental Services | (802) 555-0150
>
> On Tue, Oct 27, 2026 at 9:20 AM Harlan Quist <hquist@lamoillevalleymutual.example> wrote:
>> Mr. and Mrs. Dunmore,
>>
>> This confirms your report of yesterday (10/26/2026) of a heating oil leak in the basement of
>> 17 Birch Hollow Rd, Montpelier VT 05602, under policy LVM-HO-6620915. Per Mr. Dunmore, the
>> odor was noticed the evening of 10/26/2026 and the leak was at the copper supply-line fitting
>> under the 275-gal basement tank (installed 1997). The last delivery was 184.6 gallons from
>> Northfield Fuel Co. on 10/19/2026; the tank gauge suggests about 60 gallons were lost.
>> I have asked Green Mountain Environmental Services (GMES) to respond today; please give them
>> access. The fire department (Montpelier FD) ventilated the house last night.
>>
>> Harlan Quist, Environmental Claims Adjuster
""")
    (OUT / "RE_Dunmore_oil_release_lab_results.eml").write_bytes(bytes(msg))


# --------------------------------------------------------------------------- 12. product recall
def recall_txt() -> None:
    write_text(
        "brookfold_recall_notice_PRC-2026-00771.txt",
        """
BELLWEATHER SPECIALTY INSURANCE CO. -- PRODUCT CONTAMINATION & RECALL
NOTICE OF LOSS / FIRST REPORT                          Our file: PRC/2026/00771
-----------------------------------------------------------------------------
Date of this report ..... 11/20/2026
Recall claims manager ... Miriam Holloway-Burke   (913) 555-0181
Insured ................. Brookfold Pet Nutrition Co.
                          2700 W Old Potash Hwy, Grand Island, NE 68803
Insured contact ......... Tobias Renner, VP Quality Assurance  (308) 555-0119
Policy .................. PCR-6603119   period 04/01/2026 - 04/01/2027
Limit ................... $2,000,000 aggregate (recall expense + replacement)
Retention ............... $100,000 each insured event
Broker .................. Platte River Risk Advisors (Dana Whitcomb)
Notice received ......... 11/13/2026 (by e-mail from broker)

PRODUCT
  Brookfold Chew-Ups Chicken Jerky Strips, 12 oz bag, UPC 0-84412-20031-6
  Lots BF-2609-A through BF-2614-C (production 09/02/2026 - 09/30/2026), best-by 03/2028

EVENT
  11/06/2026  Third-party lab Heartland Food Safety Labs reports a positive Salmonella
              result on retained sample HFS-88213 (lot BF-2611-B), routine finished-product
              testing program.
  11/07/2026  Confirmatory testing on 2 more lots: BF-2612-A positive, BF-2610-C negative.
  11/09/2026  Voluntary recall initiated; FDA notified through the Reportable Food Registry.
              Press release and retailer notices the same day.
  11/13/2026  Notice to insurer.
  As of today no illnesses (pet or human) have been reported. Root cause under investigation:
  suspected post-dehydration cooling conveyor (Line 2). Line 2 shut down 11/06/2026.

UNITS SHIPPED / RETRIEVED (as of 11/20/2026)
  Distributor                      shipped    retrieved
  Prairie Pet Distributors          21,600       15,880
  Hollis & Crane Supply             17,400       11,930
  PetWay (online)                    9,200        3,640
  TOTAL                             48,200       31,450
  Units in insured's warehouse on hold (not shipped): 6,300 bags - to be destroyed.

COSTS INCURRED OR ESTIMATED (insured's schedule, 11/19/2026)
  Customer & retailer notification, press release .............. $12,400.00
  Retrieval freight (reverse logistics) ......................... $38,750.00
  Destruction (rendering, incl. on-hold stock) .................. $9,960.00
  Replacement product (cost of goods) ........................... $66,300.00
  Crisis communications consultant (Tallow Bridge Communications) $14,000.00
                                                       TOTAL    $141,410.00

COVERAGE NOTES
  - Insured event: accidental contamination discovered in the policy period - appears met.
  - Replacement product covered at cost, not selling price.
  - Consultant cost covered under "crisis response" sublimit of $25,000.
  - Lost gross profit / business interruption: NOT purchased.
  - Costs of root-cause investigation and Line 2 sanitation are not recall expenses; to be
    reviewed - insured has not yet submitted them.

RESERVE ................. $180,000 (set 11/20/2026)
STATUS .................. OPEN - recall in progress; accountant review of costs requested
NEXT .................... obtain FDA recall classification letter; weekly retrieval counts;
                          confirm destruction certificates from rendering plant.
""",
    )


# --------------------------------------------------------------------------- main
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    combine_fire_first_notice()
    combine_dealer_estimate()
    condo_dno_docx()
    hazmat_spill_eml()
    sinkhole_geotech_pdf()
    rideshare_md()
    epli_docx()
    spoilage_txt()
    courier_pt_pdf()
    mobile_home_docx()
    fine_arts_pdf()
    oil_leak_eml()
    recall_txt()
    print("files written to", OUT)


if __name__ == "__main__":
    main()
