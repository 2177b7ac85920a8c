"""The claims trade's shorthand, and the abbreviations a claim file defines for itself.

Adjusters ask in shorthand ("who's the IA", "AWW for Arredondo", "claimant atty", "nurse case
mgr"); a claim file may write the words out ("Independent Adjuster Report", "Average weekly
wage | $1,284.00", "Attorney: ..."), and the reverse. Neither BM25 nor MiniLM knows that "AWW"
is "average weekly wage": the words must meet before they can be matched. Two sources:

- :data:`GLOSSARY`, the trade's standard shorthand, kept as data in ``glossary.txt`` (one
  abbreviation a line; its header says where it was compiled from). Only abbreviations with a
  standard meaning in claim files; the ones that are also English words ("ale", "pip", "super")
  expand only when written in capitals (or, see :mod:`rag.wording`, when the files asked about
  write the meaning and never the word).
- :func:`defined_abbreviations`: what a document defines itself, ``average weekly wage (AWW)``,
  ``Independent Adjuster ("IA")``, ``AWW (average weekly wage)``: the long form's initials must
  spell the abbreviation, so ``Renata Szabo (RN)`` defines nothing.

:func:`expand` writes a question's abbreviations out (keeping the abbreviation: a file may use
it too), choosing among an abbreviation's meanings the one the files in reach use ("ER" is the
employer in a comp file, the emergency room in a medical bill). Used on the question before
retrieval (BM25 and the dense query) and by the answer selector on its candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


def _read_lexicon(path: Path) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The abbreviations of ``glossary.txt`` (see its header) and those of them that are also words."""
    meanings: dict[str, tuple[str, ...]] = {}
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, _, spelled = line.partition("\t")
        if short.startswith("*"):
            short = short[1:]
            words.add(short)
        meanings[short.strip().lower()] = tuple(m.strip().lower() for m in spelled.split("|") if m.strip())
    return meanings, frozenset(words)


GLOSSARY, ENGLISH = _read_lexicon(Path(__file__).with_name("glossary.txt"))
"""Abbreviation (lower case) -> its meanings, the usual one first; and the abbreviations that are
also words or names (or a common word's first letters, "res", "pol", "lim"): written out only when
the question writes them in capitals ("the ALE paid", not "ale"), see :func:`expand`."""

LAY: dict[str, str] = {
    "break": "fracture", "broke": "fracture", "broken": "fracture", "lawyer": "attorney", "lawyers": "attorney",
    "cop": "police", "cops": "police", "boss": "supervisor", "hurt": "injury", "totaled": "total loss",
    "totalled": "total loss", "fired": "terminated", "stitches": "sutures", "shrink": "psychologist",
    "paycheck": "wage", "salary": "wage", "earnings": "wage",
}
"""Everyday words and the trade's word for the same thing ("what did she break" and "distal radius
fracture"). Written out only where the selector finds the everyday word absent from the retrieved
lines and the trade's word there (``expand(lay=...)``): "his 10-hour break" keeps its meaning."""

_NUMBERED = re.compile(r"[\s#-]*\d")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z&/'\u2019]*[A-Za-z]|[A-Za-z]")


