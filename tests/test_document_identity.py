"""Which stored document a file replaces: by its resolved path from the CLI, by channel, file
name and claim number from Slack; and follow-ups about a claim that is not in reach."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.config import Settings
from rag.engine import Engine

INVOICE_1042 = """Claim Number: CLM-1042
Insured: Daniel Okafor
TOWING INVOICE
Towing: $385.00
"""
INVOICE_2077 = """Claim Number: CLM-2077
Insured: Helen Park
PLUMBING INVOICE
Plumbing repair: $1,240.00
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = Engine.open(Settings(home=tmp_path / "home"))
    yield engine
    engine.close()


def upload(engine: Engine, tmp_path: Path, text: str, *, name: str = "invoice.txt", channel: str = "C1"):
    """As the bot does it: the download saved under a temporary path, the Slack name as display name."""
    path = tmp_path / "download" / f"upload-{abs(hash(text))}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return engine.ingest_file(path, scope=channel, display_name=name)


def test_an_upload_for_another_claim_is_kept_beside_one_of_the_same_name(engine: Engine, tmp_path: Path) -> None:
    first = upload(engine, tmp_path, INVOICE_1042)
    second = upload(engine, tmp_path, INVOICE_2077)
    assert (first.status, second.status) == ("added", "added") and second.replaces is None
    assert sorted(c.claim_id for c in engine.claims(scope="C1")) == ["CLM-1042", "CLM-2077"]
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?", scope="C1").text
    assert "$1,240.00" in engine.ask("What was the plumbing repair cost on CLM-2077?", scope="C1").text


def test_an_upload_for_the_same_claim_replaces_the_earlier_version_and_says_so(
    engine: Engine, tmp_path: Path
) -> None:
    upload(engine, tmp_path, INVOICE_1042)
    report = upload(engine, tmp_path, INVOICE_1042.replace("$385.00", "$410.00"))
    assert report.status == "replaced"
    assert report.replaces == "replaces the earlier version of invoice.txt for CLM-1042"
    assert engine.stats()["documents"] == 1
    answer = engine.ask("What was the towing cost on CLM-1042?", scope="C1")
    assert "$410.00" in answer.text and "$385.00" not in answer.text
    assert upload(engine, tmp_path, INVOICE_1042.replace("$385.00", "$410.00")).status == "unchanged"


def test_the_same_name_in_another_channel_is_another_document(engine: Engine, tmp_path: Path) -> None:
    upload(engine, tmp_path, INVOICE_1042, channel="C1")
    assert upload(engine, tmp_path, INVOICE_1042.replace("$385.00", "$410.00"), channel="C2").status == "added"
    assert "$385.00" in engine.ask("What was the towing cost on CLM-1042?", scope="C1").text


def test_cli_files_are_identified_by_their_resolved_path(engine: Engine, tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "invoice.txt", tmp_path / "b" / "invoice.txt"
    for path, text in ((a, INVOICE_1042), (b, INVOICE_1042.replace("$385.00", "$410.00"))):
        path.parent.mkdir(parents=True)
        path.write_text(text)
    assert [r.status for r in engine.ingest_paths([a, b])] == ["added", "added"]  # two files, same name and claim
    assert engine.stats()["documents"] == 2
    a.write_text(INVOICE_1042.replace("$385.00", "$395.00"))
    again = engine.ingest_paths([tmp_path / "a" / ".." / "a" / "invoice.txt"])[0]
    assert again.status == "replaced" and again.replaces == "replaces the earlier version of invoice.txt for CLM-1042"
    assert engine.stats()["documents"] == 2


def test_a_follow_up_about_a_claim_not_in_reach_says_the_claim_is_unknown(engine: Engine, tmp_path: Path) -> None:
    upload(engine, tmp_path, INVOICE_1042)
    history = ["What was the towing cost on CLM-9999?", "No documents for claim CLM-9999 here."]
    answer = engine.ask("summarize it", scope="C1", history=history)
    assert answer.text == "No documents for claim CLM-9999 here. Claims on file: CLM-1042."
    assert engine.ask("and the storage charge?", scope="C1", history=history).text.startswith(
        "No documents for claim CLM-9999 here."
    )
