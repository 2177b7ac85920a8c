#!/usr/bin/env python3
"""Verify questions.jsonl against the files (run with /work/main/.venv/bin/python check.py).

- every line has exactly the required fields, valid route, sources exist;
- needle: expected_answer occurs verbatim (case/whitespace-insensitive) in the source text,
  and expected_regex matches both the source text and the expected answer;
- calculation: the inputs listed in CALC occur in the source text and the value recomputed
  from them equals expected_answer; expected_regex matches expected_answer;
- summary: every expected_points regex matches the source text;
- lookup: every expected claim number occurs in the files and expected_regex matches the
  list of expected claims (or the word "none" when the list is empty);
- none: expect_not_found is true, answer/regex null; ABSENT strings do not occur in the sources;
- claim_id (when set) occurs in the text of at least one of its sources.
Exit status 1 on any failure.
"""
import json
import os
import re
import sys
from datetime import date
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FIELDS = ["question", "route", "claim_id", "expected_answer", "expected_regex",
          "expect_not_found", "source", "kind"]
ROUTES = {"needle", "calculation", "summary", "lookup", "none"}


def extract(name):
    path = os.path.join(FILES, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    parts += [c.text for r in t.rows for c in r.cells]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [c.text for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if ext == "eml":
        with open(path, "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(s):
    return float(s.replace("$", "").replace(",", ""))


def d(s):
    m, dd, y = s.split("/")
    y = int(y)
    return date(y + 2000 if y < 100 else y, int(m), int(dd))


def days(a, b):
    return (d(b) - d(a)).days


# question text -> (input strings that must occur in the sources, recompute -> expected_answer)
CALC = {
    "how many days from DOI to when 22461 got reported to the TPA":
        (["03/14/2025", "03/19/2025"], lambda: f"{days('03/14/2025', '03/19/2025')} days"),
    "total TTD paid to date on achterberg (TTD only, not TPD)":
        (["INDEMNITY-TTD,\"03/15/2025-03/28/2025\",0100519,1394.94",
          "INDEMNITY-TTD,\"03/29/2025-04/11/2025\",0100566,1394.94",
          "INDEMNITY-TTD,\"04/12/2025-04/25/2025\",0100603,1394.94",
          "INDEMNITY-TTD,\"04/26/2025-05/09/2025\",0100634,1394.94"],
         lambda: f"${1394.94 * 4:,.2f}"),
    "med + expense paid combined on the dunmore claim?":
        (["| Medical | 19,750.00 | 3,857.50 |", "| Expense (ALAE) | 3,000.00 | 1,790.00 |"],
         lambda: f"${3857.50 + 1790.00:,.2f}"),
    "how long was roz totally off work before she went back modified duty (days)":
        (["| 03/14/2025 | Off work |", "| 05/10/2025 | Modified duty (RTW)"],
         lambda: f"{days('03/14/2025', '05/10/2025')} days"),
    "indemnity rsv after the latest change on WC-0187-22461":
        (["| 06/10/2025 | Indemnity | 12,000.00 | 18,500.00 |"], lambda: f"${18500:,.2f}"),
    "how much did the med reserve drop on 08/05 (achterberg)":
        (["| 08/05/2025 | Medical | 22,000.00 | 19,750.00 |"], lambda: f"${22000 - 19750:,.2f}"),
    "what % of total incurred is paid so far on 22461":
        (["**41,250.00**", "**12,213.38**"], lambda: f"{12213.38 / 41250 * 100:.1f}%"),
    "days between roz's injury and her recorded statement":
        (["03/14/2025", "03/21/2025, 10:05"], lambda: f"{days('03/14/2025', '03/21/2025')} days"),
    "net bldg ACV pmt after the ded on ostrander":
        (["Actual Cash Value (ACV) 6,469.28", "AOP ded 2,500"], lambda: f"${6469.28 - 2500:,.2f}"),
    "arrowhead est: kitchen + upstairs bath room totals added together?":
        (["Room total - Kitchen 2,244.40", "Room total - Upstairs Hall Bath 1,637.32"],
         lambda: f"${2244.40 + 1637.32:,.2f}"),
    "total RC holdback still owed to the ostranders (bldg + contents)":
        (["(bldg 1,096.42 + cont 1,069.12)"], lambda: f"${1096.42 + 1069.12:,.2f}"),
    "is the ostranders' contents claim within their cov C limit":
        (["Claimed 4,210.00 RCV", "Cov C 192,500"],
         lambda: ("Yes - $4,210.00 claimed is within the $192,500 Coverage C limit"
                  if 4210.00 <= 192500 else "No")),
    "how many days from DOL to the IA inspection on HO-7730-2025-K":
        (["DOL: 01/22/25", "01/29/25 1422 CB   Insp compl"], lambda: f"{days('01/22/25', '01/29/25')} days"),
    "how much did the dwelling rsv go up at the 2/12 supervisor review":
        (["DWELL 12,000.00", "Incr rsv DWELL to 16,500.00"], lambda: f"${16500 - 12000:,.2f}"),
    "total paid to date on the ostrander claim (mitigation, contents and bldg ACV)":
        (["PMT 6,418.22 to DryPoint", "PMT contents ACV 3,140.88", "Actual Cash Value (ACV) 6,469.28",
          "ACV less ded 2,500.00"],
         lambda: f"${6418.22 + 3140.88 + (6469.28 - 2500):,.2f}"),
    "net of the deductible what do u/w owe on the carrow point":
        (["Total agreed reasonable cost of repairs (before deductible) 47,200.00", "deductible USD 25,000"],
         lambda: f"${47200 - 25000:,.2f}"),
    "total of the owners' account items on carrow point?":
        (["14,300.00", "Renew hull zincs 1,260.00", "oil leak 2,940.00", "Drydocking, 50% share 4,800.00",
          "2 days @ 1,150.00 2,300.00"],
         lambda: f"${14300 + 1260 + 2940 + 4800 + 2300:,.2f}"),
    "how many days was carrow point in drydock (docked to undocked)":
        (["05/15/2025 0730 Vessel drydocked", "06/02/2025 1400 Vessel undocked"],
         lambda: f"{days('05/15/2025', '06/02/2025')} days"),
    "how far under the surveyor's prelim reserve is the agreed repair cost":
        (["reserve recommendation 60,000.00", "(before deductible) 47,200.00"], lambda: f"${60000 - 47200:,.2f}"),
    "days from the casualty to the final survey report on 25/HM/00913":
        (["Date of casualty 05/07/2025", "Report date 06/18/2025"], lambda: f"{days('05/07/2025', '06/18/2025')} days"),
    # --- CA 25 604417
    "how much did calloway actually pay on ferncliff, i.e. net of the ded":
        (["Total damages $21,202.61", "$1,000.00 collision deductible"], lambda: f"${21202.61 - 1000:,.2f}"),
    "tow + storage on the ferncliff truck?":
        (["Lakeside Towing & Recovery, inv. 5530 $685.00", "Storage (4 days @ $45.00) Lakeside Towing & Recovery $180.00"],
         lambda: f"${685 + 180:,.2f}"),
    "how many days from the rear-ender to the subro demand letter":
        (["Date of loss February 6, 2025", "April 22, 2025"], lambda: f"{days('02/06/2025', '04/22/2025')} days"),
    "how long was the ferncliff truck out of service (DOL to back in service)":
        (["Date of loss February 6, 2025", "returned to service on March 3, 2025"],
         lambda: f"{days('02/06/2025', '03/03/2025')} days"),
    "what was the check to bluemound for (repairs net of the ded)":
        (["Vehicle repair (final invoice RO 88214) Bluemound Truck Body, Inc. $18,742.61",
          "$1,000.00 collision deductible", "for the repairs net of the deductible"],
         lambda: f"${18742.61 - 1000:,.2f}"),
    # --- CH 58-10347
    "total acres on units 0001 and 0002 combined (haugstad)":
        (["0001 F2211 T6040 Fld 3 152.4", "0002 F2211 T6040 Fld 5 88.0"], lambda: f"{152.4 + 88.0:.1f} acres"),
    "days from the hail to the notice of loss on CH 58-10347":
        (["Date of storm: 07/18/2025", "Notice of loss rec'd: 07/20/2025"], lambda: f"{days('07/18/2025', '07/20/2025')} days"),
    "how many days between the storm and the final appraisal on haugstad":
        (["Date of storm: 07/18/2025", "Final appraisal: 08/19/2025"], lambda: f"{days('07/18/2025', '08/19/2025')} days"),
    "what % of total liability is the haugstad indemnity":
        (["TOT 361.0 $146,796.00 $9,060.24"], lambda: f"{9060.24 / 146796 * 100:.1f}%"),
    "if unit 0003 had appraised at 9% what would it pay under XS5":
        (["0003 F3087 T1195 Fld 1 120.6 $380 $45,828.00", "5% excess deductible, per unit"],
         lambda: f"${45828.00 * (9 - 5) / 100:,.2f}"),
    # --- GLX-44190-25
    "vancura's bills are 7,912.40 - within the med pay limit?":
        (["totaling $7,912.40", "Medical Expense (any one person) $5,000"],
         lambda: (f"No - $7,912.40 exceeds the $5,000 Medical Expense limit by ${7912.40 - 5000:,.2f}"
                  if 7912.40 > 5000 else "Yes")),
    "days from the tent collapse to the letter of rep":
        (["8:15 p.m. on June 14, 2025", "On July 8, 2025, Meridian received a letter of representation"],
         lambda: f"{days('06/14/2025', '07/08/2025')} days"),
    "how long between the storm warning and the tent coming down":
        (["issued at 7:41 p.m.", "At approximately 8:15 p.m. on June 14, 2025"],
         lambda: f"{(20 * 60 + 15) - (19 * 60 + 41)} minutes"),
    "how many days after first notice did we send the copperline ROR":
        (["Meridian received the first notice on June 16, 2025", "July 30, 2025"],
         lambda: f"{days('06/16/2025', '07/30/2025')} days"),
    "if vancura demands $850k is that within the per occurrence limit":
        (["Each Occurrence $1,000,000"],
         lambda: ("Yes - $850,000 is within the $1,000,000 each occurrence limit" if 850000 <= 1000000 else "No")),
    # --- CY2500318
    "total approved vendor costs so far on CY2500318":
        (["SRF-2025-1176-01, $38,750.00", "approved as submitted", "approved $12,240.00", "$9,420.00: approved"],
         lambda: f"${38750 + 12240 + 9420:,.2f}"),
    "how far over the retention are the approved costs on pelham & routh":
        (["SRF-2025-1176-01, $38,750.00", "approved $12,240.00", "$9,420.00: approved", "$50,000.00 retention"],
         lambda: f"${38750 + 12240 + 9420 - 50000:,.2f}"),
    "how long from finding the ransom notes to the hotline call":
        (["at 7:15 a.m. when the office opened", "this morning at 9:40 a.m."],
         lambda: "{} hours {} minutes".format(*divmod((9 * 60 + 40) - (7 * 60 + 15), 60))),
    "how much did julian knock off the kittredge lowe bill":
        (["billed $12,960.00: approved $12,240.00"], lambda: f"${12960 - 12240:,.2f}"),
    "is the ransom demand within the extortion sublimit":
        (["USD 480,000 in BTC", "cyber extortion sublimit $250,000"],
         lambda: ("No - $480,000 exceeds the $250,000 cyber extortion sublimit" if 480000 > 250000 else "Yes")),
    "days from the first malicious logon to discovery (pelham)":
        (["First malicious logon 07/26/2025", "Encryption began 08/04/2025", "Monday, August 4, 2025"],
         lambda: f"{days('07/26/2025', '08/04/2025')} days"),
}

# none-route question text -> strings that must NOT occur in its sources
ABSENT = {
    "btc wallet address in the ransom note": ["wallet"],
    "how much is vancura demanding": ["demand of $", "demands $"],
    "has tri-lakes accepted liability on ferncliff": ["accepted liability", "accepts liability"],
    "what's haugstad's APH yield on the corn": ["APH", "bu/ac"],
    "mileage on the ferncliff truck at the time of the crash?": ["odometer", "miles"],
    "carrow point IMO number": ["IMO"],
    "who's defense counsel on 22461": ["counsel", "attorney", "Litigated | Y"],
    "what impairment rating % did roz get": ["impairment"],
    "how much did we recover from aquaflex?": ["recovered", "recovery rec"],
    "ostrander phone number?": ["555-"],
    "what's tanya's last name? (receiving, dunmore)": ["Tanya Kr", "Tanya M"],
}


def main():
    texts = {n: extract(n) for n in sorted(os.listdir(FILES))}
    ntexts = {n: norm(t) for n, t in texts.items()}
    alltext = "\n".join(texts.values())
    errors = []
    seen = set()
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    for i, q in enumerate(qs, 1):
        tag = f"line {i}: {q.get('question')!r}"

        def err(msg):
            errors.append(f"{tag}: {msg}")

        for f in FIELDS:
            if f not in q:
                err(f"missing field {f}")
        extra = set(q) - set(FIELDS) - {"expected_points", "expected_claims"}
        if extra:
            err(f"unexpected fields {extra}")
        if q["question"] in seen:
            err("duplicate question")
        seen.add(q["question"])
        route = q["route"]
        if route not in ROUTES:
            err(f"bad route {route}")
            continue
        srcs = q["source"] if isinstance(q["source"], list) else [q["source"]]
        for s in srcs:
            if s not in texts:
                err(f"missing source file {s}")
        if any(s not in texts for s in srcs):
            continue
        src_text = "\n".join(texts[s] for s in srcs)
        src_norm = norm(src_text)
        if q["claim_id"] is not None and norm(q["claim_id"]) not in src_norm:
            err(f"claim_id {q['claim_id']} not in sources")
        rx = q["expected_regex"]
        if route == "needle":
            a = q["expected_answer"]
            if not a or norm(a) not in src_norm:
                err(f"answer {a!r} not verbatim in source")
            if not rx or not re.search(rx, src_text, re.I | re.S):
                err("regex does not match source text")
            if a and rx and not re.search(rx, a, re.I):
                err("regex does not match the expected answer")
        elif route == "calculation":
            spec = CALC.get(q["question"])
            if spec is None:
                err("no CALC spec")
            else:
                inputs, fn = spec
                for s in inputs:
                    if norm(s) not in src_norm:
                        err(f"calc input {s!r} not in source")
                got = fn()
                if got != q["expected_answer"]:
                    err(f"recomputed {got!r} != expected {q['expected_answer']!r}")
            if not rx or not re.search(rx, q["expected_answer"] or "", re.I):
                err("regex does not match the expected answer")
        elif route == "summary":
            pts = q.get("expected_points") or []
            if not 5 <= len(pts) <= 7:
                err(f"{len(pts)} expected_points (want 5-7)")
            for p in pts:
                if not re.search(p, src_text, re.I | re.S):
                    err(f"point {p!r} not in source")
            if q["expected_answer"] is not None:
                err("summary expected_answer must be null")
        elif route == "lookup":
            claims = q.get("expected_claims")
            if claims is None:
                err("missing expected_claims")
                claims = []
            for c in claims:
                if norm(c) not in norm(alltext):
                    err(f"claim {c} not in any file")
            target = ", ".join(claims) if claims else "none"
            if not rx or not re.search(rx, target, re.I):
                err("regex does not match the expected claim list")
            for c in claims:
                if rx and not re.search(rx, c, re.I) and len(claims) == 1:
                    err("regex does not name the claim")
        elif route == "none":
            if q["expect_not_found"] is not True:
                err("expect_not_found must be true")
            if q["expected_answer"] is not None or rx is not None:
                err("none: answer and regex must be null")
            for s in ABSENT.get(q["question"], []):
                if norm(s) in src_norm:
                    err(f"'absent' string {s!r} found in source")
        if route != "none" and q["expect_not_found"] is not False:
            err("expect_not_found must be false")
    from collections import Counter
    print(f"{len(qs)} questions, {len(texts)} files")
    print("routes:", dict(Counter(q["route"] for q in qs)))
    print("kinds:", dict(Counter((q["route"], q["kind"]) for q in qs)))
    unused = set(CALC) - {q["question"] for q in qs}
    if unused:
        errors.append(f"CALC specs without question: {unused}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
