"""Deterministic calculation tools: plain typed functions with docstrings.

Offline, the calculation expert calls them directly; later an OpenAI-mode manager can expose the
same functions as LLM or MCP tools. Each returns the value and a one-line ``working`` string so
the user can check the arithmetic.
"""

from rag.tools.dates import DaysResult, DeadlineResult, MinutesResult, date_after, days_between, minutes_between
from rag.tools.money import (
    LimitCheck,
    MoneyResult,
    ShareResult,
    check_limit,
    difference,
    less,
    net_of_deductible,
    remaining_limit,
    share_of,
    sum_amounts,
    times,
)

__all__ = [
    "DaysResult",
    "DeadlineResult",
    "LimitCheck",
    "MinutesResult",
    "MoneyResult",
    "ShareResult",
    "check_limit",
    "date_after",
    "days_between",
    "difference",
    "less",
    "minutes_between",
    "net_of_deductible",
    "remaining_limit",
    "share_of",
    "sum_amounts",
    "times",
]
