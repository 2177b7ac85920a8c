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
from rag.answer import Answer, Citation
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
META_BLOCK_ID = "answer_meta"
ACTIONS_BLOCK_ID = "answer_actions"

Message = dict[str, Any]


# -- mrkdwn helpers ----------------------------------------------------------------------------
def escape(text: str) -> str:
    """Slack's mrkdwn escaping: the three control characters, nothing else."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(url: str | None, label: str) -> str:
    label = escape(label).replace("|", "¦")
    if url and url.startswith(("http://", "https://")):
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


def _citation_block(c: Citation) -> dict[str, Any]:
    head = [f"*[{c.n}]* {_link(c.source_url, c.document)}"]
    if c.location():
        head.append(escape(c.location()))
    if c.claim_id:
        head.append(escape(c.claim_id))
    return _section(_clip(" · ".join(head), 600) + "\n" + _quote(c.excerpt))


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
        room = MAX_BLOCKS - len(head) - len(body) - len(tail) - 2  # divider + "Sources"
        shown = answer.citations if len(answer.citations) <= room else answer.citations[: room - 1]
        sources = [{"type": "divider"}, _section("*Sources*")]
        sources += [_citation_block(c) for c in shown]
        hidden = answer.citations[len(shown) :]
        if hidden:
            sources.append(_context(f"…and {len(hidden)} more: " + ", ".join(f"[{c.n}]" for c in hidden)))

    return {
        "text": answer_fallback(answer),
        "blocks": head + body + sources + tail,
        "metadata": answer_metadata(answer, answer_id=answer_id),
    }


def answer_fallback(answer: Answer) -> str:
    text = answer.text.strip()
    if answer.citations:
        text += "\n\nSources:\n" + "\n".join(citation_line(c) for c in answer.citations)
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
    facts = []
    if claim.insured:
        facts.append("insured " + ", ".join(claim.insured[:2]))
    if claim.date_of_loss:
        facts.append(f"loss {claim.date_of_loss}")
    n = len(claim.documents)
    facts.append(f"{n} document{'s' if n != 1 else ''}")
    line = f"*{escape(claim.claim_id)}* · " + escape(" · ".join(facts))
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
    fallback = f"{count} {where}: " + ", ".join(c.claim_id for c in claims)
    return {"text": _clip(fallback, TEXT_MAX), "blocks": blocks}


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
    else:
        facts.append(("Claim", "none found in the text"))
    if meta.document_type:
        facts.append(("Type", meta.document_type.replace("_", " ")))
    if report.pages:
        facts.append(("Pages", str(report.pages)))
    if meta.policy_numbers:
        facts.append(("Policy", ", ".join(meta.policy_numbers[:3])))
    if meta.insured:
        facts.append(("Insured", ", ".join(meta.insured[:3])))
    if meta.date_of_loss:
        facts.append(("Date of loss", meta.date_of_loss))
    dates = [e for e in meta.events if e.label != "date_of_loss"][:5]
    if dates:
        facts.append(("Key dates", "; ".join(f"{e.date} ({_clip(e.label or e.text, 60)})" for e in dates)))
    if meta.amounts:
        amounts = (f"{a.raw_label or a.label.replace('_', ' ')}: {money(a.value)}" for a in meta.amounts[:8])
        facts.append(("Amounts", "; ".join(amounts)))
    head = f":page_facing_up: {status} *{escape(report.filename)}* ({escape(report.kind.upper())}{pages})."
    body = "\n".join(f"*{label}:* {escape(value)}" for label, value in facts)
    text = f"{status} {report.filename}: " + "; ".join(f"{label}: {value}" for label, value in facts)
    replaces = f"This {report.replaces}. " if report.replaces else ""
    return {
        "text": _clip(replaces + text, TEXT_MAX),
        "blocks": [
            _section(head),
            _section(_clip(body, SECTION_MAX)),
            _context(f"{escape(replaces)}Questions asked {where} can now cite it."),
        ],
    }


def ingest_error_message(error: IngestError) -> Message:
    text = str(error)
    return {"text": text, "blocks": [_section(":no_entry_sign: " + escape(text))]}


def download_error_message(filename: str, reason: str) -> Message:
    text = f"Could not read {filename}: {reason}"
    return {"text": text, "blocks": [_section(":no_entry_sign: " + escape(text))]}


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
    text = (note + "\n\n" if note else "") + HELP_TEXT.replace("*", "")
    return {"text": _clip(text, TEXT_MAX), "blocks": blocks}


def notice_message(text: str, emoji: str = ":information_source:") -> Message:
    """A one-line message: unknown claim, empty question, an answer no longer on file."""
    return {"text": text, "blocks": [_section(f"{emoji} {escape(text)}")]}


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
