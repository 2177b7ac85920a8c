"""Deterministic generator for the claimbot TRAINING question set files.

All people, companies, addresses, policies, VINs and amounts are invented.
Run:  /work/main/.venv/bin/python make_files.py   (writes into ./files/)
"""
import datetime as _dt
import os
from email.message import EmailMessage
from email.utils import format_datetime

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")


def fix_zip(path):
    """Rewrite a DOCX (zip) with fixed timestamps so the output is byte-for-byte deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def w(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


# ---------------------------------------------------------------------------
# PDF helpers (core fonts only -> keep text latin-1)
# ---------------------------------------------------------------------------
class ReportPDF(FPDF):
    def __init__(self, header_text="", footer_text=""):
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_creation_date(_dt.datetime(2024, 1, 1, tzinfo=_dt.timezone.utc))
        self.set_auto_page_break(True, margin=20)
        self.set_margins(22, 20, 22)

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()}", align="C")


def pdf_heading(pdf, text, size=12):
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def pdf_para(pdf, text, size=10, style=""):
    pdf.set_font("Helvetica", style, size)
    for para in text.strip().split("\n\n"):
        pdf.multi_cell(0, 5, " ".join(para.split()), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)


def pdf_kv(pdf, rows, w1=60, size=10):
    for k, v in rows:
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(w1, 6, k, border=1)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def pdf_table(pdf, header, rows, widths, size=9):
    pdf.set_font("Helvetica", "B", size)
    for h, wd in zip(header, widths):
        pdf.cell(wd, 6, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", size)
    for r in rows:
        for c, wd in zip(r, widths):
            pdf.cell(wd, 6, c, border=1)
        pdf.ln()
    pdf.ln(3)


# ---------------------------------------------------------------------------
# Claim A: commercial auto, PX-2023-118876 (police report TXT + IA report PDF)
# ---------------------------------------------------------------------------
POLICE_A = r"""
BRANTLEY COUNTY SHERIFF'S OFFICE                       TRAFFIC CRASH REPORT
PATROL DIVISION - DISTRICT 2                           FORM TC-40 (REV 06/21)
=============================================================================
REPORT NO: BCSO-23-104877          CAD INCIDENT: 2310170218
DATE OF CRASH: 10/17/2023          DAY: TUE       TIME OF CRASH: 0742
CALL RECEIVED: 0744   DISPATCHED: 0746   ON SCENE: 0758   CLEARED: 0931
REPORTING OFFICER: DEP. R. VALDEZ        BADGE 4417      UNIT 2C31
ASSISTING: DEP. K. OSGOOD                BADGE 3962      UNIT 2C18
SUPERVISOR REVIEW: SGT. L. MARCHETTI     BADGE 2205      DATE 10/19/2023
-----------------------------------------------------------------------------
LOCATION: I-94 WB AT MM 212.4, 0.3 MI E OF EXIT 212 (CALLOWAY RD), BRANTLEY TWP
ROADWAY: 3 LANES WB, DIVIDED, CONCRETE    SPEED LIMIT: 70
LIGHT: DAWN      WEATHER: FOG        SURFACE: WET      TRAFFIC CTRL: NONE
CRASH TYPE: REAR END (CODE 03)    HARMFUL EVENT: MV IN TRANSPORT (CODE 12)
NO. OF UNITS: 2      INJURED: 1      FATAL: 0      HAZMAT: NO
-----------------------------------------------------------------------------
UNIT 1  (V1)  TRUCK-TRACTOR W/ SEMI-TRAILER
  DRIVER: EBERLE, TOMAS J            DOB 03/14/1979
  ADDR:  4410 N SUMMIT DR, APT 6, GRAYLING FALLS, MI 49931
  CDL: MI E160-482-773-019  CLASS A   ENDORSEMENTS: N,T
  VEH: 2019 FRTL CASCADIA  WHITE   VIN 3AKJHHDR5KSKV4821  PLATE MI TR-88412
  TRAILER: 2017 UTIL 53FT VAN  VIN 1UYVS2535HM900517  PLATE MI TL-30996
  OWNER/CARRIER: RIDGEBACK FREIGHT LINES LLC  USDOT 2874416  FLEET UNIT T-214
  INSURER: COBALT RIDGE CASUALTY CO   POLICY CA-7719204
  DAMAGE: FRONT CENTER/RIGHT FRONT (AREA 12,1)  EXTENT: FUNCTIONAL
  CITED: YES  CITATION NO. C-5581230  VIOL: FOLLOWING TOO CLOSELY MCL 257.643
  SOBRIETY: HBD-NO   DRUG SCREEN: CARRIER POST-ACC PER FMCSA
UNIT 2  (V2)  PASSENGER CAR
  DRIVER: OYELARAN, DANIELLE R       DOB 09/02/1991
  ADDR:  77 BIRCHWOOD CT, CALLOWAY, MI 49924
  OL: MI O452-118-930-611  CLASS R
  VEH: 2016 HOND ACCORD  GRAY  VIN 1HGCR2F31GA092337  PLATE MI EKV-2291
  OWNER: SAME
  INSURER: PINEGATE MUTUAL AUTO  POLICY PMA 55-0193382
  DAMAGE: REAR/RIGHT REAR (AREA 6,7)  EXTENT: DISABLING
  INJURY: C (POSSIBLE) - COMPLAINT OF NECK/UPPER BACK PAIN
  TRANSPORTED: YES, BY CALLOWAY EMS MEDIC 7 TO ST. ADELAIDE REGIONAL MED CTR
-----------------------------------------------------------------------------
WITNESSES:
  W1  PIKE, HAROLD   (313) 555-0148   DRIVER OF 2021 RAM 1500, LANE 2, NOT INVOLVED
  W2  NGUYEN, ALICE  (313) 555-0172   PASSENGER IN SAME RAM
TOWS:
  V1  KESSLER TOWING & RECOVERY  ROTATOR 9  TO 1180 MILL RD, CALLOWAY (RELEASED 1105)
  V2  KESSLER TOWING & RECOVERY  WRECKER 4  TO 1180 MILL RD, CALLOWAY
-----------------------------------------------------------------------------
NARRATIVE:
ON 10/17/2023 AT APPROX 0744 HRS I WAS DISPATCHED TO A TWO VEHICLE PI CRASH ON
I-94 WB NEAR MM 212. UPON ARRIVAL AT 0758 HRS I OBSERVED V1 (TRUCK-TRACTOR/
SEMI) STOPPED IN THE RIGHT LANE WITH FRONT END DAMAGE, AND V2 (HONDA ACCORD)
ON THE RIGHT SHOULDER APPROX 140 FT AHEAD WITH HEAVY REAR END DAMAGE.

D2 (OYELARAN) STATED SHE WAS TRAVELING WB IN THE RIGHT LANE AND SLOWED TO
APPROX 35 MPH BECAUSE OF FOG AND BRAKE LIGHTS AHEAD NEAR THE EXIT 212 MERGE.
D2 STATED SHE FELT A HARD IMPACT FROM BEHIND AND HER VEHICLE WAS PUSHED ONTO
THE SHOULDER. D2 COMPLAINED OF NECK PAIN AND WAS EVALUATED BY MEDIC 7.

D1 (EBERLE) STATED HE WAS TRAVELING APPROX 55 MPH AND "THE FOG GOT THICK ALL
AT ONCE." D1 STATED HE SAW V2 BRAKE LIGHTS AND APPLIED HIS BRAKES BUT COULD
NOT STOP IN TIME. D1 STATED HIS DASH CAMERA WAS RECORDING. D1 WAS NOT INJURED.

W1 (PIKE) STATED V1 WAS "FOLLOWING PRETTY CLOSE" FOR ABOUT A MILE BEFORE THE
CRASH AND DID NOT SLOW DOWN WHEN TRAFFIC SLOWED. W2 (NGUYEN) CONFIRMED.

VISIBILITY AT SCENE AT 0800 HRS EST AT 300 TO 400 FT. NO SKID MARKS FROM V1
DUE TO ABS. DEBRIS FIELD BEGINS APPROX 12 FT E OF GORE AREA. BASED ON DAMAGE,
STATEMENTS AND SCENE EVIDENCE, V1 FAILED TO MAINTAIN AN ASSURED CLEAR DISTANCE.
D1 WAS ISSUED CITATION C-5581230 FOR FOLLOWING TOO CLOSELY. DASH CAM FOOTAGE
REQUESTED FROM CARRIER SAFETY DEPT (CONTACT: B. ALCOTT, SAFETY MGR).

