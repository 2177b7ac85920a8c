"""Generate the invented claim files for the train6 eval set (deterministic).

Run: /work/main/.venv/bin/python data/eval/train6/make_files.py
All people, companies, addresses, policies, VINs and amounts are invented.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"
FIXED = datetime(2026, 10, 1, 12, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- helpers
def write_text(name: str, text: str) -> None:
    (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")


class _PDF(FPDF):
    def __init__(self, header_text: str = "", footer_text: str = "") -> None:
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=18)

    def header(self) -> None:
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Helvetica", "I", 8)
        txt = f"{self.footer_text}   Page {self.page_no()}" if self.footer_text else f"Page {self.page_no()}"
        self.cell(0, 5, txt, align="C")


def write_pdf(name: str, blocks: list[tuple[str, str]], header_text: str = "", footer_text: str = "",
              font: str = "Helvetica", size: float = 10.5) -> None:
    """blocks: (style, text); style in h1, h2, p, mono, row (cells split by '|')."""
    pdf = _PDF(header_text, footer_text)
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    for style, text in blocks:
        if style == "h1":
            pdf.set_font(font, "B", size + 4)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif style == "h2":
            pdf.ln(2)
            pdf.set_font(font, "B", size + 1)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "mono":
            pdf.set_font("Courier", "", size - 1)
            for line in text.split("\n"):
                pdf.multi_cell(0, 4.6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
        elif style == "row":
            cells = [c.strip() for c in text.split("|")]
            pdf.set_font(font, "", size - 1)
            w = (pdf.w - pdf.l_margin - pdf.r_margin) / len(cells)
            for c in cells:
                pdf.cell(w, 6, c, border=1)
            pdf.ln(6)
        else:
            pdf.set_font(font, "", size)
            pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(OUT / name))


def write_docx(name: str, parts: list[tuple[str, object]], header_text: str = "", footer_text: str = "") -> None:
    """parts: (kind, payload); kind in h, p, table (list of rows)."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, payload in parts:
        if kind == "h":
            doc.add_heading(str(payload), level=2)
        elif kind == "table":
            rows = payload  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    table.cell(i, j).text = str(val)
            doc.add_paragraph("")
        else:
            doc.add_paragraph(str(payload))
    props = doc.core_properties
    props.author = "claimbot eval writer"
    props.last_modified_by = "claimbot eval writer"
    props.created = props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-for-byte deterministic
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 12, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def write_eml(name: str, headers: dict[str, str], body: str,
              attachments: list[tuple[str, str]] | None = None) -> None:
    msg = EmailMessage()
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body.strip("\n") + "\n")
    for fname, text in attachments or []:
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="plain", filename=fname)
    if attachments:
        msg.set_boundary("=_claimbot_train6_" + name.split(".")[0])
    (OUT / name).write_bytes(bytes(msg))


# ---------------------------------------------------------------- claim 1: cargo theft, GPS log
def cargo_theft() -> None:
    write_text("pellridge_cargo_gps_log.md", """
# Motor Truck Cargo - Theft Worksheet and GPS Tracking Extract

Tallgrass Indemnity Company - Inland Marine / Transportation Claims

| Field | Value |
|---|---|
| Claim number | CT-2026-04417 |
| Line | Motor truck cargo (commercial auto) |
| Named insured | Pell Ridge Freight LLC |
| USDOT | 3318904 |
| Policy | MTC-4471902-26 (eff. 01/01/2026 - 01/01/2027) |
| Cargo limit | $250,000 per vehicle / per occurrence |
| Deductible | $5,000 per occurrence |
| Driver | Marcus Teodoro (company driver, hired 2021) |
| Tractor | Unit 214, 2022 Kenworth T680, VIN 1XKYD49X4NJ220614 |
| Trailer | 53 ft dry van, trailer no. PRF-5309, plate OH TRL 88312 |
| Shipper | Brightwater Supply Co., Dayton OH |
| Consignee | Hollis Home Centers DC #6, Lexington KY |
| Bill of lading | BOL 88-204117 |
| Commodity | Cordless power tools, 1,120 cartons, 22 pallets |
| Invoice value | $412,720.00 (1,120 cartons at $368.50) |
| Date of loss | 03/15/2026 (theft discovered 06:05) |
| Reported to carrier | 03/15/2026 08:30 by phone (dispatcher Lena Whitcomb) |
| Assigned adjuster | Dana Okafor, Senior Cargo Claims Specialist |
| Field investigator | Gil Serrano, Serrano Recovery Group |
| Police | Marisburg Police Dept., report no. 26-003871, Ofc. Kayla Brandt #4412 |
| Status | Open - awaiting sworn proof of loss and carrier's salvage accounting |

## GPS / telematics extract (device TLX-88-0172, 5-minute pings, event pings added)

Times are Eastern (EDT). Source: FleetLumen portal export pulled by Gil Serrano on 03/16/2026.

| Date | Time | Event | Latitude | Longitude | Speed (mph) | Location note |
|---|---|---|---|---|---|---|
| 03/14/2026 | 21:58:02 | Moving | 40.35102 | -83.06118 | 61 | US-23 S near Delaware |
| 03/14/2026 | 22:47:10 | Ignition off | 40.21874 | -82.99713 | 0 | Route 9 Travel Center, 1180 County Road 40, Marisburg OH |
| 03/14/2026 | 23:50:00 | Heartbeat | 40.21874 | -82.99713 | 0 | parked, geofence MRSB-TC |
| 03/15/2026 | 01:50:00 | Heartbeat | 40.21874 | -82.99713 | 0 | parked, geofence MRSB-TC |
| 03/15/2026 | 02:18:44 | Ignition on | 40.21874 | -82.99713 | 0 | no driver login on ELD |
| 03/15/2026 | 02:19:30 | Geofence exit | 40.21902 | -82.99655 | 12 | exits MRSB-TC |
| 03/15/2026 | 02:41:05 | Moving | 40.04610 | -83.05220 | 64 | I-71 S |
| 03/15/2026 | 02:58:40 | Harsh brake | 39.95517 | -83.08841 | 38 | I-270 ramp |
| 03/15/2026 | 03:07:52 | Main power disconnect | 39.91066 | -83.10390 | 22 | tracker on backup battery |
| 03/15/2026 | 03:12:15 | Last ping | 39.88930 | -83.12070 | 0 | near Grove Haven industrial area |
| 03/15/2026 | 06:05:00 | (driver) | - | - | - | driver finds tractor-trailer gone |
| 03/15/2026 | 06:12:00 | (911 call) | - | - | - | Marisburg PD dispatched |

## Recovery

| Item | Date | Time | Place | Condition |
|---|---|---|---|---|
| Tractor unit 214 | 03/17/2026 | 09:40 | 2250 Industrial Pkwy, Grove Haven OH (vacant lot) | ignition punched, tracker cut |
| Trailer PRF-5309 | 03/17/2026 | 11:25 | rear of 2250 Industrial Pkwy | seal 0448812 cut, 310 cartons left inside |

Recovered cartons: 310, undamaged, inspected by Gil Serrano on 03/18/2026 and returned to shipper.
Value of recovered cartons: $114,235.00 (310 at $368.50).
Missing cartons: 810.

## Reserve history

| Date | Reserve | Changed by | Reason |
|---|---|---|---|
| 03/16/2026 | $250,000.00 | D. Okafor | full limit pending recovery |
| 04/02/2026 | $245,000.00 | D. Okafor | limit less deductible after partial recovery reviewed |

## Expense payments

| Date | Payee | Invoice | Amount |
|---|---|---|---|
| 03/20/2026 | Serrano Recovery Group | SRG-2611 | $3,480.00 |
| 03/27/2026 | Ridgeway Towing & Storage | RT-55890 | $1,265.00 |

## Notes

- Driver states he parked at 22:47, ate in the travel center, and slept in the motel next door (room 118) rather than the sleeper because the cab heater was faulty. Motel receipt seen.
- Trailer was not fitted with a kingpin lock. Policy has an unattended vehicle condition; coverage counsel not yet asked. No reservation of rights issued as of 04/02/2026.
- Travel center CCTV requested 03/16/2026; manager Ruth Ambrose says cameras on the truck lot were not recording.
""")
    write_eml("CT-04417_dispatch_thread.eml", {
        "From": "Dana Okafor <dokafor@tallgrass-indemnity.example>",
        "To": "Lena Whitcomb <dispatch@pellridgefreight.example>",
        "Cc": "Gil Serrano <gil@serranorecovery.example>",
        "Subject": "RE: RE: Stolen unit 214 / trailer 5309 - your claim CT-2026-04417",
        "Date": "Thu, 02 Apr 2026 16:21:00 -0400",
    }, """
Lena,

Thanks. I have the BOL and the shipper's commercial invoice now. Two things still outstanding before I can
move on the payment side:

1. The sworn proof of loss (form attached to my 03/18 e-mail), signed by an officer of Pell Ridge.
2. Brightwater's credit memo for the 310 cartons that went back to them, so the recovered value is on paper.

I have reset the reserve today. Gil's invoice is paid. I'll be out 04/06 to 04/08; Priscilla Vance in our
office can take calls on this one while I'm away (ext. 4471).

Dana Okafor
Senior Cargo Claims Specialist | Tallgrass Indemnity Company
Direct 614-555-0193 | Cell 614-555-0148

> From: Lena Whitcomb <dispatch@pellridgefreight.example>
> Sent: Wednesday, April 1, 2026 11:02 AM
> Subject: RE: Stolen unit 214 / trailer 5309 - your claim CT-2026-04417
>
> Dana - attached is the BOL 88-204117 and invoice BW-7731-0309 from Brightwater
> (1,120 ctns). Marcus is back driving as of Monday. Our owner, Curtis Pell, will sign
> the proof of loss when he is back from Nashville. Also our tractor is at Ridgeway
> Towing; they want the storage bill paid before release (they say $1,265.00).
>
> Lena Whitcomb | Dispatch Supervisor | Pell Ridge Freight LLC | 937-555-0122
>
>> From: Dana Okafor
>> Sent: Wednesday, March 18, 2026 9:15 AM
>> Subject: Stolen unit 214 / trailer 5309 - your claim CT-2026-04417
>>
>> Lena, confirming our call. You reported the theft to us on 03/15 at 08:30. Our
>> investigator Gil Serrano inspected the trailer this morning at Ridgeway's yard:
>> 310 cartons still inside, no damage. The trailer seal (0448812) was cut. Please
>> send the BOL, the commercial invoice, the driver's log for 03/14-03/15 and the
>> motel receipt. Proof of loss form attached; it is due within 60 days of the loss.
""")



