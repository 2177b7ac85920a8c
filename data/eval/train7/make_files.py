"""Build the invented claim files of the train7 set (deterministic; no randomness).

Run: /work/main/.venv/bin/python data/eval/train7/make_files.py
Everything here is made up: people, companies, addresses, policies, VINs, tail numbers, amounts.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import zipfile
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


class Pdf(FPDF):
    def __init__(self, header_text: str = "", footer_text: str = "") -> None:
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(True, margin=18)

    def header(self) -> None:
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}  Page {self.page_no()}")


def pdf_write(pdf: Pdf, blocks: list[tuple[str, str]]) -> None:
    """blocks: (style, text); style h = heading, p = paragraph, m = monospaced lines."""
    for style, text in blocks:
        if style == "h":
            pdf.set_font("Helvetica", "B", 11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "t":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "m":
            pdf.set_font("Courier", "", 8)
            for line in text.split("\n"):
                pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)


def save_pdf(name: str, header: str, footer: str, blocks: list[tuple[str, str]]) -> None:
    pdf = Pdf(header, footer)
    pdf.add_page()
    pdf_write(pdf, blocks)
    pdf.set_creation_date(dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc))
    pdf.output(str(OUT / name))


# ---------------------------------------------------------------------------------------------
# 1. Restaurant food-borne illness (general liability): health department inspection report
# ---------------------------------------------------------------------------------------------

RB2_LOG = [
    "03/08/2025  07:05     40 F   AT         16:10     41 F   QF",
    "03/09/2025  07:10     40 F   AT         16:05     40 F   QF",
    "03/10/2025  07:00     41 F   AT         16:20     42 F   RY",
    "03/11/2025  07:15     41 F   AT         16:00     43 F   QF",
    "03/12/2025  07:05     42 F   AT         (none)    -      -",
    "03/13/2025  (none)    -      -          15:45     45 F   QF",
    "03/14/2025  08:30     44 F   AT         (none)    -      -",
    "03/15/2025  (none)    -      -          17:00     49 F   MV",
    "03/16/2025  (closed Sunday)",
    "03/17/2025  07:40     47 F   AT         (none)    -      -",
    "03/18/2025  09:55     48 F   DP (inspector reading)",
]

HEALTH = [
    ("t", "CASCADIA COUNTY ENVIRONMENTAL HEALTH DIVISION\nFood Establishment Inspection Report - Complaint / Outbreak Investigation"),
    ("p", "Establishment: Casa Verdillo Cantina (Casa Verdillo Cantina LLC)\n"
          "Site address: 2210 Orchard Ferry Road, Lindale Springs, OR 97488\n"
          "Permit No.: FE-2291-0473   Risk category: III (complex preparation, banquet service)\n"
          "Person in charge: Mateo Verdillo, owner / general manager\n"
          "Certified food protection manager on site: Alma Treviño-Kast (kitchen manager), cert. CFPM 88-31520\n"
          "Inspection type: Complaint - suspected food-borne illness outbreak\n"
          "Inspection date: March 18, 2025   Time in: 09:40   Time out: 13:15\n"
          "Inspector: Darnell Pruitt, REHS, badge 4471\n"
          "Second inspector: Keiko Amundsen, epidemiologist (communicable disease program)\n"
          "Insurer reference (added on receipt by carrier): Claim No. GL-FB-2025-04417"),
    ("h", "1. Reason for visit"),
    ("p", "On March 16, 2025 at 08:10 the division received a call from Lindale Valley Medical Center reporting three "
          "patients admitted overnight with fever, cramping and bloody diarrhea. All three had attended a private banquet "
          "(a 40th-anniversary dinner for the Haldane family) in the back room of Casa Verdillo Cantina on Friday, "
          "March 14, 2025. The banquet was booked for 38 guests; a plated dinner was served starting at 19:30, with a "
          "brunch-style dessert course including eggs benedict bites served at 21:05. By March 17 the communicable "
          "disease program had interviewed 29 of the 38 guests and identified 11 who met the case definition. "
          "Stool cultures from four cases were positive for Salmonella Enteritidis; the state laboratory later "
          "matched the isolates by whole-genome sequencing (cluster code OR-SE-2503-07)."),
    ("h", "2. Observations during the inspection"),
    ("p", "The walk-in cooler was holding at 41 F at the air probe. The reach-in cooler on the banquet line (unit "
          "labelled 'RB-2') was measured at 48 F; product inside (sliced ham, hollandaise base, shredded cheese) ranged "
          "from 46 F to 49 F. Staff stated RB-2 had been 'running warm since the weekend' and that a service call had been "
          "placed with Ridgeline Refrigeration on March 15 but no technician had come. A bain-marie of hollandaise sauce "
          "on the hot line was measured at 104 F; the required hot-holding temperature is 135 F or above. Staff stated the "
          "hollandaise is made from raw shell eggs each morning and held through dinner service. No pasteurized egg "
          "product was found on the premises. Shell eggs in the walk-in were from supplier Greyfeather Egg Farm, "
          "lot code GF-0309-B, pack date March 9, 2025."),
    ("p", "The hand sink at the banquet line was blocked by a stack of sheet pans and had no paper towels. Two food "
          "workers were observed handling ready-to-eat garnish with bare hands. The employee illness log had no "
          "entries since January 2025, although the kitchen manager stated that a prep cook (name withheld) had "
          "gone home sick on March 12 with 'stomach flu' and returned to work on March 14."),
    ("h", "3. Violations cited"),
    ("m", "Item  Code ref     Description                                   Pts  COS  Repeat\n"
          "----  -----------  --------------------------------------------  ---  ---  ------\n"
          "  07  3-501.16(A)  Cold holding above 41 F (RB-2, 48 F)            5   Y    N\n"
          "  08  3-501.16(A)  Hot holding below 135 F (hollandaise 104 F)     5   Y    N\n"
          "  11  3-801.11     Raw shell eggs, undercooked, high-risk pop.     4   Y    N\n"
          "  14  2-201.12     Ill worker not excluded                         5   N    N\n"
          "  19  5-205.11     Hand sink blocked / not supplied                4   Y    Y\n"
          "  22  3-301.11     Bare-hand contact with RTE food                 4   Y    N\n"
          "  31  4-602.11     Food-contact surfaces not cleaned (slicer)      2   Y    N\n"
          "----  -----------  --------------------------------------------  ---  ---  ------\n"
          "Total points deducted: 29     Score: 71 / 100     Result: CONDITIONAL PASS\n"
          "COS = corrected on site"),
    ("h", "4. Actions ordered"),
    ("p", "Voluntary closure was agreed with the person in charge at 12:30 on March 18, 2025 for cleaning and "
          "sanitizing. RB-2 was tagged out of service (tag no. EH-HOLD-0917). All hollandaise, sliced ham and cheese "
          "from RB-2 (approx. 31 lb) was discarded under observation. The remaining shell eggs of lot GF-0309-B "
          "(14 dozen) were embargoed and sampled (sample IDs CC-25-1183 through CC-25-1186). All food workers were "
          "interviewed; the prep cook was excluded pending two negative stool specimens."),
    ("p", "Re-opening was authorized on March 21, 2025 after a verification visit at 15:00. A full re-inspection "
          "took place on March 25, 2025 (time in 10:05, time out 11:20) by Inspector Pruitt; the score on "
          "re-inspection was 94 / 100 with two minor items (a missing thermometer in the salad cooler and an "
          "unlabelled sanitizer bottle)."),
    ("h", "5. Epidemiological summary (prepared by K. Amundsen)"),
    ("p", "Of the 38 banquet guests, 29 were interviewed and 11 met the case definition (attack rate among "
          "interviewed guests 37.9%). Onset of illness ranged from 01:40 on March 15 to 23:30 on March 16; the median "
          "incubation was approximately 19 hours. Four cases were hospitalized at Lindale Valley Medical Center; the "
          "longest stay was 3 days (a 71-year-old guest). No deaths. Food-specific attack rates pointed to the eggs "
          "benedict bites (relative risk 6.4) and not to the carne asada, rice or salad. Two kitchen staff reported "
          "mild illness but were not counted as banquet cases. Greyfeather Egg Farm lot GF-0309-B samples "
          "CC-25-1184 and CC-25-1185 were positive for Salmonella Enteritidis of the same sequence type; the state "
          "department of agriculture has opened a separate trace-back (file AG-TB-25-0044)."),
    ("h", "6. Notes added by the carrier on receipt"),
    ("p", "This report was obtained by Tamberlane Casualty Company under a public-records request dated March 27, 2025 "
          "and received on April 2, 2025. Insured's policy: commercial general liability CGL 7751-0932-22, "
          "policy period 07/01/2024 - 07/01/2025, each-occurrence limit $1,000,000, general aggregate $2,000,000, "
          "medical expense limit $5,000 any one person. Assigned adjuster: Renata Okafor-Bell, senior GL claim "
          "specialist, (503) 555-0148. Defense counsel has not been appointed; no suit has been filed. The carrier "
          "has put Greyfeather Egg Farm's insurer on notice for contribution (letter dated April 4, 2025)."),
    ("h", "Appendix A - Reach-in cooler RB-2 temperature log (copied from the kitchen's paper log)"),
    ("m", "Date        AM check  Temp   Initials   PM check  Temp   Initials\n"
          "----------  --------  -----  --------   --------  -----  --------\n"
          + "\n".join(RB2_LOG)
          + "\n----------  --------  -----  --------   --------  -----  --------\n"
          "Readings after 03/12 were not taken at the required 4-hour interval; the log has no corrective-action column."),
    ("h", "Appendix B - Staff interviews (summaries)"),
    ("p", "Alma Trevino-Kast, kitchen manager (hired 2019): makes the hollandaise base at 10:00 daily from about "
          "two dozen shell eggs; holds it in a bain-marie on the hot line 'on low' until close. Was not aware that "
          "RB-2 had been running warm until Saturday March 15. Confirmed the banquet's eggs benedict bites were "
          "assembled at about 20:30 by the banquet cook and held at room temperature on sheet pans until 21:05."),
    ("p", "Quentin Fairbairn, banquet cook (hired 2023): prepared 120 eggs benedict bites for the Haldane party "
          "using ham and hollandaise from RB-2. Stated the hollandaise 'looked fine'. Did not take temperatures."),
    ("p", "Rosario Ybarra-Linde, server: served the dessert course to all four banquet tables between 21:05 and 21:25. "
          "Stated that guests at table 2 (the Haldane family table) asked for second helpings of the bites."),
    ("p", "Prep cook (name withheld, employee no. 117): had vomiting and diarrhea starting the night of March 11, "
          "left work at 11:00 on March 12, returned on March 14 at 09:00 and prepared garnishes and salads. "
          "Excluded on March 18 pending stool specimens; specimens collected March 19 and March 21 were both "
          "negative for Salmonella, and the worker was cleared to return on March 24, 2025."),
    ("p", "Mateo Verdillo, owner: booked the banquet on February 20, 2025 for 38 guests at $62.00 per head "
          "(invoice CV-B-0314, $2,356.00 plus 20% service charge). Stated he called Ridgeline Refrigeration on "
          "March 15 at about 17:00 (service ticket RR-88104) and that the technician came on March 19 and "
          "replaced the condenser fan motor (invoice $684.20). Mr. Verdillo has notified his insurer."),
    ("h", "Appendix C - Samples submitted to the state public health laboratory"),
    ("m", "Sample ID    Description                              Collected        Result\n"
          "-----------  ---------------------------------------  ---------------  -------------------------\n"
          "CC-25-1183   Shell eggs, lot GF-0309-B, dozen 1       03/18/25 11:05   Negative\n"
          "CC-25-1184   Shell eggs, lot GF-0309-B, dozen 2       03/18/25 11:05   Salmonella Enteritidis\n"
          "CC-25-1185   Shell eggs, lot GF-0309-B, dozen 3       03/18/25 11:10   Salmonella Enteritidis\n"
          "CC-25-1186   Shell eggs, lot GF-0309-B, dozen 4       03/18/25 11:10   Negative\n"
          "CC-25-1187   Hollandaise base, bain-marie             03/18/25 11:20   Salmonella Enteritidis\n"
          "CC-25-1188   Sliced ham, RB-2                         03/18/25 11:25   Negative\n"
          "CC-25-1189   Environmental swab, slicer blade         03/18/25 11:40   Negative\n"
          "-----------  ---------------------------------------  ---------------  -------------------------\n"
          "State lab accession batch PHL-25-04471; results reported 03/24/2025."),
    ("h", "Appendix D - Inspection history, permit FE-2291-0473"),
    ("m", "Date        Type                 Inspector         Score  Result\n"
          "----------  -------------------  ----------------  -----  ----------------\n"
          "06/14/2022  Routine              G. Albrecht          92  Pass\n"
          "12/02/2022  Routine              G. Albrecht          88  Pass\n"
          "06/20/2023  Routine              D. Pruitt            90  Pass\n"
          "01/09/2024  Routine              D. Pruitt            84  Pass\n"
          "01/23/2024  Follow-up            D. Pruitt            96  Pass\n"
          "08/27/2024  Routine              S. Nakagawa-Roe      86  Pass\n"
          "03/18/2025  Complaint/outbreak   D. Pruitt            71  Conditional pass\n"
          "03/25/2025  Re-inspection        D. Pruitt            94  Pass\n"
          "----------  -------------------  ----------------  -----  ----------------\n"
          "The hand-sink violation (item 19) was also cited on 01/09/2024, hence 'repeat'."),
    ("h", "Appendix E - Line list of banquet cases (identifiers removed; case numbers assigned by the program)"),
    ("m", "Case  Sex  Age band  Onset date/time   Symptoms                     Hosp.  Culture\n"
          "----  ---  --------  ----------------  ---------------------------  -----  --------\n"
          "C-01  M    65-69     03/15/25 01:40    D, F, C, bloody stool        Y      SE pos\n"
          "C-02  F    70-74     03/15/25 04:20    D, F, C, V                   Y      SE pos\n"
          "C-03  F    60-64     03/15/25 06:15    D, C                         N      not done\n"
          "C-04  M    40-44     03/15/25 09:30    D, F                         N      not done\n"
          "C-05  F    35-39     03/15/25 14:55    D, F, C                      N      SE pos\n"
          "C-06  F    10-14     03/15/25 18:00    D, V                         N      not done\n"
          "C-07  F    50-54     03/15/25 22:35    D, F, C, bloody stool        Y      SE pos\n"
          "C-08  M    70-74     03/16/25 02:10    D, F                         Y      pending\n"
          "C-09  M    40-44     03/16/25 09:10    D, C                         N      not done\n"
          "C-10  F    45-49     03/16/25 13:40    D                            N      not done\n"
          "C-11  M    25-29     03/16/25 23:30    D, C                         N      not done\n"
          "----  ---  --------  ----------------  ---------------------------  -----  --------\n"
          "D = diarrhea, F = fever, C = cramps, V = vomiting. SE = Salmonella Enteritidis."),
    ("p", "Case definition: a banquet attendee with diarrhea (3 or more loose stools in 24 hours) beginning within "
          "72 hours after the meal, or a laboratory-confirmed Salmonella Enteritidis infection. Guests who reported "
          "only nausea were not counted (two such guests). Secondary household cases: one (a spouse who did not "
          "attend the banquet, onset March 19) - excluded from the banquet count but reported to the state."),
    ("h", "7. Signatures"),
    ("p", "Darnell Pruitt, REHS, Environmental Health Specialist II, badge 4471 - signed 03/18/2025\n"
          "Received by: Mateo Verdillo, person in charge - signed 03/18/2025\n"
          "Reviewed: Yvonne Castellano-Reed, Environmental Health Supervisor - 03/19/2025"),
]

GUEST_LOG = """# Casa Verdillo banquet - claimant and illness log

