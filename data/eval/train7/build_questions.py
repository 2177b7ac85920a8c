"""Write questions.jsonl and calc_specs.json for the train7 set (the questions are hand-written below).

Run: /work/main/.venv/bin/python data/eval/train7/build_questions.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

HI = "casa_verdillo_health_inspection.pdf"
GL = "casa_verdillo_claimant_log.md"
DL = "prairie_summit_hail_inventory.docx"
FS = "halvorsen_coop_forensic_schedule.pdf"
RL = "kettle_ridge_remediation_ledger.md"
LR = "kettle_ridge_lab_results.txt"
LTC = "quist_ltc_timesheets.md"
AV = "n4471k_hangar_logbook.txt"
SO = "bracken_hollow_solar_hail.eml"
MO = "achterberg_mold_air_quality.pdf"
DO = "verdant_loom_do_notice.docx"
BC = "pressworth_bailee_thread.eml"

C1 = "GL-FB-2025-04417"
C2 = "AU/25/558120"
C3 = "CR-0315-22907"
C4 = "ENV 25 004418"
C5 = "LTC-00871346"
C6 = "AV-25-1190-H"
C7 = "SOL-0827-FM"
C8 = "HO-5521-0094M"
C9 = "DO-2025-0061"
C10 = "BC 88-40217"

SRC = {C1: [HI, GL], C2: DL, C3: FS, C4: [RL, LR], C5: LTC, C6: AV, C7: SO, C8: MO, C9: DO, C10: BC}

QS: list[dict] = []
CALCS: dict[str, dict] = {}


def auto_rx(ans: str) -> str:
    """A regex accepting the answer with flexible spacing; amounts with or without $, commas and zero cents."""
    m = re.fullmatch(r"\$([\d,]+)(\.\d\d)?(.*)", ans)
    if m:
        whole = m.group(1).replace(",", "")
        cents = m.group(2) or ""
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        num = ",?".join(groups)
        if cents in ("", ".00"):
            cents_rx = r"(\.00)?"
        else:
            cents_rx = re.escape(cents)
        return r"\$?\s?" + num + cents_rx + r"(?!\d)"
    parts = [re.escape(p) for p in ans.split()]
    return r"\s*".join(parts) if len(parts) > 1 else parts[0]


def N(q: str, claim: str | None, ans: str, src, kind: str, rx: str | None = None) -> None:
    QS.append({"question": q, "route": "needle", "claim_id": claim, "expected_answer": ans,
               "expected_regex": rx or auto_rx(ans), "expect_not_found": False, "source": src, "kind": kind})


def C(q: str, claim: str, ans: str, src, kind: str, op: str, inputs: list[str], rx: str | None = None,
      **extra) -> None:
    if rx is None:
        if ans.startswith("$"):
            rx = auto_rx(ans)
        elif ans in ("yes", "no"):
            rx = r"\b" + ans + r"\b"
        else:
            m = re.fullmatch(r"([\d.]+) (days|gallons|hours|minutes|units|%)", ans)
            if m:
                rx = r"\b" + re.escape(m.group(1)) + r"\s*" + m.group(2).rstrip("s") + "s?"
            elif re.fullmatch(r"[\d.]+%", ans):
                rx = re.escape(ans[:-1]) + r"\d*\s*%"
            else:
                rx = r"\s*".join(re.escape(p) for p in ans.split())
    QS.append({"question": q, "route": "calculation", "claim_id": claim, "expected_answer": ans,
               "expected_regex": rx, "expect_not_found": False, "source": src, "kind": kind})
    CALCS[q] = {"op": op, "inputs": inputs, **extra}


def S(q: str, claim: str, points: list[str]) -> None:
    QS.append({"question": q, "route": "summary", "claim_id": claim, "expected_answer": None,
               "expected_regex": None, "expect_not_found": False, "source": SRC[claim], "kind": "summary",
               "expected_points": points})


def L(q: str, claims: list[str], rx: str | None = None) -> None:
    srcs: list[str] = []
    for c in claims:
        s = SRC[c]
        srcs += s if isinstance(s, list) else [s]
    if rx is None:
        rx = "".join(f"(?=[\\s\\S]*{re.escape(c).replace(chr(92) + ' ', r'[ -]?')})" for c in claims) if claims \
            else r"\b(no|none|not|zero)\b"
    QS.append({"question": q, "route": "lookup", "claim_id": None, "expected_answer": None,
               "expected_regex": rx, "expect_not_found": False, "source": srcs, "kind": "lookup",
               "expected_claims": claims})


def X(q: str, claim: str | None, src=None) -> None:
    QS.append({"question": q, "route": "none", "claim_id": claim, "expected_answer": None, "expected_regex": None,
               "expect_not_found": True, "source": src if src is not None else (SRC[claim] if claim else None),
               "kind": "none"})


def NOCHK(*also: str) -> dict:
    """For time-of-day durations or figures stated in the question: check only these pieces in the source."""
    return {"check_inputs": False, "also_in_source": list(also)}


# ---------------------------------------------------------------------------------------------
# 1. Casa Verdillo - food-borne illness (GL)
# ---------------------------------------------------------------------------------------------
N("what was RB-2 reading when pruitt checked it at the cantina", C1, "48 F", HI, "plain")
N("hollandaise temp at the inspection? casa verdillo", C1, "104 F", HI, "plain")
N("inspection score on the outbreak visit for GL-FB-2025-04417", C1, "71 / 100", HI, "table", r"71\s*/\s*100")
N("re-inspection score casa verdillo", C1, "94 / 100", HI, "plain", r"94\s*/\s*100")
N("badge # of the health inspector on the cantina file", C1, "4471", HI, "reference", r"\b4471\b")
N("what time did the inspectors get to the restaurant on 3/18", C1, "09:40", HI, "time", r"0?9:40")
N("what time were the eggs benedict bites served at the haldane banquet", C1, "21:05", HI, "time")
N("egg lot code from greyfeather", C1, "GF-0309-B", HI, "reference")
N("who is keiko amundsen", C1, "epidemiologist", HI, "role")
N("who was the person in charge at casa verdillo during the inspection", C1, "Mateo Verdillo", HI, "role")
N("address of the restaurant in the salmonella claim", C1, "2210 Orchard Ferry Road, Lindale Springs, OR 97488",
  HI, "address", r"2210 Orchard Ferry R(oa)?d")
N("cgl policy no for the cantina", C1, "CGL 7751-0932-22", HI, "reference")
N("med pay limit per person on the food poisoning claim", C1, "$5,000", HI, "amount")
N("what bug made the banquet guests sick", C1, "Salmonella Enteritidis", HI, "paraphrase")
N("which dish did the epi work blame", C1, "eggs benedict bites", HI, "paraphrase")
N("who's the banquet cook at verdillo", C1, "Quentin Fairbairn", HI, "role")
N("when did the sick prep cook leave work", C1, "March 12", HI, "date", r"(March|Mar\.?) 12|03/12")
N("ridgeline refrigeration service ticket number", C1, "RR-88104", HI, "reference")
N("what did the fridge tech end up replacing on RB-2", C1, "condenser fan motor", HI, "paraphrase")
N("when was the cantina allowed to reopen", C1, "March 21, 2025", HI, "date", r"(March 21|03/21)")
N("hold tag no on the reach-in", C1, "EH-HOLD-0917", HI, "reference")
N("state lab accession batch for the verdillo samples", C1, "PHL-25-04471", HI, "reference")
N("what did sample CC-25-1187 come back as", C1, "Salmonella Enteritidis", HI, "table")
N("vasquez medical billed", C1, "$18,640.22", GL, "table")
N("who represents bettina crowe", C1, "Marsh Kilbride PC", GL, "table")
N("onset time for terrence haldane", C1, "01:40", GL, "time", r"0?1:40")
N("check # for the ostby med pay", C1, "0081775", GL, "reference")
N("brisco & hale combined demand amt", C1, "$96,000.00", GL, "amount")
N("who approved the may reserve increase on the cantina file", C1, "Oswin Tredgold", GL, "role")
N("expense rsv on casa verdillo", C1, "$12,500.00", GL, "amount")
N("osprey fields claim ref", C1, "OFAM-25-30917", GL, "reference")
N("who's the producer at sable creek on the salmonella claim", C1, "Lydia Fontaine", GL, "role")
N("june haldane-ortiz lost wages", C1, "$1,440.00", GL, "table")
N("when was the food illness claim reported to us", C1, "03/19/2025", GL, "date", r"0?3/19/(20)?25|March 19")
N("what was the banquet price per head", C1, "$62.00", HI, "amount")
N("how long was lorna vasquez in the hospital", C1, "3/15 - 3/18", GL, "paraphrase", r"3/15\s*-\s*3/18|3 days")

C("how many days from the banquet to the report to carrier on GL-FB-2025-04417", C1, "5 days", GL, "duration",
  "days", ["03/14/2025", "03/19/2025"])
C("total med pay paid so far on the cantina claim", C1, "$2,899.75", GL, "sum", "sum",
  ["$2,318.75", "$486.00", "$95.00"])
C("combined medical billed for the two brisco & hale clients", C1, "$31,545.32", GL, "sum", "sum",
  ["$18,640.22", "$12,905.10"])
C("how long after dessert was served did the first guest get sick", C1, "4 hours 35 minutes", [HI, GL], "duration",
  "minutes", ["03/14/2025 21:05", "03/15/2025 01:40"], rx=r"4\s*h(ou)?rs?,?\s*(and\s*)?35\s*min", **NOCHK("21:05", "01:40"))
C("how much has the BI reserve gone up on casa verdillo since it was first set", C1, "$60,000.00", GL, "difference",
  "diff", ["$135,000.00", "$75,000.00"])
C("current indemnity reserve on the cantina claim after the latest change?", C1, "$135,000.00", GL, "latest",
  "latest", ["$75,000.00", "$110,000.00", "$135,000.00"])
C("are the two attorney demands together within the $1M per occurrence limit on the cantina policy", C1, "yes",
  [GL, HI], "limit-check", "within", ["$96,000.00", "$42,500.00", "$1,000,000"])
C("how long were the inspectors on site at verdillo on 3/18", C1, "3 hours 35 minutes", HI, "duration", "minutes",
  ["03/18/2025 09:40", "03/18/2025 13:15"], rx=r"3\s*h(ou)?rs?,?\s*(and\s*)?35\s*min", **NOCHK("09:40", "13:15"))
C("what % of the booked banquet guests met the case definition", C1, "28.9%", HI, "percentage", "pct", ["11", "38"])
C("how many days between the outbreak inspection and the re-inspection at the cantina", C1, "7 days", HI, "duration",
  "days", ["March 18, 2025", "March 25, 2025"], **NOCHK("March 18, 2025", "March 25, 2025"))
C("medical billed for bettina crowe plus her lost wages", C1, "$17,977.60", GL, "sum", "sum",
  ["$14,077.60", "$3,900.00"])

S("summarize the casa verdillo claim", C1,
  [r"Casa Verdillo", r"Salmonella", r"March 14, 2025|03/14/2025", r"hollandaise|eggs benedict|shell eggs",
   r"\$?135,000|\$?96,000", r"OPEN"])

X("what's the name of the prep cook who was out sick at the cantina", C1)
X("lorna vasquez DOB?", C1)
X("mateo verdillo's cell number", C1)
X("what temp was the salad cooler at the re-inspection", C1)
X("what did greyfeather's insurer say about contribution on the cantina claim - their coverage position letter date",
  C1)

# ---------------------------------------------------------------------------------------------
# 2. Prairie Summit Motors - dealership hail (dealers open lot)
# ---------------------------------------------------------------------------------------------
N("VIN on stock P4420", C2, "3RW5F8E23SK118107", DL, "table")
N("dent count on the cordova vista hybrid", C2, "411", DL, "table", r"\b411\b")
N("repair est for N2208", C2, "$9,115.00", DL, "table")
N("what's happening with U1187 - disposition?", C2, "Conventional repair", DL, "table")
N("which stock # came through with no damage on the dealer lot", C2, "P4431", DL, "paraphrase")
N("what time did the hail start at prairie summit", C2, "16:50", DL, "time")
N("when did the hail stop at the dealership", C2, "17:12", DL, "time")
N("max hail size NWS reported in arcola bend", C2, "2.00 inches", DL, "plain", r"2(\.00)?\s*(in|inch)")
N("who's connie breithaupt", C2, "Used-car manager", DL, "role", r"used[- ]car manager")
N("dealer principal at prairie summit motors", C2, "Vaughn Prather", DL, "role")
N("who appraised the dealership hail", C2, "Wendell Ashgrove", DL, "role")
N("hailstrike report #", C2, "HSA-25-2261", DL, "reference")
N("who's the floor plan lender on the new units", C2, "Heartland Motor Acceptance Corp.", DL, "paraphrase",
  r"Heartland Motor Acceptance")
N("per-car hail ded on DOL-48821-NE", C2, "$2,500 per vehicle", DL, "amount", r"\$?2,?500")
N("max deductible per occurrence for the dealership hail", C2, "$25,000 per occurrence", DL, "amount", r"\$?25,?000")
N("salvage bid on the 2018 halvard", C2, "$2,100.00", DL, "table")
N("dealership address prairie summit", C2, "4400 W Kessler Parkway, Arcola Bend, NE 68025", DL, "address",
  r"4400 W(est|\.)? Kessler")
N("reserve on AU/25/558120", C2, "$420,000.00", DL, "amount")
N("when is batch 2 being appraised on the car lot hail", C2, "June 24-26, 2025", DL, "date", r"June 24\s*-\s*26")
N("repair bulletin cited for the vista hybrid roof", C2, "CB-24-117", DL, "reference")
N("what stock # is VIN 5CM7A2C41SH221094", C2, "N2231", DL, "table")
N("how many cars were on the prairie summit lot when it hailed", C2, "86 units", DL, "plain", r"\b86\b")
N("ACV on the total loss halvard cascade", C2, "$11,450.00", DL, "table")
N("dent count U1203", C2, "522", DL, "table", r"\b522\b")
N("which days did ashgrove inspect the lot", C2, "June 10 and June 11, 2025", DL, "date", r"June 10.{0,10}(June )?11")
N("policy limit per location on the dealer lot policy", C2, "$4,000,000 per location", DL, "amount", r"\$?4,?000,?000")

C("pdr total for the two tundrel XLTs on the dealer claim", C2, "$12,400.00", DL, "sum", "sum", ["$6,480.00", "$5,920.00"])
C("how many days from the dealership hail to the appraisal report", C2, "6 days", DL, "duration", "days",
  ["June 7, 2025", "June 13, 2025"])
C("prairie summit batch 1 before deductible - repairs plus ACV less salvage", C2, "$68,880.00", DL, "sum", "signed",
  ["$59,530.00", "$11,450.00", "$2,100.00"], signs=[1, 1, -1])
C("is U1203's repair estimate within its ACV", C2, "no", DL, "limit-check", "within", ["$12,900.00", "$11,450.00"])
C("how much deductible is left for batch 2 at the dealership", C2, "$2,500.00", DL, "remainder", "diff",
  ["$25,000", "$22,500.00"])
C("what share of the dealer's 86 units were out in the open when it hailed", C2, "89.5%", DL, "percentage", "pct",
  ["77", "86"])
C("how long did the hail last at prairie summit", C2, "22 minutes", DL, "duration", "minutes",
  ["06/07/2025 16:50", "06/07/2025 17:12"], **NOCHK("16:50", "17:12"))
C("total estimates for the three cordova meridians", C2, "$19,850.00", DL, "sum", "sum",
  ["$9,115.00", "$2,890.00", "$7,845.00"])
C("net on U1203 after salvage", C2, "$9,350.00", DL, "difference", "diff", ["$11,450.00", "$2,100.00"])

S("give me a rundown of the dealership hail claim", C2,
  [r"Prairie Summit", r"hail", r"June 7, 2025|06/07/2025", r"\$?420,000|\$?46,380", r"open",
   r"Ashgrove|Hailstrike"])

X("ACV on the N2240 vista hybrid?", C2)
X("odometer on U1187", C2)
X("what did the batch 2 appraisal total on the car lot", C2)
X("premium on the dealers open lot policy", C2)

# ---------------------------------------------------------------------------------------------
# 3. Halvorsen co-op - employee theft (commercial crime)
# ---------------------------------------------------------------------------------------------
N("who's the bookkeeper in the co-op theft", C3, "Darla Minchew", FS, "role")
N("shortfall on the 11/15/2024 deposit", C3, "$6,500.00", FS, "table")
N("deposit slip number for the 11/15 deposit on CR-0315-22907", C3, "DS-10571", FS, "table")
N("largest single missing deposit amount in schedule A", C3, "$7,983.35", FS, "table")
N("when did the GM discover the deposit problem", C3, "February 11, 2025", FS, "date", r"February 11|02/11/2025")
N("when did minchew resign", C3, "February 14, 2025", FS, "date", r"February 14|02/14/2025")
N("police case # on the halvorsen theft", C3, "25-000731", FS, "reference")
N("which detective has the co-op case", C3, "Lyle Amberson", FS, "role")
N("employee theft limit on the co-op crime policy", C3, "$250,000 per occurrence", FS, "amount", r"\$?250,?000")
N("crime deductible halvorsen", C3, "$5,000", FS, "amount")
N("pryce & tallow engagement no", C3, "PT-25-0188", FS, "reference")
N("what's marcus tallow's role", C3, "Partner", FS, "role", r"partner")
N("which bank does the co-op use", C3, "Prairie Lantern State Bank", FS, "plain")
N("petty cash imprest at halvorsen", C3, "$500.00", FS, "amount")
N("how much did the co-op claw back from minchew's last paycheck", C3, "$4,200.00", FS, "paraphrase")
N("date of the minchew repayment agreement", C3, "March 28, 2025", FS, "date", r"March 28|03/28/2025")
N("how much in register 2 voids did the accountants leave out", C3, "$4,106.90", FS, "amount")
N("minchew's personal charges on the co-op fuel card", C3, "$618.72", FS, "table")
N("who's representing minchew", C3, "Paul Renquist", FS, "role")
N("forensic accountant fees so far on the co-op file", C3, "$18,750.00", FS, "amount")
N("who is the co-op's board treasurer", C3, "Ingeborg Sandvik", FS, "role")
N("address of halvorsen feed & supply", C3, "7 Depot Street, Oakhurst Mills, MN 56213", FS, "address",
  r"7 Depot St(reet)?")
N("who does the co-op's outside accounting", C3, "Wexford Brandt", FS, "role")
N("crime policy number for the feed co-op", C3, "CC 4410-2876", FS, "reference")
N("what POS system does the co-op run", C3, "Counterline POS v8", FS, "plain")
N("pos receipts for the 09/20/2024 deposit", C3, "$13,902.60", FS, "table")
N("when was the theft reported to police", C3, "February 13, 2025", FS, "date", r"February 13|02/13/2025")

C("days from discovery of the theft to notice to the agent, co-op claim", C3, "8 days", FS, "duration", "days",
  ["February 11, 2025", "February 19, 2025"])
C("how many days after the discovery were the forensic accountants retained", C3, "20 days", FS, "duration", "days",
  ["February 11, 2025", "March 3, 2025"], **NOCHK("February 11, 2025", "March 3, 2025"))
C("add up the schedule B items that made it into the halvorsen claim", C3, "$2,818.31", FS, "sum", "sum",
  ["$1,912.44", "$287.15", "$618.72"])
C("halvorsen proven loss net of the $4,200 recovery and the deductible", C3, "$55,701.66", FS, "deductible", "diff",
  ["$64,901.66", "$4,200.00", "$5,000"])
C("how far over the $10k investigation sublimit are the pryce & tallow fees", C3, "$8,750.00", FS, "difference", "diff",
  ["$18,750.00", "$10,000"])
C("is the proven loss on CR-0315-22907 within the employee theft limit", C3, "yes", FS, "limit-check", "within",
  ["$64,901.66", "$250,000"])
C("total missing from the two december deposits at the co-op", C3, "$15,483.35", FS, "sum", "sum",
  ["$7,500.00", "$7,983.35"])
C("by how much was the indemnity reserve raised on the co-op theft", C3, "$19,901.66", FS, "difference", "diff",
  ["$59,901.66", "$40,000.00"])
C("what % of the 12/20/2024 register receipts never made it to the bank", C3, "43.8%", FS, "percentage", "pct",
  ["$7,983.35", "$18,215.05"])
C("days between minchew going on leave and resigning", C3, "2 days", FS, "duration", "days",
  ["February 12, 2025", "February 14, 2025"])

S("summarize CR-0315-22907", C3,
  [r"Halvorsen", r"Minchew", r"deposit", r"\$?62,083\.35|\$?64,901\.66", r"February 11, 2025", r"open"])
S("quick summary of the feed co-op employee theft for my manager", C3,
  [r"Halvorsen", r"Minchew", r"Pryce & Tallow|Tallow", r"\$?64,901\.66", r"\$?250,000", r"\$?59,901\.66"])

X("what was minchew's salary at the co-op", C3)
X("when was the proof of loss signed on the co-op theft", C3)
X("minchew's home address?", C3)
X("what were the card sales for december on the halvorsen claim", C3)

# ---------------------------------------------------------------------------------------------
# 4. Kettle Ridge terminal - diesel release (pollution legal liability)
# ---------------------------------------------------------------------------------------------
N("what time was the diesel release found at kettle ridge", C4, "06:05", RL, "time", r"0?6:05")
N("when did they get the T-7 leak stopped", C4, "07:50", RL, "time", r"0?7:50")
N("which tank leaked at the fuel terminal", C4, "tank T-7", RL, "plain", r"T-7")
N("what actually failed on the tank at kettle ridge", C4, "Failed gasket on the 6-inch outlet flange", RL,
  "paraphrase", r"gasket")
N("how many gallons got out at the terminal", C4, "1,150 gallons", RL, "plain", r"1,?150")
N("gallons recovered by vac truck", C4, "820 gallons", RL, "plain", r"\b820\b")
N("DEP incident # on ENV 25 004418", C4, "NERO-25-1187", RL, "reference")
N("who is lucinda farrow", C4, "case manager", RL, "role")
N("PLL policy number kettle ridge", C4, "PLL-3308815", RL, "reference")
N("SIR on the terminal spill", C4, "$50,000 each pollution condition", RL, "amount", r"\$?50,?000")
N("approved amount on BES-25-0634", C4, "$58,480.00", RL, "table")
N("coldwater tank & pipe invoice amount", C4, "$9,240.00", RL, "table")
N("tri-valley lab report no", C4, "TVA-2506-3381", LR, "reference")
N("benzene at MW-3", C4, "17.6", LR, "table", r"17\.6")
N("benzene groundwater standard used at kettle ridge", C4, "5 ug/L", LR, "plain", r"\b5\s*ug/L")
N("who collected the groundwater samples at the terminal", C4, "Jonah Przybylski", LR, "role")
N("cooler temp when tri-valley received the samples", C4, "3.8 C", LR, "plain", r"3\.8")
N("which soil confirmation sample failed", C4, "EX-SW-04", LR, "table")
N("what time was MW-2 sampled", C4, "10:02", LR, "time")
N("who signed off the tri-valley report", C4, "Dr. Howard Lisle", LR, "role", r"Howard Lisle")
N("odum's estimate for the two extra wells", C4, "$18,900.00", LR, "amount")
N("terminal address for the diesel spill", C4, "18 Quarry Spur Road, Dunmore Flats, PA 18512", RL, "address",
  r"18 Quarry Spur R(oa)?d")
N("which neighbour reported a sheen", C4, "Ashby Quarry Holdings", RL, "plain")
N("who discovered the spill", C4, "Heath Dunleavy", RL, "role")
N("bellwether's PM on the spill", C4, "Caleb Odum", RL, "role")
N("TPH-DRO at MW-3", C4, "3.12", LR, "table", r"3\.12")
N("when was the CWT-7719 invoice dated", C4, "05/23/2025", RL, "date")

C("how long from discovery to shut-off on the kettle ridge diesel leak", C4, "1 hour 45 minutes", RL, "duration",
  "minutes", ["04/22/2025 06:05", "04/22/2025 07:50"], rx=r"1\s*h(ou)?r,?\s*(and\s*)?45\s*min|105\s*min")
C("gallons of diesel not recovered at the terminal", C4, "330 gallons", RL, "difference", "diffn", ["1,150", "820"],
  unit="gallons")
C("total billed by bellwether so far on ENV 25 004418", C4, "$125,032.15", RL, "sum", "sum",
  ["$38,716.40", "$61,930.00", "$24,385.75"])
C("total approved after the SIR invoice, kettle ridge (0634, 0702 and the lab)", C4, "$86,977.75", RL, "sum", "sum",
  ["$58,480.00", "$24,385.75", "$4,112.00"])
C("what did we pay on BES-25-0634 after the insured's share of the SIR", C4, "$47,196.40", RL, "deductible", "diff",
  ["$58,480.00", "$11,283.60"])
C("how much of BES-25-0634 was disallowed", C4, "$3,450.00", RL, "difference", "diff", ["$61,930.00", "$58,480.00"])
C("cleanup reserve on the fuel depot spill after the last change", C4, "$310,000.00", RL, "latest", "latest",
  ["$150,000", "$240,000", "$310,000"])
C("how many days from the release to the lab report being issued", C4, "58 days", [RL, LR], "duration", "days",
  ["04/22/2025", "06/19/2025"])
C("would odum's two new estimates together stay under $30,000?", C4, "yes", LR, "limit-check", "within",
  ["$18,900.00", "$9,650.00", "$30,000"], **NOCHK("$18,900.00", "$9,650.00"))
C("MW-3 benzene as a percent of the standard", C4, "352.0%", LR, "percentage", "pct", ["17.6", "5"])
C("how much did the cleanup reserve go up between the first and second set", C4, "$90,000.00", RL, "difference",
  "diff", ["$240,000", "$150,000"])

S("summary of the kettle ridge pollution claim pls", C4,
  [r"Kettle Ridge", r"diesel", r"04/22/2025", r"T-7|gasket|flange", r"\$?310,000", r"benzene|MW-3"])

X("what's the PA DEP penalty on the kettle ridge spill", C4)
X("MW-5 benzene result?", C4)
X("cost of the vacuum truck alone on the diesel release", C4)
X("what's heath dunleavy's phone number", C4)

# ---------------------------------------------------------------------------------------------
# 5. Eleanor Quist - long-term care home care benefits
# ---------------------------------------------------------------------------------------------
N("max daily benefit for home care on the quist claim", C5, "$210.00 per day", LTC, "table", r"\$?210(\.00)?")
N("facility daily max on LTC-00871346", C5, "$280.00 per day", LTC, "table", r"\$?280(\.00)?")
N("lifetime max on the quist ltc policy", C5, "$306,600.00", LTC, "table")
N("elimination period for quist", C5, "90 days of service", LTC, "table", r"90\s*days")
N("who's annika quist-delacroix", C5, "daughter", LTC, "role")
N("RN care coordinator on the quist file", C5, "Fiona Macready", LTC, "role")
N("quist SLUMS score", C5, "SLUMS score 17", LTC, "plain", r"\b17\b")
N("when did the doctor sign the LHCP cert for eleanor", C5, "01/24/2025", LTC, "date")
N("which doctor certified quist", C5, "Dr. Adebayo Lennox", LTC, "role", r"Adebayo Lennox")
N("benefits payable from what date, quist", C5, "04/13/2025", LTC, "date")
N("brightmoor agency license #", C5, "HCA-0001327", LTC, "reference")
N("what time did gil start on thursday 5/8", C5, "08:00", LTC, "time", r"0?8:00")
N("weekend rate brightmoor bills", C5, "$36.50", LTC, "table")
N("which LPN came on 5/7", C5, "Harriet Pleasance", LTC, "table")
N("EFT trace for the 5/16 ltc payment", C5, "0519-44871", LTC, "reference")
N("remaining lifetime max on the quist claim as of 5/16", C5, "$298,715.50", LTC, "table")
N("where does eleanor quist live", C5, "19 Wicklow Lane, Marbury Heights, CT 06478", LTC, "address",
  r"19 Wicklow L(a)?n(e)?")
N("ltc policy # for eleanor", C5, "Q-55120-HC", LTC, "reference")
N("inflation rider on quist", C5, "3% compound", LTC, "table")
N("who does the scheduling at brightmoor", C5, "Mireille Dutton", LTC, "role")
N("when is the reassessment diaried for on the ltc claim", C5, "07/20/2025", LTC, "date")
N("how many ADLs does quist need help with", C5, "3 of 6 ADLs", LTC, "paraphrase", r"3\s*of\s*6")
N("what time did tomasina clock out on tuesday", C5, "13:30", LTC, "time", r"13:30|1:30")
N("first day of paid home care for eleanor", C5, "01/13/2025", LTC, "date")

C("total caregiver hours billed for the week of 5/5 on the quist file", C5, "35.75 hours", LTC, "sum", "hours",
  ["6.0", "3.0", "6.0", "4.5", "0.75", "6.5", "6.0", "3.0"], rx=r"35\.75\s*h(ou)?rs?|35\s*h(ou)?rs?\s*45\s*min")
C("how much of brightmoor's week-of-5/5 bill did we not pay", C5, "$107.00", LTC, "difference", "diff",
  ["$1,248.50", "$1,141.50"])
C("days from claim notice to the RN assessment for quist", C5, "15 days", LTC, "duration", "days",
  ["01/06/2025", "01/21/2025"])
C("how many days from first paid care to benefits payable on the ltc claim", C5, "90 days", LTC, "duration", "days",
  ["01/13/2025", "04/13/2025"])
C("how long was tomasina's wednesday shift", C5, "4 hours 30 minutes", LTC, "duration", "minutes",
  ["05/07/2025 07:45", "05/07/2025 12:15"], rx=r"4\s*h(ou)?rs?,?\s*(and\s*)?30\s*min|4\.5\s*h(ou)?rs?",
  **NOCHK("07:45", "12:15"))
C("how much was paid on quist between 4/30 and 5/16", C5, "$4,362.50", LTC, "difference", "diff",
  ["$7,884.50", "$3,522.00"])
C("if brightmoor bills $230 for one day is that within eleanor's daily max", C5, "no", LTC, "limit-check", "within",
  ["$230.00", "$210.00"], **NOCHK("$210.00"))
C("what % of the lifetime pool has been used on the quist claim as of 5/16", C5, "2.6%", LTC, "percentage", "pct",
  ["$7,884.50", "$306,600.00"])
C("how much over the daily max was the 5/5 bill", C5, "$96.00", LTC, "difference", "diff", ["$306.00", "$210.00"])
C("gil ochoa's total hours week of 5/5", C5, "12.5 hours", LTC, "sum", "hours", ["3.0", "6.5", "3.0"],
  rx=r"12\.5\s*h(ou)?rs?|12\s*h(ou)?rs?\s*30\s*min")

S("summarize the quist ltc claim", C5,
  [r"Eleanor Quist", r"Brightmoor", r"\$?210(\.00)?", r"04/13/2025|elimination", r"\$?1,141\.50|\$?298,715\.50",
   r"OPEN|in payment"])

X("what's the ICD-10 code on eleanor quist's cert", C5)
X("how much does brightmoor pay tomasina reyes an hour", C5)
X("which facility is quist moving to", C5)
X("who's fiona macready's supervisor", C5)

# ---------------------------------------------------------------------------------------------
# 6. N4471K - hangar rash (hangarkeepers liability)
# ---------------------------------------------------------------------------------------------
N("tail number on the hangar rash claim", C6, "N4471K", AV, "reference")
N("serial no of the archer that got hit by the tug", C6, "28-7890412", AV, "reference")
N("who was driving the tug when the wing hit the door", C6, "Brody Kasparian", AV, "role")
N("what time did the wingtip hit the hangar door track", C6, "14:20", AV, "time", r"14:20|2:20")
N("when did fenwright show up at the hangar", C6, "15:40", AV, "time", r"15:40|3:40")
N("stroud's IA cert number", C6, "3318264", AV, "reference")
N("tach time at the feb annual on N4471K", C6, "4212.6", AV, "table", r"4,?212\.6")
N("hobbs reading on the day of the ground damage", C6, "5610.7", AV, "table", r"5,?610\.7")
N("FBO incident report no on AV-25-1190-H", C6, "IR-0503-01", AV, "reference")
N("which rib did they replace on the archer", C6, "station 170", AV, "paraphrase", r"(sta(tion|\.)?\s*)170")
N("empty weight after the wing repair", C6, "1,472.6 lb", AV, "plain", r"1,?472\.6")
N("labor hours on the corvid invoice", C6, "61.5 hr", AV, "plain", r"61\.5")
N("corvid aero invoice #", C6, "CAR-25-0419", AV, "reference")
N("who did the paint on the piper", C6, "Ridgeview Aircraft Finishes", AV, "plain")
N("how much diminished value did fenwright ask for", C6, "$6,500.00", AV, "amount")
N("hangarkeepers deductible tallgrass", C6, "$1,000 each aircraft", AV, "amount", r"\$?1,?000")
N("check # on the N4471K settlement", C6, "0093166", AV, "reference")
N("who's kendra ozimek", C6, "line supervisor", AV, "role")
N("aircraft owner's address, hangar claim", C6, "88 Sorrel Hill Rd, Ridgeview, IA 50317", AV, "address",
  r"88 Sorrel Hill")
N("date the archer went back in service", C6, "06/11/2025", AV, "date")
N("engine serial on gus's plane", C6, "L-31877-36A", AV, "reference")
N("corvid's FAA repair station number", C6, "C7RR214K", AV, "reference")
N("what did fenwright rent while his plane was down", C6, "C172 from Blue Heron Flying Club", AV, "paraphrase",
  r"C172|Blue Heron")

C("how many days was gus's archer down, damage to return to service", C6, "39 days", AV, "duration", "days",
  ["05/03/2025", "06/11/2025"])
C("how long after the tug hit the wing was the owner called", C6, "35 minutes", AV, "duration", "minutes",
  ["05/03/2025 14:20", "05/03/2025 14:55"], **NOCHK("14:20", "14:55"))
C("time from the hangar incident to the owner arriving", C6, "1 hour 20 minutes", AV, "duration", "minutes",
  ["05/03/2025 14:20", "05/03/2025 15:40"], rx=r"1\s*h(ou)?r,?\s*(and\s*)?20\s*min|80\s*min",
  **NOCHK("14:20", "15:40"))
C("check the corvid labor line: 61.5 hr at the shop rate", C6, "$7,257.00", AV, "sum", "mul", ["61.5", "$118.00"])
C("what did fenwright claim on top of the repair bill, all three items", C6, "$9,001.40", AV, "sum", "sum",
  ["$2,409.00", "$6,500.00", "$92.40"])
C("corvid invoice without the paint sublet", C6, "$12,450.38", AV, "difference", "diff", ["$15,140.38", "$2,690.00"])
C("allowed repair plus loss of use, net of the ded, on the hangar rash claim", C6, "$16,549.38", AV, "deductible",
  "signed", ["$15,140.38", "$2,409.00", "$1,000.00"], signs=[1, 1, -1])
C("is the N4471K repair bill within the per-aircraft hangarkeepers limit", C6, "yes", AV, "limit-check", "within",
  ["$15,140.38", "$250,000"])
C("how much did the reserve drop in june on AV-25-1190-H", C6, "$1,500.00", AV, "difference", "diff",
  ["$20,000.00", "$18,500.00"])
C("tach hours flown between the annual and the ground damage", C6, "75.5 hours", AV, "difference", "diffn",
  ["4288.1", "4212.6"], unit="hours")
C("how many days after the ground damage did the examiner settle", C6, "67 days", AV, "duration", "days",
  ["05/03/2025", "07/09/2025"])

S("summarize the hangar rash claim", C6,
  [r"N4471K", r"Tallgrass", r"05/03/2025", r"tug|wingtip", r"\$?16,549\.38", r"CLOSED"])

X("what pilot certificate does gus fenwright hold", C6)
X("agreed hull value of N4471K", C6)
X("when was brody kasparian hired at tallgrass", C6)
X("who was the wing walker on the tow", C6)

# ---------------------------------------------------------------------------------------------
# 7. Bracken Hollow Farms - hail on a ground-mount solar array
# ---------------------------------------------------------------------------------------------
N("how many panels cracked on the farm solar claim", C7, "57 modules", SO, "plain", r"\b57\b")
N("how many of the bracken panels have broken glass", C7, "12 have broken glass", SO, "paraphrase", r"\b12\b")
N("module make/model at bracken hollow", C7, "Aurelian Solar AS-390M", SO, "plain", r"AS-390M")
N("what inverters are on the bracken array", C7, "Voltmark VX-60", SO, "plain")
N("replacement price per panel on SOL-0827-FM", C7, "$238.00", SO, "amount")
N("kessling's NABCEP #", C7, "PV-061-77319", SO, "reference")
N("sunfield work order no", C7, "SAS-WO-3390", SO, "reference")
N("farm policy number for corrine bracken", C7, "FPP-2093318", SO, "reference")
N("scheduled value of the solar array", C7, "$352,000", SO, "amount")
N("what time did the hail start at the farm", C7, "18:40", SO, "time", r"18:40|6:40")
N("largest hail stones at bracken hollow", C7, "1.75 in", SO, "plain", r"1\.75")
N("string 7 output vs expected", C7, "71%", SO, "table", r"\b71\s*%")
N("which utility gives the farm its net metering credit", C7, "Flint Plains Electric Cooperative", SO, "paraphrase")
N("production shortfall corrine mentioned", C7, "$1,120", SO, "amount")
N("check # for the solar payment", C7, "0093011", SO, "reference")
N("farm address on the solar hail", C7, "2881 County Road 14, Teague Falls, KS 67156", SO, "address",
  r"2881 County R(oa)?d 14")
N("when did vantreese meet them at the array", C7, "06/02/2025", SO, "date")
N("system size of the bracken array", C7, "160.7 kW DC", SO, "plain", r"160\.7\s*kW")
N("labor line on sunfield's estimate", C7, "$11,400.00", SO, "table")
N("who's dario kessling", C7, "Technician", SO, "role", r"technician|NABCEP")
N("farm owner's phone on the solar claim", C7, "(620) 555-0188", SO, "plain", r"555-0188")

C("days from the hail to sunfield's inspection at bracken hollow", C7, "4 days", SO, "duration", "days",
  ["05/19/2025", "05/23/2025"])
C("how many days from the storm to closing the solar file", C7, "31 days", SO, "duration", "days",
  ["05/19/2025", "06/19/2025"])
C("how long was the sunfield tech on site on 5/23", C7, "6 hours 40 minutes", SO, "duration", "minutes",
  ["05/23/2025 08:30", "05/23/2025 15:10"], rx=r"6\s*h(ou)?rs?,?\s*(and\s*)?40\s*min", **NOCHK("08:30", "15:10"))
C("how long did the hail last at the farm", C7, "15 minutes", SO, "duration", "minutes",
  ["05/19/2025 18:40", "05/19/2025 18:55"], **NOCHK("18:40", "18:55"))
C("57 panels at the unit price comes to?", C7, "$13,566.00", SO, "sum", "mul", ["57", "$238.00"])
C("net on the sunfield estimate after the wind/hail ded", C7, "$22,456.00", SO, "deductible", "diff",
  ["$27,456.00", "$5,000"])
C("what % of the bracken modules cracked", C7, "13.8%", SO, "percentage", "pct", ["57", "412"])
C("is the sunfield estimate within the array's scheduled value", C7, "yes", SO, "limit-check", "within",
  ["$27,456.00", "$352,000"])
C("how much of the solar reserve went unused", C7, "$7,544.00", SO, "remainder", "diff", ["$30,000.00", "$22,456.00"])
C("cracked modules outside strings 3, 7 and 11", C7, "18 modules", SO, "remainder", "diffn", ["57", "39"],
  unit="modules", rx=r"\b18\b")
C("sunfield estimate without the freight", C7, "$26,816.00", SO, "difference", "diff", ["$27,456.00", "$640.00"])

S("sum up the bracken hollow solar claim", C7,
  [r"Bracken Hollow", r"hail", r"05/19/2025", r"57 (panels|modules)", r"\$?22,456(\.00)?", r"close"])

X("net metering rate per kWh on the bracken farm", C7)
X("who's the insurance agent for bracken hollow farms", C7)
X("ACV of the solar array", C7)
X("what date did sunfield finish swapping the panels", C7)

# ---------------------------------------------------------------------------------------------
# 8. Achterberg - homeowners mold
# ---------------------------------------------------------------------------------------------
N("lab report # for the achterberg mold", C8, "NA-25-07713", MO, "reference")
N("who took the air samples at the achterberg house", C8, "Gideon Marsh-Tully", MO, "role")
N("kitchen asp/pen count", C8, "9,840", MO, "table", r"9,?840")
N("stachybotrys in the kitchen sample", C8, "213", MO, "table", r"\b213\b")
N("outdoor control asp/pen on HO-5521-0094M", C8, "160", MO, "table", r"\b160\b")
N("subfloor moisture under the dishwasher", C8, "38% WME", MO, "plain", r"38\s*%")
N("what was the source of the water at the achterbergs", C8, "braided stainless supply line to the dishwasher", MO,
  "paraphrase", r"supply line")
N("when did desmond notice the buckled floor", C8, "July 8, 2025", MO, "date", r"July 8|07/08/2025")
N("plumber's invoice # on the mold claim", C8, "TRP-44120", MO, "reference")
N("mold sublimit on the achterberg HO", C8, "$10,000 aggregate per policy period", MO, "amount", r"\$?10,?000")
N("coverage A on the achterberg policy", C8, "$486,000", MO, "amount")
N("restorix estimate number", C8, "RR-2507-118", MO, "reference")
N("restorix's number for the remediation", C8, "$14,860.00", MO, "table")
N("ALE on the mold claim", C8, "$1,145.00", MO, "table")
N("who is abernathy cole", C8, "supervisor", MO, "role")
N("who runs the northgate lab", C8, "Dr. Ruth Okonkwo-Hale", MO, "role", r"Ruth Okonkwo-Hale")
N("achterberg address", C8, "47 Lantern Brook Court, Fallowmere, NC 27599", MO, "address", r"47 Lantern Brook")
N("check no on the rebuild advance", C8, "0094410", MO, "reference")
N("how much laminate comes out of the kitchen", C8, "182 sq ft", MO, "plain", r"182")
N("HO policy # for priya achterberg", C8, "HOX-66120457", MO, "reference")
N("what time window were the spore traps run", C8, "between 10:20 and 11:05", MO, "time", r"10:20.{0,10}11:05")
N("what's the ClearAir line for assessment + PRV", C8, "$2,350.00", MO, "table")

C("mold costs before the sublimit cap on the achterberg claim", C8, "$17,210.00", MO, "sum", "sum",
  ["$14,860.00", "$2,350.00"])
C("how much of the mold cost is over the sublimit", C8, "$7,210.00", MO, "difference", "signed",
  ["$14,860.00", "$2,350.00", "$10,000"], signs=[1, 1, -1])
C("net payable on HO-5521-0094M: mold cap + rebuild + ALE less ded", C8, "$17,375.50", MO, "deductible", "signed",
  ["$10,000.00", "$7,230.50", "$1,145.00", "$1,000.00"], signs=[1, 1, 1, -1])
C("what's still owed on the achterberg claim after the first check", C8, "$11,145.00", MO, "remainder", "diff",
  ["$17,375.50", "$6,230.50"])
C("days from when the leak was noticed to the air sampling", C8, "3 days", MO, "duration", "days",
  ["July 8, 2025", "07/11/2025"])
C("how long between sampling and the lab report on the mold claim", C8, "4 days", MO, "duration", "days",
  ["07/11/2025", "07/15/2025"])
C("how long did the air sampling take at the achterbergs", C8, "45 minutes", MO, "duration", "minutes",
  ["07/11/2025 10:20", "07/11/2025 11:05"], **NOCHK("10:20", "11:05"))
C("is the restorix estimate within the mold sublimit", C8, "no", MO, "limit-check", "within",
  ["$14,860.00", "$10,000"])
C("kitchen total spores minus the outdoor total", C8, "8910 spores/m3", MO, "difference", "diffn", ["10,420", "1,510"],
  unit="spores/m3", rx=r"8,?910")
C("days from lab report to first payment on the mold claim", C8, "9 days", MO, "duration", "days",
  ["07/15/2025", "07/24/2025"])

S("summarize the achterberg mold claim", C8,
  [r"Achterberg", r"dishwasher", r"July 8, 2025", r"\$?10,000", r"\$?17,375\.50", r"OPEN"])

X("when did the PRV pass at the achterbergs", C8)
X("who is the restorix project manager", C8)
X("mortgagee on the achterberg policy", C8)
X("how old was the dishwasher", C8)

# ---------------------------------------------------------------------------------------------
# 9. Verdant Loom Textiles - D&O claim notice
# ---------------------------------------------------------------------------------------------
N("who sent the demand on the verdant loom D&O", C9, "Ostrowski Capital Partners III, L.P.", DO, "plain",
  r"Ostrowski Capital Partners")
N("ostrowski's stake in verdant loom", C9, "14.2%", DO, "plain")
N("sale price of the glenmere road mill", C9, "$4,150,000", DO, "amount")
N("what was the mill appraised at", C9, "$6,800,000", DO, "amount")
N("who bought the greensboro mill", C9, "Carraway Street Holdings LLC", DO, "paraphrase")
N("who owns carraway street holdings", C9, "Philip Drummond", DO, "role")
N("which director voted against the sale", C9, "Helena Strand", DO, "table")
N("verdant loom CEO", C9, "Lionel Haverstock", DO, "role")
N("D&O policy # for verdant loom", C9, "DOP-7720415", DO, "table")
N("retention for B and C on DO-2025-0061", C9, "$250,000", DO, "table")
N("prior and pending date on the D&O", C9, "04/15/2019", DO, "table")
N("broker AE on verdant loom", C9, "Denise Marchetti", DO, "role")
N("who's margit oyelaran", C9, "Chair of Audit Committee", DO, "role")
N("what time did haverstock leave the board meeting", C9, "14:42", DO, "time", r"14:42|2:42")
N("what time did the CEO come back into the meeting", C9, "15:05", DO, "time", r"15:05|3:05")
N("what did ironbridge offer for the mill", C9, "$5,300,000", DO, "amount")
N("who did the 2024 appraisal on glenmere road", C9, "Hollister & Vane", DO, "plain")
N("net proceeds from the mill sale", C9, "$3,987,400", DO, "amount")
N("when did the mill sale close", C9, "February 27, 2025", DO, "date", r"February 27|02/27/2025")
N("proposed panel counsel on the D&O", C9, "Thorne Ecclestone LLP", DO, "plain")
N("defense rsv verdant loom", C9, "$350,000", DO, "amount")
N("who's the GC at verdant loom", C9, "Gretchen Abernook", DO, "role")
N("verdant loom HQ address", C9, "300 Shuttle Mill Way, Haw River Crossing, NC 27258", DO, "address",
  r"300 Shuttle Mill Way")
N("haverstock's counsel", C9, "Pell Crandall LLP", DO, "table")
N("what's the D&O policy period", C9, "04/15/2025 to 04/15/2026", DO, "table", r"04/15/2025.{0,5}04/15/2026")
N("who is ostrowski's lawyer", C9, "Anton Sallis", DO, "role")

C("gap between the appraisal and the sale price on the verdant loom mill", C9, "$2,650,000.00", DO, "difference",
  "diff", ["$6,800,000", "$4,150,000"])
C("how much more was ironbridge offering than carraway", C9, "$1,150,000.00", DO, "difference", "diff",
  ["$5,300,000", "$4,150,000"])
C("days from the board vote to the mill closing", C9, "30 days", DO, "duration", "days",
  ["January 28, 2025", "February 27, 2025"])
C("how many days after the demand letter did verdant loom give notice", C9, "7 days", DO, "duration", "days",
  ["June 3, 2025", "June 10, 2025"])
C("how long was haverstock out of the room for the vote", C9, "23 minutes", DO, "duration", "minutes",
  ["01/28/2025 14:42", "01/28/2025 15:05"], **NOCHK("14:42", "15:05"))
C("how long did the jan 28 board meeting run", C9, "1 hour 40 minutes", DO, "duration", "minutes",
  ["01/28/2025 14:00", "01/28/2025 15:40"], rx=r"1\s*h(ou)?r,?\s*(and\s*)?40\s*min|100\s*min",
  **NOCHK("14:00", "15:40"))
C("commissions and closing costs on the mill sale", C9, "$162,600.00", DO, "difference", "diff",
  ["$4,150,000", "$3,987,400"])
C("mill sale price as a % of the appraisal", C9, "61.0%", DO, "percentage", "pct", ["$4,150,000", "$6,800,000"])
C("if the directors paid back the full $2.65M difference would that fit in the D&O limit", C9, "yes", DO,
  "limit-check", "within", ["$2,650,000", "$10,000,000"])
C("days from the ostrowski demand to our acknowledgment", C9, "9 days", DO, "duration", "days",
  ["June 3, 2025", "June 12, 2025"])

S("summarize DO-2025-0061", C9,
  [r"Verdant Loom", r"Ostrowski", r"Glenmere|mill", r"\$?4,150,000", r"\$?6,800,000", r"open"])
S("brief me on the verdant loom D&O notice - who, what, where it stands", C9,
  [r"Haverstock", r"Carraway", r"January 28, 2025", r"Strand", r"\$?350,000", r"insured-vs-insured|under review"])

X("what did the fresh appraisal on glenmere road come in at", C9)
X("annual premium on the verdant loom D&O", C9)
X("anton sallis phone number", C9)
X("what did the special litigation committee conclude", C9)

# ---------------------------------------------------------------------------------------------
# 10. Pressworth Cleaners - bailee customers' goods
# ---------------------------------------------------------------------------------------------
N("when did the sprinkler alarm go off at the cleaners", C10, "03:17", BC, "time", r"0?3:17")
N("what time was the water shut off at pressworth", C10, "03:52", BC, "time", r"0?3:52")
N("what time did baek get to the plant", C10, "06:50", BC, "time", r"0?6:50")
N("alarm company account no at pressworth", C10, "55-20918", BC, "reference")
N("bailee policy number, dry cleaner", C10, "BCP-118840", BC, "reference")
N("who's the landlord at pressworth", C10, "Alder Street Partners", BC, "role")
N("cleaner's valuation on the wedding gown", C10, "$1450.00", BC, "table", r"\$?1,?450(\.00)?")
N("what happened to the tanabe suit", C10, "shrinkage - total", BC, "table", r"shrinkage")
N("ticket # for the okonkwo drapes", C10, "44839", BC, "table")
N("what was the cleaning charge on the gown", C10, "$185.00", BC, "amount")
N("per-item cap on the bailee coverage", C10, "$1,000 per item", BC, "amount", r"\$?1,?000")
N("occurrence limit on BC 88-40217", C10, "$25,000 per occurrence", BC, "amount", r"\$?25,?000")
N("bailee deductible", C10, "$250", BC, "amount")
N("who actually owns the tux on 44845", C10, "Regal Formal Rentals", BC, "paraphrase")
N("sprinkler contractor named for subro on the cleaners claim", C10, "Northline Fire Protection", BC, "plain")
N("subro file no on the pressworth claim", C10, "SUB-25-7702", BC, "reference")
N("who's the agent on the dry cleaner claim", C10, "Trudy Halvorsen", BC, "role")
N("pressworth address", C10, "615 Alder Street, Hollins Quay, WA 98368", BC, "address", r"615 Alder St(reet)?")
N("how many orders were hanging under the broken line", C10, "About 140 customer orders", BC, "plain", r"\b140\b")
N("when did hollis inspect at the cleaners", C10, "08/12/2025", BC, "date")
N("declared value on the benedetti rug", C10, "$900.00", BC, "table")
N("what's wrong with the tamsin greaves sweaters", C10, "felted - total", BC, "table", r"felted")

C("how long did the sprinkler run at pressworth before the FD shut it off", C10, "35 minutes", BC, "duration",
  "minutes", ["08/02/2025 03:17", "08/02/2025 03:52"], **NOCHK("03:17", "03:52"))
C("time from the waterflow alarm to baek arriving", C10, "3 hours 33 minutes", BC, "duration", "minutes",
  ["08/02/2025 03:17", "08/02/2025 06:50"], rx=r"3\s*h(ou)?rs?,?\s*(and\s*)?33\s*min", **NOCHK("03:17", "06:50"))
C("days from the sprinkler burst to closing the bailee file", C10, "31 days", BC, "duration", "days",
  ["08/02/2025", "09/02/2025"])
C("how many days after the loss did the customers get paid", C10, "18 days", BC, "duration", "days",
  ["08/02/2025", "08/20/2025"])
C("declared values of the two tickets that cleaned up ok", C10, "$630.00", BC, "sum", "sum", ["$90.00", "$540.00"])
C("benedetti rug payment after the deductible", C10, "$290.00", BC, "deductible", "diff", ["$540.00", "$250.00"])
C("is the gown's $1,450 valuation within the per-item cap", C10, "no", BC, "limit-check", "within",
  ["$1,450.00", "$1,000"], **NOCHK("$1450.00", "$1,000"))
C("net payable on the cleaners claim: valuation total, less the gown cap cut, less ded", C10, "$3,350.00", BC,
  "deductible", "diff", ["$4,050.00", "$450.00", "$250.00"])
C("how much of the pressworth reserve wasn't needed", C10, "$2,650.00", BC, "remainder", "diff",
  ["$6,000.00", "$3,350.00"])
C("total declared value of the eight ruined orders", C10, "$7,110.00", BC, "sum", "sum",
  ["$420.00", "$2800.00", "$650.00", "$310.00", "$1200.00", "$380.00", "$450.00", "$900.00"])
C("ticket limit on the gown at 10x the cleaning charge", C10, "$1,850.00", BC, "sum", "mul", ["10", "$185.00"])

S("summarize BC 88-40217", C10,
  [r"Pressworth", r"sprinkler", r"08/02/2025", r"\$?3,350(\.00)?", r"Alder Street Partners|subrogation", r"[Cc]losed"])

X("what did pressworth charge to clean the tuxedo", C10)
X("fire dept incident number for the pressworth sprinkler", C10)
X("who insures alder street partners", C10)
X("lena castellanos phone number", C10)
X("what was the mildewed comforter's cleaning charge", C10)

# ---------------------------------------------------------------------------------------------
# Lookups across claims
# ---------------------------------------------------------------------------------------------
L("which claims is renata okafor-bell handling", [C1, C4, C9])
L("what's on hollis vantreese's desk - list his claims", [C2, C7, C10])
L("claims ingrid salcedo has", [C3, C5, C8])
L("which files is tobias wren on", [C6])
L("any hail claims?", [C2, C7])
L("which claims are closed", [C6, C7, C10])
L("list the open claims", [C1, C2, C3, C4, C5, C8, C9])
L("open claims with a reserve over $300k", [C2, C4, C9])
L("open files reserved over 100k", [C1, C2, C4, C9])
L("open claims reserved under $100,000", [C3, C8])
L("which claims are in north carolina", [C8, C9])
L("claims with a loss in may 2025", [C6, C7])
L("which claims have subro referred to gault recovery", [C3, C10])
L("claims with a $5,000 deductible", [C3, C7])
L("which claims have a $1,000 deductible", [C6, C8])
L("claims with a self-insured retention or retention", [C4, C9])
L("which claims involve water damage", [C8, C10])
L("claims with lab results in the file", [C1, C4, C8])
L("which claims involve theft by an employee", [C3])
L("any claims involving a vehicle dealer or aircraft", [C2, C6])
L("bodily injury claims?", [C1])
L("which claims have claimants or shareholders represented by attorneys", [C1, C9])
L("which files say no suit has been filed", [C1, C9])
L("which claims have been paid and closed in june or july 2025", [C6, C7])
L("any cyber claims?", [])
L("workers comp claims in the queue?", [])
L("any claims in texas", [])
L("earthquake claims?", [])
L("which claims involve pennsylvania", [C4])
L("claims with a payment issued but still open", [C1, C4, C5, C8])

# extra none-route questions (fields the files leave blank or parties never named)
X("who's the defense attorney assigned on the casa verdillo claim", C1)
X("what's the policy number on the LTC rider for facility care", C5)
X("who is the insured's broker on the kettle ridge PLL", C4)
X("date of birth of darla minchew", C3)
X("what's the VIN of stock N2260", C2)


def main() -> None:
    with (HERE / "questions.jsonl").open("w") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    (HERE / "calc_specs.json").write_text(json.dumps(CALCS, indent=1, ensure_ascii=False) + "\n")
    print(len(QS), "questions")


if __name__ == "__main__":
    main()