PHOTOS TAKEN: 38 (EVIDENCE TAG 23-E-04411). DIAGRAM ATTACHED (PAGE 3, NOT
INCLUDED IN THIS COPY).
-----------------------------------------------------------------------------
OFFICER SIGNATURE: /S/ R. VALDEZ #4417        DATE: 10/17/2023  TIME: 1340
COPY REQUESTED BY: NORTHGATE CLAIMS SERVICES   FEE PAID: $15.00   10/20/2023
REQUESTOR REF: COBALT RIDGE CASUALTY CLAIM PX-2023-118876 / NCS-23-5512
"""


def claim_a_ia_pdf(path):
    pdf = ReportPDF("Northgate Claims Services  |  Independent Adjuster Report  |  CONFIDENTIAL",
                    "NCS file 23-5512")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "NORTHGATE CLAIMS SERVICES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "2715 Harrow Point Blvd, Suite 410, Lansing Heights, MI 48911\n"
                   "Tel (517) 555-0190   Fax (517) 555-0191", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf_heading(pdf, "FIRST AND FINAL REPORT - COMMERCIAL AUTO LIABILITY AND PHYSICAL DAMAGE", 12)
    pdf_kv(pdf, [
        ("Report date", "November 2, 2023"),
        ("To", "Cobalt Ridge Casualty Co. - Attn: Warren Tisdale, Claims Supervisor"),
        ("Carrier claim no.", "PX-2023-118876"),
        ("IA file no.", "NCS-23-5512"),
        ("Insured", "Ridgeback Freight Lines LLC"),
        ("Policy no.", "CA-7719204 (eff. 04/01/2023 - 04/01/2024)"),
        ("Date of loss", "October 17, 2023"),
        ("Reported to carrier", "October 18, 2023"),
        ("Assignment received", "October 19, 2023"),
        ("Adjuster", "Marisol Quintero, Senior Field Adjuster"),
    ], w1=48)
    pdf_heading(pdf, "1. ASSIGNMENT")
    pdf_para(pdf, """
We received this assignment from Warren Tisdale of Cobalt Ridge Casualty Co. on October 19, 2023
by e-mail, with instructions to investigate liability, inspect both vehicles, obtain the police
report, make contact with the claimant, and report with recommendations. Our settlement authority
on this assignment is $20,000.00 per claimant for property damage; bodily injury evaluations are to
be referred back to the carrier. The carrier's first notice of loss was taken by phone from the
insured's safety manager, Brent Alcott, on October 18, 2023, the morning after the accident.

The file was assigned within our office to the undersigned, Marisol Quintero. Claims assistant
Jerome Fadiga handled records requests. We contacted the insured's safety department the same day
the assignment was received and the claimant on October 20, 2023.
""")
    pdf_heading(pdf, "2. COVERAGE")
    pdf_para(pdf, """
The business auto policy CA-7719204 was in force on the date of loss. Declarations show a combined
single limit of $1,000,000 for liability, and physical damage coverage on scheduled units with a
$2,500 collision deductible for power units (fleet unit T-214 is scheduled as item 14) and a
$1,000 deductible for trailers. Hired auto and non-owned coverage apply but are not involved.
The driver, Tomas J. Eberle, is a listed driver and was dispatched on a scheduled load from the
insured's Grayling Falls terminal to a distribution center in Joliet, Illinois. No coverage issues
were identified. The carrier has not issued a reservation of rights.
""")
    pdf_heading(pdf, "3. FACTS OF LOSS")
    pdf_para(pdf, """
At approximately 7:42 a.m. on Tuesday, October 17, 2023, the insured's 2019 Freightliner Cascadia
(fleet unit T-214) pulling a 53-foot dry van trailer was traveling westbound on Interstate 94 in
Brantley Township, in the right lane, near mile marker 212.4. Dense patchy fog was reported. The
claimant, Danielle R. Oyelaran, was driving her 2016 Honda Accord in the same lane ahead of the
tractor and slowed for congestion near the Exit 212 (Calloway Road) merge. The front of the
tractor struck the rear of the Accord, pushing it onto the right shoulder.

The Brantley County Sheriff's Office responded (report BCSO-23-104877, Deputy R. Valdez, badge
4417). Mr. Eberle was cited for following too closely. The claimant was taken by ambulance to
St. Adelaide Regional Medical Center, treated in the emergency department and released the same day.

We obtained the forward-facing dash camera video from the insured on October 24, 2023. The video
shows the tractor at a recorded speed of 56 mph at 7:41:51 a.m., with the Accord visible
approximately 2.1 seconds ahead. Brake lights on the Accord come on at 7:41:58 a.m.; the tractor's
brakes are applied at 7:42:01 a.m.; impact occurs at 7:42:04 a.m. at a recorded speed of 31 mph.
Visibility in the video appears to be roughly 350 feet, consistent with the deputy's estimate.
""")
    pdf_heading(pdf, "4. LIABILITY")
    pdf_para(pdf, """
The insured driver admitted seeing the claimant's brake lights too late. Two independent witnesses
(Harold Pike and Alice Nguyen, who were in a pickup in the center lane) state the tractor was
following closely for about a mile. The dash video confirms a following gap of about two seconds
at 56 mph in fog. The claimant had slowed for traffic and there is no evidence of an improper lane
change or sudden stop. We see no comparative negligence argument of any weight.

We recommend the carrier accept 100% liability for this loss. The insured's safety manager, Brent
Alcott, has been advised of our assessment and agrees. Mr. Eberle has been placed on a
remedial training program by the insured and remains employed.
""")
    pdf_heading(pdf, "5. DAMAGES - CLAIMANT VEHICLE")
    pdf_para(pdf, """
We inspected the claimant's 2016 Honda Accord EX (VIN 1HGCR2F31GA092337, odometer 88,214 miles)
on October 23, 2023 at Kessler Towing & Recovery, 1180 Mill Road, Calloway. The rear body
structure, trunk floor and both rear rails are buckled; the right rear wheel is displaced. Repair
was estimated by the appraiser at $21,906.77 gross, which exceeds the vehicle's value. The vehicle
is a total loss.

The market valuation prepared on October 26, 2023 (valuation ref. MV-88102-Q) gives an actual cash
value of $18,450.00, including a condition adjustment. Sales tax and title fees for the claimant's
county add $1,126.40. The salvage bid from Tri-County Salvage Auctions is $2,900.00 and the claimant
has agreed to release the vehicle. Towing was billed at $385.00 and storage at $45.00 per day for
14 days, or $630.00. The claimant rented a replacement vehicle from October 18 through October 31,
2023 at $80.00 per day, totalling $1,120.00; the rental invoice is number R-40716.

The total-loss settlement of $18,450.00 plus $1,126.40 in tax and fees is within our authority and
has been offered; the claimant accepted verbally on October 30, 2023. Lien holder: none.
""")
    pdf_table(pdf, ["Item", "Payee", "Amount", "Status"], [
        ["Actual cash value (ACV)", "Danielle R. Oyelaran", "$18,450.00", "Agreed 10/30/2023"],
        ["Sales tax and title fees", "Danielle R. Oyelaran", "$1,126.40", "Agreed 10/30/2023"],
        ["Towing", "Kessler Towing & Recovery", "$385.00", "Invoice K-22871"],
        ["Storage (14 days x $45.00)", "Kessler Towing & Recovery", "$630.00", "Invoice K-22871"],
        ["Rental (14 days x $80.00)", "Lakeview Car Rental", "$1,120.00", "Invoice R-40716"],
        ["Less salvage (retained by carrier)", "Tri-County Salvage Auctions", "($2,900.00)", "Bid"],
    ], [52, 52, 28, 40])
    pdf_heading(pdf, "6. DAMAGES - INSURED TRACTOR")
    pdf_para(pdf, """
Fleet unit T-214, a 2019 Freightliner Cascadia (VIN 3AKJHHDR5KSKV4821), was inspected on October 23,
2023 at Great Lakes Truck Body, 6020 Industrial Pkwy, Grayling Falls. Damage is to the hood, bumper,
right headlamp, grille, radiator and charge air cooler. The shop's estimate, number GLTB-7734,
totals $27,836.41 including parts, labor at $142.00 per hour and sublet alignment. We agreed the
estimate at $27,836.41 with no supplements to date. The trailer was not damaged.

Net of the $2,500 collision deductible, the amount payable to the insured is $25,336.41. Because this
exceeds our $20,000.00 authority, we request the carrier's approval. The insured has asked that the
payment go directly to Great Lakes Truck Body.
""")
    pdf_heading(pdf, "7. BODILY INJURY")
    pdf_para(pdf, """
The claimant reports neck and upper back pain. Calloway EMS (Medic 7) transported her to St. Adelaide
Regional Medical Center, where cervical X-rays were negative and she was discharged with a diagnosis
of cervical strain. The emergency department bill is $3,214.00 and the ambulance bill is $1,086.00.
She has since attended four chiropractic visits at Lakeshore Spine & Wellness. She works as a dental
hygienist and lost three days from work; she estimates lost wages of $672.00. She is not represented
by counsel at this time. Her own carrier, Pinegate Mutual Auto (claim no. PMA-C-2210934), has
opened a personal injury protection file and may assert a lien.

We recommend the carrier's injury desk contact the claimant directly. A recorded statement was taken
on October 20, 2023 and the transcript is attached.
""")
    pdf_heading(pdf, "8. RESERVES")
    pdf_para(pdf, """
We recommend the following reserves: bodily injury $25,000.00 and property damage $22,000.00 for a
total of $47,000.00. Physical damage on the insured unit should be reserved at $25,336.41. Expense
reserve: $3,500.00 for our fees to date plus the valuation and the police report.
""")
    pdf_heading(pdf, "9. SUBROGATION AND SALVAGE")
    pdf_para(pdf, """
