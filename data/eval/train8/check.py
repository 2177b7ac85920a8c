"""Verify questions.jsonl against the files in files/.

Needles: expected_answer (whitespace/case-insensitive) and expected_regex found in the source text.
Calculations: recomputed here from the input values, each input checked to occur in the source text.
Summaries: every expected point matches the source text. Lookups: every expected claim occurs in the files.
None: flagged expect_not_found, no expected answer. Run: /work/main/.venv/bin/python check.py
"""

import json
import re
import sys
from datetime import date, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

from docx import Document
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROUTES = {"needle", "calculation", "summary", "lookup", "none"}
FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found", "source", "kind"}


def extract(path):
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if path.suffix == ".eml":
        msg = BytesParser(policy=policy.default).parse(path.open("rb"))
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"${x:,.2f}"


def days(a, b):
    return f"{(date.fromisoformat(b) - date.fromisoformat(a)).days} days"


def hm(a, b, fmt="%Y-%m-%d %H:%M"):
    mins = int((datetime.strptime(b, fmt) - datetime.strptime(a, fmt)).total_seconds() // 60)
    h, m = divmod(mins, 60)
    if h == 0:
        return f"{m} minutes"
    return f"{h} hour{'s' if h != 1 else ''} {m} minute{'s' if m != 1 else ''}"


def hms(a, b):
    secs = int((datetime.strptime(b, "%H:%M:%S") - datetime.strptime(a, "%H:%M:%S")).total_seconds())
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    out = []
    if h:
        out.append(f"{h} hour{'s' if h != 1 else ''}")
    if h or m:
        out.append(f"{m} minute{'s' if m != 1 else ''}")
    out.append(f"{s} second{'s' if s != 1 else ''}")
    return " ".join(out)


# question -> (recomputed canonical answer, values that must appear in the source text)
CALCS = {
    # elevator GL-26-0417733
    "how long was okafor-bell trapped": (hm("2026-02-11 08:42", "2026-02-11 10:17"), ["8:42 a.m.", "10:17 a.m."]),
    "how long between the 911 call and the apex mechanic arriving": (
        hm("2026-02-11 08:49", "2026-02-11 09:58"),
        ["8:49 a.m.", "9:58 a.m."],
    ),
    "days between brake wear flagged and the entrapment?": (
        days("2026-02-02", "2026-02-11"),
        ["2026-02-02", "2026-02-11"],
    ),
    "meds plus lost wages so far on the elevator claim": (money(7622.35 + 2887.50), ["$7,622.35", "$2,887.50"]),
    "by how much did the indemnity rsv go up on GL-26-0417733": (money(110000 - 85000)[:-3], ["$85,000", "$110,000"]),
    "total reserves (indemnity + expense) after the latest change, calloway": (
        money(110000 + 12500)[:-3],
        ["$110,000", "$12,500"],
    ),
    "how many days from DOL to the IA's first report on the elevator loss": (
        days("2026-02-11", "2026-03-04"),
        ["February 11, 2026", "March 4, 2026"],
    ),
    "how long was apex on site for the brake repair WO-34671": (
        hm("2026-02-12 06:30", "2026-02-12 17:45"),
        ["| 06:30 | 17:45 |"],
    ),
    "fire dept arrival to clmt out of the car - how long": (
        hm("2026-02-11 09:21", "2026-02-11 10:17"),
        ["9:21 a.m.", "10:17 a.m."],
    ),
    # vacant mill VB 2026 55120
    "how much over the sublimit is the mill total incl board-up": (
        money(46200 + 8950 + 3375 + 1480 - 50000),
        ["$46,200.00", "$8,950.00", "$3,375.00", "$1,480.00", "$50,000"],
    ),
    "mill: copper + glazing + graffiti, total?": (money(46200 + 8950 + 3375), ["$46,200.00", "$8,950.00", "$3,375.00"]),
    "is the copper/plumbing figure alone within the VP-12 sublimit?": (
        f"Yes - {money(46200)} is {money(50000 - 46200)} under the $50,000 sublimit",
        ["$46,200.00", "sublimit $50,000"],
    ),
    "days from FNOL to closing on halvorsen": (days("2026-01-19", "2026-02-20"), ["01/19/26", "02/20/26"]),
    "how long was the guard on site the morning the mill break-in was found": (
        hm("2026-01-18 05:34", "2026-01-18 07:55"),
        ["05:34 07:55"],
    ),
    "gap between SR-2307 leaving and SR-2291 arriving on 1/18": (
        hm("2026-01-18 02:20", "2026-01-18 05:34"),
        ["02:07 02:20", "05:34 07:55"],
    ),
    "vandalism sublimit net of ded - what's the max the trust gets": (
        money(50000 - 5000),
        ["sublimit $50,000", "Ded $5,000"],
    ),
    # dock MLX-88410-C
    "days from the dock collapse to the dive inspection": (
        days("2025-08-23", "2025-08-27"),
        ["08/23/2025", "08/27/2025"],
    ),
    "total meds for both dock claimants": (money(9410 + 1275), ["$9,410.00", "$1,275.00"]),
    "dock repair quote plus diver invoice": (money(64800 + 2350), ["$64,800.00", "$2,350.00"]),
    "how much did the BI rsv go up after the mbeki demand": (money(95000 - 40000)[:-3], ["$40,000", "$95,000"]),
    "is mbeki's demand within the current BI reserve": (
        f"Yes - $85,000 demand vs $95,000 reserve, {money(95000 - 85000)[:-3]} under",
        ["$85,000", "$95,000"],
    ),
    "days from occurrence to mbeki's demand": (days("2025-08-23", "2025-10-06"), ["08/23/2025", "10/06/2025"]),
    # home business HO-3381-2026-F
    "queen quilts + baby quilts, combined loss": (money(5616 + 2457), ["$5,616.00", "$2,457.00"]),
    "how much of the quilt inventory is over the HB-04 cap": (money(13786.50 - 12500), ["$13,786.50", "$12,500.00"]),
    "days between the flood and the inspection, delacroix": (
        days("2026-03-29", "2026-04-02"),
        ["03/29/2026", "04/02/2026"],
    ),
    "is the combined subtotal within the FE-10 limit?": (
        f"Yes - {money(12500 + 2179)} is {money(15000 - 14679)} under the $15,000 limit",
        ["$14,679.00", "$15,000"],
    ),
    "fabric bolts + batting loss": (money(2369.80 + 551.70), ["$2,369.80", "$551.70"]),
    "household items in the basement net of the $1k ded": (
        money(649 + 1120 + 410 - 1000),
        ["$649.00", "$1,120.00", "$410.00", "$1,000.00"],
    ),
    # warehouse 0088-416-SP
    "net stock claim after the salvage credit, crestline": (money(148536 - 24552.50), ["$148,536.00", "$24,552.50"]),
    "how long from the waterflow alarm to discovery at crestline": (
        hm("2026-01-10 14:22", "2026-01-12 06:15"),
        ["2026-01-10 14:22", "2026-01-12 06:15"],
    ),
    "salvor commission plus freight?": (money(4717.50 + 2180), ["$4,717.50", "$2,180.00"]),
    "what % of gross salvage proceeds went to commission + freight": (
        f"{(4717.50 + 2180) / 31450 * 100:.2f}%",
        ["$4,717.50", "$2,180.00", "$31,450.00"],
    ),
    "total reserves on 0088-416-SP after the latest change": (
        money(124000 + 28100)[:-3],
        ["| BPP | $124,000", "| Building | $28,100"],
    ),
    "building subtotal net of the ded, crestline": (money(28045 - 25000), ["$28,045.00", "$25,000"]),
    "paper goods only (towels, tissue, napkins) - stock loss": (
        money(44730 + 44240 + 9792),
        ["$44,730.00", "$44,240.00", "$9,792.00"],
    ),
    "days from DOL to the salvage sale at crestline": (days("2026-01-10", "2026-02-20"), ["2026-01-10", "2026-02-20"]),
    "how many cases of paper towels came through undamaged": (f"{4800 - 3150:,}", ["| 4,800 | 3,150 |"]),
    # life LC 7702 1193
    "how long after issue did the insured die (days)": (
        days("2024-09-01", "2026-01-14"),
        ["September 1, 2024", "January 14, 2026"],
    ),
    "days from death to claim rec'd, LC 7702 1193": (
        days("2026-01-14", "2026-01-29"),
        ["January 14, 2026", "January 29, 2026"],
    ),
    "how long from APS request to the cardiology records coming in": (
        days("2026-02-03", "2026-02-26"),
        ["February 3, 2026", "February 26, 2026"],
    ),
    "how much of the contestable period was left when he died, in days": (
        days("2026-01-14", "2026-09-01"),
        ["contestable period ends September 1, 2026", "January 14, 2026"],
    ),
    "EMS call to pronouncement, how many minutes": (
        hm("2026-01-14 06:14", "2026-01-14 06:52"),
        ["spouse 06:14", "Pronounced 06:52"],
    ),
    "days between the first cardiology visit and the app signature": (
        days("2023-03-17", "2024-07-22"),
        ["03/17/2023", "July 22, 2024"],
    ),
    "is the premium refund more than 1% of the face amount?": (
        f"No - {money(16 * 394.90)} is {16 * 394.90 / 750000 * 100:.2f}% of $750,000",
        ["$6,318.40", "$750,000"],
    ),
    # bus CA-2026-309114
    "police response time on the bus crash, dispatch to arrival": (
        hm("2026-03-12 07:41", "2026-03-12 07:47"),
        ["DISPATCHED: 0741", "ARRIVED: 0747"],
    ),
    "how long from the crash till the relief bus took the kids": (
        hm("2026-03-12 07:38", "2026-03-12 08:35"),
        ["TIME: 0738", "AT 0835"],
    ),
    "total med pay paid so far on CA-2026-309114": (money(2140 + 1386.50), ["M.V. $2,140.00", "N.H. $1,386.50"]),
    "how much med pay is left for M.V.": (money(5000 - 2140), ["$5,000 per person", "M.V. $2,140.00"]),
    "is N.H.'s ER bill within the med pay limit": (
        f"Yes - {money(1386.50)} is {money(5000 - 1386.50)} under the $5,000 limit",
        ["$1,386.50", "$5,000 per person"],
    ),
    "total paid to granite state (subro + rental)": (money(6842.17 + 348), ["$6,842.17", "$348.00"]),
    "bus collision payment net of the ded": (money(3915 - 1000), ["$3,915.00", "Coll ded $1,000"]),
    "total reserves on the bus claim after the latest change": (
        money(8000 + 10000 + 6000 + 4000)[:-3],
        ["PD (clmt veh) $8,000", "$25,000 -> $10,000", "med pay $6,000", "coll (bus) $4,000"],
    ),
    "how many of the kids were not transported": (str(11 - 2), ["TOTAL ON BOARD: 11", "TRANSPORTED: 2"]),
    "what % of the kids on board had injury complaints": (
        f"{4 / 11 * 100:.2f}%",
        ["TOTAL ON BOARD: 11", "INJ COMPLAINTS: 4"],
    ),
    # tower IM/26/04471
    "how long from okonkwo getting on site to backup audio on air": (
        hm("2026-05-06 23:05", "2026-05-07 04:40"),
        ["site at 23:05", "May 7 at 04:40"],
    ),
    "engineer on site to full power restored - how long": (
        hm("2026-05-06 23:05", "2026-05-08 11:40"),
        ["site at 23:05", "May 8 at 11:40"],
    ),
    "exciter + STL rx + audio processor adjusted loss": (
        money(9500 + 6840 + 1150),
        ["$9,500.00", "$6,840.00", "$1,150.00"],
    ),
    "how much of the expediting limit is unused": (
        money(5000 - (19.5 * 95 + 312)),
        ["limit $5,000", "$2,164.50", "19.5 hours at $95.00"],
    ),
    "is the STL receiver replacement within its scheduled value": (
        f"No - {money(6840)} exceeds the $6,200 scheduled value by {money(6840 - 6200)}",
        ["$6,840.00", "$6,200"],
    ),
    "by how much was the tower reserve cut": (money(60000 - 45300)[:-3], ["$60,000", "$45,300"]),
    "adjusted loss as a % of total scheduled value, kbhr": (f"{46190 / 168400 * 100:.2f}%", ["$46,190.00", "$168,400"]),
    "days from the strike to the ground test": (days("2026-05-06", "2026-05-12"), ["May 6, 2026", "May 12"]),
    # med mal MPL-2026-00718
    "days from the lap chole to the repair surgery": (
        days("2025-06-18", "2025-06-23"),
        ["June 18, 2025", "June 23, 2025"],
    ),
    "how many days between the notice letter date and keel harbor receiving it": (
        days("2026-02-09", "2026-02-13"),
        ["February 9, 2026", "February 13, 2026"],
    ),
    "meds + lost earnings, starkey specials total": (money(187402.66 + 23 * 1875), ["$187,402.66", "$43,125.00"]),
    "total reserves on MPL-2026-00718": (
        money(450000 + 85000)[:-3],
        ["indemnity $450,000", "expense (defense) $85,000"],
    ),
    "is the indemnity reserve within the per-claim limit": (
        f"Yes - $450,000 is {money(1000000 - 450000)[:-3]} under the $1,000,000 limit",
        ["$450,000", "$1,000,000 each claim"],
    ),
    "how long between the bilirubin result and the discharge order": (
        hm("2025-06-19 06:58", "2025-06-19 09:15"),
        ["06:58", "09:15"],
    ),
    "UH readmissions plus IR/drainage": (money(19472.38 + 4818), ["$19,472.38", "$4,818.00"]),
    "how many days was starkey off work": (
        days("2025-06-18", "2025-12-01"),
        ["from June 18, 2025 until December 1, 2025"],
    ),
    # hotel HGT-5512-26
    "how long was the engineering master in 1417": (hms("16:31:09", "16:39:47"), ["16:31:09", "16:39:47"]),
    "how long was housekeeping's first entry": (hms("15:48:12", "15:49:55"), ["15:48:12", "15:49:55"]),
    "how long was quist out of the room per the lock log": (hms("13:54:21", "19:22:44"), ["13:54:21", "19:22:44"]),
    "quist's claim excluding the cash": (
        money(14500 + 2399 + 349),
        ["$14,500.00", "$2,399.00", "$349.00", "$17,848.00"],
    ),
    "is quist's total within the per-guest limit": (
        f"Yes - {money(17848)} is {money(25000 - 17848)} under the $25,000 limit",
        ["$17,848.00", "$25,000 per guest"],
    ),
    "laptop + headphones value": (money(2399 + 349), ["$2,399.00", "$349.00"]),
    "work order entered to ENG-2 opening the door - how long": (
        hm("2026-04-11 16:12", "2026-04-11 16:31"),
        ["front desk at 16:12", "16:31:09"],
    ),
    # drone DR 26 0093
    "flight time from takeoff to last telemetry": (hms("10:04:12", "10:18:03"), ["10:04:12", "10:18:03"]),
    "link loss to last record, how many seconds": (hms("10:17:40", "10:18:03"), ["10:17:40", "10:18:03"]),
    "car + pergola estimates total": (money(7486.90 + 2935), ["$7,486.90", "$2,935.00"]),
    "is the PD reserve enough for car, pergola and 12 days rental": (
        f"Yes - {money(7486.90 + 2935 + 12 * 46.50)} is {money(12000 - (7486.90 + 2935 + 12 * 46.50))} under the $12,000 PD reserve",
        ["$7,486.90", "$2,935.00", "12 days @ $46.50", "PD $12,000"],
    ),
    "total reserves on DR 26 0093": (money(12000 + 3500 + 1500)[:-3], ["PD $12,000", "BI $3,500", "expense $1,500"]),
    "BI reserve left after the urgent care payment": (money(3500 - 618), ["BI $3,500", "Care $618.00"]),
    "days from the drone crash to the notice": (
        days("2026-05-16", "2026-05-19"),
        ["occurrence: 05/16/2026", "rec'd: 05/19/2026"],
    ),
    # TLL TLL-40021-K
    "alarm to under control at golden lotus": (
        hm("2026-02-27 21:55", "2026-02-27 22:26"),
        ["alarm at 21:55", "control at 22:26"],
    ),
    "is unit 6 repair + lost rent within the TLL limit": (
        f"Yes - {money(142380 + 25000)} is {money(300000 - 167380)} under the $300,000 limit",
        ["$142,380.00", "$25,000.00", "$300,000 any one premises"],
    ),
    "units 5 and 7 building damage combined": (money(11940 + 7615), ["$11,940.00", "$7,615.00"]),
    "gap between bastion's unit 6 number and ours": (money(142380 - 128900), ["$142,380.00", "$128,900.00"]),
    "how much has the PD rsv gone up since the initial, westgate": (
        money(206000 - 150000)[:-3],
        ["$150,000", "$206,000"],
    ),
    "days from the fire to bastion's subro demand": (
        days("2026-02-27", "2026-03-11"),
        ["02/27/2026", "March 11, 2026"],
    ),
    "units 5 + 7 building PD net of the liability ded": (
        money(11940 + 7615 - 1000),
        ["$11,940.00", "$7,615.00", "$1,000"],
    ),
}


def main():
    texts = {p.name: extract(p) for p in sorted(FILES.iterdir())}
    ntexts = {k: norm(v) for k, v in texts.items()}
    errors = []
    seen = set()
    counts = {}
    lines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        tag = f"line {i}: {q.get('question')!r}"
        keys = set(q) - {"expected_points", "expected_claims"}
        if keys != FIELDS:
            errors.append(f"{tag}: fields {sorted(keys ^ FIELDS)}")
        if q["question"] in seen:
            errors.append(f"{tag}: duplicate question")
        seen.add(q["question"])
        route = q["route"]
        counts[(route, q["kind"])] = counts.get((route, q["kind"]), 0) + 1
        if route not in ROUTES:
            errors.append(f"{tag}: route {route}")
            continue
        srcs = q["source"] if isinstance(q["source"], list) else [q["source"]]
        missing = [s for s in srcs if s not in texts]
        if missing:
            errors.append(f"{tag}: missing source {missing}")
            continue
        raw = "\n".join(texts[s] for s in srcs)
        txt = "\n".join(ntexts[s] for s in srcs)
        # the claim number must be printed in the files (not necessarily in this source: a contractor's log
        # may not carry the carrier's claim number)
        if q["claim_id"] is not None and not any(norm(q["claim_id"]) in t for t in ntexts.values()):
            errors.append(f"{tag}: claim id {q['claim_id']} not in any file")
        if route == "needle":
            if norm(q["expected_answer"]) not in txt:
                errors.append(f"{tag}: answer {q['expected_answer']!r} not in source")
            rx = re.compile(q["expected_regex"], re.I)
            if not rx.search(re.sub(r"[ \t]+", " ", raw)):
                errors.append(f"{tag}: regex not found in source")
            if not rx.search(q["expected_answer"]):
                errors.append(f"{tag}: regex does not match answer")
        elif route == "calculation":
            if q["question"] not in CALCS:
                errors.append(f"{tag}: no recomputation in CALCS")
                continue
            want, inputs = CALCS[q["question"]]
            if not q["expected_answer"].startswith(want) and want not in q["expected_answer"]:
                errors.append(f"{tag}: expected {q['expected_answer']!r}, recomputed {want!r}")
            if not re.search(q["expected_regex"], q["expected_answer"], re.I):
                errors.append(f"{tag}: regex does not match answer")
            for v in inputs:
                if norm(v) not in txt:
                    errors.append(f"{tag}: input {v!r} not in source")
        elif route == "summary":
            pts = q.get("expected_points") or []
            if not 5 <= len(pts) <= 7:
                errors.append(f"{tag}: {len(pts)} points")
            for p in pts:
                if not re.search(p, re.sub(r"[ \t]+", " ", raw), re.I):
                    errors.append(f"{tag}: point {p!r} not in source")
        elif route == "lookup":
            claims = q.get("expected_claims")
            if claims is None:
                errors.append(f"{tag}: no expected_claims")
                continue
            for c in claims:
                if not any(norm(c) in t for t in ntexts.values()):
                    errors.append(f"{tag}: claim {c} not in any file")
            joined = ", ".join(claims) if claims else "none"
            if not re.search(q["expected_regex"], joined, re.I):
                errors.append(f"{tag}: regex does not match {joined!r}")
        elif route == "none":
            if not q["expect_not_found"] or q["expected_answer"] is not None:
                errors.append(f"{tag}: none question must have expect_not_found and no answer")
        if route != "none" and q["expect_not_found"]:
            errors.append(f"{tag}: expect_not_found on a {route} question")
    for k in sorted(counts):
        print(f"{k[0]:12s} {k[1]:12s} {counts[k]}")
    print(f"{len(lines)} questions, {len(texts)} files")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("check.py: all passed")


if __name__ == "__main__":
    main()
