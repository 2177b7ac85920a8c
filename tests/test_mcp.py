"""``claimbot mcp`` through a real MCP client (the ``mcp`` SDK's ``Client``): in memory, over a real
stdio subprocess of ``claimbot mcp``, and over streamable HTTP with and without the token.

The store is a real one (embedded Chroma, the MiniLM embedder, the real parsers) in a temporary
home: a towing invoice (PDF) of CLM-1042 shared in channel C1, a water-damage note of CLM-2077
shared in C2, and a workspace-wide claims guideline.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from docfactory import pdf_bytes
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from ports import free_port

from bot.mcp_server import build_server, transport_security
from rag.config import Settings
from rag.engine import Engine

CLAIMBOT = str(Path(sys.executable).with_name("claimbot"))

TOWING_PAGES = [[
    "# Buckeye Towing & Recovery - Invoice BTR-20931",
    "Claim Number: CLM-1042",
    "Insured: Daniel Okafor",
    "Date of Loss: March 3, 2026",
    "The insured vehicle was towed from Highway 9 to Westside Collision.",
    "Towing: $385.00",
    "Storage (2 days): $90.00",
    "Invoice Total: $475.00",
]]

WATER = """Claim Number: CLM-2077
Policy Number: HO3-551902
Insured: Helen Park
Date of Loss: 2026-01-14
Adjuster: Marcus Lee

LOSS DESCRIPTION
A supply line under the kitchen sink burst and water soaked the hardwood floor.
The plumber's invoice from Riverside Plumbing came to $640.00.
Deductible: $1,000.00
"""

GUIDELINE = """CLAIMS HANDLING GUIDELINE

Contact the insured within 24 hours of the first notice of loss.
Payments above the adjuster's authority of $25,000 need a supervisor's approval.
"""

TOOLS = {"ask", "search_claim_files", "list_claims", "get_claim", "days_between", "minutes_between", "date_after",
         "sum_amounts",
         "net_of_deductible", "remaining_limit", "check_limit", "check_payment"}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with one file in C1, one in C2 and one workspace-wide, ingested by the real engine."""
    root = tmp_path_factory.mktemp("mcp")
    files = root / "files"
    files.mkdir()
    (files / "towing-invoice.pdf").write_bytes(pdf_bytes(TOWING_PAGES))
    (files / "water-loss-notes.txt").write_text(WATER)
    (files / "claims-guideline.md").write_text(GUIDELINE)
    engine = Engine.open(Settings(home=root / "home"))
    engine.ingest_file(files / "towing-invoice.pdf", scope="C1")
    engine.ingest_file(files / "water-loss-notes.txt", scope="C2")
    engine.ingest_file(files / "claims-guideline.md", scope="workspace")
    engine.close()
    return root / "home"


@pytest.fixture(scope="module")
def engine(home: Path) -> Engine:
    return Engine.open(Settings(home=home))


def data(result: Any) -> Any:
    """A tool result's structured content (lists come wrapped as ``{"result": [...]}``)."""
    assert not result.is_error, text(result)
    content = result.structured_content
    return content["result"] if isinstance(content, dict) and set(content) == {"result"} else content


def text(result: Any) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