# ---------------------------------------------------------------- claim 2: dog bite, animal control + bills
def dog_bite() -> None:
    scan = [
        ("h1", "TOWN OF ASHBY FALLS  -  ANIMAL  CONTROL  DIVISION"),
        ("p", "BITE / ATTACK  INVESTIGATION  REPORT          Form AC-7  (rev. 2019)"),
        ("mono", """Report No.:  AC-26-0418              Date of report:  05/10/2026
Officer:  D. SUTTER     ACO Badge:  207        Unit:  AC-2
Incident date:  05/09/2026      Time (approx):  16:35      Received by dispatch:  16:58
Incident location:  318 Larkspur Lane, Ashby Falls  VT  05611   (side yard / driveway)
Claim No.: ____________   Insurer: ____________________   (for office use)

OWNER OF ANIMAL
  Name:  FAIRBROOK, GWENDOLYN A.          DOB:  __/__/____
  Address:  318 Larkspur Lane, Ashby Falls VT 05611
  Phone:  802-555-0164             Alt. phone:  ______________

ANIMAL
  Name: TUCKER    Species: CANINE    Breed: BOXER MIX    Sex: M/N    Age: 4 YRS
  Color: FAWN/WHITE    Weight (est): 70 LBS
  Town license no.:  DL-2026-0931        Rabies tag no.:  25-1187
  Rabies vacc. date:  08/14/2025         Vacc. expires:  08/14/2028
  Vaccinating vet:  DR. HELEN OKOYE, MAPLE RUN VETERINARY CLINIC
  Prior bite history:  NONE ON FILE       Microchip:  _______________

VICTIM
  Name:  MARSH, ELI     Age: 9     Parent/guardian:  RENATA MARSH
  Address:  22 Quarry Hill Road, Ashby Falls VT 05611
  Injury:  PUNCTURE WOUNDS L FOREARM (3), LACERATION L CHEEK APPROX 2.5 CM
  Medical treatment:  ASHBY FALLS REGIONAL HOSPITAL ED - transported by mother
  Witness:  PAULA DESROSIERS (neighbor, 316 Larkspur Ln)   Witness phone: ______________"""),
        ("h2", "NARRATIVE"),
        ("p", "ON 05/09/2026 AT APPROX 1635 HRS THE VICTIM, A 9 YR OLD MALE, RODE HIS BICYCLE INTO THE DRIVEWAY OF "
              "318 LARKSPUR LN TO RETRIEVE A BALL. OWNER STATES THE DOG WAS ON A 20 FT TIE-OUT IN THE SIDE YARD. "
              "THE TIE-OUT CLIP FAILED AND THE DOG REACHED THE VICTIM IN THE DRIVEWAY. VICTIM WAS BITTEN ON THE "
              "LEFT FOREARM AND KNOCKED DOWN, THEN BITTEN ON THE LEFT CHEEK. NEIGHBOR PAULA DESROSIERS PULLED THE "
              "DOG OFF BY THE COLLAR. OWNER WAS INSIDE THE HOUSE AND CAME OUT ON HEARING SCREAMS. MOTHER DROVE "
              "THE VICTIM TO ASHBY FALLS REGIONAL ED. UNDERSIGNED ARRIVED ON SCENE AT 1721 HRS."),
        ("p", "OBSERVED BROKEN SNAP CLIP ON TIE-OUT CABLE (PHOTOGRAPHED, PHOTOS 1-6). NO FENCE ON SIDE YARD. "
              "DOG CALM ON ARRIVAL, CURRENT ON RABIES PER TAG AND VET RECORD. OWNER COOPERATIVE."),
        ("h2", "DISPOSITION"),
        ("mono", """Quarantine:   [X] HOME  10 DAYS     [ ] SHELTER      Start: 05/09/2026   Release: 05/19/2026
Quarantine release exam by:  DR. H. OKOYE    on 05/19/2026  -  NORMAL, RELEASED
Citation issued:  [ ] YES  [X] NO      Citation No.: ____________
Dangerous dog hearing referred:  [X] YES  [ ] NO     Hearing date: 06/03/2026  Select Board
Hearing outcome:  ________________________________
Supervisor review:  LT. CAROL BEAUDRY   05/11/2026

Officer signature:  D. Sutter  #207             Page 1 of 1"""),
    ]
    write_pdf("ashby_falls_animal_control_AC-26-0418.pdf", scan, font="Courier", size=10)

    bills = [
        ("h", "Medical Special Damages Summary - Bodily Injury (Dog Bite)"),
        ("p", "Prepared by Corinne Abernathy, Casualty Claim Representative, Quillmark Home & Auto Insurance, "
              "from bills received through 06/12/2026. Claimant: Eli Marsh (minor), by his mother Renata Marsh."),
        ("table", [
            ["Item", "Detail"],
            ["Policy", "HO3-2209-8841 (homeowners, Form HO 00 03)"],
            ["Named insured", "Gwendolyn A. Fairbrook"],
            ["Personal liability limit", "$300,000 each occurrence"],
            ["Medical payments to others", "$5,000 each person"],
            ["Date of loss", "05/09/2026"],
            ["Reported to Quillmark", "05/11/2026 by insured (phone)"],
            ["Claimant attorney", "none retained as of 06/12/2026"],
        ]),
        ("h", "Bills received"),
        ("table", [
            ["#", "Provider", "Date of service", "Codes", "Billed", "Status"],
            ["1", "Ashby Falls Regional Hospital - Emergency Dept.", "05/09/2026", "99284, 12013, 12002, 90715",
             "$3,418.00", "received 05/28/2026"],
            ["2", "Green Mountain Pediatrics (Dr. Alana Fitch)", "05/12/2026", "99213", "$165.00", "received 06/01/2026"],
            ["3", "Samuel Reyes MD, Plastic Surgery", "05/16/2026", "99243", "$425.00", "received 06/04/2026"],
            ["4", "Green Mountain Pediatrics (suture removal)", "05/19/2026", "99212, 15851", "$180.00",
             "received 06/04/2026"],
            ["5", "Larkin Pharmacy (cephalexin, bacitracin)", "05/09/2026", "Rx 7704321", "$62.40",
             "received 06/12/2026"],
        ]),
        ("p", "Total billed to date: $4,250.40. No bill received yet from Ashby Falls Emergency Physicians "
              "(professional fee for the ED visit) - requested 06/05/2026."),
        ("h", "Future care"),
        ("p", "Dr. Reyes' consult note (05/16/2026) recommends waiting 12 months before deciding on scar revision of "
              "the left cheek; his written estimate for the revision, if done, is $6,200.00 (surgeon, facility and "
              "anesthesia). Counseling for fear of dogs suggested by pediatrician; no provider named yet."),
        ("h", "Payments and reserves"),
        ("table", [
            ["Date", "Transaction", "Amount", "By"],
            ["05/12/2026", "Reserve set - bodily injury indemnity", "$20,000.00", "C. Abernathy"],
            ["05/12/2026", "Reserve set - expense", "$2,500.00", "C. Abernathy"],
            ["06/08/2026", "Med pay paid to Ashby Falls Regional Hospital", "$3,418.00", "C. Abernathy"],
            ["06/12/2026", "Reserve change - bodily injury indemnity", "$27,500.00", "C. Abernathy"],
        ]),
        ("p", "Liability: tie-out failure, dog off the insured's property line by about 6 feet at the time of the "
              "bite (per neighbor's statement). Vermont has no dog-bite statute; negligence standard applies. "
              "Liability assessed as probable. Next step: obtain ED physician bill and photographs of the cheek "
              "at 60 days; discuss settlement structure for a minor with the parent."),
    ]
    write_docx("marsh_v_fairbrook_medical_specials.docx", bills,
               header_text="Quillmark Home & Auto - Claim HBL-0526-77310 - CONFIDENTIAL",
               footer_text="Casualty unit, Burlington office")


