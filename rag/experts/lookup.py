"""The lookup expert: questions the claims registry answers (which claims, who handles what).

The registry (:class:`~rag.records.ClaimRecord`) is the merge of what every document's metadata
says; each fact in a reply is still cited to the document line that states it (located at
ingest, see :mod:`rag.experts.facts`). "Which claims ..." questions are filtered by what ingest
read for every claim (:mod:`rag.experts.filters`: status, open reserve, amounts, dates, parties
by role, the topic by its words or meaning), each claim listed on its own line with the fact that
matched. Questions the registry cannot answer return ``None`` so the manager asks the needle
expert instead.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rag.experts.facts import describe_claim, fact_for
from rag.experts.filters import (
    ASKING_WORDS,
    Conditions,
    Match,
    Mentions,
    Reason,
    Similar,
    cite_reason,
    claim_status,
    matching_claims,
    measure,
    read_conditions,
    reason_for,
    reserves_in_text,
    without_unsaid_topic,
)
from rag.experts.loss_runs import as_claims, read_runs, rows_asked, run_only_claims
from rag.experts.needle import GENERIC
from rag.experts.result import ExpertResult, Sources
from rag.experts.text import STOPWORDS, content_terms, display_line, terms
from rag.records import ClaimRecord, DocumentInfo, Passage, documents_by_claim
from rag.router import (
    CLAIM_NOUNS,
    HANDLING_VERBS,
    PARTY_NOUNS,
    asks_claims_by_fact,
    asks_for_claims,
    asks_other_files,
    asks_which_claim,
    asks_who_handles,
)
from rag.selection.selector import strip_ids
from rag.tools.dates import long_date
from rag.tools.money import money_text

_LIST = re.compile(r"\b(?:which|what|list|show|all|how many|any)\b.*\bclaims\b"
                   r"|\bclaims (?:on file|do we have|we have)\b", re.I)
_ADJUSTER = re.compile(rf"\badjust[eo]rs?\b|\bhandlers?\b|\b(?:{'|'.join(HANDLING_VERBS)})\b", re.I)
"""A question about who handles a claim: the adjuster, or a verb of handling (router table)."""
_ADJUSTER_NOUN = re.compile(r"\badjust[eo]rs?\b|\bhandlers?\b", re.I)
"""The handler by name of role; by a verb, only when its object is the claim (:func:`asks_who_handles`):
"who worked on the proofing cabinet" asks who did the work."""


def lists_claims(question: str) -> bool:
    """"Which claims ...", "list claims", "what claims do we have", "any files where ...": a
    question about the claims on file, not about one of them."""
    return _LIST.search(question) is not None or asks_for_claims(question) or asks_claims_by_fact(question)


@dataclass(frozen=True)
class NameMatch:
    """A person, business or policy number named in a question, and the claim it belongs to."""

    claim_id: str
    role: str
    """``insured``, ``claimant``, ``adjuster`` or ``policy_number``."""
    name: str
    """The registry's spelling (``Harvest Lane Markets Inc.``)."""
    matched: str
    """The words of the question that matched (``Harvest Lane Market``)."""
    exact: bool
    """The full name (or policy number) matched; False for a surname alone."""


_LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc|LLC|L\.L\.C|Company|Co|Corp|Corporation|Ltd|LLP|LP)\.?$", re.I)


def names_in(question: str, claims: Sequence[ClaimRecord]) -> list[NameMatch]:
    """Registry names and policy numbers the question mentions.

    A business matches on its name without the legal suffix, singular or plural (``Harvest
    Lane Market`` for ``Harvest Lane Markets Inc.``); a person on the full name, or on the
    surname alone when written capitalised (``Okafor``), which is marked as not exact because
    two claims can share a surname.

    Only the names that share a word with the question are read (:class:`NameIndex`, built once
    per list of claims): a pass over every name of 2,600 claims was ~70 ms an ask.
    """
    index = NameIndex.of(claims)
    found: list[NameMatch] = []
    for entry in index.candidates(question):
        claim_id, role, name = entry
        if role == "policy_number":
            m = re.search(rf"\b{re.escape(name)}\b", question, re.I)
            if m:
                found.append(NameMatch(claim_id, role, name, m.group(0), True))
            continue
        hit = _mention(question, name)
        if hit is None and role == "adjuster":
            hit = _first_name(question, name, index)
        if hit is not None:
            found.append(NameMatch(claim_id, role, name, *hit))
    return found


_WORD = re.compile(r"\w+")
_ROLES = ("insured", "claimants", "adjusters")


def _keys(text: str) -> set[str]:
    """The words of ``text`` as the index compares them: lower case, and each also without a
    plural ``s`` (the matchers accept ``Okafors`` for ``Okafor`` and ``Market`` for ``Markets``)."""
    out = set()
    for word in _WORD.findall(text.lower()):
        out.add(word)
        if len(word) > 1 and word.endswith("s"):
            out.add(word[:-1])
    return out


