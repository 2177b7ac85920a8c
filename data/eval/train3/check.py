"""Verify questions.jsonl of train3 against the files.

Run: /work/main/.venv/bin/python check.py      (exit 0 = all good)

- every line has exactly the expected fields, a valid route and kind;
- needle: expected_answer appears in the extracted text of its source(s) and
  expected_regex matches both the answer and the source text;
- calculation: recomputed here from literal inputs, each of which must appear in the
  source text; the result must equal expected_answer and match expected_regex;
- summary: every expected_points regex matches the text of the sources;
- lookup: every expected claim number appears in the files and expected_regex matches
  an answer that names them;
- none: expect_not_found is true, no expected answer, and (where listed) the strings
  in ABSENT do not occur in the question's source files.
"""
import datetime as dt
import email
import email.policy
import glob
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "eml":
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        parts = [f"{k}: {m[k]}" for k in ("From", "To", "Cc", "Date", "Subject") if m[k]]
        for part in m.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


TEXT = {os.path.basename(p): text_of(p) for p in sorted(glob.glob(os.path.join(FILES, "*")))}
NTEXT = {k: norm(v) for k, v in TEXT.items()}
ALL = " ".join(NTEXT.values())

ROUTES = {"needle", "calculation", "summary", "lookup", "none"}
KINDS = {
    "needle": {"plain", "table", "time", "address", "role", "reference", "paraphrase", "amount", "date"},
    "calculation": {"duration", "sum", "limit-check", "deductible"},
    "summary": {"summary"},
    "lookup": {"lookup"},
    "none": {"none"},
}
BASE_FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex",
               "expect_not_found", "source", "kind"}


def money(x):
    x = D(x).quantize(D("0.01"), ROUND_HALF_UP)
    return f"${x:,.2f}"


def money0(x):
    """$1,234 when whole dollars were used in the answer, else $1,234.56."""
    return f"${D(x):,.0f}" if D(x) == D(x).to_integral() else money(x)


def days(a, b):
    return f"{(dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days} days"


