"""Everything the bot posts, as Slack messages: ``{"text": fallback, "blocks": [...]}``, and for
answers ``"metadata"`` too (:mod:`bot.metadata`: the facts behind the answer, for other apps).

One function per kind of message. Every message has a plain-text ``text`` (notifications, screen
readers, clients without Block Kit) and stays within Slack's limits: 3000 characters per section,
50 blocks per message, 10 elements per context block, 2000 characters per button value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.metadata import answer_metadata
from bot.mrkdwn import escape
from rag.answer import Answer, Citation
from rag.documents import ClaimMetadata
from rag.errors import IngestError
from rag.records import ClaimRecord, IngestReport

SECTION_MAX = 3000
MAX_BLOCKS = 50
TEXT_MAX = 3000
EXCERPT_MAX = 280
MAX_ANSWER_SECTIONS = 12

ACTION_HELPFUL = "feedback_helpful"
ACTION_NOT_HELPFUL = "feedback_not_helpful"
ACTION_SHARE = "share_answer"
ACTION_SHOW_SOURCES = "show_all_sources"
SOURCES_BLOCK_ID = "answer_sources"
MAX_SOURCE_BLOCKS = 6
"""Divider, heading, source lines, and the Show all button: an answer with 10 citations is far
from Slack's 50 blocks (at most 15 with its answer text)."""
META_BLOCK_ID = "answer_meta"
ACTIONS_BLOCK_ID = "answer_actions"

Message = dict[str, Any]


# -- mrkdwn helpers (escaping: bot.mrkdwn.escape, for blocks and ``text`` alike) -------------------
def _link(url: str | None, label: str) -> str:
    label = escape(label).replace("|", "¦")
    if url and url.startswith(("http://", "https://")) and not re.search(r"[\s<>|]", url):
        return f"<{url}|{label}>"
    return label


def _section(text: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    if block_id:
        block["block_id"] = block_id
    return block


def _context(*texts: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": t[:SECTION_MAX]} for t in texts[:10] if t],
    }
    if block_id:
        block["block_id"] = block_id
    return block


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id,
        "value": value[:2000],
    }
    if style:
        button["style"] = style
    return button


def split_text(text: str, limit: int = SECTION_MAX) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at paragraph, line or word ends."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = rest.rfind(sep, 0, limit)
            if cut > limit // 2:
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quote(text: str) -> str:
    one_line = re.sub(r"\s+", " ", text).strip()
    return "> " + escape(_clip(one_line, EXCERPT_MAX))


def money(value: str) -> str:
    try:
        return f"${Decimal(value):,.2f}"
    except (InvalidOperation, ValueError):
        return value


# -- answers -----------------------------------------------------------------------------------
def citation_line(c: Citation) -> str:
    """``[1] fnol-report.pdf, p. 2`` - the plain-text form used in fallbacks."""
    where = c.location()
    return f"[{c.n}] {c.document}" + (f", {where}" if where else "")


# -- sources people can skim --------------------------------------------------------------------
QUOTE_MAX = 140
DOCUMENT_MAX = 48
SOURCES_SECTION_MAX = 2800
_LEADERS = re.compile(r"(?:\s*[.·_…]){4,}\s*|(?:\s*-){4,}\s*")
"""Dot leaders of a PDF's tables of contents and forms (``Towing ........ $385.00``)."""
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|sv)\s*:\s*)+", re.I)
_WORDS = re.compile(r"[a-z0-9$][a-z0-9$.,]*", re.I)


def clean_text(text: str) -> str:
    """Document text for one line of a message: dot leaders become one space-dot-space, runs of
    whitespace one space."""
    return re.sub(r"\s+", " ", _LEADERS.sub(" … ", text)).strip()


