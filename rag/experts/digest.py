"""A summary of one document or one topic of a claim, not the whole claim's card.

"Quick rundown of the police report", "recap the e-mail thread", "what did the engineer
conclude", "what's been paid so far": the adjuster wants what *that* document or topic says, so
the answer is its most central units (sentences, ``Label: value`` lines, table rows), quoted
and cited, in the document's order, within the summary's 1500 characters.

How the units are chosen holds for any claim file: the document a request names is the one
whose file name and retrieved text best hold the request's words (and its kind: a "thread" is an
e-mail); its units are gathered by a few general retrieval questions (what happened, who, when,
what was found, what was paid) and scored by meaning, as the claim card's narrative is:
similarity to the request, similarity to the centroid of the document's units (what the
document keeps saying), and whether the unit states a value (a date, a time, an amount, a
name, a reference number), less a penalty for repeating a unit already taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from rag.experts.result import ExpertResult, Sources
from rag.experts.summary import is_heading
from rag.experts.text import display_line, is_record_line, stem, terms
from rag.records import ClaimRecord, DocumentInfo, FactLine, Passage, SummaryPoint
from rag.selection.selector import strip_ids
from rag.selection.units import Unit
from rag.selection.values import find_values, question_kind


class Gather(Protocol):
    """``gather(queries)``: for each query, the claim's passages retrieved for it (leaves, best
    first) and their candidate units (each widened to its page or section)."""

    def __call__(self, queries: Sequence[str]) -> list[tuple[list[Passage], list[Unit]]]: ...


MAX_CHARS = 1400
"""The digest's text without its header (the eval reads a summary's first 1500 characters)."""
UNIT_CHARS = 240
"""A unit longer than this is cut at a word boundary (its citation quotes it whole)."""
ASPECTS = (
    "What happened, how and why?",
    "Who was involved: names, roles, witnesses, drivers, employer, contractor?",
    "When and where: date, time, place, location?",
    "What was found, concluded, decided or recommended?",
    "What amounts were estimated, reserved, paid or owed?",
    "What is pending, the next steps and the status?",
)
"""The general questions that gather a document's units beside the request itself: a document
summary covers what it says on each of them, whatever the document's words."""
QUESTION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.6
VALUE_WEIGHT = 0.08
"""Per kind of value a unit states (up to three kinds): the points an adjuster checks are values."""
LENGTH_WEIGHT = 0.15
"""A longer unit says more (an answer in a statement, against its header's "Taken by:" line)."""
HEADING_WEIGHT = 0.3
"""What the similarity of a unit's section heading to the request adds ("what did they conclude":
the lines under "Conclusions")."""
TOPIC_SPREAD = 0.3
"""A topic's digest keeps the units scoring within this much of the best one: a line about
something else is no part of "what has been paid", however much room is left."""
FINDINGS = ("The conclusions: in my opinion the cause was; it was found, decided or recommended that; the "
            "amount, the percentage, the restrictions and what happens next.")
"""What a document's digest must hold beside what the document keeps saying: what it concluded (an
examiner's opinion, a report's cause, a worksheet's totals), not the history it starts with."""
FINDINGS_WEIGHT = 0.5
REDUNDANCY = 0.85
"""A unit this similar to one already taken says nothing new."""

DOCUMENT_NOUNS = frozenset(stem(w) for w in (
    "report reports letter letters email emails e-mail mail thread chain correspondence notes note memo "
    "memorandum form statement statements invoice invoices estimate estimates log logs worksheet record "
    "records summary narrative diary transcript bill bills photos policy declarations dec"
).split())
"""Words that name a kind of document: a request holding one asks about a document."""
_EMAIL_NOUNS = frozenset(stem(w) for w in "email emails e-mail mail thread chain correspondence".split())
WHOLE_CLAIM = frozenset(stem(w) for w in (
    "status stand standing update latest short version where things now going state current overall "
    "everything whole entire background basics far yet"
).split())
"""Words that ask about the whole claim ("where does it stand", "the latest"): the card answers."""


