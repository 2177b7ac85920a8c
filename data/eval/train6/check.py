"""Verify the train6 question set against its files.

Run from anywhere: /work/main/.venv/bin/python data/eval/train6/check.py
- needle: expected_answer occurs verbatim (case and whitespace folded) in the source text, and
  expected_regex matches the source text and the expected answer;
- calculation: recomputed here from operands that must occur in the source text (CALCS below);
- summary: every expected_points regex matches the claim's source text;
- lookup: every expected claim number occurs in its sources, and expected_regex matches an answer naming them;
- none: expect_not_found is true and no expected answer is given.
"""

from __future__ import annotations

import email
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from docx import Document
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROUTES = {"needle", "calculation", "summary", "lookup", "none"}
FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found", "source", "kind"}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], 1)}


def extract(path: Path) -> str:
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
        msg = email.message_from_bytes(path.read_bytes())
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_payload(decode=True).decode("utf-8"))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- operand parsing and formatting
def parse(lit: str):
    s = lit.strip()
    if re.fullmatch(r"\$[\d,]+(\.\d+)?", s):
        return float(s[1:].replace(",", ""))
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s):
        return date(int(m[3]), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", s):
        return date(2000 + int(m[3]), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", s):
        return timedelta(hours=int(m[1]), minutes=int(m[2]), seconds=int(m[3] or 0))
    if m := re.fullmatch(r"(\d{1,2}):(\d{2}) ?(am|pm)", s, re.I):
        h = int(m[1]) % 12 + (12 if m[3].lower() == "pm" else 0)
        return timedelta(hours=h, minutes=int(m[2]))
    if m := re.fullmatch(r"(\d{2})(\d{2}) HRS", s):
        return timedelta(hours=int(m[1]), minutes=int(m[2]))
    if m := re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:, (\d{4}))?", s):
        return date(int(m[3] or 2026), MONTHS[m[1].lower()], int(m[2]))
    if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})", s):
        mon = next(v for k, v in MONTHS.items() if k.startswith(m[2].lower()))
        return date(int(m[3]), mon, int(m[1]))
    if m := re.fullmatch(r"(\d+) days", s):
        return int(m[1])
    if m := re.fullmatch(r"(\d+(?:\.\d+)?) (psf|trusses)", s):
        return float(m[1])
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    if re.fullmatch(r"[\d,]+(\.\d+)?", s):
        return float(s.replace(",", ""))
    raise ValueError(f"cannot parse operand {lit!r}")


def money(x: float) -> str:
    return f"${x:,.2f}"


def days(d: timedelta | int) -> str:
    n = d.days if isinstance(d, timedelta) else d
    return f"{n} day" if n == 1 else f"{n} days"


def hm(td: timedelta) -> str:
    total = int(td.total_seconds()) // 60
    h, m = divmod(total, 60)
    hours = f"{h} hour" if h == 1 else f"{h} hours"
    if h == 0:
        return f"{m} minutes"
    return f"{hours} {m} minutes" if m else hours


def ms(td: timedelta) -> str:
    m, s = divmod(int(td.total_seconds()), 60)
    return f"{m} minutes {s} seconds"


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def mdy(d: date) -> str:
    return d.strftime("%m/%d/%Y")


DAY = timedelta(days=1)
WORDS = {"eleven": 11}
TESSERA = ["$63,000.00", "$26,500.00", "$23,400.00", "$9,450.00", "$20,000.00", "$3,275.00", "$2,140.00", "$5,860.00",
           "$2,500"]  # six unrecovered deposits, two accepted extra costs, deductible