# ---------------------------------------------------------------- claim 3: laundromat boiler explosion
def laundromat_boiler() -> None:
    photos = "\n".join(f"{i:>2}. {t}" for i, t in enumerate([
        "Front elevation, 77 Cordova Street, showing boarded rear service door",
        "Boiler room looking north; displaced boiler jacket",
        "Cracked cast-iron section no. 4 (left of burner)",
        "Low-water cutoff float chamber, opened; sediment approx. 40% of chamber",
        "Blowdown valve, handle seized",
        "Pressure relief valve data plate (30 psi)",
        "Boiler data plate: Caldwell Thermal CTH-750, serial CT-98-44107",
        "State certificate WA-BLR-118806 posted on wall",
        "Collapsed CMU partition wall between boiler room and wash floor",
        "Ceiling tiles and grid down over washers 19-24",
        "Washers 19-24, jammed doors and bent frames",
        "Water staining on wash floor; drains clear",
        "Gas meter, shut off and tagged by utility",
        "Service log clipboard (Pacific Boiler Works tags)",
        "Rear alley; debris pile before removal",
        "Cascade Linen pick-up slip for wash-and-fold orders",
        "Replacement boiler (Rennick R-700) on delivery pallet, 03/09/2026",
        "New boiler installed, prior to inspection",
        "Rebuilt partition wall, primed",
        "Store reopened 03/18/2026, wash floor",
    ], 1))
    r = [
        ("h1", "Kettering Claims Services - Independent Adjuster's Report"),
        ("mono", """To:        Neil Frampton, Property Claim Examiner, Brannock Casualty & Surety
From:      Rosalind Kettering, AIC, Kettering Claims Services (KCS file KCS-26-0147)
Re:        Insured: Bright Tide Laundromat LLC dba Bright Tide Wash & Fold
           Claim:   EB-0093-3318-CP      Policy: CPP 6610427 (with Equipment Breakdown endorsement EB 20 14)
           Loss location: 77 Cordova Street, Port Alder, WA 98361
           Date of loss: 01/22/2026      Report type: First full report (replaces preliminary of 01/27/2026)
Date:      04/03/2026"""),
        ("h2", "1. Assignment and contact"),
        ("p", "The assignment was received by e-mail from Mr. Frampton on 01/22/2026 at 10:14. The insured's managing "
              "member, Tomas Villanueva, was contacted by phone at 11:02 the same day and the site was inspected on "
              "01/23/2026 from 08:30 to 12:15 together with Mr. Villanueva, his store manager Alicia Brandt-Ruiz, and "
              "Captain Jo Ferreira of the Port Alder Fire Department. A second inspection took place on 02/04/2026 with "
              "the boiler specialist Harlan Moyes, P.E., retained by Brannock, and a third on 03/19/2026, the day after "
              "the store reopened, to confirm completion of repairs."),
        ("h2", "2. The insured and the risk"),
        ("p", "Bright Tide is a self-service laundromat with a wash-and-fold drop-off service, open 07:00 to 22:00 seven "
              "days a week, in a single-storey masonry building of about 4,100 square feet leased from Cordova Row "
              "Properties LLC. It has 32 washers and 28 gas dryers, and employs five people (two full time). Hot water "
              "for the washers is made by a single gas-fired cast-iron boiler with an indirect storage tank in a "
              "separate boiler room at the rear. The insured bought the business in 2019; the boiler was installed by "
              "the prior owner in 1998."),
        ("h2", "3. Coverage"),
        ("p", "Policy CPP 6610427, term 07/01/2025 to 07/01/2026. Building coverage is not carried by the insured "
              "(the landlord insures the building) but the lease makes the tenant responsible for the boiler and for "
              "damage it causes to the premises; tenant improvements and betterments are insured at $85,000. Business "
              "personal property limit $240,000. Business income with extra expense, actual loss sustained, 12 months. "
              "The Equipment Breakdown endorsement applies a limit of $500,000 per accident and a combined property "
              "damage deductible of $10,000; business income under the endorsement has a 24-hour waiting period. No "
              "coinsurance applies to business income. Coverage has not been reserved; Brannock has accepted the "
              "loss as an accident to covered equipment in its letter of 02/12/2026."),
        ("h2", "4. Description of the occurrence"),
        ("p", "At about 06:52 on Thursday 01/22/2026, before opening, the attendant Luz Carrillo heard a loud report from "
              "the boiler room, followed by steam and dust in the wash area. She left the building and called 911 at "
              "06:54. Port Alder Fire Department (incident 26-000412) arrived at 07:01, shut off the gas at the meter "
              "and ventilated the building. There was no fire. Ms. Carrillo reported ringing in her ears and was seen at "
              "an urgent care clinic the same morning; that injury is being handled under the insured's workers' "
              "compensation policy with another carrier and is not part of this claim. Northwest Gas Utility red-tagged "
              "the meter at 08:20."),
        ("p", "The boiler's cast-iron section no. 4 cracked through, the jacket was thrown against the concrete-block "
              "partition wall, and that wall partially collapsed onto the wash floor. Ceiling grid and tiles came down "
              "over washers 19 to 24, all six of which were damaged beyond repair. The storage tank, piping to the "
              "washers and the dryers were not damaged."),
        ("h2", "5. Investigation and cause"),
        ("p", "The boiler is a Caldwell Thermal CTH-750, serial CT-98-44107, 750,000 BTU/h input, low-pressure hot water, "
              "relief valve set at 30 psi. Its last state inspection was on 03/11/2025 by inspector Walter Quine; "
              "certificate WA-BLR-118806 was posted and valid to 03/31/2026. The insured's maintenance contract is "
              "with Pacific Boiler Works, Inc. of Tacoma, whose technician last serviced the unit on 10/02/2025 "
              "(service ticket PBW-20931). The contract calls for quarterly service including a blowdown of the "
              "low-water cutoff."),
        ("p", "Mr. Moyes opened the low-water cutoff float chamber on 02/04/2026 and found it roughly 40% full of "
              "sediment, with the float held in the raised position. The blowdown valve handle was seized. In his "
              "opinion the water level fell during the night because of a slow leak at the storage tank connection, "
              "the cutoff did not shut the burner down, and the dry-fired section overheated and cracked when the "
              "feed valve opened and cold make-up water reached it. He describes this as a sudden and accidental "
              "breakdown. His report is dated 02/20/2026 (Moyes Engineering job 26-031)."),
        ("p", "Pacific Boiler Works' records show only two visits in 2025 (04/17/2025 and 10/02/2025), not the four "
              "visits the contract requires, and no blowdown is recorded on either ticket. See Subrogation below."),
        ("h2", "6. Property damage"),
        ("p", "Figures below are agreed with the insured's contractor, Salish Mechanical & Build, and with the supplier "
              "of the washers. All are replacement cost; the endorsement settles equipment at replacement cost when "
              "replaced."),
        ("row", "Item | Agreed amount | Notes"),
        ("row", "Replacement boiler (Rennick R-700), installed | $68,450.00 | Salish invoice SMB-4412"),
        ("row", "Partition wall, ceiling, electrical (betterments) | $23,917.50 | Salish invoice SMB-4419"),
        ("row", "Six washers, 40 lb, installed | $21,300.00 | Coinwell Equipment quote CQ-8821"),
        ("row", "Debris removal and haul-off | $2,180.00 | Alder Disposal ticket 77190"),
        ("p", "Total property damage: $115,847.50. Less deductible of $10,000.00, the net property damage claim is "
              "$105,847.50. The old boiler has no salvage value; it was scrapped by Salish for a credit of $150.00, "
              "which has been reflected in invoice SMB-4412."),
        ("h2", "7. Business income and extra expense"),
        ("p", "The store closed on 01/22/2026 and reopened on 03/18/2026 after the city's final boiler inspection on "
              "03/17/2026. The wash-and-fold service was kept going through Cascade Linen Services from 01/26/2026 at "
              "a cost to the insured of $8,640.00, which is presented as extra expense. The monthly worksheet "
              "prepared with the insured's bookkeeper, Dolores Fenwick, is attached separately (Bright Tide BI "
              "worksheet). Brannock has asked Meredith Osei, CPA, of Hartline Forensic Accounting to review it; her "
              "review was not complete on the date of this report."),
        ("h2", "8. Subrogation"),
        ("p", "There is a good prospect of recovery from Pacific Boiler Works for failing to perform the contracted "
              "quarterly service and blowdowns. The failed float chamber, the cracked section and the blowdown valve "
              "have been tagged and are held at Kettering's evidence storage in Olympia (tags KCS-E-0147-01 to -03). "
              "A notice of claim letter was sent to Pacific Boiler Works on 02/24/2026; their insurer has not yet been "
              "identified. Mr. Villanueva and the landlord have both been told not to dispose of any parts."),
        ("h2", "9. Payments, reserves and recommendations"),
        ("p", "Advance payments issued by Brannock: $40,000.00 on 02/10/2026 and $50,000.00 on 03/25/2026, both on "
              "property damage. Recommended reserves as of this report: property damage $110,000.00 (reduced from "
              "$120,000.00), business income and extra expense $75,000.00 (increased from $60,000.00 set on "
              "01/26/2026). I recommend payment of the balance of the net property damage once the final washer "
              "invoice is received, and a decision on business income once Ms. Osei's review is in."),
        ("h2", "10. Interviews"),
        ("p", "Tomas Villanueva (managing member), 01/23/2026 and 02/04/2026: he relies on Pacific Boiler Works for "
              "all boiler maintenance and did not know that only two visits had been made in 2025. He says he paid "
              "the contract price of $2,400.00 a year in full. He had noticed a small drip under the storage tank "
              "connection in early January and left a voicemail for Pacific Boiler Works on 01/09/2026; nobody came. "
              "The call appears on his phone log."),
        ("p", "Alicia Brandt-Ruiz (store manager), 01/23/2026: she checks the boiler gauges each morning at opening "
              "and saw nothing unusual on 01/21/2026. She does not perform blowdowns and was never shown how."),
        ("p", "Luz Carrillo (attendant), by phone 01/28/2026: she arrived at 06:40 to prepare wash-and-fold orders, "
              "heard the boiler 'rumbling' for a minute or two, then the report. She confirms the times given above."),
        ("p", "Dale Whitford (service manager, Pacific Boiler Works), by phone 02/24/2026: he declined to discuss the "
              "service history and referred us to the company's owner, who has not returned calls."),
        ("h2", "11. Chronology"),
        ("mono", """01/09/2026        insured leaves voicemail for Pacific Boiler Works about tank drip
01/22/2026 06:52  boiler section fails; attendant calls 911 at 06:54
01/22/2026 07:01  Port Alder FD on scene; gas shut at meter
01/22/2026 08:20  utility red-tags meter
01/22/2026 10:14  assignment received by KCS
01/23/2026        first inspection; photos 1-16
01/26/2026        Cascade Linen wash-and-fold arrangement begins; reserves set
01/27/2026        preliminary report
02/04/2026        second inspection with H. Moyes, P.E.
02/10/2026        first advance $40,000.00
02/12/2026        Brannock coverage letter (accident to covered equipment)
02/20/2026        Moyes Engineering report
02/24/2026        notice of claim to Pacific Boiler Works
03/09/2026        replacement boiler delivered
03/17/2026        city final boiler inspection passed
03/18/2026        store reopens
03/19/2026        third inspection
03/25/2026        second advance $50,000.00"""),
        ("h2", "12. Photograph log (photos taken 01/23/2026 unless noted)"),
        ("mono", photos),
        ("h2", "13. Attachments"),
        ("p", "A. Preliminary report of 01/27/2026. B. Moyes Engineering report of 02/20/2026. C. Salish invoices "
              "SMB-4412 and SMB-4419. D. Coinwell quote CQ-8821. E. Port Alder FD incident 26-000412. F. Pacific "
              "Boiler Works tickets PBW-18877 and PBW-20931. G. Notice of claim to Pacific Boiler Works. H. Business "
              "income worksheet (separate file). I. Lease excerpt, section 9 (repairs and equipment)."),
        ("h2", "14. Limitations"),
        ("p", "This report is based on our inspections, the documents listed and interviews with the people named. "
              "It is made for the use of Brannock Casualty & Surety in adjusting this claim. Coverage decisions are "
              "the carrier's. Amounts are subject to the carrier's review and to the terms of the policy. We will "
              "report again in 30 days or when the forensic accountant's review is complete, whichever is sooner."),
        ("p", "Respectfully submitted,  Rosalind Kettering, AIC  -  Kettering Claims Services, Olympia WA  -  "
              "360-555-0187  -  rk@ketteringclaims.example"),
    ]
    write_pdf("bright_tide_IA_report_KCS-26-0147.pdf", r,
              header_text="Kettering Claims Services  |  EB-0093-3318-CP  |  Bright Tide Laundromat LLC",
              footer_text="KCS-26-0147 first full report")

    ws = [
        ("h", "Business Income Worksheet - Bright Tide Laundromat LLC"),
        ("p", "Prepared 03/30/2026 by Dolores Fenwick (bookkeeper) with Rosalind Kettering (IA). Figures are net sales "
              "from the POS system and card processor. Projection = same month of prior year plus 4.0% trend "
              "(average growth Jan-Dec 2025 over 2024)."),
        ("table", [
            ["Month", "Prior-year sales", "Projected sales", "Actual sales", "Lost sales", "Saved expenses",
             "Net income loss"],
            ["January 2026 (closed from 22nd)", "$41,260.00", "$42,910.40", "$26,118.00", "$16,792.40", "$2,310.00",
             "$14,482.40"],
            ["February 2026 (closed all month)", "$38,905.00", "$40,461.20", "$3,940.00", "$36,521.20", "$5,880.00",
             "$30,641.20"],
            ["March 2026 (reopened 18th)", "$44,110.00", "$45,874.40", "$24,507.00", "$21,367.40", "$3,105.00",
             "$18,262.40"],
            ["Totals", "$124,275.00", "$129,246.00", "$54,565.00", "$74,681.00", "$11,295.00", "$63,386.00"],
        ]),
        ("p", "February actual sales are wash-and-fold orders fulfilled through Cascade Linen Services."),
        ("h", "Adjustments"),
        ("table", [
            ["Line", "Amount"],
            ["Net income loss, Jan-Mar 2026", "$63,386.00"],
            ["Less 24-hour waiting period (one day of net loss)", "$1,012.00"],
            ["Business income claimed", "$62,374.00"],
            ["Extra expense - Cascade Linen Services (invoices CLS-301 to CLS-309)", "$8,640.00"],
            ["Extra expense - temporary signage and mailer", "$415.00"],
            ["Total BI and EE claimed", "$71,429.00"],
        ]),
        ("h", "Continuing expenses (included in net income loss, not claimed separately)"),
        ("table", [
            ["Expense", "Monthly amount", "Comment"],
            ["Rent - Cordova Row Properties LLC", "$6,800.00", "lease requires rent to continue"],
            ["Payroll - two full-time employees kept on", "$7,420.00", "three part-time staff laid off 01/23/2026"],
            ["Equipment loan - Coinwell Finance", "$2,950.00", "due on the 5th"],
            ["Insurance and licences", "$1,180.00", ""],
        ]),
        ("h", "Prior-year reference (not part of the period of restoration)"),
        ("table", [
            ["Month", "2024 sales", "2025 sales"],
            ["April", "$40,985.00", "$42,870.00"],
            ["May", "$42,340.00", "$43,915.00"],
            ["December", "$39,770.00", "$41,402.00"],
        ]),
        ("p", "Open items: Hartline Forensic Accounting (Meredith Osei, CPA) review pending; saved-expense figure for "
              "utilities to be confirmed against gas bills; store reopened 03/18/2026, so no April loss is claimed."),
    ]
    write_docx("bright_tide_BI_worksheet.docx", ws,
               header_text="Brannock Casualty & Surety   Claim EB-0093-3318-CP   Equipment Breakdown - BI/EE",
               footer_text="Worksheet v2 - supersedes v1 of 02/27/2026")