class NameIndex:
    """Every policy number and name of a list of claims, by the words they are made of.

    Whatever :func:`_mention`, :func:`_first_name` or the policy-number match accept, a word of
    the name (less or plus a plural ``s``) stands as a whole word in the question; so the names
    that share no such word with the question are never read. Also each first name's count
    (:func:`_first_name`'s uniqueness test). Built once per list of claims: the engine makes a
    new list (of new records) when the registry changes, and the index of the last few lists is
    kept, keyed by the records' identities (held, so an identity is never reused meanwhile)."""

    _cache: "OrderedDict[tuple[int, ...], NameIndex]" = OrderedDict()
    _cache_lock = threading.Lock()
    _CACHED = 8

    def __init__(self, claims: Sequence[ClaimRecord]) -> None:
        self.claims = list(claims)  # held: the cache key is their identities
        self.entries: list[tuple[str, str, str]] = []
        self.by_key: dict[str, list[int]] = {}
        self.first_names: dict[str, int] = {}
        people: set[str] = set()
        for claim in self.claims:
            for number in claim.policy_numbers:
                self._add(claim.claim_id, "policy_number", number)
            for role, attr in zip(("insured", "claimant", "adjuster"), _ROLES):
                for name in getattr(claim, attr):
                    self._add(claim.claim_id, role, name)
                    people.add(name)
        for name in people:
            parts = name.split()
            if parts:
                first = parts[0].lower()
                self.first_names[first] = self.first_names.get(first, 0) + 1

    def _add(self, claim_id: str, role: str, name: str) -> None:
        n = len(self.entries)
        self.entries.append((claim_id, role, name))
        for key in _keys(name):
            self.by_key.setdefault(key, []).append(n)

    @classmethod
    def of(cls, claims: Sequence[ClaimRecord]) -> "NameIndex":
        """The index of ``claims``, built on first use of this list of records."""
        key = tuple(map(id, claims))
        with cls._cache_lock:
            index = cls._cache.get(key)
            if index is not None:
                cls._cache.move_to_end(key)
                return index
        index = cls(claims)
        with cls._cache_lock:
            cls._cache[key] = index
            while len(cls._cache) > cls._CACHED:
                cls._cache.popitem(last=False)
        return index

    def candidates(self, question: str) -> list[tuple[str, str, str]]:
        """``(claim id, role, name)`` of the names that share a word with ``question``, in the
        order of the claims (and within a claim: policy numbers, insured, claimants, adjusters)."""
        hits: set[int] = set()
        for key in _keys(question):
            hits.update(self.by_key.get(key, ()))
        return [self.entries[i] for i in sorted(hits)]


def _mention(question: str, name: str) -> tuple[str, bool] | None:
    """``(the words that matched, exact)`` when the question names ``name``; chat is often
    lower case, so only a lone word must be capitalised or long to count."""
    core = _LEGAL_SUFFIX.sub("", name.strip())
    parts = core.split()
    if not parts:
        return None
    words = r"\s+".join(re.escape(w[:-1]) + "s?" if w.endswith("s") else re.escape(w) + "s?" for w in parts)
    m = re.search(rf"\b{words}(?:'s)?\b", question, re.I)
    if m:
        return m.group(0), True
    if core != name.strip():  # a business: the first two words, or a distinctive first word
        if len(parts) > 2:
            m = re.search(rf"\b{re.escape(parts[0])}\s+{re.escape(parts[1])}(?:'s)?\b", question, re.I)
            if m:
                return m.group(0), False
        return _lone_word(question, parts[0]) if len(parts) > 1 else None
    if not 2 <= len(parts) <= 4:
        return None
    return _lone_word(question, parts[-1].strip(".,"))


def _first_name(question: str, name: str, index: NameIndex) -> tuple[str, bool] | None:
    """An adjuster by first name, as colleagues say it ("what else is Priya working"): only when
    no other person on file has that first name."""
    first = name.split()[0].strip(".,") if name.split() else ""
    if len(first) < 4 or first.lower() in STOPWORDS or first.lower() not in question.lower():
        return None
    if index.first_names.get(first.lower(), 0) != 1:
        return None
    m = re.search(rf"\b{re.escape(first)}(?:'s)?\b", question, re.I)
    return (m.group(0), False) if m else None


def _lone_word(question: str, word: str) -> tuple[str, bool] | None:
    """A surname or a business's first word on its own: capitalised as written, or any case
    when it is long enough not to be an everyday word (``vasquez``, ``brightline``)."""
    if len(word) < 3 or word.lower() in STOPWORDS:
        return None
    m = re.search(rf"\b{re.escape(word)}(?:'s)?\b", question, re.I)
    if m and (m.group(0)[0].isupper() or len(word) >= 6):
        return m.group(0), False
    return None


