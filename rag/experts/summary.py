"""The summary expert: a short, quoted overview of one claim.

At ingest, :func:`summarize_document` picks the few sentences of each document that best say
what happened (the type and cause of loss, the narrative, key decisions, totals), verbatim
with page and section. At question time, :func:`answer_summary` puts a header of registry facts
(each cited to the line that states it) above 3-6 of those points. Nothing is generated: every
line of the overview is a quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

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
from rag.router import LOSS_NOUNS, asks_for_timeline

if TYPE_CHECKING:
    from rag.experts.card import Find
    from rag.experts.digest import Gather

_LOSS_TYPE_LABEL = re.compile(
    r"^\s*(?:[-*]\s+)?(?:type of loss|loss type|cause of loss|peril|nature of loss|loss cause|"
    r"claim type|type of claim|type of injury|(?:incident|crash|accident|collision|damage|event) type)\s*:\s*\S", re.I
)
_INJURY_LABEL = re.compile(r"^\s*(?:[-*]\s+)?(?:injury|nature of injury|injuries)\s*:\s*\S", re.I)
_LOSS_LINE_TYPE = re.compile(r"^\s*(?:date of )?(?:loss|incident|claim|accident)\b[^:]{0,20}:\s*\S.{0,40}?\s"
                             r"(?:type|cause|peril)\s*:\s*\S", re.I)
"""A form's line that states the loss and its type ("Date of Loss: 03/09/2025  Type: Premises")."""
_CHECKBOX = re.compile(r"\[\s*[xX\u2713\u2714]?\s*\]")
"""A form's check box: "INJURY: [X] yes [ ] no" says that there was one, not what the loss was."""
_TYPE_VALUE = re.compile(r"\b(?:type|cause|peril|nature)(?: of (?:loss|claim|injury|incident))?\s*:\s*(.+)$", re.I)
_NEXT_LABEL = re.compile(r"\s{2,}\S|\s(?:[A-Z][A-Za-z/]*\s){0,2}[A-Z][A-Za-z/]*:\s")


def loss_type_value(text: str) -> str:
    """What a loss-type line says the loss was: the value of its type label ("Premises -
    slip/fall BI" of "Date of Loss: 03/09/2025 Type: Premises - slip/fall BI"), up to the line's
    next label."""
    m = _TYPE_VALUE.search(text)
    value = m.group(1) if m else (text.split(":", 1)[1] if ":" in text else text)
    value = value.strip()
    cut = _NEXT_LABEL.search(value)
    return (value[: cut.start()] if cut and cut.start() > 2 else value).strip(" -;,")


def _loss_type_score(text: str) -> float:
    """3 for a line labelling the type of loss, 2.6 for one labelling the injury, 0 for neither
    (or a check box: a form's "Injury: [X] yes")."""
    label = _LOSS_TYPE_LABEL.match(text) or _LOSS_LINE_TYPE.match(text)
    injury = not label and _INJURY_LABEL.match(text)
    if not (label or injury) or _CHECKBOX.search(loss_type_value(text)[:16] or text.split(":", 1)[1][:16]):
        return 0.0
    return 3.0 if label else 2.6
_NARRATIVE_HEADING = re.compile(
    r"loss description|description of (?:the )?(?:loss|incident|injury|accident)|narrative|"
    r"what happened|how the \w+ happened|facts of loss|circumstances|summary|accident description|"
    r"details of loss|loss details|origin and cause|sequence of events", re.I
)
_LOSS_WORDS = re.compile(
    r"\b(?:struck|strike|collided|collision|rear-ended|hit|crashed|hydroplaned|burst|split|leak(?:ed|ing)?|"
    r"fire|smoke|flood(?:ed|ing)?|water|hail|wind|storm|tree|stolen|theft|burglary|broke(?:n)? into|forced|"
    r"vandal\w*|slipped|fell|fall|injur\w*|damaged?|lightning|froze|frozen|freez\w*|collapsed?|"
    r"overflow\w*|lift(?:ed|ing)?|strain|spill\w*|spread)\b", re.I
)
_DECISION_WORDS = re.compile(
    r"\b(?:approved?|approval|denied|denial|declined|recommend\w*|coverage (?:is )?confirmed|"
    r"covered|not covered|does not pay|not included|accepted|compensab\w*|liability|settle\w*|closed?|"
    r"authori[sz]ed|total loss|subrogation|exclusion|payment (?:was )?issued|paid)\b", re.I
)
_DECISION_HEADING = re.compile(
    r"what is (?:not )?covered|coverage (?:decision|position|analysis)|\bdecision\b|recommendation|"
    r"conclusion|determination|liability (?:evaluation|analysis)", re.I
)
_REFUSAL = re.compile(r"\bnot covered\b|\bdoes not pay\b|\bnot included\b|\bdenied\b|\bdeclined\b|"
                      r"\bexcluded\b|\bnot payable\b", re.I)
