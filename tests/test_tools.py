"""The calculation tools: exact calendar and cent arithmetic, with working a user can check."""

from datetime import date
from decimal import Decimal

import pytest

from rag.tools import days_between, difference, net_of_deductible, remaining_limit, share_of, sum_amounts


def test_days_between_counts_calendar_days_with_working():
    result = days_between("2026-03-03", "2026-03-26")
    assert result.days == 23
    assert result.working == "March 3, 2026 to March 26, 2026 = 23 days"


def test_days_between_counts_the_leap_day():
    assert days_between("2024-02-28", "2024-03-01").days == 2
    assert days_between("2023-02-28", "2023-03-01").days == 1
    assert days_between(date(2024, 1, 1), date(2025, 1, 1)).days == 366


def test_days_between_is_negative_when_end_is_first_and_singular_for_one_day():
    assert days_between("2026-03-26", "2026-03-03").days == -23
    assert days_between("2026-03-03", "2026-03-04").working.endswith("= 1 day")


def test_days_between_refuses_a_non_iso_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        days_between("03/03/2026", "2026-03-26")


def test_sum_amounts_reads_amounts_as_written_and_shows_the_sum():
    result = sum_amounts(["$4,120.50", "$385.00", "1,050.25"])
    assert result.value == Decimal("5555.75")
    assert result.text == "$5,555.75"
    assert result.working == "$4,120.50 + $385.00 + $1,050.25 = $5,555.75"


def test_money_never_drifts_like_floats_and_rounds_half_up_to_the_cent():
    assert sum_amounts(["0.10", "0.20"]).value == Decimal("0.30")
    assert sum_amounts([Decimal("10.005")]).value == Decimal("10.01")
    assert sum_amounts([Decimal("2.675")]).text == "$2.68"  # a float would make this $2.67
    assert net_of_deductible(Decimal("1000.125"), "500").text == "$500.13"


def test_net_of_deductible_subtracts_and_floors_at_zero():
    result = net_of_deductible("$4,200.00", "$500.00")
    assert result.text == "$3,700.00"
    assert result.working == "$4,200.00 - $500.00 deductible = $3,700.00"
    small = net_of_deductible("300", "500")
    assert small.value == Decimal("0.00")
    assert "deductible exceeds" in small.working


def test_remaining_limit_subtracts_every_payment_and_shows_overpayment():
    result = remaining_limit("$25,000.00", ["$8,000.00", "$2,500.50"])
    assert result.text == "$14,499.50"
    assert result.working == "$25,000.00 - $8,000.00 - $2,500.50 paid = $14,499.50 remaining"
    assert remaining_limit("1000", "1200").text == "-$200.00"


def test_difference_and_bad_amounts():
    assert difference("$6,450.00", "$5,200.00").text == "$1,250.00"
    assert difference("($75.00)", "25").value == Decimal("-100.00")
    with pytest.raises(ValueError, match="not an amount"):
        sum_amounts(["twelve dollars"])


def test_share_of_gives_a_percentage_to_one_decimal_and_refuses_a_zero_whole():
    result = share_of("$9,000.00", "$15,000.00")
    assert result.text == "60.0%"
    assert result.working == "$9,000.00 / $15,000.00 = 60.0%"
    assert share_of("1", "3").text == "33.3%"
    with pytest.raises(ValueError, match="zero"):
        share_of("$10.00", "$0.00")
