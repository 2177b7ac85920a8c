"""The needle expert: the one line of the claim file that states the fact asked for.

Retrieval hands over passages (merged parents can run to ~2048 tokens); quoting them whole would
bury the fact. The answer selector (:mod:`rag.selection`) cuts them into candidate units and
chooses among them with a fitted model; :func:`answer_needle` is that flow. The rule-based line
choice here (:func:`rank_lines`) is one of the selector's features, and the way the calculation
and summary experts find a labelled line. It scores every quotable unit by:

- word overlap with the question, after light stemming and claim synonyms, each word weighted
  by how rare it is among the retrieved units (``towing`` says more than ``cost``); the words of
  what is asked (the head: "the *dwelling limit* on the Vasquez policy") weigh more than those
  saying where to look, which may also match the section heading or the document's name;
- whether it holds the kind of value asked for (kinds and values are the selector's,
  :mod:`rag.selection.values`): a line without one is ruled out, and a value in the same clause
  as the words asked about counts more;
- the passage's retrieval score, as a tie-breaker; long units lose a little.

Its pick (:func:`rule_view`) is the first unit above :data:`MIN_SCORE` when the file mentions
every distinctive word of the question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from rag.experts.result import ExpertResult
from rag.experts.text import (
    CLAUSES,
    STOPWORDS,
    content_terms,
    display_line,
    stem,
    terms,
    units,
    words,
)
from rag.glossary import expand
from rag.records import Passage
from rag.selection import candidate_units, compose, select
from rag.selection.selector import Embed, defined_abbreviations_of, strip_ids
from rag.selection.values import find_values as kind_values
from rag.selection.values import question_kind

# -- what kind of value the question wants ------------------------------------------------
# The kinds of value and how a line holds one are the selector's (rag.selection.values): one
# place, for the rules and the selector alike.

_LEGACY_KINDS = {"money": "amount", "identifier": "id", "number": "count", "name": "person"}
"""Kind names callers of :func:`rank_lines` may still pass (the calculation expert's ``money``)."""
_NOT_REQUIRED = frozenset({"role", "address", "yesno"})
"""Kinds the rules do not require a line to hold: roles, places and yes/no answers are written
in too many ways for a pattern to rule a line out; the selector weighs them as a feature."""
_CLAIM_NO = re.compile(r"CLM[-\s]?\d[\w-]*")
"""Claim numbers are on every page; a line is no answer to "what is the X number" for holding one."""


def expected_type(question: str) -> str | None:
    """The kind of value a line must hold to answer the question, if any (see :data:`_NOT_REQUIRED`)."""
    kind = question_kind(question)
    return None if kind in _NOT_REQUIRED else kind


def find_values(kind: str, text: str, *, names: Sequence[str] = ()) -> list[str]:
    """The values of that kind in a line (a person: the known names first; an organisation may
    be written as a name alone, "Buckeye Towing")."""
    kind = _LEGACY_KINDS.get(kind, kind)
    if kind == "person":
        known = [n for n in names if n and n.lower() in text.lower()]
        return known or kind_values("person", text)
    if kind == "organisation":
        return kind_values("organisation", text) + kind_values("person", text)
    if kind == "id":
        return [v for v in kind_values("id", text) if not _CLAIM_NO.fullmatch(v)]
    return kind_values(kind, text)


# -- scoring --------------------------------------------------------------------------------

GENERIC = frozenset(
    stem(w) for w in "cost date name number claim pay loss insured policy amount time much many long happen "
    "vehicle department office agency company service value insurance coverage first last final".split()
)
"""Words most lines of a claim file share: they count, but a match on them alone is no answer."""

AMOUNT_KINDS = frozenset(
    stem(w) for w in "payment reserve limit deductible estimate demand settlement authority rate premium "
    "depreciation advance offer wage benefit".split()
)
"""Kinds of amount a claim file states. A question asking for one kind ("the business income
*payment*") is not answered by a figure whose clause names another kind and not the one asked
("Business Income *reserve* stays at $60,000.00")."""

MEASURE_NOUNS = AMOUNT_KINDS | frozenset(stem(w) for w in "cost number count".split())
"""Nouns that take their object with "for"/"of": in "the charge *for the steel door slab*" the
words after "for" are what is asked, not where to look."""

_AMOUNT_PHRASE = re.compile(
    r"((?:[\w'&/-]+\s+){1,3})(?:payments?|reserves?|limits?|deductibles?|estimates?|demands?|settlements?|"
    r"rates?|premiums?|costs?|charges?|prices?|amounts?|fees?|totals?|advances?)\b", re.I)


def amount_modifiers(head_text: str) -> list[tuple[str, ...]]:
    """The words naming which amount is asked, as phrases: ``business income`` of "the final
    business income payment", ``steel door slab`` of "the charge for the steel door slab" (the
    words next to the amount noun, up to a stopword; an owner, "the claimant's", is no kind).
    Where the claim file uses the phrase itself, the answer line, its section or its document
    must hold its words: a Business Personal Property payment is no answer about business income."""
    found: list[tuple[str, ...]] = []
    for m in _AMOUNT_PHRASE.finditer(head_text):
        noun = stem(m.group(0).split()[-1])
        after = re.match(r"\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?((?:[\w'&/-]+\s*){1,4})", head_text[m.end():], re.I)
        run: list[str] = []
        if after:  # "the charge for the steel door slab": the object says which amount
            for w in words(after.group(1)):
                if w in STOPWORDS:
                    break
                run.append(w)
        else:
            for w in reversed(words(m.group(1))):
                if w in STOPWORDS or w.endswith("'s"):
                    break
                run.insert(0, w)
        phrase = tuple(stem(w) for w in run)
        while phrase and phrase[0] in GENERIC:  # "the *final* business income payment"
            phrase = phrase[1:]
        if phrase:
            found.append(phrase if after or len(phrase) > 1 else (*phrase, noun))
    return found


MIN_SCORE = 0.35
"""The bar an answer line must clear (weighted share of the question's words, with bonuses)."""
STRONG_COVERAGE = 0.75
"""A line this well matched answers even if one question word appears nowhere in the file
(chat words: "going out", "running"); below it, a missing word means the file lacks the fact."""


@dataclass(frozen=True)
class Candidate:
    """One quotable unit of a retrieved passage and how well it answers."""

    unit: str
    passage: Passage
    score: float
    coverage: float
    """Weighted share of the question's words the unit (or, for context words, its document or
    section) holds."""
    values: tuple[str, ...]
    """The values of the expected kind in the unit (empty when none was expected)."""
    value: str | None = None
    """Of ``values``, the one in the clause closest to the words asked about."""
    similarity: float = 0.0
    """Embedding similarity of the best retrieved leaf holding the unit (0.6 of it when the unit
    only stands in the chunk around the leaf)."""

    @property
    def claim_id(self) -> str | None:
        return self.passage.claim_id


@dataclass(frozen=True)
class Ranking:
    """The units of the retrieved passages, best answer first, and what the question asked."""

    candidates: list[Candidate]
    missing: list[str]
    """Distinctive question words that no retrieved line, section or document name holds: the
    file does not talk about that thing, so nothing here can answer."""
    phrasing: list[str] = field(default_factory=list)
    """Question words no document in reach uses: left out of the matching."""


def rank_lines(
    question: str,
    passages: Sequence[Passage],
    *,
    names: Sequence[str] = (),
    contexts: Mapping[str, Passage] | None = None,
    ignore: Sequence[str] = (),
    kind: str | None = None,
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
) -> Ranking:
    """Score every quotable unit of the passages as an answer to ``question``.

    ``contexts`` maps a passage's ``node_id`` to the larger chunk around it (see
    ``Corpus.expand``): units are cut from the context, so a sentence split at a chunk edge is
    quoted whole, and a unit inside the retrieved passage itself keeps its full retrieval score.
    ``ignore`` holds words of the question that picked the claim (a name, a policy number):
    they are a filter, not words the answer line must contain. ``kind`` overrides the kind of
    value the question's wording asks for.

    The words of the question's head ("the *overhead and profit amount* in the Northstar
    estimate") count fully; words of its trailing context count less, and also match the
    document's name or the section heading (the Northstar estimate *is* the document).

    ``vocabulary`` tells which of some words any document in reach uses (``Corpus.vocabulary_has``).
    A question word that no retrieved line holds and no document in reach uses either ("tl;dr",
    "ballpark", "involved") is how the asker talks, not a topic the files lack: it is left out of
    the matching and of ``missing``, so it neither dilutes a line's coverage nor vetoes an answer.
    A word that qualifies the amount asked for ("the *hail* damage estimate") is never phrasing.
    """
    stripped = strip_ids(question, ignore)
    head, context = head_and_context(stripped)
    q_terms = list(dict.fromkeys([*head, *context]))
    kind = _LEGACY_KINDS.get(kind, kind) if kind else expected_type(question)
    pieces = list(_pieces(passages, contexts or {}))
    if not pieces or not q_terms:
        return Ranking([], [])
    located = {id(p): terms(f"{p.section or ''} {_document_words(p.document)}") for _, p, _, _ in pieces}
    everywhere = set().union(*(t for _, _, t, _ in pieces), *located.values())
    phrasing: list[str] = []
    if vocabulary is not None:
        phrasing = _phrasing(stripped, [t for t in q_terms if t not in everywhere and not t.isdigit()], vocabulary)
        if phrasing and len(phrasing) < len(q_terms):
            head = [t for t in head if t not in phrasing]
            q_terms = [t for t in q_terms if t not in phrasing]
    weights = _weights(q_terms, [t for _, _, t, _ in pieces])
    for t in q_terms:
        if t not in head:
            weights[t] *= 0.6
    which_noun = _which_noun(stripped, head)
    head_end = _head_end(stripped)
    modifiers: set[str] = set()
    if kind == "amount":
        for phrase in amount_modifiers(stripped[:head_end] if head_end is not None else stripped):
            if any(set(phrase) <= t for _, _, t, _ in pieces):  # a line of the file names that amount
                modifiers |= {t for t in phrase if t not in GENERIC and t not in AMOUNT_KINDS}
    asked_kinds = set(head) & AMOUNT_KINDS if kind == "amount" else set()
    focus = _focus_word(stripped, head)
    asks_why = kind == "reason"
    if focus:
        weights[focus] *= 1.3
    missing = [t for t in q_terms if t not in GENERIC and t not in everywhere and not t.isdigit()]
    distinctive = {t for t in q_terms if t not in GENERIC}
    if not any(t not in GENERIC for t in head):
        distinctive |= set(head)  # "the policy number for the theft claim": policy/number count
    total = sum(weights.values())
    head_key = [t for t in dict.fromkeys(head) if t not in GENERIC]
    head_weight = sum(weights[t] for t in head_key)
    top_score = max((r for _, _, _, r in pieces), default=0.0) or 1.0
    bigrams = _bigrams(q_terms)
    candidates: list[Candidate] = []
    for unit, passage, unit_terms, retrieval in pieces:
        if distinctive and not distinctive & unit_terms:
            continue
        values = tuple(find_values(kind, unit, names=names)) if kind else ()
        if kind and not values:
            continue
        around = located[id(passage)]
        coverage = sum(
            weights[t] * (1.0 if t in unit_terms else 0.8 if t in around and t not in head else
                          0.7 if t in around else 0.0)
            for t in q_terms
        ) / total
        if which_noun and which_noun not in unit_terms and which_noun not in around:
            continue  # "which doctor ...": a line naming no doctor names someone else
        if modifiers - unit_terms - around:
            continue  # "the business income payment": a payment of something else
        label_terms = terms(_label(unit))
        if asks_why and label_terms:
            continue  # "why ...": a line that gives no reason of its own ("Not Covered: $515.00")
        share, value = _value_in_clause(unit, values, head, weights)
        if asked_kinds and value is not None:
            said = _clause_of(unit, value)
            if said & AMOUNT_KINDS and not said & asked_kinds:
                continue  # asked for a payment, the figure is a reserve
        score = coverage + 0.25 * share
        if label_terms & set(head):
            score += 0.1 * len(label_terms & set(head)) / len(head)
        if bigrams & _bigrams([stem(w) for w in words(unit)]):
            score += 0.05
        score += 0.08 * (retrieval / top_score)
        score -= 0.1 * min(1.0, len(display_line(unit)) / 300)
        if head_key:  # every word of what is asked should stand in the line or around it
            held = sum(weights[t] for t in head_key if t in unit_terms or t in around)
            score *= 0.6 + 0.4 * held / head_weight
        candidates.append(Candidate(unit, passage, round(score, 4), round(coverage, 4), values, value,
                                    round(retrieval, 4)))
    candidates.sort(key=lambda c: (-c.score, len(c.unit)))
    return Ranking(candidates, missing, phrasing)


def _value_in_clause(
    unit: str, values: Sequence[str], head: Sequence[str], weights: Mapping[str, float]
) -> tuple[float, str | None]:
    """``(share of the head's weight, value)`` for the clause of the unit that shares the most
    with the question's head: in "the backup module was installed but its service had lapsed"
    a date on the same line belongs to another clause; in "Cellular backup lapsed 2026-01-31."
    it sits next to the words asked about."""
    if not values or not head:
        return 0.0, values[0] if values else None
    total = sum(weights[t] for t in head)
    best: tuple[float, str | None] = (0.0, values[0])
    for clause in CLAUSES.split(unit):
        for v in values:
            if v in clause:
                found = terms(clause)
                share = sum(weights[t] for t in head if t in found) / total
                if share > best[0]:
                    best = (share, v)
    return best


def _phrasing(question: str, absent: Sequence[str], vocabulary: Callable[[Sequence[str]], set[str]]) -> list[str]:
    """Of the question's words ``absent`` from the retrieved lines, those no document in reach
    uses, except what is asked and the words that qualify it: the amount's kind ("the *umbrella*
    limit"), the role or which-noun ("who's the *locksmith*"), and the words before the asked noun
    in its phrase ("the *boat's* value")."""
    if not absent:
        return []
    end = _head_end(question)
    head = question[:end] if end is not None else question
    qualifiers = {t for phrase in amount_modifiers(head) for t in phrase}
    for m in _QUALIFIED.finditer(head):
        for w in reversed(words(m.group(1))):
            if w in STOPWORDS or w.endswith("'s"):
                break
            qualifiers.add(stem(w))
    # the question proper, without a tag before or after it ("quick q - ...", "..., ballpark?")
    head = max(re.split(r"\s*(?:,|\s-\s|;|:)\s*", head), key=lambda part: len(content_terms(part)))
    head_terms = content_terms(head)
    asked = _which_noun(question, head_terms)
    if asked:  # "who's the *locksmith*", "which *doctor*": what is asked is never phrasing
        qualifiers.add(asked)
    focus = asked or _focus_word(question, head_terms)
    if focus:  # nor are the words before it in its noun phrase: "the *boat's* value", "the *jewelry* schedule"
        run: list[str] = []
        for w in words(head):
            bare = w[:-2] if w.endswith("'s") else w
            if bare in STOPWORDS:
                run = []
                continue
            run.append(w)
            if stem(w) == focus:
                qualifiers.update(stem(x) for x in run)
                run = []
    candidates = [t for t in absent if t not in qualifiers]
    used = vocabulary(candidates) if candidates else set()
    return [t for t in candidates if t not in used]


_QUALIFIED = re.compile(
    r"((?:[\w'&/-]+\s+){1,2})(?:bills?|invoices?|damages?|coverages?|polic(?:y|ies)|insurance|liability|"
    r"expenses?|treatments?|injur(?:y|ies)|losses?|claims?|endorsements?|exclusions?|reports?|benefits?|"
    r"payments?|reserves?|limits?|deductibles?|estimates?|costs?|charges?|amounts?|fees?|totals?)\b", re.I)
"""A claim-file noun and the words before it: "*dental* bills", "*umbrella* policy", "*cyber*
liability" name which thing is asked; they are topics, never phrasing."""

_CONTEXT_START = re.compile(r"\s(?:in|on|for|at|from|of|under|within|during|before|after)\s", re.I)


_WHICH_NOUN = re.compile(r"^\s*(?:which|what)\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|time\b)(\w+)", re.I)
_WHO_THE = re.compile(r"^\W*who(?:'s| is| was| are| were) the (\w+)(?: (\w+))?", re.I)
""""Who's the *locksmith* on ...": the role asked, which the answer line must name like a which-noun."""


def _document_words(name: str) -> str:
    """The words of a document's name, without its extension (".md" is no doctor) and with
    separators as spaces; an attachment's name counts too ("email.eml > invoice-HLD-4471.docx")."""
    name = re.sub(r"\.(?:pdf|docx?|txt|md|eml|msg|html?|rtf|csv|xlsx?)\b", " ", name, flags=re.I)
    return re.sub(r"[-_.]", " ", name)


def _which_noun(question: str, head: Sequence[str]) -> str | None:
    """The distinctive noun of "which/what N ..." ("*which doctor* treated ...") or "who's the N"
    ("who's the *locksmith*"): what the answer names, so the answer line (or its section or
    document) must name it too."""
    m = _WHICH_NOUN.match(question)
    if m:
        t = stem(m.group(1))
        if t in head and t not in GENERIC:
            return t
    m = _WHO_THE.match(question)
    if m:
        for w in (m.group(2), m.group(1)):  # "who's the tow company": the last noun of the role
            if w and w.lower() not in STOPWORDS:
                t = stem(w)
                if t in head and t not in GENERIC:
                    return t
    return None


def _clause_of(unit: str, value: str) -> set[str]:
    """The terms of the clause of ``unit`` that states ``value``."""
    for clause in CLAUSES.split(unit):
        if value in clause:
            return terms(clause)
    return terms(unit)


def _focus_word(question: str, head: Sequence[str]) -> str | None:
    """The word that names what is asked: the noun of "*Which doctor* treated ...", else the
    last word of the head ("the dwelling *limit*", "the attorney *demand*")."""
    m = _WHICH_NOUN.match(question)
    if m:
        t = stem(m.group(1))
        if t in head and t not in GENERIC:
            return t
    return head[-1] if head else None


def head_phrase(question: str, *, ignore: Sequence[str] = ()) -> str:
    """The words of what is asked, without where to look: ``overhead profit amount`` for
    "What is the overhead and profit amount in the Northstar rebuild estimate?". A second search
    with it finds the line an embedding of the whole question (dominated by "Northstar rebuild
    estimate") ranks too low. Empty when the question has no such split."""
    stripped = strip_ids(question, ignore)
    end = _head_end(stripped)
    return "" if end is None else " ".join(w for w in words(stripped[:end]) if w not in STOPWORDS)


def head_and_context(question: str) -> tuple[list[str], list[str]]:
    """Split "What is the X in/on/for the Y?" into the stems of X (what is asked) and of Y (where
    to look)."""
    end = _head_end(question)
    if end is None:
        return content_terms(question), []
    head = content_terms(question[:end])
    return head, [t for t in content_terms(question[end:]) if t not in head]


def _head_end(question: str) -> int | None:
    """Where the head ends: at the first "in/on/for/at/of ..." after a distinctive word of it
    (so "At what time was the last floor walk in aisle 7" splits before "in", not at "At")."""
    for match in _CONTEXT_START.finditer(question):
        before = content_terms(question[: match.start()])
        if match.group(0).strip().lower() in ("for", "of") and before and before[-1] in MEASURE_NOUNS:
            continue  # "the charge for X", "the number of X": X is part of what is asked
        if any(t not in GENERIC for t in before):
            return match.start()
    return None


def answer_needle(
    question: str,
    passages: Sequence[Passage],
    *,
    searched: str,
    claim_named: bool,
    names: Sequence[str] = (),
    contexts: Mapping[str, Passage] | None = None,
    ignore: Sequence[str] = (),
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
    embed: Embed | None = None,
) -> ExpertResult:
    """State the fact ``question`` asks for from ``passages`` (already limited to the scope and,
    when one is named, the claim), or say plainly that nothing in ``searched`` answers it.

    One judge: the answer selector (:mod:`rag.selection`) scores every candidate unit. The
    rule-based line choice (:func:`rank_lines`) is one of its features (``rules``: the rules'
    score of the unit, and whether it is the line they would pick), weighed by the model fitted on
    our questions and on outside-style training files, not a gate in front of it: on claim files we
    did not write the rules were right on different questions than the similarity. The answer is
    the selector's best unit when it reaches the threshold calibrated on questions whose answer
    is absent; else the reply says what was searched.

    ``embed`` is the engine's embedder (``Corpus.embed``); without one the default model is
    loaded. ``vocabulary`` tells which of some words any document in reach uses
    (``Corpus.vocabulary_has``): a question word missing from the retrieved lines counts against
    an answer only if the files in reach use it somewhere; one they never use ("tl;dr",
    "involved") is how the asker talks."""
    candidates = candidate_units(passages, contexts)
    # the rules read the question with its shorthand written out, as the selector does
    asked = expand(question, defined=defined_abbreviations_of(candidates), uses=vocabulary).text
    rules = rule_view(asked, passages, names=names, contexts=contexts, ignore=ignore, vocabulary=vocabulary)
    selection = select(question, candidates, embed or default_embed, ignore=ignore, vocabulary=vocabulary,
                       rules=rules)
    by_rules = bool(selection.scored) and selection.scored[0].unit.excerpt == rules.pick
    trace = {"kind": selection.kind, "absent": selection.absent, "absent_used": selection.absent_used,
             "vetoed": selection.vetoed,
             "rules_pick": (rules.pick or "")[:160], "missing": rules.missing,
             "by": "rules" if by_rules else "selector"}
    result = compose(selection, claim_named=claim_named)
    if result is not None:
        result.trace = {**trace, **result.trace}
        return result
    top = [{"unit": s.unit.text[:160], "p": round(s.probability, 4), "features": [round(f, 3) for f in s.features]}
           for s in selection.scored[:6]]
    return not_found(question, searched, trace={**trace, "selector": top}, ignore=ignore)


@dataclass(frozen=True)
class RuleView:
    """What the rule-based line choice says about the candidate units: the selector's ``rules``
    features."""

    scores: Mapping[str, float]
    """A unit's rule score by its exact text (units the rules rule out are absent)."""
    pick: str | None
    """The unit the rules would answer with: first, above :data:`MIN_SCORE`, and the file
    mentions every distinctive word of the question (or the line covers the rest well)."""
    missing: list[str] = field(default_factory=list)


def rule_view(
    question: str,
    passages: Sequence[Passage],
    *,
    names: Sequence[str] = (),
    contexts: Mapping[str, Passage] | None = None,
    ignore: Sequence[str] = (),
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
) -> RuleView:
    """The rules' scores of the units of ``passages`` and the line they would pick (see :class:`RuleView`)."""
    ranking = rank_lines(question, passages, names=names, contexts=contexts, ignore=ignore, vocabulary=vocabulary)
    good = [c for c in ranking.candidates if c.score >= MIN_SCORE]
    if ranking.missing and not (good and good[0].coverage >= STRONG_COVERAGE):
        good = []  # the file never mentions a word of the question and no line covers the rest well
    scores: dict[str, float] = {}
    for c in ranking.candidates:
        scores.setdefault(c.unit, c.score)
    return RuleView(scores, good[0].unit if good else None, ranking.missing)


def default_embed(texts: list[str]) -> np.ndarray:
    """The default embedding model's vectors, for callers that bring no embedder (tests of the
    expert alone): loaded once."""
    return _default_model().embed(list(texts))


@lru_cache(maxsize=1)
def _default_model() -> Any:
    from rag.config import Settings
    from rag.embedding import load_embedding

    return load_embedding(Settings.from_env().embed_model)


def not_found(question: str, searched: str, *, trace: dict | None = None, ignore: Sequence[str] = ()) -> ExpertResult:
    """The plain "not found" reply: what was looked for, and where."""
    topic = describe_topic(strip_ids(question, ignore))
    about = f" about {topic}" if topic else ""
    return ExpertResult(f"I couldn't find anything{about} in {searched}.", "none", trace=trace or {})


def describe_topic(question: str) -> str:
    """The question's content words in its own wording, e.g. ``"towing cost"``."""
    kept = [w for w in words(question) if stem(w) in set(content_terms(w))]
    kept = [w for w in kept if w not in {"when", "who", "who's", "name", "date", "day"} or len(kept) == 1]
    return f'"{" ".join(kept)}"' if kept else ""


def _pieces(
    passages: Sequence[Passage], contexts: Mapping[str, Passage]
) -> Iterator[tuple[str, Passage, set[str], float]]:
    """``(unit, where it stands, its terms, retrieval score)`` for each distinct unit."""
    groups: dict[str, tuple[Passage, list[Passage]]] = {}
    for p in passages:
        ctx = contexts.get(p.node_id, p)
        groups.setdefault(ctx.node_id, (ctx, []))[1].append(p)
    seen: set[tuple[str, str]] = set()
    for ctx, hits in groups.values():
        hit_texts = [(_squash(h.text), h.score) for h in hits]
        for unit in units(ctx.text):
            key = (ctx.doc_id, unit)
            if key in seen:
                continue
            seen.add(key)
            squashed = _squash(unit)
            retrieval = max(score * (1.0 if _inside(squashed, text) else 0.6) for text, score in hit_texts)
            yield unit, ctx, terms(unit), retrieval


def _squash(text: str) -> str:
    return " ".join(text.split())


def _inside(unit: str, text: str) -> bool:
    return unit in text or (len(unit) > 80 and (unit[:40] in text or unit[-40:] in text))


def _weights(q_terms: list[str], unit_terms: list[set[str]]) -> dict[str, float]:
    """Inverse document frequency over the retrieved units, halved for generic words."""
    n = len(unit_terms)
    out = {}
    for t in q_terms:
        df = sum(1 for ts in unit_terms if t in ts)
        w = math.log(1 + (n + 1) / (df + 1))
        out[t] = w * (0.5 if t in GENERIC else 1.0)
    return out


def _bigrams(seq: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in zip(seq, seq[1:])}


_LABEL = re.compile(r"^(.*?)(?::\s|\s\.{3,})")


def _label(unit: str) -> str:
    """The label part of a record line (``Towing (Hwy 9)`` of ``Towing (Hwy 9) .... $385.00``);
    a sentence with a colon in it has none."""
    m = _LABEL.match(unit)
    return m.group(1) if m and len(m.group(1).split()) <= 6 else ""