@dataclass(frozen=True)
class _Candidate:
    text: str
    order: tuple[str, int, int, int]
    cite: Callable[[Sources], str]
    record: bool
    place: str
    """Its page's or section's key; ``head``: that page's or section's heading and first lines."""
    head: str
    section: str = ""


def topical_terms(topic: Sequence[str], claim: ClaimRecord, documents: Sequence[DocumentInfo]) -> list[str]:
    """The request's words that are neither the claim's own description (its parties' names, its
    type of loss, its story) nor a plain "how is it going": what a digest is about. Empty for a
    request about the whole claim."""
    described = _party_terms(claim)
    for d in documents:
        for p in d.summary_points:
            if p.kind in ("loss_type", "narrative"):
                described |= terms(p.text)
    return [t for t in topic if t in DOCUMENT_NOUNS or t not in described and t not in WHOLE_CLAIM]


def _party_terms(claim: ClaimRecord) -> set[str]:
    found: set[str] = set()
    for name in [*claim.insured, *claim.claimants, *claim.adjusters, claim.claim_id, *claim.policy_numbers]:
        found |= terms(name)
    return found


def named_document(topic: Sequence[str], documents: Sequence[DocumentInfo],
                   retrieved: Sequence[Passage]) -> DocumentInfo | None:
    """The document a request names: its words in the file's name (a kind of document it is
    counts half: "report" names many), an e-mail for a "thread", and the retrieval score of the
    request's best unit in it; none when the request names no kind of document and no file's name."""
    wanted = set(topic)
    nouns = wanted & DOCUMENT_NOUNS
    best_retrieval: dict[str, float] = {}
    for p in retrieved:
        best_retrieval[p.doc_id] = max(best_retrieval.get(p.doc_id, 0.0), float(p.score))
    scored = []
    for d in documents:
        name_terms = _name_terms(d, [p.text for p in retrieved if p.doc_id == d.doc_id])
        hits = len(_matching(wanted - DOCUMENT_NOUNS, name_terms)) + 0.5 * len(nouns & name_terms)
        if nouns & _EMAIL_NOUNS and d.kind == "eml":
            hits += 1.0
        scored.append((hits + best_retrieval.get(d.doc_id, 0.0), hits, d))
    if not scored or not (nouns or any(h >= 1 for _, h, _ in scored)):
        return None
    scored.sort(key=lambda s: -s[0])
    return scored[0][2] if scored[0][0] > 0 else None


def _naming_words(question: str, parties: set[str]) -> list[str]:
    """The request's words that name the claim's parties ("on *ferreira*"): they pick the claim, and
    would draw the digest to every line that repeats the name."""
    return [rf"\b{re.escape(w)}\b" for w in re.findall(r"[A-Za-z][\w'-]+", question)
            if (t := terms(w)) and t <= parties and not t & DOCUMENT_NOUNS]


def _matching(wanted: set[str], names: set[str]) -> set[str]:
    """The wanted words a file's name holds, whole or cut short as file names cut them ("subro"
    for the request's "subrogation", "corresp" for "correspondence")."""
    return {w for w in wanted if w in names or any(len(n) >= 4 and w.startswith(n) for n in names)}


def _name_terms(document: DocumentInfo, texts: Sequence[str]) -> set[str]:
    """The words of a document's file name, with the acronyms in it spelled out as the document
    itself spells them ("bcso_crash_report.txt" whose header reads "Brantley County Sheriff's
    Office": a request for "the sheriff's report" names it)."""
    found = terms(re.sub(r"[-_.]", " ", document.name))
    acronyms = {t for t in re.findall(r"[a-z]+", document.name.lower()) if 2 < len(t) <= 6}
    for text in dict.fromkeys(texts):
        words = re.findall(r"[A-Za-z][\w'&-]*", text)
        initials = "".join(w[0] for w in words).lower()
        for acronym in acronyms:
            at = initials.find(acronym)
            if at >= 0:
                found |= terms(" ".join(words[at:at + len(acronym)]))
    return found


