"""The manager's first step: which expert answers a question. Keywords and rules first, then a
learned second opinion for calculations no rule words (:mod:`rag.route_model`).

Offline there is no generative model to route with (small local ones routed 0 of 8 test
questions right), and a claim adjuster's questions fall into few, well-worded kinds:

- ``summary``: an overview of a claim ("summarize", "what happened", "tell me about CLM-x");
- ``calculation``: arithmetic over the file ("how many days between", "total of", "A + B",
  "together", "after the deductible", "remaining limit", "how much more/over/under",
  "loss to closing in days");
- ``lookup``: the claims registry ("which claims", "who is the adjuster on CLM-x",
  "which claims is Priya handling"), and the same asked as people talk, read from the tables
  below (data, not branches): a verb of handling ("who's *adjusting* the fire"), a party by
  role ("who's the *policyholder*"), which claim a party is in ("which claim is Harbor Lock
  involved in"), an adjuster's other files ("besides X, what other file is Priya handling");
- ``needle``: everything else, a precise fact quoted from one line.

The calculation and lookup experts fall back to the needle expert when the registry or the
metadata cannot answer, so a rule that fires too eagerly costs little.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rag.answer import Route
from rag.metadata import find_claim_ids
from rag.route_model import Embed, reads_as_calculation

ASKS_HOW_FAR = (r"\bhow (?:much|far) (?:is|was|are|were) .+? (?:over|above|under|below|more than|less than) |"
                r"\bhow (?:much|far) .+? (?:come|came|gone|go|went|drop\w*|fall|fell|rise|rose|move\w*)"
                r"(?: down| up)? from .+ to ")
"""A difference asked as a distance ("how much was the rate over the daily max", "how far did the demand
come down from A to B"): routed to the calculation expert, and read there as a difference."""
ASKS_RESERVE_CHECK = (r"^\W*(?:is|are|was|were|does|do|did|would|will)\b.+\b(?:within|under|over|exceed(?:s|ed|ing)?|"
                      r"inside|below|above)\s+(?:the\s+|our\s+)?(?:[\w'&-]+\s+){0,4}(?:reserves?|rsv)\b|"
                      r"\b(?:reserves?|rsv|limit)\b.*\b(?:enough|sufficient|adequate)\s+(?:to cover|for|to pay)\b")
"""An amount checked against a reserve ("is incurred under the reserve", "is the reserve enough to cover
X"): routed to the calculation expert, and read there as a limit check."""

ASKS_UNDER_STATED = (r"^\W*(?:is|are|was|were|does|do|did|would|will|can)\b[^?$]+?\b(?:within|under|over|"
                     r"exceed(?:s|ed|ing)?|above|below|inside|beyond)\s+(?:a\s+|an\s+|the\s+)?\$\s?\d")
"""A file's figure checked against a ceiling the question states ("is the roof estimate under $15,000?", "would the
tow + storage stay within $2,000?"): routed to the calculation expert, read there as a limit check."""

ASKS_WITHOUT = re.compile(
    r"^\W*(?:(?:what(?:'s| is| was| are| were)|how much (?:is|was|are|were))\s+)?(?:the\s+)?"
    r"(?P<base>[^?]{0,60}?\b(?:costs?|estimates?|invoices?|bills?|damages|totals?|amounts?|price|payments?|"
    r"quotes?|awards?|settlements?|demands?|expenses?|fees|charges|claimed|billed|paid)\b[^?]{0,30}?)\s+"
    r"(?:without|excluding|not counting|leaving out|minus)\s+(?P<off>[^?]+?)\s*(?:\?|$)", re.I)
"""A figure less one of its parts, named as an amount ("the body shop invoice *without* the towing",
"damages *not counting* the deductible"): routed to the calculation expert, read there as a remainder."""

ASKS_UNUSED = re.compile(
    r"^\W*how much of (?P<base>[^?]+?)\s+(?:"
    r"(?:was|were|is|has been|have been)(?:n't|\s+not|\s+never)\s+(?:needed|used|spent|paid|drawn)|"
    r"(?:went|goes|is|was|remains?|remained|stayed)\s+(?:unused|unspent|unpaid)|"
    r"(?:did|do|have|has)(?:n't|\s+not|\s+never)?\s+(?:we|they|you|the\s+\w+)(?:\s+not|\s+never)?\s+"
    r"(?:pay|use|spend|need)(?<!\bdid we pay)(?<!\bdo we pay))\b", re.I)
"""The part of a figure not used: "how much of the reserve *wasn't needed*", "how much of the bill *did we not
pay*": the figure less what was paid. Routed to the calculation expert, read there as a remainder."""

HANDLING_VERBS: tuple[str, ...] = (
    "handle", "handles", "handling", "handled", "adjust", "adjusts", "adjusting", "adjusted", "work", "works",
    "working", "worked", "assigned", "own", "owns", "owning", "managing", "manages", "running", "runs",
)
"""Verbs of handling a claim: "who's *adjusting* the Alder Creek fire", "what else is Priya *working*"."""

PARTY_NOUNS: tuple[str, ...] = (
    "named insured", "insured", "policyholder", "policy holder", "claimant", "injured worker", "injured employee",
    "employer", "adjuster", "adjustor", "handler", "claim handler", "vendor", "contractor", "locksmith",
    "tow company", "towing company", "tower", "body shop", "repair shop", "plumber", "restoration company",
    "mitigation company", "mitigation vendor",
)
"""The parties of a claim a question asks for by role: "who's the *insured* on ...". The lookup
expert answers the registry's (insured, claimant, adjuster); for the others it hands over to
the needle expert, which reads them in the documents."""

CLAIM_NOUNS = r"(?:claims?|files?|loss(?:es)?|matters?|cases?)"
"""What chat calls a claim."""

_VERB = "|".join(HANDLING_VERBS)
_PARTY = "|".join(sorted(PARTY_NOUNS, key=len, reverse=True))

_HANDLES = re.compile(rf"\bwho(?:'s| is| was| are)?(?: the one)? (?P<verb>{_VERB})\b(?P<object>[^?.!]*)", re.I)
"""Who handles a claim, in a verb: "who's adjusting", "who is working the ...", "who owns"."""
LOSS_NOUNS = (
    "claim|claims|file|files|loss|losses|matter|case|account|fire|blaze|collision|crash|accident|wreck|burglary|"
    "break-in|theft|robbery|flood|storm|leak|injury|incident|occurrence|comp|suit|lawsuit|fraud|scam|embezzlement|"
    "hack|breach|slip and fall|trip and fall|dog bite|explosion")
"""What a claim is called by its event: "who is working the Brightline *burglary*", "who owns the *file*"."""
_OBJECT_END = re.compile(r"\b(?:before|after|when|while|during|since|until|at|in|for|with|that|which|because)\b", re.I)
_OBJECT_IS_CLAIM = re.compile(rf"\b(?:{LOSS_NOUNS})\b|^(?:this|that|it|one)?$|\d", re.I)


def asks_who_handles(question: str) -> bool:
    """Whether "who <verb of handling> ..." asks for the claim's handler: the verb's object is a
    claim (by a claim noun, its event, or its number: "who is working the Brightline burglary",
    "who owns 2077"), or nothing ("who's handling this?"). "Who worked on the proofing cabinet
    before the fire" asks who did the work, a fact of the file, not its adjuster; "adjusting"
    always takes a claim."""
    m = _HANDLES.search(question)
    if m is None:
        return False
    if m.group("verb").lower().startswith("adjust"):
        return True
    obj = m.group("object")
    end = _OBJECT_END.search(obj)
    obj = re.sub(r"^\s*(?:on|for)\b", "", obj[: end.start()] if end else obj, flags=re.I).strip()
    return _OBJECT_IS_CLAIM.search(obj) is not None


_SPAN_TO = re.compile(
    r"^\W*(?P<lead>(?:what(?:'s| is| was) )?(?:the )?(?:(?:total|elapsed|response) )?time from )?"
    r"(?P<a>[^?,;:]{2,60}?)\s+(?:to|until|till|->|-->)\s+(?P<b>[^?,;:]{2,80}?)"
    r"(?:\s+time\b(?P<of>[^?,;:\u2013\u2014-]*))?"
    r"(?:\s*(?:[,;:\u2013\u2014]|\s-)\s*(?P<tail>[^?]*))?\s*\??\s*$", re.I)
"""A duration asked as its two ends, written as a log's reader writes it: "time from the alarm to the
first crew on site", "gate opened to truck loaded - how long?", "call to arrival time for unit 2"."""

_SPAN_CUE = re.compile(r"\bhow long\b|\bhow (?:fast|quickly)\b|\b(?:total|elapsed|response|travel) time\b|"
                       r"\bduration\b|\bin (?:hours|minutes|seconds)\b|^\s*time\s*$|"
                       r"\bhow many (?:hours|hrs|minutes|mins?|seconds|secs?)\b", re.I)
"""What says a dash's tail ("- how long?", ", total time on the ...") asks for the time between the two ends."""


def asks_span(question: str) -> tuple[str, str] | None:
    """``(start, end)`` of a duration asked by its two ends alone ("the alarm to the 911 call, how long",
    "time from the fall to the sign going up", "dispatch to arrival time for the second unit"); a qualifier
    after "time" ("for unit 2") names both ends. ``None`` when the question is no such duration."""
    m = _SPAN_TO.match(question)
    if m is None:
        return None
    tail, of = (m.group("tail") or "").strip(), m.group("of")
    if not (m.group("lead") or of is not None or (tail and _SPAN_CUE.search(tail))):
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if re.match(r"^(?:how|what|when|who|which|why|where|is|are|was|were|did|does|do|can|could)\b", a, re.I):
        return None  # a question of its own ("how much was paid to date"), not an event
    qualifier = re.sub(r"^\s*(?:for|of|on|at)\s+", "", of or "").strip()
    if qualifier:
        a, b = f"{a} {qualifier}", f"{b} {qualifier}"
    return a, b


ASKS_DEADLINE = re.compile(
    r"\b(?:when|what (?:date|day|time))\b[^?]*\b(?:end|ends|expire|expires|run out|runs out|lapse|lapses|"
    r"elapse|elapses|be up|is up|come due|fall due)\b|"
    r"\b(?:deadline|due date|expiry date|expiration date|end date)\b[^?]*\b(?:days?|hours?|hrs?|weeks?)\b|"
    r"\bwhat (?:date|day) is (?:\d+|thirty|sixty|ninety)[\s-]*(?:days?|hours?|hrs?|weeks?) (?:from|after)\b", re.I)
"""When a period runs out: "when does the 14-day notice period end", "what date does the 60 days run out",
"when does the quote expire", "what date is 90 days from the notice": the period's start plus its length
(the calculation expert falls back to the needle expert when the files give no period, or no start)."""


class _CheckedRule:
    """A predicate (:func:`asks_who_handles`, :func:`asks_span`, :func:`asks_for_timeline`) as a routing
    rule, firing when it answers truthily: a ``search`` that gives the words that fired, found by ``words``
    (``match``: at the start only)."""

    def __init__(self, asks: Callable[[str], object], words: re.Pattern[str], *, match: bool = False) -> None:
        self._asks, self._words, self._match = asks, words, match

    def search(self, question: str) -> re.Match[str] | None:
        if not self._asks(question):
            return None
        return self._words.match(question) if self._match else self._words.search(question)


_WHICH_CLAIM = re.compile(
    rf"\b(?:which|what) {CLAIM_NOUNS} (?:is|are|was|were|does|did|has|have) .+?\b(?:involved|mentioned|named|"
    rf"listed|part of|tied|connected|related|associated|on|in)\b|\b{CLAIM_NOUNS} (?:is|was|are) .+ involved in\b|"
    rf"\b(?:involved|mentioned|named) (?:in |on )?(?:which|what) {CLAIM_NOUNS}\b", re.I)
"""Which claim a party belongs to: "which claim is Harbor Lock involved in?", "what file is DryRight on"."""
_OTHER_FILES = re.compile(
    rf"\b(?:what|which|any) (?:other|else|more) {CLAIM_NOUNS}\b|\bbesides\b.+\b{CLAIM_NOUNS}\b.*\b(?:{_VERB})\b|"
    rf"\bwhat else is .+\b(?:{_VERB})\b", re.I)
"""The other claims an adjuster handles: "besides the Okafor collision, what other file is Priya handling?"."""
_PARTY_ASKED = re.compile(rf"\bwho(?:'s| is| was| are| were)(?: the)? (?:{_PARTY})s?\b", re.I)
"""A party asked for by role: "who's the insured on Grace Okafor's comp claim?"."""


SUPERLATIVES = ("highest|largest|biggest|greatest|most|lowest|smallest|least|oldest|earliest|newest|latest|"
                "most recent")
"""Words that ask for the one claim at an end of a measure: "which claim has the *highest* reserve"."""
_CLAIMS = r"(?:claims|files|losses|matters|cases)"
_PERSON = r"[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*)?"
"""A person as chat names one: a surname or two words, any case ("nowicki", "Priya Raman")."""
_CLAIM_STATE = (r"(?:of\s+)?(?:our|the|my|these|those|all|open|closed|other|active|pending|current|reopened|denied|"
                r"new|recent|settled|litigated|remaining|outstanding|us)")
_ASKS_FOR_CLAIMS = re.compile(
    rf"\b(?:which|what|any|list|show(?:\s+me)?|find|give\s+me|pull(?:\s+up)?|all)(?:\s+{_CLAIM_STATE})*\s+{_CLAIMS}\b"
    rf"|\b(?:do|does|did|have)\s+(?:we|i|you|they)\s+(?:have|got|hold|carry)\s+(?:any\s+)?(?:[a-z][\w'-]*\s+){{0,2}}"
    rf"{_CLAIMS}\b"
    rf"|^\W*(?:(?:open|closed|all|any)\s+)?{_CLAIMS}\s+(?:handled|adjusted|managed|worked|owned|assigned|reserved|where|"
    rf"carrying|holding|showing|having|"
    rf"that|with|involving|in\s+which|on\s+which|for\s+which|about|over|under|above|below|reported|from|since|"
    rf"after|before|by)\b"
    rf"|\bclaims\s+(?:are\s+)?(?:on\s+file|do\s+we\s+have|we\s+have)\b|\blist\s+claims\b"
    rf"|\bare\s+there\s+(?:any\s+)?(?:{_CLAIM_STATE}\s+)*{_CLAIMS}\b"
    rf"|\b(?:which|what)\s+(?:claim|file|loss)\s+(?:involves|involved|concerns|concerned|is\s+about|was\s+about|"
    rf"deals\s+with|dealt\s+with)\b"
    rf"|\b(?:which|what)\s+(?:claim|file)\b[^?]*\b(?:{SUPERLATIVES})\b"
    rf"|\b(?:which|what)\s+(?:claim|file)\s+(?:has|have|had|is|was|carries)\b[^?]*(?:\bor\s+(?:more|less|greater|"
    rf"higher|lower)\b|\bat\s+(?:least|most)\b|\b(?:more|less)\s+than\b|\b(?:over|under|above|below|exceeding)\s+\$?\d)"
    rf"|\b(?:which|what|any)\s+(?:of\s+(?:our|the)\s+)?(?:claimants|insureds|policyholders|adjusters)\b"
    rf"|^\W*(?:which|what|any)\s+(?:[a-z][\w&'-]*\s*(?:/\s*)?){{1,3}}(?:claimants|insureds|policyholders)\W*$"
    rf"|\b(?:on|in|for)\s+any\s+(?:of\s+(?:our|the)\s+)?(?:claim|file)s?\b"
    rf"|^\W*(?:anything|any\s+(?:claims?|files?|losses))\s+(?:in|from|out\s+of)\s+(?!the\b|this\b|that\b|it\b)[a-z]"
    rf"|^\W*any\s+(?:claim|file|loss)\s+(?:with|where|involving|about)\s+(?!the\b|this\b|that\b|it\b)[a-z]"
    rf"|^\W*(?!(?:total|sum|how|what|who|when|where|why|both)\b)(?:[\w'$,.-]+\s+){{1,4}}(?:claims|files|losses)"
    rf"\s*(?:\([^()]*\))?\W*$"
    rf"|^\W*(?:any|which|what|list|show(?:\s+me)?)(?:\s+(?:the|our|all|of))*(?:\s+[a-z][\w'-]*){{1,2}}\s+{_CLAIMS}"
    rf"\s*(?:[?.!]|$|on\b|in\b|with\b|where\b|that\b|do\b|are\b|were\b|have\b|has\b|involv|for\b|from\b|since\b"
    rf"|after\b|before\b|over\b|under\b)"
    rf"|^\W*(?:(?:open|closed|all|any|our)\s+)?{_CLAIMS}\s+(?:in|during|between|within)\s+(?!the\b|this\b|that\b|it\b)"
    rf"|^\W*(?=[^?]*[/&])(?:any|which|what|list|show(?:\s+me)?)(?:\s+(?:the|our|all|of))*(?:\s+[a-z&][\w&'-]*(?:\s*/\s*[a-z&][\w&'-]*)?)"
    rf"{{1,4}}\s+{_CLAIMS}\W*$"
    rf"|\b(?:which|what)\s+(?:claims?|files?)\s+(?:is|are|does|do)\s+{_PERSON}\s+"
    rf"(?:handling|working|adjusting|handle|own|owns)\b",
    re.I)
"""A question about the claims on file, not one of them: "which of our claims have a TPA", "any
claims where the claimant has a lawyer", "do we have claims over $50k", "claims handled by Dana
Reyes?", "list the open files", "any cyber claims?", "files during May 2025", "any D&O / cyber
claims", "which file is Ortega handling", "any claim with a fatality?", "food-related claims (spoiled or
contaminated food)", "any nonprofit / church insureds", "open files reserved over 100k": a lookup over every
claim in reach, with the question's filters."""


def asks_for_claims(question: str) -> bool:
    """"Which claims ...", "list claims where ...", "do we have any claims ...": see :data:`_ASKS_FOR_CLAIMS`."""
    return _ASKS_FOR_CLAIMS.search(question) is not None


def asks_claims_by_fact(question: str) -> bool:
    """"halvorsen claims handled by oyelaran", "our claims with a 2025 DOL": see :data:`_CLAIMS_BY_FACT`."""
    return _CLAIMS_BY_FACT.search(question) is not None


def asks_which_claim(question: str) -> bool:
    """"Which claim is Harbor Lock involved in?": the answer is a claim number, and why."""
    return _WHICH_CLAIM.search(question) is not None


def asks_other_files(question: str) -> bool:
    """"Besides X, what other file is Priya handling?": X's claims are left out of the answer."""
    return _OTHER_FILES.search(question) is not None


_CLAIMS_BY_FACT = re.compile(
    rf"^\W*(?!(?:total|sum|summar\w*|how|what|who|when|why|compare|calculate|add|average|give|tell)\b)"
    rf"(?:[\w'&-]+\s+){{1,4}}{_CLAIMS}\s+(?:handled|adjusted|managed|assigned|worked|open|closed|pending|with|where|"
    rf"that|which|over|under|above|below|from|since|after|before|by|in|on|involving|we(?:'re|\s+are)?|still)\b"
    rf"|\bwhat(?:'s|\s+is|\s+else\s+is)\s+{_PERSON}\s+(?:handling|working\s+on|adjusting)\b"
    rf"|^\W*where\s+(?:are|do|have)\s+we\s+(?:\w+ing|got|have)\b"
    rf"|\bwhat\s+(?:does|do|did)\s+{_PERSON}\s+(?:have|has|got)\s+(?:open|pending|"
    rf"assigned|on\s+(?:his|her|their)\s+(?:desk|plate))\b"
    rf"|\bwhat(?:'s|s|\s+is)\s+on\s+[a-z][\w.-]*(?:\s+[a-z][\w.-]*)?'?s?\s+(?:desk|plate|caseload)\b"
    rf"|^\W*(?:(?:open|closed|all|the)\s+)?{_CLAIMS}\s+{_PERSON}\s+(?:has|have|handles|owns|"
    rf"is\s+(?:handling|working|adjusting))\b", re.I)
"""Claims asked for by their facts, as chat says it: "halvorsen claims handled by oyelaran", "our claims
with a 2025 DOL", "wind or hail claims we're handling", "injury claims open on the fleet", "what's
Delacroix-Hill handling", "where are we pursuing subro", "what does Marsh have open", "what's on
Marsh's desk" (a lookup over every claim in reach)."""


TIMELINE_NOUNS = (r"time ?lines?|chronolog(?:y|ies)|sequence of (?:events|what happened)|order of events|"
                  r"(?<!prior )(?<!previous )(?<!past )(?<!medical )(?<!claims )(?<!claim )(?<!loss )"
                  r"(?<!driving )(?<!criminal )(?<!credit )(?<!employment )(?<!smoking )histor(?:y|ies)(?!\s+of\b)")
"""What a timeline is called: "the CCTV timeline", "a chronology", "the reserve history" (not a
claimant's "medical history" or "prior claims history", and not a "history of back pain")."""
_ASKS_FACT = re.compile(r"^\W*(?:when|what time|at what time|how (?:long|many|much|soon|far)|who|whom|whose|where|why|"
                        r"which|(?:is|are|was|were|did|does|do|has|have|had)\b)", re.I)
"""A question after one fact of a timeline ("what time did she fall per the video timeline", "who is
on the chronology"): the needle expert's, not a timeline."""
_ASKS_TIMELINE = re.compile(
    rf"\bwalk(?:ing)? (?:me|us|them|him|her) through\b(?=(?:\s+[\w'&/-]+){{0,6}}?\s+(?:what happened|events?|"
    rf"(?:the )?(?:day|night|morning|afternoon|evening|incident|accident|video|footage|logs?|diary|notes))\b)|"
    rf"\bstep[- ]by[- ]step\b|\bblow[- ]by[- ]blow\b|"
    rf"\bplay[- ]by[- ]play\b|\bin (?:chronological|time|date) order\b|\bchronologically\b|"
    rf"\b(?:{TIMELINE_NOUNS})\b", re.I)
"""A request for events in order: "walk me through ...", "step by step", "in time order", a timeline's name."""


def asks_for_timeline(question: str) -> bool:
    """Whether a request asks for a sequence of events ("walk me through the CCTV timeline",
    "give me the work status history", "reserve history on 4471?", "chronology of the file"), not
    for one fact of it ("what time did the claimant fall per the timeline")."""
    return _ASKS_TIMELINE.search(question) is not None and (
        _ASKS_FACT.search(question) is None
        or re.search(rf"^\W*what(?:'s| is| was| are| were)\s+(?:the\s+|a\s+)?(?:[\w'&/-]+\s+){{0,4}}"
                     rf"(?:{TIMELINE_NOUNS})\b", question, re.I) is not None)


_RULES: tuple[tuple[Route, str, "re.Pattern[str] | _CheckedRule"], ...] = (
    ("lookup", "asks which claims match", _ASKS_FOR_CLAIMS),
    ("lookup", "asks for claims by their facts", _CLAIMS_BY_FACT),
    ("lookup", "asks which claims are on file",
     re.compile(r"\b(?:which|what|list(?: all)?(?: the)?|show(?: me)?(?: all)?(?: the)?|all(?: the)?|"
                r"how many|any) (?:open |active |other |closed |pending |settled |current )?"
                r"claims\b|\bclaims (?:are )?(?:on file|do we have|"
                r"we have)\b|\blist claims\b", re.I)),
    ("summary", "asks for an overview",
     re.compile(r"\bsummar(?:y|ize|ise|ies)\b|\bsum (?:it |this |that |things |everything )?up\b(?!.*\$)|"
                r"\boverview\b|\bwhat happened\b|\btell me about\b|"
                r"\brecap\b|\brundown\b|\bbrief me\b|\bwhat is (?:this|the) claim about\b|"
                r"\bwhat(?:'s| is) the story\b|\bgive me the gist\b|\bcatch (?:me|us) up\b|"
                r"\bup to speed\b|\bwhere does .+ stand\b|\bshort version\b|"
                r"\bwhere (?:are|do) (?:we|things) (?:on|with|stand on|stand with)\b", re.I)),
    ("calculation", "asks for arithmetic over the file",
     re.compile(r"\bhow many (?:calendar |business )?days\b|\bdays between\b|\bhow long\b|\bhow soon\b|"
                r"\bnumber of days\b|\btotal of\b|\bsum\b|\badd(?:ed)? up\b|\bin total\b|\bcombined\b|\bplus\b|"
                r"\bhow much\b[^?]*\b(?:is|are)\s+(?:still\s+)?(?:left|remaining)\b|"
                r"\baltogether\b|\bafter (?:the |applying the )?deductible\b|\bnet of\b|\bnet\b|"
                r"\bless the deductible\b|\bminus\b|\bhow much (?:is |was )?left\b|"
                r"\b(?:owed|owing|left|remaining|outstanding|unpaid)\b[^?]*\b(?:after|once)\b|"
                r"\$\s?\d[\d,.]*\s*(?:per|an?|/|each)\s*(?:day|week|wk|hour|hr)s?\b[^?$]*\bfor\s+(?:the\s+)?\d|"
                r"\b\d+\s*(?:days?|weeks?|wks?|hours?|hrs?)\b[^?$]*\bat\s+\$\s?\d[\d,.]*\s*(?:per|an?|/|each)\s*"
                r"(?:day|week|wk|hour|hr)\b|"
                r"\b(?:remaining|left|remains?)\b.*\b(?:(?:sub)?limit|coverage|aggregate)\b|"
                r"\b(?:(?:sub)?limit|coverage|aggregate)\b.*\b(?:remaining|left|remains?)\b|"
                r"\bhow (?:much|far) (?:more|less|higher|lower|greater|smaller|over|under|above|below)\b|"
                r"\bdifference between\b|"
                + ASKS_HOW_FAR + "|"
                r"\bhow (?:much|far) (?:did|does|has|have|was|were|is) .+ (?:drop|go up|went up|gone up|gone down|"
                r"go down|increase|decrease|fall|"
                r"rise|come down|change|cut|reduce|lower|raise|knock(?:ed)? off|take off|took off|trim|shave off)\w*\b|"
                r"\b(?:gap|spread) between\b|\bhow far apart\b|"
                r"\bby how much\b|"
                r"\btogether\b|\s\+\s?|\w\+\w|\bin days\b|\bdays from\b|"
                r"^\W*(?:(?:what(?:'s| is| was)|how much is) (?:the )?)?total (?!loss)|"
                r"\b\w+ less (?!than\b)(?:the )?\w+|"
                r"\bhow many weeks\b|\bweeks between\b|\btime elapsed\b|\belapsed (?:time|days)\b|"
                r"\bhow many (?:hours|hrs|minutes|mins?|seconds|secs?)\b|\b(?:hours|minutes) (?:from|between)\b|"
                r"\btime between\b|"
                r"\bhow (?:fast|quickly) (?:did|does|was|were|do|is)\b[^?]*\b(?:after|since)\b|"
                r"\bwhat (?:do|does|did) .+ come to\b|"
                r"\bdays\b[^?]*\bfrom\b[^?]+\b(?:to|until|till)\b|"
                r"\bwhat would (?:the )?.+ (?:have been|be) if\b", re.I)),
    ("calculation", "asks for the time between two events", _CheckedRule(asks_span, _SPAN_TO, match=True)),
    ("calculation", "asks when a period runs out", ASKS_DEADLINE),
    ("calculation", "compares two amounts", re.compile(
        r"^\W*(?:is|are|was|were|does|do|did)\s+.+?\s+(?:more|higher|greater|bigger|larger|less|lower|smaller)\s+than\s+"
        r"(?!\d)(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s)", re.I)),
    ("calculation", "checks an amount against a limit or a deductible",
     re.compile(r"\b(?:within|under|over|exceed(?:s|ed|ing)?|above|below|inside|fits?|beyond)\b.*"
                r"\b(?:limit|limits|cap|maximum|max|sublimit|authority)\b|"
                r"\bwhat (?:percent(?:age)?|share)\b.*\b(?:limit|cap|maximum|authority)\b|"
                + ASKS_RESERVE_CHECK + "|"
                r"\bwhat (?:percent(?:age)?|pct|%|share|portion|fraction|proportion) of\b|(?:^|\s)%\s+of\b|"
                r"\bis what (?:percent(?:age)?|share) of\b|\bas an? (?:percent(?:age)?|%|share) of\b|"
                r"\bafter (?:a |an |applying (?:the |a )?)?(?:\$[\d,.]+k? )?deductible\b|"
                r"\bafter (?:the |a |an |applying (?:the |a )?)?(?:\$[\d,.]+k? )?(?:self-insured )?"
                r"(?:retention|excess|SIR)\b|"
                r"\b(?:minus|subtract\w*|tak(?:e|ing) off|deduct(?!ible)\w*)\b.*\b(?:deductible|retention|excess)\b|"
                r"\b(?:deductible|retention|excess)\b.*\b(?:comes? off|taken off|subtracted|deducted)\b", re.I)),
    ("calculation", "asks for a figure less one of its parts", ASKS_WITHOUT),
    ("calculation", "asks for the part of a figure not used", ASKS_UNUSED),
    ("calculation", "checks a figure against a ceiling the question states", re.compile(ASKS_UNDER_STATED, re.I)),
    ("calculation", "checks one figure against another", re.compile(
        r"^\W*(?:is|are|was|were|does|do|did|would|will)\s+.+?\s+(?:within|inside|exceed(?:s|ed|ing)?)\s+"
        r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?[\w'&-]+", re.I)),
    ("summary", "asks for events in time order", _CheckedRule(asks_for_timeline, _ASKS_TIMELINE)),
    ("lookup", "asks who handles a claim",
     re.compile(r"\bwho(?:'s| is| was)? (?:the )?(?:assigned )?(?:adjuster|adjustor|handler)\b|"
                r"\bwhich adjuster\b|"
                r"\bclaims (?:is|does|did) [A-Z][\w.' -]* (?:handl|have|own|work)|"
                r"^\W*(?:claims|files) [a-z][\w.'-]*(?: [a-z][\w.'-]*)? (?:is|are) (?:handling|working|adjusting)\b|"
                r"\bwhat (?:else )?(?:does|is) [a-z][\w.'-]*(?: [a-z][\w.'-]*){0,2} (?:handle|handling|work on|"
                r"working on)\b|"
                r"\bwhat claims\b|\bwhich claims\b", re.I)),
    ("lookup", "asks who handles a claim", _CheckedRule(asks_who_handles, _HANDLES)),
    ("lookup", "asks which claim a party is in", _WHICH_CLAIM),
    ("lookup", "asks which other claims someone handles", _OTHER_FILES),
    ("lookup", "asks for a party by role", _PARTY_ASKED),
    ("lookup", "asks for a registry fact",
     re.compile(r"\bpolicy (?:number|no\.?|#)|\bdate of (?:the )?loss\b(?!.*\b(?:and|between|after|before|since)\b)|"
                r"\bwho(?:'s| is| was) the (?:named )?(?:insured|claimant|policyholder)\b", re.I)),
)


_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, flags), full)
    for pattern, full, flags in (
        (r"\bw/c\b", "workers compensation", re.I),
        (r"\bDOL\b", "date of loss", re.I),
        (r"\bDOI\b", "date of injury", 0),
        (r"\bSIU\b", "special investigations unit", re.I),
        (r"\bO&P\b", "overhead and profit", re.I),
        (r"\bGL\b", "general liability", 0),
        (r"\bPD\b", "property damage", 0),
        (r"\bclmt\b", "claimant", re.I),
        (r"\bsubro\b", "subrogation", re.I),
        (r"\binsd\b", "insured", re.I),
        (r"\bER\b", "emergency room", 0),
        (r"\bFNOL\b", "first notice of loss", re.I),
        (r"\bO&C\b", "origin and cause", re.I),
        (r"\bbiz\b", "business", re.I),
        (r"\bdept\b\.?", "department", re.I),
        (r"\bortho\b", "orthopedic", re.I),
        (r"\bPT\b", "physical therapy", 0),
        (r"\bdehus?\b", "dehumidifiers", re.I),
        (r"\bamt\b", "amount", re.I),
        (r"\bded\b", "deductible", re.I),
        (r"\bcomp\b", "compensation", re.I),
        (r"\bsq\.? ?ft\b|\bsquare feet\b", "SF", re.I),
        (r"\btl;?dr\b", "summary", re.I),
        (r"\b(?:pls|plz)\b", "", re.I),
        (r"\bw/", "with ", re.I),
    )
)
"""Shorthand adjusters type in chat, spelled out as claim files write it."""
SHORTHAND_FORMS: tuple[tuple[str, str], ...] = tuple(
    (full, m.group(1)) for pattern, full in _SHORTHAND
    if full and (m := re.fullmatch(r"\\b([A-Za-z&]+)\\b", pattern.pattern)) and m.group(1).isalpha()
)
"""``(spelled out, shorthand)``: claim files use the short forms too ("ER $1,306.00"), so a phrase not
found spelled out is looked for as the shorthand."""


def normalize_question(question: str) -> str:
    """The question with chat shorthand spelled out ("days from DOL to closing" -> "days from
    date of loss to closing") and whitespace collapsed: what routing, search and matching read.
    The user's own wording is kept for the reply."""
    for pattern, full in _SHORTHAND:
        question = pattern.sub(_spelled_out(full), question)
    return " ".join(question.split())


def _spelled_out(full: str) -> Callable[[re.Match[str]], str]:
    """The replacement of one shorthand, never inside a claim or policy number: "GL 25 418207",
    "PD-4471" keep their letters."""

    def replace(m: re.Match[str]) -> str:
        return m.group(0) if _within_reference(m) else full

    return replace


def _within_reference(m: re.Match[str]) -> bool:
    """The shorthand is the start of a reference: a number follows it, or follows the letters it
    runs on into ("W/C 4471-0926" is no "with C 4471-0926", "PD-4471" no property damage)."""
    return bool(_NUMBER_AFTER.match(m.string, m.end()) or _LETTERS_THEN_NUMBER.match(m.string, m.end()))


_NUMBER_AFTER = re.compile(r"\s?[-/#]?\s?\d")
_LETTERS_THEN_NUMBER = re.compile(r"[A-Za-z]{1,3}\s?[-/#]?\s?\d")
"""After a shorthand that ends in a slash: the rest of a reference's letters, then its number."""


@dataclass(frozen=True)
class RouteDecision:
    route: Route
    reason: str
    """Why, in words, for the trace: the rule that fired, or ``precise fact (default)``."""
    claim_ids: list[str] = field(default_factory=list)
    """Claim numbers the question names, in order."""
    follow_up: bool = False
    """The question names no claim but the conversation was about one."""


def decide_route(question: str, *, history_claim_ids: Sequence[str] = (), known: Sequence[str] = (),
                 embed: Embed | None = None) -> RouteDecision:
    """Sort a question to the expert that answers it (see the module docstring for the rules).
    ``known``: the claim numbers on file, found in the question in any spelling. ``embed`` (the
    engine's embedder): a question no rule routes goes to the calculation expert when the learned
    model (:mod:`rag.route_model`) reads it as asking for arithmetic ("what % of the reserve is
    medical", "the total rental bill")."""
    named = find_claim_ids(question, known=known)
    follow_up = not named and bool(history_claim_ids)
    for route, reason, rule in _RULES:
        match = rule.search(question)
        if match:
            return RouteDecision(route, f"{reason} ({match.group(0).strip()!r})", named, follow_up)
    if embed is not None:
        p = reads_as_calculation(question, embed)
        if p is not None:
            return RouteDecision("calculation", f"reads as arithmetic (learned router, p={p:.2f})", named, follow_up)
    return RouteDecision("needle", "precise fact (default)", named, follow_up)
