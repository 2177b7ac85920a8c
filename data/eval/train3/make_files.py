"""Generate the invented claim files of the train3 set (deterministic).

Run: /work/main/.venv/bin/python make_files.py
All people, companies, policies, VINs and amounts are made up.
"""
import datetime as dt
import os
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)


def ded(s):
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------- PDF helpers
class Report(FPDF):
    def __init__(self, head="", foot="", font="Helvetica"):
        super().__init__(format="Letter")
        self.head_text = head
        self.foot_text = foot
        self.base = font
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)

    def header(self):
        if self.head_text:
            self.set_font(self.base, "I", 8)
            self.cell(0, 5, self.head_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.base, "I", 8)
        self.cell(0, 5, f"{self.foot_text}   Page {self.page_no()} of {{nb}}", align="C")

    def h1(self, t):
        self.set_font(self.base, "B", 14)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font(self.base, "B", 11)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, t, size=10, style=""):
        self.set_font(self.base, style, size)
        for block in ded(t).split("\n\n"):
            self.multi_cell(0, 5, " ".join(block.split()), new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def lines(self, t, size=10, style="", h=5):
        self.set_font(self.base, style, size)
        for ln in ded(t).split("\n"):
            self.multi_cell(0, h, ln if ln.strip() else " ", new_x="LMARGIN", new_y="NEXT")

    def table(self, rows, widths, size=9, head=True):
        self.set_font(self.base, "", size)
        for i, row in enumerate(rows):
            self.set_font(self.base, "B" if (head and i == 0) else "", size)
            for w, c in zip(widths, row):
                self.cell(w, 6, str(c), border=1)
            self.ln(6)
        self.ln(3)


def save_pdf(pdf, name):
    pdf.alias_nb_pages()
    pdf.output(os.path.join(OUT, name))


# ---------------------------------------------------------------- DOCX helpers
def new_docx(header_text=None, footer_text=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.author = "claims"
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    return d


def save_docx(d, name):
    """save, then rewrite the zip with fixed timestamps so the file is byte-deterministic"""
    import io
    import zipfile
    path = os.path.join(OUT, name)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


def add_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = str(c)
    d.add_paragraph("")
    return t


def paras(d, text):
    for block in ded(text).split("\n\n"):
        d.add_paragraph(" ".join(block.split()))


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(ded(text) + "\n")


# =============================================================================
# 1. Workers' comp IME report (PDF, long narrative)  -- WC-417-26-0093
# =============================================================================
def ime_report():
    p = Report(head="CONFIDENTIAL - INDEPENDENT MEDICAL EVALUATION - Barreto, Luis A.",
               foot="Sekibo Orthopaedic Consultants PLLC  |  IME-26-3381")
    p.add_page()
    p.h1("INDEPENDENT MEDICAL EVALUATION")
    p.lines("""
        Sekibo Orthopaedic Consultants PLLC
        1180 Wickham Parkway, Suite 310, Brandt Ridge, MN 55871
        Tel (651) 555-0148   Fax (651) 555-0149

        Date of Report: August 21, 2026
        Date of Examination: August 14, 2026
        Our File: IME-26-3381

        To: Renata Okafor, Senior Claims Examiner
            Summit Ridge Claims Services (TPA for Ironwood Casualty Company)
            PO Box 4471, Eagan Crossing, MN 55129

        RE:   Examinee:        Luis Anselmo Barreto
              Date of Birth:   04/02/1979
              Employer:        Tallgrass Millwork LLC
              Claim Number:    WC-417-26-0093
              Date of Injury:  03/09/2026
              Body part:       Lumbar spine
    """)
    p.ln(3)
    p.para("""
        Dear Ms. Okafor:

        At your request I performed an independent medical evaluation of Mr. Luis Barreto on
        August 14, 2026 at my Brandt Ridge office. The examination began at 10:15 and ended at
        11:05. A Spanish-language interpreter, Ms. Odalys Ferrante of Lingua North Interpreting,
        was present for the history portion although Mr. Barreto speaks conversational English.
        Mr. Barreto was informed that no doctor-patient relationship would be created, that the
        report would be sent to the claims administrator, and that I would not provide treatment.
        He agreed to proceed. He arrived alone, drove himself approximately 40 minutes, and
        reported that he had to stop once to stretch.

        The opinions below are given to a reasonable degree of medical certainty and are based
        on the history given by the examinee, the records listed in this report, and my physical
        examination. I reserve the right to amend them if additional records are produced.
    """)
    p.h2("HISTORY OF INJURY")
    p.para("""
        Mr. Barreto is a 47-year-old right-hand-dominant CNC machine operator who has worked for
        Tallgrass Millwork LLC since 2017. On Monday, March 9, 2026, at approximately 7:40 a.m.,
        he and a co-worker were restacking a pallet of white oak cabinet panels that had shifted
        on a floor rack. He states that he lifted one end of a bundle he estimates at 90 to 100
        pounds, twisted to his left to clear the rack upright, and felt a "pop" in the low back
        with immediate pain into the left buttock. He reported it to his shift lead, Mr. Corwin
        Dahlquist, the same morning and finished about an hour of light work before leaving.

        He was seen the same day at Northfield Occupational Health by a physician assistant,
        Ms. Jenna Tolliver, PA-C, who diagnosed a lumbar strain, prescribed cyclobenzaprine and
        naproxen, and placed him on restrictions of no lifting over 10 pounds. His employer had
        no work within those restrictions and he has been off work since March 10, 2026. Left
        leg pain developed over the following ten days, radiating to the lateral calf and top of
        the foot, with intermittent numbness of the great toe.
    """)
    p.h2("COURSE OF TREATMENT")
    p.para("""
        A lumbar MRI without contrast (CPT 72148) was performed on March 27, 2026 at Lakeshore
        Imaging Center and read by Dr. Paul Vendrell. It showed a left paracentral disc
        extrusion at L4-L5 measuring 7 mm with contact of the traversing left L5 nerve root,
        and mild degenerative disc desiccation at L3-L4 and L5-S1 without stenosis.

        Care was transferred on April 6, 2026 to Dr. Aisha Rahimtoola, a physiatrist (PM&R) at
        Riverbend Spine & Rehabilitation, who became the treating physician. She ordered
        physical therapy at Riverbend, 3 times a week for 6 weeks; the therapy log shows 18
        visits between April 9 and May 29, 2026, billed mostly under CPT 97110 (therapeutic
        exercise) and 97140 (manual therapy). On May 12, 2026 Dr. Rahimtoola performed a left
        L4-L5 interlaminar epidural steroid injection (CPT 62323) under fluoroscopy. Mr. Barreto
        reports roughly 50 percent relief of leg pain for about five weeks.

        A surgical consultation with Dr. Miroslav Haddad, neurosurgeon, took place on June 30,
        2026. Dr. Haddad discussed a left L4-L5 microdiscectomy but recommended continued
        conservative care first because the neurological examination was improving. Mr. Barreto
        does not want surgery at this time.

        On June 22, 2026 he returned to modified duty at Tallgrass Millwork in the finishing
        department (sorting hardware and labeling, sit/stand option), 32 hours per week. He
        states he tolerates the work but has increased pain by the end of a shift. He takes
        naproxen 500 mg twice a day and gabapentin 300 mg at night.
    """)
    p.h2("RECORDS REVIEWED")
    p.table([
        ["Date", "Provider / source", "Document"],
        ["03/09/2026", "Northfield Occupational Health", "Initial visit, PA-C Tolliver"],
        ["03/10/2026", "Tallgrass Millwork LLC", "First Report of Injury (FROI)"],
        ["03/27/2026", "Lakeshore Imaging Center", "MRI lumbar spine w/o contrast"],
        ["04/06/2026", "Riverbend Spine & Rehab", "Initial consult, Dr. Rahimtoola"],
        ["04/09-05/29/2026", "Riverbend PT", "18 therapy notes"],
        ["05/12/2026", "Riverbend Spine & Rehab", "Procedure note, ESI L4-L5"],
        ["06/30/2026", "Dr. M. Haddad", "Neurosurgical consultation"],
        ["07/28/2026", "Riverbend Spine & Rehab", "Follow-up, work status note"],
        ["2019-2023", "Brandt Ridge Family Clinic", "Prior records (back pain 2021)"],
    ], [34, 62, 74])
    p.para("""
        The prior records from Brandt Ridge Family Clinic document two visits in October 2021 for
        low back pain after yard work, treated with a short course of ibuprofen, with no
        radicular symptoms, no imaging, and no lost time. There is no record of treatment for
        the back between November 2021 and the date of injury.
    """)
    p.h2("CURRENT COMPLAINTS")
    p.para("""
        Mr. Barreto rates his low back pain at 4/10 at rest and 7/10 after a work shift. Left leg
        pain is intermittent, 3/10, worse with prolonged sitting over 45 minutes. He reports
        numbness of the left great toe two or three times a week. He denies bowel or bladder
        change. Sleep is interrupted twice a night. He can walk about 20 minutes, stand about 30
        minutes and lift a gallon of milk without difficulty. He has not returned to his weekend
        job at Pine Hollow Hardware, where he stocked shelves on Saturdays and Sundays.
    """)
    p.h2("PHYSICAL EXAMINATION")
    p.para("""
        Height 5 ft 9 in, weight 196 lb, BMI 28.9. Blood pressure 132/84. He sat comfortably for
        the 25-minute history and rose from the chair using his hands. Gait was non-antalgic; he
        could heel-walk and toe-walk, with slight weakness on left heel-walking.

        Lumbar range of motion by dual inclinometry: flexion 45 degrees, extension 15 degrees,
        left lateral bending 15 degrees, right lateral bending 20 degrees. Tenderness over the
        left L4-L5 paraspinals without spasm. Straight leg raise was positive on the left at 60
        degrees, reproducing buttock and posterolateral thigh pain, and negative on the right.
        Seated slump test mildly positive on the left.

        Neurologic: strength 5/5 throughout except left extensor hallucis longus 4+/5. Reflexes
        2+ and symmetric at the knees, 1+ and symmetric at the ankles. Sensation to light touch
        slightly diminished over the dorsum of the left foot. Waddell signs 0 of 5. There was no
        symptom magnification and effort appeared full and consistent.
    """)
    p.h2("DIAGNOSES")
    p.lines("""
        1. Left L4-L5 disc extrusion with left L5 radiculopathy (ICD-10 M51.16),
           causally related to the work injury of 03/09/2026.
        2. Lumbar strain (S39.012A), resolved into diagnosis 1.
        3. Pre-existing mild multilevel degenerative disc disease (M51.36), not caused
           by the work injury.
    """)
    p.h2("ANSWERS TO THE QUESTIONS POSED")
    p.para("""
        1. Causation. The mechanism described (lifting about 90 pounds with a twist) is a
        recognized mechanism for an acute disc extrusion, the onset was immediate and was
        reported the same day, and the imaging is consistent. In my opinion the work injury of
        March 9, 2026 is a substantial contributing cause of the L4-L5 extrusion and the left L5
        radiculopathy.

        2. Is current treatment reasonable and necessary? Yes. The physical therapy and the one
        epidural steroid injection were reasonable. A second injection is reasonable if leg pain
        returns above 5/10. I would not recommend more than 12 further therapy visits; a home
        exercise program should follow.

        3. Maximum medical improvement. Mr. Barreto has NOT reached maximum medical improvement.
        I anticipate MMI in approximately 10 to 12 weeks, or about November 6, 2026, if he
        continues conservative care. If he elects surgery, MMI would be about 6 months after the
        surgery date.

        4. Permanent impairment. A final rating is premature. For planning purposes only, if he
        reaches MMI with his current findings, I would expect a whole person impairment in the
        range of 10 to 12 percent under the AMA Guides, Sixth Edition (Table 17-4, class 1,
        intervertebral disc herniation with residual radiculopathy).

        5. Apportionment. I apportion 15 percent of any permanent impairment to the pre-existing
        degenerative disc disease and the 2021 episode, and 85 percent to the work injury.

        6. Work capacity. He is capable of modified work 40 hours per week with these permanent
        restrictions pending MMI: no lifting over 25 pounds from floor to waist, no repetitive
        bending or twisting, alternate sitting and standing every 45 minutes, no operation of
        the CNC panel saw. He is not able to return to his regular job as a CNC machine operator
        at this time. Increasing from 32 to 40 hours per week is reasonable now.

        7. Need for future care. Anticipated future care includes a possible second epidural
        injection, up to 12 therapy visits, medication management with Dr. Rahimtoola every 6 to
        8 weeks, and a functional capacity evaluation (FCE) at MMI. The surgical option remains
        open.
    """)
    p.h2("ATTESTATION")
    p.para("""
        I personally examined the examinee and reviewed the records listed. I have no treating
        relationship with him. The time spent was 50 minutes face to face and 2.5 hours in
        record review and report preparation. Billing is under the state IME fee schedule code
        ML-201 at $1,850.00, with record review over 200 pages billed at $310.00.
    """)
    p.lines("""

        Harold M. Sekibo, MD
        Board Certified, Orthopaedic Surgery
        Minnesota License 61-44790

        cc: Garrett Lunde, Esq., Lunde & Marsh (defense counsel)
    """)
    save_pdf(p, "IME_Barreto_Sekibo_2026-08-21.pdf")


# =============================================================================
# 2. WC wage statement + TTD/TPD ledger + reserve history (Markdown)
# =============================================================================
def wc_ledger():
    write_text("WC-417-26-0093_wage_statement_TTD_ledger.md", """
        # Summit Ridge Claims Services - Indemnity Worksheet

        **Carrier:** Ironwood Casualty Company
        **Claim #:** WC-417-26-0093
        **Claimant:** BARRETO, Luis A. (EE ID 7731)
        **Employer:** Tallgrass Millwork LLC, 22 Industrial Loop, Brandt Ridge MN 55871
        **DOI:** 03/09/2026  |  **Reported to employer:** 03/09/2026  |  **FROI received:** 03/11/2026
        **Examiner:** R. Okafor (ext. 4412)  |  **Supervisor:** Bill Nakashima
        **Status:** OPEN - indemnity (TPD) ongoing
        **Jurisdiction:** MN  |  **Class code:** 2802  |  **Max weekly comp rate (DOI):** $1,237.00

        ---

        ## 1. Wage statement (13 weeks before DOI), submitted by employer payroll (T. Vossberg) on 03/13/2026

        Hourly rate $24.75, 40 hr regular; OT at 1.5x. Week ending Sunday.

        | Wk | Week ending | Reg hrs | OT hrs | Gross wages |
        |---:|---|---:|---:|---:|
        | 1 | 12/14/2025 | 40.0 | 3.0 | $1,101.38 |
        | 2 | 12/21/2025 | 40.0 | 0.0 | $990.00 |
        | 3 | 12/28/2025 | 35.3 | 0.0 | $874.50 |
        | 4 | 01/04/2026 | 40.0 | 2.0 | $1,063.13 |
        | 5 | 01/11/2026 | 32.0 | 0.0 | $792.00 |
        | 6 | 01/18/2026 | 40.0 | 3.5 | $1,119.94 |
        | 7 | 01/25/2026 | 40.0 | 0.0 | $990.00 |
        | 8 | 02/01/2026 | 40.0 | 2.5 | $1,082.44 |
        | 9 | 02/08/2026 | 40.0 | 1.5 | $1,045.31 |
        | 10 | 02/15/2026 | 40.0 | 0.0 | $990.00 |
        | 11 | 02/22/2026 | 40.0 | 4.0 | $1,138.50 |
        | 12 | 03/01/2026 | 40.0 | 1.0 | $1,026.56 |
        | 13 | 03/08/2026 | 40.0 | 6.0 | $1,212.19 |
        | | **Total** | | | **$13,425.95** |

        Week 3 includes the holiday shutdown (12/24-12/26 unpaid). Week 5 short week (plant closed for weather 01/07).

        **AWW (original):** $13,425.95 / 13 = **$1,032.77**
        **Comp rate (original):** 2/3 x $1,032.77 = **$688.51 / wk**

        ### Concurrent employment (added 05/04/2026)

        Claimant disclosed weekend job at Pine Hollow Hardware (stock clerk, Sat/Sun) in recorded interview 04/28/2026. Pine Hollow payroll (contact: Deb Strand) confirmed 13-wk gross of $2,761.20, avg **$212.40/wk**. Per statute concurrent wages included in AWW.

        **AWW (revised 05/04/2026):** $1,032.77 + $212.40 = **$1,245.17**
        **Comp rate (revised):** 2/3 x $1,245.17 = **$830.11 / wk**  (below max of $1,237.00)

        ---

        ## 2. Indemnity payment ledger

        TTD began 03/10/2026 (first day of lost time; 3-day waiting period paid retro since disability > 10 days). RTW modified duty 06/22/2026 at Tallgrass, 32 hr/wk @ $22.50 = $720.00/wk. TPD = 2/3 x (AWW - post-injury wage).

        | # | Issued | Type | Period | Days | Rate/wk | Amount | Check # |
        |---:|---|---|---|---:|---:|---:|---|
        | 1 | 03/24/2026 | TTD | 03/10-03/23/2026 | 14 | $688.51 | $1,377.02 | 5520841 |
        | 2 | 04/07/2026 | TTD | 03/24-04/06/2026 | 14 | $688.51 | $1,377.02 | 5521377 |
        | 3 | 04/21/2026 | TTD | 04/07-04/20/2026 | 14 | $688.51 | $1,377.02 | 5521906 |
        | 4 | 05/05/2026 | TTD | 04/21-05/04/2026 | 14 | $688.51 | $1,377.02 | 5522460 |
        | 5 | 05/08/2026 | TTD adj | 03/10-05/04/2026 retro rate diff (8 wks x $141.60) | 56 | - | $1,132.80 | 5522611 |
        | 6 | 05/19/2026 | TTD | 05/05-05/18/2026 | 14 | $830.11 | $1,660.22 | 5523014 |
        | 7 | 06/02/2026 | TTD | 05/19-06/01/2026 | 14 | $830.11 | $1,660.22 | 5523559 |
        | 8 | 06/16/2026 | TTD | 06/02-06/15/2026 | 14 | $830.11 | $1,660.22 | 5524102 |
        | 9 | 06/23/2026 | TTD (final) | 06/16-06/21/2026 | 6 | $830.11 | $711.52 | 5524388 |
        | 10 | 07/07/2026 | TPD | 06/22-07/05/2026 | 14 | $350.11 | $700.22 | 5524871 |
        | 11 | 07/21/2026 | TPD | 07/06-07/19/2026 | 14 | $350.11 | $700.22 | 5525420 |
        | 12 | 08/04/2026 | TPD | 07/20-08/02/2026 | 14 | $350.11 | $700.22 | 5525963 |
        | 13 | 08/18/2026 | TPD | 08/03-08/16/2026 | 14 | $350.11 | $700.22 | 5526497 |

        TTD subtotal: $12,333.06   |   TPD subtotal: $2,800.88

        Note 08/18: check #5526497 mailed to new address (claimant moved to 907 Larkspur Ct, Apt 2, Brandt Ridge). TPD rate to be recalculated when hours go to 40/wk (IME 08/21 says OK now).

        ---

        ## 3. Reserve history

        | Date | Medical | Indemnity | Expense | Reason | By |
        |---|---:|---:|---:|---|---|
        | 03/12/2026 | $25,000 | $30,000 | $5,000 | Initial, lumbar strain, off work | R. Okafor |
        | 04/02/2026 | $45,000 | $55,000 | $8,500 | MRI: L4-5 extrusion, surgical consult possible | R. Okafor |
        | 05/08/2026 | $45,000 | $72,000 | $8,500 | AWW revised (concurrent emp.) | R. Okafor |
        | 08/27/2026 | $68,500 | $92,000 | $14,000 | IME: not MMI, est. 10-12% WPI, future care | R. Okafor / B. Nakashima |

        Paid to date (08/27/2026): medical $38,914.27 | indemnity $15,133.94 | expense $4,226.50 (IME $2,160.00, interpreter $185.00, records $301.50, defense counsel $1,580.00)

        ## 4. Diary

        - 09/15/2026 - f/u with Dr. Rahimtoola re: 40 hr/wk release
        - 11/06/2026 - est. MMI per IME; schedule FCE
        - 11/20/2026 - reserve review
    """)


# =============================================================================
# 3. Fire origin-and-cause report (PDF, long)  -- CP 26 118204
# =============================================================================
def fire_report():
    p = Report(head="Caldera Fire Forensics, Inc. - Origin & Cause Report - CFF-26-0214",
               foot="CFF-26-0214  Marrow & Vine Bistro")
    p.add_page()
    p.h1("ORIGIN AND CAUSE INVESTIGATION REPORT")
    p.lines("""
        Caldera Fire Forensics, Inc.
        5150 Tessaract Road, Bldg C, Salem, OR 97305   (503) 555-0193

        Report date:        April 24, 2026
        CFF file no.:       CFF-26-0214
        Client:             Kestrel Point Insurance Company
        Client contact:     Desmond Vail, General Adjuster, Large Loss Property
        Client claim no.:   CP 26 118204
        Insured:            Marrow & Vine Bistro LLC
        Loss location:      4417 Calloway Avenue, Dunmore Falls, OR 97338
        Date of loss:       February 27, 2026
        Investigator:       Thomas J. Reinholt, IAAI-CFI, CFEI
    """)
    p.h2("1. ASSIGNMENT")
    p.para("""
        Caldera Fire Forensics was retained by Mr. Desmond Vail of Kestrel Point Insurance
        Company on February 28, 2026 to determine the origin and cause of a fire that damaged
        the Marrow & Vine Bistro, a 96-seat restaurant occupying a one-story commercial
        building. The investigation was conducted following NFPA 921, Guide for Fire and
        Explosion Investigations (2024 edition), and NFPA 1033. This report summarizes the
        investigation to date. The opinions are expressed to a reasonable degree of scientific
        certainty.
    """)
    p.h2("2. BUILDING DESCRIPTION")
    p.para("""
        The building is a one-story, wood-frame structure of about 4,850 square feet built in
        1987, with a flat built-up roof over wood trusses, painted CMU on the north (kitchen)
        wall and wood siding elsewhere. The dining room occupies the south half. The kitchen
        (about 900 square feet) is in the northeast corner, with a walk-in cooler, dry storage
        and the office to its west. The kitchen hood is a 16-foot Type I hood with a wet
        chemical suppression system (last serviced by Cascade Hood & Suppression on November 18,
        2025). The building is not sprinklered. A monitored fire and intrusion alarm system was
        installed by Sentinel Ridge Monitoring, with a smoke detector in the kitchen (zone 3)
        and in the dining room (zone 4).

        The building is owned by Calloway Commons Partners LP and leased to the insured under a
        ten-year lease beginning in 2019. The insured owns the kitchen equipment, furniture and
        the tenant improvements completed in 2022.
    """)
    p.h2("3. FIRE DEPARTMENT RESPONSE")
    p.para("""
        According to the Dunmore Falls Fire & Rescue incident report (incident no. 26-001873),
        the fire was reported to 911 at 02:41 by a passing motorist, Mr. Samuel Achterberg, who
        saw smoke from the roof vents. Sentinel Ridge Monitoring records show a zone 3 (kitchen)
        smoke alarm at 02:36:52 and a zone 4 alarm at 02:39:10; the alarm company called the
        fire department at 02:42, after the motorist's call. Engine 14 arrived at 02:47 and
        reported heavy smoke from the roofline on the north side. Battalion Chief Greta Olsson
        assumed command at 02:52. Crews made entry through the rear kitchen door, found fire on
        the cook line extending into the hood plenum and the ceiling space, and knocked down the
        main body of fire at 03:26. The fire was declared under control at 03:58 and the last
        unit cleared at 07:15. No injuries were reported.

        Fire Marshal Deputy Ines Garrastazu examined the scene on the morning of February 27
        and classified the cause as undetermined pending the insurer's investigation. She
        released the scene to the owner at 11:30 the same day. No evidence was collected by
        the fire department.
    """)
    p.h2("4. INTERVIEWS")
    p.para("""
        Celeste Amarante-Boyd, managing member of the insured, was interviewed at the scene on
        March 2, 2026. She stated the restaurant closed at 22:00 on February 26 and the kitchen
        was cleaned and shut down by the closing cook. She said all cooking equipment is turned
        off at close except the walk-in cooler and an ice machine. She was not aware of any
        electrical problems, but said the countertop food warmer on the cook line "sometimes
        flickered" and had been moved several times in the prior month. She arrived at the
        scene at about 03:20 after a call from the alarm company.

        Jarrell Pinkney, closing line cook, was interviewed by phone on March 3, 2026. He said
        he was the last person in the building, set the alarm and left at 23:52. He stated that
        he turned off the fryers, flat-top and char-broiler at about 21:45, wiped down the line
        and turned off the hood. He could not recall whether he unplugged the food warmer; he
        said it was normally left plugged in and switched off, and that it had "a kink" in the
        cord where it came out of the unit because it was pushed against the backsplash.

        Alarm records confirm the system was armed at 23:51:40 on February 26, 2026 with user
        code 07 (Pinkney). No openings were recorded until fire department entry.
    """)
    p.h2("5. SCENE EXAMINATION")
    p.para("""
        The undersigned examined the scene on March 2, 2026 from 09:30 to 16:10, and again on
        March 5, 2026 during a joint layout with Mr. Bryce Halloran, P.E., electrical engineer
        of Halloran Forensic Engineering, also retained by Kestrel Point. Weather on March 2 was
        overcast, 44 F, with light rain.

        Exterior: the heaviest damage was on the north roof over the kitchen, where the roof
        deck had burned through in an area of about 8 by 12 feet above the cook line. The south
        and west exterior walls showed smoke staining only.

        Interior: the dining room had heat and smoke damage at the ceiling with a smoke layer
        down to about 4 feet above the floor; furnishings were intact. Damage increased toward
        the kitchen. In the kitchen, fire patterns on the CMU north wall formed a V pattern
        with its base at the stainless steel work table between the two-bay fryer and the
        36-inch flat-top, roughly 11 feet from the east wall. The hood filters above the fryers
        were in place and the hood suppression system had discharged (fusible link operation).
        Grease in the plenum had burned, but the duct above the roof was not breached.

        After debris removal and layering, the stainless work table was found with a
        countertop food warmer on it: a Brevard Thermal Products model HW-220, serial number
        BT220-0417763. The warmer's supply cord ran from the back of the unit to a duplex
        receptacle on the north wall at about 44 inches above the floor. The cord showed a
        severed section with beads at the conductors about 3 inches from the strain relief at
        the back of the warmer. A cardboard box of paper take-out containers had been stored
        on the lower shelf and in the gap behind the warmer; its remains were fully consumed.
        The fryers and flat-top gas valves were found in the off position, and their pilot
        assemblies showed no sign of failure. The receptacle and the branch circuit (circuit 14
        in panel K) showed arc damage on the branch circuit conductor only at the point where
        it had been exposed to fire in the ceiling, downstream of the origin.
    """)
    p.h2("6. ORIGIN")
    p.para("""
        Based on fire patterns, witness information, the alarm sequence (zone 3 kitchen before
        zone 4 dining) and arc mapping, the area of origin is on and behind the stainless steel
        work table on the north cook line, between the fryer bank and the flat-top, at the
        location of the Brevard HW-220 food warmer.
    """)
    p.h2("7. CAUSE")
    p.para("""
        Hypotheses considered: (a) cooking equipment left on; (b) ignition of grease in the hood
        or duct; (c) smoking materials; (d) incendiary fire; (e) failure of the food warmer or
        its supply cord; (f) failure of the fixed wiring.

        Hypothesis (a) was eliminated because the gas valves were found off, the fryers had
        been shut down about four hours before the alarm, and the cook line is gas-fired with
        no ignition source when off. Hypothesis (b) was eliminated because the duct was not
        breached and the plenum damage is consistent with fire entering the hood from below.
        Hypothesis (c) was eliminated: no one had been in the building for nearly three hours
        and the staff smoking area is outside at the rear. Hypothesis (d) was eliminated:
        there was no forced entry, the alarm was armed and not disturbed, no trailers or
        multiple origins were found, and samples E-5 and E-6 from the origin were negative for
        ignitable liquids (Tri-State Laboratory report TSL-26-1142, dated March 30, 2026).
        Hypothesis (f) was eliminated because arc beads on the fixed wiring were downstream
        and consistent with fire attack.

        The available data support hypothesis (e). The supply cord of the food warmer shows
        arcing at a location where the cord was kinked against the backsplash, as described
        by Mr. Pinkney. In my opinion the fire was caused by a failure of the food warmer's
        supply cord near the strain relief, producing arcing that ignited the cord insulation
        and the adjacent cardboard box of take-out containers. The first fuel ignited was the
        cord insulation and the cardboard. The fire then spread up the wall and into the hood
        and ceiling space.

        Fire classification: ACCIDENTAL.
    """)
    p.h2("8. EVIDENCE")
    p.table([
        ["Item", "Description", "Collected", "Custody"],
        ["E-1", "Brevard HW-220 food warmer, SN BT220-0417763", "03/05/2026", "CFF evidence room, bay 6"],
        ["E-2", "Warmer supply cord and plug (severed sections)", "03/05/2026", "CFF evidence room, bay 6"],
        ["E-3", "Duplex receptacle and box, north wall", "03/05/2026", "CFF evidence room, bay 6"],
        ["E-4", "Branch circuit conductors, circuit 14, panel K", "03/05/2026", "CFF evidence room, bay 6"],
        ["E-5", "Debris sample, floor below table (can)", "03/02/2026", "Tri-State Lab, returned"],
        ["E-6", "Debris sample, lower shelf (can)", "03/02/2026", "Tri-State Lab, returned"],
        ["E-7", "Alarm panel event log (download)", "03/03/2026", "Electronic, CFF server"],
    ], [12, 82, 24, 52], size=8)
    p.h2("9. JOINT EXAMINATION AND SUBROGATION")
    p.para("""
        Notice letters were sent on March 10, 2026 to Brevard Thermal Products, Inc. (the
        manufacturer of the warmer), to Calloway Commons Partners LP (the building owner) and
        to the building owner's insurer, Granite Shoals Mutual. A joint laboratory examination
        of items E-1 through E-4 was held at the Caldera laboratory on April 9, 2026, attended
        by Mr. Halloran, Ms. Priscilla Demaree, P.E. (for Brevard Thermal Products), and
        Mr. Kofi Ansah (for Granite Shoals Mutual). CT scanning and dissection of the cord
        confirmed arcing between the conductors about 3 inches from the strain relief, with
        fatigue fractures in the conductor strands consistent with repeated flexing.

        Whether the cord failure results from a design or manufacturing defect or from use
        (the cord being kinked against the backsplash) will be addressed by Mr. Halloran in a
        separate engineering report. The evidence should be retained until the subrogation
        claim is resolved. Potential subrogation target: Brevard Thermal Products, Inc.,
        Fenwick, Ohio.
    """)
    p.h2("10. CONCLUSIONS")
    p.lines("""
        Area of origin:   north cook line, stainless work table between fryer bank
                          and flat-top, at the food warmer
        Heat source:      electrical arcing in the food warmer supply cord
        First fuel:       cord insulation and cardboard box of take-out containers
        Classification:   Accidental
    """)
    p.para("""
        This report may be supplemented if further information becomes available. Invoices for
        the investigation to date total $14,870.00 (investigator time 62 hours, laboratory and
        evidence storage), billed separately under invoice CFF-INV-5531.
    """)
    p.lines("""

        Thomas J. Reinholt, IAAI-CFI, CFEI
        Senior Fire Investigator, Caldera Fire Forensics, Inc.
        Oregon DPSST Fire Investigator cert. no. F-22871
    """)
    save_pdf(p, "CFF-26-0214_origin_cause_MarrowVine.pdf")


# =============================================================================
# 4. Sworn statement in proof of loss with schedule (DOCX)  -- CP 26 118204
# =============================================================================
def proof_of_loss():
    d = new_docx(header_text="Kestrel Point Insurance Company  -  Claim CP 26 118204",
                 footer_text="Form KP-POL-3 (rev. 01/2024)  Sworn Statement in Proof of Loss")
    d.add_heading("SWORN STATEMENT IN PROOF OF LOSS", level=1)
    add_table(d, [
        ["Policy No.", "CPP-7730418-02", "Agency", "Tamsin Crowe Insurance Agency, Albany OR"],
        ["Amount of policy at time of loss", "see Schedule A", "Date issued", "10/01/2025"],
        ["Expires", "10/01/2026", "Claim representative", "Desmond Vail"],
    ])
    paras(d, """
        To Kestrel Point Insurance Company of Portland, Oregon:

        At time of loss, by the above indicated policy of insurance, you insured Marrow & Vine
        Bistro LLC against loss by fire and the other perils named in the policy, to the
        property described in Schedule A, according to the terms and conditions of said policy
        and all forms, endorsements, transfers and assignments attached thereto.

        Time and Origin: A fire loss occurred about the hour of 2:40 o'clock a.m. on the 27th day
        of February, 2026. The cause and origin of the said loss were: accidental fire that began
        on the kitchen cook line at a countertop food warmer (see the report of Caldera Fire
        Forensics). The said loss did not originate by any act, design or procurement on the
        part of your insured, or this affiant; nothing has been done by or with the privity or
        consent of your insured or this affiant to violate the conditions of the policy.

        Occupancy: The building described was occupied at the time of the loss as a full-service
        restaurant and for no other purpose whatever.

        Title and Interest: At the time of the loss the interest of your insured in the property
        described therein was tenant and owner of business personal property and tenant
        improvements. No other person or persons had any interest therein or encumbrance
        thereon, except: First Cascadia Bank (loss payee, equipment loan no. 80-114-2297).

        Changes: Since the said policy was issued there has been no assignment thereof, or change
        of interest, use, occupancy, possession, location or exposure of the property described.

        Other Insurance: None other than the building owner's policy with Granite Shoals Mutual,
        which insures the building shell only.
    """)
    d.add_heading("Schedule A - Limits and deductible", level=2)
    add_table(d, [
        ["Coverage", "Limit", "Valuation"],
        ["Building (tenant improvements and betterments)", "$450,000", "Replacement cost"],
        ["Business personal property", "$340,000", "Replacement cost"],
        ["Business income incl. extra expense", "Actual loss sustained, 12 months", "-"],
        ["Debris removal (additional limit)", "$25,000", "-"],
        ["Spoilage", "$15,000", "-"],
        ["Deductible (per occurrence)", "$5,000", "-"],
    ])
    d.add_heading("Schedule B - Statement of loss (property)", level=2)
    add_table(d, [
        ["Line", "Item", "Replacement cost", "Depreciation", "Actual cash value"],
        ["1", "Tenant improvements and betterments", "$286,410.00", "$41,227.50", "$245,182.50"],
        ["2", "Kitchen equipment (see inventory)", "$148,962.75", "$39,604.15", "$109,358.60"],
        ["3", "Furniture, fixtures, smallwares", "$62,414.50", "$17,870.00", "$44,544.50"],
        ["4", "Food and beverage stock (spoilage)", "$9,846.33", "$0.00", "$9,846.33"],
        ["5", "Debris removal (invoice Rivera Hauling #2214)", "$31,250.00", "$0.00", "$31,250.00"],
        ["", "Whole loss and damage", "$538,883.58", "$98,701.65", "$440,181.93"],
    ])
    add_table(d, [
        ["", "Amount"],
        ["Actual cash value claimed (lines 1-5)", "$440,181.93"],
        ["Less: amount of debris removal above $25,000 additional limit", "($6,250.00)"],
        ["Less: deductible", "($5,000.00)"],
        ["Less: advance payment 03/06/2026 (check 10-440917)", "($50,000.00)"],
        ["Less: advance payment 04/15/2026 (check 10-443365)", "($125,000.00)"],
        ["NET AMOUNT CLAIMED under the above policy (ACV)", "$253,931.93"],
    ])
    paras(d, """
        Recoverable depreciation of $98,701.65 will be claimed when the repairs and replacements
        are completed, subject to the policy's replacement cost conditions. Business income and
        extra expense are claimed separately on the business income worksheet prepared with
        Halvorsen & Price CPAs and are not included above.

        The said loss did not originate by any act, design or procurement on the part of your
        insured. The furnishing of this blank or the preparation of proofs by a representative
        of the above insurance company is not a waiver of any of its rights.
    """)
    add_table(d, [
        ["Insured", "Marrow & Vine Bistro LLC"],
        ["Signed by", "Celeste Amarante-Boyd, Managing Member"],
        ["Date signed", "June 18, 2026"],
        ["Subscribed and sworn before me", "Lorraine Ekwueme, Notary Public, State of Oregon"],
        ["Notary commission expires", "January 31, 2029"],
        ["Received by insurer", "June 22, 2026"],
    ])
    save_docx(d, "POL_CP26118204_MarrowVine.docx")


# =============================================================================
# 5. Cargo loss - scanned-style bill of lading + loss notice (PDF)  -- 0077-5519-IM
# =============================================================================
def cargo():
    p = Report(head="", foot="scan 2026-05-22 09:14  fax pg", font="Courier")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.lines("""
        STRAIGHT BILL OF LADING - SHORT FORM - NOT NEGOTIABLE          Page 1
        ---------------------------------------------------------------------------
        B/L No.:  HFL-2605-38817          PRO No.:  6150-44928
        Date:     05/15/2026              Carrier:  HALLOWAY FREIGHT LINES INC
                                          SCAC:     HWFL   USDOT 3318420
        SHIPPER (FROM):                   CONSIGNEE (TO):
          Verdant Hollow Cooperative        Calder Bay Foods - DC #3
          8801 Orchard Spur Rd              1400 Levee Industrial Blvd
          Hood River, OR 97031              Stockton, CA 95206
          Contact: M. Ostrowski             Recv hrs: 0500-1300  Appt req.
        ---------------------------------------------------------------------------
        Trailer No.: HFL-R5312 (53' reefer)   Seal No.: 0882147
        Tractor: 417        Driver: A. Velasquez-Moore
        Reefer set point:  -10 F   CONTINUOUS RUN   (pre-cooled Y)
        Pickup:  05/15/2026  18:20     Delivery appt: 05/17/2026  06:00
        ---------------------------------------------------------------------------
        HM | PKGS | TYPE   | DESCRIPTION                          | WEIGHT (LB) | CLASS
           |  20  | PLT    | IQF BLUEBERRIES, FROZEN, 1,600 CS    |   38,400    |  -
           |      |        | 24 LB CASE, LOT VH-0514-B            |             |
        ---------------------------------------------------------------------------
        Declared value: ______________        COD amt: ______
        Freight charges:  PREPAID   $ 4,850.00 (line haul incl. fuel)
        Shipper cert.: ____M Ostrowski____    Carrier sig.: ____AVM____  05/15/2026
        Rec'd subject to carrier tariff HWFL-100 and 49 USC 14706.
        ---------------------------------------------------------------------------
        DELIVERY RECEIPT / EXCEPTIONS (consignee):
          Arrived 05/17/2026 05:41. Reefer display +29 F, pulp temp +31 F (3 cases probed)
          LOAD REJECTED - thawed product, juice on pallets 4, 9, 11 - seal intact 0882147
          Recv clerk: D. Ybarra   Time: 06:25
    """, size=8.5, h=4.3)
    p.add_page()
    p.lines("""
        ASHGROVE SPECIALTY UNDERWRITERS
        MOTOR TRUCK CARGO - NOTICE OF LOSS / CLAIM FORM              (fax 541-555-0172)

        Claim No.:  0077-5519-IM               Policy No.:  MTC 2204187-04
        Named insured:  Halloway Freight Lines Inc, Medford OR
        Agent:  _________________________
        Date of loss:  05/16/2026       Time: 11:14 (reefer alarm)   Reported: 05/18/2026
        Location of loss:  I-5 S near Redding CA, mile ~ 680  (driver stopped at Pilot)
        Claimant (cargo owner):  Verdant Hollow Cooperative   Ref: VH-CL-2231
        Type of loss:  [ ] theft  [ ] collision  [X] reefer breakdown  [ ] fire  [ ] other ___

        DESCRIPTION:  REEFER UNIT (THERMO PEAK TP-660, UNIT SN TP66-091184) SHUT DOWN
        ON HIGH DISCHARGE PRESSURE ALARM AT 11:14 ON 05/16. DRIVER RESTARTED UNIT AT
        11:40, RAN ~2 HRS THEN FAILED AGAIN. DRIVER CALLED DISPATCH (K. SORENSEN) AT 13:52.
        MOBILE TECH (NORCAL REEFER SVC) ARRIVED 17:05, REPLACED CONDENSER FAN MOTOR.
        UNIT RUNNING 18:30. DOWNLOAD SHOWS RETURN AIR ABOVE 0 F FOR ~ 9 HRS.
        LOAD REJECTED AT DESTINATION 05/17.

        Limits:   $100,000 any one conveyance        Deductible:  $2,500 per loss
                  Reefer breakdown endorsement MTC-RB-11 (sudden & accidental) - YES
        Amount claimed by claimant:   $ 75,890.00  (invoice value + freight)
        Shipper invoice no.:  VH-INV-60517   1,600 cs x $44.40 = $71,040.00
        Surveyor:  Lindgren Cargo Surveys (B. Lindgren)   Survey date: 05/19/2026
        Survey fee:  $ 675.00
        Salvage:  sold to Brightwater Salvage Co. 05/27/2026 for animal feed   $ 9,120.00
        Police report:  N/A ___________
        Witnesses:  ____________________________

        ADJUSTER WORKSHEET (internal)
          Invoice value ............................. 71,040.00
          Freight (prepaid, earned) ..................  4,850.00
          Survey fee ................................    675.00
          Less salvage ..............................  (9,120.00)
          Adjusted loss .............................. 67,445.00
          Less deductible ...........................  (2,500.00)
          PAYABLE ................................... 64,945.00

        Subro vs reefer maint. vendor?  Tech report says fan motor bearing seized -
          unit PM done 04/02/2026 by Cascade Reefer. Referred to subro unit 06/03/2026 (J. Hume).
        Adjuster:  D. Vail (on loan to IM unit)   Ph 503-555-0127 x 221
        STATUS:  CLOSED 06/30/2026 - paid $64,945.00 to Verdant Hollow Cooperative,
                 ck 10-448213.  Release rec'd 06/26/2026.  Subro file open separately.
        Reserve:  $0 (closed)     Prior reserve: $72,000 set 05/20/2026
    """, size=8.5, h=4.3)
    save_pdf(p, "cargo_0077-5519-IM_BOL_notice_scan.pdf")


# =============================================================================
# 6. Business-interruption worksheet (Markdown)  -- CP 26 118204
# =============================================================================
def bi_worksheet():
    write_text("BI_worksheet_MarrowVine_CP26118204.md", """
        # Business Income & Extra Expense Worksheet

        Prepared by **Halvorsen & Price CPAs** (Nadia Halvorsen, CPA, CFF) for Kestrel Point Insurance Company
        Prepared: 08/05/2026  |  Draft 2 (supersedes draft of 06/29/2026)

        | Field | Value |
        |---|---|
        | Claim | CP 26 118204 |
        | Insured | Marrow & Vine Bistro LLC (dba Marrow & Vine) |
        | Policy | CPP-7730418-02 - BI incl. EE, actual loss sustained, 12 months |
        | Date of loss | 02/27/2026 (kitchen fire) |
        | Period of restoration | 02/27/2026 - 07/15/2026 (reopened to the public 07/16/2026) |
        | Adjuster | D. Vail, General Adjuster |
        | Insured's bookkeeper | Renee Tobiasz (Tobiasz Bookkeeping) |
        | Status | Open - BI claim under review |

        ## Schedule 1 - Lost sales

        Projection = same period 2025 actual sales x 1.04 (trend from Q4 2025 vs Q4 2024). Catering sales
        from the leased commissary kitchen (May-July) shown as actual sales.

        | Period | 2025 actual | Projected 2026 | Actual 2026 | Lost sales |
        |---|---:|---:|---:|---:|
        | 02/27-02/28/2026 | $9,461.54 | $9,840.00 | $0.00 | $9,840.00 |
        | March 2026 | $142,557.69 | $148,260.00 | $0.00 | $148,260.00 |
        | April 2026 | $136,447.12 | $141,905.00 | $0.00 | $141,905.00 |
        | May 2026 | $150,701.92 | $156,730.00 | $6,418.50 | $150,311.50 |
        | June 2026 | $155,879.81 | $162,115.00 | $11,902.25 | $150,212.75 |
        | 07/01-07/15/2026 | $81,307.69 | $84,560.00 | $9,337.00 | $75,223.00 |
        | **Total** | | **$703,410.00** | **$27,657.75** | **$675,752.25** |

        ## Schedule 2 - Non-continuing (saved) expenses

        | Expense | Basis | Amount |
        |---|---|---:|
        | Food & beverage cost | 30.5% of lost sales | $206,104.44 |
        | Hourly payroll not continued | 22 hourly staff laid off 04/10/2026 | $118,420.00 |
        | Card processing fees | 2.6% of lost sales | $17,569.56 |
        | Utilities, linen, supplies | per GL detail | $14,886.20 |
        | **Total non-continuing** | | **$356,980.20** |

        Key employees (chef Anselm Duquette, GM Paloma Ruiz-Whitaker, sous chef) were kept on payroll throughout
        and are treated as continuing expenses.

        **Net business income loss (lost sales less non-continuing expenses): $318,772.05**

        ## Schedule 3 - Extra expense

        | Date(s) | Vendor | Description | Amount |
        |---|---|---|---:|
        | 05/01-07/15/2026 | Hearth & Co. Commissary | Commissary kitchen lease for catering | $13,500.00 |
        | 03/04-06/30/2026 | StowBox Portable Storage | Temporary storage of salvaged items | $3,200.00 |
        | 06/08/2026 | Larchmont Restaurant Supply | Expedited freight, replacement range | $4,875.60 |
        | 07/01-07/16/2026 | Dunmore Falls Gazette / social | Re-opening notices and ads | $1,140.00 |

        Not accepted as EE: owner's mileage log ($618.40) - no support; under discussion.

        ## Schedule 4 - Payments and reserves

        | Date | Item | Amount |
        |---|---|---:|
        | 05/20/2026 | BI advance (check 10-446102) | $60,000.00 |

        BI/EE reserve history (D. Vail): 03/02/2026 $120,000 -> 05/15/2026 $250,000 -> 08/10/2026 $340,000.

        Reserve summary for the whole claim as of 08/10/2026:

        | Coverage | Reserve |
        |---|---:|
        | Property (TI&B, BPP, debris, spoilage) | $455,000 |
        | BI / EE | $340,000 |
        | Adjusting expense (Caldera, Halloran, CPA) | $48,000 |

        Open items: (1) insured to provide June/July 2026 payroll registers; (2) support for 2025 July sales
        (POS export gap 07/09-07/11/2025); (3) decide on recoverable depreciation timing with building repairs.
        CPA fees to date: $9,350.00 (invoice HP-2026-0771).
    """)


# =============================================================================
# 7. Cyber incident forensic summary (DOCX, claim no. only in the header) -- CYB-2026-07731
# =============================================================================
def cyber():
    d = new_docx(header_text="Northmere Indemnity Corp. | Cyber Claim CYB-2026-07731 | PRIVILEGED & CONFIDENTIAL",
                 footer_text="Prepared at the direction of counsel - Attorney work product - Obsidian Lantern DFIR LLC")
    d.add_heading("Forensic Investigation Summary - Ransomware Incident", level=1)
    add_table(d, [
        ["Client", "Pellworth Dental Group, P.C. (7 offices, Tucson and Oro Valley, AZ)"],
        ["Engaged by", "Marguerite Tillson, Esq., Crane Loftus LLP (breach counsel)"],
        ["Forensic firm", "Obsidian Lantern DFIR LLC, 300 Copperline Plaza, Suite 1200, Phoenix, AZ 85004"],
        ["Lead examiner", "Farah Castellanos-Wu, GCFA, GCIH"],
        ["Engagement date", "April 20, 2026"],
        ["Report date", "July 17, 2026 (version 1.2)"],
        ["Carrier claim professional", "Priya Lindqvist, Cyber Claims, Northmere Indemnity Corp."],
        ["Policy", "NCY-0093-4471-26 (Cyber & Privacy Liability, 01/15/2026-01/15/2027)"],
    ])
    d.add_heading("1. Executive summary", level=2)
    paras(d, """
        On the morning of April 19, 2026, Pellworth Dental Group (PDG) discovered that servers and
        workstations across its offices had been encrypted by the GRAVELMOTH ransomware variant. The
        office manager of the Oro Valley office, Dolores Fiennes-Achebe, found ransom notes on the
        front-desk screens at 06:55 (all times Arizona time, MST) and called PDG's managed service
        provider, Tri-Valley Tech Partners. PDG reported the incident to the Northmere cyber hotline
        at 09:30 the same morning.

        Obsidian Lantern found that the threat actor first obtained access on April 2, 2026 at 21:47
        through PDG's SSL VPN appliance using the valid credentials of a front-desk account
        (pdg-frontdesk3) that was not protected by multi-factor authentication. The credentials appear
        in an infostealer log offered for sale on March 28, 2026. After access, the actor performed
        reconnaissance, created a domain admin account named "svc_bkp2", and on April 15, 2026 between
        01:10 and 04:32 exfiltrated about 61.4 GB of data to a cloud storage service using the Rclone
        utility. Encryption began at 03:12 on April 19, 2026 and affected 41 of 58 endpoints and 6 of 9
        servers. Immutable backups held by Tri-Valley were not affected.

        The threat actor demanded USD 1,400,000, later reduced to USD 650,000. On counsel's advice and
        with the carrier informed, PDG did not pay. Systems were restored from backup; the practice
        management system (ChairSide PM) was back in service on April 24, 2026 at 14:00 and all offices
        were seeing patients by April 27, 2026.
    """)
    d.add_heading("2. Timeline", level=2)
    add_table(d, [
        ["Date / time (MST)", "Event", "Source"],
        ["2026-03-28", "pdg-frontdesk3 credentials listed in infostealer log", "Threat intel (Obsidian Lantern)"],
        ["2026-04-02 21:47", "First VPN login from 185.220.xx.xx (initial access)", "VPN appliance logs"],
        ["2026-04-03 02:15", "AdFind and network scanner executed on PDG-FS01", "EDR telemetry"],
        ["2026-04-06 23:02", "Account svc_bkp2 created, added to Domain Admins", "Windows security log 4720/4728"],
        ["2026-04-15 01:10-04:32", "Rclone exfiltration, ~61.4 GB", "Firewall netflow, Rclone config"],
        ["2026-04-19 03:12", "Encryption starts (GRAVELMOTH)", "File system timestamps"],
        ["2026-04-19 06:55", "Ransom notes discovered by office manager", "Interview"],
        ["2026-04-19 09:30", "Notice to Northmere hotline", "Carrier log"],
        ["2026-04-20", "Obsidian Lantern engaged via Crane Loftus", "Engagement letter"],
        ["2026-04-24 14:00", "ChairSide PM restored", "MSP ticket 88213"],
        ["2026-04-27", "All 7 offices operational", "Client"],
    ])
    d.add_heading("3. Data involved", level=2)
    paras(d, """
        Review of the exfiltrated file listing (recovered from the Rclone log) and of the affected
        shares by the data-mining vendor, Datavetta Review Services, identified 14,882 individuals whose
        information was in the data set: names, addresses, dates of birth, dental insurance member IDs,
        and treatment records. Social Security numbers were present for 3,911 individuals. No payment
        card data was found. The data set has not been observed on the actor's leak site as of the
        report date.

        Notifications: HHS OCR breach report and Arizona Attorney General notice filed June 12, 2026;
        individual notice letters mailed June 16, 2026 by Postmark Notify; call center open June 16 to
        September 14, 2026. Credit monitoring (12 months) was offered to the 3,911 individuals with SSNs;
        1,894 had enrolled as of July 15, 2026.
    """)
    d.add_heading("4. Root cause and recommendations", level=2)
    paras(d, """
        Root cause: single-factor VPN access with credentials exposed by infostealer malware on a
        personal computer of the front-desk employee. Contributing factors: no MFA on VPN, shared local
        administrator password on workstations, EDR in detect-only mode on servers, no alert on new
        domain admin accounts.

        Recommendations (status as of report date): MFA on VPN and email (done April 21); EDR in
        prevent mode (done April 22); LAPS for local admin passwords (in progress); 24x7 managed
        detection (proposal from Tri-Valley pending); phishing and infostealer awareness training
        (scheduled August 2026).
    """)
    d.add_heading("5. Costs incurred to date (as of 07/31/2026)", level=2)
    add_table(d, [
        ["Cost category", "Vendor", "Amount", "Policy sublimit"],
        ["Forensic investigation", "Obsidian Lantern DFIR LLC", "$118,640.00", "-"],
        ["Breach counsel", "Crane Loftus LLP", "$46,215.50", "-"],
        ["Notification and call center", "Postmark Notify", "$21,873.90", "$250,000 combined"],
        ["Credit monitoring (1,894 x $10.00)", "Postmark Notify", "$18,940.00", "(with notification)"],
        ["Data restoration / MSP overtime", "Tri-Valley Tech Partners", "$37,402.75", "-"],
        ["Crisis communications", "Saltmarsh Communications", "$6,000.00", "$25,000"],
        ["Business interruption (estimate)", "per Wexford Forensic Accounting", "$96,500.00", "12-hour waiting period"],
    ])
    paras(d, """
        Policy terms (for reference; coverage position is the carrier's): aggregate limit $2,000,000;
        retention $25,000 each claim; cyber extortion sublimit $500,000; notification and credit
        monitoring combined sublimit $250,000; crisis communications sublimit $25,000. Carrier reserve
        per Ms. Lindqvist's 07/22/2026 note: $410,000 (status open; BI proof of loss outstanding).
    """)
    d.add_paragraph("Farah Castellanos-Wu, GCFA, GCIH - Principal, Incident Response - (602) 555-0184")
    save_docx(d, "CYB-2026-07731_forensic_summary_Pellworth.docx")


# =============================================================================
# 8. GL mediation / settlement memo (plain text)  -- GL 25 447102
# =============================================================================
def mediation_memo():
    write_text("GL25447102_mediation_memo.txt", """
        PRYOR CASTELLAN LLP
        Attorneys at Law
        88 South Sixth Street, Suite 1450, Minneapolis MN 55402

        PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION

        MEMORANDUM

        TO:       Renata Okafor, Senior Claims Examiner, Summit Ridge Claims Services
                  (TPA for Ironwood Casualty Company - general liability)
        FROM:     Wendell Okonjo-Barnes, Esq.
        CC:       Ingrid Salcedo, Store Manager, FreshAcre Markets Store #214 (insured contact)
        DATE:     September 11, 2026
        RE:       Castellano-Pryce v. FreshAcre Markets, Inc.
                  Dakota Falls County District Court, Court File No. 27-CV-26-1187
                  Your Claim No.: GL 25 447102
                  Insured: FreshAcre Markets, Inc.   Policy: IGL-5530981 (CGL, $1,000,000 per occurrence,
                  $10,000 per occurrence deductible)
                  Date of loss: 11/08/2025
                  MEDIATION REPORT - CASE SETTLED

        -----------------------------------------------------------------------------------------------
        1. RESULT
        -----------------------------------------------------------------------------------------------
        The case settled at mediation yesterday, September 10, 2026, for a total of $182,500.00, all
        inclusive (including attorney fees, costs and all liens). A term sheet was signed by both
        sides at 6:40 p.m. The mediator was the Hon. Leonard Ashby (Ret.) of ADR Northstar, at his
        offices at 700 Marquette Ave, Minneapolis. Session started at 9:00 a.m.

        Present: plaintiff Yvonne Castellano-Pryce and her daughter; plaintiff's counsel Marcus Teague
        (Teague Injury Law, PLLC); the undersigned; Ms. Salcedo for FreshAcre; you by phone with
        settlement authority of $200,000 (authority granted 09/08/2026 by R. Okafor, confirmed by
        Summit Ridge claims manager Bill Nakashima).

        -----------------------------------------------------------------------------------------------
        2. BACKGROUND (brief, see our pre-mediation report of 08/27/2026)
        -----------------------------------------------------------------------------------------------
        On 11/08/2025 plaintiff (age 63, retired school librarian) slipped on spilled liquid laundry
        detergent in aisle 9 of Store #214, 2290 Bellwether Road, Kettle Springs, MN. CCTV shows a
        customer's leaking detergent jug dripping onto the floor at 4:29 p.m.; stock clerk Tobias Renk
        walks past the end of the aisle at 4:41 p.m. without looking down the aisle; plaintiff falls
        at 4:52 p.m. The spill was not marked or cleaned. Store sweep log shows the last sweep of
        aisle 9 at 3:50 p.m. (policy: every 60 minutes).

        Injuries: comminuted right distal radius fracture (ORIF on 11/12/2025 by Dr. Ellery Vance,
        Kettle Springs Orthopedics), right hip contusion, later right shoulder adhesive capsulitis
        treated with PT through June 2026. Permanent loss of about 20 degrees of wrist extension per
        Dr. Vance's 05/19/2026 letter. Our defense medical examiner (Dr. Joan Pruett, 07/14/2026)
        agreed the wrist findings are permanent but related the shoulder only in part.

        -----------------------------------------------------------------------------------------------
        3. DAMAGES
        -----------------------------------------------------------------------------------------------
          Medical specials billed ........................... $61,340.22
          Medical specials paid (Bluewater Medicare Advantage) $38,775.10
          Bluewater lien asserted (05/30/2026) .............. $22,614.37
          Wage loss ......................................... none claimed (retired)
          Future medical (plaintiff's life-care letter) ..... $18,000.00 (hardware removal, PT)

        -----------------------------------------------------------------------------------------------
        4. NEGOTIATION HISTORY
        -----------------------------------------------------------------------------------------------
          03/03/2026  Pre-suit demand (Teague) ........................ $475,000
          04/14/2026  Suit served
          08/20/2026  Pre-mediation demand ............................ $350,000
          09/10/2026  Opening offer at mediation (defense) ........... $50,000
          09/10/2026  Plaintiff moves to ............................. $295,000
          09/10/2026  Defense to ..................................... $110,000
          09/10/2026  Mediator's proposal (accepted by both, 6:15 pm)  $182,500

        -----------------------------------------------------------------------------------------------
        5. TERMS OF THE TERM SHEET
        -----------------------------------------------------------------------------------------------
          a. Payment of $182,500.00 to "Teague Injury Law PLLC Trust Account" within 30 days after
             receipt of the signed release, W-9 and the Bluewater final lien letter.
          b. Plaintiff to satisfy the Bluewater Medicare Advantage lien out of the settlement and to
             indemnify FreshAcre and Ironwood; no Medicare Set-Aside required (future medical not
             Medicare-covered per counsel's letter).
          c. Full release of FreshAcre Markets, Inc. and its employees; confidentiality clause; no
             admission of liability.
          d. Stipulation of dismissal with prejudice within 10 days after payment.

        -----------------------------------------------------------------------------------------------
        6. RECOMMENDATION / NEXT STEPS
        -----------------------------------------------------------------------------------------------
        We recommend approval; a verdict range in Dakota Falls County would be $150,000 to $300,000
        with a real risk of a comparative fault finding under 50% against plaintiff, who was looking
        at her phone per the CCTV. Please note the $10,000 deductible is owed by FreshAcre; we suggest
        Summit Ridge bill it once the release is in. Our fees through 08/31/2026: $27,846.00; we
        estimate $2,500 more to close. Trial date (03/09/2027) will be stricken on dismissal.

        Please adjust the reserves: you had indemnity $225,000 / expense $32,000. Suggested: indemnity
        $182,500 / expense $30,500. File status: OPEN pending release, payment and dismissal.

        W. Okonjo-Barnes
        Direct (612) 555-0107  |  wokonjo@pryorcastellan.example
    """)


# =============================================================================
# 9. Auto total-loss valuation report (PDF)  -- 0063-418-PA
# =============================================================================
def auto_tl():
    p = Report(head="ClearTrack Valuation Services - Total Loss Valuation - CTV-2607-558214",
               foot="CTV-2607-558214 prepared for Kestrel Point Insurance Company")
    p.add_page()
    p.h1("TOTAL LOSS VALUATION REPORT")
    p.table([
        ["Report no.", "CTV-2607-558214", "Valuation date", "07/09/2026"],
        ["Insurer", "Kestrel Point Ins. Co.", "Claim no.", "0063-418-PA"],
        ["Owner", "Rosalind Okwuosa", "Policy no.", "KPA-3318-20417"],
        ["Loss date", "07/03/2026", "Loss type", "Collision"],
        ["Appraiser", "Dwayne Fitzhugh", "Adjuster", "Priya Lindqvist"],
    ], [30, 55, 30, 55], head=False)
    p.h2("LOSS VEHICLE")
    p.lines("""
        2021 Subaru Outback Limited XT 4D Wagon AWD, 2.4L H4 turbo, automatic (CVT)
        VIN: 4S4BTGND1M3154872       Exterior: Autumn Green Metallic   Interior: Java Brown leather
        Odometer: 38,412 miles (actual, from instrument cluster photo 07/06/2026)
        Garaging ZIP: 55419 (Minneapolis, MN)
        Options: Power moonroof, Harman Kardon audio, heated rear seats, roof crossbars, tow hitch
        Location: IronLot Auctions, 4100 Cedar Flats Rd, Shakopee MN (yard 2, stall 118)
    """)
    p.h2("COMPARABLE VEHICLES")
    p.table([
        ["#", "Vehicle / dealer", "Miles", "List price", "Mileage adj", "Equip adj", "Adjusted"],
        ["1", "2021 Outback Ltd XT - Twin Lakes Subaru", "41,220", "$30,995", "-$310", "$0", "$30,685"],
        ["2", "2021 Outback Ltd XT - Northbay Motors", "33,870", "$29,480", "+$420", "-$250", "$29,650"],
        ["3", "2021 Outback Ltd XT - Prairie Auto Mall", "44,905", "$31,250", "-$540", "$0", "$30,710"],
        ["4", "2021 Outback Ltd XT - Riverview Subaru", "29,118", "$28,900", "+$610", "+$300", "$29,810"],
    ], [8, 66, 16, 20, 20, 18, 22], size=8)
    p.para("""
        Comparables are dealer retail listings within 150 miles of the garaging ZIP, listed between
        06/10/2026 and 07/08/2026. Adjustments for mileage use the regional depreciation curve for
        this model; equipment adjustment reflects the absence of the tow hitch on comparables 1 and 3
        and an added package on comparable 2.
    """)
    p.h2("VALUATION")
    p.table([
        ["Line", "Amount"],
        ["Base value (average of adjusted comparables)", "$30,213.75"],
        ["Condition adjustment (interior above average)", "+$180.00"],
        ["Prior damage (unrepaired rear bumper cover crack)", "-$425.00"],
        ["Adjusted vehicle value", "$29,968.75"],
        ["Sales tax 6.875%", "$2,060.35"],
        ["Title and registration fees", "$151.25"],
        ["Total settlement value", "$32,180.35"],
        ["Less collision deductible", "-$500.00"],
        ["Net settlement", "$31,680.35"],
    ], [120, 50])
    p.h2("TOTAL LOSS DETERMINATION")
    p.para("""
        Repair estimate (Kestrel Point appraisal, Dwayne Fitzhugh, 07/07/2026, estimate E-0063418-01):
        $23,918.40 including frame setting, left front suspension, both left doors, left quarter
        panel and airbag replacement (curtain and left seat bag deployed). Minnesota total loss
        threshold for this vehicle age: 75% of value (repair plus salvage judgment applied).
        Salvage bid from IronLot Auctions: $6,150.00 (bid no. IL-77120, valid through 07/24/2026).
        Determination: TOTAL LOSS.
    """)
    p.h2("ADJUSTER NOTES (P. Lindqvist)")
    p.lines("""
        07/03  FNOL by insured (Roz) by phone 16:20. T-bone at Lyndale Ave S & W 46th St about
               15:40; other driver ran red light per insured and witness Mateo Quiroga.
               Other driver: Trevor Baskin, insured by Plainsview Auto Insurance, their claim
               PV-26-0918334. Police: Minneapolis PD case 26-187442.
        07/05  Rental: SwiftRoad Rentals, compact SUV, $42.99/day. Policy transportation expense
               coverage $40/day, 30 days max ($1,200 max). Insured told she pays the difference.
        07/09  Valuation received. Offer letter sent 07/14 at net $31,680.35.
        07/15  Lienholder: Granite Peak Credit Union, loan 7730-22, payoff $19,884.33 good through
               07/20/2026. Title with lienholder. Two-party check needed / payoff direct.
        07/16  Insured accepted offer. Keys and plates collected 07/17.
        07/19  Rental ended 07/19 (14 days). Rental invoice SR-5512093.
        07/21  Subro demand to Plainsview for $32,180.35 + rental; liability accepted 100% 07/28.
        Status: OPEN - awaiting lien release/title; subro in progress. Reserve $33,000 (07/09).
    """)
    save_pdf(p, "TL_valuation_0063-418-PA_Okwuosa.pdf")


# =============================================================================
# 10. Travel insurance claim - e-mail thread with attachment (EML) -- TRV-88-20417-X
# =============================================================================
def travel_eml():
    msg = EmailMessage()
    msg["From"] = "Tomasz Beyer <tbeyer@pinecresttravelclaims.example>"
    msg["To"] = "Ophelia Marchetti-Dunn <ophelia.md@mailbox.example>"
    msg["Subject"] = "RE: RE: Trip interruption claim - Portugal trip - Claim TRV-88-20417-X"
    msg["Date"] = format_datetime(dt.datetime(2026, 7, 9, 15, 22, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    msg["Message-ID"] = "<trv8820417x.0709@pinecresttravelclaims.example>"
    msg.set_content(cte="7bit", obj=ded("""
        Dear Ms. Marchetti-Dunn,

        Thank you for the documents you sent on July 2. I have now reviewed the hotel's refund
        confirmation and the airline receipt. Your claim is still PENDING because we do not yet have
        the attending physician statement (form WA-APS) completed by your father's treating doctor
        at St. Brendan's Medical Center in Duluth. Once we receive it I can complete the review,
        normally within 10 business days.

        Please note that the Casa do Rio Douro refund of $284.00 has to be deducted from the hotel
        amount you listed, so the hotel item will be considered at $852.00, not $1,136.00. The
        itemized list attached reflects that.

        Your plan (Wayfarer Assist Plus, plan no. WAP-2291-66017, underwritten by Northmere Indemnity
        Corp.) insures a trip cost of $7,850.00. Trip interruption is covered up to 150% of the insured
        trip cost, and unforeseen hospitalization of a family member is a covered reason.

        Kind regards,

        Tomasz Beyer
        Senior Travel Claims Examiner
        Pinecrest Travel Claims (administrator for Wayfarer Assist plans)
        Tel. +1 (218) 555-0166 ext. 3304  |  Fax +1 (218) 555-0167
        Claim TRV-88-20417-X  |  Reserve note: $3,200.00 set 06/26/2026

        -----Original Message-----
        From: Ophelia Marchetti-Dunn <ophelia.md@mailbox.example>
        Sent: Thursday, July 2, 2026 8:05 PM
        To: Tomasz Beyer
        Subject: RE: Trip interruption claim - Portugal trip - Claim TRV-88-20417-X

        Hi Tomasz, attached are the hotel's email saying they refunded one night ($284) and the new
        flight receipt. Dad is home now and doing better, thank you for asking. I will ask
        Dr. Okonkwo-Lamb's office for the form, they said it takes 2-3 weeks. I also found the
        receipt for the taxi to the airport. - Ophelia

        > -----Original Message-----
        > From: Tomasz Beyer
        > Sent: Friday, June 26, 2026 10:41 AM
        > To: Ophelia Marchetti-Dunn
        > Subject: RE: Trip interruption claim - Portugal trip - Claim TRV-88-20417-X
        >
        > Dear Ms. Marchetti-Dunn, we have opened claim TRV-88-20417-X. To review it we need:
        > (1) the attending physician statement (form WA-APS) for your father, (2) proof of any
        > refunds or credits from the hotel and tour operator, (3) receipts for the new flight,
        > (4) your original itinerary. We have (4) already.
        >
        > > -----Original Message-----
        > > From: Ophelia Marchetti-Dunn
        > > Sent: Wednesday, June 24, 2026 9:12 PM
        > > To: claims@pinecresttravelclaims.example
        > > Subject: Trip interruption claim - Portugal trip
        > >
        > > Hello, I bought Wayfarer Assist Plus for my trip to Lisbon and Porto from June 2 to
        > > June 16, 2026. On June 11 my sister called to say our father, Gerald Dunn, had a
        > > stroke and was admitted to St. Brendan's Medical Center in Duluth. I flew home the
        > > same evening from Lisbon. I missed my hotel in Porto (June 12-16), the Douro valley
        > > tour on June 13 and my train to Porto. I am claiming $3,049.20 in total. My booking
        > > agent was Sunward Journeys (booking ref SJ-440981).
        > > Ophelia Marchetti-Dunn, 3318 Glenhaven Dr, Duluth MN 55803, cell (218) 555-0139
    """))
    msg.add_attachment(ded("""
        Item,Date,Description,Amount claimed,Refund/credit,Amount considered
        1,2026-06-11,One-way flight LIS-MSP (Atlantica Air AA-7721),$1487.60,$0.00,$1487.60
        2,2026-06-12,Casa do Rio Douro Porto - 4 nights 06/12-06/16,$1136.00,$284.00,$852.00
        3,2026-06-13,Douro Valley wine tour (Quintas & Rios Tours),$315.00,$0.00,$315.00
        4,2026-06-12,Train Lisboa Santa Apolonia - Porto Campanha,$48.20,$0.00,$48.20
        5,2026-06-11,Taxi to Lisbon airport,$62.40,$0.00,$62.40
        ,,Insured trip cost,$7850.00,,
        ,,Trip interruption maximum (150%),$11775.00,,
        ,,Status,PENDING - APS outstanding,,
    """) + "\n", subtype="csv", filename="TRV-88-20417-X_itemized.csv")
    msg.set_boundary("==========trv8820417x_boundary==========")
    with open(os.path.join(OUT, "TRV-88-20417-X_email_thread.eml"), "wb") as f:
        f.write(bytes(msg))


# =============================================================================
# 11. Pet insurance claim notes (plain text, abbreviations) -- PET 3309-871
# =============================================================================
def pet_notes():
    write_text("PET_3309-871_claim_notes.txt", """
        LOYALPAW PET HEALTH - CLAIM NOTES EXPORT            printed 09/22/2026 11:02
        underwritten by Ironwood Casualty Company
        ===================================================================
        CLM: PET 3309-871          POL: LPH-00771942 (Accident & Illness, Plan 80/250/10K)
        PH:  Gideon Farrant-Mbeki, 12 Juniper Row, Ashby Lake WI 53108
        PET: "Biscuit" - Labrador retriever mix, M/N, DOB 05/2020, microchip 985141003377621
        EFF: 02/01/2026   TERM: 02/01/2027   PREMIUM: $64.18/mo
        REIMB: 80%  |  ANNUAL DED: $250  |  ANNUAL LIMIT: $10,000
        WAITING PDs: accident 2 days, illness 14 days, cruciate/orthopedic 6 months
        HANDLER: M. Quist (claims spec.)   SUPV: A. Delacroix-Hume
        STATUS: OPEN - pend. prior med recs     RSV: $5,400.00
        ===================================================================

        09/08/2026 14:11 MQ  Claim rec'd via app. Dx: cranial cruciate ligament (CCL) rupture R stifle.
          TPLO sx 09/03/2026 @ Ridgeline Veterinary Specialists (Dr. Hana Petrakis DVM DACVS).
          Inv RVS-118842, total $6,842.50. PH says limping started 08/17/2026 after playing fetch.
        09/08/2026 14:20 MQ  Ortho waiting pd ended 08/01/2026 (eff 02/01 + 6 mo) -> onset after wp, OK so far.
          Need records from primary vet Cedar Hollow Animal Clinic (Dr. Owen Szabo) to r/o pre-ex
          (any limping/stifle notes before 08/01/2026). Req sent to Cedar Hollow by fax.
        09/08/2026 14:24 MQ  Rsv set $5,400.00.
        09/10/2026 09:02 MQ  Inv line items:
             Exam/consult (specialist)            $145.00   - exam fees NOT covered on this plan
             Radiographs stifle + pelvis           $410.00
             TPLO surgery incl. anesthesia, implants  $5,380.00
             Hospitalization 1 night              $600.00
             Meds to go (carprofen, trazodone)    $212.50
             Recheck 2 wk (prepaid)               $95.00
          Prior claim this policy yr: PET 3309-402 (otitis, 03/14/2026) $180.00 -> all applied to ded, paid $0.
          Ded remaining: $70.00. Calc rule: covered charges - remaining ded, then x 80%.
        09/15/2026 16:40 MQ  f/u call to Cedar Hollow - records clerk (Janelle) says will send by 09/25.
        09/21/2026 10:05 AD  Supv review: OK to pay once recs show no prior stifle issue. If pre-ex
          found, deny R stifle; note bilateral exclusion applies to L stifle also.
        09/22/2026 11:00 MQ  Diary 09/26 for recs.
    """)


if __name__ == "__main__":
    ime_report()
    wc_ledger()
    fire_report()
    proof_of_loss()
    cargo()
    bi_worksheet()
    cyber()
    mediation_memo()
    auto_tl()
    travel_eml()
    pet_notes()
    print("ok", sorted(os.listdir(OUT)))