_DECISION_LABEL = re.compile(
    r"^\s*(?:[-*]\s+)?(?:claim status|status|coverage decision|decision|not covered|denied|"
    r"settlement amount|recommendation|liability)\s*:\s*\S", re.I
)
_NOT_A_POINT = re.compile(
    r"\bpage \d+ of \d+\b|^(?:from|to|cc|subject|date|sent):|"
    r"^(?:this|the|our) (?:summary|report|email|e-mail|letter|document|schedule|estimate|notes?) "
    r"(?:was|is|has been|were)\b", re.I
)
_CONTEXT_PRONOUN = re.compile(r"^(?:they|it|this|these|those|he|she|her|his|their|its|that)\b", re.I)
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
        under, at = _heading_kind(heading), 0
        for para in paragraphs(section.text):
            if is_heading(para):
                under, at = _heading_kind(para), 0
                continue
            record = is_record_line(para)
            for piece in [para] if record else sentences(para):
                order += 1
                kind, score = _judge(piece, record=record, under=under, at=at, total_lines=total_lines)
                if not record:
                    at += 1
                if kind:
                    score = round(score - order * 0.002, 3)
                    point = SummaryPoint(text=piece, page=section.page, section=heading, kind=kind, score=score)
                    scored.append((score, order, point))
    scored.sort(key=lambda s: (-s[0], s[1]))
    picked: list[SummaryPoint] = []
    per_kind: dict[str, int] = {}
    limits = {"loss_type": 1, "narrative": 3, "decision": 3, "total": 2}
    for _, _, point in scored:
        if per_kind.get(point.kind, 0) >= limits[point.kind] or point.text in {p.text for p in picked}:
            continue
        per_kind[point.kind] = per_kind.get(point.kind, 0) + 1
        picked.append(point)
        if len(picked) >= _MAX_POINTS_PER_DOC:
            break
    return picked


def is_heading(line: str) -> bool:
    """A short line that names what follows (``How the Injury Happened``, ``SUMMARY``, a form's
    ``WHAT HAPPENED (customer's words):``)."""
    words = line.split()
    if line.rstrip().endswith(":") and 1 <= len(words) <= 6 and (
            _NARRATIVE_HEADING.search(line) or _DECISION_HEADING.search(line)):
        return True
    return (
        1 <= len(words) <= 8
        and not re.search(r"[.:;,!?]$", line)
        and not is_record_line(line)
        and sum(w[0].isupper() for w in words if w[0].isalpha()) >= max(1, len(words) - 2)
    )


def _heading_kind(heading: str | None) -> str | None:
    """``narrative`` under "Summary"/"How the Injury Happened", ``decision`` under "What Is Not
    Covered"/"Recommendation", else None."""
    if heading and _DECISION_HEADING.search(heading):
        return "decision"
    if heading and _NARRATIVE_HEADING.search(heading):
        return "narrative"
    return None


