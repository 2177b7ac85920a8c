"""Replicas on several hosts sharing Postgres (``CLAIMBOT_DATABASE_URL``) and one Chroma server.

Each "host" is a ``claimbot serve`` process with its own ``CLAIMBOT_HOME`` (nothing shared on
disk); what they share is a real Postgres cluster (started for this module on a free loopback
port) and a real ``chroma run``. Slack is the stand-in, posting signed requests to the replicas.
What users must not notice: a redelivery sent to the other replica, a replica killed with
``kill -9`` while it holds a question, the database restarting in the middle of a burst.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from conftest import TOWING_INVOICE, text_of, wait_healthy
from postgres_cluster import PostgresCluster, postgres_bin
from test_serve import free_port

from bot.blocks import DELAYED_TEXT
from bot.pgstore import SCHEMA_VERSION, PostgresState
from bot.standin import SlackStandIn, Workspace

ROOT = Path(__file__).resolve().parents[2]
_databases = itertools.count(1)


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresCluster]:
    if postgres_bin() is None:
        if os.geteuid() == 0:  # CI: `make test` installs it; its absence is a failure, not a skip
            pytest.fail("no Postgres server binaries: run `make postgres` (Debian's postgresql)")
        pytest.skip("no Postgres server binaries, and not root to install them (make postgres)")
    cluster = PostgresCluster().start()
    yield cluster
    cluster.destroy()


@pytest.fixture
def database(postgres: PostgresCluster) -> str:
    """A fresh database in the module's cluster: its URL."""
    return postgres.create_database(f"claimbot_{next(_databases)}")


# -- token usage: the engine's ledger, one for every host ------------------------------------------
def test_token_usage_is_one_ledger_in_postgres_for_every_host(database: str, tmp_path: Path) -> None:
    """`claimbot ask` with a language model on host A records its tokens in Postgres, and
    `claimbot usage` on host B (another CLAIMBOT_HOME) reports them; no usage.sqlite3 on A."""
    import json

    from openai_standin import OpenAIStandIn, Reply

    invoice = tmp_path / "towing-invoice.txt"
    invoice.write_text(TOWING_INVOICE)
    llm = OpenAIStandIn(api_key="test-key").start()
    llm.default = Reply("The towing cost on CLM-1042 was $385.00.", prompt_tokens=321, completion_tokens=12)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMBOT_", "CHROMA_", "OPENAI_"))}
    env = {**clean, "CLAIMBOT_DATABASE_URL": database, "OPENAI_BASE_URL": llm.base_url, "OPENAI_API_KEY": "test-key",
           "CLAIMBOT_MANAGER_MODEL": "gpt-4o", "CLAIMBOT_EXPERT_MODEL": "gpt-4o-mini", "CLAIMBOT_LLM_RETRIES": "0"}

    def claimbot(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=tmp_path, timeout=300, text=True,
                              capture_output=True, env={**env, "CLAIMBOT_HOME": str(home)})

    try:
        assert claimbot(tmp_path / "host-a", "ingest", str(invoice)).returncode == 0
        asked = claimbot(tmp_path / "host-a", "ask", "--json", "What was the towing cost on CLM-1042?")
    finally:
        llm.stop()
    assert asked.returncode in (0, 4), asked.stderr
    used = json.loads(asked.stdout)["usage"]
    assert used["gpt-4o"]["calls"] >= 1

    report = claimbot(tmp_path / "host-b", "usage", "--json")
    assert report.returncode == 0, report.stderr
    rows = {r["model"]: r for r in json.loads(report.stdout)}
    assert {m: (r["calls"], r["prompt_tokens"], r["completion_tokens"]) for m, r in rows.items()} == {
        m: (u["calls"], u["prompt_tokens"], u["completion_tokens"]) for m, u in used.items()
    }
    assert rows["gpt-4o"]["answers"] == 1 and rows["gpt-4o"]["prompt_tokens"] == 321 * used["gpt-4o"]["calls"]
    assert rows["gpt-4o"]["estimated_cost_usd"] > 0
    assert not (tmp_path / "host-a" / "usage.sqlite3").exists() and not (tmp_path / "host-b" / "usage.sqlite3").exists()
    text = claimbot(tmp_path / "host-b", "usage")
    assert "gpt-4o" in text.stdout and "estimated total: $" in text.stdout