def answer_lookup(
    question: str,
    claims: Sequence[ClaimRecord],
    documents: Sequence[DocumentInfo],
    *,
    claim_ids: Sequence[str] = (),
    ignore: Sequence[str] = (),
    mentions: Mentions | None = None,
    similar: Similar | None = None,
) -> ExpertResult | None:
    """Answer from the registry, or ``None`` when the registry does not hold the answer.

    ``claims`` are the claims in reach; ``claim_ids`` the claims the question is about (named,
    or resolved by the manager from a name or the conversation); ``ignore`` the question's words
    that named them; ``mentions`` finds the claims whose files name a phrase (for "which claims
    involve Westside Collision").
    """
    original_ignore = list(ignore)
    claims, extra_docs, ignore = _with_run_rows(question, claims, documents, claim_ids, ignore, mentions)
    by_id = {c.claim_id: c for c in claims}
    docs_of = documents_by_claim(documents, [c.claim_id for c in claims])
    docs_of.update(extra_docs)
    people = names_in(question, claims)
    asks_adjuster = bool(_ADJUSTER.search(question))
    sources = Sources()

    adjusters = sorted({m.name for m in people if m.role == "adjuster"})
    people = [m for m in people if m.role != "policy_number"]
    other = asks_other_files(question)
    excluded = set(claim_ids) if other else set()
    staff = _staff_files(question, claims, docs_of, adjusters, mentions, similar, ignore=ignore, excluded=excluded)
    if staff is not None:
        return staff
    if adjusters and (asks_adjuster or lists_claims(question) or other or asks_which_claim(question)):
        said = [m.matched for m in names_in(question, claims) if m.role == "adjuster"]
        filters = read_conditions(question, ignore=[*ignore, *said])
        filters.topic, filters.phrase = [], ""  # "which open files is Dana handling": her claims, filtered
        if filters and lists_claims(question):
            theirs = [c for c in claims if set(c.adjusters) & set(adjusters) and c.claim_id not in excluded]
            return _filtered(filters, theirs, docs_of, sources, mentions, similar, handlers=adjusters)
        parts = []
        handled: list[str] = []
        for name in adjusters:
            cited = []
            for claim in claims:
                if name in claim.adjusters and claim.claim_id not in excluded:
                    found = fact_for(docs_of[claim.claim_id], "adjuster", name)
                    if found is not None:
                        cited.append(f"{claim.claim_id} {sources.cite_line(*found)}")
                        handled.append(claim.claim_id)
            if cited:
                parts.append(f"{name} is the adjuster on {_join(cited)}.")
            elif excluded:
                parts.append(f"{name} handles no other claim on file.")
        if parts and excluded:
            parts.insert(0, f"Besides {_join(sorted(excluded))}:")
        if parts:
            return ExpertResult(" ".join(parts), "lookup", sources.citations, handled, {"kind": "handled_by"})

    parties = [m for m in people if m.role in ("insured", "claimant")]
    parties = [m for m in parties if m.exact] or parties  # "Daniel Okafor", not every Okafor
    if parties and (lists_claims(question) or asks_which_claim(question)):
        parts = []
        for m in parties:
            found = fact_for(docs_of[m.claim_id], m.role, m.name)
            if found is not None:
                parts.append(f"{m.name} is the {m.role} on {m.claim_id} {sources.cite_line(*found)}.")
        if parts:
            ids = sorted({m.claim_id for m in parties})
            return ExpertResult(" ".join(dict.fromkeys(parts)), "lookup", sources.citations, ids, {"kind": "party"})

    targets = [by_id[c] for c in claim_ids if c in by_id]
    asked = [(kind, label, rule) for kind, label, rule in _FACTS if rule.search(question)
             and (kind != "adjuster" or _ADJUSTER_NOUN.search(question) or asks_who_handles(question))]
    if asked and targets:
        kind, label, rule = asked[0]
        if not _only_asks_for(question, rule, label, ignore):
            return None  # "the *flood* policy number": a qualifier the registry cannot check
        parts = []
        for claim in targets:
            cited = []
            for value in _values(claim, kind):
                found = fact_for(docs_of[claim.claim_id], kind, value)
                if found is not None:
                    shown = long_date(value) if kind == "date_of_loss" else value
                    cited.append(f"{shown} {sources.cite_line(*found)}")
            if cited:
                parts.append(f"The {label} on {claim.claim_id} is {_join(cited)}.")
        if len(parts) == len(targets):
            return ExpertResult(" ".join(parts), "lookup", sources.citations,
                                [c.claim_id for c in targets], {"kind": kind})
        return None

    if lists_claims(question) and not targets:
        if not claims:
            return ExpertResult("No claims are on file here yet.", "none")
        conditions = read_conditions(question, ignore=ignore)
        if conditions:
            return _filtered(conditions, claims, docs_of, sources, mentions, similar)
        added = [w for w in ignore if w not in original_ignore]
        run_words = [w for w in added if not any(w != o and w in o for o in added)]  # "unit" in "unit 31"
        if run_words:  # "the halvorsen unit 31 claims": the rows that words of a run chose, named in the head
            return _filtered(Conditions(phrase=" ".join(run_words)), claims, docs_of, sources, None, None)
        return list_claims(claims, documents, docs_of=docs_of)
    return None


def _with_run_rows(question: str, claims: Sequence[ClaimRecord], documents: Sequence[DocumentInfo],
                   claim_ids: Sequence[str], ignore: Sequence[str], mentions: Mentions | None
                   ) -> tuple[list[ClaimRecord], dict[str, list[DocumentInfo]], list[str]]:
    """The claims a lookup reads: the registry's, and each row of the loss runs in reach as a claim
    of its own (:mod:`rag.experts.loss_runs`), in place of the claim a run was filed under (unless
    the question names it); only the named run's rows when the question names a run by its
    account ("the halvorsen claims"), whose words then name no topic (added to ``ignore``)."""
    runs = read_runs(documents) if lists_claims(question) or person_asked(question) or asks_which_claim(
        question) or _ADJUSTER.search(question) else None
    if runs is None or not runs.rows:
        return list(claims), {}, list(ignore)
    registry_docs = documents_by_claim(documents, [c.claim_id for c in claims])
    kept = run_only_claims(claims, registry_docs, runs)
    kept += [c for c in claims if c.claim_id in claim_ids and c not in kept]
    filed_under_runs = {c.claim_id for c in claims} - {c.claim_id for c in kept}
    asking = frozenset(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", question)
                       if set(content_terms(w)) <= ASKING_WORDS)
    rows, said = rows_asked(runs, question, asking, mentions, filed_under_runs)
    if said and any(w in runs.naming_words(r.document.doc_id) for r in rows for w in said):
        kept = [c for c in kept if c.claim_id in claim_ids]  # "which halvorsen claims": that run's rows
    known = {c.claim_id for c in kept}
    row_claims, row_docs = as_claims([r for r in rows if r.claim_id not in known])
    return [*kept, *row_claims], row_docs, [*ignore, *said]