def _judge(text: str, *, record: bool, under: str | None, at: int, total_lines: set[str]) -> tuple[str, float]:
    """What a unit is good for in a summary (``""`` for nothing) and how good. ``under`` is the
    kind of heading the unit stands under and ``at`` its position there: the first sentences
    under "Summary" say best what happened, those under "What Is Not Covered" what was decided."""
    if _NOT_A_POINT.search(text):
        return "", 0.0
    loss_type = _loss_type_score(text)
    if loss_type:
        return "loss_type", loss_type
    if text.strip() in total_lines:
        lowered = text.lower()
        if "subtotal" in lowered or "sub-total" in lowered:
            return "", 0.0
        return "total", 1.5 + 0.5 * bool(re.search(r"\btotal|\bpaid\b|\bpayable\b|\bsettlement\b|\bfinal\b", lowered))
    if record:
        return ("decision", 1.6) if _DECISION_LABEL.match(text) else ("", 0.0)
    n_words = len(text.split())
    if n_words < 7 or n_words > 70 or not re.search(r"[.!?][\"')]?$", text):
        return "", 0.0
    penalty = 0.4 if _CONTEXT_PRONOUN.match(text) else 0.0
    loss_hits = len(_LOSS_WORDS.findall(text))
    decision_hits = len(_DECISION_WORDS.findall(text))
    if _REFUSAL.search(text):
        decision_hits += 2  # what is *not* paid is what an adjuster most needs to see
    if under == "narrative":
        return "narrative", 1.4 + 0.2 * min(loss_hits, 3) - 0.15 * min(at, 4) - penalty + 0.3 * (at == 0)
    if under == "decision":
        return "decision", 1.5 + 0.2 * min(decision_hits, 3) - 0.1 * min(at, 4) - penalty
    if decision_hits and decision_hits >= loss_hits:
        return "decision", 1.2 + 0.2 * min(decision_hits, 3) - penalty
    if loss_hits:
        return "narrative", 0.4 + 0.3 * min(loss_hits, 3) - penalty
    return "", 0.0


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


_SUMMARY_WORDS = frozenset(
    stem(w) for w in "summarize summarise summary summaries overview overviews happened happen tell give gist "
    "recap rundown brief story claim claims file about me us our sum up quick short version please tl dr tldr "
    "lowdown catch".split()
)


_DESCRIBED = re.compile(r"\b(?:the|this|that|our|his|her|their)\s+((?:[\w'&-]+\s+){0,4}?)"
                       rf"((?:total\s+)?(?:{LOSS_NOUNS}))\b(?!\s+(?:claim|file|loss|matter|case)s?\b)", re.I)


def claim_description_terms(question: str) -> set[str]:
    """The words that describe the claim itself ("the valcourt *water* claim", "the arredondo *WC*
    file", "the alder creek *fire*", "the okoro *total loss*"): they pick the claim, they are no
    topic for the summary to focus on."""
    return {t for m in _DESCRIBED.finditer(question) for t in content_terms(f"{m.group(1)} {m.group(2)}")}


_PHRASE = re.compile(r"\b(?:the|this|that|our|his|her|their)\s+((?:[\w'&./-]+\s+){0,4}[\w'&./-]+)", re.I)
_PHRASE_END = re.compile(r"\s+(?:on|for|of|in|at|with|about|from|to|and|claim|file|pls|please)\b.*$", re.I)


def naming_phrase_terms(question: str, documents: Sequence[DocumentInfo]) -> set[str]:
    """The words of a phrase that names the claim by a party's name ("the *Ostrowski dental pre-d*",
    "the *Redfern equipment* theft"): a phrase that holds a word the claim's files write only as a
    name (always capitalised: "OSTROWSKI, CELIA R.", "Redfern Excavation LLC"), and no word of a
    topic or a kind of document ("the coverage decision", "the sheriff's report" are asked about,
    however their files capitalise them). They pick the claim; they are no topic of its summary."""
    texts = [x for d in documents for x in [*(f.text for f in d.fact_lines), *(p.text for p in d.summary_points)]]
    if not texts:
        return set()
    from rag.experts.digest import DOCUMENT_NOUNS, HANDLING_TOPICS, WHOLE_CLAIM

    asked_about = DOCUMENT_NOUNS | HANDLING_TOPICS | WHOLE_CLAIM
    written: dict[str, bool] = {}  # word -> only ever capitalised
    for text in texts:
        for w in re.findall(r"[A-Za-z][a-z'-]*|[A-Z][A-Z'-]+", text):
            key = w.lower()
            written[key] = written.get(key, True) and w[0].isupper()
    found: set[str] = set()
    for m in _PHRASE.finditer(question):
        phrase = _PHRASE_END.sub("", m.group(1))
        words = re.findall(r"[A-Za-z][\w'-]*", phrase)
        if {t for w in words for t in terms(w)} & asked_about:
            continue  # "the coverage decision", "the sheriff's report": a topic or a document, however written
        if any(written.get(w.lower()) and len(w) >= 4 and w.lower() not in _SUMMARY_WORDS for w in words):
            found |= {t for w in words for t in terms(w)}
    return found


