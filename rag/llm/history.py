"""Conversation history for the manager model: earlier turns as chat messages, within a budget.

Surfaces pass history as strings, oldest first (what the offline manager reads). A
:class:`Turn` is such a string that also says who wrote it; plain strings are taken to
alternate, the last one before the question being the assistant's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

HISTORY_TOKEN_BUDGET = 1500
"""Tokens of earlier turns sent to the manager: the recent ones, enough for a follow-up."""


class Turn(str):
    """A history entry (a plain ``str`` to code that only reads text) with its author's role."""

    role: Literal["user", "assistant"]

    def __new__(cls, text: str, role: Literal["user", "assistant"] = "user") -> "Turn":
        turn = super().__new__(cls, text)
        turn.role = role
        return turn

    def __reduce__(self) -> tuple[Any, ...]:  # survives the trip to the engine's process
        return (Turn, (str(self), self.role))


def count_tokens(text: str) -> int:
    """Tokens as OpenAI's tokenizer counts them (LlamaIndex bundles it: no download); a
    character estimate if it cannot load."""
    try:
        from llama_index.core.utils import get_tokenizer

        return len(get_tokenizer()(text))
    except Exception:  # noqa: BLE001 - a budget estimate is enough
        return len(text) // 4 + 1


def history_messages(history: Sequence[str], budget: int = HISTORY_TOKEN_BUDGET) -> list[dict[str, str]]:
    """The most recent turns that fit in ``budget`` tokens, oldest first, as chat messages."""
    turns = [t for t in history if str(t).strip()]
    messages: list[dict[str, str]] = []
    used = 0
    for back, turn in enumerate(reversed(turns)):
        role = getattr(turn, "role", None) or ("assistant" if back % 2 == 0 else "user")
        cost = count_tokens(str(turn))
        if used + cost > budget:
            break
        used += cost
        messages.append({"role": role, "content": str(turn)})
    messages.reverse()
    return messages
