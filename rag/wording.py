"""The question in the files' words: the trade's shorthand a claim file never writes, written out.

Adjusters ask the way they write notes: "property mgr", "rsv", "bldg", "P&I limit", "policy #",
"the super". A claim file writes "Property Manager", "Reserve", "Building", "Protection &
indemnity", "Policy Number", "superintendent". Every later step matches words: BM25, the dense
query (MiniLM has never seen "rsv"), the rules' "does the file mention every word of the question"
and the selector's overlap. :func:`rag.glossary.expand` adds each abbreviation's meaning beside it
("rsv (reserve)"), which keeps the abbreviation as a word to match: a word the files asked about
never write, counted against every line. So here, before any of that:

- an abbreviation of :data:`rag.glossary.GLOSSARY` that the files asked about (the claims resolved,
  else every file in reach) never write is *replaced* by its meaning when those files write that
  meaning ("PD" is the police department in a theft file that writes that and not "property
  damage"). One they do write ("ACV" in an estimate), or whose meanings they write none of
  ("DOB" where no date of birth is on file: a word the files lack, which says the fact is
  absent) or several of, is left as it is, for :func:`~rag.glossary.expand` to annotate. So an
  abbreviation that is also an English word ("super", "est") is read as shorthand only where the
  files write what it stands for and never the word;
- a ``#`` that stands for a word ("policy #", "case # for ...") is written ``number``; one before
  digits ("#4417") is part of a reference.

Which files write a word is the lexical index's knowledge (whole words, any case: the manager asks
``claims_mentioning`` among the claims resolved); the caller passes it in as ``written`` so this
module stays a pure function of the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rag.glossary import GLOSSARY

_TOKEN = re.compile(r"[A-Za-z][A-Za-z&/'\u2019]*[A-Za-z]|[A-Za-z]")
_NUMBERED = re.compile(r"[\s#-]*\d")
"""After a token: a number follows ("WC 24 551902", "BR-26-07715"): the letters of a claim or file number."""
_PART_OF_NUMBER = re.compile(r"[\w-]$")
"""Before a token: it is the tail of a longer reference ("0884213-FL")."""
_HASH_WORD = re.compile(r"(?<=[A-Za-z.])\s*#(?!\s*[\w-]*\d)(?!\s+of\b)|(?<![\w#])(?<![\w#]\s)#(?=\s+(?:of|for|on)\b)")
"""A ``#`` read as "number": after a word ("policy #", "case # for ..."), or opening the question
before "of/for/on" ("# of units": a count); not one before digits ("#4417", "unit # 4"), which is part of the
reference, nor "badge # of the deputy" ("badge number of ..." would read as a count)."""


@dataclass
class Worded:
    """The question as the files would word it."""

    text: str
    replaced: dict[str, str] = field(default_factory=dict)
    """What was written out: the question's token -> what replaced it."""


def in_files_words(question: str, written: Callable[[str], bool]) -> Worded:
    """``question`` with the shorthand the files never write replaced by its meaning (see the
    module doc). ``written(phrase)``: whether the files asked about write ``phrase`` (whole
    words, any case); asked once per abbreviation and meaning."""
    replaced: dict[str, str] = {}
    known: dict[str, bool] = {}

    def writes(phrase: str) -> bool:
        if phrase not in known:
            try:
                known[phrase] = bool(written(phrase))
            except Exception:  # noqa: BLE001 - the store failed: leave the question as asked
                known[phrase] = True
        return known[phrase]

    pieces: list[str] = []
    at = 0
    for m in _TOKEN.finditer(question):
        token = re.sub(r"['\u2019]s$", "", m.group(0))
        key = token.lower()
        meanings = GLOSSARY.get(key)
        if not meanings or _NUMBERED.match(question, m.end()) or _PART_OF_NUMBER.search(question[:m.start()]):
            continue
        if any(meaning in question.lower() for meaning in meanings) or writes(key):
            continue  # spelled out already, or the files write the abbreviation itself
        used = [meaning for meaning in meanings if writes(meaning)]
        if len(used) != 1:
            continue  # the files write no meaning of it (nothing to match: "DOB" stays a word they lack), or several
        meaning = used[0]
        replaced[m.group(0)] = meaning
        pieces.append(question[at:m.start()] + meaning + m.group(0)[len(token):])
        at = m.end()
    pieces.append(question[at:])
    text = "".join(pieces)
    hashed = _HASH_WORD.sub(" number", text)
    if hashed != text:
        replaced["#"] = "number"
    return Worded(re.sub(r"[ \t]{2,}", " ", hashed).strip() if replaced else question, replaced)