# ---------------------------------------------------------------- claim 4: trucking accident, ELD log
def trucking_eld() -> None:
    write_text("halvorsen_unit7712_ELD_export.txt", """
ROADLEDGER ELD v4.2 -- RECORD OF DUTY STATUS EXPORT (49 CFR 395.8 / 395 Subpart B)
Export requested by: Karen Lindholm, Safety Director, Halvorsen Transport Inc.  Exported 02/12/2026 08:03 CST
Forwarded to insurer 02/13/2026 -- Redfern National Insurance, claim TRK/26/70815 (adjuster M. Ferraro)

Carrier: HALVORSEN TRANSPORT INC   USDOT 2870551   Main office: 4100 Elk Creek Rd, Grand Island NE 68803
Driver: BANKOLE, OLUFEMI  (driver ID HT-0447)   CDL: NE H44718026 class A   Co-driver: none
Time zone basis: Central (CST)   24-hour period start: 00:00
Tractor: unit 7712, 2021 Freightliner Cascadia, VIN 3AKJHHDR5MSML4471   ELD serial RL-42-009913
Trailer: 8840 (53 ft reefer)   Shipping doc: HT-LD-260211-03 (frozen poultry, 41,800 lb)

----- 02/10/2026 (last entries) -----
LINE  STATUS        START    END      DUR     LOCATION                              ODOMETER  NOTE
 17   DRIVING       15:02    18:48    3:46    I-80 WB -> Grand Island NE             412,904
 18   ON DUTY (ND)  18:48    19:10    0:22    Halvorsen yard, Grand Island NE        413,121  post-trip
 19   OFF DUTY      19:10    --       --      Halvorsen yard, Grand Island NE        413,121

----- 02/11/2026 -----
LINE  STATUS        START    END      DUR     LOCATION                              ODOMETER  NOTE
 01   OFF DUTY      00:00    04:30    4:30    Halvorsen yard, Grand Island NE        413,121  (cont.)
 02   ON DUTY (ND)  04:30    05:00    0:30    Halvorsen yard, Grand Island NE        413,121  pre-trip DVIR
 03   DRIVING       05:00    09:45    4:45    I-80 WB                                413,121
 04   OFF DUTY      09:45    10:15    0:30    Sandhill Truck Plaza, North Platte NE   413,402  30-min break
 05   ON DUTY (ND)  10:15    10:25    0:10    Sandhill Truck Plaza, North Platte NE   413,402  fuel 148.2 gal
 06   DRIVING       10:25    14:26    4:01    I-80 WB                                413,402
 07   ON DUTY (ND)  14:26    17:55    3:29    I-80 WB MM 213, Buffalo Co. NE          413,640  ACCIDENT - see notes
 08   OFF DUTY      17:55    24:00    6:05    Kearney NE (hotel)                     413,640

Totals 02/11/2026:  DRIVING 8:46   ON DUTY (ND) 4:09   OFF DUTY 11:05   SLEEPER 0:00   (sum 24:00)
Cycle: 70-hour/8-day   Hours used incl. 02/11: 58:15   Available 02/12: 11:45

ENGINE / ECM EVENTS 02/11/2026
  14:25:52  speed 63 mph   cruise ON   following distance alert (Bendix)
  14:26:01  hard brake event   speed 58 mph -> 9 mph in 4.1 s
  14:26:06  vehicle stopped   GPS 40.6912 N, 99.0864 W
  14:31:40  engine off

UNIDENTIFIED DRIVING: none on this vehicle 02/09-02/12.
MALFUNCTION / DATA DIAGNOSTIC: power data diagnostic 02/10/2026 11:12 (cleared 11:14).

EDIT HISTORY
  02/12/2026 07:41  Proposed by carrier (K. Lindholm): line 02 start 04:30 -> 05:30, line 01 end 04:30 -> 05:30
                    reason entered: "driver says he was in sleeper at yard, not on duty"
  02/12/2026 07:58  Driver response: REJECTED (O. Bankole)  -- record stands as originally logged

CARRIER NOTES (K. Lindholm, 02/12/2026)
- Accident 02/11/2026 at 14:26 CST, I-80 westbound near mile marker 213, Buffalo County NE. Unit 7712
  struck the rear of a 2019 Subaru Outback (NE plate SXR 441) slowed for a work zone lane closure.
- Subaru driver Janet Kowalczyk and passenger Harold Kowalczyk transported by Buffalo County EMS to
  Platte Valley Medical Center, Kearney. Our driver not injured.
- Nebraska State Patrol on scene: Trooper Alan Vickery, badge 318, case no. 26-NSP-04418. Driver cited
  for following too closely (citation NE-2026-771045). Post-accident drug and alcohol test collected
  at 16:40 at Kearney Occupational Health; alcohol 0.000, drug panel negative (MRO result 02/14/2026).
- Tow: Two Rivers Wrecker Service, Kearney, tow ticket 5512 (tractor drivable; Subaru towed).
- Load transferred to unit 7730 on 02/12/2026; receiver Mesa Cold Storage, Ogden UT, no cargo claim.
- Prior off-duty period before the 02/11 shift was short of 10 hours (19:10 to 04:30). Driver
  retraining scheduled 02/18/2026. Do not send this note outside the company without counsel's OK.

INSURER NOTES (added by Redfern National, M. Ferraro)
  02/13/2026  Claim set up. Auto liability policy CAL 5528130, $1,000,000 CSL. Rsv BI $150,000 / PD $18,000.
  02/20/2026  Kowalczyk PD: Subaru a total loss, ACV agreed $24,650.00 less salvage retained by owner $3,100.00.
  03/02/2026  Atty letter rec'd (Corbin & Leitch, Omaha) for Janet K.: cervical fusion scheduled 03/19/2026.
              BI rsv increased to $400,000. Excess/umbrella carrier notified same day (Stonebridge Excess).
  03/05/2026  Harold K. BI: soft tissue, treating with chiropractor, specials to date $2,870.00.
""")


