"""Build the train5 claim files (deterministic). Run: /work/main/.venv/bin/python make_files.py

All people, companies, addresses, policies, VINs and amounts are invented.
"""
import os
import random
from email.message import EmailMessage
from email.utils import formatdate
from datetime import datetime, timezone

from fpdf import FPDF
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
RNG = random.Random(5150)


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# --------------------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    def __init__(self, header_text="", footer_text="", font="Helvetica"):
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.base_font = font
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))

    def header(self):
        if self.header_text:
            self.set_font(self.base_font, "", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(1)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.base_font, "", 8)
        t = (self.footer_text + "   " if self.footer_text else "") + f"Page {self.page_no()}"
        self.cell(0, 5, t, align="C")

    def head(self, text, size=12):
        self.set_font(self.base_font, "B", size)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text, size=10, style=""):
        self.set_font(self.base_font, style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def kv(self, pairs, w1=55, size=9.5):
        for k, v in pairs:
            self.set_font(self.base_font, "B", size)
            self.cell(w1, 5.5, k, border=1)
            self.set_font(self.base_font, "", size)
            self.multi_cell(0, 5.5, v, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def tbl(self, headers, rows, widths, size=8.5):
        self.set_font(self.base_font, "B", size)
        for hd, w in zip(headers, widths):
            self.cell(w, 6, hd, border=1)
        self.ln()
        self.set_font(self.base_font, "", size)
        for r in rows:
            for c, w in zip(r, widths):
                self.cell(w, 5.5, str(c), border=1)
            self.ln()
        self.ln(2)


def scanned_lines(pdf, lines, size=10):
    """Ragged, OCR-ish layout: each line nudged left/right, doubled spaces."""
    pdf.set_font("Courier", "", size)
    for line in lines:
        if line == "":
            pdf.ln(3)
            continue
        x = pdf.l_margin + RNG.choice([0, 0, 1.5, 3, 4.5])
        pdf.set_x(x)
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")


# --------------------------------------------------------------------------- DOCX helpers
def docx_table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(c)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph("")
    return t


def docx_header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer


# =========================================================================== CLAIM A (workers' comp)
def wc_first_report():
    pdf = Doc(font="Courier")
    pdf.add_page()
    L = [
        "STATE OF KANSAS  -  EMPLOYER'S REPORT OF ACCIDENT / FIRST REPORT OF INJURY",
        "Form K-WC 1101 (rev.)            * scanned copy - received by fax 02/12/2026 16:08 *",
        "",
        "Claim No.: WC 26-118403            Carrier Claim No.: ____________________",
        "Claim Administrator: ______________________________",
        "Insurance Carrier:  Prairie Shield Casualty Co.      Policy No.:  WCP-4471902-26",
        "Policy Period:  01/01/2026  to  01/01/2027",
        "",
        "--- EMPLOYER ---",
        "Employer Name:   Tallgrass Millwork Inc.",
        "Mailing Address: 2210 Kessler Industrial Pkwy,  Wichita,  KS 67219",
        "FEIN:  48-1187730          NAICS:  321918  (millwork)",
        "Location of accident (if different):  Plant 2, Bay C  -  CNC routing cell",
        "Employer Phone:  (316) 555-0101",
        "",
        "--- EMPLOYEE ---",
        "Name (Last, First, MI):  QUINTANILLA,  DARIO  M.",
        "Home Address:  1417 S. Osage Ave,  Apt 3,  Wichita,  KS 67213",
        "Date of Birth:  03/14/1984        Sex:  M        Marital status:  ____",
        "Phone:  (316) 555-0177",
        "Occupation / Job Title:  CNC router operator",
        "Date of Hire:  07/22/2019     Hours per day:  10     Days per week:  4",
        "Average Weekly Wage:  $1,046.80      Paid for day of injury?  Y",
        "Other employment:  ____",
        "",
        "--- ACCIDENT / INJURY ---",
        "Date of Injury:  02/09/2026    Time of Injury:  1:40 PM    Workday began:  6:00 AM",
        "Date Employer Notified:  02/10/2026     Notified by:  employee, verbally, to supervisor",
        "Last Day Worked:  02/09/2026     Date returned to work:  ____________",
        "Did injury occur on employer premises?  Y",
        "Nature of injury:  strain / possible tear       Part of body:  LEFT SHOULDER",
        "Describe how the accident occurred:",
        "  EE WAS LIFTING A 4 X 8 SHEET OF 3/4 IN. MDF FROM THE INFEED CART ONTO THE ROUTER",
        "  TABLE WITHOUT THE VACUUM LIFTER (LIFTER DOWN FOR REPAIR SINCE 02/06). SHEET SHIFTED",
        "  AND EE CAUGHT THE FALLING EDGE WITH LEFT ARM EXTENDED OVERHEAD. FELT A POP AND",
        "  SHARP PAIN LEFT SHOULDER. REPORTED TO SHIFT LEAD, WENT TO URGENT CARE SAME DAY.",
        "Object or substance that directly injured employee:  MDF panel, approx. 97 lb",
        "Safeguards / safety equipment provided?  ____      Were they used?  ____",
        "Witness(es):  Kaylee Brandt  (shift lead)   ph (316) 555-0162",
        "",
        "--- MEDICAL ---",
        "Initial treatment:  Wesley Urgent Care - East,  02/09/2026",
        "Treating physician:  Dr. Amara Leclerc, Riverbend Orthopedics, 930 N. Rock Rd, Wichita KS",
        "Hospitalized overnight as inpatient?  N       Emergency room?  N",
        "Lost time beyond day of injury?  Y      OSHA recordable?  Y   OSHA log case #:  26-007",
        "Fatality?  N         Date of death:  ________",
        "",
        "--- PREPARED BY ---",
        "Supervisor:  Rodney Ochs, Production Supervisor, Plant 2",
        "Prepared by:  Janelle Fitch      Title:  HR Generalist      Phone:  (316) 555-0148",
        "Date prepared:  02/12/2026         Signature:  /s/ J. Fitch",
        "",
        "  FOR CARRIER USE:   Adjuster:  L. Okafor     Date rec'd:  02/12/2026   Comp rate:  ______",
    ]
    scanned_lines(pdf, L, size=9.5)
    pdf.output(out("FROI_Quintanilla_scan.pdf"))


def ncm_notes():
    write_text("NCM_notes_WC26-118403.txt", """
PRAIRIE SHIELD CASUALTY CO. - NURSE CASE MANAGEMENT NOTES
Clmt: Dario Quintanilla    ER: Tallgrass Millwork Inc.    Clm#: WC 26-118403
DOI: 02/09/2026    Body part: L shoulder    Adj: Luis Okafor (ext 4412)
NCM: Bettina Rourke, RN, CCM (field NCM, Wichita region)
Referral rec'd 02/13/2026 from adj - reason: lost time + possible surgical shoulder.

---------------------------------------------------------------------------
02/16/2026  tel contact w/ IW (initial)
 IW reports pain 7/10 L shoulder, worse w/ reaching. Seen Wesley UC 02/09, xrays neg for fx,
 given sling + meloxicam, f/u ortho. Appt w/ Dr. Leclerc (Riverbend Ortho) not until 03/03 -
 NCM called ortho office, no earlier slot. UC PA wrote off work pending ortho eval.
 WORK STATUS: TTD / off work as of 02/10/2026.
 IW lives w/ wife + 2 kids, Spanish/English bilingual, prefers texts. Smoker 1/2 ppd.
 Plan: obtain UC notes, request MRI auth from adj.

02/18/2026  adj approved MRI L shoulder w/o contrast. Sched Heartland Imaging 02/24 @ 0730.

02/24/2026  MRI done. Read: partial-thickness articular-sided supraspinatus tear, mild
 AC joint arthrosis, no full-thickness tear, no labral tear seen. Sent to Dr. Leclerc.

03/03/2026  accompanied IW to ortho visit (Dr. Amara Leclerc)
 Exam: + impingement signs, strength 4/5 ER. Dx partial RTC tear L, impingement.
 Plan: PT 2x/wk x 6 wks, NSAID, recheck 6 wks. Not surgical at this time.
 WORK STATUS CHANGE: modified duty - no lifting > 10 lbs L arm, no overhead reaching L,
 max 6 hrs/day. Released to modified duty eff 03/05/2026.
 Called ER (Rodney Ochs, supv) - can accommodate at sanding/QA station, day shift, 6 hrs.
 IW agreeable. TTD to stop 03/04/2026; adj to set up TPD.

03/09/2026  PT auth: 12 visits Sunflower Physical Therapy (PT: Marcus Ybarra, DPT).
 First PT visit sched 03/24/2026 (their first opening). NCM asked for earlier - none.

03/19/2026  tel f/u w/ IW + ER
 IW tolerating light duty, pain 4/10. Ochs asks if hrs can go up.
 Faxed Leclerc office; Dr. Leclerc ok'd: lifting up to 20 lbs, still no overhead L,
 full 8 hrs/day (4x10 shift not yet). Effective 03/23/2026.
 WORK STATUS CHANGE: modified duty, 8 hrs/day, 20 lb lift limit, eff 03/23/2026.

03/24/2026  PT eval done (97161). Home exercise program given.

04/14/2026  ortho recheck w/ Dr. Leclerc (NCM attended)
 Progress slow, night pain. Subacromial corticosteroid injection given L shoulder today.
 WORK STATUS CHANGE: lift up to 25 lbs, no overhead L, full 4x10 schedule OK.
 8 more PT visits requested (total would be 20). Adj to decide.

04/15/2026  adj (Okafor) approved 8 addl PT visits. Adj note: medical reserve raised from
 $18,500 to $22,750 (PT extension + injection + possible 2nd MRI). Indemnity rsv stays $6,200.

05/05/2026  ortho recheck - marked improvement post-injection, pain 1-2/10, full ROM.
 WORK STATUS CHANGE: RELEASED TO FULL DUTY, no restrictions, eff 05/11/2026.
 MMI anticipated at 06/2026 visit; impairment rating to be done then (Leclerc does own ratings).
 ER confirms IW back on CNC router 05/11.

05/12/2026  NCM: case mgmt goals met (RTW full duty). Will keep file open until MMI/rating,
 then close NCM referral. Total NCM hours to date: 11.5.

---------------------------------------------------------------------------
Indemnity recap (from adj screen, for NCM reference only):
 AWW $1,046.80  ->  TTD rate $697.87/wk
 TTD paid 02/10/2026 - 03/04/2026 (3 wks 2 days): $2,293.00
 TPD 03/05/2026 - 03/22/2026: $412.16
 No indemnity owed after 03/23/2026 (full wages on modified duty per ER).
""")


def bill_review():
    write_text("BillReview_BR-260318-0442.md", """
# ClearPath Bill Review Services - Explanation of Review (EOR) Summary

| Field | Value |
|---|---|
| Review batch | BR-260318-0442 |
| Payer | Prairie Shield Casualty Co. |
| Claim | WC 26-118403 |
| Injured worker | Dario M. Quintanilla |
| Employer | Tallgrass Millwork Inc. |
| Jurisdiction / fee schedule | Kansas WC Schedule of Medical Fees, 2026 edition |
| Date(s) reviewed | 03/18/2026 (first batch), 04/22/2026 (second batch) |
| Reviewer | Sandra Keel, CPC, senior bill analyst |
| Adjuster of record | L. Okafor |

## Line detail

| Line | DOS | Provider | Code | Description | Units | Billed | Allowed | Paid | Reason |
|---|---|---|---|---|---|---|---|---|---|
| 1 | 02/09/2026 | Wesley Urgent Care - East | 99204 | New patient office visit, moderate MDM | 1 | $385.00 | $212.40 | $212.40 | FS1 |
| 2 | 02/09/2026 | Wesley Urgent Care - East | 73030 | X-ray shoulder, min 2 views | 1 | $164.00 | $58.17 | $58.17 | FS1 |
| 3 | 02/24/2026 | Heartland Imaging | 73221 | MRI upper extremity joint w/o contrast | 1 | $2,150.00 | $642.88 | $642.88 | FS1 |
| 4 | 03/03/2026 | Riverbend Orthopedics | 99244 | Office consultation | 1 | $520.00 | $0.00 | $0.00 | DN4 |
| 5 | 03/03/2026 | Riverbend Orthopedics | 99204 | New patient office visit (rebilled) | 1 | $410.00 | $212.40 | $212.40 | FS1 |
| 6 | 04/14/2026 | Riverbend Orthopedics | 20610 | Arthrocentesis/injection, major joint | 1 | $295.00 | $88.56 | $88.56 | FS1 |
| 7 | 04/14/2026 | Riverbend Orthopedics | J3301 | Triamcinolone acetonide, per 10 mg | 4 | $96.00 | $14.20 | $14.20 | FS2 |
| 8 | 03/24/2026 | Sunflower Physical Therapy | 97161 | PT evaluation, low complexity | 1 | $240.00 | $104.32 | $104.32 | FS1 |
| 9 | 03/24/2026 | Sunflower Physical Therapy | 97110 | Therapeutic exercise, each 15 min | 3 | $330.00 | $96.45 | $96.45 | FS1 |
| 10 | 03/26/2026 | Sunflower Physical Therapy | 97140 | Manual therapy, each 15 min | 2 | $210.00 | $61.90 | $0.00 | PD7 |

**Totals:** billed $4,800.00; allowed $1,491.28; paid $1,429.38; reduction (billed minus allowed) $3,308.72 (68.9%).

## Reason codes

| Code | Meaning |
|---|---|
| FS1 | Reduced to the fee schedule maximum allowance |
| FS2 | Drug/supply reduced to schedule (AWP-based) |
| DN4 | Denied - consultation codes 99241-99245 not recognized by this fee schedule; provider may rebill as new patient E/M (see line 5) |
| PD7 | Allowed but payment pended - therapy notes for date of service not received; release on receipt |

## Analyst comments

- Line 4 / line 5: Riverbend rebilled the 03/03/2026 visit as 99204 on 03/30/2026; the rebill was paid, the consult line stays denied. No duplicate payment.
- Line 10: allowed $61.90 is pended, not denied. Sunflower PT was faxed for notes on 04/22/2026 (request #2). Once received the pended amount will be released with the next batch.
- No bills received yet from Riverbend for the 05/05/2026 visit or for PT after 03/26/2026.
- Duplicate check: passed. Causation/relatedness flags: none. PPO network: Riverbend in network (additional 5% discount NOT applied - contract excludes WC).
""")


# =========================================================================== CLAIM B (GL slip and fall)
def incident_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    docx_header_footer(
        doc,
        "Brightwater Grocery Cooperative  |  Customer Incident Report  |  Carrier claim GL-7730-0412",
        "CONFIDENTIAL - prepared in anticipation of litigation - forward to Risk Management only",
    )
    doc.add_heading("Customer Incident Report (Slip / Trip / Fall)", level=1)
    docx_table(doc, [
        ["Field", "Entry"],
        ["Store", "Store #14 - Alder Bend"],
        ["Store address", "815 Alder Bend Rd, Eugene, OR 97402"],
        ["Internal incident #", "IR-14-2026-003"],
        ["Date of incident", "Saturday, January 17, 2026"],
        ["Time of incident (approx.)", "4:42 PM"],
        ["Exact location", "Aisle 9 (condiments / pickles), about halfway, in front of the olive shelf"],
        ["Report completed", "January 17, 2026 at 6:05 PM"],
        ["Completed by", "Dana Pruitt, Assistant Store Manager (manager on duty)"],
        ["Store manager", "Trevor Nakashima (off site; notified by phone 4:55 PM)"],
    ])
    doc.add_heading("1. Injured person", level=2)
    docx_table(doc, [
        ["Field", "Entry"],
        ["Name", "Marisol Eberhardt"],
        ["Age", "61"],
        ["Address", "2904 Tamarack St, Springfield, OR 97477"],
        ["Phone", "(541) 555-0126"],
        ["Member #", "BGC-0081442 (co-op member)"],
        ["Footwear", "Rubber-soled clogs"],
        ["Carrying anything?", "Pushing a full-size cart; holding phone"],
        ["Injury described", "Pain and swelling right wrist; said she landed on her right hand and hip"],
        ["Medical attention", "First aid (ice pack) given. Ambulance offered 4:49 PM and declined. Husband (Glen Eberhardt) drove her to McKenzie Valley Urgent Care."],
    ])
    doc.add_heading("2. Condition of the floor", level=2)
    doc.add_paragraph(
        "Floor is VCT tile, dry-mopped nightly. A clear liquid with pickle slices and broken glass was on "
        "the floor across roughly two-thirds of the aisle width, about 4 ft long. Source: a dropped 32 oz "
        "jar of Hollow Creek dill spears (store brand shelf, bottom row). The customer who dropped the jar "
        "did not tell staff and has not been identified. No wet-floor sign was out before the fall. The "
        "floor sweep log shows the last walk of aisle 9 at 4:15 PM, initialed A.C. (Avery Colton, stock "
        "clerk). Lighting normal, no burnt-out fixtures."
    )
    doc.add_heading("3. What happened (in the customer's words, as told to D. Pruitt)", level=2)
    doc.add_paragraph(
        '"I came around from the end of the aisle looking at my list on my phone and my foot just went out. '
        'I didn\'t see anything on the floor. There was no sign." She asked whether the store had cameras. '
        "She was calm, alert, and did not hit her head (per her)."
    )
    doc.add_heading("4. Witnesses", level=2)
    docx_table(doc, [
        ["Name", "Role", "Phone", "Statement taken?"],
        ["Harold Stoddard", "Customer, was in aisle 9", "(541) 555-0193", "Yes - short written note attached"],
        ["Avery Colton", "Stock clerk, first employee on scene", "ext. 214", "Yes"],
        ["Glen Eberhardt", "Claimant's husband (arrived after fall, was at deli)", "(541) 555-0127", "No"],
    ])
    doc.add_paragraph(
        "Stoddard note (summary): saw the lady go down on her right side; said there was pickle juice and glass "
        "on the floor and he had walked around it himself a minute earlier but did not tell anyone."
    )
    doc.add_heading("5. Actions taken", level=2)
    for line in [
        "Area blocked with wet-floor sign and cart; glass picked up; floor mopped and dried.",
        "Photos taken by D. Pruitt on store iPad (6 photos) - uploaded to the Risk portal.",
        "Loss Prevention asked to pull and preserve CCTV (cameras 9 and 11).",
        "Jar remains and label kept in the back office in a bag marked IR-14-2026-003.",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("6. Claims use only (Risk Management / carrier)", level=2)
    docx_table(doc, [
        ["Item", "Detail"],
        ["Insurer", "Cascadia Mercantile Insurance Co."],
        ["Policy", "CGL 3318874-04 (01/01/2026 - 01/01/2027)"],
        ["Reported to carrier", "01/20/2026 by Risk Mgmt (Lorraine Baptiste)"],
        ["Carrier adjuster", "Whitney Salcedo, Senior Liability Adjuster, (503) 555-0139"],
        ["Claimant counsel", ""],
        ["Status", "Open - investigation"],
        ["Initial BI reserve", "$35,000"],
        ["Medical (per claimant, 01/26/2026 call)", "Distal radius fracture, right wrist; ORIF surgery 01/22/2026"],
        ["Med-pay limit (premises)", "$5,000 per person"],
        ["Med-pay paid", "$5,000.00 on 02/06/2026 (limit exhausted)"],
    ])
    doc.save(out("Incident_Report_Store14_IR-14-2026-003.docx"))


def cctv_timeline():
    write_text("CCTV_timeline_aisle9.md", """
# Loss Prevention - Video Review Timeline

**Re:** customer fall, Store #14 (Alder Bend), 01/17/2026 - incident IR-14-2026-003
**Reviewed by:** Jerome Aldana, Loss Prevention Specialist, Region West
**Review date:** 01/18/2026 (footage exported and preserved the same day)
**Cameras:** CAM-09 (aisle 9, looking west from the east end cap), CAM-11 (front end / registers 1-6)
**Recorder clock:** NVR clock checked against phone time at export: NVR runs 00:00:04 fast. Times below are NVR times, NOT corrected.

| # | NVR time | Camera | What the video shows |
|---|---|---|---|
| 1 | 16:14:52 | CAM-09 | Stock clerk (A. Colton) walks the length of aisle 9 east to west. Floor appears clear. |
| 2 | 16:31:08 | CAM-09 | Female customer (tan coat, red cart) knocks a glass jar off the bottom shelf; jar breaks. |
| 3 | 16:31:40 | CAM-09 | Same customer leaves aisle 9 to the west end. Does not approach any employee. |
| 4 | 16:36:25 | CAM-09 | Customer with basket steps around the spill, continues. |
| 5 | 16:41:03 | CAM-09 | Male customer (later identified as H. Stoddard) walks around the spill toward the east end. |
| 6 | 16:41:47 | CAM-09 | Claimant enters aisle 9 from the east end pushing a cart, looking down at phone. |
| 7 | 16:42:19 | CAM-09 | Claimant's left foot slides; she falls to her right side, right hand out. |
| 8 | 16:42:31 | CAM-09 | Stoddard returns and kneels next to claimant. |
| 9 | 16:43:05 | CAM-09 | A. Colton arrives (radio call from Stoddard's wave to register 4). |
| 10 | 16:44:50 | CAM-09 | Wet-floor sign placed by Colton at the east end of the spill. |
| 11 | 16:47:22 | CAM-09 | D. Pruitt arrives with first-aid kit and ice pack. |
| 12 | 16:49:10 | CAM-09 | Pruitt on phone (per report: ambulance offered and declined). |
| 13 | 16:58:40 | CAM-11 | Claimant walks, assisted by Pruitt, to the bench by register 1. Walking unaided after. |
| 14 | 17:09:13 | CAM-11 | Claimant leaves the store with her husband through the north doors. |
| 15 | 17:21:36 | CAM-09 | Spill cleanup finished (mop bucket removed, sign left up until 17:40:02). |

## Observations

- The spill was on the floor for about 11 minutes before the fall (entries 2 and 7). Two customers walked around it; no employee passed the aisle in that window.
- The claimant was looking at her phone when she entered (entry 6). She did not stop or step around.
- The customer who broke the jar is not identified; she paid at register 6 at 16:38 (CAM-11), card payment; Loss Prevention did not pull the transaction.
- No employee was assigned to aisle 9 after the 16:14:52 walk; the sweep schedule calls for a walk every 30 minutes on Saturdays.

## Preservation

- Export: 16:00:00 - 17:45:00 from both cameras, file `S14_CAM09_CAM11_20260117.mp4`, SHA-256 ending ...4be19c07.
- Copy sent to carrier adjuster W. Salcedo on 01/21/2026 by secure link (expires in 30 days).
- NVR retention is 45 days; original footage would overwrite on or about 03/03/2026 - export is the preserved copy.
""")


# =========================================================================== CLAIM C (personal auto)
def police_report():
    write_text("Crash_Report_MPD-26-031877.txt", """
MILLBROOK POLICE DEPARTMENT                         ILLINOIS TRAFFIC CRASH REPORT (SR 1050)
=========================================================================================
AGENCY CASE #: MPD-26-031877         CRASH DATE: 03/06/2026   TIME: 0752 HRS   DAY: FRI
REPORT TYPE: ON SCENE      HIT&RUN: N     PHOTOS: Y (BY OFFICER, 14)     # UNITS: 2
LOCATION: N GARFIELD AVE AT W LINDEN ST, MILLBROOK, KANE CO., IL   INTERSECTION: Y
TRAFFIC CONTROL: SIGNAL - FUNCTIONING PROPERLY       WEATHER: CLEAR   LIGHT: DAYLIGHT
ROAD SURFACE: DRY     ROAD DEFECTS: NONE     POSTED SPEED: 30 MPH BOTH STREETS
FIRST HARMFUL EVENT: MOTOR VEHICLE IN TRANSPORT (ANGLE)
-----------------------------------------------------------------------------------------
UNIT 1  DRIVER: ASHWORTH-DIAZ, KIMBERLY J     DOB 11/02/1990   DL# A236-4471-9025 IL
        ADDR: 66 BIRCHWOOD CT, MILLBROOK IL 60536       PH: (630) 555-0184
        VEH: 2018 FORD F-150  COLOR: GRY  PLATE: IL DK 58219  VIN 1FTEW1EP8JKD40312
        OWNER: SAME          DIR: EB ON W LINDEN ST      MANEUVER: STRAIGHT AHEAD
        INS: TRI-COUNTY CASUALTY  POLICY TCC-55198027      DAMAGE: FRONT (12)  DISABLED: N
        SAFETY EQUIP: BELT   AIRBAG: NOT DEPLOYED   INJURY: NONE (O)
UNIT 2  DRIVER: VANCE, THEODORE R             DOB 06/19/1977   DL# V520-3318-6047 IL
        ADDR: 1208 PRAIRIE VIEW DR, MILLBROOK IL 60536     PH: (630) 555-0112
        VEH: 2021 SUBARU OUTBACK PREMIUM  COLOR: BLU  PLATE: IL BV 40733
        VIN 4S4BTACC5M3187724    OWNER: SAME   DIR: NB ON N GARFIELD AVE  MANEUVER: STRAIGHT
        INS: BLUE HERON INDEMNITY CO  POLICY BHA 7730192        DAMAGE: LEFT FRONT (10,11)
        DISABLED: Y - TOWED BY KESSLER'S TOWING, 118 DEPOT RD, MILLBROOK (AT OFFICER REQ)
        SAFETY EQUIP: BELT   AIRBAG: DEPLOYED FRONT + L CURTAIN   INJURY: NONE (O)
        OCC 1: VANCE, LORNA A (FRONT RT PASS) DOB 09/30/1979 INJ: C - POSSIBLE, NECK PAIN
               REFUSED EMS TRANSPORT. MILLBROOK FIRE AMB 32 ON SCENE 0801-0819.
-----------------------------------------------------------------------------------------
WITNESS: BELL, MARCUS T   ADDR 412 W LINDEN ST APT 2   PH (630) 555-0150  (PEDESTRIAN, SW CORNER)
-----------------------------------------------------------------------------------------
CITATIONS:  UNIT 1 DRIVER - 625 ILCS 5/11-306 DISOBEYED TRAFFIC CONTROL SIGNAL
            CITATION # C-7741093   COURT DATE 04/21/2026 KANE CO. BRANCH CT
            UNIT 2 DRIVER - NONE
CONTRIBUTING CAUSE (PRIMARY): DISREGARDED CONTROL DEVICES (UNIT 1)
-----------------------------------------------------------------------------------------
NARRATIVE:
UNIT 2 WAS NB ON N GARFIELD AVE ON A GREEN SIGNAL. UNIT 1 WAS EB ON W LINDEN ST. UNIT 1
ENTERED THE INTERSECTION AGAINST A STEADY RED SIGNAL AND THE FRONT OF UNIT 1 STRUCK THE LEFT
FRONT OF UNIT 2. UNIT 2 ROTATED CLOCKWISE AND CAME TO REST ON THE NE CORNER AGAINST A
SIGNAL CONTROL CABINET (CITY OF MILLBROOK PROPERTY - MINOR DAMAGE TO CABINET DOOR, PUBLIC
WORKS NOTIFIED 0815 HRS). UNIT 1 STOPPED IN THE INTERSECTION.
D1 (ASHWORTH-DIAZ) STATED SHE WAS RUNNING LATE FOR A SHIFT AND "THOUGHT IT WAS STILL
YELLOW". D2 (VANCE) STATED HIS LIGHT WAS GREEN AND HE DID NOT SEE UNIT 1 UNTIL IMPACT.
WITNESS BELL STATED THE EB SIGNAL HAD BEEN RED "FOR A FEW SECONDS" WHEN UNIT 1 WENT THROUGH.
SIGNAL TIMING CHECKED WITH PUBLIC WORKS - NO FAULTS LOGGED. NO IMPAIRMENT SUSPECTED, NO
CELL PHONE USE OBSERVED. BOTH DRIVERS EXCHANGED INFO. UNIT 1 DRIVEN FROM SCENE.
-----------------------------------------------------------------------------------------
REPORTING OFFICER: PTL SEAN WHITCOMBE   BADGE 4417   UNIT 2B12   DISPATCHED 0754 ARRIVED 0759
CLEARED SCENE 0846 HRS
APPROVED: SGT R. CASTELLANO #2290   03/07/2026 1130 HRS
REPORT COPY REQUESTED BY BLUE HERON INDEMNITY (CLM 0588-213-PA) 03/09/2026 - FEE $5.00 PAID
""")


def appraisal_supplement():
    pdf = Doc(header_text="Blue Heron Indemnity Co. - Physical Damage Appraisal",
              footer_text="Claim 0588-213-PA  /  Supplement S01")
    pdf.add_page()
    pdf.head("APPRAISAL SUPPLEMENT S01", 14)
    pdf.kv([
        ("Claim number", "0588-213-PA"),
        ("Insured / owner", "Theodore R. Vance"),
        ("Vehicle", "2021 Subaru Outback Premium, blue, VIN 4S4BTACC5M3187724"),
        ("Odometer", "38,912 mi (at teardown)"),
        ("Date of loss", "03/06/2026"),
        ("Coverage", "Collision - deductible $500 (subrogation to Tri-County Casualty)"),
        ("Repair facility", "Linden Collision Center, 2290 W Linden St, Millbrook IL - RO# 26-1184"),
        ("Shop contact", "Dwight Engstrom, estimator"),
        ("Appraiser", "Noor Haddad, staff appraiser, IL license IL-APR-20417"),
        ("Original estimate", "E01 dated 03/11/2026, total $7,412.36 (after deductible: $6,912.36)"),
        ("Supplement inspection", "03/17/2026 at shop, vehicle torn down"),
        ("Supplement written", "03/18/2026"),
    ])
    pdf.head("Reason for supplement", 11)
    pdf.para("Hidden damage found at teardown behind the front bumper cover and left headlamp area: the "
          "radiator support is kinked at the upper left tie bar, the A/C condenser is punctured (dye test "
          "positive), the bumper reinforcement is bent, and the left headlamp mounting tabs are broken "
          "(tab repair kit not available for this lamp). Both front tires and the 12V battery were "
          "replaced: the left front tire sidewall was cut at impact and the right front tire was replaced "
          "as a pair (same axle, AWD requirement - tread within 2/32 per Subaru). The battery case cracked "
          "when the radiator support shifted. Betterment is taken on the tires and battery for prior wear.")
    pdf.head("Supplement line items", 11)
    pdf.tbl(
        ["#", "Operation", "Description", "Part no.", "Part $", "Labor", "Betterment"],
        [
            ["1", "Repl", "Radiator support assy", "53029AN00A", "486.50", "4.5 body", "-"],
            ["2", "Repl", "A/C condenser", "73210AN01A", "342.80", "1.8 mech", "-"],
            ["3", "Subl", "Evac & recharge A/C, R-1234yf", "-", "64.00", "1.0 mech", "-"],
            ["4", "Repl", "LH headlamp assy (LED)", "84002AN13A", "1,118.00", "0.6 body", "-"],
            ["5", "Repl", "Front bumper reinforcement", "57711AN03A", "274.25", "1.2 body", "-"],
            ["6", "Rfn", "LH fender edge blend", "-", "-", "1.1 paint", "-"],
            ["7", "Repl", "LF tire 225/60R18", "-", "189.99", "0.3 mech", "40% = 76.00"],
            ["8", "Repl", "RF tire 225/60R18", "-", "189.99", "0.3 mech", "40% = 76.00"],
            ["9", "Repl", "12V battery H6 AGM", "-", "214.00", "0.4 mech", "50% = 107.00"],
        ],
        [8, 14, 52, 24, 20, 22, 30],
    )
    pdf.head("Supplement totals", 11)
    pdf.kv([
        ("Parts (incl. sublet A/C)", "$2,879.53"),
        ("Body labor 6.3 hrs @ $62.00", "$390.60"),
        ("Paint labor 1.1 hrs @ $62.00", "$68.20"),
        ("Paint materials 1.1 hrs @ $38.00", "$41.80"),
        ("Mechanical labor 3.8 hrs @ $98.00", "$372.40"),
        ("Sales tax 7.25% (parts + materials)", "$211.80"),
        ("Gross supplement S01", "$3,964.33"),
        ("Less betterment (customer pay)", "$259.00"),
        ("Net supplement S01", "$3,705.33"),
    ], w1=75)
    pdf.head("Betterment explanation", 11)
    pdf.para("Tires: tread measured 6/32 on both front tires; new tread depth 10/32. Usable tread used up = "
          "4/10, so 40% betterment on each tire. Battery: date code shows 36 months in service against a "
          "72-month expected life, so 50% betterment. The insured was told on 03/18/2026 by phone that the "
          "betterment ($259.00) is his to pay at pick-up; he asked whether Tri-County will reimburse it. "
          "Told him that is between him and Tri-County, we will include it in our subrogation file as a "
          "note.")
    pdf.head("Appraiser's notes", 11)
    pdf.para("Repair remains economical. ACV per market valuation (03/12/2026) is $27,850; combined repair "
          "(E01 + S01 gross) is $11,376.69, about 41% of ACV - below the 75% total-loss threshold. "
          "No further supplement expected; shop says vehicle should be ready 03/27/2026 once the headlamp "
          "arrives (back-ordered, ETA 03/25/2026). OEM parts used on all structural items; LKQ was not "
          "available for the radiator support. No prior damage noted to the left front. Airbag modules "
          "(front and L curtain) and the SRS sensor were written on E01 and are not repeated here.")
    pdf.para("Rental: insured in a Prairie Car Rental compact since 03/09/2026 at $42.50/day (coverage: rental "
          "reimbursement $45/day, 30 days max). Expected return 03/27/2026.")
    pdf.para("Noor Haddad  -  Staff Appraiser  -  (630) 555-0171  -  nhaddad@blueheron-indemnity.example")
    pdf.output(out("Appraisal_Supplement_S01_0588-213-PA.pdf"))


def recovery_ledger():
    write_text("Recovery_Ledger_0588-213-PA.md", """
# Salvage & Subrogation Recovery Ledger

Claim **0588-213-PA** - Blue Heron Indemnity Co. - Insured: Theodore R. Vance - DOL 03/06/2026
Adverse carrier: Tri-County Casualty (their claim TC-26-88410, adjuster Paulette Grimsby), insured driver Kimberly J. Ashworth-Diaz
Liability: 100% adverse (red-light citation C-7741093). Claim rep: Jonah Petrakis. Subro specialist: Imani Crowder.

## Salvage

| Item | Status |
|---|---|
| Vehicle | Repaired, not a total loss - no vehicle salvage |
| Replaced parts | Scrapped by shop (no value) |
| Salvage proceeds | $0.00 |

## Payments (indemnity paid out)

| Date | Payee | Description | Check / EFT | Amount |
|---|---|---|---|---|
| 03/09/2026 | Kessler's Towing | Tow from scene + 2 days storage | EFT 5518802 | $385.00 |
| 03/20/2026 | Linden Collision Center | Estimate E01 less $500 deductible | EFT 5519417 | $6,912.36 |
| 03/27/2026 | Linden Collision Center | Supplement S01, net of betterment | EFT 5520036 | $3,705.33 |
| 04/10/2026 | Prairie Car Rental | Rental 03/09/2026 - 03/27/2026, 18 days @ $42.50 | EFT 5521190 | $765.00 |
| | | **Total paid** | | **$11,767.69** |

## Recoveries

| Date | From | Description | Reference | Amount |
|---|---|---|---|---|
| 04/28/2026 | - | Subrogation demand sent to Tri-County (paid $11,767.69 + insured's deductible $500.00) | Demand SD-0588-1 | demanded $12,267.69 |
| 05/19/2026 | Tri-County Casualty | Payment on demand; rental allowed for 14 days only (they say repairs should have taken 14 days), $170.00 short | Check 00418867 | $12,097.69 |
| 05/22/2026 | - | Insured's deductible reimbursed to T. Vance from the recovery | Check 3310442 | -$500.00 |
| | | **Net recovery to Blue Heron** | | **$11,597.69** |

## Position

- Short-paid rental ($170.00): written off 05/26/2026 by I. Crowder - below the $250 threshold for arbitration filing.
- Betterment ($259.00) paid by insured directly to shop; not part of our demand. Insured told to take it up with Tri-County.
- Net incurred after recovery: **$170.00**.
- City of Millbrook signal cabinet: city did not present a claim against our insured (not at fault).
- Status: **CLOSED 05/27/2026**. Reserve $0.
""")


PART1 = [wc_first_report, ncm_notes, bill_review, incident_docx, cctv_timeline,
         police_report, appraisal_supplement, recovery_ledger]

if __name__ == "__main__":
    for fn in PART1 + globals().get("PART2", []):
        fn()
    print("written:", sorted(os.listdir(OUT)))
