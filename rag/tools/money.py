"""Money arithmetic for claims: totals, payout after the deductible, what is left of a limit.

Amounts are :class:`~decimal.Decimal` (never float) and results are rounded to the cent, half
up, as claim payments are. Inputs may be decimals or strings as written (``"$1,250.00"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from rag.metadata import format_money, parse_money

CENT = Decimal("0.01")

Amount = Decimal | str | int


@dataclass(frozen=True)
class MoneyResult:
    value: Decimal
    """The result, rounded to the cent."""
    working: str
    """One line showing the arithmetic, e.g. ``$4,200.00 - $500.00 = $3,700.00``."""

    @property
    def text(self) -> str:
        return money_text(self.value)


def sum_amounts(amounts: Sequence[Amount]) -> MoneyResult:
    """Add amounts, e.g. the totals of several invoices."""
    values = [to_decimal(a) for a in amounts]
    total = _cents(sum(values, Decimal(0)))
    shown = " + ".join(money_text(v) for v in values) or "nothing"
    return MoneyResult(total, f"{shown} = {money_text(total)}")


def times(amount: Amount, count: Decimal | int | str, unit: str = "") -> MoneyResult:
    """A rate times how many of its unit ("$2,850.00 a day for 35 days"): ``$2,850.00 x 35 days = $99,750.00``."""
    a, n = to_decimal(amount), Decimal(str(count))
    total = _cents(a * n)
    shown = f"{n.normalize():f}" + (f" {unit}" if unit else "")
    return MoneyResult(total, f"{money_text(a)} x {shown} = {money_text(total)}")


def net_of_deductible(amount: Amount, deductible: Amount) -> MoneyResult:
    """What is payable on a covered amount after the deductible; never below zero.

    The deductible is the insured's share of each loss: a loss smaller than the deductible
    pays nothing, it does not make the insured owe the difference.
    """
    a, d = to_decimal(amount), to_decimal(deductible)
    net = _cents(max(a - d, Decimal(0)))
    floor = " (the deductible exceeds the amount)" if d > a else ""
    return MoneyResult(net, f"{money_text(a)} - {money_text(d)} deductible = {money_text(net)}{floor}")


def less(amount: Amount, deductions: Sequence[Amount]) -> MoneyResult:
    """An amount less several deductions (the deductible, an advance already paid, a recovery).

    Not floored: a negative result means the deductions exceed the amount, which the adjuster
    must see rather than a reassuring zero.
    """
    a = to_decimal(amount)
    taken = [to_decimal(d) for d in deductions]
    net = _cents(a - sum(taken, Decimal(0)))
    shown = " - ".join([money_text(a), *(money_text(d) for d in taken)])
    return MoneyResult(net, f"{shown} = {money_text(net)}")


def remaining_limit(limit: Amount, paid: Amount | Sequence[Amount]) -> MoneyResult:
    """How much of a coverage limit is left after what was paid (one amount or several).

    Goes negative when payments exceed the limit, so an overpayment shows rather than hiding
    behind a zero.
    """
    lim = to_decimal(limit)
    payments = [to_decimal(paid)] if isinstance(paid, (Decimal, int, str)) else [to_decimal(p) for p in paid]
    left = _cents(lim - sum(payments, Decimal(0)))
    shown = " - ".join([money_text(lim), *(money_text(p) for p in payments)])
    return MoneyResult(left, f"{shown} paid = {money_text(left)} remaining")


def difference(larger: Amount, smaller: Amount) -> MoneyResult:
    """How much more one amount is than another (e.g. the estimate over the first offer)."""
    a, b = to_decimal(larger), to_decimal(smaller)
    diff = _cents(a - b)
    return MoneyResult(diff, f"{money_text(a)} - {money_text(b)} = {money_text(diff)}")


def to_decimal(value: Amount) -> Decimal:
    """``"$1,250.00"``, ``"($75.00)"``, ``1250`` or a Decimal -> ``Decimal``; raises ValueError."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    parsed = parse_money(str(value).strip())
    if parsed is None:
        raise ValueError(f"not an amount: {value!r}")
    return parsed


def money_text(value: Decimal) -> str:
    """``Decimal("-1234.5")`` -> ``-$1,234.50``, rounded half up to the cent."""
    return format_money(_cents(value))


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LimitCheck:
    within: bool
    """``amount <= limit``."""
    share: Decimal
    """``amount / limit`` as a percentage, rounded to one decimal."""
    over_by: Decimal
    """How much the amount exceeds the limit (0 when within)."""
    left: Decimal
    """How much of the limit the amount leaves (0 when over): "what's left of it" is asked as often as the verdict."""
    working: str


def check_limit(amount: Amount, limit: Amount) -> LimitCheck:
    """Whether ``amount`` fits within ``limit``, and what share of the limit it uses: "is
    $9,766.90 within a $100,000 limit?" -> within, 9.8% of the limit."""
    a, lim = to_decimal(amount), to_decimal(limit)
    if lim <= 0:
        raise ValueError(f"a limit must be positive: {money_text(lim)}")
    share = (a / lim * 100).quantize(Decimal("0.1"))
    over = max(a - lim, Decimal(0))
    verdict = f"within, {money_text(lim - a)} left" if a <= lim else f"over by {money_text(over)}"
    working = f"{money_text(a)} / {money_text(lim)} = {share}% of the limit ({verdict})"
    return LimitCheck(a <= lim, share, over, _cents(max(lim - a, Decimal(0))), working)


@dataclass(frozen=True)
class ShareResult:
    share: Decimal
    """``part / whole`` as a percentage, rounded half up to one decimal (17.7%, not 17.67%): how
    adjusters and the claim files write a share, and how :func:`check_limit` states one."""
    working: str

    @property
    def text(self) -> str:
        return f"{self.share}%"


def share_of(part: Amount, whole: Amount) -> ShareResult:
    """What percentage ``part`` is of ``whole``: "what share of the estimate has been paid?"."""
    a, w = to_decimal(part), to_decimal(whole)
    if w == 0:
        raise ValueError("the whole of a share cannot be zero")
    share = (a / w * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return ShareResult(share, f"{money_text(a)} / {money_text(w)} = {share}%")