def answer_digest(claim: ClaimRecord, documents: Sequence[DocumentInfo], *, question: str, topic: Sequence[str],
                  gather: Gather, embed: Callable[[list[str]], Any]) -> ExpertResult | None:
    """The digest of the document or topic the request names (None when it names neither, or no
    unit is found: the claim card answers)."""
    about = topical_terms(topic, claim, documents)
    if not about:
        return None
    phrase = " ".join(about)
    first = gather([question, phrase])
    parties = _party_terms(claim)
    document = named_document([t for t in topic if t not in parties], documents,
                              [p for passages, _ in first for p in passages])
    if document is not None and len(documents) == 1 and not set(topic) & DOCUMENT_NOUNS:
        return None  # "the ferncliff subro" of a claim whose one file is the subrogation demand: the claim
    if document is not None and len(documents) == 1 and _names_only(about, document):
        return None  # "summarize the umbrella notice" of a claim whose one file it is: the claim's card
    if document is None and not (_ASKS.search(question) or set(about) & HANDLING_TOPICS):
        return None  # "the harvest lane slip and fall": words that describe the claim, not a topic of it
    queries = [f"{phrase}: {a}" for a in ASPECTS] if document is not None else []
    units = [u for _, batch in (*first, *(gather(queries) if queries else [])) for u in batch]
    if document is not None:
        units = [u for u in units if u.passage.doc_id == document.doc_id]
    candidates = _candidates(units, document)
    if not candidates:
        return None
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", question) if stem(w) in set(about)}
    titled = {c.place for c in candidates if document is not None and _titled(c.head, named)}
    picked = _pick(candidates, question, embed, topic_only=document is None or bool(_ASKS.search(question)),
                   names=[claim.claim_id, *claim.policy_numbers, *_naming_words(question, parties)], titled=titled,
                   findings=document is not None)
    if not picked:
        return None
    sources = Sources()
    lines = [f"- {_short(c.text)} {c.cite(sources)}" for c in sorted(picked, key=lambda c: c.order)]
    head = (f"{document.name} ({claim.claim_id}):" if document is not None
            else f"{claim.claim_id}, on {_asked(question, about)}:")
    return ExpertResult("\n".join([head, *lines]), "summary", sources.citations, [claim.claim_id],
                        {"kind": "digest", "document": document.name if document else None, "about": about})


_WHO = frozenset(stem(w) for w in "name names people parties".split())
"""What "who" asks, as the request's topic reads it: the card's parties."""


def _names_only(about: Sequence[str], document: DocumentInfo) -> bool:
    """Whether a request's topic is only the document it names (its file name's words, a kind of
    document, who is in it): nothing within the document is asked, so the whole of it is."""
    named = terms(re.sub(r"[-_.]", " ", document.name))
    return all(len(t) < 2 or t in named or t in DOCUMENT_NOUNS or t in _WHO for t in about)


TITLE_LINES = 3
TITLED = 0.15
"""What a unit gains when its page or section is titled with the request's words: "the incident
report" is the form's first page, not the carrier's notice scanned behind it."""


def _titled(head: str, wanted: set[str]) -> bool:
    """Whether a page's or section's heading or first lines hold a word of the request (besides
    the kind of document, unless that is all the request names)."""
    words = {w for w in wanted if stem(w) not in DOCUMENT_NOUNS} or wanted
    held = {w.rstrip("s") for w in re.findall(r"[a-z]+", re.sub(r"\b(\w) (?=\w\b)", r"\1", head).lower())}
    return bool({w.rstrip("s") for w in words} & held)  # the words themselves: "incident" is no "loss" here


