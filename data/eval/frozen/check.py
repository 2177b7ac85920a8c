"""Check that the frozen question set is consistent with its files.

Uses only the standard library plus pypdf and python-docx (if installed; a file type whose reader is missing is
reported and its checks are skipped, which makes the run fail). Asserts:

- every file parses and every question has the required fields with allowed values;
- each needle's ``expected_regex`` matches the text of its ``source`` file;
- each calculation's inputs (listed below, checked by hand) appear in its source files;
- each summary point and each lookup's claims appear in the sources;
- each ``claim_id`` appears in some file;
- each not-found question's tell-tale pattern is absent from the files where it could be.

Run: python check.py   (exit status 0 = pass)
"""

from __future__ import annotations

import email
import json
import re
import sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROUTES = {"needle", "calculation", "summary", "lookup", "none"}
KINDS = {
    "table",
    "time",
    "address",
    "role",
    "reference",
    "limit-check",
    "duration",
    "sum",
    "paraphrase",
    "summary",
    "lookup",
    "absent",
    "plain",
}

# Inputs of each calculation, as they are written in the files (question prefix -> regexes that must be found).
CALC_INPUTS: dict[str, list[str]] = {
    "How many days between the DOL and the letter": [r"October 14, 2024", r"dated October 28, 2024"],
    "Pell & Dorsey tractor: repair estimate": [r"\$18,312\.75", r"\$2,500 collision deductible"],
    "What's the combined BI reserve": [r"\$150,000\.00", r"\$35,000\.00"],
    "How many minutes after the crash": [r"approx\. 2342 hrs", r"Deputy on scene\s+2356 hrs"],
    "How many days from DOL to FNOL on the hail": [r"\*\*DOL\*\* \| 2024-05-22", r"FNOL received\*\* \| 2024-05-24"],
    "Days between the hail and the inspection": [r"2024-05-22", r"\*\*Inspection\*\* \| 2024-06-03"],
    "If Bluestem had approved all 14": [r"\$94\.50/sheet"],
    "Difference between what Summit Crest asked": [r"\$1,386\.00", r"\$1,134\.00"],
    "At the TTD rate": [r"\$760\.00 per week"],
    "Billed minus paid on Achterberg": [r"29827.*\$14,850\.00.*\$6,904\.33"],
    "How many days between Rosalind Achterberg": [r"9 Jan 2025", r"arthroscopic repair on 27 Feb 2025"],
    "How many days was the shrimp container": [r"Sailed:\s+02/19/2025", r"Arrived:\s+03/03/2025"],
    "Is the USD 204,480 we paid": [r"Reserve:\s+USD 198,400\.00", r"Paid USD 204,480\.00"],
    "Is the $88,600 BI claim": [r"\$88,600", r"Business interruption sublimit.*\$250,000"],
    "Total approved costs on TSP-CY-7730418": [r"Total.*\$143,849\.66", r"Retention \(each claim\).*\$25,000"],
    "How many days passed between the attacker": [r"January 19, 2025", r"January 27, 2025"],
    "Is the Northwind subro demand within": [r"\$73,918\.22", r"initial reserve of \$60,000"],
    "Say the per-conveyance limit": [r"Insured value \(CIF \+ 10%\):\s+USD 218240\.00"],
}

# Not-found questions: a pattern whose presence in the named files would mean the answer IS there.
PHONE = r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b"
ABSENT: dict[str, tuple[str, list[str] | None]] = {
    "What's the phone number for the witness": (
        PHONE + r"|(?i:phone( number)?:|phone no|tel\.?:|\bcell\b|mobile)",
        None,
    ),
    "Summarize CLM-2024-0912-4410": (r"0912-4410", None),
    "What was Linnea Sauve's blood alcohol": (r"(?i)blood alcohol|\bBAC\b|breath test|0\.\d\d ?g", None),
    "What's the Coverage C": (r"(?i)coverage c\b|contents limit|personal property", None),
    "What's Summit Crest Roofing's phone": (PHONE + r"|(?i:phone( number)?:|phone no|tel\.?:|\bcell\b|mobile)", None),
    "What impairment rating did": (r"(?i)impairment rating|\d+ ?% (whole|upper|impair)", None),
    "What did Dr. Granvold bill for post-op": (r"(?i)follow-?up|post-?op(erative)? visit|99024|9921[1-5]", None),
    "Who was the master of the MV Solenne": (r"(?i)\bmaster\b|captain|\bCapt\b", None),
    "What's the IMO number": (r"(?i)\bIMO\b", None),
    "What's Rosalind Achterberg's date of birth": (
        r"(?i)date of birth|\bDOB\b|born",
        ["WC_2025_00123_medical_summary.docx"],
    ),
    "Who is the adjuster on claim HO-2025-1147": (r"HO-2025-1147", None),
    "What did the Ng-Lindqvist subro demand settle": (r"(?i)settle|agreed to pay|compromise", None),
    "What's Hana Vlahovic-Reid's email": (r"@", ["tessellate_large_loss_report_marlowe_ortiz.docx"]),
    "Who is Linnea Sauve's treating orthopedic": (
        r"(?i)surgeon|orthop",
        ["kestrel_field_investigation_pell_dorsey.pdf", "bcso_crash_report_BCSO-24-118305.pdf"],
    ),
    "What's the per-conveyance limit": (r"(?i)per[- ]conveyance|conveyance limit|limit of liability", None),
}