# ---------------------------------------------------------------- claim 5: jewelry floater, e-mail thread
def jewelry_floater() -> None:
    schedule = """
PERSONAL ARTICLES FLOATER - SCHEDULE OF ARTICLES (extract)
Insurer: Linwood Fidelity Insurance Co.   Policy PAF-30-5571186   Term 09/01/2025 - 09/01/2026
Insured: Priya Vandermeer, 12 Halden Court, Brookmere NJ 07418
Deductible: none (scheduled jewelry)      Coverage: all risks incl. mysterious disappearance

Item  Description                                                   Appraiser / date             Scheduled amount
J-1   Platinum solitaire ring, round brilliant 1.52 ct, G/VS2        Bianchi Fine Jewelers 06/02/2023   $18,400.00
J-2   18k yellow gold tennis bracelet, 44 diamonds 3.10 ctw          Bianchi Fine Jewelers 06/02/2023    $7,250.00
J-3   Stainless automatic wristwatch, Laurent Meridian 41 mm         Kessler & Daughters 11/15/2024     $5,900.00
J-4   Akoya pearl strand, 18 in, 7-7.5 mm, 14k clasp                 Kessler & Daughters 11/15/2024     $2,150.00
                                                                     Total scheduled                    $33,700.00
Appraiser for J-1 and J-2: Aurelio Bianchi, GIA Graduate Gemologist, appraisal nos. BFJ-23-0611 and BFJ-23-0612.
"""
    write_eml("vandermeer_floater_thread.eml", {
        "From": "Theo Marchetti <tmarchetti@linwoodfidelity.example>",
        "To": "Priya Vandermeer <priya.vandermeer@mailbox.example>",
        "Cc": "Sheila Tran <stran@tranagency.example>",
        "Subject": "RE: RE: RE: Stolen ring and bracelet - claim PJ 2026/118204",
        "Date": "Mon, 13 Jul 2026 10:47:00 -0400",
    }, """
Good morning Ms. Vandermeer,

Thank you for the replacement quotes. Under the floater we pay the least of the scheduled amount, the cost
to repair, or the cost to replace with like kind and quality. Using the quotes you sent from Ravel & Stone:

  J-1 ring: replacement quote $19,850.00, scheduled amount $18,400.00 -> we pay $18,400.00
  J-2 bracelet: replacement quote $6,980.00, scheduled amount $7,250.00 -> we pay $6,980.00

That is $25,380.00 in total, with no deductible. You may instead choose replacement through our jewelry
replacement vendor, Castellan Jewelry Services, in which case the ring could be replaced with no cost to you
up to the scheduled amount. Please tell me which you prefer and I will issue the check or the replacement
order. The recorded statement is complete and the police report (Brookmere PD case 26-11873) is in the file.

Please note your 2025 update appraisal of the ring ($21,300.00, Bianchi, 10/09/2025) was never sent to us or
to your agent, so the schedule still shows $18,400.00. Sheila can help you update the schedule on the
watch and pearls if you want to review those too.

Theo Marchetti
Personal Lines Property Adjuster, Linwood Fidelity Insurance Co.
Phone 973-555-0116 | Fax 973-555-0190

-----Original Message-----
From: Priya Vandermeer
Sent: Thursday, July 9, 2026 8:12 PM
Subject: RE: RE: Stolen ring and bracelet - claim PJ 2026/118204

Theo, here are the two quotes from Ravel & Stone in Montclair (quote RS-4471 for the ring, RS-4472 for the
bracelet). I still think the ring is worth more than what's on the schedule - I had it re-appraised last
fall. The watch and pearls were in the safe and were not taken.

Priya

-----Original Message-----
From: Theo Marchetti
Sent: Monday, June 22, 2026 2:30 PM
Subject: RE: Stolen ring and bracelet - claim PJ 2026/118204

Ms. Vandermeer, I have set up your claim, PJ 2026/118204, for items J-1 and J-2 on your floater. I'll need
(1) a copy of the police report, (2) a recorded statement (I can do it by phone this week), and (3) two
replacement quotes for each item. Our field investigator, Ramon Ochoa, will call you to see the house.

-----Original Message-----
From: Priya Vandermeer
Sent: Saturday, June 20, 2026 9:05 AM
Subject: Stolen ring and bracelet

Hello - my agent Sheila Tran said to write to you. Our house was broken into on Thursday June 18. We got
home at about 7:40 pm and found the back slider forced and our bedroom dresser emptied. My engagement ring
and my tennis bracelet were on the dresser in a dish (I had taken them off to garden). The police came at
8:25 pm, Officer Denise Galloway, badge 2207. I reported it to Sheila the next morning (June 19).
""", attachments=[("PAF-30-5571186_schedule.txt", schedule)])



# ---------------------------------------------------------------- claim 6: cyber ransomware, negotiator log
def cyber_ransomware() -> None:
    write_text("northmarch_ransomware_negotiation_log.md", """
# Northmarch Title & Escrow, Inc. - Ransomware Event

**Carrier:** Ellsworth Specialty Insurance Co. - Cyber & Technology Claims
**Carrier claim no.:** CY-3390-2026-R
**Policy:** ECY 1049937 (claims-made, period 05/01/2026 - 05/01/2027)
**Claims professional:** Yvette Larsson, Cyber Claims Manager
**Breach coach:** Daniel Haverly, Haverly Pruitt LLP (privileged - prepared at the direction of counsel)
**Negotiator:** Sofia Brennan, Ardent Threat Response (engagement ATR-26-0388)
**Forensics:** Cinderpoint Forensics (case CPF-7715), lead examiner Raj Malhotra
**Insured contact:** Evelyn Strand, Chief Operating Officer, 612-555-0175

## Coverage snapshot

| Coverage part | Limit | Retention |
|---|---|---|
| Policy aggregate | $1,000,000 | - |
| Cyber extortion (sublimit) | $500,000 | shared $25,000 retention |
| Incident response / forensics | $1,000,000 (within aggregate) | shared $25,000 retention |
| Business interruption | $250,000 | 10-hour waiting period |
| Regulatory / PCI | $250,000 | - |

## Negotiation log (all times Central; prepared by S. Brennan)

| # | Date | Time | From | Entry |
|---|---|---|---|---|
| 1 | 08/03/2026 | 07:15 | Insured | IT manager Colin Ferris finds file server and closing system encrypted; ransom note "GLASSWING" on desktops |
| 2 | 08/03/2026 | 08:02 | Insured | Hotline call to Ellsworth; claim opened; Haverly Pruitt assigned |
| 3 | 08/03/2026 | 10:30 | Ardent | Engaged by counsel; portal credentials from note tested |
| 4 | 08/03/2026 | 11:40 | Threat actor | Initial demand **$1,800,000**, payable in BTC within 72 hours; claims 212 GB exfiltrated |
| 5 | 08/03/2026 | 15:10 | Ardent | Proof-of-life requested; two sample files decrypted by TA |
| 6 | 08/04/2026 | 09:05 | Ardent | Counter-offer $150,000 (authority from insured and carrier) |
| 7 | 08/04/2026 | 21:48 | Threat actor | Reduces to $1,200,000; threatens leak site posting 08/06 |
| 8 | 08/05/2026 | 13:20 | Ardent | Counter $240,000; OFAC screening of wallet by Ardent - no SDN match |
| 9 | 08/05/2026 | 23:55 | Threat actor | Reduces to $950,000 |
| 10 | 08/06/2026 | 10:15 | Ardent | Counter $310,000; backups confirmed unusable by Cinderpoint (immutable copy 41 days old) |
| 11 | 08/06/2026 | 18:30 | Threat actor | Reduces to $520,000, "final" |
| 12 | 08/07/2026 | 16:20 | Both | Agreed at **$385,000**, including deletion proof of exfiltrated data |
| 13 | 08/08/2026 | 10:02 | Ardent | Payment sent: 6.4172 BTC to wallet bc1q...7hz4 (tx hash on file); insured funded through Ellsworth |
| 14 | 08/08/2026 | 13:47 | Threat actor | Decryptor delivered; tested on isolated host by Cinderpoint |
| 15 | 08/09/2026 | 06:30 | Insured | Closing system back online; title searches resumed |
| 16 | 08/12/2026 | 17:00 | Cinderpoint | Deletion "proof" video received; no posting on leak site as of this date |

## Invoices received (as of 09/04/2026)

| Vendor | Invoice | Date | Amount | Status |
|---|---|---|---|---|
| Ardent Threat Response | ATR-INV-2231 | 08/20/2026 | $48,600.00 | approved |
| Cinderpoint Forensics | CPF-7715-01 | 08/28/2026 | $112,400.00 | under review (rate audit) |
| Haverly Pruitt LLP | HP-26-5519 | 08/31/2026 | $36,750.00 | approved |
| Beacon Notify LLC (mailing/call center) | - | - | quote only, $22,900.00 | not yet engaged |

## Extortion payment

| Item | Amount |
|---|---|
| Agreed ransom (USD) | $385,000.00 |
| BTC sent | 6.4172 BTC |
| Exchange/facilitation fee (Ardent) | $3,850.00 |

## Reserves

| Date | Reserve | Note |
|---|---|---|
| 08/03/2026 | $250,000.00 | initial, incident response |
| 08/07/2026 | $700,000.00 | extortion agreed plus vendors |
| 09/04/2026 | $600,000.00 | after invoice review |

## Open items
- Business interruption: Northmarch lost about four business days of closings; proof of loss not received.
- Notification: counsel still deciding whether notice is owed in MN and WI; count of affected individuals unknown.
- Cinderpoint rate audit: carrier panel rate is $395/hour; invoice billed some hours at $450.
""")


# ---------------------------------------------------------------- claim 7: surveying E&O demand letter
def surveying_claim() -> None:
    blocks = [
        ("p", "CASTELLANOS RUIZ PLLC\nAttorneys at Law\n2200 Magnolia Avenue, Suite 410, Cedar Fork, TN 37129\n"
              "Telephone 615-555-0142"),
        ("mono", "RECEIVED 09/18/2026  -  MERIDALE PROFESSIONAL LIABILITY  -  CLAIM SV-PL-40318  -  H. NGUYEN"),
        ("p", "September 15, 2026"),
        ("p", "VIA CERTIFIED MAIL AND E-MAIL\nNathan Carrow, PLS\nCarrow & Pike Land Surveying, PLLC\n"
              "88 Depot Street, Cedar Fork, TN 37130"),
        ("p", "Re:  Delphine and Marco Ashgrove - Lot 14, Juniper Hollow Subdivision, Phase II\n"
              "      Boundary survey job no. CP-24-0391, survey dated April 12, 2024\n"
              "      NOTICE OF CLAIM AND DEMAND"),
        ("p", "Dear Mr. Carrow:"),
        ("p", "This firm represents Delphine and Marco Ashgrove, who purchased Lot 14 of Juniper Hollow Subdivision, "
              "Phase II (1407 Juniper Hollow Lane) in May 2024. Before closing, they retained Carrow & Pike Land "
              "Surveying, PLLC to perform a boundary survey. Your firm's plat, sealed by you as surveyor of record "
              "(Tennessee license no. 21877) and dated April 12, 2024, showed the east line of Lot 14 running along "
              "an iron pin found at the northeast corner and a new 5/8-inch rebar with cap 'CP 21877' set at the "
              "southeast corner."),
        ("p", "Relying on that plat and the corner markers, the Ashgroves built a detached two-car garage in the spring "
              "of 2025, set back 5 feet from what your plat showed as the east line. The garage was completed on "
              "June 27, 2025 at a cost of $61,880.00 (Timberline Builders contract TB-2025-044)."),
        ("p", "In June 2026 the adjoining owner, Walter Brisco (Lot 15), had his lot surveyed by Ledgestone Surveying "
              "Co. in connection with a refinance. Ledgestone found that the rebar your firm set at the southeast "
              "corner of Lot 14 is 11.4 feet east of the true corner, apparently because the field crew tied into a "
              "disturbed pin on Lot 16 rather than the recorded monument. The result is that the Ashgroves' garage "
              "sits 6.8 feet over the true line onto Mr. Brisco's lot. The Ashgroves commissioned their own retracement "
              "by Ledgestone (job LS-26-1187, dated July 30, 2026), which confirmed the error. Ledgestone's surveyor, "
              "Anita Kowal, PLS, is prepared to testify to these findings."),
        ("p", "Mr. Brisco, through his counsel Gordon Fairweather, has demanded either removal of the encroachment or "
              "payment for a permanent easement. He has offered to grant the easement for $18,500.00 if the matter is "
              "settled by November 30, 2026. Otherwise the garage must be moved. Timberline Builders has estimated "
              "relocation of the garage at $74,300.00 (estimate dated August 19, 2026)."),
        ("p", "Your firm's survey fell below the standard of care required of land surveyors in Tennessee, including "
              "the standards of practice in Tenn. Comp. R. & Regs. 0820-03, and breached your contract with our clients. "
              "Our clients' damages to date are as follows:"),
        ("row", "Item | Amount"),
        ("row", "Easement payment demanded by adjoining owner | $18,500.00"),
        ("row", "Retracement survey, Ledgestone Surveying (LS-26-1187) | $2,150.00"),
        ("row", "Attorney fees to date (through 09/14/2026) | $9,840.00"),
        ("row", "Title insurance claim - denied (survey exception), no amount | -"),
        ("p", "If Mr. Brisco's easement offer is not accepted in time, the relocation cost of $74,300.00 will replace "
              "the easement figure above. Our clients also claim loss of use of the garage and the diminished value "
              "of Lot 14, which they will prove at trial if necessary."),
        ("p", "DEMAND. Our clients will resolve all claims against Carrow & Pike Land Surveying, PLLC and you "
              "personally for $30,490.00, being the easement payment, the retracement survey and attorney fees to "
              "date, provided payment is received by October 30, 2026 so that the easement can be completed before "
              "Mr. Brisco's deadline. Please forward this letter to your professional liability insurer immediately. "
              "If we do not receive a response within 30 days of the date of this letter, we will file suit in the "
              "Chancery Court for Rutherford County without further notice."),
        ("p", "Please preserve all field notes, data collector files, control sheets, crew time records and "
              "correspondence for job CP-24-0391, including the notes of the party chief, whom we understand to be "
              "Trevor Lund."),
        ("p", "Very truly yours,\n\nFiona Castellanos\nCastellanos Ruiz PLLC\nfcastellanos@castellanosruiz.example"),
        ("p", "cc:  Delphine and Marco Ashgrove\n       Gordon Fairweather, Esq. (counsel for Walter Brisco)"),
        ("h2", "Enclosures"),
        ("p", "1. Carrow & Pike plat, job CP-24-0391 (04/12/2024).  2. Ledgestone retracement LS-26-1187 (07/30/2026).  "
              "3. Timberline relocation estimate (08/19/2026).  4. Letter of Gordon Fairweather (08/25/2026).  "
              "5. Fee statement, Castellanos Ruiz PLLC."),
        ("h2", "MERIDALE PROFESSIONAL LIABILITY - claim intake slip (attached on receipt)"),
        ("mono", """Claim no.:          SV-PL-40318
Insured:            Carrow & Pike Land Surveying, PLLC
Policy:             PLS-7730412   (claims-made, retro date 03/01/2011)
Policy period:      03/01/2026 - 03/01/2027
Limits:             $1,000,000 each claim / $2,000,000 aggregate
Deductible:         $10,000 each claim (applies to damages and claim expenses)
Reported by:        Nathan Carrow, by e-mail, 09/18/2026 09:12
Claims specialist:  Howard Nguyen
Defense counsel:    ____________________ (to be assigned)
Reserve - indemnity: ______________      Reserve - expense: ______________
Coverage notes:     first notice of this matter; no prior knowledge indicated on the 2026 application"""),
    ]
    write_pdf("ashgrove_demand_letter_SV-PL-40318.pdf", blocks, font="Times", size=11.5)