def short_document(name: str, limit: int = DOCUMENT_MAX) -> str:
    """A document's name short enough to skim: ``RE: FW:`` dropped from email subjects, and a
    long name cut in the middle with its extension kept (``Rental extension request…-CLM-1042.eml``)."""
    name = _REPLY_PREFIX.sub("", name.strip()) or name.strip()
    if len(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 5:
        stem, ext = name, ""
    tail = (stem[-10:] + "." + ext) if ext else stem[-10:]
    return stem[: limit - len(tail) - 1].rstrip(" -_") + "…" + tail


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,") for w in _WORDS.findall(text)}


def _units(excerpt: str) -> list[str]:
    """An excerpt's lines, and long lines cut at sentence ends."""
    units, carry = [], ""
    for raw in excerpt.splitlines():
        line = (carry + " " + raw).strip() if carry else raw
        carry = ""
        if line.rstrip().endswith(":") or len(_words(line)) < 2:
            carry = line  # a label whose value is on the next line ("Total Due:" / "$505.00")
            continue
        for unit in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            unit = clean_text(unit)
            if len(_words(unit)) >= 2:
                units.append(unit)
    if carry and len(_words(carry)) >= 2:
        units.append(clean_text(carry))
    return units


def source_quotes(answer: Answer) -> dict[int, str]:
    """For each citation, the short quote its Sources line shows: a line of its excerpt that adds
    something to the answer. Lines the answer already says (most of their words are in it) are
    skipped, and so are lines every cited excerpt repeats (a letterhead, a claim-number header);
    of the rest, the one closest to the answer's words. No quote when nothing is left: the
    answer says it all, and "Show all sources" has the full passages."""
    said = _words(answer.text)
    units_of = {c.n: _units(c.excerpt) for c in answer.citations}
    seen: dict[str, int] = {}
    for units in units_of.values():
        for unit in set(units):
            seen[unit.lower()] = seen.get(unit.lower(), 0) + 1
    quotes: dict[int, str] = {}
    for c in answer.citations:
        best, best_score = "", -1.0
        for unit in units_of[c.n]:
            if len(answer.citations) > 1 and seen[unit.lower()] > 1:
                continue  # a header every source repeats
            words = _words(unit)
            overlap = len(words & said) / len(words)
            if overlap >= 0.75:
                continue  # the answer says this already
            if overlap > best_score:
                best, best_score = unit, overlap
        if best:
            quotes[c.n] = _clip(best, QUOTE_MAX)
    return quotes


LOCATION_MAX = 60


def short_location(c: Citation) -> str:
    """``p. 2, § Charges``, with a section that is an email subject or a long heading shortened."""
    parts = []
    if c.page is not None:
        parts.append(f"p. {c.page}")
    if c.section:
        section = clean_text(_REPLY_PREFIX.sub("", c.section) or c.section)
        parts.append("§ " + _clip(section, LOCATION_MAX))
    return ", ".join(parts)


def source_lines(answer: Answer) -> list[str]:
    """One compact mrkdwn line per place cited: ``*[1] [3]* document · p. 2 — _“quote”_``. Citations
    of one page or section share a line (a header is not repeated on every line), a document
    cited again at another place is not named again (``↳``), a claim id is only shown when the
    sources span several claims."""
    quotes = source_quotes(answer)
    claims = {c.claim_id for c in answer.citations if c.claim_id}
    groups: dict[tuple[str, str, str | None], list[Citation]] = {}
    for c in answer.citations:
        groups.setdefault((c.document, short_location(c), c.claim_id if len(claims) > 1 else None), []).append(c)
    lines, named = [], set()
    for (document, location, claim_id), cited in groups.items():
        parts = []
        again = document in named
        if not again:
            named.add(document)
            parts.append(_link(cited[0].source_url, short_document(document)))
        if location:
            parts.append(escape(location))
        if claim_id:
            parts.append(escape(claim_id))
        marks = " ".join(f"[{c.n}]" for c in cited)
        line = f"*{marks}* " + ("↳ " if again else "") + " · ".join(parts)
        said = [(c.n, quotes[c.n]) for c in cited if c.n in quotes]
        if said:
            line += " — " + " ".join(
                (f"[{n}] " if len(cited) > 1 else "") + f"_“{escape(q)}”_" for n, q in said
            )
        lines.append(line)
    return lines


def uncited_passages(answer: Answer) -> list[dict[str, Any]]:
    """The passages the search retrieved that no citation quotes (from the answer's trace)."""
    passages = [p for p in (answer.trace or {}).get("retrieved") or [] if isinstance(p, dict)]

    def flat(text: Any) -> str:
        return re.sub(r"\s+", " ", str(text or "")).strip().rstrip("…").lower()

    def quoted(p: dict[str, Any]) -> bool:
        text = flat(p.get("text"))
        return any(c.document == p.get("document") and text and (flat(c.excerpt) in text or text in flat(c.excerpt))
                   for c in answer.citations)  # fmt: skip

    return [p for p in passages if not quoted(p)]


def _sources_blocks(answer: Answer, answer_id: str, room: int) -> list[dict[str, Any]]:
    """The Sources: the cited ones as compact lines in as few sections as they fit in (at most
    ``room`` blocks), and a "Show all N sources" button when the search found more."""
    sections: list[list[str]] = []
    for line in source_lines(answer):
        if sections and sum(len(x) + 1 for x in sections[-1]) + len(line) <= SOURCES_SECTION_MAX:
            sections[-1].append(line)
        else:
            sections.append([line])
    extra = uncited_passages(answer)
    budget = max(1, room - 2 - (1 if extra else 0) - 1)
    hidden = sum(len(lines) for lines in sections[budget:])
    sections = sections[:budget]
    out: list[dict[str, Any]] = [{"type": "divider"}, _context("*Sources*")]
    out += [_section("\n".join(lines)) for lines in sections]
    if hidden > 0:
        out.append(_context(f"…and {hidden} more sources"))
    total = len(answer.citations) + len(extra)
    if extra:
        out.append({
            "type": "actions", "block_id": SOURCES_BLOCK_ID,
            "elements": [_button(f"Show all {total} sources", ACTION_SHOW_SOURCES, answer_id)],
        })  # fmt: skip
    return out


def all_sources_message(answer: Answer) -> Message:
    """Every passage behind an answer, cited or not (the ephemeral "Show all sources" opens):
    document, place, and the start of the passage."""
    lines = []
    for c in answer.citations:
        where = escape(short_location(c))
        head = " · ".join(x for x in (_link(c.source_url, short_document(c.document)), where) if x)
        lines.append(f"*[{c.n}]* {head}\n> {escape(_clip(clean_text(c.excerpt), EXCERPT_MAX))}")
    blocks_: list[dict[str, Any]] = [_section(f"*All sources of this answer* ({len(answer.citations)} cited)")]
    chunk = "\n".join(lines)
    for piece in split_text(chunk, SOURCES_SECTION_MAX):
        blocks_.append(_section(piece))
    extra = uncited_passages(answer)
    if extra:
        blocks_.append(_context(f"*Also found, not cited* ({len(extra)})"))
        rows = []
        for p in extra:
            where = f"p. {p['page']}" if isinstance(p.get("page"), int) else ""
            head = " · ".join(x for x in (escape(short_document(str(p.get("document") or "?"))), where) if x)
            rows.append(f"• {head} — _{escape(_clip(clean_text(str(p.get('text') or '')), 240))}_")
        for piece in split_text("\n".join(rows), SOURCES_SECTION_MAX)[: MAX_BLOCKS - len(blocks_) - 1]:
            blocks_.append(_section(piece))
    text = f"All {len(answer.citations) + len(extra)} sources: " + "; ".join(
        [citation_line(c) for c in answer.citations] + [str(p.get("document")) for p in extra]
    )
    return {"text": _clip(text, TEXT_MAX), "blocks": blocks_[:MAX_BLOCKS]}


def votes_text(up: int, down: int) -> str:
    if not up and not down:
        return "Was this helpful?"
    return f":thumbsup: {up}  :thumbsdown: {down}"


def answer_message(
    answer: Answer,
    *,
    answer_id: str,
    question: str | None = None,
    asked_by: str | None = None,
    shared_by: str | None = None,
    ephemeral: bool = False,
    votes: tuple[int, int] = (0, 0),
) -> Message:
    """The answer, its Sources, what was searched, and the feedback (and share) buttons; its
    metadata (``claimbot_answer``) carries the route, citations, timings and passages."""
    head: list[dict[str, Any]] = []
    if question is not None:
        who = f"<@{asked_by}> asked" if asked_by else "Question"
        shared = f" · shared by <@{shared_by}>" if shared_by and shared_by != asked_by else ""
        head.append(_context(f"{who}: _{escape(_clip(question, 500))}_{shared}"))

    body = [_section(escape(part)) for part in split_text(answer.text)] or [_section("_(no answer)_")]
    if answer.route in ("help", "claims"):  # not an answer from the files: nothing to cite or vote on
        return {"text": _clip(answer.text, TEXT_MAX), "blocks": head + body[:MAX_ANSWER_SECTIONS]}
    if len(body) > MAX_ANSWER_SECTIONS:
        body = body[:MAX_ANSWER_SECTIONS] + [_context("_The answer was cut here: it is too long for Slack._")]

    meta = [votes_text(*votes)]
    if answer.searched:
        meta.insert(0, "Searched " + escape(answer.searched))
    tail: list[dict[str, Any]] = [_context(*meta, block_id=META_BLOCK_ID)]
    buttons = [
        _button(":thumbsup: Helpful", ACTION_HELPFUL, answer_id),
        _button(":thumbsdown: Not helpful", ACTION_NOT_HELPFUL, answer_id),
    ]
    if ephemeral:
        buttons.insert(0, _button("Share in channel", ACTION_SHARE, answer_id, style="primary"))
    tail.append({"type": "actions", "block_id": ACTIONS_BLOCK_ID, "elements": buttons})

    sources: list[dict[str, Any]] = []
    if answer.citations:
        sources = _sources_blocks(answer, answer_id, MAX_SOURCE_BLOCKS)

    return {
        "text": answer_fallback(answer),
        "blocks": head + body + sources + tail,
        "metadata": answer_metadata(answer, answer_id=answer_id),
    }


def answer_fallback(answer: Answer) -> str:
    text = escape(answer.text.strip())
    if answer.citations:
        text += "\n\nSources:\n" + "\n".join(escape(citation_line(c)) for c in answer.citations)
    return _clip(text, TEXT_MAX)


def with_votes(blocks: Sequence[dict[str, Any]], up: int, down: int) -> list[dict[str, Any]]:
    """A posted answer's blocks with the vote counts brought up to date."""
    updated = []
    for block in blocks:
        if block.get("block_id") == META_BLOCK_ID:
            elements = [dict(e) for e in block.get("elements", [])]
            if elements:
                elements[-1]["text"] = votes_text(up, down)
            block = {**block, "elements": elements}
        updated.append(block)
    return updated


# -- claims --------------------------------------------------------------------------------------
def _claim_line(claim: ClaimRecord) -> str:
    line = f"*{escape(claim.claim_id)}* · " + escape(" · ".join(claim.card_facts()))
    if claim.documents:
        line += "\n_" + escape(_clip(", ".join(claim.documents), 300)) + "_"
    return line


def claims_message(claims: Sequence[ClaimRecord], where: str) -> Message:
    """``where`` is mrkdwn (``in <#C123>``), as :func:`bot.assistant.where` makes it."""
    if not claims:
        text = (
            f"No claims on file {where} yet. Share a claim document (PDF, DOCX, TXT, MD or EML) "
            "here and I will read it."
        )
        return {"text": text, "blocks": [_section(text)]}
    count = f"{len(claims)} claim{'s' if len(claims) != 1 else ''} on file"
    title = f"*{count} {where}*"
    blocks = [_section(title)]
    chunk, shown = "", 0
    for line in (_claim_line(c) for c in claims):
        if chunk and len(chunk) + len(line) + 2 > SECTION_MAX:
            if len(blocks) >= MAX_BLOCKS - 3:
                break
            blocks.append(_section(chunk))
            chunk = ""
        chunk = f"{chunk}\n\n{line}" if chunk else line
        shown += 1
    blocks.append(_section(chunk))
    if shown < len(claims):
        blocks.append(_context(f"…and {len(claims) - shown} more; `/claim summary <claim id>` shows any of them."))
    fallback = f"{count} {where}: " + ", ".join(escape(c.claim_id) for c in claims)
    return {"text": _clip(fallback, TEXT_MAX), "blocks": blocks}


# -- App Home ---------------------------------------------------------------------------------------
HOME_MAX_BLOCKS = 100
HOW_TO_ASK = (
    "*How to ask*\n"
    "• Open me in the assistant panel beside a channel and pick a suggested prompt, or ask there.\n"
    "• *@claimbot &lt;question&gt;* in a channel: I answer in the thread.\n"
    "• Message me here, or `/claim &lt;question&gt;` anywhere for a private answer.\n"
    "• Share a claim file (PDF, DOCX, TXT, MD or EML) with me and I read it."
)


def thread_link(team_url: str, channel: str, thread_ts: str | None) -> str | None:
    """A link to a message's thread (``https://team.slack.com/archives/C1/p1700000000000100``)."""
    if not team_url.startswith(("http://", "https://")) or not thread_ts:
        return None
    return f"{team_url.rstrip('/')}/archives/{channel}/p{thread_ts.replace('.', '')}"


def home_view(claims: Sequence[ClaimRecord], asked: Sequence[Any], *, team_url: str = "") -> dict[str, Any]:
    """The App Home tab: the claims in reach of the user's DM and ``workspace``, how to ask, and
    the user's last questions (``asked``: :class:`bot.store.AskedQuestion`) with links."""
    view_blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "claimbot", "emoji": True}},
        _section("I answer questions about your claim files and quote where each fact comes from."),
        _section(HOW_TO_ASK),
        {"type": "divider"},
    ]
    count = f"{len(claims)} claim{'s' if len(claims) != 1 else ''}"
    view_blocks.append(_section(f"*Claims in reach here* ({count}: our DM and workspace material)"))
    if not claims:
        view_blocks.append(_context("None yet: share a claim file with me in our DM."))
    for claim in claims[:40]:
        view_blocks.append(_section(_claim_line(claim)))
    if len(claims) > 40:
        view_blocks.append(_context(f"…and {len(claims) - 40} more."))
    view_blocks.append({"type": "divider"})
    view_blocks.append(_section("*Your last questions*"))
    if not asked:
        view_blocks.append(_context("None yet."))
    for q in asked:
        label = _clip(q.question, 150)
        link = thread_link(team_url, q.channel, q.thread_ts)
        where_ = "our DM" if q.channel.startswith("D") else f"<#{q.channel}>"
        view_blocks.append(_context(f"{_link(link, label)} · {where_}"))
    return {"type": "home", "blocks": view_blocks[:HOME_MAX_BLOCKS]}


