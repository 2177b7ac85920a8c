"""Build the train8 claim files (deterministic). Run: /work/main/.venv/bin/python make_files.py"""

import email.utils
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


def pdf_doc(name, blocks, font="Helvetica", size=10, header=None):
    pdf = FPDF(format="Letter")
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
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "mono":
            pdf.set_font("Courier", "", size - 1)
            for line in text.split("\n"):
                pdf.multi_cell(0, 4.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "page":
            pdf.add_page()
    pdf.output(str(OUT / name))


def write(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# ---------------------------------------------------------------- claim 1: elevator entrapment (GL)
ELEV_REPORT = [
    ("h", "PRAEGER CLAIMS GROUP - INDEPENDENT ADJUSTER'S FIRST FULL REPORT"),
    ("p", "To: Ferncliff Casualty Company, Commercial Liability Unit, attn. Lena Vashti, Senior Claims Specialist\n"
          "From: Desmond Praeger, AIC, Praeger Claims Group, 31 Colter Avenue, Suite 6, Denton Falls\n"
          "Report date: March 4, 2026\n"
          "Our file: PCG-7719\n"
          "Your claim: GL-26-0417733\n"
          "Policy: CGL-551-20934 (commercial general liability, 01/01/2026 - 01/01/2027)\n"
          "Named insured: Calloway Tower Owners LLC\n"
          "Loss location: Calloway Tower, 1400 Marrow Street, Denton Falls\n"
          "Claimant: Renata Okafor-Bell\n"
          "Date of loss: February 11, 2026"),
    ("h", "1. Assignment"),
    ("p", "We received this assignment by e-mail from Ms. Vashti on February 16, 2026, three days after the "
          "building's property manager reported the incident to Ferncliff on February 13, 2026. We were asked "
          "to investigate an entrapment in passenger elevator car 4 at the insured's 22-storey office tower, to "
          "identify the maintenance contractor's role, to obtain the claimant's medical information and to "
          "recommend reserves. We contacted the property manager, Brightside Realty Services (Owen Tesfaye, "
          "general manager), on February 17, 2026 and inspected the elevator machine room on February 19, 2026."),
    ("h", "2. Facts of the incident"),
    ("p", "The claimant, Renata Okafor-Bell, is a paralegal employed by Hallett Quinlan LLP, a law firm leasing "
          "floors 14 through 16. At about 8:42 a.m. on February 11, 2026 she boarded car 4 in the main lobby "
          "bound for floor 15. Between floors 9 and 10 the car stopped, dropped what she describes as 'about a "
          "foot' and came to rest out of level with the hoistway doors. She was alone in the car. She pressed "
          "the alarm button and used the car's emergency phone, which connected to the building's security "
          "desk. Security officer Yusuf Adler called 911 at 8:49 a.m. and paged the elevator contractor."),
    ("p", "Denton Falls Fire Department Engine 12 arrived at 9:21 a.m. The captain on scene decided not to "
          "force the doors because the car was stopped between landings and the contractor's mechanic was "
          "reported to be en route. The mechanic from Apex Vertical Lift Co., Marco Lindqvist, arrived at "
          "9:58 a.m., placed the car on inspection operation, moved it to the 10th floor landing and opened "
          "the doors. The claimant walked out at 10:17 a.m. In total she was inside the car for 1 hour and "
          "35 minutes. She was assessed by Denton Falls EMS Medic 3 in the 10th floor lobby and declined "
          "transport, but went to Marrow Street Urgent Care the same afternoon."),
    ("h", "3. The elevator and its maintenance"),
    ("p", "Car 4 is a 3,500 lb geared traction passenger elevator installed in 1998 and modernized in 2011 "
          "(state certificate 77-10442, last annual inspection certificate dated September 30, 2025). The "
          "insured contracts maintenance to Apex Vertical Lift Co. under a full-maintenance agreement dated "
          "April 1, 2024 (agreement no. AVL-FM-2210). Section 11 of that agreement requires Apex to indemnify "
          "and hold harmless the owner and the property manager for claims 'arising out of the negligent "
          "performance of the Work' and to name both as additional insureds on its liability policy."),
    ("p", "The maintenance log (attached separately as the contractor's log extract) shows that on February 2, "
          "2026, nine days before the incident, technician Tasha Greer recorded 'brake shoe lining wear at "
          "limit, parts ordered' under work order WO-34390, but the car was left in service. The brake "
          "assembly was replaced on February 12, 2026 under work order WO-34671 and the car returned to "
          "service on February 14, 2026. In our opinion the uncontrolled drop is consistent with brake wear; "
          "Apex has not yet produced its own incident report."),
    ("h", "4. Injuries and medical"),
    ("p", "Ms. Okafor-Bell reports a right knee injury from bracing when the car dropped, neck and upper back "
          "strain, and anxiety in enclosed spaces. Marrow Street Urgent Care diagnosed a right knee sprain "
          "and cervical strain. An MRI on February 24, 2026 showed a partial tear of the medial meniscus. "
          "Her orthopedist, Dr. Anselm Roukema, has recommended arthroscopy, not yet scheduled. She has "
          "missed 11 working days. Her counsel is Beatrix Holm of Holm & Saddler, who sent a letter of "
          "representation dated February 20, 2026."),
    ("p", "Medical specials received so far:\n"
          "  Marrow Street Urgent Care (02/11/2026) ............ $1,284.00\n"
          "  Denton Imaging Center, MRI (02/24/2026) ........... $2,918.35\n"
          "  Roukema Orthopaedics, consults (02/26, 03/02) ..... $1,440.00\n"
          "  Physical therapy, 6 visits to 03/03/2026 .......... $1,980.00\n"
          "  Total medical to date .............................. $7,622.35\n"
          "Claimed lost wages to date (11 days at $262.50) ..... $2,887.50"),
    ("h", "5. Coverage"),
    ("p", "The policy provides a $1,000,000 each-occurrence limit and a $2,000,000 general aggregate, subject "
          "to a $10,000 self-insured retention per occurrence. The elevator is part of the insured premises. "
          "We see no coverage issue at this time. Notice was timely."),
    ("h", "6. Liability and risk transfer"),
    ("p", "The owner has a non-delegable duty to maintain elevators in a reasonably safe condition, but the "
          "maintenance contract places the repair obligation on Apex. We recommend a tender of defence and "
          "indemnity to Apex and its carrier, Northgate Specialty Insurance (policy NSI-GL-4418207). "
          "Brightside sent a tender letter on February 27, 2026; no response yet. We put liability at "
          "roughly 80% on Apex and 20% on the insured, for reserve purposes only."),
    ("h", "7. Reserves"),
    ("p", "Initial reserves set by Ferncliff on February 13, 2026: indemnity $85,000, expense $12,500. "
          "Given the meniscus tear and the recommended surgery, we recommend increasing the indemnity reserve "
          "to $110,000 effective with this report (March 4, 2026); expense reserve unchanged at $12,500."),
    ("h", "8. Plan of action"),
    ("p", "- Obtain Apex's incident report, callback records and the February 2 work order.\n"
          "- Obtain security desk video for car 4 lobby and 10th floor, 08:30-10:30.\n"
          "- Follow up the tender with Northgate Specialty.\n"
          "- Recorded statement of Yusuf Adler (security).\n"
          "- Next report in 30 days, or sooner on any demand."),
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
    ("mono", """
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
"""),
    ("page", ""),
    ("mono", """
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
"""),
    ("page", ""),
    ("mono", """
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
"""),
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
    doc.save(str(OUT / "Delacroix-Nand_contents_statement.docx"))


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
    msg["Date"] = email.utils.format_datetime(
        email.utils.parsedate_to_datetime("Mon, 23 Feb 2026 10:12:00 -0500"))
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
    msg.add_attachment(settlement.encode(), maintype="text", subtype="plain",
                       filename="MSR-S-26-0192_settlement.txt")
    (OUT / "salvage_results_crestline.eml").write_bytes(bytes(msg))


def main():
    OUT.mkdir(exist_ok=True)
    pdf_doc("GL-26-0417733_IA_first_report.pdf", ELEV_REPORT, header="Praeger Claims Group - PCG-7719")
    write("apex_car4_maintenance_log.md", ELEV_LOG)
    write("vacant_mill_patrol_and_notes.txt", VACANT)
    pdf_doc("PWYC_dock_notice_diver_report.pdf", DOCK, size=10)
    make_home_business_docx()
    write("crestline_sprinkler_worksheet.md", SPRINK_MD)
    make_salvor_eml()


if __name__ == "__main__":
    main()
