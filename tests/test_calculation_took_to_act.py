""""How long did X take to <act>" runs from what the act answers (the thing acted on, or what follows
"after") to the act, never from "did X take": the question's own clause is no event. On the real engine,
over a bank's e-mail written here, where an earlier wire and its own stamp give times no end is."""

from __future__ import annotations

import pytest

from rag.experts.calculation.question import took_phrases
from tests.docfactory import ask_checked, engine_with_files

BANK_EMAIL = """From: Treasury Desk <desk@harlowbank.example>
To: Mara Quist <mquist@fenwoodtools.example>
Date: Tue, 14 Jul 2026 16:40:00 -0400
Subject: RE: stop payment - Fenwood Tools - claim FT-55018-K

Mara - the original transfer left us on 07/14/2026 at 9:05 AM.
The stop payment request was sent through the network at 2:48 PM.
Orchard Valley Bank confirmed the stop at 3:20 PM and froze the receiving account.
Our investigator was assigned at 4:10 PM.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with_files(tmp_path_factory.mktemp("took_to_act"), [("stop_payment.eml", BANK_EMAIL)])


def test_how_long_someone_took_runs_from_what_they_acted_on() -> None:
    assert took_phrases("how long did the bank take to confirm the stop payment request") == (
        "the stop payment request", "the bank confirm the stop payment request")
    assert took_phrases("how long did it take the adjuster to call back after the first notice (smith claim)") == (
        "the first notice", "the adjuster call back")
    assert took_phrases("how long did the carrier take to pay") is None  # nothing it answers: other readings decide


def test_the_time_a_bank_took_to_confirm_a_request(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long did orchard valley take to confirm the stop payment request on FT-55018-K")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("32 minutes"), answer.text
    assert [c.excerpt for c in answer.citations[:2]] == [
        "The stop payment request was sent through the network at 2:48 PM.",
        "Orchard Valley Bank confirmed the stop at 3:20 PM and froze the receiving account."], answer.citations
