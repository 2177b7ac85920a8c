#!/usr/bin/env python3
"""Generate the invented claim files of the train2 set (deterministic, no randomness).

Every person, company, address, policy, vessel, VIN and amount here is made up.
Run:  /work/main/.venv/bin/python make_files.py   (writes into ./files/)
"""
import os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


# ---------------------------------------------------------------------------
# Claim WC-0187-22461 (workers' comp, TPA export in Markdown + recorded statement)
# ---------------------------------------------------------------------------
WC_MD = r"""
# KESTREL CLAIMS SERVICES, LLC - CLAIM DETAIL EXPORT

*Export generated 08/12/2025 07:58 by user twierzbicki. Source: KCS ClaimDesk v9.4. Report ID RPT-CD-55120.*
*Values as of close of business 08/11/2025. Amounts in USD.*

## 1. Claim header

| Field | Value |
|---|---|
| TPA Claim # | WC-0187-22461 |
| Client / Account | Dunmore Pallet & Crate Co. (Acct 0187) |
| Carrier | Ironwood Valley Casualty Company |
| Policy # | WC 7 41 908 223 |
| Policy Period | 01/01/2025 - 01/01/2026 |
| Jurisdiction | PA |
| Location | Plant 2, 600 Tanner Mill Road, Old Forge, PA 18518 |
| Claimant | Achterberg, Rosalind M. |
| Claimant DOB | 09/02/1981 |
| Occupation | Forklift Operator / Shipping Line Lead |
| Date of Hire | 08/19/2019 |
| Date of Injury | 03/14/2025 |
| Time of Injury | 14:40 |
| Reported to Employer | 03/14/2025 |
| Reported to TPA | 03/19/2025 |
| Claim Type | Indemnity (Lost Time) |
| Claim Status | OPEN |
| Litigated | N |
| Examiner | Tomasz Wierzbicki, Sr. Claims Examiner (ext. 4417) |
| Supervisor (TPA) | Harriet Lunde, Claims Team Lead |
| Nurse Case Manager | Imani Okafor, RN, CCM |
| Employer Contact | Gail Pennock, Plant 2 Safety & HR Coordinator |
| Body Part(s) | Left shoulder (rotator cuff); lumbar spine |
| Nature of Injury | Strain / partial thickness tear |
| Cause Code | 31 - Slip, fall on same level (liquid) |
| AWW | $1,046.20 |
| Comp Rate (TTD) | $697.47 |
| Subrogation | None identified |
| Second Injury / Apportionment | N/A |

## 2. Accident description (as entered at intake)

EE WAS WALKING BEHIND FORKLIFT FL-07 AT DOCK DOOR 3 CARRYING A PALLET JACK HANDLE, SLIPPED ON HYDRAULIC
FLUID LEAKED FROM FL-07, FELL BACKWARD ONTO L SIDE. C/O L SHOULDER PAIN AND LOW BACK PAIN. WITNESSED BY
CO-WORKER. EE FINISHED SHIFT ON LIGHT TASKS, SEEN SAME EVENING AT MEDEXPRESS URGENT CARE - DICKSON CITY.

## 3. Reserves - current position

| Category | Incurred (Reserve) | Paid to Date | Outstanding |
|---|---|---|---|
| Medical | 19,750.00 | 3,857.50 | 15,892.50 |
| Indemnity | 18,500.00 | 6,565.88 | 11,934.12 |
| Expense (ALAE) | 3,000.00 | 1,790.00 | 1,210.00 |
| **Total** | **41,250.00** | **12,213.38** | **29,036.62** |

## 4. Reserve history

| Change Date | Category | Previous | New | Changed By | Reason |
|---|---|---|---|---|---|
| 03/20/2025 | Medical | 0.00 | 8,500.00 | TW | Initial reserve - urgent care, ortho referral |
| 03/20/2025 | Indemnity | 0.00 | 12,000.00 | TW | Initial reserve - est. 12 wks TTD |
| 03/20/2025 | Expense | 0.00 | 1,500.00 | TW | Initial reserve - NCM |
| 04/28/2025 | Medical | 8,500.00 | 22,000.00 | TW | MRI 04/22: partial thickness supraspinatus tear, surgical consult |
| 06/10/2025 | Indemnity | 12,000.00 | 18,500.00 | HL | TPD ongoing, RTW full duty uncertain |
| 06/10/2025 | Expense | 1,500.00 | 3,000.00 | HL | IME scheduled |
| 08/05/2025 | Medical | 22,000.00 | 19,750.00 | TW | EE declined surgery per Dr. Vesey note 07/29; conservative care |

## 5. Payment ledger (exported CSV)

```
pay_date,payee,pay_category,period_or_invoice,check_no,amount
03/27/2025,"Northgate Orthopedic Associates",MEDICAL,"INV NO-88127 (DOS 03/24/2025)",0100482,412.00
04/04/2025,"Achterberg, Rosalind M.",INDEMNITY-TTD,"03/15/2025-03/28/2025",0100519,1394.94
04/11/2025,"Lakeshore Imaging Center",MEDICAL,"INV LIC-20931 (MRI L shoulder DOS 04/22/2025)",0100547,1180.00
04/18/2025,"Achterberg, Rosalind M.",INDEMNITY-TTD,"03/29/2025-04/11/2025",0100566,1394.94
05/02/2025,"Achterberg, Rosalind M.",INDEMNITY-TTD,"04/12/2025-04/25/2025",0100603,1394.94
05/09/2025,"Brightline Physical Therapy",MEDICAL,"INV BPT-7715 (12 visits)",0100619,2265.50
05/16/2025,"Okafor Case Management",EXPENSE-NCM,"INV OCM-0419",0100631,640.00
05/16/2025,"Achterberg, Rosalind M.",INDEMNITY-TTD,"04/26/2025-05/09/2025",0100634,1394.94
06/13/2025,"Ridgeview IME Group",EXPENSE-IME,"INV RIG-3302 (IME Dr. P. Castellano)",0100702,1150.00
06/20/2025,"Achterberg, Rosalind M.",INDEMNITY-TPD,"05/10/2025-06/06/2025",0100717,986.12
```

Note: the MRI invoice (check 0100547) was paid before the listed DOS; ledger shows DOS as billed. Flagged for audit 05/01/2025.

## 6. Work status

| Date | Status | Restrictions | Source |
|---|---|---|---|
| 03/14/2025 | Off work | None given | MedExpress UC |
| 03/24/2025 | TTD | No use of L arm | Dr. Harland Vesey, Northgate Ortho |
| 05/10/2025 | Modified duty (RTW) | No lifting over 15 lbs, no overhead reaching L arm, 6 hr shifts | Dr. Vesey |
| 06/09/2025 | Full duty (RTW) | None; self-limit overhead work | Dr. Vesey |
| 06/11/2025 | IME | MMI not reached; 6 more wks PT | Dr. Paolo Castellano (IME) |

## 7. Diary / activity (last 10)

| Date | User | Note |
|---|---|---|
| 03/19/2025 | TW | FROI rec'd from ER (G. Pennock). 3-pt contact: EE, ER, provider. Compensable pending R/S. |
| 03/21/2025 | TW | Recorded statement taken from EE by phone. Transcript to file. |
| 03/25/2025 | TW | NCP issued. TTD at $697.47 from 03/15/2025. |
| 04/23/2025 | IO | MRI results reviewed w/ Dr. Vesey office. Surgical consult 05/06. |
| 05/12/2025 | IO | EE RTW modified duty 05/10/2025, 6 hr shifts. TPD to start. |
| 06/09/2025 | TW | EE released full duty. Stop TPD. |
| 06/11/2025 | TW | IME attended. Report: not at MMI. |
| 07/29/2025 | IO | Dr. Vesey f/u: EE declines arthroscopy, wants to continue HEP. |
| 08/05/2025 | TW | Med rsv reduced to 19,750.00. Plan: MMI/IR eval in 60 days. |
| 08/11/2025 | HL | File review. Next diary 10/06/2025. Consider closing indemnity after IR. |

---
*CONFIDENTIAL - Prepared for claim handling purposes. Do not forward outside KCS and client.*
"""

