"""Durations whose two ends a file gives in one sentence, and e-mail threads whose replies are stamped with when
they were written. On the real engine over a cold-store incident thread written here, in a style unlike our
samples: the span between one line's two times is the same whichever phrase read which time, and a reply's
"On <date> at <time>, <name> wrote:" dates the message, not the events it tells."""

from __future__ import annotations

import pytest

from tests.docfactory import ask_checked, eml_bytes, engine_with_files

THREAD = """Claim Number: CS-40915-R
Insured: Nordhavn Cold Logistics ApS

Hi Petra,

Our freezer room 4 lost power on Saturday 05/16/2026. The compressor tripped at 01:12 and the standby
generator only picked up the load at 01:58, by which time the room had warmed to -11C.

On Sat, May 16, 2026 at 3:40 PM Ingrid Solberg wrote:
> The duty fitter, Ingrid Solberg, reached the plant at 04:25 and reset the breaker.
> Stock was moved to room 2 by 07:10.

The night supervisor, Liv Brekke, left the control room at 02:05 to check the generator yard.
Liv Brekke was back in the control room at 02:31 and logged the room temperature.

The loss surveyor phoned at 10:40 and walked the dispatch dock on 05/18/2026 from 13:15 to 15:50 with our
shift lead.

Regards,
Henrik Aalto, Operations
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    eml = eml_bytes(subject="RE: CS-40915-R freezer room 4 power loss", body=THREAD,
                    sender="Henrik Aalto <henrik@nordhavn.example>", date="Sat, 16 May 2026 16:05:00 +0200")
    engine = engine_with_files(tmp_path_factory.mktemp("moments"), [("cs-40915-thread.eml", eml)])
    yield engine
    engine.close()


def test_the_span_between_one_lines_two_times(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long was freezer room 4 without power before the generator took over, CS-40915-R")
    assert answer.route == "calculation"
    assert answer.text.startswith("46 minutes: from 01:12"), answer.text
    assert "01:58" in answer.text
    assert "compressor tripped at 01:12" in answer.citations[0].excerpt
    assert answer.citations[-1].document == "calculation"


def test_a_replys_stamp_is_no_moment_of_what_it_tells(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "time from the compressor tripping to Ingrid Solberg getting there, CS-40915-R")
    assert answer.route == "calculation"
    assert answer.text.startswith("3 hours 13 minutes"), answer.text
    assert not any("wrote:" in c.excerpt for c in answer.citations), answer.citations


def test_the_one_range_a_line_writes_is_the_span_not_its_first_and_last_times(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long was the surveyor's walk-through of the dispatch dock, CS-40915-R")
    assert answer.route == "calculation"
    assert answer.text.startswith("2 hours 35 minutes"), answer.text
    assert "from 13:15 to 15:50" in answer.citations[0].excerpt


def test_a_span_of_one_thing_is_read_from_its_two_best_lines(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask_checked(engine, "how long was liv brekke out of the control room, CS-40915-R")
    assert answer.route == "calculation"
    assert answer.text.startswith("26 minutes: from 02:05"), answer.text
