"""``check_limit`` (is an amount within a limit, a sublimit or a reserve, and what it leaves of it) offered like
the other calculation tools: to the language model, at the protocol level (the real ``openai`` client against a
local OpenAI-compatible server, :mod:`openai_standin`), its inputs grounded by the sources found; and over MCP
through a real MCP client. The engine, its store and retrieval are the real ones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mcp import Client
from openai_standin import OpenAIStandIn, Reply, call, excerpt_with, tool_results

from bot.mcp_server import build_server
from rag.config import Settings
from rag.engine import Engine
from rag.tools import check_limit

SCOPE = "C0CYBER"

BORDEREAU = """CYBER EXTORTION BORDEREAU - Quillon Freight Brokers
Claim Number: CY-55018-E
Insured: Quillon Freight Brokers LLC
Extortion sublimit: $250,000.00 per policy period.
Ransom paid on 09/14/2026 after negotiation: $212,500.00 in USDC, through the panel negotiator.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = Engine.open(Settings(home=tmp_path_factory.mktemp("limit-home")))
    path = tmp_path_factory.mktemp("limit-docs") / "quillon-bordereau.txt"
    path.write_text(BORDEREAU)
    engine.ingest_file(path, scope=SCOPE)
    yield engine
    engine.close()


def test_check_limit_says_within_and_what_is_left_or_how_far_over() -> None:
    within = check_limit("$212,500.00", "$250,000")
    assert within.within and within.left == 37500 and within.share == 85
    assert within.working == "$212,500.00 / $250,000.00 = 85.0% of the limit (within, $37,500.00 left)"
    over = check_limit(26000, "$25,000.00")
    assert not over.within and over.left == 0 and over.over_by == 1000
    with pytest.raises(ValueError, match="positive"):
        check_limit(100, 0)


def found_figures(body: dict[str, Any]) -> Reply:
    n = excerpt_with(body, "$212,500.00")
    return Reply(f"The ransom was $212,500.00 against a $250,000.00 extortion sublimit [{n}].")


def test_the_model_is_offered_check_limit_and_its_inputs_are_grounded(llm: OpenAIStandIn, engine: Engine) -> None:
    def final(body: dict[str, Any]) -> Reply:
        found, checked = tool_results(body)
        return Reply(f"Yes: the ransom is {checked['result']} [{checked['source']}] "
                     f"[{found['sources'][0]['n']}].")

    llm.script = [
        call("needle_expert", question="ransom paid and extortion sublimit", claim_id="CY-55018-E"),
        found_figures,
        call("check_limit", amount="$212,500.00", limit="$250,000.00"),
        final,
    ]
    answer = engine.ask("Is the Quillon ransom within the extortion sublimit on CY-55018-E?", scope=SCOPE)

    offered = {t["function"]["name"] for t in llm.chat_requests[0]["tools"]}
    assert "check_limit" in offered
    assert answer.mode == "llm" and answer.route == "calculation"
    assert answer.text.startswith("Yes: the ransom is 85.0% of the limit, within, $37,500.00 left [1]"), answer.text
    assert answer.citations[0].document == "tool: check_limit"
    assert answer.citations[0].excerpt.endswith("= 85.0% of the limit (within, $37,500.00 left)")


def test_a_limit_no_source_holds_is_refused(llm: OpenAIStandIn, engine: Engine) -> None:
    llm.script = [
        call("needle_expert", question="ransom paid and extortion sublimit", claim_id="CY-55018-E"),
        found_figures,
        call("check_limit", amount="$212,500.00", limit="$300,000.00"),
        Reply("I could not confirm the sublimit."),
    ]
    engine.ask("Is the Quillon ransom within a $300k cap on CY-55018-E?", scope=SCOPE)
    refused = tool_results(llm.chat_requests[-1])[-1]
    assert "300" in refused["error"] and "needle_expert" in refused["error"]


async def test_check_limit_over_mcp(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        listed = {t.name: t for t in (await client.list_tools()).tools}
        within = (await client.call_tool("check_limit", {"amount": "$212,500.00", "limit": 250000})).structured_content
        over = (await client.call_tool("check_limit", {"amount": 26000, "limit": "$25,000.00"})).structured_content
        bad = await client.call_tool("check_limit", {"amount": "$10", "limit": 0})
    assert "within a limit" in (listed["check_limit"].description or "")
    assert within == {"within_limit": True, "share": "85.0", "left": "37500.00", "over_by": "0.00",
                      "working": "$212,500.00 / $250,000.00 = 85.0% of the limit (within, $37,500.00 left)"}
    assert over["within_limit"] is False and over["over_by"] == "1000.00" and over["left"] == "0.00"
    assert bad.is_error