def list_claims(claims: Sequence[ClaimRecord], documents: Sequence[DocumentInfo], *,
                docs_of: dict[str, list[DocumentInfo]] | None = None) -> ExpertResult:
    """Every claim in reach, one line each, each fact cited to the line of its file that states
    it ("Which claims do we have?": an answer from the files like any other, not an uncited list)."""
    if not claims:
        return ExpertResult("No claims are on file here yet.", "none")
    sources = Sources()
    docs_of = docs_of or documents_by_claim(documents, [c.claim_id for c in claims])
    marker = cite_lookup(sources, "every claim", len(claims), [c.claim_id for c in claims])
    lines = [f"{len(claims):,} claim{'s' if len(claims) != 1 else ''} on file {marker}{_first_shown(len(claims))}:"]
    for claim in claims[:LISTED_AT_MOST]:
        lines.append("- " + describe_claim(claim, docs_of[claim.claim_id], sources, with_loss_type=False))
    lines.extend(_more(len(claims)))
    return ExpertResult("\n".join(lines), "lookup", sources.citations, [], {"kind": "list"})


_FACTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("adjuster", "adjuster", _ADJUSTER),
    ("policy_number", "policy number", re.compile(r"\bpolicy\s+(?:number|no\.?|#)", re.I)),
    ("date_of_loss", "date of loss", re.compile(r"\bdate of (?:the )?loss\b|\bloss date\b", re.I)),
    ("insured", "insured", re.compile(r"\bwho(?:'s| is| was) the (?:named )?(?:insured|policy ?holder)\b|"
                                      r"\bname of the (?:insured|policy ?holder)\b", re.I)),
    ("claimant", "claimant", re.compile(r"\bwho(?:'s| is| was) the (?:claimant|injured (?:worker|employee|party))\b|"
                                        r"\bname of the (?:claimant|injured (?:worker|employee|party))\b", re.I)),
)
"""Registry facts a question can ask for: (fact kind, how the answer names it, the wording)."""


_ROLE_WORDS = "named policyholder policy holder injured worker employee party"
"""Other words for the registry's roles: the policyholder is the insured, the injured worker the claimant."""


def _values(claim: ClaimRecord, kind: str) -> list[str]:
    return {
        "adjuster": claim.adjusters,
        "policy_number": claim.policy_numbers,
        "date_of_loss": [claim.date_of_loss] if claim.date_of_loss else [],
        "insured": claim.insured,
        "claimant": claim.claimants,
    }[kind]


def _only_asks_for(question: str, rule: re.Pattern[str], label: str, ignore: Sequence[str]) -> bool:
    """True when what the question asks for is the registry fact itself: up to the words that
    name the fact, it says nothing more ("the *flood* insurance policy number" does; "the policy
    number for the theft claim" does not: what follows only says where to look)."""
    question = strip_ids(question, ignore)
    match = rule.search(question)
    asked = question[: match.end()] if match else question
    extra = set(content_terms(asked)) - terms(f"{label} who name handl assign work {_ROLE_WORDS}") - GENERIC
    return not extra


def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def answer_party_claim(phrase: str, claim: ClaimRecord, passages: Sequence[Passage]) -> ExpertResult | None:
    """"Which claim is Harbor Lock involved in?": the one claim whose documents name the party,
    and the line that names it, cited. ``passages`` are that claim's, retrieved for ``phrase``."""
    from rag.experts.text import display_line, units, with_marker

    wanted = r"\W+".join(re.escape(w) for w in re.findall(r"[a-z0-9]+", phrase.lower()))
    # the party's whole name as the file writes it: "Harbor Lock" -> "Harbor Lock & Door"
    pattern = re.compile(rf"\b(?i:{wanted})\b(?:\s+(?:&\s+)?[A-Z][\w'-]*(?:\.(?=\s|$))?)*")
    found: list[tuple[bool, int, Passage, str, str]] = []
    seen: set[str] = set()
    for p in passages:
        if p.claim_id != claim.claim_id:
            continue
        for unit in units(p.text):
            m = pattern.search(unit)
            if m and unit not in seen and len(unit) <= 400:
                seen.add(unit)
                # a line about the party (it stands early in the line, the line is no fragment or page) first
                found.append((len(unit) > 200 or len(unit) < 40 or m.start() > 60, len(found), p, unit,
                              m.group(0).rstrip(".,")))
    if not found:
        return None
    _, _, p, unit, name = min(found, key=lambda f: f[:2])
    sources = Sources()
    who = ", ".join([*claim.insured, *claim.claimants][:1])
    owner = f" ({who})" if who else ""
    line = with_marker(display_line(unit), sources.cite_passage(p, unit))
    text = f"{name} is on {claim.claim_id}{owner}: {line}"
    return ExpertResult(text, "lookup", sources.citations, [claim.claim_id], {"kind": "party_claim"})


