"""Verify questions.jsonl against the files in files/.

Run: /work/main/.venv/bin/python check.py
- every line has exactly the agreed fields (plus expected_points / expected_claims where due);
- needle: expected_answer occurs in the extracted text of its source (case and whitespace
  insensitive) and expected_regex matches both that text and the expected answer;
- calculation: every question has an entry in CALCS below; its operands occur verbatim in the
  source text; the value recomputed here equals expected_answer; expected_regex matches it;
- summary: every expected_points regex matches the text of the sources;
- lookup: every expected claim number occurs in the files, and expected_regex matches an
  answer that names them (or a "none" answer when the list is empty);
- none: expect_not_found is true and the ABSENT strings (if any) really are absent.
Exits 1 on any failure.
"""
import email
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime
from email import policy

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")

# ------------------------------------------------------------------ text extraction
def extract(name):
    path = os.path.join(FILES, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "eml":
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


TEXT = {n: extract(n) for n in sorted(os.listdir(FILES))}
ALL = "\n".join(TEXT.values())


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def src_text(src):
    names = src if isinstance(src, list) else [src]
    for n in names:
        if n not in TEXT:
            raise KeyError(f"source file not found: {n}")
    return "\n".join(TEXT[n] for n in names)


# ------------------------------------------------------------------ value helpers
def money(s):
    return float(s.replace("$", "").replace(",", ""))


def fm(v):
    return "${:,.2f}".format(v)


def fm0(v):
    return "${:,.0f}".format(v)


def d(s):
    return datetime.strptime(s, "%m/%d/%Y").date()


def days(a, b):
    return f"{(d(b) - d(a)).days} days"


def secs(t):
    t = t.strip().upper()
    ampm = None
    if t.endswith("AM") or t.endswith("PM"):
        ampm = t[-2:]
        t = t[:-2].strip()
    if ":" not in t:  # 0752
        t = t[:2] + ":" + t[2:]
    parts = [int(x) for x in t.split(":")]
    while len(parts) < 3:
        parts.append(0)
    h, m, s = parts
    if ampm == "PM" and h != 12:
        h += 12
    if ampm == "AM" and h == 12:
        h = 0
    return h * 3600 + m * 60 + s


def plural(n, unit):
    return f"{n} {unit}" + ("" if n == 1 else "s")


def dur(a, b, style="ms"):
    x = secs(b) - secs(a)
    if x < 0:
        x += 24 * 3600
    h, rem = divmod(x, 3600)
    m, s = divmod(rem, 60)
    if style == "ms":  # minutes and seconds
        m += h * 60
        if m == 0:
            return plural(s, "second")
        return f"{plural(m, 'minute')} {plural(s, 'second')}"
    if style == "min":
        return plural(h * 60 + m, "minute")
    # hours and minutes
    return f"{plural(h, 'hour')} {plural(m, 'minute')}"


def pct(a, b, nd=1):
    return f"{a / b * 100:.{nd}f}%"


# ------------------------------------------------------------------ calculations
# question text -> (operands that must occur verbatim in the source text, function of them)
CALCS = {
    # --- WC 26-118403
    "how many days from DOI to the FROI being prepared? (tallgrass)":
        (["02/09/2026", "02/12/2026"], lambda a, b: days(a, b)),
    "days between the injury and the release to modified duty - quintanilla":
        (["02/09/2026", "03/05/2026"], lambda a, b: days(a, b)),
    "how long from DOI until dario was back full duty, in days":
        (["02/09/2026", "05/11/2026"], lambda a, b: days(a, b)),
    "days between the MRI and the first ortho visit on WC 26-118403":
        (["02/24/2026", "03/03/2026"], lambda a, b: days(a, b)),
    "how long did the first PT visit lag the PT auth (days)":
        (["03/09/2026", "03/24/2026"], lambda a, b: days(a, b)),
    "days from the NCM referral to the first NCM contact":
        (["02/13/2026", "02/16/2026"], lambda a, b: days(a, b)),
    "how long into his shift was quintanilla hurt":
        (["6:00 AM", "1:40 PM"], lambda a, b: dur(a, b, "hm")),
    "total indemnity paid to quintanilla, TTD + TPD":
        (["$2,293.00", "$412.16"], lambda a, b: fm(money(a) + money(b))),
    "total reserves on WC 26-118403 after the latest change":
        (["$22,750", "$6,200"], lambda a, b: fm0(money(a) + money(b))),
    "how much did the med reserve go up on the millwork claim":
        (["$18,500", "$22,750"], lambda a, b: fm0(money(b) - money(a))),
    "total paid on the Riverbend Orthopedics lines":
        (["$0.00", "$212.40", "$88.56", "$14.20"], lambda *v: fm(sum(money(x) for x in v))),
    "sum of allowed for the Sunflower PT lines, quintanilla":
        (["$104.32", "$96.45", "$61.90"], lambda *v: fm(sum(money(x) for x in v))),
    "once the pended PT line is released, what will total paid be on the bill review?":
        (["paid $1,429.38", "$61.90"], lambda a, b: fm(money(a.split()[1]) + money(b))),
    "what % of billed was allowed on the MRI (WC 26-118403)":
        (["$2,150.00", "$642.88"], lambda a, b: pct(money(b), money(a))),
    "is total paid medical within the current medical reserve on quintanilla?":
        (["paid $1,429.38", "$22,750"],
         lambda a, b: f"Yes - {a.split()[1]} paid is within the {b} medical reserve"
         if money(a.split()[1]) <= money(b) else "No"),
    # --- GL-7730-0412
    "how long was the spill on the floor before she fell? (store 14)":
        (["16:31:08", "16:42:19"], lambda a, b: dur(a, b)),
    "time from the fall to the wet floor sign going up":
        (["16:42:19", "16:44:50"], lambda a, b: dur(a, b)),
    "how fast did the first employee get to her after the fall":
        (["16:42:19", "16:43:05"], lambda a, b: dur(a, b)),
    "how long between the last aisle 9 walk on video and the fall":
        (["16:14:52", "16:42:19"], lambda a, b: dur(a, b)),
    "how long after the fall did eberhardt leave the store":
        (["16:42:19", "17:09:13"], lambda a, b: dur(a, b)),
    "jar broke to cleanup finished - how long?":
        (["16:31:08", "17:21:36"], lambda a, b: dur(a, b)),
    "days from the brightwater fall to the report to carrier":
        (["January 17, 2026", "01/20/2026"], lambda a, b: days("01/17/2026", b)),
    "how many days after the fall was eberhardt's surgery":
        (["January 17, 2026", "01/22/2026"], lambda a, b: days("01/17/2026", b)),
    "days from the incident to the med pay payment, GL-7730-0412":
        (["January 17, 2026", "02/06/2026"], lambda a, b: days("01/17/2026", b)),
    "how much med pay is left on eberhardt":
        (["$5,000 per person", "$5,000.00"], lambda a, b: fm(money(a.split()[0]) - money(b))),
    "minutes between the fall and Nakashima being called":
        (["4:42 PM", "4:55 PM"], lambda a, b: dur(a, b, "min")),
    "how long after the fall was the incident report finished":
        (["4:42 PM", "6:05 PM"], lambda a, b: dur(a, b, "hm")),
    "if she'd been offered $4,200 more in med pay, would that fit the med-pay limit on the grocery claim?":
        (["$5,000 per person", "$5,000.00"],
         lambda a, b: "No - the $5,000 per person limit was exhausted by the $5,000.00 already paid"
         if money(b) + 4200 > money(a.split()[0]) else "Yes"),
    # --- 0588-213-PA
    "E01 plus net S01 on the vance car, total?":
        (["$7,412.36", "$3,705.33"], lambda a, b: fm(money(a) + money(b))),
    "towing + rental paid on 0588-213-PA":
        (["$385.00", "$765.00"], lambda a, b: fm(money(a) + money(b))),
    "days from the vance crash to the supplement being written":
        (["03/06/2026", "03/18/2026"], lambda a, b: days(a, b)),
    "how many days from DOL to getting the subro check on vance":
        (["03/06/2026", "05/19/2026"], lambda a, b: days(a, b)),
    "how long did tri-county take to pay the subro demand (days)":
        (["04/28/2026", "05/19/2026"], lambda a, b: days(a, b)),
    "what did tri-county actually allow for the rental":
        (["$765.00", "$170.00"], lambda a, b: fm(money(a) - money(b))),
    "how long did it take the officer to get there after dispatch (vance crash)":
        (["DISPATCHED 0754", "ARRIVED 0759"], lambda a, b: dur(a.split()[1], b.split()[1], "min")),
    "how long was the ambulance on scene at garfield/linden":
        (["0801-0819"], lambda a: dur(a.split("-")[0], a.split("-")[1], "min")),
    "E01 net of the collision deductible":
        (["$7,412.36", "deductible $500"], lambda a, b: fm(money(a) - money(b.split()[1]))),
    "combined repair (E01 + S01 gross) as a % of ACV on the vance car":
        (["$7,412.36", "$3,964.33", "$27,850"], lambda a, b, c: pct(money(a) + money(b), money(c))),
    "is the vance rental rate within the daily rental limit?":
        (["$42.50/day", "$45/day"],
         lambda a, b: "Yes - $42.50/day is within the $45/day limit"
         if money(a.split("/")[0]) <= money(b.split("/")[0]) else "No"),
    "how many rental days did vance have left under the 30 day max":
        (["30 days max", "18 days"], lambda a, b: f"{int(a.split()[0]) - int(b.split()[0])} days"),
    "cost of the 2 tires + battery on S01 before betterment":
        (["189.99", "214.00"], lambda a, b: fm(2 * money(a) + money(b))),
    "total labor dollars (body+paint+mech) on S01, no materials":
        (["$390.60", "$68.20", "$372.40"], lambda *v: fm(sum(money(x) for x in v))),
    "gross recovery minus what we demanded on vance - how short?":
        (["$12,267.69", "$12,097.69"], lambda a, b: fm(money(a) - money(b))),
}

# none questions: strings that must NOT occur in the files (guards against answers sneaking in)
ABSENT = {
    "quintanilla SSN": ["SSN", "social security"],
    "BAC result for ashworth-diaz": ["BAC", "blood alcohol"],
    "salvage bid on the vance outback?": ["salvage bid"],
}

BASE = ["question", "route", "claim_id", "expected_answer", "expected_regex",
        "expect_not_found", "source", "kind"]
KINDS = {
    "needle": {"plain", "table", "time", "address", "role", "reference", "paraphrase", "amount", "date"},
    "calculation": {"duration", "sum", "limit-check", "deductible", "difference", "percentage", "remainder"},
    "summary": {"summary"},
    "lookup": {"lookup"},
    "none": {"none"},
}


def main():
    errors = []
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                qs.append((i, json.loads(line)))
    seen = set()
    used_calcs = set()
    for i, q in qs:
        def err(msg):
            errors.append(f"line {i}: {msg} :: {q.get('question')}")
        extra = {"summary": ["expected_points"], "lookup": ["expected_claims"]}.get(q.get("route"), [])
        if sorted(q) != sorted(BASE + extra):
            err(f"fields {sorted(q)}")
            continue
        if q["question"] in seen:
            err("duplicate question")
        seen.add(q["question"])
        r, k = q["route"], q["kind"]
        if k not in KINDS.get(r, ()):
            err(f"kind {k} not allowed for route {r}")
        if q["expect_not_found"] != (r == "none"):
            err("expect_not_found must be true exactly for route none")
        try:
            text = src_text(q["source"])
        except KeyError as e:
            err(str(e))
            continue
        if q["claim_id"] is not None and norm(q["claim_id"]) not in norm(ALL):
            err(f"claim_id {q['claim_id']} not in any file")
        # (a source may legitimately lack the claim number, e.g. a loss-prevention video log
        # that only cites the store's incident number; the claim must then be linked via the files)
        rx = None
        if q["expected_regex"] is not None:
            try:
                rx = re.compile(q["expected_regex"])
            except re.error as e:
                err(f"bad regex: {e}")
                continue
        if r == "needle":
            a = q["expected_answer"]
            if not a or norm(a) not in norm(text):
                err(f"answer {a!r} not verbatim in source")
            if rx is None or not rx.search(text) or not rx.search(a):
                err("regex does not match source text and answer")
        elif r == "calculation":
            spec = CALCS.get(q["question"])
            if spec is None:
                err("no CALCS entry")
                continue
            used_calcs.add(q["question"])
            ops, fn = spec
            for o in ops:
                if norm(o) not in norm(text):
                    err(f"operand {o!r} not in source")
            got = fn(*ops)
            if got != q["expected_answer"]:
                err(f"recomputed {got!r} != expected {q['expected_answer']!r}")
            if rx is None or not rx.search(q["expected_answer"]):
                err("regex does not match expected answer")
        elif r == "summary":
            pts = q["expected_points"]
            if not (5 <= len(pts) <= 7):
                err("summary needs 5-7 points")
            for p in pts:
                if not re.search(p, text):
                    err(f"point {p!r} not in sources")
            if q["expected_answer"] is not None or q["expected_regex"] is not None:
                err("summary: answer/regex must be null")
        elif r == "lookup":
            claims = q["expected_claims"]
            for c in claims:
                if norm(c) not in norm(ALL):
                    err(f"claim {c} not in any file")
            answer = ("The matching claims are " + ", ".join(claims)) if claims else "None - no claim matches."
            if rx is None or not rx.search(answer):
                err("lookup regex does not match an answer naming the claims")
            for c in claims:
                if not re.search(re.escape(c), answer):
                    err("?")
        elif r == "none":
            if q["expected_answer"] is not None:
                err("none: expected_answer must be null")
            for s in ABSENT.get(q["question"], []):
                if re.search(r"(?i)\b" + re.escape(s) + r"\b", ALL):
                    err(f"ABSENT string {s!r} occurs in the files")
    for k in CALCS:
        if k not in used_calcs:
            errors.append(f"CALCS entry without a question: {k}")
    routes = Counter(q["route"] for _, q in qs)
    kinds = Counter((q["route"], q["kind"]) for _, q in qs)
    print(f"{len(qs)} questions over {len(TEXT)} files; routes: {dict(routes)}")
    for (r, k), n in sorted(kinds.items()):
        print(f"  {r:12s} {k:12s} {n}")
    if errors:
        print(f"\n{len(errors)} FAILURES")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
