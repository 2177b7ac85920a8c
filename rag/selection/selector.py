"""The answer selector: which unit of the retrieved passages states the fact asked for.

Every candidate unit (see :mod:`rag.selection.units`) is described by features that hold for
any claim file, whoever wrote it:

- ``dense``: MiniLM cosine of the unit to the question (one batched embed call per question,
  with the headings and labels), and ``dense_gap``, its distance to the best unit's;
- ``bm25`` (relative to the best unit) and ``coverage`` (the IDF-weighted share of the
  question's words the unit holds), BM25 computed over the candidate units themselves;
- ``kind_match`` / ``kind_miss``: the question asks for a kind of value (an amount, a date, a time
  of day, a person, an address, a reference number, ...; :mod:`rag.selection.values`) and the
  unit holds one / holds none (a date something is due by, "a decision will follow *by* October
  10", is no date of what happened unless the question asks when something is due);
- ``heading``: cosine of the unit's section heading (or document name) to the question, and
  ``label``: of its label or table header;
- ``rank`` and ``retrieval``: where its passage came in the retrieval, and that score;
- ``record`` and ``length``: a ``Label: value`` line or table row, and how long the unit is;
- ``value_near``: the share of the question's words next to the value (its column header and row
  key, its label, or its clause), and ``label_terms``: in the unit's label;
- ``absent``: the share of the question's words that no candidate unit, heading or document name
  holds, nor begins or ends a longer word of theirs ("vet" of "veterinary", "leg" of "foreleg"):
  chat words count too, so the model weighs it against the others; and ``absent_dense``, that
  share times the unit's ``dense``: a word the file lacks says less when the unit means what the
  question asks ("the animal doctor's charge" and "Emergency veterinary visit: $1,284.50");
- ``absent_qualifier``: a missing word qualifies a word the units hold ("the *earthquake*
  deductible"): the thing asked about may be another than the one the file talks about;
- ``kind_none``: the question asks for no kind of value ("what caused the fire"): its best unit is
  less often right, whatever its other features;
- ``absent_used``: the share of the question's words that no candidate unit, heading or document
  name holds although the files in reach use them elsewhere: this claim's files lack the thing
  asked about. (Words no file uses are how the asker talks, "tl;dr", "sublet": no evidence.)

- ``head_held``: the share of the words of what is asked (the question before its first "in/on/
  for ..." phrase: "the *flood policy number* for ...") that the unit, its section or its document
  holds: a Policy Number line is a weak answer about a flood policy's number;
- ``novel``: how many words the unit says beyond the question's own (``To: Janelle Whitcomb``
  repeats the name asked about and says nothing of who she is);
- ``dense_lead``: the unit's ``dense`` minus the best other unit's: how far the best unit stands
  out (positive only for the best), which the second stage also weighs as the winner's margin;
- ``head_dense``: cosine of what is asked (the question's head, :func:`_asked_phrase`: "the
  *depreciation* on the upper cabinets line") to the unit: the same similarity as ``dense``
  without the words that say where to look; and ``pair_label``: of it to the column header or
  label of the value the unit would answer with ("Depreciation" of a row whose "RCV" and "ACV"
  are other values). Embeddings, not words: "what did the tow set us back" is near "Towing charge".
- ``role_beside``: a "who is <name>" question and a role written beside that name in the unit
  (an appositive, a signature block's ``Name | Title`` or ``Name - Title``, ``Name, MD (specialty)``,
  a label before the name: ``Claims examiner | Name``), whose role is then the unit's value; or a
  "who's the <role>" question and a person beside a role holding the head of what is asked
  (:func:`role_beside`). A line that only names the person ("To: Janelle Whitcomb") has none;
- ``head_noun``: the head of what is asked (its last word, "claimant *attorney*", "the hourly
  *rate*") beside the unit's value (1), elsewhere in the unit (0.5), or missing (0): a unit *about*
  the thing holds its words, a unit that *answers* holds them next to the answer.
- ``blank_value``: a field whose label shares a word with the question is left blank or marked
  unknown (``Next of kin: ____``, ``N/A``, ``pending``): no answer, whatever its probability; ``id_absent``:
  the share of the question's own identifiers ("RC-22-0417", "unit 3B"; not the claim's number) that no
  candidate unit holds (a question-level feature, an input of the second stage). Neither is weighed by
  the shipped first stage.
  (Left out of the shipped weights by the fit and deleted in session 14: ``exact_token``, a unit writing the
  question's identifiers; ``label_fit``/``label_clash``, the label a value stands under against the
  question's words; ``hedged``, a clause denying or deferring its value; ``dense_z``, a unit's ``dense``
  in the spread of the others'; ``kind_dense`` and ``fit_bm25``, two interactions. Before ``typed_lead``,
  the unit's ``dense`` ahead of the other units holding the kind asked for, was tried in session 8:
  fitted, it took the largest weight and answered no more questions right on the dev sets, two fewer on
  holdout2 and three fewer on train: left out.)
- ``rules`` and ``rules_pick``: the rule-based line choice's score of the unit (relative to its
  best) and whether it is the line the rules would answer with (``rag.experts.needle.rule_view``).
  They are features like the others, not a gate: on our samples, which they were written for,
  the rules are nearly always right; on files written by others about half the time, and right
  on other questions than the similarity. The weights say how far to trust them.

The question is read with its shorthand written out first (:func:`rag.glossary.expand`: the
trade's abbreviations, those the candidates' passages define, and an everyday word the units lack
whose trade word they hold, "break" and "fracture"): BM25, coverage, the dense query and the
kind of value asked all see "AWW (average weekly wage)", while ``absent`` is judged on the
asker's own words (an abbreviation whose meaning the units hold is not absent).

A logistic model fitted on our training question sets, those on our samples and an
outside-style one (``python -m rag.selection.fit``; weights in ``weights.json``, which says what
they were fitted on) turns them into the probability that the unit states the answer. The
threshold under which the selector says "not found" was calibrated on the questions whose
answer is absent from the files.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from rag.embedding.cache import embed_cached
from rag.experts.text import CLAUSES, STOPWORDS, content_terms, stem, words
from rag.glossary import LAY, ROLE_WORDS, defined_abbreviations, expand
from rag.metadata import find_claim_ids, find_dates
from rag.selection.units import Unit, plain
from rag.selection.values import find_values, question_kind_words

FEATURES = (
    "dense", "dense_gap", "bm25", "coverage", "kind_match", "kind_miss", "heading", "label", "rank",
    "retrieval", "record", "length", "value_near", "label_terms", "absent", "absent_used", "absent_qualifier",
    "kind_none", "rules", "rules_pick", "head_held", "novel", "dense_lead", "head_dense", "pair_label", "absent_dense",
    "role_beside", "head_noun", "blank_value", "id_absent",
)
DENSE = frozenset({"dense", "dense_gap", "heading", "label", "dense_lead", "head_dense", "pair_label", "absent_dense"})
"""The features that need the embedder; the others rank the units first, and only the best
:data:`EMBEDDED_UNITS` of them are embedded (the cost of a question stays flat however long its
pages are)."""
EMBEDDED_UNITS = 12
QUESTION_LEVEL = frozenset({"absent", "absent_used", "absent_qualifier", "kind_none", "id_absent"})
"""Features of the question, the same for all its units: they move the probability that the best
unit answers, not which unit is best."""

WEIGHTS_PATH = Path(__file__).with_name("weights.json")

INPUTS: ContextVar[list[Inputs] | None] = ContextVar("selection_inputs", default=None)
"""Set by ``python -m rag.selection.fit --cache``: what every selection meanwhile was asked to
score (the question, its candidate units, the rules' view, the vocabulary's answers), so a model
with new features is refitted on the engine's own candidates without retrieving them again."""