WC_RS = r"""
KESTREL CLAIMS SERVICES, LLC
RECORDED STATEMENT - TRANSCRIPT

Claim No.:        WC-0187-22461
Employer:         Dunmore Pallet & Crate Co.
Statement of:     Rosalind M. Achterberg (claimant)
Taken by:         Tomasz Wierzbicki, Sr. Claims Examiner
Date / time:      03/21/2025, 10:05 a.m. Eastern (by telephone)
Transcribed by:   Verbatim Ink Transcription, job #VI-31188, 03/24/2025
Recording length: 23 min 41 sec

---------------------------------------------------------------------------

WIERZBICKI: This is Tomasz Wierzbicki with Kestrel Claims Services. Today is March 21st, 2025, it's
about five after ten in the morning. I'm speaking by phone with Rosalind Achterberg about an injury at
Dunmore Pallet and Crate. Ms. Achterberg, you understand this call is being recorded?

ACHTERBERG: Yes, I do. And it's fine, everybody calls me Roz.

WIERZBICKI: Okay, Roz. Do I have your permission to record?

ACHTERBERG: Yes.

WIERZBICKI: Could you spell your last name and give me your address?

ACHTERBERG: A-C-H-T-E-R-B-E-R-G. I live at 41 Birchview Lane, Apartment 2, Taylor, Pennsylvania
18517.

WIERZBICKI: And a good phone number?

ACHTERBERG: Cell is 570-555-0148.

WIERZBICKI: Who do you work for and what's your job?

ACHTERBERG: Dunmore Pallet and Crate, Plant 2 on Tanner Mill Road. I drive forklift mostly, and
I'm the line lead for shipping on first shift, so I kind of run the dock when Gail's not around.

WIERZBICKI: Gail is?

ACHTERBERG: Gail Pennock. She does safety and HR for Plant 2. My actual supervisor is Mike
Strand, he's the shipping supervisor, but he was off that day.

WIERZBICKI: How long have you worked there?

ACHTERBERG: Since August of 2019. Going on six years.

WIERZBICKI: What are your hours and pay?

ACHTERBERG: Six to two-thirty normally, Monday to Friday, plus Saturdays when we're slammed. I make
twenty-four fifty an hour. With overtime it's usually a bit over a thousand a week.

WIERZBICKI: Any other job?

ACHTERBERG: No. I used to do some weekend bartending but I stopped that in 2022.

WIERZBICKI: Tell me what happened on March 14th.

ACHTERBERG: So it was a Friday and we stayed late because of a truck for Bellmar Foods that came in
late. It was around twenty to three, two-forty maybe. I was walking behind FL-07, that's forklift
number seven, carrying the long handle for a pallet jack back to the rack. The forklift had been
leaking, and there was a puddle of the hydraulic oil by dock door 3. I didn't see it. My feet went
out and I landed backwards, mostly on my left side, and my left arm kind of got caught under me
with the handle.

WIERZBICKI: Did anyone see you fall?

ACHTERBERG: Dale Fenwick did. He was on the dock plate loading the Bellmar truck. He came right over
and helped me up. Also Tanya from receiving heard it, but I don't think she saw it.

WIERZBICKI: Do you know Tanya's last name?

ACHTERBERG: No, honestly, she's new. Tanya something.

WIERZBICKI: Had the leak been reported before?

ACHTERBERG: I told maintenance on Wednesday, the 12th, that seven was dripping. They put a tag on it
but it was still in use. I think they were waiting on a hose.

WIERZBICKI: What did you do after you fell?

ACHTERBERG: I sat down for a while, then told Gail, she came down and filled out the incident form
with me. I finished out the shift just doing paperwork. My shoulder was throbbing, so that evening
around seven I went to MedExpress in Dickson City. They did x-rays, said no fracture, gave me a sling
and said sprain, see ortho.

WIERZBICKI: Have you seen anyone since?

ACHTERBERG: I have an appointment with Dr. Vesey at Northgate Orthopedic on Monday, the 24th.

WIERZBICKI: Have you ever hurt your left shoulder or your back before?

ACHTERBERG: My back, no. Shoulder, no. I had my right knee scoped in 2016, that was from softball,
nothing to do with work.

WIERZBICKI: Any prior workers' comp claims?

ACHTERBERG: Just the knee I think was on my own insurance. No comp claims.

WIERZBICKI: Where do you hurt right now?

ACHTERBERG: Left shoulder, top and the back of it, I can't lift it over my head. And my lower back
is sore, more on the left. I'd say the shoulder is a seven out of ten.

WIERZBICKI: Have you worked since the 14th?

ACHTERBERG: No. The urgent care said no work with that arm until ortho sees me, and Gail said they
don't have anything one-handed on the dock right now.

WIERZBICKI: Did you do anything over the weekend that could have hurt it more?

ACHTERBERG: No. I stayed at my sister's in Moosic so she could help me with my daughter.

WIERZBICKI: Anything else you want to add?

ACHTERBERG: Just that the forklift should have been pulled. That's it.

WIERZBICKI: Okay. Has everything you've told me been true and correct to the best of your knowledge?

ACHTERBERG: Yes.

WIERZBICKI: This concludes the statement. It's ten twenty-nine a.m.

[END OF RECORDING]

---------------------------------------------------------------------------
Transcriber's certificate: I certify that the foregoing is a true and accurate transcription of the
audio file "KCS_22461_RS_0321.m4a" to the best of my ability. - L. Ostrowski, Verbatim Ink Transcription
"""

# ---------------------------------------------------------------------------
# Claim HO-7730-2025-K (homeowners water, contractor estimate PDF + diary TXT)
# ---------------------------------------------------------------------------
EST_ITEMS = [
    # (room, description, qty, unit, unit price)
    ("Upstairs Hall Bath", "R&R drywall 1/2\" - walls (wet area)", 96, "SF", 3.85),
    ("Upstairs Hall Bath", "Tape, float & texture drywall", 96, "SF", 1.42),
    ("Upstairs Hall Bath", "Seal & paint walls - 2 coats", 320, "SF", 1.18),
    ("Upstairs Hall Bath", "Detach & reset toilet, new wax ring & supply line", 1, "EA", 245.00),
    ("Upstairs Hall Bath", "R&R luxury vinyl plank flooring", 64, "SF", 7.95),
    ("Kitchen", "R&R drywall 1/2\" - ceiling", 180, "SF", 4.10),
    ("Kitchen", "Acoustic ceiling (popcorn) texture - apply", 180, "SF", 1.65),
    ("Kitchen", "Seal & paint ceiling - 2 coats", 180, "SF", 0.98),
    ("Kitchen", "Upper cabinets - detach & reset", 12, "LF", 38.50),
    ("Kitchen", "R&R recessed light fixture, LED 6\"", 4, "EA", 142.75),
    ("Family Room", "R&R carpet - nylon, mid grade", 312, "SF", 4.35),
    ("Family Room", "R&R carpet pad - 7/16\" rebond", 312, "SF", 0.88),
    ("Family Room", "R&R baseboard 3-1/4\" MDF", 58, "LF", 6.20),
    ("Family Room", "Paint baseboard - 1 coat", 58, "LF", 1.35),
]
EST_OH_RATE = 0.10
EST_PROFIT_RATE = 0.10
EST_TAX_RATE = 0.07125
EST_DEPRECIATION = 1096.42


def money(x):
    return f"{x:,.2f}"


def estimate_numbers():
    lines = [(r, d, q, u, p, round(q * p, 2)) for r, d, q, u, p in EST_ITEMS]
    rooms = {}
    for r, _, _, _, _, t in lines:
        rooms[r] = round(rooms.get(r, 0) + t, 2)
    sub = round(sum(t for *_, t in lines), 2)
    oh = round(sub * EST_OH_RATE, 2)
    pr = round(sub * EST_PROFIT_RATE, 2)
    tax = round(sub * EST_TAX_RATE, 2)
    rcv = round(sub + oh + pr + tax, 2)
    acv = round(rcv - EST_DEPRECIATION, 2)
    return lines, rooms, sub, oh, pr, tax, rcv, acv


FIXED_DT = datetime(2025, 9, 30, 12, 0, 0, tzinfo=timezone.utc)


def save_docx(doc, path):
    """Save a python-docx document byte-for-byte reproducibly (fixed core dates and zip times)."""
    import zipfile
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.author = cp.last_modified_by = "claims"
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


class PDF(FPDF):
    header_text = ""
    footer_text = ""

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}   Page {self.page_no()}/{{nb}}", align="C")


