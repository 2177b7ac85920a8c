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
N("salvage bid on the accord?", A, "$2,900.00", M + r"2,900(\.00)?\b", IA, "amount")
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
N("who's the desk adjuster on the valcourt water loss", B, "Priya Ramanathan", r"Priya Ramanathan", WB, "role")
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
N("who is Dr. Felix Brandt", C, "Orthopedic Spine", r"ortho(pedic|paedic)? ?(spine|surgeon)", MD, "role")
N("code billed for the epidural on the arredondo file", C, "64483", r"\b64483\b", MD, "table")
N("UR ref number for the 2nd ESI request", C, "UR-66021", r"UR-?66021", MD, "reference")
N("who's the nurse case mgr on the welder back claim", C, "Renata Szabo", r"Renata Szabo", MD, "role")
N("when was the lumbar MRI done for luis arredondo", C, "05/02/2024", r"0?5/0?2/(20)?24|May 2,? 2024", MD, "date")
N("what are his current restrictions WC 24 551902", C, "10 lb lifting limit", r"10 ?lb", MD, "plain")
N("name of arredondo's foreman", C, "Victor Sandoval", r"Victor Sandoval", MD, "role")

N("what job did tillman offer luis for the RTW", C, "QC Documentation Clerk", r"QC documentation clerk", EM, "paraphrase")
N("who is janelle whitcomb", C, "Senior Claims Examiner", r"(senior )?claims examiner", EM, "role")
N("certified mail tracking # on the arredondo RTW notice", C, "9407 1118 9876 5432 1098 76",
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


def write():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(QUESTIONS)} questions")


if __name__ == "__main__":
    write()