Embed = Callable[[list[str]], np.ndarray]
"""Texts to unit vectors, ``(n, d)``: the engine's embedder."""


class Rules(Protocol):
    """What a rule-based line choice says about the units (``rag.experts.needle.RuleView``): two
    features among the others, weighed by the fitted model like them."""

    @property
    def scores(self) -> Mapping[str, float]: ...  # a unit's rule score by its exact text

    @property
    def pick(self) -> str | None: ...  # the unit the rules would answer with


@dataclass(frozen=True)
class RecordedRules:
    """A :class:`Rules` kept as data (see :data:`INPUTS`)."""

    scores: Mapping[str, float]
    pick: str | None


@dataclass
class Inputs:
    """One call of :func:`select`, replayable: :meth:`replay` featurizes it again with the
    current features."""

    question: str
    candidates: list[Unit]
    ignore: tuple[str, ...]
    kind: str | None
    rules: RecordedRules | None
    vocabulary: dict[str, bool] | None
    """The words the vocabulary was asked about and its answers (None: no vocabulary was given)."""

    def replay(self, embed: Embed, model: Model | None = None, *, embed_all: bool = False) -> Selection:
        """Featurized again (unscored), the vocabulary answering as it did (a word it was not
        asked about counts as unused)."""
        known = self.vocabulary
        vocabulary = None if known is None else (lambda ws: {w for w in ws if known.get(w, False)})
        return featurize(self.question, self.candidates, embed, ignore=self.ignore, vocabulary=vocabulary,
                         model=model, kind=self.kind, rules=self.rules, embed_all=embed_all)


