"""Which claim a question means when it names no claim number on file: the way adjusters refer to claims.

Adjusters say "the Wrenfield claim", "Mrs. Wrenfield's water loss", "the Saltmarsh Landing file",
"418 Quillfeather Lane", and they mistype: "ostrowksi", "carrawy hieghts", a claim number with two
digits swapped. This module holds what is general in reading those, for the manager
(:meth:`rag.manager.Manager._resolve_claims`):

- :func:`near` decides whether a typed word is a typo of a known one (a name on the registry, a word
  the files write). The budget of edits was measured on names generated for the purpose (see
  :data:`TWO_EDITS_FROM`), never on the eval sets' names.
- :func:`fuzzy_names` finds the registry's parties (insured, claimants) written with a typo.
- :func:`unknown_claim_numbers` finds a number shaped like the claims on file that is none of them
  ("HO-2025-3301" beside ``HO-2025-3310``): the question names a claim, just not one on file, and
  gets "did you mean" (:func:`closest_claims`) instead of an answer from every claim.
- :func:`unwritten_claim_numbers` finds a number written the way claim numbers are written
  ("FL-2026-30977") that no document in reach writes: a claim filed in another channel, or none,
  gets "no documents for claim X here" rather than "couldn't find anything about ..." (the same
  reply whether or not another channel holds it).
- :func:`description_words` and :func:`choice_text`: when a name fits several claims in reach
  (a surname two claims share), the words that describe the claim ("water" in "the Wrenfield
  water loss") narrow it; when they do not, the answer lists the claims and asks which one,
  never picking one silently.

Only the claims in reach of the asker are ever read here: the manager passes those alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from rag.experts.lookup import _LEGAL_SUFFIX, NameMatch
from rag.experts.text import STOPWORDS
from rag.metadata import CLAIM_SHAPE, claim_groups, claim_key, looks_like_year
from rag.records import ClaimRecord

MIN_LETTERS = 5
"""Words shorter than this are never read as a typo: one edit turns most 4-letter words into
another word ("Ross"/"moss", "Kent"/"rent")."""
TWO_EDITS_FROM = 9
"""A word of at least this many letters may carry two typos; shorter ones one. With the first
letter kept as typed (typos rarely hit it), measured on 3,000 surnames generated from syllables,
in reaches of 60 names (30 claims, two parties each), each name typed with one or two random
typos (a key beside it, two letters swapped, one left out, doubled or added):

=======================  ===========  ==================  ==================
two edits from           typos found  everyday word [1]_  another name [2]_
=======================  ===========  ==================  ==================
8 letters                0.949        0.0003              0.0045
**9 letters**            0.905        0.0001              0.0015
10 letters               0.882        0.0001              0.0010
never                    0.816        0.0001              0.0035
=======================  ===========  ==================  ==================