def _filtered(conditions: Conditions, claims: Sequence[ClaimRecord], docs_of: dict[str, list[DocumentInfo]],
              sources: Sources, mentions: Mentions | None, similar: Similar | None = None, *,
              handlers: Sequence[str] = ()) -> ExpertResult:
    """The claims that meet the question's conditions, each with the line that shows it, or
    "none" when none does: never every claim on file."""
    conditions = without_unsaid_topic(conditions, mentions)
    matches = matching_claims(conditions, claims, docs_of, mentions=mentions, similar=similar)
    whose = f"handled by {_join(list(handlers))}" if handlers else ""
    if conditions.rank:
        return _extreme(conditions, matches, docs_of, sources, whose, similar)
    for m in matches:  # whose claim it is, cited, before what made it match
        for name in handlers:
            found = fact_for(docs_of[m.claim.claim_id], "adjuster", name) if name in m.claim.adjusters else None
            if found is not None:
                m.reasons.insert(0, (*found, f"adjuster {name}"))
    wanted = ", ".join(filter(None, [whose, conditions.describe()]))
    marker = cite_lookup(sources, wanted, len(claims), [_as_matched(m) for m in matches], whose=whose)
    if not matches:
        where = whose or "in reach"
        text = (f"None of the {len(claims)} claims {where} matches ({wanted}) {marker}." if len(claims) != 1
                else f"The one claim {where} does not match ({wanted}) {marker}.")
        return ExpertResult(text, "lookup", sources.citations, [], {"kind": "filter", "conditions": wanted})
    noun = "claim matches" if len(matches) == 1 else "claims match"
    named = f" {_join([m.claim.claim_id for m in matches])}." if len(matches) <= _NAMED_IN_HEAD else ":"
    lines = [f"{len(matches):,} {noun} ({wanted}) {marker}{_first_shown(len(matches))}:{named}"]
    for m in matches[:LISTED_AT_MOST]:
        lines.append("- " + _matched_line(m.claim, docs_of[m.claim.claim_id], m.reasons, sources))
    lines.extend(_more(len(matches)))
    return ExpertResult("\n".join(lines), "lookup", sources.citations, [m.claim.claim_id for m in matches],
                        {"kind": "filter", "conditions": wanted})


LISTED_AT_MOST = 50
"""A list of claims shows at most this many, one line each, and says how many more there are and how
to ask for fewer: at a few thousand claims a full list is thousands of lines, which Slack cuts after a
dozen sections anyway, and which cost most of a second to cite line by line."""


def _first_shown(total: int) -> str:
    return f" (the first {LISTED_AT_MOST})" if total > LISTED_AT_MOST else ""


def _more(total: int) -> list[str]:
    if total <= LISTED_AT_MOST:
        return []
    return [f"...and {total - LISTED_AT_MOST:,} more. Ask for fewer: by adjuster, kind of loss, status, date of loss "
            "or reserve (\"open water claims of Dana Pike with a reserve over $50k\")."]


_NAMED_IN_HEAD = 6
"""Up to this many matches are named in the answer's first line (a reader sees which at once),
each then on its own line with the line of its file that shows it."""


_EXTREMES = {("reserve", "max"): "highest open reserve", ("reserve", "min"): "lowest open reserve",
             ("loss", "min"): "oldest date of loss", ("loss", "max"): "most recent date of loss"}


def _extreme(conditions: Conditions, matches: Sequence[Match], docs_of: dict[str, list[DocumentInfo]],
             sources: Sources, whose: str, similar: Similar | None = None) -> ExpertResult:
    """"Which claim has the highest reserve?": the claim at that end of the measure among those that
    meet the other conditions, its value cited, and how many claims state one. A reserve no label
    states is read from the file's text as the reserve filter reads it (a reserve table's total row,
    a reserve note: :func:`~rag.experts.filters.reserves_in_text`)."""
    what, end = conditions.rank  # type: ignore[misc]
    said = _EXTREMES.get((what, end), f"{'largest' if end == 'max' else 'smallest'} {what}")
    valued = [(v, m) for m in matches if (v := measure(m.claim, docs_of[m.claim.claim_id], what)) is not None]
    if what == "reserve" and similar is not None:
        stated = {m.claim.claim_id for _, m in valued}
        unset = [m for m in matches if m.claim.claim_id not in stated
                 and claim_status(docs_of[m.claim.claim_id])[0] not in ("closed", "denied")]
        in_text = reserves_in_text([m.claim for m in unset], docs_of, similar) if unset else {}
        for m in unset:
            if m.claim.claim_id in in_text:
                amount, (doc, line, _) = in_text[m.claim.claim_id]
                if line is not None:
                    valued.append(((amount, doc, line, f"open reserve {money_text(amount)}"), m))
    others = Conditions(**{**conditions.__dict__, "rank": None}).describe()
    among = ", ".join(filter(None, [whose, others]))
    pick = max if end == "max" else min
    best = pick(v[0] for v, _ in valued) if valued else None
    top = [(v, m) for v, m in valued if v[0] == best]
    marker = cite_lookup(sources, ", ".join(filter(None, [said, among])), len(matches),
                         [m.claim.claim_id for _, m in top], stating=len(valued), whose=whose)
    if not valued:
        where = f" ({among})" if among else ""
        text = f"None of the claims in reach{where} states a {what.replace('_', ' ')} {marker}."
        return ExpertResult(text, "lookup", sources.citations, [], {"kind": "extreme", "measure": what})
    lines = []
    for (value, doc, line, _), m in top:
        shown = long_date(value) if isinstance(value, date) else money_text(value)
        lines.append(f"{m.claim.claim_id} has the {said}: {shown} {sources.cite_line(doc, line)}")
    n = len(valued)
    tail = f" (of the {n} claims{f' {among}' if among else ''} that state one {marker})" if n > 1 else f" {marker}"
    text = "; ".join(lines) + tail + "."
    return ExpertResult(text, "lookup", sources.citations, [m.claim.claim_id for _, m in top],
                        {"kind": "extreme", "measure": what})


def _as_matched(match: Match) -> str:
    """A match as the lookup's source lists it: the claim, and any value the lookup worked out
    that its line does not write ("WC 24 551902 (open reserve $119,500.00)": a reserve set in
    parts, "medical is now $58,000.00 and indemnity is $61,500.00", summed)."""
    worked = [what for _, line, what in match.reasons
              if line is not None and "$" in what and not _written(what.split("$", 1)[1], line.text)]
    return f"{match.claim.claim_id} ({'; '.join(worked)})" if worked else match.claim.claim_id