@dataclass(frozen=True)
class Model:
    """The fitted logistic model: standardised features, weights, bias, and the calibrated
    decision thresholds."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.3
    """Below this probability no unit answers: "couldn't find"."""
    margin: float = 0.15
    """A second unit this close to the best (in probability) is shown beside it."""
    features: tuple[str, ...] = FEATURES
    lead_threshold: float | None = None
    """A best unit under :attr:`threshold` but at or above this probability answers when it stands
    out: :attr:`lead` ahead of every other unit. (None: no such rule; the model's probability is
    the chance that the *best* unit answers, and a best unit far ahead of the rest is right more
    often than its probability alone says, while the best unit of a question the files cannot
    answer has rivals near it.)"""
    lead: float = 1.0
    """How far ahead (in probability) of the second unit a best unit under :attr:`threshold` must be."""

    def answers(self, best: float, second: float = 0.0) -> bool:
        """Whether a best unit of probability ``best``, with ``second`` for the next unit, is
        stated rather than "couldn't find"."""
        if best >= self.threshold:
            return True
        return self.lead_threshold is not None and best >= self.lead_threshold and best - second >= self.lead

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights), "bias": self.bias,
                "mean": list(self.mean), "scale": list(self.scale), "threshold": self.threshold,
                "margin": self.margin, "lead_threshold": self.lead_threshold, "lead": self.lead}


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_PATH) -> Model:
    """The shipped model. Weights fitted for features this module no longer computes would score
    nonsense, so such a file is an error that says how to refit; a feature added since the file
    was fitted weighs nothing until the next refit (the model scores as it was fitted)."""
    data = json.loads(path.read_text())
    fitted = tuple(data["features"])
    if not set(fitted) <= set(FEATURES):
        raise RuntimeError(f"{path} was fitted for other features; rerun `python -m rag.selection.fit`")
    if fitted != FEATURES:
        at = {f: k for k, f in enumerate(fitted)}
        for key, missing in (("weights", 0.0), ("mean", 0.0), ("scale", 1.0)):
            data[key] = [data[key][at[f]] if f in at else missing for f in FEATURES]
    lead_threshold = data.get("lead_threshold")  # absent from a file fitted before the lead rule
    return Model(tuple(data["weights"]), float(data["bias"]), tuple(data["mean"]), tuple(data["scale"]),
                 float(data["threshold"]), float(data["margin"]),
                 lead_threshold=None if lead_threshold is None else float(lead_threshold),
                 lead=float(data.get("lead", 1.0)))


@dataclass(frozen=True)
class Scored:
    """A candidate unit with its features and probability of stating the answer."""

    unit: Unit
    features: tuple[float, ...]
    probability: float = 0.0
    value: str | None = None
    """The value of the asked kind the unit states (the one nearest the question's words)."""

    @property
    def blank(self) -> bool:
        """The unit is the field asked about, left blank or marked unknown (``blank_value``): it
        states that the file does not know, which answers nothing whatever its probability."""
        at = FEATURES.index("blank_value")
        return len(self.features) > at and bool(self.features[at])  # a unit scored by hand has no features


@dataclass
class Selection:
    """The units of one question, best first."""

    question: str
    kind: str | None
    scored: list[Scored] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    """Question words that no candidate unit, heading or document name holds."""
    absent_used: list[str] = field(default_factory=list)
    """Of those, the words some document in reach uses (the others are how the asker talks)."""
    absent_qualifiers: list[str] = field(default_factory=list)
    """Of those, the words right before a word the units do hold ("the *earthquake* deductible")."""
    vetoed: list[str] = field(default_factory=list)
    """The words of a veto (:func:`qualifier_veto`): whatever the units' probabilities, no unit answers."""
    candidate_values: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """Every candidate unit's document and the values of the asked kind it writes, as written: how
    widely a value is written (``rag.selection.decide`` normalises them, and only when a second stage
    decides)."""


def featurize(
    question: str,
    candidates: Sequence[Unit],
    embed: Embed,
    *,
    ignore: Sequence[str] = (),
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
    model: Model | None = None,
    embed_all: bool = False,
    kind: str | None = None,
    rules: Rules | None = None,
) -> Selection:
    """Every unit's features for ``question`` (unscored; with ``embed_all`` every unit's, else
    those of the :data:`EMBEDDED_UNITS` units the model's other features rank best). ``ignore``
    holds the question's words that picked the claim (a name, a claim number): a filter, not words
    the answer must hold."""
    return _prepare(question, candidates, ignore=ignore, vocabulary=vocabulary, model=model, embed_all=embed_all,
                    kind=kind, rules=rules).finish(embed)


def _prepare(
    question: str,
    candidates: Sequence[Unit],
    *,
    ignore: Sequence[str] = (),
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
    model: Model | None = None,
    embed_all: bool = False,
    kind: str | None = None,
    rules: Rules | None = None,
    embedded_units: int = EMBEDDED_UNITS,
) -> _Pending:
    """:func:`featurize` up to the embedding: the features that need no embedder, and which units
    are worth embedding."""
    question_words = question
    for phrase in ignore:
        question_words = question_words.replace(phrase, " ")
    # the trade's shorthand and the files' own abbreviations written out ("IA" -> "independent adjuster")
    defined = defined_abbreviations_of(candidates)
    query = expand(question, defined=defined, uses=vocabulary)
    # the kind of value from the asker's words: a meaning written out names no kind ("pmt (payment)"
    # in "chk no for the contents pmt" asks for a check number, not an amount)
    asked_kind, kind_words = question_kind_words(question)
    if asked_kind is None:  # "home addr", "the SIR": the kind is named by the shorthand's meaning
        asked_kind, kind_words = question_kind_words(query.text)
    kind = kind or asked_kind
    selection = Selection(question, kind)
    if not candidates:
        return _Pending(selection, [], [], [], [], set())
    plain = strip_ids(question_words)
    # the asker's own words: what is missing from the files is judged on them, not on the meanings added
    q_base = [t for t in content_terms(plain) if not re.fullmatch(r"clm|\d+", t)] or content_terms(question)
    own_terms = [_terms(u.text) for u in candidates]
    own_located = [_terms(f"{u.passage.section or ''} {_document_words(u.passage.document)}") for u in candidates]
    # an everyday word the lines lack, whose trade word they hold ("break" and "fracture"), is written out too
    held = set().union(*own_terms, *own_located)
    lay = {w for w in words(plain) if w in LAY and stem(w) not in held and _terms(LAY[w]) <= held}
    expansion = expand(plain, defined=defined, uses=vocabulary, lay=lay)
    if lay:
        query = expand(query.text, defined=defined, uses=vocabulary, lay=lay)
    question_words = expansion.text
    groups = _abbreviation_groups(expansion.meanings)
    shorthand = {a for a, meaning in groups if a not in meaning}
    q_terms = [t for t in content_terms(question_words) if not re.fullmatch(r"clm|\d+", t)
               and t not in shorthand] or content_terms(question)
    unit_terms = [_with_shorthand(set(t), groups) for t in own_terms] if groups else own_terms
    located = [_with_shorthand(set(t), groups) for t in own_located] if groups else own_located
    everywhere = set().union(*unit_terms, *located)
    naming_kind = _terms(kind_words)  # "job", "address": the kind of value asked, not a topic
    absent = [t for t in q_base if t not in everywhere and t not in naming_kind]
    if absent:  # "leg" is in "foreleg", "vet" begins "veterinary": held, in other words' shape
        raw = frozenset().union(*(_shapes(u.text) for u in candidates))
        clipped = _clipped_words(candidates)
        spelled = {stem(w): w for w in words(plain)}  # the asker's word as written: "jobsite", not "jobsit"
        absent = [t for t in absent if not _part_of_a_word(t, raw) and not _clipped_in(t, clipped)
                  and not _holds_a_part(spelled.get(t, t), raw) and not _same_root(spelled.get(t, t), raw)]
    used = vocabulary(absent) if (vocabulary and absent) else set(absent)
    selection.absent = absent
    selection.absent_used = [t for t in absent if t in used]
    ordered = [None if w in STOPWORDS else stem(w) for w in words(plain)]
    selection.absent_qualifiers = [a for a, b in zip(ordered, ordered[1:])
                                   if a and b and a in absent and b in everywhere and b != a]
    absent_used_share = len([t for t in absent if t in used]) / max(1, len(q_base))
    selection.vetoed = qualifier_veto(plain, absent, kind)

    asked = _asked_terms(question_words, naming_kind) - shorthand
    head = _head_noun(question_words, naming_kind)
    if kind is None and _names_a_role(_asked_phrase(question_words)):
        kind = selection.kind = "person"  # "claimant atty on GL 25 418207": the head is a person's part in the claim
    named = _asked_name(question) if kind == "role" else []
    asks_deadline = bool(_ASKS_DEADLINE.search(question))
    specific = _specific_tokens(question, candidates)
    q_all = _with_shorthand(set(_terms(question_words)) - _FUNCTION_STEMS, groups)  # "claim" too
    rule_scores = _aligned_rules(rules, candidates) if rules is not None else {}
    rule_pick = _aligned_pick(rules, candidates) if rules is not None else None
    top_rule = max(rule_scores.values(), default=0.0) or 1.0
    bm25, coverage = _bm25(q_terms, unit_terms)
    top_bm25 = max(bm25) or 1.0
    q_set = set(q_terms)
    id_absent = 1.0 - max((_exact_share(specific, u) for u in candidates), default=0.0) if specific else 0.0
    cheap: list[dict[str, float]] = []
    found: list[list[str]] = []
    for i, u in enumerate(candidates):
        values = [v for v in _kind_values(kind, u.text, u, q_set) if v.lower() not in question.lower()
                  and not _names_what_is_asked_about(kind, v, question)] if kind else []
        if kind == "date" and not asks_deadline:  # "by October 10": when something is due, not when it happened
            values = [v for v in values if not _is_deadline(u.text, v)]
        beside = _role_beside(u.text, kind, named, values, asked, head)
        if beside is not None:  # the value is the role held next to the name, or the person next to the role
            values = [beside, *(v for v in values if v != beside)]
        found.append(values)
        label_terms = _terms(u.label)
        cheap.append({
            "bm25": bm25[i] / top_bm25,
            "coverage": coverage[i],
            "kind_match": 1.0 if kind and values else 0.0,
            "kind_miss": 1.0 if kind and not values else 0.0,
            "rank": 1.0 / (1.0 + u.rank),
            "retrieval": float(u.retrieval),
            "record": 1.0 if u.is_record else 0.0,
            "length": min(1.0, math.log1p(len(u.text)) / math.log(400)),
            "value_near": _value_near(u, values, q_set) if values else 0.0,
            "label_terms": len(label_terms & q_set) / max(1, len(q_set)),
            "absent_used": absent_used_share,
            "absent": len(absent) / max(1, len(q_base)),
            "absent_qualifier": 1.0 if selection.absent_qualifiers else 0.0,
            "kind_none": 0.0 if kind else 1.0,
            "rules": min(1.0, rule_scores.get(u.excerpt, 0.0) / top_rule) if rule_scores else 0.0,
            "rules_pick": 1.0 if rule_pick is not None and u.excerpt == rule_pick else 0.0,
            "head_held": len(asked & (unit_terms[i] | located[i])) / len(asked) if asked else 1.0,
            "novel": min(1.0, len(unit_terms[i] - q_set - _QUESTION_WORDS) / 4),
            "role_beside": 1.0 if beside is not None else 0.0,
            "head_noun": _head_near(u, values, head, unit_terms[i], groups),
            "blank_value": _blank_value(u, q_all),
            "id_absent": id_absent,
        })
    selection.candidate_values = [(u.passage.document, tuple(values)) for u, values in zip(candidates, found)]
    keep = list(range(len(candidates))) if embed_all else _prefilter(cheap, model or load_model(), embedded_units)
    return _Pending(selection, candidates, keep, cheap, found, q_set, _asked_phrase(question_words) or query.text,
                    query.text)


@dataclass
class _Pending:
    """A question's selection before its units are embedded: what :func:`select_many` gathers
    from several questions to embed their texts in one call."""

    selection: Selection
    candidates: Sequence[Unit]
    keep: list[int]
    cheap: list[dict[str, float]]
    found: list[list[str]]
    q_set: set[str]
    asked_phrase: str = ""
    """What is asked (:func:`_asked_phrase`), compared with the units by ``head_dense``."""
    query: str = ""
    """The question as embedded: its abbreviations written out (:func:`rag.glossary.expand`)."""

    def _values(self) -> dict[int, str | None]:
        return {i: _nearest_value(self.candidates[i], self.found[i], self.q_set) if self.found[i] else None
                for i in self.keep}

    def _parts(self) -> tuple[list[Unit], list[str], list[str], dict[int, str]]:
        """The kept units, their headings, their labels (and the labels of the values they would
        answer with), and each kept unit's value's label."""
        kept = [self.candidates[i] for i in self.keep]
        values = self._values()
        pair_labels = {i: _pair_label(self.candidates[i], values[i]) for i in self.keep}
        headings = list(dict.fromkeys(_heading(u) for u in kept))
        labels = list(dict.fromkeys([*(u.label for u in kept if u.label), *(v for v in pair_labels.values() if v)]))
        return kept, headings, labels, pair_labels

    @property
    def texts(self) -> list[str]:
        """What :meth:`finish` embeds: the question and what it asks, the kept units, their
        headings and labels."""
        if not self.keep:
            return []
        kept, headings, labels, _ = self._parts()
        query = self.query or self.selection.question
        return [query, self.asked_phrase or query, *(u.text for u in kept),
                *headings, *labels]

    def finish(self, embed: Embed) -> Selection:
        """The dense features (from the vector cache when :func:`select_many` embedded them)."""
        selection, candidates, keep = self.selection, self.candidates, self.keep
        if not keep:
            return selection
        kept, headings, labels, pair_labels = self._parts()
        values_of = self._values()
        vectors = embed_cached(embed, self.texts)
        q, head_q = vectors[0], vectors[1]
        n = len(kept)
        units_v = vectors[2:n + 2]
        dense = units_v @ q
        head_dense = units_v @ head_q
        heading_sim = dict(zip(headings, (vectors[n + 2:n + 2 + len(headings)] @ q).tolist()))
        label_v = vectors[n + 2 + len(headings):]
        label_sim = dict(zip(labels, (label_v @ q).tolist()))
        label_head = dict(zip(labels, (label_v @ head_q).tolist()))
        top_dense = float(dense.max())
        for j, i in enumerate(keep):
            u = candidates[i]
            others = np.delete(dense, j)
            row = {**self.cheap[i], "dense": float(dense[j]), "dense_gap": float(dense[j]) - top_dense,
                   "heading": float(heading_sim[_heading(u)]), "label": float(label_sim.get(u.label, 0.0)),
                   "dense_lead": float(dense[j] - others.max()) if len(others) else 0.0,
                   "head_dense": float(head_dense[j]),
                   "pair_label": float(label_head[pair_labels[i]]) if pair_labels[i] else 0.0,
                   "absent_dense": self.cheap[i]["absent"] * float(dense[j])}
            selection.scored.append(Scored(u, tuple(row[f] for f in FEATURES), 0.0, values_of[i]))
        return selection


def score(selection: Selection, model: Model | None = None) -> Selection:
    """The model's probability for every unit, best first (ties: the shorter unit)."""
    if not selection.scored:
        return selection
    model = model or load_model()
    x = np.asarray([s.features for s in selection.scored], dtype=np.float64)
    probs = model.probabilities(x)
    scored = [Scored(s.unit, s.features, float(p), s.value) for s, p in zip(selection.scored, probs)]
    scored.sort(key=lambda s: (-s.probability, len(s.unit.text)))
    selection.scored = scored
    return selection


def select(
    question: str,
    candidates: Sequence[Unit],
    embed: Embed,
    *,
    ignore: Sequence[str] = (),
    vocabulary: Callable[[Sequence[str]], set[str]] | None = None,
    model: Model | None = None,
    kind: str | None = None,
    rules: Rules | None = None,
) -> Selection:
    """Featurize and score: the candidate units of ``question``, most likely answer first.
    ``kind`` overrides the kind of value the question's wording asks for; ``rules`` is what a
    rule-based line choice says of the units (without it, those features are 0)."""
    model = model or load_model()
    inputs = INPUTS.get()
    if inputs is not None:
        asked: dict[str, bool] | None = None if vocabulary is None else {}
        if vocabulary is not None and asked is not None:
            vocabulary = _remembering(vocabulary, asked)
        kept = RecordedRules(dict(rules.scores), rules.pick) if rules is not None else None
        inputs.append(Inputs(question, list(candidates), tuple(ignore), kind, kept, asked))
    selection = featurize(question, candidates, embed, ignore=ignore, vocabulary=vocabulary, model=model, kind=kind,
                          rules=rules)
    return score(selection, model)


@dataclass(frozen=True)
class Ask:
    """One question of :func:`select_many`, with its own candidate units."""

    question: str
    candidates: Sequence[Unit]
    kind: str | None = None
    rules: Rules | None = None


def select_many(asks: Sequence[Ask], embed: Embed, *, model: Model | None = None,
                embedded_units: int = EMBEDDED_UNITS) -> list[Selection]:
    """:func:`select` for several questions at once (a claim card's fields): the texts all of
    them embed are gathered first and embedded in one batched call (each text once, however many
    questions share it), then each question is scored as :func:`select` scores it. With fewer
    ``embedded_units``, each question scores only its best few units by the cheap features (a
    card's field needs its best unit, not a ranking of a dozen)."""
    model = model or load_model()
    pending = [_prepare(a.question, a.candidates, model=model, kind=a.kind, rules=a.rules,
                        embedded_units=embedded_units) for a in asks]
    embed_cached(embed, list(dict.fromkeys(t for p in pending for t in p.texts)))
    return [score(p.finish(embed), model) for p in pending]


def _remembering(vocabulary: Callable[[Sequence[str]], set[str]], asked: dict[str, bool]
                 ) -> Callable[[Sequence[str]], set[str]]:
    def remember(ws: Sequence[str]) -> set[str]:
        used = vocabulary(ws)
        asked.update({w: w in used for w in ws})
        return used
    return remember


# -- features' parts ------------------------------------------------------------------------

def _aligned_rules(rules: Rules, candidates: Sequence[Unit]) -> dict[str, float]:
    """The rules' score of each unit by its excerpt. The rules cut the passages their own way
    (``rag.experts.text.units``): a signature line ``Name | Title | Company`` may be, for them, part
    of one line with the phone number under it. A unit inside a text the rules scored has that
    score (the best such); not the reverse: a long unit holding a scored line says more than it."""
    scores = dict(rules.scores)
    squashed = [(" ".join(plain(text).split()), score) for text, score in rules.scores.items()]
    for u in candidates:
        if u.excerpt in scores:
            continue
        mine = " ".join(u.excerpt.splitlines()[-1].split())  # a table row quoted under its header: the row
        if len(mine) < 12:
            continue
        held = [score for text, score in squashed if mine in text]
        if held:
            scores[u.excerpt] = max(held)
    return scores


def _aligned_pick(rules: Rules, candidates: Sequence[Unit]) -> str | None:
    """The unit the rules would answer with, as :func:`_aligned_rules` aligns it: the unit whose
    excerpt is the rules' pick, else the first inside it."""
    if rules.pick is None or any(u.excerpt == rules.pick for u in candidates):
        return rules.pick
    pick = " ".join(rules.pick.split())
    for u in candidates:
        mine = " ".join(u.excerpt.split())
        if len(mine) >= 12 and mine in pick:
            return u.excerpt
    return rules.pick

def _prefilter(cheap: list[dict[str, float]], model: Model, limit: int = EMBEDDED_UNITS) -> list[int]:
    """The indices of the units worth embedding: the best ``limit`` (:data:`EMBEDDED_UNITS`) by the
    model's weights of the features that need no embedding, in their original order."""
    if len(cheap) <= limit:
        return list(range(len(cheap)))
    terms = _cheap_terms(model)
    scores = [sum(w * (v - m) / sc for w, m, sc, v in ((*terms[f], v) for f, v in row.items() if f in terms))
              for row in cheap]
    best = sorted(range(len(cheap)), key=lambda i: -scores[i])[:limit]
    return sorted(best)


@lru_cache(maxsize=4)
def _cheap_terms(model: Model) -> dict[str, tuple[float, float, float]]:
    """Each cheap feature's ``(weight, mean, scale)`` in ``model`` (the question-level ones left out)."""
    index = {f: k for k, f in enumerate(model.features)}
    return {f: (model.weights[k], model.mean[k], model.scale[k]) for f, k in index.items() if f not in QUESTION_LEVEL}


_QUESTION_WORDS = frozenset(stem(w) for w in "what which who whom whose when where why how is was are were did does do "
                             "the a an of".split())


def _part_of_a_word(term: str, raw_words: set[str] | frozenset[str]) -> bool:
    """``term`` (3+ letters) is held in another shape: it begins or ends a longer word (a compound,
    "fore*leg*", "*tow*truck"; the word a clipped one stands for, "*vet*erinary"), or, 6+
    letters long, it is one letter off a word (a typed name, "Arrendondo" for "Arredondo")."""
    if len(term) < 3 or not term.isalpha():
        return False
    for w in raw_words:
        if len(w) > len(term) and (w.startswith(term) or w.endswith(term)):
            return True
        if len(term) >= 6 and abs(len(w) - len(term)) <= 1 and w[0] == term[0] and _one_edit(term, w):
            return True
    return False


def _holds_a_part(term: str, raw_words: set[str] | frozenset[str]) -> bool:
    """``term`` is a compound whose head (its end) the units write as a word of 4+ letters: "job*site*"
    and "Site: ...", "fire*house*" and "house": the thing asked about is there, named shorter."""
    if len(term) < 7 or not term.isalpha():
        return False
    return any(len(w) >= 4 and w.isalpha() and len(term) - len(w) >= 3 and term.endswith(w)
               for w in raw_words)


def _same_root(term: str, raw_words: set[str] | frozenset[str]) -> bool:
    """``term`` and a word of the units begin alike for 5+ letters and most of the shorter one
    ("*surge*on" and "*surge*ry", "*deposit*ed" and "*deposit*or"): the same root, which no stemmer
    joins."""
    if len(term) < 5 or not term.isalpha():
        return False
    for w in raw_words:
        if len(w) < 5 or w[:5] != term[:5]:
            continue
        shared = len(_common_prefix(term, w))
        if shared >= 0.7 * min(len(term), len(w)):
            return True
    return False


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


_CLIPPED = re.compile(r"\b([A-Z][a-z]{2,6})\.|\b([A-Z][a-z]{3,6})\b(?=\s+[A-Z(])")


def _clipped_words(candidates: Sequence[Unit]) -> set[str]:
    """The short capitalised words of the units that may be a longer word clipped, as labels and
    headings write them ("*Comp* Rate (TTD)", "*Adj*. Rate"), lower-cased."""
    return {(m.group(1) or m.group(2)).lower() for u in candidates for m in _CLIPPED.finditer(u.text)}


def _clipped_in(term: str, clipped: set[str]) -> bool:
    """``term`` (the asker's word, or the word the engine spelled out of the asker's shorthand:
    "compensation") is written clipped by the file: a capitalised word that begins it, at least three
    letters shorter, with a period (3+ letters, "Adj.") or before another capitalised word (4+
    letters, "Comp Rate")."""
    return term.isalpha() and any(len(term) >= len(w) + 3 and term.startswith(w) for w in clipped)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


_ASKS_DEADLINE = re.compile(r"\b(?:by|due|deadline|until|till|before|no later than|expir\w*|respond|reply|"
                            r"supposed to|have to|has to|must|needs? to|should|will|going to|scheduled|set for)\b",
                            re.I)
"""A date question that may ask when something is due or expected ("when does X have to respond by")."""
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till|no later than|not later than|on or before|due(?: on| by)?|"
                              r"deadline(?: of| is)?|expires?(?: on)?)\s+(?:the\s+)?$", re.I)


