"""``claimbot feedback``: the Helpful / Not helpful votes, with their question, answer and sources, and
for Not helpful what was wrong (the reason and comment from the form)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from bot.blocks import citation_line
from bot.store import FEEDBACK_REASONS, BotStore, Vote
from rag.config import Settings


def vote_to_json(vote: Vote) -> dict:
    return {
        "answer_id": vote.answer_id,
        "user": vote.user,
        "helpful": vote.helpful,
        "voted_at": datetime.fromtimestamp(vote.voted_at).isoformat(timespec="seconds"),
        "channel": vote.channel,
        "question": vote.question,
        "reason": vote.reason,
        "comment": vote.comment,
        **{k: v for k, v in vote.answer.to_json().items() if k in ("answer", "route", "citations")},
    }


def format_vote(vote: Vote) -> str:
    when = datetime.fromtimestamp(vote.voted_at).strftime("%Y-%m-%d %H:%M")
    mark = "+ helpful    " if vote.helpful else "- not helpful"
    lines = [f"{mark} {when}  {vote.user} in {vote.channel}  (answer {vote.answer_id})",
             f"    Q: {vote.question}", f"    A: {' '.join(vote.answer.text.split())}"]  # fmt: skip
    if vote.reason or vote.comment:
        label = FEEDBACK_REASONS.get(vote.reason or "", vote.reason or "")
        lines.append(f"    Why: {label}" + (f": {vote.comment}" if label and vote.comment else vote.comment or ""))
    lines += [f"       {citation_line(c)}" for c in vote.answer.citations]
    return "\n".join(lines)


def feedback_command(args) -> int:
    """``claimbot feedback [--json] [--home DIR]``: every vote, newest first."""
    home = Path(args.home).expanduser() if args.home else Settings.from_env().home
    store = BotStore.open(home)
    votes = store.votes()
    if args.json:
        json.dump([vote_to_json(v) for v in votes], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not votes:
        print(f"No votes yet in {home / 'slack.sqlite3'}.")
        return 0
    up = sum(v.helpful for v in votes)
    print(f"{len(votes)} votes: {up} helpful, {len(votes) - up} not helpful\n")
    print("\n\n".join(format_vote(v) for v in votes))
    return 0