# ---------------------------------------------------------------- claim 8: church roof collapse, engineer letter
def church_collapse() -> None:
    blocks = [
        ("h1", "HOLLOWAY STRUCTURAL GROUP, LLC"),
        ("p", "Structural Engineering - Forensic Investigations\n315 Foundry Lane, Suite 2, Marlow Ridge, MI 49321 - "
              "616-555-0159"),
        ("p", "March 6, 2026"),
        ("p", "Ms. Lorraine Duchesne\nProperty Claims Representative\nCovenant Shield Mutual Insurance Company\n"
              "1100 Harbor Point Drive, Grand Haven, MI 49417"),
        ("p", "Re:  Fellowship hall roof collapse\n       Insured: St. Brendan's Community Church (a Michigan nonprofit "
              "corporation)\n       Location: 540 Elmhurst Road, Marlow Ridge, MI 49321\n       Your claim no.: "
              "CHR 26 00819    Policy: NPP-3371-0226\n       Our project no.: HSG-26-114"),
        ("p", "Dear Ms. Duchesne:"),
        ("p", "As you requested on February 18, 2026, Holloway Structural Group, LLC investigated the partial roof "
              "collapse over the fellowship hall of St. Brendan's Community Church. This letter gives our "
              "observations, analysis and opinions about the cause of the collapse, the condition of the remaining "
              "roof framing, and the scope of repair we consider necessary. It was prepared by the undersigned and "
              "reviewed by our senior engineer Oskar Lindgren, P.E."),
        ("h2", "1. Background"),
        ("p", "The church consists of a 1928 brick sanctuary and a one-storey fellowship hall added in 1962 on the "
              "north side. The fellowship hall measures about 64 feet by 96 feet and is roofed with site-built wood "
              "trusses spanning 64 feet east to west at 24 inches on center, sheathed with 1x8 board decking and covered "
              "with a ballasted EPDM membrane installed in 2009. The roof is nearly flat (about 1/4 inch per foot). A "
              "parapet about 3 feet 6 inches high runs along the north and west sides, and the sanctuary wall rises about "
              "18 feet above the fellowship hall roof along its south edge. The hall is used for meals, a weekday food "
              "pantry and a licensed preschool (Little Lambs Preschool), which was closed for the day of the collapse."),
        ("p", "The sexton, Gerald Finch, told us that he heard nothing during the night and found the collapse when he "
              "unlocked the building at about 06:10 on Wednesday, February 18, 2026. A neighbor, Mrs. Irene Haskell, "
              "told him she heard a 'long crack and a thump' at about 05:30. The pastor, the Rev. Dr. Simone Achterberg, "
              "reported the loss to the church's agent, Kestrel Insurance Agency, at 07:45 the same morning."),
        ("h2", "2. Site visits"),
        ("p", "We visited the site on February 19, 2026 (10:00 to 15:30), with Ms. Duchesne, Mr. Finch and the church's "
              "building committee chair, Arnold Vess, and again on February 24, 2026 (08:00 to 12:30), after emergency "
              "shoring had been installed by Stillwater Restoration, to examine the truss connections from a lift. We "
              "also took snow samples from undisturbed areas of the roof and measured drift depths on February 19."),
        ("h2", "3. Weather data"),
        ("p", "We obtained National Weather Service cooperative observer data for the Marlow Ridge station (COOP "
              "ID 204417, 2.1 miles from the site). A lake-effect event followed by a synoptic storm produced the "
              "following daily snowfall:"),
        ("row", "Date | Snowfall (in) | Liquid equivalent (in) | Note"),
        ("row", "02/14/2026 | 2.0 | 0.14 | light, before the event"),
        ("row", "02/16/2026 | 9.5 | 0.71 | lake-effect bands"),
        ("row", "02/17/2026 | 14.0 | 1.46 | synoptic storm, NW winds 25-35 mph"),
        ("row", "02/18/2026 | 3.5 | 0.42 | freezing drizzle after 02:00"),
        ("p", "The snow depth on the ground at the station on the morning of February 18 was 29 inches, the largest "
              "recorded there since 2014. Northwest winds during the storm of February 17 moved snow off the open "
              "roof area and deposited it against the sanctuary wall and the parapets, and the freezing drizzle early "
              "on February 18 added ice and water weight to a snowpack that had no way to drain."),
        ("h2", "4. Snow load measurements"),
        ("p", "On February 19 we cut eight cores from the remaining roof snow and weighed them. On the open part of "
              "the roof away from walls the measured load was 41 pounds per square foot (psf). Along the south side, "
              "against the sanctuary wall, drifts were 5 feet 2 inches deep and the measured load reached 58 psf. The "
              "collapse area lies in that drift zone. The 1962 drawings (architect Harmon & Webb, sheet S-2) give a "
              "design roof snow load of 30 psf with no allowance for drifting; the current Michigan building code "
              "would require a flat-roof snow load of 35 psf at this site plus a drift surcharge at the sanctuary "
              "wall."),
        ("h2", "5. Description of the collapse"),
        ("p", "Nine trusses, numbered T-5 through T-13 from the east end, failed over a length of about 18 feet "
              "along the south side of the hall. In each case the failure began at the bottom chord splice near "
              "mid-span, where the 1962 builder joined the bottom chord with 3/8-inch plywood gusset plates nailed "
              "with 8d common nails. Trusses T-7 and T-8 show the classic sequence: the splice nails withdrew, the "
              "bottom chord separated, and the top chord then buckled and fell. Decking and membrane followed the "
              "trusses down onto the tables and the kitchen pass-through. Nobody was in the building."),
        ("p", "Trusses T-1 to T-4 and T-14 to T-48 remain standing. Of these, T-4 and T-14, next to the failed area, "
              "have visibly deflected bottom chords (measured sag of 2-3/4 inches and 2-1/8 inches) and cracked "
              "gussets, and must be treated as damaged. The other standing trusses showed no distress. We found old "
              "water staining at four trusses near the roof drains, but no decay that reduced the section of the "
              "members; moisture readings were between 11 and 14 percent."),
        ("h2", "6. Analysis"),
        ("p", "We modelled a typical truss with its as-built members and connections. Under the 30 psf design load "
              "the bottom chord splice is at 88 percent of its nail capacity, which is consistent with the roof "
              "having performed for 63 years. Under the measured drift load of 58 psf the demand at the splice is "
              "about 170 percent of capacity; under the open-roof load of 41 psf it is about 120 percent. The "
              "splices would therefore be expected to fail under the drift loads present on February 18, and they "
              "did. The gusset detail is light by modern standards, but it met the practice of its time and had not "
              "deteriorated; it was not the cause of the collapse, though it did make the roof less tolerant of an "
              "unusual load."),
        ("p", "We considered and rejected three other explanations: (a) decay or water damage - ruled out by the "
              "moisture readings and the condition of the failed members; (b) a prior alteration - the church's "
              "records and the members themselves show no changes to the trusses since 1962, apart from the roof "
              "drain relocation by Brightline Roofing in 2009, which did not involve the structure; (c) ponding from "
              "blocked drains - two of the three roof drains were open when inspected, and the third was under the "
              "debris."),
        ("h2", "7. Opinions"),
        ("p", "Based on our observations, measurements and analysis, and to a reasonable degree of engineering "
              "certainty, it is our opinion that:"),
        ("p", "(1) The partial collapse of the fellowship hall roof on the morning of February 18, 2026 was caused by "
              "the weight of snow and ice, concentrated by wind drifting against the sanctuary wall, which exceeded "
              "the capacity of the bottom chord splices of trusses T-5 to T-13."),
        ("p", "(2) The measured snow loads (41 psf open roof, 58 psf in the drift) exceeded the original design load "
              "of 30 psf. The snowfall of February 16-18 was an unusual event for this location."),
        ("p", "(3) Wear and tear, decay, or defective workmanship did not cause the collapse."),
        ("p", "(4) Trusses T-4 and T-14 were damaged in the event and must be replaced, for a total of eleven "
              "trusses. The remaining trusses may stay in service once the splices are reinforced as described in "
              "section 8, which the building official will require because the repair exceeds the local threshold "
              "for structural alteration."),
        ("h2", "8. Recommended repairs and opinion of probable cost"),
        ("p", "We recommend replacing trusses T-4 to T-14 with engineered trusses designed for the current code snow "
              "and drift loads; reinforcing the bottom chord splices of the remaining 37 trusses with steel side "
              "plates; replacing the decking and membrane over the damaged area and for 8 feet beyond; and restoring "
              "the interior finishes, lighting and sprinkler branch lines in the hall. Emergency shoring by "
              "Stillwater Restoration must stay in place until the new trusses are set."),
        ("row", "Item | Opinion of probable cost"),
        ("row", "Emergency shoring and debris removal (Stillwater) | $18,600.00"),
        ("row", "Eleven replacement trusses, installed | $96,200.00"),
        ("row", "Splice reinforcement, 37 trusses | $27,380.00"),
        ("row", "Decking and EPDM membrane | $61,450.00"),
        ("row", "Interior finishes, lighting, sprinkler branch lines | $44,900.00"),
        ("row", "Engineering, permit drawings and inspections | $12,750.00"),
        ("p", "Our opinion of probable cost is not a contractor's bid. The splice reinforcement of the undamaged "
              "trusses and the upgrade of the replacement trusses to current loads are code-required items; we "
              "list them so you can assess them under the policy's ordinance or law provisions."),
        ("h2", "9. Safety"),
        ("p", "The fellowship hall must stay closed until the repair is complete. The sanctuary is structurally "
              "separate and may be used. We told Mr. Vess and the pastor on February 19 that snow must not be "
              "allowed to build up on the fellowship hall roof again before the repair; Stillwater cleared the "
              "remaining snow by hand on February 20 and 21. Little Lambs Preschool has moved to the sanctuary "
              "basement with the approval of the state licensing consultant."),
        ("h2", "10. Limitations"),
        ("p", "This letter is based on the conditions we observed on the dates of our visits, the documents listed "
              "below and the information given to us by the people named. We did not perform destructive testing "
              "other than the snow cores and the removal of two failed gusset plates, which are retained at our "
              "office under evidence tags HSG-114-A and HSG-114-B. We reserve the right to revise our opinions if "
              "further information becomes available. This letter is for the use of Covenant Shield Mutual "
              "Insurance Company and its insured in connection with claim CHR 26 00819."),
        ("p", "Documents reviewed: Harmon & Webb drawings S-1 and S-2 (1962); Brightline Roofing invoice 2009-318; "
              "NWS COOP data, station 204417, February 2026; Stillwater Restoration emergency services agreement of "
              "02/18/2026; church photographs of 02/18/2026 taken by Mr. Finch; Marlow Ridge Building Department "
              "notice of unsafe structure no. BD-26-0077 (02/18/2026)."),
        ("h2", "Appendix A - Photograph log"),
        ("mono", "\n".join(f"A-{i:02d}  {t}" for i, t in enumerate([
            "North elevation of fellowship hall from Elmhurst Road",
            "Parapet drift, north side, 02/19/2026",
            "Drift against sanctuary wall, 5 ft 2 in at probe",
            "Collapse area from the kitchen door",
            "Truss T-7 bottom chord splice, nails withdrawn",
            "Truss T-8 top chord buckle",
            "Truss T-4 deflection measurement",
            "Truss T-14 cracked gusset",
            "Roof drain RD-2, clear",
            "Snow core no. 5 on scale (58 psf area)",
            "Stillwater shoring towers, 02/24/2026",
            "Removed gussets, tags HSG-114-A and HSG-114-B",
        ], 1))),
        ("h2", "Appendix B - Snow core results (02/19/2026)"),
        ("mono", """Core  Location                      Depth (in)  Weight (lb)  Load (psf)
  1   NE open roof                      24         40.1          41
  2   center, between T-20 and T-21      23         39.8          41
  3   NW, 6 ft from parapet             37         46.9          48
  4   W parapet                         40         49.5          51
  5   S, at sanctuary wall (T-16)       62         56.7          58
  6   S, 10 ft from sanctuary wall      44         50.2          52
  7   SE corner                         35         45.0          46
  8   E, open roof                      25         40.3          41"""),
        ("p", "Sincerely,\n\nBeatrix Holloway, P.E., S.E.\nPrincipal, Holloway Structural Group, LLC\n"
              "Michigan P.E. license 6201-058114\nbholloway@hollowaystructural.example"),
    ]
    write_pdf("st_brendans_engineer_letter_HSG-26-114.pdf", blocks,
              header_text="Holloway Structural Group  -  HSG-26-114  -  St. Brendan's Community Church",
              footer_text="Privileged and confidential - prepared for Covenant Shield Mutual", size=11)


