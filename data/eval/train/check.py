"""Verify questions.jsonl against the files in ./files (TRAINING set).

- needle: expected_answer appears verbatim (whitespace-normalised) in the extracted text of its
  source file(s); expected_regex matches both the expected answer and the source text.
- calculation: recomputed from input literals that must appear in the source text.
- summary: every expected_points regex matches the source text.
- lookup: a per-question criterion is evaluated on every claim's text; the set of claims that
  satisfy it must equal expected_claims; expected_regex must match an answer naming them.
- none: the "forbidden" patterns (what an answer would have to contain) must NOT occur in the
  files of that claim (or any file when claim_id is null).
Also: schema, claim_id present in the source text, route/kind values.

Run: /work/main/.venv/bin/python check.py     (exit code 0 = pass)
"""
import datetime as dt
import email
import email.policy
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")

# claim number -> files of that claim
CLAIM_FILES = {
    "PX-2023-118876": ["bcso_crash_report_104877.txt", "northgate_ia_report_ncs-23-5512.pdf"],
    "0049-771-HO": ["valcourt_claim_worksheet.md"],
    "WC 24 551902": ["arredondo_medical_summary.docx", "re_arredondo_rtw_thread.eml"],
    "CP-4471-0093-F": ["ofe_origin_cause_report_24-0316.pdf"],
    "GL 25 418207": ["brightwater_incident_form_scan.pdf"],
    "IM/24/00781-C": ["pelican_bay_cargo_theft_report.docx"],
    "NC-88213-B": ["halvorsen_cyber_file_notes.txt"],
}