Our insured is at fault; there is no subrogation potential. Salvage on the claimant vehicle will be
sold through Tri-County Salvage Auctions (stock no. TCS-118340) at the bid of $2,900.00.
""")
    pdf_heading(pdf, "10. RECOMMENDATIONS AND STATUS")
    pdf_para(pdf, """
1) Accept liability at 100%. 2) Approve the insured unit payment of $25,336.41 to Great Lakes Truck
Body. 3) Issue the claimant total-loss payment of $19,576.40 and the vendor payments listed above.
4) Transfer the bodily injury portion to the carrier's injury desk. The file remains open pending
the bodily injury evaluation. We will close our IA file upon receipt of the carrier's approval.

Diary: November 16, 2023.

Respectfully submitted,

Marisol Quintero, Senior Field Adjuster, Northgate Claims Services
License MI-AJ-0093317   Direct (517) 555-0194   mquintero@northgate-claims.example
""")
    pdf.add_page()
    pdf_heading(pdf, "APPENDIX A - FILE ACTIVITY LOG")
    pdf_table(pdf, ["Date", "Time", "By", "Activity"], [
        ["10/19/2023", "09:12", "MQ", "Assignment received from W. Tisdale; file set up"],
        ["10/19/2023", "10:40", "MQ", "Call to B. Alcott (insured safety mgr); dash video requested"],
        ["10/19/2023", "14:05", "JF", "Police report requested from BCSO records"],
        ["10/20/2023", "08:55", "MQ", "Contact with claimant D. Oyelaran; recorded statement 22 min"],
        ["10/20/2023", "13:30", "JF", "Police report BCSO-23-104877 received ($15.00 fee)"],
        ["10/20/2023", "15:10", "MQ", "Rental authorized with Lakeview Car Rental, $80.00/day"],
        ["10/23/2023", "10:00", "MQ", "Inspection of Accord at Kessler Towing, 1180 Mill Rd"],
        ["10/23/2023", "14:45", "MQ", "Inspection of unit T-214 at Great Lakes Truck Body"],
        ["10/24/2023", "11:20", "MQ", "Dash video received and reviewed (4 min 10 s clip)"],
        ["10/25/2023", "16:00", "MQ", "Witness H. Pike statement by phone, 9 min"],
        ["10/25/2023", "16:25", "MQ", "Witness A. Nguyen statement by phone, 6 min"],
        ["10/26/2023", "09:30", "JF", "Market valuation MV-88102-Q received: ACV $18,450.00"],
        ["10/27/2023", "12:15", "MQ", "Salvage bid $2,900.00 obtained from Tri-County"],
        ["10/30/2023", "17:05", "MQ", "Claimant accepts total-loss settlement verbally"],
        ["10/31/2023", "10:10", "MQ", "Rental closed; invoice R-40716 for 14 days"],
        ["11/01/2023", "15:40", "MQ", "Shop estimate GLTB-7734 agreed at $27,836.41"],
        ["11/02/2023", "11:00", "MQ", "First and final report issued to carrier"],
    ], [24, 16, 12, 120])
    pdf_heading(pdf, "APPENDIX B - PHOTO INDEX")
    pdf_para(pdf, """
Photos 1-24: claimant 2016 Honda Accord at Kessler Towing (overall views, rear structure, trunk floor,
odometer reading 88,214, VIN plate). Photos 25-41: insured tractor T-214 at Great Lakes Truck Body (hood,
bumper, radiator, charge air cooler, VIN 3AKJHHDR5KSKV4821, odometer 412,907 miles). Photos 42-45: scene
of loss at mile marker 212.4, taken October 23, 2023 at 8:15 a.m. in clear conditions, showing the Exit 212
merge and the gore area. Sheriff's evidence tag 23-E-04411 photos (38) were requested but not yet received.
""")
    pdf_heading(pdf, "APPENDIX C - ENCLOSURES")
    pdf_para(pdf, """
Police report BCSO-23-104877 (2 pages of 3); recorded statement transcript of Danielle R. Oyelaran
(October 20, 2023); market valuation MV-88102-Q; salvage bid; Kessler Towing invoice K-22871; Lakeview Car
Rental invoice R-40716; Great Lakes Truck Body estimate GLTB-7734; dash camera stills (6); our invoice
NCS-INV-23-09914 for $3,142.50.
""")
    pdf.output(path)


# ---------------------------------------------------------------------------
# Claim B: homeowners water, 0049-771-HO (Markdown worksheet)
# ---------------------------------------------------------------------------
WORKSHEET_B = r"""
# Claim Worksheet - 0049-771-HO

_Tamarack Home & Auto Insurance Company - Property Claims, Pacific Region_

| Field | Value |
|---|---|
| Claim number | 0049-771-HO |
| Named insured | Gregory and Anita Valcourt |
| Risk address | 318 Linden Terrace, Amesbury Falls, OR 97338 |
| Policy | HO3-4402187 (HO-3 Special Form) |
| Policy period | 06/12/2023 - 06/12/2024 |
| Date of loss | 01/14/2024 |
| Date reported | 01/15/2024 |
| Date inspected | 01/17/2024 |
| Cause of loss | Water damage - burst supply line (freeze) |
| Desk adjuster | Priya Ramanathan, ext. 4471 |
| Field adjuster | none (desk-handled with photos + vendor scope) |
| Mortgagee | Columbia Basin Savings Bank, loan 8830-1127-04 |
| Status | OPEN - pending recoverable depreciation |

## Coverage

| Coverage | Limit | Deductible |
|---|---|---|
| A - Dwelling | $412,000 | $1,000 (all perils) |
| B - Other structures | $41,200 | - |
| C - Personal property | $206,000 | - |
| D - Loss of use (ALE) | $82,400 | - |
| E - Personal liability | $300,000 | - |

Endorsements: HO 04 90 (personal property replacement cost), water backup endorsement $10,000
(does **not** apply - this is a sudden and accidental discharge from a plumbing system, covered
under the base form).

## Loss description

Insured (Anita) called in on 1/15 at 08:10. Cold snap, overnight low of 9 F on 1/13-1/14. The
insureds were away at a family event in Bend from 1/12 and returned the evening of 1/14 to find
water coming through the kitchen ceiling. The braided stainless supply line to the upstairs
hall bathroom toilet had separated at the coupling nut. Anita shut off the main at about 19:30.
Thermostat had been left at 58 F. No freeze exclusion issue - heat was maintained (confirmed
by the utility's smart-thermostat log, 58 F held all weekend; the line runs along an
uninsulated exterior wall).

Affected: upstairs hall bath, hallway, kitchen below (ceiling, upper cabinets, LVP floor),
part of the dining room. Category 1 water at source; by the time of mitigation (about 26 hrs)
treated as Category 2 under the vendor's protocol.

Failed part retained by the insured in a zip bag; photos on file. Part is a
"FlexGuard 20 in." braided connector, manufacturer Aqualine Fixtures Corp., date code 2209.
Subrogation referred to the recovery unit (see below).

## Vendors

| Vendor | Role | Invoice / estimate | Amount |
|---|---|---|---|
| DrySpan Restoration | Water mitigation (extraction, 5 days drying) | INV-77305 | $6,847.25 |
| Linden Valley Plumbing | Replace supply line + pressure test | LVP-2024-0116 | $312.40 |
| Summit Ridge Builders | Rebuild estimate (dwelling) | SRB-E-24019 | $38,912.60 RCV |
| Pack & Keep Contents | Contents pack-out / storage | PK-9918 | $2,645.00 |

## Dwelling estimate (Summit Ridge Builders, SRB-E-24019)

| Line | RCV | Depreciation | ACV |
|---|---|---|---|
| Kitchen ceiling drywall + paint | $4,880.15 | $610.02 | $4,270.13 |
| Upper kitchen cabinets (replace 6 boxes) | $14,206.00 | $2,841.20 | $11,364.80 |
| LVP flooring - kitchen + dining (412 sf) | $9,476.00 | $1,421.40 | $8,054.60 |
| Hall bath subfloor + toilet reset | $3,118.45 | $155.92 | $2,962.53 |
| Hallway drywall, baseboard, paint | $2,932.00 | $185.81 | $2,746.19 |
| General conditions / O&P | $4,300.00 | $0.00 | $4,300.00 |
| **Total** | **$38,912.60** | **$5,214.35** | **$33,698.25** |

## Contents

Contents inventory submitted 02/02/2024 by Gregory Valcourt: 23 line items, RCV $4,190.00,
ACV $3,377.50 (mostly dining chairs, a rug, small appliances, pantry food). Food spoilage
$214.00 included in the total.

## Additional living expense

Kitchen unusable; insureds stayed in the house but ate out. ALE agreed at $55/day for
42 days = $2,310.00 (01/15/2024 - 02/25/2024). Receipts on file.

## Payment ledger

