"""Vectors embedded ahead of the questions, once per document version, while the engine is idle.

The answer selector compares a question with a dozen candidate units of its retrieved pages, and
the claim card does so for some 18 fields and a pool of sentences: embedding those lines with
MiniLM (~6 ms of CPU a line on 2 cores) was most of an ask's time (a first summary of a claim
~0.9 s of CPU at 10k leaves). The lines are fixed by the document's text, so they are embedded
once per document version instead, by :class:`AheadEmbedder`, in a background thread:

- a version is *followed* when this engine published it (its ingest) or first saw it in the
  registry (another replica's ingest, or a store opened for the first time: the warm-up's end);
- its texts (:func:`rag.selection.texts.version_texts`) not in the vector cache yet are embedded a
  small batch at a time, and only while the engine is idle (no question or ingest for
  :data:`IDLE_S`): an ingest keeps the embedder to itself (issue 12's ingest/embedder ratio) and a
  question waits for at most one batch;
- the vectors go into the vector cache's file (:mod:`rag.embedding.cache`), where every process
  on the home finds them, and the version is marked done there, so a restart or a CLI process
  does not embed it again. Each replica (its own home) follows the registry and embeds for itself.

Once nothing is left to embed, an ``after`` step (the engine's: one claim's card made ahead, see
:meth:`rag.engine.Engine._card_ahead`) is run the same way, one at a time while idle, until it
says nothing is left; a version followed later makes it run again.

Not at ingest in the embedding child: every unit, label and heading of a document costs ~0.9x the
CPU of embedding its leaves (measured on the 1k bench corpus), which would halve ingest's speed
against the raw embedder. A question that comes before its document is done embeds what it needs
itself, as before; its answer is the same either way (a vector is keyed by its text).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from rag.embedding.cache import Embed, VectorCache

log = logging.getLogger(__name__)

IDLE_S = 1.0
"""No question or ingest for this long: the engine is idle, the next batch may be embedded."""
BATCH = 16
"""Texts embedded in one call (~0.1 s of CPU): how long a question that comes meanwhile waits at most."""
VERSIONS_A_ROUND = 8
"""Versions whose texts are read from the store and embedded together."""

TextsOf = Callable[[list[str]], dict[str, list[str]]]
"""Version ids to the texts to embed for each (those the store still holds)."""


class AheadEmbedder:
    """Follows document versions and embeds their texts into a :class:`VectorCache` while idle."""

    def __init__(self, cache: VectorCache, compute: Embed, texts_of: TextsOf, *, idle_s: float = IDLE_S,
                 batch: int = BATCH, first: Callable[[], object] | None = None,
                 after: Callable[[], bool] | None = None) -> None:
        """``first``: run once when first idle, before any version (texts every question of a
        kind embeds whatever the document: the claim card's own questions). ``after``: one step
        of further work, run while idle once no version is pending, again and again until it
        returns False (nothing left), and again after each version followed later."""
        self._first = first
        self._after = after
        self._after_due = False
        """Whether ``after`` may have work (set by a new version, cleared when it says it has none)."""
        self._followed = 0
        """Follows that brought new versions: a step that found nothing left clears ``_after_due``
        only if none came in meanwhile."""
        self._cache = cache
        self._compute = compute
        self._texts_of = texts_of
        self._idle_s = idle_s
        self._batch = batch
        self._pending: dict[str, None] = {}
        self._known: set[str] = set()
        """Versions followed by this process (pending, in hand or done): each is asked for once."""
        self._cond = threading.Condition()
        self._active = 0
        self._last_work = time.monotonic()
        self._in_hand = 0
        self._thread: threading.Thread | None = None
        self._closing = False
        self.embedded = 0
        """Texts embedded ahead since open."""
        self.versions_done = 0
        """Versions finished since open (embedded here, or found done in the file)."""

    def follow(self, version_ids: Iterable[str]) -> None:
        """Embed these versions' texts when idle (those not done yet by a process on this home)."""
        with self._cond:
            ids = [v for v in dict.fromkeys(version_ids) if v not in self._known]
            if not ids or self._closing:
                return
            self._known.update(ids)
        done = self._cache.versions_done(ids)
        with self._cond:
            self.versions_done += len(done)
            for v in ids:
                if v not in done:
                    self._pending[v] = None
            self._after_due = self._after is not None
            self._followed += 1
            if (self._pending or self._first is not None or self._after_due) and self._thread is None:
                self._thread = threading.Thread(target=self._run, name="claimbot-embed-ahead", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    @contextmanager
    def working(self) -> Iterator[None]:
        """Around a question or an ingest: nothing is embedded ahead meanwhile, nor for
        :data:`IDLE_S` after it."""
        with self._cond:
            self._active += 1
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                self._last_work = time.monotonic()
                self._cond.notify_all()

    def touch(self) -> None:
        """Work that is not wrapped in :meth:`working` (a streamed answer's steps): nothing is
        embedded ahead for :data:`IDLE_S` from now."""
        with self._cond:
            self._last_work = time.monotonic()

    def in_background(self) -> bool:
        """Whether the caller is this embedder's own thread (its ``after`` step's work is no
        caller's: it does not put off what is done ahead)."""
        return threading.current_thread() is self._thread

    @property
    def pending(self) -> int:
        """Versions followed and not done yet (in hand included)."""
        with self._cond:
            return len(self._pending) + self._in_hand

    def wait_done(self, timeout: float | None = None) -> bool:
        """Wait until every version followed so far is done, and the ``after`` steps too; True if so."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._pending or self._in_hand or self._after_due and not self._closing:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left if left is not None else 1.0)
            return True

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the batch in hand (the versions not finished are followed again by the next
        process on the home) and wait for it."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    # -- the background thread --------------------------------------------------------------

    def _wait_idle(self) -> bool:
        """Block until the engine is idle; False when closing."""
        with self._cond:
            while not self._closing:
                quiet = time.monotonic() - self._last_work
                if self._active == 0 and quiet >= self._idle_s:
                    return True
                self._cond.wait(max(0.05, self._idle_s - quiet) if self._active == 0 else None)
            return False

    def _take(self) -> list[str] | None:
        """The next versions to embed; empty when only an ``after`` step is due; None when closing."""
        with self._cond:
            while not self._pending and not self._after_due and not self._closing:
                self._cond.wait()
            if self._closing:
                return None
            taken = list(self._pending)[:VERSIONS_A_ROUND]
            for v in taken:
                del self._pending[v]
            self._in_hand = len(taken)
            return taken

    def _run(self) -> None:
        first, self._first = self._first, None
        if first is not None:
            with self._cond:
                self._in_hand = 1  # wait_done waits for it too
            try:
                if self._wait_idle():
                    first()
            except Exception:  # noqa: BLE001 - only time is lost
                log.warning("embedding the fixed texts ahead failed", exc_info=True)
            finally:
                with self._cond:
                    self._in_hand = 0
                    self._cond.notify_all()
        while True:
            taken = self._take()
            if taken is None:
                return
            if not taken:
                self._after_step()
                continue
            try:
                self._embed_versions(taken)
            except Exception:  # noqa: BLE001 - only time is lost: questions embed what they need
                log.warning("embedding ahead failed for %d versions", len(taken), exc_info=True)
            finally:
                with self._cond:
                    self._in_hand = 0
                    self._cond.notify_all()

    def _after_step(self) -> None:
        """One ``after`` step, once idle; when it has nothing left (or fails), none is due until a
        version is followed again."""
        more = False
        with self._cond:
            followed = self._followed
        try:
            more = self._wait_idle() and self._after is not None and self._after()
        except Exception:  # noqa: BLE001 - only time is lost: a question makes what it needs itself
            log.warning("work ahead failed", exc_info=True)
        with self._cond:
            if not more and followed == self._followed:
                self._after_due = False
            self._cond.notify_all()

    def _embed_versions(self, versions: list[str]) -> None:
        if not self._wait_idle():
            return
        texts_by_version = self._texts_of(versions)
        texts = self._cache.missing([t for v in versions for t in texts_by_version.get(v, [])])
        for start in range(0, len(texts), self._batch):
            if not self._wait_idle():
                return  # closing: not marked done, followed again next time
            self.embedded += self._cache.fill(texts[start:start + self._batch], self._compute)
        self._cache.mark_done(versions)
        with self._cond:
            self.versions_done += len(versions)

