"""The one escape for text that Slack renders: every message builder (blocks and the top-level
``text`` fallback alike) passes document text, file names, questions and answers through
:func:`escape`.

Why one function: Slack parses ``<...>`` in ``text`` as well as in mrkdwn blocks, and the
fallback ``text`` is what notifications show. A claim document that contains ``<!channel>``,
``<@U123>`` or ``<https://evil.example|your claim portal>`` must not ping a channel or show a
masked link because claimbot quoted it. Slack's own rule is to escape ``&``, ``<`` and ``>``
(https://api.slack.com/reference/surfaces/formatting#escaping); with them escaped no control
sequence can form.

Invisible characters are removed too: bidi overrides and isolates (U+202A-U+202E,
U+2066-U+2069) can make quoted text read differently from what it is ("Trojan Source"), and
zero-width characters can hide text or split a word a reader would recognise.
"""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Zero-width space/joiners and marks, bidi embeddings, overrides and isolates, word joiner and
invisible operators, and the byte-order mark."""


def strip_invisible(text: str) -> str:
    """``text`` without the characters of :data:`INVISIBLE`."""
    return INVISIBLE.sub("", text)


def escape(text: str) -> str:
    """``text`` safe to put in a Slack message (mrkdwn block or ``text`` fallback): ``&``, ``<``
    and ``>`` escaped, invisible characters removed. Apply once, to text that is not markup."""
    return strip_invisible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