def para(pdf, text, size=10, style="", h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def make_estimate_pdf():
    lines, rooms, sub, oh, pr, tax, rcv, acv = estimate_numbers()
    pdf = PDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.header_text = "Arrowhead Restoration & Build, Inc.  |  Estimate AR-25-0142  |  Rev. 2"
    pdf.footer_text = "AR-25-0142 Ostrander - 1418 Quillan Ridge Dr"
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "ARROWHEAD RESTORATION & BUILD, INC.", new_x="LMARGIN", new_y="NEXT")
    para(pdf, "2207 Kessel Avenue North, Fernbrook, MN 55429  |  Office 763-555-0192  |  MN Lic. BC-771204", 9)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "REPAIR ESTIMATE - WATER DAMAGE (REVISION 2)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    info = [
        ("Estimate No.", "AR-25-0142"),
        ("Revision / date", "Rev. 2 dated 02/27/2025 (Rev. 1 dated 02/06/2025 superseded)"),
        ("Customer", "Margit and Ellis Ostrander"),
        ("Property", "1418 Quillan Ridge Drive, Fernbrook, MN 55429"),
        ("Insurance carrier", "Northfield Reciprocal Insurance Exchange"),
        ("Claim number", "HO-7730-2025-K"),
        ("Date of loss", "01/22/2025"),
        ("Type of loss", "Water - frozen/burst supply line, upstairs hall bath"),
        ("Estimator", "Garrett Lindqvist, Project Estimator (cell 763-555-0177)"),
        ("Site inspection", "01/29/2025 with IA Corinne Batiste"),
        ("Price list", "MNMP8X_JAN25 (restoration/service/remodel)"),
    ]
    pdf.set_font("Helvetica", "", 9)
    for k, v in info:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(42, 5.5, k, border=1)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5.5, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Scope note: Mitigation (extraction, drying equipment, antimicrobial) was performed by DryPoint Water "
              "Mitigation under separate invoice and is NOT included in this estimate. Plumbing repair of the failed "
              "supply line was performed by Hollis Plumbing & Heating on 01/22/2025 and is also not included. "
              "Quantities below were field measured on 01/29/2025 and re-verified on 02/24/2025 after demolition.", 9)
    pdf.ln(2)
    widths = [8, 86, 18, 12, 26, 30]
    heads = ["#", "Description", "Qty", "Unit", "Unit Price", "Total"]
    n = 0
    for room in ["Upstairs Hall Bath", "Kitchen", "Family Room"]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 7, room.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 8)
        for w, h in zip(widths, heads):
            pdf.cell(w, 5.5, h, border=1, align="C")
        pdf.ln()
        pdf.set_font("Helvetica", "", 8)
        for r, d, q, u, p, t in lines:
            if r != room:
                continue
            n += 1
            vals = [str(n), d, f"{q:,}", u, money(p), money(t)]
            for i, (w, v) in enumerate(zip(widths, vals)):
                pdf.cell(w, 5.5, v, border=1, align="L" if i == 1 else "R")
            pdf.ln()
        pdf.set_font("Helvetica", "B", 8)
        pdf.cell(sum(widths[:5]), 5.5, f"Room total - {room}", border=1, align="R")
        pdf.cell(widths[5], 5.5, money(rooms[room]), border=1, align="R")
        pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "ESTIMATE RECAP", new_x="LMARGIN", new_y="NEXT")
    recap = [
        ("Line item total", money(sub)),
        ("Overhead (10%)", money(oh)),
        ("Profit (10%)", money(pr)),
        ("Sales tax (7.125% on line items)", money(tax)),
        ("Replacement Cost Value (RCV)", money(rcv)),
        ("Less recoverable depreciation", f"({money(EST_DEPRECIATION)})"),
        ("Actual Cash Value (ACV)", money(acv)),
    ]
    for k, v in recap:
        pdf.set_font("Helvetica", "B" if "Value" in k else "", 10)
        pdf.cell(110, 6, k, border=1)
        pdf.cell(40, 6, v, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Depreciation applied to carpet, pad and paint only (carpet installed 2016 per homeowner; "
              "flooring and fixtures not depreciated). Recoverable depreciation is payable on completion per policy "
              "terms. The insured's deductible is not deducted on this estimate; see the carrier's statement of loss.", 9)
    pdf.ln(2)
    para(pdf, "Not included / excluded items: code upgrades (none identified), mold remediation (none found at "
              "demo), contents manipulation in family room (by owner), permit fees (not required for like-kind "
              "repair in City of Fernbrook), upstairs hallway ceiling light (pre-existing damage, owner's expense "
              "quoted separately at 318.40).", 9)
    pdf.ln(2)
    para(pdf, "Schedule: 9 working days after authorization; cabinets and recessed lights on order 5-7 days. "
              "Estimate valid 60 days from revision date. Payment: 1/3 at start, balance at completion; direction "
              "to pay on file dated 02/03/2025.", 9)
    pdf.ln(6)
    para(pdf, "Prepared by: Garrett Lindqvist, Project Estimator          Reviewed: Shauna Pike, Operations Manager", 9)
    para(pdf, "Customer acceptance: ______________________   Date: ____________", 9)
    pdf.output(os.path.join(OUT, "arrowhead_estimate_AR-25-0142_rev2.pdf"))


HO_DIARY = r"""
NORTHFIELD RECIPROCAL INS EXCH - CLAIM ACTIVITY LOG (PRINTED 04/02/25 16:12)
CLM# HO-7730-2025-K   INSD: OSTRANDER, MARGIT & ELLIS   POL# HOP 558 20 1934 (HO-3)
LOSS LOC: 1418 QUILLAN RIDGE DR, FERNBROOK MN 55429    DOL: 01/22/25   CAT: N
DESK ADJ: L. FERRANTE (LF)   IA: PINECREST ADJUSTING - C. BATISTE (CB)   SUPV: R. OYELARAN (RO)
======================================================================================================

01/22/25 1006 SYS  FNOL rec'd from agent Trent Mabry (Mabry Ins Agency, agt code 44-0917) by phone.
01/22/25 1031 LF   Cov conf: HO-3, eff 06/01/24-06/01/25. Cov A 385,000 / Cov B 38,500 / Cov C 192,500 /
                   Cov D (ALE) 77,000. AOP ded 2,500. No water backup endt (not needed, supply line).
01/22/25 1040 LF   Spoke w/ insd Margit O. Approx 0300 hrs insd woke to water coming thru kit ceiling
                   light. Ellis shut main. Upstairs hall bath toilet supply line burst (braided line).
                   Outside temp -22F overnight per insd. Home occupied, heat on (thermostat 68).
                   Adv mitigation, DryPoint already called by insd. Hollis Plumbing onsite today.
01/22/25 1055 LF   Rsv set: DWELL 12,000.00 / CONT 5,000.00 / ALE 0.00 / EXP 1,200.00
01/22/25 1102 LF   Assgn IA Pinecrest - Corinne Batiste. Contact w/in 24h, insp w/in 72h.
01/23/25 0915 CB   Contact w/ insd. Insp set 01/29 @ 1000 w/ contractor (Arrowhead, G. Lindqvist).
01/29/25 1422 CB   Insp compl. Damage: upstairs hall bath walls/floor, kit ceiling + 4 cans, fam rm carpet.
                   Braided supply line failed at crimp ferrule - mfr AquaFlex, installed 2021 by prior
                   plumber. Line retained by IA, tagged + photographed. SUBRO POTENTIAL vs mfr.
                   No evidence of freeze at line location (interior wall, warm side). Cause = product failure.
02/03/25 1130 LF   Rec'd DTP (direction to pay) to Arrowhead signed by both insds.
02/04/25 0840 LF   Rec'd DryPoint inv DP-90412 mitigation 6,418.22 (3 days equip, 14 air movers, 3 LGR).
                   Reviewed vs IICRC S500 - reasonable.
02/06/25 1600 CB   Arrowhead est Rev 1 rec'd 8,204.90 RCV. Pending post-demo reinspection.
02/07/25 0912 LF   PMT 6,418.22 to DryPoint Water Mitigation - chk 7720418. Bldg.
02/11/25 1015 LF   Referred to subro unit (K. Ashdown). Preserve evidence ltr sent to insd.
02/12/25 1345 RO   Supv rvw. Incr rsv DWELL to 16,500.00 (mitig + est). Agree cause. OK to proceed.
02/18/25 1010 LF   Contents list rec'd from insd: 11 items (area rug, ottoman, books, throw pillows,
                   fam rm lamp). Claimed 4,210.00 RCV.
02/24/25 1500 CB   Post-demo reinsp. Qty revisions (kit ceiling 180 SF, fam rm carpet 312 SF).
02/27/25 1620 CB   Arrowhead est Rev 2 rec'd, agreed w/ contractor. See AR-25-0142 Rev 2.
03/03/25 0930 LF   Contents adjusted: RCV 4,210.00 less dep 1,069.12 = ACV 3,140.88.
03/05/25 1120 LF   PMT contents ACV 3,140.88 to insds - chk 7720633. Ded applied to bldg.
03/05/25 1125 LF   Rsv CONT reduced to 4,210.00 (RC holdback 1,069.12 pending replacement).
03/14/25 1408 LF   PMT bldg ACV (Arrowhead Rev 2 ACV less ded 2,500.00) to insds + Arrowhead
                   - chk 7720781. RC holdback = rec dep 1,096.42.
03/14/25 1412 LF   ALE: none claimed, home habitable. Close ALE feature.
03/20/25 1005 KA   Subro: notice ltr to AquaFlex Products Inc (claims admin: Corbett & Lyle TPA),
                   ref AQ-SB-2025-0311. Demand to follow when bldg final.
03/28/25 1545 LF   Insd called - Arrowhead started 03/24, est compl 04/04. Will send final invoice.
04/02/25 0900 LF   Status: OPEN. Pending RC holdback (bldg 1,096.42 + cont 1,069.12) and subro.
                   Next diary 04/16/25.
======================================================================================================
END OF LOG - 27 ENTRIES
"""

# ---------------------------------------------------------------------------
# Claim 25/HM/00913 (hull & machinery, marine surveyor's report PDF)
# ---------------------------------------------------------------------------
MS_UW_ITEMS = [
    ("1", "Drydocking and undocking, general services (50% of 9,600.00; balance owners' work)", 4800.00),
    ("2", "Lay days in dock attributable to casualty repairs: 4 days @ 1,150.00", 4600.00),
    ("3", "Remove, recondition (Delta Prop Works) and refit starboard propeller", 11275.00),
    ("4", "Withdraw starboard tail shaft, straighten, polish and refit", 8940.00),
    ("5", "Renew starboard strut cutless bearing", 2185.00),
    ("6", "Remove, straighten and refit starboard rudder stock, new packing", 6720.00),
    ("7", "Diving inspection 05/08/2025 (Deepline Diving Services inv. DDS-4471)", 2350.00),
    ("8", "Towage assist to repair yard (Crescent Fleeting, M/V MISS ODALIE)", 4850.00),
    ("9", "Shaft alignment check and sea trial", 1480.00),
]
MS_OWNER_ITEMS = [
    ("A", "Bottom blast and paint (maintenance, last done 03/2022)", 14300.00),
    ("B", "Renew hull zincs", 1260.00),
    ("C", "Port main engine rear main seal oil leak", 2940.00),
    ("D", "Drydocking, 50% share", 4800.00),
    ("E", "Lay days for owners' work: 2 days @ 1,150.00", 2300.00),
]

MS_SECTIONS = [
    ("1. INSTRUCTIONS",
     "At the request of Ms. Odette Fairweather, Marine Claims Manager, Pelican Bay Marine Insurance Company "
     "(hereinafter \"Underwriters\"), the undersigned surveyor attended on board the towboat M/V CARROW POINT "
     "to ascertain the nature, cause and extent of damage reportedly sustained when the vessel struck a "
     "submerged object, and to agree a fair and reasonable cost of repairs. Instructions were received by "
     "telephone on 05/07/2025 at 11:20 hours and confirmed by e-mail the same day. This report is issued "
     "without prejudice to the rights and/or interests of any party and subject to the terms and conditions "
     "of the policy of insurance, which the surveyor has not been asked to interpret."),
    ("2. PARTICULARS OF VESSEL",
     "Name: M/V CARROW POINT. Type: inland towboat, twin screw, steel. Official number: 1198442. "
     "Owner / Assured: Baylark Towing LLC, 118 Levee Road, Port Arden, LA 70394. Built: 2008 by Bayou Marchand "
     "Shipbuilding, Houma, LA. Length overall 72.0 ft; beam 26.0 ft; depth 9.5 ft. Main engines: two Cummins "
     "KTA38-M1, 1,800 BHP total. Propellers: two 4-blade Nibral, 66 in. diameter x 52 in. pitch, in Kort "
     "nozzles. Steering: two flanking and two main rudders, hydraulic. Last drydocking prior to this casualty: "
     "March 2022 at Grayling Shipyard. Insurance: Hull & Machinery policy PBM-HM-0470215, period 04/01/2025 "
     "to 04/01/2026, agreed value USD 1,850,000, deductible USD 25,000 each accident or occurrence. "
     "Underwriters' claim reference: 25/HM/00913. Our file: HMS-25-1187."),
    ("3. ATTENDANCES",
     "The undersigned attended as follows: (a) 05/09/2025 afloat at the Marchand fleeting area, mile 44.1, "
     "Lower Tessaly River, with a review of the diver's video; (b) 05/15/2025 in drydock at Grayling "
     "Shipyard, Port Arden, LA; (c) 05/29/2025 during repairs; and (d) 06/04/2025 for the post-repair sea "
     "trial. Present at one or more attendances were: Capt. Jared Thibodeaux, Master; Mr. Lionel Arceneaux, "
     "Port Engineer for Baylark Towing LLC; Mr. Russ Delahoussaye, Yard Superintendent, Grayling Shipyard; and "
     "Mr. Curtis Obi of Gulfbend Marine Consultants, attending on behalf of owners. Mr. Arceneaux was the "
     "owners' principal representative throughout."),
    ("4. CIRCUMSTANCES OF CASUALTY",
     "According to the master's statement and the logbook, on 05/07/2025 at about 0412 hours the vessel was "
     "upbound on the Lower Tessaly River in the vicinity of mile 42.6, pushing four loaded hopper barges "
     "(tow made up 2 wide x 2 long), when heavy vibration was felt on the starboard side with a loud bang. The "
     "river stage at the Port Arden gauge was 14.2 ft and rising, with considerable drift reported by other "
     "operators. The master reduced the starboard engine to idle, continued on the port engine and landed the "
     "tow at the Marchand fleeting area at about 0550 hours. The pilot on watch, Mr. Dwayne Sonnier, stated "
     "that no object was seen, and that the vessel was within the channel. The logbook entry for 0412 reads: "
     "\"HIT SUBMERGED OBJ STBD SIDE - HEAVY VIB STBD SHAFT - STBD ENG IDLE.\" No injuries to the crew of five "
     "were reported and no pollution occurred. The owners filed form CG-2692 with the U.S. Coast Guard on "
     "05/08/2025 (MISLE activity no. 7821455). Divers from Deepline Diving Services inspected the running gear "
     "on 05/08/2025 and reported the starboard propeller damaged, with one blade tip missing. Given that the "
     "vessel could not safely operate on one engine while light, she was assisted to Grayling Shipyard on "
     "05/13/2025 by the M/V MISS ODALIE of Crescent Fleeting."),
    ("5. SURVEY FINDINGS",
     "Port side: the port propeller, shaft, nozzle and rudders were examined in drydock and found free of "
     "recent damage. Minor pitting on the port nozzle is long-standing wear. "
     "Starboard propeller: three of four blades bent toward the face, the greatest at blade no. 2 with 3.5 in. "
     "of deflection at the tip; blade no. 4 missing a section at the tip approximately 4 in. x 6 in.; leading "
     "edges nicked. The propeller was removed and sent to Delta Prop Works, Amelia, LA, where it was found "
     "repairable and reconditioned to ISO 484/2 class II. "
     "Starboard tail shaft: 6 in. diameter, found bent 0.085 in. TIR measured at the strut bearing position "
     "(maximum allowable 0.005 in.). The shaft was withdrawn, straightened in the shop, polished and refitted. "
     "A replacement shaft was quoted at 19,600.00 but was not required. "
     "Starboard strut cutless bearing: found with fresh scoring and excessive clearance, renewed. "
     "Starboard main rudder: rudder stock found bent approximately 2 degrees at the lower bearing; removed, "
     "straightened and refitted with new packing. The starboard flanking rudders were found undamaged. "
     "Hull: scrape marks on the starboard bottom plating forward of the nozzle, paint only, no indentations; "
     "the bottom coating was generally in poor condition with heavy growth, consistent with the period since "
     "the last drydocking and not attributable to this casualty."),
    ("6. CAUSE",
     "In the surveyor's opinion the damage to the starboard running gear described in section 5 was caused by "
     "contact with a submerged object, most probably a waterlogged tree trunk, during high-water conditions, "
     "on 05/07/2025. The nature of the damage (face-side bending, fresh fractures, bright metal at the "
     "fracture surfaces) is consistent with a single recent impact. No evidence of prior damage to the "
     "starboard running gear was found. The surveyor notes a previous claim in 2023 (port rudder, Underwriters' "
     "ref. 23/HM/00471) which was fully repaired and is unrelated."),
    ("7. REPAIRS",
     "Repairs were carried out by Grayling Shipyard between 05/15/2025 and 06/03/2025 under the supervision of "
     "the owners' port engineer. Owners took the opportunity to carry out their own maintenance work "
     "concurrently (see section 9). The vessel was undocked on 06/02/2025. A sea trial was carried out on "
     "06/04/2025 from 0900 to 1130 hours, during which both engines were run up to full rated rpm; vibration "
     "readings on the starboard shaft were within normal limits and the steering operated satisfactorily. "
     "The vessel was returned to service on 06/05/2025."),
]


def make_marine_pdf():
    pdf = PDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.header_text = "Halyard Marine Surveyors, Inc. - Report HMS-25-1187 - M/V CARROW POINT"
    pdf.footer_text = "Without prejudice"
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "HALYARD MARINE SURVEYORS, INC.", new_x="LMARGIN", new_y="NEXT", align="C")
    para(pdf, "Marine Surveyors & Consultants  -  455 Wharf Street, Suite 3, Port Arden, LA 70394  -  "
              "Tel. 985-555-0136", 9)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "DAMAGE SURVEY REPORT (FINAL)", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(2)
    top = [
        ("Report No.", "HMS-25-1187"),
        ("Report date", "06/18/2025"),
        ("Vessel", "M/V CARROW POINT (O.N. 1198442)"),
        ("Assured", "Baylark Towing LLC"),
        ("Underwriters", "Pelican Bay Marine Insurance Company"),
        ("Claim ref.", "25/HM/00913"),
        ("Date of casualty", "05/07/2025"),
        ("Place", "Lower Tessaly River, approx. mile 42.6"),
        ("Nature", "Striking submerged object - starboard running gear"),
        ("Surveyor", "Capt. Neil Drummond, AMS"),
    ]
    for k, v in top:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(45, 6, k, border=1)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for title, body in MS_SECTIONS:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        para(pdf, body, 10)
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "8. COSTS AGREED FOR UNDERWRITERS' ACCOUNT", new_x="LMARGIN", new_y="NEXT")
    para(pdf, "The following costs, taken from Grayling Shipyard invoice GS-25-0566 dated 06/06/2025 and the "
              "invoices of the parties named, were agreed with Mr. Arceneaux as fair and reasonable for the "
              "casualty damage, subject to Underwriters' approval and to the policy deductible:", 10)
    pdf.ln(1)
    tot_uw = 0.0
    for n, d, a in MS_UW_ITEMS:
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(10, 6, n, border=1, align="C")
        pdf.cell(140, 6, d, border=1)
        pdf.cell(0, 6, money(a), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
        tot_uw += a
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(150, 6, "Total agreed reasonable cost of repairs (before deductible)", border=1)
    pdf.cell(0, 6, money(round(tot_uw, 2)), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "The owners' original repair estimate, submitted 05/12/2025, was 71,500.00 and included a "
              "replacement tail shaft and a new propeller, neither of which proved necessary. The surveyor's "
              "fee (invoice HMS-INV-7731, 3,420.00) is rendered to Underwriters separately and is not included "
              "above. Owners have claimed loss of hire for 29 days; loss of hire is not covered under the Hull & "
              "Machinery policy and no opinion is expressed on it.", 10)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "9. OWNERS' ACCOUNT (NOT CASUALTY RELATED)", new_x="LMARGIN", new_y="NEXT")
    for n, d, a in MS_OWNER_ITEMS:
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(10, 6, n, border=1, align="C")
        pdf.cell(140, 6, d, border=1)
        pdf.cell(0, 6, money(a), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "10. REMARKS AND RECOMMENDATIONS", new_x="LMARGIN", new_y="NEXT")
    para(pdf, "(a) The preliminary reserve recommended by the surveyor on 05/16/2025 was 60,000.00; on the basis "
              "of the agreed costs above, the surveyor considers that reserve may be reduced. "
              "(b) The vessel's navigation equipment was working and the vessel was properly manned at the time. "
              "(c) No third-party property was damaged; no recovery prospects are apparent as the object was "
              "natural drift. (d) The damaged propeller blade section was not recovered. "
              "(e) The surveyor recommends that owners consider installing a shaft vibration monitor; this is "
              "a recommendation only and not a condition of cover.", 10)
    pdf.ln(3)
    para(pdf, "This report is issued without prejudice and for the use of Underwriters only. The surveyor "
              "reserves the right to amend the report should further information become available.", 10)
    pdf.ln(6)
    para(pdf, "HALYARD MARINE SURVEYORS, INC.\nCapt. Neil Drummond, AMS, Senior Surveyor\nSAMS member no. 2094\n"
              "Attachments: photographs (38), diver's report DDS-4471, master's statement, Grayling invoice "
              "GS-25-0566, Delta Prop Works report DPW-2205.", 10)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "APPENDIX 1 - CHRONOLOGY", new_x="LMARGIN", new_y="NEXT")
    chron = [
        ("05/07/2025 0412", "Vessel strikes submerged object near mile 42.6 (logbook)."),
        ("05/07/2025 0550", "Tow landed at Marchand fleeting area, mile 44.1."),
        ("05/07/2025 1120", "Surveyor instructed by Underwriters (O. Fairweather) by telephone."),
        ("05/08/2025 0830", "Deepline Diving Services underwater inspection; CG-2692 filed."),
        ("05/09/2025 1000", "First attendance afloat; diver video reviewed with port engineer."),
        ("05/12/2025", "Owners' repair estimate received: 71,500.00."),
        ("05/13/2025 0640", "Assisted by M/V MISS ODALIE to Grayling Shipyard, arrived 1515."),
        ("05/15/2025 0730", "Vessel drydocked; second attendance."),
        ("05/16/2025", "Preliminary report and reserve recommendation 60,000.00 to Underwriters."),
        ("05/21/2025", "Delta Prop Works report DPW-2205: starboard propeller repairable."),
        ("05/29/2025 1300", "Third attendance during repairs; shaft refitted, rudder stock refitted."),
        ("06/02/2025 1400", "Vessel undocked."),
        ("06/04/2025 0900", "Sea trial 0900-1130; satisfactory."),
        ("06/05/2025", "Vessel returned to service."),
        ("06/06/2025", "Grayling Shipyard invoice GS-25-0566 issued (yard items, both accounts): 65,600.00."),
        ("06/18/2025", "This final report issued."),
    ]
    for a, b in chron:
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(40, 6, a, border=1)
        pdf.cell(0, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "APPENDIX 2 - PHOTOGRAPH SCHEDULE (EXTRACT)", new_x="LMARGIN", new_y="NEXT")
    photos = [
        "P01-P04 General views of vessel in drydock, starboard quarter.",
        "P05-P09 Starboard propeller in place, blades 1-4, face side.",
        "P10-P11 Blade no. 4 tip fracture, bright metal at fracture surface.",
        "P12-P15 Starboard tail shaft run-out measurement at strut (dial gauge reading 0.085 in.).",
        "P16-P18 Starboard strut cutless bearing, scoring.",
        "P19-P22 Starboard main rudder stock, bend at lower bearing.",
        "P23-P26 Starboard bottom plating scrape marks, paint only.",
        "P27-P30 Port running gear, no recent damage.",
        "P31-P34 Bottom growth and coating breakdown (owners' maintenance).",
        "P35-P38 Sea trial 06/04/2025, vibration readings display.",
    ]
    for p in photos:
        para(pdf, p, 9)
    pdf.output(os.path.join(OUT, "halyard_survey_HMS-25-1187_carrow_point.pdf"))