def _is_deadline(text: str, value: str) -> bool:
    """``value``, a date of ``text``, is when something is due ("a decision will follow *by* October
    10", "respond *no later than* May 22"): the date a letter sets, not the date of what it reports."""
    at = text.find(value)
    return at > 0 and bool(_DEADLINE_BEFORE.search(text[max(0, at - 30):at]))


def _names_what_is_asked_about(kind: str | None, value: str, question: str) -> bool:
    """A person or organisation the question itself names: "who mediated *Castellano*-Pryce" is not
    answered by "Yvonne Castellano-Pryce", nor "who was driving the *Halloway* truck" by "Halloway
    Freight Lines Inc": the name says which claim or thing is asked about, and the answer is another
    party. A name is a word of the value the question writes capitalised, or one no common word
    is (not a whole word of the embedder's vocabulary): "what *hospital* was he taken to" names no
    party, and "St. Ansgar Hospital" answers it."""
    if kind not in ("person", "organisation") or _CLAIM_PARTY.search(question):
        return False  # "who's the insured on the Okafor claim": the party a claim is known by is its answer
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", question)} - {question.split()[0].lower()}
    # a word the question writes in capitals is a thing's acronym ("who calibrated the ADAS radar"), and
    # "Precision ADAS Services" may well be the answer
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", question)}
    asked = set(re.findall(r"[a-z]{3,}", question.lower())) - acronyms
    common = _common_words()
    return any(w in asked and (w in capitalised or w not in common)
               for w in re.findall(r"[a-z]{3,}", value.lower()) if w not in STOPWORDS)