# -- in memory ----------------------------------------------------------------------------------
async def test_every_tool_is_listed_with_an_input_schema_and_a_description(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert TOOLS <= set(tools)
    for tool in tools.values():
        assert tool.input_schema["type"] == "object"
        assert len(tool.description or "") > 40, tool.name
    assert tools["ask"].input_schema["required"] == ["question"]
    assert set(tools["search_claim_files"].input_schema["properties"]) == {"query", "claim_id", "scope", "top_k"}


async def test_ask_answers_with_the_fact_and_its_excerpt(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        answer = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
    assert "$385.00" in answer["answer"] and "[1]" in answer["answer"]
    assert answer["route"] == "needle" and answer["mode"] == "offline"
    cited = answer["citations"][0]
    assert cited["document"] == "towing-invoice.pdf" and cited["page"] == 1 and cited["claim_id"] == "CLM-1042"
    assert "$385.00" in cited["excerpt"]


async def test_search_returns_excerpts_with_document_page_and_claim(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        hits = data(await client.call_tool("search_claim_files", {"query": "towing charge", "top_k": 3}))
        only = data(await client.call_tool("search_claim_files", {"query": "towing charge", "claim_id": "clm-1042"}))
    assert 1 <= len(hits) <= 3
    top = hits[0]
    assert top["document"] == "towing-invoice.pdf" and top["page"] == 1 and top["claim_id"] == "CLM-1042"
    assert "Towing: $385.00" in top["excerpt"]
    assert only and {h["claim_id"] for h in only} == {"CLM-1042"}


async def test_list_and_get_claim_see_the_claims_in_reach(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        claims = data(await client.call_tool("list_claims", {}))
        claim = data(await client.call_tool("get_claim", {"claim_id": "CLM-1042"}))
    assert [c["claim_id"] for c in claims] == ["CLM-1042"]
    assert claims[0]["insured"] == ["Daniel Okafor"] and claims[0]["documents"] == ["towing-invoice.pdf"]
    assert claim["date_of_loss"] == "2026-03-03" and claim["scopes"] == ["C1"]
    assert any(a["label"] == "invoice_total" and a["value"] == "475.00" for a in claim["amounts"])
    assert claim["summary"]["citations"] and claim["summary"]["citations"][0]["document"] == "towing-invoice.pdf"


async def test_the_calculation_tools_show_their_working(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        days = data(await client.call_tool("days_between", {"start": "2026-03-03", "end": "2026-03-26"}))
        total = data(await client.call_tool("sum_amounts", {"amounts": ["$385.00", 90, "$1,000.50"]}))
        net = data(await client.call_tool("net_of_deductible", {"amount": "$4,200.00", "deductible": 500}))
        left = data(await client.call_tool("remaining_limit", {"limit": "$10,000", "paid": ["$2,500", "$1,000"]}))
        over = data(await client.call_tool("check_payment", {"amount": "$9,000", "deductible": "$500", "limit":
                                                             "$10,000", "paid_before": ["$2,000"]}))
        fits = data(await client.call_tool("check_payment", {"amount": 1500, "deductible": 500, "limit": 10000}))
    assert days == {"days": 23, "working": "March 3, 2026 to March 26, 2026 = 23 days"}
    assert total["value"] == "1475.50" and total["working"] == "$385.00 + $90.00 + $1,000.50 = $1,475.50"
    assert net["text"] == "$3,700.00"
    assert left["value"] == "6500.00"
    assert over["payable"] == "8500.00" and over["within_limit"] is False and over["remaining_limit"] == "-500.00"
    assert "over the limit by $500.00" in over["working"]
    assert fits["within_limit"] is True and fits["payable"] == "1000.00"


async def test_minutes_between_reads_times_as_files_write_them(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        evening = data(await client.call_tool("minutes_between", {"start": "6:40 p.m.", "end": "7:31 PM"}))
        weekend = data(await client.call_tool("minutes_between", {"start": "2026-03-06 17:40",
                                                                   "end": "2026-03-09 6:45 a.m."}))
        bad = await client.call_tool("minutes_between", {"start": "teatime", "end": "19:00"})
    assert evening == {"minutes": 51, "text": "51 minutes", "working": "18:40 to 19:31 = 51 minutes"}
    assert weekend["minutes"] == 3665 and weekend["text"] == "61 hours 5 minutes (3,665 minutes)"
    assert bad.is_error and "HH:MM" in text(bad) and "2026-03-03 18:40" in text(bad)


async def test_minutes_between_counts_log_stamps_to_the_second(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        stamped = data(await client.call_tool("minutes_between", {"start": "21:11:26", "end": "21:12:40"}))
    assert stamped == {"minutes": 1, "text": "1 minute 14 seconds", "working": "21:11:26 to 21:12:40 = 1 minute 14 seconds"}


async def test_date_after_dates_the_end_of_a_period(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        reply_due = data(await client.call_tool("date_after", {"start": "2026-05-04", "days": 30}))
        waiting = data(await client.call_tool("date_after", {"start": "2026-04-06 6:50 a.m.", "hours": 72}))
        bad = await client.call_tool("date_after", {"start": "2026-05-04"})
    assert reply_due == {"end": "2026-06-03", "text": "June 3, 2026", "working": "May 4, 2026 + 30 days = June 3, 2026"}
    assert waiting["end"] == "2026-04-09 06:50" and waiting["text"] == "April 9, 2026 at 06:50"
    assert bad.is_error and "days or hours greater than nought" in text(bad) and "days=30" in text(bad)


async def test_claim_cards_are_resources_of_the_claims_in_reach(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        resources = (await client.list_resources()).resources
        card = getattr((await client.read_resource("claim://CLM-1042")).contents[0], "text")
        with pytest.raises(MCPError, match="Unknown claim CLM-2077"):
            await client.read_resource("claim://CLM-2077")
    assert [(str(r.uri), r.title) for r in resources] == [("claim://CLM-1042", "Claim CLM-1042 (Daniel Okafor)")]
    assert card.startswith("# Claim CLM-1042") and "Daniel Okafor" in card and "$475.00" in card
    assert "towing-invoice.pdf" in card


async def test_prompts_name_the_tools_to_call(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        names = {p.name for p in (await client.list_prompts()).prompts}
        prompt = await client.get_prompt("check_payment_against_limits", {"claim_id": "clm-1042", "amount": "$900"})
    assert names == {"summarize_claim", "check_payment_against_limits"}
    said = getattr(prompt.messages[0].content, "text")
    assert "CLM-1042" in said and "$900" in said and "check_payment" in said


# -- errors -------------------------------------------------------------------------------------
async def test_errors_say_what_to_do_and_the_server_keeps_serving(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1"])) as client:
        unknown = await client.call_tool("get_claim", {"claim_id": "CLM-9999"})
        bad_date = await client.call_tool("days_between", {"start": "March 3", "end": "2026-03-26"})
        bad_amount = await client.call_tool("sum_amounts", {"amounts": ["lots"]})
        empty = await client.call_tool("ask", {"question": "   "})
        missing = await client.call_tool("ask", {})
        wrong_type = await client.call_tool("search_claim_files", {"query": "towing", "top_k": 500})
        search_unknown = await client.call_tool("search_claim_files", {"query": "towing", "claim_id": "CLM-2077"})
        after = await client.call_tool("get_claim", {"claim_id": "CLM-1042"})
    assert unknown.is_error and "Unknown claim CLM-9999" in text(unknown) and "CLM-1042" in text(unknown)
    assert "list_claims" in text(unknown)
    assert bad_date.is_error and "YYYY-MM-DD" in text(bad_date)
    assert bad_amount.is_error and "not an amount: 'lots'" in text(bad_amount)
    assert empty.is_error and "question is empty" in text(empty)
    assert missing.is_error and "question" in text(missing)
    assert wrong_type.is_error and "top_k" in text(wrong_type)
    assert search_unknown.is_error and "Unknown claim CLM-2077" in text(search_unknown)
    assert "CLM-2077" not in text(unknown)  # the other channel's claim is not even named
    assert not after.is_error and data(after)["claim_id"] == "CLM-1042"


async def test_ask_says_who_wrote_the_answer_and_why_it_fell_back(engine: Engine,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """With a language model configured, ``mode`` is the answer's own (``llm``); with its server down, the
    offline answer says why (``fallback_reason``), as ``claimbot ask --json`` does."""
    from openai_standin import OpenAIStandIn, Reply

    monkeypatch.setenv("CLAIMBOT_ANSWER_MODE", "llm")
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("CLAIMBOT_LLM_RETRIES", "0")
    model = OpenAIStandIn(api_key="test-key").start()
    try:
        monkeypatch.setenv("OPENAI_BASE_URL", model.base_url)
        model.script = [Reply("Which claim do you mean, CLM-1042?")]
        async with Client(build_server(engine, ["C1"])) as client:
            by_model = data(await client.call_tool("ask", {"question": "What is the deductible?"}))
    finally:
        model.stop()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")  # nothing listens there
    async with Client(build_server(engine, ["C1"])) as client:
        fallen_back = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))

    assert by_model["mode"] == "llm" and by_model["fallback_reason"] is None
    assert by_model["answer"] == "Which claim do you mean, CLM-1042?"
    assert fallen_back["mode"] == "offline" and fallen_back["fallback_reason"] == "server unreachable"
    assert "$385.00" in fallen_back["answer"]


# -- scopes -------------------------------------------------------------------------------------
async def test_a_server_for_c2_never_returns_c1s_files_and_naming_c1_is_an_error(engine: Engine) -> None:
    async with Client(build_server(engine, ["C2"])) as client:
        answer = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
        hits = data(await client.call_tool("search_claim_files", {"query": "towing invoice $385.00", "top_k": 20}))
        claims = data(await client.call_tool("list_claims", {}))
        named = [await client.call_tool(tool, {**args, "scope": "C1"}) for tool, args in (
            ("ask", {"question": "What was the towing cost on CLM-1042?"}),
            ("search_claim_files", {"query": "towing"}),
            ("list_claims", {}),
        )]
        get = await client.call_tool("get_claim", {"claim_id": "CLM-1042"})
        resources = [str(r.uri) for r in (await client.list_resources()).resources]
        with pytest.raises(MCPError, match="Unknown claim CLM-1042"):
            await client.read_resource("claim://CLM-1042")
    assert "$385.00" not in json.dumps(answer) and "towing-invoice.pdf" not in json.dumps(answer)
    assert hits and all(h["document"] != "towing-invoice.pdf" for h in hits)
    assert {h["scope"] for h in hits} <= {"C2", "workspace"}
    assert [c["claim_id"] for c in claims] == ["CLM-2077"]
    for result in named:
        assert result.is_error and "Scope 'C1' is not open here" in text(result) and "C2, workspace" in text(result)
    assert get.is_error and "Unknown claim CLM-1042" in text(get)
    assert resources == ["claim://CLM-2077"]


async def test_several_scopes_are_read_together_unless_one_is_named(engine: Engine) -> None:
    async with Client(build_server(engine, ["C1", "C2"])) as client:
        both = data(await client.call_tool("list_claims", {}))
        c2 = data(await client.call_tool("list_claims", {"scope": "C2"}))
        workspace = data(await client.call_tool("search_claim_files", {"query": "supervisor approval",
                                                                       "scope": "workspace"}))
        towing = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
        loss = data(await client.call_tool("ask", {"question": "What is the date of loss?"}))
        shared = data(await client.call_tool("ask", {"question": "Which payments need a supervisor's approval?"}))
    assert [c["claim_id"] for c in both] == ["CLM-1042", "CLM-2077"]
    # one answer from both channels: each claim's fact with the citation of its own channel's file
    cited = {c["document"]: c["n"] for c in loss["citations"]}
    assert sorted(cited) == ["towing-invoice.pdf", "water-loss-notes.txt"] and sorted(cited.values()) == [1, 2]
    assert f"March 3, 2026 [{cited['towing-invoice.pdf']}]" in loss["answer"]
    assert f"2026-01-14 [{cited['water-loss-notes.txt']}]" in loss["answer"]
    # workspace material is in reach of both channels: said once
    assert shared["answer"].count("$25,000") == 1
    assert {c["document"] for c in shared["citations"]} == {"claims-guideline.md"}
    assert [c["claim_id"] for c in c2] == ["CLM-2077"]
    assert workspace and {h["scope"] for h in workspace} == {"workspace"}
    assert workspace[0]["document"] == "claims-guideline.md"
    assert "$385.00" in towing["answer"]


async def test_workspace_alone_by_default(engine: Engine) -> None:
    async with Client(build_server(engine)) as client:
        claims = data(await client.call_tool("list_claims", {}))
        hits = data(await client.call_tool("search_claim_files", {"query": "towing invoice", "top_k": 20}))
    assert claims == []
    assert hits and {h["document"] for h in hits} == {"claims-guideline.md"}


# -- a real stdio subprocess: the "Done when" -------------------------------------------
def stdio(home: Path, *args: str) -> StdioServerParameters:
    env = {"ANONYMIZED_TELEMETRY": "False", "CLAIMBOT_HOME": str(home), "PATH": os.environ["PATH"]}
    return StdioServerParameters(command=CLAIMBOT, args=["mcp", *args], env=env)


async def test_done_when_over_stdio(home: Path) -> None:
    """`claimbot mcp --scope C1` over stdio lists ask, search_claim_files, list_claims, get_claim and the
    calculation tools, each with an input schema; ask and search_claim_files return the fact with its
    excerpt for a file ingested in C1; a server started with --scope C2 never returns it, and naming C1 is
    an error; get_claim of an unknown claim is an error with a message, and the next call still works."""
    async with Client(stdio(home, "--scope", "C1")) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert TOOLS <= set(tools) and all(t.input_schema.get("type") == "object" for t in tools.values())
        answer = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
        assert "$385.00" in answer["answer"] and "$385.00" in answer["citations"][0]["excerpt"]
        hits = data(await client.call_tool("search_claim_files", {"query": "towing cost", "claim_id": "CLM-1042"}))
        assert hits[0]["document"] == "towing-invoice.pdf" and "Towing: $385.00" in hits[0]["excerpt"]
        unknown = await client.call_tool("get_claim", {"claim_id": "CLM-0000"})
        assert unknown.is_error and "Unknown claim CLM-0000" in text(unknown)
        assert data(await client.call_tool("days_between", {"start": "2026-03-03", "end": "2026-03-26"}))["days"] == 23

    async with Client(stdio(home, "--scope", "C2")) as client:
        answer = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
        hits = data(await client.call_tool("search_claim_files", {"query": "towing cost $385.00", "top_k": 20}))
        named = await client.call_tool("ask", {"question": "What was the towing cost?", "scope": "C1"})
        assert "$385.00" not in json.dumps(answer) and all(h["document"] != "towing-invoice.pdf" for h in hits)
        assert named.is_error and "Scope 'C1' is not open here" in text(named)
        assert data(await client.call_tool("list_claims", {}))[0]["claim_id"] == "CLM-2077"


def test_stdio_stdout_carries_only_the_protocol(home: Path) -> None:
    """Every line the server writes to stdout is a JSON-RPC message, logs included (-v) go to stderr."""
    messages: list[dict[str, Any]] = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "get_claim",
                                                                       "arguments": {"claim_id": "CLM-1042"}}},
    ]
    env = {**os.environ, "CLAIMBOT_HOME": str(home)}
    proc = subprocess.Popen([CLAIMBOT, "mcp", "-v", "--scope", "C1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdin and proc.stdout
    lines: list[str] = []
    try:
        for message in messages:
            proc.stdin.write(json.dumps(message) + "\n")
            proc.stdin.flush()
            while "id" in message:  # a request: read up to its reply
                lines.append(proc.stdout.readline())
                if json.loads(lines[-1]).get("id") == message["id"]:
                    break
    finally:
        rest, stderr = proc.communicate(timeout=60)  # closes stdin: the server exits
    lines += rest.splitlines()
    assert lines and all(json.loads(line)["jsonrpc"] == "2.0" for line in lines)
    reply = next(json.loads(line) for line in lines if json.loads(line).get("id") == 2)
    assert not reply["result"]["isError"]
    assert reply["result"]["structuredContent"]["claim_id"] == "CLM-1042"
    assert "reading scopes C1, workspace" in stderr


# -- streamable HTTP ----------------------------------------------------------------------------
class HttpServer:
    def __init__(self, home: Path, *args: str, token: str | None = None) -> None:
        self.port = free_port()
        env = {**os.environ, "CLAIMBOT_HOME": str(home)}
        env.pop("CLAIMBOT_MCP_TOKEN", None)
        if token:
            env["CLAIMBOT_MCP_TOKEN"] = token
        self.proc = subprocess.Popen([CLAIMBOT, "mcp", "--http", "--port", str(self.port), *args], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.url = f"http://127.0.0.1:{self.port}/mcp"

    def wait(self) -> "HttpServer":
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.communicate()[1].decode()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("claimbot mcp --http did not listen in 90 s")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=20)


@pytest.fixture(scope="module")
def http_server(home: Path) -> Iterator[HttpServer]:
    server = HttpServer(home, "--scope", "C1").wait()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def http_server_with_token(home: Path) -> Iterator[HttpServer]:
    server = HttpServer(home, "--scope", "C2", token="s3cret-token-for-tests").wait()
    yield server
    server.stop()


def http_client(url: str, **headers: str) -> Client:
    return Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers=headers, timeout=60)))


INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


async def test_http_on_loopback_without_a_token(http_server: HttpServer) -> None:
    async with http_client(http_server.url) as client:
        assert TOOLS <= {t.name for t in (await client.list_tools()).tools}
        answer = data(await client.call_tool("ask", {"question": "What was the towing cost on CLM-1042?"}))
        unknown = await client.call_tool("get_claim", {"claim_id": "CLM-2077"})
        again = data(await client.call_tool("list_claims", {}))
    assert "$385.00" in answer["answer"] and answer["citations"][0]["document"] == "towing-invoice.pdf"
    assert unknown.is_error and "Unknown claim CLM-2077" in text(unknown)
    assert [c["claim_id"] for c in again] == ["CLM-1042"]


def test_http_refuses_a_foreign_host_or_origin(http_server: HttpServer) -> None:
    """DNS rebinding: a page on evil.example that resolves its name to 127.0.0.1 sends its own Host and
    Origin; both are refused before any MCP handling."""
    with httpx2.Client(timeout=30) as http:
        ok = http.post(http_server.url, json=INIT, headers=MCP_HEADERS)
        bad_host = http.post(http_server.url, json=INIT,
                             headers={**MCP_HEADERS, "Host": f"evil.example:{http_server.port}"})
        bad_origin = http.post(http_server.url, json=INIT, headers={**MCP_HEADERS, "Origin": "http://evil.example"})
        good_origin = http.post(http_server.url, json=INIT,
                                headers={**MCP_HEADERS, "Origin": f"http://localhost:{http_server.port}"})
    assert ok.status_code == 200
    assert bad_host.status_code == 421
    assert bad_origin.status_code == 403
    assert good_origin.status_code == 200


async def test_http_with_a_token_requires_it(http_server_with_token: HttpServer) -> None:
    url = http_server_with_token.url
    with httpx2.Client(timeout=30) as http:
        none = http.post(url, json=INIT, headers=MCP_HEADERS)
        wrong = http.post(url, json=INIT, headers={**MCP_HEADERS, "Authorization": "Bearer wrong"})
    assert none.status_code == 401 and wrong.status_code == 401
    async with http_client(url, Authorization="Bearer s3cret-token-for-tests") as client:
        claims = data(await client.call_tool("list_claims", {}))
        named = await client.call_tool("list_claims", {"scope": "C1"})
    assert [c["claim_id"] for c in claims] == ["CLM-2077"]
    assert named.is_error and "not open here" in text(named)


def test_the_host_names_a_server_answers_to() -> None:
    loopback = transport_security("127.0.0.1", 8765)
    assert loopback.allowed_hosts == ["127.0.0.1:8765", "localhost:8765", "[::1]:8765"]
    assert "http://localhost:8765" in loopback.allowed_origins and "http://evil.example" not in loopback.allowed_origins
    proxied = transport_security("10.1.2.3", 8765, ["claims.example.com"])
    assert proxied.allowed_hosts == ["10.1.2.3:8765", "claims.example.com"]
    everywhere = transport_security("0.0.0.0", 8765)
    assert {"127.0.0.1:8765", f"{socket.gethostname()}:8765"} <= set(everywhere.allowed_hosts)
    assert "0.0.0.0:8765" not in everywhere.allowed_hosts
    assert "https://claims.example.com" in proxied.allowed_origins


def test_http_on_another_address_needs_a_token(home: Path) -> None:
    env = {**os.environ, "CLAIMBOT_HOME": str(home)}
    env.pop("CLAIMBOT_MCP_TOKEN", None)
    proc = subprocess.run([CLAIMBOT, "mcp", "--http", "--host", "0.0.0.0", "--port", str(free_port())],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert "set CLAIMBOT_MCP_TOKEN" in proc.stderr and proc.stdout == ""


async def test_http_on_every_interface_with_the_token(home: Path) -> None:
    server = HttpServer(home, "--host", "0.0.0.0", "--scope", "C1", token="another-long-secret").wait()
    try:
        with httpx2.Client(timeout=30) as http:
            assert http.post(server.url, json=INIT, headers=MCP_HEADERS).status_code == 401
        async with http_client(server.url, Authorization="Bearer another-long-secret") as client:
            claims = data(await client.call_tool("list_claims", {}))
        assert [c["claim_id"] for c in claims] == ["CLM-1042"]
    finally:
        server.stop()


def test_mcp_waits_for_no_one_when_serve_holds_the_store(tmp_path: Path) -> None:
    """While an engine process (claimbot serve's) holds the embedded store, claimbot mcp says so and exits."""
    import fcntl

    home = tmp_path / "home"
    home.mkdir()
    with open(home / "engine.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242\n")
        held.flush()
        proc = subprocess.run([CLAIMBOT, "mcp"], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "CLAIMBOT_HOME": str(home)}, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and proc.stdout == ""
    assert "claimbot serve (pid 4242) has this store open" in proc.stderr and "CHROMA_HOST" in proc.stderr


async def test_a_call_while_the_store_is_held_says_so_and_the_next_one_works(engine: Engine, tmp_path: Path) -> None:
    """Each call takes the embedded store's lock shared: while claimbot serve's engine holds it, the call is a
    tool error naming what to do; once it is let go, calls work again on the same connection."""
    import fcntl

    from rag.lock import StoreLock

    lock = StoreLock(tmp_path, "mcp")
    async with Client(build_server(engine, ["C1"], lock=lock)) as client:
        with open(tmp_path / "engine.lock", "a+") as held:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held.write("4242\n")
            held.flush()
            busy = await client.call_tool("list_claims", {})
            days = await client.call_tool("days_between", {"start": "2026-03-03", "end": "2026-03-04"})
        after = await client.call_tool("list_claims", {})
    assert busy.is_error and "claimbot serve (pid 4242) has this store open" in text(busy)
    assert "CHROMA_HOST" in text(busy)
    assert data(days)["days"] == 1  # arithmetic needs no store
    assert [c["claim_id"] for c in data(after)] == ["CLM-1042"]