# -- the shared state, two replicas' worth, in one process ------------------------------------
async def test_two_replicas_share_the_journal_and_its_leases(database: str) -> None:
    first = await PostgresState.open(database, lease_s=0.5)
    second = await PostgresState.open(database, lease_s=0.5)  # the schema is there: nothing to do
    try:
        assert await first.schema_version == SCHEMA_VERSION == await second.schema_version
        body = {"type": "event_callback", "event": {"type": "app_mention", "channel": "C1", "ts": "1.0"}}
        assert await first.accept("message:C1:1.0", "message", body, expires_in=60)
        assert not await first.accept("message:C1:1.0", "message", body, expires_in=60)  # a second delivery
        assert not await second.accept("message:C1:1.0", "message", body, expires_in=60)  # the other replica's

        [item] = await second.unfinished()
        assert item.owner == first.owner and item.body == body
        assert not await second.take_over(item.key, first.owner, now=time.time())  # its lease runs
        await asyncio.sleep(0.3)
        await first.renew_leases()  # the owner works on: renewed
        await asyncio.sleep(0.3)
        assert not await second.take_over(item.key, first.owner, now=time.time())

        await asyncio.sleep(0.6)  # the owner stopped renewing (it died)
        third = await PostgresState.open(database, lease_s=0.5)
        taken = await asyncio.gather(
            second.take_over(item.key, first.owner, now=time.time()),
            third.take_over(item.key, first.owner, now=time.time()),
        )
        assert sorted(taken) == [False, True]  # one replica takes it over, never both
        holder = second if taken[0] else third
        assert await holder.holds(item.key) and not await first.holds(item.key)
        await holder.finish(item.key)
        assert await first.unfinished() == []
        await third.close()
    finally:
        await first.close()
        await second.close()


async def test_the_reaction_budget_is_counted_across_replicas(database: str) -> None:
    first = await PostgresState.open(database)
    second = await PostgresState.open(database)
    try:
        taken = [await state.take_reaction("T1", 5) for state in (first, second) * 4]
        assert taken.count(True) == 5 and taken[-3:] == [False] * 3
        assert await first.take_reaction("T2", 5)  # another workspace: its own budget
    finally:
        await first.close()
        await second.close()


# -- claimbot serve processes ----------------------------------------------------------------
@dataclass
class Replica:
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def kill_host(self) -> None:
        """kill -9 of the replica and its engine process (its whole process group: a lost host)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)


def start_replica(env: dict[str, str], home: Path) -> Replica:
    port = free_port()
    home.mkdir(parents=True)
    log = home / "serve.log"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMBOT_"))}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, env={**clean, **env, "CLAIMBOT_HOME": str(home)}, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, with its engine: kill_host kills both
        )  # fmt: skip
    return Replica(port, proc, log)


def shared_env(slack: SlackStandIn, database: str, chroma_port: int, lease_s: float) -> dict[str, str]:
    """What every replica of these tests shares: the Slack stand-in, Postgres and one `chroma run`."""
    return {
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_API_URL": slack.api_url,
        "CLAIMBOT_DATABASE_URL": database,
        "CLAIMBOT_LEASE_S": str(lease_s),
        "CHROMA_HOST": "127.0.0.1",
        "CHROMA_PORT": str(chroma_port),
    }


@asynccontextmanager
async def two_hosts(
    slack: SlackStandIn, database: str, chroma_port: int, tmp_path: Path, lease_s: float = 30.0
) -> AsyncIterator[tuple[Replica, Replica]]:
    env = {"SLACK_SIGNING_SECRET": slack.signing_secret, **shared_env(slack, database, chroma_port, lease_s)}
    replicas = [start_replica(env, tmp_path / name) for name in ("host-a", "host-b")]
    try:
        for replica in replicas:
            await wait_healthy(replica.port, replica.proc)
        yield replicas[0], replicas[1]
    except BaseException:
        for replica in replicas:
            print(f"--- {replica.log}\n{replica.log.read_text(errors='replace')[-6000:]}")
        raise
    finally:
        for replica in replicas:
            replica.stop()


async def share_invoice(slack: SlackStandIn, replica: Replica, channel: str) -> None:
    """The towing invoice, shared through ``replica`` (the index is the shared Chroma server)."""
    slack.request_url = replica.url
    ws = slack.workspace
    shared = await slack.share_file(channel, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt")
    report = (await ws.wait_for(lambda: ws.replies(channel, shared.ts, by=slack.bot_id), 90))[0]
    assert "CLM-1042" in text_of(report)


async def health(replica: Replica) -> dict[str, Any]:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{replica.port}/healthz") as response:
        assert response.status == 200
        return dict(await response.json())


def answers(slack: SlackStandIn, channel: str, ts: str) -> list[dict[str, Any]]:
    """The bot's replies in the thread of ``ts`` but the note that a restart delayed one."""
    replies = slack.workspace.replies(channel, ts, by=slack.bot_id)
    return [r for r in replies if DELAYED_TEXT not in text_of(r)]


