"""Claims named in Slack the way adjusters name them: by a surname, with the right claim's source
cited; a surname two claims in the channel share answered with the choice, and the reply in the
thread answered for the claim picked."""

from __future__ import annotations

from conftest import Bot, text_of

BASEMENT = """Claim Number: HO-2026-5512
Policy Number: HOP-402277
Insured: Marisol Quennell
Date of Loss: 2026-01-14

FIRST NOTICE OF LOSS
The sump pump failed during a thaw and the finished basement flooded.
Deductible: $2,000.00
"""

FENDER = """Claim Number: AU-2026-0733
Policy Number: PAP-118802
Claimant: Anders Quennell
Date of Loss: 2026-02-03

AUTO CLAIM NOTES
The claimant's pickup was sideswiped in a parking garage.
Deductible: $250.00
"""

DUNE = """Claim Number: HO-2026-5590
Policy Number: HOP-402911
Insured: Ingrid Dalbeck
Date of Loss: 2026-01-29

FIRST NOTICE OF LOSS
A fallen oak crushed the insured's detached workshop.
Deductible: $1,500.00
"""


async def _share_all(bot: Bot) -> None:
    for name, text in (("quennell-basement.txt", BASEMENT), ("quennell-pickup.txt", FENDER),
                       ("dalbeck-workshop.txt", DUNE)):
        await bot.share(bot.prop, name, text)


async def test_a_claim_named_by_surname_is_answered_with_its_own_source(bot: Bot) -> None:
    await _share_all(bot)
    _, answer = await bot.ask(bot.prop, f"{bot.mention} what's the deductible on the dalbeck claim?")
    shown = text_of(answer)
    assert "$1,500.00" in shown and "[1]" in shown
    assert "dalbeck-workshop.txt" in shown.split("*Sources*")[1]
    assert "$2,000.00" not in shown and "$250.00" not in shown


async def test_a_shared_surname_gets_the_choice_and_the_reply_picks_the_claim(bot: Bot) -> None:
    await _share_all(bot)
    question, choice = await bot.ask(bot.prop, f"{bot.mention} what's the deductible on the quennell claim?")
    shown = text_of(choice)
    assert "HO-2026-5512" in shown and "AU-2026-0733" in shown and "Which one do you mean?" in shown
    assert "$" not in shown  # no claim picked silently

    _, answer = await bot.ask(bot.prop, "the auto one", thread_ts=question.ts)
    shown = text_of(answer)
    assert "$250.00" in shown and "quennell-pickup.txt" in shown.split("*Sources*")[1]
    assert "$2,000.00" not in shown
