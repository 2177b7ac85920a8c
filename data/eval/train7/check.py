"""Verify questions.jsonl against the files of the train7 set.

Run: /work/main/.venv/bin/python data/eval/train7/check.py
- every line has exactly the agreed fields and a known route/kind;
- needle: expected_answer appears verbatim (whitespace-normalized, case-insensitive) in the extracted text
  of its source file(s), and expected_regex matches that text and the expected_answer;
- calculation: the canonical value is recomputed here from the inputs listed in calc_specs.json, each of which
  is checked to be in the source text, and expected_regex matches expected_answer;
- summary: 5-7 expected_points, each matching the text of the claim's files;
- lookup: expected_claims are claim numbers that occur in the files; expected_regex matches a sentence naming them;
- none: expect_not_found true, no expected answer.
"""

from __future__ import annotations

import email
import json
import re
import sys
from datetime import datetime
from email import policy
from pathlib import Path

from docx import Document
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

BASE_FIELDS = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found", "source", "kind"}
KINDS = {
    "needle": {"plain", "table", "time", "address", "role", "reference", "paraphrase", "amount", "date"},
    "calculation": {"duration", "sum", "limit-check", "deductible", "difference", "percentage", "remainder",
                    "latest"},
    "summary": {"summary"},
    "lookup": {"lookup"},
    "none": {"none"},
}


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        doc = Document(str(path))
        parts = []
        for sec in doc.sections:
            parts += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
        parts += [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        parts = [f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date") if msg[k]]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    return path.read_text()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


TEXT = {p.name: extract(p) for p in sorted(FILES.iterdir())}
NORM = {k: norm(v) for k, v in TEXT.items()}
# question text -> {"op": ..., "inputs": [...]}: how each calculation's canonical value is recomputed
CALC_SPECS = json.loads((HERE / "calc_specs.json").read_text())


def money(s: str) -> float:
    return float(s.replace("$", "").replace(",", ""))


def fmt_money(x: float) -> str:
    return f"${x:,.2f}"


def parse_date(s: str) -> datetime:
    for f in ("%m/%d/%Y", "%B %d, %Y"):
        try:
            return datetime.strptime(s, f)
        except ValueError:
            pass
    raise ValueError(s)


def days(a: str, b: str) -> int:
    return (parse_date(b) - parse_date(a)).days


def minutes(a: str, b: str) -> int:
    f = "%m/%d/%Y %H:%M"
    return int((datetime.strptime(b, f) - datetime.strptime(a, f)).total_seconds() // 60)


def hm(mins: int) -> str:
    h, m = divmod(mins, 60)
    hs = f"{h} hour" + ("s" if h != 1 else "")
    if not h:
        return f"{m} minutes"
    return f"{hs} {m} minutes" if m else hs


def calc_value(spec: dict) -> str:
    """Recompute a calculation from its 'inputs' (each checked to appear in the source text)."""
    op = spec["op"]
    ins = spec["inputs"]
    if op == "days":
        return f"{days(ins[0], ins[1])} days"
    if op == "minutes":
        return hm(minutes(ins[0], ins[1]))
    if op == "sum":
        return fmt_money(sum(money(x) for x in ins))
    if op == "diff":
        return fmt_money(money(ins[0]) - sum(money(x) for x in ins[1:]))
    if op == "pct":
        return f"{money(ins[0]) / money(ins[1]) * 100:.1f}%"
    if op == "within":
        return "yes" if sum(money(x) for x in ins[:-1]) <= money(ins[-1]) else "no"
    if op == "latest":
        return fmt_money(money(ins[-1]))
    if op == "signed":
        return fmt_money(sum(sg * money(x) for sg, x in zip(spec["signs"], ins)))
    if op == "diffn":
        return f"{money(ins[0]) - money(ins[1]):g} {spec['unit']}"
    if op == "count":
        return str(len(ins))
    if op == "hours":
        return f"{sum(float(x) for x in ins):g} hours"
    if op == "mul":
        return fmt_money(float(ins[0]) * money(ins[1]))
    raise ValueError(op)


def main() -> int:
    errors: list[str] = []
    lines = (HERE / "questions.jsonl").read_text().splitlines()
    claim_ids = set()
    counts: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        where = f"line {n} ({q.get('question', '')[:50]!r})"
        route, kind = q.get("route"), q.get("kind")
        extra = set(q) - BASE_FIELDS
        allowed_extra = {"summary": {"expected_points"}, "lookup": {"expected_claims"}}
        if not BASE_FIELDS <= set(q) or extra - allowed_extra.get(route, set()):
            errors.append(f"{where}: fields {sorted(q)}")
            continue
        if kind not in KINDS.get(route, set()):
            errors.append(f"{where}: kind {kind} for route {route}")
        counts[f"{route}/{kind}"] = counts.get(f"{route}/{kind}", 0) + 1
        srcs = q["source"] if isinstance(q["source"], list) else ([q["source"]] if q["source"] else [])
        for s in srcs:
            if s not in TEXT:
                errors.append(f"{where}: unknown source {s}")
        text = " \n ".join(NORM.get(s, "") for s in srcs)
        raw = "\n".join(TEXT.get(s, "") for s in srcs)
        if q["claim_id"]:
            claim_ids.add(q["claim_id"])
            if srcs and norm(q["claim_id"]) not in text:
                errors.append(f"{where}: claim id {q['claim_id']} not in source")
        if q["expect_not_found"] != (route == "none"):
            errors.append(f"{where}: expect_not_found mismatch")
        rx = q["expected_regex"]
        if rx:
            re.compile(rx)
        if route == "needle":
            ans = q["expected_answer"]
            if not ans or norm(ans) not in text:
                errors.append(f"{where}: answer {ans!r} not verbatim in {srcs}")
            if rx and not re.search(rx, ans, re.I):
                errors.append(f"{where}: regex does not match the answer")
            if rx and not re.search(rx, raw, re.I) and not re.search(rx, " ".join(raw.split()), re.I):
                errors.append(f"{where}: regex not found in the source text")
        elif route == "calculation":
            spec = CALC_SPECS.get(q["question"])
            if not spec:
                errors.append(f"{where}: calculation without calc spec")
                continue
            for x in spec["inputs"]:
                if spec.get("check_inputs", True) and norm(x) not in text:
                    errors.append(f"{where}: input {x!r} not in source")
            for x in spec.get("also_in_source", []):
                if norm(x) not in text:
                    errors.append(f"{where}: supporting value {x!r} not in source")
            val = calc_value(spec)
            if val != q["expected_answer"]:
                errors.append(f"{where}: recomputed {val!r} != expected {q['expected_answer']!r}")
            if not rx or not re.search(rx, q["expected_answer"], re.I):
                errors.append(f"{where}: regex does not match the canonical answer")
        elif route == "summary":
            pts = q.get("expected_points") or []
            if not 5 <= len(pts) <= 7:
                errors.append(f"{where}: {len(pts)} expected_points")
            for p in pts:
                if not re.search(p, raw, re.I) and not re.search(p, " ".join(raw.split()), re.I):
                    errors.append(f"{where}: point {p!r} not in source text")
            if q["expected_answer"] is not None:
                errors.append(f"{where}: summary with expected_answer")
        elif route == "lookup":
            claims = q.get("expected_claims")
            if claims is None:
                errors.append(f"{where}: lookup without expected_claims")
                continue
            for c in claims:
                if not any(norm(c) in t for t in NORM.values()):
                    errors.append(f"{where}: claim {c} not in any file")
            if claims and rx and not re.search(rx, "; ".join(claims), re.I):
                errors.append(f"{where}: regex does not match the listed claims")
        elif route == "none":
            if q["expected_answer"] is not None:
                errors.append(f"{where}: none-route with an answer")
    total = len(lines)
    for k in sorted(counts):
        print(f"{k:28s} {counts[k]}")
    routes: dict[str, int] = {}
    for k, v in counts.items():
        routes[k.split("/")[0]] = routes.get(k.split("/")[0], 0) + v
    print("routes:", {k: f"{v} ({v / total:.0%})" for k, v in sorted(routes.items())}, "total", total)
    print("claims referenced:", len(claim_ids), "files:", len(TEXT))
    for e in errors:
        print("ERROR", e)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
