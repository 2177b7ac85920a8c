"""The summary expert: a short, quoted overview of one claim.

At ingest, :func:`summarize_document` picks the few sentences of each document that best say
what happened (the type and cause of loss, the narrative, key decisions, totals), verbatim
with page and section. At question time, :func:`answer_summary` puts a header of registry facts
(each cited to the line that states it) above 3-6 of those points. Nothing is generated: every
line of the overview is a quote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.documents import ClaimMetadata, ParsedDocument
from rag.experts.facts import describe_claim
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import (
    content_terms,
    display_line,
    is_record_line,
    paragraphs,
    sentences,
    stem,
    terms,
    with_marker,
)
from rag.records import ClaimRecord, DocumentInfo, Passage, SummaryPoint

_LOSS_TYPE_LABEL = re.compile(
    r"^\s*(?:[-*]\s+)?(?:type of loss|loss type|cause of loss|peril|nature of loss|loss cause|"
    r"claim type|coverage type|type of claim)\s*:\s*\S", re.I
)
_NARRATIVE_HEADING = re.compile(
    r"loss description|description of (?:the )?loss|narrative|what happened|facts of loss|"
    r"circumstances|summary|incident|accident description|details of loss|loss details|"
    r"statement|cause|overview|background", re.I
)
_LOSS_WORDS = re.compile(
    r"\b(?:struck|strike|collided|collision|rear-ended|hit|crashed|burst|leak(?:ed|ing)?|"
    r"fire|smoke|flood(?:ed|ing)?|water|hail|wind|storm|tree|stolen|theft|broke(?:n)? into|"
    r"vandal\w*|slipped|fell|injur\w*|damaged?|lightning|freez\w*|collapsed?|overflow\w*)\b", re.I
)
_DECISION_WORDS = re.compile(
    r"\b(?:approved?|approval|denied|denial|declined|recommend\w*|coverage (?:is )?confirmed|"
    r"covered|not covered|accepted|liability|settle\w*|closed?|authori[sz]ed|reserve|"
    r"total loss|subrogation|exclusion|payment (?:was )?issued|paid)\b", re.I
)
_TOTAL_LABELS = ("total", "payout", "settlement", "net", "estimate", "payment", "paid", "approved")
_MAX_POINTS_PER_DOC = 6


def summarize_document(doc: ParsedDocument, meta: ClaimMetadata) -> list[SummaryPoint]:
    """The sentences of one document that best describe the loss, verbatim, best first.

    Run at ingest; the result is the summary expert's index, stored with the document. A
    document that names no claim (guidelines, a policy wording) is summarized by the first
    sentence of each section instead: it has no loss to describe.
    """
    if not meta.claim_ids:
        return _section_leads(doc)
    scored: list[tuple[float, int, SummaryPoint]] = []
    order = 0
    total_lines = {a.text.strip() for a in meta.amounts if any(k in a.label for k in _TOTAL_LABELS)}
    for section in doc.sections:
        heading = section.heading
        if section.attachment:
            heading = f"{section.attachment}: {heading}" if heading else section.attachment
        in_narrative = bool(heading and _NARRATIVE_HEADING.search(heading))
        for para in paragraphs(section.text):
            record = is_record_line(para)
            pieces = [para] if record else sentences(para)
            for piece in pieces:
                order += 1
                kind, score = _judge(piece, record=record, in_narrative=in_narrative,
                                     total_lines=total_lines)
                if kind:
                    point = SummaryPoint(text=piece, page=section.page, section=heading, kind=kind)
                    scored.append((score - order * 0.002, order, point))
    scored.sort(key=lambda s: (-s[0], s[1]))
    picked: list[SummaryPoint] = []
    per_kind: dict[str, int] = {}
    limits = {"loss_type": 1, "narrative": 3, "decision": 2, "total": 2}
    for _, _, point in scored:
        if per_kind.get(point.kind, 0) >= limits[point.kind] or point.text in {p.text for p in picked}:
            continue
        per_kind[point.kind] = per_kind.get(point.kind, 0) + 1
        picked.append(point)
        if len(picked) >= _MAX_POINTS_PER_DOC:
            break
    return picked


def _section_leads(doc: ParsedDocument, *, limit: int = 8) -> list[SummaryPoint]:
    """The first sentence or bullet of each section: how reference documents state their rules."""
    points: list[SummaryPoint] = []
    for section in doc.sections:
        for para in paragraphs(section.text):
            if _FIELD_LINE.match(para):
                continue
            first = sentences(para)[0] if not is_record_line(para) else para
            if len(first.split()) >= 6:
                points.append(SummaryPoint(text=first, page=section.page, section=section.heading, kind="lead"))
                break
        if len(points) >= limit:
            break
    return points


_FIELD_LINE = re.compile(r"^\s*(?:[-*]\s+)?[A-Z][\w /&()'-]{0,40}:\s")


def _judge(text: str, *, record: bool, in_narrative: bool, total_lines: set[str]) -> tuple[str, float]:
    """What a unit is good for in a summary (``""`` for nothing) and how good."""
    n_words = len(text.split())
    if _LOSS_TYPE_LABEL.match(text):
        return "loss_type", 3.0
    if text.strip() in total_lines:
        return "total", 1.5 + (0.5 if "total" in text.lower() else 0.0)
    if record or n_words < 6 or n_words > 70:
        return "", 0.0
    loss_hits = len(_LOSS_WORDS.findall(text))
    decision_hits = len(_DECISION_WORDS.findall(text))
    if decision_hits and decision_hits >= loss_hits:
        return "decision", 1.2 + 0.2 * min(decision_hits, 3)
    if loss_hits or in_narrative:
        return "narrative", (1.0 if in_narrative else 0.4) + 0.3 * min(loss_hits, 3)
    return "", 0.0


_SUMMARY_WORDS = frozenset(
    "summarize summarise summary summaries overview overviews happened happen tell give gist recap "
    "rundown brief story claim claims file about me us our".split()
)


def summary_topic(question: str, *, ignore: Sequence[str] = ()) -> list[str]:
    """What a summary question is about beyond "summarize the claim": ``["coverage",
    "decision"]`` for "Summarize the coverage decision on CLM-2077"; empty for a plain request."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    question = re.sub(r"\bCLM[-\s]?\d+\b", " ", question, flags=re.I)
    return [t for t in content_terms(question) if t not in _SUMMARY_WORDS and stem(t) not in _SUMMARY_WORDS]


