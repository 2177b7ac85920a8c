"""``date_after`` offered to the language model, at the protocol level: the real ``openai`` client
talks to a local OpenAI-compatible server (:mod:`openai_standin`) scripted per test; the engine, its
store and retrieval are the real ones. The model dates the end of a period from a start and a length
that a source holds ("within twenty-one (21) days of the date of this letter"); a length no source
holds is refused. (Over MCP: ``tests/test_mcp.py``.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openai_standin import OpenAIStandIn, Reply, call, excerpt_with, tool_results

from rag.config import Settings
from rag.engine import Engine

SCOPE = "C0LETTER"

LETTER = """MERIDIAN MUTUAL - REQUEST FOR RECORDED STATEMENT
Claim Number: CLM-5127
Insured: Tobias Wainwright-Ode
Letter date: 2026-08-10
Please call the adjuster to give your recorded statement within twenty-one (21) days of the date of this letter.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = Engine.open(Settings(home=tmp_path_factory.mktemp("date-after-home")))
    path = tmp_path_factory.mktemp("date-after-docs") / "statement-request-5127.txt"
    path.write_text(LETTER)
    engine.ingest_file(path, scope=SCOPE)
    yield engine
    engine.close()




def found_letter(body: dict[str, Any]) -> Reply:
    n = excerpt_with(body, "twenty-one (21) days")
    return Reply(f"The statement is due within 21 days of the letter of 2026-08-10 [{n}].")


def test_the_model_is_offered_date_after_and_its_inputs_are_grounded(llm: OpenAIStandIn, engine: Engine) -> None:
    def final(body: dict[str, Any]) -> Reply:
        _, dated = tool_results(body)
        return Reply(f"The recorded statement is due by {dated['result']} [{dated['source']}].")

    llm.script = [
        call("needle_expert", question="when is the recorded statement due", claim_id="CLM-5127"),
        found_letter,
        call("date_after", start="2026-08-10", days=21),
        final,
    ]
    answer = engine.ask("When is the recorded statement due on CLM-5127?", scope=SCOPE)

    offered = {t["function"]["name"] for t in llm.chat_requests[0]["tools"]}
    assert "date_after" in offered
    assert answer.mode == "llm"
    assert answer.text.startswith("The recorded statement is due by August 31, 2026 [1]"), answer.text
    assert answer.citations[0].document == "tool: date_after"
    assert answer.citations[0].excerpt.endswith("August 10, 2026 + 21 days = August 31, 2026")


def test_a_period_no_source_holds_is_refused(llm: OpenAIStandIn, engine: Engine) -> None:
    llm.script = [
        call("needle_expert", question="when is the recorded statement due", claim_id="CLM-5127"),
        found_letter,
        call("date_after", start="2026-08-10", days=45),
        Reply("I could not find how long the insured has."),
    ]
    answer = engine.ask("When is the recorded statement due on CLM-5127?", scope=SCOPE)

    refused = tool_results(llm.chat_requests[-1])[-1]
    assert "45" in refused["error"] and "needle_expert" in refused["error"]
    assert "September" not in answer.text
