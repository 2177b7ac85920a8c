"""``minutes_between`` offered to the language model, at the protocol level: the real ``openai``
client talks to a local OpenAI-compatible server (:mod:`openai_standin`) scripted per test; the
engine, its store and retrieval are the real ones. A file writes its times on the 12-hour clock
("6:40 p.m."); the model may pass them as read or on the 24-hour clock ("18:40"), and either is
grounded by the excerpt, while a time no source holds is refused. (Over MCP: ``tests/test_mcp.py``.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openai_standin import OpenAIStandIn, Reply, call, excerpt_with, tool_results

from rag.config import Settings
from rag.engine import Engine
from rag.tools import minutes_between

SCOPE = "C0FIRE"

RUN_SHEET = """HARROWGATE FIRE RESCUE - INCIDENT RUN SHEET
Claim Number: CLM-3310
Insured: Odile Brennan-Marsh
Dispatch received 6:40 p.m. Friday March 6, 2026 (kitchen fire, 14 Tansy Court).
Engine 4 on scene at 6:52 p.m.; fire knocked down 7:31 p.m.
Scene released to the owner 2026-03-09 at 6:45 a.m. after the overnight fire watch.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = Engine.open(Settings(home=tmp_path_factory.mktemp("minutes-home")))
    path = tmp_path_factory.mktemp("minutes-docs") / "run-sheet-3310.txt"
    path.write_text(RUN_SHEET)
    engine.ingest_file(path, scope=SCOPE)
    yield engine
    engine.close()




def found_times(body: dict[str, Any]) -> Reply:
    n = excerpt_with(body, "6:52 p.m.")
    return Reply(f"Dispatch came in at 6:40 p.m. and Engine 4 arrived at 6:52 p.m. [{n}].")


def test_written_times_convert_to_the_24_hour_clock_and_span_a_weekend() -> None:
    assert minutes_between("6:40 p.m.", "6:52 p.m.").minutes == 12
    assert minutes_between("11:50 PM", "12:20 a.m.").text == "30 minutes"  # past midnight, no date given
    weekend = minutes_between("2026-03-06 5:40 p.m.", "2026-03-09 6:45 a.m.")
    assert weekend.text == "61 hours 5 minutes (3,665 minutes)"
    assert weekend.working.startswith("2026-03-06 17:40 to 2026-03-09 06:45")
    with pytest.raises(ValueError, match="not a time of day"):
        minutes_between("13:15 p.m.", "14:00")


def test_the_model_is_offered_minutes_between_and_its_24_hour_inputs_are_grounded(
    llm: OpenAIStandIn, engine: Engine
) -> None:
    def final(body: dict[str, Any]) -> Reply:
        found, timed = tool_results(body)
        return Reply(f"Engine 4 arrived {timed['result']} after dispatch [{timed['source']}], at 6:52 p.m. "
                     f"[{found['sources'][0]['n']}].")

    llm.script = [
        call("needle_expert", question="dispatch and arrival times", claim_id="CLM-3310"),
        found_times,
        call("minutes_between", start="2026-03-06 18:40", end="2026-03-06 18:52"),
        final,
    ]
    answer = engine.ask("How long did the engine take to arrive on CLM-3310?", scope=SCOPE)

    offered = {t["function"]["name"] for t in llm.chat_requests[0]["tools"]}
    assert "minutes_between" in offered
    assert answer.mode == "llm" and answer.route == "calculation"
    assert answer.text.startswith("Engine 4 arrived 12 minutes after dispatch [1]")
    assert answer.citations[0].document == "tool: minutes_between"
    assert answer.citations[0].excerpt.endswith("2026-03-06 18:40 to 2026-03-06 18:52 = 12 minutes")
    assert answer.citations[1].document == "run-sheet-3310.txt" and "6:52 p.m." in answer.citations[1].excerpt


def test_a_time_no_source_holds_is_refused(llm: OpenAIStandIn, engine: Engine) -> None:
    llm.script = [
        call("needle_expert", question="dispatch and arrival times", claim_id="CLM-3310"),
        found_times,
        call("minutes_between", start="6:40 p.m.", end="9:05 p.m."),
        Reply("I could not find when the fire was out."),
    ]
    answer = engine.ask("How long did the fire burn on CLM-3310?", scope=SCOPE)

    refused = tool_results(llm.chat_requests[-1])[-1]
    assert "21:05" in refused["error"] and "needle_expert" in refused["error"]
    assert "hours" not in answer.text
