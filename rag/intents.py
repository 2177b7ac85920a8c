"""Messages that are not questions about a claim: greetings, thanks, a request for help, "what can
you do", "what claims do you know". They are answered before any search, with the help text or
the list of claims in reach, never with a line from a claim file.

The classifier is deliberately general: a few small word lists (social words, the bot's own
vocabulary: help, claims, list) and the length of the message. A message is one of these intents
only when *every* word it has belongs to that intent's vocabulary (or is a filler word), so
"thanks, and what was the towing cost?" or "which claims involve Westside Collision?" still go to
the experts: "towing", "westside" are words no intent owns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from rag.answer import Answer
from rag.records import ClaimRecord

Intent = Literal["greeting", "thanks", "help", "claims"]

MAX_WORDS = 12
"""Longer messages are questions (a greeting followed by a real question is a question)."""

_FILLER = frozenset(
    "a an the you your u i me my we us our it this that there here is are am be do does did can could would "
    "will shall should please pls plz just so and or to of for on in at about with all any some ok okay well "
    "really again now then still too also very much lot lots anything everything stuff things thing "
    "thats its was were been claimbot bot".split()
)
"""Words that carry no topic in any of these messages."""

_GREETING = frozenset(
    "hi hello hey heya hiya howdy yo greetings hola morning afternoon evening good day gday sup "
    "how hows going doing whats up there everyone folks team".split()
)
_THANKS = frozenset(
    "thanks thank thx ty tysm cheers appreciate appreciated great perfect awesome nice cool helpful "
    "got gotcha understood excellent brilliant lovely wonderful many kind".split()
)
_HELP = frozenset(
    "help helping what how who which can do does use using work works working start started begin "
    "ask asking questions question commands command options features things capable able supposed "
    "are you about explain tell show guide tips examples example usage instructions manual sort kind kinds type "
    "types answer answers capabilities capability purpose for able".split()
)
_CLAIMS = frozenset(
    "what which claims claim files file cases case matters know have has got see access list show "
    "available loaded stored on record records kept there any all the tell give know about we "
    "us do does where".split()
)
"""("open" is not one: "which claims are open" asks for a status, the lookup expert's filter.)"""
_CLAIM_WORDS = frozenset({"claims", "files", "cases", "matters", "claim", "file"})
_LIST_WORDS = frozenset(
    {"what", "which", "list", "show", "know", "have", "available", "loaded", "stored", "see", "access", "give"}
)
_HELP_CORE = frozenset({"help", "commands", "command", "usage", "instructions", "manual", "tips", "features",
                        "capable", "explain", "guide", "examples", "example", "options", "capabilities",
                        "capability", "purpose"})
_CAN_DO = re.compile(r"\b(?:what|how)\b.*\b(?:can|do|does|should)\b.*\b(?:you|i)\b.*\b(?:do|use|ask|work|help|answer)\b"
                     r"|\bwho are you\b|\bhow (?:do|does) (?:this|it|you) work\b|\bwhat are you\b"
                     r"|\bwhat is (?:this|it)(?: bot)? for\b")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAIM_ID = re.compile(r"\b[a-z]{2,6}-?\d{2,}", re.I)


def words_of(text: str) -> list[str]:
    return [w.replace("'", "") for w in _WORD.findall(text.lower())]


def classify(question: str) -> Intent | None:
    """The intent of ``question``, or None when it is a question for the experts."""
    if _CLAIM_ID.search(question) or re.search(r"\d", question):
        return None  # a number or a claim id: a question about something specific
    words = words_of(question)
    if not words or len(words) > MAX_WORDS:
        return None
    content = [w for w in words if w not in _FILLER]
    if not content:
        return None
    if all(w in _GREETING for w in content):
        return "greeting"
    if all(w in _THANKS or w in _GREETING for w in content) and any(w in _THANKS for w in content):
        return "thanks"
    if all(w in _CLAIMS for w in content) and any(w in _CLAIM_WORDS for w in content) and any(
        w in _LIST_WORDS for w in content
    ):
        return "claims"
    social = _GREETING | _THANKS
    if all(w in _HELP or w in social for w in content) and (
        any(w in _HELP_CORE for w in content) or _CAN_DO.search(" ".join(words))
    ):
        return "help"
    return None


HELP_TEXT = (
    "I answer questions about the claim files shared with me, and quote where each fact comes from. "
    "Ask about one claim, e.g. \"What was the towing cost on {example}?\", \"Summarize {example}\", "
    "\"What's still open on {example}?\", or ask \"Which claims do you know?\" for the list."
)
GREETING_TEXT = "Hi! " + HELP_TEXT
THANKS_TEXT = "You're welcome. Ask me anything else about your claim files."


def reply(intent: Intent, claims: Sequence[ClaimRecord], where: str = "here") -> Answer:
    """The answer to a message of ``intent``; ``claims`` are the claims in reach."""
    example = claims[0].claim_id if claims else "CLM-1042"
    if intent == "claims":
        return Answer(claims_text(claims, where), "claims", claim_ids=[c.claim_id for c in claims],
                      trace={"intent": intent})  # fmt: skip
    text = {"greeting": GREETING_TEXT, "thanks": THANKS_TEXT, "help": HELP_TEXT}[intent].format(example=example)
    if intent == "greeting" and claims:
        text += f" {len(claims)} claim{'s are' if len(claims) != 1 else ' is'} on file {where}."
    return Answer(text, "help", trace={"intent": intent})


def claims_text(claims: Sequence[ClaimRecord], where: str = "here") -> str:
    """``3 claims on file here: CLM-1042 (insured Jane Doe, loss 2024-03-15, 2 documents); ...``"""
    if not claims:
        return (f"No claims on file {where} yet. Share a claim document (PDF, DOCX, TXT, MD or EML) with me "
                "and I will read it.")  # fmt: skip
    lines = [f"{claim.claim_id} ({', '.join(claim.card_facts())})" for claim in claims]
    count = f"{len(claims)} claim{'s' if len(claims) != 1 else ''} on file {where}"
    return f"{count}: " + "; ".join(lines) + "."
