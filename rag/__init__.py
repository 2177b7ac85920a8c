"""claimbot's claims engine: ingest claim files, answer questions with cited excerpts.

The public surface is small on purpose; every other module is an implementation detail:

- :class:`rag.engine.Engine` - open a store, ingest files, ask questions, list claims.
- :class:`rag.answer.Answer` / :class:`rag.answer.Citation` - what every surface renders.
- :class:`rag.errors.IngestError` - why a file was refused, in words a user can act on.

Nothing in this package knows about Slack.
"""

from rag.answer import Answer, Citation
from rag.errors import IngestError

__all__ = ["Answer", "Citation", "IngestError"]