_CLAIM_PARTY = re.compile(r"\b(?:insured|claimant|policy ?holder|plaintiff|patient|injured worker|employee|owner)s?\b",
                          re.I)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The whole words of MiniLM's WordPiece vocabulary: common English words and common names."""
    from rag.embedding.minilm_onnx import VOCAB_PATH

    return frozenset(w for w in VOCAB_PATH.read_text().split() if w.isalpha() and w.islower())


def _kind_values(kind: str, text: str, unit: Unit | None = None, q_terms: set[str] | None = None) -> list[str]:
    """The values of ``kind`` in ``text``; "who" may be a company too ("who towed it", "who did
    they sublet the calibration to"): a person's values include the organisations. A role is
    also the value of a table row or ``Label: value`` line whose label the question names ("Noor
    Haddad | safety monitor" for "what was Noor Haddad's role"): a roster writes no "as" or "the"."""
    found = list(_values_of(kind, text))
    if kind == "id" and q_terms:
        found += [v for v in _named_references(text, frozenset(q_terms)) if not any(v in f for f in found)]
    if kind == "role" and unit is not None and q_terms and len(unit.pairs) == 1:
        label, value = unit.pairs[0]
        if _terms(label) and _terms(label) <= q_terms and value not in found:
            found.append(value)
    return found


_REFERENCE_AFTER = re.compile(r"([A-Za-z]{3,})\.?\s*(?:#|no\.?|num(?:ber)?\.?)?\s*[:#]?\s*\(?"
                              r"((?:[A-Z]{1,4}[ -]?)?\d[\dA-Z]*(?:[ -]\d{2,}){0,5}|[A-Z]{1,3}\d[\dA-Z-]*)\b")
"""A word and the reference written right after it: "check 0093166", "BADGE 4417", "unit 2B12",
"certified mail (7022 1670 0001 8842 3310)"."""


@lru_cache(maxsize=8192)
def _named_references(text: str, asked: frozenset[str]) -> tuple[str, ...]:
    """The references ``text`` writes right after a word the question asks with: asked for "the check
    number", "check 1180447 issued 07/21" states it, though no "No." or "#" labels it and bare digits
    have no shape of their own. A date or a time is no reference."""
    found = []
    for m in _REFERENCE_AFTER.finditer(text):
        value = m.group(2).strip()
        if stem(m.group(1)) in asked and not find_dates(value) and not re.fullmatch(r"\d{1,2}", value):
            found.append(value)
    return tuple(found)


@lru_cache(maxsize=8192)
def _values_of(kind: str, text: str) -> tuple[str, ...]:
    """The values of ``kind`` in ``text`` (a person's with the organisations), remembered: a claim
    card's fields read the same units of one claim, several asking the same kind."""
    found = find_values(kind, text)
    if kind == "person":
        found += [v for v in find_values("organisation", text) if not any(v in f or f in v for f in found)]
    return tuple(found)