def text_of(path: Path) -> str:
    """Plain text of one claim file, the way a reader of the file would see it."""
    suf = path.suffix.lower()
    if suf in {".md", ".txt"}:
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        from docx import Document

        d = Document(str(path))
        parts = [p.text for s in d.sections for p in s.header.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return "\n".join(parts)
    raise ValueError(f"unknown file type: {path}")


def as_list(src: str | list[str] | None) -> list[str]:
    if src is None:
        return []
    return [src] if isinstance(src, str) else list(src)


def main() -> int:
    errors: list[str] = []
    texts: dict[str, str] = {}
    for p in sorted(FILES.iterdir()):
        try:
            texts[p.name] = text_of(p)
        except Exception as exc:  # noqa: BLE001 - report every unreadable file, then fail
            errors.append(f"cannot read {p.name}: {exc!r}")
    alltext = "\n".join(texts.values())
    total = sum(p.stat().st_size for p in FILES.iterdir())
    if total > 5_000_000:
        errors.append(f"files total {total} bytes > 5 MB")

    qs = [json.loads(ln) for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    seen_calc: set[str] = set()
    seen_absent: set[str] = set()
    for i, q in enumerate(qs, 1):
        tag = f"q{i} {q.get('question', '')[:60]!r}"
        for f in ("question", "route", "claim_id", "expect_not_found", "source", "kind"):
            if f not in q:
                errors.append(f"{tag}: missing field {f}")
        if q["route"] not in ROUTES or q["kind"] not in KINDS:
            errors.append(f"{tag}: bad route/kind {q['route']}/{q['kind']}")
        if q["expect_not_found"] != (q["route"] == "none"):
            errors.append(f"{tag}: expect_not_found inconsistent with route")
        srcs = as_list(q["source"])
        for s in srcs:
            if s not in texts:
                errors.append(f"{tag}: source {s} not found")
        src_text = "\n".join(texts.get(s, "") for s in srcs)
        if q["claim_id"] is not None and q["claim_id"] not in alltext:
            errors.append(f"{tag}: claim_id {q['claim_id']} appears in no file")
        if q["claim_id"] is not None and srcs and q["claim_id"] not in src_text and q["route"] != "none":
            # the claim number may live only in a header or subject; it must still be in one of its files
            claim_files = [n for n, t in texts.items() if q["claim_id"] in t]
            if not claim_files:
                errors.append(f"{tag}: claim_id not in its sources nor elsewhere")
        if q["route"] in {"needle", "calculation", "lookup"}:
            try:
                re.compile(q["expected_regex"])
            except re.error as exc:
                errors.append(f"{tag}: bad regex {exc}")
                continue
            if not q.get("expected_answer"):
                errors.append(f"{tag}: no expected_answer")
            if not re.search(q["expected_regex"], q["expected_answer"]):
                errors.append(f"{tag}: expected_regex does not match its own expected_answer")
        if q["route"] == "needle" and not re.search(q["expected_regex"], src_text):
            errors.append(f"{tag}: expected_regex {q['expected_regex']!r} not in {srcs}")
        if q["route"] == "calculation":
            keys = [k for k in CALC_INPUTS if q["question"].startswith(k)]
            if len(keys) != 1:
                errors.append(f"{tag}: no (or ambiguous) CALC_INPUTS entry")
            else:
                seen_calc.add(keys[0])
                for rx in CALC_INPUTS[keys[0]]:
                    if not re.search(rx, src_text):
                        errors.append(f"{tag}: calculation input {rx!r} not in {srcs}")
        if q["route"] == "summary":
            pts = q.get("expected_points") or []
            if not 5 <= len(pts) <= 8:
                errors.append(f"{tag}: {len(pts)} expected_points (want 5-8)")
            for rx in pts:
                if not re.search(rx, src_text):
                    errors.append(f"{tag}: summary point {rx!r} not in {srcs}")
        if q["route"] == "lookup":
            for c in q.get("expected_claims", []):
                if c not in alltext:
                    errors.append(f"{tag}: lookup claim {c} in no file")
        if q["route"] == "none":
            keys = [k for k in ABSENT if q["question"].startswith(k)]
            if len(keys) != 1:
                errors.append(f"{tag}: no (or ambiguous) ABSENT entry")
                continue
            seen_absent.add(keys[0])
            rx, where = ABSENT[keys[0]]
            scope = where if where is not None else (srcs or list(texts))
            for name in scope:
                m = re.search(rx, texts[name])
                if m:
                    errors.append(f"{tag}: 'absent' pattern {rx!r} found in {name}: {m.group(0)!r}")
    for k in set(CALC_INPUTS) - seen_calc:
        errors.append(f"CALC_INPUTS entry unused: {k}")
    for k in set(ABSENT) - seen_absent:
        errors.append(f"ABSENT entry unused: {k}")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(texts)} files ({total} bytes), {len(qs)} questions checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