async def test_a_redelivery_to_the_other_host_is_answered_once(  # type: ignore[no-untyped-def]
    chroma_server, database: str, tmp_path: Path
) -> None:
    async with SlackStandIn(Workspace.default()) as slack, two_hosts(
        slack, database, chroma_server.port, tmp_path
    ) as (a, b):
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        await share_invoice(slack, a, channel)  # through host A...

        slack.request_url = b.url  # ... answered from on host B
        question = await slack.post_user_message(
            channel, "alice", f"<@{slack.bot_id}> what was the towing cost on CLM-1042?"
        )
        answer = (await ws.wait_for(lambda: answers(slack, channel, question.ts), 60))[0]
        assert "$385.00" in text_of(answer) and "towing-invoice.txt" in text_of(answer)

        # Slack redelivers one event (same event_id); the balancer sends each delivery elsewhere.
        again = ws.post(channel, ws.user("alice").id, f"<@{slack.bot_id}> what is the policy number on CLM-1042?")
        mention = slack.event_callback(slack.mention_event(again))
        acks = []
        for attempt, replica in enumerate((a, b, a)):
            slack.request_url = replica.url
            acks.append(await slack.send("events_api", mention, retry_num=attempt, retry_reason="http_timeout"))
        assert all(ack.ok for ack in acks)
        await ws.wait_for(lambda: answers(slack, channel, again.ts), 60)
        await asyncio.sleep(3)  # time for a second answer, were one coming
        replies = ws.replies(channel, again.ts, by=slack.bot_id)
        assert len(replies) == 1 and "PA-553201" in text_of(replies[0])


async def test_the_work_of_a_killed_host_is_taken_over_after_its_lease(  # type: ignore[no-untyped-def]
    chroma_server, database: str, tmp_path: Path
) -> None:
    async with SlackStandIn(Workspace.default()) as slack, two_hosts(
        slack, database, chroma_server.port, tmp_path, lease_s=2.0
    ) as (a, b):
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        await share_invoice(slack, b, channel)

        question = ws.post(channel, ws.user("alice").id, f"<@{slack.bot_id}> what was the towing cost on CLM-1042?")
        slack.request_url = a.url
        ack = await slack.send("events_api", slack.event_callback(slack.mention_event(question)))
        a.kill_host()  # host A acked (journaled) the question, and dies before answering it
        assert ack.ok and answers(slack, channel, question.ts) == []

        killed_at = time.monotonic()
        answer = (await ws.wait_for(lambda: answers(slack, channel, question.ts), 60))[0]
        took = time.monotonic() - killed_at
        assert "$385.00" in text_of(answer) and took >= 1.0  # not before A's lease ran out
        await asyncio.sleep(5)  # more scans of the journal by B: none takes it again
        replies = ws.replies(channel, question.ts, by=slack.bot_id)
        assert [DELAYED_TEXT in text_of(r) for r in replies] == [True, False]  # the note, then one answer


async def test_a_database_restart_mid_burst_loses_no_question(  # type: ignore[no-untyped-def]
    chroma_server, postgres: PostgresCluster, database: str, tmp_path: Path
) -> None:
    async with SlackStandIn(Workspace.default(), retry_delays=(0.5, 2.0, 5.0)) as slack, two_hosts(
        slack, database, chroma_server.port, tmp_path
    ) as (a, b):
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        await share_invoice(slack, a, channel)
        asked = []

        async def ask(replica: Replica, n: int) -> None:
            slack.request_url = replica.url
            asked.append(await slack.post_user_message(
                channel, "alice", f"<@{slack.bot_id}> what was the towing cost on CLM-1042?"
            ))  # fmt: skip (one question, asked again and again: each its own message)

        for n in range(4):
            await ask((a, b)[n % 2], n)
        postgres.stop()  # mid-burst: these get 503s (each after 1.5 s), and Slack retries them
        assert (await health(a))["database"] == "unavailable"  # reported; the replica stays in the balancer
        for n in range(4, 6):
            await ask((a, b)[n % 2], n)
        postgres.start()  # down ~7 s: within Slack's retries of the first of them

        await ws.wait_for(lambda: all(answers(slack, channel, q.ts) for q in asked), 90)
        assert (await health(b))["database"] == "ok"
        await asyncio.sleep(3)  # time for a second answer, were one coming
        assert any(ack.status == 503 and "X-Slack-No-Retry" not in ack.headers for ack in slack.acks)
        for question in asked:
            replies = ws.replies(channel, question.ts, by=slack.bot_id)
            assert len(replies) == 1 and "$385.00" in text_of(replies[0]), question.text


