"""Loss runs: a document whose table lists several claims, one row each.

A loss run (an account's claims history, a bordereau, a carrier's claim listing) is not about one
claim: each row of its table is a claim record of its own (number, date of loss, status, paid,
reserve, incurred, handler, description). At ingest, :func:`locate_run_rows` keeps every row of a
table that has a claim-number column holding two or more claim numbers, with its header, the
document's opening lines (whose account it is) and the lines elsewhere in the document that name
a row's claim (its notes: "represented by counsel", "suit filed"). At question time,
:func:`read_runs` turns the rows of the documents in reach into claims the lookup lists and
filters like any other (:func:`as_claims`); nothing is added to the claims registry, so a row is
in reach exactly when its document is (the document's channel) and replicas see what the
registry's document holds.

"Ours" or another carrier's: a table under a heading that says its claims are another carrier's
("Prior carrier claims - NOT OURS", "Claims of the previous insurer"), or a row whose carrier
column says so, is another carrier's. Lookups list only our rows unless the question names
that other carrier (and not as "not X's").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rag.documents import ClaimMetadata, ParsedDocument
from rag.experts.text import STOPWORDS, paragraphs
from rag.metadata import find_dates, parse_money
from rag.records import ClaimRecord, DocumentInfo, FactLine, SummaryPoint

RUN_ROW = "run_row"
"""A row of a loss run: value the row's claim number, text the row as the file writes it, label the
table's header and whose rows they are (JSON: ``{"columns": [...], "ours": true}``)."""
RUN_NOTE = "run_note"
"""A line of a loss run outside its tables that names a row's claim (value: the claim number)."""
RUN_HEAD = "run_head"
"""One of a loss run's opening lines (its title, the account, who prepared it)."""

_CLAIM_COLUMN = re.compile(
    r"^\W*(?:(?:carrier|our|insurer|company)\s+)?(?:claim|file|case)s?\s*(?:no\.?|#|number|num|id|ref(?:erence)?)?\W*$",
    re.I)
"""A header cell that names the claim number's column: "Claim No.", "Claim #", "Carrier claim no.", "File"."""
_CLAIM_NO = re.compile(r"^(?=[^\s]*\d)[A-Z0-9][A-Z0-9./ -]{3,28}[A-Z0-9]$", re.I)
"""A cell that holds a claim number: letters, digits and separators, with a digit (no words, no amount)."""
_SEPARATOR = re.compile(r"^:?-{2,}:?$")
_OTHERS = re.compile(
    r"\b(?:prior|previous|former|predecessor|other|another|old)\s+(?:carrier|insurer|insurance\s+company|company|"
    r"companies|writer|underwriter)s?\b|\bnot\s+ours\b|\bnot\s+our\s+(?:claims?|files?)\b|\bnot\s+handled\s+by\s+us\b",
    re.I)
"""Words that put a table (by its heading) or a row (by its carrier cell) under another carrier."""
_CARRIER_COLUMN = re.compile(r"\b(?:carrier|insurer|company|writer|underwriter)\b", re.I)
_HEAD_LINES = 8
"""How many of a loss run's opening lines are kept (title, account, prepared by, valued as of)."""

_COLUMNS: dict[str, re.Pattern[str]] = {
    "date_of_loss": re.compile(r"^\W*(?:dol|d/l|date\s+of\s+(?:loss|accident|incident|injury)"
                               r"|(?:loss|accident|incident)\s+date|date|occurred)\W*$", re.I),
    "reported": re.compile(r"\breported\b|\breport\s+date\b|\bfnol\b|\bopened\b", re.I),
    "status": re.compile(r"\bstatus\b|\bopen\s*/\s*closed\b", re.I),
    "reserve": re.compile(r"\breserves?\b|\brsv\b|\brsrv\b|\boutstanding\b|\bo/s\b", re.I),
    "paid": re.compile(r"\bpaid\b|\bpayments?\b", re.I),
    "incurred": re.compile(r"\bincurred\b", re.I),
    "handler": re.compile(r"\badjust[eo]r\b|\bhandler\b|\bexaminer\b|\bhandled\s+by\b|\bassigned\b|\bclaims?\s+rep\b",
                          re.I),
    "description": re.compile(r"\bdescription\b|\bdesc\b|\bcause\b|\btype\b|\bnature\b|\bdetails?\b|\bloss\b", re.I),
}
"""The columns a row's facts are read from, by their header's words (the first column that fits)."""
_PERSON = re.compile(r"^(?:[A-Z]\.\s*){0,2}[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,2}$")
"""A handler cell that is a person ("K. Oyelaran", "Dana Reyes"), not a program or a firm."""
_FIRM = re.compile(r"\b(?:program|unit|team|desk|dept|department|inc|llc|co|company|group|services|tpa)\b", re.I)