| Date | Payee | Coverage | Check / EFT | Amount |
|---|---|---|---|---|
| 01/22/2024 | DrySpan Restoration | A - Dwelling (mitigation) | EFT 5530981 | $6,847.25 |
| 02/09/2024 | Gregory and Anita Valcourt & Columbia Basin Savings Bank | A - Dwelling ACV less deductible | CHK 104418 | $32,698.25 |
| 02/09/2024 | Linden Valley Plumbing | A - Dwelling | EFT 5531456 | $312.40 |
| 02/16/2024 | Gregory and Anita Valcourt | D - ALE | EFT 5531802 | $2,310.00 |
| 02/21/2024 | Gregory and Anita Valcourt | C - Contents ACV | EFT 5532077 | $3,377.50 |
| 02/21/2024 | Pack & Keep Contents | C - Contents (pack-out) | EFT 5532078 | $2,645.00 |

Total paid to date: $48,190.40

## Reserve history

| Date | Coverage A | Coverage C | Coverage D | Total reserve | Note |
|---|---|---|---|---|---|
| 01/15/2024 | $25,000 | $5,000 | $3,000 | $33,000 | FNOL initial (auto-set) |
| 01/24/2024 | $46,000 | $7,500 | $3,000 | $56,500 | raised after vendor scope |
| 02/22/2024 | $5,215 | $813 | $0 | $6,028 | after payments; holdback only |

Outstanding reserve: $6,028 (recoverable depreciation dwelling $5,214.35 + contents $812.50,
each rounded up to the next dollar).

## Subrogation

Referred 01/26/2024 to Recovery Unit (rep: Owen Castellanos). Target: Aqualine Fixtures Corp.,
product liability (coupling nut crack). Part sent to Brightline Materials Lab 02/05/2024 for
fractography, lab ref BML-24-0208. Potential recovery = total paid less nothing for betterment;
insured's $1,000 deductible to be included in the demand.

## Diary / next steps

- 03/15/2024 - follow up with Summit Ridge on completion (work started 02/19/2024).
- Release recoverable depreciation on proof of completion (invoice + photos).
- Contents RC holdback ($812.50) on receipts for replaced items.
"""


# ---------------------------------------------------------------------------
# Claim C: workers' comp, WC 24 551902 (medical summary DOCX; email thread later)
# ---------------------------------------------------------------------------
def claim_c_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("Keystone Benefit Administrators - Medical Case Summary - "
                                     "CONFIDENTIAL: protected health information")
    sec.footer.paragraphs[0].text = ("Prepared by Renata Szabo, RN, CCM - Nurse Case Manager - "
                                     "(412) 555-0137 ext. 220")
    d.add_heading("Medical Case Summary", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Claim number", "WC 24 551902"),
        ("Injured worker", "Luis M. Arredondo"),
        ("Occupation", "Structural welder (fitter-welder II)"),
        ("Employer", "Tillman & Rusk Fabrication, Inc., 900 Quarry Bend Rd, Millbrook, PA 15068"),
        ("Date of injury", "04/08/2024"),
        ("Date reported to employer", "04/08/2024"),
        ("Date reported to TPA", "04/10/2024"),
        ("Carrier", "Ashgrove Indemnity Insurance Co."),
        ("Claims examiner", "Janelle Whitcomb"),
        ("Average weekly wage", "$1,284.00"),
        ("TTD rate", "$856.00 per week"),
        ("Summary date", "07/15/2024"),
    ]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    d.add_heading("Mechanism of injury", level=2)
    d.add_paragraph(
        "Mr. Arredondo reports that at about 10:15 on 04/08/2024 he and a co-worker (Dale Kinsey) "
        "were repositioning a 3/4-inch steel base plate on a fit-up table in Bay 3. The co-worker "
        "lost his grip and Mr. Arredondo took the weight while twisted to the left. He felt a sharp "
        "pull in the low back with pain radiating into the left buttock. He reported it to his "
        "foreman, Victor Sandoval, immediately and finished the shift on light tasks. The employer's "
        "first report of injury was filed on 04/09/2024. Compensability was accepted by the TPA on "
        "04/22/2024 (notice of compensation payable).")
    d.add_heading("Diagnoses", level=2)
    for s in ["Lumbar strain (initial, 04/09/2024)",
              "L4-L5 disc protrusion with left L5 radiculopathy (after MRI, 05/02/2024)",
              "No prior back claims found in the ISO ClaimSearch report dated 04/12/2024"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Treatment chronology", level=2)
    rows = [
        ("04/09/2024", "Amara Quist, MD (Occupational Med) - Millbrook Occupational Health", "99203",
         "New patient eval; lumbar strain; modified duty, no lifting over 20 lb", "$248.00"),
        ("04/16/2024", "Amara Quist, MD", "99213", "Recheck; pain 6/10; start PT", "$142.00"),
        ("04/18/2024 - 05/24/2024", "Motion Works Physical Therapy (12 visits)", "97110 / 97140",
         "Therapeutic exercise, manual therapy", "$2,364.00"),
        ("05/02/2024", "Three Rivers Imaging", "72148",
         "MRI lumbar w/o contrast: L4-L5 left paracentral protrusion contacting L5 root", "$1,180.00"),
        ("05/09/2024", "Felix Brandt, MD (Orthopedic Spine) - Allegheny Spine Associates", "99204",
         "Spine consult; radiculopathy; recommends ESI; off work", "$395.00"),
        ("05/29/2024", "Felix Brandt, MD", "64483",
         "Transforaminal epidural steroid injection, left L4-L5", "$1,640.00"),
        ("06/20/2024", "Felix Brandt, MD", "99214",
         "Follow-up; 50% relief; second ESI not yet authorized", "$210.00"),
        ("07/11/2024", "Felix Brandt, MD", "99214",
         "Follow-up; sedentary duty allowed, 10 lb limit", "$210.00"),
    ]
    t2 = d.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Date", "Provider", "Code", "Findings / plan", "Billed"]):
        c.text = h
    for row in rows:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("Total medical billed to date: $6,389.00. Paid per fee schedule: $4,412.86.")
    d.add_heading("Work status", level=2)
    d.add_paragraph(
        "04/09/2024 - 05/08/2024: modified duty at the employer (tool crib), no lifting over 20 lb, "
        "no overhead welding. 05/09/2024: taken off work by Dr. Brandt. Temporary total disability "
        "began 05/09/2024 at $856.00 per week. 07/11/2024: released to sedentary duty with a 10 lb "
        "lifting limit, alternate sitting and standing every 30 minutes, no ladders. The employer "
        "(HR manager Courtney Bell) has not yet confirmed whether sedentary work is available.")
    d.add_heading("Pending / recommendations", level=2)
    for s in [
        "Second ESI (64483) requested 06/20/2024 - sent to utilization review, UR ref UR-66021.",
        "Surgical consult not recommended at this time; reassess after second ESI.",
        "Expected maximum medical improvement (MMI): approximately 10/2024.",
        "Independent medical exam not requested yet; examiner to decide by 08/01/2024.",
        "Reserve recommendation to examiner: medical $54,000; indemnity $68,000.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Renata Szabo, RN, CCM - Nurse Case Manager, Keystone Benefit Administrators")
    d.core_properties.created = _dt.datetime(2024, 7, 15)
    d.core_properties.modified = _dt.datetime(2024, 7, 15)
    d.save(path)
    fix_zip(path)


EMAIL_C_BODY = """
Courtney,

Thanks - the signed job description is back from Dr. Brandt's office, so we are good to go. The
formal offer (Notice of Ability to Return to Work) is attached and went to Luis today by certified
mail, tracking 9407 1118 9876 5432 1098 76, with a copy by regular mail. If he reports on Monday
07/22/2024 as planned, TTD stops as of 07/21/2024 and I will pay through that date. TTD paid to date
through 07/21/2024 is $9,049.14.

If he does not report, please let me know the same day and I will file the notice to modify.

I have adjusted reserves on WC 24 551902 for the second injection: medical is now $58,000.00 and
indemnity is $61,500.00. No IME for now - I will revisit after the 08/06 injection.

Janelle

Janelle Whitcomb | Senior Claims Examiner, Workers' Compensation
Keystone Benefit Administrators | 1 Tradesman Plaza, 9th Floor, Pittsburgh, PA 15222
Direct (412) 555-0129 | Fax (412) 555-0130 | jwhitcomb@keystone-ba.example

-----Original Message-----
From: Renata Szabo <rszabo@keystone-ba.example>
Sent: Thursday, July 18, 2024 11:20 AM
To: Janelle Whitcomb <jwhitcomb@keystone-ba.example>
Subject: RE: Arredondo - WC 24 551902 - sedentary RTW