.. [1] an English word (the MiniLM vocabulary's, 4+ letters) taken for a name in reach;
.. [2] a surname not on file, spelled right, taken for one in reach.

Without the first-letter rule another name was taken three to seven times as often (0.010 at 9).
The rates are checked again by ``tests/test_claim_resolution_by_name.py``."""

_CLAIM_NOUN = r"(?:claims?|loss(?:es)?|files?|matters?|cases?|accounts?)"
_PLURAL = re.compile(r"\b(?:claims|files|losses|matters|cases|both|all|each|every|compare|either|any)\b", re.I)
"""Words by which a question asks about several claims at once: then every claim a name fits is meant."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_HONORIFIC = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})


def edit_budget(letters: int) -> int:
    """The typos a known word of ``letters`` letters may be read through (see :data:`TWO_EDITS_FROM`)."""
    if letters < MIN_LETTERS:
        return 0
    return 2 if letters >= TWO_EDITS_FROM else 1


def near(typed: str, known: str) -> bool:
    """Whether ``typed`` is ``known`` mistyped (not the same word): the same first letter, and at
    most :func:`edit_budget` edits apart, an adjacent swap counting as one (optimal string
    alignment distance)."""
    typed, known = typed.lower(), known.lower()
    if typed == known or not typed or typed[0] != known[0] or abs(len(typed) - len(known)) > 2:
        return False
    budget = edit_budget(len(known))
    return budget > 0 and OSA.distance(typed, known, score_cutoff=budget) <= budget


def question_words(question: str) -> list[tuple[str, str]]:
    """``(as typed, lower case)`` of the question's words, a possessive ``'s`` dropped."""
    out = []
    for m in _WORD.finditer(question):
        typed = re.sub(r"['\u2019]s$", "", m.group(0)).strip("'\u2019-")
        if typed:
            out.append((typed, typed.lower()))
    return out


def _forms(name: str) -> list[list[str]]:
    """How a question may write a party's name: the whole name (less a legal suffix), a person's
    surname, a business's first two words or first word."""
    core = _LEGAL_SUFFIX.sub("", name.strip())
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", core)]
    if not words:
        return []
    forms = [words]
    if core != name.strip():  # a business
        if len(words) > 2:
            forms.append(words[:2])
        if len(words) > 1:
            forms.append(words[:1])
    elif 2 <= len(words) <= 4:
        forms.append(words[-1:])
    return forms


def fuzzy_names(
    question: str, claims: Sequence[ClaimRecord], *, used: Callable[[Iterable[str]], set[str]]
) -> list[NameMatch]:
    """The insured and claimants of ``claims`` that the question writes with a typo ("ostrowksi",
    "Tobias Wrenfeld"): each word of one of the name's forms (:func:`_forms`) written as is or
    :func:`near` it, one at least mistyped. A typed word the files in reach use (``used``) is a
    word of their own, not a typo ("water" is no "Walter"); stopwords never are."""
    words = question_words(question)
    lowered = [w for _, w in words]
    candidates = {w for w in lowered if len(w) >= MIN_LETTERS and w not in STOPWORDS}
    if not candidates:
        return []
    unused = candidates - {w.lower() for w in used(sorted(candidates))}
    if not unused:
        return []
    found: list[NameMatch] = []
    for claim in claims:
        for role, names in (("insured", claim.insured), ("claimant", claim.claimants)):
            for name in names:
                for form in _forms(name):
                    hit = _fuzzy_run(words, form, unused)
                    if hit is not None:
                        found.append(NameMatch(claim.claim_id, role, name, hit, len(form) > 1))
                        break
    return found


def _fuzzy_run(words: Sequence[tuple[str, str]], form: Sequence[str], unused: set[str]) -> str | None:
    """The question's words (as typed) that write ``form`` with at least one typo, or None."""
    n = len(form)
    for i in range(len(words) - n + 1):
        run = words[i:i + n]
        typos = [low != want for (_, low), want in zip(run, form)]
        if not any(typos):
            continue
        if all(low == want or (low in unused and near(low, want)) for (_, low), want in zip(run, form)):
            return " ".join(typed for typed, _ in run)
    return None


def corrections(question: str, *, used: Callable[[Iterable[str]], set[str]],
                spelled_like: Callable[[str], list[str]]) -> dict[str, str]:
    """``{typed word: the word the files write}`` for the question's words that no document in
    reach uses and that are :func:`near` exactly one word some document does ("carrawy" ->
    "carraway", "quilfeather" -> "quillfeather"): how a place or business named with a typo is
    found by :meth:`rag.corpus.Corpus.claims_mentioning`. ``spelled_like(word)``: the stored words
    within two edits of ``word``."""
    lowered = {low: typed for typed, low in question_words(question)
               if len(low) >= MIN_LETTERS and low not in STOPWORDS and low.isalpha()}
    if not lowered:
        return {}
    unused = set(lowered) - {w.lower() for w in used(sorted(lowered))}
    out = {}
    for low in sorted(unused):
        close = [w for w in spelled_like(low) if near(low, w)]
        if len(close) == 1:
            out[lowered[low]] = close[0]
    return out


def corrected(question: str, fixes: dict[str, str]) -> str:
    """``question`` with each typed word of ``fixes`` replaced by its correction."""
    for typed, word in fixes.items():
        question = re.sub(rf"\b{re.escape(typed)}\b", word, question)
    return question


_BEFORE_CLAIM_NOUN = re.compile(rf"((?:[\w'&.-]+\s+){{0,5}}[\w'&.-]+)\s+{_CLAIM_NOUN}\b", re.I)
_AT_ADDRESS = re.compile(r"\b(?:at|on|for)\s+(\d+[A-Za-z]?(?:\s+[A-Za-z][\w'.-]*){1,4})", re.I)


def place_phrases(question: str, *, stop: Iterable[str]) -> list[str]:
    """Words that may name a claim by a place or business its files write: those just before a
    claim noun ("the saltmarsh landing file" -> "saltmarsh landing"; the last words of the run
    that are no ``stop`` word), and a street address after "at" ("at 418 Quillfeather Lane")."""
    stop = set(stop)
    found = []
    for m in _BEFORE_CLAIM_NOUN.finditer(question):
        words = [re.sub(r"['\u2019]s$", "", w) for w in m.group(1).split()]
        tail: list[str] = []
        for w in reversed(words):
            if w.lower().strip(".,") in stop:
                break
            tail.insert(0, w.strip(".,"))
        if tail:
            found.append(" ".join(tail))
    for m in _AT_ADDRESS.finditer(question):
        words = []
        for w in m.group(1).split():
            if w.lower() in stop:
                break
            words.append(w.strip(".,?"))
        if len(words) > 1:
            found.append(" ".join(words))
    return list(dict.fromkeys(found))


def asks_for_several(question: str) -> bool:
    """"Both Wrenfield claims", "compare the Wrenfield files": every claim a name fits is meant."""
    return _PLURAL.search(question) is not None


_CLAIM_PHRASE_AT_END = re.compile(
    rf"^.*\b(?:on|for|at|in|about|re|with)\s+(?:the|this|that|our|my|his|her|their)\s+"
    rf"(?P<words>[\w'&-]+(?:\s+[\w'&-]+){{0,3}}?)(?:\s+{_CLAIM_NOUN})?[\s?.!)]*$", re.I | re.S)
_CLAIM_PHRASE_BEFORE_NOUN = re.compile(rf"\bthe\s+(?P<words>[\w'&-]+(?:\s+[\w'&-]+){{0,3}}?)\s+{_CLAIM_NOUN}\b", re.I)


def claim_phrase(question: str) -> str:
    """The words that say which claim the question is about, where questions put them: "the <words>
    claim" ("the hail claim"), or the question's last phrase after "on/for/at the" ("days from the
    loss to the recovery of the tractor *on the cargo theft*", "... *at the laundromat*"); "" when it
    has neither. The words before are the fact asked ("recovery of the tractor"), which describes
    no claim. Words that are all stopwords ("the date of loss") are no such phrase."""
    for pattern in (_CLAIM_PHRASE_BEFORE_NOUN, _CLAIM_PHRASE_AT_END):
        for m in ([*pattern.finditer(question)] if pattern is _CLAIM_PHRASE_BEFORE_NOUN else [pattern.match(question)]):
            words = m.group("words") if m else ""
            if words and not any(w.lower() in STOPWORDS for w in words.split()):
                return words
    return ""


def description_words(question: str, matched: Sequence[str]) -> list[str]:
    """The words that describe the claim beside the words that named it: "water" in
    "Mrs. Wrenfield's water loss", "auto" in "the auto claim for Wrenfield"; those between the
    name and a claim noun after it, or before a claim noun that ends in the name."""
    out: list[str] = []
    for said in matched:
        name = re.escape(said)
        after = re.search(rf"{name}(?:['\u2019]s)?\s+((?:[\w-]+\s+){{1,3}}?){_CLAIM_NOUN}\b", question, re.I)
        before = re.search(rf"((?:[\w-]+\s+){{1,3}}?){_CLAIM_NOUN}\s+(?:of|for|on|with|involving)\s+"
                           rf"(?:(?:mr|mrs|ms|dr)\.?\s+)?{name}", question, re.I)
        for m in (after, before):
            if m:
                out += [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", m.group(1))
                        if w.lower() not in STOPWORDS and w.lower() not in _HONORIFIC]
    return list(dict.fromkeys(out))


def with_honorific(question: str, said: Sequence[str]) -> list[str]:
    """The words that named the claim, each with the title before it ("Mrs. Wrenfield's" for
    "Wrenfield's"): none of them is the fact asked for."""
    out = []
    for words in said:
        m = re.search(rf"\b(?:mr|mrs|ms|miss|dr|mx)\.?\s+{re.escape(words)}", question, re.I)
        out.append(m.group(0) if m else words)
    return out


def narrowed(candidates: Sequence[str], words: Sequence[str], mentioning: Callable[[str], list[str]]) -> list[str]:
    """Of ``candidates``, those whose files say every one of ``words`` (whole words); all of them
    when no word tells them apart (said by all, or by none)."""
    kept = list(candidates)
    for word in words:
        saying = set(mentioning(word))
        narrower = [c for c in kept if c in saying]
        if narrower:
            kept = narrower
    return kept


CHOICE_QUESTION = "Which one do you mean?"
"""How :func:`choice_text` ends: the conversation's last turn asked which claim."""
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "fifth": 4}
_PICK_WORDS = frozenset({"one", "claim", "file", "loss", "the", "that", "this", "i", "mean", "meant", "please", "pls",
                         "it", "is", "its", "on", "for", "about", "yes", "no", "sorry", "last", "latter", "former"})