# ---------------------------------------------------------------- claim 9: RV fire, adjuster notes
def rv_fire() -> None:
    write_text("pettibone_RV_fire_notes.txt", """
FILE NOTES -- RV-55120-K -- PETTIBONE, HAROLD & JUNE -- Ridgeline Recreational Insurance Co.
Pol RVP 8830217 (motorhome, ACV basis)  |  Comp ded $1,000  |  Personal effects lmt $10,000  |  Emerg. exp lmt $750
Unit: 2021 Wayfarer Vista 34B Class A, VIN 1F66F5DY4M0A22871, gas, ~31,400 mi
LH: Sunmark Credit Union, loan 44-0918833
Handler: Pete Oyelaran (desk adj.)   IA: Candace Rue, Rue Field Services (RFS-26-2207)

07/05/26 09:12 PO -- FNOL by phone from insd June P. DOL 07/04/26 approx 15:20, Lake Tamsin State Park,
  site 47. Insds returning from boat launch, saw smoke from front of coach, engine compt. Harold used
  ext. (dry chem), no good. Tamsin Co FD run #26-1193, on scene 15:41 per insd. No inj. Coach TL per insd,
  also tow car (2019 Jeep, separate pol w/ other carrier) scorched - advised insd to call that carrier.
  Insds at Lakeview Inn in Tamsin, 3 nts. Rsv set $152,000 (ACV est + PE + exp).
07/06/26 14:30 PO -- IA assigned (Candace Rue). Asked insd for FD rpt, photos, list of personal effects,
  LH info. Insd says the coach had open recall 26V-412 (fuel return line chafing near exhaust manifold),
  dealer appt was set for 07/21. Flagged for subro vs. mfr (Wayfarer Coach Works Inc.) -- preserve unit!
07/08/26 11:05 CR (IA) -- insp at Tamsin Towing yard. Burn pattern heaviest at engine doghouse/RH exhaust
  manifold; fuel return line melted, clamp missing. Interior consumed fwd of galley, heat/smoke to rear.
  TL confirmed. Unit held at Tamsin Towing, storage $45/day from 07/05. Photos 1-64 uploaded.
07/09/26 16:40 PO -- FD rpt rec'd: cause "undetermined - probable fuel leak onto exhaust." Capt. Mara Voss.
07/14/26 10:20 PO -- Valuation from Keystone RV Valuation Svcs (rpt KRV-55871): ACV $142,500.00 (base
  $138,900 + options/cond adj $3,600). Insd agrees. LH payoff per Sunmark letter (good thru 07/31/26):
  $97,412.66.
07/15/26 09:00 PO -- PE inventory rec'd from June: 61 items, total claimed $13,860.00 (incl. 2 e-bikes
  $4,400). Lmt $10,000 applies. Hotel receipts Lakeview Inn 3 nts $624.90 -- within emerg. exp lmt.
07/20/26 13:15 PO -- Expert hired for subro: Dolan Fire Analysis (Kyle Dolan, IAAI-CFI). Mfr notified
  by letter 07/20 (cert. mail 7019 2280 0001 4471 5530). Rsv adj to $150,000.
07/24/26 15:50 PO -- Pmts issued: to Sunmark CU $97,412.66 (payoff); to insds $44,087.34 (ACV less ded
  less payoff); PE $10,000.00; emerg. exp $624.90. Title signed over to co.
07/31/26 11:30 PO -- Joint exam of unit w/ mfr's expert (Alvarez Engineering, Dr. Sunil Alvarez) at
  Tamsin Towing. Unit moved to IronYard Auto Auction afterwards; storage bill paid $1,170.00 (26 days).
08/12/26 10:00 PO -- IronYard salvage sold, net proceeds $11,200.00 rec'd. Subro demand to Wayfarer Coach
  Works sent: $143,094.90 (pd to/for insd $152,124.90 + storage $1,170.00 + insd's ded $1,000.00, less
  salvage $11,200.00). Awaiting resp.
08/14/26 16:00 PO -- File CLOSED for 1st party. Subro diary 30 days (Kyle Dolan rpt due 09/10).
""")