def _asked_phrase(question: str) -> str:
    """What is asked, in the question's words: the question before its first "in/on/for ..."
    phrase (``what was the depreciation`` of "what was the depreciation on the upper cabinets
    line"), or empty when that leaves no content word."""
    head = question[: _head_end(question)]
    return head.strip(" ?") if content_terms(head) else ""


def _head_end(question: str) -> int:
    """Where what is asked ends: at the first "in/on/for ..." phrase, unless it is the "for"/"of"
    of a measure ("the charge *for the steel door slab*", "the number *of cartons*"), whose object is
    part of what is asked."""
    for split in _CONTEXT.finditer(question):
        said = [t for t in content_terms(question[: split.start()]) if not t.isdigit() and t not in _QUESTION_WORDS]
        if said and said[-1] in _MEASURES and split.group(0).strip().lower() in ("for", "of"):
            continue
        return split.start()
    return len(question)


def _pair_label(unit: Unit, value: str | None) -> str:
    """The column header or label of the pair holding ``value`` in a table row or ``Label:
    value`` line ("" in prose, or when no value was found)."""
    if not value or not unit.pairs:
        return ""
    return next((h for h, c in unit.pairs if value in c), "")


def _value_near(unit: Unit, values: list[str], q_terms: set[str]) -> float:
    """The share of the question's words that stand next to a value of the asked kind: in its
    table column header or row key, its label, or the clause of the sentence holding it."""
    if not q_terms:
        return 0.0
    if unit.pairs:
        best = 0
        for h, c in unit.pairs:
            if any(v in c for v in values):
                best = max(best, len(_terms(f"{h} {unit.pairs[0][1]}") & q_terms))
        if best:
            return best / len(q_terms)
    clauses = CLAUSES.split(unit.text)
    return max((len(_terms(c) & q_terms) for c in clauses if any(v in c for v in values)), default=0) / len(q_terms)


_CONTEXT = re.compile(r"\s(?:in|on|for|at|from|of|under|within|during|before|after|about|regarding)\s", re.I)


def _asked_terms(question: str, naming_kind: set[str]) -> set[str]:
    """The terms of what is asked: the question before its first "in/on/for ..." phrase (which
    says where to look), without stopwords, numbers or the words naming the kind of value."""
    head = question[: _head_end(question)]
    return {t for t in content_terms(head) if not t.isdigit() and t not in naming_kind}


def _head_noun(question: str, naming_kind: set[str]) -> str | None:
    """The head of what is asked: the last content word before the first "in/on/for ..." phrase
    ("claimant atty (*attorney*) on GL 25 ...", "the hourly *rate* on the offer"), not a word naming
    the kind of value. A line holding it states that thing; one holding only its modifiers ("Claimant:
    Odessa Fairley") is about something else."""
    for split in _CONTEXT.finditer(question):
        said = [t for t in content_terms(question[: split.start()]) if not t.isdigit() and t not in _QUESTION_WORDS]
        if said and said[-1] in _MEASURES and split.group(0).strip().lower() in ("for", "of"):
            continue  # "the charge for the steel door slab": the thing charged for is what is asked
        before = [t for t in said if t not in naming_kind]
        if before:
            return before[-1]
    found = [t for t in content_terms(question) if not t.isdigit() and t not in naming_kind
             and t not in _QUESTION_WORDS]
    return found[-1] if found else None


_AMOUNT_NOUNS = frozenset("cost charge price amount total fee rate payment reserve limit sublimit deductible "
                          "estimate bill invoice premium settlement demand".split())
"""Nouns naming an amount, as written (not "settling"): the words right before one say which amount is asked
("the *hail* estimate")."""


QUALIFIER_WORDS = 2


def qualifier_veto(question: str, absent: Sequence[str], kind: str | None) -> list[str]:
    """A rule outside the fitted model, which no refit can lose: the question asks for an amount, and
    the words right before the amount's noun in what is asked ("the *earthquake* deductible", "the *dental*
    bills", "the *hail damage* estimate") are held by no candidate unit, heading or document name
    (``absent``: the asker's own words, judged as for the ``absent`` feature, so "vet" of "veterinary" is
    held). Those words; empty when no veto. The files then state some other amount of that noun (the
    policy's one deductible), and stating it answers a question nobody asked: "couldn't find" says what
    was searched instead. Whether the files use the word elsewhere does not matter: an amount of a kind
    no file names is not in the files either.

    Only the noun's compound counts, the :data:`QUALIFIER_WORDS` words before it ("the *cyber liability*
    limit"; in "the largest single missing deposit amount", "largest single" describe it); and not past the
    asker's shorthand (three letters or fewer, or no vowel: "the *cxl* limit"), which the files may spell out."""
    if not absent or kind not in (None, "amount"):
        return []
    said = words(question[: _head_end(question)])
    missing = set(absent)
    found: list[str] = []
    for i, noun in enumerate(said):
        if noun.lower() not in _AMOUNT_NOUNS and noun.lower().removesuffix("s") not in _AMOUNT_NOUNS:
            continue
        for w in reversed(said[max(0, i - QUALIFIER_WORDS):i]):  # the noun's compound, up to a stopword or an owner
            if w in STOPWORDS or w.endswith("'s") or stem(w) in _QUESTION_WORDS or _shorthand(w):
                break
            if stem(w) in missing and stem(w) not in found:
                found.append(stem(w))
    return found


def _shorthand(word: str) -> bool:
    """How an asker abbreviates ("pl", "cxl", "TIB"): three letters or fewer, or no vowel."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    return len(letters) <= 3 or not re.search(r"[aeiouy]", letters)


_MEASURES = frozenset(stem(w) for w in "cost charge price amount total fee number count rate value payment reserve "
                      "limit deductible estimate".split())
"""Nouns that take what they measure with "for"/"of": the head of "the charge for X" is X's."""


def _head_near(unit: Unit, values: list[str], head: str | None, held: set[str],
               groups: Sequence[tuple[str, frozenset[str]]]) -> float:
    """1 when the head of what is asked (:func:`_head_noun`) stands beside a value of the asked
    kind: in its label or column header, or in the clause that states it ("Average weekly wage |
    $1,284.00" for "AWW", "at his regular rate of $32.10/hr" for "the hourly rate"); 0.5 when the
    unit holds it elsewhere; 0 when it does not: a unit *about* the thing asked holds its words, a
    unit that *answers* holds them next to the answer."""
    if not head:
        return 0.0
    if head not in held:  # "leg" of "foreleg": held in another word's shape (see :func:`_part_of_a_word`)
        if not _in_a_word_of(head, unit.text):
            return 0.0
        held = held | {head}
    if not values:
        return 0.5
    if unit.pairs:
        for h, c in unit.pairs:
            if any(v in c for v in values) and head in _with_shorthand(_terms(f"{h} {unit.pairs[0][1]}"), groups):
                return 1.0
    clauses = CLAUSES.split(unit.text)
    near = any(head in _with_shorthand(_terms(c), groups) for c in clauses if any(v in c for v in values))
    return 1.0 if near else 0.5


def strip_ids(question: str, ignore: Sequence[str] = ()) -> str:
    """The question without the claim numbers it names, written whole ("HO-2024-8892") or as a number
    after the words that say it is a claim's ("claim no. 1042", "clm1042", "Clm#2026/55817"), and
    without ``ignore`` phrases: the claim is a filter, not words to match."""
    for phrase in ignore:
        question = question.replace(phrase, " ")
    for claim_id in find_claim_ids(question):  # "claim 1042" is found as "CLM-1042"
        whole, number = re.escape(claim_id), re.escape(claim_id.split("-", 1)[-1])
        question = re.sub(rf"\b(?:CLM\s*#?[-\s]?|claim\s*(?:number|no\.?|#|id)?\s*[:#]?\s*){number}(?!\w)|"
                          rf"\b(?:{whole}|{number})(?!\w)", " ", question, flags=re.I)
    return question