Claim: **GL-FB-2025-04417** (general liability - food-borne illness)
Insured: Casa Verdillo Cantina LLC, 2210 Orchard Ferry Road, Lindale Springs, OR
Date of loss (banquet): 03/14/2025   Reported to carrier: 03/19/2025 (agent Sable Creek Insurance Agency, producer Lydia Fontaine)
Adjuster: Renata Okafor-Bell (Tamberlane Casualty Company)   Status: OPEN - claimants represented in part

## Claimants who have presented a claim

| # | Claimant | Age | Onset (date / time) | Treatment | Medical billed | Lost wages claimed | Counsel |
|---|----------|-----|---------------------|-----------|----------------|--------------------|---------|
| 1 | Lorna Vasquez | 71 | 03/15/2025 04:20 | Admitted LVMC 3/15 - 3/18 | $18,640.22 | $0.00 | Brisco & Hale LLP |
| 2 | Terrence Haldane | 66 | 03/15/2025 01:40 | Admitted LVMC 3/15 - 3/17 | $12,905.10 | $0.00 | Brisco & Hale LLP |
| 3 | June Haldane-Ortiz | 39 | 03/15/2025 14:55 | ER visit only 3/15 | $2,318.75 | $1,440.00 | none |
| 4 | Farrell Ostby | 44 | 03/16/2025 09:10 | Urgent care 3/16 | $486.00 | $2,215.38 | none |
| 5 | Bettina Crowe | 52 | 03/15/2025 22:35 | Admitted LVMC 3/16 - 3/18 | $14,077.60 | $3,900.00 | Marsh Kilbride PC |
| 6 | Delano Pierce | 29 | 03/16/2025 23:30 | Telehealth only | $95.00 | $0.00 | none |

Guests 7-11 of the 11 confirmed cases have not presented claims as of the last diary (05/06/2025).

## Medical payments (coverage C, limit $5,000 any one person, no-fault)

| Date paid | Payee | Claimant | Amount | Check no. |
|-----------|-------|----------|--------|-----------|
| 04/11/2025 | Lindale Valley Medical Center | June Haldane-Ortiz | $2,318.75 | 0081774 |
| 04/11/2025 | Ferncrest Urgent Care | Farrell Ostby | $486.00 | 0081775 |
| 04/15/2025 | Delano Pierce | Delano Pierce | $95.00 | 0081802 |

## Reserve history (bodily injury, indemnity)

| Date | Change | New reserve | By |
|------|--------|-------------|----|
| 03/20/2025 | initial | $75,000.00 | R. Okafor-Bell |
| 04/09/2025 | increase (two represented claimants, 3 admissions) | $110,000.00 | R. Okafor-Bell |
| 05/06/2025 | increase (Crowe demand received) | $135,000.00 | approved by claim manager Oswin Tredgold |

Expense reserve: $12,500.00 (set 04/09/2025, unchanged).

## Demands

- Brisco & Hale LLP (attorney Nadia Brisco) for Vasquez and Haldane: letter dated 04/28/2025, combined demand $96,000.00, time-limited 30 days.
- Marsh Kilbride PC (attorney Conrad Kilbride) for Crowe: demand dated 05/02/2025 of $42,500.00.

## Contribution