_ASKS = frozenset({"what", "whats", "what's", "which", "who", "whos", "who's", "when", "where", "how", "why", "whose",
                   "does", "did", "can", "could", "should", "would", "will", "was", "were", "are", "list", "show",
                   "summarize", "summarise", "tell", "give"})
"""Words of a new question: a reply that has one is not a pick from the choice."""


def choice_asked(history: Sequence[str]) -> tuple[str, str] | None:
    """``(the question, the reply that asked which claim)`` when the conversation's last turn was
    a choice (:func:`choice_text`) after a question."""
    if len(history) >= 2 and CHOICE_QUESTION in history[-1]:
        return history[-2], history[-1]
    return None


def picked(answer: str, options: Sequence[str], *, named: Sequence[str], by_words: Callable[[list[str]], list[str]]
           ) -> str | None:
    """The claim of ``options`` (as the choice listed them) that ``answer``, a short reply to the
    choice, picks: by its number (``named``: the claims the reply names), by place ("the second
    one", "the last"), or by words only its files say ("the auto one", "Tobias"); None when the
    reply picks none or is a new question (more than a few words of its own)."""
    chosen = [c for c in named if c in options]
    if len(set(chosen)) == 1:
        return chosen[0]
    words = [low for _, low in question_words(answer)]
    if len(words) > 8 or _ASKS.intersection(words):
        return None  # "what's the rental?": a new question, not a pick
    for w in words:
        if w in _ORDINALS and _ORDINALS[w] < len(options):
            return options[_ORDINALS[w]]
        if w in ("last", "latter"):
            return options[-1]
        if w == "former":
            return options[0]
    own = [w for w in words if w not in _PICK_WORDS and w not in STOPWORDS]
    if not own or len(own) > 4:
        return None
    fits = by_words(own)
    return fits[0] if len(fits) == 1 else None