def _written(amount: str, text: str) -> bool:
    """Whether ``text`` writes the amount (``119,500.00`` as ``$119,500``, ``119500`` or ``119,500.00``)."""
    digits = re.sub(r"\.00$", "", amount.replace(",", "").strip())
    return any(re.sub(r"\.00$", "", n.replace(",", "")) == digits for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text))


LOOKUP_SOURCE = "Claims lookup"
"""The document name of a lookup's own source: the filter as understood, the claims searched and
the matches (like a calculation's, the tool's result is a source the answer's count is cited to)."""


def cite_lookup(sources: Sources, wanted: str, searched: int, matched: Sequence[str], *, stating: int | None = None,
                whose: str = "") -> str:
    """Cite the lookup itself, in one line (what a Sources line quotes): ``Searched 9 claims in
    reach (involving water damage); 1 match: 0049-771-HO``. The answer's counts ("1 claim
    matches", "none of the 9 claims") are this source's, so a count is grounded like any number."""
    where = whose or "in reach"
    said = f"Searched {searched} claim{'s' if searched != 1 else ''} {where} ({wanted or 'every claim'})"
    if stating is not None:
        said += f"; {stating} state{'s' if stating == 1 else ''} one"
    shown = ", ".join(matched[:_LOOKUP_LISTED]) + (f" and {len(matched) - _LOOKUP_LISTED} more"
                                                   if len(matched) > _LOOKUP_LISTED else "")
    said += f"; {len(matched)} match{'es' if len(matched) != 1 else ''}" + (f": {shown}" if matched else "")
    return sources.cite(document=LOOKUP_SOURCE, section="filter" if stating is None else "measure", excerpt=said)


_LOOKUP_LISTED = 30
"""Claim numbers the lookup's source lists (its count is exact past it)."""


_QUOTE_CHARS = 160
_ROW_CHARS = 60
"""How much of a loss run's row a list shows (its date and the start of its description)."""
"""How much of a matching line a list shows; the citation holds the whole line."""


def _matched_line(claim: ClaimRecord, docs: list[DocumentInfo], reasons: list[tuple[DocumentInfo, Any, str]],
                  sources: Sources) -> str:
    """``0049-771-HO (insured Gregory Valcourt [1]): Cause of loss: Water damage - burst supply line
    [2]``: the claim, whose it is, and the fact that made it match, each cited."""
    head = claim.claim_id
    for role, names in (("insured", claim.insured), ("claimant", claim.claimants)):
        found = fact_for(docs, role, names[0]) if names else None
        if found is not None:
            head = f"{claim.claim_id} ({role} {names[0]} {sources.cite_line(*found)})"
            break
    shown = []
    for doc, line, what in reasons:
        if line is None:
            continue
        cite = cite_reason(sources, (doc, line, what))
        if what == "topic":
            shown.append(f"{_quote(line.text)} {cite}")
        elif what.startswith("status ") and line.text.count("|") >= 3:  # a loss run's row: its status, cited
            shown.append(f"{what.removeprefix('status ')} {cite}")
        elif what.startswith("status "):  # the status, and the line that says it
            shown.append(f"{what.removeprefix('status ')}: {_quote(line.text)} {cite}")
        else:
            shown.append(f"{what} {cite}")
    if not shown:
        if "(" not in head:  # nothing else cited: the line that names the claim
            found_id = fact_for(docs, "claim_id", claim.claim_id)
            if found_id is not None:
                head = f"{claim.claim_id} {sources.cite_line(*found_id)}"
        return head
    return f"{head}: " + "; ".join(dict.fromkeys(shown))