# ---------------------------------------------------------------------------
# Claim CA 25 604417 (commercial auto, subrogation demand letter DOCX)
# ---------------------------------------------------------------------------
def _docx_table(doc, rows, bold_first=True, widths=None):
    from docx.shared import Pt
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(v)
            run.font.size = Pt(9.5)
            if bold_first and j == 0:
                run.bold = True
    return t


def make_subro_docx():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.text = "CALLOWAY FLEET INSURANCE COMPANY  -  Subrogation Unit"
    ht = hdr.add_table(rows=1, cols=2, width=sec.page_width - sec.left_margin - sec.right_margin)
    ht.rows[0].cells[0].text = "Our Claim No.: CA 25 604417"
    ht.rows[0].cells[1].text = "Subro File: SUB-25-11902"
    fp = sec.footer.paragraphs[0]
    fp.text = ("9100 Ridgeline Parkway, Suite 400, Brookfield, WI 53045  |  Subrogation fax 262-555-0199  |  "
               "This is an attempt to recover a debt owed to Calloway Fleet Insurance Company.")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("April 22, 2025")
    doc.add_paragraph("VIA E-MAIL (liabilityclaims@trilakescas.example) AND FIRST-CLASS MAIL")
    doc.add_paragraph("Tri-Lakes Casualty Insurance Co.\nAttn: Mr. Bernard Voss, Liability Claims Representative\n"
                      "P.O. Box 44120\nMadison, WI 53744")
    p = doc.add_paragraph()
    p.add_run("SUBROGATION DEMAND").bold = True
    _docx_table(doc, [
        ["Your insured", "Kyle J. Demarco"],
        ["Your claim no.", "TLC-4471982"],
        ["Your policy no.", "PAP-22-5530917"],
        ["Our insured", "Ferncliff Linen Service, Inc."],
        ["Our claim no.", "CA 25 604417"],
        ["Date of loss", "February 6, 2025"],
        ["Location", "Eastbound Bluemound Road at Springdale Road, Town of Brookfield, WI"],
        ["Amount of demand", "$21,202.61"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Dear Mr. Voss:")
    doc.add_paragraph(
        "Calloway Fleet Insurance Company (\"Calloway\") insures Ferncliff Linen Service, Inc. under commercial "
        "auto policy CAP 7718-2024-0563. We write to present our subrogation claim, including our insured's "
        "deductible, for damages arising from the above collision caused by your insured, and to ask that you "
        "confirm acceptance of liability and issue payment.")
    doc.add_heading("Facts of loss", level=2)
    doc.add_paragraph(
        "On February 6, 2025, at approximately 7:50 a.m., our insured's 2022 Isuzu NPR-HD box truck (fleet unit 14, "
        "VIN JALE5W166N7301452), driven by Ferncliff employee Marisol Quintero, was stopped for a red signal "
        "in the eastbound lane of Bluemound Road at Springdale Road. Your insured, Kyle J. Demarco, operating a "
        "2019 Ram 1500 (VIN 1C6SRFFT4KN602218), struck the rear of our insured's truck. Road surface was dry. "
        "Ms. Quintero was belted and the truck's brake lights were operating, as confirmed by the truck's forward "
        "and rear dash camera (Lytx unit, clip retained, event ID LX-0206-0749-14).")
    doc.add_paragraph(
        "Waukesha County Sheriff's Office Deputy R. Kowalczyk (badge 2217) responded and prepared crash report "
        "WCSO-25-018842. Your insured stated to the deputy that he \"looked down at his phone for a second.\" He "
        "was cited for following too closely. A witness, Ms. Lena Hadrava, driving the vehicle behind your "
        "insured, gave a written statement consistent with the above.")
    doc.add_paragraph(
        "Ms. Quintero reported neck soreness and was evaluated the same day; her injury claim is being handled "
        "under Ferncliff's workers' compensation carrier and is not part of this demand. The workers' compensation "
        "carrier may present its own lien separately.")
    doc.add_heading("Liability", level=2)
    doc.add_paragraph(
        "A following driver is presumed to be at fault in a rear-end collision, and your insured admitted "
        "inattention and was cited. We consider liability to rest 100% with your insured. We are not aware of "
        "any facts supporting comparative negligence on the part of Ms. Quintero.")
    doc.add_heading("Damages", level=2)
    doc.add_paragraph(
        "The truck was towed from the scene to Bluemound Truck Body, Inc., where it was inspected on "
        "February 10, 2025. The initial estimate of $16,930.40 was supplemented after teardown by $1,812.21 "
        "(rear frame crossmember and liftgate pump). The final repair invoice, RO 88214, is enclosed. Our "
        "insured's damages are itemized below:")
    _docx_table(doc, [
        ["Item", "Vendor / basis", "Amount"],
        ["Vehicle repair (final invoice RO 88214)", "Bluemound Truck Body, Inc.", "$18,742.61"],
        ["Towing from scene", "Lakeside Towing & Recovery, inv. 5530", "$685.00"],
        ["Storage (4 days @ $45.00)", "Lakeside Towing & Recovery", "$180.00"],
        ["Substitute truck rental (11 days @ $145.00)", "Penske Truck Leasing, RA 0391-72210", "$1,595.00"],
        ["Total damages", "", "$21,202.61"],
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "Calloway paid these damages less our insured's $1,000.00 collision deductible: check no. 3300871 "
        "issued March 7, 2025 to Bluemound Truck Body, Inc. for the repairs net of the deductible, and check "
        "no. 3300902 issued March 12, 2025 to Ferncliff Linen Service, Inc. for towing, storage and rental "
        "($2,460.00). Our insured's uninsured deductible of $1,000.00 is included in this demand, and we ask "
        "that any recovery be paid in one check payable to \"Calloway Fleet Insurance Company\"; we will "
        "reimburse our insured's deductible from the recovery.")
    doc.add_paragraph(
        "No claim is presented for diminished value or for loss of use beyond the rental period. The truck was "
        "returned to service on March 3, 2025.")
    doc.add_heading("Demand", level=2)
    doc.add_paragraph(
        "Please confirm your acceptance of liability and remit $21,202.61 within thirty (30) days of the date "
        "of this letter. If we do not receive payment or a substantive response by May 22, 2025, we will "
        "file this matter with Arbitration Forums, Inc. (Automobile Subrogation arbitration) without further "
        "notice. If your insured's policy limits for property damage are less than this demand, please send a "
        "copy of the declarations page.")
    doc.add_paragraph("Enclosures: crash report WCSO-25-018842; witness statement (L. Hadrava); 24 photographs; "
                      "Bluemound estimate and supplement; final invoice RO 88214; Lakeside invoice 5530; Penske "
                      "rental agreement RA 0391-72210; copies of checks 3300871 and 3300902; dash camera stills.")
    doc.add_paragraph("Sincerely,")
    doc.add_paragraph("Annika Broussard, AIC\nSubrogation Specialist\nCalloway Fleet Insurance Company\n"
                      "Direct 262-555-0163  |  abroussard@callowayfleet.example")
    doc.add_paragraph("cc: Ferncliff Linen Service, Inc., Attn: Tomas Ybarra, Fleet Manager\n"
                      "    Claim file - Desk Adjuster Heidi Marchetti")
    save_docx(doc, os.path.join(OUT, "subro_demand_tri-lakes_2025-04-22.docx"))


# ---------------------------------------------------------------------------
# Claim CH 58-10347 (crop-hail adjuster worksheet, "scanned-style" PDF)
# ---------------------------------------------------------------------------
CROP_UNITS = [
    # unit, FSA farm/tract/field, acres, liability per acre, appraised % loss
    ("0001", "F2211 T6040 Fld 3", 152.4, 420, 18),
    ("0002", "F2211 T6040 Fld 5", 88.0, 420, 7),
    ("0003", "F3087 T1195 Fld 1", 120.6, 380, 4),
]
CROP_DED = 5


def crop_numbers():
    rows = []
    for u, f, a, r, l in CROP_UNITS:
        liab = round(a * r, 2)
        net = max(l - CROP_DED, 0)
        rows.append((u, f, a, r, liab, l, net, round(liab * net / 100, 2)))
    return rows


CROP_TEXT_1 = """
PRAIRIE  SHIELD  CROP  INSURANCE  SERVICES                    FORM PS-CH-7  (rev 01/24)
  CROP-HAIL  LOSS  WORKSHEET  /  PROOF  OF  LOSS                          page 1 of 2

Claim No.:  CH 58-10347            Policy No.:  PSH-NE-2025-07781        Crop Yr: 2025
Insured:   Verlin  Haugstad   dba  Haugstad  Farms
Mailing:   28814  County  Road  9 ,  Elmridge ,  NE  68827
Phone:  308-555-0121          Agent:  Lorrie Tesch  (Tesch Ag Insurance, agt # 5512)
Crop:  CORN  (grain)        Form / Deductible:  XS5  (5% excess deductible, per unit)
Liability/acre elected:  see unit table           Spring acreage report rec'd: 06/02/2025

Date of storm:  07/18/2025     Time:  approx 17:30 - 17:55     Cause:  HAIL  w/  wind
Notice of loss rec'd:  07/20/2025   (by agent, ref TA-0720-3)
Adjuster:  Della Prohaska            Adj. ID:  4410        NE lic.:  AG-33019
Initial inspection:  07/24/2025      Crop stage at storm:  VT  (tassel)
Final appraisal:     08/19/2025      Crop stage at appraisal:  R4  (dough)
Second adjuster / check adjuster:  ______________________
Other insurance on crop (MPCI):  YES - MPCI w/ Great Plains Mutual, RP 75%  (not part of this claim)
"""

CROP_TEXT_2 = """
APPRAISAL  NOTES  (unit 0001 - 10 sample sites, 1/1000 ac rows)
  Stand reduction avg  6.1 %   |  Defoliation avg 45 % at VT  ->  chart loss 9 %
  Direct ear damage avg 3 %    |  Stalk bruising: moderate, no breakage at R4
  Total appraised loss unit 0001 = 18 %
Unit 0002:  defoliation avg 25 %, no stand loss; appraised 7 %
Unit 0003:  (north of Hwy 2, edge of storm) defoliation avg 15 %; appraised 4 %  ->  below deductible
Weather: NWS storm report Elmridge 07/18/2025, hail to 1.75 in. reported 17:42.
Insured reports earlier hail 06/09/2025 on unit 0003 (pea size, no visible damage) - NOT claimed.
Replant payment:  ______         Salvage:  N/A          Uninsured causes (drought) :  none appraised
Direct ear damage unit 0002 not sampled (no ear injury seen in walk-through).
"""

CROP_TEXT_3 = """
ADJUSTER  REMARKS:
Storm tracked SW to NE across Sec 14 & 15.  Unit 0001 worst on S half near center pivot.
Insured present at initial insp; son Bryce Haugstad present at final.  Photos 1-46 uploaded
to claim file 08/20/2025.  Payment to insured & lienholder:  Farm Credit of the Platte, loan
# FCP-88-20931.   Payment not yet issued - pending insured signature below.

Insured signature: ____________________________     Date: ____________
Adjuster signature:  D. Prohaska                      Date:  08/19/2025
Reviewed (claims supervisor):  Mark Ellenbecker        Date:  08/21/2025
"""


def make_crop_pdf():
    rows = crop_numbers()
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    y_jitter = [0, 0.4, -0.3, 0.2, 0.5, -0.2]
    for n, line in enumerate(CROP_TEXT_1.strip("\n").splitlines()):
        pdf.set_x(10 + (n % 3) * 0.8)
        pdf.cell(0, 4.6 + y_jitter[n % 6] * 0.1, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Courier", "B", 9)
    pdf.cell(0, 5, "UNIT  TABLE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 7.5)
    head = ["Unit", "FSA Farm/Tract/Fld", "Acres", "Liab/ac", "Liability", "Appr %", "Net % (XS5)", "Indemnity"]
    w = [11, 37, 15, 16, 26, 16, 22, 26]
    for x, h in zip(w, head):
        pdf.cell(x, 5, h, border=1, align="C")
    pdf.ln()
    for u, f, a, r, liab, l, net, ind in rows:
        vals = [u, f, f"{a:.1f}", f"${r}", f"${liab:,.2f}", f"{l}%", f"{net}%", f"${ind:,.2f}"]
        for x, v in zip(w, vals):
            pdf.cell(x, 5, v, border=1, align="R" if v[0] in "$0123456789" and x != 11 else "L")
        pdf.ln()
    tot_a = round(sum(r[2] for r in rows), 1)
    tot_l = round(sum(r[4] for r in rows), 2)
    tot_i = round(sum(r[7] for r in rows), 2)
    vals = ["TOT", "", f"{tot_a:.1f}", "", f"${tot_l:,.2f}", "", "", f"${tot_i:,.2f}"]
    for x, v in zip(w, vals):
        pdf.cell(x, 5, v, border=1, align="R")
    pdf.ln(8)
    pdf.set_font("Courier", "", 9)
    for n, line in enumerate(CROP_TEXT_2.strip("\n").splitlines()):
        pdf.set_x(10 + (n % 2) * 1.1)
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    pdf.cell(0, 5, "CH 58-10347   Haugstad   FORM PS-CH-7                               page 2 of 2",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for n, line in enumerate(CROP_TEXT_3.strip("\n").splitlines()):
        pdf.set_x(10 + (n % 3) * 0.7)
        pdf.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Courier", "", 7)
    pdf.multi_cell(0, 3.6,
        "PROOF OF LOSS: The insured states that the crop described above was damaged by hail on the date shown, "
        "that no other insurance covers the same crop against hail except as stated above, and that the acreage "
        "and share shown are correct. The insured's share is 100% on all units. Any misrepresentation voids "
        "coverage on the unit. Indemnity shown is subject to review and to any premium due (premium balance "
        "at 08/19/2025: $0.00). Hail losses under 5% per unit are not payable under the XS5 form.")
    pdf.output(os.path.join(OUT, "crop_hail_worksheet_CH58-10347_scan.pdf"))


# ---------------------------------------------------------------------------
# Claim GLX-44190-25 (general liability coverage position / reservation of rights, DOCX)
# ---------------------------------------------------------------------------
GL_BODY = [
    ("h", "1. Summary of our position"),
    ("p", "Meridian Plains Insurance Company (\"Meridian\") acknowledges the claim presented by Ms. Teodora Vancura "
          "against Copperline Event Rentals, LLC (\"Copperline\") arising from the partial collapse of a frame "
          "tent at the Larkspur Barn on June 14, 2025. Based on the information now available, Meridian will "
          "investigate and handle this claim on Copperline's behalf, and will provide a defense if a suit is "
          "filed, subject to a full reservation of rights as explained below. Meridian does not at this time deny "
          "coverage. This letter is not a waiver of any right under the policy or at law, and Meridian may "
          "supplement or amend its position as further facts develop."),
    ("h", "2. The policy"),
    ("p", "Meridian issued Commercial General Liability policy CGP 0081 4472 to Copperline Event Rentals, LLC, "
          "5400 Foundry Lane, Lenexa, KS 66215, for the period March 1, 2025 to March 1, 2026. The Declarations "
          "show the following limits of insurance:"),
    ("limits", None),
    ("p", "The policy carries a deductible of $2,500 per claim applicable to bodily injury and property damage "
          "liability, which Copperline must reimburse to Meridian upon request. The deductible does not apply "
          "to Medical Payments. The policy includes, among others, the following endorsements: MP-AI-112 (04/22) "
          "Additional Insured - Owners, Lessees or Contractors - Automatic Status When Required in Written "
          "Contract; MP-TW-07 (01/23) Tent and Temporary Structure Anchoring Condition; MP-SUB-03 (06/21) "
          "Subcontractor Requirements; and IL 00 21 Nuclear Energy Liability Exclusion."),
    ("h", "3. Facts as we understand them"),
    ("p", "Copperline rented and delivered a 40 ft x 60 ft frame tent, tables, chairs and lighting for a wedding "
          "reception held at the Larkspur Barn, 17702 West 199th Street, Ridgeford, KS 66083, under a rental "
          "agreement with the couple (Rental Agreement no. CER-25-0614-02, dated May 2, 2025). The tent was "
          "erected on June 13, 2025 by a crew from Ace Span Tent Crew, LLC, a subcontractor Copperline uses for "
          "larger tents. According to Copperline's crew leader, Mr. Trey Malenko, who inspected the installation "
          "on the morning of June 14, the tent was ballasted with water-filled barrels rather than staked, "
          "because the venue prohibited stakes over its buried irrigation lines."),
    ("p", "At approximately 8:15 p.m. on June 14, 2025, during the reception, a strong gust of wind lifted the "
          "northeast corner of the tent. A corner leg and the attached crossbar came down onto a guest table. "
          "Ms. Vancura, age 63, a guest seated at that table, was struck by the crossbar. The nearest National "
          "Weather Service observation (Ridgeford Municipal Airport, KRDF) recorded a peak gust of 47 mph at 8:06 "
          "p.m.; a severe thunderstorm warning for the county had been issued at 7:41 p.m. Ridgeford Fire EMS "
          "(Medic 12) transported Ms. Vancura to St. Anselm Regional Medical Center, where she was treated for a "
          "fractured left wrist (distal radius) and a scalp laceration closed with staples. Two other guests "
          "reported minor bruising at the scene and declined transport. Venue owner Larkspur Barn LLC reports "
          "damage to a string-light installation and to the barn's gutter, which has not been quantified."),
    ("p", "Copperline reported the incident to its broker on June 15, 2025, and Meridian received the first notice "
          "on June 16, 2025. On July 8, 2025, Meridian received a letter of representation from Ms. Ramona Feld "
          "of Feld & Achebe LLP, counsel for Ms. Vancura, with a HIPAA authorization and medical bills to date "
          "totaling $7,912.40. No demand has been made and no suit has been filed. Counsel's letter indicates "
          "that Ms. Vancura has been unable to work at her bakery, Vancura's Kolache Shop, since the incident."),
    ("p", "On July 11, 2025, Larkspur Barn LLC, through its own insurer, tendered its defense and indemnity to "
          "Copperline and requested additional insured status under Copperline's policy. We have not yet "
          "received a copy of any written agreement between Copperline and Larkspur Barn LLC; the rental "
          "agreement we have is with the couple, not with the venue."),
    ("h", "4. Reservation of rights"),
    ("p", "4.1 Tent anchoring condition. Endorsement MP-TW-07 provides in part: \"As a condition of this insurance, "
          "any tent or temporary structure with a width of 30 feet or more erected by you or on your behalf must "
          "be anchored in accordance with the manufacturer's written specifications, and must be evacuated when "
          "sustained winds or gusts exceed the manufacturer's rated wind speed. Coverage does not apply to "
          "'bodily injury' or 'property damage' arising out of a tent or temporary structure not so anchored or "
          "evacuated.\" The manufacturer's specification for this tent model (Anchorline FT-4060) requires "
          "either 1-inch x 42-inch stakes or ballast of not less than 1,200 lbs per leg, and states a rated wind "
          "speed of 45 mph. The ballast actually used and whether the tent should have been evacuated after the "
          "7:41 p.m. warning are under investigation. Meridian reserves the right to deny coverage under "
          "MP-TW-07 if the tent was not anchored or evacuated as required."),
    ("p", "4.2 Subcontractor requirements. Endorsement MP-SUB-03 requires Copperline to obtain from each "
          "subcontractor a written hold-harmless agreement and a certificate of insurance showing limits of at "
          "least $1,000,000 per occurrence and naming Copperline as additional insured, before the subcontractor "
          "begins work. If these requirements were not met, a $10,000 deductible applies to this claim in place "
          "of the $2,500 deductible. Please send us Copperline's agreement with Ace Span Tent Crew, LLC and the "
          "certificate of insurance in effect on June 13, 2025."),
    ("p", "4.3 Additional insured request by Larkspur Barn LLC. Under MP-AI-112, a person or organization is an "
          "additional insured only where Copperline agreed in a written contract, executed before the loss, to "
          "add that person or organization as an additional insured. We have seen no such contract. Meridian "
          "therefore neither accepts nor rejects the tender of Larkspur Barn LLC at this time and reserves its "
          "rights as to it."),
    ("p", "4.4 Damages not covered. Any award of punitive or exemplary damages is not covered under the policy "
          "as issued and, in any event, Meridian reserves its rights as to such damages. Any amount in excess of "
          "the limits of insurance is Copperline's responsibility; Copperline may wish to notify any excess or "
          "umbrella insurer. Our records show an umbrella policy with another carrier; please send us its "
          "declarations."),
    ("p", "4.5 Property of the venue. Damage to the barn's gutter and string lights is property damage to "
          "property of others and is not excluded as such; however, if any of that property was rented to or "
          "in the care, custody or control of Copperline, exclusion j. may apply. Meridian reserves its rights."),
    ("h", "5. Medical payments"),
    ("p", "Coverage C - Medical Payments pays reasonable medical expenses for bodily injury caused by an accident "
          "on premises or because of operations, regardless of fault, up to $5,000 per person. Ms. Vancura's "
          "bills to date exceed that limit. Meridian is prepared to pay the Medical Payments limit directly to "
          "the providers on receipt of itemized bills (UB-04 / CMS-1500) and the signed authorization. Payment "
          "of Medical Payments is not an admission of liability."),
    ("h", "6. Information we need"),
    ("p", "To complete our investigation, please send the following by August 20, 2025: (a) Copperline's "
          "agreement and certificate of insurance for Ace Span Tent Crew, LLC; (b) any agreement with Larkspur "
          "Barn LLC; (c) the installation checklist and ballast log for the June 13 set-up; (d) the name of the "
          "person responsible for monitoring weather at the event; (e) all photographs and video taken by "
          "Copperline personnel; and (f) the umbrella declarations. Please preserve the tent, corner leg, "
          "crossbar and ballast barrels, which we would like our consultant to inspect."),
    ("p", "Meridian has retained Plainsview Engineering (engineer: Dr. Ansel Korhonen, P.E.) to examine the tent "
          "components; inspection is scheduled for August 6, 2025 at Copperline's Lenexa warehouse. Please do "
          "not discard, repair or return any of the components to the manufacturer before that date."),
    ("h", "7. Your rights"),
    ("p", "Because Meridian is reserving rights, Copperline may retain counsel of its own choosing at its own "
          "expense to monitor this matter and to advise it on coverage. If a suit is filed, please forward the "
          "summons and complaint to us immediately. Nothing in this letter should be read as a waiver of any of "
          "Meridian's rights, or of any of Copperline's rights, under the policy. If you believe any of the facts "
          "stated above are incorrect, or if you have information that may affect our position, please let us "
          "know in writing."),
    ("p", "We appreciate Copperline's cooperation. Please contact me with any questions."),
]


def make_gl_docx():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Meridian Plains Insurance Company  |  Casualty Claims  |  Claim GLX-44190-25"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = ("PRIVILEGED & CONFIDENTIAL - COVERAGE POSITION - 2601 Prairie Point Blvd, "
                                     "Overland Park, KS 66211 - 913-555-0110")
    doc.add_paragraph("July 30, 2025")
    doc.add_paragraph("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED (No. 9589 0710 5270 0412 8833 61)\n"
                      "AND E-MAIL")
    doc.add_paragraph("Copperline Event Rentals, LLC\nAttn: Mr. Darnell Huxtable, Managing Member\n"
                      "5400 Foundry Lane\nLenexa, KS 66215")
    p = doc.add_paragraph()
    p.add_run("RESERVATION OF RIGHTS").bold = True
    _docx_table(doc, [
        ["Insured", "Copperline Event Rentals, LLC"],
        ["Policy", "CGP 0081 4472 (Commercial General Liability)"],
        ["Policy period", "03/01/2025 - 03/01/2026"],
        ["Claim number", "GLX-44190-25"],
        ["Claimant", "Teodora Vancura"],
        ["Date of occurrence", "06/14/2025"],
        ["Location", "Larkspur Barn, 17702 West 199th Street, Ridgeford, KS 66083"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Dear Mr. Huxtable:")
    for kind, text in GL_BODY:
        if kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "p":
            doc.add_paragraph(text)
        else:
            _docx_table(doc, [
                ["Coverage", "Limit of insurance"],
                ["Each Occurrence", "$1,000,000"],
                ["General Aggregate (other than Products-Completed Operations)", "$2,000,000"],
                ["Products-Completed Operations Aggregate", "$2,000,000"],
                ["Personal and Advertising Injury", "$1,000,000"],
                ["Damage to Premises Rented to You", "$100,000"],
                ["Medical Expense (any one person)", "$5,000"],
            ])
            doc.add_paragraph()
    doc.add_paragraph("Very truly yours,")
    doc.add_paragraph("Sorensen Vale, CPCU\nSenior Liability Claims Specialist\nMeridian Plains Insurance Company\n"
                      "Direct 913-555-0184  |  svale@meridianplains.example")
    doc.add_paragraph("cc: Kessler-Bright Insurance Brokers, Attn: Owen Pratt (agent)\n"
                      "    Priyanka Deol, Liability Claims Manager, Meridian Plains Insurance Company")
    save_docx(doc, os.path.join(OUT, "ROR_letter_Copperline_GLX-44190-25.docx"))


# ---------------------------------------------------------------------------
# Claim CY2500318 (cyber / ransomware, e-mail thread EML with a text attachment)
# ---------------------------------------------------------------------------
CY_BODY = """Dana, Maggie, Ezra -

Thanks, all. Where we are on CY2500318 (Pelham & Routh CPAs, PLLC):

1) Sable Ridge invoice SRF-2025-1176-01, $38,750.00 (155.0 hrs @ $250.00, 08/04-08/29):
   approved as submitted.
2) Kittredge Lowe invoice KL-30418, billed $12,960.00: approved $12,240.00. I reduced
   2.4 hrs of block-billed time on 08/12 at the $300.00 panel rate. Maggie, no need to rebill.
3) Brightwater IT Solutions invoice BW-7782 (restoration / rebuild of PR-FS01 and 14
   workstations), $9,420.00: approved.

These approved amounts erode the $50,000.00 retention first. Once the retention is met we
pay the balance directly to the vendors; Dana, I will send you a retention statement
showing what Pelham & Routh owes each vendor.

Business interruption: the policy waiting period is 10 hours. Your preliminary BI figure of
$21,300.00 (lost billable hours 08/04-08/08) is noted; we have asked Corvid Forensic Accounting
(Nadia Esterhuizen) to review it. Please send the sworn proof of loss by 10/03/2025.

Notification: Maggie confirms 1,412 individuals require notice (OH, PA and WV residents).
The NoticeWorks quote of $3,106.40 (mail + call center + 12 months credit monitoring offer)
is approved; please have them invoice Stonegate directly under this claim number.

Extortion: for the file, the threat actor's demand (USD 480,000 in BTC) was not paid and
there was no contact with the actor after 08/05. Systems were restored from the offline
backups on 08/07/2025. No extortion payment will be claimed.

Coverage remains subject to the policy terms; nothing here waives any of Stonegate's rights.
Next update after the proof of loss is received.

Julian

Julian Markovic | Senior Cyber Claims Specialist
Stonegate Specialty Insurance Co. | Cyber & Tech Claims
D 312-555-0157 | M 312-555-0190 | jmarkovic@stonegatespecialty.example

-----Original Message-----
From: Ezra Kaminski <ekaminski@sableridgeforensics.example>
Sent: Wednesday, September 3, 2025 5:48 PM
To: Julian Markovic; Maggie Sunderland
Cc: Dana Whitcombe
Subject: RE: Claim CY2500318 - Pelham & Routh CPAs - ransomware

Julian - attached is our invoice 01 (period 08/04/2025 - 08/29/2025). The final report
SRF-2025-1176-FR was delivered to Kittredge Lowe under privilege on 08/29/2025.

Key findings, as discussed on the 08/28 call (at counsel's direction):
 - Variant: BlackVane ransomware (encryptor hash on file).
 - Initial access: compromised VPN credentials of a former seasonal employee (account
   "tempaudit3"), which was never disabled; no MFA on that account.
 - First malicious logon 07/26/2025 at 02:14 UTC; dwell time about 9 days.
 - Exfiltration of approx. 38 GB from file server PR-FS01 confirmed (rclone to cloud storage).
 - Encryption began 08/04/2025 at 04:52 local; 2 of 3 backup copies were encrypted, the
   offline copy (Tuesday rotation) was intact.
 - No evidence the threat actor remains in the environment.

Ezra Kaminski, GCFA | DFIR Lead
Sable Ridge Forensics, LLC | Engagement SRF-2025-1176
Incident line 877-555-0108

-----Original Message-----
From: Maggie Sunderland <msunderland@kittredgelowe.example>
Sent: Tuesday, August 5, 2025 8:31 AM
To: Julian Markovic
Cc: Dana Whitcombe; Ezra Kaminski
Subject: RE: Claim CY2500318 - Pelham & Routh CPAs - ransomware

Julian,

Confirming that Kittredge Lowe LLP is retained as breach counsel for Pelham & Routh, and that
we engaged Sable Ridge Forensics under our privilege engagement letter dated 08/04/2025. My
panel rate is $300.00/hr; associate Corey Blaylock at $225.00/hr.

We reported the incident to the FBI (IC3 complaint I2508041733) on 08/04. The threat actor's
note demanded payment within 72 hours; per your instruction no one has engaged. We will
advise on regulator and individual notification once Sable Ridge confirms what was taken.

Margaret "Maggie" Sunderland | Partner
Kittredge Lowe LLP | Privacy & Data Security
D 216-555-0143

-----Original Message-----
From: Julian Markovic
Sent: Monday, August 4, 2025 11:02 AM
To: Dana Whitcombe
Cc: Maggie Sunderland
Subject: Claim CY2500318 - Pelham & Routh CPAs - ransomware

Dana,

We received your hotline report this morning at 9:40 a.m. (hotline ticket HL-558201). You told
the hotline that staff found ransom notes on the screens at 7:15 a.m. when the office opened and
that the file server and most workstations are encrypted.

Claim number CY2500318 is assigned to me. Policy SSC-CY-0092214, period 11/15/2024 -
11/15/2025: aggregate limit $1,000,000; retention $50,000; cyber extortion sublimit $250,000;
business interruption waiting period 10 hours. I have copied Maggie Sunderland of Kittredge
Lowe, our panel breach counsel, who will engage forensics.

Please do NOT pay or contact the threat actor, do not wipe or rebuild any machine until
forensics says so, and keep a log of staff hours spent on the incident.

Julian Markovic | Senior Cyber Claims Specialist
Stonegate Specialty Insurance Co.
"""

CY_ATTACH = """SABLE RIDGE FORENSICS, LLC  -  INVOICE
Invoice no.: SRF-2025-1176-01        Invoice date: 09/03/2025
Client: Kittredge Lowe LLP o/b/o Pelham & Routh CPAs, PLLC
Carrier / claim: Stonegate Specialty Insurance Co. / CY2500318
Engagement: SRF-2025-1176 (privileged, at direction of counsel)
Period: 08/04/2025 - 08/29/2025

Phase                                   Hours    Rate      Amount
Triage & containment support             22.5   250.00    5,625.00
Evidence collection (14 endpoints, FS)   31.0   250.00    7,750.00
Log & EDR analysis                       48.0   250.00   12,000.00
Exfiltration analysis                    29.5   250.00    7,375.00
Reporting & counsel calls                24.0   250.00    6,000.00
TOTAL                                   155.0            38,750.00

Terms: net 30. Remit to Sable Ridge Forensics, LLC, 41 Foundry Square, Pittsburgh, PA 15222.
"""


def make_cyber_eml():
    msg = EmailMessage()
    msg["From"] = "Julian Markovic <jmarkovic@stonegatespecialty.example>"
    msg["To"] = "Dana Whitcombe <dwhitcombe@pelhamrouth.example>"
    msg["Cc"] = ("Maggie Sunderland <msunderland@kittredgelowe.example>, "
                 "Ezra Kaminski <ekaminski@sableridgeforensics.example>")
    msg["Subject"] = "RE: Claim CY2500318 - Pelham & Routh CPAs - ransomware - invoices / status"
    msg["Date"] = format_datetime(datetime(2025, 9, 4, 16, 22, 7, tzinfo=timezone(timedelta(hours=-5))))
    msg["Message-ID"] = "<cy2500318.0904.1622@stonegatespecialty.example>"
    msg.set_content(CY_BODY)
    msg.add_attachment(CY_ATTACH.encode("utf-8"), maintype="text", subtype="plain",
                       filename="SRF-2025-1176-01_invoice.txt")
    msg.set_boundary("===============train2-cy2500318-0904==")
    with open(os.path.join(OUT, "RE_Claim_CY2500318_invoices_status.eml"), "wb") as f:
        f.write(bytes(msg))


def main():
    os.makedirs(OUT, exist_ok=True)
    write("kestrel_claim_detail_22461.md", WC_MD)
    write("recorded_statement_achterberg_2025-03-21.txt", WC_RS)
    make_estimate_pdf()
    write("claim_activity_log_ostrander.txt", HO_DIARY)
    make_marine_pdf()
    make_subro_docx()
    make_crop_pdf()
    make_gl_docx()
    make_cyber_eml()


if __name__ == "__main__":
    main()