> Janelle - spoke with Kelsey Orr, Dr. Brandt's MA. He reviewed the QC documentation clerk job
> description and signed it today (07/18/2024) as within restrictions: 10 lb, sit/stand every 30
> minutes, no ladders. Separately, UR approved the second ESI (UR-66021) on 07/17/2024; it is
> scheduled for 08/06/2024 at 07:45 at Allegheny Spine Associates, Wexford office. Luis told me he
> is willing to try the job but is worried about the 45-minute drive. I told him mileage is not
> payable for commuting.
>
> Renata Szabo, RN, CCM | Nurse Case Manager | (412) 555-0137 ext. 220
>
> -----Original Message-----
> From: Janelle Whitcomb
> Sent: Wednesday, July 17, 2024 4:05 PM
> To: Renata Szabo
> Subject: FW: Arredondo - WC 24 551902 - sedentary RTW
>
> > Renata, please get Dr. Brandt to sign off on the job description below. Employer can start
> > him Monday. Thanks. - JW
> >
> > -----Original Message-----
> > From: Courtney Bell <cbell@tillmanrusk.example>
> > Sent: Wednesday, July 17, 2024 2:37 PM
> > To: Janelle Whitcomb
> > Subject: RE: Arredondo - WC 24 551902 - sedentary RTW
> >
> > > Hi Janelle, yes we can accommodate. We have a QC documentation clerk opening in the front
> > > office (weld inspection paperwork, scanning mill certs, data entry). Mon-Fri 7:00 to 15:30,
> > > 40 hrs/wk, at his regular rate of $32.10/hr, so no wage loss. He would report to our QC lead,
> > > Marguerite Okafor. Earliest start is Monday 07/22/2024. Job description attached.
> > >
> > > Courtney Bell | HR Manager | Tillman & Rusk Fabrication, Inc. | (724) 555-0163
> > >
> > > -----Original Message-----
> > > From: Janelle Whitcomb
> > > Sent: Tuesday, July 16, 2024 9:02 AM
> > > To: Courtney Bell
> > > Subject: Arredondo - WC 24 551902 - sedentary RTW
> > >
> > > > Courtney, Dr. Brandt released Luis to sedentary duty on 07/11 (10 lb limit, alternate
> > > > sitting/standing every 30 min, no ladders). Do you have anything that fits? If we can
> > > > get him back at full wage the TTD stops. Nurse summary attached. Thanks, Janelle
"""


def claim_c_eml(path):
    msg = EmailMessage()
    msg["From"] = "Janelle Whitcomb <jwhitcomb@keystone-ba.example>"
    msg["To"] = "Courtney Bell <cbell@tillmanrusk.example>"
    msg["Cc"] = "Renata Szabo <rszabo@keystone-ba.example>"
    msg["Subject"] = "RE: Arredondo - WC 24 551902 - sedentary RTW"
    msg["Date"] = format_datetime(_dt.datetime(2024, 7, 19, 8, 48, tzinfo=_dt.timezone(_dt.timedelta(hours=-4))))
    msg["Message-ID"] = "<20240719084800.5519021@keystone-ba.example>"
    msg.set_content(EMAIL_C_BODY.lstrip("\n"))
    pdf = ReportPDF("", "Keystone Benefit Administrators")
    pdf.add_page()
    pdf_heading(pdf, "NOTICE OF ABILITY TO RETURN TO WORK", 13)
    pdf_kv(pdf, [
        ("Claim number", "WC 24 551902"),
        ("Employee", "Luis M. Arredondo"),
        ("Employer", "Tillman & Rusk Fabrication, Inc."),
        ("Date of injury", "04/08/2024"),
        ("Date of notice", "07/19/2024"),
    ], w1=45)
    pdf_para(pdf, """
Based on the medical report of Felix Brandt, MD dated 07/11/2024, you are able to return to work with
the following restrictions: lifting no more than 10 lb, alternate sitting and standing every 30 minutes,
no climbing ladders.

Your employer has offered you the position of QC Documentation Clerk, Monday through Friday, 7:00 a.m.
to 3:30 p.m., at $32.10 per hour (40 hours per week), beginning Monday, July 22, 2024. Please report
to Marguerite Okafor, QC Lead, at the front office, 900 Quarry Bend Rd, Millbrook, PA 15068.

If you do not return to the offered position, your compensation benefits may be modified or
suspended. Questions: Janelle Whitcomb, (412) 555-0129.
""")
    msg.add_attachment(bytes(pdf.output()), maintype="application", subtype="pdf",
                       filename="Notice_of_Ability_to_RTW_Arredondo.pdf")
    msg.set_boundary("===============5519021-train-boundary==")
    with open(path, "wb") as f:
        f.write(bytes(msg))


def main(parts=("1", "2")):
    os.makedirs(OUT, exist_ok=True)
    if "1" in parts:
        w("bcso_crash_report_104877.txt", POLICE_A)
        claim_a_ia_pdf(os.path.join(OUT, "northgate_ia_report_ncs-23-5512.pdf"))
        w("valcourt_claim_worksheet.md", WORKSHEET_B)
        claim_c_docx(os.path.join(OUT, "arredondo_medical_summary.docx"))
        claim_c_eml(os.path.join(OUT, "re_arredondo_rtw_thread.eml"))
    if "2" in parts:
        part2()


def part2():
    claim_d_pdf(os.path.join(OUT, "ofe_origin_cause_report_24-0316.pdf"))
    claim_e_pdf(os.path.join(OUT, "brightwater_incident_form_scan.pdf"))
    claim_f_docx(os.path.join(OUT, "pelican_bay_cargo_theft_report.docx"))
    w("halvorsen_cyber_file_notes.txt", NOTES_G)


# ---------------------------------------------------------------------------
# Claim D: commercial property fire, CP-4471-0093-F (engineer's origin & cause report PDF)
# ---------------------------------------------------------------------------
def claim_d_pdf(path):
    pdf = ReportPDF("Ostrander Forensic Engineering, LLC - Report OFE-24-0316 - Marrow Creek Bakery Co.",
                    "OFE-24-0316  |  Privileged and confidential - prepared for Bellwether Commercial Insurance Co.")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "OSTRANDER FORENSIC ENGINEERING, LLC", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5, "Fire and Explosion Investigation  -  Electrical Engineering  -  Failure Analysis\n"
                   "611 Keel Street, Suite 2B, Toledo Junction, OH 43604   (419) 555-0182", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf_heading(pdf, "ORIGIN AND CAUSE INVESTIGATION REPORT", 13)
    pdf_kv(pdf, [
        ("OFE report no.", "OFE-24-0316"),
        ("Report date", "April 9, 2024"),
        ("Client", "Bellwether Commercial Insurance Co."),
        ("Client contact", "Dana Kowalczyk, Large Loss General Adjuster"),
        ("Client claim no.", "CP-4471-0093-F"),
        ("Insured", "Marrow Creek Bakery Co."),
        ("Loss location", "2250 Ferris Avenue, Dorrance, OH 43617"),
        ("Date of fire", "February 27, 2024"),
        ("Investigator", "Harlan J. Pruitt, P.E., CFEI"),
    ], w1=45)
    pdf_heading(pdf, "1. ASSIGNMENT AND SCOPE")
    pdf_para(pdf, """
On February 28, 2024, Ostrander Forensic Engineering, LLC (OFE) was retained by Dana Kowalczyk of
Bellwether Commercial Insurance Co. to determine the origin and cause of a fire that occurred in the
early morning of February 27, 2024 at the commercial bakery of Marrow Creek Bakery Co., and to
identify and preserve evidence relevant to potential recovery from third parties. Ms. Kowalczyk
advised that the policy provides a building limit of $1,250,000, business personal property of
$350,000 and business income for 12 months actual loss sustained, subject to a $5,000 deductible,
and that the current reserve is $640,000. These figures are recorded here only as background; OFE
has not evaluated the amount of the loss.

This investigation followed the methodology of NFPA 921, Guide for Fire and Explosion Investigations
(2024 edition). The conclusions in this report are stated to a reasonable degree of engineering
certainty and are based on the information available as of the report date. OFE reserves the right
to revise them if additional information becomes available.
""")
    pdf_heading(pdf, "2. SUMMARY OF CONCLUSIONS")
    pdf_para(pdf, """
(a) The fire originated inside the lower control enclosure of a roll-in proofing cabinet located in the
northeast corner of the proofing room. (b) The cause of the fire was resistive heating at a loose
line-side terminal connection of contactor K2, which switches the cabinet's heating elements. The
heating ignited the plastic wiring duct and insulation inside the enclosure, and the fire spread to
the rolling racks of packaging and the proofing room ceiling. (c) The contactor had been replaced by
an outside service company about four weeks before the fire. (d) The fire is classified as
accidental. Smoking materials, the building electrical distribution, a power strip in the area and
an incendiary act were considered and eliminated.
""")
    pdf_heading(pdf, "3. BACKGROUND")
    pdf_para(pdf, """
The building is a single-story, steel-framed structure of about 11,400 square feet with masonry
block exterior walls and a steel bar-joist roof with a membrane covering, built in 1988 and
purchased by the insured in 2011. It contains a retail counter and cafe at the south end, a
production area with mixers and two deck ovens, a proofing room, dry and cold storage, and an office
mezzanine. The building is not sprinklered. A monitored fire alarm system (heat and smoke
detectors) is provided by Sentinel Alarm Monitoring, account 88-41730.

