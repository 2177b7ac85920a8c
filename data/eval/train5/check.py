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
from datetime import datetime
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


def dt(day, t):
    return datetime.combine(d(day), datetime.min.time()).timestamp() + secs(t)


def hm_between(d1, t1, d2, t2):
    x = int(dt(d2, t2) - dt(d1, t1))
    h, rem = divmod(x, 3600)
    return f"{plural(h, 'hour')} {plural(rem // 60, 'minute')}"


def hms(a, b):
    x = secs(b) - secs(a)
    h, rem = divmod(x, 3600)
    m, s = divmod(rem, 60)
    return f"{plural(h, 'hour')} {plural(m, 'minute')} {plural(s, 'second')}"


def long_date(s):
    return datetime.strptime(s, "%B %d, %Y").strftime("%m/%d/%Y")


def add_days(s, n):
    from datetime import timedelta
    return (d(s) + timedelta(days=n)).strftime("%m/%d/%Y")


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
    # --- IM-44102-C
    "how long was the kubota sitting unattended before the theft was found":
        (["04/03/2026 AT ABOUT 5:30 PM", "04/06/2026 AT 6:50 AM"],
         lambda a, b: hm_between(a.split()[0], "5:30 PM", b.split()[0], "6:50 AM")),
    "discovery to sheriff call on the redfern theft, how many min":
        (["AT 6:50 AM", "AT 7:22 AM"], lambda a, b: dur(a[3:], b[3:], "min")),
    "scheduled values of the excavator + trailer combined":
        (["$58,400", "$7,900"], lambda a, b: fm0(money(a) + money(b))),
    "lockbox tools - how much is covered given the unscheduled tools limits?":
        (["$1,489.00", "$1,165.00", "$2,310.00", "$1,000 maximum any one item", "$5,000 per occurrence"],
         lambda a, b, c, cap, occ: fm(min(sum(min(money(x), money(cap.split()[0])) for x in (a, b, c)),
                                           money(occ.split()[0])))),
    "is the mountain west invoice within the rental reimbursement limit on IM-44102-C":
        (["$3,079.37", "Rental reimbursement: $5,000 per occurrence"],
         lambda a, b: f"Yes - {a} is within the $5,000 limit" if money(a) <= money(b.split()[2]) else "No"),
    "scheduled items less the deductible, redfern":
        (["$58,400", "$7,900", "Deductible: $2,500 per occurrence"],
         lambda a, b, c: fm0(money(a) + money(b) - money(c.split()[1]))),
    "when does the 72 hr rental waiting period end on the redfern theft":
        (["04/06/2026 AT 6:50 AM", "72-hour"],
         lambda a, b: add_days(a.split()[0], int(b.split("-")[0]) // 24) + " 6:50 AM"),
    "how many days is the redfern rental term":
        (["04/07/2026 08:00", "05/05/2026 08:00"], lambda a, b: days(a.split()[0], b.split()[0])),
    # --- PL-EO-26-4417
    "how late was the 1120-S, in days":
        (["March 17, 2025", "March 2, 2026"], lambda a, b: days(long_date(a), long_date(b))),
    "demand less the atty fees and the fee refund":
        (["$40,060.00", "$4,900.00", "$4,800.00"], lambda a, b, c: fm(money(a) - money(b) - money(c))),
    "bank damages total on verdant row (waiver fee + interest)":
        (["$2,500.00", "$9,850.00"], lambda a, b: fm(money(a) + money(b))),
    "if the penalty gets abated what's left of the verdant row demand":
        (["$40,060.00", "$11,760.00"], lambda a, b: fm(money(a) - money(b))),
    "days between the demand letter and szabo's reply":
        (["May 4, 2026", "May 21, 2026"], lambda a, b: days(long_date(a), long_date(b))),
    "what date does the 30 days in the demand letter run out":
        (["May 4, 2026", "thirty (30) days"], lambda a, b: add_days(long_date(a), 30)),
    "how much retention is left on PL-EO-26-4417":
        (["$3,420.00 of $10,000.00"], lambda a: fm(money(a.split()[2]) - money(a.split()[0]))),
    "total reserves on the CPA E&O after the latest change":
        (["05/22/2026 $25,000 $20,000"], lambda a: fm0(money(a.split()[1]) + money(a.split()[2]))),
    "is the verdant row demand within the per-claim limit?":
        (["$40,060.00", "$1,000,000 each claim"],
         lambda a, b: f"Yes - {a} is within the {b} limit" if money(a) <= money(b.split()[0]) else "No"),
    "how many days between the claim being made and reported to keystone arbor":
        (["Claim first made 04/02/2026", "reported 04/10/2026"], lambda a, b: days(a.split()[-1], b.split()[-1])),
    "by how much did the indemnity rsv change on 5/22 (E&O)":
        (["04/14/2026 $30,000", "05/22/2026 $25,000"], lambda a, b: fm0(money(a.split()[1]) - money(b.split()[1]))),
    # --- FL-2026-30977
    "how much did the per-head cap knock off the okonkwo values":
        (["$23,700", "$23,250"], lambda a, b: fm0(money(a) - money(b))),
    "okonkwo livestock value net of the deductible":
        (["$23,250", "$1,000 per occurrence"], lambda a, b: fm0(money(a) - money(b.split()[0]))),
    "disposal plus vet cert on FL-2026-30977":
        (["$675.00", "$240.00"], lambda a, b: fm(money(a) + money(b))),
    "is the rendering bill within the carcass disposal sublimit?":
        (["$675.00", "up to $1,000 per occurrence"],
         lambda a, b: f"Yes - {a} is within the $1,000 limit" if money(a) <= money(b.split()[2]) else "No"),
    "days from the lightning loss to the check going out":
        (["06/28/2026", "issued 07/21/2026"], lambda a, b: days(a, b.split()[1])),
    "how long from DOL until the okonkwo file closed (days)":
        (["06/28/2026", "closed 07/24/2026"], lambda a, b: days(a, b.split()[1])),
    "what % of the milking herd did okonkwo lose":
        (["212 milking", "9 head"], lambda a, b: pct(int(b.split()[0]), int(a.split()[0]))),
    "days from the report to the field inspection, dairy claim":
        (["06/28/2026 at 7:05 PM", "07/02/2026, 10:00 AM"], lambda a, b: days(a.split()[0], b.split(",")[0])),
    # --- CR-88341-B
    "net loss after the clawback, lindqvist":
        (["$86,914.50", "$52,310.22"], lambda a, b: fm(money(a) - money(b))),
    "net payable on CR-88341-B after the SE deductible":
        (["$34,604.28", "deductible $15,000"], lambda a, b: fm(money(a) - money(b.split()[1]))),
    "if the loss is cut to 50% for the callback condition and then the $15k deductible comes off, what's payable":
        (["$34,604.28", "reduction to 50%", "deductible $15,000"],
         lambda a, b, c: fm(round(money(a) * 0.5, 2) - money(c.split()[1]))),
    "days between the wire and the recall request":
        (["08/13/2026, 10:26 AM", "August 18, 2026 2:05 PM"], lambda a, b: days(a.split(",")[0], long_date(b[:15]))),
    "how long did crestline take to acknowledge the recall":
        (["at 3:12 PM", "at 3:27 PM"], lambda a, b: dur(a[3:], b[3:], "min")),
    "time from halvorsen's recall email to the fedwire recall going out":
        (["August 18, 2026 2:05 PM", "at 3:12 PM"], lambda a, b: dur("2:05 PM", b[3:], "hm")),
    "days between the spoofed email and the wire":
        (["August 11, 2026 9:47 AM", "08/13/2026"], lambda a, b: days(long_date(a[:15]), b)),
    "how many days until the money came back after the wire went out":
        (["08/13/2026", "value date 08/26/2026"], lambda a, b: days(a, b.split()[-1])),
    "what % of the wire was recovered":
        (["$86,914.50", "$52,310.22"], lambda a, b: pct(money(b), money(a))),
    "is the lindqvist net loss within the SE sublimit":
        (["$34,604.28", "sublimit $100,000"],
         lambda a, b: f"Yes - {a} is within the $100,000 sublimit" if money(a) <= money(b.split()[1]) else "No"),
    "add up the two pacific rope invoices":
        (["INV-PRR-20931 ($51,230.00)", "INV-PRR-20977 ($35,684.50)"],
         lambda a, b: fm(money(a.split("(")[1][:-1]) + money(b.split("(")[1][:-1]))),
    "how long after the real vendor's email did halvorsen ask for the recall":
        (["August 18, 2026 11:52 AM", "August 18, 2026 2:05 PM"], lambda a, b: dur("11:52 AM", "2:05 PM", "hm")),
    # --- BP2026-07155
    "911 call to first engine on scene - carraway":
        (["21:12:40", "21:21:10"], lambda a, b: dur(a, b)),
    "dispatch to arrival time for engine 3":
        (["21:13:05", "21:21:10"], lambda a, b: dur(a, b)),
    "how long from engine 3 arriving until the fire was under control":
        (["21:21:10", "21:48:15"], lambda a, b: dur(a, b)),
    "building alarm to 911 call, how long":
        (["21:11:26", "21:12:40"], lambda a, b: dur(a, b)),
    "911 call to last unit clearing - total time on the carraway fire":
        (["21:12:40", "23:36:50"], lambda a, b: hms(a, b)),
    "how long after the cook pulled the ansul station did the building alarm go off":
        (["21:08 Manual pull station", "21:11:26"], lambda a, b: dur(a.split()[0], b)),
    "FMO structure + contents estimate total":
        (["structure $148,000", "contents $62,500"], lambda a, b: fm0(money(a.split()[1]) + money(b.split()[1]))),
    "how much did the carraway reserves go up in total":
        (["Total $190,000 $315,000"], lambda a: fm0(money(a.split()[2]) - money(a.split()[1]))),
    "how many days overdue was the ansul inspection when the fire happened":
        (["due 09/11/2026", "09/17/2026"], lambda a, b: days(a.split()[1], b)),
    "days since the last hood cleaning on the day of the fire":
        (["11/14/2025", "09/17/2026"], lambda a, b: days(a, b)),
    "what % of the carraway rooms were occupied the night of the fire":
        (["22 of the 31"], lambda a: pct(int(a.split()[0]), int(a.split()[-1]))),
    "FMO structure estimate net of the BOP deductible":
        (["structure $148,000", "$2,500 per occurrence"], lambda a, b: fm0(money(a.split()[1]) - money(b.split()[0]))),
    "building reserve left after the advance on BP2026-07155":
        (["Building $100,000 $160,000", "Advance of $25,000 on building"],
         lambda a, b: fm0(money(a.split()[2]) - money(b.split()[2]))),
    "is the FMO contents estimate within the BPP limit?":
        (["contents $62,500", "Business personal property $350,000"],
         lambda a, b: "Yes - $62,500 is within the $350,000 limit"
         if money(a.split()[1]) <= money(b.split()[-1]) else "No"),
    "days from the fire to the FMO report date":
        (["09/17/2026", "Report date 09/24/2026"], lambda a, b: days(a, b.split()[-1])),
    "how many days will the grill have been closed when it reopens":
        (["09/17/2026", "reopen 12/01/2026"], lambda a, b: days(a, b.split()[-1])),
    # --- DN-5520193
    "how much do the line estimates go over celia's remaining max":
        (["$1,690.20", "remaining $1,190.00"], lambda a, b: fm(money(a) - money(b.split()[1]))),
    "is the sum of line estimates within celia's remaining annual max?":
        (["$1,690.20", "remaining $1,190.00"],
         lambda a, b: f"No - {a} exceeds the {b.split()[1]} remaining" if money(a) > money(b.split()[1]) else "Yes"),
    "SRP both quads - total fee":
        (["UR $245.00", "UL $245.00"], lambda a, b: fm(money(a.split()[1]) + money(b.split()[1]))),
    "total fees for tooth 30 (endo + buildup + crown)":
        (["$1,150.00", "$265.00", "$1,285.00"], lambda *v: fm(sum(money(x) for x in v))),
    "patient share on the crown if it's paid as estimated":
        (["$1,038.00 50% $519.00"], lambda a: fm(money(a.split()[0]) - money(a.split()[2]))),
    "network write-off on the root canal (fee minus ppo allowed)":
        (["$1,150.00 $912.00"], lambda a: fm(money(a.split()[0]) - money(a.split()[1]))),
    "days from the dentist signing the form to the estimate being issued":
        (["Date:  09/03/2026", "Date issued 09/15/2026"], lambda a, b: days(a.split()[-1], b.split()[-1])),
    "when does the ostrowski estimate expire":
        (["Date issued 09/15/2026", "valid for 180 days"], lambda a, b: add_days(a.split()[-1], 180)),
    "what would the plan pay on D3330 if the deductible were already met":
        (["$912.00 80%"], lambda a: fm(round(money(a.split()[0]) * 0.80, 2))),
    "what % of celia's annual max is used":
        (["$1,500 per person; used to date $310.00"], lambda a: pct(money(a.split()[-1]), money(a.split()[0]))),
}

# none questions: strings that must NOT occur in the files (guards against answers sneaking in)
ABSENT = {
    "quintanilla SSN": ["SSN", "social security"],
    "BAC result for ashworth-diaz": ["BAC", "blood alcohol"],
    "salvage bid on the vance outback?": ["salvage bid"],
    "what's the reserve on IM-44102-C": [],
    "IC3 complaint number on CR-88341-B": ["complaint number", "complaint #", "complaint no"],
    "crestline's routing number": ["ABA"],
    "date of prior placement for tooth 30": [],
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
                try:
                    re.compile(p)
                except re.error as e:
                    err(f"bad point regex {p!r}: {e}")
                    continue
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