def summary_topic(question: str, *, ignore: Sequence[str] = ()) -> list[str]:
    """What a summary question is about beyond "summarize the claim": ``["coverage",
    "decision"]`` for "Summarize the coverage decision on CLM-2077"; empty for a plain request."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    question = re.sub(r"\bCLM[-\s]?\d+(?:-[0-9A-Z]+)*\b", " ", question, flags=re.I)
    return [t for t in content_terms(question) if t not in _SUMMARY_WORDS]


def _loss_run_row_card(claim: ClaimRecord, documents: Sequence[DocumentInfo], question: str) -> ExpertResult | None:
    """"Sum up the jackknife claim on the fleet": when the claim's files are all loss runs (a run is
    filed under one of its claims), the row the question's words describe, each of its cells and
    its notes, cited; None when the files are no run or no one row fits better than the others."""
    from rag.experts.loss_runs import read_runs

    runs = read_runs(documents)
    if not runs.rows or not documents or any(d.doc_id not in runs.documents for d in documents):
        return None
    naming = set().union(*(runs.naming_words(d) for d in runs.documents))
    wanted = {t for t in content_terms(question) if t not in _SUMMARY_WORDS} - {t for w in naming for t in terms(w)}
    if not wanted:
        return None
    scored = sorted(((len(wanted & terms(" ".join([r.line.text, *(n.text for n in r.notes)]))), i, r)
                     for i, r in enumerate(runs.rows)), key=lambda x: (-x[0], x[1]))
    if scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    row = scored[0][2]
    sources = Sources()
    cite = sources.cite_line(row.document, row.line)
    cells = "; ".join(f"{h}: {v}" for h, v in row.cells.items() if v and h != next(iter(row.cells)))
    lines = [f"{row.claim_id} (a row of {row.document.name}{'' if row.ours else ', another carrier'}) {cite}",
             f"{cells} {cite}"]
    lines += [f"Notes: {display_line(n.text)} {sources.cite_line(row.document, n)}" for n in row.notes[:2]]
    return ExpertResult("\n".join(lines), "summary", sources.citations, [claim.claim_id], {"kind": "run_row"})


def answer_summary(
    claim: ClaimRecord,
    documents: Sequence[DocumentInfo],
    *,
    focus: Sequence[tuple[Passage, str]] = (),
    topic: Sequence[str] = (),
    max_points: int = 5,
    find: Find | None = None,
    embed: Callable[[list[str]], Any] | None = None,
    question: str = "",
    gather: Gather | None = None,
    loose: Sequence[DocumentInfo] = (),
    gather_loose: Gather | None = None,
) -> ExpertResult:
    """An overview of one claim: the claim card (:mod:`rag.experts.card`), which puts what a
    topical request asks first. Without the fact selector (``find``), for a topical request: a
    header of cited registry facts, then quoted lines: first the ``focus`` lines (what a request
    like "summarize the coverage decision" asks about, found by the needle ranker), then the
    summary points picked at ingest, those of documents whose name matches the ``topic`` first
    (the coverage decision letter, for that request). A request about one document or one topic
    ("rundown of the police report", "what's been paid") gets that document's or topic's digest
    (:mod:`rag.experts.digest`) when ``gather`` can read its units. A request for a timeline gets the
    events in time order (:mod:`rag.experts.timeline`; ``loose``: the files in reach that name no
    claim, which a request may name, read by ``gather_loose``)."""
    row_card = _loss_run_row_card(claim, documents, question)
    if row_card is not None:
        return row_card
    named = terms(claim.claim_id) | {t for n in claim.policy_numbers for t in terms(n)}
    topic = [t for t in topic if t not in named]  # "IM/24/00781-C" in any shape names the claim: no topic
    topic = [t for t in topic if t not in naming_phrase_terms(question, documents)]
    focus = focus if topic else ()
    if gather is not None and embed is not None and question:
        from rag.experts.timeline import answer_timeline

        if asks_for_timeline(question):  # "walk me through the camera log": its events in time order
            timeline = answer_timeline(claim, documents, question=question, topic=topic, gather=gather, embed=embed,
                                       loose=loose, gather_loose=gather_loose)
            if timeline is not None and timeline.citations:
                return timeline
    if gather is not None and embed is not None and topic:
        from rag.experts.digest import answer_digest

        digest = answer_digest(claim, documents, question=question, topic=topic, gather=gather, embed=embed)
        if digest is not None and digest.citations:
            return digest
    if find is not None or (not focus and not topic):  # the claim card, what a topical request asks first
        from rag.experts.card import answer_claim_card

        card = answer_claim_card(claim, documents, find=find, embed=embed, focus=focus, topic=topic,
                                 question=question if (focus or topic) else "")
        if card.citations:
            return card
    sources = Sources()
    lines = [describe_claim(claim, documents, sources)]
    seen: set[str] = set()
    for passage, unit in focus[:2]:
        seen.add(_key(unit))
        lines.append("- " + with_marker(display_line(unit), sources.cite_passage(passage, unit)))
    for doc, point in pick_points(documents, max_points=max_points - len(lines) + 1, topic=topic):
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


def is_summary_sentence(text: str) -> bool:
    """A line fit to stand in an overview: a sentence of some length, or a labelled decision;
    not a heading, an e-mail header or a page footer."""
    if _NOT_A_POINT.search(text) or is_heading(text):
        return False
    return bool(_DECISION_LABEL.match(text)) or (len(text.split()) >= 7 and re.search(r"[.!?]$", text) is not None)


def loss_type_terms(documents: Sequence[DocumentInfo]) -> set[str]:
    """The words of a claim's type of loss ("Water damage - sudden discharge ...")."""
    found: set[str] = set()
    for doc in documents:
        for point in doc.summary_points:
            if point.kind == "loss_type":
                found |= terms(point.text)
    return found


