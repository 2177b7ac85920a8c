"""A file shared with no claim number, whose references a claim's files write (the towing
invoice's number on a storage receipt), is filed with that claim: the reply says so, and a question
about the claim cites it. The same file shared in another channel is filed with nothing."""

from __future__ import annotations

from conftest import TOWING_INVOICE, Bot, text_of

STORAGE_RECEIPT = """HILLTOP STORAGE YARD - RELEASE RECEIPT
Re: tow invoice T-88213 (Roadside Rescue Towing)
Vehicle kept in lot 7, row C, until released to the owner.
Released by: yard clerk Benedikt Haas
"""


async def test_a_receipt_naming_no_claim_is_filed_with_the_claim_that_writes_its_invoice_number(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, report = await bot.share(bot.auto, "storage-receipt.txt", STORAGE_RECEIPT)
    assert "CLM-1042 (no claim number written whole in the text; linked" in text_of(report)

    _, answer = await bot.ask(bot.auto, f"{bot.mention} who released the car from storage on CLM-1042?")
    assert "Benedikt Haas" in text_of(answer) and "storage-receipt.txt" in text_of(answer)


async def test_the_same_receipt_in_another_channel_is_filed_with_nothing(bot: Bot) -> None:
    await bot.share(bot.auto, "towing-invoice.txt", TOWING_INVOICE)
    _, report = await bot.share(bot.prop, "storage-receipt.txt", STORAGE_RECEIPT)
    assert "none found in the text" in text_of(report) and "CLM-1042" not in text_of(report)
