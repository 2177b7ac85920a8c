"""The manager: reads a question, resolves which claim it is about, routes it to an expert,
and finishes the expert's reply into the :class:`~rag.answer.Answer` every surface renders.

Offline the manager is rules, not a model (see :mod:`rag.router`). Its jobs, in order:

1. Resolve the claims: named in the question; else a person or business named in it that is
   the insured or claimant of a claim (a surname two claims share narrowed by the type of loss
   or a name the files write, "the Okafor Accord"); else, for a lookup, a business or third
   party that exactly one claim's documents mention ("which claim is Harbor Lock involved
   in"); else the type of loss described; else a name the files write only as a name
   ("until the Accord was back"); else, for a follow-up, the claim the conversation was
   about; else, for a fact, words only one claim's files write, where the question's best
   passage in reach is too ("who wrote the chiller report"). A name several claims fit is asked
   back ("which one do you mean?") unless the rest of the question clearly picks one. A claim
   named that is not in reach is reported, with the claims that are. Then the question's
   shorthand that the claim's files never write is put in the words they do
   (:mod:`rag.wording`: "property mgr" -> "property manager").
2. Route, and call the expert (calculation and lookup fall back to the needle expert when
   they cannot answer).
3. Number the citations from 1 in order of appearance, and fill in what was searched, the
   latency and a trace (route reason, passages retrieved, timings) for debugging.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from rag import intents
from rag.answer import Answer, Citation
from rag.catalog import prefetch
from rag.corpus import Corpus
from rag.errors import UnknownClaimError
from rag.experts.calculation import Search, answer_calculation, answer_from_question, computed_from_unit, select_values
from rag.experts.calculation.moments import select_moments, select_stated
from rag.experts.card import CARD_EMBEDDED_UNITS, Find
from rag.experts.digest import Gather
from rag.experts.filters import as_topic_text, read_conditions
from rag.experts.lookup import answer_lookup, answer_party_claim, list_claims, lists_claims, names_in
from rag.experts.needle import MIN_SCORE, answer_needle, head_phrase, rank_lines, rule_view
from rag.experts.result import ExpertResult
from rag.experts.summary import (
    answer_document_summary,
    answer_summary,
    claim_description_terms,
    claims_described,
    documents_named,
    is_summary_sentence,
    loss_type_terms,
    summary_topic,
)
from rag.experts.text import STOPWORDS
from rag.glossary import expand
from rag.metadata import claim_groups, find_claim_ids, looks_like_year
from rag.records import WORKSPACE, ClaimRecord, DocumentInfo, Passage, documents_by_claim, reach_key
from rag.resolve import (
    asks_for_several,
    choice_asked,
    choice_text,
    claim_phrase,
    corrected,
    corrections,
    describe,
    description_words,
    fuzzy_names,
    narrowed,
    picked,
    place_phrases,
    unknown_claim_numbers,
    unwritten_claim_numbers,
    with_honorific,
)
from rag.router import (
    HANDLING_VERBS,
    PARTY_NOUNS,
    RouteDecision,
    asks_which_claim,
    decide_route,
    normalize_question,
)
from rag.selection import Ask, Scored, Unit, candidate_units, embed_cached, select_many
from rag.wording import in_files_words

log = logging.getLogger(__name__)

_LOOKUP_WORDS = frozenset(
    {*HANDLING_VERBS, *(n for n in PARTY_NOUNS if " " not in n),
     *"claim claims file files loss losses matter case involved mentioned named listed part tied connected related "
      "associated other else besides which what who whose policy number date".split()}
)
"""The lookup's own wording: not the name of a business or third party (nor the registry fact asked:
"the policy number on the LTC rider" names the claim by "LTC", not by the one file that writes
"policy number")."""


EMPTY_QUESTION = (
    "Ask me about a claim file, e.g. \"What was the towing cost on CLM-1042?\", "
    "\"Summarize CLM-1042\" or \"Which claims are on file?\""
)


_MOST_LIKE_PAGES = 2
"""The pages (or sections) of a claim, around its best retrieved leaves, whose units a lookup's
topic is compared with by meaning."""
_MOST_LIKE_LEAVES_PER_CLAIM = 12
_MOST_LIKE_LEAVES = 400
"""The leaves one search for a lookup's topic by meaning reads: as many a claim as one claim's
question retrieves, up to this many across a big reach (one search, not one per claim)."""
_MOST_LIKE_CLAIMS = 20
"""The claims (best leaf first) whose units that search compares with the topic, in one batched
embedding: the claims about the topic stand apart at the top (see ``similar_topic_hits``)."""
_MOST_LIKE_UNITS = 240
_MOST_LIKE_UNITS_A_CLAIM = 12
"""The units that embedding holds at most, shared among those claims (at least this many a claim):
two pages of 20 claims are ~1,600 units, seconds of embedding on a busy machine."""
_POINTS_BACK = re.compile(
    r"^\s*(?:and|also|what about|how about|same for)\b|\b(?:it|its|it's|that|this|these|those|they|them|their|he|she|"
    r"his|her|him|the claim|this claim|that claim|this file|that file|same)\b", re.I)
"""Words by which a question points back at what was being discussed."""


_IDENTIFIER = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,3}")
"""A short word of letters and digits ("3C", "B7", "4WD"): a unit, a bay or a building's name,
as telling as a long word (a plain short word, "car", "van", names nothing)."""


class Manager:
    """Answers questions over a :class:`~rag.corpus.Corpus`; holds no state between questions
    (the conversation comes in as ``history``), so one instance serves every thread."""

    def __init__(self, library: Corpus, *, top_k: int | None = None) -> None:
        self._library = library
        self._top_k = top_k
        self._last_names = threading.local()

    def _names_in(self, question: str, claims: list[ClaimRecord]) -> list[Any]:
        """:func:`names_in`, once per question: it reads every name of every claim (~60 ms at
        2,600 claims) and claim resolution asks it more than once."""
        last = getattr(self._last_names, "value", None)
        if last is not None and last[0] == question and last[1] is claims:
            return last[2]
        found = names_in(question, claims)
        self._last_names.value = (question, claims, found)
        return found

    def answer(
        self, question: str, *, scope: str = WORKSPACE, scopes: Sequence[str] = (), history: Sequence[str] = ()
    ) -> Answer:
        """Answer one question from the documents in reach of ``scope`` (see the module doc), or
        of every scope in ``scopes`` (one search over all of them, e.g. a DM and a channel).
        Greetings, thanks, help and "which claims do you know" get their reply before any search."""
        started = time.perf_counter()
        timings: dict[str, float] = {}
        scope = reach_key(scope, scopes)  # type: ignore[assignment]  # the library reads a tuple as several scopes
        question = normalize_question(question)
        if not question:
            return Answer(EMPTY_QUESTION, "none", latency_ms=_ms(started))
        intent = intents.classify(question)
        if intent == "claims":  # the list of claims is an answer from the files: each line cited
            result = list_claims(self._library.claims(scope=scope), self._library.documents(scope=scope))
            result.trace = {**result.trace, "intent": intent}
            result.claim_ids = [c.claim_id for c in self._library.claims(scope=scope)]
            return self._finish(result, started, [], "the claims on file", {"route": "lookup",
                                "route_reason": "asks which claims are on file"}, {})
        if intent is not None:
            answer = intents.reply(intent, self._library.claims(scope=scope))
            answer.latency_ms = _ms(started)
            return answer

        claims = self._library.claims(scope=scope)
        documents = self._library.documents(scope=scope)
        timings["registry_ms"] = _ms(started)
        known = [c.claim_id for c in claims]
        question, history = self._answer_to_choice(question, history, claims, scope)
        history_ids = _history_claims(history, known, lambda turn: self._named_in_turn(turn, claims))
        decision = decide_route(question, history_claim_ids=history_ids, known=known, embed=self._library.embed)
        bare = [] if decision.claim_ids else _bare_claim_numbers(question, known)
        if bare:  # "on 2077": a number that is a claim on file
            decision = replace(decision, claim_ids=[c for c, _ in bare], follow_up=False)
        numbers = [words for _, words in bare] + _written_claim_ids(question, decision.claim_ids)
        trace: dict[str, Any] = {"route": decision.route, "route_reason": decision.reason}

        missing = [c for c in decision.claim_ids if c not in known]
        if not decision.claim_ids:  # "HO-2025-3301" beside HO-2025-3310: a claim meant, not on file
            missing = unknown_claim_numbers(question, known, also=[p for c in claims for p in c.policy_numbers])
        if not decision.claim_ids and not missing:  # "FL-2026-30977", filed in another channel or nowhere
            missing = unwritten_claim_numbers(question, known, written=lambda words: self._vocabulary(words, scope))
        if missing:
            text = str(UnknownClaimError(missing[0], known))
            return self._finish(ExpertResult(text, "none"), started, missing, "the claims on file", trace, timings)

        docs_of = documents_by_claim(documents, known)
        claim_ids, how, matched = self._resolve_claims(question, decision, claims, docs_of, history_ids, numbers,
                                                       scope)
        trace["claims"] = {"ids": claim_ids, "from": how, "matched": matched}
        if how == "choice":  # a name several claims in reach fit: which ones, and the question back
            return self._finish(ExpertResult(self._choice(question, claim_ids, matched, claims), "none"), started,
                                [], "the claims on file", trace, timings)
        unknown = [c for c in claim_ids if c not in known]
        if unknown:  # a follow-up to a question about a claim that is not in reach ("summarize it")
            text = str(UnknownClaimError(unknown[0], known))
            return self._finish(ExpertResult(text, "none"), started, unknown, "the claims on file", trace, timings)
        # the claims' documents as grouped already, not a pass over every document (6,400 at 100k leaves)
        in_scope = [d for c in dict.fromkeys(claim_ids) for d in docs_of.get(c, [])] if claim_ids else documents
        question = self._in_files_words(question, scope, claim_ids, [d.name for d in in_scope], trace)
        searched = _searched(in_scope, claim_ids)
        _read_ahead(decision.route, claim_ids, docs_of, self._names_in(question, claims), question)

        def vocabulary(words: Sequence[str]) -> set[str]:
            """Which of ``words`` the documents in reach use (all of them when the store fails:
            then every missing word vetoes)."""
            t = time.perf_counter()
            found = self._vocabulary(words, scope)
            timings["vocabulary_ms"] = timings.get("vocabulary_ms", 0.0) + _ms(t)
            return found

        def needle() -> ExpertResult:
            asked = expand(question, uses=vocabulary).text  # "who's the IA" searched as "IA (independent adjuster)"
            queries = [asked, head_phrase(asked, ignore=matched)]
            passages, contexts = self._retrieve(queries, scope, claim_ids, trace, timings)
            names = [n for c in claims for n in (*c.insured, *c.claimants, *c.adjusters)]
            t = time.perf_counter()
            result = answer_needle(question, passages, searched=searched, claim_named=len(claim_ids) == 1,
                                   names=names, contexts=contexts, ignore=matched, vocabulary=vocabulary,
                                   embed=self._library.embed)
            timings["needle_ms"] = _ms(t)
            return result

        def search(phrase: str, kind: str) -> list[tuple[Passage, str, str]]:
            """Units of the claim stating a ``kind`` value (``date``, ``money``; a duration's ``moment`` or
            ``clock`` and a ``stated`` duration, see :mod:`rag.experts.calculation.moments`) for ``phrase``, best
            first: the calculation expert's inputs ("the letter of rep" -> the line that dates it).
            The fact selector scores every unit of the passages retrieved for the phrase that
            holds such a value against the phrase (similarity, BM25, the value next to the words);
            the needle's ranker answers when the selector finds none above its threshold."""
            passages, contexts = self._retrieve([phrase, question], scope, claim_ids, trace, timings)
            ranked = []
            if kind == "money":  # a labelled amount's line: the needle's ranker reads labels well
                ranked = [(c.passage, c.unit, c.value) for c in rank_lines(phrase, passages, contexts=contexts,
                                                                            kind=kind).candidates
                          if c.value and c.score >= MIN_SCORE]
            if ranked:
                return ranked
            t = time.perf_counter()
            if kind in ("clock", "moment"):  # a duration's ends: a date or a time of day (see moments.py)
                picked = select_moments(phrase, passages, contexts, self._library.embed, clock=kind == "clock")
            elif kind == "stated":  # a duration the file states ("taken by phone, 18 minutes")
                picked = select_stated(phrase, passages, contexts, self._library.embed)
            else:
                picked = select_values(phrase, passages, contexts, kind, self._library.embed)
            timings["calc_select_ms"] = timings.get("calc_select_ms", 0.0) + _ms(t)
            trace.setdefault("calc_inputs", []).append({"phrase": phrase, "kind": kind,
                                                        "picked": [u for _, u, _ in picked[:2]]})
            return picked

        def focus(topic: list[str]) -> list[tuple[Passage, str]]:
            """Lines on the topic of a topical summary ("summarize the coverage decision")."""
            if not topic:
                return []
            passages, contexts = self._retrieve([question], scope, claim_ids, trace, timings)
            ranked = rank_lines(" ".join(topic), passages, contexts=contexts).candidates
            return [(c.passage, c.unit) for c in ranked if c.coverage >= 0.5 and is_summary_sentence(c.unit)][:2]

        t = time.perf_counter()
        result = self._dispatch(decision, question, claim_ids, matched, claims, documents, docs_of, needle, focus,
                                search, how=how, scope=scope, trace=trace, timings=timings)
        timings["expert_ms"] = _ms(t)
        return self._finish(result, started, claim_ids, searched, trace, timings)

    def _retrieve(
        self, queries: list[str], scope: str, claim_ids: list[str], trace: dict[str, Any], timings: dict[str, float]
    ) -> tuple[list[Passage], dict[str, Passage]]:
        """Passages for the queries (only the claims', when there are claims), best score per
        passage, and the larger chunk around each when the library can expand them."""
        t = time.perf_counter()
        best: dict[str, Passage] = {}
        for query in dict.fromkeys(q for q in queries if q):
            for p in self._library.retrieve(query, scope=scope, claim_ids=claim_ids, top_k=self._top_k, merge=False):
                if p.node_id not in best or p.score > best[p.node_id].score:
                    best[p.node_id] = p
        passages = sorted(best.values(), key=lambda p: -p.score)
        contexts = {p.node_id: self._library.expand(p) for p in passages}
        timings["retrieve_ms"] = _ms(t)
        timings.update({f"retrieve_{k}": v for k, v in self._library.last_retrieval_timings.items()})
        trace["retrieved"] = [
            {"id": p.node_id, "score": round(p.score, 4), "document": p.document, "page": p.page,
             "claim_id": p.claim_id, "text": _excerpt(p.text)}
            for p in passages
        ]
        return passages, contexts

    def _retrieve_each(
        self, queries: Sequence[str], scope: str, claim_ids: list[str], trace: dict[str, Any], timings: dict[str, float]
    ) -> list[tuple[list[Passage], dict[str, Passage]]]:
        """:meth:`_retrieve` of each query alone (a claim card's fields), in one batched retrieval
        (:meth:`rag.corpus.Corpus.retrieve_many`: what the queries share is read once); the trace
        holds the last query's passages, as one call per query left it."""
        t = time.perf_counter()
        out = []
        for found in self._library.retrieve_many(list(queries), scope=scope, claim_ids=claim_ids,
                                                 top_k=self._top_k, merge=False):
            best: dict[str, Passage] = {}
            for p in found:
                if p.node_id not in best or p.score > best[p.node_id].score:
                    best[p.node_id] = p
            passages = sorted(best.values(), key=lambda p: -p.score)
            out.append((passages, {p.node_id: self._library.expand(p) for p in passages}))
        timings["retrieve_ms"] = _ms(t)
        timings.update({f"retrieve_{k}": v for k, v in self._library.last_retrieval_timings.items()})
        if out:
            trace["retrieved"] = [
                {"id": p.node_id, "score": round(p.score, 4), "document": p.document, "page": p.page,
                 "claim_id": p.claim_id, "text": _excerpt(p.text)}
                for p in out[-1][0]
            ]
        return out

    # -- steps ----------------------------------------------------------------------------

    def _resolve_claims(
        self,
        question: str,
        decision: RouteDecision,
        claims: list[ClaimRecord],
        docs_of: dict[str, list[DocumentInfo]],
        history_ids: list[str],
        numbers: list[str],
        scope: str = WORKSPACE,
    ) -> tuple[list[str], str, list[str]]:
        """``(claim ids, how they were found, the question's words that named them)``.

        ``numbers`` are the bare claim numbers that named claims ("on 2077"): like a name of the
        claim named ("Daniel Okafor ... on CLM-1042"), they are a filter, not words to match.
        """
        people = [m for m in self._names_in(question, claims) if m.role != "adjuster"]
        if decision.claim_ids:
            named = [m.matched for m in people if m.claim_id in decision.claim_ids]
            return decision.claim_ids, "named", named + numbers
        if not people:  # "the ostrowksi claim": a party's name with a typo
            people = fuzzy_names(question, claims, used=lambda words: self._vocabulary(words, scope))
        chosen = [m for m in people if m.exact] or people
        if chosen:
            ids = list(dict.fromkeys(m.claim_id for m in chosen))
            said = list(dict.fromkeys(m.matched for m in chosen))
            one_name = len({s.lower() for s in said}) == 1
            if len(ids) > 1 and (one_name or not any(m.exact for m in chosen)):
                # "the Okafor collision": a surname two claims share, the type of loss picks one
                described = claims_described(summary_topic(question), _loss_types({c: docs_of[c] for c in ids}))
                mentioned = None if described else self._mentioned(question, scope, names_only=True, parts=True)
                if described:
                    ids = described
                elif mentioned and mentioned[0] in ids:  # "the Okafor Accord": the name of the car picks it
                    ids = [mentioned[0]]
                else:  # "Mrs. Okafor's water loss": the words that describe the claim beside the name
                    described_by = description_words(question, said)
                    fewer = narrowed(ids, described_by, lambda word: self._library.claims_mentioning(word, scope=scope))
                    if len(fewer) < len(ids):  # the words named the claim: not the fact asked for
                        ids, said = fewer, [*said, *described_by]
            said = with_honorific(question, said)
            if len(ids) == 1:  # "the VIN on the Halvorsen unit": the firm insured on one claim, named on another's log
                ids = [self._claim_writing_the_party(question, ids[0], [m.name for m in chosen], said, scope)]
            if len(ids) > 1 and one_name and self._asks_one_claim(question, decision):
                one = self._picked_by_rest(question, ids, said, scope)
                return ([one], "name", said) if one else (ids, "choice", said)
            return ids, "name", said
        if decision.route == "lookup" and lists_claims(question):
            return [], "none", []  # "which claims ...": about all of them, whatever came before
        adjuster_named = any(m.role == "adjuster" for m in self._names_in(question, claims))
        if decision.route == "lookup" and asks_which_claim(question) and not adjuster_named:
            mentioned = self._mentioned(question, scope)  # "which claim is Westside Collision in"
            if mentioned:
                return [mentioned[0]], "mention", [mentioned[1]]
        if decision.route in ("summary", "lookup") or re.search(r"\b(?:claim|loss|file)\b", question, re.I):
            # "the water damage claim", "the accord collision claim": the type of loss names it (the words
            # that say which claim, when the question has them: not the fact asked, "days from the loss to ...")
            described = claims_described(summary_topic(claim_phrase(question) or question), _loss_types(docs_of))
            if described:
                return described, "description", []
        if decision.route == "lookup" and not adjuster_named:  # an adjuster's claims are the registry's
            mentioned = self._mentioned(question, scope)
            if mentioned:
                return [mentioned[0]], "mention", [mentioned[1]]
        if decision.route != "lookup" or not adjuster_named:  # "the halvorsen policy #": a part of a run
            mentioned = self._mentioned(question, scope, names_only=True, parts=True)  # "until the Accord was back"
            if mentioned:
                # The words stay in the question: a name can be the topic too ("the towing cost"
                # where the tow company's name holds "Towing").
                return [mentioned[0]], "mention", []
        if self._asks_one_claim(question, decision):  # "the Bramblecote Mews file": a place several claims are at
            several = self._place_of_several(question, scope)
            if several is not None:
                ids, said = several
                one = self._picked_by_rest(question, ids, said, scope) if len(ids) > 1 else None
                if one:
                    ids = [one]
                return ids, ("choice" if len(ids) > 1 else "mention"), said
        if len(history_ids) == 1 and self._follows_up(question, scope):
            return history_ids, "history", []
        if decision.route in ("calculation", "summary", "needle"):
            # "total of the ER and ambulance bills for oyelaran": words that only one claim's files
            # use (a name the name reader missed, a place) pick it; arithmetic or an overview over
            # every claim at once would be no answer. A fact ("who wrote the chiller report") is
            # looked for in that claim only when no document outside a claim (a guideline) uses the
            # words too: a general question stays general.
            mentioned = self._mentioned(question, scope, parts=True, in_claims_only=decision.route == "needle")
            if mentioned:  # the words stay in the question: they can be what is asked about too
                return [mentioned[0]], "mention", []
        return [], "none", []

    def _claim_writing_the_party(self, question: str, claim_id: str, parties: Sequence[str], said: Sequence[str],
                                 scope: str) -> str:
        """The claim a party named in the question belongs to, when the registry gives it one
        (``claim_id``) but other claims' files write the party's whole name too (one insured's
        primary and umbrella claims; a carrier named on its driver's log, which the registry reads
        no insured from): the one the rest of the question picks among them (:meth:`_picked_by_rest`),
        else the registry's."""
        others: set[str] = set()
        try:
            for name in dict.fromkeys(parties):
                others.update(c for c in self._library.claims_mentioning(name, scope=scope) if c and c != claim_id)
        except Exception:  # noqa: BLE001 - a store error: the registry's claim, as before
            log.exception("claims_mentioning failed")
            return claim_id
        if not others:
            return claim_id
        return self._picked_by_rest(question, [claim_id, *sorted(others)], said, scope) or claim_id

    def _picked_by_rest(self, question: str, ids: Sequence[str], said: Sequence[str], scope: str) -> str | None:
        """Of the claims a name fits (``ids``: "bldg G", a policy number two claims share), the one
        the rest of the question clearly picks: the one whose files write every other content word
        of the question that any of them writes, and more of them than any other ("the *delay*
        sublimit on <policy>" where one claim's files alone write "delay"); None when no one claim
        stands out (then the question is asked back)."""
        named = {w.lower() for phrase in said for w in re.findall(r"[A-Za-z][\w'-]*", phrase)}
        rest = [w for w in dict.fromkeys(w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][\w'-]*", question))
                if len(w) > 2 and w not in STOPWORDS and w not in _LOOKUP_WORDS and w not in named]
        writes: dict[str, set[str]] = {c: set() for c in ids}
        try:
            for word in rest:
                for claim_id in self._library.claims_mentioning(word, scope=scope):
                    if claim_id in writes:
                        writes[claim_id].add(word)
        except Exception:  # noqa: BLE001 - a store error: ask which claim, as before
            log.exception("claims_mentioning failed")
            return None
        best = max(ids, key=lambda c: len(writes[c]))
        if all(writes[c] < writes[best] for c in ids if c != best):
            return best
        return None

    def _in_files_words(self, question: str, scope: str, claim_ids: Sequence[str], names: Sequence[str],
                        trace: dict[str, Any]) -> str:
        """The question with the shorthand the files asked about never write spelled out
        (:mod:`rag.wording`), once the claims are known: "property mgr" is looked for as "property
        manager" in a file that writes that, "ACV" left for the files that write "ACV". A file's name
        counts as written: "the ROR" stays the letter named ``reyes-lund-ror-letter.txt``."""
        @functools.cache
        def named() -> str:  # only for a question with shorthand in it: every name in reach, at 100k 6,400 of them
            return " " + " ".join(re.findall(r"[a-z0-9]+", " ".join(names).lower())) + " "

        def written(phrase: str) -> bool:
            if f" {' '.join(re.findall(r'[a-z0-9]+', phrase.lower()))} " in named():
                return True
            return bool(self._library.claims_mentioning(phrase, scope=scope, anywhere=True, most=1,
                                                        claim_ids=claim_ids))

        worded = in_files_words(question, written)
        if worded.replaced:
            trace["worded"] = {"question": worded.text, "replaced": worded.replaced}
        return worded.text

    def _answer_to_choice(self, question: str, history: Sequence[str], claims: list[ClaimRecord],
                          scope: str) -> tuple[str, Sequence[str]]:
        """A reply to "which one do you mean?" ("HO-2025-3310", "the auto one", "the second"): the
        question asked before, about the claim picked, and the conversation before it; else the
        question and the conversation as they are."""
        asked = choice_asked(history)
        if asked is None:
            return question, history
        known = [c.claim_id for c in claims]
        options = [c for c in find_claim_ids(asked[1], known=known) if c in known]
        if len(options) < 2:
            return question, history
        listed = sorted(options, key=lambda c: asked[1].find(c))
        in_options = [c for c in claims if c.claim_id in listed]

        def by_words(words: list[str]) -> list[str]:
            people = {m.claim_id for m in self._names_in(" ".join(words), in_options)}
            if people:
                return [c for c in listed if c in people]
            fewer = narrowed(listed, words, lambda word: self._library.claims_mentioning(word, scope=scope))
            return fewer if len(fewer) < len(listed) else []

        named = find_claim_ids(question, known=known) or [  # "3310": the last digits of one of them
            c for c in listed
            if (tail := re.findall(r"\d+", c)) and re.search(rf"(?<![\w-]){tail[-1]}(?![\w-])", question)]
        claim_id = picked(question, listed, named=named, by_words=by_words)
        if claim_id is None:
            return question, history
        return normalize_question(f"{asked[0]} ({claim_id})"), list(history[:-2])

    def _place_of_several(self, question: str, scope: str) -> tuple[list[str], list[str]] | None:
        """``(claims, the words)`` when the question names a claim by a name its files write (a
        place, a business, an address) just before a claim noun ("the Bramblecote Mews file") or
        after "at" with a street number ("at 12 Bramblecote Mews"), and that name is in the files of
        several claims in reach (at most five): those claims, narrowed by the words between the
        name and the noun ("the Bramblecote Mews *fire* claim") when they tell them apart."""
        fixes = self._corrections(question, scope)
        text = corrected(question, fixes) if fixes else question
        for said in place_phrases(text, stop=STOPWORDS | _LOOKUP_WORDS):
            words = said.split()
            for end in range(len(words), 0, -1):
                name, described = words[:end], words[end:]
                if len(name) == 1 and len(name[0]) < 4:
                    break
                try:
                    ids = self._library.claims_mentioning(" ".join(name), scope=scope, names_only=True)
                except Exception:  # noqa: BLE001 - a store error: no claim from a place
                    log.exception("claims_mentioning failed")
                    return None
                if not ids:
                    continue
                if len(ids) > 5 or (len(ids) == 1 and not described):
                    break  # everywhere: no name of a claim; one claim: the mention rules had their say
                fewer = narrowed(ids, described, lambda w: self._library.claims_mentioning(w, scope=scope))
                return fewer, [" ".join(name), *described]
        return None

    def _named_in_turn(self, turn: str, claims: list[ClaimRecord]) -> list[str]:
        """The claims an earlier turn named by a party's name (the full name, else a surname): one,
        or several when the name fits several (then that turn was about no one claim, and no
        older turn's claim is inherited either)."""
        people = [m for m in names_in(turn, claims) if m.role != "adjuster"]
        chosen = [m for m in people if m.exact] or people
        return list(dict.fromkeys(m.claim_id for m in chosen))

    @staticmethod
    def _asks_one_claim(question: str, decision: RouteDecision) -> bool:
        """Whether the question is about one claim (a fact, a sum, an overview of it), so a name that
        several claims fit must be asked about, not answered for all: "which claims is Okafor in",
        "compare both Okafor files" are about all of them."""
        if asks_for_several(question):
            return False
        return decision.route != "lookup" or not (lists_claims(question) or asks_which_claim(question))

    def _choice(self, question: str, claim_ids: Sequence[str], said: Sequence[str], claims: list[ClaimRecord]) -> str:
        """The reply to a name that several claims fit: each claim, by the party the name matched."""
        by_id = {c.claim_id: c for c in claims}
        people = self._names_in(question, claims) or fuzzy_names(question, claims, used=lambda words: set())
        party = {m.claim_id: (m.role, m.name) for m in reversed(people) if m.role != "adjuster"}
        options = [(c, describe(by_id[c], *party.get(c, ("", "")))) for c in claim_ids if c in by_id]
        return choice_text(said[0] if said else "that", options)

    def _vocabulary(self, words: Iterable[str], scope: str) -> set[str]:
        """Of ``words``, those the documents in reach use (all of them when the store fails: then no
        word is read as a typo, every missing word vetoes, and no claim number is taken for one not on file)."""
        try:
            return set(self._library.vocabulary_has(words, scope=scope))
        except Exception:  # noqa: BLE001 - a store error must not fail the ask
            log.exception("vocabulary_has failed")
            return set(words)

    def _corrections(self, question: str, scope: str) -> dict[str, str]:
        """:func:`rag.resolve.corrections` of the question, once per question and thread."""
        last = getattr(self._last_names, "fixes", None)
        if last is not None and last[0] == (question, scope):
            return last[1]

        def spelled_like(word: str) -> list[str]:
            try:
                return self._library.spelled_like(word, scope=scope)
            except Exception:  # noqa: BLE001 - a store error: no correction
                log.exception("spelled_like failed")
                return []

        fixes = corrections(question, used=lambda words: self._vocabulary(words, scope), spelled_like=spelled_like)
        self._last_names.fixes = ((question, scope), fixes)
        return fixes

    def _follows_up(self, question: str, scope: str) -> bool:
        """Whether a question that names no claim continues the conversation's claim. A question
        that points back ("what about the deductible?", "who is *its* adjuster?") does; one whose
        best passage in reach is a document outside any claim (the handling guidelines) is a new,
        general question and does not inherit the last claim."""
        if _POINTS_BACK.search(question):
            return True
        try:
            best = self._library.retrieve(question, scope=scope, top_k=3, merge=False)
        except Exception:  # noqa: BLE001 - a store error: keep the conversation's claim, as before
            log.exception("retrieve failed while deciding a follow-up")
            return True
        return not best or bool(best[0].claim_id)

    def _mentioned(
        self, question: str, scope: str, *, names_only: bool = False, parts: bool = False,
        in_claims_only: bool = False,
    ) -> tuple[str, str] | None:
        """:meth:`_mentioned_as_written`, or, when that finds nothing, the same with the question's
        typos corrected to words the files in reach write ("the carrawy hieghts file")."""
        found = self._mentioned_as_written(question, scope, names_only=names_only, parts=parts,
                                           in_claims_only=in_claims_only)
        if found is None:
            fixes = self._corrections(question, scope)
            if fixes:
                found = self._mentioned_as_written(corrected(question, fixes), scope, names_only=names_only,
                                                   parts=parts, in_claims_only=in_claims_only)
        return found

    def _mentioned_as_written(
        self, question: str, scope: str, *, names_only: bool = False, parts: bool = False,
        in_claims_only: bool = False,
    ) -> tuple[str, str] | None:
        """``(claim id, the words)`` when the question names a business or third party ("Harbor
        Lock", "DryRight") that the documents of exactly one claim in reach mention: a run of the
        question's words that are neither stopwords nor the lookup's own wording (claim, involved,
        handling, insured, ...). Longest first; none when the library cannot search text.
        ``names_only``: only a run the files write as a name (see ``claims_mentioning``); ``parts``:
        a part of a run may name it too ("the Okafor *Accord*", "days loss until *Accord* back"),
        unless the files write it together with a word next to it in the question (then it is a
        part of a longer name: "special" of "special investigations unit"). ``in_claims_only``: a
        run that a document outside any claim also writes names no claim."""
        mentioning = self._library.claims_mentioning
        runs: list[list[str]] = [[]]
        for w in re.findall(r"[A-Za-z0-9][\w&'-]*", question):
            bare = w.lower().removesuffix("'s")
            if bare in STOPWORDS or bare in _LOOKUP_WORDS or len(bare) < 2:
                runs.append([])
            else:
                runs[-1].append(w.removesuffix("'s"))

        def find(words: Sequence[str]) -> list[str]:
            phrase = " ".join(words)
            found = mentioning(phrase, scope=scope, names_only=names_only, anywhere=in_claims_only, most=2)
            if "" in found:  # also in a document of no claim: the words of a general question
                return []
            if not found and len(words[-1]) > 4 and words[-1].lower().endswith("s"):  # "the Ostrowskis": a family
                return find([*words[:-1], words[-1][:-1]])
            return found

        try:
            found = self._mention_runs(question, runs, find, mentioning, scope, parts)
        except Exception:  # noqa: BLE001 - a store error must not fail the ask: no claim from a mention
            log.exception("claims_mentioning failed")
            return None
        claims = list(dict.fromkeys(claim_id for claim_id, _ in found))
        phrase = f" {claim_phrase(question).lower()} "
        said_there = {c for c, words in found if f" {words.lower()} " in phrase}
        if len(said_there) == 1:
            # "how long from the blast to FD arrival at the laundromat": the run in the words that say which
            # claim decides, whatever the words of the fact asked name
            found = [f for f in found if f[0] in said_there]
        elif in_claims_only and claims:
            # a common word one claim's files happen to write alone ("vendor", "inside") names no
            # claim: the claim must also be where the best passage in reach for the question is
            best = self._best_claim_for(question, scope, ())
            found = [f for f in found if f[0] == best]
        elif len(claims) > 1:
            # "forensics + breach counsel costs on pellworth": one claim's files write "Forensics" (a
            # company's name), another's "Pellworth": the question's words together decide
            best = self._best_claim_for(question, scope, claims)
            found = [f for f in found if f[0] == best]
        return found[0] if found else None

    def _best_claim_for(self, question: str, scope: str, claims: Sequence[str]) -> str | None:
        """Of ``claims`` (no claims: of every claim in reach), the one whose passage in reach is most
        like the whole question (dense and BM25, as any search); None when none of them has one in
        the first few."""
        try:
            passages = self._library.retrieve(question, scope=scope, claim_ids=list(claims), top_k=3, merge=False)
        except Exception:  # noqa: BLE001 - a store error must not fail the ask: no claim from a mention
            log.exception("retrieve failed while weighing mentioned claims")
            return None
        if not claims:
            return passages[0].claim_id if passages else None
        return next((p.claim_id for p in passages if p.claim_id in claims), None)

    @staticmethod
    def _mention_runs(question: str, runs: list[list[str]], find: Callable[[Sequence[str]], list[str]],
                      mentioning: Callable[..., list[str]], scope: str, parts: bool) -> list[tuple[str, str]]:
        """``(claim, words)`` for each run (or, with ``parts``, part of one) that exactly one claim
        mentions, longest first; a part of a run already taken is not read again."""
        pieces = {(tuple(r[i:j]), tuple(r[max(i - 1, 0):j + 1])) for r in runs
                  for i in range(len(r)) for j in range(i + 1, len(r) + 1)
                  if parts or (i == 0 and j == len(r))}
        found: list[tuple[str, str]] = []
        taken: set[str] = set()
        for run, around in sorted(pieces, key=lambda p: (-len(p[0]), question.find(p[0][0]))):
            if (len(run) == 1 and len(run[0]) < 4 and not _IDENTIFIER.fullmatch(run[0])) or taken & set(run):
                continue
            ids = find(run)
            if len(ids) != 1:
                continue
            if len(around) > len(run) and any(mentioning(" ".join(wider), scope=scope, anywhere=True, most=1)
                                               for wider in (around[:len(run) + 1], around[-len(run) - 1:])
                                               if wider != run):
                continue  # "special" of "special investigations unit": part of a longer name in the files
            found.append((ids[0], " ".join(run)))
            taken |= set(run)
        return found

    def _dispatch(
        self,
        decision: RouteDecision,
        question: str,
        claim_ids: list[str],
        matched: list[str],
        claims: list[ClaimRecord],
        documents: list[DocumentInfo],
        docs_of: dict[str, list[DocumentInfo]],
        needle: Callable[[], ExpertResult],
        focus: Callable[[list[str]], list[tuple[Passage, str]]],
        search: Search,
        *,
        how: str = "",
        scope: str = WORKSPACE,
        trace: dict[str, Any] | None = None,
        timings: dict[str, float] | None = None,
    ) -> ExpertResult:
        if decision.route == "summary":
            targets = claim_ids or ([claims[0].claim_id] if len(claims) == 1 else [])
            if not targets:
                named_docs = documents_named(summary_topic(question), documents)
                results = [r for d in named_docs if (r := answer_document_summary(d)) is not None]
                if results:
                    return _merge(results)
                listed = ", ".join(c.claim_id for c in claims) or "none yet"
                return ExpertResult(f"Which claim should I summarize? Claims on file: {listed}.", "none")
            by_id = {c.claim_id: c for c in claims}
            # Words that describe the claim itself ("the fire at Alder Creek") are no topic.
            described = claim_description_terms(question)
            topic = [t for t in summary_topic(question, ignore=matched)
                     if t not in described and not any(t in loss_type_terms(docs_of[c]) for c in targets)]
            lines = focus(topic)
            loose = [d for d in documents if not d.claim_id]  # a video log that names no claim: named, it is read
            return _merge([answer_summary(by_id[c], docs_of[c], focus=[f for f in lines if f[0].claim_id == c],
                                          topic=topic, find=self._field_finder(scope, c, trace or {}, timings or {}),
                                          embed=lambda texts: embed_cached(self._library.embed, texts),
                                          question=question, gather=self._unit_gatherer(scope, c, trace or {},
                                                                                        timings or {}),
                                          loose=loose, gather_loose=self._unit_gatherer(scope, None, trace or {},
                                                                                        timings or {}))
                           for c in targets])
        if decision.route == "calculation":
            if not claim_ids:  # every input stated in the question: one answer, not one per claim
                given = answer_from_question(question)
                if given is not None:
                    return given
            targets = claim_ids or [c.claim_id for c in claims]
            results = [r for c in targets
                       if (r := answer_calculation(question, docs_of[c], search=search if claim_ids else None,
                                                   ignore=matched)) is not None]
            answered = [r for r in results if r.route != "none"]  # "none": an input it could not find, said
            if len(answered) == 1:
                return answered[0]
            if len(answered) > 1:
                return _by_claim(answered)
            if len(results) == 1 and claim_ids:
                return results[0]
            if not claim_ids:  # no claim named, none computed from its own facts: the selector reads them all
                result = answer_calculation(question, documents, search=search)
                if result is not None and result.route != "none":
                    return result
            found = needle()  # the line the selector picks for the whole question may hold every operand
            return computed_from_unit(question, found) or found
        if decision.route == "lookup":
            if how == "mention" and claim_ids:
                by_id = {c.claim_id: c for c in claims}
                passages, _ = self._retrieve(list(matched), scope, claim_ids, trace or {}, timings or {})
                widened = [self._library.expand(p) for p in passages]
                if asks_which_claim(question):
                    result = answer_party_claim(matched[0], by_id[claim_ids[0]], [*passages, *widened])
                    if result is not None:
                        return result
            result = answer_lookup(question, claims, documents, claim_ids=claim_ids, ignore=matched,
                                   mentions=lambda phrase: self._library.claims_mentioning(phrase, scope=scope),
                                   similar=lambda phrase, ids: self._most_like(phrase, scope, ids, claims, timings))
            return result if result is not None else needle()
        return needle()

    def _most_like(self, phrase: str, scope: str, claim_ids: Sequence[str], claims: Sequence[ClaimRecord],
                   timings: dict[str, float] | None = None) -> dict[str, list[tuple[Passage, str, float]]]:
        """Per claim of ``claim_ids``, the units of its files most like ``phrase`` (cosine of the
        embedder's vectors), best first: a lookup's topic read by meaning, and the lines that say it
        (or say it is not so: "no subrogation potential").

        One search across all the claims, not one per claim (one per claim took seconds on a few
        dozen claims and minutes at 2,600): the phrase's leaves, ``_MOST_LIKE_LEAVES_PER_CLAIM`` per
        claim up to ``_MOST_LIKE_LEAVES``; each claim's best leaves widened to its two best pages or
        sections; the units of the ``_MOST_LIKE_CLAIMS`` claims whose best leaf scores highest
        embedded in one batched call. A claim none of whose leaves came back is left out: it is
        less like the phrase than the ones listed. ``claims`` (every claim in reach) lets a search
        over all of them skip the claim filter, which Chroma evaluates record by record."""
        wanted = list(dict.fromkeys(claim_ids))
        if not wanted:
            return {}
        t = time.perf_counter()
        # one claim: the engine's own top k, as any question about it retrieves
        top_k = self._top_k if len(wanted) == 1 else min(_MOST_LIKE_LEAVES, _MOST_LIKE_LEAVES_PER_CLAIM * len(wanted))
        unfiltered = len(wanted) > 1 and set(wanted) >= {c.claim_id for c in claims}
        leaves = self._library.retrieve(phrase, scope=scope, claim_ids=[] if unfiltered else wanted, top_k=top_k,
                                        merge=False)
        kept = set(wanted)
        by_claim: dict[str, list[Passage]] = {}
        for p in sorted(leaves, key=lambda p: -p.score):
            if p.claim_id in kept:
                by_claim.setdefault(p.claim_id, []).append(p)
        best = sorted(by_claim, key=lambda c: -by_claim[c][0].score)[:_MOST_LIKE_CLAIMS]
        units = {}
        share = max(_MOST_LIKE_UNITS // max(1, len(best)), _MOST_LIKE_UNITS_A_CLAIM)
        for claim_id in best:
            passages = by_claim[claim_id][:4]
            contexts = {p.node_id: self._library.expand(p) for p in passages}
            # the units of the two best pages or sections: embedding every unit of four took seconds a claim
            found = [u for u in candidate_units(passages, contexts, max_passages=_MOST_LIKE_PAGES)
                     if len(u.text.split()) >= 3]
            # many claims: each one's share, the units of its retrieved leaves first
            units[claim_id] = sorted(found, key=lambda u: -u.retrieval)[:share] if len(found) > share else found
        texts = [as_topic_text(u.text) for claim_id in best for u in units[claim_id]]
        out: dict[str, list[tuple[Passage, str, float]]] = {}
        if texts:
            # through the selector's vector cache: the next question about these claims reads the same pages
            vectors = embed_cached(self._library.embed, [phrase, *texts])
            sims = vectors[1:] @ vectors[0]
            at = 0
            for claim_id in best:
                own = sims[at:at + len(units[claim_id])]
                order = np.argsort(-own)[:12]
                out[claim_id] = [(units[claim_id][i].passage, units[claim_id][i].excerpt, float(own[i]))
                                 for i in order]
                at += len(units[claim_id])
        if timings is not None:
            timings["by_meaning_searches"] = timings.get("by_meaning_searches", 0) + 1
            timings["by_meaning_embedded"] = timings.get("by_meaning_embedded", 0) + len(texts)
            timings["by_meaning_ms"] = timings.get("by_meaning_ms", 0.0) + _ms(t)
        return out

    def _unit_gatherer(self, scope: str, claim_id: str | None, trace: dict[str, Any],
                       timings: dict[str, float]) -> Gather:
        """``gather(queries)`` over one claim's files (``None``: every file in reach): per query, the
        candidate units of the passages it retrieves (all in one batched retrieval), each widened to
        its page or section (a digest of one document or topic)."""

        def gather(queries: Sequence[str]) -> list[tuple[list[Passage], list[Unit]]]:
            asked = [q for q in dict.fromkeys(queries) if q]
            found = dict(zip(asked, self._retrieve_each(asked, scope, [claim_id] if claim_id else [], trace,
                                                        timings)))
            return [(passages, candidate_units(passages, contexts))
                    for passages, contexts in (found.get(q, ([], {})) for q in queries)]

        return gather

    def _field_finder(self, scope: str, claim_id: str, trace: dict[str, Any], timings: dict[str, float]) -> Find:
        """``find(asks)`` over one claim's files: for each ``(question, kind)`` of the claim card,
        the fact selector's units, best first. Each question retrieves its own passages (all in one
        batched retrieval: :meth:`_retrieve_each`), then the selector scores them all in one batched
        pass (:func:`select_many`: every text embedded once, in one call)."""

        def find(asks: Sequence[tuple[str, str | None]]) -> list[list[Scored]]:
            questions = list(dict.fromkeys(question for question, _ in asks if question))
            retrieved = dict(zip(questions, self._retrieve_each(questions, scope, [claim_id], trace, timings)))
            retrieved.update({q: ([], {}) for q, _ in asks if not q})
            t = time.perf_counter()
            units = {q: candidate_units(*found) for q, found in retrieved.items()}
            rules = {q: rule_view(q, found[0], contexts=found[1]) for q, found in retrieved.items()}  # fitted with them
            selections = select_many([Ask(q, units[q], kind, rules[q]) for q, kind in asks], self._library.embed,
                                     embedded_units=CARD_EMBEDDED_UNITS)
            timings["card_select_ms"] = timings.get("card_select_ms", 0.0) + _ms(t)
            return [s.scored for s in selections]

        return find

    def _finish(
        self,
        result: ExpertResult,
        started: float,
        claim_ids: list[str],
        searched: str,
        trace: dict[str, Any],
        timings: dict[str, float],
    ) -> Answer:
        text, citations = renumber(result.text, result.citations)
        trace = {**trace, "expert": result.trace, "timings": {k: round(v, 2) for k, v in timings.items()}}
        return Answer(
            text=text,
            route=result.route,
            citations=citations,
            latency_ms=_ms(started),
            claim_ids=result.claim_ids or ([] if result.route == "none" else claim_ids),
            searched=searched,
            trace=trace,
        )


def _read_ahead(route: str, claim_ids: Sequence[str], docs_of: dict[str, list[DocumentInfo]],
                people: Sequence[Any], question: str = "") -> None:
    """Read the details (summary points, fact lines) of every claim the expert will read, at once
    (one round trip, where the expert would make one per claim): the claims resolved; for a
    lookup, every claim of a person the question names (an adjuster's claims) unless the
    registry's index holds the lines that name them (then the lookup cites those, and ~100
    claims' details are not read for "which claims is Fatima Bell handling"); for a list of
    claims by status or open reserve, all of them (their events and amounts), and by a topic,
    those whose type of loss the index does not hold (their narrative); for a calculation over
    no named claim, all of them."""
    wanted = set(claim_ids)
    if route == "lookup":
        wanted |= {m.claim_id for m in people
                   if any(d.facts_at_hand(m.role) is None for d in docs_of.get(m.claim_id, []))}
        if not claim_ids and lists_claims(question):
            conditions = read_conditions(question)
            if conditions.status or conditions.reserve:
                wanted = set(docs_of)
            elif conditions.topic:
                wanted |= {c for c, docs in docs_of.items() if not any(d.loss_type_points() for d in docs)}
    elif route == "calculation" and not claim_ids:
        wanted = set(docs_of)
    prefetch([d for c in wanted for d in docs_of.get(c, [])])


def _loss_types(docs_of: dict[str, list[DocumentInfo]]) -> dict[str, list[DocumentInfo]]:
    """Each claim's documents as their type of loss alone, which is all that picking a claim by
    its description reads: from the registry's index, not every claim's summary points."""
    return {c: [DocumentInfo(name=d.name, doc_id=d.doc_id, scope=d.scope, metadata=d.metadata,
                             summary_points=d.loss_type_points()) for d in docs]
            for c, docs in docs_of.items()}


def renumber(text: str, citations: Sequence[Citation]) -> tuple[str, list[Citation]]:
    """Number citations from 1 in order of first appearance in ``text``; one excerpt from one
    place gets one number; citations the text never points at are dropped."""
    by_n = {c.n: c for c in citations}
    new_of: dict[int, int] = {}
    key_to_new: dict[tuple[str, int | None, str], int] = {}
    out: list[Citation] = []

    def swap(match: re.Match[str]) -> str:
        old = int(match.group(1))
        cite = by_n.get(old)
        if cite is None:
            return match.group(0)
        if old not in new_of:
            key = (cite.document, cite.page, cite.excerpt)
            if key not in key_to_new:
                key_to_new[key] = len(out) + 1
                out.append(Citation(**{**cite.__dict__, "n": key_to_new[key]}))
            new_of[old] = key_to_new[key]
        return f"[{new_of[old]}]"

    return re.sub(r"\[(\d+)\]", swap, text), out


def _merge(results: list[ExpertResult]) -> ExpertResult:
    """Several experts' replies as one (e.g. two claims summarized), markers kept distinct."""
    if len(results) == 1:
        return results[0]
    texts: list[str] = []
    citations: list[Citation] = []
    for r in results:
        offset = len(citations)
        texts.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", r.text))
        citations.extend(Citation(**{**c.__dict__, "n": c.n + offset}) for c in r.citations)
    route = next((r.route for r in results if r.route != "none"), "none")
    claim_ids = [c for r in results for c in r.claim_ids]
    return ExpertResult("\n\n".join(texts), route, citations, claim_ids)  # type: ignore[arg-type]


def _by_claim(results: list[ExpertResult]) -> ExpertResult:
    """One calculation per claim, when the question named none: listed, never mixed."""
    labelled = [
        ExpertResult(f"{(r.claim_ids or ['?'])[0]}: {r.text}", r.route, r.citations, r.claim_ids, r.trace)
        for r in results
    ]
    merged = _merge(labelled)
    merged.text = "This differs by claim:\n" + merged.text.replace("\n\n", "\n") + "\nName a claim to narrow it down."
    merged.claim_ids = []
    return merged


def _bare_claim_numbers(question: str, known: Sequence[str]) -> list[tuple[str, str]]:
    """Claims on file named by their number alone ("what happened on 2077"), as ``(claim id,
    the words that named it)``. Only numbers of known claims count, never an amount or a year
    written with them ("$1,042", "2026-10-42")."""
    found = []
    tails = _claim_tails(tuple(known))
    for claim_id in known:
        for number in dict.fromkeys([claim_id.split("-", 1)[-1], *tails.get(claim_id, [])]):
            if number not in question or not any(c.isdigit() for c in number):
                continue  # a substring test first: a pattern per claim overflows re's cache ("IM/24/00781-C" is no "C")
            m = re.search(rf"(?<![\w$,.\-/]){re.escape(number)}(?![\w,.\-/]\d)", question)
            if m:
                found.append((claim_id, m.group(0)))
                break
    return found


@functools.lru_cache(maxsize=8)
def _claim_tails(known: tuple[str, ...]) -> dict[str, list[str]]:
    """Each claim's last group of digits, as adjusters shorten a long number ("the rental on 3310"
    for ``HO-2025-3310``): at least four digits, no year (``2025``), and no other claim's."""
    tails: dict[str, list[str]] = {}
    for claim_id in known:
        groups = re.findall(r"\d+", claim_id)
        if groups and len(groups) > 1 and len(groups[-1]) >= 4 and not looks_like_year(groups[-1]):
            tails.setdefault(groups[-1], []).append(claim_id)
    return {ids[0]: [tail] for tail, ids in tails.items() if len(ids) == 1}


def _written_claim_ids(question: str, claim_ids: Sequence[str]) -> list[str]:
    """How the question writes the claim numbers it names ("ho 2024 8892", "WC-2025-00123",
    "W/C 4471-0926", "EPL.2026.0412-C"): words that pick the claim, for the experts to leave out of
    what they match. The groups may be joined by any punctuation or spaces, or none."""
    found = []
    for claim_id in claim_ids:
        parts = [re.escape(p) for p in claim_groups(claim_id)]
        whole = r"(?<![A-Za-z0-9])" + r"[\W_]{0,3}".join(parts) + r"(?![A-Za-z0-9])"
        m = re.search(whole, question, re.I) if parts else None
        if m:
            found.append(m.group(0))
    return found


def _history_claims(history: Sequence[str], known: Sequence[str] = (),
                    by_name: Callable[[str], list[str]] | None = None) -> list[str]:
    """The claims of the latest turn that named any, by number or (``by_name``) by a party's name
    ("the halvorsen claim", answered without the claim's number): a follow-up is about those."""
    for turn in reversed(history):
        ids = find_claim_ids(turn, known=known) or (by_name(turn) if by_name is not None else [])
        if ids:
            return ids
    return []


def _searched(documents: Sequence[DocumentInfo], claim_ids: Sequence[str]) -> str:
    n = len(documents)
    noun = "document" if n == 1 else "documents"
    if claim_ids:
        return f"the {n} {noun} of {', '.join(claim_ids)}"
    claims = sorted({d.claim_id for d in documents if d.claim_id})
    across = f" ({len(claims)} claims)" if len(claims) > 1 else ""
    return f"all {n} {noun} in reach{across}"


def _excerpt(text: str, limit: int = 300) -> str:
    """The start of a retrieved passage for the trace (the playground's debug panel shows it)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000