Tender to Greyfeather Egg Farm (supplier of egg lot GF-0309-B); its insurer Osprey Fields Agricultural Mutual acknowledged on 04/22/2025, claim ref OFAM-25-30917. No position yet.
"""

# ---------------------------------------------------------------------------------------------
# 2. Car dealership hail: inventory damage schedule (DOCX, claim number only in the page header)
# ---------------------------------------------------------------------------------------------

DEALER_UNITS = [
    # stock, year/make/model, VIN, dents, PDR est, disposition
    ("P4417", "2025 Ridgeway Tundrel XLT", "3RW5F8E21SK118042", "212", "$6,480.00", "PDR"),
    ("P4420", "2025 Ridgeway Tundrel XLT", "3RW5F8E23SK118107", "187", "$5,920.00", "PDR"),
    ("N2208", "2024 Cordova Meridian SE", "5CM7A2C44RH220813", "305", "$9,115.00", "PDR + hood replace"),
    ("N2231", "2025 Cordova Meridian LX", "5CM7A2C41SH221094", "96", "$2,890.00", "PDR"),
    ("U1187", "2021 Ridgeway Sprint SR", "1RW3B6D90MK557310", "340", "$11,260.00", "Conventional repair"),
    ("U1192", "2019 Halvard Trekline 4x4", "2HV9K4T57KM031866", "48", "$1,640.00", "PDR"),
    ("N2240", "2025 Cordova Vista Hybrid", "5CM9H6E18SH224402", "411", "$14,380.00", "Roof skin + PDR"),
    ("P4431", "2025 Ridgeway Tundrel Platinum", "3RW5F8E2XSK118390", "0", "$0.00", "No damage (under canopy)"),
    ("U1203", "2018 Halvard Cascade EX", "2HV4C2L31JM029775", "522", "$12,900.00", "Total loss - ACV $11,450.00"),
    ("N2247", "2025 Cordova Meridian SE", "5CM7A2C48SH225568", "263", "$7,845.00", "PDR"),
]

# ---------------------------------------------------------------------------------------------
# 3. Commercial crime / employee theft: forensic accountant's report with schedule of deposits
# ---------------------------------------------------------------------------------------------

DEPOSITS = [
    # date, deposit slip, POS/register total, amount deposited, shortfall
    ("07/05/2024", "DS-10418", "$8,912.40", "$6,412.40", "$2,500.00"),
    ("07/19/2024", "DS-10433", "$11,305.75", "$7,805.75", "$3,500.00"),
    ("08/02/2024", "DS-10451", "$9,870.10", "$6,370.10", "$3,500.00"),
    ("08/16/2024", "DS-10467", "$12,446.88", "$8,146.88", "$4,300.00"),
    ("09/06/2024", "DS-10488", "$10,118.25", "$5,618.25", "$4,500.00"),
    ("09/20/2024", "DS-10502", "$13,902.60", "$9,102.60", "$4,800.00"),
    ("10/04/2024", "DS-10519", "$14,775.35", "$9,275.35", "$5,500.00"),
    ("10/18/2024", "DS-10536", "$12,060.00", "$6,560.00", "$5,500.00"),
    ("11/01/2024", "DS-10550", "$9,433.90", "$3,433.90", "$6,000.00"),
    ("11/15/2024", "DS-10571", "$15,218.45", "$8,718.45", "$6,500.00"),
    ("12/06/2024", "DS-10590", "$16,884.70", "$9,384.70", "$7,500.00"),
    ("12/20/2024", "DS-10604", "$18,215.05", "$10,231.70", "$7,983.35"),
]
# shortfall total 62,083.35 ; see report text

DEC_ROWS = [
    f"12/{d:02d}/2024    {1210 + 37 * d:>7,}.{(d * 13) % 100:02d}   {640 + 23 * d:>7,}.{(d * 29) % 100:02d}   "
    f"{58 + d % 7}%          {42 - d % 7}%            {'N. Gatlin' if d in (7, 14, 21, 28) else 'R. Estrada'}"
    for d in range(2, 32) if d not in (1, 8, 15, 22, 25, 29)
]

_SHORT = {7: 6000.00, 8: 7800.00, 9: 9300.00, 10: 11000.00, 11: 12500.00, 12: 15483.35}
MONTH_ROWS = [
    f"{m:02d}/2024    ${41000 + 713 * m:>10,}.00   ${41000 + 713 * m - _SHORT.get(m, 0):>12,.2f}   "
    f"${_SHORT.get(m, 0):>8,.2f}"
    for m in range(1, 13)
]

CRIME = [
    ("t", "PRYCE & TALLOW FORENSIC LLP\nForensic Accounting Report - Schedule of Missing Deposits"),
    ("p", "Prepared for: Ingrid Salcedo, Fidelity & Crime Claims, Tamberlane Casualty Company\n"
          "Re: Halvorsen Feed & Supply Cooperative - employee theft claim\n"
          "Carrier claim number: CR-0315-22907     Our engagement: PT-25-0188\n"
          "Policy: Commercial Crime CC 4410-2876, Insuring Agreement A (Employee Theft), limit $250,000 per "
          "occurrence, deductible $5,000\n"
          "Report date: May 9, 2025\n"
          "Prepared by: Marcus Tallow, CPA, CFE (partner) with Simone Achebe, CPA (senior associate)"),
    ("h", "1. Background"),
    ("p", "Halvorsen Feed & Supply Cooperative operates a farm-supply store and grain office at 7 Depot Street, "
          "Oakhurst Mills, MN 56213. Cash and check receipts from the store counter are counted at close, entered "
          "in the point-of-sale system (POS), and taken to the cooperative's bank, Prairie Lantern State Bank, in a "
          "bi-weekly deposit prepared by the office bookkeeper. From June 2019 to February 2025 the bookkeeper was "
          "Darla Minchew. The general manager, Orrin Halvorsen-Pike, discovered a discrepancy on February 11, 2025 "
          "when the bank called about a deposit slip whose handwritten total did not match the encoded amount. "
          "Ms. Minchew was placed on leave on February 12, 2025 and resigned by letter on February 14, 2025. "
          "The cooperative gave notice of the loss to its agent on February 19, 2025; the carrier acknowledged on "
          "February 20, 2025 and retained us on March 3, 2025."),
    ("h", "2. Scope and procedures"),
    ("p", "We compared the daily POS close-out reports with the bank's deposit records and the imaged deposit slips "
          "for the period January 1, 2024 through February 11, 2025. For each bi-weekly deposit we computed the "
          "difference between the cash and checks recorded in the POS and the amount actually credited by the bank. "
          "We also reviewed voided sales, refunds to cash, and the petty-cash fund (imprest $500.00). We interviewed "
          "Mr. Halvorsen-Pike, the store clerks Ruby Estrada and Neal Gatlin, and the cooperative's outside auditor, "
          "Wexford Brandt CPA of Brandt & Lowe. Ms. Minchew declined to be interviewed on advice of her attorney, "
          "Paul Renquist."),
    ("p", "Deposits from January 1, 2024 to June 30, 2024 reconciled within normal rounding (largest variance "
          "$3.10). Shortfalls begin with the deposit of July 5, 2024. Deposits made after December 20, 2024 "
          "reconcile; we note that the December 20 deposit was the last one Ms. Minchew prepared before she took "
          "over the cooperative's payroll duties and the deposits passed to clerk Ruby Estrada."),
    ("h", "3. Schedule A - Missing deposit funds"),
    ("m", "Deposit date  Slip no.   POS receipts   Deposited     Shortfall\n"
          "------------  --------   ------------   ----------    ---------\n"
          + "\n".join(f"{d:<12}  {s:<9}  {p:>12}   {a:>10}    {x:>9}" for d, s, p, a, x in DEPOSITS)
          + "\n------------  --------   ------------   ----------    ---------\n"
          "Total shortfall, Schedule A                               $62,083.35"),
    ("h", "3a. Schedule C - December 2024 daily close-outs (POS) supporting the 12/06 and 12/20 deposits"),
    ("m", "Business day  Register 1   Register 2   Cash share   Checks share   Clerk closing\n"
          "------------  ----------   ----------   ----------   ------------   -------------\n"
          + "\n".join(DEC_ROWS)
          + "\n------------  ----------   ----------   ----------   ------------   -------------"),
    ("p", "Cash share is consistently 58-64% of receipts in December 2024, against 31-36% in the same month of 2023. "
          "Our interpretation is that checks were being deposited in full while currency was being withheld; the "
          "deposit slips for both December deposits list fewer currency straps than the close-out counts."),
    ("h", "3b. Interview notes"),
    ("p", "Orrin Halvorsen-Pike, general manager (interviewed 03/11/2025): he signed the monthly bank reconciliation "
          "prepared by the bookkeeper without comparing it with the POS reports. He had asked Ms. Minchew in October "
          "2024 why the cash balance was lower than the prior year and accepted her explanation that more customers "
          "were paying by card."),
    ("p", "Ruby Estrada, clerk (interviewed 03/11/2025): she counted the drawer at close on most days and placed the "
          "counted cash in a bank bag in the office safe; the bookkeeper alone prepared the deposit. Ms. Estrada took "
          "over deposits in January 2025 and noticed that the bank bags she was given had no prior-day count sheets."),
    ("p", "Neal Gatlin, clerk (interviewed 03/12/2025): worked Saturdays only; his close-out counts for Saturdays in "
          "Q4 2024 match the POS exactly. He never handled the bank deposit."),
    ("p", "Wexford Brandt, CPA, outside auditor (interviewed by telephone 03/14/2025): Brandt & Lowe compiled, but did "
          "not audit, the cooperative's 2023 financial statements; no management letter comments on cash controls "
          "were issued. He said that the same person preparing deposits and the reconciliation was 'a known gap' "
          "he had mentioned orally in 2022."),
    ("h", "4. Schedule B - Other items examined"),
    ("m", "Item                                         Amount      Treatment\n"
          "-------------------------------------------  ----------  -------------------------\n"
          "Refunds to cash without customer signature   $1,912.44   Included in claim\n"
          "Petty cash shortage at 02/11/2025 count         $287.15   Included in claim\n"
          "Unexplained voids (register 2), Q4 2024       $4,106.90   Not included - unproven\n"
          "Personal charges on co-op fuel card (Minchew)   $618.72   Included in claim\n"
          "-------------------------------------------  ----------  -------------------------"),
    ("p", "The unexplained voids on register 2 were entered under three different clerk log-ins, including "
          "Ms. Minchew's, and we cannot attribute them to her on the evidence available; we have therefore left them "
          "out of the proven loss."),
    ("h", "5. Conclusion on the quantum of loss"),
    ("p", "In our opinion the proven loss attributable to the dishonest acts of the bookkeeper is the Schedule A "
          "shortfall of $62,083.35 plus the Schedule B items we have included (cash refunds $1,912.44, petty cash "
          "$287.15 and fuel card $618.72), a total of $64,901.66. Our fees to date are $18,750.00 (invoice PT-0188-02); "
          "the policy's claim expense provision for investigation costs is a separate sublimit of $10,000, and the "
          "carrier should note that our fees exceed it. The cooperative has recovered $4,200.00 from Ms. Minchew's "
          "final paycheck and accrued leave under a signed repayment agreement dated March 28, 2025; that recovery "
          "should be applied against the loss before the deductible in accordance with the policy's loss "
          "settlement condition as the carrier interprets it."),
    ("h", "6. Limitations"),
    ("p", "This report relies on records supplied by the cooperative and by Prairie Lantern State Bank. The bank's "
          "imaged slips for the deposit of August 16, 2024 were of poor quality and the amount deposited was confirmed "
          "from the bank statement instead. We have not audited the cooperative's financial statements. The matter "
          "was referred by the cooperative to the Oakhurst Mills Police Department (case 25-000731, Detective "
          "Sgt. Lyle Amberson) on February 13, 2025; charges have not been filed as of this report."),
    ("p", "Marcus Tallow, CPA, CFE - Partner, Pryce & Tallow Forensic LLP, 220 Granary Row, Suite 4, "
          "St. Cloud, MN 56301 - (320) 555-0197"),
    ("h", "6a. Internal control observations and recommendations"),
    ("p", "The following weaknesses allowed the loss to continue for six months without detection. (a) One person "
          "prepared the deposit, took it to the bank, recorded it in the general ledger and prepared the bank "
          "reconciliation. (b) The general manager signed the reconciliation without tying it to POS reports. (c) Cash "
          "refunds did not require a second signature or a customer signature. (d) Close-out count sheets were not "
          "retained with the deposit. (e) Fuel cards were not reconciled to vehicle logs. (f) Employees were not "
          "required to take a consecutive-week vacation; Ms. Minchew took no more than two consecutive days off "
          "during the loss period."),
    ("p", "We recommend: separating deposit preparation from reconciliation; a daily deposit rather than bi-weekly; "
          "dual count and dual signature on the deposit slip; a monthly review by the board treasurer (currently "
          "Ingeborg Sandvik) of the POS-to-bank comparison in Schedule D below; and a two-signature rule for cash "
          "refunds over $50.00. These recommendations do not affect the quantum of the claim."),
    ("h", "6b. Schedule D - Monthly POS receipts compared with bank credits, 2024"),
    ("m", "Month      POS receipts    Bank credits    Difference\n"
          "---------  -------------   -------------   ----------\n"
          + "\n".join(MONTH_ROWS)
          + "\n---------  -------------   -------------   ----------\n"
          "Differences from July onward equal the Schedule A shortfalls falling in each month."),
    ("h", "7. Documents reviewed"),
    ("p", "1. POS close-out reports (Counterline POS v8), 01/01/2024 - 02/11/2025, 355 business days.\n"
          "2. Prairie Lantern State Bank statements, account ending 4471, January 2024 - February 2025.\n"
          "3. Imaged deposit slips and bank deposit receipts (58 deposits).\n"
          "4. Cooperative general ledger, cash and sales accounts; petty-cash vouchers.\n"
          "5. Personnel file of Darla Minchew, including the fidelity acknowledgment signed 06/03/2019 and the "
          "resignation letter of 02/14/2025.\n"
          "6. Fuel card statements, Plainsway Fleet card ending 2290, July 2024 - January 2025.\n"
          "7. Repayment agreement dated 03/28/2025 and payroll record of the final paycheck.\n"
          "8. Oakhurst Mills Police Department incident report 25-000731 (first page only).\n"
          "9. Board minutes of the cooperative, 2022-2024 (for any discussion of cash controls)."),
    ("h", "8. Engagement and fees"),
    ("p", "We were engaged on 03/03/2025 by the carrier under the policy's claim-preparation / investigation expense "
          "provision. Hourly rates: partner $395, senior associate $245, staff $165. Time to 05/09/2025: 72.5 hours across "
          "the three grades. Invoice PT-0188-01 ($7,410.00, dated 04/04/2025) has been "
          "paid by the carrier; invoice PT-0188-02 brings the cumulative fees to $18,750.00. We estimate a further "
          "$2,500.00 to attend the proof-of-loss meeting and any deposition."),
    ("h", "Appendix - carrier file status (added by I. Salcedo, 05/12/2025)"),
    ("p", "Status: open, coverage accepted. Indemnity reserve $59,901.66 (set 05/12/2025, previously $40,000.00 set "
          "02/21/2025). Expense reserve $10,000.00. No payment made yet. Subrogation against Ms. Minchew to be "
          "referred to Gault Recovery Services once the proof of loss is signed."),
]

# ---------------------------------------------------------------------------------------------
# 4. Pollution release at a fuel terminal: remediation invoice ledger (MD) + lab report (TXT)
# ---------------------------------------------------------------------------------------------

REMEDIATION = """# Kettle Ridge terminal diesel release - remediation cost ledger