# -- ingest --------------------------------------------------------------------------------------
_STATUS = {
    "added": "Read",
    "replaced": "Read the new version of",
    "unchanged": "Already had this exact version of",
}


def ingest_report_message(report: IngestReport, where: str) -> Message:
    """What the engine found in a shared file: claim, type, pages, key dates and amounts.
    ``where`` is mrkdwn (``in <#C123>``)."""
    meta = report.metadata
    status = _STATUS.get(report.status, "Read")
    pages = f", {report.pages} page{'s' if report.pages != 1 else ''}" if report.pages else ""
    facts: list[tuple[str, str]] = []
    if meta.claim_ids:
        others = f" (also mentions {', '.join(meta.claim_ids[1:4])})" if len(meta.claim_ids) > 1 else ""
        facts.append(("Claim", meta.claim_ids[0] + others))
    elif report.linked_claim:  # no number read whole, but a reference, a party or the number's parts (rag.links)
        facts.append(("Claim", f"{report.linked_claim} (no claim number written whole in the text; linked by "
                               "what it shares with that claim's files)"))
    else:
        facts.append(("Claim", "none found in the text"))
    if meta.document_type:
        facts.append(("Type", meta.document_type.replace("_", " ")))
    if report.pages:
        facts.append(("Pages", str(report.pages)))
    if meta.policy_numbers:
        facts.append(("Policy", ", ".join(meta.policy_numbers[:3])))
    parties = _parties(meta)
    if parties:
        facts.append(("Parties", "; ".join(parties)))
    if meta.date_of_loss:
        facts.append(("Date of loss", meta.date_of_loss))
    dates = [e for e in meta.events if e.label != "date_of_loss"][:5]
    if dates:
        facts.append(("Key dates", "; ".join(f"{e.date} ({_clip(e.label or e.text, 60)})" for e in dates)))
    said = meta.amounts or meta.mentioned_amounts  # labelled lines first; else amounts said in the text
    if said:
        amounts = (f"{a.raw_label or a.label.replace('_', ' ')}: {money(a.value)}" for a in said[:8])
        facts.append(("Amounts", "; ".join(amounts)))
    head = f":page_facing_up: {status} *{escape(report.filename)}* ({escape(report.kind.upper())}{pages})."
    body = "\n".join(f"*{label}:* {escape(value)}" for label, value in facts)
    text = escape(f"{status} {report.filename}: " + "; ".join(f"{label}: {value}" for label, value in facts))
    replaces = f"This {report.replaces}. " if report.replaces else ""
    return {
        "text": _clip(replaces + text, TEXT_MAX),
        "blocks": [
            _section(head),
            _section(_clip(body, SECTION_MAX)),
            _context(f"{escape(replaces)}Questions asked {where} can now cite it."),
        ],
    }