HANDLING_TOPICS = frozenset(stem(w) for w in (
    "payment payments paid reserve reserves subrogation recovery coverage liability negotiation negotiations "
    "settlement demand treatment medical damages estimate estimates invoice invoices expenses costs timeline "
    "diary investigation witnesses statements injuries"
).split())
"""What claim handling is about, in any line of business: a request naming one ("a rundown of
the payments") asks for that topic, not for the claim's card."""
_ASKS = re.compile(r"\b(?:what|what's|whats|where|how|who|whom|when|why|which)\b", re.I)
"""A request that asks a question ("what's been paid", "where the negotiation ended up") has a
topic; one that only names the claim ("the Fairley slip and fall") has none."""


def _asked(question: str, about: Sequence[str]) -> str:
    """The request's own words for its topic (``what's been paid``), for the digest's header."""
    wanted = set(about)
    words = re.findall(r"[\w'-]+", question)
    kept = [w for w in words if stem(w) in wanted]
    return " ".join(kept) or " ".join(about)


def _candidates(units: Sequence[Unit], document: DocumentInfo | None) -> list[_Candidate]:
    """The retrieved units, and for a document its lines located at ingest (its dated, labelled
    and named lines and its summary points: the parts of it no question retrieved), once each."""
    out: dict[str, _Candidate] = {}
    seen_contexts: dict[str, int] = {}
    heads: dict[tuple[int, str], str] = {}
    for u in units:
        text = _QUOTED.sub("", " ".join(display_line(u.text).split())).strip()
        key = text.lower()
        if key in out or len(text.split()) < 3 or is_boilerplate(text) or text.endswith("?"):
            continue  # (a question, as a statement's interviewer asks it, states nothing)
        ctx = seen_contexts.setdefault(u.passage.node_id, len(seen_contexts))
        at = u.passage.text.find(u.excerpt)
        head = " ".join([u.passage.section or "", *u.passage.text.splitlines()[:TITLE_LINES]])
        heads.setdefault((u.passage.page or 0, u.passage.section or ""), head)
        out[key] = _Candidate(text, (u.passage.document, u.passage.page or 0, ctx, max(at, 0)),
                              lambda sources, u=u: sources.cite_passage(u.passage, u.excerpt),  # type: ignore[misc]
                              u.is_record, u.passage.node_id, head, u.passage.section or "")
    if document is not None:
        lines: list[FactLine | SummaryPoint] = [*document.fact_lines,
                                                *(p for p in document.summary_points if p.kind != "lead")]
        for at, line in enumerate(lines):
            text = _QUOTED.sub("", " ".join(display_line(line.text).split())).strip()
            key = text.lower()
            if key in out or len(text.split()) < 3 or is_boilerplate(text) or text.endswith("?") or not (
                    is_record_line(text) or text[:1].isupper() and re.search(r"[.!?)]$", text)):
                continue  # a line of an e-mail's wrapped paragraph is no sentence
            place = f"{line.page}:{line.section}"
            head = heads.get((line.page or 0, line.section or ""), line.section or "")
            out[key] = _Candidate(text, (document.name, line.page or 0, len(seen_contexts), at),
                                  lambda sources, line=line: sources.cite_line(document, line),  # type: ignore[misc]
                                  is_record_line(text), place, head, line.section or "")
    return list(out.values())


_BOILERPLATE = re.compile(r"\bpage \d+ (?:of|/) \d+\b|\bconfidential\b|\bform [a-z0-9-]+ \(rev\b|\(rev\.? [\d/.-]+\)|"
                          r"^(?:rcvd|received)\b.{0,12}\d{4}", re.I)
"""A page footer, a form's revision, a received stamp ("RCVD MAR 11 2025 scan 01")."""
_MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|sent|date|subject|importance|attachments?)\s*:|"
                          r"-{3,}\s*(?:original|forwarded) message", re.I)
_CONTACT = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bfax\b|\bwww\.", re.I)
_QUOTED = re.compile(r"^(?:>\s*)+")


