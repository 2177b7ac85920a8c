"""The claim card of an agent's e-mail thread: the agency that writes the mail is not the insured."""

from __future__ import annotations

from pathlib import Path

from docfactory import eml_bytes

from rag.config import Settings
from rag.engine import Engine

THREAD = eml_bytes(
    subject="RE: theft of skid steer - claim TX 61-30582",
    sender="Marit Olsgaard <marit@olsgaard-ig.example>",
    body=("Hi Devon,\n\nFollowing up on claim TX 61-30582. The skid steer was taken from the job site on the night of "
          "09/14/2026; the sheriff's report is attached. The account is Quarrystone Paving LLC, and their equipment "
          "floater carries a $2,500 deductible.\n\nThanks,\nMarit Olsgaard\n"
          "Commercial Lines Account Manager | Olsgaard Insurance Group\n"),
)


def test_the_agency_that_writes_the_thread_is_no_insured(tmp_path: Path) -> None:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    (tmp_path / "thread.eml").write_bytes(THREAD)
    engine.ingest_file(tmp_path / "thread.eml")
    card = engine.ask("summarize claim TX 61-30582").text
    assert "insured Olsgaard Insurance Group" not in card
    assert "Quarrystone Paving LLC" in card  # the account the agent writes about is on the card
    engine.close()
