"""A duration from someone's e-mail ("from marta's shutoff request email to the valve being closed")
starts when that message was sent: its ``Sent:`` line, read with the sender and subject written beside
it in the thread's header block, not a time its body tells. On the real engine, over an e-mail thread
written here."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, eml_bytes, engine_with_files

CHAIN = """Team - the chain on the Linden Row flood is below for the file. Claim Number: WTR-40615-L.

Marta

From: Oskar Brandvold <obrandvold@lindenrow-utilities.example>
Sent: Monday, June 8, 2026 9:12 AM
To: Marta Quill <mquill@harborline.example>
Subject: RE: water shutoff request

Marta - our shutoff crew closed the street valve at 10:40 AM. Meter reading taken at 11:05 AM.

From: Marta Quill <mquill@harborline.example>
Sent: Monday, June 8, 2026 8:05 AM
To: Oskar Brandvold <obrandvold@lindenrow-utilities.example>
Subject: water shutoff request

Oskar, the basement at 14 Linden Row has been flooding since 06:30 this morning and the inside stop valve
is seized. Please send a shutoff crew to close the street valve.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    thread = eml_bytes(subject="FW: Linden Row flood - utility shutoff - WTR-40615-L", body=CHAIN,
                       sender="Marta Quill <mquill@harborline.example>", date="Tue, 09 Jun 2026 16:20:00 -0500")
    return engine_with_files(tmp_path_factory.mktemp("message_stamps"), [("shutoff_thread.eml", thread)])


def test_someones_email_is_timed_by_its_sent_line(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long from marta's shutoff request email to the street valve being closed, "
                                 "WTR-40615-L")
    assert answer.route == "calculation", answer.text
    assert answer.text.startswith("2 hours 35 minutes"), answer.text
    assert any(c.excerpt.startswith("Sent: Monday, June 8, 2026 8:05 AM") for c in answer.citations), answer.citations