# question -> (operands that must occur in the source text, function of the parsed operands -> expected answer)
CALCS: dict[str, tuple[list[str], object]] = {
    # C1 cargo theft
    "how long was the tractor parked at the travel center before the ignition came on again? pell ridge":
        (["22:47:10", "02:18:44"], lambda a, b: hm(b + DAY - a)),
    "time from unauthorized ignition-on to the tracker losing main power, CT-2026-04417":
        (["02:18:44", "03:07:52"], lambda a, b: hm(b - a)),
    "how long after the thief started the truck did teodoro find it gone":
        (["02:18:44", "06:05:00"], lambda a, b: hm(b - a)),
    "gap between discovery of the theft and the report to us - pell ridge?":
        (["06:05", "08:30"], lambda a, b: hm(b - a)),
    "days from DOL to recovery of the tractor on the cargo theft":
        (["03/15/2026", "03/17/2026"], lambda a, b: days(b - a)),
    "net cargo loss after the recovered cartons, CT-2026-04417":
        (["$412,720.00", "$114,235.00"], lambda a, b: money(a - b)),
    "is the pell ridge net cargo loss within the cargo limit?":
        (["$412,720.00", "$114,235.00", "$250,000"],
         lambda a, b, lim: f"No - exceeds the $250,000 limit by {money(a - b - lim)}" if a - b > lim else "Yes"),
    "total expense paid so far on the stolen trailer claim":
        (["$3,480.00", "$1,265.00"], lambda a, b: money(a + b)),
    "what % of the cartons were recovered on the pell ridge theft":
        (["310", "1,120"], lambda a, b: pct(a / b)),
    "net cargo loss less the deductible - Teodoro theft":
        (["$412,720.00", "$114,235.00", "$5,000"], lambda a, b, d: money(a - b - d)),
    "pell ridge POL due date if it's 60 days from the loss":
        (["03/15/2026", "60 days"], lambda a, _n: mdy(a + 60 * DAY)),
    # C2 dog bite
    "total of the two green mountain pediatrics bills": (["$165.00", "$180.00"], lambda a, b: money(a + b)),
    "how much med pay is left for eli marsh after the hospital payment":
        (["$5,000", "$3,418.00"], lambda a, b: money(a - b)),
    "are marsh's bills to date within the med pay limit?":
        (["$3,418.00", "$165.00", "$425.00", "$180.00", "$62.40", "$5,000"],
         lambda *v: f"Yes - {money(sum(v[:5]))} is {money(v[5] - sum(v[:5]))} under the $5,000 limit"
         if sum(v[:5]) <= v[5] else "No"),
    "how long from the bite until dispatch got the call, AC-26-0418": (["16:35", "16:58"], lambda a, b: hm(b - a)),
    "how long did it take the ACO to arrive after the bite": (["16:35", "1721 HRS"], lambda a, b: hm(b - a)),
    "days between the dog bite and the insured reporting it": (["05/09/2026", "05/11/2026"], lambda a, b: days(b - a)),
    "total rsv on the dog bite after the latest change (indemnity + expense)":
        (["$27,500.00", "$2,500.00"], lambda a, b: money(a + b)),
    "how much did the BI indemnity reserve go up on Fairbrook":
        (["$20,000.00", "$27,500.00"], lambda a, b: money(b - a)),
    "bills to date plus the scar revision estimate - marsh": (["$4,250.40", "$6,200.00"], lambda a, b: money(a + b)),
    "how many days was the dog in quarantine": (["05/09/2026", "05/19/2026"], lambda a, b: days(b - a)),
    # C3 laundromat
    "period of restoration in days, bright tide": (["01/22/2026", "03/18/2026"], lambda a, b: days(b - a)),
    "how long from the blast to FD arrival at the laundromat": (["06:52", "07:01"], lambda a, b: hm(b - a)),
    "net PD after deductible on EB-0093-3318-CP":
        (["$68,450.00", "$23,917.50", "$21,300.00", "$2,180.00", "$10,000"], lambda *v: money(sum(v[:4]) - v[4])),
    "boiler plus washers, what's that add up to (bright tide)": (["$68,450.00", "$21,300.00"], lambda a, b: money(a + b)),
    "total advances paid so far on the laundromat": (["$40,000.00", "$50,000.00"], lambda a, b: money(a + b)),
    "how much net PD is still owed bright tide after the two advances":
        (["$105,847.50", "$40,000.00", "$50,000.00"], lambda a, b, c: money(a - b - c)),
    "total reserve on the laundromat claim after the latest change (PD + BI/EE)":
        (["$110,000.00", "$75,000.00"], lambda a, b: money(a + b)),
    "lost sales jan + feb for bright tide": (["$16,792.40", "$36,521.20"], lambda a, b: money(a + b)),
    "what % of the total net income loss is february - laundromat":
        (["$30,641.20", "$63,386.00"], lambda a, b: pct(a / b)),
    "total extra expense claimed by bright tide": (["$8,640.00", "$415.00"], lambda a, b: money(a + b)),
    "how much did the BI/EE reserve go up on the boiler claim": (["$60,000.00", "$75,000.00"], lambda a, b: money(b - a)),
    "days between pacific boiler's last service and the explosion":
        (["10/02/2025", "01/22/2026"], lambda a, b: days(b - a)),
    "PD plus total BI/EE claimed - within the EB per-accident limit?":
        (["$115,847.50", "$71,429.00", "$500,000"],
         lambda a, b, lim: f"Yes - {money(a + b)} is within the $500,000 limit" if a + b <= lim else "No"),
    "how long was the site inspection on 1/23 at bright tide": (["08:30", "12:15"], lambda a, b: hm(b - a)),
    # C4 trucking
    "how long was bankole off duty before his 2/11 shift": (["19:10", "04:30"], lambda a, b: hm(b + DAY - a)),
    "total driving time on 2/11 up to the crash - halvorsen": (["4:45", "4:01"], lambda a, b: hm(a + b)),
    "how much of his 11 hr driving limit did bankole have left at the crash":
        (["4:45", "4:01"], lambda a, b: hm(timedelta(hours=11) - a - b)),
    "how far into his 14-hour window was he when the accident happened": (["04:30", "14:26"], lambda a, b: hm(b - a)),
    "miles driven from the yard to the accident, unit 7712":
        (["413,121", "413,640"], lambda a, b: f"{int(b - a)} miles"),
    "subaru PD net of the salvage the owner kept": (["$24,650.00", "$3,100.00"], lambda a, b: money(a - b)),
    "how much did the BI rsv go up on the halvorsen claim": (["$150,000", "$400,000"], lambda a, b: money(b - a)),
    "total reserves on TRK/26/70815 after the latest change": (["$400,000", "$18,000"], lambda a, b: money(a + b)),
    "is the subaru net PD within the PD reserve on halvorsen?":
        (["$24,650.00", "$3,100.00", "$18,000"],
         lambda a, b, r: f"No - {money(a - b)} exceeds the $18,000 PD reserve by {money(a - b - r)}" if a - b > r
         else "Yes"),
    "how long between the truck stopping and the engine being shut off": (["14:26:06", "14:31:40"], lambda a, b: ms(b - a)),
    "how many minutes between lindholm's proposed edit and the driver rejecting it":
        (["07:41", "07:58"], lambda a, b: hm(b - a)),
    # C5 jewelry floater
    "total we're offering on the vandermeer claim": (["$18,400.00", "$6,980.00"], lambda a, b: money(a + b)),
    "how much more is the 2025 ring appraisal than what's scheduled":
        (["$21,300.00", "$18,400.00"], lambda a, b: money(a - b)),
    "is the ravel & stone ring quote within the ring's scheduled amount?":
        (["$19,850.00", "$18,400.00"],
         lambda a, b: f"No - {money(a)} is {money(a - b)} over the {money(b)} scheduled amount" if a > b else "Yes"),
    "days between the break-in and when she told her agent": (["June 18", "June 19"], lambda a, b: days(b - a)),
    "days from the burglary to marchetti's settlement email": (["June 18", "13 Jul 2026"], lambda a, b: days(b - a)),
    "scheduled value of the floater items that weren't taken": (["$5,900.00", "$2,150.00"], lambda a, b: money(a + b)),
    "minutes between vandermeer getting home and the police arriving": (["7:40 pm", "8:25 pm"], lambda a, b: hm(b - a)),
    "what's the difference between scheduled and paid on the bracelet":
        (["$7,250.00", "$6,980.00"], lambda a, b: money(a - b)),
    # C6 cyber
    "how long from the first demand to the agreed number on northmarch (hrs)":
        (["08/03/2026", "11:40", "08/07/2026", "16:20"], lambda d1, t1, d2, t2: hm((d2 - d1) + (t2 - t1))),
    "% reduction from the opening demand to the final ransom - northmarch":
        (["$1,800,000", "$385,000"], lambda a, b: pct((a - b) / a)),
    "total vendor invoices received on CY-3390-2026-R (not counting the beacon quote)":
        (["$48,600.00", "$112,400.00", "$36,750.00"], lambda a, b, c: money(a + b + c)),
    "is the ransom within the extortion sublimit, and what's left of it":
        (["$385,000.00", "$500,000"],
         lambda a, lim: f"Yes - {money(lim - a)} of the $500,000 sublimit remains" if a <= lim else "No"),
    "how long between finding the encryption and the hotline call, northmarch":
        (["07:15", "08:02"], lambda a, b: hm(b - a)),
    "time from the btc payment to getting the decryptor": (["10:02", "13:47"], lambda a, b: hm(b - a)),
    "ransom plus ardent's facilitation fee": (["$385,000.00", "$3,850.00"], lambda a, b: money(a + b)),
    "how much did the rsv come down after invoice review on the ransomware claim":
        (["$700,000.00", "$600,000.00"], lambda a, b: money(a - b)),
    "total of the approved invoices only - northmarch": (["$48,600.00", "$36,750.00"], lambda a, b: money(a + b)),
    # C7 surveying
    "add up the ashgrove demand items": (["$18,500.00", "$2,150.00", "$9,840.00"], lambda a, b, c: money(a + b + c)),
    "if brisco's easement offer lapses, what's the ashgrove damages total with the relocation instead":
        (["$74,300.00", "$2,150.00", "$9,840.00"], lambda a, b, c: money(a + b + c)),
    "response deadline on the ashgrove demand if it's 30 days from the letter date":
        (["September 15, 2026", "30 days"], lambda a, n: mdy(a + n * DAY)),
    "days between the ashgrove demand letter and meridale receiving it":
        (["September 15, 2026", "09/18/2026"], lambda a, b: days(b - a)),
    "how many days after the survey was the ashgrove garage finished":
        (["April 12, 2024", "June 27, 2025"], lambda a, b: days(b - a)),
    "ashgrove demand net of the PL deductible": (["$30,490.00", "$10,000"], lambda a, b: money(a - b)),
    "how much more is the relocation estimate than what the garage cost to build":
        (["$74,300.00", "$61,880.00"], lambda a, b: money(a - b)),
    # C8 church
    "total snowfall feb 16-18 at marlow ridge": (["9.5", "14.0", "3.5"], lambda a, b, c: f"{a + b + c:.1f} inches"),
    "how much did the drift load exceed the design load - church": (["58 psf", "30 psf"], lambda a, b: f"{a - b:.0f} psf"),
    "open-roof load over design, in percent (st brendans)": (["41", "30"], lambda a, b: pct((a - b) / b)),
    "total of holloway's opinion of probable cost":
        (["$18,600.00", "$96,200.00", "$27,380.00", "$61,450.00", "$44,900.00", "$12,750.00"],
         lambda *v: money(sum(v))),
    "church repair cost without the splice reinforcement of the undamaged trusses":
        (["$18,600.00", "$96,200.00", "$27,380.00", "$61,450.00", "$44,900.00", "$12,750.00"],
         lambda *v: money(sum(v) - v[2])),
    "how long between the collapse and the sexton finding it": (["05:30", "06:10"], lambda a, b: hm(b - a)),
    "how long after finding it did the pastor report the church loss": (["06:10", "07:45"], lambda a, b: hm(b - a)),
    "total hours holloway spent on site over both visits":
        (["10:00", "15:30", "08:00", "12:30"], lambda a, b, c, d: hm((b - a) + (d - c))),
    "days from the collapse to the engineer's letter":
        (["February 18, 2026", "March 6, 2026"], lambda a, b: days(b - a)),
    "how many trusses need work in all (replaced plus reinforced)":
        (["eleven", "37 trusses"], lambda a, b: f"{a + b:.0f} trusses"),
    # C9 RV
    "ACV less the comp ded on the pettibone RV": (["$142,500.00", "$1,000"], lambda a, b: money(a - b)),
    "is the pettibone personal effects claim within the PE limit?":
        (["$13,860.00", "$10,000"],
         lambda a, lim: f"No - {money(a)} is {money(a - lim)} over the $10,000 limit" if a > lim else "Yes"),
    "how far under the emergency expense limit was the hotel bill": (["$750", "$624.90"], lambda a, b: money(a - b)),
    "minutes from the fire starting to FD arrival, RV-55120-K": (["15:20", "15:41"], lambda a, b: hm(b - a)),
    "how many days was the RV in storage at tamsin towing": (["07/05/26", "07/31/26"], lambda a, b: days(b - a)),
    "net cost to ridgeline on the RV after salvage (payments + storage - salvage)":
        (["$97,412.66", "$44,087.34", "$10,000.00", "$624.90", "$1,170.00", "$11,200.00"],
         lambda a, b, c, d, e, f: money(a + b + c + d + e - f)),
    "days from DOL to closing the 1st party RV file": (["07/04/26", "08/14/26"], lambda a, b: days(b - a)),
    "how much did the RV rsv change on 7/20": (["$152,000", "$150,000"], lambda a, b: money(a - b)),
    "what's the difference between the keystone ACV and the LH payoff":
        (["$142,500.00", "$97,412.66"], lambda a, b: money(a - b)),
    # C10 event cancellation
    "total unrecovered vendor deposits, tessera":
        (["$63,000.00", "$26,500.00", "$23,400.00", "$9,450.00", "$20,000.00", "$3,275.00"], lambda *v: money(sum(v))),
    "total deposits paid before the summit was cancelled":
        (["$84,000.00", "$26,500.00", "$31,200.00", "$9,450.00", "$40,000.00", "$3,275.00"], lambda *v: money(sum(v))),
    "how much came back in refunds/credits on EVC-2026-3307":
        (["$21,000.00", "$7,800.00", "$20,000.00"], lambda *v: money(sum(v))),
    "tessera net claim after ded (unrecovered deposits + accepted extra costs)":
        (["$63,000.00", "$26,500.00", "$23,400.00", "$9,450.00", "$20,000.00", "$3,275.00", "$2,140.00", "$5,860.00",
          "$2,500"], lambda *v: money(sum(v[:8]) - v[8])),
    "is the tessera net claim inside the policy limit, how much room":
        (TESSERA + ["$350,000"],
         lambda *v: f"Yes - {money(v[9] - (sum(v[:8]) - v[8]))} of the $350,000 limit remains"
         if sum(v[:8]) - v[8] <= v[9] else "No"),
    "hours between the evac order and the decision to cancel": (["14:00", "18:30"], lambda a, b: hm(b - a)),
    "how long between the cancel decision and notice to stratus":
        (["09/10/2026", "18:30", "09/11/2026", "09:20"], lambda d1, t1, d2, t2: hm((d2 - d1) + (t2 - t1))),
    "how many days before the summit started was the evac order issued":
        (["09/10/2026", "09/14/2026"], lambda a, b: days(b - a)),
    "how much did the event cxl reserve come down": (["$200,000.00", "$170,000.00"], lambda a, b: money(a - b)),
    "does the current tessera reserve cover the net claim? by how much":
        (TESSERA + ["$170,000.00"],
         lambda *v: f"Yes - the {money(v[9])} reserve exceeds the {money(sum(v[:8]) - v[8])} net claim by "
         f"{money(v[9] - (sum(v[:8]) - v[8]))}" if v[9] >= sum(v[:8]) - v[8] else "No"),
    # C11 umbrella
    "how much of the kowalczyk demand sits above the primary auto limit":
        (["$1,750,000.00", "$1,000,000"], lambda a, b: money(a - b)),
    "janet's specials plus wage loss so far": (["$186,420.00", "$21,600.00"], lambda a, b: money(a + b)),
    "total stonebridge reserve on the umbrella (indemnity + expense)":
        (["$350,000.00", "$25,000.00"], lambda a, b: money(a + b)),
    "how many days does the kowalczyk demand stay open": (["April 20, 2026", "May 20, 2026"], lambda a, b: days(b - a)),
    "days from the halvorsen accident to the formal umbrella notice letter":
        (["February 11, 2026", "April 24, 2026"], lambda a, b: days(b - a)),
    "is the corbin & leitch demand within primary plus umbrella limits combined?":
        (["$1,750,000.00", "$1,000,000", "$5,000,000"],
         lambda a, p, u: f"Yes - {money(a)} is within {money(p + u)}" if a <= p + u else "No"),
    "days from the informal notice to stonebridge logging receipt of the formal one":
        (["March 2, 2026", "04/27/2026"], lambda a, b: days(b - a)),
    # C12 arbitration
    "when's orvale's payment due on the brann award": (["09/29/2026", "30 days"], lambda a, n: mdy(a + n * DAY)),
    "how much of its damages does juniper eat on brann v keel": (["$19,240.00", "$15,392.00"], lambda a, b: money(a - b)),
    "damages on brann not counting her deductible":
        (["$16,915.00", "$1,325.00", "$500.00"], lambda a, b, c: money(a + b + c)),
    "after refunding brann's share of the ded, how much of the award does juniper keep":
        (["$15,392.00", "$400.00"], lambda a, b: money(a - b)),
    "days from the brann accident to the arbitration decision": (["05/02/2026", "09/29/2026"], lambda a, b: days(b - a)),
    "what was the daily rental rate on the brann claim": (["$1,325.00", "13 days"], lambda a, n: money(a / n)),
}


