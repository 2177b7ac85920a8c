"""How much one file may cost to read, checked before and while it is parsed.

A claim file is hostile until read: a 51 KB DOCX can hold 5 MB of XML (minutes of parsing), a
3.7 MB one can unpack to a gigabyte, and an email can carry such files as attachments. So every
parse runs with a :class:`ParseLimits` and a :class:`ParseBudget`:

- the file's own size (:attr:`ParseLimits.max_bytes`), checked before anything is read;
- what it unpacks to (:attr:`ParseLimits.max_unpacked_bytes`): zip members' declared sizes are
  summed before one byte is inflated (``zipfile`` then stops every member at its declared size,
  so a lying header cannot get past it), email attachments are counted after base64 or
  quoted-printable decoding, and the text extracted from PDF pages is counted as it comes;
- the compression ratio of each zip member and of the whole archive
  (:attr:`ParseLimits.max_ratio`): XML compresses 5-20 times, bombs thousands of times;
- PDF pages (:attr:`ParseLimits.max_pages`), refused before any page is read.

Parse time and memory are bounded by running the parser in a child process
(:mod:`rag.parsing.isolation`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from rag.config import DEFAULT_MAX_FILE_BYTES
from rag.errors import IngestError, human_size, too_large

MB = 1024 * 1024

DEFAULT_MAX_UNPACKED_BYTES = 100 * MB
DEFAULT_MAX_RATIO = 100.0
DEFAULT_MAX_PAGES = 2000
DEFAULT_PARSE_TIMEOUT_S = 60.0
DEFAULT_PARSE_MEMORY_BYTES = 2048 * MB
_RATIO_FLOOR_BYTES = 1 * MB
"""Members smaller than this are never refused for their ratio: a short run of repeated XML
compresses well and costs nothing."""


@dataclass(frozen=True)
class ParseLimits:
    """The bounds one file is parsed under (see the module doc); picklable for the child."""

    max_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_pages: int = DEFAULT_MAX_PAGES
    timeout_s: float = DEFAULT_PARSE_TIMEOUT_S
    memory_bytes: int = DEFAULT_PARSE_MEMORY_BYTES


@dataclass
class ParseBudget:
    """What one parse has used so far, shared by a file and everything inside it."""

    limits: ParseLimits = field(default_factory=ParseLimits)
    unpacked: int = 0
    progress: Callable[[int, int], None] | None = None
    """``(pages read, pages)``, called as a PDF's pages are read."""

    @property
    def exhausted(self) -> bool:
        return self.unpacked > self.limits.max_unpacked_bytes

    def spend(self, display: str, n: int, what: str) -> None:
        """Count ``n`` more unpacked bytes (or characters) of ``what``; refuse past the limit."""
        self.unpacked += n
        if self.unpacked > self.limits.max_unpacked_bytes:
            raise IngestError(
                display,
                "too_large",
                f"its {what} come to more than {human_size(self.limits.max_unpacked_bytes, exact=True)} "
                "once unpacked (the CLAIMBOT_MAX_UNPACKED_MB limit)",
            )


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse an empty file, or one over ``max_bytes``, before it is read."""
    if size > max_bytes:
        raise too_large(name, size, max_bytes)
    if size == 0:
        raise IngestError(name, "empty", "the file is empty (0 bytes)")


def check_pages(name: str, pages: int, limits: ParseLimits) -> None:
    if pages > limits.max_pages:
        raise IngestError(
            name,
            "too_large",
            f"it has {pages:,} pages; the limit is {limits.max_pages:,} (CLAIMBOT_MAX_PAGES)",
        )


def check_zip(archive: zipfile.ZipFile, display: str, budget: ParseBudget) -> None:
    """Refuse a zip-based file (DOCX) whose members unpack too far, before inflating any.

    Per member: its declared size against the unpacked limit and its ratio against the ratio
    limit; for the whole archive: the sum of sizes (counted in ``budget``, so the attachments of
    one email share it) and the overall ratio.
    """
    limits = budget.limits
    total = packed = 0
    for info in archive.infolist():
        size, compressed = info.file_size, max(info.compress_size, 1)
        if size > limits.max_unpacked_bytes:
            raise IngestError(
                display,
                "too_large",
                f"a part of it ({_member(info)}) unpacks to {human_size(size)}; the limit is "
                f"{human_size(limits.max_unpacked_bytes, exact=True)} (CLAIMBOT_MAX_UNPACKED_MB)",
            )
        if size >= _RATIO_FLOOR_BYTES and size / compressed > limits.max_ratio:
            raise IngestError(
                display,
                "too_large",
                f"a part of it ({_member(info)}) is compressed {size / compressed:,.0f} to 1; "
                f"more than {limits.max_ratio:,.0f} to 1 is refused as a zip bomb",
            )
        total += size
        packed += compressed
    if total >= _RATIO_FLOOR_BYTES and total / max(packed, 1) > limits.max_ratio:
        raise IngestError(
            display,
            "too_large",
            f"it is compressed {total / max(packed, 1):,.0f} to 1; more than {limits.max_ratio:,.0f} to 1 "
            "is refused as a zip bomb",
        )
    budget.spend(display, total, "contents")


def _member(info: zipfile.ZipInfo) -> str:
    """A member's name for a message: its base name, bounded (names come from the file)."""
    name = info.filename.rsplit("/", 1)[-1] or info.filename
    return name[:60]