| Field | Value |
|-------|-------|
| Carrier claim no. | ENV 25 004418 |
| Named insured | Kettle Ridge Petroleum Terminal LP |
| Location | 18 Quarry Spur Road, Dunmore Flats, PA 18512 |
| Policy | Pollution Legal Liability PLL-3308815 (Tamberlane Casualty Company) |
| Limit | $5,000,000 each pollution condition |
| Self-insured retention | $50,000 each pollution condition |
| Release discovered | 04/22/2025 06:05 (terminal operator Heath Dunleavy, first-shift walkdown) |
| Release stopped | 04/22/2025 07:50 (valve V-7B closed, flange clamped) |
| Source | Failed gasket on the 6-inch outlet flange of tank T-7 (ultra-low-sulfur diesel) |
| Estimated volume released | 1,150 gallons; 820 gallons recovered by vacuum truck |
| Regulator | PA DEP Northeast Regional Office, incident no. NERO-25-1187, case manager Lucinda Farrow |
| Environmental consultant | Bellwether Environmental Services, project manager Caleb Odum, P.G. |
| Adjuster | Renata Okafor-Bell |
| Status | Open - site characterization phase |

## Remediation invoices received

| Invoice | Date | Vendor | Work | Amount | Approved | Paid date |
|---------|------|--------|------|--------|----------|-----------|
| BES-25-0611 | 04/30/2025 | Bellwether Environmental Services | Emergency response, vacuum truck, boom, 4/22-4/25 | $38,716.40 | $38,716.40 | applied to SIR |
| BES-25-0634 | 05/21/2025 | Bellwether Environmental Services | Excavation of 212 tons impacted soil, transport and disposal | $61,930.00 | $58,480.00 | 06/09/2025 |
| CWT-7719 | 05/23/2025 | Coldwater Tank & Pipe | Tank T-7 flange repair and hydrotest | $9,240.00 | $0.00 | not covered (tank repair) |
| BES-25-0702 | 06/18/2025 | Bellwether Environmental Services | Install monitoring wells MW-1 to MW-4, first sampling round | $24,385.75 | $24,385.75 | 07/02/2025 |
| TVA-INV-55310 | 06/20/2025 | Tri-Valley Analytical Labs | Lab analysis, report TVA-2506-3381 | $4,112.00 | $4,112.00 | 07/02/2025 |

Note on BES-25-0634: $3,450.00 of disposal surcharge was disallowed: the load tickets show the soil went out on the
non-hazardous stream but was billed at the hazardous-waste disposal rate.

## Application of the self-insured retention

The insured paid invoice BES-25-0611 directly ($38,716.40) and $11,283.60 of BES-25-0634, which exhausted the
$50,000 SIR. The carrier's first payment (06/09/2025) on BES-25-0634 was therefore $47,196.40.

## Reserve history (cleanup costs)

| Date | Reserve | Reason |
|------|---------|--------|
| 04/24/2025 | $150,000 | initial, volume unknown |
| 05/28/2025 | $240,000 | soil volume larger than expected |
| 07/08/2025 | $310,000 | benzene above standard at MW-3, further delineation ordered |

Third-party claim: the neighbouring owner, Ashby Quarry Holdings, reported a sheen in its stormwater pond on
04/23/2025; no demand yet.
"""

LAB = """TRI-VALLEY ANALYTICAL LABS, INC.
4 Furnace Hill Road, Scranton Township, PA 18505     NELAP lab ID 68-00941
==========================================================================

CERTIFICATE OF ANALYSIS          Report no.: TVA-2506-3381    Revision: 0
Client: Bellwether Environmental Services   Attn: Caleb Odum, P.G.
Project: Kettle Ridge Terminal - T-7 release (client project BES-1142)
Carrier ref (per client): ENV 25 004418
Samples collected: 06/12/2025 by Jonah Przybylski (BES field technician)
Samples received: 06/12/2025 at 16:40, cooler temp 3.8 C, custody seal intact
Report issued: 06/19/2025
Method: EPA 8260D (VOCs), EPA 8015D (TPH-DRO)

GROUNDWATER RESULTS (ug/L unless noted)
--------------------------------------------------------------------------
Well   Sampled  Benzene  Toluene  Ethylbenz  Xylenes  Naphthalene  TPH-DRO mg/L
MW-1   09:15    <1.0     <1.0     <1.0       <3.0     <1.0         <0.10
MW-2   10:02    2.4      1.1      <1.0       4.6      1.9          0.38
MW-3   10:48    17.6     9.3      4.2        31.0     12.4         3.12
MW-4   11:30    <1.0     <1.0     <1.0       <3.0     <1.0         0.14
--------------------------------------------------------------------------
PA Act 2 Statewide Health Standard (used aquifer, residential):
       Benzene 5   Toluene 1000   Ethylbenzene 700   Xylenes 10000   Naphthalene 100

EXCEEDANCES: MW-3 benzene 17.6 ug/L exceeds the 5 ug/L standard.

SOIL CONFIRMATION SAMPLES (excavation floor and walls, collected 05/16/2025)
--------------------------------------------------------------------------
Sample      Depth ft  Benzene mg/kg  TPH-DRO mg/kg   Result vs standard
EX-FL-01    6.0       <0.005         41              below
EX-FL-02    6.5       0.011          88              below
EX-NW-03    4.0       <0.005         23              below
EX-SW-04    4.0       0.094          1,260           ABOVE (TPH)
EX-E-05     3.5       <0.005         <10             below

