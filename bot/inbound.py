"""What comes in over HTTP (``POST /slack/events``) is checked here before anything acts on it.

1. **Verified**: the ``X-Slack-Signature`` (``v0``, HMAC-SHA256 of ``v0:<timestamp>:<body>``
   with the signing secret) and a numeric ``X-Slack-Request-Timestamp`` within 5 minutes, as
   Slack specifies. Anything else (no headers, a timestamp that is not a number, a wrong
   secret, a stale timestamp) is answered 401 and nothing else happens: no part of the body is
   read, so nothing it names (a channel, a thread, a ``response_url``) is ever acted on.
2. **Well formed**: a verified body that is not what Slack sends (bad UTF-8, bad JSON, an array,
   ``event`` that is not an object, fields missing) is answered 400 with
   ``X-Slack-No-Retry: 1`` (Slack would only send it again) and logged once.

Only then do the ack-first path (:mod:`bot.ack_first`) and Bolt see the request. Socket Mode
needs none of this: its envelopes come over the websocket the bot opened with its app token.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("claimbot.server")

MAX_CLOCK_SKEW_S = 5 * 60
NO_RETRY = {"X-Slack-No-Retry": "1"}


@dataclass(frozen=True)
class Refused:
    """A request answered without being handled: ``status`` (401, 400) and why (for the log)."""

    status: int
    reason: str

    @property
    def headers(self) -> dict[str, str]:
        return NO_RETRY if self.status == 400 else {}


@dataclass(frozen=True)
class Verified:
    """A request from Slack, well formed: its parsed ``body`` (an object) and content type."""

    body: dict[str, Any]
    form: bool
    """Sent as form fields (slash commands, interactivity) rather than JSON (events)."""


def signature_ok(secret: str, raw: bytes, headers: Mapping[str, str], *, now: float | None = None) -> bool:
    """Slack's request signature check, strict about the headers' shape; never raises.

    Not ``slack_sdk``'s ``SignatureVerifier``: it raises on a timestamp that is not a number
    (Bolt turned that into a 500 whose error report acted on the forged body) and on a body that
    is not UTF-8 (which must get a 400, not a 500). This one signs the raw bytes, as Slack does."""
    timestamp = headers.get("X-Slack-Request-Timestamp") or ""
    signature = headers.get("X-Slack-Signature") or ""
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12 or not signature.startswith("v0="):
        return False
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_S:
        return False
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def check(secret: str, raw: bytes, headers: Mapping[str, str]) -> Verified | Refused:
    """Verify, then parse: :class:`Verified`, or :class:`Refused` with the status to answer."""
    if not secret or not signature_ok(secret, raw, headers):
        return Refused(401, "signature or timestamp missing, malformed, stale or wrong")
    try:
        return parse(raw, headers.get("Content-Type", ""))
    except Malformed as err:
        return Refused(400, str(err))


class Malformed(ValueError):
    """A signed body that is not a request Slack sends."""


def parse(raw: bytes, content_type: str) -> Verified:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed("the body is not UTF-8") from None
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json":
        body = _json_object(text, "the body")
        _check_json(body)
        return Verified(body, form=False)
    if media == "application/x-www-form-urlencoded":
        try:
            fields = urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=bool(text), errors="strict")
        except (ValueError, UnicodeDecodeError):
            raise Malformed("the form fields do not parse") from None
        form = {k: v[0] for k, v in fields.items()}
        if "payload" in form:
            _check_interaction(_json_object(form["payload"], "payload"))
        elif not all(isinstance(form.get(f), str) and form.get(f) for f in ("command", "channel_id", "user_id")):
            raise Malformed("a slash command without command, channel_id or user_id")
        return Verified(form, form=True)
    raise Malformed(f"unexpected content type {media or 'none'!r}")


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise Malformed(f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise Malformed(f"{what} is a JSON {type(value).__name__}, not an object")
    return value


def _check_json(body: dict[str, Any]) -> None:
    kind = body.get("type")
    if kind == "url_verification":
        if not isinstance(body.get("challenge"), str):
            raise Malformed("url_verification without a challenge")
        return
    if kind != "event_callback":
        raise Malformed(f"unexpected request type {str(kind)[:40]!r}")
    event = body.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise Malformed("event_callback whose event is not an object with a type")
    if event["type"] in ("message", "app_mention"):
        if not isinstance(event.get("channel"), str) or not isinstance(event.get("ts"), str):
            raise Malformed(f"{event['type']} event without channel or ts")
        if "text" in event and not isinstance(event["text"], str):
            raise Malformed(f"{event['type']} event whose text is not a string")
        files = event.get("files")
        if files is not None and not (isinstance(files, list) and all(isinstance(f, dict) for f in files)):
            raise Malformed("files is not a list of objects")
    authorizations = body.get("authorizations")
    if authorizations is not None and not (
        isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)
    ):
        raise Malformed("authorizations is not a list of objects")


def _check_interaction(payload: dict[str, Any]) -> None:
    if not isinstance(payload.get("type"), str):
        raise Malformed("payload without a type")
    if payload["type"] != "block_actions":
        return
    user, actions = payload.get("user"), payload.get("actions")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str):
        raise Malformed("block_actions without a user id")
    if not isinstance(actions, list) or not actions or not all(isinstance(a, dict) for a in actions):
        raise Malformed("block_actions without actions")
    if not all(isinstance(a.get("action_id"), str) for a in actions):
        raise Malformed("block_actions with an action without an action_id")
    for field_name in ("channel", "container"):
        if field_name in payload and payload[field_name] is not None and not isinstance(payload[field_name], dict):
            raise Malformed(f"block_actions whose {field_name} is not an object")