def choice_text(said: str, options: Sequence[tuple[str, str]], *, limit: int = 5) -> str:
    """The reply when ``said`` fits several claims: which ones, and the question back.
    ``options``: ``(claim id, what it is: "insured Tobias Wrenfield, loss 2025-04-02")``."""
    listed = [f"{claim_id} ({what})" if what else claim_id for claim_id, what in options[:limit]]
    more = len(options) - len(listed)
    if more:
        listed.append(f"{more} more")
    joined = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " or " + listed[-1]
    return f"\u201c{said}\u201d fits {len(options)} claims here: {joined}. {CHOICE_QUESTION}"


def describe(claim: ClaimRecord, role: str = "", name: str = "") -> str:
    """A claim in a few words for a choice: the party matched (or its insured), its date of loss."""
    facts = [f"{role} {name}"] if role and name else (["insured " + claim.insured[0]] if claim.insured else [])
    if claim.date_of_loss:
        facts.append(f"loss {claim.date_of_loss}")
    return ", ".join(facts)


# -- claim numbers not on file ---------------------------------------------------------------

def unknown_claim_numbers(question: str, known: Sequence[str], *, also: Iterable[str] = ()) -> list[str]:
    """Numbers in ``question`` shaped like a claim number on file (the same letters, groups of
    about as many digits: ``HO-2025-3301`` beside ``HO-2025-3310``) that are none of the claims on
    file nor ``also`` (their policy numbers): a claim the asker means that is not here. Claims
    numbered by digits alone give no shape (a bare number may be an amount)."""
    if not known:
        return []
    taken = {claim_key(c) for c in (*known, *also)}
    found: list[str] = []
    for pattern in _shapes(tuple(sorted(set(known)))):
        for m in pattern.finditer(question):
            key = claim_key(m.group(0))
            if key not in taken:
                taken.add(key)  # once, however often it is written
                found.append(re.sub(r"\s+", "-", m.group(0).strip()).upper())
    return found