def sources(q: dict) -> list[str]:
    src = q["source"]
    return [src] if isinstance(src, str) else list(src)


def main() -> int:
    texts = {p.name: extract(p) for p in sorted(FILES.iterdir())}
    folded = {k: fold(v) for k, v in texts.items()}
    questions = [json.loads(line) for line in (HERE / "questions.jsonl").read_text().splitlines() if line.strip()]
    errors: list[str] = []
    seen: set[str] = set()
    for i, q in enumerate(questions, 1):
        tag = f"#{i} {q.get('question', '')[:60]!r}"
        extra = set(q) - FIELDS
        allowed = {"summary": {"expected_points"}, "lookup": {"expected_claims"}}.get(q.get("route"), set())
        if not FIELDS <= set(q) or extra - allowed:
            errors.append(f"{tag}: fields {sorted(q)}")
            continue
        if q["question"] in seen:
            errors.append(f"{tag}: duplicate question")
        seen.add(q["question"])
        if q["route"] not in ROUTES:
            errors.append(f"{tag}: bad route")
            continue
        srcs = sources(q)
        missing = [s for s in srcs if s not in texts]
        if missing:
            errors.append(f"{tag}: missing source {missing}")
            continue
        raw = "\n".join(texts[s] for s in srcs)
        txt = " ".join(folded[s] for s in srcs)
        route = q["route"]
        if q["expect_not_found"] != (route == "none"):
            errors.append(f"{tag}: expect_not_found inconsistent")
        if route == "needle":
            ans, rx = q["expected_answer"], q["expected_regex"]
            if fold(ans) not in txt:
                errors.append(f"{tag}: answer {ans!r} not in source")
            if not re.search(rx, raw, re.I) or not re.search(rx, ans, re.I):
                errors.append(f"{tag}: regex {rx!r} does not match source and answer")
            if q["claim_id"] is None:
                errors.append(f"{tag}: needle without claim_id")
        elif route == "calculation":
            spec = CALCS.get(q["question"])
            if spec is None:
                errors.append(f"{tag}: no CALCS entry")
                continue
            ops, fn = spec
            for op in ops:
                if fold(op) not in txt:
                    errors.append(f"{tag}: operand {op!r} not in source")
            got = fn(*[parse(op) for op in ops])  # type: ignore[operator]
            if got != q["expected_answer"]:
                errors.append(f"{tag}: recomputed {got!r} != expected {q['expected_answer']!r}")
            if not re.search(q["expected_regex"], q["expected_answer"], re.I):
                errors.append(f"{tag}: regex does not match expected answer")
        elif route == "summary":
            pts = q.get("expected_points") or []
            if not 5 <= len(pts) <= 7:
                errors.append(f"{tag}: {len(pts)} expected_points")
            for pt in pts:
                if not re.search(pt, raw, re.I):
                    errors.append(f"{tag}: point {pt!r} not in source")
        elif route == "lookup":
            claims = q.get("expected_claims")
            if claims is None:
                errors.append(f"{tag}: lookup without expected_claims")
                continue
            for c in claims:
                if fold(c) not in txt:
                    errors.append(f"{tag}: claim {c!r} not in sources")
            answer = "None of the claims match." if not claims else "Matching claims: " + ", ".join(claims)
            if not re.search(q["expected_regex"], answer, re.I):
                errors.append(f"{tag}: regex does not match an answer naming {claims}")
        elif q["expected_answer"] is not None:
            errors.append(f"{tag}: none-route question with an answer")
    unused = set(CALCS) - {q["question"] for q in questions}
    errors += [f"unused CALCS entry {u!r}" for u in sorted(unused)]
    print(f"{len(questions)} questions, {len(texts)} files")
    print("routes:", dict(Counter(q["route"] for q in questions)))
    print("kinds:", dict(Counter((q["route"], q["kind"]) for q in questions)))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
