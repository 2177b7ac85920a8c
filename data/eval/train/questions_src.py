"""Source of questions.jsonl (TRAINING set) plus the specs check.py uses to verify it.

Run: /work/main/.venv/bin/python questions_src.py   (rewrites questions.jsonl)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# file short names
PA = "bcso_crash_report_104877.txt"
IA = "northgate_ia_report_ncs-23-5512.pdf"
WB = "valcourt_claim_worksheet.md"
MD = "arredondo_medical_summary.docx"
EM = "re_arredondo_rtw_thread.eml"
FO = "ofe_origin_cause_report_24-0316.pdf"
GS = "brightwater_incident_form_scan.pdf"
CG = "pelican_bay_cargo_theft_report.docx"
CY = "halvorsen_cyber_file_notes.txt"

A, B, C = "PX-2023-118876", "0049-771-HO", "WC 24 551902"
D, E, F, G = "CP-4471-0093-F", "GL 25 418207", "IM/24/00781-C", "NC-88213-B"
FILES_OF = {A: [PA, IA], B: [WB], C: [MD, EM], D: [FO], E: [GS], F: [CG], G: [CY]}

QUESTIONS, CALCS, LOOKUPS, NONES = [], {}, {}, {}


def _src(s):
    return s if isinstance(s, str) or len(s) > 1 else s[0]


def N(q, claim, ans, rx, src, kind):
    QUESTIONS.append(dict(question=q, route="needle", claim_id=claim, expected_answer=ans,
                          expected_regex=rx, expect_not_found=False, source=_src(src), kind=kind))


def CALC(q, claim, ans, rx, src, kind, op, inputs, stated=()):
    QUESTIONS.append(dict(question=q, route="calculation", claim_id=claim, expected_answer=ans,
                          expected_regex=rx, expect_not_found=False, source=_src(src), kind=kind))
    CALCS[q] = (op, list(inputs), {"stated": list(stated)})


def S(q, claim, points, src=None):
    QUESTIONS.append(dict(question=q, route="summary", claim_id=claim, expected_answer=None,
                          expected_regex=None, expect_not_found=False,
                          source=_src(src or FILES_OF[claim]), kind="summary",
                          expected_points=points))


def L(q, claims, criterion, names=None):
    """criterion: regex or callable(claim_text) -> bool; names: claim -> alt regex for the claim."""
    names = names or {}
    look = "".join(f"(?=.*(?:{re.escape(c)}{'|' + names[c] if c in names else ''}))" for c in claims)
    src = [f for c in claims for f in FILES_OF[c]]
    QUESTIONS.append(dict(question=q, route="lookup", claim_id=None, expected_answer=None,
                          expected_regex="(?s)^" + look, expect_not_found=False,
                          source=_src(src), kind="lookup", expected_claims=list(claims)))
    LOOKUPS[q] = criterion


def X(q, claim, forbidden):
    """Question whose answer is not in the files; forbidden = patterns an answer would need."""
    src = FILES_OF[claim] if claim else sorted({f for fs in FILES_OF.values() for f in fs})
    QUESTIONS.append(dict(question=q, route="none", claim_id=claim, expected_answer=None,
                          expected_regex=None, expect_not_found=True, source=_src(src),
                          kind="none"))
    NONES[q] = forbidden


M = r"\$?\s?"  # optional dollar sign

# ===========================================================================
# PART 1 - claims A (commercial auto), B (homeowners water), C (workers' comp)
# ===========================================================================
# --- A: needles
N("what time did the PX-2023-118876 crash happen", A, "7:42 a.m.", r"\b0742\b|\b7:42\b", [PA, IA], "time")
N("badge # of the deputy who worked the ridgeback freight wreck?", A, "4417", r"\b4417\b", PA, "reference")
N("citation number eberle got", A, "C-5581230", r"C-?5581230", PA, "reference")
N("when did the deputies clear the scene on the I-94 rear ender", A, "0931", r"\b0931\b|\b9:31\b", PA, "time")
N("vin for the claimant's accord on PX-2023-118876", A, "1HGCR2F31GA092337", r"1HGCR2F31GA092337", [PA, IA], "reference")
N("where were both cars towed after the ridgeback crash", A, "1180 MILL RD, CALLOWAY", r"1180 Mill R(oa)?d", PA, "address")
N("who is Brent Alcott", A, "safety manager", r"safety (manager|mgr)", IA, "role")
N("whats the ACV on the Oyelaran vehicle", A, "$18,450.00", M + r"18,450(\.00)?\b", IA, "amount")
N("salvage bid on the acord?", A, "$2,900.00", M + r"2,900(\.00)?\b", IA, "amount")
N("shop estimate no. for unit T-214", A, "GLTB-7734", r"GLTB-?7734", IA, "reference")
N("how fast was the tractor going when it hit her, per the dash cam", A, "31 mph", r"\b31 ?mph", IA, "paraphrase")
N("who's the IA on PX-2023-118876", A, "Marisol Quintero", r"Marisol Quintero", IA, "role")
N("what day did the IA look at the vehicles on the ridgeback claim", A, "October 23, 2023",
  r"Oct(ober|\.)? 23,? 2023|10/23/2023", IA, "date")
N("what were conditions like when the freightliner rear ended the honda", A, "FOG", r"\bfog", PA, "paraphrase")
N("collision ded for power units on CA-7719204?", A, "$2,500", M + r"2,500\b", IA, "amount")
N("rental invoice # for oyelaran", A, "R-40716", r"R-?40716", IA, "reference")
N("who's the claims supervisor at cobalt ridge on the freight lines file", A, "Warren Tisdale", r"Warren Tisdale", IA, "role")
N("address for great lakes truck body?", A, "6020 Industrial Pkwy, Grayling Falls",
  r"6020 Industrial P(ar)?kwa?y", IA, "address")
N("which hospital was the claimant taken to after the I-94 crash", A, "ST. ADELAIDE REGIONAL MED CTR",
  r"St\.? Adelaide Regional", [PA, IA], "plain")
N("time of the dash cam impact on the Eberle video", A, "7:42:04 a.m.", r"7:42:04", IA, "time")

# --- B: needles
N("mortgagee on the valcourt claim?", B, "Columbia Basin Savings Bank", r"Columbia Basin Savings", WB, "table")
N("cov C limit on 0049-771-HO", B, "$206,000", M + r"206,000\b", WB, "table")
N("what did dryspan bill for mitigation", B, "$6,847.25", M + r"6,847\.25", WB, "amount")
N("check # for the ACV dwelling payment to the valcourts", B, "104418", r"\b104418\b", WB, "table")
N("whos the desk adjustor on the valcort water loss", B, "Priya Ramanathan", r"Priya Ramanathan", WB, "role")
N("what time did anita get the water shut off", B, "19:30", r"\b19:30\b|7:30 ?p", WB, "time")
N("depreciation on the upper cabinets line 0049-771-HO", B, "$2,841.20", M + r"2,841\.20", WB, "table")
N("who made the supply line that failed at the valcourt house", B, "Aqualine Fixtures Corp.", r"Aqualine", WB, "paraphrase")
N("risk address for 0049-771-HO", B, "318 Linden Terrace, Amesbury Falls, OR 97338", r"318 Linden Terr?(ace)?", WB, "address")
N("lab ref for the fractography on the burst line", B, "BML-24-0208", r"BML-?24-?0208", WB, "reference")
N("when was the valcourt loss reported", B, "01/15/2024", r"0?1/15/(20)?24|Jan(uary|\.)? 15,? 2024", WB, "date")
N("how cold did it get the night the pipe let go", B, "9 F", r"\b9 ?(F|degrees)", WB, "paraphrase")

# --- C: needles
N("TTD rate on WC 24 551902?", C, "$856.00 per week", M + r"856(\.00)?", MD, "table")
N("AWW for arredondo", C, "$1,284.00", M + r"1,284(\.00)?", MD, "table")
N("who is Dr. Felix Brandt", C, "Orthopedic Spine", r"ortho|spine", MD, "role")
N("code billed for the epidural on the arredondo file", C, "64483", r"\b64483\b", MD, "table")
N("UR ref number for the 2nd ESI request", C, "UR-66021", r"UR-?66021", MD, "reference")
N("who's the nurse case mgr on the welder back claim", C, "Renata Szabo", r"Renata Szabo", MD, "role")
N("when was the lumbar MRI done for luis arredondo", C, "05/02/2024", r"0?5/0?2/(20)?24|May 2,? 2024", MD, "date")
N("what are his current restrictions WC 24 551902", C, "10 lb lifting limit", r"10 ?lb", MD, "plain")
N("name of arredondo's foreman", C, "Victor Sandoval", r"Victor Sandoval", MD, "role")

N("what job did tillman offer luis for the RTW", C, "QC Documentation Clerk", r"QC documentation clerk", EM, "paraphrase")
N("who is janelle whitcomb", C, "Senior Claims Examiner", r"(senior )?claims examiner", EM, "role")
N("certified mail tracking # on the arrendondo RTW notice", C, "9407 1118 9876 5432 1098 76",
  r"9407 ?1118 ?9876 ?5432 ?1098 ?76", EM, "reference")
N("when is the second ESI scheduled for arredondo", C, "08/06/2024", r"0?8/0?6(/(20)?24)?|Aug(ust|\.)? 6", EM, "date")
N("what time is luis's injection appt on 8/6", C, "07:45", r"\b0?7:45\b", EM, "time")
N("hourly rate on the modified duty offer WC 24 551902", C, "$32.10", M + r"32\.10", EM, "amount")
N("what's the medical reserve on arredondo now", C, "$58,000.00", M + r"58,000(\.00)?", EM, "amount")
N("who is Kelsey Orr", C, "Dr. Brandt's MA", r"\bMA\b|medical assistant", EM, "role")

# --- calculations (part 1)
CALC("how many days between the DOL and the IA report on PX-2023-118876", A, "16 days", r"\b16\b\s*days?",
  IA, "duration", "days", ["October 17, 2023", "November 2, 2023"])
CALC("days from IA assignment to the vehicle inspections, ridgeback claim", A, "4 days", r"\b(4|four)\b\s*days?",
  IA, "duration", "days", ["October 19, 2023", "October 23, 2023"])
CALC("add up tow + storage + rental on the oyelaran PD", A, "$2,135.00", M + r"2,135(\.00)?\b",
  IA, "sum", "sum", ["$385.00", "$630.00", "$1,120.00"])
CALC("net on the T-214 repair after the deductible?", A, "$25,336.41", M + r"25,336\.41",
  IA, "deductible", "minus", ["$27,836.41", "$2,500"])
CALC("is the $18,450 ACV on the accord within the IA's settlement authority", A, "Yes", r"\byes\b",
  IA, "limit-check", "within", ["$18,450.00", "$20,000.00"])
CALC("total of the ER bill and ambulance bill for oyelaran", A, "$4,300.00", M + r"4,300(\.00)?\b",
  IA, "sum", "sum", ["$3,214.00", "$1,086.00"])
CALC("how many days from the valcourt loss to the first payment out", B, "8 days", r"\b(8|eight)\b\s*days?",
  WB, "duration", "days", ["01/14/2024", "01/22/2024"])
CALC("dwelling ACV net of ded on 0049-771-HO", B, "$32,698.25", M + r"32,698\.25",
  WB, "deductible", "minus", ["$33,698.25", "$1,000"])
CALC("what's the total of the contents + ALE payments to the valcourts", B, "$5,687.50", M + r"5,687\.50",
  WB, "sum", "sum", ["$3,377.50", "$2,310.00"])
CALC("is the summit ridge RCV estimate within the cov A limit", B, "Yes", r"\byes\b",
  WB, "limit-check", "within", ["$38,912.60", "$412,000"])
CALC("how many days was arredondo on modified duty before dr brandt took him off work", C, "30 days",
  r"\b(30|thirty)\b\s*days?", MD, "duration", "days", ["04/09/2024", "05/09/2024"])
CALC("days of TTD from being taken off work to the sedentary release, WC 24 551902", C, "63 days",
  r"\b63\b\s*days?", MD, "duration", "days", ["05/09/2024", "07/11/2024"])

CALC("how many days from arredondo's DOI to his RTW start date", C, "105 days", r"\b105\b\s*days?",
  EM, "duration", "days", ["04/08/2024", "07/22/2024"])
CALC("total reserves (med + indemnity) on WC 24 551902 after the latest change", C, "$119,500.00",
  M + r"119,500(\.00)?", EM, "sum", "sum", ["$58,000.00", "$61,500.00"])

# --- summaries (part 1)
S("summarize PX-2023-118876", A,
  [r"Ridgeback|Eberle", r"Oyelaran", r"Oct(ober|\.)? 17,? 2023|10/17/2023",
   r"rear[- ]?end|following too closely|fog", M + r"18,450", r"\bopen\b|pending"], [IA])
S("quick rundown of the sheriff's report on the ridgeback crash", A,
  [r"BCSO-23-104877", r"Eberle", r"Oyelaran", r"\b0742\b", r"following too closely|C-5581230", r"\bfog\b"], [PA])
S("give me a summary of the valcourt water claim", B,
  [r"Valcourt", r"0?1/14/(20)?24", r"supply line", M + r"38,912\.60|" + M + r"48,190\.40",
   r"\bopen\b|recoverable depreciation", r"Aqualine|subrogation"])
S("summarize the arredondo WC claim", C,
  [r"Arredondo", r"Tillman", r"0?4/0?8/(20)?24", r"L4-L5|lumbar", M + r"856", r"sedentary|10 ?lb|QC documentation clerk"])

# --- lookups (part 1: criteria are checked against every claim in the set)
L("which claims involve water damage?", [B], r"water damage", {B: "Valcourt"})
L("any claims where the insured driver got a ticket?", [A], r"cited: yes|was cited", {A: "Ridgeback|Eberle"})
L("which of our claims have a TPA handling them", [C], r"\bTPA\b|Benefit Administrators", {C: "Arredondo"})
L("which claims have a mortgagee on them", [B], r"mortgagee", {B: "Valcourt"})
L("show me claims with a total loss vehicle", [A], r"total[- ]loss", {A: "Ridgeback|Oyelaran"})

# --- not in the files (part 1)
X("what was eberle's post-accident drug test result", A, [r"drug (screen|test)[^.]{0,40}(negative|positive|result)"])
X("what's the claimant's attorney's phone number on PX-2023-118876", A, [r"attorney|law (firm|office)|esq\.?"])
X("when did the oyelaran ACV check clear", A, [r"cleared (the )?bank|check (no\.|number|#)"])
X("year built on the valcourt house", B, [r"year built|built in (19|20)\d\d"])
X("who's the contact at linden valley plumbing", B, [r"Linden Valley Plumbing[^|]{0,40}(contact|attn|owner)"])
X("what's the policy number on the valcourts' umbrella", B, [r"umbrella"])
X("arredondo date of hire?", C, [r"date of hire|hire date|hired (on|in)"])
X("what impairment rating did arredondo get", C, [r"impairment rating|\d+% (whole person|WPI)"])
X("what's the IME doctor's name on WC 24 551902", C, [r"IME (with|by|scheduled)|independent medical exam(ination)? (with|by|scheduled)"])

# ===========================================================================
# PART 2 - added below
# ===========================================================================

# ===========================================================================
# PART 2 - claims D (commercial property fire), E (GL slip/fall), F (inland marine cargo),
#          G (cyber)
# ===========================================================================
# --- D: needles
N("who is harlan pruitt", D, "Principal Engineer", r"principal engineer|P\.E\.|engineer", FO, "role")
N("what time did sentinel get the alarm on the bakery fire", D, "02:14", r"\b0?2:14\b", FO, "time")
N("serial # of the proofer at marrow creek", D, "VP2R-118204", r"VP2R-?118204", FO, "reference")
N("lab report no. for the debris samples CP-4471-0093-F", D, "LFA-24-1093", r"LFA-?24-?1093", FO, "reference")
N("loss location for marrow creek bakery?", D, "2250 Ferris Avenue, Dorrance, OH 43617", r"2250 Ferris Ave(nue)?", FO, "address")
N("what caused the bakery fire", D, "resistive heating at a loose line-side terminal connection of contactor K2",
  r"loose[^.]{0,40}(terminal|connection)|contactor K2", FO, "plain")
N("who worked on the proofing cabinet before the fire", D, "Apex Kitchen Service, Inc.", r"Apex Kitchen", FO, "paraphrase")
N("building limit on CP-4471-0093-F", D, "$1,250,000", M + r"1,250,000", FO, "amount")
N("fire dept incident report # for the marrow creek fire", D, "DFD-24-00871", r"DFD-?24-?00871", FO, "reference")
N("when was the joint lab exam on the proofer controls", D, "March 26, 2024", r"March 26,? 2024|0?3/26/(20)?24", FO, "date")
N("evidence tag for the power strip on the bakery fire", D, "OFE-E4", r"OFE-?E4\b", FO, "table")

# --- E: needles
N("what aisle did fairley fall in", E, "Aisle 7", r"aisle 7\b", GS, "plain")
N("who filled out the incident report at brightwater #12", E, "Curtis Pell", r"Curtis Pell", GS, "role")
N("claimant atty on GL 25 418207", E, "Marcus Faraday", r"Marcus Faraday|Faraday (&|and) Lusk", GS, "role")
N("what was the demand on the grocery store slip and fall", E, "$48,500.00", M + r"48,500(\.00)?", GS, "amount")
N("policy no. on the brightwater GL claim", E, "CGL 7730-2291-04", r"CGL ?7730-2291-04", GS, "reference")
N("when was the last floor sweep before fairley fell", E, "3:55 PM", r"3:55|15:55", GS, "time")
N("what did mrs fairley break", E, "R distal radius fracture", r"distal radius|wrist", GS, "paraphrase")
N("store address for the fairley fall", E, "4120 Calder Pike, Wexmoor, KY 40391", r"4120 Calder Pike", GS, "address")
N("when did faraday's letter of rep come in", E, "04/02/2025", r"0?4/0?2/(20)?25|April 2,? 2025", GS, "date")

# --- F: needles
N("seal number on the stolen pelican bay trailer", F, "0448172", r"\b0448172\b", CG, "table")
N("who is simone achterberg", F, "Marine Claims Manager", r"marine claims manager", CG, "role")
N("what time did the driver find the trailer gone? IM/24/00781-C", F, "05:55", r"\b0?5:55\b", CG, "time")
N("where was the laptop trailer stolen from", F, "Mesquite Flats Travel Center, 1450 Frontage Rd, Cordell Springs, TX 76522",
  r"Mesquite Flats|1450 Frontage R(oa)?d", CG, "address")
N("how many cartons did they get back on the laptop theft", F, "37", r"\b37\b", CG, "paraphrase")
N("value per carton on the norvik latops", F, "$537.20", M + r"537\.20", CG, "table")
N("bluestem's claim number on the cargo theft", F, "BCI-77140", r"BCI-?77140", CG, "reference")
N("when did police find the trailer, pelican bay claim", F, "June 24, 2024", r"June 24,? 2024|0?6/24/(20)?24", CG, "date")
N("limit any one conveyance on IM/24/00781-C", F, "$250,000", M + r"250,000", CG, "table")

# --- G: needles
N("what was the ransom demand on the halvorsen dental claim", G, "4.5 BTC", r"4\.5 ?BTC|265,000", CY, "amount")
N("who is theo marchand", G, "Emberline DFIR", r"Emberline|DFIR|forensic", CY, "role")
N("breach coach on NC-88213-B?", G, "Lindqvist & Moore LLP", r"Lindqvist", CY, "role")
N("how did the TA get into halvorsen's network", G, "compromised VPN acct of a former hygienist", r"VPN", CY, "paraphrase")
N("how many pts got notification letters on the dental ransomware", G, "2,318", r"2,?318", CY, "plain")
N("IC3 ref # on NC-88213-B", G, "I-24091601-77", r"I-?24091601-?77", CY, "reference")
N("when did the notification letters go out for halvorsen", G, "10/28/2024", r"10/28/(20)?24|Oct(ober|\.)? 28,? 2024", CY, "date")
N("what time did halvorsen staff discover the ransom note", G, "07:10", r"\b0?7:10\b", CY, "time")

# --- calculations (part 2)
CALC("how many days from the bakery fire to the OFE report", D, "42 days", r"\b42\b\s*days?",
  FO, "duration", "days", ["February 27, 2024", "April 9, 2024"])
CALC("is $486,200 of building damage within the building limit on the marrow creek fire", D, "Yes", r"\byes\b",
  FO, "limit-check", "within_stated", ["$1,250,000"], stated=[486200])
CALC("add up the ER, ortho and PT specials on fairley", E, "$11,842.60", M + r"11,842\.60",
  GS, "sum", "sum", ["$1,306.00", "$6,915.40", "$3,621.20"])
CALC("how many days between fairley's fall and the demand", E, "99 days", r"\b99\b\s*days?",
  GS, "duration", "days", ["03/09/2025", "06/16/2025"])
CALC("net payable on the laptop theft after the deductible", F, "$185,003.60", M + r"185,003\.60",
  CG, "deductible", "minus", ["$195,003.60", "$10,000.00"])
CALC("is the net cargo loss within the per-conveyance limit on IM/24/00781-C", F, "Yes", r"\byes\b",
  CG, "limit-check", "within", ["$195,003.60", "$250,000"])
CALC("days from instructions to the surveyor's report on the pelican bay claim", F, "18 days", r"\b18\b\s*days?",
  CG, "duration", "days", ["June 24, 2024", "July 12, 2024"])
CALC("total of the DFIR, legal and notification invoices on NC-88213-B", G, "$80,449.10", M + r"80,449\.10",
  CY, "sum", "sum", ["$48,760.00", "$22,415.50", "$9,273.60"])
CALC("net of the retention what do we owe on the halvorsen incident response bills", G, "$55,449.10", M + r"55,449\.10",
  CY, "deductible", "minus", ["$80,449.10", "$25,000"])
CALC("how long from discovery of the ransomware to the notification letters", G, "55 days", r"\b55\b\s*days?",
  CY, "duration", "days", ["09/03/2024", "10/28/2024"])

# --- summaries (part 2)
S("summarize CP-4471-0093-F", D,
  [r"Marrow Creek", r"February 27,? 2024|0?2/27/(20)?24", r"proof(ing cabinet|er)", r"contactor K2|loose (line-side )?terminal",
   r"Apex Kitchen", r"accidental", M + r"640,000|" + M + r"1,250,000"])
S("what did the engineer conclude on the bakery fire", D,
  [r"VP2R-118204|Veltro", r"contactor K2", r"Apex Kitchen", r"accidental", r"subrogation", r"2\.5 N-m"])
S("summary of the fairley slip and fall", E,
  [r"Fairley", r"Brightwater", r"0?3/0?9/(20)?25", r"aisle 7|canola|oil", r"distal radius|wrist", M + r"48,500",
   r"\bopen\b|negotiat"])
S("summarize the pelican bay cargo theft", F,
  [r"Pelican Bay", r"Sandoval", r"Mesquite Flats|Cordell Springs", M + r"214,880", r"\b37\b", M + r"185,003\.60",
   r"subrogation"])
S("sum up NC-88213-B", G,
  [r"Halvorsen", r"ransomware|NIGHTCASK", r"0?9/0?3/(20)?24", r"VPN", r"2,?318", M + r"185,000|" + M + r"310,000",
   r"\bopen\b"])
S("recap the RTW email chain on arredondo", C,
  [r"Courtney Bell|Tillman", r"QC documentation clerk", r"0?7/22/(20)?24|July 22,? 2024", r"10 ?lb",
   M + r"9,049\.14|TTD", r"0?8/0?6"], [EM])

S("summarize the brightwater incident report", E,
  [r"aisle 7", r"4:20 ?PM|16:20", r"canola|oil", r"right wrist|wrist", r"Curtis Pell", r"Tanya Reese|Leon Abbot",
   r"camera 14|CCTV"])
S("quick summary of what's been paid on the valcourt claim", B,
  [r"DrySpan", M + r"6,847\.25", M + r"32,698\.25", M + r"2,310(\.00)?", M + r"3,377\.50", M + r"48,190\.40"])

# --- lookups (part 2)
# current total reserve per claim and the literals it is read from (all must be in that claim's files)
RSV = {A: (75836.41, ["$47,000.00", "$25,336.41", "$3,500.00"]), B: (6028, ["$6,028"]),
       C: (119500, ["$58,000.00", "$61,500.00"]), D: (640000, ["$640,000"]), E: (35000, ["$35,000"]),
       F: (205000, ["$205,000"]), G: (185000, ["$185,000"])}


def _rsv_over(limit):
    def f(t):
        for c, (v, lits) in RSV.items():
            if c in t:
                assert all(lit in t for lit in lits), (c, lits)
                return v > limit
        raise AssertionError("claim without reserve entry")
    return f


L("claims handled by dwayne hollis?", [E, G], r"Dwayne Hollis", {E: "Fairley|Brightwater", G: "Halvorsen"})
L("which files have subro potential", [B, D, F],
  lambda t: bool(re.search(r"subrogat", t, re.I)) and "no subrogation potential" not in t,
  {B: "Valcourt", D: "Marrow Creek", F: "Pelican Bay"})
L("list claims with reserves over $100k", [C, D, F, G], _rsv_over(100000),
  {C: "Arredondo", D: "Marrow Creek", F: "Pelican Bay", G: "Halvorsen"})
L("which claims are theft or extortion losses", [F, G], r"\btheft\b|ransom", {F: "Pelican Bay", G: "Halvorsen"})
L("any claims where the claimant has a lawyer", [E], r"letter of representation|\bLOR\b", {E: "Fairley|Brightwater"})
L("which claims have a police report on file", [A, F], r"police|sheriff", {A: "Ridgeback|Oyelaran", F: "Pelican Bay"})
L("which claims have someone hurt", [A, C, E], r"bodily injury|date of injury|\binjury:",
  {A: "Ridgeback|Oyelaran", C: "Arredondo", E: "Fairley|Brightwater"})

# --- not in the files (part 2)
X("what's the business income loss amount on the bakery fire", D,
  [r"business income (loss|claim)[^.]{0,30}\$", r"\$[\d,]+ (in |of )?(business income|lost income)"])
X("who's the public adjuster on the marrow creek claim", D, [r"public adjuster"])
X("what did GL 25 418207 settle for", E, [r"settled|settlement (amount|of)"])
X("what's fairley's occupation", E, [r"occupation|employed (as|by)|retired"])
X("what did the stolen laptops weigh", F, [r"\b(lbs?|pounds|kg)\b|weigh"])
X("driver's CDL # on IM/24/00781-C", F, [r"\bCDL\b|driver'?s? licen[cs]e"])
X("what wallet address did nightcask send", G, [r"wallet|\bbc1|bitcoin address"])
X("how many employees does halvorsen dental have", G, [r"\bemployees\b|staff of \d+|\d+ staff"])
X("who's the adjuster on the crop hail claim", None, [r"\bhail\b|\bcrop\b"])


def _ci(rx):
    if rx is None or rx.startswith("(?i"):
        return rx
    if rx.startswith("(?s)"):
        return "(?is)" + rx[4:]
    return "(?i)" + rx


def write():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            q["expected_regex"] = _ci(q["expected_regex"])
            if "expected_points" in q:
                q["expected_points"] = [_ci(p) for p in q["expected_points"]]
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions")


if __name__ == "__main__":
    write()
