"""Several bot replicas in HTTP mode behind one Request URL, sharing one Chroma server.

What users must not notice: a file shared through one replica is answered from by another, and
an event that Slack redelivers to a different replica is still answered once.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from conftest import TOWING_INVOICE, text_of, wait_healthy
from ports import free_port
from test_serve import serve

from bot.standin import SlackStandIn, Workspace


async def test_replicas_share_the_index_and_answer_each_event_once(chroma_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async with SlackStandIn(Workspace.default()) as slack:
        env = {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": slack.signing_secret,
            "SLACK_API_URL": slack.api_url,
            "CLAIMBOT_HOME": str(tmp_path / "home"),  # one host: the dedupe store is shared
            "CHROMA_HOST": "127.0.0.1",
            "CHROMA_PORT": str(chroma_server.port),
        }
        ports = [free_port(), free_port()]
        replicas = [serve(env, "--host", "127.0.0.1", "--port", str(p)) for p in ports]
        urls = [f"http://127.0.0.1:{p}/slack/events" for p in ports]
        try:
            for port, proc in zip(ports, replicas):
                await wait_healthy(port, proc)
            ws, channel = slack.workspace, slack.workspace.channel("auto-claims").id

            slack.request_url = urls[0]  # the load balancer sends the file share to replica A
            shared = await slack.share_file(channel, "alice", TOWING_INVOICE.encode(), "towing-invoice.txt")
            report = (await ws.wait_for(lambda: ws.replies(channel, shared.ts, by=slack.bot_id), 60))[0]
            assert "CLM-1042" in text_of(report)

            slack.request_url = urls[1]  # ... and the question to replica B
            question = await slack.post_user_message(
                channel, "alice", f"<@{slack.bot_id}> what was the towing cost on CLM-1042?"
            )
            answer = (await ws.wait_for(lambda: ws.replies(channel, question.ts, by=slack.bot_id), 60))[0]
            assert "$385.00" in text_of(answer) and "towing-invoice.txt" in text_of(answer)

            # Slack redelivers one event (same event_id) and the balancer sends it to the other replica.
            again = ws.post(channel, ws.user("alice").id, f"<@{slack.bot_id}> what is the policy number on CLM-1042?")
            mention = slack.event_callback(slack.mention_event(again))  # one payload, one event_id
            slack.request_url = urls[0]
            first = await slack.send("events_api", mention)
            slack.request_url = urls[1]
            retried = await slack.send("events_api", mention, retry_num=1, retry_reason="http_timeout")
            assert first.ok and retried.ok
            replies = await ws.wait_for(lambda: ws.replies(channel, again.ts, by=slack.bot_id), 60)
            await asyncio.sleep(3)  # time for a second answer, were one coming
            replies = ws.replies(channel, again.ts, by=slack.bot_id)
            assert len(replies) == 1 and "PA-553201" in text_of(replies[0])
        finally:
            for proc in replicas:
                proc.send_signal(signal.SIGTERM)
            for proc in replicas:
                proc.communicate(timeout=30)
