"""A lookup in Slack: the claims that match, and in the Sources the lookup itself (the filter as
understood, how many claims were searched, the matches) beside the lines that show each match."""

from __future__ import annotations

from conftest import Bot, text_of

CLOSED = """\
ADJUSTER CLOSING MEMO
Claim No.: PL-5520-Q
Insured: Saoirse Delahunt
Date of Loss: 2025-02-11
A frozen pipe in the loft split and soaked the landing ceiling.
Claim status: CLOSED
"""

OPEN = """\
FIELD NOTES
Claim No.: PL-5521-Q
Insured: Obadiah Kettleworth
Date of Loss: 2025-03-02
Lightning struck the chimney stack and knocked bricks through the conservatory roof.
Claim status: OPEN
"""


async def test_a_lookup_cites_itself_in_the_sources_with_the_claims_it_searched(bot: Bot) -> None:
    await bot.share(bot.auto, "delahunt-closing.txt", CLOSED)
    await bot.share(bot.auto, "kettleworth-notes.txt", OPEN)
    _, answer = await bot.ask(bot.auto, f"{bot.mention} which files here are closed?")

    shown = text_of(answer)
    head, sources = shown.split("*Sources*")
    assert "PL-5520-Q" in head and "PL-5521-Q" not in head, shown
    assert "1 claim matches (closed) [1]: PL-5520-Q." in head, head  # the count, cited to the lookup
    lookup_line = next(line for line in sources.splitlines() if "Claims lookup" in line)
    assert lookup_line.startswith("*[1]*"), sources
    assert "Searched 2 claims in reach (closed); 1 match: PL-5520-Q" in lookup_line, lookup_line  # out of what
    assert "delahunt-closing.txt" in sources and "Claim status: CLOSED" in shown, sources
