"""Build the train8 claim files (deterministic). Run: /work/main/.venv/bin/python make_files.py"""

import email.utils
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


def pdf_doc(name, blocks, font="Helvetica", size=10, header=None, lh=5):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(datetime(2026, 6, 1, tzinfo=timezone.utc))
    pdf.set_auto_page_break(True, margin=18)
    if header:

        def _hdr(p=pdf):
            p.set_font(font, "I", 8)
            p.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT")
            p.ln(2)

        pdf.header = _hdr
    pdf.add_page()
    for kind, text in blocks:
        if kind == "h":
            pdf.set_font(font, "B", size + 2)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(font, "", size)
            pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "mono":
            pdf.set_font("Courier", "", size - 1)
            for line in text.split("\n"):
                pdf.multi_cell(0, 4.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "page":
            pdf.add_page()
    pdf.output(str(OUT / name))


def save_docx(doc, name):
    """Save, then rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible."""
    path = OUT / name
    doc.save(str(path))
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, data in items:
            z.writestr(zipfile.ZipInfo(fname, date_time=(2026, 6, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# ---------------------------------------------------------------- claim 1: elevator entrapment (GL)
ELEV_REPORT = [
    ("h", "PRAEGER CLAIMS GROUP - INDEPENDENT ADJUSTER'S FIRST FULL REPORT"),
    (
        "p",
        "To: Ferncliff Casualty Company, Commercial Liability Unit, attn. Lena Vashti, Senior Claims Specialist\n"
        "From: Desmond Praeger, AIC, Praeger Claims Group, 31 Colter Avenue, Suite 6, Denton Falls\n"
        "Report date: March 4, 2026\n"
        "Our file: PCG-7719\n"
        "Your claim: GL-26-0417733\n"
        "Policy: CGL-551-20934 (commercial general liability, 01/01/2026 - 01/01/2027)\n"
        "Named insured: Calloway Tower Owners LLC\n"
        "Loss location: Calloway Tower, 1400 Marrow Street, Denton Falls\n"
        "Claimant: Renata Okafor-Bell\n"
        "Date of loss: February 11, 2026",
    ),
    ("h", "1. Assignment"),
    (
        "p",
        "We received this assignment by e-mail from Ms. Vashti on February 16, 2026, three days after the "
        "building's property manager reported the incident to Ferncliff on February 13, 2026. We were asked "
        "to investigate an entrapment in passenger elevator car 4 at the insured's 22-storey office tower, to "
        "identify the maintenance contractor's role, to obtain the claimant's medical information and to "
        "recommend reserves. We contacted the property manager, Brightside Realty Services (Owen Tesfaye, "
        "general manager), on February 17, 2026 and inspected the elevator machine room on February 19, 2026.",
    ),
    ("h", "2. Facts of the incident"),
    (
        "p",
        "The claimant, Renata Okafor-Bell, is a paralegal employed by Hallett Quinlan LLP, a law firm leasing "
        "floors 14 through 16. At about 8:42 a.m. on February 11, 2026 she boarded car 4 in the main lobby "
        "bound for floor 15. Between floors 9 and 10 the car stopped, dropped what she describes as 'about a "
        "foot' and came to rest out of level with the hoistway doors. She was alone in the car. She pressed "
        "the alarm button and used the car's emergency phone, which connected to the building's security "
        "desk. Security officer Yusuf Adler called 911 at 8:49 a.m. and paged the elevator contractor.",
    ),
    (
        "p",
        "Denton Falls Fire Department Engine 12 arrived at 9:21 a.m. The captain on scene decided not to "
        "force the doors because the car was stopped between landings and the contractor's mechanic was "
        "reported to be en route. The mechanic from Apex Vertical Lift Co., Marco Lindqvist, arrived at "
        "9:58 a.m., placed the car on inspection operation, moved it to the 10th floor landing and opened "
        "the doors. The claimant walked out at 10:17 a.m. In total she was inside the car for 1 hour and "
        "35 minutes. She was assessed by Denton Falls EMS Medic 3 in the 10th floor lobby and declined "
        "transport, but went to Marrow Street Urgent Care the same afternoon.",
    ),
    ("h", "3. The elevator and its maintenance"),
    (
        "p",
        "Car 4 is a 3,500 lb geared traction passenger elevator installed in 1998 and modernized in 2011 "
        "(state certificate 77-10442, last annual inspection certificate dated September 30, 2025). The "
        "insured contracts maintenance to Apex Vertical Lift Co. under a full-maintenance agreement dated "
        "April 1, 2024 (agreement no. AVL-FM-2210). Section 11 of that agreement requires Apex to indemnify "
        "and hold harmless the owner and the property manager for claims 'arising out of the negligent "
        "performance of the Work' and to name both as additional insureds on its liability policy.",
    ),
    (
        "p",
        "The maintenance log (attached separately as the contractor's log extract) shows that on February 2, "
        "2026, nine days before the incident, technician Tasha Greer recorded 'brake shoe lining wear at "
        "limit, parts ordered' under work order WO-34390, but the car was left in service. The brake "
        "assembly was replaced on February 12, 2026 under work order WO-34671 and the car returned to "
        "service on February 14, 2026. In our opinion the uncontrolled drop is consistent with brake wear; "
        "Apex has not yet produced its own incident report.",
    ),
    ("h", "4. Injuries and medical"),
    (
        "p",
        "Ms. Okafor-Bell reports a right knee injury from bracing when the car dropped, neck and upper back "
        "strain, and anxiety in enclosed spaces. Marrow Street Urgent Care diagnosed a right knee sprain "
        "and cervical strain. An MRI on February 24, 2026 showed a partial tear of the medial meniscus. "
        "Her orthopedist, Dr. Anselm Roukema, has recommended arthroscopy, not yet scheduled. She has "
        "missed 11 working days. Her counsel is Beatrix Holm of Holm & Saddler, who sent a letter of "
        "representation dated February 20, 2026.",
    ),
    (
        "p",
        "Medical specials received so far:\n"
        "  Marrow Street Urgent Care (02/11/2026) ............ $1,284.00\n"
        "  Denton Imaging Center, MRI (02/24/2026) ........... $2,918.35\n"
        "  Roukema Orthopaedics, consults (02/26, 03/02) ..... $1,440.00\n"
        "  Physical therapy, 6 visits to 03/03/2026 .......... $1,980.00\n"
        "  Total medical to date .............................. $7,622.35\n"
        "Claimed lost wages to date (11 days at $262.50) ..... $2,887.50",
    ),
    ("h", "5. Coverage"),
    (
        "p",
        "The policy provides a $1,000,000 each-occurrence limit and a $2,000,000 general aggregate, subject "
        "to a $10,000 self-insured retention per occurrence. The elevator is part of the insured premises. "
        "We see no coverage issue at this time. Notice was timely.",
    ),
    ("h", "6. Liability and risk transfer"),
    (
        "p",
        "The owner has a non-delegable duty to maintain elevators in a reasonably safe condition, but the "
        "maintenance contract places the repair obligation on Apex. We recommend a tender of defence and "
        "indemnity to Apex and its carrier, Northgate Specialty Insurance (policy NSI-GL-4418207). "
        "Brightside sent a tender letter on February 27, 2026; no response yet. We put liability at "
        "roughly 80% on Apex and 20% on the insured, for reserve purposes only.",
    ),
    ("h", "7. Reserves"),
    (
        "p",
        "Initial reserves set by Ferncliff on February 13, 2026: indemnity $85,000, expense $12,500. "
        "Given the meniscus tear and the recommended surgery, we recommend increasing the indemnity reserve "
        "to $110,000 effective with this report (March 4, 2026); expense reserve unchanged at $12,500.",
    ),
    ("h", "8. Plan of action"),
    (
        "p",
        "- Obtain Apex's incident report, callback records and the February 2 work order.\n"
        "- Obtain security desk video for car 4 lobby and 10th floor, 08:30-10:30.\n"
        "- Follow up the tender with Northgate Specialty.\n"
        "- Recorded statement of Yusuf Adler (security).\n"
        "- Next report in 30 days, or sooner on any demand.",
    ),
    ("p", "Desmond Praeger, AIC\nPraeger Claims Group | (555) 304-7781 | dpraeger@praegercg.example"),
]

ELEV_LOG = """
# Apex Vertical Lift Co. - Maintenance Log Extract

**Building:** Calloway Tower, 1400 Marrow St.
**Unit:** Car 4 (passenger, geared traction) - state cert. 77-10442
**Agreement:** AVL-FM-2210 (full maintenance)
**Prepared for:** Brightside Realty Services, at the request of Praeger Claims Group
**Extract printed:** 2026-02-25

| Date | Work order | Technician | Type | Arrived | Cleared | Notes |
|---|---|---|---|---|---|---|
| 2025-12-08 | WO-33517 | M. Lindqvist | PM visit | 07:10 | 08:25 | Lubricated rails, checked door restrictor |
| 2026-01-06 | WO-33817 | T. Greer | PM visit | 06:55 | 08:40 | Governor tested, OK |
| 2026-01-22 | WO-34102 | T. Greer | Callback | 13:05 | 13:50 | Door reopening, adjusted door operator |
| 2026-02-02 | WO-34390 | T. Greer | PM visit | 07:15 | 09:05 | Brake shoe lining wear at limit, parts ordered |
| 2026-02-11 | WO-34655 | M. Lindqvist | Entrapment | 09:58 | 10:17 | Car stopped betw. 9-10, leveled on inspection, passenger out |
| 2026-02-12 | WO-34671 | M. Lindqvist / R. Baptiste | Repair | 06:30 | 17:45 | Brake assembly replaced, car held out of service |
| 2026-02-14 | WO-34702 | R. Baptiste | Return to service | 15:10 | 16:30 | Load test 125%, car returned to service |

## Parts

| Part no. | Description | Ordered | Received |
|---|---|---|---|
| BRK-LN-2200 | Brake shoe lining set | 2026-02-02 | 2026-02-12 |
| BRK-SP-0410 | Brake spring kit | 2026-02-12 | 2026-02-12 |

## Callback summary, car 4, last 90 days

- Callbacks: 2 (WO-34102 door, WO-34655 entrapment)
- Mean response time to entrapment calls, all units, Q1 2026: 41 minutes (contract target: 45 minutes)
- Open deficiencies after 2026-02-14: none

Supervisor: Hal Demirci, Service Manager, Apex Vertical Lift Co., tel. (555) 210-4470
"""

# ---------------------------------------------------------------- claim 2: vacant building vandalism
VACANT = """
VB 2026 55120 -- HALVORSEN MILLS PROPERTY TRUST -- vandalism/theft, vacant bldg
=========================================================================
adj: P. Ferreira (staff, comm prop)      sup: G. Whitcombe
pol: CPP 8812-440-19  eff 07/01/2025-07/01/2026   carrier: Ashgrove Mutual Fire
risk: former textile mill, 77 Quarry Lane, Eastbrook -- 3 storey brick, approx 64,000 sf
insd contact: Marguerite Halvorsen (trustee) cell 555-611-0398

--- SENTINEL RIDGE SECURITY -- PATROL LOG EXTRACT (acct SRS-4471) ---
guard: Ofc. D. Kowalczyk  badge SR-2291     relief guard: Ofc. L. Amadi  badge SR-2307
scheduled checks: 22:00 / 02:00 / 05:30

date        sched  on-site  off-site  guard      result
2026-01-16  22:00  22:04    22:19     SR-2291    perimeter ok, all doors secure
2026-01-17  02:00  02:11    02:24     SR-2291    perimeter ok
2026-01-17  05:30  05:36    05:48     SR-2291    perimeter ok
2026-01-17  22:00  22:02    22:15     SR-2307    perimeter ok, lights out E side (noted)
2026-01-18  02:00  02:07    02:20     SR-2307    perimeter ok, no vehicles
2026-01-18  05:30  05:34    07:55     SR-2291    N loading door forced, windows broken 1st fl, EPD called 05:41
--- end extract ---

NOTES
01/19/26  PF  FNOL rec'd by phone from M. Halvorsen. DOL 01/18/26 (between 02:20 and 05:34 per patrol log).
              Bldg vacant since mill closed 08/2024. Insd bought Vacancy Permit endt VP-12 on renewal.
01/19/26  PF  Eastbrook PD case 26-001187, Ofc. Renfro #418. Copper stripped from 1st & 2nd fl,
              approx 30 windows broken, graffiti on S and E walls. No suspects.
01/20/26  PF  Insp done. Emergency board-up by Quarry Glass & Board (inv QGB-2231) $1,480.00.
              Set rsv $60,000 bldg.
01/21/26  PF  Cov: VP-12 restores vandalism & theft of bldg materials during vacancy, sublimit $50,000
              per occ. Ded $5,000. Sprinkler system drained 2024 - no water dmg. ROR not needed.
01/28/26  PF  Est rec'd from Lindell Mechanical & Restoration (est LMR-0788):
                plumbing/copper replacement ....... $46,200.00
                glazing (30 units) ................ $8,950.00
                graffiti removal .................. $3,375.00
              Plus board-up above. Total w/ board-up = $60,005.00 -- over sublimit.
01/29/26  PF  rsv chg to $50,000 (capped at sublimit). Sent insd explanation ltr.
02/06/26  PF  Insd asks if fence repair covered -- no fence dmg reported, no est rec'd. Pending.
02/12/26  PF  Pmt #1 to Halvorsen Mills Property Trust $45,000.00 (sublimit less ded). Chk 004417.
02/13/26  PF  Subro: no suspect, no 3rd party. Close subro file. Sentinel contract reviewed - no
              breach (patrols made on schedule).
02/20/26  PF  Claim CLOSED. Sup GW approved.
"""

# ---------------------------------------------------------------- claim 3: yacht club dock collapse (scanned style)
DOCK = [
    (
        "mono",
        """
 PORT  WENDELL  YACHT  CLUB            MARINE  LIABILITY  -  NOTICE  OF  OCCURRENCE
 ---------------------------------------------------------------------------------
 Claim  No.:  MLX-88410-C            Policy  No.:  ML-30-7781
 Insurer:  Tidewater  Marine  Underwriters
 Insured:  Port  Wendell  Yacht  Club,  Inc.   4  Breakwater  Road,  Port  Wendell
 Producer:  Salt  Line  Insurance  Brokers   (agent:  Clement  Yoon)
 Date  of  occurrence:  08/23/2025        Time:  approx. 18:40
 Date  reported  to  insurer:  08/25/2025
 Location:  C-Dock,  finger  piers  C-14  to  C-18
 Reported  by:  Harriet  Linscott,  Commodore
 Witness  phone:  ____________
 Police/Harbormaster  ref.:  HM-25-0392
 Weather:  clear,  wind  SW  8-10  kt,  high  tide  17:52
 ---------------------------------------------------------------------------------
 DESCRIPTION  OF  OCCURRENCE  (as  written  by  reporting  party):
 DURING  THE  END-OF-REGATTA  AWARDS  RECEPTION  ABOUT  40  MEMBERS  AND  GUESTS
 GATHERED  ON  C-DOCK  TO  WATCH  THE  FLAG  CEREMONY.  THE  SECTION  BETWEEN
 FINGERS  C-14  AND  C-18  TILTED  AND  PARTLY  SANK.  SIX  PERSONS  WENT  INTO
 THE  WATER.  ALL  WERE  PULLED  OUT  BY  MEMBERS  AND  THE  LAUNCH  OPERATOR.
 TWO  PERSONS  INJURED.  DOCK  CLOSED  AND  TAPED  OFF  AT  19:05.
 ---------------------------------------------------------------------------------
 INJURED  PERSONS
 Name                 Status     Injury                        Treated  at
 Gareth  Mbeki        guest      fractured  left  wrist        Port  Wendell  Gen.
 Sylvie  Arnaud       member     laceration  right  shin       on  site,  then  clinic
 ---------------------------------------------------------------------------------
 PROPERTY  DAMAGED
 Dock  section  C-14/C-18  (club  owned)           est.  see  diver  report
 Member  vessel  "Kestrel  Song"  (rub  rail)      not  yet  claimed
 ---------------------------------------------------------------------------------
 Signature:  H. Linscott          Date:  08/25/2025
""",
    ),
    ("page", ""),
    (
        "mono",
        """
 HARBOR  DEPTH  DIVING  SERVICES        UNDERWATER  INSPECTION  REPORT
 Report  No.:  HDD-25-118       Dive  date:  08/27/2025
 Client:  Tidewater  Marine  Underwriters  /  Port  Wendell  Yacht  Club
 Claim  No.:  MLX-88410-C
 Diver:  Ines  Castellano  (commercial  diver  cert.  ADC-55902)
 Tender:  Rolf  Aaberg         Water  temp:  68 F     Visibility:  4-6  ft
 Bottom  time:  1 h 50 min  (two  dives)
 ---------------------------------------------------------------------------------
 FINDINGS
 1.  PILE  HOOP  AT  C-16  CORRODED  THROUGH  ON  THE  EAST  SIDE;  HOOP  OPEN.
 2.  HINGE  PIN  BETWEEN  FLOATS  C-15  AND  C-16  SHEARED.  PIN  RECOVERED.
 3.  FLOAT  DRUM  UNDER  C-16  PUNCTURED  (APPROX.  3  IN.  SPLIT),  WATERLOGGED.
 4.  PILES  C-12,  C-14,  C-18  SOUND.  MARINE  GROWTH  HEAVY.
 5.  NO  EVIDENCE  OF  VESSEL  IMPACT.
 OPINION:  HOOP  FAILURE  AT  C-16  LET  THE  DOCK  SECTION  SWING  OFF  THE  PILE;
 THE  LOAD  OF  THE  CROWD  THEN  SHEARED  THE  HINGE  PIN.  CORROSION  IS  LONG-
 STANDING  (EST.  2-3  SEASONS).
 ---------------------------------------------------------------------------------
 REPAIR  ESTIMATE  (Bayline  Marine  Construction,  quote  BMC-4470)
   replace  3  floats,  2  hoops,  hinge  set          $38,600.00
   decking  and  rails  C-14  to  C-18                 $19,750.00
   mobilization  /  barge                             $6,450.00
   TOTAL                                              $64,800.00
 Diver  invoice  HDD-INV-2291:  $2,350.00
 ---------------------------------------------------------------------------------
 Signed:  I. Castellano            Date:  08/29/2025
""",
    ),
    ("page", ""),
    (
        "mono",
        """
 TIDEWATER  MARINE  UNDERWRITERS  -  CLAIM  NOTE  SHEET      MLX-88410-C
 Handler:  Abigail  Nwosu,  Marine  Liability  Claims
 ---------------------------------------------------------------------------------
 09/02/2025   Cover:  P&I-type  marine  liability  for  club  premises  and  docks.
              Limit  $2,000,000  any  one  occurrence.  Deductible  $2,500.
              Dock  itself  =  club  property,  NOT  covered  under  liability  form.
              Refer  dock  repair  to  property  carrier  (club's  property  policy
              with  Coastline  Property  Ins.,  pol.  CPI-77-20815).
 09/02/2025   Reserve  bodily  injury  $40,000.   Expense  $7,500.
 09/15/2025   Mbeki  medical  rec'd  $9,410.00  (ORIF  left  wrist).
 09/18/2025   Arnaud  medical  rec'd  $1,275.00.   Settled  Arnaud  for  $2,200.00
              incl.  medical,  release  signed  09/24/2025.
 10/06/2025   Mbeki  atty  (Joaquin  Ferrante)  demand  $85,000.
 10/07/2025   Reserve  BI  increased  to  $95,000.
 11/12/2025   Mediation  set  --  date:  ____________   mediator:  ____________
 ---------------------------------------------------------------------------------
 Status:  OPEN  (Mbeki)
""",
    ),
]

# ---------------------------------------------------------------- claim 4: home business inventory flood (docx)


def make_home_business_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ridgeway Home & Auto Insurance  |  Claim HO-3381-2026-F  |  CONFIDENTIAL"
    sec.footer.paragraphs[0].text = "Field adjuster: Wendell Osei, desk 555-880-1204 - prepared 04/09/2026"
    style = doc.styles["Normal"]
    style.font.size = Pt(10)
    doc.add_heading("Contents Loss Statement - Home Business Property", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Insureds", "Priya Delacroix-Nand and Tomas Delacroix-Nand"),
        ("Residence premises", "212 Birchwood Crescent, Marlow Heights"),
        ("Policy", "HO3-4420-77105, eff. 11/15/2025 to 11/15/2026"),
        ("Endorsements", "HB-04 Home Business Property; FE-10 Limited Basement Flood"),
        ("Business", "Loom & Thimble (handmade quilts and quilting kits, sold online)"),
        ("Date of loss", "03/29/2026"),
        ("Reported", "03/31/2026 via mobile app"),
        ("Inspection", "04/02/2026"),
        ("Cause", "Heavy rain; creek overflowed, surface water entered basement through window wells"),
        ("Water depth in basement", "approx. 14 inches"),
        ("Mortgagee", "Birch Valley Credit Union, loan 0063318"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
    doc.add_paragraph()
    doc.add_heading("Narrative", level=2)
    doc.add_paragraph(
        "The insureds operate a small quilting business from the basement of their home. Finished quilts, "
        "fabric stock and kits were stored on low wire shelving and in cardboard cartons on the floor. On "
        "the night of March 29, 2026 Alder Creek, about 300 feet behind the house, overflowed after roughly "
        "4 inches of rain. Water entered through two window wells on the north wall. Mr. Delacroix-Nand "
        "found the water at about 6:15 a.m. on March 30 and began pumping with a rented trash pump. "
        "A mitigation vendor, DryPoint Restoration (job DP-26-3391), set drying equipment on March 31."
    )
    doc.add_paragraph(
        "Surface water is excluded under the HO-3 form. The insureds purchased endorsement FE-10, which "
        "pays for direct physical loss to personal property in a basement caused by flood, up to a limit "
        "of $15,000, and endorsement HB-04, which extends coverage to business personal property on the "
        "residence premises up to $12,500. Business property damaged by flood is paid under HB-04 only if "
        "FE-10 also applies; both apply here. The FE-10 deductible of $1,000 applies once."
    )
    doc.add_heading("Business inventory (per insured's Etsy/Shopify records, verified)", level=2)
    inv = doc.add_table(rows=1, cols=5)
    inv.style = "Table Grid"
    for i, h in enumerate(["Item", "Qty", "Unit cost", "Condition", "Loss"]):
        inv.rows[0].cells[i].text = h
    items = [
        ("Finished quilts, queen (Harbor Star pattern)", "18", "$312.00", "soaked, mildew", "$5,616.00"),
        ("Finished baby quilts", "26", "$94.50", "soaked", "$2,457.00"),
        ("Quilting kits, boxed", "64", "$38.75", "cartons collapsed", "$2,480.00"),
        ("Cotton fabric bolts", "41", "$57.80", "wet, dye bleed", "$2,369.80"),
        ("Batting rolls", "9", "$61.30", "wet", "$551.70"),
        ("Thread and notions (lot)", "1", "$312.00", "wet", "$312.00"),
    ]
    for row in items:
        c = inv.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    c = inv.add_row().cells
    c[0].text = "TOTAL BUSINESS INVENTORY"
    c[4].text = "$13,786.50"
    doc.add_paragraph()
    doc.add_heading("Household contents in basement", level=2)
    doc.add_paragraph(
        "Chest freezer ($649.00), treadmill ($1,120.00) and two area rugs ($410.00) were also damaged: "
        "household total $2,179.00, paid under FE-10 (not HB-04)."
    )
    doc.add_heading("Adjustment", level=2)
    adj = doc.add_table(rows=0, cols=2)
    adj.style = "Table Grid"
    for a, b in [
        ("Business inventory claimed", "$13,786.50"),
        ("HB-04 business property limit", "$12,500.00"),
        ("Business inventory allowed (capped)", "$12,500.00"),
        ("Household contents allowed", "$2,179.00"),
        ("Subtotal before deductible", "$14,679.00"),
        ("FE-10 deductible", "$1,000.00"),
        ("Net payable", "$13,679.00"),
        ("Advance paid 04/03/2026 (check 55871)", "$2,500.00"),
        ("Balance due", "$11,179.00"),
    ]:
        c = adj.add_row().cells
        c[0].text = a
        c[1].text = b
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: the FE-10 limit of $15,000 is not exceeded by the combined $14,679.00 subtotal. The insureds "
        "also asked about lost online sales during the two weeks they could not ship; the policy has no "
        "business income coverage for the home business, so none is owed. Mitigation invoice from DryPoint "
        "not yet received. Status: balance payment requested 04/09/2026; file to remain open for the "
        "DryPoint invoice."
    )
    save_docx(doc, "Delacroix-Nand_contents_statement.docx")


# ---------------------------------------------------------------- claim 6: warehouse sprinkler leakage
SPRINK_MD = """
# Loss worksheet - sprinkler leakage, Crestline Distribution Inc.

| Field | Value |
|---|---|
| Claim | 0088-416-SP |
| Carrier | Pell & Rowan Commercial Insurance |
| Policy | CPR-20-5519034 (commercial property, special form) |
| Insured | Crestline Distribution Inc. |
| Location | 5500 Industrial Parkway, Building B, Gresham Flats |
| Date of loss | 2026-01-10 (Saturday; line froze overnight, cold snap) |
| Discovered | 2026-01-12 06:15 by shift lead Dominic Ferrell |
| Reported to carrier | 2026-01-12 09:40 |
| Staff adjuster | Yolanda Brisco |
| Building consultant | Mark Tiernan, Tiernan Building Consultants |
| Salvor | Midstate Salvage & Recovery (Kendra Vogt) |
| Deductible | $25,000 per occurrence |
| Limit - business personal property | $2,500,000 |
| Limit - building | $6,000,000 |
| Status | Open - awaiting proof of loss |

## Cause

A 2-inch branch line of the wet-pipe sprinkler system above aisle 14 froze and split where it passed
under an uninsulated roof hatch. Unit heater UH-6 in that bay had tripped on January 9. The split
discharged for roughly 40 hours before discovery. The fire alarm panel logged a waterflow alarm at
2026-01-10 14:22 but the monitoring company, Keystone Alarm, had the account on test mode since a panel
upgrade on January 7; no call was made. Possible subrogation against Keystone Alarm is being reviewed.

## Stock inventory - damaged goods (from insured's WMS export, checked against count of 2026-01-14)

| SKU | Description | On hand | Damaged | Unit cost | Loss at cost |
|---|---|---|---|---|---|
| PT-2210 | Paper towels, 12-roll case | 4,800 | 3,150 | $14.20 | $44,730.00 |
| TT-1180 | Bath tissue, 48-roll case | 3,600 | 2,240 | $19.75 | $44,240.00 |
| NP-0440 | Napkins, 500 ct case | 2,100 | 1,020 | $9.60 | $9,792.00 |
| AP-7701 | Countertop air fryer, boxed | 620 | 204 | $88.00 | $17,952.00 |
| AP-7755 | Drip coffee maker, boxed | 540 | 310 | $41.50 | $12,865.00 |
| KS-3002 | Kitchen scale, boxed | 1,300 | 890 | $21.30 | $18,957.00 |
| | **Total stock loss at cost** | | | | **$148,536.00** |

## Salvage

| Item | Amount |
|---|---|
| Salvage sale date | 2026-02-20 (online auction, lots 1-38) |
| Gross sale proceeds | $31,450.00 |
| Salvor commission (15%) | $4,717.50 |
| Freight to salvor's yard | $2,180.00 |
| Net salvage credit | $24,552.50 |

## Building and other

| Item | Amount |
|---|---|
| Sprinkler repair (Allied Fire Protection, inv AFP-6620) | $6,840.00 |
| Water extraction & drying (ServPro-type vendor, DryRight inv 7731) | $11,275.00 |
| Ceiling tile, racking touch-up, floor coating | $9,930.00 |
| Building subtotal | $28,045.00 |

## Reserve history

| Date | Reserve | Amount | By |
|---|---|---|---|
| 2026-01-12 | BPP | $150,000 | Y. Brisco |
| 2026-01-12 | Building | $25,000 | Y. Brisco |
| 2026-01-23 | BPP | $175,000 | Y. Brisco |
| 2026-02-24 | BPP | $124,000 | Y. Brisco |
| 2026-02-24 | Building | $28,100 | Y. Brisco |

## Payments

| Date | Payee | Amount | Memo |
|---|---|---|---|
| 2026-01-20 | DryRight Restoration | $11,275.00 | emergency services |
| 2026-02-03 | Crestline Distribution Inc. | $50,000.00 | advance on stock |
"""


def make_salvor_eml():
    msg = EmailMessage()
    msg["From"] = "Kendra Vogt <kvogt@midstatesalvage.example>"
    msg["To"] = "Yolanda Brisco <ybrisco@pellrowan.example>"
    msg["Cc"] = "Dominic Ferrell <dferrell@crestlinedist.example>"
    msg["Subject"] = "RE: Crestline / Bldg B wet stock - auction results"
    msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Mon, 23 Feb 2026 10:12:00 -0500"))
    msg["Message-ID"] = "<salv-0223-4471@midstatesalvage.example>"
    msg.set_content("""Yolanda,

Auction closed Friday 2/20 at 4:00 pm. Results below, settlement statement attached.

  Lots sold: 38 of 38
  Gross proceeds: $31,450.00
  Our commission at 15%: $4,717.50
  Freight (3 loads, Gresham Flats to our Lakeport yard): $2,180.00
  Net remitted to Pell & Rowan: $24,552.50

Best single lot was lot 17 (204 air fryers, boxes wet but units dry) at $9,180.00. The bath tissue
went for almost nothing - lots 4-9 together brought $1,020.00, mildew. The coffee makers (lots 20-26)
brought $6,305.00.

We wire the net on Thursday 2/26. Let me know if the insured wants to buy back anything before then -
they asked about the kitchen scales but we had already sold them.

Kendra Vogt
Senior Salvage Coordinator
Midstate Salvage & Recovery | 1180 Dock Road, Lakeport
Direct (555) 418-2093 | Mobile (555) 418-7720

-----Original Message-----
From: Yolanda Brisco
Sent: Tuesday, February 10, 2026 3:41 PM
To: Kendra Vogt
Subject: Crestline / Bldg B wet stock

Kendra - insured agreed to salvage on the damaged stock (claim 0088-416-SP). Please pick up
at 5500 Industrial Parkway, Building B, dock doors 3-5. Contact Dominic Ferrell, shift lead,
(555) 762-3310. Count was done on 1/14. I need the sale closed before my next report to the
insured's broker, Tamsin Achterberg at Whitlow Risk Partners.

Yolanda Brisco, CPCU
Property Claims Specialist, Pell & Rowan Commercial Insurance
(555) 900-6612
""")
    settlement = (
        "MIDSTATE SALVAGE & RECOVERY - SETTLEMENT STATEMENT\n"
        "Account: Pell & Rowan / Crestline Distribution Inc.  Ref: MSR-S-26-0192\n"
        "Sale date: 2026-02-20\n"
        "Lots 1-3   paper towels            $7,940.00\n"
        "Lots 4-9   bath tissue             $1,020.00\n"
        "Lots 10-16 napkins                 $1,405.00\n"
        "Lot 17     air fryers              $9,180.00\n"
        "Lots 18-19 kitchen scales          $5,600.00\n"
        "Lots 20-26 coffee makers           $6,305.00\n"
        "Lots 27-38 mixed/pallet lots         $0.00 (no bids, scrapped)\n"
        "Gross                             $31,450.00\n"
        "Commission 15%                    -$4,717.50\n"
        "Freight                           -$2,180.00\n"
        "Net                               $24,552.50\n"
    )
    msg.add_attachment(settlement.encode(), maintype="text", subtype="plain", filename="MSR-S-26-0192_settlement.txt")
    msg.set_boundary("=_msr_settlement_0223")
    (OUT / "salvage_results_crestline.eml").write_bytes(bytes(msg))


# ---------------------------------------------------------------- claim 5: life contestability review (long PDF)
LIFE = [
    ("h", "MERIDIAN CREST LIFE ASSURANCE COMPANY\nContestable Claim Review - Confidential"),
    (
        "p",
        "Claim number: LC 7702 1193\n"
        "Policy: TL-00918834, 20-year level term, face amount $750,000\n"
        "Policy issue date: September 1, 2024 (contestable period ends September 1, 2026)\n"
        "Insured: Gideon Ashworth-Kemp, age 52 at issue, occupation: regional sales director\n"
        "Primary beneficiary: Corinne Ashworth-Kemp (spouse), 100%\n"
        "Contingent beneficiaries: none named\n"
        "Date of death: January 14, 2026\n"
        "Claim received: January 29, 2026 (claimant's statement and certified death certificate)\n"
        "Examiner: Odile Brandt, Contestable Claims Examiner\n"
        "Reviewing underwriter: Lucian Ferraby, Chief Medical Underwriter\n"
        "Report date: March 16, 2026",
    ),
    ("h", "1. Why this claim is under review"),
    (
        "p",
        "Death occurred 16 months after the issue date, inside the two-year contestable period. Company "
        "guideline CCR-3 requires a full contestable review of any death within the period when the face "
        "amount is $250,000 or more. The certified death certificate (state file no. 2026-DC-018842) lists "
        "the immediate cause of death as acute myocardial infarction, due to atherosclerotic coronary "
        "artery disease, with hypertension as a contributing condition. Manner of death: natural. The "
        "certifier was Dr. Harriet Ngata, attending physician at Lakemont General Hospital emergency "
        "department, where Mr. Ashworth-Kemp was pronounced at 06:52 after collapsing at home.",
    ),
    (
        "p",
        "The application (Part II, medical questions, signed July 22, 2024, paramedical exam by Swiftline "
        "Exam Services on July 30, 2024) contains the following answers relevant to this review:",
    ),
    (
        "p",
        "Q7(a) 'In the past 5 years have you been diagnosed with, treated for, or consulted a medical "
        "professional for chest pain, heart attack, coronary artery disease or any other disorder of "
        "the heart?' - answered NO.\n"
        "Q7(c) 'Have you been advised to have any diagnostic test that has not been completed?' - "
        "answered NO.\n"
        "Q11 'List all medications taken in the past 12 months' - answered 'lisinopril 10 mg'.\n"
        "Q14 'Name of personal physician' - answered 'Dr. Paula Eskridge, Lakemont Family Medicine, "
        "last visit 03/2024, routine physical'.",
    ),
    (
        "p",
        "The paramedical exam recorded blood pressure 138/86, height 5 ft 11 in, weight 214 lb, and "
        "non-fasting total cholesterol 241 mg/dL. The policy was issued at Standard Plus non-tobacco with "
        "a monthly premium of $394.90.",
    ),
    ("h", "2. Records requested and received"),
    (
        "p",
        "Authorizations signed by the beneficiary on January 29, 2026 allowed us to request records. An "
        "attending physician statement (APS) was requested from Lakemont Family Medicine and from "
        "Lakemont Heart Associates on February 3, 2026. The prescription history report from our "
        "pharmacy database vendor (RxTrace, report RX-55810274) was received on February 4, 2026 and "
        "first showed the cardiology link. Lakemont Family Medicine records were received on February "
        "17, 2026; Lakemont Heart Associates records were received on February 26, 2026. Lakemont "
        "General Hospital records for the terminal admission and for a prior emergency visit were "
        "received on March 2, 2026. The medical information bureau check showed no codes.",
    ),
    ("h", "3. Medical records excerpts"),
    (
        "p",
        "Excerpt A - Lakemont Heart Associates, office visit 03/17/2023, Dr. Felix Marchetti (cardiology):\n"
        "'51 y/o M referred by PCP for exertional chest tightness x 3 months, relieved with rest. "
        "BP 148/92. ECG: NSR, nonspecific ST-T changes lateral leads. Assessment: angina pectoris, "
        "suspect stable CAD. Plan: exercise stress echo; start atorvastatin 40 mg daily; SL "
        "nitroglycerin 0.4 mg PRN chest pain; ASA 81 mg. RTC after stress test.' Billing codes on the "
        "visit: 99204, 93000; diagnosis I20.9.",
    ),
    (
        "p",
        "Excerpt B - Lakemont Heart Associates, exercise stress echocardiogram 04/05/2023:\n"
        "'Patient exercised 7 min 10 s on Bruce protocol, stopped for chest pressure and 1.5 mm "
        "horizontal ST depression in V4-V6. Inducible wall motion abnormality, mid-anterior wall. "
        "Impression: positive for ischemia. Recommend coronary angiography.' CPT 93351.",
    ),
    (
        "p",
        "Excerpt C - Lakemont Heart Associates, telephone note 04/19/2023, nurse Gemma Tollefsen RN:\n"
        "'Pt called to schedule cath. States he wants to wait until after his company's sales "
        "conference in May. Advised of risks. Pt verbalized understanding. Will call back.' No "
        "catheterization appears in any record received.",
    ),
    (
        "p",
        "Excerpt D - Lakemont General Hospital emergency department, 11/02/2023:\n"
        "'Chest pain at rest x 40 min, resolved with SL NTG at home. Troponin x2 negative. Hx of "
        "positive stress echo, has not had cath. Dx: unstable angina ruled out, chest pain "
        "unspecified (R07.9). Discharged, f/u with cardiology within 1 week.' Attending: Dr. Tobias "
        "Wren.",
    ),
    (
        "p",
        "Excerpt E - Lakemont Heart Associates, office visit 11/09/2023, Dr. Felix Marchetti:\n"
        "'ED visit 11/02 reviewed. Again strongly advised angiography; pt declines at this time, "
        "cites work travel. Increase atorvastatin to 80 mg. Continue NTG PRN. Add metoprolol "
        "succinate 25 mg.' Codes 99214; I25.10.",
    ),
    (
        "p",
        "Excerpt F - Lakemont Family Medicine, routine physical 03/12/2024, Dr. Paula Eskridge:\n"
        "'Annual exam. Followed by cardiology (Marchetti) for CAD. Meds: lisinopril 10 mg, "
        "atorvastatin 80 mg, metoprolol succ 25 mg, NTG PRN. BP 136/84.' This is the 'routine "
        "physical' named in the application answer to Q14.",
    ),
    (
        "p",
        "Excerpt G - RxTrace prescription history, fills 09/2023 to 08/2024:\n"
        "  atorvastatin 80 mg - 11 fills, last fill 07/08/2024 (Harbor Pharmacy #0417)\n"
        "  metoprolol succinate 25 mg - 10 fills, last fill 07/08/2024\n"
        "  nitroglycerin 0.4 mg SL - 2 fills, 11/03/2023 and 05/20/2024\n"
        "  lisinopril 10 mg - 12 fills, last fill 07/15/2024",
    ),
    (
        "p",
        "Excerpt H - Lakemont General Hospital, terminal admission 01/14/2026:\n"
        "'EMS called by spouse 06:14, found unresponsive, VF arrest. ROSC not achieved. Pronounced "
        "06:52. Per spouse, pt had chest discomfort the prior evening.' No autopsy was performed; the "
        "county medical examiner, Dr. Ruth Abernathy-Soto, declined jurisdiction.",
    ),
    ("h", "4. Analysis of the application answers"),
    (
        "p",
        "Question 7(a) was answered 'No'. The records show a cardiology consultation for chest pain on "
        "March 17, 2023, a positive stress echocardiogram on April 5, 2023, an emergency visit for chest "
        "pain on November 2, 2023 and a follow-up cardiology visit on November 9, 2023, all within the "
        "five years before the application was signed on July 22, 2024. Question 7(c) was answered "
        "'No', but coronary angiography was recommended twice and never done. Question 11 listed only "
        "lisinopril; the pharmacy history shows atorvastatin and metoprolol filled within days of the "
        "application. The answer to Q14 named the family physician but described the visit as routine "
        "and omitted the cardiologist.",
    ),
    (
        "p",
        "Mr. Ashworth-Kemp signed the application, and its declaration states that the answers were read "
        "to and confirmed by him. The field agent, Desmond Rao of Crestview Financial Partners, stated in "
        "an interview on March 5, 2026 that he read each question aloud and typed the answers as given; "
        "he did not recall any mention of a heart condition.",
    ),
    ("h", "5. Underwriting opinion"),
    (
        "p",
        "Mr. Ferraby reviewed the complete file on March 11, 2026. His written opinion: had the "
        "cardiology history been disclosed, the company's underwriting manual (section CV-4, untreated "
        "positive stress test with declined angiography) would have required a postpone or decline "
        "decision; at best, after a completed angiogram, a rating of Table 4 (+100%) would have been "
        "considered. The policy as issued at Standard Plus would not have been offered. The "
        "misrepresentation is therefore material.",
    ),
    ("h", "6. Cause of death and the misrepresentation"),
    (
        "p",
        "In this state a misrepresentation need not be causally related to the death to support "
        "rescission if it was material to the risk. It is nonetheless related: the death certificate "
        "lists acute myocardial infarction due to coronary artery disease, the same condition treated by "
        "Dr. Marchetti in 2023.",
    ),
    ("h", "7. Premiums"),
    (
        "p",
        "Premiums were paid monthly by bank draft from September 1, 2024 through December 1, 2025: "
        "16 premiums of $394.90. Total premiums paid: $6,318.40. The January 1, 2026 draft was returned "
        "unpaid (account closed); the policy was within its 31-day grace period at the date of death, "
        "so, absent rescission, the death benefit would be payable less the unpaid January premium. "
        "If the policy is rescinded, the full premiums paid are refunded with interest at the statutory "
        "rate from the date of death.",
    ),
    ("h", "8. Reserve"),
    (
        "p",
        "The claim reserve was set at $750,000 on January 29, 2026. It is to remain at the face amount "
        "until the rescission decision is final. No interest reserve has been set.",
    ),
    ("h", "9. Recommendation"),
    (
        "p",
        "Recommend rescission of policy TL-00918834 ab initio for material misrepresentation in the "
        "answers to questions 7(a), 7(c) and 11, denial of the death claim, and refund of premiums of "
        "$6,318.40 plus statutory interest to the policy owner's estate. Because the owner and insured "
        "were the same person, the refund goes to the estate, not to the beneficiary. The file has been "
        "referred to the Law Department (attorney Marcus Delvecchio) for review before any letter is "
        "sent to Mrs. Ashworth-Kemp. Status: PENDING LEGAL REVIEW. No decision letter has been sent.",
    ),
    ("h", "10. Chronology"),
    (
        "p",
        "03/17/2023  cardiology consult, chest tightness (Marchetti)\n"
        "04/05/2023  stress echo positive for ischemia\n"
        "04/19/2023  patient defers catheterization\n"
        "11/02/2023  ED visit, chest pain at rest\n"
        "11/09/2023  cardiology follow-up, angiography declined again\n"
        "03/12/2024  routine physical (Eskridge)\n"
        "07/22/2024  application Part II signed\n"
        "07/30/2024  paramedical exam\n"
        "09/01/2024  policy issued\n"
        "01/14/2026  death\n"
        "01/29/2026  claim received, reserve $750,000\n"
        "02/03/2026  APS requested\n"
        "02/26/2026  cardiology records received\n"
        "03/11/2026  underwriting opinion\n"
        "03/16/2026  this review",
    ),
    (
        "p",
        "Odile Brandt, FLMI, ACS - Contestable Claims Examiner, Meridian Crest Life Assurance Company\n"
        "Direct line 555-276-0913",
    ),
]

# ---------------------------------------------------------------- claim 6: school bus collision (police style + notes)
BUS = """
MILLBROOK POLICE DEPARTMENT                     TRAFFIC COLLISION REPORT
REPORT NO: MPD-26-004519        DATE: 03/12/2026   TIME: 0738   DAY: THU
LOCATION: ORCHARD RD AT 5TH ST, MILLBROOK        BEAT: 4      DIST: EAST
REPORTING OFC: PTL J. CASTELLANOS  BADGE 2287   UNIT 4A12
ASSISTING: SGT R. MOYO BADGE 1904 UNIT 4S1;  MFD MEDIC 6, MEDIC 9, ENGINE 3
DISPATCHED: 0741   ARRIVED: 0747   CLEARED: 0912
WEATHER: RAIN   LIGHT: DAYLIGHT   ROAD: WET ASPHALT   SPEED LIMIT: 30

UNIT 1 (SCHOOL BUS)
  DRIVER: LORRAINE A. PETTIBONE   DL: M4410-2287-6631  CDL CLASS B, S/P ENDORSEMENTS
  VEH: 2020 THOMAS C2 SCHOOL BUS, FLEET NO. 47, VIN 4UZABRDT5LCLX3381
  PLATE: SB-40217    OWNER: TRI-VALLEY STUDENT TRANSPORT INC, 300 DEPOT ST, MILLBROOK
  INS: KESTREL COMMERCIAL AUTO  POL KCA-7713-0502
  DAMAGE: FRONT BUMPER, GRILLE, LEFT HEADLAMP (MINOR)   TOWED: NO
UNIT 2
  DRIVER: CURTIS J. VANDERMOLEN   DL: V2290-5518-1044
  VEH: 2021 FORD F-150, VIN 1FTEW1EP2MFA60472  PLATE: 8KRT-392
  OWNER: VANDERMOLEN LANDSCAPING LLC   INS: GRANITE STATE AUTO POL GSA-221-90876
  DAMAGE: REAR BUMPER, TAILGATE, HITCH, RIGHT TAIL LAMP   TOWED: NO

NARRATIVE:
UNIT 2 WAS STOPPED NB ORCHARD RD AT RED SIGNAL AT 5TH ST. UNIT 1 NB ORCHARD RD BEHIND
UNIT 2 ON ROUTE 12 MORNING RUN TO HILLCREST ELEMENTARY WITH 11 STUDENTS ON BOARD.
DRIVER 1 STATED SHE BRAKED BUT BUS SLID ON WET PAVEMENT AND STRUCK REAR OF UNIT 2 AT
APPROX 8-10 MPH. DRIVER 2 STATED HE WAS STOPPED FOR APPROX 10 SEC. NO INJ TO DRIVER 2.
DRIVER 1 COMPLAINED OF NO INJURY. ALL STUDENTS EVALUATED BY MFD. 2 TRANSPORTED BY MEDIC 6
TO MILLBROOK CHILDREN'S HOSPITAL AS PRECAUTION. REMAINING STUDENTS RELEASED TO SCHOOL
DISTRICT RELIEF BUS NO. 52 AT 0835. PARENTS NOTIFIED BY DISTRICT TRANSPORTATION OFFICE.
DRIVER 1 CITED FOR FOLLOWING TOO CLOSELY, CITATION NO. C-0088127.

PASSENGER TABLE (MINORS - INITIALS ONLY)
SEAT  INITIALS  AGE  GR  COMPLAINT                 EMS EVAL  TRANSPORTED  RELEASED TO
 2L   A.M.       6   1   NONE                      YES       NO           RELIEF BUS
 2R   J.T.       7   2   NONE                      YES       NO           RELIEF BUS
 3L   K.O.       9   4   BUMPED LIP ON SEATBACK    YES       NO           PARENT 0815
 4L   D.R.       8   3   NONE                      YES       NO           RELIEF BUS
 4R   L.S.       8   3   NONE                      YES       NO           RELIEF BUS
 5R   M.V.      10   5   NECK PAIN                 YES       YES MEDIC 6  HOSPITAL
 6L   T.B.       6   K   CRYING, NO VISIBLE INJ    YES       NO           PARENT 0822
 7L   S.P.      11   5   NONE                      YES       NO           RELIEF BUS
 7R   E.G.      11   5   NONE                      YES       NO           RELIEF BUS
 8L   N.H.       9   4   FOREHEAD ABRASION         YES       YES MEDIC 6  HOSPITAL
 9R   R.C.      10   5   NONE                      YES       NO           RELIEF BUS
TOTAL ON BOARD: 11    INJ COMPLAINTS: 4    TRANSPORTED: 2
BUS AIDE ON BOARD: NONE (NOT REQUIRED ON ROUTE 12)

OFFICER SIGNATURE: J. CASTELLANOS #2287        SUPERVISOR APPROVAL: R. MOYO #1904  03/12/2026

==========================================================================================
KESTREL COMMERCIAL AUTO - CLAIM NOTES                CLAIM CA-2026-309114
insd: Tri-Valley Student Transport Inc   pol KCA-7713-0502   adj: Simone Achebe (x4418)
==========================================================================================
03/12/26 SA  FNOL from insd's safety mgr Hector Ibanez 10:05. Bus 47 rear-ended pickup, 11 kids.
03/13/26 SA  Liab 100% our insd (following too close, cited). Accepted liab w/ Granite State.
03/13/26 SA  Med pay $5,000 per person on the policy. BI limit $1M CSL. Coll ded $1,000.
03/13/26 SA  Rsv: PD (clmt veh) $8,000; BI $25,000; med pay $6,000; coll (bus) $4,000.
03/18/26 SA  Clmt veh est (Orchard Body Works, est OBW-5521): $6,842.17. Granite State
             subro demand to follow. Rental 6 days @ $58.00 = $348.00.
03/19/26 SA  Bus est (Tri-Valley in-house shop + parts): $3,915.00.
03/24/26 SA  M.V. - Children's Hosp ER bill $2,140.00, dx cervical strain, cleared.
             N.H. - ER bill $1,386.50, abrasion cleaned, no imaging.
03/25/26 SA  Pd med pay M.V. $2,140.00, N.H. $1,386.50. K.O. parent says no treatment.
03/31/26 SA  Pd Granite State subro demand $6,842.17 + rental $348.00. PD closed.
04/02/26 SA  Rsv chg BI $25,000 -> $10,000 (no atty, minor inj). Bus coll pd $3,915.00 less ded.
04/02/26 SA  Open pending 60-day watch for late BI claims on other students. Diary 06/01/26.
"""


# ---------------------------------------------------------------- claim 7: lightning on radio tower (docx, claim no. in a table cell)
def make_tower_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Cobalt Ridge Inland Marine - Contractors & Communications Equipment Unit"
    sec.footer.paragraphs[
        0
    ].text = "Page footer: Blue Heron Broadcasting / Signal Hill site - adjuster's statement of loss"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Statement of Loss - Lightning, Signal Hill Tower Site", level=1)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in [
        ("Claim", "IM/26/04471", "Policy", "CEF-3309-7724 (communications equipment floater)"),
        ("Insured", "Blue Heron Broadcasting LLC", "Station", "KBHR-FM 94.7"),
        ("Site", "9 Signal Hill Road, Crane Valley", "Tower", "180 ft guyed tower, ASR 1047762"),
        ("Date of loss", "05/06/2026", "Strike time", "21:13:48 (lightning network record)"),
        ("Reported", "05/07/2026 08:20", "Adjuster", "Teodora Lisk"),
        ("Insured's engineer", "Ravi Okonkwo (contract CE)", "Deductible", "$2,500 per occurrence"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, b, c, d
    doc.add_paragraph()
    doc.add_heading("What happened", level=2)
    doc.add_paragraph(
        "A thunderstorm cell crossed Signal Hill on the evening of May 6, 2026. The regional lightning "
        "detection network (report LDN-88-20260506-114) recorded a cloud-to-ground stroke of 62 kA within "
        "300 m of the tower at 21:13:48. The station went silent; the remote control system logged loss of "
        "transmitter RF output at 21:13:51. Contract engineer Ravi Okonkwo reached the site at 23:05 after "
        "the storm passed and found the main transmitter faulted, the STL receiver dead and scorching at the "
        "coax entry panel. He restored audio through the backup transmitter at reduced power on May 7 at "
        "04:40; full power on the main transmitter was restored May 8 at 11:40 after a loaner exciter "
        "arrived. The ground system was tested on May 12 by Crane Valley Tower Services (report CVTS-0412): "
        "the bulkhead ground bar had a corroded bond to the ring ground, measured 14 ohms against a design "
        "of 5 ohms or less."
    )
    doc.add_heading("Equipment schedule and damage", level=2)
    s = doc.add_table(rows=1, cols=6)
    s.style = "Table Grid"
    for i, h in enumerate(["Item no.", "Scheduled item", "Serial", "Scheduled value", "Damage", "Adjusted loss"]):
        s.rows[0].cells[i].text = h
    for row in [
        ("1", "FM transmitter 10 kW (main)", "TX10-55871", "$68,000", "PA modules & controller", "$21,640.00"),
        ("2", "FM transmitter 3.5 kW (backup)", "TX35-20914", "$24,000", "none", "$0.00"),
        ("3", "Digital exciter", "EXC-7731-B", "$9,500", "destroyed", "$9,500.00"),
        ("4", "STL receiver 950 MHz", "STL-R-44190", "$6,200", "destroyed", "$6,840.00"),
        ("5", "Audio processor", "AP-60227", "$7,800", "input board", "$1,150.00"),
        ("6", "Antenna, 4-bay, with radome", "ANT-4B-0918", "$31,000", "bay 2 arc damage", "$4,380.00"),
        ("7", "Transmission line 1-5/8 in, 200 ft", "n/a", "$12,400", "none found (swept)", "$0.00"),
        ("8", "Remote control unit", "RCU-3300-17", "$3,900", "power supply", "$415.00"),
        ("9", "UPS 6 kVA", "UPS-6K-8842", "$5,600", "batteries & board", "$2,265.00"),
    ]:
        cells = s.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    cells = s.add_row().cells
    cells[1].text = "TOTAL SCHEDULED / ADJUSTED"
    cells[3].text = "$168,400"
    cells[5].text = "$46,190.00"
    doc.add_paragraph()
    doc.add_heading("Notes on the adjustment", level=2)
    doc.add_paragraph(
        "Item 4: the replacement STL receiver costs $6,840.00, more than its $6,200 scheduled value. Under "
        "the floater's valuation clause a scheduled item is paid at no more than its scheduled value, so "
        "item 4 is limited to $6,200.00 in the settlement below. Item 1: repair quote from Northfield RF "
        "Service (quote NRF-2231), accepted. Items 6 and 8: repaired by Crane Valley Tower Services, "
        "tower climb charge of $1,850.00 included in item 6. The site's engineering hours (Okonkwo, 19.5 "
        "hours at $95.00) are an expense of the insured and covered under the floater's expediting "
        "expense extension (limit $5,000)."
    )
    st = doc.add_table(rows=0, cols=2)
    st.style = "Table Grid"
    for a, b in [
        ("Adjusted loss as scheduled", "$46,190.00"),
        ("Less excess of item 4 over scheduled value", "$640.00"),
        ("Equipment loss payable before deductible", "$45,550.00"),
        ("Expediting expense (engineer, loaner exciter freight $312.00)", "$2,164.50"),
        ("Less deductible", "$2,500.00"),
        ("Net claim", "$45,214.50"),
    ]:
        c = st.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph()
    doc.add_paragraph(
        "Loss of advertising revenue while off the air is not covered: the floater has no business income "
        "extension, and the insured's separate business income policy (with Amberlake Insurance) has a "
        "72-hour waiting period. The station was off the air or at reduced power for less than that. "
        "Reserve set 05/08/2026 at $60,000; reduced 05/20/2026 to $45,300. Proof of loss sent to the "
        "insured 05/21/2026 for signature by station manager Felicity Adeyemi-Rhodes. Status: open, "
        "awaiting signed proof of loss. Recommendation to the insured (not a condition of payment): rebond "
        "the ground bar and add a coax surge protector at the entry panel."
    )
    save_docx(doc, "KBHR_lightning_statement_of_loss.docx")


# ---------------------------------------------------------------- claim 8: medical malpractice notice letter (long PDF)
MALP = [
    (
        "p",
        "HARGROVE, PELL & DUNMORE LLP\nTrial Lawyers\n1200 Lindqvist Plaza, 9th Floor, Port Ambrose\nTel. 555-330-9180",
    ),
    (
        "p",
        "February 9, 2026\n\nBY CERTIFIED MAIL, RETURN RECEIPT REQUESTED (7022 4410 0003 9981 2264)\n\n"
        "Benedikt Aurelio, M.D.\nLakeshore Surgical Associates, P.C.\n45 Wexford Medical Park, Suite 210\n"
        "Port Ambrose\n\nLakeshore Surgical Associates, P.C.\nattn: Practice Administrator, Noreen Fitzgibbon",
    ),
    (
        "h",
        "Re: Notice of Intent to Commence an Action for Medical Negligence\n"
        "Our client: Wilhelmina J. Starkey (date of treatment June 18, 2025)",
    ),
    ("p", "Dear Dr. Aurelio:"),
    (
        "p",
        "This firm represents Wilhelmina J. Starkey. Under the state's pre-suit notice statute, this letter "
        "gives you and your practice notice that Ms. Starkey intends to commence an action for medical "
        "negligence arising from the laparoscopic cholecystectomy you performed on her at St. Brendan's "
        "Regional Medical Center on June 18, 2025, and from the care that followed. The statute provides a "
        "90-day period after service of this notice before suit may be filed. Please forward this letter "
        "to your professional liability insurer at once.",
    ),
    ("h", "Summary of the facts"),
    (
        "p",
        "Ms. Starkey, then 44, was referred to you by her primary care physician, Dr. Imogen Castellanos-Reyes, "
        "for symptomatic gallstones. You saw her in consultation on May 28, 2025 and scheduled an elective "
        "laparoscopic cholecystectomy. The operation took place on June 18, 2025, starting at 07:45. Your "
        "operative note records 'dense adhesions, difficult dissection of Calot's triangle' and the "
        "clipping and division of what you identified as the cystic duct. No intraoperative cholangiogram "
        "was performed, and the critical view of safety is not documented. Ms. Starkey was discharged "
        "the next morning, June 19, 2025.",
    ),
    (
        "p",
        "On June 21, 2025 she returned to the St. Brendan's emergency department with abdominal pain, "
        "fever and jaundice (total bilirubin 6.8 mg/dL). A CT scan and an MRCP on June 22, 2025 showed a "
        "fluid collection and an abrupt cut-off of the common hepatic duct. Your partner, Dr. Solveig "
        "Marangoni, placed a drain. Ms. Starkey was transferred on June 22, 2025 to University Hospital "
        "of Port Ambrose, where on June 23, 2025 a hepatobiliary surgeon, Dr. Kwabena Osei-Tutu, found a "
        "complete transection of the common hepatic duct with clips across it (a Strasberg type E2 "
        "injury) and performed a Roux-en-Y hepaticojejunostomy.",
    ),
    (
        "p",
        "Her recovery was complicated by a bile leak from the anastomosis, two further admissions "
        "(July 9-15, 2025 and September 2-6, 2025), percutaneous drainage, and an episode of cholangitis. "
        "She remained off work from June 18, 2025 until December 1, 2025. She is a senior dental "
        "hygienist at Bayfront Dental Group, earning $1,875.00 per week. She now faces a lifelong risk "
        "of anastomotic stricture, recurrent cholangitis and secondary biliary cirrhosis, and requires "
        "liver function tests every three months and imaging every year.",
    ),
    ("h", "Departures from the standard of care"),
    (
        "p",
        "We have consulted a board-certified general surgeon, Dr. Lionel Fairbrother, whose affidavit of "
        "merit is enclosed. In his opinion you departed from accepted practice by: (1) dividing a duct "
        "without first obtaining the critical view of safety; (2) failing to convert to an open "
        "procedure, to perform an intraoperative cholangiogram, or to call for help when the anatomy "
        "was unclear in the presence of dense adhesions; (3) failing to recognize the injury before "
        "discharge despite a rising bilirubin on the morning of June 19, 2025 (2.4 mg/dL, not "
        "acted on); and (4) failing to obtain informed consent that disclosed the risk of bile duct "
        "injury and the alternatives, as the consent form signed on May 28, 2025 lists only 'bleeding, "
        "infection, conversion to open'.",
    ),
    ("h", "Damages"),
    (
        "p",
        "Ms. Starkey's damages include past and future medical expenses, lost earnings, pain and "
        "suffering, and loss of enjoyment of life. Her husband, Rupert Starkey, has a claim for loss of "
        "consortium. The special damages documented to date are:",
    ),
    (
        "mono",
        "  St. Brendan's Regional Medical Center (06/18-06/19, 06/21-06/22/2025)   $38,914.20\n"
        "  University Hospital of Port Ambrose (06/22-07/03/2025)                $121,660.93\n"
        "  University Hospital readmissions (07/09-07/15, 09/02-09/06/2025)       $19,472.38\n"
        "  Interventional radiology and drainage                                   $4,818.00\n"
        "  Physicians, pharmacy, home health                                       $2,537.15\n"
        "  Total medical expenses to date                                        $187,402.66\n"
        "  Lost earnings 06/18/2025 - 12/01/2025 (23 weeks at $1,875.00)           $43,125.00",
    ),
    (
        "p",
        "Future medical care has been estimated by a life-care planner, Theodora Vance, RN, CLCP, at "
        "$412,000 over Ms. Starkey's life expectancy. We have not yet put a figure on general damages.",
    ),
    ("h", "Request for records and for insurance information"),
    (
        "p",
        "Please produce within 30 days: the complete chart of Lakeshore Surgical Associates for Ms. "
        "Starkey; all operative video or images from June 18, 2025, if recorded; your credentialing "
        "file at St. Brendan's; and the name of your professional liability insurer, the policy number "
        "and the limits of coverage. Please also preserve all electronic records, including audit "
        "trails of the electronic health record, from May 28, 2025 to date.",
    ),
    (
        "p",
        "We are willing to discuss resolution during the notice period. Please have your insurer contact "
        "the undersigned.\n\nVery truly yours,\n\nCeleste Dunmore\nPartner, Hargrove, Pell & Dunmore LLP\n"
        "cdunmore@hpdlaw.example\n\nEnclosures: Affidavit of merit (Dr. Lionel Fairbrother); HIPAA "
        "authorization; itemized billing summary\ncc: St. Brendan's Regional Medical Center, Risk Management",
    ),
    ("page", ""),
    ("h", "KEEL HARBOR MEDICAL PROTECTIVE - CLAIM ACKNOWLEDGMENT AND FIRST NOTE"),
    (
        "p",
        "Claim number: MPL-2026-00718\n"
        "Insured physician: Benedikt Aurelio, M.D. (general surgery)\n"
        "Entity co-insured: Lakeshore Surgical Associates, P.C.\n"
        "Policy: MPL-PL-44719, claims-made, period 01/01/2026 - 01/01/2027, retroactive date 07/01/2012\n"
        "Limits: $1,000,000 each claim / $3,000,000 aggregate; no deductible; consent-to-settle clause applies\n"
        "Notice received by Keel Harbor: February 13, 2026 (forwarded by Ms. Fitzgibbon)\n"
        "Claim specialist: Ambrose Leclerc, Senior Professional Liability Specialist\n"
        "Defense counsel assigned: Priscilla Hembree, Wexley Hembree LLP, assigned February 17, 2026\n"
        "Nurse reviewer: Delphine Castro, RN, BSN",
    ),
    (
        "p",
        "Coverage: the claim was first made (the notice letter received) during the current policy period "
        "and the treatment on June 18, 2025 is after the retroactive date. Coverage confirmed in a letter "
        "to Dr. Aurelio dated February 19, 2026. St. Brendan's is insured elsewhere (self-insured trust) "
        "and has received a copy of the notice. Dr. Marangoni is insured by Keel Harbor under a separate "
        "policy; she is not named in the notice and no claim has been opened for her.",
    ),
    (
        "p",
        "Initial review (D. Castro, RN, February 24, 2026): type E2 transection confirmed by the University "
        "Hospital operative report. Operative note does not document the critical view of safety. The "
        "morning bilirubin of 2.4 on June 19 was resulted at 06:58 and the discharge order was signed at "
        "09:15. Consent form as described in the letter. Early view: liability is probable; the defense "
        "will focus on the difficulty of the anatomy and on causation of future damages.",
    ),
    (
        "p",
        "Reserves set February 24, 2026: indemnity $450,000; expense (defense) $85,000. Note: the future "
        "medical figure of $412,000 has not been reviewed by our own life-care planner. Plan: obtain the "
        "chart and the intraoperative video, if any (Dr. Aurelio states the video system was not "
        "recording that day); retain a hepatobiliary expert; consider early mediation within the 90-day "
        "notice period. Dr. Aurelio's consent to settle will be sought before any offer. Status: OPEN.",
    ),
    ("p", "Ambrose Leclerc | Keel Harbor Medical Protective | 555-702-4416 | aleclerc@keelharbor.example"),
]

# ---------------------------------------------------------------- claim 9: hotel guest-property theft (eml, key-card log)


def make_hotel_eml():
    msg = EmailMessage()
    msg["From"] = "Bartholomew Kine <bkine@lanternhospitality.example>"
    msg["To"] = "Priyanka Solberg <gm@larkspurhotel.example>"
    msg["Cc"] = "Ignatius Rowe <irowe@rowebrokerage.example>"
    msg["Subject"] = "RE: FW: Guest theft claim - Rm 1417 - Quist - our claim HGT-5512-26"
    msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Fri, 17 Apr 2026 14:26:00 -0400"))
    msg["Message-ID"] = "<hgt-5512-0417@lanternhospitality.example>"
    msg.set_content("""Priyanka,

Thanks for the key-card export and the statements. Claim HGT-5512-26 is set up under the hotel's
innkeepers' liability coverage (policy LHI-IK-20331, limit $25,000 per guest, deductible $500).

Where I am so far:

1. The lock audit shows only three openings of 1417 while Dr. Quist was out: housekeeping at
   15:48:12 and again at 15:50:02, and the engineering master ENG-2 at 16:31:09 (door closed at
   16:39:47). The guest's own card is next used at 19:22:44.
2. The work order for ENG-2 (WO-1417-0411, "thermostat not responding") was entered by the
   front desk at 16:12, but Dr. Quist says he never reported a thermostat problem.
3. The in-room safe was not used; its audit shows no openings between 04/10 and 04/12.
4. State innkeepers' law caps the hotel's liability at $500 for valuables not placed in the
   front-desk safe, IF the notice is posted in the room. Please send me a photo of the notice on
   the back of the door of 1417 and the date it was last replaced.

Dr. Quist's list: Omega Seamaster watch $14,500.00 (receipt from 2022), MacBook Pro laptop
$2,399.00, Bose headphones $349.00, cash $600.00. Total claimed $17,848.00.

Reserve is $5,000 for now. Please keep the engineer off the schedule until police finish their
interview; Det. Abigail Fontaine (Riverton PD, case RPD-26-11873) asked us not to contact him.

Bartholomew Kine
Senior Liability Adjuster | Lantern Hospitality Insurance
Direct 555-641-2297

-----Original Message-----
From: Priyanka Solberg
Sent: Wednesday, April 15, 2026 9:03 AM
To: Ignatius Rowe
Subject: FW: Guest theft claim - Rm 1417 - Quist

Ignatius - please pass this to the carrier. Guest Dr. Evander Quist (stay 04/09-04/13) reported
on 04/11 at 19:40 that his watch, laptop, headphones and cash were missing from room 1417. He
had been out at a conference at the convention center from 13:55 to 19:20. Security director
Malik Brennan pulled the lock audit below. Housekeeper on 14 that afternoon was Marisol Trevino
(card HK-07), who says she did a stayover service and did not see a watch. ENG-2 was issued to
the engineer on duty, Oskar Lindgren. We reported to Riverton PD the same evening.

Pasted from the lock system (Saflok-type audit, room 1417, 2026-04-11, times to the second):

TIME      CARD      HOLDER              EVENT
13:54:21  G-1417A   Guest (Quist)       door open (exit)
13:54:29  --        --                  door closed
15:48:12  HK-07     M. Trevino          valid open
15:49:55  --        --                  door closed (propped? no)
15:50:02  HK-07     M. Trevino          valid open
16:07:40  --        --                  door closed
16:31:09  ENG-2     Engineering master  valid open
16:39:47  --        --                  door closed
18:02:15  HK-11     Turn-down (D. Baird) denied - DND set
19:22:44  G-1417A   Guest (Quist)       valid open
19:23:05  --        --                  door closed

Priyanka Solberg
General Manager, The Larkspur Hotel
880 Canal Street, Riverton | 555-640-1100

-----Original Message-----
From: Evander Quist
Sent: Saturday, April 11, 2026 8:15 PM
To: Front Desk, The Larkspur Hotel
Subject: Theft from my room

I returned to room 1417 at about 7:20 pm and my watch, my laptop and some cash are gone. I left
them on the desk. Please call me on 555-219-8846. Dr. Evander Quist
""")
    (OUT / "larkspur_rm1417_theft_thread.eml").write_bytes(bytes(msg))


# ---------------------------------------------------------------- claim 10: drone liability (scanned-style PDF)
DRONE = [
    (
        "mono",
        """
  SUMMIT  AVIATION  &  SPECIALTY  -  UAS  LIABILITY  LOSS  NOTICE
  ______________________________________________________________________
  Claim  No.:   DR 26 0093                 Date  rec'd:  05/19/2026
  Policy  No.:  UAS-LL-6620418            Insured:  Skylark  Aerial  Media  LLC
  Insured  addr:  71  Foundry  Row,  Unit  3,  Castlebrook
  Remote  pilot  in  command:  Jonah  Prescott-Vale
  Part  107  cert.  no.:  4471902            Visual  observer:  Kiara  Mendez
  Aircraft:  Aerowing  X8  hexacopter        Serial:  AWX8-03318
  Registration:  FA3KP7720Q                 Max  takeoff  wt:  11.9  lb
  Date  of  occurrence:  05/16/2026          Time:  10:18
  Location:  45  Linden  Terrace,  Castlebrook  (real-estate  photo  shoot)
  Client  of  insured:  Fairhaven  Realty  Group  (agent  Colette  Marsh)
  Liability  limit:  $1,000,000  per  occurrence     Deductible:  $1,000
  Hull  coverage:  NOT  PURCHASED
  Authorization  /  waiver  no.:  ____________
  Weather  at  launch:  wind  NW  12  kt  gust  19,  vis  10  sm
  ______________________________________________________________________
  FLIGHT  LOG  EXTRACT  (from  aircraft  controller,  local  time)
    10:04:12   takeoff,  home  point  set,  battery  pair  B7/B8  98%
    10:11:36   orbit  of  45  Linden  Terrace  at  180  ft  AGL
    10:16:05   wind  warning  -  aircraft  drifting  SE
    10:17:40   control  link  lost  (RC  signal  0%)
    10:17:43   failsafe  return-to-home  initiated
    10:18:03   last  telemetry  record,  alt  34  ft,  speed  27  mph
    --  no  further  records  --
  ______________________________________________________________________
  THIRD-PARTY  DAMAGE  /  INJURY  REPORTED
  1.  Vehicle:  2023  Lexus  RX  350,  owner  Naomi  Ferris-Oduya,
      47  Linden  Terrace  -  windshield,  hood,  roof  panel.
      Estimate  (Castlebrook  Collision,  CC-7715):  $7,486.90
  2.  Patio  pergola  roof  (polycarbonate),  owner  Naomi  Ferris-Oduya  -
      estimate  (Brightwell  Decks,  BD-2209):  $2,935.00
  3.  Bodily  injury:  Howard  Ferris-Oduya  (age  71)  -  struck  by  falling
      debris  on  patio,  cut  to  scalp,  treated  Castlebrook  Urgent  Care.
      Bill  rec'd:  $618.00
  4.  Rental  car  for  Ferris-Oduya  12  days  @  $46.50
  ______________________________________________________________________
  ADJUSTER  NOTES  (Rosalind  Achterberg,  Summit  A&S)
  05/20  Contacted  pilot.  Pilot  says  RTH  flew  into  the  wind  and  the
         battery  sagged.  Drone  (insd  property)  destroyed  -  not  covered,
         no  hull.  Pilot  logbook  and  battery  cycle  log  requested.
  05/22  Called  N.  Ferris-Oduya.  Wants  car  fixed  at  dealer.  Her  carrier
         (Pinecrest  Auto  Ins.)  may  pay  under  her  comp  and  subrogate.
         Her  comp  deductible:  ____________
  05/26  Liability:  accepted.  Operating  in  gusts  above  the  aircraft's
         published  wind  limit  (15  kt)  per  mfr.  manual.
  05/26  Reserves  -  PD  $12,000;  BI  $3,500;  expense  $1,500.
  05/28  Pd  Castlebrook  Urgent  Care  $618.00.
  Status:  OPEN
""",
    ),
]


# ---------------------------------------------------------------- claim 11: tenant's legal liability, grease fire (docx)
def make_tll_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Orchard Lane Casualty - GL claim TLL-40021-K - Golden Lotus Noodle House"
    sec.footer.paragraphs[
        0
    ].text = "Prepared by Fenwick Adjusting Services for Orchard Lane Casualty - not for release to claimants"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Report - Kitchen Grease Fire, Westgate Commons Unit 6", level=1)
    doc.add_paragraph(
        "To: Orchard Lane Casualty, General Liability Claims (examiner Harlan Deveraux)\n"
        "From: Lucia Ferreira-Stoltz, Fenwick Adjusting Services\n"
        "Date: March 20, 2026"
    )
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Named insured (tenant)", "Golden Lotus Noodle House Inc., owner-operator Wei-Lin Tran"),
        ("Premises", "Westgate Commons, Unit 6, 2250 Westgate Boulevard, Fairmont"),
        ("Landlord", "Westgate Commons Partners LP (managing agent: Corbel Property Management, Jasper Whitlock)"),
        ("Landlord's property carrier", "Bastion Commercial Property, claim BCP-26-77102"),
        ("Policy", "BOP-GL 5582-019, 04/01/2025 - 04/01/2026"),
        ("Damage to premises rented to you (TLL)", "$300,000 any one premises"),
        ("Each occurrence limit", "$1,000,000"),
        ("Property damage deductible (liability)", "$1,000"),
        ("Date and time of fire", "02/27/2026, alarm at 21:55"),
        ("Fire department", "Fairmont Fire Rescue, incident 26-0227-019, Battalion Chief Ona Quaye"),
    ]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph()
    doc.add_heading("Origin and cause", level=2)
    doc.add_paragraph(
        "The fire started at the wok range on the kitchen cook line. The cook, Minh Pham, left a wok of oil "
        "on high heat while carrying stock to the walk-in cooler. The oil ignited and the fire extended into "
        "the exhaust hood and duct. The hood's wet-chemical suppression system discharged but did not "
        "control the duct fire. The last semi-annual inspection of the suppression system was on June 10, "
        "2025 (Firewise Hood & Suppression, tag FW-55120); the next was due in December 2025 and was not "
        "done. Fairmont Fire Rescue arrived at 22:01 and declared the fire under control at 22:26. Fire "
        "marshal's finding: accidental, unattended cooking. There were no injuries."
    )
    doc.add_heading("Damage", level=2)
    doc.add_paragraph(
        "Unit 6 (the insured's leased premises) has fire damage to the kitchen, roof deck penetration and "
        "smoke damage throughout. The exhaust duct, roof curb and fan were destroyed. Adjoining Unit 5 "
        "(Petal & Stem Florist) and Unit 7 (Brightline Tax Service) have smoke and water damage from "
        "firefighting; both tenants have their own property insurance and have been told to present their "
        "claims to their carriers."
    )
    d = doc.add_table(rows=1, cols=3)
    d.style = "Table Grid"
    for i, h in enumerate(["Item", "Claimed by", "Agreed amount"]):
        d.rows[0].cells[i].text = h
    for row in [
        ("Unit 6 building repair (structure, roof, duct, fan, finishes)", "Bastion (subrogation)", "$142,380.00"),
        ("Landlord's lost rents, Unit 6, 4 months at $6,250", "Westgate Commons Partners LP", "$25,000.00"),
        ("Unit 5 building - smoke cleaning", "Bastion (subrogation)", "$11,940.00"),
        ("Unit 7 building - water damage to ceiling", "Bastion (subrogation)", "$7,615.00"),
        ("Unit 5 tenant contents (florist stock, cooler)", "Petal & Stem's carrier", "$9,288.00"),
    ]:
        c = d.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph()
    doc.add_heading("Coverage analysis", level=2)
    doc.add_paragraph(
        "The damage to Unit 6 falls within 'damage to premises rented to you' and is subject to the $300,000 "
        "TLL limit; the lease (section 9.3) makes the tenant liable for fire damage caused by its negligence "
        "and contains no waiver of subrogation. The landlord's lost rents on Unit 6 are consequential to the "
        "premises damage and fall under the same TLL limit. Damage to Units 5 and 7 is property damage to "
        "third parties' property and falls under the each-occurrence limit, not the TLL limit. The insured's "
        "own contents and business income are handled on the first-party side of the BOP under a separate "
        "claim (TLL-40021-P), not in this report."
    )
    doc.add_heading("Subrogation demand and reserves", level=2)
    doc.add_paragraph(
        "Bastion's subrogation demand dated March 11, 2026 (counsel Yvette Sandoval, Sandoval & Crewe) totals "
        "$161,935.00 for the three building items. The landlord's rent claim was presented separately by "
        "Jasper Whitlock on March 13, 2026. The Unit 5 tenant's contents claim has not yet been presented to "
        "us; the figure above is from the florist's carrier's estimate shared informally."
    )
    r = doc.add_table(rows=1, cols=3)
    r.style = "Table Grid"
    for i, h in enumerate(["Date", "Reserve (PD liability)", "Note"]):
        r.rows[0].cells[i].text = h
    for row in [
        ("03/02/2026", "$150,000", "initial"),
        ("03/12/2026", "$185,000", "after Bastion demand"),
        ("03/20/2026", "$206,000", "adds rent and Unit 5 contents"),
    ]:
        c = r.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "Recommendation: accept liability; negotiate the Unit 6 figure (Bastion's contractor priced a full "
        "roof deck replacement, we think partial is enough - our estimator, Gus Albrecht, is at $128,900.00 "
        "for Unit 6). Status: open, in negotiation. Next report in 30 days."
    )
    save_docx(doc, "golden_lotus_TLL_report.docx")


def main():
    OUT.mkdir(exist_ok=True)
    pdf_doc("GL-26-0417733_IA_first_report.pdf", ELEV_REPORT, header="Praeger Claims Group - PCG-7719")
    write("apex_car4_maintenance_log.md", ELEV_LOG)
    write("vacant_mill_patrol_and_notes.txt", VACANT)
    pdf_doc("PWYC_dock_notice_diver_report.pdf", DOCK, size=10)
    make_home_business_docx()
    write("crestline_sprinkler_worksheet.md", SPRINK_MD)
    make_salvor_eml()
    pdf_doc(
        "LC_7702_1193_contestable_review.pdf",
        LIFE,
        header="Meridian Crest Life - contestable review - confidential",
        font="Times",
        size=11.5,
        lh=6.2,
    )
    write("MPD-26-004519_bus47_crash_and_notes.txt", BUS)
    make_tower_docx()
    pdf_doc("Starkey_notice_of_intent_and_ack.pdf", MALP, font="Times", size=12, lh=6.6)
    make_hotel_eml()
    pdf_doc("skylark_drone_loss_notice.pdf", DRONE, size=10)
    make_tll_docx()


if __name__ == "__main__":
    main()