def answer_summary(
    claim: ClaimRecord,
    documents: Sequence[DocumentInfo],
    *,
    focus: Sequence[tuple[Passage, str]] = (),
    max_points: int = 5,
) -> ExpertResult:
    """An overview of one claim: a header of cited registry facts, then quoted lines: first the
    ``focus`` lines (what a topical request like "summarize the coverage decision" asks about,
    found by the needle ranker), then the summary points picked at ingest."""
    sources = Sources()
    lines = [describe_claim(claim, documents, sources)]
    seen: set[str] = set()
    for passage, unit in focus[:3]:
        seen.add(_key(unit))
        lines.append("- " + with_marker(display_line(unit), sources.cite_passage(passage, unit)))
    for doc, point in _pick_points(documents, max_points=max_points - len(lines) + 1):
        if _key(point.text) in seen:
            continue
        lines.append("- " + with_marker(display_line(point.text), sources.cite_line(doc, point)))
    if len(lines) == 1 and not sources.citations:
        return ExpertResult(
            f"I found the documents of {claim.claim_id} ({len(documents)}) but no sentences that "
            "describe the loss.", "none", claim_ids=[claim.claim_id],
        )
    return ExpertResult("\n".join(lines), "summary", sources.citations, [claim.claim_id],
                        {"focus": [u[:120] for _, u in focus[:3]]})


def answer_document_summary(doc: DocumentInfo, *, max_points: int = 6) -> ExpertResult | None:
    """An overview of one document that names no claim (e.g. the handling guidelines): the
    first sentence of its sections, quoted."""
    if not doc.summary_points:
        return None
    sources = Sources()
    lines = [f"{doc.name}:"]
    for point in doc.summary_points[:max_points]:
        lines.append("- " + with_marker(display_line(point.text), sources.cite_line(doc, point)))
    return ExpertResult("\n".join(lines), "summary", sources.citations, [], {"document": doc.name})


def claims_described(topic: Sequence[str], documents_by_claim: Mapping[str, Sequence[DocumentInfo]]) -> list[str]:
    """The claim a description fits ("the water damage claim"): the one whose type of loss shares
    the most words with the topic; none when no claim or several fit equally."""
    scores: dict[str, int] = {}
    for claim_id, docs in documents_by_claim.items():
        words: set[str] = set()
        for doc in docs:
            for point in doc.summary_points:
                if point.kind == "loss_type":
                    words |= terms(point.text)
        scores[claim_id] = len(set(topic) & (words - _GENERIC_LOSS_WORDS))
    best = max(scores.values(), default=0)
    winners = [c for c, n in scores.items() if n == best]
    return winners if best > 0 and len(winners) == 1 else []


_GENERIC_LOSS_WORDS = frozenset({"loss", "claim", "type", "damage", "cause"})


def documents_named(topic: Sequence[str], documents: Sequence[DocumentInfo]) -> list[DocumentInfo]:
    """Documents outside any claim whose file name holds every topic word ("our claims handling
    guidelines" -> ``claims-handling-guidelines.md``)."""
    wanted = set(topic)
    if not wanted:
        return []
    return [d for d in documents if not d.claim_id and wanted <= terms(re.sub(r"[-_.]", " ", d.name))]


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


_KIND_ORDER = {"narrative": 0, "decision": 1, "total": 2}


def _pick_points(documents: Sequence[DocumentInfo], *, max_points: int) -> list[tuple[DocumentInfo, SummaryPoint]]:
    """Round-robin over documents so one long report does not crowd out the invoice and the
    decision letter: the narrative first, then decisions, then totals."""
    queues = {kind: [(d, p) for d in documents for p in d.summary_points if p.kind == kind]
              for kind in _KIND_ORDER}
    quota = {"narrative": 2, "decision": 2, "total": 2}
    picked: list[tuple[DocumentInfo, SummaryPoint]] = []
    seen: set[str] = set()
    for kind in _KIND_ORDER:
        used_docs: set[str] = set()
        queue = queues[kind]
        ordered = [x for x in queue if x[0].doc_id not in used_docs]
        for doc, point in ordered:
            if len(picked) >= max_points or quota[kind] == 0:
                break
            key = re.sub(r"\W+", " ", point.text.lower())
            if key in seen or (doc.doc_id in used_docs and kind != "narrative"):
                continue
            seen.add(key)
            used_docs.add(doc.doc_id)
            quota[kind] -= 1
            picked.append((doc, point))
    return picked