The bakery operates from 4:00 a.m. to 6:00 p.m. The owner and president, Renee Marrow, stated that
the last employee, night baker Samuel Ojukwu, left at about 11:20 p.m. on February 26, 2024 after
loading dough for the morning bake into the proofing cabinet and setting its timer to start heating
at 3:30 a.m. Mr. Ojukwu stated that he noticed nothing unusual.

The proofing cabinet is a Veltro Equipment model VP-2R roll-in proofer, serial number VP2R-118204,
manufactured in 2019 and installed new by the insured in 2019. On January 30, 2024 it was serviced by
Apex Kitchen Service, Inc. after a complaint that the cabinet was not reaching temperature. The
service ticket, AKS-30117, signed by technician Jordan Blaylock, lists replacement of the heating
contactor (K2) and a charge of $486.75.
""")
    pdf_heading(pdf, "4. FIRE DEPARTMENT RESPONSE")
    pdf_para(pdf, """
Sentinel Alarm Monitoring received a heat detector alarm from zone 4 (proofing room) at 02:14 on
February 27, 2024 and notified the Dorrance Fire Department at 02:15. Engine 3 was dispatched at 02:16
and arrived at 02:22, reporting smoke showing from the north roof line. Crews made entry through the
rear overhead door and found fire in the proofing room extending into the ceiling space. The fire was
declared under control at 03:41 and the last unit cleared at 06:50. No injuries were reported.

Fire Marshal Captain Gil Rafferty of the Dorrance Fire Department conducted the department's
investigation (incident report DFD-24-00871) and classified the cause as undetermined pending the
engineering examination. Captain Rafferty released the scene to the insured on February 28, 2024 at
10:30 and was present for the joint examination on March 12, 2024.
""")
    pdf_heading(pdf, "5. INTERVIEWS")
    pdf_para(pdf, """
Renee Marrow (owner) was interviewed at the site on March 1, 2024. She stated that the cabinet had
been tripping its breaker occasionally in December 2023 and January 2024, which was the reason for the
service call. She did not observe any problems after the repair. Samuel Ojukwu (night baker) was
interviewed by telephone on March 4, 2024 and confirmed the timer setting. Jordan Blaylock (Apex
Kitchen Service) was interviewed by telephone on March 6, 2024 in the presence of Apex's operations
manager, Colleen Strand. Mr. Blaylock stated that he replaced the contactor with a manufacturer-
supplied part and torqued the terminals "by feel"; he did not use a torque screwdriver. Pieter Vos,
field service manager of Veltro Equipment USA, attended the joint examination.
""")
    pdf_heading(pdf, "6. SITE EXAMINATION")
    pdf_para(pdf, """
The undersigned examined the site on March 1, 2024 and again, jointly with representatives of
interested parties, on March 12, 2024. The heaviest fire damage was confined to the proofing room
(about 14 by 22 feet) and the ceiling space above it, with fire extension into the adjacent mixing
area along the ceiling. Smoke and heat damage extended throughout the building. The exterior walls
were intact. The roof membrane was burned through over the northeast corner of the proofing room in
an area about 6 by 9 feet.

Fire patterns on the walls, the ceiling joists and the steel racks indicated a low area of origin in
the northeast corner. The proofing cabinet showed the most severe heat damage on its lower right
side, where its control enclosure is located, with the galvanized steel oxidized and the paint
consumed. A V-shaped pattern on the north wall rose from the cabinet. Three aluminum rolling racks
stored against the east wall, loaded with corrugated packaging, were partially melted on the side
facing the cabinet.

The building electrical distribution (a 200-ampere, 208Y/120-volt panel on the west wall of the
production area) was examined. The panel was outside the area of origin and showed only smoke
deposits. The cabinet branch circuit (breaker 17/19, 30 amperes, two-pole) was found tripped. A
six-outlet power strip found on the floor about 8 feet south of the cabinet was examined; it had
no arc beads and was plugged into a receptacle that showed no arcing. No smoking materials, ashtrays
or ignition sources other than the cabinet were found in the area of origin. A canine team from the
state fire marshal's office (handler Deputy Marshal Ann Lofgren) searched the area on March 1, 2024
with no alerts. Two debris samples were taken for laboratory analysis.
""")
    pdf_heading(pdf, "7. EVIDENCE")
    pdf_table(pdf, ["Tag", "Item", "Collected", "Disposition"], [
        ["OFE-E1", "Proofing cabinet control enclosure (complete)", "03/12/2024", "OFE evidence room, Bay C"],
        ["OFE-E2", "Contactor K2 with attached conductors", "03/12/2024", "OFE evidence room, Bay C"],
        ["OFE-E3", "Contactor K1 (fan circuit)", "03/12/2024", "OFE evidence room, Bay C"],
        ["OFE-E4", "Power strip and plug", "03/01/2024", "OFE evidence room, Bay C"],
        ["OFE-E5", "Breaker 17/19 (2-pole, 30 A)", "03/12/2024", "OFE evidence room, Bay C"],
        ["OFE-E6", "Debris sample, NE corner floor", "03/01/2024", "Sent to lab 03/04/2024"],
        ["OFE-E7", "Debris sample, south of cabinet", "03/01/2024", "Sent to lab 03/04/2024"],
    ], [20, 78, 26, 48])
    pdf_para(pdf, """
Debris samples OFE-E6 and OFE-E7 were analyzed by Lakeshore Fire Analytical Laboratory (lab report
LFA-24-1093, dated March 15, 2024) by gas chromatography-mass spectrometry. No ignitable liquid
residues were identified in either sample.
""")
    pdf_heading(pdf, "8. LABORATORY EXAMINATION OF THE CONTROL ENCLOSURE")
    pdf_para(pdf, """
The control enclosure (OFE-E1) and the contactors were examined at the OFE laboratory on March 26,
2024 under a joint protocol agreed by all parties. Attending were the undersigned; Dana Kowalczyk for
Bellwether Commercial Insurance Co.; Pieter Vos and engineer Mara Lindgren, P.E. for Veltro Equipment
USA; Colleen Strand and counsel Bennett Achebe for Apex Kitchen Service, Inc.; and Stefan Koury, P.E.,
retained by the insured's broker. The examination was video recorded.

Contactor K2 (replaced on January 30, 2024) showed severe localized heating at its line-side terminal
L1: the terminal screw was found backed out about 1.5 turns, the conductor strands were annealed and
partially fused to the terminal plate, and the contactor's plastic housing was consumed around L1
while the load side was comparatively intact. Contactor K1 (original, fan circuit) showed only
external fire exposure and its terminals were tight. The wiring duct and conductor insulation below
K2 were consumed, and the enclosure showed a burn-through on its right side wall adjacent to K2.
Radiographs (CT scan by Midwest Imaging Services) confirmed the loose terminal. Comparable exemplar
contactors were torque-tested: the specified terminal torque is 2.5 N-m, and the exemplar terminals
retained 2.3 to 2.6 N-m.
""")
    pdf_heading(pdf, "9. ANALYSIS")
    pdf_para(pdf, """
A loose terminal connection increases contact resistance. The cabinet controller's event log,
recovered from its non-volatile memory, shows that the heating cycle started at 01:05 rather than the
intended 3:30 a.m., because the controller clock had not been reset after the January 30 service visit
and was running 2 hours 25 minutes fast. With the elements drawing about 24 amperes, the loose connection at L1 would have generated
sustained localized heat sufficient to ignite the polymer housing and wiring duct, which in turn
ignited the adjacent insulation and then the combustible packaging near the cabinet. The alternative
hypotheses listed in the summary were tested against the evidence and rejected: the power strip and
panel showed no failure; there was no evidence of smoking; laboratory results and the canine search
did not support an incendiary fire; and the original contactor K1 was undamaged internally.
""")
    pdf_heading(pdf, "10. CONCLUSIONS")
    pdf_para(pdf, """
1. The area of origin is the lower right control enclosure of the Veltro VP-2R proofing cabinet
(serial VP2R-118204) in the northeast corner of the proofing room.

2. The cause is resistive heating at the loose line-side L1 terminal of contactor K2, installed by
Apex Kitchen Service, Inc. on January 30, 2024 (ticket AKS-30117). The terminal was not torqued to the
manufacturer's specification of 2.5 N-m at installation.

3. The fire is classified as accidental.

4. The facts support potential subrogation against Apex Kitchen Service, Inc. for the installation of
contactor K2. We found no design or manufacturing defect in the Veltro cabinet; a recovery against
Veltro Equipment USA is not supported by the evidence. All evidence is being held at OFE pending
written release by the client. Evidence storage is billed at $75.00 per month.

Respectfully submitted,