def _cells(line: str) -> list[str] | None:
    """The cells of a table row written with pipes ("| a | b | c |", "a | b | c"); None for any other line."""
    if line.count("|") < 2:
        return None
    cells = [c.strip().strip("*").strip() for c in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 3 else None


def _claim_number(cell: str) -> str:
    value = cell.strip().strip("*").strip()
    return value if _CLAIM_NO.match(value) and not re.match(r"^\$|^\d{1,2}/\d{1,2}/\d{2,4}$", value) else ""


def locate_run_rows(doc: ParsedDocument) -> list[FactLine]:
    """The rows of a loss run's tables (a claim-number column holding two or more claim numbers),
    its opening lines and the lines that name a row's claim; nothing for any other document."""
    rows: list[FactLine] = []
    first_row_at: tuple[int, int] | None = None
    for s, section in enumerate(doc.sections):
        header: list[str] | None = None
        column: int | None = None
        ours = not _OTHERS.search(section.heading or "")
        for n, raw in enumerate(section.text.splitlines()):
            cells = _cells(raw)
            if cells is None:
                header, column = None, None
                continue
            if all(_SEPARATOR.match(c) for c in cells if c):
                continue
            if header is None:
                header = cells
                column = next((i for i, c in enumerate(cells) if _CLAIM_COLUMN.match(c)), None)
                continue
            if column is None or len(cells) != len(header):
                continue
            number = _claim_number(cells[column])
            if not number:
                continue
            mine = ours and not any(_CARRIER_COLUMN.search(h) and _OTHERS.search(c) for h, c in zip(header, cells))
            label = json.dumps({"columns": header, "ours": mine}, separators=(",", ":"))
            rows.append(FactLine(RUN_ROW, number, raw.strip(), section.page, section.heading, label))
            if first_row_at is None:
                first_row_at = (s, n)
    if len({r.value for r in rows}) < 2:
        return []
    numbers = {r.value for r in rows}
    out = list(rows)
    head: list[FactLine] = []
    for s, section in enumerate(doc.sections):
        if first_row_at is not None and s > first_row_at[0]:
            break
        if section.heading and len(head) < _HEAD_LINES and section.heading not in {h.text for h in head}:
            head.append(FactLine(RUN_HEAD, "", section.heading, section.page, section.heading))
        for para in paragraphs(section.text):
            if _cells(para) is None and len(head) < _HEAD_LINES and len(para) <= 300 and para not in {
                    h.text for h in head}:
                head.append(FactLine(RUN_HEAD, "", para, section.page, section.heading))
        if first_row_at is not None and s == first_row_at[0]:
            break
    out.extend(head)
    for section in doc.sections:
        for para in paragraphs(section.text):
            if _cells(para) is not None:
                continue
            for number in numbers:
                if re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", para):
                    out.append(FactLine(RUN_NOTE, number, para, section.page, section.heading))
    return out


# -- at question time ----------------------------------------------------------------------------


@dataclass
class RunRow:
    """One row of a loss run, read back: its claim number, cells by column, whose it is, its notes."""

    claim_id: str
    document: DocumentInfo
    line: FactLine
    cells: dict[str, str]
    ours: bool
    notes: list[FactLine] = field(default_factory=list)

    def cell(self, what: str) -> str:
        """The cell of the first column whose header fits ``what`` (:data:`_COLUMNS`), or ``""``."""
        pattern = _COLUMNS[what]
        for header, value in self.cells.items():
            if pattern.search(header) and not _CLAIM_COLUMN.match(header):
                return value
        return ""


@dataclass
class Runs:
    """The loss runs among the documents in reach: their rows, and the words that name each run."""

    rows: list[RunRow]
    documents: dict[str, DocumentInfo]
    """The loss runs by document id."""
    heads: dict[str, list[FactLine]]
    """Each run's opening lines, by document id."""

    def naming_words(self, doc_id: str) -> set[str]:
        """The words that name a run: those of its opening lines and of its file name ("the halvorsen
        fleet claims"), lower case."""
        doc = self.documents[doc_id]
        text = " ".join([re.sub(r"[_.]+", " ", doc.name), *(h.text for h in self.heads.get(doc_id, []))])
        return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)} - STOPWORDS


