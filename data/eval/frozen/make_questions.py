"""Write ``questions.jsonl`` for the frozen evaluation set.

The questions were written from the files in ``files/`` alone (see README.md). This script is only a convenient
way to keep them readable and to write valid JSON lines; the JSONL file is the artifact and is committed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

A = "CLM-2024-0847-2931"  # commercial auto fleet, Ironwood Casualty Group
B = "HO-2024-8892"  # homeowners wind/hail, Bluestem Mutual
C = "WC 2025 00123"  # workers' comp, Granite Ridge Employers Insurance
D = "CLM-44217-PD"  # ocean cargo (reefer), Cormorant Marine & Cargo Underwriters
E = "TSP-CY-7730418"  # cyber (ransomware), Tessellate Specialty; labelled only "Claim Number:"
F = "IC-PL-25-00592"  # product liability / subrogation demand, Ironwood Casualty Group

FI = "kestrel_field_investigation_pell_dorsey.pdf"
SR = "bcso_crash_report_BCSO-24-118305.pdf"
HM = "HO-2024-8892_claim_worksheet.md"
HE = "HO-2024-8892_decking_supplement_thread.eml"
WC = "WC_2025_00123_medical_summary.docx"
CS = "CLM-44217-PD_notice_of_loss_scan.pdf"
CV = "CLM-44217-PD_survey_notes.md"
CY = "tessellate_large_loss_report_marlowe_ortiz.docx"
PL = "IC-PL-25-00592_subro_demand_thread.eml"

# Per-claim alternatives an answer may use to name a claim (number, insured/claimant, or a short description).
NAME = {
    A: r"(CLM-2024-0847-2931|Pell (&|and) Dorsey|Sauve)",
    B: r"(HO-2024-8892|Pessoa)",
    C: r"(WC 2025 00123|Achterberg|Vantreece)",
    D: r"(CLM-44217-PD|Halvorsen)",
    E: r"(TSP-CY-7730418|Marlowe-Ortiz|Marlowe Ortiz)",
    F: r"(IC-PL-25-00592|Quillfeather|Ng-Lindqvist)",
}

Q: list[dict[str, Any]] = []


def needle(question: str, claim: str | None, answer: str, rx: str, source: str, kind: str) -> None:
    Q.append(
        {
            "question": question,
            "route": "needle",
            "claim_id": claim,
            "expected_answer": answer,
            "expected_regex": rx,
            "expect_not_found": False,
            "source": source,
            "kind": kind,
        }
    )


def calc(question: str, claim: str | None, answer: str, rx: str, source: str | list[str], kind: str) -> None:
    Q.append(
        {
            "question": question,
            "route": "calculation",
            "claim_id": claim,
            "expected_answer": answer,
            "expected_regex": rx,
            "expect_not_found": False,
            "source": source,
            "kind": kind,
        }
    )


def summary(question: str, claim: str, points: list[str], source: str | list[str]) -> None:
    Q.append(
        {
            "question": question,
            "route": "summary",
            "claim_id": claim,
            "expected_answer": None,
            "expected_regex": None,
            "expect_not_found": False,
            "expected_points": points,
            "source": source,
            "kind": "summary",
        }
    )


def lookup(question: str, answer_claims: list[str], sources: list[str]) -> None:
    rx = "(?is)" + "".join(f"(?=.*{NAME[c]})" for c in answer_claims)
    Q.append(
        {
            "question": question,
            "route": "lookup",
            "claim_id": None,
            "expected_answer": ", ".join(answer_claims),
            "expected_regex": rx,
            "expect_not_found": False,
            "source": sources,
            "kind": "lookup",
            "expected_claims": answer_claims,
        }
    )


def none(question: str, claim: str | None, source: str | list[str] | None) -> None:
    Q.append(
        {
            "question": question,
            "route": "none",
            "claim_id": claim,
            "expected_answer": None,
            "expected_regex": None,
            "expect_not_found": True,
            "source": source,
            "kind": "absent",
        }
    )


# ------------------------------------------------------------------ needles: claim A (fleet auto)
needle(
    "What time did the Pell & Dorsey truck crash happen?",
    A,
    "11:42 PM (2342 hrs)",
    r"11:42 ?[Pp]\.?[Mm]|23:42|2342",
    FI,
    "time",
)
needle(
    "badge # of the reporting deputy on CLM-2024-0847-2931?",
    A,
    "Badge 4471 (Deputy Ilse Varga)",
    r"4471",
    SR,
    "reference",
)
needle(
    "Who was the shift supervisor on scene for the sheriff's crash report on the Route 31 tractor-trailer wreck?",
    A,
    "Sgt. Tomas Prieto (badge 2208)",
    r"Prieto",
    SR,
    "role",
)
needle("VIN on the Sauve Honda?", A, "1HGCV1F31JA902716", r"1HGCV1F31JA902716", FI, "reference")
needle("What's the serial number of the dash cam in unit 118?", A, "VC4-0093318", r"VC4-0093318", FI, "reference")
needle(
    "When did dispatch get the call on the SR 31 / Coulter Mill Rd crash?",
    A,
    "2344 hrs (11:44 PM)",
    r"2344|11:44 ?[Pp]\.?[Mm]|23:44",
    SR,
    "time",
)
needle(
    "what time was the scene cleared on CLM-2024-0847-2931",
    A,
    "0217 hrs on 10/15/2024 (2:17 AM)",
    r"0217|2:17 ?[Aa]\.?[Mm]|02:17",
    SR,
    "time",
)
needle(
    "Where is the insured's Cascadia being held after the tow? need the yard address",
    A,
    "Gaskell's Towing & Recovery, 915 Quarry Spur Road, Millbrook",
    r"915 Quarry Spur",
    FI,
    "address",
)
needle(
    "The independent witness on the Pell & Dorsey collision - what does he do for work?",
    A,
    "Night-shift forklift operator at the cross-dock (Augustin Pell-Varnado)",
    r"forklift operator",
    FI,
    "role",
)
needle("Citation number issued to Okafor-Reyes?", A, "BC-771204", r"BC-771204", SR, "reference")
needle("What's the BI reserve for Teodor Sauve on the fleet claim?", A, "$35,000.00", r"\$35,000(\.00)?", FI, "table")
needle("Policy number for Pell & Dorsey Freight Lines?", A, "ICG-CA-4410927", r"ICG-CA-4410927", FI, "reference")
needle(
    "When was FNOL called in on the tractor-trailer claim?",
    A,
    "6:10 AM on October 15, 2024",
    r"6:10 ?[Aa]\.?[Mm]|06:10|0610",
    FI,
    "time",
)
needle(
    "Who phoned in the first notice of loss for Pell & Dorsey, and what's their job?",
    A,
    "Pauline Gruber-Matz, the insured's safety director",
    r"Gruber-Matz",
    FI,
    "role",
)
needle(
    "Which law firm represents Linnea Sauve?",
    A,
    "Ferris & Halloway LLP (attorney Jonah Ferris)",
    r"Ferris (&|and) Halloway",
    FI,
    "plain",
)
needle(
    "how fast does the reconstruction say the Accord was going",
    A,
    "58 to 63 mph (in a 45 mph zone)",
    r"58\s*(to|-|\u2013)\s*63",
    FI,
    "paraphrase",
)
needle(
    "What did Cpl. Amundsen do at the Route 31 crash scene?",
    A,
    "Crash reconstruction: photographed and measured the scene (badge 1759)",
    r"(?i)reconstruction|photograph|measur",
    SR,
    "role",
)
needle("What did the insured's ELD show the tractor's speed was at impact?", A, "9 mph", r"\b9 mph", FI, "paraphrase")

# ------------------------------------------------------------------ needles: claim B (hail)
needle(
    "DOL on the hail claim?", B, "May 22, 2024", r"(May 22,? 2024|2024-05-22|0?5/22/(20)?24|22 May 2024)", HM, "plain"
)
needle(
    "Wind/hail deductible on HO-2024-8892?", B, "$8,240.00 (2% of Coverage A $412,000)", r"\$8,240(\.00)?", HM, "table"
)
needle(
    "Pessoa claim - check number for the recoverable depreciation payment?", B, "CHK 0051290", r"0051290", HM, "table"
)
needle(
    "how much did we pay for the decking supplement on the Larkspur Bend roof",
    B,
    "$1,134.00",
    r"\$1,134(\.00)?",
    HM,
    "table",
)
needle("RCV for the gutters on the Pessoa estimate?", B, "$1,848.00", r"\$1,848(\.00)?", HM, "table")
needle(
    "Mortgagee loan number on the Alder Falls hail loss?",
    B,
    "Tallgrass Home Lending, loan # 5530-19928",
    r"5530-19928",
    HM,
    "reference",
)
needle(
    "What does Arturo Pessoa do for a living?", B, "High-school chemistry teacher", r"(?i)chemistry teacher", HM, "role"
)
needle(
    "What did Summit Crest originally ask for on the decking supplement?",
    B,
    '14 sheets of 7/16" OSB at $99.00/sheet = $1,386.00',
    r"\$1,386(\.00)?",
    HE,
    "paraphrase",
)
needle(
    "What time did Gwen Pessoa send her email asking about the held-back money?",
    B,
    "7:31 PM on July 18, 2024",
    r"7:31 ?[Pp]\.?[Mm]|19:31",
    HE,
    "time",
)
needle(
    "Who is Dale Whitcombe?",
    B,
    "Estimator / Project Manager at Summit Crest Roofing & Exteriors",
    r"(?i)estimator",
    HE,
    "role",
)
needle(
    "Why did Bluestem only approve 12 of the 14 decking sheets?",
    B,
    "The two sheets at the ridge showed old ventilation staining, not storm damage",
    r"(?i)ventilation",
    HE,
    "paraphrase",
)
needle(
    "risk address on HO-2024-8892", B, "1187 Larkspur Bend, Alder Falls, KS 67455", r"1187 Larkspur Bend", HM, "address"
)
needle("What size was the hail at the Pessoa house?", B, "1.75 inch", r"1\.75", HM, "plain")
needle(
    "Who is the field adjuster on the hail claim and what's her license number?",
    B,
    "Priya Landgrave, KS lic. 0094412",
    r"0094412",
    HM,
    "reference",
)

# ------------------------------------------------------------------ needles: claim C (workers' comp)
needle(
    "What is Rosalind Achterberg's job?",
    C,
    "CNC machine operator (second shift)",
    r"(?i)CNC machine operator",
    WC,
    "role",
)
needle("TTD rate on WC 2025 00123?", C, "$760.00 per week", r"\$760(\.00)?", WC, "plain")
needle(
    "Who did the IME on the Achterberg shoulder claim?",
    C,
    "Dr. Hollis Banerjee, orthopedic surgeon",
    r"Banerjee",
    WC,
    "role",
)
needle("CPT code billed for the rotator cuff surgery?", C, "29827", r"29827", WC, "table")
needle("What was paid on the MRI for the Vantreece Tool & Die employee?", C, "$811.62", r"\$811\.62", WC, "table")
needle("billed amount for PT on the comp shoulder claim", C, "$3,164.00", r"\$3,164(\.00)?", WC, "table")
needle(
    "Who read Rosalind's MRI, and what's their specialty?",
    C,
    "Dr. Kwabena Ashworth-Lee, radiologist",
    r"Ashworth-Lee",
    WC,
    "role",
)
needle("AWW for WC 2025 00123?", C, "$1,140.00", r"\$1,140(\.00)?", WC, "table")
needle(
    "What time of day did the Achterberg injury happen?",
    C,
    "approx. 9:20 PM on 9 Jan 2025",
    r"9:20 ?[Pp]\.?[Mm]|21:20|2120",
    WC,
    "time",
)
needle(
    "What restrictions did the IME give for the CNC operator?",
    C,
    "Light duty, no lifting over 15 lb with the right arm, no overhead work",
    r"15 ?lb",
    WC,
    "paraphrase",
)
needle(
    "Employer's address on the Achterberg comp claim?",
    C,
    "88 Foundry Spur, Kettle Junction, PA 17322",
    r"88 Foundry Spur",
    WC,
    "address",
)
needle("Who's the nurse case manager on the rotator cuff comp claim?", C, "Ottilie Fransen, RN", r"Fransen", WC, "role")
needle("What's the diagnosis code on the shoulder comp claim?", C, "ICD-10 S46.011A", r"S46\.011A", WC, "reference")

# ------------------------------------------------------------------ needles: claim D (cargo)
needle("Container number on CLM-44217-PD?", D, "CMCU 552190-3", r"CMCU ?552190-?3", CS, "reference")
needle("B/L number for the frozen shrimp shipment?", D, "SLBL-0417-88321", r"SLBL-0417-88321", CS, "reference")
needle(
    "What was the peak supply air temperature in the reefer?", D, "-2.4 C (28 Feb 2025 18:00)", r"-\s?2\.4", CV, "table"
)
needle(
    "When did the genset alarm go off on the Halvorsen container?",
    D,
    "26 Feb 2025 at 13:48 ship's time",
    r"13:48|1:48 ?[Pp]\.?[Mm]",
    CV,
    "time",
)
needle(
    "Who surveyed the Halvorsen cargo loss?",
    D,
    "Oskar Brennan-Tuah, Marine Surveyor (AMS), Fathom Point Surveys Ltd.",
    r"Brennan-Tuah",
    CV,
    "role",
)
needle(
    "salvage proceeds on the reefer claim?",
    D,
    "USD 11,260.00 (Gullhaven Protein Recovery)",
    r"(\$|USD ?)11,?260(\.00)?",
    CV,
    "table",
)
needle(
    "assured's address on the cargo claim?",
    D,
    "410 Wharfside Ave., Port Elspeth, NJ 08730",
    r"410 Wharfside",
    CS,
    "address",
)
needle("Commercial invoice number for the shrimp?", D, "PL-INV-55810", r"PL-INV-55810", CS, "reference")
needle(
    "Which nature-of-loss boxes are ticked on CLM-44217-PD?",
    D,
    "Refrigeration / reefer breakdown, and Temperature deviation",
    r"(?is)(?=.*(refrigeration|reefer breakdown))(?=.*temperature deviation)",
    CS,
    "table",
)
needle(
    "survey fee invoice # on the shrimp claim",
    D,
    "FPS-INV-2025-118 (USD 3,475.00)",
    r"FPS-INV-2025-118",
    CV,
    "reference",
)
needle("What seal number was on the Halvorsen reefer?", D, "EC 0771945", r"EC ?0771945", CV, "reference")
needle(
    "Who is Mireille Abernathy-Kotz?",
    D,
    "Risk Manager for Halvorsen Cold Chain Logistics (the assured)",
    r"(?i)risk manager",
    CS,
    "role",
)

# ------------------------------------------------------------------ needles: claim E (cyber)
needle("What's the retention on the dental practice ransomware claim?", E, "$25,000", r"\$25,000", CY, "table")
needle(
    "What time was the ransomware discovered at Marlowe-Ortiz?",
    E,
    "About 7:05 AM on January 27, 2025",
    r"7:05 ?[Aa]\.?[Mm]|07:05|0705",
    CY,
    "time",
)
needle(
    "Who is Colette Ibarra-Nash?",
    E,
    "The practice's office manager (Marlowe-Ortiz Dental Partners)",
    r"(?i)office manager",
    CY,
    "role",
)
needle("invoice number for the forensics firm on TSP-CY-7730418", E, "ALF-25-0193", r"ALF-25-0193", CY, "reference")
needle("How many patients got breach notification letters?", E, "41,388", r"41,?388", CY, "plain")
needle("Policy number on the Marlowe-Ortiz cyber claim?", E, "CYP 5510-0932", r"CYP ?5510-0932", CY, "reference")
needle(
    "How did the attackers get into the dental group's network?",
    E,
    "Through a contractor's VPN account that had no multi-factor authentication",
    r"(?i)VPN",
    CY,
    "paraphrase",
)
needle("Approved amount for Postmark Harbor Mailing on the cyber file?", E, "$37,254.16", r"\$37,254\.16", CY, "table")
needle(
    "who's breach counsel on the ransomware claim",
    E,
    "Sunniva Prakash of Whitfield Crane LLP",
    r"Prakash|Whitfield Crane",
    CY,
    "role",
)

# ------------------------------------------------------------------ needles: claim F (product liability)
needle("What's the subro demand amount on IC-PL-25-00592?", F, "$73,918.22", r"\$73,918\.22", PL, "plain")
needle("Lot number on the burst washing-machine hose?", F, "QFX-2311-B", r"QFX-2311-B", PL, "reference")
needle(
    "Where's the joint exam of the hose being held?",
    F,
    "Crucible Failure Analysis, 3150 Anvil Park Dr, St. Brennard, MN 55121",
    r"3150 Anvil Park",
    PL,
    "address",
)
needle(
    "What time is the hose joint exam on the Quillfeather claim?",
    F,
    "10:00 AM on July 24, 2025",
    r"10(:00)? ?[Aa]\.?[Mm]",
    PL,
    "time",
)
needle(
    "Who is Ingrid Solvang?",
    F,
    "Quality Assurance Manager, Quillfeather Appliance Co.",
    r"(?i)quality assurance|QA manager",
    PL,
    "role",
)
needle(
    "Northwind's own claim number on the Ng-Lindqvist water loss?", F, "NW-HO-661204", r"NW-HO-661204", PL, "reference"
)
needle(
    "what's the address of the flooded house in the hose claim",
    F,
    "62 Osprey Hollow Ct, Lake Carrow, MN 55379",
    r"62 Osprey Hollow",
    PL,
    "address",
)

# ------------------------------------------------------------------ calculations
calc(
    "How many days between the DOL and the letter of representation on CLM-2024-0847-2931?",
    A,
    "14 days",
    r"\b14 days?\b|\b14\b",
    FI,
    "duration",
)
calc(
    "Pell & Dorsey tractor: repair estimate less the collision deductible?", A, "$15,812.75", r"\$15,812\.75", FI, "sum"
)
calc("What's the combined BI reserve for Linnea and Teodor Sauve?", A, "$185,000.00", r"\$185,000(\.00)?", FI, "sum")
calc(
    "How many minutes after the crash did the reporting deputy get to the scene on the SR 31 wreck?",
    A,
    "14 minutes (2342 to 2356 hrs)",
    r"\b14 ?min(ute)?s?\b",
    SR,
    "duration",
)
calc("How many days from DOL to FNOL on the hail claim?", B, "2 days", r"(?i)\b(2|two) days?\b", HM, "duration")
calc("Days between the hail and the inspection on HO-2024-8892?", B, "12 days", r"\b12 days?\b|\b12\b", HM, "duration")
calc(
    "If Bluestem had approved all 14 decking sheets at its own $94.50 price, what would the supplement have been?",
    B,
    "$1,323.00",
    r"\$1,323(\.00)?",
    HE,
    "sum",
)
calc(
    "Difference between what Summit Crest asked for the decking and what we approved?",
    B,
    "$252.00",
    r"\$252(\.00)?",
    [HE, HM],
    "sum",
)
calc(
    "At the TTD rate on WC 2025 00123, what do 12 weeks of benefits come to?",
    C,
    "$9,120.00",
    r"\$9,120(\.00)?",
    WC,
    "sum",
)
calc("Billed minus paid on Achterberg's rotator cuff surgery?", C, "$7,945.67", r"\$7,945\.67", WC, "sum")
calc(
    "How many days between Rosalind Achterberg's injury and her surgery?",
    C,
    "49 days",
    r"\b49 days?\b|\b49\b",
    WC,
    "duration",
)
calc(
    "How many days was the shrimp container at sea, sailing to arrival?",
    D,
    "12 days",
    r"\b12 days?\b|\b12\b",
    CS,
    "duration",
)
calc(
    "Is the USD 204,480 we paid on CLM-44217-PD within the reserve on the claim form?",
    D,
    "No - it exceeds the USD 198,400.00 reserve by USD 6,080.00",
    r"(?i)6,?080|\bno\b|exceed",
    [CS, CV],
    "limit-check",
)
calc(
    "Is the $88,600 BI claim on the dental ransomware file within the BI sublimit?",
    E,
    "Yes - the business interruption sublimit is $250,000",
    r"(?i)\byes\b|\bwithin\b",
    CY,
    "limit-check",
)
calc("Total approved costs on TSP-CY-7730418 after the retention?", E, "$118,849.66", r"\$118,849\.66", CY, "sum")
calc(
    "How many days passed between the attacker's first use of the VPN account and the discovery at Marlowe-Ortiz?",
    E,
    "8 days",
    r"(?i)\b(8|eight) days?\b|\b8\b",
    CY,
    "duration",
)
calc(
    "Is the Northwind subro demand within the reserve Desmond set on the hose claim?",
    F,
    "No - $73,918.22 exceeds the $60,000 reserve by $13,918.22",
    r"(?i)13,918\.22|\bno\b|exceed",
    PL,
    "limit-check",
)
calc(
    "Say the per-conveyance limit on the Halvorsen open policy is USD 250,000 - is the insured value within it?",
    D,
    "Yes - insured value USD 218,240.00 is under USD 250,000 (by USD 31,760.00)",
    r"(?i)\byes\b|\bwithin\b|31,?760",
    CS,
    "limit-check",
)

# ------------------------------------------------------------------ summaries
summary(
    "summarize CLM-2024-0847-2931",
    A,
    [
        r"Pell (&|and) Dorsey",
        r"Sauve",
        r"(October 14|10/14|Oct\.? 14)",
        r"(?i)(fail(ed|ure)? to yield|cited|citation)",
        r"233,500|150,000",
        r"(?i)\bopen\b",
    ],
    [FI, SR],
)
summary(
    "give me an overview of the hail claim",
    B,
    [
        r"Pessoa",
        r"(May 22|2024-05-22|5/22)",
        r"(?i)hail",
        r"8,240|15,537|22,643|16,109",
        r"(?i)closed",
        r"Larkspur|Alder Falls",
    ],
    [HM, HE],
)
summary(
    "Summarize WC 2025 00123",
    C,
    [
        r"Achterberg",
        r"(9 Jan|Jan(uary)?\.? 9|01/09|1/9)",
        r"(?i)rotator cuff|supraspinatus|shoulder",
        r"760|44,000",
        r"(?i)\bopen\b|\bTTD\b",
        r"(?i)\bIME\b|Banerjee",
    ],
    WC,
)
summary(
    "what happened with the frozen shrimp container claim? quick summary pls",
    D,
    [
        r"Halvorsen",
        r"(?i)genset|generator|reefer",
        r"204,480",
        r"(?i)closed",
        r"(?i)salvage|11,260",
        r"(?i)subrogation|Solenne",
    ],
    [CS, CV],
)
summary(
    "Summarize TSP-CY-7730418",
    E,
    [
        r"Marlowe-Ortiz|Marlowe Ortiz",
        r"(?i)ransom|BlackVesper",
        r"(January 27|01/27|1/27|Jan\.? 27)",
        r"41,?388",
        r"240,000|143,849|150,369",
        r"(?i)\bopen\b",
        r"(?i)not paid|no ransom|wasn.t paid|did not pay",
    ],
    CY,
)
summary(
    "Give me a rundown of the Quillfeather hose claim",
    F,
    [r"Quillfeather", r"Ng-Lindqvist|Northwind", r"73,918", r"60,000", r"QFX-2311-B|\blot\b", r"(June 7|06/07|6/7)"],
    PL,
)
summary(
    "Summarize the decking supplement back-and-forth on the Pessoa roof",
    B,
    [r"\b14\b", r"\b12\b", r"1,134", r"1,386", r"(?i)depreciation", r"Tallgrass"],
    HE,
)
summary(
    "Summarize the sheriff's crash report for the Route 31 collision",
    A,
    [
        r"BCSO-24-118305",
        r"Varga|4471",
        r"2342|11:42",
        r"(?i)BC-771204|fail(ure|ed)? to yield",
        r"(?i)Medic 7|St\.? Aldric",
        r"(?i)guardrail",
    ],
    SR,
)
summary(
    "Summarize the IME findings and the medical bills for Rosalind Achterberg",
    C,
    [r"Banerjee", r"(?i)\bMMI\b|maximum medical improvement", r"15 ?lb", r"23,077", r"11,806\.08"],
    WC,
)
summary(
    "Quick summary of Kestrel's liability opinion on the Pell & Dorsey crash",
    A,
    [r"70", r"30", r"(?i)\bSIU\b", r"58|63|(?i:speed)", r"(?i)stop sign|fail(ure|ed)? to yield|cited"],
    FI,
)

# ------------------------------------------------------------------ cross-claim lookups
lookup("Which claims involve water damage?", [B, F], [HM, HE, PL])
lookup("Which claims are still open?", [A, C, E, F], [FI, WC, CY, PL])
lookup("What claims does Desmond Kaur-Whitley handle?", [A, F], [FI, PL])
lookup("Which claims have a reserve over $50,000?", [A, D, E, F], [FI, CS, CY, PL])
lookup("which files are closed?", [B, D], [HM, CV])
lookup("Which of our claims are with Ironwood Casualty?", [A, F], [FI, SR, PL])
lookup("Which claims have subrogation in play?", [D, F], [CV, PL])
lookup("Any claims where a minor was hurt?", [A], [FI, SR])
lookup("Which claims have a 2025 date of loss?", [C, D, E, F], [WC, CS, CY, PL])
lookup("What claims is Priya Landgrave handling?", [B], [HM, HE])

# ------------------------------------------------------------------ answer absent from the files
none("What's the phone number for the witness Augustin Pell-Varnado?", A, [FI, SR])
none("Summarize CLM-2024-0912-4410", None, None)
none("What was Linnea Sauve's blood alcohol level?", A, [FI, SR])
none("What's the Coverage C (contents) limit on the Pessoa policy?", B, [HM, HE])
none("What's Summit Crest Roofing's phone number?", B, [HM, HE])
none("What impairment rating did Rosalind Achterberg get?", C, WC)
none("What did Dr. Granvold bill for post-op follow-up visits on WC 2025 00123?", C, WC)
none("Who was the master of the MV Solenne Bay?", D, [CS, CV])
none("What's the IMO number of the vessel on CLM-44217-PD?", D, [CS, CV])
none("What's Rosalind Achterberg's date of birth?", C, WC)
none("Who is the adjuster on claim HO-2025-1147?", None, None)
none("What did the Ng-Lindqvist subro demand settle for?", F, PL)
none("What's Hana Vlahovic-Reid's email address?", E, CY)
none("Who is Linnea Sauve's treating orthopedic surgeon?", A, [FI, SR])
none("What's the per-conveyance limit on the Halvorsen open cargo policy?", D, [CS, CV])


def main() -> None:
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(Q), Counter(q["route"] for q in Q), Counter(q["kind"] for q in Q))


if __name__ == "__main__":
    main()