def _terms(text: str) -> set[str]:
    return set(_stems(text))


@lru_cache(maxsize=16384)
def _in_a_word_of(term: str, text: str) -> bool:
    """:func:`_part_of_a_word` in ``text``'s words, remembered: a claim card's fields test their
    heads against the same units of one claim."""
    return _part_of_a_word(term, _shapes(text))


@lru_cache(maxsize=8192)
def _shapes(text: str) -> frozenset[str]:
    """The words of ``text`` as written and stemmed (what :func:`_part_of_a_word` looks in), remembered."""
    return frozenset(form for w in words(text) for form in (w, stem(w)))


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    """Remembered (~10 MB at most): a claim card's ~18 questions match the same units of one claim."""
    return frozenset(stem(w) for w in words(text))


def defined_abbreviations_of(candidates: Sequence[Unit]) -> dict[str, str]:
    """The abbreviations the candidates' passages define ("average weekly wage (AWW)")."""
    found: dict[str, str] = {}
    for text in dict.fromkeys(u.passage.text for u in candidates):
        for short, spelled in _defined_in(text).items():
            found.setdefault(short, spelled)
    return found


@lru_cache(maxsize=512)
def _defined_in(text: str) -> dict[str, str]:
    return defined_abbreviations(text)


def _abbreviation_groups(meanings: Mapping[str, str]) -> list[tuple[str, frozenset[str]]]:
    """``(the abbreviation's stem, its meaning's content stems)`` per abbreviation written out."""
    groups = []
    for short, meaning in meanings.items():
        spelled = frozenset(stem(w) for w in words(meaning) if w not in STOPWORDS)
        if spelled:
            groups.append((stem(short), spelled))
    return groups


def _with_shorthand(held: set[str], groups: Sequence[tuple[str, frozenset[str]]]) -> set[str]:
    """``held`` where an abbreviation and its meaning stand for each other: a unit writing "AWW"
    holds "average weekly wage", one writing the words out holds "AWW"."""
    for short, spelled in groups:
        if short in held:
            held |= spelled
        elif spelled <= held:
            held.add(short)
    return held


@lru_cache(maxsize=1024)
def _document_words(name: str) -> str:
    """A document's name as words, without its extension."""
    name = re.sub(r"\.(?:pdf|docx?|txt|md|eml|msg|html?|rtf|csv|xlsx?)\b", " ", name, flags=re.I)
    return re.sub(r"[-_.]", " ", name)


def _heading(unit: Unit) -> str:
    return unit.passage.section or _document_words(unit.passage.document)


def _bm25(query: Sequence[str], docs: Sequence[set[str]], k1: float = 1.2) -> tuple[list[float], list[float]]:
    """BM25 of every unit for the query terms (units are short: no length normalisation beyond
    term presence), and the IDF-weighted share of the query's terms each unit holds."""
    n = len(docs)
    idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t in set(query)
           for df in [sum(1 for d in docs if t in d)]}
    total = sum(idf.values()) or 1.0
    scores, coverage = [], []
    for d in docs:
        held = [t for t in set(query) if t in d]
        scores.append(sum(idf[t] * (k1 + 1) / (1 + k1) for t in held))
        coverage.append(sum(idf[t] for t in held) / total)
    return scores, coverage


def _nearest_value(unit: Unit, values: list[str], q_terms: set[str]) -> str:
    """Of the values in a unit, the one that stands with the question's words: in a table row
    or label line, the value of the column whose header shares most with the question; in
    prose, the value of the clause that does."""
    if unit.pairs:
        best = max(((len(_terms(h) & q_terms), -i, v) for i, (h, c) in enumerate(unit.pairs)
                    for v in values if v in c), default=None)
        if best is not None:
            return best[2]
    clauses = CLAUSES.split(unit.text)
    best_value, best_share = values[0], -1
    for clause in clauses:
        shared = len(_terms(clause) & q_terms)
        for v in values:
            if v in clause and shared > best_share:
                best_value, best_share = v, shared
    return best_value


# -- the question's own identifiers, and the label a value stands under ---------------------

_SPECIFIC = re.compile(r"(?<![\w#])[A-Za-z0-9]+(?:[-/.#][A-Za-z0-9]+)*(?!\w)")


def _squashed(token: str) -> str:
    return re.sub(r"[^a-z0-9]", "", token.lower())


def _specific_tokens(question: str, candidates: Sequence[Unit]) -> tuple[str, ...]:
    """The question's own identifiers: its tokens holding a digit ("RC-22-0417", "unit 3B", "2019"),
    not a bare number of one or two digits, nor the number of a claim the candidates belong to (which
    says which claim, not which of its lines). A line holding one verbatim is about that thing: a loss
    run's row of the claim number asked about, not the row above it."""
    own = {_squashed(u.passage.claim_id) for u in candidates if u.passage.claim_id}
    found = []
    for m in _SPECIFIC.finditer(question):
        token = m.group(0).strip(".")
        if not any(c.isdigit() for c in token) or (token.isdigit() and len(token) < 3):
            continue
        squashed = _squashed(token)
        if any(squashed == c or (len(squashed) >= 4 and squashed in c) for c in own):
            continue
        found.append(token)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1024)
