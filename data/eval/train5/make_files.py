"""Build the train5 claim files (deterministic). Run: /work/main/.venv/bin/python make_files.py

All people, companies, addresses, policies, VINs and amounts are invented.
"""
import os
import random
from datetime import datetime, timezone
from email.message import EmailMessage

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

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


def save_docx(doc, name):
    """Save with fixed metadata and zip timestamps so the output is byte-identical run to run."""
    import zipfile
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = datetime(2026, 1, 1)
    cp.author = cp.last_modified_by = "claims"
    cp.revision = 1
    path = out(name)
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
    save_docx(doc, "Incident_Report_Store14_IR-14-2026-003.docx")


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


# =========================================================================== CLAIM D (inland marine theft)
def _msg(frm, to, subj, date_str, body, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date_str
    m.set_content(body)
    return m


def theft_eml():
    body = """Haley, Marcus -

Answers below in CAPS under each of your questions, and the rental invoice for the replacement
mini-ex is attached as a PDF (Mountain West, invoice RX-77120). The list of the hand tools that were
in the trailer's lockbox is attached too (tools_in_lockbox.csv).

Thanks,
Cody Redfern
Owner / Managing Member
Redfern Excavation LLC
7 Quarry Ln, Bozeman, MT 59715
cell (406) 555-0190

-----Original Message-----
From: Marcus Tilden <mtilden@bigskyridge-ins.example>
Sent: Wednesday, April 8, 2026 11:02 AM
To: Haley Sorensen <haley@sorensen-ig.example>
Cc: Cody Redfern <cody@redfernexc.example>
Subject: RE: FW: stolen excavator + trailer - Valley Commons job - Claim IM-44102-C

Haley / Mr. Redfern,

I have set up the claim under the contractors equipment floater, policy CEF-2209188, claim number
IM-44102-C. I'm the inland marine adjuster assigned. A few questions:

1. Who last saw the equipment and when?
   JESSE KOWALCZYK, MY FOREMAN. HE LOCKED THE GATE FRIDAY 04/03/2026 AT ABOUT 5:30 PM. THE
   EXCAVATOR WAS CHAINED TO THE TRAILER AND THE TRAILER HAD A HITCH LOCK.
2. How was the theft discovered, and was it reported to law enforcement?
   JESSE FOUND THE GATE PADLOCK CUT MONDAY 04/06/2026 AT 6:50 AM. I CALLED THE SHERIFF AT
   7:22 AM. GALLATIN COUNTY SHERIFF CASE 26-004719, DEPUTY AMANDA FRIEL CAME OUT AT 8:05.
3. Was the machine fitted with GPS or telematics?
   IT HAD THE KUBOTA TELEMATICS UNIT BUT THE SUBSCRIPTION RAN OUT IN JANUARY AND WE DIDN'T
   RENEW IT. KUBOTA DEALER SAYS THEY CAN'T PING IT WITHOUT AN ACTIVE PLAN.
4. Please confirm the serial number / PIN of the excavator and the trailer VIN.
   EXCAVATOR: 2022 KUBOTA KX040-4, PIN KBCDZ47CKN1G30558. TRAILER: 2019 BIG TEX 14ET,
   VIN 16VEX2025K2014473. BOTH ARE ON YOUR SCHEDULE.
5. Did you rent a replacement? If so send the invoice when you have it.
   YES - MOUNTAIN WEST EQUIPMENT RENTAL IN BELGRADE, DELIVERED TUESDAY 04/07. INVOICE ATTACHED.
6. Any other property taken?
   HAND TOOLS IN THE TRAILER LOCKBOX - SEE CSV. RECEIPTS FOR ALL 3.

For your information, the relevant policy terms (from the declarations):
- Scheduled equipment: KX040-4 at $58,400; Big Tex 14ET trailer at $7,900 (stated amount).
- Unscheduled tools and equipment: $5,000 per occurrence, $1,000 maximum any one item.
- Rental reimbursement: $5,000 per occurrence, after a 72-hour waiting period from the time the loss
  is discovered.
- Deductible: $2,500 per occurrence.
Theft claims on this form are held 30 days for possible recovery before settlement of the scheduled
items. I'll check NCIC status with the deputy weekly.

Marcus Tilden
Inland Marine Claims Adjuster | Big Sky Ridge Insurance Co.
(406) 555-0133 | mtilden@bigskyridge-ins.example

-----Original Message-----
From: Haley Sorensen <haley@sorensen-ig.example>
Sent: Monday, April 6, 2026 9:14 AM
To: IM Claims <imclaims@bigskyridge-ins.example>
Cc: Cody Redfern <cody@redfernexc.example>
Subject: FW: stolen excavator + trailer - Valley Commons job

New loss for Redfern Excavation LLC (CEF-2209188). Mini excavator and trailer stolen over the
weekend from their job at 4410 Valley Commons Dr, Bozeman. Sheriff has been called. Please assign.

Haley Sorensen, CIC
Commercial Lines Account Manager | Sorensen Insurance Group
(406) 555-0158

> From: Cody Redfern <cody@redfernexc.example>
> Sent: Monday, April 6, 2026 7:41 AM
> To: Haley Sorensen
> Subject: stolen excavator + trailer - Valley Commons job
>
> Haley, somebody cut the lock at the Valley Commons lot 12 job and took the KX040 and the
> Big Tex trailer it sits on. Gone since Friday night sometime. Sheriff is on the way.
> I need a machine on site tomorrow or the footings crew sits. Can I rent one? Cody
"""
    m = _msg("Cody Redfern <cody@redfernexc.example>",
             "Marcus Tilden <mtilden@bigskyridge-ins.example>",
             "RE: FW: stolen excavator + trailer - Valley Commons job - Claim IM-44102-C",
             "Thu, 09 Apr 2026 16:47:00 -0600", body,
             cc="Haley Sorensen <haley@sorensen-ig.example>")
    csv = ("item,make_model,serial,purchase_date,cost\n"
           "Breaker hammer,Hilti TE 1000-AVR,0048811372,2023-05-12,\"$1,489.00\"\n"
           "Rotary laser level,Spectra LL300N,4417-22093,2021-09-30,\"$1,165.00\"\n"
           "Plate compactor,Wacker Neuson BPU 2540,24118870,2022-04-18,\"$2,310.00\"\n"
           "TOTAL,,,,\"$4,964.00\"\n")
    m.add_attachment(csv.encode(), maintype="text", subtype="csv", filename="tools_in_lockbox.csv")
    with open(out("invoice_RX-77120.pdf"), "rb") as f:
        m.add_attachment(f.read(), maintype="application", subtype="pdf", filename="invoice_RX-77120.pdf")
    m.set_boundary("=_train5_redfern_0409")
    with open(out("Redfern_theft_thread.eml"), "wb") as f:
        f.write(bytes(m))


def rental_invoice():
    pdf = Doc(footer_text="Mountain West Equipment Rental - thank you for your business")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "MOUNTAIN WEST EQUIPMENT RENTAL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "1180 Jackrabbit Ln, Belgrade, MT 59714   |   (406) 555-0122   |   "
                   "rentals@mtnwest-rent.example", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.kv([
        ("INVOICE", "RX-77120"),
        ("Invoice date", "04/09/2026"),
        ("Contract no.", "C-554019"),
        ("Bill to", "Redfern Excavation LLC, 7 Quarry Ln, Bozeman, MT 59715"),
        ("Job site / deliver to", "4410 Valley Commons Dr (Lot 12), Bozeman"),
        ("Customer PO", "REDF-0412"),
        ("Ordered by", "Cody Redfern"),
        ("Rental out", "04/07/2026 08:00"),
        ("Rental due back", "05/05/2026 08:00 (4-week term)"),
        ("Terms", "Net 30"),
    ], w1=45)
    pdf.tbl(
        ["Qty", "Item", "Description", "Rate", "Amount"],
        [
            ["1", "KX040-R17", "Kubota KX040-4 mini excavator, 24in bucket, thumb", "4-week $2,340.00", "$2,340.00"],
            ["1", "DEL", "Delivery (lowboy, Belgrade to Bozeman)", "flat", "$195.00"],
            ["1", "PU", "Pickup at end of rental", "flat", "$195.00"],
            ["1", "DW", "Damage waiver (12% of rental)", "12%", "$280.80"],
            ["1", "ENV", "Environmental / shop supplies fee", "flat", "$38.50"],
            ["6.2", "FUEL", "Diesel refill at return - estimated, gal", "$4.85", "$30.07"],
        ],
        [10, 22, 82, 30, 26],
    )
    pdf.kv([
        ("Subtotal", "$3,079.37"),
        ("Sales tax", "$0.00 (Montana - no sales tax)"),
        ("INVOICE TOTAL", "$3,079.37"),
        ("Deposit received", "$0.00 (account customer)"),
        ("BALANCE DUE", "$3,079.37 by 05/09/2026"),
    ], w1=45)
    pdf.para("Meter out: 1,842.6 hrs. Machine must be returned clean; cleaning charged at $85/hr. Damage "
             "waiver does not cover theft, tires or glass - customer's equipment insurance is primary for "
             "theft of rented equipment. Extensions are billed at the weekly rate of $820.00 or the daily "
             "rate of $295.00, whichever is less.", size=9)
    pdf.para("Sales rep: Trent Abernathy-Cole  |  Branch 2 (Belgrade)", size=9)
    pdf.output(out("invoice_RX-77120.pdf"))
# =========================================================================== CLAIM E (accountants E&O)
def eo_pdf():
    pdf = Doc(footer_text="Keystone Arbor Professional Risk Co. - claim file PL-EO-26-4417 - compiled copy")
    # ---- document 1: demand letter
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "STROUD PIERCE LLP", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Times", "", 9)
    pdf.cell(0, 5, "1200 Market Street, 14th Floor  |  Philadelphia, PA 19107  |  (215) 555-0166",
             new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(4)
    pdf.base_font = "Times"
    pdf.para("May 4, 2026\n\nVIA EMAIL AND CERTIFIED MAIL (7022 1670 0001 8842 3310)\n\n"
             "Vincent Marchetti, CPA, Managing Partner\nHollis & Marchetti CPAs, P.C.\n"
             "300 Commerce Square, Suite 410\nLancaster, PA 17602", size=11)
    pdf.para("Re:  Verdant Row Landscaping, Inc. - professional negligence and breach of contract\n"
             "       2024 federal S corporation return (Form 1120-S)", size=11, style="B")
    pdf.para("Dear Mr. Marchetti:", size=11)
    pdf.para(
        "This firm represents Verdant Row Landscaping, Inc. (\"Verdant Row\") and its four shareholders in "
        "connection with the services your firm agreed to perform under the engagement letter dated "
        "January 8, 2025. Under that letter, Hollis & Marchetti undertook to prepare and timely file Verdant "
        "Row's 2024 Form 1120-S and, if the return could not be completed by the due date, to file an "
        "automatic extension on Form 7004. The engagement letter was signed for your firm by you and for "
        "Verdant Row by its president, Marcy Oyelaran.", size=11)
    pdf.para(
        "The return was due on March 17, 2025. Neither the return nor an extension was filed by that date. "
        "Your senior associate, Collin Weaver, told Ms. Oyelaran by telephone on March 14, 2025 that \"the "
        "extension is handled.\" It was not. The return was finally filed on March 2, 2026, after Verdant "
        "Row's bank asked for it. On April 6, 2026 the Internal Revenue Service issued notice CP162 assessing "
        "the late-filing penalty for S corporations: $245 per shareholder per month, for 4 shareholders and "
        "12 months, or $11,760.", size=11)
    pdf.para(
        "The late return also put Verdant Row in breach of the reporting covenant in its $400,000 revolving "
        "line of credit with Lakeview Community Bank, which required filed returns by September 30, 2025. "
        "The bank charged a covenant waiver fee of $2,500 and moved the line to its default rate from "
        "October 1, 2025 until the return was produced, costing Verdant Row $9,850 in additional interest "
        "(bank statements enclosed). Verdant Row then had to retain a new firm, Quarry Hill Tax Advisors, to "
        "finish the return and respond to the IRS, at a cost of $6,250.", size=11)
    pdf.para("Verdant Row's damages to date are as follows:", size=11)
    pdf.tbl(["Item", "Amount"], [
        ["IRS late-filing penalty (CP162, IRC 6699)", "$11,760.00"],
        ["Lakeview Community Bank - covenant waiver fee", "$2,500.00"],
        ["Lakeview Community Bank - default-rate interest", "$9,850.00"],
        ["Quarry Hill Tax Advisors - completion and IRS response", "$6,250.00"],
        ["Refund of fees paid to Hollis & Marchetti for the 2024 return", "$4,800.00"],
        ["Attorneys' fees to date (Stroud Pierce LLP)", "$4,900.00"],
        ["TOTAL DEMAND", "$40,060.00"],
    ], [120, 40], size=10)
    pdf.para(
        "Demand is hereby made for payment of $40,060.00. Please forward this letter to your professional "
        "liability carrier immediately. If we do not receive a substantive response within thirty (30) days "
        "of the date of this letter, our clients have authorized us to file suit in the Court of Common Pleas "
        "of Lancaster County without further notice, and to seek additional amounts including interest, the "
        "fees of an expert CPA witness, and costs. Nothing in this letter waives any claim, including claims "
        "for the 2025 tax year, which your firm also agreed to prepare and which Verdant Row has now moved to "
        "Quarry Hill.", size=11)
    pdf.para("Please preserve all files, e-mails, calendar entries, practice-management records and "
             "e-filing logs relating to Verdant Row for 2024 and 2025.", size=11)
    pdf.para("Very truly yours,\n\nGwendolyn Pierce-Adeyemi\nGwendolyn Pierce-Adeyemi, Esq.\nPartner, "
             "Stroud Pierce LLP\ngpierce@stroudpierce.example\n\nEnclosures: engagement letter 01/08/2025; "
             "IRS notice CP162 dated 04/06/2026; Lakeview Community Bank letters of 10/01/2025 and "
             "03/09/2026; Quarry Hill invoice Q-2026-114\ncc: Marcy Oyelaran, President, Verdant Row "
             "Landscaping, Inc.", size=11)
    # ---- document 2: carrier response
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "KEYSTONE ARBOR PROFESSIONAL RISK CO.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Professional Liability Claims  |  P.O. Box 4470, Harrisburg, PA 17111  |  (717) 555-0109",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.base_font = "Helvetica"
    pdf.para("May 21, 2026\n\nGwendolyn Pierce-Adeyemi, Esq.\nStroud Pierce LLP\n1200 Market Street, 14th "
             "Floor\nPhiladelphia, PA 19107", size=10.5)
    pdf.para("Re:   Your client: Verdant Row Landscaping, Inc.\n        Our insured: Hollis & Marchetti CPAs, "
             "P.C.\n        Our claim no.: PL-EO-26-4417\n        Your letter dated May 4, 2026", size=10.5,
             style="B")
    pdf.para("Dear Ms. Pierce-Adeyemi:", size=10.5)
    pdf.para(
        "Keystone Arbor Professional Risk Co. is the professional liability insurer of Hollis & Marchetti CPAs, "
        "P.C. Your letter of May 4, 2026 has been forwarded to us and I have been assigned to handle the "
        "matter. Please direct all further communication about this claim to me rather than to our insured.",
        size=10.5)
    pdf.para(
        "We have begun our investigation. Our insured's records indicate that Verdant Row did not deliver its "
        "year-end payroll reconciliation and fixed-asset additions until March 10, 2025, and that the firm's "
        "practice is to file Form 7004 once the client returns a signed extension authorization; our insured's "
        "file does not contain a signed authorization. We do not suggest that this resolves the matter, and we "
        "are still reviewing the firm's e-filing log for March 2025. Your clients' own records on this point "
        "would help us evaluate the claim promptly.", size=10.5)
    pdf.para("To complete our evaluation, please send us:", size=10.5)
    for item in [
        "1. The complete IRS notice CP162 and any later IRS notices or account transcripts for 2024.",
        "2. The Lakeview Community Bank loan agreement (including the reporting covenant), the letters of "
        "October 1, 2025 and March 9, 2026, and statements showing the default-rate interest calculation.",
        "3. Quarry Hill Tax Advisors' engagement letter and itemized invoice Q-2026-114.",
        "4. Proof of the $4,800 in fees paid to our insured for the 2024 return.",
        "5. Any written communication between Verdant Row and our insured between January 1 and March 31, 2025.",
    ]:
        pdf.para(item, size=10.5)
    pdf.para(
        "Regarding the IRS penalty: the 6699 penalty is frequently removed under the IRS first-time penalty "
        "abatement policy where the entity has a clean compliance history for the prior three years. Our "
        "insured has offered, at no cost to your client, to prepare and submit a first-time abatement request. "
        "If it is granted, the $11,760 penalty item would fall away. We ask that your client authorize this by "
        "signing Form 2848 in favor of our insured or of Quarry Hill, whichever your client prefers.",
        size=10.5)
    pdf.para(
        "We note that attorneys' fees are not generally recoverable as damages in Pennsylvania absent a "
        "statute or an agreement providing for them, and we do not accept that item. We also note that the "
        "2025 tax year is not the subject of any alleged error at this time.", size=10.5)
    pdf.para(
        "We will respond substantively within thirty (30) days of receiving the documents above. In the "
        "meantime we ask that your clients refrain from filing suit; we are open to discussing an agreed "
        "tolling arrangement if that would help. This letter is not a waiver of any rights or defenses of "
        "our insured or of Keystone Arbor under its policy or at law.", size=10.5)
    pdf.para("Sincerely,\n\nRenata Szabo\nSenior Claims Specialist, Accountants Professional Liability\n"
             "(717) 555-0109 ext. 2231  |  rszabo@keystonearbor.example\n\n"
             "cc: Vincent Marchetti, CPA (insured)\n     Oliver Brandvold, Esq., Brandvold Kerr LLP "
             "(monitoring counsel for the insured)", size=10.5)
    # ---- document 3: internal file note
    pdf.add_page()
    pdf.head("INTERNAL CLAIM FILE NOTE - NOT FOR DISTRIBUTION", 12)
    pdf.kv([
        ("Claim no.", "PL-EO-26-4417"),
        ("Insured", "Hollis & Marchetti CPAs, P.C. (Lancaster, PA)"),
        ("Policy", "APL-2025-118290 - Accountants Professional Liability, claims-made and reported"),
        ("Policy period", "07/01/2025 - 07/01/2026"),
        ("Retroactive date", "07/01/2011"),
        ("Limits", "$1,000,000 each claim / $2,000,000 aggregate"),
        ("Retention", "$10,000 each claim (applies to damages and claim expenses)"),
        ("Claimant", "Verdant Row Landscaping, Inc. (counsel: G. Pierce-Adeyemi, Stroud Pierce LLP)"),
        ("Claim first made", "04/02/2026 (client's complaint e-mail to V. Marchetti)"),
        ("Reported to us", "04/10/2026 by insured (notice via broker Talbot & Rusk, Kathleen Rusk)"),
        ("Claims professional", "Renata Szabo, Senior Claims Specialist"),
        ("Monitoring counsel", "Oliver Brandvold, Brandvold Kerr LLP (panel), appointed 05/12/2026"),
        ("Status", "Open - pre-suit. Demand $40,060.00 (05/04/2026); docs requested 05/21/2026"),
    ], w1=45)
    pdf.head("Reserve history", 11)
    pdf.tbl(["Date", "Indemnity", "Expense", "Note"], [
        ["04/14/2026", "$30,000", "$15,000", "Initial - claim e-mail only, no demand yet"],
        ["05/22/2026", "$25,000", "$20,000", "Demand received; FTA likely on penalty; counsel appointed"],
    ], [26, 26, 26, 96], size=9)
    pdf.head("Retention / payments", 11)
    pdf.tbl(["Date", "Payee", "Item", "Amount", "Paid by"], [
        ["06/05/2026", "Brandvold Kerr LLP", "Invoice BK-5581 (May)", "$2,140.00", "Insured (retention)"],
        ["07/06/2026", "Brandvold Kerr LLP", "Invoice BK-5702 (June)", "$1,280.00", "Insured (retention)"],
    ], [24, 38, 44, 26, 42], size=9)
    pdf.para("Retention eroded to date: $3,420.00 of $10,000.00.", size=10)
    pdf.head("Coverage and evaluation notes", 11)
    pdf.para(
        "Claim first made 04/02/2026 and reported 04/10/2026, both inside the policy period; alleged act "
        "(missed 03/17/2025 deadline) is after the retro date. No prior-knowledge issue found on the "
        "application dated 06/12/2025. Fee refund ($4,800) is excluded as return of fees under the "
        "definition of damages. Attorneys' fees unlikely recoverable. Penalty likely abated (Verdant Row has "
        "no penalties 2021-2023 per insured). Bank items are the real exposure - causation arguable given "
        "the client's late data. Realistic settlement range if FTA is granted: $10,000 - $16,000.", size=10)
    pdf.para(
        "Insured's position (V. Marchetti call 04/13/2026): C. Weaver left the firm 08/2025; Weaver's notes "
        "show he e-mailed a Form 8879/7004 authorization request to Ms. Oyelaran on 03/12/2025 with no "
        "reply. The firm's e-filing log shows no 7004 transmitted for Verdant Row. Insured consents to "
        "settle within retention if possible. Diary: follow up for documents 06/22/2026; next reserve review "
        "07/15/2026.", size=10)
    pdf.output(out("EO_demand_and_response_PL-EO-26-4417.pdf"))
# =========================================================================== CLAIM F (farm livestock mortality)
def livestock_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10)
    docx_header_footer(
        doc,
        "North Star Farm & Ranch Insurance  -  Field Adjuster Report  -  FL-2026-30977",
        "Field report by G. Lindahl, independent field adjuster (North Star panel)  -  not a coverage opinion unless stated",
    )
    doc.add_heading("Livestock Mortality - Field Report and Statement of Loss", level=1)
    docx_table(doc, [
        ["Insured", "Okonkwo Family Dairy LLC (Chidi and Rebecca Okonkwo, members)"],
        ["Location", "N5150 County Road E, Marshfield, WI 54449 - north pasture (\"Oak Pasture\")"],
        ["Policy", "FO-77310452 (Farmowners) - Coverage F, scheduled livestock"],
        ["Policy period", "03/01/2026 - 03/01/2027"],
        ["Peril claimed", "Lightning"],
        ["Date of loss", "06/28/2026 (afternoon thunderstorm)"],
        ["Reported", "06/28/2026 at 7:05 PM by Rebecca Okonkwo to North Star's 24-hour claims line"],
        ["Assigned", "06/29/2026 to Greta Lindahl, field adjuster"],
        ["Field inspection", "07/02/2026, 10:00 AM, with Chidi Okonkwo and herd manager Luis Arreola"],
    ], header=False)
    doc.add_heading("Coverage summary (from declarations)", level=2)
    docx_table(doc, [
        ["Item", "Amount / term"],
        ["Coverage F - cattle, blanket", "$450,000"],
        ["Maximum any one animal", "$3,500 per head"],
        ["Deductible", "$1,000 per occurrence"],
        ["Carcass removal / disposal (additional coverage)", "up to $1,000 per occurrence"],
        ["Loss expense - veterinary certification of cause", "up to $500 per occurrence"],
        ["Perils", "Named perils incl. lightning, electrocution, windstorm, fire; NOT disease or heat stress"],
    ])
    doc.add_heading("Facts", level=2)
    doc.add_paragraph(
        "Herd: 212 milking Holsteins plus replacement heifers. On the afternoon of 06/28/2026 a line of "
        "storms crossed northern Wood County. About 40 cows in the Oak Pasture gathered under the large bur "
        "oak at the east fence line. At about 3:20 PM Luis Arreola heard a very loud strike; when he went to "
        "bring the cows in for the 4:30 PM milking he found nine dead within about 30 ft of the tree, and two "
        "more (tags 1156 and 1199) down but able to rise. The oak has a fresh bark strip blown off from about "
        "25 ft to the ground on the south side, and the woven-wire fence attached to it shows arc pitting."
    )
    doc.add_paragraph(
        "Lightning data obtained by the adjuster from a commercial strike-location service (report LSR-0702-"
        "88314) shows a cloud-to-ground strike at 15:17:42 CDT on 06/28/2026 about 0.2 mi from the pasture "
        "centroid, peak current -38 kA, within the stated location accuracy. This matches the herd manager's "
        "account."
    )
    doc.add_paragraph(
        "Veterinary exam: Dr. Henrik Aalto, DVM (Marshfield Large Animal Clinic) examined the carcasses on "
        "06/29/2026 at 9:00 AM. Findings: singe lines on four animals, rapid bloat, no signs of struggle, no "
        "feed or water change, no recent vaccinations; death consistent with lightning strike. Necropsy of "
        "one animal (tag 1142) - no evidence of disease. Dr. Aalto's fee for the exam and certificate: $240.00. "
        "Tags 1156 and 1199 were treated (burns, lameness) - $180.00, billed separately; injured animals are "
        "not a covered loss and that bill is the insured's."
    )
    doc.add_paragraph(
        "Disposal: Badger Rendering Service picked up the nine carcasses on 06/30/2026, ticket BR-66120, "
        "charge $675.00."
    )
    doc.add_heading("Schedule of dead animals and values", level=2)
    doc.add_paragraph(
        "Values from the insured's DHIA records and two recent sale barn reports (Wood County Livestock "
        "Auction, 06/17/2026 and 06/24/2026). Tag 1033 is a registered cow with a high genomic index; the "
        "insured's value is accepted but limited by the per-head maximum."
    )
    docx_table(doc, [
        ["Ear tag", "Age", "Status", "Insured's value", "Per-head limit applied", "Adjusted value"],
        ["1142", "4 yr", "2nd lactation", "$2,850", "-", "$2,850"],
        ["1187", "3 yr", "1st lactation", "$2,600", "-", "$2,600"],
        ["0963", "6 yr", "4th lactation", "$2,200", "-", "$2,200"],
        ["1205", "2 yr", "bred heifer", "$2,400", "-", "$2,400"],
        ["1033", "5 yr", "3rd lactation, registered", "$3,950", "$3,500", "$3,500"],
        ["1121", "4 yr", "2nd lactation", "$2,750", "-", "$2,750"],
        ["1090", "5 yr", "3rd lactation", "$2,500", "-", "$2,500"],
        ["1214", "2 yr", "bred heifer", "$2,300", "-", "$2,300"],
        ["0988", "6 yr", "4th lactation", "$2,150", "-", "$2,150"],
        ["TOTAL (9 head)", "", "", "$23,700", "", "$23,250"],
    ])
    doc.add_heading("Statement of loss", level=2)
    docx_table(doc, [
        ["Line", "Amount"],
        ["Adjusted value of 9 head", "$23,250.00"],
        ["Less deductible", "($1,000.00)"],
        ["Livestock payable", "$22,250.00"],
        ["Carcass disposal - Badger Rendering ticket BR-66120", "$675.00"],
        ["Veterinary certification - Dr. Aalto", "$240.00"],
        ["TOTAL RECOMMENDED PAYMENT", "$23,165.00"],
    ])
    doc.add_heading("Not included", level=2)
    for t in [
        "Vet treatment of the two injured cows ($180.00) - not a covered loss.",
        "Lost milk production - the insured asked; Coverage F has no income coverage and none was purchased.",
        "Fence repair along the east line - insured will repair himself; did not present a figure.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Status", level=2)
    doc.add_paragraph(
        "Report submitted 07/06/2026. Payment of $23,165.00 approved by North Star examiner Dale Hutchins "
        "07/17/2026; check 1180447 issued 07/21/2026 payable to Okonkwo Family Dairy LLC and Farm Credit "
        "of Central Wisconsin (loss payee). File closed 07/24/2026. No subrogation potential (act of nature). "
        "Salvage: none (rendered)."
    )
    doc.add_paragraph("Greta Lindahl  |  field adjuster  |  (715) 555-0114")
    save_docx(doc, "Livestock_Field_Report_FL-2026-30977.docx")
# =========================================================================== CLAIM G (commercial crime - funds transfer fraud)
def wire_recall_eml():
    body = """Bea -

FYI before our Tuesday file review. Chain below. Short version: vendor-impersonation e-mail,
AP changed the bank details without a callback, one wire of $86,914.50 went out 08/13, the bank
recalled it on 08/18 and clawed back $52,310.22 (credited 08/26). Net loss $34,604.28.
Notice came in 08/19/2026 from the broker, Nils Eriksen (Cascade Point Brokerage). Policy is
commercial crime CC-6620915, 06/01/2026 - 06/01/2027; Funds Transfer Fraud and Computer Fraud
are $250,000 each.

Coverage: this is not Funds Transfer Fraud - the insured's own employee sent the wire. It falls
under the Social Engineering Fraud insuring agreement: sublimit $100,000, deductible $15,000
(the $10,000 deductible is for the other insuring agreements). Callback condition: the policy
requires a callback to a number on file before changing payee bank details. Tessa Moreau replied to
the e-mail instead of calling. That condition is a reduction to 50% of the loss, not a full bar, on
this form (endorsement SCI-SE-04). I'm still looking at whether it applies - the insured says the
callback procedure was written but "not rolled out" to AP until September.

Reserve set today at $20,000 (SE sublimit, $34,604.28 less $15,000 = $19,604.28). If the 50%
reduction applies it would drop a lot. Asked the insured for the vendor master change log and the
written callback procedure.

Owen Thackeray
Senior Crime & Fidelity Claims Examiner | Salish Crest Insurance Company
(253) 555-0145 | othackeray@salishcrest.example

-----Original Message-----
From: Ingrid Halvorsen <ihalvorsen@lindqvistmarine.example>
Sent: Thursday, August 27, 2026 3:18 PM
To: Owen Thackeray <othackeray@salishcrest.example>
Cc: Nils Eriksen <neriksen@cascadepoint.example>
Subject: RE: Notice of loss - wire fraud - Lindqvist Marine Supply - CR-88341-B

Owen, thanks for the call. To your list:
- FBI IC3 complaint was filed 08/18/2026 at 4:40 PM by me. Tacoma PD told us to go to IC3 and did
  not take a report.
- Bank recall confirmation and the return credit are in Dwayne's e-mails below.
- We signed Puget Commerce Bank's indemnity letter for the recall on 08/24/2026.
- Pacific Rope & Rigging is still owed the two invoices. We paid them from our operating account on
  08/21/2026 so we don't lose them as a supplier.
- Vendor master change log and our callback procedure to follow next week.

Ingrid Halvorsen, CPA
Controller | Lindqvist Marine Supply Inc.
1840 Port Industrial Way, Tacoma, WA 98421 | (253) 555-0170

-----Original Message-----
From: Dwayne Kettering <dkettering@pugetcommerce.example>
Sent: Wednesday, August 26, 2026 10:05 AM
To: Ingrid Halvorsen <ihalvorsen@lindqvistmarine.example>
Subject: RE: URGENT - recall request - wire 08/13 $86,914.50

Ingrid - Crestline National Bank returned $52,310.22 today; it is credited to your operating account
ending 0932 with value date 08/26/2026. That is everything that was left in the beneficiary account
when they froze it. The other $34,604.28 left the account on 08/14/2026 in two outgoing transfers
before the recall reached them; Crestline says those went overseas and they cannot recover them.
Our recall file is closed as partially recovered.

Dwayne Kettering
VP, Treasury Services | Puget Commerce Bank
(253) 555-0188

-----Original Message-----
From: Dwayne Kettering
Sent: Tuesday, August 18, 2026 3:31 PM
To: Ingrid Halvorsen
Subject: RE: URGENT - recall request - wire 08/13 $86,914.50

Recall sent through Fedwire at 3:12 PM today, our reference FED-REC-26-0818-0193. Crestline
acknowledged at 3:27 PM and says the beneficiary account is frozen pending review. No guarantee on
what is still there. Please send the signed indemnity letter (attached) when you can.

-----Original Message-----
From: Ingrid Halvorsen
Sent: Tuesday, August 18, 2026 2:05 PM
To: Dwayne Kettering; fraudalerts@pugetcommerce.example
Subject: URGENT - recall request - wire 08/13 $86,914.50

Dwayne, we need an immediate recall on the outgoing wire of 08/13/2026, 10:26 AM, $86,914.50, to
Crestline National Bank, beneficiary "Pacific Rope and Rigging Co", account ending 4471. We just
learned from the real vendor that they never changed their bank. The request came from a look-alike
domain (pacificrope-rigging.co - their real domain is pacificroperigging.com).

The wire paid two invoices: INV-PRR-20931 ($51,230.00) and INV-PRR-20977 ($35,684.50).

-----Original Message-----
From: Ron Gallagher <rgallagher@pacificroperigging.com>
Sent: Tuesday, August 18, 2026 11:52 AM
To: Accounts Payable <ap@lindqvistmarine.example>
Subject: Past due - INV-PRR-20931

Hi, following up on INV-PRR-20931, now 20 days past due. Can you give me a payment date?
Ron Gallagher, Credit Manager, Pacific Rope & Rigging Co.

-----Original Message-----
From: Tessa Moreau <tmoreau@lindqvistmarine.example>
Sent: Wednesday, August 12, 2026 8:33 AM
To: Ron Gallagher <r.gallagher@pacificrope-rigging.co>
Subject: RE: Updated remittance instructions

Thanks Ron, I've updated your bank details in our system. Your two open invoices will go out by
wire this week.
Tessa Moreau, Accounts Payable Specialist

-----Original Message-----
From: Ron Gallagher <r.gallagher@pacificrope-rigging.co>
Sent: Tuesday, August 11, 2026 9:47 AM
To: Tessa Moreau
Subject: Updated remittance instructions

Please note we have moved our banking to Crestline National Bank effective immediately.
Please update your records and remit all open items by wire to the account on the attached
letter (account ending 4471). Our old account is being closed for audit. Thank you.
"""
    m = _msg("Owen Thackeray <othackeray@salishcrest.example>",
             "Bea Lindgren <blindgren@salishcrest.example>",
             "FW: Notice of loss - wire fraud - Lindqvist Marine Supply - CR-88341-B",
             "Fri, 28 Aug 2026 09:40:00 -0700", body)
    with open(out("FW_wire_fraud_recall_CR-88341-B.eml"), "wb") as f:
        f.write(bytes(m))
# =========================================================================== CLAIM H (hotel BOP kitchen fire)
def fire_marshal_pdf():
    pdf = Doc(header_text="Town of Port Aldous Fire Department - Office of the Fire Marshal - Incident 2026-0917-003",
              footer_text="FMO report - public record copy")
    # transmittal page from the adjuster
    pdf.add_page()
    pdf.head("DOWNEAST KEEL INSURANCE CO. - CLAIM FILE TRANSMITTAL", 12)
    pdf.kv([
        ("Claim", "BP2026-07155"),
        ("Insured", "Carraway Inn LLC dba The Carraway Inn & Grill"),
        ("Risk address", "41 Harbor View Rd, Port Aldous, ME 04858"),
        ("Policy", "BOP-5530817 (Businessowners) 05/15/2026 - 05/15/2027"),
        ("Building limit", "$2,400,000"),
        ("Business personal property", "$350,000"),
        ("Business income", "Actual loss sustained, 12 months; 72-hour waiting period"),
        ("Deductible", "$2,500 per occurrence (property)"),
        ("Date of loss", "09/17/2026"),
        ("Adjuster", "Felix Arrowood, Property General Adjuster, (207) 555-0131"),
        ("Attached", "Fire Marshal's Office report rec'd 09/25/2026 (public records request PR-26-412)"),
    ], w1=52)
    pdf.head("Reserves (as of 09/28/2026)", 11)
    pdf.tbl(["Coverage", "Initial 09/18/2026", "Current 09/28/2026"], [
        ["Building", "$100,000", "$160,000"],
        ["Business personal property", "$40,000", "$65,000"],
        ["Business income", "$50,000", "$90,000"],
        ["Total", "$190,000", "$315,000"],
    ], [70, 50, 50], size=9.5)
    pdf.para("Adjuster note: restaurant (the Grill) closed since the fire; hotel rooms 201-206 above the kitchen "
             "out of service for smoke; remaining 25 rooms reopened 09/19/2026. Owner Philippa Carraway expects "
             "the Grill to reopen 12/01/2026. Advance of $25,000 on building paid 09/30/2026. Subrogation "
             "potential vs. Coastal Fire Protection (hood suppression service) and the fryer manufacturer - "
             "evidence preserved; joint exam to be scheduled. Sprinkler leakage: none (kitchen not "
             "sprinklered).", size=9.5)
    # fire marshal report
    pdf.add_page()
    pdf.head("FIRE INVESTIGATION REPORT", 14)
    pdf.kv([
        ("Incident number", "2026-0917-003"),
        ("Property", "The Carraway Inn & Grill, 41 Harbor View Rd, Port Aldous, ME 04858"),
        ("Occupancy", "Mixed: 31-room hotel (floors 2-3) over restaurant and commercial kitchen (floor 1)"),
        ("Construction", "Wood frame, 3 stories, built 1924, renovated 2009; partial sprinklers (guest floors only)"),
        ("Owner", "Carraway Inn LLC - Philippa Carraway, managing member"),
        ("Date of fire", "Thursday, 09/17/2026"),
        ("Investigator", "Deputy Fire Marshal Celeste Abernathy, ME-FI-2207 (IAAI-CFI)"),
        ("Report date", "09/24/2026"),
        ("Classification", "ACCIDENTAL"),
    ], w1=45)
    pdf.head("1. Timeline (dispatch records, alarm panel history and interviews)", 11)
    pdf.tbl(["Time", "Event", "Source"], [
        ["approx. 21:05", "Cook notices smoke, then flames, at fryer #2", "Interview - M. Ferrante"],
        ["21:08", "Manual pull station for hood suppression activated by cook", "Interview; Ansul cartridge"],
        ["21:11:26", "Building fire alarm - smoke detector, 1st floor corridor near kitchen", "Alarm panel log"],
        ["21:12:40", "911 call from front desk (Aiyana Brooks, night clerk)", "Dispatch CAD"],
        ["21:13:05", "Port Aldous Engine 3, Ladder 1, Medic 2 dispatched", "Dispatch CAD"],
        ["21:21:10", "Engine 3 on scene; heavy smoke from kitchen exhaust fan on roof", "Dispatch CAD"],
        ["21:24:00", "First water on fire in hood plenum / duct chase", "Incident commander"],
        ["21:30", "Hotel evacuation complete; all 41 registered guests accounted for", "Incident commander"],
        ["21:48:15", "Fire declared under control", "Dispatch CAD"],
        ["22:10", "Deputy Fire Marshal Abernathy on scene", "FMO"],
        ["23:36:50", "Last unit (Ladder 1) clears scene", "Dispatch CAD"],
    ], [28, 108, 38], size=8.5)
    pdf.head("2. Scene examination", 11)
    pdf.para(
        "Exterior: no fire damage to the exterior walls. Heavy grease-laden smoke staining at the roof exhaust "
        "fan and around the duct penetration. Ladder 1 opened the roof duct access panel at about 21:35 and "
        "found fire in the horizontal duct run. The exterior of the building showed no evidence of any fire "
        "origin other than the kitchen exhaust system.", size=10)
    pdf.para(
        "Kitchen: the cook line on the east wall consists of (north to south) a six-burner range, a 36 in. "
        "griddle, fryer #1, fryer #2 and a 24 in. charbroiler, all under a single 16 ft Type I exhaust hood. "
        "The heaviest fire damage (deep char of the wall board behind the line, melted aluminum baffle filters, "
        "consumed fryer baskets) is centered over fryer #2. Burn patterns on the hood interior and on the "
        "stainless backsplash form a V rising from fryer #2. Fryer #2 is a gas fryer, Pitco model SG14S, "
        "serial G14-7720315, 40-50 lb oil capacity. Its oil vat was nearly empty; residual oil was carbonized. "
        "Fryer #1 (same model, serial G14-7718852) had its oil intact and was not involved.", size=10)
    pdf.para(
        "Hood suppression: the kitchen is protected by an Ansul R-102 wet chemical system. The system "
        "discharged (cartridge punctured, agent tank empty). The nozzle assigned to fryer #2 was found with "
        "its blow-off cap missing and its orifice packed with hardened grease; the agent pattern on the "
        "fryer #2 appliance was light compared with the other appliances. The service tag shows the last "
        "semi-annual inspection on 03/11/2026 by Coastal Fire Protection; the next inspection was due "
        "09/11/2026 and had not been performed. The hood and duct cleaning sticker shows the last cleaning "
        "on 11/14/2025 by Bright Hood Services. For this volume of fryer cooking, NFPA 96 calls for quarterly "
        "cleaning. Grease deposits in the horizontal duct were measured at up to 1/8 in. in places.", size=10)
    pdf.para(
        "Guest floors: fire did not extend beyond the kitchen and duct chase. Smoke travelled up the duct "
        "chase into the second-floor corridor; rooms 201 through 206 have moderate smoke damage. The guest "
        "floors are sprinklered; no sprinkler heads operated. Rooms were occupied that night in 22 of the 31 "
        "rooms.", size=10)
    pdf.head("3. Interviews", 11)
    pdf.para(
        "Mateo Ferrante (line cook, 6 years at the Grill): was working fryers and broiler alone after the "
        "dining room closed at 21:00, cooking staff meals. He says fryer #2 'smelled hot' and the oil was "
        "smoking heavily at about 21:05; before he could turn it off the oil ignited. He pulled the Ansul "
        "station by the back door; he says the chemical came out but 'the fryer kept going.' He tried a "
        "Class K extinguisher, then left when the smoke banked down. He burned the back of his right hand "
        "moving a sheet pan. He says fryer #2 had been 'running hot' for about two weeks and he had told the "
        "kitchen manager, Desmond Hale.", size=10)
    pdf.para(
        "Desmond Hale (kitchen manager): confirms Ferrante told him fryer #2 was running hot; he turned the "
        "thermostat down and planned to call the service company. No service call was placed. He did not "
        "know the suppression inspection was overdue; the owner's office scheduled those.", size=10)
    pdf.para(
        "Aiyana Brooks (night desk clerk): heard the alarm at about 21:11, saw smoke in the corridor by the "
        "kitchen and called 911. She and the night auditor, Sam Whitlock, went floor by floor knocking on "
        "doors with the guest list.", size=10)
    pdf.para(
        "Philippa Carraway (owner): the fryers were bought new in 2019. The suppression contract with Coastal "
        "Fire Protection is semi-annual; she says Coastal had not called to schedule September and she had "
        "not noticed. Hood cleaning was 'supposed to be every three months' but was put off over the winter "
        "and spring.", size=10)
    pdf.head("4. Evidence", 11)
    pdf.tbl(["Item", "Description", "Disposition"], [
        ["E-1", "Fryer #2 high-limit control and thermostat (from SG14S, serial G14-7720315)", "FMO evidence room"],
        ["E-2", "Fryer #2 gas valve assembly", "FMO evidence room"],
        ["E-3", "Ansul nozzle for fryer #2 (cap missing, grease-packed)", "FMO evidence room"],
        ["E-4", "Ansul service tag and hood-cleaning sticker (photographed, removed)", "FMO evidence room"],
    ], [14, 120, 40], size=8.5)
    pdf.para(
        "Evidence will be held for 90 days from the report date for a joint examination by interested parties "
        "on notice (insurer, Coastal Fire Protection, fryer manufacturer). Examination under the FMO's "
        "supervision only; no destructive testing without agreement of all parties.", size=10)
    pdf.head("5. Origin and cause", 11)
    pdf.para(
        "Area of origin: the cooking vat of fryer #2 on the east cook line. Heat source: the fryer's burners, "
        "running without thermostatic control. Examination of E-1 shows the high-limit control's contacts "
        "welded closed, so the high-limit could not shut off the gas when the oil overheated. First fuel "
        "ignited: cooking oil at or above its autoignition temperature. The fire extended through the hood "
        "filters into the grease-laden duct. The suppression system discharged but the fryer #2 nozzle was "
        "obstructed, so agent coverage of the fire's origin was inadequate. The fire is classified as "
        "ACCIDENTAL. No evidence of incendiary activity; all other ignition sources in the area of origin "
        "were eliminated.", size=10)
    pdf.head("6. Injuries and damage", 11)
    pdf.para(
        "Civilian injury: Mateo Ferrante, second-degree burn to the back of the right hand; treated by Medic 2 "
        "on scene, refused transport, went to urgent care on 09/18/2026. Firefighter injury: FF Lucas Breen "
        "(Ladder 1), heat exhaustion, evaluated by Medic 2 and released. Estimated loss (FMO estimate for "
        "NFIRS, not an appraisal): structure $148,000; contents $62,500.", size=10)
    pdf.head("7. Code items noted (referred to the Code Enforcement Officer)", 11)
    for t in [
        "NFPA 96 - hood and duct cleaning overdue (last 11/14/2025).",
        "NFPA 17A - wet chemical system semi-annual inspection overdue (due 09/11/2026); nozzle blow-off cap missing.",
        "Class K extinguisher present and charged; last annual inspection tag 02/2026 - compliant.",
        "Kitchen manager not trained in fryer high-limit checks - recommendation only.",
    ]:
        pdf.para("- " + t, size=10)
    pdf.para("Celeste Abernathy\nDeputy Fire Marshal, Town of Port Aldous  |  (207) 555-0104  |  09/24/2026",
             size=10)
    pdf.output(out("FireMarshal_Report_Carraway_Inn_2026-0917-003.pdf"))
# =========================================================================== CLAIM I (dental pre-determination)
def dental_pdf():
    pdf = Doc(font="Courier")
    pdf.add_page()
    L = [
        "DENTAL CLAIM / PRE-TREATMENT ESTIMATE FORM                 [x] Pre-treatment estimate",
        "                                                            [ ] Statement of actual services",
        "  ** fax received 09/08/2026 10:52 - 3 pages - Lakeshore Dental Benefit Plan **",
        "",
        "1. Claim / Predetermination No.:  DN-5520193",
        "2. Payer:  Lakeshore Dental Benefit Plan,  PO Box 20417,  Grand Rapids, MI 49501",
        "",
        "POLICYHOLDER / SUBSCRIBER",
        "3. Name:  OSTROWSKI,  BERNARD  J.         4. Member ID:  XKT448190273",
        "5. Group No.:  00712-B   (Fairmont Tool & Die Co.)",
        "6. Address:  5521 Cedar Knoll Dr,  Waterford,  MI 48327",
        "",
        "PATIENT",
        "7. Name:  OSTROWSKI,  CELIA  R.     8. DOB:  04/02/1968     9. Relationship:  Spouse",
        "10. Other coverage?  N     11. Other insured's name:  ________________",
        "",
        "BILLING DENTIST",
        "12. Dr. Farah Nadeem, DDS  -  Maplecrest Family Dentistry",
        "13. 2750 Orchard Lake Rd, Ste 3,  Keego Harbor,  MI 48320     Ph (248) 555-0186",
        "14. NPI:  1487903265      15. License:  2901038811      16. TIN:  38-4402177",
        "",
        "RECORD OF SERVICES PROPOSED",
        "Ln  Date       Tooth Surf  Code   Description                              Fee",
        "1   09/02/2026  --    --   D0150  Comprehensive oral evaluation           $95.00",
        "2   09/02/2026  --    --   D0210  Intraoral complete series (FMX)         $140.00",
        "3   (proposed)  30    --   D3330  Endodontic therapy, molar               $1,150.00",
        "4   (proposed)  30   MOD   D2950  Core buildup incl. pins                 $265.00",
        "5   (proposed)  30    --   D2740  Crown - porcelain/ceramic               $1,285.00",
        "6   (proposed)  UR    --   D4341  Perio scaling & root planing, 4+ teeth  $245.00",
        "7   (proposed)  UL    --   D4341  Perio scaling & root planing, 4+ teeth  $245.00",
        "                                                      TOTAL FEE:  $3,425.00",
        "",
        "Missing teeth information:  ____________",
        "Remarks:  #30 fractured lingual cusp, irreversible pulpitis, PA radiolucency. Perio",
        "  pockets 5-6 mm UR/UL. Pt wants crown done before end of year if covered.",
        "",
        "ANCILLARY",
        "Orthodontic treatment?  ____     Months of treatment remaining:  ____",
        "Replacement of prosthesis?  N    Date of prior placement:  ____________",
        "Treatment resulting from occupational illness/injury?  N    Auto accident?  N",
        "Radiographs enclosed:  Y (2 PA, 1 BW)     Perio charting enclosed:  Y",
        "",
        "Signature of treating dentist:  /s/ F. Nadeem DDS          Date:  09/03/2026",
    ]
    scanned_lines(pdf, L, size=8.6)
    # plan's response
    pdf.add_page()
    pdf.base_font = "Helvetica"
    pdf.head("LAKESHORE DENTAL BENEFIT PLAN - PRE-TREATMENT ESTIMATE", 12)
    pdf.kv([
        ("Predetermination no.", "DN-5520193"),
        ("Date issued", "09/15/2026"),
        ("Patient", "Celia R. Ostrowski (spouse of member Bernard J. Ostrowski)"),
        ("Plan", "Fairmont Tool & Die Co. - PPO, calendar year benefits"),
        ("Annual maximum", "$1,500 per person; used to date $310.00; remaining $1,190.00"),
        ("Deductible", "$50 per person (basic and major only); not yet met in 2026"),
        ("Coinsurance", "Diagnostic/preventive 100%; basic (incl. endo, perio) 80%; major (crowns, buildups) 50%"),
        ("Dental consultant", "Dr. Howard Pelt, DDS"),
    ], w1=45)
    pdf.tbl(["Ln", "Code", "Tooth", "Fee", "PPO allowed", "Cov.", "Plan est.", "Note"], [
        ["1", "D0150", "-", "$95.00", "$78.00", "100%", "$78.00", "Paid claim 09/02 visit"],
        ["2", "D0210", "-", "$140.00", "$118.00", "0%", "$0.00", "N31 - FMX 1 per 60 mo"],
        ["3", "D3330", "30", "$1,150.00", "$912.00", "80%", "$689.60", "$50 deductible taken"],
        ["4", "D2950", "30", "$265.00", "$212.00", "50%", "$106.00", ""],
        ["5", "D2740", "30", "$1,285.00", "$1,038.00", "50%", "$519.00", "N12 - see below"],
        ["6", "D4341", "UR", "$245.00", "$186.00", "80%", "$148.80", ""],
        ["7", "D4341", "UL", "$245.00", "$186.00", "80%", "$148.80", ""],
    ], [8, 16, 12, 22, 24, 12, 22, 58], size=8)
    pdf.para("Sum of line estimates: $1,690.20. Limited by the remaining annual maximum: estimated plan "
             "payment for 2026 is $1,190.00. Patient's estimated share is the PPO allowed amount less plan "
             "payment; Maplecrest is in network and may not bill above the PPO allowed amount.", size=9.5)
    pdf.para("N31: last full-mouth series paid 03/15/2023; frequency limit 1 per 60 months - not a benefit "
             "until 03/15/2028. Patient may be billed the PPO allowed amount ($118.00) for line 2.", size=9.5)
    pdf.para("N12: crown on #30 approved - narrative and radiographs support need (fractured cusp, post-endo). "
             "If the crown is seated on or after 01/01/2027 it will be paid from the 2027 annual maximum.",
             size=9.5)
    pdf.para("This is an estimate, not a guarantee of payment. Benefits are determined when the services are "
             "performed and depend on eligibility and remaining maximum at that time. Estimate valid for 180 "
             "days from the date issued. Status: PRE-DETERMINATION ISSUED - no treatment claim on file for "
             "lines 3-7. Questions: Member Services (800) 555-0175, ref DN-5520193.", size=9.5)
    pdf.output(out("Dental_PreTreatment_DN-5520193.pdf"))


PART2 = [rental_invoice, theft_eml, eo_pdf, livestock_docx, wire_recall_eml, fire_marshal_pdf, dental_pdf]
PART1 = [wc_first_report, ncm_notes, bill_review, incident_docx, cctv_timeline,
         police_report, appraisal_supplement, recovery_ledger]

if __name__ == "__main__":
    for fn in PART1 + globals().get("PART2", []):
        fn()
    print("written:", sorted(os.listdir(OUT)))