# ---------------------------------------------------------------- claim 10: event cancellation, vendor deposits
def event_cancellation() -> None:
    parts = [
        ("h", "Event Cancellation Claim - Adjuster's Worksheet"),
        ("table", [
            ["Field", "Detail"],
            ["Claim no.", "EVC-2026-3307"],
            ["Insured", "Tessera Biologics, Inc."],
            ["Event", "2026 Tessera Partner Summit (about 240 attendees)"],
            ["Venue", "Grand Cedar Lodge, 9 Timber Ridge Road, Asheford, CO"],
            ["Event dates", "09/14/2026 - 09/16/2026"],
            ["Policy", "EVX-882140, Stratus Event Underwriters, written 03/02/2026"],
            ["Limit", "$350,000 (ascertained net loss)"],
            ["Deductible", "$2,500 each event"],
            ["Cause", "Wildfire - mandatory evacuation order for the venue area"],
            ["Adjuster", "Graham Solano, Stratus Event Underwriters"],
            ["Insured contact", "Naomi Fairclough, Director of Events"],
        ]),
        ("h", "Chronology"),
        ("table", [
            ["Date", "Time", "Event"],
            ["09/08/2026", "16:10", "Juniper Gulch Fire starts 14 miles west of Asheford"],
            ["09/10/2026", "14:00", "Asheford County OEM evacuation order 26-EV-017 covers Timber Ridge Road"],
            ["09/10/2026", "18:30", "Tessera's CEO, Martin Okafor-Lynd, decides to cancel; attendees e-mailed 19:05"],
            ["09/11/2026", "09:20", "Notice of claim to Stratus by broker (Alpine Risk Partners, Celeste Huang)"],
            ["09/13/2026", "08:00", "Evacuation order lifted for Asheford town; Timber Ridge Road stays closed"],
            ["09/19/2026", "12:00", "Timber Ridge Road reopened"],
        ]),
        ("h", "Vendor deposits and amounts at risk"),
        ("table", [
            ["Vendor", "Service", "Paid before cancellation", "Refunded / credited", "Unrecovered", "Contract clause"],
            ["Grand Cedar Lodge", "rooms and meeting space", "$84,000.00", "$21,000.00", "$63,000.00",
             "force majeure: 25% refund"],
            ["Summit AV Productions", "stage, AV, streaming", "$26,500.00", "$0.00", "$26,500.00", "non-refundable"],
            ["Copper Kettle Catering", "meals, receptions", "$31,200.00", "$7,800.00", "$23,400.00",
             "25% refund inside 7 days"],
            ["Highline Coaches", "airport shuttles", "$9,450.00", "$0.00", "$9,450.00", "non-refundable"],
            ["Dr. Ines Marchand (keynote)", "speaker fee", "$40,000.00", "$20,000.00", "$20,000.00",
             "50% if cancelled by client"],
            ["Brightmark Print", "signage, badges", "$3,275.00", "$0.00", "$3,275.00", "non-refundable"],
        ]),
        ("p", "Registration fees: none - the Partner Summit was free to attendees, so no lost revenue is claimed. "
              "Attendee airfare was booked by the attendees' own companies and is not the insured's loss."),
        ("h", "Additional costs claimed"),
        ("table", [
            ["Item", "Amount", "Adjuster comment"],
            ["Attendee rebooking/notice costs (call center, 2 days)", "$2,140.00", "accepted"],
            ["Staff travel already incurred (advance team, 4 people)", "$5,860.00", "accepted - non-refundable fares"],
            ["Gift bags (pre-purchased, kept by insured)", "$7,920.00", "not accepted - goods retained, reusable"],
        ]),
        ("h", "Reserve and status"),
        ("p", "Reserve set 09/11/2026 at $200,000.00; reduced 09/25/2026 to $170,000.00 after the refund "
              "credits were confirmed. Status: open - awaiting the lodge's written refund confirmation and the "
              "signed proof of loss. Exclusions checked: no prior knowledge (the fire started after the policy was "
              "written); no communicable disease or war issue. No coverage issue identified; no reservation of "
              "rights sent."),
        ("p", "Rescheduling: Tessera has asked whether costs of a replacement event in 2027 are covered. Policy "
              "covers only ascertained net loss of the insured event; told broker 09/25/2026."),
    ]
    write_docx("tessera_summit_cancellation_worksheet.docx", parts,
               header_text="Stratus Event Underwriters - Claims",
               footer_text="Prepared by G. Solano - internal use")


# ---------------------------------------------------------------- claim 11: umbrella excess notice
def umbrella_notice() -> None:
    blocks = [
        ("h1", "Prairie Crest Insurance Brokers"),
        ("p", "Commercial Transportation Practice - 800 Cottonwood Plaza, Lincoln, NE 68508 - 402-555-0133"),
        ("p", "April 24, 2026"),
        ("p", "Stonebridge Excess & Surplus Company\nAttn: Excess Casualty Claims\n600 Ledger Street, Hartford, CT "
              "06103"),
        ("p", "Re:  NOTICE OF OCCURRENCE / POTENTIAL EXCESS EXPOSURE\n"
              "      Named insured: Halvorsen Transport Inc.\n"
              "      Commercial umbrella policy: SXU 4471-8830-02, period 01/01/2026 - 01/01/2027\n"
              "      Date of occurrence: February 11, 2026 - I-80 westbound, Buffalo County, Nebraska\n"
              "      Claimants: Janet Kowalczyk and Harold Kowalczyk\n"
              "      Primary carrier claim: Redfern National Insurance, TRK/26/70815 (Miguel Ferraro)"),
        ("p", "On behalf of our client Halvorsen Transport Inc., we give notice under the above umbrella policy of "
              "the occurrence described below and ask that you acknowledge receipt. Redfern National first told "
              "Stonebridge informally on March 2, 2026; this letter is the formal notice required by condition 7 of "
              "the umbrella policy."),
        ("h2", "Occurrence"),
        ("p", "A Halvorsen tractor-trailer driven by a company driver struck the rear of a passenger car that had "
              "slowed for a work zone. Both occupants of the car were hurt. Janet Kowalczyk, 52, the driver, "
              "underwent a two-level cervical fusion on March 19, 2026 and has not returned to work as a school "
              "district payroll manager. Harold Kowalczyk, 55, had soft-tissue injuries and is finishing "
              "chiropractic care."),
        ("h2", "Why we are notifying you now"),
        ("p", "On April 20, 2026, Corbin & Leitch, counsel for Janet Kowalczyk, sent Redfern a time-limited demand "
              "for $1,750,000.00, open until May 20, 2026. Her medical specials to date are $186,420.00 and her "
              "claimed wage loss to date is $21,600.00. The demand exceeds the primary auto liability limit, and "
              "Redfern's defense counsel (Ibarra Stone LLP, Omaha) values the case above the primary limit in "
              "a verdict range. Redfern's current bodily injury reserve for Ms. Kowalczyk is $400,000.00."),
        ("h2", "Schedule of underlying insurance (per umbrella declarations, item 6)"),
        ("row", "Coverage | Carrier | Policy | Limits"),
        ("row", "Auto liability | Redfern National | CAL 5528130 | $1,000,000 CSL"),
        ("row", "General liability | Pinecrest Casualty | GLP 200-7714 | $1M occ / $2M agg"),
        ("row", "Employers liability | Granite Plains Mutual | WC 88-310452 | $500K/$500K/$500K"),
        ("p", "Umbrella limits: $5,000,000 each occurrence and aggregate. Self-insured retention: $10,000, which "
              "applies only to claims not covered by underlying insurance and so does not apply here."),
        ("h2", "Requests"),
        ("p", "1. Please acknowledge this notice and give us your claim number and examiner.\n"
              "2. Please tell us whether Stonebridge wishes to take part in the mediation that defense counsel is "
              "proposing for the week of May 11, 2026.\n"
              "3. Our client asks to be told before any consent is given to exceed the primary limit in settlement."),
        ("p", "Enclosed: Corbin & Leitch demand of 04/20/2026; Redfern claim summary; umbrella declarations; "
              "Nebraska State Patrol case summary."),
        ("p", "Sincerely,\n\nLyle Danforth, CIC\nSenior Account Executive, Prairie Crest Insurance Brokers\n"
              "ldanforth@prairiecrest.example"),
        ("p", "cc:  Karen Lindholm, Halvorsen Transport Inc.;  Miguel Ferraro, Redfern National Insurance"),
        ("h2", "STONEBRIDGE E&S - ACKNOWLEDGMENT (returned 04/29/2026)"),
        ("mono", """Received:            04/27/2026
Stonebridge claim:   XS-UMB-220194
Examiner:            Aisha Qureshi, Excess Casualty Claims   860-555-0102
Excess reserve:      $350,000.00 indemnity / $25,000.00 expense (set 04/28/2026)
Mediation:           will attend by phone; authority to be discussed with Redfern
Coverage position:   no coverage issue identified at this time; underlying schedule confirmed"""),
    ]
    write_pdf("halvorsen_umbrella_excess_notice.pdf", blocks, font="Helvetica", size=10.5)


# ---------------------------------------------------------------- claim 12: subrogation arbitration decision
def arbitration_decision() -> None:
    write_text("brann_v_keel_arbitration_decision.md", """
# Inter-Company Arbitration - Automobile Subrogation - DECISION

**Docket:** A-2026-118734-AUT
**Hearing:** 09/22/2026 (desk hearing, written submissions)
**Decision issued:** 09/29/2026
**Arbitrator:** Janelle Whitford (panel member since 2015)

| | Applicant | Respondent |
|---|---|---|
| Company | Juniper State Insurance | Orvale Mutual Insurance |
| Company claim no. | JS-AU-7741203 | OM 26-559031 |
| Insured / driver | Collette Brann, 2023 Honda CR-V | Dustin Keel, 2017 Ford F-150 |
| Company representative | Ana Pruett, Subrogation Specialist | Terrence Holm, Arbitration Specialist |

**Accident:** 05/02/2026 at about 17:45, intersection of State Route 12 and Calloway Road, Dunmore Township.

## Applicant's contentions
Brann was eastbound on Calloway Road with a green light. Keel, westbound, turned left across her path. A
witness, Monica Patel, driving behind Brann, says the light was green for eastbound traffic and that Keel "went
without stopping." Applicant seeks 100% of its damages.

## Respondent's contentions
Keel says he entered the intersection on a green light and was waiting to turn; the light turned yellow and
he completed his turn as Brann "sped up to beat the light." Respondent submits the CR-V's airbag control module
download showing 47 mph two seconds before impact in a 40 mph zone. Respondent asks for a 50/50 finding.

## Damages claimed by applicant

| Item | Amount |
|---|---|
| Collision repair (Dunmore Collision Center, RO 26-4471) | $16,915.00 |
| Rental car (Lakeside Rent-A-Car, 13 days) | $1,325.00 |
| Towing and storage | $500.00 |
| Insured's deductible | $500.00 |
| **Total damages sought** | **$19,240.00** |

Respondent does not dispute the amount of damages.

## Findings
1. Respondent's driver turned left across the path of oncoming traffic and had the duty to yield. The
   witness statement supports that the signal had not turned red.
2. Applicant's driver was exceeding the speed limit by 7 mph and contributed to the accident.
3. Liability is apportioned 80% to respondent and 20% to applicant.

## Award
Respondent shall pay applicant **$15,392.00**, being 80% of the damages of $19,240.00. The insured's
deductible portion of the award is $400.00 and shall be refunded to Collette Brann by applicant.
Payment is due within 30 days of the date of this decision. No interest is awarded. Filing fee borne by
each company.

## Applicant's file note (added by Ana Pruett, 10/01/2026)
- Award accepted; no appeal (no grounds under the rules - decision not above the appeal threshold).
- Subro receivable set at $15,392.00. File remains OPEN until Orvale's payment is received, then close.
- Witness Monica Patel's phone: not in file (statement taken by Brann's agent on a form without contact details).
""")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (cargo_theft, dog_bite, laundromat_boiler, trucking_eld, jewelry_floater, cyber_ransomware,
               surveying_claim, church_collapse, rv_fire, event_cancellation, umbrella_notice, arbitration_decision):
        fn()


if __name__ == "__main__":
    main()