def claims_described(topic: Sequence[str], documents_by_claim: Mapping[str, Sequence[DocumentInfo]]) -> list[str]:
    """The claim a description fits ("the water damage claim"): the one whose type of loss shares
    the most words with the topic; none when no claim or several fit equally."""
    scores = {
        claim_id: len(set(topic) & (loss_type_terms(docs) - _GENERIC_LOSS_WORDS))
        for claim_id, docs in documents_by_claim.items()
    }
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


_QUOTA = {"narrative": 2, "decision": 2, "total": 1}


def pick_points(
    documents: Sequence[DocumentInfo], *, max_points: int, topic: Sequence[str] = ()
) -> list[tuple[DocumentInfo, SummaryPoint]]:
    """The best points of the claim: what happened first, then decisions, then the total.
    Decisions come from different documents (the letter and the notes often say the same). For a
    topical request, the best points of the documents whose name matches the ``topic`` ("the
    coverage decision" letter) come first, whatever their kind."""
    wanted = set(topic)
    picked: list[tuple[DocumentInfo, SummaryPoint]] = []
    seen: set[str] = set()

    def take(doc: DocumentInfo, point: SummaryPoint) -> None:
        seen.add(_key(point.text))
        picked.append((doc, point))

    if wanted:
        focus = [d for d in documents if wanted & terms(re.sub(r"[-_.]", " ", d.name))]
        points = sorted(((d, p) for d in focus for p in d.summary_points if p.kind != "loss_type"),
                        key=lambda dp: -dp[1].score)
        for doc, point in points[: max(0, min(3, max_points))]:
            take(doc, point)
    for kind, quota in _QUOTA.items():
        used_docs = {d.doc_id for d, p in picked if p.kind == kind}
        queue = sorted(((d, p) for d in documents for p in d.summary_points if p.kind == kind),
                       key=lambda dp: -dp[1].score)
        for doc, point in queue:
            if len(picked) >= max_points or quota <= 0:
                break
            if _key(point.text) in seen or (kind != "narrative" and doc.doc_id in used_docs):
                continue
            used_docs.add(doc.doc_id)
            quota -= 1
            take(doc, point)
    order = {"narrative": 0, "decision": 1, "total": 2}
    return sorted(picked, key=lambda dp: order.get(dp[1].kind, 1))
