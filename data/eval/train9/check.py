"""Verify questions.jsonl of the train9 set against the files it cites.

    /work/main/.venv/bin/python data/eval/train9/check.py [--dump]

- needle: expected_answer occurs verbatim (whitespace collapsed) in the source's extracted text,
  and expected_regex matches both that text and the expected answer;
- calculation: the answer is recomputed here from the file values (each input value must occur in
  the source text), and expected_regex matches the canonical answer;
- summary: every expected point matches the text of the claim's files;
- lookup: every expected claim id occurs in the set's files and the regex matches an answer naming them;
- none: expect_not_found is true and there is no expected answer;
- every claim_id occurs in its source text; every source file exists.
"""

from __future__ import annotations

import email
import json
import re
import sys
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from email import policy
from pathlib import Path

from docx import Document
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found", "source", "kind"}
ROUTES = {"needle", "calculation", "summary", "lookup", "none"}


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        doc = Document(str(path))
        parts: list[str] = []
        for sec in doc.sections:
            parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
        parts += [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        parts = [f"Subject: {msg['Subject']}", f"From: {msg['From']}", f"To: {msg['To']}", f"Date: {msg['Date']}"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def money(x: Decimal) -> str:
    return "${:,.2f}".format(x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def d(s: str) -> date:
    return datetime.strptime(s, "%m/%d/%Y").date()


def days(a: str, b: str) -> str:
    return f"{(d(b) - d(a)).days} days"


def hm(a: str, b: str, fmt: str = "%H:%M") -> str:
    t = datetime.strptime(b, fmt) - datetime.strptime(a, fmt)
    secs = int(t.total_seconds()) % 86400
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    out = f"{h} h {m} min" if h else f"{m} min"
    return out + (f" {s} s" if s else "")


def D(*xs: str) -> Decimal:
    return sum((Decimal(x.replace(",", "").replace("$", "")) for x in xs), Decimal("0"))


def pct(a: str, b: str, nd: int = 1) -> str:
    v = (D(a) / D(b) * 100).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return f"{v}%"


# A claim number printed split over a form's two boxes: each part must occur.
ALIASES = {"FEQ 2026-40318": ["FEQ", "2026-40318"]}

# Calculations: question text -> (input strings that must occur in the sources, recomputed answer).
CALC: dict[str, tuple[list[str], str]] = {}


def calc(question: str, inputs: list[str], answer: str) -> None:
    CALC[question] = (inputs, answer)


# --- FEQ 2026-40318 combine fire
calc("how many days from the combine fire to kessler's estimate date?",
     ["09/22/2026", "10/03/2026"], days("09/22/2026", "10/03/2026"))
calc("FEQ 2026-40318 - revised estimate net of the deductible?",
     ["$51,465.18", "$2,500.00"], money(D("51,465.18") - D("2,500.00")))
calc("dahlgren combine: original kessler estimate less the $2,500 ded?",
     ["$48,125.18"], money(D("48,125.18") - D("2,500")))
calc("what % of the scheduled value is the revised combine estimate",
     ["$51,465.18", "$412,000.00"], pct("51,465.18", "412,000.00"))
calc("parts + labor on the KI-E-26-1187 estimate?",
     ["$29,256.15", "$15,922.50"], money(D("29,256.15", "15,922.50")))
calc("how much did rev 1 add to the combine estimate",
     ["$48,125.18", "$51,465.18"], money(D("51,465.18") - D("48,125.18")))
calc("days between the combine fire and when claims received the notice",
     ["09/22/2026", "09/25/2026"], days("09/22/2026", "09/25/2026"))
calc("is the revised combine estimate above the $52k reserve?",
     ["$51,465.18", "$52,000"], "No - $51,465.18 is $534.82 under the $52,000 reserve")
calc("rotor gearbox + wiring harness, combined cost?",
     ["18,640.00", "6,215.40"], money(D("18,640.00", "6,215.40")))

# --- Clm#2026/55817 condo D&O
calc("how long was the larkspur special board meeting on 3/11?",
     ["7:02 PM", "8:47 PM"], hm("19:02", "20:47"))
calc("days from suit filed to tender for the larkspur D&O claim",
     ["07/15/2026", "07/29/2026"], days("07/15/2026", "07/29/2026"))
calc("Clm#2026/55817 total reserve (indemnity + expense) after the latest change?",
     ["$150,000", "$85,000"], money(D("150,000", "85,000")))
calc("how much has the expense reserve on the condo D&O gone up since the initial reserve",
     ["$60,000", "$85,000"], money(D("85,000") - D("60,000")))
calc("larkspur: expense reserve minus paid expense = remaining?",
     ["$85,000", "$21,437.50"], money(D("85,000") - D("21,437.50")))
calc("difference between the summit and ridgeview balcony bids",
     ["$1,712,400", "$1,905,000"], money(D("1,905,000") - D("1,712,400")))
calc("is the combined current reserve on the condo assoc. claim within the $1M limit",
     ["$150,000", "$85,000", "$1,000,000"], "Yes - $235,000.00 is within the $1,000,000 limit")
calc("how much of the special assessment is above the summit bid (contingency)?",
     ["$1,840,000", "$1,712,400"], money(D("1,840,000") - D("1,712,400")))

# --- CA-HZ-0093317 hazmat spill
calc("how long after the stop did the driver call NRC on the unit 318 spill?",
     ["05:52", "06:31"], hm("05:52", "06:31"))
calc("time from the spill to PVER arriving on scene",
     ["05:52", "07:48"], hm("05:52", "07:48"))
calc("PVER invoice + DEE oversight fee, total?",
     ["$17,523.50", "$1,240.00"], money(D("17,523.50", "1,240.00")))
calc("ironvale spill: is the cleanup total (PVER + DEE fee) within the pollution sublimit?",
     ["$17,523.50", "$1,240.00", "$50,000"], "Yes - $18,763.50 is within the $50,000 sublimit")
calc("CA-HZ-0093317 net payable after the $1,000 deductible on PVER + DEE",
     ["$17,523.50", "$1,240.00", "$1,000"], money(D("17,523.50", "1,240.00") - D("1,000")))
calc("how many gallons in the split totes were NOT released?",
     ["780 gal", "1,100 gal"], "320 gal")
calc("techs + vac truck lines on the PVER invoice, sum?",
     ["$5,428.00", "$1,890.00"], money(D("5,428.00", "1,890.00")))
calc("hours from the spill until the roadway reopened",
     ["05:52", "13:20"], hm("05:52", "13:20"))

# --- HO/SK/26-01184 sinkhole
calc("days between achterberg noticing the crack and the GGS report date",
     ["04/18/2026", "06/30/2026"], days("04/18/2026", "06/30/2026"))
calc("sinkhole claim: stabilization total plus the coastline cosmetic estimate?",
     ["$162,450", "$41,780"], money(D("162,450", "41,780")))
calc("HO/SK/26-01184 - total repair (subsurface + cosmetic) net of the sinkhole deductible",
     ["$162,450", "$41,780", "$38,500"], money(D("162,450", "41,780") - D("38,500")))
calc("total footage drilled in the four SPT borings?",
     ["45", "60", "40", "55"], "200 ft")
calc("is the achterberg total repair cost over the $170k reserve",
     ["$162,450", "$41,780", "$170,000"], "Yes - $204,230.00 exceeds the $170,000 reserve by $34,230.00")
calc("how many days after the loss was reported did GGS do the site recon",
     ["04/21/2026", "05/12/2026"], days("04/21/2026", "05/12/2026"))
calc("grouting + piers only, what's that come to?",
     ["$96,400", "$58,800"], money(D("96,400", "58,800")))
calc("how much did CM-1 open between the first and last reading",
     ["0.0 mm", "0.7 mm"], "0.7 mm")

# --- RSP-77-20419 ride-share
calc("how long was the zipwayz passenger in the car before the crash",
     ["22:25:12", "22:41:38"], hm("22:25:12", "22:41:38", "%H:%M:%S"))
calc("time between the ride request and the driver arriving at pickup (araujo trip)?",
     ["22:14:07", "22:23:55"], hm("22:14:07", "22:23:55", "%H:%M:%S"))
calc("RSP-77-20419 total medical specials so far",
     ["$6,412.00", "$585.00", "$2,150.00", "$1,360.00"], money(D("6,412.00", "585.00", "2,150.00", "1,360.00")))
calc("days from the ride-share crash to the LOR",
     ["09/19/2026", "10/02/2026"], days("09/19/2026", "10/02/2026"))
calc("crash to passenger's in-app report, how many min?",
     ["22:41:38", "22:51:19"], hm("22:41:38", "22:51:19", "%H:%M:%S"))
calc("how much was the BI reserve on the araujo claim raised",
     ["$25,000", "$45,000"], money(D("45,000") - D("25,000")))
calc("per-visit PT charge for araujo",
     ["$1,360.00", "8 visits"], money(D("1,360.00") / 8))

# --- EPL.2026.0412-C
calc("days between solvang's HR complaint and her termination",
     ["04/14/2026", "05/29/2026"], days("04/14/2026", "05/29/2026"))
calc("how many days into the 30-day PIP was she fired?",
     ["05/06/2026", "05/29/2026"], days("05/06/2026", "05/29/2026"))
calc("brightwater: demand less the retention",
     ["$210,000", "$25,000"], money(D("210,000") - D("25,000")))
calc("how much retention is left on the solvang charge",
     ["$25,000", "$9,870"], money(D("25,000") - D("9,870")))
calc("EPL.2026.0412-C total reserves",
     ["$75,000", "$45,000"], money(D("75,000", "45,000")))
calc("how many days from termination to the EEOC charge",
     ["05/29/2026", "08/17/2026"], days("05/29/2026", "08/17/2026"))
calc("is the $210k demand more than the combined reserves on the brightwater claim?",
     ["$210,000", "$75,000", "$45,000"], "Yes - $210,000 exceeds the $120,000.00 combined reserves by $90,000.00")
calc("how many days early was the position statement filed vs the extended deadline",
     ["10/21/2026", "10/20/2026"], "1 day")




def span(a: str, b: str) -> str:
    """Duration between two 'MM/DD/YYYY HH:MM' stamps, as 'H h M min'."""
    t = datetime.strptime(b, "%m/%d/%Y %H:%M") - datetime.strptime(a, "%m/%d/%Y %H:%M")
    h, rem = divmod(int(t.total_seconds()), 3600)
    return f"{h} h {rem // 60} min"


# --- SPL 26 508813 restaurant spoilage
calc("how long was the power out at casa nopal?", ["07/28/2026 14:37", "07/29/2026 03:12"],
     span("07/28/2026 14:37", "07/29/2026 03:12"))
calc("by how much did the outage beat the 12 hr waiting period",
     ["14:37", "03:12", "12 hrs"], hm("02:37", "03:12"))  # 14:37 + 12 h = 02:37 next day
calc("SPL 26 508813 total claimed for the four food categories",
     ["$6,842.15", "$1,318.40", "$1,027.60", "$894.00"], money(D("6,842.15", "1,318.40", "1,027.60", "894.00")))
calc("is the nopal spoilage claim within the endorsement limit",
     ["$10,082.15", "$15,000"], "Yes - $10,082.15 is within the $15,000 spoilage limit")
calc("what share of the spoilage claim is proteins (%)", ["$6,842.15", "$10,082.15"], pct("6,842.15", "10,082.15"))
calc("days from the outage to payment on the restaurant spoilage", ["07/28/2026", "08/21"],
     days("07/28/2026", "08/21/2026"))
calc("how long after power came back did the GM call it in", ["03:12", "08:05"], hm("03:12", "08:05"))
calc("produce + dairy on the casa nopal claim", ["$1,318.40", "$1,027.60"], money(D("1,318.40", "1,027.60")))
calc("how many degrees did the walk-in cooler rise from the 14:30 reading to its peak",
     ["37", "64"], "27 deg F")

# --- W/C 4471-0926 bicycle courier
calc("days from the dooring to the start of light duty", ["08/04/2026", "09/15/2026"], days("08/04/2026", "09/15/2026"))
calc("how many degrees of shoulder flexion has whitford-ames gained in PT (visit 1 to 10)",
     ["95 deg", "158 deg"], "63 deg")
calc("R grip at re-eval as a % of the left side?", ["85", "96 lb"], pct("85", "96"))
calc("days between the PT initial eval and the re-eval", ["09/10/2026", "10/12/2026"], days("09/10/2026", "10/12/2026"))
calc("what do 6 weeks of TTD at the comp rate come to", ["$494.67"], money(D("494.67") * 6))
calc("W/C 4471-0926 total reserves (med + indemnity)", ["$14,000", "$9,500"], money(D("14,000", "9,500")))
calc("courier claim - medical reserve left after what's been paid?", ["$14,000", "$8,914.30"],
     money(D("14,000") - D("8,914.30")))
calc("how far short of the 170 deg goal is his flexion at the re-eval", ["170 deg", "158 deg"], "12 deg")
calc("days from light duty start to the anticipated full duty date", ["09/15/2026", "11/02/2026"],
     days("09/15/2026", "11/02/2026"))

# --- MH-26-3310-W mobile home wind
calc("total depreciation taken on the pickens contents", ["$7,085.99", "$4,153.79"], money(D("7,085.99") - D("4,153.79")))
calc("MH-26-3310-W - total paid across all coverages", ["$801.00", "$10,280.60", "$2,185.00", "$4,153.79"],
     money(D("801.00", "10,280.60", "2,185.00", "4,153.79")))
calc("how many days from the windstorm to the file closing", ["05/07/2026", "07/02/2026"], days("05/07/2026", "07/02/2026"))
calc("pickens dwelling ACV net of the wind deductible", ["$11,240.60", "$960"], money(D("11,240.60") - D("960")))
calc("ALE nights x rate for loretta pickens", ["9 nights", "$89.00"], money(D("89.00") * 9))
calc("is the contents ACV within cov C on the mobile home?", ["$4,153.79", "$24,000"],
     "Yes - $4,153.79 is within the $24,000 Coverage C limit")
calc("sofa + recliner + TV, ACV combined (pickens)", ["$494.45", "$384.30", "$300.99"],
     money(D("494.45", "384.30", "300.99")))
calc("days between the mobile home DOL and the IA's inspection", ["05/07/2026", "05/12/2026"], days("05/07/2026", "05/12/2026"))
calc("dwelling + carport paid on the pickens wind claim", ["$10,280.60", "$2,185.00"], money(D("10,280.60", "2,185.00")))

# --- FA 0058 221 T fine arts transit
calc("how long were the quintanilla crates in transit, pickup to delivery?", ["09:30 on 08/18/2026", "08:40 on 08/20/2026"],
     span("08/18/2026 09:30", "08/20/2026 08:40"))
calc("time between delivery at the dock and the registrar opening the crates", ["08:40", "10:15"], hm("08:40", "10:15"))
calc("FA 0058 221 T gross measure of loss (treatment + LOV + frame)", ["$7,850", "$10,200", "$340"],
     money(D("7,850", "10,200", "340")))
calc("halloran-vesey claim net of the deductible", ["$7,850", "$10,200", "$340", "$1,000"],
     money(D("7,850", "10,200", "340") - D("1,000")))
calc("total agreed value of the 3 works in the shipment", ["$68,000", "$22,500", "$6,400"], money(D("68,000", "22,500", "6,400")))
calc("was the shipment's total value within the per-conveyance transit limit", ["$68,000", "$22,500", "$6,400", "$250,000"],
     "Yes - $96,900.00 is within the $250,000 per-conveyance limit")
calc("days from delivery to the conservator's exam", ["08/20/2026", "08/27/2026"], days("08/20/2026", "08/27/2026"))
calc("what's meridian's max liability on crate C-2 at 60 cents a pound", ["$0.60", "212 lb"], money(D("0.60") * 212))
calc("registrar opened the crate to phoning the gallery - how many minutes", ["10:15", "11:02"], hm("10:15", "11:02"))
calc("how much did the art claim reserve go up", ["$12,000", "$18,500"], money(D("18,500") - D("12,000")))

# --- POL-8812-26 heating oil release
calc("dunmore oil leak: covered remediation items (everything but the tank) add up to?",
     ["$18,400.00", "$1,957.50", "$2,240.00", "$5,880.00", "$4,850.00", "$1,410.00"],
     money(D("18,400.00", "1,957.50", "2,240.00", "5,880.00", "4,850.00", "1,410.00")))
calc("POL-8812-26 covered costs incl. the emergency response invoice, net of the deductible",
     ["$38,712.50", "$3,975.00", "$2,315.00", "$1,000"], money(D("38,712.50") - D("3,975.00") + D("2,315.00") - D("1,000")))
calc("how much of the $50k oil sublimit is left after the covered work + emergency invoice (before ded)",
     ["$38,712.50", "$3,975.00", "$2,315.00", "$50,000"], money(D("50,000") - (D("38,712.50") - D("3,975.00") + D("2,315.00"))))
calc("days between the oil delivery and the leak being found", ["10/19/2026", "10/26/2026"], days("10/19/2026", "10/26/2026"))
calc("lab turnaround on CAL-2610-0442 in days", ["10/28/2026", "11/03/2026"], days("10/28/2026", "11/03/2026"))
calc("how far over the action level is S-1", ["4,820", "1,000 mg/kg"], "3,820 mg/kg")
calc("GMES estimate without the tank line", ["$38,712.50", "$3,975.00"], money(D("38,712.50") - D("3,975.00")))
calc("is the dunmore GMES total incl. tank under the oil sublimit", ["$38,712.50", "$50,000"],
     "Yes - $38,712.50 is under the $50,000 sublimit")

# --- PRC/2026/00771 product recall
calc("how many recalled bags are still out there (shipped minus retrieved)", ["48,200", "31,450"], "16,750 bags")
calc("brookfold recall - % of shipped bags retrieved so far", ["48,200", "31,450"], pct("31,450", "48,200"))
calc("PRC/2026/00771 costs above the retention", ["$141,410.00", "$100,000"], money(D("141,410.00") - D("100,000")))
calc("freight + destruction on the jerky recall", ["$38,750.00", "$9,960.00"], money(D("38,750.00", "9,960.00")))
calc("days from the positive salmonella result to the recall", ["11/06/2026", "11/09/2026"], days("11/06/2026", "11/09/2026"))
calc("how many days after the recall started did bellweather get notice", ["11/09/2026", "11/13/2026"],
     days("11/09/2026", "11/13/2026"))
calc("what % of petway's bags have come back", ["9,200", "3,640"], pct("3,640", "9,200"))
calc("is the crisis consultant bill within its sublimit on the recall", ["$14,000.00", "$25,000"],
     "Yes - $14,000.00 is within the $25,000 crisis response sublimit")
calc("bags to be destroyed incl. the on-hold stock (retrieved + on hold)", ["31,450", "6,300"], "37,750 bags")
calc("recall costs vs reserve - how much headroom", ["$141,410.00", "$180,000"], money(D("180,000") - D("141,410.00")))


def main() -> int:
    texts = {p.name: norm(extract(p)) for p in sorted(FILES.iterdir())}
    if "--dump" in sys.argv:
        for name, t in texts.items():
            print(f"===== {name}\n{t}\n")
        return 0
    all_text = " ".join(texts.values())
    errors: list[str] = []
    counts: dict[str, int] = {}
    seen: set[str] = set()
    lines = [ln for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        where = f"line {n}: {q.get('question')!r}"
        extra = set(q) - FIELDS - {"expected_points", "expected_claims"}
        if set(q) & FIELDS != FIELDS or extra:
            errors.append(f"{where}: fields {sorted(set(q))}")
            continue
        if q["question"] in seen:
            errors.append(f"{where}: duplicate question")
        seen.add(q["question"])
        route = q["route"]
        if route not in ROUTES:
            errors.append(f"{where}: bad route")
            continue
        counts[f"{route}/{q['kind']}"] = counts.get(f"{route}/{q['kind']}", 0) + 1
        srcs = q["source"] if isinstance(q["source"], list) else ([q["source"]] if q["source"] else [])
        missing = [s for s in srcs if s not in texts]
        if missing:
            errors.append(f"{where}: missing source {missing}")
            continue
        text = " ".join(texts[s] for s in srcs)
        cid_parts = ALIASES.get(q["claim_id"], [q["claim_id"]])
        if q["claim_id"] is not None and not all(norm(p) in text for p in cid_parts):
            errors.append(f"{where}: claim_id {q['claim_id']!r} not in source text")
        rx = q["expected_regex"]
        ans = q["expected_answer"]
        if route == "needle":
            if not ans or norm(ans) not in text:
                errors.append(f"{where}: answer {ans!r} not verbatim in source")
            if not rx or not re.search(rx, text) or not re.search(rx, ans or ""):
                errors.append(f"{where}: regex {rx!r} fails on source or answer")
        elif route == "calculation":
            if q["question"] not in CALC:
                errors.append(f"{where}: no recomputation in CALC")
                continue
            inputs, want = CALC[q["question"]]
            for x in inputs:
                if norm(x) not in text:
                    errors.append(f"{where}: input {x!r} not in source")
            if ans != want:
                errors.append(f"{where}: answer {ans!r} != recomputed {want!r}")
            if not rx or not re.search(rx, want):
                errors.append(f"{where}: regex {rx!r} does not match {want!r}")
        elif route == "summary":
            pts = q.get("expected_points") or []
            if len(pts) < 5 or ans is not None:
                errors.append(f"{where}: summary needs 5+ points and a null answer")
            for p in pts:
                if not re.search(p, text, re.I):
                    errors.append(f"{where}: point {p!r} not in source")
        elif route == "lookup":
            ids = q.get("expected_claims")
            if ids is None:
                errors.append(f"{where}: lookup without expected_claims")
                continue
            for cid in ids:
                if norm(cid) not in all_text:
                    errors.append(f"{where}: claim {cid!r} not in the files")
            answer = ", ".join(ids) if ids else "None of the claims match."
            if not rx or not re.search(rx, answer):
                errors.append(f"{where}: regex {rx!r} does not match {answer!r}")
        elif route == "none":
            if q["expect_not_found"] is not True or ans is not None:
                errors.append(f"{where}: none needs expect_not_found true and no answer")
        if route != "none" and q["expect_not_found"]:
            errors.append(f"{where}: expect_not_found on a {route} question")
    unused = set(CALC) - {json.loads(ln)["question"] for ln in lines}
    for u in sorted(unused):
        errors.append(f"CALC entry without a question: {u!r}")
    for e in errors:
        print("FAIL", e)
    by_route: dict[str, int] = {}
    for k, v in counts.items():
        by_route[k.split("/")[0]] = by_route.get(k.split("/")[0], 0) + v
    print(f"{len(lines)} questions; routes {dict(sorted(by_route.items()))}")
    print("kinds", dict(sorted(counts.items())))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