def read_runs(documents: Sequence[DocumentInfo]) -> Runs:
    """The rows of every loss run among ``documents`` (read from the registry's index row of each:
    a document with no rows costs nothing more)."""
    rows: list[RunRow] = []
    runs: dict[str, DocumentInfo] = {}
    heads: dict[str, list[FactLine]] = {}
    for doc in documents:
        at_hand = doc.facts_at_hand(RUN_ROW)
        if at_hand is not None and not at_hand:
            continue
        found = at_hand if at_hand is not None else [f for f in doc.fact_lines if f.kind == RUN_ROW]
        if not found:
            continue
        facts = doc.fact_lines
        runs[doc.doc_id] = doc
        heads[doc.doc_id] = [f for f in facts if f.kind == RUN_HEAD]
        notes: dict[str, list[FactLine]] = {}
        for f in facts:
            if f.kind == RUN_NOTE:
                notes.setdefault(f.value, []).append(f)
        seen: set[str] = set()
        for fact in found:
            if fact.value in seen:
                continue
            seen.add(fact.value)
            try:
                label = json.loads(fact.label)
            except ValueError:
                continue
            cells = _cells(fact.text) or []
            columns = label.get("columns", [])
            rows.append(RunRow(fact.value, doc, fact, dict(zip(columns, cells)), bool(label.get("ours", True)),
                               notes.get(fact.value, [])))
    return Runs(rows, runs, heads)


_STATUS_WORDS = (("reopened", re.compile(r"\bre-?opened\b", re.I)), ("denied", re.compile(r"\bdenied\b", re.I)),
                 ("closed", re.compile(r"\bclosed\b|\bsettled\b|\bcwp\b", re.I)),
                 ("open", re.compile(r"\bopen\b|\bpending\b|\bactive\b", re.I)))
_REPRESENTED = re.compile(r"\brepresented\s+by\b|\battorneys?\b|\bcounsel\b|\blawyers?\b|\blaw\s+(?:firm|office)s?\b"
                          r"|\besq\b", re.I)
_IN_SUIT = re.compile(r"\b(?:suit|lawsuit|complaint)\s+(?:was\s+|has\s+been\s+)?(?:filed|served)\b|\bin\s+suit\b"
                      r"|\bin\s+litigation\b|\blitigated\b|\bsummons\b", re.I)
_NEGATED = re.compile(r"\b(?:no|not|never|without|un-?represented)\b", re.I)