@dataclass
class Expansion:
    """A question with its abbreviations written out."""

    text: str
    """The question, each abbreviation followed by its meaning in parentheses."""
    meanings: dict[str, str] = field(default_factory=dict)
    """Abbreviation (lower case) -> the meaning written out."""

    @property
    def words(self) -> list[str]:
        """The words the meanings add."""
        return [w for m in self.meanings.values() for w in m.split()]


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations ``text`` defines: ``long form (ABBR)``, ``long form ("ABBR")``, ``ABBR
    (long form)``; the long form's initials (of its words of 3+ letters, or all of them) must
    spell the abbreviation. Abbreviation (lower case) -> long form (lower case)."""
    found: dict[str, str] = {}
    for m in _LONG_THEN_SHORT.finditer(text):
        short = m.group(2)
        long_form = _long_form_ending(m.group(1), short)
        if long_form:
            found.setdefault(short.lower(), long_form)
    for m in _SHORT_THEN_LONG.finditer(text):
        short, spelled = m.group(1), m.group(2)
        if _initials_spell(spelled.split(), short):
            found.setdefault(short.lower(), spelled.lower())
    return found


_LONG_THEN_SHORT = re.compile(r"((?:[A-Za-z][\w'\u2019&-]*\s+){1,7})\(\s*[\"'\u201c\u2018]?([A-Z][A-Za-z&/]{1,7})"
                              r"[\"'\u201d\u2019]?\s*\)")
_SHORT_THEN_LONG = re.compile(r"\b([A-Z][A-Z&/]{1,7})\s+\(([A-Za-z][A-Za-z' -]{3,60}?)\)")
_MINOR = frozenset("of and the to for in on a an &".split())


def _long_form_ending(before: str, short: str) -> str | None:
    """The last few words of ``before`` whose initials spell ``short`` (lower case), else None."""
    tokens = before.split()
    for n in range(1, min(len(tokens), len(short) + 3) + 1):
        tail = tokens[-n:]
        if _initials_spell(tail, short):
            return " ".join(t.strip("\"'\u201c\u201d,;:") for t in tail).lower()
    return None


def _initials_spell(tokens: Sequence[str], short: str) -> bool:
    letters = re.sub(r"[^a-z]", "", short.lower())
    if len(letters) < 2 or not tokens:
        return False
    words = [re.sub(r"[^a-z]", "", t.lower()) for t in tokens]
    words = [w for w in words if w]
    if not words or words[0] in _MINOR:
        return False
    full = "".join(w[0] for w in words)
    major = "".join(w[0] for w in words if w not in _MINOR)
    return letters in (full, major)


def expand(
    question: str,
    *,
    defined: Mapping[str, str] | None = None,
    uses: Callable[[Sequence[str]], Iterable[str]] | None = None,
    lay: Collection[str] = (),
) -> Expansion:
    """``question`` with its abbreviations written out: ``who's the IA (independent adjuster) on
    ...``. ``defined``: abbreviations the files in reach define (they win over the glossary);
    ``uses``: which of some words the files in reach use, to choose among an abbreviation's
    meanings (the first whose words they all use; else the usual one). A meaning already in the
    question is not written again, so expanding twice changes nothing. ``lay``: the everyday words
    (of :data:`LAY`) to write out too."""
    defined = defined or {}
    lowered = question.lower()
    chosen: dict[str, str] = {}
    pieces: list[str] = []
    at = 0
    for m in _TOKEN.finditer(question):
        token = re.sub(r"['\u2019]s$", "", m.group(0))  # "the IA's report"
        key = token.lower()
        meanings: tuple[str, ...] = ()
        if key in defined:
            meanings = (defined[key],)
        elif key in GLOSSARY and (key not in ENGLISH or (token.isupper() and len(token) > 1)):
            meanings = GLOSSARY[key]
        elif key in lay and key in LAY:
            meanings = (LAY[key],)
        if not meanings or any(mn in lowered for mn in meanings) or _NUMBERED.match(question, m.end()):
            continue  # "WC 24 551902", "GL-25-4182": the letters of a claim or file number
        meaning = chosen.get(key) or _choose(meanings, uses)
        chosen[key] = meaning
        pieces.append(question[at:m.end()] + f" ({meaning})")
        at = m.end()
    if not chosen:
        return Expansion(question)
    pieces.append(question[at:])
    return Expansion("".join(pieces), chosen)


def _choose(meanings: Sequence[str], uses: Callable[[Sequence[str]], Iterable[str]] | None) -> str:
    if len(meanings) == 1 or uses is None:
        return meanings[0]
    wanted = [w for m in meanings for w in m.split() if len(w) > 2]
    try:
        used = set(uses(wanted))
    except Exception:  # noqa: BLE001 - a store error: the usual meaning
        return meanings[0]
    for meaning in meanings:
        if all(w in used for w in meaning.split() if len(w) > 2):
            return meaning
    return meanings[0]


ROLE_WORDS = frozenset("""
adjuster adjustor examiner manager mgr supervisor director officer deputy sergeant sgt trooper detective investigator
inspector engineer technician tech nurse physician doctor surgeon therapist chiropractor attorney counsel lawyer
paralegal agent broker underwriter owner president ceo cfo coo vp clerk assistant specialist analyst consultant
contractor subcontractor foreman superintendent operator driver witness claimant insured tenant landlord
coordinator representative rep administrator appraiser estimator marshal chief captain lieutenant firefighter
paramedic emt welder mechanic electrician plumber roofer hygienist dentist pharmacist accountant auditor partner
principal secretary treasurer guard cashier cook chef baker lead head editor adjudicator handler examiner
orthopedic orthopaedic neurologist neurology radiologist radiology cardiologist internist pediatrician psychologist
psychiatrist podiatrist optometrist ophthalmologist dermatologist anesthesiologist occupational
employee employer worker laborer carpenter painter mason driver dispatcher courier porter janitor custodian
receptionist bookkeeper controller planner scheduler buyer seller vendor salesperson merchant homeowner resident
occupant passenger pedestrian bystander owner operator pilot captain crew mate master trustee executor guardian
ma rn lpn np pa md do dc pt cpa pe esq ccm
""".split())
"""Words that name what a person is or does in a claim file (a title, a trade, a part in the
claim, a medical specialty, a credential): "Senior Claims Examiner", "Nurse Case Manager",
"(Orthopedic Spine)"."""