def is_boilerplate(text: str) -> bool:
    """What every document carries and no summary needs: an e-mail's header fields, a page
    footer, a form's revision line, a contact block (phones, e-mails, fax), a bare heading."""
    if not any(c.isalpha() for c in text) or _MAIL_HEADER.search(text) and "; " not in text:
        return True  # (a table row of "Date: ...; Payee: ..." pairs is no e-mail header)
    if _BOILERPLATE.search(text) and len(text.split()) < 12:
        return True
    contacts = len(_CONTACT.findall(text))
    if contacts >= 2 or contacts and len(text.split()) <= 6:
        return True
    words = text.split()
    if len(words) <= 8 and ":" not in text and not re.search(r"\d", text) and sum(
            w.isupper() for w in words if any(c.isalpha() for c in w)) * 2 >= len(words):
        return True  # "ADJUSTER STATUS NOTES (hand entered)": a form's heading
    return is_heading(text)


def _values(text: str) -> int:
    return sum(1 for kind in ("amount", "date", "time", "person", "organisation", "id") if find_values(kind, text))


def _pick(candidates: list[_Candidate], question: str, embed: Callable[[list[str]], Any], *,
          topic_only: bool, names: Sequence[str] = (), titled: set[str] | frozenset[str] = frozenset(),
          findings: bool = False) -> list[_Candidate]:
    """The most central units within :data:`MAX_CHARS`: similarity to the request and to the
    centroid of the units (a topic's digest leans on the request), a bonus per kind of value; for
    a document (``findings``), its similarity to what a document concludes too."""
    asked = strip_ids(question)  # the claim's number names it: a line quoting it is no closer to the topic
    for name in names:
        asked = re.sub(name if name.startswith(r"\b") else re.escape(name), " ", asked, flags=re.I)
    sections = list(dict.fromkeys(c.section for c in candidates if c.section))
    extra = [FINDINGS] if findings else []
    vectors = np.asarray(embed([asked, *(c.text for c in candidates), *sections, *extra]), dtype=np.float32)
    q, unit_v = vectors[0], vectors[1:len(candidates) + 1]
    heading = dict(zip(sections, (vectors[len(candidates) + 1:len(candidates) + 1 + len(sections)] @ q).tolist()))
    centroid = unit_v.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    kind = question_kind(question)
    centrality = CENTRALITY_WEIGHT * (0.5 if topic_only else 1.0)
    scores = QUESTION_WEIGHT * (unit_v @ q) + centrality * (unit_v @ centroid)
    if findings:
        scores += FINDINGS_WEIGHT * (unit_v @ vectors[-1])
    for i, c in enumerate(candidates):
        scores[i] += VALUE_WEIGHT * min(3, _values(c.text)) + (TITLED if c.place in titled else 0.0)
        scores[i] += LENGTH_WEIGHT * min(1.0, len(c.text.split()) / 30)
        if topic_only:  # a request that asks something: the section about it ("what did they conclude")
            scores[i] += HEADING_WEIGHT * max(0.0, heading.get(c.section, 0.0))
        if kind and kind in ("amount", "date", "time", "person", "organisation", "id") and find_values(kind, c.text):
            scores[i] += 0.1
    floor = float(scores.max()) - TOPIC_SPREAD if topic_only else -np.inf
    picked: list[int] = []
    used = 0
    for i in (int(i) for i in np.argsort(-scores)):
        if scores[i] < floor:
            continue
        size = min(len(candidates[i].text), UNIT_CHARS) + 8
        if used + size > MAX_CHARS:
            continue
        if (not candidates[i].record and picked  # rows of one table are alike, their values are not
                and float(max(unit_v[j] @ unit_v[i] for j in picked)) >= REDUNDANCY):
            continue
        if any(candidates[i].text in candidates[j].text or candidates[j].text in candidates[i].text for j in picked):
            continue
        picked.append(i)
        used += size
    return [candidates[i] for i in picked]


def _short(text: str, limit: int = UNIT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