def _quote(text: str) -> str:
    """A line as an answer shows it: layout dropped, cut at a word when long; a loss run's row
    without its claim number (the answer's line names it) and cut shorter (the citation holds it)."""
    cells = [c.strip(" *") for c in text.strip().strip("|").split("|")] if text.count("|") >= 3 else []
    if cells and re.search(r"\d", cells[0]) and len(cells[0].split()) <= 3:
        shown = ", ".join(c for c in cells[1:] if c)
        return shown if len(shown) <= _ROW_CHARS else shown[:_ROW_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "..."
    shown = re.split(r"\|\s*\|", " ".join(display_line(text).split()).strip(" |"))[0].strip(" |")  # one row of a table
    shown = re.sub(r"\s*\|\s*", " | ", shown)
    if len(shown) <= _QUOTE_CHARS:
        return shown
    return shown[: _QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "..."


_PERSON = r"(?P<{0}>[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){{0,2}}?)"
_PERSONS_FILES = re.compile(
    rf"^\W*(?:(?:which|what|list|show(?:\s+me)?|any)\s+)?(?:(?:the|all|open|closed|other|active)\s+)*{CLAIM_NOUNS}\s+"
    rf"(?:(?:is|are|does|did|has|have)\s+)?{_PERSON.format('a')}\s+(?:(?:is|are|has\s+been)\s+)?"
    rf"(?:handling|working(?:\s+on)?|adjusting|managing|running|handles|owns|has|have|got|carries|examining)\b"
    rf"|\bwhat(?:'s|\s+else\s+is|\s+else\s+does|\s+does|\s+is|\s+did)\s+{_PERSON.format('b')}\s+(?:handle|handling|work\s+on|working\s+on|"
    rf"working|own|adjust|adjusting|examine|examining|have)\b"
    rf"|{CLAIM_NOUNS}\s+(?:handled|worked|owned|adjusted|managed|examined|assigned|supervised)\s+(?:by|to)\s+"
    rf"{_PERSON.format('c')}\s*(?:[?.!]|$)"
    rf"|\b(?:which|what|any)\s+(?:claims|files|cases|matters)\s+(?:is|are|was|were)\s+{_PERSON.format('d')}\s+"
    rf"(?:on|named\s+in|part\s+of)\s*(?:[?.!]|$)"
    rf"|\bwhat(?:'s|s|\s+is)\s+(?:on|in)\s+{_PERSON.format('e')}\s+(?:desk|plate|caseload|queue)\b", re.I)
"""A person's claims, asked as people talk: "which files is Dana working", "what does Lee Park
handle", "claims solvang has", "files assigned to K. Tremblay", "what's on marchetti's desk". The name
may be lower case."""
_NOT_A_NAME = frozenset(content_terms(
    "claim claims file files loss losses case cases matter matters policy fee fees deductible reserve reserves payment "
    "payments coverage damage repair repairs estimate invoice team unit office department desk"))
"""Words of claim handling, never a person's name ("what is the claim handling fee")."""
_NOT_A_PERSON = frozenset("i we you he she they it this that who someone anyone everyone there me us them".split())
_ROLE_NOUNS = frozenset(w for noun in PARTY_NOUNS for w in noun.split()) | frozenset(
    "insureds claimants adjusters examiner examiners handler supervisor team unit carrier tpa company everyone".split())
"""Words that name a role, not a person: "what files does the insured have" asks no one's claims."""
_STAFF_ROLE = re.compile(
    r"\b(?:(?<!medical )(?<!independent )adjust[eo]rs?|(?<!medical )examiners?|handlers?|supervisors?|supv|appraisers?|"
    r"claims?\s+(?:professional|specialist|spec|manager|representative|rep|analyst|consultant|director|associate)s?|"
    r"handled\s+by|assigned\s+to)\b", re.I)
"""A role on the claim's own staff, as files write it beside a name ("Adjuster: T. Renner", "Ingrid
Solvang, Property Claims Supervisor", "HANDLER: K. Tremblay (claims spec.)", a signature's title line)."""
_CORRESPONDENT = re.compile(r"^\s*(?:from|to|cc|attn|attention)\s*:", re.I)
"""An e-mail's or a letter's header line: whoever it is to or from works the claim (an adjuster is
named in a file by the mail they send and receive as often as by a role)."""
_STAFF_WINDOW = 60
"""How far (in characters, on the name's line) a role word may stand from the name."""


def person_asked(question: str, *, ignore: Sequence[str] = ()) -> str:
    """The person whose claims a question asks for ("what does kwame ostrowski handle" -> ``kwame
    ostrowski``), or ``""``."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    m = _PERSONS_FILES.search(" ".join(question.split()))
    if m is None:
        return ""
    name = next(g for g in m.group("a", "b", "c", "d", "e") if g is not None)
    name = re.sub(r"'s?$", "", name)  # "marchetti's desk": the person is marchetti
    words = [w for w in name.split() if w.lower().strip(".") not in STOPWORDS or len(w) > 3]
    if not words or any(w.lower() in _NOT_A_PERSON or w.lower() in _ROLE_NOUNS
                        or set(content_terms(w)) & _NOT_A_NAME for w in words):
        return ""
    return " ".join(words).strip(" ?.!,")


def staff_line(name: str, text: str) -> str | None:
    """The line of ``text`` that names the person ``name`` in a role on the claim's staff: the role
    word near the name on its line, or on the next line when the name stands alone on its own (a
    signature: "Kwame Ostrowski" then "Senior Marine Claims Examiner"). The surname alone counts ("I.
    Solvang" for "ingrid solvang")."""
    surname = name.split()[-1]
    if len(surname) < 3:
        return None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        for m in re.finditer(rf"\b{re.escape(surname)}\b", line, re.I):
            near = line[max(0, m.start() - _STAFF_WINDOW):m.end() + _STAFF_WINDOW]
            if _STAFF_ROLE.search(near):
                return line.strip()
            if _CORRESPONDENT.match(line):  # the claim's mail is to or from them: on its staff
                return line.strip()
            rest = [ln for ln in lines[i + 1:i + 3] if ln.strip()]
            if len(line.split()) <= 5 and rest and len(rest[0].split()) <= 8 and _STAFF_ROLE.search(rest[0]):
                return f"{line.strip()} {rest[0].strip()}"
    return None


_ANY_ROLE = re.compile(r"\b(?:claims|files|cases|matters)\s+(?:is|are|was|were)\s+.+\s+(?:on|named\s+in|part\s+of)"
                       r"\s*[?.!]?\s*$", re.I)
""""Which claims is X on": every claim whose files name the person, in whatever role."""


def named_line(name: str, text: str) -> str | None:
    """The first line of ``text`` that names the person by full name ("Priya Santhanam"), or by
    initial and surname ("P. Santhanam"); None for a surname alone (a relative may share it)."""
    parts = name.split()
    if len(parts) < 2:
        return None
    first, last = re.escape(parts[0]), re.escape(parts[-1])
    pattern = re.compile(rf"\b{first}\s+(?:[A-Z]\.\s+)?{last}\b|\b{first[0]}\.\s*{last}\b", re.I)
    return next((ln.strip() for ln in text.splitlines() if pattern.search(ln)), None)


def _namesake_on(claim: ClaimRecord, name: str) -> bool:
    """True when a party of ``claim`` shares the surname of ``name`` under another given name (the
    claimant Joanna Ramirez, when Grace Ramirez's claims are asked for): the surname in its files is
    that party's, and its files need not be searched for the person asked."""
    first, surname = name.lower().split()[0].strip("."), name.lower().split()[-1]
    for person in (*claim.insured, *claim.claimants, *claim.adjusters):
        words = person.lower().split()
        if len(words) > 1 and words[-1] == surname and not words[0].strip(".").startswith(first[:1]):
            return True
    return False


def _party_of(claim: ClaimRecord, name: str) -> bool:
    """Whether the person ``name`` is the insured or a claimant of ``claim`` (by surname and first initial)."""
    first, surname = name.lower().split()[0][:1], name.lower().split()[-1]
    return any(words[-1] == surname and words[0].startswith(first)
               for words in (p.lower().split() for p in (*claim.insured, *claim.claimants)) if words)


def _staff_files(question: str, claims: Sequence[ClaimRecord], docs_of: dict[str, list[DocumentInfo]],
                 adjusters: Sequence[str], mentions: Mentions | None, similar: Similar | None, *,
                 ignore: Sequence[str] = (), excluded: set[str] = set()) -> ExpertResult | None:
    """"What files does Lee have", "claims solvang is working": every claim on whose staff the person
    is (adjuster, examiner, handler, supervisor, appraiser), by the registry's adjusters and by the
    lines of each claim's files that name the person in such a role; None when the question asks
    for no person's claims, or the files add no claim to the registry's (the adjuster answer then
    says it)."""
    name = person_asked(question, ignore=ignore)
    if not name or mentions is None or similar is None:
        return None
    words = set(name.lower().split())
    name = next((a for a in adjusters if words <= set(a.lower().replace(".", "").split())), name)  # the registry's
    by_name = mentions(name)  # whole name for the person asked ("Grace" -> "Grace Ramirez")
    by_surname = mentions(name.split()[-1]) if len(name.split()) > 1 else []  # "I. Solvang" too
    in_reach = {c.claim_id: c for c in claims}
    surname = name.split()[-1].lower()
    # the claims whose adjuster they are (a loss run's rows too), and those whose files name them
    handling = [c.claim_id for c in claims if any(surname in a.lower().split() for a in c.adjusters)]
    candidates = [c for c in dict.fromkeys([*by_name, *by_surname, *handling]) if c in in_reach and c not in excluded
                  and (c in by_name or c in handling or not _namesake_on(in_reach[c], name))]
    if not candidates:
        return None
    by_registry = {c.claim_id: a for c in claims for a in c.adjusters
                   if c.claim_id in candidates and surname in a.lower().split()}
    if adjusters and set(candidates) <= set(by_registry):
        return None  # the registry's adjuster answer says it all (an adjuster's caseload: no search of the files)
    sources = Sources()
    reasons: dict[str, Reason] = {}
    for claim_id in candidates:
        if claim_id in by_registry:
            located = fact_for(docs_of.get(claim_id, []), "adjuster", by_registry[claim_id])
            if located is not None:
                reasons[claim_id] = (located[0], located[1], f"adjuster {by_registry[claim_id]}")
    any_role = _ANY_ROLE.search(question) is not None  # "which claims is X on": named in any role
    rest = [c for c in candidates if c not in reasons]  # the files are searched only for these
    found = similar(f"{name} adjuster examiner handler", rest) if rest else {}
    for claim_id in rest:
        # an adjuster of a claim in reach, named in full in another claim's files but not as its party
        # ("Notes appended by Ingrid Salcedo", "Benefit analyst: Ingrid Salcedo"), works that one too
        by_full_name = any_role or bool(by_registry) and not _party_of(in_reach[claim_id], name)
        for passage, excerpt, _ in found.get(claim_id, []):
            stated = staff_line(name, excerpt) or staff_line(name, passage.text) or (
                named_line(name, passage.text) if by_full_name else None)
            reason = reason_for(claim_id, docs_of, passage, stated) if stated else None
            if reason is not None:
                reasons[claim_id] = reason
                break
    if not reasons or set(reasons) <= set(by_registry) and adjusters:
        return None
    shown = name if len(name.split()) > 1 or len(adjusters) != 1 else adjusters[0]
    shown = shown.title() if shown.islower() else shown
    filters = read_conditions(question, ignore=[*ignore, name])
    filters.topic, filters.phrase, filters.any_of = [], "", []
    theirs = [c for c in claims if c.claim_id in reasons]
    matches = matching_claims(filters, theirs, docs_of, mentions=mentions, similar=similar) if filters else [
        Match(c, []) for c in theirs]
    whose = f"with {shown} on their staff"
    wanted = ", ".join(filter(None, [whose, filters.describe()]))
    marker = cite_lookup(sources, wanted, len(claims), [m.claim.claim_id for m in matches])
    if not matches:
        text = f"None of the claims {shown} is on matches ({filters.describe()}) {marker}."
        return ExpertResult(text, "lookup", sources.citations, [], {"kind": "staff", "person": name})
    ids = [m.claim.claim_id for m in matches]
    lines = [f"{shown} is on {len(ids)} claim{'s' if len(ids) != 1 else ''}"
             f"{' (' + filters.describe() + ')' if filters else ''} {marker}: {_join(ids)}."]
    for m in matches[:LISTED_AT_MOST]:
        doc, line, what = reasons[m.claim.claim_id]
        cite = cite_reason(sources, (doc, line, what))
        said_line = what if what != "topic" else _quote(line.text if line is not None else "")
        lines.append(f"- {m.claim.claim_id}: {said_line} {cite}")
    lines.extend(_more(len(matches)))
    return ExpertResult("\n".join(lines), "lookup", sources.citations, ids, {"kind": "staff", "person": name})