# ---------------------------------------------------------------------------
# text extraction
# ---------------------------------------------------------------------------
def extract(name):
    path = os.path.join(FILES, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
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
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "eml":
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            fn = part.get_filename()
            if ctype.startswith("text/"):
                parts.append(part.get_content())
            elif fn and fn.lower().endswith(".pdf"):
                import io

                import pypdf
                r = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
                parts.append("\n".join(p.extract_text() or "" for p in r.pages))
        return "\n".join(parts)
    raise ValueError(name)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# calculations: question -> (op, [input literals that must be in the source], extra)
# ---------------------------------------------------------------------------
def money(s):
    return Decimal(re.sub(r"[^0-9.]", "", s))


def fmt_money(d):
    return "${:,.2f}".format(d)


DATE_FORMATS = ["%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y"]


def date(s):
    for f in DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(s)


def calc(op, inputs, extra):
    if op == "days":
        a, b = (date(x) for x in inputs)
        return f"{(b - a).days} days"
    if op == "sum":
        return fmt_money(sum(money(x) for x in inputs))
    if op == "minus":
        return fmt_money(money(inputs[0]) - sum(money(x) for x in inputs[1:]))
    if op == "within":  # inputs[0] = amount, inputs[1] = limit, both in the file
        amount, limit = money(inputs[0]), money(inputs[1])
        return "Yes" if amount <= limit else "No"
    if op == "within_stated":  # amount stated in the question, limit (inputs[0]) in the file
        amount, limit = Decimal(str(extra["stated"][0])), money(inputs[0])
        return "Yes" if amount <= limit else "No"
    if op == "sum_within":  # sum of inputs[:-1] against inputs[-1]
        vals = [money(x) for x in inputs]
        return "Yes" if sum(vals[:-1]) <= vals[-1] else "No"
    if op == "product":
        vals = [Decimal(re.sub(r"[^0-9.]", "", x)) for x in inputs]
        r = Decimal(1)
        for v in vals:
            r *= v
        return fmt_money(r)
    raise ValueError(op)


CALCS = {}
LOOKUPS = {}
NONES = {}
from questions_src import CALCS, LOOKUPS, NONES  # noqa: E402,F811

ROUTES = {"needle", "calculation", "summary", "lookup", "none"}
KINDS = {
    "needle": {"plain", "table", "time", "address", "role", "reference", "paraphrase", "amount", "date"},
    "calculation": {"duration", "sum", "limit-check", "deductible"},
    "summary": {"summary"},
    "lookup": {"lookup"},
    "none": {"none"},
}
BASE = {"question", "route", "claim_id", "expected_answer", "expected_regex", "expect_not_found",
        "source", "kind"}


def main():
    texts = {}
    for files in CLAIM_FILES.values():
        for f in files:
            if os.path.exists(os.path.join(FILES, f)):
                texts[f] = norm(extract(f))
    claim_text = {c: " ".join(texts[f] for f in fs if f in texts) for c, fs in CLAIM_FILES.items()}
    claim_text = {c: t for c, t in claim_text.items() if t}
    errors = []
    qs = [json.loads(line) for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if line.strip()]
    seen = set()
    counts = {}
    for i, q in enumerate(qs, 1):
        tag = f"#{i} {q.get('question')!r}"

        def err(m):
            errors.append(f"{tag}: {m}")

        extra_keys = {"summary": {"expected_points"}, "lookup": {"expected_claims"}}.get(q.get("route"), set())
        if set(q) != BASE | extra_keys:
            err(f"fields {sorted(set(q) ^ (BASE | extra_keys))}")
            continue
        if q["question"] in seen:
            err("duplicate question")
        seen.add(q["question"])
        r, k = q["route"], q["kind"]
        counts.setdefault(r, {}).setdefault(k, 0)
        counts[r][k] += 1
        if r not in ROUTES or k not in KINDS[r]:
            err(f"bad route/kind {r}/{k}")
            continue
        srcs = q["source"] if isinstance(q["source"], list) else [q["source"]]
        missing = [s for s in srcs if s not in texts]
        if missing:
            err(f"missing source {missing}")
            continue
        src = " ".join(texts[s] for s in srcs)
        if q["claim_id"] is not None:
            if q["claim_id"] not in CLAIM_FILES:
                err("unknown claim_id")
            elif q["claim_id"] not in src and q["route"] != "none":
                err("claim_id not in source text")
            elif any(s not in CLAIM_FILES[q["claim_id"]] for s in srcs):
                err("source not a file of that claim")
        if q["expect_not_found"] != (r == "none"):
            err("expect_not_found inconsistent")
        if r == "needle":
            a, rx = q["expected_answer"], q["expected_regex"]
            if not a or not rx:
                err("needle needs answer and regex")
                continue
            if norm(a) not in src:
                err(f"answer {a!r} not verbatim in source")
            if not re.search(rx, a, re.I):
                err("regex does not match answer")
            if not re.search(rx, src, re.I):
                err("regex does not match source")
        elif r == "calculation":
            spec = CALCS.get(q["question"])
            if not spec:
                err("no CALCS spec")
                continue
            op, inputs, extra = spec
            for x in inputs:
                if norm(x) not in src:
                    err(f"input {x!r} not in source")
            got = calc(op, inputs, extra)
            if got != q["expected_answer"]:
                err(f"recomputed {got!r} != {q['expected_answer']!r}")
            if not re.search(q["expected_regex"], q["expected_answer"], re.I):
                err("regex does not match answer")
        elif r == "summary":
            pts = q["expected_points"]
            if not 5 <= len(pts) <= 7:
                err("summary needs 5-7 points")
            for p in pts:
                if not re.search(p, src, re.I):
                    err(f"point {p!r} not in source")
            if q["expected_answer"] is not None:
                err("summary expected_answer must be null")
        elif r == "lookup":
            crit = LOOKUPS.get(q["question"])
            if crit is None:
                err("no LOOKUPS spec")
                continue
            hit = sorted(c for c, t in claim_text.items()
                         if (crit(t) if callable(crit) else re.search(crit, t, re.I)))
            if hit != sorted(q["expected_claims"]):
                err(f"criterion selects {hit}, expected {sorted(q['expected_claims'])}")
            for c in q["expected_claims"]:
                if c not in src:
                    err(f"{c} not in sources")
            ans = "; ".join(q["expected_claims"])
            if not re.search(q["expected_regex"], ans, re.I):
                err("regex does not match an answer naming the claims")
            # and must not match an answer missing one of them
            for c in q["expected_claims"]:
                if len(q["expected_claims"]) > 1:
                    part = "; ".join(x for x in q["expected_claims"] if x != c)
                    if re.search(q["expected_regex"], part, re.I):
                        err(f"regex also matches answer without {c}")
        elif r == "none":
            pats = NONES.get(q["question"])
            if pats is None:
                err("no NONES spec")
                continue
            scope = claim_text[q["claim_id"]] if q["claim_id"] else " ".join(claim_text.values())
            for p in pats:
                if re.search(p, scope, re.I):
                    err(f"forbidden pattern {p!r} found: the answer may be in the files")
            if q["expected_answer"] is not None:
                err("none expected_answer must be null")
    for q in list(CALCS) + list(LOOKUPS) + list(NONES):
        if q not in seen:
            errors.append(f"spec for unknown question {q!r}")
    total = len(qs)
    print(f"{total} questions, {len(texts)} files, {len(claim_text)} claims")
    for r in sorted(counts):
        n = sum(counts[r].values())
        print(f"  {r:12s} {n:4d} ({100 * n / total:4.1f}%)  " +
              ", ".join(f"{k}={v}" for k, v in sorted(counts[r].items())))
    for e in errors:
        print("FAIL", e)
    print("PASS" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
