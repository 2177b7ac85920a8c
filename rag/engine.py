"""The engine facade: the one object surfaces (CLI, Slack bot, MCP) talk to.

    engine = Engine.open(Settings.from_env())
    engine.ingest_file(Path("fnol.pdf"), scope="C0123")      # -> IngestReport, or IngestError
    engine.ask("What was the towing cost on CLM-1042?", scope="C0123")   # -> Answer
    engine.claims(scope="C0123")                               # -> list[ClaimRecord]
    engine.summarize_claim("CLM-1042", scope="C0123")          # -> Answer, or UnknownClaimError

``scope`` is where the question is asked (a Slack channel id, or ``workspace``): the engine
reads documents of that scope plus workspace-wide ones, never another channel's.
Every method is synchronous and thread-safe; async callers run it in a worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from rag.answer import Answer
from rag.config import Settings
from rag.errors import IngestError, UnknownClaimError
from rag.records import WORKSPACE, ClaimRecord, IngestReport


class Engine:
    """Open with :meth:`open`; see the module docstring for the whole API."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        raise NotImplementedError("being written")

    @classmethod
    def open(cls, settings: Settings | None = None) -> "Engine":
        return cls(settings or Settings.from_env())

    # -- ingest ---------------------------------------------------------------------------
    def ingest_file(
        self,
        path: Path,
        *,
        scope: str = WORKSPACE,
        display_name: str | None = None,
        source_url: str | None = None,
    ) -> IngestReport:
        """Parse, chunk, embed and store one file; raises :class:`IngestError` and stores nothing
        when the file is refused. The same bytes again return ``status="unchanged"``; new bytes
        under the same name and scope replace the old version."""
        raise NotImplementedError

    def ingest_paths(
        self, paths: Iterable[Path], *, scope: str = WORKSPACE, progress: bool = False
    ) -> list[IngestReport | IngestError]:
        """Ingest files and folders (recursively); one bad file never stops the others."""
        raise NotImplementedError

    # -- questions ------------------------------------------------------------------------
    def ask(self, question: str, *, scope: str = WORKSPACE, history: Sequence[str] = ()) -> Answer:
        """Answer one question from the documents in reach of ``scope``.

        ``history`` is the conversation so far (earlier questions and answers, oldest first);
        a follow-up that names no claim is read as being about the claim the history was about.
        """
        raise NotImplementedError

    def claims(self, *, scope: str = WORKSPACE) -> list[ClaimRecord]:
        """The claims on file in reach of ``scope``, with what their documents say."""
        raise NotImplementedError

    def summarize_claim(self, claim_id: str, *, scope: str = WORKSPACE) -> Answer:
        """An overview of one claim; raises :class:`UnknownClaimError` if none is in reach."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (file handles, server connections)."""
