"""``claimbot mcp``: the claims engine as a Model Context Protocol server, for Claude Desktop, IDEs
and other agents.

A surface like the Slack bot: it talks to the engine only through :class:`rag.engine.Engine`
(seen through :class:`rag.scoped.ScopedEngine`, which enforces the scopes; while ``claimbot serve``
runs on the store, the engine is serve's, over ``engine.sock``: :class:`bot.engine_socket.RemoteEngine`),
and serves

- tools: ``ask``, ``search_claim_files``, ``list_claims``, ``get_claim`` and the calculation tools
  (``days_between``, ``minutes_between``, ``date_after``, ``sum_amounts``, ``net_of_deductible``, ``remaining_limit``,
  ``check_limit``, ``check_payment``);
- resources: one claim card per claim in reach, ``claim://CLM-1042``;
- prompts: ``summarize_claim``, ``check_payment_against_limits``.

Built on the official ``mcp`` SDK (``mcp.server.mcpserver.MCPServer``): see the README,
"claimbot over MCP", for why. Over stdio, stdout carries only the protocol (the SDK diverts fd 1
while it serves; the engine is opened with fd 1 pointed at stderr too); logs go to stderr. Over
HTTP, Host and Origin are checked against DNS rebinding, and a bearer token is required when
bound to anything but loopback.

Errors a caller can fix (an unknown claim, a bad date, a scope not open here) are MCP tool errors
whose message says what to do; the server keeps serving.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import ipaddress
import logging
import os
import socket
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp.types import Resource as MCPResource
from pydantic import AnyHttpUrl, Field
from typing_extensions import TypedDict

from bot.engine_socket import EngineUnavailable
from rag.answer import Answer
from rag.errors import UnknownClaimError
from rag.lock import StoreBusyError, StoreLock
from rag.records import ClaimRecord, Passage
from rag.scoped import EngineLike, ScopedEngine, ScopeNotAllowed, normalize_scopes
from rag.tools import check_limit as _check_limit
from rag.tools import date_after as _date_after
from rag.tools import days_between as _days_between
from rag.tools import minutes_between as _minutes_between
from rag.tools import net_of_deductible as _net_of_deductible
from rag.tools import remaining_limit as _remaining_limit
from rag.tools import sum_amounts as _sum_amounts
from rag.tools.money import money_text, to_decimal

log = logging.getLogger(__name__)

TOKEN_ENV = "CLAIMBOT_MCP_TOKEN"

INSTRUCTIONS = """claimbot answers questions about insurance claim files (FNOL reports, invoices,
adjuster notes, emails, policy wordings) with cited excerpts. Use `ask` for a question in plain
words; `search_claim_files` to read the passages yourself; `list_claims` and `get_claim` for what
is on file; the calculation tools for date and money arithmetic (never do it in your head).
Quote the excerpts the tools return; do not invent facts they do not contain."""

Scope = Annotated[
    str | None,
    Field(description="One of the scopes this server reads (a Slack channel id such as C0123, or 'workspace'). "
                      "Leave it out to read all of them."),
]
ClaimId = Annotated[str, Field(description="A claim number as written in the files, e.g. CLM-1042.",
                               min_length=1, max_length=64)]
Amount = Annotated[str | float, Field(description="An amount: a number, or as written in the file ('$1,250.00').")]
IsoDate = Annotated[str, Field(description="A date as YYYY-MM-DD, e.g. 2026-03-03.")]
Moment = Annotated[str, Field(description="A time of day, with its date when the span may cross midnight: "
                                          "'2026-03-03 18:40', '18:40' or as written, '6:40 p.m.'.")]


# -- what the tools return ----------------------------------------------------------------------
class CitationOut(TypedDict):
    n: int
    document: str
    page: int | None
    section: str | None
    claim_id: str | None
    excerpt: str


class AnswerOut(TypedDict):
    answer: str
    """The fact in a sentence or two, with [n] markers pointing at the citations."""
    route: str
    mode: str
    """Who wrote the answer: ``llm`` (the language model, checked against its sources) or ``offline``."""
    fallback_reason: str | None
    """Why a language-model answer fell back to the offline one (``server unreachable``, ``grounding: ...``)."""
    citations: list[CitationOut]
    claim_ids: list[str]
    searched: str


class ExcerptOut(TypedDict):
    excerpt: str
    document: str
    page: int | None
    section: str | None
    claim_id: str | None
    scope: str
    score: float


class ClaimOut(TypedDict):
    claim_id: str
    insured: list[str]
    claimants: list[str]
    adjusters: list[str]
    policy_numbers: list[str]
    date_of_loss: str | None
    documents: list[str]
    scopes: list[str]


class AmountOut(TypedDict):
    label: str
    value: str
    text: str


class ClaimDetailOut(ClaimOut):
    amounts: list[AmountOut]
    summary: AnswerOut


class DaysOut(TypedDict):
    days: int
    working: str


class MinutesOut(TypedDict):
    minutes: int
    text: str
    working: str


class DeadlineOut(TypedDict):
    end: str
    """When the period runs out: YYYY-MM-DD, or YYYY-MM-DD HH:MM for a period in hours."""
    text: str
    working: str


class MoneyOut(TypedDict):
    value: str
    """The result as a decimal string, rounded to the cent (e.g. '3700.00')."""
    text: str
    working: str


class LimitCheckOut(TypedDict):
    within_limit: bool
    share: str
    """The amount as a percentage of the limit, to one decimal (e.g. '77.0')."""
    left: str
    """What the amount leaves of the limit ('0.00' when over)."""
    over_by: str
    """How far the amount exceeds the limit ('0.00' when within)."""
    working: str


class PaymentCheckOut(TypedDict):
    payable: str
    within_limit: bool
    remaining_limit: str
    working: str


def answer_out(answer: Answer) -> AnswerOut:
    data = answer.to_json()
    return AnswerOut(
        answer=data["answer"],
        route=data["route"],
        mode=data["mode"],
        fallback_reason=data.get("fallback_reason"),
        citations=[CitationOut(n=c["n"], document=c["document"], page=c["page"], section=c["section"],
                               claim_id=c["claim_id"], excerpt=c["excerpt"]) for c in data["citations"]],
        claim_ids=list(data["claim_ids"]),
        searched=data["searched"],
    )


def excerpt_out(p: Passage) -> ExcerptOut:
    return ExcerptOut(excerpt=p.text, document=p.document, page=p.page, section=p.section, claim_id=p.claim_id,
                      scope=p.scope, score=round(float(p.score), 4))


def claim_out(record: ClaimRecord) -> ClaimOut:
    return ClaimOut(claim_id=record.claim_id, insured=record.insured, claimants=record.claimants,
                    adjusters=record.adjusters, policy_numbers=record.policy_numbers,
                    date_of_loss=record.date_of_loss, documents=record.documents, scopes=record.scopes)


def money_out(value: Any, working: str) -> MoneyOut:
    return MoneyOut(value=str(value), text=money_text(value), working=working)


def _amount(value: str | float) -> str:
    return repr(value) if isinstance(value, float) else value


# -- the server ---------------------------------------------------------------------------------
class ClaimbotMCP(MCPServer):
    """:class:`MCPServer` whose resource list carries one ``claim://`` card per claim in reach
    (the claims change as files are ingested, so the list is made at each request)."""

    def __init__(self, view: ScopedEngine, lock: StoreLock, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.view = view
        self.lock = lock

    async def list_resources(self) -> list[MCPResource]:
        import anyio.to_thread

        static = await super().list_resources()
        try:
            claims = await anyio.to_thread.run_sync(self._claims_locked)
        except StoreBusyError as err:
            log.warning("resource list without claim cards: %s", err)
            claims = []
        cards = [
            MCPResource(
                uri=f"claim://{c.claim_id}",
                name=c.claim_id,
                title=_card_title(c),
                description=f"Claim card: parties, dates, amounts and documents of {c.claim_id}.",
                mime_type="text/markdown",
            )
            for c in claims
        ]
        return [*static, *cards]

    def _claims_locked(self) -> list[ClaimRecord]:
        with self.lock.shared():
            return self.view.claims()


def _card_title(record: ClaimRecord) -> str:
    people = record.insured or record.claimants
    return f"Claim {record.claim_id} ({', '.join(people)})" if people else f"Claim {record.claim_id}"


@contextlib.contextmanager
def tool_errors(lock: StoreLock) -> Iterator[None]:
    """Run a tool's engine work under the store lock; errors the caller can fix become MCP tool
    errors whose message says what to do (the server logs them at INFO and keeps serving)."""
    try:
        with lock.shared():
            yield
    except ToolError:
        raise
    except (ScopeNotAllowed, StoreBusyError) as err:
        raise ToolError(str(err)) from err
    except EngineUnavailable as err:  # claimbot serve, whose engine this server reads, stopped
        raise ToolError("claimbot serve stopped during the call; restart claimbot mcp (it opens the store itself "
                        "when serve is not running).") from err
    except UnknownClaimError as err:
        known = ", ".join(err.known[:20]) if err.known else "none"
        raise ToolError(
            f"Unknown claim {err.claim_id}: no claim file with that number is in reach of this server. "
            f"Claims on file: {known}. Call list_claims to see them."
        ) from err


def build_server(engine: EngineLike, scopes: Sequence[str] = (), *, lock: StoreLock | None = None,
                 **server_options: Any) -> ClaimbotMCP:
    """The MCP server over ``engine``, reading ``scopes`` plus ``workspace``.

    ``lock`` guards the embedded store (None: no lock, for tests and Chroma servers)."""
    view = ScopedEngine(engine, scopes)
    lock = lock or StoreLock(Path("."), "mcp", enabled=False)
    server = ClaimbotMCP(view, lock, name="claimbot", instructions=INSTRUCTIONS, **server_options)

    # -- questions ------------------------------------------------------------------------------
    @server.tool()
    def ask(
        question: Annotated[str, Field(description="The question, in plain words, e.g. 'What was the towing cost "
                                                   "on CLM-1042?'", min_length=1, max_length=2000)],
        scope: Scope = None,
    ) -> AnswerOut:
        """Answer a question about the claim files: the fact in a sentence or two with [n] markers, and for each
        marker the document, page or section and the exact excerpt. Route says which expert answered (needle: a
        precise fact; summary: an overview; calculation: dates or money; lookup: which claims; none: nothing on
        file says it). Quote the citations' excerpts; never add facts they do not hold."""
        if not question.strip():
            raise ToolError("The question is empty: ask about a claim, e.g. 'What was the towing cost on CLM-1042?'.")
        with tool_errors(lock):
            return answer_out(view.ask(question, scope=scope))

    @server.tool()
    def search_claim_files(
        query: Annotated[str, Field(description="What to look for, in words (e.g. 'towing invoice total').",
                                    min_length=1, max_length=2000)],
        claim_id: Annotated[str | None, Field(description="Only passages of this claim, e.g. CLM-1042.")] = None,
        scope: Scope = None,
        top_k: Annotated[int, Field(description="How many passages to return (1-20).", ge=1, le=20)] = 5,
    ) -> list[ExcerptOut]:
        """Search the claim files by meaning and return the most similar passages, best first, each with its
        document, page, section, claim and similarity score. Use it to read the files yourself; use ask for a
        direct answer."""
        if not query.strip():
            raise ToolError("The query is empty: say what to look for, e.g. 'towing invoice total'.")
        with tool_errors(lock):
            return [excerpt_out(p) for p in view.search(query, claim_id=claim_id, scope=scope, top_k=top_k)]

    # -- claims ---------------------------------------------------------------------------------
    @server.tool()
    def list_claims(scope: Scope = None) -> list[ClaimOut]:
        """List the claims on file: claim number, insured, claimants, adjusters, policy numbers, date of loss
        (YYYY-MM-DD) and the documents of each."""
        with tool_errors(lock):
            return [claim_out(c) for c in view.claims(scope=scope)]

    @server.tool()
    def get_claim(claim_id: ClaimId) -> ClaimDetailOut:
        """One claim: its parties, policy numbers, date of loss, the labelled amounts found in its files
        (deductible, limit, invoice totals, payments: each with the line it was read from), its documents, and an
        overview with cited excerpts. An unknown claim number is an error that lists the claims on file."""
        with tool_errors(lock):
            record = view.claim(claim_id)
            summary = view.summarize_claim(record.claim_id)
            return ClaimDetailOut(
                **claim_out(record),
                amounts=[AmountOut(label=a.label, value=a.value, text=a.text) for a in record.amounts],
                summary=answer_out(summary),
            )

    # -- calculations ---------------------------------------------------------------------------
    @server.tool()
    def days_between(start: IsoDate, end: IsoDate) -> DaysOut:
        """Count the calendar days from start to end (negative when end is before start), e.g. from the date of
        loss to the first payment. Dates as YYYY-MM-DD."""
        try:
            result = _days_between(start, end)
        except ValueError as err:
            raise ToolError(f"{err}. Give both dates as YYYY-MM-DD, e.g. 2026-03-03.") from err
        return DaysOut(days=result.days, working=result.working)

    @server.tool()
    def minutes_between(start: Moment, end: Moment) -> MinutesOut:
        """The time from start to end in hours and minutes, e.g. from an alarm to the fire crew's arrival.
        Times as HH:MM (24-hour) or as written ('6:40 p.m.'); give the dates ('2026-03-06 17:40') when the span
        crosses midnight or a weekend. A time alone that reads earlier than the start is taken as the next day."""
        try:
            result = _minutes_between(start, end)
        except ValueError as err:
            raise ToolError(f"{err}. Give times as HH:MM or '6:40 p.m.', with the date as YYYY-MM-DD before it "
                            "when the span crosses midnight, e.g. '2026-03-03 18:40'.") from err
        return MinutesOut(minutes=result.minutes, text=result.text, working=result.working)

    @server.tool()
    def date_after(
        start: Moment,
        days: Annotated[int, Field(description="Calendar days the period runs, e.g. 30.", ge=0, le=36600)] = 0,
        hours: Annotated[int, Field(description="Hours the period runs, e.g. 72.", ge=0, le=876000)] = 0,
    ) -> DeadlineOut:
        """When a period runs out: the start (a date as YYYY-MM-DD, or a moment '2026-04-06 06:50' for a period in
        hours) plus calendar days or hours, e.g. a reply due within 30 days of a letter, or a 72-hour waiting period
        from the time a loss was discovered."""
        try:
            result = _date_after(start, days=days, hours=hours)
        except ValueError as err:
            raise ToolError(f"{err}. Give the start as YYYY-MM-DD (with HH:MM for a period in hours) and days or "
                            "hours greater than nought, e.g. start='2026-05-04', days=30.") from err
        return DeadlineOut(end=result.end, text=result.text, working=result.working)

    @server.tool()
    def sum_amounts(amounts: Annotated[list[Amount], Field(min_length=1, max_length=200)]) -> MoneyOut:
        """Add amounts (e.g. several invoices), rounded to the cent; returns the total and the working."""
        try:
            result = _sum_amounts([_amount(a) for a in amounts])
        except ValueError as err:
            raise ToolError(f"{err}. Give amounts as numbers or as written, e.g. '$1,250.00'.") from err
        return money_out(result.value, result.working)

    @server.tool()
    def net_of_deductible(amount: Amount, deductible: Amount) -> MoneyOut:
        """What is payable on a covered amount after the deductible (never below zero)."""
        try:
            result = _net_of_deductible(_amount(amount), _amount(deductible))
        except ValueError as err:
            raise ToolError(f"{err}. Give amounts as numbers or as written, e.g. '$1,250.00'.") from err
        return money_out(result.value, result.working)

    @server.tool()
    def remaining_limit(limit: Amount, paid: Annotated[list[Amount], Field(max_length=200)]) -> MoneyOut:
        """How much of a coverage limit is left after the payments made so far (negative when they exceed it)."""
        try:
            result = _remaining_limit(_amount(limit), [_amount(p) for p in paid])
        except ValueError as err:
            raise ToolError(f"{err}. Give amounts as numbers or as written, e.g. '$1,250.00'.") from err
        return money_out(result.value, result.working)

    @server.tool()
    def check_limit(amount: Amount, limit: Amount) -> LimitCheckOut:
        """Whether an amount fits within a limit, a sublimit or a reserve: its share of it, what it leaves of it, or
        how far over it is, e.g. 'is the $385,000 ransom within the $500,000 extortion sublimit?'."""
        try:
            result = _check_limit(_amount(amount), _amount(limit))
        except ValueError as err:
            raise ToolError(f"{err}. Give amounts as numbers or as written, e.g. '$1,250.00', and a limit above "
                            "nought.") from err
        return LimitCheckOut(within_limit=result.within, share=str(result.share), left=str(result.left),
                             over_by=str(result.over_by.quantize(result.left)), working=result.working)

    @server.tool()
    def check_payment(
        amount: Amount,
        deductible: Amount,
        limit: Amount,
        paid_before: Annotated[list[Amount], Field(description="Payments already made under the same limit.",
                                                   max_length=200)] = [],  # noqa: B006 (pydantic copies it)
    ) -> PaymentCheckOut:
        """Check a proposed payment against the policy: the amount payable after the deductible, and whether it
        fits within the limit given the payments already made."""
        try:
            payable = _net_of_deductible(_amount(amount), _amount(deductible))
            left = _remaining_limit(_amount(limit), [*(_amount(p) for p in paid_before), str(payable.value)])
        except ValueError as err:
            raise ToolError(f"{err}. Give amounts as numbers or as written, e.g. '$1,250.00'.") from err
        within = left.value >= 0
        verdict = "within the limit" if within else f"over the limit by {money_text(-left.value)}"
        return PaymentCheckOut(payable=str(payable.value), within_limit=within, remaining_limit=str(left.value),
                               working=f"{payable.working}; {left.working}: {verdict}")

    # -- resources and prompts ------------------------------------------------------------------
    @server.resource("claim://{claim_id}", name="claim", title="Claim card", mime_type="text/markdown",
                     description="A claim's card: parties, dates, amounts and documents.")
    def claim_card(claim_id: str) -> str:
        try:
            with lock.shared():
                record = view.claim(claim_id)
        except UnknownClaimError as err:
            raise ResourceNotFoundError(f"Unknown claim {err.claim_id}: list the resources to see the claims on "
                                        "file.") from err
        except StoreBusyError as err:
            raise ResourceNotFoundError(str(err)) from err
        return claim_card_text(record)

    @server.prompt(title="Summarize a claim")
    def summarize_claim(claim_id: ClaimId) -> str:
        """Summarize one claim from its files, with citations."""
        return (f"Summarize claim {claim_id.strip().upper()} for an adjuster: the loss, the parties, the key dates "
                "and amounts, and where the claim stands. Call get_claim first, then ask or search_claim_files for "
                "anything missing. Cite every fact with the excerpt it comes from; say what the files do not say.")

    @server.prompt(title="Check a payment against the limits")
    def check_payment_against_limits(claim_id: ClaimId, amount: str) -> str:
        """Check a proposed payment on a claim against its deductible and limits."""
        return (f"A payment of {amount} is proposed on claim {claim_id.strip().upper()}. Call get_claim to find the "
                "deductible, the coverage limit and the payments already made (ask if they are not listed), then "
                "call check_payment with them. Answer whether the payment is within the limit and what is payable "
                "after the deductible, citing the excerpts each figure comes from.")

    return server


