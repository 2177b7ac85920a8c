"""Verify questions.jsonl of the train10 set against the files it cites.

    /work/main/.venv/bin/python data/eval/train10/check.py [--dump]

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
    for fmt in ("%m/%d/%Y", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)


def days(a: str, b: str) -> str:
    """Days between two dates, as a bare integer."""
    return str((d(b) - d(a)).days)


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


# Claim numbers printed split over several boxes would go here (none in train10).
ALIASES: dict[str, list[str]] = {}

# Calculations: question text -> (input strings that must occur in the sources, recomputed answer).
CALC: dict[str, tuple[list[str], str]] = {}


def calc(question: str, inputs: list[str], answer: str) -> None:
    CALC[question] = (inputs, answer)


def span(a: str, b: str) -> str:
    """Duration between two 'MM/DD/YYYY HH:MM' stamps, as 'H h M min'."""
    t = datetime.strptime(b, "%m/%d/%Y %H:%M") - datetime.strptime(a, "%m/%d/%Y %H:%M")
    h, rem = divmod(int(t.total_seconds()), 3600)
    return f"{h} h {rem // 60} min"


def within(amount: Decimal, limit: str, what: str) -> str:
    lim = D(limit)
    if amount <= lim:
        return f"Yes - {money(amount)} is within the ${lim:,.0f} {what}"
    return f"No - {money(amount)} exceeds the ${lim:,.0f} {what} by {money(amount - lim)}"


# --- MCS/26/04417 marine cargo (coffee)
calc("door-end bags moisture vs contract max - how many points over?", ["22.4%", "12.5%"],
     f"{Decimal('22.4') - Decimal('12.5')} percentage points")
calc("days from the corvina star arriving to the survey", ["2 June 2026", "8 June 2026"], days("2 June 2026", "8 June 2026"))
calc("coffee claim all-in cost to u/w incl. the survey fee", ["$7,027.20", "USD 1,450.00"], money(D("7,027.20", "1,450.00")))
calc("what % of the bags in MSKU 448213-7 got wet", ["47 bags", "320 bags"], pct("47", "320"))
calc("how long from delivery at the warehouse to unstuffing starting (coffee box)?", ["10:20 hrs", "13:45 hrs"],
     hm("10:20", "13:45"))
calc("days between the B/L shipped date and delivery to bellhaven", ["14 May 2026", "5 June 2026"],
     days("14 May 2026", "5 June 2026"))

# --- CYB-2026-118842 ransomware
calc("how long was kettleby's production down", ["09/14/2026 at 03:10", "09/19/2026 at 14:00"],
     span("09/14/2026 03:10", "09/19/2026 14:00"))
calc("days between initial access and the encryption at kettleby", ["09/02/2026", "09/14/2026"],
     days("09/02/2026", "09/14/2026"))
calc("approved vendor invoices so far on the ransomware claim, total", ["$48,750.00 | approved", "$22,180.00 | approved"],
     money(D("48,750.00", "22,180.00")))
calc("kettleby: all four vendor costs + BI, net of the retention",
     ["$48,750.00", "$22,180.00", "$37,900.00", "$9,148.00", "$286,400.00", "retention $50,000"],
     money(D("48,750.00", "22,180.00", "37,900.00", "9,148.00", "286,400.00") - D("50,000")))
calc("is the kettleby BI claim inside the BI sublimit?", ["$286,400.00", "BI sublimit $500,000"],
     within(D("286,400.00"), "500,000", "BI sublimit"))
calc("how much did the reserve go up on CYB-2026-118842", ["$425,000", "$150,000"], money(D("425,000") - D("150,000")))
calc("per-letter cost on the notifyr quote", ["$9,148.00", "2,614 letters"], money(D("9,148.00") / 2614))

# --- CH 26 0731 5 crop hail
calc("days from the storm to the first inspection on vandermeer", ["07/23/2026", "08/04/2026"], days("07/23/2026", "08/04/2026"))
calc("hail storm to check issued, how many days", ["07/23/2026", "08/26/2026"], days("07/23/2026", "08/26/2026"))
calc("what % of total liability did vandermeer collect", ["$34,038.00", "$208,000.00"], pct("34,038.00", "208,000.00"))
calc("corn indemnity only, both fields together", ["$16,320.00", "$14,400.00"], money(D("16,320.00", "14,400.00")))
calc("how much did the F-21 recheck add to the payment", ["9%", "12%", "118.5", "$400", "5% ded"],
     money(D("118.5") * D("400") * (Decimal("0.12") - Decimal("0.05")) - D("118.5") * D("400") * (Decimal("0.09") - Decimal("0.05"))))
calc("how many plants/acre did F-14 lose to the hail", ["31,400 plants/acre", "24,900 plants/acre"],
     f"{D('31,400') - D('24,900'):,} plants/acre")
calc("what would F-12 have paid with no deductible", ["160.0", "$600", "22%"], money(D("160.0") * D("600") * Decimal("0.22")))

# --- CR#26-55190 employee theft
calc("days between discovery and notice to keystone", ["03/17/2026", "03/24/2026"], days("03/17/2026", "03/24/2026"))
calc("how many days did the check scheme run, first to last check", ["01/09/2023", "02/27/2026"],
     days("01/09/2023", "02/27/2026"))
calc("avg amount per fake check on the talbot ridge claim", ["$138,622.40", "Total | 41"], money(D("138,622.40") / 41))
calc("is the brannock fee within the investigative expense sublimit", ["$14,850.00", "Investigative expense sublimit | $25,000"],
     within(D("14,850.00"), "25,000", "investigative expense sublimit"))
calc("talbot ridge gross loss less the restitution", ["$138,622.40", "$20,000.00"], money(D("138,622.40") - D("20,000.00")))
calc("2025 + 2026 theft amounts combined", ["$45,311.25", "$6,925.00"], money(D("45,311.25", "6,925.00")))
calc("days from proof of loss to payment on the vet clinic claim", ["05/06/2026", "06/15/2026"], days("05/06/2026", "06/15/2026"))

# --- EB.2026.3308 boiler breakdown
calc("how long was the laundry without a boiler before the rental came online",
     ["10/06/2026", "shut down at 05:02", "10/08/2026 14:00"], span("10/06/2026 05:02", "10/08/2026 14:00"))
calc("st aldric: shutdown to rental online, less the 24h waiting period", ["shut down at 05:02", "10/08/2026 14:00", "waiting period 24 hours"],
     span("10/07/2026 05:02", "10/08/2026 14:00"))
calc("mercer invoice net of the PD deductible", ["$67,480.00", "$10,000 property damage"], money(D("67,480.00") - D("10,000")))
calc("retube + rental boiler, total?", ["$67,480.00", "$12,600.00"], money(D("67,480.00", "12,600.00")))
calc("how much cheaper was mercer than cobb", ["$67,480.00", "$74,900"], money(D("74,900") - D("67,480.00")))
calc("is the air freight inside the expediting sublimit (boiler)?", ["$2,350.00", "expediting sublimit $25,000"],
     within(D("2,350.00"), "25,000", "expediting sublimit"))
calc("days from the boiler breakdown to retubing complete", ["10/06/2026", "10/26/2026"], days("10/06/2026", "10/26/2026"))
calc("tubes line + overtime premium on MTS-26-1190", ["$38,700.00", "$8,960.00"], money(D("38,700.00", "8,960.00")))
calc("days between the last blowdown log entry and the breakdown", ["09/14/2026", "10/06/2026"], days("09/14/2026", "10/06/2026"))

# --- TME 661 204 9 travel medical evacuation
calc("how many days was she in hospital in kathmandu", ["admitted 04/10/2026", "discharged 04/14/2026"],
     days("04/10/2026", "04/14/2026"))
calc("how many days early did she get home vs the scheduled return", ["04/16/2026", "scheduled return 04/20/2026"],
     days("04/16/2026", "04/20/2026"))
calc("total paid direct by the assistance co on the evac", ["$6,800.00", "$14,930.00"], money(D("6,800.00", "14,930.00")))
calc("hospital + clinic out of pocket less the $250 ded", ["$4,215.60", "$180.00", "deductible $250"],
     money(D("4,215.60", "180.00") - D("250")))
calc("is the hospital+clinic total within the $100k medical limit?", ["$4,215.60", "$180.00", "medical $100,000"],
     within(D("4,215.60", "180.00"), "100,000", "medical limit"))
calc("days from onset of illness to the claim form being received", ["04/09/2026", "RECEIVED 05/04/2026"],
     days("04/09/2026", "05/04/2026"))
calc("how old was the insured when she got sick in nepal", ["02/11/1959", "04/09/2026"],
     str(2026 - 1959 - ((4, 9) < (2, 11))))

# --- LM-26/0982 livestock mortality
calc("how much over the per-head limit was 1331", ["$4,100", "$3,500"], money(D("4,100") - D("3,500")))
calc("avg claim value per head on the coldbrook claim", ["$18,100", "7 head"], money(D("18,100") / 7))
calc("days from the lightning strike to payment", ["06/21/2026", "Paid 07/14/2026"], days("06/21/2026", "07/14/2026"))
calc("what would coldbrook have been paid if the necropsy fee was covered", ["$18,360.00", "$475.00"],
     money(D("18,360.00", "475.00")))
calc("time between the strike and the cows being found", ["21:34", "05:40 on 06/22/2026", "06/21/2026"],
     span("06/21/2026 21:34", "06/22/2026 05:40"))
calc("is the rendering bill within the carcass disposal sublimit", ["$1,260.00", "carcass disposal sublimit $2,000"],
     within(D("1,260.00"), "2,000", "carcass disposal sublimit"))
calc("lactating cows only, total value", ["1142 Holstein 4 yr lactating $2,800", "1187 Holstein 3 yr lactating $2,650",
                                           "1203 Holstein 5 yr lactating $2,900", "1019 Holstein 7 yr lactating $1,950"],
     money(D("2,800", "2,650", "2,900", "1,950")))

# --- BR-26-7714-NJ builders' risk
calc("claimed vs agreed total, difference (linden quay)", ["$129,025.00", "$124,570.00"], money(D("129,025.00") - D("124,570.00")))
calc("hard costs still owed after the water ded and the advance", ["$124,570.00", "$50,000 water damage", "$40,000.00"],
     money(D("124,570.00") - D("50,000") - D("40,000.00")))
calc("days from the freeze-up to the IA inspection", ["01/24/2026", "01/28/2026"], days("01/24/2026", "01/28/2026"))
calc("how many days after the water was found was it reported", ["06:40 on 01/25/2026", "01/26/2026"],
     days("01/25/2026", "01/26/2026"))
calc("if the AOP deductible applied instead, net agreed hard cost?", ["$124,570.00", "$25,000 all other perils"],
     money(D("124,570.00") - D("25,000")))
calc("soft costs claimed per day of delay", ["$47,250.00", "21 days"], money(D("47,250.00") / 21))
calc("how long from finding the water to shutting it off", ["06:40", "06:52"], hm("06:40", "06:52"))

# --- SB 2026/0415 surety
calc("surety's excess cost to complete over the contract balance", ["$774,900.00", "$661,100.00"],
     money(D("774,900.00") - D("661,100.00")))
calc("LD exposure if they finish on the projected date", ["$1,250 per calendar day", "10/15/2026", "11/30/2026"],
     money(D("1,250") * int(days("10/15/2026", "11/30/2026"))))
calc("days from the notice of default to termination (faircloth)", ["08/03/2026", "08/31/2026"], days("08/03/2026", "08/31/2026"))
calc("spread between the highest and lowest takeover bids", ["$812,350.00", "$774,900.00"], money(D("812,350.00") - D("774,900.00")))
calc("are the payment bond claims within the payment reserve?", ["$212,300.00", "$140,000"],
     within(D("98,400.00", "86,250.00", "27,650.00"), "140,000", "payment reserve"))
calc("change orders as a % of the original contract price", ["$42,600.00", "$1,480,000.00"], pct("42,600.00", "1,480,000.00"))
calc("how many days between the crews leaving and the termination", ["07/20/2026", "08/31/2026"], days("07/20/2026", "08/31/2026"))


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
