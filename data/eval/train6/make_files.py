"""Generate the invented claim files for the train6 eval set (deterministic).

Run: /work/main/.venv/bin/python data/eval/train6/make_files.py
All people, companies, addresses, policies, VINs and amounts are invented.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


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
    doc.core_properties.author = "claimbot eval writer"
    doc.save(str(OUT / name))


def write_eml(name: str, headers: dict[str, str], body: str,
              attachments: list[tuple[str, str]] | None = None) -> None:
    msg = EmailMessage()
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body.strip("\n") + "\n")
    for fname, text in attachments or []:
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="plain", filename=fname)
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
        ("h2", "10. Photograph log (photos taken 01/23/2026 unless noted)"),
        ("mono", photos),
        ("h2", "11. Attachments"),
        ("p", "A. Preliminary report of 01/27/2026. B. Moyes Engineering report of 02/20/2026. C. Salish invoices "
              "SMB-4412 and SMB-4419. D. Coinwell quote CQ-8821. E. Port Alder FD incident 26-000412. F. Pacific "
              "Boiler Works tickets PBW-18877 and PBW-20931. G. Notice of claim to Pacific Boiler Works. H. Business "
              "income worksheet (separate file). I. Lease excerpt, section 9 (repairs and equipment)."),
        ("h2", "12. Limitations"),
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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in (cargo_theft, dog_bite, laundromat_boiler, trucking_eld, jewelry_floater):
        fn()


if __name__ == "__main__":
    main()