QC: method blank clean; LCS recoveries 91-108%; MS/MSD RPD 6%. Surrogate recovery
for MW-3 toluene-d8 was 112% (within 80-120%).

Analyst: Priyanka Venkataraman     Reviewed/approved: Dr. Howard Lisle, Laboratory Director
This report shall not be reproduced except in full. Page 1 of 1.

-- Consultant's cover note (C. Odum, 06/23/2025) --
MW-3 is downgradient of T-7 toward the Ashby Quarry property line. We recommend two more wells
(MW-5, MW-6) and a second sampling round in September 2025; estimate $18,900.00. The sidewall
sample EX-SW-04 will need a further 30 tons removed, estimate $9,650.00.
"""

# ---------------------------------------------------------------------------------------------
# 5. Long-term care benefit claim with caregiver timesheets (Markdown)
# ---------------------------------------------------------------------------------------------

LTC = """# LTC benefit file - home care claim

**Claim:** LTC-00871346 &nbsp; **Policy:** Q-55120-HC (tax-qualified long-term care, Tamberlane Life & Health)
**Insured / claimant:** Eleanor Quist, DOB 02/11/1941, 19 Wicklow Lane, Marbury Heights, CT 06478
**Authorized representative:** daughter Annika Quist-Delacroix (POA dated 08/03/2023), tel. (203) 555-0163
**Benefit analyst:** Ingrid Salcedo   **Care coordinator (RN):** Fiona Macready, RN
**Status:** OPEN - benefits in payment

## Policy benefits

| Benefit | Amount |
|---------|--------|
| Maximum daily benefit, home health care | $210.00 per day |
| Maximum daily benefit, facility | $280.00 per day |
| Lifetime maximum (pool of money) | $306,600.00 |
| Elimination period | 90 days of service (calendar days on which paid care is received) |
| Inflation rider | 3% compound (already included in the amounts above) |

## Eligibility

- Date of claim notice: 01/06/2025 (phone call from Ms. Quist-Delacroix)
- Assessment visit: 01/21/2025 by Fiona Macready, RN - needs hands-on help with bathing, dressing and transferring (3 of 6 ADLs); moderate cognitive impairment (SLUMS score 17)
- Licensed health care practitioner certification signed 01/24/2025 by Dr. Adebayo Lennox, MD
- First date of paid home care: 01/13/2025
- Elimination period satisfied: 04/12/2025 (90th service day); benefits payable from 04/13/2025
- Home care agency: Brightmoor Home Care LLC, agency license HCA-0001327, scheduler Mireille Dutton

## Caregiver timesheets, week of 05/05/2025 (submitted 05/12/2025)

| Date | Caregiver | Time in | Time out | Hours | Rate | Billed |
|------|-----------|---------|----------|-------|------|--------|
| Mon 05/05 | Tomasina Reyes, HHA | 07:30 | 13:30 | 6.0 | $34.00 | $204.00 |
| Mon 05/05 | Gil Ochoa, HHA | 16:00 | 19:00 | 3.0 | $34.00 | $102.00 |
| Tue 05/06 | Tomasina Reyes, HHA | 07:30 | 13:30 | 6.0 | $34.00 | $204.00 |
| Wed 05/07 | Tomasina Reyes, HHA | 07:45 | 12:15 | 4.5 | $34.00 | $153.00 |
| Wed 05/07 | Harriet Pleasance, LPN | 12:15 | 13:00 | 0.75 | $68.00 | $51.00 |
| Thu 05/08 | Gil Ochoa, HHA | 08:00 | 14:30 | 6.5 | $34.00 | $221.00 |
| Fri 05/09 | Tomasina Reyes, HHA | 07:30 | 13:30 | 6.0 | $34.00 | $204.00 |
| Sat 05/10 | Gil Ochoa, HHA | 09:00 | 12:00 | 3.0 | $36.50 | $109.50 |
| Sun 05/11 | (no paid care - family) | - | - | - | - | - |

Week total billed: $1,248.50

## Benefit calculation, week of 05/05/2025

| Date | Billed | Paid (lesser of billed and $210.00) |
|------|--------|--------------------------------------|
| 05/05 | $306.00 | $210.00 |
| 05/06 | $204.00 | $204.00 |
| 05/07 | $204.00 | $204.00 |
| 05/08 | $221.00 | $210.00 |
| 05/09 | $204.00 | $204.00 |
| 05/10 | $109.50 | $109.50 |
| Total | $1,248.50 | $1,141.50 |

Payment issued 05/16/2025 by direct deposit to Brightmoor Home Care LLC (assignment of benefits on file), EFT trace 0519-44871.

## Pool of money

| As of | Paid to date | Remaining lifetime maximum |
|-------|--------------|-----------------------------|
| 04/30/2025 | $3,522.00 | $303,078.00 |
| 05/16/2025 | $7,884.50 | $298,715.50 |

## Notes

- 05/14/2025 F. Macready: reassessment due 07/21/2025 (every 6 months after initial assessment? no - plan says every 180 days; calendar diary set for 07/20/2025).
- 05/15/2025 I. Salcedo: Saturday rate $36.50 is the agency's weekend rate; allowed.
- 05/19/2025 I. Salcedo: requested the agency's plan-of-care update; Ms. Quist-Delacroix asked whether adult day care is covered - yes, under the home and community care benefit at the same $210.00 daily maximum.
"""

# ---------------------------------------------------------------------------------------------
# 6. Hangar rash on a small aircraft (hangarkeepers liability): logbook extract (TXT)
# ---------------------------------------------------------------------------------------------

HANGAR = """HANGARKEEPERS CLAIM - AIRCRAFT LOGBOOK EXTRACT AND REPAIR RECORD
Carrier: Tamberlane Casualty Company, Aviation Unit       Claim no. AV-25-1190-H
Named insured (hangarkeeper): Tallgrass Aviation Services LLC (FBO), Ridgeview Municipal Airport (KRDV)
Policy: Hangarkeepers Liability HK-0094417, limit $250,000 each aircraft / $1,000,000 each loss,
        deductible $1,000 each aircraft
Aircraft owner (claimant): Augustus "Gus" Fenwright, 88 Sorrel Hill Rd, Ridgeview, IA 50317
Aircraft: 1978 Piper PA-28-181 Archer II, registration N4471K, serial no. 28-7890412
Engine: Lycoming O-360-A4M, serial L-31877-36A
Aviation claims examiner: Tobias Wren, (515) 555-0122

LOSS DESCRIPTION (from FBO incident report IR-0503-01, written by line supervisor Kendra Ozimek)
On 05/03/2025 at approx. 14:20 line technician Brody Kasparian was repositioning N4471K into
Hangar C with the FBO's tug (Lektro unit no. 3). The right wingtip contacted the steel track of
the hangar door; the tug operator did not have a wing walker. Damage: right wingtip fairing
cracked, right aileron outboard trailing edge dented, right wing outboard rib (station 170)
buckled. Nobody was hurt. The owner was notified by phone at 14:55 and arrived at 15:40.