# -- Socket Mode replicas on one Postgres --------------------------------------------------------
@asynccontextmanager
async def two_socket_mode_hosts(
    slack: SlackStandIn, database: str, chroma_port: int, tmp_path: Path, lease_s: float
) -> AsyncIterator[tuple[Replica, Replica]]:
    """Two `claimbot serve` in Socket Mode, each with its websocket to the stand-in (which spreads
    envelopes over the connections in turn, as Slack spreads them over an app's connections)."""
    env = {"SLACK_APP_TOKEN": slack.app_token, **shared_env(slack, database, chroma_port, lease_s)}
    replicas = [start_replica(env, tmp_path / name) for name in ("host-a", "host-b")]
    try:
        for replica in replicas:
            await wait_healthy(replica.port, replica.proc)
        deadline = time.monotonic() + 60
        while len(slack.socket.connections) < 2:
            assert time.monotonic() < deadline, "the replicas did not both open their websocket"
            await asyncio.sleep(0.1)
        yield replicas[0], replicas[1]
    except BaseException:
        for replica in replicas:
            print(f"--- {replica.log}\n{replica.log.read_text(errors='replace')[-6000:]}")
        raise
    finally:
        for replica in replicas:
            replica.stop()


def holder_of(database: str, ts: str) -> int:
    """The pid of the replica whose journal lease holds the open work on message ``ts``."""
    import psycopg

    with psycopg.connect(database, autocommit=True) as conn:
        rows = conn.execute("SELECT owner FROM journal WHERE done_at IS NULL AND body LIKE %s",
                            (f"%{ts}%",)).fetchall()
    assert len(rows) == 1, rows
    return int(rows[0][0].split(":")[0])


async def test_socket_mode_replicas_answer_a_duplicate_envelope_once_and_take_over_a_killed_one(  # type: ignore[no-untyped-def]
    chroma_server, database: str, tmp_path: Path
) -> None:
    async with SlackStandIn(Workspace.default(), mode="socket") as slack, two_socket_mode_hosts(
        slack, database, chroma_server.port, tmp_path, lease_s=2.0
    ) as (a, b):
        ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id
        shared = await slack.share_file(channel, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt")
        report = (await ws.wait_for(lambda: ws.replies(channel, shared.ts, by=slack.bot_id), 90))[0]
        assert "CLM-1042" in text_of(report)

        # Slack redelivers one envelope (a retry), and each delivery lands on the other connection
        again = ws.post(channel, ws.user("alice").id, f"<@{slack.bot_id}> what is the policy number on CLM-1042?")
        mention = slack.event_callback(slack.mention_event(again))
        acks = [await slack.send("events_api", mention, retry_num=n, retry_reason="timeout") for n in range(3)]
        assert all(ack.ok for ack in acks)
        await ws.wait_for(lambda: answers(slack, channel, again.ts), 60)
        await asyncio.sleep(3)  # time for a second answer, were one coming
        replies = ws.replies(channel, again.ts, by=slack.bot_id)
        assert len(replies) == 1 and "PA-553201" in text_of(replies[0])

        # the replica holding a question is killed (-9) after its ack, its answer still on the wire
        # (Slack holds its post): the other takes the question over
        question = ws.post(channel, ws.user("alice").id, f"<@{slack.bot_id}> what was the towing cost on CLM-1042?")
        on_the_wire = slack.hold("chat.postMessage")
        ack = await slack.send("events_api", slack.event_callback(slack.mention_event(question)))
        holder_pid = await asyncio.to_thread(holder_of, database, question.ts)
        holder = next(r for r in (a, b) if r.proc.pid == holder_pid)
        holder.kill_host()
        await asyncio.sleep(0.5)  # the stand-in sees the killed replica's connection close
        on_the_wire.set()
        assert ack.ok and answers(slack, channel, question.ts) == []

        answer = (await ws.wait_for(lambda: answers(slack, channel, question.ts), 60))[0]
        assert "$385.00" in text_of(answer)
        await asyncio.sleep(5)  # more scans of the journal by the survivor: none takes it again
        replies = ws.replies(channel, question.ts, by=slack.bot_id)
        assert [DELAYED_TEXT in text_of(r) for r in replies] == [True, False]  # the note, then one answer