def _said(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` says it, not that it is not so ("Not represented", "No suit filed")."""
    for clause in re.split(r"[.;]\s+", text):
        m = pattern.search(clause)
        if m and not _NEGATED.search(clause[max(0, m.start() - 25):m.start()]):
            return True
    return False


def _iso(text: str) -> str | None:
    found = find_dates(text)
    return found[0][0].isoformat() if found and isinstance(found[0][0], date) else None


def as_claims(rows: Sequence[RunRow]) -> tuple[list[ClaimRecord], dict[str, list[DocumentInfo]]]:
    """Each row as a claim the lookup reads like any other: a record (its handler, date of loss)
    and one document of its own whose facts are the row's cells, each cited to the row's line
    (its status, open reserve, paid and incurred amounts, date of loss), and whose narrative is the
    row and its notes (what a kind of loss or a word is matched against); a note that says a
    lawyer represents a party, or that a suit was filed, is a party or a status line too."""
    claims: list[ClaimRecord] = []
    docs_of: dict[str, list[DocumentInfo]] = {}
    for row in rows:
        line = row.line
        facts = [FactLine("claim_id", row.claim_id, line.text, line.page, line.section)]

        def add(kind: str, value: str, label: str = "", fact: FactLine = line) -> None:
            facts.append(FactLine(kind, value, fact.text, fact.page, fact.section, label))

        status = next((name for name, p in _STATUS_WORDS if p.search(row.cell("status"))), "")
        if status:
            add("status", status)
        for what, label in (("reserve", "reserve"), ("paid", "paid"), ("incurred", "incurred")):
            value = parse_money(row.cell(what)) if "$" in row.cell(what) else None
            if value is None and re.fullmatch(r"[\d,]+(?:\.\d{2})?", row.cell(what).strip()):
                value = parse_money(f"${row.cell(what).strip()}")
            if value is not None:
                add("amount", str(value), label)
                if what == "reserve":
                    add("reserve", str(value))
        loss = _iso(row.cell("date_of_loss"))
        if loss:
            add("date_of_loss", loss, "date_of_loss")
        reported = _iso(row.cell("reported"))
        if reported:
            add("reported", reported)
        handler = row.cell("handler")
        adjusters = [handler] if handler and _PERSON.match(handler) and not _FIRM.search(handler) else []
        for name in adjusters:
            add("adjuster", name)
        for note in row.notes:
            if _said(_REPRESENTED, note.text):
                add("party", "counsel", "attorney", note)
            if _said(_IN_SUIT, note.text):
                add("status", "litigation", "", note)
        facts.extend(_other_rows(row))  # the run's other rows: a line naming one speaks of that claim, not this one
        points = [SummaryPoint(line.text, line.page, line.section, "narrative", 1.0),
                  *(SummaryPoint(n.text, n.page, n.section, "narrative", 0.5) for n in row.notes)]
        doc = DocumentInfo(name=row.document.name, doc_id=row.document.doc_id, scope=row.document.scope,
                           metadata=ClaimMetadata(claim_ids=[row.claim_id], adjusters=adjusters, date_of_loss=loss),
                           summary_points=points, fact_lines=facts, pages=row.document.pages,
                           kind=row.document.kind, source_url=row.document.source_url)
        claims.append(ClaimRecord(row.claim_id, adjusters=adjusters, date_of_loss=loss,
                                  documents=[row.document.name], scopes=[row.document.scope]))
        docs_of[row.claim_id] = [doc]
    return claims, docs_of


def _other_rows(row: RunRow) -> list[FactLine]:
    """The rows of ``row``'s run but its own (another carrier's included), as the run's document
    holds them: the filters read a row claim's files by the run's whole text, where a line that names
    another row's number is that claim's ("| WG-24-340266 | ... | Hail damage to parked fleet |")."""
    at_hand = row.document.facts_at_hand(RUN_ROW)
    found = at_hand if at_hand is not None else [f for f in row.document.fact_lines if f.kind == RUN_ROW]
    return [f for f in found if f.value != row.claim_id]


_WHOSE = frozenset("ours our us we mine my yours their theirs".split())
"""Words that say whose claims (a heading's "NOT OURS" names no carrier)."""
_NOT_NAMED = re.compile(r"\bnot\s+(?:the\s+)?([A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*)?)", re.I)


def rows_asked(runs: Runs, question: str, generic: frozenset[str], mentions: Callable[[str], list[str]] | None,
               run_claims: set[str]) -> tuple[list[RunRow], list[str]]:
    """The rows a lookup reads, and the question's words that chose them: our rows (another
    carrier's too when the question names that carrier, not as "not Westgate's"); only those of
    the runs the question names by a word of their opening lines or file name that no other
    claim's files say ("the halvorsen claims": then the run's other words, "fleet", name it too);
    only those holding a numbered thing the question names ("unit 31", "truck 12").
    ``generic``: words of asking (claims, open, ...) that name no run; ``run_claims``: the
    registry's claims filed under a run (their files are the runs)."""
    lowered = question.lower()
    negated = {w.lower().strip(".,;:!?()'\"").removesuffix("'s") for m in _NOT_NAMED.finditer(question)
               for w in m.group(1).split()}
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", question)]
    words = [w for w in dict.fromkeys(words) if w not in STOPWORDS and w not in generic and w not in _WHOSE]
    said: list[str] = []
    named_runs: set[str] = set()
    for doc_id in runs.documents:
        naming = runs.naming_words(doc_id)
        hit = [w for w in words if w in naming and w not in negated]
        distinctive = [w for w in hit if _only_in(w, mentions, run_claims)]
        if distinctive:
            named_runs.add(doc_id)
            said.extend(hit)
    rows = [r for r in runs.rows if not named_runs or r.document.doc_id in named_runs]
    others_named = [w for w in words if w not in negated and any(  # the other carrier, by its heading or carrier cell
        w in _words(r.line.section or "") | _words(" ".join(c for h, c in r.cells.items() if _CARRIER_COLUMN.search(h)))
        for r in rows if not r.ours)]
    rows = [r for r in rows if r.ours or others_named]
    said.extend(w for w in others_named if w not in said)
    numbered = [m for m in re.finditer(r"\b([a-z]+)\s*#?\s*(\d+)\b", lowered) if m.group(1) not in STOPWORDS]
    for m in numbered:
        thing = re.compile(rf"\b{re.escape(m.group(1))}\s*#?\s*{m.group(2)}\b", re.I)
        having = [r for r in rows if thing.search(r.line.text)]
        if having:
            rows = having
            said.append(question[m.start():m.end()])
    return rows, said


def _only_in(word: str, mentions: Callable[[str], list[str]] | None, claims: set[str]) -> bool:
    """Whether no claim but ``claims`` has files that say ``word`` (a text index that fails says no)."""
    if mentions is None:
        return True
    try:
        return set(mentions(word)) <= claims
    except Exception:  # noqa: BLE001 - the lexical index failed: the word names no run
        return False


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)} - STOPWORDS


def run_only_claims(claims: Sequence[ClaimRecord], docs_of: dict[str, list[DocumentInfo]], runs: Runs
                    ) -> list[ClaimRecord]:
    """The registry's claims less those whose every document is a loss run (a run names many
    claims, so the claim ingest filed it under is one row of it at most: its rows speak instead)."""
    return [c for c in claims if not docs_of.get(c.claim_id) or
            not all(d.doc_id in runs.documents for d in docs_of[c.claim_id])]
