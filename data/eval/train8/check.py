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
    m, s = divmod(secs, 60)
    return f"{m} minutes {s} seconds"


# question -> (recomputed canonical answer, values that must appear in the source text)
CALCS = {
    # elevator GL-26-0417733
    "how long was okafor-bell trapped": (hm("2026-02-11 08:42", "2026-02-11 10:17"), ["8:42 a.m.", "10:17 a.m."]),
    "how long between the 911 call and the apex mechanic arriving":
        (hm("2026-02-11 08:49", "2026-02-11 09:58"), ["8:49 a.m.", "9:58 a.m."]),
    "days between brake wear flagged and the entrapment?": (days("2026-02-02", "2026-02-11"), ["2026-02-02", "2026-02-11"]),
    "meds plus lost wages so far on the elevator claim": (money(7622.35 + 2887.50), ["$7,622.35", "$2,887.50"]),
    "by how much did the indemnity rsv go up on GL-26-0417733": (money(110000 - 85000)[:-3], ["$85,000", "$110,000"]),
    "total reserves (indemnity + expense) after the latest change, calloway":
        (money(110000 + 12500)[:-3], ["$110,000", "$12,500"]),
    "how many days from DOL to the IA's first report on the elevator loss":
        (days("2026-02-11", "2026-03-04"), ["February 11, 2026", "March 4, 2026"]),
    "how long was apex on site for the brake repair WO-34671":
        (hm("2026-02-12 06:30", "2026-02-12 17:45"), ["| 06:30 | 17:45 |"]),
    "fire dept arrival to clmt out of the car - how long": (hm("2026-02-11 09:21", "2026-02-11 10:17"), ["9:21 a.m.", "10:17 a.m."]),
    # vacant mill VB 2026 55120
    "how much over the sublimit is the mill total incl board-up": (money(46200 + 8950 + 3375 + 1480 - 50000),
                                                                     ["$46,200.00", "$8,950.00", "$3,375.00", "$1,480.00", "$50,000"]),
    "mill: copper + glazing + graffiti, total?": (money(46200 + 8950 + 3375), ["$46,200.00", "$8,950.00", "$3,375.00"]),
    "is the copper/plumbing figure alone within the VP-12 sublimit?":
        (f"Yes - {money(46200)} is {money(50000 - 46200)} under the $50,000 sublimit", ["$46,200.00", "sublimit $50,000"]),
    "days from FNOL to closing on halvorsen": (days("2026-01-19", "2026-02-20"), ["01/19/26", "02/20/26"]),
    "how long was the guard on site the morning the mill break-in was found":
        (hm("2026-01-18 05:34", "2026-01-18 07:55"), ["05:34 07:55"]),
    "gap between SR-2307 leaving and SR-2291 arriving on 1/18": (hm("2026-01-18 02:20", "2026-01-18 05:34"), ["02:07 02:20", "05:34 07:55"]),
    "vandalism sublimit net of ded - what's the max the trust gets": (money(50000 - 5000), ["sublimit $50,000", "Ded $5,000"]),
    # dock MLX-88410-C
    "days from the dock collapse to the dive inspection": (days("2025-08-23", "2025-08-27"), ["08/23/2025", "08/27/2025"]),
    "total meds for both dock claimants": (money(9410 + 1275), ["$9,410.00", "$1,275.00"]),
    "dock repair quote plus diver invoice": (money(64800 + 2350), ["$64,800.00", "$2,350.00"]),
    "how much did the BI rsv go up after the mbeki demand": (money(95000 - 40000)[:-3], ["$40,000", "$95,000"]),
    "is mbeki's demand within the current BI reserve":
        (f"Yes - $85,000 demand vs $95,000 reserve, {money(95000 - 85000)[:-3]} under", ["$85,000", "$95,000"]),
    "days from occurrence to mbeki's demand": (days("2025-08-23", "2025-10-06"), ["08/23/2025", "10/06/2025"]),
    # home business HO-3381-2026-F
    "queen quilts + baby quilts, combined loss": (money(5616 + 2457), ["$5,616.00", "$2,457.00"]),
    "how much of the quilt inventory is over the HB-04 cap": (money(13786.50 - 12500), ["$13,786.50", "$12,500.00"]),
    "days between the flood and the inspection, delacroix": (days("2026-03-29", "2026-04-02"), ["03/29/2026", "04/02/2026"]),
    "is the combined subtotal within the FE-10 limit?":
        (f"Yes - {money(12500 + 2179)} is {money(15000 - 14679)} under the $15,000 limit", ["$14,679.00", "$15,000"]),
    "fabric bolts + batting loss": (money(2369.80 + 551.70), ["$2,369.80", "$551.70"]),
    "household items in the basement net of the $1k ded": (money(649 + 1120 + 410 - 1000),
                                                           ["$649.00", "$1,120.00", "$410.00", "$1,000.00"]),
    # warehouse 0088-416-SP
    "net stock claim after the salvage credit, crestline": (money(148536 - 24552.50), ["$148,536.00", "$24,552.50"]),
    "how long from the waterflow alarm to discovery at crestline":
        (hm("2026-01-10 14:22", "2026-01-12 06:15"), ["2026-01-10 14:22", "2026-01-12 06:15"]),
    "salvor commission plus freight?": (money(4717.50 + 2180), ["$4,717.50", "$2,180.00"]),
    "what % of gross salvage proceeds went to commission + freight":
        (f"{(4717.50 + 2180) / 31450 * 100:.2f}%", ["$4,717.50", "$2,180.00", "$31,450.00"]),
    "total reserves on 0088-416-SP after the latest change": (money(124000 + 28100)[:-3], ["| BPP | $124,000", "| Building | $28,100"]),
    "building subtotal net of the ded, crestline": (money(28045 - 25000), ["$28,045.00", "$25,000"]),
    "paper goods only (towels, tissue, napkins) - stock loss": (money(44730 + 44240 + 9792),
                                                                ["$44,730.00", "$44,240.00", "$9,792.00"]),
    "days from DOL to the salvage sale at crestline": (days("2026-01-10", "2026-02-20"), ["2026-01-10", "2026-02-20"]),
    "how many cases of paper towels came through undamaged": (f"{4800 - 3150:,}", ["| 4,800 | 3,150 |"]),
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
