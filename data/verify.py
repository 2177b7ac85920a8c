#!/usr/bin/env python3
"""Sanity checks for the sample data set (run after generate.py).

    .venv/bin/python data/verify.py

Extracts the text of every file the way a simple ingester would (pypdf for PDFs,
python-docx for DOCX, the email package for EML including attachments) and checks:
  - each claim file mentions its own claim number, and mentions it more than any other;
  - word counts (300-1500 per file) and the data-set total;
  - PDF page counts (2-4) and DOCX heading styles;
  - every needle/summary/lookup expected_answer in data/eval/questions.jsonl appears
    verbatim (whitespace normalised) in the text of its source file.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from email import policy
from email.parser import BytesParser
from pathlib import Path

from docx import Document
from pypdf import PdfReader

DATA = Path(__file__).resolve().parent


def pdf_text(blob):
    reader = PdfReader(io.BytesIO(blob))
    return "\n".join(p.extract_text() or "" for p in reader.pages), len(reader.pages)


def docx_text(blob):
    doc = Document(io.BytesIO(blob))
    return "\n".join(p.text for p in doc.paragraphs), doc


def eml_text(blob):
    msg = BytesParser(policy=policy.default).parsebytes(blob)
    parts = [f"Subject: {msg['subject']}", msg.get_body(preferencelist=("plain",)).get_content()]
    attachments = []
    for att in msg.iter_attachments():
        name = att.get_filename()
        data = att.get_payload(decode=True)
        attachments.append(name)
        parts.append(file_text(name, data)[0])
    return "\n".join(parts), msg, attachments


def file_text(name, blob):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        text, pages = pdf_text(blob)
        return text, {"pages": pages}
    if ext == "docx":
        text, doc = docx_text(blob)
        styles = Counter(p.style.name for p in doc.paragraphs if p.style.name.startswith("Heading"))
        return text, {"headings": dict(styles)}
    if ext == "eml":
        text, msg, atts = eml_text(blob)
        return text, {"attachments": atts, "from": msg["from"], "date": msg["date"]}
    return blob.decode("utf-8"), {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems = []
    texts = {}
    total_words = 0
    files = sorted(p for p in (DATA / "claims").rglob("*") if p.is_file())
    files += sorted((DATA / "workspace").rglob("*.md"))
    for path in files:
        rel = path.relative_to(DATA).as_posix()
        text, info = file_text(path.name, path.read_bytes())
        texts[rel] = text
        words = len(text.split())
        total_words += words
        ids = Counter(re.findall(r"CLM-\d{4}", text))
        line = f"{rel:70s} {words:5d} words  {info}"
        print(line)
        if not 300 <= words <= 1500:
            problems.append(f"{rel}: {words} words")
        if rel.startswith("claims/"):
            claim = rel.split("/")[1]
            if not ids or ids.most_common(1)[0][0] != claim:
                problems.append(f"{rel}: claim ids {dict(ids)}")
        elif ids:
            problems.append(f"{rel}: workspace file names claims {dict(ids)}")
        if "pages" in info and path.suffix == ".pdf" and not 2 <= info["pages"] <= 4:
            problems.append(f"{rel}: {info['pages']} pages")
        if path.suffix == ".docx" and "Heading 2" not in info["headings"]:
            problems.append(f"{rel}: no Heading 2 sections")
    print(f"\n{len(files)} files, {total_words} words in total")

    qpath = DATA / "eval" / "questions.jsonl"
    if qpath.exists():
        routes = Counter()
        for n, line in enumerate(qpath.read_text().splitlines(), 1):
            q = json.loads(line)
            routes[q["route"]] += 1
            if q["route"] == "none":
                if "expected_answer" in q or not q.get("expect_not_found"):
                    problems.append(f"question {n}: 'none' route must have expect_not_found only")
                continue
            src = q.get("source")
            if src not in texts:
                problems.append(f"question {n}: unknown source {src}")
                continue
            # calculation answers are computed values (generate.py recomputes them)
            if q["route"] != "calculation" and norm(q["expected_answer"]) not in norm(texts[src]):
                problems.append(f"question {n}: {q['expected_answer']!r} not in {src}")
            rx = q.get("expected_regex")
            if rx:
                re.compile(rx)
                # list-style lookups use look-aheads that need the whole list; skip those
                if not rx.startswith("(?s)(?=") and not re.search(rx, q["expected_answer"]):
                    problems.append(f"question {n}: regex does not match its own answer")
            if q.get("claim_id") and q.get("claim_id") not in src and src.startswith("claims/"):
                problems.append(f"question {n}: claim_id {q['claim_id']} but source {src}")
        print(f"{sum(routes.values())} questions: {dict(routes)}")

    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