def _token_pattern(token: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", re.I)


def _exact_share(specific: Sequence[str], unit: Unit) -> float:
    """The share of the question's identifiers (:func:`_specific_tokens`) the unit, or its section,
    writes verbatim (0 when the question names none)."""
    if not specific:
        return 0.0
    where = f"{unit.text}\n{unit.passage.section or ''}"
    return sum(1 for t in specific if _token_pattern(t).search(where)) / len(specific)


_FUNCTION_WORDS = frozenset("a an the of for to in on at by with and or per is was are were be been this that its his "
                            "her their our your my from as about around approximately approx roughly nearly some "
                            "over under after before since until till only just then".split())
"""Words that name nothing; not :data:`STOPWORDS`, which hold "claim" and "policy": the question's other words
are those a blank field's label may share with it (``blank_value``)."""
_FUNCTION_STEMS = frozenset(stem(w) for w in _FUNCTION_WORDS)


# -- what says a fact is absent though its topic is there ------------------------------------

_BLANK = re.compile(r"^\s*(?:_{2,}|-{1,3}|\?+|n/?a|none|nil|unknown|not (?:known|provided|given|stated|available|"
                    r"applicable|recorded|listed)|tbd|tba|pending|blank|\[\s*\]|\(\s*\))\s*[.;]?\s*$", re.I)
"""A form field left empty or marked unknown: ``Marital status: ____``, ``Witness: N/A``."""


def _blank_value(unit: Unit, asked: set[str]) -> float:
    """1 when the unit answers the question's label with nothing: a field whose label shares a word
    with the question holds a blank (``____``, ``N/A``, ``unknown``, ``pending``); the file names the
    thing asked and says it is not known, which is no answer (and a strong sign the fact is absent)."""
    pairs: Sequence[tuple[str, str]] = unit.pairs
    if not pairs and unit.label and ":" in unit.text:
        pairs = [(unit.label, unit.text.split(":", 1)[1])]
    for header, cell in [*pairs, *_fields_within(unit.text)]:
        if _BLANK.match(cell) and (not header or _terms(header) & asked):
            return 1.0
    return 0.0


_FIELD = re.compile(r"(?:^|[;|]|\s{2,})\s*([A-Za-z][\w '/()-]{0,40}?)\s*:\s*([^;|:]*?)\s*(?=[;|]|\s{2,}|$)")
"""A ``Label: value`` field of a form line holding several, parted by semicolons, bars or wide
gaps: "Date of birth: 07/22/1979; Sex: M; Marital status: ____"."""


def _fields_within(text: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` fields a form line writes side by side (:data:`_FIELD`): the line is
    one unit, and its last field may be the blank one asked about."""
    return [(m.group(1), m.group(2)) for m in _FIELD.finditer(text)]


# -- who is who ------------------------------------------------------------------------------

_CREDENTIALS = re.compile(r"^(?:,?\s*(?:M\.?D\.?|D\.?O\.?|RN|LPN|NP|PA-C|CCM|P\.?E\.?|Esq\.?|Jr\.?|Sr\.?|CPA|Ph\.?D\.?|"
                          r"DC|DPT|CPCU|AIC|CFEI|CFI|IAAI-CFI|MBA|JD|III|II)\b\.?)+")
_ROLE_AFTER = (
    re.compile(r"^\s*\(([^()\d]{2,60})\)"),  # "Felix Brandt, MD (Orthopedic Spine)"
    re.compile(r"^\s*(?:[|;,\u2013\u2014]|\s-)\s*(?:the |a |an |our |their )?([A-Za-z][^|,;()\n\d]{1,60})"),
    # "Janelle Whitcomb | Senior Claims Examiner", "Renata Szabo - Nurse Case Manager", "Ana Ruiz, the site foreman";
    # a row's cells are joined by "; " in its unit (units.py), so "Name; Title" is the same signature block
    re.compile(r"^\s+(?:is|was|works as|worked as|serves as|served as|acting as|acts as)\s+(?:the |a |an |our |their )?"
               r"([^,.;()\n]{2,60})", re.I),  # "... was the store's shift manager"
    re.compile(r"^[^|;\n]{0,40}?\b(?:Title|Role|Position|Occupation|Job title|Capacity)\s*[:|]\s*([^;|\n]{2,60})",
               re.I),
)
_ROLE_APPOSED = re.compile(r"(?:\b(?:the|a|an|our|their|its|his|her)\s+|[\w'\u2019]+['\u2019]s\s+)"
                           r"((?:[A-Za-z][\w'\u2019-]*\s+){0,3}[A-Za-z][\w'\u2019-]*),\s*$")
# "the insured's safety manager, Brent Alcott"
_ROLE_PREFIXED = re.compile(r"(?:^|(?<=[\s(,;:]))((?:[A-Za-z][\w'\u2019/-]*\s+){0,2}[a-z][\w'\u2019-]*)\s+$")
# "with the owner and herd manager Luis Arreola", "written by line supervisor Kendra Ozimek": the role as the
# name's own title, no comma or label between them
_ROLE_BEFORE = re.compile(r"([A-Za-z][A-Za-z '/&.-]{1,50}?)\s*(?::|\||;|\s[\u2013\u2014-])\s*"
                          r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?$")
_NEXT_LABEL = re.compile(r"\s+[A-Z][\w.]*(?:\s+\S+)?\s*:.*$")  # "Store Manager Emp ID: 4021": the next label
_WHO_IS = re.compile(r"^\W*who(?:'s|\u2019s| is| was)\s+(.+?)\W*$|^\W*what (?:is|was|does) (.+?)(?:'s|\u2019s)\s|"
                     r"^\W*what (?:does|did) (.+?) do\b|\b(?:role|job|title|position|occupation) of (.+?)\W*$", re.I)
_NAME_TITLES = frozenset("dr mr mrs ms miss sgt officer det deputy capt lt prof".split())


def _asked_name(question: str) -> list[str]:
    """The words of the person a role question is about: ``felix brandt`` of "who is Dr. Felix Brandt"."""
    m = _WHO_IS.search(strip_ids(question))
    if not m:
        return []
    phrase = next(g for g in m.groups() if g)
    return [w for w in words(phrase) if w not in _NAME_TITLES and w not in STOPWORDS and not w.isdigit()][:4]


def _names_a_role(phrase: str) -> bool:
    """What is asked ends with a person's part in a claim: "claimant atty (attorney)", "the nurse case manager"."""
    ws = [w for w in words(phrase) if w not in STOPWORDS]
    return bool(ws) and ws[-1] in ROLE_WORDS and ws[-1] not in {"insured", "claimant", "employer", "owner"}


def _name_spans(text: str, name: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes the name (its words in order, a middle initial allowed; else its last
    word alone, 4+ letters)."""
    if not name:
        return []
    joined = r"\.?[\s-]+(?:[A-Z]\.\s+)?".join(re.escape(w) for w in name)
    spans = [m.span() for m in re.finditer(rf"\b{joined}\b", text, re.I)]
    if not spans and len(name) > 1 and len(name[-1]) >= 4:
        spans = [m.span() for m in re.finditer(rf"\b{re.escape(name[-1])}\b", text, re.I)]
    return spans


def _role_phrase(phrase: str, *, any_words: bool = False) -> str | None:
    """``phrase`` cut to a role ("Store Manager Emp ID: 40217" -> "Store Manager") when one of its
    words names a role (:data:`rag.glossary.ROLE_WORDS`), or, inside parentheses, any short phrase."""
    phrase = _NEXT_LABEL.sub("", phrase).strip(" .-\u2013\u2014")
    ws = words(phrase)
    if not ws or len(ws) > 8:
        return None
    if any_words or ws[-1] in ROLE_WORDS or ws[-1].rstrip("s") in ROLE_WORDS:
        return phrase  # a role's head is its last word: "Senior Claims Examiner", not "Adjuster Report"
    return None


def role_beside(text: str, name: Sequence[str]) -> str | None:
    """The role ``text`` writes beside the name: after it (apposition, a signature block's ``Name |
    Title`` or ``Name - Title``, ``Name (specialty)``, "Name was the ...", ``Title: ...`` on its
    line) or before it as its label (``Claims examiner | Name``, ``Attorney: Name``)."""
    for start, end in _name_spans(text, name):
        after = text[end:]
        credential = _CREDENTIALS.match(after)
        if credential:
            after = after[credential.end():]
        for k, rule in enumerate(_ROLE_AFTER):
            m = rule.match(after)
            if m:
                found = _role_phrase(m.group(1), any_words=k == 0)
                if found:
                    return found
        for rule in (_ROLE_BEFORE, _ROLE_APPOSED):
            m = rule.search(text[:start])
            if m:
                found = _role_phrase(m.group(1))
                if found:
                    return found
        m = _ROLE_PREFIXED.search(text[:start])
        if m:
            found = _role_phrase(_without_leading_stopwords(m.group(1)))
            if found:
                return found
    return None


def _without_leading_stopwords(phrase: str) -> str:
    """``phrase`` from its first word that is no stopword ("by line supervisor" -> "line supervisor")."""
    ws = phrase.split()
    while ws and ws[0] in STOPWORDS:  # "IT manager": a word in capitals is no stopword
        ws.pop(0)
    return " ".join(ws)


def _role_beside(text: str, kind: str | None, named: Sequence[str], values: Sequence[str], asked: set[str],
                 head: str | None = None) -> str | None:
    """A role question's answer in ``text``: the role beside the name asked about; a person
    question's: the person (of ``values``) beside a role holding the head of what is asked, or
    without one a word of it ("who's the IA (independent *adjuster*)" and "Marisol Quintero, Senior
    Field Adjuster"; "claimant *attorney*" is not "Claimant: Odessa Fairley")."""
    if kind == "role" and named:
        return role_beside(text, named)
    if kind == "person" and asked:
        for person in values:
            role = role_beside(text, [w for w in words(person) if w not in _NAME_TITLES])
            if role and (head in _terms(role) if head else _terms(role) & asked):
                return person
    return None