def _parties(meta: ClaimMetadata) -> list[str]:
    """``insured Marta Lindqvist``, ``claimant ...``, ``adjuster ...``, then the parties read by role
    (attorney, vendor, TPA...): who the file is about, as an adjuster would list them."""
    named: list[str] = []
    seen: set[str] = set()
    by_role = [("insured", n) for n in meta.insured[:3]] + [("claimant", n) for n in meta.claimants[:3]]
    by_role += [("adjuster", n) for n in meta.adjusters[:2]]
    by_role += [(f.role or "party", f.value) for f in meta.facts if f.kind == "party"]
    for role, name in by_role:
        if name.lower() not in seen and len(named) < 6:
            seen.add(name.lower())
            named.append(f"{role} {name}")
    return named


def ingest_error_message(error: IngestError) -> Message:
    text = escape(str(error))
    return {"text": text, "blocks": [_section(":no_entry_sign: " + text)]}


def download_error_message(filename: str, reason: str) -> Message:
    text = escape(f"Could not read {filename}: {reason}")
    return {"text": text, "blocks": [_section(":no_entry_sign: " + text)]}


# -- help and errors -------------------------------------------------------------------------
HELP_TEXT = """\
*claimbot* answers questions about the claim files shared in a channel, quoting its sources.
• *@claimbot <question>* in a channel: I answer in the thread. Follow-ups in that thread need no @mention.
• *Direct message* me a question, or share files with me there.
• *Share a file* (PDF, DOCX, TXT, MD or EML) in a channel I am in: I read it and reply with what I found. \
A file shared in one channel is only cited in that channel.
• `/claim <question>`: a private answer, with a button to share it.
• `/claim summary CLM-1042`: an overview of one claim.
• `/claim list`: the claims on file here.
• `/claim help`: this message."""


