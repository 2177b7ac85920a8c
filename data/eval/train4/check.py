"""Verify questions.jsonl against the files in ./files/ (train4 set).

- needle:      expected_answer occurs in the extracted text of the source (case-insensitive, whitespace
               collapsed); expected_regex matches the expected_answer and the source text.
- calculation: the answer is recomputed here from the values in the files (CALCS below, written
               independently of questions.jsonl); each operand string must occur in the source text.
- summary:     every expected_points regex matches the source text.
- lookup:      every expected claim number occurs in the files; expected_regex matches a list of them.
- none:        expect_not_found is true, expected_answer is null.
Run: /work/main/.venv/bin/python check.py      (exit code 0 = all good)
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")

FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found",
          "source", "kind"}
KINDS = {
    "needle": {"plain", "table", "time", "address", "role", "reference", "paraphrase", "amount", "date"},
    "calculation": {"duration", "sum", "limit-check", "deductible", "difference", "percentage", "latest"},
    "summary": {"summary"},
    "lookup": {"lookup"},
    "none": {"none"},
}


# ------------------------------------------------------------------ text extraction
def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "docx":
        import docx
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
            msg = BytesParser(policy=policy.default).parse(f)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_type().startswith("text/"):
                parts.append(part.get_content())
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


TEXT = {fn: extract(os.path.join(FILES, fn)) for fn in sorted(os.listdir(FILES))}
NTEXT = {fn: norm(t) for fn, t in TEXT.items()}


# ------------------------------------------------------------------ arithmetic helpers
def money(x):
    return "${:,.2f}".format(round(x + 1e-9, 2))


def _d(s):
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)


def days(a, b):
    n = (_d(b) - _d(a)).days
    return f"{n} day" + ("" if n == 1 else "s")


def _t(s):
    s = s.strip().upper()
    for fmt in ("%H:%M", "%I:%M %p"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            pass
    raise ValueError(s)


def minutes(a, b):
    m = int((_t(b) - _t(a)).total_seconds() // 60)
    if m < 60:
        return f"{m} minutes"
    h, r = divmod(m, 60)
    return f"{h} hour{'s' if h > 1 else ''} {r} minutes" if r else f"{h} hour{'s' if h > 1 else ''}"


def hours(a_day, a_time, b_day, b_time):
    a = datetime.combine(_d(a_day), _t(a_time).time())
    b = datetime.combine(_d(b_day), _t(b_time).time())
    m = int((b - a).total_seconds() // 60)
    h, r = divmod(m, 60)
    return f"{h} hours {r} minutes" if r else f"{h} hours"


def pct(a, b):
    return "{:.2f}%".format(100.0 * a / b)


def yesno(cond):
    return "yes" if cond else "no"


# ------------------------------------------------------------------ calculations
# question text -> (expected canonical answer computed here, [operand strings that must be in the source])
CALCS = {}


def calc(q, value, operands):
    CALCS[q] = (value, operands)


# --- HW-2026-40917 (roof)
calc("how many days from DOL to the inspection on the okafor-lund claim?",
     days("April 18, 2026", "April 29, 2026"), ["April 18, 2026", "April 29, 2026"])
calc("how long was renwick on site at quillfeather ln",
     minutes("10:15 AM", "12:50 PM"), ["10:15 AM", "12:50 PM"])
calc("gap between the hail time on the storm report and when mrs okafor-lund says it hailed?",
     minutes("7:32 PM", "7:40 PM"), ["7:32 PM", "7:40 PM"])
calc("how far apart are summit peak's number and our RCV on HW-2026-40917",
     money(44310.00 - 37025.80), ["$44,310.00", "$37,025.80"])
calc("gutters + screens + condenser, what's that come to on the okafor-lund est",
     money(3912.00 + 588.00 + 445.00), ["$3,912.00", "$588.00", "$445.00"])
calc("does the net ACV on the brandvale hail claim fit under the reserve renwick recommended?",
     yesno(19667.36 <= 30000), ["$19,667.36", "$30,000"])
calc("depreciation as a % of RCV on the okafor lund roof claim",
     pct(9118.44, 37025.80), ["$9,118.44", "$37,025.80"])
calc("okafor-lund: full RCV less the wind/hail ded, if depreciation were all released",
     money(37025.80 - 8240.00), ["$37,025.80", "$8,240.00"])
calc("hail claim quillfeather - # of days between FNOL and IA assignment",
     days("April 21, 2026", "April 23, 2026"), ["April 21, 2026", "April 23, 2026"])
calc("how many days after the storm did summit peak write up their estimate",
     days("April 18, 2026", "April 24, 2026"), ["April 18, 2026", "April 24, 2026"])

# --- CA 26 558120 (condo)
calc("current rsv on bellmoor?", money(212000), ["$212,000"])
calc("how much has the bellmoor reserve gone up since it was first set",
     money(212000 - 150000), ["$212,000", "$150,000"])
calc("total paid to date on CA 26 558120", money(20000.00 + 26318.72), ["$20,000.00", "$26,318.72"])
calc("4C + 3C + 2C building est combined, bellmoor",
     money(48260.00 + 31775.40 + 17908.15), ["$48,260.00", "$31,775.40", "$17,908.15"])
calc("days between the sprinkler burst and when the mgmt co reported it",
     days("02/07/2026", "02/09/2026"), ["02/07/2026", "02/09/2026"])
calc("how long from the water-flow alarm to the FD shutting the riser at bellmoor",
     minutes("06:20", "06:58"), ["06:20", "06:58"])
calc("bellmoor building damage total net of the assn deductible",
     money(128092.45 - 25000), ["$128,092.45", "$25,000"])
calc("is 4C's damage by itself more than the association's deductible?",
     yesno(48260.00 > 25000), ["$48,260.00", "$25,000"])
calc("what share of the bellmoor building estimate is the common areas (%)",
     pct(22640.00, 128092.45), ["$22,640.00", "$128,092.45"])
calc("how many days from the loss until dryline got paid",
     days("02/07/2026", "03/18/2026"), ["02/07/2026", "03/18/2026"])

# --- Halvorsen fleet
calc("total incurred on halvorsen unit 44, our claims only",
     money(160000.00 + 6788.40), ["$160,000.00", "$6,788.40"])
calc("incurred for unit 31 w/ ridgecrest (both claims)",
     money(8942.17 + 3250.00), ["$8,942.17", "$3,250.00"])
calc("09977 - how much did the reserve go up in may?",
     money(160000 - 90000), ["$90,000", "$160,000"])
calc("foust demand - is it within what we have incurred on that claim?",
     yesno(175000 <= 160000.00), ["$175,000", "$160,000.00"])
calc("days from the jackknife to foust's demand letter",
     days("10/21/2025", "05/02/2026"), ["10/21/2025", "05/02/2026"])
calc("what % of halvorsen's total incurred with us is the jackknife claim",
     pct(160000.00, 214792.62), ["$160,000.00", "$214,792.62"])

# --- EB-0093-551-K (chiller)
calc("minutes from the winding temp alarm to szabo getting there",
     minutes("02:47", "03:35"), ["02:47", "03:35"])
calc("how long after the voltage sag did chiller 2 trip?",
     minutes("02:44", "02:51"), ["02:44", "02:51"])
calc("option B all in - motor + rental for the 5 wk lead time + mob charge",
     money(128740.00 + 35 * 2850.00 + 6400.00), ["$128,740.00", "5 weeks", "$2,850.00", "$6,400.00"])
calc("repair cost difference option A vs B (repair only) st anselm",
     money(128740.00 - 96500.00), ["$128,740.00", "$96,500.00"])
calc("days between the chiller failure and marsh-oduya's site visit",
     days("July 14, 2026", "July 17, 2026"), ["July 14, 2026", "July 17, 2026"])
calc("how many days from the incident to the kestrel report date",
     days("July 14, 2026", "July 24, 2026"), ["July 14, 2026", "July 24, 2026"])
calc("new motor plus the air freight, what's the total",
     money(128740.00 + 7980.00), ["$128,740.00", "$7,980.00"])

# --- FID/2026/00318 (fidelity)
calc("days from discovery to notice to us on the hardware store theft",
     days("March 9, 2026", "March 16, 2026"), ["March 9, 2026", "March 16, 2026"])
calc("fake vendor amounts 2023 + 2024 combined, pemberton",
     money(30118.00 + 44870.33), ["$30,118.00", "$44,870.33"])
calc("is the P&V net loss (after recoveries and the ded) within the employee theft limit?",
     yesno(142161.19 - 2500 <= 100000), ["$142,161.19", "$2,500", "$100,000"])
calc("how much of ashgrove's bill is over the claim expense coverage",
     money(18650.00 - 10000), ["$18,650.00", "$10,000"])
calc("what pct of the castellano theft was altered checks",
     pct(42547.50, 153776.19), ["$42,547.50", "$153,776.19"])
calc("castellano - days between suspension and termination",
     days("March 10, 2026", "March 13, 2026"), ["March 10, 2026", "March 13, 2026"])

# --- LA-118204-D (life / AD&D)
calc("lorna's share of basic + supp life on ketteridge",
     money(0.60 * (150000.00 + 100000.00)), ["60 %", "$150,000.00", "$100,000.00"])
calc("if the AD&D is approved, total benefits on LA-118204-D (basic, supp, AD&D, no interest)",
     money(150000.00 + 100000.00 + 150000.00), ["$150,000.00", "$100,000.00"])
calc("how many days between ketteridge's death and lorna's statement being received in claims",
     days("03/22/2026", "04/09/2026"), ["03/22/2026", "04/09/2026"])
calc("callum's cut of the AD&D principal sum if it's paid",
     money(0.40 * 150000.00), ["40 %", "$150,000.00"])
calc("days from DOD to the life benefits being released, ketteridge",
     days("03/22/2026", "04/17/2026"), ["03/22/2026", "04/17/2026"])
calc("how long between him going up the ladder and the time of death",
     minutes("16:15", "16:45"), ["4:15", "16:45"])

# --- BR-26-07715 / BR-26-07702 (builder's risk)
calc("bldg G costs w/o the engineering line - framing, trusses, crane, debris",
     money(41300.00 + 12640.00 + 3850.00 + 2275.00), ["$41,300.00", "$12,640.00", "$3,850.00", "$2,275.00"])
calc("bldg G wind claim net of the ded", money(61515.00 - 10000), ["$61,515.00", "$10,000"])
calc("copper theft material + labor, net of the BR deductible",
     money(18420.00 + 9860.00 - 10000), ["$18,420.00", "$9,860.00", "$10,000"])
calc("is anjali's bldg G total within priya's initial rsv?", yesno(61515.00 <= 60000), ["$61,515.00", "$60,000"])
calc("how long was the linden row site unattended before the theft was found",
     hours("06/05/2026", "17:30", "06/08/2026", "06:45"), ["06/05/2026", "17:30", "06/08/2026", "06:45"])
calc("how long after the downburst did anjali email us", minutes("15:10", "19:42"), ["15:10", "19:42"])
calc("days between the copper theft being found and the wind loss",
     days("06/08/2026", "06/16/2026"), ["06/08/2026", "06/16/2026"])
calc("does a 3 wk delay on bldg G get past the soft cost waiting period?",
     yesno(3 * 7 > 30), ["3 weeks", "30-day waiting period"])

# --- 0884213-FL (flood)
calc("how long was water in the esquivel-trent house",
     hours("09/03/2026", "04:30", "09/04/2026", "13:00"), ["09/03/2026 approx. 04:30", "09/04/2026 approx. 13:00"])
calc("total payable bldg + contents on 0884213-FL", money(66412.90 + 17641.60), ["$66,412.90", "$17,641.60"])
calc("what's still owed on contents after the advance, flood claim",
     money(17641.60 - 5000.00), ["$17,641.60", "$5,000.00"])
calc("days from DOL to inspection on the flood", days("09/03/2026", "09/09/2026"), ["09/03/2026", "09/09/2026"])
calc("total rsv on the flood claim now (bldg + contents)", money(66500 + 18000), ["$66,500", "$18,000"])
calc("is the bldg damage under the 50% substantial damage line?",
     yesno(68412.90 / 214000 < 0.50), ["$68,412.90", "$214,000", "50%"])
calc("if the bldg were settled at ACV, what's it net of the ded", money(59208.55 - 2000), ["$59,208.55", "$2,000"])
calc("contents depreciation as a % of RCV, esquivel-trent", pct(12118.40, 31760.00), ["$12,118.40", "$31,760.00"])

# --- STD-4471902
calc("how much STD has gone out so far on achterberg", money(1740.00 * 3), ["$1,740.00"])
calc("days between her last day worked and the surgery", days("05/08/2026", "05/14/2026"), ["05/08/2026", "05/14/2026"])
calc("how many days between light duty and full duty RTW (achterberg)",
     days("07/06/2026", "08/03/2026"), ["07/06/2026", "08/03/2026"])
calc("is tamsin's weekly benefit under the plan max?", yesno(870.00 <= 1500.00), ["$870.00", "$1,500.00"])
calc("STD rsv left after what's been paid", money(6090.00 - 3 * 1740.00), ["$6,090.00", "$1,740.00"])
calc("if someone on the corvane plan made $2,600/wk what would the weekly STD be",
     money(min(0.60 * 2600, 1500.00)), ["60%", "$1,500.00"])
calc("days from first symptoms to the disability start date",
     days("04/20/2026", "05/11/2026"), ["04/20/2026", "05/11/2026"])

# --- PL-2026-000781
calc("med + lost wages on solheim", money(74915.22 + 12600.00), ["$74,915.22", "$12,600.00"])
calc("total liquidated damages solheim - property, meds, wages",
     money(286400.00 + 74915.22 + 12600.00), ["$286,400.00", "$74,915.22", "$12,600.00"])
calc("days from the solheim fire to the complaint being filed",
     days("December 28, 2025", "May 4, 2026"), ["December 28, 2025", "May 4, 2026"])
calc("is the solheim pre-suit demand within vexmoor's per occ limit?",
     yesno(1200000 <= 1000000), ["$1,200,000", "$1,000,000"])
calc("total recommended reserves on the heater case", money(350000 + 120000), ["$350,000", "$120,000"])
calc("how much over the primary per-occurrence limit was the demand",
     money(1200000 - 1000000), ["$1,200,000", "$1,000,000"])
calc("days from service to the original answer date", days("May 11, 2026", "June 1, 2026"),
     ["May 11, 2026", "June 1, 2026"])

# --- WC-55102-M
calc("expenses reported so far on the sinking - salvage, spill, pickling",
     money(4750.00 + 1180.00 + 860.00), ["$4,750.00", "$1,180.00", "$860.00"])
calc("agreed value net of the hull ded, quince", money(68000 - 1360), ["$68,000", "$1,360"])
calc("how long from discovery to refloat on the quince boat", minutes("06:10", "13:40"), ["06:10", "13:40"])
calc("is the towpro bill within the salvage & sue reserve?", yesno(4750.00 <= 5000), ["$4,750.00", "salvage & sue $5,000"])
calc("days from the sinking to the survey", days("08/09/2026", "08/12/2026"), ["08/09/2026", "08/12/2026"])


# ------------------------------------------------------------------ checks
def main():
    errs = []
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    qs.append((i, json.loads(line)))
                except json.JSONDecodeError as e:
                    errs.append(f"line {i}: bad JSON {e}")
    seen = Counter(q["question"] for _, q in qs)
    for q, n in seen.items():
        if n > 1:
            errs.append(f"duplicate question: {q}")
    all_claims_text = " ".join(TEXT.values())
    used_calcs = set()
    for i, q in qs:
        def e(m):
            return errs.append(f"line {i} ({q.get('question')!r}): {m}")
        extra = set(q) - FIELDS - {"expected_points", "expected_claims"}
        if extra or (FIELDS - set(q)):
            e(f"fields: extra={extra} missing={FIELDS - set(q)}")
            continue
        r, k = q["route"], q["kind"]
        if r not in KINDS or k not in KINDS[r]:
            e(f"bad route/kind {r}/{k}")
            continue
        srcs = q["source"] if isinstance(q["source"], list) else [q["source"]]
        for s in srcs:
            if s not in TEXT:
                e(f"unknown source {s}")
        src_text = "\n".join(TEXT.get(s, "") for s in srcs)
        nsrc = norm(src_text)
        if q["claim_id"] is not None and norm(q["claim_id"]) not in nsrc and r != "lookup":
            e(f"claim_id {q['claim_id']} not in source")
        if r != "none" and q["expect_not_found"]:
            e("expect_not_found should be false")
        rx = q["expected_regex"]
        if rx is not None:
            try:
                re.compile(rx)
            except re.error as ex:
                e(f"bad regex {ex}")
                continue
        if r == "needle":
            a = q["expected_answer"]
            if not a or norm(a) not in nsrc:
                e(f"answer {a!r} not found verbatim in source")
            if not rx or not re.search(rx, a, re.I):
                e(f"regex {rx!r} does not match answer {a!r}")
            if rx and not re.search(rx, re.sub(r"\s+", " ", src_text), re.I):
                e(f"regex {rx!r} does not match source")
        elif r == "calculation":
            if q["question"] not in CALCS:
                e("no recomputation in CALCS")
                continue
            used_calcs.add(q["question"])
            val, ops = CALCS[q["question"]]
            if q["expected_answer"] != val:
                e(f"expected {q['expected_answer']!r} but recomputed {val!r}")
            if not rx or not re.search(rx, val, re.I):
                e(f"regex {rx!r} does not match {val!r}")
            for o in ops:
                if norm(o) not in nsrc:
                    e(f"operand {o!r} not in source")
        elif r == "summary":
            pts = q.get("expected_points") or []
            if not (5 <= len(pts) <= 7) or q["expected_answer"] is not None:
                e("summary needs 5-7 expected_points and null answer")
            for p in pts:
                if not re.search(p, re.sub(r"\s+", " ", src_text), re.I):
                    e(f"point {p!r} not in source")
        elif r == "lookup":
            cl = q.get("expected_claims")
            if cl is None:
                e("lookup needs expected_claims")
                continue
            for c in cl:
                if norm(c) not in norm(all_claims_text):
                    e(f"claim {c} not in any file")
                if not re.search(rx or "", c, re.I) and cl:
                    pass
            listing = ", ".join(cl) if cl else "none"
            if not rx or not re.search(rx, listing, re.I):
                e(f"regex {rx!r} does not match listing {listing!r}")
        elif r == "none":
            if not q["expect_not_found"] or q["expected_answer"] is not None:
                e("none needs expect_not_found true and null answer")
    for c in CALCS:
        if c not in used_calcs:
            errs.append(f"CALCS entry unused: {c}")
    cnt = Counter(q["route"] for _, q in qs)
    kinds = Counter((q["route"], q["kind"]) for _, q in qs)
    print(f"{len(qs)} questions; routes: {dict(cnt)}")
    for (r, k), n in sorted(kinds.items()):
        print(f"  {r:12s} {k:12s} {n}")
    print(f"{len(TEXT)} files, {len(set(q['claim_id'] for _, q in qs if q['claim_id']))} claim ids")
    if errs:
        print("\n".join("ERROR " + x for x in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