Harlan J. Pruitt, P.E., CFEI - Principal Engineer, Ostrander Forensic Engineering, LLC
Ohio P.E. license PE-0071524   hpruitt@ostrander-fe.example   (419) 555-0186
""")
    pdf_heading(pdf, "APPENDIX - CHRONOLOGY")
    pdf_table(pdf, ["Date", "Time", "Event"], [
        ["01/30/2024", "14:10", "Apex Kitchen Service replaces contactor K2 (ticket AKS-30117)"],
        ["02/26/2024", "23:20", "Night baker leaves; cabinet timer set for 03:30 start"],
        ["02/27/2024", "01:05", "Heating cycle starts (controller clock running fast)"],
        ["02/27/2024", "02:14", "Heat detector alarm, zone 4, received by Sentinel"],
        ["02/27/2024", "02:22", "Engine 3 on scene"],
        ["02/27/2024", "03:41", "Fire under control"],
        ["02/28/2024", "10:30", "Scene released to the insured"],
        ["03/01/2024", "09:00", "First OFE site examination; canine search"],
        ["03/12/2024", "08:30", "Joint site examination; evidence collected"],
        ["03/26/2024", "09:30", "Joint laboratory examination at OFE"],
        ["04/09/2024", "-", "Report issued"],
    ], [26, 18, 128])
    pdf.output(path)



# ---------------------------------------------------------------------------
# Claim E: general liability slip and fall, GL 25 418207 ("scanned" incident form PDF)
# ---------------------------------------------------------------------------
SCAN_E_PAGES = [
"""
                 B R I G H T W A T E R    G R O C E R S ,  I N C .
                    CUSTOMER  INCIDENT  REPORT       Form BG-IR-7  (rev 3/22)
   ---------------------------------------------------------------------------
   Store No.:  12        Store Address:  4120 Calder Pike, Wexmoor, KY 40391
   Date of Incident:  03/09/2025      Time:  4:20 PM     Day:  Sun
   Location in store:  Aisle 7 (cooking oils / condiments), near end cap 7B
   ---------------------------------------------------------------------------
   CUSTOMER
     Name:  Odessa L. Fairley                         Age:  67
     Address:  56 Juniper Hollow Rd,  Wexmoor, KY 40391
     Phone:  (859) 555-0117             Shoe type:  rubber-soled flats
   ---------------------------------------------------------------------------
   WHAT HAPPENED (customer's words):
     "I was walking toward the register and my feet went out from under
      me.  The floor was wet, it looked like oil.  I put my right hand
      out to catch myself."
   ---------------------------------------------------------------------------
   CONDITION FOUND:  clear liquid approx 3 ft x 2 ft, broken 48 oz bottle
     Sunfield canola oi1 on bottom shelf, bay 7-14.  No wet-floor cone in
     place at time of fall.
   Last floor sweep logged:  3:55 PM   by:  J. Ruiz  (sweep log sheet #0309-2)
   ---------------------------------------------------------------------------
   INJURY:  [X] yes  [ ] no     Body part:  right wrist  (swelling, pain)
   First aid given:  ice pack       Ambulance:  [ ] called  [X] declined
   Customer left store at:  4:48 PM  with daughter (Lorraine Fairley)
   Said she was go ing to:  Wexmoor Urgent Care
   ---------------------------------------------------------------------------
   WITNESSES
     1.  Tanya Reese      -  employee, cashier lane 3      ext. 112
     2.  Leon Abbot       -  customer    (859) 555-0193
   CCTV:  camera 14 - clip saved 16:02 to 16:35   [X] yes  [ ] no
   Photos taken:  [X] yes  number:  6
   ---------------------------------------------------------------------------
   Completed by:  Curtis Pell          Title:  Store Manager   Emp ID:  40217
   Date/time completed:  03/09/2025  5:35 PM
   Faxed to risk mgmt:  03/10/2025    Claim No.:  ______________ (risk mgmt use)
""",
"""
   ARDENT SHIELD INSURANCE CO.           GENERAL LIABILITY  -  LOSS NOTICE /
   Cornmercial Claims  -  Lexingt0n Office            CLAIM ACKNOWLEDGMENT
   ---------------------------------------------------------------------------
   Claim No.:   GL 25 418207              Date Reported:   03/11/2025
   Policy No.:  CGL 7730-2291-04          Policy Period:   01/01/2025 - 01/01/2026
   Named Insured:   Brightwater Grocers, Inc.   (Store #12)
   Insured Contact:  Nadine Okoro, Risk Manager   (859) 555-0140
   Date of Loss:   03/09/2025     Type:  Premises - slip/fall   BI
   ---------------------------------------------------------------------------
   COVERAGE        Each Occurrence:  $1,000,000     Gen Aggregate:  $2,000,000
                   Med Pay (any one person):  $5,000
                   Deductible (BI, per claim):  $2,500
   ---------------------------------------------------------------------------
   ASSIGNED ADJUSTER:  Dwayne Hollis, Senior Casualty Claims Specialist
                       (859) 555-0166    dhollis@ardentshield.example
   Supervisor:         Pamela Greer
   ---------------------------------------------------------------------------
   CLAIMANT:   Odessa L. Fairley      DOB 11/02/1957
   Attorney:   Marcus Faraday, Faraday & Lusk, PLLC, Lexington
               letter of representation rec'd  04/02/2025
   Injury:     R distal radius fracture - closed reduction 03/10/2025
               (Dr. Imani Castell, Bluegrass Hand & Orthopedics)
   ---------------------------------------------------------------------------
   ADJUSTER STATUS NOTES  (hand  ent ered)
   03/12/2025  recorded stmt C. Pell;  CCTV clip rec'd;  spill visible
               from 15:58 (bottle knocked by shopper, not an employee)
   03/14/2025  Med pay not offered - claimant represented? no, not yet
   04/02/2025  LOR rec'd from Faraday & Lusk.  Med pay request withdrawn.
   06/16/2025  DEMAND rec'd:  $48,500.00   specials  $11,842.60
               (ER $1,306.00 / ortho $6,915.40 / PT $3,621.20)
   06/20/2025  liability: spill on floor 22 min before fall, sweep log
               shows 3:55 PM pass - notice arguable.  Comparative: customer
               on phone per CCTV.  Est. 30% claimant fault.
   07/01/2025  OFFER $18,000.00  to Faraday.  Reserve  $35,000  (BI)
   07/15/2025  counter  $39,000.00 .  Status:  OPEN - negotiating
   ---------------------------------------------------------------------------
   Rsv history:  03/11/2025 $10,000  ->  06/16/2025 $35,000
   Next diary:  08/01/2025                                   pg 2 of 2
""",
]


def claim_e_pdf(path):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(_dt.datetime(2025, 7, 16, tzinfo=_dt.timezone.utc))
    pdf.set_auto_page_break(False)
    for pno, page in enumerate(SCAN_E_PAGES):
        pdf.add_page()
        pdf.set_font("Courier", "", 9)
        pdf.set_text_color(40, 40, 40)
        pdf.set_xy(150, 6)
        pdf.cell(0, 4, f"RCVD  MAR 1{1 + pno} 2025   scan {pno + 1:02d}")
        y = 14.0
        for i, line in enumerate(page.strip("\n").split("\n")):
            jitter = ((i * 7 + pno * 3) % 5) * 0.45   # ragged left edge like a skewed scan
            pdf.set_xy(8 + jitter + i * 0.06, y)
            pdf.cell(0, 4.6, line.rstrip())
            y += 5.6 + ((i * 3) % 4) * 0.15
    pdf.output(path)


# ---------------------------------------------------------------------------
# Claim F: inland marine cargo theft, IM/24/00781-C (DOCX; claim number only in the header)
# ---------------------------------------------------------------------------
def claim_f_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("Halyard Inland Marine Underwriters  |  Our ref: IM/24/00781-C  |  "
                                     "Surveyor ref: MMCS-2406-118")
    sec.footer.paragraphs[0].text = ("Meridian Marine & Cargo Surveyors, Ltd. - 40 Wharf Row, Galveston "
                                     "Point, TX 77554 - Without prejudice")
    d.add_heading("Cargo Theft - Survey and Investigation Report", level=1)
    d.add_paragraph("To: Halyard Inland Marine Underwriters, attn. Simone Achterberg, Marine Claims Manager")
    d.add_paragraph("Date: July 12, 2024")
    d.add_paragraph("Re: the above-referenced claim - theft of a loaded trailer in transit")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Assured", "Pelican Bay Electronics Distribution, Inc., 2200 Seawall Commerce Dr, Port Lavaca Bend, TX 77979"),
        ("Policy", "Inland marine transit policy IMT-550287"),
        ("Limit any one conveyance", "$250,000"),
        ("Deductible", "$10,000 each loss"),
        ("Motor carrier", "Sandoval Express LLC, MC-884512 (driver Rudy Kaminski)"),
        ("Consignee", "Tri-State Campus Supply, Tulsa, OK"),
        ("Bill of lading", "SX-BOL-240619-07"),
        ("Trailer", "53 ft Wabash dry van, trailer no. SX-5319, VIN 1JJV532D8KL113906"),
        ("Seal no.", "0448172"),
        ("Date of loss", "June 21-22, 2024 (theft overnight)"),
        ("Place of loss", "Mesquite Flats Travel Center, 1450 Frontage Rd, Cordell Springs, TX 76522"),
    ]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    d.add_heading("1. Instructions", level=2)
    d.add_paragraph(
        "We were instructed by Simone Achterberg on June 24, 2024 to attend, investigate the circumstances "
        "of the theft, verify the value of the cargo, report on any recovery and advise on recovery "
        "prospects against the motor carrier. The undersigned surveyor, Ines Kolarova, attended the "
        "travel center on June 25, 2024 and the recovery yard on June 26, 2024.")
    d.add_heading("2. Circumstances", level=2)
    d.add_paragraph(
        "The shipment of laptop computers left the assured's Port Lavaca Bend warehouse on June 21, 2024 at "
        "14:30 under bill of lading SX-BOL-240619-07, sealed with seal no. 0448172. The driver, Rudy "
        "Kaminski, stopped for his mandatory 10-hour break at the Mesquite Flats Travel Center at 22:40 on "
        "June 21, 2024 and left the tractor and trailer in the unlit rear lot, row K, with the tractor "
        "locked but no king-pin lock on the trailer. The carrier's security rules (Sandoval Express driver "
        "manual, section 7.3) require high-value loads to be parked in a lit, fenced or attended lot and "
        "a king-pin lock to be used; the driver told us he was not told the load was high value. When he "
        "returned to the truck at 05:55 on June 22, 2024, the trailer was gone; the tractor had not been "
        "touched. He reported the theft to the Cordell Springs Police Department at 06:12 (report no. "
        "24-06-3318, Detective Alma Reyes) and to his dispatcher at 06:20.")
    d.add_paragraph(
        "The travel center's camera footage (copy obtained) shows a dark blue day cab without plates "
        "coupling to the trailer at 02:47 and leaving the lot at 02:51. The trailer's GPS unit was "
        "disabled at 02:58 about 3 miles from the travel center.")
    d.add_heading("3. Cargo and value", level=2)
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Description", "Cartons", "Value per carton", "Invoice value"]):
        c.text = h
    for row in [("Norvik NB-14 Pro laptops, 4 units per carton", "400", "$537.20", "$214,880.00"),
                ("Commercial invoice PBE-INV-60712 dated 06/19/2024", "", "", ""),
                ("Freight charges (prepaid, not insured)", "", "", "$2,150.00")]:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph(
        "We checked the invoice value against the assured's purchase orders and the supplier invoices; the "
        "value declared is the assured's selling price to the consignee, which is the basis of valuation "
        "under the policy's valuation clause (invoice value plus prepaid freight, if insured). Freight was "
        "not declared for insurance and is excluded from the claim.")
    d.add_heading("4. Recovery", level=2)
    d.add_paragraph(
        "The trailer was found by the Cordell Springs police on June 24, 2024 in a vacant lot off County "
        "Road 118, with its doors open and the seal cut. 37 cartons remained inside, undamaged. We "
        "inspected them on June 26, 2024 at the police recovery yard; all 37 cartons were intact with "
        "factory seals and the serial numbers matched the packing list. They were released to the assured "
        "on June 28, 2024 and delivered to the consignee, who accepted them. The 363 missing cartons "
        "were entered on the national stolen property database; none has been recovered to date. The "
        "trailer was returned to Sandoval Express.")
    t3 = d.add_table(rows=1, cols=2)
    t3.style = "Table Grid"
    t3.rows[0].cells[0].text = "Item"
    t3.rows[0].cells[1].text = "Amount"
    for k, v in [("Invoice value of cargo", "$214,880.00"),
                 ("Less: 37 cartons recovered and delivered (37 x $537.20)", "$19,876.40"),
                 ("Net loss", "$195,003.60"),
                 ("Less: deductible", "$10,000.00"),
                 ("Recommended payment to assured", "$185,003.60")]:
        cells = t3.add_row().cells
        cells[0].text = k
        cells[1].text = v
    d.add_heading("5. Recovery prospects against the carrier", level=2)
    d.add_paragraph(
        "The carrier is liable for the loss of goods in its possession under the Carmack Amendment unless "
        "it can show a defence, and none appears to apply to a theft from an unattended trailer. The bill of "
        "lading does not contain a released rate. The carrier's cargo insurer is Bluestem Cargo Insurance "
        "(their claim BCI-77140; adjuster Gordon Pike, (918) 555-0121); their cargo limit is $100,000 per "
        "load. We recommend that underwriters pay the assured and then pursue subrogation against Sandoval "
        "Express LLC for the full net loss, with the first $100,000 expected from Bluestem. A notice of "
        "claim was sent to the carrier by the assured on June 24, 2024, well within the nine-month period.")
    d.add_heading("6. Reserve and status", level=2)
    d.add_paragraph(
        "The current reserve of $205,000 appears adequate. The claim remains open pending payment and the "
        "subrogation action. Our fee to date is $4,860.00 (invoice MMCS-INV-2407-033).")
    d.add_paragraph("Ines Kolarova, AMS - Senior Cargo Surveyor, Meridian Marine & Cargo Surveyors, Ltd.  "
                    "Mobile (409) 555-0175")
    d.core_properties.created = _dt.datetime(2024, 7, 12)
    d.core_properties.modified = _dt.datetime(2024, 7, 12)
    d.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------
# Claim G: cyber, NC-88213-B (plain text file notes with abbreviations)
# ---------------------------------------------------------------------------
NOTES_G = r"""
CLAIM FILE NOTES - EXPORT          printed 12/02/2024 16:41 by DHOLLIS
Carrier: Ardent Shield Insurance Co. - Cyber & Tech E&O Unit
Claim: NC-88213-B     Insd: Halvorsen Dental Group PLLC (4 offices, main office 9 Orchard
Gap Rd, Fenwick Hills, KY 40502)     Pol: CYB-3391472  (eff 05/01/2024-05/01/2025)
Handler: Dwayne Hollis (DH)   Supv: Pamela Greer (PG)   Loss type: ransomware / extortion
Limits: $1,000,000 agg   | extortion sublimit $250,000 | BI $500,000 (12 hr waiting period)
        | notification/PR $250,000 | retention $25,000 each claim
----------------------------------------------------------------------------------------------
09/03/2024 08:02 DH  FNOL by phone from insd office mgr Brenda Kask. Staff arrived 07:10, all
                     workstations showing ransom note, practice mgmt system (PMS) + imaging server
                     encrypted. Note signed "NIGHTCASK". Told insd: do NOT contact TA, do not wipe
                     anything, unplug from network. Breach coach assigned: Lindqvist & Moore LLP
                     (Paula Lindqvist, (502) 555-0108). Rsv set $150,000 (initial).
09/03/2024 09:30 DH  BC call held. DFIR engaged by BC under privilege: Emberline DFIR, lead Theo
                     Marchand, engagement EMB-24-1187. Est. $45-55k.
09/03/2024 15:45 DH  TA demand 4.5 BTC (approx $265,000 at today's rate), 72 hr deadline. Insd
                     has offline backups (Tuesday 9/2 01:00 snapshot at MSP, Corvid IT Partners).
09/04/2024 11:10 DH  DFIR prelim: initial access via compromised VPN acct of a former hygienist
                     (no MFA on VPN). Exfil of approx 38 GB indicated (rclone to cloud storage).
                     PHI likely involved -> HIPAA notification analysis by BC.
09/05/2024 17:20 PG  Supv review. Insd decision (w/ BC): NO ransom payment; restore from backups.
                     OFAC check not needed. Rsv incr to $310,000 (DFIR 55k, legal 40k, notif 60k,
                     BI 130k, extortion 25k for negotiator/monitoring).
09/07/2024 10:05 DH  Offices reopened 09/07 AM w/ paper charts; PMS restored 09/09. Insd closed
                     4 business days (09/03-09/06). BI claim to come w/ accountant.
09/16/2024 14:30 DH  IC3 complaint filed by insd (ref I-24091601-77). FBI field office contacted by BC.
10/11/2024 13:15 DH  DFIR final rpt rec'd (privileged, via BC). Confirms exfil; data posted on TA
                     leak site 09/20. 2,318 patients w/ PHI affected (names, DOB, ins IDs, some SSN).
10/28/2024 09:00 DH  Notification letters mailed by ClearNotice (vendor) to 2,318 pts; call center
                     open 30 days; 12 mo credit monitoring offered. HHS OCR notice filed 10/29.
11/08/2024 16:00 DH  Invoices rec'd & approved:
                       Emberline DFIR   INV EMB-3391   $48,760.00
                       Lindqvist & Moore  (thru 10/31) $22,415.50
                       ClearNotice      INV CN-20877   $9,273.60
                     Total incident response $80,449.10. Retention $25,000 applies once.
11/21/2024 11:40 DH  BI/extra expense claim rec'd from insd CPA (Gail Whitford, CPA): lost net
                     income $58,400.00 + extra expense $2,800.00 = $61,200.00. Sent to forensic
                     acct (Harwell Forensic Accounting, ref HFA-1142) for review.
12/02/2024 16:35 PG  Rsv decr to $185,000 (paid + pending). Status: OPEN - BI under review; watch
                     for pt class action (none filed as of today). Diary 01/06/2025.
----------------------------------------------------------------------------------------------
Abbrev: TA = threat actor; BC = breach coach; DFIR = digital forensics & incident response;
MSP = managed service provider; PMS = practice mgmt system; pts = patients; rsv = reserve
"""


if __name__ == "__main__":
    main()