------------------------------------------------------------------------------------------------
AIRFRAME LOGBOOK - N4471K (entries copied from owner's logbook, book 4, pages 31-33)
------------------------------------------------------------------------------------------------
Date        Tach     Hobbs    Entry                                                   Signed
02/14/2025  4212.6   5530.2   Annual inspection IAW 14 CFR Part 43 App. D.            P. Stroud
                              Aircraft found airworthy. ELT battery due 09/2026.      A&P/IA 3318264
04/02/2025  4251.9   5571.0   Replaced left main tire (6.00-6) and tube.              P. Stroud
04/27/2025  4287.3   5609.8   Oil and filter change, 8 qt Phillips 20W-50.            Owner (pref. maint.)
05/03/2025  4288.1   5610.7   Ground damage while towed by FBO (see IR-0503-01).      P. Stroud
                              Aircraft grounded pending repair.                       A&P/IA 3318264
06/10/2025  4288.1   5610.7   Removed and replaced R/H wingtip (P/N 65352-002),       P. Stroud
                              R/H aileron repaired per AC 43.13-1B ch. 4, outboard    A&P/IA 3318264
                              rib sta. 170 replaced (P/N 62355-008), aileron
                              balanced and rigged per Piper MM. Weight & balance
                              revised (empty weight 1,472.6 lb, CG 86.9 in).
06/11/2025  4288.6   5611.3   Ground run and test flight 0.5 hr. Returned to          P. Stroud
                              service.                                                A&P/IA 3318264
------------------------------------------------------------------------------------------------

REPAIR INVOICE - Corvid Aero Repair, Hangar 7, Ridgeview Municipal Airport (FAA repair station
no. C7RR214K), invoice CAR-25-0419 dated 06/12/2025
  Parts (wingtip, rib, hardware, paint)                       $4,318.55
  Labor 61.5 hr @ $118.00                                     $7,257.00
  Paint and refinish (sublet to Ridgeview Aircraft Finishes)  $2,690.00
  Aileron balance and rigging                                   $660.83
  Shop supplies                                                 $214.00
  TOTAL                                                      $15,140.38

OTHER ITEMS CLAIMED BY THE OWNER (letter dated 06/20/2025)
  Loss of use: rental of a comparable aircraft (C172 from Blue Heron Flying Club),
    14.6 hr @ $165.00                                         $2,409.00
  Diminished value (opinion of broker Lars Engebretsen)       $6,500.00
  Owner's travel to the airport (mileage)                        $92.40

EXAMINER'S SETTLEMENT (T. Wren, 07/09/2025)
  Repair invoice CAR-25-0419 allowed in full                 $15,140.38
  Loss of use allowed                                         $2,409.00
  Diminished value - declined (not a direct physical loss under the hangarkeepers form;
    owner advised in writing 07/09/2025)
  Mileage declined
  Less deductible                                            -$1,000.00
  NET PAID to owner, check 0093166 dated 07/11/2025          $16,549.38

Reserve history: 05/06/2025 $20,000.00; 06/13/2025 $18,500.00; closed 07/15/2025 at $16,549.38 paid.
Subrogation: none (insured's own employee).
STATUS: CLOSED 07/15/2025
"""

# ---------------------------------------------------------------------------------------------
# 7. Hail on a farm's ground-mount solar array: e-mail with the installer's inspection attached
# ---------------------------------------------------------------------------------------------

SOLAR_INSPECTION = """SUNFIELD ARRAY SERVICES - POST-STORM INSPECTION SUMMARY
Site: Bracken Hollow Farms, 2881 County Road 14, Teague Falls, KS 67156
System: 160.7 kW DC ground-mount, 412 modules Aurelian Solar AS-390M (390 W), 14 strings,
        two inverters Voltmark VX-60 (serials VX60-22-004871, VX60-22-004872), commissioned 08/2022
Storm: 05/19/2025, hail reported by the owner from about 18:40 to 18:55, largest stones 1.75 in
Inspection date: 05/23/2025, on site 08:30 - 15:10
Technician: Dario Kessling, NABCEP PV Installation Professional no. PV-061-77319
Work order: SAS-WO-3390

METHOD: visual walk of all rows, electroluminescence (EL) imaging of strings 1-14 at night
(05/22/2025, 21:00-23:30), I-V curve trace of each string at 12:00-13:30 on 05/23/2025.

STRING RESULTS
String  Modules  Cracked (EL)  Glass broken  Pmax vs expected
  1      30        0             0            99%
  2      30        2             0            97%
  3      30       11             3            78%
  4      30        1             0            98%
  5      30        0             0            99%
  6      30        4             0            94%
  7      29       13             5            71%
  8      29        3             0            96%
  9      29        0             0            99%
 10      29        2             0            97%
 11      29       15             4            69%
 12      29        4             0            95%
 13      29        2             0            97%
 14      29        0             0            98%
TOTAL   412       57            12

FINDINGS: 57 modules show cell cracking on EL imaging; 12 of those also have broken front
glass and are an immediate safety issue (isolated 05/23/2025). Racking and inverters undamaged.
Strings 3, 7 and 11 (the west block, facing the storm) account for 39 of the 57.

RECOMMENDATION AND ESTIMATE (replace all 57 cracked modules; AS-390M still in production)
  57 replacement modules @ $238.00                                $13,566.00
  Labor: removal, installation, string re-test (2 techs, 3 days)  $11,400.00
  EL re-imaging and commissioning report                           $1,850.00
  Freight (pallet delivery)                                          $640.00
  ESTIMATE TOTAL                                                  $27,456.00
Lead time for modules: 3-4 weeks.
"""

SOLAR_THREAD = [
    {
        "from": "Corrine Bracken <corrine@brackenhollowfarms.example>",
        "to": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "date": (2025, 5, 26, 7, 12),
        "subject": "Re: claim SOL-0827-FM solar panels hail",
        "body": """Hollis,

Attached is Sunfield's inspection summary. Dario says 57 panels are cracked and 12 have broken glass,
mostly on the west block. Production has been down since the storm - our May net-metering credit from
Flint Plains Electric Cooperative looks to be about $1,120 short of last May.

Do we need to wait for you before ordering panels? Sunfield says 3-4 weeks lead time.

Thanks,
Corrine Bracken
Bracken Hollow Farms | (620) 555-0188

> On Wed, May 21, 2025 at 4:02 PM Hollis Vantreese wrote:
> Ms. Bracken, thank you for reporting the hail on 05/20/2025. Your farm policy FPP-2093318 schedules
> the solar array (item 14 on the equipment schedule) at $352,000 replacement cost, with a
> wind/hail deductible of $5,000. Please have your installer inspect and send me the report; I
> can meet them on site. Claim number is SOL-0827-FM.
> Hollis Vantreese, Property Field Adjuster, Tamberlane Casualty Company, (316) 555-0109
""",
    },
    {
        "from": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "to": "Corrine Bracken <corrine@brackenhollowfarms.example>",
        "cc": "Dario Kessling <dkessling@sunfieldarray.example>",
        "date": (2025, 6, 4, 15, 47),
        "subject": "Re: claim SOL-0827-FM solar panels hail - settlement",
        "body": """Corrine,

Thanks for meeting me at the array on 06/02/2025. I agree with Sunfield's scope and am approving
their estimate of $27,456.00 as follows:

   Modules, labor, EL re-imaging (covered as replacement cost)   $26,816.00
   Freight                                                          $640.00
   Less wind/hail deductible                                     -$5,000.00
   Net payable                                                   $22,456.00

Your policy's business income extension does not include net-metering credits (it covers loss of
farm income from crops and livestock only), so the $1,120 production shortfall is not payable; I've
explained this in the letter mailed today.

Payment of $22,456.00 will go out this week jointly to you and Sunfield Array Services (they hold
an assignment for the parts order). Please go ahead and order the modules.

I've set the file to close once payment clears.

Hollis Vantreese
Property Field Adjuster | Tamberlane Casualty Company
(316) 555-0109 | 1100 N Market St, Suite 600, Wichita, KS 67214
""",
    },
    {
        "from": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "to": "Claims Records <records@tamberlane-cas.example>",
        "date": (2025, 6, 19, 9, 5),
        "subject": "SOL-0827-FM closing",
        "body": """Records,

Check 0093011 for $22,456.00 cleared 06/17/2025. Reserve was $30,000.00 (set 05/21/2025),
reduced to paid. Please close SOL-0827-FM as of today, 06/19/2025. No salvage (damaged modules
recycled by Sunfield under their disposal program, no value). No subrogation.

Hollis
""",
    },
]

# ---------------------------------------------------------------------------------------------
# 8. Homeowners mold remediation: indoor air-quality lab report (PDF)
# ---------------------------------------------------------------------------------------------

MOLD = [
    ("t", "NORTHGATE AEROBIOLOGY LABORATORY\nSpore Trap Analysis Report"),
    ("p", "Report no.: NA-25-07713        AIHA-LAP EMLAP accreditation no. 214409\n"
          "Client: ClearAir Indoor Consulting, attn. Gideon Marsh-Tully, CIEC\n"
          "Project: Achterberg residence, 47 Lantern Brook Court, Fallowmere, NC 27599\n"
          "Insurer file (per client): HO-5521-0094M (Tamberlane Casualty Company)\n"
          "Samples collected: 07/11/2025 between 10:20 and 11:05 by G. Marsh-Tully\n"
          "Samples received: 07/12/2025 09:00     Analysis date: 07/14/2025     Report date: 07/15/2025\n"
          "Analyst: Lucia Fernsby, B.S. (mycology)     Method: direct microscopic examination, Air-O-Cell cassettes, "
          "75 L air volume each (15 L/min for 5 min)"),
    ("h", "Results (spores per cubic meter of air)"),
    ("m", "Sample   Location                 Asp/Pen-like  Stachybotrys  Chaetomium  Cladosporium  Total\n"
          "-------  -----------------------  ------------  ------------  ----------  ------------  ------\n"
          "AQ-01    Outdoor control (porch)           160             0           0           880    1,510\n"
          "AQ-02    Kitchen                          9,840           213          53           107   10,420\n"
          "AQ-03    Dining room                      2,613            27           0           133    2,960\n"
          "AQ-04    Lower hall / laundry             1,280             0           0            80    1,520\n"
          "AQ-05    Primary bedroom (upstairs)         240             0           0           187      560\n"
          "-------  -----------------------  ------------  ------------  ----------  ------------  ------\n"
          "Limit of detection: 13 spores/m3. Background debris rating: AQ-02 = 3 (moderate), others = 2."),
    ("h", "Interpretation (by the consultant, not the laboratory)"),
    ("p", "The kitchen sample (AQ-02) shows Aspergillus/Penicillium-like spores at roughly 61 times the outdoor "
          "control and the presence of Stachybotrys and Chaetomium, which are water-damage indicator genera not "
          "found outdoors. The dining room, which shares an open wall with the kitchen, is elevated. The lower hall "
          "and the upstairs bedroom are comparable to outdoor air. Moisture readings taken the same day: kitchen "
          "subfloor under the dishwasher 38% WME (wood moisture equivalent), base cabinet sink side 31% WME, "
          "dining room drywall at 12 in. above floor 22% WME; reference dry wood 11% WME."),
    ("p", "Source: the braided stainless supply line to the dishwasher had a pinhole leak at the crimp fitting. "
          "The homeowner, Desmond Achterberg, noticed buckled laminate in front of the dishwasher on July 8, 2025 "
          "and shut off the supply valve that evening. The plumber (Tarheel Rapid Plumbing, invoice TRP-44120, "
          "$318.00) estimated the leak had been active for several weeks. Visible growth was found on the back of the "
          "dishwasher toe-kick panel and on the underside of the sink base cabinet (approx. 14 sq ft)."),
    ("h", "Consultant's remediation protocol (summary)"),
    ("p", "Condition 3 areas: kitchen (sink base, dishwasher bay, subfloor 6 ft x 8 ft) and dining room lower "
          "drywall (east wall, 2 ft flood cut, 16 lin ft). Containment with negative air (minimum 4 air changes per "
          "hour), HEPA vacuuming, removal of the sink base cabinet, dishwasher toe-kick, laminate flooring in the "
          "kitchen (182 sq ft) and the affected subfloor; antimicrobial application; post-remediation verification "
          "(PRV) by a third party with pass criteria: indoor Asp/Pen-like below outdoor control and no water-damage "
          "indicator genera."),
    ("h", "Insurer's adjustment notes (appended by Ingrid Salcedo, 07/22/2025)"),
    ("p", "Policy HOX-66120457, homeowners HO-3, policy period 11/01/2024 - 11/01/2025. Named insureds Priya and "
          "Desmond Achterberg. Coverage A dwelling $486,000. All-perils deductible $1,000. Fungi, wet or dry rot, "
          "or bacteria: limited coverage endorsement, $10,000 aggregate per policy period, which includes the cost "
          "of testing and remediation. Cause (sudden and accidental discharge from a plumbing appliance supply line) "
          "is covered; the continuous-seepage exclusion was considered and not applied because the insured found "
          "and stopped the leak within 14 days of the first sign (buckled laminate) - noted as a judgment call, "
          "reviewed with supervisor Abernathy Cole on 07/21/2025."),
    ("m", "Item                                              Estimate      Coverage bucket\n"
          "------------------------------------------------  ------------  ------------------------\n"
          "Restorix Remediation, estimate RR-2507-118        $14,860.00    Mold (limited to $10,000)\n"
          "ClearAir Indoor Consulting - assessment + PRV        $2,350.00    Mold (limited to $10,000)\n"
          "Rebuild: cabinets, laminate, drywall, paint         $7,230.50    Water damage - Coverage A\n"
          "Dishwasher supply line / plumber TRP-44120             $318.00    Not covered (repair of the\n"
          "                                                                  source itself)\n"
          "Additional living expense (kitchen unusable)          $1,145.00    Coverage D\n"
          "------------------------------------------------  ------------  ------------------------"),
    ("p", "Payment plan: mold bucket capped at $10,000.00; water damage $7,230.50; ALE $1,145.00; less deductible "
          "$1,000.00 applied once. Net claim payable $17,375.50. First payment (rebuild advance) $6,230.50 issued "
          "07/24/2025, check 0094410. Status: OPEN, awaiting PRV results. Indemnity reserve $17,375.50."),
    ("p", "Laboratory statement: results relate only to the samples as received. Northgate Aerobiology Laboratory, "
          "902 Pine Ridge Parkway, Durham, NC 27713. Approved by: Dr. Ruth Okonkwo-Hale, Laboratory Director."),
]

# ---------------------------------------------------------------------------------------------
# 9. D&O claim notice with a board-minutes excerpt (DOCX)
# ---------------------------------------------------------------------------------------------

DO_PARAS = [
    ("h", "NOTICE OF CLAIM - DIRECTORS & OFFICERS LIABILITY"),
    ("p", "To: Tamberlane Casualty Company, Management Liability Claims, attn. Renata Okafor-Bell"),
    ("p", "From: Gretchen Abernook, General Counsel and Corporate Secretary, Verdant Loom Textiles, Inc."),
    ("p", "Date of this notice: June 10, 2025"),
    ("p", "Verdant Loom Textiles, Inc. (the Company), a privately held Delaware corporation with its principal "
          "office at 300 Shuttle Mill Way, Haw River Crossing, NC 27258, gives notice of a claim under its private "
          "company management liability policy. The claim is a written demand dated June 3, 2025 from Ostrowski "
          "Capital Partners III, L.P., which holds 14.2% of the Company's common stock, through its counsel "
          "Wyeth Dunmore Sallis LLP (partner Anton Sallis). The demand alleges that the directors breached their "
          "fiduciary duties by approving on January 28, 2025 the sale of the Company's idle Greensboro finishing "
          "mill (the Glenmere Road property) to Carraway Street Holdings LLC for $4,150,000, when an appraisal "
          "the Company had itself commissioned in 2024 valued the property at $6,800,000. Carraway Street Holdings "
          "LLC is owned by Philip Drummond, the brother-in-law of the Company's CEO, Lionel Haverstock."),
    ("p", "The demand asks the board to (1) rescind the sale or recover the difference of $2,650,000 from the "
          "directors who voted for it, (2) appoint a special litigation committee, and (3) pay Ostrowski's fees. "
          "It threatens a derivative suit in the Delaware Court of Chancery if the board does not respond within "
          "45 days of the letter. No suit has been filed."),
    ("h", "Directors and officers named in the demand"),
    ("table", [
        ["Name", "Position", "Vote on Jan 28 sale", "Counsel (if any)"],
        ["Lionel Haverstock", "Chair, President and CEO", "Abstained (recused)", "Pell Crandall LLP"],
        ["Margit Oyelaran", "Director; Chair of Audit Committee", "For", "to be appointed"],
        ["Desmond Hale-Whitcomb", "Director", "For", "to be appointed"],
        ["Rosalind Pettigrew", "Director", "For", "to be appointed"],
        ["Curtis Bellamy", "CFO (not a director)", "n/a", "to be appointed"],
        ["Helena Strand", "Director (Ostrowski designee)", "Against", "not a target of the demand"],
        ["Ambrose Feltner", "Director", "For", "to be appointed"],
    ]),
    ("h", "Policy"),
    ("table", [
        ["Item", "Detail"],
        ["Policy number", "DOP-7720415"],
        ["Form", "Private Company Management Liability (D&O coverage part)"],
        ["Policy period", "04/15/2025 to 04/15/2026 (claims made and reported)"],
        ["Limit of liability", "$10,000,000 aggregate, D&O coverage part"],
        ["Retention", "$0 Insuring Agreement A (non-indemnifiable); $250,000 Insuring Agreements B and C"],
        ["Prior and pending litigation date", "04/15/2019"],
        ["Broker", "Sallow Point Risk Partners, account executive Denise Marchetti"],
    ]),
    ("h", "Excerpt from the minutes of the Board of Directors meeting of January 28, 2025"),
    ("p", "Meeting held at the Company's offices and by video conference, called to order at 14:00 by the Chair. "
          "Present: Lionel Haverstock, Margit Oyelaran, Desmond Hale-Whitcomb, Rosalind Pettigrew, Helena Strand, "
          "Ambrose Feltner. Also present: Curtis Bellamy (CFO), Gretchen Abernook (Secretary), and for item 4 "
          "only, Neville Osei of Brightwater Commercial Realty. Quorum present."),
    ("p", "Item 4 - Proposed sale of the Glenmere Road property. Mr. Osei reported that the property had been "
          "marketed since September 2024, that two written offers had been received (Carraway Street Holdings LLC "
          "at $4,150,000 all cash, closing in 30 days; and Ironbridge Logistics Parks at $5,300,000 subject to "
          "rezoning and a 9-month due-diligence period), and that the 2024 appraisal by Hollister & Vane ($6,800,000) "
          "assumed a rezoning to light industrial that the city had since declined. Mr. Haverstock disclosed that "
          "Carraway Street Holdings LLC is owned by his brother-in-law and left the meeting at 14:42. Ms. Strand "
          "asked that a fresh appraisal be obtained before any vote; the motion to defer failed 1-4. On motion by "
          "Ms. Oyelaran, seconded by Mr. Feltner, the board resolved to approve the sale to Carraway Street "
          "Holdings LLC at $4,150,000. Vote: 4 for, 1 against (Strand), 1 recused (Haverstock). Mr. Haverstock "
          "rejoined at 15:05."),
    ("p", "Item 5 - Mr. Bellamy reported the Q4 2024 results: net sales $38.6 million, EBITDA $2.9 million, "
          "covenant headroom under the Tarrant Federal credit line adequate. The meeting adjourned at 15:40."),
    ("p", "Sale closed on February 27, 2025; net proceeds to the Company $3,987,400 after commissions and closing "
          "costs."),
    ("h", "Carrier acknowledgment (added to the file)"),
    ("p", "Acknowledged June 12, 2025 by Renata Okafor-Bell, management liability claim specialist. Claim number "
          "assigned: DO-2025-0061. Panel defense counsel proposed: Thorne Ecclestone LLP (Wilmington). Status: open, "
          "coverage position under review (possible insured-vs-insured issue: Ostrowski has a board designee). "
          "Defense expense reserve $350,000; indemnity reserve $0 pending evaluation."),
]

# ---------------------------------------------------------------------------------------------
# 10. Dry cleaner bailee (customers' goods): e-mail thread with the ticket list attached
# ---------------------------------------------------------------------------------------------

TICKETS_CSV = """ticket,customer,item,declared value,cleaner's valuation,condition after loss
44817,Marguerite Oyelowo,wool overcoat (camel),$420.00,$260.00,water stained - total
44821,Fenton Albright,2 dress shirts,$90.00,$54.00,cleaned - OK
44826,Sabine Delacourt,silk wedding gown,$2800.00,$1450.00,dye bleed - total
44830,Hiroshi Tanabe,suit (2-pc navy),$650.00,$390.00,shrinkage - total
44833,Priscilla Vandermeer,comforter (down),$310.00,$180.00,mildew - total
44839,Okonkwo Family,drapery panels (6),$1200.00,$720.00,water stained - total
44842,Lena Castellanos,leather jacket,$540.00,$300.00,cleaned - OK
44845,Declan Moorcroft,tuxedo (rental stock - Regal Formal Rentals),$380.00,$240.00,water stained - total
44851,Tamsin Greaves,cashmere sweater (3),$450.00,$270.00,felted - total
44858,Arturo Benedetti,area rug 5x8,$900.00,$540.00,dye bleed - total
"""

CLEANER_THREAD = [
    {
        "from": "Jae-won Baek <jw@pressworthcleaners.example>",
        "to": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "date": (2025, 8, 4, 10, 31),
        "subject": "Pressworth Cleaners - sprinkler pipe burst - customer clothes",
        "body": """Mr. Vantreese,

Our agent Trudy Halvorsen at Cedarline Insurance Group gave me your name. On Saturday 08/02/2025 a
sprinkler branch line burst above the finished-goods rail at our Alder Street plant. The alarm company
(Sentinel Northwest, account 55-20918) logged the waterflow alarm at 03:17 and the fire department
shut the water off at 03:52. I got there at 06:50. About 140 customer orders were hanging under the
line. We re-cleaned most of them. Ten orders are ruined or may be; the list is attached with what the
customers wrote on the ticket and what we think they are worth.

Our bailee policy is BCP-118840. I have also reported the building damage to the landlord, Alder Street
Partners, since the sprinkler system is theirs.

Jae-won Baek
Owner, Pressworth Garment Care Inc. (dba Pressworth Cleaners)
615 Alder Street, Hollins Quay, WA 98368 | (360) 555-0144
""",
        "attach": ("pressworth_ticket_list.csv", TICKETS_CSV),
    },
    {
        "from": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "to": "Jae-won Baek <jw@pressworthcleaners.example>",
        "date": (2025, 8, 14, 16, 20),
        "subject": "Re: Pressworth Cleaners - sprinkler pipe burst - customer clothes (claim BC 88-40217)",
        "body": """Mr. Baek,

Your claim number is BC 88-40217. I inspected the eight total-loss orders at the plant on 08/12/2025
(the two marked cleaned - OK were released to their owners).

Your Bailee Customers coverage pays the lesser of the actual cash value of the goods and the amount
you would charge for them under your ticket terms, which limit liability to 10 times the cleaning
charge, but not more than $1,000 per item on any one ticket. The limit is $25,000 per occurrence with
a $250 deductible. I am using your valuation column as ACV for everything except the wedding gown: its
cleaning charge was $185.00, so the ticket limit is $1,850.00 but the $1,000 per-item cap applies.

   Eight total-loss tickets at your valuation       $4,050.00
   Wedding gown 44826 capped at $1,000.00            -$450.00
   Subtotal                                         $3,600.00
   Less deductible                                   -$250.00
   Net payable                                      $3,350.00

I will pay each customer directly on your instruction. Regal Formal Rentals owns the tuxedo on
ticket 44845 and will be paid instead of Mr. Moorcroft.

Hollis Vantreese
Property Field Adjuster | Tamberlane Casualty Company | (316) 555-0109

> On Mon, Aug 4, 2025 at 10:31 AM Jae-won Baek wrote:
> On Saturday 08/02/2025 a sprinkler branch line burst above the finished-goods rail...
""",
    },
    {
        "from": "Hollis Vantreese <hvantreese@tamberlane-cas.example>",
        "to": "Claims Records <records@tamberlane-cas.example>",
        "date": (2025, 9, 2, 11, 0),
        "subject": "BC 88-40217 closed",
        "body": """All eight customer payments issued 08/20/2025 (checks 0094671 through 0094678) totalling
$3,350.00; the deductible was taken from the Benedetti rug payment ($540.00 less $250.00 = $290.00).
Subrogation referred to Gault Recovery Services against Alder Street Partners and the sprinkler
contractor Northline Fire Protection (last inspection 03/2025) - file SUB-25-7702.
Reserve was $6,000.00. Closed 09/02/2025.
Hollis Vantreese
""",
    },
]


def save_docx(doc: Document, name: str, when: dt.datetime) -> None:
    """Save with fixed metadata and zip timestamps so that the file is byte-identical on every run."""
    doc.core_properties.created = when
    doc.core_properties.modified = when
    doc.core_properties.last_modified_by = "train7"
    doc.core_properties.revision = 1
    path = OUT / name
    doc.save(str(path))
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, data in items:
            info = zipfile.ZipInfo(fname, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build_dealer() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Tamberlane Casualty Company - Claim AU/25/558120 - Dealers Open Lot - CONFIDENTIAL"
    sec.footer.paragraphs[0].text = "Hailstrike Appraisal Group, 5127 Sutter Bend Dr, Lincoln, NE 68516 - report HSA-25-2261"
    doc.add_heading("Hail Damage Inventory Appraisal - Prairie Summit Motors", level=1)
    for t in [
        "Insured: Prairie Summit Motors, Inc., 4400 W Kessler Parkway, Arcola Bend, NE 68025. Dealer principal: "
        "Vaughn Prather. Used-car manager and lot contact: Connie Breithaupt, (402) 555-0171.",
        "Policy: Dealers Open Lot DOL-48821-NE, Tamberlane Casualty Company, policy period 01/01/2025 - 01/01/2026. "
        "Hail deductible $2,500 per vehicle, subject to a maximum of $25,000 per occurrence. Limit $4,000,000 per "
        "location.",
        "Storm: June 7, 2025. The dealership's camera on the service-drive pole shows hail starting at 16:50 and "
        "ending at 17:12. The National Weather Service storm report for Arcola Bend lists hail up to 2.00 inches at "
        "16:58. The lot held 86 units at the time; 77 were parked on the east display lot under open sky and 9 were "
        "inside the service canopy or showroom.",
        "Inspection: units were inspected under LED light boards on June 10 and June 11, 2025 by appraiser Wendell "
        "Ashgrove (Hailstrike Appraisal Group) with Connie Breithaupt present. Field adjuster: Hollis Vantreese. "
        "This report covers the first ten units (sample batch 1, the highest-value new units and all used units on "
        "row A); batch 2 (the remaining units) is to follow.",
    ]:
        doc.add_paragraph(t)
    doc.add_heading("Batch 1 - unit schedule", level=2)
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for i, h in enumerate(["Stock no.", "Year / make / model", "VIN", "Dents", "Repair estimate", "Disposition"]):
        table.rows[0].cells[i].text = h
    for row in DEALER_UNITS:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_heading("Batch 1 totals", level=2)
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in [
        ("Units inspected", "10"),
        ("Units damaged", "9"),
        ("Repair estimates, repairable units (8)", "$59,530.00"),
        ("Total loss U1203 - ACV", "$11,450.00"),
        ("Salvage bid U1203 (Midplains Salvage Auction)", "$2,100.00"),
        ("Deductible, batch 1 (9 damaged units x $2,500)", "$22,500.00"),
        ("Net batch 1 (repairs + ACV - salvage - deductible)", "$46,380.00"),
    ]:
        c = t2.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_heading("Remarks", level=2)
    for t in [
        "U1203 (2018 Halvard Cascade EX): repair estimate of $12,900.00 exceeds 100% of ACV ($11,450.00); treated as "
        "a total loss. The dealer agrees to sell it to the salvage bidder.",
        "N2240 (2025 Cordova Vista Hybrid): the panoramic roof frame is creased; roof skin replacement required, "
        "sectioning approved by the manufacturer's body repair bulletin CB-24-117.",
        "P4431 was inside the service canopy; no damage. It is listed only because it was on the dealer's claimed "
        "list.",
        "Because the per-occurrence deductible cap is $25,000 and batch 1 already uses $22,500 of it, only $2,500 of "
        "deductible remains to be applied to batch 2, however many units batch 2 contains.",
        "Floor-plan lender: Heartland Motor Acceptance Corp. (loss payee on new units). Payments for new units "
        "(stock numbers starting N and P) are to be issued jointly to the dealer and Heartland Motor Acceptance.",
        "Reserve (set by H. Vantreese on 06/09/2025): $420,000.00 for the whole occurrence. Batch 2 (67 units) "
        "appraisal is scheduled for June 24-26, 2025. Claim status: open.",
    ]:
        doc.add_paragraph(t)
    doc.add_paragraph("Wendell Ashgrove, Senior Hail Appraiser, Hailstrike Appraisal Group - June 13, 2025")
    save_docx(doc, "prairie_summit_hail_inventory.docx", dt.datetime(2025, 6, 13))


def build_do() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "PRIVILEGED AND CONFIDENTIAL - Verdant Loom Textiles, Inc."
    sec.footer.paragraphs[0].text = "Notice under policy DOP-7720415 - page footer"
    for style, content in DO_PARAS:
        if style == "h":
            doc.add_heading(content, level=2)
        elif style == "table":
            t = doc.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for row in content:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
        else:
            doc.add_paragraph(content)
    save_docx(doc, "verdant_loom_do_notice.docx", dt.datetime(2025, 6, 10))


def build_eml(name: str, thread: list[dict]) -> None:
    """One .eml holding the last message, with the earlier messages of the thread quoted below it."""
    last = thread[-1]
    msg = EmailMessage()
    msg["From"] = last["from"]
    msg["To"] = last["to"]
    if "cc" in last:
        msg["Cc"] = last["cc"]
    msg["Subject"] = last["subject"]
    y, mo, d, h, mi = last["date"]
    msg["Date"] = email.utils.format_datetime(
        dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<{name}.{y}{mo:02d}{d:02d}@tamberlane-cas.example>"
    parts = [last["body"]]
    for earlier in reversed(thread[:-1]):
        y, mo, d, h, mi = earlier["date"]
        header = (f"-----Original Message-----\nFrom: {earlier['from']}\nTo: {earlier['to']}\n"
                  + (f"Cc: {earlier['cc']}\n" if "cc" in earlier else "")
                  + f"Sent: {mo:02d}/{d:02d}/{y} {h:02d}:{mi:02d}\nSubject: {earlier['subject']}\n\n")
        parts.append(header + earlier["body"])
    msg.set_content("\n\n".join(parts))
    for m in thread:
        if "attach" in m:
            fname, text = m["attach"]
            msg.add_attachment(text.encode(), maintype="text", subtype="plain", filename=fname)
    if msg.is_multipart():
        msg.set_boundary(f"==train7-{name}==")
    (OUT / name).write_bytes(bytes(msg))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    save_pdf("casa_verdillo_health_inspection.pdf", "Cascadia County Environmental Health - Report EH-25-0318-07",
             "Casa Verdillo Cantina - FE-2291-0473", HEALTH)
    (OUT / "casa_verdillo_claimant_log.md").write_text(GUEST_LOG)
    build_dealer()
    save_pdf("halvorsen_coop_forensic_schedule.pdf", "Pryce & Tallow Forensic LLP - Engagement PT-25-0188 - Confidential",
             "Schedule of missing deposits", CRIME)
    (OUT / "kettle_ridge_remediation_ledger.md").write_text(REMEDIATION)
    (OUT / "kettle_ridge_lab_results.txt").write_text(LAB)
    (OUT / "quist_ltc_timesheets.md").write_text(LTC)
    (OUT / "n4471k_hangar_logbook.txt").write_text(HANGAR)
    solar = [dict(m) for m in SOLAR_THREAD]
    solar[0]["attach"] = ("sunfield_inspection_SAS-WO-3390.txt", SOLAR_INSPECTION)
    build_eml("bracken_hollow_solar_hail.eml", solar)
    save_pdf("achterberg_mold_air_quality.pdf", "Northgate Aerobiology Laboratory - NA-25-07713",
             "Spore trap analysis - Achterberg", MOLD)
    build_do()
    build_eml("pressworth_bailee_thread.eml", CLEANER_THREAD)


if __name__ == "__main__":
    main()