def claim_card_text(record: ClaimRecord) -> str:
    """A claim card in Markdown: what a model (or a person) needs to know before reading the files."""
    lines = [f"# Claim {record.claim_id}", ""]
    for label, values in (("Insured", record.insured), ("Claimants", record.claimants),
                          ("Adjusters", record.adjusters), ("Policy numbers", record.policy_numbers)):
        if values:
            lines.append(f"- {label}: {', '.join(values)}")
    if record.date_of_loss:
        lines.append(f"- Date of loss: {record.date_of_loss}")
    if record.amounts:
        lines += ["", "## Amounts"]
        lines += [f"- {a.label.replace('_', ' ')}: {_money(a.value)} (\"{' '.join(a.text.split())}\")"
                  for a in record.amounts]
    lines += ["", "## Documents"] + [f"- {d}" for d in record.documents]
    return "\n".join(lines) + "\n"


def _money(value: str) -> str:
    try:
        return money_text(to_decimal(value))
    except ValueError:
        return value


# -- HTTP: token and DNS-rebinding checks -------------------------------------------------------
class StaticTokenVerifier:
    """Accepts exactly one bearer token (``CLAIMBOT_MCP_TOKEN``), compared in constant time."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def verify_token(self, token: str) -> AccessToken | None:
        if hmac.compare_digest(token.encode(), self._token.encode()):
            return AccessToken(token=token, client_id="claimbot-mcp", scopes=[])
        return None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    return False


def transport_security(host: str, port: int, allowed_hosts: Sequence[str] = ()) -> TransportSecuritySettings:
    """Host and Origin must name this server: a web page that rebinds its own domain to 127.0.0.1
    sends its domain as Host (and Origin), and is refused (421 / 403).

    The server's own names get its port; ``allowed_hosts`` (``--allow-host``) are taken as the
    exact Host values clients send (behind a proxy, usually a name without a port)."""
    loopback = ["127.0.0.1", "localhost", "[::1]"]
    if is_loopback(host):
        names = loopback
    elif host in ("0.0.0.0", "::", ""):  # every interface: loopback too, and this machine's names
        names = list(dict.fromkeys([*loopback, socket.gethostname(), socket.getfqdn()]))
    else:
        names = [f"[{host}]" if ":" in host else host]
    hosts = [f"{name}:{port}" for name in names] + list(allowed_hosts)
    origins = [f"{scheme}://{h}" for h in hosts for scheme in ("http", "https")]
    return TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=hosts,
                                     allowed_origins=origins)


# -- the command --------------------------------------------------------------------------------
@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """While the engine opens, fd 1 points at stderr: a native library's banner or a progress bar
    must not land in the protocol stream."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def mcp_command(args: argparse.Namespace) -> int:
    """``claimbot mcp [--scope ID ...] [--http [--host H] [--port N]]``."""
    from bot.engine_socket import RemoteEngine, connect
    from rag.config import Settings
    from rag.engine import Engine

    token = os.environ.get(TOKEN_ENV) or None
    if args.http and not is_loopback(args.host) and not token:
        print(f"claimbot mcp: --host {args.host} is reachable from other machines; set {TOKEN_ENV} to a long "
              "random secret (clients send it as a bearer token), or bind to 127.0.0.1.", file=sys.stderr)
        return 2
    settings = Settings.from_env(home=Path(args.home).expanduser() if args.home else None)
    engine: EngineLike
    served = connect(settings.home)
    if served is not None:  # claimbot serve runs on this store: its engine answers, as for ask and claims
        engine, lock = RemoteEngine(served), StoreLock(settings.home, "mcp", enabled=False)
        log.info("claimbot mcp: on the engine of claimbot serve (pid %d)", served.ping())
    else:
        lock = StoreLock(settings.home, "mcp", enabled=not settings.chroma_host)
        try:
            with lock.shared():
                pass
        except StoreBusyError as err:
            print(f"claimbot mcp: {err}", file=sys.stderr)
            return 1
        with stdout_to_stderr():
            engine = Engine.open(settings)
    scopes = args.scope or []
    log.info("claimbot mcp: reading scopes %s (%s)", ", ".join(normalize_scopes(scopes)),
             f"streamable HTTP on {args.host}:{args.port}" if args.http else "stdio")
    if not args.http:
        build_server(engine, scopes, lock=lock).run("stdio")
        return 0
    return serve_http(build_server(engine, scopes, lock=lock, **_auth_options(token, args.host, args.port)),
                      host=args.host, port=args.port, allowed_hosts=args.allow_host or [])


def _auth_options(token: str | None, host: str, port: int) -> dict[str, Any]:
    if not token:
        return {}
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    # Resource-server only: no OAuth server, no metadata route; the issuer URL is required by the
    # settings' type and never served.
    return {"token_verifier": StaticTokenVerifier(token),
            "auth": AuthSettings(issuer_url=AnyHttpUrl(url), resource_server_url=None, validate_token_resource=False)}


def serve_http(server: ClaimbotMCP, *, host: str, port: int, allowed_hosts: Sequence[str] = ()) -> int:
    import uvicorn

    app = server.streamable_http_app(transport_security=transport_security(host, port, allowed_hosts), host=host)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0