def minutes(a, b):
    f = "%Y-%m-%d %H:%M"
    return int((dt.datetime.strptime(b, f) - dt.datetime.strptime(a, f)).total_seconds() // 60)


def hm(a, b):
    m = minutes(a, b)
    return f"{m // 60} hours {m % 60} minutes"


def pct(a, b):
    return f"{(D(a) / D(b) * 100).quantize(D('0.1'), ROUND_HALF_UP)}%"


def m(s):
    """literal money string from a file -> Decimal"""
    return D(s.replace("$", "").replace(",", ""))


# CALCS: unique substring of the question -> (literal inputs that must be in the source text,
#         function computing the canonical answer)
CALCS = {
    "total current reserves on barreto": (["$68,500", "$92,000", "$14,000"],
        lambda: money0(m("68,500") + m("92,000") + m("14,000"))),
    "from the DOI to the IME exam on the tallgrass": (["03/09/2026", "August 14, 2026"],
        lambda: days("2026-03-09", "2026-08-14")),
    "days between TTD start and RTW": (["TTD began 03/10/2026", "RTW modified duty 06/22/2026"],
        lambda: days("2026-03-10", "2026-06-22")),
    "total paid to date on WC-417-26-0093": (["medical $38,914.27", "indemnity $15,133.94", "expense $4,226.50"],
        lambda: money(m("38,914.27") + m("15,133.94") + m("4,226.50"))),
    "indemnity rsv go up at the post-IME": (["$72,000", "$92,000"],
        lambda: money0(m("92,000") - m("72,000"))),
    "TPD went out in july": (["07/07/2026 | TPD", "07/21/2026 | TPD", "$700.22"],
        lambda: money(m("700.22") + m("700.22"))),
    "revised comp rate under the state max": (["$830.11", "$1,237.00"],
        lambda: "Yes - $830.11 is below the $1,237.00 maximum" if m("830.11") <= m("1237.00") else "No"),
    "days from sekibo's exam to his report": (["Date of Report: August 21, 2026", "Date of Examination: August 14, 2026"],
        lambda: days("2026-08-14", "2026-08-21")),
    "days after the injury was the MRI": (["March 27, 2026", "March 9, 2026"],
        lambda: days("2026-03-09", "2026-03-27")),
    "current total reserve on barreto is medical": (["$68,500", "$92,000", "$14,000"],
        lambda: pct(m("68500"), m("68500") + m("92000") + m("14000"))),
    "interpreter + records + IME costs": (["IME $2,160.00", "interpreter $185.00", "records $301.50"],
        lambda: money(m("2160") + m("185") + m("301.50"))),
    "E14 arrival to knockdown": (["Engine 14 arrived at 02:47", "fire at 03:26"],
        lambda: f"{minutes('2026-02-27 02:47', '2026-02-27 03:26')} minutes"),
    "911 call to under control at marrow": (["911 at 02:41", "under control at 03:58"],
        lambda: f"{minutes('2026-02-27 02:41', '2026-02-27 03:58')} minutes"),
    "days from DOL to POL signed": (["February 27, 2026", "June 18, 2026"],
        lambda: days("2026-02-27", "2026-06-18")),
    "total advances paid on CP 26 118204": (["($50,000.00)", "($125,000.00)"],
        lambda: money(m("50,000.00") + m("125,000.00"))),
    "debris removal within the additional limit": (["$31,250.00", "$25,000"],
        lambda: f"No - $31,250.00 exceeds the $25,000 limit by {money(m('31250') - m('25000'))}"
        if m("31250") > m("25000") else "Yes"),
    "kitchen equip + FF&E RCV": (["$148,962.75", "$62,414.50", "$340,000"],
        lambda: f"Yes - {money(m('148,962.75') + m('62,414.50'))} is within the $340,000 limit"
        if m("148962.75") + m("62414.50") <= 340000 else "No"),
    "spoilage claim vs spoilage limit": (["$9,846.33", "$15,000"],
        lambda: "Yes - $9,846.33 is within the $15,000 spoilage limit" if m("9846.33") <= 15000 else "No"),
    "TI&B ACV net of the deductible": (["$245,182.50", "$5,000"],
        lambda: money(m("245,182.50") - m("5,000"))),
    "between the fire and caldera's report": (["Report date:        April 24, 2026", "February 27, 2026"],
        lambda: days("2026-02-27", "2026-04-24")),
    "depreciation as a % of RCV": (["$98,701.65", "$538,883.58"],
        lambda: pct(m("98,701.65"), m("538,883.58"))),
    "how long was the reefer out": (["ALARM AT 11:14", "UNIT RUNNING 18:30"],
        lambda: hm("2026-05-16 11:14", "2026-05-16 18:30")),
    "days from DOL to closing on the reefer": (["Date of loss:  05/16/2026", "CLOSED 06/30/2026"],
        lambda: days("2026-05-16", "2026-06-30")),
    "amount claimed within the conveyance limit": (["$ 75,890.00", "$100,000 any one conveyance"],
        lambda: "Yes - $75,890.00 is within the $100,000 limit" if m("75890") <= 100000 else "No"),
    "amount claimed less salvage and the deductible": (["$ 75,890.00", "$ 9,120.00", "$2,500 per loss"],
        lambda: money(m("75,890.00") - m("9,120.00") - m("2,500"))),
    "prior rsv over the final payment": (["Prior reserve: $72,000", "paid $64,945.00"],
        lambda: money(m("72,000") - m("64,945.00"))),
    "hours from pickup to the reefer alarm": (["05/15/2026  18:20", "11:14 (reefer alarm)"],
        lambda: hm("2026-05-15 18:20", "2026-05-16 11:14")),
    # ---- fire: BI worksheet
    "total extra expense on marrow": (["$13,500.00", "$3,200.00", "$4,875.60", "$1,140.00"],
        lambda: money(m("13,500.00") + m("3,200.00") + m("4,875.60") + m("1,140.00"))),
    "BI plus EE less the advance": (["$318,772.05", "$13,500.00", "$3,200.00", "$4,875.60", "$1,140.00", "$60,000.00"],
        lambda: money(m("318,772.05") + m("13,500.00") + m("3,200.00") + m("4,875.60") + m("1,140.00") - m("60,000.00"))),
    "total reserve on CP 26 118204 after the latest": (["| $455,000 |", "| $340,000 |", "| $48,000 |"],
        lambda: money0(m("455,000") + m("340,000") + m("48,000"))),
    "BI/EE rsv enough": (["$318,772.05", "$13,500.00", "$3,200.00", "$4,875.60", "$1,140.00", "08/10/2026 $340,000"],
        lambda: (lambda t: f"No - {money(t)} claimed vs $340,000 reserve, short by {money(t - 340000)}"
                 if t > 340000 else "Yes")(m("318,772.05") + m("13,500.00") + m("3,200.00") + m("4,875.60") + m("1,140.00"))),
    "from the fire until marrow & vine reopened": (["02/27/2026", "reopened to the public 07/16/2026"],
        lambda: days("2026-02-27", "2026-07-16")),
    "may + june lost sales": (["$150,311.50", "$150,212.75"],
        lambda: money(m("150,311.50") + m("150,212.75"))),
    "BI rsv gone up since it was first set": (["03/02/2026 $120,000", "08/10/2026 $340,000"],
        lambda: money0(m("340,000") - m("120,000"))),
    "all advances on the bistro claim": (["($50,000.00)", "($125,000.00)", "$60,000.00"],
        lambda: money(m("50,000.00") + m("125,000.00") + m("60,000.00"))),
    # ---- cyber
    "dwell time on the pellworth": (["2026-04-02 21:47", "2026-04-19 03:12"],
        lambda: days("2026-04-02", "2026-04-19")),
    "encryption starting and the notes being found": (["2026-04-19 03:12", "2026-04-19 06:55"],
        lambda: hm("2026-04-19 03:12", "2026-04-19 06:55")),
    "notification + credit monitoring on CYB": (["$21,873.90", "$18,940.00", "$250,000 combined"],
        lambda: f"Yes - {money(m('21,873.90') + m('18,940.00'))} is within the $250,000 combined sublimit"
        if m("21873.90") + m("18940") <= 250000 else "No"),
    "total incurred to date on pellworth net": (["$118,640.00", "$46,215.50", "$21,873.90", "$18,940.00",
                                                 "$37,402.75", "$6,000.00", "$96,500.00", "retention $25,000"],
        lambda: money(sum(m(x) for x in ["118,640.00", "46,215.50", "21,873.90", "18,940.00", "37,402.75",
                                         "6,000.00", "96,500.00"]) - m("25,000"))),
    "days from discovery to the individual notice": (["April 19, 2026", "mailed June 16, 2026"],
        lambda: days("2026-04-19", "2026-06-16")),
    "forensics + breach counsel costs": (["$118,640.00", "$46,215.50"],
        lambda: money(m("118,640.00") + m("46,215.50"))),
    "drop the ransom demand": (["USD 1,400,000", "USD 650,000"],
        lambda: money0(m("1,400,000") - m("650,000"))),
    "ransomware claim under lindqvist's reserve": (["$118,640.00", "$46,215.50", "$21,873.90", "$18,940.00",
                                                    "$37,402.75", "$6,000.00", "$96,500.00", "$410,000"],
        lambda: (lambda t: f"Yes - {money(t)} incurred is within the $410,000 reserve" if t <= 410000 else "No")(
            sum(m(x) for x in ["118,640.00", "46,215.50", "21,873.90", "18,940.00", "37,402.75", "6,000.00", "96,500.00"]))),
    "SSN folks enrolled": (["3,911 individuals with SSNs", "1,894 had enrolled"],
        lambda: pct(1894, 3911)),
    # ---- GL mediation
    "detergent on the floor before she went down": (["4:29 p.m.", "4:52 p.m."],
        lambda: f"{minutes('2025-11-08 16:29', '2025-11-08 16:52')} minutes"),
    "settlement net of freshacre's deductible": (["$182,500.00", "$10,000 per occurrence deductible"],
        lambda: money(m("182,500.00") - m("10,000"))),
    "settle within authority": (["$182,500", "authority of $200,000"],
        lambda: "Yes - $182,500 is within the $200,000 authority" if m("182500") <= 200000 else "No"),
    "come down from the pre-suit demand": (["$475,000", "$182,500"],
        lambda: money0(m("475,000") - m("182,500"))),
    "days from the fall to the mediation": (["11/08/2025", "September 10, 2026"],
        lambda: days("2025-11-08", "2026-09-10")),
    "total defense cost to close out": (["$27,846.00", "$2,500 more to close"],
        lambda: money0(m("27,846.00") + m("2,500"))),
    "how long did the mediation run": (["started at 9:00 a.m.", "at 6:40 p.m."],
        lambda: hm("2026-09-10 09:00", "2026-09-10 18:40")),
    "counsel's reserve suggestion": (["indemnity $225,000 / expense $32,000", "indemnity $182,500 / expense $30,500"],
        lambda: money0(m("225,000") + m("32,000") - m("182,500") - m("30,500"))),
    # ---- auto TL
    "roz net after the lien payoff": (["Net settlement $31,680.35", "payoff $19,884.33"],
        lambda: money(m("31,680.35") - m("19,884.33"))),
    "over the 75% TL threshold": (["$23,918.40", "Adjusted vehicle value $29,968.75", "75% of value"],
        lambda: f"Yes - $23,918.40 is {pct(m('23,918.40'), m('29,968.75'))} of the $29,968.75 value"
        if m("23918.40") / m("29968.75") > D("0.75") else "No"),
    "swiftroad rental rate within": (["$42.99/day", "$40/day"],
        lambda: f"No - $42.99/day exceeds the $40/day limit by {money(m('42.99') - 40)}" if m("42.99") > 40 else "Yes"),
    "rental does okwuosa have to pay": (["$42.99/day", "$40/day", "(14 days)"],
        lambda: money(14 * (m("42.99") - 40))),
    "total rental bill on the subaru": (["$42.99/day", "(14 days)"],
        lambda: money(14 * m("42.99"))),
    "DOL to the offer letter on 0063-418-PA": (["Loss date 07/03/2026", "Offer letter sent 07/14"],
        lambda: days("2026-07-03", "2026-07-14")),
    "reserve enough for the net TL settlement": (["Net settlement $31,680.35", "Reserve $33,000"],
        lambda: "Yes - $31,680.35 is within the $33,000 reserve" if m("31680.35") <= 33000 else "No"),
    # ---- travel
    "total considered on TRV-88-20417-X": (["$1487.60", "$852.00", "$315.00", "$48.20", "$62.40"],
        lambda: money(m("1487.60") + m("852.00") + m("315.00") + m("48.20") + m("62.40"))),
    "under the trip interruption max": (["$3,049.20", "$7,850.00", "up to 150%"],
        lambda: f"Yes - $3,049.20 is within the {money(m('7850') * D('1.5'))} maximum"
        if m("3049.20") <= m("7850") * D("1.5") else "No"),
    "days into the trip did ophelia": (["June 2 to", "On June 11"],
        lambda: days("2026-06-02", "2026-06-11")),
    "new flight plus net hotel": (["$1487.60", "$852.00"],
        lambda: money(m("1487.60") + m("852.00"))),
    "ophelia's first email and beyer's latest": (["June 24, 2026", "Date: Thu, 09 Jul 2026"],
        lambda: days("2026-06-24", "2026-07-09")),
    # ---- pet
    "reimburse on biscuit's TPLO": (["total $6,842.50", "$145.00   - exam fees NOT covered", "Ded remaining: $70.00", "REIMB: 80%"],
        lambda: money((m("6,842.50") - m("145.00") - m("70.00")) * D("0.80"))),
    "covered charges net of the remaining ded": (["total $6,842.50", "$145.00   - exam fees NOT covered", "Ded remaining: $70.00"],
        lambda: money(m("6,842.50") - m("145.00") - m("70.00"))),
    "ortho waiting period ended did the limping": (["Ortho waiting pd ended 08/01/2026", "limping started 08/17/2026"],
        lambda: days("2026-08-01", "2026-08-17")),
    "TPLO invoice inside the annual limit": (["total $6,842.50", "ANNUAL LIMIT: $10,000"],
        lambda: "Yes - $6,842.50 is within the $10,000 annual limit" if m("6842.50") <= 10000 else "No"),
    "days from onset to surgery for biscuit": (["limping started 08/17/2026", "TPLO sx 09/03/2026"],
        lambda: days("2026-08-17", "2026-09-03")),
    "surgery + hospitalization on the ridgeline": (["$5,380.00", "$600.00"],
        lambda: money(m("5,380.00") + m("600.00"))),
}

# none-questions: strings that must NOT occur in the question's sources (case-insensitive)
ABSENT = {
    "barreto's SSN": ["SSN", "social security"],
    "fire marshal's badge": ["badge"],
    "producer at the tamsin crowe": ["producer"],
    "biscuit weigh": ["weight", " lb", "kg"],
    "insured's EIN": ["EIN:", "FEIN", "tax id"],
    "deductible on the wayfarer": ["deductible"],
    "ophelia buy the wayfarer": ["purchased", "bought on", "purchase date"],
}


def main():
    errs = []
    qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
    seen = set()
    used_calcs = set()
    for i, q in enumerate(qs, 1):
        tag = f"#{i} {q.get('question')!r}"
        r = q.get("route")
        extra = {"summary": {"expected_points"}, "lookup": {"expected_claims"}}.get(r, set())
        if set(q) != BASE_FIELDS | extra:
            errs.append(f"{tag}: fields {sorted(set(q) ^ (BASE_FIELDS | extra))}")
        if r not in ROUTES or q.get("kind") not in KINDS.get(r, ()):
            errs.append(f"{tag}: route/kind {r}/{q.get('kind')}")
            continue
        if q["question"] in seen:
            errs.append(f"{tag}: duplicate question")
        seen.add(q["question"])
        srcs = q["source"] if isinstance(q["source"], list) else [q["source"]]
        for s in srcs:
            if s not in TEXT:
                errs.append(f"{tag}: unknown source {s}")
        src_text = " ".join(NTEXT.get(s, "") for s in srcs)
        if q["claim_id"] is not None and norm(q["claim_id"]) not in src_text:
            errs.append(f"{tag}: claim_id {q['claim_id']} not in source")
        if q["expect_not_found"] != (r == "none"):
            errs.append(f"{tag}: expect_not_found")
        rx = q["expected_regex"]
        if rx is not None:
            try:
                re.compile(rx)
            except re.error as e:
                errs.append(f"{tag}: bad regex {e}")
                continue
        if r == "needle":
            a = q["expected_answer"]
            if not a or norm(a).lower() not in src_text.lower():
                errs.append(f"{tag}: answer {a!r} not in source")
            if not rx or not re.search(rx, a, re.I) or not re.search(rx, src_text, re.I):
                errs.append(f"{tag}: regex does not match answer and source")
        elif r == "calculation":
            keys = [k for k in CALCS if k in q["question"]]
            if len(keys) != 1:
                errs.append(f"{tag}: {len(keys)} calc specs")
                continue
            used_calcs.add(keys[0])
            inputs, fn = CALCS[keys[0]]
            for lit in inputs:
                if norm(lit).lower() not in src_text.lower():
                    errs.append(f"{tag}: input {lit!r} not in source")
            got = fn()
            if got != q["expected_answer"]:
                errs.append(f"{tag}: computed {got!r} != expected {q['expected_answer']!r}")
            if not re.search(rx, q["expected_answer"], re.I):
                errs.append(f"{tag}: regex does not match expected answer")
        elif r == "summary":
            pts = q["expected_points"]
            if not (5 <= len(pts) <= 7):
                errs.append(f"{tag}: {len(pts)} points")
            for p in pts:
                if not re.search(p, src_text, re.I):
                    errs.append(f"{tag}: point {p!r} not in sources")
            if q["expected_answer"] is not None or rx is not None:
                errs.append(f"{tag}: summary must have null answer/regex")
        elif r == "lookup":
            cl = q["expected_claims"]
            for c in cl:
                if norm(c) not in ALL:
                    errs.append(f"{tag}: claim {c} not in files")
            sample = ", ".join(cl) if cl else "None of the claims match."
            if not re.search(rx, sample, re.I):
                errs.append(f"{tag}: regex does not match {sample!r}")
        elif r == "none":
            if q["expected_answer"] is not None or rx is not None:
                errs.append(f"{tag}: none must have null answer/regex")
            for k, bad in ABSENT.items():
                if k in q["question"]:
                    for b in bad:
                        if b.lower() in src_text.lower():
                            errs.append(f"{tag}: {b!r} occurs in its source files")
    for k in ABSENT:
        if not any(k in q["question"] for q in qs):
            errs.append(f"unused ABSENT key {k!r}")
    for k in CALCS:
        if k not in used_calcs:
            errs.append(f"unused calc spec {k!r}")
    from collections import Counter
    print(len(qs), "questions;", dict(Counter(q["route"] for q in qs)))
    print("kinds:", dict(Counter((q["route"], q["kind"]) for q in qs)))
    for e in errs:
        print("ERROR", e)
    print("FAIL" if errs else "PASS", f"({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