# A number written the way claim numbers are (metadata.CLAIM_SHAPE, in any case); five digits at least (see
# below), so "COVID-19", "I-95" or a form number are not taken for one.
_CLAIM_SHAPED = re.compile(rf"(?<![\w./-]){CLAIM_SHAPE}(?![\w/-])", re.I)


def unwritten_claim_numbers(question: str, known: Sequence[str], *,
                            written: Callable[[Sequence[str]], set[str]]) -> list[str]:
    """Numbers in ``question`` written the way claim numbers are (``FL-2026-30977``) that are no
    claim on file and that no document in reach writes: ``written`` returns which of some words the
    documents in reach use (the manager's vocabulary). Only the number's own digits decide (its
    groups other than a year), so a number some document writes (a loss run's row, a prior claim)
    is searched as before."""
    taken = {claim_key(c) for c in known}
    found: list[str] = []
    for m in _CLAIM_SHAPED.finditer(question):
        digits = re.findall(r"\d+", m.group(0))
        own = [d for d in digits if not looks_like_year(d)]
        if sum(map(len, digits)) < 5 or not own or claim_key(m.group(0)) in taken:
            continue
        if not written(own):
            found.append(m.group(0).upper())
    return found


@lru_cache(maxsize=8)
def _shapes(known: tuple[str, ...]) -> list[re.Pattern[str]]:
    """One pattern per shape of the claim numbers on file: letters as written, any separator, each
    group of digits one digit shorter or longer (one left out or added)."""
    shapes: dict[str, re.Pattern[str]] = {}
    for claim_id in known:
        parts = claim_groups(claim_id)
        if not parts or not parts[0].isalpha() or not any(p.isdigit() for p in parts):
            continue
        body = r"[-\s/]?".join(re.escape(p) if p.isalpha() else rf"\d{{{max(1, len(p) - 1)},{len(p) + 1}}}"
                               for p in parts)
        shapes.setdefault(body, re.compile(rf"(?<![\w-]){body}(?![\w]|-\w)", re.I))
    return list(shapes.values())


def closest_claims(claim_id: str, known: Sequence[str]) -> list[str]:
    """The claims on file whose number is ``claim_id`` mistyped (a digit wrong, two swapped, one
    left out or added), closest first; several only when equally close. One edit on numbers of up
    to 8 letters and digits (``CLM1042``), two on longer ones (``CLM202408472931``). ``known``:
    only the claims in reach of the asker, so a suggestion never reveals another channel's claim."""
    wanted = claim_key(claim_id)
    budget = 1 if len(wanted) <= 8 else 2
    scored = sorted((OSA.distance(wanted, claim_key(c)), c) for c in known)
    best = [(d, c) for d, c in scored if d <= budget]
    if not best:
        return []
    return [c for d, c in best if d == best[0][0]][:3]