def help_message(note: str | None = None) -> Message:
    blocks = []
    if note:
        blocks.append(_section(escape(note)))
    blocks.append(_section(HELP_TEXT))
    text = (escape(note) + "\n\n" if note else "") + HELP_TEXT.replace("*", "")
    return {"text": _clip(text, TEXT_MAX), "blocks": blocks}


FEEDBACK_CALLBACK_ID = "feedback_form"
FEEDBACK_REASON_BLOCK = "reason"
FEEDBACK_COMMENT_BLOCK = "comment"
FEEDBACK_REASON_ACTION = "reason_choice"
FEEDBACK_COMMENT_ACTION = "comment_text"
COMMENT_MAX = 1000


def feedback_modal(private_metadata: str) -> dict[str, Any]:
    """The Not helpful form: what was wrong (wrong fact / wrong claim / missing / other) and a
    comment. ``private_metadata`` says which answer it is about."""
    from bot.store import FEEDBACK_REASONS

    options = [
        {"text": {"type": "plain_text", "text": label}, "value": value} for value, label in FEEDBACK_REASONS.items()
    ]
    return {
        "type": "modal",
        "callback_id": FEEDBACK_CALLBACK_ID,
        "private_metadata": private_metadata[:3000],
        "title": {"type": "plain_text", "text": "What was wrong?"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {"type": "input", "block_id": FEEDBACK_REASON_BLOCK,
             "label": {"type": "plain_text", "text": "The answer had"},
             "element": {"type": "radio_buttons", "action_id": FEEDBACK_REASON_ACTION, "options": options}},
            {"type": "input", "block_id": FEEDBACK_COMMENT_BLOCK, "optional": True,
             "label": {"type": "plain_text", "text": "Anything to add?"},
             "element": {"type": "plain_text_input", "action_id": FEEDBACK_COMMENT_ACTION, "multiline": True,
                         "max_length": COMMENT_MAX}},
        ],
    }  # fmt: skip


def feedback_values(view: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(reason, comment)`` from a submitted feedback form; an unknown reason is ``other``."""
    from bot.store import FEEDBACK_REASONS

    values = (view.get("state") or {}).get("values") or {}
    choice = ((values.get(FEEDBACK_REASON_BLOCK) or {}).get(FEEDBACK_REASON_ACTION) or {}).get("selected_option")
    reason = (choice or {}).get("value") if isinstance(choice, dict) else None
    if reason is not None and reason not in FEEDBACK_REASONS:
        reason = "other"
    comment = ((values.get(FEEDBACK_COMMENT_BLOCK) or {}).get(FEEDBACK_COMMENT_ACTION) or {}).get("value")
    comment = str(comment).strip()[:COMMENT_MAX] if comment else None
    return reason, comment or None


def panel_greeting_message(claims_in_reach: int) -> Message:
    """The first message of an assistant-panel thread."""
    if claims_in_reach:
        text = (f"Hi! I can answer questions about the {claims_in_reach} claim{'s' if claims_in_reach != 1 else ''} "
                "in reach here (this channel's files, our DM and workspace material), with the sources quoted. "
                "Pick a prompt below or ask away.")  # fmt: skip
    else:
        text = ("Hi! No claim files are in reach here yet: share a claim document (PDF, DOCX, TXT, MD or EML) "
                "with me, or open me beside a channel that has some.")  # fmt: skip
    return {"text": text, "blocks": [_section(escape(text))]}


def notice_message(text: str, emoji: str = ":information_source:") -> Message:
    """A one-line message: unknown claim, empty question, an answer no longer on file."""
    text = escape(text)
    return {"text": text, "blocks": [_section(f"{emoji} {text}")]}


DELAYED_TEXT = "Sorry for the delay, I was restarted. Here is my reply."


def delayed_note_message() -> Message:
    """Before a reply that waited for the bot to restart (the work was journaled, then resumed)."""
    return {"text": DELAYED_TEXT, "blocks": [_context(":hourglass_flowing_sand: " + DELAYED_TEXT)]}


def error_message(reference: str) -> Message:
    text = (
        f"Sorry, something went wrong on my side. Reference: {reference}. "
        "Please try again; if it keeps happening, give this reference to your Slack admin."
    )
    return {
        "text": text,
        "blocks": [_section(":warning: " + escape(text).replace(reference, f"`{reference}`"))],
    }


def storage_full_message(reference: str) -> Message:
    """Work that failed because the bot's disk is full or read-only: not the user's doing, and
    kept to be done again (the journal entry stays open)."""
    text = (
        f"I could not finish this: the server's storage is full or read-only. Reference: {reference}. "
        "Your request is kept and will be done when claimbot restarts with room to write; "
        "tell your Slack admin."
    )
    return {"text": text, "blocks": [_section(":floppy_disk: " + escape(text).replace(reference, f"`{reference}`"))]}

